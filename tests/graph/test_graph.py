"""The graph stage: closed namespace = ontology, SHACL conformance, golden seed graph, determinism."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal
from rdflib.compare import isomorphic

import kg
from kg.graph.vocab import DKG
from kg.resources import ontology_file, shapes_file
from tests.conftest import DEV, ROOT, same_datasets

GOLDEN = ROOT / "tests" / "data" / "seed-golden.ttl"
ONTOLOGY_NS = "https://w3id.org/diplomatic-kg/ontology#"


@pytest.fixture(scope="module")
def seed_graph(extractor):
    return kg.build([ROOT / "examples" / "articles"], extractor=extractor)


def test_closed_namespace_lists_exactly_the_ontology_terms():
    onto = Graph().parse(ontology_file())
    defined = {str(s)[len(ONTOLOGY_NS):] for s in onto.subjects() if str(s).startswith(ONTOLOGY_NS)}
    assert defined == set(DKG.__annotations__)


def test_closed_namespace_rejects_a_typo():
    with pytest.raises(AttributeError):
        DKG.Meting  # noqa: B018


def test_seed_graph_conforms_to_the_shapes(seed_graph):
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(seed_graph.graph, shacl_graph=Graph().parse(shapes_file()))
    assert conforms, text


def test_shapes_catch_an_event_without_a_date(seed_graph):
    pyshacl = pytest.importorskip("pyshacl")
    from kg.graph.vocab import SEM

    broken = Graph()
    for t in seed_graph.graph:
        broken.add(t)
    event = next(broken.subjects(RDF.type, DKG.Travel))
    broken.remove((event, SEM.hasLatestEndTimeStamp, None))
    conforms, _, text = pyshacl.validate(broken, shacl_graph=Graph().parse(shapes_file()))
    assert not conforms and "latest day" in text


def test_seed_graph_matches_the_golden_graph(seed_graph):
    golden = Graph().parse(GOLDEN)
    assert isomorphic(seed_graph.graph, golden), "rebuild tests/data/seed-golden.ttl if the change is intended"


def test_same_input_gives_the_same_graph(seed_graph, extractor):
    again = kg.build([ROOT / "examples" / "articles"], extractor=extractor)
    assert isomorphic(seed_graph.graph, again.graph)


def test_one_named_graph_per_article(seed_graph, tmp_path):
    path = seed_graph.write_trig(tmp_path / "graph.trig")
    ds = Dataset()
    ds.parse(path, format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/diplomatic-kg/id/graph/article/2025-02-17-rutte-kellogg" in names
    assert "https://w3id.org/diplomatic-kg/id/graph/events" in names


MIXED = [  # a few articles of our own: two languages, quotes, a line break, offices, a date window
    {"id": "m1", "lang": "en", "published": "2025-03-03T09:00:00+00:00", "title": 'Demir and Neri meet in "Rome"',
     "text": "Foreign Minister Ayla Demir met Italian Prime Minister Marco Neri in Rome on Monday.\n"
             "Demir will travel to Paris on 12 March, the ministry said."},
    {"id": "m2", "lang": "tr", "published": "2025-03-04T10:00:00+03:00", "title": "Demir Roma'da",
     "text": "Dışişleri Bakanı Ayla Demir dün Roma'da İtalya Başbakanı Marco Neri ile görüştü. "
             "NATO Genel Sekreteri Mark Rutte, Demir'i Brüksel'de ağırladı."},
    {"id": "m3", "lang": "en", "published": "2025-03-05T08:00:00+00:00", "title": "A call",
     "text": "Italian Prime Minister Marco Neri spoke by phone with Mark Rutte on Tuesday."},
]


def built_both_ways(paths, extractor):
    pytest.importorskip("oxrdflib")
    return (kg.build(paths, extractor=extractor), kg.build(paths, extractor=extractor, rdf_store="oxigraph"))


def test_oxigraph_store_gives_the_same_graph(extractor, tmp_path):
    articles = tmp_path / "mixed.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in MIXED), encoding="utf-8")
    default, oxi = built_both_ways([ROOT / "examples" / "articles", articles], extractor)
    assert isomorphic(default.graph, oxi.graph)
    assert same_datasets(default.dataset, oxi.dataset)
    for write in ("write_nquads", "write_turtle"):
        assert getattr(default, write)(tmp_path / "a").read_bytes() == getattr(oxi, write)(tmp_path / "b").read_bytes()


@pytest.mark.skipif(not (DEV / "articles.jsonl").is_file(), reason="the annotated dev set is not on this machine")
def test_oxigraph_store_gives_the_same_graph_on_the_dev_set(extractor):
    default, oxi = built_both_ways([DEV / "articles.jsonl"], extractor)
    assert isomorphic(default.graph, oxi.graph)
    assert same_datasets(default.dataset, oxi.dataset)


def test_unknown_store_is_a_config_error(extractor):
    with pytest.raises(kg.ConfigError, match="unknown store 'nope'; use one of"):
        kg.build([ROOT / "examples" / "articles"], extractor=extractor, rdf_store="nope")


def test_the_union_view_holds_every_graph_once_and_is_read_only():
    from rdflib import Dataset, Literal, URIRef

    from kg.graph import union_graph

    ds = Dataset()
    a, b = ds.graph(URIRef("urn:g:a")), ds.graph(URIRef("urn:g:b"))
    shared = (URIRef("urn:x"), URIRef("urn:p"), Literal("both"))
    a.add(shared)
    b.add(shared)
    b.add((URIRef("urn:y"), URIRef("urn:p"), Literal("b only")))
    union = union_graph(ds)
    assert len(union) == 2 and set(union) == {shared, (URIRef("urn:y"), URIRef("urn:p"), Literal("b only"))}
    assert len(union.query("SELECT ?s WHERE { ?s <urn:p> ?o }")) == 2
    assert set(union.triples_choices(([URIRef("urn:x"), URIRef("urn:y")], URIRef("urn:p"), None))) == set(union)
    with pytest.raises(TypeError, match="read-only"):
        union.add(shared)


def test_instance_iris_still_have_qnames_when_asked():
    from rdflib import Dataset

    from kg.graph import bind_prefixes
    from kg.graph.vocab import ID

    ds = Dataset()
    bind_prefixes(ds)
    assert ds.namespace_manager.qname(ID["country/US"]).endswith(":US")


def test_an_article_published_in_a_month_keeps_that_precision(tmp_path, extractor):
    """A record published '2004-12' is read (not skipped), typed xsd:gYearMonth, conforms to the
    shapes, and its undated event is placed in that month."""
    pyshacl = pytest.importorskip("pyshacl")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "m1", "lang": "en", "published": "2004-12", "title": "Talks",
                                "text": "President Ana Lopes met Prime Minister Jon Berg in Lima."}) + "\n",
                    encoding="utf-8")
    built = kg.build([feed], extractor=extractor)
    assert Literal("2004-12", datatype=XSD.gYearMonth) in set(built.graph.objects())
    conforms, _, text = pyshacl.validate(built.graph, shacl_graph=Graph().parse(shapes_file()))
    assert conforms, text
    (event,) = built.events()
    assert (event["date"], event["precision"], event["sources"][0]["published"]) == ("2004-12", "month", "2004-12")


def test_countries_have_a_prefLabel_in_each_language(seed_graph):
    """SPARQL users can ask for a country's name in Turkish or English (CLDR names, language-tagged)."""
    query = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?name WHERE { <https://w3id.org/diplomatic-kg/id/country/US> skos:prefLabel ?name FILTER(lang(?name) = ?lang) }"""
    names = {lang: [str(r[0]) for r in seed_graph.graph.query(query, initBindings={"lang": Literal(lang)})]
             for lang in ("tr", "en")}
    assert names == {"tr": ["Amerika Birleşik Devletleri"], "en": ["United States"]}


def test_organisations_of_the_table_have_a_prefLabel_in_each_language(seed_graph):
    """The curated organisations carry their Turkish and English names ('Avrupa Birliği'@tr)."""
    query = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?lang ?name WHERE { <https://w3id.org/diplomatic-kg/id/org/nato> skos:prefLabel ?name
                               BIND(lang(?name) AS ?lang) FILTER(?lang != "") }"""
    assert {(str(r[0]), str(r[1])) for r in seed_graph.graph.query(query)} == {("tr", "NATO"), ("en", "NATO")}
    from kg.graph import language_names
    from kg.records import Entity
    assert language_names(Entity("org:eu", "European Union", "organisation")) == {
        "en": "European Union", "tr": "Avrupa Birliği"}
    assert language_names(Entity("org:acme-holding", "Acme Holding", "organisation")) == {}

"""Queries on Oxigraph (kg.engine): a built folder, a store or an RDF file loaded once into an
in-memory pyoxigraph store answers every saved query as rdflib's engine does on the same graph."""
from __future__ import annotations

import shutil

import pytest
from rdflib import XSD, Literal, URIRef

import kg
from kg import engine
from kg.engine import OxigraphGraph
from kg.query import format_result, load_graph, open_graph, rows, run, saved_queries
from tests.conftest import SEED

pytest.importorskip("pyoxigraph")

PARAMS = {"actor-timeline": {"actor": "Rutte"}, "travel-destinations": {"actor": "Mark Rutte"},
          "events-between": {"from": "2025-02-01", "to": "2025-02-28"}}


@pytest.fixture(scope="module")
def out(tmp_path_factory, extractor):
    folder = tmp_path_factory.mktemp("engine")
    kg.build([SEED], extractor=extractor).write(folder, formats="all")
    return folder


def answers(graph, event: str) -> dict[str, tuple[str, str]]:
    """Every saved query's CSV and table output on one graph."""
    params = {**PARAMS, "sources-of-event": {"event": event}}
    return {name: tuple(format_result(run(graph, name, params.get(name, {})), fmt) for fmt in ("csv", "table"))
            for name in saved_queries()}


def test_every_saved_query_answers_as_in_rdflib(out):
    event = kg.load(out).events()[0]["id"]
    oxigraph, rdflib = answers(open_graph(out), event), answers(load_graph(out), event)
    assert [name for name in rdflib if oxigraph[name] != rdflib[name]] == []
    assert all(len(csv.splitlines()) > 1 for csv, _ in oxigraph.values())


def test_a_built_folder_is_queried_in_oxigraph_unless_pyoxigraph_is_missing(out, monkeypatch):
    assert isinstance(kg.load(out).engine, OxigraphGraph)
    monkeypatch.setattr(engine, "available", lambda: False)
    fallback = kg.load(out)
    assert fallback.engine is None and fallback.query("events") == kg.load(out).query("events")


@pytest.mark.parametrize("keep", ["graph.nq", "graph.trig"])
def test_a_folder_without_graph_ttl_is_read_from_its_quads(out, tmp_path, keep):
    shutil.copy(out / keep, tmp_path / keep)
    assert kg.load(tmp_path).query_text("stats") == kg.load(out).query_text("stats")
    assert kg.load(tmp_path).query("events") == kg.load(out).query("events")


def test_a_triple_in_two_named_graphs_is_counted_once(tmp_path):
    (tmp_path / "graph.nq").write_text('<urn:s> <urn:p> "x" <urn:g1> .\n<urn:s> <urn:p> "x" <urn:g2> .\n'
                                       '<urn:s> <urn:p> "y" .\n', encoding="utf-8")
    assert kg.load(tmp_path).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": 2}]


def test_terms_come_back_as_rdflib_makes_them(tmp_path):
    (tmp_path / "g.ttl").write_text('<urn:s> <urn:p> "plain", "tagged"@tr, "2025-02-17"^^<http://www.w3.org/2001/'
                                    'XMLSchema#date>, <urn:o>, [] .\n', encoding="utf-8")
    result = run(open_graph(tmp_path / "g.ttl"), "SELECT ?o WHERE { ?s ?p ?o }")
    terms = {row[0] for row in result}
    assert {Literal("plain"), Literal("tagged", lang="tr"), Literal("2025-02-17", datatype=XSD.date),
            URIRef("urn:o")} <= terms and len(terms) == 5


def test_a_query_may_use_the_prefixes_of_the_written_files_undeclared(out):
    text = "SELECT ?e WHERE { ?e a dkg:Travel }"
    assert len(kg.load(out).query(text)) == 1
    assert kg.load(out).query(text) == rows(run(load_graph(out), text))


def test_a_store_is_queried_in_oxigraph(tmp_path, extractor):
    store = tmp_path / "store"
    kg.build([SEED], extractor=extractor, store=store)
    loaded = kg.load(store)
    assert isinstance(loaded.engine, OxigraphGraph)
    assert loaded.query_text("events", "csv") == format_result(run(load_graph(store), "events"), "csv")


def test_an_unreadable_graph_is_a_one_line_error(tmp_path):
    (tmp_path / "graph.ttl").write_text("<urn:s> <urn:p> \"cut\n", encoding="utf-8")
    with pytest.raises(kg.QueryError) as err:
        kg.load(tmp_path)
    assert str(err.value).startswith(f"{tmp_path}: cannot read this graph (SyntaxError: ")
    assert str(err.value).endswith("); rebuild it with 'kg build'")

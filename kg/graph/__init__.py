"""The graph stage: resolved events and their sources as an rdflib Dataset, the Python API's graph.

One named graph per article (the article, its extraction activity and its mentions) and
one for the merged events and entities, as :mod:`kg.graph.statements` says them (which
:mod:`kg.graph.quads` also makes into pyoxigraph quads, what a build writes from). IRIs are
derived from content only, so the same input gives the same graph. The store is chosen by name: rdflib's in-memory default or
Oxigraph through oxrdflib (``kg-oxigraph``, see :mod:`kg.graph.oxstore`); both give the same graph.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, Literal, URIRef, plugin
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS, TIME, NamespaceManager
from rdflib.paths import Path
from rdflib.plugins.stores.memory import Memory
from rdflib.store import Store

from ..errors import ConfigError
from ..perf import without_gc
from ..records import Entity, EventMention
from . import statements as said
from .statements import Lit, statements
from .vocab import ID, PREFIXES

if TYPE_CHECKING:  # resolve needs the gazetteer, which needs spaCy: only a build loads them
    from ..records import Article
    from ..resolve import Resolution

__all__ = ["build_dataset", "union_graph", "article_iri", "event_iri", "entity_iri", "EVENTS_GRAPH", "STORES"]

EVENTS_GRAPH = URIRef(said.EVENTS_GRAPH)
SOFTWARE = URIRef(said.SOFTWARE)
PRECISION_UNITS = {name: URIRef(iri) for name, iri in said.PRECISION_UNITS.items()}
STORES = {"default": "default", "memory": "default", "oxigraph": "kg-oxigraph"}
plugin.register("kg-oxigraph", Store, "kg.graph.oxstore", "PlainStringOxigraphStore")


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article: its id, percent-encoded so any id is safe."""
    return URIRef(said.article_iri(article_id))


def event_iri(event_id: str) -> URIRef:
    return URIRef(said.event_iri(event_id))


def entity_iri(key: str) -> URIRef:
    """'person:mark-rutte' → …/id/person/mark-rutte."""
    return URIRef(said.entity_iri(key))


def extraction_iri(article_id: str) -> URIRef:
    return URIRef(said.extraction_iri(article_id))


def mention_iri(mention: EventMention) -> URIRef:
    return URIRef(said.mention_iri(mention))


def new_dataset(store: str = "default") -> Dataset:
    """An empty Dataset on the named store, with the project's prefixes bound."""
    if store not in STORES:
        raise ConfigError(f"unknown store '{store}'; use one of: {', '.join(sorted(STORES))}")
    try:
        ds = Dataset(store=STORES[store])
    except Exception as err:  # plugin missing: name the extra that provides it
        raise ConfigError(f"store '{store}' is not available ({err}); install it with: pip install 'diplomatic-kg[oxigraph]'") from err
    bind_prefixes(ds)
    return ds


class InstanceNamespaceManager(NamespaceManager):
    """Prefixed names for vocabulary terms, none for the tool's own instance IRIs (…/id/…).

    Those IRIs hold '/' after the namespace, so Turtle writes them in full anyway; but rdflib
    first files each one's path (…/id/article/X/mention/) as a namespace in a trie, one per
    article and per event, and every later lookup scans them all: writing Turtle or TriG
    became quadratic (26 s for 140,000 triples). Skipping them gives the same bytes.
    """

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        if not generate and uri.startswith(_INSTANCE_BASE):  # what serialisers ask of subjects and objects
            raise KeyError(f"no prefixed name for an instance IRI: {uri}")
        return super().compute_qname(uri, generate)


_INSTANCE_BASE = str(ID)


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes used in every file the tool writes (on a namespace manager that
    leaves instance IRIs alone, see :class:`InstanceNamespaceManager`)."""
    if not isinstance(graph.namespace_manager, InstanceNamespaceManager):
        graph.namespace_manager = InstanceNamespaceManager(graph)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for prefix, ns in (("prov", PROV), ("time", TIME), ("schema", SDO), ("skos", SKOS), ("dcterms", DCTERMS)):
        graph.bind(prefix, ns, override=True)


@without_gc
def build_dataset(resolution: Resolution, articles: Iterable[Article], store: str = "default") -> Dataset:
    """The whole graph as an rdflib Dataset: one named graph per article plus the merged events graph,
    made from :func:`kg.graph.statements.statements`.

    Each named graph is opened once, and each IRI made once, so the triples that name an article,
    event or entity share one IRI object: the store keeps far fewer objects and its lookups hit
    on identity. This kept the cost per triple flat from 1,000 to 10,000 articles.
    """
    ds = new_dataset(store)
    graphs: dict[str, Graph] = {}
    iris: dict[str, URIRef] = {}

    def iri(text: str) -> URIRef:
        found = iris.get(text)
        if found is None:
            found = iris[text] = URIRef(text)
        return found

    for g, s, p, o in statements(resolution, articles):
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = ds.graph(iri(g))
        graph.add((iri(s), iri(p), to_rdflib(o, iri)))
    return ds


def to_rdflib(term: str | Lit, iri=URIRef) -> URIRef | Literal:
    """A statement's object as an rdflib term (an IRI made by ``iri``)."""
    if isinstance(term, str):
        return iri(term)
    return Literal(term.lexical, lang=term.lang, datatype=iri(term.datatype) if term.datatype else None)


@without_gc
def union_graph(ds: Dataset) -> Graph:
    """All triples of every named graph as one Graph (the merged view written to graph.ttl).

    On rdflib's in-memory store this is a read-only view of the store (which indexes every
    triple once, whatever graphs hold it), so nothing is copied; other stores get a copy.
    """
    if isinstance(ds.store, Memory):
        return UnionGraph(ds)
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


class UnionGraph(Graph):
    """A read-only Graph over every context of a Dataset on the in-memory store."""

    def __init__(self, ds: Dataset) -> None:
        super().__init__(store=ds.store, identifier=ID["graph/union"], namespace_manager=ds.namespace_manager)

    def triples(self, triple):  # Graph reads its store here and in triples_choices; context None: all graphs
        s, p, o = triple
        if isinstance(p, Path):
            for _s, _o in p.eval(self, s, o):
                yield _s, p, _o
            return
        for found, _ in self.store.triples((s, p, o), context=None):
            yield found

    def triples_choices(self, triple, context=None):
        for found, _ in self.store.triples_choices(triple, context=None):
            yield found

    def __len__(self) -> int:
        return self.store.__len__(context=None)

    def add(self, triple):
        raise TypeError("the union of a Dataset's graphs is read-only; add to one of its graphs")

    def addN(self, quads):  # noqa: N802 (rdflib's name)
        raise TypeError("the union of a Dataset's graphs is read-only; add to one of its graphs")

    def remove(self, triple):
        raise TypeError("the union of a Dataset's graphs is read-only; remove from one of its graphs")


def language_names(entity: Entity) -> dict[str, str]:
    """An entity's name in each language the project reads, its tagged skos:prefLabels: a country's
    from CLDR (through babel), an organisation's of the curated table from that table.

    People have one name; cities have no names by language in the packaged data (GeoNames'
    alternate names there carry no language), only their one name.
    """
    if entity.kind == "organisation":
        return _organisation_names().get(entity.key, {})
    if entity.kind != "country" or not entity.country:
        return {}
    from babel import Locale

    from ..lexicons import available_languages

    names = {lang: Locale.parse(lang).territories.get(entity.country) for lang in available_languages()}
    return {lang: name for lang, name in names.items() if name}


@functools.lru_cache(maxsize=1)
def _organisation_names() -> dict[str, dict[str, str]]:
    from ..lexicons import available_languages, load_shared

    langs = available_languages()
    return {f"org:{row['key']}": {lang: row[lang] for lang in langs if row.get(lang)}
            for row in load_shared("organisations.json")["organisations"]}


def as_date(value: object) -> date | None:
    """A Python date from an xsd:date literal (or None)."""
    if isinstance(value, Literal):
        value = value.toPython()
    return value if isinstance(value, date) else None

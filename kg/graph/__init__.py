"""The graph stage: resolved events and their sources as an rdflib Dataset.

One named graph per article (the article, its extraction activity and its mentions) and
one for the merged events and entities. IRIs are derived from content only, so the same
input gives the same graph. The store is chosen by name: rdflib's in-memory default or
Oxigraph through oxrdflib (``kg-oxigraph``, see :mod:`kg.graph.oxstore`); both give the same graph.
"""
from __future__ import annotations

import functools
import hashlib
from decimal import Decimal
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef, plugin
from rdflib.namespace import DCTERMS, OWL, PROV, SDO, SKOS, TIME, NamespaceManager
from rdflib.paths import Path
from rdflib.plugins.stores.memory import Memory
from rdflib.store import Store

from .. import __version__
from ..errors import ConfigError
from ..records import Article, Entity, Event, EventMention
from .vocab import DKG, ENTITY_CLASSES, EVENT_CLASSES, GAF, GEONAMES, ID, NIF, PREFIXES, ROLE_TYPES, SEM
from ..perf import without_gc

if TYPE_CHECKING:  # resolve needs the gazetteer, which needs spaCy: only a build loads them
    from ..resolve import Resolution

__all__ = ["build_dataset", "union_graph", "article_iri", "event_iri", "entity_iri", "EVENTS_GRAPH", "STORES"]

EVENTS_GRAPH = ID["graph/events"]
SOFTWARE = ID[f"software/diplomatic-kg/{__version__}"]
PRECISION_UNITS = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear, "window": DKG.unitWindow,
                   "unknown": DKG.unitUnknown}
STORES = {"default": "default", "memory": "default", "oxigraph": "kg-oxigraph"}
plugin.register("kg-oxigraph", Store, "kg.graph.oxstore", "PlainStringOxigraphStore")


@functools.lru_cache(maxsize=1 << 17)
def article_iri(article_id: str) -> URIRef:
    """The IRI of an article: its id, percent-encoded so any id is safe."""
    return ID[f"article/{quote(article_id, safe='')}"]


@functools.lru_cache(maxsize=1 << 17)
def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{event_id}"]


@functools.lru_cache(maxsize=1 << 17)
def entity_iri(key: str) -> URIRef:
    """'person:mark-rutte' → …/id/person/mark-rutte."""
    kind, _, rest = key.partition(":")
    return ID[f"{kind}/{quote(rest, safe='-')}"]


@functools.lru_cache(maxsize=1 << 17)
def extraction_iri(article_id: str) -> URIRef:
    return ID[f"extraction/{quote(article_id, safe='')}"]


def mention_iri(mention: EventMention) -> URIRef:
    digest = hashlib.sha1(f"{mention.field}|{mention.start}|{mention.end}|{mention.type}|{mention.trigger}".encode())
    return URIRef(f"{article_iri(mention.article_id)}/mention/{digest.hexdigest()[:12]}")


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
    """The whole graph: one named graph per article plus the merged events graph.

    Each article graph is opened once (not once per mention), and the IRI helpers are memoised
    (bounded, and emptied after the build), so the triples that name an article, event or
    entity share one IRI object: the store keeps far fewer objects and its lookups hit on
    identity. This kept the cost per triple flat from 1,000 to 10,000 articles.
    """
    ds = new_dataset(store)
    events_graph = ds.graph(EVENTS_GRAPH)
    graphs: dict[str, Graph] = {}

    def article_graph(article_id: str) -> Graph:
        g = graphs.get(article_id)
        if g is None:
            g = graphs[article_id] = ds.graph(ID[f"graph/article/{quote(article_id, safe='')}"])
        return g

    try:
        for article in articles:
            add_article(article_graph(article.id), article)
        for event in resolution.events:
            add_event(events_graph, event)
            for mention in event.mentions:
                add_mention(article_graph(mention.article_id), event, mention)
        used = ({p.key for e in resolution.events for p in e.participants} | {e.place for e in resolution.events if e.place}
                | {e.origin for e in resolution.events if e.origin})
        entities = resolution.entities
        for key in sorted(used | {entities[k].affiliation for k in used if k in entities and entities[k].affiliation}):
            if key in entities:
                add_entity(events_graph, entities[key])
    finally:
        for cached in (article_iri, event_iri, entity_iri, extraction_iri):
            cached.cache_clear()
    return ds


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


PUBLISHED_TYPES = {"day": XSD.dateTime, "month": XSD.gYearMonth, "year": XSD.gYear}


def add_article(g: Graph, article: Article) -> None:
    """The article node and the extraction activity that read it (PROV-O, schema.org)."""
    node = article_iri(article.id)
    g.add((node, RDF.type, DKG.Article))
    g.add((node, DKG.articleId, Literal(article.id)))
    g.add((node, SDO.headline, Literal(article.title)))
    g.add((node, SDO.inLanguage, Literal(article.lang)))
    if article.published is not None:
        kind = PUBLISHED_TYPES[article.published_precision]
        g.add((node, SDO.datePublished, Literal(article.published_text, datatype=kind)))
    if article.url:
        g.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    for prop, value in ((DCTERMS.source, article.source), (DKG.section, article.section), (DKG.agency, article.agency)):
        if value:
            g.add((node, prop, Literal(value)))
    activity = extraction_iri(article.id)
    g.add((activity, RDF.type, DKG.Extraction))
    g.add((activity, PROV.used, node))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, SDO.softwareVersion, Literal(__version__)))
    g.add((SOFTWARE, RDFS.label, Literal("diplomatic-kg")))


def add_mention(g: Graph, event: Event, mention: EventMention) -> None:
    """The sentence that reports an event: NIF offsets, trigger, confidence, and the GAF link."""
    node = mention_iri(mention)
    article = article_iri(mention.article_id)
    g.add((node, RDF.type, DKG.EventMention))
    g.add((node, NIF.referenceContext, article))
    g.add((node, NIF.beginIndex, Literal(mention.start, datatype=XSD.integer)))
    g.add((node, NIF.endIndex, Literal(mention.end, datatype=XSD.integer)))
    g.add((node, NIF.anchorOf, Literal(mention.sentence)))
    g.add((node, DKG.field, Literal(mention.field)))
    g.add((node, DKG.trigger, Literal(mention.trigger)))
    g.add((node, DKG.confidence, Literal(Decimal(str(mention.confidence)).normalize(), datatype=XSD.decimal)))
    g.add((node, PROV.wasGeneratedBy, extraction_iri(mention.article_id)))
    g.add((event_iri(event.id), GAF.denotedBy, node))


def add_event(g: Graph, event: Event) -> None:
    """An event with SEM roles, place, time window and precision."""
    node = event_iri(event.id)
    g.add((node, RDF.type, EVENT_CLASSES[event.type]))
    g.add((node, RDFS.label, Literal(f"{event.type} {event.time.date or 'undated'}")))
    if event.time.known:
        g.add((node, SEM.hasEarliestBeginTimeStamp, Literal(event.time.earliest.isoformat(), datatype=XSD.date)))
        g.add((node, SEM.hasLatestEndTimeStamp, Literal(event.time.latest.isoformat(), datatype=XSD.date)))
    g.add((node, DKG.datePrecision, PRECISION_UNITS[event.time.precision]))
    if event.time.expression:
        g.add((node, DKG.dateExpression, Literal(event.time.expression)))
    g.add((node, DKG.modality, Literal(event_modality(event))))
    g.add((node, DKG.mergeReason, Literal(event.reason)))
    if event.place:
        g.add((node, SEM.hasPlace, entity_iri(event.place)))
    if event.origin:
        g.add((node, DKG.origin, entity_iri(event.origin)))
    for participant in event.participants:
        role = URIRef(f"{node}/role/{quote(participant.key.replace(':', '-'), safe='-')}")
        g.add((node, SEM.hasActor, role))
        g.add((role, RDF.type, SEM.Role))
        g.add((role, RDF.value, entity_iri(participant.key)))
        g.add((role, SEM.roleType, ROLE_TYPES[participant.role]))
        g.add((node, DKG.involves, entity_iri(participant.key)))
    for article in sorted({m.article_id for m in event.mentions}):
        g.add((node, PROV.wasDerivedFrom, article_iri(article)))


def event_modality(event: Event) -> str:
    """'future' when any source announces the event, else 'asserted'."""
    return "future" if any(m.modality == "future" for m in event.mentions) else "asserted"


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


def add_entity(g: Graph, entity: Entity) -> None:
    """A person, organisation, country or city with labels and the identifiers packaged data gives."""
    node = entity_iri(entity.key)
    g.add((node, RDF.type, ENTITY_CLASSES[entity.kind]))
    g.add((node, RDFS.label, Literal(entity.name)))
    g.add((node, SKOS.prefLabel, Literal(entity.name)))
    for lang, name in language_names(entity).items():
        g.add((node, SKOS.prefLabel, Literal(name, lang=lang)))
    for label in entity.labels:
        if label != entity.name:
            g.add((node, SKOS.altLabel, Literal(label)))
    if entity.office:
        g.add((node, DKG.office, Literal(entity.office)))
    if entity.affiliation:
        g.add((node, DKG.affiliation, entity_iri(entity.affiliation)))
    if entity.country:
        g.add((node, DKG.countryCode, Literal(entity.country)))
    if entity.geonames_id is not None:
        g.add((node, DKG.geonamesId, Literal(entity.geonames_id)))
        g.add((node, OWL.sameAs, GEONAMES[f"{entity.geonames_id}/"]))
    if entity.lat is not None and entity.lon is not None:
        g.add((node, SDO.latitude, Literal(entity.lat)))
        g.add((node, SDO.longitude, Literal(entity.lon)))


def as_date(value: object) -> date | None:
    """A Python date from an xsd:date literal (or None)."""
    if isinstance(value, Literal):
        value = value.toPython()
    return value if isinstance(value, date) else None

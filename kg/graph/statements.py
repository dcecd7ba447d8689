"""What the graph says, once: every statement of the resolved events and their sources as plain
quads (graph, subject, predicate, object), with IRIs as strings and literals as :class:`Lit`.

Two builders read these: :func:`kg.graph.build_dataset` (an rdflib Dataset, the Python API's
graph) and :func:`kg.graph.quads.build_quads` (pyoxigraph Quads, which Oxigraph's writers write
on the build path), so both hold the same graph. A literal's lexical form is the one rdflib gives
the same value (``Decimal('1E+1')`` is ``10``, a float its ``repr``), so the quads are the same
whichever builder makes them. IRIs are derived from content only: the same input gives the same graph.
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, OWL, PROV, SDO, SKOS, TIME

from .. import __version__
from ..records import Article, Entity, Event, EventMention
from .vocab import (
    DKG,
    ENTITY_CLASSES,
    EVENT_CLASSES,
    GAF,
    GEONAMES,
    ID,
    NIF,
    ROLE_TYPES,
    SEM,
)

if TYPE_CHECKING:
    from ..resolve import Resolution


class Lit(NamedTuple):
    """A literal: its lexical form, datatype IRI (None: a plain string) and language tag."""

    lexical: str
    datatype: str | None = None
    lang: str | None = None


Term = str | Lit  # an object: an IRI (a string) or a literal
Statement = tuple[str, str, str, Term]  # graph, subject, predicate, object

EVENTS_GRAPH = str(ID["graph/events"])
SOFTWARE = str(ID[f"software/diplomatic-kg/{__version__}"])
PRECISION_UNITS = {"day": str(TIME.unitDay), "month": str(TIME.unitMonth), "year": str(TIME.unitYear),
                   "window": str(DKG.unitWindow), "unknown": str(DKG.unitUnknown)}
PUBLISHED_TYPES = {"day": str(XSD.dateTime), "month": str(XSD.gYearMonth), "year": str(XSD.gYear)}
_ID = str(ID)
(_TYPE, _LABEL, _VALUE, _INTEGER, _DECIMAL, _DATE, _ANYURI) = (
    str(RDF.type), str(RDFS.label), str(RDF.value), str(XSD.integer), str(XSD.decimal), str(XSD.date), str(XSD.anyURI))


def article_iri(article_id: str) -> str:
    """The IRI of an article: its id, percent-encoded so any id is safe."""
    return f"{_ID}article/{quote(article_id, safe='')}"


def article_graph(article_id: str) -> str:
    """The named graph that holds what one article says."""
    return f"{_ID}graph/article/{quote(article_id, safe='')}"


def event_iri(event_id: str) -> str:
    return f"{_ID}event/{event_id}"


def entity_iri(key: str) -> str:
    """'person:mark-rutte' → …/id/person/mark-rutte."""
    kind, _, rest = key.partition(":")
    return f"{_ID}{kind}/{quote(rest, safe='-')}"


def extraction_iri(article_id: str) -> str:
    return f"{_ID}extraction/{quote(article_id, safe='')}"


def mention_iri(mention: EventMention) -> str:
    digest = hashlib.sha1(f"{mention.field}|{mention.start}|{mention.end}|{mention.type}|{mention.trigger}".encode())
    return f"{article_iri(mention.article_id)}/mention/{digest.hexdigest()[:12]}"


def role_iri(event: Event, key: str) -> str:
    """The SEM role node of one participant of an event."""
    return f"{event_iri(event.id)}/role/{quote(key.replace(':', '-'), safe='-')}"


@functools.lru_cache(maxsize=4096)
def typed(value: object, datatype: str | None = None) -> Lit:
    """A Python value as a literal with rdflib's lexical form (its datatype rdflib's, unless given)."""
    from rdflib import Literal, URIRef

    literal = Literal(value, datatype=URIRef(datatype) if datatype else None)
    return Lit(str(literal), str(literal.datatype) if literal.datatype else None)


def written_entities(resolution: Resolution) -> list[Entity]:
    """The entities the graph holds, in key order: those events name (participants, places, origins)
    and their affiliations, where the resolution knows them."""
    events, entities = resolution.events, resolution.entities
    used = ({p.key for e in events for p in e.participants} | {e.place for e in events if e.place}
            | {e.origin for e in events if e.origin})
    used |= {entities[k].affiliation for k in used if k in entities and entities[k].affiliation}
    return [entities[key] for key in sorted(used) if key in entities]


def statements(resolution: Resolution, articles: Iterable[Article]) -> Iterator[Statement]:
    """Every statement of the graph: each article's graph (the article, its extraction, its
    mentions), then the events graph (events and the entities they name); a statement may repeat."""
    for article in articles:
        yield from article_statements(article)
    for event in resolution.events:
        yield from ((EVENTS_GRAPH, s, p, o) for s, p, o in event_statements(event))
        for mention in event.mentions:
            graph = article_graph(mention.article_id)
            yield from ((graph, s, p, o) for s, p, o in mention_statements(event, mention))
    for entity in written_entities(resolution):
        yield from ((EVENTS_GRAPH, s, p, o) for s, p, o in entity_statements(entity))


def article_statements(article: Article) -> Iterator[Statement]:
    """The article node and the extraction activity that read it (PROV-O, schema.org)."""
    g, node = article_graph(article.id), article_iri(article.id)
    yield g, node, _TYPE, str(DKG.Article)
    yield g, node, str(DKG.articleId), Lit(article.id)
    yield g, node, str(SDO.headline), Lit(article.title)
    yield g, node, str(SDO.inLanguage), Lit(article.lang)
    if article.published is not None:
        yield g, node, str(SDO.datePublished), Lit(article.published_text, PUBLISHED_TYPES[article.published_precision])
    if article.url:
        yield g, node, str(SDO.url), Lit(article.url, _ANYURI)
    for prop, value in ((DCTERMS.source, article.source), (DKG.section, article.section), (DKG.agency, article.agency)):
        if value:
            yield g, node, str(prop), Lit(value)
    activity = extraction_iri(article.id)
    yield g, activity, _TYPE, str(DKG.Extraction)
    yield g, activity, str(PROV.used), node
    yield g, activity, str(PROV.wasAssociatedWith), SOFTWARE
    yield g, SOFTWARE, _TYPE, str(PROV.SoftwareAgent)
    yield g, SOFTWARE, str(SDO.softwareVersion), Lit(__version__)
    yield g, SOFTWARE, _LABEL, Lit("diplomatic-kg")


def mention_statements(event: Event, mention: EventMention) -> Iterator[tuple[str, str, Term]]:
    """The sentence that reports an event: NIF offsets, trigger, confidence, and the GAF link."""
    node = mention_iri(mention)
    yield node, _TYPE, str(DKG.EventMention)
    yield node, str(NIF.referenceContext), article_iri(mention.article_id)
    yield node, str(NIF.beginIndex), Lit(str(mention.start), _INTEGER)
    yield node, str(NIF.endIndex), Lit(str(mention.end), _INTEGER)
    yield node, str(NIF.anchorOf), Lit(mention.sentence)
    yield node, str(DKG.field), Lit(mention.field)
    yield node, str(DKG.trigger), Lit(mention.trigger)
    yield node, str(DKG.confidence), typed(Decimal(str(mention.confidence)).normalize(), _DECIMAL)
    yield node, str(PROV.wasGeneratedBy), extraction_iri(mention.article_id)
    yield event_iri(event.id), str(GAF.denotedBy), node


def event_statements(event: Event) -> Iterator[tuple[str, str, Term]]:
    """An event with SEM roles, place, time window and precision."""
    node = event_iri(event.id)
    yield node, _TYPE, str(EVENT_CLASSES[event.type])
    yield node, _LABEL, Lit(f"{event.type} {event.time.date or 'undated'}")
    if event.time.known:
        yield node, str(SEM.hasEarliestBeginTimeStamp), Lit(event.time.earliest.isoformat(), _DATE)
        yield node, str(SEM.hasLatestEndTimeStamp), Lit(event.time.latest.isoformat(), _DATE)
    yield node, str(DKG.datePrecision), PRECISION_UNITS[event.time.precision]
    if event.time.expression:
        yield node, str(DKG.dateExpression), Lit(event.time.expression)
    yield node, str(DKG.modality), Lit(event_modality(event))
    yield node, str(DKG.mergeReason), Lit(event.reason)
    if event.place:
        yield node, str(SEM.hasPlace), entity_iri(event.place)
    if event.origin:
        yield node, str(DKG.origin), entity_iri(event.origin)
    for participant in event.participants:
        role, actor = role_iri(event, participant.key), entity_iri(participant.key)
        yield node, str(SEM.hasActor), role
        yield role, _TYPE, str(SEM.Role)
        yield role, _VALUE, actor
        yield role, str(SEM.roleType), str(ROLE_TYPES[participant.role])
        yield node, str(DKG.involves), actor
    for article in sorted({m.article_id for m in event.mentions}):
        yield node, str(PROV.wasDerivedFrom), article_iri(article)


def event_modality(event: Event) -> str:
    """'future' when any source announces the event, else 'asserted'."""
    return "future" if any(m.modality == "future" for m in event.mentions) else "asserted"


def entity_statements(entity: Entity) -> Iterator[tuple[str, str, Term]]:
    """A person, organisation, country or city with labels and the identifiers packaged data gives."""
    from . import language_names

    node = entity_iri(entity.key)
    yield node, _TYPE, str(ENTITY_CLASSES[entity.kind])
    yield node, _LABEL, Lit(entity.name)
    yield node, str(SKOS.prefLabel), Lit(entity.name)
    for lang, name in language_names(entity).items():
        yield node, str(SKOS.prefLabel), Lit(name, None, lang)
    for label in entity.labels:
        if label != entity.name:
            yield node, str(SKOS.altLabel), Lit(label)
    if entity.office:
        yield node, str(DKG.office), Lit(entity.office)
    if entity.affiliation:
        yield node, str(DKG.affiliation), entity_iri(entity.affiliation)
    if entity.country:
        yield node, str(DKG.countryCode), Lit(entity.country)
    if entity.geonames_id is not None:
        yield node, str(DKG.geonamesId), typed(entity.geonames_id)
        yield node, str(OWL.sameAs), str(GEONAMES[f"{entity.geonames_id}/"])
    if entity.lat is not None and entity.lon is not None:
        yield node, str(SDO.latitude), typed(entity.lat)
        yield node, str(SDO.longitude), typed(entity.lon)

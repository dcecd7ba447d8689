"""Records and network facts straight from the resolved events, for a graph built in this process.

What :mod:`kg.export.records` and :mod:`kg.export.network` read back from the graph with SPARQL
(events.jsonl, events.csv, the NetworkX projection behind GraphML, GEXF and the HTML page), made
here from the :class:`~kg.resolve.Resolution` and the articles the graph stage wrote, without
querying the graph just built. The graph stays the source of truth: each value is the one the
graph holds for it (an actor or place with no entity has no label, so it is left out as the
queries leave it out), in the queries' order, and a test runs the saved queries on the written
graph and checks they give the same records.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import product
from typing import TYPE_CHECKING

from ..graph import language_names
from ..graph.statements import entity_iri, event_iri, mention_iri, role_iri
from ..graph.statements import written_entities as graph_entities
from ..records import Article, Entity, Event
from .records import contract_date

if TYPE_CHECKING:
    from ..resolve import Resolution



@dataclass(frozen=True)
class NetworkFacts:
    """What the NetworkX projection adds to the records: each entity's kind, each article's language,
    places' codes and coordinates, entities' names by language, and trips' origins (event IRI,
    origin IRI, origin label or None) in the order the ORIGINS query gives them."""

    kinds: dict[str, str]
    languages: dict[str, str]
    places: dict[str, dict[str, object]]
    names: dict[str, dict[str, str]]
    origins: list[tuple[str, str, str | None]]


def written_entities(resolution: Resolution) -> dict[str, Entity]:
    """The entities the graph holds, by key."""
    return {entity.key: entity for entity in graph_entities(resolution)}


def event_records(resolution: Resolution, articles: Iterable[Article]) -> list[dict]:
    """One dict per event in the events.jsonl contract, in date order (undated first), as
    :func:`kg.export.records.event_records` reads them from the graph."""
    entities = written_entities(resolution)
    by_id = {a.id: a for a in articles}
    values = _mention_values(resolution.events)
    order = sorted(resolution.events, key=lambda e: (e.time.known, e.time.latest if e.time.known else date.min,
                                                     event_iri(e.id)))  # ORDER BY ?latest ?event, unbound first
    return [_record(event, entities, by_id, values) for event in order]


def _record(event: Event, entities: dict[str, Entity], articles: dict[str, Article],
            values: dict[str, list[tuple]]) -> dict:
    precision = event.time.precision
    known = event.time.known
    earliest, latest = (event.time.earliest, event.time.latest) if known else (None, None)
    place = entities.get(event.place) if event.place else None
    return {
        "id": event_iri(event.id), "type": event.type,
        "date": contract_date(earliest, latest, precision),
        "date_start": earliest.isoformat() if known else None, "date_end": latest.isoformat() if known else None,
        "precision": precision, "participants": _participants(event, entities),
        "place": place.name if place else None, "place_id": entity_iri(event.place) if place else None,
        "sources": _sources(event, articles, values)}


def _participants(event: Event, entities: dict[str, Entity]) -> list[dict]:
    """Participants with an entity, in the order of their role IRIs (as the event-participants query)."""
    found = [(role_iri(event, p.key), p) for p in event.participants if p.key in entities]
    return [{"name": entities[p.key].name, "role": p.role, "id": entity_iri(p.key)}
            for _, p in sorted(found, key=lambda pair: pair[0])]


def _mention_values(events: Iterable[Event]) -> dict[str, list[tuple]]:
    """Mention IRI → the (field, start, end, sentence, confidence) rows the graph gives it: mentions
    that share an IRI share one node, whose values are all of theirs."""
    values: dict[str, dict[tuple, None]] = {}
    for event in events:
        for m in event.mentions:
            confidence = Decimal(str(m.confidence)).normalize()
            values.setdefault(mention_iri(m), {})[(m.field, m.start, m.end, m.sentence, confidence)] = None
    return {iri: _crossed(list(rows)) for iri, rows in values.items()}


def _crossed(rows: list[tuple]) -> list[tuple]:
    """Every combination of a node's values, as a SPARQL pattern over its properties matches them."""
    if len(rows) == 1:
        return rows
    columns = [sorted(set(column), key=repr) for column in zip(*rows)]
    return list(product(*columns))


def _sources(event: Event, articles: dict[str, Article], values: dict[str, list[tuple]]) -> list[dict]:
    """One entry per article (its first sentence about the event), every sentence in its mentions,
    in the event-sources query's order."""
    rows = []
    for node, article_id in {mention_iri(m): m.article_id for m in event.mentions}.items():
        if article_id in articles:
            rows.extend((article_id, *row, node) for row in values[node])
    rows = _sort_sources(rows)
    by_article: dict[str, dict] = {}
    for article_id, field, start, end, sentence, confidence, _ in rows:
        mention = {"field": field, "sentence": sentence, "start": start, "end": end, "confidence": float(confidence)}
        if article_id not in by_article:
            article = articles[article_id]
            by_article[article_id] = {"article": article_id, **mention, "title": article.title,
                                      "published": article.published_text, "url": article.url or None,
                                      "mentions": []}
        by_article[article_id]["mentions"].append(mention)
    return list(by_article.values())


def _sort_sources(rows: list[tuple]) -> list[tuple]:
    """Rows in the order ``?article DESC(?field) ?start ?end ?sentence DESC(?confidence) ?m``."""
    rows = sorted(rows, key=lambda r: r[6])
    rows.sort(key=lambda r: r[5], reverse=True)
    rows.sort(key=lambda r: (r[2], r[3], r[4]))
    rows.sort(key=lambda r: r[1], reverse=True)
    rows.sort(key=lambda r: r[0])
    return rows


def network_facts(resolution: Resolution, articles: Iterable[Article]) -> NetworkFacts:
    """The facts :func:`kg.export.network.to_networkx` adds to the records, from the resolution."""
    entities = written_entities(resolution)
    iris = {key: entity_iri(key) for key in entities}
    places: dict[str, dict[str, object]] = {}
    for key, entity in entities.items():
        if entity.kind in ("country", "city"):
            facts: dict[str, object] = {"country_code": entity.country} if entity.country else {}
            if entity.lat is not None and entity.lon is not None:
                facts.update(lat=float(entity.lat), lon=float(entity.lon))
            places[iris[key]] = facts
    names = {iris[key]: {f"label_{lang}": name for lang, name in language_names(entity).items()}
             for key, entity in entities.items()}
    return NetworkFacts(kinds={iris[key]: entity.kind for key, entity in entities.items()},
                        languages={a.id: a.lang for a in articles}, places=places,
                        names={iri: found for iri, found in names.items() if found},
                        origins=_origins(resolution.events, entities))


def _origins(events: Iterable[Event], entities: dict[str, Entity]) -> list[tuple[str, str, str | None]]:
    """(event, origin, label) of every trip whose origin the text gives, grouped by origin in the
    order the graph stage first wrote each (the order the ORIGINS query reads them in)."""
    by_origin: dict[str, list[str]] = {}
    for event in events:
        if event.origin:
            by_origin.setdefault(event.origin, []).append(event_iri(event.id))
    return [(iri, entity_iri(origin), entities[origin].name if origin in entities else None)
            for origin, iris in by_origin.items() for iri in iris]

"""Readings: extractions as N-Quads shards, and back (the distributed build's transport).

A worker turns the extractions of its partition into quads, one named graph per article
copy, with IRIs made from the copy's position in the input (``…/id/reading/17``), so two
workers never need to agree on anything. The caller bulk-loads the shards into Oxigraph and
reads every extraction back with the SPARQL queries in ``ontology/readings/``; the merge
then runs once over them. Every field of the records round-trips exactly (tested) except the
article body, which the merge does not need (``Extraction.without_text``).
The vocabulary is ``ontology/readings.ttl``; readings are never part of an output graph.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..errors import ConfigError
from ..records import Article, Entity, EventMention, Extraction, Participant, TimeSpan, parse_published
from ..resources import readings_query
from .vocab import DKGR, ID

__all__ = ["shard_bytes", "load_shards", "read_extractions"]


def _ox():
    try:
        import pyoxigraph
    except ImportError as err:
        raise ConfigError("the distributed build needs Oxigraph; install it with: "
                          "pip install 'diplomatic-kg[dask]'") from err
    return pyoxigraph


def shard_bytes(extractions: Iterable[tuple[int, Extraction]]) -> bytes:
    """N-Quads of (input position, extraction) pairs: one named graph per position."""
    ox = _ox()
    quads: list = []
    for position, extraction in extractions:
        quads.extend(_quads(ox, position, extraction))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _quads(ox, position: int, x: Extraction) -> list:
    base = f"{ID}reading/{position}"
    graph = ox.NamedNode(f"{ID}graph/reading/{position}")
    out = []

    def add(subject: str, prop, value) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            raise TypeError(prop)
        if isinstance(value, int):
            obj = ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
        elif isinstance(value, date):
            obj = ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
        else:
            obj = ox.NamedNode(value) if prop in _LINKS else ox.Literal(str(value))
        out.append(ox.Quad(ox.NamedNode(subject), ox.NamedNode(str(prop)), obj, graph))

    a = x.article
    add(base, _RDF_TYPE, str(DKGR.Article))
    for prop, value in ((DKGR.position, position), (DKGR.id, a.id), (DKGR.lang, a.lang), (DKGR.title, a.title),
                        (DKGR.published, a.published_text),
                        (DKGR.source, a.source), (DKGR.url, a.url), (DKGR.section, a.section),
                        (DKGR.agency, a.agency), (DKGR.path, a.path), (DKGR.line, a.line)):
        add(base, prop, value)
    for k, m in enumerate(x.mentions):
        node = f"{base}/mention/{k}"
        add(node, _RDF_TYPE, str(DKGR.Mention))
        for prop, value in ((DKGR.article, base), (DKGR.position, k), (DKGR.type, m.type),
                            (DKGR.trigger, m.trigger), (DKGR.sentence, m.sentence), (DKGR.start, m.start),
                            (DKGR.end, m.end), (DKGR.field, m.field), (DKGR.confidence, repr(m.confidence)),
                            (DKGR.modality, m.modality), (DKGR.step, m.step), (DKGR.place, m.place), (DKGR.origin, m.origin),
                            (DKGR.earliest, m.time.earliest), (DKGR.latest, m.time.latest),
                            (DKGR.precision, m.time.precision), (DKGR.expression, m.time.expression)):
            add(node, prop, value)
        for j, p in enumerate(m.participants):
            part = f"{node}/participant/{j}"
            add(node, DKGR.participant, part)
            add(part, DKGR.position, j)
            add(part, DKGR.key, p.key)
            add(part, DKGR.role, p.role)
    for k, e in enumerate(x.entities):
        node = f"{base}/entity/{k}"
        add(node, _RDF_TYPE, str(DKGR.Entity))
        for prop, value in ((DKGR.article, base), (DKGR.position, k), (DKGR.key, e.key), (DKGR.name, e.name),
                            (DKGR.kind, e.kind), (DKGR.office, e.office), (DKGR.affiliation, e.affiliation),
                            (DKGR.country, e.country), (DKGR.geonamesId, e.geonames_id),
                            (DKGR.lat, repr(e.lat) if e.lat is not None else None),
                            (DKGR.lon, repr(e.lon) if e.lon is not None else None)):
            add(node, prop, value)
        for j, label in enumerate(e.labels):
            item = f"{node}/label/{j}"
            add(node, DKGR.label, item)
            add(item, DKGR.position, j)
            add(item, DKGR.value, label)
    return out


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_LINKS = {_RDF_TYPE, DKGR.article, DKGR.participant, DKGR.label}


def load_shards(paths: Iterable[Path], store=None):
    """Bulk-load N-Quads shards into an Oxigraph store (a new in-memory one by default)."""
    ox = _ox()
    store = store if store is not None else ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def read_extractions(store) -> list[tuple[int, Extraction]]:
    """Every (input position, extraction) the loaded shards hold, in input order."""
    def select(name: str) -> list[dict]:
        result = store.query(readings_query(name), use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]

    labels = defaultdict(list)
    for row in select("labels"):
        labels[row["entity"]].append((int(row["position"]), row["value"]))
    entities = defaultdict(list)
    for row in select("entities"):
        entity = Entity(key=row["key"], name=row["name"], kind=row["kind"],
                        labels=tuple(v for _, v in sorted(labels[row["entity"]])), office=row["office"],
                        affiliation=row["affiliation"], country=row["country"],
                        geonames_id=_int(row["geonamesId"]), lat=_float(row["lat"]), lon=_float(row["lon"]))
        entities[row["article"]].append((int(row["position"]), entity))
    participants = defaultdict(list)
    for row in select("participants"):
        participants[row["mention"]].append((int(row["position"]), Participant(row["key"], row["role"])))
    articles = {row["article"]: (int(row["position"]), _article(row)) for row in select("articles")}
    mentions = defaultdict(list)
    for row in select("mentions"):
        article = articles[row["article"]][1]
        time = TimeSpan(date.fromisoformat(row["earliest"]), date.fromisoformat(row["latest"]), row["precision"],
                        row["expression"])
        mention = EventMention(
            article_id=article.id, type=row["type"], trigger=row["trigger"],
            participants=tuple(p for _, p in sorted(participants[row["mention"]])), place=row["place"], time=time,
            sentence=row["sentence"], start=int(row["start"]), end=int(row["end"]), field=row["field"],
            confidence=float(row["confidence"]), modality=row["modality"], step=int(row["step"]),
            origin=row.get("origin"))
        mentions[row["article"]].append((int(row["position"]), mention))
    out = []
    for node, (position, article) in sorted(articles.items(), key=lambda item: item[1][0]):
        out.append((position, Extraction(article, tuple(e for _, e in sorted(entities[node], key=_first)),
                                         tuple(m for _, m in sorted(mentions[node], key=_first)))))
    return out


def _first(pair):
    return pair[0]


def _article(row: dict) -> Article:
    published, precision = parse_published(row["published"]) if row["published"] else (None, "day")
    return Article(id=row["id"], lang=row["lang"], title=row["title"], text="",
                   published=published, published_precision=precision,
                   source=row["source"], url=row["url"], section=row["section"], agency=row["agency"],
                   path=row["path"], line=_int(row["line"]))


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _float(value: str | None) -> float | None:
    return float(value) if value is not None else None

"""Events as plain records, read back from the RDF graph with the saved SPARQL queries.

This is what ``events.jsonl`` holds and what the NetworkX projection is built from, so
both say exactly what the Turtle says.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from rdflib import Graph

from ..perf import without_gc
from ..query import Queryable, rows, run
from .files import write_atomic

KINDS = {"Person": "person", "Organisation": "organisation", "Country": "country", "City": "city"}


def contract_date(earliest: date | None, latest: date | None, precision: str) -> str | None:
    """The contract's ``date``: a day, 'YYYY-MM' for a month, 'YYYY' for a year, else the window's end;
    None for an undated event."""
    if earliest is None or latest is None:
        return None
    if precision in ("unitMonth", "month"):
        return earliest.strftime("%Y-%m")
    if precision in ("unitYear", "year"):
        return str(earliest.year)
    return latest.isoformat()


def precision_name(value: str | None) -> str:
    """'unitDay' → 'day', 'unitWindow' → 'window'."""
    return (value or "window").removeprefix("unit").lower()


@without_gc
def event_records(graph: Queryable) -> list[dict]:
    """One dict per event in the events.jsonl contract, in date order.

    ``sources`` has one entry per article (its first sentence about the event, with
    offsets); every sentence of that article about the event is in its ``mentions``.
    """
    participants = defaultdict(list)
    for row in rows(run(graph, "event-participants")):
        participants[row["event"]].append({"name": row["name"], "role": row["role"], "id": row["actor"]})
    sources: dict[object, dict[str, dict]] = defaultdict(dict)
    for row in rows(run(graph, "event-sources")):
        mention = {"field": row["field"], "sentence": row["sentence"], "start": int(row["start"]),
                   "end": int(row["end"]),
                   "confidence": float(row["confidence"]) if row["confidence"] is not None else None}
        by_article = sources[row["event"]]
        if row["article"] not in by_article:
            by_article[row["article"]] = {"article": row["article"], **mention, "title": row["headline"],
                                          "published": _iso(row["published"]), "url": row["url"], "mentions": []}
        by_article[row["article"]]["mentions"].append(mention)
    out = []
    for row in rows(run(graph, "events")):
        precision = precision_name(row["precision"])
        out.append({
            "id": row["event"], "type": row["type"],
            "date": contract_date(row["earliest"], row["latest"], precision),
            "date_start": _iso(row["earliest"]), "date_end": _iso(row["latest"]),
            "precision": precision, "participants": participants.get(row["event"], []),
            "place": row["placeLabel"], "place_id": row["place"],
            "sources": list(sources.get(row["event"], {}).values())})
    return out


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value is not None else None)


def write_events_jsonl(records: list[dict], path) -> None:
    """events.jsonl: one event a line, written atomically (line by line: the whole text is never held)."""
    write_atomic(path, ((json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8") for r in records))


def entity_kinds(graph: Graph) -> dict[str, str]:
    """IRI → kind for every actor and place in the graph."""
    q = """SELECT ?x ?class WHERE { VALUES ?class { dkg:Person dkg:Organisation dkg:Country dkg:City } ?x a ?class }"""
    return {r["x"]: KINDS[r["class"].rsplit("#", 1)[-1]] for r in rows(run(graph, q))}


CSV_FIELDS = ("id", "type", "date", "date_start", "date_end", "precision", "place", "participants", "articles")


def write_events_csv(records: list[dict], path) -> None:
    """events.csv for spreadsheets: one event a row, participants as 'Name (role)' joined by '; '."""
    import csv
    import io

    def rows(handle) -> None:  # written row by row to the open file: the whole table is never held
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for r in records:
            people = "; ".join(f"{p['name']} ({p['role']})" for p in r["participants"])
            articles = "; ".join(s["article"] for s in r["sources"])
            writer.writerow([r["id"], r["type"], r["date"] or "", r["date_start"] or "", r["date_end"] or "",
                             r["precision"], r["place"] or "", people, articles])
        text.flush()
        text.detach()  # (the file stays open for write_atomic to close)

    write_atomic(path, rows)

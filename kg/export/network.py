"""The NetworkX projection: events, actors and places as nodes; roles as edge attributes."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..query import rows, run
from .files import write_atomic
from .records import entity_kinds, event_records
from .resolved import NetworkFacts

ARTICLE_LANGUAGES = """PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?article ?lang WHERE { ?a dkg:articleId ?article ; schema:inLanguage ?lang }"""


PLACE_FACTS = """PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?x ?code ?lat ?lon WHERE {
  VALUES ?class { dkg:Country dkg:City } ?x a ?class .
  OPTIONAL { ?x dkg:countryCode ?code } OPTIONAL { ?x schema:latitude ?lat ; schema:longitude ?lon }
}"""


ORIGINS = """PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?origin ?label WHERE { ?event dkg:origin ?origin . OPTIONAL { ?origin rdfs:label ?label } }"""


NAMES_BY_LANGUAGE = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?x ?name (lang(?name) AS ?lang) WHERE { ?x skos:prefLabel ?name FILTER(lang(?name) != "") }"""


def names_by_language(graph: Graph) -> dict[str, dict[str, str]]:
    """Entity IRI → ``label_<lang>`` → its language-tagged skos:prefLabel (countries and the curated organisations)."""
    out: dict[str, dict[str, str]] = {}
    for r in rows(run(graph, NAMES_BY_LANGUAGE)):
        out.setdefault(r["x"], {})[f"label_{r['lang']}"] = str(r["name"])
    return out


def place_facts(graph: Graph) -> dict[str, dict[str, object]]:
    """Country or city IRI → its ISO 3166 ``country_code`` and, for cities, ``lat`` and ``lon`` (the map view's)."""
    out: dict[str, dict[str, object]] = {}
    for r in rows(run(graph, PLACE_FACTS)):
        facts = {"country_code": str(r["code"])} if r["code"] is not None else {}
        if r["lat"] is not None and r["lon"] is not None:
            facts.update(lat=float(r["lat"]), lon=float(r["lon"]))
        out[r["x"]] = facts
    return out


def article_languages(graph: Graph) -> dict[str, str]:
    """Article id → the language code of its text (schema:inLanguage)."""
    return {str(r["article"]): str(r["lang"]) for r in rows(run(graph, ARTICLE_LANGUAGES))}


def to_networkx(graph: Graph, records: list[dict] | None = None) -> nx.MultiDiGraph:
    """A MultiDiGraph with an edge event → actor per role, event → place for the place and, for a
    trip whose start the text gives, event → place for the origin (see :func:`network`), read from the graph."""
    records = event_records(graph) if records is None else records
    origins = [(r["event"], r["origin"], None if r["label"] is None else str(r["label"]))
               for r in rows(run(graph, ORIGINS))]
    facts = NetworkFacts(kinds=entity_kinds(graph), languages=article_languages(graph), places=place_facts(graph),
                         names=names_by_language(graph), origins=origins)
    return network(records, facts)


def network(records: list[dict], facts: NetworkFacts) -> nx.MultiDiGraph:
    """The MultiDiGraph of the events in ``records`` with what ``facts`` says of their actors and places.

    Event nodes also carry ``date_start`` (the earliest day it can be) and ``languages``
    (the sorted language codes of the articles that report it); countries and cities carry
    ``country_code`` and cities ``lat`` and ``lon`` when the graph has them, and an entity with
    language-tagged prefLabels ``label_tr``, ``label_en``… (the explorer's names by interface language).
    """
    kinds, langs = facts.kinds, facts.languages
    g = nx.MultiDiGraph()
    for ev in records:
        g.add_node(ev["id"], kind="event", label=f"{ev['type']} {ev['date']}", type=ev["type"], date=ev["date"],
                   date_end=ev["date_end"], precision=ev["precision"], place=ev["place"],
                   sources=[{k: s.get(k) for k in ("article", "title", "published", "sentence", "url")}
                            for s in ev["sources"]],
                   date_start=ev.get("date_start"),
                   languages=sorted({langs[s["article"]] for s in ev["sources"] if s["article"] in langs}))
        for p in ev["participants"]:
            g.add_node(p["id"], kind=kinds.get(p["id"], "person"), label=p["name"])
            g.add_edge(ev["id"], p["id"], key=p["role"], role=p["role"])
        if ev["place_id"]:
            g.add_node(ev["place_id"], kind=kinds.get(ev["place_id"], "city"), label=ev["place"])
            g.add_edge(ev["id"], ev["place_id"], key="place", role="place")
    for event, origin, label in facts.origins:  # a trip's starting place, where the text says it
        if event in g:
            if origin not in g:
                g.add_node(origin, kind=kinds.get(origin, "city"), label=label or str(origin))
            g.add_edge(event, origin, key="origin", role="origin")
    for facts_by_node in (facts.places, facts.names):
        for node, found in facts_by_node.items():
            if node in g:
                g.nodes[node].update(found)
    return g


def gephi_network(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The projection for Gephi: scalar attributes only (lists are dropped), plus time.

    An event, and each of its edges, gets ``start`` and ``end``: the first and last day it can
    have happened (ISO dates), and the event its number of ``sources``; an actor or place gets
    the first and last day of its events. Undated events and actors only in them get neither.
    """
    from .html import date_bounds

    flat = nx.MultiDiGraph()
    spans: dict[object, tuple[str, str]] = {}
    for node, attrs in g.nodes(data=True):
        scalars = {k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool)) and k not in ("start", "end")}
        if attrs.get("kind") == "event":
            _, first, last = date_bounds(attrs)
            scalars["sources"] = len(attrs.get("sources") or [])
            if first and last:
                spans[node] = (first, last)
                scalars.update(start=first, end=last)
        flat.add_node(node, **scalars)
    for u, v, k, attrs in g.edges(keys=True, data=True):
        scalars = {a: b for a, b in attrs.items() if isinstance(b, (str, int, float, bool))}
        if u in spans:
            scalars.update(start=spans[u][0], end=spans[u][1])
            start, end = flat.nodes[v].get("start"), flat.nodes[v].get("end")
            flat.nodes[v].update(start=min(start or spans[u][0], spans[u][0]), end=max(end or spans[u][1], spans[u][1]))
        flat.add_edge(u, v, key=k, **scalars)
    return flat


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """GraphML for Gephi and other tools: scalar attributes, with start/end days and source counts (see gephi_network).

    Gephi reads GraphML attributes as static columns; its Data Laboratory turns start and end
    into a time interval ("Merge columns", "Create time interval"). graph.gexf needs no such step.
    """
    text = "\n".join(nx.generate_graphml(gephi_network(g))) + "\n"
    return write_atomic(path, text)


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """GEXF 1.2 for Gephi's timeline: a dynamic graph whose nodes and edges live from start to end (days)."""
    text = "\n".join(nx.generate_gexf(gephi_network(g), version="1.2draft")) + "\n"
    return write_atomic(path, text)

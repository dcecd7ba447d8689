"""The HTML exporter on a graph built by hand: offline page, labels, tooltips, escaping, errors."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import ConfigError, OutputError
from kg.export.html import STRINGS_PATH, write_html
from kg.records import ENTITY_KINDS, EVENT_TYPES, ROLES

SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"
SENTENCE = f'Rutte met Kellogg {IMG_PAYLOAD} and said "enough" <a href=x>here</a>.'
REMOTE_ATTR = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def small_graph() -> nx.MultiDiGraph:
    """Two persons, a country, a city and two events, with XSS payloads in article text."""
    g = nx.MultiDiGraph()
    g.add_node("kg:rutte", kind="person", label="Mark Rutte")
    g.add_node("kg:kellogg", kind="person", label=f'Keith "K" {SCRIPT_PAYLOAD}')
    g.add_node("kg:tr", kind="country", label="Türkiye")
    g.add_node("kg:ankara", kind="city", label="Ankara")
    g.add_node(
        "kg:e1", kind="event", label="", type="meeting", date="2025-02-17", date_end=None, precision="day",
        place="Ankara", sources=[{"article": "a1", "title": SCRIPT_PAYLOAD, "published": "2025-02-17",
                                   "sentence": SENTENCE, "url": "https://example.org/a1"}],
    )
    g.add_node("kg:e2", kind="event", label="", type="phone_call", date="2025-02", date_end=None,
               precision="month", place=None, sources=[])
    g.add_edge("kg:e1", "kg:rutte", role="host")
    g.add_edge("kg:e1", "kg:kellogg", role="guest")
    g.add_edge("kg:e1", "kg:ankara", role="place")
    g.add_edge("kg:e2", "kg:rutte", role="party")
    g.add_edge("kg:e2", "kg:tr", role="party")
    return g


def dataset(page: str, name: str) -> list[dict[str, Any]]:
    """The nodes or edges array handed to vis.DataSet, as the browser will parse it."""
    found = re.search(rf"^\s*{name} = new vis\.DataSet\((.*)\);$", page, re.M)
    assert found, f"no {name} DataSet in page"
    return json.loads(found.group(1))


def by_label(page: str) -> dict[str, dict[str, Any]]:
    """Page nodes keyed by label."""
    return {node["label"]: node for node in dataset(page, "nodes")}


@pytest.fixture()
def page_en(tmp_path: Path) -> str:
    return write_html(small_graph(), tmp_path / "graph.html").read_text(encoding="utf-8")


def test_writes_the_file_and_returns_its_path(tmp_path: Path) -> None:
    out = write_html(small_graph(), str(tmp_path / "sub" / "graph.html"))
    assert out == tmp_path / "sub" / "graph.html"
    assert out.is_file()
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp file left behind


def test_overwrites_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    out.write_text("old", encoding="utf-8")
    write_html(small_graph(), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_page_loads_nothing_from_the_network(page_en: str) -> None:
    assert REMOTE_ATTR.findall(page_en) == []
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", page_en)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page_en, re.I)
    assert "<link" not in page_en
    assert "jsdelivr" not in page_en and "cdnjs" not in page_en


def test_vis_network_is_inlined(page_en: str) -> None:
    assert "vis-network" in page_en and "new vis.Network(" in page_en
    assert len(page_en) > 400_000  # the minified library itself, not a reference to it


@pytest.mark.parametrize(
    ("ui_lang", "meeting", "phone_call", "person"),
    [
        ("en", "Meeting · 2025-02-17", "Phone call · 2025-02", "Person"),
        ("tr", "Toplantı · 2025-02-17", "Telefon görüşmesi · 2025-02", "Kişi"),
    ],
)
def test_event_labels_and_legend_follow_ui_lang(tmp_path: Path, ui_lang: str, meeting: str, phone_call: str,
                                                person: str) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", ui_lang=ui_lang).read_text(encoding="utf-8")
    nodes = by_label(page)
    assert {meeting, phone_call, "Mark Rutte", "Türkiye", "Ankara"} <= set(nodes)
    legend = re.search(r'<aside class="kg-legend">.*?</aside>', page, re.S).group(0)
    assert meeting.split(" · ")[0] in legend and person in legend
    assert f'<html lang="{ui_lang}">' in page


@pytest.mark.parametrize(
    ("graph_date", "date_end", "label"),
    [("2025-02-17", None, "Meeting · 2025-02-17"), ("2025-02", None, "Meeting · 2025-02"),
     ("2025-02-17", "2025-02-19", "Meeting · 2025-02-17–2025-02-19"), (None, None, "Meeting")],
)
def test_event_label_shows_the_date_as_known(tmp_path: Path, graph_date: str | None, date_end: str | None,
                                             label: str) -> None:
    g = nx.MultiDiGraph()
    g.add_node("kg:e", kind="event", label="", type="meeting", date=graph_date, date_end=date_end,
               precision="window" if date_end else "day", place=None, sources=[])
    page = write_html(g, tmp_path / "g.html").read_text(encoding="utf-8")
    assert set(by_label(page)) == {label}


@pytest.mark.parametrize(
    ("ui_lang", "expected"),
    [
        ("en", ["Date: 2025-02-17", "Place: Ankara", "Participants:", "  • Mark Rutte (host)",
                f'  • Keith "K" {SCRIPT_PAYLOAD} (guest)', "Sources:", f"  “{SENTENCE}”"]),
        ("tr", ["Tarih: 2025-02-17", "Yer: Ankara", "Katılımcılar:", "  • Mark Rutte (ev sahibi)", "Kaynaklar:"]),
    ],
)
def test_event_tooltip_has_date_place_participants_and_sources(tmp_path: Path, ui_lang: str,
                                                               expected: list[str]) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", ui_lang=ui_lang).read_text(encoding="utf-8")
    meeting = next(n for n in dataset(page, "nodes") if n["label"].endswith("2025-02-17"))
    lines = meeting["kgTip"].split("\n")
    assert all(line in lines for line in expected), lines
    assert "Ankara (place)" not in meeting["kgTip"]


def test_nodes_coloured_and_shaped_by_kind_and_event_type(page_en: str) -> None:
    nodes = by_label(page_en)
    shapes = {label: nodes[label]["shape"] for label in ("Meeting · 2025-02-17", "Mark Rutte", "Türkiye", "Ankara")}
    assert shapes == {"Meeting · 2025-02-17": "box", "Mark Rutte": "dot", "Türkiye": "diamond", "Ankara": "triangle"}
    assert nodes["Meeting · 2025-02-17"]["color"] != nodes["Phone call · 2025-02"]["color"]
    assert nodes["Mark Rutte"]["color"] != nodes["Türkiye"]["color"]
    legend = re.search(r'<aside class="kg-legend">.*?</aside>', page_en, re.S).group(0)
    assert nodes["Meeting · 2025-02-17"]["color"] in legend and nodes["Türkiye"]["color"] in legend


def test_edges_carry_roles_and_place_is_dashed(page_en: str) -> None:
    edges = dataset(page_en, "edges")
    assert sorted(e["label"] for e in edges) == ["guest", "host", "party", "party", "place"]
    assert [e["dashes"] for e in edges if e["label"] == "place"] == [True]


def test_article_text_is_never_raw_html(tmp_path: Path) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", title=f'{SCRIPT_PAYLOAD}"').read_text(encoding="utf-8")
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD, SENTENCE, "<a href=x>"):
        assert payload not in page
    plain = write_html(nx.MultiDiGraph(), tmp_path / "plain.html").read_text(encoding="utf-8")
    for tag in ("<script", "</script", "<img", "<a "):  # article text adds no tag to the page
        assert page.count(tag) == plain.count(tag), tag
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;</title>" in page
    assert "popup.innerHTML" not in page  # pyvis's HTML tooltip mode ('href' in a title) stays off
    assert "textContent" in page
    meeting = by_label(page)["Meeting · 2025-02-17"]
    assert "title" not in meeting and SENTENCE in meeting["kgTip"]  # shown as text by page.js


def test_physics_stabilises_then_stops(page_en: str) -> None:
    options = json.loads(re.search(r"var options = (\{.*\});$", page_en, re.M).group(1))
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] > 0
    assert 'network.once("stabilizationIterationsDone"' in page_en
    assert "setOptions({ physics: false })" in page_en


def test_unknown_ui_lang_names_the_value_and_the_choices(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        write_html(small_graph(), tmp_path / "g.html", ui_lang="de")
    assert str(err.value) == "ui_lang 'de' is not supported; use one of: en, tr (or add it to html_strings.json)"
    assert not (tmp_path / "g.html").exists()


def test_unwritable_path_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("", encoding="utf-8")
    target = tmp_path / "afile" / "g.html"
    with pytest.raises(OutputError, match=rf"^{re.escape(str(target))}: cannot write \("):
        write_html(small_graph(), target)


STRINGS = json.loads(STRINGS_PATH.read_text(encoding="utf-8"))
LANGS = [key for key in STRINGS if not key.startswith("_")]


@pytest.mark.parametrize("lang", LANGS)
def test_strings_cover_every_kind_type_and_role(lang: str) -> None:
    strings = STRINGS[lang]
    assert set(strings["event_types"]) == set(EVENT_TYPES)
    assert set(strings["kinds"]) == {"event", *ENTITY_KINDS}
    assert set(strings["roles"]) == {*ROLES, "place"}
    assert set(strings["fields"]) >= {"date", "place", "participants", "sources"}
    assert strings.keys() == STRINGS["en"].keys()

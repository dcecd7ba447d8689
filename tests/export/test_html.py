"""The HTML explorer on graphs built by hand: offline page, labels, the page's data, escaping, errors."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import ConfigError, OutputError
from kg.export.html import STRINGS_PATH, Limits, date_bounds, load_strings, published_text, when_text, write_html
from kg.records import ENTITY_KINDS, EVENT_TYPES, ROLES
from tests.export.synthetic import synthetic_graph

SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"
SENTENCE = f'Rutte met Kellogg {IMG_PAYLOAD} and said "enough" <a href=x>here</a> & left.'
REMOTE_ATTR = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
DATA_TAG = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def small_graph() -> nx.MultiDiGraph:
    """Two persons, a country, a city and two events, with XSS payloads in article text."""
    g = nx.MultiDiGraph()
    g.add_node("kg:rutte", kind="person", label="Mark Rutte")
    g.add_node("kg:kellogg", kind="person", label=f'Keith "K" {SCRIPT_PAYLOAD}')
    g.add_node("kg:tr", kind="country", label="Türkiye")
    g.add_node("kg:ankara", kind="city", label="Ankara")
    g.add_node(
        "kg:e1", kind="event", label="", type="meeting", date="2025-02-17", date_end=None, precision="day",
        place="Ankara", languages=["tr"],
        sources=[{"article": "a1", "title": SCRIPT_PAYLOAD, "published": "2025-02-17T09:30:00+03:00",
                  "sentence": SENTENCE, "url": "https://example.org/a1"}],
    )
    g.add_node("kg:e2", kind="event", label="", type="phone_call", date="2025-02", date_end=None,
               precision="month", place=None, sources=[], languages=["en"])
    g.add_edge("kg:e1", "kg:rutte", role="host")
    g.add_edge("kg:e1", "kg:kellogg", role="guest")
    g.add_edge("kg:e1", "kg:ankara", role="place")
    g.add_edge("kg:e2", "kg:rutte", role="party")
    g.add_edge("kg:e2", "kg:tr", role="party")
    return g


def page_data(page: str) -> dict[str, Any]:
    """The JSON document the page's script reads, as the browser will parse it."""
    found = DATA_TAG.findall(page)
    assert len(found) == 1, "expected one kg-data script"
    return json.loads(found[0])


def by_label(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Events and actors of the page keyed by label."""
    return {item["label"]: item for item in data["events"] + data["actors"]}


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
    assert REMOTE_ATTR.findall(DATA_TAG.sub("", page_en)) == []
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", page_en)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page_en, re.I)
    assert "<link" not in page_en
    assert "jsdelivr" not in page_en and "cdnjs" not in page_en
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page_en).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]


def test_vis_network_is_inlined(page_en: str) -> None:
    assert "vis-network" in page_en and "new vis.Network(" in page_en
    assert len(page_en) > 400_000  # the minified library itself, not a reference to it


@pytest.mark.parametrize(
    ("ui_lang", "meeting", "phone_call", "person", "host"),
    [
        ("en", "Meeting · 2025-02-17", "Phone call · 2025-02", "Person", "host"),
        ("tr", "Toplantı · 2025-02-17", "Telefon görüşmesi · 2025-02", "Kişi", "ev sahibi"),
    ],
)
def test_labels_and_interface_follow_ui_lang(tmp_path: Path, ui_lang: str, meeting: str, phone_call: str,
                                             person: str, host: str) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", ui_lang=ui_lang).read_text(encoding="utf-8")
    data = page_data(page)
    assert [ev["label"] for ev in data["events"]] == [phone_call, meeting]  # date order
    assert {"Mark Rutte", "Türkiye", "Ankara"} <= set(by_label(data))
    assert data["strings"]["kinds"]["person"] == person and data["strings"]["roles"]["host"] == host
    assert data["lang"] == ui_lang and f'<html lang="{ui_lang}">' in page


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
    assert [ev["label"] for ev in page_data(page)["events"]] == [label]


@pytest.mark.parametrize(
    ("attrs", "bounds"),
    [
        ({"date": "2025-02-17"}, ("2025-02-17", "2025-02-17", "2025-02-17")),
        ({"date": "2024-02", "precision": "month"}, ("2024-02-01", "2024-02-01", "2024-02-29")),
        ({"date": "2025", "precision": "year"}, ("2025-01-01", "2025-01-01", "2025-12-31")),
        ({"date": "2025-02-17", "date_start": "2025-02-16", "date_end": "2025-02-17"},
         ("2025-02-17", "2025-02-16", "2025-02-17")),
        ({"date": None}, (None, None, None)),
        ({"date": "soon"}, (None, None, None)),
    ],
)
def test_date_bounds_place_and_filter_an_event(attrs: dict[str, Any], bounds: tuple) -> None:
    assert date_bounds(attrs) == bounds


@pytest.mark.parametrize(
    ("attrs", "text"),
    [
        ({"date": "2025-02-17", "precision": "day"}, "2025-02-17"),
        ({"date": "2025-02", "precision": "month"}, "2025-02 (month)"),
        ({"date": "2025-02-17", "date_start": "2025-02-16", "date_end": "2025-02-17", "precision": "window"},
         "2025-02-17 (date range 2025-02-16 – 2025-02-17)"),
        ({"date": None, "precision": "window"}, "undated"),
    ],
)
def test_panel_date_says_how_precise_it_is(attrs: dict[str, Any], text: str) -> None:
    assert when_text(attrs, load_strings("en")) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [("2025-02-17T20:20:00+03:00", "2025-02-17 20:20 +03:00"), ("2025-02-17T20:20:00Z", "2025-02-17 20:20 UTC"),
     ("2025-02-17", "2025-02-17"), (None, ""), ("yesterday", "yesterday")],
)
def test_publication_time_is_shown_without_seconds(value: str | None, text: str) -> None:
    assert published_text(value) == text


@pytest.mark.parametrize(
    ("ui_lang", "expected"),
    [
        ("en", ["Meeting · 2025-02-17", "Place: Ankara", "• Mark Rutte (host)", f'• Keith "K" {SCRIPT_PAYLOAD} (guest)',
                "1 source(s) · click for details"]),
        ("tr", ["Toplantı · 2025-02-17", "Yer: Ankara", "• Mark Rutte (ev sahibi)",
                f'• Keith "K" {SCRIPT_PAYLOAD} (konuk)', "1 kaynak · ayrıntı için tıklayın"]),
    ],
)
def test_event_tooltip_is_plain_text_with_place_and_participants(tmp_path: Path, ui_lang: str,
                                                                 expected: list[str]) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", ui_lang=ui_lang).read_text(encoding="utf-8")
    meeting = page_data(page)["events"][1]
    assert meeting["tip"].split("\n") == expected


def test_event_carries_its_provenance_for_the_side_panel(page_en: str) -> None:
    data = page_data(page_en)
    meeting, ids = data["events"][1], {a["label"]: a["id"] for a in data["actors"]}
    assert meeting["type"] == "meeting" and meeting["when"] == "2025-02-17" and meeting["langs"] == ["tr"]
    assert meeting["parts"] == [[ids["Mark Rutte"], "host"], [ids[f'Keith "K" {SCRIPT_PAYLOAD}'], "guest"]]
    assert meeting["place"] == "Ankara" and meeting["placeId"] == ids["Ankara"]
    assert meeting["sources"] == [{"article": "a1", "title": SCRIPT_PAYLOAD, "published": "2025-02-17 09:30 +03:00",
                                   "sentence": SENTENCE, "url": "https://example.org/a1"}]
    phone = data["events"][0]
    assert phone["when"] == "2025-02 (month)" and (phone["start"], phone["end"]) == ("2025-02-01", "2025-02-28")
    assert data["languages"] == ["en", "tr"]


def test_nodes_coloured_and_shaped_by_kind_and_event_type(page_en: str) -> None:
    data = page_data(page_en)
    assert data["types"] == ["meeting", "phone_call"]
    assert data["kinds"] == ["event", "person", "country", "city"]
    shapes = {kind: data["kindStyles"][kind]["shape"] for kind in data["kinds"]}
    assert shapes == {"event": "box", "person": "dot", "country": "diamond", "city": "triangle"}
    assert data["typeColours"]["meeting"] != data["typeColours"]["phone_call"]
    assert data["kindStyles"]["person"]["colour"] != data["kindStyles"]["country"]["colour"]


def test_article_text_is_never_raw_html(tmp_path: Path) -> None:
    page = write_html(small_graph(), tmp_path / "g.html", title=f'{SCRIPT_PAYLOAD}"').read_text(encoding="utf-8")
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD, SENTENCE, "<a href=x>", "& left"):
        assert payload not in page
    plain = write_html(nx.MultiDiGraph(), tmp_path / "plain.html").read_text(encoding="utf-8")
    for tag in ("<script", "</script", "<img", "<a "):  # article text adds no tag to the page
        assert page.count(tag) == plain.count(tag), tag
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;</title>" in page
    assert "\\u003cscript\\u003e" in DATA_TAG.search(page).group(1)
    assert "innerHTML" not in page.split('id="kg-data"')[1].split("</script>", 2)[2]  # the page's own script
    assert by_label(page_data(page))["Meeting · 2025-02-17"]["sources"][0]["sentence"] == SENTENCE


@pytest.mark.parametrize(
    ("limits", "fixed", "summary"),
    [(Limits(), False, False), (Limits(physics=3, summary=100), True, False), (Limits(physics=3, summary=5), True, True)],
)
def test_size_decides_layout_and_default_view(tmp_path: Path, limits: Limits, fixed: bool, summary: bool) -> None:
    data = page_data(write_html(small_graph(), tmp_path / "g.html", limits=limits).read_text(encoding="utf-8"))
    assert (data["view"]["fixed"], data["view"]["summary"], data["view"]["nodes"]) == (fixed, summary, 6)
    assert all(("x" in item) == fixed for item in data["events"] + data["actors"])
    assert data["options"]["physics"]["enabled"] is not fixed


def test_big_graphs_are_laid_out_by_date_in_python(tmp_path: Path) -> None:
    g = synthetic_graph(1500, seed=3)
    first = page_data(write_html(g, tmp_path / "a.html").read_text(encoding="utf-8"))
    again = page_data(write_html(g, tmp_path / "b.html").read_text(encoding="utf-8"))
    assert first["view"]["fixed"] and first == again  # deterministic
    events = first["events"]
    columns = [ev["x"] for ev in events]
    assert columns == sorted(columns) and [ev["day"] for ev in events] == sorted(ev["day"] for ev in events)
    points = [(item["x"], item["y"]) for item in events + first["actors"]]
    assert len(set(points)) == len(points)  # no two nodes on the same spot
    top = {a["kind"] for a in first["actors"] if a["y"] < min(ev["y"] for ev in events)}
    assert top == {"person", "organisation"}


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


def _keys(tree: dict[str, Any], prefix: str = "") -> set[str]:
    """Every key path of a nested dict, e.g. 'ui.filters'."""
    out = set()
    for key, value in tree.items():
        out.add(prefix + key)
        if isinstance(value, dict):
            out |= _keys(value, f"{prefix}{key}.")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_strings_cover_every_kind_type_role_and_key(lang: str) -> None:
    strings = STRINGS[lang]
    assert set(strings["event_types"]) == set(EVENT_TYPES)
    assert set(strings["kinds"]) == {"event", *ENTITY_KINDS}
    assert set(strings["roles"]) == {*ROLES, "place", "origin"}
    assert set(strings["fields"]) >= {"date", "place", "participants", "sources"}
    assert _keys(strings) == _keys(STRINGS["en"])


def test_places_bring_the_world_map_with_iso_codes(tmp_path: Path) -> None:
    g = small_graph()
    g.nodes["kg:tr"]["country_code"] = "TR"
    g.nodes["kg:ankara"].update(country_code="TR", lat=39.92, lon=32.85)
    data = page_data(write_html(g, tmp_path / "g.html").read_text(encoding="utf-8"))
    ankara = by_label(data)["Ankara"]
    assert (ankara["code"], ankara["lat"], ankara["lon"]) == ("TR", 39.92, 32.85)
    world = data["world"]
    geometries = world["topology"]["objects"]["countries"]["geometries"]
    assert len(world["codes"]) == len(geometries) == 177
    names = {geometry["properties"]["name"]: code for geometry, code in zip(geometries, world["codes"])}
    assert (names["Turkey"], names["France"], names["Kosovo"], names["N. Cyprus"]) == ("TR", "FR", "XK", None)
    assert page_data(write_html(small_graph(), tmp_path / "plain.html").read_text(encoding="utf-8"))["world"] is None


def test_world_map_data_says_where_it_comes_from() -> None:
    from kg.export.html import WORLD

    source = (WORLD.parent / "SOURCE.md").read_text(encoding="utf-8")
    assert "world-atlas 2.0.2" in source and "ISC" in source and "Natural Earth" in source
    assert "Michael Bostock" in (WORLD.parent / "LICENSE").read_text(encoding="utf-8")


def test_event_types_carry_their_cameo_and_plover_codes_from_the_ontology(page_en: str) -> None:
    codes = page_data(page_en)["codes"]
    assert set(codes) == {"meeting", "phone_call"}  # the types the graph has
    assert codes["phone_call"] == [["CAMEO", "041", "Discuss by telephone"], ["PLOVER", "CONSULT/phone", "Consult: by telephone"]]
    assert ["CAMEO", "044", "Meet at a third location"] in codes["meeting"]


@pytest.mark.parametrize(("ui_lang", "label", "alt"), [("tr", "Amerika Birleşik Devletleri", "United States"),
                                                      ("en", "United States", None)])
def test_countries_are_named_in_the_interface_language(tmp_path: Path, ui_lang: str, label: str, alt: str | None) -> None:
    g = small_graph()
    g.add_node("kg:us", kind="country", label="United States", country_code="US",
               label_en="United States", label_tr="Amerika Birleşik Devletleri")  # as to_networkx reads prefLabels
    g.add_edge("kg:e2", "kg:us", role="party")
    data = page_data(write_html(g, tmp_path / "g.html", ui_lang=ui_lang).read_text(encoding="utf-8"))
    us = next(a for a in data["actors"] if a["iri"] == "kg:us")
    assert (us["label"], us.get("alt")) == (label, alt)
    assert by_label(data)["Türkiye"].get("alt") is None  # no name by language in the graph: its one name


@pytest.mark.parametrize("data", [
    {"events": [{"id": "e1", "label": "a < b & c > d", "n": [1, 2.5, None, True]}, {}], "actors": [], "x": {}},
    {"view": {"nodes": 3, "fixed": False}, "events": [[], [1], {"k": "Türkçe ‘quote’ \u2028"}]},
    {"ids": {1: "int keys are dumped whole"}, "nested": {"a": {"b": {"c": [1, {"d": "</script>"}]}}}},
    [], {}, "just a string", [{"a": 1}, [2, [3]]],
])
def test_the_page_data_written_in_pieces_is_the_one_shot_json(data):
    from kg.export.html import script_json, script_json_pieces

    whole = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    expected = whole.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    assert script_json(data) == expected
    assert "".join(script_json_pieces(data, depth=5)) == expected
    assert json.loads(expected) == json.loads(json.dumps(data))

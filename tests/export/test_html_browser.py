"""The explorer in a real, offline Chromium: it draws, filters, shows provenance, runs no payload, scales.

Needs the ``playwright`` package and Debian's ``chromium`` (see conftest.py); every test here
is marked ``browser``. Screenshots go to output/screenshots/ (or KG_SHOTS_DIR).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export.html import Limits, write_html
from tests.export.synthetic import synthetic_graph

pytestmark = pytest.mark.browser

XSS_TITLE = "<script>window.__xss=1</script>"
XSS_SENTENCE = 'Rutte met Kellogg <img src=x onerror="window.__xss=1"> "today".'
XSS_NAME = 'Keith <img src=x onerror="window.__xss=1"> Kellogg'
SCALE_NODES = 5000
SCALE_MS = 3000  # issue 18's budget: first paint and ready within 3 s on two cores (the page's own clock)


def payload_graph() -> nx.MultiDiGraph:
    """Three events around two people, a country and a city; article text carries XSS payloads."""
    g = nx.MultiDiGraph()
    g.add_node("kg:rutte", kind="person", label="Mark Rutte")
    g.add_node("kg:kellogg", kind="person", label=XSS_NAME)
    g.add_node("kg:tr", kind="country", label="Türkiye", country_code="TR")
    g.add_node("kg:ankara", kind="city", label="Ankara", country_code="TR", lat=39.91987, lon=32.85427)
    g.add_node(
        "kg:e1", kind="event", label="", type="meeting", date="2025-02-17", date_end=None, precision="day",
        place="Ankara", languages=["tr"],
        sources=[{"article": "a1", "title": XSS_TITLE, "published": "2025-02-17T09:30:00+03:00",
                  "sentence": XSS_SENTENCE, "url": "javascript:window.__xss=1"},
                 {"article": "a2", "title": "Rutte hosts Kellogg", "published": "2025-02-18T10:00:00Z",
                  "sentence": "Rutte hosted Kellogg in Ankara.", "url": "https://example.org/a2"}],
    )
    g.add_node("kg:e2", kind="event", label="", type="phone_call", date="2025-02", date_end=None,
               precision="month", place=None, sources=[], languages=["en"])
    g.add_node("kg:e3", kind="event", label="", type="statement", date="2025-03-05", date_end=None,
               precision="day", place=None, languages=["tr"],
               sources=[{"article": "a3", "title": "Rutte speaks", "published": "2025-03-05", "sentence": "Rutte said.",
                         "url": None}])
    g.add_edge("kg:e1", "kg:rutte", role="host")
    g.add_edge("kg:e1", "kg:kellogg", role="guest")
    g.add_edge("kg:e1", "kg:ankara", role="place")
    g.add_edge("kg:e2", "kg:rutte", role="party")
    g.add_edge("kg:e2", "kg:tr", role="party")
    g.add_edge("kg:e3", "kg:rutte", role="speaker")
    return g


CANVAS_STATS = """() => {
  const canvas = document.querySelector('#kg-network canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set();
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0) { painted++; colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]); }
  }
  return {painted: painted, colours: colours.size};
}"""
NODE_POINT = """(label) => {
  const x = kgExplorer, id = x.items.find((item) => item.label === label).id;
  const p = x.network.canvasToDOM(x.network.getPositions([id])[id]);
  const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""
# Resolves once the view (its centre and scale) has not moved for 20 frames in a row (or after 3 s), so that a
# node's point is not read in the middle of a centring animation (which starts two frames later).
VIEW_STILL = """() => new Promise((done) => {
  const net = kgExplorer.network;
  let last = '', same = 0;
  const look = () => {
    const p = net.getViewPosition(), now = [p.x, p.y, net.getScale()].join();
    same = now === last ? same + 1 : 0;
    last = now;
    if (same >= 20 || performance.now() - began > 3000) done(same >= 20); else requestAnimationFrame(look);
  };
  const began = performance.now();
  requestAnimationFrame(look);
})"""
DRAWN = "() => kgExplorer.network.body.data.nodes.get().map((n) => n.label).sort()"
PANEL_TEXTS = "(sel) => Array.from(document.querySelectorAll('#kg-panel ' + sel)).map((e) => e.textContent)"


def shoot_views(page: Any, shot: Any, prefix: str, *, other_view: bool = True) -> None:
    """Screenshots of every view (the graph as opened, the table, the map, the other graph view); nothing runs."""
    shot(page, f"{prefix}-graph")
    page.click(".kg-table-toggle")
    shot(page, f"{prefix}-table")
    page.click(".kg-table-toggle")
    if page.locator("button[data-mode=map]").count():
        page.click("button[data-mode=map]")
        shot(page, f"{prefix}-map")
    if other_view:
        other = "full" if page.evaluate("kgExplorer.mode") == "summary" else "summary"
        page.click(f"button[data-mode={other}]")
        page.wait_for_function("(mode) => !document.querySelector(`button[data-mode=${mode}]`).disabled", arg=other)
        shot(page, f"{prefix}-{other}")
    assert page.evaluate("typeof window.__xss") == "undefined" and page.locator("img").count() == 0


def click_node(page: Any, label: str) -> None:
    page.evaluate(VIEW_STILL)
    point = page.evaluate(NODE_POINT, label)
    page.mouse.click(point["x"], point["y"])


def drawn(page: Any) -> list[str]:
    return page.evaluate(DRAWN)


@pytest.fixture()
def payload_page(tmp_path: Path, open_page: Any) -> Any:
    return open_page(write_html(payload_graph(), tmp_path / "graph.html"))


def test_page_draws_offline_without_errors_or_xss(payload_page: Any, shot: Any) -> None:
    page = payload_page.page
    page.wait_for_function(f"() => ({CANVAS_STATS})().painted > 1000", timeout=15_000)
    stats = page.evaluate(CANVAS_STATS)
    assert stats["painted"] > 1000 and stats["colours"] > 5, stats
    assert page.evaluate("kgExplorer.network.physics.options.enabled") is False  # laid out, then still

    point = page.evaluate(NODE_POINT, "Meeting · 2025-02-17")
    page.mouse.move(point["x"], point["y"])
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert f"• {XSS_NAME} (guest)" in tooltip.inner_text()
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#kg-panel .kg-sentence")
    assert XSS_SENTENCE in page.evaluate(PANEL_TEXTS, ".kg-sentence")
    assert XSS_TITLE in page.evaluate(PANEL_TEXTS, ".kg-source-title")
    assert page.locator("img, #kg-panel script, div.vis-tooltip script").count() == 0
    assert page.locator('a[href^="javascript"]').count() == 0  # a javascript: URL is shown, not linked
    shot(page, "explorer-xss-event-panel")
    shoot_views(page, shot, "explorer-xss")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert payload_page.clean(), (payload_page.errors, payload_page.requests, payload_page.dialogs)


def test_filtering_by_a_type_hides_the_others(payload_page: Any) -> None:
    page = payload_page.page
    assert drawn(page) == sorted(["Ankara", "Mark Rutte", XSS_NAME, "Türkiye", "Meeting · 2025-02-17",
                                  "Phone call · 2025-02", "Statement · 2025-03-05"])
    page.click('input[data-type="phone_call"]')
    page.click('input[data-type="statement"]')
    assert drawn(page) == sorted(["Ankara", "Mark Rutte", XSS_NAME, "Meeting · 2025-02-17"])  # Türkiye only phoned
    assert page.text_content(".kg-status") == "1 of 3 events shown"
    assert page.evaluate("Array.from(kgExplorer.timeline.shownAll).reduce((a, b) => a + b, 0)") == 1
    page.click(".kg-all-none >> text=none")
    assert drawn(page) == []
    page.click(".kg-all-none >> text=all")
    assert len(drawn(page)) == 7
    assert payload_page.clean()


def test_clicking_an_event_shows_its_sources_and_participants(payload_page: Any) -> None:
    page = payload_page.page
    click_node(page, "Meeting · 2025-02-17")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.text_content("#kg-panel h2") == "Meeting · 2025-02-17"
    fields = dict(zip(page.evaluate(PANEL_TEXTS, "dt"), page.evaluate(PANEL_TEXTS, "dd")))
    assert fields == {"Type": "Meeting", "Date": "2025-02-17", "Place": "Ankara", "Languages": "Turkish",
                      "Codes": "CAMEO 040 ConsultCAMEO 044 Meet at a third locationPLOVER CONSULT/meet Consult: meet at a third location"}
    assert page.evaluate(PANEL_TEXTS, ".kg-codes code") == ["CAMEO 040", "CAMEO 044", "PLOVER CONSULT/meet"]
    assert page.evaluate(PANEL_TEXTS, ".kg-participants .kg-link") == ["Mark Rutte", XSS_NAME]
    assert page.evaluate(PANEL_TEXTS, ".kg-participants .kg-role") == ["host", "guest"]
    assert page.evaluate(PANEL_TEXTS, ".kg-sentence") == [XSS_SENTENCE, "Rutte hosted Kellogg in Ankara."]
    assert page.evaluate(PANEL_TEXTS, ".kg-source-meta") == ["2025-02-17 09:30 +03:00 · a1", "javascript:window.__xss=1",
                                                             "2025-02-18 10:00 UTC · a2"]
    assert page.get_attribute("#kg-panel a", "href") == "https://example.org/a2"
    assert page.evaluate("kgExplorer.timeline.marks.length") == 1  # the strip marks the event's day


def test_clicking_an_actor_lists_its_events_in_date_order_and_over_time(payload_page: Any, shot: Any) -> None:
    page = payload_page.page
    click_node(page, "Mark Rutte")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.text_content("#kg-panel h2") == "Mark Rutte"
    assert page.evaluate(PANEL_TEXTS, ".kg-event-list .kg-link") == [
        "Phone call · 2025-02", "Meeting · 2025-02-17", "Statement · 2025-03-05"]
    assert page.evaluate(PANEL_TEXTS, ".kg-event-list .kg-role") == ["party", "host", "speaker"]
    rows = page.evaluate("Array.from(document.querySelectorAll('.kg-ego-row'), (r) => [r.querySelector('.kg-ego-name').textContent, r.querySelectorAll('.kg-ego-mark').length])")
    assert rows == [["Mark Rutte", 3], [XSS_NAME, 1], ["Türkiye", 1]]  # the ego view: its events, then co-participants
    lefts = page.evaluate("Array.from(document.querySelectorAll('.kg-ego-row:first-of-type .kg-ego-mark'), (m) => parseFloat(m.style.left))")
    assert lefts == [0.0, pytest.approx(100 * 16 / 32), 100.0]  # 1 Feb (the month's first day), 17 Feb, 5 Mar
    shot(page, "explorer-xss-ego")
    turkiye = page.evaluate("kgExplorer.items.find((i) => i.label === 'Türkiye').id")
    page.click(f".kg-ego-row[data-id='{turkiye}'] .kg-ego-mark")
    assert page.text_content("#kg-panel h2") == "Phone call · 2025-02"
    click_node(page, "Mark Rutte")
    page.click("#kg-panel .kg-event-list >> text=Statement · 2025-03-05")
    assert page.text_content("#kg-panel h2") == "Statement · 2025-03-05"
    assert page.evaluate(PANEL_TEXTS, ".kg-source-title") == ["Rutte speaks"]
    assert payload_page.clean()


def test_timeline_dates_language_and_search_filter_together(payload_page: Any) -> None:
    page = payload_page.page
    point = page.evaluate("kgExplorer.timeline.pointOf('2025-03-05')")
    page.mouse.click(point["x"], point["y"])  # one bar of the strip: that day
    assert page.input_value(".kg-dates input >> nth=0") == "2025-03-05"
    assert [label for label in drawn(page) if "·" in label] == ["Statement · 2025-03-05"]
    page.dblclick(".kg-timeline-canvas")
    page.fill(".kg-dates input >> nth=0", "2025-02-10")
    page.fill(".kg-dates input >> nth=1", "2025-02-20")
    page.dispatch_event(".kg-dates input >> nth=1", "change")
    assert [label for label in drawn(page) if "·" in label] == ["Meeting · 2025-02-17", "Phone call · 2025-02"]
    page.select_option(".kg-language select", "en")
    assert [label for label in drawn(page) if "·" in label] == ["Phone call · 2025-02"]
    page.click("text=Reset filters")
    page.fill(".kg-actors input", "TURKIYE")  # case and accents do not matter
    page.wait_for_function("() => kgExplorer.filters.query === 'TURKIYE' && kgExplorer.network.body.data.nodes.length === 3")
    assert drawn(page) == ["Mark Rutte", "Phone call · 2025-02", "Türkiye"]
    assert page.evaluate("Array.from(document.querySelectorAll('.kg-matches .kg-link')).map((e) => e.textContent)") == ["Türkiye"]
    assert payload_page.clean()


def test_turkish_interface(tmp_path: Path, open_page: Any) -> None:
    graph = payload_graph()
    graph.add_node("kg:us", kind="country", label="United States", country_code="US", label_tr="Amerika Birleşik Devletleri")
    graph.add_edge("kg:e3", "kg:us", role="speaker")
    opened = open_page(write_html(graph, tmp_path / "tr.html", ui_lang="tr"))
    page = opened.page
    assert "Amerika Birleşik Devletleri" in drawn(page)  # a country in the interface language
    page.fill(".kg-actors input", "united states")  # found by the graph's name too, and focused
    page.wait_for_function("() => kgExplorer.selected !== null && document.querySelector('#kg-panel h2')")
    assert page.text_content("#kg-panel h2") == "Amerika Birleşik Devletleri"
    assert "United States" in page.evaluate(PANEL_TEXTS, "dd")
    page.click("text=Süzgeçleri temizle")
    page.keyboard.press("Escape")
    assert "Toplantı · 2025-02-17" in drawn(page) and "Telefon görüşmesi · 2025-02" in drawn(page)
    assert "Kişi" in page.text_content(".kg-kinds") and "Toplantı" in page.text_content(".kg-types")
    click_node(page, "Toplantı · 2025-02-17")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.evaluate(PANEL_TEXTS, "dt") == ["Tür", "Tarih", "Yer", "Diller", "Kodlar"]
    assert page.evaluate(PANEL_TEXTS, ".kg-participants .kg-role") == ["ev sahibi", "konuk"]
    assert page.text_content(".kg-status") == "3 olaydan 3 tanesi gösteriliyor"
    assert opened.clean()


def test_summary_view_joins_actors_by_shared_events(tmp_path: Path, open_page: Any, shot: Any) -> None:
    opened = open_page(write_html(payload_graph(), tmp_path / "sum.html", limits=Limits(physics=3, summary=5)))
    page = opened.page
    assert page.is_visible("#kg-note") and "7 nodes" in page.text_content("#kg-note")
    assert drawn(page) == sorted(["Mark Rutte", XSS_NAME, "Türkiye"])  # actors only; Ankara is only a place
    weights = page.evaluate("kgExplorer.network.body.data.edges.get().map((e) => [e.value, e.title])")
    assert sorted(weights) == [[1, f"{XSS_NAME} — Mark Rutte: 1 shared event(s)"], [1, "Mark Rutte — Türkiye: 1 shared event(s)"]]
    click_node(page, "Mark Rutte")
    assert page.evaluate(PANEL_TEXTS, ".kg-event-list .kg-link")[0] == "Phone call · 2025-02"
    page.click('input[data-type="phone_call"]')
    assert drawn(page) == sorted(["Mark Rutte", XSS_NAME])  # the summary follows the filters
    page.click("button[data-mode=full]")
    page.wait_for_function("() => kgExplorer.mode === 'full' && kgExplorer.network.body.data.nodes.length === 5")
    assert "Meeting · 2025-02-17" in drawn(page)
    shot(page, "explorer-small-full")
    assert opened.clean()


def test_built_seed_page_draws_offline(tmp_path: Path, extractor: Any, open_page: Any, shot: Any) -> None:
    """The page `kg build` writes for the example article draws with the network blocked."""
    import kg
    from tests.conftest import SEED

    kg.build([SEED], extractor=extractor).write(tmp_path)
    opened = open_page(tmp_path / "graph.html")
    page = opened.page
    page.wait_for_function(f"() => ({CANVAS_STATS})().painted > 1000", timeout=15_000)
    stats = page.evaluate(CANVAS_STATS)
    labels = drawn(page)
    assert stats["painted"] > 1000 and stats["colours"] > 5, stats
    assert "Travel · 2025-02-17" in labels and "Mark Rutte" in labels
    click_node(page, "Travel · 2025-02-17")
    page.wait_for_selector("#kg-panel .kg-sentence")
    fields = dict(zip(page.evaluate(PANEL_TEXTS, "dt"), page.evaluate(PANEL_TEXTS, "dd")))
    assert fields["Languages"] == "Turkish"  # the article's language reached the page
    assert fields["Codes"].startswith("CAMEO 042 Make a visit")  # and the ontology's crosswalk
    page.click("button[data-mode=map]")  # Rutte met Kellogg in Brussels, then left for Paris: one arrow
    assert page.evaluate("kgExplorer.map.drawn.trips") == 1
    page.click('input[data-type="travel"]')  # the arrows follow the filters
    assert page.evaluate("kgExplorer.map.drawn.trips") == 0
    page.click('input[data-type="travel"]')
    page.click("button[data-mode=full]")
    shoot_views(page, shot, "explorer-15")
    assert opened.clean()


@pytest.mark.parametrize("view", ["summary", "full"])
def test_5000_node_page_is_interactive_within_3_seconds(tmp_path: Path, open_page: Any, shot: Any, view: str) -> None:
    """First paint and ready (laid out and drawn) on the page's own clock, then a click and a filter.

    The clock is performance.now() in the page, from navigation start; a loaded machine gets one more try.
    """
    import time

    limits = Limits() if view == "summary" else Limits(summary=10 * SCALE_NODES)
    path = write_html(synthetic_graph(SCALE_NODES), tmp_path / f"{view}.html", limits=limits)
    for attempt in (1, 2):
        opened = open_page(path, timeout_ms=30_000)
        page = opened.page
        painted, ready = page.evaluate("[kgExplorer.paintedAt, kgExplorer.readyAt]")
        print(f"{SCALE_NODES} nodes, {view} view, try {attempt}: first paint {painted / 1000:.2f} s, "
              f"ready {ready / 1000:.2f} s on the page's clock ({opened.seconds:.2f} s from goto)")
        if ready < SCALE_MS:
            break
    assert painted <= ready < SCALE_MS
    assert page.evaluate("kgExplorer.mode") == view
    assert page.evaluate("kgExplorer.focusId") is not None  # too big to fit readably: opened on the busiest part
    assert "most connected part" in page.text_content("#kg-note")
    start = time.perf_counter()
    click_node(page, page.evaluate("kgExplorer.items[kgExplorer.focusId].label"))
    page.wait_for_selector("#kg-panel:not([hidden])", timeout=5_000)
    page.click('input[data-type="meeting"]')
    page.wait_for_function("() => !kgExplorer.filters.types.has('meeting')")
    print(f"click + filter: {time.perf_counter() - start:.2f} s")
    assert time.perf_counter() - start < 3.0
    if view == "summary":
        shoot_views(page, shot, "explorer-5000", other_view=False)  # the full view is the other test's
    else:
        shot(page, "explorer-5000-full")
    assert opened.clean(), opened.errors


LABELS = """() => {
  const x = kgExplorer, net = x.network, scale = net.getScale(), box = net.canvas.frame.getBoundingClientRect();
  return net.body.data.nodes.getIds().map((id) => {
    const node = net.body.nodes[id], p = net.canvasToDOM({x: node.x, y: node.y});
    return {id, label: node.options.label, degree: x.degree[id], px: node.labelModule.fontOptions.size * scale,
            drawn: node.labelModule.visible(), inside: p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height,
            hidden: x.hidden[x.mode].has(id), box: node.labelModule.size, event: id < x.nEvents};
  });
}"""


def test_150_nodes_open_with_the_top_labels_readable(tmp_path: Path, open_page: Any, shot: Any) -> None:
    """Labels sized by degree: the first view shows the best-connected actors at 11 px or more, hides illegible ones."""
    opened = open_page(write_html(synthetic_graph(150), tmp_path / "g150.html"))
    page = opened.page
    labels = page.evaluate(LABELS)
    actors = sorted((n for n in labels if n["id"] >= page.evaluate("kgExplorer.nEvents")), key=lambda n: -n["degree"])
    for top in actors[:3] if page.evaluate("kgExplorer.focusId") is None else actors[:1]:
        assert top["drawn"] and top["inside"] and top["px"] >= 11, top
    assert any(not n["drawn"] for n in labels)  # level of detail: the smallest labels wait for a closer zoom
    assert all(n["px"] >= 7 for n in labels if n["drawn"])
    page.wait_for_function("() => kgExplorer.hidden.full.size > 0")  # the overlap pass ran after the first view
    shot(page, "explorer-150-first-view")
    assert not any(n["hidden"] for n in page.evaluate(LABELS) if n["id"] in [a["id"] for a in actors[:3]])
    shown = [n["box"] for n in page.evaluate(LABELS) if n["drawn"] and not n["hidden"] and not n["event"]]
    overlaps = [(a, b) for i, a in enumerate(shown) for b in shown[i + 1:]
                if a["left"] < b["left"] + b["width"] and b["left"] < a["left"] + a["width"]
                and a["top"] < b["top"] + b["height"] and b["top"] < a["top"] + a["height"]]
    assert overlaps == [] and len(shown) >= 3  # actor labels left showing never overlap; the top three stay
    hidden = next(n for n in labels if not n["drawn"])
    page.evaluate("(id) => kgExplorer.network.moveTo({position: kgExplorer.network.getPositions([id])[id], scale: 1.5})",
                  hidden["id"])
    assert next(n for n in page.evaluate(LABELS) if n["id"] == hidden["id"])["drawn"]  # zoomed in, it reads
    page.click("text=Fit all")
    assert all(n["inside"] for n in page.evaluate(LABELS))
    shoot_views(page, shot, "explorer-150")  # -graph: after "Fit all"
    assert opened.clean()


def test_side_panel_shrinks_the_canvas_instead_of_covering_it(payload_page: Any) -> None:
    page = payload_page.page
    width = page.evaluate("document.querySelector('#kg-network canvas').getBoundingClientRect().width")
    scale = page.evaluate("kgExplorer.network.getScale()")
    click_node(page, "Mark Rutte")
    page.wait_for_selector("#kg-panel:not([hidden])")
    page.wait_for_function(f"() => document.querySelector('#kg-network canvas').getBoundingClientRect().width < {width}")
    canvas = page.evaluate("document.querySelector('#kg-network canvas').getBoundingClientRect().right")
    panel = page.evaluate("document.getElementById('kg-panel').getBoundingClientRect().left")
    assert canvas <= panel + 1
    assert page.evaluate("kgExplorer.network.getScale()") == pytest.approx(scale)  # labels keep their size
    page.wait_for_function(f"() => ({LABELS})().every((n) => n.inside)")  # the view keeps what it showed


ROWS = "() => Array.from(document.querySelectorAll('#kg-table tbody tr')).map((tr) => Array.from(tr.cells, (td) => td.textContent))"


def test_event_table_follows_filters_sorts_and_selects(payload_page: Any, shot: Any) -> None:
    page = payload_page.page
    assert page.is_hidden("#kg-table")
    page.click(".kg-table-toggle")
    assert page.evaluate(ROWS) == [
        ["2025-02 (month)", "Phone call", "Mark Rutte; Türkiye", "", "en", "0"],
        ["2025-02-17", "Meeting", f"Mark Rutte; {XSS_NAME}", "Ankara", "tr", "2"],
        ["2025-03-05", "Statement", "Mark Rutte", "", "tr", "1"],
    ]
    page.click("#kg-table th[data-key=sources] button")
    assert [row[5] for row in page.evaluate(ROWS)] == ["0", "1", "2"]
    page.click("#kg-table th[data-key=sources] button")
    assert [row[5] for row in page.evaluate(ROWS)] == ["2", "1", "0"]
    assert page.get_attribute("#kg-table th[data-key=sources]", "aria-sort") == "descending"
    page.click("#kg-table tbody tr >> text=Statement")  # a row selects its event in the graph
    assert page.text_content("#kg-panel h2") == "Statement · 2025-03-05"
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [page.evaluate(
        "kgExplorer.items.find((i) => i.label === 'Statement · 2025-03-05').id")]
    click_node(page, "Meeting · 2025-02-17")  # and the graph's selection marks its row
    page.wait_for_function("() => document.querySelector('#kg-table tr.kg-selected td:nth-child(2)').textContent === 'Meeting'")
    page.click('input[data-type="statement"]')
    assert [row[1] for row in page.evaluate(ROWS)] == ["Meeting", "Phone call"]
    assert page.text_content(".kg-table-head strong") == "Events (2)"
    shot(page, "explorer-xss-table")
    assert payload_page.clean(), (payload_page.errors, payload_page.requests)


def test_csv_export_holds_the_filtered_rows(payload_page: Any) -> None:
    import csv
    import io

    page = payload_page.page
    page.click(".kg-table-toggle")
    page.select_option(".kg-language select", "tr")
    with page.expect_download() as download:
        page.click("text=Export CSV")
    assert download.value.suggested_filename == "events.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["date", "start", "end", "type", "participants", "place", "languages", "sources", "label"],
        ["2025-02-17", "2025-02-17", "2025-02-17", "meeting", f"Mark Rutte; {XSS_NAME}", "Ankara", "tr", "2",
         "Meeting · 2025-02-17"],
        ["2025-03-05", "2025-03-05", "2025-03-05", "statement", "Mark Rutte", "", "tr", "1", "Statement · 2025-03-05"],
    ]
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.evaluate("kgExplorer.items.find((i) => i.label === 'Mark Rutte').label = '=HYPERLINK(\"x\")'")
    assert "\"'=HYPERLINK(\"\"x\"\")\"" in page.evaluate("kgExplorer.table.csv()")  # never read as a formula
    assert payload_page.clean(), (payload_page.errors, payload_page.requests)


COUNTS = "() => Object.fromEntries(Array.from(document.querySelectorAll('.kg-types .kg-count'), (s) => [s.dataset.type, +s.textContent]))"
LANG_OPTIONS = "() => Array.from(document.querySelectorAll('.kg-language option'), (o) => o.textContent)"


def test_counts_follow_the_other_filters(payload_page: Any) -> None:
    page = payload_page.page
    assert page.evaluate(COUNTS) == {"meeting": 1, "phone_call": 1, "statement": 1}
    assert page.evaluate(LANG_OPTIONS) == ["Any language", "English (1)", "Turkish (2)"]
    page.fill(".kg-dates input >> nth=0", "2025-02-10")
    page.fill(".kg-dates input >> nth=1", "2025-02-20")
    page.dispatch_event(".kg-dates input >> nth=1", "change")
    assert page.evaluate(COUNTS) == {"meeting": 1, "phone_call": 1, "statement": 0}
    assert page.evaluate(LANG_OPTIONS)[1:] == ["English (1)", "Turkish (1)"]
    page.click('input[data-type="phone_call"]')  # a type's own box does not change its count, only the others'
    assert page.evaluate(COUNTS)["phone_call"] == 1
    assert page.evaluate(LANG_OPTIONS)[1:] == ["English (0)", "Turkish (1)"]
    page.click("text=Reset filters")
    page.fill(".kg-actors input", "turkiye")
    page.wait_for_function(f"() => ({COUNTS})().meeting === 0")
    assert page.evaluate(COUNTS) == {"meeting": 0, "phone_call": 1, "statement": 0}
    assert payload_page.clean()


CENTRE_OFFSET = """(id) => {
  const net = kgExplorer.network, p = net.canvasToDOM(net.getPositions([id])[id]), box = net.canvas.frame;
  return Math.hypot(p.x - box.clientWidth / 2, p.y - box.clientHeight / 2);
}"""


def test_search_centres_the_actor_and_expand_adds_neighbours(payload_page: Any, shot: Any) -> None:
    page = payload_page.page
    kellogg = page.evaluate(f"kgExplorer.items.find((i) => i.label === {XSS_NAME!r}).id")
    page.fill(".kg-actors input", "kellogg")  # one actor matches: it is selected and centred
    page.wait_for_function("(id) => kgExplorer.selected === id", arg=kellogg)
    assert page.text_content("#kg-panel h2") == XSS_NAME
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [kellogg]
    page.wait_for_function(f"(id) => ({CENTRE_OFFSET})(id) < 30", arg=kellogg, timeout=5_000)
    assert drawn(page) == sorted(["Ankara", "Mark Rutte", XSS_NAME, "Meeting · 2025-02-17"])
    click_node(page, "Mark Rutte")
    page.click("#kg-panel .kg-expand")  # Rutte's events and co-participants join Kellogg's
    assert drawn(page) == sorted(["Ankara", "Mark Rutte", XSS_NAME, "Türkiye", "Meeting · 2025-02-17",
                                  "Phone call · 2025-02", "Statement · 2025-03-05"])
    assert page.input_value(".kg-actors input") == f"{XSS_NAME} + Mark Rutte"
    assert page.evaluate("kgExplorer.selected") == page.evaluate("kgExplorer.items.find((i) => i.label === 'Mark Rutte').id")
    shot(page, "explorer-xss-search-expand")
    page.fill(".kg-actors input", "a")  # several match: nothing is chosen until Enter
    page.press(".kg-actors input", "Enter")
    first = page.evaluate("document.querySelector('.kg-matches .kg-link').textContent")
    page.wait_for_function("(label) => kgExplorer.selected !== null && kgExplorer.items[kgExplorer.selected].label === label",
                           arg=first)
    assert payload_page.clean()


MAP_PIXEL = """([lon, lat]) => {
  const m = kgExplorer.map, [x, y] = m.project(lon, lat), ratio = window.devicePixelRatio || 1;
  return Array.from(m.canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data.slice(0, 3));
}"""
BORDER_PIXELS = """() => {
  const c = kgExplorer.map.canvas, d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 0xa7) < 24 && Math.abs(d[i + 1] - 0xa7) < 24 && Math.abs(d[i + 2] - 0xa7) < 24) n++;
  return n;
}"""


def test_map_draws_country_outlines_and_the_kept_events_places(payload_page: Any, shot: Any) -> None:
    page = payload_page.page
    page.click("button[data-mode=map]")
    assert page.is_visible("canvas.kg-map") and not page.is_visible("#kg-network canvas")
    assert page.evaluate("kgExplorer.map.drawn.countries") == 177  # every Natural Earth 110m country outlined
    assert page.evaluate(BORDER_PIXELS) > 1000  # grey outline pixels (none without the outlines)
    assert page.evaluate("kgExplorer.map.drawn.shaded") == {"TR": 1}  # the meeting in Ankara
    assert page.evaluate("kgExplorer.map.drawn.cities.map((c) => [c.label, c.n])") == [["Ankara", 1]]
    assert page.evaluate(MAP_PIXEL, [35.0, 39.0]) != page.evaluate(MAP_PIXEL, [-100.0, 40.0])  # Türkiye shaded, USA not
    shot(page, "explorer-xss-map")
    city = page.evaluate("kgExplorer.map.drawn.cities[0]")
    box = page.evaluate("document.querySelector('canvas.kg-map').getBoundingClientRect().toJSON()")
    page.mouse.click(box["x"] + city["x"], box["y"] + city["y"])
    assert page.text_content("#kg-panel h2") == "Ankara"
    page.click('input[data-type="meeting"]')  # the map follows the filters
    assert page.evaluate("kgExplorer.map.drawn.shaded") == {}
    assert page.evaluate("kgExplorer.map.drawn.cities") == []
    page.click("button[data-mode=full]")
    assert page.is_visible("#kg-network canvas") and not page.is_visible("canvas.kg-map")
    assert payload_page.clean(), (payload_page.errors, payload_page.requests)


def test_timeline_zooms_to_the_brushed_range_and_has_a_count_axis(payload_page: Any) -> None:
    page = payload_page.page
    total = "() => Array.from(kgExplorer.timeline.total).reduce((a, b) => a + b, 0)"
    assert page.evaluate(total) == 3 and page.evaluate("kgExplorer.timeline.axis") == [0, 1]
    start, end = page.evaluate("kgExplorer.timeline.pointOf('2025-02-10')"), page.evaluate("kgExplorer.timeline.pointOf('2025-02-20')")
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    page.mouse.move(end["x"], end["y"])
    page.mouse.up()  # brushed: the filter is set and the strip shows only that stretch
    assert (page.input_value(".kg-dates input >> nth=0"), page.input_value(".kg-dates input >> nth=1")) == ("2025-02-10", "2025-02-20")
    assert page.text_content(".kg-timeline-info").startswith("2025-02-10 – 2025-02-20")
    assert page.evaluate(total) == 2  # the statement of 5 March is off the zoomed strip
    assert page.evaluate("kgExplorer.timeline.pointOf('2025-03-05')") is None
    page.dblclick(".kg-timeline-canvas")
    assert page.evaluate(total) == 3 and page.text_content(".kg-timeline-info").startswith("2025-02-01 – 2025-03-05")
    assert payload_page.clean()

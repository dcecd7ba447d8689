"""The exported page in a real, offline Chromium: it draws, logs no errors and runs no payload.

Needs the ``playwright`` package and Debian's ``chromium`` (``apt-get install -y chromium``);
``playwright install`` is never used, the browser is launched from /usr/bin/chromium.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import os

if os.environ.get("CI") and not Path("/usr/bin/chromium").exists():
    raise RuntimeError("CI must run the browser tests: .ci/run installs chromium")
sync_api = pytest.importorskip("playwright.sync_api")

from kg.export.html import write_html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
]
XSS_TITLE = '<script>window.__xss=1</script>'
XSS_SENTENCE = 'Rutte met Kellogg <img src=x onerror="window.__xss=1"> "today".'

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} missing: apt-get install -y chromium")


def payload_graph() -> nx.MultiDiGraph:
    """Two events around two people, a country and a city; article text carries XSS payloads."""
    g = nx.MultiDiGraph()
    g.add_node("kg:rutte", kind="person", label="Mark Rutte")
    g.add_node("kg:kellogg", kind="person", label='Keith <img src=x onerror="window.__xss=1"> Kellogg')
    g.add_node("kg:tr", kind="country", label="Türkiye")
    g.add_node("kg:ankara", kind="city", label="Ankara")
    g.add_node(
        "kg:e1", kind="event", label="", type="meeting", date="2025-02-17", date_end=None, precision="day",
        place="Ankara", sources=[{"article": "a1", "title": XSS_TITLE, "published": "2025-02-17",
                                   "sentence": XSS_SENTENCE, "url": None}],
    )
    g.add_node("kg:e2", kind="event", label="", type="phone_call", date="2025-02", date_end=None,
               precision="month", place=None, sources=[])
    g.add_edge("kg:e1", "kg:rutte", role="host")
    g.add_edge("kg:e1", "kg:kellogg", role="guest")
    g.add_edge("kg:e1", "kg:ankara", role="place")
    g.add_edge("kg:e2", "kg:rutte", role="party")
    g.add_edge("kg:e2", "kg:tr", role="party")
    return g


CANVAS_STATS = """() => {
  const canvas = document.querySelector('#mynetwork canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set();
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0) { painted++; colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]); }
  }
  return {painted: painted, colours: colours.size};
}"""

EVENT_POINT = """() => {
  const id = nodes.get({filter: n => n.label.startsWith('Meeting')})[0].id;
  const dom = network.canvasToDOM(network.getPositions([id])[id]);
  const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
  return {x: box.left + dom.x, y: box.top + dom.y};
}"""


def test_page_draws_offline_without_errors_or_xss(tmp_path: Path) -> None:
    page_path = write_html(payload_graph(), tmp_path / "graph.html")
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []

    def only_files(route: sync_api.Route, request: sync_api.Request) -> None:
        if request.url.startswith("file://"):
            route.continue_()
        else:
            requests.append(request.url)
            route.abort()

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 800})
            context.route("**/*", only_files)
            page = context.new_page()
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(page_path.as_uri())
            page.wait_for_selector("#mynetwork canvas")
            page.wait_for_function("document.body.dataset.kgStable === '1'", timeout=30_000)

            assert page.evaluate("network.physics.options.enabled") is False
            page.wait_for_function(f"({CANVAS_STATS})().painted > 1000", timeout=15_000)
            stats = page.evaluate(CANVAS_STATS)
            assert stats["painted"] > 1000 and stats["colours"] > 5, stats

            point = page.evaluate(EVENT_POINT)
            page.mouse.move(point["x"], point["y"])
            tooltip = page.wait_for_selector("div.vis-tooltip .kg-tip", state="visible", timeout=5_000)
            assert XSS_SENTENCE in tooltip.text_content()
            assert XSS_TITLE in tooltip.text_content()
            assert page.locator("div.vis-tooltip img, div.vis-tooltip script").count() == 0

            shot = tmp_path / "graph.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
            assert page.evaluate("typeof window.__xss") == "undefined"
        finally:
            browser.close()
    assert errors == []
    assert dialogs == []
    assert requests == []


def test_built_seed_page_draws_offline(tmp_path: Path, extractor) -> None:
    """The page `kg build` writes for the example article draws with the network blocked."""
    import kg
    from tests.conftest import SEED

    kg.build([SEED], extractor=extractor).write(tmp_path)
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 800})
            context.route("**/*", lambda route, request: route.continue_() if request.url.startswith("file://")
                          else (requests.append(request.url), route.abort()))
            page = context.new_page()
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto((tmp_path / "graph.html").as_uri())
            page.wait_for_function("document.body.dataset.kgStable === '1'", timeout=30_000)
            page.wait_for_function(f"({CANVAS_STATS})().painted > 1000", timeout=15_000)  # drawn, even on a busy machine
            stats = page.evaluate(CANVAS_STATS)
            labels = page.evaluate("nodes.get().map(n => n.label)")
            shot = tmp_path / "seed.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
        finally:
            browser.close()
    assert stats["painted"] > 1000 and stats["colours"] > 5, stats
    assert "Travel · 2025-02-17" in labels and "Mark Rutte" in labels
    assert errors == [] and requests == []

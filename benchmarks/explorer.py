"""Benchmark: the HTML explorer at scale in Debian's headless Chromium (network blocked).

    python benchmarks/explorer.py [--sizes 5000,20000] [--runs 3] [--out benchmarks/explorer.json]

For each size, on a synthetic graph (tests/export/synthetic.py) and in both views (the actor
summary the page opens on above 3,000 nodes, and the full graph), it reports:

- writing the page (Python), and its size;
- first paint and ready (laid out, drawn, controls enabled) on the page's own clock
  (performance.now(), from navigation start), the median of --runs fresh page loads;
- after ready: how long a click on a node takes to open its panel, a type filter to redraw,
  and the main thread's longest task during a wheel zoom (responsiveness).

Needs the ``playwright`` package and /usr/bin/chromium. Not part of the test suite: the
figures depend on the machine; quote them with the command and the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.export.html import Limits, write_html
from tests.export.conftest import ARGS, CHROMIUM, READY
from tests.export.synthetic import synthetic_graph

# Long tasks (over 50 ms) the page's main thread runs from now on.
LONG_TASKS = """() => { window.__long = []; new PerformanceObserver((list) => {
  list.getEntries().forEach((e) => window.__long.push(e.duration)); }).observe({type: 'longtask'}); }"""


def one_load(browser, path: Path) -> dict:
    """Open the page once; paint and ready times, then click, filter and zoom latencies."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    context.route("**/*", lambda route, request: route.continue_() if request.url.startswith("file://") else route.abort())
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        page.wait_for_function(READY, timeout=120_000)
        painted, ready = page.evaluate("[kgExplorer.paintedAt, kgExplorer.readyAt]")
        node = page.evaluate("kgExplorer.focusId === null ? kgExplorer.network.body.data.nodes.getIds()[0] : kgExplorer.focusId")
        start = time.perf_counter()
        page.evaluate("(id) => kgExplorer.select(id)", node)
        page.wait_for_selector("#kg-panel:not([hidden])")
        click = time.perf_counter() - start
        start = time.perf_counter()
        page.click('input[data-type="meeting"]')
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        filtered = time.perf_counter() - start
        page.evaluate(LONG_TASKS)
        box = page.evaluate("document.querySelector('#kg-network canvas').getBoundingClientRect().toJSON()")
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        for _ in range(5):
            page.mouse.wheel(0, 300)
            page.wait_for_timeout(60)
        page.wait_for_timeout(300)
        longest = max(page.evaluate("window.__long.slice()") or [0])
        return {"paint_ms": round(painted), "ready_ms": round(ready), "click_s": round(click, 3),
                "filter_s": round(filtered, 3), "zoom_longest_task_ms": round(longest)}
    finally:
        context.close()


def run(sizes: list[int], runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    folder = Path(tempfile.mkdtemp(prefix="kg-explorer-bench-"))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        for n in sizes:
            graph = synthetic_graph(n)
            for view, limits in (("summary", Limits()), ("full", Limits(summary=10 * n))):
                path = folder / f"{n}-{view}.html"
                start = time.perf_counter()
                write_html(graph, path, limits=limits)
                written = time.perf_counter() - start
                loads = [one_load(browser, path) for _ in range(runs)]
                row = {"nodes": n, "view": view, "write_s": round(written, 2), "bytes": path.stat().st_size,
                       **{key: statistics.median(load[key] for load in loads) for key in loads[0]}}
                rows.append(row)
                print(json.dumps(row), flush=True)
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(HERE / "explorer.json"))
    args = parser.parse_args()
    rows = run([int(x) for x in args.sizes.split(",")], args.runs)
    report = {"cpus": os.cpu_count(), "runs": args.runs, "rows": rows}
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"{'nodes':>6} {'view':<8} {'write':>6} {'MB':>5} {'paint':>7} {'ready':>7} {'click':>6} {'filter':>6} {'zoom task':>9}")
    for r in rows:
        print(f"{r['nodes']:>6} {r['view']:<8} {r['write_s']:>5.2f}s {r['bytes'] / 1e6:>5.1f} {r['paint_ms'] / 1000:>6.2f}s "
              f"{r['ready_ms'] / 1000:>6.2f}s {r['click_s']:>5.2f}s {r['filter_s']:>5.2f}s {r['zoom_longest_task_ms']:>7}ms")


if __name__ == "__main__":
    main()

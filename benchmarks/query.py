"""Benchmark: every saved query as a whole ``kg query`` process on a built folder: CPU seconds
(user + system, of the child process), wall seconds and rows.

    python benchmarks/query.py OUT_DIR [--root CHECKOUT] [--runs N] [--queries a,b]

OUT_DIR is a folder written by ``kg build … -o OUT_DIR`` (e.g. from 1,000 synthetic articles:
``python -c "from benchmarks.corpus import write_corpus; …"`` then ``kg build``). ``--root``
runs the ``kg`` of another checkout (its folder goes first on the import path), so two
versions can be compared in the same run. The parameters are taken from OUT_DIR's
events.jsonl: the actor in most trips, the first event, and its first and last days.
Not part of the test suite; each figure goes with the command and the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parameters(out: Path) -> dict[str, dict[str, str]]:
    """The --param values each saved query needs, read from the folder's events.jsonl."""
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    travellers = Counter(p["name"] for e in events for p in e["participants"] if p["role"] == "traveller")
    actors = travellers or Counter(p["name"] for e in events for p in e["participants"])
    actor = actors.most_common(1)[0][0] if actors else "Mark Rutte"
    days = sorted(e["date"] for e in events if e.get("date"))
    return {"actor-timeline": {"actor": actor}, "travel-destinations": {"actor": actor},
            "events-between": {"from": days[0][:10], "to": days[-1][:10]},
            "sources-of-event": {"event": events[0]["id"]}}


def saved_names(root: Path) -> list[str]:
    return sorted(path.stem for path in (root / "ontology" / "queries").glob("*.rq"))


def timed(root: Path, out: Path, name: str, params: dict[str, str]) -> dict:
    """One ``kg query`` process: its CPU and wall seconds and the number of output lines."""
    argv = [sys.executable, "-m", "kg.cli", "query", str(out), name, "-f", "csv"]
    for key, value in params.items():
        argv += ["--param", f"{key}={value}"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(argv, cwd=root, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(root)})
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"cpu": cpu, "wall": wall, "rows": len(done.stdout.splitlines()) - 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--root", type=Path, default=HERE.parent, help="the checkout whose kg runs")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--queries", default="", help="comma-separated names (default: every saved query)")
    args = parser.parse_args()
    params = parameters(args.out)
    names = args.queries.split(",") if args.queries else saved_names(args.root)
    print(f"{'query':<30} {'CPU s':>7} {'wall s':>7} {'rows':>7}")
    for name in names:
        runs = [timed(args.root.resolve(), args.out.resolve(), name, params.get(name, {})) for _ in range(args.runs)]
        best = min(runs, key=lambda r: r["cpu"])
        print(f"{name:<30} {best['cpu']:7.2f} {best['wall']:7.2f} {best['rows']:7d}", flush=True)


if __name__ == "__main__":
    main()

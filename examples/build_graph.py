"""Build the example graph from a script, query it, and print who met whom.

    python examples/build_graph.py [OUTPUT_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent


def main(out_dir: str = "output") -> None:
    graph = kg.build([HERE / "articles"])
    graph.write(out_dir)
    for row in graph.query("who-met-whom"):
        print(f"{row['a']} — {row['b']}: {row['events']}")
    for row in graph.query("actor-timeline", actor="Mark Rutte"):
        print(row["latest"], row["type"], row["role"], row["placeLabel"] or "")


if __name__ == "__main__":
    main(*sys.argv[1:])

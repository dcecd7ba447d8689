"""Extraction memory along one long stream: resident memory above setup every --every articles.

    python benchmarks/memory.py [--articles 30000] [--every 5000] [--vocabulary open|closed]

The articles come from benchmarks/corpus.py and stream through ``Extractor.extract_many``
with the results dropped, as in `kg build`'s extraction stage. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def rss_mb() -> float:
    """Current resident memory (not the peak), from /proc."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


def main() -> None:
    from corpus import write_corpus
    from kg.extract import Extractor
    from kg.ingest import read_articles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30_000)
    parser.add_argument("--every", type=int, default=5_000)
    parser.add_argument("--vocabulary", choices=("open", "closed"), default="open")
    args = parser.parse_args()
    corpus = write_corpus(Path(tempfile.mkdtemp(prefix="kg-memory-")) / "corpus.jsonl", args.articles,
                          vocabulary=args.vocabulary)
    extractor = Extractor(use_models=False)
    for lang in ("tr", "en"):
        extractor.tools(lang)
    base = rss_mb()
    print(f"{'articles':>9} {'MB above setup':>15}")
    for i, _ in enumerate(extractor.extract_many(read_articles([corpus])), 1):
        if i % args.every == 0:
            print(f"{i:>9} {rss_mb() - base:>15.1f}", flush=True)


if __name__ == "__main__":
    main()

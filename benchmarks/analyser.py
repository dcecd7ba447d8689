"""Benchmark: the Turkish morphological analyser (Zemberek) on the distinct words of a corpus —
load time, words analysed per CPU second, resident memory — and what share of a batch's words
the trigger screen actually sends to it.

    python benchmarks/analyser.py [--corpus FILE.jsonl]   (default: 1,000 synthetic articles, open vocabulary)

Not part of the test suite; each figure goes with the command and the machine.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    except (OSError, AttributeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def words_of(corpus: Path | None) -> list[str]:
    from kg.lexicons import fold
    if corpus is None:  # the benchmark's synthetic corpus (open vocabulary), 1,000 articles
        import tempfile
        from corpus import write_corpus
        corpus = write_corpus(Path(tempfile.mkdtemp()) / "corpus.jsonl", 1000)
    texts = [r["text"] for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())
             if r.get("lang") == "tr"]
    return sorted({fold(w, True) for t in texts for w in re.findall(r"[^\W\d_]+", t)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    words = words_of(args.corpus)
    from kg.extract.patterns import _stem_prefix
    from kg.lexicons import Lexicon
    from kg.nlp.morphology import Zemberek
    lemmas = {t["ANALYSIS"]["LEMMA"] for spec in Lexicon.load("tr").triggers for t in spec["pattern"]
              if "ANALYSIS" in t}
    screen = re.compile("|".join(sorted(map(re.escape, {_stem_prefix(lemma) for lemma in lemmas}))))
    screened = [w for w in words if screen.match(w)]
    before = rss_mb()
    cpu = time.process_time()
    analyse = Zemberek()
    analyse("başladı")
    load = time.process_time() - cpu
    loaded = rss_mb()
    cpu = time.process_time()
    for w in words:
        analyse(w)
    every = time.process_time() - cpu
    print(json.dumps({
        "distinct_words": len(words), "screened_words": len(screened),
        "load_cpu_s": round(load, 2), "load_rss_mb": round(loaded - before, 1),
        "words_per_cpu_s": round(len(words) / every), "all_words_cpu_s": round(every, 2),
        "screened_words_cpu_s": round(every * len(screened) / max(1, len(words)), 2),
        "rss_after_mb": round(rss_mb(), 1)}, indent=1))


if __name__ == "__main__":
    main()

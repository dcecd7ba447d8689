"""Soak: many `kg build --store` writers and `kg query`/`kg stats` readers on one store at once.

    python benchmarks/soak.py [--writers 10] [--readers 10] [--seconds 120] [--per-build 3]

Each writer runs `kg build … --store STORE` again and again, each time with the next few
articles of its own share of a corpus (benchmarks/corpus.py, closed vocabulary); half wait for
the store (`--wait 600`), half give up at once (`--wait 0`) and try the same articles again.
Each reader runs `kg stats STORE` or `kg query STORE events -f json` in a loop. Afterwards the
store must equal a fresh build of every article a writer reported built, and no process may
have printed a traceback. Prints the figures as one JSON object. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

KG = [sys.executable, "-m", "kg.cli"]


class Tally:
    """What every process did, guarded by one lock (threads report into it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.builds, self.busy, self.reads, self.read_errors = [], 0, 0, []
        self.tracebacks, self.failures, self.built = [], [], []

    def add(self, **changes) -> None:
        with self.lock:
            for name, value in changes.items():
                current = getattr(self, name)
                if isinstance(current, list):
                    current.extend(value)
                else:
                    setattr(self, name, current + value)


def run(argv: list[str]) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    return done.returncode, done.stderr, time.monotonic() - started


def writer(k: int, chunks: list[Path], store: Path, out: Path, until: float, tally: Tally) -> None:
    wait = "600" if k % 2 == 0 else "0"
    position = 0
    while time.monotonic() < until and position < len(chunks):
        code, err, took = run([*KG, "build", str(chunks[position]), "-o", str(out), "--store", str(store),
                               "--wait", wait, "--no-model", "-q"])
        if "Traceback" in err:
            tally.add(tracebacks=[err])
        if code == 0:
            tally.add(builds=[took], built=[chunks[position]])
            position += 1
        elif code == 3 and "another 'kg build --store' is updating this store" in err:
            tally.add(busy=1)
        else:
            tally.add(failures=[f"writer {k}: exit {code}: {err.strip()[-300:]}"])
            position += 1


def reader(k: int, store: Path, until: float, tally: Tally) -> None:
    while time.monotonic() < until:
        argv = [*KG, "stats", str(store)] if k % 2 else [*KG, "query", str(store), "events", "-f", "json"]
        code, err, _ = run(argv)
        if "Traceback" in err:
            tally.add(tracebacks=[err])
        if code == 0:
            tally.add(reads=1)
        else:
            tally.add(read_errors=[f"reader {k}: exit {code}: {err.strip()[-300:]}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--readers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--per-build", type=int, default=3, help="articles a writer adds in each build")
    args = parser.parse_args()

    from corpus import write_corpus
    from rdflib.compare import isomorphic

    import kg
    from kg.query import load_graph

    with tempfile.TemporaryDirectory(prefix="kg-soak-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.writers * 40 * args.per_build, vocabulary="closed")
        lines = corpus.read_text(encoding="utf-8").splitlines()
        chunks: dict[int, list[Path]] = {k: [] for k in range(args.writers)}
        for start in range(0, len(lines), args.per_build):
            k = (start // args.per_build) % args.writers
            path = work / f"w{k:02d}-{len(chunks[k]):03d}.jsonl"
            path.write_text("\n".join(lines[start:start + args.per_build]) + "\n", encoding="utf-8")
            chunks[k].append(path)
        store, tally = work / "store", Tally()
        first = run([*KG, "build", str(chunks[0].pop(0)), "-o", str(work / "out-first"), "--store", str(store),
                     "--no-model", "-q"])
        assert first[0] == 0, first[1]
        seed_chunk = sorted(work.glob("w00-000.jsonl"))
        started = time.monotonic()
        until = started + args.seconds
        threads = [threading.Thread(target=writer, args=(k, chunks[k], store, work / f"out-{k}", until, tally))
                   for k in range(args.writers)]
        threads += [threading.Thread(target=reader, args=(k, store, until, tally)) for k in range(args.readers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        fresh = kg.build(seed_chunk + tally.built, use_models=False)
        same = isomorphic(load_graph(store), fresh.graph)
        builds = sorted(tally.builds)
        print(json.dumps({
            "writers": args.writers, "readers": args.readers, "seconds": round(elapsed, 1),
            "builds_ok": len(builds), "builds_refused_busy": tally.busy,
            "build_seconds_median": round(builds[len(builds) // 2], 1) if builds else None,
            "build_seconds_max": round(builds[-1], 1) if builds else None,
            "articles_in_store": len(kg.store.GraphStore(store).extractions()),
            "reads_ok": tally.reads, "read_errors": tally.read_errors[:5], "other_failures": tally.failures[:5],
            "tracebacks": len(tally.tracebacks), "store_equals_fresh_build": same,
        }, indent=1))
        for text in tally.tracebacks[:2]:
            print(text, file=sys.stderr)


if __name__ == "__main__":
    main()

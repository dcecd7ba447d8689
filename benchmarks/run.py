"""Benchmark: per-stage throughput and peak memory, the tokenizer floor, SPARQL latency on a
large graph, and HTML generation for 5,000 nodes. Prints a table and writes JSON.

    python benchmarks/run.py [--sizes 100,1000,10000] [--out benchmarks/results.json]

Each corpus size runs in its own process so that peak memory is per size. Not part of the
test suite: numbers depend on the machine; the command and machine go with any figure quoted.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, results: dict, fn, count: int):
    started = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - started
    results[label] = {"seconds": round(seconds, 3), "per_second": round(count / seconds, 1) if seconds else None,
                      "peak_rss_mb": round(peak_mb(), 1)}
    return value


def run_size(n: int) -> dict:
    """All stages for one corpus size (runs in a child process)."""
    import spacy

    from corpus import write_corpus
    from kg.api import ONTOLOGY_GRAPH
    from kg.export.records import event_records, write_events_jsonl
    from kg.extract import Extractor
    from kg.graph import build_dataset, union_graph
    from kg.ingest import read_articles
    from kg.resolve import resolve
    from kg.resources import ontology_file

    out = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus = write_corpus(out / "corpus.jsonl", n)
    stages: dict = {"articles": n}
    articles = timed("ingest", stages, lambda: list(read_articles([corpus])), n)
    extractor = timed("setup", stages, lambda: Extractor(use_models=False), 1)
    for lang in ("tr", "en"):
        extractor.tools(lang)
    floor = {lang: spacy.blank(lang) for lang in ("tr", "en")}
    for nlp in floor.values():
        nlp.add_pipe("sentencizer")
    texts = [(a.lang, a.content) for a in articles]
    timed("floor_tokenizer", stages, lambda: [floor[lang](text) for lang, text in texts], n)
    docs = timed("nlp", stages, lambda: [extractor.tools(a.lang).nlp(a.content) for a in articles], n)
    extractions = timed("extract", stages, lambda: [extractor.from_doc(a, d) for a, d in zip(articles, docs)], n)
    del docs
    resolution = timed("resolve", stages, lambda: resolve(extractions), n)

    def graph():
        ds = build_dataset(resolution, [x.article for x in extractions])
        ds.graph(ONTOLOGY_GRAPH).parse(ontology_file(), format="turtle")
        return union_graph(ds)

    g = timed("graph", stages, graph, n)
    stages["triples"] = len(g)
    stages["events"] = len(resolution.events)
    timed("export", stages, lambda: (write_events_jsonl(event_records(g), out / "events.jsonl"),
                                     (out / "graph.nt").write_bytes(g.serialize(format="nt", encoding="utf-8"))), n)
    ours = stages["nlp"]["seconds"] + stages["extract"]["seconds"]
    stages["ratio_to_floor"] = round(ours / stages["floor_tokenizer"]["seconds"], 1)
    stages["graph_nt"] = str(out / "graph.nt")
    return stages


def sparql_latency(nt_path: str, target_triples: int) -> dict:
    """Every saved query on an Oxigraph store holding the graph, replicated to about target_triples."""
    import pyoxigraph as ox

    from kg.query import saved_queries

    data = Path(nt_path).read_bytes()
    per_copy = data.count(b"\n")
    copies = max(1, round(target_triples / max(per_copy, 1)))
    store = ox.Store()
    for k in range(copies):
        store.load(data.replace(b"https://w3id.org/diplomatic-kg/id/", f"https://w3id.org/diplomatic-kg/id/c{k}/".encode()),
                   format=ox.RdfFormat.N_TRIPLES)
    result = {"triples": len(store), "queries": {}}
    params = {"actor": '"Ayla Demir"', "from": '"2025-03-01"', "to": '"2025-03-31"',
              "event": "<https://w3id.org/diplomatic-kg/id/c0/event/x>"}
    for name, saved in saved_queries().items():
        text = saved.text
        needed = [p for p in params if f"?{p}" in text and name in ("actor-timeline", "travel-destinations",
                                                                   "events-between", "sources-of-event")]
        if needed:
            import re
            m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
            values = f"\n VALUES ({' '.join('?' + p for p in needed)}) {{ ({' '.join(params[p] for p in needed)}) }}"
            text = text[:m.end()] + values + text[m.end():]
        started = time.perf_counter()
        rows = len(list(store.query(text)))
        result["queries"][name] = {"seconds": round(time.perf_counter() - started, 3), "rows": rows}
    return result


def html_5000() -> dict:
    sys.path.insert(0, str(HERE.parent / "tests" / "export"))
    from synthetic import synthetic_graph

    from kg.export.html import write_html

    graph = synthetic_graph(5000)
    path = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "graph.html"
    started = time.perf_counter()
    write_html(graph, path)
    return {"nodes": graph.number_of_nodes(), "seconds": round(time.perf_counter() - started, 3),
            "bytes": path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes, e.g. 100,1000,10000")
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size for SPARQL latency")
    parser.add_argument("--out", default=str(HERE / "results.json"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child)))
        return
    report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "sizes": {}}
    for n in [int(s) for s in args.sizes.split(",")]:
        child = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True, check=True)
        report["sizes"][n] = json.loads(child.stdout.strip().splitlines()[-1])
    largest = report["sizes"][max(report["sizes"])]
    report["sparql"] = sparql_latency(largest["graph_nt"], args.triples)
    report["html_5000"] = html_5000()
    Path(args.out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print_table(report)


def print_table(report: dict) -> None:
    print(f"{'size':>6} {'stage':16} {'seconds':>9} {'per s':>9} {'peak MB':>8}")
    for n, stages in report["sizes"].items():
        for stage in ("ingest", "floor_tokenizer", "nlp", "extract", "resolve", "graph", "export"):
            s = stages[stage]
            print(f"{n:>6} {stage:16} {s['seconds']:>9.3f} {s['per_second'] or 0:>9.1f} {s['peak_rss_mb']:>8.1f}")
        print(f"{n:>6} {'(nlp+extract)/floor':16} {stages['ratio_to_floor']:>9}   events {stages['events']}, triples {stages['triples']}")
    sp = report["sparql"]
    print(f"SPARQL on {sp['triples']:,} triples (Oxigraph):")
    for name, q in sp["queries"].items():
        print(f"  {name:28} {q['seconds']:>7.3f} s  {q['rows']} rows")
    h = report["html_5000"]
    print(f"HTML for {h['nodes']} nodes: {h['seconds']:.2f} s, {h['bytes']:,} bytes")


if __name__ == "__main__":
    main()

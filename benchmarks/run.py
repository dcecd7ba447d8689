"""Benchmark: per-stage throughput and peak memory, the tokenizer floor, SPARQL latency on a
large graph, and HTML generation for 5,000 nodes. Prints a table and writes JSON.

    python benchmarks/run.py [--sizes 100,1000,10000] [--shape news|dense|paragraph] [--vocabulary open|closed]
                             [--corpus FILE.jsonl] [--out benchmarks/results.json]

Each corpus size runs in its own process so that peak memory is per size. Not part of the
test suite: numbers depend on the machine; the command and machine go with any figure quoted.
"""
from __future__ import annotations

import argparse
import json
import os
import re
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


def run_size(n: int, shape: str = "news", corpus_file: str | None = None, vocabulary: str = "open") -> dict:
    """All stages for one corpus size (runs in a child process, so peak memory is its own)."""
    import spacy

    from corpus import write_corpus
    from kg.api import KnowledgeGraph, dataset_of
    from kg.engine import available as engine_available
    from kg.extract import Extractor
    from kg.graph.quads import build_quads
    from kg.ingest import read_articles
    from kg.resolve import resolve

    out = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus = Path(corpus_file) if corpus_file else write_corpus(out / "corpus.jsonl", n, shape=shape,
                                                                vocabulary=vocabulary)
    if corpus_file:
        n = sum(1 for _ in read_articles([corpus]))
    stages: dict = {"articles": n, "shape": "file" if corpus_file else shape,
                    "vocabulary": None if corpus_file else vocabulary}
    extractor = timed("setup", stages, lambda: Extractor(use_models=False), 1)
    for lang in ("tr", "en"):
        extractor.tools(lang)
    base_mb = peak_mb()

    # 1. The streaming path `kg build` takes: read, nlp.pipe in batches, extract. First with the
    #    results dropped (the working memory of extraction, which must not grow with the corpus),
    #    then keeping each extraction without its body, as the merge needs them.
    timed("stream_extract_working", stages, lambda: sum(1 for _ in extractor.extract_many(read_articles([corpus]))), n)
    stages["stream_extract_working"]["rss_above_setup_mb"] = round(peak_mb() - base_mb, 1)

    def stream():
        kept = []
        for extraction in extractor.extract_many(read_articles([corpus])):
            kept.append(extraction.without_text())
        return kept
    extractions = timed("stream_extract", stages, stream, n)
    stages["stream_extract"]["rss_above_setup_mb"] = round(peak_mb() - base_mb, 1)
    n = stages["articles"] = len(extractions)

    # 2. The same texts per language: the tokenizer + sentencizer floor, then our nlp + extract, each
    #    with a pipeline of its own made for this (setup not timed). The first pass meets every word
    #    form for the first time in both, as a fresh run does; the second pass goes over the same
    #    texts again, when both pipelines know every word form: the stricter comparison, since
    #    spaCy's tokenizer then serves every word from its cache.
    articles = timed("ingest", stages, lambda: list(read_articles([corpus])), n)
    stages["languages"] = {}
    for lang in ("tr", "en"):
        subset = [a for a in articles if a.lang == lang]
        if not subset:
            continue
        ours = Extractor(use_models=False)
        ours.tools(lang)
        floor = spacy.blank(lang)
        floor.add_pipe("sentencizer")
        row: dict = {"articles": len(subset)}
        timed("floor_first_pass", row, lambda: sum(1 for _ in floor.pipe(a.content for a in subset)), len(subset))
        timed("ours_first_pass", row, lambda: sum(1 for _ in ours.extract_many(subset)), len(subset))
        timed("floor_tokenizer", row, lambda: sum(1 for _ in floor.pipe(a.content for a in subset)), len(subset))
        timed("nlp_extract", row, lambda: sum(1 for _ in ours.extract_many(subset)), len(subset))
        row["ratio_first_pass"] = round(row["ours_first_pass"]["seconds"] / row["floor_first_pass"]["seconds"], 2)
        row["ratio_to_floor"] = round(row["nlp_extract"]["seconds"] / row["floor_tokenizer"]["seconds"], 2)
        row.update(split_stages(ours, subset))
        stages["languages"][lang] = row
    english = [a for a in articles if a.lang == "en"][:1000]  # capped: the model is slow
    del articles

    resolution = timed("resolve", stages, lambda: resolve(extractions), n)

    def graph():  # as kg build: the quads straight from the resolution (an rdflib Dataset without pyoxigraph)
        articles = [x.article for x in extractions]
        if engine_available():
            return KnowledgeGraph(quads=build_quads(resolution, articles), resolution=resolution, articles=articles)
        return KnowledgeGraph(dataset_of(resolution, articles), resolution=resolution, articles=articles)

    g = timed("graph", stages, graph, n)
    stages["triples"] = sum(1 for _ in g.quads.triples()) if g.quads is not None else len(g.graph)
    stages["events"] = len(resolution.events)
    stages["graph"]["events_per_second"] = round(len(resolution.events) / stages["graph"]["seconds"], 1)
    stages["graph"]["us_per_triple"] = round(stages["graph"]["seconds"] / stages["triples"] * 1e6, 2)
    # every format (--formats all): ttl, trig, nq, jsonld, events.jsonl/csv, graphml, gexf, html
    timed("export", stages, lambda: g.write(out / "out", formats="all"), n)
    stages["graph_nq"] = str(out / "out" / "graph.nq")
    del g, resolution, extractions
    stages["english_model"] = english_model(english)  # last: its model would raise the peaks above
    return stages


def split_stages(extractor, articles: list, batch: int = 32) -> dict:
    """The same streaming run with its two stages timed apart: spaCy's nlp.pipe (tokenizer and
    our components) and the extraction from the Docs, batch by batch."""
    nlp = extractor.tools(articles[0].lang).nlp
    nlp_s = extract_s = 0.0
    for i in range(0, len(articles), batch):
        part = articles[i:i + batch]
        started = time.perf_counter()
        docs = list(nlp.pipe(a.content for a in part))
        middle = time.perf_counter()
        for article, doc in zip(part, docs):
            extractor.from_doc(article, doc)
        extract_s += time.perf_counter() - middle
        nlp_s += middle - started
    n = len(articles)
    return {"nlp": {"seconds": round(nlp_s, 3), "per_second": round(n / nlp_s, 1)},
            "extract": {"seconds": round(extract_s, 3), "per_second": round(n / extract_s, 1)}}


def english_model(articles: list) -> dict | None:
    """English with the statistical model: the model's own nlp.pipe on the texts, then our whole
    nlp + extraction with that model; the target is ours at >= 0.5x the model's speed."""
    from kg.extract import Extractor
    from kg.lexicons import Lexicon
    from kg.nlp import model_available

    lexicon = Lexicon.load("en")
    if not articles or not model_available(lexicon):
        return None
    import spacy

    model = spacy.load(lexicon.language["model"]["package"], exclude=["lemmatizer"])  # what kg runs of it
    texts = [a.content for a in articles]
    row: dict = {"articles": len(articles), "model": lexicon.language["model"]["package"]}
    extractor = Extractor(use_models=True)
    for _ in model.pipe(texts[:5]):  # both warmed up on the same few texts before timing
        pass
    for _ in extractor.extract_many(articles[:5]):
        pass
    timed("model_pipe", row, lambda: sum(1 for _ in model.pipe(texts)), len(texts))
    timed("ours_with_model", row, lambda: sum(1 for _ in extractor.extract_many(articles)), len(texts))
    row["speed_vs_model"] = round(row["model_pipe"]["seconds"] / row["ours_with_model"]["seconds"], 2)
    return row


def sparql_latency(nq_path: str, target_triples: int) -> dict:
    """Every saved query on an Oxigraph store holding the graph (graph.nq, queried as the union of
    its named graphs), replicated with distinct IRIs to about target_triples."""
    import pyoxigraph as ox

    from kg.query import saved_queries

    data = Path(nq_path).read_bytes()
    per_copy = data.count(b"\n")
    copies = max(1, round(target_triples / max(per_copy, 1)))
    store = ox.Store()
    ontology = b"<https://w3id.org/diplomatic-kg/id/graph/ontology> .\n"
    instance = b"".join(line for line in data.splitlines(keepends=True) if not line.endswith(ontology))
    store.load(data, format=ox.RdfFormat.N_QUADS)  # the ontology once: the union default graph is a bag
    busiest = next(iter(store.query(  # the actor in most events, whose IRI the actor queries are given (as kg query
        # binds a name: it matches the name to actors' labels in Python, then binds their IRIs)
        "SELECT ?a WHERE { ?e <https://w3id.org/diplomatic-kg/ontology#involves> ?a } "
        "GROUP BY ?a ORDER BY DESC(COUNT(?e)) ?a LIMIT 1",
        use_default_graph_as_union=True)))["a"]
    for k in range(1, copies):
        store.load(instance.replace(b"https://w3id.org/diplomatic-kg/id/", f"https://w3id.org/diplomatic-kg/id/c{k}/".encode()),
                   format=ox.RdfFormat.N_QUADS)
    result = {"quads": len(store), "queries": {}}
    some_event = next(iter(store.query("SELECT ?e WHERE { ?e <http://groundedannotationframework.org/gaf#denotedBy> ?m } "
                                       "LIMIT 1", use_default_graph_as_union=True)))["e"]
    values = {"actor": str(busiest), "from": '"2025-03-01"', "to": '"2025-03-31"', "event": str(some_event)}
    bound = {"actor-timeline": ["actor"], "travel-destinations": ["actor"], "events-between": ["from", "to"],
             "sources-of-event": ["event"]}  # values that exist in the corpus, so each query does its work
    for name, saved in saved_queries().items():
        text = saved.text
        needed = bound.get(name, [])
        if needed:
            m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
            row = " ".join(values[p] for p in needed)
            text = text[:m.end()] + f"\n VALUES ({' '.join('?' + p for p in needed)}) {{ ({row}) }}" + text[m.end():]
        started = time.perf_counter()
        rows = len(list(store.query(text, use_default_graph_as_union=True)))
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
    parser.add_argument("--shape", choices=("news", "dense", "paragraph"), default="news",
                        help="synthetic corpus shape (see benchmarks/corpus.py)")
    parser.add_argument("--vocabulary", choices=("open", "closed"), default="open",
                        help="synthetic corpus vocabulary: open (news-like, calibrated to the dev set) or "
                             "closed (the fixed sentences only)")
    parser.add_argument("--corpus", help="measure this JSONL file instead of a synthetic corpus (one size)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size for SPARQL latency")
    parser.add_argument("--out", default=str(HERE / "results.json"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.shape, args.corpus, args.vocabulary)))
        return
    report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
              "command": " ".join([Path(sys.executable).name, *sys.argv]), "sizes": {}}
    sizes = [0] if args.corpus else [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        command = [sys.executable, __file__, "--child", str(n or 1), "--shape", args.shape,
                   "--vocabulary", args.vocabulary]
        if args.corpus:
            command += ["--corpus", args.corpus]
        child = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
        report["sizes"][result["articles"]] = result
    largest = report["sizes"][max(report["sizes"])]
    report["sparql"] = sparql_latency(largest["graph_nq"], args.triples)
    report["html_5000"] = html_5000()
    Path(args.out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print_table(report)


def print_table(report: dict) -> None:
    print(f"{'size':>6} {'stage':22} {'seconds':>9} {'per s':>9} {'peak MB':>8}")
    for n, stages in report["sizes"].items():
        for stage in ("stream_extract_working", "stream_extract", "ingest", "resolve", "graph", "export"):
            s = stages[stage]
            print(f"{n:>6} {stage:22} {s['seconds']:>9.3f} {s['per_second'] or 0:>9.1f} {s['peak_rss_mb']:>8.1f}")
        print(f"{n:>6} {'  extraction memory':22} {stages['stream_extract_working']['rss_above_setup_mb']:>9} MB above setup "
              f"(working), {stages['stream_extract']['rss_above_setup_mb']} MB keeping the extractions")
        for lang, row in stages["languages"].items():
            print(f"{n:>6} {lang + ' floor / ours, 1st':22} {row['floor_first_pass']['seconds']:>9.3f} "
                  f"{row['ours_first_pass']['seconds']:>9.3f}   ratio {row['ratio_first_pass']} ({row['articles']} articles)")
            print(f"{n:>6} {lang + ' floor / ours, 2nd':22} {row['floor_tokenizer']['seconds']:>9.3f} "
                  f"{row['nlp_extract']['seconds']:>9.3f}   ratio {row['ratio_to_floor']} "
                  f"(nlp {row['nlp']['seconds']:.3f} s + extract {row['extract']['seconds']:.3f} s)")
        model = stages.get("english_model")
        if model:
            print(f"{n:>6} {'en model / ours+model':22} {model['model_pipe']['seconds']:>9.3f} "
                  f"{model['ours_with_model']['seconds']:>9.3f}   speed vs model {model['speed_vs_model']}")
        print(f"{n:>6} {'graph':22} {stages['graph']['events_per_second']:>9} events/s; "
              f"events {stages['events']}, triples {stages['triples']}, {stages['graph']['us_per_triple']} µs a triple")
    sp = report["sparql"]
    print(f"SPARQL on {sp['quads']:,} quads (Oxigraph, union of the named graphs):")
    for name, q in sp["queries"].items():
        print(f"  {name:28} {q['seconds']:>7.3f} s  {q['rows']} rows")
    h = report["html_5000"]
    print(f"HTML for {h['nodes']} nodes: {h['seconds']:.2f} s, {h['bytes']:,} bytes")


if __name__ == "__main__":
    main()

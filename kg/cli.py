"""The ``kg`` command: each subcommand parses options, makes one library call, and turns a
KGError into a one-line message and an exit code.

Exit codes of ``kg build``: 0 all articles read; 1 some skipped (each reported);
2 nothing usable or a usage error; 3 the output could not be written.
"""
from __future__ import annotations

import argparse
import signal
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import InputError, InputWarning, KGError, QueryError
from .export import writers
from .lexicons import available_languages
from .limits import Limits
from .query import FORMATS, saved_queries
from .remote import DEFAULT_TIMEOUT

EXIT_OK, EXIT_SKIPPED, EXIT_UNUSABLE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_UNUSABLE
    try:
        return args.handler(args)
    except KGError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; outputs written so far are complete, the rest were not written", file=sys.stderr)
        return 130


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="kg", description="Diplomatic events from news articles, as a knowledge graph.")
    parser.add_argument("--version", action="version", version=f"diplomatic-kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="read articles and write graph.ttl, graph.nq, events.jsonl, events.csv, graph.html")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article files (.txt .html .json .jsonl) or folders")
    b.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    b.add_argument("--formats", metavar="LIST",
                   help=f"what to write, comma-separated: {', '.join(writers.names())}; 'default' "
                        f"({','.join(writers.default_names())}, the default) or 'all' (e.g. --formats default,gexf)")
    b.add_argument("--lang", choices=available_languages(), help="force the language of every article")
    b.add_argument("--ui-lang", default="en", choices=["en", "tr"], help="language of the HTML page (default en)")
    b.add_argument("--store", metavar="STORE_DIR",
                   help="add the articles to this incremental on-disk store (Oxigraph) and write its whole graph")
    b.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                   help="with --store: wait up to SECONDS for another build updating the store (default 0: fail at once)")
    b.add_argument("--rdf-store", default="default", choices=["default", "memory", "oxigraph"],
                   help="rdflib store to build the graph in (oxigraph needs the [oxigraph] extra)")
    b.add_argument("--merge-config", metavar="FILE",
                   help="JSON file of merge thresholds (see kg.resolve.MergeConfig), e.g. {\"min_shared_across\": 1}")
    b.add_argument("--max-chars", type=int, default=Limits.max_chars, metavar="N",
                   help=f"skip articles longer than N characters (default {Limits.max_chars:,})")
    b.add_argument("--max-mentions", type=int, default=Limits.max_mentions, metavar="N",
                   help=f"skip articles yielding more than N event mentions (default {Limits.max_mentions:,})")
    b.add_argument("--seconds-per-article", type=float, default=Limits.seconds_per_article, metavar="S",
                   help=f"skip an article whose extraction takes over S seconds (default {Limits.seconds_per_article:g})")
    b.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract on N processes (same results as one; default 1)")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where extraction runs: this machine (default) or a Dask cluster (the [dask] extra)")
    b.add_argument("--scheduler", metavar="ADDRESS", default="local",
                   help="with --engine dask: the scheduler address (tcp://HOST:8786), or 'local' for a LocalCluster")
    b.add_argument("--shards", metavar="DIR",
                   help="with --engine dask: keep the workers' N-Quads shards (part-NNNNN.nq) in DIR")
    b.add_argument("--no-model", action="store_true",
                   help="rules only, even where a statistical model is installed (e.g. the [en] extra)")
    b.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    b.set_defaults(handler=cmd_build)

    q = sub.add_parser("query", help="run SPARQL on a built folder or graph file")
    q.add_argument("target", help="a folder made by 'kg build', a store folder, a .ttl/.trig/.nq file, "
                                  "or a SPARQL endpoint URL (http://…/query; add ?union-default-graph "
                                  "for an Oxigraph store 'kg push' wrote)")
    q.add_argument("query", help="SPARQL text, an .rq file, or a saved query name (see 'kg queries')")
    q.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a parameter of the query (see 'kg queries'; an actor by name or a word of it, "
                        "a date as YYYY-MM-DD), or ?NAME of your own query (a string; <…> for an IRI); repeatable")
    q.add_argument("-f", "--format", default="table", choices=FORMATS, help="output format (default table)")
    q.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"for an endpoint URL: give up when it has not answered within SECONDS (default {DEFAULT_TIMEOUT:g})")
    q.set_defaults(handler=cmd_query)

    s = sub.add_parser("queries", help="list the saved queries")
    s.set_defaults(handler=cmd_queries)

    sv = sub.add_parser("serve", help="serve a graph read-only over SPARQL on 127.0.0.1 (pyoxigraph; SERVICE refused)")
    sv.add_argument("target", help="a folder made by 'kg build', a store folder, or an RDF file")
    sv.add_argument("--port", type=int, default=7878, help="port on 127.0.0.1 (default 7878)")
    sv.set_defaults(handler=cmd_serve)

    pu = sub.add_parser("push", help="PUT each article's named graph into a SPARQL store (Graph Store protocol)")
    pu.add_argument("target", help="a folder made by 'kg build', a store folder, or an RDF file")
    pu.add_argument("--endpoint", required=True, help="the store's Graph Store endpoint, e.g. http://127.0.0.1:7878/store")
    pu.set_defaults(handler=cmd_push)

    v = sub.add_parser("validate", help="check a graph against the SHACL shapes; exit 0 if it conforms")
    v.add_argument("target", help="a folder made by 'kg build', a store folder, or an RDF file")
    v.set_defaults(handler=cmd_validate)

    st = sub.add_parser("stats", help="counts of articles, events by type and language, actors, places, dates")
    st.add_argument("target", help="a folder made by 'kg build', a store folder, or an RDF file")
    st.set_defaults(handler=cmd_stats)
    return parser


def cmd_build(args: argparse.Namespace) -> int:
    """kg build: skipped articles are reported one line each; the rest are built."""
    from .api import build

    def report(err: InputError) -> None:
        print(f"kg: skipped {err}", file=sys.stderr)

    from .resolve import MergeConfig

    formats = writers.chosen(args.formats)  # a bad name fails before the build, not after it
    config = MergeConfig.from_file(args.merge_config) if args.merge_config else None
    limits = Limits(args.max_chars, args.max_mentions, args.seconds_per_article)
    with warnings.catch_warnings():
        warnings.simplefilter("always", InputWarning)
        warnings.showwarning = _input_warnings_on_one_line(warnings.showwarning)
        kg = build(args.inputs, lang=args.lang, on_error=report, rdf_store=args.rdf_store,
                   use_models=not args.no_model, store=args.store, config=config, limits=limits,
                   workers=max(1, args.workers), scheduler=args.scheduler if args.engine == "dask" else None,
                   shards=args.shards, wait=args.wait)
    if kg.report.articles == 0:
        print(f"kg: error: no usable article in {' '.join(args.inputs)}; fix the inputs reported above", file=sys.stderr)
        return EXIT_UNUSABLE
    written = kg.write(Path(args.out), ui_lang=args.ui_lang, formats=formats)
    if not args.quiet:
        r = kg.report
        print(f"read {r.articles} articles ({len(r.skipped)} skipped): {r.mentions} event mentions, "
              f"{r.events} events → {', '.join(str(p) for p in written.values())}")
    return EXIT_SKIPPED if kg.report.skipped else EXIT_OK


def _input_warnings_on_one_line(show):
    """A ``warnings.showwarning`` that prints each distinct InputWarning as ``kg: warning: …``
    (inputs are read twice, the second time to extract) and leaves other warnings to ``show``."""
    printed: set[str] = set()

    def showwarning(message, category, filename, lineno, file=None, line=None):
        if not issubclass(category, InputWarning):
            return show(message, category, filename, lineno, file, line)
        if str(message) not in printed:
            printed.add(str(message))
            print(f"kg: warning: {message}", file=sys.stderr)

    return showwarning


def cmd_query(args: argparse.Namespace) -> int:
    """kg query: print the result in the chosen format."""
    from .api import load

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise QueryError(f"--param '{item}' is not NAME=VALUE; write e.g. --param actor=\"Mark Rutte\"")
        params[name] = value
    sys.stdout.write(load(args.target, args.timeout).query_text(args.query, fmt=args.format, on_note=note, **params))
    return EXIT_OK


def note(text: str) -> None:
    """Say on stderr why an answer may be empty or wider than asked; the exit code stays 0."""
    print(f"kg: note: {text}", file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    """kg serve: run until Ctrl-C or SIGTERM (the graph is served from memory, so nothing is left behind)."""
    from .serve import start_server

    with stop_signals_interrupt():
        try:
            with start_server(args.target, port=args.port) as server:
                print(f"serving {args.target} read-only at {server.url} (Ctrl-C stops)", flush=True)
                server.wait()
        except KeyboardInterrupt:
            pass
    return EXIT_OK


@contextmanager
def stop_signals_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP interrupt as Ctrl-C does, so clean-up code runs; so does SIGINT
    itself, even where the process started with it ignored (a shell script's 'kg serve … &' does that)."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    stops = [s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, interrupt) for s in stops}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def cmd_push(args: argparse.Namespace) -> int:
    """kg push: one PUT per named graph."""
    from .serve import push

    count = push(args.target, args.endpoint)
    print(f"pushed {count} named graph(s) to {args.endpoint}; query them through the store's union default graph "
          "(Oxigraph: …/query?union-default-graph)")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """kg validate: one line per violation; exit 1 when the graph does not conform."""
    from .api import load
    from .validate import validate

    violations = validate(load(args.target).graph)
    for v in violations:
        print(v)
    print(f"{len(violations)} violation(s)" if violations else "conforms to ontology/shapes.ttl")
    return EXIT_SKIPPED if violations else EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """kg stats: the totals, then events by type and language."""
    from .api import load

    graph = load(args.target)
    sys.stdout.write(graph.query_text("stats"))
    sys.stdout.write(graph.query_text("events-by-type-and-language"))
    if (Path(args.target) / "graph.oxigraph").is_dir():
        from .store import GraphStore

        stale = GraphStore(args.target).stale()
        print(f"stale extractions: {stale}" + (" (made by another version or other lexicons; the next "
                                                "'kg build --store' re-extracts them)" if stale else ""))
    return EXIT_OK


def cmd_queries(args: argparse.Namespace) -> int:
    """kg queries: name and description of each saved query."""
    for q in saved_queries().values():
        print(f"{q.name:20} {q.description}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

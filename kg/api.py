"""The Python API: build a knowledge graph from articles, query it, write it out."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import Dataset, Graph

from .engine import OxigraphGraph
from .engine import available as engine_available
from .errors import InputError
from .export import resolved
from .export.files import write_atomic
from .export.network import network, to_networkx
from .export.rdf import (
    jsonld_text,
    nquads_lines,
    oxigraph_quads,
    trig_text,
    write_turtle_to,
)
from .export.records import event_records, write_events_jsonl
from .graph import build_dataset, union_graph
from .graph.quads import Quads, build_quads
from .graph.vocab import ID
from .limits import Limits, checked
from .perf import without_gc
from .query import Queryable, format_result, open_graph, rows, run
from .records import Article, Extraction
from .remote import DEFAULT_TIMEOUT
from .resources import context_file, ontology_file

if TYPE_CHECKING:  # extraction (spaCy) loads when a build starts: 'kg query' never pays for it
    from .extract import Extractor
    from .resolve import MergeConfig, Resolution

ONTOLOGY_GRAPH = ID["graph/ontology"]


@dataclass
class BuildReport:
    """What a build read, skipped and found."""

    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    events: int = 0
    mentions: int = 0


class KnowledgeGraph:
    """A built graph: a Dataset with one named graph per article, queryable with SPARQL. A graph
    loaded from files (:func:`load`) may instead be held by Oxigraph (``engine``), where its
    queries run; ``graph`` is then an rdflib copy, made when first asked for. A graph built here
    also keeps the ``resolution`` and the ``articles`` it was written from: its records and its
    NetworkX projection are made from them (:mod:`kg.export.resolved`), not queried back."""

    def __init__(self, dataset: Dataset | None = None, graph: Graph | None = None,
                 report: BuildReport | None = None, engine: OxigraphGraph | None = None,
                 resolution: Resolution | None = None, articles: list[Article] | None = None,
                 quads: Quads | None = None, rdf_store: str = "default") -> None:
        self._dataset = dataset
        self._graph = graph
        self.engine = engine
        self.report = report or BuildReport()
        self.resolution = resolution
        self.articles = articles or []
        self.quads = quads
        self.rdf_store = rdf_store

    @property
    def dataset(self) -> Dataset | None:
        """The rdflib Dataset: one named graph per article, the events graph and the ontology. A build
        that made the graph as quads (:attr:`quads`) makes it from the resolution when first asked for."""
        if self._dataset is None and self.quads is not None and self.resolution is not None:
            self._dataset = dataset_of(self.resolution, self.articles, self.rdf_store)
        return self._dataset

    @cached_property
    def graph(self) -> Graph:
        """Every triple in one graph: the merged view that graph.ttl holds."""
        if self._graph is not None:
            return self._graph
        return union_graph(self.dataset) if self.dataset is not None else self.engine.to_graph()

    @property
    def _queried(self) -> Queryable:
        """What queries run on: the Oxigraph store when there is one, else the rdflib graph."""
        return self.engine if self.engine is not None else self.graph

    def query(self, query: str, *, on_note: Callable[[str], None] | None = None, **params: str) -> list[dict]:
        """Rows of a SELECT (SPARQL text, .rq file or saved query name), parameters bound safely;
        ``on_note`` hears why rows may be missing or wider than asked (a name matching no actor, or several)."""
        return rows(run(self._queried, query, params, on_note))

    def query_text(self, query: str, fmt: str = "table", *, on_note: Callable[[str], None] | None = None,
                   **params: str) -> str:
        """A query's result formatted as a table, CSV, TSV or SPARQL results JSON."""
        return format_result(run(self._queried, query, params, on_note), fmt)

    def events(self) -> list[dict]:
        """The merged events as events.jsonl records."""
        if self.resolution is not None:
            return resolved.event_records(self.resolution, self.articles)
        return event_records(self._queried)

    def to_networkx(self, records: list[dict] | None = None) -> nx.MultiDiGraph:
        """Events, actors and places as a NetworkX MultiDiGraph (of ``records`` when given, as
        :meth:`events` returns them)."""
        if self.resolution is None:
            return to_networkx(self.graph, records)
        records = self.events() if records is None else records
        return network(records, resolved.network_facts(self.resolution, self.articles))

    def writer_quads(self) -> Quads | None:
        """What Oxigraph's writers write: the quads the build made, else those of :attr:`source`;
        None without pyoxigraph (rdflib writes instead)."""
        if self.quads is not None:
            return self.quads
        return oxigraph_quads(self.source) if engine_available() else None

    def write_turtle(self, path: str | Path, quads: Quads | None = None) -> Path:
        """Every triple as Turtle (from ``quads`` when given, see :meth:`writer_quads`)."""
        quads = self.writer_quads() if quads is None else quads
        graph = self.graph if quads is None else None
        return write_atomic(path, lambda handle: write_turtle_to(handle, graph, quads))

    def write_trig(self, path: str | Path, quads: Quads | None = None) -> Path:
        """TriG with one named graph per article (needs a graph built here, not loaded from Turtle);
        from ``quads`` when given (see :meth:`writer_quads`)."""
        quads = self.writer_quads() if quads is None else quads
        return write_atomic(path, trig_text(self.source if quads is None else None, quads))

    def write_nquads(self, path: str | Path, quads: Quads | None = None) -> Path:
        """N-Quads with one named graph per article (from ``quads`` when given)."""
        quads = self.writer_quads() if quads is None else quads
        return write_atomic(path, nquads_lines(self.source if quads is None else None, quads))

    @property
    def source(self) -> Graph:
        """What TriG and N-Quads are written from: the Dataset when there is one, else the graph."""
        return self.dataset if self.dataset is not None else self.graph

    def write_jsonld(self, path: str | Path) -> Path:
        """JSON-LD with the context shipped in the package inlined (nothing to fetch)."""
        context = json.loads(context_file().read_text(encoding="utf-8"))["@context"]
        return write_atomic(path, jsonld_text(self.graph, context))

    def write_events(self, path: str | Path) -> Path:
        write_events_jsonl(self.events(), path)
        return Path(path)

    def write_html(self, path: str | Path, *, ui_lang: str = "en", title: str = "diplomatic-kg") -> Path:
        from .export.html import write_html

        return write_html(self.to_networkx(), path, title=title, ui_lang=ui_lang)

    @without_gc
    def write(self, out_dir: str | Path, *, ui_lang: str = "en",
              formats: str | Iterable[str] | None = None) -> dict[str, Path]:
        """Write the formats asked for into a folder (names of :mod:`kg.export.writers`, comma-separated
        or a list; ``all`` for every one); by default graph.ttl, graph.nq, events.jsonl, events.csv and
        graph.html. File name → path written."""
        from .export import writers

        return writers.write(self, out_dir, writers.chosen(formats), ui_lang)


def build(paths: Iterable[str | Path], *, lang: str | None = None,
          on_error: Callable[[InputError], None] | None = None, rdf_store: str = "default",
          config: MergeConfig | None = None, extractor: Extractor | None = None,
          use_models: bool = True, store: str | Path | None = None,
          limits: Limits | None = None, workers: int = 1, scheduler: str | None = None,
          shards: str | Path | None = None, wait: float = 0.0) -> KnowledgeGraph:
    """Read articles, extract and merge events, and return the knowledge graph.

    With ``scheduler`` (a Dask scheduler address, or "local"), extraction runs on that Dask
    cluster, whose partitions come back as N-Quads shards (kept in ``shards`` if given); they
    are bulk-loaded into Oxigraph and the merge runs once here over what was loaded. With
    ``workers`` > 1, extraction runs on a local process pool.
    With ``store`` (a folder), the articles are added to that incremental on-disk store and
    the graph returned is the store's whole graph; ``rdf_store`` names the rdflib store the
    graph is built in ("default" in memory, or "oxigraph").
    """
    from .extract import Extractor
    from .ingest import read_articles
    from .resolve import resolve
    from .store import GraphStore

    report = BuildReport()

    def skipped(err: InputError) -> None:
        report.skipped.append(err)
        if on_error is not None:
            on_error(err)

    handler = skipped if on_error is not None else None
    order: dict[str, int] = {}  # article id → position of its first copy; the last copy of an id wins

    def stream():
        """Each id's last copy, in reading order. A first, quiet pass finds the last copies
        (reading is cheap next to extraction), so earlier copies are neither held nor extracted."""
        last: dict[str, int] = {}
        for position, article in enumerate(read_articles(paths, lang=lang, on_error=lambda err: None)):
            order.setdefault(article.id, len(order))
            last[article.id] = position
        for position, article in enumerate(read_articles(paths, lang=lang, on_error=handler)):
            if last.get(article.id) == position:
                yield article

    extractor = extractor or Extractor(use_models=use_models)
    within_limits = checked(extractor.extract, limits or Limits())
    failed: set[str] = set()

    def extract(article):
        try:
            result = within_limits(article)
        except InputError:
            failed.add(article.id)
            raise
        failed.discard(article.id)
        return result

    with ExitStack() as held:
        if store is not None:
            disk = held.enter_context(GraphStore(store, wait=wait).writing())
            disk.add(stream(), extract, on_error=handler)
            extractions = disk.extractions()
        else:
            extractions = _extract_all(stream(), order, failed, handler, extractor, use_models, limits, workers,
                                       scheduler, shards)
        resolution = resolve(extractions, config)
        articles = [x.article for x in extractions]
        # the graph as quads, straight from the resolution, when Oxigraph writes the files; an rdflib
        # Dataset (on the store asked for) when there is no pyoxigraph or another store is asked for
        quads = build_quads(resolution, articles) if rdf_store in ("default", "memory") and engine_available() else None
        dataset = dataset_of(resolution, articles, rdf_store) if quads is None else None
        if store is not None:
            disk.save_graph(quads.chunks() if quads is not None else b"".join(nquads_lines(dataset)))
    report.articles = len(set(order) - failed)
    report.events = len(resolution.events)
    report.mentions = sum(len(x.mentions) for x in extractions)
    return KnowledgeGraph(dataset, report=report, resolution=resolution, articles=articles, quads=quads,
                          rdf_store=rdf_store)


def dataset_of(resolution: Resolution, articles: list[Article], rdf_store: str = "default") -> Dataset:
    """The rdflib Dataset of a resolution, with the ontology in its own named graph."""
    dataset = build_dataset(resolution, articles, store=rdf_store)
    dataset.graph(ONTOLOGY_GRAPH).parse(ontology_file(), format="turtle")
    return dataset


def _extract_all(articles: Iterable, order: dict[str, int], failed: set[str], handler, extractor: Extractor,
                 use_models: bool, limits: Limits | None, workers: int, scheduler: str | None,
                 shards: str | Path | None) -> list[Extraction]:
    """Every article's extraction without its body, in reading order; failures go to ``handler``."""
    from .parallel import extract_parallel, extract_serial
    # articles stream through; only their extractions (without the body) are kept
    if scheduler:
        pairs = _from_shards(articles, scheduler, use_models, limits or Limits(), shards)
    elif workers > 1:
        pairs = extract_parallel(articles, workers, use_models, limits or Limits())
    else:
        pairs = extract_serial(articles, extractor, limits or Limits())
    kept: dict[str, Extraction] = {}
    for article, result in pairs:
        if isinstance(result, InputError):
            failed.add(article.id)
            kept.pop(article.id, None)
            if handler is None:
                raise result
            handler(result)
        else:
            failed.discard(article.id)
            kept[article.id] = result.without_text()
    return sorted(kept.values(), key=lambda x: order[x.article.id])


def _from_shards(articles: Iterable, scheduler: str, use_models: bool, limits: Limits,
                 shards: str | Path | None) -> list[tuple]:
    """(article, extraction or error) pairs of a Dask build, read back from its loaded shards."""
    import tempfile

    from .graph.readings import load_shards, read_extractions
    from .parallel import extract_dask

    with tempfile.TemporaryDirectory(prefix="kg-shards-") as tmp:
        paths, errors = extract_dask(articles, scheduler, use_models, limits, Path(shards) if shards else Path(tmp))
        readings = read_extractions(load_shards(paths))
    pairs = [(position, x.article.id, x) for position, x in readings]
    pairs += [(position, article_id, err) for position, article_id, err in errors]
    return [(_Ref(article_id), result) for _, article_id, result in sorted(pairs, key=lambda p: p[0])]


@dataclass(frozen=True)
class _Ref:
    """What the build loop needs of an article it no longer holds: its id."""

    id: str


def load(target: str | Path, timeout: float = DEFAULT_TIMEOUT) -> KnowledgeGraph:
    """A graph written earlier: a folder made by ``kg build``, a store, an RDF file (queried in
    Oxigraph when pyoxigraph is installed), or a SPARQL endpoint's URL (each request given
    ``timeout`` seconds)."""
    opened = open_graph(target, timeout)
    if isinstance(opened, OxigraphGraph):
        return KnowledgeGraph(engine=opened)
    return KnowledgeGraph(graph=opened)

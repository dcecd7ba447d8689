"""Extraction on several processes (``kg build --workers N``): the same results as one worker,
in the same order, because every article is extracted independently and collected in order."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .errors import InputError
from .extract import Extractor
from .limits import Limits, checked
from .records import Article, Extraction

_WORKER: dict = {}  # the one extractor of a worker process, set by its initializer


def _start(use_models: bool, limits: Limits) -> None:
    """Build the extractor once per worker process."""
    _WORKER["extract"] = checked(Extractor(use_models=use_models).extract, limits)


def _run(article: Article) -> Extraction | InputError:
    try:
        return _WORKER["extract"](article)
    except InputError as err:
        return err


def extract_parallel(articles: Iterable[Article], workers: int, use_models: bool, limits: Limits,
                     chunksize: int = 8) -> Iterator[tuple[Article, Extraction | InputError]]:
    """(article, extraction or the error that skipped it), in input order. Articles stream
    through a window of a few chunks per worker, so memory does not grow with the corpus."""
    window = max(1, workers * 4)
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(use_models, limits)) as pool:
        pending: deque = deque()
        for chunk in _chunks(articles, chunksize):
            pending.append((chunk, pool.submit(_run_chunk, chunk)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield from zip(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result())


def _run_chunk(articles: list[Article]) -> list[Extraction | InputError]:
    return [_run(article) for article in articles]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_serial(articles: Iterable[Article], extract: Callable[[Article], Extraction]
                   ) -> Iterator[tuple[Article, Extraction | InputError]]:
    """The one-process version, with the same shape."""
    for article in articles:
        try:
            yield article, extract(article)
        except InputError as err:
            yield article, err


def _extract_partition(articles: list[Article], use_models: bool, limits: Limits) -> list[Extraction | InputError]:
    """One Dask task: a partition of articles, with the worker's extractor built once."""
    if "extract" not in _WORKER:
        _start(use_models, limits)
    return [_run(article) for article in articles]


def extract_dask(articles: Iterable[Article], scheduler: str, use_models: bool, limits: Limits,
                 partition: int = 32) -> Iterator[tuple[Article, Extraction | InputError]]:
    """Extraction on a Dask distributed cluster (``scheduler``: an address such as
    ``tcp://10.0.0.5:8786``, or ``local`` for a LocalCluster on this machine). Partitions are
    independent; results come back in input order, so the merge that follows is the same."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        from .errors import ConfigError

        raise ConfigError("--engine dask needs Dask; install it with: pip install 'diplomatic-kg[dask]'") from err
    articles = list(articles)
    chunks = [articles[i:i + partition] for i in range(0, len(articles), partition)]
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True) if scheduler == "local" else None
    with Client(cluster if cluster is not None else scheduler) as client:
        futures = client.map(_extract_partition, chunks, use_models=use_models, limits=limits, pure=False)
        for chunk, results in zip(chunks, client.gather(futures)):
            yield from zip(chunk, results)
    if cluster is not None:
        cluster.close()

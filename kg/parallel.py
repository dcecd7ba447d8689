"""Extraction in one process, on several (``kg build --workers N``) or on a Dask cluster
(``--engine dask``): the same results every way, because every article is extracted
independently and results are collected in input order. Workers send back extractions
without the article body; Dask workers send N-Quads shards (see ``kg.graph.readings``)."""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import InputError
from .export.files import write_atomic
from .extract import Extractor, language_batches
from .limits import Limits, Overtime, budget, check_result, check_size, checked
from .records import Article, Extraction

_WORKER = threading.local()  # the extractor of a worker process (or of each thread of a Dask worker)


def _start(use_models: bool, limits: Limits) -> None:
    """Build the extractor once per worker process."""
    _WORKER.extract = checked(Extractor(use_models=use_models).extract, limits)


def _run(article: Article) -> Extraction | InputError:
    try:
        return _WORKER.extract(article)
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
    results = [_run(article) for article in articles]
    return [r if isinstance(r, InputError) else r.without_text() for r in results]


def _chunks(articles: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_serial(articles: Iterable[Article], extractor: Extractor, limits: Limits, batch_size: int = 32
                   ) -> Iterator[tuple[Article, Extraction | InputError]]:
    """The one-process version, with the same shape: runs of same-language articles go through
    ``nlp.pipe`` in batches (a statistical model is much faster so). A batch gets one article's
    time budget; past it, the batch is redone article by article, each with its own budget,
    so a slow article is still found and skipped. Results are the same as article by article."""
    for batch in language_batches(articles, batch_size):
        yield from _serial_batch(batch, extractor, limits)


def _serial_batch(batch: list[Article], extractor: Extractor, limits: Limits
                  ) -> Iterator[tuple[Article, Extraction | InputError]]:
    refused: dict[int, InputError] = {}
    for k, article in enumerate(batch):
        try:
            check_size(article, limits)
        except InputError as err:
            refused[k] = err
    wanted = [a for k, a in enumerate(batch) if k not in refused]
    try:
        with budget(limits.seconds_per_article):
            results = iter(list(extractor.extract_many(wanted, batch_size=max(1, len(wanted)))))
    except Overtime:
        one = checked(lambda article: next(iter(extractor.extract_many([article], batch_size=1))), limits)
        for article in batch:
            try:
                yield article, one(article)
            except InputError as err:
                yield article, err
        return
    for k, article in enumerate(batch):  # results in input order, refused ones in their place
        if k in refused:
            yield article, refused[k]
            continue
        try:
            yield article, check_result(article, next(results), limits)
        except InputError as err:
            yield article, err


def _shard_partition(items: list[tuple[int, Article]], use_models: bool, limits: Limits
                     ) -> tuple[bytes, list[tuple[int, InputError]]]:
    """One Dask task: extract a partition with the worker's extractor (built once) and return
    its readings as N-Quads, plus the errors of the articles it skipped, by input position."""
    from .graph.readings import shard_bytes

    if getattr(_WORKER, "extract", None) is None:  # a Dask worker runs tasks on several threads: one each
        _start(use_models, limits)
    good, errors = [], []
    for position, article in items:
        result = _run(article)
        if isinstance(result, InputError):
            errors.append((position, result))
        else:
            good.append((position, result.without_text()))
    return shard_bytes(good), errors


def extract_dask(articles: Iterable[Article], scheduler: str, use_models: bool, limits: Limits, shard_dir: Path,
                 partition: int = 32, window: int = 16) -> tuple[list[Path], list[tuple[int, str, InputError]]]:
    """Extraction on a Dask distributed cluster (``scheduler``: an address such as
    ``tcp://10.0.0.5:8786``, or ``local`` for a LocalCluster on this machine).

    Articles stream to the cluster in partitions, at most ``window`` in flight; each comes
    back as one N-Quads shard, written to ``shard_dir/part-NNNNN.nq`` (IRIs depend only on
    input positions, so partitions never coordinate). Returns the shard paths in input order
    and the skipped articles as (position, article id, error).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        from .errors import ConfigError

        raise ConfigError("--engine dask needs Dask; install it with: pip install 'diplomatic-kg[dask]'") from err
    shard_dir.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    errors: list[tuple[int, str, InputError]] = []
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True) if scheduler == "local" else None
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            pending: deque = deque()

            def collect() -> None:
                index, ids, future = pending.popleft()
                data, failed = future.result()
                path = shard_dir / f"part-{index:05d}.nq"
                write_atomic(path, data)
                shards.append(path)
                errors.extend((position, ids[position], err) for position, err in failed)

            positioned = ((position, article) for position, article in enumerate(articles))
            for index, chunk in enumerate(_chunks(positioned, partition)):
                ids = {position: article.id for position, article in chunk}
                pending.append((index, ids, client.submit(_shard_partition, chunk, use_models, limits, pure=False)))
                if len(pending) >= window:
                    collect()
            while pending:
                collect()
    finally:
        if cluster is not None:
            cluster.close()
    return shards, errors

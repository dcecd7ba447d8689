"""Extraction on several processes (``kg build --workers N``): the same results as one worker,
in the same order, because every article is extracted independently and collected in order."""
from __future__ import annotations

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
    """(article, extraction or the error that skipped it), in input order."""
    articles = list(articles)
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(use_models, limits)) as pool:
        yield from zip(articles, pool.map(_run, articles, chunksize=chunksize))


def extract_serial(articles: Iterable[Article], extract: Callable[[Article], Extraction]
                   ) -> Iterator[tuple[Article, Extraction | InputError]]:
    """The one-process version, with the same shape."""
    for article in articles:
        try:
            yield article, extract(article)
        except InputError as err:
            yield article, err

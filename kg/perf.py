"""Keeping Python's cyclic garbage collector out of bulk graph work.

Building or reading a graph of a million triples allocates millions of small objects that
live as long as the graph; the collector keeps walking them all the same, which more than
doubles the time of those stages (measured with ``benchmarks/run.py``). Reference counting
still frees what is dropped inside the block; the collector is switched back on when it
ends and catches any cycles on its next run.
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

F = TypeVar("F", bound=Callable)

# Caches keyed by word form (norms, trigger bitmasks, capitalisation, folded names) grow with
# the vocabulary, and news keeps bringing new words: each is emptied when it reaches this many
# entries, so their memory stays bounded on a stream of any length.
WORD_CACHE_SIZE = 1 << 16

# spaCy's Vocab keeps a lexeme and its strings for every word form it has seen (about 450
# bytes each): a language's pipeline is built afresh once its Vocab holds this many.
VOCAB_LIMIT = 100_000


def bounded(cache: dict) -> dict:
    """``cache``, emptied first if it holds :data:`WORD_CACHE_SIZE` entries; for ``bounded(c)[k] = v``."""
    if len(cache) >= WORD_CACHE_SIZE:
        cache.clear()
    return cache


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block (re-entrant; restores the previous state)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_gc(func: F) -> F:
    """Decorator form of :func:`paused_gc`."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with paused_gc():
            return func(*args, **kwargs)
    return wrapper  # type: ignore[return-value]

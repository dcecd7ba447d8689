"""Limits that keep one hostile article from stalling or swamping a batch (configuration, not
literals): the largest article, the most events one article may yield, a time budget."""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import InputError
from .records import Article, Extraction


@dataclass(frozen=True)
class Limits:
    """Over a limit, the article is skipped with a reason; the rest of the batch goes on."""

    max_chars: int = 1_000_000          # title + text
    max_mentions: int = 2_000           # event mentions from one article
    seconds_per_article: float = 60.0   # wall time for the NLP and extraction of one article


class Overtime(Exception):
    """Raised inside a ``budget`` block when its time is up."""


@contextmanager
def budget(seconds: float):
    """Interrupt the block after ``seconds`` (main thread on POSIX; elsewhere no budget)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def alarm(signum, frame):  # noqa: ARG001
        raise Overtime()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def where(article: Article) -> str:
    return article.path or article.id


def check_size(article: Article, limits: Limits) -> None:
    """Raise an InputError naming the article if it is over ``max_chars``."""
    size = len(article.title) + len(article.text)
    if size > limits.max_chars:
        raise InputError(where(article), f"article '{article.id}' has {size:,} characters, over the limit of "
                         f"{limits.max_chars:,}; split it or raise --max-chars", article.line)


def check_result(article: Article, result: Extraction, limits: Limits) -> Extraction:
    """The extraction, or an InputError naming the article if it yields over ``max_mentions``."""
    if len(result.mentions) > limits.max_mentions:
        raise InputError(where(article), f"article '{article.id}' yields {len(result.mentions):,} event mentions, "
                         f"over the limit of {limits.max_mentions:,}; raise --max-mentions", article.line)
    return result


def overtime(article: Article, limits: Limits) -> InputError:
    return InputError(where(article), f"article '{article.id}' took over {limits.seconds_per_article:g} s; "
                      f"skipped (raise --seconds-per-article to allow more)", article.line)


def checked(extract: Callable[[Article], Extraction], limits: Limits) -> Callable[[Article], Extraction]:
    """``extract`` wrapped so that an article over a limit raises an InputError naming it and the fix."""
    def run(article: Article) -> Extraction:
        check_size(article, limits)
        try:
            with budget(limits.seconds_per_article):
                result = extract(article)
        except Overtime:
            raise overtime(article, limits) from None
        return check_result(article, result, limits)
    return run

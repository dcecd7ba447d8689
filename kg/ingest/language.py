"""Guess an article's language from spaCy's stop-word lists and language-specific letters."""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from kg.errors import ConfigError
from kg.ingest.lexicon import IngestLexicon, load_lexicon

WORD = re.compile(r"\w+")
LETTER_WEIGHT = 0.5
"""A word with a marker letter (ğ, ş, ı…) counts half a stop word: names like Erdoğan
turn up in English text too, while stop words are the stronger signal."""


@dataclass(frozen=True)
class LanguageProfile:
    """What one language looks like: its stop words and the letters only it uses."""

    lang: str
    stop_words: frozenset[str]
    letters: frozenset[str]

    def score(self, words: list[str]) -> float:
        """How strongly these (lower-cased) words point to this language."""
        stop = self.stop_words
        total: float = sum(map(stop.__contains__, words))
        if self.letters:
            marked = self.letters.isdisjoint
            total += LETTER_WEIGHT * sum(1 for word in words if not marked(word) and word not in stop)
        return total


def build_profiles(lexicon: IngestLexicon) -> tuple[LanguageProfile, ...]:
    """One profile per lexicon language, with stop words from ``spacy.lang.<lang>``."""
    return tuple(LanguageProfile(lang, _stop_words(lang), _cased(letters)) for lang, letters in lexicon.marker_letters)


def _cased(letters: str) -> frozenset[str]:
    """The marker letters in both cases, leaving out case partners that are not marker letters:
    'İ'.lower() is 'i' plus a combining dot and 'ı'.upper() is 'I', which English writes too."""
    both = {c for letter in letters for c in (letter, letter.lower(), letter.upper())}
    return frozenset(c for c in both if len(c) == 1 and not c.isascii())


def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for a language code."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ModuleNotFoundError as exc:
        raise ConfigError(
            f"kg/lexicons/{lang}: spaCy has no language '{lang}'; name the folder by an ISO code spaCy knows"
        ) from exc
    return frozenset(module.STOP_WORDS)


MIN_EVIDENCE = 6.0
"""A text needs this score (about six stop words) before it can contradict a stated language."""
CONTRADICTION = 2.0
"""… and must score this many times the stated language's score."""
SAMPLE = 2000
"""Characters of a text read to check a stated language: a few hundred words are plenty."""


def scores(text: str, profiles: tuple[LanguageProfile, ...]) -> dict[str, float]:
    """Each language's score for a text, in folder order."""
    words = WORD.findall(text.replace("İ", "i").lower())
    return {p.lang: p.score(words) for p in profiles}


def guess_language(text: str, profiles: tuple[LanguageProfile, ...]) -> str:
    """The best-scoring language; on a tie (or no signal) the first in folder order."""
    found = scores(text, profiles)
    return max(found, key=found.__getitem__)


def contradicting_language(text: str, stated: str, profiles: tuple[LanguageProfile, ...]) -> str | None:
    """The language a text clearly reads as, when that is not the ``stated`` one; else None."""
    found = scores(text[:SAMPLE], profiles)
    best = max(found, key=found.__getitem__)
    clear = found[best] >= MIN_EVIDENCE and found[best] >= CONTRADICTION * found.get(stated, 0.0)
    return best if best != stated and clear else None


def detect_language(text: str) -> str:
    """Guess whether a text is Turkish or English (or any language under kg/lexicons/)."""
    return guess_language(text, build_profiles(load_lexicon()))

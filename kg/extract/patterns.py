"""Token patterns (the spaCy Matcher dialect the trigger files use), matched with a
predicate cache that lives as long as the vocabulary.

spaCy's Matcher re-evaluates every REGEX predicate on every token of every Doc; news
vocabulary repeats, so here each distinct (ORTH, NORM) pair is tested once against all
predicates and remembered as a bitmask. Matching itself walks only from tokens whose
bitmask can start a pattern. The result is the set of (match_id, start, end) triples that
spaCy's Matcher returns for the same patterns (tested against it); patterns outside the
supported subset go to spaCy's Matcher unchanged.

Supported: token attributes NORM, LOWER, TEXT/ORTH and IS_PUNCT; values as a string, a
bool, {"IN": [...]} or {"REGEX": ...}; the empty token {}; the operators "?", "*", "+",
"{m,n}", "{n}", "{m,}" and "{,n}". Anything else (such as "!") goes to spaCy's Matcher.

One attribute is this project's own: ``{"ANALYSIS": {"LEMMA": ..., "HAS": [...], "NOT": [...]}}``
holds when some reading of the word by the language's morphological analyser
(:mod:`kg.nlp.morphology`) has that lemma (a string or a list), carries every tag in HAS and
none in NOT (``{"LEMMA": "imzalamak", "HAS": ["Pass"]}``: 'imzalanan', 'imzalandı',
'imzalanmasının'). Without an analyser it never holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import NORM, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..nlp.morphology import Analyse
from ..perf import bounded

_STRING_ATTRS = {"NORM": "norm", "LOWER": "lower", "TEXT": "orth", "ORTH": "orth"}
_QUANT = re.compile(r"^\{(\d*),?(\d*)\}$")
_UNBOUNDED = 10_000


class Unsupported(Exception):
    """A pattern the cached matcher does not compile; spaCy's Matcher takes it."""


@dataclass(frozen=True)
class _Step:
    required: int      # predicate bits that must all hold (0: any token)
    low: int
    high: int


def _quantifier(op: str | None) -> tuple[int, int]:
    if op is None:
        return 1, 1
    fixed = {"?": (0, 1), "*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED)}
    if op in fixed:
        return fixed[op]
    m = _QUANT.match(op)
    if not m or not (m.group(1) or m.group(2)):
        raise Unsupported(op)
    if "," not in op:
        return int(m.group(1)), int(m.group(1))
    return int(m.group(1) or 0), int(m.group(2)) if m.group(2) else _UNBOUNDED


class CachedMatcher:
    """A drop-in for ``Matcher(vocab)`` used as ``add(key, [pattern])`` then ``matcher(doc)``."""

    def __init__(self, vocab: Vocab, analyse: Analyse | None = None) -> None:
        self.vocab = vocab
        self.analyse = analyse
        self._predicates: list[tuple[str, object]] = []     # (attribute, test)
        self._index: dict[tuple, int] = {}
        self._patterns: list[tuple[int, tuple[_Step, ...]]] = []
        self._fallback = Matcher(vocab)
        self._has_fallback = False
        self._masks: dict[int, tuple[int, int]] = {}  # ORTH → (the NORM it was seen with, bitmask)
        self._starts = 0          # bits that can begin some pattern; -1: any token can
        self._candidates: dict[int, list[tuple[int, tuple[_Step, ...]]]] = {}  # mask → patterns it can start
        self._tests: _Tests | None = None  # the predicates grouped for testing a new word

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            try:
                steps = tuple(self._compile(token) for token in pattern)
            except Unsupported:
                self._fallback.add(key, [pattern])
                self._has_fallback = True
                continue
            self._patterns.append((self.vocab.strings.add(key), steps))
            self._masks.clear()
            self._tests = None
            self._candidates.clear()
            for step in steps:
                self._starts = -1 if step.required == 0 or self._starts == -1 else self._starts | step.required
                if step.low > 0:
                    break

    def _compile(self, token: dict) -> _Step:
        required = 0
        low, high = _quantifier(token.get("OP"))
        for attr, value in token.items():
            if attr == "OP":
                continue
            if attr == "IS_PUNCT" and isinstance(value, bool):
                test: object = ("punct", value)
            elif attr in _STRING_ATTRS and isinstance(value, str):
                test = ("eq", value)
            elif attr in _STRING_ATTRS and isinstance(value, dict) and set(value) == {"IN"}:
                test = ("in", frozenset(value["IN"]))
            elif attr in _STRING_ATTRS and isinstance(value, dict) and set(value) == {"REGEX"}:
                test = ("re", re.compile(value["REGEX"]))
            elif attr == "ANALYSIS" and isinstance(value, dict) and value.get("LEMMA") and set(value) <= {"LEMMA", "HAS", "NOT"}:
                lemmas = value["LEMMA"]
                test = ("analysis", _Reading(frozenset([lemmas] if isinstance(lemmas, str) else lemmas),
                                             frozenset(value.get("HAS", ())), frozenset(value.get("NOT", ()))))
            else:
                raise Unsupported(attr)
            key = (attr, test if test[0] != "re" else ("re", test[1].pattern))
            if key not in self._index:
                self._index[key] = len(self._predicates)
                self._predicates.append((attr, test))
            required |= 1 << self._index[key]
        return _Step(required, low, high)

    def _mask(self, orth: int, norm: int) -> int:
        if self._tests is None:
            self._tests = _Tests(self._predicates)
        tests = self._tests
        strings = self.vocab.strings
        lexeme = self.vocab[orth]
        values = {"orth": strings[orth], "norm": strings[norm], "lower": lexeme.lower_}
        mask = self._analysis_mask(tests, values["norm"]) if tests.analysed else 0
        mask |= tests.punct[bool(lexeme.is_punct)]
        for field, table in tests.words.items():
            mask |= table.get(values[field], 0)
        for field, (screen, regexes) in tests.regexes.items():
            text = values[field]
            if screen.search(text) is not None:  # most words: none of the field's REGEXes finds anything
                for bit, regex in regexes:
                    if regex.search(text) is not None:
                        mask |= bit
        for field, regexes in tests.unscreened.items():  # those that find something in almost every word
            text = values[field]
            for bit, regex in regexes:
                if regex.search(text) is not None:
                    mask |= bit
        return mask

    def _analysis_mask(self, tests: _Tests, norm: str) -> int:
        """The bits of the ANALYSIS tests that some reading of ``norm`` passes; the analyser is asked
        only about words that begin like one of the lemmas."""
        if self.analyse is None or tests.lemma_screen.match(norm) is None:
            return 0
        readings = self.analyse(norm)
        mask = 0
        for bit, wanted in tests.analysed:
            if any(r.lemma in wanted.lemmas and wanted.has <= r.tags and not wanted.not_ & r.tags for r in readings):
                mask |= bit
        return mask

    def masks(self, doc: Doc) -> list[int]:
        """Each token's predicate bitmask, from the cache where its (ORTH, NORM) was seen. The
        cache is keyed by ORTH and holds the NORM it was computed with: a token whose norm
        differs (a model's exception) is computed afresh."""
        cache = self._masks
        orths, folds = doc.to_array([ORTH, NORM]).T.tolist() if len(doc) else ([], [])
        return [entry[1] if entry is not None and entry[0] == norm else self._learn(orth, norm)
                for entry, orth, norm in zip(map(cache.get, orths), orths, folds)]

    def _learn(self, orth: int, norm: int) -> int:
        mask = self._mask(orth, norm)
        bounded(self._masks)[orth] = (norm, mask)
        return mask

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        if self._patterns:
            masks = self.masks(doc)
            starts = self._starts
            positions = range(len(masks)) if starts == -1 else [i for i, mask in enumerate(masks) if mask & starts]
            for i in positions:
                mask = masks[i]
                candidates = self._candidates.get(mask)
                if candidates is None:
                    candidates = self._candidates[mask] = [p for p in self._patterns if _may_start(p[1], mask)]
                for key, steps in candidates:
                    for end in _ends(steps, 0, masks, i):
                        if end > i:
                            found.add((key, i, end))
        if self._has_fallback:
            found.update(self._fallback(doc))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


class _Tests:
    """The predicates arranged for testing one new word: per field a table from word to the bits
    of its equality and IN tests, per field its REGEX tests behind one screening alternation,
    and the bits an IS_PUNCT value sets."""

    def __init__(self, predicates: list[tuple[str, object]]) -> None:
        self.words: dict[str, dict[str, int]] = {}
        self.regexes: dict[str, tuple[re.Pattern, list[tuple[int, re.Pattern]]]] = {}
        self.punct = {True: 0, False: 0}
        self.analysed: list[tuple[int, _Reading]] = []
        found: dict[str, list[tuple[int, re.Pattern]]] = {}
        for bit, (attr, (kind, arg)) in enumerate(predicates):
            if kind == "analysis":
                self.analysed.append((1 << bit, arg))
                continue
            if kind == "punct":
                self.punct[arg] |= 1 << bit
                continue
            field = _STRING_ATTRS[attr]
            if kind == "re":
                found.setdefault(field, []).append((1 << bit, arg))
                continue
            table = self.words.setdefault(field, {})
            for word in ([arg] if kind == "eq" else arg):
                table[word] = table.get(word, 0) | 1 << bit
        self.unscreened: dict[str, list[tuple[int, re.Pattern]]] = {}
        for field, regexes in found.items():
            negative = [(bit, rx) for bit, rx in regexes if rx.pattern.startswith("^(?!")]  # 'any word but …'
            if negative:
                self.unscreened[field] = negative
                regexes = [(bit, rx) for bit, rx in regexes if not rx.pattern.startswith("^(?!")]
            if regexes:
                self.regexes[field] = (_screen([rx for _, rx in regexes]), regexes)
        stems = sorted({_stem_prefix(lemma) for _, wanted in self.analysed for lemma in wanted.lemmas})
        self.lemma_screen = re.compile("|".join(map(re.escape, stems)) or "(?!)")


@dataclass(frozen=True)
class _Reading:
    """What an ANALYSIS test asks of some reading of a word."""

    lemmas: frozenset[str]
    has: frozenset[str]
    not_: frozenset[str]


def _stem_prefix(lemma: str) -> str:
    """What every form of ``lemma`` begins with, to screen words before they are analysed: the
    stem without its infinitive ending and without its last letter, which Turkish may soften or
    drop ('gitmek' → 'gid-iyor', 'ağız' → 'ağz-ı')."""
    lemma = lemma.lower()
    stem = lemma[:-3] if lemma.endswith(("mak", "mek")) and len(lemma) > 4 else lemma
    return stem[:-1] if len(stem) > 2 else stem[:1]


def _screen(regexes: list[re.Pattern]) -> re.Pattern:
    """One regex that finds something wherever any of ``regexes`` does (an alternation fails only
    where all of its branches fail); patterns that cannot be joined (a global inline flag in the
    middle, or a back-reference, whose group number would change) give a screen that always finds."""
    if any(re.search(r"\\\d|\(\?P=", rx.pattern) for rx in regexes):
        return re.compile("")
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for rx in regexes))
    except re.error:
        return re.compile("")


def _may_start(steps: tuple[_Step, ...], mask: int) -> bool:
    """Whether a token with this mask can be the first token of a match of ``steps``."""
    for step in steps:
        if mask & step.required == step.required:
            return True
        if step.low > 0:
            return False
    return False


def _ends(steps: tuple[_Step, ...], k: int, masks: list[int], i: int):
    """Every position where steps[k:] matching from token i can end."""
    if k == len(steps):
        yield i
        return
    step = steps[k]
    count = 0
    while True:
        if count >= step.low:
            yield from _ends(steps, k + 1, masks, i + count)
        if count >= step.high or i + count >= len(masks):
            return
        if masks[i + count] & step.required != step.required:
            return
        count += 1

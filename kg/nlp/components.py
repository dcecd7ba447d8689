"""spaCy components of the NLP stage, registered as factories."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.layout import hard_wrapped  # one rule for ingest and the splitter
from ..lexicons import fold
from .. import perf
from .cache import doc_text, fill, offsets, texts as token_texts

SENTENCE_END = {".", "!", "?", "…", "!!", "!!!", "?!"}
BREAK, QUOTE, END = 1, 2, 3  # the kinds of token the sentence splitter looks at


class NormSetter:
    """Set ``Token.norm_`` to the language's own lowercase (Turkish İ→i, I→ı), and fill the Doc's
    caches of token texts, norms and whitespace and its text while the word forms are at hand."""

    def __init__(self, dotted_i: bool) -> None:
        self.dotted_i = dotted_i
        self._words: dict[int, tuple[int, str, str]] = {}  # ORTH id → (NORM id, text, norm), as first seen

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths, trailing = doc.to_array([ORTH, SPACY]).T.tolist()
        try:
            entries = list(map(self._words.__getitem__, orths))
        except KeyError:
            entries = self._learn(doc, orths)
        norm_ids, words, folded = zip(*entries)
        doc.from_array([NORM], numpy.array(norm_ids, dtype="uint64"))
        spaces = [" " if s else "" for s in trailing]
        fill(doc, list(words), list(folded), spaces, "".join(map(str.__add__, words, spaces)))
        return doc

    def _learn(self, doc: Doc, orths: list[int]) -> list[tuple[int, str, str]]:
        """The entries of ``orths``, learning the new ones (read from local values, so a cache
        emptied meanwhile by another thread does no harm)."""
        known = self._words
        if len(known) >= perf.WORD_CACHE_SIZE:  # bounded, as every per-word cache (kg.perf)
            known.clear()
        strings = doc.vocab.strings
        entries = []
        for orth in orths:
            entry = known.get(orth)
            if entry is None:
                text = strings[orth]
                norm = fold(text, self.dotted_i)
                entry = known[orth] = (strings.add(norm), text, norm)
            entries.append(entry)
        return entries


class SentenceSplitter:
    """Split at sentence-final punctuation and line breaks, never inside a quotation."""

    def __init__(self, abbreviations: list[str], quotes: list[list[str]]) -> None:
        self.abbreviations = set(abbreviations)
        self.openers = {q[0] for q in quotes if q[0] != q[1]}
        self.closers = {q[1] for q in quotes if q[0] != q[1]}
        self.symmetric = {q[0] for q in quotes if q[0] == q[1]}
        self._kind_of: dict[str, int] = {}  # word form → kind, filled as words are first seen
        marks = {"\n", *"".join(SENTENCE_END), *self.openers, *self.closers, *self.symmetric}
        self.marks = re.compile("[" + "".join(re.escape(c) for c in sorted(marks)) + "]")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = self.sentence_starts(doc)
        values = numpy.full(len(doc), -1, dtype="int32")
        values[sorted(starts)] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        """Token indices that begin a sentence. Only tokens holding a line break, a quotation mark
        or sentence-final punctuation are visited, found by one scan of the text."""
        texts = token_texts(doc)
        text = doc_text(doc)
        starts = {0}
        in_quote = False
        quote_opened = -1
        wrapped = hard_wrapped(text)
        kinds, kind_of = self._kind_of, self._kind
        for i in self._candidates(doc, text):
            word = texts[i]
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = kind_of(word)
            if kind == BREAK:
                blank_line = word.count("\n") > 1
                if not wrapped or blank_line or (i and texts[i - 1] in SENTENCE_END):
                    starts.add(i + 1)
                    in_quote = False
            elif kind == QUOTE:
                if word in self.openers or (word in self.symmetric and not in_quote):
                    in_quote, quote_opened = True, i
                else:
                    in_quote = False
            elif kind == END and not (in_quote and i - quote_opened < 400) and _opens_sentence(texts, i + 1):
                starts.add(i + 1)
        return {i for i in starts if i < len(texts)}

    def _candidates(self, doc: Doc, text: str) -> list[int]:
        """Indices of the tokens that hold one of the characters the splitter looks at, in order."""
        chars = [m.start() for m in self.marks.finditer(text)]
        if not chars:
            return []
        tokens = numpy.searchsorted(offsets(doc), chars, side="right") - 1
        return numpy.unique(tokens).tolist()

    def _kind(self, word: str) -> int:
        """What a token is to the splitter: a line break, a quotation mark, a possible end, or 0."""
        if "\n" in word:
            return BREAK
        if word in self.symmetric or word in self.openers or word in self.closers:
            return QUOTE
        if self.may_end(word):
            return END
        return 0

    def ends_sentence(self, texts: list[str], i: int) -> bool:
        """Sentence-final punctuation followed by a capital, a quote or a digit (the Doc's end needs no split)."""
        return self.may_end(texts[i]) and _opens_sentence(texts, i + 1)

    def may_end(self, word: str) -> bool:
        """Whether a word form can end a sentence (what follows it decides): sentence-final
        punctuation, or a word ending in a full stop that is not an abbreviation."""
        return word not in self.abbreviations and (
            word in SENTENCE_END or (word.endswith(".") and len(word) > 1 and word[-2].islower()))


def _opens_sentence(texts: list[str], i: int) -> bool:
    """Whether token i can open a sentence after a possible end: a capital, a digit or a
    non-alphanumeric character (a quote, a dash); nothing at the end of the Doc."""
    if i >= len(texts):
        return False
    first = texts[i][:1]
    return first.isupper() or first.isdigit() or not first.isalnum()


@Language.factory("dkg_norm", default_config={"dotted_i": False})
def make_norm_setter(nlp: Language, name: str, dotted_i: bool) -> NormSetter:
    """Factory for :class:`NormSetter`."""
    return NormSetter(dotted_i)


@Language.factory("dkg_sentences", default_config={"abbreviations": [], "quotes": [['"', '"']]})
def make_sentence_splitter(nlp: Language, name: str, abbreviations: list[str],
                           quotes: list[list[str]]) -> SentenceSplitter:
    """Factory for :class:`SentenceSplitter`."""
    return SentenceSplitter(abbreviations, quotes)

"""spaCy components of the NLP stage, registered as factories."""
from __future__ import annotations

import numpy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import fold
from .cache import texts as token_texts

SENTENCE_END = {".", "!", "?", "…", "!!", "!!!", "?!"}


def hard_wrapped(text: str) -> bool:
    """Text broken into lines of about the same width (e-mail style): single newlines are spaces."""
    lines = [len(line) for line in text.splitlines() if line.strip()]
    if len(lines) < 5:
        return False
    widest = max(lines)
    return widest <= 100 and sum(1 for n in lines if n >= 0.6 * widest) >= 0.6 * len(lines)


class NormSetter:
    """Set ``Token.norm_`` to the language's own lowercase (Turkish İ→i, I→ı)."""

    def __init__(self, dotted_i: bool) -> None:
        self.dotted_i = dotted_i
        self._norms: dict[int, int] = {}  # ORTH id → NORM id, filled as words are first seen

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        norms, strings = self._norms, doc.vocab.strings
        values = []
        for orth in doc.to_array([ORTH]).tolist():
            norm = norms.get(orth)
            if norm is None:
                norm = norms[orth] = strings.add(fold(strings[orth], self.dotted_i))
            values.append(norm)
        doc.from_array([NORM], numpy.array(values, dtype="uint64"))
        return doc


class SentenceSplitter:
    """Split at sentence-final punctuation and line breaks, never inside a quotation."""

    def __init__(self, abbreviations: list[str], quotes: list[list[str]]) -> None:
        self.abbreviations = set(abbreviations)
        self.openers = {q[0] for q in quotes if q[0] != q[1]}
        self.closers = {q[1] for q in quotes if q[0] != q[1]}
        self.symmetric = {q[0] for q in quotes if q[0] == q[1]}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = self.sentence_starts(doc)
        values = numpy.full(len(doc), -1, dtype="int32")
        values[sorted(starts)] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        """Token indices that begin a sentence."""
        texts = token_texts(doc)
        starts = {0}
        in_quote = False
        quote_opened = -1
        wrapped = hard_wrapped(doc.text)
        for i, text in enumerate(texts):
            if "\n" in text:
                blank_line = text.count("\n") > 1
                if not wrapped or blank_line or (i and texts[i - 1] in SENTENCE_END):
                    starts.add(i + 1)
                    in_quote = False
                continue
            if text in self.symmetric or text in self.openers or text in self.closers:
                if text in self.openers or (text in self.symmetric and not in_quote):
                    in_quote, quote_opened = True, i
                else:
                    in_quote = False
                continue
            if in_quote and i - quote_opened < 400:
                continue
            if self.ends_sentence(texts, i):
                starts.add(i + 1)
        return {i for i in starts if i < len(texts)}

    def ends_sentence(self, texts: list[str], i: int) -> bool:
        """Sentence-final punctuation followed by a capital, a quote, a digit or the end."""
        text = texts[i]
        if text not in SENTENCE_END and not (text.endswith(".") and text not in self.abbreviations
                                             and len(text) > 1 and text[-2].islower()):
            return False
        if text in self.abbreviations or i + 1 >= len(texts):
            return False
        first = texts[i + 1][:1]
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

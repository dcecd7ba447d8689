"""spaCy components of the NLP stage, registered as factories."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import fold

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

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.norm_ = fold(token.text, self.dotted_i)
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
        for token in doc:
            token.is_sent_start = token.i in starts
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        """Token indices that begin a sentence."""
        starts = {0}
        in_quote = False
        quote_opened = -1
        wrapped = hard_wrapped(doc.text)
        for token in doc:
            text = token.text
            if "\n" in text or "\n" in token.whitespace_:
                blank_line = (text + token.whitespace_).count("\n") > 1
                if not wrapped or blank_line or (token.i and doc[token.i - 1].text in SENTENCE_END):
                    starts.add(token.i + 1)
                    in_quote = False
                continue
            if text in self.symmetric or text in self.openers or text in self.closers:
                if text in self.openers or (text in self.symmetric and not in_quote):
                    in_quote, quote_opened = True, token.i
                else:
                    in_quote = False
                continue
            if in_quote and token.i - quote_opened < 400:
                continue
            if self.ends_sentence(doc, token):
                starts.add(token.i + 1)
        return {i for i in starts if i < len(doc)}

    def ends_sentence(self, doc: Doc, token) -> bool:
        """Sentence-final punctuation followed by a capital, a quote, a digit or the end."""
        if token.text not in SENTENCE_END and not (token.text.endswith(".") and token.text not in self.abbreviations
                                                   and len(token.text) > 1 and token.text[-2].islower()):
            return False
        if token.text in self.abbreviations:
            return False
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            return False
        first = nxt.text[:1]
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

"""Per-Doc caches of what extraction reads many times: sentences, token texts and norms,
quoted tokens, and whether a model parsed the Doc."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, NORM, ORTH, SPACY
from spacy.tokens import Doc, Span

T = TypeVar("T")

# The helpers below cache what extraction reads many times in ``doc.user_data`` under "dkg_"
# keys: the Doc lives for one article, and kg never serialises Docs. Only plain values are
# kept (never Spans or Tokens, which point back at the Doc and would make it a cycle).

_last: tuple[Doc | None, dict] = (None, {})  # the Doc last asked about and its user_data
_last_sentences: tuple[Doc | None, list[Span]] = (None, [])  # the last Doc's sentences


def _data(doc: Doc) -> dict:
    """``doc.user_data``, with the last Doc's remembered: extraction asks about one Doc hundreds
    of thousands of times, and reading the attribute costs more than the lookup itself. The pair
    is swapped as one value, so threads see either the old or the new pair."""
    global _last
    last = _last
    if last[0] is doc:
        return last[1]
    data = doc.user_data
    _last = (doc, data)
    return data


def per_doc(doc: Doc, key: object, compute: Callable[[], T]) -> T:
    """The value under ``key`` in the Doc's caches, computed on first use."""
    last = _last
    data = last[1] if last[0] is doc else _data(doc)
    value = data.get(key)
    if value is None:
        value = data[key] = compute()
    return value


def cached(key: str) -> Callable[[Callable[[Doc], T]], Callable[[Doc], T]]:
    """Make ``compute(doc)`` a per-Doc cached reader under ``key``; the last Doc's values are read
    without a call to :func:`per_doc` (these readers are called hundreds of thousands of times)."""
    def wrap(compute: Callable[[Doc], T]) -> Callable[[Doc], T]:
        @functools.wraps(compute)
        def read(doc: Doc) -> T:
            last = _last
            if last[0] is doc:
                value = last[1].get(key)
                if value is not None:
                    return value
            return per_doc(doc, key, lambda: compute(doc))
        return read
    return wrap


def _strings(doc: Doc, attr: int) -> list[str]:
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array([attr]).tolist()]


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, found once per Doc (``doc.sents`` walks every token each time); the
    list is shared between callers, so it must not be changed."""
    global _last_sentences
    last = _last_sentences
    if last[0] is doc:
        return last[1]
    bounds = per_doc(doc, "dkg_sentences", lambda: [(s.start, s.end) for s in doc.sents])
    spans = [Span(doc, start, end) for start, end in bounds]
    _last_sentences = (doc, spans)  # kept here, not in the Doc: a Span points back at its Doc
    return spans


def fill(doc: Doc, words: list[str], folded: list[str], trailing: list[str], text: str) -> None:
    """Set the Doc's token texts, norms, whitespace and text caches from values already read
    (the norm component has them at hand)."""
    data = _data(doc)
    data["dkg_texts"], data["dkg_norms"], data["dkg_spaces"], data["dkg_text"] = words, folded, trailing, text


@cached("dkg_parsed")
def parsed(doc: Doc) -> bool:
    """Whether a model gave the Doc a dependency parse (checked once per Doc)."""
    return doc.has_annotation("DEP")


@cached("dkg_entities")
def has_entities(doc: Doc) -> bool:
    """Whether a model gave the Doc named entities (checked once per Doc)."""
    return doc.has_annotation("ENT_IOB")


@cached("dkg_texts")
def texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc without making Token objects."""
    return _strings(doc, ORTH)


@cached("dkg_norms")
def norms(doc: Doc) -> list[str]:
    """Each token's NORM (the language's fold of its text), read once per Doc."""
    return _strings(doc, NORM)


@cached("dkg_spaces")
def spaces(doc: Doc) -> list[str]:
    """Each token's trailing whitespace (``Token.whitespace_``), read once per Doc."""
    return [" " if s else "" for s in doc.to_array([SPACY]).tolist()]


@cached("dkg_offsets")
def offsets(doc: Doc) -> list[int]:
    """Each token's character offset (``Token.idx``), read once per Doc."""
    return doc.to_array([IDX]).tolist()


@cached("dkg_text")
def doc_text(doc: Doc) -> str:
    """The Doc's text (``Doc.text`` joins every token each time it is read)."""
    return doc.text


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the Span and its Tokens."""
    if end <= start:
        return ""
    data = _data(doc)
    starts, text, words = data.get("dkg_offsets"), data.get("dkg_text"), data.get("dkg_texts")
    if starts is None or text is None or words is None:
        starts, text, words = offsets(doc), doc_text(doc), texts(doc)
    return text[starts[start]:starts[end - 1] + len(words[end - 1])]


class Flags:
    """Lexical flags of every token of one Doc, as lists (``Token.is_alpha`` and so on)."""

    __slots__ = ("alpha", "punct", "space", "stop")

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array([IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP]).T.tolist() if len(doc) else [[], [], [], []]
        self.alpha, self.punct, self.space, self.stop = ([bool(v) for v in column] for column in columns)


@cached("dkg_flags")
def flags(doc: Doc) -> Flags:
    """The lexical flags of the Doc's tokens, read once per Doc."""
    return Flags(doc)


def quoted(doc: Doc, quotes: frozenset[str]) -> frozenset[int]:
    """Indices of tokens inside quotation marks, each sentence opening outside a quotation."""
    def compute() -> frozenset[int]:
        words, out = texts(doc), set()
        for sent in sentences(doc):
            inside, opener = False, ""
            for i in range(sent.start, sent.end):
                if words[i] in quotes:
                    inside, opener = not inside, words[i]
                elif inside and opener == "'" and len(words[i]) > 1 and words[i][0] == "'":
                    inside = False  # "'Türk İş Dünyası Buluşması'na": the closing apostrophe also marks the suffix
                elif inside:
                    out.add(i)
        return frozenset(out)
    return per_doc(doc, ("dkg_quoted", quotes), compute)

"""Per-Doc caches of what extraction reads many times: sentences, token texts and norms,
quoted tokens, and whether a model parsed the Doc."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.attrs import NORM, ORTH
from spacy.tokens import Doc, Span

T = TypeVar("T")

# The helpers below cache what extraction reads many times in ``doc.user_data`` under "dkg_"
# keys: the Doc lives for one article, and kg never serialises Docs. Only plain values are
# kept (never Spans or Tokens, which point back at the Doc and would make it a cycle).

def _per_doc(doc: Doc, key: object, compute: Callable[[], T]) -> T:
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = compute()
    return value


def _strings(doc: Doc, attr: int) -> list[str]:
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array([attr]).tolist()]


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, found once per Doc (``doc.sents`` walks every token each time)."""
    bounds = _per_doc(doc, "dkg_sentences", lambda: [(s.start, s.end) for s in doc.sents])
    return [doc[start:end] for start, end in bounds]


def parsed(doc: Doc) -> bool:
    """Whether a model gave the Doc a dependency parse (checked once per Doc)."""
    return _per_doc(doc, "dkg_parsed", lambda: doc.has_annotation("DEP"))


def has_entities(doc: Doc) -> bool:
    """Whether a model gave the Doc named entities (checked once per Doc)."""
    return _per_doc(doc, "dkg_entities", lambda: doc.has_annotation("ENT_IOB"))


def texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc without making Token objects."""
    return _per_doc(doc, "dkg_texts", lambda: _strings(doc, ORTH))


def norms(doc: Doc) -> list[str]:
    """Each token's NORM (the language's fold of its text), read once per Doc."""
    return _per_doc(doc, "dkg_norms", lambda: _strings(doc, NORM))


def quoted(doc: Doc, quotes: frozenset[str]) -> frozenset[int]:
    """Indices of tokens inside quotation marks, each sentence opening outside a quotation."""
    def compute() -> frozenset[int]:
        words, out = texts(doc), set()
        for sent in sentences(doc):
            inside = False
            for i in range(sent.start, sent.end):
                if words[i] in quotes:
                    inside = not inside
                elif inside:
                    out.add(i)
        return frozenset(out)
    return _per_doc(doc, ("dkg_quoted", quotes), compute)

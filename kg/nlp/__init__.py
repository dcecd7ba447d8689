"""The NLP stage: a blank spaCy pipeline per language with the project's own components.

No trained model is needed: a tokenizer that splits Turkish apostrophe suffixes
(``Paris'e`` → ``Paris`` + ``'e``), language-aware ``NORM`` and a sentence splitter that
knows paragraphs, abbreviations and quotations.
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from typing import TypeVar

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex

from ..errors import ConfigError
from ..lexicons import Lexicon
from .components import NormSetter, SentenceSplitter  # noqa: F401  (registers the factories)

T = TypeVar("T")

__all__ = ["make_nlp", "model_available", "NormSetter", "SentenceSplitter",
           "sentences", "parsed", "has_entities", "texts", "norms", "quoted"]


def model_available(lexicon: Lexicon) -> bool:
    """Whether the statistical pipeline named in the language's data is installed."""
    spec = lexicon.language.get("model") or {}
    return bool(spec.get("package")) and importlib.util.find_spec(spec["package"]) is not None


def load_model(lexicon: Lexicon) -> Language:
    """The installed statistical pipeline, checked against the pinned version, with our components."""
    spec = lexicon.language["model"]
    nlp = spacy.load(spec["package"], exclude=["lemmatizer"])
    if nlp.meta.get("version") != spec["version"] or nlp.meta.get("lang") != lexicon.lang:
        raise ConfigError(f"model {spec['package']} is version {nlp.meta.get('version')}, expected {spec['version']}; "
                          f"reinstall it with: pip install 'diplomatic-kg[{lexicon.lang}]'")
    nlp.add_pipe("dkg_sentences", before="parser", config=_sentence_config(lexicon))
    nlp.add_pipe("dkg_norm", last=True, config={"dotted_i": lexicon.dotted_i})
    return nlp


def _sentence_config(lexicon: Lexicon) -> dict:
    return {"abbreviations": list(lexicon.language.get("abbreviations", [])),
            "quotes": [list(q) for q in lexicon.language.get("quotes", [])]}


def make_nlp(lexicon: Lexicon, use_model: bool = True) -> Language:
    """The language's statistical pipeline when installed (and wanted), else a blank pipeline with
    norm and sentence components."""
    if use_model and model_available(lexicon):
        return load_model(lexicon)
    nlp = spacy.blank(lexicon.lang)
    apostrophes = lexicon.language.get("apostrophes") or []
    if apostrophes:
        marks = "".join(re.escape(a) for a in apostrophes)
        extra = rf"(?<=[^\W_])[{marks}][^\W\d_]{{1,8}}$"
        suffixes = list(nlp.Defaults.suffixes or []) + [extra]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("dkg_norm", config={"dotted_i": lexicon.dotted_i})
    nlp.add_pipe("dkg_sentences", config=_sentence_config(lexicon))
    return nlp


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

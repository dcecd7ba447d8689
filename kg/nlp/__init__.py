"""The NLP stage: a blank spaCy pipeline per language with the project's own components.

No trained model is needed: a tokenizer that splits Turkish apostrophe suffixes
(``Paris'e`` → ``Paris`` + ``'e``), language-aware ``NORM`` and a sentence splitter that
knows paragraphs, abbreviations and quotations.
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from ..lexicons import Lexicon
from .components import NormSetter, SentenceSplitter  # noqa: F401  (registers the factories)

__all__ = ["make_nlp", "NormSetter", "SentenceSplitter"]


def make_nlp(lexicon: Lexicon) -> Language:
    """A blank pipeline for ``lexicon.lang`` with norm and sentence components."""
    nlp = spacy.blank(lexicon.lang)
    apostrophes = lexicon.language.get("apostrophes") or []
    if apostrophes:
        marks = "".join(re.escape(a) for a in apostrophes)
        extra = rf"(?<=[^\W_])[{marks}][^\W\d_]{{1,8}}$"
        suffixes = list(nlp.Defaults.suffixes or []) + [extra]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("dkg_norm", config={"dotted_i": lexicon.dotted_i})
    nlp.add_pipe("dkg_sentences", config={"abbreviations": list(lexicon.language.get("abbreviations", [])),
                                         "quotes": [list(q) for q in lexicon.language.get("quotes", [])]})
    return nlp

"""The NLP stage: a blank spaCy pipeline per language with the project's own components.

No trained model is needed: a tokenizer that splits Turkish apostrophe suffixes
(``Paris'e`` → ``Paris`` + ``'e``), language-aware ``NORM`` and a sentence splitter that
knows paragraphs, abbreviations and quotations.
"""
from __future__ import annotations

import importlib.util
import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..errors import ConfigError
from ..lexicons import Lexicon
from .cache import doc_text, flags, has_entities, norms, offsets, parsed, per_doc, quoted, sentences, spaces, span_text, texts
from .components import NormSetter, SentenceSplitter  # noqa: F401  (registers the factories)

__all__ = ["make_nlp", "model_available", "NormSetter", "SentenceSplitter",
           "sentences", "parsed", "has_entities", "texts", "norms", "quoted", "spaces", "offsets", "doc_text",
           "span_text", "flags", "per_doc"]


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
    # a quotation mark of two characters ('' in wire copy) is one token, before any apostrophe rule
    long_quotes = sorted({re.escape(q) for pair in lexicon.language.get("quotes", []) for q in pair if len(q) > 1})
    suffixes = long_quotes + list(nlp.Defaults.suffixes or [])
    if apostrophes:
        marks = "".join(re.escape(a) for a in apostrophes)
        suffixes.append(rf"(?<=[^\W_])[{marks}][^\W\d_]{{1,8}}$")
        keep_whole = nlp.tokenizer.token_match  # spaCy's Turkish keeps a number's suffix on it: "2020'de"
        if keep_whole is not None:
            inflected = re.compile(rf"(?<=[^\W_])[{marks}][^\W\d_]{{1,8}}$")  # ("'ı" alone stays one)
            nlp.tokenizer.token_match = lambda text: None if inflected.search(text) else keep_whole(text)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # a comma between a word and a number with no space ('Obama,35 sene sonra') parts them; a decimal comma
    # ('3,5') joins two digits and stays
    infixes = list(nlp.Defaults.infixes or []) + [r"(?<=[^\W\d_]),(?=\d)", r"(?<=\d),(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # a dash glued to a quotation mark or a capital opening a line ('-"SURİYE …"', a scraped bullet) is no
    # part of the word: left on, it hides the quotation mark and every quotation after it pairs wrongly
    dashes = [r"-(?=[\"'“”‘’«»])", r"-(?=[^\W\d_a-zçğıöşü])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(long_quotes + list(nlp.Defaults.prefixes or []) + dashes).search
    nlp.add_pipe("dkg_norm", config={"dotted_i": lexicon.dotted_i})
    nlp.add_pipe("dkg_sentences", config=_sentence_config(lexicon))
    return nlp

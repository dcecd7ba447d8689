"""The per-Doc caches equal what spaCy's Token and Span objects say, and the sentence splitter,
which visits only the tokens its text scan finds, splits where a token-by-token walk would."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lexicons import Lexicon
from kg.nlp import doc_text, flags, make_nlp, norms, offsets, spaces, span_text, texts
from kg.nlp.components import SENTENCE_END, SentenceSplitter, hard_wrapped

SEED = "NATO Genel Sekreteri Rutte, dün  Kellogg'u ağırladı.\n\nArdından Paris'e hareket etti . “Bu iyi” dedi."
PIECES = ["Rutte", "Kellogg'u", "dün", "ağırladı", ".", "!", "?", "…", "vs.", "Dr.", "a.", "\n", "\n\n", "\"",
          "“", "”", "  ", " ", "ile", "Paris'e", "3", ","]


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(Lexicon.load("tr"), use_model=False)


def walked_starts(splitter: SentenceSplitter, words: list[str], wrapped: bool) -> set[int]:
    """The splitter's rules applied token by token, as written before the text scan."""
    starts, in_quote, quote_opened = {0}, False, -1
    for i, text in enumerate(words):
        if "\n" in text:
            if not wrapped or text.count("\n") > 1 or (i and words[i - 1] in SENTENCE_END):
                starts.add(i + 1)
                in_quote = False
            continue
        if text in splitter.symmetric or text in splitter.openers or text in splitter.closers:
            if text in splitter.openers or (text in splitter.symmetric and not in_quote):
                in_quote, quote_opened = True, i
            else:
                in_quote = False
            continue
        if in_quote and i - quote_opened < 400:
            continue
        if splitter.ends_sentence(words, i):
            starts.add(i + 1)
    return {i for i in starts if i < len(words)}


@pytest.mark.parametrize("text", [SEED, "", " ", "Tek", "a\nb", "“Evet.” Hayır.\n"])
def test_caches_equal_token_attributes(nlp, text):
    doc = nlp(text)
    assert texts(doc) == [t.text for t in doc]
    assert norms(doc) == [t.norm_ for t in doc]
    assert spaces(doc) == [t.whitespace_ for t in doc]
    assert offsets(doc) == [t.idx for t in doc]
    assert doc_text(doc) == doc.text == text
    marks = flags(doc)
    assert (marks.alpha, marks.punct, marks.space, marks.stop) == (
        [t.is_alpha for t in doc], [t.is_punct for t in doc], [t.is_space for t in doc], [t.is_stop for t in doc])


def test_span_text_equals_span_text_attribute(nlp):
    doc = nlp(SEED)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_caches_are_filled_on_a_blank_pipeline_too():
    doc = spacy.blank("en")("Mark Rutte met  Keith Kellogg.")
    assert texts(doc) == [t.text for t in doc] and span_text(doc, 0, 2) == "Mark Rutte"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_splitter_scan_equals_a_token_walk(nlp, pieces):
    doc = nlp.make_doc(" ".join(pieces))
    splitter = nlp.get_pipe("dkg_sentences")
    nlp.get_pipe("dkg_norm")(doc)
    assert splitter.sentence_starts(doc) == walked_starts(splitter, texts(doc), hard_wrapped(doc.text))

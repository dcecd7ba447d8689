"""The cached trigger matcher returns exactly what spaCy's Matcher returns."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from kg.extract.patterns import CachedMatcher
from kg.lexicons import Lexicon
from kg.nlp import make_nlp

PATTERNS = [
    [{"NORM": "bir"}, {"NORM": "araya"}, {"NORM": {"REGEX": "^gel"}}],
    [{"NORM": {"IN": ["met", "meet"]}}, {"NORM": {"IN": ["with", "in"]}, "OP": "?"}],
    [{"NORM": {"IN": ["held", "had"]}}, {"OP": "?"}, {"NORM": {"IN": ["talks", "lunch"]}}],
    [{"NORM": {"IN": ["issued", "in"]}}, {"NORM": {"IN": ["a", "the", "joint"]}, "OP": "*"}, {"NORM": "statement"}],
    [{"NORM": {"IN": ["were", "was"]}}, {"NORM": {"IN": ["also", "present"]}, "OP": "+"}],
    [{"NORM": "spoke"}, {"IS_PUNCT": False, "OP": "{0,3}"}, {"NORM": "with"}],
    [{"TEXT": {"REGEX": "^['’]"}, "OP": "?"}, {"LOWER": {"REGEX": "^katıl"}}],
    [{"NORM": "a", "OP": "{2}"}],
    [{"ORTH": "X"}, {"NORM": "a", "OP": "{1,}"}],
]
WORDS = ["bir", "araya", "geldi", "met", "with", "in", "held", "had", "talks", "lunch", "issued", "a", "the",
         "joint", "statement", "were", "was", "also", "present", "spoke", ",", ".", "'e", "katıldı", "X", "Katıl"]


def both(vocab, patterns):
    ours, theirs = CachedMatcher(vocab), Matcher(vocab)
    for k, pattern in enumerate(patterns):
        ours.add(f"p{k}", [pattern])
        theirs.add(f"p{k}", [pattern])
    return ours, theirs


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_same_matches_as_spacy_on_any_word_sequence(words):
    nlp = spacy.blank("en")
    ours, theirs = both(nlp.vocab, PATTERNS)
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    for token in doc:
        token.norm_ = token.text.lower()
    assert sorted(ours(doc)) == sorted(theirs(doc))
    assert sorted(ours(doc)) == sorted(ours(doc))  # the cache gives the same answer the second time


@pytest.mark.parametrize("lang, text", [
    ("tr", "Dışişleri Bakanı Ayla Demir, dün Paris'te mevkidaşı ile bir araya geldi ve görüşmeye katıldı."),
    ("tr", "Bakan, toplantı'ya katılmak üzere Roma'ya hareket etti; görüşmeler sürüyor."),
    ("en", "The president met with the chancellor and later spoke briefly by phone with the premier."),
    ("en", "They issued a joint statement; officials were also present at the talks."),
])
def test_same_matches_as_spacy_with_the_trigger_files(lang, text):
    lexicon = Lexicon.load(lang)
    nlp = make_nlp(lexicon, use_model=False)
    # ANALYSIS tokens are this project's own (a reading by the morphological analyser): spaCy has none
    patterns = [spec["pattern"] for spec in lexicon.triggers if not any("ANALYSIS" in t for t in spec["pattern"])]
    ours, theirs = both(nlp.vocab, patterns)
    doc = nlp(text)
    assert ours(doc), "each sentence has a trigger"
    assert sorted(ours(doc)) == sorted(theirs(doc))


@pytest.mark.parametrize("patterns", [
    [[{"NORM": {"REGEX": r"^(.)\1"}}], [{"NORM": {"REGEX": "^x"}}]],          # a back-reference: no screen
    [[{"NORM": {"REGEX": "(?i)^m"}}], [{"NORM": {"REGEX": "et$"}}]],           # a global flag inside: no screen
    [[{"NORM": {"REGEX": "^m"}}], [{"NORM": {"REGEX": "et$"}}], [{"NORM": "bob"}], [{"IS_PUNCT": True}]],
])
def test_regex_screening_keeps_every_match(patterns):
    nlp = spacy.blank("en")
    ours, theirs = both(nlp.vocab, patterns)
    doc = nlp("Ann met Bob , aab xy Moet mm .")
    for token in doc:
        token.norm_ = token.text.lower()
    assert ours(doc) and sorted(ours(doc)) == sorted(theirs(doc))


def test_one_word_form_with_two_norms_is_tested_under_each():
    nlp = spacy.blank("en")
    ours, theirs = both(nlp.vocab, [[{"NORM": "meet"}], [{"NORM": "met"}]])
    doc = spacy.tokens.Doc(nlp.vocab, words=["met", "met", "met"])
    doc[1].norm_ = "meet"  # a tokenizer exception can give one word form another norm
    assert sorted(ours(doc)) == sorted(theirs(doc)) and len(ours(doc)) == 3
    assert sorted(ours(doc)) == sorted(theirs(doc))  # and again, from the cache


def test_an_unsupported_pattern_goes_to_spacy():
    nlp = spacy.blank("en")
    ours, theirs = both(nlp.vocab, [[{"LENGTH": 3}], [{"NORM": "met"}]])
    doc = nlp("Ann met Bob")
    assert sorted(ours(doc)) == sorted(theirs(doc))
    assert len(ours(doc)) == 4  # three three-letter words, and "met"


@pytest.mark.parametrize("text, trigger_id", [
    ("Remarks before the bilateral meeting", "meeting-noun"),   # a tie on one token: the pattern without optional tokens
    ("The president is meeting with the chancellor", "meet"),   # the longer match wins outright
])
def test_a_tie_between_triggers_goes_to_the_most_specific(extractor, text, trigger_id):
    tools = extractor.tools("en")
    doc = tools.nlp(text)
    [trigger] = [t for t in tools.events.triggers(doc) if t.type == "meeting"]
    assert trigger.spec["id"] == trigger_id

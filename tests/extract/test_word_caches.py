"""Caches keyed by word form stay bounded on an open vocabulary and never change a result."""
from __future__ import annotations

import random
import sys

from kg import perf
from kg.extract import Extractor
from tests.conftest import make_article

LIMIT = 40


def articles() -> list:
    rng = random.Random(3)
    words = ["".join(rng.choice("bcdfgklmnprstvyz") + rng.choice("aeıioöuü") for _ in range(3)) for _ in range(400)]
    out = []
    for k in range(12):
        filler = " ".join(rng.sample(words, 25))
        out.append(make_article(f"Dışişleri Bakanı Ayla Demir dün Roma'da İtalya Başbakanı Marco Neri ile görüştü. "
                                f"{filler.capitalize()}. Demir, Cuma günü Paris'e gidecek.", "tr", article_id=f"a{k}"))
    return out


def test_word_caches_stay_bounded_and_change_nothing(gazetteer, monkeypatch):
    unbounded = [x.mentions for x in Extractor(gazetteer, use_models=False).extract_many(articles())]
    monkeypatch.setattr(perf, "WORD_CACHE_SIZE", LIMIT)
    extractor = Extractor(gazetteer, use_models=False)
    bounded = [x.mentions for x in extractor.extract_many(articles())]
    assert bounded == unbounded and all(bounded)
    tools = extractor.tools("tr")
    longest = max(len({t.text for t in tools.nlp.make_doc(a.content)}) for a in articles())
    assert len(tools.events.matcher._masks) <= LIMIT and len(tools.actors._caps) <= LIMIT
    assert len(tools.nlp.get_pipe("dkg_norm")._words) <= LIMIT + longest  # emptied before a Doc, which then adds its words


def test_a_language_pipeline_is_renewed_when_its_vocabulary_grows_and_nothing_changes(gazetteer, monkeypatch):
    unbounded = [x.mentions for x in Extractor(gazetteer, use_models=False).extract_many(articles(), batch_size=2)]
    monkeypatch.setattr(perf, "VOCAB_LIMIT", 300)
    extractor = Extractor(gazetteer, use_models=False)
    built = []
    original = extractor.tools

    def tools(lang):
        if lang not in extractor._tools:
            built.append(lang)
        return original(lang)

    monkeypatch.setattr(extractor, "tools", tools)
    renewed = [x.mentions for x in extractor.extract_many(articles(), batch_size=2)]
    assert renewed == unbounded
    assert built.count("tr") > 2  # renewed several times on the way
    last = extractor._tools.get("tr")  # dropped after the last batch, or holding fewer words than the limit
    assert last is None or len(last.nlp.vocab) < 300


def test_threads_sharing_a_pipeline_with_a_tiny_word_cache_all_finish(gazetteer, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(perf, "WORD_CACHE_SIZE", 16)  # emptied all the time, while other threads read it
    nlp = Extractor(gazetteer, use_models=False).tools("tr").nlp
    texts = [a.content for a in articles()] * 10
    expected = [[t.norm_ for t in nlp(text)] for text in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, inside the cache's read-learn-read
    try:
        with ThreadPoolExecutor(4) as pool:
            norms = list(pool.map(lambda text: [t.norm_ for t in nlp(text)], texts))
    finally:
        sys.setswitchinterval(interval)
    assert norms == expected


def test_a_doc_from_a_renewed_pipeline_is_refused_with_a_clear_error(gazetteer):
    import pytest

    from kg.errors import ConfigError

    extractor = Extractor(gazetteer, use_models=False)
    article = articles()[0]
    doc = extractor.tools("tr").nlp(article.content)
    extractor._tools.pop("tr")  # as a renewal does
    with pytest.raises(ConfigError, match="made by another pipeline"):
        extractor.from_doc(article, doc)
    fresh = extractor.tools("tr").nlp(article.content)
    assert extractor.from_doc(article, fresh).mentions

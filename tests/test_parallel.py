"""Extraction on several processes gives exactly the single-process result."""
from __future__ import annotations

import json

import kg
from tests.conftest import SEED

ROWS = [
    {"id": f"p{i}", "lang": lang, "published": "2025-02-17T12:00:00+03:00", "title": title, "text": text}
    for i, (lang, title, text) in enumerate([
        ("tr", "Görüşme", "Dışişleri Bakanı Ayla Demir dün Roma'ya gitti. Demir, burada İtalya Başbakanı Marco Neri ile görüştü."),
        ("tr", "Ziyaret", "Ticaret Bakanı Murat Ece Cuma günü Bakü'ye gidecek."),
        ("en", "Call", "Foreign Minister Ana Silva spoke by phone yesterday with Secretary of State Tom Reed."),
        ("en", "Talks", "President Maria Lopez met with Prime Minister Ken Ito in Tokyo on Saturday."),
    ] * 3)
]


def test_two_workers_give_the_same_events(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    one = kg.build([batch, SEED], use_models=False)
    two = kg.build([batch, SEED], use_models=False, workers=2)
    assert one.events() == two.events()
    one.write_nquads(tmp_path / "one.nq")
    two.write_nquads(tmp_path / "two.nq")
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()


def test_dask_local_cluster_gives_the_same_events(tmp_path):
    import pytest

    pytest.importorskip("distributed")
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    one = kg.build([batch, SEED], use_models=False)
    cluster = kg.build([batch, SEED], use_models=False, scheduler="local", shards=tmp_path / "shards")
    assert one.events() == cluster.events()
    one.write_nquads(tmp_path / "one.nq")
    cluster.write_nquads(tmp_path / "cluster.nq")
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "cluster.nq").read_bytes()
    shards = sorted((tmp_path / "shards").glob("part-*.nq"))
    assert shards and all(b"/id/graph/reading/" in p.read_bytes() for p in shards)
    assert b"reading#" not in (tmp_path / "cluster.nq").read_bytes()  # readings never reach the output


def test_extract_many_pipes_in_batches_with_the_same_result(extractor):
    from kg.records import Article
    from datetime import datetime

    articles = [Article(r["id"], r["lang"], r["title"], r["text"], datetime.fromisoformat(r["published"])) for r in ROWS]
    piped = [x.mentions for x in extractor.extract_many(articles, batch_size=3)]
    single = [extractor.extract(a).mentions for a in articles]
    assert piped == single


class _SlowOn:
    """A stand-in extractor that takes too long on one article id."""

    def __init__(self, slow_id: str) -> None:
        self.slow_id = slow_id

    def extract(self, article):
        import time

        from kg.records import Extraction

        if article.id == self.slow_id:
            time.sleep(3)
        return Extraction(article, (), ())

    def extract_many(self, articles, batch_size=32):
        for article in articles:
            yield self.extract(article)


def test_serial_batches_find_and_skip_the_slow_article():
    from kg.errors import InputError
    from kg.limits import Limits
    from kg.parallel import extract_serial
    from kg.records import Article

    articles = [Article(f"a{i}", "en", "t", "x") for i in range(5)] + [Article("big", "en", "t", "x" * 50)]
    out = list(extract_serial(articles, _SlowOn("a2"), Limits(max_chars=20, seconds_per_article=0.5), batch_size=4))
    assert [a.id for a, _ in out] == ["a0", "a1", "a2", "a3", "a4", "big"]  # input order
    failed = {a.id: str(r) for a, r in out if isinstance(r, InputError)}
    assert set(failed) == {"a2", "big"}
    assert "took over 0.5 s" in failed["a2"] and "--max-chars" in failed["big"]


def test_only_the_last_copy_of_an_id_is_read_and_extracted(tmp_path):
    from kg.limits import Limits

    first = tmp_path / "1.jsonl"
    first.write_text(json.dumps({"id": "dup", "lang": "en", "title": "Too long", "text": "x " * 3000}) + "\n",
                     encoding="utf-8")
    last = tmp_path / "2.jsonl"
    last.write_text(json.dumps(ROWS[3] | {"id": "dup"}) + "\n", encoding="utf-8")
    errors = []
    graph = kg.build([first, last], use_models=False, on_error=errors.append, limits=Limits(max_chars=2000))
    assert errors == [] and graph.report.articles == 1      # the over-long first copy is never extracted
    assert {s["article"] for e in graph.events() for s in e["sources"]} == {"dup"}
    errors = []
    kg.build([last, first], use_models=False, on_error=errors.append, limits=Limits(max_chars=2000))
    assert len(errors) == 1 and "--max-chars" in str(errors[0])  # … but a bad last copy is what counts


def test_extraction_leaves_no_spans_or_tokens_in_the_doc(extractor):
    from spacy.tokens import Span, Token

    from kg.records import Article

    article = Article("a", "tr", "Görüşme", "Dışişleri Bakanı Ayla Demir dün Roma'da Marco Neri ile görüştü.")
    doc = extractor.tools("tr").nlp(article.content)
    extractor.from_doc(article, doc)
    values = [v for value in doc.user_data.values() for v in (value if isinstance(value, list) else [value])]
    assert values and not any(isinstance(v, (Span, Token)) for v in values)  # no Doc ↔ Span reference cycle


def test_each_thread_of_a_dask_worker_gets_its_own_extractor():
    import threading

    from kg import parallel
    from kg.limits import Limits

    seen = []

    def task():
        if getattr(parallel._WORKER, "extract", None) is None:
            parallel._start(False, Limits())
        seen.append(parallel._WORKER.extract)  # kept, so that the two cannot share an address

    threads = [threading.Thread(target=task) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 2 and seen[0] is not seen[1]  # spaCy pipelines are not shared between threads

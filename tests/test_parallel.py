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

"""Readings: extractions go to N-Quads shards and come back unchanged (the Dask build's transport)."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from rdflib import Graph

import kg
from kg.graph.vocab import DKGR
from kg.records import Article, Entity, EventMention, Extraction, Participant, TimeSpan
from kg.resources import readings_file
from tests.conftest import SEED

pytest.importorskip("pyoxigraph")

from kg.graph.readings import load_shards, read_extractions, shard_bytes  # noqa: E402

RUTTE = Entity("person:mark-rutte", "Mark Rutte", "person", ("Mark Rutte", "Rutte"), office="NATO Genel Sekreteri",
               affiliation="org:nato")
PARIS = Entity("city:2988507", "Paris", "city", ("Paris",), country="FR", geonames_id=2988507, lat=48.85341, lon=2.3488)
MENTION = EventMention("a-1", "travel", "hareket etti", (Participant("person:mark-rutte", "traveller"),), "city:2988507",
                       TimeSpan(date(2025, 2, 17), date(2025, 2, 17), "day", "bugün"),
                       "Rutte, Paris'e hareket etti.", 10, 38, "text", 0.8, "asserted", 1)
UNDATED = EventMention("a-2", "statement", "said", (), None, TimeSpan(date.min, date.max, "unknown"),
                       "He said so.", 0, 11, "title", 0.4, "future", 0)

CASES = [
    ("every field set", Extraction(Article("a-1", "tr", "Başlık", "", datetime(2025, 2, 17, 20, 20, tzinfo=timezone.utc),
                                           "İHA", "https://example.org/a?b=1&c=\"d\"", "Dünya", "İHA", "x/a.txt", 3),
                                   (RUTTE, PARIS), (MENTION,))),
    ("nothing optional", Extraction(Article("a-2", "en", "", ""), (), (UNDATED,))),
    ("no mentions", Extraction(Article("a 3/ü", "en", "T", ""), (), ())),
    ("published in a month", Extraction(Article("a-4", "en", "T", "", datetime(2004, 12, 1),
                                                published_precision="month"), (), ())),
    ("published in a year", Extraction(Article("a-5", "en", "T", "", datetime(2004, 1, 1),
                                               published_precision="year"), (), ())),
]


@pytest.mark.parametrize("name, extraction", CASES, ids=[c[0] for c in CASES])
def test_a_reading_comes_back_equal(tmp_path, name, extraction):
    path = tmp_path / "part-00000.nq"
    path.write_bytes(shard_bytes([(7, extraction)]))
    assert read_extractions(load_shards([path])) == [(7, extraction)]


def test_shards_load_together_in_input_order(tmp_path):
    (tmp_path / "b.nq").write_bytes(shard_bytes([(2, CASES[1][1])]))
    (tmp_path / "a.nq").write_bytes(shard_bytes([(0, CASES[0][1]), (1, CASES[2][1])]))
    back = read_extractions(load_shards([tmp_path / "b.nq", tmp_path / "a.nq"]))
    assert [p for p, _ in back] == [0, 1, 2]


def test_real_extractions_round_trip(extractor, tmp_path):
    extractions = [x.without_text() for x in extractor.extract_many(kg.ingest.read_articles([SEED]))]
    assert extractions[0].mentions
    path = tmp_path / "seed.nq"
    path.write_bytes(shard_bytes(enumerate(extractions)))
    assert [x for _, x in read_extractions(load_shards([path]))] == extractions


def test_closed_namespace_lists_exactly_the_readings_terms():
    ns = str(DKGR._NS)
    defined = {str(s)[len(ns):] for s in Graph().parse(readings_file()).subjects() if str(s).startswith(ns)}
    assert defined == set(DKGR.__annotations__)


@pytest.mark.parametrize("engine", [{"scheduler": "local"}, {"workers": 2}], ids=["dask", "workers"])
def test_a_parallel_build_skips_a_bad_article_and_keeps_the_rest(tmp_path, engine):
    if "scheduler" in engine:
        pytest.importorskip("distributed")
    rows = [{"id": "ok", "lang": "en", "published": "2025-02-17T12:00:00+00:00", "title": "Talks",
             "text": "President Maria Lopez met with Prime Minister Ken Ito in Tokyo on Saturday."},
            {"id": "big", "lang": "en", "published": "2025-02-17T12:00:00+00:00", "title": "Big", "text": "word " * 5000}]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    errors = []
    graph = kg.build([batch], use_models=False, on_error=errors.append, **engine,
                     limits=kg.limits.Limits(max_chars=2000))
    assert [e.path for e in errors] and "big" not in {s["article"] for e in graph.events() for s in e["sources"]}
    assert graph.report.articles == 1 and graph.events()

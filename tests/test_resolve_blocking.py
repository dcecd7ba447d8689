"""Blocking merge candidates by participant changes which clusters a mention is compared with, never
which events come out: the same events as comparing with every cluster of its family and dates."""
from __future__ import annotations

import sys

import pytest

import kg.resolve
from kg.ingest import read_articles
from kg.resolve import Blocks, MergeConfig, resolve
from tests.conftest import DEV, ROOT


class Unblocked(Blocks):
    """The blocks as they were: by type family and date window only."""

    def __init__(self, max_block_days: int, entities=None, by_actors: bool = False) -> None:
        super().__init__(max_block_days, entities, by_actors=False)


def corpus(name, tmp_path):
    if name == "dev":
        if not (DEV / "articles.jsonl").is_file():
            pytest.skip("the annotated dev set is not on this machine")
        return DEV / "articles.jsonl"
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import write_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return write_corpus(tmp_path / "articles.jsonl", 150)


@pytest.mark.parametrize("name", ["synthetic", "dev"])
def test_blocking_by_participant_gives_the_same_events(name, tmp_path, extractor, monkeypatch):
    extractions = list(extractor.extract_many(read_articles([corpus(name, tmp_path)])))
    blocked = resolve(extractions)
    loose = resolve(extractions, MergeConfig(min_shared_across=1))
    monkeypatch.setattr(kg.resolve, "Blocks", Unblocked)
    assert resolve(extractions).events == blocked.events
    assert resolve(extractions, MergeConfig(min_shared_across=1)).events == loose.events
    assert any(len({m.article_id for m in e.mentions}) > 1 for e in blocked.events)  # merges across articles happen



def test_a_dated_report_skips_other_articles_events_sharing_one_side_without_comparing(monkeypatch):
    """What merge_reason refuses first (two reports of more than one side sharing only one) is skipped
    before the comparison: fewer comparisons, the same events (the test above)."""
    from datetime import date

    from kg.records import EventMention, Participant, TimeSpan

    day = TimeSpan(date(2025, 2, 17), date(2025, 2, 17), "day")

    def told(article, keys):
        return EventMention(article, "meeting", "t", tuple(Participant(k, "participant") for k in keys), None, day,
                            "s", 0, 1)

    a, b, c = "person:ali-kaya", "person:bob-stone", "person:cem-er"
    compared = []
    real = kg.resolve.merge_reason

    def counting(cluster, mention, *args, **kwargs):
        compared.append((frozenset(cluster.keys), mention.article_id))
        return real(cluster, mention, *args, **kwargs)

    monkeypatch.setattr(kg.resolve, "merge_reason", counting)
    clusters = kg.resolve.cluster_mentions([told("a1", [a, b]), told("a2", [a, c]), told("a3", [b, a])],
                                           MergeConfig())
    assert sorted(sorted(m.article_id for m in c.mentions) for c in clusters) == [["a1", "a3"], ["a2"]]
    assert compared == [(frozenset({a, b}), "a3")]  # a2 (a with c) is never compared with a1 (a with b)

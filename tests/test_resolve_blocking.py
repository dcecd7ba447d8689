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

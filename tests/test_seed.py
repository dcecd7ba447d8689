"""The first user's article end to end: the events it must yield, and none from the boilerplate."""
from __future__ import annotations

import pytest

import kg
from tests.conftest import SEED


@pytest.fixture(scope="module")
def events(extractor):
    return kg.build([SEED], extractor=extractor).events()


def simple(events):
    return {(e["type"], e["date"], tuple(sorted(p["name"] for p in e["participants"])), e["place"]) for e in events}


@pytest.mark.parametrize("expected", [
    ("travel", "2025-02-17", ("Mark Rutte",), "Paris"),
    # the dinner is placed where Rutte last was (the Brussels meeting); the envoy's state takes part
    ("hosting", "2025-02-17", ("Keith Kellogg", "Mark Rutte", "United States"), "Brussels"),
    ("meeting", "2025-02-17", ("Emmanuel Macron", "France", "Mark Rutte"), "Paris"),
    # said after the talks, the day the text puts him in Brussels
    ("statement", "2025-02-17", ("Mark Rutte",), "Brussels"),
])
def test_seed_event(events, expected):
    assert expected in simple(events)


def test_seed_meeting_in_brussels(events):
    meetings = [e for e in events if e["type"] == "meeting" and e["place"] == "Brussels"]
    assert len(meetings) == 1
    names = {p["name"] for p in meetings[0]["participants"]}
    assert {"Mark Rutte", "Keith Kellogg"} <= names
    assert len(meetings[0]["sources"]) == 1  # one entry per article …
    assert len(meetings[0]["sources"][0]["mentions"]) >= 3  # … holding the headline, lead and body sentences


def test_hosting_window_includes_the_evening_before(events):
    (hosting,) = [e for e in events if e["type"] == "hosting"]
    assert hosting["date_start"] == "2025-02-16" and hosting["date_end"] == "2025-02-17"


def test_nothing_from_the_boilerplate(events):
    sentences = " ".join(s["sentence"] for e in events for s in e["sources"])
    assert "Bursa" not in sentences and "Okunanlar" not in sentences


def test_sources_point_at_the_sentence(events):
    text = SEED.read_text(encoding="utf-8")
    for e in events:
        for s in e["sources"]:
            assert s["article"] == "2025-02-17-rutte-kellogg"
            assert s["sentence"] in text
            assert s["end"] - s["start"] == len(s["sentence"])


def test_offsets_index_the_article_fields(events):
    from kg.ingest import read_articles

    (article,) = read_articles([SEED])
    for e in events:
        for s in e["sources"]:
            field = article.title if s["field"] == "title" else article.text
            assert field[s["start"]:s["end"]] == s["sentence"]

"""An article without a publication date: relative dates cannot be resolved and are not guessed."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph

import kg
from kg.resources import shapes_file


@pytest.fixture(scope="module")
def undated(tmp_path_factory, extractor):
    folder = tmp_path_factory.mktemp("undated")
    rows = [{"id": "u1", "lang": "en", "published": None, "title": "Talks",
             "text": "President Ana Lima met Prime Minister Dan Cole yesterday in Paris."},
            {"id": "u2", "lang": "en", "published": None, "title": "Deal",
             "text": "President Ana Lima signed an agreement with Prime Minister Dan Cole on July 10, 2024."}]
    path = folder / "undated.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return kg.build([path], extractor=extractor)


def test_relative_date_stays_unknown(undated):
    (meeting,) = [e for e in undated.events() if e["type"] == "meeting"]
    assert (meeting["date"], meeting["date_start"], meeting["precision"]) == (None, None, "unknown")


def test_absolute_date_with_a_year_still_dates_the_event(undated):
    (deal,) = [e for e in undated.events() if e["type"] == "agreement"]
    assert deal["date"] == "2024-07-10"


def test_undated_graph_conforms(undated):
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(undated.graph, shacl_graph=Graph().parse(shapes_file()))
    assert conforms, text

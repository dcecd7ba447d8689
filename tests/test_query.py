"""Query parameters: declared in the saved queries, checked by name and kind; actor names matched
whole-word, case- and accent-insensitively (Turkish ı/İ too), on a graph written by hand."""
from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.api import ONTOLOGY_GRAPH, KnowledgeGraph
from kg.graph import build_dataset
from kg.records import Entity, Event, Participant, TimeSpan
from kg.resolve import Resolution
from kg.resources import ontology_file

ACTORS = {  # key: (name, other labels, the day of its one meeting)
    "person:mark-rutte": ("Mark Rutte", (), 1),
    "person:recep-tayyip-erdogan": ("Recep Tayyip Erdoğan", (), 2),
    "country:TR": ("Türkiye", ("Turkey",), 2),
    "person:ilham-aliyev": ("İlham Aliyev", (), 3),
    "person:isil-isik": ("Işıl Işık", (), 4),
    "person:boris-johnson": ("Boris Johnson", (), 5),
    "person:lyndon-johnson": ("Lyndon Johnson", (), 6),
}
RUTTE, ERDOGAN, ALIYEV, ISIK = ["2025-02-01"], ["2025-02-02"], ["2025-02-03"], ["2025-02-04"]


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    """One meeting a day, each with the actors of that day, written by the graph stage itself."""
    entities = {key: Entity(key, name, key.split(":")[0], labels=(name, *labels))
                for key, (name, labels, _) in ACTORS.items()}
    days = sorted({day for _, _, day in ACTORS.values()})
    events = tuple(Event(f"e{day}", "meeting", TimeSpan(date(2025, 2, day), date(2025, 2, day)),
                         tuple(Participant(k, "participant") for k, (_, _, d) in ACTORS.items() if d == day), None)
                   for day in days)
    ds = build_dataset(Resolution(entities, events), [])
    ds.graph(ONTOLOGY_GRAPH).parse(ontology_file(), format="turtle")
    return KnowledgeGraph(ds)


def days(graph: KnowledgeGraph, actor: str, notes: list | None = None) -> list[str]:
    rows = graph.query("actor-timeline", on_note=None if notes is None else notes.append, actor=actor)
    return sorted({str(r["latest"]) for r in rows})


@pytest.mark.parametrize("name, expected", [
    ("Mark Rutte", RUTTE), ("mark rutte", RUTTE), ("MARK RUTTE", RUTTE), ("  Mark   Rutte ", RUTTE),
    ("Rutte", RUTTE), ("rutte", RUTTE), ("Mark", RUTTE),
    ("Recep Tayyip Erdoğan", ERDOGAN), ("Erdogan", ERDOGAN), ("ERDOĞAN", ERDOGAN), ("erdoğan", ERDOGAN),
    ("Tayyip Erdogan", ERDOGAN), ("Turkey", ERDOGAN), ("TÜRKİYE", ERDOGAN), ("turkiye", ERDOGAN),
    ("İlham Aliyev", ALIYEV), ("ILHAM ALIYEV", ALIYEV), ("ilham aliyev", ALIYEV), ("ılham", ALIYEV),
    ("IŞIL IŞIK", ISIK), ("isil isik", ISIK), ("Işık", ISIK), ("ışık", ISIK), ("ISIK", ISIK),
    ("Johnson", ["2025-02-05", "2025-02-06"]),
    ("<https://w3id.org/diplomatic-kg/id/person/mark-rutte>", RUTTE),
    ("Rut", []), ("Mark Rutt", []), ("Rutte Mark", []), ("Erdoğan Recep", []), ("}}}", []), ("", []),
])
def test_actor_names_match_whole_words_whatever_the_case_and_accents(graph, name, expected):
    assert days(graph, name) == expected


@pytest.mark.parametrize("name, note", [
    ("Rutt", "no actor's name is or holds the words 'Rutt'; nothing to show (the saved query actor-names "
             "lists every name)"),
    ("Johnson", "'Johnson' is in the names of 2 actors (Boris Johnson, Lyndon Johnson); the rows are for all "
                "of them; give a full name for one"),
    ("Rutte", None), ("Mark Rutte", None),
])
def test_a_name_that_matches_no_actor_or_several_says_so(graph, name, note):
    notes: list[str] = []
    days(graph, name, notes)
    assert notes == ([note] if note else [])


def test_travel_destinations_match_names_the_same_way(tmp_path, extractor):
    from tests.conftest import SEED

    built = kg.build([SEED], extractor=extractor)
    assert built.query("travel-destinations", actor="rutte") == built.query("travel-destinations", actor="Mark Rutte")
    assert [r["destination"] for r in built.query("travel-destinations", actor="RUTTE")] == ["Paris"]


ACTOR_HINT = "an actor's name or a word of it, e.g. \"Mark Rutte\" or Rutte, or an actor's IRI in <>"
DATE_ERROR = "is not a date; write it as YYYY-MM-DD, e.g. 2025-02-17"


@pytest.mark.parametrize("query, params, message", [
    ("actor-timeline", {}, f"actor-timeline needs the parameter 'actor' ({ACTOR_HINT}); its parameters: actor"),
    ("actor-timeline", {"actr": "Rutte"}, "actor-timeline has no parameter 'actr'; its parameters: actor"),
    ("actor-timeline", {"actor": "Rutte", "type": "travel"},
     "actor-timeline has no parameter 'type'; its parameters: actor"),
    ("travel-destinations", {"name": "Rutte"}, "travel-destinations has no parameter 'name'; its parameters: actor"),
    ("events-between", {"from": "yesterday", "to": "2025-02-28"}, f"parameter from='yesterday' {DATE_ERROR}"),
    ("events-between", {"from": "2025-02-01", "to": "2025-02-30"}, f"parameter to='2025-02-30' {DATE_ERROR}"),
    ("events-between", {"from": "17.02.2025", "to": "2025-02-28"}, f"parameter from='17.02.2025' {DATE_ERROR}"),
    ("events-between", {"from": "20250201", "to": "2025-02-28"}, f"parameter from='20250201' {DATE_ERROR}"),
    ("events-between", {"from": "2025-02-01"},
     "events-between needs the parameter 'to' (the last day, as YYYY-MM-DD); its parameters: from, to"),
    ("sources-of-event", {"event": "e1"},
     "parameter event='e1' is not an IRI; give an event's IRI (the events query lists them), "
     "e.g. <https://w3id.org/diplomatic-kg/id/event/0d972942dc576bb8>"),
    ("events-by-type", {"actor": "Rutte"},
     "events-by-type has no variable ?actor to bind; its variables: ?class, ?event, ?events, ?type"),
    ("SELECT ?e WHERE { ?e a ?t }", {"x": "1"}, "the query has no variable ?x to bind; its variables: ?e, ?t"),
])
def test_unknown_missing_and_malformed_parameters_are_errors(graph, query, params, message):
    with pytest.raises(kg.QueryError) as err:
        graph.query(query, **params)
    assert str(err.value) == message


@pytest.mark.parametrize("params, expected", [
    ({"from": "2025-02-02", "to": "2025-02-03"}, ["2025-02-02", "2025-02-03"]),
    ({"from": "2025-02-06", "to": "2025-03-01"}, ["2025-02-06"]),
    ({"from": "2025-03-01", "to": "2025-03-31"}, []),
])
def test_events_between_two_days(graph, params, expected):
    assert sorted({str(r["latest"]) for r in graph.query("events-between", **params)}) == expected


def test_a_variable_of_an_undeclared_query_can_still_be_bound(graph):
    assert [r["events"] for r in graph.query("events-by-type", type="meeting")] == [6]

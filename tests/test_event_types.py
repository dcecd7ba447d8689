"""One registry of event types (kg/event_types.py): the ontology agrees with it, every table keyed by
type covers it, and the language data is checked against a schema when it is read."""
from __future__ import annotations

import json
import shutil

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDFS, SKOS

from kg import lexicons
from kg.errors import ConfigError
from kg.event_types import CODES, TYPES, check_covers, event_type
from kg.export.html import TYPE_COLOURS
from kg.graph.vocab import EVENT_CLASSES
from kg.lexicons import Lexicon, load_shared
from kg.resources import ontology_file

DKG = Namespace("https://w3id.org/diplomatic-kg/ontology#")


def test_the_ontology_and_the_registry_agree():
    onto = Graph().parse(ontology_file())
    in_ontology = {str(code): cls for cls, code in onto.subject_objects(DKG.typeCode)
                   if (cls, RDFS.subClassOf, DKG.DiplomaticEvent) in onto}
    assert set(in_ontology) == set(CODES)
    for t in TYPES:
        cls = in_ontology[t.code]
        assert cls == DKG[t.ontology_class] == EVENT_CLASSES[t.code]
        cameo = {str(m).rsplit("CAMEO_", 1)[1] for m in onto.objects(cls, SKOS.closeMatch) if "CAMEO_" in str(m)}
        assert cameo == set(t.cameo), t.code


@pytest.mark.parametrize("table, where", [
    (load_shared("roles.json")["roles"], "roles.json"),
    (TYPE_COLOURS, "the explorer's colours"),
    (json.loads((lexicons.LEXICON_DIR.parent / "export" / "html_strings.json").read_text())["en"]["event_types"], "en"),
    (json.loads((lexicons.LEXICON_DIR.parent / "export" / "html_strings.json").read_text())["tr"]["event_types"], "tr"),
])
def test_every_table_keyed_by_type_covers_the_registry(table, where):
    check_covers(table, where)


def test_a_forgotten_type_fails_loudly_with_the_fix():
    with pytest.raises(ConfigError, match="missing travel.*kg/event_types.py"):
        check_covers({c: 1 for c in CODES if c != "travel"}, "roles.json")
    with pytest.raises(ConfigError, match="unknown event type 'meting'; known: meeting"):
        event_type("meting")


@pytest.fixture
def lexicon_copy(tmp_path, monkeypatch):
    shutil.copytree(lexicons.LEXICON_DIR / "en", tmp_path / "en")
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    return tmp_path / "en"


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(negaton="^not$"), "unknown key\\(s\\) negaton"),
    (lambda d: d.update(negation_note="a comment is fine"), None),
])
def test_language_data_is_checked(lexicon_copy, change, message):
    path = lexicon_copy / "language.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    if message is None:
        assert Lexicon.load("en").language["negation_note"]
    else:
        with pytest.raises(ConfigError, match=message):
            Lexicon.load("en")


@pytest.mark.parametrize("entry, message", [
    ({"id": "x", "type": "meting", "pattern": [{"NORM": "met"}]}, "unknown event type 'meting'"),
    ({"id": "x", "type": "meeting", "pattern": [{"NORM": "met"}], "unles_next": ["on"]}, "unknown key\\(s\\) unles_next"),
    ({"id": "x", "type": "travel", "pattern": [{"NORM": "went"}], "needs": "destinaton"}, "'needs' is 'destinaton'"),
    ({"id": "x", "type": "meeting"}, "needs an 'id' and a 'pattern'"),
])
def test_trigger_entries_are_checked(lexicon_copy, entry, message):
    with (lexicon_copy / "triggers.jsonl").open("a") as handle:
        handle.write(json.dumps(entry) + "\n")
    with pytest.raises(ConfigError, match=message):
        Lexicon.load("en")


@pytest.mark.parametrize("analysis, message", [
    ({"LEMMA": "gitmek", "NOT": "Neg"}, "NOT must be a list of tags"),
    ({"LEMMA": "gitmek", "HAS": "Past"}, "HAS must be a list of tags"),
    ({"LEMA": "gitmek"}, "takes only LEMMA, HAS and NOT"),
    ({"LEMMA": "Gitmek"}, "LEMMA must be a lowercase lemma"),
])
def test_analysis_tokens_are_checked(lexicon_copy, analysis, message):
    with (lexicon_copy / "triggers.jsonl").open("a") as handle:
        handle.write(json.dumps({"id": "x", "type": "travel", "pattern": [{"ANALYSIS": analysis}]}) + "\n")
    with pytest.raises(ConfigError, match=message):
        Lexicon.load("en")

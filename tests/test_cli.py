"""The command line: help, exit codes, one-line errors that name the file and the fix."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main
from tests.conftest import ROOT, SEED


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "build" in out and "query" in out


def test_no_command_prints_help_and_fails(capsys):
    code, out, _ = run([], capsys)
    assert code == 2 and "usage: kg" in out


def test_build_writes_the_default_formats(tmp_path, capsys):
    code, _, err = run(["build", SEED, "-o", tmp_path], capsys)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "events.jsonl", "graph.html", "graph.nq",
                                                           "graph.ttl"]
    assert all(p.stat().st_size > 0 for p in tmp_path.iterdir())
    first = json.loads((tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"id", "type", "date", "participants", "place", "sources"} <= set(first)


def test_formats_opt_in_to_more_files_or_fewer(tmp_path, capsys):
    code, _, err = run(["build", SEED, "-o", tmp_path / "more", "--formats", "default,gexf,trig"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "more").iterdir()) == [
        "events.csv", "events.jsonl", "graph.gexf", "graph.html", "graph.nq", "graph.trig", "graph.ttl"]
    code, out, err = run(["build", SEED, "-o", tmp_path / "fewer", "--formats", "jsonl"], capsys)
    assert code == 0, err
    assert [p.name for p in (tmp_path / "fewer").iterdir()] == ["events.jsonl"]
    assert out.endswith(f"→ {tmp_path / 'fewer' / 'events.jsonl'}\n")


def test_an_unknown_format_is_one_line_naming_the_option_before_any_build(tmp_path, capsys):
    code, out, err = run(["build", SEED, "-o", tmp_path / "out", "--formats", "ttl,svg"], capsys)
    assert code == 2 and out == ""
    assert err == ("kg: error: --formats: unknown format 'svg'; use one or more of ttl, trig, nq, jsonld, jsonl, "
                   "csv, graphml, gexf, html, default or all, separated by commas\n")
    assert not (tmp_path / "out").exists()


def test_missing_path_is_one_line_and_exit_2(tmp_path, capsys):
    code, _, err = run(["build", tmp_path / "nope.txt", "-o", tmp_path / "out"], capsys)
    assert code == 2
    assert f"kg: skipped {tmp_path / 'nope.txt'}: no such file or folder; check the path" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"   \n", "empty file; nothing to read"),
    ("blob.txt", b"\x00\x01\x02binary", "binary file, not an article; give a .txt, .html, .json or .jsonl file"),
])
def test_bad_file_is_skipped_and_the_rest_built(tmp_path, capsys, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    code, _, err = run(["build", bad, SEED, "-o", tmp_path / "out"], capsys)
    assert code == 1
    assert f"kg: skipped {bad}: {message}" in err
    assert (tmp_path / "out" / "events.jsonl").stat().st_size > 0


def test_malformed_jsonl_line_keeps_the_good_ones(tmp_path, capsys):
    good = {"id": "a1", "lang": "tr", "published": "2025-02-17T10:00:00+03:00", "title": "Başlık",
            "text": "Dışişleri Bakanı Ali Kaya dün Bakü'ye gitti."}
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n", encoding="utf-8")
    code, _, err = run(["build", path, "-o", tmp_path / "out"], capsys)
    assert code == 1
    assert f"kg: skipped {path}:2: not valid JSON" in err
    events = [json.loads(l) for l in (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {s["article"] for e in events for s in e["sources"]} == {"a1", "a2"}


def test_query_saved_and_parameterised(tmp_path, capsys):
    run(["build", SEED, "-o", tmp_path], capsys)
    code, out, _ = run(["query", tmp_path, "actor-timeline", "--param", "actor=Mark Rutte", "-f", "csv"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "latest,type,role,placeLabel,event"
    assert "travel,traveller,Paris" in out


@pytest.mark.parametrize("value", ['Mark Rutte" } UNION { ?s ?p ?o', "x'}) . ?a ?b ?c . FILTER(true", "}}}"])
def test_parameter_values_cannot_change_the_query(tmp_path, capsys, value):
    run(["build", SEED, "-o", tmp_path], capsys)
    code, out, _ = run(["query", tmp_path, "actor-timeline", "--param", f"actor={value}", "-f", "csv"], capsys)
    assert code == 0
    assert out.strip() == "latest,type,role,placeLabel,event"


def test_query_on_a_folder_without_a_graph(tmp_path, capsys):
    code, _, err = run(["query", tmp_path, "events"], capsys)
    assert code == 2
    assert f"kg: error: {tmp_path}: no graph.ttl in this folder; run 'kg build … -o {tmp_path}' first" in err


def test_unknown_query_name(tmp_path, capsys):
    run(["build", SEED, "-o", tmp_path], capsys)
    code, _, err = run(["query", tmp_path, "who-is-who"], capsys)
    assert code == 2 and "'who-is-who' is neither a SPARQL query nor a saved query; saved queries:" in err


def test_console_script_runs_as_a_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "-o", str(tmp_path), "-q"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_example_script_runs(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "build_graph.py"), str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Keith Kellogg — Mark Rutte" in proc.stdout
    assert (tmp_path / "graph.html").is_file()


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert main(["build", str(SEED), "-o", str(out), "-q"]) == 0
    return out


@pytest.mark.parametrize("value", ["<a>}UNION{<b>", "<x y>", '<a"b>', "a}UNION{b", "0d972942dc576bb8"])
def test_malformed_iri_parameters_are_refused(seed_out, capsys, value):
    code, _, err = run(["query", seed_out, "sources-of-event", "--param", f"event={value}"], capsys)
    assert code == 2 and f"kg: error: parameter event={value!r} is not an IRI; give an event's IRI" in err


@pytest.mark.parametrize("value", ["<a>}UNION{<b>", "<x y>"])
def test_malformed_iri_values_of_an_undeclared_query_are_refused(seed_out, capsys, value):
    code, _, err = run(["query", seed_out, "SELECT ?m WHERE { ?event <urn:p> ?m }", "--param", f"event={value}"],
                       capsys)
    assert code == 2 and "is not a valid IRI; drop the <> to pass it as a string" in err


@pytest.mark.parametrize("args, message", [
    (["actor-timeline"], "kg: error: actor-timeline needs the parameter 'actor' (an actor's name or a word of it, "
                         "e.g. \"Mark Rutte\" or Rutte, or an actor's IRI in <>); its parameters: actor\n"),
    (["actor-timeline", "--param", "actr=Mark Rutte"],
     "kg: error: actor-timeline has no parameter 'actr'; its parameters: actor\n"),
    (["events-between", "--param", "from=last week", "--param", "to=2025-02-28"],
     "kg: error: parameter from='last week' is not a date; write it as YYYY-MM-DD, e.g. 2025-02-17\n"),
    (["events-by-month", "--param", "from=2025-02-01"],
     "kg: error: events-by-month has no variable ?from to bind; its variables: ?class, ?event, ?events, ?latest, "
     "?month, ?type\n"),
])
def test_query_parameter_mistakes_are_one_line_errors(seed_out, capsys, args, message):
    code, out, err = run(["query", seed_out, *args], capsys)
    assert (code, out, err) == (2, "", message)


def test_an_event_iri_may_be_given_with_or_without_brackets(seed_out, capsys):
    _, out, _ = run(["query", seed_out, "events", "-f", "csv"], capsys)
    event = out.splitlines()[1].split(",")[0]
    answers = [run(["query", seed_out, "sources-of-event", "--param", f"event={value}", "-f", "csv"], capsys)
               for value in (f"<{event}>", event)]
    assert answers[0] == answers[1] and answers[0][0] == 0 and len(answers[0][1].splitlines()) > 1


@pytest.mark.parametrize("name", ["Rutte", "rutte", "RUTTE", "mark rutte",
                                  "<https://w3id.org/diplomatic-kg/id/person/mark-rutte>"])
def test_a_surname_or_any_case_finds_the_actor(seed_out, capsys, name):
    full = run(["query", seed_out, "actor-timeline", "--param", "actor=Mark Rutte", "-f", "csv"], capsys)
    assert run(["query", seed_out, "actor-timeline", "--param", f"actor={name}", "-f", "csv"], capsys) == full
    assert "travel,traveller,Paris" in full[1]


def test_a_name_that_matches_no_actor_says_so(seed_out, capsys):
    code, out, err = run(["query", seed_out, "actor-timeline", "--param", "actor=Rutt", "-f", "csv"], capsys)
    assert (code, out) == (0, "latest,type,role,placeLabel,event\n")
    assert err == ("kg: note: no actor's name is or holds the words 'Rutt'; nothing to show "
                   "(the saved query actor-names lists every name)\n")

"""Hostile input: every input kind fuzzed, limits, nothing lost, nothing executed, no network.

The fuzz runs with a fixed seed and a bounded number of examples so CI stays quick; a longer
run: ``KG_FUZZ_EXAMPLES=2000 python -m pytest tests/test_hostile.py``.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import kg
from kg.cli import main
from tests.conftest import ROOT, SEED

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


def build_quietly(paths, out, extractor):
    """Build as the CLI would; returns (errors reported, KnowledgeGraph or None). A traceback fails."""
    errors = []
    try:
        graph = kg.build(paths, on_error=errors.append, extractor=extractor)
    except kg.KGError as err:  # a clear one-line error is fine; anything else is a crash
        return [err], None
    graph.write(out, formats="all")
    return errors, graph


def one_line_naming_the_file(errors, paths):
    """Every reason is one line that opens with the file it is about ('FILE: …' or 'FILE:LINE: …')."""
    names = {str(p) for p in paths}
    return all(isinstance(e, kg.InputError) and e.path in names and str(e).startswith(f"{e.path}:")
               and "\n" not in str(e) and e.reason for e in errors)


@FUZZ
@given(content=TEXT)
def test_fuzz_txt(tmp_path_factory, extractor, content):
    folder = tmp_path_factory.mktemp("txt")
    path = folder / "a.txt"
    path.write_text(content, encoding="utf-8")
    errors, _ = build_quietly([path], folder / "out", extractor)
    assert one_line_naming_the_file(errors, [path])


@FUZZ
@given(lines=st.lists(st.one_of(
    TEXT,
    st.fixed_dictionaries({"id": TEXT, "lang": st.sampled_from(["tr", "en", "de", None]), "title": TEXT,
                           "text": TEXT, "published": st.one_of(st.none(), TEXT, st.just("2025.02.30"),
                                                               st.just("9999-12-31"), st.integers())}).map(json.dumps),
    st.dictionaries(TEXT, st.one_of(TEXT, st.integers(), st.none(), st.lists(st.integers()))).map(json.dumps),
), max_size=6))
def test_fuzz_jsonl(tmp_path_factory, extractor, lines):
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "a.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    errors, _ = build_quietly([path], folder / "out", extractor)
    assert one_line_naming_the_file(errors, [path])


@FUZZ
@given(data=st.binary(max_size=600))
def test_fuzz_bytes_as_any_kind(tmp_path_factory, extractor, data):
    folder = tmp_path_factory.mktemp("bin")
    paths = []
    for suffix in (".txt", ".html", ".json", ".jsonl"):
        path = folder / f"a{suffix}"
        path.write_bytes(data)
        paths.append(path)
    errors, _ = build_quietly(paths, folder / "out", extractor)
    assert one_line_naming_the_file(errors, paths)


@pytest.mark.parametrize("name, content, reason", [
    ("huge.txt", "Başlık\n" + "Bakan Ali Su Bakü'ye gitti. " * 40_000, "over the limit of"),
    ("future.jsonl", json.dumps({"id": "f", "lang": "tr", "published": "9999-12-31", "title": "T",
                                 "text": "Bakan Ali Su dün Bakü'ye gitti."}), "outside the years 1800-2199"),
    ("german.jsonl", json.dumps({"id": "g", "lang": "de", "title": "T", "text": "Der Minister reiste."}),
     "language 'de' is not supported"),
])
def test_limits_and_odd_records(tmp_path, extractor, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    errors = []
    try:
        kg.build([path], on_error=errors.append, extractor=extractor, limits=kg.limits.Limits(max_chars=500_000))
    except kg.KGError as err:
        errors.append(err)
    if reason is None:
        assert errors == []
    else:
        assert len(errors) == 1 and reason in str(errors[0])


def test_fifty_megabyte_single_line_is_skipped_not_hung(tmp_path, capsys):
    path = tmp_path / "giant.txt"
    path.write_text("x" * 50_000_000, encoding="utf-8")
    started = time.monotonic()
    code = main(["build", str(path), str(SEED), "-o", str(tmp_path / "out"), "-q"])
    assert code == 1 and time.monotonic() - started < 60
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"kg: skipped {path}: " in err and "Traceback" not in err


def test_article_ids_cannot_escape_the_store(tmp_path, extractor):
    path = tmp_path / "evil.jsonl"
    rows = [{"id": "../../escaped", "lang": "tr", "title": "T", "text": "Bakan Ali Su dün Bakü'ye gitti."},
            {"id": "con", "lang": "tr", "title": "T", "text": "Bakan Ali Su dün Roma'ya gitti."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pytest.importorskip("pyoxigraph")
    kg.build([path], extractor=extractor, store=tmp_path / "store")
    inside = {p.resolve() for p in (tmp_path / "store").rglob("*")}
    assert all(str(p).startswith(str((tmp_path / "store").resolve())) for p in inside)
    assert not (tmp_path.parent / "escaped.json").exists()


def test_no_network_is_opened(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    graph = kg.build([ROOT / "examples" / "articles"])
    graph.write(tmp_path)
    assert (tmp_path / "graph.html").stat().st_size > 0


def test_killed_build_keeps_previous_outputs(tmp_path):
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "-o", str(out), "-q"],
                           cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    rows = [{"id": f"k{i}", "lang": "tr", "title": "T", "text": "Bakan Ali Su dün Bakü'ye gitti. " * 30}
            for i in range(3000)]  # extraction alone outlasts the 4 s before the kill, even on a fast machine
    batch = tmp_path / "big.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(batch), "-o", str(out), "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before                      # killed before writing: the previous outputs, whole
    assert kg.load(out).events()                # … and still usable

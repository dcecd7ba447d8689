"""Failures of stores, endpoints and graph files reach the user as one line naming the cause and
the fix, with a non-zero exit and no traceback; a silent endpoint is given up on after --timeout."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from kg.cli import main
from kg.records import Article
from kg.store import GRAPH_DIR, GraphStore
from tests.reliability.helpers import fake_extract, quads, write_once

pytest.importorskip("pyoxigraph")


def one_line_error(capsys, argv, code):
    assert main(argv) == code
    captured = capsys.readouterr()
    assert captured.err.startswith("kg: error: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


@pytest.fixture
def silent_endpoint():
    """A server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/query"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_an_endpoint_that_never_answers_is_given_up_after_the_timeout(capsys, silent_endpoint):
    started = time.monotonic()
    err = one_line_error(capsys, ["query", silent_endpoint, "events", "--timeout", "1"], 2)
    assert time.monotonic() - started < 10
    assert err == (f"kg: error: {silent_endpoint}: no answer within 1 s; check that the endpoint is up, or allow "
                   "more time with --timeout SECONDS\n")


def test_an_endpoint_nobody_listens_on_names_the_reason(capsys):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    err = one_line_error(capsys, ["query", f"http://127.0.0.1:{port}/query", "events"], 2)
    assert err == (f"kg: error: http://127.0.0.1:{port}/query: cannot reach the endpoint ([Errno 111] Connection "
                   "refused); check the URL and that the server is up\n")


def corrupt(store):
    assert write_once(str(store), "a", 0) == "ok"
    for path in (store / GRAPH_DIR).glob("MANIFEST-*"):
        path.write_bytes(b"\x00garbage" * 10)


def test_a_corrupt_store_is_one_line_naming_the_fix(tmp_path, capsys):
    corrupt(tmp_path / "store")
    err = one_line_error(capsys, ["query", str(tmp_path / "store"), "events"], 3)
    assert err.startswith(f"kg: error: {tmp_path / 'store'}: the store's database cannot be read (")
    assert err.endswith(f"); delete {tmp_path / 'store' / GRAPH_DIR} and run 'kg build … --store "
                        f"{tmp_path / 'store'}' again (the stored extractions are kept)\n")


def test_a_store_that_cannot_be_written_gives_the_reason_not_none(tmp_path):
    store = GraphStore(tmp_path / "store")
    store.add([Article("a", "en", "t", "text")], fake_extract)
    (tmp_path / "store" / f"{GRAPH_DIR}.new").write_text("in the way")  # a file where the new database goes
    with pytest.raises(Exception) as caught:
        store.save_graph(quads(store.extractions()))
    assert str(caught.value) == (f"{tmp_path / 'store'}: cannot write the store (IO error: `{tmp_path / 'store'}/"
                                 f"{GRAPH_DIR}.new' exists but is not a directory); check the disk has room and the "
                                 "folder is writable")


def test_an_unparsable_graph_nq_is_one_line_in_kg_serve_and_push(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nq").write_text('<https://x/s> <https://x/p> "cut\n', encoding="utf-8")
    err = one_line_error(capsys, ["push", str(out), "--endpoint", "http://127.0.0.1:9/store"], 2)
    assert err.startswith(f"kg: error: {out}: cannot read this graph (") and err.endswith("); rebuild it with 'kg build'\n")

"""kg serve: SERVICE (federation) refused, so the endpoint sends no request anywhere; read-only;
killing it leaves no process listening and nothing on disk."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.endpoint import uses_service
from kg.query import saved_queries
from kg.serve import start_server
from tests.conftest import ROOT

pytest.importorskip("pyoxigraph")

QUADS = '<https://example.org/s> <https://example.org/p> "o" <https://example.org/g> .\n'


@pytest.mark.parametrize("query, refused", [
    ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", True),
    ("select * { service silent <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * { ?s ?p ?o .SERVICE<http://x/>{ ?a ?b ?c } }", True),
    ("SELECT * { ?s ?p ?o } # a comment\nSERVICE", True),
    ("SELECT * { ?s <http://x/#> ?o . SERVICE <http://x/> { ?a ?b ?c } }", True),  # '#' in an IRI is no comment
    ("SELECT * { ?s ?p '''it''s''' . SERVICE ?x { } }", True),
    ("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", True),  # refused either way a parser reads \\u
    ("SELECT * { ?s ?p \"\\u0022 SERVICE <http://x/> {}\" }", True),
    ("SELECT * { FILTER(1<2) SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * { ?s ?p \"SERVICE <http://x/> { }\" }", False),  # a string
    ("SELECT ?service { ?service <http://x/service> ?o }", False),  # a variable, an IRI
    ("PREFIX ex: <http://x/> SELECT * { ?s ex:service ?o } # SERVICE in a comment", False),
])
def test_which_queries_use_service(query, refused):
    assert uses_service(query) is refused


def test_no_saved_query_is_refused():
    assert [q.name for q in saved_queries().values() if uses_service(q.text)] == []


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "graph.nq"
    path.write_text(QUADS, encoding="utf-8")
    return path


@pytest.fixture
def listener():
    """A local web server that records every request it gets (what SERVICE would have sent)."""
    hits = []

    class Record(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(url: str, query: str, method: str = "GET") -> tuple[int, bytes]:
    data = None
    if method == "GET":
        url = f"{url}?{urllib.parse.urlencode({'query': query})}"
    else:
        data = urllib.parse.urlencode({"update" if "INSERT" in query else "query": query}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method), timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_the_endpoint_sends_no_request_for_service(target, listener):
    url, hits = listener
    with start_server(target, port=free_port()) as server:
        assert ask(server.url, "SELECT ?o { ?s ?p ?o }")[0] == 200
        status, body = ask(server.url, f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
        assert status == 403
        assert body == b"SERVICE (federated query) is off: this endpoint sends no request anywhere; query each endpoint yourself\n"
        assert ask(server.url, f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "POST")[0] == 403
        assert ask(server.url, "INSERT DATA { <a:s> <a:p> <a:o> }", "POST")[0] == 403
        assert ask(server.url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[1].count(b'"1"') == 1
    assert hits == []


def test_killing_kg_serve_leaves_no_listener_and_no_copy(tmp_path, target):
    port = free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(target), "--port", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout.readline().startswith("serving ")
        assert ask(f"http://127.0.0.1:{port}/query", "ASK { ?s ?p ?o }")[0] == 200
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.1)
    else:
        pytest.fail(f"something still listens on {port} after kg serve was killed")
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("length, status", [("-1", 400), ("x", 400), (str(2 << 20), 413)])
def test_a_bad_content_length_is_answered_at_once(target, length, status):
    with start_server(target, port=free_port()) as server, socket.create_connection((server.host, server.port), 5) as c:
        c.settimeout(5)
        c.sendall(f"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  f"Content-Length: {length}\r\n\r\n".encode())
        assert c.recv(100).startswith(f"HTTP/1.0 {status} ".encode())

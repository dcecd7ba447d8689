"""A real Oxigraph server on loopback: push the graph, query it over HTTP, compare with the local answer."""
from __future__ import annotations

import socket
import subprocess
import time
import urllib.request

import pytest

import kg
from kg.serve import oxigraph_binary, push, start_server
from tests.conftest import SEED


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"no server on port {port}")


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor):
    try:
        oxigraph_binary()
    except kg.ConfigError:
        pytest.skip("pip install 'diplomatic-kg[server]' for the Oxigraph server")
    out = tmp_path_factory.mktemp("served")
    graph = kg.build([SEED], extractor=extractor)
    graph.write(out)
    return graph, out


def canonical(rows):
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


def test_push_then_query_over_http_matches_local(built, tmp_path):
    graph, out = built
    port = free_port()
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"),
                               "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(port)
        assert push(out, f"http://127.0.0.1:{port}/store") >= 3
        assert push(out, f"http://127.0.0.1:{port}/store") >= 3      # PUT replaces: pushing twice changes nothing
        remote = kg.load(f"http://127.0.0.1:{port}/query")
        for query, params in (("who-met-whom", {}), ("actor-timeline", {"actor": "Mark Rutte"}), ("events-by-type", {})):
            assert canonical(remote.query(query, **params)) == canonical(graph.query(query, **params)), query
        assert remote.query("actor-timeline", actor='Mark Rutte" } UNION { ?s ?p ?o') == []
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_kg_serve_answers_saved_queries(built):
    graph, out = built
    port = free_port()
    server = start_server(out, port=port)
    try:
        wait_up(port)
        remote = kg.load(f"http://127.0.0.1:{port}/query")
        assert canonical(remote.query("events-by-type")) == canonical(graph.query("events-by-type"))
    finally:
        server.terminate()
        server.wait(timeout=10)

"""A real Oxigraph server on loopback: push the graph, query it over HTTP, compare with the local answer."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Dataset, Literal, URIRef

import kg
from kg.cli import main
from kg.serve import oxigraph_binary, push, start_server
from tests.conftest import DEV, ROOT, SEED, same_datasets


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
    with start_server(out, port=port):
        remote = kg.load(f"http://127.0.0.1:{port}/query")
        assert canonical(remote.query("events-by-type")) == canonical(graph.query("events-by-type"))
        assert canonical(remote.query("actor-timeline", actor="rutte")) == canonical(
            graph.query("actor-timeline", actor="Mark Rutte"))


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_serve_on_a_port_in_use_is_a_one_line_error(built, capsys, tmp_path, monkeypatch):
    _, out = built
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", str(out), "--port", str(port)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err == (f"kg: error: 127.0.0.1:{port} is already in use; stop what listens there "
                            "or choose another port with --port\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_server_stops_with_kg_serve_and_leaves_nothing_behind(built, tmp_path, stop):
    _, out = built
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONFAULTHANDLER": "1"}  # (SIGABRT: every thread's stack)
    parent = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out), "--port", str(port)], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().startswith(f"serving {out} read-only at http://127.0.0.1:{port}/query")
        wait_up(port)
        assert list(tmp_path.iterdir()) == []  # the graph is served from memory: no copy on disk
        parent.send_signal(stop)
        try:
            code = parent.wait(timeout=20)
        except subprocess.TimeoutExpired:
            parent.send_signal(signal.SIGABRT)  # where it hangs, on its stderr
            pytest.fail(f"kg serve did not stop within 20 s of {stop!r}; its stderr: {parent.communicate()[1]}")
        assert code == 0, parent.stderr.read()
        deadline = time.time() + 10
        while answers(port) and time.time() < deadline:
            time.sleep(0.2)
        assert not answers(port), "Oxigraph still answers after kg serve stopped"
        assert list(tmp_path.iterdir()) == []
    finally:
        parent.kill()
        parent.wait()


@pytest.fixture
def store(tmp_path):
    """A read-write Oxigraph server (in memory) on a free loopback port; yields its base URL."""
    try:
        binary = oxigraph_binary()
    except kg.ConfigError:
        pytest.skip("pip install 'diplomatic-kg[server]' for the Oxigraph server")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def stored(base: str) -> Dataset:
    """Everything the store holds, read back over the Graph Store protocol."""
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return Dataset().parse(data=response.read().decode("utf-8"), format="nquads")


TRICKY = ["two\nlines", 'a "quoted" word', "a back\\slash and\ta tab", "non-BMP 𝄞 and 🇹🇷", "cr\r\nlf",
          "İstanbul'da ılık", "ends with a backslash \\"]


def tricky_target(tmp_path, graphs: int = 3):
    """A TriG file of a few named graphs whose strings hold line breaks, quotes and non-BMP characters."""
    ds = Dataset()
    for k in range(graphs):
        g = ds.graph(URIRef(f"https://example.org/graph/{k}"))
        for i, text in enumerate(TRICKY):
            g.add((URIRef(f"https://example.org/s{k}-{i}"), URIRef("https://example.org/says"), Literal(text)))
        g.add((URIRef(f"https://example.org/s{k}"), URIRef("https://example.org/lang"), Literal("çok", lang="tr")))
    path = tmp_path / "tricky.trig"
    ds.serialize(path, format="trig", encoding="utf-8")
    return path, ds


def test_push_writes_line_breaks_quotes_and_non_bmp_text(store, tmp_path):
    path, ds = tricky_target(tmp_path)
    assert push(path, f"{store}/store") == 3
    assert same_datasets(stored(store), ds)


@pytest.mark.skipif(not (DEV / "articles.jsonl").is_file(), reason="the annotated dev set is not on this machine")
def test_push_the_dev_set_graph(store, tmp_path, extractor):
    graph = kg.build([DEV / "articles.jsonl"], extractor=extractor)
    graph.write_nquads(tmp_path / "graph.nq")
    push(tmp_path / "graph.nq", f"{store}/store")
    assert same_datasets(stored(store), graph.dataset)


class FailingProxy(ThreadingHTTPServer):
    """Passes requests on to a store, but answers the PUT numbered ``fail_put`` (from 1) with
    HTTP 500, and with ``then_down`` every request after it with 503, as a store that died."""

    def __init__(self, upstream: str, fail_put: int, then_down: bool = False) -> None:
        self.upstream, self.fail_put, self.then_down, self.puts = upstream, fail_put, then_down, 0
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/store"


class _ProxyHandler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def _relay(self) -> None:
        proxy = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) if self.command == "PUT" else None
        proxy.puts += self.command == "PUT"
        refused = self.command == "PUT" and proxy.puts == proxy.fail_put
        if refused or (proxy.then_down and proxy.puts >= proxy.fail_put):
            self._answer(500 if refused else 503, b"injected failure")
            return
        headers = {k: v for k, v in self.headers.items() if k in ("Content-Type", "Accept")}
        request = urllib.request.Request(proxy.upstream + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                self._answer(response.status, response.read())
        except urllib.error.HTTPError as err:
            self._answer(err.code, err.read())

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_DELETE = _relay


def seeded_store(store: str, tmp_path) -> Dataset:
    """Put an older version of one graph and a graph of someone else's in the store; returns what it holds."""
    older = tmp_path / "older.trig"
    older.write_text("<https://example.org/graph/1> { <https://example.org/old> <https://example.org/p> \"old\" . }\n"
                     "<https://example.org/other> { <https://example.org/x> <https://example.org/p> \"kept\" . }\n",
                     encoding="utf-8")
    push(older, f"{store}/store")
    return stored(store)


REFUSED = "{endpoint}: the store refused graph <https://example.org/graph/2> (HTTP 500: injected failure)"


@pytest.mark.parametrize("then_down, message", [
    (False, REFUSED + "; nothing was changed (the 2 graph(s) written before it were put back as they were); "
                      "check the endpoint URL and that the store is up"),
    (True, REFUSED + ", and putting back what was there failed too (HTTP 503: injected failure): 2 graph(s) now "
                     "hold the pushed version: <https://example.org/graph/0> <https://example.org/graph/1>; "
                     "push again once the store is up"),
])
def test_a_failed_push_is_undone_or_names_what_it_wrote(store, tmp_path, then_down, message):
    before = seeded_store(store, tmp_path)
    path, _ = tricky_target(tmp_path)
    proxy = FailingProxy(store, fail_put=3, then_down=then_down)
    try:
        with pytest.raises(kg.QueryError) as err:
            push(path, proxy.endpoint)
    finally:
        proxy.shutdown()
    assert str(err.value) == message.format(endpoint=proxy.endpoint)
    left_as_it_was = not then_down
    assert same_datasets(stored(store), before) == left_as_it_was


def test_query_a_pushed_store_through_its_union_default_graph(built, store, capsys):
    graph, out = built
    push(out, f"{store}/store")
    local = canonical(graph.query("events-by-type"))
    assert kg.load(f"{store}/query").query("events-by-type") == []  # each article is in its own named graph
    assert canonical(kg.load(f"{store}/query?union-default-graph").query("events-by-type")) == local
    assert main(["query", f"{store}/query", "events-by-type", "-f", "csv"]) == 0
    assert capsys.readouterr().err == (
        f"kg: note: the default graph of {store}/query is empty, its named graphs are not (a store 'kg push' "
        "wrote keeps each article in its own graph); to query them all, add ?union-default-graph to the URL "
        "(Oxigraph) or start the store with --union-default-graph\n")

"""Linked data out: a read-only SPARQL server on loopback (Oxigraph's own server) and a push
of the graph into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

One named graph per article is PUT to ``ENDPOINT?graph=IRI`` (PUT replaces, so pushing
again is idempotent); the server is started with ``--union-default-graph`` so that the
saved queries, written without ``GRAPH``, see every article.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import ConfigError, QueryError

DEFAULT_PORT = 7878


def oxigraph_binary() -> str:
    """The ``oxigraph`` command from the [server] extra (next to this Python, or on PATH)."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise ConfigError("kg serve needs Oxigraph's server; install it with: pip install 'diplomatic-kg[server]'")
    return found


def target_dataset(target: str | Path) -> Dataset:
    """Every quad of a built folder (graph.nq / graph.trig), a store folder, or an RDF file."""
    path = Path(target)
    ds = Dataset()
    if (path / "graph.oxigraph").is_dir():
        from .store import GraphStore

        ds.parse(data=GraphStore(path).load_quads().decode("utf-8"), format="nquads")
        return ds
    for name, fmt in (("graph.nq", "nquads"), ("graph.trig", "trig")):
        if (path / name).is_file():
            ds.parse(path / name, format=fmt)
            return ds
    if path.is_file():
        fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(path.suffix)
        if fmt:
            ds.parse(path, format=fmt)
            return ds
    raise QueryError(f"{target}: no graph here; give a folder made by 'kg build' (with graph.nq), a store or an RDF file")


def start_server(target: str | Path, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> subprocess.Popen:
    """Load the target into a temporary Oxigraph database and serve it read-only; returns the process."""
    binary = oxigraph_binary()
    location = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    data = location / "graph.nq"
    data.write_bytes(target_dataset(target).serialize(format="nquads", encoding="utf-8"))
    db = location / "db"
    load = subprocess.run([binary, "load", "--location", str(db), "--file", str(data)], capture_output=True, text=True)
    if load.returncode != 0:
        raise ConfigError(f"oxigraph could not load {target}: {load.stderr.strip().splitlines()[-1:]}")
    return subprocess.Popen([binary, "serve-read-only", "--location", str(db), "--bind", f"{host}:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


NTRIPLES = "application/n-triples"
_WRITTEN = (200, 201, 204)


def push(target: str | Path, endpoint: str, timeout: float = 30.0) -> int:
    """PUT each named graph of the target to a Graph Store endpoint, all or nothing; returns how many graphs.

    What each graph held is read first; if the store refuses a graph, the graphs already
    written are put back as they were (or deleted where there was none), and the error says
    so, or names the graphs it could not put back.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"--endpoint '{endpoint}' is not an http(s) URL; give e.g. http://127.0.0.1:7878/store")
    bodies = graph_bodies(target_dataset(target))
    before = {name: _read_graph(endpoint, name, timeout) for name in bodies}
    written: list[str | None] = []
    for name, body in bodies.items():
        status, answer = _send(_graph_url(endpoint, name), "PUT", timeout, body)
        if status not in _WRITTEN:
            raise _undo(endpoint, name, _reason(status, answer), {w: before[w] for w in written}, timeout)
        written.append(name)
    return len(bodies)


def graph_bodies(ds: Dataset) -> dict[str | None, bytes]:
    """Each non-empty graph of the dataset (None: the default graph) as N-Triples, in name order."""
    graphs = {None if g.identifier == DATASET_DEFAULT_GRAPH_ID else str(g.identifier): g for g in ds.graphs() if len(g)}
    return {name: graphs[name].serialize(format="nt", encoding="utf-8")
            for name in sorted(graphs, key=lambda name: (name is not None, name or ""))}


def _read_graph(endpoint: str, name: str | None, timeout: float) -> bytes | None:
    """What a graph of the store holds now as N-Triples (None: no such graph); nothing is written yet."""
    status, answer = _send(_graph_url(endpoint, name), "GET", timeout)
    if status == 404:
        return None
    if status != 200:
        raise QueryError(f"{endpoint}: cannot read graph {_show(name)} ({_reason(status, answer)}); nothing was "
                         "changed; check the endpoint URL and that the store is up")
    return answer


def _undo(endpoint: str, refused: str | None, reason: str, before: dict[str | None, bytes | None],
          timeout: float) -> QueryError:
    """Put back what the written graphs held; the error to raise says what the store holds now."""
    left, why = [], ""
    for name, old in reversed(before.items()):
        url = _graph_url(endpoint, name)
        status, answer = _send(url, "DELETE", timeout) if old is None else _send(url, "PUT", timeout, old)
        if status not in (*_WRITTEN, 404):
            left.append(name)
            why = why or _reason(status, answer)
    head = f"{endpoint}: the store refused graph {_show(refused)} ({reason})"
    if not left:
        return QueryError(f"{head}; nothing was changed (the {len(before)} graph(s) written before it were put back "
                         "as they were); check the endpoint URL and that the store is up")
    return QueryError(f"{head}, and putting back what was there failed too ({why}): {len(left)} graph(s) now hold "
                     f"the pushed version: {' '.join(_show(n) for n in sorted(left, key=str))}; "
                     "push again once the store is up")


def _graph_url(endpoint: str, name: str | None) -> str:
    query = "default" if name is None else urllib.parse.urlencode({"graph": name})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _show(name: str | None) -> str:
    return "(the default graph)" if name is None else f"<{name}>"


def _send(url: str, method: str, timeout: float, body: bytes | None = None) -> tuple[int, bytes]:
    """One Graph Store request: the HTTP status and body, or status 0 and the reason when there was no answer."""
    headers = {"Content-Type": NTRIPLES} if body is not None else {"Accept": NTRIPLES}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except (urllib.error.URLError, OSError) as err:
        return 0, str(getattr(err, "reason", err)).encode("utf-8")


def _reason(status: int, answer: bytes) -> str:
    """Why a request failed, in one line: the status and the first line the store said."""
    said = next(iter(answer.decode("utf-8", "replace").strip().splitlines()), "")
    return f"HTTP {status}: {said}" if status else said or "no answer"

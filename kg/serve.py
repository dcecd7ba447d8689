"""Linked data out: a read-only SPARQL endpoint on loopback (:mod:`kg.endpoint`, over
pyoxigraph) and a push of the graph into any SPARQL 1.1 store through the Graph Store HTTP
Protocol.

One named graph per article is PUT to ``ENDPOINT?graph=IRI`` (PUT replaces, so pushing
again is idempotent), all or nothing. The endpoint holds the graph in memory, with the union
of its graphs as the default graph so that the saved queries, written without ``GRAPH``, see
every article; it refuses SERVICE, so it never sends a request anywhere.
"""
from __future__ import annotations

import errno
import shutil
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .endpoint import Endpoint
from .errors import ConfigError, KGError, QueryError

DEFAULT_PORT = 7878


def oxigraph_binary() -> str:
    """The ``oxigraph`` command from the [server] extra (next to this Python, or on PATH)."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise ConfigError("kg serve needs Oxigraph's server; install it with: pip install 'diplomatic-kg[server]'")
    return found


def target_dataset(target: str | Path) -> Dataset:
    """Every quad of a built folder (graph.nq / graph.trig), a store folder, or an RDF file; a file
    that does not parse is a one-line QueryError naming it."""
    try:
        return _target_dataset(target)
    except KGError:
        raise
    except Exception as err:  # rdflib raises many parser errors; all mean the same to a user
        said = next(iter(str(err).strip().splitlines()), "")
        raise QueryError(f"{target}: cannot read this graph ({type(err).__name__}: {said}); rebuild it with "
                         "'kg build'") from err


def _target_dataset(target: str | Path) -> Dataset:
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


class Server:
    """A running read-only SPARQL endpoint (:mod:`kg.endpoint`) over an in-memory copy of a graph.
    ``stop()`` (or leaving a ``with`` block) ends it."""

    def __init__(self, endpoint: Endpoint, host: str, port: int) -> None:
        self.endpoint, self.host, self.port = endpoint, host, port
        self.url = f"http://{host}:{port}/query"
        self._thread = endpoint.start()

    def wait(self) -> None:
        """Block while the server runs (Ctrl-C, or SIGTERM under kg serve, interrupts)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self) -> None:
        """Stop answering and close the port."""
        if self._thread.is_alive():
            self.endpoint.shutdown()
            self._thread.join()
        self.endpoint.server_close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(target: str | Path, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> Server:
    """Load the target into an in-memory Oxigraph store (pyoxigraph) and serve it read-only on
    ``host``, with the union of its graphs as the default graph and SERVICE refused; returns once
    it listens."""
    ox = _pyoxigraph()
    check_port(host, port)
    store = ox.Store()
    store.bulk_load(target_dataset(target).serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    try:
        endpoint = Endpoint((host, port), store)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise ConfigError(port_in_use(host, port)) from err
        raise ConfigError(f"cannot listen on {host}:{port} ({err.strerror}); choose another port with --port") from err
    return Server(endpoint, host, port)


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as err:
        raise ConfigError("kg serve needs Oxigraph; install it with: pip install 'diplomatic-kg[server]'") from err
    return pyoxigraph


def check_port(host: str, port: int) -> None:
    """Refuse a port out of range or already listened on, before anything is loaded."""
    if not 0 < port < 65536:
        raise ConfigError(f"--port {port} is not a port; give one from 1 to 65535")
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Oxigraph's own listener does
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise ConfigError(port_in_use(host, port)) from err
            raise ConfigError(f"cannot listen on {host}:{port} ({err.strerror}); choose another port with --port") from err


def port_in_use(host: str, port: int) -> str:
    return f"{host}:{port} is already in use; stop what listens there or choose another port with --port"


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

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
from collections import defaultdict
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


def push(target: str | Path, endpoint: str, timeout: float = 30.0) -> int:
    """PUT each named graph of the target to a Graph Store endpoint; returns how many graphs."""
    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"--endpoint '{endpoint}' is not an http(s) URL; give e.g. http://127.0.0.1:7878/store")
    by_graph: dict[str, list[str]] = defaultdict(list)
    ds = target_dataset(target)
    for s, p, o, g in ds.quads((None, None, None, None)):
        by_graph[str(g.identifier if hasattr(g, "identifier") else g)].append(f"{s.n3()} {p.n3()} {o.n3()} .")
    for graph, lines in sorted(by_graph.items()):
        query = "default" if graph == str(DATASET_DEFAULT_GRAPH_ID) else urllib.parse.urlencode({"graph": graph})
        url = f"{endpoint}?{query}"
        body = ("\n".join(lines) + "\n").encode("utf-8")
        request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except (urllib.error.URLError, OSError) as err:
            raise QueryError(f"{endpoint}: cannot store graph <{graph}> ({err}); check the endpoint URL and that the store is up") from err
    return len(by_graph)

"""SPARQL over a built graph: saved queries by name, parameters bound, never formatted in.

Parameters are passed to rdflib as ``initBindings``, so a value holding quotes or braces
is a value, not query text.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from .errors import QueryError
from .graph import bind_prefixes, union_graph
from .resources import queries_dir
from .perf import without_gc

FORMATS = ("table", "csv", "tsv", "json")
GRAPH_SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml"}


@dataclass(frozen=True)
class SavedQuery:
    """A query file in ontology/queries/: its name, one-line description and text."""

    name: str
    description: str
    text: str


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        out[path.stem] = SavedQuery(path.stem, first.lstrip("# ").strip(), text)
    return out


def query_text(query: str) -> str:
    """A SPARQL string, the text of an .rq file, or the text of a saved query by name."""
    saved = saved_queries()
    if query in saved:
        return saved[query].text
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file; check the path or use a saved query: {', '.join(saved)}")
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"'{query}' is neither a SPARQL query nor a saved query; saved queries: {', '.join(saved)}")
    return query


@without_gc
def load_graph(target: str | Path) -> Graph:
    """The graph of a built folder (its graph.ttl), a store folder, an RDF file, or a remote
    SPARQL 1.1 endpoint (queries are sent there; parameters travel as a VALUES block)."""
    if str(target).startswith(("http://", "https://")):
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        return Graph(store=SPARQLStore(str(target), returnFormat="json"))
    path = Path(target)
    if path.is_dir() and (path / "graph.oxigraph").is_dir():
        return _store_graph(path)
    if path.is_dir():
        path = path / "graph.ttl"
        if not path.is_file():
            raise QueryError(f"{target}: no graph.ttl in this folder; run 'kg build … -o {target}' first")
    if not path.is_file():
        raise QueryError(f"{target}: no such file or folder; give a folder made by 'kg build' or a .ttl file")
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{target}: unknown graph format '{path.suffix}'; use one of {', '.join(GRAPH_SUFFIXES)}")
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            graph = union_graph(ds)
        else:
            graph.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser errors; all mean the same to a user
        raise QueryError(f"{target}: cannot read this graph ({type(err).__name__}: {err}); rebuild it with 'kg build'") from err
    bind_prefixes(graph)
    return graph


def _store_graph(path: Path) -> Graph:
    """The whole graph of an incremental store folder (made by 'kg build --store')."""
    from .store import GraphStore

    ds = Dataset()
    ds.parse(data=GraphStore(path).load_quads().decode("utf-8"), format="nquads")
    return union_graph(ds)


def as_term(value: str) -> URIRef | Literal:
    """A parameter value as an RDF term: <…> is an IRI, anything else a plain string."""
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
        if not iri or re.search(r'[<>"{}|^`\\\s]', iri):
            raise QueryError(f"parameter value {value!r} is not a valid IRI; drop the <> to pass it as a string")
        return URIRef(iri)
    return Literal(value)


def run(graph: Graph, query: str, params: dict[str, str] | None = None) -> Result:
    """Run a query (text, file or saved name) with parameters bound as values."""
    text = query_text(query)
    bindings = {name: as_term(value) for name, value in (params or {}).items()}
    try:
        if bindings and _remote(graph):
            return graph.query(with_values(text, bindings))
        return graph.query(text, initBindings=bindings)
    except Exception as err:  # pyparsing and rdflib errors: the message says what is wrong
        raise QueryError(f"query failed: {type(err).__name__}: {str(err).splitlines()[0]}") from err


def _remote(graph: Graph) -> bool:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    return isinstance(graph.store, SPARQLStore)


def with_values(text: str, bindings: dict) -> str:
    """The query with a VALUES block opening its WHERE clause, so FILTERs see the parameters.
    Values are written as escaped RDF terms (``n3()``): a value can never become query text."""
    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None:
        raise QueryError("a parameterised query needs a WHERE { … } clause")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"{text[:match.end()]}\n  VALUES ({names}) {{ ({values}) }}{text[match.end():]}"


def rows(result: Result) -> list[dict[str, object]]:
    """SELECT results as dicts of Python values (None where unbound)."""
    names = [str(v) for v in result.vars or []]
    return [{n: (None if row[i] is None else row[i].toPython()) for i, n in enumerate(names)} for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    """SELECT / ASK results as an aligned table, CSV, TSV or SPARQL results JSON."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars or []]
    table = [["" if cell is None else str(cell) for cell in row] for row in result]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(table)
        return buf.getvalue()
    widths = [max([len(n)] + [len(r[i]) for r in table]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in table]
    return "\n".join(lines) + f"\n({len(table)} rows)\n"

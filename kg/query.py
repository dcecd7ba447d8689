"""SPARQL over a built graph: saved queries by name, parameters bound, never formatted in.

A built folder, store or RDF file is queried in Oxigraph (:mod:`kg.engine`) when pyoxigraph is
installed, else in rdflib. Parameters are passed as a ``VALUES`` block of escaped terms (to
rdflib, as ``initBindings`` when each has one value), so a value holding quotes or braces is a
value, not query text. A query file
declares its parameters on comment lines ``# @param NAME KIND what to give``; the KIND
(:data:`KINDS`) says how a value becomes RDF terms, and a declared parameter that is
missing, misspelt or malformed is an error naming the query's parameters. A query that
declares none (SPARQL text, a file of one's own) may have any of its variables bound.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import product
from pathlib import Path

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from . import engine
from .engine import OxigraphGraph
from .errors import QueryError
from .graph import bind_prefixes, union_graph
from .perf import without_gc
from .remote import DEFAULT_TIMEOUT, remote_graph
from .resources import queries_dir

FORMATS = ("table", "csv", "tsv", "json")
GRAPH_SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml"}


Note = Callable[[str], None]
Queryable = Graph | OxigraphGraph  # what a query runs on: an rdflib Graph, or a graph loaded into Oxigraph
PARAM_LINE = re.compile(r"^#[ \t]*@param[ \t]+(\S+)[ \t]+(\S+)[ \t]*(.*)$", re.MULTILINE)
VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Param:
    """A declared parameter: its name, its kind (how a value becomes RDF terms) and what to give."""

    name: str
    kind: str
    hint: str


@dataclass(frozen=True)
class SavedQuery:
    """A query: its name (how messages call it), one-line description, text and declared parameters."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()


def read_query(name: str, text: str) -> SavedQuery:
    """A query and the parameters its ``# @param`` lines declare (an unknown kind is an error)."""
    first = text.splitlines()[0] if text else ""
    params = tuple(Param(n, kind, hint.strip()) for n, kind, hint in PARAM_LINE.findall(text))
    for param in params:
        if param.kind not in KINDS:
            raise QueryError(f"{name}: parameter '{param.name}' has the unknown kind '{param.kind}'; "
                             f"use one of: {', '.join(KINDS)}")
    return SavedQuery(name, first.lstrip("# ").strip(), text, params)


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name."""
    return {path.stem: read_query(path.stem, path.read_text(encoding="utf-8"))
            for path in sorted(queries_dir().glob("*.rq"))}


def find_query(query: str) -> SavedQuery:
    """A saved query by name, an .rq file, or SPARQL text (called "the query" in messages)."""
    saved = saved_queries()
    if query in saved:
        return saved[query]
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file; check the path or use a saved query: {', '.join(saved)}")
        return read_query(query, path.read_text(encoding="utf-8"))
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"'{query}' is neither a SPARQL query nor a saved query; saved queries: {', '.join(saved)}")
    return SavedQuery("the query", "", query)


def open_graph(target: str | Path, timeout: float = DEFAULT_TIMEOUT) -> Queryable:
    """What queries on a target run on: a built folder (its graph.ttl, else graph.nq or graph.trig), a
    store folder or an RDF file loaded once into Oxigraph when pyoxigraph is installed; else, and
    for a SPARQL endpoint or a JSON-LD file, the rdflib graph of :func:`load_graph`."""
    if str(target).startswith(("http://", "https://")) or not engine.available():
        return load_graph(target, timeout)
    path = Path(target)
    if path.is_dir() and (path / "graph.oxigraph").is_dir():
        from .store import GraphStore

        return OxigraphGraph.from_nquads(GraphStore(path).load_quads(), target)
    path = graph_file(target, ("graph.ttl", "graph.nq", "graph.trig"))
    if path.suffix.lower() not in engine.FORMATS:
        return load_graph(target, timeout)
    return OxigraphGraph.from_file(path, target)


def graph_file(target: str | Path, names: tuple[str, ...] = ("graph.ttl",)) -> Path:
    """The RDF file a target names: itself, or the first of ``names`` in a folder; a one-line error
    when there is none or its suffix is no RDF format."""
    path = Path(target)
    if path.is_dir():
        path = next((path / name for name in names if (path / name).is_file()), path / names[0])
        if not path.is_file():
            raise QueryError(f"{target}: no graph.ttl in this folder; run 'kg build … -o {target}' first")
    if not path.is_file():
        raise QueryError(f"{target}: no such file or folder; give a folder made by 'kg build' or a .ttl file")
    if path.suffix.lower() not in GRAPH_SUFFIXES:
        raise QueryError(f"{target}: unknown graph format '{path.suffix}'; use one of {', '.join(GRAPH_SUFFIXES)}")
    return path


@without_gc
def load_graph(target: str | Path, timeout: float = DEFAULT_TIMEOUT) -> Graph:
    """The rdflib graph of a built folder (its graph.ttl), a store folder, an RDF file, or a remote
    SPARQL 1.1 endpoint (queries are sent there, each given ``timeout`` seconds; parameters
    travel as a VALUES block)."""
    if str(target).startswith(("http://", "https://")):
        return remote_graph(str(target), timeout)
    path = Path(target)
    if path.is_dir() and (path / "graph.oxigraph").is_dir():
        return _store_graph(path)
    path = graph_file(target)
    fmt = GRAPH_SUFFIXES[path.suffix.lower()]
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            graph = union_graph(ds)
        else:
            graph.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser errors; all mean the same to a user
        said = next(iter(str(err).strip().splitlines()), "")
        raise QueryError(f"{target}: cannot read this graph ({type(err).__name__}: {said}); rebuild it with "
                         "'kg build'") from err
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


def run(graph: Queryable, query: str, params: dict[str, str] | None = None, on_note: Note | None = None) -> Result:
    """Run a query (text, file or saved name) with parameters bound as values.

    ``on_note`` hears why an answer may be empty or wider than asked (a name that matches
    no actor, or several)."""
    found, on_note = find_query(query), on_note or (lambda note: None)
    answer = execute(graph, found.text, bind(graph, found, params or {}, on_note))
    if answer.type == "SELECT" and _remote(graph) and not answer.bindings and _only_named_graphs(graph):
        on_note(f"the default graph of {graph.store.query_endpoint} is empty, its named graphs are not (a store "
                "'kg push' wrote keeps each article in its own graph); to query them all, add ?union-default-graph "
                "to the URL (Oxigraph) or start the store with --union-default-graph")
    return answer


def _only_named_graphs(graph: Queryable) -> bool:
    """Whether an endpoint's default graph is empty while its named graphs hold triples."""
    return (not execute(graph, "ASK { ?s ?p ?o }", {}).askAnswer
            and execute(graph, "ASK { GRAPH ?g { ?s ?p ?o } }", {}).askAnswer)


def execute(graph: Queryable, text: str, bindings: dict[str, list[Node]]) -> Result:
    """A query with each variable bound to one of its values: ``initBindings`` for one value each
    on a local rdflib graph, else (Oxigraph, an endpoint, several values) a ``VALUES`` block; no value
    for some variable: the empty answer."""
    try:
        if any(not values for values in bindings.values()):
            return empty_answer(graph, text)
        if isinstance(graph, OxigraphGraph):
            return graph.query(with_values(text, bindings) if bindings else text)
        if bindings and (_remote(graph) or any(len(values) > 1 for values in bindings.values())):
            return graph.query(with_values(text, bindings))
        return graph.query(text, initBindings={name: values[0] for name, values in bindings.items()})
    except QueryError:  # a remote endpoint's failure, already in one line
        raise
    except Exception as err:  # pyparsing, rdflib and Oxigraph errors: the message says what is wrong
        raise QueryError(f"query failed: {type(err).__name__}: {str(err).splitlines()[0]}") from err


def bind(graph: Queryable, query: SavedQuery, params: dict[str, str], on_note: Note) -> dict[str, list[Node]]:
    """Each parameter's RDF terms, after checking its name (and, when declared, its kind and presence)."""
    if not query.params:
        code = re.sub(r"#.*", "", re.sub(r"<[^<>\s]*>", "", query.text))  # IRIs, then comments
        variables = sorted(set(VARIABLE.findall(code)))
        for name in params:
            if name not in variables:
                raise QueryError(f"{query.name} has no variable ?{name} to bind; its variables: "
                                 f"{', '.join('?' + v for v in variables)}")
        return {name: [as_term(value)] for name, value in params.items()}
    declared = {p.name: p for p in query.params}
    listed = ", ".join(declared)
    for name in params:
        if name not in declared:
            raise QueryError(f"{query.name} has no parameter '{name}'; its parameters: {listed}")
    for param in query.params:
        if param.name not in params:
            raise QueryError(f"{query.name} needs the parameter '{param.name}' ({param.hint}); its parameters: {listed}")
    return {p.name: KINDS[p.kind](graph, p, params[p.name], on_note) for p in query.params}


def text_terms(graph: Queryable, param: Param, value: str, on_note: Note) -> list[Node]:
    """Kind ``text``: a plain string, or an IRI in <…>."""
    return [as_term(value)]


def date_terms(graph: Queryable, param: Param, value: str, on_note: Note) -> list[Node]:
    """Kind ``date``: a day written YYYY-MM-DD, as an xsd:date."""
    try:
        valid = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and date.fromisoformat(value)
    except ValueError:
        valid = False
    if not valid:
        raise QueryError(f"parameter {param.name}={value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-02-17")
    return [Literal(value, datatype=XSD.date)]


def iri_terms(graph: Queryable, param: Param, value: str, on_note: Note) -> list[Node]:
    """Kind ``iri``: an absolute IRI, in <…> or bare."""
    iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]+", iri):
        raise QueryError(f"parameter {param.name}={value!r} is not an IRI; give {param.hint}")
    return [URIRef(iri)]


def actor_terms(graph: Queryable, param: Param, value: str, on_note: Note) -> list[Node]:
    """Kind ``actor``: an actor's IRI in <…>, or every actor one of whose names is the value or holds it
    as whole words (folding case, accents and Turkish ı/İ: "erdogan" finds Recep Tayyip Erdoğan)."""
    if value.startswith("<"):
        return iri_terms(graph, param, value, on_note)
    wanted = name_words(value)
    names = [(r["actor"], str(r["name"]), name_words(str(r["label"]))) for r in rows(run(graph, "actor-names"))]
    found = {a for a, _, words in names if wanted and words == wanted}
    found = found or {a for a, _, words in names if wanted and holds(words, wanted)}
    shown = sorted({name for a, name, _ in names if a in found})
    if not found:
        on_note(f"no actor's name is or holds the words '{value}'; nothing to show "
                "(the saved query actor-names lists every name)")
    elif len(found) > 1:
        on_note(f"'{value}' is in the names of {len(found)} actors ({', '.join(shown)}); "
                "the rows are for all of them; give a full name for one")
    return [URIRef(a) for a in sorted(found)]


def name_words(text: str) -> tuple[str, ...]:
    """The words of a name, folded as the gazetteer folds names: 'ERDOĞAN' and 'Erdogan' give ('erdogan',)."""
    from .lexicons import ascii_fold

    return tuple(re.findall(r"\w+", ascii_fold(text)))


def holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``words`` as consecutive whole words."""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


KINDS: dict[str, Callable[[Queryable, Param, str, Note], list[Node]]] = {
    "actor": actor_terms, "date": date_terms, "iri": iri_terms, "text": text_terms}


def empty_answer(graph: Queryable, text: str) -> Result:
    """The answer a query gives when a parameter has no value to take: no rows (or false, or no triples)."""
    from rdflib.plugins.sparql import prepareQuery

    algebra = prepareQuery(text, initNs=dict(graph.namespaces())).algebra
    answer = Result(algebra.name.removesuffix("Query").upper())
    if answer.type == "SELECT":
        answer.vars, answer.bindings = list(algebra["PV"]), []
    elif answer.type == "ASK":
        answer.askAnswer = False
    else:
        answer.graph = Graph()
    return answer


def _remote(graph: Queryable) -> bool:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    return isinstance(getattr(graph, "store", None), SPARQLStore)


def with_values(text: str, bindings: dict[str, list[Node]]) -> str:
    """The query with a VALUES block opening its WHERE clause, so FILTERs see the parameters: one row
    per combination of values. Values are written as escaped RDF terms (``n3()``): a value can never
    become query text."""
    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None:
        raise QueryError("a parameterised query needs a WHERE { … } clause")
    names = " ".join(f"?{name}" for name in bindings)
    table = " ".join(f"({' '.join(term.n3() for term in row)})" for row in product(*bindings.values()))
    return f"{text[:match.end()]}\n  VALUES ({names}) {{ {table} }}{text[match.end():]}"


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

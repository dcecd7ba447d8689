"""SPARQL on Oxigraph: a built graph loaded once into an in-memory pyoxigraph store and queried
there, in Rust, with the answers handed back as rdflib Results.

rdflib's own SPARQL engine, on the path ``kg query`` used to take, needed 7-22 CPU s for a
saved query on a 1,000-article build (see the README's Speed section); Oxigraph answers in a
fraction of a second. The store holds the union of the source's graphs as its default graph,
each triple once, which is what graph.ttl holds and what the saved queries (written without
``GRAPH``) expect; Oxigraph's own union-default-graph mode would give a triple that is in two
article graphs twice. Answers come back as rdflib terms, with plain strings plain (Oxigraph
types them ``xsd:string``), so formatting and the Python API see what rdflib would give.
pyoxigraph comes with the [oxigraph], [server] and [test] extras and is imported only here.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

from .errors import QueryError
from .graph import bind_prefixes

# File suffixes Oxigraph reads here, by the name of its format (RdfFormat.<name>).
FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES", ".rdf": "RDF_XML"}
_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } ; DROP NAMED"


def available() -> bool:
    """Whether pyoxigraph can be imported (else queries run in rdflib, as before)."""
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        return False
    return True


class OxigraphGraph:
    """A read-only graph in an in-memory Oxigraph store: ``query`` is what :mod:`kg.query` calls,
    ``namespaces`` the prefixes a query may use undeclared, ``to_graph`` an rdflib copy."""

    def __init__(self, store) -> None:
        self.store = store
        prefixes = Graph()
        bind_prefixes(prefixes)
        self._prefixes = {prefix: URIRef(ns) for prefix, ns in prefixes.namespaces()}

    @classmethod
    def from_file(cls, path: Path, shown: str | Path | None = None) -> OxigraphGraph:
        """The graph of an RDF file (format by suffix, see :data:`FORMATS`); a file that does not
        parse is a one-line QueryError naming ``shown`` (default: the file)."""
        import pyoxigraph as ox

        fmt = getattr(ox.RdfFormat, FORMATS[path.suffix.lower()])
        return cls._loaded(lambda store: store.bulk_load(path=str(path), format=fmt), shown or path)

    @classmethod
    def from_nquads(cls, data: bytes, shown: str | Path) -> OxigraphGraph:
        """The graph of N-Quads bytes (a store's quads)."""
        import pyoxigraph as ox

        return cls._loaded(lambda store: store.bulk_load(data, format=ox.RdfFormat.N_QUADS), shown)

    @classmethod
    def _loaded(cls, load, shown: str | Path) -> OxigraphGraph:
        import pyoxigraph as ox

        store = ox.Store()
        try:
            load(store)
        except (SyntaxError, ValueError) as err:
            said = next(iter(str(err).strip().splitlines()), "")
            raise QueryError(f"{shown}: cannot read this graph ({type(err).__name__}: {said}); rebuild it with "
                             "'kg build'") from err
        if next(iter(store.named_graphs()), None) is not None:
            store.update(_UNION)  # each triple once in the default graph, as the merged view graph.ttl holds
        return cls(store)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        """The prefixes every file the tool writes binds; a query may use them without declaring them."""
        return iter(self._prefixes.items())

    def query(self, text: str) -> Result:
        """A SPARQL query's answer as an rdflib Result (SELECT rows, ASK boolean, or a Graph)."""
        import pyoxigraph as ox

        answer = self.store.query(self._declared(text))
        if isinstance(answer, ox.QuerySolutions):
            result = Result("SELECT")
            result.vars = [Variable(v.value) for v in answer.variables]
            names = [(Variable(v.value), v) for v in answer.variables]
            result.bindings = [{name: to_rdflib(row[v]) for name, v in names if row[v] is not None} for row in answer]
        elif isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
        else:
            result = Result("CONSTRUCT")
            result.graph = Graph()
            result.graph += ((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in answer)
        return result

    def _declared(self, text: str) -> str:
        """The query with a PREFIX declaration for each bound prefix it uses but does not declare, on its
        first line (so an error's line number is still the line of the text as given)."""
        missing = [f"PREFIX {p}: <{ns}>" for p, ns in self._prefixes.items()
                   if f"{p}:" in text and not re.search(rf"(?i)\bPREFIX\s+{re.escape(p)}\s*:", text)]
        return " ".join([*missing, text]) if missing else text

    def to_graph(self) -> Graph:
        """Every triple in an rdflib Graph (for what rdflib does and Oxigraph does not: SHACL, NetworkX)."""
        import pyoxigraph as ox

        graph = Graph()
        bind_prefixes(graph)
        graph.parse(data=self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                    format="nt")
        return graph


def to_rdflib(term) -> Node:
    """An Oxigraph term as rdflib makes it: a plain string stays plain (not ``^^xsd:string``)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == str(XSD.string) else Literal(term.value, datatype=URIRef(datatype))
    raise QueryError(f"the answer holds a term rdflib cannot take ({term}); ask for its parts instead")

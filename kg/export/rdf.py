"""RDF serialisations whose bytes depend only on the graph. rdflib's in-memory store keeps its
named graphs and subjects in sets, so TriG's graph order and JSON-LD's node order would follow
Python's per-process string hashing; here both are put in IRI order.

Turtle, TriG and N-Quads are written by Oxigraph's serializers (pyoxigraph, when installed) from
the quads in sorted order (those the build made, :mod:`kg.graph.quads`, else read from the rdflib
graph): rdflib's TriG writer took a fifth of a whole build's CPU and grew faster than the graph
(README, Speed). Without pyoxigraph, rdflib writes them as before; the two give isomorphic files
(the same N-Quads lines, but for how a tab or a form feed is escaped).
"""
from __future__ import annotations

import functools
import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.trig import TrigSerializer

from ..engine import available
from ..graph import bind_prefixes
from ..graph.quads import Quads
from ..graph.vocab import ID


class _SortedTrig(TrigSerializer):
    """TriG with the named graphs in the order of their names (the default graph last, as rdflib puts it)."""

    def preprocess(self) -> None:
        self.contexts = sorted(self.contexts, key=lambda g: (g.identifier == self.default_context, str(g.identifier)))
        super().preprocess()


def turtle_text(graph: Graph | None, quads: Quads | None = None) -> str:
    """Every triple as Turtle: by Oxigraph from ``quads`` (each triple once, in subject, predicate,
    object order, the vocabularies' prefixes declared), else by rdflib from ``graph``."""
    return turtle_bytes(graph, quads).decode("utf-8")


def turtle_bytes(graph: Graph | None, quads: Quads | None = None) -> bytes:
    """:func:`turtle_text` as the UTF-8 bytes a file holds (no text copy made on the way)."""
    stream = io.BytesIO()
    write_turtle_to(stream, graph, quads)
    return stream.getvalue()


def write_turtle_to(handle: BinaryIO, graph: Graph | None, quads: Quads | None = None) -> None:
    """:func:`turtle_text` written to an open binary file; from ``quads``, Oxigraph writes the triples
    as they are unpacked, so the whole Turtle text is never held in memory."""
    if quads is None:
        handle.write(graph.serialize(format="turtle", encoding="utf-8"))
        return
    import pyoxigraph as ox

    ox.serialize(quads.triples(), handle, format=ox.RdfFormat.TURTLE, prefixes=used_prefixes(None, quads.iris))


def trig_text(source: Graph | None, quads: Quads | None = None) -> str:
    """The source (a Dataset, or a Graph) as TriG, named graphs in name order (each graph's triples
    in subject, predicate, object order when Oxigraph writes it: from ``quads`` when given, and then
    no ``source`` is needed)."""
    if quads is not None or available():
        import pyoxigraph as ox

        quads = oxigraph_quads(source) if quads is None else quads
        return ox.serialize(sorted_for_trig(quads.quads), format=ox.RdfFormat.TRIG,
                            prefixes=used_prefixes(source, quads.iris)).decode("utf-8")
    stream = io.BytesIO()
    _SortedTrig(source).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


def nquads_text(source: Graph | None, quads: Quads | None = None) -> str:
    """The source (a Dataset) as N-Quads (from ``quads`` when given), one quad a line in sorted order,
    so the same graph gives the same bytes. Oxigraph and rdflib escape LF and CR inside terms, so
    their output splits into quads at LF only; what they write raw of :data:`RAW_IN_UTF8` is then
    escaped."""
    return b"".join(nquads_lines(source, quads)).decode("utf-8")


# Characters an N-Quads serializer may write raw inside a literal (rdflib escapes only \\, ", LF
# and CR; Oxigraph also the control characters): control characters, and the ones str.splitlines()
# and line-oriented tools take for line ends (U+0085, U+2028, U+2029); an N-Quads UCHAR escape
# stands for the same character. In UTF-8: one byte for a control character (never inside a longer
# character, whose bytes are all 0x80 or above), two for U+0085, three for U+2028 and U+2029.
RAW_IN_UTF8 = re.compile(b"[\x00-\x08\x0b-\x1f\x7f]|\xc2\x85|\xe2\x80[\xa8\xa9]")


def nquads_lines(source: Graph | None, quads: Quads | None = None) -> Iterator[bytes]:
    """:func:`nquads_text` as its lines in UTF-8, each ending in LF, to be written one after the other:
    sorting the bytes of UTF-8 lines orders them as their text. From ``quads`` (or, with pyoxigraph,
    the source's quads) the lines come sorted and unpacked one block at a time; rdflib's whole text
    is split and sorted otherwise."""
    if quads is not None or available():
        lines = (quads if quads is not None else oxigraph_quads(source)).lines()
    else:
        data = source.serialize(format="nquads", encoding="utf-8")
        lines = iter(sorted({line for line in data.split(b"\n") if line.strip(b" ")}))
        del data
    escape = functools.partial(RAW_IN_UTF8.sub, lambda m: f"\\u{ord(m[0].decode('utf-8')):04X}".encode("ascii"))
    empty = True
    for line in lines:
        empty = False
        yield escape(line) + b"\n"
    if empty:
        yield b"\n"


def jsonld_text(graph: Graph, context: dict) -> str:
    """The graph as compacted JSON-LD with ``context``: nodes in ``@id`` order, and each property's
    values (unordered in RDF) in a fixed order."""
    data = json.loads(graph.serialize(format="json-ld", context=context, indent=1))
    nodes = data.get("@graph") if isinstance(data, dict) else None
    if isinstance(nodes, list):
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        nodes.sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(data, indent=1, ensure_ascii=False)




def oxigraph_quads(source: Graph) -> Quads:
    """Every quad of a Dataset (or triple of a Graph, in the default graph) as pyoxigraph Quads, read
    graph by graph from the store; each IRI is converted once."""
    import pyoxigraph as ox

    named: dict[str, object] = {}
    default = ox.DefaultGraph()

    def iri(text: str):
        found = named.get(text)
        if found is None:
            found = named[text] = ox.NamedNode(text)
        return found

    def term(node):
        text = str.__str__(node)  # a plain str: rdflib's terms hash and compare in Python
        if isinstance(node, URIRef):
            return iri(text)
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(text, language=node.language)
            return ox.Literal(text, datatype=None if node.datatype is None else iri(str.__str__(node.datatype)))
        if isinstance(node, BNode):
            return ox.BlankNode(text)
        raise TypeError(f"not an RDF term: {node!r}")

    def every():
        if not isinstance(source, Dataset):
            yield from (ox.Quad(term(s), term(p), term(o), default) for s, p, o in source)
            return
        for graph in source.graphs():
            name = default if graph.identifier == DATASET_DEFAULT_GRAPH_ID else term(graph.identifier)
            yield from (ox.Quad(term(s), term(p), term(o), name)
                        for (s, p, o), _ in source.store.triples((None, None, None), context=graph))

    return Quads(every(), named)  # (the IRIs met while the quads were read)


def sorted_for_trig(quads: list) -> list:
    """Named graphs in name order, the default graph last; within a graph, by subject, predicate, object
    (their N-Quads line), so that TriG writes each graph and each subject once."""
    import pyoxigraph as ox

    return sorted(quads, key=lambda q: (isinstance(q.graph_name, ox.DefaultGraph), str(q.graph_name), str(q)))


def used_prefixes(source: Graph | None, iris: frozenset[str]) -> dict[str, str]:
    """The source's bound prefixes (without one, those every graph the tool makes binds) whose namespace
    some of the IRIs starts with, as rdflib's writers declare only those; none for the tool's own
    instance IRIs, which are written in full."""
    namespaces = source.namespaces() if source is not None else _bound_namespaces()
    bound = {prefix: str(ns) for prefix, ns in namespaces if prefix and str(ns) != str(ID)}
    return {prefix: ns for prefix, ns in sorted(bound.items()) if any(iri.startswith(ns) for iri in iris)}


@functools.lru_cache(maxsize=1)
def _bound_namespaces() -> tuple[tuple[str, URIRef], ...]:
    """The prefixes a graph the tool makes has bound (rdflib's own and the project's)."""
    graph = Graph()
    bind_prefixes(graph)
    return tuple(graph.namespaces())

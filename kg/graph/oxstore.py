"""Oxigraph under rdflib (oxrdflib's store), giving terms back as rdflib itself makes them.

oxrdflib reads every plain string back typed, as ``"x"^^xsd:string``. RDF 1.1 calls the two
the same term, rdflib does not: a graph built with ``--rdf-store oxigraph`` was not
isomorphic to the same graph built in memory, and its Turtle and TriG spelt out the
datatype on every string (964 times on the dev set). This store reads them back plain.
Registered with rdflib as the store named ``kg-oxigraph`` (see :data:`kg.graph.STORES`);
oxrdflib is imported only when one is made (the [oxigraph] extra).
"""
from __future__ import annotations

from collections.abc import Iterator

from oxrdflib import OxigraphStore
from rdflib import XSD, Graph, Literal
from rdflib.query import Result
from rdflib.term import Node


def plain(term: Node) -> Node:
    """A term as rdflib writes it: ``"x"^^xsd:string`` is the plain literal ``"x"``."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


class PlainStringOxigraphStore(OxigraphStore):
    """oxrdflib's store, with the strings it reads back plain (what rdflib's Memory store gives)."""

    def triples(self, triple_pattern, context=None) -> Iterator:
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, plain(o)), contexts

    def query(self, query, initNs, initBindings, queryGraph, **kwargs) -> Result:  # noqa: N803 (rdflib's names)
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            result.bindings = [{var: plain(value) for var, value in row.items()} for row in result.bindings]
        elif result.type == "CONSTRUCT":
            graph = Graph()
            graph += ((s, p, plain(o)) for s, p, o in result.graph)
            result.graph = graph
        return result

"""The graph stage for Oxigraph: the statements of :mod:`kg.graph.statements` as pyoxigraph Quads,
made once from the resolution, with no rdflib store in between.

``kg build`` writes Turtle, TriG and N-Quads from these with Oxigraph's serializers and keeps them
for ``--store``; an rdflib Dataset is made from them only when the Python API asks for one
(:attr:`kg.api.KnowledgeGraph.dataset`). The quads are those :func:`kg.graph.build_dataset` holds
(the same N-Quads lines; a test checks it on the seed, articles of the tests' own and the dev set).
pyoxigraph comes with the [oxigraph] extra; without it, the build makes the rdflib Dataset as before.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..perf import without_gc
from ..resources import ontology_file
from .statements import Lit, statements
from .vocab import ID

if TYPE_CHECKING:
    from ..records import Article
    from ..resolve import Resolution

ONTOLOGY_GRAPH = str(ID["graph/ontology"])


@dataclass(frozen=True)
class Quads:
    """A graph's quads as pyoxigraph Quads, each once (in the order made, or sorted where said), and
    every IRI they hold (datatypes too)."""

    quads: list
    iris: frozenset[str]


@without_gc
def build_quads(resolution: Resolution, articles: Iterable[Article], *, ontology: bool = True) -> Quads:
    """Every quad of the graph: each article's graph, the events graph and (``ontology``) the
    ontology's graph, each quad once, in the order the statements come; each IRI made once."""
    import pyoxigraph as ox

    named: dict[str, object] = {}

    def iri(text: str):
        found = named.get(text)
        if found is None:
            found = named[text] = ox.NamedNode(text)
        return found

    def term(o: str | Lit):
        if isinstance(o, str):
            return iri(o)
        if o.lang:
            return ox.Literal(o.lexical, language=o.lang)
        return ox.Literal(o.lexical, datatype=iri(o.datatype) if o.datatype else None)

    quads = dict.fromkeys(ox.Quad(iri(s), iri(p), term(o), iri(g)) for g, s, p, o in statements(resolution, articles))
    iris = set(named)
    if ontology:
        quads.update(dict.fromkeys(ontology_quads()))
        iris |= {node.value for q in ontology_quads()
                 for node in (q.subject, q.predicate, q.object, getattr(q.object, "datatype", None), q.graph_name)
                 if isinstance(node, ox.NamedNode)}
    return Quads(list(quads), frozenset(iris))


@functools.lru_cache(maxsize=1)
def ontology_quads() -> tuple:
    """The ontology (ontology/diplomatic.ttl) in its own named graph, read once by Oxigraph."""
    import pyoxigraph as ox

    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    parsed = ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Quad(q.subject, q.predicate, q.object, graph) for q in parsed)


def union_triples(quads: Quads) -> list:
    """Every triple of any graph, each once, in subject, predicate, object order (their N-Triples
    line): what graph.ttl holds, ordered so that Turtle writes each subject once."""
    import pyoxigraph as ox

    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads.quads}
    return sorted(triples, key=str)

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
import heapq
import itertools
import zlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..perf import without_gc
from ..resources import ontology_file
from .statements import Lit, statements
from .vocab import ID

if TYPE_CHECKING:
    from ..records import Article
    from ..resolve import Resolution

ONTOLOGY_GRAPH = str(ID["graph/ontology"])


RUN_QUADS = 100_000  # quads sorted together in memory before their lines are packed away
BLOCK_BYTES = 1 << 20  # N-Quads lines packed into zlib blocks of about this size


class Quads:
    """A graph's quads, each once, as their N-Quads lines (as Oxigraph writes them) in sorted order,
    packed into zlib-compressed blocks, and every IRI they hold (datatypes too).

    A graph of a million quads holds a few hundred megabytes of N-Quads and more as pyoxigraph
    objects; packed it holds a tenth of that. The quads are sorted in runs of :data:`RUN_QUADS` and
    the runs merged, so the whole graph is never unpacked at once: the writers stream it line by
    line (:meth:`lines`), triple by triple (:meth:`triples`) or block by block (:meth:`chunks`)."""

    def __init__(self, quads: Iterable, iris: Iterable[str]) -> None:
        """Pack ``quads``; ``iris`` is read once they all are (a cache the quads' making fills will do)."""
        import pyoxigraph as ox

        runs, batch = [], []
        for quad in quads:
            batch.append(quad)
            if len(batch) >= RUN_QUADS:
                runs.append(_packed(sorted(_lines(ox, batch))))
                batch = []
        if batch or not runs:
            runs.append(_packed(sorted(_lines(ox, batch))))
        del batch
        self.blocks: tuple[bytes, ...] = runs[0] if len(runs) == 1 else _packed(heapq.merge(*map(_unpacked, runs)))
        self.iris = frozenset(iris)

    def lines(self) -> Iterator[bytes]:
        """Every quad's N-Quads line (without its LF), each once, in byte order."""
        return _unpacked(self.blocks)

    def chunks(self) -> Iterator[bytes]:
        """The N-Quads text, block by block (each a run of whole lines ending in LF)."""
        return (zlib.decompress(block) for block in self.blocks)

    @property
    def quads(self) -> list:
        """Every quad as a pyoxigraph Quad, in the order of their lines (made anew at each call)."""
        import pyoxigraph as ox

        return [q for chunk in self.chunks() for q in ox.parse(chunk, format=ox.RdfFormat.N_QUADS)]

    def triples(self) -> Iterator:
        """Every triple of any graph, each once, in subject, predicate, object order (their N-Triples
        line): what graph.ttl holds, ordered so that Turtle writes each subject once. A line begins with
        its triple and a space, so the lines of one triple in several graphs follow one another."""
        import pyoxigraph as ox

        last = None
        for chunk in self.chunks():
            for quad in ox.parse(chunk, format=ox.RdfFormat.N_QUADS):
                triple = ox.Triple(quad.subject, quad.predicate, quad.object)
                if triple != last:
                    yield triple
                    last = triple

    def count(self) -> int:
        """How many quads (by unpacking every block)."""
        return sum(chunk.count(b"\n") for chunk in self.chunks())


def _lines(ox, quads: list) -> set[bytes]:
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    return {line for line in data.split(b"\n") if line}


def _packed(lines: Iterable[bytes]) -> tuple[bytes, ...]:
    """Sorted lines, each once, as zlib blocks of whole lines."""
    blocks, block, size, last = [], [], 0, None
    for line in lines:
        if line == last:
            continue
        last = line
        block.append(line)
        size += len(line) + 1
        if size >= BLOCK_BYTES:
            blocks.append(zlib.compress(b"\n".join(block) + b"\n", 1))
            block, size = [], 0
    if block:
        blocks.append(zlib.compress(b"\n".join(block) + b"\n", 1))
    return tuple(blocks)


def _unpacked(blocks: tuple[bytes, ...]) -> Iterator[bytes]:
    for block in blocks:
        yield from zlib.decompress(block).split(b"\n")[:-1]


@without_gc
def build_quads(resolution: Resolution, articles: Iterable[Article], *, ontology: bool = True) -> Quads:
    """Every quad of the graph: each article's graph, the events graph and (``ontology``) the
    ontology's graph, each quad once; each IRI made once."""
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

    extra = ontology_quads() if ontology else ()
    for node in (n for q in extra for n in (q.subject, q.predicate, q.object, getattr(q.object, "datatype", None),
                                            q.graph_name) if isinstance(n, ox.NamedNode)):
        named.setdefault(node.value, node)  # the ontology's IRIs are the graph's too
    made = (ox.Quad(iri(s), iri(p), term(o), iri(g)) for g, s, p, o in statements(resolution, articles))
    return Quads(itertools.chain(made, extra), named)


@functools.lru_cache(maxsize=1)
def ontology_quads() -> tuple:
    """The ontology (ontology/diplomatic.ttl) in its own named graph, read once by Oxigraph."""
    import pyoxigraph as ox

    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    parsed = ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Quad(q.subject, q.predicate, q.object, graph) for q in parsed)

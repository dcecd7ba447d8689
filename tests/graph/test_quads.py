"""The graph as quads, made once from the resolution for Oxigraph's writers, is the rdflib Dataset's graph."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.export.rdf import oxigraph_quads
from tests.conftest import DEV, ROOT
from tests.graph.test_graph import MIXED

pytest.importorskip("pyoxigraph")


def inputs(name, tmp_path):
    if name == "dev":
        if not (DEV / "articles.jsonl").is_file():
            pytest.skip("the annotated dev set is not on this machine")
        return [DEV / "articles.jsonl"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in MIXED), encoding="utf-8")
    return [ROOT / "examples" / "articles", mixed]


@pytest.mark.parametrize("name", ["seed-and-mixed", "dev"])
def test_quads_are_the_datasets_and_turtle_is_isomorphic(name, tmp_path, extractor):
    built = kg.build(inputs(name, tmp_path), extractor=extractor)
    assert built.quads is not None and built._dataset is None  # no rdflib store on the build path
    written = built.write(tmp_path / "out", formats="ttl,nq")
    from_rdflib = oxigraph_quads(built.dataset)  # the rdflib Dataset, made now from the same resolution
    assert {str(q) for q in built.quads.quads} == {str(q) for q in from_rdflib.quads}
    assert len(built.quads.quads) == len({str(q) for q in built.quads.quads})  # each quad once
    assert isomorphic(Graph().parse(written["graph.ttl"], format="turtle"), built.graph)


def _quad(s, o, g, lang=None):
    import pyoxigraph as ox

    obj = ox.Literal(o, language=lang) if isinstance(o, str) and not o.startswith("http") else ox.NamedNode(str(o))
    return ox.Quad(ox.NamedNode(f"http://x/{s}"), ox.NamedNode("http://x/p"), obj, ox.NamedNode(f"http://g/{g}"))


# (quads, as several runs and blocks: the same sorted lines, each once, as one sort of them all)
SPREAD = [
    [_quad("b", "1", 1), _quad("a", "2", 1), _quad("a", "2", 1), _quad("a", "2", 2)],   # a repeat, a second graph
    [_quad("c", "x y", 1), _quad("c", "x", 1), _quad("c", "x", 1, "en"), _quad("a", "http://x/o", 3)],
    [_quad(f"n{i % 7}", str(i % 5), i % 3) for i in range(40)],                          # repeats across runs
    [],
]


@pytest.mark.parametrize("quads", SPREAD)
@pytest.mark.parametrize("run, block", [(1, 1), (2, 40), (3, 10**6), (10**6, 1)])
def test_quads_sorted_in_runs_and_blocks_are_one_sort_of_their_lines(quads, run, block, monkeypatch):
    import pyoxigraph as ox

    from kg.graph import quads as q

    monkeypatch.setattr(q, "RUN_QUADS", run)
    monkeypatch.setattr(q, "BLOCK_BYTES", block)
    packed = q.Quads(iter(quads), frozenset())
    expected = sorted({line for line in (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").split(b"\n") if line})
    assert list(packed.lines()) == expected
    assert [str(x) for x in packed.quads] == [str(x) for x in sorted(set(quads), key=lambda x: str(x))]
    assert packed.count() == len(expected)
    triples = [str(t) for t in packed.triples()]
    assert triples == sorted({str(ox.Triple(x.subject, x.predicate, x.object)) for x in quads})  # each once, in order


def test_turtle_is_written_as_the_triples_are_unpacked(tmp_path, monkeypatch):
    from kg.export.rdf import turtle_bytes
    from kg.graph import quads as q

    monkeypatch.setattr(q, "RUN_QUADS", 3)
    monkeypatch.setattr(q, "BLOCK_BYTES", 50)
    packed = q.Quads(iter(SPREAD[2]), frozenset())
    import pyoxigraph as ox

    text = turtle_bytes(None, packed)
    read = {str(t) for t in ox.parse(text, format=ox.RdfFormat.TURTLE)}
    assert read == {str(ox.Triple(x.subject, x.predicate, x.object)) for x in SPREAD[2]}
    assert text.count(b"<http://x/n0>") == 1  # each subject once: the triples came in order

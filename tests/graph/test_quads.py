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

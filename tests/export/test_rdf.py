"""TriG and N-Quads written by Oxigraph's serializers hold the same graphs as rdflib's writers gave,
on the seed article and on a synthetic corpus (benchmarks/corpus.py)."""
from __future__ import annotations

import sys

import pytest
from rdflib import XSD, Dataset
from rdflib.compare import graph_diff

import kg
from kg.export import rdf
from tests.conftest import ROOT, SEED, same_datasets

pytest.importorskip("pyoxigraph")


def synthetic(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import write_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles.jsonl", 40)


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def built(request, tmp_path_factory, extractor):
    path = SEED if request.param == "seed" else synthetic(tmp_path_factory)
    return kg.build([path], extractor=extractor).dataset


def parsed(text: str, fmt: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=text, format=fmt)
    return ds


@pytest.mark.parametrize("write, fmt", [(rdf.trig_text, "trig"), (rdf.nquads_text, "nquads")])
def test_oxigraph_writes_the_graphs_rdflib_wrote(built, monkeypatch, write, fmt):
    quads = rdf.oxigraph_quads(built)
    new = write(built, quads)
    assert write(built) == new  # the quads read once for both files give what each reads alone
    assert same_datasets(parsed(new, fmt), built)
    monkeypatch.setattr(rdf, "available", lambda: False)
    old = write(built)
    if fmt == "nquads":
        assert new == old  # the same lines in the same order
    else:  # rdflib's TriG writes an xsd:double to 7 significant digits (longitude 139.69171 as 1.396917e+02)
        assert {o.datatype for o in differences(parsed(old, fmt), parsed(new, fmt))} <= {XSD.double}


def differences(a: Dataset, b: Dataset) -> set:
    """The objects of the triples that one dataset's graph holds and its namesake in the other does not."""
    graphs = {g.identifier: g for g in b.graphs()}
    found = set()
    for graph in a.graphs():
        _, only_a, only_b = graph_diff(graph, graphs[graph.identifier])
        found |= {o for _, _, o in only_a} | {o for _, _, o in only_b}
    return found


def test_trig_declares_the_prefixes_it_uses_and_writes_instance_iris_in_full(built):
    text = rdf.trig_text(built)
    declared = [line.split()[1] for line in text.splitlines() if line.startswith("@prefix")]
    assert {"dkg:", "sem:", "rdfs:"} <= set(declared) and "id:" not in declared
    assert all(text.count(prefix) > 1 for prefix in declared)
    assert "<https://w3id.org/diplomatic-kg/id/graph/events> {" in text

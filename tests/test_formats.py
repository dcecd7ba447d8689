"""Standard formats re-load with the same content; validate and stats from the command line."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

import kg
from kg.cli import main
from tests.conftest import SEED


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor):
    out = tmp_path_factory.mktemp("formats")
    graph = kg.build([SEED], extractor=extractor)
    graph.write(out, formats="all")
    return graph, out


def test_jsonld_reloads_without_fetching_anything(built):
    graph, out = built
    again = Graph().parse(out / "graph.jsonld", format="json-ld")
    assert isomorphic(again, graph.graph)


def test_nquads_keep_one_named_graph_per_article(built):
    _, out = built
    ds = Dataset()
    ds.parse(out / "graph.nq", format="nquads")
    assert "https://w3id.org/diplomatic-kg/id/graph/article/2025-02-17-rutte-kellogg" in {str(g.identifier) for g in ds.graphs()}


def test_graphml_reloads_into_networkx(built):
    graph, out = built
    g = nx.read_graphml(out / "graph.graphml")
    original = graph.to_networkx()
    assert g.number_of_nodes() == original.number_of_nodes() and g.number_of_edges() == original.number_of_edges()


def test_events_csv_has_one_row_per_event(built):
    graph, out = built
    rows = list(csv.DictReader((out / "events.csv").open(encoding="utf-8")))
    assert len(rows) == len(graph.events())
    assert any(r["type"] == "travel" and r["place"] == "Paris" and "Mark Rutte (traveller)" in r["participants"] for r in rows)


def test_validate_and_stats_commands(built, capsys):
    _, out = built
    assert main(["validate", str(out)]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].split() == ["articles", "events", "actors", "places", "first_day", "last_day"]
    assert "travel" in text


def test_validate_reports_a_broken_graph(tmp_path, built, capsys):
    graph, _ = built
    broken = tmp_path / "broken.ttl"
    text = graph.graph.serialize(format="turtle").replace("dkg:datePrecision", "dkg:modality")
    broken.write_text(text, encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    assert "date precision" in capsys.readouterr().out


@pytest.mark.parametrize("query, params", [
    ("events-by-month", {}), ("actors-by-events", {}), ("co-participation", {}),
    ("travel-destinations", {"actor": "Mark Rutte"}), ("events-between", {"from": "2025-02-17", "to": "2025-02-17"}),
    ("merge-reasons", {}), ("stats", {}), ("events-by-type-and-language", {}),
])
def test_every_saved_query_returns_rows(built, query, params):
    graph, _ = built
    assert graph.query(query, **params)


def test_sources_of_an_event(built):
    graph, _ = built
    event = graph.events()[0]["id"]
    rows = graph.query("sources-of-event", event=f"<{event}>")
    assert rows and all(r["article"] == "2025-02-17-rutte-kellogg" for r in rows)


def test_every_file_has_the_same_bytes_whatever_python_hashing_does(tmp_path):
    """rdflib keeps named graphs and subjects in sets, whose order follows the per-process string
    hash; each written file must not."""
    import os
    import subprocess
    import sys

    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [
        {"id": f"a{k}", "lang": "tr", "published": "2025-02-17T10:00:00+03:00", "title": f"Görüşme {k}",
         "text": f"Dışişleri Bakanı Ayla Demir dün Roma'da İtalya Başbakanı Marco Neri ile görüştü. "
                 f"Demir, {k} Mart'ta Paris'e gidecek."} for k in range(1, 5)]), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles), "-o", str(out), "--no-model",
                        "--formats", "all"],
                       check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys() and {"graph.trig", "graph.jsonld"} <= outputs[0].keys()
    assert [name for name in outputs[0] if outputs[0][name] != outputs[1][name]] == []

"""The incremental on-disk store: idempotent re-adds, same graph as from scratch, crash-safe."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib.compare import isomorphic

import kg
from kg.query import load_graph
from kg.store import GraphStore
from tests.conftest import ROOT, SEED

pytest.importorskip("pyoxigraph")

TR = {"lang": "tr", "published": "2025-03-05T10:00:00+03:00", "title": "Görüşme"}


def write_batch(path, rows):
    path.write_text("".join(json.dumps({**TR, **r}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ONE = [{"id": "a1", "text": "Dışişleri Bakanı Ali Kaya dün Bakü'de Azerbaycan Dışişleri Bakanı Elçin Aliyev ile görüştü."}]
TWO = [{"id": "a2", "text": "Dışişleri Bakanı Ali Kaya bugün Tiflis'e gitti."}]


def test_store_and_scratch_give_the_same_graph(tmp_path, extractor):
    first, second = write_batch(tmp_path / "one.jsonl", ONE), write_batch(tmp_path / "two.jsonl", TWO)
    store = tmp_path / "store"
    kg.build([first], extractor=extractor, store=store)
    incremental = kg.build([second], extractor=extractor, store=store)
    scratch = kg.build([first, second], extractor=extractor)
    assert isomorphic(incremental.graph, scratch.graph)
    assert isomorphic(load_graph(store), scratch.graph)


ACCENTS = [{"id": "b1", "text": "Brezilya Devlet Başkanı Luiz Inacio Lula dün Brasilia'da Arjantin Devlet "
                         "Başkanı Javier Milei ile görüştü."},
           {"id": "a9", "text": "Brezilya Devlet Başkanı Luiz Inácio Lula dün Brasilia'da Arjantin Devlet "
                         "Başkanı Javier Milei ile görüştü. Görüşmede ticaret ele alındı."}]


def test_store_and_scratch_agree_whatever_the_order_of_the_input(tmp_path, extractor):
    """Articles stored in one order equal a from-scratch build given them in another (same labels:
    the accented spelling wins, not the first one read)."""
    later, earlier = write_batch(tmp_path / "b.jsonl", ACCENTS[:1]), write_batch(tmp_path / "a.jsonl", ACCENTS[1:])
    store = tmp_path / "store"
    kg.build([later], extractor=extractor, store=store)
    incremental = kg.build([earlier], extractor=extractor, store=store)
    scratch = kg.build([later, earlier], extractor=extractor)
    assert isomorphic(incremental.graph, scratch.graph)
    assert any(p["name"] == "Luiz Inácio Lula" for e in scratch.events() for p in e["participants"])


def test_re_adding_an_article_changes_nothing(tmp_path, extractor):
    batch = write_batch(tmp_path / "one.jsonl", ONE)
    store = tmp_path / "store"
    before = kg.build([batch], extractor=extractor, store=store)
    stamp = GraphStore(store).extraction_path("a1").stat().st_mtime_ns
    assert GraphStore(store).add(kg.ingest.read_articles([batch]), extractor) == 0
    after = kg.build([batch], extractor=extractor, store=store)
    assert GraphStore(store).extraction_path("a1").stat().st_mtime_ns == stamp
    assert isomorphic(before.graph, after.graph)


def test_re_processing_an_article_replaces_it(tmp_path, extractor):
    store = tmp_path / "store"
    kg.build([write_batch(tmp_path / "v1.jsonl", ONE)], extractor=extractor, store=store)
    changed = [{"id": "a1", "text": "Dışişleri Bakanı Ali Kaya dün Roma'ya gitti."}]
    graph = kg.build([write_batch(tmp_path / "v2.jsonl", changed)], extractor=extractor, store=store)
    types = {e["type"] for e in graph.events()}
    assert types == {"travel"}


def test_killed_build_leaves_a_usable_store(tmp_path, extractor):
    store = tmp_path / "store"
    ok = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "-o", str(tmp_path / "out1"),
                         "--store", str(store), "-q"], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    before = load_graph(store)
    rows = [{"id": f"b{i}", "text": f"Dışişleri Bakanı Ali Kaya {i % 28 + 1} Mart'ta Bakü'ye gitti. " * 20}
            for i in range(224)]
    big = write_batch(tmp_path / "big.jsonl", rows)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(big), "-o", str(tmp_path / "out2"),
                             "--store", str(store), "-q"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done_before = len(list((store / "extractions").glob("*.json")))
    deadline = time.monotonic() + 60
    while len(list((store / "extractions").glob("*.json"))) < done_before + 20 and time.monotonic() < deadline:
        time.sleep(0.02)  # kill once extraction is under way: the new graph comes only after all 224
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL          # it really was killed mid-build …
    assert isomorphic(load_graph(store), before)       # … and the store still holds the last complete graph
    again = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(big), "-o", str(tmp_path / "out3"),
                            "--store", str(store), "-q"], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert not any(name.endswith((".new", ".old")) for name in os.listdir(store))
    assert not list((store / "extractions").glob(".*.tmp"))
    assert isomorphic(load_graph(store), kg.build([SEED, big], extractor=extractor).graph)


def test_store_must_be_a_folder(tmp_path):
    afile = tmp_path / "f"
    afile.write_text("x")
    with pytest.raises(kg.ConfigError, match="--store must be a folder"):
        GraphStore(afile)


def test_a_partial_extraction_file_left_by_a_killed_build_is_removed(tmp_path):
    store = tmp_path / "store"
    (store / "extractions").mkdir(parents=True)
    partial = store / "extractions" / ".b21.json.gq278n2b.tmp"  # as write_atomic names its temporary file
    partial.write_text('{"article": ')
    kept = store / "extractions" / "b20.json"
    kept.write_text("{}")
    GraphStore(store)
    assert not partial.exists() and kept.exists()


@pytest.mark.parametrize("published, precision", [("2004-12", "month"), ("2004", "year"),
                                                  ("2025-02-17T20:20:00+03:00", "day")])
def test_an_extraction_keeps_its_publication_precision_on_disk(published, precision):
    from kg.records import Article, Extraction, parse_published
    from kg.store import extraction_from_json, extraction_json

    when, _ = parse_published(published)
    x = Extraction(Article("a", "en", "T", "", when, published_precision=precision), (), ())
    back = extraction_from_json(json.loads(json.dumps(extraction_json(x))))
    assert back == x and back.article.published_text == published


@pytest.mark.parametrize("cut", [1, 7, 10**6])
@pytest.mark.parametrize("batch", [1, 100, 64 * 2**20])  # bytes a bulk load is given: batches end at a line's end
def test_the_graph_saved_from_chunks_is_the_graph_saved_from_bytes(tmp_path, cut, batch, monkeypatch):
    import pyoxigraph as ox

    import kg.store
    monkeypatch.setattr(kg.store, "BULK_BATCH_BYTES", batch)

    text = "".join(f'<http://x/s{i}> <http://x/p> "v{i} é" <http://g/{i % 3}> .\n' for i in range(50)).encode()
    chunks = [text[i:i + cut] for i in range(0, len(text), cut)]  # chunks need not end at a line's end
    whole, parts = GraphStore(tmp_path / "a"), GraphStore(tmp_path / "b")
    whole.save_graph(text)
    parts.save_graph(iter(chunks))
    read = [sorted(str(q) for q in ox.parse(s.load_quads(), format=ox.RdfFormat.N_QUADS)) for s in (whole, parts)]
    assert read[0] == read[1] and len(read[0]) == 50

"""Store files: one per article id whatever the id, and no stale extraction kept silently."""
from __future__ import annotations

import json

import pytest

import kg
import kg.store
from kg.cli import main
from kg.records import Article
from kg.store import EXTRACTIONS, GraphStore
from tests.conftest import SEED
from tests.reliability.helpers import fake_extract

pytest.importorskip("pyoxigraph")

LONG = "x" * 250
TURKISH = "ğüşıöç" * 6  # 36 letters: 216 characters once percent-encoded

IDS = [
    pytest.param([LONG + "1", LONG + "2"], id="long ids sharing 250 characters"),
    pytest.param([TURKISH + "a", TURKISH + "b"], id="Turkish ids sharing 36 letters"),
    pytest.param(["Haber", "haber", "HABER"], id="case variants"),
    pytest.param(["con", "CON", "nul.txt", "aux", "com1", "lpt1"], id="Windows-reserved names"),
    pytest.param(["../../x", "a/b", "a%2Fb", ".hidden", "x.json"], id="path-like ids"),
]


@pytest.mark.parametrize("ids", IDS)
def test_every_id_has_its_own_file(tmp_path, ids):
    store = GraphStore(tmp_path / "store")
    assert store.add([Article(i, "en", "t", f"text of {i}") for i in ids], fake_extract) == len(ids)
    assert sorted(x.article.id for x in store.extractions()) == sorted(ids)
    names = [p.name for p in (tmp_path / "store" / EXTRACTIONS).iterdir()]
    assert len(names) == len(ids) and all(len(n) == 69 for n in names)  # 64 hex digits + .json


def test_stored_extractions_come_back_without_their_bodies(tmp_path):
    """The merge and the graph need an article's metadata, not its text: a 20,000-article store is not
    held in memory twice (the body stays in the file, for the fingerprint and a re-extraction)."""
    store = GraphStore(tmp_path / "store")
    store.add([Article("a1", "en", "title", "the body")], fake_extract)
    [x] = store.extractions()
    assert (x.article.id, x.article.title, x.article.text) == ("a1", "title", "")
    assert "the body" in next((tmp_path / "store" / EXTRACTIONS).iterdir()).read_text(encoding="utf-8")


def test_files_of_an_older_store_are_renamed(tmp_path):
    """A store from before the hashed names (files named by the percent-encoded id) keeps working."""
    store = GraphStore(tmp_path / "store")
    store.add([Article("a1", "en", "t", "text")], fake_extract)
    [path] = (tmp_path / "store" / EXTRACTIONS).iterdir()
    path.rename(path.with_name("a1.json"))
    assert GraphStore(tmp_path / "store").add([Article("a1", "en", "t", "text")], fake_extract) == 0
    assert [x.article.id for x in store.extractions()] == ["a1"]
    assert [p.name for p in (tmp_path / "store" / EXTRACTIONS).iterdir()] == [path.name]


def test_changed_lexicons_re_extract_every_stored_article(tmp_path, monkeypatch):
    """Articles stored earlier are re-extracted when the lexicons change, not only those given again."""
    store = GraphStore(tmp_path / "store")
    store.add([Article(i, "en", "t", "text") for i in ("a", "b", "c")], fake_extract)
    assert store.stale() == 0
    monkeypatch.setattr(kg.store, "lexicon_fingerprint", lambda: "other lexicons")
    assert store.stale() == 3
    seen = []
    assert store.add([Article("a", "en", "t", "text")], lambda a: seen.append(a.id) or fake_extract(a)) == 3
    assert sorted(seen) == ["a", "b", "c"] and store.stale() == 0
    record = json.loads(store.extraction_path("b").read_text(encoding="utf-8"))
    assert record["article"]["text"] == "text"


def test_kg_stats_reports_stale_extractions(tmp_path, monkeypatch, capsys, extractor):
    store = tmp_path / "store"
    kg.build([SEED], extractor=extractor, store=store)
    assert main(["stats", str(store)]) == 0
    assert capsys.readouterr().out.endswith("stale extractions: 0\n")
    monkeypatch.setattr(kg.store, "lexicon_fingerprint", lambda: "other lexicons")
    assert main(["stats", str(store)]) == 0
    assert capsys.readouterr().out.endswith(
        "stale extractions: 1 (made by another version or other lexicons; the next 'kg build --store' "
        "re-extracts them)\n")

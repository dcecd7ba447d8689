"""Shared fixtures: one gazetteer and extractor per test session (building them takes ~1.5 s)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.extract import Extractor, Gazetteer
from kg.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "articles" / "2025-02-17-rutte-kellogg.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev"  # the annotated dev set, where the machine has it (never copied here)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.build()


@pytest.fixture(scope="session")
def extractor(gazetteer: Gazetteer) -> Extractor:
    """Rules only, so that the tables hold whether or not a statistical model is installed."""
    return Extractor(gazetteer, use_models=False)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def make_article(text: str, lang: str, published: str = "2025-02-17T12:00:00+03:00", title: str = "",
                 article_id: str = "t1") -> Article:
    """An article built by hand for extractor tables."""
    return Article(id=article_id, lang=lang, title=title, text=text,
                   published=datetime.fromisoformat(published) if published else None)


@pytest.fixture
def extract_one(extractor: Extractor):
    """Extract a single sentence (or text) and return its mentions and entity names by key."""
    def run(text: str, lang: str, published: str = "2025-02-17T12:00:00+03:00"):
        x = extractor.extract(make_article(text, lang, published))
        names = {e.key: e.name for e in x.entities}
        return x.mentions, names
    return run


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def same_datasets(a: Dataset, b: Dataset) -> bool:
    """The same non-empty named graphs, each isomorphic to its namesake."""
    def graphs(ds: Dataset) -> dict:
        return {g.identifier: g for g in ds.graphs() if len(g)}
    left, right = graphs(a), graphs(b)
    return left.keys() == right.keys() and all(isomorphic(left[name], right[name]) for name in left)

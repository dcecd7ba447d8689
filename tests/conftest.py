"""Shared fixtures: one gazetteer and extractor per test session (building them takes ~1.5 s)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from kg.extract import Extractor, Gazetteer
from kg.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "articles" / "2025-02-17-rutte-kellogg.txt"


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

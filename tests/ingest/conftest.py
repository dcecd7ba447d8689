"""Fixtures for the ingest tests: the seed article and a writer for small input files."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ingest_seed() -> Path:
    """The project's own example article (a scraped Turkish news page)."""
    return ROOT / "examples" / "articles" / "2025-02-17-rutte-kellogg.txt"


@pytest.fixture
def ingest_write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path (parent folders made) and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write

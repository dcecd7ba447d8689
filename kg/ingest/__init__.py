"""Ingest stage: read article files (.txt, .html, .json, .jsonl) into ``Article`` records.

Words the stage needs (datelines, boilerplate headings, teaser cues) live in
``kg/lexicons/<lang>/ingest.json``; how lines are laid out is ``layout.py``, teasers ``teasers.py``.
"""
from __future__ import annotations

from kg.ingest.language import detect_language
from kg.ingest.reader import read_articles, read_file

__all__ = ["detect_language", "read_articles", "read_file"]

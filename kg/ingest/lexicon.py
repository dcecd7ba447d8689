"""The words ingest needs (datelines, boilerplate headings, teaser cues, noise lines), read from data.

A language, for ingest, is a folder under ``kg/lexicons/`` holding an ``ingest.json``;
ingest applies the union of all of them, so adding a language means adding a folder.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.errors import ConfigError
from kg.ingest.teasers import cue_pattern

LEXICON_ROOT = Path(__file__).resolve().parent.parent / "lexicons"
LEXICON_FILE = "ingest.json"


@dataclass(frozen=True)
class Dateline:
    """A dateline pattern: a regex with a ``date`` group (``section``/``agency`` optional)."""

    pattern: re.Pattern[str]
    date_format: str
    timezone: ZoneInfo


@dataclass(frozen=True)
class IngestLexicon:
    """Every language's ingest words, merged; built once and passed along."""

    languages: tuple[str, ...]
    datelines: tuple[Dateline, ...]
    headings: frozenset[str]
    noise_lines: tuple[re.Pattern[str], ...]
    marker_letters: tuple[tuple[str, str], ...]
    teaser_cues: re.Pattern[str] | None = None
    page_stamps: re.Pattern[str] | None = None
    acronym_suffixes: re.Pattern[str] | None = None

    def without_stamps(self, line: str) -> list[str]:
        """A line with the page's own time stamps ('Giriş: 15 Eylül 2025, Pazartesi 21:13', 'Updated:
        July 10, 2024 10:02') taken out; what follows a stamp starts a line of its own."""
        if self.page_stamps is None or ":" not in line:
            return [line]
        parts = [p.strip() for p in self.page_stamps.split(line)]
        return [p for p in parts if p] if len(parts) > 1 else [line]

    def is_heading(self, line: str) -> bool:
        """Whether a line is a page-boilerplate heading (everything from it on is cut)."""
        return fold(line) in self.headings

    def is_noise(self, line: str) -> bool:
        """Whether a line is page furniture such as a video duration or a lone dash."""
        return any(p.fullmatch(line.strip()) for p in self.noise_lines)


def fold(text: str) -> str:
    """Compare-key for headings: case- and dotted/dotless-i-insensitive, spaces squeezed."""
    folded = text.replace("İ", "i").casefold().replace("ı", "i").replace("i\u0307", "i")
    return " ".join(folded.split())


def load_lexicon(root: Path = LEXICON_ROOT) -> IngestLexicon:
    """Read every ``<lang>/ingest.json`` under ``root`` into one merged lexicon."""
    folders = sorted(p for p in root.iterdir() if (p / LEXICON_FILE).is_file() and not p.name.startswith("."))
    if not folders:
        raise ConfigError(f"{root}: no language folders with an {LEXICON_FILE}; add one such as {root / 'en'}")
    datelines: list[Dateline] = []
    headings: set[str] = set()
    cues: set[str] = set()
    noise: dict[str, re.Pattern[str]] = {}
    letters: list[tuple[str, str]] = []
    labels: set[str] = set()
    endings: set[str] = set()
    for folder in folders:
        path = folder / LEXICON_FILE
        data = _read_json(path)
        datelines.extend(_datelines(path, data))
        headings.update(fold(h) for h in _strings(path, data, "boilerplate_headings"))
        cues.update(_strings(path, data, "teaser_cues"))
        for text in _strings(path, data, "noise_lines"):
            noise.setdefault(text, _compile(path, text))
        letters.append((folder.name, str(data.get("marker_letters", ""))))
        if (folder / "language.json").is_file():  # case endings, which Turkish may glue to an acronym
            grammar = _read_json(folder / "language.json").get("case_suffixes", {})
            endings.update(rx.strip("^$") for rx in grammar.values())
        if (folder / "dates.json").is_file():  # the labels the date finder knows page stamps by
            labels.update(_strings(folder / "dates.json", _read_json(folder / "dates.json"), "timestamp_labels"))
    return IngestLexicon(
        languages=tuple(f.name for f in folders),
        datelines=tuple(datelines),
        headings=frozenset(headings),
        noise_lines=tuple(noise.values()),
        marker_letters=tuple(letters),
        teaser_cues=cue_pattern(cues),
        page_stamps=_stamp_pattern(labels),
        acronym_suffixes=re.compile("|".join(f"(?:n?(?:{e}))" for e in sorted(endings))) if endings else None,
    )


def _stamp_pattern(labels: set[str]) -> re.Pattern[str] | None:
    """'Label: <a date in words or digits> HH:MM' — the page's time, not the article's text."""
    if not labels:
        return None
    names = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names})\s*:\s*[^\n:]{{0,40}}?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)")


def _read_json(path: Path) -> dict[str, Any]:
    """Parse one lexicon file; a broken one is a ConfigError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read lexicon ({exc}); fix the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a lexicon file must hold a JSON object")
    return data


def _strings(path: Path, data: dict[str, Any], key: str) -> list[str]:
    """A list-of-strings entry of a lexicon file (missing means empty)."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return value


def _compile(path: Path, pattern: str) -> re.Pattern[str]:
    """Compile a lexicon regex; a bad one is a ConfigError naming it."""
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{path}: bad pattern {pattern!r} ({exc}); fix the regex") from exc


def _datelines(path: Path, data: dict[str, Any]) -> list[Dateline]:
    """The dateline entries of one lexicon file, with that file's timezone."""
    entries = data.get("datelines", [])
    if not entries:
        return []
    try:
        zone = ZoneInfo(str(data.get("timezone")))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{path}: 'timezone' must name an IANA zone such as Europe/Istanbul "
            "(install the tzdata package if your system has no zone files)"
        ) from exc
    result = []
    for entry in entries:
        if not isinstance(entry, dict) or not {"pattern", "date_format"} <= entry.keys():
            raise ConfigError(f"{path}: each dateline needs a 'pattern' and a 'date_format'")
        pattern = _compile(path, entry["pattern"])
        if "date" not in pattern.groupindex:
            raise ConfigError(f"{path}: dateline pattern {entry['pattern']!r} needs a (?P<date>…) group")
        result.append(Dateline(pattern, entry["date_format"], zone))
    return result

"""Read a ``.txt`` article as scraped from a news site: title line, dateline, body."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kg.errors import InputError
from kg.ingest.context import EMPTY, ReadContext, decode
from kg.ingest.lexicon import IngestLexicon
from kg.records import Article

DATELINE_WINDOW = 6
"""How many non-blank lines after the title may hold the dateline (before the body proper)."""
NO_BODY = "no article text after the title line; put the body on the lines below the title"


@dataclass(frozen=True)
class DatelineInfo:
    """What a dateline line says: when, in which section, from which agency."""

    published: datetime
    section: str | None
    agency: str | None


def read_txt(path: Path, data: bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """Yield the one article of a plain-text file."""
    lines = [line.strip() for line in decode(path, data).splitlines()]
    start = next((i for i, line in enumerate(lines) if line), None)
    if start is None:
        raise InputError(path, EMPTY)
    title, rest = lines[start], lines[start + 1:]
    info, rest = take_dateline(rest, ctx.lexicon)
    body = ctx.clean_text("\n".join(rest))
    if not body:
        raise InputError(path, NO_BODY)
    yield ctx.article(
        path, id=path.stem, title=title, text=body,
        published=info.published if info else None,
        section=info.section if info else None,
        agency=info.agency if info else None,
    )


def take_dateline(lines: list[str], lexicon: IngestLexicon) -> tuple[DatelineInfo | None, list[str]]:
    """Find the dateline among the first lines and return it with the lines minus it."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        info = parse_dateline(line, lexicon)
        if info:
            return info, lines[:index] + lines[index + 1:]
        seen += 1
        if seen >= DATELINE_WINDOW:
            break
    return None, lines


def parse_dateline(line: str, lexicon: IngestLexicon) -> DatelineInfo | None:
    """Read one line as a dateline, or None if no lexicon pattern matches it."""
    for dateline in lexicon.datelines:
        match = dateline.pattern.fullmatch(line)
        if not match:
            continue
        try:
            when = datetime.strptime(match["date"], dateline.date_format)
        except ValueError:
            continue
        groups = match.groupdict()
        return DatelineInfo(
            published=when.replace(tzinfo=dateline.timezone),
            section=(groups.get("section") or "").strip() or None,
            agency=(groups.get("agency") or "").strip() or None,
        )
    return None

"""Related-news teasers that a scraper ran into an article's text, found by their shape.

Three shapes, none tied to a site:

- a cue line ('İLİŞKİLİ HABER', 'Bu haberler de ilginizi çekebilir', 'Read more:'; the cues are
  language data, ``teaser_cues`` in ``kg/lexicons/<lang>/ingest.json``), often glued to the
  headline it introduces ('İLİŞKİLİ HABERABD'den …'). The line goes; a cue alone on its line takes
  the headline-shaped lines under it too. A cue after a sentence's end inside a line (a page
  flattened to one line) cuts the rest of that line;
- a capitals label glued to a capitalised word at a line start ('GÜNDEMErdoğan …'): a headline
  line goes, a prose line loses the label;
- a headline-shaped line: short, not ending in a full stop. Only under a cue is it cut, so an
  article's own subheadings stay.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

HEADLINE_MAX = 150
"""A line longer than this is prose, not a headline."""
MIN_LABEL_LETTERS = 5
"""A capitals label glued to a word has this many letters or two words ('GÜNDEM', 'SON DAKİKA'),
so a short acronym glued to a brand ('CNNTürk') is not one."""
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*")
CUE_TRAIL = " :-–—|»>"


class Teaser(NamedTuple):
    """Where a teaser starts in a line, where its cue or label ends, and which of the two it is."""

    start: int
    end: int
    cue: bool


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for all cues, longest first; spaces match any whitespace."""
    parts = [r"\s+".join(re.escape(word) for word in cue.split()) for cue in sorted(cues, key=len, reverse=True)]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def drop_teasers(lines: list[str], cues: re.Pattern[str] | None, suffix: re.Pattern[str] | None = None) -> list[str]:
    """The lines without the teasers in them (lines are single, normalised lines); ``suffix`` matches
    the case endings a language writes on an acronym without an apostrophe ('UNESCOnun')."""
    out: list[str] = []
    under_cue = False
    for line in lines:
        if under_cue and line and headline_shaped(line):
            continue
        under_cue = False
        teaser = find_teaser(line, cues, suffix)
        if teaser is None:
            out.append(line)
        elif teaser.start > 0:
            out.append(line[:teaser.start].rstrip())
        elif teaser.cue:
            under_cue = not line[teaser.end:].strip(CUE_TRAIL)
        elif not headline_shaped(line):
            out.append(line[teaser.end:])
    return out


def find_teaser(line: str, cues: re.Pattern[str] | None, suffix: re.Pattern[str] | None = None) -> Teaser | None:
    """The teaser in a line: a cue at its start or after a sentence's end, or a glued label at its start."""
    for start in [0, *(m.end() for m in SENTENCE_END.finditer(line))]:
        match = cues.match(line, start) if cues else None
        if match and not line[match.end():match.end() + 1].islower():
            return Teaser(start, match.end(), True)
    end = glued_label(line, suffix)
    return Teaser(0, end, False) if end else None


def glued_label(line: str, suffix: re.Pattern[str] | None = None) -> int | None:
    """Where a capitals label glued to a capitalised word ends ('GÜNDEMErdoğan' → 6), or None; an
    acronym with a case ending written on ('UNESCOnun', 'ASELSANın') is no label."""
    end = 0
    while end < len(line) and (line[end].isupper() or line[end] == " "):
        end += 1
    cut = end - 1  # the last capital starts the glued word
    if end >= len(line) or not line[end].islower() or cut < 1 or not line[cut - 1].isupper():
        return None
    rest = re.match(r"[^\W\d_]*", line[end:]).group()
    if suffix is not None and " " not in line[:end] and suffix.fullmatch(rest.lower()):
        return None  # (an acronym is one word: 'SON DAKİKAAna …' is still a label)
    label = line[:cut]
    return cut if sum(c.isalpha() for c in label) >= MIN_LABEL_LETTERS or len(label.split()) >= 2 else None


def headline_shaped(line: str) -> bool:
    """Short and not ending in a full stop (an ellipsis, '!' or '?' may end a headline)."""
    end = line.rstrip("\"'”’») ")
    return len(line) <= HEADLINE_MAX and not (end.endswith(".") and not end.endswith(".."))

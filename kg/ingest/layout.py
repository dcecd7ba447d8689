"""How a body's lines are laid out: whitespace normalised, hard-wrapped paragraphs joined.

Text reaches the NLP stage with one paragraph a line, so a name, a trigger or a date is never
cut by a line end, and nothing the graph stores (names, sentences) holds a control character.
Whether a text is hard-wrapped is decided from the lines that continue a paragraph: a title, a
heading or any other one-line paragraph has no say in it.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

MAX_WRAP_WIDTH = 100
"""Lines wider than this are paragraphs, not a column that e-mail or a wire service wrapped."""
MIN_BREAKS = 4
"""A text needs this many line breaks inside paragraphs before it can be called hard-wrapped."""
FORCED_SHARE = 0.6
"""… and at least this share of them forced, that is, made because the next word did not fit."""
FILL = 0.9
"""A wrapper breaks once a line is about this full (fmt's goal is 93% of the width), so a break
is forced when the line and the next word together pass this share of the width."""
SPACES = re.compile(r"\s+")
INVISIBLE = ("Cc", "Cf")
"""Unicode categories dropped from text: control characters and invisible format characters."""


def normalise_line(line: str) -> str:
    """One line as plain text: control and invisible format characters gone (a zero-width space,
    a soft hyphen), any run of whitespace (a tab, a no-break space, a line break) one space."""
    if line.isprintable() and "  " not in line:  # most lines: two scans in C
        return line.strip()
    line = SPACES.sub(" ", line)
    if not line.isprintable():  # rare once spaces are plain
        line = SPACES.sub(" ", "".join(c for c in line if c.isprintable() or unicodedata.category(c) not in INVISIBLE))
    return line.strip()


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a hard-wrapped text was broken at, or None when its line ends are its own."""
    pairs = _inner_breaks(lines)
    if len(pairs) < MIN_BREAKS:
        return None
    width = max(len(line) for line, _ in pairs)
    if width > MAX_WRAP_WIDTH:
        return None
    forced = sum(1 for line, after in pairs if _forced(line, after, width))
    return width if forced >= FORCED_SHARE * len(pairs) else None


def hard_wrapped(text: str) -> bool:
    """Whether a text's single line breaks are a wrapper's rather than the author's."""
    return wrap_width(text.splitlines()) is not None


def unwrap(lines: list[str]) -> list[str]:
    """The lines with every forced break of a hard-wrapped text joined (a compound cut at its
    hyphen without a space); a text that is not hard-wrapped comes back as it was."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    joining = False
    for line, after in zip(lines, [*lines[1:], ""]):
        if joining:
            glue = "" if out[-1].endswith("-") and out[-1][-2:-1].isalpha() else " "
            out[-1] += glue + line
        else:
            out.append(line)
        joining = bool(line.strip() and after.strip()) and _forced(line, after, width)
    return out


def _inner_breaks(lines: Sequence[str]) -> list[tuple[str, str]]:
    """Each line that the next one continues (neither blank), with that next line."""
    return [(line.rstrip(), after) for line, after in pairwise(lines) if line.strip() and after.strip()]


LIST_ITEM = re.compile(r"^\s*(?:[-*•–—▪·]|\d{1,3}[.)])\s")
"""A line that opens with a list marker after a list item or a finished sentence starts an item of its
own, however full the line before it."""


def _forced(line: str, after: str, width: int) -> bool:
    """Whether the next line's first word would not have fitted at the end of this one (a new list
    item is never a continuation)."""
    if LIST_ITEM.match(after) and (LIST_ITEM.match(line) or line.rstrip().endswith((":", ".", ";", "!", "?"))):
        return False  # (an ordinal that a wrap put at a line start, '100. yılında', is no list item)
    first_word = after.split(maxsplit=1)[0]
    return len(line.rstrip()) + 1 + len(first_word) > FILL * width

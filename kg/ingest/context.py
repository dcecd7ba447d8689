"""What every input format shares: decoding bytes, cutting boilerplate, building the Article."""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kg.errors import ConfigError, InputError, InputWarning
from kg.ingest.language import (
    LanguageProfile,
    build_profiles,
    contradicting_language,
    guess_language,
)
from kg.ingest.layout import normalise_line, unwrap
from kg.ingest.lexicon import IngestLexicon, load_lexicon
from kg.ingest.teasers import drop_teasers
from kg.records import Article, parse_published  # noqa: F401  (the readers' one date parser)

# Publication years an article may have: dates are resolved against it by adding and subtracting
# days, weeks and years, which must stay inside what Python's dates can hold (years 1 to 9999).
PUBLISHED_YEARS = range(1800, 2200)
BINARY = "binary file, not an article; give a .txt, .html, .json or .jsonl file"
EMPTY = "empty file; nothing to read"


@dataclass(frozen=True)
class ReadContext:
    """The lexicon, language profiles and ``--lang`` override of one reading run."""

    lexicon: IngestLexicon
    profiles: tuple[LanguageProfile, ...]
    lang: str | None = None
    warned: set[str] = field(default_factory=set, compare=False)  # files already warned about

    @classmethod
    def create(cls, lang: str | None = None, lexicon: IngestLexicon | None = None) -> ReadContext:
        """Load the lexicons once; an unsupported ``lang`` is a ConfigError."""
        lexicon = lexicon or load_lexicon()
        if lang is not None and lang.lower() not in lexicon.languages:
            raise ConfigError(f"language '{lang}' is not supported; use one of: {', '.join(lexicon.languages)}")
        return cls(lexicon, build_profiles(lexicon), lang.lower() if lang else None)

    def clean_text(self, text: str) -> str:
        """Cut page boilerplate (from the first boilerplate heading on, noise lines, page time stamps,
        related-news teasers), normalise each line's whitespace and join the lines of hard-wrapped paragraphs."""
        page: list[str] = []
        for raw in text.splitlines():
            line = normalise_line(raw)
            if self.lexicon.is_heading(line):
                break
            if not (line and self.lexicon.is_noise(line)):
                page.extend(self.lexicon.without_stamps(line))
        kept: list[str] = []
        for line in drop_teasers(page, self.lexicon.teaser_cues, self.lexicon.acronym_suffixes):
            if line or (kept and kept[-1]):
                kept.append(line)
        return "\n".join(unwrap(kept)).strip()

    def article(self, path: Path, *, id: str, title: str, text: str, lang: str | None = None,
                line: int | None = None, published: datetime | None = None, source: str | None = None,
                url: str | None = None, section: str | None = None, agency: str | None = None,
                published_precision: str = "day") -> Article:
        """Build an Article, settling its language: ``--lang``, then the record's, then a guess."""
        title = normalise_line(title)
        if published is not None and published.year not in PUBLISHED_YEARS:
            raise InputError(path, f"publication date {published.date().isoformat()} is outside the years "
                             f"{PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1} this tool reads; correct the date, "
                             "or leave it out", line)
        chosen = self.lang or (lang.lower() if lang else None) or guess_language(f"{title}\n{text}", self.profiles)
        self.check_stated_language(path, line, f"{title}\n{text}", lang)
        if chosen not in self.lexicon.languages:
            supported = ", ".join(self.lexicon.languages)
            message = f"language '{lang}' is not supported; use one of: {supported} (or pass --lang)"
            raise InputError(path, message, line)
        return Article(id=id, lang=chosen, title=title, text=text, published=published, source=source,
                       url=url, section=section, agency=agency, path=str(path), line=line,
                       published_precision=published_precision)

    def check_stated_language(self, path: Path, line: int | None, text: str, field_lang: str | None) -> None:
        """Warn, once per file, when the text clearly reads as another language than the one
        ``--lang`` or the record's field gives: the wrong rules would find nothing in it."""
        stated = self.lang or (field_lang.lower() if field_lang else None)
        if stated not in self.lexicon.languages or str(path) in self.warned:
            return
        other = contradicting_language(text, stated, self.profiles)
        if other is None:
            return
        self.warned.add(str(path))
        if self.lang:
            message = (f"read as '{stated}' (--lang), but the text is '{other}'; pass --lang {other}, "
                       "or leave --lang out so that each article's language is detected")
        else:
            message = (f"field 'lang' says '{stated}', but the text is '{other}'; correct the field, "
                       "or remove it so that the language is detected")
        later = " (later articles of this file are not checked)" if line is not None else ""
        warnings.warn(InputWarning(path, message + later, line), stacklevel=2)


def check_bytes(path: Path, data: bytes) -> None:
    """Refuse binary and empty files before any format tries to parse them."""
    if b"\x00" in data:
        raise InputError(path, BINARY)
    if not data.lstrip(b"\xef\xbb\xbf").strip():
        raise InputError(path, EMPTY)


LEGACY_TURKISH = set("ğĞşŞıİ")


def decode(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM); else a legacy Turkish code page (cp1254, which
    covers ISO-8859-9's letters) when the bytes read as Turkish text; else an InputError at
    the bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = _legacy_turkish(data)
        if legacy is not None:
            return legacy
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); re-save it as UTF-8", line) from exc


def decode_line(path: Path, data: bytes, line: int) -> tuple[str, bool]:
    """One line of a JSON Lines file and whether it was read as legacy Turkish: UTF-8 first, cp1254
    only for a line that is not UTF-8 and reads as Turkish text, else an InputError for this line."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        legacy = _legacy_turkish(data)
        if legacy is not None:
            return legacy, True
        raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at column {exc.start + 1}); re-save "
                               "the file as UTF-8, or fix or remove this line", line) from exc


def _legacy_turkish(data: bytes) -> str | None:
    """cp1254 text: mostly printable, with Turkish letters where UTF-8 failed."""
    try:
        text = data.decode("cp1254")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    if printable < 0.98 * len(text) or not LEGACY_TURKISH & set(text):
        return None
    return text

"""Read articles from ``.jsonl`` (one record a line) and ``.json`` (a record or a list)."""
from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from kg.errors import InputError, InputWarning
from kg.ingest.context import (
    BINARY,
    EMPTY,
    ReadContext,
    decode,
    decode_line,
    parse_published,
)
from kg.records import Article

OPTIONAL_STRINGS = ("title", "lang", "source", "url", "section", "agency")
ISO_HINT = "use ISO 8601 such as 2025-02-17, 2025-02-17T20:20:00+03:00 or 2025-02"
JSON_TYPES = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
              list: "a list", dict: "an object", type(None): "null"}


def read_jsonl(path: Path, data: bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """Yield one article (or the error that stopped it) per non-blank line."""
    yield from _jsonl_lines(path, _decoded(path, enumerate(data.split(b"\n"), start=1)), ctx)


CHUNK = 1 << 20
LEGACY_WARNINGS = 3  # per file; a file that is all cp1254 would otherwise warn on every line


def stream_jsonl(path: Path, ctx: ReadContext) -> Iterator[Article | InputError]:
    """``read_jsonl`` without holding the file: a first pass in 1 MB chunks refuses binary and
    empty files; the second yields line by line, each line decoded on its own (UTF-8, or a legacy
    Turkish code page for a line that is not UTF-8 and reads as Turkish)."""
    blank = True
    try:
        with path.open("rb") as handle:
            first = True
            while chunk := handle.read(CHUNK):
                if b"\x00" in chunk:
                    raise InputError(path, BINARY)
                blank = blank and not (chunk.lstrip(b"\xef\xbb\xbf") if first else chunk).strip()
                first = False
    except OSError as exc:
        raise InputError(path, f"cannot read this file ({exc.strerror}); check its permissions") from exc
    if blank:
        raise InputError(path, EMPTY)
    return _stream_lines(path, ctx)


def _stream_lines(path: Path, ctx: ReadContext) -> Iterator[Article | InputError]:
    try:
        with path.open("rb") as handle:  # lines end at "\n" only, as above
            yield from _jsonl_lines(path, _decoded(path, enumerate(handle, start=1)), ctx)
    except OSError as exc:  # changed under us since the first pass
        yield InputError(path, f"cannot read this file ({exc}); check it is readable")


def _decoded(path: Path, lines) -> Iterator[tuple[int, str | InputError]]:
    """Each numbered line of bytes as text, or the InputError that names it; a line read as
    cp1254 is reported as an InputWarning (the first few of a file)."""
    legacy = 0
    for number, raw in lines:
        raw = raw.rstrip(b"\n")
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            text, was_legacy = decode_line(path, raw, number)
        except InputError as err:
            yield number, err
            continue
        if was_legacy:
            legacy += 1
            if legacy <= LEGACY_WARNINGS:
                later = "; later such lines of this file are read so without a warning" if legacy == LEGACY_WARNINGS else ""
                warnings.warn(InputWarning(path, "not UTF-8; read as Turkish cp1254 (ISO-8859-9), the rest of the "
                                                 f"file as UTF-8; re-save it as UTF-8{later}", number), stacklevel=2)
        yield number, text


def _jsonl_lines(path: Path, lines, ctx: ReadContext) -> Iterator[Article | InputError]:
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            _check_depth(line)
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove this line", number)
            continue
        except TooDeep as exc:
            yield InputError(path, f"{exc}; an article record is one object of strings: fix or remove this line",
                             number)
            continue
        yield _checked(path, record, number, ctx)


MAX_DEPTH = 32  # an article record needs 1 level (2 in a .json list); deeper is not an article
JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


class TooDeep(ValueError):
    """JSON nested deeper than MAX_DEPTH (a RecursionError in the parser, or worse, later)."""


def _check_depth(text: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH before parsing it; cheap for a record with few brackets."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = 0
    for token in JSON_TOKEN.finditer(text):
        bracket = token[0]
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise TooDeep(f"JSON nested over {MAX_DEPTH} levels deep (at column {token.start() + 1})")
        elif bracket in "]}":
            depth -= 1


def read_json(path: Path, data: bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """Yield the article(s) of a JSON file holding one record or a list of records."""
    text = decode(path, data)
    try:
        _check_depth(text)
        records = list(_records_with_lines(text))
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno}); fix the file", exc.lineno) from exc
    except TooDeep as exc:
        raise InputError(path, f"{exc}; an article record is one object of strings: fix the file") from exc
    if not records:
        raise InputError(path, "an empty list; nothing to read")
    for number, record in records:
        yield _checked(path, record, number, ctx)


def _records_with_lines(text: str) -> Iterator[tuple[int, Any]]:
    """Each top-level record with the line it starts on (a bare object counts as a list of one)."""
    decoder = json.JSONDecoder()
    index = _skip_space(text, 0)
    if not text.startswith("[", index):
        record, end = decoder.raw_decode(text, index)
        _expect_end(text, end)
        yield _line_at(text, index), record
        return
    index = _skip_space(text, index + 1)
    if text.startswith("]", index):
        _expect_end(text, index + 1)
        return
    while True:
        record, end = decoder.raw_decode(text, index)
        yield _line_at(text, index), record
        index = _skip_space(text, end)
        if text.startswith("]", index):
            _expect_end(text, index + 1)
            return
        if not text.startswith(",", index):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
        index = _skip_space(text, index + 1)


def _skip_space(text: str, index: int) -> int:
    """The index of the next non-whitespace character."""
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def _expect_end(text: str, index: int) -> None:
    """Only whitespace may follow the top-level value."""
    index = _skip_space(text, index)
    if index < len(text):
        raise json.JSONDecodeError("Extra data", text, index)


def _line_at(text: str, index: int) -> int:
    """The 1-based line number of a character index."""
    return text.count("\n", 0, index) + 1


def _checked(path: Path, record: Any, line: int, ctx: ReadContext) -> Article | InputError:
    """The record as an Article, or the InputError that says what is wrong with it."""
    try:
        return record_to_article(path, record, line, ctx)
    except InputError as err:
        return err


def record_to_article(path: Path, record: Any, line: int, ctx: ReadContext) -> Article:
    """Check a record's fields and build the Article; a bad field is an InputError."""
    if not isinstance(record, dict):
        raise InputError(path, f"expected a JSON object, got {_kind(record)}; "
                               "give each article as an object with a 'text' field", line)
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise InputError(path, "missing field 'text'; give the article body as a non-empty string", line)
    text = _string(path, record, "text", line) or ""
    fields = {name: _string(path, record, name, line) for name in OPTIONAL_STRINGS}
    published, precision = _published(path, record.get("published"), line)
    body = ctx.clean_text(text)
    if not body:
        raise InputError(path, "field 'text' holds only page boilerplate; give the article body", line)
    return ctx.article(
        path, id=_id(path, record, line), title=fields["title"] or "", text=body, lang=fields["lang"] or None,
        line=line, published=published, published_precision=precision, source=fields["source"],
        url=fields["url"], section=fields["section"], agency=fields["agency"],
    )


def _kind(value: Any) -> str:
    """A JSON value's type in words, for messages."""
    return JSON_TYPES.get(type(value), type(value).__name__)


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _string(path: Path, record: dict[str, Any], name: str, line: int) -> str | None:
    """An optional string field; any other type, or a lone surrogate escape, is an InputError naming the field."""
    value = record.get(name)
    if value is None:
        return value
    if isinstance(value, str):
        return _characters(path, name, value, line)
    raise InputError(path, f"field '{name}' must be a string, not {_kind(value)}; quote it or use null", line)


def _id(path: Path, record: dict[str, Any], line: int) -> str:
    """The record's id, or ``<file stem>-<line>`` when it has none."""
    value = record.get("id")
    if value is None or value == "":
        return f"{path.stem}-{line}"
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return _characters(path, "id", str(value), line)
    raise InputError(path, f"field 'id' must be a string, not {_kind(value)}; quote it or leave it out", line)


def _characters(path: Path, name: str, value: str, line: int) -> str:
    """The value, unless it holds a lone surrogate ("\\ud800" in JSON): no character, so no output
    format could be written with it."""
    bad = LONE_SURROGATE.search(value)
    if bad:
        raise InputError(path, f"field '{name}' holds the lone surrogate escape \\u{ord(bad[0]):04x} at character "
                               f"{bad.start() + 1}, which is no character; fix the escape (a character beyond "
                               "U+FFFF is written as a pair, e.g. \\ud83c\\udf0d)", line)
    return value


def _published(path: Path, value: Any, line: int) -> tuple[datetime | None, str]:
    """The publication time and its precision: an ISO 8601 string ('2025-02-17T20:20:00+03:00',
    '2025-02-17', or reduced to a month or year: '2004-12', '2004') or null."""
    if value is None:
        return None, "day"
    if not isinstance(value, str):
        raise InputError(path, f"field 'published' must be a date string, not {_kind(value)}; {ISO_HINT}", line)
    parsed = parse_published(value)
    if parsed is None:
        raise InputError(path, f"field 'published' is not a date: {value!r}; {ISO_HINT}", line)
    return parsed

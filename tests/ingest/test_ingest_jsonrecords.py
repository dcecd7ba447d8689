"""The .jsonl and .json readers: records, line numbers, field checks."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from kg.errors import ConfigError, InputError
from kg.ingest import read_articles, read_file

TR_TEXT = "Dışişleri Bakanı Fidan, Katar Başbakanı ile Doha'da bir araya geldi ve bölgedeki gelişmeleri görüştü."
EN_TEXT = "The foreign minister met his Qatari counterpart in Doha and discussed the situation in the region."


def record(**fields) -> str:
    """One JSONL line."""
    return json.dumps(fields, ensure_ascii=False)


def collect(path, **kwargs):
    """Read a file with an error collector; return (articles, errors as strings)."""
    errors: list[InputError] = []
    articles = list(read_file(path, on_error=errors.append, **kwargs))
    return articles, [str(e) for e in errors]


def test_jsonl_malformed_line_between_good_ones(ingest_write):
    lines = [record(id="a", text=TR_TEXT), '{"id": "b", "text": }', record(id="c", text=EN_TEXT)]
    path = ingest_write("feed.jsonl", "\n".join(lines) + "\n")
    articles, errors = collect(path)
    assert [(a.id, a.line, a.lang) for a in articles] == [("a", 1, "tr"), ("c", 3, "en")]
    assert errors == [f"{path}:2: not valid JSON (Expecting value at column 21); fix or remove this line"]


def test_jsonl_without_on_error_raises_at_first_bad_line(ingest_write):
    path = ingest_write("feed.jsonl", record(text=EN_TEXT) + "\n[1, 2\n" + record(text=TR_TEXT))
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert str(info.value) == f"{path}:2: not valid JSON (Expecting ',' delimiter at column 6); fix or remove this line"


def test_jsonl_fields_blank_lines_and_missing_id(ingest_write):
    full = record(id="x1", lang="en", published="2025-02-17T20:20:00+03:00", title="Meeting in Doha",
                  text=EN_TEXT, source="Example Wire", url="https://example.org/x1", extra=[1, 2])
    path = ingest_write("feed.jsonl", "\n" + full + "\n\n" + record(text=TR_TEXT) + "\n")
    first, second = read_file(path)
    assert (first.id, first.line, first.lang, first.title, first.text) == ("x1", 2, "en", "Meeting in Doha", EN_TEXT)
    assert first.published == datetime(2025, 2, 17, 20, 20, tzinfo=timezone(timedelta(hours=3)))
    assert (first.source, first.url, first.path) == ("Example Wire", "https://example.org/x1", str(path))
    assert (second.id, second.line, second.title, second.published) == ("feed-4", 4, "", None)


def test_json_list_gives_start_lines(ingest_write):
    items = [{"id": "r1", "text": EN_TEXT}, {"text": TR_TEXT, "title": "Doha'da görüşme"}]
    path = ingest_write("batch.json", json.dumps(items, indent=2, ensure_ascii=False))
    articles = list(read_file(path))
    assert [(a.id, a.line, a.lang, a.title) for a in articles] == [
        ("r1", 2, "en", ""), ("batch-6", 6, "tr", "Doha'da görüşme")]


def test_json_single_record(ingest_write):
    path = ingest_write("one.json", json.dumps({"id": 7, "text": EN_TEXT}))
    assert [(a.id, a.line) for a in read_file(path)] == [("7", 1)]


@pytest.mark.parametrize(
    "content, message",
    [
        ('[{"text": "a"},]', "1: not valid JSON (Expecting value at column 16); fix the file"),
        ('{"text": "a"}\n{"text": "b"}', "2: not valid JSON (Extra data at column 1); fix the file"),
        ("[ ]", " an empty list; nothing to read"),
    ],
)
def test_json_file_errors(ingest_write, content, message):
    path = ingest_write("bad.json", content)
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert str(info.value) == f"{path}:{message}"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"id": "a"}, "missing field 'text'; give the article body as a non-empty string"),
        ({"text": "   "}, "missing field 'text'; give the article body as a non-empty string"),
        ({"text": None}, "missing field 'text'; give the article body as a non-empty string"),
        ({"text": 42}, "field 'text' must be a string, not a number; quote it or use null"),
        ({"text": EN_TEXT, "title": 3}, "field 'title' must be a string, not a number; quote it or use null"),
        ({"text": EN_TEXT, "url": ["x"]}, "field 'url' must be a string, not a list; quote it or use null"),
        ({"text": EN_TEXT, "id": True}, "field 'id' must be a string, not a boolean; quote it or leave it out"),
        ({"text": EN_TEXT, "published": 20250217},
         "field 'published' must be a date string, not a number; "
         "use ISO 8601 such as 2025-02-17, 2025-02-17T20:20:00+03:00 or 2025-02"),
        ({"text": EN_TEXT, "published": "yesterday"},
         "field 'published' is not a date: 'yesterday'; "
         "use ISO 8601 such as 2025-02-17, 2025-02-17T20:20:00+03:00 or 2025-02"),
        ({"text": EN_TEXT, "published": "2004-13"},
         "field 'published' is not a date: '2004-13'; "
         "use ISO 8601 such as 2025-02-17, 2025-02-17T20:20:00+03:00 or 2025-02"),
        ({"text": EN_TEXT, "lang": "de"}, "language 'de' is not supported; use one of: en, tr (or pass --lang)"),
        ({"text": "Öne Çıkan Videolar\n00:40"}, "field 'text' holds only page boilerplate; give the article body"),
    ],
)
def test_record_errors(ingest_write, fields, message):
    path = ingest_write("feed.jsonl", record(text=EN_TEXT) + "\n" + record(**fields) + "\n")
    articles, errors = collect(path)
    assert len(articles) == 1
    assert errors == [f"{path}:2: {message}"]


@pytest.mark.parametrize(
    "line, message",
    [
        ("[1, 2]", "expected a JSON object, got a list; give each article as an object with a 'text' field"),
        ('"just text"', "expected a JSON object, got a string; give each article as an object with a 'text' field"),
    ],
)
def test_record_not_an_object(ingest_write, line, message):
    path = ingest_write("feed.jsonl", line + "\n")
    assert collect(path) == ([], [f"{path}:1: {message}"])


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2025-02-17", datetime(2025, 2, 17)),
        ("2025-02-17T20:20:00+03:00", datetime(2025, 2, 17, 20, 20, tzinfo=timezone(timedelta(hours=3)))),
        ("2025-02-17T17:20:00Z", datetime(2025, 2, 17, 17, 20, tzinfo=timezone.utc)),
        ("2025-02-17T20:20:00", datetime(2025, 2, 17, 20, 20)),
        (None, None),
    ],
)
def test_published(ingest_write, published, expected):
    path = ingest_write("feed.jsonl", record(text=EN_TEXT, published=published))
    (article,) = read_file(path)
    assert article.published == expected
    assert article.published_precision == "day"
    assert getattr(article.published, "tzinfo", None) == getattr(expected, "tzinfo", None)


@pytest.mark.parametrize(
    "published, expected, precision",
    [
        ("2004-12", datetime(2004, 12, 1), "month"),   # ISO 8601 reduced precision: a month
        ("2004", datetime(2004, 1, 1), "year"),        # and a year
    ],
)
def test_published_reduced_precision(ingest_write, published, expected, precision):
    path = ingest_write("feed.jsonl", record(text=EN_TEXT, published=published))
    (article,) = read_file(path)
    assert (article.published, article.published_precision) == (expected, precision)
    assert article.published_text == published


@pytest.mark.parametrize(
    "record_lang, lang_arg, expected",
    [
        (None, None, "tr"),  # guessed from the text
        ("en", None, "en"),  # the record says so
        ("EN", None, "en"),
        ("de", "tr", "tr"),  # --lang overrides everything
        ("en", "tr", "tr"),
    ],
)
def test_language_choice(ingest_write, record_lang, lang_arg, expected):
    path = ingest_write("feed.jsonl", record(text=TR_TEXT, lang=record_lang))
    (article,) = read_articles([path], lang=lang_arg)
    assert article.lang == expected


def test_unsupported_lang_argument():
    with pytest.raises(ConfigError) as info:
        read_articles([], lang="de")
    assert str(info.value) == "language 'de' is not supported; use one of: en, tr"


def test_boilerplate_cut_from_json_text(ingest_write):
    text = EN_TEXT + "\n\nMost Read\nSomething else entirely"
    path = ingest_write("feed.jsonl", record(text=text))
    (article,) = read_file(path)
    assert article.text == EN_TEXT

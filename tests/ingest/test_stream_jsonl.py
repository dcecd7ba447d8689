"""JSONL read line by line gives exactly what reading the whole file gives."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError, InputWarning
from kg.ingest.context import ReadContext
from kg.ingest.jsonrecords import read_jsonl, stream_jsonl
from kg.ingest.reader import read_file


def record(i: int, **extra) -> bytes:
    row = {"id": f"a{i}", "lang": "tr", "published": "2025-02-17", "title": "Başlık",
           "text": "Bakan Ayla Demir dün Roma'ya gitti.", **extra}
    return json.dumps(row, ensure_ascii=False).encode("utf-8")


CASES = {
    "plain": record(1) + b"\n" + record(2) + b"\n",
    "crlf and blank lines": record(1) + b"\r\n\r\n" + record(2) + b"\r\n",
    "bom, no final newline": b"\xef\xbb\xbf" + record(1) + b"\n" + record(2),
    "bad line in the middle": record(1) + b"\n{not json\n" + record(2) + b"\n",
    "line separator inside a string": record(1, text="a\u2028b Bakan Demir gitti.") + b"\n",
    "wrong types": b'{"id": 3, "text": ["x"]}\n' + record(2) + b"\n",
}


def as_comparable(items):
    return [str(i) if isinstance(i, InputError) else i for i in items]


@pytest.mark.parametrize("name", CASES)
def test_stream_equals_whole_file(tmp_path, name):
    path = tmp_path / "a.jsonl"
    path.write_bytes(CASES[name])
    ctx = ReadContext.create(None)
    streamed = stream_jsonl(path, ctx)
    assert streamed is not None
    assert as_comparable(streamed) == as_comparable(read_jsonl(path, CASES[name], ctx))


@pytest.mark.parametrize("data, message", [(b"", "empty file"), (b"\xef\xbb\xbf \n\n", "empty file"),
                                           (record(1) + b"\n\x00\x01", "binary file")])
def test_empty_and_binary_files_are_refused_whole(tmp_path, data, message):
    path = tmp_path / "a.jsonl"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        list(read_file(path))


def test_a_legacy_turkish_line_is_decoded_on_its_own(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(record(1).decode("utf-8").encode("cp1254") + b"\n")
    with pytest.warns(InputWarning, match="read as Turkish cp1254"):
        [article] = list(read_file(path))
    assert article.title == "Başlık"

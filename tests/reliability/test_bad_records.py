"""One bad record in a batch is skipped with a one-line reason naming its file and line; the rest are built."""
from __future__ import annotations

import json
import warnings

import pytest

import kg
from kg.errors import InputWarning

GOOD = {"id": "good", "lang": "tr", "published": "2025-03-05", "title": "Görüşme",
        "text": "Dışişleri Bakanı Ali Kaya dün Bakü'de Azerbaycan Dışişleri Bakanı Elçin Aliyev ile görüştü."}


def good(**changes) -> str:
    return json.dumps({**GOOD, "id": "bad", **changes})  # ASCII: a lone surrogate is written as its escape


DEEP = '{"id": "bad", "text": "x", "extra": ' + "[" * 1000 + "]" * 1000 + "}"

BAD_LINES = [
    pytest.param(good(title="\ud800"), "field 'title' holds the lone surrogate "
                 "escape \\ud800 at character 1, which is no character; fix the escape", id="lone surrogate, title"),
    pytest.param(good(text="Bakan \udfff dün Roma'ya gitti."), "field 'text' holds the lone surrogate escape \\udfff",
                 id="lone surrogate, text"),
    pytest.param(good(id="a\ud83d"), "field 'id' holds the lone surrogate escape \\ud83d", id="lone surrogate, id"),
    pytest.param(good(published="0001-01-01"), "publication date 0001-01-01 is outside the years 1800-2199 this "
                 "tool reads; correct the date, or leave it out", id="year 1"),
    pytest.param(good(published="9999-12-31", text="Dışişleri Bakanı Ali Kaya yarın Roma'ya gidecek."),
                 "publication date 9999-12-31 is outside the years", id="year 9999 and 'yarın'"),
    pytest.param(DEEP, "JSON nested over 32 levels deep (at column 68); an article record is one object of strings: "
                 "fix or remove this line", id="nested 1000 deep"),
]


@pytest.mark.parametrize("line, reason", BAD_LINES)
def test_a_bad_record_is_skipped_and_the_rest_built(tmp_path, extractor, line, reason):
    path = tmp_path / "batch.jsonl"
    path.write_text(f"{json.dumps(GOOD, ensure_ascii=False)}\n{line}\n", encoding="utf-8")
    errors = []
    graph = kg.build([path], on_error=errors.append, extractor=extractor)
    assert len(errors) == 1 and str(errors[0]).startswith(f"{path}:2: {reason}")
    assert graph.report.articles == 1 and graph.report.events == 1
    graph.write(tmp_path / "out")


def test_a_json_file_nested_too_deep_is_refused_and_other_files_built(tmp_path, extractor):
    deep, fine = tmp_path / "deep.json", tmp_path / "fine.json"
    deep.write_text(DEEP, encoding="utf-8")
    fine.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    errors = []
    graph = kg.build([deep, fine], on_error=errors.append, extractor=extractor)
    assert [str(e) for e in errors] == [(f"{deep}: JSON nested over 32 levels deep (at column 68); an article record "
                                         "is one object of strings: fix the file")]
    assert graph.report.articles == 1


def test_each_json_line_has_its_own_encoding(tmp_path, extractor):
    """A cp1254 line does not turn the UTF-8 lines into mojibake, and a line of neither is the only one skipped."""
    utf8 = json.dumps({**GOOD, "id": "u1", "title": "Dışişleri"}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({**GOOD, "id": "c2", "title": "Dışişleri"}, ensure_ascii=False).encode("cp1254")
    neither = b'{"id": "x3", "text": "\x81\x8d\x8f\x90"}'
    last = json.dumps({**GOOD, "id": "u4", "title": "Görüşme"}, ensure_ascii=False).encode("utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([utf8, legacy, neither, last]) + b"\n")
    errors = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = list(kg.ingest.read_articles([path], on_error=errors.append))
    assert {a.id: a.title for a in articles} == {"u1": "Dışişleri", "c2": "Dışişleri", "u4": "Görüşme"}
    assert [str(e) for e in errors] == [(f"{path}:3: not UTF-8 text (byte 0x81 at column 23); re-save the file as "
                                         "UTF-8, or fix or remove this line")]
    assert [str(w.message) for w in caught if issubclass(w.category, InputWarning)] == [
        f"{path}:2: not UTF-8; read as Turkish cp1254 (ISO-8859-9), the rest of the file as UTF-8; re-save it as UTF-8"]


def test_a_bad_record_through_the_cli_is_one_line(tmp_path, capsys):
    from kg.cli import main

    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + good(title="\ud800") + "\n", encoding="utf-8")
    assert main(["build", str(path), "-o", str(tmp_path / "out"), "--no-model", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: skipped {path}:2: field 'title' holds the lone surrogate") and err.count("\n") == 1

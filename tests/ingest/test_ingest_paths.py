"""read_articles over files and folders: dispatch, recursion, file-level errors, on_error."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import read_articles, read_file

EN_BODY = "Title line\nThe minister met his counterpart in Ankara on Monday and they talked about trade.\n"
TR_BODY = "Başlık satırı\nBakan, mevkidaşı ile Ankara'da bir araya geldi ve ticaret konusunu görüştü.\n"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", "", "empty file; nothing to read"),
        ("blank.jsonl", "  \n\n\t\n", "empty file; nothing to read"),
        ("bom-only.json", b"\xef\xbb\xbf\n", "empty file; nothing to read"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not an article; give a .txt, .html, .json or .jsonl file"),
        ("page.html", b"<html>\x00\x00</html>", "binary file, not an article; give a .txt, .html, .json or .jsonl file"),
        ("report.pdf", b"%PDF-1.7", "unsupported file type '.pdf'; give a .txt, .html, .json or .jsonl file"),
        ("notes.md", "# Notes", "unsupported file type '.md'; give a .txt, .html, .json or .jsonl file"),
        ("README", "text", "unsupported file type '(no suffix)'; give a .txt, .html, .json or .jsonl file"),
    ],
)
def test_file_errors(ingest_write, name, content, message):
    path = ingest_write(name, content)
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert str(info.value) == f"{path}: {message}"
    assert info.value.reason == message


def test_missing_path(tmp_path):
    path = tmp_path / "nowhere" / "article.txt"
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert str(info.value) == f"{path}: no such file or folder; check the path"


def test_folder_without_articles(ingest_write, tmp_path):
    ingest_write("docs/notes.md", "# Notes")
    ingest_write("docs/.hidden.txt", EN_BODY)
    with pytest.raises(InputError) as info:
        list(read_articles([tmp_path / "docs"]))
    assert str(info.value) == f"{tmp_path / 'docs'}: no .txt, .html, .json or .jsonl files in this folder"


def test_folder_recursion(ingest_write, tmp_path):
    for name in ["b.txt", "a/z.txt", "a/deep/y.TXT", "a/m.jsonl", "c.htm.bak", ".hidden.txt",
                 ".git/x.txt", "a/notes.pdf"]:
        content = '{"id": "m", "text": "The minister met his counterpart."}' if name.endswith(".jsonl") else EN_BODY
        ingest_write(f"corpus/{name}", content)
    articles = list(read_articles([tmp_path / "corpus"]))
    assert [a.path for a in articles] == [
        str(tmp_path / "corpus" / p) for p in ["a/deep/y.TXT", "a/m.jsonl", "a/z.txt", "b.txt"]]
    assert [a.id for a in articles] == ["y", "m", "z", "b"]


def test_paths_read_in_given_order(ingest_write):
    first, second = ingest_write("x/2.txt", TR_BODY), ingest_write("x/1.txt", EN_BODY)
    assert [(a.id, a.lang) for a in read_articles([first, str(second)])] == [("2", "tr"), ("1", "en")]


def test_single_path_string_is_one_path(ingest_write):
    path = ingest_write("one.txt", EN_BODY)
    assert [a.id for a in read_articles(str(path))] == ["one"]


def test_explicit_hidden_file_is_read(ingest_write):
    path = ingest_write(".draft.txt", EN_BODY)
    assert [a.id for a in read_articles([path])] == [".draft"]


def test_on_error_collects_and_goes_on(ingest_write, tmp_path):
    ingest_write("in/1.txt", EN_BODY)
    ingest_write("in/2.txt", "")
    ingest_write("in/3.jsonl", '{"text": "The talks went well."}\nnot json\n')
    ingest_write("in/4.txt", b"\x00\x01")
    ingest_write("in/5.txt", TR_BODY)
    errors: list[InputError] = []
    articles = list(read_articles([tmp_path / "in", tmp_path / "missing"], on_error=errors.append))
    assert [a.id for a in articles] == ["1", "3-1", "5"]
    assert [(e.path, e.line) for e in errors] == [
        (str(tmp_path / "in/2.txt"), None), (str(tmp_path / "in/3.jsonl"), 2),
        (str(tmp_path / "in/4.txt"), None), (str(tmp_path / "missing"), None)]


def test_without_on_error_first_bad_input_raises(ingest_write, tmp_path):
    ingest_write("in/1.txt", EN_BODY)
    ingest_write("in/2.txt", "")
    ingest_write("in/3.txt", EN_BODY)
    reader = read_articles([tmp_path / "in"])
    assert next(reader).id == "1"
    with pytest.raises(InputError, match="empty file"):
        next(reader)


def test_read_file_refuses_a_folder(tmp_path):
    with pytest.raises(InputError) as info:
        list(read_file(tmp_path))
    assert str(info.value) == f"{tmp_path}: a folder, not a file; give a .txt, .html, .json or .jsonl file"

"""Walking input folders: symbolic links are not followed, and folders kg made are not read as articles."""
from __future__ import annotations

import json
import time

import kg
from kg.ingest.reader import article_files

TEXT = "Dışişleri Bakanı Ali Kaya dün Bakü'de Azerbaycan Dışişleri Bakanı Elçin Aliyev ile görüştü."


def article(folder, name="a.jsonl", article_id="a"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"id": article_id, "lang": "tr", "published": "2025-03-05", "title": "T",
                                "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_symlink_to_a_file_outside_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:secret line\nmore\n", encoding="utf-8")
    inputs = tmp_path / "in"
    article(inputs)
    (inputs / "x.txt").symlink_to(secret)
    assert article_files(inputs) == [inputs / "a.jsonl"]
    assert [a.id for a in kg.ingest.read_articles([inputs])] == ["a"]


def test_a_symlink_named_on_the_command_line_is_followed(tmp_path):
    real = article(tmp_path / "real")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert [a.id for a in kg.ingest.read_articles([link])] == ["a"]
    linked_folder = tmp_path / "folder-link"
    linked_folder.symlink_to(tmp_path / "real")
    assert [a.id for a in kg.ingest.read_articles([linked_folder])] == ["a"]


def test_symlinks_to_parent_folders_cannot_make_the_walk_explode(tmp_path):
    inputs = tmp_path / "in"
    article(inputs)
    for name in ("up1", "up2", "self"):
        (inputs / name).symlink_to(tmp_path if name != "self" else inputs)
    started = time.monotonic()
    assert article_files(inputs) == [inputs / "a.jsonl"]
    assert time.monotonic() - started < 5


def test_an_output_folder_inside_the_input_folder_is_not_read_back(tmp_path, extractor):
    inputs = tmp_path / "news"
    article(inputs)
    first = kg.build([inputs], extractor=extractor)
    first.write(inputs / "output")
    errors = []
    second = kg.build([inputs], extractor=extractor, on_error=errors.append)
    assert errors == [] and second.report.articles == 1
    assert article_files(inputs) == [inputs / "a.jsonl"]


def test_a_store_folder_inside_the_input_folder_is_not_read_back(tmp_path, extractor):
    inputs = tmp_path / "news"
    article(inputs)
    kg.build([inputs], extractor=extractor, store=inputs / "store")
    errors = []
    again = kg.build([inputs], extractor=extractor, store=inputs / "store", on_error=errors.append)
    assert errors == [] and again.report.articles == 1

"""The ingest lexicons: one folder per language, merged; broken files fail loudly."""
from __future__ import annotations

import json
import shutil

import pytest

from kg.errors import ConfigError
from kg.ingest.lexicon import LEXICON_ROOT, fold, load_lexicon


def test_shipped_lexicons():
    lexicon = load_lexicon()
    assert lexicon.languages == ("en", "tr")
    assert [d.timezone.key for d in lexicon.datelines] == ["Europe/Istanbul"]
    for lang in lexicon.languages:
        assert "_source" in json.loads((LEXICON_ROOT / lang / "ingest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Öne Çıkan Galeriler", True),
        ("ÖNE ÇIKAN GALERİLER", True),
        ("  en çok   okunanlar ", True),
        ("İlgili Haberler", True),
        ("Related Articles", True),
        ("RELATED", True),
        ("###", True),
        ("Related talks were held in Ankara.", False),
        ("Dünya", False),
    ],
)
def test_headings_from_all_languages(line, heading):
    assert load_lexicon().is_heading(line) is heading


@pytest.mark.parametrize("line, noise", [("00:40", True), ("1:02:14", True), ("-", True), (" - ", True),
                                         ("20:20'de", False), ("- Bursa'da 6 okul", False)])
def test_noise_lines(line, noise):
    assert load_lexicon().is_noise(line) is noise


def test_fold_is_turkish_aware():
    assert fold("İLGİLİ HABERLER") == fold("ilgili haberler") == fold("ILGILI  HABERLER")


def test_adding_a_language_is_adding_a_folder(tmp_path):
    shutil.copytree(LEXICON_ROOT / "en", tmp_path / "en")
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "ingest.json").write_text(
        json.dumps({"_source": "test", "boilerplate_headings": ["Mehr zum Thema"]}), encoding="utf-8")
    lexicon = load_lexicon(tmp_path)
    assert lexicon.languages == ("de", "en")
    assert lexicon.is_heading("Mehr zum Thema") and lexicon.is_heading("Most Read")


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"boilerplate_headings": "Related"}', "'boilerplate_headings' must be a list of strings"),
        ('{"teaser_cues": [1]}', "'teaser_cues' must be a list of strings"),
        ('{"noise_lines": ["("]}', "bad pattern '(' (missing ), unterminated subpattern at position 0); fix the regex"),
        ('{"datelines": [{"pattern": "x", "date_format": "%Y"}], "timezone": "Mars/Olympus"}',
         "'timezone' must name an IANA zone such as Europe/Istanbul "
         "(install the tzdata package if your system has no zone files)"),
        ('{"datelines": [{"pattern": "x", "date_format": "%Y"}], "timezone": "UTC"}',
         "dateline pattern 'x' needs a (?P<date>…) group"),
        ("[]", "a lexicon file must hold a JSON object"),
    ],
)
def test_broken_lexicon(tmp_path, content, message):
    (tmp_path / "xx").mkdir()
    path = tmp_path / "xx" / "ingest.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_lexicon(tmp_path)
    assert str(info.value) == f"{path}: {message}"


def test_folders_without_ingest_words_are_not_languages(tmp_path):
    shutil.copytree(LEXICON_ROOT / "tr", tmp_path / "tr")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "shared").mkdir()
    assert load_lexicon(tmp_path).languages == ("tr",)


def test_no_language_folders(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_lexicon(tmp_path)
    assert str(info.value) == f"{tmp_path}: no language folders with an ingest.json; add one such as {tmp_path / 'en'}"

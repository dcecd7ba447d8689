"""detect_language: spaCy stop words plus Turkish letters."""
from __future__ import annotations

import json
import warnings

import pytest

from kg.errors import InputWarning
from kg.ingest import detect_language, read_file


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dışişleri Bakanı, Yunan mevkidaşı ile Atina'da görüştü.", "tr"),
        ("Cumhurbaşkanı bu hafta Körfez ülkelerine bir ziyaret gerçekleştirecek.", "tr"),
        ("Bakan daha sonra basın toplantısı düzenledi ve soruları yanıtladı.", "tr"),
        ("Toplantıya 30 ülkenin temsilcileri katıldı.", "tr"),
        ("İKİ ÜLKE ARASINDA YENİ ANLAŞMA", "tr"),
        ("The foreign minister will travel to Athens next week for talks.", "en"),
        ("President Erdoğan hosted the Greek prime minister in Ankara on Tuesday.", "en"),
        ("Türkiye and Azerbaijan signed an agreement on gas transit after the meeting.", "en"),
        ("They said that it was a very productive visit.", "en"),
        ("", "en"),  # no signal: the first language in folder order
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


TURKISH = ("Dışişleri Bakanı Hakan Fidan, Brüksel'de NATO Genel Sekreteri Mark Rutte ile bir araya geldi. "
           "Görüşmede Ukrayna'daki savaş ve ittifakın güney kanadı ele alındı. Fidan daha sonra Paris'e gitti.")
ENGLISH = ("Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte in Brussels on Tuesday. "
           "The two discussed the war in Ukraine, and Fidan then travelled to Paris for talks with Türkiye's allies.")
FIX = "pass --lang tr, or leave --lang out so that each article's language is detected"


def record(text: str, lang: str | None = None) -> str:
    return json.dumps({"title": "Fidan", "text": text, **({"lang": lang} if lang else {})}) + "\n"


@pytest.mark.parametrize("name, content, lang, message", [
    ("a.txt", f"Fidan Brüksel'de\n{TURKISH}", "en", "{path}: read as 'en' (--lang), but the text is 'tr'; " + FIX),
    ("a.jsonl", record(ENGLISH) + record(TURKISH) + record(TURKISH), "en",
     "{path}:2: read as 'en' (--lang), but the text is 'tr'; " + FIX + " (later articles of this file are not checked)"),
    ("a.txt", f"Fidan in Brussels\n{ENGLISH}", "tr",
     ("{path}: read as 'tr' (--lang), but the text is 'en'; pass --lang en, or leave --lang out so that each "
      "article's language is detected")),
    ("a.jsonl", record(ENGLISH, "en") + record(TURKISH, "en"), None,
     ("{path}:2: field 'lang' says 'en', but the text is 'tr'; correct the field, or remove it so that the "
      "language is detected (later articles of this file are not checked)")),
])
def test_a_language_the_text_contradicts_is_warned_once_per_file(ingest_write, name, content, lang, message):
    path = ingest_write(name, content)
    with pytest.warns(InputWarning) as caught:
        articles = list(read_file(path, lang=lang))
    assert len(articles) == (content.count("\n") if name.endswith(".jsonl") else 1)
    assert [str(w.message) for w in caught] == [message.format(path=path)]


@pytest.mark.parametrize("content, lang", [
    (f"Fidan Brüksel'de\n{TURKISH}", "tr"),
    (f"Fidan in Brussels\n{ENGLISH}", "en"),                 # Turkish names and letters in English text
    ("Fidan\nBakan Fidan Paris'e gitti.", "en"),             # too little text to say
    (f"Fidan Brüksel'de\n{TURKISH}", None),                  # detected, not stated
])
def test_no_warning_when_the_language_fits_or_is_unclear(ingest_write, content, lang):
    path = ingest_write("a.txt", content)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert next(read_file(path, lang=lang)).text


def test_cli_prints_the_warning_once_on_one_line(ingest_write, tmp_path, capsys):
    from kg.cli import main

    path = ingest_write("a.txt", f"Fidan Brüksel'de\n{TURKISH}")
    main(["build", str(path), "--lang", "en", "--no-model", "-q", "-o", str(tmp_path / "out")])
    assert capsys.readouterr().err == f"kg: warning: {path}: read as 'en' (--lang), but the text is 'tr'; {FIX}\n"


def test_marker_letters_are_only_the_languages_own():
    """'İ'.lower() is 'i' plus a combining dot and 'ı'.upper() is 'I': neither plain letter marks Turkish."""
    from kg.ingest.language import build_profiles
    from kg.ingest.lexicon import load_lexicon

    letters = {p.lang: p.letters for p in build_profiles(load_lexicon())}
    assert letters == {"en": frozenset(), "tr": frozenset("çğıöşüÇĞİÖŞÜ")}

"""The .txt reader: title line, dateline, boilerplate cutting."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kg.errors import InputError
from kg.ingest import read_file
from kg.ingest.lexicon import load_lexicon
from kg.ingest.plaintext import parse_dateline

IST = ZoneInfo("Europe/Istanbul")
SEED_TITLE = (
    "NATO Genel Sekreteri Rutte ile ABD'nin Ukrayna ve Rusya Özel Temsilcisi Kellogg ile bir araya geldi"
)


def test_seed_metadata(ingest_seed):
    (article,) = read_file(ingest_seed)
    assert article.id == "2025-02-17-rutte-kellogg"
    assert article.lang == "tr"
    assert article.title == SEED_TITLE
    assert article.published == datetime(2025, 2, 17, 20, 20, tzinfo=IST)
    assert article.published.utcoffset().total_seconds() == 3 * 3600
    assert (article.section, article.agency) == ("Dünya", "İHA")
    assert article.path == str(ingest_seed) and article.line is None


@pytest.mark.parametrize(
    "needle, present",
    [
        ("Paris'e hareket ettiği", True),
        ("ile gerçekleştirilen istişarelerin ardından yaptığı açıklamada", True),  # lead paragraph
        ('"BİR FIRSAT SUNDU"', True),
        ("Son Güncellenme", False),  # dateline removed
        ("Öne Çıkan", False),
        ("En Çok Okunanlar", False),
        ("Bursa", False),
        ("00:40", False),
    ],
)
def test_seed_body(ingest_seed, needle, present):
    (article,) = read_file(ingest_seed)
    assert (needle in article.text) is present


def test_seed_body_starts_with_lead(ingest_seed):
    (article,) = read_file(ingest_seed)
    assert article.text.startswith("NATO Genel Sekreteri Mark Rutte, ABD'nin Ukrayna")
    assert article.text.endswith("Paris'e hareket ettiği ifade edildi.")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2025.02.17 20:20 - Son Güncellenme: 2025.02.17 20:20 - Dünya - İHA",
         (datetime(2025, 2, 17, 20, 20, tzinfo=IST), "Dünya", "İHA")),
        ("2024.11.03 09:05 - Son Güncellenme: 2024.11.03 11:40 - Bilim-Teknoloji - AA",
         (datetime(2024, 11, 3, 9, 5, tzinfo=IST), "Bilim-Teknoloji", "AA")),
        ("2025.01.09 14:30 - Politika", (datetime(2025, 1, 9, 14, 30, tzinfo=IST), "Politika", None)),
        ("2025.07.01 08:00", (datetime(2025, 7, 1, 8, 0, tzinfo=IST), None, None)),
        ("2025.13.01 08:00 - Dünya - İHA", None),  # no 13th month
        ("Bakan Fidan 2025.02.17 20:20 tarihinde konuştu", None),
        ("", None),
    ],
)
def test_parse_dateline(line, expected):
    info = parse_dateline(line, load_lexicon())
    got = (info.published, info.section, info.agency) if info else None
    assert got == expected


TR_PAGE = """Dışişleri Bakanı Fidan, Macar mevkidaşı ile görüştü

Dışişleri Bakanı Hakan Fidan, Budapeşte'de Macaristan Dışişleri Bakanı ile bir araya geldi.
2025.03.04 11:15 - Son Güncellenme: 2025.03.04 11:15 - Dünya - AA
Görüşmede iki ülke arasındaki ticaret ve enerji işbirliği ele alındı.
00:52
-
Bakan Fidan, görüşmenin ardından Ankara'ya döndü.
İLGİLİ HABERLER
- Başka bir haber başlığı
"""

EN_PAGE = """Fidan and Blinken meet in Washington

Turkish Foreign Minister Hakan Fidan met US Secretary of State Antony Blinken in Washington on Monday.
The two discussed the war in Gaza and Sweden's NATO membership.
Related Articles
Some other story the site wants you to read
Most Read
"""


@pytest.mark.parametrize(
    "name, content, lang, title, text",
    [
        ("tr.txt", TR_PAGE, "tr", "Dışişleri Bakanı Fidan, Macar mevkidaşı ile görüştü",
         "Dışişleri Bakanı Hakan Fidan, Budapeşte'de Macaristan Dışişleri Bakanı ile bir araya geldi.\n"
         "Görüşmede iki ülke arasındaki ticaret ve enerji işbirliği ele alındı.\n"
         "Bakan Fidan, görüşmenin ardından Ankara'ya döndü."),
        ("en.txt", EN_PAGE, "en", "Fidan and Blinken meet in Washington",
         "Turkish Foreign Minister Hakan Fidan met US Secretary of State Antony Blinken in Washington on Monday.\n"
         "The two discussed the war in Gaza and Sweden's NATO membership."),
        ("bom.txt", "\ufeffBaşlık\nGövde metni burada ve orada.\n", "tr", "Başlık", "Gövde metni burada ve orada."),
    ],
)
def test_txt_pages(ingest_write, name, content, lang, title, text):
    (article,) = read_file(ingest_write(name, content))
    assert (article.lang, article.title, article.text) == (lang, title, text)


def test_txt_without_dateline_has_no_date(ingest_write):
    (article,) = read_file(ingest_write("a.txt", EN_PAGE))
    assert (article.published, article.section, article.agency) == (None, None, None)


@pytest.mark.parametrize(
    "content, message",
    [
        ("Only a title\n\n", "no article text after the title line; put the body on the lines below the title"),
        ("A title\nÖne Çıkan Videolar\n00:40\n", "no article text after the title line; put the body on the lines below the title"),
        ("\u00a0\n\u2003\n", "empty file; nothing to read"),
    ],
)
def test_txt_errors(ingest_write, content, message):
    path = ingest_write("bad.txt", content)
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert str(info.value) == f"{path}: {message}"


@pytest.mark.parametrize("encoding", ["cp1254", "iso-8859-9"])
def test_txt_legacy_turkish_is_decoded(ingest_write, encoding):
    path = ingest_write("legacy.txt", "Başlık\nDışişleri Bakanı İstanbul'da görüştü.\n".encode(encoding))
    (article,) = read_file(path)
    assert article.title == "Başlık" and "Dışişleri Bakanı İstanbul'da" in article.text


def test_txt_not_utf8_nor_turkish(ingest_write):
    path = ingest_write("legacy.txt", b"Title\n" + bytes(range(0x80, 0xA0)) + b"\n")
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert str(info.value) == f"{path}:2: not UTF-8 text (byte 0x80); re-save it as UTF-8"

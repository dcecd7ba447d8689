"""The .html reader: trafilatura keeps the article and drops navigation and footer."""
from __future__ import annotations

from datetime import datetime

import pytest

from kg.errors import InputError
from kg.ingest import read_file

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Fidan meets Lavrov in Antalya | Example News</title>
<meta property="og:title" content="Fidan meets Lavrov in Antalya">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.org/world/fidan-lavrov">
<meta property="article:published_time" content="2025-03-02T10:15:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Fidan meets Lavrov in Antalya</h1>
<p>Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergey Lavrov on the sidelines
of the Antalya Diplomacy Forum on Sunday, the ministry said in a statement.</p>
<p>The two ministers discussed the war in Ukraine, the situation in Syria and trade between
the two countries, according to the statement released after the meeting.</p>
<p>Lavrov later travelled to Ankara, where he was received by the president at the presidential complex.</p>
</article>
<footer><p>Copyright 2025 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


@pytest.fixture
def ingest_page(ingest_write):
    """A small article page with navigation and a footer, read once."""
    (article,) = read_file(ingest_write("fidan-lavrov.html", PAGE))
    return article


def test_page_metadata(ingest_page):
    assert ingest_page.id == "fidan-lavrov"
    assert ingest_page.title == "Fidan meets Lavrov in Antalya"
    assert ingest_page.lang == "en"
    assert ingest_page.published == datetime(2025, 3, 2)
    assert ingest_page.source == "Example News"
    assert ingest_page.url == "https://news.example.org/world/fidan-lavrov"


@pytest.mark.parametrize(
    "needle, present",
    [
        ("met his Russian counterpart Sergey Lavrov", True),
        ("Lavrov later travelled to Ankara", True),
        ("Home", False),
        ("Sport", False),
        ("Copyright", False),
        ("Privacy policy", False),
    ],
)
def test_page_text(ingest_page, needle, present):
    assert (needle in ingest_page.text) is present


def test_title_not_repeated_in_text(ingest_page):
    assert ingest_page.text.startswith("Turkish Foreign Minister Hakan Fidan")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Index</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_page_without_article(ingest_write, html):
    path = ingest_write("index.htm", html)
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert str(info.value) == (
        f"{path}: no article text found in this page; give the article page, not an index page")

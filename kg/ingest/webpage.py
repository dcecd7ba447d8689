"""Read a saved ``.html`` article page: trafilatura finds the main text and the metadata."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.context import ReadContext, parse_published
from kg.ingest.layout import normalise_line
from kg.records import Article

NO_TEXT = "no article text found in this page; give the article page, not an index page"


def read_html(path: Path, data: bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """Yield the one article of a saved web page (never touches the network)."""
    import trafilatura  # imported here: only HTML input needs it

    # Bytes, not str: trafilatura honours the page's own <meta charset>.
    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = normalise_line((doc.title if doc else None) or "")
    text = _drop_title_line(ctx.clean_text((doc.text if doc else None) or ""), title)
    if doc is None or not text:
        raise InputError(path, NO_TEXT)
    yield ctx.article(
        path, id=path.stem, title=title, text=text,
        lang=None, **_published(doc.date),
        source=doc.sitename or None, url=doc.url or None,
    )


def _drop_title_line(text: str, title: str) -> str:
    """Trafilatura often repeats the <h1> as the first line; the title is kept apart."""
    first, _, rest = text.partition("\n")
    return rest.strip() if title and first.strip() == title else text


def _published(value: str | None) -> dict:
    """The page's date as the Article's ``published`` and its precision (nothing when it has none)."""
    parsed = parse_published(value) if value else None
    return {"published": parsed[0], "published_precision": parsed[1]} if parsed else {}

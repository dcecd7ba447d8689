"""An incremental, persistent graph on disk (``kg build … --store DIR``).

The folder holds one extraction per article (``extractions/<id>.json``, the expensive NLP
result, written atomically) and the whole graph in an Oxigraph store
(``graph.oxigraph/``). Adding articles extracts only the new or changed ones (by a
fingerprint of the article, the software version and the lexicons), then re-runs the merge
over every stored extraction and swaps a freshly built Oxigraph store in. So re-adding an
article changes nothing, re-processing one replaces its named graph, and a store gives the
same graph as a build from scratch. An interrupted build leaves the previous store: the
old graph is kept until the new one is complete, and a half-written extraction is never
renamed into place.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from urllib.parse import quote

from . import __version__
from .errors import ConfigError, InputError, OutputError
from .export.files import write_atomic
from .extract import Extractor
from .lexicons import LEXICON_DIR
from .records import Article, Entity, EventMention, Extraction, Participant, TimeSpan, parse_published

GRAPH_DIR = "graph.oxigraph"
EXTRACTIONS = "extractions"


def fingerprint(article: Article, lexicon_hash: str) -> str:
    """What an extraction depends on: the article, the software version and the word lists."""
    data = json.dumps(article_json(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{__version__}|{lexicon_hash}|{data}".encode()).hexdigest()


def lexicon_fingerprint() -> str:
    """A hash of every lexicon file, so that changed word lists re-extract."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.rglob("*.json*")):
        digest.update(path.relative_to(LEXICON_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class GraphStore:
    """A folder of per-article extractions plus the Oxigraph store built from them."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise ConfigError(f"{self.path}: --store must be a folder; give a new or existing folder")
        self._recover()

    # -- extractions --------------------------------------------------------------
    def extraction_path(self, article_id: str) -> Path:
        """Where an article's extraction lives; any id maps to one safe file name."""
        return self.path / EXTRACTIONS / f"{quote(article_id, safe='')[:200]}.json"

    def add(self, articles: Iterable[Article], extract: Extractor | Callable[[Article], Extraction],
            on_error: Callable[[InputError], None] | None = None) -> int:
        """Extract the new or changed articles; returns how many were (re-)extracted. An article
        that cannot be extracted is reported to ``on_error`` (or raised) and the rest go on."""
        run = extract.extract if isinstance(extract, Extractor) else extract
        lexicons = lexicon_fingerprint()
        changed = 0
        for article in articles:
            path = self.extraction_path(article.id)
            stamp = fingerprint(article, lexicons)
            if path.is_file() and _stamp_of(path) == stamp:
                continue
            try:
                extraction = run(article)
            except InputError as err:
                if on_error is None:
                    raise
                on_error(err)
                continue
            record = {"fingerprint": stamp, **extraction_json(extraction)}
            write_atomic(path, json.dumps(record, ensure_ascii=False, sort_keys=True))
            changed += 1
        return changed

    def extractions(self) -> list[Extraction]:
        """Every stored extraction, in article-id order."""
        folder = self.path / EXTRACTIONS
        out = []
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                out.append(extraction_from_json(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as err:
                raise InputError(path, f"unreadable stored extraction ({err}); delete the file and build again") from err
        return sorted(out, key=lambda x: x.article.id)

    # -- graph --------------------------------------------------------------------
    def save_graph(self, nquads: bytes) -> None:
        """Replace the Oxigraph store with one holding these quads, never leaving it half-written."""
        ox = _pyoxigraph()
        fresh = self.path / f"{GRAPH_DIR}.new"
        old = self.path / f"{GRAPH_DIR}.old"
        shutil.rmtree(fresh, ignore_errors=True)
        try:
            store = ox.Store(str(fresh))
            store.load(nquads, format=ox.RdfFormat.N_QUADS)
            store.flush()
            del store
            current = self.path / GRAPH_DIR
            if current.exists():
                os.replace(current, old)
            os.replace(fresh, current)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as err:
            raise OutputError(f"{self.path}: cannot write the store ({err.strerror}); choose a writable folder") from err

    def load_quads(self) -> bytes:
        """The whole stored graph as N-Quads (empty when nothing was built yet)."""
        ox = _pyoxigraph()
        current = self.path / GRAPH_DIR
        if not current.exists():
            return b""
        store = ox.Store.read_only(str(current))
        return store.dump(format=ox.RdfFormat.N_QUADS)

    def _recover(self) -> None:
        """Finish or undo a swap that an interrupted build left half done, and remove the
        temporary files of extractions it was writing."""
        current, old = self.path / GRAPH_DIR, self.path / f"{GRAPH_DIR}.old"
        if old.exists() and not current.exists():
            os.replace(old, current)
        shutil.rmtree(self.path / f"{GRAPH_DIR}.new", ignore_errors=True)
        for partial in (self.path / EXTRACTIONS).glob(".*.tmp"):  # a write cut short (kg.export.files.write_atomic)
            partial.unlink(missing_ok=True)


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as err:  # the extra is not installed
        raise ConfigError("--store needs Oxigraph; install it with: pip install 'diplomatic-kg[oxigraph]'") from err
    return pyoxigraph


def _stamp_of(path: Path) -> str | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError):
        return None


# -- records <-> JSON ------------------------------------------------------------------
def article_json(article: Article) -> dict:
    data = asdict(article)
    data["published"] = article.published_text
    return data


def extraction_json(x: Extraction) -> dict:
    """An extraction as plain JSON (dates as ISO strings)."""
    mentions = []
    for m in x.mentions:
        data = asdict(m)
        data["time"] = {"earliest": m.time.earliest.isoformat(), "latest": m.time.latest.isoformat(),
                        "precision": m.time.precision, "expression": m.time.expression}
        mentions.append(data)
    return {"article": article_json(x.article), "entities": [asdict(e) for e in x.entities], "mentions": mentions}


def extraction_from_json(data: dict) -> Extraction:
    """The inverse of :func:`extraction_json`."""
    art = dict(data["article"])
    art["published"], art["published_precision"] = (parse_published(art["published"]) or (None, "day")
                                                     if art.get("published") else (None, "day"))
    entities = tuple(Entity(**{**e, "labels": tuple(e.get("labels", ()))}) for e in data["entities"])
    mentions = []
    for m in data["mentions"]:
        t = m["time"]
        time = TimeSpan(date.fromisoformat(t["earliest"]), date.fromisoformat(t["latest"]), t["precision"], t["expression"])
        parts = tuple(Participant(**p) for p in m["participants"])
        mentions.append(EventMention(**{**m, "time": time, "participants": parts}))
    return Extraction(Article(**art), entities, tuple(mentions))

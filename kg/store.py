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
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import ConfigError, InputError, StoreError
from .export.files import write_atomic
from .lexicons import LEXICON_DIR
from .records import (
    Article,
    Entity,
    EventMention,
    Extraction,
    Participant,
    TimeSpan,
    parse_published,
)

if TYPE_CHECKING:
    from .extract import Extractor

try:
    import fcntl
except ImportError:  # Windows: msvcrt's byte lock stands in for flock (exclusive only)
    fcntl = None
    import msvcrt

GRAPH_DIR = "graph.oxigraph"
EXTRACTIONS = "extractions"
WRITE_LOCK = ".write.lock"   # held by the one build updating the store, for the whole update
GRAPH_LOCK = ".graph.lock"   # shared by readers of graph.oxigraph/, exclusive while it is swapped
HASHED_NAME = re.compile(r"^[0-9a-f]{64}\.json$")
BULK_BATCH_BYTES = 64 * 2**20  # N-Quads text a bulk load is given at once: at 20,000 articles one load of all
# of it peaked at 2.38 GiB, 64 MiB batches at 1.18 GiB, in the same CPU time


def fingerprint(article: Article, lexicon_hash: str) -> str:
    """What an extraction depends on: the article, the software version and the word lists."""
    return _fingerprint_of(article_json(article), lexicon_hash)


def _fingerprint_of(article_data: dict, lexicon_hash: str) -> str:
    data = json.dumps(article_data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{__version__}|{lexicon_hash}|{data}".encode()).hexdigest()


def lexicon_fingerprint() -> str:
    """A hash of every lexicon file, so that changed word lists re-extract."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.rglob("*.json*")):
        digest.update(path.relative_to(LEXICON_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def file_name(article_id: str) -> str:
    """An extraction's file name: a hash of the id, so that no two ids share a file whatever their
    length, case or letters (the id itself is kept inside the file)."""
    return hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest() + ".json"


class GraphStore:
    """A folder of per-article extractions plus the Oxigraph store built from them.

    One build at a time updates it (an exclusive lock for the whole update; another build waits
    up to ``wait`` seconds, then fails with a StoreError); readers read the last complete graph
    meanwhile, and the graph is swapped while no reader has it open."""

    def __init__(self, path: str | Path, wait: float = 0.0) -> None:
        self.path = Path(path)
        self.wait = wait
        self._writing = 0
        self._lock_fd: int | None = None
        if self.path.exists() and not self.path.is_dir():
            raise ConfigError(f"{self.path}: --store must be a folder; give a new or existing folder")
        self._recover_if_idle()

    # -- locking ------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[GraphStore]:
        """Hold the store's write lock (re-entrant), finishing any half-done swap first."""
        if self._writing:
            self._writing += 1
            try:
                yield self
            finally:
                self._writing -= 1
            return
        self._lock_fd = self._take_write_lock()
        self._writing = 1
        try:
            self._recover()
            self._rename_legacy_files()
            yield self
        finally:
            self._writing = 0
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    def _take_write_lock(self) -> int:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / WRITE_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise StoreError(f"{self.path}: cannot write the store ({_why(err)}); choose a writable folder") from err
        deadline = time.monotonic() + max(0.0, self.wait)
        while True:
            try:
                _lock_now(fd)
                return fd
            except (BlockingIOError, PermissionError):
                if time.monotonic() >= deadline:
                    os.close(fd)
                    waited = f"after waiting {self.wait:g} s" if self.wait > 0 else "now"
                    raise StoreError(f"{self.path}: another 'kg build --store' is updating this store, so it cannot "
                                     f"be updated {waited}; run again when it has finished, or pass --wait SECONDS "
                                     "to wait for it") from None
                time.sleep(0.05)

    @contextmanager
    def _graph_lock(self, kind: int) -> Iterator[None]:
        """The lock on graph.oxigraph/: shared to read it, exclusive to swap it. A folder a reader
        may not write in has no lock file to take, and no writer either."""
        try:
            fd = os.open(self.path / GRAPH_LOCK, os.O_RDONLY | os.O_CREAT, 0o644)
        except OSError:
            yield
            return
        if fcntl is None:  # no shared locks on Windows: the write lock alone orders builds
            os.close(fd)
            yield
            return
        try:
            fcntl.flock(fd, kind)
            yield
        finally:
            os.close(fd)

    # -- extractions --------------------------------------------------------------
    def extraction_path(self, article_id: str) -> Path:
        """Where an article's extraction lives; any id maps to its own safe file name."""
        return self.path / EXTRACTIONS / file_name(article_id)

    def add(self, articles: Iterable[Article], extract: Extractor | Callable[[Article], Extraction],
            on_error: Callable[[InputError], None] | None = None) -> int:
        """Extract the new or changed articles, then the stored ones whose extraction is stale
        (another version or other lexicons); returns how many were (re-)extracted. An article
        that cannot be extracted is reported to ``on_error`` (or raised) and the rest go on."""
        from .extract import Extractor

        run = extract.extract if isinstance(extract, Extractor) else extract
        lexicons = lexicon_fingerprint()
        changed = 0
        with self.writing():
            seen = set()
            for article in articles:
                path = self.extraction_path(article.id)
                seen.add(path.name)
                changed += self._extract(path, article, fingerprint(article, lexicons), run, on_error)
            for path, article in self._stale(lexicons, seen):
                changed += self._extract(path, article, fingerprint(article, lexicons), run, on_error)
        return changed

    def _extract(self, path: Path, article: Article, stamp: str, run: Callable[[Article], Extraction],
                 on_error: Callable[[InputError], None] | None) -> int:
        if path.is_file() and _stamp_of(path) == stamp:
            return 0
        try:
            extraction = run(article)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            return 0
        record = {"fingerprint": stamp, **extraction_json(extraction)}
        write_atomic(path, json.dumps(record, ensure_ascii=False, sort_keys=True))
        return 1

    def _stale(self, lexicons: str, skip: set[str] = frozenset()) -> Iterator[tuple[Path, Article]]:
        """Stored extractions made by another version or with other lexicons, with their articles."""
        for path, data in self._records():
            if path.name not in skip and data.get("fingerprint") != _fingerprint_of(data["article"], lexicons):
                yield path, extraction_from_json(data).article

    def stale(self) -> int:
        """How many stored extractions another version or other lexicons made (the next build
        re-extracts them)."""
        return sum(1 for _ in self._stale(lexicon_fingerprint()))

    def _records(self) -> Iterator[tuple[Path, dict]]:
        folder = self.path / EXTRACTIONS
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
                    raise TypeError("not an extraction record")
            except (OSError, ValueError, TypeError) as err:
                raise StoreError(f"{path}: unreadable stored extraction ({err}); delete the file and build "
                                 "again") from err
            yield path, data

    def extractions(self) -> list[Extraction]:
        """Every stored extraction without its article's body (what the merge and the graph need), in
        article-id order."""
        out = []
        for path, data in self._records():
            try:
                out.append(extraction_from_json(data).without_text())
            except (ValueError, KeyError, TypeError) as err:
                raise StoreError(f"{path}: unreadable stored extraction ({err}); delete the file and build "
                                 "again") from err
        return sorted(out, key=lambda x: x.article.id)

    def _rename_legacy_files(self) -> None:
        """Stores made before extractions were named by a hash of the id get their files renamed."""
        folder = self.path / EXTRACTIONS
        for path in list(folder.glob("*.json")) if folder.is_dir() else []:
            if HASHED_NAME.match(path.name):
                continue
            try:
                article_id = json.loads(path.read_text(encoding="utf-8"))["article"]["id"]
            except (OSError, ValueError, KeyError, TypeError):
                continue  # left for extractions() to report
            target = folder / file_name(str(article_id))
            if target.exists():
                path.unlink()
            else:
                os.replace(path, target)

    # -- graph --------------------------------------------------------------------
    def save_graph(self, nquads: bytes | Iterable[bytes]) -> None:
        """Replace the Oxigraph store with one holding these quads (N-Quads, or its chunks of whole lines,
        read one after the other by Oxigraph's bulk loader), never leaving it half-written."""
        ox = _pyoxigraph()
        fresh = self.path / f"{GRAPH_DIR}.new"
        old = self.path / f"{GRAPH_DIR}.old"
        current = self.path / GRAPH_DIR
        with self.writing():
            shutil.rmtree(fresh, ignore_errors=True)
            try:
                store = ox.Store(str(fresh))
                if isinstance(nquads, bytes):
                    store.load(nquads, format=ox.RdfFormat.N_QUADS)
                else:  # one bulk load a batch: Oxigraph's loader holds what it is given until it writes
                    for batch in _batches(nquads, BULK_BATCH_BYTES):
                        store.bulk_load(batch, format=ox.RdfFormat.N_QUADS)
                store.flush()
                del store
                with self._graph_lock(EXCLUSIVE):  # no reader has the current graph open
                    shutil.rmtree(old, ignore_errors=True)
                    if current.exists():
                        os.replace(current, old)
                    os.replace(fresh, current)
                shutil.rmtree(old, ignore_errors=True)  # readers open only graph.oxigraph/ from now on
            except (OSError, ValueError, RuntimeError) as err:  # pyoxigraph: RuntimeError for a corrupt database
                raise StoreError(f"{self.path}: cannot write the store ({_why(err)}); check the disk has room "
                                 "and the folder is writable") from err

    def load_quads(self) -> bytes:
        """The whole stored graph as N-Quads (empty when nothing was built yet)."""
        ox = _pyoxigraph()
        current, old = self.path / GRAPH_DIR, self.path / f"{GRAPH_DIR}.old"
        with self._graph_lock(SHARED):
            location = current if current.exists() else old  # old: a swap cut short, not yet recovered
            if not location.exists():
                return b""
            try:
                store = ox.Store.read_only(str(location))
                return store.dump(format=ox.RdfFormat.N_QUADS)
            except (OSError, ValueError, RuntimeError) as err:  # pyoxigraph: RuntimeError for a corrupt database
                raise StoreError(f"{self.path}: the store's database cannot be read ({_why(err)}); delete "
                                 f"{location} and run 'kg build … --store {self.path}' again (the stored "
                                 "extractions are kept)") from err

    def _recover_if_idle(self) -> None:
        """Recover now if no build holds the store (the build that holds it recovers itself)."""
        try:
            fd = os.open(self.path / WRITE_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # no store yet, or a folder we may only read
        try:
            _lock_now(fd)
        except (BlockingIOError, PermissionError):
            os.close(fd)
            return
        try:
            self._recover()
        finally:
            os.close(fd)

    def _recover(self) -> None:
        """Finish or undo a swap that an interrupted build left half done (also a deletion of the
        old graph cut short), and remove the temporary files of extractions it was writing."""
        current, old = self.path / GRAPH_DIR, self.path / f"{GRAPH_DIR}.old"
        with self._graph_lock(EXCLUSIVE):
            if old.exists() and not current.exists():
                os.replace(old, current)
            shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(self.path / f"{GRAPH_DIR}.new", ignore_errors=True)
        for partial in (self.path / EXTRACTIONS).glob(".*.tmp"):  # a write cut short (kg.export.files.write_atomic)
            partial.unlink(missing_ok=True)


EXCLUSIVE, SHARED = (fcntl.LOCK_EX, fcntl.LOCK_SH) if fcntl else (None, None)


def _lock_now(fd: int) -> None:
    """Take an exclusive lock on the open file or raise at once (BlockingIOError, or PermissionError on Windows)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def _why(err: BaseException) -> str:
    """An OSError's reason (pyoxigraph's have no strerror), in one line."""
    text = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return text.splitlines()[0] if text.splitlines() else text


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as err:  # the extra is not installed
        raise ConfigError("--store needs Oxigraph; install it with: pip install 'diplomatic-kg[oxigraph]'") from err
    return pyoxigraph


def _stamp_of(path: Path) -> str | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError, AttributeError):
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


def _batches(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """N-Quads chunks (which may end inside a line) as batches of whole lines of about ``size`` bytes."""
    held: list[bytes] = []
    total = 0
    for chunk in chunks:
        held.append(chunk)
        total += len(chunk)
        if total >= size:
            joined = b"".join(held)
            end = joined.rfind(b"\n") + 1
            if end:
                yield joined[:end]
            held = [joined[end:]]
            total = len(held[0])
    rest = b"".join(held)
    if rest:
        yield rest

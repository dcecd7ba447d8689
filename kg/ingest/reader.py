"""Walk the given files and folders and read each file with the reader for its suffix."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.context import ReadContext, check_bytes
from kg.ingest.jsonrecords import read_json, read_jsonl, stream_jsonl
from kg.ingest.plaintext import read_txt
from kg.ingest.webpage import read_html
from kg.records import Article

FormatReader = Callable[[Path, bytes, ReadContext], Iterator[Article | InputError]]
ErrorHandler = Callable[[InputError], None]

READERS: dict[str, FormatReader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
KINDS = "a .txt, .html, .json or .jsonl file"


def read_articles(paths: Iterable[str | Path], *, lang: str | None = None,
                  on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Yield articles from files and folders (recursively, sorted; hidden entries, symbolic links inside
    a folder and folders made by kg skipped; a symbolic link given as a path is followed)."""
    ctx = ReadContext.create(lang)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return _read_paths([Path(p) for p in paths], ctx, on_error)


def read_file(path: str | Path, *, lang: str | None = None,
              on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Yield the article(s) of one file, whatever its suffix says it is."""
    return _read_one(Path(path), ReadContext.create(lang), on_error)


def _read_paths(paths: list[Path], ctx: ReadContext, on_error: ErrorHandler | None) -> Iterator[Article]:
    """Read each path in the order given; a folder is read file by file."""
    for path in paths:
        try:
            files = article_files(path)
        except InputError as err:
            _report(err, on_error)
            continue
        for file in files:
            yield from _read_one(file, ctx, on_error)


def article_files(path: Path) -> list[Path]:
    """The path itself if it is a file, else the article files under the folder."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(path, "no such file or folder; check the path")
    files = list(_walk(path))
    if not files:
        raise InputError(path, "no .txt, .html, .json or .jsonl files in this folder")
    return files


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under a folder, depth first in name order, skipping hidden entries, symbolic
    links (so a walk stays inside the folder and cannot loop) and folders kg itself made."""
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        if child.name.startswith(".") or child.is_symlink():
            continue
        if child.is_dir():
            if not made_by_kg(child):
                yield from _walk(child)
        elif child.suffix.lower() in READERS and child.is_file():
            yield child


# What 'kg build -o DIR' and 'kg build --store DIR' leave in a folder: such a folder inside an input
# folder holds outputs, not articles.
BUILD_OUTPUT = ("graph.ttl", "events.jsonl")
STORE_GRAPH = "graph.oxigraph"


def made_by_kg(folder: Path) -> bool:
    """Whether a folder is the output folder of a build or a store."""
    return all((folder / name).is_file() for name in BUILD_OUTPUT) or (folder / STORE_GRAPH).is_dir()


def _read_one(path: Path, ctx: ReadContext, on_error: ErrorHandler | None) -> Iterator[Article]:
    """Read one file; every problem goes to ``on_error`` (or is raised when there is none)."""
    for item in _items(path, ctx):
        if isinstance(item, InputError):
            _report(item, on_error)
        else:
            yield item


def _items(path: Path, ctx: ReadContext) -> Iterator[Article | InputError]:
    """A file's articles and errors in order; a file-level error ends the file."""
    try:
        reader = _reader_for(path)
        if reader is read_jsonl:  # line by line: memory does not grow with the file
            yield from stream_jsonl(path, ctx)
            return
        data = _read_bytes(path)
        check_bytes(path, data)
        yield from reader(path, data, ctx)
    except InputError as err:
        yield err


def _reader_for(path: Path) -> FormatReader:
    """The reader for a file's suffix; an unknown suffix is an InputError."""
    if path.is_dir():
        raise InputError(path, f"a folder, not a file; give {KINDS}")
    if not path.exists():
        raise InputError(path, "no such file or folder; check the path")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        suffix = path.suffix or "(no suffix)"
        raise InputError(path, f"unsupported file type '{suffix}'; give {KINDS}")
    return reader


def _read_bytes(path: Path) -> bytes:
    """The raw file; an unreadable file is an InputError."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read this file ({exc.strerror}); check its permissions") from exc


def _report(err: InputError, on_error: ErrorHandler | None) -> None:
    """Raise the error, or hand it to ``on_error`` so reading can go on."""
    if on_error is None:
        raise err
    on_error(err)

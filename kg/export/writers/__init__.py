"""Output formats as registered writers, one module per format, chosen by name (``kg build --formats``).

Modelled on rdflib's plugin registry (``rdflib.plugin.register(name, kind, module, class)``): a name
maps to a module path and a class, imported only when that format is written, so the HTML page's
code and NetworkX's writers load only for a build that asks for them. Each writer has a ``file``
(the name it writes in the output folder) and ``write(job) -> Path``; a :class:`Job` holds what
several formats share (the records, the NetworkX projection, the quads), each made once when first needed.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ...errors import ConfigError

if TYPE_CHECKING:
    import networkx as nx

    from ...api import KnowledgeGraph
    from ...graph.quads import Quads


class Writer(Protocol):
    """One output format: the file it writes and how."""

    file: str

    def write(self, job: Job) -> Path: ...


@dataclass(frozen=True)
class Plugin:
    """A registered format: its name, where its writer class lives, and whether a build writes it unasked."""

    name: str
    module: str
    attr: str
    default: bool


_PLUGINS: dict[str, Plugin] = {}  # the registry, filled below as rdflib.plugin fills its own


def register(name: str, module: str, attr: str, *, default: bool = False) -> None:
    """Register the writer class ``attr`` of ``module`` under ``name`` (a later registration replaces it)."""
    _PLUGINS[name] = Plugin(name, module, attr, default)


def get(name: str) -> Writer:
    """A new writer for the format ``name``."""
    plugin = _PLUGINS.get(name)
    if plugin is None:
        raise ConfigError(f"unknown output format '{name}'; use one of: {', '.join(_PLUGINS)}")
    return getattr(importlib.import_module(plugin.module), plugin.attr)()


def names() -> list[str]:
    """Every format's name, in the order a build writes them."""
    return list(_PLUGINS)


def default_names() -> list[str]:
    """The formats a build writes when none are asked for."""
    return [p.name for p in _PLUGINS.values() if p.default]


def chosen(asked: str | Iterable[str] | None) -> list[str]:
    """The formats asked for, in writing order: names separated by commas (or a list of them);
    ``default`` stands for :func:`default_names`, ``all`` for every format, None for the default."""
    if asked is None:
        return default_names()
    items = asked.split(",") if isinstance(asked, str) else list(asked)
    wanted: set[str] = set()
    for item in (i.strip() for i in items if i.strip()):
        if item == "all":
            wanted.update(_PLUGINS)
        elif item == "default":
            wanted.update(default_names())
        elif item in _PLUGINS:
            wanted.add(item)
        else:
            raise ConfigError(f"--formats: unknown format '{item}'; use one or more of {', '.join(_PLUGINS)}, "
                              "default or all, separated by commas")
    if not wanted:
        raise ConfigError(f"--formats: no format given; use one or more of {', '.join(_PLUGINS)}, default or all")
    return [name for name in _PLUGINS if name in wanted]


class Job:
    """One folder being written: the graph, the folder, the page's language, and what formats share."""

    def __init__(self, graph: KnowledgeGraph, out: Path, ui_lang: str = "en") -> None:
        self.graph, self.out, self.ui_lang = graph, Path(out), ui_lang

    def path(self, name: str) -> Path:
        return self.out / name

    @cached_property
    def records(self) -> list[dict]:
        """The events.jsonl records."""
        return self.graph.events()

    @cached_property
    def network(self) -> nx.MultiDiGraph:
        """The NetworkX projection of the records."""
        return self.graph.to_networkx(self.records)

    @cached_property
    def quads(self) -> Quads | None:
        """The graph's quads for Oxigraph's writers (None without pyoxigraph: rdflib writes instead)."""
        return self.graph.writer_quads()

    def release(self, remaining: Iterable[str]) -> None:
        """Drop the quads once no format still to be written needs them."""
        if not {"ttl", "trig", "nq"} & set(remaining):
            self.__dict__.pop("quads", None)


def write(graph: KnowledgeGraph, out: str | Path, formats: Iterable[str], ui_lang: str = "en") -> dict[str, Path]:
    """Write each format (in writing order) into ``out``; file name → path written."""
    job, order = Job(graph, Path(out), ui_lang), list(formats)
    written: dict[str, Path] = {}
    for i, name in enumerate(order):
        writer = get(name)
        written[writer.file] = writer.write(job)
        job.release(order[i + 1:])
    return written


# The formats, in the order a build writes them; the defaults are what the README shows a user
# needs (the graph, its named graphs for 'kg serve' and 'kg push', the records, the page).
register("ttl", f"{__name__}.turtle", "TurtleWriter", default=True)
register("trig", f"{__name__}.trig", "TrigWriter")
register("nq", f"{__name__}.nquads", "NQuadsWriter", default=True)
register("jsonld", f"{__name__}.jsonld", "JsonLdWriter")
register("jsonl", f"{__name__}.events_jsonl", "EventsJsonlWriter", default=True)
register("csv", f"{__name__}.events_csv", "EventsCsvWriter", default=True)
register("graphml", f"{__name__}.graphml", "GraphMLWriter")
register("gexf", f"{__name__}.gexf", "GexfWriter")
register("html", f"{__name__}.html", "HtmlWriter", default=True)

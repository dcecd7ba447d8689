"""Where the project's data files are: the ontology, its shapes and the saved queries.

``ontology/`` sits at the top of the repository (the source of truth); a wheel carries a
copy inside the package as ``kg/ontology``.
"""
from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The folder holding diplomatic.ttl, shapes.ttl and queries/."""
    for candidate in (PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"):
        if (candidate / "diplomatic.ttl").is_file():
            return candidate
    raise ConfigError("ontology/diplomatic.ttl not found; reinstall diplomatic-kg")


def ontology_file() -> Path:
    return ontology_dir() / "diplomatic.ttl"


def readings_file() -> Path:
    """The readings vocabulary of the distributed build's shards."""
    return ontology_dir() / "readings.ttl"


def readings_query(name: str) -> str:
    """One of the SPARQL queries that read shards back (ontology/readings/NAME.rq)."""
    return (ontology_dir() / "readings" / f"{name}.rq").read_text(encoding="utf-8")


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def context_file() -> Path:
    """The JSON-LD context shipped with the package (never fetched from the web)."""
    return ontology_dir() / "context.jsonld"

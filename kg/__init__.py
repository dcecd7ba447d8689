"""diplomatic-kg: news articles about diplomacy in, a knowledge graph of dated events out.

Stages: ingest → nlp → extract → resolve → graph → export / query. The public API:

    import kg
    result = kg.build(["examples/articles"])
    result.write("output")
    result.query("SELECT ?e WHERE { ?e a dkg:Meeting }")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import KnowledgeGraph, build, load  # noqa: E402
from .errors import ConfigError, InputError, InputWarning, KGError, OutputError, QueryError, StoreError  # noqa: E402

__all__ = ["KnowledgeGraph", "build", "load", "KGError", "InputError", "InputWarning", "ConfigError",
           "QueryError", "OutputError", "StoreError", "__version__"]

"""graph.jsonld: JSON-LD with the shipped context inlined, nodes in IRI order."""
from __future__ import annotations

from pathlib import Path

from . import Job


class JsonLdWriter:
    file = "graph.jsonld"

    def write(self, job: Job) -> Path:
        return job.graph.write_jsonld(job.path(self.file))

"""graph.nq: N-Quads, one named graph per article, one quad a line in sorted order."""
from __future__ import annotations

from pathlib import Path

from . import Job


class NQuadsWriter:
    file = "graph.nq"

    def write(self, job: Job) -> Path:
        return job.graph.write_nquads(job.path(self.file), job.quads)

"""graph.trig: TriG, one named graph per article (Oxigraph's writer, graphs in name order)."""
from __future__ import annotations

from pathlib import Path

from . import Job


class TrigWriter:
    file = "graph.trig"

    def write(self, job: Job) -> Path:
        return job.graph.write_trig(job.path(self.file), job.quads)

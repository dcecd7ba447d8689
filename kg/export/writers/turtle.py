"""graph.ttl: the whole graph (every named graph's triples) as Turtle."""
from __future__ import annotations

from pathlib import Path

from . import Job


class TurtleWriter:
    file = "graph.ttl"

    def write(self, job: Job) -> Path:
        return job.graph.write_turtle(job.path(self.file), job.quads)

"""graph.graphml: the NetworkX projection as GraphML (static start and end columns, for Gephi)."""
from __future__ import annotations

from pathlib import Path

from ..network import write_graphml
from . import Job


class GraphMLWriter:
    file = "graph.graphml"

    def write(self, job: Job) -> Path:
        return write_graphml(job.network, job.path(self.file))

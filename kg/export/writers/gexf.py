"""graph.gexf: the NetworkX projection as dynamic GEXF 1.2, for Gephi's timeline."""
from __future__ import annotations

from pathlib import Path

from ..network import write_gexf
from . import Job


class GexfWriter:
    file = "graph.gexf"

    def write(self, job: Job) -> Path:
        return write_gexf(job.network, job.path(self.file))

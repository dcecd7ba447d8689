"""graph.html: the interactive page, which works from disk with no network."""
from __future__ import annotations

from pathlib import Path

from . import Job


class HtmlWriter:
    file = "graph.html"

    def write(self, job: Job) -> Path:
        from ..html import write_html

        return write_html(job.network, job.path(self.file), ui_lang=job.ui_lang)

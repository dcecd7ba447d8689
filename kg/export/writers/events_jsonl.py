"""events.jsonl: the merged events, one JSON record a line."""
from __future__ import annotations

from pathlib import Path

from ..records import write_events_jsonl
from . import Job


class EventsJsonlWriter:
    file = "events.jsonl"

    def write(self, job: Job) -> Path:
        write_events_jsonl(job.records, job.path(self.file))
        return job.path(self.file)

"""events.csv: the merged events for spreadsheets, one a row."""
from __future__ import annotations

from pathlib import Path

from ..records import write_events_csv
from . import Job


class EventsCsvWriter:
    file = "events.csv"

    def write(self, job: Job) -> Path:
        write_events_csv(job.records, job.path(self.file))
        return job.path(self.file)

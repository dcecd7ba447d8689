"""Typed records passed between the stages: ingest → nlp → extract → resolve → graph.

All records are frozen dataclasses so that a stage cannot change what an earlier one
produced; tuples (not lists) keep them hashable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .event_types import CODES as EVENT_TYPES  # noqa: F401  (re-exported; the registry: kg/event_types.py)

ROLES = ("host", "guest", "traveller", "speaker", "party", "participant")
ENTITY_KINDS = ("person", "organisation", "country", "city")


REDUCED_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def parse_published(value: str) -> tuple[datetime, str] | None:
    """An ISO 8601 publication time and its precision: a datetime or date ('day'), or the reduced
    forms '2004-12' ('month', read as the 1st) and '2004' ('year', 1 January); junk gives None."""
    value = value.strip()
    reduced = REDUCED_ISO.match(value)
    if reduced:
        year, month = int(reduced.group(1)), int(reduced.group(2) or 1)
        if not 1 <= month <= 12 or year < 1:
            return None
        return datetime(year, month, 1), "month" if reduced.group(2) else "year"
    try:
        return datetime.fromisoformat(value), "day"
    except ValueError:
        return None


@dataclass(frozen=True)
class Article:
    """One article as read from disk: title and body with boilerplate already cut."""

    id: str
    lang: str
    title: str
    text: str
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    section: str | None = None
    agency: str | None = None
    path: str | None = None
    line: int | None = None
    published_precision: str = "day"   # day | month | year: a record may give only '2004-12' or '2004'

    @property
    def published_text(self) -> str | None:
        """The publication time as ISO 8601, only as precise as it was given ('2004-12')."""
        if self.published is None:
            return None
        if self.published_precision == "month":
            return self.published.strftime("%Y-%m")
        if self.published_precision == "year":
            return f"{self.published.year:04d}"
        return self.published.isoformat()

    @property
    def content(self) -> str:
        """The text the NLP stage reads: title, a blank line, then the body."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def body_offset(self) -> int:
        """Where the body starts inside ``content``."""
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True)
class Entity:
    """A named actor or place: a person, an organisation, a country or a city."""

    key: str
    name: str
    kind: str
    labels: tuple[str, ...] = ()
    office: str | None = None
    affiliation: str | None = None
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class TimeSpan:
    """When an event happened: an inclusive window of days and how precise it is."""

    earliest: date
    latest: date
    precision: str = "day"
    expression: str | None = None

    @property
    def known(self) -> bool:
        return self.precision != "unknown"

    def overlaps(self, other: "TimeSpan") -> bool:
        """Whether the two windows of days share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    @property
    def date(self) -> str | None:
        """The contract's ``date``: the day, month or year the text supports best (None if unknown)."""
        if not self.known:
            return None
        if self.precision == "month":
            return self.earliest.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.earliest.year)
        return self.latest.isoformat()


@dataclass(frozen=True)
class Participant:
    """An entity taking part in an event, in a role."""

    key: str
    role: str


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence of one article reports it."""

    article_id: str
    type: str
    trigger: str
    participants: tuple[Participant, ...]
    place: str | None
    time: TimeSpan
    sentence: str
    start: int
    end: int
    field: str = "text"
    confidence: float = 0.5
    modality: str = "asserted"
    step: int = 0
    origin: str | None = None  # a trip's starting place, when the text says where the traveller was


@dataclass(frozen=True)
class Extraction:
    """Everything the extract stage found in one article."""

    article: Article
    entities: tuple[Entity, ...]
    mentions: tuple[EventMention, ...]

    def without_text(self) -> "Extraction":
        """The same extraction keeping the article's metadata but not its body: what the merge
        and the graph need, so a stream of articles is held in memory only as its results."""
        return replace(self, article=replace(self.article, text=""))


@dataclass(frozen=True)
class Event:
    """A real-world event after resolution: one or more mentions from one or more articles."""

    id: str
    type: str
    time: TimeSpan
    participants: tuple[Participant, ...]
    place: str | None
    mentions: tuple[EventMention, ...] = field(default_factory=tuple)
    reason: str = ""
    origin: str | None = None  # a trip's starting place, when a report says it

"""The event types, in one registry that the lexicons, the extractor, resolve and the graph read.

Each type's ``code`` is its ``dkg:typeCode`` and ``ontology_class`` its class in
``ontology/diplomatic.ttl``, with the CAMEO codes of its ``skos:closeMatch`` (a test checks that
the ontology and this table agree). Tables keyed by type elsewhere (``kg/lexicons/roles.json``,
the explorer's colours and strings) are checked against it when they are read or by tests, so a
type added here and forgotten there fails loudly instead of raising ``KeyError`` mid-build.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True)
class EventType:
    code: str
    ontology_class: str
    cameo: tuple[str, ...]
    family: str                     # types of one family may report one real event (merge blocking)
    precedence: int                 # which type a merged event takes when its reports disagree (lowest wins)
    gathering: bool = False         # people come together: a venue named with it places it
    placed: bool = False            # takes the article's setting or the actor's last place when it has none
    between_states: bool = False    # made by states: the officials named in the article stand for them
    core_roles: tuple[str, ...] = ()  # two reports are one event only if they share an actor in these roles


TYPES: tuple[EventType, ...] = (
    EventType("meeting", "Meeting", ("040", "044"), "contact", 0, gathering=True, placed=True, between_states=True),
    EventType("consultation", "Consultation", ("040", "046"), "contact", 5, gathering=True, placed=True,
              between_states=True),
    EventType("hosting", "Hosting", ("043",), "contact", 3, gathering=True, placed=True, between_states=True),
    EventType("travel", "Travel", ("042",), "travel", 2, core_roles=("traveller",)),
    EventType("phone_call", "PhoneCall", ("041",), "phone_call", 1),
    EventType("statement", "Statement", ("010", "012"), "statement", 6, core_roles=("speaker",)),
    EventType("agreement", "Agreement", ("057",), "agreement", 4, placed=True, between_states=True),
)
BY_CODE = {t.code: t for t in TYPES}
CODES = tuple(t.code for t in TYPES)
BY_PRECEDENCE = tuple(t.code for t in sorted(TYPES, key=lambda t: t.precedence))


def event_type(code: str) -> EventType:
    """The registered type with this code; an unknown one is a ConfigError naming the known ones."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise ConfigError(f"unknown event type {code!r}; known: {', '.join(CODES)}") from None


def check_covers(table: dict, where: str) -> None:
    """A table keyed by event type must have exactly the registered types."""
    missing, extra = set(CODES) - set(table), set(table) - set(CODES)
    if missing or extra:
        raise ConfigError(f"{where}: event types {'missing ' + ', '.join(sorted(missing)) if missing else ''}"
                          f"{'; ' if missing and extra else ''}{'unknown ' + ', '.join(sorted(extra)) if extra else ''}; "
                          f"the types are: {', '.join(CODES)} (kg/event_types.py)")

"""The records the actor finder works with inside one Doc."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Entity

PLACE_KINDS = ("city", "country")


@dataclass(frozen=True)
class ActorMention:
    """One named actor or place in a sentence, with its case and whether it sits in a quotation."""

    entity: Entity
    start: int
    end: int
    case: str
    sent_start: int
    in_quote: bool = False
    sentence_initial: bool = False
    run_start: int = -1
    surface: str = ""
    weak: bool = False   # a name the statistical model did not call a person: kept only if it is a known one
    group: bool = False  # stands for a group of its people ('Çinli yetkililer', 'a delegation from Brazil')
    dateline: bool = False  # a place that heads the story or transcript ('ANKARA (AA) -', 'Washington, DC\nJuly 24')

    @property
    def is_place(self) -> bool:
        return self.entity.kind in PLACE_KINDS and not self.group  # a state's delegation is who, not where


@dataclass(frozen=True)
class Run:
    """A maximal sequence of capitalised tokens (plus name particles) inside one sentence."""

    start: int
    end: int

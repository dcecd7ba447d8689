"""Who held an office on a given day, from the dated table in ``kg/lexicons/offices.json``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..lexicons import fold, load_shared
from .gazetteer import name_key


@dataclass(frozen=True)
class Tenure:
    """One holder of one office between two days ('to' None: still in office)."""

    affiliation: str
    heads: tuple[str, ...]
    name: str
    start: date
    end: date | None


class OfficeTable:
    """Dated office holders; answers 'the NATO Secretary General on 2025-02-17'."""

    def __init__(self, tenures: list[Tenure]) -> None:
        self.tenures = tenures
        self._holders = [(frozenset(name_key(fold(t.name, True)).split()), t.affiliation) for t in tenures]

    @classmethod
    def load(cls) -> "OfficeTable":
        tenures = []
        for office in load_shared("offices.json")["offices"]:
            heads = tuple(name_key(fold(h, True)) for h in office["heads"])
            for h in office["holders"]:
                tenures.append(Tenure(office["affiliation"], heads, h["name"], date.fromisoformat(h["from"]),
                                      date.fromisoformat(h["to"]) if h.get("to") else None))
        return cls(tenures)

    def states_of(self, name: str) -> set[str]:
        """The states and organisations whose offices the table records this person holding."""
        words = set(name_key(fold(name, True)).split())  # 'Donald J. Trump' is the table's 'Donald Trump'
        return {state for holder, state in self._holders if len(words) > 1 and holder <= words}

    def holder(self, affiliation: str | None, office: str, when: date | None) -> str | None:
        """The name of whoever held this office of this state or organisation on that day."""
        if not affiliation or when is None:
            return None
        words = name_key(fold(office, True))
        for t in self.tenures:
            if t.affiliation == affiliation and t.start <= when and (t.end is None or when < t.end) and any(
                    words == h or words.endswith(" " + h) for h in t.heads):
                return t.name
        return None

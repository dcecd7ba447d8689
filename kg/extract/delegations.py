"""Groups of people named by where they come from stand for that state or organisation:
'KKTC'den gelen muhtarlar', 'Almanya'dan gelen heyet', 'a delegation from Brazil', 'officials
from the EU'. The origin becomes an actor in the group noun's place and case, marked ``group``
(someone received, met or travelling, though no person is named).

A plain pass over the finder's mentions; the words (group nouns, the linking participle or
preposition) are language data in ``organisations.json`` (``group_nouns``, ``group_origin``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp import norms, texts
from .mentions import ActorMention

ORIGIN_KINDS = ("country", "organisation")


def group_origins(doc: Doc, mentions: list[ActorMention], is_group_noun: Callable[[str], bool], origin: dict,
                  group_case: Callable[[Doc, int], str | None], apostrophes: frozenset[str],
                  determiners: set[str], is_conj: Callable[[str], bool] = lambda w: False) -> list[ActorMention]:
    """``mentions`` plus, for each origin of a group ('X'ten gelen N', 'N from X'), X at N; the
    origins listed with it ('leaders from Chile, Brazil and Bolivia') stand for the group too. A
    group noun is a whole word ('bakanlık' is no 'bakan', 'liderlik' no 'lider')."""
    if not origin:
        return mentions
    words, surface = norms(doc), texts(doc)
    after = set(origin.get("participle_after_origin", []))    # SOV: X'ten gelen (…) N
    before = set(origin.get("preposition_before_origin", []))  # SVO: N from (the) X
    taken = {m.start for m in mentions}
    added: list[ActorMention] = []
    grouped: dict[int, tuple[str, int]] = {}  # an origin's start → its group's case and noun
    for m in mentions:
        if m.entity.kind not in ORIGIN_KINDS or m.in_quote:
            continue
        noun = None
        if after and m.case == "abl":
            k = m.end + 1 if m.end < len(doc) and surface[m.end][:1] in apostrophes else m.end
            if k < len(doc) and words[k] in after:
                noun = next((g for g in range(k + 1, min(len(doc), k + 4)) if is_group_noun(words[g])), None)
        elif before and m.start >= 2:
            k = m.start - 1 - (words[m.start - 1] in determiners)
            if k >= 1 and words[k] in before and is_group_noun(words[k - 1]):
                noun = k - 1
        if noun is None or noun in taken:
            continue
        case = group_case(doc, noun)
        if case:  # (the noun's case, 'heyetleri', not the origin's)
            added.append(replace(m, start=noun, end=noun + 1, case=case, group=True, surface=surface[noun]))
            taken.add(noun)
            grouped[m.start] = (case, noun)
    if not added:
        return mentions
    added += _listed(surface, mentions, grouped, bool(after), is_conj)
    return sorted(mentions + added, key=lambda a: a.start)


def _listed(surface: list[str], mentions: list[ActorMention], grouped: dict[int, tuple[str, int]], sov: bool,
            is_conj: Callable[[str], bool]) -> list[ActorMention]:
    """The origins listed after a group's first one (SVO: 'from X, Y and Z') or before its last one
    (SOV: 'X, Y ve Z'den gelen'), each at the group noun in its case (``grouped``: an origin's start
    → the group's case and noun)."""
    origins = [m for m in mentions if m.entity.kind in ORIGIN_KINDS and not m.in_quote]
    order = origins[::-1] if sov else origins
    out: list[ActorMention] = []
    group = None
    for prev, m in zip(order, order[1:]):
        group = grouped.get(prev.start, group)
        left, right = (m, prev) if sov else (prev, m)
        between = surface[left.end:right.run_start if right.run_start >= 0 else right.start]
        if group is not None and between and all(w == "," or is_conj(w) for w in between):
            case, noun = group
            out.append(replace(m, start=noun, end=noun + 1, case=case, group=True, surface=surface[noun]))
        else:
            group = None
    return out

"""Events named as anchors of other events: 'toplantının ardından', 'after the talks', 'ziyaret
boyunca', 'on the sidelines of the summit'.

An anchor dates the event it anchors (its own clause date, or that of the event it names), and
its phrase is an adjunct of that event's clause. The anchor words and their relation (after,
before, during) are language data: ``anchor_words`` in ``kg/lexicons/<lang>/language.json``.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..lexicons import Lexicon
from ..nlp import norms, texts
from ..records import TimeSpan
from .dates import Published

if TYPE_CHECKING:  # the frames are the event finder's; this module only reads them
    from .events import Frame, Trigger


class Anchors:
    """One language's anchor words, and what they say about the events beside them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.sov = lexicon.language.get("word_order", "SVO") == "SOV"
        self.words = {lexicon.fold(w): r for w, r in lexicon.language.get("anchor_words", {}).items()}
        self.noun_phrase_words = {lexicon.fold(w) for w in lexicon.language.get("determiners", [])} | {
            lexicon.fold(w) for w, c in lexicon.language.get("prepositions", {}).items() if c == "of"}

    def relation(self, sent: Span, trigger: Trigger) -> str | None:
        """'after' / 'before' / 'during' when an anchor word stands beside this event noun: after it
        in SOV ('görüşmenin ardından'), before it in SVO ('after the talks', 'on the sidelines of the summit')."""
        words = norms(sent.doc)
        if self.sov:
            return self.words.get(words[trigger.end]) if trigger.end < sent.end else None
        i, shown = trigger.start - 1, texts(sent.doc)
        while i >= sent.start and words[i] not in self.words and (
                words[i] in self.noun_phrase_words or shown[i][:1].isupper()):
            i -= 1  # 'after the', 'sidelines of the', 'ahead of the NATO'
        return self.words.get(words[i]) if i >= sent.start else None

    def phrase(self, sent: Span, trigger: Trigger) -> range:
        """The tokens of a phrase that names another event as an anchor, in SVO ('after the G20 summit'):
        its names belong to that event, not to the one it dates (SOV's are cut off by the clause window)."""
        if self.sov or self.relation(sent, trigger) is None:
            return range(0)
        words = norms(sent.doc)
        i = trigger.start - 1
        while i >= sent.start and words[i] not in self.words:
            i -= 1
        return range(i, trigger.end)

    def date(self, made: list[Frame], earlier: list[Frame], published: Published) -> None:
        """An undated event in a sentence that names another event as its anchor takes that event's
        date: the anchor's own clause date, else that of the last dated event of its type reported
        before with the anchor's participants (two of them, if it has two; the anchored event's,
        when it names none). A planned event is never dated before publication."""
        anchors = [(f, rel) for f in made if f.trigger.nominal and (rel := self.relation(f.sentence, f.trigger))]
        first = published.earliest if isinstance(published, TimeSpan) else published
        for frame in made:
            if frame.dated or frame.trigger.spec.get("reported"):
                continue
            near = [(f, rel) for f, rel in anchors if f is not frame and (not self.sov or f.trigger.end <= frame.trigger.start)]
            if not near:
                continue
            anchor, relation = min(near, key=lambda p: abs(p[0].trigger.start - frame.trigger.start))
            who = set(anchor.participants) or set(frame.participants)
            source = anchor if anchor.dated else next(
                (f for f in reversed(earlier) if f.dated and f.trigger.type == anchor.trigger.type
                 and len(who & set(f.participants)) >= min(2, len(who))), None)
            if source is None:
                continue
            time = relative_to(source.time, relation)
            if frame.modality == "future" and first is not None and time.known and time.latest < first:
                continue
            frame.time, frame.dated = time, True


def relative_to(time: TimeSpan, relation: str) -> TimeSpan:
    """The date of an event anchored to another: the same days after or during it; the day before
    too when it came before."""
    if relation == "before" and time.known:
        return TimeSpan(time.earliest - timedelta(days=1), time.latest, "window", time.expression)
    return time

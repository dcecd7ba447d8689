"""Speaker turns of a transcript: 'SECRETARY CLINTON: Good evening. … FOREIGN MINISTER DAVUTOGLU: …'.

A turn opens with a label in capitals and a colon at the start of a line and lasts to the next
label; a label naming no person ('MODERATOR:', 'THE PRESIDENT:') opens a turn of no one known.
Texts without labels have no turns."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..nlp import sentences, texts
from .mentions import ActorMention

LABEL_WORDS = 6  # 'ASSISTANT SECRETARY GOTTEMOELLER', 'FOREIGN MINISTER DAVUTOGLU'


def turn_label(doc: Doc, start: int) -> int | None:
    """Where the speaker label of the sentence at ``start`` ends (its colon), if it opens with one."""
    written = texts(doc)
    if start > 0 and "\n" not in written[start - 1] + doc[start - 1].whitespace_:
        return None
    i = start
    while i < len(doc) and i - start < LABEL_WORDS and (written[i].isupper() or written[i] in (".", "'", "’")):
        i += 1
    return i if start < i < len(doc) and written[i] == ":" else None


def turns(doc: Doc, actors: list[ActorMention]) -> Iterator[tuple[Span, ActorMention | None]]:
    """Each sentence from the first label on, with the person whose turn it is (None: unknown)."""
    by_end = {m.end: m for m in actors if m.entity.kind == "person"}
    speaker: ActorMention | None = None
    opened = False
    for sent in sentences(doc):
        label = turn_label(doc, sent.start)
        if label is not None:
            found = by_end.get(label)
            speaker, opened = (found if found is not None and found.start >= sent.start else None), True
        if opened:
            yield sent, speaker


def first_speaker(doc: Doc, actors: list[ActorMention]) -> str | None:
    """The first person a transcript labels: the one whose remarks its headline announces ('Remarks
    With Foreign Minister X Before Their Meeting', under the Secretary's turns)."""
    return next((speaker.entity.key for _, speaker in turns(doc, actors) if speaker is not None), None)

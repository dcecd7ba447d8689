"""Names that belong together in a sentence: a title's affiliation and portfolio, bracketed
aliases, conjoined names sharing a case, hyphenated country pairs, a dateline's country.
A mixin of :class:`~kg.extract.actors.ActorFinder`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp import span_text, texts
from .mentions import ActorMention, Run


class PhraseGroups:
    """Sentence-level passes over the names the finder classified."""

    def _dateline_country(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'BRASÍLIA, Brazil –': the country of a dateline is part of the place, not an actor."""
        out = list(mentions)
        for i in range(1, len(out)):
            a, b = out[i - 1], out[i]
            if (a.entity.kind == "city" and a.case == "loc" and self._dateline(doc, Run(a.start, a.end))
                    and b.entity.kind == "country" and texts(doc)[a.end:b.start] == [","]):
                out[i] = replace(b, case="loc")
        return out

    def _hyphen_pairs(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'Kırgızistan-Türkiye Komisyonu', 'ABD-Çin görüşmeleri': two countries joined by a hyphen are
        the two sides of what follows."""
        out: list[ActorMention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (prev is None or prev.entity.kind != "country" or m.start - prev.end != 1
                    or texts(doc)[prev.end] not in ("-", "–")):
                out.append(m)
                continue
            second = m if m.entity.kind == "country" else self._leading_country(doc, m)
            if second is None:
                out.append(m)
                continue
            out[-1] = replace(prev, case="com")
            out.append(replace(second, case="com"))
            if second is not m:
                out.append(m)
        return out

    def _leading_country(self, doc: Doc, m: ActorMention) -> ActorMention | None:
        """The country a longer name starts with ('Türkiye Hükümetlerarası … Komisyonu')."""
        for width in (3, 2, 1):
            if m.start + width < m.end:
                surface = span_text(doc, m.start, m.start + width)
                ent = self.gaz.lookup(surface)
                if ent is not None and ent.kind == "country":
                    return replace(m, entity=ent, end=m.start + width, surface=surface)
        return None

    def _coordinate(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Conjoined names share one case: English marks the first ('with X and Y'), Turkish the last
        ('X ve Y ile')."""
        out = list(mentions)
        sov = self.lex.language.get("word_order") == "SOV"
        for i in range(1, len(out)):
            a, b = out[i - 1], out[i]
            words = texts(doc)[a.end:b.run_start if b.run_start >= 0 else b.start]
            if not any(self._is_conj_word(w) for w in words) or not self._adjacent(doc, a.end, b.run_start, comma=True):
                continue
            if b.case == "conj":
                out[i] = replace(b, case=a.case)
            elif sov and a.case == "nom" and b.case != "nom":
                out[i - 1] = replace(a, case=b.case)
        return out

    def _is_conj(self, token: Token) -> bool:
        return self._is_conj_word(token.text)

    def _is_conj_word(self, text: str) -> bool:
        word = self.lex.fold(text)
        return self.postpositions.get(word) == "conj" or self.prepositions.get(word) == "conj"

    def _title_complexes(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Countries and organisations inside an office ('ABD'nin Ukrayna ve Rusya Özel Temsilcisi X')
        are the office's affiliation or portfolio, not actors of the sentence."""
        mentions = [m for i, m in enumerate(mentions)
                     if not (i and self._parenthetical(doc, mentions[i - 1].end, m))]
        drop: set[int] = set()
        out = list(mentions)
        for i, m in enumerate(mentions):
            if not (m.entity.kind == "person" and m.entity.office):
                continue
            edge, owner = m.run_start, None
            for j in range(i - 1, -1, -1):
                prev = mentions[j]
                if (prev.entity.kind == "person" and prev.entity.office) or not self._adjacent(doc, prev.end, edge):
                    break
                drop.add(j)
                if prev.case == "gen" and owner is None:
                    owner = prev.entity
                edge = prev.run_start if prev.run_start >= 0 else prev.start
            if owner is not None:
                out[i] = replace(m, entity=replace(m.entity, affiliation=owner.key))
        return [m for i, m in enumerate(out) if i not in drop]

    def _parenthetical(self, doc: Doc, prev_end: int, m: ActorMention) -> bool:
        """'Avrupa Birliği (AB)': a name in brackets right after another is its alias."""
        words = texts(doc)
        return m.start - prev_end == 1 and words[prev_end] == "(" and m.end < len(doc) and words[m.end] == ")"

    def _adjacent(self, doc: Doc, end: int, start: int, comma: bool = False) -> bool:
        """Only a case suffix or a conjunction (and, with ``comma``, a comma) between two names."""
        words = texts(doc)
        between = [words[i] for i in range(end, start) if not _in_brackets(words, i, end, start)]
        return len(between) <= 2 and all(
            w[:1] in self.apostrophes or self._is_conj_word(w) or (comma and w == ",") for w in between)


def _in_brackets(words: list[str], i: int, lo: int, hi: int) -> bool:
    """Whether token i sits in a '( … )' group inside [lo, hi)."""
    return "(" in words[lo:i + 1] and ")" in words[i:hi]

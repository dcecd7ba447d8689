"""Names inside one article: surnames and short forms joined to full names, offices named
alone resolved to their holders (in the article or from the dated office table), offices in
apposition given to the person they describe. A mixin of :class:`~kg.extract.actors.ActorFinder`.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from ..lexicons import sound_key
from ..nlp import norms, texts
from ..records import Entity, TimeSpan
from .gazetteer import name_key, slug
from .mentions import ActorMention


class NameResolution:
    """Within-document name resolution; uses the finder's lexicon, offices and word sets."""

    def _table_holder(self, ref: Entity, when: date | TimeSpan | None) -> Entity | None:
        """'NATO Genel Sekreteri' alone, on 2025-02-17: Mark Rutte, from the dated office table (in an
        article of a month or a year, only if the same person held it on its first and its last day)."""
        if isinstance(when, TimeSpan):
            first, last = (self._table_holder(ref, day) for day in (when.earliest, when.latest))
            return first if first == last else None
        name = self.offices.holder(ref.affiliation, ref.office or "", when) if self.offices else None
        if name is None:
            return None
        return Entity(key=f"person:{slug(name)}", name=name, kind="person", labels=(name,), office=ref.office,
                      affiliation=ref.affiliation)

    def _appositions(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'Hu Jintao, the President of China, …': an office in apposition belongs to the name before it.
        The office reference itself is dropped; the person gets the office and its state everywhere."""
        upgraded: dict[str, Entity] = {}
        keep: list[ActorMention] = []
        for m in mentions:
            prev = keep[-1] if keep else None
            if (m.entity.key.startswith("office:") and prev is not None and prev.entity.kind == "person"
                    and not prev.entity.office and prev.sent_start == m.sent_start
                    and norms(doc)[prev.end:m.run_start][:1] == [","]
                    and all(norm in self.determiners or text == "," for norm, text in
                            zip(norms(doc)[prev.end:m.run_start], texts(doc)[prev.end:m.run_start]))):
                upgraded[prev.entity.key] = replace(prev.entity, office=m.entity.office,
                                                    affiliation=m.entity.affiliation)
                continue
            if len(keep) > 1 and self._office_of_state_then_name([keep[-2], prev, m], doc):
                # 'The President of the United States George W. Bush': the office is his, of that state
                upgraded[m.entity.key] = replace(m.entity, office=keep[-2].entity.office, affiliation=prev.entity.key)
                keep.pop(-2)
                keep.append(m)
                continue
            if (prev is not None and prev.entity.key.startswith("office:") and m.entity.kind == "person"
                    and not m.entity.office and prev.sent_start == m.sent_start
                    and texts(doc)[prev.end:m.run_start] == [","]):
                upgraded[m.entity.key] = replace(m.entity, office=prev.entity.office,
                                                 affiliation=prev.entity.affiliation)  # 'the President of Brazil, Lula'
            keep.append(m)
        return [m if m.entity.key not in upgraded else replace(m, entity=upgraded[m.entity.key]) for m in keep
                if not m.entity.key.startswith("office:")]

    def _office_of_state_then_name(self, three: list[ActorMention], doc: Doc | None = None) -> bool:
        """An office, 'of (the)' a state, and a name right after it: 'The President of the United States
        George W. Bush'."""
        if len(three) < 3:
            return False
        office, state, person = three
        words = (norms(doc) if doc is not None else None)
        return (office.entity.key.startswith("office:") and state.entity.kind == "country"
                and person.entity.kind == "person" and not person.entity.office and state.end == person.start
                and office.sent_start == person.sent_start and state.start - office.end <= 2
                and (words is None or all(w in self.joiners or w in self.determiners
                                          for w in words[office.end:state.start])))

    def _resolve_names(self, mentions: list[ActorMention], when: date | TimeSpan | None = None) -> list[ActorMention]:
        """Map surnames and short forms to the full names the same article uses; drop unknown one-word guesses."""
        full: dict[str, Entity] = {}
        sounds: dict[str, Entity] = {}  # 'Xi Jinping' and 'Şi Cinping' in one article: one person
        people = [m.entity for m in mentions if m.entity.kind == "person" and not m.weak]
        for ent in sorted(people, key=lambda e: (e.office is None, -len(e.name.split()))):
            if ent.office or len(ent.name.split()) > 1:
                key = name_key(ent.name)
                full.setdefault(key, ent)
                full.setdefault(key.split()[-1], ent)
                sounds.setdefault(sound_key(key), ent)
        heads = _name_heads(people)
        alone = {name_key(e.name): e for e in people if len(e.name.split()) == 1 and not e.office}
        firsts: dict[str, set[str]] = {}  # 'Değerli dostum Donald' in a transcript of Donald Trump's talks
        for key in {name_key(e.name) for e in people if len(e.name.split()) > 1}:
            firsts.setdefault(key.split()[0], set()).add(key)
        titled: dict[str, set[str]] = {}
        for ent in people:
            if ent.office and len(ent.name.split()) > 1:
                for part in name_key(ent.name).split():
                    titled.setdefault(part, set()).add(name_key(ent.name))
        seen_mid = {name_key(m.entity.name) for m in mentions if not m.sentence_initial}
        # a sentence-initial name joined to another name ('Erdoğan ve Scholz, …') is a name too
        seen_mid |= {name_key(a.entity.name) for a, b in zip(mentions, mentions[1:])
                     if a.sentence_initial and a.entity.kind == "person" and b.sent_start == a.sent_start
                     and b.case == a.case and b.start - a.end == 1}
        out = []
        holders: list[Entity] = []  # titled people in the order they were named
        for i, m in enumerate(mentions):
            ent = m.entity
            if ent.key.startswith("office:") and self._office_of_state_then_name(mentions[i:i + 3]):
                out.append(m)  # named right after: the apposition settles it
                continue
            if ent.key.startswith("office:"):
                holder = (office_holder(holders, ent) or self._table_holder(ent, when)
                          or _only_holder(people, full, ent))
                if holder is not None and any(o is not m and o.sent_start == m.sent_start and o.entity.kind == "person"
                                              and name_key(o.entity.name) in name_key(holder.name) for o in mentions):
                    holder = None  # 'the President … welcomed President Hu': the holder named again in the clause is another
                if holder is None and m.weak:
                    continue  # 'the president' with no president named before: no one known
                out.append(replace(m, entity=holder) if holder is not None else m)  # unresolved: maybe an apposition
                continue
            if ent.kind == "person" and ent.office and not ent.key.startswith("office:"):
                holders.append(full.get(name_key(ent.name), ent))
            owner = full.get(name_key(doc_text(m))) if ent.kind == "city" else None
            if owner is None and ent.kind == "city" and self.gaz.is_town(ent):
                owner = alone.get(name_key(doc_text(m)))  # 'Obama, … söyledi … Obama ile': the town is that person
            if owner is not None and len(owner.name.split()) <= 3 and not any(
                    self.lex.fold(w) in self.site_links | self.particles for w in owner.name.split()):
                ent = owner  # 'Zeynep Kaya … Kaya'nın': a surname that is also a town
            if ent.kind == "organisation" and self.gaz.lookup(ent.name) is None:
                ent = _person_named_again(titled, full, name_key(ent.name)) or ent
            if ent.kind == "person" and not ent.office:
                pair = _two_known(titled, full, name_key(ent.name))
                if pair is not None:
                    first, second = pair
                    out.append(replace(m, entity=first, end=m.start + 1, case="nom"))
                    out.append(replace(m, entity=second, start=m.start + 1))
                    continue
            if m.weak and name_key(ent.name) not in full and name_key(ent.name).split()[-1:] != [] and \
                    name_key(ent.name).split()[-1] not in full and \
                    _unique_titled(titled, full, name_key(ent.name), m.sentence_initial) is None:
                continue  # not a person to the model, and not a name this article gave in full ('Hu' of 'Hu Jintao' is)
            if ent.kind == "person":
                key = name_key(ent.name)
                same_sound = sounds.get(sound_key(key))
                better = ((same_sound if same_sound is not None and same_sound.key != ent.key else None)
                          or _unique_titled(titled, full, key, m.sentence_initial) or _within_titled(titled, full, key)
                          or heads.get(key) or full.get(key) or (full.get(key.split()[-1]) if key else None)
                          or (full.get(next(iter(firsts[key]))) if len(firsts.get(key, ())) == 1 else None))
                if better is not None:
                    ent = _merge_person(better, ent)
                elif not ent.office and len(key.split()) == 1 and key not in seen_mid:
                    continue
                elif not ent.office and m.case in ("loc", "abl") and len(key.split()) == 1:
                    continue  # 'Pensilvanya'daki': an unknown name with a place ending is an unknown place
            out.append(m if ent is m.entity else replace(m, entity=ent))
        return out


def office_holder(holders: list[Entity], ref: Entity) -> Entity | None:
    """The last person named with this office ('Genel Sekreter' → the 'NATO Genel Sekreteri'); where
    both offices have a word before their head, it must be the same ('the Foreign Minister' is not the
    Prime Minister)."""
    wanted = [w[:5] for w in name_key(ref.office or "").split()] or [""]
    for person in reversed(holders):
        words = [w[:5] for w in name_key(person.office or "").split()]
        if words and words[-1] == wanted[-1] and not (
                len(words) > 1 and len(wanted) > 1 and words[-2] != wanted[-2]) and (
                ref.affiliation in (None, person.affiliation)):
            return person
    return None

def _only_holder(people: list[Entity], full: dict[str, Entity], ref: Entity) -> Entity | None:
    """'The President … President Biden': an office named before its holder, where the article
    names one person, and only one, with that office."""
    found = {full.get(name_key(p.name), p).key: full.get(name_key(p.name), p) for p in people
             if not p.key.startswith("office:") and office_holder([p], ref) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _name_heads(people: list[Entity]) -> dict[str, Entity]:
    """The first words of longer names, where they begin only one of them: 'Abdullah II' of
    'Abdullah II ibn Al Hussein' (a regnal name before its patronymic), never one word alone."""
    owners: dict[str, set[str]] = {}
    named: dict[str, Entity] = {}
    for ent in people:
        words = name_key(ent.name).split()
        named.setdefault(" ".join(words), ent)
        for k in range(2, len(words)):
            owners.setdefault(" ".join(words[:k]), set()).add(" ".join(words))
    return {head: named[next(iter(full))] for head, full in owners.items() if len(full) == 1}


def _within_titled(titled: dict[str, set[str]], full: dict[str, Entity], key: str) -> Entity | None:
    """A short form made of words of exactly one titled full name ('Al Sani' → 'Muhammed bin
    Abdurrahman Al Sani')."""
    words = key.split()
    if len(words) < 2:
        return None
    owners = set.intersection(*(titled.get(w, set()) for w in words))
    return full.get(next(iter(owners))) if len(owners) == 1 and key not in owners else None


def _two_known(titled: dict[str, set[str]], full: dict[str, Entity], key: str) -> tuple[Entity, Entity] | None:
    """Two titled people's surnames side by side ('Biden Trump'a'): a subject and an object."""
    words = key.split()
    if len(words) != 2 or any(key in names for names in titled.values()):
        return None
    a, b = (titled.get(w, set()) for w in words)
    if len(a) == 1 and len(b) == 1 and a != b:
        return full[next(iter(a))], full[next(iter(b))]
    return None

def _unique_titled(titled: dict[str, set[str]], full: dict[str, Entity], key: str, initial: bool) -> Entity | None:
    """A one-word name that is a word of exactly one titled full name ('Kişida' → 'Kişida Fumio'),
    or a sentence-initial 'Word Surname' whose surname is one ('Haberler Trump' → 'Donald Trump')."""
    words = key.split()
    if len(words) == 1 and len(titled.get(words[0], ())) == 1:
        return full.get(next(iter(titled[words[0]])))
    if initial and len(words) == 2 and key not in titled.get(words[-1], set()) and len(titled.get(words[-1], ())) == 1:
        return full.get(next(iter(titled[words[-1]])))
    return None

def _person_named_again(titled: dict[str, set[str]], full: dict[str, Entity], key: str) -> Entity | None:
    """A name the model took for an organisation that ends or begins exactly one titled full name of
    the article: that person named again by surname ('Lt Gen Abdelfattah El Burhan … El Burhan and his
    delegation arrived'; a family name written first: 'Foreign Minister Wang Yi … Wang would travel')."""
    words = key.split()
    owners = {k for k in titled.get(words[-1], set()) | titled.get(words[0], set()) if k != key and (
        k.split()[-len(words):] == words or k.split()[:len(words)] == words)} if words else set()
    return full.get(next(iter(owners))) if len(owners) == 1 else None


def doc_text(mention: ActorMention) -> str:
    """The words a mention was found as (a city's canonical name may differ: 'Brüksel')."""
    return mention.surface

def _merge_person(full: Entity, short: Entity) -> Entity:
    """The full-name entity, keeping the office from whichever mention gave one."""
    if (full.office or not short.office) and (full.affiliation or not short.affiliation):
        return full
    return replace(full, office=full.office or short.office, affiliation=full.affiliation or short.affiliation)

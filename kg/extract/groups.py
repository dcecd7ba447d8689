"""Names that belong together in a sentence or an article: a title's affiliation and portfolio
and an office's state, bracketed aliases, conjoined names sharing a case, hyphenated country
pairs, a dateline's country, organs standing for their organisation, headline-case lines read
against the body, abbreviations of common nouns. A mixin of :class:`~kg.extract.actors.ActorFinder`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..nlp import norms, parsed, span_text, texts
from ..records import Entity
from .gazetteer import name_key, slug
from .mentions import ActorMention, Run
from .names import office_holder

SUBJECT_MIN = 3  # a press's own state gives way only to a country the article names this often (and never names it)


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
            start = self._before_its_possessor(doc, a.end, b.run_start if b.run_start >= 0 else b.start)
            words = texts(doc)[a.end:start]
            if not any(self._is_conj_word(w) for w in words) or not (
                    self._adjacent(doc, a.end, start, comma=True) or (sov and self._kin_between(doc, a.end, start))):
                continue
            if b.case == "conj":
                out[i] = replace(b, case=a.case)
            elif sov and a.case == "nom" and b.case != "nom":
                out[i - 1] = replace(a, case=b.case)
        if sov:
            out = [self._joined_to_phrase(doc, m) if m.case == "nom" else m for m in out]
        return out

    def _kin_between(self, doc: Doc, end: int, start: int) -> bool:
        """'X ve eşi Y'yi': a conjunction and one possessed common noun in apposition to the next name (by the
        analyser: a noun with a third-person possessive, 'eşi', 'oğlu', 'danışmanı'), which is no break in
        the coordination; the last name's case suffix is the whole coordination's."""
        words = texts(doc)[end:start]
        if len(words) != 2 or not self._is_conj_word(words[0]) or not (words[1].isalpha() and words[1].islower()):
            return False
        return self.analyse is not None and any(
            "Noun" in r.tags and r.tags & {"P3sg", "P3pl"} for r in self.analyse(norms(doc)[start - 1]))

    def _before_its_possessor(self, doc: Doc, end: int, start: int) -> int:
        """Where a titled name begins with the state or body whose office it holds, written before it in
        the genitive ('X ve Avrupa Birliği'nin Dış Politika Şefi Y ile': Y's phrase begins at 'Avrupa')."""
        words = texts(doc)
        if start - 1 <= end or words[start - 1][:1] not in self.apostrophes:
            return start
        k = start - 1
        while k - 1 >= end and words[k - 1][:1].isupper():
            k -= 1
        if k < start - 1 and self._marked_case(doc, k, start - 1) == "gen" and self.gaz.lookup(
                span_text(doc, k, start - 1)) is not None:
            return k
        return start

    def _joined_to_phrase(self, doc: Doc, m: ActorMention) -> ActorMention:
        """'3. Charles ve kraliyet ailesi üyeleri ile': a name joined to a common-noun phrase shares the
        case the phrase's postposition marks."""
        words, folded = texts(doc), norms(doc)
        if m.end >= len(doc) or not self._is_conj_word(words[m.end]):
            return m
        for j in range(m.end + 1, min(len(doc), m.end + 6)):
            post = self.postpositions.get(folded[j])
            if post and post != "conj" and j > m.end + 1:
                return replace(m, case=post)
            if not (words[j].isalpha() and words[j].islower()):
                break
        return m

    def _office_states(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """The state of an office named without one: the one the dated office table records the person
        serving, else the state of the titled person it is coordinated with ('ABD Başkanı Trump ve
        Savunma Bakanı Hegseth'), else the article's subject country; unknown otherwise."""
        if not any(_open_office(m) for m in mentions):
            return mentions
        home, subject = self._subject_state(mentions)
        out: list[ActorMention] = []
        for m in mentions:
            if _open_office(m):
                # a named person's state is only given, never guessed from the topic: it would spread to
                # every article naming them; a bare office ('the Defence Secretary') is the subject's
                guess = subject if m.entity.key.startswith("office:") else home
                if guess == subject and office_holder(_titled(out), m.entity) is not None:
                    guess = None  # 'The President' after 'President Joe Biden': him, resolved by name later
                state = self._recorded_state(m) or self._coordinated_state(doc, out, m) or guess
                if state is not None:
                    m = replace(m, entity=replace(m.entity, affiliation=state))
            out.append(m)
        return out

    def _coordinated_state(self, doc: Doc, before: list[ActorMention], m: ActorMention) -> str | None:
        """'US President Trump and Secretary of State Rubio': a state named once for two titles."""
        prev = before[-1] if before else None
        if prev is None or prev.sent_start != m.sent_start or not (prev.entity.office and prev.entity.affiliation):
            return None
        start = m.run_start if m.run_start >= 0 else m.start
        words = texts(doc)[prev.end:start]
        joined = any(self._is_conj_word(w) for w in words) and self._adjacent(doc, prev.end, start, comma=True)
        return prev.entity.affiliation if joined else None

    def _recorded_state(self, m: ActorMention) -> str | None:
        """The one state or organisation the dated office table records this person serving."""
        if self.offices is None or m.entity.key.startswith("office:"):
            return None
        states = self.offices.states_of(m.entity.name)
        return next(iter(states)) if len(states) == 1 else None

    def _subject_state(self, mentions: list[ActorMention]) -> tuple[str | None, str | None]:
        """The state an office named bare belongs to, as (for a named person, for an office alone).
        Where the language's press names its own state's officials without the state ('Dışişleri
        Bakanı Hakan Fidan'), that home state for both, unless the article never names it and is
        plainly about another country; else, for an office alone, the country the article names
        most, if at least twice and twice as often as any other."""
        counts: dict[str, int] = {}
        for m in mentions:
            code = m.entity.country if m.entity.kind in ("country", "city") else None
            if code and not m.in_quote:
                counts[f"country:{code}"] = counts.get(f"country:{code}", 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top, second = (ranked + [(None, 0), (None, 0)])[:2]
        dominant = top[0] if top[1] >= 2 and top[1] >= 2 * second[1] and top[0] in self.gaz.entities else None
        if self.home is not None and (self.home.key in counts or dominant is None or counts[dominant] < SUBJECT_MIN):
            return self.home.key, self.home.key
        return None, dominant

    def _generic_acronyms(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'sivil toplum kuruluşları (STK)', 'STK'lar', 'NGOs': an abbreviation of a common noun, written
        out in lower case or put in the plural, names no one; all its mentions go."""
        words = texts(doc)
        generic = set()
        for m in mentions:
            name = m.surface or m.entity.name
            glued = bool(self.glued_plural) and name.endswith(self.glued_plural)
            core = name[:-len(self.glued_plural)] if glued else name
            if not _acronym(core) or self.gaz.lookup(name) is not None:
                continue
            after = words[m.end] if m.end < len(doc) else ""
            plural = glued or bool(self.plural and after[:1] in self.apostrophes
                                   and self.plural.match(self.lex.fold(after[1:])))
            spelt_out = m.start >= 2 and words[m.start - 1] == "(" and self._spelt_out(words[:m.start - 1], name)
            if plural or spelt_out:
                generic.add(core)
        if not generic:
            return mentions
        cut = len(self.glued_plural)
        return [m for m in mentions if (n := m.surface or m.entity.name) not in generic
                and not (cut and n.endswith(self.glued_plural) and n[:-cut] in generic)]

    def _spelt_acronyms(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'United Nations Ocean Conference (UNOC)', '… Konferansı (United Nations Ocean Conference - UNOC)':
        an unknown acronym written right after a name made of its initials is an organisation with that
        name, and so is every mention of the acronym."""
        words = texts(doc)
        out = list(mentions)
        defined: dict[str, Entity] = {}
        for k, m in enumerate(mentions):
            i = m.end + 1  # the word after the name and one mark
            if i >= len(words) or words[i - 1] not in ("(", "-", "–", ","):
                continue
            acronym = words[i]
            if not _acronym(acronym) or name_key(acronym) in defined or self.gaz.lookup(acronym) is not None:
                continue
            whole = out[k].entity
            initials = [w for w in whole.name.replace("-", " ").split() if w[:1].isupper()]
            if len(initials) < 2 or name_key("".join(w[0] for w in initials)) != name_key(acronym):
                continue
            if whole.kind != "organisation":
                whole = Entity(key=f"org:{slug(whole.name)}", name=whole.name, kind="organisation", labels=(whole.name,))
                out[k] = replace(out[k], entity=whole)
            defined[name_key(acronym)] = whole
        if not defined:
            return out
        return [replace(m, entity=defined[name_key(m.surface or m.entity.name)])
                if name_key(m.surface or m.entity.name) in defined else m for m in out]

    def _headline_case(self, sent: Span) -> bool:
        """'Leader Signs Landmark Pact With Neighbour': every content word capitalised, so capitals do
        not mark names."""
        words, folded = texts(sent.doc), norms(sent.doc)
        content = capitals = 0
        for i in range(sent.start, sent.end):  # most sentences leave at their first lower-case content word
            w = words[i]
            if len(w) > 1 and w.isalpha() and folded[i] not in self.stop_words:
                if not w[0].isupper():
                    return False
                content += 1
                capitals += w.isupper()
        return content >= 3 and capitals < content

    def _headline_names(self, doc: Doc, sents: list[Span], body: list[ActorMention],
                        in_quotes: frozenset[int]) -> list[ActorMention]:
        """In a headline-case line, only known names: places and organisations of the gazetteer, and
        people the body names (in full or by their surname)."""
        people: dict[str, Entity] = {}
        for m in body:  # (a lone word opening a sentence may be any word: 'Resmi karşılama töreni …')
            if (m.entity.kind == "person" and not m.entity.key.startswith("office:")
                    and not (m.sentence_initial and m.end - m.start == 1)):
                key = name_key(m.entity.name)
                people.setdefault(key, m.entity)
                if len(key.split()) > 1:
                    people.setdefault(key.split()[-1], m.entity)
        out: list[ActorMention] = []
        for sent in sents:
            first = self._first_word(sent)
            for run in self.runs(sent):
                titled = self._last_head_end(norms(doc)[run.start:run.end])
                tail = texts(doc)[run.start + titled:run.end]  # a hyphenated name is one word ('Jean-Pierre')
                named = [w for k, w in enumerate(tail) if w not in ("-", "‐") and not (k and tail[k - 1] in ("-", "‐"))]
                two = [people.get(name_key(w)) for w in named] if len(named) == 2 else []
                verb = parsed(doc) and any(doc[k].tag_.startswith("VB") for k in range(run.start + titled, run.end))
                if titled and len(named) <= 2 and not (len(two) == 2 and all(two) and two[0] != two[1]) and not verb:
                    # (the tagger reads a verb after the office: 'Turkish President Arrives In Egypt' names no one)
                    # 'Remarks by President Biden in …', '… Press Secretary Karine Jean-Pierre'; but two people
                    # of the body side by side are two names ('Başkan Bush Talabani'yle Görüşecek')
                    out.extend(self._classify(doc, sent, run, in_quotes, first))
                    continue
                i = run.start
                while i < run.end:
                    for j in range(min(run.end, i + 4), i, -1):
                        text = span_text(doc, i, j)
                        entity = self.gaz.lookup(text) or people.get(name_key(text))
                        if entity is not None:
                            dateline = entity.kind == "city" and self._dateline(doc, Run(i, j))  # (a line of its own
                            # inside a run: 'Joint Press Availability\nRamallah\nMarch 25, 2007')
                            case = "loc" if dateline else self.case_of(doc, i, j, i)  # a header's place line
                            out.append(ActorMention(entity, i, j, case, sent.start,
                                                    in_quote=i in in_quotes, sentence_initial=i == first,
                                                    run_start=i, surface=text, dateline=dateline))
                            i = j
                            break
                    else:
                        i += 1
        return out

    def _organ(self, doc: Doc, run: Run) -> Entity | None:
        """'BM Genel Kurulu', 'the General Assembly': an organ stands for its organisation, named before
        it in the run or (an ``organ:`` placeholder, settled by ``organs``) last before it in the text."""
        if not norms(doc)[run.end - 1].startswith(self.organ_ends):
            return None  # (the cheap test first: most runs end in no organ word)
        for width in range(min(3, run.end - run.start), 0, -1):
            tail = name_key(span_text(doc, run.end - width, run.end))
            stem = next((o for o in self.organs if tail == o or (tail.startswith(o) and len(tail) - len(o) <= 6
                                                                    and " " not in tail[len(o):])), None)
            if stem is None:
                continue  # (a stem with a case or possessive ending written on: 'Genel Kurulundan')
            parent = self.gaz.lookup(span_text(doc, run.start, run.end - width)) if run.end - width > run.start else None
            if parent is not None and parent.kind == "organisation":
                return parent
            return Entity(key=f"organ:{slug(stem)}", name="", kind="organisation")
        return None

    def _media(self, doc: Doc, run: Run) -> bool:
        """A news agency, paper or broadcaster ('Reuters', 'Anadolu Ajansı', 'The Washington Post')."""
        if name_key(texts(doc)[run.end - 1]) not in self.press.ends:
            return False  # (the cheap test first: most runs end in no media word)
        return self.press.names_it(span_text(doc, run.start, run.end))

    def _spelt_out(self, before: list[str], acronym: str) -> bool:
        """'sivil toplum kuruluşları (STK)': lower-case words whose initials are the acronym's letters
        come right before it ('the main opposition party (CHP)' is no spelling-out of CHP)."""
        glued = self.glued_plural
        core = acronym[:-len(glued)] if glued and acronym.endswith(glued) and acronym[:-len(glued)].isupper() else acronym
        words = [w for w in before[-len(core):] if w.isalpha()]
        return (len(words) == len(core) and all(w.islower() for w in words[1:])  # (the first may open a sentence)
                and "".join(name_key(w)[:1] for w in words) == name_key(core))

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
                if ((prev.entity.kind == "person" and (prev.entity.office or prev.end == m.run_start
                                                       or self._sovereign(m.entity.office)))
                        or not self._adjacent(doc, prev.end, edge)
                        or prev.case in ("loc", "dat", "abl", "ben", "com", "agent", "topic")):
                    break  # 'yarın Paris'te Fransa Dışişleri Bakanı …', 'signed for the United States and Minister X':
                    # a phrase of the clause before a title is not part of it, nor is a person ('Hamid Karzai Başkan Bush')
                drop.add(j)
                if prev.case == "gen" and owner is None:
                    owner = prev.entity
                edge = prev.run_start if prev.run_start >= 0 else prev.start
            if owner is not None:
                out[i] = replace(m, entity=replace(m.entity, affiliation=owner.key))
        return [m for i, m in enumerate(out) if i not in drop]

    def _sovereign(self, office: str) -> bool:
        """A head of state's or government's office ('Cumhurbaşkanı', 'Prime Minister'), not a deputy's:
        no person's genitive owns it ('Tillerson'ın Cumhurbaşkanı Erdoğan ile görüşmesi')."""
        words = [self.lex.fold(w) for w in office.split()]
        for head in self.sovereign_heads:
            n = len(head)
            if words[-n:] == list(head) and not (len(words) > n and words[-n - 1] in self.modifiers):
                return True
        return False

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


def organs(mentions: list[ActorMention]) -> list[ActorMention]:
    """An organ named alone ('Genel Kurul'da') is the organisation named last before it; with none, nothing."""
    out: list[ActorMention] = []
    last: Entity | None = None
    for m in mentions:
        if m.entity.key.startswith("organ:"):
            if last is not None:
                out.append(replace(m, entity=last))
            continue
        if m.entity.kind == "organisation":
            last = m.entity
        out.append(m)
    return out


def _acronym(name: str) -> bool:
    """'STK', 'NGO': two capitals or more."""
    return len(name) >= 2 and name.isalpha() and name.isupper()


def _titled(mentions: list[ActorMention]) -> list[Entity]:
    """The named people with an office among these mentions, in order."""
    return [m.entity for m in mentions if m.entity.office and not m.entity.key.startswith("office:")]


def _open_office(m: ActorMention) -> bool:
    """A titled person or a bare office whose state the title did not give."""
    return m.entity.kind == "person" and bool(m.entity.office) and not m.entity.affiliation


def _in_brackets(words: list[str], i: int, lo: int, hi: int) -> bool:
    """Whether token i sits in a '( … )' group inside [lo, hi)."""
    return "(" in words[lo:i + 1] and ")" in words[i:hi]

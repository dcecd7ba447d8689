"""Actors and places in a Doc: capitalised runs split into affiliation, office and name,
classified with the gazetteer, and given a grammatical case from suffixes or prepositions.

Pure functions over a Doc; the only state is the ``ActorFinder`` built once per language.
"""
from __future__ import annotations

import re
from dataclasses import replace

import spacy.util
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from datetime import date

from ..lexicons import Lexicon
from ..nlp import flags, has_entities, norms, parsed, per_doc, quoted, sentences, spaces, span_text, texts
from ..perf import bounded
from ..records import Entity, TimeSpan
from .gazetteer import Gazetteer, name_key, slug
from .press import Press
from ..nlp.morphology import analysed_case, analyser
from .dates import DAY, WIRE_DASHES
from .delegations import group_origins
from .groups import PhraseGroups, organs
from .mentions import PLACE_KINDS, ActorMention, Run
from .names import NameResolution
from .offices import OfficeTable
from .turns import turns

MAX_NAME_TOKENS = 5
NOUN_PHRASE_WORDS = 3  # lower-case words read after a place made an adjective ('Ankara'daki resmi törende')
STAMP = re.compile(r"[/:]\d")  # an agency slug or a time glued to a word ('TBMM/10.30')
DESIGNATION = re.compile(r"[A-Za-z]{1,5}-\d+[A-Za-z]?")  # a model's or a flight's: 'F-16', 'S-400', 'MH-17'
OPENING_TAGS = frozenset({"Adv", "Conj", "Postp", "Ques", "Interj"})  # the analyser's tags of words that open a
# sentence but name no one


class ActorFinder(PhraseGroups, NameResolution):
    """Finds actor mentions with one language's titles, case markers and the shared gazetteer."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, offices: OfficeTable | None = None) -> None:
        self.lex = lexicon
        self.gaz = gazetteer
        self.offices = offices
        titles = lexicon.titles
        self.heads = {lexicon.fold(h) for h in titles.get("heads", [])}
        # bare heads that have a possessive form too ('Başkan' / 'Başkanı'): a bare one opens its own
        # phrase, so what stands before it is no affiliation ('Hamid Karzai Başkan Bush ile …')
        self.bare_heads = {h for h in self.heads if " " not in h and any(
            o != h and o.startswith(h) and len(o) - len(h) <= 2 for o in self.heads)}
        self.modifiers = {lexicon.fold(m) for m in titles.get("modifiers", [])}
        self.sovereign_heads = [tuple(lexicon.fold(w) for w in h.split()) for h in titles.get("sovereign_heads", [])]
        self.particles = {lexicon.fold(p) for p in titles.get("name_particles", [])}
        self.hyphen_particles = {lexicon.fold(p) for p in titles.get("hyphen_particles", [])}
        self.the_words = {lexicon.fold(w) for w in lexicon.language.get("definite_articles", [])}
        self.joiners = {lexicon.fold(j) for j in titles.get("joiners", [])}
        self.honorifics = {lexicon.fold(h) for h in titles.get("honorifics", [])}
        self.state_forms = {lexicon.fold(w) for w in lexicon.countries.get("state_forms", [])}
        self.styles = {lexicon.fold(h) for h in titles.get("styles", [])}
        self.name_suffixes = {lexicon.fold(x) for x in titles.get("name_suffixes", [])}
        self.short_months = set(lexicon.short_months)  # 'Feb 12': no name's word beside a day number
        self.time_words = set(lexicon.weekdays) | set(lexicon.months) | {
            w for w in (lexicon.fold(k) for k in lexicon.dates.get("relative_days", {})) if " " not in w}
        orgs = lexicon.organisations
        self.org_heads = {lexicon.fold(h) for h in orgs.get("heads", [])}
        self.event_heads = {lexicon.fold(h) for h in orgs.get("event_heads", [])}
        self.gathering_heads = {lexicon.fold(h) for h in orgs.get("gathering_heads", [])}
        self.document_heads = {lexicon.fold(h) for h in orgs.get("document_heads", [])}
        self.company_heads = {lexicon.fold(h) for h in orgs.get("company_heads", [])}
        self.organs = {name_key(h) for h in orgs.get("organs", [])}
        self.press = Press(lexicon)
        self.organ_ends = tuple(lexicon.fold(o.split()[-1]) for o in orgs.get("organs", []))
        self.site_heads = {lexicon.fold(h) for h in orgs.get("site_heads", [])}
        self.group_nouns = tuple(lexicon.fold(g) for g in orgs.get("group_nouns", []))
        self.group_endings = [(c, re.compile(rx)) for c, rx in orgs.get("common_case_endings", {}).items()]
        self.group_origin = orgs.get("group_origin", {})
        self.analyse = analyser(lexicon.language.get("analyser"))
        self._head_lemmas: set[str] | None = None  # office heads' lemmas, read by the analyser when first needed
        self.apostrophe_set = frozenset(lexicon.language.get("apostrophes", []))
        self.suffix_cases = [(case, re.compile(rx)) for case, rx in lexicon.language.get("case_suffixes", {}).items()]
        self.postpositions = lexicon.language.get("postpositions", {})
        self.prepositions = lexicon.language.get("prepositions", {})
        self.apostrophes = tuple(lexicon.language.get("apostrophes", []))
        self.quotes = frozenset(q for pair in lexicon.language.get("quotes", []) for q in pair)
        self.first_person = frozenset(lexicon.fold(w) for w in lexicon.language.get("first_person", []))
        self.common_noun = lexicon.regex("common_noun")
        self.equative = lexicon.regex("equative")
        self.determiners = {lexicon.fold(w) for w in lexicon.language.get("determiners", [])}
        self.site_links = {lexicon.fold(w) for w in lexicon.titles.get("site_links", [])}
        home = lexicon.language.get("home_country")
        self.home = gazetteer.entities.get(f"country:{home}") if home else None
        self.stop_words = {lexicon.fold(w) for w in spacy.util.get_lang_class(lexicon.lang).Defaults.stop_words}
        self.compound_head = lexicon.regex("compound_head")
        self.attributive = lexicon.regex("attributive_locative")
        self.plural = lexicon.regex("plural_suffix")
        self.glued_plural = lexicon.language.get("glued_plural", "")
        self.locative_word = lexicon.regex("locative_word")
        self.loc_suffix = dict(self.suffix_cases).get("loc")
        self.place_nouns = {lexicon.fold(w) for w in lexicon.language.get("place_nouns", [])}
        self.building_nouns = {lexicon.fold(w) for w in lexicon.language.get("building_nouns", [])}
        self.institution_heads = frozenset(lexicon.language.get("institution_heads", []))
        self.relators = {lexicon.fold(w) for w in list(self.postpositions) + list(lexicon.language.get("anchor_words", {}))}
        self._caps: dict[int, bool] = {}  # ORTH id → is_cap (it depends on the word form only)
        self.capitals_name_only = bool(lexicon.language.get("capitals_name_only"))
        self._word_classes = getattr(self.analyse, "word_classes", None)  # the analyser's lexicon, when it has one

    # -- runs ----------------------------------------------------------------
    def is_cap(self, token: Token) -> bool:
        """A token that can be part of a name: capitalised word, acronym or 'G20'."""
        text = token.text
        if token.is_stop and text.istitle() and name_key(text) not in self.gaz.stop_cities:
            return False  # 'Agreement Between Turkey …': a title-cased function word ends a name ('Nice' may not)
        return (bool(text) and text[0].isupper() and any(c.isalpha() for c in text) and not token.is_punct
                and token.norm_ not in self.time_words and not STAMP.search(text)  # 'TBMM/10.30': a slug
                and not self._inflected_demonym(text)  # 'Hillary Clinton Mısırlılara …': the people of a country
                and not (DESIGNATION.fullmatch(text) and self.gaz.lookup(text) is None))  # 'F-16' names no one ('G-20' does)

    def caps(self, doc: Doc) -> list[bool]:
        """``is_cap`` of every token, remembered per word form across Docs."""
        return per_doc(doc, "dkg_caps", lambda: self._caps_of(doc))

    def _caps_of(self, doc: Doc) -> list[bool]:
        cache, value = self._caps, []
        for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
            cap = cache.get(orth)
            if cap is None:
                cap = bounded(cache)[orth] = self.is_cap(doc[i])
            value.append(cap)
        if self.capitals_name_only:
            words = texts(doc)
            for i in [i for i in range(1, len(doc) - 1) if value[i + 1] and not value[i] and words[i][:1].isupper()]:
                if words[i].istitle() and words[i - 1].isalpha() and doc[i].is_stop and not doc[i].is_sent_start:
                    value[i] = True  # 'lider Kim Jong Un': capitalised inside a sentence, a name's first word
        return value

    def runs(self, sent: Span) -> list[Run]:
        """Capitalised runs in a sentence; a title word may pull in a lowercase 'of'."""
        out, i = [], sent.start
        doc = sent.doc
        caps, words, folded, ws, marks = self.caps(doc), texts(doc), norms(doc), spaces(doc), flags(doc)
        alpha, space = marks.alpha, marks.space
        while i < sent.end:
            if not caps[i] or self._day_of_month(words, folded, i, sent.end):
                i += 1
                continue
            j = i + 1
            while j < sent.end:
                text, norm = words[j], folded[j]
                if self._day_of_month(words, folded, j, sent.end):
                    break  # 'in Havana Feb 12'
                if norm in self.honorifics and j > i:
                    break  # 'the Republic of Korea Mr. Roh': an honorific starts a new name
                if (caps[j] and j + 1 < sent.end and alpha[j + 1] and words[j + 1].islower()
                        and (self._describes_next(words[j - 1], text) or self._state_of_office(doc, j))
                        and self.gaz.lookup(span_text(doc, i, j + 1)) is None):
                    break  # 'Kaddafi Amerikalı elçi ile': a demonym before a common noun describes that noun
                if caps[j]:
                    j += 1
                elif space[j] and text.count("\n") == 1 and j + 1 < sent.end and caps[j + 1]:
                    j += 1  # a hard-wrapped line inside a name ('President Recep\nTayyip Erdogan')
                elif (text in ("-", "‐") and not ws[j - 1] and not ws[j]
                      and j + 1 < sent.end and alpha[j + 1]
                      and (self.gaz.lookup(words[j - 1]) is None
                           or self.gaz.lookup(span_text(doc, j - 1, j + 2)) is not None)):
                    j += 2  # 'Roh Moo-hyun', 'Baden-Baden' (but 'Türkiye-Azerbaycan' is two names)
                elif norm in self.joiners and self._joins_known_name(sent, i, j):
                    j = self._joins_known_name(sent, i, j)
                elif self._particle(sent, j):
                    j += 1
                elif (norm in self.joiners and j + 1 < sent.end and caps[j + 1]
                      and (folded[j - 1] in self.heads or folded[j - 1] in self.modifiers)):
                    j += 1
                elif (norm in self.heads and text.islower() and j + 1 < sent.end
                      and caps[j + 1] and (self.gaz.lookup(span_text(doc, i, j)) is not None
                                           or self.gaz.demonym(span_text(doc, i, j)) is not None
                                           or folded[j - 1] in self.org_heads)):
                    j += 1  # 'Rus Dışişleri Bakanlığı yetkilisi Anatoly Antonov': an office of a body
                else:
                    break
            while joined := self._portfolio_joined(sent, i, j):
                j = joined  # 'Enerji ve Tabii Kaynaklar Bakanı X': one office
            start = self._past_an_opening_adverb(sent, i, j)
            if start < j:
                out.append(Run(start, j))
            i = j
        return out

    def _day_of_month(self, words: list[str], folded: list[str], i: int, end: int) -> bool:
        """A month abbreviated without its dot before a day number ('Feb 12'): a date, not a name's word."""
        return folded[i] in self.short_months and i + 1 < end and DAY.match(words[i + 1]) is not None

    def _past_an_opening_adverb(self, sent: Span, i: int, j: int) -> int:
        """Where the name starts in a run that opens the sentence: past a first word that the analyser's
        lexicon gives as an adverb, a conjunction or a postposition and never as a name ('Ardından Trump
        açıklama yaptı', 'Ancak Erdoğan …', 'Ardından "…" ifadelerini kullandı'), where capitals mark
        names only (Turkish). ``j`` when the run is that word alone."""
        if not self.capitals_name_only or self._word_classes is None or i != self._first_word(sent):
            return i
        doc = sent.doc
        word = norms(doc)[i]
        classes = self._word_classes(word)  # (read from the lexicon: analysing every opening word costs seconds)
        if not classes & OPENING_TAGS or "Prop" in classes or word in self.heads or word in self.modifiers or (
                word in self.honorifics or self.gaz.lookup(texts(doc)[i]) or self.gaz.demonym(texts(doc)[i])
                or self.gaz.lookup(span_text(doc, i, j))):
            return i
        return i + 1

    def _state_of_office(self, doc: Doc, j: int) -> bool:
        """A state named right before an office written in lower case, which is its holder's title
        ('Emmanuel Macron Çin devlet başkanı Xi Jinping ile'): it starts that phrase, it ends no name."""
        state = self.gaz.lookup(texts(doc)[j])
        if state is None or state.kind != "country":
            return False
        words, shown = norms(doc), texts(doc)
        k = j + 1
        while k < len(doc) and k < j + 3 and shown[k].isalpha() and shown[k].islower():
            if words[k] in self.heads:
                return True
            if words[k] not in self.modifiers:
                return False
            k += 1
        return False

    def _describes_next(self, previous: str, text: str) -> bool:
        """A demonym that is a word of its own, not the end of a region's ('South American', 'Latin
        American', 'Güney Koreli' stay whole)."""
        country = self.gaz.demonym(text)
        return country is not None and not self.gaz.is_region(previous) and not any(
            self.gaz.is_region(f"{previous} {label}") for label in country.labels)

    def _inflected_demonym(self, text: str) -> bool:
        """A demonym with a plural or case ending glued on, as a language without apostrophes before
        the endings of common words writes it ('Mısırlılara', 'Almanlarla'): a common noun."""
        if not self.plural or len(text) < 5 or self.gaz.lookup(text) is not None:
            return False  # (only where endings are glued on; 'Almanya' is a country, not 'Alman' + a dative)
        folded = self.lex.fold(text)
        for k in range(len(folded) - 1, 2, -1):
            if self.gaz.demonym(text[:k]) is None:
                continue
            rest = folded[k:]
            plural = self.plural.match(rest)
            rest = rest[plural.end():] if plural else rest
            return rest == "" or any(rx.match(rest) for case, rx in self.suffix_cases if case != "nom")
        return False

    def _portfolio_joined(self, sent: Span, i: int, j: int) -> int:
        """Where the next run ends when a run of office modifiers only ('Enerji', 'Hazine') is joined by
        a conjunction to a run holding an office head ('ve Tabii Kaynaklar Bakanı Alparslan
        Bayraktar'): one office's portfolio; else 0."""
        words, folded = texts(sent.doc), norms(sent.doc)
        if j + 1 >= sent.end or not self._is_conj_word(words[j]) or not all(
                folded[k] in self.modifiers for k in range(i, j)):
            return 0
        k = j + 1
        while k < min(sent.end, j + 12) and words[k][:1].isupper():  # (a capitalised common word too: 'Tabii')
            k += 1
        return k if k > j + 1 and self._last_head_end(folded[j + 1:k]) else 0

    def _joins_known_name(self, sent: Span, i: int, j: int) -> int:
        """'Republic of Korea', 'United States of America': a lowercase joiner inside a known name;
        returns where that name ends (0 when it is not one)."""
        for k in range(min(sent.end, j + 4), j + 1, -1):
            if self.gaz.lookup(span_text(sent.doc, i, k)) is not None:
                return k
        return 0

    def _particle(self, sent: Span, j: int) -> bool:
        """A name particle inside a name run: one of the language's ('von', 'el'), or the Arabic article as
        written before a sun letter only with its hyphen ('es-Sisi'), with the name going on after it."""
        words, ws = texts(sent.doc), spaces(sent.doc)
        word = self.lex.fold(words[j])
        glued = j + 1 < sent.end and words[j + 1] in ("-", "‐") and not ws[j] and not ws[j + 1]
        return (word in self.particles or (word in self.hyphen_particles and glued)) and self._particle_leads_to_name(sent, j)

    def _particle_leads_to_name(self, sent: Span, j: int) -> bool:
        """'von der Leyen', 'Abdulfettah el-Burhan': particles count when more particles and then a
        capital follow (a hyphen glued to the particle aside)."""
        k, words, ws = j + 1, texts(sent.doc), spaces(sent.doc)
        while k < sent.end and self.lex.fold(words[k]) in self.particles:
            k += 1
        if k + 1 < sent.end and words[k] in ("-", "‐") and not ws[k - 1] and not ws[k]:
            k += 1
        return k < sent.end and k - j <= 4 and self.caps(sent.doc)[k]

    # -- case ----------------------------------------------------------------
    def case_of(self, doc: Doc, start: int, end: int, run_start: int | None = None) -> str:
        """The grammatical case of a name at [start, end): from the dependency parse when a model
        gave one, else from suffix, postposition or preposition."""
        from_parse = self._dep_case(doc, start, end) if parsed(doc) else None
        return from_parse or self._marked_case(doc, start, end, run_start)

    def _inflected_head(self, doc: Doc, start: int, end: int) -> str | None:
        """The case of a name of several words whose last word is an institution's or facility's head noun
        (language data institution_heads) inflected with no apostrophe: such names take their endings so
        ('İstanbul Atatürk Havalimanında', 'Dışişleri Bakanlığını'; TDK yazım kuralları), so the analyser
        reads the case when every reading of that word agrees on one; so too for a word it reads only as a
        proper name with an ending (the apostrophe left out: 'Dağlık Karabağda')."""
        if self.analyse is None or end - start < 2 or not self.apostrophes or not self.institution_heads:
            return None
        word = texts(doc)[end - 1]
        if not word.isalpha() or not self._case_ending(norms(doc)[end - 1]):
            return None
        readings = self.analyse(norms(doc)[end - 1])
        if not (any(r.lemma in self.institution_heads for r in readings)
                or (readings and all("Prop" in r.tags for r in readings))):
            return None  # ('Erdoğan Papayı' in a headline's run is a name and a noun, not an institution;
            # a place name with its ending written on, 'Dağlık Karabağda', is read as the name it is)
        cases = {analysed_case(r.tags) for r in readings}
        return next(iter(cases)) if len(cases) == 1 and "nom" not in cases else None

    def _attributive_case(self, doc: Doc, i: int) -> str:
        """'X'deki …': 'loc' when the noun it modifies is in the locative too (so X is where the
        clause happens: 'Brüksel'deki NATO Karargahı'nda', 'Ankara'daki resmi törende'), else 'attr' (a
        place that only describes a noun: 'Suriye'deki gelişmeler', 'Gazze'deki orta vadeli plan')."""
        words = texts(doc)
        seen = 0
        for k in range(i, min(len(doc), i + 6)):
            word = words[k]
            if word[:1] in self.apostrophes:
                return "loc" if self.loc_suffix is not None and self.loc_suffix.match(self.lex.fold(word[1:])) else "attr"
            if word[:1].isupper():
                continue  # the modified name ('NATO Karargahı'nda')
            folded = self.lex.fold(word)
            if not word.isalpha() or self.locative_word is None or seen == NOUN_PHRASE_WORDS or folded in self.relators:
                break  # 'Vilnius'taki NATO zirvesi öncesinde': a postposition ends the noun phrase
            seen += 1  # adjectives, then the noun: the first word in the locative with a stem of 3 letters or more
            match = self.locative_word.search(folded)
            if match and match.start() >= 3:
                return "loc"
        return "attr"

    def _dep_case(self, doc: Doc, start: int, end: int, depth: int = 0) -> str | None:
        """nsubj → nom, dobj → acc, poss → gen, pobj → its preposition's case; conjuncts and
        appositions take their head's case."""
        root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
        if root is None:
            return None
        dep = root.dep_
        if dep in ("nsubj", "nsubjpass"):
            return "nom"
        if dep in ("dobj", "obj", "dative"):
            return "acc"
        if dep == "poss":
            return "gen"
        if dep == "pobj":
            case = self.prepositions.get(root.head.norm_)
            return "attr" if case == "loc" and not _locates_the_clause(root.head) else case
        if dep in ("conj", "appos") and depth < 3 and root.head.i != root.i:
            head = root.head
            return self._dep_case(doc, head.i, head.i + 1, depth + 1)
        return None

    def _marked_case(self, doc: Doc, start: int, end: int, run_start: int | None = None) -> str:
        """The case marked by a suffix, a postposition or a preposition."""
        words, folded = texts(doc), norms(doc)  # NORM is the language's fold of the text
        own_end = end  # (an institution's case is read off its own last word, before any '(…)' after it)
        if end < len(doc) and words[end] == "(":
            close = next((i for i in range(end + 1, min(end + 8, len(doc))) if words[i] == ")"), None)
            end = close + 1 if close is not None else end
        if end >= len(doc):
            inflected = self._inflected_head(doc, start, own_end)
            if inflected:
                return inflected  # a name that ends the text ('… Havalimanında' closing a headline)
        if end < len(doc):
            nxt = words[end]
            if self.apostrophes and nxt[:1] in self.apostrophes:
                suffix = self.lex.fold(nxt[1:])
                if self.attributive is not None and self.attributive.match(suffix):
                    return self._attributive_case(doc, end + 1)
                for case, rx in self.suffix_cases:
                    if rx.match(suffix):
                        post = self.postpositions.get(folded[end + 1]) if end + 1 < len(doc) else None
                        return post if post and post != "conj" else case
                return "nom"
            inflected = self._inflected_head(doc, start, own_end)
            if inflected:
                return inflected
            if nxt in ("'s", "’s", "'", "’"):
                return "gen"
            post = self.postpositions.get(folded[end])
            after = self.postpositions.get(folded[end + 1]) if end + 1 < len(doc) else None
            if after == "topic" and (post == "com" or (post is None and nxt.islower())):
                return "topic"  # 'Suriye ile ilgili', 'Ukrayna kriziyle ilgili': what is talked about
            if post and post != "conj":
                return post
            group = self._group_case(doc, end, compound=True)
            if group:
                return group  # 'Hamas heyetini': the name stands for its delegation, in that noun's case
            if self.compound_head and nxt.islower() and self.compound_head.match(folded[end]):
                return "mod"  # 'Trump yönetiminin': the name modifies a possessed noun
        first = start if run_start is None else min(start, run_start)
        while first > 1 and folded[first - 1] in self.determiners:
            first -= 1  # 'of the United Kingdom'
        if first > 0:
            prep = self.prepositions.get(folded[first - 1])
            if prep:
                return prep
        return "nom"

    # -- classification ------------------------------------------------------
    def find(self, doc: Doc, when: date | TimeSpan | None = None) -> list[ActorMention]:
        """All actor and place mentions in the Doc, in order; ``when`` (the publication day, month or
        year) lets an office named alone be resolved from the dated office table."""
        raw: list[ActorMention] = []
        in_quotes = quoted(doc, self.quotes)
        headlines: list[Span] = []
        for sent in sentences(doc):
            if self._shouting(sent):
                continue
            if self._headline_case(sent):
                headlines.append(sent)  # read once the body has said who is who
                continue
            found: list[ActorMention] = []
            first = self._first_word(sent)
            for run in self.runs(sent):
                found.extend(self._classify(doc, sent, run, in_quotes, first))
            found = _city_country(doc, self._dateline_country(doc, self._place_nouns(doc, self._state_forms(doc, found))))
            found += self._the_office(doc, sent, first)
            raw.extend(self._coordinate(doc, self._title_complexes(doc, self._hyphen_pairs(doc, found))))
        if headlines:
            raw = sorted(raw + self._headline_names(doc, headlines, raw, in_quotes), key=lambda m: m.start)
        raw = self._spelt_acronyms(doc, self._generic_acronyms(doc, organs(raw)))
        found = self._appositions(doc, self._resolve_names(self._office_states(doc, raw), when))
        found = self._speakers_in_turns(doc, found)
        return group_origins(doc, found, self._is_group_noun, self.group_origin, self._noun_case, self.apostrophe_set,
                             self.determiners, self._is_conj_word)

    def _the_office(self, doc: Doc, sent: Span, first: int) -> list[ActorMention]:
        """'The president arrived …', '"…," the president said': a sentence opened by a definite article and
        an office in lower case, or a quotation's sayer so named, refers to the last person named with that
        office (resolved with the names; dropped when the article named no one with it). Not 'the
        president of …' or 'the president, X,'."""
        words, written = norms(doc), texts(doc)
        if not (words[first] in self.the_words and written[first][:1].isupper()):
            first = next((i for i in range(sent.start + 2, sent.end - 2) if words[i] in self.the_words
                          and "," in written[i - 2:i] and any(w in self.quotes for w in written[i - 2:i])), -1)
            # ('"… a comprehensive solution," the president said': the sayer after a quotation)
        if first < 0 or first + 2 >= sent.end:
            return []
        for end in range(min(sent.end - 1, first + 4), first + 1, -1):
            phrase = " ".join(words[first + 1:end])
            if phrase in self.heads or (end - first > 2 and words[end - 1] in self.heads):
                if not all(w.islower() for w in written[first + 1:end]) or words[end] in (",", "of", "(") or (
                        not written[end][:1].islower()):
                    return []
                office = " ".join(w.capitalize() for w in written[first + 1:end])
                ref = Entity(key=f"office:{slug(office)}", name=office, kind="person", office=office)
                return [ActorMention(ref, first, end, self.case_of(doc, first, end, first), sent.start,
                                     sentence_initial=True, surface=span_text(doc, first, end), weak=True)]
        return []

    def _speakers_in_turns(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """In a transcript, 'I' is the speaker of the turn it is said in (see ``turns``)."""
        if not self.first_person:
            return found
        words, written = norms(doc), texts(doc)
        spoken = [(sent, speaker) for sent, speaker in turns(doc, found) if speaker is not None]
        if not spoken:
            return found
        named = {id(speaker): _unshouted(speaker) for _, speaker in spoken}  # 'SECRETARY KERRY:' names Kerry
        added = [replace(named[id(speaker)], start=i, end=i + 1, case="nom", sent_start=sent.start, run_start=-1,
                         surface=written[i], in_quote=False, sentence_initial=i == sent.start)
                 for sent, speaker in spoken for i in range(sent.start, sent.end) if words[i] in self.first_person]
        return sorted([named.get(id(m), m) for m in found] + added, key=lambda m: m.start)

    def _state_forms(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """'the Republic of the Marshall Islands', 'the Hashemite Kingdom of Jordan': the state, in the
        case of the whole phrase; the form's own words name nothing ('Republic' is no town)."""
        if not self.state_forms:
            return found
        words, written = norms(doc), texts(doc)
        dropped: set[int] = set()
        out = []
        for m in found:
            start = m.start
            while m.entity.kind == "country":  # 'the Government of the Republic of the Marshall Islands'
                k = start - 1
                while k > 0 and words[k] in self.determiners:
                    k -= 1
                if not (k > 0 and words[k] in self.joiners and words[k - 1] in self.state_forms):
                    break
                start, form_end = k - 1, k
                while start > 0 and written[start - 1][:1].isupper():
                    start -= 1  # 'Hashemite Kingdom', 'Federated States'
                dropped.update(range(start, k))
            if start != m.start:
                m = replace(m, case=self.case_of(doc, start, form_end, start), run_start=start)
            out.append(m)
        return [m for m in out if m.start not in dropped]

    def _place_nouns(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """'Fransa'nın Nice kentinde': a place name before a possessed place noun takes that noun's case
        (by the analyser); the state in the genitive just before it only locates it (case 'locates'). So does
        an organisation before a possessed building noun ('Birleşmiş Milletler binasında'): the building."""
        if not self.place_nouns or self.analyse is None:
            return found
        words = norms(doc)
        out = list(found)
        for k, actor in enumerate(found):
            nouns = self.place_nouns if actor.is_place else (
                self.building_nouns if actor.entity.kind == "organisation" else set())
            if not nouns or actor.end >= len(doc) or not words[actor.end].startswith(tuple(nouns)):
                continue
            readings = [r for r in self.analyse(words[actor.end]) if r.lemma in nouns and "P3sg" in r.tags]
            if not readings:
                continue
            out[k] = replace(actor, case=(self._attributive_case(doc, actor.end + 1) if "Rel" in readings[0].tags
                                          else analysed_case(readings[0].tags)))
            before = out[k - 1] if k else None
            if before is not None and before.is_place and before.case == "gen" and actor.start - before.end <= 1:
                out[k - 1] = replace(before, case="locates")  # no role, no place: it says where the next one is
        return out

    def _is_group_noun(self, word: str) -> bool:
        """A group noun as a whole word: by lemma where the language has an analyser ('yetkilileriyle'
        is 'yetkili', 'bakanlık' is not 'bakan'), else the word itself ('delegation', 'officials')."""
        if self.analyse is None:
            return word in self.group_nouns
        return word.startswith(self.group_nouns) and any(
            r.lemma in self.group_nouns and "Noun" in r.tags for r in self.analyse(word))

    def _noun_case(self, doc: Doc, i: int) -> str | None:
        """The case of the common noun at i: its ending (Turkish), else the preposition before it, else
        nominative (word order decides, as for a name there)."""
        return self._group_case(doc, i) if self.group_endings else (self.case_of(doc, i, i + 1, i) or "nom")

    def _shouting(self, sent: Span) -> bool:
        """An all-capitals line (a sub-heading) names no actors reliably."""
        seen = 0
        for word in texts(sent.doc)[sent.start:sent.end]:
            if len(word) > 1 and word.isalpha():
                if not word.isupper():
                    return False
                seen += 1
        return seen >= 2

    def _classify(self, doc: Doc, sent: Span, run: Run, in_quotes: frozenset[int], first: int) -> list[ActorMention]:
        """The actors and places a run names; ``first`` is the sentence's first word."""
        words = norms(doc)  # NORM is the language's fold of the text
        while run.end - run.start > 1 and words[run.end - 1] in self.name_suffixes:
            run = Run(run.start, run.end - 1)
        while run.end > run.start and words[run.start] in self.styles:
            run = Run(run.start + 1, run.end)  # 'His Majesty (King X)': a form of address, no name
        if run.end == run.start:
            return []
        shown = texts(doc)
        if any(shown[k].endswith("/") for k in range(run.start, run.end)) or (run.end < len(doc) and shown[run.end] == "/"):
            return []  # 'Aynur TATTERSALL/ DHA -', 'Ali VELİ / AA': a reporter's byline before the agency's name
        if self._dateline_agency(doc, run):
            return []
        honorific = words[run.start] in self.honorifics
        if honorific:
            run = Run(run.start + 1, run.end)
        folded = words[run.start:run.end]
        if folded == [] or " ".join(folded) in self.name_suffixes:
            return []

        def mention(entity: Entity, start: int, end: int) -> ActorMention:
            return ActorMention(entity, start, end, self.case_of(doc, start, end, run.start), sent.start,
                                in_quote=start in in_quotes, sentence_initial=start == first,
                                run_start=run.start, surface=span_text(doc, start, end))

        organ = self._organ(doc, run)
        if organ is not None:
            return [mention(organ, run.start, run.end)]
        if run.end - run.start > 1 and any(w in self.heads for w in folded):
            place = self.gaz.lookup(span_text(doc, run.start, run.end))
            if place is not None and place.kind in ("city", "country"):
                return [mention(place, run.start, run.end)]  # 'Şarm El-Şeyh': a town, its 'Şeyh' no title
        if (folded[-1] in self.document_heads or self._media(doc, run)) and self.gaz.lookup(
                span_text(doc, run.start, run.end)) is None:
            return []  # 'the Comprehensive Plan', 'told Reuters': a text or the press, not an actor
        head_end = 0 if honorific else self._last_head_end(folded)

        split = (self._before_a_bare_head(doc, run, folded, head_end)
                 or self._second_titled_phrase(doc, run, folded, head_end)) if head_end and not honorific else 0
        if split:  # two phrases run together: 'Hamid Karzai' + 'Başkan Bush'
            return (self._classify(doc, sent, Run(run.start, split), in_quotes, first)
                    + self._classify(doc, sent, Run(split, run.end), in_quotes, first))
        if head_end:
            name_start = run.start + head_end
            while name_start + 2 < run.end and words[name_start] in self.joiners:
                name_start += 2  # 'Chief of Staff Howard Baker': 'of Staff' is still the office
                while name_start + 2 < run.end and words[name_start] in self.modifiers:
                    name_start += 1  # 'Minister of Foreign Affairs Sophie Wilmès'
                rest = words[name_start:run.end]
                if len(rest) > 2 and not any(w.endswith(".") or w in self.particles for w in rest):
                    name_start = run.end - 2  # 'Envoy for Compact Negotiations Joseph Yun': the name ends it
            owner = None
            if folded[head_end:head_end + 1] and folded[head_end] in self.joiners:
                after = run.start + head_end + 1
                for end in range(min(run.end, after + 4), after, -1):
                    owner = self.gaz.lookup(span_text(doc, after, end))
                    if owner is not None:
                        name_start = end  # 'President of Brazil Lula' / 'the President of South Korea'
                        break
            affiliation = owner or self._affiliation(doc, run.start, name_start)  # None: settled by _office_states
            office = label(doc, run.start, name_start)
            name_end, trailing = self._trailing_place(doc, name_start, run.end)
            if name_end - name_start >= 3 and folded[name_end - run.start - 1] in self.site_heads:
                name_end -= 2  # 'Cumhurbaşkanı Erdoğan Esenboğa Havalimanı'nda': the site's name and head end it
            if name_start < name_end and words[name_start] in ("'s", "’s"):
                name_end, trailing = name_start, []  # 'French President's Visit': the office, as possessor
            if name_start < name_end and name_end - name_start <= MAX_NAME_TOKENS:
                name = label(doc, name_start, name_end)
                known = self.gaz.lookup(name)
                if known is not None and known.kind != "city":  # 'President Barroso' is no town
                    return [mention(known, name_start, name_end)] + [mention(*t) for t in trailing]
                person = Entity(key=f"person:{slug(name)}", name=name, kind="person", labels=(name,),
                                office=office, affiliation=affiliation.key if affiliation else None)
                found = mention(person, name_start, name_end)
                if parsed(doc):  # the office and name are one phrase: 'with … Minister of Foreign Affairs X'
                    found = replace(found, case=self._dep_case(doc, run.start, name_end) or found.case)
                return [found] + [mention(*t) for t in trailing]
            if name_start == name_end:  # an office alone ('Genel Sekreter', 'Bakan'): resolved later
                owner = self._owner_after(doc, run.end) if affiliation is None else None
                affiliation = owner or affiliation
                ref = Entity(key=f"office:{slug(office)}", name=office, kind="person", office=office,
                             affiliation=affiliation.key if affiliation else None)
                return [mention(ref, run.start, name_end)] + [mention(*t) for t in trailing]
            return []
        return self._classify_untitled(doc, run, folded, mention, first)

    def _common_word_in_case(self, word: str) -> bool:
        """A capitalised word the analyser reads only as a common word with a case ending: a name takes
        its ending after an apostrophe ('Trump'ı'), so 'Görüşmeyi' (a heading's or sentence's first word)
        is the noun 'görüşme' in the accusative, no one's name."""
        if self.analyse is None or not self.apostrophes or not word.isalpha():
            return False
        folded = self.lex.fold(word)
        if not self._case_ending(folded):
            return False  # (the cheap test first: the analyser is asked only about a word with such an ending)
        readings = self.analyse(folded)
        return bool(readings) and not any("Prop" in r.tags for r in readings) and "nom" not in {
            analysed_case(r.tags) for r in readings}

    def _case_ending(self, folded: str) -> bool:
        """Whether the word ends in what a case suffix looks like (language data case_suffixes), after a
        stem of three letters or more: the words the analyser may read in a case other than the nominative."""
        return any(rx.match(folded[-k:]) for k in range(1, 5) if len(folded) - k >= 3
                   for case, rx in self.suffix_cases if case != "nom")

    def _desk_label(self, doc: Doc, run: Run) -> bool:
        """Common nouns opening a paragraph before a dash ('Haber Merkezi –', 'Dış Haberler Servisi -'): the
        desk or service that filed the story, as a wire dateline's agency is; by the analyser, every word
        of the run has only common-word readings."""
        words, ws = texts(doc), spaces(doc)
        if self.analyse is None or run.end >= len(doc) or words[run.end] not in WIRE_DASHES:
            return False
        if run.start > 0 and "\n" not in words[run.start - 1] + ws[run.start - 1]:
            return False
        for word in words[run.start:run.end]:
            readings = self.analyse(self.lex.fold(word)) if word.isalpha() else ()
            if not readings or any("Prop" in r.tags for r in readings):
                return False
        return True

    def _imperative(self, word: str) -> bool:
        """A word the analyser reads only as an imperative ('Ol', 'Yap', 'Paylaş'): an instruction, no name."""
        if self.analyse is None or not word.isalpha():
            return False
        readings = self.analyse(self.lex.fold(word))
        return bool(readings) and all("Imp" in r.tags and "Verb" in r.tags for r in readings)

    def _classify_untitled(self, doc, run, folded, mention, first) -> list[ActorMention]:
        whole = label(doc, run.start, run.end)
        words = texts(doc)
        known = self.gaz.lookup(whole)
        if known is None and run.end - run.start == 1 and run.start != first:
            known = self.gaz.capitalised_city(whole)  # 'Fransa'nın Nice kentinde' ('nice' is 'many')
        if (known is None and run.end < len(doc) and doc[run.end].like_num and words[run.end].istitle()
                and words[run.end].isalpha() and not (run.end + 1 < len(doc) and words[run.end + 1].istitle())):
            return []  # 'Air Force One', 'Marine One': a craft named with a number word names no one (in a
            # title-cased headline, 'Erdoğan Bir Araya Geldi', the number word is just a word)
        if known is None and run.end - run.start > 1 and all(
                w.isupper() and len(w) > 1 and w.isalpha() for w in words[run.start:run.end]):
            return []  # 'EKONOMİ FİNANS', 'DÜNYA DİPLOMASİ': a section heading run into the text
        if known is None and run.end - run.start == 1 and self._common_word_in_case(words[run.start]):
            return []  # 'Görüşmeyi sosyal medyadan duyurmuştu': a capitalised common noun, no name
        if known is None and self._imperative(words[run.end - 1]):
            return []  # 'Abone Ol', 'Paylaş': a page's buttons ask the reader to act, they name no one
        if known is None and self._desk_label(doc, run):
            return []  # 'Haber Merkezi – Erdoğan, …': the newsroom that filed the story
        if known is not None:
            if known.kind == "city" and self._dateline(doc, run):
                return [replace(mention(known, run.start, run.end), case="loc", dateline=True)]  # 'BRASÍLIA, Brazil –'
            if known.kind == "city" and run.end - run.start == 1 and self._weak_place(doc, run, first):
                guess = Entity(key=f"person:{slug(whole)}", name=whole, kind="person", labels=(whole,))
                # 'Rubio later spoke …': a surname? A town set off as the sentence's subject ('Obama, …
                # söyledi'; Obama is a town in Japan) is someone; a capital may speak for its state
                weak = not (self.gaz.is_town(known) and run.end < len(doc) and texts(doc)[run.end] == ",")
                return [replace(mention(guess, run.start, run.end), weak=weak)]
            if known.kind == "city" and self._part_of_site(doc, run):
                return []
            office = self._office_after_genitive(doc, run) if known.kind == "country" else None
            if office is not None:  # "Eritrea's longtime president arrived": that state's officeholder,
                start, end = office  # resolved later as an office named alone is
                title = label(doc, start, end)
                ref = Entity(key=f"office:{slug(title)}", name=title, kind="person", office=title, affiliation=known.key)
                return [replace(mention(ref, run.start, end), case=self.case_of(doc, start, end, run.start))]
            return [mention(known, run.start, run.end)]
        if len(folded) > 1 and folded[-1] in self.gathering_heads and not any(f in self.event_heads for f in folded[:-1]):
            gathering = Entity(key=f"org:{slug(whole)}", name=whole, kind="organisation", labels=(whole,))
            inner = self._split_known(doc, Run(run.start, run.end - 1))  # 'NATO Zirvesi': NATO meets there
            return [mention(gathering, run.start, run.end)] + [mention(e, s, t) for e, s, t in inner]
        if any(f in self.event_heads for f in folded) or self.gaz.is_region(whole):
            return []
        if folded[-1] in self.site_heads:  # (a site of two words is named by its first: 'Miraflores Sarayı')
            return self._city_it_opens(doc, run, mention) if run.end - run.start >= 3 else []
        glued = self._glued_head(folded[-1]) if len(folded) > 1 and folded[-1] not in self.org_heads else None
        if glued is None and (folded[-1] in self.org_heads or any(f in self.org_heads for f in folded[1:])
                              or (len(folded) > 1 and folded[-1] in self.company_heads)):
            org = Entity(key=f"org:{slug(whole)}", name=whole, kind="organisation", labels=(whole,))
            return [mention(org, run.start, run.end)] + self._city_it_opens(doc, run, mention)
        if glued is not None:
            head, case = glued
            name = " ".join(words[run.start:run.end - 1] + [words[run.end - 1][:len(head)]])
            org = Entity(key=f"org:{slug(name)}", name=name, kind="organisation", labels=(name,))
            return [replace(mention(org, run.start, run.end), case=case)]
        demonym = self.gaz.demonym(words[run.start])
        if demonym is not None:
            case = self._group_case(doc, self._past_modifiers(doc, self._after_listed_demonyms(doc, run.end)))
            if case:
                return [replace(mention(demonym, run.start, run.end), case=case, group=True)]
            office_end = self._lowercase_office(doc, run.end)
            if office_end and run.end - run.start == 1:  # 'the Saudi crown prince': that state's officeholder,
                office = label(doc, run.end, office_end)    # resolved later as an office named alone is
                ref = Entity(key=f"office:{slug(office)}", name=office, kind="person", office=office,
                             affiliation=demonym.key if demonym.kind == "country" else None)
                return [replace(mention(ref, run.start, office_end),
                                case=self.case_of(doc, run.start, office_end, run.start))]
            return []
        parts = self._split_known(doc, run)
        if parts:
            return [mention(ent, s, e) for ent, s, e in parts]
        parts = self._state_then_name(doc, run)
        if parts:  # the holder is the noun phrase the office heads, not the preposition's object
            (state, s0, e0), (person, s1, e1) = parts
            return [mention(state, s0, e0), replace(mention(person, s1, e1), case="nom")]
        name_end, trailing = self._trailing_place(doc, run.start, run.end)
        if name_end - run.start > MAX_NAME_TOKENS or not self._name_like(doc, run.start, name_end):
            return []
        name = label(doc, run.start, name_end)
        if name_end - run.start == 1 and parsed(doc) and doc[run.start].pos_ == "ADJ":
            return []  # 'A Presidential spokesman': an adjective written with a capital, not a name
        kind = self._entity_kind(doc, run.start, name_end)
        if kind == "organisation":
            org = Entity(key=f"org:{slug(name)}", name=name, kind="organisation", labels=(name,))
            return [mention(org, run.start, name_end)] + [mention(*t) for t in trailing]
        if kind is None:
            weak = Entity(key=f"person:{slug(name)}", name=name, kind="person", labels=(name,))
            return [replace(mention(weak, run.start, name_end), weak=True)] + [mention(*t) for t in trailing]
        if name_end - run.start == 1 and name.isupper() and len(name) > 1:
            acronym = Entity(key=f"org:{slug(name)}", name=name, kind="organisation", labels=(name,))
            return [mention(acronym, run.start, name_end)] + [mention(*t) for t in trailing]
        candidate = Entity(key=f"person:{slug(name)}", name=name, kind="person", labels=(name,))
        return [mention(candidate, run.start, name_end)] + [mention(*t) for t in trailing]

    def _city_it_opens(self, doc: Doc, run: Run, mention) -> list[ActorMention]:
        """A site's or a body's name that opens with a city, in the locative, puts what happens there in
        that city ('ABD'nin Ankara Büyükelçiliği'nde', 'Ankara Esenboğa Havalimanı'nda')."""
        for width in (2, 1):
            if run.end - run.start > width:
                city = self.gaz.lookup(span_text(doc, run.start, run.start + width))
                if city is not None and city.kind == "city" and self.case_of(doc, run.start, run.end, run.start) == "loc":
                    return [replace(mention(city, run.start, run.start + width), case="loc")]
        return []

    def _trailing_place(self, doc: Doc, start: int, end: int) -> tuple[int, list]:
        """A known place glued to the end of a name run ('Ayşe Demir Brüksel'e'): split it off.
        Only with a case ending after it, so that a surname that is also a city ('Kaya') stays, or a
        state opening a list ('Cheney Mısır, Ürdün ve Umman'a gidecek'); and
        not a town in the genitive after a one-word name, which is that name's surname ('Barack
        Obama'nın', 'Barack Obama's': Obama is also a town in Japan)."""
        if end >= len(doc):
            return end, []
        listed = texts(doc)[end] == "," or self._is_conj_word(texts(doc)[end])  # 'Cheney Mısır, Ürdün ve Umman'a'
        if texts(doc)[end][:1] not in self.apostrophes and not listed:
            return end, []
        for width in (3, 2, 1):
            if end - width <= start:
                continue
            ent = self.gaz.lookup(span_text(doc, end - width, end))
            if ent is not None and ent.kind in PLACE_KINDS and (not listed or ent.kind == "country"):
                if (end - width - start == 1 and self.gaz.is_town(ent)
                        and self._marked_case(doc, end - width, end, start) == "gen"):
                    return end, []
                return end - width, [(ent, end - width, end)]
        return end, []

    def _owner_after(self, doc: Doc, i: int) -> Entity | None:
        """'the President of the People's Republic of China': the state named after an office."""
        words = norms(doc)
        if i >= len(doc) or words[i] not in self.joiners:
            return None
        i += 1
        while i < len(doc) and words[i] in self.determiners:
            i += 1
        for end in range(min(len(doc), i + 6), i, -1):
            ent = self.gaz.lookup(span_text(doc, i, end))
            if ent is not None and ent.kind in ("country", "organisation"):
                return ent
        return None

    def _entity_kind(self, doc: Doc, start: int, end: int) -> str | None:
        """With a statistical model: what its named entities say an unknown name is ('person',
        'organisation' or None for anything else); without one, 'person'."""
        if not has_entities(doc):
            return "person"
        labels = {t.ent_type_ for t in doc[start:end] if t.ent_type_}
        if "PERSON" in labels:
            return "person"
        if "ORG" in labels:
            return "organisation"
        return None

    def _glued_head(self, word: str) -> tuple[str, str] | None:
        """'Ajansına': an organisation head with its case ending written on (no apostrophe after a
        common noun), as (head, case)."""
        for head in self.org_heads:
            if word.startswith(head) and len(word) > len(head):
                rest = word[len(head):]
                for case, rx in self.group_endings:
                    if rx.fullmatch(rest) or rx.fullmatch("n" + rest) or rx.search(rest) and len(rest) <= 4:
                        return head, case
        return None

    def _group_case(self, doc: Doc, i: int, compound: bool = False) -> str | None:
        """'Çinli yetkililerle': a demonym before a group noun stands for its country, in that noun's case."""
        words = norms(doc)
        if i >= len(doc) or not words[i].startswith(self.group_nouns):
            return None
        possessed = [r for r in self.analyse(words[i]) if r.tags & {"P3sg", "P3pl"}] if compound and self.analyse else []
        if possessed:  # after a name the noun has the compound's possessive: 'ABD yetkilisi' is no accusative
            case = analysed_case(possessed[0].tags)
            if case != "nom":
                return case
        else:
            for case, rx in self.group_endings:
                if rx.search(words[i]):
                    return case
        post = self.postpositions.get(words[i + 1]) if i + 1 < len(doc) else None
        return post if post and post != "conj" else "nom"

    def _name_like(self, doc: Doc, start: int, end: int) -> bool:
        """Not a lone letter ('X'), a label ('Güncelleme: 15 Eylül'), a brand ('TikTok'),
        nor a Turkish common noun with suffixes and no apostrophe ('Avrupalıların')."""
        words, text, single = texts(doc), span_text(doc, start, end), end - start == 1
        if single and (len(text) < 2 or norms(doc)[start] in self.stop_words):
            return False
        if end + 1 < len(doc) and words[end] == ":" and words[end + 1][:1].isdigit():
            return False
        if (single and end < len(doc) and re.fullmatch(r"[\d.,%+-]*\d[\d.,%+-]*", words[end])
                and (end + 1 == len(doc) or "\n" in words[end + 1] + spaces(doc)[end])):
            return False  # 'BİST 0.000', 'ALTIN 000,00': a ticker's line, a label and its figure
        if single and any(a.islower() and b.isupper() for a, b in zip(text, text[1:])):
            return False
        if any(sum(a.islower() and b.isupper() for a, b in zip(w, w[1:])) > 1 for w in texts(doc)[start:end]):
            return False  # 'Ana SayfaGündemAkar': a page's breadcrumb run together, no name ('McCain' has one)
        if single and self.analyse and self.equative and self.equative.search(norms(doc)[start]) and any(
                "Equ" in r.tags and self.gaz.demonym(r.lemma) is not None for r in self.analyse(norms(doc)[start])):
            return False  # 'Arapça', 'İngilizce': a people's language or manner (equative), no one named
        return not (single and self.common_noun and self.common_noun.match(text))

    def _split_known(self, doc: Doc, run: Run) -> list[tuple[Entity, int, int]]:
        """Known names inside a longer run ('Belçika Brüksel'), longest match first."""
        out, i = [], run.start
        while i < run.end:
            for j in range(min(run.end, i + 4), i, -1):
                ent = self.gaz.lookup(span_text(doc, i, j))
                if ent is not None:
                    out.append((ent, i, j))
                    i = j
                    break
            else:
                return []
        return out

    def _past_modifiers(self, doc: Doc, i: int) -> int:
        """Past up to two lower-case words before a group noun ('Turkish and Russian foreign ministers',
        'Çinli üst düzey yetkililer'): where that noun stands, or ``i`` when none follows."""
        words, shown = norms(doc), texts(doc)
        for k in range(i, min(i + 2, len(doc) - 1)):
            if not (shown[k].isalpha() and shown[k].islower()) or words[k].startswith(self.group_nouns):
                return i
            if words[k + 1].startswith(self.group_nouns) and shown[k + 1].islower():
                return k + 1
        return i

    def _lowercase_office(self, doc: Doc, i: int) -> int:
        """The end of an office written in lower case right at ``i``, its portfolio included ('crown
        prince', 'foreign minister', 'president'), with no name after it; 0 when there is none."""
        words, shown = norms(doc), texts(doc)
        for width in (3, 2, 1):
            end = i + width
            if end <= len(doc) and all(shown[k].isalpha() and shown[k].islower() for k in range(i, end)) and any(
                    " ".join(words[k:end]) in self.heads for k in range(i, end)) and not (
                    end < len(doc) and shown[end][:1].isupper()):
                return end
        return 0

    def _office_after_genitive(self, doc: Doc, run: Run) -> tuple[int, int] | None:
        """Where an office written in lower case stands after a state in the genitive, past up to two
        words that describe it ("Eritrea's longtime president", "Ethiopia's prime minister"), with no
        name after it (that name would be the holder)."""
        words, shown = norms(doc), texts(doc)
        i = run.end
        if (i >= len(doc) or shown[i][:1] not in self.apostrophes + ("'", "’")
                or self.case_of(doc, run.start, run.end, run.start) != "gen"):
            return None
        for k in range(i + 1, min(i + 4, len(doc))):
            for end in range(min(k + 3, len(doc)), k, -1):
                if (all(shown[x].isalpha() and shown[x].islower() for x in range(k, end))
                        and " ".join(words[k:end]) in self.heads and not (end < len(doc) and shown[end][:1].isupper())):
                    return k, end
            if not (shown[k].isalpha() and shown[k].islower()):
                break
        return None

    def _after_listed_demonyms(self, doc: Doc, i: int) -> int:
        """Past the demonyms listed after one ('Israeli, Palestinian and Jordanian leaders'): where the
        group noun they all describe would stand."""
        words = texts(doc)
        k = i
        while k < len(doc) and (words[k] == "," or self._is_conj_word(words[k])):
            nxt = k + 1
            while nxt < len(doc) and (words[nxt] == "," or self._is_conj_word(words[nxt])):
                nxt += 1
            if nxt < len(doc) and words[nxt][:1].isupper() and self.gaz.demonym(words[nxt]) is not None:
                k = nxt + 1
            else:
                break
        return k if k > i else i

    def _state_then_name(self, doc: Doc, run: Run) -> list[tuple[Entity, int, int]]:
        """A state ending an office, then its holder's name: 'the ambassador to China Anami Koreshige',
        'The President of the United States George W. Bush' (the run follows a preposition)."""
        before = run.start - 1
        while before > 0 and norms(doc)[before] in self.determiners:
            before -= 1  # 'the President of the United States George W. Bush'
        if before < 0 or norms(doc)[before] not in self.prepositions:
            return []
        for width in (3, 2, 1):
            if run.end - (run.start + width) < 2:
                continue
            state = self.gaz.lookup(span_text(doc, run.start, run.start + width))
            if state is not None and state.kind == "country" and self._name_like(doc, run.start + width, run.end) \
                    and self.gaz.lookup(span_text(doc, run.start + width, run.end)) is None:
                name = label(doc, run.start + width, run.end)
                person = Entity(key=f"person:{slug(name)}", name=name, kind="person", labels=(name,))
                return [(state, run.start, run.start + width), (person, run.start + width, run.end)]
        return []

    def _before_a_bare_head(self, doc: Doc, run: Run, folded: list[str], head_end: int) -> int:
        """Where a bare office head's phrase starts in a run, when names with no title of their own stand
        before it that are no known affiliation ('Hamid Karzai Başkan Bush', not 'Veliaht Prensi Şeyh
        Muhammed'); else 0."""
        k = head_end - 1
        if folded[k] not in self.bare_heads:
            return 0
        while k > 0 and folded[k - 1] in self.modifiers:
            k -= 1
        if k < 2 or any(w in self.heads for w in folded[:k]):
            return 0  # (a single word before it may be a state or a body the gazetteer lacks)
        before = span_text(doc, run.start, run.start + k)
        if self.gaz.lookup(before) is not None or self.gaz.demonym(before) is not None:
            return 0  # an affiliation: 'Suudi Arabistan Kralı'
        return run.start + k if self._name_like(doc, run.start, run.start + k) else 0

    def _second_titled_phrase(self, doc: Doc, run: Run, folded: list[str], head_end: int) -> int:
        """Where a second office phrase starts in a run that holds two, each with its state and holder
        ('Fransa Cumhurbaşkanı Emmanuel Macron Çin Devlet Başkanı Xi Jinping'): at the state or
        demonym before the last office head, when an earlier head and a name stand before it; else 0."""
        k = self._head_start(folded, head_end)
        while k > 0 and folded[k - 1] in self.modifiers:
            k -= 1
        for width in (3, 2, 1):
            start = k - width
            if start < 2:
                continue
            before = span_text(doc, run.start + start, run.start + k)
            if self.gaz.lookup(before) is None and self.gaz.demonym(before) is None:
                continue
            first_end = self._last_head_end(folded[:start])
            if first_end and first_end < start and self._name_like(doc, run.start + first_end, run.start + start):
                return run.start + start
        return 0

    def _head_start(self, folded: list[str], head_end: int) -> int:
        """Where the office head that ends at ``head_end`` begins."""
        for width in (3, 2, 1):
            if head_end - width >= 0 and " ".join(folded[head_end - width:head_end]) in self.heads:
                return head_end - width
        return head_end - 1

    def _last_head_end(self, folded: list[str]) -> int:
        """Index just after the last office head word in a run ('… Genel Sekreteri',
        'Secretary of State'), or 0."""
        end = 0
        for i in range(len(folded)):
            for width in (3, 2, 1):
                if " ".join(folded[i:i + width]) in self.heads and i + width <= len(folded):
                    end = max(end, i + width)
                    break
            else:
                if self._partitive_head(folded[i]):
                    end = max(end, i + 1)
        while end and end + 1 < len(folded) and folded[end] in self.joiners and folded[end + 1] in self.modifiers:
            end += 2
            while end < len(folded) and folded[end] in self.modifiers:
                end += 1
        return end

    def _partitive_head(self, word: str) -> bool:
        """An office word as 'one of the X-s' ('Bakan Yardımcılarından Rose Gottemoeller'): the analyser
        reads it as a plural possessive ablative of a head's lemma."""
        if self.analyse is None or not word.endswith(("dan", "den")) or len(word) < 8:
            return False
        if self._head_lemmas is None:
            self._head_lemmas = {r.lemma for h in self.heads for r in self.analyse(h)
                                 if "Noun" in r.tags and not r.tags & {"Ness", "Verb"}}
        return any(r.lemma in self._head_lemmas and {"Abl", "P3pl"} <= r.tags and "Ness" not in r.tags
                   for r in self.analyse(word))

    def _affiliation(self, doc: Doc, start: int, end: int) -> Entity | None:
        """The country or organisation an office belongs to: a known name at the start of it."""
        for j in range(end, start, -1):
            text = span_text(doc, start, j)
            ent = self.gaz.lookup(text) or self.gaz.demonym(text)
            if ent is not None:
                return ent
        return None

    def _first_word(self, sent: Span) -> int:
        words = texts(sent.doc)
        return next((i for i in range(sent.start, sent.end) if words[i].isalpha()), sent.start)

    def _dateline(self, doc: Doc, run: Run) -> bool:
        """A wire dateline opening a paragraph: 'BRASÍLIA, Brazil –', 'ANKARA (AA) -'; or the place line
        of a release's or transcript's header, next to its date: the line before the date ('New York
        City\nSeptember 28, 2009'), the line after it ('April 6, 2008\n\nBocharov Ruchei Residence,
        Sochi'), or one line with both ('Ankara, 17 December 2024', 'September 4, 2016, Hangzhou')."""
        words, ws = texts(doc), spaces(doc)
        first = run.start == 0 or "\n" in words[run.start - 1] + ws[run.start - 1]
        if first and self._line_before_a_date(doc, run.end):
            return True
        start, end = self._line(doc, run.start)
        if end - start <= 10 and run.end == end and self._line_before_a_date(doc, run.end):
            return True  # a header's lines run together ('Secretary X Joint Press Availability Ramallah\nMarch 25')
        if end - start <= 8 and run.end == end and words[run.start - 1:run.start] == [","] and (
                self._a_date(doc, start, run.start) or self._a_date(doc, *self._line(doc, self._line_above(doc, start)))):
            return True  # a place closing a short line that holds, or follows, the date
        following = words[run.end:run.end + 6]
        dashes = tuple(sorted(WIRE_DASHES))
        before = [i for i in range(start, run.start) if words[i].strip()]
        if (words[run.start].isupper() and following and following[0] in ("(",) + dashes and before
                and words[before[-1]] in dashes and self._a_date(doc, start, before[-1])):
            return True  # '07 April 2013 – ISTANBUL – Anadolu Agency –': a wire dateline after its date
        if not (first and following and following[0] in (",", "(") + dashes):
            return False
        if words[run.start].isupper():
            return True
        close = following.index(")", 2) if following[0] == "(" and ")" in following[2:5] else 0
        if close and close + 1 < len(following) and following[close + 1] in dashes:
            return True  # 'Ankara (UNA/QNA) –', 'Beijing (Xinhua) --': the agency in brackets, then the dash
        if following[0] == "," and end - start <= 8 and self._a_date(doc, run.end, end):
            return True  # 'Ankara, 17 December 2024'
        rest = []  # a line that is only 'Madrid, Spain'
        punct = flags(doc).punct
        for i in range(run.end, min(len(doc), run.end + 8)):
            if "\n" in words[i]:
                break
            if not punct[i]:
                rest.append(words[i])
            if "\n" in ws[i]:
                break
        return 0 < len(rest) <= 3 and self.gaz.lookup(" ".join(rest)) is not None

    def _line_before_a_date(self, doc: Doc, end: int) -> bool:
        """The line ends within three words of ``end`` ('City', 'City, DC') and the next line is a date
        (a month's name and a number, in either order)."""
        words, ws = texts(doc), spaces(doc)
        i = end
        while i < len(doc) and i - end <= 3 and "\n" not in words[i] + ws[i - 1]:
            i += 1
        if i - end > 3 or i >= len(doc):
            return False
        while i < len(doc) and not words[i].strip():
            i += 1
        start = i  # the next line's first four words
        while i < len(doc) and i - start < 4 and "\n" not in words[i]:
            i += 1
            if "\n" in ws[i - 1]:
                break
        return self._a_date(doc, start, i)

    def _dateline_agency(self, doc: Doc, run: Run) -> bool:
        """A name before the dash of a wire dateline, in brackets or with its short form in brackets
        ('BRUSSELS, Nov 27 (MED) -', 'Brussels, 27 November 2015 - Middle East Diplomatic (MED) -'): the
        agency that filed the story, no actor. The dateline is what the line holds before the name: a few
        capitalised words, numbers and punctuation (ten tokens at most)."""
        shown = texts(doc)
        bracketed = run.start > 0 and shown[run.start - 1] == "(" and run.end < len(doc) and shown[run.end] == ")"
        if bracketed:
            close, first = run.end, run.start - 1
        elif run.end < len(doc) and shown[run.end] == "(" and ")" in shown[run.end + 1:run.end + 6]:
            close, first = shown.index(")", run.end + 1), run.start
        else:
            return False
        if close + 1 >= len(doc) or shown[close + 1] not in WIRE_DASHES:
            return False
        start, _ = self._line(doc, first)
        head = shown[start:first]
        return 0 < len(head) <= 10 and all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() for w in head)

    def _line(self, doc: Doc, i: int) -> tuple[int, int]:
        """The tokens of the line that holds token ``i`` (blank lines are empty)."""
        words, ws = texts(doc), spaces(doc)
        if i < 0 or i >= len(doc) or not words[i].strip():
            return i, i
        start = i
        while start > 0 and "\n" not in words[start - 1] + ws[start - 1]:
            start -= 1
        end = i
        while end < len(doc) and "\n" not in words[end]:
            end += 1
            if "\n" in ws[end - 1]:
                break
        return start, end

    def _line_above(self, doc: Doc, start: int) -> int:
        """A token of the nearest non-blank line above the line starting at ``start`` (-1 if none)."""
        words = texts(doc)
        i = start - 1
        while i >= 0 and not words[i].strip():
            i -= 1
        return i

    def _a_date(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens that are a date and little else: a month's name and a number, at most six words."""
        line = [self.lex.fold(w) for w in texts(doc)[start:end] if w.strip() and w not in (",", ".")]
        return 0 < len(line) <= 6 and any(w in self.lex.months for w in line) and any(w.isdigit() for w in line)

    def _part_of_site(self, doc: Doc, run: Run) -> bool:
        """'Palacio do Planalto', 'Granja do Torto': a town's name inside a longer name is not that town."""
        return (run.end + 1 < len(doc) and norms(doc)[run.end] in self.site_links
                and texts(doc)[run.end + 1][:1].isupper())

    def _weak_place(self, doc: Doc, run: Run, first: int) -> bool:
        """A one-word city name at the start of a sentence (its first word is ``first``) with no case
        ending is likely a common word."""
        if run.start != first:
            return False
        return run.end >= len(doc) or texts(doc)[run.end][:1] not in self.apostrophes

    # -- within-document names ----------------------------------------------


def _city_country(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """'Brussels, Belgium': a country written after a city of its own only says where the city is."""
    words = texts(doc)
    return [b for a, b in zip([None, *found], found) if not (
        a is not None and a.entity.kind == "city" and b.entity.kind == "country" and words[a.end:b.start] == [","]
        and b.entity.key == f"country:{a.entity.country}")]


def label(doc: Doc, start: int, end: int) -> str:
    """A name as a label: its words joined by single spaces ('President Recep\nTayyip Erdogan' read
    across a wrapped line is 'Recep Tayyip Erdogan')."""
    return " ".join(span_text(doc, start, end).split())


def _locates_the_clause(prep: Token, depth: int = 0) -> bool:
    """'met at the summit in Vilnius': a place phrase locates its clause when it hangs on the verb,
    directly or through nouns that are themselves in prepositional phrases; 'discussed the war in
    Syria' only describes the war."""
    head = prep.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head  # '… Director … and Foreign Minister Wang Yi in Washington'
    if head.pos_ in ("VERB", "AUX", "PROPN") or head.i == prep.i or head.dep_ == "ROOT":
        return True  # a name takes no place phrase of its own ('met Jon Berg in Paris' is the parser's
        # attachment of the verb's); a noun as the root is a fragment the parser could not join
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and depth < 4 and head.head.i != head.i:
        return _locates_the_clause(head.head, depth + 1)
    return False


def _unshouted(mention: ActorMention) -> ActorMention:
    """A name written in capitals, as a transcript's label writes it, in the case names take
    ('KERRY' → 'Kerry'; a regnal number stays: 'ABDULLAH II' → 'Abdullah II')."""
    name = mention.entity.name
    if not name.isupper():
        return mention
    name = " ".join(w if re.fullmatch(r"[IVX]+", w) else w.capitalize() for w in name.split())
    return replace(mention, entity=replace(mention.entity, name=name, labels=(name,) + mention.entity.labels))

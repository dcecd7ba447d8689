"""Events in a Doc: trigger words from the lexicon, participants and places by case, a date.

Language-neutral: word order (SOV / SVO), pro-drop and every word come from the lexicon.
Arguments of a trigger are the actors in its clause window (before it in SOV; subject
before and objects after in SVO); a missing subject falls back to the sentence's subject
and, in pro-drop languages, to the previous sentence's.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from itertools import islice

from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..event_types import TYPES, check_covers
from ..lexicons import Lexicon, available_languages, load_shared
from ..nlp import flags, norms, parsed, quoted, sentences, spaces, texts
from ..nlp.morphology import analyser
from ..records import Entity, Participant, TimeSpan
from .actors import ActorMention
from .anchors import Anchors
from .dates import DateMention, Published, default_span, resolve
from .gazetteer import name_key
from .patterns import CachedMatcher
from .press import Press
from .turns import first_speaker

OPENING_WORDS = 5  # a sentence of the opening has this many words at least
SUBJECT_CASES = ("nom", "gen", "agent")
PLACED_TYPES = tuple(t.code for t in TYPES if t.placed)
CASE_TAGS = frozenset({"Gen", "Acc", "Dat", "Loc", "Abl", "Ins"})  # the analyser's case tags
RELATIVE_PARTICIPLES = frozenset({"PresPart", "PastPart", "FutPart"})  # the analyser's tags of -An, -DIk, -AcAk
GATHERINGS = tuple(t.code for t in TYPES if t.gathering)
NAMED_GATHERING = {"id": "named-gathering", "type": "meeting", "nominal": True, "named": True, "pattern": []}
CASE_TAGS = frozenset({"Acc", "Dat", "Loc", "Abl", "Ins", "Gen", "Equ"})  # the analyser's case morphemes
VERBAL_NOUNS = frozenset({"Inf1", "Inf2", "Inf3"})  # the analyser's tags of -mAk, -mA, -(y)Iş nouns


@dataclass(frozen=True)
class Trigger:
    """A matched trigger: its tokens, event type and the lexicon entry it came from."""

    start: int
    end: int
    type: str
    spec: dict = field(compare=False, hash=False)

    @property
    def nominal(self) -> bool:
        return bool(self.spec.get("nominal"))


@dataclass
class Frame:
    """An event being assembled from one trigger before it becomes an EventMention."""

    trigger: Trigger
    sentence: Span
    participants: dict[str, str] = field(default_factory=dict)
    own: int = 0
    has_subject: bool = False
    place: str | None = None
    place_at: int = -1      # where the place phrase taken as the event's place stands
    destination: bool = False
    city_in: str | None = None  # the state of the city taken as the destination
    time: TimeSpan | None = None
    modality: str = "asserted"
    step: int = 0
    guest_gap: int = 10_000
    elsewhere: set[int] = field(default_factory=set)
    objects: set[str] = field(default_factory=set)  # participants named as the accusative object
    addressees: set[str] = field(default_factory=set)  # participants named in the dative ('spoke to X')
    dated: bool = False     # the time came from a date in the text, not the default window
    groups: set[str] = field(default_factory=set)  # participants named by a group of their people
    partners: list[str] = field(default_factory=list)  # participants named in the comitative ('with A, B and C')
    partner_at: dict[str, tuple[int, int]] = field(default_factory=dict)  # where each partner is named
    noun: bool = False      # the trigger is used as a noun: a nominal entry, or a verb's word after an article ('the Visit of')
    origin: str | None = None  # a trip's starting place: 'Ankara'dan', 'from Ankara', or where the text last put the traveller
    visited: list[str] = field(default_factory=list)  # people a trip goes to, not a place ('a visit to Erdogan')


class EventFinder:
    """Matches triggers and fills their roles with one language's grammar data."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab, seats: dict[str, Entity] | None = None) -> None:
        self.lex = lexicon
        self.seats = seats or {}  # a seat of government's key → its city (the gazetteer's, from organisations.json)
        self.matcher = CachedMatcher(vocab, analyser(lexicon.language.get("analyser")))
        self.specs: dict[str, dict] = {}
        self.order: dict[int, tuple[int, int]] = {}  # a tie on one span: fewest optional tokens, then file order
        for spec in lexicon.triggers:
            self.specs[spec["id"]] = spec
            optional = sum(1 for token in spec["pattern"] if token.get("OP") not in (None, "+"))
            self.order[vocab.strings.add(spec["id"])] = (optional, len(self.order))
            self.matcher.add(spec["id"], [spec["pattern"]])
        self.derived = {vocab.strings.add(spec["id"]) for spec in lexicon.triggers if spec.get("cameo")}
        self.gathering_heads = {lexicon.fold(h) for h in lexicon.organisations.get("gathering_heads", [])}
        self.gathering_nouns = tuple(lexicon.fold(w) for w in lexicon.language.get("gathering_nouns", []))
        self.hosted_nouns = frozenset(lexicon.fold(w) for w in lexicon.language.get("hosted_nouns", []))
        self.named_gathering_heads = {name_key(h) for lang in available_languages()  # a name in any language
                                      for h in Lexicon.load(lang).organisations.get("gathering_heads", [])}
        self.multilateral = {f"org:{row['key']}" for row in load_shared("organisations.json")["organisations"]
                             if row.get("multilateral")}
        self.press = Press(lexicon)
        shared = load_shared("roles.json")
        self.roles: dict[str, dict[str, str]] = shared["roles"]
        check_covers(self.roles, "kg/lexicons/roles.json 'roles'")
        self.place_cases: dict[str, str] = shared["place_cases"]
        self.sov = lexicon.language.get("word_order", "SVO") == "SOV"
        self.pro_drop = bool(lexicon.language.get("pro_drop"))
        self.negation = lexicon.regex("negation")
        self.future = lexicon.regex("future")
        self.hypothetical = lexicon.regex("hypothetical")
        self.question_words = {lexicon.fold(w) for w in lexicon.language.get("question_words", [])}
        self.phone_phrases = [tuple(lexicon.fold(p).split()) for p in lexicon.language.get("phone_phrases", [])]
        self.adjective_participle = lexicon.regex("adjective_participle")
        self.absence_words = {lexicon.fold(w) for w in lexicon.language.get("absence_words", [])}
        self.comitative_words = {lexicon.fold(w) for w, c in {**lexicon.language.get("postpositions", {}),
                                                              **lexicon.language.get("prepositions", {})}.items()
                                 if c == "com"}
        self.distributive = {lexicon.fold(w) for w in lexicon.language.get("distributive_nouns", [])}
        self.distributive_adverbs = {lexicon.fold(w) for w in lexicon.language.get("distributive_adverbs", [])}
        self.futurate_tags = frozenset(lexicon.language.get("futurate_tags", []))
        self.public_settings = {lexicon.fold(w) for w in lexicon.language.get("public_settings", [])}
        self.joint_words = {lexicon.fold(w) for w in lexicon.language.get("joint_words", [])}
        self.subject_pronouns = {lexicon.fold(w) for w in lexicon.language.get("subject_pronouns", [])}
        self.since_words = {lexicon.fold(w) for w in lexicon.language.get("since_words", [])}
        self.speech_verbs = {lexicon.fold(w) for w in lexicon.language.get("speech_verbs", [])}
        self.carrier_verbs = {lexicon.fold(w) for w in lexicon.language.get("carrier_verbs", [])}
        self.aim_words = {lexicon.fold(w) for w in lexicon.language.get("aim_words", [])}
        self.purpose = {lexicon.fold(w) for w in lexicon.language.get("purpose_markers", [])}
        self.trip_purpose = {lexicon.fold(w) for w in lexicon.language.get("trip_purpose_markers", [])}
        self.quotes = frozenset(q for pair in lexicon.language.get("quotes", []) for q in pair)
        self.sequence = {lexicon.fold(w) for w in lexicon.language.get("sequence_markers", [])}
        self.before_after = {lexicon.fold(w) for w in lexicon.language.get("before_after", [])}
        self.anchors = Anchors(lexicon)
        self.possessed = lexicon.regex("possessed_noun")
        self.subordinate = frozenset(lexicon.language.get("subordinate_clauses", []))
        self.noun_clauses = frozenset(lexicon.language.get("noun_clauses", []))
        self.relative_place = frozenset(lexicon.language.get("relative_place_words", []))
        self.relative_clause = lexicon.language.get("relative_clause", {})
        self.plan_participles = frozenset(lexicon.fold(w) for w in lexicon.language.get("plan_participles", []))
        self.dative_word = lexicon.regex("dative_word")
        self.participle = lexicon.regex("participle")
        self.embedded = lexicon.regex("embedded")
        complement = lexicon.language.get("complement") or {}
        self.complement = tuple(frozenset(complement.get(part, ()))
                                for part in ("predicate", "derivation", "case", "converb", "relative"))
        self.gathering_predicate = lexicon.regex("gathering_predicate")
        self.finite = lexicon.regex("finite")
        self.verbal_noun = lexicon.regex("verbal_noun")
        self.modal_after = tuple(lexicon.fold(w) for w in lexicon.language.get("modal_after", []))
        self.denial_after = tuple(lexicon.fold(w) for w in lexicon.language.get("denial_after", []))
        self.infinitive = lexicon.fold(lexicon.language.get("infinitive_marker") or "")
        self.source_markers = {lexicon.fold(w) for w in lexicon.language.get("source_markers", [])}
        self.party_anaphora = [lexicon.fold(w) for w in lexicon.language.get("party_anaphora", [])]
        self.other_words = {lexicon.fold(w) for w in lexicon.language.get("other_words", [])}
        self.day_offsets = lexicon.language.get("day_offsets") or {}
        self.between_words = {lexicon.fold(w) for w in lexicon.language.get("between_words", [])}
        self.people_anaphora = [lexicon.fold(w) for w in lexicon.language.get("people_anaphora", [])]
        self.focus_particles = {lexicon.fold(w) for w in lexicon.language.get("focus_particles", [])}
        self.possessor_word = lexicon.fold(lexicon.language.get("possessor_preposition") or "")
        self.when_words = frozenset(lexicon.fold(w) for w in lexicon.language.get("when_words", []))
        self.determiners = {lexicon.fold(w) for w in lexicon.language.get("determiners", [])
                            + lexicon.language.get("possessive_determiners", [])}
        self.person_nouns = {lexicon.fold(w) for w in lexicon.titles.get("heads", [])
                             + lexicon.organisations.get("group_nouns", [])} | {
            w for phrase in lexicon.language.get("people_anaphora", []) for w in lexicon.fold(phrase).split()[-1:]}
        self.person_nouns |= {w.rstrip("s") for w in self.person_nouns}
        self.prepositions = {lexicon.fold(w) for w in lexicon.language.get("prepositions", {})}
        self.postposition_words = {lexicon.fold(w) for w in lexicon.language.get("postpositions", {})}
        self.conjunctions = {lexicon.fold(w) for w, c in {**lexicon.language.get("postpositions", {}),
                                                          **lexicon.language.get("prepositions", {})}.items()
                             if c == "conj"}
        self.apostrophes = tuple(lexicon.language.get("apostrophes", []))
        self.topic_nouns = {lexicon.fold(w) for w in lexicon.language.get("topic_nouns", [])}

    # -- triggers -------------------------------------------------------------
    def triggers(self, doc: Doc) -> list[Trigger]:
        """Non-overlapping trigger matches outside quotations, longest first."""
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], m[2], self.order[m[0]]))
        written = [(s, e) for mid, s, e in matches if mid not in self.derived]
        matches = [m for m in matches if m[0] not in self.derived  # a derived entry fills gaps only: the
                   or not any(s < m[2] and m[1] < e for s, e in written)]  # written ones carry the constraints
        spans = [Span(doc, s, e, label=mid) for mid, s, e in matches]  # the first of a tie wins
        quoted = self._quoted(doc)
        out = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            spec = self.specs[doc.vocab.strings[span.label]]
            if span.start in quoted or (spec.get("nominal") and self._inside_name(doc, span)) or self._idiom(doc, span, spec):
                continue
            if spec.get("generic"):
                spec = self._mode_inside(spans, span, spec, doc)
            if spec["type"] in TALKS_TYPES and self._by_phone(doc, span):
                spec = _retyped(spec, "phone_call", "generic")
            out.append(Trigger(span.start, span.end, spec["type"], spec))
        return out

    def _by_phone(self, doc: Doc, span: Span) -> bool:
        """Talks with a telephone named in their own clause were held by phone: in SVO in the next words
        ('discussed the programme by phone', 'held talks over the phone'); in SOV in the words before, up to
        a verb form, which closes another clause ('telefonda Halep'i görüştüler', 'telefonda kritik bir
        görüşme gerçekleştirdi', not 'telefonda açıklama yaptıktan sonra … görüştü')."""
        if not self.phone_phrases:
            return False
        words, written = norms(doc), texts(doc)
        if self.sov:
            analyse = self.matcher.analyse
            for i in range(span.start - 1, max(span.sent.start, span.start - 17) - 1, -1):
                if not written[i][:1].isalnum() and not (written[i][:1] in "'’" and written[i][1:2].isalpha()):
                    return False  # (a case ending after an apostrophe is part of its name: 'Halep'teki')
                if any(tuple(words[i:i + len(p)]) == p for p in self.phone_phrases if i + len(p) <= span.start):
                    return True
                readings = analyse(words[i]) if analyse is not None else []
                if readings and all("Verb" in r.tags and not r.tags & VERBAL_NOUNS for r in readings):
                    return False  # (a verbal noun is a noun of the clause: 'son gelişmeleri görüştü')
            return False
        for i in range(span.end, min(span.end + 6, span.sent.end)):
            if not written[i][:1].isalnum():
                return False
            if any(tuple(words[i:i + len(p)]) == p for p in self.phone_phrases):
                return True
        return False

    def _mode_inside(self, spans: list[Span], span: Span, spec: dict, doc: Doc) -> dict:
        """A contact word that does not say how, holding words that do ('spoke by phone today with'
        holds 'spoke by phone'): the words inside tell the mode, the whole match keeps its arguments."""
        for inner in spans:  # (in order of start)
            if inner.start >= span.end:
                break
            if span.start <= inner.start and inner.end <= span.end and inner != span:
                told = self.specs[doc.vocab.strings[inner.label]]
                if not told.get("generic"):
                    return _retyped(spec, told["type"], "generic")
        return spec

    def _idiom(self, doc: Doc, span: Span, spec: dict) -> bool:
        """The trigger's words in another sense, by the entry's constraints: 'called on X to …' urges,
        'ortak paydada buluştu' agrees, 'bir başarıya imza attı' achieves."""
        words = norms(doc)
        following = words[span.end] if span.end < len(doc) else ""
        previous = words[span.start - 1] if span.start > 0 else ""
        after = words[span.end + 1] if span.end + 1 < len(doc) else ""
        if following in spec.get("unless_next", ()) and not (after in self.lex.weekdays or after in self.lex.months):
            return True  # ('called on Monday' is still a call)
        if previous in spec.get("unless_previous", ()):
            return True
        if spec.get("object_person") and self._thing_object(doc, span):
            return True
        things = tuple(spec.get("unless_object", ()))  # 'Anıtkabir Özel Defteri'ni imzaladı', 'signed the guest book'
        near = words[max(span.sent.start, span.start - 3):span.start] if self.sov else words[span.end:span.end + 3]
        if things and any(w.startswith(things) for w in near):
            return True
        attended = tuple(spec.get("dative_before", ()))
        if attended and self.dative_word:
            written = texts(doc)
            nearest = next((words[i] for i in range(span.start - 1, span.sent.start - 1, -1)
                            if written[i].isalpha() and written[i].islower() and self._dative(words[i])), "")
            if not nearest.startswith(attended):
                return True  # 'katıldı' attends a hosted occasion only when its dative object is one
        documents = tuple(spec.get("object_before", ()))
        return bool(documents and self.dative_word and texts(doc)[span.start - 1:span.start] == [previous]
                    and previous.isalpha() and previous.islower() and self.dative_word.search(previous)
                    and not previous.startswith(documents))

    def _thing_object(self, doc: Doc, span: Span) -> bool:
        """An object after the trigger, introduced by an article or by the trigger's preposition, that
        names no one in the next words: 'meet its objectives', 'met with criticism' (not 'met his
        counterpart', 'met with senior officials', 'met the President')."""
        words, written = norms(doc), texts(doc)
        if words[span.end - 1] in self.prepositions and words[span.end - 1] not in self.comitative_words:
            return False  # 'met at the summit', 'met in Lima': no object
        i = span.end
        while i < len(doc) and words[i] in self.determiners:
            i += 1
        if i >= len(doc) or (i == span.end and words[span.end - 1] not in self.comitative_words):
            return False
        j = i
        while j < len(doc) and written[j].isalpha() and written[j].islower() and words[j] not in self.prepositions:
            j += 1  # the object's words: 'its objectives', 'criticism', 'senior officials'
        named = j < len(doc) and written[j][:1].isupper()  # 'his counterpart Biden'
        return j > i and not named and not any(w in self.person_nouns or w.rstrip("s") in self.person_nouns
                                                for w in words[i:j])

    def _genitive_noun_before(self, doc: Doc, trigger: Trigger, before: range) -> bool:
        """A lower-case noun in the genitive right before the verb, clitics aside ('şefinin de katılacağını')."""
        analyse = self.matcher.analyse
        if analyse is None:
            return False
        words, written = norms(doc), texts(doc)
        i = trigger.start - 1
        while i >= before.start and words[i] in self.focus_particles:
            i -= 1
        if i < before.start or not written[i].isalpha() or not written[i].islower():
            return False
        readings = analyse(words[i])
        return bool(readings) and all("Gen" in r.tags and "Noun" in r.tags and "Verb" not in r.tags for r in readings)

    def _dative(self, word: str) -> bool:
        """A noun in the dative: by the analyser where the language has one (a locative also ends in
        '-da/-de'), else by its ending."""
        analyse = self.matcher.analyse
        if word in self.postposition_words:
            return False  # 'ile' is no dative of 'il'
        if analyse is None:
            return bool(self.dative_word.search(word))
        return any("Dat" in r.tags and "Noun" in r.tags and "Verb" not in r.tags for r in analyse(word))

    def _inside_name(self, doc: Doc, span: Span) -> bool:
        """A capitalised event noun in mid-sentence names something ('… Hükümet Başkanları Toplantısı')."""
        if not span[0].text[:1].isupper() or span[0].is_sent_start:
            return False
        words = [t for t in span.sent if t.is_alpha and not t.is_stop]
        return sum(t.text[:1].isupper() for t in words) < 0.75 * len(words)  # a title-case headline names nothing

    def _quoted(self, doc: Doc) -> frozenset[int]:
        return quoted(doc, self.quotes)

    # -- frames ---------------------------------------------------------------
    def frames(self, doc: Doc, actors: list[ActorMention], dates: list[DateMention],
               published: Published) -> list[Frame]:
        """One frame per kept trigger, sentence by sentence, with roles, place and date."""
        timed = {i for d in dates for i in range(d.start, d.end)}  # 'gelecek ay' (next month) is no coming
        triggers = [t for t in self.triggers(doc) if t.start not in timed]
        if any(t.spec.get("lead") for t in triggers):
            lead = self._lead_end(doc)
            triggers = [t for t in triggers if t.start < lead or not t.spec.get("lead") or self._in_public(doc, t)]
        triggers = sorted(triggers + self._named_gatherings(doc, actors, triggers), key=lambda t: t.start)
        actors = self._modifiers(doc, [a for a in actors if not a.in_quote], triggers)
        quoted = self._quoted(doc)
        dates = [d for d in dates if d.start not in quoted]
        topic: str | None = None
        frames: list[Frame] = []
        last_dates: list[DateMention] = []
        last_plans: list[DateMention] = []  # dates of plans the last sentence that gave one told
        sents = sentences(doc)
        author = first_speaker(doc, actors)  # a transcript's headline event with no subject is its first speaker's
        starts = [sent.start for sent in sents]
        by_sentence = [_buckets(items, starts) for items in (triggers, actors, dates)]
        for k, sent in enumerate(sents):
            sent_triggers, sent_actors, sent_dates = (buckets[k] for buckets in by_sentence)
            if self._new_paragraph(sent):
                last_dates, last_plans = [], []
            carried_plan = not sent_dates and bool(last_plans) and self._tells_a_plan(sent)
            if carried_plan:
                sent_dates = [replace(d, start=sent.start, end=sent.start) for d in last_plans[-1:]]
            elif not sent_dates and last_dates and (self._continues(sent) or last_dates[-1].kind != "window"):
                sent_dates = [replace(d, start=sent.start, end=sent.start) for d in last_dates[-1:]]
            told = [d for d in sent_dates if d.kind != "year"]  # (a year alone dates its clause only)
            plans = told if carried_plan else [d for d in told if self._plan_date(sent.doc, d)]
            if len(plans) < len(told):  # a plan's date goes on only with the plan: 'a package that would be
                last_dates, last_plans = [d for d in told if d not in plans], []  # announced on Tuesday'
            elif plans:
                last_plans = plans
            made: list[Frame] = []
            people = bool(sent_triggers) and self._names_people(sent)
            for t in sent_triggers:
                sides = self._sides(frames + made, people, topic)
                made.append(self._frame(sent, t, sent_triggers, sent_actors, sent_dates, published, topic, sides,
                                        author if k == 0 else None))
            made = self._said_in(made)
            self.anchors.date(made, frames, published)
            self._steps(doc, made)
            recent = ([f for f in frames if self._keep(f)] + [f for f in made if not f.trigger.spec.get("attach")]
                      if any(f.trigger.spec.get("attach") == "previous" for f in made) else [])  # only attachments read it
            frames.extend(self._link(made, recent))
            topic = self._subject(sent_actors, sent.end, ("nom", "gen")) or topic
        places = [a for a in actors if a.is_place and a.case in ("loc", "attr")]  # ("Abbas in Ramallah")
        titled = {a.entity.key for a in actors if a.entity.kind == "person" and a.entity.office}
        kept = [g for f in frames if self._keep(f) for g in self._distributed(doc, f, places, titled)]
        held = {id(f) for f in kept}
        _trips_narrowed(kept, [f for f in frames if f.trigger.type == "travel" and id(f) not in held])
        owners = {a.entity.key: a.entity.affiliation for a in actors if a.entity.affiliation}
        countries = {a.entity.key: f"country:{a.entity.country}" for a in actors if a.entity.country}
        kept = [f for f in kept if not _at_home(f, owners, countries)]
        kept = self._modes_told(_visits_dated(self._discourse_places(kept)), owners)
        kept = self._one_gathering(doc, kept, {a.entity.key: a.entity for a in actors})
        opening = self._opening(doc)
        elsewhere = {start for f in kept for start in f.elsewhere}
        setting = next((a.entity.key for a in actors if a.entity.kind == "city" and a.start < opening
                        and a.start not in elsewhere and not a.dateline and (
            a.case == "loc" or (a.case == "attr" and any(self._venue_of(a, t) for t in triggers)))), None)
        header = next((a.entity.key for a in actors if a.dateline and a.entity.kind == "city"), None)
        setting = setting or header
        state_of_header = next((f"country:{a.entity.country}" for a in actors if a.entity.key == header), None)
        for frame in kept:
            if frame.place is None and setting and (frame.trigger.type in PLACED_TYPES or (
                    (author is not None or setting == header) and frame.trigger.type == "statement")):
                frame.place = setting  # the article's first 'X'de', or the place its dateline or header
                # gives: where its unplaced talks happen, and its remarks and statements are made
            elif frame.place is not None and frame.place == state_of_header:
                frame.place = header  # 'ADDIS ABABA, Ethiopia — … arrived in Ethiopia': the dateline's city
        return kept

    def _distributed(self, doc: Doc, frame: Frame, places: list[ActorMention], titled: set[str]) -> list[Frame]:
        """'had bilateral meetings with A, B and C', 'will meet separately with A and B': one meeting with
        each partner (told apart as steps, so that they stay apart); so too officials each named with an
        office of their own ('Başbakan A ve Devlet Başkanı B ile görüştü': the visitor meets each)."""
        words = norms(doc)
        if len(frame.partners) < 2 or frame.participants.keys() <= set(frame.partners) or not (
                words[frame.trigger.end - 1] in self.distributive or self._each_marked(doc, frame)
                or (frame.trigger.type in TALKS_TYPES and all(k in titled for k in frame.partners))
                or words[frame.trigger.end:frame.trigger.end + 1] and words[frame.trigger.end] in self.distributive_adverbs):
            return [frame]  # (with no one else, the partners meet each other: 'Rutte ile Kellogg ile bir araya geldi')
        out = []
        spans = sorted((frame.partner_at[k], k) for k in frame.partners)
        for n, partner in enumerate(frame.partners):
            one = replace(frame, participants={k: r for k, r in frame.participants.items()
                                               if k == partner or k not in frame.partners},
                          partners=[partner], step=frame.step + n, own=2)
            out.append(one)
            if not self.sov:  # 'with A in Ramallah and with B in Jerusalem': the place after each partner is theirs
                at = next(i for i, (_, k) in enumerate(spans) if k == partner)
                end = spans[at + 1][0][0] if at + 1 < len(spans) else frame.sentence.end
                own = next((p.entity.key for p in places if spans[at][0][1] <= p.start < end), None)
                one.place = own or one.place
        return out

    def _each_marked(self, doc: Doc, frame: Frame) -> bool:
        """Each partner with its own comitative ('Kral Charles ile ve Başbakan Starmer ile', 'with A and
        with B'): so many meetings, not one of them all."""
        words = norms(doc)
        spans = sorted(frame.partner_at[k] for k in frame.partners)
        edge = words[spans[-1][1]:spans[-1][1] + 2] if self.sov else words[max(0, spans[0][0] - 3):spans[0][0]]
        marks = set(edge) & self.comitative_words  # the same word each time ('ABD ile Çin arasında' is one pair)
        return bool(marks) and all(marks & set(words[a[1]:b[0]]) for a, b in zip(spans, spans[1:]))

    def _modes_told(self, frames: list[Frame], owners: dict[str, str]) -> list[Frame]:
        """A contact word that does not say how ('görüştü': talked, in person or by phone) reports
        the call the article tells between the same sides at the same time: it is that call. The
        sides are two shared participants, or two shared states when officials are named by their
        state ('ABD ve Rusya savunma bakanları görüştü'); one state's two officials are one side."""
        def sides(frame: Frame) -> set[str]:
            return {owners.get(k, k) for k in frame.participants}

        def same_sides(a: Frame, b: Frame) -> bool:
            return len(a.participants.keys() & b.participants.keys()) >= 2 or len(sides(a) & sides(b)) >= 2

        def told(kind: str, frame: Frame) -> bool:
            return any(g.trigger.type == kind and not g.trigger.spec.get("generic") and same_sides(frame, g)
                       and g.modality == frame.modality and _overlap(frame.time, g.time)
                       and not (kind == "meeting" and self._gathering_word(g)) for g in frames)

        for frame in frames:
            if not frame.trigger.spec.get("generic"):
                continue  # (a call told wins; else a meeting of the two, not a gathering they both attend)
            mode = "phone_call" if told("phone_call", frame) else "meeting" if told("meeting", frame) else None
            if mode is not None and mode != frame.trigger.type:
                frame.trigger = replace(frame.trigger, type=mode)
                roles = set(self.roles[mode].values())
                if len(roles) == 1:
                    frame.participants = dict.fromkeys(frame.participants, next(iter(roles)))
        return frames

    def _gathering_word(self, frame: Frame) -> bool:
        """A meeting named by a gathering's noun ('the Summit', 'NATO Zirvesi')."""
        return any(w in self.gathering_heads for w in norms(frame.sentence.doc)[frame.trigger.start:frame.trigger.end])

    def _one_gathering(self, doc: Doc, frames: list[Frame], entities: dict[str, Entity]) -> list[Frame]:
        """An article about one named gathering ('UN Ocean Conference', 'NATO Zirvesi') refers to it
        again by a bare noun ('zirvede', 'the summit'), and a hosting of that noun ('konferansa ev
        sahipliği yapıyor', 'hosts the summit') is the gathering seen from its hosts: those reports name
        the gathering, at a time that overlaps it, so that the merge joins them. With several named
        gatherings ('the Third … Summit' … 'a Second … Summit is to be held next year'), the one whose
        time alone overlaps the report's."""
        if not self.gathering_nouns:
            return frames
        named = {k for f in frames if f.trigger.type in GATHERINGS for k in f.participants
                 if k in entities and entities[k].kind == "organisation"
                 and name_key(entities[k].name).rsplit(" ", 1)[-1] in self.named_gathering_heads}
        times = {key: [f.time for f in frames if key in f.participants] for key in named}
        words = norms(doc)
        role = self.roles["meeting"].get("nom", "participant")
        for frame in frames:
            held = [k for k in sorted(named) if any(_overlap(frame.time, t) for t in times[k])]
            if len(held) != 1 or held[0] in frame.participants or named & frame.participants.keys():
                continue
            key = held[0]
            if frame.trigger.type == "meeting" and words[frame.trigger.end - 1].startswith(self.gathering_nouns):
                frame.participants[key] = role  # 'zirvede', 'at the summit'
            elif frame.trigger.type == "hosting" and self._hosts_a_gathering(words, frame.trigger):
                frame.trigger = replace(frame.trigger, type="meeting")
                frame.participants = {**dict.fromkeys(frame.participants, role), key: role}
        return frames

    def _hosts_a_gathering(self, words: list[str], trigger: Trigger) -> bool:
        """A gathering noun as what is hosted: right before the trigger in SOV ('konferansa ev sahipliği
        yaptı'), among the three words after it in SVO ('hosts the annual summit')."""
        near = words[max(0, trigger.start - 1):trigger.start] if self.sov else words[trigger.end:trigger.end + 3]
        return any(w.startswith(self.gathering_nouns) for w in near)

    def _hosts_someone(self, frame: Frame) -> bool:
        """A named guest (or a named side besides the host), or a gathering or a meal as what is hosted."""
        if any(r != "host" for r in frame.participants.values()) or frame.groups:
            return True
        words = norms(frame.sentence.doc)
        near = words[frame.trigger.end:frame.trigger.end + 4]
        return self._hosts_a_gathering(words, frame.trigger) or any(w in self.hosted_nouns for w in near)

    def _said_in(self, made: list[Frame]) -> list[Frame]:
        """A sentence's frames without its attributions; a saying whose statement follows it as its own
        adjunct ('X said in a joint statement with Y') is that statement, and gives it its speakers."""
        kept = []
        for frame in made:
            if not self._attribution(frame, made):
                kept.append(frame)
                continue
            told = next((o for o in made if o.trigger.type == "statement" and not o.trigger.spec.get("reported")
                         and 0 <= o.trigger.start - frame.trigger.end <= 1), None)
            if told is not None:
                for key, role in frame.participants.items():
                    told.participants.setdefault(key, role)
        return kept

    def _attribution(self, frame: Frame, sentence: list[Frame]) -> bool:
        """A lead saying that reports another kept event of its sentence: 'Spokesman X said Ms. Lopes
        will meet Y' tells the meeting; the saying is attribution, not a statement."""
        return bool(frame.trigger.spec.get("lead")) and any(
            o.trigger.start > frame.trigger.start and not o.trigger.spec.get("reported") and self._keep(o)
            and not self._when_said(frame.sentence.doc, frame.trigger, o.trigger) for o in sentence)

    def _when_said(self, doc: Doc, saying: Trigger, other: Trigger) -> bool:
        """With a parse: the other event is an adverbial clause of the saying ('told reporters after
        receiving Milei', 'said before meeting Y', 'said, arriving in Oslo'), which tells when it was said,
        not what; a preposition must be one of time (language data when_words: 'told reporters about
        meeting Lopes' tells what); a statement there ('said in a joint statement') is the saying itself."""
        if not parsed(doc) or other.type == "statement":
            return False
        verb, token, path = doc[saying.start], doc[other.start], []
        for _ in range(6):
            if token.head.i == token.i:
                return False
            path.append(token.dep_)
            if token.head.i == verb.i:
                return token.dep_ in ("advcl", "npadvmod") or (
                    token.dep_ == "prep" and "pcomp" in path and token.norm_ in self.when_words)
            token = token.head
        return False

    def _in_public(self, doc: Doc, trigger: Trigger) -> bool:
        """A saying made before the public ('Speaking to reporters after …, Rice said', 'Barroso said to
        the press', 'In his opening remarks, Putin said'): a public-setting word in its sentence, at
        most twelve words before it or four after."""
        if not self.public_settings:
            return False
        words = norms(doc)
        stops = {".", "!", "?", "\n\n"}
        before = next((i + 1 for i in range(trigger.start - 1, max(-1, trigger.start - 13), -1) if words[i] in stops),
                      max(0, trigger.start - 12))
        after = next((i for i in range(trigger.end, min(len(doc), trigger.end + 4)) if words[i] in stops),
                     min(len(doc), trigger.end + 4))
        return any(w in self.public_settings for w in words[before:trigger.start] + words[trigger.end:after])

    def _lead_end(self, doc: Doc) -> int:
        """Where the headline and the lead end: the first two sentences of some length, page lines
        aside. What is only said is news there ('President X said …' under 'X: …'); further down it
        is a quote in the report."""
        ends = list(islice(_substantial_ends(doc, distinct=True), 2))  # (a page repeats its headline)
        return ends[1] if len(ends) == 2 else len(doc)

    def _opening(self, doc: Doc) -> int:
        """Where the article's opening ends: its first four sentences (title and lead included), not
        counting page lines of a few words (a byline, a date, 'Posted by …')."""
        ends = list(_substantial_ends(doc))
        return ends[3] if len(ends) > 4 else len(doc)

    def _discourse_places(self, frames: list[Frame]) -> list[Frame]:
        """Where an actor was last placed (a trip's destination, an event's place) is where their
        next placeless meeting, hosting or signing happens, and where they speak that day."""
        where: dict[str, str] = {}
        when: dict[str, TimeSpan | None] = {}
        earlier: dict[str, tuple[str, TimeSpan | None]] = {}  # where each actor was as of the sentences before
        sentence = -1
        for frame in frames:
            if frame.sentence.start != sentence:
                sentence = frame.sentence.start
                earlier = {k: (where[k], when.get(k)) for k in where}
            if frame.place is None and frame.trigger.type in PLACED_TYPES:
                frame.place = next((where[k] for k in frame.participants if k in where), None)
            elif frame.place is None and frame.trigger.type == "statement" and frame.time is not None:
                # what a speaker said on the day an earlier sentence put them somewhere was said there (the
                # last day the saying may be on: an undated one is the day the article came out)
                last = frame.time.latest
                frame.place = next((earlier[k][0] for k in frame.participants if k in earlier and (
                    earlier[k][1] is None or earlier[k][1].earliest <= last <= earlier[k][1].latest)), None)
            if frame.trigger.type == "travel" and frame.destination and frame.origin is None:
                # a trip starts where the text last put its traveller, if that was no later than the trip
                # ('Rutte Brüksel'de Kellogg ile görüştü … Paris'e hareket etti': from Brussels to Paris)
                # (a sentence before the trip's: 'toplantısına katılmak üzere Paris'e' is where it goes)
                traveller = next((k for k, r in frame.participants.items() if r == "traveller"), None)
                place, before = earlier.get(traveller, (None, None)) if traveller else (None, None)
                if (place and place != frame.place and before is not None
                        and frame.time is not None and before.earliest <= frame.time.latest):
                    frame.origin = place
            if frame.place and frame.trigger.type != "statement":
                movers = [k for k, r in frame.participants.items() if r == "traveller"] or list(frame.participants)
                for key in movers:
                    where[key], when[key] = frame.place, frame.time
        return frames

    def _steps(self, doc: Doc, frames: list[Frame]) -> None:
        """Number the steps of a sentence: 'X görüşmesinin ardından Y'ye katılacak' is two events."""
        step = 0
        for prev, frame in zip([None] + frames, frames):
            if prev is not None and any(w in self.before_after for w in norms(doc)[prev.trigger.start:frame.trigger.start]):
                step += 1
            frame.step = step

    def _new_paragraph(self, sent: Span) -> bool:
        """A sentence after a line break starts a paragraph: the discourse date ends there."""
        return sent.start == 0 or "\n" in texts(sent.doc)[sent.start - 1] + spaces(sent.doc)[sent.start - 1]

    def _plan_date(self, doc: Doc, date: DateMention) -> bool:
        """A date of a plan: with a parse, in SVO, of a clause whose verb a future auxiliary governs ('a
        package that would be announced on Tuesday'); in SOV, of a purpose clause ('… görüşmek üzere'). It
        dates that plan, not the story the next sentences go on with."""
        if self.sov and date.start < date.end:  # '25 Nisan'da Putin ile görüşmek üzere': a purpose clause's
            words = norms(doc)
            for i in range(date.end + 1, doc[date.start].sent.end):
                if words[i] == ",":
                    return False
                if self._ends_a_purpose(words, i):
                    return True
            return False
        if self.sov or self.future is None or date.start == date.end or not parsed(doc):
            return False
        verb = _up_to_a_verb(doc[date.start])
        return verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and self.future.match(c.norm_) for c in verb.children)

    def _purpose_end(self, sent: Span, before: range) -> int:
        """In SOV, where a purpose clause ending just before this event's own words ends ('… görüşmek
        üzere'): after its marker; 0 when there is none."""
        if not self.sov:
            return 0
        words = norms(sent.doc)
        return max((i + 1 for i in range(max(before.start, sent.start + 1), before.stop)
                    if self._ends_a_purpose(words, i)), default=0)

    def _subject_before_a_purpose(self, sent: Span, trigger: Trigger, actors: list[ActorMention],
                                  cut: int) -> ActorMention | None:
        """In SOV, the name that opens the sentence set off by a comma, before a purpose clause cut from a
        finite verb's arguments: the main clause's subject ('Erdoğan, dün krizin son bulması için Putin ile
        bir araya geldi'); an embedded verb's is the genitive there. A verbal noun's own subject is in the
        genitive ('krizin'), an infinitive's is the main clause's, so a nominative there is never the
        purpose clause's."""
        words = norms(sent.doc)
        if not self.sov or trigger.nominal or cut <= sent.start + 1 or not self._ends_a_purpose(words, cut - 1):
            return None
        if self.embedded and self.embedded.match(words[trigger.end - 1]):
            # an embedded verb's subject is in the genitive ('Bakan X'in … görüşmek üzere Salı günü Şam'a
            # gideceğini açıkladı'): the last person in the genitive before the purpose clause
            return next((a for a in reversed(actors) if sent.start <= a.start < cut and a.case == "gen"
                         and not (a.is_place or a.weak or a.group)), None)
        shown = texts(sent.doc)
        first = next((a for a in actors if sent.start <= a.start < cut), None)
        if (first is None or first.case != "nom" or first.is_place or first.weak or first.group
                or first.end >= cut or shown[first.end] != "," or first.start - sent.start > 1):
            return None
        return first

    def _ends_a_purpose(self, words: list[str], i: int) -> bool:
        """A purpose marker after a verbal noun ('görüşmek üzere', 'imzalanması için')."""
        return words[i] in self.purpose and bool(self.verbal_noun and self.verbal_noun.match(words[i - 1]))

    def _another_verbs_agent(self, doc: Doc, actor: ActorMention, trigger: Trigger) -> bool:
        """With a parse, in SVO: an agent phrase whose 'by' hangs on another verb ('state media said, later
        confirmed by Seoul's intelligence service, that Kim … crossed into China'): that verb's agent."""
        if self.sov or trigger.nominal or not parsed(doc) or actor.start == 0 or doc[trigger.start].pos_ == "NOUN":
            return False  # (an event noun's predicate is its own: 'the summit … was attended by X')
        by = doc[actor.start - 1]
        while by.i > 0 and by.dep_ != "agent" and by.pos_ in ("DET", "PROPN", "NOUN", "PART", "ADJ"):
            by = doc[by.i - 1]  # past 'the', 'Seoul's'
        return (by.dep_ in ("agent", "prep") and by.head.pos_ in ("VERB", "AUX")
                and not trigger.start <= by.head.i < trigger.end)

    def _tells_a_plan(self, sent: Span) -> bool:
        """With a parse, in SVO: a sentence whose main verb tells a plan ('will meet', 'is expected to',
        'is to be held'), which a plan's date told just before may date."""
        if self.sov or self.future is None or not parsed(sent.doc):
            return False
        root = sent.root
        if any(c.dep_ in ("aux", "auxpass") and c.norm_ != "to" and self.future.match(c.norm_) for c in root.children):
            return True
        return (root.lemma_ == "be" or bool(self.future.match(root.norm_))) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.norm_ == "to" for a in c.children) for c in root.children)

    def _continues(self, sent: Span) -> bool:
        """A sentence that opens with 'Ardından' / 'Then' goes on from the previous one's time."""
        folded, space = norms(sent.doc), flags(sent.doc).space
        words = [folded[i] for i in range(sent.start, sent.end) if not space[i]][:2]
        return bool(words) and (words[0] in self.sequence or " ".join(words) in self.sequence)

    def _modifiers(self, doc: Doc, actors: list[ActorMention], triggers: list[Trigger]) -> list[ActorMention]:
        """In SOV, a bare name right before an event noun modifies it ('NATO zirvesi'): case 'mod'; not
        before a noun the analyser reads with no possessive, which heads no compound ('Zarif görüşmenin
        ardından açıklama yaptı': Zarif is the subject)."""
        if not self.sov:
            return actors
        words = texts(doc)
        nominal_starts = {t.start for t in triggers if t.nominal and (
            self.matcher.analyse is None or "P3sg" in self._tags(words[t.end - 1]))}
        return [replace(a, case="mod") if a.case == "nom" and a.end in nominal_starts else a for a in actors]

    def _window(self, trigger: Trigger, sent_triggers: list[Trigger], sent: Span) -> tuple[range, range, int, int]:
        """Token ranges holding this trigger's own arguments (before it, after it), where the clause
        begins once sources and goal clauses are cut off, and where its own phrase begins after any
        event named as its anchor (whose objects are that event's, though the subject is shared:
        'Trump'ın ziyaret boyunca … görüşmesi', 'Su, Uulu ile görüşmesinin ardından Cabar ile …')."""
        i = sent_triggers.index(trigger)
        j = i - 1
        while j >= 0 and sent_triggers[j].nominal and self.anchors.relation(sent, sent_triggers[j]) and not (
                self.possessed and self.possessed.search(norms(sent.doc)[sent_triggers[j].end - 1])):
            j -= 1  # a bare anchor ('ziyaret boyunca'); a possessed one ('toplantısının ardından') has its own possessor
        if self.sov and self.embedded and not trigger.nominal and self._finite(sent, trigger):
            while j >= 0 and self.embedded.match(norms(sent.doc)[sent_triggers[j].end - 1]):
                j -= 1  # an embedded clause ('imzalanan anlaşma'): a finite verb's subject comes before it
        inner = sent_triggers[i - 1].end if i > 0 else sent.start
        left = sent_triggers[j].end if j >= 0 else sent.start
        doc = sent.doc
        words = norms(doc)
        sources = [i + 1 for i in range(left, trigger.start) if words[i] in self.source_markers]
        purposes = [i + 1 for i in range(left + 1, trigger.start) if self._ends_a_purpose(words, i)]
        labels = [i + 1 for i in range(left, trigger.start) if words[i] == ":"] if (
            trigger.type != "statement") else []  # 'US State Department: Secretary X's Travel to Y'
        cut = max(sources + purposes + labels, default=sent.start)
        left = max(left, cut)  # 'X'e göre' is a source; '… etmesi için' a goal clause
        right = sent_triggers[i + 1].start if i + 1 < len(sent_triggers) else sent.end
        before = range(left, trigger.start)
        after = range(trigger.end, right) if not self.sov else range(trigger.end, trigger.end)
        return before, after, cut, max(inner, left)

    def _frame(self, sent: Span, trigger: Trigger, sent_triggers: list[Trigger], actors: list[ActorMention],
               dates: list[DateMention], published: Published, topic: str | None,
               sides: dict[str, str] | None = None, author: str | None = None) -> Frame:
        frame = Frame(trigger, sent)
        frame.noun = self._used_as_noun(sent, trigger)
        roles = {**self.roles.get(trigger.type, {}), **trigger.spec.get("roles", {})}
        before, after, cut, inner = self._window(trigger, sent_triggers, sent)
        elsewhere_nouns = self._other_noun_phrases(sent, trigger, sent_triggers)
        phrases = [self.anchors.phrase(sent, t) for t in sent_triggers if t is not trigger and t.nominal] + elsewhere_nouns
        own = [a for a in actors if ((a.start in before and (a.start >= inner or (a.case in SUBJECT_CASES and a.case != "agent")))
               or a.start in after) and not any(a.start in p for p in phrases)
               and not a.start < trigger.end <= a.end]  # a name holding the event word names the event ('NATO Zirvesi')
        own = [a for a in own if a.case != "agent" or not self._another_verbs_agent(sent.doc, a, trigger)]
        topical = self._subject_before_a_purpose(sent, trigger, actors, cut)
        if topical is not None and topical not in own:
            own.append(topical)
        if any(a.case == "nom" and inner <= a.start < trigger.start and not (a.is_place or a.weak or a.group) for a in own):
            own = [a for a in own if not (a.start < inner and a.case in ("nom", "gen"))]  # a clause with a subject of
            # its own shares none with the clause before ('X Çin'e giderken, Y Türkiye'yi ziyaret etti': Y alone)
        relative = self._object_relative(sent.doc, trigger)
        if relative is not None:  # 'the situation in Gaza, which X and I discussed': Gaza is the topic
            own = [a for a in own if a.start in relative]
        antecedent = self._subject_relative(sent.doc, trigger)
        if antecedent is not None:  # 'X met Maduro, who arrived in Turkey': Maduro travels, X does not
            clause, head = antecedent
            own = [a for a in own if a.start in clause] + [
                replace(a, case="nom") for a in actors if a.start <= head < a.end and not a.is_place]
        controller = self._controller(sent.doc, trigger)
        if controller is not None:  # 'X and Y have agreed …, Herzog said, a day after arriving in Ankara': Herzog
            own = [a for a in own if a.case not in SUBJECT_CASES] + [
                replace(a, case="nom") for a in actors if a.start <= controller < a.end and not a.is_place]
        subject = self._common_subject_phrase(sent.doc, trigger, before.start - 1)
        if subject is not None:  # 'Last year alone, Medvedev reminded, over two million Russians visited …' (but
            own = [a for a in own if not (a.start < trigger.start and a.case in SUBJECT_CASES  # 'representatives
                                          and a.start not in subject)]  # of the United States and Ukraine met')
            carried = self._carried(sent.doc, subject)
            own = [replace(a, case="nom") if a.start in carried else a for a in own]
        said = [i for i in range(before.start, trigger.start) if norms(sent.doc)[i] in self.speech_verbs]
        if said and (any(said[-1] < a.start < trigger.start and a.case in SUBJECT_CASES for a in own)
                     or self._common_subject(sent.doc, trigger, said[-1])):
            own = [a for a in own if a.start > said[-1]]  # 'spokesman X said Wednesday Mr. Obama will meet Y';
            # 'the Prime Minister confirmed that a British rescue team arrived': the team travels, not the sayer
        if self.sov and trigger.spec.get("reported") and not trigger.nominal:
            shown = texts(sent.doc)
            lead = next((a for a in actors if a.case == "nom" and not a.is_place and a.end < trigger.start and not a.weak
                         and (a.entity.kind != "person" or len(a.entity.name.split()) > 1)  # (a name the article gave)
                         and shown[a.end] == "," and not any(w.strip() for w in shown[sent.start:a.start])), None)
            if lead is not None:  # 'Denktaş, … Kıbrıs Türk muhalefet liderlerinin katılacağını söyledi': the name
                own = [a for a in own if a.case not in SUBJECT_CASES] + [lead]  # set off by a comma says it
        passive_talks = self.sov and not trigger.nominal and trigger.type in TALKS_TYPES and self._passive(sent.doc, trigger)
        if passive_talks:  # 'X'in tedariki de görüşüldü': what was discussed; the sides are the article's
            own = [a for a in own if a.case not in ("nom", "gen")]
        if self.sov and trigger.nominal:  # a noun takes possessors and compounds, not subjects
            own = [replace(a, case="mod") if a.case == "nom" and self._compound_modifier(sent.doc, a) else a
                   for a in own]
            own = [a for a in own if a.case != "nom"]
        head = self._participle_head(sent, trigger, actors)
        if head is not None:  # (an agent phrase stays: 'Sezer tarafından kabul edilen Cheney')
            own = [a for a in own if a.case not in SUBJECT_CASES or a.case == "agent"] + [head]
        genitives = [a.start for a in own if a.case == "gen" and (a.start in before or a is topical) and not a.is_place]
        if (self.sov and self.embedded and genitives and not trigger.nominal
                and self.embedded.match(norms(sent.doc)[trigger.end - 1])):
            # the verb of an embedded clause has the genitive for subject; a nominative before it is the
            # main clause's ('Ali Koç, Klaus'un etkinliğe katılacağını söyledi': Klaus attends)
            own = [replace(a, case="nom") if a.start in genitives else a  # the subject, in the subject's role
                   for a in own if not (a.case == "nom" and a.start < min(genitives))]
            finite_subject = False
        elif (self.sov and self.embedded and not trigger.nominal and self.embedded.match(norms(sent.doc)[trigger.end - 1])
              and self._genitive_noun_before(sent.doc, trigger, before)):
            # its subject is a genitive noun with no name ('misyon şefinin de katılacağını'): not the main clause's
            own = [a for a in own if not (a.case == "nom" and a.start in before)]
            frame.has_subject, finite_subject = True, False
        else:
            finite_subject = not trigger.nominal and (self._finite(sent, trigger) or any(
                a.case == "nom" and a.start in before and a.entity.kind != "city" for a in own))
        filed = None  # the place the story was filed from places the event only when the sentence places it nowhere
        for actor in sorted(own, key=lambda a: a.dateline):  # ('MOSCOW (AFP): … signed … following their talks in Pyongyang')
            if actor.case == "gen" and finite_subject:
                continue  # a genitive belongs to an embedded clause ('X'in … uğramasını kınadı')
            if actor.dateline and actor.is_place and trigger.type != "travel":
                filed = filed or actor
                continue
            case = "acc" if actor.case == "nom" and actor.start in after else actor.case
            if actor.case != "gen" and self._possessor(sent.doc, trigger, actor):
                case = "poss"  # 'the visit of King Abdullah': the visitor
            if actor.entity.key in self.seats and (case in self.place_cases or case == "acc"):
                actor = replace(actor, entity=self.seats[actor.entity.key])  # 'at the White House': Washington
            self._assign(frame, actor, case, roles)
        if sides and (self._names_the_sides(sent, range(before.start, trigger.start), adjacent=True) or (
                not frame.has_subject and not trigger.nominal
                and self._names_the_sides(sent, range(sent.start, trigger.start)))):
            for key in sides:  # 'tarafların anlaşmaya vardığı': the sides of the talks just reported
                frame.participants.setdefault(key, roles.get("nom") or roles.get("agent") or "participant")
            frame.own, frame.has_subject = max(frame.own, len(sides)), True
        if not frame.has_subject and roles.get("nom", "participant") and not self._common_subject(
                sent.doc, trigger, sent.start - 1):  # a passive's subject is no party; a common noun's verb has its own
            subject = (topic if passive_talks else self._fallback_subject(actors, trigger, topic, sent, dates)) or author
            if subject and subject not in frame.participants:
                frame.participants[subject] = roles.get("nom", "participant")
                if trigger.nominal and any(a.case == "com" and not a.is_place for a in own):
                    frame.own += 1  # 'X, Y ile görüşmesinin ardından': X is the other side of the talks
                others = self._conjoined(sent.doc, actors, subject, trigger)
                for other in others:  # 'Erdoğan ve Scholz, baş başa görüşmenin ardından …': both sides
                    frame.participants.setdefault(other, roles.get("nom", "participant"))
                frame.own += len(others) + (1 if others else 0)
        if frame.place is None:
            dated = [p for p in elsewhere_nouns if any(d.start in p for d in dates)]  # another time, another place
            theirs = {a.start for a in actors if a.is_place and any(a.start in p for p in dated)}
            frame.elsewhere |= theirs  # (nor the article's setting for this event)
            frame.place = self._sentence_place(sent, [a for a in actors if a.start >= cut and a.start not in theirs
                                                      and not (a.dateline and trigger.type != "travel")],
                                               trigger, sent_triggers, frame.elsewhere)
        if frame.place is None and filed is not None:
            self._assign(frame, filed, filed.case, roles)
        if trigger.spec.get("named"):  # the gathering itself and the bodies its name holds ('NATO Zirvesi')
            for actor in actors:
                if trigger.start <= actor.start < trigger.end and not actor.is_place:
                    if actor.entity.key not in frame.participants:
                        frame.participants[actor.entity.key] = "participant"
                        frame.own += 1
        _a_visit_to_someone(frame)
        frame.modality = self._modality(sent, trigger, sent_triggers)
        if trigger.spec.get("reported") and self._press_says(sent, trigger):
            frame.participants = {}  # 'Reuter Ajansı, … bildirdi': the press reports; no one made a statement
        if trigger.spec.get("reported"):  # a date in the reported clause dates what was said, not the saying;
            saying = [d for d in dates if not self.sov and parsed(sent.doc)  # one of its own phrases dates it:
                      and _up_to_a_verb(sent.doc[d.start]).i == trigger.start]  # 'said on Friday', 'At a press
            frame.time, frame.dated = (self._time(saying, trigger, {d.start for d in saying}, trigger.start,  # conference
                                                  published, False, sent.doc)  # … on Friday, Lavrov said'
                                       if saying else (default_span(published), False))
        else:
            first = sent_triggers[0].start
            own_span: range | set[int] = range(inner, trigger.start)
            future = frame.modality == "future" or (
                all(d.kind == "weekday" for d in dates) and self._futurate(sent, trigger))  # (a caption: 'welcome X on Tuesday, Feb. 11')
            if trigger.nominal and (not self.sov or self._nominative(sent, trigger)):
                following = self._predicate_span(sent, trigger, sent_triggers, after)
                own_span = set(own_span) | set(following)
                predicate = norms(sent.doc)[following.start:following.stop]
                future = future or bool(self.future and any(
                    self.future.match(w) for k, w in enumerate(predicate, start=following.start)
                    if not (k == trigger.end and w == self.infinitive)))  # ('an agreement to cut tariffs': its content)
                # 'the talks … will take place on Tuesday'; 'agreement needs to be reached' is only wanted
                shown = texts(sent.doc)[following.start:following.stop]
                if not self.sov and self.hypothetical and any(
                        self.hypothetical.match(w) and t.islower() for w, t in zip(predicate[:3], shown)):
                    frame.modality = "hypothetical"
            goal = self._purpose_end(sent, before)
            if goal:  # '25 Nisan'da Putin ile görüşmek üzere Vladivostok'a gelen Kim': the date is the purpose
                dates = [d for d in dates if d.start >= goal or d.start == d.end]  # clause's, not the trip's
            if elsewhere_nouns:  # 'in preparation for Obama's meeting with Hu early next month': that meeting's date
                dates = [d for d in dates if not any(d.start in p for p in elsewhere_nouns)]
            dates = [d for d in dates if not self._relative_clause_date(sent, d, trigger, actors)
                     and not self._another_nouns_date(sent, d, trigger, sent_triggers)]
            phrase = self._noun_phrase(sent.doc, trigger)
            inside = [d for d in dates if phrase is not None and d.start in phrase and d.start >= trigger.end]
            frame.time, frame.dated = self._time(inside or dates, trigger, set(own_span) | {d.start for d in inside},
                                                 first, published, future, sent.doc)
            offset = self._offset_time(sent, trigger, dates, published)
            if offset is not None:  # ('a day after arriving': not the date of the clause it hangs on)
                frame.time, frame.dated = offset
        return frame

    def _offset_time(self, sent: Span, trigger: Trigger, dates: list[DateMention],
                     published: Published) -> tuple[TimeSpan, bool] | None:
        """With a parse: an event told by its distance from the clause it hangs on ('…, Herzog said
        Thursday, a day after arriving in Ankara'), dated from that clause's own date: Wednesday."""
        offsets, doc = self.day_offsets, sent.doc
        if not offsets or self.sov or not parsed(doc):
            return None
        event = doc[trigger.start]
        prep = event.head
        if not (event.dep_ == "pcomp" and prep.norm_ in offsets["after"] + offsets["before"] and prep.i > 0):
            return None
        unit = prep.head if prep.head.norm_ in offsets["units"] else doc[prep.i - 1]  # ('a day' on 'after', or
        if unit.norm_ not in offsets["units"]:  # beside it on the verb: the parse does either)
            return None
        count = next((offsets["counts"].get(c.norm_) or (int(c.text) if c.text.isdigit() else None)
                      for c in unit.children if c.dep_ in ("det", "nummod")), None)
        anchor = _up_to_a_verb(unit.head if unit is prep.head else prep.head)
        told = [d for d in dates if d.start < d.end and _up_to_a_verb(doc[d.start]).i == anchor.i]
        if not count or not told or anchor.i == unit.i:
            return None
        days = count * offsets["units"][unit.norm_] * (-1 if prep.norm_ in offsets["after"] else 1)
        when = resolve(told[0], published, self.lex.lang)
        return replace(when, earliest=when.earliest + timedelta(days=days), latest=when.latest + timedelta(days=days)), True

    def _another_nouns_date(self, sent: Span, date: DateMention, trigger: Trigger, sent_triggers: list[Trigger]) -> bool:
        """In SOV, a date a few words before another event noun that comes before this event's word is
        that noun's ('7 Aralık'ta Atina'daki buluşmanın iade-i ziyareti için Ankara'ya gelen …': the Athens
        meeting was on 7 December, not the visit returning it)."""
        if not self.sov:
            return False
        words = norms(sent.doc)
        return any(t is not trigger and date.end <= t.start < trigger.start and t.start - date.end <= 4
                   and (t.nominal or self._case_marked(words[t.end - 1])) for t in sent_triggers)

    def _case_marked(self, word: str) -> bool:
        """A noun in a case by every reading the analyser gives ('buluşmanın', 'zirvesinde'): an event
        noun, not a verb ('görüştü') or a participle ('gelen')."""
        readings = self.matcher.analyse(word) if self.matcher.analyse is not None else []
        return bool(readings) and all(r.tags & CASE_TAGS for r in readings)

    def _relative_clause_date(self, sent: Span, date: DateMention, trigger: Trigger, actors: list[ActorMention]) -> bool:
        """In SOV, a date before a relative participle that describes a person named before the event word
        is that relative clause's ('dün akşam İstanbul'a gelen Scholz ile bir araya geldi': the arrival was
        last night, the meeting is today's news); with no person between, the participle describes the
        event noun itself or a gathering the event is anchored to, and its date is the event's ('dün yapılan
        görüşmede', '9-11 Temmuz'da düzenlenen NATO Zirvesi sırasında imzalanan')."""
        if not self.sov or self.matcher.analyse is None or date.end > trigger.start:
            return False
        words, shown = norms(sent.doc), texts(sent.doc)
        for k in range(date.end, trigger.start - 1):
            if shown[k] == ",":
                return False  # 'dün, İstanbul'a gelen X ile görüştü': set off, the date heads the sentence
            if shown[k].isalpha() and shown[k].islower() and any(  # (a title is capitalised: 'Bakan', 'Başkanı')
                    "Verb" in r.tags and r.tags & RELATIVE_PARTICIPLES for r in self.matcher.analyse(words[k])) and any(
                    k < a.start < trigger.start and a.entity.kind == "person" for a in actors):
                return True
        return False

    def _common_subject_phrase(self, doc: Doc, trigger: Trigger, after: int) -> range | None:
        """By the parse, the tokens of the trigger's verb's own subject after ``after`` when it is a
        common noun ('a … team arrived') or people counted ('over two million Russians visited Turkey'),
        so no name before it is the subject; else None."""
        if self.sov or not parsed(doc):
            return None
        verb = next((doc[i] for i in range(trigger.start, trigger.end) if doc[i].pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > after and (
            c.pos_ == "NOUN" or any(n.dep_ == "nummod" for n in c.children))), None) if verb is not None else None
        return range(subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else None

    def _carried(self, doc: Doc, subject: range) -> set[int]:
        """By the parse, the tokens of whom a vehicle subject carries ('a special train carrying North Korean
        leader Kim arrived'): they travel, and the vehicle does not."""
        return {k for i in subject if doc[i].dep_ == "acl" and doc[i].norm_ in self.carrier_verbs
                for c in doc[i].children if c.dep_ in ("dobj", "obj")
                for k in range(c.left_edge.i, c.right_edge.i + 1)}

    def _common_subject(self, doc: Doc, trigger: Trigger, after: int) -> bool:
        """Whether :meth:`_common_subject_phrase` finds one."""
        return self._common_subject_phrase(doc, trigger, after) is not None

    def _futurate(self, sent: Span, trigger: Trigger) -> bool:
        """An event verb in the present tense, by the parse ('Sunday she has separate meetings with …',
        'Monday she goes to Amman'): news tells what is over in the past tense, so this is scheduled
        and its weekday is the coming one. What is said ('says') is left out."""
        if not self.futurate_tags or trigger.type == "statement" or not parsed(sent.doc):
            return False
        token = next((sent.doc[i] for i in range(trigger.start, trigger.end) if sent.doc[i].pos_ in ("VERB", "NOUN")), None)
        if token is not None and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj"):
            token = token.head  # 'has meetings'
        return token is not None and token.tag_ in self.futurate_tags and not any(
            c.dep_ in ("aux", "auxpass") for c in token.children)  # 'has met' is past

    def _noun_phrase(self, doc: Doc, trigger: Trigger) -> range | None:
        """With a parse, in SVO: the phrase an event noun heads, its possessor and modifiers included
        ('President Obama's first meeting with President Hu early next month in London')."""
        if self.sov or not parsed(doc):
            return None
        nouns = [doc[i] for i in range(trigger.start, trigger.end) if doc[i].pos_ == "NOUN"]
        head = next((t for t in nouns if not trigger.start <= t.head.i < trigger.end or t.head.i == t.i),
                    nouns[0] if nouns else None)  # 'news conference': the phrase 'conference' heads
        return range(head.left_edge.i, head.right_edge.i + 1) if head is not None else None

    def _other_noun_phrases(self, sent: Span, trigger: Trigger, sent_triggers: list[Trigger]) -> list[range]:
        """The phrases of the sentence's other event nouns that this trigger is not inside of: their
        names and dates are their own ('X and Y held talks Wednesday in preparation for Obama's
        meeting with Hu next month': Obama and Hu are not at the talks)."""
        out = []
        for t in sent_triggers:
            phrase = self._noun_phrase(sent.doc, t) if t is not trigger else None
            if phrase is not None and trigger.start not in phrase and not (t.start in range(trigger.start, trigger.end)):
                out.append(phrase)
            elif t is not trigger and not t.nominal and parsed(sent.doc):
                out += self._other_clause(sent.doc, t, trigger)
        return out

    def _object_relative(self, doc: Doc, trigger: Trigger) -> range | None:
        """With a parse: the relative clause the event's verb heads when the clause has a subject of
        its own, so that its antecedent is what the event is about ('…, which X and I discussed')."""
        verb = self._relative_verb(doc, trigger)
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.norm_ in self.relative_clause["pronouns"] or c.norm_ in self.subject_pronouns
                               for c in subjects) or self._where_clause(doc, trigger) is not None:
            return None  # ('Lopes, who met Berg': the antecedent is the subject; 'he' is someone outside)
        return range(verb.left_edge.i, verb.right_edge.i + 1)

    def _relative_verb(self, doc: Doc, trigger: Trigger):
        """With a parse, the event's verb when it heads a relative clause (else None)."""
        verb = doc[trigger.start]
        if not self.relative_clause or not parsed(doc) or verb.dep_ != self.relative_clause["label"]:
            return None
        return verb

    def _controller(self, doc: Doc, trigger: Trigger) -> int | None:
        """With a parse: the subject of the clause that a subjectless gerund adjunct hangs on, which is the
        gerund's subject too ('…, Herzog said Thursday, a day after arriving in Ankara'; 'Upon landing in
        Lima, the minister met …'): the token of that subject, or None."""
        if self.sov or not parsed(doc):
            return None
        verb = doc[trigger.start]
        if verb.pos_ != "VERB" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = _up_to_a_verb(head.head)  # 'after arriving', '(a day) after arriving': the verb it hangs on
        elif verb.dep_ != "advcl":
            return None
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        return next((c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)

    def _subject_relative(self, doc: Doc, trigger: Trigger) -> tuple[range, int] | None:
        """With a parse: the relative clause the event's verb heads when a relative pronoun is its
        subject ('Maduro, who arrived in Turkey late on June 7'): the clause, and its antecedent's token."""
        verb = self._relative_verb(doc, trigger)
        if verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.norm_ in self.relative_clause["pronouns"]
                                   for c in verb.children):
            return None
        return range(verb.left_edge.i, verb.right_edge.i + 1), verb.head.i

    def _other_clause(self, doc: Doc, other: Trigger, trigger: Trigger) -> list[range]:
        """With a parse: the subordinate clause another event's verb heads, when this trigger is outside
        it; its names and dates are that event's ('Lopes, who met Berg on Sunday, flew to Paris')."""
        verb = doc[other.start]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in self.subordinate or self._infinitival(verb):
            return []  # (a purpose infinitive shares its event's time and place: 'will host … to discuss … on 17 October')
        clause = range(verb.left_edge.i, verb.right_edge.i + 1)
        return [] if trigger.start in clause else [clause]

    def _possessor(self, doc: Doc, trigger: Trigger, actor: ActorMention) -> bool:
        """An actor in the possessor preposition right after an event noun, articles aside ('the visit
        of His Majesty King Abdullah')."""
        words, written = norms(doc)[trigger.end:actor.start], texts(doc)[trigger.end:actor.start]
        return bool(self.possessor_word) and words[:1] == [self.possessor_word] and all(
            w in self.determiners or t[:1].isupper() for w, t in zip(words[1:], written[1:]))  # (titles, styles)

    def _predicate_span(self, sent: Span, trigger: Trigger, sent_triggers: list[Trigger], after: range) -> range:
        """Where an event noun's own date may follow it: an English noun's complements up to the
        first comma ('the visit … to Washington on 12 February', not '…, first proposed on 3
        January, …'); a Turkish subject noun's predicate, after the last comma or embedded clause
        before it ('görüşmesi, 3 Ocak'ta yapılan anlaşmanın ardından dün gerçekleşti': dün)."""
        words = norms(sent.doc)
        end = after.stop if not self.sov else next((t.start for t in sent_triggers if t.start > trigger.start), sent.end)
        if not self.sov:
            return range(trigger.end, next((i for i in range(trigger.end, end) if words[i] in (",", ";")), end))
        start = trigger.end
        for i in range(trigger.end, end):
            if words[i] in (",", ";") or (self.embedded and self.embedded.match(words[i])):
                start = i + 1
        return range(start, end)

    def _named_gatherings(self, doc: Doc, actors: list[ActorMention], triggers: list[Trigger]) -> list[Trigger]:
        """A gathering named by a proper noun ('Çin-Afrika İş Birliği Forumu', 'the Munich Security
        Conference') is a meeting where something happens at it ('… Forumu'nda konuştu', 'at the …
        Conference') or where it is the subject of 'took place, began, ended'."""
        out = []
        words = norms(doc)
        for a in actors:
            if (a.in_quote or a.entity.kind != "organisation" or a.end - a.start < 2
                    or words[a.end - 1] not in self.gathering_heads or any(t.start < a.end and a.start < t.end for t in triggers)):
                continue
            told = a.case == "loc" or (a.case == "nom" and self.gathering_predicate is not None and any(
                self.gathering_predicate.match(w) for w in words[a.end:min(len(doc), a.end + 8)]))
            if told:
                out.append(Trigger(a.start, a.end, "meeting", NAMED_GATHERING))
        return out

    def _body_meets(self, frame: Frame) -> bool:
        """A body of states meeting ('NATO zirvesi Cuma günü sona erdi', 'the G7 ministers' meeting
        opened') is a gathering of its own: its meeting noun, with the body as its only own
        participant, is the subject of a verb saying the gathering took place ('criticised the G20
        meeting', 'NATO zirvesi öncesinde' are no gathering)."""
        trigger, sent = frame.trigger, frame.sentence
        if trigger.type not in GATHERINGS or not self.gathering_predicate or not (
                frame.own and self.multilateral & frame.participants.keys()):
            return False
        if self.sov and not self._nominative(sent, trigger):
            return False
        words = norms(sent.doc)[trigger.end:sent.end]
        stop = next((i for i, w in enumerate(words) if w in (",", ";")), len(words))
        return any(self.gathering_predicate.match(w) for w in words[:min(stop, 8)])

    def _compound_modifier(self, doc: Doc, actor: ActorMention) -> bool:
        """A bare name before a noun with the possessive -(s)I modifies it, as in a Turkish
        compound ('G20 ülkeleri', 'NATO zirvesi'): part of the noun phrase, not the subject."""
        analyse = self.matcher.analyse
        if analyse is None or actor.end >= len(doc) or actor.entity.kind in ("city",):
            return False
        word = texts(doc)[actor.end]
        return word.isalpha() and word.islower() and any(
            "Noun" in r.tags and r.tags & {"P3sg", "P3pl"} for r in analyse(norms(doc)[actor.end]))

    def _nominative(self, sent: Span, trigger: Trigger) -> bool:
        """Whether the analyser reads the event noun only as a bare nominative, the subject of what
        follows: 'zirvesi', not 'zirvesinde', 'zirveyi' or 'zirvenin'."""
        analyse = self.matcher.analyse
        if analyse is None:
            return False
        readings = [r for r in analyse(norms(sent.doc)[trigger.end - 1]) if "Noun" in r.tags]
        return bool(readings) and not any(r.tags & CASE_TAGS for r in readings)

    def _finite(self, sent: Span, trigger: Trigger) -> bool:
        """A finite verb ('kınadı', 'görüşecek') takes a nominative subject; genitives before it
        belong to embedded clauses."""
        return self.finite is not None and bool(self.finite.match(norms(sent.doc)[trigger.end - 1]))

    def _conjoined(self, doc: Doc, actors: list[ActorMention], subject: str, trigger: Trigger) -> list[str]:
        """Names joined to the subject by 've' / 'and' before the trigger ('X ve Y, …')."""
        chain = [a for a in actors if a.start < trigger.start]
        out, last = [], next((a for a in chain if a.entity.key == subject), None)
        if last is None:
            return out
        for actor in chain[chain.index(last) + 1:]:
            stop = actor.run_start if actor.run_start >= 0 else actor.start
            between = _outside_brackets(list(zip(norms(doc)[last.end:stop], texts(doc)[last.end:stop])))
            if not any(norm in self.conjunctions for norm, _ in between) or not all(
                    norm in self.conjunctions or text[:1] in "'’," for norm, text in between):
                break
            if actor.case != last.case or actor.entity.kind == "city":
                break
            out.append(actor.entity.key)
            last = actor
        return out

    def _names_people(self, sent: Span) -> bool:
        """Whether the sentence speaks of people as a group ('the leaders', 'liderler'); a capitalised word
        after the first is part of a name ('NATO Liderler Zirvesi')."""
        words, written = norms(sent.doc), texts(sent.doc)
        return self._anaphor([words[i] if i == sent.start or not written[i][:1].isupper() else "#"
                              for i in range(sent.start, sent.end)], self.people_anaphora)

    def _sides(self, earlier: list[Frame], people: bool, topic: str | None = None) -> dict[str, str] | None:
        """The sides of the last event with two of its own; ``people`` ('the leaders') wants two people.
        One the last sentence's subject (``topic``) takes part in comes first: 'They' are the sides of
        the talks the sentence was about, not of a meeting it only mentioned ('X and Y held talks in
        preparation for Obama's meeting with Hu. They discussed …')."""
        fitting = [f for f in earlier if f.own >= 2 and (
            not people or sum(k.startswith("person:") for k in f.participants) >= 2)]
        about = [f for f in fitting if topic in f.participants]
        last = (about or fitting)[-1:]
        return dict(last[0].participants) if last else None

    def _names_the_sides(self, sent: Span, window: range, adjacent: bool = False) -> bool:
        """'taraflar', 'the two sides' in the clause (with ``adjacent``: right before the event noun,
        as in 'heyetler arası görüşme')."""
        words = norms(sent.doc)[window.start:window.stop]
        if adjacent:
            while words and words[-1] in self.between_words:
                words.pop()
            return bool(words and words[-1] in self.joint_words) or self._anaphor(words, self.party_anaphora, True)
        return self._anaphor(words, self.party_anaphora)

    def _anaphor(self, words: list[str], phrases: list[str], at_end: bool = False) -> bool:
        """One of these phrases among the words (with ``at_end``: ending them), not after an other-word
        ('diğer yetkililer', 'other officials': people besides those told)."""
        text = " " + " ".join(words) + " "
        found = text.endswith if at_end else text.__contains__
        return any(found(f" {p} ") and not any(found(f" {o} {p} ") for o in self.other_words) for p in phrases)

    def _participle_head(self, sent: Span, trigger: Trigger, actors: list[ActorMention]) -> ActorMention | None:
        """'… kınayan Kuzey Kore': a participle's subject is the name right after it, its title included,
        whatever case the main clause gives that name ('Ankara'ya gelen Şansölye Olaf Berger'i ağırladı')."""
        words, end = norms(sent.doc), trigger.end
        if end < sent.end and words[end] in self.plan_participles:
            end += 1  # 'ziyaret etmesi beklenen Pakistan Başbakanı Gilani': the one expected to visit
        elif self.participle is None or not self.participle.match(words[trigger.end - 1]) or (
                self.matcher.analyse is not None and "PresPart" not in self._tags(words[trigger.end - 1])):
            return None  # (by the analyser when there is one: 'giden' is a participle, 'ziyaretinden' an ablative)
        for actor in actors:
            first = min(actor.start, actor.run_start) if actor.run_start >= 0 else actor.start
            if end <= first <= end + 1 and actor.entity.kind != "city" and (
                    actor.case != "gen" or actor.entity.kind == "person"):  # 'ziyaret eden Başkan Bush'un …' (not
                # 'ABD'nin' possessing the office named after it)
                return replace(actor, case="nom")
        return None

    def _modifies_a_noun(self, doc: Doc, place: ActorMention, trigger: Trigger) -> bool:
        """With a parse: a place name that is a compound modifier of a common noun other than the event's
        ('the Ukraine invasion', 'U.S. troops') names no place, as 'his Turkey visit' does."""
        if not parsed(doc) or self.sov:
            return False
        root = next((t for t in doc[place.start:place.end] if not place.start <= t.head.i < place.end), None)
        if root is None or root.dep_ != "compound" or root.head.pos_ != "NOUN":
            return False
        noun = root.head
        if trigger.start <= noun.i < trigger.end:
            return False  # 'his Peru visit'
        goal = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "obj") else None
        return not (goal is not None and trigger.start <= goal.i < trigger.end)  # 'arrived at Ankara airport',
        # 'travelled to the Geneva conference': the noun is the event's own goal or venue, which the name places

    def _assign(self, frame: Frame, actor: ActorMention, case: str, roles: dict[str, str]) -> None:
        key = actor.entity.key
        place_role = frame.trigger.spec.get("place_cases", {}).get(case) or self.place_cases.get(case)  # ('left for X')
        travel = frame.trigger.type == "travel"
        if actor.is_place and case == "attr":
            if frame.place is None and (self._venue_of(actor, frame.trigger, frame.noun)
                                        or self._occasion_place(actor, frame)):
                frame.place = key  # 'Vilnius'taki NATO zirvesi', 'the summit in Vilnius': where the summit is
            return
        if actor.is_place and place_role:
            if self._modifies_a_noun(frame.sentence.doc, actor, frame.trigger):
                return  # 'since the Ukraine invasion', 'where U.S. troops are stationed': no place of the event
            if travel and parsed(frame.sentence.doc) and not self._in_its_clause(
                    actor, frame.trigger, frame.sentence, frame.elsewhere):
                return  # 'her trip to the Middle East in Turkey, which … ties to Arab states and Israel'
            if travel and (place_role == "destination" or not frame.destination):  # 'arrived in Amman'
                if frame.destination and actor.entity.kind == "country" and frame.city_in == actor.entity.country:
                    return  # 'a visit to the Ukrainian capital Kyiv, his first to Ukraine': the city says more
                goal = frame.trigger.spec.get("goal_cases")  # a motion verb's goal is its dative ('ABD'de … geldi' is none)
                frame.place, frame.destination = key, frame.destination or goal is None or case in goal
                frame.city_in = actor.entity.country if actor.entity.kind == "city" else None
            elif (place_role == "place" or (place_role == "destination" and frame.trigger.type == "hosting")) and (
                    (frame.place is None or (self.sov and place_role == "place" and actor.start < frame.trigger.start
                                             and frame.place_at < actor.start))
                    and self._in_its_clause(actor, frame.trigger, frame.sentence, frame.elsewhere)):
                frame.place, frame.place_at = key, actor.start  # (a guest is welcomed to where the host is:
                # 'welcome X to the White House'); in SOV the locative nearest the verb is its own ('… Afganistan'da
                # sürdüren Rice ile Kabil'de görüştükten sonra': the one before is the participle's)
            return
        if actor.is_place and travel and case == "abl":
            frame.origin = frame.origin or key  # 'Ankara'dan Paris'e gitti', 'flew from Ankara to Paris'
            return
        goal = frame.trigger.spec.get("goal_cases")
        if actor.is_place and travel and case in ("nom", "acc", "mod") and (goal is None or case in goal) and (
                actor.end >= frame.trigger.start - 1 or case == "acc") and not self._modifies_a_noun(
                frame.sentence.doc, actor, frame.trigger):
            frame.place, frame.destination = frame.place if frame.destination else key, True
            return
        role = roles.get(case)
        if actor.entity.kind == "city" or (actor.entity.kind == "country" and case == "gen"
                                           and frame.trigger.type != "agreement"):
            return  # a city is where, never who; a country's genitive is a possessor ('Belçika'nın başkenti')
        if role and actor.group:
            frame.groups.add(key)
        if role == "guest" and (actor.entity.kind == "person" or actor.group):
            gap = actor.start - frame.trigger.end if actor.start >= frame.trigger.end else frame.trigger.start - actor.end
            frame.guest_gap = min(frame.guest_gap, gap)
        if role and case == "acc" and not self._named_as(frame, actor):
            frame.objects.add(key)
        if role and case == "dat":
            frame.addressees.add(key)
        if case in frame.trigger.spec.get("person_goal", ()) and actor.entity.kind == "person" and not actor.weak and (
                actor.entity.office or " " in actor.entity.name) and key not in frame.visited:
            frame.visited.append(key)  # a person named in full or by office, not a landmark read as a name
        if role and case == "com" and key not in frame.participants:
            frame.partners.append(key)
            frame.partner_at[key] = (actor.start, actor.end)
        if role and key not in frame.participants:
            frame.participants[key] = role
            frame.own += 1
            frame.has_subject = frame.has_subject or case in SUBJECT_CASES

    def _subject(self, actors: list[ActorMention], before: int, cases: tuple[str, ...] = SUBJECT_CASES) -> str | None:
        """The first non-place actor in one of ``cases`` before a position (the clause's subject)."""
        for actor in actors:
            if actor.start >= before:
                break
            if actor.case in cases and actor.entity.kind != "city":
                return actor.entity.key
        return None

    def _subject_after(self, actors: list[ActorMention], trigger: Trigger, doc: Doc | None = None) -> str | None:
        """In SOV, a subject named after a nominal frame ('açıklamada Rutte, "…" dedi'); not a name
        listed before a topic noun ('Orta Doğu, Irak ve terörle mücadele konuları üzerinde')."""
        for actor in actors:
            if actor.start >= trigger.end and actor.case == "nom" and actor.entity.kind != "city" and not (
                    doc is not None and self._listed_topic(doc, actor.end)):
                return actor.entity.key
        return None

    def _listed_topic(self, doc: Doc, i: int) -> bool:
        """Whether a list running from ``i`` (commas, 've', names, a few words) ends in a topic noun
        with its possessive ('… ve terörle mücadele konuları'): the names are topics, not actors."""
        analyse = self.matcher.analyse
        if analyse is None or not self.topic_nouns:
            return False
        words, written = norms(doc), texts(doc)
        listed, plain = False, 0
        for k in range(i, min(len(doc), i + 10)):
            if written[k] == "," or words[k] in self.conjunctions:
                listed, plain = True, 0
            elif written[k][:1].isupper() or written[k][:1] in self.apostrophes:
                plain = 0
            elif written[k].isalpha():
                if listed and any(r.lemma in self.topic_nouns and r.tags & {"P3sg", "P3pl"} for r in analyse(words[k])):
                    return True
                plain += 1
                if plain > 2:
                    return False
            else:
                return False
        return False

    def _fallback_subject(self, actors: list[ActorMention], trigger: Trigger, topic: str | None,
                          sent: Span | None = None, dates: list[DateMention] | None = None) -> str | None:
        """Nominative before the trigger, then (SOV) after it, then genitive before, then the topic."""
        subject = self._subject(actors, trigger.start, ("nom", "agent"))
        if subject is None and self.sov:
            subject = self._subject_after(actors, trigger, sent.doc if sent is not None else None)
        if subject is None and not (self.sov and trigger.spec.get("reported") and not trigger.nominal):
            subject = self._subject(actors, trigger.start, ("gen",))  # (a saying's genitive is the subject of
            # what is said: 'Diplomatik kaynaklar, Wolfowitz ve Myers'in … belirlenmediğini açıkladı')
        if subject is None and (self.pro_drop or (sent is not None and self._pronoun_subject(sent, trigger, dates or []))):
            subject = topic  # 'He was also to meet Putin': the person the last sentence was about
        return subject

    def _pronoun_subject(self, sent: Span, trigger: Trigger, dates: list[DateMention]) -> bool:
        """A personal pronoun opens the trigger's sentence or its main clause after an opening phrase
        ('He also met …', 'While there, he held talks …', 'On Monday, she will travel …', 'Sunday she
        has meetings …': a date opens it with no comma), or follows a quotation ('"…," he said')."""
        if not self.subject_pronouns:
            return False
        words, written = norms(sent.doc), texts(sent.doc)  # (not 'He said trade will be discussed': he is the sayer)
        dated = {i for d in dates for i in range(d.start, d.end)}
        opening = next((k for k in range(sent.start, trigger.start) if words[k] in self.subject_pronouns and (
            k == sent.start or written[k - 1] == ","
            or (k > 1 and written[k - 2] == "," and written[k - 1] in self.quotes)
            or (k - 1 in dated and all(
                i in dated or words[i] in self.prepositions for i in range(sent.start, k))))), None)
        return opening is not None and not any(w in self.speech_verbs for w in words[opening:trigger.start])

    def _sentence_place(self, sent: Span, actors: list[ActorMention], trigger: Trigger,
                        sent_triggers: list[Trigger], elsewhere: set[int]) -> str | None:
        """A locative place elsewhere in the sentence (before the trigger in SOV), or the place of an
        event the sentence names ('Brüksel'deki Euro Grubu toplantısından sonra', 'after the summit in
        Vilnius'): the sentence reports what happened there."""
        where = self._where_clause(sent.doc, trigger)
        if where is not None:  # '… attended a forum in Lima on Monday, where she met Berg': in Lima
            antecedent = _up_to_a_verb(sent.doc[where].head.head).i
            return next((a.entity.key for a in reversed(actors) if a.is_place and a.end <= where
                         and a.case not in SUBJECT_CASES and _up_to_a_verb(sent.doc[a.start]).i == antecedent), None)
        if self.sov:  # the locative nearest the verb ('… Afganistan'da sürdüren Rice ile Kabil'de görüştükten sonra …')
            actors = [a for a in reversed(actors) if a.start < trigger.start]
        for actor in actors:
            if actor.is_place and ((actor.case == "loc" and self._in_its_clause(actor, trigger, sent, elsewhere)) or (
                    actor.case == "attr" and any(self._at_the_event(sent, actor, t, trigger) for t in sent_triggers))):
                return actor.entity.key
        return None

    def _in_its_clause(self, place: ActorMention, trigger: Trigger, sent: Span, elsewhere: set[int]) -> bool:
        """With a parse: a place phrase places the event only from inside the event's own clause. When
        the event's verb heads a subordinate clause, the place must be in that clause ('As I discussed
        with the King, the Authority must … deliver in Gaza' does not place the talk); a place in
        another subordinate clause is that clause's ('Lopes, who arrived in Lima, met Berg'). Without
        a parse, word order has already decided."""
        doc = sent.doc
        phrase = self._noun_phrase(doc, trigger)
        if phrase is not None and place.start in phrase:
            return True  # 'Obama's meeting with Hu next month in London'
        if not parsed(doc):
            if self._in_a_complement(doc, place, trigger):
                elsewhere.add(place.start)
                return False
            return True
        inside = self._parsed_clause_holds(doc, place.start, trigger) and not self._in_the_topic(doc, place, trigger)
        if not inside:
            elsewhere.add(place.start)  # nor is it the article's setting for this event
        return inside

    def _in_the_topic(self, doc: Doc, place: ActorMention, trigger: Trigger) -> bool:
        """With a parse: a place inside the object of a verb of discussing or saying is in what was
        discussed or said, not where ('discussed the next steps in the fight against Daesh in Syria',
        'condemned the attack in Paris')."""
        if trigger.type not in ("consultation", "statement"):
            return False
        verbs = [doc[i] for i in range(trigger.start, trigger.end) if doc[i].pos_ in ("VERB", "AUX")]
        return any(c.dep_ in ("dobj", "obj") and not trigger.start <= c.i < trigger.end
                   and c.left_edge.i <= place.start <= c.right_edge.i for v in verbs for c in v.children)

    def _where_clause(self, doc: Doc, trigger: Trigger) -> int | None:
        """With a parse: the relative adverb of place ('where') opening the subordinate clause the
        event's verb heads, if it does."""
        event = doc[trigger.start]
        if not parsed(doc) or event.dep_ not in self.subordinate or event.head.i == event.i:
            return None
        return next((c.i for c in event.children if c.dep_ == "advmod" and c.norm_ in self.relative_place), None)

    def _parsed_clause_holds(self, doc: Doc, i: int, trigger: Trigger) -> bool:
        """Whether the parse puts the word at ``i`` (a place or a date phrase) in the event's own clause:
        its verb is the event's, or it is in a clause describing the event noun, or neither the word nor
        the event sits in a subordinate clause the other is outside of."""
        verb = _up_to_a_verb(doc[i])
        event = doc[trigger.start]
        while event.pos_ not in ("VERB", "AUX") and event.dep_ == "compound" and event.head.i != event.i:
            event = event.head  # 'phone talks': the noun the compound heads
        if event.pos_ not in ("VERB", "AUX"):
            event = event.head  # an event noun: the verb it is an argument of ('the meeting took place in …')
        for _ in range(4):  # a purpose infinitive shares its event's time and place ('will travel to Miami to
            if verb.i == event.i or not self._infinitival(verb) or verb.head.i == verb.i:  # convene the
                break                                                     # Conference, to be held on June 15')
            verb = _up_to_a_verb(verb.head)
        if verb.i == event.i:
            return True
        if self._where_clause(doc, trigger) is not None:
            return verb.i == _up_to_a_verb(event.head).i  # '… in Lima on Monday, where she met Berg'
        subordinate = self.subordinate
        describes_the_event = verb.dep_ in self.noun_clauses and (
            trigger.start <= verb.head.i < trigger.end  # 'talks that took place in Lima'
            or (verb.head.pos_ == "NOUN" and verb.head.head.i == event.i))  # 'The summit, held at Cusco, was attended'
        return describes_the_event or (
            not (event.dep_ in subordinate and not event.left_edge.i <= i <= event.right_edge.i)
            and verb.dep_ not in subordinate)

    def _describes(self, doc: Doc, i: int, trigger: Trigger) -> bool:
        """Whether the word at ``i`` is in a clause describing the event noun ('the summit, held on
        7-9 December', 'talks that took place on Monday')."""
        verb = _up_to_a_verb(doc[i])
        return verb.dep_ in self.noun_clauses and trigger.start <= verb.head.i < trigger.end

    def _infinitival(self, verb) -> bool:
        """A verb with the language's infinitive marker ('to convene', 'to be held')."""
        return bool(self.infinitive) and any(c.dep_ in ("aux", "auxpass") and c.norm_ == self.infinitive
                                             for c in verb.children)

    def _in_a_complement(self, doc: Doc, place: ActorMention, trigger: Trigger) -> bool:
        """Without a parse, in a head-final language: a phrase belongs to the first predicate after it.
        When that is a complement clause (a nominalised verb in the accusative or dative by every
        predicate reading: 'ABD'de şiddete yer olmadığını belirten Biden'), the place is in what is said;
        when the event is itself told in a complement, a place before another predicate (not a converb,
        which shares its clause) is outside it ('Ankara'da yaptığı açıklamada … görüşeceğini')."""
        predicates, derivations, cases, converbs, relatives = self.complement
        analyse = self.matcher.analyse
        if analyse is None or not predicates or not self.sov or place.end >= trigger.start:
            return False
        words = norms(doc)

        def complement(found: list) -> bool:
            return bool(found) and all(r.tags & derivations and r.tags & cases for r in found)

        def readings(i: int) -> list:
            """A word's predicate readings; none when it also reads as a plain noun and is no complement
            ('bakanı': the minister, not one who looks)."""
            every = analyse(words[i])
            found = [r for r in every if "Verb" in r.tags and r.tags & predicates]
            return found if complement(found) or all("Verb" in r.tags for r in every) else []

        for i in range(place.end, trigger.start):
            found = readings(i)
            if found and not all(r.tags & (converbs | relatives) for r in found):  # these hang on a later predicate
                return complement(found) or complement(readings(trigger.end - 1))
        return False

    def _at_the_event(self, sent: Span, place: ActorMention, named: Trigger, trigger: Trigger) -> bool:
        """A place that describes an event the sentence names ('Brüksel'deki toplantıdan sonra', 'during the
        summit in Vilnius') is where this event happens too, unless it came before that one ('ahead of the
        summit in Vilnius')."""
        if named is trigger or not self._venue_of(place, named):
            return False
        return self.anchors.relation(sent, named) != "before"

    def _occasion_place(self, place: ActorMention, frame: Frame) -> bool:
        """'Prag'daki 15 Temmuz etkinliğine katılacak': a place describing the occasion attended (the
        dative the entry asks for, a few words on) is where it is held."""
        occasions = tuple(frame.trigger.spec.get("dative_before", ()))
        if not occasions or place.end >= frame.trigger.start:
            return False
        words, written = norms(frame.sentence.doc), texts(frame.sentence.doc)
        for i in range(place.end + 1, min(frame.trigger.start, place.end + 5)):
            if written[i].islower() and words[i].startswith(occasions) and self._dative(words[i]):
                return True
        return False

    def _used_as_noun(self, sent: Span, trigger: Trigger) -> bool:
        """An event noun's entry, or a verb's entry after a determiner ('their meeting', 'the signing ceremony'),
        past a hyphenated compound ('a face-to-face meeting')."""
        i = trigger.start - 1
        while i > sent.start and _in_compound(sent.doc, i):
            i -= 1
        return trigger.nominal or (i >= sent.start and norms(sent.doc)[i] in self.determiners)

    def _venue_of(self, place: ActorMention, named: Trigger, as_noun: bool = False) -> bool:
        """A place phrase right beside a noun naming a gathering ('the summit in Vilnius', 'Brüksel'deki
        toplantı') is where it met; beside a deal or a trip it may only be what it is about. A trigger
        marked ``venue`` is held somewhere too, whatever its type ('a press conference in Ankara'); a verb's
        entry used as a noun (``as_noun``: 'their meeting in Ankara') is a noun here."""
        venue = named.spec.get("venue", False)
        return (venue or (named.type in GATHERINGS and (named.nominal or as_noun))) and 0 <= self._gap(place, named) <= 3

    def _gap(self, actor: ActorMention, trigger: Trigger) -> int:
        """Tokens between a place phrase and the event noun it describes (before it in SOV, after in SVO)."""
        return trigger.start - actor.end if self.sov else actor.start - trigger.end

    def _negated_verb(self, word: str) -> bool:
        """A verb in the negative by every verb reading the analyser gives (by the negation pattern
        without one): 'planlamıyor', 'yapmadı'."""
        analyse = self.matcher.analyse
        if analyse is None:
            return bool(self.negation and self.negation.match(word))
        verbs = [r for r in analyse(word) if "Verb" in r.tags]
        return bool(verbs) and all("Neg" in r.tags for r in verbs)

    def _modality(self, sent: Span, trigger: Trigger, sent_triggers: list[Trigger]) -> str:
        folded = norms(sent.doc)
        words = folded[trigger.start:trigger.end]
        near = [i for i in range(trigger.start - 1, sent.start - 1, -1) if not _in_compound(sent.doc, i)][:3]
        context = [folded[i] for i in reversed(near)]  # the three words before, a hyphenated compound skipped
        if self.negation and any(self.negation.match(w) for w in words[-1:] + ([] if self.sov else context)):
            return "negated"
        if self.hypothetical and self.sov and any(self.hypothetical.match(w) for w in words[-1:]):
            return "hypothetical"
        written = texts(sent.doc)
        if self.hypothetical and not self.sov and any(
                self.hypothetical.match(w) and written[i].islower()  # 'may meet', not 'in May'
                for i, w in zip(reversed(near), context)):
            return "hypothetical"
        if self.question_words:
            lead = range(max(sent.start, trigger.start - 8), trigger.start)
            asked = [i for i in lead if folded[i] in self.question_words]
            if asked and all(written[i].isalnum() for i in range(asked[-1] + 1, trigger.start)):
                return "hypothetical"  # 'too soon to know whether there will be a third summit': asked, not told
        if self._used_as_noun(sent, trigger) and not self.sov and (self.absence_words or self.negation):  # ('skipped the signing ceremony')
            lead = range(max(sent.start, trigger.start - 7), trigger.start)  # (a compound's hyphens are no break)
            cut = max((i for i in lead if not written[i].isalnum() and not _in_compound(sent.doc, i)),
                      default=lead.start - 1)
            if any(folded[i] in self.absence_words or (self.negation and self.negation.match(folded[i]))
                   for i in lead if i > cut):
                return "negated"  # 'stayed away from the summit', 'did not even bother attending the summit'
        if self.aim_words and not self.sov:
            lead = range(max(sent.start, trigger.start - 5), trigger.start)
            aims = [i for i in lead if folded[i] in self.aim_words
                    and not (i == trigger.start - 1 and self.adjective_participle
                             and self.adjective_participle.search(folded[i]))]  # 'a working meeting' is one
            if aims and not any(not written[i].isalnum() for i in range(aims[-1] + 1, trigger.start)):
                return "hypothetical"  # 'working on a hostage deal': a goal
        previous = folded[trigger.start - 1] if trigger.start > sent.start else ""
        if self.infinitive and previous == self.infinitive and sent_triggers[0] is not trigger and not self._trip_purpose(
                trigger, sent_triggers):
            return "hypothetical"  # '… telephoned X to discuss …': the purpose of the call, not another event
        following = folded[trigger.end] if trigger.end < sent.end else ""
        if following and following.startswith(self.denial_after or ("\0",)):
            return "negated"  # 'görüşmeyi reddetti': refused
        if any(following.startswith(m) for m in self.modal_after):
            return "hypothetical"  # 'imzalanması gerekiyor': needed, not done
        if following in self.plan_participles:
            return "future"  # 'ziyaret etmesi beklenen': expected, a plan
        if self.sov and trigger.nominal and following and self._negated_verb(following):
            return "negated"  # 'Arafat ile görüşmeyi planlamadığını': the noun's own verb says it is not so
        check = words[-1:] if self.sov else context
        if self.sov and trigger.nominal:
            alpha = flags(sent.doc).alpha
            last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if alpha[i]), None)
            check = check + ([folded[last]] if last is not None else [])
            check += [w for w in folded[max(sent.start, trigger.start - 2):trigger.start] if "FutPart" in self._tags(w)]
            # ('Temmuz ayında yapacağı Rusya ziyareti': the visit he will make)
        if not self.sov and parsed(sent.doc):  # a 'to' with a noun for object tells no plan ('en route to Beijing
            check = [w for i, w in zip(reversed(near), context)  # and crossed …'; 'looks forward to welcoming' does)
                     if not (w == self.infinitive and any(c.dep_ == "pobj" and c.i < trigger.start for c in sent.doc[i].children))]
        if self.future and any(self.future.match(w) for w in check):
            return "future"
        return "asserted"

    def _press_says(self, sent: Span, trigger: Trigger) -> bool:
        """The sentence opens with a news medium set off by a comma ('Reuter Ajansı, …', 'Reuters, citing …'),
        the subject of the saying: the press reporting, not an actor's statement."""
        shown = texts(sent.doc)
        words = [i for i in range(sent.start, min(trigger.start, sent.start + 8)) if shown[i].strip()]
        comma = next((k for k, i in enumerate(words) if shown[i] == ","), None)
        if not comma:
            return False
        return self.press.names_it(" ".join(shown[i] for i in words[:comma]))

    def _passive(self, doc: Doc, trigger: Trigger) -> bool:
        """Every verb reading the analyser gives the trigger's last word is passive ('görüşüldü'): its
        subject is what was talked about, and the talks' sides are the enclosing event's."""
        analyse = self.matcher.analyse
        verbs = [r for r in analyse(norms(doc)[trigger.end - 1]) if "Verb" in r.tags] if analyse is not None else []
        return bool(verbs) and all("Pass" in r.tags for r in verbs)

    def _tags(self, word: str) -> set[str]:
        """Every tag of every reading the analyser gives the word (none without one)."""
        analyse = self.matcher.analyse
        return {t for r in analyse(word) for t in r.tags} if analyse is not None else set()

    def _trip_purpose(self, trigger: Trigger, sent_triggers: list[Trigger]) -> bool:
        """The event an infinitive names right after a trip is what the trip is for ('goes to Aswan to
        meet X'): it happens there, when the trip does (a call's purpose, 'called X to discuss Y', is no
        other event)."""
        before = [t for t in sent_triggers if t.end <= trigger.start]
        return bool(before) and before[-1].type == "travel" and trigger.type != "travel"

    def _time(self, dates: list[DateMention], trigger: Trigger, before: range | set[int], first_trigger: int,
              published: Published, future: bool, doc: Doc | None = None) -> tuple[TimeSpan, bool]:
        """The nearest time expression of the clause, else one heading the sentence (it scopes over
        every clause), else the default window; and whether the text gave it."""
        if doc is not None and self.speech_verbs and trigger.type != "statement":
            words = norms(doc)
            dates = [d for d in dates if not any(  # 'said Wednesday', 'said on Wednesday': when it was said
                0 <= d.start - k < len(words) and words[d.start - k] in self.speech_verbs
                and all(w in self.prepositions for w in words[d.start - k + 1:d.start]) for k in (1, 2))]
        if doc is not None and self.since_words:
            words = norms(doc)
            dates = [d for d in dates if not any(  # 'since taking office January 20': a period's start
                w in self.since_words for w in words[max(0, d.start - 4):d.start])]
        if doc is not None and self.sov and self.future:
            words = norms(doc)  # 'süresi Aralık ayında dolacak olan anlaşma': the date is that relative clause's
            dates = [d for d in dates if not (d.end <= trigger.start and any(
                self.future.match(words[k]) and "PresPart" in self._tags(words[k + 1])
                for k in range(d.end, trigger.start - 1)))]
        dates = [d for d in dates if d.kind != "year" or self._year_of(doc, d, trigger)]
        own = [d for d in dates if d.start in before]
        if not own and trigger.type != "statement" and not trigger.nominal:
            # what was said, and an event named by a noun, are dated by their own clause only
            own = [d for d in dates if d.start < first_trigger] if self.sov else dates
            if own and doc is not None and parsed(doc):  # 'visit … to Halifax, where he will honour … on September 11, 2001'
                own = [d for d in own if d.start == d.end or self._parsed_clause_holds(doc, d.start, trigger)]
        if not own and trigger.nominal and doc is not None and parsed(doc):
            own = [d for d in dates if self._describes(doc, d.start, trigger)]  # 'the summit, held on 7-9 December'
        if not own and doc is not None and not self.sov and parsed(doc):
            own = [d for d in dates if _hangs_on(doc, d, trigger)]  # 'held a news conference on Monday'
        if not own:
            return default_span(published), False
        nearest = min(own, key=lambda d: abs(d.start - trigger.start))
        return resolve(nearest, published, self.lex.lang, future), True

    def _year_of(self, doc: Doc | None, date: DateMention, trigger: Trigger) -> bool:
        """A year named alone ('in 2023', '2023 yılında') dates only the event of its own clause: one it
        hangs on by the parse, else one it stands right beside (before the verb in SOV, after it
        otherwise), with no comma between. Years often date what a clause in passing recalls ('a bloc
        founded in 1969', "1916'da … simgeleyen anıt"), which must not date the news."""
        if doc is None:
            return False
        if not self.sov and parsed(doc):
            return _hangs_on(doc, date, trigger)
        between = range(date.end, trigger.start) if self.sov else range(trigger.end, date.start)
        return len(between) <= (3 if self.sov else 4) and (between or date.end <= trigger.start) and not any(
            texts(doc)[k] == "," for k in between)

    # -- linking and filtering ---------------------------------------------------
    def _link(self, frames: list[Frame], recent: list[Frame]) -> list[Frame]:
        """Fold adjuncts ('X'in ev sahipliğinde …') into the next event noun; give purposes their trip's place."""
        out: list[Frame] = []
        pending: Frame | None = None
        for frame in frames:
            if frame.trigger.spec.get("attach") == "previous":
                self._attach(frame, recent)
                continue
            if pending is not None:
                for key, role in pending.participants.items():
                    frame.participants.setdefault(key, role)
                    frame.own += 1
                frame.place = frame.place or pending.place
                pending = None
            if frame.trigger.spec.get("adjunct"):
                pending = frame
                continue
            if out and self._same_event(out[-1], frame):
                for key, role in frame.participants.items():  # 'signed a memorandum': one agreement
                    out[-1].participants.setdefault(key, role)
                out[-1].place = out[-1].place or frame.place
                continue
            out.append(frame)
        for i, a in enumerate(out):
            b = out[i + 1] if i + 1 < len(out) else None
            doc = a.sentence.doc
            folded = norms(doc)
            purpose = any(w in self.purpose for w in folded[a.trigger.end:min(a.trigger.end + 2, a.sentence.end)])
            if b is not None and b.trigger.type == "travel" and b.destination and any(
                    w in self.purpose for w in folded[a.trigger.end:b.trigger.start][:3]):
                a.place = a.place or b.place
                for key in b.participants:
                    a.participants.setdefault(key, self.roles.get(a.trigger.type, {}).get("nom", "participant"))
            elif purpose:
                a.modality = "hypothetical"  # 'anlaşmanın imzalanması için': a goal, not an event
            if b is not None and a.trigger.type == "travel" and a.destination and (b.trigger.nominal and any(
                    w in self.trip_purpose for w in folded[a.trigger.end:b.trigger.start]) or (
                    not self.sov and folded[b.trigger.start - 1] == self.infinitive and self._trip_purpose(b.trigger, [a.trigger]))):
                if not b.trigger.nominal and b.own == 0:
                    b.modality = "hypothetical"  # 'is in Brazil for five days to discuss trade deals': no one to talk with
                    continue
                b.place, b.time, b.modality = b.place or a.place, a.time, a.modality  # 'travel to Paris … for talks', 'to meet'
                for key in a.participants:
                    if key not in b.participants:
                        b.participants[key] = self.roles.get(b.trigger.type, {}).get("nom", "participant")
                        b.own += 1
        return out

    def _same_event(self, a: Frame, b: Frame) -> bool:
        """An event noun right after a verb of the same type names that event ('signed a memorandum')."""
        return (b.trigger.nominal and a.trigger.type == b.trigger.type and a.step == b.step
                and a.sentence.start == b.sentence.start and 0 <= b.trigger.start - a.trigger.end <= 4)

    def _attach(self, frame: Frame, recent: list[Frame]) -> None:
        """'Also present were A, B and C': people added to the last meeting, not a new event."""
        target = next((f for f in reversed(recent) if f.trigger.type in ("meeting", "hosting", "consultation")), None)
        if target is None:
            return
        for key in frame.participants:
            if key.startswith("person:"):
                target.participants.setdefault(key, "participant")

    def _named_as(self, frame: Frame, actor: ActorMention) -> bool:
        """The object is followed by what it is called (the trigger's ``unless_after_object``): 'called
        Erdoğan “a tough man”', 'called him an ally' names him, it does not phone him."""
        after = frame.trigger.spec.get("unless_after_object")
        doc = frame.sentence.doc
        return bool(after) and actor.end < len(doc) and norms(doc)[actor.end] in after

    def _keep(self, frame: Frame) -> bool:
        """Drop negated and hypothetical events, nouns without two named parties, unmet needs."""
        if frame.modality in ("negated", "hypothetical") or not frame.participants:
            return False
        if frame.trigger.nominal and not (frame.trigger.type == "travel" and frame.destination) and not (
                self._body_meets(frame) or frame.trigger.spec.get("named")):
            if frame.own < 2 or not any(k.startswith(("person:", "country:")) for k in frame.participants):
                return False
        if frame.own < frame.trigger.spec.get("min_own", 0):
            return False
        needs = frame.trigger.spec.get("needs")
        if needs == "person_addressee" and not any(k.startswith("person:") for k in frame.addressees):
            return False  # 'spoke to President X' talks with someone; 'spoke to reporters' is no call
        if needs == "person_object" and not any(k.startswith("person:") for k in frame.objects):
            return False  # 'çözüm aradı' searches; 'Kerry, Çavuşoğlu'nu aradı' calls
        if needs == "destination" and not frame.destination:
            return False
        if frame.trigger.type == "travel" and not any(k.startswith("person:") for k in frame.participants):
            travellers = [k for k, r in frame.participants.items() if r == "traveller"]
            if all(k.startswith("country:") and k not in frame.groups for k in travellers):
                return False  # someone must go ('The visit will reaffirm the UK's friendship with its NATO ally'),
                # and a state goes nowhere: its people and delegations do ('Turkey' read as the traveller)
        if needs == "person_destination" and not (frame.destination and any(
                k.startswith("person:") for k, r in frame.participants.items() if r == "traveller")):
            return False  # 'Secretary Clinton is in New York to attend …'; a state's presence is no trip
        if needs == "guest" and not any(r == "guest" and (k.startswith("person:") or k in frame.groups)
                                        for k, r in frame.participants.items()):
            return False  # 'kabul etti' hosts only when someone is received
        if needs == "guest_or_gathering" and not self._hosts_someone(frame):
            return False  # 'hosting more than 3 million refugees' receives no one named
        if needs == "guest" and frame.guest_gap > frame.trigger.spec.get("near", 10_000):
            return False  # 'welcomed the decision … Stoltenberg': the guest must be the one welcomed
        return True


def _at_home(frame: Frame, owners: dict[str, str], countries: dict[str, str]) -> bool:
    """A presence ('is in X', needs 'person_destination') in the traveller's own state is no trip
    ('Russian President Putin was in Moscow'); nor is a state's going to itself ('as France goes to
    "war with terror"': the traveller read as its own destination)."""
    if frame.trigger.type == "travel" and frame.place is not None and frame.participants.get(frame.place) == "traveller":
        return True
    if frame.trigger.spec.get("needs") != "person_destination" or frame.place is None:
        return False
    where = countries.get(frame.place, frame.place if frame.place.startswith("country:") else None)
    return any(owners.get(k) == where for k, r in frame.participants.items() if r == "traveller")


def _visits_dated(frames: list[Frame]) -> list[Frame]:
    """One visit told from both sides: a trip named by a noun, with no date or tense of its own, takes
    the date of the article's dated hosting or meeting at its destination with its traveller ('the
    visit of King X to the White House' … 'welcoming King X to the White House on 12 February'), and
    a hosting named by a noun the date of the trip that brings its guest there; so does an undated
    announced one ('will visit Washington'), and an undated announced meeting there ('Salı günü
    Washington'a geliyor … Washington'da Powell ile görüşmesi bekleniyor'). A past verb has its own time: 'Ankara'ya geçti' is
    today's trip even if tomorrow's meeting there is dated. One plan told twice is one plan: an
    undated announced event takes the date of the article's one dated announcement of the same kind
    by the same actors ('Klaus 15 Temmuz etkinliğine katılacak' … 'etkinliğe Klaus da katılacak';
    'will welcome King X on 12 February' … 'the President and King X will discuss …')."""
    sides = {"travel": ("hosting", "meeting"), "hosting": ("travel",), "meeting": ("travel",), "consultation": ("travel",)}
    told = [g for g in frames if g.dated]  # dates the text gave, before this pass lends any
    for frame in frames:
        if not frame.dated and frame.modality == "future":
            same = [g for g in told if g.modality == "future" and _kin(g.trigger.type, frame.trigger.type)
                    and g.participants.keys() & frame.participants.keys() and g.time.latest >= frame.time.latest]
            if len({(g.time.earliest, g.time.latest) for g in same}) == 1:
                frame.time, frame.dated = same[0].time, True
                continue
        untensed = frame.noun or frame.modality == "future"  # a plan is dated by the plan told
        if frame.dated or not untensed or frame.trigger.type not in sides or frame.place is None:
            continue
        other = next((g for g in told if g.trigger.type in sides[frame.trigger.type] and g.place == frame.place
                      and g.participants.keys() & frame.participants.keys()
                      and (frame.modality != "future" or g.time.latest >= frame.time.latest)), None)
        if other is not None:  # (an announced trip is not dated by a hosting already past)
            frame.time, frame.dated = other.time, True
    return frames


def _outside_brackets(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words outside a short aside in brackets ('Moon Jae-in (right) and Erdogan': a caption's
    '(right)', '(L)' stands beside a name, not between two)."""
    out, depth = [], 0
    for norm, text in words:
        if text == "(":
            depth += 1
        elif text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append((norm, text))
    return out if not depth else words


def _kin(a: str, b: str) -> bool:
    """Two event types one gathering can be told as: a meeting, the talks held at it, its hosting."""
    return a == b or {a, b} <= set(GATHERINGS)


def _substantial_ends(doc: Doc, distinct: bool = False) -> Iterator[int]:
    """Where each sentence of some length ends (``OPENING_WORDS`` words or more: not a byline or a
    date line); with ``distinct``, a sentence the page repeats word for word counts once."""
    alpha, seen = flags(doc).alpha, set()
    for sent in sentences(doc):
        if sum(alpha[sent.start:sent.end]) < OPENING_WORDS:
            continue
        if distinct:
            text = sent.text.strip()
            if text in seen:
                continue
            seen.add(text)
        yield sent.end


def _trips_narrowed(kept: list[Frame], unkept: list[Frame]) -> None:
    """'… bu hafta İngiltere'ye yapacağı ziyarette …' then 'Trump'ın 16-18 Eylül tarihlerinde düzenleyeceği
    ziyaret': a trip told again without its destination, by the same traveller at days inside the trip's
    stated window, is that trip, and its days are the trip's."""
    for frame in kept:
        if frame.trigger.type != "travel" or frame.time is None:
            continue
        travellers = {k for k, r in frame.participants.items() if r == "traveller"}
        inside = {(g.time.earliest, g.time.latest, g.time.precision, g.time.expression) for g in unkept
                  if g.dated and g.time is not None and travellers & g.participants.keys()
                  and frame.time.earliest <= g.time.earliest and g.time.latest <= frame.time.latest
                  and (g.time.earliest, g.time.latest) != (frame.time.earliest, frame.time.latest)}
        if len(inside) == 1:
            earliest, latest, precision, expression = inside.pop()
            frame.time, frame.dated = TimeSpan(earliest, latest, precision, expression), True


def _retyped(spec: dict, etype: str, dropped: str) -> dict:
    """A trigger entry read as another type, without one of its keys (a ``generic`` word whose mode is
    told, a visit's ``needs`` of a destination once it is a meeting)."""
    return {k: v for k, v in spec.items() if k != dropped} | {"type": etype}


def _a_visit_to_someone(frame: Frame) -> None:
    """A visit paid to a person, not to a place ('made her farewell visit to Erdogan', "Erdoğan'ı ziyaret
    etti"): the two meet in person; where the visitor went is not told, so it is no trip."""
    if frame.trigger.type != "travel" or frame.destination:
        return
    travellers = [k for k, r in frame.participants.items() if r == "traveller" and k.startswith("person:")]
    visited = [k for k in frame.visited if k not in travellers]
    if not travellers or not visited:
        return
    frame.trigger = replace(frame.trigger, type="meeting", spec=_retyped(frame.trigger.spec, "meeting", "needs"))
    frame.participants = dict.fromkeys(travellers[:1] + visited, "participant")
    frame.own = len(frame.participants)


def _in_compound(doc: Doc, i: int) -> bool:
    """A word inside a hyphenated compound ('face-to-face'): its 'to' is no infinitive's."""
    written, ws = texts(doc), spaces(doc)
    if written[i] in ("-", "‐"):
        return not ws[i] and i > 0 and not ws[i - 1]
    return (i + 1 < len(doc) and written[i + 1] in ("-", "‐") and not ws[i]) or (
        i > 0 and written[i - 1] in ("-", "‐") and not ws[i - 1])


def _hangs_on(doc: Doc, date: DateMention, trigger: Trigger) -> bool:
    """By the parse, the date phrase modifies one of the trigger's own words, directly or through its
    preposition ('held a news conference on Monday'; not 'condemned Monday's attack')."""
    root = next((t for t in doc[date.start:max(date.end, date.start + 1)]
                 if not date.start <= t.head.i < max(date.end, date.start + 1) or t.head.i == t.i), None)
    if root is None:
        return False
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    opener = doc[trigger.start]  # an event phrase that is itself a verb's adjunct ('said in a statement on
    return trigger.start <= head.i < trigger.end or (  # April 2'): a date of that verb dates it
        opener.pos_ == "ADP" and opener.head.i == head.i and head.pos_ in ("VERB", "AUX"))


TALKS_TYPES = frozenset({"meeting", "consultation"})  # talks, whose passive's subject is their topic


def _up_to_a_verb(token):
    """Up through prepositions and the nouns they hang on, to a verb (or the root), however long the
    chain ('in the wake of our joint response to the nerve agent attack in the United Kingdom')."""
    for _ in range(64):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def _overlap(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Whether two frame times share a day (a frame with no time yet fits any)."""
    return a is None or b is None or a.overlaps(b)


def _buckets(items: list, starts: list[int]) -> list[list]:
    """Items with a ``start`` token, put in the sentence (given by its first token) that holds it,
    in their order."""
    out: list[list] = [[] for _ in starts]
    for item in items:
        k = bisect.bisect_right(starts, item.start) - 1
        if k >= 0:
            out[k].append(item)
    return out


def participants_of(frame: Frame) -> tuple[Participant, ...]:
    """The frame's participants as records, in the order they were found; a trip with a traveller takes
    no state or body in another role ('Biden visited Kyiv before the anniversary of the Russia-Ukraine
    war': Biden goes, no state does; a person named beside a trip may be whom it brings)."""
    found = [Participant(key, role) for key, role in frame.participants.items()]
    if frame.trigger.type == "travel" and any(p.role == "traveller" for p in found):
        return tuple(p for p in found if p.role == "traveller" or p.key.startswith("person:"))
    return tuple(found)


__all__ = ["EventFinder", "Frame", "Trigger", "participants_of", "re"]

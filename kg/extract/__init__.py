"""The extract stage: from an Article and its Doc to typed event mentions and entities."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from .. import perf
from ..errors import ConfigError
from ..lexicons import Lexicon
from ..nlp import make_nlp, offsets, span_text
from ..records import Article, Entity, EventMention, Extraction
from .actors import ActorFinder, ActorMention
from .dates import DateFinder, Published, publication_period
from .events import EventFinder, Frame, participants_of
from .gazetteer import Gazetteer
from .offices import OfficeTable

__all__ = ["Extractor", "Gazetteer", "LanguageTools", "language_batches"]


@dataclass(frozen=True)
class LanguageTools:
    """One language's pipeline and finders, built once and reused for every article."""

    nlp: Language
    actors: ActorFinder
    dates: DateFinder
    events: EventFinder

    @classmethod
    def build(cls, lang: str, gazetteer: Gazetteer, use_models: bool = True,
              offices: OfficeTable | None = None) -> "LanguageTools":
        lexicon = gazetteer.lexicons.get(lang) or Lexicon.load(lang)
        nlp = make_nlp(lexicon, use_model=use_models)
        return cls(nlp, ActorFinder(lexicon, gazetteer, offices), DateFinder(lexicon, nlp.vocab),
                   EventFinder(lexicon, nlp.vocab, gazetteer.seats))


class Extractor:
    """Turns articles into Extractions; language tools are built on first use."""

    def __init__(self, gazetteer: Gazetteer | None = None, use_models: bool = True) -> None:
        self.gazetteer = gazetteer or Gazetteer.build()
        self.use_models = use_models
        self.offices = OfficeTable.load()
        self._tools: dict[str, LanguageTools] = {}

    def tools(self, lang: str) -> LanguageTools:
        """The pipeline and finders of one language."""
        tools = self._tools.get(lang)
        if tools is None:
            tools = self._tools[lang] = LanguageTools.build(lang, self.gazetteer, self.use_models, self.offices)
        return tools

    def extract(self, article: Article) -> Extraction:
        """All event mentions of one article."""
        tools = self.tools(article.lang)
        extraction = self._from_doc(tools, article, tools.nlp(article.content))
        self._renew_if_grown(article.lang)
        return extraction

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        """Extract a stream of articles, piping runs of same-language articles through spaCy's
        ``nlp.pipe`` in batches; memory stays at one batch."""
        for batch in language_batches(articles, batch_size):
            yield from self._pipe(batch)

    def _pipe(self, batch: list[Article]) -> Iterator[Extraction]:
        tools = self.tools(batch[0].lang)
        for article, doc in zip(batch, tools.nlp.pipe(a.content for a in batch)):
            yield self._from_doc(tools, article, doc)
        self._renew_if_grown(batch[0].lang)

    def _renew_if_grown(self, lang: str) -> None:
        """Drop a language's tools once its spaCy Vocab holds ``VOCAB_LIMIT`` word forms; they are
        built afresh on next use, so memory stays bounded on a stream of any length (results do
        not depend on what the pipeline has seen)."""
        tools = self._tools.get(lang)
        if tools is not None and len(tools.nlp.vocab) >= perf.VOCAB_LIMIT:
            self._tools.pop(lang, None)

    def from_doc(self, article: Article, doc: Doc) -> Extraction:
        """Event mentions from a Doc of ``article.content`` made by ``self.tools(article.lang).nlp``."""
        tools = self.tools(article.lang)
        if doc.vocab is not tools.nlp.vocab:
            raise ConfigError(f"{article.id}: the Doc was made by another pipeline (the extractor renews a "
                              f"language's pipeline as its vocabulary grows); make it with "
                              f"extractor.tools('{article.lang}').nlp just before from_doc")
        return self._from_doc(tools, article, doc)

    def _from_doc(self, tools: LanguageTools, article: Article, doc: Doc) -> Extraction:
        published = _published_day(article)
        actors = tools.actors.find(doc, published)
        dates = tools.dates.find(doc)
        frames = tools.events.frames(doc, actors, dates, published)
        entities = _entities(actors)
        mentions = tuple(_mention(article, f) for f in frames)
        used = ({p.key for m in mentions for p in m.participants} | {m.place for m in mentions if m.place}
                | {m.origin for m in mentions if m.origin})
        for key in list(used):
            if key not in entities and key in self.gazetteer.entities:
                entities[key] = self.gazetteer.entities[key]  # a seat of government's city ('at the White House')
            owner = entities[key].affiliation if key in entities else None
            if owner and owner not in entities and owner in self.gazetteer.entities:
                entities[owner] = self.gazetteer.entities[owner]
            if owner:
                used.add(owner)
        return Extraction(article, tuple(e for k, e in entities.items() if k in used), mentions)


def language_batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Runs of consecutive same-language articles, at most ``size`` each, in input order."""
    batch: list[Article] = []
    for article in articles:
        if batch and (article.lang != batch[0].lang or len(batch) >= size):
            yield batch
            batch = []
        batch.append(article)
    if batch:
        yield batch


def _published_day(article: Article) -> Published:
    """The local publication day (or month or year, when only that is known), or None: relative
    dates then stay unknown (today is never used)."""
    if article.published is None:
        return None
    return publication_period(article.published.date(), article.published_precision)


def _entities(actors: list[ActorMention]) -> dict[str, Entity]:
    """One entity per key: the first mention's, with the office and state another mention gives
    ('Hu Jintao, the President of China': the office, read from the dated table, names him too)."""
    out: dict[str, Entity] = {}
    for actor in actors:
        ent = out.setdefault(actor.entity.key, actor.entity)
        if (not ent.office and actor.entity.office) or (not ent.affiliation and actor.entity.affiliation):
            out[ent.key] = replace(ent, office=ent.office or actor.entity.office,
                                   affiliation=ent.affiliation or actor.entity.affiliation)
    return out


def _mention(article: Article, frame: Frame) -> EventMention:
    sent = frame.sentence
    doc = sent.doc
    whole = span_text(doc, sent.start, sent.end)
    text = whole.strip()
    start = offsets(doc)[sent.start] + (len(whole) - len(whole.lstrip()))
    field, offset = ("title", 0) if start < article.body_offset else ("text", article.body_offset)
    confidence = (0.4 if frame.trigger.nominal else 0.7) + (0.1 if frame.time and frame.time.precision == "day" else 0)
    return EventMention(
        article_id=article.id, type=frame.trigger.type, trigger=span_text(doc, frame.trigger.start, frame.trigger.end),
        participants=participants_of(frame), place=frame.place, origin=frame.origin, time=frame.time, sentence=text,
        start=start - offset, end=start - offset + len(text), field=field, confidence=round(confidence, 2),
        modality=frame.modality, step=frame.step)

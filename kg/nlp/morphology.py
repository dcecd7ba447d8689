"""Word analyses from a morphological analyser: every reading of a word form (lemma and the
morpheme tags along its derivation), each distinct form analysed once.

Turkish uses Zemberek (``zemberek-python``, Apache-2.0, a Python port of zemberek-nlp that
ships its lexicon: nothing is downloaded). It is loaded on the first Turkish word asked for,
so a batch of English articles never pays its load time (0.5 CPU s and 87 MB; its items and stems are
generated when a word first needs them, see ``_lazy_stem_transitions``). No
disambiguation: a trigger asks whether *some* reading of a word has its lemma and tags, and the
sense constraints of the trigger entry do the rest (Zemberek's own disambiguator analyses
about 300 words a second here, too slow for a whole batch).

A reading's tags are the morpheme ids Zemberek gives (``Pass``, ``Neg``, ``Past``, ``Inf2``,
``PastPart``, ``P3sg``, ``Dat`` …), plus the lemma's part of speech (``Verb``, ``Noun``) and
``Prop`` for proper nouns.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError
from ..perf import bounded


@dataclass(frozen=True)
class Reading:
    """One analysis of a word form: its lemma and the tags of its morphemes."""

    lemma: str
    tags: frozenset[str]


Analyse = Callable[[str], tuple[Reading, ...]]

CASES = {"Loc": "loc", "Dat": "dat", "Abl": "abl", "Acc": "acc", "Gen": "gen", "Ins": "com"}  # tag → the case names of roles.json


def analysed_case(tags: frozenset[str]) -> str:
    """The grammatical case a reading's tags mark (the project's names: 'loc', 'dat' …), else 'nom'."""
    return next((case for tag, case in CASES.items() if tag in tags), "nom")


class Zemberek:
    """Turkish word analyses by Zemberek, loaded on first use, cached per word form."""

    def __init__(self) -> None:
        self._morphology = None
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Reading, ...]] = {}

    def __call__(self, word: str) -> tuple[Reading, ...]:
        found = self._cache.get(word)
        if found is None:
            found = bounded(self._cache)[word] = self._analyse(word)
        return found

    def _analyse(self, word: str) -> tuple[Reading, ...]:
        morphology = self._morphology or self._load()
        readings = []
        for analysis in morphology.analyze(word).analysis_results:
            item = analysis.item
            tags = {m.id_ for m in analysis.get_morphemes()}
            tags.add(item.primary_pos.value)
            if item.secondary_pos.value == "Prop":
                tags.add("Prop")
            readings.append(Reading(item.lemma, frozenset(tags)))
        return tuple(dict.fromkeys(readings))

    def word_classes(self, word: str) -> frozenset[str]:
        """The parts of speech of the lexicon's items whose root is this word form as a whole ('ardından':
        Adv; 'sonra': Adv, Postp, Noun), read from the lexicon without analysing the word."""
        morphology = self._morphology or self._load()
        return morphology.lexicon.classes(word)

    def _load(self):
        with self._lock:
            if self._morphology is None:
                self._morphology = _create_zemberek()
        return self._morphology


def _create_zemberek():
    """Zemberek's morphology, without the logging it sets up: importing ``zemberek`` sets the
    root logger to INFO and adds a handler that prints to stdout; both are undone here."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from zemberek import TurkishMorphology
    except ImportError as exc:  # a dependency: only a broken install lacks it
        raise ConfigError("the Turkish analyser zemberek-python is not installed; "
                          "reinstall the project with: pip install -e .") from exc
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    logging.getLogger("zemberek").setLevel(logging.WARNING)
    builder = TurkishMorphology.Builder(_root_lexicon())
    builder.ambiguity_resolver = _NO_DISAMBIGUATION  # never asked for: its model would cost time and memory
    from zemberek.morphology.morphotactics import turkish_morphotactics
    eager = turkish_morphotactics.StemTransitionsMapBased
    turkish_morphotactics.StemTransitionsMapBased = _lazy_stem_transitions(eager)  # read when the morphotactics is built
    try:
        return builder.build()
    finally:
        turkish_morphotactics.StemTransitionsMapBased = eager


def _lazy_stem_transitions(eager: type) -> type:
    """Zemberek's map of stem surfaces, filled block by block as words ask for them instead of for
    all 67,755 lexicon items at load (two thirds of its load time). A block holds the items whose
    roots begin alike (``_block``): Zemberek changes a root of three or more letters only in its
    last two ('kitap' → 'kitab', 'ağız' → 'ağz', 'ara' → 'ar', 'hak' → 'hakk'), so every surface
    it generates begins as its root's block does; the roots it changes at the front ('ben' →
    'ban') are among its special roots, which are generated at once with every root shorter than
    three letters. Every stem Zemberek looks up is a prefix of the word analysed, so filling the
    blocks of the word's first two, three and four letters before the lookup gives the same
    analyses, in the same order, as the full map (a test compares them). A batch of 666 Turkish
    articles fills 4,801 of the items."""

    class LazyStemTransitions(eager):
        def __init__(self, lexicon, morphotactics):
            self._pending: dict[str, list[str]] = {}
            self._fill_lock = threading.Lock()
            self._filling = False  # while a fill runs, the surfaces it adds to are noted in _touched
            self._touched: set[str] = set()
            super().__init__(type(lexicon)([]), morphotactics)  # an empty lexicon: nothing generated yet
            self.lexicon = lexicon
            ids = lexicon.ids()
            self._rank = {id_: rank for rank, id_ in enumerate(ids)}
            for id_ in ids:
                root = lexicon.root(id_)
                if len(root) >= 3 and id_ not in self.special_roots:
                    self._pending.setdefault(_block(root), []).append(id_)
                else:
                    super().add_dictionary_item(lexicon.get_item_by_id(id_))

        def _fill(self, word: str | None) -> None:
            """Generate the transitions of the blocks a word's stems may be in (None: of all)."""
            keys = list(self._pending) if word is None else [
                word[:size] for size in range(2, _BLOCK + 1) if word[:size] in self._pending]
            if not keys:
                return
            with self._fill_lock:
                self._filling = True
                try:
                    for name in keys:
                        for id_ in self._pending.pop(name, ()):
                            self.add_dictionary_item(self.lexicon.get_item_by_id(id_))
                    self._in_lexicon_order()
                finally:
                    self._filling = False

        def add_stem_transition(self, stem_transition) -> None:
            super().add_stem_transition(stem_transition)
            if self._filling:
                self._touched.add(stem_transition.surface)

        def _in_lexicon_order(self) -> None:
            """The transitions of each surface a fill added to, in the order the full map holds
            them (its items' lexicon order), so that a word's analyses come in the same order."""
            last = len(self._rank)  # an item added later (Zemberek's unknown-word guesses) comes last
            for surface in self._touched:
                if surface in self.multi_stems:
                    self.multi_stems[surface].sort(key=lambda t: self._rank.get(t.item.id_, last))
            self._touched.clear()

        def get_prefix_matches(self, inp: str, ascii_tolerant: bool):
            self._fill(None if ascii_tolerant else inp)
            return super().get_prefix_matches(inp, ascii_tolerant)

        def get_transitions(self, stem: str | None = None):
            self._fill(stem or None)
            return super().get_transitions(stem)

        def get_transitions_for_item(self, item):
            self._fill(_block(item.root))
            return super().get_transitions_for_item(item)

    return LazyStemTransitions


_BLOCK = 4  # the longest block key: the first four letters of a root of six letters or more


def _block(root: str) -> str:
    """The block of a root of three letters or more: its letters before the last two, at least two
    and at most ``_BLOCK`` of them ('görüş' → 'gör', 'ziyaret' → 'ziya', 'ara' → 'ar')."""
    return root[:max(2, min(len(root) - 2, _BLOCK))]


_NO_DISAMBIGUATION = object()


def _root_lexicon():
    """Zemberek's shipped lexicon with the items ``RootLexicon.get_default()`` reads, each made when
    first asked for (see ``_lazy_lexicon``)."""
    from importlib.resources import files

    text = (files("zemberek") / "resources" / "lexicon.csv").read_text(encoding="utf-8")
    return _lazy_lexicon()([line.split("\t") for line in text.splitlines() if line])


@cache
def _lazy_lexicon() -> type:
    """Zemberek's lexicon, its items made from their lines of ``lexicon.csv`` when first asked for
    (by id, or when the stem map fills their block) instead of all 67,755 at load. It holds the
    items Zemberek's own reader gives: the first line of each id, a reference to another entry
    made from that entry's first line (Zemberek's reader finds it by scanning the whole file
    again, for each of its 1,003 references), and iterates them in the order of Zemberek's own
    set of items (``ids``), so that the stem map ranks them as Zemberek's does."""
    from zemberek.morphology.lexicon.root_lexicon import DictionaryReader, RootLexicon

    item_of = DictionaryReader.make_dict_item_from_line

    class LazyLexicon(RootLexicon):
        def __init__(self, lines: list[list[str]]):
            super().__init__([])
            self._lines: dict[str, list[str]] = {}
            for line in lines:
                self._lines.setdefault(line[0], line)
            self._items: dict = {}
            self._roots: dict[str, list[list[str]]] | None = None
            self._classes: dict[str, frozenset[str]] = {}

        def ids(self) -> list[str]:
            """The ids in the order Zemberek's reader's set of items holds them: a set of the
            same hashes (an item's is its id's) added to in the same order."""
            order: set[str] = set()
            for id_ in self._lines:
                order.add(id_)
            return list(order)

        def root(self, id_: str) -> str:
            return self._lines[id_][2]

        def classes(self, word: str) -> frozenset[str]:
            """The primary and secondary parts of speech of the items whose root is ``word``."""
            if self._roots is None:
                roots: dict[str, list[list[str]]] = {}
                for line in self._lines.values():
                    roots.setdefault(line[2], []).append(line)
                self._roots = roots
            found = self._classes.get(word)
            if found is None:
                lines = self._roots.get(word, ())
                found = self._classes[word] = frozenset(c for line in lines for c in (line[3], line[4]))
            return found

        def get_item_by_id(self, id_: str):
            item = self._items.get(id_)
            if item is None and id_ in self._lines:
                line = self._lines[id_]
                item = self._items[id_] = item_of(line)
                if line[7] != "null":
                    item.set_reference_item(item_of(self._lines[line[7]]))
            return item

        def __contains__(self, item) -> bool:  # Zemberek's items are equal when their ids are
            return getattr(item, "id_", None) in self._lines

        def __len__(self) -> int:
            return len(self._lines)

        def __iter__(self):
            return iter([self.get_item_by_id(id_) for id_ in self.ids()])

    return LazyLexicon


_ANALYSERS: dict[str, Callable[[], Analyse]] = {"zemberek": Zemberek}
_LOADED: dict[str, Analyse] = {}
_LOADED_LOCK = threading.Lock()


def analyser(name: str | None) -> Analyse | None:
    """The analyser a language's data names (one per process, shared by its pipelines), or None."""
    if not name:
        return None
    if name not in _ANALYSERS:
        raise ConfigError(f"unknown morphological analyser {name!r} in a language.json; known: {', '.join(_ANALYSERS)}")
    with _LOADED_LOCK:  # one analyser per process, even when threads ask at once
        if name not in _LOADED:
            _LOADED[name] = _ANALYSERS[name]()
        return _LOADED[name]

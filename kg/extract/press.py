"""News media by name: the press reports events and takes no part in them ('told Reuters',
'Reuter Ajansı, … bildirdi'). The names are language-neutral data (``kg/lexicons/media.json``),
the head nouns of a medium's name per language (``organisations.json`` 'media_heads')."""
from __future__ import annotations

from ..lexicons import Lexicon, load_shared
from .gazetteer import name_key


class Press:
    """One language's test for a news medium's name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.names = frozenset(name_key(m) for m in load_shared("media.json")["media"])
        self.heads = frozenset(name_key(h) for h in lexicon.organisations.get("media_heads", []))
        self.ends = frozenset(n.split()[-1] for n in self.names | self.heads)  # a cheap first test

    def names_it(self, name: str) -> bool:
        """Whether the words are a medium's name ('Reuters', 'Anadolu Ajansı', 'The Washington Post')."""
        whole = name_key(name)
        return whole in self.names or any(whole.endswith(" " + h) for h in self.heads if " " in whole)

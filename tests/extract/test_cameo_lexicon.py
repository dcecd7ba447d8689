"""English triggers derived from the PETRARCH-2 CAMEO verb dictionary (kg/lexicons/en/triggers-cameo.jsonl,
made by scripts/derive_cameo_triggers.py): what the derivation keeps, and the sentences (written for
these tests, publication 2025-02-17) that only a derived entry finds."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.lexicons import Lexicon, load_shared
from tests.extract.test_events import assert_found

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("derive", ROOT / "scripts" / "derive_cameo_triggers.py")
derive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive)

DICTIONARY = """\
---  MEET_PEOPLE   [040]  ---
FACE  # sha  8/17/93
MEET {MEETS MET MEETING}
- * (FOR TALKS)                                       [036:036]     # MEET
- * CRITICISM                                         [:111]        # FACE
---  HOLD   [---]  ---
HOLD {HOLDS HELD HOLDING}
- * TALKS                                             [046]         # HOLD
- $ * TALKS (WITH +)                                  [046]         # HOLD
---  SEND   [---]  ---
SEND {SENDS SENT SENDING}
- * ENVOY                                             [042]         # SEND
---  SIGN   [---]  ---
SIGN
- * MEMORANDUM                                        [057]         # SIGN
- * LAW                                               [057]         # SIGN
"""


def test_the_derivation_keeps_support_verb_constructions_only():
    forms, patterns = derive.parse(DICTIONARY)
    ids = [e["id"] for e in derive.entries(forms, patterns)]
    # 'hold talks' and 'sign a memorandum' name the event; 'send an envoy' has a person for object,
    # 'sign a law' no event noun, 'face' only a synset default code, '$ * TALKS' an actor slot
    assert ids == ["cameo-046-hold-talks", "cameo-057-sign-memorandum"]
    assert forms["SIGN"] == ["SIGN", "SIGNS", "SIGNED", "SIGNING"]  # regular forms, as PETRARCH makes them


def test_the_shipped_file_names_its_source_and_uses_known_types():
    lexicon = Lexicon.load("en")
    derived = [t for t in lexicon.triggers if t.get("cameo")]
    assert derived, "the derived file is loaded after the written one"
    assert lexicon.triggers.index(derived[0]) > max(i for i, t in enumerate(lexicon.triggers) if not t.get("cameo"))
    known = set(load_shared("roles.json")["roles"])
    assert {t["type"] for t in derived} <= known
    head = (ROOT / "kg" / "lexicons" / "en" / "triggers-cameo.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert "petrarch2" in head and "MIT" in head and "676801cd9cb2924bbbad09f86d15c9323e7097bf" in head


@pytest.mark.parametrize("text, expected", [
    ("President Maria Lopez and Prime Minister Ken Ito exchanged views on trade in Tokyo.",
     ("consultation", ("Ken Ito", "Maria Lopez"), "Tokyo", "2025-02-17")),
    # a written entry covering the same words wins, with its place rules ('the summit in Lima')
    ("President Maria Lopez attended the summit in Lima with President Omar Haddad.",
     ("meeting", ("Maria Lopez", "Omar Haddad"), "Lima", "2025-02-17")),
])
def test_sentences(extract_one, text, expected):
    assert_found(extract_one, "en", text, expected)

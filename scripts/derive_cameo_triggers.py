"""Derive English trigger entries from the PETRARCH-2 CAMEO verb dictionary.

    python scripts/derive_cameo_triggers.py CAMEO.2.0.txt > kg/lexicons/en/triggers-cameo.jsonl

Source: https://github.com/openeventdata/petrarch2, file
``petrarch2/data/dictionaries/CAMEO.2.0.txt`` at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf
(MIT licence, Copyright (c) 2014 Open Event Data). The dictionary itself is not copied into this
repository; only the entries derived from it are, with the source named in the output's first line.

What is taken: the dictionary's *patterns* that code an event of ours as a verb with an event
noun for its object or in its prepositional phrase — support-verb constructions ('HOLD * TALKS',
'SIGN * MEMORANDUM', 'HOST * DINNER', 'TALK * (OVER TELEPHONE)', 'ATTEND * SUMMIT', 'PAY * VISIT')
— where the noun names the type the code maps to (EVENT_NOUNS); never a bare verb from a synset's
default code, which in PETRARCH makes 'face' and 'confront' consultations. Patterns with a
subject before the verb, a synset reference (&X), an actor slot ($, +, ^) or a negation are left
out. The verb's forms are those the dictionary lists plus the regular -s, -ed, -ing forms, as
PETRARCH itself generates them; the object noun may be plural; up to three words may stand
between the verb and its object ('held bilateral talks', 'signed a memorandum').
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# CAMEO code → our event type (GUIDELINES.md): 041 phone, 042 visit, 043 host a visit, 044 meet at
# a third location, 046 negotiate, 057 sign a formal agreement. 040, 045, 010-012 are too broad.
CODES = {"041": "phone_call", "042": "travel", "043": "hosting", "044": "meeting", "046": "consultation",
         "057": "agreement"}
SOURCE = ("English event triggers derived by scripts/derive_cameo_triggers.py from the PETRARCH-2 CAMEO "
          "verb dictionary (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, "
          "commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence, (c) 2014 Open Event Data): the "
          "patterns coding CAMEO 041, 042, 043, 044, 046 and 057 as a verb with the object or prepositional "
          "phrase that makes the event. Regenerate rather than edit.")

# The nouns that name an event, by the type they name. A pattern is kept only when its object holds
# one and that noun names the pattern's type: a support-verb construction ('hold talks', 'pay a
# visit', 'sign a memorandum'). An object that is a person ('send an envoy', 'receive the
# ambassador') makes the subject someone other than our role expects, and a bare preposition
# ('head to', 'return from') needs the destination rules of the hand-written entries.
EVENT_NOUNS = {
    "consultation": {"TALKS", "TALK", "TALKING", "NEGOTIATION", "NEGOTIATIONS", "DISCUSSION", "VIEWS", "IDEAS",
                     "MEETING", "SESSION", "CONFERENCE", "SUMMIT", "SEMINAR", "WORKSHOP", "DEBATE"},
    "meeting": {"MEETING", "SUMMIT", "CONFERENCE", "TALKS"},
    "travel": {"VISIT", "TRIP", "TOUR", "PILGRIMAGE", "STOP"},
    "phone_call": {"TELEPHONE", "PHONE", "CALL", "CONVERSATION"},
    "agreement": {"AGREEMENT", "MEMORANDUM", "PROTOCOL", "DECLARATION", "DEAL", "TREATY", "ACCORD"},
    "hosting": {"DINNER", "RECEPTION", "MEETING", "SUMMIT", "VISIT"},
}
_HEADER = re.compile(r"^---\s+(\S+)\s+\[[^\]]*\]\s+---")
_VERB = re.compile(r"^(\+?[A-Z_]+)\s*(\{([^}]*)\})?")
_PATTERN = re.compile(r"^-\s+(.*?)\s+\[([0-9:]+)\]\s*#\s*(\S+)")


def regular_forms(verb: str) -> list[str]:
    """The -s, -ed and -ing forms PETRARCH generates for a verb it lists without them."""
    if verb.endswith("E"):
        return [verb + "S", verb + "D", verb[:-1] + "ING"]
    if verb.endswith(("S", "SH", "CH", "X", "Z")):
        return [verb + "ES", verb + "ED", verb + "ING"]
    if verb.endswith("Y") and verb[-2:-1] not in "AEIOU":
        return [verb[:-1] + "IES", verb[:-1] + "IED", verb + "ING"]
    return [verb + "S", verb + "ED", verb + "ING"]


def parse(text: str) -> tuple[dict[str, list[str]], list[tuple[str, str, list[str]]]]:
    """Verb → its forms; and (verb, code, object words) for every usable pattern."""
    forms: dict[str, list[str]] = {}
    patterns: list[tuple[str, str, list[str]]] = []
    in_verbs = False
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip() if not raw.startswith("-") else raw.rstrip()
        if _HEADER.match(line):
            in_verbs = True
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            m = _PATTERN.match(line)
            if m:
                body, code, verb = m.group(1), m.group(2).split(":")[0], m.group(3)
                words = _object_words(body)
                if code in CODES and words and EVENT_NOUNS[CODES[code]] & set(words):
                    patterns.append((verb.upper(), code, words))
            continue
        if in_verbs and not line.startswith(("<", "=")):
            m = _VERB.match(line.strip())
            if m and "_" not in m.group(1) and not m.group(1).startswith("+"):
                verb = m.group(1)
                listed = (m.group(3) or "").split()
                forms.setdefault(verb, [verb, *(listed or regular_forms(verb))])
    return forms, patterns


def _object_words(body: str) -> list[str] | None:
    """The words after the verb ('*') of a pattern with nothing before it and no slot or synset."""
    if not body.startswith("*") or re.search(r"[&$+^%!|]", body):
        return None
    rest = body[1:].replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
    words = rest.split()
    return words if words and all(re.fullmatch(r"[A-Z][A-Z'-]*", w) for w in words) else None


def entries(forms: dict[str, list[str]], patterns: list[tuple[str, str, list[str]]]):
    seen = set()
    for verb, code, words in patterns:
        if verb not in forms or (verb, tuple(words)) in seen:
            continue
        seen.add((verb, tuple(words)))
        pattern = [{"NORM": {"IN": sorted({f.lower() for f in forms[verb]})}},
                   {"IS_PUNCT": False, "OP": "{0,3}"}]
        nouns = set().union(*EVENT_NOUNS.values())
        for word in words:
            w = re.escape(word.lower())  # an event noun may be plural ('talks', 'visits'); other words as written
            pattern.append({"NORM": {"REGEX": f"^{w}(s|es)?$" if word in nouns and not word.endswith("S") else f"^{w}$"}})
        entry = {"id": f"cameo-{code}-{verb.lower()}-{'-'.join(w.lower() for w in words)}", "type": CODES[code],
                 "cameo": code, "pattern": pattern}
        if CODES[code] == "travel":
            entry["needs"] = "destination"  # as every trip of ours: 'paid a visit to Ankara'
        else:
            entry["min_own"] = 2  # two named sides of its own: 'opened the conference' alone is no talks
        yield entry


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8", errors="replace")
    forms, patterns = parse(text)
    print(json.dumps({"_source": SOURCE}, ensure_ascii=False))
    for entry in entries(forms, patterns):
        print(json.dumps(entry, ensure_ascii=False))


if __name__ == "__main__":
    main()

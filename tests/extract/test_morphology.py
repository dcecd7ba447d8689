"""Triggers on lemma and morphology: the Turkish analyser's readings, the ANALYSIS token of the
trigger patterns, and the verb forms that one lemma entry covers (publication 2025-02-17).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest
import spacy

from kg.extract.patterns import CachedMatcher, _stem_prefix
from kg.nlp.morphology import Reading, analyser
from tests.extract.test_events import assert_found, events


@pytest.fixture(scope="module")
def zemberek():
    return analyser("zemberek")


@pytest.mark.parametrize("word, lemma, tags", [
    ("imzalanan", "imzalamak", {"Pass", "PresPart"}),          # a passive participle
    ("imzalamıştı", "imzalamak", {"Narr", "Past"}),             # pluperfect
    ("imzaladıkları", "imzalamak", {"PastPart", "P3pl"}),       # -DIK with a possessive
    ("görüşmesinde", "görüşmek", {"Inf2", "P3sg", "Loc"}),      # a verbal noun with case
    ("görüşüp", "görüşmek", {"AfterDoingSo"}),                  # a converb
    ("gitmedi", "gitmek", {"Neg", "Past"}),                      # negation
    ("gidecekleri", "gitmek", {"FutPart"}),                      # a softened stem
    ("ağırlandı", "ağırlamak", {"Pass", "Past"}),
])
def test_readings(zemberek, word, lemma, tags):
    assert any(r.lemma == lemma and tags <= r.tags for r in zemberek(word)), zemberek(word)


def test_lexicon_read_as_zemberek_reads_it():
    """The indexed reader gives every item of Zemberek's own, with the same references."""
    from zemberek.morphology.lexicon import RootLexicon

    from kg.nlp.morphology import _root_lexicon

    def items(lexicon):
        return sorted((i.id_, i.lemma, i.root, str(i.primary_pos), str(i.secondary_pos), i.pronunciation, i.index,
                       sorted(map(str, i.attributes or ())), i.reference_item.id_ if i.reference_item else None)
                      for i in lexicon)

    ours = items(_root_lexicon())
    assert len(ours) > 60_000 and sum(1 for i in ours if i[-1]) > 900  # references are read too
    assert ours == items(RootLexicon.get_default())


def test_a_word_is_analysed_once(zemberek):
    first = zemberek("kınadığını")
    assert zemberek("kınadığını") is first


@pytest.mark.parametrize("lemma, prefix", [
    ("gitmek", "gi"), ("imzalamak", "imzal"), ("ağırlamak", "ağırl"), ("etmek", "e"), ("ziyaret", "ziyare"),
])
def test_stem_prefix_screens_softened_stems(lemma, prefix):
    assert _stem_prefix(lemma) == prefix


def _matches(pattern: list[dict], text: str, analyse) -> list[str]:
    nlp = spacy.blank("tr")
    matcher = CachedMatcher(nlp.vocab, analyse)
    matcher.add("x", [pattern])
    doc = nlp(text)
    return [doc[s:e].text for _, s, e in matcher(doc)]


@pytest.mark.parametrize("analysis, text, found", [
    ({"LEMMA": "imzalamak"}, "anlaşmayı imzaladılar ve imzalanan metni yayımladılar", ["imzaladılar", "imzalanan"]),
    ({"LEMMA": "imzalamak", "HAS": ["Pass"]}, "anlaşmayı imzaladılar ve imzalanan metni", ["imzalanan"]),
    ({"LEMMA": "gitmek", "NOT": ["Neg"]}, "Roma'ya gitmedi ama Paris'e gidecek", ["gidecek"]),
    ({"LEMMA": ["görüşmek", "buluşmak"], "NOT": ["Imp", "Opt", "Neg", "Inf2"]}, "görüşme yaptılar, sonra buluştular",
     ["buluştular"]),
])
def test_analysis_token(zemberek, analysis, text, found):
    assert _matches([{"ANALYSIS": analysis}], text, zemberek) == found


def test_analysis_token_without_an_analyser_never_matches():
    assert _matches([{"ANALYSIS": {"LEMMA": "imzalamak"}}], "anlaşmayı imzaladılar", None) == []


def test_analysis_token_uses_only_the_readings_it_is_given():
    def fake(word: str) -> tuple[Reading, ...]:
        return (Reading("imzalamak", frozenset({"Verb", "Pass"})),) if word == "xyz" else ()
    assert _matches([{"ANALYSIS": {"LEMMA": "imzalamak", "HAS": ["Pass"]}}], "abc xyz", fake) == []  # screened out
    assert _matches([{"ANALYSIS": {"LEMMA": "imzalamak", "HAS": ["Pass"]}}], "imzalandı", lambda w: (
        Reading("imzalamak", frozenset({"Verb", "Pass"})),)) == ["imzalandı"]


@pytest.mark.parametrize("text, expected", [
    # every tense of one verb from one entry: pluperfect, converb, participle, -DIK
    ("Dışişleri Bakanı Ayla Demir, geçen Cuma Roma'da İtalya Başbakanı Marco Neri ile görüşmüştü.",
     ("meeting", ("Ayla Demir", "Marco Neri"), "Rome", "2025-02-14")),
    ("Bakan Ali Su, Londra'da İngiltere Dışişleri Bakanı Tom Hill ile görüşüp Brüksel'e geçti.",
     ("meeting", ("Ali Su", "Tom Hill"), "London", "2025-02-17")),
    ("Cumhurbaşkanı Ahmet Yıldız, dün Fransa Cumhurbaşkanı Emmanuel Macron ile bir ticaret anlaşması imzalamıştı.",
     ("agreement", ("Ahmet Yıldız", "Emmanuel Macron"), None, "2025-02-16")),
    ("Başbakan Leyla Aksoy'un Kiev'e gidecekleri açıklandı.",
     ("travel", ("Leyla Aksoy",), "Kyiv", "2025-02-17")),
    # a present participle: its subject is the name after it
    ("Fransa Cumhurbaşkanı Emmanuel Macron ile görüşen Dışişleri Bakanı Ayla Demir, Roma'ya geçti.",
     ("meeting", ("Ayla Demir", "Emmanuel Macron"), None, "2025-02-17")),
    # the passive of 'imzalamak': the parties are its agents, or the sides 'between' which it was signed
    ("Ticaret anlaşması dün Türkiye ve Kanada tarafından imzalandı.",
     ("agreement", ("Canada", "Türkiye"), None, "2025-02-16")),
    ("Türkiye ile Kanada arasında dün imzalanan ticaret anlaşması yürürlüğe girdi.",
     ("agreement", ("Canada", "Türkiye"), None, "2025-02-16")),
    # an event noun read as a bare nominative is the subject: the date of its clause is its own
    ("NATO zirvesi Cuma günü Vilnius'ta sona erdi.",
     ("meeting", ("NATO",), "Vilnius", "2025-02-14")),
    ("Başkan Ali Su ile Başbakan Tom Hill'in görüşmesi dün Londra'da yapıldı.",
     ("meeting", ("Ali Su", "Tom Hill"), "London", "2025-02-16")),
    # the passive: the host is the agent, the subject the guest
    ("Fransa Cumhurbaşkanı Emmanuel Macron, dün Ankara'da Başbakan Leyla Aksoy tarafından ağırlandı.",
     ("hosting", ("Emmanuel Macron", "Leyla Aksoy"), "Ankara", "2025-02-16")),
    # a finite verb after an embedded clause takes its subject from before that clause
    ("Cumhurbaşkanı Ahmet Yıldız, Kanada ile imzalanan anlaşmanın önemli olduğunu söyledi ve saldırıyı kınadı.",
     ("statement", ("Ahmet Yıldız",), None, "2025-02-17")),
])
def test_forms_of_one_lemma(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


@pytest.mark.parametrize("text, etype", [
    ("Bakan Ali Su, Başbakan Aybek Uulu ile görüşmedi.", "meeting"),          # negated
    ("Bakan Ali Su, dün Roma'ya gitmedi.", "travel"),                          # negated
    ("Saldırıyı kınamayan Fransa eleştirildi.", "statement"),                  # a negated participle
    ("İmzalanan anlaşmanın metni yayımlandı.", "agreement"),                   # a passive with no named party
])
def test_no_event(extract_one, text, etype):
    found = events(extract_one, "tr", text)
    assert [e for e in found if e[0] == etype] == [], found


@pytest.mark.parametrize("text, etype", [
    # infinitive and ability readings are no event
    ("Bakan Ali Koç'un Moskova'ya gitmesi gündemde değil.", "travel"),
    ("Bakan Ali Koç Moskova'ya gidebilir.", "travel"),
    # a group's origin is who, never where: 'gelen' is no trip
    ("Almanya'dan gelen heyet dün Ankara'ya ulaştı.", "travel"),
    ("Almanya'dan gelen liderlik mesajı olumlu karşılandı.", "travel"),
    # a body's meeting noun alone is an event only as the subject of 'took place, began, ended'
    ("Bakan Ali Koç, BM toplantısını eleştirdi.", "meeting"),
    ("NATO zirvesi öncesinde Bakan Ali Koç dün Lahey'e gitti.", "meeting"),
])
def test_review_no_event(extract_one, text, etype):
    assert [e for e in events(extract_one, "tr", text) if e[0] == etype] == []


@pytest.mark.parametrize("lang, text, expected", [
    # a date in a clause embedded after the noun is that clause's, not the event's
    ("tr", "Ali Koç ile Marco Neri'nin görüşmesi, 3 Ocak'ta yapılan anlaşmanın ardından dün gerçekleşti.",
     ("meeting", ("Ali Koç", "Marco Neri"), None, "2025-02-16")),
    ("tr", "Ali Koç ile Marco Neri'nin görüşmesi 3 Ocak'ta kararlaştırılmış, dün Roma'da yapılmıştı.",
     ("meeting", ("Ali Koç", "Marco Neri"), "Rome", "2025-02-16")),
    ("en", "The summit between Ayla Demir and Marco Neri, first proposed on 3 January, took place in Rome.",
     ("meeting", ("Ayla Demir", "Marco Neri"), "Rome", "2025-02-17")),
    # a noun's predicate in the future: the next Tuesday, not the last
    ("en", "The talks between Ayla Demir and Marco Neri will take place on Tuesday.",
     ("meeting", ("Ayla Demir", "Marco Neri"), None, "2025-02-18")),
    # an announced trip is not dated by a hosting already past
    ("en", "Ayla Demir will visit Rome. Marco Neri hosted Ayla Demir in Rome on 3 February.",
     ("travel", ("Ayla Demir",), "Rome", "2025-02-17")),
    # a seat of government visited is a trip to its city
    ("en", "Foreign Minister Ayla Demir visited the White House on Monday.",
     ("travel", ("Ayla Demir",), "Washington", "2025-02-17")),
    ("tr", "Bakan Ali Koç dün Beyaz Saray'ı ziyaret etti.", ("travel", ("Ali Koç",), "Washington", "2025-02-16")),
    # a group's origin in a meeting is a participant, not its place
    ("tr", "Bakan Ali Koç, Almanya'dan gelen bakanlık yetkilileriyle görüştü.",
     ("meeting", ("Ali Koç", "Germany"), None, "2025-02-17")),
])
def test_review_rows(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("text", [
    "Ayla Demir will continue talking to reporters.",        # a derived entry needs two named sides
    "Ayla Demir opened the conference on climate in Rome.",
])
def test_derived_entries_need_two_sides(extract_one, text):
    assert [e for e in events(extract_one, "en", text) if e[0] == "consultation"] == []


def test_stem_map_filled_on_demand_analyses_as_the_full_map():
    """The lexicon items made and the map of stems filled block by block give every word the analyses,
    in the same order, that Zemberek's own reader and full map give: roots changed at the end ('kitap' → 'kitab', 'ağız' → 'ağz', 'hak' →
    'hakk', 'ara' → 'ar'), at the front ('ben' → 'ban'), short and special roots, proper nouns with
    an apostrophe, and words whose blocks were filled by an earlier word."""
    from zemberek import TurkishMorphology
    from zemberek.morphology.lexicon import RootLexicon

    from kg.nlp.morphology import _NO_DISAMBIGUATION, _create_zemberek

    builder = TurkishMorphology.Builder(RootLexicon.get_default())  # Zemberek's own reader and map
    builder.ambiguity_resolver = _NO_DISAMBIGUATION
    full, lazy = builder.build(), _create_zemberek()
    assert lazy.morphotactics.stem_transitions._pending and len(lazy.lexicon._items) < 1000  # not made at load

    def analyses(morphology, word):
        return [(a.item.id_, a.format_string()) for a in morphology.analyze_without_cache(word).analysis_results]

    words = ["kitabı", "ağzından", "hakkında", "arıyor", "bana", "sana", "diyor", "yiyor", "onu", "Ben", "benim",
             "görüşmesinde", "görüştü", "görüşmeler", "ziyaretinin", "imzaladıkları", "Ankara'ya", "Kellogg'la",
             "Bakan", "Bakanlığı", "ağırladı", "düzenlenen", "su", "suyu", "içeri", "yukarıda", "şurada", "oraya"]
    assert [analyses(lazy, w) for w in words] == [analyses(full, w) for w in words]
    assert any(len(analyses(full, w)) > 1 for w in words)


@pytest.mark.parametrize("word, has, lacks", [
    ("ardından", {"Adv"}, {"Prop"}),          # an adverb as a whole word
    ("sonra", {"Adv", "Postp"}, {"Prop"}),
    ("barış", {"Noun"}, {"Adv"}),              # a noun, and a first name
    ("kemal", {"Prop"}, set()),
    ("xqzv", set(), {"Adv", "Noun"}),          # no item: nothing
])
def test_word_classes_come_from_the_lexicon(zemberek, word, has, lacks):
    classes = zemberek.word_classes(word)
    assert has <= classes and not lacks & classes

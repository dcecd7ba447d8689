"""The dated office table: who held an office on a given day, and its use for an office named alone."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.offices import OfficeTable


@pytest.fixture(scope="module")
def table():
    return OfficeTable.load()


@pytest.mark.parametrize("affiliation, office, when, holder", [
    ("org:nato", "NATO Genel Sekreteri", date(2025, 2, 17), "Mark Rutte"),
    ("org:nato", "Genel Sekreter", date(2024, 9, 29), "Jens Stoltenberg"),
    ("org:nato", "Secretary General", date(2024, 10, 1), "Mark Rutte"),
    ("country:US", "ABD Başkanı", date(2022, 6, 28), "Joe Biden"),
    ("country:US", "President", date(2025, 9, 15), "Donald Trump"),
    ("country:TR", "Dışişleri Bakanı", date(2022, 1, 1), "Mevlüt Çavuşoğlu"),
    ("country:TR", "Dışişleri Bakanı", date(2024, 1, 1), "Hakan Fidan"),
    ("country:US", "ABD Başkanı", date(2005, 9, 13), "George W. Bush"),   # archive years
    ("country:TR", "Başbakan", date(2008, 2, 8), "Recep Tayyip Erdoğan"),  # an office that no longer exists
    ("country:TR", "Başbakan", date(2019, 1, 1), None),
    ("country:GB", "Prime Minister", date(2020, 3, 3), "Boris Johnson"),
    ("country:US", "ABD Başkanı", date(1990, 1, 1), None),       # before the table
    ("country:XX", "President", date(2025, 1, 1), None),         # not in the table
    ("org:nato", "Genel Sekreter", None, None),                  # no publication day, no guess
])
def test_holder(table, affiliation, office, when, holder):
    assert table.holder(affiliation, office, when) == holder


def test_an_office_named_alone_is_its_holder_on_the_day(extract_one):
    mentions, names = extract_one("NATO Genel Sekreteri, Ankara'ya gelerek Dışişleri Bakanı Hakan Fidan ile görüştü.", "tr")
    assert {"Mark Rutte", "Hakan Fidan"} <= set(names.values())


@pytest.mark.parametrize("lang, text, person, state", [
    # coordination: one state named for two titles
    ("tr", "ABD Başkanı Donald Lane ve Savunma Bakanı Pete Gray, Brüksel'de Belçika Başbakanı Jan Peeters ile görüştü.",
     "Pete Gray", "country:US"),
    ("en", "US President Donald Lane and Defence Secretary Pete Gray met Belgian Prime Minister Jan Peeters in Brussels.",
     "Pete Gray", "country:US"),
    # Turkish copy names its own state's officials bare: the home state, when the article is about it
    ("tr", "Dışişleri Bakanı Ayşe Demir, Ankara'da Yunanistan Dışişleri Bakanı Nikos Dendias ile görüştü.",
     "Ayşe Demir", "country:TR"),
    # foreign news that never names Türkiye: a bare title tells nothing about the state
    ("tr", "ABD'de eski Başkan Tom Reed, Washington'da konuştu. ABD basınına göre Reed, ABD Kongresi'nde "
           "Senatör Ann Bell ile görüştü.", "Tom Reed", None),
    ("en", "Former President Tom Reed met Senator Ann Bell in Washington.", "Tom Reed", None),
    # the dated office table knows whose official a named holder is
    ("tr", "Dışişleri Bakanı Marco Rubio, Ankara'da Dışişleri Bakanı Hakan Fidan ile görüştü.", "Marco Rubio",
     "country:US"),
    # the table wins over a neighbouring title
    ("en", "Russian President Vladimir Putin and Foreign Minister Hakan Fidan met in Moscow.", "Hakan Fidan",
     "country:TR"),
])
def test_an_office_named_without_a_state_takes_the_state_the_text_gives(extractor, lang, text, person, state):
    from tests.conftest import make_article

    x = extractor.extract(make_article(text, lang))
    (entity,) = [e for e in x.entities if e.name == person]
    assert entity.affiliation == state


@pytest.mark.parametrize("published, holder", [("2024-06", "Joe Biden"), ("2009", None)])
def test_an_office_named_alone_in_an_article_of_a_month_or_a_year(extractor, published, holder):
    """Only one holder all the period long resolves the office: 2009 had two US presidents."""
    from kg.records import Article, parse_published

    when, precision = parse_published(published)
    x = extractor.extract(Article("a", "tr", "", "ABD Başkanı, Ankara'ya gelerek Dışişleri Bakanı Hakan Fidan ile görüştü.",
                                  when, published_precision=precision))
    presidents = {e.name for e in x.entities if e.affiliation == "country:US"}
    assert presidents == ({holder} if holder else set())


@pytest.mark.parametrize("lang, text, traveller", [
    # an office named alone is the last person named with it: the same words before the head, too
    ("en", "Foreign Minister Tom Meta met Prime Minister Jon Berg in Lima. The Foreign Minister then flew to Paris.",
     "Tom Meta"),
    ("tr", "NATO Genel Sekreteri Mark Rutte Brüksel'de konuştu. Genel Sekreter daha sonra Varşova'ya hareket etti.",
     "Mark Rutte"),
])
def test_an_office_alone_is_the_last_person_named_with_that_office(extract_one, lang, text, traveller):
    mentions, names = extract_one(text, lang)
    assert [[names[p.key] for p in m.participants] for m in mentions if m.type == "travel"] == [[traveller]]


@pytest.mark.parametrize("text, travellers", [
    # 'The president …' in lower case is the last person named with that office …
    ("President Ana Lopes welcomed President Jon Berg on Monday. The president arrived in Lima late Sunday.",
     [["Jon Berg"]]),
    # … no one when the article named no president, nor 'the president of' another body
    ("The president arrived in Lima late Sunday.", []),
    ("President Ana Lopes welcomed President Jon Berg on Monday. The president of the bank arrived in Lima late Sunday.",
     []),
    # a state's officeholder, after the state in the genitive: that state's, past words that describe it
    ("Eritrean President Jon Berg spoke on Friday. Eritrea's longtime president arrived in Lima on Saturday.",
     [["Jon Berg"]]),
    ("Peruvian President Ana Lopes and Eritrean President Jon Berg spoke. Eritrea's president arrived in Lima.",
     [["Jon Berg"]]),
])
def test_the_office_in_lower_case_is_the_last_person_named_with_it(extract_one, text, travellers):
    mentions, names = extract_one(text, "en")
    assert [[names[p.key] for p in m.participants] for m in mentions if m.type == "travel"] == travellers


@pytest.mark.parametrize("text, speakers", [
    # a quotation's sayer named by the office alone, the comma inside the quotation marks or after them
    ('President Ana Lopes arrived in Lima. "We can reach a solution," the president said in a statement.', [["Ana Lopes"]]),
    ('President Ana Lopes arrived in Lima. "We can reach a solution", the president said in a statement.', [["Ana Lopes"]]),
    # no one where no president was named
    ('"We can reach a solution," the president said in a statement.', []),
])
def test_a_quotations_sayer_named_by_the_office(extract_one, text, speakers):
    mentions, names = extract_one(text, "en")
    assert [[names[p.key] for p in m.participants] for m in mentions if m.type == "statement"] == speakers


@pytest.mark.parametrize("text, traveller, state", [
    # headline abbreviations of two offices: the name after them is the holder, with the state before
    ("UK PM Jon Berg arrives in Ankara for talks.", "Jon Berg", "country:GB"),
    ("Indian PM Tom Meta departs for Kyiv on Friday.", "Tom Meta", "country:IN"),
    ("Turkish FM Ayla Kaya arrives in Moscow for talks.", "Ayla Kaya", "country:TR"),
    ("US VP Jon Berg arrives in Ankara for talks.", "Jon Berg", "country:US"),
])
def test_an_abbreviated_office_is_a_title(extractor, text, traveller, state):
    from tests.conftest import make_article

    x = extractor.extract(make_article(text, "en"))
    names = {e.key: e for e in x.entities}
    assert [[names[p.key].name for p in m.participants] for m in x.mentions if m.type == "travel"] == [[traveller]]
    assert names[x.mentions[0].participants[0].key].affiliation == state


def test_an_abbreviated_office_alone_is_its_holder(extract_one):
    mentions, names = extract_one("UK PM arrives in Ankara for talks.", "en", "2025-10-27T09:00:00+00:00")
    assert [[names[p.key] for p in m.participants] for m in mentions if m.type == "travel"] == [["Keir Starmer"]]

"""City names as a reader of the (English) output expects them: a romanisation's marks dropped
('Bāli' → 'Bali'), a Latin-script country's own spelling kept ('Brasília')."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import city_name


@pytest.mark.parametrize("name, country, alternates, shown", [
    ("Bāli", "IN", ["Bali", "Bally", "Bāli", "Бали"], "Bali"),       # a listed plain form
    ("Ludhiāna", "IN", [], "Ludhiana"),                               # none listed: marks dropped
    ("Ma‘ān", "JO", ["Maan", "Ma'an", "Ma‘ān"], "Ma'an"),             # the plain form of the same name
    ("Brasília", "BR", ["Brasilia"], "Brasília"),                     # a Latin-script country's spelling
    ("Zürich", "CH", ["Zurich"], "Zürich"),
    ("Adıyaman", "TR", ["Adiyaman"], "Adıyaman"),
    ("Moscow", "RU", ["Moskva"], "Moscow"),                           # already plain
])
def test_city_name(name, country, alternates, shown):
    assert city_name({"name": name, "countrycode": country, "alternatenames": alternates}) == shown


@pytest.mark.parametrize("text, shown", [("Bali", "Bali"), ("Brasília", "Brasília"), ("Brüksel", "Brussels")])
def test_gazetteer_cities_are_named_for_the_reader(gazetteer, text, shown):
    city = gazetteer.lookup(text)
    assert city.kind == "city" and city.name == shown


def test_the_geonames_spelling_stays_a_label(gazetteer):
    assert gazetteer.lookup("Bali").labels == ("Bali", "Bāli")


@pytest.mark.parametrize("written, name", [
    ("Myanmar", "Myanmar"), ("Burma", "Myanmar"),                     # CLDR: 'Myanmar (Burma)'
    ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),              # CLDR: 'Bosnia & Herzegovina'
    ("Trinidad & Tobago", "Trinidad and Tobago"),
])
def test_a_country_is_found_as_texts_write_it(gazetteer, written, name):
    found = gazetteer.lookup(written)
    assert found is not None and found.kind == "country" and found.name == name


@pytest.mark.parametrize("demonym, country", [
    ("Peruvian", "PE"), ("Guyanese", "GY"), ("Nigerien", "NE"), ("Nigerian", "NG"),   # derived from mledoze/countries
    ("Antiguan", "AG"),                                                               # one of 'Antiguan, Barbudan'
    ("Argentine", "AR"), ("Argentinian", "AR"), ("Saudi", "SA"),                      # the hand-written table
    ("Dominican", None), ("Congolese", None),                                         # two states': neither
    ("Libyalı", "LY"), ("Afganistanlı", "AF"), ("Perulu", "PE"), ("Türkiyeli", "TR"),  # Turkish: name + -lI by harmony
    ("Alman", "DE"),                                                                  # the press's own form
])
def test_a_demonym_stands_for_its_state(gazetteer, demonym, country):
    found = gazetteer.demonym(demonym)
    assert (found.country if found else None) == country


@pytest.mark.parametrize("word", ["Summit", "Forum", "Zirve", "Konferans"])
def test_a_word_that_names_a_gathering_is_no_town(gazetteer, word):
    """'Trump and Xi agree … in Asia Summit': a town named Summit (New Jersey) is not where it was."""
    assert gazetteer.lookup(word) is None


@pytest.mark.parametrize("written, name", [
    ("Şarm el-Şeyh", "Sharm el-Sheikh"),   # Turkish spelling by sound of a place of two words or more
    ("Şarm eş-Şeyh", "Sharm el-Sheikh"),   # the Arabic article written as it sounds before the next letter
    ("Abu Dabi", "Abu Dhabi"),
])
def test_a_place_spelt_by_sound_is_found(gazetteer, written, name):
    found = gazetteer.lookup(written)
    assert found is not None and found.name == name


def test_a_person_is_not_found_by_sound(gazetteer):
    assert gazetteer.lookup("Ahmet Kaya") is None

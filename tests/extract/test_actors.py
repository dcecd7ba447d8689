"""Actors on blank pipelines: titles split from names, gazetteer kinds, cases from suffixes."""
from __future__ import annotations

import pytest

from kg.extract.actors import ActorFinder
from kg.lexicons import Lexicon
from kg.nlp import make_nlp


@pytest.fixture(scope="module")
def finders(gazetteer):
    out = {}
    for lang in ("tr", "en"):
        lex = Lexicon.load(lang)
        out[lang] = (make_nlp(lex), ActorFinder(lex, gazetteer))
    return out


def actors(finders, lang, text):
    nlp, finder = finders[lang]
    return [(m.entity.name, m.entity.kind, m.case) for m in finder.find(nlp(text))]


@pytest.mark.parametrize("lang, text, expected", [
    ("tr", "Dışişleri Bakanı Hakan Fidan, Lahey'de konuştu.",
     [("Hakan Fidan", "person", "nom"), ("The Hague", "city", "loc")]),
    ("tr", "ABD'nin Ukrayna ve Rusya Özel Temsilcisi Keith Kellogg ile görüştü.",
     [("Keith Kellogg", "person", "com")]),
    ("tr", "Cumhurbaşkanı Yardımcısı Ayşe Demir Brüksel'e gitti.",
     [("Ayşe Demir", "person", "nom"), ("Brussels", "city", "dat")]),
    ("tr", "Fransa Cumhurbaşkanı Jean Dupont'un daveti üzerine Münih'ten ayrıldı.",
     [("Jean Dupont", "person", "gen"), ("Munich", "city", "abl")]),
    ("tr", "Avrupa Birliği ile Türkiye arasında yeni bir süreç başladı.",
     [("European Union", "organisation", "com"), ("Türkiye", "country", "com")]),
    ("tr", "Savunma Bakanlığı açıklama yaptı.", [("Savunma Bakanlığı", "organisation", "nom")]),
    ("tr", "Zeynep Kaya, Kaya'nın ofisinde bekledi.",
     [("Zeynep Kaya", "person", "nom"), ("Zeynep Kaya", "person", "gen")]),
    ("en", "Prime Minister Anna Berg of Sweden met with President Luis Ortega in Madrid.",
     [("Anna Berg", "person", "nom"), ("Sweden", "country", "of"), ("Luis Ortega", "person", "com"),
      ("Madrid", "city", "loc")]),
    ("en", "Turkish Foreign Minister Kemal Aksoy traveled to Brussels.",
     [("Kemal Aksoy", "person", "nom"), ("Brussels", "city", "dat")]),
])
def test_actor_mentions(finders, lang, text, expected):
    assert actors(finders, lang, text) == expected


def test_office_and_affiliation_come_from_the_title(finders):
    nlp, finder = finders["tr"]
    found = finder.find(nlp("NATO Genel Sekreteri Mark Rutte konuştu."))
    assert [(m.entity.name, m.entity.office, m.entity.affiliation) for m in found] == [
        ("Mark Rutte", "NATO Genel Sekreteri", "org:nato")]


def test_genitive_country_before_an_office_is_its_affiliation(finders):
    nlp, finder = finders["tr"]
    found = finder.find(nlp("ABD'nin Ukrayna ve Rusya Özel Temsilcisi Keith Kellogg geldi."))
    assert [(m.entity.name, m.entity.affiliation) for m in found] == [("Keith Kellogg", "country:US")]


@pytest.mark.parametrize("text", [
    "Alma zamanı geldi.",                   # a city in GeoNames, a Turkish word at the start of a sentence
    "Karar yarın açıklanacak.",
])
def test_sentence_initial_common_words_are_not_actors(finders, text):
    assert actors(finders, "tr", text) == []

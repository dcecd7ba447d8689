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
    # a person's genitive before a head of state's office is no part of it; before an aide's, it is
    ("tr", "Bakan Jon Berg dün geldi. Berg'in Cumhurbaşkanı Ali Kaya ile görüşmesi bekleniyor.",
     [("Jon Berg", "person", "nom"), ("Jon Berg", "person", "gen"), ("Ali Kaya", "person", "com")]),
    ("tr", "Bakan Jon Berg dün geldi. Berg'in Sözcüsü Ali Kaya konuştu.",
     [("Jon Berg", "person", "nom"), ("Ali Kaya", "person", "nom")]),
    ("tr", "Dışişleri Bakanı Jon Berg ve Avrupa Birliği'nin Dış Politika Şefi Ana Lopes ile görüştü.",
     [("Jon Berg", "person", "com"), ("Ana Lopes", "person", "com")]),
    # what is talked about: 'X ile ilgili', 'X krizi ile ilgili', "X'e ilişkin"
    ("tr", "Bakan Ali Kaya, Suriye ile ilgili görüş alışverişinde bulundu.",
     [("Ali Kaya", "person", "nom"), ("Syria", "country", "topic")]),
    ("tr", "Bakan Ali Kaya, Ukrayna kriziyle ilgili konuştu.", [("Ali Kaya", "person", "nom"), ("Ukraine", "country", "topic")]),
    ("tr", "Bakan Ali Kaya, Suriye'ye ilişkin konuştu.", [("Ali Kaya", "person", "nom"), ("Syria", "country", "topic")]),
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
    "Ardından \"Çok iyi ilişkilerimiz var\" ifadelerini kullandı.",   # an adverb, by the analyser
])
def test_sentence_initial_common_words_are_not_actors(finders, text):
    assert actors(finders, "tr", text) == []


@pytest.mark.parametrize("lang, text, names", [
    # a headline-case line: capitals do not mark names; known places and the body's people still count
    ("en", "Leader Signs Landmark Pact With Neighbour\n\nPresident Ana Lopes signed the pact with Peru on Monday.",
     {"Ana Lopes", "Peru"}),
    # … but not a lone word the body only capitalises to open a sentence ('Resmi' is also a given name)
    ("tr", "Lima'da Resmi Karşılama\n\nBakan Ayşe Demir, Jon Berg'i Lima'da karşıladı. Resmi tören yarın yapılacak.",
     {"Lima", "Ayşe Demir", "Jon Berg"}),
    # two people of the body side by side after a title are two names
    ("tr", "Başkan Berg Meta'yla Görüşecek\n\nBaşkan Jon Berg, yarın Lima'da Tom Meta ile görüşecek.",
     {"Jon Berg", "Tom Meta", "Lima"}),
    # a bare title opens a phrase of its own: the name before it is another person's
    ("tr", "Peru'nun geçici başbakanı Jon Berg Başkan Tom Meta ile görüştü.", {"Peru", "Jon Berg", "Tom Meta"}),
    ("tr", "Jon Berg, Abu Dabi Veliaht Prensi Şeyh Tom Meta ile görüştü.", {"Jon Berg", "Tom Meta"}),
    # a state opening a list right after a name is no part of it
    ("tr", "Başkan Yardımcısı Jon Berg yarın gidecek. Berg Mısır, Ürdün ve Umman'a gidecek.",
     {"Jon Berg", "Egypt", "Jordan", "Oman"}),
    # a name particle glued to the surname by a hyphen ('el-Burhan')
    ("tr", "Cumhurbaşkanı Ali Su, Başkan Abdulfettah el-Burhan'ı karşıladı.", {"Ali Su", "Abdulfettah el-Burhan"}),
    # … the article as written before a sun letter ('es-Sisi'), a particle only with its hyphen
    ("tr", "Cumhurbaşkanı Ali Su, Başkan Abdulkerim es-Selami ile görüştü.", {"Ali Su", "Abdulkerim es-Selami"}),
    ("tr", "Cumhurbaşkanı Ali Su en Büyük Ödül'ü aldı.", {"Ali Su", "Büyük Ödül"}),
    # a page's breadcrumb run together is no name; one capital inside a name is ('McCain')
    ("tr", "Ana SayfaGündemKaya, Bakan Jon Berg ile görüştü", {"Jon Berg"}),
    # a ticker's line (a label and its figure) is no name
    ("tr", "USD 0,0000\nBİST 0.000\nBakan Jon Berg imza attı.", {"Jon Berg"}),
    ("en", "Senator Jon McBride met Foreign Minister Ali Su.", {"Jon McBride", "Ali Su"}),
    # a demonym before a common noun describes that noun: no part of the name before it ('Amerikalı elçi' …)
    ("tr", "Libya lideri Ayşe Demir Amerikalı elçi ile görüştü.", {"Ayşe Demir"}),
    # … but a region's demonym stays whole ('South American' is no American)
    ("en", "South American leaders met President Ana Lopes in Lima.", {"Ana Lopes", "Lima"}),
    # a demonym with its endings glued on is the people of a country, no part of a name
    ("tr", "Dışişleri Bakanı Ayşe Demir Mısırlılara seslendi. Bakan Demir Almanlarla da görüştü.", {"Ayşe Demir"}),
    # a titled name in a headline-case line is a name, a hyphenated one too
    ("en", "Statement by White House Press Secretary Anne-Marie Dupont on the Visit of Prime Minister Berg",
     {"Anne-Marie Dupont", "Berg"}),
    # a section heading in capitals run into the text names no one; a portfolio joined by 've' is one office
    ("tr", "GÜNDEM ÖZETİ 1- Enerji ve Tabii Kaynaklar Bakanı Ali Demir, STK temsilcileriyle bir araya gelecek.",
     {"Ali Demir", "STK"}),
    # plans, resolutions and other documents are texts, not actors
    ("en", "President Ana Lopes welcomed the Comprehensive Plan and the Security Council Resolution.", {"Ana Lopes"}),
    ("tr", "Dışişleri Bakanı Ayşe Demir, Kapsamlı Barış Planı'nı memnuniyetle karşıladı.", {"Ayşe Demir"}),
    # a document head ends a name; inside one, or in a name the gazetteer knows, it does not
    ("en", "Former President Bill Clinton met President Joe Biden in Washington.",
     {"Bill Clinton", "Joe Biden", "Washington"}),
    ("tr", "Uluslararası Atom Enerjisi Ajansı açıklama yaptı.", {"International Atomic Energy Agency"}),
    # the press reports, it does not take part
    ("en", "President Ana Lopes told Reuters that Peru would sign.", {"Ana Lopes", "Peru"}),
    ("tr", "Dışişleri Bakanı Ayşe Demir, Anadolu Ajansı'na açıklama yaptı.", {"Ayşe Demir"}),
    ("tr", "Rusya Dışişleri Bakanı Sergey Lavrov, Sputnik Ajansı'na açıklama yaptı.", {"Sergey Lavrov"}),
    ("tr", "Bakan Ayşe Demir, Orta Vadeli Programı açıkladı.", {"Ayşe Demir"}),
    # an office's 'of' phrase stays in the office
    ("en", "Chief of Staff Howard Baker met Prime Minister Jon Berg.", {"Howard Baker", "Jon Berg"}),
    # an organ stands for its organisation, named with it or before it; alone, for nothing
    ("en", "The UN General Assembly met in New York. Later the General Assembly adopted the text.",
     {"United Nations", "New York City"}),
    ("tr", "BM Genel Kurulu'nda konuşan Dışişleri Bakanı Ayşe Demir, Genel Kurul'da saldırıyı kınadı.",
     {"United Nations", "Ayşe Demir"}),
    ("en", "The General Assembly adopted the resolution.", set()),
    ("tr", "BM açıklama yaptı. Genel Kurulundan karar çıktı. BM Genel Kurulunun kararı açıklandı.", {"United Nations"}),
    # an abbreviation of a common noun (spelt out in lower case, or in the plural) names no one
    ("tr", "Sivil toplum kuruluşları (STK) Bakan Ayşe Demir ile görüştü.", {"Ayşe Demir"}),
    ("tr", "STK temsilcileri Bakan Ayşe Demir ile görüştü. STK'ların talepleri ele alındı.", {"Ayşe Demir"}),
    ("en", "Leaders of NGOs met President Ana Lopes in Lima.", {"Ana Lopes", "Lima"}),
    # a name in brackets after a description is the name of what it describes
    ("en", "The main opposition party (CHP) criticised the ruling party (AKP).", {"CHP", "AKP"}),
    # an acronym written right after the name it abbreviates is that organisation, there and later
    ("en", "Ministers met at the Global Water Forum (GWF) in Rome. GWF members welcomed the plan.",
     {"Global Water Forum", "Rome"}),
    ("tr", "Bugün Küresel Su Forumu (Global Water Forum - GWF) için bakanlar Roma'da toplandı. GWF planı onayladı.",
     {"Küresel Su Forumu", "Global Water Forum", "Rome"}),
    # one person spelt two ways in one article, and a Chinese surname (written first) alone
    ("tr", "Çin Devlet Başkanı Şi Cinping, dün ABD Başkanı Joe Biden ile görüştü. Xi Jinping, daha sonra "
           "Moskova'ya gitti.", {"Şi Cinping", "Joe Biden", "Moscow"}),
    # two office phrases run together, each with its state and holder; a state before an office in lower case
    ("tr", "Fransa Cumhurbaşkanı Jean Dupont Japonya Başbakanı Kenji Sato ile görüştü.",
     {"Jean Dupont", "Kenji Sato"}),
    ("tr", "Dışişleri Bakanı Ayşe Demir Brezilya Dışişleri Bakanı Luis Ortega ile Lima'da görüştü.",
     {"Ayşe Demir", "Luis Ortega", "Lima"}),
    ("tr", "Kanada Başbakanı Anna Berg İsveç başbakanı Jon Berg ile görüştü.", {"Anna Berg", "Jon Berg"}),
    # an adverb opening the sentence is no part of the name after it; a first name that is a word is
    ("tr", "Ardından Ayşe Demir açıklama yaptı.", {"Ayşe Demir"}),
    ("tr", "Deniz Kaya dün Paris'e gitti.", {"Deniz Kaya", "Paris"}),
    # a model's designation names no one
    ("tr", "Bakan Ali Kaya ve Bakan Jon Berg F-16 uçaklarını görüştü.", {"Ali Kaya", "Jon Berg"}),
    # a town whose name holds a title word ('Şeyh') is that town
    ("tr", "Bakan Ali Kaya dün Şarm el-Şeyh'e gitti.", {"Ali Kaya", "Sharm el-Sheikh"}),
    # a function word capitalised inside a Turkish sentence begins a name ('kim' is 'who'); at its start, not
    ("tr", "Bakan Ali Kaya, Güney Kore Devlet Başkanı Kim Su Yong ile görüştü.", {"Ali Kaya", "Kim Su Yong"}),
    ("tr", "Bakan Ali Kaya Ankara'da konuştu. Kim ne derse desin, görüşme yapıldı.", {"Ali Kaya", "Ankara"}),
    # 'X ve Y'nin Z Şefi W ile': the conjoined names share the postposition's case past W's possessor
    ("tr", "Bakan Ali Kaya, Dışişleri Bakanı Jon Berg ve Avrupa Birliği'nin Dış Politika Şefi Ana Lopes ile görüştü.",
     {"Ali Kaya", "Jon Berg", "Ana Lopes"}),
    # a craft named with a number word names no one ('Group of Seven', known, does)
    ("en", "President Jon Berg's Air Force One landed in Lima. The Group of Seven met.", {"Jon Berg", "Lima", "G7"}),
    # a site's name run on after a titled name is no part of it (a name ends in no 'Havalimanı')
    ("tr", "Bakan Ali Kaya Yenidoğan Havalimanı'nda Jon Berg'i karşıladı.", {"Ali Kaya", "Jon Berg"}),
    ("tr", "Cumhurbaşkanı Ali Rıza Kaya Yenidoğan Sarayı'nda konuştu.", {"Ali Rıza Kaya"}),
    # a site of two words is named by its first word, which is no city there; a byline before an agency is no actor
    ("tr", "Bakan Ali Kaya, başkent Lima'daki Miraflores Sarayı'nda konuştu.", {"Ali Kaya", "Lima"}),
    ("tr", "Ayla DEMİR/ DHA - Bakan Jon Berg geldi. Ali VELİ / AA - Bakan Ana Lopes da geldi.", {"Jon Berg", "Ana Lopes"}),
    # a site's or a body's name that opens with a city, in the locative, is in that city; not otherwise
    ("tr", "Bakan Ali Kaya, Ankara Yenidoğan Havalimanı'nda konuştu.", {"Ali Kaya", "Ankara"}),
    ("tr", "Bakan Ali Kaya, ABD'nin Ankara Büyükelçiliği'nde konuştu.",
     {"Ali Kaya", "United States", "Ankara Büyükelçiliği", "Ankara"}),
    ("tr", "Bakan Ali Kaya, ABD'nin Ankara Büyükelçiliği'ni ziyaret etti.",
     {"Ali Kaya", "United States", "Ankara Büyükelçiliği"}),
])
def test_who_is_an_actor(finders, lang, text, names):
    assert {name for name, _, _ in actors(finders, lang, text)} == names


@pytest.mark.parametrize("text, people", [
    # a regnal number is part of the name; the short form is the full name it begins, not a
    # namesake's surname ('Abdullah II' is not 'Rania Al Abdullah')
    ("King Carlos II ibn Felipe and Queen Ana Al Carlos arrived. King Carlos II said so.",
     ["Carlos II ibn Felipe", "Ana Al Carlos", "Carlos II ibn Felipe"]),
    # an office named before its only holder in the article is that holder
    ("The President welcomed Jon Berg. President Ana Lopes said so.", ["Ana Lopes", "Jon Berg", "Ana Lopes"]),
    # an office as a possessor is no name ('President's Visit')
    ("The Peruvian President's Visit to Chile ended. Minister Jon Berg said so.", ["Jon Berg"]),
    # an agency slug with a time is no name
    ("(TBMM/10.30) Minister Jon Berg will visit Lima.", ["Jon Berg"]),
    # two holders of the office: no one is guessed
    ("The President welcomed Jon Berg. President Ana Lopes and President Tomas Ruiz said so.",
     ["Jon Berg", "Ana Lopes", "Tomas Ruiz"]),
    # a form of address is no name
    ("Let me start by welcoming His Majesty, and His Excellency Jon Berg.", ["Jon Berg"]),
    # an office of a state, then its holder; an office with a long 'of/for' phrase ends with the name
    ("The President of the United States Jon Berg met Ana Lopes.", ["Jon Berg", "Ana Lopes"]),
    ("Special Envoy for Compact Negotiations Jon Berg and Minister of Foreign Affairs Ana Lopes signed it.",
     ["Jon Berg", "Ana Lopes"]),
])
def test_short_forms_and_offices_named_first(finders, text, people):
    assert [name for name, kind, _ in actors(finders, "en", text) if kind == "person"] == people


@pytest.mark.parametrize("text, found", [
    # a state's formal name is the state; a city's country after it only locates the city
    ("The Republic of the Marshall Islands and the Hashemite Kingdom of Jordan signed it.",
     [("Marshall Islands", "country"), ("Jordan", "country")]),
    # a state in a phrase of the clause before a title is not part of the title
    ("Minister Jon Berg signed it for the United States and Minister Ana Lopes signed it for Peru.",
     [("Jon Berg", "person"), ("United States", "country"), ("Ana Lopes", "person"), ("Peru", "country")]),
    ("Minister Ana Lopes flew to Brussels, Belgium, and then to Lima.", [("Ana Lopes", "person"), ("Brussels", "city"),
                                                                 ("Lima", "city")]),
])
def test_state_names_and_city_country_pairs(finders, text, found):
    assert [(name, kind) for name, kind, _ in actors(finders, "en", text)] == found


def test_a_surname_written_first_is_its_titled_owner(finders):
    text = "Chinese President Hu Jintao met Brazilian President Lula in Brasilia on Friday. Hu later flew to Havana."
    assert [name for name, kind, _ in actors(finders, "en", text) if kind == "person"] == [
        "Hu Jintao", "Lula", "Hu Jintao"]


@pytest.mark.parametrize("lang, text, company", [
    ("en", "Acme Holdings signed a deal with Peru.", "Acme Holdings"),
    ("tr", "Demir Holding, Peru ile anlaşma imzaladı.", "Demir Holding"),
])
def test_a_company_is_an_organisation(finders, lang, text, company):
    assert (company, "organisation") in {(name, kind) for name, kind, _ in actors(finders, lang, text)}


@pytest.mark.parametrize("text", ["Recep\nTayyip Erdogan", "\nRecep Tayyip  Erdogan", "Recep\u00a0Tayyip Erdogan"])
def test_a_label_is_one_line_of_text(finders, text):
    """Text that did not pass through ingest (an Article built by hand) may keep its line breaks:
    a name read across one is still one line of text."""
    from kg.extract.actors import label

    nlp, _ = finders["en"]
    doc = nlp(text)
    assert label(doc, 0, len(doc)) == "Recep Tayyip Erdogan"


def test_a_capital_as_the_subject_stays_a_place(finders):
    """A capital may speak for its state ('Ankara, … tepki gösterdi'); a town set off so is someone."""
    found = actors(finders, "tr", "Ankara, Rusya'nın kararına tepki gösterdi.")
    assert not any(kind == "person" for _, kind, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # an institution's or facility's name takes its case ending with no apostrophe: the analyser reads it ...
    ("Konuk bakanı İstanbul Atatürk Havalimanında karşıladılar.", ("İstanbul Atatürk Havalimanında", "loc")),
    ("Heyet, Dışişleri Bakanlığını ziyaret etti.", ("Dışişleri Bakanlığı", "acc")),
    ("Bakan Ali Su, Rus mevkidaşını Ankara Valiliğinde ağırladı.", ("Ankara Valiliğinde", "loc")),
    # ... but a capitalised common noun glued to a name in a run is no institution's head: no case read
    ("Bugün Ahmet Yıldız Papayı karşıladı.", ("Ahmet Yıldız Papayı", "nom")),
])
def test_an_institutions_name_takes_the_case_its_head_noun_shows(finders, text, expected):
    found = [(name, case) for name, _, case in actors(finders, "tr", text)]
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Konuk bakanı Ankara Valiliğinde", ("Ankara Valiliğinde", "loc")),                  # ending the text
    ("Konuk bakanı Ankara Valiliğinde (Türkiye) karşıladılar.", ("Ankara Valiliğinde", "loc")),  # before '(…)'
])
def test_an_institutions_case_is_read_wherever_its_name_stands(finders, text, expected):
    found = [(name, case) for name, _, case in actors(finders, "tr", text)]
    assert expected in found, found

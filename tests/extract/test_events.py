"""Event tables on blank pipelines: sentences written for these tests, one expected reading each.

Each row: language, text, and the events expected as (type, participants, place, date).
Publication: 2025-02-17 (a Monday), 12:00 local time.
"""
from __future__ import annotations

import pytest


def events(extract_one, lang, text, published="2025-02-17T12:00:00+03:00"):
    mentions, names = extract_one(text, lang, published)
    return sorted(((m.type, tuple(sorted(names.get(p.key, p.key) for p in m.participants)),
                    names.get(m.place) if m.place else None, m.time.date) for m in mentions),
                  key=lambda e: (e[0], e[1], e[2] or "", e[3] or ""))


def assert_found(extract_one, lang, text, expected):
    """One row of a phenomenon table: ``expected`` (type, participants, place, date) is among the events."""
    found = events(extract_one, lang, text)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Dışişleri Bakanı Hakan Fidan, Yunanistan Dışişleri Bakanı Nikos Dendias ile Atina'da bir araya geldi.",
     [("meeting", ("Hakan Fidan", "Nikos Dendias"), "Athens", "2025-02-17")]),
    ("Cumhurbaşkanı Ahmet Yıldız dün Almanya Başbakanı Olaf Berger ile telefonda görüştü.",
     [("phone_call", ("Ahmet Yıldız", "Olaf Berger"), None, "2025-02-16")]),
    ("Başbakan Leyla Aksoy, Fransa Cumhurbaşkanı Emmanuel Macron'u Ankara'da ağırladı.",
     [("hosting", ("Emmanuel Macron", "Leyla Aksoy"), "Ankara", "2025-02-17")]),
    ("Ticaret Bakanı Murat Ece Cuma günü Bakü'ye gidecek.",
     [("travel", ("Murat Ece",), "Baku", "2025-02-21")]),
    ("İngiltere Başbakanı John Carter bu sabah Kiev'e hareket etti.",
     [("travel", ("John Carter",), "Kyiv", "2025-02-17")]),
    ("Dışişleri Bakanı Selin Er, saldırıyı kınadı.",
     [("statement", ("Selin Er",), None, "2025-02-17")]),
    ("Azerbaycan ile Ermenistan barış anlaşması imzaladı.",
     [("agreement", ("Armenia", "Azerbaijan"), None, "2025-02-17")]),
    # negated and quoted events are not asserted; the saying itself is a (reported) statement
    ("Sözcü Deniz Uçar, Bakan'ın yarın Londra'yı ziyaret etmeyeceğini söyledi.",
     [("statement", ("Deniz Uçar",), None, "2025-02-17")]),
    ('Bakan Ali Koç, "Yarın Roma\'ya gideceğiz" dedi.', [("statement", ("Ali Koç",), None, "2025-02-17")]),
    # the speaker before a headline's colon takes no part in what it says ('Clinton: Obama da … ziyaret edecek')
    ("Bakan Ayşe Kaya: Başbakan Ali Demir de Ankara'yı ziyaret edecek",
     [("travel", ("Ali Demir",), "Ankara", "2025-02-17")]),
    # a town in the genitive after a one-word name is its surname (Obama is a town in Japan); a city is not
    ("Dışişleri Bakanı Ayşe Kaya, Başkan Barack Obama'nın yarın Ankara'yı ziyaret edeceğini açıkladı.",
     [("statement", ("Ayşe Kaya",), None, "2025-02-17"), ("travel", ("Barack Obama",), "Ankara", "2025-02-18")]),
    # an office as 'one of the X-s' (read by the analyser), and an official of a named body
    ("Dışişleri Bakan Yardımcılarından Ayşe Kaya, dün Roma'da Rusya Dışişleri Bakanlığı yetkilisi Oleg Petrov ile "
     "görüştü.", [("meeting", ("Ayşe Kaya", "Oleg Petrov"), "Rome", "2025-02-16")]),
    # 'gelecek ay' (next month) dates the talks and is no 'coming'; 'Yetkililer' are the sides just named
    ("Bakan Ali Kaya ve Bakan Veli Demir dün Roma'da görüştü. Yetkililer, gelecek ay Washington'da yeni bir "
     "görüşme yapılacağını açıkladı.",
     [("meeting", ("Ali Kaya", "Veli Demir"), "Rome", "2025-02-16"),
      ("meeting", ("Ali Kaya", "Veli Demir"), "Washington", "2025-03"),
      ("statement", ("Ali Kaya", "Veli Demir"), None, "2025-02-17")]),
    # a large city named by a common word ('nice', many) is the city where the text writes it as a name
    ("Cumhurbaşkanı Ahmet Yıldız, dün Fransa'nın Nice kentinde Cumhurbaşkanı Emmanuel Macron ile görüştü.",
     [("meeting", ("Ahmet Yıldız", "Emmanuel Macron"), "Nice", "2025-02-16")]),
    ("Nice yıllar geçti.", []),
    # 'seyahat' is a trip as 'ziyaret' is a visit; 'seslendi' (addressed) is a statement
    ("Başbakan Selin Er'in Mısır seyahatini yabancı basın da izledi.",
     [("travel", ("Selin Er",), "Egypt", "2025-02-17")]),
    ("Başbakan Ali Kaya yarın Mısır'a seyahat edecek.", [("travel", ("Ali Kaya",), "Egypt", "2025-02-18")]),
    # a date before a purpose clause ('… görüşmek üzere') dates that purpose, not the trip after it
    ("21 Şubat'ta Bakan Jon Berg ile görüşmek üzere Oslo'ya gelen Bakan Ali Kaya konuştu.",
     [("meeting", ("Ali Kaya", "Jon Berg"), "Oslo", "2025-02-21"), ("travel", ("Ali Kaya",), "Oslo", "2025-02-17")]),
    ("21 Şubat'ta Bakan Jon Berg ile görüşmek üzere Oslo'ya gelen Bakan Ali Kaya konuştu. Bakan Ali Kaya, "
     "programı kapsamında Bakan Ola Nordmann ile bir araya geldi.",
     [("meeting", ("Ali Kaya", "Jon Berg"), "Oslo", "2025-02-21"), ("meeting", ("Ali Kaya", "Ola Nordmann"), "Oslo", "2025-02-17"),
      ("travel", ("Ali Kaya",), "Oslo", "2025-02-17")]),
    # a trip's participants are its travellers, not the states a date phrase names
    ("Başbakan Ali Kaya, Rusya-Ukrayna savaşının yıldönümünden önce Kiev'i ziyaret etti.",
     [("travel", ("Ali Kaya",), "Kyiv", "2025-02-17")]),
    ("Başbakan Ali Kaya, havalimanında toplanan kalabalığa seslendi.", [("statement", ("Ali Kaya",), None, "2025-02-17")]),
    # a people's language ('Arapça') is no one; a quotation in wire quotes ('') is inside the sentence
    ("Başbakan Ali Kaya, Veli Demir ile el ele tutuşarak, Arapça, ''Türkiye ve Mısır el ele. Selam olsun Mısır "
     "halkına'' sözleriyle kalabalığa seslendi.", [("statement", ("Ali Kaya",), None, "2025-02-17")]),
    ("Bakan Ali Kaya, Bakan Veli Demir ile düzenlediği ortak basın açıklamasında şunları kaydetti:",
     [("statement", ("Ali Kaya",), None, "2025-02-17"), ("statement", ("Ali Kaya", "Veli Demir"), None, "2025-02-17")]),
    # what the leaders told the press: 'mesajları verdi', 'dile getirdi' (not messages that will be given)
    ("Cumhurbaşkanı Ali Su, Atina'da düzenlenen ortak basın toplantısında şu mesajları verdi: Biz iki komşuyuz.",
     [("statement", ("Ali Su",), "Athens", "2025-02-17")]),
    ("Başbakan Selin Er, basın toplantısında görüş ayrılıklarını da dile getirdi.",
     [("statement", ("Selin Er",), None, "2025-02-17")]),
    ("Başbakan Selin Er'in tatmin edici mesajlar vermesi halinde destek bekleniyor.", []),
    # the name set off by a comma at the head of the sentence says what the complement clause tells
    ("Bakan Ali Demirel konuştu. Demirel, Cumartesi günü yapılacak görüşmelere yalnızca Norveç Türk muhalefet "
     "liderlerinin katılacağını söyledi.", [("statement", ("Ali Demirel",), None, "2025-02-17")]),
    # the press reporting is no one's statement
    ("Bakan Ali Demirel Oslo'ya gitti. Reuter Ajansı, askerlerin arama yaptıklarını bildirdi.",
     [("travel", ("Ali Demirel",), "Oslo", "2025-02-17")]),
    # 'ortak' (joint) before the event noun stands for the sides of the talks just told
    ("Bakan Ali Kaya, Bakan Jon Berg ile görüştü. Görüşmenin ardından ortak basın toplantısı düzenlendi.",
     [("meeting", ("Ali Kaya", "Jon Berg"), None, "2025-02-17"), ("statement", ("Ali Kaya", "Jon Berg"), None, "2025-02-17")]),
    # a month in lower case with 'ayında' after it (Turkish spells a month alone so)
    ("Bakan Ali Kaya ile Bakan Jon Berg, ocak ayında Oslo'da bir araya gelmişti.",
     [("meeting", ("Ali Kaya", "Jon Berg"), "Oslo", "2025-01")]),
    # a passive of talks: its subject is what was discussed, its sides those of the talks before
    ("Bakan Ali Kaya, Bakan Jon Berg'i kabul etti. Görüşmede Norveç'in doğalgaz tedariki de görüşüldü.",
     [("hosting", ("Ali Kaya", "Jon Berg"), None, "2025-02-17"), ("meeting", ("Ali Kaya",), None, "2025-02-17")]),
])
def test_turkish_sentences(extract_one, text, expected):
    assert events(extract_one, "tr", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name set off by a comma before a purpose clause is the main verb's subject: a verbal noun's own
    # subject is in the genitive ('krizin'), an infinitive has none
    ("Bakan Ali Kaya, dün krizin son bulması için Rus lider Jon Berg ile Lima'da bir araya geldi.",
     [("meeting", ("Ali Kaya", "Jon Berg", "Russia"), "Lima", "2025-02-16")]),
    ("Bakan Ali Kaya, iki ülke arasındaki ticaretin artırılması için Rus lider Jon Berg ile Lima'da görüştü.",
     [("meeting", ("Ali Kaya", "Jon Berg", "Russia"), "Lima", "2025-02-17")]),
    # an embedded verb's subject is the genitive before the purpose clause, not the sayer
    ("Başbakan Ali Kaya, Bakan Jon Berg'in temaslarda bulunmak üzere Salı günü Lima'ya gideceğini açıkladı.",
     [("statement", ("Ali Kaya",), None, "2025-02-17"), ("travel", ("Jon Berg",), "Lima", "2025-02-18")]),
])
def test_turkish_subject_before_a_purpose_clause(extract_one, text, expected):
    assert events(extract_one, "tr", text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a visit paid to a person, not to a place: the two meet; where the visitor went is not told
    ("en", "Chancellor Eva Braun made her farewell visit to President Ahmet Yıldız on Saturday.",
     [("meeting", ("Ahmet Yıldız", "Eva Braun"), None, "2025-02-15")]),
    ("tr", "Başbakan Ali Kaya dün Cumhurbaşkanı Ahmet Yıldız'ı ziyaret etti.",
     [("meeting", ("Ahmet Yıldız", "Ali Kaya"), None, "2025-02-16")]),
    # a place visited stays a trip; a landmark read as a name is no one to meet
    ("tr", "Başbakan Ali Kaya dün Lima'yı ziyaret etti.", [("travel", ("Ali Kaya",), "Lima", "2025-02-16")]),
    ("tr", "Başbakan Ali Kaya dün Anıtkabir'i ziyaret etti.", []),
])
def test_a_visit_to_a_person_is_a_meeting(extract_one, lang, text, expected):
    assert events(extract_one, lang, text) == expected


def test_turkish_subject_carries_to_the_next_sentence(extract_one):
    text = "Savunma Bakanı Kemal Işık dün Brüksel'de mevkidaşlarıyla görüştü. Bugün de Paris'e geçerek temaslarda bulunmak üzere Paris'e hareket etti."
    found = events(extract_one, "tr", text)
    assert ("travel", ("Kemal Işık",), "Paris", "2025-02-17") in found


def test_turkish_purpose_clause_takes_the_trip_destination(extract_one):
    text = ("Açıklamada, Bakan Ayla Su'nun Almanya Şansölyesi Karl Weber'in ev sahipliğinde düzenlenen "
            "zirveye katılmak üzere Berlin'e hareket ettiği ifade edildi.")
    found = events(extract_one, "tr", text)
    assert ("meeting", ("Ayla Su", "Karl Weber"), "Berlin", "2025-02-17") in found
    assert ("travel", ("Ayla Su",), "Berlin", "2025-02-17") in found


@pytest.mark.parametrize("text, expected", [
    ("President Maria Lopez met with Prime Minister Ken Ito in Tokyo on Saturday.",
     [("meeting", ("Ken Ito", "Maria Lopez"), "Tokyo", "2025-02-15")]),
    ("Foreign Minister Ana Silva spoke by phone yesterday with Secretary of State Tom Reed.",
     [("phone_call", ("Ana Silva", "Tom Reed"), None, "2025-02-16")]),
    ("Chancellor Eva Braun hosted President Omar Haddad in Berlin.",
     [("hosting", ("Eva Braun", "Omar Haddad"), "Berlin", "2025-02-17")]),
    ("Prime Minister Sara Novak will travel to Warsaw on Thursday.",
     [("travel", ("Sara Novak",), "Warsaw", "2025-02-20")]),
    ("President Lee did not meet Prime Minister Park.", []),
    # a body of states meeting is a gathering of its own; a company's board meeting is not
    ("The G7 foreign ministers' meeting opened in Rome today.", [("meeting", ("G7",), "Rome", "2025-02-17")]),
    ("The board meeting of the company was held yesterday.", []),
    # a person being somewhere has gone there; a state being somewhere has not, nor has a process
    ("Prime Minister Sara Novak is in Warsaw for talks on trade.", [("travel", ("Sara Novak",), "Warsaw", "2025-02-17")]),
    ("Russia is in Syria to stay.", []),
    ("Russian President Ivan Petrov was in Moscow on Monday.", []),  # at home: no trip
    ("The talks are in their third week.", []),
    # talks held by phone are a call; a wire dateline after its date places the story, its agency takes no part
    ("Foreign Minister Ana Silva held phone talks with Secretary of State Tom Reed.",
     [("phone_call", ("Ana Silva", "Tom Reed"), None, "2025-02-17")]),
    ("17 February 2025 – OSLO – Anadolu Agency – Foreign Minister Ana Silva met Prime Minister Jon Berg.",
     [("meeting", ("Ana Silva", "Jon Berg"), "Oslo", "2025-02-17")]),
    # a sit-down is a meeting; flying from one place to another is a trip to the second
    ("Foreign Minister Ana Silva had a separate sit-down with Prime Minister Jon Berg.",
     [("meeting", ("Ana Silva", "Jon Berg"), None, "2025-02-17")]),
    ("Foreign Minister Ana Silva is flying from Lisbon to Oslo.", [("travel", ("Ana Silva",), "Oslo", "2025-02-17")]),
    # leaving for a place is a trip there; leaving for talks goes nowhere named
    ("Foreign Minister Ana Silva left for Oslo on Sunday.", [("travel", ("Ana Silva",), "Oslo", "2025-02-16")]),
    ("Foreign Minister Ana Silva departed for Oslo on Sunday.", [("travel", ("Ana Silva",), "Oslo", "2025-02-16")]),
    ("Foreign Minister Ana Silva left for talks on Sunday.", []),
    # flying into a city and crossing a border into a state are trips there; going into effect is not
    ("Foreign Minister Ana Silva flew into Oslo on Sunday.", [("travel", ("Ana Silva",), "Oslo", "2025-02-16")]),
    ("Foreign Minister Ana Silva crossed the border into Norway on Sunday.",
     [("travel", ("Ana Silva",), "Norway", "2025-02-16")]),
    ("The agreement of Foreign Minister Ana Silva went into effect on Sunday.", []),
    # a joint press conference is the two sides' of the talks just told
    ("President Ana Silva welcomed President Jon Berg in Lisbon. A joint news conference followed.",
     [("hosting", ("Ana Silva", "Jon Berg"), "Lisbon", "2025-02-17"), ("statement", ("Ana Silva", "Jon Berg"), "Lisbon", "2025-02-17")]),
])
def test_english_sentences(extract_one, text, expected):
    assert events(extract_one, "en", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr. Luiz Silva, the President of Brazil, met with the President of the Republic of Korea Mr. Roh Moo-hyun in Brasilia.",
     ("meeting", ("Luiz Silva", "Roh Moo-hyun"), "Brasília", "2025-02-17")),
    ("President Ana Lima spoke this morning with Prime Minister Dan Cole of Israel.",
     ("phone_call", ("Ana Lima", "Dan Cole"), None, "2025-02-17")),
    ("Readout of President Ana Lima's Call with Prime Minister Dan Cole of Israel",
     ("phone_call", ("Ana Lima", "Dan Cole"), None, "2025-02-17")),
])
def test_english_readouts(extract_one, text, expected):
    assert expected in events(extract_one, "en", text)


@pytest.mark.parametrize("text, expected", [
    # sentence-level cases in the style of the CAMEO / PLOVER coding manuals (publication Monday 2025-02-17)
    ("Russian President Boris Yeltsin on Saturday hosted Japanese Prime Minister Ryutaro Hashimoto at a resort outside Moscow.",
     ("hosting", ("Boris Yeltsin", "Ryutaro Hashimoto"), None, "2025-02-15")),
    ("Secretary of State Warren Christopher telephoned Israeli Prime Minister Shimon Peres on Tuesday to discuss the peace process.",
     ("phone_call", ("Shimon Peres", "Warren Christopher"), None, "2025-02-11")),
    ("Secretary of State Madeleine Albright arrived in Amman on a previously unannounced visit.",
     ("travel", ("Madeleine Albright",), "Amman", "2025-02-17")),
    # an address to an audience, a speech delivered, is a statement (a date after what is said dates it only by
    # the parse, which these rules-only rows do not have)
    ("President Ana Lopes addressed the Turkish parliament on Tuesday.", ("statement", ("Ana Lopes",), None, "2025-02-17")),
    ("Prime Minister Jon Berg delivered a speech in Lima on Friday.", ("statement", ("Jon Berg",), "Lima", "2025-02-17")),
    # officials each named with an office of their own are met one by one
    ("Foreign Minister Ana Silva met with Prime Minister Jon Berg and President Ken Ito in Lima.",
     ("meeting", ("Ana Silva", "Ken Ito"), "Lima", "2025-02-17")),
    # a time between the motion verb and its goal ('flew late Sunday to Tehran')
    ("Prime Minister Jon Berg flew late Sunday to Lima.", ("travel", ("Jon Berg",), "Lima", "2025-02-16")),
    ("Prime Minister Keir Starmer of the United Kingdom spoke by phone with President Volodymyr Zelensky of Ukraine last night.",
     ("phone_call", ("Keir Starmer", "Volodymyr Zelensky"), None, "2025-02-16")),
    ("French President Emmanuel Macron will travel to Beijing next week.",
     ("travel", ("Emmanuel Macron",), "Beijing", "2025-03-02")),
    # 'said in a joint statement with Y': the saying is the statement, and Y speaks too
    ("Foreign Minister Ana Lopes said in a joint statement with her counterpart Jon Berg in Lima on Friday.",
     ("statement", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("Some ministers were present at the lunch: Ana Reis (Economy) and Caio Prado (Energy). "
     "President Lula had lunch today with President Hu Jintao.",
     ("meeting", ("Hu Jintao", "Lula"), None, "2025-02-17")),
])
def test_english_coding_manual_style(extract_one, text, expected):
    found = events(extract_one, "en", text)
    assert expected in found, found


def test_people_present_join_the_last_meeting(extract_one):
    text = ("President Ana Lima had lunch today with President Hu Jintao. "
            "Also present were Caio Prado and Rui Costa.")
    found = events(extract_one, "en", text)
    assert ("meeting", ("Ana Lima", "Caio Prado", "Hu Jintao", "Rui Costa"), None, "2025-02-17") in found, found


def test_apposition_gives_the_office_and_state(extractor):
    from kg.records import Article
    from datetime import datetime

    x = extractor.extract(Article("a", "en", "", "Hu Jintao, the President of the People's Republic of China, "
                                  "had lunch today with the President of Brazil, Luiz Lula.", datetime(2004, 11, 13)))
    people = {e.name: e.affiliation for e in x.entities if e.kind == "person"}
    assert people == {"Hu Jintao": "country:CN", "Luiz Lula": "country:BR"}


@pytest.mark.parametrize("text, expected", [
    # a wire dateline places the article's talks; a town inside a site's name is not that town
    ("BRASÍLIA, Brazil – President Ana Lima met with President Kim Sun at the Palacio do Planalto.",
     ("meeting", ("Ana Lima", "Kim Sun"), "Brasília", "2025-02-17")),
    ("Madrid, Spain\n\nPresident Ana Lima met with President Kim Sun.",
     ("meeting", ("Ana Lima", "Kim Sun"), "Madrid", "2025-02-17")),
    # a dateline written in title case, with its agencies in brackets before the dash
    ("Lima (UNA/QNA) – President Ana Silva met with President Kim Sun.",
     ("meeting", ("Ana Silva", "Kim Sun"), "Lima", "2025-02-17")),
    ("Madrid (Xinhua) -- President Ana Lima met with President Kim Sun.",
     ("meeting", ("Ana Lima", "Kim Sun"), "Madrid", "2025-02-17")),
    # a trip to the dateline's state goes to the dateline's city; to another state, there
    ("MADRID, Spain — President Ana Lima arrived in Spain on Monday.",
     ("travel", ("Ana Lima",), "Madrid", "2025-02-17")),
    ("MADRID, Spain — President Ana Lima arrived in Peru on Monday.",
     ("travel", ("Ana Lima",), "Peru", "2025-02-17")),
])
def test_english_places(extract_one, text, expected):
    assert expected in events(extract_one, "en", text)


@pytest.mark.parametrize("text, expected", [
    # talks named as the purpose of a trip happen where and when the trip goes
    ("Foreign Minister Ana Silva will travel to Paris on Friday for talks with President Jean Martin.",
     ("meeting", ("Ana Silva", "Jean Martin"), "Paris", "2025-02-21")),
    # a verb and the noun it governs are one agreement
    ("President Ana Lima and Prime Minister Ken Ito signed a memorandum of understanding on energy.",
     ("agreement", ("Ana Lima", "Ken Ito"), None, "2025-02-17")),
    # a surname that is also a town, at the start of a sentence, is the person named before
    ("Secretary of State Marco Rubio met Foreign Minister Ana Silva. Rubio later spoke by phone with President Jean Martin.",
     ("phone_call", ("Jean Martin", "Marco Rubio"), None, "2025-02-17")),
])
def test_english_discourse(extract_one, text, expected):
    found = events(extract_one, "en", text)
    assert expected in found, found


@pytest.mark.parametrize("lang, text, expected", [
    # the date of the event named as the anchor ('after the meeting') dates the event anchored to it
    ("tr", "Bakan Ayşe Demir, Kellogg'u resmi konutunda ağırladı ve bu sabah gerçekleştirilen toplantının "
           "ardından Paris'e hareket etti.", ("travel", ("Ayşe Demir",), "Paris", "2025-02-17")),
    ("tr", "Dışişleri Bakanı Ayşe Demir, 12 Şubat'ta Lima'da Peru Dışişleri Bakanı Jon Berg ile görüştü.\n\n"
           "Görüşmenin ardından Demir, Paris'e hareket etti.", ("travel", ("Ayşe Demir",), "Paris", "2025-02-12")),
    ("en", "Foreign Minister Ana Lopes met Peru's Foreign Minister Jon Berg in Lima on February 12.\n\n"
           "After the meeting, Lopes flew to Paris.", ("travel", ("Ana Lopes",), "Paris", "2025-02-12")),
])
def test_an_event_takes_the_date_of_the_event_it_is_anchored_to(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # 'this week' of a past event ends at publication (Monday 17 February), of a planned one starts there
    ("en", "President Ana Lopes met Prime Minister Jon Berg in Lima this week.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("tr", "Cumhurbaşkanı Ahmet Yıldız bu hafta Almanya Başbakanı Olaf Berger ile Berlin'de görüştü.",
     ("meeting", ("Ahmet Yıldız", "Olaf Berger"), "Berlin", "2025-02-17")),
])
def test_a_vague_past_window_ends_at_publication(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


def test_a_vague_future_window_starts_at_publication(extract_one):
    mentions, _ = extract_one("Ticaret Bakanı Murat Ece bu hafta Bakü'ye gidecek.", "tr")
    (trip,) = mentions
    assert (trip.time.earliest.isoformat(), trip.time.latest.isoformat()) == ("2025-02-17", "2025-02-23")


@pytest.mark.parametrize("lang, text, expected", [
    # a topic is not a place: 'Suriye'deki gelişmeler' describes the developments (English, which needs the
    # parse to tell, is in test_english_model.py)
    ("tr", "Cumhurbaşkanı Ahmet Yıldız, Almanya Başbakanı Olaf Berger ile görüşerek Suriye'deki gelişmeleri ele aldı.",
     ("meeting", ("Ahmet Yıldız", "Olaf Berger"), None, "2025-02-17")),
    # a call does not happen at the summit it only mentions
    ("tr", "Cumhurbaşkanı Ahmet Yıldız, Vilnius'taki NATO zirvesi öncesinde Almanya Başbakanı Olaf Berger ile "
           "telefonda görüştü.", ("phone_call", ("Ahmet Yıldız", "Olaf Berger"), None, "2025-02-17")),
    # a place phrase on a noun in the locative is where
    ("tr", "Bakan Ayşe Demir, Brüksel'deki NATO Karargahı'nda Belçika Başbakanı Jan Peeters ile görüştü.",
     ("meeting", ("Ayşe Demir", "Jan Peeters"), "Brussels", "2025-02-17")),
    ("tr", "Bakan Ayşe Demir, Ankara'daki resmi törende Belçika Başbakanı Jan Peeters ile görüştü.",
     ("meeting", ("Ayşe Demir", "Jan Peeters"), "Ankara", "2025-02-17")),
    ("tr", "Bakan Ayşe Demir, Gazze'deki orta vadeli planı Belçika Başbakanı Jan Peeters ile görüştü.",
     ("meeting", ("Ayşe Demir", "Jan Peeters"), None, "2025-02-17")),
    ("tr", "Bakan Ayşe Demir, Suriye'deki gelişmeler konusunda Belçika Başbakanı Jan Peeters ile görüştü.",
     ("meeting", ("Ayşe Demir", "Jan Peeters"), None, "2025-02-17")),
    ("tr", "Bakan Ayşe Demir, Ankara'daki köşkte Belçika Başbakanı Jan Peeters ile görüştü.",
     ("meeting", ("Ayşe Demir", "Jan Peeters"), "Ankara", "2025-02-17")),
    # the locative nearest the verb is its own; one before it sits in a participle's clause
    ("tr", "Asya turunu Japonya'da sürdüren Dışişleri Bakanı Ayşe Demir ile Seul'de görüşen Başbakan Jan Peeters, "
           "açıklama yaptı.", ("meeting", ("Ayşe Demir", "Jan Peeters"), "Seoul", "2025-02-17")),
])
def test_a_place_needs_a_locative_relation_to_the_event(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # a plan is an announced event, dated by the plan ('görüşmesi planlanıyor', 'is expected to meet')
    ("tr", "Dışişleri Bakanı Ayşe Demir'in yarın Paris'te Fransa Dışişleri Bakanı Jean Dupont ile görüşmesi planlanıyor.",
     ("meeting", ("Ayşe Demir", "Jean Dupont"), "Paris", "2025-02-18")),
    ("en", "Foreign Minister Ana Lopes is expected to meet Prime Minister Jon Berg on Tuesday.",
     ("meeting", ("Ana Lopes", "Jon Berg"), None, "2025-02-18")),
    # the 'to' of a hyphenated compound is no infinitive's: done, not planned; and a plan still one
    ("en", "President Ana Silva and President Jon Berg concluded a face-to-face meeting on Thursday.",
     ("meeting", ("Ana Silva", "Jon Berg"), None, "2025-02-13")),
    ("en", "President Ana Silva will hold a face-to-face meeting with President Jon Berg on Thursday.",
     ("meeting", ("Ana Silva", "Jon Berg"), None, "2025-02-20")),
    # an infinitive right after an agreement noun is what was agreed, not a plan to agree
    ("en", "President Ana Silva and President Jon Berg met on Thursday in Lima and reached an agreement to cut tariffs.",
     ("agreement", ("Ana Silva", "Jon Berg"), "Lima", "2025-02-13")),
    ("en", "President Ana Silva and President Jon Berg concluded their talks on Thursday with an agreement to cut tariffs.",
     ("agreement", ("Ana Silva", "Jon Berg"), None, "2025-02-13")),
    # 'during the visit' ('ziyaret boyunca'): the days of the visit announced before
    ("tr", "Cumhurbaşkanı Ahmet Yıldız 18-20 Şubat tarihlerinde Fransa'yı ziyaret edecek. Yıldız'ın ziyaret boyunca "
           "Fransa Cumhurbaşkanı Jean Dupont ile görüşmesi planlanıyor.",
     ("meeting", ("Ahmet Yıldız", "Jean Dupont"), "France", "2025-02-20")),
    # a place phrase before a foreign title is the event's place, not part of the title
    ("tr", "Dışişleri Bakanı Ayşe Demir, yarın Paris'te Fransa Dışişleri Bakanı Jean Dupont ile görüşecek.",
     ("meeting", ("Ayşe Demir", "Jean Dupont"), "Paris", "2025-02-18")),
])
def test_announced_events_count_with_their_planned_date(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


def test_an_event_named_as_an_anchor_does_not_cut_the_clause(extract_one):
    """'Yıldız'ın ziyaret boyunca Leroy ile görüşmesi': the possessor before 'ziyaret boyunca' is the
    subject of the meeting, not the speaker who reports it."""
    text = ("Cumhurbaşkanı Ahmet Yıldız 18-20 Şubat tarihlerinde Fransa'yı ziyaret edecek. Sözcü Jean Dupont, "
            "Yıldız'ın ziyaret boyunca Başbakan Marc Leroy ile görüşmesinin planlandığını söyledi.")
    assert ("meeting", ("Ahmet Yıldız", "Marc Leroy"), "France", "2025-02-20") in events(extract_one, "tr", text)


@pytest.mark.parametrize("lang, text, expected", [
    # the earlier dated meeting is not the summit the trip follows: no date is borrowed from it
    ("tr", "Cumhurbaşkanı Ahmet Yıldız, Rusya Devlet Başkanı Vladimir Putin ile 3 Şubat'ta görüştü.\n\n"
           "Yıldız, NATO zirvesinin ardından Bakü'ye gitti.", ("travel", ("Ahmet Yıldız",), "Baku", "2025-02-17")),
    # a planned trip is never dated before publication
    ("en", "President Ana Lopes met President Xi Jinping in Beijing on February 10.\n\n"
           "Lopes will travel to Brazil after the G20 summit.", ("travel", ("Ana Lopes",), "Brazil", "2025-02-17")),
])
def test_an_anchor_lends_no_date_from_an_unrelated_event(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "President Ana Lopes called on Prime Minister Jon Berg to release the prisoners."),   # urges, no call
    ("en", "All ministers are called to support Prime Minister Jon Berg."),  # passive: bidden, no call
    ("en", "President Ana Lopes hailed the result as a sign of a new stability with Peru."),  # a noun: an omen
    # 'called' names a thing, or something so-called: no one is phoned
    ("en", "President Ana Lopes praised what she called a historic agreement with Chile."),
    ("en", "President Ana Lopes came to power in Peru after the so-called Lima Spring."),
    ("en", "President Ana Lopes called Prime Minister Jon Berg an ally."),            # calls him something
    ("en", "President Ana Lopes called Prime Minister Jon Berg “a tough man” in Lima."),
    ("tr", "Türkiye ile Azerbaycan ortak paydada buluştu."),                    # 'meet on common ground': agree
    ("tr", "Dışişleri Bakanı Ayşe Demir, Fransa ile önemli bir başarıya imza attı."),  # 'sign a success': achieve
    ("tr", "Türkiye ile Fransa bir ilke imza attı."),                          # 'sign a first': a first time
    ("tr", "Cumhurbaşkanı Ali Kaya ile Başbakan Jon Berg önemli bir karara imza attı."),  # 'sign a decision': decide
    # 'meet' with a thing for object, or 'met with' a reaction, is no meeting
    ("en", "The Lima Group of Peru and Chile will meet its objectives by June."),
    ("en", "The plan of President Ana Lopes was met with criticism in Lima."),
    ("en", "Any attack by Peru against Chile will be met with a swift response."),
    # a goal or a possibility is no event (factuality)
    ("en", "The United States is working on a deal between Peru and Chile."),
    ("en", "Peru and Chile made efforts toward an agreement."),
    ("en", "President Ana Lopes may meet Prime Minister Jon Berg in Lima."),
    # wanted or needed, not done; 'to deal with' handles, it makes no deal
    ("en", "President Ana Lopes believes agreement with Peru needs to be reached soon."),
    ("en", "Peru and Chile should sign an agreement."),
    ("en", "Peru and Chile differ on how to deal with Bolivia."),
    # signing a book is no agreement
    ("tr", "Cumhurbaşkanı Ahmet Yıldız, Anıtkabir Özel Defteri'ni imzaladı."),
    ("en", "President Ana Lopes signed the guest book at the memorial in Lima."),
    # a visit no one makes: someone must go
    ("en", "The visit will reaffirm the close friendship of Peru with its NATO ally as it deals with the reckless "
           "offensive in Lima."),
    # hosting no one named, and no gathering or meal, is no diplomatic hosting
    ("en", "Peru is hosting more than three million refugees from the conflict."),
    # absent from the gathering
    ("en", "The leaders of Peru and Chile did not even bother attending the summit."),
    ("en", "The leaders of Peru and Chile had already stayed away from the summit in Lima."),
    ("en", "President Ana Lopes avoided a face-to-face meeting with Ken Ito."),
    # asked about, not told: an event in a clause 'whether' opens
    ("en", "It is too soon to know whether there will be a third summit of Ana Lopes with Ken Ito."),
    ("en", "Reporters asked whether President Ana Lopes met Ken Ito in Lima."),
])
def test_a_trigger_word_in_another_sense_is_no_event(extract_one, lang, text):
    assert events(extract_one, lang, text) == []


def test_a_press_conference_is_a_statement_not_a_meeting(extract_one):
    text = "Cumhurbaşkanı Ahmet Yıldız, Belçika Başbakanı Jan Peeters ile düzenlediği ortak basın toplantısında konuştu."
    assert [e[0] for e in events(extract_one, "tr", text)] == ["statement"]


@pytest.mark.parametrize("lang, text, expected", [
    # a press conference held with someone is theirs too: both speak
    ("tr", "Dışişleri Bakanı Selin Er, Norveç Dışişleri Bakanı Jon Berg ile ortak basın toplantısı düzenledi.",
     ("statement", ("Jon Berg", "Selin Er"), None, "2025-02-17")),
    ("en", "Foreign Minister Selin Er gave a joint news conference with Jon Berg in Oslo.",
     ("statement", ("Jon Berg", "Selin Er"), "Oslo", "2025-02-17")),
])
def test_a_joint_press_conference_has_both_speakers(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("text, expected", [
    # 'separately', and separate meetings each with its own partner (and the place named after them)
    ("Foreign Minister Tom Meta will meet separately with President Ana Lopes and Prime Minister Jon Berg.",
     [("meeting", ("Ana Lopes", "Tom Meta"), None, "2025-02-17"), ("meeting", ("Jon Berg", "Tom Meta"), None, "2025-02-17")]),
    ("Foreign Minister Tom Meta had separate meetings with President Ana Lopes in Lima and with Prime Minister "
     "Jon Berg in Oslo.", [("meeting", ("Ana Lopes", "Tom Meta"), "Lima", "2025-02-17"),
                           ("meeting", ("Jon Berg", "Tom Meta"), "Oslo", "2025-02-17")]),
    # an infinitive after a trip is what the trip is for: it happens there ('first' sits between 'goes' and 'to')
    ("Foreign Minister Tom Meta goes first to Lima to meet President Ana Lopes.",
     [("meeting", ("Ana Lopes", "Tom Meta"), "Lima", "2025-02-17"), ("travel", ("Tom Meta",), "Lima", "2025-02-17")]),
    # ... but one naming no one to talk with is only a purpose
    ("Foreign Minister Tom Meta is in Lima for five days to discuss trade and investment deals.",
     [("travel", ("Tom Meta",), "Lima", "2025-02-17")]),
    # an abbreviated month with its dot ('Feb. 11', 'Sept. 5')
    ("Foreign Minister Tom Meta met President Ana Lopes in Lima on Sept. 5, 2024.",
     [("meeting", ("Ana Lopes", "Tom Meta"), "Lima", "2024-09-05")]),
])
def test_english_trips_and_separate_meetings(extract_one, text, expected):
    assert events(extract_one, "en", text) == sorted(expected, key=lambda e: (e[0], e[1], e[2] or "", e[3] or ""))


def test_a_captions_aside_does_not_split_a_pair(extract_one):
    """'Moon Jae-in (right) and Recep Tayyip Erdogan hold a summit meeting': the '(right)' of a photo
    caption stands beside a name, not between the two sides."""
    text = "President Ana Lopes (right) and Prime Minister Jon Berg hold a summit meeting at the palace in Lima."
    assert {e[1] for e in events(extract_one, "en", text)} == {("Ana Lopes", "Jon Berg")}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "President Ana Lopes called Prime Minister Jon Berg on Monday.",
     ("phone_call", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")),
    ("tr", "Türkiye ile Azerbaycan dün anlaşmaya imza attı.", ("agreement", ("Azerbaijan", "Türkiye"), None, "2025-02-16")),
    ("tr", "Türkiye ile Fransa dün ortak açıklamaya imza attı.", ("agreement", ("France", "Türkiye"), None, "2025-02-16")),
    # a date after 'on' is no one called on ('called on Monday')
    ("en", "President Ana Lopes called on Monday to congratulate Prime Minister Jon Berg.",
     ("phone_call", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")),
    # 'paydaşlarla' (stakeholders) is no common ground
    ("tr", "Dışişleri Bakanı Ayşe Demir, Fransa Dışişleri Bakanı Jean Dupont ile Ankara'da paydaşlarla buluştu.",
     ("meeting", ("Ayşe Demir", "Jean Dupont"), "Ankara", "2025-02-17")),
    # 'meet' with people for object, however described, still meets
    ("en", "President Ana Lopes met her counterpart Jon Berg in Lima on Monday.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("en", "President Ana Lopes met with senior officials of Chile in Lima on Monday.",
     ("meeting", ("Ana Lopes", "Chile"), "Lima", "2025-02-17")),
    # a participle before the noun describes it; 'May' the month is no modal
    ("en", "President Ana Lopes and Prime Minister Jon Berg held a working meeting in Lima on Monday.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("en", "President Ana Lopes met Prime Minister Jon Berg in Lima on May 5.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2024-05-05")),
])
def test_the_same_words_in_their_event_sense_stay_events(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)


@pytest.mark.parametrize("text, expected", [
    # 'aramak' with a named person as its object calls; with a thing it searches, with one named person nothing
    ("Dışişleri Bakanı Ayşe Demir bugün Fransa Dışişleri Bakanı Jean Dupont'u arayarak taziyelerini sundu.",
     [("phone_call", ("Ayşe Demir", "Jean Dupont"), None, "2025-02-17")]),
    ("Bakan Ali Koç, krize çözüm aradı.", []),
    ("Dışişleri Bakanı Ayşe Demir ile Bakan Ali Koç, krize çözüm aradı.", []),  # two people, no one called
])
def test_a_verb_of_many_senses_is_a_call_only_between_two_named_people(extract_one, text, expected):
    assert [e for e in events(extract_one, "tr", text) if e[0] == "phone_call"] == expected


def test_a_genitive_before_a_bare_genitive_anchor_is_the_subject(extract_one):
    """'toplantının ardından': a bare genitive (no possessive) lets the possessor before it reach the event."""
    text = ("Sözcü Jean Dupont, Yıldız'ın toplantının ardından Başbakan Marc Leroy ile görüşmesinin planlandığını "
            "söyledi.")
    found = events(extract_one, "tr", text)
    assert any(e[0] == "meeting" and e[1] == ("Marc Leroy", "Yıldız") for e in found), found



@pytest.mark.parametrize("lang, text, expected", [
    # a seat of government in a locative relation places the event in its city
    ("en", "President Maria Lopez met today with Prime Minister Ken Ito at the White House.",
     ("meeting", ("Ken Ito", "Maria Lopez"), "Washington", "2025-02-17")),
    ("tr", "Fransa Cumhurbaşkanı Emmanuel Macron, Ukrayna Devlet Başkanı Volodimir Zelenski'yi Elysee Sarayı'nda ağırladı.",
     ("hosting", ("Emmanuel Macron", "Volodimir Zelenski"), "Paris", "2025-02-17")),
    # as a subject it is the actor
    ("en", "The White House said in a statement that President Maria Lopez will travel to Tokyo.",
     ("statement", ("Maria Lopez", "White House"), None, "2025-02-17")),
    # one visit told from both sides: the trip takes the date of the hosting at its destination
    ("en", "King Omar Haddad will visit Washington. President Maria Lopez will welcome King Omar Haddad to the White House on Thursday.",
     ("travel", ("Omar Haddad",), "Washington", "2025-02-20")),
    ("tr", "Kral Ömer Haddad Washington'a gidecek. Başkan Maria Lopez, Kral Ömer Haddad'ı Perşembe günü Beyaz Saray'da ağırlayacak.",
     ("travel", ("Ömer Haddad",), "Washington", "2025-02-20")),
])
def test_seats_and_visits(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("lang, text, expected", [
    # a group of people named by where they come from stands for that state, in the group noun's case
    ("tr", "TBMM Başkanı Numan Kurtulmuş, Azerbaycan'dan gelen heyeti kabul etti.",
     ("hosting", ("Azerbaijan", "Numan Kurtulmuş"), None, "2025-02-17")),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Almanya'dan gelen heyetle görüştü.",
     ("meeting", ("Germany", "Hakan Fidan"), None, "2025-02-17")),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Rus heyetini Ankara'da kabul etti.",
     ("hosting", ("Hakan Fidan", "Russia"), "Ankara", "2025-02-17")),
    ("en", "A delegation from Brazil traveled to Ramallah on Friday.",
     ("travel", ("Brazil",), "Ramallah", "2025-02-14")),
    ("en", "President Maria Lopez received officials from the EU in Lima.",
     ("hosting", ("European Union", "Maria Lopez"), "Lima", "2025-02-17")),
    ("en", "President Maria Lopez received a Brazilian delegation in Lima.",
     ("hosting", ("Brazil", "Maria Lopez"), "Lima", "2025-02-17")),
    # officials by their office, in the plural: village heads, lawmakers
    ("tr", "Meclis Başkanı Ali Koç, Azerbaycan'dan gelen muhtarları kabul etti.",
     ("hosting", ("Ali Koç", "Azerbaijan"), None, "2025-02-17")),
    ("en", "President Maria Lopez received lawmakers from Brazil in Lima.",
     ("hosting", ("Brazil", "Maria Lopez"), "Lima", "2025-02-17")),
])
def test_group_phrases(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("text", [
    "Dışişleri Bakanı Hakan Fidan, Filistin'i devlet olarak kabul etti.",   # a state recognised is no guest
    "Dışişleri Bakanı Hakan Fidan, Almanya'dan gelen teklifi kabul etti.",   # a proposal, not a group of people
])
def test_no_group_guest(extract_one, text):
    assert [e for e in events(extract_one, "tr", text) if e[0] == "hosting"] == []


@pytest.mark.parametrize("lang, text, origin", [
    # a trip's start where the text says it: an ablative, or where the traveller was in an earlier sentence
    ("tr", "Bakan Ali Koç dün Ankara'dan Paris'e gitti.", "Ankara"),
    ("tr", "Bakan Ali Koç, Brüksel'de Başbakan Tom Hill ile görüştü. Koç daha sonra Paris'e geçti.", "Brussels"),
    ("en", "Foreign Minister Ana Silva met Prime Minister Ken Ito in Tokyo on Monday. Silva then traveled to Seoul.",
     "Tokyo"),
    # a purpose told in the trip's own sentence is where it goes, not where it starts
    ("tr", "Bakan Ali Koç, Başbakan Tom Hill ile görüşmek üzere Paris'e gitti.", None),
    # a place the traveller is put only after the trip is no start
    ("en", "Foreign Minister Ana Silva traveled to Seoul on Monday. She had met Ken Ito in Tokyo on Friday.", None),
])
def test_trip_origins(extractor, lang, text, origin):
    from tests.conftest import make_article
    x = extractor.extract(make_article(text, lang, "2025-02-17T12:00:00+03:00"))
    names = {e.key: e.name for e in x.entities}
    trips = [m for m in x.mentions if m.type == "travel"]
    assert trips, x.mentions
    assert names.get(trips[-1].origin) == origin, [(m.place, m.origin) for m in trips]


@pytest.mark.parametrize("lang, text, expected", [
    # a gathering named by a proper noun is a meeting where something happens at it, or as the subject
    # of 'took place, began, ended'; it and the bodies its name holds are participants
    ("tr", "Çin Devlet Başkanı Wang Lei, Pekin'de düzenlenen Asya İş Birliği Forumu'nda konuştu.",
     ("meeting", ("Asya İş Birliği Forumu", "Wang Lei"), "Beijing", "2025-02-17")),
    ("tr", "NATO Zirvesi Cuma günü Vilnius'ta sona erdi.",
     ("meeting", ("NATO", "NATO Zirvesi"), "Vilnius", "2025-02-14")),
    ("en", "President Emmanuel Macron spoke at the UN Ocean Conference on Monday.",
     ("meeting", ("Emmanuel Macron", "UN Ocean Conference"), None, "2025-02-17")),
    ("en", "The Munich Security Conference opened on Friday.",
     ("meeting", ("Munich Security Conference",), None, "2025-02-14")),
])
def test_named_gatherings(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("lang, text", [
    ("tr", "Bakan Ali Koç, NATO Zirvesi'ni eleştirdi."),                          # criticised, not held
    ("en", "Prime Minister John Carter criticised the Munich Security Conference."),
])
def test_a_named_gathering_only_mentioned_is_no_meeting(extract_one, lang, text):
    assert [e for e in events(extract_one, lang, text) if e[0] == "meeting"] == []


def test_what_was_discussed_is_a_topic_not_a_side(extract_one):
    assert events(extract_one, "en", "President Ana Lopes discussed Ukraine with Prime Minister Jon Berg.") == [
        ("consultation", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")]
    assert events(extract_one, "en", "Topics discussed included the U.S. missile shield and the future of NATO.") == []


@pytest.mark.parametrize("text, expected", [
    # every form of the verb ('-ing' too); a guest welcomed 'to' a place is hosted there
    ("Prime Minister Jon Berg looks forward to welcoming President Ana Lopes to Oslo on February 20.",
     ("hosting", ("Ana Lopes", "Jon Berg"), "Oslo", "2025-02-20")),
    ("President Ana Lopes is hosting Prime Minister Jon Berg at the White House today.",
     ("hosting", ("Ana Lopes", "Jon Berg"), "Washington", "2025-02-17")),
    ("Prime Minister Jon Berg will be discussing trade with President Ana Lopes on Friday.",
     ("consultation", ("Ana Lopes", "Jon Berg"), None, "2025-02-21")),
])
def test_english_verb_forms_and_the_hosts_place(extract_one, text, expected):
    assert_found(extract_one, "en", text, expected)


def test_hosting_the_one_gathering_is_that_gathering(extract_one):
    found = events(extract_one, "en", "The Munich Security Conference opened on Friday. "
                   "Germany hosts the conference every year.")
    assert ("meeting", ("Germany", "Munich Security Conference"), None, "2025-02-14") in found, found


@pytest.mark.parametrize("text, expected", [
    # an event noun's 'of' phrase right after it is its subject: the visitor, the speaker
    ("The visit of President Ana Lopes to Lima ended on Monday.", ("travel", ("Ana Lopes",), "Lima", "2025-02-17")),
    ("Statement on the Visit of His Majesty King Carlos II of Spain to Lima",
     ("travel", ("Carlos II",), "Lima", "2025-02-17")),
])
def test_an_event_nouns_of_phrase_is_its_subject(extract_one, text, expected):
    assert_found(extract_one, "en", text, expected)


def test_an_agreements_of_phrase_is_its_content_not_a_party(extract_one):
    found = events(extract_one, "en", "Peru and Chile signed a Memorandum of Understanding on Monday.")
    assert found == [("agreement", ("Chile", "Peru"), None, "2025-02-17")]


def test_an_announcement_dates_its_visit_and_its_talks_by_the_day_it_gives(extract_one):
    # the headline's noun and the body's undated plan take the planned day of the same visit
    text = ("Statement on the Visit of King Carlos II of Spain to Lima\n\n"
            "President Ana Lopes looks forward to welcoming King Carlos II to Lima on March 3. "
            "President Ana Lopes and King Carlos II will also discuss trade.")
    assert events(extract_one, "en", text) == [
        ("consultation", ("Ana Lopes", "Carlos II"), "Lima", "2025-03-03"),
        ("hosting", ("Ana Lopes", "Carlos II"), "Lima", "2025-03-03"),
        ("travel", ("Carlos II",), "Lima", "2025-03-03")]


@pytest.mark.parametrize("lang, text, expected", [
    # every origin listed with a group stands for it
    ("en", "President Ana Lopes met officials from Chile, Brazil and Bolivia on Monday.",
     ("meeting", ("Ana Lopes", "Bolivia", "Brazil", "Chile"), None, "2025-02-17")),
    ("tr", "Dışişleri Bakanı Ayşe Demir, Almanya, Fransa ve İtalya'dan gelen heyetleri dün Ankara'da kabul etti.",
     ("hosting", ("Ayşe Demir", "France", "Germany", "Italy"), "Ankara", "2025-02-16")),
    ("en", "On Monday, representatives of Peru and Chile met in Lima.", ("meeting", ("Chile", "Peru"), "Lima", "2025-02-17")),
    ("en", "President Ana Lopes met Israeli, Brazilian and Chilean officials in Lima on Monday.",
     ("meeting", ("Ana Lopes", "Brazil", "Chile", "Israel"), "Lima", "2025-02-17")),
    # a state ending an office in lower case, then the holder's name
    ("en", "On Monday, Foreign Minister Ana Lopes met the Chilean ambassador to Peru Jon Berg in Lima.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
])
def test_origins_listed_with_a_group(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("text, expected", [
    # a plural event noun with a list of partners: one meeting with each
    ("In Lima, President Ana Lopes had bilateral meetings with President Jon Berg and Prime Minister Tom Meta.",
     [("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17"),
      ("meeting", ("Ana Lopes", "Tom Meta"), "Lima", "2025-02-17")]),
    # the sayer and the day it was said belong to the saying, not to the event reported
    ("President Ana Lopes is heading north. Spokesman Tom Meta said Wednesday Ms. Lopes will meet with "
     "Prime Minister Jon Berg on February 19.", [("meeting", ("Ana Lopes", "Jon Berg"), None, "2025-02-19")]),
    # a label before a colon is no participant of the headline's event
    ("State Department: Secretary Ana Lopes's Travel to Lima", [("travel", ("Ana Lopes",), "Lima", "2025-02-17")]),
    # a title before a name that is also a town's: a person
    ("President Barroso visited Albania on Monday.", [("travel", ("Barroso",), "Albania", "2025-02-17")]),
])
def test_english_discourse_of_readouts(extract_one, text, expected):
    assert events(extract_one, "en", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place describing the attended occasion is where it is held
    ("Eski Cumhurbaşkanı Ali Koç, Lima'daki 15 Temmuz etkinliğine katılacak.",
     ("hosting", ("Ali Koç",), "Lima", "2025-07-15")),
])
def test_turkish_occasion_place(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_a_date_that_starts_a_period_does_not_date_the_event_in_it(extract_one):
    found = events(extract_one, "en", "President Ana Lopes has called Prime Minister Jon Berg, the latest of the "
                                      "leaders she has talked with since taking office January 20.")
    assert ("phone_call", ("Ana Lopes", "Jon Berg"), None, "2025-02-17") in found
    assert all(e[3] == "2025-02-17" for e in found)


@pytest.mark.parametrize("text, expected", [
    # each partner with its own 'ile': a meeting with each; one 'ile' for a list, or 'X ile Y arasında': one
    ("Dışişleri Bakanı Ayşe Demir dün Paris'te Jean Dupont ile ve Jon Berg ile görüştü.",
     [("meeting", ("Ayşe Demir", "Jean Dupont"), "Paris", "2025-02-16"),
      ("meeting", ("Ayşe Demir", "Jon Berg"), "Paris", "2025-02-16")]),
    ("Dışişleri Bakanı Ayşe Demir dün Paris'te Jean Dupont ve Jon Berg ile görüştü.",
     [("meeting", ("Ayşe Demir", "Jean Dupont", "Jon Berg"), "Paris", "2025-02-16")]),
    # a name joined to a common-noun phrase takes the phrase's postposition
    ("Dışişleri Bakanı Ayşe Demir dün Paris'te Kral Jean Dupont ve kraliyet ailesi üyeleri ile görüştü.",
     [("meeting", ("Ayşe Demir", "Jean Dupont"), "Paris", "2025-02-16")]),
])
def test_turkish_partners_each_with_ile(extract_one, text, expected):
    assert events(extract_one, "tr", text) == expected


def test_page_lines_do_not_use_up_the_opening_that_sets_the_scene(extract_one):
    # a byline and a date are no sentences of the lead: 'is in Lima' still sets the article's place
    text = ("Secretary Ana Lopes Travels to the Summit\n\nPosted by Bloggers\nFebruary 17, 2025\n"
            "Follow the Secretary on her travel to the summit.\n\n"
            "Secretary Ana Lopes is in Lima to attend the Pacific Summit.\n\n"
            "Secretary Ana Lopes also met with Foreign Minister Jon Berg.")
    assert ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17") in events(extract_one, "en", text)


@pytest.mark.parametrize("text, expected", [
    # 'was also' is no 'was also present'; a sentence-opening pronoun is the person last spoken of
    ("President Ana Lopes met Prime Minister Jon Berg in Lima on Monday. She was also to meet with "
     "President Tom Meta.", ("meeting", ("Ana Lopes", "Tom Meta"), "Lima", "2025-02-17")),
    # … and so does one opening the main clause after an opening phrase
    ("President Ana Lopes arrived in Lima on Monday. While there, she held talks with Prime Minister Jon Berg.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("President Ana Lopes arrived in Lima. On Monday, she met with Prime Minister Jon Berg.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("President Ana Lopes met Prime Minister Jon Berg in Lima on Monday. The two men discussed trade.",
     ("consultation", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-17")),
    ("President Ana Lopes met Prime Minister Jon Berg in Lima on Monday. Also present were Tom Meta and Ed Rama.",
     ("meeting", ("Ana Lopes", "Ed Rama", "Jon Berg", "Tom Meta"), "Lima", "2025-02-17")),
    # … and one after a quotation, the comma inside its marks
    ('President Ana Lopes arrived in Lima on Monday. "This is a special day for Peru," she said in a statement.',
     ("statement", ("Ana Lopes",), "Lima", "2025-02-17")),
])
def test_english_pronouns_and_people_present(extract_one, text, expected):
    assert_found(extract_one, "en", text, expected)


def test_a_pronoun_that_says_is_no_participant_of_what_it_reports(extract_one):
    text = "Spokesman Tom Meta spoke on Monday. He said trade will also be discussed."
    assert [e for e in events(extract_one, "en", text) if e[0] == "consultation"] == []


@pytest.mark.parametrize("text, expected", [
    # a town set off as the sentence's subject is someone (Obama is a town in Japan), and so is the
    # same town named later in the article
    ("Obama açıklama yaptı\n\nObama, dün Rusya Cumhurbaşkanı Dimitri Medvedev ile görüştü. "
     "Medvedev de Obama ile yeniden görüşeceğini söyledi.",
     ("meeting", ("Dimitri Medvedev", "Obama"), None, "2025-02-16")),
])
def test_a_town_as_the_subject_is_a_person(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)



@pytest.mark.parametrize("text, absent, expected", [
    # names listed before a topic noun are what was talked about, not who spoke or met
    ("Başbakan Ali Kaya ile görüşmenin ardından yapılan açıklamada, görüşmede Orta Doğu, Irak, Afganistan ve "
     "terörle mücadele konuları üzerinde durulduğu bildirildi.", "Iraq", None),
    # a name set off after the statement noun is its speaker
    ("Dün yapılan açıklamada Rutte, ittifakın güçlü olduğunu söyledi.", None, ("statement", ("Rutte",), None, "2025-02-16")),
])
def test_names_listed_as_topics_are_no_actors(extract_one, text, absent, expected):
    found = events(extract_one, "tr", text)
    assert not any(absent in people for _, people, _, _ in found) if absent else expected in found, found


@pytest.mark.parametrize("text, expected", [
    # what is only said is the news in the headline and the lead …
    ("Lopes: Peru Will Join the Pact\n\nPresident Ana Lopes said on Monday that Peru would join the pact.",
     [("statement", ("Ana Lopes",), None, "2025-02-17")]),
    # … (a page's repeated headline is no lead) …
    ("Lopes: Peru Will Join the Pact\n\nBreaking News\n\nLopes: Peru Will Join the Pact\n\n"
     "President Ana Lopes said that Peru would join the pact.",
     [("statement", ("Ana Lopes",), None, "2025-02-17")]),
    # … further down it is a quote in the report, and 'said:' opens a readout
    ("Leaders Discuss Trade in Lima\n\nThe talks lasted two hours in the capital.\n\nTrade topped the agenda "
     "of the visit.\n\nPresident Ana Lopes said that Peru would join the pact.", []),
    ("Call with President Berg\n\nA spokesperson for President Ana Lopes said:\n\nThe two leaders agreed to meet soon.",
     []),
    ("Leaders Say Ties Are Strong\n\nPresident Ana Lopes and President Jon Berg say their countries are close partners.",
     [("statement", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")]),
    # … unless it is said before the public: to reporters, to the press, in an interview or a speech
    ("Leaders Discuss Trade in Lima\n\nThe talks lasted two hours in the capital.\n\nTrade topped the agenda "
     "of the visit.\n\nSpeaking to reporters after the talks, President Ana Lopes said that Peru would join the pact.",
     [("statement", ("Ana Lopes",), None, "2025-02-17")]),
    ("Leaders Discuss Trade in Lima\n\nThe talks lasted two hours in the capital.\n\nTrade topped the agenda "
     "of the visit.\n\n\"Peru will join the pact,\" President Ana Lopes said to the press.",
     [("statement", ("Ana Lopes",), None, "2025-02-17")]),
    # a saying that reports another event is attribution: the event is the news
    ("Lopes to Visit Peru\n\nPresident Ana Lopes said on Monday that she would visit Peru in March.", []),
    # a statement with a counterpart is the speaker's and the counterpart's
    ("Prime Minister Ana Lopes statement with President Jon Berg",
     [("statement", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")]),
])
def test_english_reported_speech_is_news_in_the_lead(extract_one, text, expected):
    assert [e for e in events(extract_one, "en", text) if e[0] == "statement"] == expected


@pytest.mark.parametrize("text, expected", [
    # 'spoke to' a person is a call with them (a readout's subject may be a bare office) …
    ("The Prime Minister spoke to President Jon Berg of Peru today.", [("phone_call", ("Jon Berg",), None, "2025-02-17")]),
    ("Prime Minister Ana Lopes spoke to President Jon Berg today.",
     [("phone_call", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")]),
    # … speaking to reporters or to a body is none
    ("Prime Minister Ana Lopes spoke to reporters in Lima today.", []),
    ("President Ana Lopes spoke to the United Nations today.", []),
])
def test_english_spoke_to_a_person_is_a_call(extract_one, text, expected):
    assert [e for e in events(extract_one, "en", text) if e[0] == "phone_call"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # what a speaker says the day the text puts them somewhere is said there …
    ("tr", "Başbakan Ayşe Demir bugün Berlin'e geçti ve Jon Berg ile görüştü. Demir, ilişkilerin güçlendiğini belirtti.",
     ("statement", ("Ayşe Demir",), "Berlin", "2025-02-17")),
    ("en", "President Ana Lopes arrived in Lima on Monday. Lopes condemned the attack on Monday.",
     ("statement", ("Ana Lopes",), "Lima", "2025-02-17")),
    # … not what they say on another day
    ("en", "President Ana Lopes arrived in Lima on February 3. Lopes condemned the attack on Monday.",
     ("statement", ("Ana Lopes",), None, "2025-02-17")),
])
def test_a_statement_is_made_where_its_speaker_is_that_day(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("lang, text, expected", [
    # an undated announced meeting at an announced trip's destination is held on that trip
    ("tr", "Dışişleri Bakanı Ayşe Demir Salı günü Lima'ya gidiyor.\n\nDemir'in Lima'da Jon Berg ile görüşmesi bekleniyor.",
     ("meeting", ("Ayşe Demir", "Jon Berg"), "Lima", "2025-02-18")),
    ("en", "President Ana Lopes will travel to Lima on Tuesday.\n\nIn Lima, Lopes will meet President Jon Berg.",
     ("meeting", ("Ana Lopes", "Jon Berg"), "Lima", "2025-02-18")),
])
def test_an_announced_meeting_on_an_announced_trip_takes_its_date(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


@pytest.mark.parametrize("text, expected", [
    # a headline that only puts a foreign leader in a place is a visit there …
    ("Norveç Başbakanı Jon Berg Ankara'da\n\nNorveç Başbakanı Jon Berg, Cumhurbaşkanı Ayşe Demir ile görüştü.",
     [("travel", ("Jon Berg", "Norway"), "Ankara", "2025-02-17")]),
    # … a leader at home or a body somewhere is no trip
    ("Cumhurbaşkanı Recep Tayyip Erdoğan Ankara'da\n\nErdoğan, Ankara'da bir konuşma yaptı.", []),
    ("Kriz Masası Ankara'da\n\nKriz masası toplandı.", []),
])
def test_a_turkish_headline_putting_someone_in_a_place(extract_one, text, expected):
    assert [e for e in events(extract_one, "tr", text) if e[0] == "travel"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the agent of a visit named by a noun is its traveller
    ("en", "Peru will show its support with a visit to Lima tomorrow by Foreign Minister Ana Lopes.",
     ("travel", ("Ana Lopes", "Peru"), "Lima", "2025-02-18")),
    ("tr", "Dışişleri Bakanı Ayşe Demir tarafından yarın Lima'ya bir ziyaret gerçekleştirilecek.",
     ("travel", ("Ayşe Demir",), "Lima", "2025-02-18")),
])
def test_the_agent_of_a_visit_travels(extract_one, lang, text, expected):
    assert_found(extract_one, lang, text, expected)


def test_a_turkish_passive_participle_keeps_its_agent(extract_one):
    # 'X tarafından kabul edilen Y': X received Y; the main verb's own clause starts after the participle
    text = "Cumhurbaşkanı Ayşe Demir tarafından kabul edilen Jon Berg, daha sonra Başbakan Ali Kaya ile görüştü."
    assert events(extract_one, "tr", text) == [("hosting", ("Ayşe Demir", "Jon Berg"), None, "2025-02-17"),
                                               ("meeting", ("Ali Kaya", "Jon Berg"), None, "2025-02-17")]


@pytest.mark.parametrize("lang, text, expected", [
    # a first name alone is the one person of the article with that first name; a form of address is no name
    ("tr", "Cumhurbaşkanı Ayşe Demir, Başkan Jon Berg ile görüştü. Demir, 'Değerli dostum Jon, yine görüşeceğiz' dedi.",
     ("meeting", ("Ayşe Demir", "Jon Berg"), None, "2025-02-17")),
    ("en", "President Ana Lopes met President Jon Berg on Monday. 'Thank you, Jon,' Lopes said after they met.",
     ("meeting", ("Ana Lopes", "Jon Berg"), None, "2025-02-17")),
])
def test_a_first_name_alone_is_the_articles_one_person_of_that_name(extract_one, lang, text, expected):
    found = events(extract_one, lang, text)
    assert expected in found and not any("Jon" in e[1] or "Değerli" in e[1] for e in found), found


def test_an_office_is_not_the_holder_named_again_in_its_clause(extract_one):
    # 'the President' is not President Berg, whom the same clause names as the one welcomed
    text = "On Monday, the President and Secretary Ana Lopes welcomed President Jon Berg to the White House."
    assert ("hosting", ("Ana Lopes", "Jon Berg"), "Washington", "2025-02-17") in events(extract_one, "en", text)


@pytest.mark.parametrize("text, expected", [
    # demonyms before a plural office, modifiers between: the states those officials stand for
    ("Turkish and Russian foreign ministers met in Ankara on Tuesday.",
     ("meeting", ("Russia", "Türkiye"), "Ankara", "2025-02-11")),
    ("Israeli and Palestinian presidents met in Ankara on Tuesday.",
     ("meeting", ("Israel", "Palestinian Territories"), "Ankara", "2025-02-11")),
])
def test_demonyms_before_a_plural_office_are_its_states(extract_one, text, expected):
    assert_found(extract_one, "en", text, expected)


@pytest.mark.parametrize("lang, text", [
    # a verb saying the subject stayed away denies the event
    ("en", "Peru and Chile boycotted the signing ceremony in Lima."),
    ("en", "The Chilean and Peruvian presidents skipped the signing ceremony."),
    # readiness is a disposition, refusal a denial: neither is the event
    ("en", "Peru is ready for a meeting with Chile in Lima."),
    ("en", "President Ana Lopes refused to meet Prime Minister Jon Berg in Lima."),
    ("en", "Prime Minister Jon Berg criticised President Ana Lopes's refusal to discuss the border with him."),
    # a refusal after the event word denies it
    ("tr", "Bakan Ali Kaya, Jon Berg ile görüşmeyi reddetti."),
    ("tr", "Bakan Ali Kaya, Lima'daki zirveye katılmayı reddettiğini açıkladı."),
])
def test_staying_away_readiness_and_refusal_are_no_event(extract_one, lang, text):
    assert [e for e in events(extract_one, lang, text) if e[0] != "statement"] == []


def test_a_bare_gathering_noun_is_the_named_gathering_held_at_its_time(extract_one):
    """Two named gatherings, one this week and one next year: 'the summit' attended on Monday is Monday's."""
    text = ("The South American Summit took place in Lima on Monday.\n\n"
            "The Caribbean Summit will be held in Havana next year.\n\n"
            "The Bolivian and Chilean presidents attended the summit on Monday.")
    found = events(extract_one, "en", text, published="2025-02-18T12:00:00+03:00")
    assert ("meeting", ("Bolivia", "Chile", "South American Summit"), "Lima", "2025-02-17") in found, found


@pytest.mark.parametrize("text, meeting_days", [
    # a date before a relative participle describing a person is that relative clause's: the arrival was
    # yesterday, the meeting is undated news
    ("Bakan Ali Kaya, dün akşam Ankara'ya gelen Peru Dışişleri Bakanı Jon Berg ile bir araya geldi.",
     ("2025-02-16", "2025-02-17")),
    # with no relative clause between, the date is the meeting's
    ("Bakan Ali Kaya, dün akşam Ankara'da Peru Dışişleri Bakanı Jon Berg ile bir araya geldi.",
     ("2025-02-16", "2025-02-16")),
])
def test_a_date_in_a_relative_clause_on_a_person_is_that_clauses(extract_one, text, meeting_days):
    mentions, _ = extract_one(text, "tr")
    assert [(m.time.earliest.isoformat(), m.time.latest.isoformat()) for m in mentions if m.type == "meeting"] == [
        meeting_days]


def test_other_officials_are_not_the_sides_told_before(extract_one):
    """'diğer yetkililer': officials besides those named, not the sides of the talks told before."""
    text = ("Dışişleri Bakanı Ali Kaya ve Peru Dışişleri Bakanı Jon Berg'in görüşmesinde, Suriye'deki savaş ve "
            "ticaret konularının ele alınması bekleniyor.\n\n"
            "Berg'i İstanbul Havalimanı'nda Lima Büyükelçisi Ayşe Demir ve diğer yetkililer karşılamıştı.")
    mentions, names = extract_one(text, "tr")
    hosts = [names[p.key] for m in mentions if m.type == "hosting" for p in m.participants if p.role == "host"]
    assert hosts == ["Ayşe Demir"], mentions


def test_a_date_before_another_event_noun_is_that_nouns(extract_one):
    """'7 Aralık'ta Lima'daki görüşmenin iadesi için … gelen': the talks in Lima were on 7 December; the trip
    returning them is today's news."""
    text = ("Bakan Ali Kaya, 7 Aralık'ta Lima'daki görüşmenin iade-i ziyareti için Ankara'ya gelen Peru Dışişleri "
            "Bakanı Jon Berg'i kabul etti.")
    mentions, _ = extract_one(text, "tr")
    trips = [(m.time.earliest.isoformat(), m.time.latest.isoformat()) for m in mentions if m.type == "travel"]
    assert trips == [("2025-02-16", "2025-02-17")], mentions


def test_a_demonym_and_an_office_in_lower_case_is_the_officeholder_named_before(extract_one):
    """'the Peruvian foreign minister': the article's Peruvian foreign minister, as 'the Minister' alone is."""
    text = ("Peruvian Foreign Minister Ana Lopes will visit Chile on Tuesday, President Jon Berg said.\n\n"
            "Berg told reporters that during the Peruvian foreign minister's visit to Santiago, talks would be held.")
    mentions, names = extract_one(text, "en")
    travellers = [names[p.key] for m in mentions if m.type == "travel" for p in m.participants if p.role == "traveller"]
    assert travellers == ["Ana Lopes", "Ana Lopes"], mentions


@pytest.mark.parametrize("lang, text, expected", [
    # a year named alone dates the event of its own clause
    ("en", "Minister Ali Kaya visited Russia in 2023.", ("travel", ("Ali Kaya",), "Russia", "2023")),
    ("tr", "Bakan Ali Kaya 2019'da Rusya'ya gitti.", ("travel", ("Ali Kaya",), "Russia", "2019")),
    ("tr", "Bakan Ali Kaya 2023 yılında Rusya'ya gitti.", ("travel", ("Ali Kaya",), "Russia", "2023")),
    # not what a clause recalls in passing, nor the next sentence's
    ("en", "Peru joined the bloc, established in 1969. President Ana Lopes traveled to Lima.",
     ("travel", ("Ana Lopes",), "Lima", "2025-02-17")),
    ("tr", "Bakan Ali Kaya yarın 1916'da yaşanan isyanı simgeleyen anıtı ziyaret edecek. Ardından Başbakan "
           "Jon Berg ile görüşecek.", ("meeting", ("Ali Kaya", "Jon Berg"), None, "2025-02-18")),
])
def test_a_year_named_alone_dates_its_own_clause(extract_one, lang, text, expected):
    assert expected in events(extract_one, lang, text)



@pytest.mark.parametrize("text, types", [
    # 'spoke with' does not say how: a call when nothing else is told ...
    ("President Jon Berg spoke with President Ana Lopes on Sunday.", ["phone_call"]),
    # ... the in-person meeting the article tells of the same two that day ...
    ("President Jon Berg spoke with President Ana Lopes on Sunday. Berg and Lopes held an informal meeting on Sunday.",
     ["meeting", "meeting"]),
    # ... but not a summit both attend
    ("President Jon Berg spoke with President Ana Lopes ahead of the summit.", ["meeting", "phone_call"]),
    # the mode its own words tell wins over any told elsewhere
    ("President Jon Berg spoke by phone today with President Ana Lopes. Berg and Lopes held a meeting today.",
     ["meeting", "phone_call"]),
    # talks held by phone are a call, however named ...
    ("President Jon Berg and President Ana Lopes discussed trade by phone.", ["phone_call"]),
    ("President Jon Berg held talks over the phone with President Ana Lopes.", ["phone_call"]),
    ("President Jon Berg met President Ana Lopes by video link on Monday.", ["phone_call"]),
    # ... a phone named as a topic is not
    ("President Jon Berg discussed the phone tapping scandal with President Ana Lopes.", []),
])
def test_a_contact_word_takes_the_mode_the_article_tells(extract_one, text, types):
    mentions, _ = extract_one(text, "en", "2025-02-17T12:00:00+03:00")
    assert sorted(m.type for m in mentions if m.type in ("meeting", "phone_call")) == types


@pytest.mark.parametrize("text, types", [
    # talks with a telephone before them in their clause were held by phone, whatever lies between ...
    ("Cumhurbaşkanı Ahmet Yıldız ile Başbakan Olaf Berger telefonda bölgedeki durumu görüştü.", ["phone_call"]),
    ("Cumhurbaşkanı Ahmet Yıldız ile Başbakan Olaf Berger telefonda Halep'teki durumu görüştü.", ["phone_call"]),
    ("Cumhurbaşkanı Ahmet Yıldız, Başbakan Olaf Berger ile telefonda kritik bir görüşme gerçekleştirdi.",
     ["phone_call"]),
    ("Cumhurbaşkanı Ahmet Yıldız, Başbakan Olaf Berger ile telefon aracılığıyla görüştü.", ["phone_call"]),
    # ... not a phone named as a topic, nor one in another clause
    ("Cumhurbaşkanı Ahmet Yıldız, telefon dinleme skandalını Başbakan Olaf Berger ile görüştü.", ["meeting"]),
    ("Cumhurbaşkanı Ahmet Yıldız telefonda açıklama yaptıktan sonra Başbakan Olaf Berger ile görüştü.", ["meeting"]),
    ("Cumhurbaşkanı Ahmet Yıldız telefonda konuştuktan sonra Başbakan Olaf Berger ile görüştü.",
     ["meeting", "phone_call"]),
    # a verbal noun is a noun of the clause, not another predicate; the clause may run long
    ("Cumhurbaşkanı Ahmet Yıldız, telefonda Başbakan Olaf Berger ile Suriye'deki son gelişmeleri ve iki ülke "
     "arasındaki ikili ilişkileri görüştü.", ["phone_call"]),
])
def test_turkish_talks_with_a_telephone_in_their_clause_are_a_call(extract_one, text, types):
    mentions, _ = extract_one(text, "tr", "2025-02-17T12:00:00+03:00")
    assert sorted(m.type for m in mentions if m.type in ("meeting", "phone_call")) == types


@pytest.mark.parametrize("text, day, names", [
    # a wire dateline's date is the story's: the sentence after it is dated by its own words ...
    ("Brussels, 27 November 2015 - President Jon Berg and President Ana Lopes will meet on Sunday 29 November.",
     "2015-11-29", ["Ana Lopes", "Jon Berg"]),
    ("Ankara, 27 November 2015 - President Jon Berg met President Ana Lopes on Thursday.",
     "2015-11-26", ["Ana Lopes", "Jon Berg"]),
    # ... and the agency in brackets before its dash takes no part
    ("BRUSSELS, Nov 27 (MED) - President Jon Berg met President Ana Lopes on Thursday.",
     "2015-11-26", ["Ana Lopes", "Jon Berg"]),
    ("Brussels, 27 November 2015 - Middle East Diplomatic (MED) - President Jon Berg met President Ana Lopes "
     "on Thursday.", "2015-11-26", ["Ana Lopes", "Jon Berg"]),
    # a date and a dash inside a sentence are no dateline; a date alone opening a line dates what follows
    ("President Jon Berg met President Ana Lopes in Ankara, 26 November 2015 - a day after the vote.",
     "2015-11-26", ["Ana Lopes", "Jon Berg"]),
    ("Timeline:\nMarch 2014 - President Jon Berg met President Ana Lopes in Lima.", "2014-03-31",
     ["Ana Lopes", "Jon Berg"]),
    ("MOSCOW, Nov 27 (AFP): President Jon Berg met President Ana Lopes.", "2015-11-27", ["Ana Lopes", "Jon Berg"]),
])
def test_a_wire_dateline_dates_the_story_not_its_first_event(extract_one, text, day, names):
    mentions, entities = extract_one(text, "en", "2015-11-27T18:00:00+01:00")
    meeting = next(m for m in mentions if m.type == "meeting")
    assert str(meeting.time.latest) == day
    assert sorted(entities[p.key] for p in meeting.participants) == names


@pytest.mark.parametrize("text, place", [
    # the place a story was filed from places its event only where the sentence places it nowhere
    ("MOSCOW, June 19 (AFP): President Jon Berg and President Ana Lopes signed a treaty following their talks "
     "in Pyongyang.", "Pyongyang"),
    ("MOSCOW, June 19 (AFP): President Jon Berg and President Ana Lopes signed a treaty.", "Moscow"),
])
def test_a_dateline_places_only_what_its_sentence_does_not(extract_one, text, place):
    mentions, entities = extract_one(text, "en", "2024-06-19T18:00:00+03:00")
    signed = next(m for m in mentions if m.type == "agreement")
    assert entities.get(signed.place, signed.place) == place


def test_a_state_is_not_its_own_destination(extract_one):
    mentions, _ = extract_one("Raids were launched as France goes to 'war with terror'.", "en")
    assert [m for m in mentions if m.type == "travel"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "President Ana Lopes addressed the issue of trade on Tuesday."),   # an issue is no audience
    ("tr", "Ali Kaya kürsüden destekçilerine hitap ettiği sırada saldırıya uğradı."),  # 'while he spoke': background
])
def test_addressing_what_is_no_audience_is_no_statement(extract_one, lang, text):
    mentions, _ = extract_one(text, lang)
    assert [m for m in mentions if m.type == "statement"] == []


@pytest.mark.parametrize("lang, text, travels", [
    ("en", "Turkey arrived in Khartoum on Sunday.", 0),                   # a state goes nowhere ...
    ("tr", "Türkiye dün Hartum'a gitti.", 0),
    ("en", "A Turkish delegation arrived in Khartoum on Sunday.", 1),     # ... its delegation does
])
def test_a_state_alone_is_no_traveller(extract_one, lang, text, travels):
    mentions, _ = extract_one(text, lang)
    assert len([m for m in mentions if m.type == "travel"]) == travels

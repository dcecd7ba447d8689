"""Turkish phenomena one by one, on texts written for these tests (publication 2025-02-17, Monday).

Each row: a text and one event that must be among those extracted, as
(type, participants, place, date); participants are the names the graph gives.
"""
from __future__ import annotations

import pytest

from tests.extract.test_events import assert_found, events


@pytest.mark.parametrize("text, expected", [
    # a surname after the full name; the trip's destination places the meeting that follows
    ("Dışişleri Bakanı Ayla Demir dün Roma'ya gitti. Demir, burada İtalya Başbakanı Marco Neri ile görüştü.",
     ("meeting", ("Ayla Demir", "Marco Neri"), "Rome", "2025-02-16")),
    # an office alone refers to the last person named with it
    ("NATO Genel Sekreteri Mark Rutte Brüksel'de konuştu. Genel Sekreter daha sonra Varşova'ya hareket etti.",
     ("travel", ("Mark Rutte",), "Warsaw", "2025-02-17")),
    # a participle's subject is the name right after it
    ("Saldırıyı sert bir dille kınayan Fransa, soruşturma istedi.",
     ("statement", ("France",), None, "2025-02-17")),
    # a name before an event noun with no possessive ('görüşmenin ardından') is no compound of it, but a subject
    ("Bakan Jon Berg ile bir araya gelen Dışişleri Bakanı Ali Kaya görüşmenin ardından açıklamalarda bulundu.",
     ("statement", ("Ali Kaya",), None, "2025-02-17")),
    # an address to an assembly is a statement
    ("Cumhurbaşkanı Ali Kaya dün Genel Kurul'a hitap etti.", ("statement", ("Ali Kaya",), None, "2025-02-16")),
    # officials each named with an office of their own are met one by one
    ("Bakan Ali Kaya, Başbakan Jon Berg ve Devlet Başkanı Ana Lopes ile görüştü.",
     ("meeting", ("Ali Kaya", "Ana Lopes"), None, "2025-02-17")),
    # a clause with a subject of its own shares none with the clause before it
    ("Bakan Ali Kaya Çin'e ilk kez bir ziyaret gerçekleştirirken, Çinli mevkidaşı Vang Li, Temmuz 2023'te "
     "Türkiye'yi ziyaret etti.", ("travel", ("Vang Li",), "Türkiye", "2023-07")),
    # landing is arriving: 'inmek' with a place in the dative (a rate that falls to a figure is no trip)
    ("Başkent Ankara'ya gece yarısı inen Dışişleri Bakanı Jon Berg, sabah Ali Su ile görüştü.",
     ("travel", ("Jon Berg",), "Ankara", "2025-02-17")),
    # a participle's subject is the name after it, in whatever case the main clause puts it
    ("Cumhurbaşkanı Ahmet Yıldız, Ankara'ya gelen Almanya Şansölyesi Olaf Berger'i ağırladı.",
     ("travel", ("Olaf Berger",), "Ankara", "2025-02-17")),
    # … the genitive too, when the name is a person's (the participle is the analyser's: an ablative noun is none)
    ("Anlaşma, Ankara'yı ziyaret eden Başbakan Olaf Berger'in Cumhurbaşkanı Ahmet Yıldız ile yaptığı basın "
     "toplantısında duyuruldu.", ("travel", ("Olaf Berger",), "Ankara", "2025-02-17")),
    # a noun takes its possessor: 'X'in Y ziyareti'
    ("Kuzey Kore, Japonya Başbakanı Kenji Sato'nun Almanya ziyaretini kınadı.",
     ("travel", ("Kenji Sato",), "Germany", "2025-02-17")),
    ("Kuzey Kore, Japonya Başbakanı Kenji Sato'nun Almanya ziyaretini kınadı.",
     ("statement", ("North Korea",), None, "2025-02-17")),
    # a finite verb's subject is nominative; the genitive belongs to the embedded clause
    ("Başbakan Selim Ak, eski Başkan Tom Hill'in saldırıya uğramasını kınadı.",
     ("statement", ("Selim Ak",), None, "2025-02-17")),
    # 'taraflar' are the sides of the talks just reported
    ("ABD ile Çin arasında Cenevre'de görüşmeler sürüyor. Tarafların bir anlaşmaya vardığı bildirildi.",
     ("agreement", ("China", "United States"), "Geneva", "2025-02-17")),
    # a source introduced by 'göre' is not a party
    ("Reuters'a göre, Savunma Bakanı Ali Su Paris'e gitti.",
     ("travel", ("Ali Su",), "Paris", "2025-02-17")),
    # two countries joined by a hyphen are the two sides
    ("Ticaret Bakanı Ece Tan, Türkiye-Azerbaycan Karma Ekonomik Komisyonu görüşmesine katıldı.",
     ("meeting", ("Azerbaijan", "Azerbaycan Karma Ekonomik Komisyonu", "Ece Tan", "Türkiye"), None, "2025-02-17")),
    # a date and its weekday: the date wins; a future meeting keeps its planned day
    ("Bakan Ali Su, 20 Şubat Perşembe günü Bakü'de mevkidaşı Elçin Aliyev ile görüşecek.",
     ("meeting", ("Ali Su", "Elçin Aliyev"), "Baku", "2025-02-20")),
    # the discourse date carries to the next sentence of the paragraph
    ("Bakan Ali Su 20 Şubat'ta Bişkek'e gidecek. Ali Su, Kırgızistan Başbakanı Aybek Uulu ile görüşecek.",
     ("meeting", ("Ali Su", "Aybek Uulu"), "Bishkek", "2025-02-20")),
    # 'ardından' keeps two meetings of one sentence apart
    ("Bakan Ali Su, Başbakan Aybek Uulu ile görüşmesinin ardından Cumhurbaşkanı Sadık Cabar ile bir araya gelecek.",
     ("meeting", ("Ali Su", "Sadık Cabar"), None, "2025-02-17")),
    # 'ev sahipliğinde' folds into the event it modifies; the trip places it
    ("Bakan Ali Su'nun, Fransa Cumhurbaşkanı Emmanuel Macron'un ev sahipliğinde düzenlenen zirveye katılmak üzere Paris'e hareket ettiği bildirildi.",
     ("meeting", ("Ali Su", "Emmanuel Macron"), "Paris", "2025-02-17")),
    # a letter is a statement by its sender, to its addressee
    ("Azerbaycan Cumhurbaşkanı İlham Aliyev, Cumhurbaşkanı Recep Tayyip Erdoğan'a mektup gönderdi.",
     ("statement", ("Recep Tayyip Erdoğan", "İlham Aliyev"), None, "2025-02-17")),
    # a signing ceremony is an agreement; a country named for the beneficiary is a party
    ("Eurogroup, Yunanistan için borç önlemleri onaylandı.",
     ("agreement", ("Eurogroup", "Greece"), None, "2025-02-17")),
    # a body of states meeting is a gathering with that body as its participant
    ("NATO zirvesi bugün Vilnius'ta sona erdi.",
     ("meeting", ("NATO",), "Vilnius", "2025-02-17")),
    ("G7 ülkelerinin dışişleri bakanlarının Roma'daki toplantısı bugün başladı.",
     ("meeting", ("G7",), "Rome", "2025-02-17")),
])
def test_phenomenon(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


@pytest.mark.parametrize("text", [
    "Bakan Ali Su'nun Londra'yı ziyaret etmesi için bir anlaşmanın imzalanması gerekiyor.",   # a goal, not an event
    "Bakan Ali Su'nun teklifi kabul edilemez bulundu.",                                           # 'kabul' without a guest
    'Bakan Ali Su, "Yarın Roma\'da Başbakan ile görüşeceğiz" dedi.',                              # quoted plan
    "Sözcü Can Er, Başkan Tan'ın Başbakan Ak ile görüşmeye hazır olduğunu söyledi.",            # ready to meet
    "Şirketin yönetim kurulu toplantısı dün yapıldı.",                                            # no body of states
    "Başkan Tom Hill, ABD'de gerginliği azaltmanın zamanı geldi dedi.",                          # a locative is no goal of 'gel'
    "Çin, ABD'yi ve Fransa'yı geride bırakarak Afrika'nın en büyük ticari ortağı haline geldi.",  # 'X haline gelmek': become
])
def test_no_contact_event(extract_one, text):
    found = events(extract_one, "tr", text)
    assert [e for e in found if e[0] != "statement"] == [], found


@pytest.mark.parametrize("text, expected", [
    # the Presidential Complex ('Külliye') is a seat of government in Ankara
    ("Cumhurbaşkanı Ahmet Yıldız, Almanya Şansölyesi Olaf Berger'i Külliye'de resmi törenle karşıladı.",
     ("hosting", ("Ahmet Yıldız", "Olaf Berger"), "Ankara", "2025-02-17")),
    ("Dışişleri Bakanı Hakan Demir, Rus mevkidaşı Sergey Orlov ile telefonda görüştü.",
     ("phone_call", ("Hakan Demir", "Sergey Orlov"), None, "2025-02-17")),
    ("Bakan Ali Su, Hamas heyetini Ankara'da ağırladı.",
     ("hosting", ("Ali Su", "Hamas"), "Ankara", "2025-02-17")),
    ("Erdem ve Scholz, baş başa görüşmenin ardından heyetler arası toplantıya başkanlık etti.",
     ("meeting", ("Erdem", "Scholz"), None, "2025-02-17")),
    ("Çin Dışişleri Bakanı Vang Li, 3-5 Mart tarihlerinde Türkiye'ye resmi ziyarette bulunacak.",
     ("travel", ("Vang Li",), "Türkiye", "2025-03-05")),
    ("Rusya ile Ukrayna arasındaki esir takası anlaşması İstanbul'da imzalandı.",
     ("agreement", ("Russia", "Ukraine"), "Istanbul", "2025-02-17")),
    ("BM Güvenlik Konseyi, Cuma günü olağanüstü toplandı.",
     ("meeting", ("UN Security Council",), None, "2025-02-14")),
    ("Dışişleri Bakanı Hakan Demir, Rus mevkidaşı Sergey Orlov ile telefonda görüştü. "
     "İki bakan, görüşmenin ardından ortak basın toplantısı düzenledi.",
     ("statement", ("Hakan Demir", "Sergey Orlov"), None, "2025-02-17")),
    # attending a press conference is speaking at it, no meeting
    ("Başbakan Ahmet Yıldız, Başbakan Olaf Berger ile birlikte ortak basın toplantısına katıldı.",
     ("statement", ("Ahmet Yıldız", "Olaf Berger"), None, "2025-02-17")),
    # an institution's or facility's name takes its ending with no apostrophe: a venue, no participant
    ("Ukrayna Devlet Başkanı Oleg Kuzmenko'yu İstanbul Atatürk Havalimanında Bakan Ali Su karşıladı.",
     ("hosting", ("Ali Su", "Oleg Kuzmenko"), None, "2025-02-17")),
    ("Bakan Hakan Demir, Dışişleri Bakanlığında Suriyeli mevkidaşı Esad Şeybani ile görüştü.",
     ("meeting", ("Esad Şeybani", "Hakan Demir"), None, "2025-02-17")),
])
def test_wire_style(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_planned_trip_over_several_days_is_a_window(extract_one):
    mentions, _ = extract_one("Çin Dışişleri Bakanı Vang Li, 3-5 Mart tarihlerinde Türkiye'ye resmi ziyarette bulunacak.", "tr")
    (trip,) = [m for m in mentions if m.type == "travel"]
    assert (str(trip.time.earliest), str(trip.time.latest), trip.modality) == ("2025-03-03", "2025-03-05", "future")


def test_a_short_form_and_the_talk_after_a_call(extractor):
    import kg
    from kg.records import Article
    from datetime import datetime

    text = ("Dışişleri Bakanı Hakan Demir, dün akşam Katar Başbakanı ve Dışişleri Bakanı Şeyh Muhammed bin "
            "Abdurrahman Al Sani ile telefonda görüştü. Demir ile Al Sani, görüşmede bölgesel gelişmeleri ele aldı.")
    x = extractor.extract(Article("c1", "tr", "", text, datetime.fromisoformat("2025-03-10T12:00:00+03:00")))
    from kg.resolve import resolve

    events = resolve([x]).events
    assert [e.type for e in events] == ["phone_call"]          # 'the talk' is the call, not a second meeting
    assert {p.key for p in events[0].participants} >= {"person:hakan-demir", "person:muhammed-bin-abdurrahman-al-sani"}


def test_passing_on_to_a_city_places_the_next_meeting(extract_one):
    text = ("Başbakan Viktor Nagy, görüşmenin ardından Ankara'ya geçti. "
            "Nagy, yarın Meclis Başkanı Numan Kara ile bir araya gelecek. Gazze'deki ateşkes de ele alındı.")
    found = events(extract_one, "tr", text)
    assert ("travel", ("Viktor Nagy",), "Ankara", "2025-02-17") in found
    assert any(e[0] == "meeting" and e[2] == "Ankara" and e[3] == "2025-02-18" for e in found), found


@pytest.mark.parametrize("text, expected", [
    # attending an occasion someone holds is being hosted: the attendee is the guest
    ("Türkiye'nin Roma Büyükelçiliğinin düzenlediği resepsiyona İtalya Dışişleri Bakanı Marco Neri de katıldı.",
     ("hosting", ("Marco Neri",), None, "2025-02-17")),
    ("Bakan Ali Koç'un ev sahipliğinde düzenlenen yemeğe Yunanistan Dışişleri Bakanı Nikos Dendias katıldı.",
     ("hosting", ("Ali Koç", "Nikos Dendias"), None, "2025-02-17")),
    # the occasion is the verb's nearest dative however long the list of attendees ('ile' is no dative)
    ("Büyükelçiliğin düzenlediği resepsiyona İtalya Dışişleri Bakanı Marco Neri, Fransa Dışişleri Bakanı Jean "
     "Barrot, yerli ve yabancı diplomatik misyon çalışanları ile değişik kuruluşlardan temsilciler katıldı.",
     ("hosting", ("Jean Barrot", "Marco Neri"), None, "2025-02-17")),
])
def test_attending_a_hosted_occasion(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_agreeing_with_a_view_is_no_hosting(extract_one):
    assert [e for e in events(extract_one, "tr", "Bakan Ali Koç, Marco Neri'nin görüşüne katıldı.") if e[0] == "hosting"] == []


def test_one_plan_told_twice_is_dated_once(extract_one):
    """An undated announcement takes the date of the article's one dated announcement of the same event."""
    text = ("Türkiye'nin Prag Büyükelçiliğinin düzenleyeceği etkinliğe Çekya'nın eski Cumhurbaşkanı "
            "Vaclav Klaus da katılacak. Büyükelçi Ali Koç, Klaus'un 20 Şubat'taki etkinliğe katılacağını söyledi.")
    found = events(extract_one, "tr", text)
    assert [e[3] for e in found if e[0] == "hosting"] == ["2025-02-20", "2025-02-20"], found


@pytest.mark.parametrize("text, expected", [
    # the verb of an embedded clause has the genitive for subject, not the main clause's nominative
    ("Sözcü Can Er, Başkan Ali Koç'un Macron ile Paris'te görüştüğünü söyledi.",
     ("meeting", ("Ali Koç", "Macron"), "Paris", "2025-02-17")),
    ("Büyükelçi Ali Koç, Klaus'un 20 Şubat'taki etkinliğe katılacağını söyledi.",
     ("hosting", ("Klaus",), None, "2025-02-20")),
])
def test_embedded_clause_subject(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


@pytest.mark.parametrize("text, expected", [
    # a place belongs to the first predicate after it: in a complement clause it places what is said
    ("Başbakan Selim Ak, ABD'de şiddete yer olmadığını belirterek saldırıyı kınadı.",
     ("statement", ("Selim Ak",), None, "2025-02-17")),
    ("Bakan Ali Su, Ankara'da Başbakan Aybek Uulu ile görüştüklerini söyledi.",
     ("statement", ("Ali Su",), None, "2025-02-17")),
    ("Bakan Ali Su, Ankara'da Başbakan Aybek Uulu ile görüştüklerini söyledi.",
     ("meeting", ("Ali Su", "Aybek Uulu"), "Ankara", "2025-02-17")),
    # a converb shares the next predicate's clause
    ("Bakan Ali Su, Ankara'da Başbakan Aybek Uulu ile bir araya gelerek görüştüklerini söyledi.",
     ("statement", ("Ali Su",), None, "2025-02-17")),
    # an event told in a complement takes no place from before another predicate
    ("Bakan Ali Su, Bakü'de yaptığı açıklamada Başbakan Aybek Uulu ile görüşeceğini söyledi.",
     ("statement", ("Ali Su",), "Baku", "2025-02-17")),
    # a participle modifying the subject: where the subject is, the event is ('bakanı' is no predicate)
    ("Paris'te bulunan Dışişleri Bakanı Ali Su, Fransa Dışişleri Bakanı Jean Barrot ile görüştü.",
     ("meeting", ("Ali Su", "Jean Barrot"), "Paris", "2025-02-17")),
])
def test_place_scoped_to_its_clause(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_a_complement_event_is_not_placed_by_the_saying(extract_one):
    found = events(extract_one, "tr", "Bakan Ali Su, Bakü'de yaptığı açıklamada Başbakan Aybek Uulu ile görüşeceğini söyledi.")
    assert [e for e in found if e[0] == "meeting" and e[2] is not None] == [], found


@pytest.mark.parametrize("text, expected", [
    # 'X'in Y kentinde': the place noun's case is the city's; the state before it takes no part
    ("Bakan Ali Su, Almanya'nın Hamburg kentinde Fransa Cumhurbaşkanı Emmanuel Macron ile görüştü.",
     ("meeting", ("Ali Su", "Emmanuel Macron"), "Hamburg", "2025-02-17")),
    ("Bakan Ali Su, dün Rusya'nın Soçi kentine gitti.",
     ("travel", ("Ali Su",), "Sochi", "2025-02-16")),
    ("Bakan Ali Su, Rusya'nın Soçi kentinde Rusya Devlet Başkanı Vladimir Putin tarafından ağırlandı.",
     ("hosting", ("Ali Su", "Vladimir Putin"), "Sochi", "2025-02-17")),
    # a hyphenated city is one name; '-ki' makes it describe the gathering noun
    ("Almanya'nın Baden-Baden kentindeki G20 toplantısı bugün başladı.",
     ("meeting", ("G20",), "Baden-Baden", "2025-02-17")),
])
def test_place_noun_carries_the_case(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


@pytest.mark.parametrize("text", [
    # 'görüştü' says they talked, not how: with the call told between the same sides it is that call
    "Dışişleri Bakanı Hakan Demir, Rusya Dışişleri Bakanı Sergey Orlov ile görüştü. "
    "Demir ile Orlov dün akşam telefonda görüştü.",
    "Demir, Orlov ile yaptığı telefon görüşmesinde ateşkesi ele aldı.",
])
def test_a_talk_told_as_a_call_is_the_call(extract_one, text):
    found = events(extract_one, "tr", text)
    assert [e for e in found if e[0] == "phone_call"] and not [e for e in found if e[0] == "meeting"], found


def test_a_talk_with_other_sides_stays_a_meeting(extract_one):
    found = events(extract_one, "tr", "Bakan Ali Su, Başbakan Aybek Uulu ile görüştü. "
                   "Su, daha sonra Rusya Dışişleri Bakanı Sergey Orlov ile telefonda görüştü.")
    assert ("meeting", ("Ali Su", "Aybek Uulu"), None, "2025-02-17") in found, found


GATHERING = ("Dünya İklim Zirvesi bugün Bakü'de başladı. Fransa Cumhurbaşkanı Emmanuel Macron ve Brezilya Devlet "
             "Başkanı Luiz Lula da Silva da zirvede konuşacak. Azerbaycan, Birleşmiş Milletler ile birlikte zirveye "
             "ev sahipliği yapıyor.")


@pytest.mark.parametrize("text, expected", [
    # one named gathering: a bare 'zirvede' names it again, and hosting 'zirveye' is the gathering seen from its hosts
    (GATHERING, ("meeting", ("Dünya İklim Zirvesi", "Emmanuel Macron", "Luiz Lula"), "Baku", "2025-02-17")),
    (GATHERING, ("meeting", ("Azerbaijan", "Dünya İklim Zirvesi", "United Nations"), "Baku", "2025-02-17")),
])
def test_one_gathering_named_again(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_two_gatherings_leave_a_bare_noun_alone(extract_one):
    found = events(extract_one, "tr", "Dünya İklim Zirvesi bugün Bakü'de başladı. Asya Güvenlik Forumu da bugün "
                   "Tokyo'da başladı. Fransa Cumhurbaşkanı Emmanuel Macron ve Brezilya Devlet Başkanı Luiz Lula da "
                   "Silva da zirvede konuşacak.")
    assert any("Emmanuel Macron" in e[1] for e in found), found
    assert not any("Emmanuel Macron" in e[1] and {"Dünya İklim Zirvesi", "Asya Güvenlik Forumu"} & set(e[1])
                   for e in found), found


@pytest.mark.parametrize("text, expected", [
    # the trip told again without its destination, at days inside the stated week, is the same trip
    ("Bakan Ali Su bu hafta Roma'ya gidecek. Yetkililer, Su'nun 19-20 Şubat tarihlerinde yapacağı ziyaretin "
     "önemli olduğunu belirtti.", ("travel", ("Ali Su",), "Rome", "2025-02-20")),
    # every case of the noun 'ziyaret' by its lemma ('ziyaretin', 'ziyaretlerinde'), never 'ziyaretçi'
    ("Bakan Ali Su'nun Roma ziyaretinin ilk gününde anlaşma imzalandı.", ("travel", ("Ali Su",), "Rome", "2025-02-17")),
    # a group noun after a name carries the compound's possessive: 'ABD yetkilisi' is the subject, no accusative
    ("Üst düzey bir ABD yetkilisi, Bakan Ali Su'nun Roma ziyaretinin önemli olduğunu belirtti.",
     ("statement", ("United States",), None, "2025-02-17")),
])
def test_one_trip_told_twice_and_group_nouns(extract_one, text, expected):
    assert_found(extract_one, "tr", text, expected)


def test_visitors_are_no_visit(extract_one):
    assert [e for e in events(extract_one, "tr", "Roma'daki müzeyi dün binlerce ziyaretçi gezdi.") if e[0] == "travel"] == []


def test_a_group_word_inside_a_name_is_no_group_of_people(extract_one):
    """'NATO Liderler Zirvesi' names a summit: 'iki ülke' still finds the two sides of the deal told before."""
    found = events(extract_one, "tr", "Başbakan Ali Su, Japonya ile imzaladıkları planın ardından açıklama yaptı. "
                   "Su, Roma'da 10-12 Şubat'ta düzenlenen NATO Liderler Zirvesi sırasında iki ülke arasında imzalanan "
                   "planın önemli olduğunu ifade etti.")
    assert ("agreement", ("Ali Su", "Japan"), "Rome", "2025-02-12") in found, found


def test_an_unnamed_genitive_subject_is_not_the_speaker(extract_one):
    """'… misyon şefinin de katılacağını söyledi': the chiefs of mission attend, not the one who says so."""
    found = events(extract_one, "tr", "Büyükelçi Ali Koç, Roma'daki resepsiyona çok sayıda yabancı misyon şefinin de "
                   "katılacağını söyledi.")
    assert not [e for e in found if e[0] == "hosting" and "Ali Koç" in e[1]], found
    assert ("statement", ("Ali Koç",), None, "2025-02-17") in found, found


@pytest.mark.parametrize("text, expected", [
    # a date inside a future relative clause is that clause's ('… Aralık ayında dolacak olan anlaşma')
    ("Peru ve Şili, süresi Aralık ayında dolacak olan anlaşmanın yerine yeni bir anlaşma imzaladı.",
     ("agreement", ("Chile", "Peru"), None, "2025-02-17")),
    # the visit a future participle describes is planned: its month lies ahead ('yapacağı ziyaret')
    ("Liderler, Başbakan Ali Su'nun Temmuz ayında yapacağı Lima ziyaretini değerlendirdi.",
     ("travel", ("Ali Su",), "Lima", "2025-07")),
])
def test_a_future_relative_clause(extract_one, text, expected):
    assert expected in events(extract_one, "tr", text)


@pytest.mark.parametrize("text, expected", [
    # the passive welcome: the one welcomed is the guest, the agent the host …
    ("Cumhurbaşkanı Ahmet Yıldız bu sabah Sırbistan Cumhurbaşkanı Marko Petrović tarafından resmi törenle karşılandı.",
     [("hosting", ("Ahmet Yıldız", "Marko Petrović"), None, "2025-02-17")]),
    # … but a decision met with satisfaction or discontent is no one's welcome
    ("Bakan Ali Su'nun kararı Ankara'da memnuniyetle karşılandı.", []),
    ("Cumhurbaşkanı Ahmet Yıldız, Bakan Ali Su'nun kararını memnuniyetle karşıladı.", []),
])
def test_a_welcome_in_the_passive(extract_one, text, expected):
    assert [e for e in events(extract_one, "tr", text) if e[0] == "hosting"] == expected


@pytest.mark.parametrize("text, guests", [
    # one case suffix for a whole coordination, past a possessed noun in apposition ('X ve eşi Y'yi'): both guests
    ("Başkan Jon Berg ve eşi Eva Berg, Cumhurbaşkanı Ahmet Yıldız ve eşi Ayla Yıldız'ı Lima'da karşıladı.",
     ["Ahmet Yıldız", "Ayla Yıldız"]),
    ("Başkan Jon Berg, Cumhurbaşkanı Ahmet Yıldız ve danışmanı Ali Su'yu Lima'da karşıladı.", ["Ahmet Yıldız", "Ali Su"]),
])
def test_a_coordination_shares_its_last_case(extract_one, text, guests):
    mentions, names = extract_one(text, "tr", "2025-02-17T12:00:00+03:00")
    hosting = [m for m in mentions if m.type == "hosting"]
    assert len(hosting) == 1
    assert sorted(names.get(p.key, p.key) for p in hosting[0].participants if p.role == "guest") == guests


def test_a_sayings_genitive_is_the_subject_of_what_is_said(extract_one):
    """With no named sayer ('Diplomatik kaynaklar'), the genitive inside what is said is not one."""
    found = events(extract_one, "tr", "Diplomatik kaynaklar, Bakan Selim Ak'ın ziyaret tarihinin henüz "
                   "belirlenmediğini açıkladı.")
    assert not [e for e in found if e[0] == "statement"], found


@pytest.mark.parametrize("text, found", [
    # an event noun whose own verb is negative is no event (factuality, by the analyser)
    ("Bakan Ayşe Demir, Jon Berg ile görüşmeyi planlamıyor.", False),
    ("Yetkililer, Demir'in Jon Berg ile görüşmeyi planlamadığını söylüyor.", False),
    ("Bakan Ayşe Demir, Jon Berg ile görüşmeyi planlıyor.", True),
])
def test_an_event_noun_under_a_negative_verb(extract_one, text, found):
    assert any(e[0] == "meeting" for e in events(extract_one, "tr", text)) is found


@pytest.mark.parametrize("text, expected", [
    # a meal eaten with someone is a meeting with them; eating alone is none
    ("Başkan Ayşe Demir dün Lima'da Jon Berg ile akşam yemeği yedi.",
     [("meeting", ("Ayşe Demir", "Jon Berg"), "Lima", "2025-02-16")]),
    ("Bakan Ayşe Demir ile Jon Berg akşam yemeğini birlikte yediler.", [("meeting", ("Ayşe Demir", "Jon Berg"), None, "2025-02-17")]),
    ("Bakan Ayşe Demir akşam yemeği yedi.", []),
])
def test_a_meal_together_is_a_meeting(extract_one, text, expected):
    assert [e for e in events(extract_one, "tr", text) if e[0] == "meeting"] == expected


def test_the_one_expected_to_do_it_is_its_subject(extract_one):
    # 'X-mesi beklenen Y': Y is expected to X; a plan, dated forward
    text = "Bakan Ayşe Demir, 28 Şubat'ta Lima'yı ziyaret etmesi beklenen Norveç Başbakanı Jon Berg ile görüşecek."
    assert ("travel", ("Jon Berg",), "Lima", "2025-02-28") in events(extract_one, "tr", text)


@pytest.mark.parametrize("text, expected", [
    # an organisation before a possessed building noun names the building, not a side of the talks
    ("Bakan Ali Kaya ve Bakan Jon Berg, dün Birleşmiş Milletler binasında bir görüşme gerçekleştirdi.",
     [("meeting", ("Ali Kaya", "Jon Berg"), None, "2025-02-16")]),
    # an agreement a goal clause aims at ('varılmasına yönelik çabalar') is not reached
    ("Bakan Ali Kaya, bir anlaşmaya varılmasına yönelik çabaları Jon Berg ile ele aldı.", []),
])
def test_buildings_and_goals(extract_one, text, expected):
    assert [e for e in events(extract_one, "tr", text) if e[0] in ("meeting", "agreement")] == expected


@pytest.mark.parametrize("text, speakers", [
    # a capitalised word the analyser reads only as a common noun with a case ending is no name ...
    ("Görüşmeyi sosyal medyadan duyurmuştu. Görüşmeyi değerlendiren Bakan Ali Su açıklama yaptı.", [["Ali Su"]]),
    ("Ayrıca Görüşmeyi değerlendiren açıklama yaptı.", []),
    # ... a name written with its ending and no apostrophe still is one ('Hani' + dative reads as a name)
    ("Hamas lideri Haniye bugün açıklama yaptı.", [["Haniye"]]),
])
def test_a_common_noun_in_a_case_is_no_speaker(extract_one, text, speakers):
    mentions, names = extract_one(text, "tr")
    assert [sorted(names[p.key] for p in m.participants) for m in mentions if m.type == "statement"] == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Abone Ol açıklama yaptı.", []),                                        # a page's button, no one
    ("Meclis Başkanı Numan Kurtulmuş açıklama yaptı.", [["Numan Kurtulmuş"]]),  # a name read as a verb form
])
def test_an_imperative_is_no_name(extract_one, text, speakers):
    mentions, names = extract_one(text, "tr")
    assert [sorted(names[p.key] for p in m.participants) for m in mentions if m.type == "statement"] == speakers


@pytest.mark.parametrize("opening, names", [
    ("Haber Merkezi – ", ["Olaf Berger", "Ahmet Yıldız"]),     # the desk that filed the story takes no part
    ("Dış Haberler Servisi - ", ["Olaf Berger", "Ahmet Yıldız"]),
])
def test_a_desk_opening_a_paragraph_is_no_participant(extract_one, opening, names):
    mentions, entities = extract_one(f"Başbakan Yıldız görüştü\n\n{opening}Cumhurbaşkanı Ahmet Yıldız, Almanya "
                                     "Başbakanı Olaf Berger ile görüştü.", "tr")
    found = {entities[p.key] for m in mentions if m.type == "meeting" for p in m.participants}
    assert found == set(names)

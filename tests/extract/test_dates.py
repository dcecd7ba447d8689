"""Time expressions resolved against the publication day, with precision."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import DateFinder, default_span, publication_period, resolve
from kg.lexicons import Lexicon
from kg.nlp import make_nlp

PUB = date(2025, 2, 17)  # a Monday


@pytest.fixture(scope="module")
def finders():
    out = {}
    for lang in ("tr", "en"):
        lex = Lexicon.load(lang)
        nlp = make_nlp(lex)
        out[lang] = (nlp, DateFinder(lex, nlp.vocab))
    return out


def spans(finders, lang, text, future=False):
    nlp, finder = finders[lang]
    return [(m.text, resolve(m, PUB, lang, future)) for m in finder.find(nlp(text))]


@pytest.mark.parametrize("lang, text, future, earliest, latest, precision", [
    ("tr", "Rutte dün akşam geldi.", False, "2025-02-16", "2025-02-16", "day"),
    ("tr", "Toplantı bu sabah yapıldı.", False, "2025-02-17", "2025-02-17", "day"),
    ("tr", "Bakan Cuma günü gitti.", False, "2025-02-14", "2025-02-14", "day"),
    ("tr", "Bakan Cuma günü gidecek.", True, "2025-02-21", "2025-02-21", "day"),
    # a plan for the coming days or weeks: from publication on
    ("tr", "Bakan önümüzdeki günlerde Paris'e gidecek.", True, "2025-02-17", "2025-03-03", "window"),
    ("en", "The minister will travel to Paris in the coming weeks.", True, "2025-02-17", "2025-03-31", "window"),
    ("tr", "Heyet 16 Şubat'ta geldi.", False, "2025-02-16", "2025-02-16", "day"),
    ("tr", "Anlaşma 3 Mart 2024 tarihinde imzalandı.", False, "2024-03-03", "2024-03-03", "day"),
    # a year with its suffix after an apostrophe, as Turkish spelling writes a number's suffix
    ("tr", "Savaş 10 Kasım 2020'de sona erdi.", False, "2020-11-10", "2020-11-10", "day"),
    ("tr", "Görüşmeler Eylül 2023'te başladı.", False, "2023-09-01", "2023-09-30", "month"),
    ("tr", "Son günlerde görüşmeler yapıldı.", False, "2025-02-10", "2025-02-16", "window"),
    ("tr", "Geçen ay görüştüler.", False, "2025-01-01", "2025-01-31", "month"),
    ("tr", "Ocak 2025 içinde görüştüler.", False, "2025-01-01", "2025-01-31", "month"),
    # a number of days or weeks counted from publication
    ("en", "They will meet him in two weeks.", True, "2025-03-03", "2025-03-03", "day"),
    ("en", "She arrived in Lima three days ago.", False, "2025-02-14", "2025-02-14", "day"),
    ("tr", "Bakan iki hafta sonra Lima'ya gidecek.", True, "2025-03-03", "2025-03-03", "day"),
    ("tr", "Bakan 3 gün önce Lima'ya gitti.", False, "2025-02-14", "2025-02-14", "day"),
    ("en", "The leaders met yesterday.", False, "2025-02-16", "2025-02-16", "day"),
    ("en", "She spoke with him last night.", False, "2025-02-16", "2025-02-16", "day"),
    ("en", "They met on Tuesday.", False, "2025-02-11", "2025-02-11", "day"),
    ("en", "He will travel on Tuesday.", True, "2025-02-18", "2025-02-18", "day"),
    ("en", "The deal was signed on July 10.", False, "2024-07-10", "2024-07-10", "day"),
    # a month abbreviated without its dot, beside a day number
    ("en", "They met in Havana Feb 12.", False, "2025-02-12", "2025-02-12", "day"),
    ("en", "The deal was signed on Sept 5, 2024.", False, "2024-09-05", "2024-09-05", "day"),
    ("en", "Talks were held last year.", False, "2024-01-01", "2024-12-31", "year"),
    ("en", "The two sides met last week.", False, "2025-02-10", "2025-02-16", "window"),
    # a range of days, however its ends are joined
    ("en", "She visited Lima from 7 to 9 December.", False, "2024-12-07", "2024-12-09", "window"),
    ("en", "She will visit Lima between December 7 and 9.", True, "2025-12-07", "2025-12-09", "window"),
    ("tr", "Bakan 7 ile 9 Aralık arasında Lima'yı ziyaret etti.", False, "2024-12-07", "2024-12-09", "window"),
    # a month named alone: the nearest, back for what happened, ahead for a plan (published February 2025)
    ("en", "She traveled to Lima in June.", False, "2024-06-01", "2024-06-30", "month"),
    ("en", "She will travel to Lima in June.", True, "2025-06-01", "2025-06-30", "month"),
    ("en", "She met him in February.", False, "2025-02-01", "2025-02-28", "month"),
    ("tr", "Bakan Haziran ayında Lima'ya gitti.", False, "2024-06-01", "2024-06-30", "month"),
    ("tr", "Bakan Mart'ta Lima'ya gidecek.", True, "2025-03-01", "2025-03-31", "month"),
    # the part of this week, month or year up to publication, or from it on
    ("en", "The two leaders met in Hanoi earlier this year.", False, "2025-01-01", "2025-02-17", "window"),
    ("en", "She met him earlier this month.", False, "2025-02-01", "2025-02-17", "window"),
    ("en", "He will travel to Lima later this year.", True, "2025-02-17", "2025-12-31", "window"),
    ("tr", "İki lider bu yılın başında Hanoi'de görüştü.", False, "2025-01-01", "2025-02-17", "window"),
    ("tr", "Bakan bu ayın başlarında Lima'ya gitti.", False, "2025-02-01", "2025-02-17", "window"),
])
def test_resolution(finders, lang, text, future, earliest, latest, precision):
    found = spans(finders, lang, text, future)
    assert len(found) == 1
    span = found[0][1]
    assert (span.earliest.isoformat(), span.latest.isoformat(), span.precision) == (earliest, latest, precision)


def test_no_date_means_publication_day_or_the_day_before():
    span = default_span(PUB)
    assert (span.earliest, span.latest, span.precision, span.date) == (date(2025, 2, 16), PUB, "window", "2025-02-17")


@pytest.mark.parametrize("lang, text", [
    ("en", "It gives the government one week, until Sept. 21, to submit a list."),
    ("en", "The envoys must report by Friday."),
    ("tr", "Hükümetin listeyi 21 Eylül'e kadar sunması gerekiyor."),
    ("tr", "Heyet Cuma gününe dek raporunu verecek."),
])
def test_a_deadline_is_no_date(finders, lang, text):
    assert spans(finders, lang, text) == []


@pytest.mark.parametrize("text", ["Ara seçim yapıldı.", "Mayıs ayı güzeldir ama 12 kişi geldi.",
                                  "Başbakan Theresa May geldi."])
def test_words_that_look_like_months_need_a_day_or_year(finders, text):
    assert spans(finders, "tr", text) == []


@pytest.mark.parametrize("text", ["Jan Peeters met her.", "Jan Peeters met 12 envoys.", "The Mar of Lisbon spoke.",
                                  "Ties were cut in Feb 2014."])
def test_an_abbreviation_without_its_dot_is_a_month_only_beside_a_day(finders, text):
    assert spans(finders, "en", text) == []


DEC_2004 = publication_period(date(2004, 12, 1), "month")   # a record published '2004-12'
YEAR_2004 = publication_period(date(2004, 1, 1), "year")    # and one published '2004'


@pytest.mark.parametrize("published, lang, text, future, earliest, latest, precision", [
    (DEC_2004, "en", "The summit opened on 8 December.", False, "2004-12-08", "2004-12-08", "day"),
    (DEC_2004, "en", "The deal was signed on July 10, 2003.", False, "2003-07-10", "2003-07-10", "day"),
    # a weekday cannot be placed in an unknown week: every Friday it could be
    (DEC_2004, "en", "They met on Friday.", False, "2004-11-26", "2004-12-31", "window"),
    (DEC_2004, "tr", "Bakan dün geldi.", False, "2004-11-30", "2004-12-30", "window"),
    (DEC_2004, "en", "Talks were held last month.", False, "2004-11-01", "2004-11-30", "month"),
    (YEAR_2004, "en", "Talks were held last year.", False, "2003-01-01", "2003-12-31", "year"),
    (YEAR_2004, "en", "They met yesterday.", False, "2003-12-31", "2004-12-30", "window"),
    # a day without its year: the nearest one not after the period (past) or not before it (planned)
    (DEC_2004, "en", "They met on 3 January.", False, "2004-01-03", "2004-01-03", "day"),
    (DEC_2004, "en", "They will meet on 8 December.", True, "2004-12-08", "2004-12-08", "day"),
    (DEC_2004, "en", "They met on 30 December.", False, "2004-12-30", "2004-12-30", "day"),
    (DEC_2004, "en", "They will meet on 3 January.", True, "2005-01-03", "2005-01-03", "day"),
    (YEAR_2004, "en", "They met on 3 January.", False, "2004-01-03", "2004-01-03", "day"),
])
def test_resolution_against_a_publication_month_or_year(finders, published, lang, text, future, earliest, latest,
                                                        precision):
    nlp, finder = finders[lang]
    (mention,) = finder.find(nlp(text))
    span = resolve(mention, published, lang, future)
    assert (span.earliest.isoformat(), span.latest.isoformat(), span.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("published, date_text, precision", [(DEC_2004, "2004-12", "month"), (YEAR_2004, "2004", "year")])
def test_no_date_in_a_month_or_year_article_is_that_month_or_year(published, date_text, precision):
    span = default_span(published)
    assert (span.date, span.precision) == (date_text, precision)

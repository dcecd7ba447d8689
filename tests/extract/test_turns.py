"""Transcripts: a turn's 'I' is its labelled speaker, and a headline event with no subject of its
own is the first labelled speaker's ('Remarks With Foreign Minister X Before Their Meeting').

Sentences written for these tests; publication 2025-02-17 (a Monday)."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events

MET = "Foreign Minister Olaf Berger and I met in Rome yesterday."


@pytest.mark.parametrize("lang, text, expected", [
    # 'I' in a labelled turn is the speaker; the capitals of the label are not the name's
    ("en", f"Remarks on the budget\n\nSECRETARY CARTER: Good morning. {MET}",
     ("meeting", ("Carter", "Olaf Berger"), "Rome", "2025-02-16")),
    ("en", f"Remarks on the budget\n\nFOREIGN MINISTER CARTER: Thank you. {MET}",
     ("meeting", ("Carter", "Olaf Berger"), "Rome", "2025-02-16")),
    ("tr", ("Basın toplantısı\n\nBAKAN KAYA: Günaydın. Ben dün Yunanistan Dışişleri Bakanı Nikos Dendias ile "
            "Atina'da görüştüm."), ("meeting", ("Kaya", "Nikos Dendias"), "Athens", "2025-02-16")),
    # 'we' counts the speaker among its people ('we welcome X' is the speaker's hosting)
    ("en", "Remarks on the budget\n\nSECRETARY CARTER: Thank you.\nPRESIDENT BERGER: Thank you all. In the name of "
           "my people, once again we welcome Foreign Minister Tom Meta and his visit here.",
     ("hosting", ("Berger", "Tom Meta"), None, "2025-02-17")),
    # the turn lasts to the next label, over sentences and lines
    ("en", f"Remarks on the budget\n\nSECRETARY CARTER: Good morning.\nThank you all. {MET}",
     ("meeting", ("Carter", "Olaf Berger"), "Rome", "2025-02-16")),
])
def test_first_person_in_a_turn_is_its_speaker(extract_one, lang, text, expected):
    found = events(extract_one, lang, text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    f"Remarks on the budget\n\nGood morning. {MET}",                                     # no labels: no one known
    f"Remarks on the budget\n\nMODERATOR: Thank you. {MET}",                             # a label naming no person
    f"Remarks on the budget\n\nSECRETARY CARTER: Thank you.\nMODERATOR: Next. {MET}",    # the turn has passed
    f"Remarks on the budget\n\nSecretary Carter: Thank you. {MET}",                      # not a label: not in capitals
])
def test_first_person_without_a_labelled_speaker_is_no_one(extract_one, text):
    found = events(extract_one, "en", text)
    assert not any(len(people) > 1 for _, people, _, _ in found), found


@pytest.mark.parametrize("title, expected", [
    ("Remarks With Foreign Minister Olaf Berger Before Their Meeting", ("meeting", ("Carter", "Olaf Berger"))),
    ("Remarks With Foreign Minister Olaf Berger After Their Meeting", ("meeting", ("Carter", "Olaf Berger"))),
    # joint remarks are a statement of both speakers (the guidelines' press conference)
    ("Remarks With Foreign Minister Olaf Berger After Their Meeting", ("statement", ("Carter", "Olaf Berger"))),
    ("Joint Press Availability With Foreign Minister Olaf Berger", ("statement", ("Carter", "Olaf Berger"))),
])
def test_a_transcripts_headline_event_is_its_first_speakers(extract_one, title, expected):
    text = f"{title}\n\nSECRETARY CARTER: Good morning, and welcome to Washington. We have much to discuss."
    found = [(etype, people) for etype, people, _, _ in events(extract_one, "en", text)]
    assert expected in found, found


def test_a_headline_without_a_transcript_takes_no_speaker(extract_one):
    text = "Remarks With Foreign Minister Olaf Berger Before Their Meeting\n\nGood morning, and welcome to Washington."
    assert not any(len(people) > 1 for _, people, _, _ in events(extract_one, "en", text))


@pytest.mark.parametrize("header, place", [
    ("John Carter\nSecretary of State\nNew York City\nSeptember 28, 2009", "New York City"),  # a line before the date
    ("John Carter\nSecretary of State\nAnkara, Turkey\nSeptember 12, 2014", "Ankara"),
    ("John Carter\nSecretary of State\nNew York City\nThank you all.", None),  # no date line: no header
    ("September 28, 2009\n\nWaldorf Astoria Hotel, New York City", "New York City"),  # a place line after the date
    ("September 28, 2009, New York City", "New York City"),  # one line: the date, then the place
    ("Ankara, 12 September 2014", "Ankara"),  # one line: the place, then the date
    ("John Carter\nSecretary of State Joint Press Availability Ankara\nSeptember 12, 2014", "Ankara"),  # lines run together
    ("John Carter\nSecretary of State\nEmbassy Residence, Ankara\nThank you all.", None),  # no date: no header
])
def test_a_headers_place_line_places_its_remarks(extract_one, header, place):
    text = f"Remarks on the budget\n\n{header}\n\nSECRETARY CARTER: Foreign Minister Olaf Berger and I met today."
    found = [(people, where) for etype, people, where, _ in events(extract_one, "en", text) if etype == "meeting"]
    assert found == [(("Carter", "Olaf Berger"), place)], found


def test_remarks_are_held_where_the_header_says(extract_one):
    """A transcript's remarks are held somewhere: they take the article's setting, as talks do (a
    statement elsewhere, 'said in a statement', does not)."""
    text = ("Remarks With Foreign Minister Olaf Berger\n\nJohn Carter\nSecretary of State\nAnkara, Turkey\n"
            "September 12, 2014\n\nSECRETARY CARTER: Thank you all.")
    assert events(extract_one, "en", text) == [("statement", ("Carter", "Olaf Berger"), "Ankara", "2025-02-17")]


@pytest.mark.parametrize("text, place", [
    # a release headed by its place and date was made there, transcript or not
    ("Ankara, 12 September 2014\nPress statement by President Ana Lima with President Kim Sun\n"
     "Europe is ready to do its part.", "Ankara"),
    ("September 12, 2014, Hangzhou\n\nPress statement by President Ana Lima with President Kim Sun\n"
     "Europe is ready to do its part.", "Hangzhou"),
    ("Press statement by President Ana Lima with President Kim Sun\nEurope is ready to do its part.", None),
])
def test_a_statement_is_made_where_its_header_says(extract_one, text, place):
    found = [where for etype, _, where, _ in events(extract_one, "en", text) if etype == "statement"]
    assert found == [place], found

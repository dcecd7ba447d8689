"""Body layout at ingest: hard-wrapped paragraphs are joined, decided from the body alone, and
every line's whitespace is normalised, so no name, trigger or date is cut at a line end."""
from __future__ import annotations

import json

import pytest

from kg.ingest import read_file

# Our own sentences, wrapped by hand at 72 columns as e-mailed readouts are; the breaks cut a
# name ('Mark\nRutte'), a trigger ('held\ntalks') and a date ('12\nMarch').
WRAPPED = """Foreign Minister Hakan Fidan met NATO Secretary General Mark
Rutte in Brussels on Tuesday to discuss support for Ukraine and the
preparations for the summit of the alliance, the ministry said today.
Later in the day Minister Fidan held talks with Foreign Minister Jean
Dupont of France on the situation in the Middle East, and the two
ministers agreed to meet again in Paris in the spring.  Minister Fidan
had earlier spoken by phone with Secretary of State John Smith on 12
March 2025 about the ceasefire in Gaza and the release of the hostages.
"""
SHORT_TITLE = "Fidan meets Rutte in Brussels"
LONG_TITLE = ("Readout of the Foreign Minister's meetings with the Secretary General of the North Atlantic "
              "Treaty Organization and the Foreign Minister of France in Brussels")


def events_of(extractor, article) -> set[tuple]:
    """What an article reports, independent of offsets: type, participants, place and dates."""
    found = extractor.extract(article)
    return {(m.type, tuple(sorted(p.key for p in m.participants)), m.place, m.time.earliest, m.time.latest)
            for m in found.mentions}


@pytest.mark.parametrize("title", [SHORT_TITLE, LONG_TITLE], ids=["short-title", "title-over-100-chars"])
def test_wrapped_body_reads_as_if_unwrapped_whatever_the_title(ingest_write, extractor, title):
    wrapped = next(read_file(ingest_write("wrapped.txt", f"{title}\n{WRAPPED}"), lang="en"))
    flat = next(read_file(ingest_write("flat.txt", f"{title}\n{' '.join(WRAPPED.split())}"), lang="en"))
    assert wrapped.text == flat.text
    assert events_of(extractor, wrapped) == events_of(extractor, flat)
    assert len(events_of(extractor, wrapped)) >= 3


@pytest.mark.parametrize("name, body, text", [
    ("joined", WRAPPED, " ".join(WRAPPED.split())),
    ("paragraphs kept", WRAPPED + "\n" + WRAPPED, " ".join(WRAPPED.split()) + "\n\n" + " ".join(WRAPPED.split())),
    ("a list in a wrapped text keeps its lines",
     WRAPPED + "\nThe delegation:\n- Hakan Fidan\n- Mark Rutte\n- Jean Dupont\n",
     " ".join(WRAPPED.split()) + "\n\nThe delegation:\n- Hakan Fidan\n- Mark Rutte\n- Jean Dupont"),
    ("a list of long items in a wrapped text keeps its lines",
     WRAPPED + "\nThe delegation:\n- Foreign Minister Hakan Fidan of Turkey and his deputy for Europe"
     + "\n- Ambassador Christodoulos Lazaris, the envoy of Cyprus to the UN\n",
     " ".join(WRAPPED.split()) + "\n\nThe delegation:\n- Foreign Minister Hakan Fidan of Turkey and his deputy for "
     "Europe\n- Ambassador Christodoulos Lazaris, the envoy of Cyprus to the UN"),
    ("paragraph lines are not a wrap", "A" * 150 + ".\n" + "B" * 140 + ".\n" + "C" * 160 + ".\n",
     "A" * 150 + ".\n" + "B" * 140 + ".\n" + "C" * 160 + "."),
    ("a compound cut at its hyphen is joined without a space",
     WRAPPED.replace("two\nministers", "two-\nstate"), " ".join(WRAPPED.replace("two\nministers", "two-state").split())),
])
def test_unwrapping_table(ingest_write, name, body, text):
    article = next(read_file(ingest_write("a.txt", f"{LONG_TITLE}\n{body}"), lang="en"))
    assert article.text == text


NAME_LINES = [
    ("a wrapped line inside the name", "Prime Minister\nBenjamin Netanyahu"),
    ("a no-break space", "Prime Minister Benjamin\u00a0Netanyahu"),
    ("a tab", "Prime Minister Benjamin\tNetanyahu"),
    ("a zero-width space", "Prime Minister Benjamin \u200bNetanyahu"),
    ("a soft hyphen", "Prime Minister Benjamin Netan\u00adyahu"),
    ("a control character", "Prime Minister Benjamin\x07 Netanyahu"),
]


@pytest.mark.parametrize("case, name", NAME_LINES, ids=[c for c, _ in NAME_LINES])
def test_names_are_normalised_text(ingest_write, extractor, tmp_path, case, name):
    body = WRAPPED.replace("Foreign Minister Hakan Fidan", f"President John Smith spoke this morning with {name}")
    path = ingest_write("call.jsonl", json.dumps({"id": "call", "lang": "en", "title": "Readout of a call",
                                                  "published": "2025-03-12", "text": body}) + "\n")
    article = next(read_file(path))
    names = {e.name for e in extractor.extract(article).entities}
    assert "Benjamin Netanyahu" in names
    assert all(n == " ".join(n.split()) and n.isprintable() for n in names)


def test_actor_timeline_and_csv_use_the_clean_name(ingest_write, tmp_path):
    import kg

    body = WRAPPED.replace("Foreign Minister Hakan Fidan", "President John Smith spoke this morning with "
                                                            "Prime Minister\nBenjamin Netanyahu")
    path = ingest_write("call.txt", f"Readout of a call\n{body}")
    graph = kg.build([path], use_models=False)
    assert graph.query("actor-timeline", actor="Benjamin Netanyahu")
    written = graph.write(tmp_path / "out")
    rows = written["events.csv"].read_text(encoding="utf-8").splitlines()
    assert all(row.count('"') % 2 == 0 for row in rows)  # no quoted field runs over a line end


@pytest.mark.parametrize("title", [SHORT_TITLE, LONG_TITLE], ids=["short-title", "title-over-100-chars"])
def test_sentence_splitter_decides_wrapping_from_the_body(title):
    """A hand-made Article never passes through ingest: the splitter joins wrapped lines by the same rule."""
    from kg.lexicons import Lexicon
    from kg.nlp import make_nlp

    nlp = make_nlp(Lexicon.load("en"), use_model=False)
    wrapped = nlp(f"{title}\n\n{WRAPPED}")
    flat = nlp(f"{title}\n\n{' '.join(WRAPPED.split())}")
    def words(doc):
        return [s.text.split() for s in doc.sents if s.text.strip()]

    assert words(wrapped) == words(flat)


@pytest.mark.parametrize("title", ["Fidan\nmeets\tRutte", " Fidan meets\u00a0Rutte ", "Fidan \u200bmeets Rutte\x07"])
def test_title_is_one_normalised_line(ingest_write, title):
    path = ingest_write("t.jsonl", json.dumps({"id": "t", "lang": "en", "title": title, "text": WRAPPED}) + "\n")
    assert next(read_file(path)).title == "Fidan meets Rutte"


def test_an_ordinal_a_wrap_put_at_a_line_start_is_joined():
    """'… yani\n100. yılın …': a number with a full stop opening a wrapped line inside a sentence is an
    ordinal, not a list item; a list item follows a finished sentence or another item."""
    from kg.ingest.layout import unwrap

    lines = ["Dışişleri Bakanı Ayşe Demir, Ankara'da düzenlenen törende yaptığı",
             "konuşmada, iki ülke arasındaki ilişkilerin son yıllarda çok güçlendiğini",
             "ve Türkiye Cumhuriyeti'nin kuruluşunun yıldönümü olan bu yılın, yani",
             "100. yılın yeni bir dönemin başlangıcı olduğunu söyledi. Demir, Fransa",
             "Dışişleri Bakanı Jean Dupont ile de bir araya gelerek bölgedeki son",
             "gelişmeleri ele aldı ve iki bakan ilkbaharda Paris'te görüşecek."]
    assert unwrap(lines) == [" ".join(lines)]


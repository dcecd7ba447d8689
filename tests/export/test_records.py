"""events.jsonl is made from the resolution; the saved queries on the written graph must give the same records."""
from __future__ import annotations

import json

import kg
from kg.export.records import event_records
from kg.query import load_graph
from tests.conftest import SEED

# The project's own sentences (as in benchmarks/corpus.py): one event told by two articles in two
# languages, a trip with a place, a phone call, a month-only publication date, a url and none.
ARTICLES = [
    {"id": "a-tr", "lang": "tr", "published": "2025-03-07T10:00:00+03:00", "url": "https://example.org/a",
     "title": "Dışişleri Bakanı Ayla Demir Paris'te",
     "text": "Dışişleri Bakanı Ayla Demir, Fransa Cumhurbaşkanı Jean Dupont ile Paris'te bir araya geldi. "
             "Dışişleri Bakanı Ayla Demir dün Almanya Şansölyesi Karl Weber ile telefonda görüştü."},
    {"id": "b-en", "lang": "en", "published": "2025-03-08",
     "title": "Foreign Minister Ana Silva travels",
     "text": "Foreign Minister Ana Silva will travel to Rome on Thursday. "
             "President Maria Lopez met with Prime Minister Ken Ito in Madrid on Saturday."},
    {"id": "c-month", "lang": "en", "published": "2004-12",
     "title": "President Omar Haddad hosted Chancellor Eva Braun in Berlin.",
     "text": "President Omar Haddad hosted Chancellor Eva Braun in Berlin."},
]


def test_saved_queries_on_the_written_graph_give_events_jsonl(tmp_path, extractor):
    corpus = tmp_path / "more.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    built = kg.build([SEED, corpus], extractor=extractor)
    built.write(tmp_path / "out")
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    written = [json.loads(line) for line in lines]
    assert len(written) >= 6 and any(e["date"] is None or e["precision"] != "day" for e in written)
    assert any(s["published"] == "2004-12" for e in written for s in e["sources"])
    on_rdflib = event_records(load_graph(tmp_path / "out"))  # the events, event-participants and event-sources queries
    on_oxigraph = kg.load(tmp_path / "out").events()       # the same, as 'kg query' runs them
    assert json.loads(json.dumps(on_rdflib)) == written
    assert json.loads(json.dumps(on_oxigraph)) == written


def test_events_csv_written_row_by_row_is_the_table_csv_makes(tmp_path):
    import csv
    import io

    from kg.export.records import CSV_FIELDS, write_events_csv

    records = [{"id": "e1", "type": "meeting", "date": "2025-02-17", "date_start": "2025-02-17", "date_end": None,
                "precision": "day", "place": 'Brüksel, "center"', "sources": [{"article": "a,1"}, {"article": "b"}],
                "participants": [{"name": "Mark Rutte", "role": "host"}, {"name": "Line\nbreak; ş", "role": "guest"}]},
               {"id": "e2", "type": "travel", "date": None, "date_start": None, "date_end": None, "precision": "year",
                "place": None, "sources": [], "participants": []}]
    write_events_csv(records, tmp_path / "events.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"), newline="")))
    assert rows[0] == list(CSV_FIELDS) and len(rows) == 3
    assert rows[1][6:] == ['Brüksel, "center"', "Mark Rutte (host); Line\nbreak; ş (guest)", "a,1; b"]
    assert rows[2] == ["e2", "travel", "", "", "", "year", "", "", ""]
    assert b"\r" not in (tmp_path / "events.csv").read_bytes()  # LF line ends, as before

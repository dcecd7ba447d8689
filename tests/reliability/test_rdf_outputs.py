"""Every RDF output re-parses, with rdflib and with pyoxigraph, whatever Unicode the articles hold."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

import kg
from kg.export.rdf import nquads_text

ox = pytest.importorskip("pyoxigraph")

SEPARATORS = "\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85\x00\x01\x7f\r\n\t"
# every plane, controls and separators; no lone surrogates (a reader refuses those, see test_bad_records)
ANY = st.text(st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SEPARATORS)), max_size=12)


def parse_all(out) -> None:
    """Parse each RDF file with both libraries; N-Quads must also hold one quad a line."""
    for name, fmt, oxfmt in (("graph.ttl", "turtle", ox.RdfFormat.TURTLE), ("graph.trig", "trig", ox.RdfFormat.TRIG),
                             ("graph.nq", "nquads", ox.RdfFormat.N_QUADS),
                             ("graph.jsonld", "json-ld", ox.RdfFormat.JSON_LD)):
        data = (out / name).read_bytes()
        rd = Dataset()
        rd.parse(data=data.decode("utf-8"), format=fmt)
        quads = list(ox.parse(data, format=oxfmt))
        assert len(quads) == len(list(rd.quads())), name
        if name == "graph.nq":
            assert len(data.split(b"\n")) - 1 == len(quads)


@seed(17)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY, junk=ANY, source=ANY, section=ANY, url=ANY, article_id=ANY)
def test_random_unicode_in_every_field_gives_outputs_both_parsers_read(tmp_path_factory, extractor, title, junk,
                                                                      source, section, url, article_id):
    record = {"id": article_id, "lang": "tr", "published": "2025-03-05", "title": f"Görüşme {title}",
              "source": source, "section": section, "url": url, "agency": junk,
              "text": f"Dışişleri Bakanı Ali Kaya dün Bakü'de {junk} Elçin Aliyev ile görüştü. {junk}"}
    path = tmp_path_factory.mktemp("in") / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    graph = kg.build([path], extractor=extractor)
    out = tmp_path_factory.mktemp("out")
    graph.write_turtle(out / "graph.ttl")
    graph.write_trig(out / "graph.trig")
    graph.write_nquads(out / "graph.nq")
    graph.write_jsonld(out / "graph.jsonld")
    parse_all(out)


@pytest.mark.parametrize("char", list(SEPARATORS))
def test_a_line_separator_or_control_in_a_literal_stays_inside_its_quad(char):
    ds = Dataset()
    ds.graph(URIRef("https://example.org/g")).add(
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(f"a{char}b")))
    text = nquads_text(ds)
    assert text.count("\n") == 1 and (char == "\t" or char not in text[:-1])
    [quad] = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    assert quad.object.value == f"a{char}b"
    assert [str(o) for _, _, o, _ in Dataset().parse(data=text, format="nquads").quads()] == [f"a{char}b"]


def test_nquads_lines_are_in_text_order_and_written_as_given(tmp_path):
    """The lines are sorted as bytes of UTF-8, which is the order of their text, and the file written
    line by line holds the same bytes as the text."""
    from kg.export.files import write_atomic
    from kg.export.rdf import nquads_lines

    ds = Dataset()
    graph = ds.graph(URIRef("https://example.org/g"))
    for value in ("z", "é", "Ā", "ğ", "\U0001f600", "a", "ž"):
        graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(value)))
    text = nquads_text(ds)
    lines = text.split("\n")[:-1]
    assert lines == sorted(lines) and len(lines) == 7
    path = write_atomic(tmp_path / "graph.nq", nquads_lines(ds))
    assert path.read_bytes() == text.encode("utf-8")


def test_a_writer_function_writes_the_file_and_its_failure_leaves_nothing(tmp_path):
    from kg.export.files import write_atomic

    path = write_atomic(tmp_path / "graph.ttl", lambda handle: handle.write(b"<a> <b> <c> .\n"))
    assert path.read_bytes() == b"<a> <b> <c> .\n"

    def broken(handle):
        handle.write(b"half")
        raise ValueError("the serializer failed")

    with pytest.raises(ValueError):
        write_atomic(tmp_path / "graph.ttl", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # no temp file left
    assert path.read_bytes() == b"<a> <b> <c> .\n"                       # the earlier file kept whole

"""The writer registry: one module per format, chosen by name; the defaults are what the README shows."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.export import writers

FILES = {"ttl": "graph.ttl", "trig": "graph.trig", "nq": "graph.nq", "jsonld": "graph.jsonld",
         "jsonl": "events.jsonl", "csv": "events.csv", "graphml": "graph.graphml", "gexf": "graph.gexf",
         "html": "graph.html"}


def test_every_format_has_a_writer_module_naming_its_file():
    assert writers.names() == list(FILES)
    assert {name: writers.get(name).file for name in writers.names()} == FILES
    assert len({writers._PLUGINS[name].module for name in FILES}) == len(FILES)  # one module each


@pytest.mark.parametrize(("asked", "chosen"), [
    (None, ["ttl", "nq", "jsonl", "csv", "html"]),
    ("default", ["ttl", "nq", "jsonl", "csv", "html"]),
    ("all", list(FILES)),
    ("html, jsonl", ["jsonl", "html"]),            # in writing order, spaces allowed
    ("gexf,default,gexf", ["ttl", "nq", "jsonl", "csv", "gexf", "html"]),
    (["trig", "nq"], ["trig", "nq"]),
])
def test_formats_asked_for(asked, chosen):
    assert writers.chosen(asked) == chosen


@pytest.mark.parametrize(("asked", "message"), [
    ("ttl,svg", ("--formats: unknown format 'svg'; use one or more of ttl, trig, nq, jsonld, jsonl, csv, graphml, "
                 "gexf, html, default or all, separated by commas")),
    ("", ("--formats: no format given; use one or more of ttl, trig, nq, jsonld, jsonl, csv, graphml, gexf, html, "
          "default or all")),
])
def test_a_bad_format_is_one_line_naming_the_option_and_the_names(asked, message):
    with pytest.raises(ConfigError) as err:
        writers.chosen(asked)
    assert str(err.value) == message

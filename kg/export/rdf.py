"""RDF serialisations whose bytes depend only on the graph. rdflib's in-memory store keeps its
named graphs and subjects in sets, so TriG's graph order and JSON-LD's node order would follow
Python's per-process string hashing; here both are put in IRI order."""
from __future__ import annotations

import io
import json
import re

from rdflib import Graph
from rdflib.plugins.serializers.trig import TrigSerializer


class _SortedTrig(TrigSerializer):
    """TriG with the named graphs in the order of their names (the default graph last, as rdflib puts it)."""

    def preprocess(self) -> None:
        self.contexts = sorted(self.contexts, key=lambda g: (g.identifier == self.default_context, str(g.identifier)))
        super().preprocess()


def trig_text(source: Graph) -> str:
    """The source (a Dataset, or a Graph) as TriG, named graphs in name order."""
    stream = io.BytesIO()
    _SortedTrig(source).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


# Characters rdflib's N-Quads serializer writes raw inside a literal (it escapes only \\, ", LF
# and CR): control characters, and the ones str.splitlines() and line-oriented tools take for line
# ends (U+0085, U+2028, U+2029). An N-Quads UCHAR escape stands for the same character.
RAW_IN_LITERALS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def nquads_text(source: Graph) -> str:
    """The source (a Dataset) as N-Quads from rdflib's serializer, one quad a line in sorted order, so
    the same graph gives the same bytes. rdflib escapes LF and CR inside terms, so its output splits
    into quads at LF only; the other control characters and line separators are then escaped."""
    text = source.serialize(format="nquads")
    lines = sorted({line for line in text.split("\n") if line.strip(" ")})
    return RAW_IN_LITERALS.sub(lambda m: f"\\u{ord(m[0]):04X}", "\n".join(lines) + "\n")


def jsonld_text(graph: Graph, context: dict) -> str:
    """The graph as compacted JSON-LD with ``context``: nodes in ``@id`` order, and each property's
    values (unordered in RDF) in a fixed order."""
    data = json.loads(graph.serialize(format="json-ld", context=context, indent=1))
    nodes = data.get("@graph") if isinstance(data, dict) else None
    if isinstance(nodes, list):
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        nodes.sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(data, indent=1, ensure_ascii=False)

"""RDF serialisations whose bytes depend only on the graph. rdflib's in-memory store keeps its
named graphs and subjects in sets, so TriG's graph order and JSON-LD's node order would follow
Python's per-process string hashing; here both are put in IRI order."""
from __future__ import annotations

import io
import json

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

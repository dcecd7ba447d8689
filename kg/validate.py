"""SHACL validation of a built graph against ``ontology/shapes.ttl``, in plain words."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Namespace

from .errors import ConfigError
from .resources import shapes_file

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One broken rule: which node, along which property, and the shape's message."""

    focus: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def validate(graph: Graph) -> list[Violation]:
    """Every violation of the project's shapes (an empty list means the graph conforms)."""
    try:
        import pyshacl
    except ImportError as err:
        raise ConfigError("validation needs pyshacl; install it with: pip install 'diplomatic-kg[validate]'") from err
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=Graph().parse(shapes_file()))
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        out.append(Violation(str(focus), str(path) if path is not None else None, str(message)))
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))

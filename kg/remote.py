"""A remote SPARQL 1.1 endpoint as an rdflib Graph, with a time limit on every request and a
one-line error naming the endpoint and the fix (rdflib's own SPARQLStore waits forever and says
"You did something wrong formulating either the URI or your SPARQL query" for any failure)."""
from __future__ import annotations

import urllib.error
from io import BytesIO
from urllib.parse import parse_qsl, urlencode
from urllib.request import Request, urlopen

from rdflib import BNode, Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result

from .errors import QueryError

DEFAULT_TIMEOUT = 60.0


class TimedSPARQLStore(SPARQLStore):
    """rdflib's read-only SPARQLStore whose requests give up after ``timeout`` seconds of silence."""

    def __init__(self, endpoint: str, timeout: float = DEFAULT_TIMEOUT, **kwargs) -> None:
        super().__init__(endpoint, **kwargs)
        self.timeout = timeout

    def _query(self, query: str, default_graph: str | None = None, named_graph: str | None = None) -> Result:
        self._queries += 1
        params = {**self.kwargs.get("params", {}), "query": query}
        if default_graph is not None and not isinstance(default_graph, BNode):
            params["default-graph-uri"] = default_graph
        request = Request(f"{self.query_endpoint}?{urlencode(params)}", headers={"Accept": self.response_mime_types()})
        try:
            with urlopen(request, timeout=self.timeout) as response:
                body, kind = response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            said = next(iter(err.read().decode("utf-8", "replace").strip().splitlines()), err.reason)
            raise QueryError(f"{self.query_endpoint}: the endpoint answered HTTP {err.code} ({said}); check the "
                             "query, and that the URL is the endpoint's query URL") from None
        except TimeoutError:
            raise QueryError(f"{self.query_endpoint}: no answer within {self.timeout:g} s; check that the endpoint "
                             "is up, or allow more time with --timeout SECONDS") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, TimeoutError):
                raise QueryError(f"{self.query_endpoint}: no answer within {self.timeout:g} s; check that the "
                                 "endpoint is up, or allow more time with --timeout SECONDS") from None
            raise QueryError(f"{self.query_endpoint}: cannot reach the endpoint ({reason}); check the URL and that "
                             "the server is up") from None
        try:
            return Result.parse(BytesIO(body), content_type=kind.split(";")[0])
        except Exception as err:  # a body that is no SPARQL result: any parser's error means the same
            raise QueryError(f"{self.query_endpoint}: the answer is not a SPARQL result ({type(err).__name__}); "
                             "check that the URL is a SPARQL endpoint's query URL") from err


def remote_graph(url: str, timeout: float = DEFAULT_TIMEOUT) -> Graph:
    """A SPARQL endpoint as a Graph. Parameters in its URL, such as Oxigraph's
    ``?union-default-graph``, travel with every query."""
    endpoint, _, options = url.partition("?")
    params = dict(parse_qsl(options, keep_blank_values=True))
    return Graph(store=TimedSPARQLStore(endpoint, timeout=timeout, returnFormat="json", params=params))

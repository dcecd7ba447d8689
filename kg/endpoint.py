"""A read-only SPARQL 1.1 endpoint (the query part of the SPARQL protocol) over an in-memory
pyoxigraph store, served from a thread of this process on loopback.

It never sends a request anywhere: a query using ``SERVICE`` (federation) is refused, since
Oxigraph would otherwise POST it to any URL the query names and return what came back, letting
anyone who can reach the port make requests from this machine. Nothing is written to disk and
no other process is started, so stopping (or killing) ``kg serve`` leaves nothing behind.
"""
from __future__ import annotations

import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

MAX_QUERY_BYTES = 1 << 20
RESULT_TYPES = {"application/sparql-results+json": "JSON", "application/sparql-results+xml": "XML",
                "text/csv": "CSV", "text/tab-separated-values": "TSV"}
GRAPH_TYPES = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE", "application/rdf+xml": "RDF_XML"}

# Strings, IRIs and comments, recognised from their first character on (leftmost first), so that
# a '#' in an IRI or a quote in a comment is not taken for anything else.
_SKIPPED = re.compile(r"""'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
                      r"""|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*""", re.DOTALL)
_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.IGNORECASE)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(query: str) -> bool:
    """Whether a query may use SERVICE outside its strings, IRIs and comments: read as written, and
    again with its \\u escapes decoded first (as SPARQL 1.1 allows a parser to do)."""
    def decoded(match: re.Match) -> str:
        code = int(match[1] or match[2], 16)
        return chr(code) if code < 0x110000 else match[0]

    return any(_SERVICE.search(_SKIPPED.sub(" ", text)) for text in (query, _UCHAR.sub(decoded, query)))


class Endpoint(ThreadingHTTPServer):
    """The HTTP server: ``store`` is a pyoxigraph Store queried with the union of its graphs as the
    default graph (the saved queries are written without GRAPH)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store) -> None:
        super().__init__(address, _Handler)
        self.store = store

    def handle_error(self, request, client_address) -> None:
        """A client that went away mid-answer is no error of ours: no traceback on kg serve's terminal."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="kg-serve", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "diplomatic-kg"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: kg serve prints one line when it starts and nothing per request."""

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            return self._send(200, "text/plain", b"diplomatic-kg: a read-only SPARQL endpoint at /query\n")
        if url.path != "/query":
            return self._send(404, "text/plain", b"no such page; query at /query\n")
        return self._answer(parse_qs(url.query).get("query", [""])[0])

    def do_POST(self) -> None:
        if urlsplit(self.path).path != "/query":
            return self._read_only()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_QUERY_BYTES:
            return self._send(413 if length > 0 else 400, "text/plain", b"give a Content-Length of at most 1 MB\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = self.headers.get_content_type()
        if kind == "application/sparql-query":
            return self._answer(body)
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            return self._read_only() if "update" in form else self._answer(form.get("query", [""])[0])
        return self._send(415, "text/plain", b"send the query as application/sparql-query or a form\n")

    def do_PUT(self) -> None:
        self._read_only()

    do_DELETE = do_PATCH = do_PUT

    def _read_only(self) -> None:
        self._send(403, "text/plain", b"this endpoint is read-only: no update, no Graph Store protocol\n")

    def _answer(self, query: str) -> None:
        if not query.strip():
            return self._send(400, "text/plain", b"give a SPARQL query in the 'query' parameter\n")
        if uses_service(query):
            return self._send(403, "text/plain", b"SERVICE (federated query) is off: this endpoint sends no request "
                                                 b"anywhere; query each endpoint yourself\n")
        try:
            result = self.server.store.query(query, use_default_graph_as_union=True)
            body, kind = _serialised(result, self.headers.get("Accept", ""))
        except SyntaxError as err:
            return self._send(400, "text/plain", f"SPARQL syntax error: {err}\n".encode())
        except (OSError, RuntimeError, ValueError) as err:
            return self._send(500, "text/plain", f"query failed: {err}\n".encode())
        return self._send(200, kind, body)

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8" if kind == "text/plain" else kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _serialised(result, accept: str) -> tuple[bytes, str]:
    """A query's result in the first format the client accepts (JSON results, N-Triples by default)."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryTriples):
        kind = next((t for t in GRAPH_TYPES if t in accept), "application/n-triples")
        return result.serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[kind])), kind
    kind = next((t for t in RESULT_TYPES if t in accept), "application/sparql-results+json")
    return result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[kind])), kind

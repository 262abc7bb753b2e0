"""``kg push``: put the built graph into an external SPARQL store, over the Graph Store Protocol.

:func:`push` sends one RDF file (``out/graph.nt`` by default) with HTTP ``PUT`` to a
`SPARQL 1.1 Graph Store HTTP Protocol`_ endpoint, naming the graph *indirectly* in the
query string:

* ``ENDPOINT?graph=<IRI, percent-encoded>`` for a named graph (by default
  :data:`DEFAULT_GRAPH_IRI`, ``https://w3id.org/kgnews/graph/news``);
* ``ENDPOINT?default`` for the store's default graph (``graph_iri=None``).

``PUT`` *replaces* that one graph: the server drops what the graph held and keeps only the
triples sent, and leaves every other graph alone; a server that parses the body in one
transaction (Oxigraph does) keeps the old graph when the body does not parse.  Pushing
the same build twice is therefore harmless, and pushing a new build never leaves the
triples of an old one behind.

The endpoint is the store's Graph Store URL, e.g. ``http://HOST:7878/store`` for the
Oxigraph server (``oxigraph serve``; its queries go to ``/query``) or
``http://HOST:3030/DATASET/data`` for Apache Jena Fuseki.

How the request is made:

* standard library only (:mod:`urllib.request`), ``http`` and ``https`` (certificates are
  checked against the system's roots), proxies from the usual environment variables;
* the file is *streamed* from the open file object with its ``Content-Length``, never
  read into memory as a whole; the ``Content-Type`` comes from the suffix
  (:data:`CONTENT_TYPES`: ``.nt`` → ``application/n-triples``, ``.ttl`` → ``text/turtle``);
* HTTP Basic credentials from the ``auth`` argument or from ``user:password@`` in the
  URL, sent with the first request (a streamed body cannot be sent twice to answer a
  challenge); the password never appears in a message or in :class:`PushResult`;
* redirects are *not* followed — a ``3xx`` answer is an error that names where the
  server points, so neither the graph nor the credentials go to another address unasked.

Afterwards :func:`push` checks the graph is there: with ``verify_query`` (the store's
SPARQL query endpoint) it counts the graph's triples with
``SELECT (COUNT(*) AS ?n) WHERE { GRAPH <iri> { ?s ?p ?o } }``; without, it asks the Graph
Store for the graph with ``HEAD``.  For an N-Triples file the triples sent are counted
while the file streams (one triple per line), so the two counts can be compared.

Every failure is a :class:`~kg.errors.PushError` with a one-line message naming the URL and
the problem: a missing file, a refused connection, no answer within ``timeout``, a TLS
failure, or the server's status and the first line of what it said.

.. _SPARQL 1.1 Graph Store HTTP Protocol: https://www.w3.org/TR/sparql11-http-rdf-update/

>>> graph_url("http://localhost:7878/store", "https://w3id.org/kgnews/graph/青岛")
'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkgnews%2Fgraph%2F%E9%9D%92%E5%B2%9B'
>>> graph_url("http://user:secret@localhost:7878/store", None)
'http://localhost:7878/store?default'
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from kg.errors import PushError
from kg.schema import MEDIA_TYPES

__all__ = [
    "GRAPH_NS",
    "DEFAULT_GRAPH_IRI",
    "CONTENT_TYPES",
    "PushResult",
    "push",
    "graph_url",
    "count_triples",
]

#: Namespace of the named graphs kg pushes into (beside ``kg:`` and ``kgr:`` of :mod:`kg.graph.vocab`).
GRAPH_NS = "https://w3id.org/kgnews/graph/"
#: The named graph :func:`push` replaces unless told otherwise: one stable name for "the news graph".
DEFAULT_GRAPH_IRI = GRAPH_NS + "news"

#: File suffix → media type of the request body.
CONTENT_TYPES: dict[str, str] = {".nt": MEDIA_TYPES["ntriples"], ".ttl": MEDIA_TYPES["turtle"]}
_NTRIPLES = MEDIA_TYPES["ntriples"]

_CHUNK = 256 * 1024  # bytes read from the file per block sent
_ERROR_BODY = 4096  # bytes of an error answer read to find its first line
_LINE_MAX = 300  # characters of that line kept in a message

# IRIREF (SPARQL, Turtle, N-Triples) forbids these; a scheme makes it absolute
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# characters left as they are when an endpoint's path or query is made ASCII
_URL_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_URL_SAFE_QUERY = _URL_SAFE_PATH + "?"

_STORE_HINTS = {
    401: "the server wants credentials: give --user and --password",
    403: "the server refused these credentials",
    404: "is this the store's Graph Store endpoint? Oxigraph: http://HOST:PORT/store, Fuseki: http://HOST:PORT/DATASET/data",
    405: "is this the store's Graph Store endpoint, and is it writable? Oxigraph: http://HOST:PORT/store",
    413: "the server refuses a body this large",
    415: "the server does not take this RDF format; try the .nt file",
}
_QUERY_HINTS = {
    401: "the query endpoint wants credentials",
    404: "is this the store's SPARQL query endpoint? Oxigraph: http://HOST:PORT/query",
}


@dataclass(frozen=True)
class PushResult:
    """What :func:`push` did.

    Attributes
    ----------
    file
        The graph file sent.
    url
        The URL the file was ``PUT`` to (credentials removed).
    graph_iri
        The named graph replaced, or ``None`` for the store's default graph.
    content_type
        The media type the file was sent as.
    status, reason
        The server's answer to the ``PUT``: ``201 Created`` for a new graph, ``200``/``204``
        for a replaced one.
    bytes_sent
        Size of the body sent (the whole file).
    seconds
        Time from the first byte sent to the server's answer (upload and load).
    triples_sent
        Triples in the file, counted while it was sent (N-Triples only; else ``None``).
    triples_in_graph
        Triples the server's query endpoint counts in the graph (``None`` without ``verify_query``).
    graph_exists
        What a ``HEAD`` on the graph said (without ``verify_query``): ``True``, ``False``, or
        ``None`` when the server does not answer ``HEAD`` or the check was not made.
    """

    file: Path
    url: str
    graph_iri: str | None
    content_type: str
    status: int
    reason: str
    bytes_sent: int
    seconds: float
    triples_sent: int | None = None
    triples_in_graph: int | None = None
    graph_exists: bool | None = None

    @property
    def created(self) -> bool:
        """True when the server says the graph is new (``201 Created``)."""
        return self.status == HTTPStatus.CREATED

    @property
    def counts_agree(self) -> bool | None:
        """Whether the server holds as many triples as were sent (``None`` when either is unknown).

        A file with the same triple on two lines is one triple in the store, so a lower
        server count is not by itself a failed push.
        """
        if self.triples_sent is None or self.triples_in_graph is None:
            return None
        return self.triples_sent == self.triples_in_graph

    def describe(self) -> str:
        """One line for the command line.

        >>> r = PushResult(Path("out/graph.nt"), "http://h/store?default", None, _NTRIPLES,
        ...                201, "Created", 2048, 0.25, 12, 12)
        >>> r.describe()
        'pushed out/graph.nt (2,048 bytes, 12 triples) into the default graph at http://h/store?default: 201 Created in 0.25 s; the store counts 12 triples there'
        """
        what = f"{self.bytes_sent:,} bytes"
        if self.triples_sent is not None:
            what += f", {_plural(self.triples_sent, 'triple')}"
        where = "the default graph" if self.graph_iri is None else f"<{self.graph_iri}>"
        line = (f"pushed {self.file} ({what}) into {where} at {self.url}: "
                f"{self.status} {self.reason} in {self.seconds:.2f} s")
        if self.triples_in_graph is not None:
            line += f"; the store counts {_plural(self.triples_in_graph, 'triple')} there"
            if self.counts_agree is False:
                line += f", not {self.triples_sent:,} (duplicate lines in the file, or other writers?)"
        elif self.graph_exists:
            line += "; the store has the graph"
        return line


def push(
    graph_file: str | os.PathLike,
    endpoint: str,
    *,
    graph_iri: str | None = DEFAULT_GRAPH_IRI,
    auth: tuple[str, str] | None = None,
    timeout: float = 60.0,
    content_type: str | None = None,
    verify_query: str | None = None,
) -> PushResult:
    """Replace one graph of the store at ``endpoint`` with the triples of ``graph_file``.

    Parameters
    ----------
    graph_file
        An N-Triples (``.nt``) or Turtle (``.ttl``) file, e.g. ``out/graph.nt``.
    endpoint
        The store's Graph Store Protocol URL (``http://HOST:7878/store`` for Oxigraph),
        ``http`` or ``https``, optionally with ``user:password@``; it must not name a
        graph itself (no ``graph=`` or ``default`` in its query string).
    graph_iri
        The absolute IRI of the named graph to replace (default :data:`DEFAULT_GRAPH_IRI`),
        or ``None`` for the store's default graph.
    auth
        ``(user, password)`` for HTTP Basic authentication; overrides credentials in the URL.
    timeout
        Seconds to wait for the connection and for each answer; the server's answer to the
        ``PUT`` comes after it has loaded the whole file.
    content_type
        The body's media type, when the suffix does not tell it.
    verify_query
        The store's SPARQL query endpoint (``http://HOST:7878/query``): if given, the
        triples in the graph are counted there after the ``PUT``.

    Returns
    -------
    PushResult

    Raises
    ------
    PushError
        For an unusable file, suffix, graph IRI or URL; a connection refused, a timeout, a
        TLS failure, a redirect; any answer but ``2xx`` (message with the status and the
        first line of the server's text); or a store that has no triples in the graph
        after accepting some.
    """
    path = Path(graph_file)
    ctype = content_type or _content_type_for(path)
    if graph_iri is not None:
        _check_iri(graph_iri)
    url, credentials = _split_credentials(endpoint)
    target = graph_url(url, graph_iri)
    auth = auth or credentials
    headers = _auth_header(auth)

    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the upload
    except FileNotFoundError:
        raise PushError(f"{path}: no such graph file to push (run `kg build` first)") from None
    except IsADirectoryError:
        raise PushError(f"{path}: is a folder, not a graph file") from None
    except OSError as err:
        raise PushError(f"{path}: cannot read: {err.strerror or err}") from None
    with fh:
        size = os.fstat(fh.fileno()).st_size
        body = _Upload(fh, size, path, count_triples=ctype.split(";")[0].strip() == _NTRIPLES)
        request = urllib.request.Request(
            target, data=body, method="PUT",
            headers={"Content-Type": ctype, "Content-Length": str(size), **headers},
        )
        start = time.monotonic()
        status, reason, _ = _call(request, f"PUT {target}", timeout, _STORE_HINTS, body)
        seconds = time.monotonic() - start
    triples_sent = body.triples()

    triples_in_graph = graph_exists = None
    if verify_query is not None:
        query_url, query_credentials = _split_credentials(verify_query)
        query_auth = query_credentials or (auth if _same_origin(query_url, url) else None)
        triples_in_graph = count_triples(query_url, graph_iri, auth=query_auth, timeout=timeout)
        lost = triples_in_graph == 0
    else:
        graph_exists = _head(target, headers, timeout)
        lost = graph_exists is False
    if lost and triples_sent:
        where = "the default graph" if graph_iri is None else f"graph <{graph_iri}>"
        raise PushError(f"PUT {target}: the server answered {status} {reason} "
                        f"but has no triples in {where} afterwards ({triples_sent} sent)", url=target)
    return PushResult(path, target, graph_iri, ctype, status, reason, body.sent, seconds,
                      triples_sent, triples_in_graph, graph_exists)


def graph_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store URL of one graph: ``endpoint?graph=<encoded IRI>`` or ``endpoint?default``.

    Credentials and a fragment in ``endpoint`` are dropped; a query string it has is kept
    (``&graph=…`` is added).  The IRI is percent-encoded as UTF-8 with nothing left
    unencoded, so ``&``, ``#``, ``=`` and Chinese characters in it survive.

    Raises
    ------
    PushError
        If ``endpoint`` is not an ``http``/``https`` URL with a host, or already names a graph.

    >>> graph_url("https://db.example/ds/data?x=1", "http://example.org/g?a=1&b=2")
    'https://db.example/ds/data?x=1&graph=http%3A%2F%2Fexample.org%2Fg%3Fa%3D1%26b%3D2'
    """
    parts = urlsplit(endpoint)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PushError(f"{_redact(endpoint)}: not an http:// or https:// URL with a host", url=_redact(endpoint))
    names = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if names & {"graph", "default"}:
        raise PushError(f"{_redact(endpoint)}: give the store's endpoint without graph= or default "
                        "and the graph separately (--graph IRI or --default-graph)", url=_redact(endpoint))
    graph = "default" if graph_iri is None else "graph=" + quote(graph_iri, safe="")
    query = quote(parts.query, safe=_URL_SAFE_QUERY)
    query = f"{query}&{graph}" if query else graph
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme.lower(), netloc, quote(parts.path or "/", safe=_URL_SAFE_PATH), query, ""))


def count_triples(query_url: str, graph_iri: str | None, *, auth: tuple[str, str] | None = None,
                  timeout: float = 60.0) -> int:
    """Count the triples in one graph with a SPARQL query sent to ``query_url``.

    ``graph_iri=None`` counts the default graph (on a store that answers queries over the
    union of all graphs, that is everything).

    Raises
    ------
    PushError
        If the endpoint cannot be reached, answers with an error, or answers something that
        is not a SPARQL JSON result with one number.
    """
    url, credentials = _split_credentials(query_url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PushError(f"{url}: the query endpoint is not an http:// or https:// URL with a host", url=url)
    if graph_iri is None:
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    else:
        _check_iri(graph_iri)
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(
        url, data=query.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json", **_auth_header(auth or credentials)},
    )
    _, _, data = _call(request, f"verify query {url}", timeout, _QUERY_HINTS)
    try:
        return int(json.loads(data)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise PushError(f"verify query {url}: not a SPARQL JSON count: {_first_line(data)!r}", url=url) from None


# ---------------------------------------------------------------- requests


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: the ``3xx`` answer reaches :func:`_call` as an error."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - urllib's hook
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


class _Upload:
    """The request body: the open file read in blocks, bytes (and N-Triples lines) counted.

    Never sends more than ``size`` bytes, the ``Content-Length`` announced; a file that
    ends early (cut while being sent) is an error, not a short body the server waits on.
    """

    def __init__(self, fh: BinaryIO, size: int, path: Path, count_triples: bool) -> None:
        self._fh = fh
        self._path = path
        self.size = size
        self.sent = 0
        self._counting = count_triples
        self._lines = 0
        self._head: bytes | None = None  # first non-blank byte of the line being read

    def read(self, n: int = -1) -> bytes:
        remaining = self.size - self.sent
        if remaining <= 0:
            return b""
        block = self._fh.read(min(max(n, _CHUNK), remaining))
        if not block:
            raise PushError(f"{self._path}: the file got shorter while it was being sent")
        self.sent += len(block)
        if self._counting:
            self._count(block)
        return block

    def _count(self, block: bytes) -> None:
        # N-Triples: one triple per line; blank lines and '#' comment lines hold none
        lines = block.split(b"\n")
        for i, line in enumerate(lines):
            if self._head is None:
                stripped = line.lstrip()
                if stripped:
                    self._head = stripped[:1]
            if i < len(lines) - 1:
                self._end_line()

    def _end_line(self) -> None:
        if self._head is not None and self._head != b"#":
            self._lines += 1
        self._head = None

    def triples(self) -> int | None:
        """Triples in the file (N-Triples only), once it has been sent whole."""
        if not self._counting or self.sent < self.size:
            return None
        self._end_line()  # a last line without a newline
        self._counting = False
        return self._lines


def _call(request: urllib.request.Request, what: str, timeout: float, hints: dict[int, str],
          body: _Upload | None = None) -> tuple[int, str, bytes]:
    """Send ``request``; return status, reason and the answer's body, or raise :class:`PushError`."""
    url = request.full_url
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            data = response.read()
            return response.status, response.reason or _phrase(response.status), data
    except urllib.error.HTTPError as err:
        raise _http_error(err, what, url, hints) from None
    except urllib.error.URLError as err:
        raise PushError(f"{what}: {_problem(err.reason, timeout, body)}", url=url) from None
    except (OSError, http.client.HTTPException) as err:
        raise PushError(f"{what}: {_problem(err, timeout, body)}", url=url) from None


def _http_error(err: urllib.error.HTTPError, what: str, url: str, hints: dict[int, str]) -> PushError:
    code = err.code
    reason = err.reason if isinstance(err.reason, str) and err.reason else _phrase(code)
    if 300 <= code < 400:
        where = err.headers.get("Location", "?") if err.headers else "?"
        return PushError(f"{what}: HTTP {code} {reason}: the server redirects to {where}; "
                         "not followed — push to that URL if you trust it", url=url, status=code)
    try:
        text = _first_line(err.read(_ERROR_BODY))
    except (OSError, http.client.HTTPException):
        text = ""
    finally:
        err.close()
    message = f"{what}: HTTP {code} {reason}"
    if text:
        message += f": {text}"
    if code in hints:
        message += f" ({hints[code]})"
    return PushError(message, url=url, status=code)


def _problem(reason: object, timeout: float, body: _Upload | None) -> str:
    """A short phrase for why a request got no HTTP answer."""
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running, on this port?)"
    if isinstance(reason, socket.gaierror):
        return f"cannot find the host ({reason.strerror or reason})"
    if isinstance(reason, TimeoutError) or (isinstance(reason, str) and "timed out" in reason):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted ({reason.verify_message or reason})"
    if isinstance(reason, ssl.SSLError):
        return f"TLS failed ({reason.reason or reason})"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "the server closed the connection without an answer"
    if isinstance(reason, (BrokenPipeError, ConnectionResetError)):
        if body is not None:
            return f"the server closed the connection after {body.sent:,} of {body.size:,} bytes"
        return "the server closed the connection"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _head(url: str, headers: dict[str, str], timeout: float) -> bool | None:
    """Does the Graph Store have the graph at ``url``?  ``None`` when it does not say."""
    request = urllib.request.Request(url, method="HEAD", headers=headers)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return 200 <= response.status < 300
    except urllib.error.HTTPError as err:
        err.close()
        return False if err.code == HTTPStatus.NOT_FOUND else None
    except (OSError, http.client.HTTPException):
        return None


# ---------------------------------------------------------------- small parts


def _content_type_for(path: Path) -> str:
    ctype = CONTENT_TYPES.get(path.suffix.lower())
    if ctype is None:
        raise PushError(f"{path}: cannot tell the RDF format from the suffix {path.suffix!r}; "
                        f"push one of {', '.join(CONTENT_TYPES)}")
    return ctype


def _check_iri(iri: str) -> None:
    if not _IRI_SCHEME.match(iri) or _IRI_FORBIDDEN.search(iri):
        raise PushError(f"graph IRI {iri!r} is not an absolute IRI (like {DEFAULT_GRAPH_IRI}); "
                        "it needs a scheme and no spaces, quotes or <>{}|^`\\")


def _split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without ``user:password@``, and those credentials (percent-decoded)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), (unquote(user), unquote(password))


def _redact(url: str) -> str:
    return _split_credentials(url)[0]


def _auth_header(auth: tuple[str, str] | None) -> dict[str, str]:
    if auth is None:
        return {}
    user, password = auth
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme.lower(), pa.hostname, pa.port) == (pb.scheme.lower(), pb.hostname, pb.port)


def _first_line(data: bytes) -> str:
    """The first non-blank line of an answer, cut to a readable length."""
    for line in data.decode("utf-8", "replace").splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= _LINE_MAX else line[: _LINE_MAX - 1] + "…"
    return ""


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""

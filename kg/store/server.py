"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store, and the HTML graph beside it.

Routes
------
``/sparql``
    The SPARQL 1.1 Protocol: ``GET ?query=…``, ``POST`` a form (``query=…``) or a body of
    type ``application/sparql-query``.  The answer's type follows the ``Accept`` header
    (or a ``format=`` parameter): ``application/sparql-results+json`` (the default),
    ``application/sparql-results+xml``, ``text/csv``, ``text/tab-separated-values`` for
    ``SELECT``/``ASK``; ``text/turtle`` (the default) or ``application/n-triples`` for
    ``CONSTRUCT``/``DESCRIBE``.
``/queries/NAME?var=value&_page=N&_size=S``
    A shipped query (``queries/NAME.rq``) run by name, its ``--bind`` variables given as
    URL parameters (canned queries, as in datasette: SPARQL over HTTP cannot bind).  One page
    of it (``_page`` from 1, ``_size`` things a page, default ``page_size``); a ``Link: <…>;
    rel="next"`` header points to the next page when there is one.  Formats as for
    ``/sparql`` (``Accept``, or ``_format=csv``).  Parameters starting with ``_`` are kg's;
    any other must be a variable the query documents; an empty one leaves it unbound.
``/queries/``
    The shipped queries as JSON (name, title, description, variables, example, pages), or
    for a browser a page with a form for each (``kg/store/templates/queries.html``).
``/`` and ``/graph.html``
    The interactive graph the build wrote (``out/graph.html``).

What it refuses, and how
------------------------
=============================================  ======================================
request                                        answer
=============================================  ======================================
SPARQL Update (``update=``, ``INSERT`` …),     403, the reason in the body
``LOAD``, ``SERVICE`` (any host)
malformed query                                400 with the parser's message
no query, bad parameters, bad encoding,        400
unknown variable for a canned query
body over ``max_body`` bytes                   413
unsupported ``Content-Type`` / ``Accept``      415 / 406
unknown canned query                           404
another method                                 405
query running past ``time_limit``              503; the worker running it is killed
=============================================  ======================================

A result longer than ``row_limit`` rows is cut there, and the response carries the header
``KG-Truncated: <row limit>`` (the CSV/JSON body itself stays standard).  A canned query
gets the same read-only check, time limit and row limit.  No error answer carries a traceback.

How the time limit works
------------------------
pyoxigraph cannot cancel a running query, so a query that runs too long can only be
stopped by ending the process that runs it.  :class:`QueryPool` keeps ``workers``
processes, each with the store open read-only; a request takes an idle worker, sends it
the query and waits ``time_limit`` seconds.  A worker that has not answered by then is
killed and replaced.  The round trip costs well under a millisecond more than running in
the server's own process (``benchmarks/bench_queries.py`` measures it), where starting a
fresh process per query would cost a few hundred.

Settings (:data:`SETTINGS`, shown by ``kg serve --help``) bind to 127.0.0.1 unless ``--host``
says otherwise: the endpoint has no authentication, so it is not offered to the network by
default.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, fields, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kg.errors import QueryError

__all__ = [
    "Setting",
    "SETTINGS",
    "Settings",
    "QueryPool",
    "QueryTimeout",
    "PoolBusy",
    "negotiate",
    "make_server",
    "serve",
    "get",
]


@dataclass(frozen=True)
class Setting:
    """One server setting: its name, default value and help text."""

    name: str
    default: Any
    help: str


#: The server's settings (like ``SETTINGS`` in datasette/app.py); ``kg serve --setting NAME VALUE``.
SETTINGS: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "Interface to listen on. 127.0.0.1 keeps the endpoint to this machine: "
            "it has no authentication. Use 0.0.0.0 only on a trusted network."),
    Setting("port", 8001, "Port to listen on (0: any free port)."),
    Setting("time_limit", 10.0, "Seconds a query may run before it is stopped and answered with 503."),
    Setting("row_limit", 10_000, "Most rows (or triples) returned; a longer result is cut and flagged "
            "with the KG-Truncated header."),
    Setting("page_size", 20, "Things (entities, edges …) a page of a canned query holds when the request has no _size."),
    Setting("workers", 2, "Query worker processes (queries that can run at once)."),
    Setting("max_body", 1_000_000, "Largest POST body accepted, in bytes (413 above)."),
)


@dataclass(frozen=True)
class Settings:
    """The values of :data:`SETTINGS` (defaults unless given)."""

    host: str = "127.0.0.1"
    port: int = 8001
    time_limit: float = 10.0
    row_limit: int = 10_000
    page_size: int = 20
    workers: int = 2
    max_body: int = 1_000_000

    @classmethod
    def from_pairs(cls, pairs: dict[str, Any] | None = None, **kwargs: Any) -> "Settings":
        """Settings from ``{name: value}`` (strings converted to the default's type).

        Raises
        ------
        QueryError
            For an unknown name or a value of the wrong kind, naming the valid ones.
        """
        values = dict(pairs or {})
        values.update({k: v for k, v in kwargs.items() if v is not None})
        known = {s.name: s for s in SETTINGS}
        out: dict[str, Any] = {}
        for name, value in values.items():
            if value is None:
                continue
            if name not in known:
                raise QueryError(f"unknown setting {name!r}; valid: {', '.join(known)}")
            kind = type(known[name].default)
            try:
                out[name] = kind(value)
            except (TypeError, ValueError) as err:
                raise QueryError(f"setting {name}: {value!r} is not a {kind.__name__}") from err
            if kind in (int, float) and out[name] < 0:
                raise QueryError(f"setting {name}: must not be negative, got {value!r}")
        for name in ("workers", "page_size"):
            if out.get(name, 1) < 1:
                raise QueryError(f"setting {name}: at least 1")
        return replace(cls(), **out)


assert [f.name for f in fields(Settings)] == [s.name for s in SETTINGS]
assert all(getattr(Settings(), s.name) == s.default for s in SETTINGS)


# ---------------------------------------------------------------- content negotiation

_SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
_FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                 "ntriples": "ntriples", "nt": "ntriples"}


def negotiate(accept: str | None, kind: str, format_param: str | None = None) -> str | None:
    """The output format for a result of ``kind`` (``select``/``ask``/``graph``), or None (406).

    ``format_param`` (``?format=csv``) wins over ``Accept``; no ``Accept`` (or ``*/*``) gives
    JSON for ``SELECT``/``ASK`` and Turtle for ``CONSTRUCT``/``DESCRIBE``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("application/sparql-results+json", "graph") is None
    True
    >>> negotiate(None, "graph")
    'turtle'
    """
    table = _GRAPH_TYPES if kind == "graph" else _SELECT_TYPES
    default = "turtle" if kind == "graph" else "json"
    if format_param:
        fmt = _FORMAT_PARAM.get(format_param.lower())
        return fmt if fmt in table.values() else None
    if not accept or not accept.strip():
        return default
    choices: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        media = media.lower()
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in table:
            fmt = table[media]
        elif media in ("*/*", "*") or (media.endswith("/*") and default_media(default).startswith(media[:-1])):
            fmt = default
        else:
            continue
        choices.append((-q, order, fmt))
    return min(choices)[2] if choices else None


def default_media(fmt: str) -> str:
    """The media type kg answers ``fmt`` with."""
    from kg.store.query import MEDIA_TYPES

    return MEDIA_TYPES[fmt]


# ---------------------------------------------------------------- worker processes


class QueryTimeout(QueryError):
    """A query ran past the time limit and its worker was stopped."""


class PoolBusy(QueryError):
    """No worker became free within the time limit."""


def _worker_main(requests, answers, store_dir: str) -> None:
    """Body of a worker process: open the store read-only, answer requests until EOF.

    A request (read from ``requests``) is ``(query, accept, format_param, row_limit,
    bindings, page)`` (``page``: ``(number, size)`` or None); the answer (written to
    ``answers``) is ``("ok", media_type, body, truncated_at, has_next)`` or ``("error",
    status, message)``.  The store is reopened when its folder was replaced (a new
    ``kg build``).
    """
    from kg.store.local import open_store
    from kg.store.paging import Page
    from kg.store.query import MEDIA_TYPES, ForbiddenQuery, format_result, run_query

    def identity() -> tuple[int, int]:
        st = os.stat(store_dir)
        return st.st_ino, st.st_dev

    store, seen = None, None
    while True:
        try:
            query, accept, format_param, row_limit, bindings, page = requests.recv()
        except (EOFError, OSError):
            return
        try:
            now = identity()
            if store is None or now != seen:
                store, seen = open_store(store_dir), now
            result = run_query(store, query, bindings, row_limit=row_limit, page=Page(*page) if page else None)
            fmt = negotiate(accept, result.kind, format_param)
            if fmt is None:
                wanted = "text/turtle, application/n-triples" if result.kind == "graph" else \
                    "application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values"
                answer = ("error", 406, f"cannot answer {accept or format_param!r} for this query; available: {wanted}")
            else:
                body = format_result(result, fmt).encode("utf-8")
                answer = ("ok", MEDIA_TYPES[fmt], body, result.row_limit if result.truncated else None,
                          result.has_next)
        except ForbiddenQuery as err:
            answer = ("error", 403, str(err))
        except QueryError as err:
            answer = ("error", 400, str(err))
        except Exception as err:  # noqa: BLE001 - the worker must answer, never die silently
            answer = ("error", 500, f"internal error: {type(err).__name__}: {err}")
        try:
            answers.send(answer)
        except OSError:
            return


def _worker_entry(argv: list[str]) -> None:
    """Entry point of a worker process: ``STORE_DIR REQUEST_FD ANSWER_FD``."""
    from multiprocessing.connection import Connection

    store_dir, request_fd, answer_fd = argv
    _worker_main(Connection(int(request_fd), writable=False), Connection(int(answer_fd), readable=False), store_dir)


class _Worker:
    """One worker process (a fresh interpreter, see :func:`_worker_entry`) and two pipes to it.

    A plain subprocess rather than :mod:`multiprocessing`'s spawn, which re-imports the
    caller's main module and so depends on how kg was started.
    """

    def __init__(self, store_dir: str) -> None:
        from multiprocessing.connection import Connection

        req_r, req_w = os.pipe()
        ans_r, ans_w = os.pipe()
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        code = "import sys; from kg.store.server import _worker_entry; _worker_entry(sys.argv[1:])"
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code, store_dir, str(req_r), str(ans_w)],
                pass_fds=(req_r, ans_w), stdin=subprocess.DEVNULL, env=env,
            )
        finally:
            os.close(req_r)
            os.close(ans_w)
        self.requests = Connection(req_w, readable=False)
        self.answers = Connection(ans_r, writable=False)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.requests.close()
        self.answers.close()


class QueryPool:
    """Worker processes that run queries under a time limit (see the module docstring).

    Parameters
    ----------
    store_dir
        The store folder (``out/store``).
    workers
        How many processes; at most that many queries run at once.
    time_limit
        Seconds a query may take; also how long a request waits for a free worker.
    """

    def __init__(self, store_dir: str | os.PathLike, workers: int = 2, time_limit: float = 10.0) -> None:
        self.store_dir = str(store_dir)
        self.time_limit = time_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(workers):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.store_dir)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def run(self, query: str, accept: str | None = None, format_param: str | None = None,
            row_limit: int | None = None, bindings: dict[str, str] | None = None,
            page: tuple[int, int] | None = None) -> tuple:
        """Run one query in a worker (``bindings`` bound as ``"value"@zh``, ``page`` as
        ``(number, size)``); the worker's answer tuple (see :func:`_worker_main`).

        Raises
        ------
        PoolBusy
            When no worker is free within the time limit.
        QueryTimeout
            When the query runs past the time limit (its worker is killed and replaced).
        """
        if self._closed:
            raise PoolBusy("the server is shutting down")
        try:
            worker = self._idle.get(timeout=self.time_limit)
        except queue.Empty:
            raise PoolBusy(f"every query worker stayed busy for {self.time_limit:g} s; try again") from None
        try:
            worker.requests.send((query, accept, format_param, row_limit, dict(bindings or {}), page))
            if worker.answers.poll(self.time_limit):
                answer = worker.answers.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            pass  # the worker died (out of memory, killed): replace it below
        else:
            self._replace(worker)
            raise QueryTimeout(f"query stopped: it ran past the time limit of {self.time_limit:g} s")
        self._replace(worker)
        raise QueryError("the query worker died while running the query")

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        if not self._closed:
            self._add()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()

    def __enter__(self) -> "QueryPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ---------------------------------------------------------------- HTTP

_INDEX = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title></head>
<body>
<h1>kg SPARQL endpoint</h1>
<p><a href="/graph.html">The graph</a> · SPARQL 1.1 Protocol at <code>/sparql</code> (read-only) ·
<a href="/queries/">the shipped queries</a>, by name: <code>/queries/leaders?bodyName=区住建局</code></p>
<form action="/sparql" method="get">
<textarea name="query" rows="8" cols="80">SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 20</textarea><br>
<select name="format"><option>json</option><option>csv</option><option>tsv</option><option>xml</option></select>
<button type="submit">Run</button>
</form>
</body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    """Answers one request; the server holds ``settings``, ``pool`` and ``outdir``."""

    server_version = "kg-sparql/1.0"
    protocol_version = "HTTP/1.1"
    server: "_Server"

    # -- plumbing

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.server.quiet:
            sys.stderr.write("kg serve: %s - %s\n" % (self.address_string(), format % args))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # the base class answers an unknown method with 501; a method we do not offer is 405
        if code == 501:
            code, message = 405, f"method {self.command} not allowed; use GET or POST"
        # an unparseable request line leaves the version at HTTP/0.9, which has no status
        # line; answer as HTTP/1.0 so that the client sees the 4xx
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"
        self._reply(code, (message or "error") + "\n")

    def _reply(self, status: int, body: str | bytes, content_type: str = "text/plain; charset=utf-8",
               headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if status >= 400:
            self.send_header("Connection", "close")
            self.close_connection = True
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    # -- methods

    def do_GET(self) -> None:  # noqa: N802 - the base class's naming
        self._guard(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._guard(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._guard(self._post)

    def _not_allowed(self) -> None:
        self._reply(405, f"method {self.command} not allowed; use GET or POST\n", headers={"Allow": "GET, POST"})

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed  # noqa: N815

    def _guard(self, action) -> None:
        try:
            action()
        except _HttpError as err:
            self._reply(err.status, err.message + "\n", headers=err.headers)
        except Exception as err:  # noqa: BLE001 - a request must never get a traceback
            sys.stderr.write(f"kg serve: internal error on {self.command} {self.path[:200]!r}: "
                             f"{type(err).__name__}: {err}\n")
            self._reply(500, "internal error\n")

    # -- routes

    def _get(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._reply(200, _INDEX, "text/html; charset=utf-8")
        elif url.path == "/graph.html":
            page = Path(self.server.outdir) / "graph.html"
            if not page.is_file():
                raise _HttpError(404, f"no graph.html in {self.server.outdir}; run `kg build` with --html")
            self._reply(200, page.read_bytes(), "text/html; charset=utf-8")
        elif url.path == "/sparql":
            params = _parse_params(url.query)
            self._sparql(params)
        elif url.path in ("/queries", "/queries/"):
            self._list_queries(_parse_params(url.query))
        elif url.path.startswith("/queries/"):
            try:
                name = urllib.parse.unquote(url.path[len("/queries/"):], errors="strict")
            except UnicodeDecodeError:
                raise _HttpError(400, "the query name is not valid UTF-8") from None
            self._canned(name, _parse_params(url.query))
        else:
            raise _HttpError(404, f"not found: {url.path[:200]}; try /sparql, /queries/ or /graph.html")

    def _post(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            raise _HttpError(404, f"not found: {url.path[:200]}; POST queries to /sparql")
        body = self._read_body()
        ctype, charset = _content_type(self.headers.get("Content-Type"))
        params = _parse_params(url.query)
        if ctype == "application/sparql-update":
            raise _HttpError(403, "SPARQL Update is refused: this endpoint is read-only")
        if ctype == "application/x-www-form-urlencoded":
            try:
                text = body.decode("ascii")
            except UnicodeDecodeError:
                raise _HttpError(400, "a form body must be percent-encoded ASCII") from None
            form = _parse_params(text)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            if "query" in params:
                raise _HttpError(400, "give the query either in the body or as ?query=, not both")
            try:
                params["query"] = [body.decode(charset or "utf-8")]
            except (UnicodeDecodeError, LookupError):
                raise _HttpError(400, f"the query body is not valid {charset or 'utf-8'}") from None
        else:
            raise _HttpError(415, f"unsupported Content-Type {ctype!r}; use application/sparql-query "
                                  "or application/x-www-form-urlencoded")
        self._sparql(params)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _HttpError(411, "send a Content-Length (chunked bodies are not accepted)")
        length = self.headers.get("Content-Length")
        if length is None:
            raise _HttpError(411, "a POST needs a Content-Length")
        try:
            size = int(length)
        except ValueError:
            raise _HttpError(400, f"bad Content-Length {length[:40]!r}") from None
        if size < 0:
            raise _HttpError(400, f"bad Content-Length {length[:40]!r}")
        if size > self.server.settings.max_body:
            raise _HttpError(413, f"body of {size} bytes is over the limit of {self.server.settings.max_body}")
        return self.rfile.read(size)

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            raise _HttpError(403, "SPARQL Update is refused: this endpoint is read-only")
        for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
            if params.get(name):
                raise _HttpError(400, f"{name} is not supported: the store has one default graph")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise _HttpError(400, "give exactly one non-empty query parameter (SPARQL 1.1 Protocol)")
        formats = params.get("format", [])
        self._run(queries[0], formats[0] if formats else None)

    def _run(self, query: str, format_param: str | None, bindings: dict[str, str] | None = None,
             page: tuple[int, int] | None = None, next_url=None) -> None:
        """Run ``query`` in a worker under the time and row limits and send its answer
        (``next_url(page_number)`` makes the ``Link: rel="next"`` of a paged answer)."""
        accept = self.headers.get("Accept")
        settings = self.server.settings
        try:
            answer = self.server.pool.run(query, accept, format_param, settings.row_limit, bindings, page)
        except QueryTimeout as err:
            raise _HttpError(503, str(err)) from None
        except PoolBusy as err:
            raise _HttpError(503, str(err), {"Retry-After": "1"}) from None
        except QueryError as err:
            raise _HttpError(500, str(err)) from None
        if answer[0] == "error":
            raise _HttpError(answer[1], answer[2])
        _, media_type, body, truncated_at, has_next = answer
        headers = {"Cache-Control": "no-store"}
        if truncated_at is not None:
            headers["KG-Truncated"] = str(truncated_at)
            headers["Warning"] = f'199 kg "result cut at the row limit of {truncated_at}"'
        if page is not None:
            headers["KG-Page"] = f"{page[0]}"
            headers["KG-Page-Size"] = f"{page[1]}"
            if has_next and next_url is not None:
                headers["Link"] = f'<{next_url(page[0] + 1)}>; rel="next"'
        self._reply(200, body, media_type, headers)

    def _list_queries(self, params: dict[str, list[str]]) -> None:
        """``/queries/``: JSON, or for a browser (``Accept: text/html``) a page with a form per query."""
        import json

        from kg.store.canned import shipped_queries

        listing = [q.as_json() for q in shipped_queries().values()]
        wanted = (params.get("_format") or [""])[0].lower()
        if wanted not in ("", "json", "html"):
            raise _HttpError(406, f"_format {wanted[:20]!r}: /queries/ is json or html")
        if wanted == "html" or (not wanted and "text/html" in (self.headers.get("Accept") or "")):
            from jinja2 import Environment, PackageLoader

            env = Environment(loader=PackageLoader("kg.store", "templates"), autoescape=True)
            page = env.get_template("queries.html").render(queries=listing)
            self._reply(200, page, "text/html; charset=utf-8", {"Cache-Control": "no-store"})
            return
        self._reply(200, json.dumps({"queries": listing}, ensure_ascii=False, indent=1) + "\n",
                    "application/json", {"Cache-Control": "no-store"})

    def _canned(self, name: str, params: dict[str, list[str]]) -> None:
        """``/queries/NAME``: a shipped query, its variables bound from the URL, one page."""
        from kg.store.canned import canned_query

        try:
            query = canned_query(name)
        except QueryError as err:
            raise _HttpError(404, str(err)) from None
        for key, values in params.items():
            if len(values) > 1:
                raise _HttpError(400, f"parameter {key[:40]!r} given {len(values)} times; give it once")
        reserved = {"_page", "_size", "_format"}
        unknown = sorted(k for k in params if k not in reserved and k not in query.variables)
        if unknown:
            valid = ", ".join([*query.variables, *sorted(reserved)])
            raise _HttpError(400, f"/queries/{name} has no parameter {unknown[0][:40]!r}; valid: {valid}")
        # an empty value (a form's empty field) leaves its variable unbound: no name is empty
        bindings = {k: v[0] for k, v in params.items() if k in query.variables and v[0] != ""}
        settings = self.server.settings
        number = _whole_number(params, "_page", 1, None)
        size = _whole_number(params, "_size", settings.page_size, settings.row_limit)

        def next_url(page_number: int) -> str:
            following = {**{k: v[0] for k, v in params.items()}, "_page": str(page_number)}
            return f"/queries/{urllib.parse.quote(name)}?{urllib.parse.urlencode(following)}"

        formats = params.get("_format", [])
        self._run(query.text, formats[0] if formats else None, bindings, (number, size), next_url)


def _whole_number(params: dict[str, list[str]], name: str, default: int, most: int | None) -> int:
    """The parameter ``name`` as a whole number from 1 (at most ``most``), or ``default``."""
    values = params.get(name)
    if not values:
        return default
    text = values[0]
    if not text.isdecimal() or not 1 <= int(text) <= (most or int(text)):
        limit = f" to {most}" if most else ""
        raise _HttpError(400, f"{name} must be a whole number from 1{limit}, got {text[:40]!r}")
    return int(text)


class _HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def _parse_params(query_string: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(query_string, keep_blank_values=True, errors="strict", max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as err:
        raise _HttpError(400, f"malformed parameters: {err}") from None


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, *params = [p.strip() for p in header.split(";")]
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media.lower(), charset


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, outdir: Path, settings: Settings, pool: QueryPool, quiet: bool) -> None:
        self.outdir, self.settings, self.pool, self.quiet = outdir, settings, pool, quiet
        super().__init__(address, _Handler)


def make_server(outdir: str | os.PathLike, settings: Settings | None = None, *, quiet: bool = False) -> _Server:
    """A ready (bound, not yet serving) endpoint over ``outdir``'s store; call ``serve_forever``.

    Close it with ``server.shutdown(); server.server_close(); server.pool.close()``.

    Raises
    ------
    QueryError
        If there is no store in ``outdir``, it cannot be opened, or the address cannot be bound.
    """
    from kg.store.local import open_store, store_path

    settings = settings or Settings()
    outdir = Path(outdir)
    store_dir = store_path(outdir)
    open_store(store_dir)  # opened and dropped at once: a damaged store is refused here, not with a 4xx per query
    if store_dir == outdir:  # given the store folder itself: graph.html is beside it
        outdir = outdir.parent
    pool = QueryPool(store_dir, settings.workers, settings.time_limit)
    try:
        return _Server((settings.host, settings.port), outdir, settings, pool, quiet)
    except OSError as err:
        pool.close()
        raise QueryError(f"cannot listen on {settings.host}:{settings.port}: {err.strerror or err}") from err


def serve(outdir: str | os.PathLike, host: str | None = None, port: int | None = None,
          settings: Settings | None = None, *, quiet: bool = False, ready=None) -> None:
    """Serve ``outdir`` until interrupted (Ctrl-C).

    ``host``/``port`` override ``settings``; ``ready(url)`` is called once listening.
    """
    settings = replace(settings or Settings(), **{k: v for k, v in (("host", host), ("port", port)) if v is not None})
    server = make_server(outdir, settings, quiet=quiet)
    host_, port_ = server.server_address[:2]
    url = f"http://{host_}:{port_}/"
    (ready or (lambda u: print(f"kg serve: SPARQL endpoint {u}sparql, graph {u}graph.html (Ctrl-C stops)",
                               file=sys.stderr)))(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()


def get(outdir: str | os.PathLike, path: str, settings: Settings | None = None, *,
        accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Answer one ``GET path`` (``kg serve --get``): start the server on a free loopback port,
    request ``path`` with ``accept``, stop.  Returns ``(status, headers, body)``."""
    settings = replace(settings or Settings(), host="127.0.0.1", port=0, workers=1)
    server = make_server(outdir, settings, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        if not path.startswith("/"):
            path = "/" + path
        req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Accept": accept} if accept else {})
        try:
            with urllib.request.urlopen(req, timeout=settings.time_limit + 30) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()

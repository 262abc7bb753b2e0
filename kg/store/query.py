"""Ask the graph: run SPARQL on the store, with values bound safely, and format the answer.

:func:`run_query` is the one place a query runs, for ``kg query`` and for every request
``kg serve`` answers:

* the query must be read-only: SPARQL Update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``
  …) and ``SERVICE`` (federated query, which would make kg fetch from other hosts) are
  refused with :class:`ForbiddenQuery` before the engine sees them;
* values given by the user are *bound*, never pasted into the query text: each becomes an
  RDF literal ``"value"@zh`` handed to pyoxigraph's ``substitutions`` (SEP-0007), so a value
  full of quotes, braces, ``UNION`` or newlines is just a string that matches no name;
* results are cut at ``row_limit`` rows, and :attr:`QueryResult.truncated` says so.

**How bound names match.**  Every value is bound as ``"value"@zh``.  The query files in
``queries/`` compare by string value — ``FILTER(STR(?label) = STR(?name))`` — so they
match whether the data has the name with the ``@zh`` tag (labels, aliases) or without
(``dcterms:source``).  A variable that can be left unbound is written
``FILTER(!COALESCE(isLiteral(?name), false) || …)``: ``BOUND(?name)`` is not used because
pyoxigraph 0.5 reports a substituted variable as unbound inside ``BOUND``.  pyoxigraph also
requires a bound variable to be in the ``SELECT`` list, so every bindable variable is
projected (its column repeats the bound value).

Each query file opens with comments saying what it answers and which variables can be
bound (read by :func:`query_doc`)::

    # Projects funded by an agency …
    #
    # Bind (kg query --bind NAME=VALUE; all optional):
    #   ?name   the funder's label or any alias, e.g. 区住建局

Formats (:data:`FORMATS`): ``table`` (columns lined up by display width, so Chinese text
lines up), ``csv``, ``tsv`` and ``json`` (SPARQL 1.1 results), ``xml`` (SPARQL results
XML); for ``CONSTRUCT``/``DESCRIBE``, ``turtle`` and ``ntriples``.  All but ``table`` are
written by pyoxigraph.

>>> parse_bindings(["name=区住建局", 'x=a"}=b'])
{'name': '区住建局', 'x': 'a"}=b'}
>>> check_read_only('SELECT * WHERE { ?s ?p "INSERT DATA" }')
>>> check_read_only('DELETE WHERE { ?s ?p ?o }')
Traceback (most recent call last):
...
kg.store.query.ForbiddenQuery: SPARQL Update (DELETE) is refused: the store is read-only
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal as TypingLiteral

from kg.errors import QueryError
from kg.schema import MEDIA_TYPES as SCHEMA_MEDIA_TYPES, PREFIXES as SCHEMA_PREFIXES
from kg.store.paging import Page, has_marker, plan_page
from kg.store.sparql_text import keyword_at

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = [
    "PREFIXES",
    "FORMATS",
    "MEDIA_TYPES",
    "ForbiddenQuery",
    "QueryResult",
    "QueryDoc",
    "read_query",
    "query_doc",
    "parse_bindings",
    "check_read_only",
    "run_query",
    "format_result",
    "query_command_impl",
]

#: Prefixes every query may use without declaring them (:data:`kg.schema.PREFIXES`).
PREFIXES: dict[str, str] = SCHEMA_PREFIXES

#: Output formats of :func:`format_result`.
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")

#: Format name → media type (what ``kg serve`` answers with).
MEDIA_TYPES: dict[str, str] = {
    "table": "text/plain; charset=utf-8",
    "csv": SCHEMA_MEDIA_TYPES["csv"] + "; charset=utf-8",
    "tsv": SCHEMA_MEDIA_TYPES["tsv"] + "; charset=utf-8",
    "json": SCHEMA_MEDIA_TYPES["json"],
    "xml": SCHEMA_MEDIA_TYPES["xml"],
    "turtle": SCHEMA_MEDIA_TYPES["turtle"] + "; charset=utf-8",
    "ntriples": SCHEMA_MEDIA_TYPES["ntriples"],
}

# a SPARQL variable name; compiled on first use: its wide character class takes ~15 ms to
# compile, a tenth of `kg query`'s start-up, and only --bind needs it
_VARNAME_PATTERN = r"[A-Za-z_\u00C0-\uFFFF][\w\u00B7\u0300-\u036F\u203F-\u2040]*"

ResultKind = TypingLiteral["select", "ask", "graph"]


class ForbiddenQuery(QueryError):
    """A query kg refuses to run: SPARQL Update, ``LOAD``, ``SERVICE`` (HTTP 403 from ``kg serve``)."""


@dataclass
class QueryResult:
    """The answer to one query.

    ``kind`` is ``"select"`` (``variables`` and ``rows``: tuples of pyoxigraph terms, None
    where unbound), ``"ask"`` (``boolean``) or ``"graph"`` (``CONSTRUCT``/``DESCRIBE``:
    ``triples``).  ``truncated`` is True when more rows (or triples) existed than
    ``row_limit`` allowed.  A paged run (``page``) says whether a next page exists
    (``has_next``) and what a page counts (``page_unit``: ``"rows"``, or ``"things"`` for a
    query with a ``# kg:page`` line: see :mod:`kg.store.paging`).
    """

    kind: ResultKind
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)
    truncated: bool = False
    row_limit: int | None = None
    page: Page | None = None
    has_next: bool = False
    page_unit: str = "rows"

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def values(self) -> list[dict[str, str]]:
        """Rows as ``{variable: plain string}`` (IRIs and literals as their text, unbound left out)."""
        return [
            {v: _plain(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows
        ]


@dataclass(frozen=True)
class QueryDoc:
    """What a query file says about itself: its first comment line, its bindable variables and
    what one of its pages holds (``"20 edges"``, from a ``# Pages: 20 edges a page`` line)."""

    summary: str
    bindings: dict[str, str]
    text: str
    pages: str | None = None


# ---------------------------------------------------------------- reading queries


def read_query(query: str | os.PathLike) -> str:
    """The SPARQL text of ``query``: a ``.rq`` file's content, or ``query`` itself.

    A value naming an existing file is read; a value ending in ``.rq`` that names no file
    is an error (a mistyped path should not run as SPARQL).

    Raises
    ------
    QueryError
        For a missing or unreadable ``.rq`` file, or an empty query.
    """
    text = os.fspath(query)
    if "\n" not in text and len(text) < 4096:
        path = Path(text)
        try:
            is_file = path.is_file()
        except OSError:
            is_file = False
        if is_file:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise QueryError(f"{path}: cannot read the query file: {err}") from err
        elif path.suffix == ".rq":
            raise QueryError(f"{path}: no such query file")
    if not text.strip():
        raise QueryError("the query is empty")
    return text


def query_doc(text: str) -> QueryDoc:
    """Read the opening comments of a query: the first line, and the ``Bind`` section.

    >>> doc = query_doc("# Projects.\\n#\\n# Bind:\\n#   ?name  a funder's name\\nSELECT ?name {}")
    >>> doc.summary, doc.bindings
    ('Projects.', {'name': "a funder's name"})
    """
    summary, bindings, in_bind, pages = "", {}, False, None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped[1:].strip()
        if not summary and body:
            summary = body
        if body.lower().startswith("bind"):
            in_bind = True
            continue
        pages_line = re.match(r"Pages:\s*(\d+\s+.+?)\s+a page\b", body)
        if pages_line:
            pages = pages_line.group(1)
        m = re.match(r"[?$](\w+)\s+(.*)", body)
        if in_bind and m:
            bindings[m.group(1)] = m.group(2).strip()
        elif in_bind and bindings and body and not body.startswith("?"):
            last = next(reversed(bindings))
            bindings[last] += " " + body  # a continued description
        elif in_bind and not body:
            in_bind = False
    return QueryDoc(summary=summary, bindings=bindings, text=text, pages=pages)


def parse_bindings(items: Iterable[str] | Mapping[str, str]) -> dict[str, str]:
    """``["name=value", …]`` (the ``--bind`` options) as ``{name: value}``.

    The value is everything after the first ``=``, kept exactly (quotes, braces, newlines
    and all).  A leading ``?`` or ``$`` on the name is dropped.

    Raises
    ------
    QueryError
        For an item without ``=`` or a name that is not a SPARQL variable name.
    """
    pairs = items.items() if isinstance(items, Mapping) else (_split_binding(i) for i in items)
    out: dict[str, str] = {}
    for name, value in pairs:
        name = name.strip().lstrip("?$")
        if not re.fullmatch(_VARNAME_PATTERN, name):
            raise QueryError(f"--bind {name!r}: not a SPARQL variable name (letters, digits, _)")
        out[name] = value
    return out


def _split_binding(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep:
        raise QueryError(f"--bind {item!r}: expected NAME=VALUE, e.g. --bind name=区住建局")
    return name, value


# ---------------------------------------------------------------- read-only check

_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")


def check_read_only(query: str) -> None:
    """Refuse SPARQL Update and ``SERVICE``.

    Looks for the keywords outside strings, IRIs and comments, so a query that merely
    mentions ``"INSERT"`` in a literal runs.  Errs on the side of refusing: any bare
    ``SERVICE`` is refused, whatever host it names, since the endpoint must not make kg
    fetch from elsewhere.

    Raises
    ------
    ForbiddenQuery
        Naming the keyword found.
    """
    word = keyword_at(query, (*_UPDATE_WORDS, "SERVICE"))
    if word is None:
        return
    if word == "SERVICE":
        raise ForbiddenQuery("SERVICE (federated query) is refused: kg does not query other hosts")
    raise ForbiddenQuery(f"SPARQL Update ({word}) is refused: the store is read-only")


# ---------------------------------------------------------------- running


def run_query(
    store_or_dir: pyoxigraph.Store | str | os.PathLike,
    query_text: str,
    bindings: Mapping[str, str] | None = None,
    *,
    row_limit: int | None = None,
    page: Page | None = None,
) -> QueryResult:
    """Run ``query_text`` on the store with ``bindings`` bound as ``"value"@zh`` literals.

    Parameters
    ----------
    store_or_dir
        An open :class:`pyoxigraph.Store`, or a build output folder / store folder
        (opened read-only with :func:`kg.store.local.open_store`).
    query_text
        SPARQL 1.1 ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.  The prefixes of
        :data:`PREFIXES` need not be declared.
    bindings
        ``{variable name: value}``; each variable must be in the query's ``SELECT`` list.
    row_limit
        Keep at most this many rows (or triples); ``truncated`` tells if more existed.
    page
        Answer only this page of a ``SELECT`` (:func:`kg.store.paging.plan_page`: a query's
        ``# kg:page`` line says where the slice goes); ``has_next`` says whether more exist.

    Returns
    -------
    QueryResult

    Raises
    ------
    ForbiddenQuery
        For SPARQL Update or ``SERVICE``.
    QueryError
        For a syntax error (with the parser's message and position), a bound variable the
        query does not select, or an engine error.
    """
    import pyoxigraph as ox

    check_read_only(query_text)
    if isinstance(store_or_dir, (str, os.PathLike)):
        from kg.store.local import open_store

        store = open_store(store_or_dir)
    else:
        store = store_or_dir
    subs = {ox.Variable(k): ox.Literal(v, language="zh") for k, v in (bindings or {}).items()}
    plan = plan_page(query_text, page) if page is not None else None
    try:
        answer = store.query(plan.text if plan else query_text, prefixes=PREFIXES, substitutions=subs or None)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err}") from err
    except RuntimeError as err:
        message = str(err)
        if "does not contains variable" in message or "projection" in message:
            doc = query_doc(query_text)
            valid = ", ".join(f"?{b}" for b in doc.bindings) or "none documented"
            message += f" (variables this query lets you bind: {valid})"
        raise QueryError(f"cannot run the query: {message}") from err
    except (OSError, ValueError) as err:
        raise QueryError(f"cannot run the query: {err}") from err
    try:
        if plan is None or plan.size is None or not isinstance(answer, ox.QuerySolutions):
            return _collect(answer, row_limit)
        # a marked query's page is every row of `size` things; otherwise one row beyond the
        # page says that a next page exists
        result = _collect_page(answer, None, plan.skip, None if plan.probe else plan.size + 1)
        result.page, result.page_unit, result.row_limit = page, plan.unit, row_limit
        if plan.probe is not None:
            try:  # the marked sub-select alone; the whole query when a bound variable is not in it
                probe = store.query(plan.probe, prefixes=PREFIXES, substitutions=subs or None)
            except (SyntaxError, RuntimeError):
                probe = store.query(plan.probe_fallback, prefixes=PREFIXES, substitutions=subs or None)
            result.has_next = next(iter(probe), None) is not None
        elif len(result.rows) > plan.size:
            del result.rows[plan.size:]
            result.has_next = True
        if row_limit is not None and len(result.rows) > row_limit:
            del result.rows[row_limit:]
            result.truncated = True
        return result
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(f"the query failed while running: {err}") from err


def _collect(answer: Any, row_limit: int | None) -> QueryResult:
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer), row_limit=row_limit)
    if isinstance(answer, ox.QuerySolutions):
        return _collect_page(answer, row_limit, 0, None)
    triples, truncated = [], False
    for triple in answer:
        if row_limit is not None and len(triples) >= row_limit:
            truncated = True
            break
        triples.append(triple)
    return QueryResult(kind="graph", triples=triples, truncated=truncated, row_limit=row_limit)


def _collect_page(answer: Any, row_limit: int | None, skip: int, take: int | None) -> QueryResult:
    """The rows of ``answer`` after the first ``skip``, at most ``take`` of them, cut at ``row_limit``."""
    variables = [v.value for v in answer.variables]
    rows, truncated = [], False
    for n, solution in enumerate(answer):
        if n < skip:
            continue
        if take is not None and len(rows) >= take:
            break
        if row_limit is not None and len(rows) >= row_limit:
            truncated = True
            break
        rows.append(tuple(solution[i] for i in range(len(variables))))
    return QueryResult(kind="select", variables=variables, rows=rows, truncated=truncated, row_limit=row_limit)


# ---------------------------------------------------------------- formatting


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``result`` as text in format ``fmt`` (one of :data:`FORMATS`).

    ``SELECT`` results take ``table``, ``csv``, ``tsv``, ``json``, ``xml``; ``ASK`` the
    same (``true``/``false`` in the text formats); ``CONSTRUCT``/``DESCRIBE`` take
    ``turtle``, ``ntriples`` and ``table`` (subject, predicate, object).  A format that
    does not fit the kind of result is refused, naming the ones that do.

    Raises
    ------
    QueryError
        For an unknown format, or one that does not fit the kind of result.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if result.kind == "graph":
        if fmt == "table":
            return _table(["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in result.triples],
                          result)
        if fmt in ("turtle", "ntriples"):
            return _serialize_triples(result.triples, fmt)
        raise QueryError(f"format {fmt!r} is for SELECT/ASK results; for CONSTRUCT/DESCRIBE use table, turtle, ntriples")
    if fmt in ("turtle", "ntriples"):
        raise QueryError(f"format {fmt!r} is for CONSTRUCT/DESCRIBE; for SELECT/ASK use table, csv, tsv, json, xml")
    if fmt == "table":
        return _format_table(result)
    return _results(result, fmt)


def _plain(term: Any) -> str:
    """A term's text: an IRI, a literal's lexical form, ``_:id`` for a blank node."""
    import pyoxigraph as ox

    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _compact(term: Any) -> str:
    """A term for people: IRIs shortened with :data:`PREFIXES`, literals as their text."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    return _plain(term)


def _cell(text: str) -> str:
    """One line of printable text: line breaks shown as ⏎, other controls as U+FFFD."""
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", " ")
    return "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def _width(text: str) -> int:
    from wcwidth import wcswidth

    w = wcswidth(text)
    return w if w >= 0 else len(text)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]], result: QueryResult) -> str:
    cells = [[_cell(h) for h in header]] + [[_cell(_compact(t)) for t in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        padded = [c + " " * (w - _width(c)) for c, w in zip(row, widths)]
        lines.append("  ".join(padded).rstrip())
        if n == 0:
            lines.append("  ".join("─" * w for w in widths))
    noun = "row" if result.kind == "select" else "triple"
    count = len(rows)
    footer = f"{count} {noun}{'s' if count != 1 else ''}"
    if result.truncated:
        footer += f" (cut at the row limit of {result.row_limit}; more exist)"
    lines.append(footer)
    return "\n".join(lines) + "\n"


def _format_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    return _table(result.variables, result.rows, result)


def _results(result: QueryResult, fmt: str) -> str:
    """A ``SELECT`` or ``ASK`` result in SPARQL 1.1 results ``fmt`` (csv, tsv, json, xml), by pyoxigraph.

    pyoxigraph's writers take a :class:`pyoxigraph.QuerySolutions`, which only a query or
    :func:`pyoxigraph.parse_query_results` makes; the rows kept (cut at the row limit) are
    handed back to it as SPARQL TSV, where each term is its exact N-Triples form.
    """
    import pyoxigraph as ox

    if result.kind == "ask":
        answer = ox.parse_query_results('{"head":{},"boolean":%s}' % ("true" if result.boolean else "false"),
                                        format=ox.QueryResultsFormat.JSON)
    else:
        rows = result.rows if fmt != "xml" else [tuple(_xml_safe(t) for t in row) for row in result.rows]
        tsv = ["\t".join("?" + v for v in result.variables)]
        tsv += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        answer = ox.parse_query_results("\n".join(tsv) + "\n", format=ox.QueryResultsFormat.TSV)
    return answer.serialize(format=getattr(ox.QueryResultsFormat, fmt.upper())).decode("utf-8")


# XML 1.0 cannot carry most control characters at all, even escaped, and pyoxigraph writes
# them as they are: they are shown as U+FFFD in XML results
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(term: Any) -> Any:
    import pyoxigraph as ox

    if not isinstance(term, ox.Literal) or _NOT_XML.search(term.value) is None:
        return term
    text = _NOT_XML.sub("\ufffd", term.value)
    return ox.Literal(text, language=term.language) if term.language else ox.Literal(text, datatype=term.datatype)


def _serialize_triples(triples: list[Any], fmt: str) -> str:
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
    prefixes = PREFIXES if fmt == "turtle" else None
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes).decode("utf-8")


# ---------------------------------------------------------------- the CLI's work


def query_command_impl(
    query: str,
    binds: Iterable[str] = (),
    fmt: str = "table",
    outdir: str | os.PathLike = "out",
    *,
    row_limit: int | None = None,
    page: Page | None = None,
    whole: bool = False,
) -> tuple[str, QueryResult]:
    """What ``kg query`` does: read, bind, run on ``outdir``'s store, format.

    Parameters
    ----------
    query
        A ``.rq`` file or SPARQL text.
    binds
        ``NAME=VALUE`` strings (``--bind``).
    fmt
        One of :data:`FORMATS`; a ``CONSTRUCT`` asked for as ``table`` prints triples.
    outdir
        The build output folder (``out``) or a store folder.
    row_limit
        Cut the result after this many rows.
    page
        The page to answer (:class:`kg.store.paging.Page`).  By default a query with a
        ``# kg:page`` line (every shipped one) answers its first page, any other query all
        of its rows.
    whole
        Every row, even of a query with a ``# kg:page`` line.

    Returns
    -------
    tuple[str, QueryResult]
        The formatted text and the result (for the caller's notice when truncated).

    Raises
    ------
    QueryError
        Every problem, as one message.
    """
    text = read_query(query)
    bindings = parse_bindings(binds)
    if page is None and not whole and has_marker(text):
        page = Page()  # a query that pages by the things it lists answers one page unless told
    result = run_query(outdir, text, bindings, row_limit=row_limit, page=None if whole else page)
    return format_result(result, fmt), result

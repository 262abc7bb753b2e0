"""The shipped queries (``queries/*.rq``): found by name, described by their opening comments.

``kg query NAME`` and ``kg serve``'s ``/queries/NAME`` (canned queries, as in datasette) run
them; ``/queries/`` lists them.  The files live in the repository's ``queries/`` folder and
ship in the package as ``kg/data/queries`` (a link to it, like ``kg/data/ontology``), found in
this order:

1. the folder named by the environment variable ``KG_QUERIES_DIR``;
2. ``kg/data/queries/`` inside the installed package (a wheel install);
3. ``queries/`` beside the ``kg`` package (a source checkout).

Nothing is read at import.

>>> sorted(shipped_queries())[:2]
['articles_by_date', 'awards']
>>> doc = canned_query("leaders")
>>> sorted(doc.variables), doc.pages
(['bodyName', 'name'], '20 edges')
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError

__all__ = ["CannedQuery", "queries_dir", "shipped_queries", "canned_query", "is_query_name"]

_PACKAGE = Path(__file__).resolve().parents[1]  # the kg package
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class CannedQuery:
    """A shipped query and what its opening comments say about it.

    ``title`` is the first paragraph of comments; ``description`` the ``Answers:`` paragraph;
    ``variables`` the ``Bind`` section (``{name: what it is}``); ``example`` the command of
    the ``Example:`` line; ``pages`` what a page holds (``"20 edges"``, from ``Pages:``).
    """

    name: str
    path: Path
    text: str = field(repr=False)
    title: str
    description: str
    variables: dict[str, str]
    example: str | None
    pages: str | None

    def as_json(self) -> dict:
        """What ``/queries/`` says about this query."""
        return {"name": self.name, "title": self.title, "description": self.description,
                "variables": self.variables, "example": self.example, "pages": self.pages,
                "url": f"/queries/{self.name}"}


def queries_dir() -> Path:
    """The folder of the shipped ``.rq`` files (see the module docstring).

    Raises
    ------
    QueryError
        Naming every folder searched, when none holds a ``.rq`` file.
    """
    env = os.environ.get("KG_QUERIES_DIR")
    candidates = ([Path(env)] if env else []) + [_PACKAGE / "data" / "queries", _PACKAGE.parent / "queries"]
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.rq")):
            return folder
    raise QueryError(f"no shipped queries found; looked in: {', '.join(map(str, candidates))} "
                     "(set KG_QUERIES_DIR to the folder holding the .rq files)")


def shipped_queries() -> dict[str, CannedQuery]:
    """Every shipped query by name (the file name without ``.rq``), in name order."""
    return {path.stem: _describe(path) for path in sorted(queries_dir().glob("*.rq"))}


def canned_query(name: str) -> CannedQuery:
    """The shipped query ``name``.

    Raises
    ------
    QueryError
        For a name that is not one, listing the names that are.
    """
    path = queries_dir() / f"{name}.rq"
    if not _NAME.fullmatch(name) or not path.is_file():
        raise QueryError(f"no shipped query named {name!r}; shipped: {', '.join(shipped_queries())}")
    return _describe(path)


def is_query_name(text: str) -> bool:
    """Whether ``text`` looks like a query name (``leaders``) rather than a path or SPARQL."""
    return bool(_NAME.fullmatch(text))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _describe(path: Path) -> CannedQuery:
    from kg.store.query import query_doc

    text = path.read_text(encoding="utf-8")
    doc = query_doc(text)
    comments = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        comments.append(stripped[1:].strip() if stripped else "")
    answers, example, in_answers = [], None, False
    for body in comments:
        if body.startswith("Answers:"):
            in_answers, body = True, body[len("Answers:"):].strip()
        elif not body:
            in_answers = False
        if in_answers:
            answers.append(body)
        if body.startswith("Example:"):
            example = body[len("Example:"):].strip()
    title = " ".join(comments[:comments.index("")] if "" in comments else comments)
    return CannedQuery(name=path.stem, path=path, text=text, title=_squeeze(title), description=_squeeze(" ".join(answers)),
                       variables=dict(doc.bindings), example=example, pages=doc.pages)

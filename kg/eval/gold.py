"""``kg eval GOLD.json…``: the project scorer's report for the current graph.

The scorer (``../shared/tools/score.py``) is the judge of record, so kg runs *it* rather
than a re-implementation that could drift from it; the script is found beside the
project (or given with ``--scorer``) and loaded as a module.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path

from kg.errors import KgError

__all__ = ["find_scorer", "score_gold", "print_gold"]

_CANDIDATES = ("../shared/tools/score.py", "shared/tools/score.py")


def find_scorer(explicit: Path | None = None) -> Path:
    """The scorer script: ``explicit``, else ``../shared/tools/score.py`` from the
    working folder or from the project folder."""
    if explicit is not None:
        if not explicit.is_file():
            raise KgError(f"{explicit}: no such scorer script")
        return explicit
    project = Path(__file__).resolve().parents[2]
    for base in (Path.cwd(), project):
        for rel in _CANDIDATES:
            path = (base / rel).resolve()
            if path.is_file():
                return path
    raise KgError("scorer not found: looked for ../shared/tools/score.py; give it with --scorer PATH")


def score_gold(graph: Path, gold: Sequence[Path], *, scorer: Path | None = None, show: int = 10) -> dict:
    """The scorer's report (a dict) for ``graph`` against the ``gold`` files."""
    if not Path(graph).is_file():
        raise KgError(f"{graph}: no graph to score; run kg build first")
    path = find_scorer(scorer)
    for g in gold:  # the scorer would stop with a JSON traceback: name the file instead
        try:
            json.loads(Path(g).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise KgError(f"{g}: not a gold annotation file (JSON): {err}") from None
    spec = importlib.util.spec_from_file_location("kg_gold_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        report = module.score(str(graph), [str(g) for g in gold], show=show)
    except SyntaxError as err:  # rdflib's BadSyntax: the graph is not Turtle
        where = " ".join(str(err).strip().splitlines()[:2])
        raise KgError(f"{graph}: not a Turtle graph the scorer can read ({where})") from None
    return report | {"_printer": module.print_report}


def print_gold(report: dict, *, as_json: bool = False) -> None:
    """Print the report as the scorer does (table), or as JSON."""
    printer = report.pop("_printer")
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        printer(report)

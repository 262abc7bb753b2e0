"""One tree of errors; only the CLI turns them into a one-line message and an exit code."""

from __future__ import annotations

__all__ = [
    "KgError", "SourceError", "BuildError", "QueryError", "LockError", "OutputRefused", "PushError",
    "CacheCorrupt", "UnknownFormat",
]


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class SourceError(KgError):
    """An input file that cannot be used: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class BuildError(KgError):
    """The build as a whole failed (no file readable, validation crashed, output not writable)."""


class QueryError(KgError):
    """A SPARQL query that cannot run: bad syntax, unknown file, bad binding, no build yet."""


class LockError(KgError):
    """Another build holds the output folder."""


class OutputRefused(KgError):
    """An output folder kg must not write into (not its own, the current folder, an input)."""


class CacheCorrupt(KgError):
    """A cache entry that cannot be trusted (checksum, truncation); the message says why."""


class UnknownFormat(KgError, KeyError):
    """An export format nobody registered; names the valid ones (a ``KeyError`` too)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class PushError(KgError):
    """Pushing the graph to a SPARQL store failed: names the URL (never a password) and the problem."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status

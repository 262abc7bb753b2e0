"""The output folder: which folders kg may write, and how a build's files get there.

kg never deletes or overwrites a file it did not create.  So a build writes only into

* a folder that does not exist yet (kg makes it),
* an empty folder, or
* a folder kg made before: it holds the marker file ``.kg-build.json``, which lists the
  entries kg wrote there (``graph.ttl``, ``store`` …).

Anything else is refused before any work starts, with one line naming the folder and
what to do, as are the current folder, an input folder, a folder above an input and a
path that is a file.  Other entries of a kg folder (``show/`` pages that ``kg show``
wrote, a user's ``notes.txt``) are never touched.

A build writes its outputs into a staging folder *inside* the output folder
(``.kg-staging-…``), then moves each entry into place with :func:`os.replace`; the
marker, rewritten last, lists what is there.  Before the first move the staging folder
gets a journal of the entries to move, so a build killed half-way through the moves is
finished by the next one (each move is redone until the staging folder is empty); a build
killed before that leaves the previous output as it was, and its staging folder is
removed by the next build.  Two builds are kept apart by an advisory lock
(``flock``) on the output folder itself: no lock file is ever made, and the kernel drops
the lock when a process dies, however it dies.

Files are written 0666 and folders 0777, less the user's umask (0644 and 0755 with the
usual umask 022), so a colleague or a web server can read them.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.errors import LockError, OutputRefused

__all__ = [
    "MARKER", "KG_ENTRIES", "OutputFolder", "check_output", "is_kg_output", "atomic_write", "file_mode", "folder_mode",
]

#: The marker file of a folder kg made; JSON: ``{"kg": version, "entries": [...]}``.
MARKER = ".kg-build.json"
#: What a build may write into its output folder (a folder without a marker holding only
#: these, with ``build.json`` among them, was written by a kg from before the marker).
KG_ENTRIES = frozenset({
    "build.json", "graph.ttl", "graph.nt", "graph.jsonld", "graph.html", "entities.csv", "relations.csv",
    "investments.csv", "store", "cache", "text", "show",
})
_STAGING = ".kg-staging-"
_JOURNAL = ".kg-moves.json"


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode of a file kg writes: 0666 less the umask."""
    return 0o666 & ~_umask()


def folder_mode() -> int:
    """The mode of a folder kg makes: 0777 less the umask."""
    return 0o777 & ~_umask()


def is_kg_output(folder: Path) -> bool:
    """Whether ``folder`` is an output folder kg made (it has the marker, or is a legacy output)."""
    if (folder / MARKER).is_file():
        return True
    try:
        names = {p.name for p in folder.iterdir()}
    except OSError:
        return False
    staged = {n for n in names if n.startswith(_STAGING)}  # a first build under way, or killed
    return bool(staged or "build.json" in names) and names - staged <= KG_ENTRIES


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(outdir: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """Refuse an output folder kg must not write; return it resolved.

    Raises
    ------
    OutputRefused
        One line naming the folder, why, and what to do instead.

    >>> check_output(".")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.OutputRefused: output folder . is the current folder; ...
    """
    given = str(outdir)
    out = Path(outdir).resolve()
    if out == Path.cwd().resolve():
        raise OutputRefused(f"output folder {given} is the current folder; kg writes into a folder of its own: give -o out")
    for raw in inputs:
        source = Path(raw).resolve()
        if _inside(source, out):
            what = "is" if source == out else "holds"
            raise OutputRefused(f"output folder {given} {what} the input {raw}; give -o a folder outside the input, e.g. -o out")
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"output folder {given} is a file; give -o a new or empty folder")
    if out.is_dir() and any(out.iterdir()) and not is_kg_output(out):
        raise OutputRefused(
            f"output folder {given} is not empty and was not made by kg (no {MARKER}); "
            "give -o a new or empty folder, nothing in it was changed")
    return out


class OutputFolder:
    """A claimed output folder: locked, with a staging folder to write a build into.

    ::

        with OutputFolder(outdir) as folder:
            write everything into folder.staging
            folder.commit()              # move it all into place, rewrite the marker

    Leaving the block without :meth:`commit` (an error, Ctrl-C) removes the staging
    folder, and the output folder too when this build made it and nothing else is in it.
    """

    def __init__(self, outdir: str | Path) -> None:
        self.path = Path(outdir)
        self.staging: Path = self.path / "unset"
        self._fd: int | None = None
        self._made = False

    # -- claiming ------------------------------------------------------------------

    def __enter__(self) -> "OutputFolder":
        if not self.path.exists():
            self.path.mkdir(parents=True, mode=0o777)  # the umask applies
            self._made = True
        self._lock()
        try:
            self._recover()
            self.staging = self.path / f"{_STAGING}{os.getpid()}-{secrets.token_hex(4)}"
            self.staging.mkdir()
        except BaseException:
            # __exit__ will not run: tidy up here.  A Ctrl-C can land just after the folder
            # was made, before mkdir returns (a test polling for the folder sends it then)
            if self.staging.name.startswith(_STAGING):
                shutil.rmtree(self.staging, ignore_errors=True)
            if self._made:
                self._remove_if_empty()
            self._release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
            if self._made and exc_type is not None:
                self._remove_if_empty()
        finally:
            self._release()

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: a lock file inside kg's own folder
            from filelock import FileLock, Timeout

            self._filelock = FileLock(str(self.path / ".kg-build.lock"))
            try:
                self._filelock.acquire(timeout=0)
            except Timeout:
                raise LockError(f"{self.path}: another kg build is writing this folder; wait for it to finish") from None
            return
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise LockError(f"{self.path}: another kg build is writing this folder; wait for it to finish") from None

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None
        elif getattr(self, "_filelock", None) is not None:  # pragma: no cover
            self._filelock.release()
            Path(self._filelock.lock_file).unlink(missing_ok=True)

    def _remove_if_empty(self) -> None:
        try:
            self.path.rmdir()
        except OSError:
            pass  # something else is in it now: leave it

    # -- a build killed before it finished -----------------------------------------

    def _recover(self) -> None:
        """Finish the moves of a build killed while making them; drop a killed build's staging."""
        for staging in sorted(self.path.glob(f"{_STAGING}*")):
            journal = staging / _JOURNAL
            if journal.is_file():
                try:
                    plan = json.loads(journal.read_text(encoding="utf-8"))
                except ValueError:
                    plan = None
                if isinstance(plan, dict):
                    self._move_all(staging, plan.get("entries", []), plan.get("marker", {}), plan.get("stale", []))
            shutil.rmtree(staging, ignore_errors=True)

    # -- committing ----------------------------------------------------------------

    def previous_entries(self) -> set[str]:
        """The entries the last build wrote (from the marker; a legacy folder: what is there)."""
        try:
            data = json.loads((self.path / MARKER).read_text(encoding="utf-8"))
            return set(data.get("entries", []))
        except (OSError, ValueError, AttributeError):
            if is_kg_output(self.path):
                return {p.name for p in self.path.iterdir() if p.name in KG_ENTRIES}
            return set()

    def commit(self, *, keep: Sequence[str] = ("show",)) -> list[str]:
        """Move every entry of the staging folder into the output folder; return their names.

        Entries the previous build wrote and this one did not (``graph.html`` after a build
        ``--no-html``) are removed: they were kg's.  ``keep`` are kg entries a build never
        writes but other commands do (``show/``): left alone.
        """
        from kg import __version__

        entries = sorted(p.name for p in self.staging.iterdir() if p.name != _JOURNAL)
        _set_modes(self.staging, file_mode(), folder_mode())
        stale = sorted(self.previous_entries() - set(entries) - set(keep))
        marker = {"kg": __version__, "entries": entries}
        journal = self.staging / _JOURNAL
        journal.write_text(json.dumps({"entries": entries, "stale": stale, "marker": marker}), encoding="utf-8")
        self._move_all(self.staging, entries, marker, stale)
        return entries

    def _move_all(self, staging: Path, entries: Iterable[str], marker: dict, stale: Iterable[str] = ()) -> None:
        """Put each staged entry in place (a folder replaced by a rename, old one removed after)."""
        trash = staging / ".old"
        trash.mkdir(exist_ok=True)
        for name in entries:
            new, target = staging / name, self.path / name
            if not new.exists() and not new.is_symlink():
                continue  # moved already (a journal being replayed)
            both_files = new.is_file() and target.is_file() and not target.is_symlink()
            if not both_files and (target.exists() or target.is_symlink()):
                os.replace(target, trash / name)  # a folder cannot be renamed over a folder
            os.replace(new, target)  # a file over a file: atomic, readers see old or new
        for name in stale:
            target = self.path / name
            if target.is_dir() and not target.is_symlink():
                os.replace(target, trash / name)
            elif target.exists() or target.is_symlink():
                target.unlink()
        _write_marker(self.path / MARKER, marker)
        shutil.rmtree(trash, ignore_errors=True)


def atomic_write(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a part.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, and the
    file is renamed over ``path`` (:func:`os.replace`, atomic on POSIX and Windows); the
    folder is fsynced too where the platform allows.  On any error the temporary file is
    removed and ``path`` is untouched.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> atomic_write(p, b"hello").read_bytes()
    b'hello'
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, file_mode())  # mkstemp makes it 0600; give it the usual mode (0666 less the umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)
    return path


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible on Windows: skipped there)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_marker(path: Path, marker: dict) -> None:
    atomic_write(path, (json.dumps(marker, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))


def _set_modes(root: Path, fmode: int, dmode: int) -> None:
    """Give everything under ``root`` the usual modes (mkstemp and mkdtemp make them private)."""
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            os.chmod(os.path.join(folder, name), dmode)
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, fmode)

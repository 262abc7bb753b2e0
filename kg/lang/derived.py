"""Tables derived from language data, kept between runs in kg's cache folder.

Some language data is slow to bring into a form kg can use, and the result is the same
for every run on the same sources: jieba's dictionary as kg reads it (about 1.5 s a
process from jieba's own files, :mod:`kg.lang.jieba_tables`) and the divisions data with
its index of place names (about 0.5 s, :mod:`kg.lang.gazetteer`).  The first run derives
them and writes them here; every later run reads them back in a fraction of the time.

A table set is one file, ``<name>-<digest>.npz``, where the digest is of everything the
tables were derived from (the source files' bytes, the versions of kg's format and of the
library that made them): a changed source is a new file, never a stale table.  The files
are numpy archives read with ``allow_pickle=False``: arrays and text, never code, so a
file planted in the folder can at worst make kg derive its tables again.  A file that
cannot be read (truncated, damaged) is ignored and written again.

The folder is ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``.  When it
cannot be made or written, the tables are derived in every run: slower, otherwise the
same.

>>> key = digest([b"the bytes of a source file"], version=1)
>>> len(key), key == digest([b"the bytes of another"], version=1)
(24, False)
>>> text_list(text_array(["甲", "", "乙丙"]))
['甲', '', '乙丙']
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

__all__ = ["cache_dir", "digest", "load", "save", "text_array", "text_list"]

#: What separates the strings of a text array (no table holds a string with a line break).
_SEPARATOR = "\n"


def cache_dir() -> Path:
    """The folder kg keeps derived tables in (see the module docstring)."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def digest(sources: Iterable[bytes | str], *, version: int) -> str:
    """A short digest of ``sources`` (file contents, library versions) and kg's ``version`` of the tables."""
    h = hashlib.blake2b(f"kg derived tables v{version}".encode(), digest_size=12)
    for part in sources:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key}.npz"


def load(name: str, key: str) -> dict[str, np.ndarray] | None:
    """The arrays saved as ``name`` for ``key``, or ``None`` when there are none or they cannot be read."""
    try:
        with np.load(_path(name, key), allow_pickle=False) as archive:
            return {k: archive[k] for k in archive.files}
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile):
        return None  # missing, truncated or damaged: derived again and rewritten


def save(name: str, key: str, arrays: Mapping[str, np.ndarray]) -> None:
    """Write the arrays as ``name`` for ``key`` (atomically: a reader sees the old file or the
    whole new one); older files of ``name`` are removed.  Silently does nothing when the
    cache folder cannot be written."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)
            os.replace(tmp, _path(name, key))
        except BaseException:
            os.unlink(tmp)
            raise
        for old in folder.glob(f"{name}-*.npz"):
            if old.name != _path(name, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home, a full disk: the next run derives the tables again


def text_array(strings: Iterable[str]) -> np.ndarray:
    """Strings (none containing a line break) as one array of UTF-8 bytes, each string ended by one."""
    return np.frombuffer("".join(s + _SEPARATOR for s in strings).encode("utf-8"), dtype=np.uint8)


def text_list(array: np.ndarray) -> list[str]:
    """The strings of a :func:`text_array`."""
    return array.tobytes().decode("utf-8").split(_SEPARATOR)[:-1]

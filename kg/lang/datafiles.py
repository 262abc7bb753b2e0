"""Reading kg's data files as text: from the package's ``kg/data/``, or from the folder a
spaCy component was saved to (``to_disk``) and is loaded from.  One reader for every loader
(:mod:`kg.lang.lexicon`, :mod:`kg.lang.gazetteer`), so a missing file is reported alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from kg.errors import KgError

__all__ = ["read_data"]


def read_data(names: Iterable[str], folder: str | Path | None = None, what: str = "data file") -> dict[str, str]:
    """The text of each file ``names`` names, from ``kg/data/`` or from ``folder``.

    Raises :class:`~kg.errors.KgError` naming the file when one cannot be read.

    >>> read_data(["nothing.txt"], "/nonexistent", "language data file")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: /nonexistent/nothing.txt: cannot read the language data file: No such file or directory
    """
    texts = {}
    for name in names:
        try:
            if folder is None:
                texts[name] = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
            else:
                texts[name] = (Path(folder) / name).read_text(encoding="utf-8")
        except OSError as err:
            where = "kg/data" if folder is None else str(folder)
            raise KgError(f"{where}/{name}: cannot read the {what}: {err.strerror or err}") from err
    return texts

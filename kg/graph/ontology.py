"""Where the ontology and the SHACL shapes live, and loading them.

The Turtle files are kept in the repository's ``ontology/`` folder (``kg.ttl``, the
ontology; ``shapes.ttl``, the SHACL shapes the export must satisfy).  They are found in
this order:

1. the folder named by the environment variable ``KG_ONTOLOGY_DIR``;
2. ``kg/data/ontology/`` inside the installed package (for a wheel install);
3. ``ontology/`` beside the ``kg`` package (a source checkout or editable install).

Nothing is read at import; :func:`load_ontology` and :func:`load_shapes` parse on call.

>>> ontology_path().name, shapes_path().name
('kg.ttl', 'shapes.ttl')
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

__all__ = [
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "ontology_dir",
    "ontology_path",
    "shapes_path",
    "load_ontology",
    "load_shapes",
]

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"

_PACKAGE = Path(__file__).resolve().parents[1]  # the kg package


def _candidates() -> list[Path]:
    env = os.environ.get("KG_ONTOLOGY_DIR")
    found = [Path(env)] if env else []
    return found + [_PACKAGE / "data" / "ontology", _PACKAGE.parent / "ontology"]


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl``.

    Raises
    ------
    FileNotFoundError
        Naming every folder searched, when none holds ``kg.ttl``.
    """
    candidates = _candidates()
    for folder in candidates:
        if (folder / ONTOLOGY_FILE).is_file():
            return folder
    raise FileNotFoundError(
        f"{ONTOLOGY_FILE} not found; looked in: {', '.join(str(c) for c in candidates)} "
        "(set KG_ONTOLOGY_DIR to the folder holding kg.ttl and shapes.ttl)"
    )


def ontology_path() -> Path:
    """Path of the ontology, ``kg.ttl``."""
    return ontology_dir() / ONTOLOGY_FILE


def shapes_path() -> Path:
    """Path of the SHACL shapes, ``shapes.ttl``."""
    return ontology_dir() / SHAPES_FILE


def load_ontology() -> rdflib.Graph:
    """Parse ``kg.ttl`` into a new :class:`rdflib.Graph`.

    >>> from kg.graph.vocab import KG
    >>> from rdflib import RDFS
    >>> (KG.Official, RDFS.subClassOf, KG.Person) in load_ontology()
    True
    """
    import rdflib

    return rdflib.Graph().parse(ontology_path(), format="turtle")


def load_shapes() -> rdflib.Graph:
    """Parse ``shapes.ttl`` into a new :class:`rdflib.Graph`."""
    import rdflib

    return rdflib.Graph().parse(shapes_path(), format="turtle")

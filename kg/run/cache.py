"""The extraction cache behind ``kg build --update``: one file per input file, by content.

Every build writes, under ``out/cache/``, the extraction of each input file, named by
:func:`kg.run.runner.file_key` (a hash of the file's name and bytes).  ``kg build --update``
reuses an entry when the file is unchanged *and* the entry was written by the same
extraction code and data (the :func:`fingerprint`); everything else is extracted again.
Because extraction is per file and resolution always runs over the whole corpus, an
updated build gives exactly the graph a full build gives.

An entry is a JSON header line — format, fingerprint, key, and the SHA-256 of the
rest — followed by the JSON payload.  JSON, not pickle: a cache file is data, and
loading it must never run code.  An entry whose checksum, key or structure is wrong is
reported as corrupt and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import fields
from functools import cache, lru_cache
from pathlib import Path

from kg.ingest.offsets import OffsetMap
from kg.errors import CacheCorrupt
from kg.records import Article, Byline, Extraction, InvestmentMention, Mention, RelationMention

__all__ = ["FORMAT", "CacheCorrupt", "fingerprint", "ExtractionCache"]

FORMAT = 1
_PACKAGE = Path(__file__).resolve().parents[1]  # the kg package


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of everything that decides what extraction produces: kg's code and data."""
    digest = hashlib.sha256(f"kg-cache-{FORMAT}".encode())
    files = sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """The entries of one cache folder, keyed by :func:`kg.run.runner.file_key`."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> tuple[Extraction, ...] | None:
        """The cached extractions of ``key``; ``None`` when there is no usable entry.

        Raises
        ------
        CacheCorrupt
            The entry exists but is damaged (wrong checksum, truncated, not kg's format).
        """
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            raise CacheCorrupt(f"{path}: not readable ({err.strerror or err})") from None
        head, _, body = raw.partition(b"\n")
        try:
            header = json.loads(head)
        except ValueError:
            raise CacheCorrupt(f"{path}: the header is not JSON") from None
        if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("fingerprint") != fingerprint():
            return None  # written by other code: stale, not damaged
        if header.get("key") != key or header.get("sha256") != hashlib.sha256(body).hexdigest():
            raise CacheCorrupt(f"{path}: checksum mismatch")
        try:
            return tuple(_decode(x) for x in json.loads(body))
        except (ValueError, KeyError, TypeError) as err:
            raise CacheCorrupt(f"{path}: unreadable payload ({err})") from None

    def put(self, key: str, extractions: tuple[Extraction, ...]) -> None:
        """Write an entry (into a temporary file first, so a reader never sees half of one)."""
        body = json.dumps([_encode(x) for x in extractions], ensure_ascii=False, separators=(",", ":")).encode()
        header = {"format": FORMAT, "fingerprint": fingerprint(), "key": key, "sha256": hashlib.sha256(body).hexdigest()}
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.path(key).with_suffix(".tmp")
        tmp.write_bytes(json.dumps(header).encode() + b"\n" + body)
        os.replace(tmp, self.path(key))

    def copy_from(self, other: "ExtractionCache", key: str) -> None:
        """Carry an entry over from the previous output's cache (a hard link when possible)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            os.link(other.path(key), self.path(key))
        except OSError:
            shutil.copyfile(other.path(key), self.path(key))


def _encode(x: Extraction) -> dict:
    article = _record(x.article)
    offsets = x.article.offsets
    article["offsets"] = (offsets if isinstance(offsets, OffsetMap) else OffsetMap.of(offsets)).to_json()
    article["bylines"] = [_record(b) for b in x.article.bylines]
    return {
        "article": article,
        "mentions": [_record(m) for m in x.mentions],
        "relations": [_record(r) for r in x.relations],
        "sentences": x.sentences,
        "context": x.context,
        "investments": [_record(i) for i in x.investments],
    }


def _record(obj: object) -> dict:
    """A flat record's fields as a dict: what ``dataclasses.asdict`` gives for records whose
    fields are strings, numbers and tuples, without its deep copy (the cache is written
    for every file of every build)."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _decode(data: dict) -> Extraction:
    a = data["article"]
    article = Article(**{**a, "offsets": OffsetMap.from_json(a["offsets"]),
                         "bylines": tuple(Byline(**b) for b in a["bylines"])})
    relations = tuple(RelationMention(**{**r, "qualifiers": tuple(tuple(q) for q in r["qualifiers"])})
                      for r in data["relations"])
    return Extraction(
        article=article,
        mentions=tuple(Mention(**m) for m in data["mentions"]),
        relations=relations,
        sentences=tuple((int(s), int(e)) for s, e in data["sentences"]),
        context=tuple(data["context"]),
        investments=tuple(InvestmentMention(**{**i, "qualifiers": tuple(tuple(q) for q in i["qualifiers"])})
                          for i in data["investments"]),
    )

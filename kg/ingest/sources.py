"""Input files: finding them and decoding them.

``discover`` turns the paths a user gives into the files to read, each with the name kg
knows it by (its path under the input root: :class:`InputFile`), and reports every file
it does not read; folders are searched recursively for the suffixes of
:mod:`kg.ingest.formats`, each folder once, so symlink loops end.  ``read_source``
decodes one file — plain text by its encoding, HTML, Word and PDF by their libraries
(:mod:`kg.ingest.formats`) — and refuses what it cannot read with a
:class:`~kg.errors.SourceError` that names the file and the problem.

Encodings, in the order tried: a byte-order mark (UTF-8, UTF-16 LE/BE); strict UTF-8;
strict GB18030 (a superset of GBK and GB2312); charset-normalizer as a last resort,
accepted only when the result reads as text.  Line endings (``\\r\\n``, ``\\r``) become
``\\n``: ``Source.text`` is the decoded, line-normalised text, and every evidence
offset kg reports counts characters of that text.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import SourceError
from kg.ingest.formats import SUFFIXES, format_of, known_unread, read_document, unsupported
from kg.outputs import MARKER
from kg.records import Source

__all__ = ["SUFFIXES", "MAX_BYTES", "InputFile", "discover", "read_source", "read_bytes", "source_from_bytes", "decode"]

# SUFFIXES (re-exported): file name endings read from folders.  A file named explicitly is
# read by its format's library when its suffix names one (an .html is never read as raw
# text: its scripts would become text), as plain text otherwise.
#: Larger files are refused rather than read into memory.
MAX_BYTES = 200 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {b"\x89PNG": "a PNG image", b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "an executable"}


@dataclass(frozen=True)
class InputFile:
    """A file to read and the name kg knows it by.

    ``name`` is the file's path relative to the input root it was found under, with ``/``
    between folders (``2024-08-31/A01.txt``); a file given by name is its own root, so its
    name is its base name.  Article IRIs and ``dcterms:source`` are made from it, so two
    files called ``A01.txt`` in two folders of an archive never collide, and the name does
    not change from one build to the next.
    """

    path: Path
    name: str


def discover(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> tuple[list[InputFile], list[SourceError]]:
    """The files under ``paths`` with their names, sorted, and a problem for every path not read.

    Folders are searched recursively for the formats kg reads (:data:`SUFFIXES`); every
    other file found there is reported (``not a format kg reads``), as is each path that
    does not exist.  Hidden files and folders (``.git``, ``.DS_Store``) are left alone.
    Folders in ``skip`` and output folders kg made (they hold its marker file) are not
    searched: a build in ``news/`` writing ``news/out`` must not read its own outputs.

    Two roots can hold the same relative path (``kg build a b``, each with ``page.txt``):
    those files are then named by as many of their parent folders as tell them apart
    (``a/page.txt``, ``b/page.txt``).

    >>> discover(["no/such/place"])[1][0].problem
    'no such file or folder'
    """
    found: list[tuple[Path, Path]] = []  # (file, the root it was found under)
    errors: list[SourceError] = []
    seen_dirs: set[tuple[int, int]] = set()
    for folder in skip:
        try:
            st = os.stat(folder)
        except OSError:
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
    seen_files: set[Path] = set()

    def add(path: Path, root: Path) -> None:
        key = path.resolve()
        if key not in seen_files:
            seen_files.add(key)
            found.append((path, root))

    for given in paths:
        path = Path(given)
        if path.is_file():
            add(path, path.parent)
        elif path.is_dir():
            for root, dirs, names in os.walk(path, followlinks=True):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen_dirs or os.path.isfile(os.path.join(root, MARKER)):
                    dirs[:] = []  # a symlink loop, a folder seen already or skipped, kg's output
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    if name.lower().endswith(SUFFIXES):
                        add(Path(root) / name, path)
                    else:
                        errors.append(SourceError(str(Path(root) / name), unsupported(name)))
        else:
            errors.append(SourceError(str(path), "no such file or folder"))
    files = _named(found)
    errors.sort(key=lambda e: e.path)
    return sorted(files, key=lambda f: (str(f.path.parent), f.path.name)), errors


def _named(found: list[tuple[Path, Path]]) -> list[InputFile]:
    """Name each file by its path under its root, with parent folders added where two collide."""
    parts = {path: path.relative_to(root).parts for path, root in found}
    # the folders above each root, nearest first: what tells apart two roots' files
    above = {path: Path(os.path.abspath(root)).parts[::-1] for path, root in found}
    depth = {path: 0 for path, _ in found}

    def name(path: Path) -> str:
        extra = above[path][: depth[path]]
        return "/".join([p for p in extra[::-1] if p != os.sep] + list(parts[path]))

    while True:
        by_name: dict[str, list[Path]] = {}
        for path, _ in found:
            by_name.setdefault(name(path), []).append(path)
        clashes = [group for group in by_name.values() if len(group) > 1]
        grown = False
        for group in clashes:
            for path in group:
                if depth[path] < len(above[path]):
                    depth[path] += 1
                    grown = True
        if not grown:
            break
    return [InputFile(path, name(path)) for path, _ in found]


def read_source(path: str | Path, name: str | None = None) -> Source:
    """Read and decode one file (``name``: what kg calls it, by default its base name).

    Raises
    ------
    SourceError
        The file is unreadable, empty, too large, binary, in no known encoding, or in a
        format whose library is missing.
    """
    return source_from_bytes(path, read_bytes(path), name)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of one file, or a :class:`SourceError` saying why they cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(str(path), f"too large ({size} bytes; the limit is {MAX_BYTES})")
        return path.read_bytes()
    except SourceError:
        raise
    except PermissionError:
        raise SourceError(str(path), "not readable (permission denied)") from None
    except IsADirectoryError:
        raise SourceError(str(path), "is a folder, not a file") from None
    except OSError as err:
        raise SourceError(str(path), f"not readable ({err.strerror or err})") from None


def source_from_bytes(path: str | Path, data: bytes, name: str | None = None) -> Source:
    """The text of the bytes read from ``path``, line ends normalised.

    Plain text is decoded (:func:`decode`); HTML, ``.docx`` and PDF are read by their
    libraries (:func:`kg.ingest.formats.read_document`).  ``name`` is what kg calls the
    file (:attr:`InputFile.name`); by default its base name.
    """
    path = Path(path)
    fmt = format_of(path.name) or "text"
    if known_unread(path.name):
        raise SourceError(str(path), unsupported(path.name))
    if not data:
        raise SourceError(str(path), "empty file (zero bytes)")
    if fmt == "text":
        text, encoding = decode(data, str(path))
        doc = None
    else:
        doc = read_document(str(path), data, decode)
        text, encoding = doc.text, fmt
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(str(path), "empty file" if not data else "no text (only whitespace)")
    return Source(name=name or path.name, path=str(path), text=text, encoding=encoding, format=fmt,
                  title=doc.title if doc else None, date=doc.date if doc else None,
                  publisher=doc.publisher if doc else None)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``, returning the text and the encoding's name.

    >>> decode("区住建局".encode("gb18030"))
    ('区住建局', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "青岛".encode())
    ('青岛', 'utf-8-sig')
    """
    if not data:
        raise SourceError(name, "empty file (zero bytes)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as err:
                raise SourceError(name, f"broken {codec} text at byte {err.start}") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise SourceError(name, f"binary file ({what}), not text")
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise SourceError(name, "binary file (NUL bytes, and not UTF-16 text)")
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return text, codec
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _reads_as_text(str(best)):
        return str(best), best.encoding
    raise SourceError(name, "unknown encoding (not UTF-8, UTF-16 with BOM, or GB18030/GBK)")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark (Windows tools do), little or big endian.

    Accepted only when nearly every character is one a Chinese page is made of (CJK,
    ASCII, CJK and full-width punctuation): random bytes decode to about a third of those.
    """
    if len(data) % 2:
        return None
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        plausible = sum(1 for ch in sample if ch < "\x7f" and (ch >= " " or ch in "\n\r\t")
                        or "\u3000" <= ch <= "\u303f" or "\u4e00" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
                        or ch in "“”‘’—…·")
        score = plausible / max(1, len(sample))
        if score >= 0.95 and (best is None or score > best[0]):
            best = (score, text, codec)
    return None if best is None else (best[1], best[2])


def _reads_as_text(text: str) -> bool:
    """Few control characters: what binary decoded by luck does not pass."""
    if not text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text) < 0.01

"""Document formats: the text a reader sees in a web page, a Word file or a PDF.

Each format is read by a well-kept library made for it, imported only when a file of
that format comes along, each an optional extra of kg:

=========================  ==========================  ======================================
suffix                     library                     extra
=========================  ==========================  ======================================
``.txt``, ``.md``          (decoded by kg)             —
``.html`` ``.htm`` …       readability-lxml            ``pip install 'kg[html]'``
``.docx``                  python-docx                 ``pip install 'kg[docx]'``
``.pdf`` (with text)       pypdf                       ``pip install 'kg[pdf]'``
=========================  ==========================  ======================================

Why readability-lxml for HTML: on pages made for the test suite (a portal of ``div``\\ s,
an old portal laid out in tables, a news page with related links, comments and an ad:
``benchmarks/html_extractors.py``) it kept every body sentence on all three and let one
line of boilerplate through (an ad), where trafilatura lost the page's date and source
line and, on the table layout, let the menus and the footer through.  The date and
source line matter: they are what :mod:`kg.ingest.metadata` reads.

A page's own metadata — the ``<meta>`` tags every Chinese government site carries
(``ArticleTitle``, ``PubDate``, ``ContentSource``, ``SiteName``) and Open Graph's —
is kept on the :class:`Document`; the article text gets the title as its first line
when the extracted body does not start with it.

The text of a document is what kg reads and what evidence offsets count; a build saves
it as ``out/text/<file>.txt`` so a user can open it at those offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from kg.errors import SourceError

__all__ = ["Document", "FORMATS", "SUFFIXES", "format_of", "known_unread", "read_document", "unsupported",
           "html_to_document"]

#: Format name → the suffixes read as that format.
FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".md"),
    "html": (".html", ".htm", ".shtml", ".xhtml"),
    "docx": (".docx",),
    "pdf": (".pdf",),
}
#: Every suffix kg reads from a folder.
SUFFIXES: tuple[str, ...] = tuple(s for suffixes in FORMATS.values() for s in suffixes)

#: Formats kg knows and does not read, and what to do instead.
_NOT_READ = {
    ".doc": "an old Word file: save it as .docx",
    ".wps": "a WPS file: save it as .docx",
    ".rtf": "an RTF file: save it as .docx or .txt",
    ".xls": "a spreadsheet", ".xlsx": "a spreadsheet", ".csv": "a table, not an article",
    ".jpg": "an image (kg reads text, not scans)", ".jpeg": "an image (kg reads text, not scans)",
    ".png": "an image (kg reads text, not scans)", ".gif": "an image (kg reads text, not scans)",
    ".zip": "an archive: unpack it first", ".rar": "an archive: unpack it first", ".7z": "an archive: unpack it first",
}

_LIBRARY = {  # format → (module, what to pip install, the extra)
    "html": ("readability", "readability-lxml", "html"),
    "docx": ("docx", "python-docx", "docx"),
    "pdf": ("pypdf", "pypdf", "pdf"),
}


@dataclass(frozen=True)
class Document:
    """The text of one file and what its format says about it (``None`` where nothing)."""

    text: str
    format: str  # a key of FORMATS
    title: str | None = None
    date: str | None = None  # as the file gives it (meta tag); kg.ingest.metadata normalises it
    publisher: str | None = None


def format_of(name: str) -> str | None:
    """The format of a file by its suffix, or None when kg does not read that suffix.

    >>> format_of("a/b.HTML"), format_of("page.txt"), format_of("scan.jpg")
    ('html', 'text', None)
    """
    suffix = PurePath(name).suffix.lower()
    for fmt, suffixes in FORMATS.items():
        if suffix in suffixes:
            return fmt
    return None


def unsupported(name: str) -> str:
    """Why a file found in a folder is not read: one phrase for ``kg: skipped <file>: …``.

    >>> unsupported("old.doc")
    'not a format kg reads (an old Word file: save it as .docx)'
    """
    suffix = PurePath(name).suffix.lower()
    why = _NOT_READ.get(suffix) or (f"{suffix} files" if suffix else "no suffix")
    return f"not a format kg reads ({why})"


def known_unread(name: str) -> bool:
    """Is this a format kg knows and does not read (``.doc``, ``.rtf``, images)?  Such a file
    is refused even when named explicitly, instead of being decoded as if it were text."""
    return PurePath(name).suffix.lower() in _NOT_READ


def _library(fmt: str, path: str):
    module, package, extra = _LIBRARY[fmt]
    try:
        return __import__(module)
    except ImportError:
        raise SourceError(path, f"reading {fmt.upper()} needs {package}: pip install 'kg[{extra}]'") from None


def read_document(path: str, data: bytes, decode) -> Document:
    """The text of a file in a format other than plain text (``decode`` decodes bytes).

    Raises
    ------
    SourceError
        The library the format needs is missing (with the command that installs it), or
        the file is damaged, encrypted, or has no text (a scanned PDF).
    """
    fmt = format_of(path)
    if fmt == "html":
        return html_to_document(_html_text(data, path, decode), path)
    if fmt == "docx":
        return _docx(data, path)
    if fmt == "pdf":
        return _pdf(data, path)
    raise ValueError(f"{path}: not a document format ({fmt})")


# ---------------------------------------------------------------- HTML

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "blockquote", "pre", "dd", "dt", "ul", "ol", "header", "footer", "figcaption", "center"}
#: a table's cells: a row is one line, its cells an ideographic space apart (序号　项目名称　建设单位), as
#: kg_relations reads a table written in text
_CELLS = {"td", "th"}
_CELL_GAP = "\u3000"
_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|-(?=[^-]*$))\s*")
_META = {
    "title": ("articletitle", "og:title"),
    "date": ("pubdate", "article:published_time", "publishdate", "og:release_date", "publish_date", "date"),
    "publisher": ("contentsource", "og:site_name", "sitename", "source"),
}


def _html_text(data: bytes, path: str, decode) -> str:
    """Decode an HTML file by the charset it declares, else as any text file."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii", "replace").lower()
        if codec in ("gb2312", "gbk"):
            codec = "gb18030"  # pages that say GB2312 use GBK's characters too
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)[0]


def html_to_document(html: str, path: str = "<html>") -> Document:
    """The main text of a web page without its menus, scripts and footer.

    >>> doc = html_to_document('<html><head><title>甲区召开项目推进会_甲区政府网</title>'
    ...   '<script>var x="市委书记张三"</script></head><body><ul><li><a href="/">首页</a></li></ul>'
    ...   '<div><p>日前，甲区召开会议。区长王小明出席会议并讲话，强调要抓好项目建设工作，确保按期完成。</p></div>'
    ...   '</body></html>')
    >>> doc.text
    '甲区召开项目推进会\\n\\n日前，甲区召开会议。区长王小明出席会议并讲话，强调要抓好项目建设工作，确保按期完成。'
    >>> doc.title, doc.format
    ('甲区召开项目推进会', 'html')
    """
    _library("html", path)
    import lxml.html
    from readability import Document as Readable

    try:
        page = lxml.html.fromstring(html)
        readable = Readable(html)
        summary = readable.summary(html_partial=True)
    except Exception as err:  # lxml and readability raise their own kinds on broken markup
        raise SourceError(path, f"not readable as HTML ({type(err).__name__}: {err})") from None
    meta = _meta(page)
    body = _block_text(lxml.html.fromstring(summary))
    title = meta.get("title") or _page_title(page)
    text = body
    if title:
        lines = body.split("\n")
        at = next((k for k, line in enumerate(lines[:12]) if line.strip() == title), None)
        if at is not None:
            text = "\n".join(lines[at:])  # what readability kept above the headline is the page's, not the article's
        elif title not in body[: len(title) * 3]:
            text = title + "\n\n" + body  # the headline the page shows above the text readability kept
    if not text.strip():
        raise SourceError(path, "no article text found in the HTML")
    return Document(text=text, format="html", title=title, date=meta.get("date"), publisher=meta.get("publisher"))


def _meta(page) -> dict[str, str]:
    found: dict[str, str] = {}
    tags = {}
    for el in page.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    for field, keys in _META.items():
        for key in keys:
            if key in tags:
                found[field] = tags[key]
                break
    return found


def _page_title(page) -> str | None:
    """The article's title from ``<title>``: the part before the site name (``…_东湖区人民政府``)."""
    el = page.find(".//title")
    if el is None or not (el.text_content() or "").strip():
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(el.text_content().strip()) if p]
    return parts[0] if len(parts) > 1 else None  # a bare <title> is as often the site's name


def _block_text(root) -> str:
    """Text with a blank line between blocks (paragraphs, rows, headings) and none inside them."""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n\n")
        elif tag in _CELLS:
            parts.append(_CELL_GAP)
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- Word

def _docx(data: bytes, path: str) -> Document:
    """Paragraphs and table cells of a .docx in document order, a blank line between them."""
    docx = _library("docx", path)
    import io

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as err:  # a damaged zip, not a Word file, a missing part
        raise SourceError(path, f"not readable as .docx ({type(err).__name__}: {err})") from None
    blocks: list[str] = []
    for item in doc.iter_inner_content():
        if hasattr(item, "rows"):  # a table: each row's cells, one block per row
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    if cell.text.strip() and cell.text.strip() not in cells:  # merged cells repeat
                        cells.append(cell.text.strip())
                if cells:
                    blocks.append(" ".join(cells))
        elif item.text.strip():
            blocks.append(item.text.strip())
    if not blocks:
        raise SourceError(path, "no text in the .docx")
    title = (doc.core_properties.title or "").strip() or None
    return Document(text="\n\n".join(blocks), format="docx", title=title)


# ---------------------------------------------------------------- PDF

def _pdf(data: bytes, path: str) -> Document:
    """The text layer of a PDF, page after page (layout repair joins its wrapped lines)."""
    pypdf = _library("pdf", path)
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd font; the text is what counts
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(path, "an encrypted PDF: save a copy without a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except Exception as err:  # pypdf raises its own kinds on damaged files
        raise SourceError(path, f"not readable as PDF ({type(err).__name__}: {err})") from None
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    if not text.strip():
        raise SourceError(path, "a PDF without a text layer (a scan?): kg reads text, not images")
    info = reader.metadata
    title = (info.title or "").strip() or None if info else None
    return Document(text=text, format="pdf", title=title)

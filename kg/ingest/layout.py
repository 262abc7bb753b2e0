"""Layout repair: the text a reader sees, from the text a page export holds.

Exports of newspaper pages break lines every dozen characters, often with blank lines
between (``即墨区住房和\\n\\n城乡建设局``), space out characters (``一 批 优 质 项 目``)
and split numbers from their units (``85\\n\\n亿元``).  :func:`repair` joins what layout
broke and keeps real paragraph ends, which are

* a line ending a sentence (``。！？；…``, closing quotes and brackets allowed after them);
* a line that is a credit, furniture or heading (see :mod:`kg.ingest.furniture`), or a line that ends
  with a credit (``…评价。 （张澜）``) or speaker dash (``…李博———``);
* a line that opens a story (``本报讯（记者 孙军）…``), or is a date, source or credit line
  (``发布时间：2024-08-31　来源：北河日报``);
* an indented line (two spaces or an ideographic space), where the page indents paragraphs;
* a table's row (three cells or more, ideographic spaces or tabs apart), and the line after one;
* (spaces) a space between two runs of four characters or more on a line with no clause's punctuation stays:
  it parts a headline's two clauses (``甲学校主体封顶 乙医院新院区开工建设``), no word layout spaced;
* on a page whose lines are whole paragraphs (long lines; a web page's short headline and
  date lines between long paragraphs make no column), every line that is not a long line
  cut mid-sentence, and a long line that cuts no sentence or clause with a blank line after it
  (a list of names: 甲公司、乙公司、丙公司).

The result keeps an offset map: ``offsets[i]`` is the position in the input of
``text[i]`` (a paragraph break ``\\n`` maps to the line end it stands for), plus one
entry for the end, so evidence found in repaired text points into the original file.

>>> r = repair("  即墨区住房和\\n\\n城乡建设局召开会议。\\n  一 批 优 质 项 目85\\n亿元")
>>> r.text
'即墨区住房和城乡建设局召开会议。\\n一批优质项目85亿元'
>>> r.offsets[6], "  即墨区住房和\\n\\n城乡建设局召开会议。"[r.offsets[6]]
(10, '城')
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from kg.ingest.furniture import SPECIAL_KINDS, attachment_label, classify, ends_sentence, inline_credit
from kg.ingest.offsets import OffsetBuilder, OffsetMap

__all__ = ["Repaired", "repair", "list_item", "WRAPPED_LINE"]

#: Pages whose median line is shorter than this are hard-wrapped (lines are not paragraphs).
WRAPPED_LINE = 30
_INDENT = ("  ", "\u3000", "\t")
#: a section numbered in Chinese numerals (一、 （二）): a heading, on any page
_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
#: a numbered section's heading that counts its list (一、先进集体（8个）, （二）优秀企业（3家）)
_COUNTED_HEADING = re.compile(rf"(?:{_SECTION.pattern}).{{1,40}}[（(]\d+\s*[个家名位人所项户][）)]")
#: an item numbered in figures (1. 2、 （3）): on a hard-wrapped page a line may open with a figure mid-sentence
_NUMBERED = re.compile(r"\d{1,2}[、．.](?!\d)|\d{1,2}[．.](?=(?:19|20)\d\d年)|[（(]\d{1,2}[）)]")
_SPACES = " \t\u3000\u00a0"
_IDEOGRAPHIC_SPACE = "\u3000"
#: a table's row as text: three cells or more, parted by ideographic spaces, tabs or bars (1　甲产业园　乙公司　18.5,
#: 1｜甲产业园｜乙公司｜18.5, | 1 | 甲产业园 | 乙公司 |)
_TABLE_ROW = re.compile(r"[|｜]?[^\u3000\t|｜]+(?:[\u3000\t|｜]+[^\u3000\t|｜]+){2,}[|｜]?")
#: A sentence ended inside a line that stops on a CJK character: a headline holds no 。, so this is prose
_CUT_PROSE = re.compile(r"[。！？][^。！？]*[\u4e00-\u9fff]$")
#: A clause ended inside a line that stops on a CJK character (…管护机制，市水)
_CUT_CLAUSE = re.compile(r"[，,；;][^。！？]*[\u4e00-\u9fff]$")
#: how often jieba counts the word two lines make across their break for the break to be layout (水利)
_WORD_ACROSS = 100


def _word_across(prev: str, line: str) -> bool:
    """Whether the last character of ``prev`` and the first of ``line`` make a word jieba counts often (市水 | 利局)."""
    from kg.lang.jieba_tables import tables

    return tables()[1].get(prev[-1] + line[:1], 0) >= _WORD_ACROSS


#: What a line copy does not take over verbatim: a run of spaces, or an invisible character.
_NOT_VERBATIM = re.compile(f"[{_SPACES}]+|[\r\u200b\ufeff]")
#: a headline's two clauses a space apart (甲开工 乙投产): a line with no clause's punctuation, four CJK characters
#: or more on each side of a space
_CLAUSES_SPACED = re.compile(r"[^，。；：！？,;:!?]*[\u4e00-\u9fff]{4}[ \u00a0][\u4e00-\u9fff]{4}[^，。；：！？,;:!?]*")


@dataclass(frozen=True)
class Repaired:
    """Repaired text and, for each of its characters, the index in the input."""

    text: str
    offsets: OffsetMap


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" < ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·"


def _joins_tight(left: str, right: str) -> bool:
    """Is a space between these two characters layout (CJK or digits on both sides)?"""
    return (_is_cjk(left) or left.isdigit()) and (_is_cjk(right) or right.isdigit()) or (
        (_is_cjk(left) and right.isalnum()) or (left.isalnum() and _is_cjk(right)))


def repair(text: str) -> Repaired:
    """Join broken lines and spaced characters; see the module docstring."""
    lines: list[tuple[int, int]] = []  # non-empty lines as (start, end) in text, whitespace trimmed
    indented: list[bool] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        s, e = start, end
        while s < e and text[s] in _SPACES + "\r\ufeff\u200b":
            s += 1
        while e > s and text[e - 1] in _SPACES + "\r":
            e -= 1
        if e > s:
            lines.append((s, e))
            indented.append(text[start:s].replace("\ufeff", "").startswith(_INDENT))
    if not lines:
        return Repaired("", OffsetMap.of([len(text)]))
    kinds = [classify(text[s:e]) for s, e in lines]
    cells, rows = _cell_lines(text, lines)
    items = _list_items(text, lines)
    # (a table's cells, one a line, and a list's items are short lines of no column: the page's own lines tell whether
    # it is wrapped)
    prose = [k for k in range(len(lines)) if k not in cells and k not in rows and k not in items] or list(range(len(lines)))
    lengths = [lines[k][1] - lines[k][0] for k in prose]
    wrapped = statistics.median(lengths) < WRAPPED_LINE \
        and _columns(text, [lines[k] for k in prose], lengths, [kinds[k] for k in prose])

    out: list[str] = []
    offs = OffsetBuilder()
    for k, (s, e) in enumerate(lines):
        if k:
            if k in cells:
                out.append(" ")  # a table's cell, one a line: the next cell of its row (cells a space apart, as above)
                offs.add(lines[k - 1][1])
            elif k in rows or k in items or k - 1 in items or _breaks(text, lines, kinds, indented, k, wrapped):
                out.append("\n")
                offs.add(lines[k - 1][1])
        # credits and furniture keep their spaces: they separate names (韩伟绩 张燕), and so does a
        # credit closing a paragraph (…仪式。（通讯员 王佳 孟凡超）)
        # (a photo's credit keeps the layout it had: 常青摄, whose spaces once parted no names)
        credit = None if kinds[k] in SPECIAL_KINDS else inline_credit(text[s:e], ("end_in_line",))
        if credit is not None:
            _copy_line(text, s, s + credit, out, offs)
            s += credit
        _copy_line(text, s, e, out, offs, keep_spaces=kinds[k] in SPECIAL_KINDS or credit is not None
                   or _CLAUSES_SPACED.fullmatch(text, s, e) is not None)
    offs.add(len(text))
    return Repaired("".join(out), offs.build())


def _cell_lines(text: str, lines) -> tuple[set[int], set[int]]:
    """A table exported one cell a line: a header opening with 序号 (three short lines or more), then rows of as
    many lines, each opening with its number (1, 2, 3 …).  Returns the lines that go on their row (the
    break before them parts two cells) and the lines that open a row or end the table (a break of lines)."""
    cells: set[int] = set()
    rows: set[int] = set()
    texts = [text[s:e] for s, e in lines]
    for k, line in enumerate(texts):
        if line not in _ROW_NUMBER_HEADINGS:
            continue
        width = next((n for n in range(1, min(_TABLE_WIDEST, len(texts) - k)) if texts[k + n] == "1"), 0)
        if width < 3 or not all(_short_cell(c) for c in texts[k : k + width]):
            continue
        found, at, number = [], k + width, 1
        while at + width <= len(texts) and texts[at] == str(number) and all(_short_cell(c) for c in texts[at : at + width]):
            found.append(at)
            at, number = at + width, number + 1
        if not found:
            continue
        for first in [k, *found]:
            cells.update(range(first + 1, first + width))
            rows.add(first)
        rows.add(at)
    return cells, rows


def list_item(line: str) -> bool:
    """Whether a line may be an item of a list of bodies or people: short, no sentence, ending with a body's kind
    word (甲有限公司, 乙合作社: suffixes.tsv) or a post's title (丙　甲公司董事长)."""
    from kg.lang import lexicon

    if len(line) > _LONGEST_CELL or any(c in "。；！？，" for c in line):
        return False
    lex = lexicon.load()
    hit = lex.suffix_at(line, len(line))
    # (a body's one-character word, 区财政局, or a place's, 甲乡乙村, on a line no longer than a name: a column's line
    # cut after 局 goes on)
    short = len(line) <= _SHORT_NAME and not _CUT_PUNCT.search(line)
    return hit is not None and (len(hit[0]) >= 2 and hit[1] in ("Agency", "Company", "Organization")
                                or short and hit[1] in ("Agency", "Company", "Organization", "Place")) \
        or lex.title_ending(line) is not None


#: the most characters of a body's name a list may give a line of its own, ending with a one-character kind word
_SHORT_NAME = 16
#: punctuation inside a line that a name does not hold
_CUT_PUNCT = re.compile(r"[、，,：:“”\s]")


def _list_items(text: str, lines) -> set[int]:
    """The lines of a list written one item a line: two :func:`list_item` lines or more in a row; the breaks
    before each and after the last are a line's."""
    ends = [list_item(text[s:e]) for s, e in lines]
    return {k for k, item in enumerate(ends) if item and (k and ends[k - 1] or k + 1 < len(ends) and ends[k + 1])}


def _short_cell(line: str) -> bool:
    """Whether a line may be one cell of a table: short, and no sentence."""
    return len(line) <= _LONGEST_CELL and not any(c in "。！？；" for c in line)


#: the first column's heading of a numbered table; the most columns one may have; a cell's most characters
_ROW_NUMBER_HEADINGS = ("序号", "编号")
_TABLE_WIDEST = 12
_LONGEST_CELL = 60


#: Most lines of text that end a sentence on a hard-wrapped page (e-paper columns: 5–12 %;
#: web text with short paragraphs: 25 % and more, most of it 60–100 %).
WRAPPED_SENTENCE_ENDS = 0.2


def _columns(text: str, lines, lengths: list[int], kinds: list[str]) -> bool:
    """Are these short lines columns (cut anywhere) rather than a web page's short units?

    Columns have (almost) no line a whole paragraph long, and few of their lines of text end
    a sentence; a web page's headline, date and credit lines stand between paragraphs that
    are long, or that end with a full stop.
    """
    if sum(1 for n in lengths if n > 2 * WRAPPED_LINE) > max(1, len(lengths) // 50):
        return False
    texts = [k for k, n in enumerate(lengths) if n >= 10 and kinds[k] not in SPECIAL_KINDS]
    if len(texts) < 8:
        return True  # too few lines to tell by their ends
    ends = sum(1 for k in texts if ends_sentence(text[lines[k][0]:lines[k][1]]))
    return ends <= WRAPPED_SENTENCE_ENDS * len(texts)


def _breaks(text, lines, kinds, indented, k, wrapped: bool) -> bool:
    """Is the line break before line ``k`` a real paragraph end?"""
    (ps, pe), (s, e) = lines[k - 1], lines[k]
    prev, line = text[ps:pe], text[s:e]
    if kinds[k - 1] in SPECIAL_KINDS or kinds[k] in SPECIAL_KINDS or kinds[k] == "dispatch":
        return True  # (a dispatch, 本报讯…, opens a story: it may go on on the next line)
    if ends_sentence(prev) or inline_credit(prev) is not None:
        return True
    if prev.endswith(("———", "——")) or line.endswith(("———", "——")):
        return True  # a speaker line heads a headline: 青岛开发区管委副主任李博———
    if indented[k]:
        return True
    if _TABLE_ROW.fullmatch(prev) or _TABLE_ROW.fullmatch(line):
        return True  # a table's rows (序号　项目名称　建设单位) are lines of their own, however short
    if attachment_label(prev):
        return True  # a notice's attachment label (附件, 附件2：) is a line of its own: the attachment's title follows
    if _COUNTED_HEADING.fullmatch(prev):
        return True  # a list's heading with its count (一、先进集体（8个）) is a line of its own
    if _SECTION.match(line) or not wrapped and _NUMBERED.match(line):
        return True  # a numbered section or list item opens a paragraph (…有限公司 | 二、2024年度…)
    if k + 1 < len(kinds) and kinds[k + 1] in ("meta", "dispatch") and not ends_sentence(line):
        return True  # the line just above a date line or a dispatch is a headline of its own
    if not wrapped and text.count("\n", pe, s) >= 2 and not _CUT_PROSE.search(prev) and not _CUT_CLAUSE.search(prev):
        return True  # a blank line after a long line that cut no sentence or clause (甲公司、乙公司、丙公司 | | 希望…) on a
        # paragraph-per-line page ends its paragraph
    if wrapped or _CUT_PROSE.search(prev) or _CUT_CLAUSE.search(prev) and _word_across(prev, line):
        # (a line that ends a sentence inside and stops on a word is prose cut by layout: …余户。区住房和; so is one
        # that ends a clause inside and whose last character makes a common word with the next line's first: …市水 | 利局)
        return False
    return len(prev) <= WRAPPED_LINE * 2  # a short line on a paragraph-per-line page stands alone


def _copy_line(text: str, s: int, e: int, out: list[str], offs: OffsetBuilder, keep_spaces: bool = False) -> None:
    """Append ``text[s:e]`` dropping layout spaces (between CJK characters or digits).

    Text is copied in slices between the spaces and invisible characters, never
    character by character: a 50 MB page must not become millions of one-character strings.
    """
    i = s
    for m in _NOT_VERBATIM.finditer(text, s, e):
        j, k = m.span()
        if j > i:
            out.append(text[i:j])
            offs.add_run(i, j - i)
        i = k
        if text[j] in "\r\u200b\ufeff":
            continue
        left = out[-1][-1] if out else ""
        if not keep_spaces and left and left != "\n" and _joins_tight(left, text[k]) \
                and _IDEOGRAPHIC_SPACE not in m.group() and "\t" not in m.group() and not m.group().startswith("  "):
            continue  # (an ideographic space, a tab or two spaces part what they stand between: 吴某　甲公司董事长, a
            # list's name and post; a table's cells, 1	甲产业园	乙公司)
        out.append(" ")
        offs.add(j)
    if e > i:
        out.append(text[i:e])
        offs.add_run(i, e - i)

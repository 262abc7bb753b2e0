"""Tables written as lines: a page's list of projects, an HTML or Word table (GUIDE §4 ``develops``).

``develops_table_row``
    A header line naming its columns, its cells apart by spaces, tabs or bars (``序号　项目名称　建设单位
    总投资（亿元）``: table_columns), then one line per row with as many cells.  Each row's work cell is a work,
    named by the whole cell (a Project mention where the recogniser has none there); its builder cell is the
    body that develops it (typed by its suffix when the recogniser named nothing there); its investment
    cell, with the unit the header gives (亿元), is the work's own investment; a place in its site cell is
    where the work is.

A row is only read under its header: the lines between them must all be rows of the same number of cells.
"""

from __future__ import annotations

import re

from kg.lang import lexicon
from kg.lang.money import find_money
from kg.nlp.relations.registry import Sentence, rule
from kg.records import Mention
from kg.nlp.entities.text_classes import CJK, GENERIC_START
from kg.schema import BODY_TYPES, RELATIONS

#: who may develop a work (GUIDE §4): a hospital in a builder's column is the work's user, no builder
_DEVELOPERS = RELATIONS["develops"].domain

#: what parts a row's cells: a run of spaces, tabs, ideographic spaces or the bars of a table typed as text
#: (序号｜项目名称｜建设单位, | 序号 | 项目名称 |)
_CELL_GAP = re.compile(r"[ \t\u3000|｜]+")
#: how many lines above a row its header may stand
_REACH = 60
#: a unit of money in brackets after a column's name (总投资（亿元）)
_UNIT = re.compile(r"[（(]\s*([万亿]?元)\s*[）)]")


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The cells of one line as article offsets: the stretches between gaps."""
    out, at = [], 0
    for gap in _CELL_GAP.finditer(line):
        if gap.start() > at:
            out.append((offset + at, offset + gap.start()))
        at = gap.end()
    if at < len(line):
        out.append((offset + at, offset + len(line)))
    return out


def _column(header: str, columns: dict[str, list[str]]) -> str | None:
    """The part a header cell names (work, builder, investment, site), by the words it opens with."""
    bare = _UNIT.sub("", header)
    return next((part for part, words in columns.items() if bare.startswith(tuple(words))), None)


def _header_above(sent: Sentence, line_start: int, width: int) -> tuple[list[str | None], str] | None:
    """The columns of the header over the row starting at ``line_start`` (``width`` cells), and the unit of its
    investment column, when every line between them is a row of as many cells."""
    text, columns = sent.text, sent.data["table_columns"]
    end = line_start - 1  # (the newline ending the line above)
    for _ in range(_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue  # (an HTML table's rows come a blank line apart)
        cells = [text[a:b] for a, b in _cells(line.rstrip(), start)]
        if len(cells) != width:
            return None
        parts = [_column(c, columns) for c in cells]
        if "work" in parts and "builder" in parts:
            unit = next((m.group(1) for c, part in zip(cells, parts) if part == "investment" and (m := _UNIT.search(c))),
                        "")
            return parts, unit
        if any(c in "。；;！？" for c in line):
            return None  # a sentence, no row: the table ended above
    return None


def _mention_over(sent: Sentence, a: int, b: int, types) -> int | None:
    """The mention of ``types`` that is the whole cell ``[a, b)``, if the recogniser found one."""
    return next((i for i in sent.idx if sent.mentions[i].start == a and sent.mentions[i].end == b
                 and sent.mentions[i].type in types), None)


def _place_cell(cell: str, lex) -> bool:
    """Is a site cell the recogniser named nothing in one place's name (澄波湾镇, 翠岭工业园: a town the divisions
    data does not know, a park), by its place suffix, and no generic place (主城区)?"""
    hit = lex.suffix_at(cell, len(cell))
    return hit is not None and hit[1] == "Place" and len(hit[0]) < len(cell) and cell not in lex.stop_names \
        and CJK.fullmatch(cell[0]) is not None and cell[0] not in GENERIC_START


@rule("develops_table_row")
def develops_table_row(sent: Sentence) -> None:
    text = sent.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start : sent.start].strip():
        return  # (a row is read once, from the sentence that opens its line)
    line_end = text.find("\n", sent.start)
    line_end = len(text) if line_end < 0 else line_end
    cells = _cells(text[line_start:line_end].rstrip(), line_start)
    if len(cells) < 2 or any(c in text[line_start:line_end] for c in "。；;！？"):
        return
    header = _header_above(sent, line_start, len(cells))
    if header is None:
        return
    parts, unit = header
    row = dict(zip(parts, cells))
    if "work" not in row or "builder" not in row:
        return
    lex = lexicon.load()
    a, b = row["work"]
    work = _mention_over(sent, a, b, ("Project",))
    if work is None:
        work = sent.add_mention(Mention(a, b, text[a:b], "Project", text[a:b], rule="develops_table_row"))
    a, b = row["builder"]
    builder = _mention_over(sent, a, b, BODY_TYPES)
    if builder is None:
        hit = lex.suffix_at(text[a:b], b - a)
        if hit is None or hit[1] not in BODY_TYPES:
            return
        builder = sent.add_mention(Mention(a, b, text[a:b], hit[1], text[a:b], rule="develops_table_row"))
    if sent.mentions[builder].type in _DEVELOPERS:
        sent.add(builder, "develops", work, "develops_table_row")
    if "investment" in row:
        a, b = row["investment"]
        money = next(find_money(text[a:b] + unit), None)
        if money is not None and money.yuan is not None:
            sent.invest(work, "develops_table_row", {"amount": str(money.yuan), "amount_text": text[a:b] + unit,
                                                     "money_kind": "总投资"})
    if "site" in row:
        a, b = row["site"]
        places = [i for i in sent.idx if a <= sent.mentions[i].start and sent.mentions[i].end <= b
                  and sent.mentions[i].type == "Place" and not sent.nested(i)]
        if not places and _place_cell(text[a:b], lex) and not any(
                a < sent.mentions[i].end and sent.mentions[i].start < b for i in sent.idx):
            places = [sent.add_mention(Mention(a, b, text[a:b], "Place", text[a:b], rule="develops_table_row"))]
        if places:
            sent.add(work, "locatedIn", places[-1], "develops_table_row")  # (甲镇乙村: the innermost, written last)

"""Tables written as lines: a page's list of projects, an HTML or Word table (GUIDE §4 ``develops``).

``develops_table_row``
    A header line naming its columns, its cells apart by spaces, tabs or bars (``序号　项目名称　建设单位
    总投资（亿元）``: table_columns), then one line per row with as many cells.  Each row's work cell is a work,
    named by the whole cell (a Project mention where the recogniser has none there); its builder cell is the
    body that develops it (typed by its suffix when the recogniser named nothing there); its investor cell
    (投资方, 投资主体) is a body that develops it and, investing, funds it (GUIDE §4: "invests in"); its
    investment cell, with the unit the header gives (亿元), is the work's own investment; the place in each
    of its site cell's parts (蔡垛镇、杨堤镇) is where the work is.

A row is only read under its header, which names the work's column and one saying who or where (a builder,
an investor or a site); the lines between them must all be rows of the same number of cells.

``develops_field_lines``
    A record written as lines of fields under the line naming its work (``一、P`` / ``建设单位：X`` / ``施工单位：Y`` /
    ``总投资：15.2亿元`` / ``建设地点：甲镇``): each field, by the same column words, says of the work what the table's
    cell does (a builder or investor develops it, an investor funds it, the total is its own investment, the
    site's place holds it).
"""

from __future__ import annotations

import re

from kg.lang import lexicon
from kg.lang.money import find_money
from kg.nlp.relations.registry import Sentence, names_park, rule
from kg.records import Mention
from kg.nlp.entities.text_classes import CJK, GENERIC_START
from kg.schema import BODY_TYPES, RELATIONS

#: who may develop a work (GUIDE §4): a hospital in a builder's column is the work's user, no builder
_DEVELOPERS = RELATIONS["develops"].domain
#: who may fund a work (GUIDE §4)
_FUNDERS = RELATIONS["funds"].domain

#: what parts a row's cells: a run of spaces, tabs, ideographic spaces or the bars of a table typed as text
#: (序号｜项目名称｜建设单位, | 序号 | 项目名称 |)
_CELL_GAP = re.compile(r"[ \t\u3000|｜]+")
#: what parts a cell naming several bodies or places (甲镇、乙镇)
_CELL_PARTS = re.compile(r"[、，,；;/]")
#: a header's columns, one of which must say who builds or where (a table of works and their sums alone
#: relates nothing)
_RELATING = ("builder", "investor", "site")
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
    """The part a header cell names (work, builder, investor, investment, site), by the words it opens with."""
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
        if "work" in parts and any(part in parts for part in _RELATING):
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
    """Is a site cell the recogniser named nothing in one place's name (澄波湾镇, 翠岭工业园, 甲高新技术产业园: a town
    the divisions data does not know, a park), by its place or park suffix, and no generic place (主城区)?"""
    hit = lex.suffix_at(cell, len(cell))
    # (a park too, whose kind word the suffixes type as a work's: 甲高新技术产业园 written where a work is)
    return hit is not None and (hit[1] == "Place" or hit[0] in lex.work_parks) and len(hit[0]) < len(cell) \
        and cell not in lex.stop_names \
        and CJK.fullmatch(cell[0]) is not None and cell[0] not in GENERIC_START \
        and not cell.startswith(lex.scope_wholes)  # (全县: the whole division, no name)


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
    lex = lexicon.load()
    a, b = row["work"]
    work = _mention_over(sent, a, b, ("Project",))
    if work is None:
        work = sent.add_mention(Mention(a, b, text[a:b], "Project", text[a:b], rule="develops_table_row"))
    total: dict = {}
    if "investment" in row:
        a, b = row["investment"]
        money = next(find_money(text[a:b] + unit), None)
        if money is not None and money.yuan is not None:
            total = {"amount": str(money.yuan), "amount_text": text[a:b] + unit}
            sent.invest(work, "develops_table_row", {**total, "money_kind": "总投资"})
    for part in ("builder", "investor"):
        bodies = _cell_bodies(sent, *row.get(part, (0, 0)), lex)
        for body in bodies:
            if sent.mentions[body].type in _DEVELOPERS:
                sent.add(body, "develops", work, "develops_table_row")
            if part == "investor" and sent.mentions[body].type in _FUNDERS:
                qualifiers = {**total, "money_kind": "投资"} if len(bodies) == 1 else {}  # (the row's sum, if one's)
                sent.add(body, "funds", work, "develops_table_row", qualifiers)
    if "site" in row:
        for place in _cell_places(sent, *row["site"], lex):
            sent.add(work, "locatedIn", place, "develops_table_row")


def _body_cell(sent: Sentence, a: int, b: int, lex) -> int | None:
    """The body a builder's or investor's cell names: the recogniser's, or one typed by its suffix."""
    body = _mention_over(sent, a, b, BODY_TYPES)
    if body is None:
        hit = lex.suffix_at(sent.text[a:b], b - a)
        if hit is None or hit[1] not in BODY_TYPES:
            return None
        body = sent.add_mention(Mention(a, b, sent.text[a:b], hit[1], sent.text[a:b], rule="develops_table_row"))
    return body


def _cell_bodies(sent: Sentence, a: int, b: int, lex) -> list[int]:
    """The bodies a builder's or investor's cell (or field) names, one a part."""
    return [body for x, y in _cell_parts(sent.text, a, b) if (body := _body_cell(sent, x, y, lex)) is not None]


def _cell_places(sent: Sentence, a: int, b: int, lex) -> list[int]:
    """The places a site cell (or field) names, one a part."""
    return [place for x, y in _cell_parts(sent.text, a, b) if (place := _site_place(sent, x, y, lex)) is not None]


def _cell_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A cell's parts, one body or place each (甲公司、乙公司; 蔡垛镇、杨堤镇)."""
    out, at = [], a
    for sep in _CELL_PARTS.finditer(text, a, b):
        out.append((at, sep.start()))
        at = sep.end()
    out.append((at, b))
    return [(x, y) for x, y in out if y > x]


def _site_place(sent: Sentence, a: int, b: int, lex) -> int | None:
    """The place one part of a site cell names: the innermost the recogniser found (甲镇乙村: written last), or
    the whole part when it is one place's name the recogniser left (_place_cell)."""
    text = sent.text
    places = [i for i in sent.idx if a <= sent.mentions[i].start and sent.mentions[i].end <= b
              and sent.mentions[i].type == "Place" and not sent.nested(i)]
    if places:
        return places[-1]
    park = _mention_over(sent, a, b, ("Project",))
    if park is not None and names_park(sent.mentions[park]):
        return park  # (a park written where the work is: a place, GUIDE §2, whatever its name is typed as elsewhere)
    if _place_cell(text[a:b], lex) and not any(a < sent.mentions[i].end and sent.mentions[i].start < b for i in sent.idx):
        return sent.add_mention(Mention(a, b, text[a:b], "Place", text[a:b], rule="develops_table_row"))
    return None


@rule("develops_field_lines")
def develops_field_lines(sent: Sentence) -> None:
    """A record written as lines of fields under the line naming its work (``一、P`` / ``建设单位：X`` / ``施工单位：Y`` /
    ``总投资：15.2亿元`` / ``建设地点：甲镇``): each field says of the work what a table's column does (table_columns).
    The fields stand right under the work's line, one a line, other fields between; the work's line is the work
    alone after a list item's number (or a field of the work: ``项目名称：P``)."""
    text = sent.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start : sent.start].strip():
        return  # (a field is read once, from the sentence that opens its line)
    field = _FIELD.match(text, line_start)
    if field is None:
        return
    part = _column(field.group("label"), sent.data["table_columns"])
    if part not in ("builder", "investor", "investment", "site"):
        return
    work = _record_work(sent, line_start)
    if work is None:
        return
    line_end = text.find("\n", sent.start)
    line_end = len(text) if line_end < 0 else line_end
    a, b = field.end(), line_end
    while b > a and text[b - 1] in _FIELD_END:
        b -= 1
    lex = lexicon.load()
    if part == "investment":
        money = next(find_money(text[a:b]), None)
        if money is not None and money.yuan is not None and money.start == 0:
            sent.invest(work, "develops_field_lines", {"amount": str(money.yuan), "amount_text": money.text,
                                                       "money_kind": "总投资"})
        return
    if part == "site":
        for place in _cell_places(sent, a, b, lex):
            sent.add(work, "locatedIn", place, "develops_field_lines")
        return
    for body in _cell_bodies(sent, a, b, lex):
        if sent.mentions[body].type in _DEVELOPERS:
            sent.add(body, "develops", work, "develops_field_lines")
        if part == "investor" and sent.mentions[body].type in _FUNDERS:
            sent.add(body, "funds", work, "develops_field_lines")


#: a line opening with a field's label and a colon (建设单位：, 总投资:)
_FIELD = re.compile(r"[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[ \t\u3000]*[：:][ \t\u3000]*")
#: what may end a field's line after its value
_FIELD_END = " \t\u3000。；;，,"
#: a list item's number opening the line naming a record's work (一、, 1., （一）, (1))
_ITEM_OPENING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9０-９]+[)）])?"
                           r"[ \t\u3000]*")
#: how many field lines a record may have above the one read
_FIELDS = 12


def _record_work(sent: Sentence, line_start: int) -> int | None:
    """The work of the record whose field line starts at ``line_start``: the Project the nearest line above that
    is no field names alone (after a list item's number), or a work field above (项目名称：P); None when a line
    between is neither, or a blank line parts them."""
    text, mentions, columns = sent.text, sent.mentions, sent.data["table_columns"]
    end = line_start - 1
    for _ in range(_FIELDS):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        field = _FIELD.match(text, start, end)
        if field is not None and _column(field.group("label"), columns) != "work":
            end = start - 1
            continue  # (another field of the same record, one of no column's too: 建设内容：…)
        opens = field.end() if field is not None else _ITEM_OPENING.match(text, start, end).end()
        closes = end
        while closes > opens and text[closes - 1] in _FIELD_END + "：:":
            closes -= 1
        found = next((i for i, m in enumerate(mentions) if m.start == opens and m.end == closes and m.type == "Project"),
                     None)
        return found if found is not None else _record_named(sent, opens, closes)
    return None


def _record_named(sent: Sentence, start: int, end: int) -> int | None:
    """The work a record's heading line names where the recogniser named none there (2. 风机总装基地项目, then
    建设单位：…: common words, but the line is a work's name, as a table's cell is): a mention of the words, when
    they end in a work's kind word (suffixes.tsv, Project) and hold no clause; made once per record."""
    made = sent.article.state.setdefault("record_works", {})
    if (start, end) not in made:
        words = sent.text[start:end]
        hit = lexicon.load().suffix_at(words, len(words))
        made[(start, end)] = sent.add_mention(Mention(start, end, words, "Project", words, rule="develops_field_lines"),
                                              visible=False) \
            if hit is not None and hit[1] == "Project" and len(words) - len(hit[0]) >= 2 and len(words) <= _RECORD_NAME \
            and not any(c in words for c in "，,。；;：:") else None
    return made[(start, end)]


#: the longest heading line read as a work's name
_RECORD_NAME = 40

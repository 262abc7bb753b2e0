"""Article segmentation: a newspaper page becomes articles.

A page (after layout repair) is a list of paragraphs.  Each paragraph is classified —
page furniture (``责编 …``, ``今日即墨``, ``JIN RI JI MO``), a credit line at the *top*
of an article (``□青岛日报/观海新闻记者 王涛``), a credit line at its *end*
(``（本报记者 张静 整理）``, ``（史晓萌）``), a photo credit (``梁孝鹏 摄``), a Markdown
heading, a short line without sentence punctuation (a headline candidate), or body —
and articles are cut where the credits and headings say:

* a top credit starts an article; the short lines just before it are its headline;
* an end credit closes an article; the short lines after it are a headline printed at
  the *foot* (pages 000, 001 of the seeds), or the head of the next article when a top
  credit or heading follows them;
* a block of several foot headlines (``青岛开发区管委副主任李博———`` …, seed 002) is
  matched to the page's articles by the words they share, because such pages print
  the headlines of several articles together.

Furniture is never an article; its credits (``责编 王杰``) are kept as bylines of every
article of the page, and a masthead naming a place (``今日即墨``) is given to each.
A file may hold several pages one after another: a run of furniture or masthead lines
after some article text starts a new page, so each page's furniture, masthead and foot
headlines stay with that page's articles (and the work stays linear in the file's length).
The language knowledge (roles, masthead patterns) is in ``data/furniture.json``, the outlets in ``data/outlets.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.layout import list_item, repair
from kg.ingest.furniture import attachment_label, classify, inline_credit, parse_byline, parse_furniture
from kg.ingest.metadata import iso_date, parse_dispatch, parse_meta_line
from kg.ingest.offsets import OffsetBuilder
from kg.records import Article, Byline, Source

__all__ = ["split_articles"]

@dataclass
class _Draft:
    head: list[int] = field(default_factory=list)  # paragraph indexes of the headline
    body: list[int] = field(default_factory=list)
    credits: list[int] = field(default_factory=list)
    closed: bool = False


def split_articles(source: Source) -> list[Article]:
    """The articles of one page, in page order, each with its repaired text and offsets.

    ``Article.text`` is the headline (if any), a newline, then the body, so the pipeline
    reads the headline too; ``offsets`` map every character back into ``source.text``.
    """
    rep = repair(source.text)
    paras: list[tuple[int, int]] = []  # spans in rep.text
    pos = 0
    for line in rep.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and rep.text[start].isspace():
            start += 1
        while end > start and rep.text[end - 1].isspace():
            end -= 1
        if end > start:
            paras.append((start, end))
    paras = _split_inline_credits(rep.text, paras)
    kinds = [classify(rep.text[s:e]) for s, e in paras]
    for i, kind in enumerate(kinds):  # an edition line (2024年8月31日 A01版 青岛日报) heads a page, as furniture does
        if kind == "meta" and (meta := parse_meta_line(rep.text[paras[i][0]:paras[i][1]])) and meta.page:
            kinds[i] = "edition"

    page = _pages(kinds)
    mastheads: dict[int, str] = {}
    page_credits: dict[int, list[int]] = {}
    first_text: dict[int, int] = {}  # each page's first paragraph that is no furniture, masthead or edition line
    for i, k in enumerate(kinds):
        if k not in _SKIP:
            first_text.setdefault(page[i], i)
    for i, k in enumerate(kinds):
        if k == "masthead":
            mastheads.setdefault(page[i], rep.text[paras[i][0]:paras[i][1]])
        elif k == "furniture" or k == "end_byline" and first_text[page[i]] == i:
            page_credits.setdefault(page[i], []).append(i)  # (责编：甲　美编：乙 over a page's first story: the page's)
    drafts = _segment(kinds, rep.text, paras, page)
    edition: dict[int, _Edition] = {}  # what a page's edition line says (2024年8月31日 A01版 青岛日报)
    for i, k in enumerate(kinds):
        if k == "edition" and page[i] not in edition:
            meta = parse_meta_line(rep.text[paras[i][0]:paras[i][1]])
            edition[page[i]] = _Edition(meta.date, meta.publisher, meta.page)

    articles: list[Article] = []
    for draft in drafts:
        if not draft.body and not draft.head:
            continue
        text_parts: list[str] = []
        offsets = OffsetBuilder()
        for group in (draft.head, draft.body):
            for i in group:
                s, e = paras[i]
                if text_parts:
                    text_parts.append("\n")
                    offsets.add(rep.offsets[s - 1] if s > 0 else rep.offsets[s])
                text_parts.append(rep.text[s:e])
                offsets.extend(rep.offsets, s, e)
        if not text_parts:
            continue
        text = "".join(text_parts)
        covered = [rep.offsets[paras[i][0]] for i in draft.head + draft.body + draft.credits]
        ends = [rep.offsets[paras[i][1] - 1] + 1 for i in draft.head + draft.body + draft.credits]
        offsets.add(offsets.last() + 1)
        bylines = []
        on_page = page[min(draft.head + draft.body + draft.credits)]
        for i in draft.credits + page_credits.get(on_page, []):
            s, e = paras[i]
            raw = rep.text[s:e]
            if kinds[i] == "continuation":
                continue
            meta = parse_meta_line(raw) if kinds[i] == "end_byline" else None
            if meta is not None and meta.people:  # （责任编辑：王丽）
                people = [(name, role, None) for name, role in meta.people]
            else:
                people = parse_furniture(raw) if kinds[i] == "furniture" else parse_byline(raw)
            for name, role, outlet in people:
                bylines.append(Byline(name, role, outlet, rep.offsets[s], rep.offsets[e - 1] + 1, raw))
        about = _about(draft, kinds, rep, paras, bylines)
        page_about = edition.get(on_page, _Edition())
        headline = " ".join(re.sub(r"^#+\s*", "", rep.text[paras[i][0]:paras[i][1]]) for i in draft.head) or None
        articles.append(Article(
            source=source.name, index=len(articles), text=text, offsets=offsets.build(),
            start=min(covered), end=max(ends), headline=headline, bylines=tuple(bylines), masthead=mastheads.get(on_page),
            date=about.date or page_about.date or iso_date(source.date or "") or about.dispatch_date(page_about, source),
            publisher=about.publisher or page_about.publisher or source.publisher,
            page=about.page or page_about.page,
        ))
    return articles


@dataclass
class _Edition:
    """What lines about an article say: its date, paper or site, page (None where nothing)."""

    date: str | None = None
    publisher: str | None = None
    page: str | None = None
    month_day: tuple[int, int] | None = None  # from a dispatch (本报8月4日讯): no year

    def dispatch_date(self, page: "_Edition", source: Source) -> str | None:
        """The dispatch's day in the year the page or file is dated, when one is."""
        year = (page.date or iso_date(source.date or "") or "")[:4]
        if self.month_day is None or not year:
            return None
        return iso_date(f"{year}年{self.month_day[0]}月{self.month_day[1]}日")


def _about(draft: _Draft, kinds: list[str], rep, paras, bylines: list[Byline]) -> _Edition:
    """The article's own date, publisher and page, from its meta and dispatch lines; the
    people these credit are added to ``bylines``."""
    about = _Edition()
    for i in draft.body:
        if kinds[i] not in ("meta", "dispatch"):
            continue
        s, e = paras[i]
        raw = rep.text[s:e]
        if kinds[i] == "meta":
            meta = parse_meta_line(raw)
            if meta is None:
                continue
            about.date = about.date or meta.date
            about.publisher = about.publisher or meta.publisher
            about.page = about.page or meta.page
            people = [(name, role, None) for name, role in meta.people]
            span, line = (rep.offsets[s], rep.offsets[e - 1] + 1), raw
        else:
            found = parse_dispatch(raw)
            if found is None:
                continue
            about.publisher = about.publisher or found.outlet
            about.month_day = about.month_day or found.month_day
            people = [(name, role, found.outlet) for name, role in found.people]  # no outlet: the paper itself
            span, line = (rep.offsets[s], rep.offsets[s + found.end - 1] + 1), raw[: found.end]
        for name, role, outlet in people:
            bylines.append(Byline(name, role, outlet, *span, line=line))
    return about


def _split_inline_credits(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a credit printed at the end of a body line (``…评价。 （张澜）``) into its own paragraph."""
    out = []
    for s, e in paras:
        cut = inline_credit(text[s:e])
        if cut is None:
            out.append((s, e))
            continue
        body_end = s + cut
        while body_end > s and text[body_end - 1].isspace():
            body_end -= 1
        out.append((s, body_end))
        out.append((s + cut + (len(text[s + cut:e]) - len(text[s + cut:e].lstrip())), e))
    return out


_SKIP = {"masthead", "furniture", "edition", "note"}
#: Most short lines taken from the end of one story as the headline of the next (kicker,
#: headline, subtitle, a line of the people present).
_MAX_HEAD = 4
#: a table's numbered row (6 甲街区 乙公司 丙街道 96000: a figure, then three cells or more): never a headline (nor is
#: a list's item or a notice's signing bodies: layout.list_item)
_TABLE_ROW = re.compile(r"\d{1,3}[ \t\u3000]+\S+(?:[ \t\u3000]+\S+){2,}")
#: a numbered heading of a list's part, no sentence (一、先进集体, （二）先进个人)
_NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；，,：:]{1,16}")


def _pages(kinds: list[str]) -> list[int]:
    """The page number of each paragraph: furniture after article text starts a page.

    Furniture with no article text after it (a page's foot) stays on the page above.
    """
    page, current, has_text = [], 0, False
    for kind in kinds:
        if kind in _SKIP and has_text:
            current, has_text = current + 1, False
        has_text = has_text or kind not in _SKIP
        page.append(current)
    if not has_text and current > 0:
        page = [p if p < current else current - 1 for p in page]
    return page


def _segment(kinds: list[str], text: str, paras: list[tuple[int, int]], page: list[int]) -> list[_Draft]:
    """Group paragraph indexes into article drafts (see the module docstring)."""
    n = len(kinds)

    def next_kind(i: int) -> str | None:
        for j in range(i, n):
            if kinds[j] not in _SKIP:
                return kinds[j]
        return None

    drafts: list[_Draft] = [_Draft()]
    foot_blocks: list[tuple[int, list[int]]] = []  # (index of the draft the block follows, paragraphs)
    i = 0
    while i < n:
        kind = kinds[i]
        cur = drafts[-1]
        if kind in _SKIP:
            i += 1
            continue
        if kind == "heading1" or (kind == "heading2" and next_kind(i + 1) == "top_byline"):
            kicker: list[int] = []
            if cur.body and not cur.credits and all(kinds[j] == "short" for j in cur.body):
                kicker, cur.body = cur.body, []  # short lines over a heading are its kicker
            if cur.body or cur.closed:
                drafts.append(_Draft())
            drafts[-1].head.extend(kicker + [i])
            i += 1
            continue
        if kind in ("meta", "dispatch"):
            # web pages: a date/source line or a dispatch (本报讯…) after an article's text opens
            # the next story, whose headline is the short lines just before it; a date or credit
            # line right after the text closes the article it ends
            if cur.closed:
                drafts.append(_Draft())
                cur = drafts[-1]
            if len(drafts) == 1 and not cur.head and len(cur.body) == 1 and kinds[cur.body[0]] == "body" \
                    and "。" not in text[paras[cur.body[0]][0]:paras[cur.body[0]][1]]:
                cur.head, cur.body = cur.body, []  # a file's first line, no sentence, over its date line: the headline
            if any(kinds[j] in ("body", "dispatch") for j in cur.body):
                moved: list[int] = []
                while cur.body and kinds[cur.body[-1]] == "short" and len(moved) < _MAX_HEAD \
                        and not _TABLE_ROW.fullmatch(text, *paras[cur.body[-1]]) \
                        and not list_item(text[slice(*paras[cur.body[-1]])]):
                    moved.insert(0, cur.body.pop())
                if moved or kind == "dispatch":
                    drafts.append(_Draft(head=moved))
                    cur = drafts[-1]
                else:
                    cur.closed = True
            elif any(kinds[j] == "short" for j in cur.body) and all(kinds[j] in ("short", "meta") for j in cur.body):
                # kicker, headline, subtitle: all above the date line (a site's name line above them stays meta)
                cur.head.extend(j for j in cur.body if kinds[j] == "short")
                cur.body = [j for j in cur.body if kinds[j] == "meta"]
            cur.body.append(i)
            i += 1
            continue
        if kind == "top_byline":
            if cur.body and not cur.closed and (next_kind(i + 1) in (None, "end_byline")
                                                or all(kinds[j] == "meta" for j in cur.body)):
                # (…。\n记者 甲　摄影 乙\n责任编辑：丙: a credit after the text that no text follows is the text's own;
                # 标题\n来源：…　发布时间：…\n记者 甲: a credit under the headline and its date line is the article's)
                cur.credits.append(i)
                i += 1
                continue
            if cur.body and not cur.closed:
                # the short lines just before a top credit are the next article's headline
                moved = []
                while cur.body and kinds[cur.body[-1]] == "short":
                    moved.insert(0, cur.body.pop())
                drafts.append(_Draft(head=moved))
            elif cur.closed:
                drafts.append(_Draft())
            drafts[-1].credits.append(i)
            i += 1
            continue
        if kind in ("end_byline", "continuation"):
            if not cur.head and not cur.body and not cur.credits:
                # (（通讯员 甲）\n责编：乙: credit lines after the one that closed an article are the same article's)
                cur = next((d for d in reversed(drafts[:-1]) if d.head or d.body), cur)
            cur.credits.append(i)
            cur.closed = True
            # the short lines after an end credit: a foot headline, or the next head
            j = i + 1
            block = []
            while j < n and (kinds[j] == "short" or kinds[j] in _SKIP):
                if kinds[j] == "short":
                    block.append(j)
                j += 1
            after = next_kind(j)
            if block and after in ("top_byline", "heading1", "heading2", "meta", "dispatch"):
                drafts.append(_Draft(head=block))
            elif block:
                foot_blocks.append((len(drafts) - 1, block))
                drafts.append(_Draft())
            else:
                drafts.append(_Draft())
            i = j
            continue
        if kind == "photo":
            cur.credits.append(i)
            i += 1
            continue
        if cur.closed and cur.body and (attachment_label(line := text[slice(*paras[i])]) or (
                list_item(line) or _NUMBERED_HEADING.fullmatch(line.strip())) and any(
                attachment_label(text[slice(*paras[j])]) for j in cur.body)):
            # (…\n2026年2月12日\n附件\n一、先进单位: a notice's attachment, after its date, is the notice's; so is the list
            # after the date of one that announced it before (附件：甲名单 … 2026年2月12日\n一、先进单位)
            cur.closed = False
        if cur.closed:
            drafts.append(_Draft())
            cur = drafts[-1]
        if not cur.body and not cur.head and kind == "short" and next_kind(i + 1) in (
                "short", "top_byline", "body", "meta", "dispatch"):
            # lines at the top of an article, before its body: a head (unless this page prints foot headlines)
            cur.head.append(i)
        else:
            cur.body.append(i)
        i += 1

    _assign_foot_headlines(drafts, foot_blocks, kinds, text, paras, page)
    last = drafts[-1]
    if len(drafts) > 1 and drafts[-2].body and 0 < len(last.head) <= 2 and last.body \
            and all(kinds[j] == "meta" for j in last.body):
        # a notice signed off at its end (南宁市人民政府 / 2025年1月15日), a credit and a source line
        # (临报融媒记者 庞尊利 / 来源:琅琊新闻网): a line or two and a date or source line, no text,
        # close the article before; they open none
        drafts[-2].body.extend(last.head + last.body)
        drafts.pop()
    return drafts


def _assign_foot_headlines(drafts, foot_blocks, kinds, text, paras, page) -> None:
    """Give each block of foot headlines to the article it heads.

    A block that names several speakers (``…李博———``) holds several headlines; each goes
    to the article sharing most character bigrams with it, the article just above the
    block winning ties.  A page with foot headlines puts lines found above a body on the
    body, not in the headline.
    """
    if not foot_blocks:
        return
    page_of = [page[min(d.head + d.body + d.credits)] if d.head or d.body or d.credits else -1 for d in drafts]
    on_page: dict[int, list[int]] = {}
    for k, p in enumerate(page_of):
        on_page.setdefault(p, []).append(k)
    foot_pages = {page_of[above] for above, _ in foot_blocks}
    for k, d in enumerate(drafts):  # foot-headline page: top-of-page short lines are not this article's headline
        if page_of[k] in foot_pages and d.head and not any(kinds[i] in ("heading1", "heading2") for i in d.head):
            d.body[:0] = d.head
            d.head = []

    def bigrams(s: str) -> set[str]:
        return {s[k:k + 2] for k in range(len(s) - 1)}

    grams_of: dict[int, set[str]] = {}  # the bigrams of the drafts of one page at a time

    def article_grams(k: int) -> set[str]:
        if k not in grams_of:
            if grams_of and page_of[next(iter(grams_of))] != page_of[k]:
                grams_of.clear()
            grams_of[k] = bigrams("".join(text[paras[i][0]:paras[i][1]] for i in drafts[k].body))
        return grams_of[k]

    for above, block in foot_blocks:
        items: list[list[int]] = []
        for i in block:
            line = text[paras[i][0]:paras[i][1]]
            if not items or line.endswith(("———", "——", "--")):
                items.append([i])
            else:
                items[-1].append(i)
            if line.endswith(("———", "——", "--")) and len(items[-1]) > 1:
                items[-1].pop()
                items.append([i])
        for item in items:
            grams = bigrams("".join(text[paras[i][0]:paras[i][1]] for i in item))
            candidates = [k for k in on_page[page_of[above]] if not drafts[k].head and drafts[k].body]
            if not candidates:
                drafts[above].body.extend(item)
                continue
            best = max(candidates, key=lambda k: (len(grams & article_grams(k)), k == above, -abs(k - above)))
            if len(grams & article_grams(best)) == 0 and best != above and not drafts[above].head:
                best = above
            drafts[best].head = item

"""Posts: who leads or belongs to which body (GUIDE §4 ``leads``, ``memberOf``).

``post_title``
    The post string written before an official's name, read by a small grammar::

        posts := post (SEP post)*         SEP: 、 ， , 兼 (post_separators)
        post  := BODY? TITLE (SEP TITLE)*  TITLE: an Official title of kg/data/titles.tsv after
                                          prefixes such as 党委, 常务, 执行 (post_title_prefixes)

    read right to left from the name, so it ends where the string does (a clause stop,
    another person, a word that is neither).  ``青岛市委常委、胶州市委书记，甲区党工委书记、
    管委会主任刘某`` is four posts, and each gives one edge: ``leads`` when a title heads the
    body (titles.tsv's ``head`` column; 常务 and 执行 make a head title a deputy's; a section's head, 科长, of a body
    that is no section of its kind, post_section_heads, is a member), else ``memberOf``, with the titles as the
    ``role`` qualifier.

    A BODY is a mention the recogniser found (``区住建局``, ``青岛市委``), or a body word
    (post_body_words: 党工委, 管委会, 政协 …) after a place (``甲区党工委``) or alone.  A body
    word alone takes the place of the body before it in the string (``甲区党工委书记、
    管委会主任``: 甲区's 管委会), a party department (统战部, 组织部 …) takes the party
    committee before it (``市委副书记、统战部部长``: the 市委's 统战部).  Bodies no mention
    covers become mentions.  A bare unit word opening the sentence or a clause (post_bare_units: ``局党组书记、
    局长甲``) is the body of that kind the text named just before (…农业农村局召开会议。).

    A person no title introduces who takes on a post written before 由 (``甲中心主任由从乙医院引进的专家丙担任``:
    ``post_given_person``), or whose post follows the name in brackets or, the name opening its line, a space
    apart (``吴发展（甲公司董事长）``, ``王晓梅　甲镇党委副书记、镇长``), is an official, and holds the post.

    A head's bare title taken on (``甲牵头组建乙合作社并担任理事长``, ``合作社…，甲担任理事长``) heads the nearest body
    of the kind it heads named before it, else the article's (post_title_bodies, post_titles_of_the_page); so do
    a working body's titles, and its deputies' are of it (``成立甲指挥部，乙任指挥长，丙任副指挥长``:
    post_titles_of_a_working_body).

    A government title (区长, 副市长, 省长 …: post_government_titles) names its body by
    itself: the 人民政府 of the place written before it (``甲市副市长``), or of the place of
    the body before it when the levels agree (``乙区委副书记、区长`` → 乙区人民政府), else
    of the scope word (``区人民政府``, which resolution reads against the article's place).
    That body becomes a mention of kind ``implied``: the title is not a name of it.

    Titles with no body keep the body of the official listed just before
    (``甲集团董事长张某，党委副书记、总经理李某``), and a deputy's title keeps the body whose head the
    sentence named before (``常委会主任甲主持会议，副主任乙、丙出席``: each name listed holds it).  A party department the string names
    after its committee is ``partOf`` it (``市委副书记、统战部部长``: 统战部 → 市委).

A head's bare title after a clause that visits a body of its kind heads that body
    (``在甲科技有限公司，董事长张某介绍``: scope_words.tsv visit_to and visit_at_words, post_title_bodies).

``member_listed``
    A person a list of people names right after the body they work for, with no post (``甲局赵某、乙局刘某等10名
    同志获评…``) is ``memberOf`` that body.
``member_dispatched``
    An official a body sends to a village, ``甲局派驻乙村第一书记丙``, ``甲局干部丙`` (member_dispatch_words: the post is
    the village's, the person still the body's), is ``memberOf`` the body that sends them.
``member_staff``
    A person whose job (a Person title of titles.tsv: 环卫工人, 车间主任, 医生; or a job no title names ending as jobs
    do, job_endings.txt: 制茶师) is written between the body they work for and their name (``甲局环卫工人乙``,
    ``甲公司车间主任乙``, ``甲公司制茶师乙``) is ``memberOf`` that body, the job the ``role``.
``member_line``
    A person opening a line of a list, the body they work for written first after a space and a job no title
    closes (``王某　甲公司电焊班班长``), is ``memberOf`` that body, the job the ``role``.
``member_group_line``
    A person on a line of a working body's members, under the line naming the body (``对甲领导小组组成人员作如下
    调整：`` then ``组　长：王某（区长）``, ``成　员：甲（…）、乙（…）``), holds the line's role in it: ``leads`` for a
    head's role (组长, 指挥长), ``memberOf`` for any other.
``member_of_the_bureau``
    The holder of a post in a bureau's section named after the bureau (``甲局乙股股长``, ``甲局综合科副科长``: suffixes.tsv
    ``处``, ``科``, ``股``) holds a post in the bureau: ``memberOf`` it too, the same ``role``.
``press_credit``
    A reporter a credit names with the paper before the credit word (``（郑州日报记者 刘春阳）``,
    ``新华社记者 申明浩``) is on its staff: ``memberOf`` the paper (GUIDE §4: 记者 of a paper), the
    credit word as the ``role``.  (Credits the article splitter moves out of the text get the
    same edge in resolution.)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from kg.lang import lexicon
from kg.lang.jieba_tables import is_common_verb
from kg.nlp.entities.text_classes import APPOINTED, COMRADE, HOLDING
from kg.nlp.relations.data import RelationData
from kg.nlp.relations.registry import Sentence, rule
from kg.records import Mention
from kg.schema import BODY_TYPES, PERSON_TYPES, RELATIONS

__all__ = ["Title", "Post", "TitleMatcher", "parse_posts", "post_after_space"]

_LEADS_RANGE = RELATIONS["leads"].range
_MEMBER_RANGE = RELATIONS["memberOf"].range


@dataclass(frozen=True)
class Title:
    """A title as written (prefixes included), where it starts, and whether it heads its body."""

    text: str
    start: int
    head: bool
    government: str | None = None  # the scope word of a government title (副区长 → 区)


@dataclass
class Body:
    """A body the post string names that no mention covers yet: made a mention only when an
    edge goes to it (a bare 管委会 whose place is unknown is dropped, not made a node)."""

    start: int
    end: int
    name: str
    kind: str = "name"


@dataclass
class Post:
    """The titles one official holds in one body.

    ``body`` is a mention index, a :class:`Body` to be made one, or None (the titles name no
    body); ``start`` where the post starts; ``place`` the place the body belongs to, which a
    body word after it inherits.
    """

    titles: list[Title]
    body: int | Body | None
    start: int
    place: str | None = None
    parent: int | Body | None = None  # the party committee a department belongs to (市委 of 统战部)


class TitleMatcher:
    """The Official titles of ``titles.tsv`` with the prefixes of ``post_title_prefixes``,
    matched ending at a position (the grammar reads right to left).

    >>> m = TitleMatcher(RelationData.load())
    >>> [(t.text, t.head) for t in (m.ending_at("党委常委", 4, 0), m.ending_at("执行总经理", 5, 0))]
    [('党委常委', False), ('执行总经理', False)]
    >>> m.ending_at("代区长", 3, 0)
    Title(text='代区长', start=0, head=True, government='区')
    """

    def __init__(self, data: RelationData) -> None:
        from kg.lang.lexicon import load

        self.titles = {t: info.head for t, info in load().titles.items() if info.type == "Official"}
        self.prefixes: dict[str, str] = data["post_title_prefixes"]
        self.government: dict[str, str] = data["post_government_titles"]
        self.longest = max(map(len, self.titles))
        self.longest_prefix = max(map(len, self.prefixes))

    def ending_at(self, text: str, pos: int, floor: int) -> Title | None:
        """The longest title (with its prefixes) ending at ``pos`` and starting at ``floor`` or after."""
        for n in range(min(self.longest, pos - floor), 0, -1):
            word = text[pos - n:pos]
            if word in self.titles:
                head, start = self.titles[word], pos - n
                break
        else:
            return None
        while True:  # 党委 + 常委, 执行 + 总经理, 常务 + 副总裁
            for n in range(min(self.longest_prefix, start - floor), 0, -1):
                effect = self.prefixes.get(text[start - n:start])
                if effect is not None:
                    start -= n
                    head = head and effect != "member"
                    break
            else:
                break
        title = text[start:pos]
        gov = next((scope for base, scope in self.government.items() if title.endswith(base)), None)
        return Title(title, start, head, gov)


def _matcher(data: RelationData) -> TitleMatcher:
    return data.regex("post_titles", TitleMatcher)


def parse_posts(sent: Sentence, person: int, floor: int, end: int | None = None) -> list[Post]:
    """The posts written before mention ``person`` (or, given ``end``, before ``end``: an appointee's
    post after 为), left to right, reading no further back than ``floor``.  Bodies the string names
    that no mention covers are added as mentions."""
    text, data = sent.text, sent.data
    titles = _matcher(data)
    seps = data.longest_first("post_separators")
    ends: dict[int, list[int]] = {}
    for i in sorted(sent.idx, key=lambda i: sent.mentions[i].start):  # the longest mention first
        ends.setdefault(sent.mentions[i].end, []).append(i)
    posts: list[Post] = []
    held: list[Title] = []
    pos = sent.mentions[person].start if end is None else end
    while pos > floor:
        title = titles.ending_at(text, pos, floor)
        if title is not None:
            held.insert(0, title)
            pos = title.start
            continue
        if held:
            post = _post_with_body(sent, ends, pos, floor, held)
            if post is not None:
                posts.insert(0, post)
                held = []
                pos = post.start
                continue
            if pos - 1 > floor and text[pos - 1] in _units() and any(text.startswith(w, pos - 1 - len(w)) for w in seps):
                posts.insert(0, Post(held, None, pos - 1))  # 区长、区 | 总河长: a post of the scope's own, no body
                held, pos = [], pos - 1
                continue
        sep = next((w for w in seps if pos - len(w) >= floor and text.startswith(w, pos - len(w))), None)
        if sep is None or titles.ending_at(text, pos - len(sep), floor) is None:
            break  # a separator joins two posts: a title must end before it
        pos -= len(sep)
    if held:
        posts.insert(0, Post(held, None, held[0].start))
    _inherit(sent, posts)
    return posts


def _unit_ending(text: str, at: int, floor: int) -> str | None:
    """The scope word of kg's lexicon (街道, 区, 镇 …) ending at ``at``, not before ``floor``, if any."""
    from kg.lang.lexicon import load

    return next((u for u in load().scope_units if at - len(u) >= floor and text.startswith(u, at - len(u))), None)


def _units() -> str:
    """The one-character scope words (区, 市, 县 …) of kg's lexicon."""
    from kg.lang.lexicon import load

    return load().one_char_units


def _post_with_body(sent: Sentence, ends: dict[int, list[int]], pos: int, floor: int,
                    titles: list[Title]) -> Post | None:
    """``titles`` with the body ending at ``pos``: a mention, a body word (after a place), or
    a place whose party committee (甲区 + 党工委书记) or government (甲市 + 副市长) they name."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    here = ends.get(pos, [])
    body = next((i for i in here if mentions[i].type in _LEADS_RANGE and mentions[i].kind != "implied"), None)
    if body is not None:
        return Post(list(titles), body, mentions[body].start, _place_inside(sent, body))
    first = titles[0]
    party = next((w for w in data.longest_first("post_party_words") if first.text.startswith(w)), None)
    if party and len(first.text) > len(party):
        # 泰安高新区党工委 | 书记: the recogniser named the committee with the party word the title opens with
        cut = first.start + len(party)
        named = next((i for i in ends.get(cut, []) if mentions[i].type in _LEADS_RANGE
                      and mentions[i].kind != "implied" and mentions[i].start < first.start), None)
        if named is not None:
            rest = Title(first.text[len(party):], cut, first.head, first.government)
            name = mentions[named].name
            # what the committee is of (泰安高新区), which a bare 管委会 after it takes
            place = name[: -len(party)] if name.endswith(party) and len(name) > len(party) else _place_inside(sent, named)
            return Post([rest, *titles[1:]], named, mentions[named].start, place)
    bare = next((w for w in data.longest_first("post_bare_units") if pos - len(w) >= floor
                 and (pos - len(w) == floor or text[pos - len(w) - 1] in "，,；;")  # (opening the clause)
                 and text.startswith(w, pos - len(w))), None)
    if bare is not None:  # …农业农村局召开会议。局党组书记、局长甲: the bureau the text named just before
        # (院党委书记、院长甲, 校党委书记乙: the hospital or school named before, by its name's endings; a school's
        # 校 is the school named anywhere before on the page, never one of its colleges named nearer)
        at = pos - len(bare)
        endings = tuple(data["post_bare_unit_endings"].get(bare, [bare]))
        if bare in data["post_bare_units_of_the_page"]:
            named = _the_pages(sent, [i for i, n in enumerate(mentions) if n.type in _LEADS_RANGE and n.kind == "name"
                                      and n.name.endswith(endings) and n.end <= at])
        else:
            named = max((i for i, n in enumerate(mentions) if n.type in _LEADS_RANGE and n.name.endswith(endings)
                         and n.kind == "name" and n.end <= at and at - n.end <= _BARE_UNIT_REACH),
                        key=lambda i: mentions[i].end, default=None)
        if named is not None:
            return Post(list(titles), named, at)
    word = next((w for w in data.longest_first("post_body_words")
                 if pos - len(w) >= floor and text.startswith(w, pos - len(w))), None)
    if word is not None:
        start = pos - len(word)
        park = next((w for w in lexicon.load().work_parks if text.endswith(w, floor, start)), None)
        if park is not None and word in _COMMITTEE_WORDS:
            # 园区管委会主任: the committee of the park named before (伊州区甲工业园管理委员会), not 区 + 管委会
            named = max((i for i, n in enumerate(mentions) if n.type == "Agency" and n.kind == "name"
                         and n.end <= start - len(park) and n.name.endswith(_COMMITTEE_WORDS)
                         and any(w in n.name for w in lexicon.load().work_parks)),
                        key=lambda i: mentions[i].end, default=None)
            if named is not None:
                return Post(list(titles), named, start - len(park))
            grounds = max((i for i, n in enumerate(mentions) if n.type in ("Place", "Project") and n.kind == "name"
                           and n.end <= start - len(park) and n.name.endswith(lexicon.load().work_parks)),
                          key=lambda i: mentions[i].end, default=None)
            if grounds is None:
                return None  # (no park named before: no body this post string names)
            return Post(list(titles), _body_at(sent, start - len(park), pos, mentions[grounds].name + _expand(word)),
                        start - len(park))  # (甲工业园 … 园区管委会主任: 甲工业园管委会)
        place = next((i for i in ends.get(start, []) if mentions[i].type == "Place"), None)
        if place is not None:  # 甲区 + 党工委
            p = mentions[place]
            return Post(list(titles), _body_at(sent, p.start, pos, p.name + _expand(word)), p.start, p.name)
        unit = _unit_ending(text, start, floor)
        if unit is not None:  # 镇 + 党委书记: the body of the scope word's division (resolution says which town)
            return Post(list(titles), _body_at(sent, start - len(unit), pos, unit + _expand(word)), start - len(unit))
        return Post(list(titles), _body_at(sent, start, pos, _expand(word)), start)
    place = next((i for i in here if mentions[i].type == "Place"), None)
    if place is None:
        unit = _unit_ending(text, pos, floor)
        if unit is not None and party and len(first.text) > len(party):
            # 镇 + 党委书记: the party committee of the scope word's division (resolution says which town)
            body = _body_at(sent, pos - len(unit), first.start + len(party), unit + _expand(party))
            rest = Title(first.text[len(party):], first.start + len(party), first.head, first.government)
            return Post([rest, *titles[1:]], body, pos - len(unit))
        return None
    p = mentions[place]
    if party and len(first.text) > len(party):  # 甲区 + 党工委书记: 甲区党工委, 书记
        body = _body_at(sent, p.start, first.start + len(party), p.name + party)
        rest = Title(first.text[len(party):], first.start + len(party), first.head, first.government)
        return Post([rest, *titles[1:]], body, p.start, p.name)
    if first.government:  # 甲市 + 副市长: the government of 甲市 (made with the edges)
        return Post(list(titles), None, p.start, p.name)
    return None


#: the words of a park's committee (园区管委会)
_COMMITTEE_WORDS = ("管委会", "管理委员会")
#: how far before a post opening with a bare unit word (局党组书记) the body it means may be named
_BARE_UNIT_REACH = 200


def _expand(word: str) -> str:
    """A body word written out as the recogniser writes it (政府 → 人民政府, 统战部 → 统一战线工作部)."""
    from kg.lang.lexicon import load

    full = load().abbreviations.get(word)
    return full[0] if full else word


def _place_inside(sent: Sentence, body: int) -> str | None:
    """The innermost place named inside a body's name (乙区 of 甲市乙区委)."""
    m = sent.mentions[body]
    inside = [sent.mentions[k] for k in sent.idx if k != body and sent.mentions[k].type == "Place"
              and m.start <= sent.mentions[k].start and sent.mentions[k].end <= m.end]
    return max(inside, key=lambda p: p.end).name if inside else None


def _body_at(sent: Sentence, start: int, end: int, name: str) -> int | Body:
    """The body a post string names at ``[start, end)``: the recogniser's mention when it has
    one there, else a :class:`Body` to be made a mention if an edge needs it."""
    for i in sent.idx:
        m = sent.mentions[i]
        if m.start == start and m.end == end and m.type not in PERSON_TYPES and m.type != "Place":
            return i
    return Body(start, end, name)


def _mention_of(sent: Sentence, body: int | Body) -> int:
    """The mention index of ``body``, making the mention the first time (an Agency: party
    committees, governments and their units are what post strings name without a mention)."""
    if isinstance(body, int):
        return body
    made = sent.article.state.setdefault("post_bodies", {})
    key = (body.start, body.end, body.name)
    if key not in made:
        mention = Mention(body.start, body.end, sent.text[body.start:body.end], "Agency", body.name, kind=body.kind,
                          rule="post_body")
        made[key] = sent.add_mention(mention, visible=body.kind != "implied")
    return made[key]


def _inherit(sent: Sentence, posts: list[Post]) -> None:
    """A body written as a bare word takes what the bodies before it in the string name:
    a party department the party committee (市委 … 统战部 → 市委统一战线工作部), any other the
    place (甲区党工委 … 管委会 → 甲区管委会)."""
    data, mentions = sent.data, sent.mentions
    departments = set(data["post_party_departments"])
    inheritors = data.longest_first("post_inherit_words")  # (党工委 before 工委: 街道党工委 is 街道's)
    party_words = tuple(data["post_party_committees"])
    place: str | None = None
    party: str | None = None
    party_body: int | Body | None = None
    for post in posts:
        if post.body is None:
            place = post.place or place
            continue
        text = sent.text[post.body.start:post.body.end] if isinstance(post.body, Body) else mentions[post.body].text
        written_out = not isinstance(post.body, Body) and len(mentions[post.body].name) >= len(text) + 2  # (not 区 + 管委会)
        if (text in departments or text in inheritors) and not (written_out and not party and not place):
            # (a bare word the recogniser already named after the chain of posts it ends, 甲街道党工委书记乙、办事处
            # 主任丙: 甲街道办事处, keeps that name)
            whose = party if text in departments else place
            longer = None if whose else _named_longer(mentions, text)
            if not whose and longer is None:
                post.body = None  # whose 统战部, whose 管委会? a bare name would join every article's into one
                continue
            if not whose:  # (甲开发区管理委员会 named in full in the article, and no other: the bare name is it)
                if isinstance(post.body, Body):
                    post.body.name = longer[0]
                else:
                    mentions[post.body] = replace(mentions[post.body], name=longer[0], type=longer[1])
                continue
            if isinstance(post.body, Body):
                post.body.name = whose + _expand(text)
            else:
                mentions[post.body] = replace(mentions[post.body], name=whose + _expand(text))
            if text in inheritors:
                post.place = place
            else:
                post.parent = party_body
        name = post.body.name if isinstance(post.body, Body) else mentions[post.body].name
        if name.endswith(party_words):
            party, party_body = name, post.body
        own = next((name[: -len(w)] for w in inheritors if name.endswith(w) and len(name) > len(w)), None)
        # (新区工委委员、管委副主任: the committee's name says what it is of when no place mention does)
        place = post.place or (own if own and text not in inheritors else None) or place


def _named_longer(mentions: list[Mention], word: str) -> tuple[str, str] | None:
    """The one body the article names in full that the bare word is short for (甲开发区管理委员会 for 管委会), its
    name and type; ``None`` when it names none or several."""
    from kg.lang.lexicon import load

    endings = (*load().body_endings(word), _expand(word))  # (管委会: …管理委员会)
    names = {(m.name, m.type) for m in mentions if m.name.endswith(endings) and len(m.name) > len(word)
             and m.kind == "name" and m.type in _MEMBER_RANGE and m.text != word}
    return names.pop() if len(names) == 1 else None


def _government(sent: Sentence, post: Post, title: Title, before: str | None) -> int:
    """The 人民政府 a government title names: of the place written before it, or of the
    place of the body before it when the levels agree (乙区 for 区长), else of the scope word."""
    scope = title.government or ""
    place = post.place or before
    if not (place and place.endswith(scope)):
        place = scope
    name = place + sent.data["post_government_body"]
    return _mention_of(sent, Body(title.start, title.start + len(title.text), name, kind="implied"))


def _edges(sent: Sentence, posts: list[Post]) -> list[tuple[int | Body | None, list[Title]]]:
    """(body, titles) per body a post string names; a government title gets its 人民政府.
    A party department's post also says whose it is: ``partOf`` the committee before it."""
    out: list[tuple[int | Body | None, list[Title]]] = []
    before: str | None = None
    for post in posts:
        own = [t for t in post.titles if not t.government]
        if own and (post.body is not None or not any(t.government for t in post.titles)):
            out.append((post.body, own))
            if post.body is not None and post.parent is not None:
                sent.add(_mention_of(sent, post.body), "partOf", _mention_of(sent, post.parent), "post_title")
        for t in post.titles:
            if t.government:
                out.append((_government(sent, post, t, before), [t]))
        before = post.place or before
    return out


def _visited_body(sent: Sentence, titles: list, start: int) -> int | None:
    """The body a visit's clause names, for a head's bare title after it (在甲科技有限公司，董事长张某介绍;
    来到乙医院，院长李某…): a body right after a visiting word (visit_to, visit_at_words) opening the sentence or a
    clause, a site of it at most (昆明理工大学呈贡校区: post_visit_sites), in the same sentence before the
    title, of a kind the title heads (post_title_bodies)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    heads = data["post_title_bodies"]
    kinds = [tuple(heads[t.text]) for t in titles if t.head and t.text in heads]
    if not kinds:
        return None
    visits = lexicon.load().visit_to_words + tuple(data["visit_at_words"])  # (scope_words.tsv visit_to: 来到, 走进 …)
    for i in sorted((i for i in sent.idx if mentions[i].type in _LEADS_RANGE and mentions[i].end <= start
                     and not sent.nested(i)), key=lambda i: mentions[i].start, reverse=True):
        b = mentions[i]
        comma = min((k for k in (text.find("，", b.end, start), text.find(",", b.end, start)) if k >= 0), default=-1)
        site = text[b.end : comma]  # 在昆明理工大学 | 呈贡校区，: a site of the body (post_visit_sites)
        if not any(text.endswith(v, sent.start, b.start) for v in visits) or comma < 0 \
                or site and not (len(site) <= 6 and site.endswith(tuple(data["post_visit_sites"]))):
            continue
        if any(b.name.endswith(kind) for kind in kinds[0]) and "。" not in text[b.end : start]:
            return i
    return None


def _body_headed(sent: Sentence, titles: list) -> int | None:
    """The body a head's bare title taken on is of (甲组建乙合作社并担任理事长, 甲担任合作社理事长): the nearest body
    of a kind the title heads (post_title_bodies) named before it in the sentence, else of those the article named
    before, the one it is about (:func:`_the_pages`); for a title a page's own body is meant by
    (post_titles_of_the_page: not 主任, which heads too many kinds), and no other unit's word before it in the post
    (兼任集团总院长: the group's, which the title names no kind of)."""
    text, mentions, heads = sent.text, sent.mentions, sent.data["post_title_bodies"]
    own = sent.data["post_titles_of_the_page"]
    kinds = tuple(k for t in titles if t.head and t.text in own for k in heads.get(t.text, ()))
    # a working body's titles, the deputies' too (成立甲指挥部，…乙任指挥长，丙任副指挥长): the body set up before
    working = sent.data["post_titles_of_a_working_body"]
    kinds += tuple(k for t in titles if (base := t.text.removeprefix("常务").removeprefix("副")) in working
                   for k in heads.get(base, ()))
    start = titles[0].start
    verbs = tuple(sent.data["post_taking_verbs"])
    at = start  # (the words between the verb of taking it on and the title)
    while at > sent.start and start - at < 8 and "\u4e00" <= text[at - 1] <= "\u9fff" and not text.endswith(verbs, 0, at):
        at -= 1
    if not kinds or at < start and not (text.endswith(verbs, 0, at) and text.endswith(kinds, at, start)):
        return None
    before = [i for i in sent.idx if mentions[i].type in _LEADS_RANGE and mentions[i].end <= start
              and not sent.nested(i) and mentions[i].name.endswith(kinds)]
    if before:
        return max(before, key=lambda i: mentions[i].end)
    return _the_pages(sent, [i for i, n in enumerate(mentions) if n.type in _LEADS_RANGE and n.kind == "name"
                             and n.end <= start and n.name.endswith(kinds)])


def _body_of_the_page(sent: Sentence, titles: list, start: int) -> int | None:
    """The body a bare title opening a clause is of (校长孔祥玉说, 总经理葛新宇表示, 副校长陈一凡出席): of the bodies of
    the kind the title (or the head's title of a deputy's: 副校长) heads named before, the one the page names most
    often (not a college of the university, nor a firm's group, named once), where the title is one of those a
    page's own body is meant by (post_titles_of_the_page: not 主任, which heads too many kinds)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if start > sent.start and text[start - 1] not in "，,；;：:":
        return None
    heads, own = data["post_title_bodies"], data["post_titles_of_the_page"]
    first = titles[0].text.removeprefix("常务").removeprefix("副")
    if first not in own or first not in heads:
        return None
    kinds = tuple(heads[first])
    firm = "公司" in kinds  # (a firm the page names by its brand alone: 华晶新材 … 总经理甲)
    named = [i for i, n in enumerate(mentions) if n.type in _LEADS_RANGE and n.kind == "name" and n.end <= start
             and (n.name.endswith(kinds) or firm and n.type == "Company")]
    return _the_pages(sent, named)


def _the_pages(sent: Sentence, named: list[int]) -> int | None:
    """Of the bodies ``named``, the one the page is about: one of the kinds that hold others (post_bodies_first: a
    university, not one of its colleges) if any is, named most often (by name or referred to), the nearest of those."""
    mentions = sent.mentions
    first_kinds = tuple(sent.data["post_bodies_first"])
    if any(mentions[i].name.endswith(first_kinds) for i in named):
        named = [i for i in named if mentions[i].name.endswith(first_kinds)]
    if not named:
        return None
    names = {mentions[i].name for i in named}
    # a name written again without its places (凤凰实验学校 of 钢城区凤凰实验学校) counts for the full name
    full = {n: max((f for f in names if f.endswith(n)), key=len) for n in names}
    said = Counter(n.name for n in mentions if n.type in _LEADS_RANGE)
    times: Counter = Counter()
    for n in names:
        times[full[n]] += said[n]
    return max((i for i in named if full[mentions[i].name] == mentions[i].name),
               key=lambda i: (times[mentions[i].name], mentions[i].end))


def _add_post(sent: Sentence, person: int, body: int | Body, titles: list[Title],
              rule_name: str = "post_title", planned: bool = False) -> tuple[int, str, dict] | None:
    """``person`` leads ``body`` (a head's title among ``titles``) or is a member of it, where its type allows:
    the edge added (body, predicate, qualifiers), else ``None``; ``planned``: a post proposed, not yet held."""
    body = _mention_of(sent, body)
    sections = sent.data["post_section_heads"]
    # (甲支队科长: a section's head, the section unnamed, is a member of the body named; 甲局乙科科长 leads 乙科)
    head = any(t.head and not (t.text in sections and not sent.mentions[body].name.endswith(tuple(sections[t.text])))
               for t in titles)
    if sent.mentions[body].type not in (_LEADS_RANGE if head else _MEMBER_RANGE):
        return None
    edge = (body, "leads" if head else "memberOf",
            {"role": "、".join(t.text for t in titles), **({"modality": "planned"} if planned else {})})
    sent.add(person, edge[1], body, rule_name, edge[2])
    return edge


def _add_named_posts(sent: Sentence, person: int, posts: list[Post], bare: int | None = None,
                     planned: bool = False) -> None:
    """The edges of ``posts`` whose body is named (leads or memberOf by the titles); ``bare``: the body of a
    bare title, where the sentence says whose it is; ``planned``: posts proposed."""
    for body, titles in _edges(sent, posts):
        body = bare if body is None else body
        if body is not None:
            _add_post(sent, person, body, titles, planned=planned)


def _body_given_by(sent: Sentence, person: int) -> int | None:
    """The body written right before the 由 that introduces ``person`` (甲中心由副院长乙兼任主任, 成立了丙合作社，由丁担任
    理事长): the body whose post the person takes on, when the post after the verb names none."""
    text, mentions = sent.text, sent.mentions
    by = text.rfind("由", sent.start, mentions[person].start)
    if by < 0 or any(c in text[by : mentions[person].start] for c in sent.data["clause_stops"]):
        return None
    end = by - 1 if text[by - 1 : by] in ("，", ",") else by
    return next((i for i in sent.idx if mentions[i].end == end and mentions[i].type in _LEADS_RANGE
                 and not sent.nested(i)), None)


def _post_given(sent: Sentence, person: int) -> tuple[int, int] | None:
    """Where the clause starts and where its 由 is, when a post is written before 由 in the clause of ``person``
    and a verb of taking one on closes it (院长由副校长韩卫东兼任, 主任由从甲医院引进的专家乙担任), else ``None``."""
    text, data, m = sent.text, sent.data, sent.mentions[person]
    verb = next((v for v in data.longest_first("post_taking_verbs") if text.startswith(v, m.end)), None)
    stops = data["clause_stops"]
    if verb is None or m.end + len(verb) < sent.end and text[m.end + len(verb)] not in stops:
        return None  # (兼任乙街道党工委书记: the post after the verb, _posts_taken_on)
    start = max([sent.start] + [k + 1 for k in range(sent.start, m.start) if text[k] in stops])
    by = text.rfind("由", start, m.start)
    if by < 0 or _matcher(data).ending_at(text, by, start) is None:
        return None
    return start, by


def _add_given_posts(sent: Sentence, person: int) -> None:
    """The edges of a post written before 由 in the clause of a person and a verb of taking one on closing it
    (:func:`_post_given`): the person holds it.  A bare title's body is the nearest body of a kind it heads named
    before it in the sentence (新成立的甲研究院为…机构，院长由…), else the page's (:func:`_body_of_the_page`)."""
    given = _post_given(sent, person)
    if given is None:
        return
    start, by = given
    data = sent.data
    heads, mentions = data["post_title_bodies"], sent.mentions
    for body, titles in _edges(sent, parse_posts(sent, person, start, end=by)):
        if body is None:
            kinds = tuple(k for t in titles if t.head for k in heads.get(t.text, ()))
            before = [i for i in sent.idx if mentions[i].type in _LEADS_RANGE and mentions[i].end <= titles[0].start
                      and not sent.nested(i) and kinds and mentions[i].name.endswith(kinds)]
            body = max(before, key=lambda i: mentions[i].end) if before else _body_of_the_page(sent, titles, titles[0].start)
            if body is None:
                continue
        _add_post(sent, person, body, titles)


def _held_after(text: str, m: Mention, end: int) -> int | None:
    """Where the post of ``m``'s role starts when it is written after the name and a verb of holding it
    (HOLDING: 张晓东现任…, 张晓东，男，…，现任…) in the sentence, else ``None``."""
    if not m.role:
        return None
    at = text.find(m.role, m.end, end)
    return at if at > m.end and text.endswith(HOLDING, m.end, at) else None


def _posts_taken_on(sent: Sentence, person: int) -> list[Post]:
    """The posts written after the person and a verb of taking one on (post_taking_verbs: 兼任, 担任), up to
    the clause's end: 副区长李强兼任乙街道党工委书记 → 乙街道党工委书记; or after 并 and the verb closing what the
    person did in the clause (甲牵头组建乙合作社并担任理事长)."""
    text, data, m = sent.text, sent.data, sent.mentions[person]
    verbs = data.longest_first("post_taking_verbs")
    stops = set(data["clause_stops"])
    at = m.end + (len(COMRADE) if text.startswith(COMRADE, m.end) else 0)  # (王晓梅同志任…)
    verb = next((v for v in verbs if text.startswith(v, at)), None)
    if verb is None:
        clause_end = next((k for k in range(m.end, sent.end) if text[k] in stops), sent.end)
        at = text.find("并", m.end, clause_end)
        verb = next((v for v in verbs if text.startswith(v, at + 1)), None) if at >= 0 else None
        if verb is None or any(sent.mentions[i].type in PERSON_TYPES and m.end <= sent.mentions[i].start < at
                               for i in sent.idx):
            return []  # (甲带领乙…并担任: the person nearest the verb takes it on)
        at += 1
    start = at + len(verb)
    stop = next((k for k in range(start, sent.end) if text[k] in stops), sent.end)
    titles = _matcher(data)
    end = next((k for k in range(stop, start, -1) if titles.ending_at(text, k, start) is not None), None)
    return parse_posts(sent, person, start, end=end) if end is not None else []


def _posts_proposed(sent: Sentence, person: int) -> list[Post]:
    """The posts a notice proposes for the person (任前公示: 张晓东，男，…，现任甲，拟任乙局局长; post_proposing_verbs),
    written after the name and before the next person's, up to the clause's end: planned, as the verb's 拟 says."""
    text, data, m = sent.text, sent.data, sent.mentions[person]
    if text.find("拟", m.end, sent.end) < 0:
        return []  # (every proposing verb holds 拟: the cheap test first)
    after = min((sent.mentions[i].start for i in sent.idx if sent.mentions[i].type in PERSON_TYPES
                 and sent.mentions[i].start >= m.end), default=sent.end)
    found = [(at, v) for v in data.longest_first("post_proposing_verbs") if (at := text.find(v, m.end, after)) >= 0]
    if not found:
        return []
    at, verb = min(found)
    start = at + len(verb)
    stops = set(data["clause_stops"])
    stop = next((k for k in range(start, after) if text[k] in stops), after)
    titles = _matcher(data)
    end = next((k for k in range(stop, start, -1) if titles.ending_at(text, k, start) is not None), None)
    return parse_posts(sent, person, start, end=end) if end is not None else []


def _post_in_brackets(sent: Sentence, person: int) -> tuple[int, int] | None:
    """Where the post written in brackets right after a name no title introduces starts and ends
    (``吴发展（甲公司董事长）``, as lists of honoured people write it), else ``None``."""
    text, m = sent.text, sent.mentions[person]
    if m.role and text.endswith(m.role, 0, m.start) or text[m.end : m.end + 1] not in ("（", "("):
        return None  # (局长张三（左）: the post written before the name)
    close = next((k for k in range(m.end + 1, min(sent.end, m.end + 40)) if text[k] in "）)（("), None)
    if close is None or text[close] not in "）)" or _matcher(sent.data).ending_at(text, close, m.end + 1) is None:
        return None
    return m.end + 1, close


#: a short note in brackets on a person, right after the name (（女）, （回族）)
_NAME_NOTE = re.compile(r"[（(][^（）()\n]{1,6}[)）]")
#: what may open a line of a list before the name: its number (1．, 2., （3）, 一、)
_LINE_NUMBER = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[ \t\u3000]*")
#: a note in brackets closing a line of a list, after the post (（市北区）: where the person works)
_LINE_END_NOTE = re.compile(r"[（(][^（()）\n]{1,12}[)）]$")


def post_after_space(sent: Sentence, person: int, titled: bool = True) -> tuple[int, int] | None:
    """Where the post written after a name that opens its line, a space apart, runs to the line's end
    (``王晓梅　甲镇党委副书记、镇长``, as lists of honoured people write it), else ``None``; ``titled``: only where
    it ends with a title kg knows (a note on the person in a list needs none: 市财政局预算股股长). A short note in
    brackets may stand between the name and the space (王晓梅（女）　甲公司执行董事), the list's number before the name
    (1．王晓梅　…) and a note after the post (…董事长（乙区）)."""
    text, m = sent.text, sent.mentions[person]
    note = _NAME_NOTE.match(text, m.end)
    name_end = note.end() if note is not None else m.end
    line = text.rfind("\n", 0, m.start) + 1  # (1．王晓梅　…: the list's number may open the line)
    if not _LINE_NUMBER.fullmatch(text, line, m.start) or text[name_end : name_end + 1] not in (" ", "\u3000", "\t"):
        return None
    start = name_end
    while start < sent.end and text[start] in " \u3000\t":
        start += 1
    end = text.find("\n", start)
    end = sent.end if end < 0 or end > sent.end else end
    end = len(text[:end].rstrip())
    if (closing := _LINE_END_NOTE.search(text, start, end)) is not None:
        end = closing.start()  # 王晓梅　甲公司董事长（乙区）: where the person works, after the post
    if not 2 <= end - start <= 40 or any(c in text[start:end] for c in "。；;！？") \
            or titled and _matcher(sent.data).ending_at(text, end, start) is None:
        return None
    return start, end


@rule("post_given_person", needs=("Person",))
def post_given_person(sent: Sentence) -> None:
    """A person no title introduces who takes on a post written before 由 (甲中心主任由从乙医院引进的专家丙担任), or
    whose post is written in brackets after the name (吴发展（甲公司董事长）), or who takes one on after the name
    (由王某任组长), or for whom a notice proposes one (甲，男，…，拟任乙局局长), is an official (GUIDE §2: a named
    person whom the text gives a post); ``post_title`` then gives the edge."""
    mentions = sent.mentions
    for i in sent.idx:
        if mentions[i].type == "Person" and mentions[i].kind == "name" and (
                _post_given(sent, i) is not None or _post_in_brackets(sent, i) is not None
                or post_after_space(sent, i) is not None or _posts_proposed(sent, i) or _posts_taken_on(sent, i)):
            mentions[i] = replace(mentions[i], type="Official")
            sent.types.add("Official")


@rule("post_title", needs=("Official",))
def post_title(sent: Sentence) -> None:
    """One edge per post of each official's post string (see the module docstring)."""
    mentions, data, text = sent.mentions, sent.data, sent.text
    people = sorted((i for i in sent.idx if mentions[i].type == "Official"), key=lambda i: mentions[i].start)
    if not people:
        return
    stops = set(data["clause_stops_hard"])
    seps = data.longest_first("post_separators")
    floor = sent.start
    # (end of the official before, the last body of its posts, the titles it holds there)
    previous: tuple[int, int, set[str]] | None = None
    listed: Mention | None = None  # the official before
    listed_edges: list[tuple[int, str, dict]] = []  # the edges it got
    for person in people:
        m = mentions[person]
        if listed is not None and m.role and listed.role == m.role and listed.end + 1 == m.start \
                and text[listed.end] == "、":
            for body, predicate, qualifiers in listed_edges:  # 副市长王静、孙海波: a name listed after one a
                sent.add(person, predicate, body, "post_title", qualifiers)  # post introduces holds the same post
            listed = m
            if previous is not None:  # (副主席甲、乙，秘书长丙: the post after the list is the same body's)
                previous = (m.end, previous[1], previous[2])
            continue
        held = _held_after(text, m, sent.end)
        if held is None:
            taken = _posts_taken_on(sent, person)  # 李强兼任乙街道党工委书记
            bare = _body_given_by(sent, person)  # 甲中心由副院长乙兼任主任
            loose = [t for post in taken if post.body is None for t in post.titles if not t.government]
            if bare is None and loose:
                bare = _body_headed(sent, loose)  # 甲组建乙合作社并担任理事长
            _add_named_posts(sent, person, taken, bare)
            _add_given_posts(sent, person)  # 院长由副校长韩卫东兼任
        low = max([floor] + [mentions[i].end for i in sent.idx if mentions[i].type in PERSON_TYPES
                             and mentions[i].end <= m.start])
        # (a stop inside a body's mention is no stop: 甲集团有限公司（以下简称甲集团）| 董事长, the declared short name's
        # brackets are the full name's mention's)
        low = max([low] + [k + 1 for k in range(low, m.start) if text[k] in stops
                           and not any(mentions[i].start < k < mentions[i].end for i in sent.idx)])
        given = _list_end(sent, people, m)
        # (提名甲为乙局局长人选: the nominee's post is proposed, not yet held)
        nominated = bool(m.role) and text.startswith(APPOINTED + m.role + _NOMINEE, given)
        if m.role and text.startswith(APPOINTED + m.role, given):
            # 任命张明为 | 市财政局局长: the post given is written after the name (or the list of names) and 为
            posts = parse_posts(sent, person, given + 1, end=given + 1 + len(m.role))
        elif m.role and text[m.start - 1 : m.start] == APPOINTED and text.endswith(m.role, 0, m.start - 1):
            # 区财政局局长为 | 王刚: the post, 为, then who holds it (the body before the title read as before a
            # name: 其中，机械工程学院 | 院长为邵建国)
            posts = parse_posts(sent, person, min(low, m.start - 1 - len(m.role)), end=m.start - 1)
        elif held is not None:
            # 张晓东，男，1978年5月出生，现任 | 甲区人民政府副区长: the post held, after the name and a résumé
            posts = parse_posts(sent, person, held, end=held + len(m.role))
        elif (bracket := _post_in_brackets(sent, person) or post_after_space(sent, person)) is not None:
            posts = parse_posts(sent, person, *bracket)  # 吴发展（甲公司董事长）, 王晓梅　甲镇党委副书记
        else:
            posts = parse_posts(sent, person, low)
        _add_named_posts(sent, person, _posts_proposed(sent, person), planned=True)  # …，拟任乙局局长: proposed
        listed, listed_edges = m, []
        last_body, last_titles = None, set()
        for body, titles in _edges(sent, posts):
            if body is None:
                # 甲集团董事长张某，党委副书记、总经理李某: the body of the official just before
                start = titles[0].start
                if previous is not None and any(text.startswith(w, previous[0]) and previous[0] + len(w) == start
                                                for w in seps):
                    body = previous[1]
                elif previous is not None and _deputy_of(titles, previous[2]):
                    body = previous[1]  # 常委会主任甲主持会议，副主任乙、丙出席: the deputies of the same body
                elif held is not None and (given := _body_given_by(sent, person)) is not None:
                    body = given  # 成立了甲合作社，由乙担任理事长: the body before 由
                else:
                    visited = _visited_body(sent, titles, start)
                    if visited is None:
                        visited = _body_of_the_page(sent, titles, start)
                    if visited is None and held is not None:
                        visited = _body_headed(sent, titles)  # 合作社…，甲担任理事长
                    if visited is None:
                        continue
                    body = visited
            edge = _add_post(sent, person, body, titles, planned=nominated)
            if edge is None:
                continue
            body = edge[0]
            listed_edges.append(edge)
            if mentions[body].kind != "implied":
                last_body, last_titles = body, {t.text for t in titles}
        previous = (m.end, last_body, last_titles) if last_body is not None else None


#: the word after a post given with 为 that makes its holder a nominee (提名甲为乙局局长人选)
_NOMINEE = "人选"


def _list_end(sent: Sentence, people: list[int], m: Mention) -> int:
    """Where the list of officials given the same post that ``m`` opens ends (任命秦雅楠、路海涛 | 为…): after the
    last name joined by 、 whose role is ``m``'s, and the 同志 after it."""
    text, mentions, end = sent.text, sent.mentions, m.end
    while text[end : end + 1] == "、":
        listed = next((i for i in people if mentions[i].start == end + 1 and mentions[i].role == m.role), None)
        if listed is None:
            break
        end = mentions[listed].end
    return end + (len(COMRADE) if text.startswith(COMRADE + APPOINTED, end) else 0)  # (任命王某同志 | 为…)


def _deputy_of(titles: list, held: set[str]) -> bool:
    """Whether ``titles`` are deputies' (副主任) of a title the official before holds (主任): one body's."""
    return any(t.text.startswith("副") and t.text[1:] in held for t in titles)


#: how far before a credited reporter the paper may be named (昆明日报全媒体记者 施雅 摄影 刘朝阳)
_CREDIT_REACH = 24
#: credit words after which a name is no reporter of the paper before (半岛全媒体记者 刘笑笑 通讯员 姜娟)
_OTHER_CREDITS = ("通讯员", "摄影", "摄像", "实习生", "编辑")


@rule("press_credit", needs=("Organization",))
def press_credit(sent: Sentence) -> None:
    """A reporter credited with a paper is memberOf it (see the module docstring)."""
    text, mentions = sent.text, sent.mentions
    outlets = [i for i in sent.idx if mentions[i].rule == "byline_outlet"]
    if not outlets:
        return
    for i in sent.idx:
        m = mentions[i]
        if m.kind != "byline" or not (m.role or "").endswith("记者"):
            continue
        before = [o for o in outlets if m.start - _CREDIT_REACH <= mentions[o].end <= m.start
                  and not any(c in text[mentions[o].end : m.start] for c in "。！？；")
                  and not any(w in text[mentions[o].end : m.start] for w in _OTHER_CREDITS)]
        if before:
            sent.add(i, "memberOf", before[-1], "press_credit", {"role": m.role})


@rule("member_staff", needs=PERSON_TYPES)
def member_staff(sent: Sentence) -> None:
    """``甲局环卫工人乙``, ``甲公司聚合车间主任乙``: 乙 is memberOf the body (see the module docstring)."""
    text, mentions = sent.text, sent.mentions
    bodies = {mentions[i].end: i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)}
    if not bodies:
        return
    posted = {f[0] for f in sent.found if f[1] in ("leads", "memberOf")}
    for i in sent.idx:
        m = mentions[i]
        if m.type not in PERSON_TYPES or m.kind != "name" or i in posted:
            continue  # (车间主任 makes an official of the name after it, whose post names no body)
        job = next((t for t in _staff_jobs() if text.endswith(t, 0, m.start)), None)
        if job is None:
            job = _job_after_body(sent, m.start, bodies)
            if job is None:
                continue
        at = m.start - len(job)  # (甲公司聚合车间主任乙, 甲医院心内科医生乙: the body's unit, a few characters, between)
        body = next((bodies[k] for k in range(at, at - _UNIT_GAP - 1, -1) if k in bodies
                     and all("\u4e00" <= c <= "\u9fff" for c in text[k:at])
                     and not any(k < mentions[j].end and mentions[j].start < at for j in sent.idx)), None)
        if body is not None:
            sent.add(i, "memberOf", body, "member_staff", {"role": text[mentions[body].end : at] + job})


@rule("member_contact", needs=PERSON_TYPES)
def member_contact(sent: Sentence) -> None:
    """``联系人：甲局乙处 王某``: the person a notice gives as its contact, written after the body and a space, works
    there (memberOf; member_contact_words)."""
    text, mentions = sent.text, sent.mentions
    line = text.rfind("\n", 0, sent.start) + 1  # (a contact after a semicolon may be a sentence of its own)
    for word in sent.data["member_contact_words"]:
        at = text.find(word, line, sent.end)
        if at < 0 or text[at + len(word) : at + len(word) + 1] not in ("：", ":"):
            continue
        opens = at + len(word) + 1
        line_end = text.find("\n", opens)
        line_end = sent.end if line_end < 0 else min(line_end, sent.end)
        # (the contacts of the line one after another: 联系人：甲局乙处 王某，电话：…；丙局丁处 李某，…)
        bodies = [i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)
                  and opens <= mentions[i].start < line_end and (mentions[i].start == opens or text[mentions[i].start - 1] in "；;")
                  and mentions[i].start >= sent.start]
        for body in bodies:
            gap = mentions[body].end
            while gap < sent.end and text[gap] in " \u3000\t":
                gap += 1
            person = next((i for i in sent.idx if mentions[i].type in PERSON_TYPES and mentions[i].start == gap
                           and gap > mentions[body].end), None)
            if person is not None:
                sent.add(person, "memberOf", body, "member_contact")


@rule("member_line", needs=PERSON_TYPES)
def member_line(sent: Sentence) -> None:
    """``王某　甲公司电焊班班长``, ``李某（女）　乙学校机电系教师``: a person opening a line of a list, the body written
    first after a space (:func:`post_after_space`) and a job no title kg knows closes, works there (memberOf, the
    job its role).  A post kg knows is post_title's (a head's title makes a leader)."""
    text, mentions = sent.text, sent.mentions
    posted = {f[0] for f in sent.found if f[1] in ("leads", "memberOf")}
    titles = _matcher(sent.data)
    for i in sent.idx:
        if mentions[i].type not in PERSON_TYPES or mentions[i].kind != "name" or i in posted:
            continue
        span = post_after_space(sent, i, titled=False)
        if span is None:
            continue
        start, end = span
        body = next((j for j in sent.idx if mentions[j].start == start and mentions[j].type in BODY_TYPES
                     and not sent.nested(j)), None)
        if body is None or titles.ending_at(text, end, mentions[body].end) is not None:
            continue
        job = text[mentions[body].end : end]
        if any(start < mentions[j].start < end and mentions[j].type in BODY_TYPES and not sent.nested(j)
               for j in sent.idx if j != body) or not all("\u4e00" <= c <= "\u9fff" or c in "、" for c in job):
            continue  # (two bodies, or more than a job after the body: no column of one workplace)
        sent.add(i, "memberOf", body, "member_line", {"role": job} if job else {})


@rule("member_group_line", needs=PERSON_TYPES)
def member_group_line(sent: Sentence) -> None:
    """``组　长：王某（区委副书记、区长）``, ``成　员：甲（…）、乙（…）``: a line of a working body's members — its role
    (member_group_roles), a colon, the people, each perhaps with a post in brackets — under the line that names the
    body (``对甲领导小组组成人员作如下调整：``: member_group_bodies), other such lines between: each person holds the
    role in that body (a head's role leads, any other memberOf)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    start = sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    line = _GROUP_LINE.match(text, start, sent.end)
    if line is None or (role := re.sub(r"\s", "", line.group("role"))) not in data["member_group_roles"]:
        return
    body = _group_heading_body(sent, start)
    if body is None:
        return
    head = (info := lexicon.load().titles.get(role)) is not None and info.head
    for i in sent.idx:
        m = mentions[i]
        if m.type in PERSON_TYPES and m.start >= line.end() and not sent.nested(i) \
                and text[line.end() : m.start].rstrip(" \t\u3000").endswith(("：", ":", "、", "）", ")", "")) \
                and _GROUP_ITEM_END.match(text, m.end):
            sent.add(i, "leads" if head else "memberOf", body, "member_group_line", {"role": role})


#: a line opening with a working body's role and a colon (组　长：, 副组长：, 成　员：)
_GROUP_LINE = re.compile(r"(?P<role>[\u4e00-\u9fff](?:[\u4e00-\u9fff \u3000]{0,6}[\u4e00-\u9fff])?)[：:]")
#: what follows a person listed on such a line: a post in brackets, the next name, the line's end
_GROUP_ITEM_END = re.compile(r"[ \t\u3000]*(?:[（(]|、|，|,|；|;|。|\n|$)")
#: the most lines of members between the line naming the working body and a line of its members
_GROUP_LINES = 12


def _group_heading_body(sent: Sentence, line_start: int) -> int | None:
    """The working body the line naming it, above the lines of its members before ``line_start``, names last."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    at = line_start
    for _ in range(_GROUP_LINES):
        above = text.rfind("\n", 0, max(0, at - 1)) + 1
        if above >= at:
            return None
        kinds = tuple(data["member_group_bodies"])
        bodies = [i for i, m in enumerate(mentions) if m.type == "Agency" and above <= m.start and m.end <= at
                  and m.name.endswith(kinds)]
        if bodies:
            return max(bodies, key=lambda i: mentions[i].end)
        row = text[above:at].strip()
        line = _GROUP_LINE.match(row)
        if row and (line is None or re.sub(r"\s", "", line.group("role")) not in data["member_group_roles"]):
            return None  # (a line of another kind between: no list of this body's members)
        at = above
    return None


#: how many characters naming a unit of the body (聚合车间, 心内科) may stand between the body and a job
_UNIT_GAP = 4


def _job_after_body(sent: Sentence, start: int, bodies: dict[int, int]) -> str | None:
    """The job written between a body and the name at ``start`` that no title names, ending as jobs do
    (job_endings.txt: 甲茶业有限公司 | 制茶师 | 王某), two to four characters; else ``None``."""
    lex, text = lexicon.load(), sent.text
    return next((text[k:start] for k in range(start - 2, start - 5, -1) if k in bodies and lex.is_job(text[k:start])), None)


@functools.cache
def _staff_jobs() -> tuple[str, ...]:
    """The Person titles of titles.tsv, longest first: jobs at the body written before them (环卫工人, 记者 of a paper in
    the text; a byline's credits are bylines' mentions, press_credit's)."""
    return tuple(sorted((t for t, info in lexicon.load().titles.items() if info.type == "Person"), key=len, reverse=True))


@rule("member_listed", needs=("Official", "Person"))
def member_listed(sent: Sentence) -> None:
    """A person a list of people names right after the body they work for, with no post (甲局赵某、乙局刘某等10名
    同志: kg_officials' ``body_name``) is memberOf that body."""
    mentions = sent.mentions
    bodies = {mentions[i].end: i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)}
    for i in sent.idx:
        if mentions[i].rule == "body_name" and (body := bodies.get(mentions[i].start)) is not None:
            sent.add(i, "memberOf", body, "member_listed")


@rule("member_dispatched", needs=("Official", "Person"))
def member_dispatched(sent: Sentence) -> None:
    """``甲局派驻乙村第一书记丙``: 丙 is memberOf 甲局 (see the module docstring); the body is written right before the
    sending word, the village and the post between it and the name."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    words = data.longest_first("member_dispatch_words")
    if not any(text.find(w, sent.start, sent.end) >= 0 for w in words):
        return
    bodies = {mentions[i].end: i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)}
    for i in sent.idx:
        m = mentions[i]
        if m.type not in PERSON_TYPES:
            continue
        lead = text[max(sent.start, m.start - _DISPATCH_REACH) : m.start]
        for w in words:
            at = lead.rfind(w)
            body = bodies.get(m.start - len(lead) + at) if at >= 0 else None
            if body is not None and not any(c in lead[at:] for c in "，,。；;、"):
                sent.add(i, "memberOf", body, "member_dispatched", {"role": lead[at + len(w) :].strip() or w})
                break


#: how far before a name the word a body sends it with may stand (派驻上岚村第一书记 …)
_DISPATCH_REACH = 16


#: the most characters of a title before a name listed after 分别由 (副教授, 主任医师)
_TITLE_BEFORE_NAME = 6


@rule("post_respectively", needs=("Official", "Person"))
def post_respectively(sent: Sentence) -> None:
    """``研究院下设A中心、B中心和C中心，分别由甲、乙、丙担任主任``: the bodies listed before 分别由 (post_respectively),
    one for each person listed after it, in order, and the post after the verb of taking one on (post_taking_verbs)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    at = text.find(data["post_respectively"], sent.start, sent.end)
    if at < 0:
        return
    pos = at + len(data["post_respectively"])
    people: list[int] = []
    # (a title may stand before each name: 分别由教授甲、副教授乙担任主任)
    while (person := next((i for i in sent.idx if pos <= mentions[i].start <= pos + _TITLE_BEFORE_NAME
                           and mentions[i].type in PERSON_TYPES
                           and not any(c in text[pos : mentions[i].start] for c in "、，,和")), None)) is not None:
        people.append(person)
        pos = mentions[person].end
        if text[pos : pos + 1] not in ("、", "和"):
            break
        pos += 1
    verb = next((v for v in data.longest_first("post_taking_verbs") if text.startswith(v, pos)), None)
    if len(people) < 2 or verb is None:
        return
    start = pos + len(verb)
    stop = next((k for k in range(start, sent.end) if text[k] in data["clause_stops"]), sent.end)
    title = next((t for k in range(stop, start, -1) if (t := _matcher(data).ending_at(text, k, start)) is not None
                  and t.start == start), None)
    bodies = sorted((i for i in sent.idx if mentions[i].type in _LEADS_RANGE and mentions[i].end <= at
                     and not sent.nested(i)), key=lambda i: mentions[i].start)[-len(people):]
    if title is None or len(bodies) != len(people) or any(mentions[b].type not in (_LEADS_RANGE if title.head else _MEMBER_RANGE)
                                                          for b in bodies):
        return
    for person, body in zip(people, bodies):
        _add_post(sent, person, body, [title], "post_respectively")


@rule("member_elected", needs=("Agency",))
def member_elected(sent: Sentence) -> None:
    """``甲当选为乙市第十七届人民代表大会代表``, ``补选丙为丁省第十四届人民代表大会代表``: a deputy elected to a
    congress (member_elected_bodies) is a member of it: the person named right before the verb
    (member_elected_verbs), the congress right after it, then the word for its deputy (member_elected_word)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    deputy = data["member_elected_word"]
    for j in sent.idx:
        body = mentions[j]
        if body.type != "Agency" or not body.name.endswith(tuple(data["member_elected_bodies"])) \
                or not text.startswith(deputy, body.end):
            continue
        verb = next((v for v in data.longest_first("member_elected_verbs") if text.endswith(v, 0, body.start)), None)
        if verb is None:
            continue
        person = next((i for i in sent.idx if mentions[i].type in PERSON_TYPES
                       and mentions[i].end == body.start - len(verb)), None)
        if person is not None:
            sent.add(person, "memberOf", j, "member_elected", {"role": deputy})


@rule("member_of_the_bureau", needs=("Official",))
def member_of_the_bureau(sent: Sentence) -> None:
    """The holder of a post in a bureau's section written after the bureau (甲局乙股股长: leads 甲局乙股) is a member of
    the bureau too (see the module docstring)."""
    lex = lexicon.load()
    parts = tuple(lex.title_parts)
    for person, predicate, body, _, qualifiers in list(sent.found):
        section = sent.mentions[body]
        if predicate not in ("leads", "memberOf") or section.type != "Agency" or not section.text.endswith(parts) \
                or lex.suffix_at(section.text, len(section.text)) is not None:
            continue  # (甲街道办事处: a body's own longer suffix, 办事处, no section's 处)
        bureau = _bureau_opening(lex, section)
        if bureau is not None:
            sent.add(person, "memberOf", sent.add_mention(bureau, visible=False), "member_of_the_bureau", dict(qualifiers))


def _bureau_opening(lex, section: Mention) -> Mention | None:
    """The bureau a section's name opens with (区应急管理局 of 区应急管理局综合执法股): the longest opening
    ending in a suffix that marks a body by itself (suffixes.tsv proper = 0), three characters or more, named as its
    department's full name where it ends in a short one (区行政审批局 → 区行政审批服务局: abbreviations.tsv)."""
    text = section.text
    for k in range(len(text) - 2, 2, -1):
        hit = lex.suffix_at(text, k)
        if hit is not None and hit[1] == "Agency" and hit[2] == 0 and hit[0] not in lex.title_parts \
                and not (len(hit[0]) == 1 and is_common_verb(text[k - 2 : k])):  # (项目代办 | 服务科: 代办 is a verb)
            written = text[:k]
            short = max((h for h in lex.heads if written.endswith(h)), key=len, default="")
            name = written[: k - len(short)] + lex.heads[short][0] if short else written
            return Mention(section.start, section.start + k, written, "Agency", name, rule="member_of_the_bureau")
    return None

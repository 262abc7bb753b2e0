"""Classes of characters and small closed word sets the candidate sources share.

These are properties of written Chinese (punctuation, numerals, measure words, the
demonstratives that make a phrase generic) rather than knowledge of names, so they are
kept here beside the code that tests them; the name knowledge (suffixes, titles,
departments, scope words, outlets …) is in ``kg/data/`` and read by :mod:`kg.lang.lexicon`.
"""

from __future__ import annotations

import re

__all__ = [
    "CJK", "COPULAS", "PUNCT", "held_at", "INSTITUTION_ENDS", "STOP_PUNCT", "GENERIC_START", "QUANTIFIERS", "NUMERALS", "NAME_STOP", "MAX_NAME",
    "NAME_STOP_IN_NAMES", "UNIT_WORDS", "APPOINTED", "GIVEN_BY", "HOLDING", "COMRADE", "RESUME_CLAUSE", "REMOVED", "APPROXIMATE", "AGENT_MARKERS", "DETERMINERS", "POSTPOSITIONS", "BODY_END", "AWARD_RANK", "LOCATIVE", "AREA_PART", "ALONG_WORDS", "PARK_PART", "HONOUR_PERIOD", "PARTY_NAMES", "COMMITTEE_OPENERS", "ALSO", "TOWN_UNIT", "TOWN_UNIT_ENDS", "TOWN_WRITTEN", "ROAD_CLASSES", "PROPER_TAGS",
    "LATIN", "LATIN_OR_DIGIT", "YEAR", "WITHHELD", "COUNT", "ASSOCIATION", "LINE_SECTION", "LINE_CODE", "is_proper_word", "everyday_nr",
    "everyday_compound", "opens_common_word", "COMMON_PAIR",
]

CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT = set("，。．｡、；：？！,.;:?!“”\"'‘’（）()[]【】《》<>—-－…·•\n\r\t 　/|｜□■●◆▲△○◇※#*")
#: punctuation that ends a name on its left (· and • join the parts of one name)
STOP_PUNCT = PUNCT - {"·", "•"}
#: a phrase opening with one of these is generic (各镇街, 该局, 其他企业)
GENERIC_START = set("各该这那每其此某诸")
#: what follows a figure to make it approximate (30余人, 20多家): the figure is a count, no part of a name
APPROXIMATE = frozenset("余多")
#: measure words: a numeral and one of these make a counted category (72个老旧小区改造工程)
QUANTIFIERS = set("个家处项条座部台名批栋套户辆期次场所位年月日天亿万千百十大")
#: units of length and area after a figure: a size written before a name, no word of it (2.6公里 | 环村产业路)
MEASURES = ("平方公里", "平方米", "公里", "千米", "公顷", "亩", "米")
NUMERALS = set("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多余")
#: a count of things: a numeral and a measure word (72个, 三项, 8所)
COUNT = re.compile(r"(?:[一二三四五六七八九十两百]+|[0-9０-９]+)[个项条所处家座]")
#: a list of people closed by their count (…等10名同志, 等20人)
#: a year or a batch before an honour's rank or name: 2024年度全国…, 首批国家级…
HONOUR_PERIOD = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:首批|第[一二三四五六七八九十\d]+批)?")
#: the ruling party's name, written before its committees (中共甲区委, 中国共产党甲市委员会): longest first
PARTY_NAMES = ("中国共产党", "中共")
#: what opens the name of a committee written with its places (中共 | 甲市乙区委员会, 共青团 | 甲市乙区委员会): the
#: party's and the Youth League's names
COMMITTEE_OPENERS = (*PARTY_NAMES, "中国共产主义青年团", "共青团")
PEOPLE_COUNT = re.compile(r"等\s*[0-9０-９一二三四五六七八九十百]+\s*(?:名|位|人)")
#: what stands for a given name a report withholds (张某, 李某某): no person's name, and one that would merge
#: every 张某 of the corpus into one node
WITHHELD = "某"
#: characters that do not continue a person's given name (verbs and particles after it: 说, 在, 等 …)
#: the bearing or position a village's name often opens with after its town (西岚村, 北坡村, 上岚村)
VILLAGE_BEARINGS = "东西南北前后上下"
#: adverbs of one character between a subject and its verb or 在 (也, 已, 将): read alone inside a list's item, they
#: make it a clause; between a subject and 在 they are neither's
ONE_CHARACTER_ADVERBS = "也已将均都还正"
NAME_STOP = set("说表在等和与介指强认称主出参同一带到率对为就作也都是的了向将会讲称于从及代")
#: of those, the ones common in given names too (志强, 为民, 向阳): they end a name only where they open a
#: word with the next character (强调, 主持, 为了, 代表)
NAME_STOP_IN_NAMES = set("强主同一带为作向会表指代")
#: words a town's one-character unit opens (乡村, 乡镇): after a place's name, no part of it
UNIT_WORDS = ("乡村", "乡镇", "镇村", "镇街", "乡亲", "乡土", "镇长", "乡长")
#: the longest name a suffix rule walks back over
MAX_NAME = 26
#: determiners: a name never starts with them (部分友好商会, 各类协会)
#: how the names of the institutions the news builds works for end (甲县人民医院 | 门诊医技综合楼)
INSTITUTION_ENDS = ("医院", "卫生院", "学校", "中学", "小学", "幼儿园")
#: what joins an appointee's name to the post given after it (任命张明为市财政局局长)
APPOINTED = "为"
#: what opens the holder of a post written before it: 院长由副校长甲兼任
GIVEN_BY = "由"
#: what joins a person's name, or the résumé after it, to the post the person holds (张晓东，男，1978年5月出生，
#: 现任甲区人民政府副区长: a notice of appointment opens each entry so; 王建国任甲集团董事长), longest first
HOLDING = ("现担任", "现任", "担任", "兼任", "任")
#: the honorific a notice writes after a name (王晓梅同志任…, 免去李华同志的…职务): no part of the name, nor of a body's
COMRADE = "同志"
#: the longest clause of a résumé between the name and its post (男, 汉族, 1978年5月出生, 中共党员, 大学学历)
RESUME_CLAUSE = 14
#: a body's session written between its place and its name (青岛市 | 第十七届 | 人民代表大会): no part of the name,
#: the body is the same from one session to the next
SESSION = re.compile(r"第?[一二三四五六七八九十百零〇两\d]+届")
#: what opens a removal from a post, the person's name, 的 and the post after it (免去赵国强的市教育局局长职务)
REMOVED = "免去"
#: prepositions that introduce the one who acts (由甲公司投资建设, 被乙部认定为): never the first character of a name,
#: even where jieba glued one to it (由融 | 创文化集团)
AGENT_MARKERS = frozenset("由被")
#: the copula: no firm's brand ends with it, even where jieba glued it to the brand (瀚洋海 | 工是 | 中海…集团)
COPULAS = frozenset("是")
#: prepositions of whom something is for (向甲工程发放贷款, 为乙项目提供授信): they open no work's name
BENEFACTIVE_MARKERS = frozenset("向为对")
#: words that point back to something named before (该项目, 此次, 这一称号): they open no name, and a kind
#: word after one refers to the nearest name of that kind (kg_coref)
DEMONSTRATIVES = ("该", "此", "这个", "这家", "这一", "这项", "此项", "这座", "这所", "本届", "本次", "此次")
DETERMINERS = frozenset("部分 一些 多家 众多 各类 各级 各 该 这些 那些 所有 每个 相关 有关 本批 该批 此批 这批".split())
#: one-character words that may follow a name inside the same jieba word (科创区内, 园区中)
POSTPOSITIONS = set("内外中里上下旁边前后")
#: modal verbs jieba may glue to the suffix before them (区能源 | 局要 | 做好…): the name still ends at the suffix
MODALS = set("要需应")
#: last characters of bodies' names: a title right after one counts even inside a jieba word (区委书记)
BODY_END = set("委局办厅部队组室会司院校所站处科协学")
#: what may open an award's name although it also ends names on their left: 全国首批…试点城市
AWARD_RANK = re.compile(r"(?:全国|全省|全市|国家级|省级|市级)?(?:首批|第[一二三四五六七八九十\d]+批)?")
#: a road or river followed by where something is along it: 城马路西侧, 李村河沿线
LOCATIVE = re.compile(r"(?:东|西|南|北)(?:侧|岸|段|端|首)|两侧|沿线|两岸|以(?:东|西|南|北)|交叉口|路口|一带|附近|沿岸")
#: a part of a town named by its direction: 中心城区东部片区
#: what says the places after it lie along a route (沿线 | 上岚村、东高村)
ALONG_WORDS = ("沿线", "沿途")
#: the classes of a road written before its code (国道G521线, 省道S318线)
ROAD_CLASSES = ("国道", "省道", "县道", "乡道")
#: a bearing's part of a park or zone named before it (甲工业园 | 东区): a division of the same name elsewhere
#: (a city's 东区) is no place there
PARK_PART = re.compile(r"[东西南北中]区")
#: a town written with its unit, whether the divisions data knows it or not (甲坝镇, 乙口乡, 丙街道): two or three
#: characters, then the unit
TOWN_UNIT = r"(?:镇|乡|街道)"
#: the last characters of a town's units (镇, 乡, 街道): what a town written with its unit ends with
TOWN_UNIT_ENDS = frozenset("镇乡道")
TOWN_WRITTEN = rf"[\u4e00-\u9fff]{{2,3}}{TOWN_UNIT}"
AREA_PART = re.compile(r"(?:城区|新区|市区|老城|主城)(?:东|西|南|北|中)部")
#: jieba's part-of-speech tags of proper nouns (place, person, other proper, organisation)
PROPER_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg")
#: dashes that join two places inside a name (中国—上海合作组织, 智利-中国)
DASHES = "-—－–"
#: a Latin acronym written before a name (RCEP青岛…试验基地)
ACRONYM = re.compile("[A-Z][A-Z0-9]+")
#: a ring road's designator, which only its city's name makes a name (一环, 二环东, 外环, 绕城)
RING = re.compile(r"(?:[东南西北内外中]?[一二三四五六七八九十\d]+环|[东南西北内外中]环|绕城|环城)[东西南北]?")
#: a word jieba counts this often is an everyday word (保护 13,874; 汇源 10)
EVERYDAY_FREQ = 1000


#: conjunctions that also open a division's name (和县)
CONJUNCTIONS = "和与及"
#: the word joining two names of one occasion (签约暨甲产业园开工仪式, 甲大会暨乙论坛), which jieba tags as a name (nt)
ALSO = "暨"


#: the verbs of an event held at a venue written between 在 and them (在县会展中心举行)
_VENUE_VERBS = re.compile("举行|召开|举办|开幕")


def held_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written between 在 and an event's verb (在县会展中心 | 举行): a venue."""
    return text[start - 1 : start] == "在" and _VENUE_VERBS.match(text, end) is not None


def conjunction_and_scope(text: str, start: int, end: int, units: str, joining: frozenset[str] = frozenset()) -> bool:
    """Whether ``text[start:end]`` is a conjunction (or a word of ``joining``: 会同) and a one-character scope word
    written inside a clause (改造 | 和 | 县职教中心, 各镇（街道）| 和 | 县直有关部门, 甲局将 | 会同 | 县财政局), not the
    division named so (和县, 会同县 alone, or after the city it is in)."""
    stem = text[start : end - 1]
    return end - start >= 2 and (len(stem) == 1 and stem in CONJUNCTIONS or stem in joining) and text[end - 1] in units \
        and start > 0 and (CJK.match(text[start - 1]) is not None or text[start - 1] in "）)”")


def everyday_nr(word: str, tags: dict[str, str], freq: dict[str, int]) -> bool:
    """Whether jieba tags an everyday two-character word as a person's name (智慧, 文明, 阳光:
    its dictionary's ``nr`` on words counted 1,000 times or more), which makes it no name.

    >>> everyday_nr("智慧", {"智慧": "nr"}, {"智慧": 1581}), everyday_nr("汇源", {"汇源": "nr"}, {"汇源": 10})
    (True, False)
    """
    return len(word) == 2 and tags.get(word) == "nr" and freq.get(word, 0) >= EVERYDAY_FREQ
LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
YEAR = re.compile(r"\d{4}年度?")
#: a section or extension of a railway or metro line, written after the line: 东延段, 东调段 (realigned), 北段,
#: 南延伸段, 北延线, 延长线, 支线 (a direction, then how the section relates to the line)
LINE_SECTION = r"(?:[东西南北](?:延伸|延|调|支)?段|(?:[东西南北]延|延长|支)线)"
#: a line's code right after the name of its railway: 城际铁路F3线, 市域铁路S1线, 轨道交通2号线, then its
#: section or phase (F3线南延段, 2号线二期): the code belongs to the name
LINE_CODE = re.compile(rf"(?:[A-Z]{{1,2}}\d{{1,2}}|\d{{1,2}}号)线(?:{LINE_SECTION})?(?:[一二三四五六七八九十\d]期)?")
#: the kind words of associations: a 委员会 inside one is no government body
ASSOCIATION = re.compile(r"(?:协会|商会|学会|联合会|研究会|促进会)")


#: how often jieba counts a word of two characters for it to outweigh a name it would cut (民生 452)
COMMON_PAIR = 100


def opens_common_word(text: str, start: int, end: int, freq: dict[str, int]) -> bool:
    """Whether the name ``text[start:end]`` ends inside a common word: its last character and the next make a word
    jieba counts often (``freq``), and more often than the name, while the next opens no word with the one after it
    and is no word of function (惠民 | 生: 民生 452, 惠民 105, no county 惠民; not 丹东 | 线: 东线 153, 丹东 182; not
    宝鸡、汉中 | 等地)."""
    if end >= len(text) or text[end] in NAME_STOP:
        return False
    pair = freq.get(text[end - 1 : end + 1], 0)
    return pair >= COMMON_PAIR and pair > freq.get(text[start:end], 0) and not freq.get(text[end : end + 2], 0)


def is_proper_word(word: str, tags: dict[str, str], freq: dict[str, int], everyday: frozenset[str] = frozenset()) -> bool:
    """Whether a jieba word carries a proper-name signal.

    A word jieba tags as a place, person, organisation or other proper noun, a word of
    two or more CJK characters it does not know, or a word with Latin letters.

    >>> is_proper_word("极视角", {}, {}), is_proper_word("建设", {"建设": "vn"}, {"建设": 1})
    (True, False)
    """
    if LATIN.search(word) or AREA_PART.search(word):
        return True
    if word in everyday:
        return False  # (城市更新: jieba tags it nz, policy news uses it as an everyday word)
    tag = tags.get(word)
    if tag is not None and tag.startswith(PROPER_TAGS):
        return not everyday_nr(word, tags, freq)  # 智慧 of 智慧园区 is no proper part
    return len(word) >= 2 and bool(CJK.match(word)) and not freq.get(word) and word not in everyday \
        and not everyday_compound(word, freq, everyday)  # 0: a prefix of a word, not one; 老旧 is everyday


def everyday_compound(word: str, freq: dict[str, int], everyday: frozenset[str] = frozenset()) -> bool:
    """Whether a four-character word jieba does not know is two everyday words, each one jieba counts
    1,000 times or more or one of ``everyday`` (美丽 + 乡村, 文旅 + 康养): a phrase of common words, no name
    (蓝色硅谷 is one: 硅谷 is rarer; 东方影都 too: jieba does not know 影都).

    >>> everyday_compound("美丽乡村", {"美丽": 3036, "乡村": 2134}), everyday_compound("蓝色硅谷", {"蓝色": 1094, "硅谷": 336})
    (True, False)
    """
    return len(word) == 4 and not freq.get(word) and all(
        freq.get(half, 0) >= EVERYDAY_FREQ or half in everyday for half in (word[:2], word[2:]))  # (文旅 + 康养)
#: what a slogan in quotes names before these words (坚持“海洋强市”战略, “双招双引”工作): a policy, no name of a thing
SLOGAN_NOUNS = ("战略", "理念", "行动", "号召", "精神", "目标", "要求", "工作")
#: the words of streets and estates a place's short name may open (青岛路, 丽水小区): named after it, not in it
STREET_WORDS = ("路", "大道", "大街", "街", "小区")

"""A person's name right after a post title or a credit word: :func:`person_after`.

A name is a surname of ``kg/data/surnames.txt`` (compound ones first) and one or two
characters; jieba's tagger decides between two and three characters where it knows the
name (``nr``), else the characters that follow decide (``姜德志在`` → 姜德志).  A name whose parts
a middle dot joins (``阿不都克力木·吐尔逊``: Uyghur, Kazakh and foreign names in Chinese characters)
needs no surname: the dot marks it; nor does a Tibetan or Mongolian name (扎西次仁), read by its parts
(``kg/data/minority_names.txt``).
"""

from __future__ import annotations

import functools
import re

from kg.lang import lexicon
from kg.nlp.entities.text_classes import AGENT_MARKERS, CJK, NAME_STOP, NAME_STOP_IN_NAMES, PUNCT, WITHHELD

__all__ = ["person_after", "first_word", "lone_name_end", "name_before_verb", "name_start_before"]

# jieba's tags of a word that opens with a surname and is no name: verbs (商定, 信访), adverbs,
# prepositions, conjunctions, particles
_NOT_NAME_TAGS = ("v", "vn", "vd", "d", "p", "c", "u")


#: the last characters of places' names (a word jieba tags ns that ends so is a place, no person's name)
_PLACE_UNITS = "省市县区镇乡村庄屯街道路湖河山岛港湾"

#: how often jieba's dictionary counts a word that, after a surname read as a preposition (于), is an everyday
#: word, not a given name (近日 2,033; 立新 51)
_COMMON = 100


def person_after(text: str, pos: int, surnames: frozenset[str], freq: dict[str, int]) -> str | None:
    """The person's name starting at ``pos``: a surname and one or two characters, or ``None``.

    ``freq`` is jieba's word-frequency table (its size keys :func:`first_word`'s memory).
    """
    dotted = _dotted_name_after(text, pos, freq)
    if dotted is not None:
        return dotted
    minority = _minority_name_after(text, pos)
    if minority is not None:
        return minority
    sur = None
    for n in (2, 1):
        if text[pos : pos + n] in surnames and len(text[pos : pos + n]) == n:
            sur = n
            break
    if sur is None or text.startswith(WITHHELD, pos + sur):
        return None  # (张某某: a name withheld)
    window = text[pos : pos + sur + 3]
    if not all(CJK.match(c) for c in window[: sur + 1]):
        return None
    first = first_word(text[pos : pos + 6], len(freq))
    if first and first[0] == text[pos : pos + sur] and first[1] in ("c", "p", "d"):
        # the surname read as a conjunction, preposition or adverb (和, 于, 都): no name when a word
        # that is no name follows it (书记和村委会主任, 总监和首席执行官, 县长都要; not 和晓东); after an
        # adverb a verb of one character is enough
        after = first_word(text[pos + sur : pos + sur + 6], len(freq))
        if after and (len(after[0]) >= 2 or first[1] == "d") and not after[1].startswith(("nr", "nz")) \
                and (freq.get(after[0], 0) >= (_COMMON if first[1] in ("p", "d") else 1)
                     or first[1] == "d" and len(after[0]) == 1):
            return None  # (a given name jieba tags as another proper noun stays one: 于 | 海田; so does one its
            # dictionary does not hold, which its unknown-word model cut, or holds as a rare word: 于 | 芝涛, 于 | 立新,
            # after an adverb too: 尤 | 海波; not a common word: 都 | 要求, 曾 | 多次)
    if first and len(first[0]) in (sur + 3, sur + 4) and (first[1].startswith("nr") or first[1] == "ns"
                                                         and first[0][-1] not in _PLACE_UNITS) \
            and _verb_or_end(text[pos + len(first[0]) : pos + len(first[0]) + 2]):
        return first[0]  # 斯琴高娃 | 表示: a name of four or five characters jieba knows (Mongolian
        # names, read by its tagger as people's or places'), a stop or a verb after it
    if first and len(first[0]) > sur and first[1] in _NOT_NAME_TAGS:
        third = text[pos + len(first[0]) : pos + len(first[0]) + 1]
        if len(first[0]) == sur + 1 and third and CJK.match(third) and lone_name_end(
                third, text[pos + sur + 2 : pos + sur + 4], freq):
            return text[pos : pos + sur + 2]  # 何其 | 峰 | 汇报: a word of function jieba reads over a given name
        return None  # 副县长商定, 县长信访: the post and a verb, the surname its first character
    if first and first[1].startswith("nr") and sur < len(first[0]) <= sur + 2:
        word = first[0]
        if len(word) == sur + 2 and word[-1] in NAME_STOP and word[-1] not in NAME_STOP_IN_NAMES:
            return word[:-1]  # 张蓓也 | 作了: jieba's unknown-name model took the adverb after the name (也, 都, 在)
        if len(word) == sur + 2 and word[-1] == _TAKES_ON and _post_follows(text, pos + len(word)):
            return word[:-1]  # 周明任 | 村民小组组长: the verb of taking a post on, which jieba read into the name
        end = pos + len(word)
        third, fourth, fifth = text[end : end + 1], text[end + 1 : end + 2], text[end + 2 : end + 3]
        if len(word) == sur + 1 and third and CJK.match(third) and _continues(third, fourth, freq) \
                and not _verb_across(third, fourth, freq) and (
            not fourth or fourth in PUNCT or fourth in NAME_STOP and _continues(fourth, fifth, freq) is False
            or lone_name_end(third, fourth + fifth, freq)
        ):
            # 姜德|志在 → 姜德志, 刘家|强等 → 刘家强, 韩文|涛|致辞 → 韩文涛; not 殷勇|陪同: 同 ends a name only
            # opening a word (同意); not where the character after the name makes a common verb with the next
            # (卢静 | 陪同调研, 杨慧 | 提出)
            return text[pos : pos + sur + 2]
        if len(word) == sur + 1 and third in _JOINING and (not fourth or fourth in PUNCT or fourth in _SAYING
                                                            or _is_verb(fourth + fifth)):
            return text[pos : pos + sur + 2]  # 孙国 | 和 | 表示, 孙国 | 和 | ，: no conjunction before a verb or a stop
        return word
    given = text[pos + sur : pos + sur + 2]
    after = text[pos + sur + 2 : pos + sur + 3]
    if len(given) == 2 and given[1] in _JOINING and given[0] not in NAME_STOP and (
            not after or after in PUNCT or after in _SAYING or _is_verb(text[pos + sur + 2 : pos + sur + 4])):
        return text[pos : pos + sur + 2]  # 崔 | 永和 | 说: no conjunction before a verb or a stop
    if len(given) == 2 and CJK.match(given[1]) and given[0] not in NAME_STOP and _continues(given[1], after, freq) \
            and not (sur == 2 and freq.get(given[1] + after) and _is_verb(given[1] + after)):
        return text[pos : pos + sur + 2]  # (not 欧阳澜 | 致辞: a compound surname's one-character given name, then a
        # verb of jieba's dictionary)
    if len(given) == 2 and CJK.match(given[1]) and given[0] in NAME_STOP_IN_NAMES and given[1] not in NAME_STOP \
            and not freq.get(given[1] + after) and _verb_or_end(text[pos + sur + 2 : pos + sur + 4]):
        return text[pos : pos + sur + 2]  # 葛 | 向东 | 介绍: 向 opens the given name a verb follows (not 张 | 向群众)
    if given and CJK.match(given[0]) and given[0] not in NAME_STOP:
        return text[pos : pos + sur + 1]
    return None


#: how often jieba counts a character alone, below which a verb it tags is more often a given name's (涵 325; the
#: verbs that follow names are counted thousands of times: 陪 3,654, 赴 4,943, 说 219,817)
_RARE_ALONE = 1000

#: the verb of taking a post on (王晓梅任副指挥长), which jieba's unknown-name model reads into a given name
_TAKES_ON = "任"
#: the longest post a person takes on (甲街道乙村村民小组组长)
_MAX_POST = 16


def _post_follows(text: str, pos: int) -> bool:
    """Whether the clause from ``pos`` is a post: it ends, within :data:`_MAX_POST` characters, with a title."""
    end = next((k for k in range(pos, min(len(text), pos + _MAX_POST + 1)) if text[k] in PUNCT or k == len(text)),
               min(len(text), pos + _MAX_POST))
    if end >= len(text) or text[end] in PUNCT:
        return end > pos and lexicon.load().title_ending(text[pos:end]) is not None
    return False


#: conjunctions that also end given names (孙国和): before a verb or a stop they are the name's
_JOINING = ("和",)
#: verbs of one character that follow a speaker's name (王永和 | 说)
_SAYING = "说讲称"


def _verb_across(third: str, fourth: str, freq: dict[str, int]) -> bool:
    """Whether the character after a name and the next make a verb jieba counts far more often together than
    apart would make likely (陪同, 提出: the name ends before them; not 明说, whose 说 follows names alone)."""
    from kg.lang.jieba_tables import word_total

    pair = freq.get(third + fourth, 0)
    return pair >= _COMMON and _is_verb(third + fourth) \
        and pair * word_total() >= _BOUND_TOGETHER * freq.get(third, 1) * freq.get(fourth, 1)


#: how many times more often than chance a verb's two characters must come together to be read as one word
_BOUND_TOGETHER = 10


def _is_verb(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a verb."""
    from kg.lang.jieba_tables import tables

    return tables()[0].get(word, "").startswith("v")


def _verb_or_end(after: str) -> bool:
    """Whether a name's next two characters are a verb jieba knows (介绍, 表示) or open with punctuation."""
    from kg.lang.jieba_tables import tables

    return not after or after[0] in PUNCT or tables()[0].get(after, "").startswith("v")


def lone_name_end(third: str, after: str, freq: dict[str, int]) -> bool:
    """Whether ``third``, a character jieba left alone after a name it knows short, ends the given name: no
    word of a function jieba knows (刚, 向, 将), and after it a verb of two characters (韩文 | 涛 | 致辞: 韩文 is
    also a word, Korean; or a word of boundaries.txt, 曲文 | 彬 | 汇报, where jieba tags 汇报 as no verb) or a character that ends names (罗文 | 彬 | 等), neither making a word with it; or a
    character jieba tags as part of a name before a word of its dictionary (梅子 | 轩 | 汇报)."""
    from kg.lang.jieba_tables import tables

    tags = tables()[0]
    tag = tags.get(third, "")
    # (a verb jieba seldom counts alone, 涵, is a given name's character as one it tags nr is: 黄梓 | 涵 | 汇报)
    named = tag.startswith("nr") or tag == "v" and freq.get(third, 0) < _RARE_ALONE
    if not after or not named and tag.startswith((*_NOT_NAME_TAGS, "r", "m", "q", "f")) or freq.get(third + after[0]):
        return False
    return after[0] in PUNCT or after[0] in NAME_STOP and after[0] not in NAME_STOP_IN_NAMES \
        or tags.get(after[:2], "").startswith("v") or after[:2] in lexicon.load().boundaries \
        or named and bool(freq.get(after[:2]))


def _continues(third: str, fourth: str, freq: dict[str, int]) -> bool:
    """Whether ``third`` may be the last character of a given name with ``fourth`` after it:
    never a particle (在, 说, 等), and 强, 主 … only where they open no word with ``fourth`` (强调) nor
    take an aspect particle (作了)."""
    if third not in NAME_STOP:
        return True
    # (作了, 会着: a verb's aspect particle after it makes the character a verb, as 强调 makes 强 one)
    return third in NAME_STOP_IN_NAMES and not freq.get(third + fourth) and fourth not in "了着过"


#: the parts of a name joined by middle dots: each part at most this long, the whole at most _MAX_DOTTED
_DOTTED_PART = re.compile(r"[\u4e00-\u9fff]{1,8}")
_MAX_DOTTED = 16
#: jieba's tags of a character that ends a dotted name's last part rather than continuing it (艾尔肯·吾斯曼 | 将), and
#: how often its dictionary counts a verb that does (要 156,581; not 提 10,223 of 托合 | 提)
_AFTER_NAME_TAGS = ("d", "p", "c", "u", "r")
#: syllables that never end a dotted name's part (阿不 | 都, 阿不 | 力孜: 不 is only ever written before another)
_NEVER_LAST = "不"
_COMMON_VERB = 50_000


def _dotted_name_after(text: str, pos: int, freq: dict[str, int]) -> str | None:
    """The name at ``pos`` whose parts middle dots join (阿不都克力木·吐尔逊, 米热古丽·托合提江), or ``None``: each part
    after a dot is jieba's first word there and the characters after it up to a word of jieba's dictionary, a
    function word or a common verb (买买提 | 江, 托合 | 提, 吾 | 斯 | 曼; not 带领, 要), the syllables of
    transliteration.txt going on whatever jieba reads there (阿 | 不 | 都, 卡 | 德尔)."""
    first = _DOTTED_PART.match(text, pos)
    if first is None or not text.startswith("·", first.end()):
        return None
    syllables = lexicon.load().transliteration
    end = first.end()
    while text.startswith("·", end) and CJK.match(text, end + 1):
        word = first_word(text[end + 1 : end + 9], len(freq))
        if word is None or not all(CJK.match(c) for c in word[0]):
            break
        end += 1 + len(word[0])
        while end < len(text) and CJK.match(text, end) and end - pos < _MAX_DOTTED \
                and (text[end] not in NAME_STOP or text[end - 1] in _NEVER_LAST):
            after = first_word(text[end : end + 4], len(freq))  # (the word there in its context: 带领, not 带)
            if text[end - 1] in _NEVER_LAST or after is not None and all(c in syllables for c in after[0]):
                end += 1  # 阿 | 不都, 卡 | 德尔: the syllables such names are written with, whatever jieba reads there
                continue
            if after is not None and len(after[0]) >= 2 and after[1].startswith("nr") and end + len(after[0]) - pos <= _MAX_DOTTED \
                    and _verb_or_end(text[end + len(after[0]) : end + len(after[0]) + 2]):
                end += len(after[0])  # 哈力 | 别克 | ，: a name's piece jieba knows (别克), then a stop or a verb, ends the name
                break
            if after is None or len(after[0]) >= 2 and freq.get(after[0], 0) or len(after[0]) == 1 and (
                    after[1].startswith(_AFTER_NAME_TAGS) or after[1].startswith("v") and freq.get(after[0], 0) >= _COMMON_VERB):
                break  # (a word of the dictionary after the name: 带领, 出席; or a function word, a common verb: 要)
            end += 1
    return text[pos:end] if "·" in text[pos:end] and end - pos <= _MAX_DOTTED and text[end - 1] != "·" else None


@functools.cache
def _first_characters(parts: tuple[str, ...]) -> frozenset[str]:
    """The characters the parts of minority_names.txt open with."""
    return frozenset(p[0] for p in parts)


def _minority_name_after(text: str, pos: int) -> str | None:
    """The Tibetan or Mongolian name at ``pos``: two or three parts of minority_names.txt run together (扎西 | 次仁,
    斯琴 | 高娃), a stop, a verb, a particle (为, 在, 等), 同志 or 、 after them; such names have no family name.
    ``None`` where there is none."""
    parts, end = lexicon.load().minority_names, pos
    if text[pos : pos + 1] not in _first_characters(parts):
        return None  # (most names: one set look-up, not a test of every part)
    for _ in range(3):
        part = next((w for w in parts if text.startswith(w, end)), None)
        if part is None:
            break
        end += len(part)
    if end - pos < 4 or not any(text.startswith(w, pos) and end - pos - len(w) >= 2 for w in parts):
        return None
    after = text[end : end + 1]
    return text[pos:end] if _verb_or_end(text[end : end + 2]) or after in _SAYING or after in NAME_STOP \
        or text.startswith(("同志", "、"), end) else None


@functools.lru_cache(maxsize=4096)
def first_word(window: str, _dictionary_size: int) -> tuple[str, str] | None:
    """jieba's first word of ``window`` and its part-of-speech tag, remembered: the tagger runs
    its HMM over unknown characters (a millisecond a call), and a post title's names recur.
    The size of jieba's dictionary is part of the key: words added to it change the answer."""
    from kg.lang.jieba_tables import load_jieba

    load_jieba()  # jieba's tables from kg's cache, unless jieba has them already
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(window)), None)  # the tagger's generator stops after the first word
    return None if first is None else (first.word, first.flag)


def name_before_verb(text: str, pos: int, end: int, verbs: tuple[str, ...], surnames: frozenset[str],
                     freq: dict[str, int]) -> int | None:
    """Where the words after a person's name and one of ``verbs`` start, the name opening at ``pos``
    and the verb ending by ``end`` (李建国任 | 市教育局局长, 王海鹏担任 | 甲学院院长), or ``None``.

    jieba often glues a one-character verb to the name (王海鹏任, 三任), and :func:`person_after` may
    then read the verb as the name's last character: a name of two characters and the verb is
    read as the name and the verb, since a post follows.
    """
    name = person_after(text, pos, surnames, freq)
    if name is None:
        return None
    # (jieba may also read the name short: 赵国 | 栋为, where a given name of two characters follows the verb)
    for n in (len(name), len(name) - 1, len(name) + 1):
        if not 2 <= n <= 4 or n > len(name) and not all(CJK.match(c) for c in text[pos : pos + n]):
            continue
        verb = next((v for v in verbs if text.startswith(v, pos + n)), None)
        if verb is not None and (n >= len(name) or name.endswith(verb[0])) and pos + n + len(verb) <= end:
            return pos + n + len(verb)
    return None


def name_start_before(text: str, verb_at: int, verb: str, starts: set[int], surnames: frozenset[str],
                      freq: dict[str, int]) -> int | None:
    """Start of a person's name written right before ``verb`` at ``verb_at`` (王海鹏 | 任, 赵国栋 | 为), opening
    the text, a clause or one of jieba's words (``starts``), read as :func:`name_before_verb` reads it; or
    ``None``."""
    return next((s for s in (verb_at - 3, verb_at - 2) if s >= 0
                 and (s == 0 or text[s - 1] in PUNCT or s in starts or text[s - 1] in AGENT_MARKERS)  # (由余 | 建华 | 兼任)
                 and name_before_verb(text, s, len(text), (verb,), surnames, freq) == verb_at + len(verb)), None)

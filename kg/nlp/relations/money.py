"""Money: who pays for which project, and how much (GUIDE §4 ``funds``).

``funded_programme``
    A programme named only as what money is for (``争取城中村改造专项借款79.4亿元``) becomes a
    Project mention: no suffix grammar marks such a name, but the money frame does.
``funds_verb``
    A funder (Agency/Company/Organization; the paragraph's last subject when the sentence
    has none) + a money verb (争取, 投资 …) + a Project, with the amount in yuan, the kind of
    money and the period when the sentence gives them.
"""

from __future__ import annotations

import re

from kg.nlp.relations.data import RelationData
from kg.nlp.relations.registry import Sentence, rule
from kg.records import Mention
from kg.schema import BODY_TYPES

__all__ = ["period_re"]


def _programme_frame(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """A money verb, a short phrase ending in 改造/工程/项目/建设, a kind of money; and the
    generic objects that are not names."""
    verbs = data.alternation("funds_agent_verbs")
    kinds = data.alternation("money_kinds")
    frame = re.compile(rf"(?:{verbs})([\u4e00-\u9fff“”]{{2,14}}?(?:改造|工程|项目|建设))(?={kinds})")
    return frame, re.compile(data["generic_object_pattern"])


def period_re(data: RelationData) -> re.Pattern:
    """A date or period as the news writes it (``2025年上半年``, ``1月``, ``今年以来``)."""
    return data.regex("period", lambda d: re.compile("|".join(f"(?:{p})" for p in d["period_patterns"])))


@rule("funded_programme")
def funded_programme(sent: Sentence) -> None:
    """A money verb, a short noun phrase ending in 改造/工程/项目/建设, then a kind of money:
    the phrase becomes a Project mention (appended, so earlier mention indexes stay valid);
    counted categories (``16个棚户区改造…项目``) are not names."""
    frame, generic = sent.data.regex("programme_frame", _programme_frame)
    mentions, idx = sent.mentions, list(sent.idx)
    for m in frame.finditer(sent.text, sent.start, sent.end):
        start, end = m.span(1)
        name = m.group(1)
        if generic.match(name) or any(mentions[i].start < end and start < mentions[i].end for i in idx):
            continue
        sent.add_mention(Mention(start, end, name, "Project", name, rule="funded_programme"))


@rule("funds_verb")
def funds_verb(sent: Sentence) -> None:
    from kg.lang.money import find_money

    data, text, mentions, idx = sent.data, sent.text, sent.mentions, sent.idx
    s, e = sent.start, sent.end
    funders = [i for i in idx if mentions[i].type in BODY_TYPES]
    projects = [i for i in idx if mentions[i].type == "Project"]
    verbs = data["funds_agent_verbs"]
    for j in projects:
        proj = mentions[j]
        before = [i for i in funders if mentions[i].end <= proj.start]
        funder = before[-1] if before else (sent.article.state.get("subject") if not funders else None)
        if funder is None:
            continue
        between = text[mentions[funder].end if before else s:proj.start]
        after = text[proj.end:e]
        verb_before = any(v in between for v in verbs)
        money = next((m for m in find_money(after[:30]) if m.yuan is not None), None)
        kind = next((k for k in data["money_kinds"] if k in after[:20] or k in between[-8:]), None)
        if not (verb_before and (money or kind)):
            continue
        qual: dict = {}
        if money:
            qual["amount"] = str(money.yuan)
            qual["amount_text"] = money.text
        if kind:
            qual["money_kind"] = kind
        period = period_re(data).search(text[s:e])
        if period:
            qual["period"] = period.group(0)
        sent.add(funder, "funds", j, "funds_verb", qual)

"""Money: who pays for which project, and how much (GUIDE §4 ``funds``).

``funded_programme``
    A programme named only as what money is for (``争取城中村改造专项借款79.4亿元``) becomes a
    Project mention: no suffix grammar marks such a name, but the money frame does.
``funds_verb``
    A funder (Agency/Company/Organization; the paragraph's last subject when the sentence
    has none; with the bodies joined to it before, ``甲局会同乙局``: list_joiners, funds_joint_words)
    + a money verb (争取, 拨付 …) + a Project, with the amount in yuan, the kind of
    money and the period when the sentence gives them.  A verb inside a project's own
    investment (``总投资66亿元的P``) is not the funder's.  The benefactive frame names the
    project before the verb: ``甲银行向P提供贷款10亿元``, ``甲行为P授信5亿元`` (funds_benefactive_preps,
    funds_benefactive_verbs); its funder is not a body joined to the subject by 与 (``甲与乙签约，向P…``
    is 甲's money: funds_comitatives); a body lent to (``甲银行向乙公司发放贷款…，支持P``) is not the
    funder, the lender is.  A building verb may follow the purpose word (``用于建设P``: funds_purpose_verbs).
    Money given to help someone build (``…补助资金90万元，支持甲村建设P``, ``帮助合作社新建P``:
    funds_beneficiary_words) is for the work; the one helped, a firm or an organisation, develops it.
    A payer that then carries the work out (``甲局安排资金180万元，实施P``: funds_doing_verbs; ``甲局争取资金N元建设的P``,
    the work in a modifier) builds it too, unless money is all its part (funds_payer_endings: 财政局, 银行 …).
    A clause after a semicolon that opens with a money verb (``…由甲局负责建设；拨付乙区…，用于P``) is paid
    by the body that opens the sentence with one, not by the last body named.
``funds_received``
    The project first, then what it received and from whom: ``P获得甲银行贷款50亿元``, ``P获批乙部专项资金``
    (funds_passive_verbs, a body right after the verb, then a kind of money or an amount), also after
    clauses about it that name nothing but places (``P总投资5.6亿元，获得甲银行项目贷款2亿元``).
``invested_project``
    A project named only as what money goes into: ``投资30亿元的甲乙新材料产业园项目`` — the
    words between 的 and the first project word (invested_project_suffixes) become a Project
    mention when the recogniser has none there; counted categories (``投资…的3个项目``) are not names.
``funds_invest``
    Bodies investing in a project as its owners: ``甲公司、乙集团联合投资30亿元的P``,
    ``甲集团投资5亿元建设P`` (a building verb of develops_verbs after the amount), ``甲集团投资建设P``,
    ``P由甲集团投资建设``: ``funds`` (amount, kind) and ``develops``; a clause with no subject of its own
    (``甲公司与乙管委会签订协议，计划出资12亿元，建设P``) is the firm's that opens the sentence.
``investment``
    A project's own investment, no funder named: ``总投资66亿元的P``, ``P，计划投资21.8亿元``
    (investment_words: 总投资, 计划投资, 一期投资 …; the word is the kind), with the period
    before it (``2020年计划投资``); a total of several projects (``三个项目…总投资``) is no one's.
``funds_by``
    ``P由甲局争取资金200万元支持``: a body after 由 and a money verb (funds_agent_verbs) in a clause about the
    work funds it, with the clause's amount; and builds it when the clause ends carrying it out (``…实施``).
``funds_topic``
    The money of a work in clauses that name no work: after the work's total or a clause funding it in the
    same sentence (``P总投资1.8亿元，甲局争取…，乙局安排…``), in a sentence opening with a word saying so
    (``其中，甲局安排…12亿元，乙厅下达…6亿元``, ``在资金筹措上，…``: funds_topic_openers), or in the next sentence
    of the paragraph; each clause opening with a body, a money verb (not one of receiving) and an amount is
    that body's money for the work, and so is the rest of it (``其余资金由丙局…解决``: funds_remainder_openers).
``funds_granted``
    A body written right after 争取 (``甲镇政府争取区农业农村局高标准农田建设资金1280万元，在乙村实施P``: the body whose
    money is sought, funds_grant_verbs) funds the work a later clause of the sentence carries out (funds_grant_uses:
    实施, 建设, 用于), with the amount of its clause; so does a body written right before 争取, which secures the money.
``funds_total``
    After the rules that find builders: a builder the sentence says invests (``由甲集团投资建设的P``,
    ``P由甲集团投资建设``: funds_builder_verbs) funds the work, and the one funder of the sentence's
    one work is given the work's total when the sentence states it in another clause
    (``P由甲集团投资建设，乙公司承建，总投资56亿元``); a clause of investing with no subject of its own is the
    one owner's (``P由甲公司开发建设，投资4.2亿元``: funds_owner_verbs, not a contractor's 承建).  The parties'
    word investing together after the work (``甲与乙将合作打造P，双方计划共同投资12亿元``: develops_party_words)
    makes each of its builders a funder, the sum theirs together (no one's amount).
``funds_allocated``
    A notice allocating money (``甲局会同乙局印发《关于下达…资金的通知》``, or its title as the page's headline) and
    the numbered list after a line announcing it (``资金具体安排如下：``): the notice's issuers fund each work the
    list's items name, with the item's own amount (funds_allocation_verbs, funds_allocation_money,
    funds_allocation_list_cues); numbered paragraphs right after the notice with no such line
    (``一是…，安排资金5000万元。其中：P 1200万元，…``) fund the works given an amount of their own.
``funds_signed``
    A firm that signs for a work (develops_signing: ``区商务局与甲公司签订P投资协议，协议投资15亿元``) funds it with
    the amount its clause gives after a word of an agreed investment (funds_signed_amount_words), planned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.nlp.relations.data import RelationData
from kg.nlp.relations.develops import says_where, topic_clause_end, topic_clauses, work_from
from kg.nlp.relations.registry import ENUMERATED, Sentence, is_outlet, rule
from kg.records import Mention
from kg.schema import BODY_TYPES

__all__ = ["period_re", "investment_nouns"]



def _scope_before(data: RelationData) -> re.Pattern:
    """A determiner or scope owner and a unit between a preposition and the project (向该区 | 城市更新项目,
    为全市 | …): the units and owners of kg/data/scope_words.tsv, the determiners of text_classes."""
    from kg.lang import lexicon
    from kg.nlp.entities.text_classes import GENERIC_START

    lex = lexicon.load()
    before = "".join(sorted(set("".join(lex.scope_owners + lex.scope_wholes)) | GENERIC_START))
    return re.compile(f"[{re.escape(before)}][{re.escape(lex.one_char_units)}]$")
#: ``投资60亿元的`` right before a project: its own investment
#: 投资60亿元的P, 投资50亿元的京东方 | P (words of the name the mention leaves out after 的)
_OWN_INVESTMENT = re.compile(r"投资[^，,。；;]{0,12}的[^，,。；;的]{0,6}$")


def _programme_frame(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """A money verb, a short phrase ending in 改造/工程/项目/建设 (no 的 in it: 投资建设的 | P), a kind of
    money; and the generic objects that are not names."""
    verbs = data.alternation("funds_agent_verbs")
    kinds = data.alternation("money_kinds")
    sources = data.alternation("funds_money_sources")  # whose budget the money is from: no part of the name
    built = data.alternation("develops_verbs")  # 投资建设的P: the verb and 的 before the phrase, no part of it
    frame = re.compile(rf"(?:{verbs})(?:(?:{built})?的)?(?:{sources})?"
                       rf"((?:(?!的)[\u4e00-\u9fff“”]){{2,14}}?(?:改造|工程|项目|建设))(?={kinds})")
    return frame, re.compile(data["generic_object_pattern"])


def period_re(data: RelationData) -> re.Pattern:
    """A date or period as the news writes it (``2025年上半年``, ``1月``, ``今年以来``)."""
    return data.regex("period", lambda d: re.compile("|".join(f"(?:{p})" for p in d["period_patterns"])))


@rule("funded_programme")
def funded_programme(sent: Sentence) -> None:
    """A money verb, a short noun phrase ending in 改造/工程/项目/建设, then a kind of money:
    the phrase becomes a Project mention (appended, so earlier mention indexes stay valid);
    counted categories (``16个棚户区改造…项目``) are not names; nor is what the money is for in a sentence
    about the money of the work named before (``…P总投资1680万元。其中，甲局争取城镇老旧小区改造补助资金1260万元``:
    the kind of subsidy; the money is P's, funds_topic), nor in a clause about it after the work in the same sentence
    (``P…，总投资4.6亿元，其中甲局争取省级水利建设补助资金1.2亿元``)."""
    if _money_topic(sent) is not None:
        return
    frame, generic = sent.data.regex("programme_frame", _programme_frame)
    mentions, idx = sent.mentions, list(sent.idx)
    openers = tuple(sent.data["funds_topic_openers"])
    works = [mentions[i].end for i in idx if mentions[i].type == "Project"]
    for m in frame.finditer(sent.text, sent.start, sent.end):
        start, end = m.span(1)
        name = m.group(1)
        if generic.match(name) or name in _stop_names() or any(mentions[i].start < end and start < mentions[i].end
                                                               for i in idx):
            continue  # (技术改造专项资金: a kind of money, stop_names.txt)
        if name.startswith(_levels()):
            continue  # 省级乡村建设补助资金: the level's fund for a kind of work, no programme of its own
        if works and _money_clause_after_work(sent.text, min(works), start, openers):
            continue  # P…，总投资4.6亿元，其中甲局争取省级水利建设补助资金1.2亿元: the kind of P's money (funds_topic)
        sent.add_mention(Mention(start, end, name, "Project", name, rule="funded_programme"))


def _levels() -> tuple[str, ...]:
    """The levels of government a fund or an honour is named with (省级, 国家级: lexicon honour_levels)."""
    from kg.lang.lexicon import load

    return tuple(load().honour_levels)


def _money_clause_after_work(text: str, start: int, end: int, openers: tuple[str, ...]) -> bool:
    """Whether a clause opening with a word saying it is about a work's money (，其中…) stands in ``[start, end)``."""
    return any(text[at - 1] in "，,；;" for w in openers if (at := text.find(w, start, end)) > 0)


@rule("funds_verb", needs=("Project",))
def funds_verb(sent: Sentence) -> None:
    from kg.lang.money import find_money

    data, text, mentions, idx = sent.data, sent.text, sent.mentions, sent.idx
    s, e = sent.start, sent.end
    funders = [i for i in idx if mentions[i].type in BODY_TYPES and not is_outlet(mentions[i].name)]
    projects = [i for i in idx if mentions[i].type == "Project"]
    verbs = data["funds_agent_verbs"]
    spending = data.regex("funds_spending", lambda d: re.compile(d["funds_spending_pattern"]))
    already = {(f[0], f[2]) for f in sent.found if f[1] == "funds"}  # funds_invest read them better
    for j in projects:
        proj = mentions[j]
        before = [i for i in funders if mentions[i].end <= proj.start]
        if len(before) > 1 and text.endswith(tuple(data["funds_beneficiary_words"]), 0,
                                             _places_before(mentions, idx, mentions[before[-1]].start)):
            before.pop()  # 甲局安排资金，支持乙合作社建设P: the body helped is no payer (_helped reads it)
        funder = before[-1] if before else (sent.article.state.get("subject") if not funders else None)
        if funder is not None and before and _subjectless_clause(data, text, mentions[funder].end, proj.start):
            # 工程由甲局负责建设；拨付乙区6000万元，用于P: the clause of the money has no subject of its own; the
            # sentence's payer is the body that opens it with a money verb (or nobody), not the last one named
            funder = next((i for i in sorted(funders, key=lambda i: mentions[i].start)
                           if mentions[i].end <= proj.start and text.startswith(tuple(verbs), mentions[i].end)), None)
        if funder is not None and _place_subject(sent, mentions[funder].end if before else sent.start, proj.start,
                                                 receiving=bool(before)):
            continue  # 甲镇党委书记乙汇报，该镇争取…资金: the town pays (as its government, unnamed), not 甲镇党委
            # (nor the firm the paragraph named before: 今年，大盛镇投入衔接资金150万元，实施P)
        if funder is None or (funder, j) in already:
            continue
        between = investment_nouns(data).sub("", text[mentions[funder].end if before else s:
                                                          _places_before(mentions, idx, proj.start)])
        after = text[proj.end:e]
        # (利用专项债券资金9000万元建设的P: spending a kind of money, where 利用 alone uses anything: 利用闲置厂房)
        verb_before = any(v in between for v in verbs) or bool(spending.search(between))
        # (其中，为P提供贷款: the lender may be the paragraph's subject, named in the sentence before)
        lender = None if verb_before else _benefactive(data, text, mentions, before or [funder], proj)
        if lender is not None:
            funder, verb_before = lender, True
            if (funder, j) in already:
                continue
        if not before and _OWN_INVESTMENT.search(between):
            continue  # 投资60亿元的P: the project's own money, not the last sentence's subject's
        money = next((m for m in find_money(after[:30]) if m.yuan is not None), None)
        kind = next((k for k in data["money_kinds"] if k in after[:20] or k in between[-8:]), None)  # (between: no 投资协议)
        if lender is None and (borrower := _borrower(data, text, mentions, funder)) is not None:
            funder = borrower  # 甲银行向乙公司发放贷款…，支持P: the lender funds P, not the firm it lends to
            if (funder, j) in already:
                continue
        # (用于建设P: a building verb between the purpose word and the work)
        done = next((v for v in data.longest_first("funds_purpose_verbs") if between.endswith(v)), "")
        # 甲局争取资金6800万元实施的P: the work the body does with the money, in a modifier before it
        doing_before = "" if done else next((v for v in data.longest_first("funds_purpose_verbs")
                                             if between.endswith(v + "的")), "")
        if doing_before and sent.nested(j):
            continue  # (the work's name, not a name inside it: 甲医院 of 甲医院门诊综合楼)
        if doing_before:
            done, between = doing_before, between[:-1]
        between = between.removesuffix(done)
        purpose = next((w for w in data.longest_first("funds_purpose_words") if between.endswith(w)
                        or _listed_after(between, w, data.longest_first("list_joiners"))
                        or re.search(re.escape(w) + r"[^，,。；;：:]{0,30}的$", between)), None)
        helped = None
        if purpose is None and done:
            # 安排资金90万元，支持甲村建设P: the money helps someone do the work, which is what it is for
            helped = _helped(sent, data, text, proj.start - len(done) if text.endswith(done, 0, proj.start) else None)
            if helped is not None:
                purpose = done
        if purpose is None and (doing_before or done and before and _ends_with_amount(between)):
            purpose = done  # (甲公司将在乙镇投资6亿元建设P: the money right before the doing is for the work; the
            # payer named in the sentence, not the paragraph's subject carried over: 他表示，…计划投资N元建设P)
        if purpose is None and done and between.endswith(("，", ",")):
            # 安排专项资金1500万元，实施P: the next clause does with the money what it is for (unless the
            # investment's own reading found the payer: 甲公司与乙管委签订协议，计划出资12亿元，建设P)
            if any(p == j for _, p in already):
                continue
            purpose = done
        # (用于甲村、乙村等5个村的P: what the money is for, its places in a modifier before it)
        if purpose and not money:  # 下达…资金2.3亿元，用于支持P: the money named before what it is for
            money = next((m for m in reversed(list(find_money(between))) if m.yuan is not None), None)
            kind = kind or next((k for k in data["money_kinds"] if k in between), None)
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
        joined = sent.chain_before(mentions[funder].end, BODY_TYPES, data["funds_joint_words"]) if before \
            else sent.article.state.get("subject_chain") or []  # (其中，安排…: the bodies of the sentence before)
        # 甲公司投入自有资金3000万元，实施P: a firm spending its own money on doing the work develops it too
        invests = bool(done) and purpose == done and any(v in between for v in data["funds_invest_verbs"])
        # 市农业农村局安排补助资金180万元，实施P: whoever pays and then carries the work out (funds_doing_verbs) builds it
        carries_out = bool(done) and purpose == done and (done in data["funds_doing_verbs"] or bool(doing_before)) \
            and lender is None  # (为甲公司实施的P争取…: the money is got for a work another carries out)
        listed = sent.chain_after(proj.start, ("Project",))[1:]  # 建设P、Q和R: the money builds each work listed
        if listed:  # (the amount is then the total, no one work's: as funds_invest reads a list)
            qual = {k: v for k, v in qual.items() if k not in ("amount", "amount_text")}
        for f in _parties_meant(sent, between) or (joined if funder in joined else [funder]):
            for k in (j, *listed):
                if (f, k) not in already:
                    already.add((f, k))  # (a work listed is not read again on its own)
                    sent.add(f, "funds", k, "funds_verb", qual)
                    if (invests and mentions[f].type == "Company") or (carries_out and not _payer_only(data, mentions[f])):
                        sent.add(f, "develops", k, "funds_verb")
        if helped is not None and helped >= 0 and mentions[helped].type in ("Company", "Organization"):
            sent.add(helped, "develops", j, "funds_verb")  # (支持合作社建设P: the co-operative builds it)


def _ends_with_amount(words: str) -> bool:
    """Whether ``words`` end with an amount of money (…投资6亿元)."""
    from kg.lang.money import find_money

    tail = words[-16:]
    return any(m.end == len(tail) and m.yuan is not None for m in find_money(tail))


def _payer_only(data: RelationData, body: Mention) -> bool:
    """Whether the body's part in any work is the money (funds_payer_endings: 财政局, 银行 …): it pays for what
    others carry out, whatever the clause after its money says."""
    return body.name.endswith(tuple(data["funds_payer_endings"]))


def _places_before(mentions, idx, pos: int) -> int:
    """Where the places written right before ``pos`` start: a work's name starts after the district
    or town it is in (支持 | 青州市弥河镇 | 花卉产业强镇项目), and the words before them say what is done."""
    starts = {mentions[i].end: mentions[i].start for i in idx if mentions[i].type == "Place"}
    while pos in starts:
        pos = starts[pos]
    return pos


def _parties_meant(sent: Sentence, between: str) -> list[int]:
    """The bodies that signed the article's last agreement, when ``between`` refers to them all (甲与乙签约，
    双方将共同投资8亿元建设P: both invest); a place signs as its government and funds nothing itself."""
    parties = sent.article.state.get("signing_all_parties")
    if not parties or not any(w in between for w in sent.data["develops_party_words"]):
        return []
    return [i for i in parties if sent.mentions[i].type in BODY_TYPES]


@rule("funds_received", needs=("Project",))
def funds_received(sent: Sentence) -> None:
    """``P获得甲银行贷款50亿元``: the body right after a receiving verb funds the project before it."""
    from kg.lang.money import find_money

    data, text, mentions = sent.data, sent.text, sent.mentions
    verbs = data.longest_first("funds_passive_verbs")
    for j in (i for i in sent.idx if mentions[i].type == "Project"):
        # P获得…, or P总投资5.6亿元，获得…: the clauses right after P, naming nothing but places, are about it
        at = next((k for k in topic_clauses(sent, j) if text.startswith(tuple(verbs), k)), None)
        if at is None:
            continue
        verb = next(v for v in verbs if text.startswith(v, at))
        funders = [i for i in sent.chain_after(at + len(verb), BODY_TYPES) if not is_outlet(mentions[i].name)]
        if not funders:
            continue
        after = text[mentions[funders[-1]].end : min(sent.end, mentions[funders[-1]].end + 20)]
        kind = next((k for k in data["money_kinds"] if after.startswith(k)), None)
        money = next((m for m in find_money(after) if m.yuan is not None), None)
        if kind is None and (money is None or not after.startswith(money.text)):
            continue  # 获得甲公司 | 支持: no money named
        qual: dict = {}
        if money:
            qual["amount"], qual["amount_text"] = str(money.yuan), money.text
        if kind:
            qual["money_kind"] = kind
        for i in funders:
            sent.add(i, "funds", j, "funds_received", dict(qual))


def _listed_after(between: str, purpose: str, joiners: Sequence[str]) -> bool:
    """Whether the project is an item after the purpose word, other items before it (用于老旧小区改造和 | P):
    the words after the purpose word hold no clause break and end with a list's joiner (list_joiners)."""
    at = between.rfind(purpose)
    rest = between[at + len(purpose):] if at >= 0 else ""
    return bool(rest) and rest.endswith(tuple(joiners)) and not any(c in rest for c in "，,。；;：:")


def _place_subject(sent: Sentence, start: int, end: int, receiving: bool = True) -> bool:
    """Whether a place (a town; 该镇, 全镇: funds_place_subjects) opens a clause between ``start`` and ``end`` with a
    money verb right after it (``…党委书记甲汇报，该镇今年争取…资金``, ``…介绍，全镇今年计划投入…``): the town pays
    as its government does, not the body named before (a place funds nothing in the graph: GUIDE §4).  With
    ``receiving`` false a verb of receiving money does not count (其中，嵩县获得5600万元: the bodies that handed it
    out, named before, pay)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = tuple(data["funds_agent_verbs"])
    received = tuple(data["funds_passive_verbs"])
    towns = tuple(data["funds_place_subjects"])
    for k in range(start, end):
        if text[k] in "，," and text.startswith(towns, k + 1):
            after = k + 1 + len(next(w for w in towns if text.startswith(w, k + 1)))
            at = next((a for a in range(after, min(end, after + 8)) if text.startswith(verbs, a)), None)
            if at is not None and not any(c in text[after:at] for c in "，,。；;") \
                    and (receiving or not text.startswith(received, at)):
                return True
    for i in sent.idx:
        m = mentions[i]
        if m.type != "Place" or not start <= m.start or m.end > end or text[m.start - 1 : m.start] not in ("，", ","):
            continue
        k = next((k for k in range(m.end, min(end, m.end + 5)) if text.startswith(verbs, k)), None)
        if k is not None and not any(c in text[m.end : k] for c in "，,。；;") \
                and (receiving or not text.startswith(received, k)):  # (获得补助资金: 获得 is read first)
            return True
    return False


def _subjectless_clause(data: RelationData, text: str, start: int, end: int) -> bool:
    """Whether a clause after a semicolon between ``start`` and ``end`` opens with a money verb (拨付, 下达):
    the body before the semicolon is not its subject."""
    semi = max(text.rfind("；", start, end), text.rfind(";", start, end))
    return semi >= 0 and text.startswith(tuple(data["funds_agent_verbs"]), semi + 1)


def _borrower(data: RelationData, text: str, mentions: list[Mention], i: int) -> int | None:
    """The lender, when body ``i`` is the borrower of ``甲向乙发放贷款`` (a benefactive preposition right before
    it, a lending verb right after): the body right before the preposition; else None."""
    m = mentions[i]
    prep = next((p for p in data["funds_benefactive_preps"] if text.endswith(p, 0, m.start)), None)
    if prep is None:
        return None
    after = text[m.end : m.end + 8]
    while (adverb := next((w for w in data.longest_first("funds_invest_adverbs") if after.startswith(w)), None)):
        after = after[len(adverb):]
    if not after.startswith(tuple(data["funds_benefactive_verbs"])):
        return None
    at = m.start - len(prep)
    while (adverb := next((w for w in data["funds_lender_adverbs"] if text.endswith(w, 0, at)), None)):
        at -= len(adverb)  # 甲银行还向乙公司发放…
    return next((k for k, n in enumerate(mentions) if n.end == at and n.type in BODY_TYPES), None)


def _helped(sent: Sentence, data, text: str, at: int | None) -> int | None:
    """Who money helps do a work when ``text`` before ``at`` (where the building verb before the work
    starts) is one of funds_beneficiary_words and the one helped: the index of that mention, ``-1``
    for a short common noun (村集体, 企业), ``None`` when no such words are there."""
    if at is None:
        return None
    mentions = sent.mentions
    named = next((i for i in sent.idx if mentions[i].end == at and mentions[i].type in ("Place", *BODY_TYPES)), None)
    # (支持艾山街道西岭村建设P: the places the one helped is in are written first)
    opens = _places_before(mentions, sent.idx, mentions[named].start) if named is not None else None
    if opens is None:
        clause = max(text.rfind(c, sent.start, at) for c in "，,；;：:、")
        words = [w for w in data.longest_first("funds_beneficiary_words") if 0 <= text.rfind(w, max(clause, sent.start), at)]
        if not words:
            return None
        opens = text.rfind(words[0], sent.start, at) + len(words[0])
        if not 1 <= at - opens <= 4:
            return None  # (a short noun only: 村集体, 企业; longer words say more than who is helped)
        return -1 if text.endswith(words[0], 0, opens) else None
    return named if text.endswith(tuple(data["funds_beneficiary_words"]), 0, opens) else None


def _benefactive(data: RelationData, text: str, mentions: list[Mention], before: list[int], proj: Mention) -> int | None:
    """The funder of ``向P提供贷款`` / ``为P授信``: a preposition right before the project, a money verb
    right after it; the last body before the preposition that is not joined to another by 与 (the
    subject, not the party it signs with).  None when the frame is not there."""
    opens = proj.start
    # (为 | 甲公司实施的 | P争取…: the body carrying the work out, in a modifier, is no payer; the prep stands before it)
    doer = next((i for i in reversed(before) if mentions[i].end < proj.start and any(
        text[mentions[i].end : proj.start] == v + "的" for v in data["funds_purpose_verbs"])), None)
    if doer is not None:
        opens = mentions[doer].start
    lead = data.regex("scope_before", _scope_before).sub("", text[max(0, opens - 4) : opens])  # 向该区 | P
    if not lead.endswith(tuple(data["funds_benefactive_preps"])):
        return None
    after = text[proj.end : proj.end + 10]
    # the project word the mention leaves out (即墨古城改造 | 项目), then adverbs (分别, 将)
    after = after.removeprefix(next((w for w in data.longest_first("invested_project_suffixes")
                                     if after.startswith(w)), ""))
    while (adverb := next((w for w in data.longest_first("funds_invest_adverbs") if after.startswith(w)), None)):
        after = after[len(adverb):]
    if not after.startswith(tuple(data["funds_benefactive_verbs"])):
        return None
    joined = tuple(data["funds_comitatives"])
    for i in reversed(before):
        if i != doer and mentions[i].end <= opens and not text[: mentions[i].start].endswith(joined):
            return i
    return None


def investment_nouns(data: RelationData) -> re.Pattern:
    """Investment words that name a project's own money (总投资, 计划投资 …) or an agreement (投资协议), not
    a funder's act."""
    return data.regex("investment_nouns", lambda d: re.compile("|".join(map(re.escape, sorted(
        (w for w in d["investment_words"] + d["investment_agreements"] if w != "投资"), key=len, reverse=True)))))


def _money_at(text: str, pos: int, data: RelationData):
    """The yuan amount written at ``pos`` (after a hedge such as 约, 超, 达), or None."""
    from kg.lang.money import find_money

    hedge = next((h for h in data.longest_first("investment_hedges") if text.startswith(h, pos)), "")
    start = pos + len(hedge)
    money = next(find_money(text, start, min(len(text), start + 20)), None)
    return money if money is not None and money.start == start and money.yuan is not None else None


def _money_qualifiers(money, kind: str | None) -> dict:
    qual: dict = {}
    if money is not None:
        qual["amount"] = str(money.yuan)
        qual["amount_text"] = money.text
    if kind:
        qual["money_kind"] = kind
    return qual


def _project_at(sent: Sentence, pos: int) -> int | None:
    """The Project mention starting at ``pos`` (after 的 or 了, or after the place it is in: 建设钢城区 | 田园综合体项目,
    where the recogniser starts the work's name after the place), else None."""
    text, mentions = sent.text, sent.mentions
    for skip in ("的", "了", ""):
        if skip and not text.startswith(skip, pos):
            continue
        at = pos + len(skip)
        hit = [i for i in sent.idx if mentions[i].start == at and mentions[i].type == "Project" and not sent.nested(i)]
        if hit:
            return hit[0]
    place = next((mentions[i].end for i in sent.idx if mentions[i].start == pos and mentions[i].type == "Place"
                  and not sent.nested(i)), None)
    if place is not None:
        return next((i for i in sent.idx if mentions[i].start == place and mentions[i].type == "Project"
                     and not sent.nested(i)), None)
    return None


def _invested_frame(data: RelationData) -> re.Pattern:
    """``投资30亿元的P``, ``投资8000万元建设的P``: the money, a building verb or none, 的, the work."""
    words = data.alternation("investment_words")
    suffixes = data.alternation("invested_project_suffixes")
    verbs = data.alternation("develops_verbs")
    return re.compile(rf"(?:{words})[^，,。；;的]{{0,4}}?[0-9０-９.]+[万亿千百]*元?(?:{verbs})?的"
                      rf"(?P<name>(?:(?![和与及等在])[\u4e00-\u9fffA-Za-z0-9·（）()]){{2,24}}(?:{suffixes}))")


def _invest_build_frame(data: RelationData) -> re.Pattern:
    """``投资20亿元建设城轨车辆智能制造基地``: a body's money and a building verb, then the work, which
    ends the clause."""
    verbs = data.alternation("develops_verbs")
    suffixes = data.alternation("invested_project_suffixes")
    return re.compile(rf"投资[0-9０-９.]+[万亿千百]*元(?:{verbs})"
                      rf"(?P<name>(?:(?![和与及等])[\u4e00-\u9fffA-Za-z0-9·（）()]){{2,24}}?(?:{suffixes}))(?=[，,。；;]|$)")


@rule("invested_project")
def invested_project(sent: Sentence) -> None:
    """``投资30亿元的甲乙新材料产业园项目``, ``甲公司投资20亿元建设乙丙基地``: the project money goes into,
    named by the frame."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if text.find("投资", sent.start, sent.end) < 0:
        return
    generic = data.regex("programme_frame", _programme_frame)[1]
    own = list(data.regex("invested_frame", _invested_frame).finditer(text, sent.start, sent.end))
    # a body's: 甲公司投资20亿元建设P (a body right before 投资)
    built = [m for m in data.regex("invest_build_frame", _invest_build_frame).finditer(text, sent.start, sent.end)
             if sent.chain_before(m.start(), BODY_TYPES)]
    for m in own + built:
        start, end = m.span("name")
        name = m.group("name")
        if generic.match(name) or "等" in name or any(mentions[i].start < end and start < mentions[i].end
                                                       and mentions[i].type != "Place" for i in sent.idx):
            continue  # a counted category, a list, or a name the recogniser has
        sent.add_mention(Mention(start, end, name, "Project", name, rule="invested_project"))


def _invest_frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    adverbs = data.alternation("funds_invest_adverbs")
    verbs = data.alternation("funds_invest_verbs")
    return (re.compile(rf"(?P<adv>(?:{adverbs})*)(?P<verb>{verbs})"),
            re.compile(rf"(?:是|系)?(?:{adverbs})*由$"))  # (P拟由甲投资建设: a plan, 由 still names who)


@rule("funds_invest", needs=("Project", *BODY_TYPES))
def funds_invest(sent: Sentence) -> None:
    """``甲、乙联合投资30亿元的P``, ``甲投资5亿元建设P``, ``甲投资建设P``, ``P由甲投资建设``: each body funds
    and develops P; after a signing, ``双方将共同投资20亿元建设P``: each party funds P (who builds it,
    develops_parties says).  A work no rule named after the amount and the building verb is named by them
    (``甲投资12亿元，在乙开发区建设功率半导体封装测试基地项目``: :func:`work_from`)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    frame, by = data.regex("invest_frames", _invest_frames)
    for m in frame.finditer(text, sent.start, sent.end):
        funders = sent.chain_before(m.start(), BODY_TYPES) or sent.chain_before(_before_where(sent, m.start()), BODY_TYPES)
        # (双方将共同投资20亿元建设P: the word for both parties stands for the bodies of the last signing, which
        # all fund it; who builds it develops_parties says)
        parties = [] if funders else _parties_meant(sent, text[max(sent.start, m.start() - 4) : m.start()])
        joint = next((a for a in ("联合", "共同") if a in m.group("adv")), "")
        funders = funders or parties or _clause_subject(sent, m.start(), every_firm=bool(joint))
        if not funders:
            continue
        money = _money_at(text, m.end(), data)
        pos = money.end if money is not None else m.end()
        verb = ""
        if money is not None:  # 甲投资5亿元建设P: the building verb after the amount
            pos = _past_where(sent, pos)  # (…5亿元，在乙区建设P: where it is built, in between)
            at = pos + (text[pos : pos + 1] in "，,")
            # (…30亿元，重点建设P: an adverb of the develops data before the verb)
            at += len(next((w for w in data.longest_first("develops_particles") if text.startswith(w, at)
                            and any(text.startswith(v, at + len(w)) for v in data["develops_verbs"])), ""))
            verb = next((v for v in data.longest_first("develops_verbs") if text.startswith(v, at)), "")
            pos = at + len(verb) if verb else pos  # (…12亿元，建设P: the next clause)
        project, builds = _project_at(sent, pos), True
        if project is None and verb:
            # 甲投资12亿元，在乙开发区建设 | 功率半导体封装测试基地项目: the money and the building name the work
            project = work_from(sent, pos, joined=True)
        if project is None:  # P由甲投资建设: the project before 由
            first = mentions[funders[0]]
            head = text[sent.start : _before_owner(sent, first.start)]  # (由集团全资子公司甲…: 甲 invests)
            marker = by.search(head)
            if marker is None:
                # 甲与乙签约P，后者拟投资6亿元 (…，拟投资18亿元): money ending its clause, after the one work the
                # sentence named before, is that work's
                before = [i for i in sent.idx if mentions[i].type == "Project" and mentions[i].end <= m.start()
                          and not sent.nested(i)]
                if money is None or verb or len(before) != 1 or not _ends_clause(text, money.end, sent.end) \
                        or not sent.chain_before(m.start(), BODY_TYPES) and any(mentions[f].type != "Company" for f in funders):
                    continue  # (…介绍，今年将启动P，计划投资3600万元: the work's own plan, not the speaker's bureau's)
                project, builds = before[0], False  # (funds only: who builds it, other rules say)
            else:
                at = sent.start + marker.start()
                # (P总投资10亿元，由甲投资建设: clauses about P may stand before 由, as develops_by reads them)
                project = next((i for i in sent.idx if mentions[i].type == "Project"
                                and (mentions[i].end == at or topic_clause_end(sent, i) == at)), None)
                if project is None:
                    continue
        # 联合投资, 共同出资: the amount is the funders' together, and the kind says so
        qual = _money_qualifiers(money, joint + m.group("verb"))
        # (…投资30亿元，建设A、B和C三个项目: each work is funded and built; the amount is theirs together, so it
        # is no work's own)
        listed = sent.chain_after(mentions[project].start, {"Project"}) if verb else []
        works = listed if len(listed) > 1 else [project]
        if len(works) > 1:
            qual = {k: v for k, v in qual.items() if k not in ("amount", "amount_text")}
        for f in funders:
            for work in works:
                sent.add(f, "funds", work, "funds_invest", qual)
                if not parties and builds:
                    sent.add(f, "develops", work, "funds_invest")


def _ends_clause(text: str, pos: int, end: int) -> bool:
    """Whether the clause ends at ``pos`` (punctuation or the sentence's end)."""
    return pos >= end or text[pos] in "，,。；;！!？?"


def _clause_subject(sent: Sentence, at: int, every_firm: bool = False) -> list[int]:
    """The body a clause with no subject of its own is about (甲公司与乙管委会签订协议，计划出资12亿元…): where
    the clause at ``at`` opens after a comma with a planning word or none, the firm that opens the sentence
    (of the bodies joined there, the firms: 甲 signs with the government that hosts the work; with
    ``every_firm``, all of them: 甲公司与乙公司签约，共同投资…), else []."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    pos = at
    while (word := next((w for w in data.longest_first("modality_planned") if text.endswith(w, 0, pos)), None)):
        pos -= len(word)
    if text[pos - 1 : pos] not in ("，", ","):
        return []
    opening = sorted((i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)),
                     key=lambda i: mentions[i].start)
    lead = text[sent.start : mentions[opening[0]].start] if opening else ""
    if not opening or lead and not (lead.endswith(("，", ",")) and len(lead) <= 12
                                    and lead.count("，") + lead.count(",") == 1):
        return []  # (a time phrase may open the sentence before its subject: 5月8日，甲公司…; not a clause)
    chain = sent.chain_after(mentions[opening[0]].start, BODY_TYPES) or opening[:1]
    firms = [i for i in chain if mentions[i].type == "Company"]
    return (firms if every_firm else firms[:1]) or chain[:1]


def _before_owner(sent: Sentence, pos: int) -> int:
    """Before the owner of the subsidiary named at ``pos`` (由 | 集团全资子公司 | 甲, 由 | 乙集团旗下的 | 甲): the
    owner by its kind word or its name, and the subsidiary word; before a word for the kind of body it is (由 | 本地
    企业 | 甲: develops_agent_descriptors); else ``pos``."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    described = next((w for w in data.longest_first("develops_agent_descriptors") if text.endswith(w, sent.start, pos)), "")
    if described:
        return pos - len(described)  # 由 | 本地企业 | 甲公司投资…: what kind of body it is, written before its name
    word = next((w for w in data.longest_first("develops_subsidiary_words") if text.endswith(w, sent.start, pos)), None)
    if word is None:
        return pos
    at = pos - len(word)
    named = next((mentions[i].start for i in sent.idx if mentions[i].end == at and mentions[i].type in BODY_TYPES), None)
    if named is not None:
        return named
    owner = next((w for w in data.longest_first("develops_owner_words") if text.endswith(w, sent.start, at)), None)
    return at - len(owner) if owner is not None else pos


def _before_where(sent: Sentence, pos: int) -> int:
    """Before 在 and the places after it that end at ``pos``, and the adverbs before 在 (甲集团 | 将在乙镇 | 投资…),
    else ``pos``."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    starts = {mentions[i].end: mentions[i].start for i in sent.idx if mentions[i].type == "Place"}
    at = pos
    while at in starts or text[at - 1 : at] == "的" and at - 1 in starts and at != pos:
        at = starts[at] if at in starts else at - 1  # (将在甲镇的乙开发区 | 投资: places joined by 的 too)
    if at == pos or text[at - 1 : at] != "在":
        return pos
    at -= 1
    while (adverb := next((a for a in _money_adverbs(data) if text.endswith(a, sent.start, at)), None)) is not None:
        at -= len(adverb)
    return at


def _past_where(sent: Sentence, pos: int) -> int:
    """Past a comma and 在 with the places after it at ``pos`` (甲投资5亿元，在乙区丙街道 | 建设P; …，同样选址乙工业园，
    | 建设P: a clause choosing the site, funds_where_markers), else ``pos``."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    at = pos + (text[pos : pos + 1] in "，,")
    at += next((len(w) for w in data["funds_where_adverbs"] if text.startswith(w, at)), 0)
    marker = next((w for w in data["funds_where_markers"] if text.startswith(w, at)), None)
    if marker is None:
        return pos
    at += len(marker)
    ends: dict[int, int] = {}
    for i in sent.idx:
        if mentions[i].type == "Place":  # (the outermost place starting there: 甲县 of 甲县化工园 is inside it)
            ends[mentions[i].start] = max(ends.get(mentions[i].start, 0), mentions[i].end)
    if at not in ends and (past := _past_park(sent, at)) is not None:
        return past  # (在乙产业园 | 建设P, the park named as a work elsewhere on the page: where the work built is)
    if at not in ends:
        # (…15亿元，在开发区建设P, 在园区建设: the zone the page is about, by its word alone)
        from kg.lang.lexicon import load

        # (在同一园区建设P: a determiner before the word)
        at += next((len(w) for w in sent.data["funds_where_determiners"] if text.startswith(w, at)), 0)
        word = next((w for w in (*load().scope_zones, *sent.data["funds_where_words"]) if text.startswith(w, at)), None)
        return at + len(word) if word is not None else pos
    while True:
        if (past := _past_park(sent, at)) is not None:
            return past  # (在甲镇的乙产业园区 | 建设P: a park named as a work, where the work built is)
        if at in ends:
            at = ends[at]
        elif text.startswith("的", at) and (at + 1 in ends or _past_park(sent, at + 1) is not None):
            at += 1  # (在甲镇的乙开发区 | 建设P: places joined by 的 too)
        else:
            break
    # (在乙镇境内建设P: a bearing after the place)
    return at + next((len(w) for w in sent.data.longest_first("located_locatives") if text.startswith(w, at)), 0)


def _past_park(sent: Sentence, at: int) -> int | None:
    """The end of a park named as a work (产业园区) that starts at ``at`` and is followed by a building verb
    and another work (在甲镇的乙产业园区 | 建设 | P: where P is built), else ``None``."""
    text, mentions = sent.text, sent.mentions
    park = next((i for i in sent.idx if mentions[i].start == at and mentions[i].type == "Project"), None)
    if park is None:
        return None
    end = mentions[park].end
    verb = next((v for v in sent.data.longest_first("develops_verbs") if text.startswith(v, end)), None)
    if verb is None or not any(mentions[i].start == end + len(verb) and mentions[i].type == "Project" for i in sent.idx):
        return None
    return end


def _investment_frame(data: RelationData) -> re.Pattern:
    return re.compile(rf"(?P<word>{data.alternation('investment_words')})")


@rule("investment", needs=("Project",))
def investment(sent: Sentence) -> None:
    """A project's own investment (see the module docstring)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    projects = sorted((i for i in sent.idx if mentions[i].type == "Project" and not sent.nested(i)),
                      key=lambda i: mentions[i].start)
    if not projects:
        return
    aggregate = data.regex("investment_aggregate", lambda d: re.compile(d["investment_aggregate_pattern"]))
    joiners = tuple(data["list_joiners"])
    for m in _frame(data).finditer(text, sent.start, sent.end):
        money = _money_at(text, m.end(), data)
        if money is None:
            continue
        if sent.chain_before(m.start() - _adverbs_before(text, m.start(), data), BODY_TYPES):
            continue  # 甲集团投资30亿元的P: the funder's (funds_invest)
        project = _project_at(sent, money.end)
        if project is None:
            if text.startswith("的", money.end):
                continue  # 总投资5亿元的3个项目: the money of what follows, which is no name
            before = [i for i in projects if mentions[i].end <= m.start()]
            if not before:
                continue
            project = before[-1]
            p = mentions[project]
            gap = text[p.end:m.start()]
            listed = text[:p.start].endswith(joiners) and any(mentions[i].end <= p.start for i in projects) \
                or text.startswith(joiners, p.end)
            far = len(gap) > 12 or sum(gap.count(c) for c in "，,；;") > 1
            if listed or aggregate.search(gap) or far and m.start() not in topic_clauses(sent, project):
                continue  # a total of several projects, or money too far from the project to be its own (unless
                # the clauses between say where it is: P涉及甲社区、乙社区的31栋楼，总投资4600万元)
        qual = _money_qualifiers(money, m.group("word"))
        period = period_re(data).search(text, max(sent.start, m.start() - 12), m.start())
        if period:
            qual["period"] = period.group(0)
        if any(w in m.group("word") for w in data["investment_planned_words"]):
            qual["modality"] = "planned"
        sent.invest(project, "investment", qual)


def _frame(data: RelationData) -> re.Pattern:
    return data.regex("investment_frame", _investment_frame)


def _adverbs_before(text: str, pos: int, data: RelationData) -> int:
    """How many characters of adverbs (联合, 共同 …) stand right before ``pos``."""
    n = 0
    adverbs = data.longest_first("funds_invest_adverbs")
    while True:
        hit = next((a for a in adverbs if text.startswith(a, pos - n - len(a))), None)
        if hit is None:
            return n
        n += len(hit)


@rule("funds_granted", needs=("Project",))
def funds_granted(sent: Sentence) -> None:
    """``甲局争取乙局…资金N元，在丙村实施P``: 乙局 funds P, and 甲局 that secures it (see the module docstring)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    for verb in data["funds_grant_verbs"]:
        at = text.find(verb, sent.start, sent.end)
        while at >= 0:
            grantors = sent.chain_after(at + len(verb), BODY_TYPES)
            clause_end = next((k for k in range(at, sent.end) if text[k] in "，,；;"), sent.end)
            work = next((j for j in sorted(sent.idx, key=lambda j: mentions[j].start) if mentions[j].type == "Project"
                         and clause_end < mentions[j].start and not sent.nested(j)
                         and any(w in text[clause_end : mentions[j].start] for w in data["funds_grant_uses"])),
                        None) if grantors and mentions[grantors[-1]].end < clause_end else None
            if work is not None:
                money = next((m for k in range(mentions[grantors[-1]].end, clause_end)
                              if (m := _money_at(text, k, data)) is not None), None)
                if money is not None:
                    # (and the body that secures it, written right before 争取: GUIDE §4, funds "secures … money for it")
                    seeker = next((i for i in sent.idx if mentions[i].type in BODY_TYPES and mentions[i].end == at
                                   and not sent.nested(i)), None)
                    for g in (*grantors, *([seeker] if seeker is not None else [])):
                        sent.add(g, "funds", work, "funds_granted", _money_qualifiers(money, None))
            at = text.find(verb, at + len(verb), sent.end)


@rule("funds_total", needs=("Project",))
def funds_total(sent: Sentence) -> None:
    """The builders that invest fund the work, and its one funder gets its total (see the module docstring)."""
    text, mentions = sent.text, sent.mentions
    projects = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j)]
    if len(projects) != 1:
        return  # (several works: whose total is whose is not said)
    j = projects[0]
    investing = tuple(sent.data["funds_builder_verbs"])
    funded = {f[0] for f in sent.found if f[1] == "funds" and f[2] == j}
    joint = _joint(sent).search(text, mentions[j].end, sent.end)
    builders = [f[0] for f in sent.found if f[1] == "develops" and f[2] == j and mentions[f[0]].type in BODY_TYPES]
    if joint is not None and len(set(builders)) >= 2 and not funded:
        for subj in dict.fromkeys(builders):  # 甲与乙将合作打造P，双方计划共同投资12亿元: both pay, the sum theirs together
            sent.add(subj, "funds", j, "funds_total", {"money_kind": "共同投资"})
        return
    for subj, pred, obj, _, _ in list(sent.found):
        if pred == "develops" and obj == j and subj not in funded and mentions[subj].type in BODY_TYPES \
                and text.startswith(investing, mentions[subj].end):
            sent.add(subj, "funds", j, "funds_total", {"money_kind": "投资建设"})  # 由甲集团投资建设的P
            funded.add(subj)
    if not funded:
        _owner_investing(sent, j)
    if len(funded) != 1:
        return
    edge = next(f for f in sent.found if f[1] == "funds" and f[2] == j)
    if "amount" in edge[4]:
        return
    totals = [money for m in _frame(sent.data).finditer(text, sent.start, sent.end)
              if m.group("word") != "投资" and (money := _money_at(text, m.end(), sent.data)) is not None]
    if len(totals) == 1:
        edge[4].update(amount=str(totals[0].yuan), amount_text=totals[0].text)  # …，总投资56亿元


def _joint(sent: Sentence) -> re.Pattern:
    """The parties' word, then investing together (双方计划共同投资): relation_patterns.json develops_party_words."""
    return sent.data.regex("funds_joint", lambda d: re.compile(
        rf"(?:{d.alternation('develops_party_words')})(?:将|拟|计划|预计)?共同(?:投资|出资)"))


def _owner_investing(sent: Sentence, j: int) -> None:
    """``P由甲公司开发建设，投资4.2亿元``: the one owner building the work (funds_owner_verbs after it: not a
    contractor's 承建) is the one a clause of investing with no subject of its own speaks of (投资, not the work's
    总投资)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    owners = {s for s, p, o, _, _ in sent.found if p == "develops" and o == j and mentions[s].type in BODY_TYPES
              and text.startswith(tuple(data["funds_owner_verbs"]), mentions[s].end)}
    own = [money for m in _frame(data).finditer(text, mentions[j].end, sent.end)
           if m.group("word") == "投资" and text[m.start() - 1 : m.start()] in ("，", ",")
           and (money := _money_at(text, m.end(), data)) is not None]
    if len(owners) == 1 and len(own) == 1:
        sent.add(owners.pop(), "funds", j, "funds_total", {"amount": str(own[0].yuan), "amount_text": own[0].text,
                                                           "money_kind": "投资"})


#: the article's state key of the work the money of the sentences in a row is for: (project, end of the
#: last sentence about it)
_MONEY_TOPIC = "money_topic"
#: how far before the sentence the work it is about may be named
_MONEY_TOPIC_REACH = 400
#: the article's state keys of the work whose total the last sentence gave, and of the last sentence's end
_INVESTED = "invested_topic"
_LAST_END = "last_sentence_end"


@rule("funds_topic")
def funds_topic(sent: Sentence) -> None:
    """``其中，甲局安排…资金12亿元，乙厅下达…6亿元``: each body paying in a sentence about the money of the work
    named before funds that work (see the module docstring)."""
    text, mentions, state = sent.text, sent.mentions, sent.article.state
    carried, invested, before = state.pop(_MONEY_TOPIC, None), state.pop(_INVESTED, None), state.get(_LAST_END)
    state[_LAST_END] = sent.end
    same_paragraph = before is not None and "\n" not in text[before : sent.start]
    projects = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j)]
    totals = {p for p, _, _ in sent.investments}
    if projects:
        funded = {f[2] for f in sent.found if f[1] == "funds" and mentions[f[2]].rule != "funded_programme"}
        if len(projects) != 1 or projects[0] not in totals and projects[0] not in funded:
            if len(projects) != 1 or mentions[projects[0]].start != sent.start and not _done_in_clause(sent, projects[0]):
                return  # (甲局为该项目争取…，乙局配套安排…: the clauses after one that funds the work go on with it)
            if text.startswith("由", mentions[projects[0]].end):
                # P由甲局组织实施，乙公司承建。丙局已拨付…: a sentence opening with the work and who builds it is
                # about it as its total would be: the next one's money goes on with it
                state[_INVESTED] = (projects[0], sent.end)
        # P总投资1.8亿元，甲局争取…1.1亿元，乙局安排…7000万元: the clauses after the work's total; 该工程疏浚河道…，甲局
        # 争取…资金960万元: or after the work opening the sentence, what the sentence is about
        project, opening = projects[0], _clause_after(text, mentions[projects[0]].end, sent.end)
    elif (opener := _opener(sent)) is not None:
        project, opening = _money_topic(sent), sent.start + len(opener)
    elif carried is not None and carried[1] == before and same_paragraph:
        project, opening = carried[0], sent.start  # (the paragraph's next sentence goes on with the money)
    elif invested is not None and invested[1] == before and same_paragraph:
        project, opening = invested[0], sent.start  # (P总投资28亿元。甲局争取…: right after the work's total)
    else:
        return
    if len(totals) == 1 and projects:
        state[_INVESTED] = (projects[0], sent.end)
    if project is not None and _paid_in_clauses(sent, project, opening):
        state[_MONEY_TOPIC] = (project, sent.end)


def _done_in_clause(sent: Sentence, work: int) -> bool:
    """Whether the work ends a clause that says it is carried out (funds_doing_verbs) and names no body before it
    (去年以来，该村实施P，县农业农村局安排补助资金180万元，…): the clauses after it are about the work."""
    text, mentions = sent.text, sent.mentions
    thing = mentions[work]
    opens = max(text.rfind(c, sent.start, thing.start) for c in "，,；;：:") + 1
    return text[thing.end : thing.end + 1] in ("，", ",") \
        and text.endswith(tuple(sent.data["funds_doing_verbs"]), max(opens, sent.start), thing.start) \
        and not any(mentions[i].type in BODY_TYPES and mentions[i].end <= thing.start for i in sent.idx)


#: the rest of a work's money with its amount, then who pays it: 其余2600万元由, 剩余1.2亿元由
_REMAINDER_AMOUNT = re.compile(r"(?:其余|剩余)[0-9.]+[万亿]?元由")


def _stop_names() -> frozenset[str]:
    from kg.lang.lexicon import load

    return load().stop_names


def _clause_after(text: str, pos: int, end: int) -> int:
    """Where the clause after the one holding ``pos`` starts (``end`` when none)."""
    return min((k + 1 for k in (text.find(c, pos, end) for c in "，,；;") if k >= 0), default=end)


def _paid_in_clauses(sent: Sentence, project: int, clause: int) -> bool:
    """Add ``funds`` to ``project`` from each clause from ``clause`` on that opens with a body, a money verb
    (not one of receiving: 获得) and an amount; whether any did."""
    from kg.lang.money import find_money

    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = data.longest_first("funds_agent_verbs")
    receiving = tuple(data["funds_passive_verbs"])
    starts = {mentions[i].start: i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)
              and not is_outlet(mentions[i].name)}
    found = {(f[0], f[2]) for f in sent.found if f[1] == "funds"}
    paid = False
    openers = data.longest_first("funds_topic_openers")
    while clause < sent.end:
        clause += text[clause] in "，,：:"
        end = min((k for k in (text.find(c, clause, sent.end) for c in "，,；;：:。") if k >= 0), default=sent.end)
        clause += len(next((w for w in openers if text.startswith(w, clause)), ""))  # (P总投资…，其中甲局…)
        rest = next((w for w in data.longest_first("funds_remainder_openers") if text.startswith(w, clause)), "")
        if not rest and (amount := _REMAINDER_AMOUNT.match(text, clause, end)) is not None:
            rest = amount.group()  # 其余2600万元由甲局…解决: the rest's amount written in it
        body = starts.get(clause + len(rest))
        qual = None
        if body is not None and rest:  # 其余资金由甲局争取…解决: the rest of the money is the body's
            qual = _money_qualifiers(next((m for m in find_money(text[clause:end]) if m.yuan is not None), None), None)
        elif body is not None:
            pos = _past_adverbs(text, mentions[body].end, data)
            verb = next((v for v in verbs if text.startswith(v, pos)), None)
            money = next((m for m in find_money(text[pos:end]) if m.yuan is not None), None) if verb else None
            if money is not None and not verb.startswith(receiving):
                qual = _money_qualifiers(money, next((k for k in data["money_kinds"] if k in text[pos:end]), None))
        if qual is not None:
            if (body, project) not in found:
                sent.add(body, "funds", project, "funds_topic", qual)
            paid = True
        clause = end + 1
    return paid


def _money_adverbs(data: RelationData) -> tuple[str, ...]:
    """The adverbs that may stand between a payer and its verb (将, 计划, 还 …), longest first."""
    return data.regex("money_adverbs", lambda d: tuple(sorted(
        {*d["funds_invest_adverbs"], *d["funds_lender_adverbs"]}, key=len, reverse=True)))


def _past_adverbs(text: str, pos: int, data: RelationData) -> int:
    """Past the adverbs written at ``pos`` (甲集团 | 还将 | 投入…)."""
    while (adverb := next((a for a in _money_adverbs(data) if text.startswith(a, pos)), None)) is not None:
        pos += len(adverb)
    return pos


def _opener(sent: Sentence) -> str | None:
    """The word opening the sentence that says it is about the money of the work named before (其中), if any."""
    openers = sent.data.longest_first("funds_topic_openers")
    if not sent.text.startswith(tuple(openers), sent.start):
        return None  # (most sentences: one test in C, not one per word)
    return next(w for w in openers if sent.text.startswith(w, sent.start))


def _money_topic(sent: Sentence) -> int | None:
    """The work a sentence opening with funds_topic_openers is about: the last Project named before it, near."""
    if _opener(sent) is None:
        return None
    mentions = sent.mentions
    return max((i for i, m in enumerate(mentions) if m.type == "Project" and m.end <= sent.start
                and sent.start - m.end <= _MONEY_TOPIC_REACH), key=lambda i: mentions[i].end, default=None)


@rule("funds_by", needs=("Project",))
def funds_by(sent: Sentence) -> None:
    """``P由甲局争取资金200万元支持`` (see the module docstring)."""
    from kg.lang.money import find_money

    text, mentions, data = sent.text, sent.mentions, sent.data
    if text.find("由", sent.start, sent.end) < 0:
        return
    verbs = tuple(data.longest_first("funds_agent_verbs"))
    for j in (i for i in sent.idx if mentions[i].type == "Project" and not sent.nested(i) and not says_where(sent, i)):
        at = topic_clause_end(sent, j)
        if not text.startswith("由", at):
            continue
        chain = [i for i in sent.chain_after(at + 1, BODY_TYPES) if not is_outlet(mentions[i].name)]
        if not chain or not text.startswith(verbs, mentions[chain[-1]].end):
            continue
        clause_end = min((k for k in (text.find(c, at, sent.end) for c in "，,；;。") if k >= 0), default=sent.end)
        money = next((m for m in find_money(text[mentions[chain[-1]].end : clause_end]) if m.yuan is not None), None)
        kind = next((k for k in data["money_kinds"] if k in text[mentions[chain[-1]].end : clause_end]), None)
        if money is None and kind is None:
            continue
        qual = _money_qualifiers(money, kind)
        funded = {(f[0], f[2]) for f in sent.found if f[1] == "funds"}  # (P由甲投资建设: funds_invest read it)
        # (P由甲局争取资金960万元实施: the body that pays carries the work out, funds_doing_verbs)
        carries_out = text[:clause_end].endswith(tuple(data["funds_doing_verbs"]))
        for i in chain:
            if (i, j) not in funded:
                sent.add(i, "funds", j, "funds_by", qual)
                if carries_out and not _payer_only(data, mentions[i]):
                    sent.add(i, "develops", j, "funds_by")


def _allocation_frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """A notice allocating money, by its title (关于下达2025年第一批…资金的通知: funds_allocation_verbs and
    funds_allocation_money), and a clause allocating it with no work named (下达资金1.36亿元).
    (The title's words are the data's; ``[^…]`` keeps the title inside one line and one document's name.)"""
    def make(d: dict) -> tuple[re.Pattern, re.Pattern]:
        verbs = "|".join(map(re.escape, sorted(d["funds_allocation_verbs"], key=len, reverse=True)))
        money = "|".join(map(re.escape, sorted(d["funds_allocation_money"], key=len, reverse=True)))
        title = re.compile(rf"关于(?:{verbs})[^《》\n。；]{{0,60}}?(?:{money})[^《》\n。；]{{0,20}}?的(?:通知|批复)")
        clause = re.compile(rf"(?:{verbs})[^，。；：\n]{{0,30}}?(?:{money})")
        return title, clause
    return data.regex("funds_allocation", make)




@rule("funds_signed", needs=("Company",))
def funds_signed(sent: Sentence) -> None:
    """``区商务局与甲公司签订P投资协议，协议投资15亿元``: a firm that signs for a work (develops_signing) funds it with
    the amount the signing's clause gives after a word of an agreed investment (funds_signed_amount_words), planned."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    signed = [(f[0], f[2]) for f in sent.found if f[1] == "develops" and f[3] == "develops_signing"
              and mentions[f[0]].type == "Company"]
    if not signed:
        return
    from kg.lang.money import find_money

    paid = {(f[0], f[2]) for f in sent.found if f[1] == "funds"}
    for firm, work in signed:
        end = min([k for k in (text.find(c, mentions[work].end, sent.end) for c in "；;") if k >= 0] + [sent.end])
        opens = max(text.rfind(c, sent.start, mentions[work].start) for c in "；;") + 1
        if (firm, work) in paid or text.startswith("等", mentions[work].end) \
                or any(w != work and max(opens, sent.start) <= mentions[w].start < end for _, w in signed):
            continue  # (two works signed in one clause, or 甲等项目: whose money is whose is not said)
        for word in data.longest_first("funds_signed_amount_words"):
            at = text.find(word, mentions[work].end, end)
            money = next(find_money(text, at + len(word), min(end, at + len(word) + 16)), None) if at >= 0 else None
            if money is not None and money.start == at + len(word) and money.yuan is not None:
                sent.add(firm, "funds", work, "funds_signed", {**_money_qualifiers(money, None), "modality": "planned"})
                break


@rule("funds_allocated")
def funds_allocated(sent: Sentence) -> None:
    """A notice allocating money and the works it lists: ``甲局会同乙局印发《关于下达…资金的通知》，下达资金1.36亿元…``
    (or the notice's title as the page's headline: ``甲局 乙局关于下达…补助资金的通知``; or a clause handing money
    down to no work it names: ``甲厅、乙厅联合下达…资金3.12亿元``, its bodies in the clause before where it opens with
    the verb: ``甲局、乙局联合印发通知，下达…资金1.28亿元``), then a sentence ending in a colon, a word
    announcing a list and one of money, works or allocating (``资金具体安排如下：``, ``用于支持以下项目建设：``, ``具体安排如下：``:
    funds_allocation_list_cues; or a word alone before the colon, ``其中：``: funds_allocation_list_openers; not the
    addressees' line, ``各区财政局：``), then numbered items (``一、…``, ``1.…``, ``一是…``, ``——…``) naming works:
    the bodies issuing the notice fund each work an item names, with the item's amount where
    its clause gives one (``补助资金680万元``; not a total investment).  The list ends with the first paragraph
    that is no numbered item.  Numbered paragraphs right after the notice's with no line announcing them are its
    list too, where a work is given an amount of its own (``一是…。其中：P 1200万元，由甲局实施；…``); a funder an item
    names itself (funds_verb and its kin) keeps the item's work.  A later
    clause on where the money came from keeps the bodies first named, and an aside's earlier allocation
    (``此前，甲厅已下达…``: funds_allocation_asides) opens no list."""
    text, mentions, data, state = sent.text, sent.mentions, sent.data, sent.article.state
    paragraph = text.rfind("\n", 0, sent.start) + 1
    title, clause = _allocation_frames(data)
    issued = title.search(text, sent.start, sent.end)
    # a colon ending a line, or one the list's first item follows on the line (…以下三个方面：一是…, where the page's
    # layout joined them)
    colon = next((k for k in range(sent.start, sent.end) if text[k] in "：:" and (
        k == sent.end - 1 or text[k + 1 : k + 2] == "\n" or ENUMERATED.match(text, k + 1))), None)
    listing_now = colon is not None
    # (a clause allocating money to no work it names: 甲厅、乙厅联合下达…资金3.12亿元，支持…, its list after)
    allocated = issued or clause.search(text, sent.start, sent.end)
    if allocated is not None and issued is None and not listing_now:
        closes = min([k for k in (text.find(c, allocated.end(), sent.end) for c in "，,；;") if k >= 0] + [sent.end])
        if any(mentions[j].type == "Project" and allocated.start() <= mentions[j].start < closes for j in sent.idx):
            allocated = None  # (下达资金1000万元用于P: the money of a work the clause names, funds_verb's)
    if allocated is not None:
        opens = max(text.rfind(c, sent.start, allocated.start()) for c in "，,；;：:") + 1
        asides = tuple(data["funds_allocation_asides"])
        if text.startswith(asides, max(opens, sent.start)) \
                or any(text.startswith(w, sent.start) and text[sent.start + len(w) : sent.start + len(w) + 1] in ("，", ",")
                       for w in asides):
            allocated = None  # (此前，甲厅已下达…资金: another, earlier allocation, whose list is not this page's; the
            # aside's word opening the clause or the sentence, a comma after it)
    if allocated is not None:
        # (甲局，将乙厅下达我市的资金分解下达到各县: bodies after 将 name where the money came from, inside what 将 hands
        # on; the allocating body is the subject before 将, or the clause's before it)
        held = text.find(data["funds_allocation_object_marker"], max(opens, sent.start), allocated.start())
        source_end = allocated.start() if held < 0 else held
        funders = [i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)
                   and max(opens, sent.start) <= mentions[i].start and mentions[i].end <= source_end
                   and not is_outlet(mentions[i].name)]
        opening_verbs = (*data["funds_allocation_verbs"], data["funds_allocation_object_marker"])
        if not funders and opens > sent.start and text.startswith(opening_verbs, opens) \
                and (state.get("allocation") is None or state["allocation"]["listing"] is None):
            # 甲局、乙局联合印发通知，下达…资金1.28亿元: the page's first clause allocating opens with its verb (or the lead
            # after a headline saying so); its subject is the bodies of the clause before (not in a list's item:
            # 建设单位为甲局，下达…), past one saying what the allocation follows (根据省财政厅…方案，)
            before = max(text.rfind(c, sent.start, opens - 1) for c in "，,；;：:") + 1
            if text.startswith(tuple(data["funds_allocation_basis"]), before) and before > sent.start:
                opens, before = before, max(text.rfind(c, sent.start, before - 1) for c in "，,；;：:") + 1
            funders = [i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)
                       and max(before, sent.start) <= mentions[i].start and mentions[i].end < opens
                       and not is_outlet(mentions[i].name)]
        if not funders and issued is None and listing_now \
                and text.startswith(tuple(data["funds_allocation_verbs"]), max(opens, sent.start)):
            funders = [i for i in [state.get("subject"), *state.get("subject_chain", [])] if i is not None]
        pending = state.get("allocation")
        if funders and (issued is not None or pending is None or pending["listing"] is not None):
            # (…，此批资金此前已由市财政局提前下达我区: a later clause on where the money came from keeps the
            # allocating bodies the page named first, until their list is read)
            state["allocation"] = {"funders": sorted(set(funders)), "paragraph": paragraph, "listing": None}
        elif funders and pending["paragraph"] != paragraph:
            pending["paragraph"] = paragraph  # (a headline allocating, then the lead saying so again: the list follows the lead)
    found = state.get("allocation")
    if found is None:
        return
    prose = found.get("prose")
    if found["listing"] is None and paragraph != found["paragraph"] and (
            text.startswith(tuple(data["funds_allocation_prose_openers"]), paragraph)
            and text.count("\n\n", found["paragraph"], paragraph) <= _PROSE_REACH
            or prose is not None and (paragraph == prose or text.count("\n\n", prose, paragraph) <= 1
                                      and clause.search(text, paragraph, _line_end(text, paragraph)) is not None)):
        # 从资金分配看，甲区获得…，重点支持P（2830万元）…: the notice's money written out as prose, the works it names;
        # the paragraph right after goes on where it allocates money too (乙类项目共安排资金2780万元，主要用于…)
        found["prose"] = paragraph
        paid = {f[2] for f in sent.found if f[1] == "funds"}
        for j in sent.idx:
            if mentions[j].type == "Project" and not sent.nested(j) and j not in paid and mentions[j].kind == "name":
                for funder in found["funders"]:
                    sent.add(funder, "funds", j, "funds_allocated", _prose_amount(sent, mentions[j]))
        return
    if found["listing"] is None:
        opener = text[sent.start : colon].strip() in data["funds_allocation_list_openers"] if listing_now else False
        if listing_now and (opener or any(text.find(w, sent.start, colon) >= 0 for w in data["funds_allocation_list_cues"])
                            and any(text.find(w, sent.start, colon) >= 0 for w in (*data["funds_allocation_money"], "项目",
                                                                                        *data["funds_allocation_verbs"]))):
            # the list opens on the next line, or right after the colon where its first item follows on the line
            found["listing"] = colon + 1 if ENUMERATED.match(text, colon + 1) else text.find("\n", colon) + 1 or len(text)
            handing = [i for i in sent.idx if mentions[i].type in BODY_TYPES and not sent.nested(i)
                       and mentions[i].end <= colon and text[mentions[i].start - 1 : mentions[i].start] == "由"]
            if handing and allocated is None:
                found["funders"] = handing  # 本批资金由区财政局…切块下达，具体安排如下: the body the list's line names
            unit = _LIST_UNIT.search(text, sent.start, colon)
            if unit is not None:
                found["unit"] = unit.group("unit")  # （单位：万元）: the bare numbers of the lines below are so many
        elif paragraph != found["paragraph"] and sent.start == paragraph and ENUMERATED.match(text, paragraph) \
                and text.count("\n\n", found["paragraph"], paragraph) <= _PROSE_REACH:
            # 一是支持特色产业发展，安排资金6420万元。其中：P 1200万元，…: the notice's money broken down in numbered
            # paragraphs with no line announcing them; a work there is the notice's only with an amount of its own
            found["listing"], found["unannounced"] = paragraph, True
        elif paragraph != found["paragraph"] and text.count("\n\n", found["paragraph"], paragraph) > 2:
            state.pop("allocation")  # (no list follows the notice soon: its money goes to no work named)
        if found.get("listing") is None or found["listing"] >= sent.end:
            return
    if sent.end <= found["listing"]:
        return
    line_work = _work_line(sent, paragraph) if sent.start == paragraph and sent.start >= found["listing"] else None
    if sent.start == paragraph and sent.start >= found["listing"] and not ENUMERATED.match(text, paragraph) \
            and line_work is None and not text.startswith(tuple(data["funds_allocation_item_parts"]), paragraph):
        # (a paragraph breaking the item above down, 其中P 650万元, is still the list's)
        state.pop("allocation")  # the first paragraph that is no numbered item nor a work's line ends the list
        return
    paid = {f[2] for f in sent.found if f[1] == "funds"}
    for j in sent.idx:
        if mentions[j].type != "Project" or sent.nested(j) or j in paid or mentions[j].start < found["listing"]:
            continue
        qual = _item_amount(sent, mentions[j])
        if not qual and line_work is not None and line_work[0] == j and line_work[1] and found.get("unit"):
            qual = _listed_amount(line_work[1], found["unit"])
        if (mentions[j].kind == "coref" or found.get("unannounced")) and not qual:
            continue  # (工程由甲局组织实施: the item's work again, in a sentence that says nothing of its money)
        for funder in found["funders"]:
            sent.add(funder, "funds", j, "funds_allocated", qual)


def _line_end(text: str, start: int) -> int:
    """Where the line opening at ``start`` ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


#: the unit a list's announcing line gives its bare numbers: 本批资金支持以下项目（单位：万元）：
_LIST_UNIT = re.compile(r"单位[：:]\s*(?P<unit>[万亿]?元)")
#: what may follow a work on a list's line of its own: its amount, with or without a unit (P　3860, P：1200万元)
_LINE_AMOUNT = re.compile(r"[\s\u3000：:，,]*(?:(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:[万亿]?元)?)?\s*[。；;]?\s*")


def _work_line(sent: Sentence, line: int) -> tuple[int, str] | None:
    """The work a list's line names alone, and the number written after it (``甲区P　3860``: a table's row written
    as a line; the places it is in may open the line), or None where the line says more than a work and its amount."""
    text, mentions = sent.text, sent.mentions
    end = text.find("\n", line, sent.end)
    end = sent.end if end < 0 else end
    at = line
    while at < end and text[at] in " \t\u3000":
        at += 1
    for j in sorted((i for i in sent.idx if not sent.nested(i)), key=lambda i: mentions[i].start):
        if mentions[j].start != at:
            return None
        if mentions[j].type == "Place":
            at = mentions[j].end  # (甲区 | 乙湖片区…项目: the district opening the line)
            continue
        if mentions[j].type != "Project":
            return None
        after = _LINE_AMOUNT.fullmatch(text, mentions[j].end, end)
        return (j, after.group("number") or "") if after is not None else None
    return None


def _listed_amount(number: str, unit: str) -> dict:
    """The qualifiers of a bare number in a list whose line above gives its unit (3860 under 单位：万元)."""
    from kg.lang.money import parse_money

    money = parse_money(number + unit)
    return _money_qualifiers(money, None) if money is not None and money.yuan is not None else {}


#: how many paragraphs after the notice its money may be written out as prose
_PROSE_REACH = 2
#: an amount in brackets right after a work (P（2830万元）), or given to it in its clause (P安排3100万元)
_BRACKETED_AMOUNT = re.compile(r"[（(](?P<amount>[0-9.]+[万亿]?元)[)）]")
_GIVEN_AMOUNT = re.compile(r"(?:安排|下达|补助|获得)(?:资金)?(?P<amount>[0-9.]+[万亿]?元)")


def _prose_amount(sent: Sentence, work: Mention) -> dict:
    """The amount written for a work in an allocation's prose, right after it: in brackets (P（2830万元）) or given
    to it (P安排3100万元); none otherwise."""
    from kg.lang.money import find_money

    text = sent.text
    hit = _BRACKETED_AMOUNT.match(text, work.end) or _GIVEN_AMOUNT.match(text, work.end)
    if hit is None:
        return {}
    money = next((m for m in find_money(text, hit.start("amount"), hit.end("amount")) if m.yuan is not None), None)
    return _money_qualifiers(money, None) if money is not None else {}


def _item_amount(sent: Sentence, work: Mention) -> dict:
    """The amount of the list item's clause a work is named in (``安排甲镇2860万元，用于P``, ``P，…补助资金680万元``):
    the one amount between the semicolons or line ends around the work, not a total investment (投资 words)."""
    from kg.lang.money import find_money

    text, data = sent.text, sent.data
    start = max(text.rfind(c, sent.start, work.start) for c in "；;\n") + 1
    ends = [k for k in (text.find(c, work.end, sent.end) for c in "；;\n") if k >= 0]
    end = min(ends) if ends else sent.end
    nouns = investment_nouns(data)
    amounts = [m for m in find_money(text, max(start, sent.start), end) if m.yuan is not None
               and not (work.start <= m.start < work.end) and not nouns.search(text, max(start, m.start - 6), m.start)]
    if len(amounts) != 1:
        return {}
    kind = next((k for k in data["money_kinds"] if text.find(k, max(start, amounts[0].start - 12), amounts[0].start) >= 0), None)
    return _money_qualifiers(amounts[0], kind)

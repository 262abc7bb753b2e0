"""Builders: who builds, runs or is the main actor of a project (GUIDE §4 ``develops``).

``develops_project``
    A Company named inside or just before a Project (``京东方项目``, ``奇瑞零部件产业园``).
``develops_verb``
    A body, a building verb (``develops_verbs``: 建设, 承建, 提报 …, with particles and
    的), then the Project or a list of them (``X投资建设的Y``, ``X加快推进Y、Z``); or
    ``Y由X承建``.
"""

from __future__ import annotations

import re

from kg.nlp.relations.data import RelationData
from kg.nlp.relations.registry import Sentence, rule
from kg.schema import RELATIONS

__all__: list[str] = []

_DEVELOPERS = RELATIONS["develops"].domain


def _frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a developer and its project: particles, a verb, 的/了
    (``提报的``, ``正在加快建设``, ``投资建设的``); and after ``Y由X``, the verb."""
    verbs = data.alternation("develops_verbs")
    particles = data.alternation("develops_particles")
    return (re.compile(rf"(?:{particles})*(?:{verbs})+(?:的|了)?"),
            re.compile(rf"(?:{particles})*(?:{verbs})"))


@rule("develops_project")
def develops_project(sent: Sentence) -> None:
    """A project named after a company the article names (``京东方项目``, ``奇瑞零部件产业园``)."""
    mentions, idx = sent.mentions, sent.idx
    if not any(mentions[j].type == "Project" for j in idx):
        return  # most sentences name no project: spare them the pass over the article's mentions
    companies: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.type == "Company" and m.kind != "coref":
            companies.setdefault(m.text, i)
    for j in idx:
        proj = mentions[j]
        if proj.type != "Project":
            continue
        for short, i in companies.items():
            if len(short) >= 2 and proj.text.startswith(short) and len(proj.text) > len(short):
                sent.add(i, "develops", j, "develops_project")
                break


@rule("develops_verb")
def develops_verb(sent: Sentence) -> None:
    """``X提报的Y``, ``X投资建设Y、Z``, ``Y由X承建``: the body X builds, runs or puts forward
    the project Y written right after (or before, with 由) the verb."""
    data, text, mentions, idx = sent.data, sent.text, sent.mentions, sent.idx
    if not any(mentions[j].type == "Project" for j in idx):
        return  # both frames relate a project: spare the nesting tests of every mention
    verb_gap, passive_gap = data.regex("develops_frames", _frames)
    order = sorted((i for i in idx if not sent.nested(i)), key=lambda i: mentions[i].start)
    joiners = data["develops_list_joiners"]
    for a, b in zip(order, order[1:]):
        x, y = mentions[a], mentions[b]
        gap = text[x.end:y.start]
        if x.type in _DEVELOPERS and y.type == "Project" and verb_gap.fullmatch(gap):
            body, projects = a, [b]
            k = order.index(b)
            while k + 1 < len(order) and mentions[order[k + 1]].type == "Project" and \
                    text[mentions[order[k]].end:mentions[order[k + 1]].start] in joiners:
                k += 1
                projects.append(order[k])
        elif x.type == "Project" and y.type in _DEVELOPERS and gap in data["develops_passive_markers"]:
            rest = text[y.end:y.end + 12]
            if not passive_gap.match(rest):
                continue
            body, projects = b, [a]
        else:
            continue
        for j in projects:
            sent.add(body, "develops", j, "develops_verb")

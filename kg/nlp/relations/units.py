"""Units: which body a unit belongs to (GUIDE §4 ``partOf``).

``part_of_unit``
    A unit written right after the body it belongs to (``营流路片区改造指挥部北阁网格工作组``,
    ``…指挥部下设…专班``), when the unit's name ends with a unit word (工作组, 专班, 支队 …).
``part_of_belongs``
    ``X隶属于Y``, ``X是Y下属单位``.
"""

from __future__ import annotations

from kg.nlp.relations.registry import Sentence, rule

__all__: list[str] = []


def _bodies(sent: Sentence) -> list[int]:
    mentions = sent.mentions
    return sorted((i for i in sent.idx if mentions[i].type in ("Agency", "Organization")), key=lambda i: mentions[i].start)


@rule("part_of_unit")
def part_of_unit(sent: Sentence) -> None:
    text, mentions, data = sent.text, sent.mentions, sent.data
    bodies = _bodies(sent)
    for a, b in zip(bodies, bodies[1:]):
        outer, unit = mentions[a], mentions[b]
        if text[outer.end:unit.start] in data["part_of_joiners"] and unit.name.endswith(
                tuple(data["part_of_unit_suffixes"])) and not unit.name.startswith(outer.name):
            sent.add(b, "partOf", a, "part_of_unit")


@rule("part_of_belongs")
def part_of_belongs(sent: Sentence) -> None:
    """The unit first: 甲支队隶属于乙局, 甲中心是乙局下属单位."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    bodies = _bodies(sent)
    for a, b in zip(bodies, bodies[1:]):
        unit, outer = mentions[a], mentions[b]
        gap = text[unit.end:outer.start]
        tail = text[outer.end:outer.end + 8]
        if gap in data["part_of_belongs"] or (gap in data["part_of_copulas"]
                                              and any(tail.startswith(w) for w in data["part_of_unit_nouns"])):
            sent.add(a, "partOf", b, "part_of_belongs")

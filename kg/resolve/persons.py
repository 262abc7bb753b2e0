"""Same name, different people (GUIDE §3): which articles' mentions of one name are one person.

Every mention of a name within one article is one person; call that a *unit* (name,
article).  Two units of the same name are the same person only when something agrees:

* they hold posts in the same body (their ``leads``/``memberOf`` edges share an object:
  张伟 局长 of the same 局 in two articles);
* both are press credits (记者, 摄影, 通讯员 … — titles of type Person in ``titles.tsv``)
  and their outlets do not differ (记者 王涛 of 青岛日报 on two pages);
* their articles are about places that nest (the same district, or a district and its city);
* they are on the same page (one file).

Otherwise they are two people: 张伟 the 即墨 局长 and 张伟 the 鄂城 区委书记 are two nodes.
The units agreeing form groups by union-find (transitively); each group is tagged with its
first article (sorted), so node ids depend only on the data.

>>> a = Unit("张伟", "a.txt#0", "a.txt", "370215", frozenset({("Agency", "甲局")}))
>>> b = Unit("张伟", "b.txt#0", "b.txt", "420704", frozenset({("Agency", "乙区委")}))
>>> c = Unit("张伟", "c.txt#0", "c.txt", None, frozenset({("Agency", "甲局")}))
>>> groups = person_groups([a, b, c], contains=lambda outer, inner: outer == inner)
>>> groups[("张伟", "a.txt#0")] == groups[("张伟", "c.txt#0")] != groups[("张伟", "b.txt#0")]
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Unit", "same_person", "person_groups"]


@dataclass(frozen=True)
class Unit:
    """One name in one article, with what can tell two people of that name apart."""

    name: str
    article: str  # Article.id
    source: str  # its file
    place: str | None  # the division code the article is about (its context), if any
    bodies: frozenset = frozenset()  # resolution keys of the bodies it leads or is a member of
    press: bool = False  # holds a press credit (记者, 摄影 …)
    outlets: frozenset = frozenset()  # the media its credit names (青岛日报)


def same_person(a: Unit, b: Unit, contains: Callable[[str, str], bool]) -> bool:
    """Whether two units of one name are one person (see the module docstring).

    ``contains(outer, inner)`` says whether division ``inner`` is ``outer`` or lies in it.
    """
    if a.source == b.source or a.bodies & b.bodies:
        return True
    if a.press and b.press and not (a.outlets and b.outlets and not a.outlets & b.outlets):
        return True
    return bool(a.place and b.place and (contains(a.place, b.place) or contains(b.place, a.place)))


def person_groups(units: Iterable[Unit], contains: Callable[[str, str], bool],
                  ancestors: Callable[[str], Iterable[str]] | None = None) -> dict[tuple[str, str], str]:
    """``(name, article)`` → the first article of its person's group, for every unit.

    The groups are those :func:`same_person` makes pairwise, found without comparing every
    pair (a mayor named in a thousand articles): units are joined through what they share —
    a file, a body, an outlet (a press credit with none joins every press credit), a place
    or a place that holds it (``ancestors(code)``: the codes of the divisions holding it,
    nearest first).  Without ``ancestors`` the pairs are compared one by one.
    """
    by_name: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_name[u.name].append(u)
    out: dict[tuple[str, str], str] = {}
    for name, group in by_name.items():
        group.sort(key=lambda u: u.article)
        parent = list(range(len(group)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)  # the earlier article names the group

        if ancestors is None:
            for i in range(len(group)):
                for j in range(i + 1, len(group)):
                    if find(i) != find(j) and same_person(group[i], group[j], contains):
                        union(i, j)
        else:
            first: dict[tuple, int] = {}  # what a unit shares → the first unit that has it

            def share(key: tuple, i: int) -> None:
                if key in first:
                    union(first[key], i)
                else:
                    first[key] = i

            anonymous_press = [i for i, u in enumerate(group) if u.press and not u.outlets]
            for i, u in enumerate(group):
                share(("file", u.source), i)
                for body in u.bodies:
                    share(("body", body), i)
                if u.press:
                    for outlet in u.outlets:
                        share(("outlet", outlet), i)
                    if anonymous_press:  # a credit with no outlet agrees with every credit
                        union(anonymous_press[0], i)
            held: dict[str, int] = {}  # a place → the first unit whose article is about it
            for i, u in enumerate(group):
                if u.place:
                    held.setdefault(u.place, i)
            for i, u in enumerate(group):
                if u.place:
                    union(held[u.place], i)
                    for code in ancestors(u.place):  # a district's article and its city's agree
                        if code in held:
                            union(held[code], i)
        for i, u in enumerate(group):
            out[(name, u.article)] = group[find(i)].article
    return out

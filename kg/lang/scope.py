"""Which place an article's scope words (区, 市, 本区) mean: its context chain.

The chain, most specific first, each link kept when it names a division not already in it:

1. the page's masthead (``今日即墨`` → 即墨区);
2. the district the article's own place mentions name most often (the city when the
   city is named more than twice as often, or at least as often among three districts or
   more; else the province);
3. the same over every article of the file (a short article naming no place takes its
   page's district);
4. the place the page's publisher is named after (``杭州网`` → 杭州市, ``青岛日报社`` → 青岛市, the innermost of
   its places: ``济南市钢城区人民政府`` → 钢城区): the weakest hint, which settles a name several divisions share
   (西湖区) on a site's page, save where it lies inside the city link 2 found: a district's own site naming its
   firms and works after the city (济南澄波…), whose district comes before the city.

The spaCy component ``kg_context`` (:mod:`kg.nlp.context`) computes it for every article;
resolution uses the same functions for extractions made without it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["place_counts", "context_chain", "masthead_division", "publisher_division"]

_MASTHEAD = re.compile(r"^(?:今日|魅力|印象|新|大美)?(.+?)(?:新闻|日报|报|周刊)?$")
_LAYOUT = re.compile(r"\s+")


#: what ends the clause after a place (the visit's verb must come before it)
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")


def place_counts(mentions: Iterable, gaz, text: str | None = None) -> Counter:
    """How often the mentions name each district, city or province (by division code); given the
    article's ``text``, a place someone visits (到胶州市调研: scope_words.tsv visit_to, visit) is not counted."""
    counts: Counter = Counter()
    shared: list[str] = []  # names several divisions share, read once the others are counted
    towns: list = []  # towns and villages, counted once the districts, cities and provinces written are
    lex = None
    if text is not None:
        from kg.lang.lexicon import load

        lex = load()
    for m in mentions:
        if m.type != "Place" or m.kind != "name":
            continue
        if lex is not None and text.endswith(lex.visit_to_words, 0, m.start) \
                and any(w in _CLAUSE_END.split(text[m.end : m.end + 10], 1)[0] for w in lex.visit_words):
            continue  # 市委书记到胶州市调研: the visitor's city is not the place visited
        name = _LAYOUT.sub("", m.name)
        div = gaz.full_name(name)
        if div is None:
            if len(gaz.lookup(name)) > 1:
                shared.append(name)  # 长安区: 西安's and 石家庄's; the places the article names decide
            continue
        div = gaz.canonical(div)
        if div.level in ("district", "city", "province"):
            _count(counts, gaz, div)
        else:
            towns.append(div)
    # a town counts for its district unless the page writes places of other cities only (or, naming no city, of
    # other provinces): a town of another city's county with the name (a homonym) does not outweigh the district
    # the page is about
    provinces = {gaz.province(gaz.get(code)).code for code in counts}
    cities = {c.code for code in counts if (c := gaz.city(gaz.get(code))) is not None}
    for div in towns:
        if cities and (c := gaz.city(div)) is not None and c.code in cities \
                or not cities and (not provinces or gaz.province(div).code in provinces):
            _count(counts, gaz, div)
    for name in shared if counts else ():
        near = gaz.get(counts.most_common(1)[0][0])
        div = gaz.full_name(name, near) if near is not None else None
        if div is not None:
            _count(counts, gaz, gaz.canonical(div))
    return counts


def _count(counts: Counter, gaz, div) -> None:
    """Count ``div`` as the district, city or province it is or lies in."""
    for d in [div, *gaz.parents(div)]:
        if d.level in ("district", "city", "province"):
            counts[d.code] += 1
            break


def masthead_division(masthead: str | None, gaz):
    """The division a page's masthead names (``今日即墨`` → 即墨区), or ``None``."""
    m = _MASTHEAD.match((masthead or "").strip())
    if not m:
        return None
    hits = gaz.lookup(m.group(1))
    return gaz.canonical(hits[0]) if hits else None


def publisher_division(publisher: str | None, gaz):
    """The division the page's publisher is named after: a city or district's name opening the
    outlet's (``杭州网`` → 杭州市; ``大众报业·半岛网`` → ``None``).

    >>> from kg.lang.gazetteer import Gazetteer
    >>> [getattr(publisher_division(p, Gazetteer.load()), "name", None) for p in ("杭州网", "青岛日报社/观海新闻", "半岛网")]
    ['杭州市', '青岛市', None]
    """
    from kg.lang.lexicon import load

    for outlet in load().outlets_in(publisher):
        hits = gaz.place_names().find(outlet[:12])
        if hits and hits[0][0] == 0 and hits[0][1] < len(outlet):
            div = gaz.full_name(hits[0][2])
            end = hits[0][1]
            for a, b, place in hits[1:]:  # 济南市 | 钢城区人民政府: the innermost of the places opening it, in a row
                inner = gaz.full_name(place, div) if a == end and div is not None else None
                if inner is None or not gaz.contains(div, inner) or b >= len(outlet):
                    break
                div, end = inner, b
            if div is not None and div.level in ("city", "district"):
                return gaz.canonical(div)
    return None


def context_chain(masthead: str | None, own: Counter, page: Counter, gaz,
                  publisher: str | None = None) -> tuple[str, ...]:
    """The article's division codes, most specific first (see the module docstring)."""
    chain: list[str] = []
    named, published = _most_named(own, gaz), publisher_division(publisher, gaz)
    if masthead is None and named is not None and published is not None and named.code != published.code \
            and gaz.contains(named, published):
        # a district's own site writing about it, naming its firms and works after the city (济南市钢城区人民政府:
        # 济南澄波…, 济南天铭…): the district the publisher is named after, inside the city the page names most
        named = published
    for div in (masthead_division(masthead, gaz), named, _most_named(page, gaz), published):
        if div is not None and div.code not in chain:
            chain.append(div.code)
    return tuple(chain)


def _most_named(counts: Counter, gaz):
    """The most-named district, else city, else province of ``counts``."""
    if not counts:
        return None
    divs = [(gaz.get(c), n) for c, n in counts.items()]
    levels = ("district", "city", "province")
    for k, level in enumerate(levels):
        cands = sorted(((n, d.code, d) for d, n in divs if d is not None and d.level == level), reverse=True)
        if cands:
            best = cands[0]
            if len(cands) > 1 and cands[1][0] == best[0]:
                continue  # 奎文区、寿光市、昌邑市 named once each: a list of places, none the article's own
            # a place wins only when the level above is not named more than twice as often, nor
            # at least as often while three or more places of this level are named: 潍坊市 handing
            # funds to 寿光市、青州市、昌乐县 writes about the city, whichever county it names most
            above = [n for d, n in divs if d is not None and k + 1 < len(levels) and d.level == levels[k + 1]]
            if above and (max(above) > 2 * best[0] or max(above) >= best[0] and len(cands) >= 3):
                continue
            return best[2]
    return None

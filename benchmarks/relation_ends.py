"""Relation recall where recognition did its part: gold relations whose two ends the graph has.

    python3 benchmarks/relation_ends.py out/graph.ttl ../shared/devset/gold/*.json [--show N]

Many relations are missed only because an end is not recognised.  This diagnostic aligns gold
entities to graph nodes exactly as ``../shared/tools/score.py`` does (loaded from there, so its
reading of the graph and gold is the scorer's own), keeps the required gold relations whose
subject and object are both aligned, and reports how many of those the graph has, by predicate.
"""

from __future__ import annotations

import argparse
import importlib.util
from collections import Counter, defaultdict
from pathlib import Path


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def both_ends(scorer, graph: Path, gold: list[Path]) -> tuple[Counter, Counter, Counter, list]:
    """(gold relations by predicate, with both ends aligned, found among those, missed rows)."""
    gents, grels, gfiles = scorer.load_gold(gold)
    sents, srels, _ = scorer.load_graph(str(graph), gfiles)
    sents = {n: e for n, e in sents.items() if e.files & gfiles}
    by_pair = defaultdict(set)
    for key, g in gents.items():
        for f, names in g.names.items():
            for n in names:
                by_pair[(f, n)].add(key)
    assign = {}
    for node, e in sents.items():  # the scorer's alignment (score.score), tie-breaks included
        counts: dict = defaultdict(int)
        for f in e.files & gfiles:
            for n in e.names:
                for key in by_pair.get((f, n), ()):
                    counts[key] += 1
        if counts:
            fam = {scorer.family(t) for t in e.types}
            assign[node] = max(sorted(counts), key=lambda k: (counts[k], gents[k].key[0] in fam, not gents[k].optional,
                                                              gents[k].key[1] in e.names))
    aligned = set(assign.values())
    found = {(assign[s], p, assign[o]) for s, p, o, files in srels if s in assign and o in assign and files & gfiles}
    total, ends, hit, missed = Counter(), Counter(), Counter(), []
    for (s, p, o), optional in grels.items():
        if optional:
            continue
        total[p] += 1
        if s in aligned and o in aligned:
            ends[p] += 1
            if (s, p, o) in found:
                hit[p] += 1
            else:
                missed.append((p, s[1], o[1]))
    return total, ends, hit, missed


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--scorer", type=Path, default=Path(__file__).resolve().parents[2] / "shared/tools/score.py")
    ap.add_argument("--show", type=int, default=0, help="list this many relations missed with both ends found")
    a = ap.parse_args(argv)
    total, ends, hit, missed = both_ends(load_scorer(a.scorer), a.graph, a.gold)
    print(f"{'predicate':<11}{'gold':>6}{'ends':>6}{'found':>7}{'recall':>8}")
    for p in sorted(total, key=lambda p: -total[p]):
        r = hit[p] / ends[p] if ends[p] else 0.0
        print(f"{p:<11}{total[p]:>6}{ends[p]:>6}{hit[p]:>7}{r:>8.2f}")
    T, E, H = sum(total.values()), sum(ends.values()), sum(hit.values())
    print(f"{'all':<11}{T:>6}{E:>6}{H:>7}{(H / E if E else 0):>8.2f}   (both ends found for {E / T:.0%} of gold relations)")
    for row in missed[: a.show]:
        print("  ", row)


if __name__ == "__main__":
    main()

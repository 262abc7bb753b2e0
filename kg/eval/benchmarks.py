"""Evaluate the entity recogniser on text nobody annotated for kg: CLUENER2020.

CLUENER2020 (``../shared/benchmarks/cluener2020``, no stated licence: used here to
*evaluate* only, never to train what kg ships) labels ten kinds of spans in short
Chinese sentences.  Five map onto GUIDE §2 types:

=============  ==========================
CLUENER label  kg types
=============  ==========================
name           Person, Official
government     Agency
company        Company
organization   Organization
address        Place
=============  ==========================

Spans are compared exactly (start and end), per label; mentions of kg types with no
CLUENER label (Project, Award) and coreference mentions are left out.  ``kg eval
--cluener`` prints the result.

Examples
--------
>>> r = evaluate_cluener("../shared/benchmarks/cluener2020/dev.json", limit=50)  # doctest: +SKIP
>>> sorted(r["labels"])  # doctest: +SKIP
['address', 'company', 'government', 'name', 'organization']
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

__all__ = ["evaluate_cluener", "LABEL_TYPES"]

#: CLUENER label → kg entity types that count as that label.
LABEL_TYPES: dict[str, tuple[str, ...]] = {
    "name": ("Person", "Official"),
    "government": ("Agency",),
    "company": ("Company",),
    "organization": ("Organization",),
    "address": ("Place",),
}
_TYPE_LABEL = {t: label for label, types in LABEL_TYPES.items() for t in types}


def evaluate_cluener(path: str | Path, *, models: Sequence[str] = (), limit: int | None = None) -> dict:
    """Span precision, recall and F1 per mapped CLUENER label.

    Parameters
    ----------
    path : str or Path
        A CLUENER2020 JSON-lines file (``dev.json``: one ``{"text", "label"}`` a line).
    models : Sequence[str]
        Optional model sources to add before ``kg_entities`` (``"kg_posseg"``, ``"kg_lac"``);
        none: the rules alone.
    limit : int, optional
        Read only the first ``limit`` sentences.

    Returns
    -------
    dict
        ``{"sentences": n, "chars_per_second": x, "labels": {label: {"tp", "fp", "fn",
        "p", "r", "f1"}}, "micro": {"p", "r", "f1"}}``.
    """
    from kg.nlp.pipeline import ENTITY_PIPES, make_nlp

    nlp = make_nlp(pipes=(*ENTITY_PIPES[:-1], *models, ENTITY_PIPES[-1]))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    n = chars = 0
    elapsed = 0.0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit is not None and n >= limit:
                break
            if not line.strip():
                continue
            item = json.loads(line)
            text = item["text"]
            gold = set()
            for label, spans in item.get("label", {}).items():
                if label not in LABEL_TYPES:
                    continue
                for positions in spans.values():
                    for s, e in positions:
                        gold.add((label, s, e + 1))
            t0 = time.perf_counter()
            mentions = nlp(text)._.kg_mentions
            elapsed += time.perf_counter() - t0
            pred = {(_TYPE_LABEL[m.type], m.start, m.end) for m in mentions if m.kind != "coref" and m.type in _TYPE_LABEL}
            for label in LABEL_TYPES:
                g = {x for x in gold if x[0] == label}
                p = {x for x in pred if x[0] == label}
                counts[label][0] += len(g & p)
                counts[label][1] += len(p - g)
                counts[label][2] += len(g - p)
            n += 1
            chars += len(text)
    labels = {label: _prf(*counts[label]) for label in LABEL_TYPES}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "sentences": n,
        "models": list(models),
        "chars_per_second": round(chars / elapsed) if elapsed else None,
        "labels": labels,
        "micro": _prf(*total),
    }


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}

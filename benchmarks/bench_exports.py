"""Benchmark: kg's Turtle, N-Triples and JSON-LD writers (pyoxigraph's) against rdflib's.

A benchmark, not a timed test.  For each graph, in one process, best of ``--repeats``:

* ``rdflib``: what ``kg/exports`` did before — ``longturtle`` (canonicalised when there
  are blank nodes), ``nt`` with its lines sorted, ``json-ld`` re-sorted (the functions
  below are that code);
* ``kg``: :mod:`kg.exports.turtle`, :mod:`kg.exports.ntriples`, :mod:`kg.exports.jsonld`
  (pyoxigraph's serialisers), each alone, and the three together the way
  :func:`kg.exports.write_outputs` runs them (the triples converted and sorted once).

Graphs: each ``GRAPH.nt`` given (default ``out/graph.nt``, from ``kg build``), and with
``--copies N`` also the first one copied N times under renamed IRIs (``kgr:c7/agency/…``),
a graph N times larger.  A graph read from a file holds a new term object per occurrence,
where :func:`kg.graph.rdf.to_rdf` shares them.

Run: ``python3 benchmarks/bench_exports.py [GRAPH.nt …] [--copies 10] [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import rdflib  # noqa: E402

from kg.exports import jsonld, ntriples, turtle  # noqa: E402
from kg.exports.triples import sorted_triples  # noqa: E402
from kg.graph.rdf import bind_prefixes  # noqa: E402
from kg.schema import PREFIXES  # noqa: E402

KGR = "https://w3id.org/kgnews/id/"


# ---------------------------------------------------------------- the rdflib renderers (kg before)

def _canonical(rdf: rdflib.Graph) -> rdflib.Graph:
    from rdflib.compare import to_canonical_graph

    return to_canonical_graph(rdf) if any(isinstance(t, rdflib.BNode) for triple in rdf for t in triple) else rdf


def rdflib_turtle(rdf: rdflib.Graph) -> bytes:
    canon = any(isinstance(t, rdflib.BNode) for triple in rdf for t in triple)
    return rdf.serialize(format="longturtle", canon=canon, encoding="utf-8")


def rdflib_ntriples(rdf: rdflib.Graph) -> bytes:
    text = _canonical(rdf).serialize(format="nt", encoding="utf-8").decode("utf-8")
    return "".join(line + "\n" for line in sorted(line for line in text.split("\n") if line.strip())).encode("utf-8")


def rdflib_jsonld(rdf: rdflib.Graph) -> bytes:
    def key(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    ctx = dict(sorted(PREFIXES.items()))
    doc = json.loads(_canonical(rdf).serialize(format="json-ld", context=ctx, auto_compact=False))
    if isinstance(doc, list):
        nodes = doc
    else:
        single = {k: v for k, v in doc.items() if k != "@context"}
        nodes = doc.get("@graph", [single] if single else [])
    nodes = [{k: sorted(v, key=key) if isinstance(v, list) else v for k, v in n.items()} for n in nodes]
    nodes.sort(key=lambda n: (str(n.get("@id", "")), key(n)))
    doc = {"@context": ctx, "@graph": nodes}
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


OLD = {"turtle": rdflib_turtle, "ntriples": rdflib_ntriples, "jsonld": rdflib_jsonld}
NEW = {"turtle": turtle.render, "ntriples": ntriples.render, "jsonld": jsonld.render}


# ---------------------------------------------------------------- graphs and clocks

def load(path: Path, copies: int = 1) -> rdflib.Graph:
    """The graph in ``path`` (N-Triples), or ``copies`` renamed copies of it."""
    text = path.read_text(encoding="utf-8")
    if copies > 1:
        text = "".join(text.replace(KGR, f"{KGR}c{k}/") for k in range(copies))
    return bind_prefixes(rdflib.Graph(bind_namespaces="core")).parse(data=text, format="nt")


def best(fn, repeats: int) -> tuple[float, bytes]:
    times, out = [], b""
    for _ in range(repeats):
        started = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - started)
    return min(times), out


def bench(rdf: rdflib.Graph, repeats: int) -> dict:
    """Seconds per format, old and new, and for the three together."""
    rows = {}
    for name in NEW:
        old_s, old_bytes = best(lambda: OLD[name](rdf), repeats)
        new_s, new_bytes = best(lambda: NEW[name](None, rdf), repeats)
        rows[name] = {"rdflib_s": old_s, "kg_s": new_s, "ratio": old_s / new_s, "same_bytes": old_bytes == new_bytes}

    def together() -> bytes:
        triples = sorted_triples(rdf)
        return b"".join(render(None, triples) for render in NEW.values())

    new_all, _ = best(together, repeats)
    old_all = sum(r["rdflib_s"] for r in rows.values())
    rows["all three"] = {"rdflib_s": old_all, "kg_s": new_all, "ratio": old_all / new_all, "same_bytes": None}
    return {"triples": len(rdf), "formats": rows}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graphs", nargs="*", type=Path, default=[ROOT / "out" / "graph.nt"])
    ap.add_argument("--copies", type=int, default=0, help="also time the first graph copied N times")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write the numbers here too")
    args = ap.parse_args(argv)
    graphs = [(str(p), lambda p=p: load(p)) for p in args.graphs]
    if args.copies > 1:
        graphs.append((f"{args.graphs[0]} x{args.copies}", lambda: load(args.graphs[0], args.copies)))
    results = {}
    print(f"{'graph / format':44s} {'triples':>8s} {'rdflib s':>9s} {'kg s':>7s} {'ratio':>6s}  same bytes")
    for label, make in graphs:
        r = results[label] = bench(make(), args.repeats)
        for name, row in r["formats"].items():
            same = "" if row["same_bytes"] is None else ("yes" if row["same_bytes"] else "no")
            print(f"{label[-30:]:30s} {name:>13s} {r['triples']:8d} {row['rdflib_s']:9.3f} {row['kg_s']:7.3f} "
                  f"{row['ratio']:6.1f}  {same}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()

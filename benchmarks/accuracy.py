"""kg's accuracy where users need it: entity and relation F1 on annotated pages, by region,
type and predicate, and on the two NER benchmarks, as the README quotes them.

Run: ``python3 benchmarks/accuracy.py`` (about three minutes on 2 cores).

Each set is built cold from the command line (``python -m kg build DIR -o TMP -q``), as a user
builds it, and scored by the project's scorer (``../shared/tools/score.py --json``) against
its gold files: the devset (``../shared/devset``: its pages by region, ``qd_`` Qingdao
districts, ``sd_`` other Shandong cities, ``cn_`` other provinces and national news) and the
seeds' gold (``../shared/gold``).  ``kg eval --cluener`` and ``kg eval --peoples-daily`` give
the recogniser's span F1 on CLUENER2020 dev and People's Daily 1998.  The devset measures and
never trains: nothing here feeds back into kg.

Prints Markdown tables and writes every number to ``--json PATH`` when given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REGIONS = {"qd": "Qingdao districts", "sd": "other Shandong cities", "cn": "other provinces, national"}
PREDICATES = ("leads", "memberOf", "funds", "locatedIn", "awarded", "develops", "partOf", "organizes")


def build(text_dir: Path, out: Path) -> Path:
    """``kg build`` as a user runs it; the graph's path."""
    subprocess.run([sys.executable, "-m", "kg", "build", str(text_dir), "-o", str(out), "-q", "--no-html",
                    "--no-store", "--shacl", "none"], check=True, cwd=ROOT)
    return out / "graph.ttl"


def score(graph: Path, gold: list[Path], scorer: Path) -> dict:
    """The scorer's report (``--json``) for ``graph`` against ``gold``."""
    done = subprocess.run([sys.executable, str(scorer), str(graph), *map(str, gold), "--json"],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def benchmark(name: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "kg", "eval", f"--{name}", "--json"], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout)


def f1(report: dict, kind: str) -> str:
    return f"{report[kind]['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (devset, gold, tools, benchmarks)")
    ap.add_argument("--sets", default="devset,seeds,benchmarks", help="which of devset, seeds, benchmarks to measure")
    ap.add_argument("--json", type=Path, help="write every number here")
    args = ap.parse_args(argv)
    sets = set(args.sets.split(","))
    scorer = args.shared / "tools" / "score.py"
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "devset" in sets:
            devset = args.shared / "devset"
            graph = build(devset / "text", Path(tmp) / "dev")
            gold = sorted((devset / "gold").glob("*.json"))
            results["devset"] = {"all": score(graph, gold, scorer)}
            for region in REGIONS:
                results["devset"][region] = score(graph, [g for g in gold if g.name.startswith(region + "_")], scorer)
        if "seeds" in sets:
            graph = build(ROOT / "seeds", Path(tmp) / "seeds")
            results["seeds"] = score(graph, sorted((args.shared / "gold").glob("*.json")), scorer)
    if "benchmarks" in sets:
        results["cluener"] = benchmark("cluener")
        results["peoples_daily"] = benchmark("peoples-daily")
    print_tables(results)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _row(label: str, rep: dict) -> str:
    e, r = rep["entity_micro"], rep["relation_micro"]
    return (f"| {label} | {e['f1']:.3f} ({e['p']:.2f} / {e['r']:.2f}) | {r['f1']:.3f} ({r['p']:.2f} / {r['r']:.2f}) "
            f"| {rep['split_errors']} / {rep['merge_errors']} |")


def print_tables(results: dict) -> None:
    if "devset" in results or "seeds" in results:
        print("| pages | entity F1 (P / R) | relation F1 (P / R) | split / merge errors |")
        print("|---|---|---|---|")
    if "devset" in results:
        dev = results["devset"]
        for key, label in (("all", "devset, all 21 pages"), *((r, f"`{r}_`: {n}") for r, n in REGIONS.items())):
            print(_row(label, dev[key]))
    if "seeds" in results:
        print(_row("seeds' gold (000, 004)", results["seeds"]))
    if "devset" in results:
        by = results["devset"]["all"]
        print()
        print("| devset, by predicate | " + " | ".join(PREDICATES) + " |")
        print("|---|" + "---|" * len(PREDICATES))
        print("| F1 (tp / fp / fn) | " + " | ".join(
            f"{by['relations'][p]['f1']:.2f} ({by['relations'][p]['tp']}/{by['relations'][p]['fp']}/"
            f"{by['relations'][p]['fn']})" for p in PREDICATES) + " |")
        types = list(by["entities"])
        print()
        print("| devset, by type | " + " | ".join(types) + " |")
        print("|---|" + "---|" * len(types))
        print("| F1 (tp / fp / fn) | " + " | ".join(
            f"{by['entities'][t]['f1']:.2f} ({by['entities'][t]['tp']}/{by['entities'][t]['fp']}/{by['entities'][t]['fn']})"
            for t in types) + " |")
    if "cluener" in results:
        print()
        print("| NER benchmark (exact spans, kg's whole recogniser) | micro P / R / F1 | per label F1 |")
        print("|---|---|---|")
        for key in ("cluener", "peoples_daily"):
            rep = results[key]
            m = rep["micro"]
            labels = ", ".join(f"{k} {v['f1']:.2f}" for k, v in rep["labels"].items())
            print(f"| {rep['benchmark']} ({rep['sentences']:,} sentences) | {m['p']:.3f} / {m['r']:.3f} / **{m['f1']:.3f}** "
                  f"| {labels} |")


if __name__ == "__main__":
    sys.exit(main())

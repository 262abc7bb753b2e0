"""kg's benchmark (issue 7): one command, ratios against baselines, the machine recorded.

Run: ``python3 benchmarks/run.py [--sizes 1,10,100] [--quick] [--json PATH]``

What it measures, in one run:

1. **Build against jieba.** End-to-end :func:`kg.run.build.build` (every stage: articles,
   spaCy pipeline, resolution, RDF, SHACL, exports, HTML, store) against plain
   ``jieba.lcut`` over the same decoded text, as a ratio of characters per second
   (``build ÷ jieba``; jieba alone is the floor any jieba-based pipeline sits on).
   jieba's dictionary is loaded before either clock starts, so its one-time load is
   counted on neither side.  Each corpus is built in a child process of its own
   (``python3 benchmarks/run.py --child …``) so the peak memory of one size does not
   mask another's: the child warms up (imports, the spaCy pipeline, one build of the
   seeds), resets its peak-RSS mark (``/proc/self/clear_refs``), runs the timed builds
   (best of ``--repeats`` where the corpus is small, one build where it is large) and
   reads ``VmHWM``.  Build times are warm (set-up excluded); the set-up (a first build
   of the seeds in a fresh process) is in the JSON as ``cold_seconds``.
2. **Scaling.** The same at 1×, 10×, 100× the seeds (each seed file copied N times under
   other names: identical content, so the cost curve, not new entities); ``t(N×) ÷ t(1×)``
   (linear is N; the target for 100× is ≤ 110) and memory growth per added article.  The
   CLUENER2020 train sentences (``../shared/benchmarks/cluener2020/train.json``, one file
   per 1,000 sentences, one sentence a paragraph) are run as unseen text, with their own
   jieba ratio.
3. **Queries.** Every ``queries/*.rq`` on the embedded store (pyoxigraph) against plain
   rdflib (``benchmarks/bench_queries.py``), on the 1× build's graph plus the query test
   fixture, and on 100 renamed copies of it; ratio ``rdflib ÷ pyoxigraph``.
4. **Workers.** ``build(..., workers=1)`` against ``workers=2`` on the largest corpus:
   speed-up ``t1 ÷ t2`` (target ≥ 1.6 on 2 cores), both warm (the workers fork from a
   forkserver that built the pipeline during the warm-up build, :mod:`kg.run.preload`), and
   whether ``graph.ttl`` is byte-identical (sha256); then the same cold, as a user runs
   it: ``kg build -j 1`` against ``-j 2`` in fresh processes, start-up included.
   Skipped with a note when this kg has no ``workers``.

Prints a table of ratios and writes every number (timings included) to
``benchmarks/results/latest.json`` (and ``--json PATH``).  ``--quick``: 1× and 10× only,
no CLUENER, queries at 10 copies with rdflib given up after 20 s.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_CLUENER = ROOT.parent / "shared" / "benchmarks" / "cluener2020" / "train.json"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"
CLUENER_PER_FILE = 1000
#: Corpora of at most this many characters are built ``--repeats`` times (best of);
#: larger ones once.
REPEAT_BELOW_CHARS = 300_000
TARGET_X100 = 110.0
TARGET_SPEEDUP = 1.6


# ---------------------------------------------------------------- the machine

def machine() -> dict:
    """CPU model, cores, memory, Python, OS, library versions, the kg commit."""
    cpu = None
    try:
        m = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = m.group(1).strip() if m else None
    except OSError:
        pass
    cpu = cpu or platform.processor() or platform.machine()
    mem_gb = None
    try:
        m = re.search(r"^MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        mem_gb = round(int(m.group(1)) / 1024 ** 2, 1) if m else None
    except OSError:
        pass
    versions = {}
    for name in ("jieba", "spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx"):
        try:
            from importlib.metadata import version

            versions[name] = version(name)
        except Exception:  # noqa: BLE001 - a missing package is just not reported
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "os": platform.platform(),
        "versions": versions,
        "kg_commit": _git("rev-parse", "--short", "HEAD"),
        "kg_tree_dirty": bool(_git("status", "--porcelain", "--untracked-files=no", "--", "kg")),
    }


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def workers_supported() -> bool:
    """Whether this kg's ``build`` takes ``workers=`` (issue 7's parallel build)."""
    import kg.run.build

    return "workers" in inspect.signature(kg.run.build.build).parameters


# ---------------------------------------------------------------- corpora

def repeated_corpus(seeds: list[Path], copies: int, folder: Path) -> Path:
    """Each seed file copied ``copies`` times under other names (same bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in seeds:
        for i in range(copies):
            shutil.copyfile(path, folder / f"{path.stem}__{i:03d}{path.suffix}")
    return folder


def cluener_corpus(train: Path, folder: Path, per_file: int = CLUENER_PER_FILE) -> Path:
    """CLUENER2020 sentences as text files: ``per_file`` sentences each, one a paragraph."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = [json.loads(line)["text"] for line in train.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, start in enumerate(range(0, len(sentences), per_file)):
        chunk = sentences[start:start + per_file]
        (folder / f"cluener_train_{n:03d}.txt").write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------- the child: one corpus, one process

def _vm(field: str) -> int | None:
    """A ``/proc/self/status`` field in kB (``VmHWM``: peak resident set)."""
    try:
        m = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


def _reset_peak() -> bool:
    """Reset this process's peak-RSS mark (Linux ≥ 4.0); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def child(spec: dict) -> dict:
    """Time jieba and kg build on one corpus in this (fresh) process; return the numbers."""
    import logging
    import resource

    import jieba

    jieba.setLogLevel(logging.WARNING)
    started = time.perf_counter()
    jieba.initialize()  # the dictionary load: counted on neither side
    jieba_load = time.perf_counter() - started

    import kg.run.build
    from kg.ingest.sources import discover, read_source

    corpus, work = Path(spec["corpus"]), Path(spec["work"])
    files, _ = discover([corpus])
    texts = [read_source(f.path).text for f in files]
    chars = sum(len(t) for t in texts)
    repeats = spec["repeats"] if chars <= REPEAT_BELOW_CHARS else 1

    kwargs = {"workers": spec["workers"]} if spec.get("workers", 1) != 1 else {}
    # warm-up: imports and the spaCy pipeline (a worker pool is started by every build)
    t = time.perf_counter()
    kg.run.build.build([spec["warmup"]], work / "warmup", **kwargs)
    cold = time.perf_counter() - t
    shutil.rmtree(work / "warmup", ignore_errors=True)

    baseline_kb = _vm("VmRSS")
    reset = _reset_peak()
    profiler = None
    if spec.get("profile"):
        from pyinstrument import Profiler

        profiler = Profiler()
    load_before = os.getloadavg()
    summaries, jieba_all, build_all = [], [], []
    for _ in range(repeats):  # jieba and kg alternate, so both see the same machine
        t = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        jieba_all.append(time.perf_counter() - t)
        if profiler is not None:
            profiler.start()
        t = time.perf_counter()
        summaries.append(kg.run.build.build([corpus], work / "out", **kwargs))
        build_all.append(time.perf_counter() - t)
        if profiler is not None:
            profiler.stop()
    jieba_s, build_s = min(jieba_all), min(build_all)
    if profiler is not None:
        Path(spec["profile"]).parent.mkdir(parents=True, exist_ok=True)
        Path(spec["profile"]).write_text(profiler.output_html(), encoding="utf-8")
        Path(spec["profile"]).with_suffix(".txt").write_text(profiler.output_text(unicode=True), encoding="utf-8")
    peak_kb = _vm("VmHWM")
    summary = summaries[-1]
    out = work / "out"
    result = {
        "files": len(files),
        "chars": chars,
        "articles": summary.articles,
        "sentences": summary.sentences,
        "triples": summary.triples,
        "workers": spec.get("workers", 1),
        "repeats": repeats,
        "jieba_load_seconds": round(jieba_load, 3),
        "jieba_seconds": round(jieba_s, 4),
        "jieba_seconds_all": [round(x, 4) for x in jieba_all],
        "jieba_call": "jieba.lcut(text) per file (accurate mode, HMM on: what spaCy's jieba segmenter calls)",
        "jieba_chars_per_s": round(chars / jieba_s),
        "cold_seconds": round(cold, 3),
        "build_seconds": round(build_s, 4),
        "build_seconds_all": [round(x, 4) for x in build_all],
        "build_chars_per_s": round(chars / build_s),
        "ratio_build_to_jieba": chars / build_s / (chars / jieba_s),
        "stage_seconds": summary.stage_seconds,
        "rss_before_build_mb": round(baseline_kb / 1024, 1) if baseline_kb else None,
        "peak_mb": round(peak_kb / 1024, 1) if peak_kb else None,
        "peak_is_build_only": reset,
        "process_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "graph_ttl_sha256": _sha256(out / "graph.ttl"),
        "graph_nt": str(out / "graph.nt"),
    }
    if result["peak_mb"] and summary.articles:
        result["peak_mb_per_article"] = round(result["peak_mb"] / summary.articles, 3)
    return result


def run_child(corpus: Path, work: Path, warmup: Path, *, repeats: int, workers: int = 1,
              profile: Path | None = None) -> dict:
    """Run :func:`child` in a fresh interpreter; adds its whole-life peak from ``wait4``."""
    work.mkdir(parents=True, exist_ok=True)
    spec = {"corpus": str(corpus), "work": str(work), "warmup": str(warmup), "repeats": repeats,
            "workers": workers, "result": str(work / "result.json"), "profile": str(profile) if profile else None}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed on {corpus} (exit {proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(Path(spec["result"]).read_text(encoding="utf-8"))
    result["child_lifetime_peak_mb"] = round(usage.ru_maxrss / 1024, 1)  # ru_maxrss is kB on Linux
    return result


def cli_build_seconds(corpus: Path, out: Path, workers: int) -> float:
    """Wall time of ``kg build CORPUS -o OUT -j WORKERS -q`` in a fresh process: what a user
    waits for, start-up (imports, the pipeline in every worker) included."""
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "build", str(corpus), "-o", str(out),
           "-j", str(workers), "-q"]
    t = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return round(time.perf_counter() - t, 3)


# ---------------------------------------------------------------- queries

def bench_queries(graph_nt: Path, work: Path, copies: int, *, rdflib_timeout: float, log=None) -> list[dict]:
    """pyoxigraph against rdflib on the 1× graph (+ fixture) and on ``copies`` copies.

    On the large graph an rdflib query is given up after ``rdflib_timeout`` seconds (its
    ratio is then a lower bound), and a query is repeated only while its runs took < 10 s."""
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_queries as bq

    seed = bq.seed_graph(graph_nt)
    rows = bq.bench_graph("seed", seed, work, rdflib_runs=3, ox_runs=20, log=log, budget=10)
    if copies > 1:
        rows += bq.bench_graph(f"x{copies}", bq.scaled(seed, copies), work, rdflib_runs=1, ox_runs=5, log=log,
                               rdflib_timeout=rdflib_timeout, budget=10)
    return rows


# ---------------------------------------------------------------- the run

def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1,10,100", help="corpus sizes in copies of the seeds (default 1,10,100)")
    p.add_argument("--quick", action="store_true",
                   help="1× and 10× only, no CLUENER, queries at 10 copies (rdflib given up after 20 s)")
    p.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="the seed folder (default seeds/)")
    p.add_argument("--cluener", type=Path, default=DEFAULT_CLUENER, help="CLUENER2020 train.json")
    p.add_argument("--no-cluener", action="store_true")
    p.add_argument("--query-copies", type=int, default=100, help="size of the large query graph (0: no query benchmark)")
    p.add_argument("--rdflib-timeout", type=float, default=120, metavar="SECONDS",
                   help="on the large query graph, give up on an rdflib query after this long (default 120)")
    p.add_argument("--workers", type=int, default=2, help="workers to compare with 1 (0: skip)")
    p.add_argument("--workers-size", type=int, default=None, help="corpus size for the workers run (default: largest)")
    p.add_argument("--repeats", type=int, default=3, help="best of this many builds on small corpora")
    p.add_argument("--json", type=Path, default=None, help="also write the results here")
    p.add_argument("--profile", type=int, default=None, metavar="SIZE",
                   help="write a pyinstrument profile of the SIZE× build to benchmarks/results/")
    p.add_argument("--show", type=Path, default=None, metavar="JSON",
                   help="print the tables of an earlier run's JSON and exit (runs nothing)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.sizes = sorted({int(s) for s in str(args.sizes).split(",") if s.strip()})
    if args.quick:
        args.sizes = [1, 10]
        args.no_cluener = True
        args.query_copies = min(args.query_copies, 10)
        args.rdflib_timeout = min(args.rdflib_timeout, 20)
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    if args.child:
        return _child_main(args)

    from rich.console import Console

    if args.show:
        results = json.loads(args.show.read_text(encoding="utf-8"))
        render(results, Console(width=None if sys.stdout.isatty() else 132))
        return results

    console = Console(stderr=True, width=None if sys.stderr.isatty() else 132)
    results: dict = {"machine": machine(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                     "argv": sys.argv[1:] if argv is None else list(argv), "sizes": args.sizes, "notes": [
                         "build times are warm: imports, the spaCy pipeline and jieba's dictionary are loaded "
                         "before the clock starts (cold_seconds: the first build of the seeds in a fresh process)",
                         "jieba baseline: jieba.lcut over the same decoded text, in the same process, dictionary "
                         "loaded first",
                         "peak_mb: VmHWM of the build's own process, reset after warm-up; MB per article = peak / articles",
                     ]}
    seeds = sorted(p for p in args.seeds.iterdir() if p.suffix in (".txt", ".md") and p.is_file())
    if not seeds:
        raise SystemExit(f"no seed files in {args.seeds}")

    with tempfile.TemporaryDirectory(prefix="kg-benchmark-") as tmp:
        work = Path(tmp)
        warmup = args.seeds
        builds: dict[str, dict] = {}
        for size in args.sizes:
            console.print(f"[dim]building {size}× ({len(seeds) * size} files)…[/dim]")
            corpus = repeated_corpus(seeds, size, work / f"corpus-x{size}")
            profile = ROOT / "benchmarks" / "results" / f"profile-x{size}.html" if args.profile == size else None
            builds[f"x{size}"] = run_child(corpus, work / f"build-x{size}", warmup, repeats=args.repeats,
                                           profile=profile)
            builds[f"x{size}"]["size"] = size
        if not args.no_cluener and args.cluener.is_file():
            console.print("[dim]building CLUENER2020 train…[/dim]")
            corpus = cluener_corpus(args.cluener, work / "corpus-cluener")
            builds["cluener_train"] = run_child(corpus, work / "build-cluener", warmup, repeats=args.repeats)
        elif not args.no_cluener:
            results["notes"].append(f"CLUENER2020 not found at {args.cluener}; skipped")
        results["builds"] = builds
        results["scaling"] = scaling(builds, args.sizes)

        # workers
        if args.workers and args.workers > 1:
            if not workers_supported():
                results["workers"] = {"supported": False, "note": "workers: not supported by this kg"}
            else:
                size = args.workers_size or max(args.sizes)
                key = f"x{size}"
                one = builds.get(key)
                if one is None:
                    corpus = repeated_corpus(seeds, size, work / f"corpus-x{size}")
                    one = run_child(corpus, work / f"build-w1-x{size}", warmup, repeats=args.repeats)
                console.print(f"[dim]building {size}× with {args.workers} workers…[/dim]")
                many = run_child(work / f"corpus-x{size}", work / f"build-w{args.workers}-x{size}", warmup,
                                 repeats=args.repeats, workers=args.workers)
                console.print(f"[dim]the same from the command line, cold: kg build -j 1 and -j {args.workers}…[/dim]")
                cold = {n: cli_build_seconds(work / f"corpus-x{size}", work / f"cli-w{n}-x{size}", n)
                        for n in (1, args.workers)}
                results["workers"] = {
                    "supported": True, "size": size, "workers": args.workers,
                    "cli_cold_seconds_1": cold[1], f"cli_cold_seconds_{args.workers}": cold[args.workers],
                    "cli_cold_speedup": cold[1] / cold[args.workers],
                    "seconds_1": one["build_seconds"], f"seconds_{args.workers}": many["build_seconds"],
                    "speedup": one["build_seconds"] / many["build_seconds"],
                    "target_speedup": TARGET_SPEEDUP,
                    "identical_graph_ttl": one["graph_ttl_sha256"] == many["graph_ttl_sha256"]
                    and one["graph_ttl_sha256"] is not None,
                    "sha256_1": one["graph_ttl_sha256"], f"sha256_{args.workers}": many["graph_ttl_sha256"],
                    "stage_seconds_1": one["stage_seconds"], f"stage_seconds_{args.workers}": many["stage_seconds"],
                    "ratio_build_to_jieba": many["ratio_build_to_jieba"],
                    "main_process_peak_mb": many["peak_mb"],
                }
        else:
            results["workers"] = {"supported": None, "note": "not run (--workers 0)"}

        # queries
        if args.query_copies:
            console.print(f"[dim]queries: pyoxigraph vs rdflib, seed graph and {args.query_copies} copies…[/dim]")
            base = builds.get("x1") or builds[f"x{min(args.sizes)}"]
            results["queries"] = bench_queries(Path(base["graph_nt"]), work / "queries", args.query_copies,
                                               rdflib_timeout=args.rdflib_timeout,
                                               log=lambda line: console.print(f"[dim]{line}[/dim]", highlight=False))
        for b in builds.values():
            b.pop("graph_nt", None)

    render(results, Console(width=None if sys.stdout.isatty() else 132))
    paths = [DEFAULT_JSON] + ([args.json] if args.json else [])
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    console.print(f"wrote {', '.join(str(p) for p in paths)}")
    return results


def scaling(builds: dict, sizes: list[int]) -> dict:
    """``t(N×) ÷ t(1×)`` and memory growth per added article, against the smallest size."""
    base_size = min(sizes)
    base = builds.get(f"x{base_size}")
    out = {"base": f"x{base_size}", "target_x100": TARGET_X100}
    if not base:
        return out
    for size in sizes:
        b = builds[f"x{size}"]
        if size == base_size:
            continue
        entry = {"size_ratio": size / base_size,
                 "time_ratio": b["build_seconds"] / base["build_seconds"],
                 "jieba_time_ratio": b["jieba_seconds"] / base["jieba_seconds"]}
        added = b["articles"] - base["articles"]
        if added > 0 and b.get("peak_mb") and base.get("peak_mb"):
            entry["mb_per_added_article"] = (b["peak_mb"] - base["peak_mb"]) / added
        entry["stage_ratios"] = {k: (v / base["stage_seconds"][k] if base["stage_seconds"].get(k) else None)
                                 for k, v in b["stage_seconds"].items()}
        out[f"x{size}"] = entry
    return out


def _child_main(args) -> dict:
    spec = json.loads(args.child)
    result = child(spec)
    Path(spec["result"]).write_text(json.dumps(result), encoding="utf-8")
    return result


# ---------------------------------------------------------------- the table

def _x(v: float | None, digits: int = 2) -> str:
    return "—" if v is None else f"{v:,.{digits}f}×"


def _query_cell(r: dict | None) -> str:
    if r is None:
        return "—"
    if r["ratio"] is None:
        return f"> {r['ratio_at_least']:,.0f}× (rdflib > {r['rdflib_timed_out_after_s']:g} s)"
    return _x(r["ratio"], 0) + ("" if r["rows"] == r["rows_rdflib"] else " (rows differ)")


def render(results: dict, console) -> None:
    from rich.table import Table

    m = results["machine"]
    console.print(f"[bold]kg benchmark[/bold] — {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, "
                  f"Python {m['python']}, {m['os']}, kg {m['kg_commit']}{' (dirty)' if m['kg_tree_dirty'] else ''}")

    t = Table(title="build ÷ jieba.lcut (same text, chars/s; warm, best of runs)", title_justify="left")
    for col in ("corpus", "files", "articles", "chars", "build ÷ jieba", "t ÷ t(1×)", "peak MB", "MB/article",
                "MB/added article"):
        t.add_column(col, justify="left" if col == "corpus" else "right")
    sc = results.get("scaling", {})
    for key, b in results["builds"].items():
        s = sc.get(key, {})
        name = key.replace("x", "", 1) + "× seeds" if key.startswith("x") else key.replace("_", " ").replace(
            "cluener", "CLUENER")
        t.add_row(name, f"{b['files']:,}",
                  f"{b['articles']:,}", f"{b['chars']:,}", f"{b['ratio_build_to_jieba']:.4f}",
                  _x(s.get("time_ratio"), 1) if s else ("1×" if key == sc.get("base") else "—"),
                  f"{b['peak_mb']:,.0f}" if b.get("peak_mb") else "—",
                  f"{b['peak_mb_per_article']:.2f}" if b.get("peak_mb_per_article") else "—",
                  f"{s['mb_per_added_article']:.3f}" if s.get("mb_per_added_article") is not None else "—")
    console.print(t)
    if "x100" in sc:
        ok = sc["x100"]["time_ratio"] <= TARGET_X100
        console.print(f"t(100×) ÷ t(1×) = {sc['x100']['time_ratio']:.1f} (target ≤ {TARGET_X100:g}: "
                      f"{'met' if ok else 'NOT met'})")

    w = results.get("workers", {})
    if w.get("supported") is False:
        console.print("workers: not supported by this kg")
    elif w.get("supported"):
        n = w["workers"]
        console.print(f"workers: {n} ÷ 1 on {w['size']}× — speed-up t1 ÷ t{n} = {w['speedup']:.2f} "
                      f"(target ≥ {TARGET_SPEEDUP}: {'met' if w['speedup'] >= TARGET_SPEEDUP else 'NOT met'}); "
                      f"graph.ttl byte-identical: {'yes' if w['identical_graph_ttl'] else 'NO'}")
        if "cli_cold_speedup" in w:
            console.print(f"workers, cold from the command line (start-up included): "
                          f"kg build -j 1 {w['cli_cold_seconds_1']:.1f} s ÷ -j {n} {w[f'cli_cold_seconds_{n}']:.1f} s "
                          f"= {w['cli_cold_speedup']:.2f}")
    if results.get("queries"):
        q = Table(title="queries: rdflib ÷ pyoxigraph (same bindings, rows checked equal)",
                  title_justify="left")
        graphs = list(dict.fromkeys(r["graph"] for r in results["queries"]))
        q.add_column("query")
        for g in graphs:
            triples = next(r["triples"] for r in results["queries"] if r["graph"] == g)
            q.add_column(f"{g} ({triples:,} triples)", justify="right")
        by = {}
        for r in results["queries"]:
            by.setdefault(r["query"], {})[r["graph"]] = r
        for name, cells in by.items():
            q.add_row(name, *(_query_cell(cells.get(g)) for g in graphs))
        console.print(q)


if __name__ == "__main__":
    main()

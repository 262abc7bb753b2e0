"""kg's benchmark: what a user waits for, measured cold from the command line, as ratios to
baselines measured in the same run.

Run: ``python3 benchmarks/run.py`` (about 15 minutes on 2 cores; ``--quick``: about 3).

Every timed run is a fresh process started the way a user starts kg (``python -m kg …``),
so imports, jieba's dictionary and the spaCy pipeline are counted.  Each kind of run is
made once, untimed, before the rounds, as a user's earlier runs would have: Python's
bytecode of kg is written (the timed processes may write it even where
``PYTHONDONTWRITEBYTECODE`` is set, as a user's Python does) and kg's cache of derived
tables (:mod:`kg.lang.derived`) is filled.  What a user's very first build costs (an
empty cache of derived tables) is measured apart, once, and printed beside the start-up.  The runs are
*interleaved*: each round runs every measurement once, in an order that rotates from round
to round, so a slow moment of the machine falls on all of them alike; the tables print the
median and the range (min–max) of ``--rounds`` rounds.  The machine's load average is
recorded with every sample and printed (other users' work slows the runs; the ratios,
taken within a round, suffer least), and each build's CPU seconds beside its wall time.

1. **build ÷ jieba**: characters per second of ``kg build CORPUS -q`` (cold, every stage
   and output) divided by those of ``jieba.lcut`` over the same decoded text (a fresh
   process too, its dictionary loaded before the clock starts: the floor of any jieba-based
   pipeline), on the seeds copied 1×, 20×, 40×, 100× (other file names, same bytes) and on
   CLUENER2020's train sentences (unseen text).  The ratio is taken within each round.
2. **start-up**: a cold 1× build (always run, whatever ``--sizes``) against the *start-up floor* — a fresh process that imports
   spaCy and jieba and loads jieba's dictionary — and ``kg query 'ASK {}'`` and
   ``kg --help`` cold.
3. **two cores**: ``kg build -j 2`` against ``-j 1`` at 20× and 100×, cold, and whether
   ``graph.nt``, ``graph.ttl``, ``entities.csv`` and ``relations.csv`` are byte-identical;
   and ``kg build`` with its defaults (``-j auto``: as many processes as it chooses on
   this machine) at 40×, against ``jieba.lcut`` as in 1.  The ratios of 1 are of ``-j 1``.
4. **where extraction goes**: each pipeline component's share of the extraction time
   (in one process, warm, at 40×, the pipeline frozen for the collector as a build does),
   the trained model's (``kg_ner``) printed on its own; and the 40× build's stages.
5. **queries**: every ``queries/*.rq`` with its example bindings and with none, on the seeds'
   graph (with the query test fixture) and on 100 renamed copies of it: the first page, as
   ``kg query`` and ``kg serve`` answer it, in-process (:func:`kg.store.query.run_query`) and
   over HTTP through ``kg serve``'s canned-query route (``/queries/NAME?var=value``); and, for
   the record, every row of the unbound query in-process (``--all``, one run).  The bar is 50 ms.

Prints the tables and writes every number to ``benchmarks/results/latest.json`` (and
``--json PATH``); ``--show JSON`` prints an earlier run's tables again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_CLUENER = ROOT.parent / "shared" / "benchmarks" / "cluener2020" / "train.json"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"
CLUENER_PER_FILE = 1000
QUERY_BAR_MS = 50.0
TARGETS = {"build_to_jieba_40x": 0.5, "cold_1x_to_floor": 1.5, "workers_speedup": 1.6}

#: A fresh process that imports spaCy and jieba and loads jieba's dictionary: the least any
#: kg build must spend before it reads a file.
FLOOR_CODE = "import logging, spacy, jieba; jieba.setLogLevel(logging.WARNING); jieba.initialize()"
#: jieba.lcut over the decoded files of argv[1], the dictionary loaded first; prints seconds.
JIEBA_CODE = """
import logging, sys, time, jieba
from kg.ingest.sources import discover, read_source
jieba.setLogLevel(logging.WARNING); jieba.initialize()
texts = [read_source(f.path, f.name).text for f in discover([sys.argv[1]])[0]]
t = time.perf_counter()
for text in texts:
    jieba.lcut(text)
print(time.perf_counter() - t, sum(len(t) for t in texts))
"""


# ---------------------------------------------------------------- the machine

def machine() -> dict:
    """CPU model, cores, memory, Python, OS, library versions, the kg commit."""
    def read(path: str, pattern: str) -> str | None:
        try:
            m = re.search(pattern, Path(path).read_text(), re.M)
        except OSError:
            return None
        return m.group(1).strip() if m else None

    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for name in ("jieba", "rjieba", "spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx", "numpy"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    mem = read("/proc/meminfo", r"^MemTotal:\s+(\d+) kB")
    return {
        "cpu": read("/proc/cpuinfo", r"^model name\s*:\s*(.+)$") or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gb": round(int(mem) / 1024 ** 2, 1) if mem else None,
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


# ---------------------------------------------------------------- cold runs

KG = [sys.executable, "-m", "kg"]


#: The timed processes' environment: the user's, but Python may keep kg's bytecode (a
#: sandbox's PYTHONDONTWRITEBYTECODE would charge every run for compiling kg's ~90 modules).
RUN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
#: CPU seconds (user + system) of the last process :func:`timed` ran.
last_cpu: list[float] = [0.0]


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB, from ``wait4``) and stdout of ``cmd`` run in a fresh process
    (its CPU seconds in :data:`last_cpu`)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, text=True, env=env or RUN_ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        last_cpu[0] = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{err.read()[-2000:]}")
        return seconds, round(usage.ru_maxrss / 1024), out.read()  # ru_maxrss: kB on Linux


def build_cmd(corpus: Path, out: Path, workers: int | None = 1) -> list[str]:
    """``kg build`` of ``corpus``; ``workers=None``: kg's default (``-j auto``)."""
    return [*KG, "build", str(corpus), "-o", str(out), "-q", *(() if workers is None else ("-j", str(workers)))]


class Rounds:
    """Measurements run round by round, each round in a rotated order; samples kept by name."""

    def __init__(self, rounds: int, log: Callable[[str], None]) -> None:
        self.rounds, self.log = rounds, log
        self.tasks: list[tuple[str, Callable[[], float]]] = []
        self.samples: dict[str, list[float]] = {}
        self.loads: list[float] = []  # the 1-minute load average after each sample

    def add(self, name: str, run: Callable[[], float]) -> None:
        self.tasks.append((name, run))

    def run(self) -> dict[str, list[float]]:
        for r in range(self.rounds):
            k = r % len(self.tasks) if self.tasks else 0
            for name, task in self.tasks[k:] + self.tasks[:k]:
                value = task()
                self.samples.setdefault(name, []).append(value)
                self.loads.append(os.getloadavg()[0])
                self.log(f"round {r + 1}/{self.rounds}  {name:32} {value:9.3f}  load {self.loads[-1]:.2f}")
        return self.samples


def spread(values: list[float]) -> dict:
    """Median, min and max of ``values``."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def ratio_samples(num: list[float], den: list[float]) -> list[float]:
    """Round-by-round ratios ``num[i] / den[i]``."""
    return [a / b for a, b in zip(num, den) if b]


# ---------------------------------------------------------------- where extraction goes

def component_shares(corpus: Path) -> dict:
    """Seconds per pipeline component (the tokenizer included) over ``corpus``'s articles,
    in a child process, warm: the pipeline built and run once before the clock."""
    code = r"""
import json, sys, time
from kg.ingest.articles import split_articles
from kg.ingest.sources import discover, read_source
import gc
from kg.nlp.pipeline import make_nlp
nlp = make_nlp()
gc.freeze()  # as kg.run.runner does once the pipeline is made
articles = [a for f in discover([sys.argv[1]])[0] for a in split_articles(read_source(f.path, f.name))]
def docs():
    for a in articles:
        d = nlp.make_doc(a.text); d._.kg_article = a; yield d
for _ in nlp.pipe(docs()):  # warm-up: every component's data loaded
    pass
seconds = {}
t = time.perf_counter(); made = list(docs()); seconds["tokenizer"] = time.perf_counter() - t
for name, proc in nlp.pipeline:
    t = time.perf_counter(); made = list(proc.pipe(made)) if hasattr(proc, "pipe") else [proc(d) for d in made]
    seconds[name] = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "chars": sum(len(a.text) for a in articles)}))
"""
    _, _, out = timed([sys.executable, "-c", code, str(corpus)])
    data = json.loads(out)
    total = sum(data["seconds"].values())
    data["share"] = {k: v / total for k, v in data["seconds"].items()}
    return data


# ---------------------------------------------------------------- queries

def bench_queries(graph_nt: Path, work: Path, copies: int, runs: int, log) -> list[dict]:
    """Every shipped query, bound and unbound, in-process and over HTTP, at 1× and ``copies``×."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_queries as bq

    seed = bq.seed_graph(graph_nt)
    rows = bq.bench_store("seed", seed, work, runs, log)
    if copies > 1:
        rows += bq.bench_store(f"x{copies}", bq.scaled(seed, copies), work, runs, log)
    return rows


# ---------------------------------------------------------------- the run

def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1,20,40,100", help="corpus sizes in copies of the seeds (default 1,20,40,100)")
    p.add_argument("--workers-sizes", default="20,100", help="sizes at which -j 2 is compared with -j 1 ('': none)")
    p.add_argument("--default-sizes", default="40", help="sizes at which kg build runs with its defaults (-j auto) "
                                                         "too ('': none)")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds of every measurement (default 3)")
    p.add_argument("--quick", action="store_true", help="sizes 1,10; -j 2 at 10; 2 rounds; queries at 10 copies; "
                                                         "no CLUENER")
    p.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="the seed folder (default seeds/)")
    p.add_argument("--cluener", type=Path, default=DEFAULT_CLUENER, help="CLUENER2020 train.json")
    p.add_argument("--no-cluener", action="store_true", help="leave the CLUENER corpus out")
    p.add_argument("--components-size", type=int, default=40, help="size for the per-component shares (0: skip)")
    p.add_argument("--query-copies", type=int, default=100, help="size of the large query graph (0: no queries)")
    p.add_argument("--query-runs", type=int, default=5, help="runs of each query (median)")
    p.add_argument("--json", type=Path, default=None, help="also write the results here")
    p.add_argument("--show", type=Path, default=None, metavar="JSON", help="print an earlier run's tables and exit")
    args = p.parse_args(argv)
    if args.quick:
        args.sizes, args.workers_sizes, args.default_sizes, args.rounds = "1,10", "10", "10", 2
        args.no_cluener, args.query_copies, args.components_size = True, min(args.query_copies, 10), 10
    args.sizes = sorted({int(s) for s in str(args.sizes).split(",") if s.strip()})
    args.workers_sizes = sorted({int(s) for s in str(args.workers_sizes).split(",") if s.strip()})
    args.default_sizes = sorted({int(s) for s in str(args.default_sizes).split(",") if s.strip()})
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    from rich.console import Console

    console = Console(width=None if sys.stdout.isatty() else 140)
    if args.show:
        results = json.loads(args.show.read_text(encoding="utf-8"))
        render(results, console)
        return results
    err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

    def log(line: str) -> None:
        err.print(f"[dim]{line}[/dim]", highlight=False)

    seeds = sorted(p for p in args.seeds.iterdir() if p.suffix in (".txt", ".md") and p.is_file())
    if not seeds:
        raise SystemExit(f"no seed files in {args.seeds}")
    results: dict = {"machine": machine(), "argv": sys.argv[1:] if argv is None else list(argv),
                     "load_average_at_start": [round(x, 2) for x in os.getloadavg()], "rounds": args.rounds}

    with tempfile.TemporaryDirectory(prefix="kg-benchmark-") as tmp:
        work = Path(tmp)
        corpora = {f"x{n}": repeated_corpus(seeds, n, work / f"corpus-x{n}") for n in sorted({1, *args.sizes})}
        for n in [*args.workers_sizes, *args.default_sizes]:
            corpora.setdefault(f"x{n}", repeated_corpus(seeds, n, work / f"corpus-x{n}"))
        if not args.no_cluener and args.cluener.is_file():
            corpora["cluener"] = cluener_corpus(args.cluener, work / "corpus-cluener")
        chars: dict[str, int] = {}
        peaks: dict[str, int] = {}
        cpu: dict[str, list[float]] = {}
        rounds = Rounds(args.rounds, log)
        counter = iter(range(10 ** 6))

        def build_task(key: str, workers: int | None = 1) -> Callable[[], float]:
            j = "auto" if workers is None else workers
            def run() -> float:
                out = work / f"out-{key}-j{j}-{next(counter)}"
                seconds, peak, _ = timed(build_cmd(corpora[key], out, workers))
                peaks[f"{key}-j{j}"] = max(peaks.get(f"{key}-j{j}", 0), peak)
                cpu.setdefault(f"{key}-j{j}", []).append(last_cpu[0])
                keep = work / f"last-{key}-j{j}"
                shutil.rmtree(keep, ignore_errors=True)
                out.rename(keep)
                return seconds
            return run

        def jieba_task(key: str) -> Callable[[], float]:
            def run() -> float:
                _, _, out = timed([sys.executable, "-c", JIEBA_CODE, str(corpora[key])])
                seconds, n = out.split()
                chars[key] = int(n)
                return float(seconds)
            return run

        rounds.add("floor", lambda: timed([sys.executable, "-c", FLOOR_CODE])[0])
        rounds.add("kg --help", lambda: timed([*KG, "--help"])[0])
        for key in corpora:
            rounds.add(f"jieba {key}", jieba_task(key))
            rounds.add(f"build {key}", build_task(key))
        for n in args.workers_sizes:
            rounds.add(f"build x{n} -j 2", build_task(f"x{n}", 2))
        for n in args.default_sizes:
            rounds.add(f"build x{n} -j auto", build_task(f"x{n}", None))
            if f"jieba x{n}" not in dict(rounds.tasks):
                rounds.add(f"jieba x{n}", jieba_task(f"x{n}"))
        rounds.add("kg query ASK", lambda: timed([*KG, "query", "ASK {}", "-s", str(work / "last-x1-j1")])[0]
                   if (work / "last-x1-j1").exists() else float("nan"))

        # untimed, once: kg's bytecode written and its cache of derived tables filled, as a
        # user's earlier runs would have left them (see the module docstring)
        log("warm-up: one run of each kind at 1×…")
        for warm in ("floor", "kg --help", "jieba x1", "build x1"):
            dict(rounds.tasks)[warm]()
        timed(build_cmd(corpora["x1"], work / "warm-up-j2", 2))
        # a user's very first build: the derived tables made from jieba's and kg's data files
        first_ever = timed(build_cmd(corpora["x1"], work / "first-ever", 1),
                           env=dict(RUN_ENV, KG_CACHE_DIR=str(work / "empty-kg-cache")))[0]
        cpu.clear()
        peaks.clear()
        samples = rounds.run()
        results["samples"] = samples
        results["load_average"] = spread(rounds.loads)
        results["cpu_seconds"] = {k: spread(v) for k, v in cpu.items()}

        builds = {}
        for key in corpora:
            b, j = samples[f"build {key}"], samples[f"jieba {key}"]
            builds[key] = {"chars": chars[key], "build_seconds": spread(b), "jieba_seconds": spread(j),
                           "build_to_jieba": spread(ratio_samples(j, b)), "peak_mb": peaks.get(f"{key}-j1"),
                           "build_cpu_seconds": spread(cpu[f"{key}-j1"]) if cpu.get(f"{key}-j1") else None,
                           "stage_seconds": _stage_seconds(work / f"last-{key}-j1")}
        results["builds"] = builds
        floor = samples["floor"]
        first = "x1"
        results["startup"] = {
            "first_ever_build_seconds": first_ever,
            "floor_seconds": spread(floor),
            "cold_build_seconds": builds[first]["build_seconds"], "corpus": first,
            "cold_build_to_floor": spread(ratio_samples(samples[f"build {first}"], floor)),
            "query_ask_seconds": spread([x for x in samples["kg query ASK"] if x == x] or [float("nan")]),
            "help_seconds": spread(samples["kg --help"]),
        }
        workers = {}
        for n in args.workers_sizes:
            one, two = samples[f"build x{n}"], samples[f"build x{n} -j 2"]
            compared = ("graph.nt", "graph.ttl", "entities.csv", "relations.csv")
            differ = [f for f in compared if _sha(work / f"last-x{n}-j1" / f) != _sha(work / f"last-x{n}-j2" / f)]
            workers[f"x{n}"] = {"seconds_1": spread(one), "seconds_2": spread(two),
                                "speedup": spread(ratio_samples(one, two)), "identical": not differ,
                                "compared": list(compared), "differ": differ}
        results["workers"] = workers
        defaults = {}
        for n in args.default_sizes:
            auto, j = samples[f"build x{n} -j auto"], samples[f"jieba x{n}"]
            chosen = json.loads((work / f"last-x{n}-jauto" / "build.json").read_text(encoding="utf-8"))["workers"]
            defaults[f"x{n}"] = {"workers": chosen, "build_seconds": spread(auto), "jieba_seconds": spread(j),
                                 "build_to_jieba": spread(ratio_samples(j, auto)),
                                 "build_cpu_seconds": spread(cpu[f"x{n}-jauto"])}
        results["default_builds"] = defaults

        if args.components_size:
            key = f"x{args.components_size}"
            corpus = corpora.get(key) or repeated_corpus(seeds, args.components_size, work / f"corpus-{key}")
            log(f"component shares at {key}…")
            results["components"] = {"corpus": key, **component_shares(corpus)}
        if args.query_copies:
            log(f"queries at 1× and {args.query_copies}×…")
            results["queries"] = bench_queries(work / f"last-{first}-j1" / "graph.nt", work / "queries",
                                               args.query_copies, args.query_runs, log)

    render(results, console)
    for path in [DEFAULT_JSON] + ([args.json] if args.json else []):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        log(f"wrote {path}")
    return results


def _stage_seconds(out: Path) -> dict:
    try:
        return json.loads((out / "build.json").read_text(encoding="utf-8")).get("stage_seconds", {})
    except (OSError, ValueError):
        return {}


def _sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


# ---------------------------------------------------------------- the tables

def _cell(s: dict | None, fmt: str = "{:.2f}", unit: str = "") -> str:
    """``median (min–max)``."""
    if not s or s.get("median") is None or s["median"] != s["median"]:
        return "—"
    return f"{fmt.format(s['median'])}{unit} ({fmt.format(s['min'])}–{fmt.format(s['max'])})"


def _met(value: float | None, target: float, above: bool = True) -> str:
    if value is None or value != value:
        return "—"
    return "met" if (value >= target if above else value <= target) else "NOT met"


def render(results: dict, console) -> None:
    from rich.table import Table

    m = results["machine"]
    console.print(f"[bold]kg benchmark[/bold] — {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python "
                  f"{m['python']}, kg {m['kg_commit']}{' (dirty)' if m['kg_tree_dirty'] else ''}; "
                  f"cold CLI runs, median (min–max) of {results['rounds']} interleaved rounds")
    if results.get("load_average"):
        console.print(f"load average (1 min) during the runs: {_cell(results['load_average'])} on {m['cores']} cores "
                      f"(at the start {results['load_average_at_start'][0]:.2f})")
    t = Table(title="kg build ÷ jieba.lcut (same text, chars/s, cold from the command line)", title_justify="left")
    for col in ("corpus", "chars", "kg build s", "its CPU s", "jieba.lcut s", "build ÷ jieba", "peak MB"):
        t.add_column(col, justify="left" if col == "corpus" else "right")
    for key, b in results["builds"].items():
        name = f"{key[1:]}× seeds" if key.startswith("x") else "CLUENER train"
        t.add_row(name, f"{b['chars']:,}", _cell(b["build_seconds"]), _cell(b.get("build_cpu_seconds")),
                  _cell(b["jieba_seconds"], "{:.3f}"),
                  _cell(b["build_to_jieba"], "{:.3f}"), f"{b['peak_mb']:,}" if b.get("peak_mb") else "—")
    console.print(t)
    if "x40" in results["builds"]:
        r = results["builds"]["x40"]["build_to_jieba"]["median"]
        console.print(f"build ÷ jieba at 40×: {r:.3f} (target ≥ {TARGETS['build_to_jieba_40x']}: "
                      f"{_met(r, TARGETS['build_to_jieba_40x'])})")
    s = results["startup"]
    r = s["cold_build_to_floor"]["median"]
    console.print(f"start-up: floor (import spaCy + jieba, load jieba's dictionary) {_cell(s['floor_seconds'])} s; "
                  f"cold {s['corpus'][1:]}× build {_cell(s['cold_build_seconds'])} s = {_cell(s['cold_build_to_floor'])}"
                  f"× the floor (target ≤ {TARGETS['cold_1x_to_floor']}: {_met(r, TARGETS['cold_1x_to_floor'], False)}); "
                  f"kg query 'ASK {{}}' {_cell(s['query_ask_seconds'], '{:.3f}')} s; kg --help "
                  f"{_cell(s['help_seconds'], '{:.3f}')} s")
    if s.get("first_ever_build_seconds"):
        console.print(f"a user's very first build (kg's cache of derived tables empty: jieba's tables and the "
                      f"divisions derived and saved), once: {s['first_ever_build_seconds']:.2f} s")
    for key, w in results.get("workers", {}).items():
        r = w["speedup"]["median"]
        console.print(f"two cores at {key[1:]}×: -j 1 {_cell(w['seconds_1'])} s ÷ -j 2 {_cell(w['seconds_2'])} s = "
                      f"{_cell(w['speedup'])} (target ≥ {TARGETS['workers_speedup']}: "
                      f"{_met(r, TARGETS['workers_speedup'])}); {', '.join(w.get('compared', ['graph.ttl']))} "
                      f"identical: {'yes' if w.get('identical', w.get('identical_graph_ttl')) else 'NO: ' + ', '.join(w.get('differ', []))}")
    for key, d in results.get("default_builds", {}).items():
        console.print(f"kg build with its defaults at {key[1:]}× (-j auto: {d['workers']} process"
                      f"{'es' if d['workers'] > 1 else ''} here): {_cell(d['build_seconds'])} s, the main process's CPU "
                      f"{_cell(d['build_cpu_seconds'])} s (its workers' not counted); ÷ jieba.lcut "
                      f"{_cell(d['build_to_jieba'], '{:.3f}')} "
                      "(jieba in one process; the table above is -j 1)")
    c = results.get("components")
    if c:
        parts = ", ".join(f"{k} {v * 100:.0f}%" for k, v in sorted(c["share"].items(), key=lambda kv: -kv[1]))
        console.print(f"extraction at {c['corpus'][1:]}× by component (warm, one process): {parts}")
        ner = c["share"].get("kg_ner")
        if ner is not None:
            console.print(f"the trained model (kg_ner: features, scores, Viterbi, typing its names): "
                          f"{ner * 100:.0f}% of extraction, {c['seconds']['kg_ner']:.2f} s of "
                          f"{sum(c['seconds'].values()):.2f} s")
        stages = results["builds"].get(c["corpus"], {}).get("stage_seconds")
        if stages:
            console.print(f"the {c['corpus'][1:]}× build's stages (last round, s; extract includes start-up and "
                          "reading): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    if results.get("queries"):
        q = Table(title=f"queries: median ms of the first page (bar {QUERY_BAR_MS:g} ms); every row of the unbound "
                        "query (--all) for the record", title_justify="left")
        graphs = list(dict.fromkeys(r["graph"] for r in results["queries"]))
        q.add_column("query")
        for g in graphs:
            for how in ("bound", "unbound", "HTTP bound", "HTTP unbound", "every row"):
                q.add_column(f"{g} {how}", justify="right")
        by: dict = {}
        for r in results["queries"]:
            by.setdefault(r["query"], {})[r["graph"]] = r
        for name, cells in sorted(by.items()):
            row = [name]
            for g in graphs:
                r = cells.get(g, {})
                for key in ("bound_ms", "unbound_ms", "http_bound_ms", "http_unbound_ms"):
                    v = r.get(key)
                    row.append("—" if v is None else (f"{v:.1f}" if v <= QUERY_BAR_MS else f"[red]{v:,.0f}[/red]"))
                v = r.get("all_ms")  # not held to the bar: an export of everything
                row.append("—" if v is None else f"{v:,.0f} ({r['rows_all']:,} rows)")
            q.add_row(*row)
        console.print(q)


if __name__ == "__main__":
    main()

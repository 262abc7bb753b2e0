"""Benchmark: every query file in queries/, pyoxigraph (the store) against plain rdflib.

A benchmark, not a timed test.  For each ``queries/*.rq`` with the binding its header's
example uses, time the query (best of several runs, all rows read) on

* ``seed``: the seed build's graph (``--graph``, default ``out/graph.nt``) together with
  the hand-made fixture of ``tests/query_fixture.py``, so every query has rows to find
  even where the extraction does not yet emit that relation;
* ``x100``: that graph copied 99 more times under renamed IRIs (``kgr:copy7/agency/…``)
  and renamed labels (``区住建局·7``), so the bound name stays as selective as in the seed
  graph while the graph is 100 times larger.

rdflib runs ``Graph.query(text, initBindings=…)`` on an in-memory graph; pyoxigraph runs
:func:`kg.store.query.run_query` on an on-disk store opened read-only.  Row counts are checked
equal.  Also measured: the cost of the endpoint's worker pool per query, against running
in-process and against starting a fresh process per query.

Run: ``python3 benchmarks/bench_queries.py [--graph out/graph.nt] [--copies 100]``;
prints a table and writes ``out/bench_queries.json``.  ``benchmarks/run.py`` (the whole
benchmark) imports :func:`seed_graph`, :func:`scaled` and :func:`bench_store` (every query bound and
unbound, in-process and over HTTP) from here.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import rdflib  # noqa: E402
from rdflib.namespace import RDFS, SKOS  # noqa: E402

from kg.store.query import read_query, run_query  # noqa: E402
from kg.store.local import load_store, open_store  # noqa: E402

KGR = "https://w3id.org/kgnews/id/"


def example_bindings(text: str) -> dict[str, str]:
    """The ``--bind`` values of the header's ``Example:`` line."""
    m = re.search(r"^# Example: .*$", text, re.M)
    return dict(re.findall(r"--bind (\w+)=(\S+)", m.group(0))) if m else {}


def seed_graph(path: Path) -> rdflib.Graph:
    from query_fixture import fixture_graph

    g = fixture_graph()
    if path.is_file():
        g.parse(path)
    else:
        print(f"note: {path} not found; benchmarking the fixture alone", file=sys.stderr)
    return g


def scaled(g: rdflib.Graph, copies: int) -> rdflib.Graph:
    """``g`` plus ``copies - 1`` copies under renamed IRIs and labels."""
    big = rdflib.Graph()
    for t in g:
        big.add(t)
    for i in range(1, copies):
        def iri(node):
            if isinstance(node, rdflib.URIRef) and str(node).startswith(KGR):
                return rdflib.URIRef(f"{KGR}copy{i}/{str(node)[len(KGR):]}")
            return node

        for s, p, o in g:
            if p in (RDFS.label, SKOS.altLabel) and isinstance(o, rdflib.Literal):
                o = rdflib.Literal(f"{o}·{i}", lang=o.language, datatype=o.datatype)
            big.add((iri(s), p, iri(o)))
    return big


def best(fn, runs: int, budget: float | None = None) -> tuple[float, int]:
    """The fastest of ``runs`` calls (and the last call's row count); with ``budget``
    (seconds), stop early once the calls so far took that long (at least one call)."""
    times, n = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - started)
        if budget is not None and sum(times) >= budget:
            break
    return min(times), n


def best_or_timeout(fn, runs: int, timeout: float, budget: float | None = None) -> tuple[float, int] | None:
    """:func:`best` in a forked child that is killed after ``timeout`` seconds (``None``).

    For rdflib on the large graph, where one query can run for hours: a Python thread
    cannot be stopped, a forked process can, and it shares the graph without copying."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def target():
        try:
            send.send(("ok", best(fn, runs, budget)))
        except BaseException as err:  # noqa: BLE001 - reported in the parent
            send.send(("error", f"{type(err).__name__}: {err}"))

    proc = ctx.Process(target=target, daemon=True)
    proc.start()
    if receive.poll(timeout):
        status, value = receive.recv()
        proc.join()
        if status != "ok":
            raise RuntimeError(value)
        return value
    proc.kill()
    proc.join()
    return None


def bench_graph(label: str, g: rdflib.Graph, workdir: Path, rdflib_runs: int, ox_runs: int,
                log=lambda line: print(line, flush=True), *, rdflib_timeout: float | None = None,
                budget: float | None = None) -> list[dict]:
    """Every query on ``g``: pyoxigraph (a store loaded from ``g``) against rdflib; one row each.

    ``log`` gets one line per query as it finishes (``None``: quiet).  ``rdflib_timeout``
    (seconds): give up on an rdflib query after that long and report the ratio as a lower
    bound (``ratio_at_least``).  ``budget``: stop repeating a query once its runs took that
    many seconds."""
    store = open_store(load_store(g, workdir / f"store-{label}"))
    rows = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = read_query(path)
        bind = example_bindings(text)
        ox_s, ox_n = best(lambda: len(run_query(store, text, bind).rows), ox_runs, budget)
        init = {k: rdflib.Literal(v, lang="zh") for k, v in bind.items()}
        rdflib_fn = lambda: len(list(g.query(text, initBindings=init)))  # noqa: E731
        timed = (best(rdflib_fn, rdflib_runs, budget) if rdflib_timeout is None
                 else best_or_timeout(rdflib_fn, rdflib_runs, rdflib_timeout, budget))
        row = {"graph": label, "triples": len(g), "query": path.stem, "bindings": bind,
               "rows": ox_n, "pyoxigraph_ms": round(ox_s * 1000, 2)}
        if timed is None:
            row.update({"rows_rdflib": None, "rdflib_ms": None, "rdflib_timed_out_after_s": rdflib_timeout,
                        "ratio": None, "ratio_at_least": round(rdflib_timeout / ox_s, 1)})
            rdflib_text, ratio_text = f"> {rdflib_timeout:9.0f} s", f"> {rdflib_timeout / ox_s:6.1f}"
        else:
            rl_s, rl_n = timed
            row.update({"rows_rdflib": rl_n, "rdflib_ms": round(rl_s * 1000, 2), "ratio": round(rl_s / ox_s, 1)})
            rdflib_text, ratio_text = f"{rl_s * 1000:10.1f} ms", f"{rl_s / ox_s:8.1f}"
        rows.append(row)
        if log is not None:
            rl_n = row["rows_rdflib"]
            log(f"{label:5} {len(g):>8} {path.stem:20} rows {ox_n:>5}{'' if rl_n in (ox_n, None) else f'≠{rl_n}'}  "
                f"pyoxigraph {ox_s * 1000:9.2f} ms  rdflib {rdflib_text}  ×{ratio_text}")
    return rows


def _median_ms(fn, runs: int) -> tuple[float, int]:
    """Median milliseconds of ``runs`` calls of ``fn`` (which returns a row count), and the count."""
    times, n = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2), n


def bench_store(label: str, g: rdflib.Graph, workdir: Path, runs: int, log=None) -> list[dict]:
    """Every shipped query on a store loaded from ``g``, as a user runs it: with its example
    bindings and with none, in-process (:func:`kg.store.query.run_query`, the first page as
    ``kg query`` answers it) and over HTTP through ``kg serve``'s canned-query route
    (``/queries/NAME?var=value``, the first page).  One row per query; milliseconds are medians
    of ``runs``.  ``all_ms`` is every row of the unbound query (``kg query … --all``), one run."""
    import urllib.error
    import urllib.parse
    import urllib.request
    import threading
    from dataclasses import replace

    from kg.store.paging import Page, has_marker
    from kg.store.server import Settings, make_server

    store_dir = load_store(g, workdir / f"store-{label}")
    store = open_store(store_dir)
    settings = replace(Settings(), host="127.0.0.1", port=0, workers=1)
    server = make_server(store_dir, settings, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def http(path: str) -> int:
        try:
            with urllib.request.urlopen(base + path, timeout=120) as resp:
                resp.read()
                return resp.status
        except urllib.error.HTTPError as err:
            return err.code

    rows = []
    try:
        for path in sorted((ROOT / "queries").glob("*.rq")):
            text = read_query(path)
            bind = example_bindings(text)
            page = Page() if has_marker(text) else None
            row = {"graph": label, "triples": len(g), "query": path.stem, "bindings": bind,
                   "page_size": page.size if page else None}
            row["bound_ms"], row["rows_bound"] = _median_ms(
                lambda: len(run_query(store, text, bind, page=page).rows), runs)
            row["unbound_ms"], row["rows_unbound"] = _median_ms(
                lambda: len(run_query(store, text, {}, page=page).rows), runs)
            row["all_ms"], row["rows_all"] = _median_ms(lambda: len(run_query(store, text, {}).rows), 1)
            for key, params in (("http_bound_ms", bind), ("http_unbound_ms", {})):
                canned = f"/queries/{path.stem}?" + urllib.parse.urlencode(params)
                row[key], status = _median_ms(lambda: http(canned), runs)
                if status != 200:
                    row[key] = None
            rows.append(row)
            if log is not None:
                log(f"{label:5} {path.stem:20} bound {row['bound_ms']:9.2f} ms ({row['rows_bound']} rows)  "
                    f"unbound {row['unbound_ms']:9.2f} ms ({row['rows_unbound']} rows)  HTTP "
                    f"{row['http_bound_ms']} / {row['http_unbound_ms']} ms  every row {row['all_ms']:,.0f} ms "
                    f"({row['rows_all']} rows)")
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()
    return rows


def bench_pool(store_dir: Path, runs: int = 50) -> dict:
    """Per-query cost: in-process, through the worker pool, a fresh process per query."""
    from kg.store.server import QueryPool

    store = open_store(store_dir)
    inproc, _ = best(lambda: run_query(store, "ASK { ?s ?p ?o }").boolean, runs)
    with QueryPool(store_dir, workers=1, time_limit=30) as pool:
        pool.run("ASK {}")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            pool.run("ASK { ?s ?p ?o }")
            times.append(time.perf_counter() - started)
    code = ("import sys; from kg.store.query import run_query; from kg.store.local import open_store; "
            "print(run_query(open_store(sys.argv[1]), 'ASK { ?s ?p ?o }').boolean)")
    fresh = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(store_dir)], check=True, capture_output=True, cwd=ROOT)
        fresh.append(time.perf_counter() - started)
    return {"in_process_ms": round(inproc * 1000, 3), "pool_median_ms": round(statistics.median(times) * 1000, 3),
            "process_per_query_median_ms": round(statistics.median(fresh) * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "out" / "graph.nt", help="the seed build's graph")
    parser.add_argument("--copies", type=int, default=100, help="size of the large graph, in copies")
    parser.add_argument("--output", type=Path, default=ROOT / "out" / "bench_queries.json")
    parser.add_argument("--rdflib-timeout", type=float, default=None, metavar="SECONDS",
                        help="on the large graph, give up on an rdflib query after this long (ratio: a lower bound)")
    args = parser.parse_args()

    seed = seed_graph(args.graph)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        results = bench_graph("seed", seed, work, rdflib_runs=5, ox_runs=20)
        big = scaled(seed, args.copies)
        results += bench_graph(f"x{args.copies}", big, work, rdflib_runs=1, ox_runs=5,
                               rdflib_timeout=args.rdflib_timeout)
        pool = bench_pool(work / f"store-x{args.copies}")
    print(f"worker pool: in-process {pool['in_process_ms']} ms, through the pool {pool['pool_median_ms']} ms, "
          f"fresh process per query {pool['process_per_query_median_ms']} ms")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"queries": results, "pool": pool, "python": sys.version.split()[0],
                                       "rdflib": rdflib.__version__}, ensure_ascii=False, indent=1),
                           encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()

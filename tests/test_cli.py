"""Every command and option of the README's command table, run as documented (issue 16).

* **The table against ``--help``.**  Every option ``kg COMMAND --help`` lists is named in the
  first column of the README's command table (or listed in :data:`UNDOCUMENTED` with the
  reason), and every option the table names exists: the README and the CLI cannot drift.
* **Every row run.**  :data:`RUNS` invokes each row through click's CliRunner on the seeds
  (built once per session: ``conftest.seeds_build``), as a user would type it, and checks
  what it did; a run fails on any traceback.  A test checks that the runs, together, use
  every option the table documents, so the runs cannot drift from the table either.
* **Bad input** to each command is one line on stderr naming the file or value and the
  problem, and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = sorted((SHARED / "gold").glob("*.json"))
SCORER = SHARED / "tools" / "score.py"

#: (command, option) → why the README's table leaves it out.  Empty: the table names every option.
UNDOCUMENTED: dict[tuple[str, str], str] = {}
#: (command, option) the table documents before the command has it, and why.
PENDING: dict[tuple[str, str], str] = {}


# ---------------------------------------------------------------- the README table and --help

_OPTION = re.compile(r"(?<![\w/.-])(--?[A-Za-z][\w-]*)")


class Row(NamedTuple):
    command: str  # "" for the group itself (kg --version)
    synopsis: str  # the first column: the options it names are documented
    description: str


def readme_rows() -> list[Row]:
    """The rows of the table under ``## Commands``."""
    section = README.read_text(encoding="utf-8").split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `kg"):
            continue
        synopsis, description = (c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1])
        command = re.match(r"`kg(?: ([a-z][\w-]*))?", synopsis).group(1) or ""
        rows.append(Row(command, synopsis, description))
    return rows


def options_in(cell: str) -> set[str]:
    """Option names inside the cell's code spans (``-o``, ``--no-html``)."""
    return {name for span in re.findall(r"`([^`]*)`", cell) for name in _OPTION.findall(span.replace("\\|", "|"))}


def help_options(command: str) -> dict[str, str]:
    """Every option spelling ``kg [COMMAND] --help`` prints → that option's first long spelling."""
    result = CliRunner().invoke(cli, [command, "--help"] if command else ["--help"])
    assert result.exit_code == 0, result.output
    found: dict[str, str] = {}
    for line in result.output.split("\nOptions:\n", 1)[1].splitlines():
        if line and not line.startswith(" "):
            break  # the next section
        if not line.startswith("  -"):
            continue  # a wrapped help line, or the settings list below serve's options
        names = _OPTION.findall(line.strip().split("  ")[0])  # "-o, --output DIRECTORY", "--html / --no-html"
        long = next(n for n in names if n.startswith("--"))
        found.update({n: long for n in names})
    return found


COMMANDS = sorted(cli.commands)


def test_cli_help_parser_sees_every_option_click_has():
    # the parser above reads what a user reads; check it against click's own list, so it cannot miss one
    for command in ["", *COMMANDS]:
        params = (cli.commands[command] if command else cli).params
        expected = {o for p in params if not getattr(p, "hidden", False) for o in (*p.opts, *p.secondary_opts)
                    if o.startswith("-")}
        assert set(help_options(command)) == expected | {"-h", "--help"}, command


def test_readme_table_names_every_command():
    assert {row.command for row in readme_rows()} == {"", *COMMANDS}


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_readme_table_documents_every_option_of(command):
    spellings = help_options(command)
    rows = readme_rows()
    named = set().union(*(options_in(r.synopsis) for r in rows if r.command == command))
    named |= {o for o in options_in(next(r.synopsis for r in rows if r.command == "")) if o in spellings}  # --help
    documented = {spellings[o] for o in named if o in spellings}
    undocumented = {option for (c, option) in UNDOCUMENTED if c == command}
    assert undocumented <= set(spellings.values()) - documented, "UNDOCUMENTED lists an option that is gone or documented"
    assert set(spellings.values()) - documented - undocumented == set(), f"kg {command}: options missing from README"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_readme_table_names_only_options_that_exist(command):
    spellings = help_options(command)
    named = set().union(*(options_in(r.synopsis) | options_in(r.description) for r in readme_rows()
                          if r.command == command))
    pending = {option for (c, option) in PENDING if c == command}
    assert named - set(spellings) - pending == set(), f"kg {command}: the README names options it does not have"


# ---------------------------------------------------------------- every row, run


class Run(NamedTuple):
    id: str
    argv: tuple[str, ...]  # "{name}" parts are filled from the context (see `context`)
    check: Callable[[Result, dict], None]
    needs: tuple[str, ...] = ()  # "gold", "dask", "oxigraph", "benchmarks"
    cwd: str = "work"  # "work": a user's folder holding seeds/ and a copy of the build as out/; "root": the checkout
    xfail: str | None = None


def _rows(data: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data, newline="")))


def _same_graph(out: Path, ctx: dict) -> None:
    assert (out / "graph.ttl").read_bytes() == (ctx["out"] / "graph.ttl").read_bytes()


def _summary(out: Path) -> dict:
    return json.loads((out / "build.json").read_text(encoding="utf-8"))


def check_build_defaults_quiet(result: Result, ctx: dict) -> None:
    out = ctx["work"] / "out"  # default input seeds/ and output out/, in the current folder
    assert result.output == ""  # -q: no progress bar, no table
    _same_graph(out, ctx)
    assert not (out / "graph.html").exists() and not (out / "store").exists()
    assert _summary(out)["shacl_conforms"] is None  # --shacl none
    assert _summary(out)["workers"] == 1  # -j auto: the seeds (76 KB) are extracted in kg's own process


def check_build_workers_pyshacl(result: Result, ctx: dict) -> None:
    out = ctx["new"]
    _same_graph(out, ctx)
    assert (out / "graph.html").is_file() and (out / "store" / "CURRENT").is_file()
    summary = _summary(out)
    assert (summary["workers"], summary["shacl_engine"], summary["shacl_conforms"]) == (2, "pyshacl", True)
    assert f"kg build → {out}" in result.output and "conforms" in result.output


def check_build_workers_auto(result: Result, ctx: dict) -> None:
    _same_graph(ctx["new"], ctx)
    assert _summary(ctx["new"])["workers"] == 1  # below AUTO_MIN_BYTES


def check_build_update(result: Result, ctx: dict) -> None:
    out = ctx["work"] / "out"
    _same_graph(out, ctx)
    assert (_summary(out)["files"], _summary(out)["files_cached"]) == (5, 5)


def check_build_dask(result: Result, ctx: dict) -> None:
    _same_graph(ctx["new"], ctx)
    assert _summary(ctx["new"])["dask"] == ctx["dask"]


def check_eval_table(result: Result, ctx: dict) -> None:
    assert re.search(r"entity F1 \d\.\d{3} \(P \d\.\d{3} R \d\.\d{3}\)", result.output), result.output


def check_eval_json(result: Result, ctx: dict) -> None:
    report = json.loads(result.stdout)
    assert report["triples"] == _summary(ctx["out"])["triples"]


def check_benchmark(result: Result, ctx: dict) -> None:
    assert result.output.strip()


def check_query_entity_csv(result: Result, ctx: dict) -> None:
    rows = _rows(result.stdout)
    assert len(rows) == 3 and {r["entity"] for r in rows} == {str(_iri(ctx["alias_of"]))}
    assert result.stderr == "kg: result cut at 3 rows (--limit)\n"


def _iri(entity_id: str):
    from kg.graph.vocab import entity_iri

    return entity_iri(entity_id)


def check_query_count_json(result: Result, ctx: dict) -> None:
    (row,) = json.loads(result.stdout)["results"]["bindings"]
    assert int(row["n"]["value"]) == _summary(ctx["out"])["triples"]


def check_query_page(result: Result, ctx: dict) -> None:
    rows = _rows(result.stdout)
    assert len({(r["person"], r["relation"], r["body"]) for r in rows}) == 1  # a page of one edge, all its rows
    assert result.stderr == "kg: page 2 (1 edges a page); next: --page 3; every row: --all\n"


def check_query_all(result: Result, ctx: dict) -> None:
    edges = {(r["person"], r["relation"], r["body"]) for r in _rows(result.stdout)}
    summary = _summary(ctx["out"])["relations"]
    assert len(edges) == summary.get("leads", 0) + summary.get("memberOf", 0)
    assert result.stderr == ""


def check_serve_get_ask(result: Result, ctx: dict) -> None:
    assert json.loads(result.stdout)["boolean"] is True


def check_serve_get_page(result: Result, ctx: dict) -> None:
    assert result.output == (ctx["work"] / "out" / "graph.html").read_text(encoding="utf-8")


def check_show_default(result: Result, ctx: dict) -> None:
    page = Path(result.output.strip())
    assert page == Path("out") / "show" / f"{ctx['name']}.html"  # the name is letters only: kept as it is
    assert (ctx["work"] / page).is_file() and ctx["name"] in (ctx["work"] / page).read_text(encoding="utf-8")


def check_show_alias(result: Result, ctx: dict) -> None:
    page = ctx["new"] / "ego.html"
    assert result.output.strip() == str(page)
    data = re.search(r'id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S).group(1)
    assert json.loads(data)["focus"] == ctx["alias_of"] and json.loads(data)["hops"] == 2


def check_push_named(result: Result, ctx: dict) -> None:
    triples = len((ctx["out"] / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert result.output.startswith(f"pushed {ctx['out'] / 'graph.nt'} (")
    assert f"{triples:,} triples) into <https://example.org/graph/kg-test>" in result.output
    assert result.output.rstrip().endswith(f"the store counts {triples:,} triples there")


def check_push_default(result: Result, ctx: dict) -> None:
    triples = len((ctx["out"] / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert f"{triples:,} triples) into the default graph" in result.output
    assert ctx["oxigraph"].graph(None).__len__() == triples


def check_version(result: Result, ctx: dict) -> None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        expected = version("kg")
    except PackageNotFoundError:  # pragma: no cover - a checkout that was never installed
        pytest.skip("kg is not installed, so click cannot tell its version")
    assert result.output == f"kg, version {expected}\n"


def check_help(result: Result, ctx: dict) -> None:
    assert result.output.startswith("Usage: kg ") and "Options:" in result.output


RUNS = [
    Run("build-defaults-quiet", ("build", "--no-html", "--no-store", "--shacl", "none", "-q"), check_build_defaults_quiet),
    Run("build-workers-pyshacl", ("build", "{seeds}", "-o", "{new}", "--html", "--store", "-j", "2", "--shacl", "pyshacl"),
        check_build_workers_pyshacl),
    Run("build-workers-auto", ("build", "{seeds}", "-o", "{new}", "-j", "auto", "-q", "--no-html", "--no-store"),
        check_build_workers_auto),
    Run("build-update", ("build", "{seeds}", "-o", "{work}/out", "-u", "-q"), check_build_update),
    Run("build-dask", ("build", "{seeds}", "-o", "{new}", "--dask", "{dask}", "-q", "--no-html", "--no-store"),
        check_build_dask, needs=("dask",)),
    Run("eval-gold", ("eval", "{gold}", "-g", "{out}/graph.ttl", "--scorer", "{scorer}", "--show", "1"), check_eval_table,
        needs=("gold",)),
    Run("eval-gold-json", ("eval", "{gold}", "--json"), check_eval_json, needs=("gold",)),
    Run("eval-cluener-file", ("eval", "--cluener", "{cluener}"), check_benchmark),
    Run("eval-cluener-default", ("eval", "--cluener"), check_benchmark, needs=("benchmarks",), cwd="root"),
    Run("eval-cluener-show", ("eval", "--cluener", "{cluener}", "--show", "2"), check_benchmark),
    Run("eval-peoples-daily-file", ("eval", "--peoples-daily", "{peoples_daily}"), check_benchmark),
    Run("eval-peoples-daily-default", ("eval", "--peoples-daily"), check_benchmark, needs=("benchmarks",), cwd="root"),
    Run("query-file-bind-csv", ("query", "{root}/queries/entity.rq", "--bind", "name={alias}", "--format", "csv",
                                "--limit", "3"), check_query_entity_csv),
    Run("query-text-json", ("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-s", "{out}", "-f", "json"),
        check_query_count_json),
    Run("query-name-page", ("query", "leaders", "--page", "2", "--page-size", "1", "-s", "{out}", "-f", "csv"),
        check_query_page),
    Run("query-name-all", ("query", "leaders", "--all", "-s", "{out}", "-f", "csv"), check_query_all),
    Run("serve-get-sparql", ("serve", "-s", "{out}", "--get", "/sparql?query=ASK%7B%7D", "--accept",
                             "application/sparql-results+json", "--setting", "row_limit", "5"), check_serve_get_ask),
    Run("serve-get-page", ("serve", "--get", "/graph.html"), check_serve_get_page),
    Run("show-default", ("show", "{name}"), check_show_default),
    Run("show-alias-hops-output", ("show", "{alias}", "--hops", "2", "-d", "{out}", "-o", "{new}/ego.html"),
        check_show_alias),
    Run("push-named-graph", ("push", "{oxigraph_url}/store", "--graph-file", "{out}/graph.nt", "--graph",
                             "https://example.org/graph/kg-test", "--user", "kg", "--password", "secret",
                             "--verify-query", "{oxigraph_url}/query", "--timeout", "30"),
        check_push_named, needs=("oxigraph",)),
    Run("push-default-graph", ("push", "{oxigraph_url}/store", "--default-graph"), check_push_default,
        needs=("oxigraph",)),
    Run("version", ("--version",), check_version),
    Run("help", ("--help",), check_help),
    Run("command-help", ("show", "-h"), check_help),
]
#: Runs made by their own tests below (the shared build, a real server), for the coverage check.
OTHER_RUNS = [
    ("build", "{seeds}", "-o", "{out}"),
    ("serve", "-s", "{out}", "--host", "127.0.0.1", "-p", "0", "--setting", "time_limit", "5"),
]


def _entity_names(out: Path) -> tuple[str, str, str]:
    """A label kg show writes as it is, and an alias that names one entity (and that entity's id)."""
    rows = _rows((out / "entities.csv").read_text(encoding="utf-8-sig"))
    labels = [r["label"] for r in rows]
    owners: dict[str, list[str]] = {}
    for r in rows:
        for alias in filter(None, r["aliases"].split("|")):
            owners.setdefault(alias, []).append(r["id"])
    name = next(r["label"] for r in rows if r["label"].isalnum() and labels.count(r["label"]) == 1)
    alias = next(a for a, ids in sorted(owners.items()) if len(ids) == 1 and a not in labels)
    return name, alias, owners[alias][0]


@pytest.fixture
def context(seeds_build, tmp_path, request) -> dict:
    """What the runs' placeholders stand for; the test runs in ``work``, a user's folder."""
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "seeds")
    shutil.copytree(seeds_build.out, work / "out")
    name, alias, alias_of = _entity_names(seeds_build.out)
    cluener = tmp_path / "cluener.json"
    cluener.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"text": "张三在青岛市即墨区住房和城乡建设局工作。", "label": {"name": {"张三": [[0, 1]]},
                                                                    "government": {"青岛市即墨区住房和城乡建设局": [[3, 16]]}}},
        {"text": "青岛城市发展投资有限公司承建该项目。", "label": {"company": {"青岛城市发展投资有限公司": [[0, 11]]}}},
    ]) + "\n", encoding="utf-8")
    peoples_daily = tmp_path / "example.test"
    peoples_daily.write_text("".join(f"{ch} {tag}\n" for ch, tag in zip(
        "张三在青岛市工作。", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"])) + "\n", encoding="utf-8")
    return {"root": ROOT, "seeds": SEEDS, "out": seeds_build.out, "work": work, "new": tmp_path / "new",
            "scorer": SCORER, "name": name, "alias": alias, "alias_of": alias_of, "cluener": cluener,
            "peoples_daily": peoples_daily}


@pytest.fixture
def dask_scheduler():
    distributed = pytest.importorskip("distributed")
    # threads in this process (one worker, one thread): the cluster path of kg build without
    # starting more Python processes on a shared 2-core machine
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def oxigraph(tmp_path):
    from test_push import OXIGRAPH, Oxigraph

    if OXIGRAPH is None:
        pytest.skip("the `oxigraph` server executable is not on PATH (pip install oxigraph)")
    server = Oxigraph(tmp_path / "oxigraph")
    try:
        yield server
    finally:
        server.close()


def _fill(argv: tuple[str, ...], ctx: dict) -> list[str]:
    filled = []
    for part in argv:
        if part == "{gold}":
            filled += [str(g) for g in GOLD]
        else:
            # only known "{name}"s: SPARQL's own braces stay
            filled.append(re.sub(r"\{(\w+)\}", lambda m: str(ctx[m[1]]) if m[1] in ctx else m[0], part))
    return filled


def assert_no_traceback(result: Result, argv: list[str]) -> None:
    shown = f"kg {' '.join(argv)}\n{result.output}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        pytest.fail(shown + "".join(traceback.format_exception(result.exception)))
    assert "Traceback" not in result.output, shown
    assert result.exit_code == 0, shown


@pytest.mark.slow
@pytest.mark.parametrize("run", [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=False, reason=r.xfail)]
                                              if r.xfail else []) for r in RUNS])
def test_cli_runs_as_documented(run: Run, context, request, monkeypatch):
    if "gold" in run.needs and not (GOLD and SCORER.is_file()):
        pytest.skip("no gold files or scorer in ../shared")
    if "benchmarks" in run.needs and not (SHARED / "benchmarks").is_dir():
        pytest.skip("no ../shared/benchmarks")
    if "dask" in run.needs:
        context["dask"] = request.getfixturevalue("dask_scheduler")
    if "oxigraph" in run.needs:
        context["oxigraph"] = request.getfixturevalue("oxigraph")
        context["oxigraph_url"] = context["oxigraph"].base
    monkeypatch.chdir(ROOT if run.cwd == "root" else context["work"])
    argv = _fill(run.argv, context)
    result = CliRunner().invoke(cli, argv, prog_name="kg")
    assert_no_traceback(result, argv)
    run.check(result, context)


def test_cli_runs_use_every_documented_option():
    used: dict[str, set[str]] = {}
    for argv in [r.argv for r in RUNS] + OTHER_RUNS:
        command = "" if argv[0].startswith("-") else argv[0]
        spellings = help_options(command)
        used.setdefault(command, set()).update(spellings[a] for a in argv if a in spellings)
    for command in ["", *COMMANDS]:
        spellings = help_options(command)
        documented = {spellings[o] for r in readme_rows() if r.command == command for o in options_in(r.synopsis)
                      if o in spellings}
        assert documented - used.get(command, set()) - {"--help"} == set(), f"kg {command}: documented, never run"
    ran = {r.argv[0] for r in RUNS if not r.argv[0].startswith("-")} | {a[0] for a in OTHER_RUNS}
    assert ran == set(COMMANDS)


def test_cli_build_paths_and_output_folder(seeds_build):
    # the shared build is `kg build SEEDS -o OUT` through this CLI: every output, and the summary table
    out, result = seeds_build
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert {p.name for p in out.iterdir()} == {".kg-build.json", "build.json", "cache", "entities.csv", "graph.html",
                                                "graph.jsonld", "graph.nt", "graph.ttl", "investments.csv", "relations.csv", "store", "text"}
    assert f"kg build → {out}" in result.output


@pytest.mark.slow
def test_cli_serve_listens_answers_and_stops_on_ctrl_c(seeds_build):
    argv = _fill(OTHER_RUNS[1], {"out": seeds_build.out})
    proc = subprocess.Popen([sys.executable, "-m", "kg", *argv], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stderr.readline()  # "kg serve: SPARQL endpoint http://127.0.0.1:PORT/sparql, graph …"
        url = re.search(r"(http://127\.0\.0\.1:\d+/)sparql", line)
        assert url, line
        query = urllib.request.Request(url.group(1) + "sparql?query=ASK%7B%7D",
                                       headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(query, timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True
        with urllib.request.urlopen(url.group(1) + "graph.html", timeout=30) as response:
            assert response.read() == (seeds_build.out / "graph.html").read_bytes()
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0 and "Traceback" not in err, err


# ---------------------------------------------------------------- bad input: one line, no traceback


def _garbage_store(tmp: Path) -> Path:
    (tmp / "damaged" / "store").mkdir(parents=True)
    (tmp / "damaged" / "store" / "CURRENT").write_text("not RocksDB\n", encoding="utf-8")
    return tmp / "damaged"


def _bad_turtle(tmp: Path) -> Path:
    (tmp / "bad").mkdir()
    (tmp / "bad" / "graph.ttl").write_text("this is not turtle <<<\n", encoding="utf-8")
    return tmp / "bad"


def _bad_json(tmp: Path) -> Path:
    (tmp / "gold.json").write_text('{"text": ', encoding="utf-8")
    return tmp / "gold.json"


# (id, argv with {tmp}/{out}/{made:…} parts, the one line expected on stderr: a regular expression)
BAD_INPUT = [
    ("build-no-input", ("build", "{tmp}/nothing-here", "-o", "{tmp}/o"),
     r"kg: error: no input file found; .*nothing-here: no such file or folder"),
    ("build-output-cannot-be-made", ("build", "{seeds}", "-o", "/proc/kg-out"),
     r"kg: error: output folder /proc/kg-out: cannot write /proc/kg-out: No such file or directory"),
    ("build-output-is-input", ("build", "{seeds}", "-o", "{seeds}"), r"kg: error: output folder .* is the input .*"),
    ("show-no-build", ("show", "甲局", "-d", "{tmp}/none"), r"kg: error: .*none/graph.ttl: no graph; run kg build first"),
    ("show-bad-graph", ("show", "甲局", "-d", "{made:bad_turtle}"),
     r"kg: error: .*bad/graph.ttl: not a Turtle graph kg can read \(at line 1 .*\); run kg build again"),
    ("show-unknown-name", ("show", "没有这个实体", "-d", "{out}"), r"kg: error: no entity named '没有这个实体' in the graph.*"),
    ("show-page-cannot-be-written", ("show", "{name}", "-d", "{out}", "-o", "/proc/kg/page.html"),
     r"kg: error: /proc/kg/page.html: cannot write the page: No such file or directory"),
    ("eval-no-graph", ("eval", "{gold}", "-g", "{tmp}/none.ttl"), r"kg: error: .*none.ttl: no graph to score; .*"),
    ("eval-bad-graph", ("eval", "{gold}", "-g", "{made:bad_turtle}/graph.ttl"),
     r"kg: error: .*bad/graph.ttl: not a Turtle graph the scorer can read \(at line 1 .*\)"),
    ("eval-bad-gold", ("eval", "{made:bad_json}", "-g", "{out}/graph.ttl"),
     r"kg: error: .*gold.json: not a gold annotation file \(JSON\): Expecting value: .*"),
    ("eval-no-scorer", ("eval", "{gold}", "-g", "{out}/graph.ttl", "--scorer", "{tmp}/none.py"),
     r"kg: error: .*none.py: no such scorer script"),
    ("query-no-build", ("query", "ASK {}", "-s", "{tmp}/none"), r"kg: error: .*none: no SPARQL store here .*"),
    ("query-damaged-store", ("query", "ASK {}", "-s", "{made:garbage_store}"),
     r"kg: error: .*damaged/store: cannot open the SPARQL store: .*; run `kg build` again"),
    ("query-no-file", ("query", "{tmp}/none.rq", "-s", "{out}"), r"kg: error: .*none.rq: no such query file"),
    ("query-syntax", ("query", "SELEC ?x", "-s", "{out}"), r"kg: error: SPARQL syntax error: .*"),
    ("query-update", ("query", "INSERT DATA { <a:b> <a:c> <a:d> }", "-s", "{out}"),
     r"kg: error: SPARQL Update \(INSERT\) is refused: the store is read-only"),
    ("query-bad-bind", ("query", "ASK {}", "-s", "{out}", "--bind", "noequals"),
     r"kg: error: --bind 'noequals': expected NAME=VALUE, .*"),
    ("serve-damaged-store", ("serve", "-s", "{made:garbage_store}", "-p", "0"),
     r"kg: error: .*damaged/store: cannot open the SPARQL store: .*"),
    ("serve-bad-setting", ("serve", "-s", "{out}", "--setting", "time_limt", "3", "--get", "/"),
     r"kg: error: unknown setting 'time_limt'; valid: host, port, time_limit, row_limit, page_size, workers, max_body"),
    ("push-no-build", ("push", "http://127.0.0.1:9/store", "--graph-file", "{tmp}/none.nt"),
     r"kg: error: .*none.nt: no such graph file to push.*"),
    ("push-refused", ("push", "http://127.0.0.1:9/store", "--graph-file", "{out}/graph.nt", "--timeout", "5"),
     r"kg: error: PUT http://127.0.0.1:9/store\?graph=.*: connection refused .*"),
    ("push-not-a-url", ("push", "not-a-url", "--graph-file", "{out}/graph.nt"),
     r"kg: error: not-a-url: not an http:// or https:// URL with a host"),
]


@pytest.mark.parametrize("argv,expected", [pytest.param(a, e, id=i) for i, a, e in BAD_INPUT])
def test_cli_bad_input_is_one_line(argv, expected, seeds_build, tmp_path):
    if ("{gold}" in argv or argv[0] == "eval") and not (GOLD and SCORER.is_file()):
        pytest.skip("no gold files or scorer in ../shared")  # kg eval first looks for the scorer
    makers = {"bad_turtle": _bad_turtle, "bad_json": _bad_json, "garbage_store": _garbage_store}
    ctx = {"tmp": tmp_path, "seeds": SEEDS, "out": seeds_build.out, "name": _entity_names(seeds_build.out)[0]}
    # "{made:bad_turtle}/graph.ttl": the folder a maker made, then the rest of the part
    filled = [f"{makers[p[6:p.index('}')]](tmp_path)}{p[p.index('}') + 1:]}" if p.startswith("{made:") else p
              for p in argv]
    result = CliRunner().invoke(cli, _fill(tuple(filled), ctx))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.stdout == ""
    assert re.fullmatch(expected, result.stderr.rstrip("\n")), result.stderr


@pytest.mark.parametrize("value", ["0", "-3", "two", ""])
def test_cli_build_workers_must_be_a_count_or_auto(value, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path / "o"), "-j", value])
    assert result.exit_code == 2  # click's usage error, before anything is read or made
    assert result.stderr.rstrip("\n").splitlines()[-1] == (
        f"Error: Invalid value for '-j' / '--workers': {value!r} is neither a number of processes (1 or more) nor 'auto'")
    assert not (tmp_path / "o").exists()

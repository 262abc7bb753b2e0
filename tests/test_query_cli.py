"""``kg query`` and ``kg serve --get`` through the click CLI, on the fixture store (and, slow, on the seeds)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from wcwidth import wcswidth

from kg.cli import cli
from kg.store.local import load_store, open_store
from query_fixture import fixture_graph

ROOT = Path(__file__).resolve().parents[1]
FUNDED = str(ROOT / "queries" / "projects_funded_by.rq")


@pytest.fixture(scope="module")
def outdir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    load_store(fixture_graph(), out / "store")
    return out


def kg(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_query_cli_projects_funded_by_shared_alias(outdir):
    result = kg("query", FUNDED, "--bind", "name=区住建局", "-s", str(outdir))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-1] == "3 rows"
    village = next(line for line in lines if "城中村改造" in line)
    assert "即墨区住房和城乡建设局" in village and "79.4亿元" in village and "专项借款" in village
    assert any("西海岸新区住房和城乡建设局" in line and "老旧小区改造" in line for line in lines)
    # columns line up by display width: the separator row is as wide as the widest row
    assert wcswidth(lines[1]) >= max(wcswidth(line) for line in lines[2:-1]) - 80


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_cli_formats(outdir, fmt):
    result = kg("query", FUNDED, "-b", "name=区住建局", "-f", fmt, "-s", str(outdir))
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert {r["projectLabel"] for r in csv.DictReader(io.StringIO(result.output))} == {
            "城中村改造", "棚户区改造", "老旧小区改造"}
    elif fmt == "tsv":
        assert result.output.splitlines()[0].startswith("?name\t?funder")
    else:
        assert len(json.loads(result.output)["results"]["bindings"]) == 3


@pytest.mark.parametrize("value", ['x" } UNION { ?s ?p ?o } #', "}", "a\nb } UNION {", "'; DROP ALL"])
def test_query_cli_hostile_bind_matches_nothing_changes_nothing(outdir, value):
    before = len(open_store(outdir))
    result = kg("query", FUNDED, "--bind", f"name={value}", "-s", str(outdir))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "0 rows"
    assert len(open_store(outdir)) == before


def test_query_cli_sparql_text_with_default_prefixes_and_limit(outdir):
    result = kg("query", "SELECT ?p WHERE { ?p a kg:Place } ORDER BY ?p", "--limit", "2", "-s", str(outdir))
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "2 rows (cut at the row limit of 2; more exist)"


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE { ?s ?p }"], "SPARQL syntax error"),
    (["INSERT DATA { <http://a> <http://b> <http://c> }"], "refused"),
    (["queries/nope.rq"], "no such query file"),
    ([FUNDED, "--bind", "name"], "NAME=VALUE"),
    ([FUNDED, "--bind", "nmae=x"], "?name"),
])
def test_query_cli_errors_are_one_line(outdir, args, message):
    result = CliRunner().invoke(cli, ["query", *args, "-s", str(outdir)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_query_cli_no_build_yet(tmp_path):
    result = CliRunner().invoke(cli, ["query", FUNDED, "-s", str(tmp_path)])
    assert result.exit_code == 1 and "run `kg build` first" in result.output


def test_serve_cli_get_answers_one_request(outdir):
    result = kg("serve", "-s", str(outdir), "--get", "/sparql?query=ASK%7B%3Fs%20kg%3Afunds%20%3Fo%7D")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"head": {}, "boolean": True}
    refused = CliRunner().invoke(cli, ["serve", "-s", str(outdir), "--get", "/sparql?update=CLEAR%20ALL"])
    assert refused.exit_code == 1 and "read-only" in refused.output


def test_serve_cli_help_documents_every_setting():
    from kg.store.server import SETTINGS

    text = kg("serve", "--help").output
    for setting in SETTINGS:
        assert setting.name in text
    assert "127.0.0.1" in text


def test_serve_cli_bad_setting_is_one_line(outdir):
    result = CliRunner().invoke(cli, ["serve", "-s", str(outdir), "--setting", "time_limt", "3", "--get", "/"])
    assert result.exit_code == 1 and "valid: host, port, time_limit" in result.output


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("kg.ingest.articles") is None, reason="kg build is not complete yet")
def test_query_cli_seeds_end_to_end(seeds_build):
    """Done when: on the seeds, 区住建局 lists 即墨's 城中村改造 (79.4亿元) apart from 西海岸新区's agency."""
    out = seeds_build.out
    funds = kg("query", "ASK { ?s kg:funds ?o }", "-f", "json", "-s", str(out))
    if not json.loads(funds.output)["boolean"]:
        pytest.skip("the build extracts no kg:funds edges yet (relations stage)")
    result = kg("query", FUNDED, "--bind", "name=区住建局", "-f", "json", "-s", str(out))
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(result.output)["results"]["bindings"]]
    village = [r for r in rows if "城中村改造" in r["projectLabel"]]
    assert village, rows
    assert {r["funderLabel"] for r in village} == {"即墨区住房和城乡建设局"}
    assert any(r.get("amountText") == "79.4亿元" or float(r.get("amount", 0)) == 7.94e9 for r in village)
    assert all(r["source"].startswith("000_") for r in village if "source" in r)
    assert all(r["funder"] != r2["funder"] for r in village for r2 in rows if "西海岸" in r2["funderLabel"])


# ---------------------------------------------------------------- pages and shipped queries by name


@pytest.fixture(scope="module")
def big_outdir(tmp_path_factory) -> Path:
    """The fixture 30 times over (renamed copies), so unbound shipped queries have several pages."""
    from test_paging import copies

    out = tmp_path_factory.mktemp("big")
    load_store(copies(fixture_graph(), 30), out / "store")
    return out


def test_query_cli_shipped_query_by_name_pages_and_says_so(big_outdir):
    runner = CliRunner()
    first = runner.invoke(cli, ["query", "leaders", "-f", "csv", "-s", str(big_outdir)])
    assert first.exit_code == 0, first.output
    rows = list(csv.DictReader(io.StringIO(first.stdout)))
    assert len(rows) == 20  # 20 edges a page, one row each
    assert first.stderr == "kg: page 1 (20 edges a page); next: --page 2; every row: --all\n"
    everything = runner.invoke(cli, ["query", "leaders", "-f", "csv", "--all", "-s", str(big_outdir)])
    assert len(list(csv.DictReader(io.StringIO(everything.stdout)))) == 60 and everything.stderr == ""
    pages = []
    for n in (1, 2, 3):
        done = runner.invoke(cli, ["query", "leaders", "-f", "csv", "--page", str(n), "-s", str(big_outdir)])
        pages += list(csv.DictReader(io.StringIO(done.stdout)))
    assert done.stderr == ""  # the last page: no next page to point to
    assert sorted(map(repr, pages)) == sorted(map(repr, csv.DictReader(io.StringIO(everything.stdout))))
    past = runner.invoke(cli, ["query", "leaders", "--page", "9", "-s", str(big_outdir)])
    assert past.stdout.splitlines()[-1] == "0 rows" and "past the last page" in past.stderr


def test_query_cli_page_size_and_rows_queries(big_outdir):
    runner = CliRunner()
    done = runner.invoke(cli, ["query", "entity", "--page-size", "2", "-f", "json", "-s", str(big_outdir)])
    entities = {b["entity"]["value"] for b in json.loads(done.stdout)["results"]["bindings"]}
    assert len(entities) == 2 and "(2 entities a page); next: --page 2" in done.stderr
    text = runner.invoke(cli, ["query", "SELECT ?s WHERE { ?s a kg:Place }", "--page", "2", "--page-size", "7",
                               "-f", "csv", "-s", str(big_outdir)])
    assert len(text.stdout.splitlines()) == 8 and "(7 rows a page); next: --page 3" in text.stderr
    whole = runner.invoke(cli, ["query", "SELECT ?s WHERE { ?s a kg:Place }", "-f", "csv", "-s", str(big_outdir)])
    assert len(whole.stdout.splitlines()) == 1 + 5 * 30 and whole.stderr == ""  # text without --page: every row


@pytest.mark.parametrize("args, message", [
    (["leaders", "--all", "--page", "2"], "--all or --page"),
    (["leaderz"], "no shipped query named 'leaderz'; shipped: articles_by_date, awards, entity"),
    (["leaders", "--page", "0"], "--page"),
])
def test_query_cli_page_errors(outdir, args, message):
    result = CliRunner().invoke(cli, ["query", *args, "-s", str(outdir)])
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


def test_query_cli_readme_commands_run(outdir, monkeypatch):
    """Every `kg query …` command the README shows runs on the fixture store and finds rows."""
    import re
    import shlex

    monkeypatch.chdir(ROOT)  # the README's paths (queries/…) are from the checkout's root
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [re.split(r"\s#|[>|]", line)[0].strip() for line in readme.splitlines()
                if re.match(r"\s*kg query \S", line) and "…" not in line and "FILE" not in line]
    assert len(commands) >= 2
    for command in commands:
        args = shlex.split(command)[2:]
        result = CliRunner().invoke(cli, ["query", *args, "-s", str(outdir)], catch_exceptions=False)
        assert result.exit_code == 0, (command, result.output)
        if "--page" not in args:  # a later page of the small fixture may be empty; a first one is not
            assert result.stdout.strip() and not result.stdout.endswith("0 rows\n"), command


def test_serve_cli_get_canned_query(outdir):
    result = kg("serve", "-s", str(outdir), "--get", "/queries/entity?name=%E8%96%9B%E5%B0%91%E5%8D%8E&_format=csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["field"], r["value"]) for r in rows} >= {("type", "Official"), ("label", "薛少华"),
                                                        ("→ leads", "西海岸新区住房和城乡建设局")}

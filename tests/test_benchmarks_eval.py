"""``kg eval --cluener`` and ``kg eval --peoples-daily`` through the command line, on small files written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.eval.benchmarks import read_cluener, read_peoples_daily

CLUENER_LINES = [
    {"text": "青岛市城市管理局局长王小明来到即墨区。",
     "label": {"government": {"青岛市城市管理局": [[0, 7]]}, "name": {"王小明": [[10, 12]]},
               "address": {"即墨区": [[15, 17]]}, "position": {"局长": [[8, 9]]}}},
    {"text": "赛轮集团有限公司在青岛。", "label": {"company": {"赛轮集团有限公司": [[0, 7]]}}},
]


def _peoples_daily(sentences: list[list[tuple[str, str]]]) -> str:
    return "\n\n".join("\n".join(f"{ch} {tag}" for ch, tag in s) for s in sentences) + "\n"


PD_SENTENCES = [
    [(c, t) for c, t in zip("青岛市城市管理局局长王小明来到即墨区。",
                            ["B-ORG"] + ["I-ORG"] * 7 + ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O",
                                                          "B-LOC", "I-LOC", "I-LOC", "O"])],
]


@pytest.fixture()
def cluener_file(tmp_path):
    path = tmp_path / "dev.json"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in CLUENER_LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def pd_file(tmp_path):
    path = tmp_path / "example.test"
    path.write_text(_peoples_daily(PD_SENTENCES), encoding="utf-8")
    return path


def test_benchmarks_read_cluener_maps_labels(cluener_file):
    assert read_cluener(cluener_file) == [
        (CLUENER_LINES[0]["text"], {(0, 8, "government"), (10, 13, "name"), (15, 18, "address+scene")}),
        (CLUENER_LINES[1]["text"], {(0, 8, "company")}),
    ]


def test_benchmarks_read_peoples_daily(pd_file):
    assert read_peoples_daily(pd_file) == [
        ("青岛市城市管理局局长王小明来到即墨区。", {(0, 8, "ORG"), (10, 13, "PER"), (15, 18, "LOC")}),
    ]


def test_benchmarks_cli_cluener_json(cluener_file):
    result = CliRunner().invoke(cli, ["eval", "--cluener", str(cluener_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["labels"]) == {"name", "government", "company", "organization", "address+scene"}
    assert set(report["micro"]) >= {"p", "r", "f1"}
    # the rules alone know these four: the agency, the official after his title, the district, the company
    assert report["micro"]["tp"] == 4 and report["micro"]["fn"] == 0
    assert report["sentences"] == 2


def test_benchmarks_cli_peoples_daily_json(pd_file):
    result = CliRunner().invoke(cli, ["eval", "--peoples-daily", str(pd_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["labels"]) == {"PER", "LOC", "ORG"}
    assert report["labels"]["PER"]["tp"] == 1 and report["labels"]["LOC"]["tp"] == 1
    assert report["labels"]["ORG"]["tp"] == 1
    assert report["micro"]["f1"] == 1.0


def test_benchmarks_cli_table(pd_file):
    result = CliRunner().invoke(cli, ["eval", "--peoples-daily", str(pd_file)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output and "PER" in result.output


def test_benchmarks_cli_show_lists_missed_and_spurious_spans(tmp_path):
    # gold that marks only 即墨 of 即墨区: kg's 即墨区 is spurious, the gold's 即墨 missed
    path = tmp_path / "example.test"
    tags = ["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O", "O"]
    path.write_text(_peoples_daily([list(zip("王小明来到即墨区。", tags))]), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--peoples-daily", str(path), "--show", "5", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["errors"] == {
        "PER": {"missed": [], "spurious": []},
        "LOC": {"missed": [{"span": "即墨", "context": "王小明来到即墨区。", "kg_type": None}],
                "spurious": [{"span": "即墨区", "context": "王小明来到即墨区。", "kg_type": "Place"}]},
        "ORG": {"missed": [], "spurious": []},
    }
    table = CliRunner().invoke(cli, ["eval", "--peoples-daily", str(path), "--show", "5"]).output.splitlines()
    assert table[-6:] == ["", "missed LOC (first 1):", "  即墨  …王小明来到即墨区。…",
                          "", "spurious LOC (first 1):", "  即墨区 [kg: Place]  …王小明来到即墨区。…"]
    # without --show the table alone, as scripts read it
    plain = CliRunner().invoke(cli, ["eval", "--peoples-daily", str(path)]).output.splitlines()
    assert len(plain) == 6 and plain[-1].startswith("micro")


@pytest.mark.parametrize(
    "option, content, message",
    [
        ("--cluener", "{not json\n", "dev.txt:1: not a CLUENER2020 line (invalid JSON"),
        ("--cluener", '{"label": {}}\n', "dev.txt:1: not a CLUENER2020 line (no 'text')"),
        ("--cluener", '{"text": "甲乙", "label": {"name": {"甲乙": [[0, 0]]}}}\n', "not '甲乙'"),
        ("--peoples-daily", "北 B-LOC\n京\n", "dev.txt:2: not a People's Daily line"),
        ("--peoples-daily", "北 X-LOC\n", "dev.txt:1: not a People's Daily line"),
    ],
)
def test_benchmarks_cli_malformed_file_is_one_line(tmp_path, option, content, message):
    path = tmp_path / "dev.txt"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", option, str(path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0], result.output


@pytest.mark.parametrize("option", ["--cluener", "--peoples-daily"])
def test_benchmarks_cli_missing_file(tmp_path, option):
    result = CliRunner().invoke(cli, ["eval", option, str(tmp_path / "absent.json")])
    assert result.exit_code == 1
    assert result.output.strip() == f"kg: error: {tmp_path / 'absent.json'}: no such file"

"""Shared fixtures: paths to the seeds and the shared gold, pipelines built once per session."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = sorted((SHARED / "gold").glob("*.json"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@dataclass(frozen=True)
class SeedsBuild:
    """One ``kg build`` of the seeds: its output folder and what the command printed."""

    out: Path
    output: str


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> SeedsBuild:
    """The seeds built once per session by ``kg build`` with every output (HTML, store, SHACL).

    Shared by every test that reads a build of the seeds; they only read the folder.  A test
    that needs a build of its own (other options, determinism) still makes one.
    """
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("seeds_build") / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return SeedsBuild(out, result.output)


@pytest.fixture(scope="session")
def gold_files() -> list[Path]:
    if not GOLD:
        pytest.skip("no gold files in ../shared/gold")
    return GOLD


@pytest.fixture(scope="session")
def nlp_sentences():
    """A blank jieba pipeline with only the sentence splitter."""
    import jieba
    import spacy

    import kg.nlp.sentences  # noqa: F401

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("kg_sentencizer")
    return nlp


@pytest.fixture(scope="session")
def nlp_full():
    """The whole kg pipeline, built once."""
    from kg.nlp.pipeline import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def outputs_across_hash_seeds():
    """``run(script)``: the set of what ``python -c script`` prints under three hash seeds
    (one element when the output does not depend on the seed)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]

    def run(script: str, seeds: tuple[str, ...] = ("0", "1", "4242")) -> set[str]:
        printed = set()
        for seed in seeds:
            env = {**os.environ, "PYTHONHASHSEED": seed}
            done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True,
                                  check=True)
            printed.add(done.stdout)
        return printed

    return run

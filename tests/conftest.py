"""Shared fixtures: paths to the seeds and the shared gold, pipelines built once per session."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

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


@pytest.fixture(scope="session")
def gold_files() -> list[Path]:
    if not GOLD:
        pytest.skip("no gold files in ../shared/gold")
    return GOLD


class SeedsBuild(NamedTuple):
    out: Path  # the output folder: read it, copy it, never write into it
    result: object  # click's Result of `kg build SEEDS -o OUT`: output, stderr, exit_code


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> SeedsBuild:
    """``kg build seeds -o OUT`` run once per session through the command line, every output on.

    Tests share the folder: they read it, or copy it before writing (``kg show`` pages, ``--update``).
    """
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("seeds-build") / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return SeedsBuild(out, result)


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
def nlp_entities():
    """The entity recogniser alone: its candidate sources and ``kg_entities``, built once."""
    from kg.nlp.pipeline import ENTITY_PIPES, make_nlp

    return make_nlp(pipes=ENTITY_PIPES)


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


@pytest.fixture(scope="session")
def page_of_5000_nodes(tmp_path_factory):
    """``(graph, path)``: the explorer page of 5,000 synthetic entities, written once (its
    layout takes seconds); the tests that read it share an xdist group, so one worker writes it."""
    from test_html import synthetic_graph

    from kg.exports import html as kg_html

    G = synthetic_graph()
    return G, kg_html.write_html(G, tmp_path_factory.mktemp("big") / "big.html")

"""Shared fixtures: paths to the seeds and the shared gold, pipelines built once per session."""

from __future__ import annotations

import logging
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

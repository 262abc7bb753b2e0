"""Speed of the ``kg_ner`` tagger against ``jieba.lcut`` on the same text, one process, one core.

    python3 training/speed.py                    # seeds' articles × 8, best of 5 interleaved rounds
    python3 training/speed.py --build 40         # also: a kg build of the seeds × 40, the tagger's share
    python3 training/speed.py --spacy DIR        # also: a spaCy pipeline (e.g. a trained `ner`) on the same Docs

The text is the seeds' articles (as ``kg build`` cuts them).  jieba's dictionary and the
model are loaded before any clock starts.  Rounds alternate (jieba, model, jieba, model …)
and the best round of each is kept, so a busy machine slows both alike.  The model's time
includes its features from the words jieba gave (as in the pipeline, where the tokenizer
has already cut the text) but not the cutting itself.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def articles(copies: int) -> list[str]:
    from kg.ingest.articles import split_articles
    from kg.ingest.sources import discover, read_source

    files, _ = discover([ROOT / "seeds"])
    texts = [a.text for f in files for a in split_articles(read_source(f.path, f.name))]
    return texts * copies


def best_of(rounds: int, *runs):
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for k, run in enumerate(runs):
            t0 = time.perf_counter()
            run()
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=8, help="copies of the seeds' articles to time")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--build", type=int, default=0, metavar="N", help="profile a build of the seeds × N")
    parser.add_argument("--spacy", type=Path, default=None, help="a spaCy pipeline folder to time as well")
    args = parser.parse_args(argv)

    import jieba

    from kg.nlp.model.tagger import NameTagger
    from kg.nlp.model.component import shipped_model_path
    from training.train import jieba_words

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    texts = articles(args.copies)
    chars = sum(map(len, texts))
    tagger = NameTagger.from_disk(shipped_model_path())
    items = [(t, *jieba_words(t)) for t in texts]

    def run_jieba():
        for t in texts:
            jieba.lcut(t)

    def run_model():
        for k in range(0, len(items), 32):
            tagger.predict(items[k : k + 32])

    runs = [run_jieba, run_model]
    if args.spacy:
        import spacy

        nlp = spacy.load(args.spacy)
        runs.append(lambda: list(nlp.pipe(texts, batch_size=32)))
    times = best_of(args.rounds, *runs)
    print(f"{chars:,} characters in {len(texts):,} articles")
    print(f"jieba.lcut  {chars / times[0]:>12,.0f} chars/s")
    print(f"kg_ner      {chars / times[1]:>12,.0f} chars/s  ({times[0] / times[1]:.2f}× jieba)")
    if args.spacy:
        print(f"spaCy       {chars / times[2]:>12,.0f} chars/s  ({times[0] / times[2]:.2f}× jieba)")

    if args.build:
        from kg.run.build import build

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            for k in range(args.build):
                for f in sorted((ROOT / "seeds").glob("*.txt")):
                    shutil.copy(f, corpus / f"{k:03d}_{f.name}")
            build([ROOT / "seeds"], Path(tmp) / "warm", html=False, store=False)  # imports, pipeline
            prof = cProfile.Profile()
            t0 = time.perf_counter()
            prof.enable()
            build([corpus], Path(tmp) / "out")
            prof.disable()
            total = time.perf_counter() - t0
        stats = pstats.Stats(prof)
        ner = sum(v[3] for k, v in stats.stats.items() if k[2] == "predict" and k[0].endswith("component.py"))
        print(f"build of the seeds × {args.build}: {total:.1f} s under the profiler; kg_ner {ner:.2f} s "
              f"({100 * ner / total:.1f} %)")


if __name__ == "__main__":
    main()

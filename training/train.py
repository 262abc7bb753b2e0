"""Train the ``kg_ner`` tagger shipped in ``kg/data/models/kg_ner/``.

    python3 training/train.py                       # the shipped model, from training/config.json
    python3 training/train.py --holdout 10          # keep every 10th sentence out, report F1 per epoch
    python3 training/train.py --out /tmp/m          # write elsewhere

The learner is an averaged structured perceptron (Collins 2002) over the features of
:mod:`kg.nlp.model.features`, in mini-batches: each batch is decoded with the current
weights by the same Viterbi the component uses, and for each character whose predicted
tag is wrong the rows of its features gain on the gold tag and lose on the predicted one
(transitions likewise).  The average of the weights over all updates is what is saved
(the usual trick: ``w_avg = w - u / c`` with ``u`` the updates weighted by their time
``c``).  Sentences are shuffled each epoch by a seeded generator, every operation is
deterministic integer or float32 numpy, so the same config on the same data gives the
same files, byte for byte.

Training data (config ``data``): CLUENER2020 train (Xu et al. 2020, arXiv:2001.04351;
no licence stated), labels mapped by ``label_map``; labels not mapped (book, game, movie,
position) are left untagged.  Never pass a file kept for measuring (the devset, CLUENER
dev or test, People's Daily, the seeds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.nlp.model.decode import TagScheme, clauses, viterbi  # noqa: E402
from kg.nlp.model.features import Featurizer, LanguageData, codes_of  # noqa: E402
from kg.nlp.model.tagger import NameTagger  # noqa: E402

DEFAULT_CONFIG = ROOT / "training" / "config.json"
DEFAULT_OUT = ROOT / "kg" / "data" / "models" / "kg_ner"
#: files kept for measuring: refused as training data whatever the config says
FORBIDDEN = ("devset", "dev.json", "test.json", "peoples_daily", "seeds", "gold", "xinwen", "cctv")


def read_cluener(path: Path, label_map: dict[str, str], silver=None) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences and their names ``(start, end, label)`` (end exclusive), overlaps dropped (longer kept).

    ``silver``: a :class:`training.silver.PlaceSilver` adding places the gold leaves out."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            item = json.loads(line)
            spans, covered = [], []
            for label, surfaces in item.get("label", {}).items():
                for positions in surfaces.values():
                    for s, e in positions:
                        covered.append((s, e + 1))
                        if label in label_map:
                            spans.append((s, e + 1, label_map[label]))
            if silver is not None:
                spans += silver.spans(item["text"], *jieba_words(item["text"]), covered)
            spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
            kept: list[tuple[int, int, str]] = []
            for s, e, label in spans:
                if all(e <= a or b <= s for a, b, _ in kept):
                    kept.append((s, e, label))
            out.append((item["text"], sorted(kept)))
    return out


def jieba_words(text: str) -> tuple[list[int], list[int]]:
    """jieba's words as the pipeline's tokenizer cuts them (accurate mode, HMM on)."""
    import jieba

    starts, ends, pos = [], [], 0
    for w in jieba.dt.cut(text, cut_all=False, HMM=True):
        starts.append(pos)
        pos += len(w)
        ends.append(pos)
    return starts, ends


class Corpus:
    """Feature rows, gold tags and clauses of a list of sentences, concatenated."""

    def __init__(self, sentences, featurizer: Featurizer, scheme: TagScheme) -> None:
        rows, gold, segs, bounds = [], [], [], [0]
        items = [(text, *jieba_words(text)) for text, _ in sentences]
        for k in range(0, len(items), 256):  # as the pipeline computes them: texts in batches
            rows.append(featurizer.rows_batch(items[k : k + 256])[0].astype(np.int32))
        for text, spans in sentences:
            gold.append(scheme.encode(len(text), spans))
            segs.append(clauses(codes_of(text)))
            bounds.append(bounds[-1] + len(text))
        self.rows = np.concatenate(rows)
        self.gold = np.concatenate(gold)
        self.bounds = np.asarray(bounds)
        self.segs = segs  # per sentence, sentence offsets
        self.sentences = sentences

    def batch(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions (into the corpus) and clauses (batch offsets) of the sentences ``ids``."""
        pos, segs, at = [], [], 0
        for k in ids.tolist():
            a, b = self.bounds[k], self.bounds[k + 1]
            pos.append(np.arange(a, b))
            segs.append(self.segs[k] + at)
            at += b - a
        return np.concatenate(pos), np.concatenate(segs) if segs else np.zeros((0, 2), dtype=np.int64)


class Perceptron:
    """Averaged structured perceptron over hashed features (float32 weights while training)."""

    def __init__(self, bits: int, scheme: TagScheme) -> None:
        t = len(scheme.tags)
        self.scheme = scheme
        self.w = np.zeros((1 << bits, t), dtype=np.float32)
        self.u = np.zeros((1 << bits, t), dtype=np.float32)  # updates × their time, for the average
        self.trans = np.zeros((t, t), dtype=np.float32)
        self.trans_u = np.zeros((t, t), dtype=np.float32)
        self.start = np.zeros(t, dtype=np.float32)
        self.start_u = np.zeros(t, dtype=np.float32)
        self.end = np.zeros(t, dtype=np.float32)
        self.end_u = np.zeros(t, dtype=np.float32)
        self.c = 1

    def decode(self, rows: np.ndarray, segs: np.ndarray, w=None, trans=None, start=None, end=None) -> np.ndarray:
        w = self.w if w is None else w
        cols = np.ascontiguousarray(rows.T)
        em = w.take(cols[0], axis=0)
        for col in cols[1:]:
            em += w.take(col, axis=0)
        trans = self.trans if trans is None else trans
        start = self.start if start is None else start
        end = self.end if end is None else end
        return viterbi(em, segs, self.scheme, trans, start, end)

    def update(self, rows: np.ndarray, segs: np.ndarray, gold: np.ndarray) -> int:
        pred = self.decode(rows, segs)
        wrong = np.flatnonzero(pred != gold)
        if len(wrong):
            r = rows[wrong]
            g = np.repeat(gold[wrong], r.shape[1])
            p = np.repeat(pred[wrong], r.shape[1])
            flat = r.reshape(-1)
            for target, sign in ((g, 1.0), (p, -1.0)):
                np.add.at(self.w, (flat, target), sign)
                np.add.at(self.u, (flat, target), sign * self.c)
            for seq, sign in ((gold, 1.0), (pred, -1.0)):
                a, b = _pairs(seq, segs)
                np.add.at(self.trans, (a, b), sign)
                np.add.at(self.trans_u, (a, b), sign * self.c)
                first, last = seq[segs[:, 0]], seq[segs[:, 1] - 1]
                np.add.at(self.start, first, sign)
                np.add.at(self.start_u, first, sign * self.c)
                np.add.at(self.end, last, sign)
                np.add.at(self.end_u, last, sign * self.c)
        self.c += 1
        return len(wrong)

    def averaged(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        c = np.float32(self.c)
        return (self.w - self.u / c, self.trans - self.trans_u / c, self.start - self.start_u / c,
                self.end - self.end_u / c)


def _pairs(seq: np.ndarray, segs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (previous tag, tag) pairs inside the clauses."""
    inside = np.zeros(len(seq) + 1, dtype=np.int64)
    np.add.at(inside, segs[:, 0] + 1, 1)
    np.add.at(inside, segs[:, 1], -1)
    inner = np.flatnonzero(np.cumsum(inside)[: len(seq)] > 0)  # positions with a predecessor in their clause
    return seq[inner - 1], seq[inner]


def span_f1(scheme: TagScheme, corpus: Corpus, tags: np.ndarray) -> dict:
    """Exact-span micro P/R/F1 and per label, of ``tags`` against the gold of ``corpus``."""
    counts = {label: [0, 0, 0] for label in scheme.labels}
    for k in range(len(corpus.sentences)):
        a, b = corpus.bounds[k], corpus.bounds[k + 1]
        gold = set(scheme.spans(corpus.gold[a:b]))
        pred = set(scheme.spans(tags[a:b]))
        for label in scheme.labels:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"micro": _prf(*total), "labels": {label: _prf(*c) for label, c in counts.items()}}


def _prf(tp, fp, fn) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def train(config: dict, *, holdout: int = 0, out: Path | None = None, log=print) -> dict:
    """Train as ``config`` says; return the report (and write the model to ``out``)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    data_path = (ROOT / config["data"]["cluener_train"]).resolve()
    if any(word in str(data_path).lower() for word in FORBIDDEN):
        raise SystemExit(f"{data_path}: kept for measuring, never for training")
    silver = None
    if config.get("silver", {}).get("places"):
        from training.silver import PlaceSilver

        silver = PlaceSilver(ROOT / config["silver"]["places"], config["silver"].get("gazetteer", True))
    sentences = read_cluener(data_path, config["data"]["label_map"], silver)
    scheme = TagScheme(config["labels"])
    featurizer = Featurizer(config["templates"], config["bits"], LanguageData.load())
    if holdout:
        train_s = [s for i, s in enumerate(sentences) if i % holdout != holdout - 1]
        held_s = [s for i, s in enumerate(sentences) if i % holdout == holdout - 1]
    else:
        train_s, held_s = sentences, []
    corpus = Corpus(train_s, featurizer, scheme)
    held = Corpus(held_s, featurizer, scheme) if held_s else None
    log(f"features: {len(corpus.gold):,} characters in {len(train_s):,} sentences, "
        f"{time.perf_counter() - t0:.1f} s")
    model = Perceptron(config["bits"], scheme)
    rng = np.random.default_rng(config["seed"])
    history = []
    for epoch in range(1, config["epochs"] + 1):
        order = rng.permutation(len(train_s))
        wrong = 0
        for k in range(0, len(order), config["batch"]):
            ids = order[k : k + config["batch"]]
            pos, segs = corpus.batch(ids)
            wrong += model.update(corpus.rows[pos], segs, corpus.gold[pos])
        line = f"epoch {epoch}: {wrong:,} characters wrong, {time.perf_counter() - t0:.0f} s"
        if held is not None:
            w, tr, st, en = model.averaged()
            tags = model.decode(held.rows, np.concatenate([s + held.bounds[i] for i, s in enumerate(held.segs)]),
                                w, tr, st, en)
            score = span_f1(scheme, held, tags)
            history.append({"epoch": epoch, **score["micro"]})
            line += f"; held out F1 {score['micro']['f1']:.4f} (P {score['micro']['p']:.4f} R {score['micro']['r']:.4f})"
        log(line)
    w, tr, st, en = model.averaged()
    q, scales = NameTagger.quantize(w)
    report = {"seconds": round(time.perf_counter() - t0, 1), "characters": int(len(corpus.gold)),
              "sentences": len(train_s), "history": history}
    if held is not None:
        segs = np.concatenate([s + held.bounds[i] for i, s in enumerate(held.segs)])
        qtags = model.decode(held.rows, segs, q.astype(np.float32) * scales, tr, st, en)
        report["held_out_int8"] = span_f1(scheme, held, qtags)
        log(f"int8 weights: held out F1 {report['held_out_int8']['micro']['f1']:.4f}")
    if out is not None:
        saved = {
            "labels": config["labels"],
            "templates": config["templates"],
            "bits": config["bits"],
            "training": {k: config[k] for k in ("epochs", "batch", "seed")}
            | {"data": config["data"]["cluener_train"], "sha256": _sha256(data_path),
               "silver": config.get("silver", {})},
        }
        tagger = NameTagger(saved, q, scales, tr, st, en, data=featurizer.data)
        tagger.to_disk(out)
        log(f"wrote {out} ({sum(f.stat().st_size for f in Path(out).iterdir()) / 1e6:.1f} MB)")
    return report


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="training settings (JSON)")
    parser.add_argument("--out", type=Path, default=None, help=f"model folder (default: {DEFAULT_OUT})")
    parser.add_argument("--holdout", type=int, default=0,
                        help="keep every Nth training sentence out and report its F1 per epoch (writes no model)")
    parser.add_argument("--epochs", type=int, default=None, help="override the config's epochs")
    args = parser.parse_args(argv)
    config = json.loads(args.config.read_text(encoding="utf-8"))
    if args.epochs:
        config["epochs"] = args.epochs
    out = None if args.holdout and args.out is None else (args.out or DEFAULT_OUT)
    report = train(config, holdout=args.holdout, out=out)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()

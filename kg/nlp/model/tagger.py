"""The ``kg_ner`` model: a linear sequence tagger, its weights on disk, and batch prediction.

Scores are linear: a character's score for each tag is the sum of one weight row per
feature template (:mod:`kg.nlp.model.features`), and a sequence adds the scores of its
tag transitions; decoding is a constrained Viterbi (:mod:`kg.nlp.model.decode`).  The
weights were learnt by an averaged structured perceptron (``training/train.py``) and are
shipped as 8-bit integers with one scale per tag (a quarter of float32's size; the
training script reports the F1 of both, and they agree to the third decimal).

Prediction needs numpy only.  Files of a saved model (``kg/data/models/kg_ner/``):

``config.json``
    labels, feature templates, table size, format version, training settings and figures;
``weights.npy``
    int8, ``2**bits`` rows × tags;
``scales.npy``, ``transitions.npy``, ``start.npy``, ``end.npy``
    float32.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.nlp.model.decode import TagScheme, clauses, viterbi
from kg.nlp.model.features import Featurizer, LanguageData, codes_of

__all__ = ["NameTagger", "ModelSpan", "FORMAT"]

#: Version of the saved files' layout.
FORMAT = 1

_ARRAYS = ("weights", "scales", "transitions", "start", "end")


@dataclass(frozen=True)
class ModelSpan:
    """A name the model proposes: character offsets into the Doc's text and a label."""

    start: int
    end: int
    label: str


class NameTagger:
    """Labels, feature templates and weights of a trained tagger.

    Parameters
    ----------
    config : dict
        ``labels``, ``templates``, ``bits`` (and anything else worth keeping: saved as is).
    weights : ndarray (2**bits, T) int8 or float32
    scales : ndarray (T,) float32
        Multiplies the int8 weights (ones for float32 weights).
    transitions : ndarray (T, T); start, end : ndarray (T,)
        Learnt scores, without the constraints (added here).
    data : LanguageData, optional
        jieba's dictionary and kg's word lists (loaded when omitted).
    """

    def __init__(self, config: dict, weights: np.ndarray, scales: np.ndarray, transitions: np.ndarray,
                 start: np.ndarray, end: np.ndarray, data: LanguageData | None = None) -> None:
        self.config = dict(config)
        self.scheme = TagScheme(config["labels"])
        n = len(self.scheme.tags)
        if weights.dtype == np.int8 and 127 * len(config["templates"]) > np.iinfo(np.int16).max:
            from kg.errors import KgError

            raise KgError(f"kg_ner: {len(config['templates'])} templates of int8 weights overflow the int16 sum")
        if weights.shape != (1 << config["bits"], n):
            from kg.errors import KgError

            raise KgError(f"kg_ner: weights of shape {weights.shape}, expected {(1 << config['bits'], n)}")
        self.weights = weights
        self.scales = scales.astype(np.float32)
        self.transitions = transitions.astype(np.float32)
        self.start = start.astype(np.float32)
        self.end = end.astype(np.float32)
        self.featurizer = Featurizer(config["templates"], config["bits"], data or LanguageData.load())

    @property
    def labels(self) -> tuple[str, ...]:
        return self.scheme.labels

    # -- prediction ----------------------------------------------------------------------

    def emissions(self, rows: np.ndarray) -> np.ndarray:
        """Tag scores (N × T float32) of characters whose feature rows are ``rows`` (N × F)."""
        w = self.weights
        cols = np.ascontiguousarray(rows.T)  # no copy for rows from Featurizer.rows_batch
        # one take per template: numpy's take on a contiguous column is several times faster
        # than fancy-indexing the whole (N, F) block at once.  int8 weights add up in int16
        # (at most 127 × templates, far below 32,767): exact, and half the memory of int32
        acc = w.take(cols[0], axis=0).astype(np.int16 if w.dtype == np.int8 else np.float32)
        for col in cols[1:]:
            acc += w.take(col, axis=0)
        return acc.astype(np.float32) * self.scales

    def predict(self, items: Sequence[tuple[str, Sequence[int], Sequence[int]]]) -> list[list[ModelSpan]]:
        """The names in each ``(text, word_starts, word_ends)``; one list per item, in text order.

        The whole batch is scored and decoded at once (one Viterbi over all its clauses).
        """
        if not items:
            return []
        rows, offsets = self.featurizer.rows_batch(items)
        segs = np.concatenate([clauses(codes_of(text)) + offsets[k] for k, (text, _, _) in enumerate(items)])
        tags = viterbi(self.emissions(rows), segs, self.scheme, self.transitions, self.start, self.end)
        out = []
        for k in range(len(items)):
            a, b = offsets[k], offsets[k + 1]
            out.append([ModelSpan(s, e, label) for s, e, label in self.scheme.spans(tags[a:b])])
        return out

    # -- files ---------------------------------------------------------------------------

    def to_disk(self, path: str | Path) -> None:
        """Write ``config.json`` and the arrays into the folder ``path`` (made if missing)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = dict(self.config, format=FORMAT)
        (path / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")
        for name in _ARRAYS:
            np.save(path / f"{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def from_disk(cls, path: str | Path, data: LanguageData | None = None) -> NameTagger:
        """Read a model written by :meth:`to_disk`."""
        from kg.errors import KgError

        path = Path(path)
        try:
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
            arrays = {name: np.load(path / f"{name}.npy", allow_pickle=False) for name in _ARRAYS}
        except (OSError, ValueError) as err:
            raise KgError(f"kg_ner: cannot read the model in {path}: {err}") from err
        if config.get("format") != FORMAT:
            raise KgError(f"kg_ner: {path} holds a model of format {config.get('format')!r}; this kg reads {FORMAT}")
        return cls(config, data=data, **arrays)

    @staticmethod
    def quantize(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """int8 weights and one float32 scale per tag (column): ``weights ≈ q * scale``."""
        peak = np.abs(weights).max(axis=0)
        scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
        q = np.clip(np.rint(weights / scales), -127, 127).astype(np.int8)
        return q, scales

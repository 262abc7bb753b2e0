"""Decoding the ``kg_ner`` tagger: BIOES tags, their constraints, and a Viterbi over many clauses at once.

Each character gets one tag: ``O`` (outside a name), or ``B-``/``I-``/``E-`` (begin, inside,
end) or ``S-`` (a one-character name) of a label.  Only some tag pairs may follow each
other (``B-PER`` then ``I-PER`` or ``E-PER``; ``E-x`` then ``O``, ``B-y`` or ``S-y`` …); the
best sequence under those constraints and the learnt transition scores is found by the
Viterbi algorithm.

Why clauses: a name never runs across ``，。！？；：、`` or a line break, so the text is cut
there (:func:`clauses`) and those characters are ``O``.  The Viterbi is then run for all
clauses of a batch at once, one numpy step per character position: clauses of similar
length are decoded together, so a batch of articles costs as many steps as its longest
clause, not as many as it has characters.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["TagScheme", "clauses", "viterbi"]

#: Characters no name runs across (``·``, brackets and quotes may be inside names).
BREAKS = "，。！？；：、,!?;\n\r\t 　…"

_IMPOSSIBLE = np.float32(-1e9)


class TagScheme:
    """The BIOES tags of a set of labels and which of them may follow which.

    >>> scheme = TagScheme(("PER", "LOC"))
    >>> scheme.tags
    ('O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC')
    >>> scheme.spans(np.array([0, 1, 3, 4, 0, 5, 7]))
    [(1, 3, 'PER'), (3, 4, 'PER'), (5, 7, 'LOC')]
    """

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = tuple(labels)
        self.tags = ("O",) + tuple(f"{p}-{label}" for label in self.labels for p in "BIES")
        n = len(self.tags)
        allowed = np.zeros((n, n), dtype=bool)
        # a name is over (or none began) after O, E-x, S-x: then O, B-y or S-y
        closed = [0] + [self._tag(p, x) for x in range(len(self.labels)) for p in "ES"]
        opening = [0] + [self._tag(p, x) for x in range(len(self.labels)) for p in "BS"]
        for a in closed:
            allowed[a, opening] = True
        for x in range(len(self.labels)):  # inside a name: I-x or E-x of the same label
            for a in (self._tag("B", x), self._tag("I", x)):
                allowed[a, [self._tag("I", x), self._tag("E", x)]] = True
        self.allowed = allowed
        self.start = np.zeros(n, dtype=bool)
        self.start[opening] = True
        self.end = np.zeros(n, dtype=bool)
        self.end[closed] = True

    def _tag(self, prefix: str, label: int) -> int:
        return 1 + 4 * label + "BIES".index(prefix)

    def encode(self, n: int, spans: Sequence[tuple[int, int, str]]) -> np.ndarray:
        """Tag numbers of ``n`` characters with the names ``(start, end, label)`` (not overlapping)."""
        tags = np.zeros(n, dtype=np.int64)
        for s, e, label in spans:
            x = self.labels.index(label)
            if e - s == 1:
                tags[s] = self._tag("S", x)
            else:
                tags[s] = self._tag("B", x)
                tags[s + 1 : e - 1] = self._tag("I", x)
                tags[e - 1] = self._tag("E", x)
        return tags

    def spans(self, tags: np.ndarray) -> list[tuple[int, int, str]]:
        """The names ``(start, end, label)`` a valid tag sequence marks."""
        out = []
        nz = np.flatnonzero(tags)
        if len(nz) == 0:
            return out
        kinds = (tags[nz] - 1) % 4  # 0 B, 1 I, 2 E, 3 S
        labels = (tags[nz] - 1) // 4
        start = None
        for i, kind, label in zip(nz.tolist(), kinds.tolist(), labels.tolist()):
            if kind == 3:
                out.append((i, i + 1, self.labels[label]))
            elif kind == 0:
                start = i
            elif kind == 2 and start is not None:
                out.append((start, i + 1, self.labels[label]))
                start = None
        return out


_BREAK_TABLE: np.ndarray | None = None


def clauses(codes: np.ndarray) -> np.ndarray:
    """``(start, end)`` rows of the runs of characters between :data:`BREAKS`.

    ``codes``: the text's code points (:func:`kg.nlp.model.features.codes_of`).
    """
    global _BREAK_TABLE
    if _BREAK_TABLE is None:
        table = np.zeros(0x10000, dtype=bool)
        table[[ord(ch) for ch in BREAKS]] = True
        _BREAK_TABLE = table
    n = len(codes)
    if n == 0:
        return np.zeros((0, 2), dtype=np.int64)
    brk = np.where(codes < 0x10000, _BREAK_TABLE[np.minimum(codes, 0xFFFF).astype(np.int64)], False)
    inside = np.concatenate([[False], ~brk, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(inside))
    return edges.reshape(-1, 2)


def viterbi(emissions: np.ndarray, segments: np.ndarray, scheme: TagScheme, transitions: np.ndarray,
            start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The best tag of each position of ``emissions`` (N × T scores), decoding each segment alone.

    Parameters
    ----------
    emissions : ndarray (N, T) float32
        Score of each tag at each position.
    segments : ndarray (S, 2) int
        ``(start, end)`` of each run to decode; positions in no segment get tag 0 (``O``).
    scheme : TagScheme
        Which tags may follow which: only those transitions are considered.
    transitions : ndarray (T, T) float32
        Learnt score of tag ``b`` after tag ``a``.
    start, end : ndarray (T,) float32
        Learnt score of a segment starting, ending with each tag.

    Returns
    -------
    ndarray (N,) int64
    """
    n, t_count = emissions.shape
    tags = np.zeros(n, dtype=np.int64)
    if len(segments) == 0:
        return tags
    steps = _Steps(scheme, transitions)
    start = (start + np.where(scheme.start, 0, _IMPOSSIBLE)).astype(np.float32)
    end = (end + np.where(scheme.end, 0, _IMPOSSIBLE)).astype(np.float32)
    lengths = segments[:, 1] - segments[:, 0]
    # a zero row after the last position: padding reads it
    padded = np.concatenate([emissions, np.zeros((1, t_count), dtype=emissions.dtype)])
    for members in _blocks(lengths):
        seg_start = segments[members, 0]
        seg_len = lengths[members]
        width = int(seg_len.max())
        # right-aligned: every clause of the block ends at its last column, padding comes first
        offsets = np.arange(width)
        lead = width - seg_len
        valid = offsets[None, :] >= lead[:, None]
        pos = np.where(valid, seg_start[:, None] + offsets[None, :] - lead[:, None], n)
        best = _viterbi_block(padded[pos], lead, steps, start, end)
        tags[pos[valid]] = best[valid]
    return tags


#: What one Viterbi step costs besides its rows, in rows: a step is a dozen numpy calls on
#: (rows × tags) arrays, each a few microseconds however few the rows.
_STEP_OVERHEAD_ROWS = 64


def _blocks(lengths: np.ndarray) -> list[np.ndarray]:
    """The segments (indexes into ``lengths``) decoded together, block by block.

    A block costs as many steps as its longest segment, each step a fixed overhead plus
    its rows.  Segments start in buckets of lengths 1, 2, 3-4, 5-8, … (padding at most
    doubles a bucket's work); a bucket with few rows is then merged into the next longer
    one when the padding that adds costs less than the steps it saves: a batch of a few
    short articles has few clauses per bucket, and its steps, not its rows, were the cost.
    Each segment is decoded alone whatever block it is in, so blocks change no tag.
    """
    bucket = np.ceil(np.log2(np.maximum(lengths, 1))).astype(np.int64)
    buckets = [np.flatnonzero(bucket == b) for b in np.unique(bucket).tolist()]
    blocks: list[np.ndarray] = []
    members = buckets[0]
    for following in buckets[1:]:
        width, next_width = int(lengths[members].max()), int(lengths[following].max())
        # alone: width steps of (overhead + rows); merged: these rows padded to next_width
        if next_width * len(members) >= width * (_STEP_OVERHEAD_ROWS + len(members)):
            blocks.append(members)
            members = following
        else:
            members = np.concatenate([members, following])
    blocks.append(members)
    return blocks


class _Steps:
    """One Viterbi step, using the shape of BIOES: a tag that opens a name (or ``O``) can only
    follow a tag that closes one (or ``O``); ``I-x``/``E-x`` only ``B-x`` or ``I-x``.  So the
    step maximises over 2·L + 1 predecessors for 2·L + 1 targets, and over two for each
    of the rest, instead of over all T for all T (T = 4·L + 1): a third of the work."""

    def __init__(self, scheme: TagScheme, transitions: np.ndarray) -> None:
        labels = len(scheme.labels)
        self.closed = np.array([0] + [1 + 4 * x + k for x in range(labels) for k in (2, 3)])
        self.opening = np.array([0] + [1 + 4 * x + k for x in range(labels) for k in (0, 3)])
        self.b = np.array([1 + 4 * x for x in range(labels)])
        self.i = self.b + 1
        self.e = self.b + 2
        tr = transitions.astype(np.float32)
        # [target, predecessor], so the maximum runs over the last, contiguous axis
        self.open_from_closed = np.ascontiguousarray(tr[np.ix_(self.closed, self.opening)].T)
        # I-x and E-x together: each from B-x or I-x
        self.inner = np.concatenate([self.i, self.e])
        self.from_b_tag = np.concatenate([self.b, self.b])
        self.from_i_tag = np.concatenate([self.i, self.i])
        self.from_b = tr[self.from_b_tag, self.inner]
        self.from_i = tr[self.from_i_tag, self.inner]

    def __call__(self, score: np.ndarray, back: np.ndarray) -> np.ndarray:
        """The best score of each tag after one more position (before its emission); the best
        predecessor of each tag into ``back`` (B × T)."""
        new = np.empty_like(score)
        cand = score[:, None, self.closed] + self.open_from_closed[None]
        new[:, self.opening] = cand.max(2)
        back[:, self.opening] = self.closed[cand.argmax(2)]
        via_b = score[:, self.from_b_tag] + self.from_b
        via_i = score[:, self.from_i_tag] + self.from_i
        take_i = via_i > via_b  # a tie goes to B-x
        new[:, self.inner] = np.where(take_i, via_i, via_b)
        back[:, self.inner] = np.where(take_i, self.from_i_tag, self.from_b_tag)
        return new


def _viterbi_block(em: np.ndarray, lead: np.ndarray, steps: _Steps, start: np.ndarray,
                   end: np.ndarray) -> np.ndarray:
    """Viterbi over ``em`` (B × L × T) for B sequences right-aligned in it: sequence ``k``
    occupies columns ``lead[k]`` to ``L - 1``.

    Right alignment lets all sequences end together: no sequence needs its score carried past
    its end, and the backtrack starts from one column.  Before its first column a row's
    scores are meaningless; they are replaced by ``start`` + emission there."""
    b_count, width, t_count = em.shape
    score = start[None, :] + em[:, 0]
    back = np.empty((width, b_count, t_count), dtype=np.int8)
    # the rows that begin at each column (after their padding)
    order = np.argsort(lead, kind="stable")
    cuts = np.searchsorted(lead[order], np.arange(width + 1))
    for t in range(1, width):
        score = steps(score, back[t]) + em[:, t]
        first = order[cuts[t] : cuts[t + 1]]
        if len(first):
            score[first] = start[None, :] + em[first, t]
    cur = (score + end[None, :]).argmax(1)
    out = np.empty((b_count, width), dtype=np.int64)
    rows = np.arange(b_count)
    out[:, width - 1] = cur
    for t in range(width - 1, 0, -1):
        cur = back[t][rows, cur]
        out[:, t - 1] = cur
    return out

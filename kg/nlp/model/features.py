"""Features of the ``kg_ner`` tagger: every character of a text → the weight rows it reads.

A linear tagger scores each character's tags by adding up one row of a weight table per
*feature template* (``c-1c0`` = the character and the one before it, ``wpos_tag`` = where
the character sits in its jieba word and jieba's part-of-speech tag of that word …).  A
template's values are hashed into the table (the hashing trick), so the model needs no
feature vocabulary and the features of a whole text are computed at once, in numpy:

* characters become an array of code points, normalised (full-width → ASCII, digits → 0,
  Latin → lower case) through one look-up table over the Basic Multilingual Plane;
* jieba's words (given by the caller: the pipeline's tokenizer has them already) become,
  per character, the word's index, the character's place in it (B/M/E/S) and its length;
  each word's jieba tag (``nr`` person, ``ns`` place, ``nt`` organisation …, or "unknown
  to the dictionary") is one dictionary probe per word;
* kg's own language data adds what a small model cannot learn from 10,000 sentences:
  surnames (``kg/data/surnames.txt``), post titles before a name (``titles.tsv``),
  name suffixes and the type they mark (``suffixes.tsv``: 局 → Agency, 有限公司 →
  Company), and places of the divisions data (:mod:`kg.lang.gazetteer`).  These are matched
  with hashes of substrings (:class:`SubstringIndex`), again for the whole text at once;
* each template mixes its values with a multiplicative hash (64-bit, wrapping) whose top
  bits are the row: integer arithmetic only, so the same text gives the same rows in
  every process (Python's own ``hash`` of a string changes with ``PYTHONHASHSEED``).

:class:`Featurizer` is shared by training (``training/train.py``) and inference
(:mod:`kg.nlp.model.tagger`), so the two cannot drift apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["SEPARATOR", "TEMPLATES", "Featurizer", "LanguageData", "SubstringIndex", "codes_of", "word_spans"]

# -- the templates ----------------------------------------------------------------------
#: Every template a model may use, by name (a model's config lists the ones it uses).
#: ``c`` characters at an offset, ``k`` their kind (CJK, digit, Latin, punctuation …),
#: ``wpos`` place in the jieba word (B/M/E/S), ``wlen`` its length, ``tag`` jieba's tag of
#: the word (``ptag``/``ntag`` of the word before/after), ``word`` the word itself
#: (``pword``/``nword``), ``freq`` the word's frequency class in jieba's dictionary,
#: ``surname``, ``title``, ``suffix``, ``place``: matches of kg's language data.
TEMPLATES: tuple[str, ...] = (
    "c0", "c-1", "c1", "c-2", "c2",
    "c-1c0", "c0c1", "c-2c-1", "c1c2", "c-1c1",
    "c-2c-1c0", "c-1c0c1", "c0c1c2",
    "k-1k0k1",
    "wpos_wlen", "wpos_tag", "wpos_tag_c0", "wpos_word", "ptag_tag_wpos", "ntag_wpos",
    "pword_wpos", "nword_wpos", "wpos_freq",
    "surname_wpos", "title", "suffix", "place",
)

_MUL = np.uint64(0x9E3779B97F4A7C15)  # 2^64 / golden ratio: the multiplicative hash
_POLY = 0x100000001B3  # odd, so invertible modulo 2^64: substring hashes from prefix sums
_POLY_INV = pow(_POLY, -1, 1 << 64)
_PAD_LEFT, _PAD_RIGHT = 0x110001, 0x110002  # beyond Unicode: the text's two ends
_MAX_WORD = 8  # longer words share their length class
#: What stands between texts featurized together (and before the first, after the last).
SEPARATOR = "\n\n"

# character kinds, for the k-1k0k1 template
_KIND_OTHER, _KIND_CJK, _KIND_DIGIT, _KIND_LATIN, _KIND_NUMERAL, _KIND_PUNCT, _KIND_SPACE, _KIND_OPEN, _KIND_CLOSE = range(9)
_CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两"


def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Look-up tables over the Basic Multilingual Plane: normalised code point, kind."""
    norm = np.arange(0x10000, dtype=np.uint32)
    kind = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000:
            continue
        folded = unicodedata.normalize("NFKC", ch) if 0xFF01 <= cp <= 0xFF5E or cp == 0x3000 else ch
        if len(folded) == 1:
            norm[cp] = ord(folded)
            ch = folded
        cat = unicodedata.category(ch)
        if ch.isdigit() and ch.isascii():
            kind[cp], norm[cp] = _KIND_DIGIT, ord("0")
        elif ch.isascii() and ch.isalpha():
            kind[cp], norm[cp] = _KIND_LATIN, ord(ch.lower())
        elif ch in _CHINESE_NUMERALS:
            kind[cp] = _KIND_NUMERAL
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            kind[cp] = _KIND_CJK
        elif ch.isspace():
            kind[cp] = _KIND_SPACE
        elif cat == "Ps" or cat == "Pi":
            kind[cp] = _KIND_OPEN
        elif cat == "Pe" or cat == "Pf":
            kind[cp] = _KIND_CLOSE
        elif cat.startswith(("P", "S")):
            kind[cp] = _KIND_PUNCT
    return norm, kind


_NORM: np.ndarray | None = None
_KIND: np.ndarray | None = None


def _lookup_tables() -> tuple[np.ndarray, np.ndarray]:
    global _NORM, _KIND  # made on first use, not at import
    if _NORM is None:
        _NORM, _KIND = _cached_tables()
    return _NORM, _KIND


def _cached_tables() -> tuple[np.ndarray, np.ndarray]:
    """:func:`_tables`, kept in kg's cache of derived tables (:mod:`kg.lang.derived`): made
    character by character they take ~0.1 s of every process's start, read back ~1 ms.
    The key holds what they are made of: Unicode's version and :func:`_tables`' own code."""
    from kg.lang import derived

    code = _tables.__code__
    kinds = (_KIND_OTHER, _KIND_CJK, _KIND_DIGIT, _KIND_LATIN, _KIND_NUMERAL, _KIND_PUNCT, _KIND_SPACE, _KIND_OPEN,
             _KIND_CLOSE)
    key = derived.digest([unicodedata.unidata_version, code.co_code, repr(code.co_consts), repr(code.co_names),
                          repr(kinds), _CHINESE_NUMERALS], version=1)
    saved = derived.load("characters", key)
    if saved is not None and saved.get("norm", np.zeros(0)).shape == (0x10000,) \
            and saved.get("kind", np.zeros(0)).shape == (0x10000,):
        return saved["norm"].astype(np.uint32), saved["kind"].astype(np.uint8)
    norm, kind = _tables()
    derived.save("characters", key, {"norm": norm, "kind": kind})
    return norm, kind


def codes_of(text: str) -> np.ndarray:
    """The text's code points as a uint64 array (one per character, as ``len(text)`` counts)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)


def _mix(seed: int, *columns: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of ``columns`` (uint64 arrays), different for each ``seed``."""
    h = np.full(columns[0].shape, (seed + 1) * 0x2545F4914F6CDD1D & 0xFFFFFFFFFFFFFFFF, dtype=np.uint64)
    for col in columns:
        h ^= col
        h *= _MUL  # wraps around modulo 2^64, as the hash means it to
        h ^= h >> np.uint64(29)
    return h


def _string_hash(text: str) -> int:
    """The substring hash :class:`SubstringIndex` computes, for one string (normalised)."""
    norm, _ = _lookup_tables()
    h, p = 0, 1
    for ch in text:
        cp = ord(ch)
        h = (h + int(norm[cp] if cp < 0x10000 else cp) * p) & 0xFFFFFFFFFFFFFFFF
        p = p * _POLY & 0xFFFFFFFFFFFFFFFF
    return h


class SubstringIndex:
    """A set of words, each with a small category number, matched against all of a text at once.

    Each word is kept as the hash of its (normalised) characters; a text's substrings of
    each length in the set are hashed from prefix sums (``Σ c[k]·P^k``), so finding every
    occurrence of every word costs a few array operations per word length.  A 64-bit
    hash collision would be a spurious match: with some thousands of words, negligible.

    >>> idx = SubstringIndex([("局", 1), ("有限公司", 2)])
    >>> idx.find("区统计局和某有限公司")
    [(3, 4, 1), (6, 10, 2)]
    """

    def __init__(self, words: Iterable[tuple[str, int]]) -> None:
        norm, _ = _lookup_tables()
        by_length: dict[int, dict[int, int]] = {}
        last: dict[int, np.ndarray] = {}
        for word, category in words:
            if word:
                by_length.setdefault(len(word), {})[_string_hash(word)] = category
                cp = ord(word[-1])
                table = last.setdefault(len(word), np.zeros(0x10000, dtype=bool))
                table[int(norm[cp]) if cp < 0x10000 else 0xFFFF] = True
        self.lengths = tuple(sorted(by_length, reverse=True))
        self._keys = {n: np.array(sorted(d), dtype=np.uint64) for n, d in by_length.items()}
        self._cats = {n: np.array([d[k] for k in sorted(d)], dtype=np.int64) for n, d in by_length.items()}
        # per length, which (normalised) characters end a word of the set: only the substrings
        # that end in one of them are hashed and looked up (局, 公司 … end few of a text's substrings)
        self._last = last

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, category)`` of every occurrence, longest first at each start, in text order."""
        codes = _normalised(codes_of(text))
        prefix, inv = _prefix_hashes(codes)
        starts, ends, cats = self.match(prefix, inv, codes)
        return sorted(zip(starts.tolist(), ends.tolist(), cats.tolist()), key=lambda m: (m[0], -m[1]))

    def match(self, prefix: np.ndarray, inv: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Starts, ends and categories of all occurrences, given the normalised code points of a
        text (:func:`_normalised`) and their :func:`_prefix_hashes`."""
        n = len(prefix) - 1
        out_s, out_e, out_c = [], [], []
        for length in self.lengths:
            if length > n:
                continue
            # substrings [k, k + length) whose last character ends some word of this length
            # (characters beyond the BMP all share the last row: U+FFFF is no character)
            hit = np.flatnonzero(self._last[length][np.minimum(codes[length - 1 :], 0xFFFF)])
            if len(hit) == 0:
                continue
            h = (prefix[hit + length] - prefix[hit]) * inv[hit]
            keys = self._keys[length]
            k = np.searchsorted(keys, h)
            k[k == len(keys)] = 0
            found = keys[k] == h
            hit = hit[found]
            out_s.append(hit)
            out_e.append(hit + length)
            out_c.append(self._cats[length][k[found]])
        if not out_s:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        return np.concatenate(out_s), np.concatenate(out_e), np.concatenate(out_c)


def _normalised(codes: np.ndarray) -> np.ndarray:
    norm, _ = _lookup_tables()
    bmp = codes < 0x10000
    return np.where(bmp, norm[np.where(bmp, codes, 0)], codes).astype(np.uint64)


def _prefix_hashes(norm_codes: np.ndarray, *more: np.ndarray) -> tuple[np.ndarray, ...]:
    """``prefix[i] = Σ_{k<i} c[k]·P^k`` and ``inv[i] = P^-i`` (all modulo 2^64); a prefix
    array more for each further code array of the same length (after ``inv``)."""
    n = len(norm_codes)
    powers = np.full(n, _POLY, dtype=np.uint64)
    powers[0] = 1
    powers = np.cumprod(powers, dtype=np.uint64)
    inv = np.full(n + 1, _POLY_INV, dtype=np.uint64)
    inv[0] = 1
    inv = np.cumprod(inv, dtype=np.uint64)
    prefixes = []
    for codes in (norm_codes, *more):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(codes * powers, dtype=np.uint64, out=prefix[1:])
        prefixes.append(prefix)
    return (prefixes[0], inv, *prefixes[1:])


def word_spans(starts: Sequence[int], ends: Sequence[int], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Word starts and ends covering ``[0, n)`` exactly: gaps between the given words (the
    whitespace spaCy folds into a token's trailing space) become words of their own."""
    s = np.asarray(starts, dtype=np.int64)
    e = np.asarray(ends, dtype=np.int64)
    mark = np.zeros(n + 1, dtype=bool)  # every offset where a word starts or ends
    mark[[0, n]] = True
    mark[s[(s >= 0) & (s <= n)]] = True
    mark[e[(e >= 0) & (e <= n)]] = True
    bounds = np.flatnonzero(mark)
    return bounds[:-1], bounds[1:]


@dataclass(frozen=True)
class LanguageData:
    """What the features know besides the text: jieba's dictionary and kg's word lists.

    ``tags``: jieba's word → part-of-speech tag; ``freq``: jieba's word → frequency;
    ``surnames``: family names (one or two characters); ``titles``: post titles;
    ``suffixes``: name suffix → kg type; ``places``: a :class:`kg.lang.gazetteer.PlaceIndex`
    (anything with ``find(text) → [(start, end, name)]``).
    """

    tags: dict[str, str]
    freq: dict[str, int]
    surnames: frozenset[str]
    titles: frozenset[str]
    suffixes: dict[str, str]
    places: object

    @classmethod
    def load(cls) -> LanguageData:
        """jieba's dictionary and kg's shipped data files."""
        from kg.lang import jieba_tables, lexicon
        from kg.lang.gazetteer import Gazetteer

        tags, freq = jieba_tables.tables()
        lex = lexicon.load()
        return cls(
            tags=tags,
            freq=freq,
            surnames=lex.surnames,
            titles=frozenset(lex.titles),
            suffixes={s: t for s, (t, _) in lex.suffixes.items()},
            places=Gazetteer.load().place_names(),
        )


# jieba's tags, in a fixed order: a tag's number is part of the hashed features
_JIEBA_TAGS = ("a ad ag an b c d df dg e f g h i j k l m mg mq n ng nr nrfg nrt ns nt nz o p q r rg rr rz s t tg "
               "u ud ug uj ul uv uz v vd vg vi vn vq x y z zg").split()
_TAG_UNKNOWN_CJK, _TAG_LATIN, _TAG_DIGIT, _TAG_SPACE, _TAG_OTHER = range(len(_JIEBA_TAGS), len(_JIEBA_TAGS) + 5)
# the tag of a word jieba does not know, by the kind of its first character
_UNKNOWN_BY_KIND = np.full(16, _TAG_OTHER, dtype=np.int64)
_UNKNOWN_BY_KIND[[_KIND_CJK, _KIND_NUMERAL]] = _TAG_UNKNOWN_CJK
_UNKNOWN_BY_KIND[_KIND_LATIN] = _TAG_LATIN
_UNKNOWN_BY_KIND[_KIND_DIGIT] = _TAG_DIGIT
_UNKNOWN_BY_KIND[_KIND_SPACE] = _TAG_SPACE
_KG_TYPES = ("Official", "Person", "Agency", "Company", "Organization", "Project", "Place", "Award")


class Featurizer:
    """Computes the weight rows (hashed features) of every character of a text.

    Parameters
    ----------
    templates : Sequence[str]
        Names from :data:`TEMPLATES`, in the order of the columns returned.
    bits : int
        The weight table has ``2**bits`` rows.
    data : LanguageData
        jieba's dictionary and kg's word lists.
    """

    def __init__(self, templates: Sequence[str], bits: int, data: LanguageData) -> None:
        unknown = [t for t in templates if t not in TEMPLATES]
        if unknown:
            from kg.errors import KgError

            raise KgError(f"kg_ner: unknown feature templates {unknown}; valid: {', '.join(TEMPLATES)}")
        self.templates = tuple(templates)
        self.bits = bits
        self.data = data
        self._shift = np.uint64(64 - bits)
        self._tag_ids = {t: i for i, t in enumerate(_JIEBA_TAGS)}
        self._seen: dict[str, int] = {}  # word → tag number × 64 + frequency class (see _word_tags)
        norm, kind = _lookup_tables()
        self._norm, self._kind = norm, kind
        single = np.zeros(0x10000, dtype=bool)
        for s in data.surnames:
            if len(s) == 1 and ord(s) < 0x10000:
                single[ord(s)] = True
        self._single_surname = single
        self._compound_surnames = SubstringIndex((s, 1) for s in data.surnames if len(s) == 2)
        self._titles = SubstringIndex((t, 1) for t in data.titles)
        self._suffixes = SubstringIndex((s, _KG_TYPES.index(t) + 1) for s, t in data.suffixes.items())

    # -- public --------------------------------------------------------------------------

    def rows_batch(self, items: Sequence[tuple[str, Sequence[int], Sequence[int]]]) -> tuple[np.ndarray, np.ndarray]:
        """The weight rows of several texts at once, and where each text's rows start.

        The texts are featurized as one string, each between two of :data:`SEPARATOR`
        (a word of its own): every text sees the same context at its ends whether it is
        featurized alone or in a batch, so training (sentence by sentence) and the
        pipeline (a batch of articles) compute the same features, and a batch of short
        texts costs one pass of array operations instead of one per text.

        Returns ``rows`` (total characters × templates) and ``offsets`` (one more than
        items: text ``k`` has ``rows[offsets[k]:offsets[k + 1]]``).
        """
        sep = len(SEPARATOR)
        lengths = np.array([len(text) for text, _, _ in items], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        # where each text starts in the joined string: after k + 1 separators and the texts before it
        at = offsets[:-1] + sep * (np.arange(len(items)) + 1)
        pieces = [SEPARATOR]
        for text, _, _ in items:
            pieces += (text, SEPARATOR)
        starts = [np.asarray(ws, dtype=np.int64) + a for (_, ws, _), a in zip(items, at.tolist())]
        ends = [np.asarray(we, dtype=np.int64) + a for (_, _, we), a in zip(items, at.tolist())]
        seps = np.concatenate([[0], at + lengths])  # the separators are words of their own
        starts = np.concatenate(starts + [seps])
        ends = np.concatenate(ends + [seps + sep])
        keep = np.repeat(at - offsets[:-1], lengths) + np.arange(offsets[-1])
        cols = self.rows("".join(pieces), starts, ends).T  # templates × characters, contiguous
        # kept as columns: (N, F) for the caller, a view whose columns the tagger reads without a copy
        return cols[:, keep].T, offsets

    def rows(self, text: str, starts: Sequence[int], ends: Sequence[int]) -> np.ndarray:
        """The weight rows, shape ``(len(text), len(templates))``, int64.

        ``starts``/``ends``: jieba's words (character offsets), in order; gaps allowed.
        """
        n = len(text)
        if n == 0:
            return np.zeros((0, len(self.templates)), dtype=np.int64)
        values = self._values(text, starts, ends)
        cols = np.empty((len(self.templates), n), dtype=np.int64)
        for j, name in enumerate(self.templates):
            cols[j] = (_mix(j, *values(name)) >> self._shift).astype(np.int64)
        return cols.T

    # -- the values of each template ---------------------------------------------------

    def _values(self, text: str, starts: Sequence[int], ends: Sequence[int]):
        n = len(text)
        raw = codes_of(text)
        bmp = raw < 0x10000
        safe = np.where(bmp, raw, 0)
        norm = np.where(bmp, self._norm[safe], raw).astype(np.uint64)
        kind = np.where(bmp, self._kind[safe], _KIND_OTHER).astype(np.uint64)
        # two characters of padding each side: offsets -2..+2 read inside the arrays
        padded = np.concatenate([[_PAD_LEFT, _PAD_LEFT], norm, [_PAD_RIGHT, _PAD_RIGHT]]).astype(np.uint64)
        kinds = np.concatenate([[9, 9], kind, [10, 10]]).astype(np.uint64)

        def c(offset: int) -> np.ndarray:
            return padded[2 + offset : 2 + offset + n]

        def k(offset: int) -> np.ndarray:
            return kinds[2 + offset : 2 + offset + n]

        cache: dict[str, np.ndarray] = {}

        def words() -> dict[str, np.ndarray]:
            if "wpos" in cache:
                return cache
            ws, we = word_spans(starts, ends, n)
            lengths = we - ws
            index = np.repeat(np.arange(len(ws)), lengths)
            pos = np.arange(n) - ws[index]
            wlen = lengths[index]
            wpos = np.where(wlen == 1, 3, np.where(pos == 0, 0, np.where(pos == wlen - 1, 2, 1)))
            prefix, inv, raw_prefix = _prefix_hashes(norm, raw.astype(np.uint64))
            whash = (prefix[we] - prefix[ws]) * inv[ws]
            # each distinct word looked up once (news repeats its words: a fifth are distinct),
            # told apart by a hash of its characters as written (the tables know 'Ａ' and 'A' apart)
            written = (raw_prefix[we] - raw_prefix[ws]) * inv[ws]
            _, first, back = np.unique(written, return_index=True, return_inverse=True)
            tags, freq = self._word_tags(text, ws[first].tolist(), we[first].tolist(), kind)
            tags, freq = tags[back], freq[back]
            wtag = tags[index]
            cache["wpos"] = wpos.astype(np.uint64)
            cache["wlen"] = np.minimum(wlen, _MAX_WORD).astype(np.uint64)
            cache["tag"] = wtag
            pad_tag = np.uint64(_TAG_OTHER + 1)
            cache["ptag"] = np.concatenate([[pad_tag], tags])[index]
            cache["ntag"] = np.concatenate([tags, [pad_tag]])[index + 1]
            cache["word"] = whash[index]
            cache["pword"] = np.concatenate([[np.uint64(1)], whash])[index]
            cache["nword"] = np.concatenate([whash, [np.uint64(2)]])[index + 1]
            cache["freq"] = freq[index]
            cache["prefix"], cache["inv"] = prefix, inv
            return cache

        def span_code(index: SubstringIndex | None, found=None) -> np.ndarray:
            """Per character: 0 outside any match, else 4·category + (B/M/E/S of the longest match)."""
            if found is None:
                w = words()
                found = index.match(w["prefix"], w["inv"], norm)
            s, e, cat = found
            code = np.zeros(n, dtype=np.uint64)
            if len(s) == 0:
                return code
            order = np.argsort(e - s, kind="stable")  # longer matches written last, so they win
            for a, b, cc in zip(s[order].tolist(), e[order].tolist(), cat[order].tolist()):
                base = 4 * cc
                if b - a == 1:
                    code[a] = base + 3
                else:
                    code[a] = base
                    code[a + 1 : b - 1] = base + 1
                    code[b - 1] = base + 2
            return code

        def values(name: str) -> tuple[np.ndarray, ...]:
            if name[0] == "c" and name[1:2] in "-012":
                offsets = [int(x) for x in name.replace("c", " ").split()]
                return tuple(c(o) for o in offsets)
            if name == "k-1k0k1":
                return (k(-1) * np.uint64(256) + k(0) * np.uint64(16) + k(1),)
            w = words()
            if name == "wpos_wlen":
                return w["wpos"], w["wlen"]
            if name == "wpos_tag":
                return w["wpos"], w["tag"]
            if name == "wpos_tag_c0":
                return w["wpos"], w["tag"], c(0)
            if name == "wpos_word":
                return w["wpos"], w["word"]
            if name == "ptag_tag_wpos":
                return w["ptag"], w["tag"], w["wpos"]
            if name == "ntag_wpos":
                return w["ntag"], w["wpos"]
            if name == "pword_wpos":
                return w["pword"], w["wpos"]
            if name == "nword_wpos":
                return w["nword"], w["wpos"]
            if name == "wpos_freq":
                return w["wpos"], w["freq"], w["tag"]
            if name == "surname_wpos":
                sur = self._single_surname[safe].astype(np.uint64)
                compound = self._compound_surnames.match(w["prefix"], w["inv"], norm)[0]
                sur[compound] = 2
                return sur, w["wpos"], w["wlen"]
            if name == "title":
                # a title that ends right before this character: a name often follows
                s, e, _ = self._titles.match(w["prefix"], w["inv"], norm)
                after = np.zeros(n + 1, dtype=np.uint64)
                after[e] = 1
                before = np.zeros(n, dtype=np.uint64)
                before[s] = 1  # a title starts here: a name may end just before
                return after[:n], before, w["wpos"]
            if name == "suffix":
                return span_code(self._suffixes), w["wpos"]
            if name == "place":
                found = self.data.places.find(text)
                arr = (np.array([f[0] for f in found], dtype=np.int64), np.array([f[1] for f in found], dtype=np.int64),
                       np.ones(len(found), dtype=np.int64))
                return span_code(None, arr), w["wpos"]
            raise AssertionError(name)

        return values

    def _word_tags(self, text: str, ws: list[int], we: list[int], kind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """jieba's tag number and frequency class of each word; words it does not know get
        a tag from their first character's kind (CJK, Latin, digit, space, other)."""
        words = list(map(text.__getitem__, map(slice, ws, we)))
        # one probe a word into what earlier texts' words gave (news repeats its words), the
        # three probes into jieba's tables only for a word not seen yet
        seen = self._seen
        packed = list(map(seen.get, words))
        if None in packed:
            if len(seen) > 500_000:
                seen.clear()  # a bound on memory; the table refills from the next texts
            tag_get, freq_get, id_get = self.data.tags.get, self.data.freq.get, self._tag_ids.get
            for k, w in enumerate(words):
                if packed[k] is None:
                    tag = id_get(tag_get(w), 127)
                    freq = freq_get(w, 0)
                    packed[k] = seen[w] = tag * 64 + (int(np.log2(freq + 1)) if freq else 0)
        arr = np.array(packed, dtype=np.int64)
        tags = arr >> 6
        unknown = tags == 127
        if unknown.any():
            first = kind[np.asarray(ws, dtype=np.int64)[unknown]]
            tags[unknown] = _UNKNOWN_BY_KIND[first.astype(np.int64)]
        return tags.astype(np.uint64), (arr & 63).astype(np.uint64)

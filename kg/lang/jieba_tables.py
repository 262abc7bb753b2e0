"""jieba's dictionary as kg reads it: word frequencies and part-of-speech tags, loaded fast.

kg reads three tables of jieba's default dictionary (``jieba/dict.txt``): ``jieba.dt.FREQ``
(each word's frequency, and every prefix of a word with 0, which jieba's segmenter walks),
``jieba.dt.total`` (their sum) and ``jieba.posseg.dt.word_tag_tab`` (each word's tag).  The
recogniser's features, the name rules and resolution look words up in them, and
``jieba.posseg.cut`` and ``jieba.lcut`` (a few calls a build) run on them.

jieba makes them at about 1.5 s a process: its cache of ``FREQ`` is a marshal file that
takes ~0.7–1 s to read, and importing :mod:`jieba.posseg` reads ``dict.txt`` again, line
by line, for the tags (~0.4 s).  kg keeps the same three tables in a file of its own
(:mod:`kg.lang.derived`: the words as one text, frequencies and tags as arrays) that reads
in ~0.35 s, and hands them to jieba, so jieba's segmenter and tagger run on exactly the
tables it would have built (``tests/test_jieba_tables.py`` compares them with jieba's own).

What jieba has already loaded in this process is used as is: if something initialised
jieba or imported :mod:`jieba.posseg` before, :func:`tables` returns jieba's own tables.
A dictionary other than jieba's default (``jieba.set_dictionary``) is never cached.

>>> tags, freq = tables()
>>> tags["青岛"], freq["青岛"] > 0, freq["青"] > 0
('ns', True, True)
"""

from __future__ import annotations

import io
import logging
import sys
import threading

import numpy as np

from kg.lang import derived

__all__ = ["tables", "load_jieba", "is_word", "is_common_verb", "word_total", "import_jieba"]

#: Version of the cached tables' layout (part of the cache key).
_FORMAT = 1
_lock = threading.Lock()
_tables: tuple[dict[str, str], dict[str, int]] | None = None


def tables() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's part-of-speech tags and word frequencies, with jieba ready to use them.

    The first call in a process loads them (from kg's cache when it has them) and sets up
    jieba's default tokenizer and :mod:`jieba.posseg` with them; later calls return the same
    two dictionaries.
    """
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _load()
    return _tables


def word_total() -> int:
    """The sum of jieba's word counts (the denominator of its word probabilities)."""
    tables()
    return import_jieba().dt.total


def is_word(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` as a word (its prefixes are keys too, with frequency 0).

    >>> is_word("乡村"), is_word("心田村")
    (True, False)
    """
    return tables()[1].get(word, 0) > 0


#: how often jieba must count a verb for :func:`is_common_verb`
COMMON_VERB_FREQ = 50


def is_common_verb(word: str) -> bool:
    """Whether jieba tags ``word`` as a verb and counts it often (代办, 承办, 督办: the 办 they end with is no office's;
    not 侨办, an office it tags so but rarely counts).

    >>> is_common_verb("代办"), is_common_verb("侨办")
    (True, False)
    """
    tags, freq = tables()
    return tags.get(word, "")[:1] == "v" and freq.get(word, 0) >= COMMON_VERB_FREQ


def load_jieba() -> None:
    """Make jieba's default tokenizer and :mod:`jieba.posseg` ready (see :func:`tables`)."""
    tables()


def import_jieba():
    """``import jieba``, without the ``pkg_resources`` it imports only to open its own data files.

    ``pkg_resources`` (setuptools' deprecated resource API) takes ~70 ms to import, four
    fifths of jieba's import; without it jieba opens its files by their path, the same
    files.  Only jieba's first import is steered so; a later ``import pkg_resources``
    anywhere works as before.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    held = "pkg_resources" in sys.modules
    if not held:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # (an ImportError for jieba._compat)
    try:
        import jieba
    finally:
        if not held:
            del sys.modules["pkg_resources"]
    return jieba


def _load() -> tuple[dict[str, str], dict[str, int]]:
    jieba = import_jieba()

    jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary build on stderr
    dt = jieba.dt
    if dt.initialized or "jieba.posseg" in sys.modules or dt.dictionary != jieba.DEFAULT_DICT:
        # jieba has (some of) its tables already, or reads another dictionary: use jieba's
        import jieba.posseg

        jieba.initialize()
        return jieba.posseg.dt.word_tag_tab, dt.FREQ
    source = _dictionary_bytes(dt)
    key = derived.digest([source, jieba.__version__.encode()], version=_FORMAT)
    saved = derived.load("jieba", key)
    found = _decode(saved) if saved is not None else None
    if found is None:
        jieba.initialize()  # jieba's own way, once: then kept for the next runs
        import jieba.posseg

        tags, freq, total = jieba.posseg.dt.word_tag_tab, dt.FREQ, dt.total
        derived.save("jieba", key, _encode(tags, freq, total))
        return tags, freq
    tags, freq, total = found
    with dt.lock:
        dt.FREQ, dt.total, dt.initialized = freq, total, True
    _import_posseg(dt, tags)
    return tags, freq


def _dictionary_bytes(dt) -> bytes:
    with dt.get_dict_file() as f:
        return f.read()


def _import_posseg(dt, tags: dict[str, str]) -> None:
    """Import :mod:`jieba.posseg` with ``tags`` as its tag table.

    Its import makes ``jieba.posseg.dt``, whose constructor reads the tags from the file
    ``dt.get_dict_file()`` gives; for the import, that is an empty file, and the tags
    are set afterwards (the table is all it reads from the file)."""
    dt.get_dict_file = lambda: io.BytesIO()  # an attribute of the instance hides the method
    try:
        import jieba.posseg
    finally:
        del dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = tags


def _encode(tags: dict[str, str], freq: dict[str, int], total: int) -> dict[str, np.ndarray]:
    """The tables as arrays: every word of ``freq`` in its order, its frequency and tag number,
    the tag names, and the order of ``tags`` (positions in ``freq``), so both come back as
    they were, order included."""
    words = list(freq)
    position = {w: i for i, w in enumerate(words)}
    names = sorted(set(tags.values()))
    number = {t: i for i, t in enumerate(names)}
    return {
        "words": derived.text_array(words),
        "freq": np.fromiter(freq.values(), dtype=np.int64, count=len(words)),
        "tag_order": np.array([position[w] for w in tags], dtype=np.int64),
        "tag_numbers": np.array([number[t] for t in tags.values()], dtype=np.uint8),
        "tag_names": derived.text_array(names),
        "total": np.array([total], dtype=np.int64),
    }


def _decode(arrays: dict[str, np.ndarray]) -> tuple[dict[str, str], dict[str, int], int] | None:
    """The tables of :func:`_encode`'s arrays, or ``None`` when they do not fit together."""
    try:
        words = derived.text_list(arrays["words"])
        freq_values = arrays["freq"]
        order, numbers = arrays["tag_order"], arrays["tag_numbers"]
        names = derived.text_list(arrays["tag_names"])
        if len(words) != len(freq_values) or len(order) != len(numbers) or (len(order) and (
                int(order.max()) >= len(words) or int(numbers.max()) >= len(names))):
            return None
        freq = dict(zip(words, freq_values.tolist()))
        tags = dict(zip(map(words.__getitem__, order.tolist()), map(names.__getitem__, numbers.tolist())))
        return tags, freq, int(arrays["total"][0])
    except (KeyError, IndexError, UnicodeDecodeError, ValueError):
        return None

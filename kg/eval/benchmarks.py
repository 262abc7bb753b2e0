"""``kg eval --cluener`` and ``kg eval --peoples-daily``: kg's entity recogniser on public NER benchmarks.

Both score kg's *whole* recogniser as a build runs it (the ``kg_ner`` tagger, then the
rules of ``kg_entities``, which keep the tagger's names where no rule found one) on the
benchmark's sentences, one Doc each, with exact spans.  kg's types are mapped onto the
benchmark's labels:

=========================  ========================================
benchmark label            kg types
=========================  ========================================
CLUENER2020 name           Person, Official
CLUENER2020 government     Agency
CLUENER2020 company        Company
CLUENER2020 organization   Organization
CLUENER2020 address+scene  Place (address and scene are both places)
People's Daily PER         Person, Official
People's Daily LOC         Place
People's Daily ORG         Agency, Company, Organization
=========================  ========================================

CLUENER's other labels (book, game, movie, position) and kg's Project and Award are left
out on both sides, as are coreference mentions.  The benchmarks annotate flat names, so a
mention inside a longer one (the place 青岛 kg also reports inside 青岛市城市管理局, for
nesting edges) is left out too.

The data are not shipped: the default paths are ``../shared/benchmarks/…`` from the
working folder or the project folder (as :func:`kg.scoring.find_scorer` finds the scorer).

Examples
--------
A file of one CLUENER-style sentence (``dev.json`` has 1,343; spans are inclusive):

>>> import json, os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "dev.json")
>>> sentence = {"text": "青岛市城市管理局局长张三到即墨区调研。", "label": {"government": {"青岛市城市管理局": [[0, 7]]}}}
>>> with open(path, "w", encoding="utf-8") as f:
...     _ = f.write(json.dumps(sentence, ensure_ascii=False))
>>> report = evaluate("cluener", path)
>>> sorted(report["labels"]), report["labels"]["government"]["tp"]
(['address+scene', 'company', 'government', 'name', 'organization'], 1)
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.errors import KgError

__all__ = ["BENCHMARKS", "find_benchmark", "read_cluener", "read_peoples_daily", "evaluate", "print_report"]

#: name → (default path under the shared folder, label → kg types, benchmark label → scored label)
BENCHMARKS: dict[str, dict] = {
    "cluener": {
        "title": "CLUENER2020",
        "path": "benchmarks/cluener2020/dev.json",
        "labels": {
            "name": ("Person", "Official"),
            "government": ("Agency",),
            "company": ("Company",),
            "organization": ("Organization",),
            "address+scene": ("Place",),
        },
        "gold": {"name": "name", "government": "government", "company": "company", "organization": "organization",
                 "address": "address+scene", "scene": "address+scene"},
    },
    "peoples-daily": {
        "title": "People's Daily 1998",
        "path": "benchmarks/peoples_daily_ner/example.test",
        "labels": {
            "PER": ("Person", "Official"),
            "LOC": ("Place",),
            "ORG": ("Agency", "Company", "Organization"),
        },
        "gold": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    },
}

Sentence = tuple[str, set[tuple[int, int, str]]]


def find_benchmark(name: str, explicit: Path | None = None) -> Path:
    """The benchmark file: ``explicit``, else its default path under ``../shared/`` from the
    working folder or from the project folder."""
    if explicit is not None:
        if not Path(explicit).is_file():
            raise KgError(f"{explicit}: no such file")
        return Path(explicit)
    rel = BENCHMARKS[name]["path"]
    project = Path(__file__).resolve().parents[2]
    for base in (Path.cwd(), project):
        for shared in ("../shared", "shared"):
            path = (base / shared / rel).resolve()
            if path.is_file():
                return path
    raise KgError(f"{BENCHMARKS[name]['title']} not found: looked for ../shared/{rel}; give the file's path")


def read_cluener(path: Path) -> list[Sentence]:
    """CLUENER2020 JSON lines: ``{"text", "label": {label: {surface: [[start, end], …]}}}``,
    ``end`` inclusive.  Returns each text and its names ``(start, end exclusive, label)``."""
    labels = BENCHMARKS["cluener"]["gold"]
    out: list[Sentence] = []
    for lineno, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            gold = set()
            for label, surfaces in item.get("label", {}).items():
                for surface, positions in surfaces.items():
                    for s, e in positions:
                        if text[s : e + 1] != surface:
                            raise ValueError(f"span [{s}, {e}] is {text[s:e + 1]!r}, not {surface!r}")
                        if label in labels:
                            gold.add((s, e + 1, labels[label]))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise KgError(f"{path}:{lineno}: not a CLUENER2020 line ({_reason(err)})") from None
        out.append((text, gold))
    return out


def read_peoples_daily(path: Path) -> list[Sentence]:
    """People's Daily NER: one character and its BIO tag a line (``北 B-LOC``), a blank line
    between sentences.  Returns each text and its names ``(start, end exclusive, label)``."""
    labels = BENCHMARKS["peoples-daily"]["gold"]
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not chars:
            return
        gold, start, label = set(), None, None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and tag != f"I-{label}":
                if label in labels:
                    gold.add((start, i, labels[label]))
                start = None
            if tag.startswith("B-"):
                start, label = i, tag[2:]
        out.append(("".join(chars), gold))
        chars.clear()
        tags.clear()

    for lineno, line in enumerate(_lines(path), 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            flush()
            continue
        parts = line.rsplit(" ", 1)
        tag = parts[-1] if len(parts) == 2 else ""
        if len(parts) != 2 or len(parts[0]) != 1 or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise KgError(f"{path}:{lineno}: not a People's Daily line (a character, a space, a BIO tag): {line[:40]!r}")
        chars.append(parts[0])
        tags.append(tag)
    flush()
    return out


def _lines(path: Path) -> Iterable[str]:
    try:
        with open(path, encoding="utf-8") as f:
            yield from f
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except UnicodeDecodeError as err:
        raise KgError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise KgError(f"{path}: cannot read ({err.strerror})") from None


def _reason(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"invalid JSON: {err.msg}"
    if isinstance(err, KeyError):
        return f"no {err.args[0]!r}"
    return str(err) or type(err).__name__


def evaluate(name: str, path: Path, *, nlp=None, batch_size: int = 64, show: int = 0) -> dict:
    """Exact-span precision, recall and F1, micro and per label, of kg's recogniser on a benchmark.

    Parameters
    ----------
    name : str
        ``"cluener"`` or ``"peoples-daily"``.
    path : Path
        The benchmark file.
    nlp : Language, optional
        A kg pipeline with ``kg_ner`` and ``kg_entities`` (made when omitted).
    show : int
        Examples of each kind of error to keep per label (the first in the file): ``missed`` (a
        benchmark span kg did not give with that label) and ``spurious`` (kg's span the benchmark
        does not have), each as ``{"span", "context", "kg_type"}``.

    Returns
    -------
    dict
        ``{"benchmark", "path", "sentences", "characters", "seconds", "micro": {"p", "r", "f1", "tp",
        "fp", "fn"}, "labels": {label: {…}}}``, and ``"errors": {label: {"missed": [...],
        "spurious": [...]}}`` when ``show`` is above 0.
    """
    if name not in BENCHMARKS:
        raise KgError(f"unknown benchmark {name!r}; valid: {', '.join(BENCHMARKS)}")
    spec = BENCHMARKS[name]
    sentences = read_cluener(path) if name == "cluener" else read_peoples_daily(path)
    if nlp is None:
        from kg.nlp.pipeline import ENTITY_PIPES, make_nlp

        nlp = make_nlp(pipes=("kg_ner", *ENTITY_PIPES))  # the recogniser as a build runs it
    type_label = {t: label for label, types in spec["labels"].items() for t in types}
    counts = {label: [0, 0, 0] for label in spec["labels"]}
    errors: dict[str, dict[str, list]] = {label: {"missed": [], "spurious": []} for label in spec["labels"]}
    t0 = time.perf_counter()
    docs = nlp.pipe((text for text, _ in sentences), batch_size=batch_size)
    for (text, gold), doc in zip(sentences, docs):
        kept = [m for m in outermost(doc._.kg_mentions or ()) if m.kind != "coref" and m.type in type_label]
        pred = {(m.start, m.end, type_label[m.type]) for m in kept}
        for label, c in counts.items():
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
            if show:
                kg_types = {(m.start, m.end): m.type for m in kept}
                for kind, spans in (("missed", g - p), ("spurious", p - g)):
                    listed = errors[label][kind]
                    for a, b, _ in sorted(spans)[: show - len(listed)]:
                        listed.append({"span": text[a:b], "context": text[max(0, a - 12) : b + 12],
                                       "kg_type": kg_types.get((a, b))})
    seconds = time.perf_counter() - t0
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "benchmark": spec["title"],
        "path": str(path),
        "sentences": len(sentences),
        "characters": sum(len(text) for text, _ in sentences),
        "seconds": round(seconds, 2),
        "micro": _prf(*total),
        "labels": {label: _prf(*c) for label, c in counts.items()},
    } | ({"errors": errors} if show else {})


def outermost(mentions: Sequence) -> list:
    """The mentions not inside a longer one (nesting places are reported inside names)."""
    spans = [(m.start, m.end) for m in mentions]
    return [m for m in mentions
            if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def print_report(report: dict, *, as_json: bool = False) -> None:
    """Print the report as a small table, or as JSON."""
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(f"{report['benchmark']}: {report['path']} ({report['sentences']:,} sentences, "
          f"{report['characters']:,} characters, {report['seconds']} s); exact spans")
    print(f"{'label':<16}{'tp':>7}{'fp':>7}{'fn':>7}{'P':>8}{'R':>8}{'F1':>8}")
    rows = list(report["labels"].items()) + [("micro", report["micro"])]
    for label, s in rows:
        print(f"{label:<16}{s['tp']:>7}{s['fp']:>7}{s['fn']:>7}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}")
    for label, kinds in report.get("errors", {}).items():
        for kind, examples in kinds.items():
            if examples:
                print(f"\n{kind} {label} (first {len(examples)}):")
            for x in examples:
                typed = f" [kg: {x['kg_type']}]" if x["kg_type"] else ""
                print(f"  {x['span']}{typed}  …{x['context']}…")

"""A 50 MB page: the build streams it through bounded memory, measured in a fresh process.

The NLP itself is replaced by a stub that returns one sentence per article: what is under
test is everything around it — reading, decoding, layout repair, article splitting (a
file may hold many pages), the per-file cache, resolution and export — which is where a
naive implementation keeps an int or a string per character, or compares every article
with every other (this file once took 24 GB).  The NLP's own cost per article is what
``benchmarks/run.py`` measures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

MB = 1024 * 1024
#: Peak resident memory the build may add on top of the interpreter, for a 50 MB file.
LIMIT_MB = 1024

SCRIPT = textwrap.dedent("""
    import json, resource, sys
    import kg.nlp.pipeline, kg.run.runner
    from kg.run.build import build
    from kg.records import Extraction

    def one_sentence_per_article(articles, nlp=None, **kwargs):
        for a in articles:
            yield Extraction(article=a, mentions=(), relations=(), sentences=((0, len(a.text)),))

    kg.nlp.pipeline.extract = one_sentence_per_article
    kg.run.runner._local.nlp = object()  # no spaCy pipeline is built
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = build([sys.argv[1]], sys.argv[2], html=False, store=False, workers=1)  # the stub runs here
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": summary.articles, "files": summary.files, "grew_kb": peak - base}))
""")


def test_a_50_mb_file_builds_in_bounded_memory(tmp_path, seed_files):
    page = "".join(p.read_text(encoding="utf-8") + "\n\n" for p in seed_files)
    copies = 50 * MB // len(page.encode("utf-8")) + 1
    big = tmp_path / "五十兆 page.txt"  # a space and Chinese in the path too
    with open(big, "w", encoding="utf-8") as f:
        for _ in range(copies):
            f.write(page)
    assert big.stat().st_size >= 50 * MB

    run = subprocess.run([sys.executable, "-c", SCRIPT, str(big), str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["files"] == 1
    assert result["articles"] >= copies * 20  # every page's articles were found, not one giant article
    assert result["grew_kb"] / 1024 < LIMIT_MB, f"peak memory grew by {result['grew_kb'] // 1024} MB"
    assert (tmp_path / "out" / "graph.ttl").exists()

"""kg.run.runner: the files of a process extracted as one stream of the pipeline give what each
file gives alone; a crash in the stream costs only the file at fault; worker groups."""

from __future__ import annotations

import pytest

import kg.nlp.pipeline
from kg.run import runner
from kg.run.runner import Job, extract_job, extract_jobs

#: Short pages written for these tests: two articles, one, none (whitespace), one.
PAGES = {
    "甲.txt": "甲市乙区召开城市更新工作会议\n\n本报讯 甲市乙区住房和城乡建设局局长丁一出席会议并讲话。"
              "区住建局将加快推进丙街道城中村改造项目。\n\n丁市举行项目签约仪式\n\n本报讯 丁市人民政府与戊己科技"
              "有限公司签约，项目总投资5亿元，由丁市发展和改革局负责推进。\n",
    "乙.txt": "丙县教育局副局长庚二到丙县第一中学调研，了解新校区建设项目进展。\n",
    "空.txt": "  \n\n",
    "丁.txt": "辛市生态环境局局长壬三表示，辛市将投资2亿元建设污水处理厂项目。\n",
}


def jobs() -> list[Job]:
    return [Job(i, f"/corpus/{name}", text.encode("utf-8"), name) for i, (name, text) in enumerate(PAGES.items())]


def as_tuples(results) -> list[tuple]:
    return [(r.index, r.name, r.problem, r.text, r.extractions) for r in results]


@pytest.fixture(scope="module")
def alone() -> list:
    return as_tuples(extract_job(job) for job in jobs())


def test_runner_one_stream_gives_each_files_extractions(alone):
    streamed = as_tuples(extract_jobs(jobs(), batch_size=2))  # batches across files
    assert streamed == alone
    assert [(i, name, problem, len(x)) for i, name, problem, _, x in streamed] == [
        (0, "甲.txt", None, 2), (1, "乙.txt", None, 1), (2, "空.txt", "no text (only whitespace)", 0),
        (3, "丁.txt", None, 1)]
    assert any(m.text == "戊己科技有限公司" for m in streamed[0][4][1].mentions)  # extracted, not empty


def test_runner_a_crash_in_the_stream_costs_only_the_file_at_fault(alone, monkeypatch):
    real = kg.nlp.pipeline.extract

    def fragile(articles, nlp=None, **kw):
        for extraction in real(articles, nlp, **kw):
            if extraction.article.source == "乙.txt":
                raise RecursionError("maximum recursion depth exceeded")
            yield extraction

    monkeypatch.setattr(kg.nlp.pipeline, "extract", fragile)
    streamed = as_tuples(extract_jobs(jobs(), batch_size=2))
    assert [r[2] for r in streamed] == [None, "extraction failed (RecursionError: maximum recursion depth exceeded)",
                                        "no text (only whitespace)", None]
    assert [r for k, r in enumerate(streamed) if k != 1] == [r for k, r in enumerate(alone) if k != 1]


def test_runner_worker_groups_of_about_the_group_size():
    sizes = [len(job.data) for job in jobs()]
    groups = list(runner._groups(jobs(), size=sizes[0] + 1))  # the first file alone is below the size
    assert [[job.name for job in group] for group in groups] == [["甲.txt", "乙.txt"], ["空.txt", "丁.txt"]]
    assert [[job.name for job in g] for g in runner._groups(jobs(), size=1)] == [[n] for n in PAGES]


class _Retried(BaseException):
    """Raised by the broken pipeline when it is asked for again: escapes the stream's ``except Exception``."""


@pytest.mark.parametrize("fails_in", ["pipeline", "stream"])
def test_runner_a_failure_before_any_file_is_read_stops_the_run_with_its_error(monkeypatch, fails_in):
    # a pipeline that cannot be built (a broken install) or a stream that fails before it reads a file blames no
    # file: the error goes to the caller at once, instead of the stream starting again, and failing, forever
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise _Retried
        raise ImportError("cannot import name 'located_in_name'")

    if fails_in == "pipeline":
        monkeypatch.setattr(runner, "_nlp", broken)
    else:
        monkeypatch.setattr(kg.nlp.pipeline, "extract", broken)
    with pytest.raises(ImportError, match="located_in_name"):
        list(extract_jobs(jobs()))
    assert calls == [1]

"""Imported once by the forkserver that kg's worker processes fork from (see
:func:`kg.run.runner.process_context`): it builds the NLP pipeline there, so every worker
starts with the pipeline and jieba's dictionary already in memory (shared copy-on-write)
instead of spending a second or two building its own.

The forkserver outlives a pool, so a process that builds more than once (a library
user, a watch loop, the benchmark) pays for the pipeline once, not once per worker per
build.  Importing this module anywhere else just builds that process's pipeline.
"""

from __future__ import annotations

from kg.run.runner import warm_pipeline

warm_pipeline()

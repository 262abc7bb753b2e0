"""Evaluation of kg on public benchmarks (:mod:`kg.eval.benchmarks`)."""

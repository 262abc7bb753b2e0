"""Measuring: :mod:`~kg.eval.gold` runs the project's scorer on a built graph against gold
files; :mod:`~kg.eval.benchmarks` scores the entity recogniser on public NER benchmarks.
"""

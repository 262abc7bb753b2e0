"""Checking the graph against the SHACL shapes of ``ontology/shapes.ttl``: what enters is
the graph's triples; what leaves is a :class:`~kg.validate.shacl.ShaclResult`.

:mod:`~kg.validate.rust` checks with the ``shacl`` package's Rust engine (what ``kg build``
runs); :mod:`~kg.validate.shacl` with pyshacl, the reference engine.  The two give the same
report (``tests/test_shacl_engines.py``).
"""

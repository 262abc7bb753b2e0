"""Checking the graph against the SHACL shapes of ``ontology/shapes.ttl``: what enters is
the graph's triples; what leaves is a :class:`~kg.validate.shacl.ShaclResult`.
"""

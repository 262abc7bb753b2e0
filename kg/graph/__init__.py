"""Stage 4, entities and edges to one graph and its RDF: what enters is resolved entities
and edges; what leaves is a networkx ``MultiDiGraph`` (:mod:`~kg.graph.model`) and its
triples (:mod:`~kg.graph.rdf`) in kg's vocabulary (:mod:`~kg.graph.vocab`, checked against
the ontology files that :mod:`~kg.graph.ontology` finds).
"""

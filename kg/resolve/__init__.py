"""Stage 3, mentions to entities: what enters is the :class:`~kg.records.Extraction`
records of a whole corpus; what leaves is one :class:`~kg.records.Entity` per real-world
thing and the relation edges between them, each with its evidence
(:mod:`~kg.resolve.resolution`: scope words, abbreviations, union-find over aliases; one
person per name only where posts or places agree, :mod:`~kg.resolve.persons`), and each
project's own investments.
"""

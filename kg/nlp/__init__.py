"""Stage 2, articles to mentions and relations: what enters is :class:`~kg.records.Article`
records; what leaves is one :class:`~kg.records.Extraction` per article (mentions, relation
mentions — each stated by its sentence or inferred —, projects' own investments, sentences,
the article's place context).

A spaCy pipeline (:mod:`~kg.nlp.pipeline`) over jieba's words (:mod:`~kg.nlp.tokenizer`),
each stage a registered component: ``kg_sentencizer``, ``kg_entities``, ``kg_context``,
``kg_coref``, ``kg_relations`` (a package of rule families, :mod:`kg.nlp.relations`).
"""

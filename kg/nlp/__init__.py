"""kg's NLP stages: the statistical name tagger (``kg.nlp.model``)."""

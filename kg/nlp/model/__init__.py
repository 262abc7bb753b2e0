"""``kg_ner``: a statistical name tagger trained here, shipped in ``kg/data/models/kg_ner/``.

A linear model over hashed character, jieba-word and lexicon features
(:mod:`~kg.nlp.model.features`), decoded by a constrained BIOES Viterbi over all clauses of
a batch at once (:mod:`~kg.nlp.model.decode`); weights and files in
:mod:`~kg.nlp.model.tagger`; the spaCy component in :mod:`~kg.nlp.model.component`.
Inference needs numpy only.  ``training/train.py`` reproduces the shipped weights.
"""

"""Language knowledge, loaded from the data files under ``kg/data/``: what enters is
nothing but those files; what leaves is look-up objects the NLP stages and resolution use.

:mod:`~kg.lang.lexicon` (suffixes, titles, surnames, abbreviations, departments, boundary
words), :mod:`~kg.lang.gazetteer` (administrative divisions: names, short names, nesting) and
:mod:`~kg.lang.money` (amounts written in Chinese, in yuan).
"""

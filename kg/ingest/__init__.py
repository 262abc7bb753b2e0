"""Stage 1, files to articles: what enters is the paths a user gives; what leaves is
:class:`~kg.records.Article` records.

:mod:`~kg.ingest.sources` finds and decodes files (:class:`~kg.records.Source`);
:mod:`~kg.ingest.layout` repairs e-paper layout (broken lines, spaced characters) keeping an
offset map (:mod:`~kg.ingest.offsets`) back to the file; :mod:`~kg.ingest.furniture` tells
page furniture, bylines and headlines from text; :mod:`~kg.ingest.articles` cuts a page into
articles with their headlines, bylines and masthead.
"""

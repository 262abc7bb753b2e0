"""Entity recognition (GUIDE §2) as spaCy components: candidate sources, then one settler.

The recogniser works on characters, with jieba's words as hints, because a name often
does not end where a jieba word ends (``区住建局`` is segmented ``区住 | 建局``).  Each
*source* is a component that proposes names of one kind and stores them, as
:class:`~kg.records.Mention` records (character offsets), under its own key in
``doc._.kg_candidates`` — a dict rather than ``doc.spans`` groups because a span group
holds token spans and kg's names need not align with jieba's tokens.  ``kg_entities``
then settles the overlaps with a registered filter named in its config
(:mod:`~kg.nlp.entities.filters`) and writes ``doc._.kg_mentions``, the list every later
stage reads.  :data:`kg.nlp.pipeline.ENTITY_PIPES` is the order:

================== ==================================================== =====================
component          proposes                                             module
================== ==================================================== =====================
kg_places          places of the divisions data (即墨区, 青岛, 市南)        places
kg_titles          post titles (局长, 党组书记), for the sources after it   titles
kg_bylines         credited reporters and editors; their outlets          bylines
kg_quoted_projects “…”应用场景/项目/工程                                    patterns
kg_metro_lines     地铁7号线二期, 甲市地铁2号线东延段                          patterns
kg_departments     department names and abbreviations (区住建局)            departments
kg_suffix_names    names ending in a suffix (…局, …有限公司, …产业园, …村)   suffixes
kg_awards          the award an award verb names (获评…试点城市)           awards
kg_award_events    a bare 一等奖 named with its contest                     awards
kg_listed_companies companies in a list before 等企业, 以…领头              companies
kg_listed_projects works in a list before 等项目, a count or 开工建设           lists
kg_built_works     works named by what they make where the sentence      works
                   builds, funds or visits them (建设 | 甲精深加工项目)
kg_officials       the person after a post title, with the post as role  titles
kg_name_runs       people named one after another (甲乙丙出席), cut by  name_runs
                   the names the article writes elsewhere
kg_entities        settles the candidates → ``doc._.kg_mentions``        settle
================== ==================================================== =====================

Optional model sources: ``kg_posseg`` (jieba's tagger) and ``kg_lac`` (Baidu LAC) in
:mod:`~kg.nlp.entities.models`; a trained recogniser writing ``doc.spans["kg_ner"]`` is
read by ``kg_entities`` at the lowest priority and typed by kg's own data.

The sources share one :class:`~kg.nlp.entities.index.NameIndex` per Doc (jieba's word
boundaries, the places, the post titles) and the left-boundary rules of
:mod:`~kg.nlp.entities.boundaries`.  Each source's language data is loaded in
``initialize``, written by ``to_disk`` and read by ``from_disk``
(:mod:`~kg.nlp.entities.component`).

Importing this package registers every factory and filter.
"""

from __future__ import annotations

from kg.nlp.entities import (awards, bylines, companies, departments, filters, lists, models,  # noqa: F401
                             name_runs, patterns, places, settle, suffixes, titles, works)

__all__ = ["FACTORIES"]

#: Every factory this package registers, optional ones included.
FACTORIES: tuple[str, ...] = (
    "kg_places", "kg_titles", "kg_bylines", "kg_quoted_projects", "kg_metro_lines", "kg_departments",
    "kg_suffix_names", "kg_awards", "kg_award_events", "kg_listed_companies", "kg_listed_projects", "kg_built_works",
    "kg_officials", "kg_name_runs", "kg_entities", "kg_posseg", "kg_lac",
)

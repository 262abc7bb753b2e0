"""Relation extraction: the spaCy component ``kg_relations`` and its rules, one module per family.

=================  ==========================================================  ==========================
module             rules                                                       relations
=================  ==========================================================  ==========================
``posts``          post_title                                                  leads, memberOf
``money``          funded_programme, funds_verb                                funds
``develops``       develops_project, develops_verb, develops_by,               develops
                   develops_unit, develops_signing
``awards``         awarded_verb, awarded_listed, organizes_role                awarded, organizes
``units``          part_of_unit, part_of_belongs                               partOf
``places``         located_copula, located_settle, located_at, located_event,  locatedIn
                   located_in_name, located_scope
=================  ==========================================================  ==========================

Each rule is a function of one sentence registered by name (:mod:`kg.nlp.relations.registry`);
the component (:mod:`kg.nlp.relations.component`) runs the rules its config names, in order,
and records on each relation the rule that found it and whether a sentence states it or kg
inferred it.  The words the rules look for are in ``kg/data/relation_patterns.json``
(:mod:`kg.nlp.relations.data`).
"""

from kg.nlp.relations.component import DEFAULT_RULES, RelationExtractor, make_relation_extractor
from kg.nlp.relations.data import RelationData
from kg.nlp.relations.registry import RULES, Rule, rule

__all__ = ["RelationExtractor", "RelationData", "RULES", "Rule", "rule", "DEFAULT_RULES", "make_relation_extractor"]

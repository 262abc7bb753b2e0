"""Relation extraction: the spaCy component ``kg_relations`` and its rules, one module per family.

=================  ==========================================================  ==========================
module             rules (in the order the component runs them)                relations
=================  ==========================================================  ==========================
``units``          units_named_again (a unit a list named, named again)        partOf
``posts``          post_title, member_of_the_bureau, press_credit,             leads, memberOf
                   member_staff, member_contact, member_listed, member_line,
                   member_group_line, member_dispatched
``develops``       works_built (an institution a sentence builds is a work)   (a mention's type)
``money``          funded_programme, invested_project, funds_invest,           funds (and develops: an
                   funds_verb, funds_received, funds_by, investment,           owner that invests)
                   funds_topic, funds_granted, funds_total, funds_allocated,
                   funds_signed
``develops``       develops_project, develops_verb, develops_by,               develops (and funds: an
                   develops_unit, develops_role, develops_signing,             owner whose part is to
                   develops_parties, develops_named_work, develops_topic,      invest)
                   develops_through
``tables``         develops_table_row (a table of works written as lines),     develops, funds, locatedIn
                   develops_field_lines (a work's record as lines of fields)
``awards``         awarded_verb, awarded_listed, awarded_named, awarded_list,  awarded, organizes
                   awarded_winners, awarded_list_title, awarded_handed, awarded_colon_list,
                   awarded_lines, awarded_headed_list, awarded_this_honour, organizes_role,
                   organizes_referred, organizes_commend, organizes_decided
``places``         located_copula, located_settle, located_hosted, located_at,  locatedIn
                   located_in_the_park,
                   located_event, located_bracketed, located_possessive, located_jurisdiction, located_setting,
                   located_worked_place, located_item_label, located_extent,
                   located_in_name, located_scope
``units``          part_of_unit, part_of_belongs, part_of_name,                partOf
                   part_of_listed
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

"""The spaCy component ``kg_relations``: runs the registered relation rules sentence by sentence.

Reads the mentions ``kg_entities``/``kg_coref`` set (``doc._.kg_mentions``) and the article's
place (``doc._.kg_context``); writes ``doc._.kg_relations``
(:class:`~kg.records.RelationMention`) and ``doc._.kg_investments``
(:class:`~kg.records.InvestmentMention`: a project's own investment) and gives back the mentions with those the rules added
(bodies a post names, programmes named only by their money).

Settings (JSON, saved with the pipeline):

``rules``
    the names of the rules to run, in order (:data:`kg.nlp.relations.RULES`); a rule reads
    what earlier ones found in the sentence, so the order matters.
``window``
    how many sentences a paragraph's subject carries over to sentences that name no body.

The language data is loaded in :meth:`RelationExtractor.initialize` (or on first use) and
written by :meth:`RelationExtractor.to_disk`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.extensions import doc_text, ensure_extensions
from kg.nlp.relations.data import PATTERNS_FILE, RelationData
from kg.nlp.relations.registry import RULES, Article, Sentence, is_outlet
from kg.records import InvestmentMention, RelationMention
from kg.schema import BODY_TYPES

__all__ = ["RelationExtractor", "DEFAULT_RULES", "PLANNED_PREDICATES"]

#: The rules a pipeline runs by default, in order.
DEFAULT_RULES: tuple[str, ...] = (
    "units_named_again", "post_given_person", "post_title", "member_of_the_bureau", "press_credit", "member_staff", "member_contact", "member_line", "member_group_line", "member_listed", "member_dispatched", "member_elected",
    "works_built", "funded_programme", "invested_project", "funds_invest", "funds_verb", "funds_received", "funds_by", "investment", "funds_topic",
    "develops_project", "develops_verb", "develops_by", "develops_unit", "develops_unit_summary", "develops_role", "develops_signing", "develops_parties", "develops_visited",
    "develops_named_work", "develops_topic", "develops_through", "develops_table_row", "develops_field_lines", "funds_granted", "funds_total", "funds_allocated", "funds_signed",
    "awarded_verb", "awarded_won_by", "awarded_listed", "awarded_winners", "awarded_named", "awarded_list", "awarded_list_title", "awarded_handed",
    "awarded_colon_list", "awarded_lines", "awarded_headed_list", "awarded_this_honour", "organizes_role", "organizes_referred", "organizes_commend", "organizes_decided",
    "located_copula", "located_settle", "located_hosted", "located_at", "located_in_the_park", "located_event", "located_bracketed", "located_possessive", "located_jurisdiction", "located_setting", "located_worked_place", "located_item_label",
    "located_visit", "located_site", "located_extent", "located_in_name",
    "located_scope",
    "part_of_unit", "part_of_belongs", "part_of_name", "part_of_listed", "part_of_joined",
    "post_respectively",  # (after the rules that name units: 下设A中心、B中心，分别由甲、乙担任主任)
)
#: Relations a planning word (力争, 拟, 计划 …) marks ``modality=planned``.
PLANNED_PREDICATES = frozenset({"funds", "awarded", "develops", "locatedIn"})


class RelationExtractor:
    """Find relations sentence by sentence with the rules named in ``rules``."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_relations", *,
                 rules: Iterable[str] = DEFAULT_RULES, window: int = 3) -> None:
        _import_rules()
        unknown = [r for r in rules if r not in RULES]
        if unknown:
            raise ValueError(f"kg_relations: unknown rule(s) {', '.join(unknown)}; registered: {', '.join(sorted(RULES))}")
        self.name = name
        self.rules = tuple(rules)
        self.window = window  # sentences a paragraph's subject carries over
        self.data: RelationData | None = None

    # -- data -------------------------------------------------------------------------------
    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the shipped language data (a saved pipeline reads its own: :meth:`from_disk`)."""
        self.data = RelationData.load()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self._data().to_disk(path / PATTERNS_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RelationExtractor:
        self.data = RelationData.load(Path(path) / PATTERNS_FILE)
        return self

    def _data(self) -> RelationData:
        if self.data is None:
            self.initialize()
        assert self.data is not None
        return self.data

    # -- running ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        from kg.nlp.relations.places import gazetteer

        text = doc_text(doc)
        codes = doc._.kg_context
        context = gazetteer().get(codes[0]) if codes else None
        article = Article(text, list(doc._.kg_mentions or []), context, self._data())
        rules = [(RULES[name].func, RULES[name].needs) for name in self.rules]
        basis = {name: RULES[name].basis for name in self.rules}
        out: list[RelationMention] = []
        investments: list[InvestmentMention] = []
        last_subject: int | None = None
        last_chain: list[int] = []
        since_subject = 0
        previous_end = 0
        for span in doc.sents:
            s, e = span.start_char, span.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            # (the line break between two paragraphs is the whitespace after the last sentence, or before this one)
            if "\n" in text[previous_end:s] and not text.startswith(tuple(self._data()["subject_carry_words"]), s):
                last_subject, last_chain, since_subject = None, [], 0  # a new paragraph (其中… goes on with the last)
            previous_end = e
            sent = Sentence(article, s, e, article.in_span(s, e))
            article.state["subject"] = last_subject  # the paragraph's last subject, for sentences naming none
            article.state["subject_chain"] = last_chain  # and the bodies joined to it (甲局、乙局联合下达…)
            # (a page's outlet acts in no sentence; nor does a body whose meeting the sentence is about:
            # 甲区第十七届人大三次会议开幕, whose next sentence's work is the government's)
            meeting = self._data().regex("subject_meeting", lambda d: re.compile(d["subject_meeting_pattern"]))
            subject = next((i for i in sent.idx if article.mentions[i].type in BODY_TYPES
                            and not is_outlet(article.mentions[i].name)
                            and not meeting.match(text, article.mentions[i].end)), None)
            types = sent.types  # (a set the rules may add to: an implied body)
            for func, needs in rules:
                if not needs or not needs.isdisjoint(types):  # a rule that needs what the sentence lacks finds nothing
                    func(sent)
            planned = bool(sent.found or sent.investments) and self._planned(text[s:e])  # asked only when needed
            for project, rule_name, qual in sent.investments:
                if planned:
                    qual.setdefault("modality", "planned")
                investments.append(InvestmentMention(project, s, e, rule_name, tuple(sorted(qual.items()))))
            mentions = article.mentions
            for subj, pred, obj, rule_name, qual in sent.found:
                if subj == obj:
                    continue
                if planned and pred in PLANNED_PREDICATES and not (pred == "locatedIn" and mentions[subj].type == "Place") \
                        and self._planned(text[slice(*_clauses_of(text, s, e, mentions[subj], mentions[obj], qual))]):
                    # (a place's nesting is never a plan; a planning word of another clause is another
                    # fact's: 由甲投资建设，总投资5亿元，建成后将吸引…)
                    qual.setdefault("modality", "planned")
                out.append(RelationMention(subj, pred, obj, s, e, rule_name, tuple(sorted(qual.items())),
                                           basis[rule_name] if rule_name in basis else _basis(rule_name)))
            if subject is not None:
                last_subject, since_subject = subject, 0
                last_chain = sent.chain_after(article.mentions[subject].start, BODY_TYPES)
            else:
                since_subject += 1
                if since_subject > self.window:
                    last_subject = None
        doc._.kg_relations = out
        doc._.kg_investments = investments
        doc._.kg_mentions = article.mentions  # with the mentions the rules added
        return doc

    def _planned(self, sentence: str) -> bool:
        data = self._data()
        cleaned = sentence
        for word in data["modality_not_planned"]:
            cleaned = cleaned.replace(word, "")
        return any(word in cleaned for word in data["modality_planned"])


#: what ends a clause: a planning word is read in the clauses a relation spans
_CLAUSE_BREAKS = "，,；;：:"


def _clauses_of(text: str, s: int, e: int, subject, obj, qual: dict) -> tuple[int, int]:
    """The clauses of the sentence ``text[s:e]`` from the one holding the first of the relation's two
    mentions to the one holding the last, and the amount it carries (甲与乙签约P，计划投资18亿元)."""
    first, last = min(subject.start, obj.start), max(subject.end, obj.end)
    amount = qual.get("amount_text")
    if amount:
        at = text.find(amount, s, e)
        if at >= 0:
            first, last = min(first, at), max(last, at + len(amount))
    start = max([text.rfind(c, s, first) for c in _CLAUSE_BREAKS] + [s - 1]) + 1
    ends = [k for k in (text.find(c, last, e) for c in _CLAUSE_BREAKS) if k >= 0]
    return max(s, start), min(ends) if ends else e


def _basis(rule_name: str) -> str:
    rule = RULES.get(rule_name)
    return rule.basis if rule is not None else "stated"


def _import_rules() -> None:
    """Import the rule modules, which registers their rules."""
    from kg.nlp.relations import awards, develops, money, places, posts, tables, units  # noqa: F401


@Language.factory("kg_relations", requires=["doc._.kg_mentions", "doc._.kg_context"],
                  assigns=["doc._.kg_relations", "doc._.kg_investments", "doc._.kg_mentions"],
                  default_config={"rules": list(DEFAULT_RULES), "window": 3})
def make_relation_extractor(nlp: Language, name: str, rules: list[str], window: int) -> RelationExtractor:
    """Make the ``kg_relations`` component (see :class:`RelationExtractor`)."""
    ensure_extensions()
    return RelationExtractor(nlp, name, rules=rules, window=window)

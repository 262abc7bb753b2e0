"""The graph model as RDF (GUIDE §5, docs/CONTRACT.md).

:func:`to_rdf` turns the :mod:`kg.graph.model` model into an :class:`rdflib.Graph` with

* every entity: ``rdf:type`` its class (and each other class it is: a park built and settled in is a
  ``kg:Project`` and a ``kg:Place``), ``rdfs:label``@zh, ``skos:altLabel``@zh per alias,
  ``kg:role``@zh per post title;
* every article: ``rdf:type kg:Article``, the headline as ``rdfs:label``@zh, the file's name
  (its path under the input root) as ``dcterms:source``, ``kg:startOffset``/``kg:endOffset``
  (its span in the file's text), where the page gives them ``dcterms:date`` (``xsd:date``),
  ``dcterms:publisher``@zh and ``schema:pagination``, and ``kg:mentions`` to every entity
  whose ``articles`` lists it;
* every edge as a direct triple (``?s kg:funds ?o``), **and** one ``rdf:Statement`` per
  piece of evidence: ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom`` the article
  (and every other article the same evidence was found in), ``kg:basis`` ``"stated"`` with
  ``kg:sentence``@zh and the sentence's offsets in the file, or ``"inferred"`` with neither
  (no sentence says it), ``kg:rule``, ``kg:occurrences`` when found more than once, and the
  qualifiers;
* a project's own investments: ``kg:investment`` → a ``kg:Investment`` node with the money
  qualifiers and its evidence (article, sentence, offsets, rule) on it.

Qualifiers (keys of :attr:`kg.records.RelationMention.qualifiers`) become:

================  ==================================================================
``role``          ``kg:role`` @zh
``amount``        ``kg:amount`` ``xsd:decimal`` (canonical: ``7940000000.0``), plus ``kg:currency "CNY"``
``amount_text``   ``kg:amountText`` @zh
``money_kind``    ``kg:moneyKind`` @zh
``period``        ``kg:period`` @zh
``date``          ``kg:date`` ``xsd:date``/``xsd:gYearMonth``/``xsd:gYear`` when in exact ISO
                  form (``2025-06-30``, ``2025-06``, ``2025``), else ``kg:period`` @zh
``modality``      ``kg:modality`` (plain string, ``"planned"``)
``event``         ``kg:event`` @zh
``organizer_role`` ``kg:organizerRole`` @zh
================  ==================================================================

An amount that is not a number is kept as ``kg:amountText``; an unknown qualifier key is
logged and left out (the vocabulary is closed: it never mints a predicate).

>>> from kg.graph.model import build_graph
>>> from kg.records import Entity, Evidence
>>> ev = Evidence("f.txt#0", "f.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb", (("amount", "100"),))
>>> G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")],
...                 [("Agency/甲局", "funds", "Project/乙工程", ev)], {})
>>> g = to_rdf(G)
>>> from kg.graph.vocab import KG, entity_iri
>>> (entity_iri("Agency/甲局"), KG.funds, entity_iri("Project/乙工程")) in g
True
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg import schema
from kg.records import ENTITY_TYPES, PREDICATES
from kg.graph.vocab import KG, KGR, article_iri, entity_iri, mint_evidence, mint_investment

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from rdflib.term import Node, URIRef

    from kg.records import Article, Evidence

__all__ = ["PREFIXES", "QUALIFIERS", "to_rdf", "rdf_triples", "qualifier_triples", "decimal_literal", "date_literal", "bind_prefixes"]

log = logging.getLogger(__name__)

#: Prefixes bound on every graph kg writes (:data:`kg.schema.PREFIXES`).
PREFIXES = {prefix: Namespace(ns) for prefix, ns in schema.PREFIXES.items()}

#: Qualifier key → (property, kind); kind says how the value is written (:data:`kg.schema.QUALIFIERS`).
QUALIFIERS: dict[str, tuple[URIRef, str]] = {key: (KG[q.term], q.kind) for key, q in schema.QUALIFIERS.items()}

_CLASSES = {t: KG[t] for t in (*ENTITY_TYPES, "Article")}
_PREDICATES = {p: KG[p] for p in PREDICATES}
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DATES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, "%Y-%m-%d"),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, "%Y-%m"),
    (re.compile(r"\d{4}"), XSD.gYear, "%Y"),
)


def bind_prefixes(g: Graph) -> Graph:
    """Bind :data:`PREFIXES` on ``g`` (replacing rdflib's defaults for those names); return ``g``."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def decimal_literal(value: str) -> Literal | None:
    """``value`` as an ``xsd:decimal`` literal in canonical form, or None if not a finite number.

    >>> decimal_literal("7.94e9")
    rdflib.term.Literal('7940000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    >>> decimal_literal("79.4亿") is None
    True
    """
    try:
        number = Decimal(value.strip())
    except (InvalidOperation, AttributeError):
        return None
    if not number.is_finite():
        return None
    # XSD canonical form: no exponent, no "+", at least one digit each side of the point
    # (Turtle writes a decimal that way, so the literal survives a round trip unchanged)
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0")
    else:
        text += "."
    if text.endswith("."):
        text += "0"
    if text.startswith("."):
        text = "0" + text
    if text == "-0.0":
        text = "0.0"
    assert _DECIMAL.fullmatch(text), text
    return Literal(text, datatype=XSD.decimal)


def date_literal(value: str) -> Literal | None:
    """``value`` as an ``xsd:date``/``gYearMonth``/``gYear`` literal when it is exactly
    ``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` and a real date, else None.

    >>> date_literal("2025-06").datatype.endswith("gYearMonth")
    True
    >>> date_literal("2025年上半年") is None, date_literal("2025-02-30") is None
    (True, True)
    """
    value = value.strip()
    for pattern, datatype, fmt in _DATES:
        if pattern.fullmatch(value):
            try:
                _dt.datetime.strptime(value, fmt)
            except ValueError:
                return None
            return Literal(value, datatype=datatype)
    return None


def qualifier_triples(node: Node, qualifiers: tuple[tuple[str, str], ...]) -> list[tuple[Node, URIRef, Literal]]:
    """The triples that state ``qualifiers`` on the statement ``node`` (see the module table)."""
    triples = []
    has_amount = False
    for key, value in qualifiers:
        if key not in QUALIFIERS:
            log.warning("unknown qualifier %r=%r left out; known: %s", key, value, ", ".join(QUALIFIERS))
            continue
        prop, kind = QUALIFIERS[key]
        if kind == "zh":
            triples.append((node, prop, Literal(value, lang="zh")))
        elif kind == "string":
            triples.append((node, prop, Literal(value)))
        elif kind == "decimal":
            lit = decimal_literal(value)
            if lit is None:
                triples.append((node, KG.amountText, Literal(value, lang="zh")))
            else:
                triples.append((node, prop, lit))
                has_amount = True
        elif kind == "date":
            lit = date_literal(value)
            triples.append((node, prop, lit) if lit is not None else (node, KG.period, Literal(value, lang="zh")))
    if has_amount:
        triples.append((node, KG.currency, Literal("CNY")))
    return triples


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The RDF graph of the graph model ``G`` (see the module docstring).

    Parameters
    ----------
    G
        A graph made by :func:`kg.graph.model.build_graph`.

    Returns
    -------
    rdflib.Graph
        The triples of :func:`rdf_triples`, with the prefixes of :data:`PREFIXES` bound.

    Raises
    ------
    ValueError
        For a node type or edge predicate outside the vocabulary, naming the valid ones.
    """
    g = bind_prefixes(Graph(bind_namespaces="core"))
    for triple in _triples(G):  # in a fixed order: serialisers that keep insertion order are stable
        g.add(triple)
    return g


def rdf_triples(G: nx.MultiDiGraph) -> set[tuple[Node, URIRef, Node]]:
    """The triples :func:`to_rdf` puts in its graph, as a set of rdflib terms.

    What a build writes its files from: adding 24,000 triples to an :class:`rdflib.Graph`
    (three indexes per triple) costs more than writing all three RDF files from a set.

    Raises
    ------
    ValueError
        As :func:`to_rdf`.
    """
    return set(_triples(G))


class _Terms:
    """rdflib terms made once per graph: an entity, article, label, offset or rule name
    recurs in many triples, and making an rdflib term (it validates) costs more than
    looking one up."""

    def __init__(self) -> None:
        self._entities: dict[str, URIRef] = {}
        self._articles: dict[str, URIRef] = {}
        self._literals: dict[tuple, Literal] = {}

    def entity(self, entity_id: str) -> URIRef:
        term = self._entities.get(entity_id)
        if term is None:
            term = self._entities[entity_id] = entity_iri(entity_id)
        return term

    def article(self, article_id: str) -> URIRef:
        term = self._articles.get(article_id)
        if term is None:
            term = self._articles[article_id] = article_iri(article_id)
        return term

    def literal(self, value: str | int, lang: str | None = None) -> Literal:
        key = (type(value), value, lang)  # 1 and "1" are different literals
        term = self._literals.get(key)
        if term is None:
            term = self._literals[key] = Literal(value, lang=lang)
        return term


# the terms of kg's fixed vocabulary, looked up once (a namespace attribute is a lookup per use)
_TYPE, _LABEL, _ALT_LABEL, _SOURCE = RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.source
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_DERIVED_FROM, _ROLE, _MENTIONS, _SENTENCE = PROV.wasDerivedFrom, KG.role, KG.mentions, KG.sentence
_START, _END, _RULE, _ARTICLE = KG.startOffset, KG.endOffset, KG.rule, KG.Article
_BASIS, _OCCURRENCES, _INVESTMENT, _INVESTMENT_CLASS = KG.basis, KG.occurrences, KG.investment, KG.Investment
_FIRST_ARTICLE = KG.firstArticle
_PAGINATION = SDO.pagination  # the paper's page (A01): schema.org's, as kg:Article is a schema:NewsArticle


def _triples(G: nx.MultiDiGraph) -> Iterator[tuple[Node, URIRef, Node]]:
    """Every triple of ``G``'s RDF, nodes, articles and edges each in sorted order."""
    articles: dict[str, Article] = G.graph.get("articles", {})
    mentioned: dict[str, list[URIRef]] = defaultdict(list)
    terms = _Terms()
    zh = terms.literal

    for node_id, data in sorted(G.nodes(data=True), key=lambda item: item[0]):
        node = terms.entity(node_id)
        type_ = data.get("type")
        if type_ not in ENTITY_TYPES:
            raise ValueError(f"entity {node_id!r} has type {type_!r}; valid types: {', '.join(ENTITY_TYPES)}")
        yield node, _TYPE, _CLASSES[type_]
        for other in data.get("also", ()):  # (a park built and settled in: a kg:Project and a kg:Place)
            yield node, _TYPE, _CLASSES[other]
        yield node, _LABEL, zh(data.get("label") or node_id.split("/", 1)[1], "zh")
        for alias in data.get("aliases", ()):
            yield node, _ALT_LABEL, zh(alias, "zh")
        for role in data.get("roles", ()):
            yield node, _ROLE, zh(role, "zh")
        for article_id in data.get("articles", ()):
            mentioned[article_id].append(node)
        for ev in data.get("investments", ()):
            inv = mint_investment(node, ev)
            yield node, _INVESTMENT, inv
            yield inv, _TYPE, _INVESTMENT_CLASS
            yield from _provenance_triples(inv, ev, terms)

    # articles the model does not list but an entity or an evidence names: keep what we know
    sources = {aid: aid.rpartition("#")[0] for aid in mentioned}
    found_in = [ev for _, _, evidence in G.edges(data="evidence", default=()) for ev in evidence]
    found_in += [ev for _, investments in G.nodes(data="investments", default=()) for ev in investments]
    for ev in found_in:
        sources[ev.article] = ev.source
        sources.update((aid, aid.rpartition("#")[0]) for aid in ev.others if aid not in sources)
    for article_id in sorted(set(articles) | set(sources)):
        art = terms.article(article_id)
        yield art, _TYPE, _ARTICLE
        article = articles.get(article_id)
        if article is not None:
            yield art, _SOURCE, terms.literal(article.source)
            if article.headline:
                yield art, _LABEL, zh(article.headline, "zh")
            yield art, _START, terms.literal(article.start)
            yield art, _END, terms.literal(article.end)
            yield from _article_metadata(art, article, terms)
        else:
            yield art, _SOURCE, terms.literal(sources[article_id])
        for node in mentioned.get(article_id, ()):
            yield art, _MENTIONS, node

    for s_id, o_id, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        predicate = data.get("predicate", key)
        if predicate not in _PREDICATES:
            raise ValueError(f"edge {s_id} -> {o_id} has predicate {predicate!r}; valid: {', '.join(PREDICATES)}")
        s, p, o = terms.entity(s_id), _PREDICATES[predicate], terms.entity(o_id)
        yield s, p, o
        for ev in data.get("evidence", ()):
            yield from _evidence_triples(s, p, o, ev, terms)


def _article_metadata(art: URIRef, article: Article, terms: _Terms) -> Iterator[tuple[Node, URIRef, Node]]:
    """The date (``xsd:date`` when exact), the paper or site and the page an article gives."""
    if article.date:
        date = date_literal(article.date)
        yield art, DCTERMS.date, date if date is not None else terms.literal(article.date, "zh")
    if article.publisher:
        yield art, DCTERMS.publisher, terms.literal(article.publisher, "zh")
    if article.page:
        yield art, _PAGINATION, terms.literal(article.page)


def _evidence_triples(s: URIRef, p: URIRef, o: URIRef, ev: Evidence,
                      terms: _Terms) -> Iterator[tuple[Node, URIRef, Node]]:
    st = mint_evidence(s, p, o, ev)
    yield st, _TYPE, _STATEMENT
    yield st, _SUBJECT, s
    yield st, _PREDICATE, p
    yield st, _OBJECT, o
    yield st, _BASIS, terms.literal(ev.basis)
    yield from _provenance_triples(st, ev, terms)


def _provenance_triples(node: Node, ev: Evidence, terms: _Terms) -> Iterator[tuple[Node, URIRef, Node]]:
    """Where ``ev`` was found, on a statement or an investment: the articles, the sentence and its
    offsets (none for an inference), the rule, how often, and the qualifiers."""
    yield node, _DERIVED_FROM, terms.article(ev.article)
    for other in ev.others:
        yield node, _DERIVED_FROM, terms.article(other)
    yield node, _FIRST_ARTICLE, terms.article(ev.article)  # the one the offsets are in
    if ev.basis == "stated":
        yield node, _SENTENCE, terms.literal(ev.sentence, "zh")
        yield node, _START, terms.literal(ev.source_start)
        yield node, _END, terms.literal(ev.source_end)
    yield node, _RULE, terms.literal(ev.rule)
    if ev.count > 1:
        yield node, _OCCURRENCES, terms.literal(ev.count)
    yield from qualifier_triples(node, ev.qualifiers)


def from_rdf(g: Graph) -> nx.MultiDiGraph:
    """The graph model back from an exported graph (the inverse of :func:`to_rdf`).

    Used by ``kg show`` and ``kg serve`` to draw a graph that was built earlier, without
    running extraction again.  Article bodies are not in the RDF, so the articles come
    back with their file, index, headline and span but an empty ``text``.

    >>> from kg.graph.model import build_graph
    >>> from kg.records import Entity, Evidence
    >>> ev = Evidence("f.txt#0", "f.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb", (("amount", "100"),))
    >>> G = build_graph([Entity("Agency/甲局", "Agency", "甲局", {"甲"}), Entity("Project/乙工程", "Project", "乙工程")],
    ...                 [("Agency/甲局", "funds", "Project/乙工程", ev)], {})
    >>> H = from_rdf(to_rdf(G))
    >>> sorted(H.edges(keys=True)), H.nodes["Agency/甲局"]["aliases"]
    ([('Agency/甲局', 'Project/乙工程', 'funds')], ('甲',))
    >>> H.edges["Agency/甲局", "Project/乙工程", "funds"]["evidence"][0].qualifiers
    (('amount', '100.0'),)
    """
    from urllib.parse import unquote

    from kg.graph.model import build_graph
    from kg.records import Article, Entity, Evidence

    by_class = {v: k for k, v in _CLASSES.items()}
    by_predicate = {v: k for k, v in _PREDICATES.items()}
    by_qualifier = {prop: key for key, (prop, _) in QUALIFIERS.items()}  # kg:currency is implied by kg:amount

    def classes(iri) -> list[str]:
        """The entity's classes, the one its IRI was minted from first (…/project/甲产业园 is a Project that is
        also a Place)."""
        segment = unquote(str(iri)[len(str(KGR)):]).partition("/")[0]
        found = {by_class[t] for t in g.objects(iri, RDF.type) if t in by_class and t != KG.Article}
        if "Official" in found:
            found.discard("Person")  # (kg:Official is a subclass of kg:Person: the official's node)
        return sorted(found, key=lambda t: (t.lower() != segment, t))

    def node_id(iri) -> str:
        tail = unquote(str(iri)[len(str(KGR)):]).partition("/")[2]
        return f"{classes(iri)[0]}/{tail}"

    ids: dict = {}
    entities: dict[str, Entity] = {}
    for cls, type_ in by_class.items():
        if type_ == "Article":
            continue
        for iri in sorted(g.subjects(RDF.type, cls)):
            if iri in ids or (type_ == "Person" and (iri, RDF.type, KG.Official) in g):
                continue
            ids[iri] = node_id(iri) if type_ != "Person" else f"Person/{unquote(str(iri)[len(str(KGR)):]).partition('/')[2]}"
            own, *also = classes(iri) if type_ != "Person" else [type_]
            entities[ids[iri]] = (Entity(
                id=ids[iri], type=own, label=str(g.value(iri, RDFS.label) or ids[iri]),
                aliases={str(a) for a in g.objects(iri, SKOS.altLabel)},
                roles={str(r) for r in g.objects(iri, KG.role)}, also=frozenset(also),
            ))
    articles: dict[str, Article] = {}
    article_ids: dict = {}
    for iri in sorted(g.subjects(RDF.type, KG.Article)):
        source, _, index = unquote(str(iri)[len(str(KGR)) + len("article/"):]).rpartition("/")
        aid = f"{source}#{index}"
        article_ids[iri] = aid
        headline = g.value(iri, RDFS.label)
        start, end = g.value(iri, KG.startOffset), g.value(iri, KG.endOffset)
        date, publisher, pagination = g.value(iri, DCTERMS.date), g.value(iri, DCTERMS.publisher), g.value(iri, SDO.pagination)
        articles[aid] = Article(source=str(g.value(iri, DCTERMS.source) or source), index=int(index) if index.isdigit() else 0,
                                text="", offsets=(0,), start=int(start or 0), end=int(end or 0),
                                headline=str(headline) if headline is not None else None,
                                date=str(date) if date is not None else None,
                                publisher=str(publisher) if publisher is not None else None,
                                page=str(pagination) if pagination is not None else None)
        for ent in g.objects(iri, KG.mentions):
            if ent in ids:
                entities[ids[ent]].articles.add(aid)
    def evidence(node) -> Evidence:
        # the offsets are in kg:firstArticle; the other articles are others, in the model's order
        found = sorted(article_ids.get(a, "") for a in g.objects(node, PROV.wasDerivedFrom))
        found.sort(key=lambda aid: (articles[aid].source, articles[aid].index) if aid in articles else (aid, 0))
        first = g.value(node, KG.firstArticle)
        if first is not None and article_ids.get(first, "") in found:
            found.remove(article_ids[first])
            found.insert(0, article_ids[first])
        aid = found[0] if found else ""
        qualifiers = tuple(sorted((by_qualifier[q], str(v)) for q, v in g.predicate_objects(node) if q in by_qualifier))
        return Evidence(
            article=aid, source=articles[aid].source if aid in articles else "", headline=articles[aid].headline if aid in articles else None,
            sentence=str(g.value(node, KG.sentence) or ""), source_start=int(g.value(node, KG.startOffset) or 0),
            source_end=int(g.value(node, KG.endOffset) or 0), rule=str(g.value(node, KG.rule) or ""), qualifiers=qualifiers,
            basis=str(g.value(node, KG.basis) or "stated"), count=int(g.value(node, KG.occurrences) or 1),
            others=tuple(found[1:]))

    edges = []
    for st in g.subjects(RDF.type, RDF.Statement):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s not in ids or o not in ids or p not in by_predicate:
            continue
        edges.append((ids[s], by_predicate[p], ids[o], evidence(st)))
    for project, inv in g.subject_objects(KG.investment):
        if project in ids:
            entities[ids[project]].investments.add(evidence(inv))
    G: nx.MultiDiGraph = build_graph(entities.values(), edges, articles)
    return G

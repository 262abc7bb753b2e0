"""kg.validate.rust: the Rust SHACL engine reports exactly what pyshacl (kg.validate.shacl) reports.

Each test runs both engines on the same graph and compares every result as (focus node,
path, value, constraint component, message, severity), as a multiset: on the seeds' real
graph, on one hand-made mutation per constraint of ``ontology/shapes.ttl``, and on random
combinations of those mutations (hypothesis).  The two engines' message lines must come
out identical too.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO as SCHEMA, SH, SKOS, XSD
from rdflib.util import from_n3

from kg.graph.ontology import load_ontology, load_shapes
from kg.graph.rdf import to_rdf
from kg.graph.vocab import KG
from kg.validate import rust
from kg.validate.shacl import _short, validate
from test_rdf import small_model

EX = "http://example.org/"


# ------------------------------------------------------------------ comparing the two engines

def _key(focus, path, value, component, message, severity) -> tuple:
    return tuple(None if t is None else _short(t) for t in (focus, path, value)) + (
        str(component), str(message), str(severity))


def pyshacl_results(g: Graph) -> Counter:
    """pyshacl's results, called exactly as kg.validate.shacl.validate calls it."""
    import pyshacl

    _, report, _ = pyshacl.validate(g, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none",
                                    abort_on_first=False, allow_warnings=False, advanced=True)
    v = report.value
    return Counter(_key(v(r, SH.focusNode), v(r, SH.resultPath), v(r, SH.value), v(r, SH.sourceConstraintComponent),
                        v(r, SH.resultMessage), v(r, SH.resultSeverity))
                   for r in report.subjects(RDF.type, SH.ValidationResult))


def rust_results(g: Graph) -> Counter:
    def term(text):
        return None if text is None else from_n3(text)

    return Counter(_key(term(r.focus_node), term(r.path), term(r.value), r.component_iri.strip("<>"), r.message,
                        r.severity_iri.strip("<>"))
                   for r in rust.results(g.serialize(format="nt")))


def assert_same(g: Graph) -> Counter:
    """Both engines agree on ``g``: the same results, and the very same lines."""
    expected = pyshacl_results(g)
    assert rust_results(g) == expected
    reference, ours = validate(g), rust.validate_graph(g)
    assert (ours.conforms, ours.violations, ours.messages) == (reference.conforms, reference.violations,
                                                                reference.messages)
    return expected


# ------------------------------------------------------------------ graphs

@pytest.fixture(scope="module")
def seeds_graph(seeds_build) -> Graph:
    """The seeds' graph, as parsed from the session build's graph.nt."""
    return Graph().parse(seeds_build.out / "graph.nt", format="nt")


_SMALL = to_rdf(small_model())


def small() -> Graph:
    """A fresh copy of the small hand-built model's graph (it conforms)."""
    g = Graph()
    g += _SMALL
    return g


def _first(g: Graph, s=None, p=None, o=None):
    """The first matching triple in a stable order (None if there is none)."""
    found = sorted(g.triples((s, p, o)))
    return found[0] if found else None


def _typed(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _statement(g: Graph, predicate=None) -> URIRef:
    sts = sorted(st for st in g.subjects(RDF.type, RDF.Statement)
                 if predicate is None or (st, RDF.predicate, predicate) in g)
    return sts[0]


def _article(g: Graph) -> URIRef:
    return _typed(g, KG.Article)


# ------------------------------------------------------------------ one mutation per constraint

def _relation(g: Graph, subject_class, predicate, object_class) -> None:
    g.add((_typed(g, subject_class), predicate, _typed(g, object_class)))


def _set(node_of, prop, value):
    """A mutation replacing every value of ``prop`` on the node ``node_of(g)`` picks by ``value``."""
    def mutate(g: Graph) -> None:
        node = node_of(g)
        g.remove((node, prop, None))
        if value is not None:
            g.add((node, prop, value))
    return mutate


def _add(node_of, prop, value):
    return lambda g: g.add((node_of(g), prop, value))


def _place(g):
    """The model's place, found by its IRI: another mutation may have taken its type away."""
    return sorted(s for s in set(g.subjects()) if "/place/" in str(s))[0]


def _new_bnode_entity(g: Graph) -> None:
    node = BNode()
    g.add((node, RDF.type, KG.Person))
    g.add((node, RDFS.label, Literal("无名", lang="zh")))


def _untyped_alias(g: Graph) -> None:
    g.add((URIRef(EX + "nobody"), SKOS.altLabel, Literal("某人", lang="zh")))


def _unasserted(g: Graph) -> None:
    st = _statement(g, KG.leads)
    g.remove((g.value(st, RDF.subject), KG.leads, g.value(st, RDF.object)))


def _subclass_in_data(g: Graph) -> None:
    """A class declared in the data below kg:Official: its instance may lead (sh:class follows it)."""
    g.add((URIRef(EX + "Mayor"), RDFS.subClassOf, KG.Official))
    mayor = URIRef(EX + "mayor")
    g.add((mayor, RDF.type, URIRef(EX + "Mayor")))
    g.add((mayor, RDFS.label, Literal("市长", lang="zh")))  # a kg:Person by subclass, so an entity
    g.add((mayor, KG.leads, _typed(g, KG.Agency)))


def _official_as_person(g: Graph) -> None:
    g.add((_typed(g, KG.Official), KG.memberOf, _typed(g, KG.Agency)))


def _article_blank(g: Graph) -> None:
    node = BNode()
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.source, Literal("x.txt")))


def _stated(g: Graph) -> URIRef:
    return sorted(g.subjects(KG.basis, Literal("stated")))[0]


def _investment(g: Graph) -> URIRef:
    return _typed(g, KG.Investment)


def _blank_investment(g: Graph) -> None:
    node = BNode()
    g.add((_typed(g, KG.Project), KG.investment, node))
    for p, o in g.predicate_objects(_investment(g)):
        g.add((node, p, o))


STATEMENT, ARTICLE = _stated, _article

#: name → (the constraint it breaks, mutation).  Every constraint of shapes.ttl is broken by one.
MUTATIONS = {
    # EntityShape
    "entity is a blank node": _new_bnode_entity,
    "label missing": _set(_place, RDFS.label, None),
    "two labels": _add(_place, RDFS.label, Literal("即墨", lang="zh")),
    "label @en": _set(_place, RDFS.label, Literal("Jimo", lang="en")),
    "label plain string": _set(_place, RDFS.label, Literal("即墨区")),
    "empty label": _set(_place, RDFS.label, Literal("", lang="zh")),
    "alias @en": _add(_place, SKOS.altLabel, Literal("Jimo", lang="en")),
    "alias a plain string": _add(_place, SKOS.altLabel, Literal("即墨")),
    "role a plain string": _add(lambda g: _typed(g, KG.Official), KG.role, Literal("局长")),
    # TypedEntityShape
    "untyped mentioned entity": lambda g: g.remove((_place(g), RDF.type, None)),
    "untyped node with an alias": _untyped_alias,
    # the relation shapes: subject, then object
    "leads from an Agency": lambda g: _relation(g, KG.Agency, KG.leads, KG.Agency),
    "leads to a Place": lambda g: _relation(g, KG.Official, KG.leads, KG.Place),
    "an Official where a Person is required": _official_as_person,
    "a subclass declared in the data": _subclass_in_data,
    "memberOf from an Agency": lambda g: _relation(g, KG.Agency, KG.memberOf, KG.Agency),
    "memberOf a Place": lambda g: _relation(g, KG.Official, KG.memberOf, KG.Place),
    "funds from a Person": lambda g: _relation(g, KG.Official, KG.funds, KG.Project),
    "funds to a Person": lambda g: _relation(g, KG.Agency, KG.funds, KG.Official),
    "locatedIn from an Official": lambda g: _relation(g, KG.Official, KG.locatedIn, KG.Place),
    "locatedIn an Agency": lambda g: _relation(g, KG.Project, KG.locatedIn, KG.Agency),
    "awarded from an Article": lambda g: _relation(g, KG.Article, KG.awarded, KG.Project),
    "awarded a Project": lambda g: _relation(g, KG.Agency, KG.awarded, KG.Project),
    "develops from an Official": lambda g: _relation(g, KG.Official, KG.develops, KG.Project),
    "develops an Agency": lambda g: _relation(g, KG.Agency, KG.develops, KG.Agency),
    "partOf from a Project": lambda g: _relation(g, KG.Project, KG.partOf, KG.Agency),
    "partOf a Place": lambda g: _relation(g, KG.Agency, KG.partOf, KG.Place),
    "organizes from a Place": lambda g: _relation(g, KG.Place, KG.organizes, KG.Project),
    "organizes an Agency": lambda g: _relation(g, KG.Agency, KG.organizes, KG.Agency),
    # ArticleShape
    "article is a blank node": _article_blank,
    "article without source": _set(ARTICLE, DCTERMS.source, None),
    "two sources": _add(ARTICLE, DCTERMS.source, Literal("y.txt")),
    "source @zh": _set(ARTICLE, DCTERMS.source, Literal("x.txt", lang="zh")),
    "empty source": _set(ARTICLE, DCTERMS.source, Literal("")),
    "two headlines": _add(ARTICLE, RDFS.label, Literal("又一个标题", lang="zh")),
    "headline @en": _set(ARTICLE, RDFS.label, Literal("Headline", lang="en")),
    "headline a plain string": _set(ARTICLE, RDFS.label, Literal("标题")),
    "article start a string": _set(ARTICLE, KG.startOffset, Literal("0")),
    "two article starts": _add(ARTICLE, KG.startOffset, Literal(1)),
    "article start > end": _set(ARTICLE, KG.startOffset, Literal(100000)),
    "article start < 0": _set(ARTICLE, KG.startOffset, Literal(-1)),
    "article end a decimal": _set(ARTICLE, KG.endOffset, Literal("7", datatype=XSD.decimal)),
    "two article ends": _add(ARTICLE, KG.endOffset, Literal(99999)),
    "article date a string": _set(ARTICLE, DCTERMS.date, Literal("2024年8月31日")),
    "two article dates": lambda g: [_set(ARTICLE, DCTERMS.date, Literal("2024-08-31", datatype=XSD.date))(g),
                                    _add(ARTICLE, DCTERMS.date, Literal("2024", datatype=XSD.gYear))(g)],
    "article publisher untagged": _set(ARTICLE, DCTERMS.publisher, Literal("青岛日报")),
    "article publisher in English": _set(ARTICLE, DCTERMS.publisher, Literal("Qingdao Daily", lang="en")),
    "article publisher empty": _set(ARTICLE, DCTERMS.publisher, Literal("", lang="zh")),
    "two article publishers": lambda g: [_set(ARTICLE, DCTERMS.publisher, Literal("青岛日报", lang="zh"))(g),
                                         _add(ARTICLE, DCTERMS.publisher, Literal("观海新闻", lang="zh"))(g)],
    "article page a number": _set(ARTICLE, SCHEMA.pagination, Literal(1)),
    "article page empty": _set(ARTICLE, SCHEMA.pagination, Literal("")),
    "two article pages": lambda g: [_set(ARTICLE, SCHEMA.pagination, Literal("A01"))(g),
                                    _add(ARTICLE, SCHEMA.pagination, Literal("A02"))(g)],
    "mentions a literal": _add(ARTICLE, KG.mentions, Literal("即墨区", lang="zh")),
    # StatementShape
    "statement without subject": _set(STATEMENT, RDF.subject, None),
    "two subjects": lambda g: g.add((_statement(g), RDF.subject, _place(g))),
    "subject a literal": _set(STATEMENT, RDF.subject, Literal("薛少华")),
    "predicate not one of the eight": lambda g: _set(STATEMENT, RDF.predicate, KG.mentions)(g),
    "statement without predicate": _set(STATEMENT, RDF.predicate, None),
    "two predicates": _add(STATEMENT, RDF.predicate, KG.partOf),
    "object a blank node": _set(STATEMENT, RDF.object, BNode()),
    "statement without object": _set(STATEMENT, RDF.object, None),
    "two objects": _add(STATEMENT, RDF.object, URIRef(EX + "elsewhere")),
    "derived from a non-article": _set(STATEMENT, PROV.wasDerivedFrom, URIRef(EX + "nowhere")),
    "derived from nothing": _set(STATEMENT, PROV.wasDerivedFrom, None),
    "sentence missing": _set(STATEMENT, KG.sentence, None),
    "empty sentence": _set(STATEMENT, KG.sentence, Literal("", lang="zh")),
    "sentence a plain string": _set(STATEMENT, KG.sentence, Literal("一句话")),
    "two sentences": _add(STATEMENT, KG.sentence, Literal("又一句话", lang="zh")),
    "start missing": _set(STATEMENT, KG.startOffset, None),
    "two starts": _add(STATEMENT, KG.startOffset, Literal(0)),
    "start > end": _set(STATEMENT, KG.startOffset, Literal(100000)),
    "start < 0": _set(STATEMENT, KG.startOffset, Literal(-3)),
    "start ill-typed": _set(STATEMENT, KG.startOffset, Literal("abc", datatype=XSD.integer)),
    "end ill-typed": _set(STATEMENT, KG.endOffset, Literal("abc", datatype=XSD.integer)),
    "start a decimal": _set(STATEMENT, KG.startOffset, Literal("5", datatype=XSD.decimal)),
    "start a string": _set(STATEMENT, KG.startOffset, Literal("5")),
    "end missing": _set(STATEMENT, KG.endOffset, None),
    "end a string": _set(STATEMENT, KG.endOffset, Literal("31")),
    "two ends": _add(STATEMENT, KG.endOffset, Literal(99999)),
    "rule @zh": _set(STATEMENT, KG.rule, Literal("规则", lang="zh")),
    "two rules": _add(STATEMENT, KG.rule, Literal("another_rule")),
    "negative amount": _set(STATEMENT, KG.amount, Literal("-5", datatype=XSD.decimal)),
    "amount as string": _set(STATEMENT, KG.amount, Literal("79.4亿元")),
    "amount ill-typed": _set(STATEMENT, KG.amount, Literal("abc", datatype=XSD.decimal)),
    "two amounts": lambda g: [g.add((_statement(g), KG.amount, Literal(n))) for n in (1, 2)],
    "currency USD": _set(STATEMENT, KG.currency, Literal("USD")),
    "currency CNY@en": _set(STATEMENT, KG.currency, Literal("CNY", lang="en")),
    "two currencies": lambda g: [g.add((_statement(g), KG.currency, Literal(c))) for c in ("CNY", "EUR")],
    "date a plain string": _set(STATEMENT, KG.date, Literal("2025年")),
    "date a dateTime": _set(STATEMENT, KG.date, Literal("2025-01-01T00:00:00", datatype=XSD.dateTime)),
    "date ill-typed": _set(STATEMENT, KG.date, Literal("2025-13-01", datatype=XSD.date)),
    "modality maybe": _set(STATEMENT, KG.modality, Literal("maybe")),
    "organizer role in English": _set(STATEMENT, KG.organizerRole, Literal("主办", lang="en")),
    "organizer role unknown": _set(STATEMENT, KG.organizerRole, Literal("主持", lang="zh")),
    # AssertedStatementShape (SHACL-AF SPARQL target)
    "statement of an unasserted triple": _unasserted,
    # stated or inferred (StatementShape, StatedStatementShape, InferredStatementShape)
    "basis missing": _set(STATEMENT, KG.basis, None),
    "two bases": _add(STATEMENT, KG.basis, Literal("inferred")),
    "basis guessed": _set(STATEMENT, KG.basis, Literal("guessed")),
    "a stated statement called inferred": lambda g: _set(_stated, KG.basis, Literal("inferred"))(g),
    "two occurrence counts": lambda g: [g.add((_statement(g), KG.occurrences, Literal(n))) for n in (2, 3)],
    "occurrences a string": _set(STATEMENT, KG.occurrences, Literal("2")),
    "occurrences zero": _set(STATEMENT, KG.occurrences, Literal(0)),
    # InvestmentLinkShape, InvestmentShape
    "statement without its first article": _set(STATEMENT, KG.firstArticle, None),
    "statement with two first articles": _add(STATEMENT, KG.firstArticle, URIRef("https://w3id.org/kgnews/id/article/other")),
    "statement's first article an entity": _set(STATEMENT, KG.firstArticle, URIRef("https://w3id.org/kgnews/id/place/370000")),
    "investment without its first article": _set(_investment, KG.firstArticle, None),
    "investment with two first articles": _add(_investment, KG.firstArticle, URIRef("https://w3id.org/kgnews/id/article/other")),
    "investment's first article an entity": _set(_investment, KG.firstArticle, URIRef("https://w3id.org/kgnews/id/place/370000")),
    "investment of an Agency": lambda g: g.add((_typed(g, KG.Agency), KG.investment, _investment(g))),
    "investment a literal": lambda g: g.add((_typed(g, KG.Project), KG.investment, Literal("120亿元", lang="zh"))),
    "investment a blank node": _blank_investment,
    "investment without amount": _set(_investment, KG.amount, None),
    "two investment amounts": _add(_investment, KG.amount, Literal("1", datatype=XSD.decimal)),
    "investment amount a string": _set(_investment, KG.amount, Literal("120亿元")),
    "negative investment": _set(_investment, KG.amount, Literal("-1", datatype=XSD.decimal)),
    "investment without currency": _set(_investment, KG.currency, None),
    "two investment currencies": _add(_investment, KG.currency, Literal("EUR")),
    "investment in dollars": _set(_investment, KG.currency, Literal("USD")),
    "two kinds of investment": _add(_investment, KG.moneyKind, Literal("计划投资", lang="zh")),
    "kind of investment a plain string": _set(_investment, KG.moneyKind, Literal("总投资")),
    "investment modality maybe": _set(_investment, KG.modality, Literal("maybe")),
    "investment from nowhere": _set(_investment, PROV.wasDerivedFrom, None),
    "investment from a non-article": _set(_investment, PROV.wasDerivedFrom, URIRef(EX + "nowhere")),
    "investment without sentence": _set(_investment, KG.sentence, None),
    "two investment sentences": _add(_investment, KG.sentence, Literal("又一句", lang="zh")),
    "investment sentence a plain string": _set(_investment, KG.sentence, Literal("一句")),
    "empty investment sentence": _set(_investment, KG.sentence, Literal("", lang="zh")),
    "investment without start": _set(_investment, KG.startOffset, None),
    "two investment starts": _add(_investment, KG.startOffset, Literal(1)),
    "investment start a string": _set(_investment, KG.startOffset, Literal("70")),
    "investment start < 0": _set(_investment, KG.startOffset, Literal(-1)),
    "investment start > end": _set(_investment, KG.startOffset, Literal(100000)),
    "investment without end": _set(_investment, KG.endOffset, None),
    "two investment ends": _add(_investment, KG.endOffset, Literal(99999)),
    "investment end a string": _set(_investment, KG.endOffset, Literal("84")),
}

#: Mutations that break nothing (checks that the engines *accept* the same things).
CONFORMING = {"an Official where a Person is required", "a subclass declared in the data"}

#: Where pyshacl departs from SHACL (see test_ill_typed_offsets_are_incomparable): compared apart.
PYSHACL_DIFFERS = {"start ill-typed", "end ill-typed"}



#: The constraint components, by the parameter that names each (SHACL §4).
_COMPONENTS = {SH[p]: SH[c + "ConstraintComponent"] for p, c in [
    ("class", "Class"), ("datatype", "Datatype"), ("nodeKind", "NodeKind"), ("minCount", "MinCount"),
    ("maxCount", "MaxCount"), ("minInclusive", "MinInclusive"), ("minLength", "MinLength"), ("in", "In"),
    ("languageIn", "LanguageIn"), ("lessThanOrEquals", "LessThanOrEquals"), ("or", "Or")]}


def _constraints() -> set[tuple[str, str | None, str]]:
    """(named shape, path, constraint component) of every constraint in shapes.ttl; the path of a
    property shape, None for a constraint on the focus node itself."""
    shapes = load_shapes()
    found = set()
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        for node in (shape, *shapes.objects(shape, SH.property)):
            path = shapes.value(node, SH.path)
            found |= {(str(shape), path and str(path), str(_COMPONENTS[p])) for p in shapes.predicates(node)
                      if p in _COMPONENTS}
    return found


def test_every_constraint_of_the_shapes_is_broken_by_some_mutation():
    """The mutations cover each (shape, component) of shapes.ttl (a new constraint needs a mutation)."""
    broken = set()
    for name, mutate in MUTATIONS.items():
        g = small()
        mutate(g)
        broken |= {(r.root_shape.strip("<>"), r.path and r.path.strip("<>"), r.component_iri.strip("<>"))
                   for r in rust.results(g.serialize(format="nt"))}
    assert len(_constraints()) == 127  # 85, and the evidence's basis, occurrences, first article and the investments
    assert _constraints() - broken == set()


# ------------------------------------------------------------------ agreement

def test_seeds_graph_conforms_under_both_engines(seeds_graph):
    assert len(seeds_graph) > 1000
    assert assert_same(seeds_graph) == Counter()


def test_small_model_conforms_under_both_engines():
    assert assert_same(small()) == Counter()


@pytest.mark.parametrize("name", sorted(set(MUTATIONS) - PYSHACL_DIFFERS))
def test_mutation_gives_the_same_results(name):
    g = small()
    MUTATIONS[name](g)
    found = assert_same(g)
    assert bool(found) is (name not in CONFORMING), found


def test_all_mutations_at_once_on_the_seeds_graph(seeds_graph):
    g = Graph()
    g += seeds_graph
    for name, mutate in MUTATIONS.items():
        if name not in PYSHACL_DIFFERS:
            try:
                mutate(g)
            except IndexError:
                pass  # nothing of the kind in this graph (no investment stated on the seeds)
    found = assert_same(g)
    # mutations of the same statement overwrite each other; still, most constraints are broken
    assert len({key[3] for key in found}) == 11 and sum(found.values()) > 40


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(set(MUTATIONS) - PYSHACL_DIFFERS)), min_size=1, max_size=5, unique=True))
def test_random_mutations_give_the_same_results(names):
    g = small()
    for name in names:
        MUTATIONS[name](g)
    assert_same(g)


def test_ill_typed_offsets_are_incomparable():
    """Where pyshacl departs from SHACL, the Rust engine follows it: sh:lessThanOrEquals reports a
    pair of values that cannot be compared.  pyshacl raises a TypeError on an ill-typed start
    offset and says nothing of an ill-typed end offset; both engines report sh:datatype."""
    g = small()
    MUTATIONS["start ill-typed"](g)
    with pytest.raises(TypeError):
        validate(g)
    components = sorted(str(r.component) for r in rust.results(g.serialize(format="nt")))
    assert components == ["DatatypeConstraintComponent", "LessThanOrEqualsConstraintComponent",
                          "MinInclusiveConstraintComponent"]

    g = small()
    MUTATIONS["end ill-typed"](g)
    expected, ours = pyshacl_results(g), rust_results(g)
    assert [k[3].rsplit("#")[-1] for k in ours - expected] == ["LessThanOrEqualsConstraintComponent"]
    assert expected - ours == Counter()


def test_integer_subtypes_are_checked_by_both():
    """"5"^^xsd:int is not an xsd:integer for sh:datatype, in either engine."""
    g = small()
    _set(STATEMENT, KG.startOffset, Literal("5", datatype=XSD.int))(g)
    assert [key[3].rsplit("#")[-1] for key in assert_same(g).elements()] == ["DatatypeConstraintComponent"]


def test_same_report_from_graph_and_file(tmp_path):
    g = small()
    MUTATIONS["negative amount"](g)
    MUTATIONS["leads from an Agency"](g)
    g.serialize(tmp_path / "graph.nt", format="nt", encoding="utf-8")
    from_graph, from_file = rust.validate_graph(g), rust.validate_file(tmp_path / "graph.nt")
    assert from_graph == from_file
    assert from_graph.violations == 2
    assert "sh:MinInclusiveConstraintComponent" in from_graph.text  # the report graph, as Turtle


def test_empty_graph_conforms():
    result = rust.validate_graph(Graph())
    assert (result.conforms, result.violations, result.messages) == (True, 0, ())

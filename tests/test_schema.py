"""kg.schema agrees with the ontology (ontology/kg.ttl) and the shapes (ontology/shapes.ttl)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD

from kg import schema
from kg.graph.ontology import ontology_path, shapes_path

KG = Namespace(schema.KG_NAMESPACE)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path())


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path())


def local(term) -> str:
    return str(term).rpartition("#")[2]


def classes(g: Graph, node) -> set[str]:
    """The kg types a class expression names (a class or an owl:unionOf), kg:Person read as
    Person or Official."""
    union = g.value(node, OWL.unionOf)
    names = {local(c) for c in Collection(g, union)} if union is not None else {local(node)}
    return names | ({"Official"} if "Person" in names else set())


def test_schema_entity_types_are_the_ontology_classes(ontology):
    declared = {local(c) for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(schema.KG_NAMESPACE)}
    assert declared == {*schema.ENTITY_TYPES, *schema.RECORD_CLASSES}


@pytest.mark.parametrize("name", schema.PREDICATES)
def test_schema_relation_domain_and_range_match_the_ontology(ontology, name):
    rel = schema.RELATIONS[name]
    assert (ontology.value(KG[name], RDF.type)) == OWL.ObjectProperty
    assert classes(ontology, ontology.value(KG[name], RDFS.domain)) == rel.domain
    assert classes(ontology, ontology.value(KG[name], RDFS.range)) == rel.range


@pytest.mark.parametrize("name", schema.PREDICATES)
def test_schema_relation_shape_accepts_what_the_schema_allows(shapes, name):
    shape = next(shapes.subjects(SH.targetSubjectsOf, KG[name]))

    def accepted(node) -> set[str]:
        direct = {local(c) for c in shapes.objects(node, SH["class"])}
        for alternatives in shapes.objects(node, SH["or"]):
            direct |= {local(c) for alt in Collection(shapes, alternatives) for c in shapes.objects(alt, SH["class"])}
        return direct | ({"Official"} if "Person" in direct else set())

    prop = next(p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == KG[name])
    assert schema.RELATIONS[name].domain <= accepted(shape)
    assert schema.RELATIONS[name].range <= accepted(prop)


@pytest.mark.parametrize("key", schema.QUALIFIERS)
def test_schema_qualifiers_are_ontology_properties(ontology, key):
    q = schema.QUALIFIERS[key]
    assert (KG[q.term], RDF.type, OWL.DatatypeProperty) in ontology
    ranges = {"zh": RDF.langString, "string": XSD.string, "decimal": XSD.decimal}
    if q.kind in ranges:
        assert ontology.value(KG[q.term], RDFS.range) == ranges[q.kind]


def test_schema_prefixes_are_the_standard_namespaces():
    standard = {"rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS, "org": ORG,
                "schema": SDO, "xsd": XSD}
    assert {p: str(ns) for p, ns in standard.items()} == {p: schema.PREFIXES[p] for p in standard}
    assert set(schema.PREFIXES) == {*standard, "kg", "kgr"}


def test_schema_relation_tables_have_no_copies_left():
    """The tables this module replaced are read from it, not kept beside it."""
    from kg.exports import tables
    from kg.graph import rdf
    from kg.store import query

    assert tables.QUALIFIER_COLUMNS == tuple(schema.QUALIFIERS)
    assert {k: str(v) for k, v in rdf.PREFIXES.items()} == schema.PREFIXES
    assert query.PREFIXES is schema.PREFIXES


def test_schema_bases_are_what_the_shapes_accept(shapes):
    KGS = Namespace("https://w3id.org/kgnews/shapes#")
    prop = next(p for p in shapes.objects(KGS.StatementShape, SH.property) if shapes.value(p, SH.path) == KG.basis)
    assert [str(v) for v in Collection(shapes, shapes.value(prop, SH["in"]))] == list(schema.BASES)

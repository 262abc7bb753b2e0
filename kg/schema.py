"""kg's schema in one place: entity types, relations with their domain and range,
qualifiers, namespace prefixes and media types.

Every stage reads these tables rather than keeping a copy: the relation rules and
resolution (which types a relation may join), the RDF writer, the CSV and HTML exports
(qualifier columns and names), the store and the endpoint (media types).
``tests/test_schema.py`` checks them against ``ontology/kg.ttl`` and ``ontology/shapes.ttl``,
so the code and the ontology cannot drift apart.  Plain strings only: importing this
module loads nothing.

>>> RELATIONS["funds"].range
frozenset({'Project'})
>>> allowed("leads", "Official", "Agency"), allowed("leads", "Person", "Agency")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ENTITY_TYPES", "RECORD_CLASSES", "PERSON_TYPES", "BODY_TYPES", "PREDICATES", "Relation", "RELATIONS", "allowed",
    "BASES",
    "QUALIFIERS", "Qualifier", "KG_NAMESPACE", "RESOURCE_NAMESPACE", "PREFIXES", "MEDIA_TYPES",
]

#: The eight entity types of GUIDE §2, in the order reports list them.
ENTITY_TYPES: tuple[str, ...] = ("Official", "Person", "Agency", "Company", "Organization", "Project", "Place", "Award")
#: The ontology's other classes: what an article is, and a project's own investment.
RECORD_CLASSES: tuple[str, ...] = ("Article", "Investment")
#: How an edge was found (``kg:basis``): a sentence states it, or kg inferred it (no sentence says it).
BASES: tuple[str, ...] = ("stated", "inferred")
#: Types of people (``kg:Official`` is a subclass of ``kg:Person``).
PERSON_TYPES: frozenset[str] = frozenset({"Official", "Person"})
#: Organised bodies: what people lead and belong to.
BODY_TYPES: frozenset[str] = frozenset({"Agency", "Organization", "Company"})


@dataclass(frozen=True)
class Relation:
    """A relation of GUIDE §4: the entity types its subject and object may have."""

    name: str
    domain: frozenset[str]
    range: frozenset[str]


def _relation(name: str, domain: str, range_: str) -> Relation:
    return Relation(name, frozenset(domain.split()), frozenset(range_.split()))


#: GUIDE §4, subject → object; ``kg:Person`` in the ontology means Person or Official here.
RELATIONS: dict[str, Relation] = {r.name: r for r in (
    _relation("leads", "Official", "Agency Organization Company Project"),
    _relation("memberOf", "Official Person", "Agency Organization Company"),
    _relation("funds", "Agency Company Organization", "Project"),
    _relation("locatedIn", "Project Place Company Agency Organization", "Place"),
    _relation("awarded", "Official Person Agency Company Organization Project Place Award", "Award"),
    _relation("develops", "Company Agency", "Project"),
    _relation("partOf", "Agency Organization", "Agency Organization"),
    _relation("organizes", "Agency Organization Company", "Award Project"),
)}
#: The eight predicates, in the order reports list them.
PREDICATES: tuple[str, ...] = tuple(RELATIONS)


def allowed(predicate: str, subject_type: str | None, object_type: str | None) -> bool:
    """Whether ``predicate`` may join an entity of ``subject_type`` to one of ``object_type``."""
    rel = RELATIONS.get(predicate)
    return rel is not None and subject_type in rel.domain and object_type in rel.range


@dataclass(frozen=True)
class Qualifier:
    """A qualifier of an edge's evidence (GUIDE §4): its key in kg's records, its property's
    local name in the ontology, and how its value is written in RDF."""

    key: str
    term: str
    kind: str  # "zh" (a @zh literal), "string", "decimal", "date" (xsd:date/gYearMonth/gYear)


#: Qualifier key → :class:`Qualifier`, in the order the CSV columns list them.
QUALIFIERS: dict[str, Qualifier] = {q.key: q for q in (
    Qualifier("role", "role", "zh"),
    Qualifier("amount", "amount", "decimal"),
    Qualifier("amount_text", "amountText", "zh"),
    Qualifier("money_kind", "moneyKind", "zh"),
    Qualifier("period", "period", "zh"),
    Qualifier("date", "date", "date"),
    Qualifier("modality", "modality", "string"),
    Qualifier("event", "event", "zh"),
    Qualifier("organizer_role", "organizerRole", "zh"),
)}

#: The ontology's namespace (``kg:``) and the namespace of kg's resources (``kgr:``).
KG_NAMESPACE = "https://w3id.org/kgnews/ontology#"
RESOURCE_NAMESPACE = "https://w3id.org/kgnews/id/"

#: Prefixes bound on every graph kg writes and in every query it runs.
PREFIXES: dict[str, str] = {
    "kg": KG_NAMESPACE,
    "kgr": RESOURCE_NAMESPACE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: Format name → media type: the files kg writes and the answers its store gives.
MEDIA_TYPES: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "html": "text/html",
}

"""The Turtle, N-Triples and JSON-LD exports (pyoxigraph's writers, kg/exports): same meaning, exact bytes.

Every file must parse back (rdflib; pyoxigraph too) into a graph isomorphic to the one
written — on the seeds' real graph and on generated graphs full of awkward literals and
IRIs — and its bytes must depend on the set of triples only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.exports import render
from kg.graph.rdf import PREFIXES, to_rdf

# rdflib's own JSON-LD parser still uses ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {"turtle": ("turtle", ox.RdfFormat.TURTLE), "ntriples": ("nt", ox.RdfFormat.N_TRIPLES),
           "jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


def _parse_rdflib(data: bytes, name: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=FORMATS[name][0])


def _parse_oxigraph(data: bytes, name: str) -> Graph:
    """Parsed by pyoxigraph, handed to rdflib as (canonical) N-Triples."""
    triples = [quad.triple for quad in ox.parse(data, format=FORMATS[name][1])]
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")


def _lines(text: str) -> list[str]:
    """The lines of N-Triples text (not str.splitlines: that also splits at U+0085, U+2028 …)."""
    return [line for line in text.split("\n") if line]


def _lower_langs(g: Graph) -> Graph:
    """``g`` with lower-case language tags, as pyoxigraph reads and writes them (tags are case-insensitive)."""
    out = Graph()
    for s, p, o in g:
        out.add((s, p, Literal(str(o), lang=o.language.lower()) if isinstance(o, Literal) and o.language else o))
    return out


def _rdflib_misreads(g: Graph, name: str) -> bool:
    """rdflib's Turtle parser misreads a prefixed name ending in an escaped dot (``kg:a\\.``,
    RDFLib/rdflib#933), which pyoxigraph writes for such an IRI in a declared namespace; kg
    mints none (its vocabulary is plain names, its resources are written in full)."""
    from kg.exports.turtle import PREFIXES as TURTLE_PREFIXES

    return name == "turtle" and any(isinstance(t, URIRef) and str(t).endswith(".") and str(t).startswith(tuple(TURTLE_PREFIXES.values()))
                                    for triple in g for t in triple)


def _assert_round_trips(g: Graph, *, oxigraph: bool = True) -> dict[str, bytes]:
    out = {}
    for name in FORMATS:
        data = out[name] = render(name, None, g)
        # language tags come out lower-case (pyoxigraph), which rdflib's isomorphism tells apart
        if not _rdflib_misreads(g, name):
            assert isomorphic(_parse_rdflib(data, name), _lower_langs(g)), name
        if oxigraph:
            assert isomorphic(_parse_oxigraph(data, name), _lower_langs(g)), name
    assert isinstance(json.loads(out["jsonld"]), list)  # expanded, flattened: one node object per subject
    return out


# ---------------------------------------------------------------- the seeds' real graph

@pytest.mark.slow
@pytest.mark.parametrize("name,filename", [("turtle", "graph.ttl"), ("ntriples", "graph.nt"),
                                           ("jsonld", "graph.jsonld")])
def test_roundtrip_seeds_build(seeds_build, name, filename):
    g = Graph().parse(seeds_build.out / "graph.nt", format="nt")
    data = (seeds_build.out / filename).read_bytes()
    assert data == render(name, None, g)
    assert isomorphic(_parse_rdflib(data, name), g)
    assert isomorphic(_parse_oxigraph(data, name), g)


@pytest.mark.slow
def test_roundtrip_seeds_turtle_scores_as_rdflib_turtle(seeds_build, gold_files, tmp_path):
    """The scorer sees the same graph in our Turtle as in rdflib's."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    try:
        import score
    finally:
        sys.path.pop(0)
    out = seeds_build.out
    theirs = tmp_path / "rdflib.ttl"
    theirs.write_bytes(Graph().parse(out / "graph.nt", format="nt").serialize(format="longturtle", encoding="utf-8"))
    gold = [str(p) for p in gold_files]
    ours, reference = score.score(str(out / "graph.ttl"), gold), score.score(str(theirs), gold)
    for key in ("entity_micro", "relation_micro", "split_errors", "merge_errors"):
        assert ours[key] == reference[key], key


@pytest.mark.slow
def test_roundtrip_seeds_turtle_is_readable(seeds_build):
    """kg's prefixes but kgr: declared; each subject a block, "a" and its label first; resources in full."""
    from kg.exports.turtle import PREFIXES as TURTLE_PREFIXES

    lines = (seeds_build.out / "graph.ttl").read_text(encoding="utf-8").split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    assert sorted(line.split()[1][:-1] for line in head) == sorted(TURTLE_PREFIXES) and lines[:len(head)] == head
    blocks = [line for line in lines[len(head):] if line and not line.startswith("\t")]  # a subject's first line
    assert blocks and all(line.startswith("<https://w3id.org/kgnews/id/") for line in blocks)
    assert all(" a kg:" in line or " a rdf:Statement ;" in line for line in blocks)
    assert "\trdfs:label " in lines[lines.index(blocks[0]) + 1]
    assert not any("kgr:" in line for line in lines)


# ---------------------------------------------------------------- generated graphs

_NAMESPACES = [str(ns) for ns in PREFIXES.values()] + ["http://example.org/", "urn:x-kg:"]
# Pieces of an IRI path valid in RFC 3987 (pyoxigraph checks): no second "#", "%" always
# followed by two hex digits.
_IRI_PIECES = [*"aZ09-._~!$&'()*+,;=:@/", "%20", "%2F", "%E5%8D%B3", "即墨区", "青岛", "\U0001F600", "\u00e9"]
_iri = st.builds(
    lambda ns, path, fragment: URIRef(ns + path + (fragment if "#" not in ns else "")),
    st.sampled_from(_NAMESPACES),
    st.lists(st.sampled_from(_IRI_PIECES), max_size=6).map("".join),
    st.sampled_from(["", "#", "#x", "#即墨", "#a%20b"]),
)
# Local names near the edge of what may be a prefixed name.
_kg_term = st.sampled_from(["funds", "a-b", "_x", "x_1", "1abc", "-x", "a.b", "a.", "a/b", "", "即墨", "a%20b"]).map(
    lambda local: URIRef("https://w3id.org/kgnews/ontology#" + local))
_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)  # anything but lone surrogates
_literal = st.one_of(
    _text.map(Literal),
    st.builds(lambda s, lang: Literal(s, lang=lang), _text, st.sampled_from(["zh", "en", "zh-Hans", "EN-us"])),
    st.integers(min_value=-10 ** 20, max_value=10 ** 20).map(lambda i: Literal(str(i), datatype=XSD.integer)),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(
        lambda d: Literal(format(d, "f"), datatype=XSD.decimal)),
    st.dates().map(lambda d: Literal(d.isoformat(), datatype=XSD.date)),
    st.integers(min_value=1000, max_value=2999).map(lambda y: Literal(str(y), datatype=XSD.gYear)),
    st.builds(Literal, _text, datatype=st.sampled_from([XSD.integer, XSD.decimal, XSD.gYear])),  # ill-typed too
    st.sampled_from([Literal(True), Literal(False), Literal("1e3", datatype=XSD.double),
                     Literal(".5", datatype=XSD.decimal)]),
)
_bnode = st.sampled_from(["b1", "b2", "b3"]).map(BNode)
_triple = st.tuples(
    st.one_of(_iri, _kg_term),
    st.one_of(_iri, _kg_term, st.just(RDF.type), st.just(RDFS.label)),
    st.one_of(_iri, _kg_term, _literal),
)


def _graph(triples) -> Graph:
    g = Graph()
    for triple in triples:
        g.add(triple)
    return g


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_triple, min_size=1, max_size=12))
def test_roundtrip_generated_graphs(triples):
    g = _graph(triples)
    out = _assert_round_trips(g)
    # the same set of triples added in another order: the same bytes
    for name, data in out.items():
        assert render(name, None, _graph(reversed(triples))) == data, name
    # the N-Triples lines are pyoxigraph's canonical ones, sorted, and the Turtle and JSON-LD
    # read back by pyoxigraph (which keeps lexical forms as written) give those lines again
    lines = _lines(out["ntriples"].decode("utf-8"))
    assert lines == sorted(_oxigraph_lines(g))
    assert _oxigraph_nt(out["turtle"], "turtle") == lines
    assert _oxigraph_nt(out["jsonld"], "jsonld") == lines


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(_iri, _bnode), _iri, st.one_of(_iri, _bnode, _literal)), min_size=1, max_size=8))
def test_roundtrip_generated_graphs_with_blank_nodes(triples):
    g = _graph(triples)
    out = _assert_round_trips(g)
    # blank node labels come from the graph (RDFC-1.0), not from the run: other labels,
    # another order, the same bytes
    relabelled = {b: BNode() for b in {t for triple in triples for t in triple if isinstance(t, BNode)}}
    other = _graph(reversed([tuple(relabelled.get(t, t) for t in triple) for triple in triples]))
    for name, data in out.items():
        assert render(name, None, other) == data, name


def _oxigraph_nt(data: bytes, name: str) -> list[str]:
    """The sorted N-Triples lines of a file as pyoxigraph reads it (lexical forms kept as written)."""
    triples = [quad.triple for quad in ox.parse(data, format=FORMATS[name][1])]
    return sorted(_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")))


def _oxigraph_lines(g: Graph) -> set[str]:
    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)

    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in g]
    return set(_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")))


# ---------------------------------------------------------------- exact forms

def test_roundtrip_escapes_are_canonical():
    s, p = URIRef("http://e/s"), URIRef("http://e/p")
    g = _graph([(s, p, Literal('"\\\n\r\t\b\f\x00\x1f\x7f\u2028 😀 即墨'))])
    line = render("nt", None, g).decode("utf-8")
    assert line == '<http://e/s> <http://e/p> "\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001F\\u007F\u2028 😀 即墨" .\n'
    _assert_round_trips(g)


def test_roundtrip_turtle_keeps_every_lexical_form():
    """Numbers written bare or quoted as pyoxigraph chooses, the Turtle reads back as exactly the
    N-Triples' literals: bare only where that is the same literal."""
    cases = [
        Literal("12", datatype=XSD.integer), Literal("+5", datatype=XSD.integer, normalize=False),
        Literal("２", datatype=XSD.integer, normalize=False), Literal("7940000000.0", datatype=XSD.decimal),
        Literal("5", datatype=XSD.decimal), Literal("1e3", datatype=XSD.double, normalize=False),
        Literal("1000.0", datatype=XSD.double), Literal(True), Literal("2025", datatype=XSD.gYear),
        Literal("x", datatype=XSD.string),
    ]
    s = URIRef("https://w3id.org/kgnews/id/x")
    g = _graph([(s, URIRef(f"http://e/p{i}"), lit) for i, lit in enumerate(cases)])
    text = render("turtle", None, g)
    assert _oxigraph_nt(text, "turtle") == _lines(render("nt", None, g).decode("utf-8"))
    assert "<http://e/p0> 12 ;\n\t<http://e/p1> +5 ;" in text.decode("utf-8")  # bare where exact


def test_roundtrip_jsonld_values():
    """Expanded JSON-LD: full IRIs, every value in a list, literals as value objects."""
    s = URIRef("https://w3id.org/kgnews/id/place/x")
    kg = "https://w3id.org/kgnews/ontology#"
    g = _graph([
        (s, URIRef(kg + "startOffset"), Literal(3)),
        (s, URIRef(kg + "amount"), Literal("1.5", datatype=XSD.decimal)),
        (s, URIRef(kg + "rule"), Literal("r")),
        (s, RDFS.label, Literal("某地", lang="zh")),
        (s, RDF.type, URIRef(kg + "Place")),
        (s, RDF.type, URIRef(kg + "Agency")),
        (s, URIRef(kg + "locatedIn"), URIRef("kg:funds")),  # an IRI that would read as a compact one under a context
    ])
    assert json.loads(render("jsonld", None, g)) == [{
        "@id": "https://w3id.org/kgnews/id/place/x",
        str(RDF.type): [{"@id": kg + "Agency"}, {"@id": kg + "Place"}],
        str(RDFS.label): [{"@language": "zh", "@value": "某地"}],
        kg + "amount": [{"@type": str(XSD.decimal), "@value": "1.5"}],
        kg + "locatedIn": [{"@id": "kg:funds"}],
        kg + "rule": [{"@value": "r"}],
        kg + "startOffset": [{"@type": str(XSD.integer), "@value": "3"}],
    }]
    _assert_round_trips(g)


@pytest.mark.parametrize("iri", ["http://e/a b", "http://e/<a>", 'http://e/"', "http://e/{x}", "http://e/a\\b",
                                 "http://e/\n", "relative/path"])
@pytest.mark.parametrize("name", list(FORMATS))
def test_roundtrip_unwritable_iris_are_refused(name, iri):
    g = _graph([(URIRef("http://e/s"), URIRef("http://e/p"), URIRef(iri))])
    with pytest.raises(ValueError, match="cannot write the IRI"):
        render(name, None, g)


def test_roundtrip_literal_subject_is_refused():
    g = _graph([(Literal("x"), URIRef("http://e/p"), URIRef("http://e/o"))])
    with pytest.raises(ValueError, match="cannot write the triple"):
        render("nt", None, g)


def test_roundtrip_empty_graph():
    assert [render(name, None, Graph()) for name in FORMATS] == [b"", b"", b"[]\n"]


# ---------------------------------------------------------------- hash seeds

_DIGESTS = """
import hashlib
from rdflib import BNode, Graph, Literal, URIRef
from kg.exports import EXPORTERS
g = Graph()
names = {"甲", "乙", "丙", 'q"uote', "new\\nline", "tab\\t", "\\U0001F600"}  # set order follows the hash seed
for i, name in enumerate(names):
    b = BNode()
    g.add((URIRef("https://w3id.org/kgnews/id/x/" + str(len(name))), URIRef("http://e/has"), b))
    g.add((b, URIRef("http://e/name"), Literal(name, lang="zh")))
    g.add((b, URIRef("http://e/n"), Literal(len(name))))
for e in EXPORTERS[:3]:
    print(e.name, hashlib.sha256(e.load()(None, g)).hexdigest())
"""


def test_roundtrip_blank_nodes_byte_identical_across_hash_seeds(outputs_across_hash_seeds):
    digests = outputs_across_hash_seeds(_DIGESTS)
    assert len(digests) == 1, digests


def test_roundtrip_bytes_follow_the_triples_only():
    """Two graphs holding the same triples, bound to different prefixes: the same bytes."""
    from test_rdf import small_model

    g = to_rdf(small_model())
    other = Graph(bind_namespaces="none")
    other.bind("zz", "https://w3id.org/kgnews/ontology#")
    for triple in sorted(g):
        other.add(triple)
    for name in FORMATS:
        assert render(name, None, other) == render(name, None, g), name

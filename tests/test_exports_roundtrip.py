"""The hand-written Turtle, N-Triples and JSON-LD writers (kg/exports): same meaning, exact bytes.

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
from rdflib.compare import isomorphic, to_canonical_graph
from rdflib.namespace import RDF, RDFS, XSD

from kg.exports import render, shared_triples, write_outputs
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
    """``g`` with lower-case language tags, as pyoxigraph reads them (tags are case-insensitive)."""
    out = Graph()
    for s, p, o in g:
        out.add((s, p, Literal(str(o), lang=o.language.lower()) if isinstance(o, Literal) and o.language else o))
    return out


def _assert_round_trips(g: Graph, *, oxigraph: bool = True) -> dict[str, bytes]:
    out = {}
    for name in FORMATS:
        data = out[name] = render(name, None, g)
        assert isomorphic(_parse_rdflib(data, name), g), name
        if oxigraph:
            assert isomorphic(_parse_oxigraph(data, name), _lower_langs(g)), name
    doc = out["jsonld"].decode("utf-8")
    assert doc == json.dumps(json.loads(doc), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return out


@pytest.mark.parametrize("module", ["kg.exports", "kg.exports._triples", "kg.exports.turtle", "kg.exports.ntriples",
                                    "kg.exports.jsonld"])
def test_roundtrip_doctests(module):
    """The modules' examples hold (pytest collects no doctests by itself here)."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


# ---------------------------------------------------------------- the seeds' real graph

@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory, seeds_dir):
    """The graph model of a build of the seeds, and the folder that build wrote."""
    import kg.exports
    from kg.run.build import build

    seen = {}
    original = kg.exports.write_outputs

    def spy(G, rdf, outdir, formats=None):
        seen["G"] = G
        return original(G, rdf, outdir, formats)

    out = tmp_path_factory.mktemp("seeds") / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.exports, "write_outputs", spy)
        build([seeds_dir], out, html=False, store=False)
    return seen["G"], out


@pytest.mark.slow
@pytest.mark.parametrize("name,filename", [("turtle", "graph.ttl"), ("ntriples", "graph.nt"),
                                           ("jsonld", "graph.jsonld")])
def test_roundtrip_seeds_build(seeds_build, name, filename):
    G, out = seeds_build
    g = to_rdf(G)
    data = (out / filename).read_bytes()
    assert data == render(name, G, g)
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
    G, out = seeds_build
    theirs = tmp_path / "rdflib.ttl"
    theirs.write_bytes(to_rdf(G).serialize(format="longturtle", encoding="utf-8"))
    gold = [str(p) for p in gold_files]
    ours, reference = score.score(str(out / "graph.ttl"), gold), score.score(str(theirs), gold)
    for key in ("entity_micro", "relation_micro", "split_errors", "merge_errors"):
        assert ours[key] == reference[key], key


@pytest.mark.slow
def test_roundtrip_seeds_turtle_is_readable(seeds_build):
    text = (seeds_build[1] / "graph.ttl").read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    declared = [line.split()[1][:-1] for line in head.splitlines()]
    assert declared == sorted(declared) and all(line.startswith("PREFIX ") for line in head.splitlines())
    assert all(f"{prefix}:" in body for prefix in declared)  # only the prefixes used
    assert "\n    a kg:Article ;\n" in body and "\n    kg:mentions\n        <https://w3id.org/kgnews/id/" in body


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
    # the N-Triples lines are exactly pyoxigraph's canonical ones (language tags aside: we keep
    # their case), and the Turtle and JSON-LD read back by pyoxigraph (which keeps lexical
    # forms as written) give those lines again
    lines = _lines(render("nt", None, _lower_langs(g)).decode("utf-8"))
    assert lines == sorted(_oxigraph_lines(g))
    assert _oxigraph_nt(out["turtle"], "turtle") == lines
    assert _oxigraph_nt(out["jsonld"], "jsonld") == lines


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(_iri, _bnode), _iri, st.one_of(_iri, _bnode, _literal)), min_size=1, max_size=8))
def test_roundtrip_generated_graphs_with_blank_nodes(triples):
    g = _graph(triples)
    out = _assert_round_trips(g)
    assert _lines(render("nt", None, _lower_langs(g)).decode("utf-8")) == sorted(
        _oxigraph_lines(to_canonical_graph(_lower_langs(g))))


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


def test_roundtrip_turtle_numbers_bare_only_when_exact():
    """A number is written bare only when Turtle reads the bare form back as the same literal."""
    cases = [
        (Literal("12", datatype=XSD.integer), " 12 ;"),
        (Literal("+5", datatype=XSD.integer, normalize=False), " +5 ;"),
        (Literal("２", datatype=XSD.integer, normalize=False), ' "２"^^xsd:integer ;'),  # not an ASCII digit
        (Literal("7940000000.0", datatype=XSD.decimal), " 7940000000.0 ;"),
        (Literal("5", datatype=XSD.decimal), ' "5"^^xsd:decimal ;'),  # bare 5 would be an integer
        (Literal("1e3", datatype=XSD.double, normalize=False), " 1e3 ;"),
        (Literal("1000.0", datatype=XSD.double), ' "1000.0"^^xsd:double ;'),  # bare 1000.0 would be a decimal
        (Literal(True), " true ;"),
        (Literal("2025", datatype=XSD.gYear), ' "2025"^^xsd:gYear ;'),
        (Literal("x", datatype=XSD.string), ' "x"^^xsd:string ;'),
    ]
    s = URIRef("https://w3id.org/kgnews/id/x")
    g = _graph([(s, URIRef(f"http://e/p{i}"), lit) for i, (lit, _) in enumerate(cases)])
    text = render("turtle", None, g).decode("utf-8")
    for _, written in cases:
        assert written in text, written
    # pyoxigraph keeps lexical forms as written: the Turtle holds exactly the N-Triples' literals
    # (but for xsd:string, which RDF 1.1 drops)
    ours = render("nt", None, g).decode("utf-8").replace("^^<http://www.w3.org/2001/XMLSchema#string>", "")
    assert _oxigraph_nt(text.encode("utf-8"), "turtle") == _lines(ours)


def test_roundtrip_jsonld_values():
    s = URIRef("https://w3id.org/kgnews/id/place/x")
    g = _graph([
        (s, URIRef("https://w3id.org/kgnews/ontology#startOffset"), Literal(3)),
        (s, URIRef("https://w3id.org/kgnews/ontology#endOffset"), Literal("1234567890123456", datatype=XSD.integer)),
        (s, URIRef("https://w3id.org/kgnews/ontology#amount"), Literal("1.5", datatype=XSD.decimal)),
        (s, URIRef("https://w3id.org/kgnews/ontology#rule"), Literal("r")),
        (s, RDF.type, URIRef("https://w3id.org/kgnews/ontology#Agency")),
        (s, RDF.type, URIRef("https://w3id.org/kgnews/ontology#Place")),
    ])
    node = json.loads(render("jsonld", None, g))["@graph"][0]
    assert node == {
        "@id": "https://w3id.org/kgnews/id/place/x",
        "@type": ["kg:Agency", "kg:Place"],
        "kg:startOffset": 3,
        "kg:endOffset": {"@type": "xsd:integer", "@value": "1234567890123456"},  # 16 digits: kept a string
        "kg:amount": {"@type": "xsd:decimal", "@value": "1.5"},
        "kg:rule": "r",
    }
    _assert_round_trips(g)


@pytest.mark.parametrize("iri", ["http://e/a b", "http://e/<a>", 'http://e/"', "http://e/{x}", "http://e/a\\b",
                                 "http://e/\n", "relative/path"])
@pytest.mark.parametrize("name", list(FORMATS))
def test_roundtrip_unwritable_iris_are_refused(name, iri):
    g = _graph([(URIRef("http://e/s"), URIRef("http://e/p"), URIRef(iri))])
    with pytest.raises(ValueError, match="cannot write the IRI"):
        render(name, None, g)


def test_roundtrip_jsonld_refuses_iri_that_reads_as_compact():
    g = _graph([(URIRef("http://e/s"), URIRef("http://e/p"), URIRef("kg:funds"))])
    assert render("nt", None, g)  # fine in N-Triples
    with pytest.raises(ValueError, match="compact IRI"):
        render("jsonld", None, g)


def test_roundtrip_literal_subject_is_refused():
    g = _graph([(Literal("x"), URIRef("http://e/p"), URIRef("http://e/o"))])
    with pytest.raises(ValueError, match="subject is a literal"):
        render("nt", None, g)


def test_roundtrip_empty_graph():
    assert render("nt", None, Graph()) == b"" and render("turtle", None, Graph()) == b""
    assert json.loads(render("jsonld", None, Graph()))["@graph"] == []


def test_roundtrip_write_outputs_shares_one_encoding(monkeypatch, tmp_path):
    """write_outputs encodes the graph once for all three RDF files."""
    from kg.exports import _triples
    from test_rdf import small_model

    calls = []
    original = _triples._compute
    monkeypatch.setattr(_triples, "_compute", lambda rdf: calls.append(rdf) or original(rdf))
    G = small_model()
    write_outputs(G, to_rdf(G), tmp_path)
    assert len(calls) == 1
    render("nt", G, to_rdf(G))  # outside write_outputs: computed afresh
    assert len(calls) == 2
    # around several calls, as kg build's two calls could be: once for all
    rdf = to_rdf(G)
    with shared_triples(rdf):
        write_outputs(G, rdf, tmp_path / "a", formats=["nt"])
        write_outputs(G, rdf, tmp_path / "b", formats=["ttl", "jsonld"])
        render("nt", G, to_rdf(G))  # another graph: its own
    assert len(calls) == 4
    assert (tmp_path / "a" / "graph.nt").read_bytes() == (tmp_path / "graph.nt").read_bytes()


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

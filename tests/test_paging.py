"""Pages of a query's answer (kg/store/paging.py): where the slice goes, that the pages of every
shipped query add up to its whole answer, and that the same store gives the same pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import rdflib

from kg.errors import QueryError
from kg.store.local import load_store, open_store
from kg.store.paging import Page, has_marker, plan_page
from kg.store.query import query_doc, read_query, run_query
from query_fixture import fixture_graph

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
KGR = "https://w3id.org/kgnews/id/"


def copies(g: rdflib.Graph, n: int) -> rdflib.Graph:
    """``g`` and ``n - 1`` copies of it under other IRIs and labels (the benchmark's scaling)."""
    out = rdflib.Graph()
    for i in range(n):
        for s, p, o in g:
            def iri(node):
                if i and isinstance(node, rdflib.URIRef) and str(node).startswith(KGR):
                    return rdflib.URIRef(f"{KGR}copy{i}/{str(node)[len(KGR):]}")
                return node

            if i and p in (rdflib.RDFS.label, rdflib.SKOS.altLabel) and isinstance(o, rdflib.Literal):
                o = rdflib.Literal(f"{o}·{i}", lang=o.language)
            out.add((iri(s), p, iri(o)))
    return out


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return copies(fixture_graph(), 4)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, graph) -> Path:
    return load_store(graph, tmp_path_factory.mktemp("paging") / "store")


@pytest.fixture(scope="module")
def store(store_dir):
    return open_store(store_dir)


def rows(result) -> list[tuple]:
    return [tuple(None if t is None else str(t) for t in row) for row in result.rows]


# ---------------------------------------------------------------- where the slice goes


def test_paging_marker_takes_the_slice_and_a_probe_of_the_sub_select():
    text = ("PREFIX ex: <http://e/>\nSELECT ?s ?n WHERE {\n  { SELECT ?s WHERE { ?s a ex:T }\n    # kg:page\n  }\n"
            "  ?s ex:n ?n\n}")
    plan = plan_page(text, Page(number=3, size=5))
    assert plan.text == text.replace("    # kg:page", "    LIMIT 5 OFFSET 10 # kg:page")
    assert plan.probe == ("PREFIX ex: <http://e/>\nSELECT * WHERE { SELECT ?s WHERE { ?s a ex:T }\n"
                          "    LIMIT 1 OFFSET 15 # kg:page\n  }")
    assert (plan.size, plan.skip, plan.unit) == (5, 0, "things")


@pytest.mark.parametrize("text, expected", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }\nLIMIT 3 OFFSET 2"),
    ("SELECT * WHERE { ?s ?p 'LIMIT 5' } # OFFSET 1\n", "SELECT * WHERE { ?s ?p 'LIMIT 5' } # OFFSET 1\nLIMIT 3 OFFSET 2"),
    ("SELECT * WHERE { { SELECT ?s { ?s ?p ?o } LIMIT 9 } }", "SELECT * WHERE { { SELECT ?s { ?s ?p ?o } LIMIT 9 } }\n"
                                                            "LIMIT 3 OFFSET 2"),
])
def test_paging_appends_one_row_more_than_the_page(text, expected):
    plan = plan_page(text, Page(number=2, size=2))
    assert (plan.text, plan.size, plan.skip, plan.probe, plan.unit) == (expected, 2, 0, None, "rows")


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s offset 4",
    "SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://e/a> <http://e/b> }",
])
def test_paging_a_query_with_its_own_slice_is_paged_as_its_rows_come(text):
    plan = plan_page(text, Page(number=2, size=2))
    assert (plan.text, plan.size, plan.skip, plan.probe) == (text, 2, 2, None)


@pytest.mark.parametrize("text", ["ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }",
                                  "PREFIX select: <http://e/>\nDESCRIBE select:x"])
def test_paging_only_select_is_paged(text):
    assert plan_page(text, Page(2, 2)).size is None


def test_paging_marker_only_in_a_comment():
    assert has_marker("SELECT * { ?s ?p ?o }\n# kg:page") and has_marker("#kg:page — here")
    assert not has_marker('SELECT * { ?s ?p "# kg:page" }')
    assert not has_marker("SELECT * { ?s ?p <http://e/#kg:page> }")
    assert not has_marker("# kg:pages\nSELECT * { ?s ?p ?o }")


@pytest.mark.parametrize("number, size", [(0, 5), (1, 0), (-1, 5), (True, 5), (1.5, 5)])
def test_paging_page_is_whole_numbers_from_one(number, size):
    with pytest.raises(QueryError, match="whole number from 1"):
        Page(number, size)


def test_paging_every_shipped_query_has_a_marker_and_says_what_a_page_holds():
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        assert has_marker(text), path.name
        pages = query_doc(text).pages
        assert pages and pages.split()[0] == "20", path.name  # kg.store.paging.DEFAULT_PAGE_SIZE


# ---------------------------------------------------------------- pages of the shipped queries


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
@pytest.mark.parametrize("size", [1, 3])
def test_paging_pages_add_up_to_the_whole_answer(store, path, size):
    """Every page of every shipped query, bound and unbound: together exactly the rows of the
    whole answer (no row twice, none lost), ``has_next`` false on the last page only."""
    text = read_query(path)
    pages = {}
    for bind in [{}] + [{var: "区住建局"} for var in query_doc(text).bindings]:
        whole = Counter(rows(run_query(store, text, bind)))
        seen: Counter = Counter()
        number = 1
        while True:
            result = run_query(store, text, bind, page=Page(number, size))
            assert result.page_unit == "things"
            page_rows = Counter(rows(result))
            seen += page_rows
            if not result.has_next:
                break
            assert page_rows, (bind, number)  # a page with a next one is not empty
            number += 1
        assert seen == whole, (bind, size)
        pages[repr(bind)] = number
    assert pages["{}"] >= 4 // size  # unbound, every query lists at least one thing per copy


def test_paging_unbound_entity_pages_hold_whole_sheets(store):
    """A page of entity.rq is 2 entities, each with every row of its sheet."""
    text = read_query(ROOT / "queries" / "entity.rq")
    whole = run_query(store, text).values()
    page = run_query(store, text, page=Page(1, 2)).values()
    entities = {r["entity"] for r in page}
    assert len(entities) == 2
    assert sorted(map(repr, page)) == sorted(repr(r) for r in whole if r["entity"] in entities)


# ---------------------------------------------------------------- the same store, the same pages


def test_paging_same_store_same_pages_in_any_process(store_dir, outputs_across_hash_seeds):
    script = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from kg.store.local import open_store\nfrom kg.store.paging import Page\n"
        "from kg.store.query import read_query, run_query\n"
        f"store = open_store({str(store_dir)!r})\n"
        "for name in ('entity', 'leaders', 'provenance', 'awards'):\n"
        "    for n in (1, 2):\n"
        "        r = run_query(store, read_query(f'queries/{name}.rq'), page=Page(n, 2))\n"
        "        print(name, n, r.has_next, [[str(t) for t in row] for row in r.rows])\n"
    )
    printed = outputs_across_hash_seeds(script)
    assert len(printed) == 1 and printed.pop().count("\n") == 8


def test_paging_a_store_rebuilt_from_the_same_graph_gives_the_same_pages(tmp_path, graph, store):
    again = open_store(load_store(graph, tmp_path / "again"))
    for path in QUERIES:
        text = read_query(path)
        for n in (1, 2):
            assert rows(run_query(again, text, page=Page(n, 2))) == rows(run_query(store, text, page=Page(n, 2))), \
                (path.stem, n)


def test_paging_rows_query_pages_and_row_limit(store):
    text = "SELECT ?s WHERE { ?s a kg:Place }"
    whole = rows(run_query(store, text))
    first, second = run_query(store, text, page=Page(1, 4)), run_query(store, text, page=Page(2, 4))
    assert rows(first) + rows(second) == whole[:8] and first.has_next and first.page_unit == "rows"
    last = run_query(store, text, page=Page(len(whole) // 4 + 1, 4))
    assert not last.has_next and rows(last) == whole[len(whole) // 4 * 4:]
    cut = run_query(store, text, page=Page(1, 4), row_limit=3)
    assert rows(cut) == whole[:3] and cut.truncated and cut.has_next
    client = run_query(store, text + " LIMIT 6", page=Page(2, 4))  # its own LIMIT: paged as the rows come
    assert rows(client) == whole[4:6] and not client.has_next


def test_paging_big_offsets_are_empty_pages_not_errors(store):
    for path in QUERIES:
        result = run_query(store, read_query(path), page=Page(10 ** 6, 50))
        assert result.rows == [] and not result.has_next, path.stem


def test_paging_probe_falls_back_when_a_bound_variable_is_not_in_the_sub_select(store):
    text = ("SELECT ?x ?s WHERE {\n { SELECT ?s WHERE { ?s a kg:Agency }\n # kg:page\n }\n ?s skos:altLabel ?x }")
    whole = rows(run_query(store, text, {"x": "区住建局"}))
    assert len(whole) == 2  # 即墨's and 西海岸新区's 区住建局 (the copies say 区住建局·1 …)
    # ?x is not selected by the sub-select, so the probe cannot take the binding: the whole query can
    result = run_query(store, text, {"x": "区住建局"}, page=Page(1, 100))
    assert rows(result) == whole and not result.has_next
    assert run_query(store, text, {"x": "区住建局"}, page=Page(1, 1)).page == Page(1, 1)

"""``kg serve``: the SPARQL 1.1 Protocol endpoint, with a real client against a real server.

One server per module, on a free port of 127.0.0.1, with a short time limit and a row
limit of 5, over the hand-made fixture store (tests/query_fixture.py).
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.errors import QueryError
from kg.store.server import Settings, make_server, negotiate
from kg.store.local import load_store
from query_fixture import fixture_graph

QUERIES = Path(__file__).resolve().parents[1] / "queries"
TIME_LIMIT = 1.5
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    load_store(fixture_graph(), out / "store")
    (out / "graph.html").write_text("<!doctype html><title>kg graph</title>", encoding="utf-8")
    srv = make_server(out, Settings(port=0, time_limit=TIME_LIMIT, row_limit=5, workers=2), quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    srv.pool.close()


@pytest.fixture(scope="module")
def base(server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


def sparql(base: str, fmt: str, query: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client


def http(base: str, path: str, *, method: str = "GET", body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def q(text: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": text})


# ---------------------------------------------------------------- the protocol, with SPARQLWrapper


def test_server_listens_on_loopback_by_default(server):
    assert Settings().host == "127.0.0.1"
    assert server.server_address[0] == "127.0.0.1"


def test_server_select_json_with_sparqlwrapper(base):
    query = (QUERIES / "leaders.rq").read_text(encoding="utf-8")
    result = sparql(base, JSON, query).queryAndConvert()
    rows = {(b["personLabel"]["value"], b["relation"]["value"]) for b in result["results"]["bindings"]}
    assert rows == {("薛少华", "leads"), ("李博", "memberOf")}


def test_server_post_and_xml_csv_tsv(base):
    query = "SELECT ?l WHERE { ?a kg:funds ?p . ?p rdfs:label ?l } ORDER BY ?l"
    doc = sparql(base, XML, query, POST).queryAndConvert()
    literals = [e.firstChild.data for e in doc.getElementsByTagName("literal")]
    assert literals == ["城中村改造", "棚户区改造", "老旧小区改造"]
    text = sparql(base, CSV, query).queryAndConvert().decode("utf-8")
    assert [r["l"] for r in csv.DictReader(io.StringIO(text))] == literals
    tsv = sparql(base, TSV, query).queryAndConvert().decode("utf-8").splitlines()
    assert tsv[0] == "?l" and tsv[1] == '"城中村改造"@zh'


def test_server_construct_turtle_and_ask(base):
    client = sparql(base, TURTLE, "CONSTRUCT { ?s kg:funds ?o } WHERE { ?s kg:funds ?o }")
    turtle = client.queryAndConvert()
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(g) == 3
    assert sparql(base, JSON, "ASK { ?s kg:leads ?o }").queryAndConvert()["boolean"] is True


def test_server_malformed_query_is_400_with_parser_message(base):
    with pytest.raises(QueryBadFormed) as info:
        sparql(base, JSON, "SELECT * WHERE { ?s ?p }").query()
    assert "error at 1:" in str(info.value)


def test_server_accept_header_negotiation(base):
    path = q("SELECT ?s WHERE { ?s a kg:Award }")
    for accept, ctype in [("application/sparql-results+json", "application/sparql-results+json"),
                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                          ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
                          ("*/*", "application/sparql-results+json")]:
        status, headers, _ = http(base, path, headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(ctype), accept
    status, headers, body = http(base, q("CONSTRUCT WHERE { ?s a kg:Award }"), headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"] == "application/n-triples" and body.endswith(b" .\n")
    status, _, body = http(base, path, headers={"Accept": "text/turtle"})
    assert status == 406 and b"sparql-results+json" in body
    status, headers, _ = http(base, path + "&format=csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    ET.fromstring(http(base, path, headers={"Accept": "application/sparql-results+xml"})[2])


def test_server_html_graph_beside_the_endpoint(base):
    status, headers, body = http(base, "/graph.html")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"kg graph" in body
    status, _, body = http(base, "/")
    assert status == 200 and b"/sparql" in body


# ---------------------------------------------------------------- read-only and hostile input


@pytest.mark.parametrize("how", ["form", "body", "query", "load", "service", "service-local"])
def test_server_refuses_update_load_service_with_403(base, how):
    if how == "form":
        status, _, body = http(base, "/sparql", method="POST", body=b"update=CLEAR%20ALL",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        status, _, body = http(base, "/sparql", method="POST", body="DELETE WHERE { ?s ?p ?o }".encode(),
                               headers={"Content-Type": "application/sparql-update"})
    else:
        text = {
            "query": "INSERT DATA { <http://a> <http://b> <http://c> }",
            "load": "LOAD <http://example.org/evil.ttl>",
            "service": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "service-local": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        }[how]
        status, _, body = http(base, q(text))
    assert status == 403, body
    assert b"Traceback" not in body
    # nothing changed
    count = json.loads(http(base, q("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[2])
    assert int(count["results"]["bindings"][0]["n"]["value"]) == len(fixture_graph())


def test_server_time_limit_stops_a_runaway_query(base):
    status, _, body = http(base, q(SLOW_QUERY))
    assert status == 503 and b"time limit" in body
    # the killed worker was replaced: the endpoint still answers
    assert http(base, q("ASK { ?s ?p ?o }"))[0] == 200


def test_server_row_limit_cuts_with_a_notice(base):
    status, headers, body = http(base, q("SELECT * WHERE { ?s ?p ?o }"))
    assert status == 200 and headers["KG-Truncated"] == "5" and "row limit" in headers["Warning"]
    assert len(json.loads(body)["results"]["bindings"]) == 5
    status, headers, _ = http(base, q("SELECT ?s WHERE { ?s a kg:Award }"))
    assert "KG-Truncated" not in headers


@pytest.mark.parametrize("path, kwargs, expected", [
    ("/sparql", {}, 400),  # no query
    ("/sparql?query=", {}, 400),
    ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, 400),  # two queries
    ("/sparql?query=%ff%fe", {}, 400),  # not UTF-8
    ("/sparql?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fg", {}, 400),
    ("/nowhere", {}, 404),
    ("/../../etc/passwd", {}, 404),
    ("/sparql", {"method": "PUT", "body": b"x"}, 405),
    ("/sparql", {"method": "DELETE"}, 405),
    ("/sparql", {"method": "POST", "body": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("/sparql", {"method": "POST", "body": b"\xff\xfe",
                 "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ("/sparql", {"method": "POST", "body": b"query=%ff",
                 "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
])
def test_server_malformed_requests_get_4xx_never_a_traceback(base, path, kwargs, expected):
    status, _, body = http(base, path, **kwargs)
    assert status == expected, body
    assert b"Traceback" not in body and b'File "' not in body


def test_server_refuses_an_oversized_body_before_reading_it(server):
    # the body is declared, not sent: the server must answer 413 from the headers alone
    # (sending 2 MB would race the server closing the connection and break the pipe)
    host, port = server.server_address[:2]
    head = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 2000001\r\n\r\n")
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(head)
        reply = sock.recv(4096)
    assert reply.startswith(b"HTTP/1.") and b" 413 " in reply.split(b"\r\n", 1)[0]
    assert b"Traceback" not in reply


def test_server_post_form_query(base):
    body = urllib.parse.urlencode({"query": "ASK { ?s kg:awarded ?o }"}).encode()
    status, _, data = http(base, "/sparql", method="POST", body=body,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(data)["boolean"] is True


@pytest.mark.parametrize("raw", [
    b"FOO /sparql HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n",
    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n\r\n",
    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: -5\r\n\r\n",
    b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n" + b"X-Long: " + b"a" * 70000 + b"\r\n\r\n",
])
def test_server_raw_garbage_gets_4xx(server, raw):
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(raw)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
            if b"\r\n\r\n" in reply:
                break
    status_line = reply.split(b"\r\n", 1)[0]
    if status_line:  # a connection closed without an answer is also fine for a non-HTTP byte stream
        assert status_line.split()[1].startswith(b"4"), status_line


def test_server_keeps_answering_after_abuse(base):
    assert http(base, q("ASK { ?s kg:funds ?o }"))[0] == 200


# ---------------------------------------------------------------- pieces


def test_server_negotiate_unit():
    assert negotiate(None, "select") == "json"
    assert negotiate("application/*", "select") == "json"
    assert negotiate("text/*", "graph") == "turtle"
    assert negotiate("text/csv;q=0", "select") is None
    assert negotiate(None, "ask", "tsv") == "tsv"
    assert negotiate(None, "graph", "csv") is None


def test_server_settings_table_and_validation():
    from dataclasses import fields

    from kg.store.server import SETTINGS

    assert [f.name for f in fields(Settings)] == [s.name for s in SETTINGS]
    assert Settings.from_pairs({"time_limit": "2.5", "row_limit": "7"}, host=None) == Settings(time_limit=2.5,
                                                                                             row_limit=7)
    assert Settings.from_pairs({"host": "0.0.0.0"}, host=None).host == "0.0.0.0"
    with pytest.raises(QueryError, match="valid: host"):
        Settings.from_pairs({"rows": "1"})
    with pytest.raises(QueryError, match="not a int"):
        Settings.from_pairs({"row_limit": "many"})





def test_server_canned_lists_the_shipped_queries(base):
    from kg.store.query import query_doc

    status, headers, body = http(base, "/queries/")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    listing = json.loads(body)["queries"]
    assert [q["name"] for q in listing] == sorted(p.stem for p in QUERIES.glob("*.rq"))
    for q in listing:
        doc = query_doc((QUERIES / f"{q['name']}.rq").read_text(encoding="utf-8"))
        assert q["variables"] == doc.bindings and q["url"] == f"/queries/{q['name']}"
        assert q["title"] and q["description"] and q["pages"].startswith("20 ")
    assert http(base, "/queries")[0] == 200


def _bindings(body: bytes) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def test_server_canned_query_binds_from_the_url(base, server):
    from kg.store.local import open_store
    from kg.store.query import read_query, run_query

    status, headers, body = http(base, "/queries/projects_funded_by?" + urllib.parse.urlencode({"name": "区住建局"}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["KG-Page"] == "1" and headers["KG-Page-Size"] == "20" and "Link" not in headers
    store = open_store(server.pool.store_dir)
    expected = run_query(store, read_query(QUERIES / "projects_funded_by.rq"), {"name": "区住建局"}).values()
    assert sorted(map(repr, _bindings(body))) == sorted(map(repr, expected))
    assert {(r["funderLabel"], r["projectLabel"]) for r in _bindings(body)} == {
        ("即墨区住房和城乡建设局", "城中村改造"), ("即墨区住房和城乡建设局", "棚户区改造"),
        ("西海岸新区住房和城乡建设局", "老旧小区改造")}


def test_server_canned_pages_follow_the_link(base, server):
    from kg.store.local import open_store
    from kg.store.query import read_query, run_query

    path, seen, pages = "/queries/provenance?_size=2", [], 0
    while path:
        status, headers, body = http(base, path)
        assert status == 200 and headers["KG-Page"] == str(pages + 1), path
        seen += _bindings(body)
        pages += 1
        link = headers.get("Link")
        path = link[link.index("<") + 1:link.index(">")] if link else None
        if link:
            assert link.endswith('>; rel="next"') and "_size=2" in link
    store = open_store(server.pool.store_dir)
    whole = run_query(store, read_query(QUERIES / "provenance.rq")).values()
    assert pages == 6 and sorted(map(repr, seen)) == sorted(map(repr, whole))  # 12 statements, 2 a page


def test_server_canned_formats(base):
    path = "/queries/leaders?" + urllib.parse.urlencode({"bodyName": "区住建局"})
    for extra, headers, ctype in (("&_format=csv", {}, "text/csv"), ("", {"Accept": "text/csv"}, "text/csv"),
                                  ("", {"Accept": "application/sparql-results+xml"}, "application/sparql-results+xml")):
        status, got, body = http(base, path + extra, headers=headers)
        assert status == 200 and got["Content-Type"].startswith(ctype), extra
    text = http(base, path + "&_format=csv")[2].decode("utf-8")
    assert [(r["personLabel"], r["posts"]) for r in csv.DictReader(io.StringIO(text))] == [("薛少华", "党组书记、局长")]


@pytest.mark.parametrize("path, status, words", [
    ("/queries/nope", 404, "shipped: articles_by_date, awards, entity"),
    ("/queries/../../etc/passwd", 404, "no shipped query"),
    ("/queries/%ff", 400, "UTF-8"),
    ("/queries/leaders?bodyNme=x", 400, "valid: name, bodyName, _format, _page, _size"),
    ("/queries/leaders?name=a&name=b", 400, "given 2 times"),
    ("/queries/leaders?_page=0", 400, "_page must be a whole number from 1"),
    ("/queries/leaders?_page=x", 400, "_page must be"),
    ("/queries/leaders?_size=5000000", 400, "_size must be a whole number from 1 to 5"),
    ("/queries/leaders?_format=yaml", 406, "cannot answer"),
])
def test_server_canned_errors_name_the_problem(base, path, status, words):
    got, _, body = http(base, path)
    assert got == status and words in body.decode("utf-8"), body
    assert b"Traceback" not in body


@pytest.mark.parametrize("value", ['x" } UNION { ?s ?p ?o } #', "}", "'; DROP ALL; '"])
def test_server_canned_hostile_value_matches_nothing(base, value):
    status, _, body = http(base, "/queries/entity?" + urllib.parse.urlencode({"name": value}))
    assert status == 200 and _bindings(body) == []


def test_server_canned_time_and_row_limits(base, tmp_path, monkeypatch):
    (tmp_path / "slow.rq").write_text(f"# Counts too much.\n#\n# Answers: nothing useful\n\n{SLOW_QUERY}\n",
                                      encoding="utf-8")
    (tmp_path / "triples.rq").write_text("# Every triple.\n#\n# Answers: all\n\nSELECT * WHERE { ?s ?p ?o }\n",
                                         encoding="utf-8")
    monkeypatch.setenv("KG_QUERIES_DIR", str(tmp_path))
    assert [q["name"] for q in json.loads(http(base, "/queries/")[2])["queries"]] == ["slow", "triples"]
    started = time.perf_counter()
    status, _, body = http(base, "/queries/slow")
    assert status == 503 and b"time limit" in body and time.perf_counter() - started < TIME_LIMIT + 5
    status, headers, body = http(base, "/queries/triples")  # 20 rows a page, cut at the row limit of 5
    assert status == 200 and headers["KG-Truncated"] == "5" and len(_bindings(body)) == 5
    assert "Link" in headers


def test_server_canned_listing_for_a_browser_escapes_and_forms(base, tmp_path, monkeypatch):
    (tmp_path / "odd.rq").write_text('# <script>alert(1)</script> & more\n#\n# Answers: "quoted"\n#\n'
                                     "# Bind (kg query --bind NAME=VALUE; all optional):\n#   ?name   a <b>name</b>\n\n"
                                     "SELECT ?name WHERE { ?s rdfs:label ?name }\n", encoding="utf-8")
    monkeypatch.setenv("KG_QUERIES_DIR", str(tmp_path))
    status, headers, body = http(base, "/queries/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert '<form action="/queries/odd" method="get">' in page and '<input type="text" name="name">' in page
    assert json.loads(http(base, "/queries/?_format=json", headers={"Accept": "text/html"})[2])["queries"][0][
        "name"] == "odd"
    assert http(base, "/queries/?_format=yaml")[0] == 406


def test_server_canned_empty_parameter_is_unbound(base):
    """A form's empty field leaves its variable unbound (no name is empty)."""
    both = _bindings(http(base, "/queries/leaders?name=&" + urllib.parse.urlencode({"bodyName": "区住建局"}))[2])
    assert [(r["personLabel"], r.get("name")) for r in both] == [("薛少华", None)]
    assert len(_bindings(http(base, "/queries/leaders?name=&bodyName=")[2])) == 2  # every edge of the fixture

"""``kg push``: the graph PUT into a real Oxigraph server over the Graph Store Protocol.

Each server test starts its own ``oxigraph serve`` (the ``oxigraph`` PyPI package's
binary) on a free port of 127.0.0.1 with an empty store, and reads the store back over
SPARQL ``/query`` — never through kg's own code.  What a naive PUT gets wrong and these
catch: the graph IRI not percent-encoded (Chinese, ``&``, ``#``), a POST that adds
instead of replacing, replacing more than the one graph, a relative ``?graph=``, errors
that do not say which URL failed or what the server answered.

The tests without a server use a small recording HTTP server of the standard library:
what headers and body a push sends, redirects, credentials, timeouts.
"""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, SKOS, XSD

from kg.errors import KgError, PushError
from kg.store.push import DEFAULT_GRAPH_IRI, PushResult, count_triples, graph_url, push
from kg.graph.vocab import KG, mint_article, mint_entity

OXIGRAPH = shutil.which("oxigraph")
needs_oxigraph = pytest.mark.skipif(
    OXIGRAPH is None, reason="the `oxigraph` server executable is not on PATH (pip install oxigraph)"
)

G1 = "https://w3id.org/kgnews/graph/test-1"
G2 = "https://w3id.org/kgnews/graph/test-2"
# a graph IRI a naive ?graph= breaks three ways: UTF-8, '&' and '=', '#'
G_HARD = "https://w3id.org/kgnews/graph/青岛?edition=2024&page=3#即墨"


# ---------------------------------------------------------------- graphs


def hard_graph() -> rdflib.Graph:
    """Chinese IRIs and labels, escapes, datatypes, a blank node, a non-BMP character."""
    g = rdflib.Graph()
    agency = mint_entity("Agency", "即墨区住房和城乡建设局")
    paper = mint_entity("Organization", "青岛日报/观海新闻")  # '/' percent-encoded in the IRI
    project = mint_entity("Project", "融通·融园装备制造产业园")
    article = mint_article("000 x.txt", 3)  # space percent-encoded
    g.add((agency, RDFS.label, rdflib.Literal("即墨区住房和城乡建设局", lang="zh")))
    g.add((agency, SKOS.altLabel, rdflib.Literal("区住建局", lang="zh")))
    g.add((agency, KG.funds, project))
    g.add((paper, RDFS.label, rdflib.Literal('他说："投资\\79.4亿元"\n\t第二行 😀', lang="zh")))
    g.add((article, KG.mentions, agency))
    g.add((article, KG.startOffset, rdflib.Literal(0, datatype=XSD.integer)))
    g.add((project, KG.amount, rdflib.Literal("7940000000", datatype=XSD.decimal)))
    node = rdflib.BNode()
    g.add((project, KG.period, node))
    g.add((node, RDFS.label, rdflib.Literal("2024年", lang="zh")))
    return g


def simple_graph(tag: str, n: int = 3) -> rdflib.Graph:
    g = rdflib.Graph()
    for i in range(n):
        g.add((mint_entity("Place", f"{tag}{i}"), RDFS.label, rdflib.Literal(f"{tag}{i}", lang="zh")))
    return g


def write(g: rdflib.Graph, path: Path) -> Path:
    g.serialize(destination=str(path), format="nt" if path.suffix == ".nt" else "turtle", encoding="utf-8")
    return path


# ---------------------------------------------------------------- a real Oxigraph server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    """One ``oxigraph serve`` process and a few SPARQL helpers that do not use kg.store.push."""

    def __init__(self, location: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.store = self.base + "/store"
        self.query_url = self.base + "/query"
        self.proc = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.proc.stderr.read().decode(errors='replace')}")
            try:
                self.select("ASK {}")
                return
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError(f"oxigraph serve did not answer on {self.base} within 10 s") from None
                time.sleep(0.02)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.proc.stderr.close()

    def _post(self, query: str, accept: str) -> bytes:
        req = urllib.request.Request(self.query_url, data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": accept})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.read()

    def select(self, query: str) -> bytes:
        return self._post(query, "application/sparql-results+json")

    def graph(self, iri: str | None) -> rdflib.Graph:
        """The triples of one named graph (``None``: the default graph)."""
        where = "{ ?s ?p ?o }" if iri is None else f"{{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        data = self._post(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {where}", "application/n-triples")
        g = rdflib.Graph()
        g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def named_graphs(self) -> set[str]:
        data = self._post("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
        return {line.strip() for line in data.decode("utf-8").splitlines()[1:] if line.strip()}


@pytest.fixture
def oxigraph(tmp_path):
    if OXIGRAPH is None:
        pytest.skip("the `oxigraph` server executable is not on PATH (pip install oxigraph)")
    server = Oxigraph(tmp_path / "oxigraph")
    try:
        yield server
    finally:
        server.close()


# ---------------------------------------------------------------- against Oxigraph


@pytest.mark.slow
@needs_oxigraph
def test_push_puts_exactly_the_file_into_the_named_graph(oxigraph, tmp_path):
    g = hard_graph()
    nt = write(g, tmp_path / "graph.nt")
    result = push(nt, oxigraph.store, graph_iri=G1, verify_query=oxigraph.query_url)

    assert isinstance(result, PushResult)
    assert result.status == 201 and result.created and result.reason == "Created"
    assert result.url == f"{oxigraph.store}?graph={urllib.parse.quote(G1, safe='')}"
    assert result.graph_iri == G1
    assert result.content_type == "application/n-triples"
    assert result.bytes_sent == nt.stat().st_size
    assert result.triples_sent == len(g) == result.triples_in_graph
    assert result.counts_agree is True
    assert result.seconds >= 0
    assert G1 in result.describe() and "201 Created" in result.describe()

    assert isomorphic(oxigraph.graph(G1), g)
    assert oxigraph.named_graphs() == {G1}
    assert len(oxigraph.graph(None)) == 0  # nothing leaked into the default graph


@pytest.mark.slow
@needs_oxigraph
def test_push_defaults_to_the_project_graph_and_checks_it_with_head(oxigraph, tmp_path):
    g = simple_graph("即墨")
    result = push(write(g, tmp_path / "graph.nt"), oxigraph.store)
    assert result.graph_iri == DEFAULT_GRAPH_IRI == "https://w3id.org/kgnews/graph/news"
    assert result.graph_exists is True and result.triples_in_graph is None
    assert isomorphic(oxigraph.graph(DEFAULT_GRAPH_IRI), g)


@pytest.mark.slow
@needs_oxigraph
def test_push_again_replaces_that_graph_and_nothing_else(oxigraph, tmp_path):
    default, other = simple_graph("默认"), simple_graph("别的")
    old, new = simple_graph("旧", 5), simple_graph("新", 2)
    push(write(default, tmp_path / "default.nt"), oxigraph.store, graph_iri=None)
    push(write(other, tmp_path / "other.nt"), oxigraph.store, graph_iri=G2)
    first = push(write(old, tmp_path / "old.nt"), oxigraph.store, graph_iri=G1)
    assert isomorphic(oxigraph.graph(G1), old)

    second = push(write(new, tmp_path / "new.nt"), oxigraph.store, graph_iri=G1,
                  verify_query=oxigraph.query_url)
    assert first.created and not second.created and second.status in (200, 204)
    assert isomorphic(oxigraph.graph(G1), new)  # the old triples are gone, not merged
    assert second.triples_in_graph == len(new) == 2
    assert isomorphic(oxigraph.graph(G2), other)
    assert isomorphic(oxigraph.graph(None), default)
    assert oxigraph.named_graphs() == {G1, G2}


@pytest.mark.slow
@needs_oxigraph
def test_push_into_the_default_graph(oxigraph, tmp_path):
    push(write(simple_graph("命名"), tmp_path / "named.nt"), oxigraph.store, graph_iri=G2)
    push(write(simple_graph("旧默认"), tmp_path / "old.nt"), oxigraph.store, graph_iri=None)
    g = hard_graph()
    result = push(write(g, tmp_path / "graph.nt"), oxigraph.store, graph_iri=None,
                  verify_query=oxigraph.query_url)
    assert result.url == oxigraph.store + "?default"
    assert result.graph_iri is None and "the default graph" in result.describe()
    assert result.triples_in_graph == len(g)
    assert isomorphic(oxigraph.graph(None), g)
    assert isomorphic(oxigraph.graph(G2), simple_graph("命名"))


@pytest.mark.slow
@needs_oxigraph
def test_turtle_and_a_hard_graph_iri_survive(oxigraph, tmp_path):
    g = hard_graph()
    ttl = write(g, tmp_path / "graph.ttl")
    assert "@prefix" in ttl.read_text(encoding="utf-8")
    result = push(ttl, oxigraph.store, graph_iri=G_HARD, verify_query=oxigraph.query_url)
    assert result.content_type == "text/turtle"
    assert result.triples_sent is None and result.triples_in_graph == len(g)
    assert oxigraph.named_graphs() == {G_HARD}  # not cut at '&' or '#', not mis-decoded
    assert isomorphic(oxigraph.graph(G_HARD), g)


@pytest.mark.slow
@needs_oxigraph
def test_a_large_file_streams_and_its_triples_are_counted(oxigraph, tmp_path):
    # bigger than the upload block, with comment and blank lines and no final newline
    lines = [f'<https://w3id.org/kgnews/id/place/地{i}> <{RDFS.label}> "地名{i}"@zh .' for i in range(30_000)]
    for i in range(0, len(lines), 1000):
        lines[i] += "\n# comment line\n\n   "
    nt = tmp_path / "big.nt"
    nt.write_text("\n".join(lines), encoding="utf-8")
    assert nt.stat().st_size > 1_000_000
    result = push(nt, oxigraph.store, graph_iri=G1, verify_query=oxigraph.query_url)
    assert result.bytes_sent == nt.stat().st_size
    assert result.triples_sent == result.triples_in_graph == 30_000


@pytest.mark.slow
@needs_oxigraph
def test_server_errors_name_the_url_and_the_status(oxigraph, tmp_path):
    good = write(simple_graph("好"), tmp_path / "good.nt")
    push(good, oxigraph.store, graph_iri=G1)

    with pytest.raises(PushError) as wrong_path:
        push(good, oxigraph.base + "/not-the-store", graph_iri=G1)
    msg = str(wrong_path.value)
    assert wrong_path.value.status == 404
    assert "HTTP 404" in msg and oxigraph.base + "/not-the-store?graph=" in msg
    assert "not supported" in msg  # the first line of Oxigraph's answer
    assert "/store" in msg  # the hint
    assert "\n" not in msg

    bad = tmp_path / "bad.nt"
    bad.write_text('<https://w3id.org/kgnews/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "没有结束 .\n',
                   encoding="utf-8")
    with pytest.raises(PushError) as malformed:
        push(bad, oxigraph.store, graph_iri=G1)
    assert malformed.value.status == 400
    assert "HTTP 400 Bad Request" in str(malformed.value) and oxigraph.store in str(malformed.value)
    assert "\n" not in str(malformed.value)
    # the failed PUT left the graph as it was
    assert isomorphic(oxigraph.graph(G1), simple_graph("好"))

    with pytest.raises(PushError, match=r"verify query .*/nowhere: HTTP 404"):
        push(good, oxigraph.store, graph_iri=G1, verify_query=oxigraph.base + "/nowhere")


@pytest.mark.slow
@needs_oxigraph
def test_count_triples(oxigraph, tmp_path):
    push(write(simple_graph("数", 4), tmp_path / "g.nt"), oxigraph.store, graph_iri=G_HARD)
    assert count_triples(oxigraph.query_url, G_HARD) == 4
    assert count_triples(oxigraph.query_url, G1) == 0
    assert count_triples(oxigraph.query_url, None) == 0


# ---------------------------------------------------------------- without a server


def test_refused_connection_names_the_url(tmp_path):
    port = free_port()  # bound and closed again: nothing listens there
    url = f"http://127.0.0.1:{port}/store"
    with pytest.raises(PushError) as err:
        push(write(simple_graph("甲"), tmp_path / "g.nt"), url, graph_iri=G1)
    assert isinstance(err.value, KgError)
    assert f"PUT {url}?graph=" in str(err.value) and "connection refused" in str(err.value)


def test_missing_file_and_bad_arguments(tmp_path):
    with pytest.raises(PushError, match=r"no such graph file to push"):
        push(tmp_path / "out" / "graph.nt", "http://127.0.0.1:1/store")
    with pytest.raises(PushError, match=r"is a folder"):
        push(tmp_path, "http://127.0.0.1:1/store", content_type="text/turtle")
    jsonld = tmp_path / "graph.jsonld"
    jsonld.write_text("{}", encoding="utf-8")
    with pytest.raises(PushError, match=r"suffix '.jsonld'"):
        push(jsonld, "http://127.0.0.1:1/store")
    nt = write(simple_graph("甲"), tmp_path / "g.nt")
    with pytest.raises(PushError, match=r"not an absolute IRI"):
        push(nt, "http://127.0.0.1:1/store", graph_iri="news")
    with pytest.raises(PushError, match=r"not an absolute IRI"):
        push(nt, "http://127.0.0.1:1/store", graph_iri="https://example.org/a b")
    with pytest.raises(PushError, match=r"not an http:// or https:// URL"):
        push(nt, "ftp://example.org/store")
    with pytest.raises(PushError, match=r"without graph= or default"):
        push(nt, "http://127.0.0.1:1/store?graph=https://example.org/g")


def test_graph_url_shapes():
    assert graph_url("http://h:7878/store", None) == "http://h:7878/store?default"
    assert graph_url("http://h:7878/store", "http://e.org/g") == "http://h:7878/store?graph=http%3A%2F%2Fe.org%2Fg"
    assert graph_url("https://u:p@h/ds/data?x=1#top", "urn:g") == "https://h/ds/data?x=1&graph=urn%3Ag"
    assert graph_url("http://h", None) == "http://h/?default"


def test_timeout_is_a_push_error(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # connections complete in the backlog; nobody ever answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/store"
        with pytest.raises(PushError, match=r"no answer within 0\.5 s") as err:
            push(write(simple_graph("甲"), tmp_path / "g.nt"), url, graph_iri=G1, timeout=0.5)
        assert url in str(err.value)
    finally:
        listener.close()


class Recorder:
    """A stdlib HTTP server that records each request and answers as told."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.status = 201
        self.headers: dict[str, str] = {}
        self.body = b""
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                recorder.requests.append({
                    "method": self.command, "path": self.path, "headers": dict(self.headers),
                    "body": self.rfile.read(length) if length else b"",
                })
                self.send_response(recorder.status)
                for key, value in recorder.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(recorder.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(recorder.body)

            do_PUT = do_HEAD = do_POST = do_GET = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder():
    rec = Recorder()
    yield rec
    rec.close()


def test_the_request_streams_the_file_with_its_length_and_credentials(recorder, tmp_path):
    nt = write(hard_graph(), tmp_path / "graph.nt")
    result = push(nt, f"http://kg%40user:p%C3%A4ss:w@{recorder.base[7:]}/store", graph_iri=G_HARD)
    put, head = recorder.requests
    assert put["method"] == "PUT" and head["method"] == "HEAD"
    assert put["path"] == "/store?graph=" + urllib.parse.quote(G_HARD, safe="")
    assert urllib.parse.parse_qs(put["path"].partition("?")[2]) == {"graph": [G_HARD]}
    assert put["headers"]["Content-Type"] == "application/n-triples"
    assert put["headers"]["Content-Length"] == str(nt.stat().st_size)
    assert "Transfer-Encoding" not in put["headers"]
    assert put["body"] == nt.read_bytes()
    expected = "Basic " + base64.b64encode("kg@user:päss:w".encode()).decode()
    assert put["headers"]["Authorization"] == head["headers"]["Authorization"] == expected
    assert "päss" not in result.url and "p%C3%A4ss" not in result.url and "kg%40user" not in result.url

    recorder.requests.clear()
    push(nt, recorder.base + "/store", graph_iri=G1, auth=("ann", "secret"))
    assert recorder.requests[0]["headers"]["Authorization"] == "Basic " + base64.b64encode(b"ann:secret").decode()


def test_errors_carry_the_status_and_first_line_but_no_password(recorder, tmp_path):
    nt = write(simple_graph("甲"), tmp_path / "g.nt")
    recorder.status = 401
    recorder.body = "\n  认证失败: bad password\nsecond line\n".encode()
    with pytest.raises(PushError) as err:
        push(nt, f"http://ann:hunter2@{recorder.base[7:]}/store", graph_iri=G1)
    msg = str(err.value)
    assert err.value.status == 401
    assert "HTTP 401 Unauthorized: 认证失败: bad password" in msg
    assert "second line" not in msg and "hunter2" not in msg and "ann:" not in msg
    assert f"PUT {recorder.base}/store?graph=" in msg

    recorder.status = 500
    recorder.body = b""
    with pytest.raises(PushError, match=r"HTTP 500 Internal Server Error$"):
        push(nt, recorder.base + "/store", graph_iri=G1)


def test_redirects_are_not_followed(recorder, tmp_path):
    other = Recorder()
    try:
        recorder.status = 307
        recorder.headers = {"Location": other.base + "/store"}
        with pytest.raises(PushError) as err:
            push(write(simple_graph("甲"), tmp_path / "g.nt"), recorder.base + "/store",
                 graph_iri=G1, auth=("ann", "secret"))
        assert err.value.status == 307
        assert f"redirects to {other.base}/store" in str(err.value)
        assert other.requests == []  # neither the graph nor the credentials went there
    finally:
        other.close()


def test_the_server_saying_the_graph_is_missing_after_a_put_is_an_error(recorder, tmp_path):
    # a 2xx answer to the PUT, then 404 to the HEAD: the push did not take
    nt = write(simple_graph("甲"), tmp_path / "g.nt")

    recorder.status = 204
    original = recorder.server.RequestHandlerClass.do_HEAD

    def head_404(handler) -> None:
        recorder.status = 404
        original(handler)
        recorder.status = 204

    recorder.server.RequestHandlerClass.do_HEAD = head_404
    with pytest.raises(PushError, match=r"answered 204 No Content but has no triples in graph <"):
        push(nt, recorder.base + "/store", graph_iri=G1)


# ---------------------------------------------------------------- the command line


@pytest.mark.slow
@needs_oxigraph
def test_kg_push_command_replaces_the_project_graph(oxigraph, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.store.push import DEFAULT_GRAPH_IRI

    first = write(simple_graph("first"), tmp_path / "first.nt")
    second = write(simple_graph("second", 5), tmp_path / "second.nt")
    runner = CliRunner()
    for path in (first, second):
        result = runner.invoke(cli, ["push", oxigraph.store, "--graph-file", str(path),
                                     "--verify-query", oxigraph.query_url])
        assert result.exit_code == 0, result.output
    assert oxigraph.graph(DEFAULT_GRAPH_IRI).isomorphic(simple_graph("second", 5))

    refused = runner.invoke(cli, ["push", f"http://127.0.0.1:{free_port()}/store", "--graph-file", str(first)])
    assert refused.exit_code == 1 and "kg: error:" in refused.stderr and "Traceback" not in refused.output

"""Tests for kg.exports.html: the graph explorer page, without a browser (tests/test_browser.py drives one).

The small graphs are made by hand here; ``sample_graph`` is also the graph of the
screenshot in docs/graph.png until the lead regenerates it from the seeds.
"""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.exports import html as kg_html
from kg.errors import KgError
from kg.graph.model import build_graph
from kg.records import ENTITY_TYPES, PREDICATES, Article, Entity, Evidence

HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'


def _article(source: str, index: int, headline: str, text: str) -> Article:
    return Article(source, index, text, tuple(range(len(text) + 1)), 0, len(text), headline=headline)


def _ev(article: Article, sentence: str, rule: str, **qualifiers: str) -> Evidence:
    start = max(article.text.find(sentence), 0)
    return Evidence(article.id, article.source, article.headline, sentence, start, start + len(sentence), rule,
                    tuple(sorted(qualifiers.items())))


def sample_graph():
    """A realistic small graph: an agency and its head, two funded projects, places, a company, an award."""
    s1 = "即墨区住房和城乡建设局党组书记、局长孙立伟介绍，区住建局争取专项借款79.4亿元用于通济新区旧城改造项目。"
    s2 = "区住建局安排中央预算内资金3200万元，支持前枣杭村老旧小区改造工程。"
    s3 = "通济新区旧城改造项目位于即墨区通济新区，由青岛即墨城市发展投资有限公司负责建设。"
    s4 = "前枣杭村老旧小区改造工程位于前枣杭村。"
    s5 = "青岛即墨城市发展投资有限公司荣获“山东省文明单位”称号。"
    a1 = _article("001_jimo.txt", 0, "即墨区城市更新跑出加速度", s1 + s2)
    a2 = _article("002_jimo.txt", 1, "通济新区旧城改造全面启动", s3 + s4 + s5)
    agency = Entity("Agency/即墨区住房和城乡建设局", "Agency", "即墨区住房和城乡建设局",
                    {"区住建局", "即墨区住建局"}, {a1.id})
    official = Entity("Official/孙立伟", "Official", "孙立伟", set(), {a1.id}, {"党组书记、局长"})
    p1 = Entity("Project/通济新区旧城改造项目", "Project", "通济新区旧城改造项目", set(), {a1.id, a2.id})
    p2 = Entity("Project/前枣杭村老旧小区改造工程", "Project", "前枣杭村老旧小区改造工程", set(), {a1.id, a2.id})
    place1 = Entity("Place/通济新区", "Place", "通济新区", set(), {a2.id})
    place2 = Entity("Place/前枣杭村", "Place", "前枣杭村", set(), {a2.id})
    company = Entity("Company/青岛即墨城市发展投资有限公司", "Company", "青岛即墨城市发展投资有限公司",
                     {"即墨城投"}, {a2.id})
    award = Entity("Award/山东省文明单位", "Award", "山东省文明单位", set(), {a2.id})
    edges = [
        (official.id, "leads", agency.id, _ev(a1, s1, "leads_title", role="党组书记、局长")),
        (agency.id, "funds", p1.id, _ev(a1, s1, "funds_verb", amount="7940000000", amount_text="79.4亿元",
                                        money_kind="专项借款")),
        (agency.id, "funds", p2.id, _ev(a1, s2, "funds_verb", amount="32000000", amount_text="3200万元",
                                        money_kind="中央预算内资金")),
        (agency.id, "develops", p2.id, _ev(a1, s2, "develops_verb")),
        (p1.id, "locatedIn", place1.id, _ev(a2, s3, "located_verb")),
        (p2.id, "locatedIn", place2.id, _ev(a2, s4, "located_verb")),
        (place2.id, "locatedIn", place1.id, _ev(a2, s4, "place_nesting")),
        (company.id, "develops", p1.id, _ev(a2, s3, "develops_verb")),
        (company.id, "awarded", award.id, _ev(a2, s5, "awarded_verb")),
    ]
    ents = [agency, official, p1, p2, place1, place2, company, award]
    return build_graph(ents, edges, {a1.id: a1, a2.id: a2})


def hostile_graph():
    """Article text, headline, label and alias all carrying markup and attribute breakers."""
    sentence = f"甲局{HOSTILE}投资乙工程</script><!--。"
    a = _article("evil.txt", 0, f"标题{HOSTILE}", sentence)
    agency = Entity("Agency/甲局", "Agency", "甲局", {f"别名{HOSTILE}"}, {a.id})
    project = Entity(f"Project/{HOSTILE}", "Project", HOSTILE, set(), {a.id}, {f"职务{HOSTILE}"})
    ev = _ev(a, sentence, "funds_verb", amount_text=f"1亿元{HOSTILE}")
    return build_graph([agency, project], [(agency.id, "funds", project.id, ev)], {a.id: a})


def synthetic_graph(n: int = 5000, m: int = 8000, seed: int = 7):
    """``n`` entities of every type with ``m`` random evidenced edges, through kg.graph.model.build_graph."""
    rng = random.Random(seed)
    art = _article("big.txt", 0, "合成新闻", "某某句子。")
    ents = [Entity(f"{ENTITY_TYPES[i % 8]}/实体{i}", ENTITY_TYPES[i % 8], f"实体{i}", {f"别名{i}"}, {art.id})
            for i in range(n)]
    edges = []
    for j in range(m):
        a, b = rng.sample(range(n), 2)
        ev = Evidence(art.id, "big.txt", "合成新闻", f"实体{a}与实体{b}的第{j}句。", j, j + 10, "synthetic")
        edges.append((ents[a].id, PREDICATES[j % 8], ents[b].id, ev))
    return build_graph(ents, edges, {art.id: art})


class _Tags(HTMLParser):
    """Start tags as a browser's tokenizer sees them (script and style content is raw text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def start_tags(text: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser.tags


def page_data(text: str) -> dict:
    """The JSON block of a written page, parsed the way the page's script parses it."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    return kg_html.write_html(sample_graph(), tmp_path_factory.mktemp("html") / "graph.html")


# ------------------------------------------------------------------ the file


def test_html_write_returns_path_and_is_utf8(sample_page):
    text = sample_page.read_bytes().decode("utf-8")  # raises if not UTF-8
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
    assert "即墨区住房和城乡建设局" in text


def test_html_self_contained_no_remote_resources(sample_page):
    text = sample_page.read_text(encoding="utf-8")
    # no element or style may load anything from the network (licence URLs in comments are text)
    assert not re.search(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"""@import\s+(?:url\()?["']?(?:https?:)?//""", text, re.I)
    assert "<link" not in text.lower()
    scripts = [attrs for tag, attrs in start_tags(text) if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]  # data, vis-network, ours
    assert not any("src" in attrs or "href" in attrs for _, attrs in start_tags(text))
    assert "bootstrap" not in text.lower()
    csp = next(a["content"] for t, a in start_tags(text) if t == "meta" and a.get("http-equiv"))
    assert csp.startswith("default-src 'none'")  # and the browser is told not to fetch anything


def test_html_vendored_vis_network_is_pyvis_copy():
    vendored = Path(kg_html.__file__).parent / "templates" / "vis-network.min.js"
    head = vendored.read_text(encoding="utf-8")[:1200]
    assert "@version 9.1.2" in head and "Apache 2.0" in head and "MIT" in head
    import pyvis

    bundled = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    if bundled.exists():
        assert bundled.read_bytes() == vendored.read_bytes()


def test_html_items_are_the_ones_pyvis_makes():
    """graph_data makes vis-network items without importing pyvis; they are pyvis's, key order included."""
    from pyvis.network import Network

    data = kg_html.graph_data(sample_graph())
    net = Network(directed=True)
    for n in data["nodes"]:
        options = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **options)
    net.add_node("甲", label="", shape="dot", color="#000")  # no label: pyvis shows the id
    for e in data["edges"]:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to", "arrows")})
    ours = data["nodes"] + [kg_html.vis_node("甲", "", "dot", "#000")]
    assert [list(n.items()) for n in ours] == [list(n.items()) for n in net.nodes]
    assert [list(e.items()) for e in data["edges"]] == [list(e.items()) for e in net.edges]
    assert len(data["edges"]) == 9


def test_html_data_nodes_edges_and_styles(sample_page):
    data = page_data(sample_page.read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert "Official/孙立伟" in ids and len(ids) == 8
    assert len(data["edges"]) == 9
    node = next(n for n in data["nodes"] if n["id"] == "Agency/即墨区住房和城乡建设局")
    assert node["shape"] == "square" and node["value"] == 4  # size by degree
    assert isinstance(node["x"], float) and isinstance(node["y"], float)
    assert data["options"]["physics"]["enabled"] is False
    assert all(e["arrows"] == "to" for e in data["edges"])
    labels = {e["label"] for e in data["edges"]}
    assert "资助 funds" in labels and "位于 located in" in labels
    assert [t["name"] for t in data["types"]] == ["Official", "Agency", "Company", "Project", "Place", "Award"]
    assert {t["name"]: t["zh"] for t in data["types"]}["Agency"] == "政府机构"
    info = data["info"]["nodes"]["Agency/即墨区住房和城乡建设局"]
    assert info["aliases"] == ["区住建局", "即墨区住建局"]
    assert data["info"]["nodes"]["Official/孙立伟"]["roles"] == ["党组书记、局长"]
    funds = [e for e in data["info"]["edges"].values() if e["predicate"] == "funds"]
    assert {ev["qualifiers"]["amount_text"] for e in funds for ev in e["evidence"]} == {"79.4亿元", "3200万元"}
    ev = funds[0]["evidence"][0]
    assert data["articles"][ev["article"]] == {"headline": "即墨区城市更新跑出加速度", "source": "001_jimo.txt", "date": None}


def test_html_parallel_edges_curve_apart():
    G = sample_graph()
    curves = kg_html._edge_curves(G)
    pair = [k for k in curves if {k[0], k[1]} == {"Agency/即墨区住房和城乡建设局", "Project/前枣杭村老旧小区改造工程"}]
    assert len(pair) == 2
    assert all(curves[k] for k in pair)  # both curved, on opposite sides
    assert {curves[k]["type"] for k in pair} == {"curvedCW", "curvedCCW"}
    assert curves[("Official/孙立伟", "Agency/即墨区住房和城乡建设局", "leads")] is False


def test_html_labels_fallback_matches_ontology():
    fallback = json.loads((Path(kg_html.__file__).parents[1] / "data" / "predicate_labels.json").read_text("utf-8"))
    kg_html.labels.cache_clear()
    try:
        from kg.graph.ontology import ontology_path

        ontology_path()
    except FileNotFoundError:
        pytest.skip("ontology/kg.ttl not found")
    table = kg_html.labels()
    for kind in ("classes", "predicates", "qualifiers"):
        assert table[kind] == fallback[kind], kind
    assert set(table["predicates"]) == set(PREDICATES) and set(table["classes"]) == set(ENTITY_TYPES)


def test_html_labels_without_ontology(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(tmp_path))  # an empty folder …
    import kg.graph.ontology

    monkeypatch.setattr(kg.graph.ontology, "_candidates", lambda: [tmp_path])  # … and nothing else
    kg_html.labels.cache_clear()
    try:
        assert kg_html.labels()["predicates"]["funds"] == {"zh": "资助", "en": "funds"}
    finally:
        kg_html.labels.cache_clear()


# ------------------------------------------------------------------ escaping


def test_html_script_json_escapes_closers():
    text = kg_html.script_json({"s": "</script><!-- & \u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"s": "</script><!-- & \u2028\u2029"}


def test_html_hostile_text_is_inert(tmp_path):
    path = kg_html.write_html(hostile_graph(), tmp_path / "graph.html", title=f"图{HOSTILE}")
    text = path.read_text(encoding="utf-8")
    assert "<script>alert" not in text
    assert "alert(1)</script>" not in text
    assert '" onmouseover="' not in text
    assert "onmouseover=\"alert" not in text
    assert "<!--" not in text.split("<body>", 1)[1].split('id="kg-data">', 1)[1]
    assert "<title>图&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;alert(2)</title>" in text
    # the page's elements are exactly the template's: three scripts, no event-handler attributes
    tags = start_tags(text)
    assert [t for t, _ in tags if t == "script"] == ["script"] * 3
    assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on")]
    assert [t for t, _ in tags] == [t for t, _ in start_tags(kg_html.render_html(sample_graph()))]
    data = page_data(text)
    assert any(n["label"] == HOSTILE for n in data["nodes"])
    sentences = [ev["sentence"] for e in data["info"]["edges"].values() for ev in e["evidence"]]
    assert sentences == [f"甲局{HOSTILE}投资乙工程</script><!--。"]


def test_html_evidence_carries_basis_count_and_others_only_when_not_the_usual():
    a, b = _article("a.txt", 0, "标题", "甲局投资乙工程。"), _article("b.txt", 0, "标题", "甲局投资乙工程。丙局建设乙工程。")
    ents = [Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")]
    evidence = [Evidence(a.id, "a.txt", "标题", "甲局投资乙工程。", 0, 8, "funds_verb"),
                Evidence(b.id, "b.txt", "标题", "甲局投资乙工程。", 0, 8, "funds_verb"),
                Evidence(b.id, "b.txt", "标题", "", 0, 0, "place_nesting", basis="inferred"),
                Evidence(b.id, "b.txt", "标题", "丙局建设乙工程。", 8, 16, "develops_verb")]
    G = build_graph(ents, [("Agency/甲局", "funds", "Project/乙工程", ev) for ev in evidence], {a.id: a, b.id: b})
    (edge,) = kg_html.graph_data(G)["info"]["edges"].values()
    assert edge["evidence"] == [
        {"article": a.id, "source": "a.txt", "qualifiers": {}, "sentence": "甲局投资乙工程。", "start": 0, "end": 8,
         "rule": "funds_verb", "count": 2, "others": [b.id]},
        {"article": b.id, "source": "b.txt", "qualifiers": {}, "sentence": "", "start": 0, "end": 0,
         "rule": "place_nesting", "basis": "inferred"},
        {"article": b.id, "source": "b.txt", "qualifiers": {}, "sentence": "丙局建设乙工程。", "start": 8, "end": 16,
         "rule": "develops_verb"},
    ]


def test_html_csp_hashes_match_inline_scripts(sample_page):
    import base64
    import hashlib

    text = sample_page.read_text(encoding="utf-8")
    csp = next(a["content"] for t, a in start_tags(text) if t == "meta" and a.get("http-equiv"))
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


# ------------------------------------------------------------------ layout and size


def test_html_layout_deterministic_and_spread():
    G = sample_graph()
    pos1, pos2 = kg_html.layout(G), kg_html.layout(G)
    assert pos1 == pos2
    assert set(pos1) == set(G.nodes)
    assert len({p for p in pos1.values()}) == len(pos1)


_PAGE_DIGESTS = """
import hashlib, sys
sys.path.insert(0, "tests")
from test_html import sample_graph, synthetic_graph
import networkx as nx
from kg.exports.html import SPRING_LIMIT, render_html
# four islands of six (each under half the graph, which networkx's subgraph views iterate
# in set order), the sample, and one component above SPRING_LIMIT (the numpy layout)
islands = nx.MultiDiGraph()
for k in range(4):
    nx.add_path(islands, [f"岛{k}/{i}" for i in range(6)], predicate="partOf")
for G in (islands, sample_graph(), synthetic_graph(n=SPRING_LIMIT + 50, m=3 * SPRING_LIMIT)):
    print(hashlib.sha256(render_html(G).encode("utf-8")).hexdigest())
"""


def test_html_page_byte_identical_across_hash_seeds(outputs_across_hash_seeds):
    # node ids are strings, whose hashes change with PYTHONHASHSEED: no set order may reach the page
    digests = outputs_across_hash_seeds(_PAGE_DIGESTS)
    assert len(digests) == 1, digests


def test_html_layout_components_do_not_overlap():
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("x", "y")])
    G.add_node("z")
    pos = kg_html.layout(G)
    assert len(pos) == 6
    assert min(abs(pos[u][0] - pos[v][0]) + abs(pos[u][1] - pos[v][1])
               for u in pos for v in pos if u < v) > 20


@pytest.mark.slow
@pytest.mark.xdist_group("page_of_5000_nodes")
def test_html_5000_nodes_page_has_every_node_and_precomputed_positions(page_of_5000_nodes):
    # how long this takes is measured by the benchmarks, not asserted here (CI machines vary)
    G, path = page_of_5000_nodes
    data = page_data(path.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5000 and len(data["edges"]) == G.number_of_edges()
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


def test_html_empty_graph_and_plain_networkx_graph(tmp_path):
    import networkx as nx

    empty = page_data(kg_html.write_html(build_graph([], [], {}), tmp_path / "empty.html").read_text("utf-8"))
    assert empty["nodes"] == [] and empty["edges"] == []
    G = nx.MultiDiGraph()
    G.add_edge(1, 2, key="funds")  # no attributes at all, integer ids
    data = page_data(kg_html.write_html(G, tmp_path / "plain.html").read_text("utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"1", "2"}
    assert data["edges"][0]["from"] == "1" and data["info"]["edges"]["e0"]["predicate"] == "funds"


# ------------------------------------------------------------------ kg show


@pytest.mark.parametrize("name", ["区住建局", "即墨区住房和城乡建设局", "Agency/即墨区住房和城乡建设局"])
def test_html_resolve_entity_by_label_alias_or_id(name):
    assert kg_html.resolve_entity(sample_graph(), name) == "Agency/即墨区住房和城乡建设局"


def test_html_resolve_entity_not_found_lists_close_matches():
    with pytest.raises(KgError) as err:
        kg_html.resolve_entity(sample_graph(), "住建局")
    message = str(err.value)
    assert "住建局" in message and "区住建局" in message and "close matches" in message


def test_html_resolve_entity_ambiguous_lists_ids():
    G = sample_graph()
    G.add_node("Person/孙立伟", type="Person", label="孙立伟", aliases=(), articles=(), roles=())
    with pytest.raises(KgError, match="Official/孙立伟.*Person/孙立伟|Person/孙立伟.*Official/孙立伟"):
        kg_html.resolve_entity(G, "孙立伟")


def test_html_write_ego_html(tmp_path):
    G = sample_graph()
    path = kg_html.write_ego_html(G, "孙立伟", 1, tmp_path / "show" / "ego.html")
    data = page_data(path.read_text(encoding="utf-8"))
    assert data["focus"] == "Official/孙立伟"
    assert {n["id"] for n in data["nodes"]} == {"Official/孙立伟", "Agency/即墨区住房和城乡建设局"}
    two = page_data(kg_html.write_ego_html(G, "孙立伟", 2, tmp_path / "ego2.html").read_text("utf-8"))
    assert len(two["nodes"]) == 4 and two["hops"] == 2
    assert "<title>孙立伟 · 2 hops · kg</title>" in (tmp_path / "ego2.html").read_text("utf-8")


def test_html_write_ego_html_unknown_name(tmp_path):
    with pytest.raises(KgError, match="no entity named"):
        kg_html.write_ego_html(sample_graph(), "不存在的单位", 1, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_html_evidence_says_stated_or_inferred_how_often_and_a_projects_investment():
    said = [Evidence(f"p{i}.txt#0", f"p{i}.txt", None, "甲工程位于乙区。", 3, 11, "located_copula") for i in range(3)]
    inferred = Evidence("p0.txt#0", "p0.txt", None, "", 0, 0, "divisions_data", basis="inferred")
    money = Evidence("p0.txt#0", "p0.txt", None, "甲工程总投资5亿元。", 12, 22, "investment",
                     (("amount", "500000000"), ("amount_text", "5亿元"), ("money_kind", "总投资")))
    G = build_graph([Entity("Project/甲工程", "Project", "甲工程", investments={money}), Entity("Place/乙区", "Place", "乙区"),
                     Entity("Place/丙市", "Place", "丙市")],
                    [*(("Project/甲工程", "locatedIn", "Place/乙区", ev) for ev in said),
                     ("Place/乙区", "locatedIn", "Place/丙市", inferred)], {})
    data = kg_html.graph_data(G)
    evidence = {e["evidence"][0]["rule"]: e["evidence"] for e in data["info"]["edges"].values()}
    [stated] = evidence["located_copula"]
    assert (stated.get("basis", "stated"), stated["sentence"], stated["count"], stated["others"]) == (
        "stated", "甲工程位于乙区。", 3, ["p1.txt#0", "p2.txt#0"])
    [guess] = evidence["divisions_data"]
    assert (guess["basis"], guess["sentence"]) == ("inferred", "")
    [inv] = data["info"]["nodes"]["Project/甲工程"]["investments"]
    assert (inv["sentence"], inv["qualifiers"]["money_kind"]) == ("甲工程总投资5亿元。", "总投资")


def test_html_a_node_of_two_classes_shows_the_other_in_its_panel(tmp_path):
    # a park built and settled in is a work and a place: the panel's data carry the other class, which the panel
    # writes under the type ("亦为 also")
    from kg.records import Entity

    G = build_graph([Entity("Project/甲产业园", "Project", "甲产业园", also=frozenset({"Place"})),
                     Entity("Project/乙工程", "Project", "乙工程")], [], {})
    data = page_data(kg_html.write_html(G, tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert {k: v["also"] for k, v in data["info"]["nodes"].items()} == {"Project/甲产业园": ["Place"], "Project/乙工程": []}

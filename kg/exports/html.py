"""The interactive graph explorer: ``out/graph.html`` and ``kg show`` pages.

One self-contained HTML file that works offline from ``file://``: vis-network, the page's
own script and style are inlined, the graph travels as JSON inside the page, and nothing is
fetched from anywhere (a Content-Security-Policy in the page says so to the browser too).

How the page is made
--------------------
* **Data as vis-network items, page with our own template.**  The nodes and edges are
  vis-network's item objects (``id``, ``label``, ``shape``, ``color``, ``value``, ``x``/``y``;
  ``from``, ``to``, ``arrows`` …), made by :func:`vis_node` and :func:`vis_edge` exactly as
  :class:`pyvis.network.Network`'s ``add_node``/``add_edge`` make them (a test compares the
  two).  pyvis itself is not imported: it imports IPython (~0.4 s of every build's start)
  and checks each new edge's ends against a list of all nodes (quadratic in a big
  graph), and its own page is not used either: ``Network.write_html`` links Bootstrap and
  tom-select from a CDN even with ``cdn_resources="in_line"``, writes data into a script
  with string formatting, and has no side panel, legend or filters.  So kg adds what the
  panel needs (types, aliases, posts, evidence with articles) in separate maps, and
  renders ``kg/exports/templates/graph.html`` with Jinja (autoescape on).
* **Escaping.**  Every article text reaches the page only inside the JSON block, where
  ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\uXXXX`` escapes (:func:`script_json`),
  so ``</script>`` in an article cannot close the block; ``explorer.js`` builds every piece
  of the panel with ``createElement``/``textContent`` and highlights words by splitting
  text nodes, never with ``innerHTML``.  The CSP allows only the page's own two scripts (by
  hash), so even a script that got in would not run.
* **Layout.**  Positions are computed here and physics is off, so the page is usable as
  soon as it is drawn, whatever its size: each connected component is laid out alone
  (:func:`networkx.spring_layout` up to :data:`SPRING_LIMIT` nodes; above that a
  Fruchterman-Reingold written with numpy, block-wise so memory stays bounded, because
  networkx's own version for big graphs needs scipy and took 45 s for 5,000 nodes; ours
  takes about 6 s), then the components are packed in rows, largest first.
* **Long lists.**  The panel shows evidence, relations, amounts and articles 20 at a time
  with a button for 20 more (``PAGE`` in ``explorer.js``): an edge a corpus states
  thousands of times opens at once.  An evidence item found several times (identical
  sentences kept once, with a ``count``) says how often; one kg inferred (no sentence says
  it) shows the rule instead of a quote; one found in several articles names the others.
* **Labels.**  The Chinese and English names of types, predicates and qualifiers are the
  ``rdfs:label`` ``@zh``/``@en`` of ``ontology/kg.ttl``, read with rdflib when a page is
  made; ``kg/data/predicate_labels.json`` is the fallback when the ontology cannot be read
  (a test checks that the two agree).  Colours and shapes: ``kg/data/graph_style.json``.

The vis-network script inlined is ``kg/exports/templates/vis-network.min.js``, vis-network 9.1.2
exactly as bundled by pyvis 0.3.2 (``pyvis/templates/lib/vis-9.1.2/vis-network.min.js``).
Licence: vis-network is dual licensed under Apache-2.0 and MIT (its header, kept in the
inlined copy, says so); (c) 2011-2017 Almende B.V., (c) 2017-2019 visjs contributors.

>>> from kg.graph.model import build_graph
>>> from kg.records import Entity
>>> G = build_graph([Entity("Agency/甲局", "Agency", "甲局")], [], {})
>>> resolve_entity(G, "甲局")
'Agency/甲局'
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import os
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.records import ENTITY_TYPES, PREDICATES
from kg.schema import QUALIFIERS

__all__ = [
    "SPRING_LIMIT",
    "EDGE_LENGTH",
    "BIG_GRAPH",
    "EDGE_LABEL_LIMIT",
    "write_html",
    "write_ego_html",
    "render_html",
    "graph_data",
    "vis_node",
    "vis_edge",
    "layout",
    "resolve_entity",
    "labels",
    "script_json",
]

#: Components with up to this many nodes are laid out by :func:`networkx.spring_layout`
#: (below 500 nodes networkx uses its dense numpy solver, which needs no scipy).
SPRING_LIMIT = 400
#: Typical edge length on the page, in vis-network pixels.
EDGE_LENGTH = 150.0
#: Graphs with more nodes than this hide edges while dragging or zooming, to stay fluid.
BIG_GRAPH = 1000
#: Graphs with more edges than this label only the edges of the selected entity: drawing
#: thousands of rotated labels took Chromium 3 s a frame when zoomed in on a 5,000-node graph.
EDGE_LABEL_LIMIT = 1500

# qualifier key (RelationMention.qualifiers) → the ontology's property local name
_QUALIFIER_TERMS = {key: q.term for key, q in QUALIFIERS.items()}

# Written as \uXXXX inside the JSON block: "<" and ">" so no "</script>" or "<!--" can end
# or confuse the script element, "&" for good measure, U+2028/2029 because old JavaScript
# parsers treat them as line ends.  Outside JSON strings none of these can occur.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


# ----------------------------------------------------------------- labels and style


def _data_file(name: str) -> Any:
    return json.loads(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, dict[str, str]]]:
    """``{"classes"|"predicates"|"qualifiers": {name: {"zh": …, "en": …}}}``.

    Read from the ``rdfs:label`` of ``ontology/kg.ttl``; a term the ontology lacks (or the
    whole ontology, when it cannot be read) falls back to ``kg/data/predicate_labels.json``.
    Cached: the ontology does not change while kg runs.
    """
    fallback = _data_file("predicate_labels.json")
    table = {kind: {name: dict(v) for name, v in fallback[kind].items()}
             for kind in ("classes", "predicates", "qualifiers")}
    from rdflib import RDFS, URIRef

    from kg.graph.ontology import load_ontology
    from kg.graph.vocab import KG_NS

    try:
        onto = load_ontology()
    except Exception:  # noqa: BLE001 - missing or unreadable ontology: the fallback is complete
        return table
    terms = {
        "classes": {t: t for t in ENTITY_TYPES},
        "predicates": {p: p for p in PREDICATES},
        "qualifiers": _QUALIFIER_TERMS,
    }
    for kind, names in terms.items():
        for name, local in names.items():
            found = {lit.language: str(lit) for lit in onto.objects(URIRef(KG_NS + local), RDFS.label)
                     if getattr(lit, "language", None) in ("zh", "en")}
            if found:
                table[kind].setdefault(name, {}).update(found)
    return table


@lru_cache(maxsize=1)
def _style() -> dict[str, Any]:
    return _data_file("graph_style.json")


def _type_style(t: str) -> dict[str, str]:
    style = _style()
    return style["types"].get(t, style["other_type"])


def _predicate_color(p: str) -> str:
    style = _style()
    return style["predicates"].get(p, style["other_predicate"])


def _names(kind: str, name: str) -> dict[str, str]:
    found = labels()[kind].get(name, {})
    return {"zh": found.get("zh", name), "en": found.get("en", name)}


# ----------------------------------------------------------------- layout


def layout(G: nx.Graph, *, seed: int = 1) -> dict[Any, tuple[float, float]]:
    """Positions, in page pixels, for every node of ``G`` (direction and parallel edges ignored).

    Deterministic for a given graph and ``seed``.  Each connected component is laid out
    alone and the components are packed in rows, largest first, so small islands sit
    beside the main graph instead of being flung to its rim.
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes, key=str))
    H.add_edges_from(sorted(((u, v) for u, v in G.edges() if u != v), key=lambda e: (str(e[0]), str(e[1]))))
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(H)), key=lambda c: (-len(c), str(c[0])))
    placed: list[tuple[list, Any, float]] = []  # (nodes, coordinates centred on 0, radius)
    for comp in comps:
        xy = _component_layout(_ordered_subgraph(H, comp), comp, seed)
        radius = float(max(math.hypot(x, y) for x, y in xy)) if len(comp) > 1 else 0.0
        placed.append((comp, xy, radius + EDGE_LENGTH * 0.6))
    return _pack(placed)


def _ordered_subgraph(H: nx.Graph, nodes: list) -> nx.Graph:
    """A copy of ``H``'s subgraph on ``nodes`` whose nodes and edges iterate in a fixed order.

    Not ``H.subgraph(nodes)``: that view iterates its nodes in the order of a ``set`` of
    them, which follows the hash seed for string ids, and ``spring_layout`` hands its seeded
    random start positions out in node order, so every run drew a different picture.
    """
    members = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)  # sorted by the caller
    sub.add_edges_from(sorted(((u, v) for u, v in H.edges(nodes) if u in members and v in members),
                              key=lambda e: (str(e[0]), str(e[1]))))
    return sub


def _component_layout(sub: nx.Graph, nodes: list, seed: int):
    """Coordinates (a numpy array in ``nodes`` order) centred on 0, edges ≈ EDGE_LENGTH long."""
    import numpy as np

    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:  # a pair is a line: no need for a hundred iterations of forces (most islands are pairs)
        return np.array([[-0.5, 0.0], [0.5, 0.0]]) * EDGE_LENGTH
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in sub.edges()], dtype=np.int64).reshape(-1, 2)
    if n <= SPRING_LIMIT:
        pos = nx.spring_layout(sub, seed=seed, iterations=100)
        xy = np.array([pos[v] for v in nodes], dtype=float)
    else:
        xy = _force_layout(n, edges, seed)
    xy -= xy.mean(axis=0)
    lengths = np.hypot(*(xy[edges[:, 0]] - xy[edges[:, 1]]).T) if len(edges) else np.array([1.0])
    typical = float(np.median(lengths)) or 1.0
    return xy * (EDGE_LENGTH / typical)


def _force_layout(n: int, edges, seed: int, pair_budget: float = 2e9):
    """Fruchterman-Reingold in numpy for one big component.

    Repulsion is computed between all pairs, a block of rows at a time so that memory
    stays near 50 MB whatever ``n``.  For a block, sum_j w_ij (p_i - p_j) is computed as
    p_i * sum_j w_ij - (W @ P), so the distances and the sums are matrix products (BLAS):
    ten times faster than forming the n x n x 2 differences.  float64, because that
    difference of two large sums loses too much in float32.  The number of iterations
    shrinks as ``n`` grows so the work stays near ``pair_budget`` pair evaluations
    (5,000 nodes: 80 iterations, about 6 s).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    iterations = int(min(100, max(20, pair_budget / (n * n))))
    k = 1.0  # ideal distance; the caller rescales to pixels
    pos = rng.random((n, 2)) * math.sqrt(n)
    temperature = math.sqrt(n) / 10
    cooling = temperature / (iterations + 1)
    block = max(1, 2_000_000 // n)
    u, v = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        pos -= pos.mean(axis=0)  # small coordinates keep the difference of sums exact
        disp = np.zeros((n, 2))
        squares = (pos * pos).sum(axis=1)
        for start in range(0, n, block):
            rows = pos[start:start + block]
            w = rows @ pos.T  # |a-b|^2 = |a|^2 + |b|^2 - 2ab
            w *= -2
            w += squares[start:start + block, None]
            w += squares[None, :]
            np.maximum(w, 1e-3, out=w)
            np.divide(k * k, w, out=w)  # repulsion k^2/d along the unit vector = k^2 (a-b) / d^2
            own = np.arange(len(rows))
            w[own, start + own] = 0.0  # no force of a node on itself
            disp[start:start + block] += rows * w.sum(axis=1)[:, None] - w @ pos
        if len(edges):
            delta = pos[u] - pos[v]
            pull = delta * (np.hypot(delta[:, 0], delta[:, 1]) / k)[:, None]  # attraction d^2/k
            np.add.at(disp, u, -pull)
            np.add.at(disp, v, pull)
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _pack(placed: list[tuple[list, Any, float]]) -> dict[Any, tuple[float, float]]:
    """Shelf packing: components left to right in rows about as wide as the whole is tall."""
    total_area = sum((2 * r) ** 2 for _, _, r in placed)
    row_width = max(math.sqrt(total_area) * 1.15, 2 * placed[0][2]) if placed else 0.0
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes, xy, r in placed:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for v, (px, py) in zip(nodes, xy):
            out[v] = (round(float(px) + cx, 1), round(float(py) + cy, 1))
        x += 2 * r
        row_height = max(row_height, 2 * r)
    if out:  # centre the drawing on 0, where vis-network starts looking
        xs = [p[0] for p in out.values()]
        ys = [p[1] for p in out.values()]
        mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        out = {v: (round(px - mx, 1), round(py - my, 1)) for v, (px, py) in out.items()}
    return out


# ----------------------------------------------------------------- page data


def _edge_curves(G: nx.MultiDiGraph) -> dict[tuple, dict | bool]:
    """vis-network ``smooth`` per edge: straight when alone, curved apart when parallel.

    Edges between the same two nodes (either direction) get curves on alternating sides,
    growing outwards, so every one of them stays visible and clickable.
    """
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for u, v, key in G.edges(keys=True):
        groups[tuple(sorted((str(u), str(v))))].append((u, v, key))
    smooth: dict[tuple, dict | bool] = {}
    for (a, _), members in groups.items():
        # offsets in steps of 0.2 roundness: an odd group keeps one edge straight
        steps = [0] if len(members) % 2 else []
        while len(steps) < len(members):
            j = len(steps) // 2 + 1
            steps += [j, -j]
        for (u, v, key), step in zip(members, steps):
            if step == 0:
                smooth[(u, v, key)] = False
                continue
            if str(u) != a:  # drawn from b to a: "clockwise" from its own start is the other side
                step = -step
            smooth[(u, v, key)] = {"enabled": True, "type": "curvedCW" if step > 0 else "curvedCCW",
                                   "roundness": round(0.2 * abs(step), 2)}
    return smooth


def graph_data(G: nx.MultiDiGraph, *, title: str = "kg graph", focus: str | None = None,
               hops: int = 1) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data (no HTML anywhere).

    ``nodes``/``edges`` are vis-network items (:func:`vis_node`, :func:`vis_edge`); ``info`` holds, per node and
    edge id, what the side panel shows; ``edge_labels`` is false when the graph is too big
    to label every edge (then the page labels the selected entity's edges); ``articles`` the headline and file of every
    article referred to; ``types``/``predicates``/``qualifiers`` the legend with the
    ontology's Chinese and English names.
    """
    positions = layout(G)
    degree = dict(G.degree())
    nodes: list[dict[str, Any]] = []
    node_info: dict[str, dict[str, Any]] = {}
    type_counts: dict[str, int] = defaultdict(int)
    for v, d in G.nodes(data=True):
        t = d.get("type", "")
        type_counts[t] += 1
        style = _type_style(t)
        x, y = positions[v]
        nodes.append(vis_node(str(v), str(d.get("label", v)), style["shape"], style["color"],
                              value=degree.get(v, 0), x=x, y=y))
        node_info[str(v)] = {
            "type": t,
            "also": list(d.get("also", ())),
            "aliases": list(d.get("aliases", ())),
            "roles": list(d.get("roles", ())),
            "articles": list(d.get("articles", ())),
            "investments": list(d.get("investments", ())),  # made page data below, with the articles
        }

    known_articles: Mapping[str, Any] = G.graph.get("articles", {})
    articles: dict[str, dict[str, str | None]] = {}

    def article_ref(article_id: str, source: str | None = None, headline: str | None = None) -> str:
        if article_id not in articles:
            a = known_articles.get(article_id)
            articles[article_id] = {
                "headline": getattr(a, "headline", None) or headline,
                "source": getattr(a, "source", None) or source,
                "date": getattr(a, "date", None),  # ISO: what the explorer's date filter compares
            }
        return article_id

    def evidence_data(ev) -> dict[str, Any]:
        """One evidence as the panel shows it: a stated one with its sentence and place in the
        file, an inferred one with neither (no sentence says it).  ``basis``, ``count`` and
        ``others`` only when not the usual (stated, found once), which keeps a big page smaller."""
        item: dict[str, Any] = {
            "article": article_ref(ev.article, ev.source, ev.headline),
            "sentence": ev.sentence,
            "source": ev.source,
            "start": ev.source_start,
            "end": ev.source_end,
            "rule": ev.rule,
            "qualifiers": dict(ev.qualifiers),
        }
        if ev.basis != "stated":
            item["basis"] = ev.basis
        if ev.count > 1:
            item["count"] = ev.count
        if ev.others:
            item["others"] = [article_ref(a) for a in ev.others]
        return item

    for info in node_info.values():
        info["articles"] = [article_ref(a) for a in info["articles"]]
        info["investments"] = [evidence_data(ev) for ev in info["investments"]]

    curves = _edge_curves(G)
    edge_labels = G.number_of_edges() <= EDGE_LABEL_LIMIT
    edges: list[dict[str, Any]] = []
    edge_info: dict[str, dict[str, Any]] = {}
    pred_counts: dict[str, int] = defaultdict(int)
    for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        predicate = d.get("predicate", key)
        pred_counts[predicate] += 1
        names = _names("predicates", predicate)
        edge_id = f"e{i}"
        label = {"label": f"{names['zh']} {names['en']}"} if edge_labels else {}
        edges.append(vis_edge(str(u), str(v), id=edge_id, color=_predicate_color(predicate),
                              smooth=curves[(u, v, key)], **label))
        edge_info[edge_id] = {
            "predicate": predicate,
            "evidence": [evidence_data(ev) for ev in d.get("evidence", ())],
        }

    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    types = [
        {"name": t, **_names("classes", t), **{k: _type_style(t)[k] for k in ("color", "shape", "glyph")},
         "count": type_counts[t]}
        for t in sorted(type_counts, key=lambda t: (order.get(t, len(order)), t))
    ]
    p_order = {p: i for i, p in enumerate(PREDICATES)}
    predicates = [
        {"name": p, **_names("predicates", p), "color": _predicate_color(p), "count": pred_counts[p]}
        for p in sorted(pred_counts, key=lambda p: (p_order.get(p, len(p_order)), p))
    ]
    big = G.number_of_nodes() > BIG_GRAPH
    return {
        "title": title,
        "focus": str(focus) if focus is not None else None,
        "hops": hops,
        "edge_labels": edge_labels,
        "types": types,
        "predicates": predicates,
        "qualifiers": {q: _names("qualifiers", q) for q in _QUALIFIER_TERMS},
        "articles": articles,
        "nodes": nodes,
        "edges": edges,
        "info": {"nodes": node_info, "edges": edge_info},
        "options": _vis_options(big),
    }


def vis_node(node_id: str, label: str, shape: str, color: str, **options: Any) -> dict[str, Any]:
    """A vis-network node item, as pyvis's ``Network.add_node`` makes it (its keys in its
    order: the page's JSON is the same byte for byte); an empty label shows the id.

    >>> vis_node("Agency/甲局", "甲局", "box", "#fff", value=2)
    {'color': '#fff', 'value': 2, 'id': 'Agency/甲局', 'label': '甲局', 'shape': 'box'}
    """
    return {"color": color, **options, "id": node_id, "label": label or node_id, "shape": shape}


def vis_edge(source: str, target: str, **options: Any) -> dict[str, Any]:
    """A directed vis-network edge item, as pyvis's ``Network(directed=True).add_edge`` makes it.

    >>> vis_edge("a", "b", id="e0")
    {'id': 'e0', 'from': 'a', 'to': 'b', 'arrows': 'to'}
    """
    item = {**options, "from": source, "to": target}
    item.setdefault("arrows", "to")
    return item


def _vis_options(big: bool) -> dict[str, Any]:
    font = "'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',system-ui,sans-serif"
    return {
        # positions are precomputed: no physics, no vis layout pass (improvedLayout runs
        # a clustering step that is slow on thousands of nodes)
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 300,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": font, "strokeWidth": 3, "strokeColor": "#ffffff"},
            # size by degree; labels of small nodes vanish when zoomed far out (drawThreshold),
            # which keeps a big graph readable and fast to draw
            "scaling": {"min": 8, "max": 30, "label": {"enabled": True, "min": 12, "max": 18,
                                                        "drawThreshold": 7, "maxVisible": 24}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "width": 1.2,
            "selectionWidth": 2.5,
            "font": {"size": 11, "face": font, "color": "#444444", "strokeWidth": 3,
                     "strokeColor": "#ffffff", "align": "middle"},
        },
    }


# ----------------------------------------------------------------- rendering


def script_json(value: Any) -> str:
    r"""JSON safe to place between ``<script type="application/json">`` tags.

    >>> script_json({"s": "</script><b>&"})
    '{"s":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_SCRIPT_ESCAPES)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    text = resources.files("kg.exports").joinpath("templates", name).read_text(encoding="utf-8")
    # inlined raw: a closing tag inside would end the element early
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise KgError(f"kg/exports/templates/{name} contains {closing!r} and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(G: nx.MultiDiGraph, *, title: str = "kg graph", focus: str | None = None, hops: int = 1) -> str:
    """The explorer page for ``G`` as a string (see :func:`write_html`)."""
    from jinja2 import Environment, PackageLoader
    from markupsafe import Markup

    env = Environment(loader=PackageLoader("kg.exports", "templates"), autoescape=True)
    vis_js, app_js = _asset("vis-network.min.js"), _asset("explorer.js")
    data = graph_data(G, title=title, focus=focus, hops=hops)
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",  # only our two scripts may run
        "style-src 'unsafe-inline'",  # vis-network sets inline styles on its elements
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    # Markup(): these are inserted verbatim, on purpose.  The scripts and style are our own
    # package files (checked by _asset); the data is escaped for a script element by
    # script_json - HTML-escaping it would corrupt it, as a script's text is not HTML.
    return env.get_template("graph.html").render(
        title=title,
        csp=csp,
        css=Markup(_asset("explorer.css")),
        data=Markup(script_json(data)),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        node_count=G.number_of_nodes(),
        edge_count=G.number_of_edges(),
    )


def _write_atomic(path: Path, text: str) -> Path:
    from kg.outputs import atomic_write

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return atomic_write(path, text.encode("utf-8"))
    except OSError as err:  # no permission, no such place, disk full: one line naming the page
        raise KgError(f"{path}: cannot write the page: {err.strerror or err}") from err


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "kg graph") -> Path:
    """Write the explorer for the whole graph to ``path`` (UTF-8, replaced atomically); return the path."""
    return _write_atomic(Path(path), render_html(G, title=title))


# ----------------------------------------------------------------- kg show


def resolve_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node id whose label, alias or id is ``name``.

    Raises
    ------
    KgError
        When nothing matches (listing close names), or when several entities share the
        name (listing their ids, which are accepted too).
    """
    wanted = name.strip()
    if wanted in G:
        return wanted
    by_label = sorted(v for v, d in G.nodes(data=True) if d.get("label") == wanted)
    by_alias = sorted(v for v, d in G.nodes(data=True) if wanted in d.get("aliases", ()))
    found = by_label or by_alias
    if len(found) == 1:
        return found[0]
    if found:
        raise KgError(f"{wanted!r} names {len(found)} entities; give one of their ids: {', '.join(found)}")
    names = sorted({d.get("label", str(v)) for v, d in G.nodes(data=True)}
                   | {a for _, d in G.nodes(data=True) for a in d.get("aliases", ())})
    close = [n for n in names if wanted and wanted in n][:5]
    close += [n for n in difflib.get_close_matches(wanted, names, n=8, cutoff=0.4) if n not in close]
    hint = f"; close matches: {', '.join(close[:8])}" if close else "; no entity has a similar name"
    raise KgError(f"no entity named {wanted!r} in the graph{hint}")


def write_ego_html(G: nx.MultiDiGraph, name: str, hops: int, path: str | os.PathLike[str]) -> Path:
    """Write a page of one entity and its neighbours up to ``hops`` edges away (either direction).

    ``name`` is a label, an alias or a node id (:func:`resolve_entity`); the page opens
    with that entity selected and its panel shown.  Returns the path written.
    """
    if hops < 0:
        raise KgError(f"hops must be 0 or more, not {hops}")
    centre = resolve_entity(G, name)
    ego = nx.ego_graph(G, centre, radius=hops, undirected=True)
    ego.graph = dict(G.graph)
    label = G.nodes[centre].get("label", centre)
    title = f"{label} · {hops} hop{'s' if hops != 1 else ''} · kg"
    return _write_atomic(Path(path), render_html(ego, title=title, focus=centre, hops=max(hops, 1)))

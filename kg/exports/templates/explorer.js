/* kg graph explorer: the page's own script (kg/templates/explorer.js, inlined by kg/html.py).
 *
 * Reads the graph from the JSON block #kg-data, draws it with vis-network, and builds the
 * legend, filters, search suggestions and the details panel.  Every piece of text that
 * comes from the data is put into the page with createElement / textContent / text nodes,
 * never innerHTML, so a headline or sentence containing markup shows as the literal text.
 *
 * For tests and curious users, window.kgExplorer exposes the network and a few actions,
 * and document.body.dataset.ready becomes "true" once the graph has been drawn.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const nodeInfo = data.info.nodes;
  const edgeInfo = data.info.edges;
  const typeOf = Object.fromEntries(data.types.map((t) => [t.name, t]));
  const predOf = Object.fromEntries(data.predicates.map((p) => [p.name, p]));
  const labelOf = Object.fromEntries(data.nodes.map((n) => [n.id, n.label]));
  // Long lists in the panel (evidence, relations, amounts, articles) show this many items,
  // then a button adds as many again: an edge stated thousands of times stays quick to open.
  const PAGE = 20;

  // ------------------------------------------------------------------ small DOM helpers

  /** An element with fixed attributes (never data-made event handlers) and text/element children. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k === "style") Object.assign(e.style, v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c); // strings become text nodes
    return e;
  }

  /** Append `text` to `parent` with every occurrence of a term wrapped in <mark>.
   *  Works on text nodes (Text.splitText), so nothing in `text` is ever parsed as HTML. */
  function appendHighlighted(parent, text, terms) {
    const words = [...new Set(terms.filter((t) => t && t.length > 0))].sort((a, b) => b.length - a.length);
    let rest = document.createTextNode(text);
    parent.append(rest);
    while (words.length) {
      let at = -1, word = null;
      for (const w of words) { // earliest hit; the longest word wins a tie (sorted longest first)
        const k = rest.data.indexOf(w);
        if (k >= 0 && (at < 0 || k < at)) { at = k; word = w; }
      }
      if (at < 0) break;
      const hit = rest.splitText(at);
      rest = hit.splitText(word.length);
      const mark = document.createElement("mark");
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }

  /** `list` (an empty <ul> or <div>) with the first PAGE of `items` rendered by `render`,
   *  and after it a button that adds the next PAGE; returns a wrapper holding both. */
  function paged(list, items, render) {
    let shown = 0;
    const more = el("button", { type: "button", class: "link more" });
    const showNext = () => {
      const page = items.slice(shown, shown + PAGE);
      shown += page.length;
      list.append(...page.map(render));
      const left = items.length - shown;
      more.textContent = `显示更多 show ${Math.min(PAGE, left)} more (${shown} of ${items.length} shown)`;
      more.hidden = left === 0;
    };
    more.addEventListener("click", showNext);
    showNext();
    return el("div", { class: "paged" }, list, more);
  }

  function glyph(typeName) {
    const t = typeOf[typeName] || { glyph: "●", color: "#7f7f7f" };
    return el("span", { class: "glyph", style: { color: t.color }, "aria-hidden": "true" }, t.glyph);
  }

  function typeName(name) {
    const t = typeOf[name];
    return t ? `${t.zh} ${t.en}` : name;
  }

  function predName(name) {
    const p = predOf[name];
    return p ? `${p.zh} ${p.en}` : name;
  }

  function qualifierName(key) {
    const q = data.qualifiers[key];
    return q ? `${q.zh} ${q.en}` : key;
  }

  /** All the names of a node: label first, then aliases. */
  function namesOf(id) {
    return [labelOf[id], ...((nodeInfo[id] || {}).aliases || [])];
  }

  // ------------------------------------------------------------------ the network

  // Hover tooltips as plain strings: vis-network shows a string title with innerText.
  for (const n of data.nodes) n.title = `${n.label} · ${typeName(nodeInfo[n.id].type)}`;
  for (const e of data.edges) e.title = `${labelOf[e.from]} —${predName(edgeInfo[e.id].predicate)}→ ${labelOf[e.to]}`;
  // A selected entity gets a thick dark border and a bold label; a hovered one a lighter border.
  data.options.nodes.chosen = {
    node: (values, id, selected) => {
      values.borderWidth = selected ? 4 : 2;
      values.borderColor = selected ? "#111111" : "#555555";
      values.shadow = selected;
    },
    label: (values, id, selected) => { if (selected) values.mod = "bold"; },
  };

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes, edges }, data.options);

  // adjacency, both directions: id -> [[edgeId, otherNodeId], ...]
  const adjacency = {};
  for (const n of data.nodes) adjacency[n.id] = [];
  for (const e of data.edges) {
    adjacency[e.from].push([e.id, e.to]);
    adjacency[e.to].push([e.id, e.from]);
  }

  // ------------------------------------------------------------------ filters and ego view

  const hiddenTypes = new Set();
  const hiddenPredicates = new Set();
  let ego = null; // null = whole graph; otherwise the Set of node ids shown
  let selected = null; // node id of the entity the panel shows
  const hiddenNodes = new Set(); // ids hidden at the moment, so that only changes are sent to vis
  const hiddenEdges = new Set();

  // the date filter: ISO dates ("" = open); an entity or an edge is shown when an article of
  // those dates names it (an article without a date is outside any range)
  let dateFrom = "", dateTo = "";
  function articleInRange(id) {
    const d = (data.articles[id] || {}).date;
    if (!d) return false;
    return (!dateFrom || d >= dateFrom) && (!dateTo || d.slice(0, dateTo.length) <= dateTo);
  }
  const dated = (ids) => (!dateFrom && !dateTo) || ids.some(articleInRange);

  function nodeVisible(id) {
    return !hiddenTypes.has(nodeInfo[id].type) && (ego === null || ego.has(id)) && dated(nodeInfo[id].articles);
  }

  function edgeVisible(e) {
    return !hiddenPredicates.has(edgeInfo[e.id].predicate) && nodeVisible(e.from) && nodeVisible(e.to)
      && dated(edgeInfo[e.id].evidence.map((ev) => ev.article));
  }

  /** The date inputs, shown when some article has a date, bounded by the corpus's dates. */
  function buildDateFilter() {
    const dates = Object.values(data.articles).map((a) => a.date).filter((d) => d && d.length === 10).sort();
    if (!dates.length) return;
    const from = document.getElementById("date-from"), to = document.getElementById("date-to");
    for (const input of [from, to]) {
      input.min = dates[0];
      input.max = dates[dates.length - 1];
      input.addEventListener("change", () => {
        dateFrom = from.value;
        dateTo = to.value;
        applyFilters();
      });
    }
    document.getElementById("date-filter").hidden = false;
  }

  /** Show and hide items by their `hidden` flag (positions stay put), updating only changes. */
  function applyFilters() {
    const nodeChanges = [];
    let shownNodes = 0, shownEdges = 0;
    for (const n of data.nodes) {
      const hide = !nodeVisible(n.id);
      if (!hide) shownNodes++;
      if (hiddenNodes.has(n.id) !== hide) {
        if (hide) hiddenNodes.add(n.id); else hiddenNodes.delete(n.id);
        nodeChanges.push({ id: n.id, hidden: hide });
      }
    }
    const edgeChanges = [];
    for (const e of data.edges) {
      const hide = !edgeVisible(e);
      if (!hide) shownEdges++;
      if (hiddenEdges.has(e.id) !== hide) {
        if (hide) hiddenEdges.add(e.id); else hiddenEdges.delete(e.id);
        edgeChanges.push({ id: e.id, hidden: hide });
      }
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    const where = ego === null ? "" : ` · ego of ${labelOf[egoCentre]}, ${egoHops} hop${egoHops === 1 ? "" : "s"}`;
    document.getElementById("status").textContent =
      `${shownNodes} / ${data.nodes.length} nodes · ${shownEdges} / ${data.edges.length} edges${where}`;
  }

  let egoCentre = null, egoHops = 1;

  /** Show only `id` and the entities up to `hops` edges away (either direction, visible relations). */
  function showEgo(id, hops) {
    const seen = new Set([id]);
    let frontier = [id];
    for (let h = 0; h < hops && frontier.length; h++) {
      const next = [];
      for (const v of frontier) {
        for (const [eid, other] of adjacency[v]) {
          if (seen.has(other) || hiddenPredicates.has(edgeInfo[eid].predicate)) continue;
          if (hiddenTypes.has(nodeInfo[other].type)) continue;
          seen.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    ego = seen;
    egoCentre = id;
    egoHops = hops;
    applyFilters();
    network.fit({ nodes: [...seen], animation: { duration: 400 } });
  }

  function showWhole() {
    ego = null;
    egoCentre = null;
    applyFilters();
    network.fit({ animation: { duration: 400 } });
  }

  function buildLegend() {
    const typeList = document.getElementById("type-filters");
    for (const t of data.types) {
      const box = el("input", { type: "checkbox", "data-type": t.name });
      box.checked = true;
      box.addEventListener("change", () => {
        if (box.checked) hiddenTypes.delete(t.name); else hiddenTypes.add(t.name);
        applyFilters();
      });
      typeList.append(el("li", null, el("label", null, box, glyph(t.name), `${t.zh} ${t.en}`,
        el("span", { class: "count" }, String(t.count)))));
    }
    const predList = document.getElementById("predicate-filters");
    for (const p of data.predicates) {
      const box = el("input", { type: "checkbox", "data-predicate": p.name });
      box.checked = true;
      box.addEventListener("change", () => {
        if (box.checked) hiddenPredicates.delete(p.name); else hiddenPredicates.add(p.name);
        applyFilters();
      });
      predList.append(el("li", null, el("label", null, box,
        el("span", { class: "line", style: { background: p.color }, "aria-hidden": "true" }),
        `${p.zh} ${p.en}`, el("span", { class: "count" }, String(p.count)))));
    }
  }

  // ------------------------------------------------------------------ details panel

  const panel = document.getElementById("panel");

  function nodeLink(id) {
    const b = el("button", { type: "button", class: "link" }, labelOf[id]);
    b.addEventListener("click", () => selectNode(id));
    return b;
  }

  function edgeLink(eid, text) {
    const b = el("button", { type: "button", class: "link predicate" }, text);
    b.addEventListener("click", () => selectEdge(eid));
    return b;
  }

  /** "subject —predicate→ object", each part clickable. */
  function factLine(eid) {
    const e = edges.get(eid);
    const p = predOf[edgeInfo[eid].predicate] || { color: "#7f7f7f" };
    const arrow = edgeLink(eid, ` —${predName(edgeInfo[eid].predicate)}→ `);
    arrow.style.color = p.color;
    return el("span", { class: "fact" }, nodeLink(e.from), arrow, nodeLink(e.to));
  }

  /** One evidence sentence with highlighted words, then its article headline and file;
   *  `facts` ([edgeId, evidence] pairs, in a node's panel) lists what the sentence states.
   *  An inferred item (no sentence says it) shows the rule that inferred it instead; an item
   *  found several times (identical sentences are kept once) shows how often. */
  function evidenceBlock(ev, terms, facts) {
    const article = data.articles[ev.article] || {};
    const file = article.source || ev.source;
    let said, where;
    if (ev.basis === "inferred") {
      // no sentence says it: show how kg concluded it, and the article it drew on
      said = el("div", { class: "inferred" }, `推断 inferred · ${ev.rule}`);
      where = el("div", { class: "where" }, article.headline ? `《${article.headline}》 ` : "", el("span", { class: "file" }, file));
    } else {
      said = el("blockquote");
      appendHighlighted(said, ev.sentence, terms);
      where = el("div", { class: "where" }, article.headline ? `《${article.headline}》 ` : "",
        el("span", { class: "file" }, `${file}:${ev.start}–${ev.end}`));
    }
    if (ev.count > 1) {
      // identical evidence is kept once: how often, and where else
      const others = (ev.others || []).map((a) => (data.articles[a] || {}).source || a);
      where.append(el("span", { class: "count" }, ` · 出现 ${ev.count} 次 found ${ev.count} times`),
        others.length ? el("span", { class: "others", title: others.join("\n") }, ` 另见 also in ${others.length}`) : "");
    }
    const block = el("div", { class: ev.basis === "inferred" ? "evidence inferred-evidence" : "evidence" });
    for (const [eid] of facts || []) block.append(el("div", { class: "fact" }, factLine(eid)));
    block.append(said, where);
    for (const [, fev] of facts || [[null, ev]]) block.append(qualifierTable(fev.qualifiers));
    return block;
  }

  function formatQualifier(key, value) {
    // amounts are yuan as decimal strings: group the digits so 7940000000 reads as 7,940,000,000 元
    if (key === "amount" && /^\d+(\.\d+)?$/.test(value)) {
      const [whole, frac] = value.split(".");
      return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? "." + frac : ""} 元`;
    }
    return value;
  }

  function qualifierTable(qualifiers) {
    const rows = Object.entries(qualifiers);
    if (!rows.length) return "";
    return el("table", null, ...rows.map(([k, v]) => el("tr", null, el("th", null, qualifierName(k)), el("td", null, formatQualifier(k, v)))));
  }

  /** The words of an edge: both entities' names and the qualifier texts (amount, post …). */
  function edgeTerms(eid, ev) {
    const e = edges.get(eid);
    const quals = Object.entries(ev.qualifiers).filter(([k]) => k !== "amount" && k !== "modality").map(([, v]) => v);
    return [...namesOf(e.from), ...namesOf(e.to), ...quals];
  }

  function section(title, ...children) {
    return [el("h3", null, title), ...children];
  }

  function articleList(ids) {
    return paged(el("ul"), ids, (a) => {
      const art = data.articles[a] || {};
      return el("li", null, art.headline ? `《${art.headline}》 ` : "", el("span", { class: "file" }, art.source || a));
    });
  }

  function showNodePanel(id) {
    const info = nodeInfo[id];
    const parts = [
      el("h2", null, labelOf[id]),
      el("div", { class: "type" }, glyph(info.type), typeName(info.type)),
    ];
    // (a park built and settled in is also a place: its other classes, in words)
    if (info.also.length) parts.push(el("div", { class: "type" }, "亦为 also: " + info.also.map(typeName).join(", ")));
    if (info.aliases.length) parts.push(...section("别名 aliases", el("ul", { class: "chips" }, ...info.aliases.map((a) => el("li", null, a)))));
    if (info.roles.length) parts.push(...section("职务 posts", el("ul", { class: "chips" }, ...info.roles.map((r) => el("li", null, r)))));

    const incident = adjacency[id].map(([eid]) => eid);
    const amounts = [];
    for (const eid of incident) {
      for (const ev of edgeInfo[eid].evidence) {
        const q = ev.qualifiers;
        const text = q.amount_text || (q.amount ? formatQualifier("amount", q.amount) : null);
        if (text) amounts.push([eid, text, q.money_kind]);
      }
    }
    if (amounts.length) {
      parts.push(...section(`金额 amounts (${amounts.length})`, paged(el("ul"), amounts,
        ([eid, text, kind]) => el("li", null, factLine(eid), ": ", text, kind ? ` (${kind})` : ""))));
    }
    if (info.investments && info.investments.length) {
      // the project's own investment, as each sentence states it
      parts.push(...section(`投资 investment (${info.investments.length})`, paged(el("div"), info.investments,
        (ev) => evidenceBlock(ev, [...namesOf(id), ev.qualifiers.amount_text || ""], null))));
    }
    if (incident.length) {
      parts.push(...section(`关系 relations (${incident.length})`,
        paged(el("ul"), incident, (eid) => el("li", null, factLine(eid)))));
    }

    // one block per sentence, listing every fact of this entity the sentence states
    const bySentence = new Map();
    for (const eid of incident) {
      for (const ev of edgeInfo[eid].evidence) {
        const key = ev.basis === "inferred" ? `${ev.article}|${ev.rule}` : `${ev.article}|${ev.start}|${ev.end}`;
        if (!bySentence.has(key)) bySentence.set(key, { ev, facts: [] });
        bySentence.get(key).facts.push([eid, ev]);
      }
    }
    const evidence = [...bySentence.values()];
    if (evidence.length) {
      const terms = namesOf(id);
      parts.push(...section(`证据 evidence (${evidence.length})`,
        paged(el("div", { id: "evidence-list" }), evidence, (g) => evidenceBlock(g.ev, terms, g.facts))));
    }
    if (info.articles.length) parts.push(...section(`文章 articles (${info.articles.length})`, articleList(info.articles)));
    panel.replaceChildren(...parts);
    panel.dataset.shows = "node";
    panel.scrollTop = 0;
  }

  function showEdgePanel(eid) {
    const info = edgeInfo[eid];
    const e = edges.get(eid);
    const p = predOf[info.predicate] || { color: "#7f7f7f" };
    const heading = el("h2", null, nodeLink(e.from), " → ", nodeLink(e.to));
    const pred = el("div", { class: "type" }, el("span", { class: "line", style: { background: p.color, width: "1.2em", height: "3px", display: "inline-block" } }),
      el("span", { class: "predicate" }, predName(info.predicate)));
    const parts = [heading, pred,
      el("table", null,
        el("tr", null, el("th", null, "主体 subject"), el("td", null, `${labelOf[e.from]} (${typeName(nodeInfo[e.from].type)})`)),
        el("tr", null, el("th", null, "客体 object"), el("td", null, `${labelOf[e.to]} (${typeName(nodeInfo[e.to].type)})`)))];
    const times = info.evidence.reduce((n, ev) => n + (ev.count || 1), 0);
    parts.push(...section(`证据 evidence (${info.evidence.length}${times > info.evidence.length ? `, found ${times} times` : ""})`,
      paged(el("div", { id: "evidence-list" }), info.evidence, (ev) => evidenceBlock(ev, edgeTerms(eid, ev), null))));
    panel.replaceChildren(...parts);
    panel.dataset.shows = "edge";
    panel.scrollTop = 0;
  }

  // ------------------------------------------------------------------ selection

  let labelled = []; // edge ids labelled because their entity is selected (big graphs only)

  /** In a graph too big to label every edge, label the edges of the selected entity. */
  function labelEdgesOf(id) {
    if (data.edge_labels) return;
    const changes = labelled.map((eid) => ({ id: eid, label: null }));
    labelled = id === null ? [] : adjacency[id].map(([eid]) => eid);
    for (const eid of labelled) changes.push({ id: eid, label: predName(edgeInfo[eid].predicate) });
    if (changes.length) edges.update(changes);
  }

  const egoButton = document.getElementById("ego");

  /** Centre on a node, highlight it and show its panel; unhide it first if a filter hid it. */
  function selectNode(id) {
    if (!(id in nodeInfo)) return;
    if (!nodeVisible(id)) {
      hiddenTypes.delete(nodeInfo[id].type);
      const box = document.querySelector(`input[data-type="${CSS.escape(nodeInfo[id].type)}"]`);
      if (box) box.checked = true;
      if (ego !== null && !ego.has(id)) { ego = null; egoCentre = null; }
      applyFilters();
    }
    selected = id;
    egoButton.disabled = false;
    network.selectNodes([id], true);
    labelEdgesOf(id);
    // centre on it; zoom in only as far as needed to read it
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 500, easingFunction: "easeInOutQuad" } });
    showNodePanel(id);
  }

  function selectEdge(eid) {
    if (!(eid in edgeInfo)) return;
    network.selectEdges([eid]);
    showEdgePanel(eid);
  }

  network.on("click", (params) => {
    if (params.nodes.length) {
      selected = params.nodes[0];
      egoButton.disabled = false;
      labelEdgesOf(selected);
      showNodePanel(selected);
    } else if (params.edges.length) {
      showEdgePanel(params.edges[0]);
    }
  });

  // ------------------------------------------------------------------ search

  const search = document.getElementById("search");
  const suggestions = document.getElementById("suggestions");
  const index = data.nodes.map((n) => ({
    id: n.id,
    names: namesOf(n.id).map((s) => [s, s.toLowerCase()]),
  }));
  let matches = [];
  let active = -1;

  /** Best matches for `query`: exact name, then prefix, then substring; label before alias. */
  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const found = [];
    for (const item of index) {
      let best = null;
      item.names.forEach(([name, lower], i) => {
        const rank = lower === q ? 0 : lower.startsWith(q) ? 2 : lower.includes(q) ? 4 : null;
        if (rank === null) return;
        const score = rank + (i === 0 ? 0 : 1);
        if (best === null || score < best.score) best = { id: item.id, name, score };
      });
      if (best) found.push(best);
    }
    found.sort((a, b) => a.score - b.score || labelOf[a.id].length - labelOf[b.id].length || (labelOf[a.id] < labelOf[b.id] ? -1 : 1));
    return found.slice(0, 15);
  }

  function renderSuggestions() {
    matches = find(search.value);
    active = matches.length ? 0 : -1;
    suggestions.replaceChildren(...matches.map((m, i) => {
      const li = el("li", { role: "option", "aria-selected": String(i === active), "data-id": m.id },
        glyph(nodeInfo[m.id].type), labelOf[m.id],
        m.name !== labelOf[m.id] ? el("span", { class: "alias" }, `(${m.name})`) : null,
        el("span", { class: "kind" }, typeOf[nodeInfo[m.id].type] ? typeOf[nodeInfo[m.id].type].zh : nodeInfo[m.id].type));
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); choose(i); });
      return li;
    }));
    if (!matches.length && search.value.trim()) suggestions.append(el("li", { class: "none" }, "没有匹配 · no match"));
    suggestions.hidden = !search.value.trim();
  }

  function choose(i) {
    const m = matches[i];
    if (!m) return;
    search.value = labelOf[m.id];
    suggestions.hidden = true;
    selectNode(m.id);
  }

  // Chinese input methods send input events while a word is being composed: wait for the end.
  search.addEventListener("input", (ev) => { if (!ev.isComposing) renderSuggestions(); });
  search.addEventListener("compositionend", renderSuggestions);
  search.addEventListener("keydown", (ev) => {
    if (ev.isComposing) return;
    if (ev.key === "Enter") { ev.preventDefault(); if (!matches.length) renderSuggestions(); choose(Math.max(active, 0)); }
    else if (ev.key === "Escape") { suggestions.hidden = true; }
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!matches.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      [...suggestions.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    }
  });
  search.addEventListener("blur", () => { suggestions.hidden = true; });

  // ------------------------------------------------------------------ buttons, start

  const hopsInput = document.getElementById("hops");
  hopsInput.value = String(data.hops || 1);
  egoButton.addEventListener("click", () => {
    if (selected !== null) showEgo(selected, Math.max(1, parseInt(hopsInput.value, 10) || 1));
  });
  document.getElementById("whole").addEventListener("click", showWhole);
  document.getElementById("fit").addEventListener("click", () => network.fit({ animation: { duration: 300 } }));

  buildLegend();
  buildDateFilter();
  applyFilters();
  network.once("afterDrawing", () => {
    document.body.dataset.ready = "true";
    if (data.focus && data.focus in nodeInfo) selectNode(data.focus);
  });
  network.fit();

  window.kgExplorer = { network, nodes, edges, data, selectNode, selectEdge, showEgo, showWhole, find };
})();

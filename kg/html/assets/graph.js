/* kg graph page. Document text only ever reaches the screen through textContent (see el()). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-graph");

  /* The same comparison key as kg.folding.fold: lower case, no diacritics, Đ as d. */
  function fold(text) {
    return String(text || "").replace(/[Đđ]/g, "d").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var KIND_LABELS = { document: "Văn bản", organ: "Cơ quan", group: "Nhóm văn bản" };

  function factRows(k) {
    var rows = [];
    function add(name, value) { if (value !== null && value !== undefined && value !== "") rows.push([name, value]); }
    if (k.kind === "group") add("Số văn bản", k.count);
    add("Số ký hiệu", k.symbol);
    add("Tên", k.name);
    add("Loại", k.doc_type);
    add("Ngày", k.date);
    add(k.kind === "organ" ? "Cơ quan" : "Cơ quan ban hành", k.issuer);
    add("Địa bàn", k.jurisdiction);
    add("Cấp", data.bandLabels[k.band]);
    add("Khối", data.branchLabels[k.branch]);
    add("Trích yếu", k.title);
    if (k.kind === "document") add("Nguồn", k.ingested ? (k.path || "đã nạp") : "chỉ được dẫn chiếu");
    return rows;
  }

  function nodeTip(n) {
    var k = n.kg, box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-t-head", k.label));
    var dl = el("dl");
    factRows(k).forEach(function (row) { dl.appendChild(el("dt", null, row[0])); dl.appendChild(el("dd", null, row[1])); });
    box.appendChild(dl);
    if (!k.resolved) box.appendChild(el("div", "kg-t-warn", "Chưa xác định đầy đủ (năm ban hành hoặc địa bàn chưa rõ)"));
    k.conflicts.forEach(function (c) { box.appendChild(el("div", "kg-t-warn", "Mâu thuẫn: " + c)); });
    return box;
  }

  function edgeTip(e) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-t-head", labelOf[e.from] + " → " + labelOf[e.to]));
    e.evidence.forEach(function (ev) {
      var item = el("div", "kg-t-ev");
      var rel = data.relationLabels[ev.relation] || ev.relation;
      item.appendChild(el("div", "kg-t-rel", ev.count ? rel + " × " + ev.count : rel));
      if (ev.sentence) item.appendChild(el("div", "kg-t-sentence", "“" + ev.sentence + "”"));
      var src = [];
      if (ev.file) src.push(ev.start !== null && ev.start !== undefined ? ev.file + " @" + ev.start : ev.file);
      if (ev.confidence !== null && ev.confidence !== undefined) src.push("độ tin cậy " + Number(ev.confidence).toFixed(2));
      if (src.length) item.appendChild(el("div", "kg-t-src", src.join(" · ")));
      box.appendChild(item);
    });
    return box;
  }

  var labelOf = {}, byId = {};
  data.nodes.forEach(function (n) { labelOf[n.id] = n.kg.label; byId[n.id] = n; });
  var base = {}, baseEdge = {};
  var visNodes = data.nodes.map(function (n) {
    base[n.id] = { color: n.color, font: n.font };
    n.title = nodeTip(n);
    return n;
  });
  var outgoing = {}, incoming = {};
  var visEdges = data.edges.map(function (e) {
    baseEdge[e.id] = { color: e.color };
    (outgoing[e.from] = outgoing[e.from] || []).push(e);
    (incoming[e.to] = incoming[e.to] || []).push(e);
    e.title = edgeTip(e);
    return e;
  });

  var activeBands = {}, activeRelations = {};
  readFilters();
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  /* Tier bands: pale stripes in graph coordinates, their names pinned to the left edge of the screen. */
  network.on("beforeDrawing", function (ctx) {
    var left = data.extent[0] - 4000, width = data.extent[1] - data.extent[0] + 8000;
    data.bands.forEach(function (b, i) {
      if (!activeBands[b.key]) return;
      ctx.fillStyle = i % 2 ? "#f7f9fc" : "#fdfbf7";
      ctx.fillRect(left, b.top, width, b.bottom - b.top);
    });
  });
  network.on("afterDrawing", function (ctx) {
    var ratio = window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = "600 13px sans-serif";
    ctx.textBaseline = "top";
    data.bands.forEach(function (b) {
      if (!activeBands[b.key]) return;
      var top = network.canvasToDOM({ x: 0, y: b.top }).y, bottom = network.canvasToDOM({ x: 0, y: b.bottom }).y;
      if (bottom < 0 || top > container.clientHeight) return;
      var y = Math.max(4, top + 4), text = b.label + " (" + b.count + ")";
      ctx.fillStyle = "rgba(255,255,255,0.85)";
      ctx.fillRect(4, y - 2, ctx.measureText(text).width + 8, 18);
      ctx.fillStyle = "#546e7a";
      ctx.fillText(text, 8, y);
    });
    ctx.restore();
  });
  network.once("afterDrawing", function () {
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-kg-ready", "1");
  });

  /* Filters. */
  function readFilters() {
    document.querySelectorAll("#kg-filter-bands input").forEach(function (box) { activeBands[box.dataset.band] = box.checked; });
    document.querySelectorAll("#kg-filter-relations input").forEach(function (box) { activeRelations[box.dataset.relation] = box.checked; });
  }
  function nodeShown(id) { return activeBands[byId[id].kg.band] !== false; }
  function edgeShown(e) {
    return nodeShown(e.from) && nodeShown(e.to) && e.relations.some(function (r) { return activeRelations[r] !== false; });
  }
  function applyFilters() {
    readFilters();
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !nodeShown(n.id) }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !edgeShown(e) }; }));
    if (selected !== null && nodeShown(selected)) highlight(selected); else clearSelection();
  }
  document.querySelectorAll(".kg-side input[type=checkbox]").forEach(function (box) { box.addEventListener("change", applyFilters); });

  /* Lineage: everything the document rests on (up, along the arrows) and everything that rests on it (down). */
  function walk(start, step, pick) {
    var seen = {}, edgeSeen = {}, queue = [start];
    seen[start] = true;
    while (queue.length) {
      var id = queue.shift();
      (step[id] || []).forEach(function (e) {
        if (!edgeShown(e)) return;
        edgeSeen[e.id] = true;
        var next = pick(e);
        if (!seen[next]) { seen[next] = true; queue.push(next); }
      });
    }
    delete seen[start];
    return { nodes: seen, edges: edgeSeen };
  }
  var DIM_NODE = { background: "#eeeeee", border: "#dddddd", highlight: { background: "#eeeeee", border: "#dddddd" }, hover: { background: "#eeeeee", border: "#dddddd" } };
  var selected = null;
  var lineage = { up: {}, down: {} };

  function highlight(id) {
    var up = walk(id, outgoing, function (e) { return e.to; });
    var down = walk(id, incoming, function (e) { return e.from; });
    lineage = { up: up.nodes, down: down.nodes };
    nodes.update(data.nodes.map(function (n) {
      var lit = n.id === id || up.nodes[n.id] || down.nodes[n.id];
      return lit ? { id: n.id, color: base[n.id].color, font: base[n.id].font }
        : { id: n.id, color: DIM_NODE, font: { color: "#c8c8c8", strokeWidth: 0 } };
    }));
    edges.update(data.edges.map(function (e) {
      var lit = up.edges[e.id] || down.edges[e.id];
      return lit ? { id: e.id, color: baseEdge[e.id].color } : { id: e.id, color: { color: "#eeeeee", highlight: "#bdbdbd", inherit: false } };
    }));
  }

  function restore() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: base[n.id].color, font: base[n.id].font }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, color: baseEdge[e.id].color }; }));
  }

  var details = document.getElementById("kg-details"), detailsBody = document.getElementById("kg-details-body");

  function lineageList(title, set) {
    var ids = Object.keys(set);
    var wrap = el("div", "kg-lineage");
    wrap.appendChild(el("div", null, title + ": " + ids.length));
    var list = el("ul");
    ids.slice(0, 25).forEach(function (other) {
      var item = el("li");
      var link = el("a", null, labelOf[other]);
      link.href = "#";
      link.addEventListener("click", function (event) { event.preventDefault(); selectNode(other, true); });
      item.appendChild(link);
      list.appendChild(item);
    });
    if (ids.length > 25) list.appendChild(el("li", null, "… " + (ids.length - 25)));
    wrap.appendChild(list);
    return wrap;
  }

  function showDetails(content) {
    detailsBody.replaceChildren(content);
    details.hidden = false;
  }

  function selectNode(id, move) {
    if (!byId[id]) return;
    selected = id;
    network.selectNodes([id]);
    highlight(id);
    var box = nodeTip(byId[id]);
    box.appendChild(lineageList("↑ Văn bản phía trên (được dẫn chiếu)", lineage.up));
    box.appendChild(lineageList("↓ Văn bản phía dưới (dẫn chiếu tới)", lineage.down));
    showDetails(box);
    if (move) {
      /* Frame the whole lineage when it is small enough to read, else just the document. */
      var family = [id].concat(Object.keys(lineage.up), Object.keys(lineage.down));
      if (family.length > 1 && family.length <= 60) network.fit({ nodes: family, maxZoomLevel: 1.2, animation: { duration: 300 } });
      else network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300 } });
    }
  }

  function clearSelection() {
    selected = null;
    network.unselectAll();
    restore();
    details.hidden = true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) {
      if (selected !== null) clearSelection();
      var edge = data.edges.find(function (e) { return e.id === params.edges[0]; });
      showDetails(edgeTip(edge));
    } else clearSelection();
  });
  document.getElementById("kg-clear").addEventListener("click", clearSelection);

  /* Search: every word of the query, folded, must occur in the folded symbol, name, type, title or issuer. */
  var input = document.getElementById("kg-search-input"), results = document.getElementById("kg-search-results");
  var foldedLabel = {};
  data.nodes.forEach(function (n) { foldedLabel[n.id] = fold(n.kg.label); });
  var hits = [], active = -1;

  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var words = q.split(" ");
    var found = data.nodes.filter(function (n) {
      return words.every(function (w) { return n.kg.search.indexOf(w) !== -1; });
    });
    function rank(n) { var l = foldedLabel[n.id]; return l === q ? 0 : l.indexOf(q) === 0 ? 1 : l.indexOf(q) !== -1 ? 2 : 3; }
    found.sort(function (a, b) { return rank(a) - rank(b) || foldedLabel[a.id].localeCompare(foldedLabel[b.id]); });
    return found.slice(0, 15).map(function (n) { return n.id; });
  }

  function showResults() {
    hits = search(input.value);
    active = hits.length ? 0 : -1;
    results.replaceChildren();
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!hits.length) results.appendChild(el("li", "kg-none", "Không tìm thấy"));
    hits.forEach(function (id, i) {
      var k = byId[id].kg, item = el("li", i === active ? "kg-active" : null);
      item.dataset.id = id;
      item.appendChild(el("span", "kg-r-label", k.label));
      var sub = [k.doc_type, k.jurisdiction, k.title].filter(Boolean).join(" · ");
      if (sub) item.appendChild(el("span", "kg-r-title", sub));
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(id); });
      results.appendChild(item);
    });
    results.hidden = false;
  }

  function choose(id) {
    results.hidden = true;
    if (!nodeShown(id)) {
      var box = document.querySelector('#kg-filter-bands input[data-band="' + byId[id].kg.band + '"]');
      if (box) { box.checked = true; applyFilters(); }
    }
    selectNode(id, true);
  }

  input.addEventListener("input", showResults);
  input.addEventListener("focus", showResults);
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      results.querySelectorAll("li").forEach(function (li, i) { li.classList.toggle("kg-active", i === active); });
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  window.kg = { network: network, nodes: nodes, edges: edges, search: search, select: selectNode, fold: fold };
})();

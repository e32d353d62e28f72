/* vnpolkg graph page: legend and kind filters, diacritic-free search, neighbourhood
 * highlight, a date window, the career panel, and window.kgGraph for scripts and tests.
 * Article text only ever reaches the DOM through textContent: tooltips and panels are
 * elements, never HTML strings.
 *
 * Speed at 10,000 nodes: the data is compact rows (edges refer to nodes by index);
 * tooltips are built only when a node or edge is first hovered; a highlight touches no
 * node or edge at all (the rest of the graph is veiled on the canvas after each frame and
 * the neighbourhood drawn again on top), and the date window and kind filters update only
 * the items whose visibility changes.
 * (Included by a Jinja template: never write two opening braces in a row here.) */
(function () {
  'use strict';

  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }

  var timings = { start: performance.now() };
  var rows = readJSON('kg-nodes');
  var edgeRows = readJSON('kg-edges');
  var options = readJSON('kg-options');
  if (typeof options === 'string') { options = JSON.parse(options); }
  var vocabulary = readJSON('kg-vocabulary');
  var extra = readJSON('kg-extra');
  var kinds = vocabulary.kinds;
  var relVi = vocabulary.relations;
  timings.parsed = performance.now();

  var DAY_MS = 86400000;
  function dayToIso(d) { return d === null || d === undefined ? null : new Date(d * DAY_MS).toISOString().slice(0, 10); }
  function isoToDay(s) {
    if (!s) { return null; }
    var t = Date.parse(String(s).slice(0, 10) + 'T00:00:00Z');
    return isNaN(t) ? null : Math.round(t / DAY_MS);
  }
  function dayVi(d) {
    var iso = dayToIso(d);
    return iso ? iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4) : '';
  }
  function year(d) { var iso = dayToIso(d); return iso ? iso.slice(0, 4) : ''; }

  // ---- nodes and edges from compact rows
  var ids = new Array(rows.length);
  var indexOf = Object.create(null);
  var fullLabel = new Array(rows.length);
  var kindOf = new Array(rows.length);
  var meetingDay = Object.create(null);
  var byKind = Object.create(null);
  var visNodes = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    ids[i] = r[0]; indexOf[r[0]] = i; kindOf[i] = r[2];
    fullLabel[i] = r[7] !== undefined ? r[7] : r[1];
    if (r[2] === 'meeting') { meetingDay[i] = r[6] === undefined ? null : r[6]; }
    (byKind[r[2]] = byKind[r[2]] || []).push(r[0]);
    visNodes[i] = { id: r[0], label: r[1], kind: r[2], group: r[2], value: r[5], x: r[3], y: r[4],
      hidden: !!(kinds[r[2]] && kinds[r[2]].hidden) };
  }
  var eagerLabels = !!extra.eagerLabels;
  var edgeLabel = new Array(edgeRows.length);
  var postDays = Object.create(null);       // edge index -> attested days (posts only)
  // On a large page the most numerous, weakest relations (extra.lazy: attendance) are not
  // vis-network edges: they are drawn with a highlight, or all at once on request.
  var lazyRel = Object.create(null);
  (extra.lazy || []).forEach(function (r) { lazyRel[r] = true; });
  var lazyAdj = Object.create(null);        // node index -> lazy edge indices
  var lazyEdges = [];
  var visEdges = [];
  function visEdge(j) {
    var e = edgeRows[j];
    var v = { id: 'e' + j, from: ids[e[0]], to: ids[e[1]], relation: e[2] };
    if (eagerLabels) { v.label = edgeLabel[j]; }
    return v;
  }
  for (var j = 0; j < edgeRows.length; j++) {
    var e = edgeRows[j], x = e[3] || {};
    if (typeof e[2] === 'number') { e[2] = extra.relations[e[2]]; }
    var label = relVi[e[2]] || e[2];
    if (e[2] === 'holds_post') { postDays[j] = x.d || []; if (x.r) { label += ': ' + x.r; } }
    edgeLabel[j] = label;
    if (lazyRel[e[2]]) {
      lazyEdges.push(j);
      (lazyAdj[e[0]] = lazyAdj[e[0]] || []).push(j);
      (lazyAdj[e[1]] = lazyAdj[e[1]] || []).push(j);
    } else {
      visEdges.push(visEdge(j));
    }
  }
  var lazyShown = lazyEdges.length === 0;
  var lazyButton = document.getElementById('kg-lazy');
  if (!lazyShown) {
    lazyButton.hidden = false;
    lazyButton.textContent = 'Vẽ mọi quan hệ \u201c' + (extra.lazy || []).map(function (r) { return relVi[r]; }).join(', ') + '\u201d (' + lazyEdges.length + ')';
    lazyButton.addEventListener('click', function () { lazyButton.hidden = true; showLazyEdges(); });
  }

  // Colour and shape come from the kind's vis group: per-node options cost construction time.
  options.interaction = options.interaction || {};
  options.interaction.selectable = false;      // the page keeps its own selection (see highlight)
  options.groups = options.groups || {};
  Object.keys(kinds).forEach(function (kind) {
    options.groups[kind] = { color: kinds[kind].color, shape: kinds[kind].shape };
  });
  timings.rows = performance.now();
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById('mynetwork');
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  timings.network = performance.now();

  var api = {
    ready: false, stabilizedAt: null, timings: timings, network: network, nodes: nodes, edges: edges,
    nodeIds: function () { return nodes.getIds(); },
    edgeIds: function () { return edges.getIds(); },
    search: search, fold: fold, setKindVisible: setKindVisible,
    highlight: highlight, clearHighlight: clearHighlight,
    showLazyEdges: function () { return showLazyEdges(); },
    edgeCount: function () { return edgeRows.length; },
    selected: function () { return hl ? hl.id : null; },
    highlighted: function () {
      return hl ? { id: hl.id, nodes: hl.nodes.slice(), edges: hl.edges.concat(hl.lazy.map(function (j) { return 'e' + j; })) } : null;
    },
    tooltip: function (id) { return id in indexOf ? nodeTip(indexOf[id]) : edgeTip(Number(String(id).slice(1))); },
    setDateRange: setDateRange, setHideUndated: setHideUndated,
    dateRange: function () { return { from: dayToIso(window_.from), to: dayToIso(window_.to), hideUndated: window_.hideUndated }; },
    visibleNodeIds: function () { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); },
    visibleEdgeIds: function () { return edges.getIds({ filter: function (e) { return !e.hidden; } }); },
    career: careerOf, succession: successionText, showPanel: showPanel, focus: focusNode,
    // resolves after the next frame is drawn (asking for one)
    onceDrawn: function () {
      return new Promise(function (res) {
        network.once('afterDrawing', function () { res(performance.now()); });
        network.redraw();
      });
    }
  };
  window.kgGraph = api;

  var status = document.getElementById('kg-status');
  function markReady() {
    if (api.ready) { return; }
    api.ready = true;
    api.stabilizedAt = timings.ready = performance.now();
    document.body.setAttribute('data-ready', '1');
    status.textContent = nodes.length + ' nút, ' + edgeRows.length + ' quan hệ' +
      (lazyShown ? '' : ' (' + lazyEdges.length + ' quan hệ \u201c' + (extra.lazy || []).map(function (r) { return relVi[r]; }).join(', ') +
        '\u201d vẽ khi chọn một nút)');
  }
  if (options.physics && options.physics.enabled) {
    // Settle, then stop: no endless jiggle once the layout is readable.
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      network.once('afterDrawing', markReady);
      network.redraw();
    });
  } else {
    network.once('afterDrawing', markReady);
  }

  // Same folding as kg.network.fold: NFD, drop combining marks, đ -> d, lower case.
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0111/g, 'd').replace(/\u0110/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // ---- tooltips, built on first hover
  function tipBox(lines) {
    var box = document.createElement('div');
    box.className = 'kg-tip';
    var head = document.createElement('div');
    head.className = 'kg-tip-title';
    head.textContent = lines[0];
    box.appendChild(head);
    var body = document.createElement('div');
    body.textContent = lines.slice(1).join('\n');
    box.appendChild(body);
    return box;
  }
  function nodeTip(i) {
    var lines = extra.tips[i] ? String(extra.tips[i]).split('\n') : [];
    if (kindOf[i] === 'meeting') {                  // its people and bodies come from its edges
      var at = 0;
      while (at < lines.length && (lines[at].charAt(0) === ' ' || !/:$/.test(lines[at]))) { at++; }
      lines = lines.slice(0, at).concat(meetingSections(i), lines.slice(at));
    }
    return tipBox([fullLabel[i]].concat(lines));
  }
  var SECTIONS = [['chairs', 'Chủ trì'], ['hosts', 'Cơ quan tổ chức'], ['works_with', 'Làm việc với'],
    ['leads_delegation', 'Dẫn đầu'], ['speaks', 'Phát biểu'], ['attends', 'Dự']];
  function meetingSections(i) {
    var by = Object.create(null);
    function add(rel, k) { var l = by[rel] = by[rel] || []; if (l.indexOf(fullLabel[k]) < 0) { l.push(fullLabel[k]); } }
    var byVi = Object.create(null);
    SECTIONS.forEach(function (s) { byVi[relVi[s[0]]] = s[0]; });
    for (var j = 0; j < edgeRows.length; j++) {
      var e = edgeRows[j];
      if (e[1] === i) {
        var roles = e[3] && e[3].ro ? e[3].ro : [relVi[e[2]]];
        roles.forEach(function (r) { if (byVi[r]) { add(byVi[r], e[0]); } });
      } else if (e[0] === i && e[2] === 'works_with') {
        add('works_with', e[1]);
      }
    }
    var out = [];
    SECTIONS.forEach(function (s) {
      var l = by[s[0]];
      if (!l) { return; }
      out.push(s[1] + ':');
      l.slice(0, 8).forEach(function (name) { out.push('  \u2022 ' + name); });
      if (l.length > 8) { out.push('  … và ' + (l.length - 8) + ' mục khác'); }
    });
    return out;
  }
  function edgeTip(j) {
    var e = edgeRows[j], x = e[3] || {};
    var lines = [edgeLabel[j]];
    if (x.ro) { lines.push('Vai trò: ' + x.ro.join(', ')); }
    if (x.d && x.d.length) {
      lines.push('Ghi nhận: ' + dayVi(x.d[0]) + (x.d.length > 1 ? ' – ' + dayVi(x.d[x.d.length - 1]) + ' (' + x.d.length + ' ngày)' : ''));
    }
    if (x.s) { lines.push('Nguồn: ' + x.s + ' bài'); }
    (x.e || []).forEach(function (s) { lines.push('\u201c' + s + '\u201d'); });
    if (x.ne) { lines.push('… và ' + (x.ne - x.e.length) + ' câu dẫn chứng khác'); }
    return tipBox(lines);
  }
  // vis-network shows a node's or edge's title after the pointer rests on it; the title is
  // made when the pointer first comes over the item (a large page has no hover redraws, so
  // this watches the pointer itself).
  var body = network.body;
  var pointerPending = null;
  container.addEventListener('mousemove', function (ev) {
    if (pointerPending !== null || !body) { return; }
    var r = container.getBoundingClientRect();
    pointerPending = { x: ev.clientX - r.left, y: ev.clientY - r.top };
    requestAnimationFrame(function () {
      var at = pointerPending;
      pointerPending = null;
      var nid = network.getNodeAt(at);
      if (nid !== undefined) {
        var n = body.nodes[nid];
        if (n && n.options.title === undefined) { n.options.title = nodeTip(indexOf[nid]); }
        return;
      }
      var eid = network.getEdgeAt(at);
      var e = eid !== undefined && body.edges[eid];
      if (e && e.options.title === undefined) { e.options.title = edgeTip(Number(String(eid).slice(1))); }
    });
  });

  // ---- visibility: a node is hidden by its kind's checkbox or by the date window; an
  // edge by the date window (vis hides the edges of hidden nodes itself).
  var kindHidden = Object.create(null);
  Object.keys(kinds).forEach(function (k) { kindHidden[k] = !!kinds[k].hidden; });
  var nodeShown = visNodes.map(function (n) { return !n.hidden; });
  var edgeShown = edgeRows.map(function () { return true; });
  var window_ = { from: null, to: null, hideUndated: false };

  function dayIn(d) {
    return (window_.from === null || d >= window_.from) && (window_.to === null || d <= window_.to);
  }
  function datedVisible(day) {                          // a meeting
    return day === null || day === undefined ? !window_.hideUndated : dayIn(day);
  }
  function postVisible(days) {
    if (!days.length) { return !window_.hideUndated; }
    if (window_.from === null && window_.to === null) { return true; }
    for (var k = 0; k < days.length; k++) { if (dayIn(days[k])) { return true; } }
    return false;
  }
  function applyVisibility() {
    var nodeChanges = [], edgeChanges = [];
    for (var i = 0; i < ids.length; i++) {
      var show = !kindHidden[kindOf[i]] && (kindOf[i] !== 'meeting' || datedVisible(meetingDay[i]));
      if (show !== nodeShown[i]) { nodeShown[i] = show; nodeChanges.push({ id: ids[i], hidden: !show }); }
    }
    for (var j in postDays) {
      var s = postVisible(postDays[j]);
      if (s !== edgeShown[j]) { edgeShown[j] = s; edgeChanges.push({ id: 'e' + j, hidden: !s }); }
    }
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    if (hl) { drawOverlay(); }
    return nodeChanges.length + edgeChanges.length;
  }

  // ---- legend and kind filters
  var legend = document.getElementById('kg-legend');
  var glyphs = { dot: '\u25cf', square: '\u25a0', diamond: '\u25c6', triangle: '\u25b2', star: '\u2605',
    hexagon: '\u2b22', triangleDown: '\u25bc', box: '\u25ac', ellipse: '\u2b2c' };
  var checkboxes = Object.create(null);
  Object.keys(kinds).forEach(function (kind) {
    var list = byKind[kind];
    if (!list) { return; }
    var style = kinds[kind];
    var li = document.createElement('li');
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox'; box.checked = !style.hidden; box.setAttribute('data-kind', kind);
    box.addEventListener('change', function () { setKindVisible(kind, box.checked); });
    checkboxes[kind] = box;
    var swatch = document.createElement('span');
    swatch.className = 'kg-swatch'; swatch.style.color = style.color;
    swatch.textContent = glyphs[style.shape] || '\u25cf';
    var name = document.createElement('span'); name.textContent = style.label_vi;
    var count = document.createElement('span'); count.className = 'kg-count'; count.textContent = '(' + list.length + ')';
    label.appendChild(box); label.appendChild(swatch); label.appendChild(name); label.appendChild(count);
    li.appendChild(label); legend.appendChild(li);
  });

  function setKindVisible(kind, visible) {
    if (checkboxes[kind]) { checkboxes[kind].checked = !!visible; }
    kindHidden[kind] = !visible;
    applyVisibility();
  }

  // ---- the date window
  var fromInput = document.getElementById('kg-from');
  var toInput = document.getElementById('kg-to');
  var undatedBox = document.getElementById('kg-undated');
  var rangeText = document.getElementById('kg-range');
  var title = document.getElementById('kg-title');
  var baseTitle = extra.title || title.textContent;     // the heading without its range
  (function setBounds() {
    var lo = null, hi = null;
    function see(d) { if (d === null || d === undefined) { return; } if (lo === null || d < lo) { lo = d; } if (hi === null || d > hi) { hi = d; } }
    Object.keys(meetingDay).forEach(function (i) { see(meetingDay[i]); });
    Object.keys(postDays).forEach(function (j) { var d = postDays[j]; if (d.length) { see(d[0]); see(d[d.length - 1]); } });
    if (lo !== null) { fromInput.min = toInput.min = dayToIso(lo); fromInput.max = toInput.max = dayToIso(hi); }
    api.dateExtent = { from: dayToIso(lo), to: dayToIso(hi) };
  }());
  function describeRange() {
    var text;
    if (window_.from !== null && window_.to !== null) { text = dayVi(window_.from) + ' – ' + dayVi(window_.to); }
    else if (window_.from !== null) { text = 'từ ' + dayVi(window_.from); }
    else if (window_.to !== null) { text = 'đến ' + dayVi(window_.to); }
    else { text = 'mọi thời điểm'; }
    text = 'Thời gian: ' + text + (window_.hideUndated ? ' (ẩn mục không rõ ngày)' : '');
    rangeText.textContent = text;
    title.textContent = baseTitle + (window_.from !== null || window_.to !== null ? ' · ' + text.replace('Thời gian: ', '') : '');
    document.title = title.textContent;
  }
  function setDateRange(from, to) {
    window_.from = isoToDay(from); window_.to = isoToDay(to);
    fromInput.value = from ? String(from).slice(0, 10) : '';
    toInput.value = to ? String(to).slice(0, 10) : '';
    describeRange();
    return applyVisibility();
  }
  function setHideUndated(hide) {
    window_.hideUndated = !!hide; undatedBox.checked = !!hide;
    describeRange();
    return applyVisibility();
  }
  fromInput.addEventListener('change', function () { setDateRange(fromInput.value, toInput.value); });
  toInput.addEventListener('change', function () { setDateRange(fromInput.value, toInput.value); });
  undatedBox.addEventListener('change', function () { setHideUndated(undatedBox.checked); });
  document.getElementById('kg-all-dates').addEventListener('click', function () { setDateRange(null, null); });
  if (extra.range && (extra.range.from || extra.range.to)) { setDateRange(extra.range.from, extra.range.to); }
  else { describeRange(); }

  // ---- neighbourhood highlight. vis-network redraws every node and edge for any change
  // (hundreds of ms at 10,000 nodes), so a highlight changes nothing in it: the page keeps its
  // own selection, and a second canvas over vis-network's veils the graph and draws the
  // neighbourhood again on top (its nodes, its edges in the highlight colour, their labels
  // and arrows). The overlay follows every vis-network frame (pan, zoom, hover).
  var VEIL = 'rgba(255,255,255,0.82)';
  var hl = null;
  var overlay = document.createElement('canvas');
  overlay.id = 'kg-overlay';
  container.firstChild.appendChild(overlay);
  function isShownNode(n) { return n && n.options.hidden !== true; }
  function drawOverlay() {
    var c = network.canvas.frame.canvas;
    if (overlay.width !== c.width || overlay.height !== c.height) { overlay.width = c.width; overlay.height = c.height; }
    var ctx = overlay.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, overlay.width, overlay.height);
    if (!hl || !body) { return; }
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, overlay.width, overlay.height);
    var ratio = network.canvas.pixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.translate(body.view.translation.x, body.view.translation.y);
    ctx.scale(body.view.scale, body.view.scale);
    var shown = [];
    ctx.lineWidth = 2; ctx.strokeStyle = '#2d3748';
    hl.lazy.forEach(function (j) {
      var e = edgeRows[j], a = body.nodes[ids[e[0]]], b = body.nodes[ids[e[1]]];
      if (edgeShown[j] && isShownNode(a) && isShownNode(b)) {
        ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
        shown.push({ a: a, b: b, j: j });
      }
    });
    hl.edges.forEach(function (eid) {
      var e = body.edges[eid];
      if (e && e.options.hidden !== true && isShownNode(body.nodes[e.fromId]) && isShownNode(body.nodes[e.toId])) {
        var was = e.selected;
        e.selected = true; e.draw(ctx); e.drawArrows(ctx); e.selected = was;
        shown.push({ a: body.nodes[e.fromId], b: body.nodes[e.toId], j: Number(String(e.id).slice(1)) });
      }
    });
    var labels = [];
    hl.nodes.forEach(function (nid) {
      var n = body.nodes[nid];
      if (isShownNode(n)) {
        var was = n.selected;
        n.selected = nid === hl.id;
        var drawn = n.draw(ctx);
        n.selected = was;
        if (drawn && drawn.drawExternalLabel) { labels.push(drawn.drawExternalLabel); }
      }
    });
    labels.forEach(function (f) { f(); });
    if (!eagerLabels) {                 // a large page names only the highlighted edges
      ctx.font = '10px system-ui, sans-serif';
      ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
      ctx.lineWidth = 3; ctx.strokeStyle = '#ffffff'; ctx.fillStyle = '#1a202c';
      shown.forEach(function (e) {
        var a = e.a, b = e.b;
        var text = edgeLabel[e.j];
        var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
        ctx.strokeText(text, mx, my); ctx.fillText(text, mx, my);
      });
    }
  }
  network.on('afterDrawing', function () { if (hl) { drawOverlay(); } });
  network.on('resize', function () { requestAnimationFrame(drawOverlay); });
  function highlight(id) {
    if (!(id in indexOf)) { return; }
    var keep = [id];
    network.getConnectedNodes(id).forEach(function (n) { keep.push(n); });
    var lazy = lazyShown ? [] : (lazyAdj[indexOf[id]] || []);
    lazy.forEach(function (j) { var e = edgeRows[j]; keep.push(ids[e[0]] === id ? ids[e[1]] : ids[e[0]]); });
    hl = { id: id, nodes: keep, edges: network.getConnectedEdges(id), lazy: lazy };
    drawOverlay();
  }
  // all the lazy edges as vis-network edges (a large page: takes a few seconds)
  function showLazyEdges() {
    if (lazyShown) { return 0; }
    lazyShown = true;
    edges.add(lazyEdges.map(visEdge));
    if (hl) { highlight(hl.id); }
    if (api.ready) { api.ready = false; markReady(); }
    return lazyEdges.length;
  }
  function clearHighlight() {
    if (hl === null) { return; }
    hl = null;
    drawOverlay();
  }

  network.on('click', function (params) {
    var id = network.getNodeAt(params.pointer.DOM);
    if (id !== undefined) {
      highlight(id);
      showPanel(id);
    } else {
      clearHighlight();
      hidePanel();
    }
  });

  // ---- search by name, with or without diacritics
  var searchable = null;
  function matches(q, limit) {
    var fq = fold(q);
    if (!fq) { return []; }
    if (searchable === null) {
      searchable = ids.map(function (id, k) { return { id: id, f: fold(fullLabel[k]), label: fullLabel[k], kind: kindOf[k] }; });
    }
    var found = [];
    searchable.forEach(function (n) {
      var at = n.f.indexOf(fq);
      if (at < 0) { return; }
      var rank = n.f === fq ? 0 : at === 0 ? 1 : n.f.charAt(at - 1) === ' ' ? 2 : 3;
      if (n.kind === 'article') { rank += 4; }
      found.push({ n: n, rank: rank });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.n.label.length - b.n.label.length; });
    return found.slice(0, limit || found.length).map(function (x) { return x.n; });
  }
  function focusNode(id) {
    if (!(id in indexOf)) { return null; }
    var k = kindOf[indexOf[id]];
    if (kindHidden[k]) { setKindVisible(k, true); }
    highlight(id);
    showPanel(id);
    // The highlight and the panel show in the next frame; the view moves after it. On a large
    // page it jumps (one redraw of everything) rather than animates (one per frame).
    var scale = Math.max(network.getScale(), 1.2);
    requestAnimationFrame(function () {
      setTimeout(function () {
        network.focus(id, { scale: scale,
          animation: eagerLabels ? { duration: 300, easingFunction: 'easeInOutQuad' } : false });
      }, 0);
    });
    return id;
  }
  function search(q) {
    var hit = matches(q, 1)[0];
    return hit ? focusNode(hit.id) : null;
  }

  var input = document.getElementById('kg-search');
  var results = document.getElementById('kg-results');
  function showResults() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    matches(input.value, 8).forEach(function (n) {
      var li = document.createElement('li');
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = n.label; b.title = kinds[n.kind].label_vi;
      b.addEventListener('click', function () { focusNode(n.id); });
      li.appendChild(b); results.appendChild(li);
    });
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { ev.preventDefault(); search(input.value); }
  });

  // ---- careers and successions
  var succByPost = Object.create(null);     // body ref + role -> holders
  var succByBody = Object.create(null);     // drawn body index -> [[role, holders]]
  (extra.successions || []).forEach(function (s) {
    succByPost[refKey(s[0]) + '\u0001' + s[1]] = s[2];
    if (typeof s[0] === 'number') { (succByBody[s[0]] = succByBody[s[0]] || []).push([s[1], s[2]]); }
  });
  function refKey(ref) { return typeof ref === 'number' ? '#' + ref : 's' + ref; }
  function refLabel(ref) { return typeof ref === 'number' ? fullLabel[ref] : String(ref); }
  function years(first, last, open) {
    var a = year(first), b = year(last);
    if (!a) { return '?'; }
    if (open) { return a + '–'; }
    return !b || a === b ? a : a + '–' + b;
  }
  function successionText(bodyRef, role) {
    if (typeof bodyRef === 'string' && bodyRef in indexOf) { bodyRef = indexOf[bodyRef]; }
    var holders = succByPost[refKey(bodyRef) + '\u0001' + role];
    if (!holders) { return null; }
    return role + ' ' + refLabel(bodyRef) + ': ' + holders.map(function (h, k) {
      return refLabel(h[0]) + ' (' + years(h[1], h[2], k === holders.length - 1) + ')';
    }).join(', ');
  }
  function careerOf(id) {
    var i = indexOf[id];
    var c = extra.careers[i];
    if (!c) { return { posts: [], meetings: [], moreMeetings: 0 }; }
    return {
      posts: c[0].map(function (p) {
        return { role: p[0], body: refLabel(p[1]), bodyId: typeof p[1] === 'number' ? ids[p[1]] : null,
          first: dayToIso(p[2]), last: dayToIso(p[3]), articles: p[4], succession: successionText(p[1], p[0]) };
      }),
      meetings: c[1].map(function (m) {
        return { meeting: refLabel(m[0]), meetingId: typeof m[0] === 'number' ? ids[m[0]] : null,
          date: dayToIso(m[1]), relation: m[2] };
      }),
      moreMeetings: c[2]
    };
  }

  var panel = document.getElementById('kg-career');
  var panelName = document.getElementById('kg-career-name');
  var panelKind = document.getElementById('kg-career-kind');
  var panelBody = document.getElementById('kg-career-body');
  document.getElementById('kg-career-close').addEventListener('click', hidePanel);
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) { x.className = cls; }
    if (text !== undefined) { x.textContent = text; }
    return x;
  }
  function link(text, id) {
    if (!id) { return el('span', 'kg-ref', text); }
    var a = el('button', 'kg-link', text);
    a.type = 'button'; a.setAttribute('data-node', id);
    a.addEventListener('click', function () { focusNode(id); });
    return a;
  }
  function span(first, last) {
    if (!first) { return 'không rõ ngày'; }
    return first === last ? dayVi(isoToDay(first)) : dayVi(isoToDay(first)) + ' – ' + dayVi(isoToDay(last));
  }
  function hidePanel() { panel.hidden = true; api.panelFor = null; }
  function showPanel(id) {
    var i = indexOf[id];
    if (i === undefined) { return hidePanel(); }
    var k = kindOf[i];
    var isBody = k === 'party' || k === 'front' || k === 'state' || k === 'organisation';
    if (k !== 'official' && !(isBody && succByBody[i])) { return hidePanel(); }
    while (panelBody.firstChild) { panelBody.removeChild(panelBody.firstChild); }
    panelName.textContent = fullLabel[i];
    panelKind.textContent = kinds[k].label_vi;
    if (k === 'official') { fillCareer(id); } else { fillBody(i); }
    panel.hidden = false;
    api.panelFor = id;
  }
  function fillCareer(id) {
    var c = careerOf(id);
    panelBody.appendChild(el('h3', null, 'Quá trình công tác (' + c.posts.length + ' chức vụ)'));
    var ol = el('ol', 'kg-timeline');
    c.posts.forEach(function (p) {
      var li = el('li', 'kg-post');
      li.appendChild(el('span', 'kg-when', span(p.first, p.last)));
      var what = el('div', 'kg-what');
      what.appendChild(el('strong', null, p.role + ', '));
      what.appendChild(link(p.body, p.bodyId));
      what.appendChild(el('span', 'kg-count', ' · ' + p.articles + ' bài'));
      li.appendChild(what);
      if (p.succession) { li.appendChild(el('div', 'kg-succession', 'Lần lượt giữ chức: ' + p.succession)); }
      ol.appendChild(li);
    });
    panelBody.appendChild(ol);
    if (c.meetings.length) {
      panelBody.appendChild(el('h3', null, 'Cuộc họp, sự kiện (' + (c.meetings.length + c.moreMeetings) + ')'));
      var ul = el('ol', 'kg-timeline');
      c.meetings.forEach(function (m) {
        var li = el('li', 'kg-meeting');
        li.appendChild(el('span', 'kg-when', m.date ? dayVi(isoToDay(m.date)) : 'không rõ ngày'));
        var what = el('div', 'kg-what');
        what.appendChild(link(m.meeting, m.meetingId));
        what.appendChild(el('span', 'kg-count', ' – ' + (relVi[m.relation] || m.relation)));
        li.appendChild(what);
        ul.appendChild(li);
      });
      if (c.moreMeetings) { ul.appendChild(el('li', 'kg-count', '… và ' + c.moreMeetings + ' cuộc họp khác')); }
      panelBody.appendChild(ul);
    }
  }
  function fillBody(i) {
    panelBody.appendChild(el('h3', null, 'Người giữ các chức vụ, theo thời gian'));
    var ul = el('ul', 'kg-timeline');
    succByBody[i].forEach(function (s) {
      var li = el('li', 'kg-succession', successionText(i, s[0]));
      ul.appendChild(li);
    });
    panelBody.appendChild(ul);
  }
}());

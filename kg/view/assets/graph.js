/* vnpolkg graph page: legend and kind filters, diacritic-free search, neighbourhood
 * highlight, and window.kgGraph for scripts and tests. Article text only ever reaches
 * the DOM through textContent: tooltips are elements, never HTML strings.
 * (Included by a Jinja template: never write two opening braces in a row here.) */
(function () {
  'use strict';

  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }

  var timings = { start: performance.now() };
  var rawNodes = readJSON('kg-nodes');
  var rawEdges = readJSON('kg-edges');
  var options = readJSON('kg-options');
  if (typeof options === 'string') { options = JSON.parse(options); }
  var vocabulary = readJSON('kg-vocabulary');
  var kinds = vocabulary.kinds;
  timings.parsed = performance.now();

  var api = {
    ready: false, stabilizedAt: null, timings: timings, network: null, nodes: null, edges: null,
    nodeIds: function () { return api.nodes.getIds(); },
    edgeIds: function () { return api.edges.getIds(); },
    search: search, fold: fold, setKindVisible: setKindVisible,
    highlight: highlight, clearHighlight: clearHighlight
  };
  window.kgGraph = api;

  // Same folding as kg.network.fold: NFD, drop combining marks, đ -> d, lower case.
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0111/g, 'd').replace(/\u0110/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function tooltip(text) {
    var box = document.createElement('div');
    box.className = 'kg-tip';
    var lines = String(text).split('\n');
    var head = document.createElement('div');
    head.className = 'kg-tip-title';
    head.textContent = lines.shift();
    box.appendChild(head);
    var body = document.createElement('div');
    body.textContent = lines.join('\n');
    box.appendChild(body);
    return box;
  }

  var byKind = Object.create(null);
  var original = Object.create(null);
  // Colour and shape come from the kind's vis group: per-node options cost construction time.
  options.groups = options.groups || {};
  Object.keys(kinds).forEach(function (kind) {
    options.groups[kind] = { color: kinds[kind].color, shape: kinds[kind].shape };
  });
  var NODE_FONT = '#1a202c';
  rawNodes.forEach(function (n) {
    n.title = tooltip(n.tip); delete n.tip;
    n.group = n.kind;
    (byKind[n.kind] = byKind[n.kind] || []).push(n.id);
    original[n.id] = { color: kinds[n.kind].color, font: { color: NODE_FONT } };
  });
  // Large pages carry edge labels in 'lbl' and show them only around a clicked node:
  // measuring tens of thousands of labels would delay the first frame by seconds.
  var lazyLabels = rawEdges.some(function (e) { return e.lbl !== undefined; });
  var edgeLabel = Object.create(null);
  rawEdges.forEach(function (e) {
    e.title = tooltip(e.tip); delete e.tip;
    edgeLabel[e.id] = e.label !== undefined ? e.label : e.lbl;
  });

  timings.tooltips = performance.now();
  var nodes = new vis.DataSet(rawNodes);
  var edges = new vis.DataSet(rawEdges);
  var container = document.getElementById('mynetwork');
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  api.network = network; api.nodes = nodes; api.edges = edges;
  timings.network = performance.now();

  var status = document.getElementById('kg-status');
  function markReady() {
    if (api.ready) { return; }
    api.ready = true;
    api.stabilizedAt = timings.ready = performance.now();
    document.body.setAttribute('data-ready', '1');
    status.textContent = nodes.length + ' nút, ' + edges.length + ' quan hệ';
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

  // ---- legend and kind filters
  var legend = document.getElementById('kg-legend');
  var glyphs = { dot: '\u25cf', square: '\u25a0', diamond: '\u25c6', triangle: '\u25b2', star: '\u2605',
    hexagon: '\u2b22', triangleDown: '\u25bc', box: '\u25ac', ellipse: '\u2b2c' };
  var checkboxes = Object.create(null);
  Object.keys(kinds).forEach(function (kind) {
    var ids = byKind[kind];
    if (!ids) { return; }
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
    var count = document.createElement('span'); count.className = 'kg-count'; count.textContent = '(' + ids.length + ')';
    label.appendChild(box); label.appendChild(swatch); label.appendChild(name); label.appendChild(count);
    li.appendChild(label); legend.appendChild(li);
  });

  function setKindVisible(kind, visible) {
    var ids = byKind[kind] || [];
    if (checkboxes[kind]) { checkboxes[kind].checked = !!visible; }
    nodes.update(ids.map(function (id) { return { id: id, hidden: !visible }; }));
  }

  // ---- neighbourhood highlight: the clicked node and its neighbours keep their colours
  var DIM = '#e2e8f0', DIM_FONT = '#cbd5e0';
  var highlighted = null;
  function highlight(id) {
    var keep = Object.create(null);
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    var near = Object.create(null);
    network.getConnectedEdges(id).forEach(function (e) { near[e] = true; });
    nodes.update(nodes.getIds().map(function (n) {
      return keep[n] ? { id: n, color: original[n].color, font: original[n].font }
                     : { id: n, color: DIM, font: { color: DIM_FONT } };
    }));
    edges.update(edges.getIds().map(function (e) {
      var change = near[e] ? { id: e, color: { color: '#2d3748', opacity: 1 }, font: { color: '#1a202c' } }
                           : { id: e, color: { color: DIM, opacity: 0.6 }, font: { color: 'rgba(0,0,0,0)' } };
      if (lazyLabels) { change.label = near[e] ? edgeLabel[e] : undefined; }
      return change;
    }));
    highlighted = id;
  }
  function clearHighlight() {
    if (highlighted === null) { return; }
    nodes.update(nodes.getIds().map(function (n) { return { id: n, color: original[n].color, font: original[n].font }; }));
    edges.update(edges.getIds().map(function (e) {
      var change = { id: e, color: { color: '#9aa5b1', opacity: 1 }, font: { color: '#4a5568' } };
      if (lazyLabels) { change.label = undefined; }
      return change;
    }));
    highlighted = null;
  }
  network.on('click', function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); } else { clearHighlight(); }
  });

  // ---- search by name, with or without diacritics
  var searchable = rawNodes.map(function (n) { return { id: n.id, f: n.f || fold(n.label), label: n.label, kind: n.kind }; });
  function matches(q, limit) {
    var fq = fold(q);
    if (!fq) { return []; }
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
    var node = nodes.get(id);
    if (!node) { return null; }
    if (node.hidden) { setKindVisible(node.kind, true); }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400, easingFunction: 'easeInOutQuad' } });
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
}());

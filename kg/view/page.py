"""out/graph.html: the built graph as one self-contained, offline, interactive page.

The only module that knows pyvis. It reads the RDF through kg.network.to_networkx, lays
the graph out, hands nodes/edges/options to a pyvis Network and renders our own
template (kg/view/assets/template.html) with ``generate_html``. The template inlines vis-network's
JS/CSS from inside the pyvis package and our small script (kg/view/assets/graph.js: legend, kind
filters, diacritic-free search, neighbourhood highlight, ``window.kgGraph``), so the page
opens from file:// with no network and no ``lib/`` folder beside it. What the page
carries (node and edge rows, tooltips, careers) is assembled in kg.view.page_data.

Safety: article text reaches the page only as JSON inside ``<script type="application/json">``
(Jinja's ``tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and tooltips are built in the browser
with ``textContent``; nothing from an article is ever parsed as HTML.
"""
from __future__ import annotations

import glob
import math
import os
import re
from pathlib import Path
from typing import Optional

import networkx as nx
import numpy as np
import rdflib
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from kg.output import atomic_write_with
from kg.view.careers import filter_by_dates, window_text
from kg.view.network import ego_graph, to_networkx
from kg.view.page_data import _WEAK_RELATIONS, page_data

ASSETS = Path(__file__).parent / "assets"

# Up to this many nodes vis-network's own physics polishes the layout in the browser
# (capped iterations, then switched off); above it the Python layout is final and the
# page draws at once: vis-network's stabilisation is far too slow for thousands of
# nodes (pyvis issue #204).
LIVE_PHYSICS_MAX_NODES = 300
STABILIZATION_ITERATIONS = 200
EDGE_LENGTH_PX = 140.0
NEAR_FIELD_REACH = 8          # layout: cell-mates compared pairwise, up to this far apart in cell order


# A page stays usable up to about this many nodes (see bench/bench_viz.py); a larger graph is
# drawn as its most connected part, and `kg viz --focus` draws any neighbourhood in full.
MAX_PAGE_NODES = 10_000


def render_html(rdf_graph: rdflib.Graph, out_path: Path, focus: Optional[str] = None,
                depth: int = 1, title: str = "vnpolkg", max_nodes: int = MAX_PAGE_NODES,
                date_from: Optional[str] = None, date_to: Optional[str] = None) -> Path:
    """Write the interactive graph (optionally the ego graph of ``focus``) to ``out_path``.

    ``focus`` is an official's or body's name (diacritics optional) or IRI; an unknown
    or ambiguous name raises LookupError. ``date_from``/``date_to`` (ISO dates, either may be
    left open) keep the meetings and posts attested in that window (undated ones stay) and
    preset the page's date control. A graph of more than ``max_nodes`` nodes is drawn
    as its ``max_nodes`` most connected nodes, and the page's heading says so. The file is
    replaced atomically.
    """
    G = to_networkx(rdf_graph)
    if date_from or date_to:
        G = filter_by_dates(G, date_from, date_to)
    full = G
    if focus:
        G = ego_graph(G, focus, depth)
    if G.number_of_nodes() > max_nodes:
        total = G.number_of_nodes()
        G = most_connected(G, max_nodes)
        title = (f"{title} — {G.number_of_nodes():,} most connected of {total:,} nodes "
                 "(kg viz --focus NAME draws any part in full)")
    html = graph_html(G, title=title, context=full, date_from=date_from, date_to=date_to)
    return atomic_write_with(Path(out_path), lambda tmp: Path(tmp).write_text(html, encoding="utf-8"))


def most_connected(G: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """The n nodes with most relations (articles' "mentions" not counted), ties by id."""
    degree: dict[str, int] = {}
    for u, v, d in G.edges(data=True):
        if d.get("relation") in _WEAK_RELATIONS:
            continue
        degree[u] = degree.get(u, 0) + 1
        degree[v] = degree.get(v, 0) + 1
    keep = sorted(G.nodes, key=lambda x: (-degree.get(x, 0), x))[:n]
    return G.subgraph(keep).copy()


def graph_html(G: nx.MultiDiGraph, title: str = "vnpolkg", context: Optional[nx.MultiDiGraph] = None,
               date_from: Optional[str] = None, date_to: Optional[str] = None) -> str:
    """The page for a property graph from kg.network (also used by the benchmark).

    ``context`` is the graph ``G`` was cut from (a focus or the most connected part): careers
    and successions are read from it, so an official's panel lists posts whose body is not
    drawn. ``date_from``/``date_to`` preset the page's date control.

    What the page carries is compact and bounded per node (kg.view.page_data): nodes and
    edges as arrays (edges refer to nodes by index), each node's tooltip as capped plain text
    built into a DOM element only on hover, a post's dates as day numbers and at most
    EDGE_EVIDENCE_MAX of its sentences.
    """
    context = G if context is None else context
    live_physics = G.number_of_nodes() <= LIVE_PHYSICS_MAX_NODES
    positions = layout(G)
    heading = f"{title} · {window_text(date_from, date_to)}" if (date_from or date_to) else title
    net = _network(heading)
    graph, extra = page_data(G, context, positions, title, date_from, date_to)
    # pyvis renders the template (and inlines vis-network); our compact rows go to it as a
    # template global, since pyvis expects node dicts.
    net.options = _options(live_physics, G.number_of_nodes())
    net.templateEnv.globals["graph"] = graph
    net.templateEnv.globals["extra"] = extra
    html = net.generate_html()
    return _offline(html)


def _network(heading: str) -> Network:
    """A pyvis Network rendering our template, which inlines vis-network's files from pyvis."""
    net = Network(directed=True, heading=heading, cdn_resources="in_line")
    net.set_template_dir(str(ASSETS) + os.sep, "template.html")
    # Our template also includes vis-network's files shipped inside pyvis, so the loader
    # searches both folders; autoescape covers the few {{ }} that are plain text.
    net.templateEnv = Environment(loader=FileSystemLoader([str(ASSETS), _pyvis_templates()]),
                                  autoescape=select_autoescape(["html"]))
    net.templateEnv.globals["vis_lib"] = _vis_lib()
    return net


def _pyvis_templates() -> str:
    import pyvis

    return str(Path(pyvis.__file__).parent / "templates")


def _vis_lib() -> str:
    """The newest vis-network copy pyvis ships, as a template path ("lib/vis-9.1.2")."""
    found = sorted(glob.glob(os.path.join(_pyvis_templates(), "lib", "vis-*", "vis-network.min.js")),
                   key=lambda p: [int(x) for x in re.findall(r"\d+", Path(p).parent.name)])
    if not found:
        raise RuntimeError("pyvis does not ship vis-network under pyvis/templates/lib")
    return "lib/" + Path(found[-1]).parent.name


_REMOTE = re.compile(r"""(?:\bsrc|\bhref)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//""", re.I)


def _offline(html: str) -> str:
    """Drop any tag that would fetch from the network, then make sure none is left: judged on
    the markup, never on the article text in the page's data (kg.view.offline)."""
    from kg.view.offline import strip_remote
    return strip_remote(html)


def _options(live_physics: bool, n_nodes: int) -> dict:
    big = n_nodes > 2000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 42, "label": {"enabled": True, "min": 12, "max": 26,
                                                         "drawThreshold": 10 if big else 7}},
        },
        "edges": {
            # arrows cost a third of a frame at 10,000 nodes; a large page names the
            # highlighted edges instead (see graph.js)
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.5}},
            "color": {"color": "#9aa5b1", "highlight": "#2d3748", "hover": "#4a5568", "inherit": False},
            "font": {"size": 10, "color": "#4a5568", "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.2},
            "width": 1, "selectionWidth": 2,
        },
        "physics": {
            "enabled": live_physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": EDGE_LENGTH_PX,
                                 "springConstant": 0.06, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS,
                              "updateInterval": 50, "fit": True},
            "minVelocity": 1.0,
        },
        # hover effects redraw the whole graph: off on a large page (tooltips still show)
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False, "multiselect": False},
    }


# ---------------------------------------------------------------- layout

def layout(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in vis-network pixels, deterministic for a given graph.

    Small graphs use networkx's spring_layout; large ones a grid-approximated
    Fruchterman-Reingold in numpy (networkx's is quadratic in memory without scipy).
    """
    nodes = list(G.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = {(index[u], index[v]) for u, v, d in G.edges(data=True)
             if d["relation"] not in _WEAK_RELATIONS and u != v}
    if n <= 500:
        U = nx.Graph()
        U.add_nodes_from(range(n))
        U.add_edges_from(pairs)
        raw = nx.spring_layout(U, seed=seed, iterations=80)
        pos = np.array([raw[i] for i in range(n)], dtype=float)
    else:
        edges = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
        pos = _grid_fruchterman_reingold(n, edges, seed)
    # Scale so that an average linked pair sits about one edge length apart.
    edges = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    if len(edges):
        mean = float(np.linalg.norm(pos[edges[:, 0]] - pos[edges[:, 1]], axis=1).mean())
    else:
        mean = float(np.ptp(pos, axis=0).max()) / math.sqrt(n)
    pos = (pos - pos.mean(axis=0)) * (EDGE_LENGTH_PX / (mean or 1.0))
    return {v: (pos[i, 0], pos[i, 1]) for i, v in enumerate(nodes)}


def _grid_fruchterman_reingold(n: int, edges: np.ndarray, seed: int, iterations: int = 80) -> np.ndarray:
    """Force layout in O(n + cells²) per step (a one-level Barnes-Hut): nodes are binned
    in a grid; a node is pushed by the other cells' centres of mass (the force at its
    cell's centre) and by its own cell's centre of mass, and pulled along its edges."""
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side
    k = 1.0                                   # ideal edge length, in layout units
    cells = int(min(32, max(8, side / 2)))
    fine = max(cells, int(side))
    temperature = side / 6
    cooling = 0.01 ** (1 / iterations)        # end at 1% of the first step
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.empty(0, int), np.empty(0, int))
    for _ in range(iterations):
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9)
        disp = _far_field(pos, lo, span, cells)
        _near_field(pos, lo, span, fine, disp, rng)
        disp *= k * k
        if len(src):
            _springs(pos, src, dst, k, disp)
        disp -= (pos - pos.mean(axis=0)) * 0.05      # gravity keeps components together
        length = np.sqrt((disp ** 2).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos


def _far_field(pos: np.ndarray, lo: np.ndarray, span: np.ndarray, cells: int) -> np.ndarray:
    """Each node's push from the other cells' centres of mass and from its own cell's."""
    cell_xy = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
    cid = cell_xy[:, 0] * cells + cell_xy[:, 1]
    mass_all = np.bincount(cid, minlength=cells * cells).astype(float)
    occupied = np.flatnonzero(mass_all)
    m = mass_all[occupied]
    centres = np.stack([np.bincount(cid, weights=pos[:, a], minlength=cells * cells)[occupied] / m
                        for a in range(2)], axis=1)
    soft = (span.max() / cells) ** 2 * 0.05 + 1e-6
    # cell <-> cell repulsion, excluding a cell's own mass
    delta = centres[:, None, :] - centres[None, :, :]
    d2 = (delta ** 2).sum(axis=2) + soft
    w = m[None, :] / d2
    np.fill_diagonal(w, 0.0)
    cell_force = np.zeros((cells * cells, 2))
    cell_force[occupied] = (delta * w[:, :, None]).sum(axis=1)
    own = np.zeros((cells * cells, 2))
    own[occupied] = centres
    # a node and its cell-mates: pushed out from their common centre of mass
    local = pos - own[cid]
    return cell_force[cid] + local * (mass_all[cid] / ((local ** 2).sum(axis=1) + soft))[:, None]


def _near_field(pos: np.ndarray, lo: np.ndarray, span: np.ndarray, fine: int, disp: np.ndarray,
                rng: np.random.Generator) -> None:
    """Exact push between pairs sharing a fine cell (found as neighbours in cell order), so
    that leaves of one hub do not stay piled on the same spot; added to disp."""
    n = len(pos)
    fine_xy = np.minimum(((pos - lo) / span * fine).astype(np.int64), fine - 1)
    fid = fine_xy[:, 0] * fine + fine_xy[:, 1]
    order = np.argsort(fid, kind="stable")
    for step in range(1, NEAR_FIELD_REACH + 1):
        a, b = order[:-step], order[step:]
        same = fid[a] == fid[b]
        if not same.any():
            break
        a, b = a[same], b[same]
        delta = pos[a] - pos[b]
        d2 = (delta ** 2).sum(axis=1)
        # coincident points get a seeded nudge: identical forces would keep them together
        stuck = d2 < 1e-12
        if stuck.any():
            delta[stuck] = rng.normal(size=(int(stuck.sum()), 2)) * 1e-3
            d2[stuck] = (delta[stuck] ** 2).sum(axis=1)
        push = delta / (d2 + 1e-4)[:, None]
        for axis in range(2):
            disp[:, axis] += np.bincount(a, weights=push[:, axis], minlength=n)
            disp[:, axis] -= np.bincount(b, weights=push[:, axis], minlength=n)


def _springs(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, k: float, disp: np.ndarray) -> None:
    """Each edge pulls its two ends together; added to disp."""
    n = len(pos)
    delta = pos[src] - pos[dst]
    dist = np.sqrt((delta ** 2).sum(axis=1)) + 1e-9
    pull = delta * (dist / k)[:, None]
    for axis in range(2):
        disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
        disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)

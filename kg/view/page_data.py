"""What graph.html carries, as data: compact rows for nodes and edges (edges refer to nodes
by index), each node's tooltip as capped plain text, officials' careers and the posts' lines
of succession. kg.view.page lays the graph out and renders these into the page.

Nothing here knows pyvis or HTML: article text is carried as plain strings, and the page
builds its DOM from them with ``textContent``.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

import networkx as nx

from kg.view.careers import career, successions

EAGER_EDGE_LABELS_MAX_NODES = 2000
LABEL_MAX_CHARS = 48
# Edges that would only clutter a view: every article "mentions" dozens of nodes.
_WEAK_RELATIONS = {"mentions"}


def page_data(G: nx.MultiDiGraph, context: nx.MultiDiGraph, positions: dict, title: str,
              date_from: Optional[str], date_to: Optional[str]) -> tuple[dict, dict]:
    """(graph, extra): the node and edge rows, and what else the page's script reads (tooltips,
    careers and successions read from ``context``, the relations' names, the date window)."""
    index = {n: i for i, n in enumerate(G.nodes)}
    nodes, tips = node_rows(G, positions)
    edges, relations = edge_rows(G, index)
    extra = {
        "tips": tips,
        "careers": _careers(G, context, index),
        "successions": _successions(G, context, index),
        "eagerLabels": G.number_of_nodes() <= EAGER_EDGE_LABELS_MAX_NODES,
        # a large page draws these relations only around a highlighted node (see graph.js)
        "relations": sorted(relations, key=relations.get),    # edge rows name them by index
        "lazy": sorted(LAZY_RELATIONS) if G.number_of_nodes() > EAGER_EDGE_LABELS_MAX_NODES else [],
        "range": {"from": date_from, "to": date_to},
        "title": title,
    }
    return {"nodes": nodes, "edges": edges}, extra


def node_rows(G: nx.MultiDiGraph, positions: dict) -> tuple[list, list]:
    """Nodes: [id, short label, kind, x, y, size, meeting day or null, full label if shortened]
    (trailing nulls left out), and each node's tooltip text."""
    strength = _strength(G)
    nodes, tips = [], []
    for n, d in G.nodes(data=True):
        x, y = positions[n]
        row = [n, _short(d["label"]), d["kind"], round(float(x), 1), round(float(y), 1), strength[n],
               _day(d.get("date")) if d["kind"] == "meeting" else None]
        if row[1] != d["label"]:
            row.append(d["label"])
        while row[-1] is None:
            row.pop()
        nodes.append(row)
        tip = _tip_text(d.get("tooltip") or d["label"], d["label"])
        tips.append(_without_people(tip) if d["kind"] == "meeting" else tip)
    return nodes, tips


def edge_rows(G: nx.MultiDiGraph, index: dict) -> tuple[list, dict]:
    """Edges: [from index, to index, relation index, extra] (extra only where there is more
    to say), and the relations' indexes by name."""
    edges, relations = [], {}
    for u, v, d in G.edges(data=True):
        row = [index[u], index[v], relations.setdefault(d["relation"], len(relations))]
        extra = _edge_extra(d)
        if extra:
            row.append(extra)
        edges.append(row)
    return edges, relations


EPOCH = date(1970, 1, 1)
LAZY_RELATIONS = {"attends"}
EDGE_EVIDENCE_MAX = 2          # sentences a post's edge carries; the rest is counted
CAREER_MEETINGS_MAX = 60       # meetings listed in a career panel; the rest is counted
TIP_LINE_MAX = 240             # characters of one tooltip line


def _day(value: Optional[str]) -> Optional[int]:
    """ "2021-06-09" -> days since 1970-01-01 (what the page compares), None if not a date."""
    try:
        return (date.fromisoformat(str(value)[:10]) - EPOCH).days
    except (TypeError, ValueError):
        return None


def _clip(text: str, limit: int = TIP_LINE_MAX) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _tip_text(text: str, label: str) -> str:
    """A node's tooltip as the page carries it: lines clipped, and the first line (the node's
    name, which the page has) left out; the page puts it back."""
    lines = text.split("\n")
    if lines and lines[0] == label:
        lines = lines[1:]
    return "\n".join(_clip(line) for line in lines)


# A meeting's participants and bodies are its edges (all in the page, attendance included), so
# the page builds those sections of its tooltip from them (graph.js: meetingSections).
_EDGE_SECTIONS = ("Chủ trì:", "Cơ quan tổ chức:", "Làm việc với:", "Dẫn đầu:", "Phát biểu:", "Dự:")


def _without_people(tip: str) -> str:
    out, skipping = [], False
    for line in tip.split("\n"):
        if not line.startswith("  "):
            skipping = line in _EDGE_SECTIONS
        if not skipping:
            out.append(line)
    return "\n".join(out)


def _edge_extra(d: dict) -> Optional[dict]:
    if d["relation"] == "holds_post":
        days = sorted({x for x in (_day(a) for a in d.get("attested") or ()) if x is not None})
        evidence = d.get("evidence") or []
        extra = {"r": d.get("role") or "", "d": days, "s": len(d.get("sources") or ())}
        if evidence:
            extra["e"] = [_clip(e) for e in evidence[:EDGE_EVIDENCE_MAX]]
            if len(evidence) > EDGE_EVIDENCE_MAX:
                extra["ne"] = len(evidence)
        return extra
    roles = d.get("roles") or []
    if len(roles) > 1:
        return {"ro": roles}
    return None


def _ref(node: str, H: nx.MultiDiGraph, index: dict) -> object:
    """A node as the page refers to it: its index when drawn, else its label."""
    return index[node] if node in index else H.nodes[node]["label"]


def _careers(G: nx.MultiDiGraph, H: nx.MultiDiGraph, index: dict) -> dict:
    """Drawn official's index -> [posts, meetings, meetings left out]; a post is
    [role, body, first day, last day, articles], a meeting [meeting, day, relation]."""
    out = {}
    for n, kind in G.nodes(data="kind"):
        if kind != "official" or n not in H:
            continue
        c = career(H, n)
        posts = [[p.role, _ref(p.body, H, index), _day(p.first), _day(p.last), p.articles] for p in c["posts"]]
        meetings = [[_ref(m, H, index), _day(day), rel] for m, day, rel in c["meetings"]]
        if posts or meetings:
            out[index[n]] = [posts, meetings[:CAREER_MEETINGS_MAX], max(0, len(meetings) - CAREER_MEETINGS_MAX)]
    return out


def _successions(G: nx.MultiDiGraph, H: nx.MultiDiGraph, index: dict) -> list:
    """[body, role, [[official, first day, last day], ...]] for each post of a drawn body or
    official that more than one official held, holders in order."""
    out = []
    for (body, role), holders in sorted(successions(H).items()):
        if body not in index and not any(p.official in index for p in holders):
            continue
        out.append([_ref(body, H, index), role,
                    [[_ref(p.official, H, index), _day(p.first), _day(p.last)] for p in holders]])
    return out


def _short(label: str, limit: int = LABEL_MAX_CHARS) -> str:
    """A drawable label: a meeting named by its headline would cover its neighbours.
    The full text stays the tooltip's first line."""
    if len(label) <= limit:
        return label
    return label[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"

def _strength(G: nx.MultiDiGraph) -> dict[str, int]:
    """Degree centrality without article mentions: what a node size shows."""
    strength = {n: 1 for n in G.nodes}
    for u, v, d in G.edges(data=True):
        if d["relation"] not in _WEAK_RELATIONS:
            strength[u] += 1
            strength[v] += 1
    return strength

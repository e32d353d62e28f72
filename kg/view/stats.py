"""Network analytics of the built graph: who holds the centre, who meets whom.

All figures come from kg.network.to_networkx, so they count exactly what the viewer draws.
"""
from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from typing import Union

import networkx as nx
import rdflib

from kg.view.network import to_networkx, vocabulary

TOP = 10
COMMUNITY_SEED = 42
# Exact betweenness is O(n·m); above this many nodes it is estimated from a fixed
# sample of sources (seeded, so the output is stable).
EXACT_BETWEENNESS_MAX_NODES = 2000
_ATTENDANCE = {"chairs", "leads_delegation", "speaks", "attends"}
_ORG_KINDS = {"party", "front", "state", "organisation"}


def _as_property_graph(g: Union[rdflib.Graph, nx.MultiDiGraph]) -> nx.MultiDiGraph:
    return g if isinstance(g, nx.Graph) else to_networkx(g)


def co_attendance(G: nx.MultiDiGraph) -> nx.Graph:
    """Officials linked when they attended the same meeting; weight = meetings shared."""
    C = nx.Graph()
    for meeting, kind in G.nodes(data="kind"):
        if kind != "meeting":
            continue
        people = sorted({u for u, _, d in G.in_edges(meeting, data=True) if d["relation"] in _ATTENDANCE})
        C.add_nodes_from(people)
        for a, b in combinations(people, 2):
            w = C.get_edge_data(a, b, {"weight": 0})["weight"]
            C.add_edge(a, b, weight=w + 1)
    return C


def compute_stats(g: Union[rdflib.Graph, nx.MultiDiGraph], top: int = TOP) -> dict:
    """Counts by kind; top officials by degree and betweenness; bodies by meetings;
    most frequent co-attendance pairs; communities of the co-attendance network."""
    G = _as_property_graph(g)
    label = lambda n: G.nodes[n]["label"]  # noqa: E731
    kinds_vi = vocabulary()["kinds"]
    counts = Counter(k for _, k in G.nodes(data="kind"))
    relations = Counter(d["relation"] for _, _, d in G.edges(data=True))
    S = _structure(G)
    officials = [n for n, k in G.nodes(data="kind") if k == "official"]
    degree = {n: S.degree(n) for n in officials}
    between = _betweenness(S)

    def ranked(scores: dict, n: int):
        return sorted(scores.items(), key=lambda kv: (-kv[1], label(kv[0]), kv[0]))[:n]

    meetings_of = _meetings_of(G)
    C = co_attendance(G)
    pairs = sorted(C.edges(data="weight"),
                   key=lambda e: (-e[2], *sorted((label(e[0]), label(e[1])))))
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "counts": {k: counts[k] for k in kinds_vi if counts[k]},
        "relations": dict(sorted(relations.items())),
        "top_degree": [{"id": n, "name": label(n), "degree": s} for n, s in ranked(degree, top)],
        "top_betweenness": [{"id": n, "name": label(n), "betweenness": round(between.get(n, 0.0), 4)}
                            for n, s in ranked({n: between.get(n, 0.0) for n in officials}, top)],
        "bodies_by_meetings": [
            {"id": b, "name": label(b), "meetings": m["hosted"] + m["guest"], "hosted": m["hosted"],
             "guest": m["guest"]}
            for b, m in sorted(meetings_of.items(),
                               key=lambda kv: (-(kv[1]["hosted"] + kv[1]["guest"]), -kv[1]["hosted"],
                                               label(kv[0])))[:top]],
        "co_attendance": [{"a": min(label(a), label(b)), "b": max(label(a), label(b)), "meetings": w}
                          for a, b, w in pairs[:top]],
        "communities": _communities(C, label),
    }


def _structure(G: nx.MultiDiGraph) -> nx.Graph:
    """The graph without articles: an article "mentions" everyone and would be the hub."""
    S = nx.Graph()
    S.add_nodes_from(n for n, k in G.nodes(data="kind") if k != "article")
    S.add_edges_from((u, v) for u, v, d in G.edges(data=True)
                     if u in S and v in S and u != v)
    return S


def _betweenness(S: nx.Graph) -> dict:
    if S.number_of_nodes() <= EXACT_BETWEENNESS_MAX_NODES:
        return nx.betweenness_centrality(S, normalized=True)
    return nx.betweenness_centrality(S, k=min(500, S.number_of_nodes()), normalized=True,
                                     seed=COMMUNITY_SEED)


def _meetings_of(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Body -> how many meetings it hosted and was a guest at."""
    meetings_of: dict[str, dict[str, int]] = {}
    for u, v, d in G.edges(data=True):
        if d["relation"] == "hosts":
            body, role = u, "hosted"
        elif d["relation"] == "works_with":
            body, role = v, "guest"
        else:
            continue
        if G.nodes[body]["kind"] in _ORG_KINDS:
            entry = meetings_of.setdefault(body, {"hosted": 0, "guest": 0})
            entry[role] += 1
    return meetings_of


def _communities(C: nx.Graph, label) -> list[list[str]]:
    """Louvain communities of the co-attendance network, as sorted lists of names."""
    linked = C.subgraph(n for n in C if C.degree(n) > 0)
    if not linked.number_of_edges():
        return []
    found = nx.community.louvain_communities(linked, weight="weight", seed=COMMUNITY_SEED)
    return sorted((sorted(label(n) for n in c) for c in found), key=lambda c: (-len(c), c))


def _table(headers: list[str], rows: list[list]) -> list[str]:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]


def format_stats(d: dict, fmt: str = "table") -> str:
    """Render compute_stats' result as readable text ("table") or JSON ("json")."""
    if fmt == "json":
        return json.dumps(d, ensure_ascii=False, indent=2)
    if fmt != "table":
        raise ValueError(f"unknown stats format '{fmt}' (table or json)")
    kinds_vi = vocabulary()["kinds"]
    out = [f"Graph: {d['nodes']} nodes, {d['edges']} edges", ""]
    out += ["Nodes by kind"] + _table(["kind", "name", "count"],
                                      [[k, kinds_vi[k]["label_vi"], n] for k, n in d["counts"].items()])
    out += ["", "Top officials by degree"] + _table(
        ["#", "official", "degree"], [[i + 1, r["name"], r["degree"]] for i, r in enumerate(d["top_degree"])])
    out += ["", "Top officials by betweenness"] + _table(
        ["#", "official", "betweenness"],
        [[i + 1, r["name"], f"{r['betweenness']:.4f}"] for i, r in enumerate(d["top_betweenness"])])
    out += ["", "Bodies by number of meetings"] + _table(
        ["#", "body", "meetings", "hosted", "guest"],
        [[i + 1, r["name"], r["meetings"], r["hosted"], r["guest"]] for i, r in enumerate(d["bodies_by_meetings"])])
    out += ["", "Who met whom most (shared meetings)"] + _table(
        ["#", "official", "official", "meetings"],
        [[i + 1, r["a"], r["b"], r["meetings"]] for i, r in enumerate(d["co_attendance"])])
    out += ["", f"Communities of the co-attendance network ({len(d['communities'])})"]
    out += [f"{i + 1}. " + ", ".join(c) for i, c in enumerate(d["communities"])] or ["(none)"]
    return "\n".join(out) + "\n"

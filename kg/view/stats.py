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

from kg.view.careers import Post, most_posts, posts, top_successions
from kg.view.network import to_networkx, vocabulary

TOP = 10
COMMUNITY_SEED = 42
# Exact betweenness is O(n·m); above this many nodes it is estimated from a fixed
# sample of sources (seeded, so the output is stable).
EXACT_BETWEENNESS_MAX_NODES = 2000
# Above this many linked officials, communities come from igraph's Leiden (leiden_communities).
LOUVAIN_MAX_NODES = 5000
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
        **_career_figures(posts(G), label, top),
    }


def _career_figures(all_posts, label, top: int) -> dict:
    """The posts that changed hands most (successions) and the officials with most posts."""
    all_posts = list(all_posts)
    return {"successions": top_successions(all_posts, label, top),
            "most_posts": most_posts(all_posts, label, top)}


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
    if linked.number_of_nodes() > LOUVAIN_MAX_NODES:      # networkx Louvain does not finish at scale
        return leiden_communities([(a, b, w) for a, b, w in linked.edges(data="weight")], label)
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
    out += ["", "Most frequent successions (posts that changed hands most)"]
    out += [f"{i + 1}. {r['text']}" for i, r in enumerate(d.get("successions", []))] or ["(none)"]
    out += ["", "Officials with most posts"] + _table(
        ["#", "official", "posts", "career"],
        [[i + 1, r["name"], r["posts"], "; ".join(r["career"])] for i, r in enumerate(d.get("most_posts", []))])
    out += ["", f"Communities of the co-attendance network ({len(d['communities'])})"]
    out += [f"{i + 1}. " + ", ".join(c) for i, c in enumerate(d["communities"])] or ["(none)"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- from a build's store
# A small graph is counted exactly as above (the same figures as from its file); a large one
# (more than SMALL_GRAPH_NODES nodes) is counted by SPARQL on the store, and its structure
# measured with igraph: Leiden communities, betweenness over paths of at most
# BETWEENNESS_CUTOFF steps. networkx stays for what it does well, small graphs.

SMALL_GRAPH_NODES = 20_000
BETWEENNESS_CUTOFF = 4
_K = "https://w3id.org/vnpolkg/ontology#"
_O = "http://www.w3.org/ns/org#"
_S = "https://schema.org/"
_PEOPLE_AT = f"<{_S}attendee>|<{_K}chair>|<{_K}delegationLeader>|<{_K}speaker>"


def store_stats(store, top: int = TOP, small: int = SMALL_GRAPH_NODES) -> dict:
    """compute_stats of a build's store (kg.rdf.store), fetching what it counts with SPARQL."""
    from kg.view.store_graph import count_nodes, page_graph

    if count_nodes(store) <= small:
        return compute_stats(page_graph(store, max_nodes=10 ** 9), top=top)
    return _large_stats(store, top)


def _q(store, sparql: str) -> list:
    return list(store.query(sparql))


def _label_of(store):
    import pyoxigraph as ox

    cache: dict[str, str] = {}
    preds = [ox.NamedNode("http://xmlns.com/foaf/0.1/name"),
             ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")]

    def label(iri: str) -> str:
        if iri not in cache:
            found = None
            for p in preds:
                for q in store.quads_for_pattern(ox.NamedNode(iri), p, None, ox.DefaultGraph()):
                    found = q.object.value if found is None else min(found, q.object.value)
                if found is not None:
                    break
            cache[iri] = found or iri.rsplit("/", 1)[-1]
        return cache[iri]
    return label


def _counts_by_kind(store) -> dict[str, int]:
    voc = vocabulary()
    rows = _q(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    by_class = {r["c"].value: int(r["n"].value) for r in rows}
    counts = Counter()
    counts["official"] = by_class.get(_K + "Official", 0)
    counts["meeting"] = by_class.get(_K + "Meeting", 0)
    counts["place"] = by_class.get(_K + "AdministrativeUnit", 0)
    counts["article"] = by_class.get(_S + "NewsArticle", 0)
    typed = 0
    for name, info in voc["org_kinds"].items():
        counts[info["kind"]] += by_class.get(_K + name, 0)
        typed += by_class.get(_K + name, 0)
    counts["organisation"] = max(0, by_class.get(_O + "Organization", 0) - typed)
    return counts


_RELATION_PREDICATES = {
    "chairs": _K + "chair", "leads_delegation": _K + "delegationLeader", "speaks": _K + "speaker",
    "attends": _S + "attendee", "hosts": _K + "host", "works_with": _K + "guest",
    "sub_organization_of": _O + "subOrganizationOf", "located_in": _K + "jurisdiction",
    "contained_in": _S + "containedInPlace", "reports": _K + "reports", "mentions": _S + "mentions",
}


def _relations(store) -> dict[str, int]:
    rows = _q(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")
    by_pred = {r["p"].value: int(r["n"].value) for r in rows}
    out = {k: by_pred.get(p, 0) for k, p in _RELATION_PREDICATES.items()}
    out["holds_post"] = _q(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m a <{_O}Membership> }}")[0]["n"].value
    out["holds_post"] = int(out["holds_post"])
    return dict(sorted((k, v) for k, v in out.items() if v))


def _structure_edges(store) -> list[tuple[str, str]]:
    """The graph without articles, as the page draws it: official-body (posts), participant-
    meeting, body-meeting, body-parent, body-place, place-province."""
    queries = (
        f"SELECT DISTINCT ?a ?b WHERE {{ ?m a <{_O}Membership> ; <{_O}member> ?a ; <{_O}organization> ?b }}",
        f"SELECT DISTINCT ?a ?b WHERE {{ ?b {_PEOPLE_AT} ?a }}",
        f"SELECT DISTINCT ?a ?b WHERE {{ ?b <{_K}host>|<{_K}guest> ?a }}",
        f"SELECT ?a ?b WHERE {{ ?a <{_O}subOrganizationOf>|<{_K}jurisdiction>|<{_S}containedInPlace> ?b }}",
    )
    edges = []
    for q in queries:
        edges.extend((r["a"].value, r["b"].value) for r in store.query(q))
    return edges


def _best(items, score, k: int) -> list:
    """The items whose score is at least the k-th best (ties kept, to be ordered by label)."""
    items = list(items)
    if len(items) <= k:
        return items
    cut = sorted((score(x) for x in items), reverse=True)[k - 1]
    return [x for x in items if score(x) >= cut]


def _large_stats(store, top: int) -> dict:
    import igraph as ig

    label = _label_of(store)
    kinds_vi = vocabulary()["kinds"]
    counts = _counts_by_kind(store)
    relations = _relations(store)
    officials = {r["s"].value for r in store.query(f"SELECT ?s WHERE {{ ?s a <{_K}Official> }}")}
    S = ig.Graph.TupleList(_structure_edges(store), directed=False)
    S.simplify()
    names = S.vs["name"]
    index = [i for i, n in enumerate(names) if n in officials]
    degree = dict(zip((names[i] for i in index), S.degree(index)))
    between = dict(zip((names[i] for i in index),
                       S.betweenness(vertices=index, directed=False, cutoff=BETWEENNESS_CUTOFF)))
    n = S.vcount()
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0

    def ranked(scores: dict, k: int):
        best = _best(scores.items(), lambda kv: kv[1], k)
        return sorted(best, key=lambda kv: (-kv[1], label(kv[0]), kv[0]))[:k]

    bodies = _q(store, f"""SELECT ?b (SUM(?h) AS ?hosted) (SUM(?g) AS ?guest) WHERE {{
        {{ ?m <{_K}host> ?b BIND(1 AS ?h) BIND(0 AS ?g) }} UNION {{ ?m <{_K}guest> ?b BIND(0 AS ?h) BIND(1 AS ?g) }}
        ?b a <{_O}Organization> }} GROUP BY ?b""")
    met = _best(((r["b"].value, int(r["hosted"].value), int(r["guest"].value)) for r in bodies),
                lambda x: (x[1] + x[2], x[1]), top)
    met = sorted(met, key=lambda x: (-(x[1] + x[2]), -x[1], label(x[0])))[:top]
    pairs = _q(store, f"""SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {{
        ?m {_PEOPLE_AT} ?a . ?m {_PEOPLE_AT} ?b . ?a a <{_K}Official> . ?b a <{_K}Official> . FILTER(STR(?a) < STR(?b))
        }} GROUP BY ?a ?b""")
    weighted = [(r["a"].value, r["b"].value, int(r["n"].value)) for r in pairs]
    best_pairs = _best(weighted, lambda e: e[2], top)
    best_pairs = sorted(best_pairs, key=lambda e: (-e[2], *sorted((label(e[0]), label(e[1])))))[:top]
    return {
        "nodes": sum(counts.values()),
        "edges": sum(relations.values()),
        "counts": {k: counts[k] for k in kinds_vi if counts[k]},
        "relations": relations,
        "top_degree": [{"id": o, "name": label(o), "degree": d} for o, d in ranked(degree, top)],
        "top_betweenness": [{"id": o, "name": label(o), "betweenness": round(b * scale, 4)}
                            for o, b in ranked(between, top)],
        "bodies_by_meetings": [{"id": b, "name": label(b), "meetings": h + g, "hosted": h, "guest": g}
                               for b, h, g in met],
        "co_attendance": [{"a": min(label(a), label(b)), "b": max(label(a), label(b)), "meetings": w}
                          for a, b, w in best_pairs],
        "communities": leiden_communities(weighted, label),
        **_career_figures(_store_posts(store), label, top),
    }


def _store_posts(store) -> list:
    """Every post (kg.view.careers.Post) of a store, with its first and last attested day."""
    rows = store.query(f"""SELECT ?person ?o ?role (MIN(?d) AS ?first) (MAX(?d) AS ?last)
        (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        ?m a <{_O}Membership> ; <{_O}member> ?person ; <{_O}organization> ?o ; <{_O}role> ?r .
        ?r <http://www.w3.org/2004/02/skos/core#prefLabel> ?role .
        OPTIONAL {{ ?m <{_K}attestedOn> ?d }} OPTIONAL {{ ?m <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }}
        }} GROUP BY ?m ?person ?o ?role""")
    out = []
    for r in rows:
        days = tuple(dict.fromkeys(x.value[:10] for x in (r["first"], r["last"]) if x is not None))
        out.append(Post(r["person"].value, r["o"].value, r["role"].value, days, int(r["n"].value)))
    return out


def leiden_communities(weighted_edges: list[tuple[str, str, int]], label) -> list[list[str]]:
    """Leiden communities (igraph, modularity, seeded) of a weighted network given as edges,
    as sorted lists of names, largest first: fast on 100,000 nodes."""
    import random

    import igraph as ig

    if not weighted_edges:
        return []
    g = ig.Graph.TupleList(weighted_edges, directed=False, weights=True)
    random.seed(COMMUNITY_SEED)
    ig.set_random_number_generator(random)
    parts = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    names = g.vs["name"]
    found = [sorted(label(names[i]) for i in part) for part in parts if len(part) > 1]
    return sorted(found, key=lambda c: (-len(c), c))

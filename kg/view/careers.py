"""Careers and successions, read off the property graph of kg.view.network.

A *post* is one ``holds_post`` edge (official -> body, with its role, the dates it was attested
on and the articles that attest it). An official's *career* is their posts ordered by the first
date each was attested, and the meetings they took part in, by date. The *succession* of a post
(one role in one body) is the officials who held it, ordered by when each was first attested in
it: "Bí thư Tỉnh ủy An Giang: A (2019–2020), B (2021–)". Everything here is what the articles
attest, not a record of appointments: "first" and "last" are the first and last dates an article
saw someone in the post.

Used by the page (the career panel), ``kg stats`` and ``kg viz --from/--to``; the SPARQL
queries career.rq, succession.rq and as-of.rq answer the same questions on a store.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

import networkx as nx

PARTICIPATION = ("chairs", "leads_delegation", "speaks", "attends")


@dataclass(frozen=True)
class Post:
    official: str
    body: str
    role: str
    dates: tuple[str, ...]       # distinct attested dates, sorted (YYYY-MM-DD)
    articles: int                # how many articles attest it

    @property
    def first(self) -> Optional[str]:
        return self.dates[0] if self.dates else None

    @property
    def last(self) -> Optional[str]:
        return self.dates[-1] if self.dates else None


def posts(G: nx.MultiDiGraph) -> list[Post]:
    """Every post of the graph (one per holds_post edge)."""
    found = []
    for u, v, d in G.edges(data=True):
        if d.get("relation") == "holds_post":
            dates = tuple(sorted({str(x)[:10] for x in d.get("attested") or ()}))
            found.append(Post(u, v, d.get("role") or "", dates, len(d.get("sources") or ())))
    return found


def _time_key(p: Post):
    return (p.first or "9999", p.last or "9999", p.role, p.body)


def career(G: nx.MultiDiGraph, official: str) -> dict:
    """{"posts": [Post...] by first attested date, "meetings": [(meeting, date, relation)...] by date}."""
    mine = sorted((p for p in posts_of(G, official)), key=_time_key)
    meetings = []
    for _, v, d in G.out_edges(official, data=True):
        if d.get("relation") in PARTICIPATION and G.nodes[v].get("kind") == "meeting":
            meetings.append((v, G.nodes[v].get("date"), d["relation"]))
    meetings.sort(key=lambda m: (m[1] or "9999", G.nodes[m[0]].get("label", ""), m[0]))
    return {"posts": mine, "meetings": meetings}


def posts_of(G: nx.MultiDiGraph, official: str) -> list[Post]:
    out = []
    for _, v, d in G.out_edges(official, data=True):
        if d.get("relation") == "holds_post":
            dates = tuple(sorted({str(x)[:10] for x in d.get("attested") or ()}))
            out.append(Post(official, v, d.get("role") or "", dates, len(d.get("sources") or ())))
    return out


def successions(G: nx.MultiDiGraph, min_holders: int = 2,
                all_posts: Optional[Iterable[Post]] = None) -> dict[tuple[str, str], list[Post]]:
    """(body, role) -> its holders' posts in order of first attestation, for posts that more
    than one official held (``min_holders``). Undated holders come last."""
    by_post: dict[tuple[str, str], list[Post]] = defaultdict(list)
    for p in (all_posts if all_posts is not None else posts(G)):
        if p.role:
            by_post[(p.body, p.role)].append(p)
    return {k: sorted(v, key=lambda p: (p.first or "9999", p.last or "9999", p.official))
            for k, v in by_post.items() if len({p.official for p in v}) >= min_holders}


def years(first: Optional[str], last: Optional[str], open_end: bool = False) -> str:
    """"2019"–"2020" as "2019–2020", one year as "2021", the current holder as "2021–"."""
    a, b = (first or "")[:4], (last or "")[:4]
    if not a:
        return "?"
    if open_end:
        return f"{a}–"
    return a if a == b or not b else f"{a}–{b}"


def succession_text(G: nx.MultiDiGraph, body: str, role: str, holders: list[Post]) -> str:
    """ "Bí thư Tỉnh ủy An Giang: A (2019–2020), B (2021–)"."""
    parts = []
    for i, p in enumerate(holders):
        name = G.nodes[p.official]["label"] if p.official in G else p.official
        parts.append(f"{name} ({years(p.first, p.last, open_end=i == len(holders) - 1)})")
    body_label = G.nodes[body]["label"] if body in G else body
    return f"{role} {body_label}: " + ", ".join(parts)


# ---------------------------------------------------------------- time window

def in_window(day: Optional[str], start: Optional[str], end: Optional[str]) -> bool:
    return bool(day) and (not start or day[:10] >= start) and (not end or day[:10] <= end)


def filter_by_dates(G: nx.MultiDiGraph, start: Optional[str] = None, end: Optional[str] = None,
                    undated: bool = True) -> nx.MultiDiGraph:
    """The graph restricted to a date window: meetings outside it (and their edges) and posts
    attested on no day inside it are dropped; facts with no date stay unless ``undated`` is
    False. Dates are ISO strings; either end may be open (None)."""
    if not start and not end and undated:
        return G
    H = G.copy()
    drop_nodes = [n for n, d in H.nodes(data=True) if d.get("kind") == "meeting"
                  and not (in_window(d.get("date"), start, end) if d.get("date") else undated)]
    H.remove_nodes_from(drop_nodes)
    drop_edges = []
    for u, v, k, d in H.edges(keys=True, data=True):
        if d.get("relation") != "holds_post":
            continue
        dates = d.get("attested") or []
        keep = any(in_window(x, start, end) for x in dates) if dates else undated
        if not keep:
            drop_edges.append((u, v, k))
    H.remove_edges_from(drop_edges)
    return H


def window_text(start: Optional[str], end: Optional[str]) -> str:
    """The range a page shows, as its heading says it (dd/mm/yyyy)."""
    def vi(day):
        y, m, d = day[:10].split("-")
        return f"{d}/{m}/{y}"
    if start and end:
        return f"{vi(start)} – {vi(end)}"
    if start:
        return f"từ {vi(start)}"
    if end:
        return f"đến {vi(end)}"
    return ""


# ---------------------------------------------------------------- figures for kg stats

def top_successions(all_posts: Iterable[Post], label, top: int = 10) -> list[dict]:
    """The posts that changed hands most: body, role, and the holders in order."""
    found = successions(nx.MultiDiGraph(), all_posts=all_posts)
    ranked = sorted(found.items(), key=lambda kv: (-len(kv[1]), label(kv[0][0]), kv[0][1], kv[0][0]))[:top]
    out = []
    for (body, role), holders in ranked:
        out.append({"body": label(body), "role": role, "holders": [
            {"name": label(p.official), "first": p.first, "last": p.last} for p in holders],
            "text": f"{role} {label(body)}: " + ", ".join(
                f"{label(p.official)} ({years(p.first, p.last, open_end=i == len(holders) - 1)})"
                for i, p in enumerate(holders))})
    return out


def most_posts(all_posts: Iterable[Post], label, top: int = 10) -> list[dict]:
    """The officials attested in the most posts (role, body; more than one), with those posts in
    time order."""
    by_official: dict[str, list[Post]] = defaultdict(list)
    for p in all_posts:
        by_official[p.official].append(p)
    several = [kv for kv in by_official.items() if len(kv[1]) > 1]
    ranked = sorted(several, key=lambda kv: (-len(kv[1]), label(kv[0]), kv[0]))[:top]
    return [{"id": o, "name": label(o), "posts": len(ps),
             "career": [f"{p.role}, {label(p.body)} ({years(p.first, p.last)})" for p in sorted(ps, key=_time_key)]}
            for o, ps in ranked]

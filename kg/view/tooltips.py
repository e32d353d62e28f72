"""Plain-text tooltips of the graph page: what a node or an edge is, in Vietnamese, with the
posts, meetings, sources and evidence behind it (kg.view.network puts them on the nodes)."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Optional

import networkx as nx
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.rdf.vocab import KG, SCHEMA

_LIST_CAP = 8     # lines per tooltip section: a hub's tooltip must stay readable (and the page light)
_SOURCE_CAP = 3   # sources, and evidence sentences, per tooltip; the rest is counted


def _text(g: rdflib.Graph, s, *preds) -> Optional[str]:
    """The first value of the first predicate that has one, preferring @vi literals."""
    for p in preds:
        values = list(g.objects(s, p))
        if not values:
            continue
        values.sort(key=lambda v: (not (isinstance(v, Literal) and v.language == "vi"), str(v)))
        return str(values[0])
    return None


def _local(iri) -> str:
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s:
            s = s.rsplit(sep, 1)[1] or s
    return s


def _date_vi(value: Optional[str]) -> str:
    """"2021-06-09" -> "09/06/2021" (dd/mm/yyyy, as Vietnamese papers write dates)."""
    if not value:
        return ""
    day = value[:10]
    parts = day.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    return value


def _capped(items: list[str], prefix: str = "  • ", cap: int = _LIST_CAP) -> list[str]:
    lines = [prefix + i for i in items[:cap]]
    if len(items) > cap:
        lines.append(f"  … và {len(items) - cap} mục khác")
    return lines


def _attested(dates: list[str]) -> str:
    """ "(ghi nhận 09/06/2021)", or for many days "(ghi nhận 07/01/2019 – 20/05/2024, 123 ngày)"."""
    days = sorted(set(dates))
    if not days:
        return ""
    if len(days) <= 2:
        return f" (ghi nhận {', '.join(_date_vi(x) for x in days)})"
    return f" (ghi nhận {_date_vi(days[0])} – {_date_vi(days[-1])}, {len(days)} ngày)"


def _label(G, n) -> str:
    return G.nodes[n]["label"]


def _source_line(G, article: str) -> str:
    if article in G:
        a = G.nodes[article]
        head = a.get("source_file") or ""
        if a["label"] != head:
            head = f"{head} – {a['label']}" if head else a["label"]
        return head
    return _local(article)


Section = Callable[[str, Iterable[str]], None]


def node_tooltip(g: rdflib.Graph, G: nx.MultiDiGraph, n: str) -> str:
    """The node's name and kind, then what the graph says of it, section by section."""
    a = G.nodes[n]
    lines = [a["label"], a["kind_vi"]]

    def section(title: str, items: Iterable[str], cap: int = _LIST_CAP):
        items = list(dict.fromkeys(i for i in items if i))
        if items:
            lines.append(f"{title}:")
            lines.extend(_capped(items, cap=cap))

    write = _BY_KIND.get(a["kind"], _organisation)
    write(g, G, n, lines, section)
    return "\n".join(lines)


def _official(g, G, n, lines: list[str], section: Section) -> None:
    out_edges = list(G.out_edges(n, data=True))
    posts = [d for _, _, d in out_edges if d["relation"] == "holds_post"]
    section("Chức vụ", (
        f"{d['role'] or '?'}, {_label(G, v)}" + _attested(d["attested"])
        for _, v, d in out_edges if d["relation"] == "holds_post"))
    section("Cuộc họp", (
        f"{_label(G, v)} – {', '.join(d.get('roles') or [d['label_vi']])}"
        for _, v, d in out_edges if G.nodes[v]["kind"] == "meeting"))
    sources = []
    for d in posts:
        for art in d["sources"]:
            ev = d["evidence"]
            sources.append(_source_line(G, art) + (f": “{ev[0]}”" if len(ev) == 1 else ""))
        if len(d["evidence"]) != 1:
            sources.extend(f"“{e}”" for e in d["evidence"])
    cited = {art for d in posts for art in d["sources"]}
    for _, v, d in out_edges:
        if G.nodes[v]["kind"] == "meeting":
            sources.extend(_source_line(G, str(art)) for art in g.objects(URIRef(v), PROV.wasDerivedFrom)
                           if str(art) not in cited)
    section("Nguồn", sources, cap=_SOURCE_CAP)


def _meeting(g, G, n, lines: list[str], section: Section) -> None:
    from kg.view.network import vocabulary

    a = G.nodes[n]
    if a.get("date"):
        lines.append(f"Ngày: {_date_vi(a['date'])}")
    by_rel = defaultdict(list)
    for u, _, d in G.in_edges(n, data=True):
        for r in d.get("roles") or [d["label_vi"]]:
            by_rel[r].append(_label(G, u))
    for _, v, d in G.out_edges(n, data=True):
        by_rel[d["label_vi"]].append(_label(G, v))
    rel_vi = vocabulary()["relations"]
    for title, relation in (("Chủ trì", "chairs"), ("Cơ quan tổ chức", "hosts"),
                            ("Làm việc với", "works_with"), ("Dẫn đầu", "leads_delegation"),
                            ("Phát biểu", "speaks"), ("Dự", "attends")):
        section(title, by_rel[rel_vi[relation]])
    section("Nguồn", (_source_line(G, str(art)) for art in g.objects(URIRef(n), PROV.wasDerivedFrom)),
            cap=_SOURCE_CAP)
    section("Dẫn chứng", (f"“{e}”" for e in sorted(str(e) for e in g.objects(URIRef(n), KG.evidence))),
            cap=1)


def _article(g, G, n, lines: list[str], section: Section) -> None:
    a = G.nodes[n]
    if a.get("source_file"):
        lines.append(f"Tệp: {a['source_file']}")
    if a.get("date"):
        lines.append(f"Ngày đăng: {_date_vi(a['date'])}")
    section("Tác giả", (_text(g, au, SCHEMA.name) or "" for au in g.objects(URIRef(n), SCHEMA.author)))
    section("Đưa tin", (_label(G, v) for _, v, d in G.out_edges(n, data=True) if d["relation"] == "reports"))


def _place(g, G, n, lines: list[str], section: Section) -> None:
    section("Thuộc", (_label(G, v) for _, v, d in G.out_edges(n, data=True) if d["relation"] == "contained_in"))
    section("Cơ quan", (_label(G, u) for u, _, d in G.in_edges(n, data=True) if d["relation"] == "located_in"))


def _organisation(g, G, n, lines: list[str], section: Section) -> None:
    out_edges = list(G.out_edges(n, data=True))
    in_edges = list(G.in_edges(n, data=True))
    section("Tên khác", sorted(str(x) for x in g.objects(URIRef(n), SKOS.altLabel)))
    section("Trực thuộc", (_label(G, v) for _, v, d in out_edges if d["relation"] == "sub_organization_of"))
    section("Địa bàn", (_label(G, v) for _, v, d in out_edges if d["relation"] == "located_in"))
    section("Cán bộ", (f"{_label(G, u)} – {d['role'] or '?'}"
                       for u, _, d in in_edges if d["relation"] == "holds_post"))
    meetings = []
    for u, v, d in in_edges + out_edges:
        other = v if u == n else u
        if G.nodes[other]["kind"] == "meeting":
            meetings.append(f"{_label(G, other)} – {d['label_vi']}")
    section("Cuộc họp", meetings)


_BY_KIND = {"official": _official, "meeting": _meeting, "article": _article, "place": _place}


def edge_tooltip(d: dict) -> str:
    """Plain text for an edge: a post's role, dates, sources and evidence."""
    lines = [d["label_vi"]]
    if d.get("roles") and len(d["roles"]) > 1:
        lines.append("Vai trò: " + ", ".join(d["roles"]))
    if d.get("attested"):
        lines.append("Ghi nhận: " + ", ".join(_date_vi(x) for x in d["attested"]))
    if d.get("sources"):
        lines.append("Nguồn: " + ", ".join(_local(s) for s in d["sources"]))
    for e in d.get("evidence") or []:
        lines.append(f"“{e}”")
    return "\n".join(lines)

"""The built RDF graph as a typed property graph (networkx), and its Gephi exports.

This is the one place that reads the contract's RDF terms for drawing and counting:
kg.viz, kg.stats and the GraphML/GEXF exports all start from ``to_networkx``.

Nodes are keyed by IRI and carry ``kind`` (official, party, front, state, organisation,
meeting, place, article), ``label``/``label_vi`` (the Vietnamese name), ``label_folded``
(no diacritics, for search), ``type`` (the RDF class) and ``tooltip`` (plain text).
Edges carry ``relation`` (a stable key) and ``label_vi``. Each org:Membership becomes
one edge official -> organisation (relation ``holds_post``, "giữ chức: <role>") that keeps
the post's role, dates, sources and evidence, so a viewer sees people linked to bodies.
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import networkx as nx
import rdflib
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import FOAF, PROV, SKOS

from kg.output import atomic_write_with
from kg.rdf.io import union
from kg.rdf.vocab import KG, ORG, SCHEMA
from kg.read.text import fold as text_fold


VOCABULARY_PATH = Path(__file__).parent / "assets" / "vocabulary.json"

# A participant's strongest part in a meeting names the single edge drawn for them;
# the others stay in the edge's ``roles`` (a chair is also an attendee, per the contract).
_PARTICIPATION = (
    ("chairs", KG.chair),
    ("leads_delegation", KG.delegationLeader),
    ("speaks", KG.speaker),
    ("attends", SCHEMA.attendee),
)
_LIST_CAP = 25  # lines per tooltip section: a hub's tooltip must stay readable


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """Kinds, relations and their Vietnamese names (kg/view/assets/vocabulary.json)."""
    return json.loads(VOCABULARY_PATH.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Search key: kg.text.fold (no diacritics, đ -> d), lower-cased, spaces collapsed:
    "Đỗ Thị Hằng" -> "do thi hang". graph.js folds queries the same way."""
    return " ".join(text_fold(text or "").lower().split())


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


def _capped(items: list[str], prefix: str = "  • ") -> list[str]:
    lines = [prefix + i for i in items[:_LIST_CAP]]
    if len(items) > _LIST_CAP:
        lines.append(f"  … và {len(items) - _LIST_CAP} mục khác")
    return lines


def _node_kinds(g: rdflib.Graph) -> dict[URIRef, tuple[str, str]]:
    """IRI -> (kind, RDF class local name) for every node the viewer draws."""
    voc = vocabulary()
    org_classes = {KG[name]: name for name in voc["org_kinds"]}
    meeting_classes = {KG[name]: name for name in voc["meeting_kinds"]}
    found: dict[URIRef, tuple[str, str]] = {}
    for s in g.subjects(RDF.type, ORG.Organization):
        found[s] = ("organisation", "Organization")
    for cls, name in org_classes.items():
        for s in g.subjects(RDF.type, cls):
            found[s] = (voc["org_kinds"][name]["kind"], name)
    for cls, name in meeting_classes.items():
        for s in g.subjects(RDF.type, cls):
            # kg:Meeting alone must not hide the specific kind typed beside it
            if name != "Meeting" or s not in found:
                found[s] = ("meeting", name)
    for s in g.subjects(RDF.type, KG.AdministrativeUnit):
        found[s] = ("place", "AdministrativeUnit")
    for s in g.subjects(RDF.type, SCHEMA.NewsArticle):
        found[s] = ("article", "NewsArticle")
    for s in g.subjects(RDF.type, KG.Official):
        found[s] = ("official", "Official")
    return {s: v for s, v in found.items() if isinstance(s, (URIRef, rdflib.BNode))}


def to_networkx(rdf_graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The RDF graph (per CONTRACT.md) as a typed MultiDiGraph keyed by node IRI."""
    g = union(rdf_graph)
    voc = vocabulary()
    rel_vi = voc["relations"]
    G = nx.MultiDiGraph()
    kinds = _node_kinds(g)

    for s, (kind, rdf_type) in kinds.items():
        if kind == "official":
            label = _text(g, s, FOAF.name, SKOS.prefLabel)
        elif kind == "meeting":
            label = _text(g, s, SCHEMA.name, rdflib.RDFS.label)
        elif kind == "article":
            label = _text(g, s, SCHEMA.headline, KG.sourceFile)
        else:
            label = _text(g, s, SKOS.prefLabel, rdflib.RDFS.label, SCHEMA.name)
        if kind == "meeting":
            date = _text(g, s, SCHEMA.startDate)
        elif kind == "article":
            date = _text(g, s, SCHEMA.datePublished)
        else:
            date = None
        if kind == "meeting":
            kind_vi = voc["meeting_kinds"].get(rdf_type, voc["meeting_kinds"]["Meeting"])
        elif rdf_type in voc["org_kinds"]:
            kind_vi = voc["org_kinds"][rdf_type]["label_vi"]
        else:
            kind_vi = voc["kinds"][kind]["label_vi"]
        if kind == "meeting" and not label:
            label = f"{kind_vi} {_date_vi(date)}".strip()
        label = label or _local(s)
        attrs = dict(kind=kind, type=rdf_type, kind_vi=kind_vi, label=label, label_vi=label,
                     label_folded=fold(label), iri=str(s))
        if date:
            attrs["date"] = date[:10]
        if kind == "article":
            attrs["source_file"] = _text(g, s, KG.sourceFile) or ""
        G.add_node(str(s), **attrs)

    def add(u, v, relation: str, key: Optional[str] = None, label: Optional[str] = None, **attrs):
        u, v = str(u), str(v)
        if u in G and v in G:
            G.add_edge(u, v, key=key or f"{relation}:{u}->{v}", relation=relation,
                       label_vi=label or rel_vi[relation], **attrs)

    # Posts held: one edge per org:Membership, official -> organisation.
    for m in g.subjects(RDF.type, ORG.Membership):
        member, body = g.value(m, ORG.member), g.value(m, ORG.organization)
        if member is None or body is None:
            continue
        role_node = g.value(m, ORG.role)
        role = (_text(g, role_node, SKOS.prefLabel, rdflib.RDFS.label) if role_node is not None else None) or ""
        sources = sorted(str(a) for a in g.objects(m, PROV.wasDerivedFrom))
        add(member, body, "holds_post", key=str(m),
            label=f"{rel_vi['holds_post']}: {role}" if role else rel_vi["holds_post"],
            role=role, membership=str(m),
            attested=sorted(str(d)[:10] for d in g.objects(m, KG.attestedOn)),
            sources=sources,
            evidence=sorted(str(e) for e in g.objects(m, KG.evidence)))

    # Meetings: one edge per participant, named by their strongest part.
    for meeting, (kind, _) in kinds.items():
        if kind != "meeting":
            continue
        parts: dict[str, list[str]] = defaultdict(list)
        for relation, pred in _PARTICIPATION:
            for person in g.objects(meeting, pred):
                if relation not in parts[str(person)]:
                    parts[str(person)].append(relation)
        for person, relations in parts.items():
            add(person, meeting, relations[0], roles=[rel_vi[r] for r in relations])
        for body in g.objects(meeting, KG.host):
            add(body, meeting, "hosts")
        for body in g.objects(meeting, KG.guest):
            add(meeting, body, "works_with")

    for s, o in g.subject_objects(ORG.subOrganizationOf):
        add(s, o, "sub_organization_of")
    for s, o in g.subject_objects(KG.jurisdiction):
        add(s, o, "located_in")
    for s, o in g.subject_objects(SCHEMA.containedInPlace):
        add(s, o, "contained_in")
    for s, o in g.subject_objects(KG.reports):
        add(s, o, "reports")
    for s, o in g.subject_objects(SCHEMA.mentions):
        add(s, o, "mentions")

    for n in G.nodes:
        G.nodes[n]["tooltip"] = _tooltip(g, G, n)
    return G


# ---------------------------------------------------------------- tooltips (plain text)

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


def _tooltip(g: rdflib.Graph, G: nx.MultiDiGraph, n: str) -> str:
    a = G.nodes[n]
    kind = a["kind"]
    lines = [a["label"], a["kind_vi"]]
    out_edges = list(G.out_edges(n, data=True))
    in_edges = list(G.in_edges(n, data=True))

    def section(title: str, items: Iterable[str]):
        items = list(dict.fromkeys(i for i in items if i))
        if items:
            lines.append(f"{title}:")
            lines.extend(_capped(items))

    if kind == "official":
        posts = [d for _, _, d in out_edges if d["relation"] == "holds_post"]
        section("Chức vụ", (
            f"{d['role'] or '?'}, {_label(G, v)}"
            + (f" (ghi nhận {', '.join(_date_vi(x) for x in d['attested'])})" if d["attested"] else "")
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
        section("Nguồn", sources)
    elif kind == "meeting":
        if a.get("date"):
            lines.append(f"Ngày: {_date_vi(a['date'])}")
        by_rel = defaultdict(list)
        for u, _, d in in_edges:
            for r in d.get("roles") or [d["label_vi"]]:
                by_rel[r].append(_label(G, u))
        for _, v, d in out_edges:
            by_rel[d["label_vi"]].append(_label(G, v))
        rel_vi = vocabulary()["relations"]
        section("Chủ trì", by_rel[rel_vi["chairs"]])
        section("Cơ quan tổ chức", by_rel[rel_vi["hosts"]])
        section("Làm việc với", by_rel[rel_vi["works_with"]])
        section("Dẫn đầu", by_rel[rel_vi["leads_delegation"]])
        section("Phát biểu", by_rel[rel_vi["speaks"]])
        section("Dự", by_rel[rel_vi["attends"]])
        section("Nguồn", (_source_line(G, str(art)) for art in g.objects(URIRef(n), PROV.wasDerivedFrom)))
        section("Dẫn chứng", (f"“{e}”" for e in sorted(str(e) for e in g.objects(URIRef(n), KG.evidence))))
    elif kind == "article":
        if a.get("source_file"):
            lines.append(f"Tệp: {a['source_file']}")
        if a.get("date"):
            lines.append(f"Ngày đăng: {_date_vi(a['date'])}")
        section("Tác giả", (_text(g, au, SCHEMA.name) or "" for au in g.objects(URIRef(n), SCHEMA.author)))
        section("Đưa tin", (_label(G, v) for _, v, d in out_edges if d["relation"] == "reports"))
    elif kind == "place":
        section("Thuộc", (_label(G, v) for _, v, d in out_edges if d["relation"] == "contained_in"))
        section("Cơ quan", (_label(G, u) for u, _, d in in_edges if d["relation"] == "located_in"))
    else:  # an organisation
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
    return "\n".join(lines)


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


# ---------------------------------------------------------------- focus and ego graphs

def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node an official's or body's name (or IRI) designates, diacritics optional.

    An exact (folded) name wins; otherwise a unique partial match. Raises LookupError
    naming the candidates when the name is unknown or ambiguous.
    """
    if name in G:
        return name
    q = fold(name)
    people_and_bodies = [n for n, k in G.nodes(data="kind") if k not in ("article", "meeting", "place")]
    for pool in (people_and_bodies, list(G.nodes)):
        exact = [n for n in pool if G.nodes[n]["label_folded"] == q]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise LookupError(f"'{name}' is ambiguous: "
                              + "; ".join(sorted(f"{G.nodes[n]['label']} <{n}>" for n in exact)))
    partial = [n for n in people_and_bodies if q and q in G.nodes[n]["label_folded"]]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise LookupError(f"no official or body named '{name}' in the graph")
    shown = sorted(G.nodes[n]["label"] for n in partial)[:10]
    raise LookupError(f"'{name}' matches {len(partial)} nodes: " + "; ".join(shown))


def ego_graph(G: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """Everything within ``depth`` steps of the focused node, walking edges both ways.

    Articles are not walked through (one article mentions everyone in it, which would
    make every ego graph the whole article); the articles that report a kept meeting or
    attest a kept post are added back so that sources stay one click away.
    """
    centre = find_node(G, focus)
    walkable = G.subgraph(n for n, k in G.nodes(data="kind") if k != "article" or n == centre)
    keep = set(nx.single_source_shortest_path_length(walkable.to_undirected(as_view=True),
                                                     centre, cutoff=max(0, depth)))
    for u, v, d in G.edges(data=True):
        if u in keep and v in keep and d["relation"] == "holds_post":
            keep.update(s for s in d["sources"] if s in G)
    for u, v, d in G.edges(data=True):
        if d["relation"] == "reports" and v in keep:
            keep.add(u)
    sub = G.subgraph(keep).copy()
    sub.graph["focus"] = centre
    return sub


# ---------------------------------------------------------------- Gephi exports

def _flat(value):
    """GraphML/GEXF hold scalars only: lists become '; '-joined text, None is dropped."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return value


def _exportable(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _flat(x) for a, x in d.items() if x is not None})
    return H


def write_graphml(rdf_graph: rdflib.Graph, path: Path | str) -> Path:
    """The property graph as GraphML (for Gephi, yEd, networkx.read_graphml)."""
    H = _exportable(to_networkx(rdf_graph))
    return atomic_write_with(Path(path), lambda tmp: nx.write_graphml(H, tmp, encoding="utf-8"))


def write_gexf(rdf_graph: rdflib.Graph, path: Path | str) -> Path:
    """The property graph as GEXF 1.2 (Gephi's own format)."""
    H = _exportable(to_networkx(rdf_graph))
    return atomic_write_with(Path(path), lambda tmp: nx.write_gexf(H, tmp, encoding="utf-8"))

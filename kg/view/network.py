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
from typing import Optional

import networkx as nx
import rdflib
from rdflib import RDF, URIRef
from rdflib.namespace import FOAF, PROV, SKOS

from kg.output import atomic_write_with
from kg.rdf.io import union
from kg.rdf.vocab import KG, ORG, SCHEMA
from kg.read.normalise import fold as text_fold
from kg.view.tooltips import _date_vi, _local, _text, node_tooltip


VOCABULARY_PATH = Path(__file__).parent / "assets" / "vocabulary.json"

# A participant's strongest part in a meeting names the single edge drawn for them;
# the others stay in the edge's ``roles`` (a chair is also an attendee, per the contract).
_PARTICIPATION = (
    ("chairs", KG.chair),
    ("leads_delegation", KG.delegationLeader),
    ("speaks", KG.speaker),
    ("attends", SCHEMA.attendee),
)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """Kinds, relations and their Vietnamese names (kg/view/assets/vocabulary.json)."""
    return json.loads(VOCABULARY_PATH.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Search key: kg.text.fold (no diacritics, đ -> d), lower-cased, spaces collapsed:
    "Đỗ Thị Hằng" -> "do thi hang". graph.js folds queries the same way."""
    return " ".join(text_fold(text or "").lower().split())


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
    G = nx.MultiDiGraph()
    kinds = _node_kinds(g)
    for s, (kind, rdf_type) in kinds.items():
        G.add_node(str(s), **_node_attrs(g, s, kind, rdf_type))
    add = _edge_adder(G)
    _add_posts(g, add)
    for meeting, (kind, _) in kinds.items():
        if kind == "meeting":
            _add_meeting(g, meeting, add)
    for relation, pred in _LINKS:
        for s, o in g.subject_objects(pred):
            add(s, o, relation)
    for n in G.nodes:
        G.nodes[n]["tooltip"] = node_tooltip(g, G, n)
    return G


# Plain links: relation key -> the predicate drawn as it.
_LINKS = (("sub_organization_of", ORG.subOrganizationOf), ("located_in", KG.jurisdiction),
          ("contained_in", SCHEMA.containedInPlace), ("reports", KG.reports),
          ("mentions", SCHEMA.mentions))

_LABEL_PREDICATES = {
    "official": (FOAF.name, SKOS.prefLabel),
    "meeting": (SCHEMA.name, rdflib.RDFS.label),
    "article": (SCHEMA.headline, KG.sourceFile),
}
_DATE_PREDICATES = {"meeting": SCHEMA.startDate, "article": SCHEMA.datePublished}


def _node_attrs(g: rdflib.Graph, s, kind: str, rdf_type: str) -> dict:
    voc = vocabulary()
    label = _text(g, s, *_LABEL_PREDICATES.get(kind, (SKOS.prefLabel, rdflib.RDFS.label, SCHEMA.name)))
    date = _text(g, s, _DATE_PREDICATES[kind]) if kind in _DATE_PREDICATES else None
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
    return attrs


def _edge_adder(G: nx.MultiDiGraph):
    """add(u, v, relation, key=None, label=None, **attrs): an edge between two drawn nodes."""
    rel_vi = vocabulary()["relations"]

    def add(u, v, relation: str, key: Optional[str] = None, label: Optional[str] = None, **attrs):
        u, v = str(u), str(v)
        if u in G and v in G:
            G.add_edge(u, v, key=key or f"{relation}:{u}->{v}", relation=relation,
                       label_vi=label or rel_vi[relation], **attrs)
    return add


def _add_posts(g: rdflib.Graph, add) -> None:
    """Posts held: one edge per org:Membership, official -> organisation."""
    rel_vi = vocabulary()["relations"]
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


def _add_meeting(g: rdflib.Graph, meeting, add) -> None:
    """One edge per participant, named by their strongest part; hosts and guests."""
    rel_vi = vocabulary()["relations"]
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

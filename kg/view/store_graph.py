"""What the page and the statistics draw, fetched from a build's store (kg.rdf.store) with
SPARQL and pattern lookups, never a copy of the whole graph: ``page_graph`` (the whole graph,
its most connected nodes, or the neighbourhood of a focus, as an rdflib Graph for
kg.view.network.to_networkx), ``count_nodes``, ``node_degrees`` and ``find_in_store``.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Optional

import rdflib
from rdflib.namespace import FOAF, SKOS

from kg.rdf.vocab import KG, ORG, SCHEMA
from kg.view.network import fold

_DRAWN = (SCHEMA.attendee, KG.chair, KG.delegationLeader, KG.speaker, KG.host, KG.guest,
          ORG.subOrganizationOf, KG.jurisdiction, SCHEMA.containedInPlace, KG.reports)
_NODE_CLASSES = (KG.Official, ORG.Organization, KG.Meeting, KG.AdministrativeUnit, SCHEMA.NewsArticle)


def _rows(store, sparql: str) -> list:
    return list(store.query(sparql))


def count_nodes(store) -> int:
    """How many nodes the page would draw (officials, bodies, meetings, places, articles)."""
    values = " ".join(f"<{c}>" for c in _NODE_CLASSES)
    rows = _rows(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}")
    return int(rows[0]["n"].value)


def node_degrees(store) -> dict[str, int]:
    """Each drawn node's number of relations as the page draws them (articles' "mentions"
    not counted; a post counts once for its official and once for its body)."""
    preds = " ".join(f"<{p}>" for p in _DRAWN)
    degree: dict[str, int] = defaultdict(int)
    q = (f"SELECT ?n (COUNT(*) AS ?d) WHERE {{ VALUES ?p {{ {preds} }} {{ ?n ?p ?o }} UNION {{ ?o ?p ?n }} "
         "FILTER(isIRI(?n)) } GROUP BY ?n")
    for r in _rows(store, q):
        degree[r["n"].value] += int(r["d"].value)
    q = (f"SELECT ?n (COUNT(*) AS ?d) WHERE {{ ?m a <{ORG.Membership}> . "
         f"{{ ?m <{ORG.member}> ?n }} UNION {{ ?m <{ORG.organization}> ?n }} }} GROUP BY ?n")
    for r in _rows(store, q):
        degree[r["n"].value] += int(r["d"].value)
    return degree


def _subject_triples(store, iris) -> Iterator[tuple]:
    import pyoxigraph as ox

    from kg.rdf.io import from_ox

    default = ox.DefaultGraph()
    for iri in iris:
        node = ox.NamedNode(iri)
        for q in store.quads_for_pattern(node, None, None, default):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)


def _around(store, keep: set[str]) -> set[str]:
    """The posts between kept nodes, their roles, and the evidence the tooltips quote."""
    extra: set[str] = set()
    q = (f"SELECT ?m ?a ?b ?r WHERE {{ ?m a <{ORG.Membership}> ; <{ORG.member}> ?a ; "
         f"<{ORG.organization}> ?b . OPTIONAL {{ ?m <{ORG.role}> ?r }} }}")
    for r in _rows(store, q):
        if r["a"].value in keep and r["b"].value in keep:
            extra.add(r["m"].value)
            if r["r"] is not None:
                extra.add(r["r"].value)
    return extra


def page_graph(store, max_nodes: Optional[int] = None, focus: Optional[str] = None,
               depth: int = 1) -> rdflib.Graph:
    """The part of a build's store (kg.rdf.store) the page draws, as an rdflib Graph for
    ``kg.view.page.render_html``: the whole graph when it has at most ``max_nodes`` nodes
    (default the page's MAX_PAGE_NODES; the same page as from the whole graph), else its
    ``max_nodes`` most connected nodes; with ``focus``, the ``depth`` neighbourhood of that
    official or body (found by name, diacritics optional)."""
    from kg.rdf.io import from_ox, to_graph
    from kg.rdf.store import union_triples

    if max_nodes is None:
        from kg.view.page import MAX_PAGE_NODES
        max_nodes = MAX_PAGE_NODES
    if focus:
        keep = _ego_nodes(store, focus, depth)
    elif count_nodes(store) <= max_nodes:
        return to_graph((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
                        for t in union_triples(store))
    else:
        degree = node_degrees(store)
        keep = set(sorted(degree, key=lambda n: (-degree[n], n))[:max_nodes])
    return to_graph(_subject_triples(store, sorted(keep | _around(store, keep))))


def _neighbours(store, iri: str) -> set[str]:
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    node = ox.NamedNode(iri)
    out: set[str] = set()
    drawn = {str(p) for p in _DRAWN}
    for q in store.quads_for_pattern(node, None, None, default):
        if q.predicate.value in drawn and isinstance(q.object, ox.NamedNode):
            out.add(q.object.value)
    for q in store.quads_for_pattern(None, None, node, default):
        p = q.predicate.value
        if p in drawn:
            out.add(q.subject.value)
        elif p in (str(ORG.member), str(ORG.organization)):
            other = ORG.organization if p == str(ORG.member) else ORG.member
            for q2 in store.quads_for_pattern(q.subject, ox.NamedNode(str(other)), None, default):
                out.add(q2.object.value)
    return out


def find_in_store(store, name: str) -> str:
    """The IRI of the official or body NAME designates (diacritics optional), as find_node."""
    q = fold(name)
    if name.startswith(("http://", "https://")):
        return name
    rows = _rows(store, f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?c {{ <{KG.Official}> <{ORG.Organization}> }} "
                        f"?s a ?c ; <{SKOS.prefLabel}>|<{FOAF.name}> ?l }}")
    exact = sorted({r["s"].value for r in rows if fold(r["l"].value) == q})
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise LookupError(f"'{name}' is ambiguous: " + "; ".join(f"<{n}>" for n in exact))
    partial = sorted({r["s"].value for r in rows if q and q in fold(r["l"].value)})
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise LookupError(f"no official or body named '{name}' in the graph")
    raise LookupError(f"'{name}' matches {len(partial)} nodes: " + "; ".join(partial[:10]))


def _ego_nodes(store, focus: str, depth: int) -> set[str]:
    """The nodes within ``depth`` steps of the focus (not walking through articles), and the
    articles that report a kept meeting."""
    import pyoxigraph as ox

    centre = find_in_store(store, focus)
    articles = {r["a"].value for r in _rows(store, f"SELECT ?a WHERE {{ ?a a <{SCHEMA.NewsArticle}> }}")}
    keep, frontier = {centre}, {centre}
    for _ in range(max(0, depth)):
        nxt = set()
        for n in frontier:
            nxt |= {m for m in _neighbours(store, n) if m not in articles}
        frontier = nxt - keep
        keep |= nxt
    default = ox.DefaultGraph()
    for n in list(keep):
        for q in store.quads_for_pattern(None, ox.NamedNode(str(KG.reports)), ox.NamedNode(n), default):
            keep.add(q.subject.value)
    return keep

"""Write a built graph in the format another tool wants: RDF for triple stores, GraphML/GEXF
for Gephi, and one CSV of posts held for a spreadsheet.

Every file is written to a temporary file beside the target and renamed over it, so a
reader never sees half a file and a failed export leaves the old file in place.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from kg.ask.query import run_query
from kg.errors import UsageError
from kg.output import atomic_write, atomic_write_with
from kg.rdf.io import (bind, jsonld_text, load_graph, ntriples_text, trig_text, turtle_bytes,
                       union)

FORMATS = ("turtle", "nt", "jsonld", "trig", "graphml", "gexf", "csv")
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig",
            "graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}

POSTS_CSV_COLUMNS = ("official", "role", "organisation", "province",
                     "first_attested", "last_attested", "articles")

# One row per (post, attesting article, date); folded into one line per post in Python so
# the article list is sorted and the output does not depend on the engine's GROUP_CONCAT order.
_POSTS_QUERY = """
SELECT ?post ?official ?role ?organisation ?province ?date ?source WHERE {
  ?post a org:Membership ;
        org:member/foaf:name ?official ;
        org:role/skos:prefLabel ?role ;
        org:organization ?o .
  ?o skos:prefLabel ?organisation .
  OPTIONAL {
    ?o kg:jurisdiction ?unit .
    ?unit skos:prefLabel ?place .
    OPTIONAL { ?unit schema:containedInPlace/skos:prefLabel ?upper }
  }
  BIND(COALESCE(?upper, ?place) AS ?province)
  OPTIONAL { ?post kg:attestedOn ?date }
  OPTIONAL { ?post prov:wasDerivedFrom/kg:sourceFile ?source }
}
"""


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            f.write(text)
    return atomic_write_with(path, write)


def posts_table(graph) -> list[dict]:
    """One dict per post held: official, role, organisation, province, first/last attested
    (YYYY-MM-DD) and the attesting articles' source files ("; "-joined, sorted)."""
    _, rows = run_query(_POSTS_QUERY, graph)
    posts: dict[str, dict] = {}
    dates: dict[str, set] = defaultdict(set)
    sources: dict[str, set] = defaultdict(set)
    for post, official, role, organisation, province, date, source in rows:
        key = post.value
        if key not in posts:
            posts[key] = {"official": official.value, "role": role.value,
                          "organisation": organisation.value,
                          "province": province.value if province else ""}
        if date is not None:
            dates[key].add(date.value[:10])
        if source is not None:
            sources[key].add(source.value)
    out = []
    for key, p in posts.items():
        ds = sorted(dates[key])
        out.append({**p, "first_attested": ds[0] if ds else "", "last_attested": ds[-1] if ds else "",
                    "articles": "; ".join(sorted(sources[key]))})
    out.sort(key=lambda r: tuple(r[c] for c in POSTS_CSV_COLUMNS))
    return out


def posts_csv(graph) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=POSTS_CSV_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(posts_table(graph))
    return buf.getvalue()


def export(graph_path, fmt: str, out_path) -> Path:
    """Write the graph file GRAPH_PATH as FMT (one of FORMATS) to OUT_PATH; returns OUT_PATH.

    turtle, nt (sorted lines), jsonld (compact @context of the contract's prefixes) and trig
    are RDF; graphml and gexf are the property graph of kg.view.network; csv is one table of posts
    held (POSTS_CSV_COLUMNS), UTF-8 with a byte-order mark so spreadsheet programs read the
    Vietnamese correctly.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(out_path)
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; give the file to write")
    if fmt == "csv":  # a query only: no need to parse the file with rdflib as well
        return _write_text(out, posts_csv(graph_path), encoding="utf-8-sig")
    from kg.rdf.io import folder_store
    store = folder_store(graph_path)
    if store is not None and fmt in ("turtle", "graphml", "gexf"):
        return _export_store(store, fmt, out)      # a build folder: from its store, nothing parsed
    source = load_graph(graph_path)
    if fmt == "trig":
        return _write_text(out, trig_text(source))
    g = bind(union(source), replace=True)
    if fmt == "turtle":   # the same writer as the build's kg.ttl: the same graph, the same bytes
        return atomic_write(out, turtle_bytes(g))
    if fmt == "nt":
        return _write_text(out, ntriples_text(g))
    if fmt == "jsonld":
        return _write_text(out, jsonld_text(g))
    try:  # kg.view.network pulls in networkx; only the Gephi formats need it
        from kg.view import network
    except ImportError as e:
        raise UsageError(f"{fmt} export needs kg.view.network: {e}") from None
    writer = network.write_graphml if fmt == "graphml" else network.write_gexf
    writer(g, out)
    return out


def _export_store(store, fmt: str, out: Path) -> Path:
    """turtle (the build's kg.ttl bytes, dumped from the store), graphml or gexf of a build
    folder's store (kg.rdf.store)."""
    from kg.rdf.dump import turtle_chunks
    from kg.view import network
    from kg.view.store_graph import page_graph

    if fmt == "turtle":
        return atomic_write(out, turtle_chunks(store))
    g = page_graph(store, max_nodes=10 ** 9)
    writer = network.write_graphml if fmt == "graphml" else network.write_gexf
    writer(g, out)
    return out

"""Write a built graph in the format another tool wants: RDF for triple stores, GraphML/GEXF
for Gephi, and one CSV of posts held for a spreadsheet.

Every file is written to a temporary file beside the target and renamed over it, so a
reader never sees half a file and a failed export leaves the old file in place.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Union

import rdflib

from kg.errors import UsageError
from kg.output import atomic_write_with
from kg.ask.query import PREFIXES, jsonld_context, load_graph, run_query, union_graph

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


def _bound(g: rdflib.Graph) -> rdflib.Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def sorted_ntriples(g: rdflib.Graph) -> str:
    """N-Triples, one triple a line, lines sorted: the same graph gives the same bytes."""
    text = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def _jsonld(g: rdflib.Graph) -> str:
    text = g.serialize(format="json-ld", context=jsonld_context(), indent=2, sort_keys=True)
    # rdflib lists nodes and values in store order; sort them so the same graph gives the
    # same file (arrays are sets in JSON-LD, except under @list).
    return json.dumps(_sorted_arrays(json.loads(text)), ensure_ascii=False, indent=2) + "\n"


def _sorted_arrays(obj, in_list: bool = False):
    if isinstance(obj, dict):
        return {k: _sorted_arrays(v, k == "@list") for k, v in obj.items()}
    if isinstance(obj, list):
        items = [_sorted_arrays(v) for v in obj]
        if in_list:
            return items
        return sorted(items, key=lambda v: (str(v.get("@id", "")) if isinstance(v, dict) else "",
                                            json.dumps(v, ensure_ascii=False, sort_keys=True)))
    return obj


def _trig(source: Union[rdflib.Graph, rdflib.Dataset]) -> str:
    if isinstance(source, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        ds = source
    else:  # a triples file: everything goes to the default graph
        ds = rdflib.Dataset()
        for t in source:
            ds.add(t)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds.serialize(format="trig")


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
    source = load_graph(graph_path)
    if fmt == "trig":
        return _write_text(out, _trig(source))
    g = _bound(union_graph(source))
    if fmt == "turtle":
        return _write_text(out, g.serialize(format="turtle"))
    if fmt == "nt":
        return _write_text(out, sorted_ntriples(g))
    if fmt == "jsonld":
        return _write_text(out, _jsonld(g))
    try:  # kg.view.network pulls in networkx; only the Gephi formats need it
        from kg.view import network
    except ImportError as e:
        raise UsageError(f"{fmt} export needs kg.view.network: {e}") from None
    writer = network.write_graphml if fmt == "graphml" else network.write_gexf
    writer(g, out)
    return out

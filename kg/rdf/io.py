"""Every graph format read and written, and RDF terms converted between rdflib and Oxigraph.

Reading: a graph FILE (by its extension) or a build folder DIR (the graph built there: its
kg.trig, else its kg.ttl). ``load_graph`` gives rdflib (for pySHACL, JSON-LD, networkx and
users' scripts), ``load_store`` an Oxigraph store (for SPARQL).

Writing: Turtle and TriG through Oxigraph, triples sorted first, so the same graph gives the
same bytes whether a build or ``kg export`` writes it; N-Triples (sorted lines), JSON-LD
(sorted arrays) and TriG of any dataset for exports.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Union

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import UsageError
from kg.rdf.vocab import PREFIXES, RDF, WRITE_PREFIXES, XSD_STRING

DEFAULT_GRAPH = Path("out")
BUILD_FILES = ("kg.trig", "kg.ttl")     # what a build folder is read from, in this order

# File extension -> (rdflib format, pyoxigraph RdfFormat attribute name)
GRAPH_FORMATS = {
    ".ttl": ("turtle", "TURTLE"),
    ".turtle": ("turtle", "TURTLE"),
    ".trig": ("trig", "TRIG"),
    ".nt": ("nt", "N_TRIPLES"),
    ".nq": ("nquads", "N_QUADS"),
    ".jsonld": ("json-ld", "JSON_LD"),
    ".json": ("json-ld", "JSON_LD"),
    ".rdf": ("xml", "RDF_XML"),
    ".owl": ("xml", "RDF_XML"),
    ".xml": ("xml", "RDF_XML"),
    ".n3": ("n3", "N3"),
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def one_line(e: BaseException) -> str:
    """An exception's message on one line, for an error a person reads."""
    return " ".join(str(e).split()) or type(e).__name__


# ------------------------------------------------------------------------------ which file

def graph_format(path: Path) -> tuple[str, str]:
    """(rdflib format, Oxigraph format name) of a graph file, by its extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in GRAPH_FORMATS:
        known = ", ".join(sorted(GRAPH_FORMATS))
        raise UsageError(f"{path}: unknown graph format {suffix or '(no extension)'!r}; "
                         f"expected one of {known}")
    return GRAPH_FORMATS[suffix]


def graph_file(path: Union[str, Path]) -> Path:
    """The file to read for PATH: the file itself, or the graph a build wrote in the folder."""
    path = Path(path)
    hint = " (run `kg build` first?)" if path in (DEFAULT_GRAPH, DEFAULT_GRAPH / "kg.ttl") else ""
    if path.is_dir():
        for name in BUILD_FILES:
            if (path / name).is_file():
                return path / name
        raise UsageError(f"{path}: no built graph in this folder ({' or '.join(BUILD_FILES)}){hint}")
    if not path.is_file():
        raise UsageError(f"{path}: graph file not found{hint}")
    if graph_format(path)[0] == "json-ld":
        from kg.rdf.offline import check_jsonld
        check_jsonld(path)          # a remote @context is refused, never fetched
    return path


# ------------------------------------------------------------------------------ rdflib

def bind(g: Graph, replace: bool = False) -> Graph:
    """Bind the contract's prefixes in G (returned, for chaining); `replace` also unbinds
    another namespace that had one of the prefixes."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=replace)
    return g


def load_graph(path: Union[str, Path]) -> Union[Graph, rdflib.Dataset]:
    """Read a graph file or build folder with rdflib. Quad formats (TriG, N-Quads, JSON-LD)
    give an rdflib.Dataset whose default graph is the union of its named graphs."""
    path = graph_file(path)
    fmt, _ = graph_format(path)
    g = rdflib.Dataset(default_union=True) if fmt in QUAD_FORMATS else Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many unrelated types on bad input
        raise UsageError(f"{path}: cannot read as {fmt}: {one_line(e)}") from None
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=False)
    return g


def union(g: Graph) -> Graph:
    """All triples of a graph or dataset as one plain Graph: the contract's graph is one graph,
    whatever named graphs a file splits it into."""
    if not isinstance(g, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        return g
    out = Graph()
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns, override=False)
    for s, p, o, _ in g.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def load_union(path: Union[str, Path]) -> Graph:
    """Read a graph file or build folder into one rdflib Graph (named graphs merged)."""
    return union(load_graph(path))


def to_graph(triples: Iterable[tuple]) -> Graph:
    """An rdflib Graph of the triples, filled in a fixed order (the page's layout depends on it)."""
    g = bind(Graph())
    for t in sorted(triples, key=triple_order):
        g.add(t)
    return g


# ------------------------------------------------------------------------------ terms

class OxTerms:
    """rdflib term -> Oxigraph term, with the (many repeated) IRIs cached."""

    def __init__(self) -> None:
        self._nodes: dict[str, ox.NamedNode] = {}

    def node(self, iri: str) -> ox.NamedNode:
        n = self._nodes.get(iri)
        if n is None:
            n = self._nodes[iri] = ox.NamedNode(iri)
        return n

    def term(self, t):
        if isinstance(t, URIRef):
            return self.node(str(t))
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=self.node(str(t.datatype)))
            return ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        raise TypeError(f"cannot write {t!r} as an RDF term")

    def triple(self, t: tuple) -> ox.Triple:
        s, p, o = t
        return ox.Triple(self.term(s), self.term(p), self.term(o))


def from_ox(t):
    """Oxigraph term -> rdflib term."""
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value if t.datatype is not None else None
        return Literal(t.value, datatype=None if dt == XSD_STRING else URIRef(dt))
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    return URIRef(t.value)


def graph_from_ox(triples: Iterable) -> Graph:
    """An rdflib Graph (prefixes bound) of Oxigraph triples, e.g. a CONSTRUCT's answer."""
    g = bind(Graph())
    for t in triples:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g


# ------------------------------------------------------------------------------ Oxigraph

# A loaded store is kept while its file is unchanged: `kg eval` and the tests run many
# queries on one file, and parsing is the slow part.
_CACHE: dict[tuple, ox.Store] = {}
_CACHE_SIZE = 4


def load_store(path: Union[str, Path]) -> ox.Store:
    """A read-only Oxigraph store of a graph file or build folder. A build folder's own store
    (kg.rdf.store: DIR/store) is opened as it is, without parsing anything; a folder without
    one is read from its kg.trig or kg.ttl. A quad file's triples are also loaded into the
    default graph (a set), so that a fact attested by several articles is one row, while
    GRAPH ?g still finds each article's graph (a build's store is made so)."""
    built = folder_store(path)
    if built is not None:
        return built
    path = graph_file(path)
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = _read_store(path)
    return _CACHE[key]


def folder_store(path: Union[str, Path]) -> "ox.Store | None":
    """The store of a build folder (read-only, kept open while the build does not change),
    or None when PATH is not a folder holding a finished store."""
    from kg.rdf import store as st

    path = Path(path)
    if not path.is_dir() or not st.has_store(path):
        return None
    manifest = st.store_dir(path) / st.MANIFEST
    m = manifest.stat()
    key = ("store", str(path.resolve()), m.st_mtime_ns, m.st_size)
    if key not in _CACHE:
        for old in [k for k in _CACHE if k[:2] == key[:2]]:
            del _CACHE[old]
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = st.open_store(path)
    return _CACHE[key]


def _read_store(path: Path) -> ox.Store:
    fmt, ox_fmt = graph_format(path)
    store = ox.Store()
    try:
        if fmt in QUAD_FORMATS:
            quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, ox_fmt)))
            store.extend(quads)
            store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.load(path=str(path), format=getattr(ox.RdfFormat, ox_fmt))
    except (SyntaxError, ValueError, OSError) as e:
        raise UsageError(f"{path}: cannot read as {fmt}: {one_line(e)}") from None
    return store


def store_from_rdflib(g: Graph) -> ox.Store:
    """An Oxigraph store of an rdflib graph already in memory (named graphs merged)."""
    conv = OxTerms()
    store = ox.Store()
    store.extend(ox.Quad(*conv.triple(t)) for t in union(g))
    return store


# ------------------------------------------------------------------------------ writing
# rdflib's Turtle serializer spends most of a large build computing prefixed names; Oxigraph
# writes the same Turtle two orders of magnitude faster. Triples are sorted first, so the
# output is byte-identical for the same graph, whatever the order its triples came in.

def triple_order(t: tuple) -> tuple:
    s, p, o = t
    return (str(s), p != RDF.type, str(p), isinstance(o, Literal), str(o),
            getattr(o, "language", None) or "", str(getattr(o, "datatype", None) or ""))


def _with_sorted_prefixes(data: bytes) -> bytes:
    """The serializer's @prefix lines in a fixed order (it keeps them in a hash map)."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix"):
        n += 1
    body = []
    for line in lines[n:]:
        # a blank line before each subject (or graph) block, for people reading the file
        if line and not line.startswith((b"\t", b" ", b"}")):
            body.append(b"")
        body.append(line)
    return b"\n".join(sorted(lines[:n]) + body)


def turtle_bytes(triples: Iterable[tuple]) -> bytes:
    """The triples (or an rdflib Graph) as Turtle: the bytes of a build's kg.ttl."""
    conv = OxTerms()
    out = (conv.triple(t) for t in sorted(triples, key=triple_order))
    return _with_sorted_prefixes(ox.serialize(out, format=ox.RdfFormat.TURTLE, prefixes=WRITE_PREFIXES))


def trig_header() -> bytes:
    """The @prefix lines that open a TriG file written graph by graph (trig_graph)."""
    return b"".join(f"@prefix {p}: <{ns}> .\n".encode() for p, ns in WRITE_PREFIXES.items())


def trig_graph(name: URIRef, triples: Iterable[tuple]) -> bytes:
    """One named graph in TriG, its triples sorted, without the @prefix lines: a build
    writes one per article as it goes, after trig_header()."""
    conv = OxTerms()
    return trig_graph_ox(conv.node(str(name)), (conv.triple(t) for t in sorted(triples, key=triple_order)))


def trig_graph_ox(name: ox.NamedNode, triples: Iterable[ox.Triple]) -> bytes:
    """trig_graph of Oxigraph triples already in triple_order (kg.rdf.dump dumps with it)."""
    quads = (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
    data = _with_sorted_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=WRITE_PREFIXES))
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"@prefix")).lstrip(b"\n") + b"\n"


def nquads_bytes(name: ox.NamedNode, triples: Iterable[ox.Triple]) -> bytes:
    """N-Quads of the triples twice: in the named graph NAME and in the default graph (a
    build's store keeps the union of its graphs there); what a build's store bulk-loads."""
    triples = list(triples)
    default = ox.DefaultGraph()
    quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
    quads += [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def ntriples_text(g: Graph) -> str:
    """N-Triples, one triple a line, lines sorted: the same graph gives the same bytes."""
    text = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def jsonld_context() -> dict:
    """A compact JSON-LD @context of the contract's prefixes."""
    return dict(PREFIXES)


def jsonld_text(g: Graph) -> str:
    """Compact JSON-LD; nodes and values sorted, so the same graph gives the same file."""
    text = g.serialize(format="json-ld", context=jsonld_context(), indent=2, sort_keys=True)
    # rdflib lists nodes and values in store order (arrays are sets in JSON-LD, except @list)
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


def trig_text(source: Union[Graph, rdflib.Dataset]) -> str:
    """TriG of a dataset (its named graphs kept) or of a graph (all in the default graph)."""
    if isinstance(source, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        ds = source
    else:
        ds = rdflib.Dataset()
        for t in source:
            ds.add(t)
    return bind(ds, replace=True).serialize(format="trig")

"""Ask a built graph questions in SPARQL and print the answers for people or machines.

A QUERY is SPARQL text, a path to a ``.rq`` file, or the name of a query shipped in
``kg/ask/queries/`` (``list_queries()``). The contract's prefixes (kg, org, foaf, schema, skos, prov,
rdfs, xsd, owl, id) are declared for the query when it does not declare them itself.

Two engines answer the same query with the same rows: pyoxigraph (fast; used when installed)
and rdflib (the fallback). Their answers are turned into plain ``Term`` values here so that the
printing code, and the tests that compare the engines, never see an engine's own classes.

Result shapes returned by ``run_query`` as ``(columns, rows)``:
  SELECT             columns = variable names; rows = list of tuples of ``Term`` or None (unbound)
  ASK                columns = ["ask"]; rows = a bool
  CONSTRUCT/DESCRIBE columns = ["subject", "predicate", "object"]; rows = an rdflib.Graph

How ``format_results`` prints a SELECT cell:
  table  literals as their lexical form (no language tag, no datatype); IRIs under a contract
         namespace shortened ("id:person/...", "kg:WorkingSession"); unbound as empty
  csv    literals as their lexical form; IRIs in full; unbound as empty; RFC 4180 (CRLF)
  json   a list of objects, one per row, keys in the SELECT's order; each bound cell is
         {"type": "iri"|"literal"|"bnode", "value": ...} plus "lang" (language-tagged literal)
         or "datatype" (typed literal other than xsd:string); unbound is null
ASK prints true/false in every format. CONSTRUCT/DESCRIBE print Turtle (table, csv) or JSON-LD
(json).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

import rdflib

from kg.rdf import mapping as rdf
from kg.errors import UsageError

ID_BASE = str(rdf.ID)
KG_NS = str(rdf.KG)
XSD_NS = str(rdf.XSD)
XSD_STRING = XSD_NS + "string"
RDF_LANGSTRING = str(rdf.RDF.langString)

# The contract's namespaces, declared for every query that does not declare them itself.
PREFIXES: dict[str, str] = {p: str(ns) for p, ns in rdf.PREFIXES.items()}

QUERY_DIR = Path(__file__).parent / "queries"
DEFAULT_GRAPH = Path("out/kg.ttl")
FORMATS = ("table", "csv", "json")
ENGINES = ("oxigraph", "rdflib")

# File extension -> (rdflib format, pyoxigraph RdfFormat attribute name)
_GRAPH_FORMATS = {
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
_QUAD_FORMATS = {"trig", "nquads", "json-ld"}
_NUMERIC = {XSD_NS + t for t in ("integer", "decimal", "double", "float", "int", "long",
                                 "nonNegativeInteger", "positiveInteger")}


@dataclass(frozen=True)
class Term:
    """One RDF term of an answer, engine-neutral.

    ``kind`` is "iri", "literal" or "bnode"; ``value`` the IRI, the literal's lexical form or
    the blank node's label. ``datatype`` is None for plain and language-tagged strings.
    """

    kind: str
    value: str
    lang: Optional[str] = None
    datatype: Optional[str] = None

    def __str__(self) -> str:
        return self.value


Row = tuple  # tuple[Optional[Term], ...]


# ------------------------------------------------------------------------------ graph files

def _graph_format(path: Path) -> tuple[str, str]:
    suffix = path.suffix.lower()
    if suffix not in _GRAPH_FORMATS:
        known = ", ".join(sorted(_GRAPH_FORMATS))
        raise UsageError(f"{path}: unknown graph format {suffix or '(no extension)'!r}; "
                         f"expected one of {known}")
    return _GRAPH_FORMATS[suffix]


def _existing(path) -> Path:
    path = Path(path)
    if not path.is_file():
        hint = " (run `kg build` first?)" if path == DEFAULT_GRAPH else ""
        raise UsageError(f"{path}: graph file not found{hint}")
    return path


def load_graph(path) -> Union[rdflib.Graph, rdflib.Dataset]:
    """Read a graph file by its extension: Turtle (.ttl), TriG (.trig), N-Triples (.nt),
    N-Quads (.nq), JSON-LD (.jsonld/.json). Quad formats give an rdflib.Dataset whose
    default graph is the union of its named graphs."""
    path = _existing(path)
    fmt, _ = _graph_format(path)
    g = rdflib.Dataset(default_union=True) if fmt in _QUAD_FORMATS else rdflib.Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many unrelated types on bad input
        raise UsageError(f"{path}: cannot read as {fmt}: {_one_line(e)}") from None
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=False)
    return g


# All triples of a graph or dataset as one plain Graph (named graphs merged).
union_graph = rdf.union


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


# ------------------------------------------------------------------------------ engines

class _RdflibEngine:
    def __init__(self, graph: Union[rdflib.Graph, rdflib.Dataset]):
        self.graph = graph

    @classmethod
    def from_path(cls, path: Path) -> "_RdflibEngine":
        return cls(load_graph(path))

    def run(self, sparql: str):
        try:
            result = self.graph.query(sparql)
        except Exception as e:
            raise UsageError(f"SPARQL error: {_one_line(e)}") from None
        if result.type == "ASK":
            return ["ask"], bool(result.askAnswer)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return ["subject", "predicate", "object"], _bind(result.graph)
        columns = [str(v) for v in result.vars]
        rows = [tuple(_from_rdflib(t) for t in row) for row in result]
        return columns, rows


class _OxigraphEngine:
    def __init__(self, store, union: bool):
        self.store = store
        self.union = union  # quad files: query the union of their named graphs

    @classmethod
    def from_path(cls, path: Path) -> "_OxigraphEngine":
        import pyoxigraph as ox

        fmt, ox_fmt = _graph_format(path)
        store = ox.Store()
        try:
            if fmt in _QUAD_FORMATS:
                # The contract's graph is one graph: a fact attested by several articles sits in
                # several named graphs, and must still be one row. Load the quads' triples into
                # the default graph (a set) rather than querying the union of the graphs.
                quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, ox_fmt)))
                store.extend(quads)                 # GRAPH ?g still finds each article's graph
                store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
            else:
                store.load(path=str(path), format=getattr(ox.RdfFormat, ox_fmt))
        except (SyntaxError, ValueError, OSError) as e:
            raise UsageError(f"{path}: cannot read as {fmt}: {_one_line(e)}") from None
        return cls(store, False)

    def run(self, sparql: str):
        import pyoxigraph as ox

        try:
            result = self.store.query(sparql, use_default_graph_as_union=self.union)
        except (SyntaxError, ValueError, OSError) as e:
            raise UsageError(f"SPARQL error: {_one_line(e)}") from None
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], bool(result)
        if isinstance(result, ox.QueryTriples):
            g = rdflib.Graph()
            for t in result:
                g.add((_ox_to_rdflib(t.subject), _ox_to_rdflib(t.predicate), _ox_to_rdflib(t.object)))
            return ["subject", "predicate", "object"], _bind(g)
        variables = list(result.variables)
        columns = [v.value for v in variables]
        rows = [tuple(_from_oxigraph(sol[v]) for v in variables) for sol in result]
        return columns, rows


def _bind(g: rdflib.Graph) -> rdflib.Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def _from_rdflib(t) -> Optional[Term]:
    if t is None:
        return None
    if isinstance(t, rdflib.Literal):
        dt = str(t.datatype) if t.datatype is not None else None
        if dt in (XSD_STRING, RDF_LANGSTRING):
            dt = None
        return Term("literal", str(t), t.language, dt)
    if isinstance(t, rdflib.BNode):
        return Term("bnode", str(t))
    return Term("iri", str(t))


def _from_oxigraph(t) -> Optional[Term]:
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt = t.datatype.value if t.datatype is not None else None
        if dt in (XSD_STRING, RDF_LANGSTRING):
            dt = None
        return Term("literal", t.value, t.language, dt)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    return Term("iri", t.value)


def _ox_to_rdflib(t):
    import pyoxigraph as ox

    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        dt = t.datatype.value if t.datatype is not None else None
        return rdflib.Literal(t.value, datatype=None if dt == XSD_STRING else rdflib.URIRef(dt))
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    return rdflib.URIRef(t.value)


def oxigraph_available() -> bool:
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        return False
    return True


# A loaded graph is kept while its file is unchanged: `kg eval` and the tests run many
# queries on one file, and parsing is the slow part.
_CACHE: dict[tuple, object] = {}
_CACHE_SIZE = 4


def _engine_for(graph, engine: Optional[str]):
    if engine not in (None, *ENGINES):
        raise UsageError(f"unknown query engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if isinstance(graph, rdflib.Graph):  # an in-memory graph: only rdflib can read it as is
        return _RdflibEngine(graph)
    if engine is None:
        engine = "oxigraph" if oxigraph_available() else "rdflib"
    path = _existing(graph)
    _graph_format(path)
    st = path.stat()
    key = (engine, str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        cls = _OxigraphEngine if engine == "oxigraph" else _RdflibEngine
        _CACHE[key] = cls.from_path(path)
    return _CACHE[key]


# ------------------------------------------------------------------------------ queries

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_DECLARED_RE = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")


def with_prefixes(sparql: str) -> str:
    """The query with the contract's prefixes it does not declare itself, on one line before
    it (so an engine's error line numbers are off by one at most)."""
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(sparql)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return (" ".join(missing) + "\n" + sparql) if missing else sparql


def query_path(name: str) -> Path:
    """The .rq file of a shipped query."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        names = ", ".join(n for n, _ in list_queries())
        raise UsageError(f"unknown query {name!r}; shipped queries: {names}")
    return path


def resolve_query(query: Union[str, os.PathLike]) -> str:
    """SPARQL text for QUERY: SPARQL itself, a .rq file, or a shipped query's name."""
    if isinstance(query, os.PathLike):
        query = os.fspath(query)
    q = query.strip()
    if not q:
        raise UsageError("empty query")
    one_line = "\n" not in q and len(q) < 1024
    if one_line and _NAME_RE.match(q) and not q.lower().endswith(".rq"):
        return query_path(q).read_text(encoding="utf-8")
    if one_line and (q.lower().endswith(".rq") or os.path.isfile(q)):
        path = Path(q)
        if not path.is_file():
            raise UsageError(f"{path}: query file not found")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{path}: cannot read query file: {_one_line(e)}") from None
    return query


def run_query(query: Union[str, os.PathLike], graph_path=DEFAULT_GRAPH, engine: Optional[str] = None):
    """Answer QUERY (SPARQL text, a .rq path or a shipped query's name) over the graph file.

    ``engine`` is "oxigraph", "rdflib" or None (oxigraph when installed). ``graph_path`` may
    also be an rdflib.Graph already in memory (answered by rdflib). Returns (columns, rows);
    see the module docstring for the shapes.
    """
    sparql = with_prefixes(resolve_query(query))
    return _engine_for(graph_path, engine).run(sparql)


def list_queries() -> list[tuple[str, str]]:
    """The shipped queries as (name, what it answers), by name."""
    out = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        name, answers = path.stem, ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*(name|answers):\s*(.*)", line)
            if m and m.group(1) == "name":
                name = m.group(2).strip() or name
            elif m:
                answers = m.group(2).strip()
        out.append((name, answers))
    return sorted(out)


# ------------------------------------------------------------------------------ printing

_SHORTEN = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def shorten_iri(iri: str) -> str:
    """"https://w3id.org/vnpolkg/id/person/x" -> "id:person/x"; unknown namespaces stay whole."""
    for ns, prefix in _SHORTEN:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _table_cell(t: Optional[Term]) -> str:
    if t is None:
        return ""
    if t.kind == "iri":
        return shorten_iri(t.value)
    if t.kind == "bnode":
        return "_:" + t.value
    return " ".join(t.value.split()) if ("\n" in t.value or "\r" in t.value) else t.value


def _csv_cell(t: Optional[Term]) -> str:
    if t is None:
        return ""
    return "_:" + t.value if t.kind == "bnode" else t.value


def _json_cell(t: Optional[Term]):
    if t is None:
        return None
    d = {"type": t.kind, "value": t.value}
    if t.lang:
        d["lang"] = t.lang
    elif t.datatype:
        d["datatype"] = t.datatype
    return d


def display_width(s: str) -> int:
    """Terminal columns a string takes: combining marks take none, wide (CJK) characters two."""
    w = 0
    for c in s:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def _pad(s: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(s))
    return gap + s if right else s + gap


def _table(columns: list[str], rows: list[Row]) -> str:
    cells = [[_table_cell(t) for t in row] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    # Numbers line up on the right, as in a spreadsheet.
    right = [bool(rows) and all(r[i] is None or (r[i].kind == "literal" and r[i].datatype in _NUMERIC)
                                for r in rows) for i in range(len(columns))]
    lines = ["  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(columns)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    n = len(rows)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(lines)


def _csv(columns: list[str], rows: list[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([_csv_cell(t) for t in row])
    return buf.getvalue()


def _json(columns: list[str], rows: list[Row]) -> str:
    return json.dumps([{c: _json_cell(t) for c, t in zip(columns, row)} for row in rows],
                      ensure_ascii=False, indent=2)


def jsonld_context() -> dict:
    """A compact JSON-LD @context for the contract's prefixes."""
    return {p: ns for p, ns in PREFIXES.items()}


def format_results(columns, rows, fmt: str = "table") -> str:
    """Print an answer of ``run_query`` as "table", "csv" or "json" (see module docstring)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if isinstance(rows, bool):
        return "true" if rows else "false"
    if isinstance(rows, rdflib.Graph):
        if fmt == "json":
            return rows.serialize(format="json-ld", context=jsonld_context(), indent=2)
        return rows.serialize(format="turtle")
    rows = list(rows)
    if fmt == "csv":
        return _csv(list(columns), rows)
    if fmt == "json":
        return _json(list(columns), rows)
    return _table(list(columns), rows)

"""A built knowledge graph, opened from Python: ``kg.open(path)``.

    >>> g = kg.open("out")                     # a build folder, or a graph file
    >>> g
    <KnowledgeGraph out/kg.trig: 10 officials, 23 bodies, 5 meetings, 14 posts>
    >>> g.query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Official }")[0].n
    10

Everything heavy (pyoxigraph, rdflib, networkx, pyvis) is imported only when a method needs
it, and each is done once per object: the SPARQL store is loaded on the first query, the rdflib
graph on the first ``to_rdflib()``, the page on the first ``to_html()``.
"""
from __future__ import annotations

import hashlib
import html
import os
from collections import namedtuple
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

if TYPE_CHECKING:  # pragma: no cover
    import networkx
    import rdflib

    from kg.batch import BuildReport
    from kg.facts import ArticleFacts

__all__ = ["extract_text", "build", "open_graph", "KnowledgeGraph"]

PathLike = Union[str, "os.PathLike[str]"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + "double", _XSD + "float"}

# What __repr__ counts: the same kinds as a build's report.
_KG, _ORG = "https://w3id.org/vnpolkg/ontology#", "http://www.w3.org/ns/org#"
_COUNTS = {"officials": _KG + "Official", "bodies": _ORG + "Organization",
           "meetings": _KG + "Meeting", "posts": _ORG + "Membership"}
_COUNT_QUERY = ("SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?kind { "
                + " ".join(f"<{iri}>" for iri in _COUNTS.values()) + " } ?s a ?kind } GROUP BY ?kind")


def extract_text(text: str, *, source: Optional[str] = None,
                 published: Union[str, date, None] = None) -> "ArticleFacts":
    """The facts of one article given as a string: its posts, meeting, officials and bodies.

    ``text`` is the article as plain text, headline on the first line (as in ``seeds/``); it
    is read exactly as a ``.txt`` file of ``kg build`` is (normalised, checked, extracted).
    ``source`` names the article (its ``kg:sourceFile``; default ``text-<hash of the text>``).
    ``published`` is the publication date: a ``date``, a ``datetime`` or a string
    ("2024-05-13", "2024-05-13T08:30:00+07:00", "13/05/2024"). It is treated as a JSON Lines
    record's date is: it stands above the text as its dateline, so its year dates a meeting
    the text gives only as day and month ("Sáng 12-5"), and it is the article's date.

    Returns a ``kg.facts.ArticleFacts``: ``.posts`` (each ``official``, ``role`` and ``body``,
    whose ``.name`` is the canonical name, and the sentence as ``evidence``), ``.meetings``
    (``kind``, ``date``, ``chairs``, ``hosts``, ``guests``, ``attendees``, ...),
    ``.officials``, ``.bodies``, ``.headline``, ``.published`` and ``.warnings``.
    Raises ``kg.errors.ArticleError`` (with ``.reason``) when the text is not an article
    (too little text, not Vietnamese), as a build reports it.
    """
    from kg.batch import extract_record
    from kg.read.article import Meta, Record

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__} (decode bytes first, "
                        "or build the file with kg.build)")
    data = text.encode("utf-8")
    source = source or f"text-{hashlib.sha256(data).hexdigest()[:16]}"
    meta = Meta(published=_as_date(published))
    return extract_record(Record(source, Path(source), "txt", data=data, meta=meta))


def _as_date(value: Union[str, date, None]) -> Optional[date]:
    from kg.read.article import parse_date

    if value is None:
        return None
    if not isinstance(value, (str, date)):
        raise TypeError(f"published must be a str or a date, not {type(value).__name__}")
    d = parse_date(value)
    if d is None:
        raise ValueError(f"published: {value!r} is not a date (YYYY-MM-DD, an ISO date-time "
                         "or DD/MM/YYYY)")
    return d


def build(paths: Union[PathLike, Iterable[PathLike]], out_dir: PathLike = "out",
          **options: Any) -> "BuildReport":
    """Build articles into a graph, as ``kg build PATH... -o OUT_DIR`` does.

    ``paths`` are article files and folders of them (one path alone is fine). Writes
    ``kg.ttl``, ``kg.trig``, ``graph.html`` and ``build-report.json`` into ``out_dir``.
    ``options`` are those of ``kg.batch.build``: ``curation_path`` (a curation YAML file),
    ``jobs`` (worker processes), ``html=False`` (no page), ``progress`` (called with each
    article's name) and ``on_failure`` (called with each ``Failure``).

    Returns a ``kg.batch.BuildReport``: ``articles``, ``failures`` (each ``source`` and
    ``reason``), ``officials``, ``bodies``, ``meetings``, ``posts``, ``triples``,
    ``seconds``, ``outputs`` and ``summary()``. An article that cannot be read is a failure
    in the report, not an exception; ``kg.errors.UsageError`` is raised when there is nothing
    to build at all.
    """
    from kg.batch import build as run_build

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return run_build(list(paths), out_dir, **options)


def open_graph(path: PathLike) -> "KnowledgeGraph":
    """Open a built graph: a build folder (its ``kg.trig``, else its ``kg.ttl``) or a graph
    file (``.ttl``, ``.trig``, ``.nt``, ``.nq``, ``.jsonld``, ``.rdf``).

    Raises FileNotFoundError when nothing is there, and ``kg.errors.UsageError`` when a folder
    holds no built graph or a file's extension is not a graph format. The graph itself is read
    on first use.
    """
    from kg.rdf.io import graph_file

    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such graph file or build folder")
    return KnowledgeGraph(graph_file(p), folder=p if p.is_dir() else None)


class KnowledgeGraph:
    """A graph built by ``kg build`` (or ``kg.build``), read from one file.

    Use ``kg.open(path)`` to make one. ``path`` is the graph file it reads.

    - ``query(sparql)``: SPARQL over the graph; rows of plain Python values.
    - ``to_rdflib()``: the graph as rdflib (a Dataset for TriG, else a Graph).
    - ``to_networkx()``: the property graph the page draws (networkx.MultiDiGraph).
    - ``to_html()``: the self-contained interactive page; in Jupyter the object shows as it.
    - ``counts()``: officials, bodies, meetings and posts, as ``repr()`` shows them.
    """

    def __init__(self, path: Union[str, os.PathLike], folder: Union[str, os.PathLike, None] = None):
        self.path = Path(path)
        # a build folder: its store (kg.rdf.store) answers queries and draws the page, nothing
        # is parsed; self.path is the file it would be read from without one
        self.folder = Path(folder) if folder is not None else None
        self._rdflib = None
        self._counts: Optional[dict[str, int]] = None
        self._html: Optional[str] = None

    # ---------------------------------------------------------------------------- SPARQL

    def query(self, sparql: Union[str, os.PathLike]) -> Union[list[tuple], bool, "rdflib.Graph"]:
        """Answer a SPARQL query over the graph (named graphs merged into one graph).

        ``sparql`` is SPARQL text, a path to a ``.rq`` file, or the name of a shipped query
        (``kg query --list``: "posts-by-official", "article-posts", ...). The contract's
        prefixes (kg, id, org, foaf, schema, skos, prov, rdf, rdfs, xsd, owl) are declared
        for you. ``GRAPH ?g { ... }`` reaches each article's named graph in a ``.trig``.

        A SELECT gives a list of rows. Each row is a named tuple whose fields are the
        SELECT's variables in order (``row.name``, ``row[0]``, ``row._asdict()``), and each
        value is a plain Python value:

        - an IRI is a ``str`` (the full IRI), a blank node a ``str`` starting ``_:``;
        - a literal by its datatype: ``xsd:date`` a ``datetime.date``, ``xsd:dateTime`` a
          ``datetime.datetime``, integers an ``int``, ``xsd:decimal`` a ``Decimal``,
          ``xsd:double``/``float`` a ``float``, ``xsd:boolean`` a ``bool``; any other literal
          (strings, language-tagged text, ``xsd:gMonthDay``) its lexical form as a ``str``;
        - an unbound variable is ``None``.

        An ASK gives a ``bool``; a CONSTRUCT or DESCRIBE an ``rdflib.Graph``. A malformed
        query raises ``kg.errors.UsageError`` with the engine's message.
        """
        from kg.ask.query import run_query

        columns, rows = run_query(sparql, self._source())
        if isinstance(rows, list):
            Row = namedtuple("Row", columns, rename=True)
            return [Row(*(python_value(t) for t in r)) for r in rows]
        return rows

    def _source(self) -> Path:
        """What queries read: the build folder (its store) when there is one, else the file."""
        from kg.rdf.store import has_store

        return self.folder if self.folder is not None and has_store(self.folder) else self.path

    def _store(self):
        """The build folder's store, or None (kg.rdf.io.folder_store)."""
        from kg.rdf.io import folder_store

        return folder_store(self.folder) if self.folder is not None else None

    def counts(self) -> dict[str, int]:
        """How many officials, bodies (organisations), meetings and posts the graph holds."""
        if self._counts is None:
            found = {r.kind: r.n for r in self.query(_COUNT_QUERY)}
            self._counts = {k: found.get(kind, 0) for k, kind in _COUNTS.items()}
        return dict(self._counts)

    # ---------------------------------------------------------------------------- other models

    def to_rdflib(self) -> Union["rdflib.Dataset", "rdflib.Graph"]:
        """The graph as rdflib: an ``rdflib.Dataset`` (one named graph per article, default
        graph the union) for a ``.trig`` or ``.nq`` file, else an ``rdflib.Graph``. Parsed on
        the first call; later calls return the same object, so copy it before changing it."""
        if self._rdflib is None:
            from kg.rdf.io import load_graph

            self._rdflib = load_graph(self.path)
        return self._rdflib

    def to_networkx(self) -> "networkx.MultiDiGraph":
        """The property graph the page draws (``kg.view.network.to_networkx``): one node per
        official, body, meeting, place, role and article, keyed by IRI, with ``kind``,
        ``label`` and ``tooltip`` attributes; edges carry ``relation`` (``holds``,
        ``chair``, ``host``, ...) and ``label_vi``. A new graph on every call."""
        from kg.rdf.io import union
        from kg.view.network import to_networkx
        from kg.view.store_graph import page_graph

        store = self._store()
        if store is not None:
            return to_networkx(page_graph(store, max_nodes=10 ** 9))
        return to_networkx(union(self.to_rdflib()))

    def to_html(self) -> str:
        """The interactive graph page, self-contained (no network needed), as ``kg build``
        writes it to ``graph.html``: a graph over 10,000 nodes is drawn as its most
        connected part."""
        if self._html is None:
            import tempfile

            from kg.rdf.io import union
            from kg.view.page import render_html

            with tempfile.TemporaryDirectory(prefix="vnpolkg-") as tmp:
                store = self._store()
                if store is not None:
                    from kg.view.store_graph import page_graph
                    graph = page_graph(store)
                else:
                    graph = union(self.to_rdflib())
                page = render_html(graph, Path(tmp) / "graph.html")
                self._html = page.read_text(encoding="utf-8")
        return self._html

    # ---------------------------------------------------------------------------- display

    def _repr_html_(self) -> str:
        """Jupyter: the page inline, in a sandboxed ``<iframe srcdoc=...>`` (escaped, so no
        text of an article can leave the frame)."""
        page = html.escape(self.to_html(), quote=True)
        caption = html.escape(repr(self))
        return (f'<iframe srcdoc="{page}" title="{caption}" sandbox="allow-scripts" '
                'style="width: 100%; height: 640px; border: 1px solid #ddd;"></iframe>')

    def __repr__(self) -> str:
        try:
            c = self.counts()
        except Exception as e:  # a repr must not raise: say what is wrong instead
            return f"<KnowledgeGraph {self.path}: unreadable ({type(e).__name__}: {e})>"
        return (f"<KnowledgeGraph {self.path}: {c['officials']} officials, {c['bodies']} bodies, "
                f"{c['meetings']} meetings, {c['posts']} posts>")


def python_value(term: Any) -> Any:
    """A SPARQL answer's term (``kg.ask.query.Term``) as a plain Python value; see
    ``KnowledgeGraph.query``. Unparseable dates and numbers stay strings."""
    if term is None:
        return None
    if term.kind == "bnode":
        return "_:" + term.value
    if term.kind != "literal" or term.datatype is None:
        return term.value
    dt, v = term.datatype, term.value
    try:
        if dt == _XSD + "date":
            return date.fromisoformat(v)
        if dt == _XSD + "dateTime":
            return datetime.fromisoformat(v[:-1] + "+00:00" if v.endswith("Z") else v)
        if dt in _INTEGERS:
            return int(v)
        if dt == _XSD + "decimal":
            return Decimal(v)
        if dt in _FLOATS:
            return float(v)
        if dt == _XSD + "boolean":
            return v in ("true", "1")
    except ValueError:
        pass
    return v

"""Ask a built graph questions in SPARQL (Oxigraph).

A QUERY is SPARQL text, a path to a ``.rq`` file, or the name of a shipped query
(``kg.ask.named``); the contract's prefixes are declared for it when it does not declare them.
The graph is a graph file, a build folder (``kg.rdf.io``), or an rdflib graph in memory.

Answers are plain ``Term`` values, so that printing (``kg.ask.results``) and users never see
an engine's own classes. ``run_query`` returns ``(columns, rows)``:

  SELECT             columns = variable names; rows = list of tuples of ``Term`` or None (unbound)
  ASK                columns = ["ask"]; rows = a bool
  CONSTRUCT/DESCRIBE columns = ["subject", "predicate", "object"]; rows = an rdflib.Graph
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Union

import pyoxigraph as ox
import rdflib

from kg.ask import guard
from kg.ask.named import bind_params, resolve_query, with_prefixes
from kg.rdf.io import DEFAULT_GRAPH, graph_from_ox, load_store, store_from_rdflib
from kg.rdf.vocab import RDF_LANGSTRING, XSD_STRING

__all__ = ["Term", "Row", "run_query", "DEFAULT_GRAPH"]


@dataclass(frozen=True)
class Term:
    """One RDF term of an answer.

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


def term(t) -> Optional[Term]:
    """An Oxigraph term (or None, unbound) as a Term."""
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


def run_query(query: Union[str, os.PathLike], graph=DEFAULT_GRAPH, *, timeout: Optional[float] = None,
              max_rows: Optional[int] = None, params: Optional[dict] = None):
    """Answer QUERY (SPARQL text, a .rq path or a shipped query's name) over GRAPH: a graph
    file, a build folder, or an rdflib Graph in memory. Returns (columns, rows); see the
    module docstring for the shapes. SERVICE and UPDATE are refused, and the query is stopped
    past `timeout` seconds or `max_rows` rows (kg.ask.guard: defaults, errors). `params` binds
    the query's declared parameters (kg.ask.named: {"body": "Tỉnh ủy An Giang"})."""
    sparql = with_prefixes(bind_params(resolve_query(query), params))
    guard.check(sparql)
    store = store_from_rdflib(graph) if isinstance(graph, rdflib.Graph) else load_store(graph)
    kind, columns, rows = guard.run(store, sparql, timeout=timeout, max_rows=max_rows)
    if kind == "ask":
        return ["ask"], rows
    if kind == "graph":
        return columns, graph_from_ox(rows)
    return columns, [tuple(term(t) for t in row) for row in rows]

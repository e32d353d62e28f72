"""SPARQL answers printed for people (a table) or machines (CSV, JSON).

How ``format_results`` prints a SELECT cell:
  table  literals as their lexical form (no language tag, no datatype); IRIs under a contract
         namespace shortened ("id:person/...", "kg:WorkingSession"); unbound as empty
  csv    literals as their lexical form; IRIs in full; unbound as empty; RFC 4180 (CRLF)
  json   W3C SPARQL 1.1 Query Results JSON: {"head": {"vars": [...]}, "results": {"bindings":
         [...]}}, each bound cell {"type": "uri"|"literal"|"bnode", "value": ...} plus
         "xml:lang" or "datatype"; an unbound variable is left out of its binding
ASK prints true/false as a table or CSV, {"head": {}, "boolean": ...} as JSON.
CONSTRUCT/DESCRIBE print Turtle (table, csv) or JSON-LD (json).
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Optional

import rdflib

from kg.ask.query import Row, Term
from kg.errors import UsageError
from kg.rdf.io import jsonld_context
from kg.rdf.vocab import XSD, shorten_iri

FORMATS = ("table", "csv", "json")

_NUMERIC = {str(XSD) + t for t in ("integer", "decimal", "double", "float", "int", "long",
                                   "nonNegativeInteger", "positiveInteger")}
_W3C_TYPE = {"iri": "uri", "literal": "literal", "bnode": "bnode"}


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


def _json_cell(t: Term) -> dict:
    d = {"type": _W3C_TYPE[t.kind], "value": t.value}
    if t.lang:
        d["xml:lang"] = t.lang
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
    bindings = [{c: _json_cell(t) for c, t in zip(columns, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": columns}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2)


def format_results(columns, rows, fmt: str = "table") -> str:
    """Print an answer of ``run_query`` as "table", "csv" or "json" (see the module docstring)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if isinstance(rows, bool):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": rows})
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

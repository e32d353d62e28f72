"""SPARQL answers as bytes, by media type: the four W3C result formats for SELECT and ASK, RDF
syntaxes for CONSTRUCT and DESCRIBE, and content negotiation between them.

Imports only pyoxigraph and the standard library: it runs in the query worker processes.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Optional, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# media type -> format name; the first of each list is what a response is labelled with
RESULTS_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
RESULTS_LABEL = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES", "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
}
GRAPH_LABEL = {"TURTLE": "text/turtle; charset=utf-8", "N_TRIPLES": "application/n-triples",
               "RDF_XML": "application/rdf+xml", "JSON_LD": "application/ld+json"}


def parse_accept(header: Optional[str]) -> list[str]:
    """The media types of an Accept header, most wanted first (q=0 dropped); [] for none."""
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        mtype, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mtype and q > 0:
            ranked.append((-q, i, mtype))
    return [m for _, _, m in sorted(ranked)]


def choose(accepted: Sequence[str], offered: dict, default: str) -> Optional[str]:
    """The offered format the client prefers: `default` for */* or no Accept, None if none fits."""
    if not accepted:
        return default
    for mtype in accepted:
        if mtype in offered:
            return offered[mtype]
        if mtype in ("*/*", "application/*", "text/*"):
            if mtype == "*/*":
                return default
            for name, fmt in offered.items():
                if name.startswith(mtype[:-1]):
                    return fmt
    return None


# ------------------------------------------------------------------------------ SELECT

def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype is not None and t.datatype.value not in (XSD_STRING, RDF_LANGSTRING):
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                        "predicate": _json_term(t.predicate),
                                        "object": _json_term(t.object)}}


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype is not None and t.datatype.value not in (XSD_STRING, RDF_LANGSTRING):
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}"
            f"</predicate><object>{_xml_term(t.object)}</object></triple>")


def _csv_value(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


def select_bytes(variables: list[str], rows: Iterable[Sequence], fmt: str) -> bytes:
    """SELECT rows (tuples of Oxigraph terms or None, in the order of `variables`)."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(variables, row) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":       # terms in their N-Triples form, which is what str() of a term gives
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def ask_bytes(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    if fmt == "csv":
        return b"_askResult\r\n" + (b"true" if value else b"false") + b"\r\n"
    return b"?_askResult\n" + (b"true" if value else b"false") + b"\n"


def graph_bytes(triples: Iterable, fmt: str, prefixes: Optional[dict] = None) -> bytes:
    """CONSTRUCT/DESCRIBE triples in an RDF syntax (an RdfFormat attribute name)."""
    kwargs = {"prefixes": prefixes} if prefixes and fmt in ("TURTLE", "RDF_XML") else {}
    return ox.serialize(list(triples), format=getattr(ox.RdfFormat, fmt), **kwargs) or b""

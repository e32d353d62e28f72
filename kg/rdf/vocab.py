"""The contract's namespaces, the one prefix table, and how an IRI is shortened for people.

Every module that prints, parses, writes or queries the graph takes its prefixes from here.
"""
from __future__ import annotations

from typing import Mapping, Optional

from rdflib import Namespace
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

__all__ = ["KG", "ID", "ORG", "SCHEMA", "FOAF", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS", "XSD",
           "KGSH", "PREFIXES", "SHAPES_PREFIXES", "WRITE_PREFIXES", "XSD_STRING", "RDF_LANGSTRING",
           "qname", "shorten_iri"]

KG = Namespace("https://w3id.org/vnpolkg/ontology#")
ID = Namespace("https://w3id.org/vnpolkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
KGSH = Namespace("https://w3id.org/vnpolkg/shapes#")     # the SHACL shapes (ontology/shapes.ttl)

# The one prefix table: declared for every query that does not declare them itself, bound in
# every graph written or printed.
PREFIXES: dict[str, str] = {
    "kg": str(KG), "id": str(ID), "org": str(ORG), "foaf": str(FOAF), "schema": str(SCHEMA),
    "skos": str(SKOS), "prov": str(PROV), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
    "owl": str(OWL),
}

# Validation reports also name the shapes.
SHAPES_PREFIXES: dict[str, str] = {**PREFIXES, "kgsh": str(KGSH)}

# The @prefix lines of the files a build writes. Resources under id/ have "/" in their local
# part, which Turtle can only write escaped ("id:person\/an-giang\/..."); they are written as
# full IRIs, which every tool reads.
WRITE_PREFIXES: dict[str, str] = {k: v for k, v in sorted(PREFIXES.items()) if k != "id"}

XSD_STRING = str(XSD.string)
RDF_LANGSTRING = str(RDF.langString)


def _by_length(prefixes: Mapping[str, str]) -> list[tuple[str, str]]:
    return sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))


_LONGEST_FIRST = {id(PREFIXES): _by_length(PREFIXES), id(SHAPES_PREFIXES): _by_length(SHAPES_PREFIXES)}


def qname(iri: str, prefixes: Mapping[str, str] = PREFIXES) -> Optional[str]:
    """"https://w3id.org/vnpolkg/id/person/x" -> "id:person/x" (the longest namespace wins);
    None when no namespace of `prefixes` holds the IRI."""
    table = _LONGEST_FIRST.get(id(prefixes)) or _by_length(prefixes)
    for ns, prefix in table:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return None


def shorten_iri(iri: str) -> str:
    """The IRI as a prefixed name under the contract's prefixes; unknown namespaces stay whole."""
    return qname(iri) or iri

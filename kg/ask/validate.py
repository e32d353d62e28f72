"""Check a built graph against the contract's SHACL shapes (ontology/shapes.ttl).

The ontology is mixed into a copy of the data graph and pyshacl runs with no inference:
SHACL's sh:targetClass / sh:class already follow rdfs:subClassOf found in the data graph,
so the ontology's subclass axioms are all the reasoning the shapes need (a
kg:WorkingSession is a kg:Meeting, a kg:PartyBoard an org:Organization). RDFS entailment
would add nothing the shapes look at and costs seconds on a large graph.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kg.errors import UsageError
from kg.rdf.io import load_union, union
from kg.rdf.vocab import SHAPES_PREFIXES, qname

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def shorten(node) -> str:
    """A node as a person reads it: prefixed IRIs, quoted literals, _: blank nodes."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        # the data's own prefix bindings are not trusted to be readable
        return qname(str(node), SHAPES_PREFIXES) or f"<{node}>"
    if isinstance(node, Literal):
        text = str(node)
        if len(text) > 60:
            text = text[:57] + "..."
        text = '"' + text.replace('"', '\\"').replace("\n", " ") + '"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None:
            return f"{text}^^{shorten(node.datatype)}"
        return text
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result."""

    focus: object                 # the node that fails (rdflib term)
    path: Optional[object]        # the property involved, None for node-level checks
    value: Optional[object]       # the offending value, when there is one
    message: str
    severity: str                 # "Violation" | "Warning" | "Info"
    shape: Optional[object] = None
    focus_text: str = ""          # how to print the focus; blank nodes by their incoming link

    def format(self) -> str:
        focus = self.focus_text or shorten(self.focus)
        line = f"{self.severity:<9}  {focus}  {_path_text(self.path)}  {self.message}"
        if self.value is not None and self.value != self.focus:
            line += f"  [value: {shorten(self.value)}]"
        return line


@dataclass
class Report:
    """The outcome of validating one graph."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def count(self, severity: str = "Violation") -> int:
        return sum(1 for v in self.violations if v.severity == severity)

    def messages(self) -> set[str]:
        return {v.message for v in self.violations}

    def format(self) -> str:
        lines = [v.format() for v in self.violations]
        n = self.count("Violation")
        summary = f"{n} violation{'s' if n != 1 else ''}"
        for sev in ("Warning", "Info"):
            k = self.count(sev)
            if k:
                summary += f", {k} {sev.lower()}{'s' if k != 1 else ''}"
        if self.conforms:
            summary = "Conforms: " + summary
        else:
            summary = "Does not conform: " + summary
        lines.append(summary)
        return "\n".join(lines)


def ontology_dir() -> Path:
    """Where kg.ttl and shapes.ttl are: $KG_ONTOLOGY_DIR, the repo's ontology/, or the package copy."""
    env = os.environ.get("KG_ONTOLOGY_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    repo = here.parent / "ontology"
    if (repo / "shapes.ttl").is_file():
        return repo
    return here / "data" / "ontology"


@lru_cache(maxsize=8)
def _parse_cached(path: str, mtime: float) -> Graph:
    return Graph().parse(path, format="turtle")


def _load_turtle(path: Path) -> Graph:
    if not path.is_file():
        raise UsageError(f"{path}: not found (set KG_ONTOLOGY_DIR to the folder holding kg.ttl and shapes.ttl)")
    return _parse_cached(str(path), path.stat().st_mtime)


def validate(data_graph: Union[Graph, str, Path], shapes_path: Union[str, Path, None] = None,
             ontology_path: Union[str, Path, None] = None) -> Report:
    """Validate a graph (or an RDF file) against the shapes; the caller's graph is not modified."""
    import pyshacl  # slow to import; only `kg validate` and the tests need it

    base = ontology_dir()
    shapes = _load_turtle(Path(shapes_path) if shapes_path else base / "shapes.ttl")
    ontology = _load_turtle(Path(ontology_path) if ontology_path else base / "kg.ttl")

    if isinstance(data_graph, Dataset):
        # The contract's graph is one graph: validate the union of the named graphs.
        work = union(data_graph)
    elif isinstance(data_graph, Graph):
        work = Graph()
        work += data_graph   # a copy: the ontology is mixed in below
    else:
        work = load_union(data_graph)
    work += ontology   # the subclass axioms make SHACL's instance checks follow the hierarchy

    _, results, text = pyshacl.validate(
        work, shacl_graph=shapes, inference="none", inplace=True, advanced=True,
        allow_warnings=True, allow_infos=True,
    )
    if not isinstance(results, Graph):   # pyshacl reports broken shapes this way, not by raising
        raise RuntimeError(f"the shapes cannot be applied: {text}")
    violations = sorted(_read_results(results, work), key=_sort_key)
    conforms = not any(v.severity == "Violation" for v in violations)
    return Report(conforms=conforms, violations=violations)


def _describe(node, data: Graph) -> str:
    """A blank node's generated id means nothing to a reader; name it by what points to it."""
    if isinstance(node, BNode):
        for s, p in data.subject_predicates(node):
            return f"[{shorten(p)} of {shorten(s)}]"
    return shorten(node)


def _read_results(results: Graph, data: Graph) -> list[Violation]:
    out = []
    # Only the report's own results: nested sh:detail results restate the same failure.
    for result in results.objects(None, SH.result):
        severity = results.value(result, SH.resultSeverity)
        messages = [str(m) for m in results.objects(result, SH.resultMessage)]
        focus = results.value(result, SH.focusNode)
        out.append(Violation(
            focus=focus,
            focus_text=_describe(focus, data),
            path=_path_node(results, results.value(result, SH.resultPath)),
            value=results.value(result, SH.value),
            message="; ".join(sorted(messages)) or "(no message)",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            shape=results.value(result, SH.sourceShape),
        ))
    return out


def _path_node(results: Graph, path):
    """Keep simple paths as IRIs; render inverse and alternative paths in SPARQL syntax."""
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + shorten(inverse)
        alternatives = results.value(path, SH.alternativePath)
        if alternatives is not None:
            return "|".join(shorten(p) for p in Collection(results, alternatives))
        if results.value(path, RDF.first) is not None:   # a sequence path is an RDF list
            return "/".join(shorten(p) for p in Collection(results, path))
    return path


def _path_text(path) -> str:
    return path if isinstance(path, str) and not isinstance(path, URIRef) else shorten(path)


def _sort_key(v: Violation):
    return (_SEVERITY_ORDER.get(v.severity, 9), v.focus_text, _path_text(v.path), v.message)

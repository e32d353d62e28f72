"""Which SPARQL a QUERY names: SPARQL text, a ``.rq`` file, or a query shipped in
``kg/ask/queries/`` (``list_queries()``); the contract's prefixes declared for it; and the
values of its parameters bound.

Shipped queries (the convention every ``.rq`` in ``kg/ask/queries/`` follows):

- The header is comment lines: ``# name: NAME``, ``# answers: what it answers`` and one
  ``# param NAME: description (example value)`` per parameter.
- Each declares its own ``PREFIX``es, so the file runs unchanged on any SPARQL 1.1 endpoint
  (``kg serve``, Fuseki, GraphDB, Oxigraph server).
- A parameter is a SPARQL variable, ``?NAME``. It is bound at run time:
  ``kg query NAME --param NAME=VALUE`` (``run_query(q, g, params={"NAME": "VALUE"})``).
  When the query body has a line ``VALUES ?NAME { ... }`` (one variable), that line is the
  parameter's default and the value replaces what is between its braces; otherwise
  ``VALUES ?NAME { VALUE }`` is inserted just after the first ``WHERE {``. An empty value
  (``--param NAME=``) leaves the parameter unbound.
- Unbound, a parameter does not restrict anything: filters on it are written
  ``FILTER(!BOUND(?NAME) || ...)``, so every shipped query runs as it is and gives all rows.
  (The contract's two example queries, ``article-posts`` and ``article-meeting``, keep the
  contract's example article as their default ``VALUES`` line; ``--param source=`` lists
  every article.)
- A VALUE is written as in SPARQL when it is an IRI in angle brackets or a quoted literal
  (``"Bí thư"@vi``, ``"2021"^^xsd:gYear``); ``YYYY-MM-DD`` is an ``xsd:date``, digits an
  ``xsd:integer``, ``http(s)://...`` an IRI, anything else a plain string.

``kg query --list`` shows each query's parameters (``query_params``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from dataclasses import dataclass
from typing import Mapping, Optional, Union

from kg.errors import UsageError
from kg.rdf.io import one_line
from kg.rdf.vocab import PREFIXES

QUERY_DIR = Path(__file__).parent / "queries"

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_DECLARED_RE = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_HEADER_RE = re.compile(r"#\s*(name|answers):\s*(.*)")
_PARAM_RE = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)")
_WHERE_RE = re.compile(r"(?i)\bWHERE\s*\{")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    """A parameter a query declares: ``# param NAME: description (example value)``."""
    name: str
    description: str
    example: str = ""


def query_params(sparql: str) -> list[Param]:
    """The parameters the query's header declares, in order."""
    out = []
    for line in sparql.splitlines():
        m = _PARAM_RE.match(line.strip())
        if m:
            desc = m.group(2).strip()
            ex = re.search(r"\(([^()]*)\)\s*$", desc)
            out.append(Param(m.group(1), desc, ex.group(1).strip() if ex else ""))
    return out


def sparql_term(value: str) -> str:
    """A parameter's value as a SPARQL term (see the module docstring); "" is UNDEF."""
    v = value.strip()
    if not v:
        return "UNDEF"
    if v.startswith("<") and v.endswith(">") or v.startswith(('"', "'")):
        return v
    if _DATE_RE.match(v):
        return f'"{v}"^^<{_XSD}date>'
    if re.fullmatch(r"[+-]?\d+", v):
        return v
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", v):
        return f"<{v}>"
    escaped = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def bind_params(sparql: str, params: Optional[Mapping[str, str]]) -> str:
    """The query with each parameter bound (see the module docstring). A name the query does
    not declare is a UsageError naming those it does."""
    if not params:
        return sparql
    declared = {p.name for p in query_params(sparql)}
    for name, value in params.items():
        if name not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise UsageError(f"unknown parameter {name!r} for this query (its parameters: {known})")
        term = sparql_term(value)
        line = re.compile(r"(?im)^(\s*VALUES\s+\?" + re.escape(name) + r"\s*\{)[^}\n]*(\})")
        if line.search(sparql):
            sparql = line.sub(lambda m: f"{m.group(1)} {term} {m.group(2)}", sparql, count=1)
            continue
        where = _first_where(sparql)
        if where is None:
            raise UsageError(f"cannot bind ?{name}: the query has no WHERE {{")
        sparql = sparql[:where] + f" VALUES ?{name} {{ {term} }}" + sparql[where:]
    return sparql


def _first_where(sparql: str) -> Optional[int]:
    """The offset just after the first ``WHERE {`` outside a comment line."""
    pos = 0
    for line in sparql.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            m = _WHERE_RE.search(line)
            if m:
                return pos + m.end()
        pos += len(line)
    return None


def with_prefixes(sparql: str) -> str:
    """The query with the contract's prefixes it does not declare itself, on one line before
    it (so an engine's error line numbers are off by one at most)."""
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(sparql)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return (" ".join(missing) + "\n" + sparql) if missing else sparql


def list_queries() -> list[tuple[str, str]]:
    """The shipped queries as (name, what it answers), by name."""
    out = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        name, answers = path.stem, ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            m = _HEADER_RE.match(line)
            if m and m.group(1) == "name":
                name = m.group(2).strip() or name
            elif m:
                answers = m.group(2).strip()
        out.append((name, answers))
    return sorted(out)


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
    one = "\n" not in q and len(q) < 1024
    if one and _NAME_RE.match(q) and not q.lower().endswith(".rq"):
        return query_path(q).read_text(encoding="utf-8")
    if one and (q.lower().endswith(".rq") or os.path.isfile(q)):
        path = Path(q)
        if not path.is_file():
            raise UsageError(f"{path}: query file not found")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{path}: cannot read query file: {one_line(e)}") from None
    return query

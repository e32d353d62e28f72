"""Which SPARQL a QUERY names: SPARQL text, a ``.rq`` file, or a query shipped in
``kg/ask/queries/`` (``list_queries()``); and the contract's prefixes declared for it."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Union

from kg.errors import UsageError
from kg.rdf.io import one_line
from kg.rdf.vocab import PREFIXES

QUERY_DIR = Path(__file__).parent / "queries"

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_DECLARED_RE = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_HEADER_RE = re.compile(r"#\s*(name|answers):\s*(.*)")


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

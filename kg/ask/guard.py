"""What a query may not do: reach the network, change the graph, run forever or fill memory.

``check(sparql)`` refuses, in words, a query that names a ``SERVICE`` (a federated query would
fetch from another server and mix its rows with the graph's) or that is a SPARQL UPDATE
(``INSERT``, ``DELETE``, ``LOAD``, ...): kg answers from the built graph only.

``run(store, sparql, timeout=, max_rows=)`` evaluates a checked query on a pyoxigraph store in a
worker thread (Oxigraph releases the GIL while it evaluates) and collects the answer there:

- it gives up after ``timeout`` seconds (default ``DEFAULT_TIMEOUT``, or ``KG_QUERY_TIMEOUT``;
  0 = none) with ``QueryTimeout``;
- it stops reading rows past ``max_rows`` (default ``DEFAULT_MAX_ROWS``, or
  ``KG_QUERY_MAX_ROWS``; 0 = none) with ``TooManyRows``, so an answer never grows without bound.

A query stopped by the timeout while Oxigraph is inside one step that collects everything (an
ORDER BY or a COUNT over a cartesian product) finishes that step in its thread, unseen, and is
dropped; ``kg query`` exits at once.

Answers come back as pyoxigraph terms: ``("select", variable names, [tuple of terms])``,
``("ask", ["ask"], bool)`` or ``("graph", [...], [Triple])``.
"""
from __future__ import annotations

import os
import re
import threading
from typing import Optional

from kg.errors import UsageError

DEFAULT_TIMEOUT = 30.0          # seconds
DEFAULT_MAX_ROWS = 100_000      # rows (or triples) of one answer: ~100 MB at worst


class QueryRefused(UsageError):
    """A query kg will not run (SERVICE, UPDATE)."""


class QueryTimeout(UsageError):
    """A query that ran past its time limit."""


class TooManyRows(UsageError):
    """An answer past the row cap."""


def _env_number(name: str, default: float) -> float:
    try:
        v = float(os.environ.get(name, "").strip() or default)
        return v if v >= 0 else default
    except ValueError:
        return default


def default_timeout() -> float:
    return _env_number("KG_QUERY_TIMEOUT", DEFAULT_TIMEOUT)


def default_max_rows() -> int:
    return int(_env_number("KG_QUERY_MAX_ROWS", DEFAULT_MAX_ROWS))


# ------------------------------------------------------------------------------ the text

# What is not the query's own words: strings, IRIs, comments (in that order of precedence).
_NOT_WORDS = re.compile(r'''
      (?P<s>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
           |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<c>\#[^\n]*)
''', re.X)
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:-])", re.I)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:\s*<>|BASE\s*<>)\s*)*", re.I)
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}


def words(sparql: str) -> str:
    """The query with its strings, IRIs and comments blanked: what is left is keywords,
    variables and prefixed names."""
    def blank(m: re.Match) -> str:
        return "<>" if m.group("iri") else '""' if m.group("s") else " "
    return _NOT_WORDS.sub(blank, sparql)


def _unescaped(sparql: str) -> str:
    # SPARQL reads \uXXXX escapes before it parses: so do the checks (\u0053ERVICE is SERVICE)
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)), sparql)


def _update_word(sparql: str) -> Optional[str]:
    w = words(_unescaped(sparql))
    first = re.match(r"(\w+)", w[_PROLOGUE.match(w).end():])
    return first.group(1) if first and first.group(1).lower() in _UPDATE_WORDS else None


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL UPDATE rather than a query (prologue and comments skipped)."""
    return _update_word(sparql) is not None


def uses_service(sparql: str) -> bool:
    """Whether the query names a SERVICE (a federated query: it would fetch from another server)."""
    return bool(_SERVICE.search(words(_unescaped(sparql))))


def check(sparql: str) -> None:
    """QueryRefused when the query is an UPDATE or uses SERVICE."""
    update = _update_word(sparql)
    if update:
        raise QueryRefused(f"kg query only reads the graph: {update.upper()} is a SPARQL UPDATE and "
                           "is refused (a built graph changes only by kg build)")
    if uses_service(sparql):
        raise QueryRefused("SERVICE is refused: kg query answers from the built graph only and never "
                           "sends a query to another server (load that data and build, or ask that "
                           "endpoint directly)")


# ------------------------------------------------------------------------------ running

def run(store, sparql: str, *, timeout: Optional[float] = None, max_rows: Optional[int] = None):
    """Evaluate SPARQL (checked with check()) on a pyoxigraph store within the limits; see the
    module docstring for what it returns and raises."""
    import pyoxigraph as ox

    check(sparql)
    timeout = default_timeout() if timeout is None else timeout
    max_rows = default_max_rows() if max_rows is None else max_rows
    stop = threading.Event()
    box: dict = {}

    def work() -> None:
        result = None
        try:
            result = store.query(sparql)
            if isinstance(result, ox.QueryBoolean):
                box["answer"] = ("ask", ["ask"], bool(result))
            elif isinstance(result, ox.QueryTriples):
                box["answer"] = ("graph", ["subject", "predicate", "object"], _take(result, max_rows, stop, None))
            else:
                variables = list(result.variables)
                rows = _take(result, max_rows, stop, lambda sol: tuple(sol[v] for v in variables))
                box["answer"] = ("select", [v.value for v in variables], rows)
        except BaseException as e:  # handed to the caller's thread, without the frames that
            # hold Oxigraph's result: it must be dropped in this thread
            box["error"] = e.with_traceback(None)
            e.__context__ = e.__cause__ = None
        finally:
            result = None

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout or None)
    if worker.is_alive():
        stop.set()
        raise QueryTimeout(f"query stopped after {timeout:g} s (the time limit; kg query --timeout "
                           "SECONDS or KG_QUERY_TIMEOUT raises it, 0 for none): narrow it, or add LIMIT")
    if "error" in box:
        e = box["error"]
        if isinstance(e, UsageError):
            raise e
        if isinstance(e, (SyntaxError, ValueError, OSError)):
            raise UsageError(f"SPARQL error: {' '.join(str(e).split()) or type(e).__name__}") from None
        raise e
    return box["answer"]


def _take(results, max_rows: int, stop: threading.Event, row) -> list:
    out = []
    for item in results:
        if stop.is_set():
            break
        if max_rows and len(out) >= max_rows:
            raise TooManyRows(f"the answer has more than {max_rows:,} rows (the row cap; kg query --max-rows N "
                              "or KG_QUERY_MAX_ROWS raises it, 0 for none): add LIMIT, or aggregate")
        out.append(row(item) if row else item)
    return out

"""The HTTP side of `kg serve`: a starlette app run by uvicorn.

  GET  /          the build's graph page (graph.html)
  GET  /query     a small query page (no network needed: everything is inline)
  GET|POST /sparql  the SPARQL 1.1 Protocol: GET ?query=, POST form (query=) or
                  application/sparql-query; default-graph-uri and named-graph-uri honoured;
                  results by content negotiation; UPDATE refused (403)
"""
from __future__ import annotations

import ipaddress
import json
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.serve.engine import Engine, QueryTimeout, is_update, uses_service
from kg.serve.formats import parse_accept

ASSETS = Path(__file__).parent / "assets"
READ_ONLY = "this endpoint is read-only: SPARQL UPDATE is refused (kg serve serves a built graph; rebuild it with kg build)\n"
# ?format= (or &output=) overrides the Accept header, for links and browsers
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml"}
NO_PAGE = """<!doctype html><meta charset="utf-8"><title>vnpolkg</title>
<p>This build has no graph page (it was built with <code>--no-html</code>).
<p><a href="/query">Query the graph</a> &middot; SPARQL endpoint: <code>/sparql</code>"""


def _text(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message if message.endswith("\n") else message + "\n", status_code=status)


def create_app(engine: Engine, page: Optional[Path] = None, timeout: Optional[float] = None) -> Starlette:
    async def home(request: Request) -> Response:
        if page is not None and page.is_file():
            return FileResponse(page, media_type="text/html; charset=utf-8")
        return HTMLResponse(NO_PAGE)

    async def query_page(request: Request) -> Response:
        return FileResponse(ASSETS / "query.html", media_type="text/html; charset=utf-8")

    async def queries(request: Request) -> Response:
        from kg.ask.named import list_queries, query_path
        return JSONResponse([{"name": n, "answers": a, "sparql": query_path(n).read_text(encoding="utf-8")}
                             for n, a in list_queries()])

    async def sparql(request: Request) -> Response:
        asked = await _read_query(request)
        if isinstance(asked, Response):
            return asked
        return await _answer(engine, request, *asked, timeout)

    routes = [Route("/", home), Route("/query", query_page), Route("/queries.json", queries),
              Route("/sparql", sparql, methods=["GET", "POST"])]
    return Starlette(routes=routes)


async def _read_query(request: Request):
    """(query, default graphs, named graphs) of a SPARQL Protocol request, or the Response
    that refuses it (an update, an unknown body type, no query, SERVICE)."""
    params = request.query_params
    query: Optional[str] = params.get("query")
    default_graphs = params.getlist("default-graph-uri")
    named_graphs = params.getlist("named-graph-uri")
    if "update" in params:
        return _text(403, READ_ONLY)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return _text(403, READ_ONLY)
        if ctype == "application/x-www-form-urlencoded":
            # parsed here: starlette's form parser needs python-multipart, for one encoding
            form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
            if "update" in form:
                return _text(403, READ_ONLY)
            query = (form.get("query") or [query])[0]
            default_graphs += form.get("default-graph-uri", [])
            named_graphs += form.get("named-graph-uri", [])
        elif ctype == "application/sparql-query":
            query = (await request.body()).decode("utf-8", errors="replace")
        else:
            return _text(415, "POST a form (query=...) or application/sparql-query")
    if not query or not query.strip():
        return _text(400, "no query: give ?query=... (SPARQL 1.1 Protocol); a query page is at /query")
    if is_update(query):
        return _text(403, READ_ONLY)
    if uses_service(query):
        return _text(403, "SERVICE is refused: this endpoint answers from its own graph and never queries another server")
    return query, default_graphs, named_graphs


async def _answer(engine: Engine, request: Request, query: str, default_graphs: list, named_graphs: list,
                  timeout: Optional[float]) -> Response:
    """The query run by the engine, in the format asked (?format=, else the Accept header)."""
    params = request.query_params
    accept = parse_accept(request.headers.get("accept"))
    wanted = (params.get("format") or params.get("output") or "").lower()
    if wanted:
        if wanted not in FORMAT_PARAM:
            return _text(400, f"unknown format {wanted!r}; one of " + ", ".join(FORMAT_PARAM))
        accept = [FORMAT_PARAM[wanted]]
    try:
        ans = await engine.run(query, accept,
                               default_graphs, named_graphs)
    except QueryTimeout:
        return _text(503, f"the query ran past the server's timeout of {timeout:g} s and was stopped "
                          "(kg serve --timeout S)")
    except (EOFError, OSError):
        return _text(500, "the query's worker ended unexpectedly; try again")
    headers = {"X-Kg-Rows": str(ans.rows)}
    if ans.truncated:
        headers["X-Kg-Truncated"] = f"true; capped at {ans.rows} (kg serve --max-rows)"
    return Response(ans.body, status_code=ans.status, media_type=ans.content_type, headers=headers)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(path, host: str = "127.0.0.1", port: int = 7878, timeout: Optional[float] = 30.0,
          max_rows: int = 10_000, workers: int = 2, announce=print) -> None:
    """Serve the graph at PATH (a build folder or graph file) until interrupted."""
    import uvicorn

    from kg.rdf.vocab import PREFIXES
    from kg.serve.source import prepare

    served = prepare(Path(path))
    engine = Engine(str(served.store_path), PREFIXES, workers=workers, timeout=timeout, max_rows=max_rows)
    try:
        engine.start()
        app = create_app(engine, served.page, timeout)
        shown = f"[{host}]" if ":" in host else host
        announce(f"serving {served.source} ({served.quads} quads) read-only at http://{shown}:{port}/sparql"
                 f" — graph page http://{shown}:{port}/ , query page http://{shown}:{port}/query"
                 f" (timeout {timeout:g} s, at most {max_rows} rows); Ctrl-C stops")
        if not is_loopback(host):
            announce(f"warning: listening on {host}, not loopback: anyone who can reach this machine can query it")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        engine.close()
        served.cleanup()

"""`kg serve`: a real server (uvicorn) on a free loopback port, queried over HTTP."""
from __future__ import annotations

import csv
import io
import json
import shutil
import time
import urllib.parse
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kg.ask.named import QUERY_DIR
from kg.ask.query import run_query
from kg.batch import build
from kg.serve.engine import is_update
from kg.serve.formats import choose, parse_accept, RESULTS_TYPES
from serve_helpers import ROOT, binding_value, start_kg_serve, stop, term_value

SEEDS = ROOT / "seeds"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
POSTS = (QUERY_DIR / "article-posts.rq").read_text(encoding="utf-8")
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds' build: a copy of the committed out/ (kept fresh by test_cli), else built here."""
    out = tmp_path_factory.mktemp("served")
    if all((ROOT / "out" / n).is_file() for n in ("kg.trig", "graph.html")):
        for n in ("kg.trig", "kg.ttl", "graph.html"):
            shutil.copy(ROOT / "out" / n, out / n)
    else:
        assert build([SEEDS], out).articles == 5
    return out


@pytest.fixture(scope="module")
def server(built):
    s = start_kg_serve(built, "--timeout", "2", "--max-rows", "50")
    yield s
    stop(s.proc)


def _form(query: str) -> bytes:
    return urllib.parse.urlencode({"query": query}).encode()


def test_get_and_post_give_the_contract_rows(server, built):
    _, local = run_query(POSTS, built)
    want = sorted(tuple(term_value(t) for t in row) for row in local)
    status, headers, body = server.request("/sparql?query=" + urllib.parse.quote(POSTS))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["name", "role", "org"]
    got = sorted(tuple(binding_value(b.get(v)) for v in data["head"]["vars"]) for b in data["results"]["bindings"])
    assert got == want and len(got) == 5
    status, _, body2 = server.request("/sparql", POSTS.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body2) == data
    status, _, body3 = server.request("/sparql", _form(POSTS), FORM)
    assert status == 200 and json.loads(body3) == data


@pytest.mark.parametrize("accept,ctype", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
])
def test_result_formats_by_content_negotiation(server, accept, ctype):
    status, headers, body = server.request("/sparql", _form(POSTS), {**FORM, "Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(ctype)
    text = body.decode("utf-8")
    if ctype.endswith("xml"):
        ns = "{http://www.w3.org/2005/sparql-results#}"
        root = ElementTree.fromstring(body)
        assert [v.get("name") for v in root.iter(ns + "variable")] == ["name", "role", "org"]
        assert len(list(root.iter(ns + "result"))) == 5
        assert "Lê Hồng Quang" in {b.text for b in root.iter(ns + "literal")}
    elif ctype == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["name", "role", "org"] and ["Lê Hồng Quang", "Bí thư", "Tỉnh ủy An Giang"] in rows
    else:
        lines = text.splitlines()
        assert lines[0] == "?name\t?role\t?org" and len(lines) == 6
        assert '"Lê Hồng Quang"\t"Bí thư"@vi\t"Tỉnh ủy An Giang"@vi' in lines


def test_ask_construct_and_not_acceptable(server):
    status, _, body = server.request("/sparql", _form("ASK { ?o foaf:name \"Lê Hồng Quang\" }"), FORM)
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    q = 'CONSTRUCT { ?o foaf:name ?n } WHERE { ?o foaf:name ?n FILTER(?n = "Lê Hồng Quang") }'
    status, headers, body = server.request("/sparql", _form(q), {**FORM, "Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert body.decode().strip() == ('<https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang> '
                                     '<http://xmlns.com/foaf/0.1/name> "Lê Hồng Quang" .')
    status, _, body = server.request("/sparql", _form(POSTS), {**FORM, "Accept": "image/png"})
    assert status == 406 and b"offered" in body


def test_union_of_the_article_graphs(server, built):
    # the default graph is the union as a set: one row per distinct triple, as `kg query` gives
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, local = run_query(q, built)
    assert server.select(q)[0]["n"]["value"] == local[0][0].value
    graphs = server.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(graphs[0]["n"]["value"]) == 6                  # five articles and the build's PROV graph


@pytest.mark.parametrize("how", ["update-param", "sparql-update", "update-as-query", "get-update"])
def test_update_is_refused(server, how):
    upd = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nINSERT DATA { <urn:x> foaf:name \"X\" }"
    if how == "update-param":
        r = server.request("/sparql", urllib.parse.urlencode({"update": upd}).encode(), FORM)
    elif how == "sparql-update":
        r = server.request("/sparql", upd.encode(), {"Content-Type": "application/sparql-update"})
    elif how == "update-as-query":
        r = server.request("/sparql", _form("# a comment\n" + upd), FORM)
    else:
        r = server.request("/sparql?update=" + urllib.parse.quote(upd))
    assert r[0] == 403 and b"read-only" in r[2]
    status, _, body = server.request("/sparql", _form("ASK { <urn:x> ?p ?o }"), FORM)
    assert json.loads(body)["boolean"] is False


def test_service_is_refused(server):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = server.request("/sparql", _form(q), FORM)
    assert status == 403 and b"SERVICE" in body
    from kg.serve.engine import uses_service
    assert uses_service("SELECT * { \\u0053ERVICE <x:> { ?s ?p ?o } }")
    assert not uses_service('SELECT ?service WHERE { ?s <x:SERVICE> "SERVICE" } # SERVICE')


def test_is_update():
    assert is_update("PREFIX a: <x:>\n DELETE WHERE { ?s ?p ?o }")
    assert is_update("# c\nclear all")
    assert not is_update("PREFIX a: <x:> SELECT * { ?s ?p ?o }")
    assert not is_update("SELECT ?insert WHERE { ?insert ?p ?o }")


def test_timeout_stops_a_query_and_the_server_goes_on(server):
    t = time.monotonic()
    status, _, body = server.request("/sparql", _form(HEAVY), FORM, timeout=30)
    took = time.monotonic() - t
    assert status == 503 and b"timeout of 2 s" in body and b"stopped" in body
    assert took < 5
    for _ in range(3):       # the stopped query's worker is replaced; answers keep coming
        assert len(server.select(POSTS)) == 5


def test_results_are_capped(server):
    status, headers, body = server.request("/sparql", _form("SELECT * WHERE { ?s ?p ?o }"), FORM)
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 50
    assert headers["X-Kg-Truncated"].startswith("true")
    status, headers, _ = server.request("/sparql", _form(POSTS), FORM)
    assert "X-Kg-Truncated" not in headers and headers["X-Kg-Rows"] == "5"


def test_bad_queries_are_clear(server):
    status, _, body = server.request("/sparql", _form("SELEC nothing"), FORM)
    assert status == 400 and body.startswith(b"SPARQL syntax error")
    status, _, body = server.request("/sparql")
    assert status == 400 and b"/query" in body
    status, _, _ = server.request("/sparql", b"x", {"Content-Type": "text/plain"})
    assert status == 415


@pytest.mark.parametrize("rq", sorted(p.name for p in QUERY_DIR.glob("*.rq")))
def test_shipped_queries_run_unchanged(server, built, rq):
    text = (QUERY_DIR / rq).read_text(encoding="utf-8")
    cols, local = run_query(text, built)
    status, _, body = server.request("/sparql", text.encode("utf-8"), {"Content-Type": "application/sparql-query"})
    assert status == 200, body
    data = json.loads(body)
    assert data["head"]["vars"] == cols
    got = [tuple(binding_value(b.get(v)) for v in cols) for b in data["results"]["bindings"]]
    want = [tuple(term_value(t) for t in row) for row in local]
    ordered = "ORDER BY" in text.upper()
    assert (got if ordered else sorted(got, key=repr)) == (want if ordered else sorted(want, key=repr))
    assert want, f"{rq} gives no rows on the seeds"


def test_defaults_to_loopback():
    from click.testing import CliRunner
    from kg.cli import main
    from kg.serve.app import is_loopback

    out = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "127.0.0.1" in out and "--timeout" in out
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0")


def test_accept_parsing():
    assert parse_accept("text/csv;q=0.5, application/sparql-results+xml") == ["application/sparql-results+xml", "text/csv"]
    assert choose(parse_accept("*/*"), RESULTS_TYPES, "json") == "json"
    assert choose([], RESULTS_TYPES, "json") == "json"
    assert choose(parse_accept("text/*"), RESULTS_TYPES, "json") in ("xml", "csv", "tsv")
    assert choose(parse_accept("image/png"), RESULTS_TYPES, "json") is None


# ------------------------------------------------------------------------------ in Chromium

@pytest.fixture
def browse(chromium, server):
    """Open a page of the server in headless Chromium; any request elsewhere is aborted and kept."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    elsewhere, errors = [], []

    def route(r):
        if r.request.url.startswith(server.base + "/"):
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    def go(path):
        page = context.new_page()
        page.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server.base + path)
        return page

    yield go, elsewhere, errors
    context.close()


@pytest.mark.browser
def test_graph_page_loads_from_the_server(browse):
    go, elsewhere, errors = browse
    page = go("/")
    page.wait_for_function("window.kgGraph && window.kgGraph.ready === true", timeout=30_000)
    assert page.evaluate("window.kgGraph.nodeIds().length") > 10
    assert elsewhere == [] and errors == []


@pytest.mark.browser
def test_query_page_runs_a_shipped_query_offline(browse):
    go, elsewhere, errors = browse
    page = go("/query")
    page.wait_for_function("window.kgQuery.loaded === true", timeout=10_000)
    page.select_option("#shipped", "article-posts")
    page.click("#run")
    page.wait_for_function("window.kgQuery.ready === true", timeout=10_000)
    assert page.evaluate("window.kgQuery.rows") == 5 and page.evaluate("window.kgQuery.error") is None
    assert "Lê Hồng Quang" in page.inner_text("#results")
    page.fill("#sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    page.click("#run")
    page.wait_for_function("window.kgQuery.ready === true", timeout=10_000)
    assert "403" in page.evaluate("window.kgQuery.error")
    assert elsewhere == []
    assert all("403" in e for e in errors)       # the refused update's response, nothing else


def test_a_build_folders_store_is_served_in_place(built, tmp_path):
    """A folder with kg.rdf.store's store is served from it (no copy); others from kg.trig."""
    import pyoxigraph as ox
    from kg.rdf import store as built_store
    from kg.serve.source import prepare

    folder = tmp_path / "withstore"
    folder.mkdir()
    (built_store.store_dir(folder) / built_store.OXIGRAPH_DIR).mkdir(parents=True)
    st = ox.Store(str(built_store.store_dir(folder) / built_store.OXIGRAPH_DIR))
    st.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c")))
    st.flush()
    del st
    (built_store.store_dir(folder) / built_store.MANIFEST).write_text("{}", encoding="utf-8")
    served = prepare(folder)
    assert served.store_path == built_store.store_dir(folder) / built_store.OXIGRAPH_DIR
    assert served.quads == 1 and served._tmp is None
    served.cleanup()
    assert served.store_path.is_dir()                 # the build's store is never removed
    copied = prepare(built)
    assert copied._tmp and copied.store_path.is_dir() and copied.page is not None
    copied.cleanup()
    assert not copied.store_path.exists()

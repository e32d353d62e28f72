"""The public Python API (kg.extract_text, kg.build, kg.open) and the README's example of it.

The README's "Use it from Python" example is run as it stands and its printed output compared
with the output block beside it, so the README cannot go stale. Every article text here is the
project's own (invented people, real places).
"""
from __future__ import annotations

import contextlib
import html
import io
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import kg
from conftest_browser import needs_chromium
from contract_queries import CONTRACT_MEETING, CONTRACT_POSTS
from kg.errors import ArticleError, UsageError

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/vnpolkg/id/"
QUANG = ID + "person/an-giang/le-hong-quang"

# The project's own text: the date has day and month only, so its year must come from elsewhere.
SANG_12_5 = """Ban Thường vụ Huyện ủy Cao Lãnh làm việc với Đảng ủy xã Mỹ Hiệp

Sáng 12-5, Ban Thường vụ Huyện ủy Cao Lãnh làm việc với Đảng ủy xã Mỹ Hiệp về công tác chuẩn bị đại hội.
Đồng chí Phan Quốc Thịnh, Bí thư Huyện ủy Cao Lãnh chủ trì buổi làm việc.
"""

FULL_DATE = """Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị

Ngày 3/9/2023, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận.
Đồng chí Kha Thị Ngọc Diễm, Chủ tịch UBMTTQVN tỉnh Sóc Trăng chủ trì hội nghị.
"""


# ---------------------------------------------------------------------------- the README example

def readme_example() -> tuple[str, str]:
    """The code block of the README's "Use it from Python" section and the output block after it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Use it from Python\n", 1)[1].split("\n## ", 1)[0]
    m = re.search(r"```python\n(.*?)```\s*```text\n(.*?)```", section, re.S)
    assert m, "the README's Python section has a ```python block followed by a ```text block"
    return m.group(1), m.group(2)


def run_example(code: str) -> str:
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)                       # the example builds "seeds/", as a reader would from here
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<README.md: Use it from Python>", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)
    return out.getvalue()


def test_readme_python_example_prints_what_the_readme_shows():
    code, shown = readme_example()
    printed = run_example(code)
    assert printed.rstrip("\n").splitlines() == shown.rstrip("\n").splitlines()


# ---------------------------------------------------------------------------- the package

def test_import_kg_is_light_and_lists_its_api():
    probe = ("import sys, kg; heavy = {'rdflib', 'pyoxigraph', 'networkx', 'pyvis', 'numpy', 'yaml'}; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    assert done.stdout.strip() == "[]"
    assert {"extract_text", "build", "open", "KnowledgeGraph", "__version__"} <= set(kg.__all__)
    for name in kg.__all__:
        assert getattr(kg, name) is not None
        assert name == "__version__" or getattr(kg, name).__doc__, f"kg.{name} has no docstring"
    page = subprocess.run([sys.executable, "-c", "import kg, pydoc; print(pydoc.render_doc(kg, renderer=pydoc.plaintext))"],
                          capture_output=True, text=True, cwd=ROOT, check=True).stdout
    for name in ("extract_text(", "build(", "open(", "class KnowledgeGraph", "query(", "to_networkx("):
        assert name in page


# ---------------------------------------------------------------------------- extract_text

def test_extract_text_finds_the_post_with_its_canonical_body_and_the_meeting_date():
    facts = kg.extract_text(FULL_DATE)
    posts = {(p.official, p.role, p.body.name) for p in facts.posts}
    assert ("Kha Thị Ngọc Diễm", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng") in posts
    [meeting] = facts.meetings
    assert meeting.date == date(2023, 9, 3)
    assert meeting.chairs == ["Kha Thị Ngọc Diễm"]
    post = next(p for p in facts.posts if p.official == "Kha Thị Ngọc Diễm")
    assert "chủ trì hội nghị" in post.evidence.text
    assert facts.source_file.startswith("text-")
    assert kg.extract_text(FULL_DATE, source="soc-trang.txt").source_file == "soc-trang.txt"


def test_published_gives_the_year_of_a_day_and_month():
    undated = kg.extract_text(SANG_12_5)
    assert undated.published is None and undated.meetings[0].date is None
    for published in ("2024-05-20", date(2024, 5, 20), "2024-05-20T07:30:00+07:00", "20/05/2024"):
        facts = kg.extract_text(SANG_12_5, published=published)
        assert facts.meetings[0].date == date(2024, 5, 12), published
        assert facts.published is not None and facts.published.year == 2024
    # the posts are the same whatever the date
    posts = {(p.official, p.role, p.body.name) for p in undated.posts}
    assert ("Phan Quốc Thịnh", "Bí thư", "Huyện ủy Cao Lãnh") in posts
    assert posts == {(p.official, p.role, p.body.name)
                     for p in kg.extract_text(SANG_12_5, published="2024-05-20").posts}


def test_extract_text_refuses_bad_input_clearly():
    with pytest.raises(ValueError, match="not a date"):
        kg.extract_text(SANG_12_5, published="tháng năm")
    with pytest.raises(TypeError):
        kg.extract_text(SANG_12_5.encode("utf-8"))
    with pytest.raises(ArticleError, match="too little text"):
        kg.extract_text("Hội nghị")


# ---------------------------------------------------------------------------- build and open

@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("api") / "out"
    return kg.build("seeds", out), out


def test_build_returns_the_report_with_counts(seeds_build):
    report, out = seeds_build
    assert report.articles == 5 and report.failures == []
    assert (report.officials, report.bodies, report.meetings, report.posts) == (10, 23, 5, 14)
    assert report.triples > 0
    assert {p.name for p in report.outputs} >= {"kg.ttl", "kg.trig", "graph.html", "build-report.json"}
    assert kg.open(out).counts() == {"officials": 10, "bodies": 23, "meetings": 5, "posts": 14}
    assert repr(kg.open(out)) == (f"<KnowledgeGraph {out / 'kg.trig'}: 10 officials, 23 bodies, "
                                  "5 meetings, 14 posts>")


def test_a_folder_and_its_turtle_file_give_the_same_rows(seeds_build):
    _, out = seeds_build
    folder, ttl = kg.open(out), kg.open(out / "kg.ttl")
    assert folder.path == out / "kg.trig" and ttl.path == out / "kg.ttl"
    for q in (CONTRACT_POSTS, CONTRACT_MEETING, "posts-by-official"):
        rows = folder.query(q)
        assert rows and sorted(rows) == sorted(ttl.query(q))
    [meeting] = folder.query(CONTRACT_MEETING)
    assert meeting == ("https://w3id.org/vnpolkg/ontology#WorkingSession", date(2021, 1, 20),
                       "Trần Văn Sáu", "Ban Thường vụ Huyện ủy Lấp Vò")
    assert meeting.date == date(2021, 1, 20) and meeting._asdict()["chair"] == "Trần Văn Sáu"


def test_query_values_are_plain_python(seeds_build):
    _, out = seeds_build
    g = kg.open(out)
    [row] = g.query(f"""SELECT ?n ?who ?none WHERE {{
        {{ SELECT (COUNT(*) AS ?n) WHERE {{ ?p a kg:Official }} }}
        BIND(<{QUANG}> AS ?who) OPTIONAL {{ ?who kg:noSuchProperty ?none }} }}""")
    assert type(row.n) is int and row.n == 10
    assert type(row.who) is str and row.who == QUANG
    assert row.none is None
    assert g.query("ASK { ?p foaf:name 'Lê Hồng Quang' }") is True
    assert len(g.query(f"CONSTRUCT {{ <{QUANG}> ?p ?o }} WHERE {{ <{QUANG}> ?p ?o }}")) > 0
    with pytest.raises(UsageError):
        g.query("SELECT ?x WHERE {")


def test_to_rdflib_and_to_networkx_hold_the_official(seeds_build):
    import networkx as nx
    import rdflib
    from rdflib.namespace import FOAF, RDF

    _, out = seeds_build
    official = rdflib.URIRef(QUANG)
    kg_official = rdflib.URIRef("https://w3id.org/vnpolkg/ontology#Official")
    dataset = kg.open(out).to_rdflib()
    assert isinstance(dataset, rdflib.Dataset)
    assert (official, RDF.type, kg_official) in dataset
    graph = kg.open(out / "kg.ttl").to_rdflib()
    assert isinstance(graph, rdflib.Graph)
    assert graph.value(official, FOAF.name) == rdflib.Literal("Lê Hồng Quang")
    G = kg.open(out).to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.nodes[QUANG]["kind"] == "official" and G.nodes[QUANG]["label"] == "Lê Hồng Quang"
    assert set(G.nodes) == set(kg.open(out / "kg.ttl").to_networkx().nodes)


def test_open_says_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        kg.open(tmp_path / "nothing-here")
    with pytest.raises(UsageError, match="kg.trig or kg.ttl"):
        kg.open(tmp_path)


# ---------------------------------------------------------------------------- Jupyter

CANARY = "<script>window.__pwned=1</script>"


@pytest.fixture(scope="module")
def canary_graph(tmp_path_factory):
    base = tmp_path_factory.mktemp("canary")
    (base / "in").mkdir()
    (base / "in" / "hau-giang.txt").write_text(
        f"Hội nghị {CANARY} Tỉnh ủy Hậu Giang\n\n"
        "Ngày 7/3/2022, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị giao ban.\n"
        "Đồng chí Đàm Quang Vinh, Phó Bí thư Tỉnh ủy Hậu Giang chủ trì hội nghị.\n", encoding="utf-8")
    report = kg.build(base / "in", base / "out")
    assert report.articles == 1 and report.posts == 1
    return kg.open(base / "out")


def srcdoc(frame_html: str) -> str:
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)"[^>]*></iframe>', frame_html)
    assert m, frame_html[:200]
    return m.group(1)


def test_repr_html_is_the_page_escaped_in_an_iframe(canary_graph):
    frame = canary_graph._repr_html_()
    attribute = srcdoc(frame)
    assert "<" not in attribute and '"' not in attribute
    page = html.unescape(attribute)
    assert page == canary_graph.to_html()
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "window.kgGraph" in page or "kgGraph" in page
    # the headline's script is text everywhere: never markup in the frame, nor in the page in it
    assert CANARY not in frame and "<script>window.__pwned" not in page
    assert 'sandbox="allow-scripts"' in frame


@pytest.mark.browser
@needs_chromium
def test_repr_html_renders_the_graph_in_headless_chromium(canary_graph, open_page, tmp_path):
    notebook = tmp_path / "notebook.html"
    notebook.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                        + canary_graph._repr_html_() + "</body></html>", encoding="utf-8")
    visit = open_page(notebook)
    visit.page.wait_for_function("document.querySelector('iframe') !== null")
    inner = next(f for f in visit.page.frames if f is not visit.page.main_frame)
    inner.wait_for_function("window.kgGraph && window.kgGraph.ready === true", timeout=30_000, polling=50)
    nodes = set(inner.evaluate("kgGraph.nodeIds()"))
    assert nodes == set(canary_graph.to_networkx().nodes)
    assert any(n.endswith("dam-quang-vinh") for n in nodes)
    assert inner.evaluate("window.__pwned") is None and visit.eval("window.__pwned") is None
    visit.assert_clean()

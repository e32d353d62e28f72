"""kg.query and kg.export on a small contract-shaped graph (tests/data/fixture-query.ttl)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from kg.errors import UsageError
from kg.ask.export import FORMATS, POSTS_CSV_COLUMNS, SUFFIXES, export
from contract_queries import CONTRACT_POSTS
from kg.ask.named import list_queries, with_prefixes
from kg.ask.query import run_query
from kg.ask.results import display_width, format_results
from kg.rdf.io import load_graph

FIXTURE = Path(__file__).parent / "data" / "fixture-query.ttl"
SHIPPED = ("posts-by-official", "officials-of-body", "meetings-of-body", "who-met-whom",
           "bodies-by-province", "posts-in-date-range", "posts-by-province", "article-posts",
           "article-meeting")

def values(rows):
    return [tuple(None if t is None else t.value for t in row) for row in rows]


# ------------------------------------------------------------------------------ library

def test_library_lists_every_required_query_with_a_description():
    listed = dict(list_queries())
    for name in SHIPPED:
        assert name in listed, name
        assert len(listed[name]) > 20, f"{name} has no '# answers:' line"


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_query_returns_rows(name):
    cols_ox, rows_ox = run_query(name, FIXTURE)
    assert rows_ox, f"{name} returned no rows on the fixture"


def test_contract_query_one_answers_the_articles_posts():
    cols, rows = run_query(CONTRACT_POSTS, FIXTURE)
    assert cols == ["name", "role", "org"]
    assert sorted(values(rows)) == [
        ("Lê Minh Thủy", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"),
        ("Nguyễn Văn Bình", "Bí thư", "Tỉnh ủy An Giang"),
        ("Phạm Quốc Hòa", "Trưởng ban", "Ban Dân vận Tỉnh ủy An Giang"),
        ("Trần Thị Thu Hà", "Phó Bí thư Thường trực", "Tỉnh ủy An Giang"),
        ("Võ Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang"),
    ]
    assert rows[0][0].lang is None and rows[0][1].lang == "vi"


def test_article_meeting_gives_kind_date_chair_host():
    cols, rows = run_query("article-meeting", FIXTURE)
    kind, date, chair, host = rows[0]
    assert len(rows) == 1
    assert kind.value == "https://w3id.org/vnpolkg/ontology#WorkingSession"
    assert (date.value, date.datatype) == ("2021-01-20", "http://www.w3.org/2001/XMLSchema#date")
    assert (chair.value, host.value) == ("Huỳnh Văn Sáng", "Ban Thường vụ Huyện ủy Lấp Vò")


def test_posts_by_official_folds_attestations_into_first_last_and_article_count():
    _, rows = run_query("posts-by-official", FIXTURE)
    by_post = {r[:3]: r[3:] for r in values(rows)}
    assert by_post[("Trần Thị Thu Hà", "Phó Bí thư Thường trực", "Tỉnh ủy An Giang")] == (
        "2021-06-09", "2022-03-15", "2")
    # a post never dated keeps its row, with empty dates
    assert by_post[("Đỗ Thanh Tùng", "Chủ tịch", "Hội đồng nhân dân tỉnh")] == (None, None, "1")


def test_who_met_whom_counts_shared_meetings_once_per_pair():
    _, rows = run_query("who-met-whom", FIXTURE)
    got = values(rows)
    assert got[0] == ("Phạm Quốc Hòa", "Trần Thị Thu Hà", "2")
    assert len(got) == 10  # 5 attendees at one meeting: C(5,2) pairs; the other meetings add none new
    assert all(a < b for a, b, _ in got)


def test_bodies_by_province_puts_district_bodies_in_their_province():
    _, rows = run_query("bodies-by-province", FIXTURE)
    got = {(r[2], r[0], r[3]) for r in values(rows)}
    assert ("Huyện ủy Lấp Vò", "Đồng Tháp", "PartyCommittee") in got
    assert ("Ủy ban nhân dân tỉnh An Giang", "An Giang", "StateBody") in got
    assert not any(org == "Tỉnh ủy" for org, _, _ in got)  # bare body: no province known


def test_posts_in_date_range_keeps_only_attestations_in_range():
    _, rows = run_query("posts-in-date-range", FIXTURE)
    dates = {r[0] for r in values(rows)}
    assert dates == {"2021-01-20", "2021-06-09"}  # 2022-03-15 is outside the default 2021 range


def test_officials_of_body_filter_matches_without_accents(tmp_path):
    text = (Path(__file__).parent.parent / "kg" / "ask" / "queries" / "officials-of-body.rq").read_text("utf-8")
    edited = text.replace('VALUES ?wanted { "" }', 'VALUES ?wanted { "ban dan van tinh uy" }')
    assert edited != text, "the documented VALUES line is gone"
    rq = tmp_path / "mine.rq"
    rq.write_text(edited, encoding="utf-8")
    _, rows = run_query(rq, FIXTURE)
    assert values(rows) == [("Ban Dân vận Tỉnh ủy An Giang", "Phạm Quốc Hòa", "Trưởng ban",
                             "2021-06-09", "2022-03-15")]


# ------------------------------------------------------------------------------ resolving

def test_prefixes_are_added_only_when_missing():
    q = "PREFIX kg: <http://example.org/other#> SELECT * WHERE { ?s kg:p ?o }"
    out = with_prefixes(q)
    assert out.count("PREFIX kg:") == 1 and "PREFIX org: <http://www.w3.org/ns/org#>" in out
    assert out.splitlines()[1:] == q.splitlines()  # one prologue line, query unchanged


def test_query_without_prefixes_uses_the_contract_ones():
    cols, rows = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?m a org:Membership ; org:member ?p }",
                           FIXTURE)
    assert values(rows) == [("9",)]


def test_unknown_name_missing_file_and_bad_sparql_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="unknown query 'posts-by-oficial'.*posts-by-official"):
        run_query("posts-by-oficial", FIXTURE)
    with pytest.raises(UsageError, match="nothing.rq: query file not found"):
        run_query(str(tmp_path / "nothing.rq"), FIXTURE)
    with pytest.raises(UsageError, match="SPARQL error"):
        run_query("SELECT ?x WHERE { ?x ", FIXTURE)


def test_missing_or_broken_graph_file_is_named(tmp_path):
    with pytest.raises(UsageError, match="absent.ttl: graph file not found"):
        load_graph(tmp_path / "absent.ttl")
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix kg: <x> .\nthis is not turtle", encoding="utf-8")
    with pytest.raises(UsageError, match="broken.ttl: cannot read as turtle"):
        load_graph(bad)
    with pytest.raises(UsageError, match="broken.ttl"):
        run_query("article-posts", bad)


def test_ask_and_construct():
    cols, answer = run_query("ASK { ?m a kg:Meeting ; schema:startDate \"2021-01-20\"^^xsd:date }",
                             FIXTURE)
    assert answer is True
    assert format_results(cols, answer, "table") == "true"
    cols, g = run_query("CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a kg:Official ; foaf:name ?n }",
                        FIXTURE)
    assert len(g) == 7
    back = rdflib.Graph().parse(data=format_results(cols, g, "table"), format="turtle")
    assert len(back) == 7
    _, answer = run_query("ASK { ?s kg:sourceFile \"nope.txt\" }", FIXTURE)
    assert json.loads(format_results(["ask"], answer, "json")) == {"head": {}, "boolean": False}


# ------------------------------------------------------------------------------ printing

def test_table_aligns_vietnamese_and_counts_rows():
    cols, rows = run_query("article-posts", FIXTURE)
    out = format_results(cols, rows, "table")
    lines = out.splitlines()
    assert lines[-1] == "(5 rows)"
    # every cell of the last column starts at the same screen column
    starts = {display_width(line[: line.index(cell)])
              for line, cell in zip(lines[2:-1], ["Ủy ban Mặt", "Tỉnh ủy", "Ban Dân vận", "Tỉnh ủy", "Ủy ban nhân"])}
    assert len(starts) == 1
    assert display_width("Ủy") == 2 and display_width("U\u0309y") == 2 and display_width("中") == 2


def test_table_shortens_ids_and_drops_language_tags():
    cols, rows = run_query("SELECT ?p ?n WHERE { ?p foaf:name ?n } ORDER BY ?p LIMIT 1", FIXTURE)
    out = format_results(cols, rows, "table")
    assert "id:person/do-thanh-tung--c01" in out and "https://" not in out
    cols, rows = run_query("SELECT ?l WHERE { <https://w3id.org/vnpolkg/id/place/lap-vo> skos:prefLabel ?l }",
                           FIXTURE)
    assert format_results(cols, rows, "table").splitlines()[2] == "Lấp Vò"
    assert format_results([], [], "table").endswith("(0 rows)")


def test_csv_is_rfc4180_with_full_iris():
    cols, rows = run_query("SELECT ?e ?ev WHERE { ?e a kg:Meeting ; kg:evidence ?ev } ORDER BY ?e", FIXTURE)
    out = format_results(cols, rows, "csv")
    assert out.startswith("e,ev\r\n")
    parsed = list(csv.reader(io.StringIO(out, newline="")))
    assert parsed[1][0] == "https://w3id.org/vnpolkg/id/meeting/001"
    assert parsed[1][1].startswith("Sáng 9-6, Thường trực Tỉnh ủy An Giang")  # comma inside: quoted
    assert len(parsed) == 5


def test_json_keeps_language_datatype_and_unbound():
    cols, rows = run_query("posts-by-official", FIXTURE)
    doc = json.loads(format_results(cols, rows, "json"))   # W3C SPARQL 1.1 Query Results JSON
    assert doc["head"]["vars"] == ["official", "role", "organisation", "first", "last", "articles"]
    data = doc["results"]["bindings"]
    assert data[0]["role"] == {"type": "literal", "value": "Bí thư", "xml:lang": "vi"}
    assert data[0]["official"] == {"type": "literal", "value": "Huỳnh Văn Sáng"}
    assert data[0]["first"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    undated = [d for d in data if d["official"]["value"] == "Đỗ Thanh Tùng"]
    assert undated and "first" not in undated[0]


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown format 'xml'"):
        format_results(["a"], [], "xml")


def test_trig_and_jsonld_graphs_answer_like_turtle(tmp_path):
    want = run_query("posts-by-province", FIXTURE)[1]
    for fmt in ("trig", "jsonld", "nt"):
        path = export(FIXTURE, fmt, tmp_path / f"g{SUFFIXES[fmt]}")
        assert run_query("posts-by-province", path)[1] == want, fmt


# ------------------------------------------------------------------------------ export

def _load_back(path: Path, fmt: str):
    if fmt in ("turtle", "nt", "jsonld", "trig"):
        rdf_fmt = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}[fmt]
        g = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
        g.parse(path, format=rdf_fmt)
        ox_fmt = {"turtle": "TURTLE", "nt": "N_TRIPLES", "jsonld": "JSON_LD", "trig": "TRIG"}[fmt]
        store = pyoxigraph.Store()
        store.load(path=str(path), format=getattr(pyoxigraph.RdfFormat, ox_fmt))
        n_rdflib = len(list(g.quads((None, None, None, None)))) if fmt == "trig" else len(g)
        return n_rdflib, len(store)
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    import networkx as nx
    return nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)


def _network_ready() -> bool:
    try:
        from kg.view import network
    except ImportError:
        return False
    return hasattr(network, "write_graphml") and hasattr(network, "write_gexf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_format_writes_a_file_that_loads_back(fmt, tmp_path):
    if fmt in ("graphml", "gexf") and not _network_ready():
        pytest.skip("kg.network.write_graphml/write_gexf not written yet")
    n = len(rdflib.Graph().parse(FIXTURE))
    out = export(FIXTURE, fmt, tmp_path / "sub" / f"kg{SUFFIXES[fmt]}")
    assert out.is_file() and not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    back = _load_back(out, fmt)
    if fmt in ("turtle", "nt", "jsonld", "trig"):
        assert back == (n, n)
    elif fmt == "csv":
        assert list(back[0]) == list(POSTS_CSV_COLUMNS) and len(back) == 9
    else:
        names = {d.get("label") for _, d in back.nodes(data=True)}
        assert "Trần Thị Thu Hà" in names
        assert back.number_of_nodes() > 20


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "csv"])
def test_exports_are_deterministic(fmt, tmp_path):
    a = export(FIXTURE, fmt, tmp_path / f"a{SUFFIXES[fmt]}").read_bytes()
    b = export(FIXTURE, fmt, tmp_path / f"b{SUFFIXES[fmt]}").read_bytes()
    assert a == b
    if fmt != "csv":  # a round trip through the exported file gives the same bytes again
        c = export(tmp_path / f"a{SUFFIXES[fmt]}", fmt, tmp_path / f"c{SUFFIXES[fmt]}").read_bytes()
        assert c == a


def test_nt_export_is_sorted(tmp_path):
    lines = export(FIXTURE, "nt", tmp_path / "kg.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_posts_csv_rows(tmp_path):
    rows = _load_back(export(FIXTURE, "csv", tmp_path / "posts.csv"), "csv")
    assert (tmp_path / "posts.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheets
    ha = [r for r in rows if r["official"] == "Trần Thị Thu Hà"]
    assert ha == [{"official": "Trần Thị Thu Hà", "role": "Phó Bí thư Thường trực",
                   "organisation": "Tỉnh ủy An Giang", "province": "An Giang",
                   "first_attested": "2021-06-09", "last_attested": "2022-03-15",
                   "articles": "001_e7cc54ef7cd11647.txt; c02_ban-dan-van-an-giang.txt"}]
    sang = {r["organisation"]: r["province"] for r in rows if r["official"] == "Huỳnh Văn Sáng"}
    assert sang == {"Huyện ủy Lấp Vò": "Đồng Tháp", "Tỉnh ủy Đồng Tháp": "Đồng Tháp"}
    tung = [r for r in rows if r["official"] == "Đỗ Thanh Tùng"]
    assert {r["province"] for r in tung} == {""} and {r["first_attested"] for r in tung} == {""}


def test_jsonld_export_uses_a_compact_context(tmp_path):
    doc = json.loads(export(FIXTURE, "jsonld", tmp_path / "kg.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/vnpolkg/ontology#"
    assert any("foaf:name" in node for node in doc["@graph"])


def test_export_errors(tmp_path):
    with pytest.raises(UsageError, match="unknown export format 'png'"):
        export(FIXTURE, "png", tmp_path / "x.png")
    with pytest.raises(UsageError, match="graph file not found"):
        export(tmp_path / "none.ttl", "nt", tmp_path / "x.nt")
    target = tmp_path / "keep.nt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UsageError):
        export(tmp_path / "none.ttl", "nt", target)
    assert target.read_text(encoding="utf-8") == "old"


def test_named_graphs_of_a_trig_file_are_queried_as_one(tmp_path):
    trig = tmp_path / "kg.trig"
    trig.write_text("""
@prefix kg: <https://w3id.org/vnpolkg/ontology#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://w3id.org/vnpolkg/id/graph/a1> { <https://w3id.org/vnpolkg/id/person/x> a kg:Official . }
<https://w3id.org/vnpolkg/id/graph/a2> { <https://w3id.org/vnpolkg/id/person/x> foaf:name "Lê Văn X" . }
""", encoding="utf-8")
    _, rows = run_query("SELECT ?n WHERE { ?p a kg:Official ; foaf:name ?n }", trig)
    assert values(rows) == [("Lê Văn X",)]
    out = export(trig, "nt", tmp_path / "flat.nt")
    assert len(rdflib.Graph().parse(out, format="nt")) == 2

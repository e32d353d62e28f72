"""Network analytics on the fixture graph: counts, centrality, co-attendance, communities."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, Literal, Namespace, URIRef

from kg.rdf.io import load_union as load_graph
from kg.view.stats import compute_stats, format_stats

FIXTURE = Path(__file__).parent / "data" / "fixture-graph.ttl"
ID = Namespace("https://w3id.org/vnpolkg/id/")
KG = Namespace("https://w3id.org/vnpolkg/ontology#")
SCHEMA = Namespace("https://schema.org/")


@pytest.fixture
def rdf():
    return load_graph(FIXTURE)


def test_counts_by_kind(rdf):
    d = compute_stats(rdf)
    assert d["counts"] == {"official": 7, "party": 7, "front": 2, "state": 1, "meeting": 2, "place": 2,
                           "article": 2}
    assert d["nodes"] == 23
    assert d["relations"]["holds_post"] == 8


def test_top_officials(rdf):
    d = compute_stats(rdf)
    # Võ Nguyên Nam holds two posts and led a delegation: the most connected official
    assert d["top_degree"][0] == {"id": str(ID["person-vo-nguyen-nam"]), "name": "Võ Nguyên Nam", "degree": 3}
    names = [r["name"] for r in d["top_betweenness"]]
    assert len(names) == 7 and set(names) >= {"Lê Hồng Quang", "Võ Thiện Hảo"}
    assert [r["betweenness"] for r in d["top_betweenness"]] == \
        sorted((r["betweenness"] for r in d["top_betweenness"]), reverse=True)


def test_bodies_by_meetings(rdf):
    rows = {r["name"]: (r["meetings"], r["hosted"], r["guest"]) for r in compute_stats(rdf)["bodies_by_meetings"]}
    assert rows["Ban Dân vận Tỉnh ủy An Giang"] == (2, 0, 2)
    assert rows["Thường trực Tỉnh ủy An Giang"] == (1, 1, 0)


def test_who_met_whom_most(rdf):
    # a third meeting where only Quang and Nưng meet makes theirs the strongest pair
    m = ID["meeting-extra"]
    rdf.add((m, RDF.type, KG.Meeting))
    rdf.add((m, RDF.type, KG.Conference))
    rdf.add((m, SCHEMA.startDate, Literal("2021-07-01")))
    for p in ("person-le-hong-quang", "person-le-van-nung"):
        rdf.add((m, SCHEMA.attendee, ID[p]))
    pairs = compute_stats(rdf)["co_attendance"]
    assert pairs[0] == {"a": "Lê Hồng Quang", "b": "Lê Văn Nưng", "meetings": 2}
    assert all(p["meetings"] == 1 for p in pairs[1:])
    assert {"a": "Võ Nguyên Nam", "b": "Võ Thiện Hảo", "meetings": 1} in compute_stats(rdf, top=50)["co_attendance"]


def test_communities_are_deterministic(rdf):
    first = compute_stats(rdf)["communities"]
    assert first == [
        ["Lê Hồng Quang", "Lê Văn Nưng", "Lê Văn Phước", "Nguyễn Tiếc Hùng", "Trần Thị Thanh Hương"],
        ["Võ Nguyên Nam", "Võ Thiện Hảo"],
    ]
    assert all(compute_stats(load_graph(FIXTURE))["communities"] == first for _ in range(3))


def test_format_table_and_json(rdf):
    d = compute_stats(rdf)
    table = format_stats(d)
    assert "Nodes by kind" in table and "Cán bộ" in table and "Võ Nguyên Nam" in table
    assert "Communities of the co-attendance network (2)" in table
    assert json.loads(format_stats(d, "json")) == json.loads(json.dumps(d))
    assert "Lê Hồng Quang" in format_stats(d, "json")       # readable, not \\u-escaped
    with pytest.raises(ValueError):
        format_stats(d, "xml")


def test_accepts_the_property_graph_too(rdf):
    from kg.view.network import to_networkx

    assert compute_stats(to_networkx(rdf)) == compute_stats(rdf)
    assert URIRef(ID["person-le-hong-quang"])  # the IRIs used above are the fixture's

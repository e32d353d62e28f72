"""Commands and kg.open read a build folder's store without parsing its files; a graph file
still reads the file. The page and the statistics fetch what they draw from the store."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.batch import build
from kg.cli import main
from kg.rdf import io as rio
from kg.rdf import store as st

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for p in sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt")):
        shutil.copy(p, src / p.name)
    out = tmp_path_factory.mktemp("out")
    build([src], out, html=False)
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_folder_is_queried_through_its_store_without_parsing(built, monkeypatch):
    def no_parse(*a, **k):
        raise AssertionError("parsed a file")
    monkeypatch.setattr(rio, "_read_store", no_parse)
    monkeypatch.setattr(rio, "load_graph", no_parse)
    r = run("query", "posts-by-official", "-g", built, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert len(r.output.splitlines()) > 100
    g = kg.open(built)
    assert g.counts()["officials"] > 100
    assert run("stats", "-g", built, "--format", "json").exit_code == 0


def test_folder_and_file_give_the_same_answers(built):
    for q in ("posts-by-official", "who-met-whom", "meetings-of-body"):
        folder = run("query", q, "-g", built, "--format", "csv").output
        trig = run("query", q, "-g", built / "kg.trig", "--format", "csv").output
        assert folder == trig, q


def test_stats_from_the_store_equal_stats_from_the_file(built):
    a = json.loads(run("stats", "-g", built, "--format", "json").output)
    b = json.loads(run("stats", "-g", built / "kg.ttl", "--format", "json").output)
    assert a == b


def test_large_graph_stats_by_sparql_and_igraph(built):
    from kg.view.stats import store_stats
    small = store_stats(st.open_store(built), top=5)
    large = store_stats(st.open_store(built), top=5, small=0)
    assert large["counts"] == small["counts"]
    assert large["top_degree"] == small["top_degree"]
    assert large["bodies_by_meetings"] == small["bodies_by_meetings"]
    assert large["co_attendance"] == small["co_attendance"]
    assert large["communities"] and all(len(c) > 1 for c in large["communities"])
    assert {r["name"] for r in large["top_betweenness"]} and large["relations"]["holds_post"] > 0


def test_page_from_the_store_equals_page_from_the_file(built, tmp_path):
    assert run("viz", "-g", built, "-o", tmp_path / "a.html").exit_code == 0
    assert run("viz", "-g", built / "kg.ttl", "-o", tmp_path / "b.html").exit_code == 0
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert run("viz", "-g", built, "-o", tmp_path / "c.html", "--focus", "Lê Hồng Quang").exit_code == 0
    r = run("viz", "-g", built, "-o", tmp_path / "e.html", "--focus", "Nobody At All")
    assert r.exit_code != 0 and "Nobody At All" in r.output


@pytest.mark.parametrize("depth", [1, 2])
def test_ego_graph_from_the_store_has_the_nodes_of_the_ego_graph_of_the_whole(built, depth):
    from kg.view.network import ego_graph, to_networkx
    from kg.view.store_graph import page_graph
    store = st.open_store(built)
    whole = ego_graph(to_networkx(page_graph(store, max_nodes=10 ** 9)), "Le Hong Quang", depth)
    part = ego_graph(to_networkx(page_graph(store, focus="Le Hong Quang", depth=depth)), "Le Hong Quang", depth)
    assert set(part.nodes) == set(whole.nodes)
    assert set(part.edges) == set(whole.edges)


def test_a_large_page_is_its_most_connected_nodes(built):
    from kg.view.network import to_networkx
    from kg.view.store_graph import page_graph
    G = to_networkx(page_graph(st.open_store(built), max_nodes=50))
    officials = [n for n, k in G.nodes(data="kind") if k == "official"]
    assert 0 < G.number_of_nodes() <= 60 and officials


def test_open_folder_networkx_from_the_store(built):
    g = kg.open(built)
    G = g.to_networkx()
    assert G.number_of_nodes() > 100


def test_export_from_the_store(built, tmp_path, monkeypatch):
    import kg.ask.export as ex
    monkeypatch.setattr(ex, "load_graph", lambda *a, **k: (_ for _ in ()).throw(AssertionError("parsed")))
    assert run("export", "-g", built, "--format", "turtle", "-o", tmp_path / "x.ttl").exit_code == 0
    assert (tmp_path / "x.ttl").read_bytes() == (built / "kg.ttl").read_bytes()
    assert run("export", "-g", built, "--format", "graphml", "-o", tmp_path / "x.graphml").exit_code == 0
    assert (tmp_path / "x.graphml").stat().st_size > 1000

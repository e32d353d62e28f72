"""kg.rdf.io: one reader for a graph file or a build folder, one Turtle writer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.ask.query import run_query
from kg.batch import build
from kg.cli import main
from kg.errors import UsageError
from kg.rdf.io import graph_file, load_union, turtle_bytes
from kg.rdf.vocab import qname, shorten_iri

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    assert build([SEEDS], out, html=False).articles == 5
    return out


def test_a_build_folder_is_read_from_its_trig(built, tmp_path):
    assert graph_file(built) == built / "kg.trig"
    (tmp_path / "kg.ttl").write_bytes((built / "kg.ttl").read_bytes())
    assert graph_file(tmp_path) == tmp_path / "kg.ttl"
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no built graph"):
        graph_file(tmp_path / "empty")


def test_folder_and_file_answer_alike(built):
    q = "article-posts"
    assert run_query(q, built)[1] == run_query(q, built / "kg.ttl")[1]


def test_export_writes_the_builds_turtle_bytes(built, tmp_path):
    r = CliRunner().invoke(main, ["export", "-g", str(built / "kg.ttl"), "--format", "turtle",
                                  "-o", str(tmp_path / "again.ttl")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "again.ttl").read_bytes() == (built / "kg.ttl").read_bytes()
    assert turtle_bytes(load_union(built / "kg.ttl")) == (built / "kg.ttl").read_bytes()


def test_query_reads_stdin_and_prints_w3c_json(built):
    r = CliRunner().invoke(main, ["query", "-", "-g", str(built), "--format", "json"],
                           input="SELECT ?n WHERE { ?p a kg:Official ; foaf:name ?n } ORDER BY ?n LIMIT 1")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["head"]["vars"] == ["n"]
    assert doc["results"]["bindings"][0]["n"]["type"] == "literal"


def test_one_shortener():
    assert shorten_iri("https://w3id.org/vnpolkg/id/person/x") == "id:person/x"
    assert shorten_iri("https://w3id.org/vnpolkg/ontology#Official") == "kg:Official"
    assert shorten_iri("http://example.org/x") == "http://example.org/x"
    assert qname("http://example.org/x") is None

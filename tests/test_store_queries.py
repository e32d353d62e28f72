"""Shipped queries run on any SPARQL 1.1 endpoint (each declares its PREFIXes) and take
parameters (kg.ask.named): bound with --param, all rows when unbound."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.ask.named import bind_params, list_queries, query_params, query_path, sparql_term
from kg.ask.query import run_query
from kg.cli import main
from kg.errors import UsageError

FIXTURE = Path(__file__).parent / "data" / "fixture-query.ttl"
NAMES = [n for n, _ in list_queries()]


def values(rows):
    return [tuple(None if t is None else t.value for t in row) for row in rows]


@pytest.fixture(scope="module")
def bare_store():
    st = ox.Store()
    st.load(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)
    return st


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_query_runs_with_no_predeclared_prefix(name, bare_store):
    text = query_path(name).read_text(encoding="utf-8")
    rows = list(bare_store.query(text))          # raw Oxigraph: no prefixes given
    assert rows, name


@pytest.mark.parametrize("name", NAMES)
def test_parameters_are_declared_with_description_and_example(name):
    text = query_path(name).read_text(encoding="utf-8")
    for p in query_params(text):
        assert p.description and p.example, (name, p)
        assert re.search(r"\?" + p.name + r"\b", text.split("\n", 3)[-1]), (name, p.name)


@pytest.mark.parametrize("name", NAMES)
def test_every_parameter_left_empty_gives_at_least_the_default_rows(name):
    _, default = run_query(name, FIXTURE)
    params = {p.name: "" for p in query_params(query_path(name).read_text(encoding="utf-8"))}
    _, unbound = run_query(name, FIXTURE, params=params)
    assert set(values(default)) <= set(values(unbound))


def test_body_parameter_matches_without_accents():
    _, rows = run_query("officials-of-body", FIXTURE, params={"body": "ban dan van tinh uy"})
    assert values(rows) == [("Ban Dân vận Tỉnh ủy An Giang", "Phạm Quốc Hòa", "Trưởng ban",
                             "2021-06-09", "2022-03-15")]


def test_source_parameter_chooses_the_article_and_empty_lists_all():
    _, one = run_query("article-posts", FIXTURE)
    _, every = run_query("article-posts", FIXTURE, params={"source": ""})
    assert len(every) > len(one)


def test_date_parameters_replace_the_default_values_lines():
    _, rows = run_query("posts-in-date-range", FIXTURE, params={"from": "2022-01-01", "to": ""})
    assert {r[0] for r in values(rows)} == {"2022-03-15"}


def test_who_met_whom_of_one_official():
    _, rows = run_query("who-met-whom", FIXTURE, params={"name": "Phạm Quốc Hòa"})
    assert rows and all("Phạm Quốc Hòa" in (a, b) for a, b, _ in values(rows))


def test_an_undeclared_parameter_is_bad_usage():
    with pytest.raises(UsageError, match="unknown parameter 'nope'.*body"):
        run_query("officials-of-body", FIXTURE, params={"nope": "x"})


def test_values_are_sparql_terms():
    assert sparql_term("2021-01-01") == '"2021-01-01"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert sparql_term("12") == "12"
    assert sparql_term("https://w3id.org/vnpolkg/id/x") == "<https://w3id.org/vnpolkg/id/x>"
    assert sparql_term('say "hi"') == '"say \\"hi\\""'
    assert sparql_term('"Bí thư"@vi') == '"Bí thư"@vi'
    assert sparql_term("") == "UNDEF"


def test_a_query_without_a_values_line_gets_one_after_where():
    q = "# param x: a thing (1)\nSELECT ?x WHERE { OPTIONAL { ?s ?p ?o } }"
    assert bind_params(q, {"x": "1"}).endswith("WHERE { VALUES ?x { 1 } OPTIONAL { ?s ?p ?o } }")


def test_cli_param_and_list():
    r = CliRunner().invoke(main, ["query", "officials-of-body", "-g", str(FIXTURE), "--format", "csv",
                                  "--param", "body=Ban Dân vận"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].startswith("Ban Dân vận Tỉnh ủy An Giang,Phạm Quốc Hòa")
    listed = CliRunner().invoke(main, ["query", "--list"]).output
    assert "--param body=" in listed and "--param from=" in listed
    bad = CliRunner().invoke(main, ["query", "officials-of-body", "-g", str(FIXTURE), "--param", "body"])
    assert bad.exit_code == 2 and "NAME=VALUE" in bad.output

"""The `kg` command end to end: real files in, real graphs out, real SPARQL on them."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from contract_queries import CONTRACT_MEETING, CONTRACT_POSTS
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    r = run("build", SEEDS, "-o", out)
    assert r.exit_code == 0, r.output
    return out


# -- help ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("cmd,expect", [
    ([], ["build", "query", "export", "validate", "viz", "stats", "eval"]),
    (["build"], ["PATHS", "--out", "--curation", "--jobs"]),
    (["query"], ["QUERY", "--graph", "--format", "--list"]),
    (["export"], ["--format", "graphml", "--out"]),
    (["validate"], ["GRAPH_PATH"]),
    (["viz"], ["--focus", "--depth"]),
    (["stats"], ["--format", "--top"]),
    (["eval"], ["GOLD", "ARTICLES", "--graph", "--verbose"]),
])
def test_every_command_has_complete_help(cmd, expect):
    r = run(*cmd, "--help")
    assert r.exit_code == 0
    for word in expect:
        assert word in r.output


def test_console_script_is_installed():
    kg = Path(sys.executable).parent / "kg"
    r = subprocess.run([str(kg), "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "vnpolkg" in r.stdout


# -- build ---------------------------------------------------------------------------------------

def test_build_writes_the_graph_files(built):
    for name in ("kg.ttl", "kg.trig", "graph.html", "build-report.json"):
        assert (built / name).stat().st_size > 0
    report = json.loads((built / "build-report.json").read_text())
    assert report["articles"] == 5 and report["failed"] == []
    ds = rdflib.Dataset()
    ds.parse(built / "kg.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/vnpolkg/id/graph/001_e7cc54ef7cd11647" in names
    assert "https://w3id.org/vnpolkg/id/graph/build" in names


def test_contract_queries_answer_as_the_gold_says(built):
    r = run("query", CONTRACT_POSTS, "-g", built / "kg.ttl", "--format", "json")
    rows = {(x["name"]["value"], x["role"]["value"], x["org"]["value"]) for x in json.loads(r.output)["results"]["bindings"]}
    assert ("Lê Hồng Quang", "Bí thư", "Tỉnh ủy An Giang") in rows
    assert ("Trần Thị Thanh Hương", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy An Giang") in rows
    assert len(rows) == 5
    r = run("query", CONTRACT_MEETING, "-g", built / "kg.ttl", "--format", "csv")
    lines = r.output.strip().splitlines()
    assert lines[0] == "kind,date,chair,host"
    assert lines[1] == ("https://w3id.org/vnpolkg/ontology#WorkingSession,2021-01-20,Trần Văn Sáu,"
                        "Ban Thường vụ Huyện ủy Lấp Vò")


def test_turtle_loads_unchanged_in_another_rdf_tool(built):
    store = pyoxigraph.Store()
    store.load(path=str(built / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    g = rdflib.Graph().parse(built / "kg.ttl")
    assert len(store) == len(g) > 300


def test_missing_path_is_bad_usage(tmp_path):
    r = run("build", tmp_path / "nope", "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert "nope" in r.output and "no such file" in r.output


def test_folder_without_articles_is_bad_usage(tmp_path):
    (tmp_path / "in").mkdir()
    r = run("build", tmp_path / "in", "-o", tmp_path / "out")
    assert r.exit_code == 2 and "no article files" in r.output


def _broken_batch(folder: Path) -> dict[str, str]:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "garbage.txt").write_bytes(bytes(range(128, 256)) * 8)
    (folder / "english.txt").write_text("The quick brown fox jumps over the lazy dog. " * 20, encoding="utf-8")
    (folder / "short.txt").write_text("Tin ngắn.", encoding="utf-8")
    return {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "garbage.txt": "decode",
            "english.txt": "not an article", "short.txt": "not an article"}


def test_broken_articles_are_reported_by_name_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "in"
    expected = _broken_batch(folder)
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    r = run("build", folder, "-o", tmp_path / "out")
    assert r.exit_code == 0
    for name, reason in expected.items():
        line = next((l for l in r.output.splitlines() if l.startswith(f"kg: {name}:")), None)
        assert line is not None, (name, r.output)
        assert reason in line, line
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    files = {str(o) for o in g.objects(None, rdflib.URIRef("https://w3id.org/vnpolkg/ontology#sourceFile"))}
    assert files == {f.name for f in SEEDS.glob("*.txt")}
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert sorted(x["file"] for x in report["failed"]) == sorted(expected)


def test_nothing_built_exits_non_zero_and_writes_nothing(tmp_path):
    _broken_batch(tmp_path / "in")
    r = run("build", tmp_path / "in", "-o", tmp_path / "out")
    assert r.exit_code == 1
    assert "nothing was built" in r.output
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_same_input_same_bytes_whatever_the_order(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    b.mkdir()
    shutil.copytree(SEEDS, a)
    for f in sorted(SEEDS.glob("*.txt"), reverse=True):      # created in the other order
        shutil.copy(f, b / f.name)
    for src, out in ((a, "o1"), (a, "o2"), (b, "o3")):
        assert run("build", src, "-o", tmp_path / out, "--no-html").exit_code == 0
    one = (tmp_path / "o1" / "kg.ttl").read_bytes()
    assert one == (tmp_path / "o2" / "kg.ttl").read_bytes() == (tmp_path / "o3" / "kg.ttl").read_bytes()


def test_parallel_build_gives_the_same_graph(tmp_path):
    assert run("build", SEEDS, "-o", tmp_path / "one", "--no-html").exit_code == 0
    assert run("build", SEEDS, "-o", tmp_path / "two", "--no-html", "-j", "2").exit_code == 0
    assert (tmp_path / "one" / "kg.ttl").read_bytes() == (tmp_path / "two" / "kg.ttl").read_bytes()


def test_a_crash_never_leaves_half_a_file(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("OLD", encoding="utf-8")

    import kg.batch as kb
    import kg.write as kw

    real = kw.atomic_write

    def failing_write(path, data):
        if path.name == "kg.ttl":
            # die half-way through writing the temporary file
            def boom(*a, **k):
                raise OSError("disk full")
            monkeypatch.setattr(kw.os, "fsync", boom)
        try:
            return real(path, data)
        finally:
            monkeypatch.undo()

    monkeypatch.setattr(kw, "atomic_write", failing_write)
    with pytest.raises(OSError, match="disk full"):
        kb.build([SEEDS], out, html=False)
    assert (out / "kg.ttl").read_text(encoding="utf-8") == "OLD"
    assert [p.name for p in out.iterdir() if p.name != ".kg-build.lock"] == ["kg.ttl"]   # no temporary file left behind


def _without_build_time(trig: str) -> str:
    trig = re.sub(r"build/\d{8}T\d{6}Z", "build/TIME", trig)
    return re.sub(r'"\d{4}-\d\d-\d\dT[\d:]+(?:\+00:00|Z)?"\^\^xsd:dateTime', '"TIME"', trig)


def test_committed_out_folder_is_fresh(tmp_path):
    """out/ is what `kg build seeds/` writes; rebuild it and compare (the build's own time aside)."""
    assert run("build", SEEDS, "-o", tmp_path).exit_code == 0
    for name in ("kg.ttl", "graph.html", "build-report.json"):
        assert (ROOT / "out" / name).read_bytes() == (tmp_path / name).read_bytes(), \
            f"out/{name} is stale: run `make demo` and commit out/"
    assert _without_build_time((ROOT / "out" / "kg.trig").read_text(encoding="utf-8")) == \
        _without_build_time((tmp_path / "kg.trig").read_text(encoding="utf-8")), "out/kg.trig is stale"


# -- query, export, validate, stats, viz, eval ----------------------------------------------------

def test_query_by_name_list_and_formats(built):
    r = run("query", "--list")
    assert r.exit_code == 0 and "posts-by-official" in r.output and "who-met-whom" in r.output
    r = run("query", "posts-by-official", "-g", built / "kg.ttl")
    assert r.exit_code == 0 and "Lê Hồng Quang" in r.output and "rows)" in r.output
    r = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?o a kg:Official }", "-g", built / "kg.ttl", "--format", "csv")
    assert r.output.strip().splitlines() == ["n", "10"]


def test_query_errors_are_one_line(tmp_path, built):
    r = run("query", "SELECT nonsense {", "-g", built / "kg.ttl")
    assert r.exit_code == 2 and r.output.startswith("kg: ")
    r = run("query", "posts-by-official", "-g", tmp_path / "missing.ttl")
    assert r.exit_code == 2 and "missing.ttl" in r.output


@pytest.mark.parametrize("fmt,suffix", [("turtle", "ttl"), ("nt", "nt"), ("jsonld", "jsonld"), ("trig", "trig"),
                                        ("graphml", "graphml"), ("gexf", "gexf"), ("csv", "csv")])
def test_export_every_format(built, tmp_path, fmt, suffix):
    out = tmp_path / f"g.{suffix}"
    r = run("export", "-g", built / "kg.ttl", "--format", fmt, "-o", out)
    assert r.exit_code == 0, r.output
    source = rdflib.Graph().parse(built / "kg.ttl")
    if fmt in ("turtle", "nt", "jsonld"):
        back = rdflib.Graph().parse(out, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
        assert back.isomorphic(source)
    elif fmt == "trig":
        ds = rdflib.Dataset()
        ds.parse(out, format="trig")
        assert {t for g in ds.graphs() for t in g} == set(source)
    elif fmt in ("graphml", "gexf"):
        import networkx as nx
        from kg.view.network import to_networkx
        H = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert H.number_of_nodes() == to_networkx(source).number_of_nodes()
    else:
        import csv
        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert {(r["official"], r["role"], r["organisation"]) for r in rows} >= {
            ("Lê Hồng Quang", "Bí thư", "Tỉnh ủy An Giang"), ("Trần Văn Sáu", "Ủy viên", "Tỉnh ủy Đồng Tháp")}
        assert len(rows) == 14


def test_validate_passes_the_build_and_catches_a_broken_graph(built, tmp_path):
    r = run("validate", built / "kg.ttl")
    assert r.exit_code == 0, r.output
    g = rdflib.Graph().parse(built / "kg.ttl")
    g.remove((None, rdflib.URIRef("http://xmlns.com/foaf/0.1/name"), None))
    g.serialize(tmp_path / "broken.ttl", format="turtle")
    r = run("validate", tmp_path / "broken.ttl")
    assert r.exit_code == 1
    assert "must have exactly one name (foaf:name)" in r.output


def test_stats_on_the_seeds(built):
    r = run("stats", "-g", built / "kg.ttl", "--format", "json")
    d = json.loads(r.output)
    pairs = {tuple(sorted((x["a"], x["b"]))) for x in d["co_attendance"]}
    assert ("Lê Hồng Quang", "Lê Văn Nưng") in pairs


def test_viz_focus_writes_an_ego_graph(built, tmp_path):
    r = run("viz", "-g", built / "kg.ttl", "-o", tmp_path / "ego.html", "--focus", "Le Hong Quang", "--depth", "1")
    assert r.exit_code == 0, r.output
    html = (tmp_path / "ego.html").read_text(encoding="utf-8")
    start = html.index(">", html.index('id="kg-nodes"')) + 1
    nodes = json.loads(html[start:html.index("</script>", start)])
    labels = {n[1] for n in nodes}            # rows: [id, label, kind, ...] (kg/view/page.py)
    assert "Lê Hồng Quang" in labels and "Tỉnh ủy An Giang" in labels
    assert "Võ Thiện Hảo" not in labels and "Trần Văn Sáu" not in labels
    r = run("viz", "-g", built / "kg.ttl", "-o", tmp_path / "x.html", "--focus", "Nobody At All")
    assert r.exit_code == 2 and not (tmp_path / "x.html").exists()


def test_eval_builds_and_scores(tmp_path):
    r = run("eval", ROOT / "tests" / "data" / "seeds-gold.json", SEEDS)
    assert r.exit_code == 0
    assert "posts" in r.output and "1.000" in r.output


def test_curation_merges_and_relabels(tmp_path):
    cur = tmp_path / "cur.yaml"
    cur.write_text("merge:\n  - [person/an-giang/le-hong-quang, person/an-giang/le-van-nung]\n"
                   "relabel:\n  org/tinh-uy-an-giang: Tỉnh ủy An Giang (khóa X)\n", encoding="utf-8")
    assert run("build", SEEDS, "-o", tmp_path / "out", "--no-html", "--curation", cur).exit_code == 0
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    q = "SELECT ?n WHERE { <https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang> foaf:name ?n }"
    names = {str(r.n) for r in g.query(q, initNs={"foaf": rdflib.FOAF})}
    assert names == {"Lê Hồng Quang"}                   # the kept entity's name ...
    person = rdflib.URIRef("https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang")
    assert "Lê Văn Nưng" in {str(x) for x in g.objects(person, rdflib.SKOS.altLabel)}  # ... the other's as alt
    roles = {str(r.role) for r in g.query(
        "SELECT ?role WHERE { ?m org:member ?p ; org:role/skos:prefLabel ?role }",
        initNs={"org": rdflib.Namespace("http://www.w3.org/ns/org#"),
                "skos": rdflib.SKOS}, initBindings={"p": person})}
    assert roles == {"Bí thư", "Phó Bí thư Thường trực"}
    label = g.value(rdflib.URIRef("https://w3id.org/vnpolkg/id/org/tinh-uy-an-giang"), rdflib.SKOS.prefLabel)
    assert str(label) == "Tỉnh ủy An Giang (khóa X)"
    bad = tmp_path / "bad.yaml"
    bad.write_text("mrege: []\n", encoding="utf-8")
    r = run("build", SEEDS, "-o", tmp_path / "o2", "--curation", bad)
    assert r.exit_code == 2 and "unknown section" in r.output


def test_readme_is_true_to_the_commands_and_queries():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.splitlines()[3:5] == ["make demo   # creates .venv, installs vnpolkg, builds the five sample "
                                        "articles into out/",
                                        "make test   # creates .venv with the test extras, runs the whole test suite"]
    for name in main.commands:
        assert f"`kg {name}" in readme, f"README does not document kg {name}"
    from kg.ask.named import list_queries
    for name, _ in list_queries():
        assert f"`{name}`" in readme, f"README does not list the shipped query {name}"


# -- review findings --------------------------------------------------------------------------------

def test_files_whose_names_differ_only_by_punctuation_are_two_articles(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "a b.txt")
    shutil.copy(SEEDS / "003_2adeac47be698701.txt", tmp_path / "in" / "a-b.txt")
    assert run("build", tmp_path / "in", "-o", tmp_path / "out", "--no-html").exit_code == 0
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    arts = set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")))
    meetings = set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/vnpolkg/ontology#Meeting")))
    assert len(arts) == 2 and len(meetings) == 2
    assert run("validate", tmp_path / "out" / "kg.ttl").exit_code == 0


def test_the_same_text_in_two_files_keeps_two_scopes(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("one.txt", "two.txt"):
        shutil.copy(SEEDS / "004_e215ee9a22b55717.txt", tmp_path / "in" / name)
    run("build", tmp_path / "in", "-o", tmp_path / "out", "--no-html")
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    bare = [s for s, l in g.subject_objects(rdflib.SKOS.prefLabel) if str(l) == "Tỉnh ủy"]
    assert len(bare) == 2


def test_two_inputs_with_one_source_name_are_reported_not_dropped(tmp_path):
    for d in ("d1", "d2"):
        (tmp_path / d).mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "d1" / "x.txt")
    shutil.copy(SEEDS / "003_2adeac47be698701.txt", tmp_path / "d2" / "x.txt")
    r = run("build", tmp_path / "d1", tmp_path / "d2", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0
    assert "same name 'x.txt'" in r.output and "1 failed" in r.output


def test_a_missing_path_among_good_ones_is_reported_and_the_build_goes_on(tmp_path):
    r = run("build", SEEDS, tmp_path / "nope", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0
    assert "nope: no such file or folder" in r.output
    assert (tmp_path / "out" / "kg.ttl").exists()


def test_out_naming_a_file_is_bad_usage(tmp_path):
    (tmp_path / "f").write_text("x")
    r = run("build", SEEDS, "-o", tmp_path / "f")
    assert r.exit_code == 2 and "is a file" in r.output


def test_trig_and_turtle_answer_with_the_same_rows(built):
    one = run("query", "article-posts", "-g", built / "kg.ttl", "--format", "csv").output
    two = run("query", "article-posts", "-g", built / "kg.trig", "--format", "csv").output
    assert one == two and len(one.splitlines()) == 6          # header + 5 rows


def test_csv_output_has_no_stray_blank_line(built):
    import csv
    import io
    out = run("query", "article-posts", "-g", built / "kg.ttl", "--format", "csv").output
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 6 and all(rows)


def test_eval_takes_articles_as_arguments():
    r = run("eval", ROOT / "tests" / "data" / "seeds-gold.json", SEEDS)
    assert r.exit_code == 0 and "posts           1.000  1.000  1.000" in r.output


def test_curation_merges_a_bare_body_into_a_placed_one(tmp_path):
    out = tmp_path / "o1"
    run("build", SEEDS, "-o", out, "--no-html")
    g = rdflib.Graph().parse(out / "kg.ttl")
    bare = next(str(s) for s, l in g.subject_objects(rdflib.SKOS.prefLabel) if str(l) == "Tỉnh ủy")
    local = bare.split("/id/", 1)[1]
    cur = tmp_path / "cur.yaml"
    cur.write_text(f"merge:\n  - [org/tinh-uy-an-giang, {local}]\n", encoding="utf-8")
    assert run("build", SEEDS, "-o", tmp_path / "o2", "--no-html", "--curation", cur).exit_code == 0
    g2 = rdflib.Graph().parse(tmp_path / "o2" / "kg.ttl")
    node = rdflib.URIRef("https://w3id.org/vnpolkg/id/org/tinh-uy-an-giang")
    assert [str(x) for x in g2.objects(node, rdflib.SKOS.prefLabel)] == ["Tỉnh ủy An Giang"]
    assert "Tỉnh ủy" in {str(x) for x in g2.objects(node, rdflib.SKOS.altLabel)}
    assert run("validate", tmp_path / "o2" / "kg.ttl").exit_code == 0


def test_names_differing_in_case_or_extension_are_two_articles(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "x.txt")
    shutil.copy(SEEDS / "003_2adeac47be698701.txt", tmp_path / "in" / "x.TXT")
    run("build", tmp_path / "in", "-o", tmp_path / "out", "--no-html")
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")))) == 2


def test_fifos_and_broken_links_are_reported_not_waited_on(tmp_path):
    import os
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "good.txt")
    (tmp_path / "in" / "dangling.txt").symlink_to(tmp_path / "in" / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    r = run("build", tmp_path / "in", tmp_path / "pipe.txt", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0
    assert "dangling.txt: broken or looping symbolic link" in r.output
    assert "pipe.txt: not a regular file" in r.output


def test_damaged_mojibake_is_refused_with_a_reason(tmp_path):
    text = (SEEDS / "001_e7cc54ef7cd11647.txt").read_text(encoding="utf-8")
    damaged = text.encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_text(damaged, encoding="utf-8")
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "good.txt")
    r = run("build", tmp_path / "in", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0 and "bad.txt: damaged text" in r.output

"""The ontology, the SHACL shapes and `kg validate` on hand-written contract graphs."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.errors import UsageError
from kg.ask.validate import ontology_dir, validate


def main_validate(path) -> int:
    """`kg validate PATH` as a user runs it: its exit status (the output goes to capsys)."""
    import sys

    from click.testing import CliRunner

    from kg.cli import main

    r = CliRunner().invoke(main, ["validate", str(path)])
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    return r.exit_code

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
KG = Namespace("https://w3id.org/vnpolkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ID = Namespace("https://w3id.org/vnpolkg/id/")

PREFIXES = """
@prefix kg:     <https://w3id.org/vnpolkg/ontology#> .
@base           <https://w3id.org/vnpolkg/id/> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
"""

# A graph written the way the contract says `kg build` writes one (invented people).
GOOD = PREFIXES + """
<article-1> a schema:NewsArticle ;
    kg:sourceFile "100_example.txt" ;
    kg:sha256 "0f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a6978" ;
    kg:encoding "utf-8" ;
    schema:headline "Ban Dân vận Tỉnh ủy làm việc với Ủy ban Mặt trận Tổ quốc tỉnh"@vi ;
    schema:datePublished "2021-03-31"^^xsd:date ;
    schema:author [ a schema:Person ; schema:name "Trần Phóng Viên" ] ;
    schema:mentions <person/nguyen-van-mot> , <person/le-thi-hai> ,
        <org/tinh-uy-an-giang> , <org/ban-dan-van-tinh-uy-an-giang> , <org/ubmttq-an-giang> ;
    kg:reports <meeting/m1> .

<place/an-giang> a kg:AdministrativeUnit ;
    skos:prefLabel "An Giang"@vi ; kg:level "province" ; kg:unitKind "tỉnh" ;
    kg:vintage "legacy" ; kg:adminCode "89" .
<place/long-xuyen> a kg:AdministrativeUnit ;
    skos:prefLabel "Long Xuyên"@vi ; kg:level "district" ; kg:unitKind "thành phố" ;
    kg:vintage "legacy" ; schema:containedInPlace <place/an-giang> .

<org/tinh-uy-an-giang> a org:Organization , kg:PartyCommittee ;
    skos:prefLabel "Tỉnh ủy An Giang"@vi ; skos:altLabel "Tỉnh ủy" ;
    kg:jurisdiction <place/an-giang> .
<org/ban-dan-van-tinh-uy-an-giang> a org:Organization , kg:PartyBoard ;
    skos:prefLabel "Ban Dân vận Tỉnh ủy An Giang"@vi ; skos:altLabel "BDV Tỉnh ủy" ;
    org:subOrganizationOf <org/tinh-uy-an-giang> ;
    kg:jurisdiction <place/an-giang> .
<org/ubmttq-an-giang> a org:Organization , kg:FrontCommittee ;
    skos:prefLabel "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"@vi ;
    skos:altLabel "UBMTTQVN tỉnh" ; kg:jurisdiction <place/an-giang> .

<person/nguyen-van-mot> a kg:Official ; foaf:name "Nguyễn Văn Một" .
<person/le-thi-hai> a kg:Official ; foaf:name "Lê Thị Hai" .

<role/truong-ban> a org:Role ; skos:prefLabel "Trưởng ban"@vi .
<role/chu-tich> a org:Role ; skos:prefLabel "Chủ tịch"@vi .

<post/p1> a org:Membership ;
    org:member <person/nguyen-van-mot> ;
    org:organization <org/ban-dan-van-tinh-uy-an-giang> ;
    org:role <role/truong-ban> ;
    prov:wasDerivedFrom <article-1> ;
    kg:attestedOn "2021-03-31"^^xsd:date ;
    kg:evidence "Đồng chí Nguyễn Văn Một, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi làm việc."@vi ;
    kg:evidenceSpan [ a kg:EvidenceSpan ;
        kg:quote "Đồng chí Nguyễn Văn Một, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi làm việc." ;
        kg:startOffset 120 ; kg:endOffset 196 ; prov:wasQuotedFrom <article-1> ] .
<post/p2> a org:Membership ;
    org:member <person/le-thi-hai> ;
    org:organization <org/ubmttq-an-giang> ;
    org:role <role/chu-tich> ;
    prov:wasDerivedFrom <article-1> ;
    kg:attestedOn "2021-03-31"^^xsd:date ;
    kg:evidence "Bà Lê Thị Hai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh báo cáo."@vi .

<meeting/m1> a kg:Meeting , kg:WorkingSession ;
    schema:startDate "2021-03-30"^^xsd:date ;
    kg:chair <person/nguyen-van-mot> ;
    kg:speaker <person/le-thi-hai> ;
    schema:attendee <person/nguyen-van-mot> , <person/le-thi-hai> ;
    kg:host <org/ban-dan-van-tinh-uy-an-giang> ;
    kg:guest <org/ubmttq-an-giang> ;
    prov:wasDerivedFrom <article-1> ;
    kg:evidence "Ban Dân vận Tỉnh ủy làm việc với Ủy ban MTTQ Việt Nam tỉnh."@vi .
"""


def good_graph() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


def kg_terms(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(KG))}


# --- the ontology -------------------------------------------------------------------------

def test_ontology_parses_with_rdflib_and_oxigraph():
    g = Graph().parse(ONTOLOGY, format="turtle")
    ont = URIRef("https://w3id.org/vnpolkg/ontology")
    assert (ont, RDF.type, OWL.Ontology) in g
    assert g.value(ont, OWL.versionInfo) is not None
    dct = Namespace("http://purl.org/dc/terms/")
    for p in (dct.title, dct.description, dct.license):
        assert g.value(ont, p) is not None, p

    quads = list(pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g)
    store = pyoxigraph.Store()
    store.load(path=str(SHAPES), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(SHAPES, format="turtle"))


def declared_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in g.subjects(RDF.type, k)
            if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def test_every_kg_term_in_the_shapes_is_declared_in_the_ontology():
    declared = declared_terms(Graph().parse(ONTOLOGY, format="turtle"))
    used = kg_terms(Graph().parse(SHAPES, format="turtle"))
    assert used, "the shapes use kg: terms"
    assert used - declared == set()


def test_contract_terms_are_declared_and_nothing_else():
    declared = {str(t)[len(str(KG)):] for t in declared_terms(Graph().parse(ONTOLOGY, format="turtle"))}
    assert declared == {
        "Official", "Meeting", "WorkingSession", "Conference", "Congress", "Visit", "Ceremony",
        "AdministrativeUnit", "PartyCommittee", "PartyExecutive", "PartyBoard", "StateBody",
        "FrontCommittee", "MassOrganisation", "ReligiousOrganisation", "EvidenceSpan",
        "reports", "jurisdiction", "host", "guest", "chair", "delegationLeader", "speaker",
        "evidenceSpan", "sourceFile", "attestedOn", "evidence", "quote", "startOffset",
        "endOffset", "sha256", "encoding", "level", "unitKind", "vintage", "adminCode", "startMonthDay",
    }


def test_every_declared_term_has_labels_in_vi_and_en_and_a_definition():
    g = Graph().parse(ONTOLOGY, format="turtle")
    for term in declared_terms(g):
        langs = {lbl.language for lbl in g.objects(term, RDFS.label)}
        assert {"vi", "en"} <= langs, term
        assert "en" in {d.language for d in g.objects(term, SKOS.definition)}, term


def test_alignment_with_reused_vocabularies():
    g = Graph().parse(ONTOLOGY, format="turtle")
    sub = RDFS.subClassOf
    assert (KG.Official, sub, FOAF.Person) in g
    assert (KG.Meeting, sub, SCHEMA.Event) in g
    assert (KG.AdministrativeUnit, sub, SCHEMA.AdministrativeArea) in g
    for kind in ("WorkingSession", "Conference", "Congress", "Visit", "Ceremony"):
        assert (KG[kind], sub, KG.Meeting) in g
    for kind in ("PartyCommittee", "PartyExecutive", "PartyBoard", "StateBody", "FrontCommittee",
                 "MassOrganisation", "ReligiousOrganisation"):
        assert (KG[kind], sub, ORG.Organization) in g
    assert (KG.PartyBoard, sub, ORG.OrganizationalUnit) in g
    assert (KG.host, RDFS.subPropertyOf, SCHEMA.organizer) in g
    for p in ("chair", "delegationLeader", "speaker"):
        assert (KG[p], RDFS.subPropertyOf, SCHEMA.attendee) in g
        assert (KG[p], RDFS.range, KG.Official) in g
    assert (KG.adminCode, RDFS.subPropertyOf, SCHEMA.identifier) in g
    assert (KG.startOffset, RDFS.range, URIRef("http://www.w3.org/2001/XMLSchema#integer")) in g


def test_contract_queries_run_on_the_ontology_and_good_graph_with_oxigraph():
    store = pyoxigraph.Store()
    store.load(GOOD.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    store.load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/vnpolkg/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?kind ?chair WHERE {
          ?a kg:sourceFile "100_example.txt" ; kg:reports ?e .
          ?e a ?kind . ?kind rdfs:subClassOf kg:Meeting .
          ?e kg:chair/foaf:name ?chair }"""))
    assert [(r["kind"].value, r["chair"].value) for r in rows] == [
        (str(KG.WorkingSession), "Nguyễn Văn Một")]


# --- validation ---------------------------------------------------------------------------

def test_good_graph_conforms():
    report = validate(good_graph())
    assert report.conforms, report.format()
    assert report.violations == []
    assert report.format().splitlines()[-1].startswith("Conforms")


def test_validate_accepts_a_path_and_does_not_modify_the_callers_graph(tmp_path):
    g = good_graph()
    n = len(g)
    assert validate(g).conforms
    assert len(g) == n
    ttl = tmp_path / "kg.ttl"
    ttl.write_text(GOOD, encoding="utf-8")
    assert validate(ttl).conforms
    assert validate(str(ttl)).conforms


def test_trig_named_graphs_are_validated_as_one_graph(tmp_path):
    trig = tmp_path / "kg.trig"
    # Officials in one named graph, everything else in another: only the union conforms.
    body = GOOD.split("<person/nguyen-van-mot> a kg:Official")[0]
    people = ('<person/nguyen-van-mot> a kg:Official ; foaf:name "Nguyễn Văn Một" .\n'
              '<person/le-thi-hai> a kg:Official ; foaf:name "Lê Thị Hai" .\n')
    rest = GOOD.split('foaf:name "Lê Thị Hai" .')[1]
    trig.write_text(PREFIXES + "<g1> {\n" + body[len(PREFIXES):] + rest + "}\n"
                    + "<g2> {\n" + people + "}\n", encoding="utf-8")
    report = validate(trig)
    assert report.conforms, report.format()


def broken(find: str, replace: str) -> Graph:
    assert find in GOOD, find
    return Graph().parse(data=GOOD.replace(find, replace, 1), format="turtle")


BROKEN = {
    "membership without role": (
        "    org:role <role/truong-ban> ;\n", "",
        "A post (org:Membership) must name exactly one role (org:role)", ID["post/p1"]),
    "official without name": (
        '<person/le-thi-hai> a kg:Official ; foaf:name "Lê Thị Hai" .',
        "<person/le-thi-hai> a kg:Official .",
        "An official (kg:Official) must have exactly one name (foaf:name)", ID["person/le-thi-hai"]),
    "meeting without kind subclass": (
        "<meeting/m1> a kg:Meeting , kg:WorkingSession ;", "<meeting/m1> a kg:Meeting ;",
        "A meeting (kg:Meeting) must be of exactly one kind", ID["meeting/m1"]),
    "meeting with two kinds": (
        "<meeting/m1> a kg:Meeting , kg:WorkingSession ;",
        "<meeting/m1> a kg:Meeting , kg:WorkingSession , kg:Visit ;",
        "A meeting (kg:Meeting) must be of exactly one kind", ID["meeting/m1"]),
    "startDate typed as string": (
        'schema:startDate "2021-03-30"^^xsd:date', 'schema:startDate "2021-03-30"',
        "A meeting's date (schema:startDate) must be a single xsd:date", ID["meeting/m1"]),
    "organisation with two prefLabels": (
        'skos:prefLabel "Tỉnh ủy An Giang"@vi ;',
        'skos:prefLabel "Tỉnh ủy An Giang"@vi , "Tỉnh ủy tỉnh An Giang"@vi ;',
        "An organisation (org:Organization) must have exactly one canonical name",
        ID["org/tinh-uy-an-giang"]),
    "organisation label without language": (
        'skos:prefLabel "Tỉnh ủy An Giang"@vi ;', 'skos:prefLabel "Tỉnh ủy An Giang" ;',
        "An organisation (org:Organization) must have exactly one canonical name",
        ID["org/tinh-uy-an-giang"]),
    "membership member not an official": (
        "org:member <person/le-thi-hai> ;", "org:member <org/ubmttq-an-giang> ;",
        "The holder of a post (org:member) must be a kg:Official", ID["post/p2"]),
    "membership without evidence": (
        '    kg:evidence "Bà Lê Thị Hai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh báo cáo."@vi .',
        "    .",
        "A post (org:Membership) must quote at least one sentence as evidence", ID["post/p2"]),
    "membership without article": (
        "    org:role <role/chu-tich> ;\n    prov:wasDerivedFrom <article-1> ;",
        "    org:role <role/chu-tich> ;",
        "A post (org:Membership) must cite at least one article", ID["post/p2"]),
    "role without Vietnamese label": (
        '<role/chu-tich> a org:Role ; skos:prefLabel "Chủ tịch"@vi .',
        '<role/chu-tich> a org:Role ; skos:prefLabel "Chairman"@en .',
        "A role (org:Role) must have a Vietnamese name", ID["role/chu-tich"]),
    "attestedOn typed as dateTime": (
        'kg:attestedOn "2021-03-31"^^xsd:date ;\n    kg:evidence "Bà',
        'kg:attestedOn "2021-03-31T00:00:00"^^xsd:dateTime ;\n    kg:evidence "Bà',
        "An attestation date (kg:attestedOn) must be an xsd:date", ID["post/p2"]),
    "article without source file": (
        '    kg:sourceFile "100_example.txt" ;\n', "",
        "An article (schema:NewsArticle) must have exactly one source file", ID["article-1"]),
    "publication date as string": (
        'schema:datePublished "2021-03-31"^^xsd:date', 'schema:datePublished "31/03/2021"',
        "must be a single xsd:date or xsd:dateTime", ID["article-1"]),
    "host is a person": (
        "kg:host <org/ban-dan-van-tinh-uy-an-giang>", "kg:host <person/le-thi-hai>",
        "A meeting's host (kg:host) must be an org:Organization", ID["meeting/m1"]),
    "chair not among attendees": (
        "schema:attendee <person/nguyen-van-mot> , <person/le-thi-hai> ;",
        "schema:attendee <person/le-thi-hai> ;",
        "must also be an attendee", ID["meeting/m1"]),
    "district inside a non-place": (
        "schema:containedInPlace <place/an-giang>", "schema:containedInPlace <org/tinh-uy-an-giang>",
        "A containing place (schema:containedInPlace) must be a kg:AdministrativeUnit",
        ID["place/long-xuyen"]),
    "place without Vietnamese label": (
        'skos:prefLabel "An Giang"@vi ;', 'skos:prefLabel "An Giang"@en ;',
        "An administrative unit must have a Vietnamese name", ID["place/an-giang"]),
    "byline typed as official": (
        'schema:author [ a schema:Person ;', "schema:author [ a schema:Person , kg:Official ;",
        "An article's author (schema:author) is a byline, not a kg:Official", None),
    "byline without name": (
        '[ a schema:Person ; schema:name "Trần Phóng Viên" ]', "[ a schema:Person ]",
        "An article's author (schema:author) must have a name (schema:name)", None),
    "evidence span ending before it starts": (
        "kg:startOffset 120 ; kg:endOffset 196", "kg:startOffset 220 ; kg:endOffset 196",
        "An evidence span must not start after it ends", None),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_is_caught_with_its_message(case):
    find, replace, message, focus = BROKEN[case]
    report = validate(broken(find, replace))
    assert not report.conforms
    hits = [v for v in report.violations if message in v.message]
    assert hits, report.format()
    assert all(v.severity == "Violation" for v in hits)
    if focus is not None:
        assert focus in {v.focus for v in hits}, report.format()
    # Only this defect is reported, except where the break necessarily causes another
    # (a person as host is no organisation; a byline typed kg:Official has no foaf:name).
    others = {v.message for v in report.violations if v.severity == "Violation"} - {hits[0].message}
    assert not others or case in COLLATERAL, others


COLLATERAL = {"host is a person", "district inside a non-place", "membership member not an official",
              "byline typed as official"}


def test_subclass_typing_alone_is_enough_to_be_checked():
    # A node typed only kg:Visit is a kg:Meeting through the ontology, so it is checked
    # (and flagged for not stating kg:Meeting and having no article).
    g = good_graph()
    g.add((ID["meeting/m2"], RDF.type, KG.Visit))
    report = validate(g)
    focus = [v for v in report.violations if v.focus == ID["meeting/m2"]]
    messages = {v.message for v in focus}
    assert "A meeting must be typed kg:Meeting as well as its kind" in messages
    assert any("must cite at least one article" in m for m in messages)
    assert not any("exactly one kind" in m for m in messages)


def test_organisation_without_kind_is_only_a_warning():
    g = good_graph()
    g.remove((ID["org/ubmttq-an-giang"], RDF.type, KG.FrontCommittee))
    report = validate(g)
    assert report.conforms
    assert [v.severity for v in report.violations] == ["Warning"]
    assert report.violations[0].focus == ID["org/ubmttq-an-giang"]


def test_report_format_lists_one_violation_per_line_then_a_count():
    text = GOOD.replace('<person/le-thi-hai> a kg:Official ; foaf:name "Lê Thị Hai" .',
                        "<person/le-thi-hai> a kg:Official .")
    text = text.replace('schema:startDate "2021-03-30"^^xsd:date', 'schema:startDate "2021-03-30"')
    text = validate(Graph().parse(data=text, format="turtle")).format()
    lines = text.splitlines()
    assert lines[-1] == "Does not conform: 2 violations"
    assert len(lines) == 3
    assert re.match(r"Violation\s+id:meeting/m1\s+schema:startDate\s+A meeting's date", lines[0]), lines[0]
    assert '[value: "2021-03-30"]' in lines[0]
    assert re.match(r"Violation\s+id:person/le-thi-hai\s+foaf:name\s+An official", lines[1]), lines[1]


def test_main_validate_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.ttl"
    good.write_text(GOOD, encoding="utf-8")
    assert main_validate(good) == 0
    assert "Conforms" in capsys.readouterr().out

    bad = tmp_path / "bad.ttl"
    bad.write_text(GOOD.replace("    org:role <role/truong-ban> ;\n", ""), encoding="utf-8")
    assert main_validate(bad) == 1
    assert "must name exactly one role (org:role)" in capsys.readouterr().out

    assert main_validate(tmp_path / "missing.ttl") == 2
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle .", encoding="utf-8")
    assert main_validate(garbage) == 2
    assert "garbage.ttl" in capsys.readouterr().err


def test_ontology_dir_honours_the_environment(tmp_path, monkeypatch):
    assert (ontology_dir() / "shapes.ttl").is_file()
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(tmp_path))
    assert ontology_dir() == tmp_path
    with pytest.raises(UsageError, match="KG_ONTOLOGY_DIR"):
        validate(good_graph())


def test_validation_of_a_large_graph_finds_it_conforms():
    # ~50k triples: the good graph's pattern repeated with distinct IRIs. (How fast: bench/bench_parts.py.)
    data = GOOD[len(PREFIXES):]
    chunks = [re.sub(r"<([\w/-]+)>", lambda m: f"<{m.group(1)}-{i}>", data) for i in range(600)]
    big = Graph().parse(data=PREFIXES + "".join(chunks), format="turtle")
    assert len(big) > 45_000
    report = validate(big)
    assert report.conforms, report.format()[:2000]


def test_a_build_of_the_seeds_conforms(tmp_path):
    # The contract end to end: what `kg build seeds/` writes satisfies the shapes,
    # both the merged Turtle and the per-article TriG.
    from kg.batch import build

    report = build([ROOT / "seeds"], tmp_path, html=False)
    assert report.articles == 5
    for name in ("kg.ttl", "kg.trig"):
        result = validate(tmp_path / name)
        assert result.conforms, result.format()
    assert main_validate(tmp_path / "kg.ttl") == 0


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    from rdflib import Dataset

    ds = Dataset()
    good = good_graph()
    people = ds.graph(ID["graph/people"])
    rest = ds.graph(ID["graph/rest"])
    for t in good:
        (people if t[1] == FOAF.name else rest).add(t)
    assert validate(ds).conforms
    rest.remove((None, FOAF.name, None))
    people.remove((ID["person/le-thi-hai"], FOAF.name, None))
    assert not validate(ds).conforms

"""kg.rdf.mapping on facts built by hand: the contract's triples, checked with SPARQL
(rdflib and Oxigraph), without any extraction."""
from __future__ import annotations

from datetime import date

import pytest

from kg.ask.query import run_query
from kg.facts import ArticleFacts, Body, Evidence, Meeting, Official, Place, Post
from kg.rdf.io import to_graph, turtle_bytes
from kg.rdf.mapping import Mapper
from kg.rdf.vocab import PREFIXES

AN_GIANG = Place("An Giang", "province", "tỉnh", "89")
TINH_UY = Body("Tỉnh ủy An Giang", "PartyCommittee", place=AN_GIANG)
BAN_DAN_VAN = Body("Ban Dân vận Tỉnh ủy An Giang", "PartyBoard", place=AN_GIANG, parent=TINH_UY,
                   local_name="Ban Dân vận")
MTTQ = Body("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "FrontCommittee", place=AN_GIANG)
SENTENCE = Evidence("Bí thư Tỉnh ủy An Giang Lê Hồng Quang chủ trì buổi làm việc.", 120, 178)


def article(source: str = "001_a.txt", **kw) -> ArticleFacts:
    return ArticleFacts(source_file=source, sha256="0" * 64, headline="Làm việc với MTTQ",
                        published=date(2021, 6, 9), **kw)


def triples(*facts: ArticleFacts) -> set:
    mapper = Mapper()
    return {t for f in facts for t in mapper.triples(f)}


def rdflib_rows(ts: set, sparql: str) -> list[tuple]:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return sorted(tuple(None if v is None else str(v) for v in row)
                  for row in to_graph(ts).query(prologue + sparql))


def oxigraph_rows(ts: set, sparql: str) -> list[tuple]:
    _, rows = run_query(sparql, to_graph(ts))
    return sorted(tuple(None if t is None else t.value for t in row) for row in rows)


ENGINES = {"rdflib": rdflib_rows, "oxigraph": oxigraph_rows}


@pytest.fixture(params=sorted(ENGINES))
def rows(request):
    return ENGINES[request.param]


def test_a_post_is_a_membership_with_member_organisation_role_evidence_and_date(rows):
    f = article(officials=[Official("Lê Hồng Quang", province="An Giang")], bodies=[TINH_UY],
                posts=[Post("Lê Hồng Quang", "Bí thư", TINH_UY, SENTENCE)])
    got = rows(triples(f), """
        SELECT ?name ?role ?org ?ev ?day ?file WHERE {
          ?m a org:Membership ; org:member ?p ; org:organization ?o ; org:role ?r ;
             kg:evidence ?ev ; kg:attestedOn ?day ; prov:wasDerivedFrom/kg:sourceFile ?file .
          ?p a kg:Official ; foaf:name ?name .
          ?o a org:Organization, kg:PartyCommittee ; skos:prefLabel ?org .
          ?r a org:Role ; skos:prefLabel ?role .
          FILTER(DATATYPE(?day) = xsd:date && LANG(?role) = "vi" && LANG(?org) = "vi")
        }""")
    assert got == [("Lê Hồng Quang", "Bí thư", "Tỉnh ủy An Giang", SENTENCE.text, "2021-06-09", "001_a.txt")]
    span = rows(triples(f), """
        SELECT ?start ?end ?quote WHERE {
          ?m a org:Membership ; kg:evidenceSpan ?s .
          ?s a kg:EvidenceSpan ; kg:startOffset ?start ; kg:endOffset ?end ; kg:quote ?quote ;
             prov:wasQuotedFrom ?a . ?a a schema:NewsArticle }""")
    assert span == [("120", "178", SENTENCE.text)]


def test_the_article_mentions_the_official_and_the_body(rows):
    f = article(officials=[Official("Lê Hồng Quang", province="An Giang")], bodies=[BAN_DAN_VAN, TINH_UY],
                authors=["Thu Hà"])
    got = rows(triples(f), """
        SELECT ?what WHERE { ?a a schema:NewsArticle ; schema:mentions ?x .
          { ?x foaf:name ?what } UNION { ?x skos:prefLabel ?what . ?x a org:Organization } }""")
    assert got == [("Ban Dân vận Tỉnh ủy An Giang",), ("Lê Hồng Quang",), ("Tỉnh ủy An Giang",)]
    assert rows(triples(f), """SELECT ?child ?parent ?unit WHERE {
        ?c org:subOrganizationOf ?p ; skos:prefLabel ?child ; kg:jurisdiction/skos:prefLabel ?unit .
        ?p skos:prefLabel ?parent }""") == [("Ban Dân vận Tỉnh ủy An Giang", "Tỉnh ủy An Giang", "An Giang")]
    assert rows(triples(f), "SELECT ?n WHERE { ?a schema:author ?p . ?p a schema:Person ; schema:name ?n }") \
        == [("Thu Hà",)]


def test_an_unplaced_body_gets_an_iri_of_its_own_article(rows):
    facts = []
    for source in ("001_a.txt", "002_b.txt"):
        f = article(source)
        bare = Body("Tỉnh ủy", "PartyCommittee", scope=f.article_id)
        f.bodies = [bare]
        facts.append(f)
    got = rows(triples(*facts), """
        SELECT ?o ?file WHERE { ?o a org:Organization ; skos:prefLabel "Tỉnh ủy"@vi .
                                ?a schema:mentions ?o ; kg:sourceFile ?file }""")
    assert [file for _, file in got] == ["001_a.txt", "002_b.txt"]
    assert got[0][0] != got[1][0]                     # two articles' "Tỉnh ủy" are two bodies
    placed = [article(s, bodies=[TINH_UY]) for s in ("001_a.txt", "002_b.txt")]
    assert len(rows(triples(*placed), "SELECT DISTINCT ?o WHERE { ?o a kg:PartyCommittee }")) == 1


def test_a_meeting_has_kind_date_host_guest_chair_and_attendees(rows):
    f = article(officials=[Official("Lê Hồng Quang", province="An Giang"),
                           Official("Nguyễn Tiếc Hùng", province="An Giang")],
                bodies=[TINH_UY, MTTQ],
                meetings=[Meeting("WorkingSession", date=date(2021, 6, 8), chairs=["Lê Hồng Quang"],
                                  attendees=["Lê Hồng Quang", "Nguyễn Tiếc Hùng"], hosts=[TINH_UY],
                                  guests=[MTTQ], evidence=[SENTENCE])])
    ts = triples(f)
    got = rows(ts, """
        SELECT ?kind ?day ?host ?guest ?chair WHERE {
          ?a kg:reports ?e . ?e prov:wasDerivedFrom ?a .
          ?e a kg:Meeting, ?kind . FILTER(?kind != kg:Meeting)
          ?e schema:startDate ?day ; kg:host/skos:prefLabel ?host ; kg:guest/skos:prefLabel ?guest ;
             kg:chair/foaf:name ?chair ; kg:evidence ?ev .
        }""")
    assert got == [(PREFIXES["kg"] + "WorkingSession", "2021-06-08", "Tỉnh ủy An Giang",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Lê Hồng Quang")]
    assert rows(ts, "SELECT ?n WHERE { ?e a kg:Meeting ; schema:attendee/foaf:name ?n }") == \
        [("Lê Hồng Quang",), ("Nguyễn Tiếc Hùng",)]


def test_the_same_facts_give_the_same_turtle_in_any_order():
    f1 = article("001_a.txt", bodies=[TINH_UY, MTTQ])
    f2 = article("002_b.txt", bodies=[MTTQ])
    one = turtle_bytes(triples(f1, f2))
    assert one == turtle_bytes(triples(f2, f1))
    assert b"<https://w3id.org/vnpolkg/id/org/" in one and b"@prefix id:" not in one

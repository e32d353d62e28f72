"""The two example queries of ../shared/CONTRACT.md, verbatim: tests run them as users will,
independently of the shipped copies in kg/ask/queries/."""

CONTRACT_POSTS = """
PREFIX org: <http://www.w3.org/ns/org#>  PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>  PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX kg: <https://w3id.org/vnpolkg/ontology#>
SELECT ?name ?role ?org WHERE {
  ?a kg:sourceFile "001_e7cc54ef7cd11647.txt" .
  ?m a org:Membership ; prov:wasDerivedFrom ?a ; org:member/foaf:name ?name ;
     org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?org .
}"""

CONTRACT_MEETING = """
PREFIX kg: <https://w3id.org/vnpolkg/ontology#>  PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>  PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?kind ?date ?chair ?host WHERE {
  ?a kg:sourceFile "003_2adeac47be698701.txt" ; kg:reports ?e .
  ?e a ?kind . FILTER(?kind != kg:Meeting && STRSTARTS(STR(?kind), STR(kg:)))
  OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e kg:chair/foaf:name ?chair }
  OPTIONAL { ?e kg:host/skos:prefLabel ?host }
}"""

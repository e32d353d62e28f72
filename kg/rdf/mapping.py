"""The one module that knows RDF terms: ArticleFacts -> triples under the contract's vocabulary.

IRIs are minted from canonical names, so they are readable, deterministic, independent of the
order of input files, and identity across articles falls out of them: the same canonical
body is one IRI; the same official name in the same province is one IRI; anything whose
place the article does not reveal gets an IRI scoped to that article (never merged).
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime
from typing import Iterable, Optional

from rdflib import Literal, URIRef

from kg.facts import ArticleFacts, Body, Evidence, Meeting, Official, Place
from kg.rdf.vocab import FOAF, ID, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.read.normalise import fold

# The ontology's organisation classes, by the kind names used in facts.
ORG_KINDS = {k: KG[k] for k in ("PartyCommittee", "PartyExecutive", "PartyBoard", "StateBody",
                                "FrontCommittee", "MassOrganisation", "ReligiousOrganisation")}
MEETING_KINDS = {k: KG[k] for k in ("WorkingSession", "Conference", "Congress", "Visit", "Ceremony")}

VI = "vi"


def slug(s: str) -> str:
    """ASCII, lower case, hyphens: "Ban Dân vận" -> "ban-dan-van"."""
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def article_slug(source_file: str) -> str:
    """The article's part of its IRIs: the source path without its extension, percent-encoded
    where it is not plain ASCII, so that two different files never share an IRI."""
    # only the usual ".txt" is dropped: "x.TXT" and a file named "x" keep theirs and get a
    # trailing "~"; a "~" in a ".txt" stem is quoted (%7E), so "x.TXT~.txt" is not "x.TXT"
    if source_file.endswith(".txt"):
        return quote(source_file[:-4], safe="/-_.").replace("~", "%7E") or "~"   # quote() keeps "~"
    return quote(source_file, safe="/-_.") + "~"


@dataclass
class Curation:
    """User decisions that override identity and labels (see kg/curation.py for the file format)."""

    same_as: dict[str, str]
    labels: dict[str, str]
    splits: dict[tuple[str, str], str]     # (iri, source_file) -> new iri

    @classmethod
    def empty(cls) -> "Curation":
        return cls({}, {}, {})

    def merged(self, curated: str, default: str) -> bool:
        """True when `default` was merged into another entity (not split, not the keeper)."""
        return curated != default and default in self.same_as

    def iri(self, iri: str, source_file: Optional[str] = None) -> str:
        if source_file is not None and (iri, source_file) in self.splits:
            return self.splits[(iri, source_file)]
        seen = set()
        while iri in self.same_as and iri not in seen:
            seen.add(iri)
            iri = self.same_as[iri]
        return iri


class _Terms:
    """The vocabulary terms the mapper writes, made once: rdflib builds a new URIRef on every
    attribute access of a Namespace, which was a fifth of a large build."""


_T = _Terms()
for _name in ['FOAF_name', 'KG_AdministrativeUnit', 'KG_EvidenceSpan', 'KG_Meeting', 'KG_Official', 'KG_adminCode', 'KG_attestedOn', 'KG_chair', 'KG_delegationLeader', 'KG_endOffset', 'KG_evidence', 'KG_evidenceSpan', 'KG_guest', 'KG_host', 'KG_jurisdiction', 'KG_level', 'KG_quote', 'KG_reports', 'KG_sha256', 'KG_sourceFile', 'KG_speaker', 'KG_startMonthDay', 'KG_startOffset', 'KG_unitKind', 'KG_vintage', 'ORG_Membership', 'ORG_Organization', 'ORG_Role', 'ORG_member', 'ORG_organization', 'ORG_role', 'ORG_subOrganizationOf', 'PROV_wasDerivedFrom', 'PROV_wasQuotedFrom', 'RDFS_label', 'RDF_type', 'SCHEMA_NewsArticle', 'SCHEMA_Person', 'SCHEMA_attendee', 'SCHEMA_author', 'SCHEMA_containedInPlace', 'SCHEMA_datePublished', 'SCHEMA_headline', 'SCHEMA_mentions', 'SCHEMA_name', 'SCHEMA_startDate', 'SKOS_altLabel', 'SKOS_hiddenLabel', 'SKOS_prefLabel', 'XSD_date', 'XSD_dateTime', 'XSD_gMonthDay']:
    _ns, _local = _name.split("_", 1)
    setattr(_T, _name, {"KG": KG, "SCHEMA": SCHEMA, "ORG": ORG, "RDF": RDF, "SKOS": SKOS, "PROV": PROV,
                        "FOAF": FOAF, "RDFS": RDFS, "XSD": XSD}[_ns][_local])


@lru_cache(maxsize=262144)
def _lit(value, lang: Optional[str] = None, datatype=None) -> Literal:
    """Literals repeat across a build (labels, roles, places, dates): make each once."""
    return Literal(value, lang=lang, datatype=datatype)


class Mapper:
    """Maps one article's facts to triples; the same Mapper serves a whole build."""

    def __init__(self, curation: Optional[Curation] = None) -> None:
        self.curation = curation or Curation.empty()
        # the curated ids this mapper hit (merged-away ids, split ids in their articles,
        # relabelled ids) since the last take_hits(): a build reports the ids no article hit
        self.hits: set[str] = set()

    def take_hits(self) -> tuple:
        """The curated ids hit since the last call (sorted full IRIs), and start again."""
        hits, self.hits = tuple(sorted(self.hits)), set()
        return hits

    # -- IRIs ------------------------------------------------------------------------------------
    def _cur(self, path: str, source: str) -> URIRef:
        iri = str(ID[path])
        c = self.curation
        if not (c.same_as or c.splits or c.labels):
            return URIRef(iri)
        curated = c.iri(iri, source)
        if (iri, source) in c.splits:
            self.hits.add(iri)
        else:
            cur, seen = iri, set()
            while cur in c.same_as and cur not in seen:    # each merged-away id on the way
                seen.add(cur)
                self.hits.add(cur)
                cur = c.same_as[cur]
        if curated in c.labels:
            self.hits.add(curated)
        return URIRef(curated)

    def article_iri(self, f: ArticleFacts) -> URIRef:
        return ID["article/" + article_slug(f.source_file)]

    def body_path(self, b: Body, scope_of: str) -> str:
        if b.parent is not None and b.name.endswith(b.parent.name) and b.name != b.parent.name:
            return self.body_path(b.parent, scope_of) + "/" + slug(b.local_name or b.name)
        prefix = "org/"
        if b.scope is not None:
            prefix += (b.scope if b.scope.startswith("unit-") else "a-" + b.scope) + "/"
        return prefix + slug(b.name)

    def body_iri(self, b: Body, f: ArticleFacts) -> URIRef:
        return self._cur(self.body_path(b, f.article_id), f.source_file)

    @staticmethod
    def _official_path(o: Official, f: ArticleFacts) -> str:
        if o.province:
            return f"person/{slug(o.province)}/{slug(o.name)}"
        if o.central:
            return f"person/{slug(o.name)}"
        return f"person/a-{f.article_id}/{slug(o.name)}"

    def official_iri(self, o: Official, f: ArticleFacts) -> URIRef:
        return self._cur(self._official_path(o, f), f.source_file)

    def place_iri(self, p: Place) -> URIRef:
        base = "place/" if p.vintage == "legacy" else f"place/{p.vintage}/"
        if p.level == "province":
            return ID[base + slug(p.name)]
        return ID[base + slug(p.province or "x") + "/" + slug(p.name)]

    # -- triples -------------------------------------------------------------------------------
    def triples(self, f: ArticleFacts) -> Iterable[tuple]:
        a = self.article_iri(f)
        yield from self._article(f, a)
        o_iri = {o.name: self.official_iri(o, f) for o in f.officials}
        for o in {o.name: o for o in f.officials}.values():
            yield from self._official(o, o_iri[o.name], f, a)
        for b in f.bodies:
            yield from self._body(b, f, a)
        attested = f.published or next((m.date for m in f.meetings if m.date), None)
        for p in f.posts:
            if p.official in o_iri:
                yield from self._post(p, o_iri[p.official], attested, f, a)
        for n, mt in enumerate(f.meetings, 1):
            yield from self._meeting(mt, n, f, a, o_iri)

    def _article(self, f: ArticleFacts, a: URIRef):
        yield a, _T.RDF_type, _T.SCHEMA_NewsArticle
        yield a, _T.KG_sourceFile, _lit(f.source_file)
        yield a, _T.KG_sha256, _lit(f.sha256)
        yield a, _T.RDFS_label, _lit(f.headline or f.source_file, lang=VI if f.headline else None)
        if f.headline:
            yield a, _T.SCHEMA_headline, _lit(f.headline, lang=VI)
        if f.published is not None:
            yield a, _T.SCHEMA_datePublished, _date(f.published)
        for name in f.authors:
            au = ID["author/" + slug(name)]
            yield a, _T.SCHEMA_author, au
            yield au, _T.RDF_type, _T.SCHEMA_Person
            yield au, _T.SCHEMA_name, _lit(name)
        yield from _published_where(f, a)

    def _official(self, o: Official, s: URIRef, f: ArticleFacts, a: URIRef):
        name = o.name
        yield s, _T.RDF_type, _T.KG_Official
        if str(s) in self.curation.labels:
            yield s, _T.FOAF_name, _lit(self.curation.labels[str(s)])
            yield s, _T.SKOS_prefLabel, _lit(self.curation.labels[str(s)], lang=VI)
            yield s, _T.SKOS_altLabel, _lit(name, lang=VI)
        elif self.curation.merged(str(s), str(ID[self._official_path(o, f)])):
            # merged into another entity: the kept one names it, this name is an alternative
            yield s, _T.SKOS_altLabel, _lit(name, lang=VI)
        else:
            yield s, _T.FOAF_name, _lit(name)
            yield s, _T.SKOS_prefLabel, _lit(name, lang=VI)
        folded = fold(name)
        if folded != name:
            yield s, _T.SKOS_hiddenLabel, _lit(folded)
        yield a, _T.SCHEMA_mentions, s

    def _post(self, p, person: URIRef, attested, f: ArticleFacts, a: URIRef):
        org = self.body_iri(p.body, f)
        role = ID["role/" + slug(p.role)]
        mid = hashlib.sha1(f"{person}|{p.role}|{org}".encode()).hexdigest()[:16]
        m = ID["post/" + mid]
        yield m, _T.RDF_type, _T.ORG_Membership
        yield m, _T.ORG_member, person
        yield m, _T.ORG_organization, org
        yield m, _T.ORG_role, role
        yield m, _T.RDFS_label, _lit(f"{p.official} – {p.role} – {p.body.name}", lang=VI)
        yield role, _T.RDF_type, _T.ORG_Role
        yield role, _T.SKOS_prefLabel, _lit(p.role, lang=VI)
        yield m, _T.PROV_wasDerivedFrom, a
        if attested is not None:
            yield m, _T.KG_attestedOn, _date(attested, only_date=True)
        yield from self._evidence(m, p.evidence, f, a)

    def _body(self, b: Body, f: ArticleFacts, a: URIRef):
        s = self.body_iri(b, f)
        label = self.curation.labels.get(str(s), b.name)
        yield s, _T.RDF_type, _T.ORG_Organization
        yield s, _T.RDF_type, ORG_KINDS.get(b.kind, _T.ORG_Organization)
        if str(s) not in self.curation.labels and \
                self.curation.merged(str(s), str(ID[self.body_path(b, f.article_id)])):
            label = None        # merged into another body: the kept one names it
            yield s, _T.SKOS_altLabel, _lit(b.name, lang=VI)
        else:
            yield s, _T.SKOS_prefLabel, _lit(label, lang=VI)
        label = label or b.name
        folded = fold(label)
        if folded != label:
            yield s, _T.SKOS_hiddenLabel, _lit(folded)
        for form in sorted(f.surface_forms.get(b.key, ())):
            if form != label:
                yield s, _T.SKOS_altLabel, _lit(form, lang=VI)
        if b.parent is not None:
            yield s, _T.ORG_subOrganizationOf, self.body_iri(b.parent, f)
        if b.place is not None:
            pl = self.place_iri(b.place)
            yield s, _T.KG_jurisdiction, pl
            yield from self._place(b.place)
        yield a, _T.SCHEMA_mentions, s

    def _place(self, p: Place):
        s = self.place_iri(p)
        yield s, _T.RDF_type, _T.KG_AdministrativeUnit
        yield s, _T.SKOS_prefLabel, _lit(p.name, lang=VI)
        folded = fold(p.name)
        if folded != p.name:
            yield s, _T.SKOS_hiddenLabel, _lit(folded)
        yield s, _T.KG_level, _lit(p.level)
        yield s, _T.KG_unitKind, _lit(p.kind)
        yield s, _T.KG_vintage, _lit(p.vintage)
        if p.code:
            yield s, _T.KG_adminCode, _lit(p.code)
        if p.level == "district" and p.province:
            prov = Place(p.province, "province", p.province_kind or "tỉnh", p.province_code or "",
                         vintage=p.vintage)
            yield s, _T.SCHEMA_containedInPlace, self.place_iri(prov)
            yield from self._place(prov)

    def _evidence(self, subject: URIRef, ev: Evidence, f: ArticleFacts, a: URIRef):
        yield subject, _T.KG_evidence, _lit(ev.text, lang=VI)
        span = ID[f"span/{article_slug(f.source_file)}/{ev.start}-{ev.end}"]
        yield subject, _T.KG_evidenceSpan, span
        yield span, _T.RDF_type, _T.KG_EvidenceSpan
        yield span, _T.KG_quote, _lit(ev.text, lang=VI)
        yield span, _T.KG_startOffset, _lit(ev.start)
        yield span, _T.KG_endOffset, _lit(ev.end)
        yield span, _T.PROV_wasQuotedFrom, a

    def _meeting(self, mt: Meeting, n: int, f: ArticleFacts, a: URIRef, o_iri: dict):
        s = ID[f"meeting/{article_slug(f.source_file)}/{n}"]
        yield s, _T.RDF_type, _T.KG_Meeting
        yield s, _T.RDF_type, MEETING_KINDS[mt.kind]
        if mt.title:
            yield s, _T.SCHEMA_name, _lit(mt.title, lang=VI)
            yield s, _T.RDFS_label, _lit(mt.title, lang=VI)
        if mt.date is not None:
            yield s, _T.SCHEMA_startDate, _date(mt.date, only_date=True)
        elif mt.month_day is not None:   # the day and month of a year the text does not tell
            yield s, _T.KG_startMonthDay, _lit("--%02d-%02d" % mt.month_day, datatype=_T.XSD_gMonthDay)
        yield a, _T.KG_reports, s
        yield s, _T.PROV_wasDerivedFrom, a
        for b in mt.hosts:
            yield s, _T.KG_host, self.body_iri(b, f)
        for b in mt.guests:
            yield s, _T.KG_guest, self.body_iri(b, f)
        for prop, names in ((_T.KG_chair, mt.chairs), (_T.KG_delegationLeader, mt.leaders),
                            (_T.KG_speaker, mt.speakers), (_T.SCHEMA_attendee, mt.attendees)):
            for name in names:
                if name in o_iri:
                    yield s, prop, o_iri[name]
        for ev in mt.evidence:
            yield from self._evidence(s, ev, f, a)


def _date(d: date | datetime, only_date: bool = False) -> Literal:
    if isinstance(d, datetime):
        if only_date:
            return _lit(d.date().isoformat(), datatype=_T.XSD_date)
        return _lit(d.isoformat(), datatype=_T.XSD_dateTime)
    return _lit(d.isoformat(), datatype=_T.XSD_date)


def graph_name(f: ArticleFacts) -> URIRef:
    return ID["graph/" + article_slug(f.source_file)]


def counts(triples: Iterable[tuple]) -> tuple[int, int, int, int]:
    """(officials, organisations, meetings, posts) in a set of triples."""
    kinds = {KG.Official: set(), ORG.Organization: set(), KG.Meeting: set(), ORG.Membership: set()}
    for s, p, o in triples:
        if p == RDF.type and o in kinds:
            kinds[o].add(s)
    return tuple(len(kinds[k]) for k in (KG.Official, ORG.Organization, KG.Meeting, ORG.Membership))


def _utc(t: datetime) -> str:
    """A dateTime in UTC as the store keeps it ("…Z", not "…+00:00"), so that kg.trig and the
    store hold the same literal (a naive time is taken as UTC)."""
    from datetime import timezone
    if t.tzinfo is not None:
        t = t.astimezone(timezone.utc).replace(tzinfo=None)
    return t.isoformat() + "Z"


def build_provenance(articles: list[tuple[URIRef, str]], started: datetime, version: str) -> tuple[URIRef, set]:
    """The build as a prov:Activity: the software agent, when, and each input file's hash.
    `articles` are (article IRI, sha256 of the file) pairs."""
    activity = ID["build/" + started.strftime("%Y%m%dT%H%M%SZ")]
    agent = ID["software/vnpolkg/" + version]
    t = {(activity, RDF.type, PROV.Activity), (activity, PROV.wasAssociatedWith, agent),
         (activity, PROV.startedAtTime, Literal(_utc(started), datatype=XSD.dateTime, normalize=False)),
         (agent, RDF.type, PROV.SoftwareAgent), (agent, RDFS.label, Literal(f"vnpolkg {version}"))}
    for art, sha in articles:
        t.add((activity, PROV.used, art))
        t.add((art, KG.sha256, Literal(sha)))
    return ID["graph/build"], t


_PLAIN_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def _published_where(f: ArticleFacts, a: URIRef):
    """The page's address, the site that published it (schema:publisher, a node with
    schema:name), and for an article from a container (JSONL, WARC) the container
    (schema:isPartOf) and the record in it (schema:identifier: line or WARC-Record-ID)."""
    if f.url and _PLAIN_URL.fullmatch(f.url):
        yield a, SCHEMA.url, URIRef(f.url)
    if f.publisher:
        site = ID["site/" + slug(f.publisher)]
        yield a, SCHEMA.publisher, site
        yield site, RDF.type, SCHEMA.Organization
        yield site, SCHEMA.name, Literal(f.publisher)
    if f.container:
        box = ID["container/" + slug(f.container)]
        yield a, SCHEMA.isPartOf, box
        yield box, RDF.type, PROV.Entity
        yield box, SCHEMA.name, Literal(f.container)
    if f.record:
        yield a, SCHEMA.identifier, Literal(f.record)

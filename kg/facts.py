"""Plain typed facts: what one article says, before anything knows about RDF.

Every stage of the pipeline speaks in these objects. Extraction of one article is a
pure function ``text -> ArticleFacts``; identity across articles (same body, same
official) is decided later, when facts are mapped to RDF, from the canonical keys here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional


@dataclass(frozen=True)
class Evidence:
    """A sentence of the article, quoted exactly from the source file.

    ``start``/``end`` are character offsets into the decoded source text (before
    normalisation), so a user can find the quote in the file they gave us.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """An administrative unit from the gazetteer.

    ``level`` is "province" or "district" (communes are not resolved yet);
    ``kind`` is the unit word as written in names: "tỉnh", "thành phố", "huyện",
    "quận", "thị xã". ``province`` is the containing province's short name for
    a district, None for a province. ``vintage`` is "legacy" (63 provinces,
    before 1 July 2025) or "2025" (34 provinces).
    """

    name: str
    level: str
    kind: str
    code: str
    province: Optional[str] = None
    province_kind: Optional[str] = None
    province_code: Optional[str] = None
    vintage: str = "legacy"


@dataclass(frozen=True)
class Body:
    """An organisation as resolved within one article.

    ``name`` is the canonical label (abbreviations expanded, place appended,
    modern tone placement). ``kind`` is one of the ontology's organisation
    classes (see kg.rdf.ORG_KINDS). ``scope`` is None when the body's identity
    is global (its place is known, or it is a central body); otherwise it is the
    article's id, so that a bare "Tỉnh ủy" is never merged across articles.
    """

    name: str
    kind: str
    place: Optional[Place] = None
    parent: Optional["Body"] = None
    local_name: str = ""          # the name relative to the parent ("Ban Dân vận")
    scope: Optional[str] = None
    central: bool = False

    @property
    def key(self) -> tuple:
        return (self.name, self.scope)


@dataclass
class Official:
    """A person the article names as holding office or acting in a meeting."""

    name: str
    province: Optional[str] = None   # where their posts are, for cross-article identity
    central: bool = False            # holds a central post
    surface_forms: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Post:
    """One official holding one role in one body, as one sentence attests."""

    official: str      # Official.name
    role: str          # "Bí thư", "Phó Chủ tịch", "Ủy viên", ...
    body: Body
    evidence: Evidence


@dataclass
class Meeting:
    kind: str                                   # WorkingSession | Conference | Congress | Visit | Ceremony
    date: Optional[date] = None
    month_day: Optional[tuple[int, int]] = None   # (month, day) when the year cannot be known
    title: str = ""
    chairs: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    hosts: list[Body] = field(default_factory=list)
    guests: list[Body] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ArticleFacts:
    """Everything read from one article."""

    source_file: str                     # path relative to the folder given to `kg build`
    sha256: str
    headline: Optional[str] = None
    published: Optional[date | datetime] = None
    authors: list[str] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)   # every body mentioned, parents included
    surface_forms: dict[tuple, set[str]] = field(default_factory=dict)  # Body.key -> forms seen
    posts: list[Post] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    url: Optional[str] = None            # the page's address (schema:url)
    publisher: Optional[str] = None      # the site's name (schema:publisher → schema:name)
    container: Optional[str] = None      # the container's source name ("dump.jsonl"), if any
    record: Optional[str] = None         # the record within it ("12", "<urn:uuid:…>")

    @property
    def article_id(self) -> str:
        """A stable id for article-scoped entities: from the source name and the content, so
        that two files with the same text (one story syndicated twice) are still two scopes."""
        return hashlib.sha1(f"{self.source_file}\0{self.sha256}".encode("utf-8")).hexdigest()[:12]

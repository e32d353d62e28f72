"""The per-article state the extraction stages read and write, and the Stage record.

One ArticleState is made per article and handed to every stage in turn (see
kg.extract.pipeline); nothing is shared between articles. Each Stage names the fields it reads
and the fields it writes, so the order of the pipeline can be checked and read off.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Optional

from kg.facts import ArticleFacts, Meeting, Post
from kg.read.article import Article

if TYPE_CHECKING:
    from kg.extract.bodies.bodies import ResolvedBodies
    from kg.extract.places.places import PlaceContext, PlaceResolver
    from kg.extract.sentences.sentences import SentenceView
    from kg.extract.structure.structure import Structure


@dataclass
class ArticleState:
    """Everything known about one article while it is extracted."""

    article: Article
    facts: ArticleFacts
    published_hint: Optional[date] = None                 # when the text shows no date
    structure: Optional["Structure"] = None
    text_years: list[int] = field(default_factory=list)   # years the text names ("năm 2021")
    vintage: str = "legacy"                               # the map of the article's time
    views: list["SentenceView"] = field(default_factory=list)     # the story's scanned sentences
    places: Optional["PlaceResolver"] = None
    place_context: Optional["PlaceContext"] = None
    bodies: Optional["ResolvedBodies"] = None             # body mention -> Body, once each
    posts: dict[tuple, Post] = field(default_factory=dict)   # (name, role, body key) -> Post
    past: set[str] = field(default_factory=set)            # names written only about the dead or history
    honoured: set[str] = field(default_factory=set)        # "đồng chí X" outside an award
    officials: list[str] = field(default_factory=list)     # names, sorted
    meeting: Optional[Meeting] = None


@dataclass(frozen=True)
class Stage:
    """One named step of extraction: run(state) reads the fields `reads` and sets `writes`."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[ArticleState], Any]

    def __call__(self, state: ArticleState) -> None:
        self.run(state)

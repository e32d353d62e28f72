"""Extraction of one article: a pure function from its text to ArticleFacts.

The pipeline is an ordered list of named stages run over one ArticleState per article (the
spaCy Language style); each stage says which fields of the state it reads and which it writes:

    structure  headline, dateline, bylines, the years named and the map of the time
    sentences  the story's sentences, each scanned into its mentions
    places     where the article is: the place context bare mentions resolve to
    bodies     bodies that lean on a neighbour completed; each mention resolved once, on demand
    posts      titles bound to names, and names to bodies; then merged over the whole article
    officials  who is an official, and where they belong
    meeting    the event: kind, date, host and guest, chairs, leaders, speakers, attendees
    collect    the meeting and every body mentioned into the facts

No state is shared between articles, so a build can stream them and run them in parallel.
"""
from __future__ import annotations

import gc
from datetime import date
from typing import Iterable, Optional

from kg.extract.bodies.bodies import BODIES
from kg.extract.collect import COLLECT
from kg.extract.meeting.meetings import MEETING
from kg.extract.officials import OFFICIALS
from kg.extract.places.places import PLACES
from kg.extract.posts.posts import POSTS
from kg.extract.sentences.sentences import SENTENCES
from kg.extract.state import ArticleState, Stage
from kg.extract.structure.structure import STRUCTURE
from kg.facts import ArticleFacts
from kg.read.article import Article

STAGES: tuple[Stage, ...] = (STRUCTURE, SENTENCES, PLACES, BODIES, POSTS, OFFICIALS, MEETING, COLLECT)

# What a new ArticleState holds before any stage runs.
GIVEN = ("article", "facts", "published_hint")


def stage_names() -> list[str]:
    return [s.name for s in STAGES]


def run(article: Article, source_file: str, stages: Optional[Iterable[Stage]] = None,
        published: Optional[date] = None) -> ArticleState:
    """Run the stages (all by default, in order) over a new state for the article."""
    state = ArticleState(article, ArticleFacts(source_file=source_file, sha256=article.sha256),
                         published_hint=published)
    for stage in STAGES if stages is None else stages:
        stage.run(state)
    return state


def extract(article: Article, source_file: str, published: Optional[date] = None) -> ArticleFacts:
    """The facts of one article. ``published`` is the publication date to use when the
    text shows none (it dates the meeting, e.g. the year of "Sáng 12-5")."""
    facts = run(article, source_file, published=published).facts
    _settle()
    return facts


_settled = False


def _settle() -> None:
    """Once per process, after its first article: the lexicons, the gazetteer, the matchers and the
    compiled patterns are loaded by then (lazily, at first use) and live as long as the process, so
    they are moved out of the cyclic collector's generations (gc.freeze). A full collection, one every
    few hundred articles, then walks the objects made since, not the tens of thousands of entries
    they hold again and again. What is extracted does not change: no object is freed, moved or kept
    otherwise (the garbage of the first article is collected before).

    The youngest generation is collected after 10,000 new objects instead of 700: an article's
    tokens, elements and readings are freed by their counts when it is done (no cycle holds
    them), so the collections every 700 objects found next to nothing to free and walked the
    article's live objects again and again (about 200 per 300 bench articles; callgrind: 1.6% of
    extraction). Cyclic garbage is still collected, only later."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(_YOUNGEST, *gc.get_threshold()[1:])


_YOUNGEST = 10_000

"""The officials stage: who in the article is an official, and where they belong.

A name is an official when it holds a post, or when the article calls it "đồng chí" outside an
award (kg.extract.posts.posts collects those); a byline, a place or a historical figure never is.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.gazetteer import get_gazetteer
from kg.extract.lexicon import _load, lexicon
from kg.extract.state import ArticleState, Stage
from kg.facts import Official, Post


@lru_cache(maxsize=65536)
def _is_place(name: str) -> bool:
    return get_gazetteer().is_place_name(name)


def is_place(name: str) -> bool:
    return _is_place(name)


_NOT_STARTS = tuple(s + " " for s in _load("people.yaml")["not_person_starts"])


def is_person(name: str, lx=None) -> bool:
    """A name that can be an official: not a historical figure, not a place, not a religion's
    branch written like a name ("Cao Đài Tiên Thiên")."""
    lx = lx or lexicon()
    return name not in lx.not_officials and not _is_place(name) and not name.startswith(_NOT_STARTS)


def _home(name: str, posts: list[Post]) -> tuple[Optional[str], bool]:
    """Where an official belongs, for identity across articles."""
    mine = [p for p in posts if p.official == name]
    for p in mine:
        pl = p.body.place
        if pl is not None:
            return (pl.province or pl.name), False
    if mine and all(p.body.central for p in mine):
        return None, True
    return None, False


def find_officials(state: ArticleState) -> None:
    facts = state.facts
    lx = lexicon()
    holders = {p.official for p in facts.posts}
    names = sorted(holders | state.honoured)
    # a historical figure's living namesake holds a post only where kg.extract.posts.posts found one
    # that no figure of history is written with: such a holder is an official
    state.officials = [o for o in names if (is_person(o, lx) and (o in holders or o not in facts.authors))
                       or (o in holders and not _is_place(o))]
    for name in state.officials:
        prov, central = _home(name, facts.posts)
        facts.officials.append(Official(name, prov, central))


OFFICIALS = Stage("officials", reads=("facts.posts", "honoured", "facts.authors"),
                  writes=("officials", "facts.officials"), run=find_officials)

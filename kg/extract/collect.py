"""The last stage: the meeting and every body mentioned go into the article's facts.

A body is kept when a post or the meeting names it, or when it is placed (or has a parent) and
is not central; parents come with their children.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.state import ArticleState, Stage
from kg.facts import Body


def _add_body(seen: dict, b: Optional[Body]) -> None:
    while b is not None:
        seen.setdefault(b.key, b)
        b = b.parent


def collect(state: ArticleState) -> None:
    facts = state.facts
    if state.meeting is not None:
        facts.meetings.append(state.meeting)
    seen: dict = {}
    for p in facts.posts:
        _add_body(seen, p.body)
    for m in facts.meetings:
        for b in m.hosts + m.guests:
            _add_body(seen, b)
    for b in state.bodies.resolved():
        if (b.place is not None or b.parent is not None) and not b.central:
            _add_body(seen, b)
    facts.bodies = list(seen.values())


COLLECT = Stage("collect", reads=("meeting", "bodies", "facts.posts"), writes=("facts.meetings", "facts.bodies"),
                run=collect)

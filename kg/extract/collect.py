"""The last stage: the meeting and every body mentioned go into the article's facts.

A body is mentioned (schema:mentions, docs/conventions.md "Which bodies an article mentions")
when the article writes its name: as the body of a post, as a host or guest, on its own, or as
the parent written inside a child's name ("Ban Dân vận Tỉnh ủy An Giang" names Tỉnh ủy An Giang;
"Ủy ban Thường vụ Quốc hội" names Quốc hội). A parent the name only implies (Bộ Chính trị ->
Ban Chấp hành Trung ương Đảng, Bộ Công an -> Chính phủ) is not mentioned: the child is listed
without that link. A local body named on its own is kept when placed (or a child of one); a bare
"Tỉnh ủy" of no known place only through a post or the meeting. Central bodies named in a phrase
that names an election or a title of no one ("bầu cử đại biểu Quốc hội") are not mentioned.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention
from kg.extract.lexicon import section
from kg.extract.bodies.open_names import named_as, open_named
from kg.extract.state import ArticleState, Stage
from kg.extract.sentences.phrase_starts import ends_before
from kg.extract.bodies.title_bodies import election_words, title_bodies
from kg.facts import Body


def _named_inside(child: Body, parent: Body) -> bool:
    return parent.name != child.name and parent.name in child.name


def _add_body(seen: dict, b: Optional[Body]) -> None:
    """The body, and its parents as far as each is written inside its child's name."""
    while b is not None:
        p = b.parent
        if p is not None and not _named_inside(b, p):
            seen.setdefault(b.key, replace(b, parent=None))
            return
        seen.setdefault(b.key, b)
        b = p


def _named_alone(state: ArticleState):
    """Central bodies the sentences name by themselves or after a title no one holds."""
    skip = election_words()
    for sv in state.views:
        for _, e, bm in sv.mentions():
            if type(bm) is not BodyMention or not (bm.central or (bm.base and bm.base.sort == "central")):
                continue
            start = e.start
            if ends_before(sv.toks, start, skip):       # an election's ("bầu cử")
                continue
            b = state.bodies(bm)
            if b is not None:
                yield b




def _placed(b: Body, state: ArticleState, actors: dict) -> bool:
    """A body the article places: its place known, a commune's or a neighbour's unit it is written
    with, or a child of a placed body; a child of a bare "Tỉnh ủy" only when that committee is
    itself a post's or the meeting's body (a bare parent named by no one leaves its child bare)."""
    if b.place is not None or b.key in state.bodies.communes or b.key in state.bodies.foreign:
        return True
    p = b.parent
    return p is not None and (b.scope != state.facts.article_id or p.key in actors
                              or _placed(p, state, actors))


def _attending(state: ArticleState) -> set:
    """The keys of the bodies whose leaders or representatives the sentences say attend (bodies.yaml
    `attending_bodies`): the first body after a cue, past lower-case words and marks, in a sentence
    with an attending word ("Dự hội nghị có ...; đại diện Ban Tuyên giáo Huyện ủy"), which then is the
    meeting's as a post's or a host's body is (docs/conventions.md: a bare body the meeting names)."""
    cues, reach, attend, not_after = _attending_words()
    keys: set = set()
    for sv in state.views:
        # (no attending word among the sentence's words, tested in C: most sentences)
        if attend.isdisjoint(sv.lows) or not _attended(sv.toks, attend, not_after):
            continue
        for _, e, bm in sv.mentions():
            if type(bm) is BodyMention and e is bm and _after_cue(sv.toks, bm.start, cues, reach):
                b = state.bodies(bm)
                if b is not None:
                    keys.add(b.key)
    return keys


@lru_cache(maxsize=1)
def _attending_words() -> tuple:
    """bodies.yaml `attending_bodies`: (cues, reach, attend, not_attend_after), read once per process
    (it was copied from the data file at every article)."""
    spec = section("bodies.yaml", "attending_bodies", {})
    return (tuple(spec.get("cues", ())), spec.get("reach", 0), frozenset(spec.get("attend", ())),
            frozenset(spec.get("not_attend_after", ())))


def _attended(toks, attend: frozenset, not_after: frozenset) -> bool:
    """An attending word stands in the sentence, not the first syllable of another word ("dự kiến")."""
    return any(t.low in attend and not (i + 1 < len(toks) and toks[i + 1].low in not_after)
               for i, t in enumerate(toks))


def _after_cue(toks, start: int, cues: tuple, reach: int) -> bool:
    """A cue ends right before token `start`, or before a run of lower-case words and marks
    (",", ":") no longer than `reach` that ends in a colon."""
    if ends_before(toks, start, cues, reach=4):
        return True
    if start == 0 or toks[start - 1].text != ":":
        return False
    for j in range(start - 1, max(-1, start - 1 - reach), -1):
        if not (toks[j].text in ",:" or toks[j].text.islower()):
            return False
        if ends_before(toks, j, cues, reach=4):
            return True
    return False


@lru_cache(maxsize=1)
def _only_as_actor() -> frozenset:
    """bodies.yaml `only_as_actor`: bodies listed only as a host, guest or a post's body."""
    return frozenset(section("bodies.yaml", "only_as_actor", []))


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
    only_actor = _only_as_actor()
    attending = _attending(state)
    for b in state.bodies.resolved():
        # a commune's body written with its unit word ("UBND xã X") is placed by the commune; a bare
        # body whose representatives attend is the meeting's, as a host's is
        if (_placed(b, state, seen) or b.key in attending) and not b.central and not named_as(b, only_actor):
            _add_body(seen, b)
    for b in _named_alone(state):
        _add_body(seen, b)
    for b in title_bodies(state.views, state.bodies, only_actor):
        _add_body(seen, b)
    for bm in open_named(state.views):
        _add_body(seen, state.bodies(bm))
    facts.bodies = list(seen.values())


COLLECT = Stage("collect", reads=("views", "meeting", "bodies", "facts.posts"),
                writes=("facts.meetings", "facts.bodies"), run=collect)

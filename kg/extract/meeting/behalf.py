"""Who a visitor says he speaks for: "thay mặt <bodies>" (meetings.yaml hosts `behalf_words`).

One reader of the phrase for the meeting stage, so that the readers of one visitor
(kg.extract.meeting.visitors), of officials named only as persons (kg.extract.meeting.lone_visitors)
and of a verb's subject (kg.extract.meeting.subjects) agree on where it stands and what it names:

    Thay mặt Thường trực Tỉnh ủy, ông A ...          [Thường trực Tỉnh ủy]
    Thay mặt Tỉnh ủy, HĐND, UBND tỉnh X, ông A ...   [Tỉnh ủy, HĐND tỉnh X, UBND tỉnh X]
    thay mặt lãnh đạo Tỉnh ủy - UBND tỉnh ...        [Tỉnh ủy, UBND tỉnh] (past `behalf_fillers`)

Callers decide what a list means: one body is the one spoken for; several speak for no one body
of a visitor, but are the guests of a visit no one hosts.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Name, Punct, Role, Word
from kg.extract.meeting.hosts import host_words, phrase_at
from kg.extract.sentences.sentences import SentenceView


def behalf_at(sv: SentenceView, els: Optional[list] = None) -> Optional[int]:
    """The index in `els` (the sentence's elements by default) of the first `behalf_words` phrase."""
    els = sv.elements if els is None else els
    return next((k for k, e in enumerate(els) if is_behalf(sv, e)), None)


def is_behalf(sv: SentenceView, e) -> bool:
    return isinstance(e, Word) and phrase_at(sv.toks, e.start, "behalf_words")


def behalf_mentions(sv: SentenceView, els: list, at: int, fillers: bool = True) -> list[BodyMention]:
    """The bodies written one after another right after the phrase at `els[at]` (past
    `behalf_fillers` when `fillers`), joined by commas, dashes, slashes or "và", up to the first
    other word or a generic body."""
    out: list[BodyMention] = []
    start = els[at].start
    for e in els[at + 1:]:
        if isinstance(e, Word) and (e.start == start + 1 or fillers and e.low in _filler_words()):
            continue        # ("thay | mặt", "thay mặt lãnh đạo ...")
        if isinstance(e, BodyMention) and not e.generic:
            out.append(e)
        elif not (isinstance(e, Punct) and e.char in ",-–/" or isinstance(e, Word) and e.low == "và"):
            break
    return out


def behalf_bodies(sv: SentenceView, els: list, at: int, resolve, fillers: bool = True) -> list:
    """`behalf_mentions` resolved, each body once."""
    out: list = []
    for e in behalf_mentions(sv, els, at, fillers):
        b = resolve(e)
        if b is not None and all(b.key != x.key for x in out):
            out.append(b)
    return out


def spoken_for_instead(sv: SentenceView, v: int, kept: list[BodyMention]) -> list[BodyMention]:
    """ "nhà giáo Hội Khuyến học tỉnh A thay mặt Đoàn đại biểu Quốc hội tỉnh X tặng quà ...": the subject's bodies before the act at
    element v are written in one visitor's titles, right before his name, and right after it he says he
    speaks for one body: he comes for that body (docs/conventions.md: the title the visit itself names).
    [] when anything else stands between (a delegation, a list of people, several bodies spoken for)."""
    els = sv.elements
    at = behalf_at(sv, els[:v])
    if at is None or not kept or at == 0 or not isinstance(els[at - 1], Name):
        return []
    where = [k for k, e in enumerate(els[:at]) if any(e is x for x in kept)]
    joins = host_words()["joined_by"] | {"và"}
    if len(where) != len(kept) or any(isinstance(e, (Punct, Name)) or isinstance(e, Word) and e.low in joins
                                      for e in els[min(where):at - 1]):
        return []       # (a body of his titles only: "Hội X và ông A thay mặt ...", "A, B thay mặt ..." are not)
    spoken = behalf_mentions(sv, els, at)
    return spoken if len(spoken) == 1 else []


def fronted(sv: SentenceView, v: int) -> bool:
    """A behalf phrase opens the clause before its first person and the act at element v."""
    first = next((k for k, e in enumerate(sv.elements[:v]) if isinstance(e, (Name, Role))), v)
    return behalf_at(sv, sv.elements[:first]) is not None


def outside(sv: SentenceView, before: list) -> list:
    """`before` without a fronted "thay mặt <bodies>," phrase (from the phrase to its comma)."""
    out, skip = [], False
    for e in before:
        if is_behalf(sv, e):
            skip = True
        elif skip and isinstance(e, Punct) and e.char == ",":
            skip = False
        if not skip:
            out.append(e)
    return out


@lru_cache(maxsize=1)
def _filler_words() -> frozenset:
    return frozenset(x for f in host_words()["behalf_fillers"] for x in f.split())

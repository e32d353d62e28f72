"""The bodies the article's titles name, held or not: "ông từng là Chủ tịch UBND tỉnh Quảng Nam"
writes the name of the Ủy ban nhân dân tỉnh Quảng Nam whether or not the post is one held now
(docs/conventions.md: every organisation whose name the article writes is mentioned). Read after
the posts stage, which completes the bodies of titles in lists; only bodies whose place is known
(or central ones) count, as for any body named on its own.

A body listed only as an actor (bodies.yaml only_as_actor: a union's executive committee) is
mentioned when written with its term ("Ban Chấp hành Hội LHPN huyện X khóa IV ra mắt", "Ủy viên
Ban Chấp hành Hội CCB tỉnh khóa VII"): the term names the committee elected, not a session of it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.body_lists import bodies_yaml

from kg.extract.elements import BodyMention, Role
from kg.extract.open_names import named_as
from kg.extract.phrase_starts import ends_before
from kg.extract.spans import skip_term
from kg.facts import Body


def _rooted(b: Optional[Body]) -> bool:
    """Whether a body, or a parent it is written under, is placed or central."""
    while b is not None:
        if b.place is not None or b.central:
            return True
        b = b.parent
    return False


def title_bodies(views, resolve, only_actor) -> list[Body]:
    """The placed bodies the titles of the sentences name; `resolve` is the article's
    kg.extract.bodies.ResolvedBodies; `only_actor` the bodies listed only as actors."""
    out = []
    for sv in views:
        for _, e, _ in sv.mentions():
            if type(e) is not Role:
                continue
            if e.body is not None:
                b = resolve(e.body)
                if (_rooted(b) or b is not None and b.key in resolve.foreign) and not named_as(b, only_actor):
                    out.append(b)
                if e.entry.body_prefix and b is not None and (_rooted(b) or _named_commune(e.body, b)):
                    # "các đồng chí UV.BTV Hội Nông dân xã": the title writes the organ too
                    organ = resolve(replace(e.body, organs=[e.entry.body_prefix] + list(e.body.organs)))
                    if organ is not None and not named_as(organ, only_actor):
                        out.append(organ)
            elif (_writes_central(e) or _foreign_organ(e)) and not _in_election(sv, e.start):
                # "Thủ tướng Chính phủ tặng bằng khen": the title writes the central body's name
                b = resolve.resolver.central(e.entry.body)
                if b is not None:
                    out.append(b)
    return out + _termed(views, resolve, only_actor)


def _termed(views, resolve, only_actor) -> list[Body]:
    """The placed bodies listed only as actors that are written with their term ("khóa IV")."""
    out = []
    for sv in views:
        for _, _, bm in sv.mentions():
            if type(bm) is not BodyMention or skip_term(sv.toks, bm.end) != bm.end + 2:
                continue        # "khóa IV" is two tokens; "nhiệm kỳ 2021-2026" names no committee
            b = resolve(bm)
            if b is not None and _rooted(b) and named_as(b, only_actor) and b.local_name in _termed_organs():
                out.append(b)
    return out


def _named_commune(bm, b: Body) -> bool:
    """A commune's body written with its unit word and known by its commune's name ("Hội Nông
    dân xã" in a story of xã Tân Lộc), not the bare "Hội Nông dân xã"."""
    return bm.level == "commune" and bool(bm.unit) and not b.name.endswith(" " + bm.unit)


@lru_cache(maxsize=1)
def _termed_organs() -> frozenset:
    """bodies.yaml `termed_actors`: organs among only_as_actor that a term written after names."""
    return frozenset(bodies_yaml().get("termed_actors") or [])


@lru_cache(maxsize=1)
def election_words() -> tuple:
    """bodies.yaml `not_mentioned_after`: words that make a central body's name an election's."""
    return tuple(w.lower() for w in bodies_yaml().get("not_mentioned_after") or [])


def _in_election(sv, start: int) -> bool:
    """Whether the words right before token `start` name an election ("bầu cử đại biểu Quốc hội")."""
    return ends_before(sv.toks, start, election_words())


def _foreign_organ(e: Role) -> bool:
    """A title of our Party's central organs that the neighbour's party written after it made
    that party's organ ("Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào";
    kg.extract.foreign_titles): the party's name is written, so its organ is named, whether or
    not the one who holds the title is read."""
    return bool(e.entry.standalone) and e.entry.body in _foreign_organs()


@lru_cache(maxsize=1)
def _foreign_organs() -> frozenset:
    """The neighbours' parties (bodies.yaml foreign_parties) and the central organs of theirs
    the lexicon knows."""
    parties = set((bodies_yaml().get("foreign_parties") or {}).values())
    return frozenset(e["canonical"] for e in bodies_yaml().get("central") or []
                     if e["canonical"] in parties or e.get("parent") in parties)


def _writes_central(e: Role) -> bool:
    """A title that implies a central body and writes its name ("Thủ tướng Chính phủ"; not
    "Tổng Bí thư", which names none)."""
    body = e.entry.body
    return bool(body) and e.surface.lower().endswith(" " + body.lower())

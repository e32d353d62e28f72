"""The bodies a sentence lends to a chain of titles written with none: the party committee an earlier
title was written with (the standing committee's member, a party board's head), and the one ministry
the sentence names as the venue (a minister's bare rank). Called by
kg.extract.posts.post_context.level_from_sentence before the titles are bound; only a chain none of
whose titles names a body is given one.
"""
from __future__ import annotations

from kg.extract.lexicon import lexicon, section
from kg.extract.sentences.tokens import said_before
from kg.extract.sentences.elements import BodyMention, Element, Punct, Role


def bodies_from_sentence(L: list[Element], toks: list) -> None:
    committee_from_sentence(L)
    ministry_from_sentence(L, toks)


def committee_from_sentence(L: list[Element]) -> None:
    """ "đoàn thứ nhất do ông A, Phó Bí thư Huyện ủy X phụ trách; đoàn thứ hai do ông B, Ủy viên Thường
    vụ, Trưởng Ban Tổ chức phụ trách": a chain of titles that names no body (the standing committee, a
    party board with no committee) is of the party committee an earlier title of the sentence was
    written with."""
    lx, anchor = lexicon(), None
    for k, e in enumerate(L):
        bm = e.body if type(e) is Role else None
        if bm is not None and bm.base is not None and bm.base.kind == "PartyCommittee" \
                and bm.level not in (None, "central") and not bm.generic:
            anchor = bm
        if type(e) is not Role or anchor is None or anchor is bm or _chain_bodied(L, k):
            continue
        organ = e.entry.body_prefix if e.body is None else (
            e.body.organs[0] if e.body.base is None and not e.body.central and len(e.body.organs) == 1 else None)
        if organ is not None and lx.organ_kinds.get(organ) in ("PartyCommittee", "PartyBoard"):
            e.body = BodyMention(e.start if e.body is None else e.body.start, e.end, e.surface, organs=[organ],
                                 base=anchor.base, level=anchor.level, unit=anchor.unit, place_name=anchor.place_name)


def _chain_bodied(L: list[Element], k: int) -> bool:
    """Whether a title of the chain the title at k stands in (joined by separators) names a body: the
    chain's readers (post_bodies) find its committee."""
    lo = hi = k
    while lo >= 2 and type(L[lo - 1]) is Punct and L[lo - 1].char in ",–-" and type(L[lo - 2]) is Role:
        lo -= 2
    while hi + 2 < len(L) and type(L[hi + 1]) is Punct and L[hi + 1].char in ",–-" and type(L[hi + 2]) is Role:
        hi += 2
    return any(L[x].entry.body or L[x].body is not None and (L[x].body.base is not None or L[x].body.central)
               for x in range(lo, hi + 1, 2))


_MINISTERS = section("roles.yaml", "ministers")
_MINISTER_ROLES = frozenset(_MINISTERS["roles"])
_MINISTRY = _MINISTERS["ministry_word"] + " "
_GOVERNMENT = _MINISTERS["government"]
_VENUE = tuple(tuple(w.split()) for w in _MINISTERS["venue_words"])


def ministry_from_sentence(L: list[Element], toks: list) -> None:
    """ "Tại trụ sở Bộ X, Thứ trưởng A tiếp đoàn công tác của tỉnh B": a minister's bare rank is of
    the one ministry the sentence names, written as the venue, when no title of the sentence is written
    with a ministry and his chain names no body (docs/conventions.md; none or two ministries: no post)."""
    ministries = [e for e in L if type(e) is BodyMention and _ministry(e)]
    if len({bm.base.canonical for bm in ministries}) != 1 \
            or any(type(e) is Role and e.body is not None and _ministry(e.body) for e in L):
        return
    bm = next((b for b in ministries if said_before(toks, b.start, _VENUE)), None)   # ("tại trụ sở Bộ X")
    for k, e in enumerate(L):
        if bm is not None and type(e) is Role and e.body is None and e.entry.role in _MINISTER_ROLES \
                and not e.entry.body and not _chain_bodied(L, k):
            e.body = BodyMention(e.start, e.end, bm.surface, organs=[], base=bm.base, level=bm.level,
                                 central=bm.central)


def _ministry(bm: BodyMention) -> bool:
    """A ministry of the government, written whole ("Bộ Y tế", "Bộ GTVT")."""
    return bm.base is not None and not bm.organs and bm.base.parent == _GOVERNMENT \
        and bm.base.canonical.startswith(_MINISTRY)

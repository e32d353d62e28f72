"""A party organisation's executive committee read as the committee it is (kg.extract.posts.post_bodies):
"Đảng bộ xã X" -> Đảng ủy xã X, "UVBCH Đảng bộ Công an tỉnh X" -> Đảng ủy Công an tỉnh X.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from kg.extract.posts.title_pairs import BEFORE_STATE as _BEFORE_STATE
from kg.extract.sentences.elements import BodyMention
from kg.extract.sentences.tokens import tokenize


def party_committee(bm: BodyMention, lx) -> Optional[BodyMention]:
    """ "Đảng bộ xã X" -> Đảng ủy xã X: a place's party organisation as its committee; None for
    any other body (or a level with no committee the lexicon knows)."""
    if bm.organs or bm.base is None or bm.base.canonical != _BEFORE_STATE["organisation"]:
        return None
    if bm.level == "district":
        name = lx.party_committee_of_unit.get(bm.unit or "")
    elif bm.level == "commune":
        name = next((c.canonical for c in lx.committee_by_name.values()
                     if c.level == "commune" and c.kind == "PartyCommittee"), None)
    else:
        name = lx.party_committee_of_level.get(bm.level or "")
    c = lx.committee_by_name.get(name or "")
    return replace(bm, base=c) if c is not None else None


def packed_committee(prefix: str, bm: BodyMention, lx) -> Optional[str]:
    """The committee an executive committee of a body's party organisation is, as the lexicon's
    packed form writes it out ("Ban Chấp hành Đảng bộ" + "Công an tỉnh X" = Đảng ủy Công an tỉnh
    X): for "UVBCH Đảng bộ Công an tỉnh X" as for "Ủy viên BCH Đảng bộ Công an tỉnh X"."""
    if len(bm.organs) != 1 or bm.base is None:
        return None
    toks = tokenize(prefix + " " + bm.organs[0], 0)
    m = lx.bodies.match(toks, 0)
    return m.payload.canonical if m is not None and m.size == len(toks) and m.payload.sort == "committee" \
        and m.payload.kind == "PartyCommittee" else None

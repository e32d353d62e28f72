"""The party committee of a central body, named by that body: "Đảng ủy Chính phủ", "Đảng ủy Quốc
hội", "Đảng ủy Quân khu 4", "Ban Thường vụ Đảng ủy Bộ Ngoại giao".

The scanner reads "Đảng ủy" (a commune's committee when nothing follows) and the central body
after it as two mentions. Written together, with nothing between them, they are one body: the
committee of the party organisation of that central body. It is a national body (one identity
across articles); the central body written inside its name is its parent, as "Đảng ủy UBND tỉnh X"
names its UBND (bodies.yaml `within`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Role
from kg.extract.lexicon import BodyEntry


@dataclass(frozen=True)
class PartyOfEntry(BodyEntry):
    """bm.base of a "Đảng ủy <central body>" mention; `central_name` is the inner body's."""
    central_name: str = ""


def _bare_committee(bm) -> bool:
    """ "Đảng ủy" with no place of its own: the party committee a commune would have."""
    return isinstance(bm, BodyMention) and bm.base is not None and bm.base.sort == "committee" \
        and bm.base.level == "commune" and bm.base.kind == "PartyCommittee" and bm.unit is None \
        and not bm.place_name


def _merge(bm: BodyMention, inner: BodyMention) -> None:
    e = inner.base
    bm.base = PartyOfEntry("party_of", f"{bm.base.canonical} {e.canonical}", bm.base.kind,
                           central_name=e.canonical)
    bm.end, bm.level, bm.central = inner.end, "central", True
    bm.surface = f"{bm.surface} {inner.surface}".strip()


def party_of_central(els: list, mentions: Optional[list] = None) -> None:
    """Merge "Đảng ủy" and the central body written right after it into one mention.
    `mentions`: the sentence's SentenceView.mentions(), when the caller has them: only the
    elements before a body mention are tried."""
    drop: set[int] = set()
    tried = range(len(els) - 1) if mentions is None else (j - 1 for j, x, _ in mentions
                                                             if j and type(x) is BodyMention)
    for k in tried:
        # the central body after is tested first: it is rare, and a cheaper test than the
        # committee before it (this runs over every element of every sentence)
        nxt = els[k + 1]
        if type(nxt) is not BodyMention or nxt.organs or nxt.base is None or nxt.base.sort != "central":
            continue
        e = els[k]
        bm = e.body if isinstance(e, Role) else e
        if not _bare_committee(bm) or nxt.start != e.end:
            continue
        _merge(bm, nxt)
        e.end = max(e.end, nxt.end)
        drop.add(k + 1)
    if drop:
        els[:] = [e for k, e in enumerate(els) if k not in drop]
    _shared_with_organ(els, None if drop else mentions)     # (nothing merged: the mentions hold)


def _shared_with_organ(els: list, mentions: Optional[list] = None) -> None:
    """ "Đảng ủy, Bộ Tư lệnh Quân khu 2": a bare "Đảng ủy" listed right before an organ of a
    central body is that body's party committee, as "Đảng ủy, UBND xã" is the commune's.
    `mentions`: as for party_of_central (only the elements two before a body mention are tried)."""
    tried = range(len(els) - 2) if mentions is None else (j - 2 for j, x, _ in mentions
                                                             if j >= 2 and type(x) is BodyMention)
    for k in tried:
        nxt = els[k + 2]
        if type(nxt) is not BodyMention or not nxt.organs or nxt.base is None or nxt.base.sort != "central":
            continue
        e, comma = els[k], els[k + 1]
        bm = e.body if isinstance(e, Role) else e
        if _bare_committee(bm) and getattr(comma, "char", None) == "," and comma.start == e.end:
            b = nxt.base
            bm.base = PartyOfEntry("party_of", f"{bm.base.canonical} {b.canonical}", bm.base.kind,
                                   central_name=b.canonical)
            bm.level, bm.central = "central", True

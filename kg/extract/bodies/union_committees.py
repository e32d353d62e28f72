"""A union's executive committee written with its union's name ("Ban Chấp hành Hội Nông dân tỉnh
X", "Ban Chấp hành Xã đoàn Y", "bầu 15 đồng chí vào Ban Chấp hành Hội LHPN xã Z"): the committee is
an organ of its own (docs/conventions.md), mentioned wherever its full name is written, at a session,
an election or a launch alike. bodies.yaml only_as_actor keeps the organ out of the bodies read bare
("Hội nghị Ban Chấp hành lần thứ 15", "tham gia Ban Chấp hành, Ban Thường vụ" of a cadre decision:
which committee is meant is the context's guess); this reader lists only those written whole, of a
union (a mass organisation: not a party committee, whose committee is the committee itself, nor
the Front, nor a central union, named on their own), and placed.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import BodyMention
from kg.facts import Body


@lru_cache(maxsize=1)
def _spec() -> tuple:
    """(the organ's names, lower case; the kinds of body whose organ it may be) from bodies.yaml
    union_committees."""
    raw = bodies_yaml().get("union_committees") or {}
    return (frozenset(w.lower() for w in raw.get("organs") or []),
            frozenset(raw.get("kinds") or []))


def packed_union_organ(organ: str, bm: BodyMention) -> bool:
    """Whether a title that packs the organ ("UV.BCH Công đoàn X huyện", roles.yaml body_prefix) before
    a union's name writes that union's executive committee whole, as "Ủy viên BCH Công đoàn X huyện"
    does: the title took the organ's letters, the name is still written (b2166df's title forms)."""
    organs, kinds = _spec()
    return organ.lower() in organs and bm.base is not None and bm.base.kind in kinds


def union_committees(views, resolve) -> list[Body]:
    """The placed executive committees of unions written with their union's name."""
    organs, kinds = _spec()
    out = []
    for sv in views:
        for _, _, bm in sv.mentions():
            if type(bm) is not BodyMention or len(bm.organs) != 1 or bm.organs[0].lower() not in organs:
                continue
            if bm.surface.strip().lower() in organs or bm.base is None or bm.base.kind not in kinds:
                continue        # the organ written bare: its union is the context's guess
            b = resolve(bm)
            placed = b is not None and (b.place is not None or b.key in getattr(resolve, "communes", ()))
            if placed and not b.central and b.kind in kinds and b.name.lower().startswith(bm.organs[0].lower() + " "):
                out.append(b)
    return out

"""The titles of a commune's bodies written without the commune ("Đảng ủy viên", "UVBTV, Chủ tịch Ủy ban
MTTQ xã", "Bí thư Đảng ủy - Chủ tịch HĐND"): the commune the next title names, or the one commune of a
story that is that commune's own. Read by kg.extract.posts.post_bodies.role_body."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from kg.extract.bodies.bodies import ResolvedBodies
from kg.extract.sentences.elements import BodyMention, Role
from kg.extract.posts.title_pairs import BEFORE_STATE as _BEFORE_STATE
from kg.facts import Body


def commune_member(role: Role, c, following: list[Role], bodies: ResolvedBodies) -> Optional[Body]:
    """ "Đảng ủy viên, Chủ tịch Ủy ban MTTQ phường 3": the text says Đảng ủy, and the next title
    says which commune; with no title after it ("bà A - Đảng ủy viên phụ trách chi bộ"), the one
    commune the story names, as for "Ủy viên Đảng ủy"; else the commune is not known."""
    nb = following[0].body if following else None
    one = _own_commune(bodies) if nb is None and not following else None
    if one is not None:
        return bodies(BodyMention(role.start, role.end, role.surface, base=c, level="commune", unit=one[0],
                                  place_name=one[1]))
    if nb is None or nb.level != "commune" or nb.unit is None:
        return None
    return bodies(BodyMention(role.start, role.end, role.surface, base=c, level="commune", unit=nb.unit,
                              place_name=nb.place_name))


def commune_standing(role: Role, following: list[Role], bodies: ResolvedBodies, organ: str) -> Optional[Body]:
    """ "UVBTV, Chủ tịch Ủy ban MTTQ xã", "Ủy viên Ban Thường vụ, Phó Chủ tịch UBND phường": the
    standing board a commune's Front or state title follows is its Đảng ủy's, of the commune the
    title names (a union's own standing board is written with the union's name)."""
    nb = following[0].body if following else None
    if nb is None or nb.level != "commune" or nb.unit is None or nb.organs or nb.base is None \
            or not (nb.base.canonical in _BEFORE_STATE["state_bodies"] or nb.base.kind == "FrontCommittee"):
        return None
    name = bodies.resolver.committee_for_level("commune", nb.unit)
    c = bodies.resolver.lx.committee_by_name.get(name or "")
    if c is None:
        return None
    return bodies(BodyMention(role.start, role.end, role.surface, organs=[organ], base=c, level="commune",
                              unit=nb.unit, place_name=nb.place_name))


def commune_council(bm: BodyMention, following: list[Role], bodies: ResolvedBodies) -> None:
    """ "Bí thư Đảng ủy - Chủ tịch HĐND", "Phó Bí thư Đảng ủy, Chủ tịch UBND": the council or the
    people's committee written with no level right after the bare Đảng ủy (a commune's party
    committee) is the commune's too, in a story that names one commune; its level is set on the
    next title, and the Đảng ủy then reads that commune as in "Bí thư Đảng ủy, Chủ tịch HĐND xã X"."""
    if bm.level != "commune" or bm.place_name or bm.base is None or bm.base.sort != "committee" \
            or bm.organs or not following:
        return
    nb = following[0].body
    if nb is None or nb.level is not None or nb.place_name or nb.organs or nb.base is None \
            or nb.base.canonical not in _BEFORE_STATE["state_bodies"]:
        return
    one = _one_commune(bodies)
    if one is not None:
        following[0].body = replace(nb, level="commune", unit=one[0], place_name=one[1])


def _one_commune(bodies: ResolvedBodies) -> Optional[tuple[str, str]]:
    """(unit, name) of the one commune the story names, or None."""
    communes = bodies.resolver.places._ctx.communes
    return next(iter(communes.items())) if len(communes) == 1 else None


def _own_commune(bodies: ResolvedBodies) -> Optional[tuple[str, str]]:
    """The one commune the story names when the story is that commune's: one of its bodies is
    written with its name ("Đảng bộ xã X tổ chức ..."). A commune named only as the venue of a
    district's or a province's event ("Huyện ủy Y tổ chức hội nghị tại xã X") is not the home of
    a bare "Đảng ủy viên" of that story."""
    one = _one_commune(bodies)
    if one is None:
        return None
    ending = " %s %s" % one
    return one if any(name.endswith(ending) for name, _ in bodies.communes) else None

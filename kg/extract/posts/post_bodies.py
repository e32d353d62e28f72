"""Which body a bound title is of (kg.extract.posts.posts): the one written after it, or the one the
chain of titles around it gives when the genre shares one ("Ủy viên Ban Thường vụ, Trưởng Ban Dân
vận Huyện ủy"; "Phó Bí thư Thường trực, Chủ tịch HĐND huyện"); otherwise none, and no post.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from kg.extract.bodies.bodies import ResolvedBodies
from kg.extract.gazetteer import get_gazetteer
from kg.extract.sentences.elements import BodyMention, Role
from kg.extract.lexicon import BodyEntry, canon, lexicon, section
from kg.extract.posts.commune_posts import commune_council, commune_member, commune_standing
from kg.extract.posts.party_organisations import packed_committee, party_committee
from kg.extract.posts.post_gaps import bare_party_committee
from kg.extract.posts.title_pairs import BEFORE_STATE as _BEFORE_STATE, shares_next_body
from kg.facts import Body

def _committee_of(nb: Optional[BodyMention], lx):
    """The party committee a following title's body names, or None."""
    if nb is None or nb.base is None or nb.base.sort not in ("committee", "packed"):
        return None
    return nb.base if nb.base.sort == "committee" else lx.committee_by_name[nb.base.canonical]


def _next_committee(following: list, lx):
    """The first party committee the following titles' bodies name, with that body; (None, None)."""
    for nxt in following:
        base = _committee_of(nxt.body, lx)
        if base is not None:
            return base, nxt.body
    return None, None


# (body -> the levels it has one at; None: at every level)
_PARTY_OF = {canon(b): None for b in section("roles.yaml", "party_of_next") if isinstance(b, str)} \
    | {canon(b["body"]): frozenset(b["levels"]) for b in section("roles.yaml", "party_of_next") if isinstance(b, dict)}
_PARTY_OF_KINDS = section("roles.yaml", "party_of_next_kinds")
_PARTY_OF_ORGANS = frozenset(canon(o) for o in section("roles.yaml", "party_of_next_organs"))


_STANDING = "Ban Thường vụ"


def _party_board(organ: Optional[str]) -> bool:
    """A working board of a party committee ("Ban Dân vận", "Ban Tuyên giáo"; not its office nor
    its inspection committee, which unions and the Front have too)."""
    return bool(organ) and organ.startswith("Ban ") and lexicon().organ_kinds.get(organ) == "PartyBoard"


def _state_committee(role: Role, following: list[Role], lx, organ: Optional[str] = None):
    """"Phó Bí thư Thường trực, Chủ tịch HĐND huyện": a party title with no body, right before a
    title of the council or the people's committee of a province or district, is of the party
    committee of that unit (roles.yaml party_before_state), "Ủy viên Thường vụ" its Ban Thường
    vụ; a commune's never (conventions)."""
    organ = organ or role.entry.body_prefix
    if not following or not (role.entry.role in _BEFORE_STATE["roles"] or organ):
        return None
    nb = following[0].body
    # (the standing board before a Front committee's title too: "UVTV, Chủ tịch Ủy ban MTTQ Việt
    # Nam huyện" sits on the Huyện ủy's Ban Thường vụ, as in a commune: commune_posts.commune_standing)
    if nb is None or nb.base is None or not (nb.base.canonical in _BEFORE_STATE["state_bodies"]
                                             and not _party_board(organ)
                                             or (organ == _STANDING or _party_board(organ))
                                             and nb.base.kind == "FrontCommittee"):
        # (a party board before the Front only: a council has its own boards of like names)
        return None
    name = _BEFORE_STATE["committee_of_unit"].get(nb.unit or "")
    c = lx.committee_by_name.get(name)
    if c is None or c.level != nb.level or nb.organs:
        return None
    return BodyMention(role.start, role.end, role.surface, organs=[organ] if organ else [], base=c, level=nb.level,
                       unit=nb.unit, place_name=nb.place_name)


# Organs that every kind of body has, not only a party committee (roles.yaml
# organs_of_any_body): "Ủy viên Đảng đoàn, Phó Chủ tịch Hội CCB Việt Nam" is the union's Đảng đoàn.
_ANY_BODY_ORGANS = frozenset(section("roles.yaml", "organs_of_any_body"))
# (roles.yaml organ_holders: the bodies that have such an organ, when not every body has it)
_HOLDERS = {o: (frozenset(canon(b) for b in h.get("bodies", ())), frozenset(canon(b) for b in h.get("under", ())))
            for o, h in (section("roles.yaml", "organ_holders") or {}).items()}


_MINISTERS = frozenset(section("roles.yaml", "ministers")["roles"])


def _organ_of_next(bm: BodyMention, following: list[Role]) -> BodyMention:
    """The organ of the body the next title names, when the organ is of any body."""
    if bm.organs[0] not in _ANY_BODY_ORGANS or not following:
        return bm
    nb = following[0].body
    if nb is None or nb.base is None or nb.organs or not nb.complete or nb.generic:
        return bm
    holders = _HOLDERS.get(bm.organs[0])
    if holders is not None and canon(nb.base.canonical) not in holders[0] and nb.base.parent not in holders[1]:
        return bm       # "Ủy viên Ban cán sự đảng, Giám đốc Sở X": no department has one
    base = nb.base
    whole = lexicon().central_by_name.get(base.parent or "") if base.canonical.startswith(_ELECTED_ORGANS) else None
    if whole is not None:
        base = whole    # "Bí thư Đảng đoàn, Chủ tịch BCH Trung ương Hội X": the organisation's Đảng đoàn
    return replace(bm, base=base, level=nb.level, unit=nb.unit, place_name=nb.place_name, central=nb.central)


_ELECTED_ORGANS = tuple(o + " " for o in section("roles.yaml", "organisation_organs"))


def _union_board(role: Role, organs: list[str], following: list[Role]) -> Optional[BodyMention]:
    """ "Ủy viên Thường vụ - Trưởng Ban Tuyên giáo Hội LHPN tỉnh": a standing board written with no
    owner, right before the title of a union's working board, is that union's standing board (the
    heads of a union's boards sit on its own Ban Thường vụ, not the party committee's); None else."""
    if organs != [_STANDING] or not following:
        return None
    nb = following[0].body
    if nb is None or nb.base is None or nb.base.kind != "MassOrganisation" or not nb.organs or nb.generic \
            or not nb.complete:
        return None
    return BodyMention(role.start, role.end, role.surface, organs=[_STANDING], base=nb.base, level=nb.level,
                       unit=nb.unit, place_name=nb.place_name, central=nb.central)


def _written_body(bm: BodyMention, entry, following: list[Role], lx, before=()) -> Optional[BodyMention]:
    """The body written after a title, as the title and the chain read it."""
    bm = _organisations_committee(_organisation_of_next(bm, following), entry, lx)
    if entry.body_prefix:
        owner = _party_of_next(bm, following[0].body) if _unplaced_committee(bm, following) else None
        if owner is not None:
            # "Ủy viên Thường vụ Đảng ủy, Chánh án TAND tỉnh X": the standing board of the Đảng ủy of
            # the body the next title heads, as for "Bí thư Đảng ủy, ..." below
            return replace(owner, organs=[entry.body_prefix] + list(owner.organs))
        if lx.organ_kinds.get(entry.body_prefix) == "PartyCommittee" and not bm.organs and bm.base is not None:
            # "UVBCH Đảng bộ tỉnh X", "UV BCH Tỉnh đoàn X": an executive committee of a party
            # organisation or a committee is the committee, as "Ủy viên BCH ..." written out reads
            committee = bm if bm.base.sort == "committee" else party_committee(bm, lx)
            if committee is not None:
                return committee
        packed = packed_committee(entry.body_prefix, bm, lx)
        if packed is not None:
            return replace(bm, organs=[packed])     # "UVBCH Đảng bộ Công an tỉnh X": its Đảng ủy
        return replace(bm, organs=[entry.body_prefix] + list(bm.organs))
    if len(bm.organs) == 1 and lx.organ_kinds.get(bm.organs[0]) == "PartyCommittee" \
            and bm.base is not None and bm.base.sort == "committee":
        # "Ủy viên Ban Chấp hành Tỉnh đoàn X": a committee's executive committee is the
        # committee itself (docs/conventions.md), as in "Tỉnh ủy viên"
        return replace(bm, organs=[])
    nb = following[0].body if following else None
    if bm.level == "commune" and bm.base is not None and bm.base.sort == "committee" \
            and not (bm.place_name and bm.place_name in bm.surface) \
            and nb is not None and nb.level == "commune" and nb.place_name and nb.place_name in nb.surface:
        # "Bí thư Đảng ủy, Chủ tịch HĐND xã Mỹ Hòa": the Đảng ủy of the commune the chain names
        return replace(bm, unit=nb.unit, place_name=nb.place_name)
    if bm.level in _CHAIN_LEVELS and not (bm.place_name and bm.place_name in bm.surface):
        place = chain_place(bm.level, bm.unit, following)
        if place is not None:
            # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai": the province the chain names
            return replace(bm, place_name=place)
    if _unplaced_committee(bm, following):
        # "Bí thư Đảng ủy, Tổng Biên tập Báo X": the Đảng ủy of the organisation the next title
        # heads, not the commune of the story; unnamed, it is no post
        return _party_of_next(bm, nb)
    pb = before[-1].body if before else None
    if bare_party_committee(bm) and not following and pb is not None and pb.level != "commune":
        # "Phó Giám đốc Sở Y tế, Phó Bí thư Đảng ủy": the Đảng ủy (written bare: "Đảng ủy xã" is a
        # commune's) of the department the title before it heads, as _party_of_next reads it written
        # first; of a body it knows none of (a company, a centre), no post, never the story's commune;
        # a district's people's committee has none: a rotated cadre's commune
        if pb.base is not None and pb.base.canonical in _BEFORE_STATE["state_bodies"] \
                and pb.level not in _SECTOR_LEVELS:
            return bm
        return _party_of_next(bm, pb)
    return bm


_SECTOR_LEVELS = ("province", "city")
_CHAIR = "Chủ tịch"         # (the people's committees that have a party committee)


def _organisation_of_next(bm: BodyMention, following: list[Role]) -> BodyMention:
    """ "Bí thư Đảng bộ, Chủ tịch UBND xã X": a bare party organisation right before the title of
    a place's council or people's committee is that place's (its committee: _organisations_committee)."""
    nb = following[0].body if following else None
    if bm.level is not None or bm.organs or bm.base is None or bm.base.canonical != _BEFORE_STATE["organisation"] \
            or nb is None or nb.base is None or nb.organs or nb.level is None \
            or nb.base.canonical not in _BEFORE_STATE["state_bodies"] or following[0].entry.role != _CHAIR:
        return bm           # (a place's secretary chairs its council or committee: before a deputy's
                            # title, "Bí thư Đảng bộ" is some agency's, elided)
    return replace(bm, level=nb.level, unit=nb.unit, place_name=nb.place_name)


def _organisations_committee(bm: BodyMention, entry, lx) -> BodyMention:
    """ "Bí thư Đảng bộ xã X": a party secretary's title of a place's party organisation is of
    its committee (roles.yaml party_before_state organisation)."""
    if entry.role not in _BEFORE_STATE["roles"]:
        return bm
    return party_committee(bm, lx) or bm


_CHAIN_LEVELS = ("province", "district")


def chain_place(level: str, unit: Optional[str], following: list[Role]) -> Optional[str]:
    """The place a chain of titles writes once, at its end, for all of them: "Tỉnh ủy viên, Chủ
    tịch Hội Nông dân tỉnh Lai Châu", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH
    tỉnh Lào Cai" (a story of two provinces: the place of the sentence's last body is not
    theirs). The first later title of the same level and unit that writes its place, passing
    over those of that level that do not; None at a title of another level."""
    for r in following:
        nb = r.body
        if nb is None or nb.level != level or nb.unit != unit:
            return None
        if nb.place_name and nb.place_name in nb.surface:
            return nb.place_name
    return None


def _unplaced_committee(bm: BodyMention, following: list[Role]) -> bool:
    """A bare "Đảng ủy" (read as a commune's, no place written) before a title that is not a
    commune's: the committee of some body the chain names, not the story's commune."""
    nb = following[0].body if following else None
    return bm.level == "commune" and bm.base is not None and bm.base.sort == "committee" and not bm.place_name \
        and bool(following) and not (nb is not None and nb.level == "commune")


def _party_of_next(bm: BodyMention, nb: Optional[BodyMention]) -> Optional[BodyMention]:
    """ "Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh X", "Bí thư Đảng ủy, Giám đốc Công an tỉnh X": the
    party committee of the state body the next title heads (a department, the police), as the
    genre writes "Đảng ủy Sở Y tế tỉnh X" in full, or of a province's labour federation or a
    national mass organisation ("Đảng ủy Liên đoàn Lao động tỉnh X"); a council, most unions or a
    committee has none of that name (roles.yaml party_of_next, party_of_next_kinds)."""
    if nb is not None and nb.base is not None and nb.organs and set(nb.organs) <= _PARTY_OF_ORGANS and not nb.generic:
        # "Bí thư Đảng ủy, Chánh Văn phòng UBND tỉnh": an office has a party committee of its own
        return replace(nb, start=bm.start, surface=f"{bm.surface} {nb.surface}",
                       organs=list(bm.organs) + [bm.base.canonical] + list(nb.organs))
    if nb is None or nb.base is None or nb.organs or nb.generic:
        return None
    if not (nb.base.sort == "department" or _has_party_at(nb, _PARTY_OF.get(nb.base.canonical, ()))
            or nb.base.kind in _PARTY_OF_KINDS["kinds"] and nb.level in _PARTY_OF_KINDS["levels"]):
        return None
    written = _SECTOR_COMMITTEES.get(f"{bm.base.canonical} {nb.base.canonical}")
    if written is not None:
        # the committee the lexicon names whole ("Đảng ủy Ủy ban nhân dân"): the same body as
        # "Đảng ủy UBND tỉnh" written out in the article, never a namesake beside it
        return replace(nb, start=bm.start, surface=f"{bm.surface} {nb.surface}", organs=list(bm.organs),
                       base=written)
    return replace(nb, start=bm.start, surface=f"{bm.surface} {nb.surface}", organs=list(bm.organs) + [bm.base.canonical])


def _has_party_at(nb: BodyMention, levels: Optional[frozenset]) -> bool:
    """Whether a body of party_of_next has a party committee at nb's level; a city the centre runs
    ("LĐLĐ thành phố Hà Nội") is a province, a province's city ("thành phố Việt Trì") a district."""
    return levels is None or nb.level in levels or nb.level == "city" and "province" in levels \
        and bool(nb.place_name) and get_gazetteer().province(nb.place_name) is not None


# the party committees of a sector the lexicon names whole (bodies.yaml leveled: "Đảng ủy Công
# an", "Đảng ủy Ủy ban nhân dân"), by name
_SECTOR_COMMITTEES = {canon(lv["canonical"]): BodyEntry("leveled", canon(lv["canonical"]), lv["kind"],
                                                        central=canon(lv["central"]) if lv.get("central") else None,
                                                        weak=bool(lv.get("weak")))
                      for lv in section("bodies.yaml", "leveled") if lv["canonical"].startswith("Đảng ủy ")}


def _last_committee(before: list[Role], lx):
    """The party committee the nearest earlier title of the chain names, with that body."""
    for prev in reversed(before):
        base = _committee_of(prev.body, lx)
        if base is not None:
            return base, prev.body
    return None, None


def role_body(role: Role, following: list[Role], bodies: ResolvedBodies,
              before: Optional[list[Role]] = None) -> Optional[Body]:
    entry = role.entry
    lx = bodies.resolver.lx
    bm = role.body
    if bm is not None and bm.base is None and not bm.central and bm.organs:
        # "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy": the organ's committee is the
        # one the next title names; with none after it, the one the title before it names
        # ("UV.BTV Huyện ủy, Trưởng ban Dân vận, Chủ tịch UBMTTQ huyện")
        base, nb = _next_committee(following, lx)
        if base is None and lx.organ_kinds.get(bm.organs[0]) == "PartyBoard" and before:
            base, nb = _last_committee(before, lx)
        if base is not None:
            bm = replace(bm, base=base, level=nb.level, unit=nb.unit, place_name=nb.place_name)
        else:
            bm = _union_board(role, bm.organs, following) or _organ_of_next(bm, following)
        if bm.base is None and _party_board(bm.organs[0]) and len(bm.organs) == 1:
            # "Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ huyện": a party board written with no
            # committee, right before a district's or province's Front or state title, is of that
            # unit's committee (the head of the Ban Dân vận chairs the Front at his level)
            sc = _state_committee(role, following, lx, bm.organs[0])
            if sc is not None:
                return bodies(sc)
        if bm.base is None and bm.organs == [_STANDING]:
            # "Ủy viên Ban Thường vụ, Phó Chủ tịch UBND huyện", as "UVTV, Phó Chủ tịch UBND huyện"
            sc = _state_committee(role, following, lx, _STANDING)
            return bodies(sc) if sc is not None else commune_standing(role, following, bodies, _STANDING)
    if bm is not None:
        commune_council(bm, following, bodies)
        written = _written_body(bm, entry, following, lx, before or ())
        return bodies(written) if written is not None else None
    if entry.body:
        if entry.body in lx.committee_by_name:
            c = _city_committee(lx.committee_by_name[entry.body], bodies.resolver)
            if c.level == "commune":
                return commune_member(role, c, following, bodies)
            organs = [entry.body_prefix] if entry.body_prefix else []       # "UVTVTU"
            return bodies(BodyMention(role.start, role.end, role.surface, organs=organs, base=c, level=c.level,
                                      unit=c.unit, place_name=chain_place(c.level, c.unit, following)))
        return bodies.resolver.central(entry.body)
    if entry.body_prefix:
        # "UV BTV, Trưởng Ban Dân vận Tỉnh ủy", "Ủy viên Thường vụ – Trưởng Ban Dân vận Quận ủy":
        # the committee is written once, at the end; the organ is the Ban Thường vụ, never the
        # board the next title heads.
        base, b = _next_committee(following, lx)
        if base is not None:
            return bodies(BodyMention(role.start, role.end, role.surface, organs=[entry.body_prefix],
                                      base=base, level=b.level, unit=b.unit, place_name=b.place_name))
        ub = _union_board(role, [entry.body_prefix], following)
        if ub is not None:
            return bodies(ub)
    sc = _state_committee(role, following, lx)
    if sc is not None:
        return bodies(sc)
    if entry.body_prefix:
        return commune_standing(role, following, bodies, entry.body_prefix)
    return _shared_with_next(role, following, bodies)


def _shared_with_next(role: Role, following: list[Role], bodies: ResolvedBodies) -> Optional[Body]:
    """A title with no body of its own that shares the next title's (role_body's last resort)."""
    entry = role.entry
    if following and entry.command and following[0].entry.command == entry.command:
        # "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh": one command, one body
        return role_body(following[0], following[1:], bodies)
    if following and entry.role in _MINISTERS and following[0].body is not None and following[0].body.central \
            and not following[0].body.organs:
        # "Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc": a ministry-level body
        return role_body(following[0], following[1:], bodies)
    if following and following[0].body is not None and entry.role in _OWNERS_MEMBERS \
            and (role.next_char == "," or shares_next_body(role, following[0])):
        # "UVTT-Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ tỉnh", "UVTT, Trưởng Ban Công tác phía Nam Ủy
        # ban Trung ương MTTQ": a standing member of the body whose board the next title heads, not of
        # the board; none of a party committee (its standing members are "UVBTV"), none beside the
        # body's own head ("UVTT-Chủ tịch Hội X": the chair says it)
        nb = following[0].body
        if nb.base is not None and not nb.organs and nb.central and nb.base.parent:
            owner = bodies.resolver.central(nb.base.parent)     # a central board named as a body of its own
            return owner if owner is not None and owner.kind in _STANDING_MEMBER_KINDS else None
        if not nb.organs or nb.base is None or nb.base.kind not in _STANDING_MEMBER_KINDS:
            return None
        return bodies(replace(nb, organs=[]))
    if following and following[0].body is not None and shares_next_body(role, following[0]):
        # "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ": one body for a hyphenated pair
        return role_body(following[0], following[1:], bodies)
    return None


_OWNERS_MEMBERS = frozenset(section("roles.yaml", "owners_members"))
_STANDING_MEMBER_KINDS = frozenset(section("roles.yaml", "owners_members_kinds"))


def _city_committee(c, resolver):
    """ "TUV", "Tỉnh ủy viên" in a story of a centrally-run city (Hà Nội, Cần Thơ): the member
    of the city's committee, its Thành ủy; a province's stays its Tỉnh ủy."""
    if c.level != "province" or resolver.places.resolve("province", c.unit, None) is not None:
        return c
    city = resolver.places.resolve("city", None, None)
    name = resolver.lx.party_committee_of_level.get("city")
    if city is None or city.level != "province" or name not in resolver.lx.committee_by_name:
        return c
    return resolver.lx.committee_by_name[name]

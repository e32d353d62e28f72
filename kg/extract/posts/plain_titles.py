"""Titles the role lexicon cannot hold: their first syllable begins too many plain words.

A role's first syllable is read apart from the plain words around it (kg.extract.sentences.mentions),
so "Quản nhiệm" in the lexicon would split "Hội đồng quản trị" too. The genre writes these titles
capitalised right before the body they head ("Mục sư A, Quản nhiệm Hội Thánh Tin lành X", "Linh mục
B, Quản xứ Giáo xứ Y"): read here, off the words written right before a body mention, as a title
of that body (roles.yaml plain_led_titles).

An acting head ("Quyền Chủ tịch UBND tỉnh X", "ông A, quyền Giám đốc Sở Y"): the title is held as
"Quyền <title>" (acting_role).

A unit's secretary or chair written with the unit alone ("Bí thư phường X", "Chủ tịch huyện Y"): the
party committee or the people's committee of that unit (unit_heads).
"""
from __future__ import annotations

from kg.extract.gazetteer import get_gazetteer
from kg.extract.lexicon import RoleEntry, lexicon, section
from kg.extract.sentences.elements import BodyMention, Element, LevelMention, Role, Word
from kg.extract.sentences.tokens import tokenize

_TITLES = {tuple(f.split()): role for f, role in (section("roles.yaml", "plain_led_titles") or {}).items()}
_MOST = max(map(len, _TITLES), default=0)


def plain_led_titles(L: list[Element], toks: list) -> None:
    """The titles written, exactly so cased, in the plain words right before a body mention."""
    if not _TITLES or BodyMention not in map(type, L):
        return
    x = 0
    while x < len(L):
        bm = L[x]
        if type(bm) is BodyMention:
            for size in range(_MOST, 0, -1):
                start = bm.start - size
                role = _TITLES.get(tuple(t.text for t in toks[max(0, start):bm.start])) if start >= 0 else None
                if role is None:
                    continue
                first = next((k for k in range(x) if L[k].start == start), None)
                if first is not None and all(type(e) is Word for e in L[first:x]) and L[x - 1].end == bm.start:
                    surface = " ".join(t.text for t in toks[start:bm.end])
                    L[first:x + 1] = [Role(start, bm.end, RoleEntry(role), surface, body=bm)]
                    x = first
                break
        x += 1


_UNIT_HEADS = section("roles.yaml", "unit_heads", None) or {}
_PARTY = "party"


def unit_heads(L: list[Element], toks: list) -> None:
    """ "ông A, Bí thư phường X", "Chủ tịch huyện Y đối thoại với ...": a unit's secretary or chair
    (roles.yaml unit_heads) written right before the unit and its name, with no body between, heads
    that unit's party committee or people's committee. Not a unit with no name written ("Bí thư
    xã": which commune is not said), nor a title with a body of its own ("Bí thư huyện Đoàn X")."""
    if not _UNIT_HEADS or LevelMention not in map(type, L):
        return
    for k in range(len(L) - 1):
        r, lv = L[k], L[k + 1]
        if type(r) is Role and r.body is None and not r.entry.body and r.entry.role in _UNIT_HEADS \
                and type(lv) is LevelMention and lv.start == r.end and lv.place_name and lv.level \
                and _our_unit(lv):
            base = _unit_body(_UNIT_HEADS[r.entry.role], lv)
            if base is not None:
                r.body = BodyMention(lv.start, lv.end, " ".join(t.text for t in toks[lv.start:lv.end]), base=base,
                                     level=lv.level, unit=lv.unit, place_name=lv.place_name)
                r.end = lv.end
                del L[k + 1]
                return unit_heads(L, toks)


def _our_unit(lv: LevelMention) -> bool:
    """Whether the gazetteer knows the unit as one of ours: a neighbour's head of a unit ("Chủ tịch
    huyện X" of a Lao district) heads its government, no people's committee (foreign_heads)."""
    gz = get_gazetteer()
    if lv.level == "commune":
        return bool(gz.commune_districts(lv.place_name))
    return any(p.level != "commune" for v in ("legacy", "2025") for p in gz.lookup(lv.place_name, vintage=v))


def _unit_body(head: str, lv: LevelMention):
    """The lexicon's entry of the body a unit's head heads: its party committee at its level, or the
    leveled body named `head`."""
    lx = lexicon()
    if head == _PARTY:
        if lv.level == "commune":
            return next((c for c in lx.committee_by_name.values() if c.level == "commune" and c.kind == "PartyCommittee"),
                        None)
        name = lx.party_committee_of_unit.get(lv.unit or "") if lv.level == "district" \
            else lx.party_committee_of_level.get(lv.level)
        return lx.committee_by_name.get(name or "")
    m = lx.bodies.match(tokenize(head, 0), 0)
    return m.payload if m is not None and m.payload.sort == "leveled" else None


_ACTING = frozenset(section("roles.yaml", "posts")["acting"])
_ACTING_OPENERS = frozenset((",", "-", "–", "—", ";", ":", "("))


def acting_role(toks: list, role: Role) -> str:
    """The role a title gives, as acting when "Quyền" is written right before it: capitalised, or
    lower-case after a mark that opens a title ("A, quyền Giám đốc Sở X"), not the noun "quyền" of
    a clause ("thực hiện quyền Chủ tịch ...")."""
    i = role.start - 1
    if i < 0 or toks[i].low not in _ACTING or not 0 < toks[role.start].start - toks[i].end <= 2:
        return role.entry.role
    if toks[i].is_cap or i == 0 or toks[i - 1].text in _ACTING_OPENERS:
        return f"{toks[i].text.capitalize()} {role.entry.role}"
    return role.entry.role

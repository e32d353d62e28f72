"""The council and the other organs of a neighbour's or a partner's province, prefecture, county or
city, named with its unit and the unit's name: "Chủ tịch Hội đồng tỉnh Takeo", "Nghị sĩ Hội đồng
tỉnh Chiba (Nhật Bản)", "Ủy ban Thường vụ Nhân đại châu X", "Tổng Công hội tỉnh Y", "Mặt trận Đoàn
kết Phát triển Tổ quốc Campuchia tỉnh Z". Our provinces have no "Hội đồng tỉnh" (ours is the Hội
đồng nhân dân), so the words name no body of ours; the golds name the organ with the unit word
written out ("Hội đồng tỉnh X", "Hội đồng thành phố Y"). A unit the article marks as foreign
(kg.extract.places.foreign) is read, or, after an organ only other countries have, any
capitalised unit after its unit word; a title written right before the organ holds its post
there. The heads are bodies.yaml `foreign_councils`, `foreign_unit_organs` and `foreign_chapters`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from kg.extract.bodies.body_lists import bodies_yaml, set_body_mention
from kg.extract.bodies.open_names import OpenEntry
from kg.extract.lexicon import canon, lexicon, section
from kg.extract.matcher import Matcher
from kg.extract.places.foreign import abroad_unit_words, foreign_at
from kg.extract.sentences.elements import BodyMention, Role
from kg.facts import Body

@dataclass(frozen=True)
class _OrganEntry(OpenEntry):
    """An organ of a foreign unit: its organ's name, the unit word written ("" when none) and the unit's name."""
    organ: str = ""
    unit_word: str = ""
    unit_name: str = ""


_UNIT_NAME_MOST = 4     # syllables of an unmarked unit's name after an organ only abroad has


class _Organ(NamedTuple):
    canonical: str
    kind: str
    abroad: bool            # only other countries have it: the unit after it is foreign
    parent: Optional[str]   # the organ it is an organ of, in the same unit
    unit_needed: bool       # the unit word must be written (a council: "Hội đồng" alone is ours too)


@lru_cache(maxsize=1)
def _heads() -> Matcher:
    """Every head form -> its _Organ (the councils, the units' organs, the national chapters)."""
    m = Matcher()
    councils = bodies_yaml().get("foreign_councils") or {}
    for h in councils.get("heads") or ():
        m.add(h, _Organ(canon(h), councils.get("kind") or "StateBody", False, None, True))
    for o in section("bodies.yaml", "foreign_unit_organs", None) or ():
        # (an organ ours has too, "Chính quyền", names a foreign unit's only with the unit word written)
        organ = _Organ(canon(o["canonical"]), o["kind"], bool(o.get("abroad")),
                       canon(o["parent"]) if o.get("parent") else None, not o.get("abroad"))
        for f in o.get("forms") or [o["canonical"]]:
            m.add(f, organ)
    return m


@lru_cache(maxsize=1)
def _chapters() -> frozenset:
    """bodies.yaml foreign_chapters: the neighbours' national bodies that have provincial chapters."""
    return frozenset(canon(c) for c in bodies_yaml().get("foreign_chapters") or ())


def _unit_after(sv, k: int, keys: list, abroad: bool, unit_needed: bool) -> Optional[tuple]:
    """(end, unit word or "", name) of the foreign unit written at token k: a unit word, then a
    unit the article marks as foreign (or, `abroad`, a run of capitalised words); or the marked
    unit's name alone (not `unit_needed`)."""
    toks = sv.toks
    if k >= len(toks):
        return None
    lv = lexicon().levels.match(toks, k)
    unit = lv.payload.unit if lv is not None and lv.payload.level in ("province", "city", "district") else None
    if unit is None and toks[k].low in abroad_unit_words():
        lv, unit = None, toks[k].low
    if unit:
        at = k + (lv.size if lv is not None else 1)
    elif unit_needed:
        return None
    else:
        at, unit = k, ""
    for key in keys:
        name = foreign_at(toks, at, [key])
        if name:
            return at + len(key), unit, name
    if not (abroad and unit):
        return None
    end = at
    while end < len(toks) and end - at < _UNIT_NAME_MOST and toks[end].is_word and toks[end].is_cap \
            and not toks[end].is_upper:
        end += 1
    return (end, unit, " ".join(t.text for t in toks[at:end])) if end > at else None


def _mention(sv, i: int, end: int, organ: _Organ, unit: str, name: str) -> BodyMention:
    where = f"{unit} {name}" if unit else name
    parent = Body(f"{organ.parent} {where}", organ.kind, None, None, f"{organ.parent} {where}") \
        if organ.parent else None
    canonical = f"{organ.canonical} {where}"
    return BodyMention(i, end, sv.text[sv.toks[i].start - sv.start:sv.toks[end - 1].end - sv.start],
                       base=_OrganEntry("open", canonical, organ.kind, inner=parent,
                                        organ=organ.canonical, unit_word=unit, unit_name=name))


def unify_foreign_organs(views) -> None:
    """An organ of a foreign unit written once with the unit word and elsewhere with the unit's name
    alone ("Tổng Công hội tỉnh X" ... "Tổng Công hội X") is one body, named with the unit word."""
    found = [(e, bm) for sv in views for _, e, bm in sv.mentions()
             if type(bm) is BodyMention and isinstance(bm.base, _OrganEntry)]
    worded = {(bm.base.organ, bm.base.unit_name): bm.base for _, bm in found if bm.base.unit_word}
    for e, bm in found:
        full = worded.get((bm.base.organ, bm.base.unit_name)) if not bm.base.unit_word else None
        if full is not None:
            bm.base = full


def _title_before(sv, i: int) -> Optional[Role]:
    """The title written right before token i whose body is none or only inferred (a governor's rank
    given his unit's government, kg.extract.posts.foreign_clauses): the organ written after it is
    the body he holds his post in ("Tỉnh trưởng Ban hành chính tỉnh X")."""
    return next((x for x in sv.elements if type(x) is Role and x.end == i
                 and (x.body is None or x.body.start <= x.start)), None)


def read_foreign_councils(sv, foreign: dict) -> None:
    """Replace the words a foreign unit's organ covers with one BodyMention (or give it to the
    title right before it): the organs' heads, and the neighbours' national bodies before a unit."""
    toks = sv.toks
    keys = sorted(foreign, key=len, reverse=True)
    done = 0                # (a head inside an organ read already: "Nhân đại" in "Ủy ban Thường vụ Nhân đại")
    for i, e in list(_heads().find(toks, lows=sv.lows)):
        organ = e.payload
        if i < done or not toks[i].is_cap or not (foreign or organ.abroad):
            continue
        got = _unit_after(sv, i + e.size, keys, organ.abroad, organ.unit_needed)
        if got is not None:
            done = got[0]
            bm = _mention(sv, i, got[0], organ, got[1], got[2])
            set_body_mention(sv, bm, [x for x in sv.elements if x.end <= i or x.start >= got[0]], _title_before(sv, i))
    if foreign:
        for _, e, bm in list(sv.mentions()):
            if type(bm) is BodyMention and bm.base is not None and bm.base.canonical in _chapters() \
                    and not bm.organs and not bm.place_name:
                _chapter(sv, e, bm, keys)


def _chapter(sv, e, bm: BodyMention, keys: list) -> None:
    """A neighbour's national body written before a foreign unit: its chapter there (the body of
    the title it closes, when it is one's)."""
    got = _unit_after(sv, bm.end, keys, False, False)
    if got is None:
        return
    organ = _Organ(bm.base.canonical, bm.base.kind, False, None, False)
    chapter = _mention(sv, bm.start, got[0], organ, got[1], got[2])
    kept = [x for x in sv.elements if x.end <= bm.end or x.start >= got[0]]
    if e is bm:
        set_body_mention(sv, chapter, [x for x in kept if x is not bm])
    else:
        e.body, e.end = chapter, max(e.end, got[0])
        sv.elements[:] = kept

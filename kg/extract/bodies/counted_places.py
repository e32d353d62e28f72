"""A body written once before a count of places and their names ("Ban Thường vụ Tỉnh ủy của 2 tỉnh
Quảng Ngãi và Kon Tum", "UBND hai tỉnh A và B", "Thường trực Huyện ủy ba huyện A, B, C"): the body of
each place, as after the plural word "các" (kg.extract.bodies.body_lists._generic_list). The stories
of two provinces or districts that work together or merge write it so; the count word
(bodies.yaml place_counts, or a number) says the places are listed next.

A group of places may also be counted and listed once ("quy chế phối hợp 3 tỉnh biên giới, gồm: A,
B và C") and named by its count after ("Ủy ban Kiểm tra 3 tỉnh"): a list after an opener
(bodies.yaml commune_list_qualifiers openers, or a colon) that names exactly as many places as the
count defines the group for the article, and a body written before that count and level word is
the body of each place of it."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import _LISTED, _Reader, _copy, _insert, _list_province, bodies_yaml
from kg.extract.bodies.commune_lists import list_openers
from kg.extract.lexicon import lexicon
from kg.extract.sentences.elements import BodyMention, LevelMention

_GROUP_MOST = 20        # places a counted group lists at most
_OPENER_WITHIN = 8      # tokens between the level word and the opener (a region: "khu vực Bắc Trung Bộ")


@lru_cache(maxsize=1)
def _counts() -> frozenset:
    return frozenset(w.lower() for w in bodies_yaml().get("place_counts") or [])


def _count_at(toks: list, k: int) -> bool:
    """A count of two or more places at token k ("2", "hai")."""
    t = toks[k].text if k < len(toks) else ""
    return t.lower() in _counts() or t.isdigit() and 2 <= int(t) <= 9


def count_groups(views, places, vintage: str) -> dict[tuple, list]:
    """(count, level) -> the places (level, unit, name) of a group the article counts and lists once
    ("4 tỉnh khu vực X, gồm: A, B, ..."): the list must name exactly as many places."""
    out: dict[tuple, list] = {}
    openers = list_openers()
    for sv in views:
        toks = sv.toks
        for k, t in enumerate(toks[:-2]):
            if not t.text.isdigit() or not 2 <= int(t.text) <= _GROUP_MOST:
                continue
            lv = lexicon().levels.match(toks, k + 1)
            if lv is None or lv.payload.level not in _LISTED:
                continue
            j = k + 1 + lv.size
            at = next((m for m in range(j, min(j + _OPENER_WITHIN, len(toks)))
                       if toks[m].low in openers or toks[m].text in ":.;"), None)
            if at is None or toks[at].text in ".;":
                continue
            at += 1 + (at + 1 < len(toks) and toks[at + 1].text == ":")
            listed = _group_list(_Reader(sv, places, vintage), at)
            if len(listed) == int(t.text):
                out.setdefault((t.text, lv.payload.level), [it[2:] for it in listed])
    return out


def _group_list(reader: _Reader, k: int) -> list:
    """The provinces (or the districts of one province) listed from token k."""
    first = reader.item(k, None)
    province = None
    if first is None:
        m = reader.gz.match_at(reader.sv.text, reader.toks[k].start - reader.sv.start, reader.vintage) \
            if k < len(reader.toks) else None
        p = reader.places.resolve("district", None, m[0]) if m is not None else None
        province = p.province if p is not None and p.level == "district" else None
        first = reader.item(k, province) if province else None
    return [first] + reader.items(first[1], province) if first else []


def _from_group(e: BodyMention, toks: list, k: int, groups: dict, resolver) -> Optional[list]:
    """The places of the counted group named by the count at token k after the body e (a party
    board written alone is the board of each place's committee)."""
    lv = lexicon().levels.match(toks, k + 1) if k + 1 < len(toks) else None
    if lv is None or not toks[k].text.isdigit():
        return None
    end = k + 1 + lv.size
    if end < len(toks) and toks[end].is_word and toks[end].is_cap:
        return None             # (a place named after the level word: the list below reads it)
    places = groups.get((toks[k].text, lv.payload.level))
    if not places or e.base is not None and e.base.sort not in ("committee", "packed", "leveled", "department") \
            or e.base is None and not e.organs:
        return None
    base = e.base or resolver.lx.committee_by_name.get(resolver.committee_for_level(*places[0][:2]) or "")
    if base is None:
        return None
    return [BodyMention(k, end, "", list(e.organs), base, level, unit, name) for level, unit, name in places]


def counted_places(sv, resolver, vintage: str, groups: Optional[dict] = None) -> None:
    toks, made, reader = sv.toks, [], None
    for _, e, _ in sv.mentions():
        if type(e) is not BodyMention or e.generic or e.place_name:
            continue
        k = e.end + (e.end < len(toks) and toks[e.end].low == "của")
        if groups and k < len(toks) and e.level is None and (copies := _from_group(e, toks, k, groups, resolver)):
            e.base, e.level, e.unit, e.place_name = copies[0].base, copies[0].level, copies[0].unit, copies[0].place_name
            made += copies[1:]
            continue
        if e.base is None or e.base.sort not in ("committee", "packed", "leveled", "department") \
                or not _count_at(toks, k):
            continue
        reader = reader or _Reader(sv, resolver.places, vintage)
        lm = reader.at.get(k + 1)
        if not isinstance(lm, LevelMention) or lm.level not in _LISTED or not lm.place_name \
                or e.level is not None and (e.level, e.unit) != (lm.level, lm.unit):
            continue                # (a committee of another level: "Tỉnh ủy" before "2 huyện")
        known, province = _list_province(resolver.places, lm.level, lm.unit, lm.place_name)
        rest = reader.items(lm.end, province) if known else []
        if not rest or any(resolver.places.resolve(lv, unit, name) is None for _, _, lv, unit, name in rest):
            continue                # a neighbour's province in the count ("2 tỉnh A và B (Trung
                                    # Quốc)"): a border pair's meeting, no body of either
        e.level, e.unit, e.place_name = lm.level, lm.unit, lm.place_name
        made += [c for c in (_copy(e, it, resolver) for it in rest) if c is not None]
    if made:
        _insert(sv.elements, made)

"""A body written once before a count of places and their names ("Ban Thường vụ Tỉnh ủy của 2 tỉnh
Quảng Ngãi và Kon Tum", "UBND hai tỉnh A và B", "Thường trực Huyện ủy ba huyện A, B, C"): the body of
each place, as after the plural word "các" (kg.extract.bodies.body_lists._generic_list). The stories
of two provinces or districts that work together or merge write it so; the count word
(bodies.yaml place_counts, or a number) says the places are listed next."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import _LISTED, _Reader, _copy, _insert, _list_province, bodies_yaml
from kg.extract.sentences.elements import BodyMention, LevelMention


@lru_cache(maxsize=1)
def _counts() -> frozenset:
    return frozenset(w.lower() for w in bodies_yaml().get("place_counts") or [])


def _count_at(toks: list, k: int) -> bool:
    """A count of two or more places at token k ("2", "hai")."""
    t = toks[k].text if k < len(toks) else ""
    return t.lower() in _counts() or t.isdigit() and 2 <= int(t) <= 9


def counted_places(sv, resolver, vintage: str) -> None:
    toks, made, reader = sv.toks, [], None
    for _, e, _ in sv.mentions():
        if type(e) is not BodyMention or e.generic or e.place_name or e.base is None \
                or e.base.sort not in ("committee", "packed", "leveled", "department"):
            continue
        k = e.end + (e.end < len(toks) and toks[e.end].low == "của")
        if not _count_at(toks, k):
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

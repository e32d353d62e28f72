"""Several bodies sharing one list of places: the genre writes the body once and its places after.

    "Quận ủy 1, 3, 5 và Tân Bình"                     one body, a list of districts
    "Thường trực Quận ủy, UBND, Ủy ban MTTQ Quận 1, 3"  a list of bodies, a list of districts
    "Ban Trị sự GHPGVN các huyện Đất Đỏ, Xuyên Mộc"   "các <level>" then the places
    "Hội Cựu chiến binh các tỉnh: Kon Tum, Phú Yên"

Each place of the list gets the same bodies. A place counts only when the grammar says it is
one more item of the list (a comma or "và" before it, punctuation, "và" or the sentence's end
after it) and the map knows it at the list's level: a district in the province of the list's
first place, a province for a list of provinces, a district's number for numbered districts. The
copies are put in the sentence at the place they were named, so later stages read them as bodies.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import _load, canon, grammar, lexicon
# (the list joiners and fillers are made once, in commune_lists: a reader is made for every sentence)
from kg.extract.bodies.commune_lists import (JOINERS as _JOINERS, counted, list_gap as _list_gap,
                                            listed_before as _listed_before, past_qualifiers as _past_qualifiers,
                                            plural_communes as _plural_communes, walk_list_back as _walk_list_back,
                                            sharing_communes as _sharing_communes)

_COMPLETION = grammar("bodies.yaml", "completion")
_PLURAL = _COMPLETION["plural_word"]      # "các"
_LISTED = ("province", "city", "district")


class _Reader:
    """The places listed after a token of one sentence. A list is of districts (its first
    place is a district or a provincial city: the others lie in its province) or of provinces."""

    def __init__(self, sv, places, vintage: str) -> None:
        self.sv, self.toks, self.places, self.vintage = sv, sv.toks, places, vintage
        self.gz = places.gz
        self.joiners = _JOINERS
        self.at = {e.start: e for e in sv.elements if isinstance(e, (LevelMention, Name))}

    def _boundary(self, k: int, named: bool = False) -> bool:
        """Whether an item may end before token k: the sentence ends, punctuation or "và";
        after a place's name also a lower-case word (the verb: "Quận ủy 4, Gò Vấp dự ..."),
        never after a number ("Quận 1, 3 đồng chí" counts people)."""
        toks = self.toks
        return k >= len(toks) or not toks[k].is_word or toks[k].low in self.joiners \
            or named and not toks[k].is_cap and not toks[k].text[:1].isdigit()

    def _fits(self, p, province: Optional[str]) -> bool:
        """Whether a place belongs in the list: a district of its province, or a province."""
        if p is None:
            return False
        return p.province == province if province else p.level == "province"

    def item(self, k: int, province: Optional[str]) -> Optional[tuple]:
        """(start, end, level, unit, name) of a place named at token k, or None. `province`:
        the province of a list of districts; None for a list of provinces."""
        toks, lx = self.toks, lexicon()
        if k >= len(toks) or not toks[k].is_word:
            return None
        t = toks[k]
        if t.text.isdigit():            # "Quận 1, 3 và 5"
            ok = province is not None and self._boundary(k + 1)
            return (k, k + 1, "district", lx.numbered_district_unit, t.text) if ok else None
        lm = self.at.get(k)
        if isinstance(lm, LevelMention):
            p = self.places.resolve(lm.level, lm.unit, lm.place_name) if lm.place_name else None
            ok = lm.level in _LISTED and self._fits(p, province) and self._boundary(lm.end, True)
            return (k, lm.end, lm.level, lm.unit, lm.place_name) if ok else None
        m = self.gz.match_at(self.sv.text, t.start - self.sv.start, self.vintage) if t.is_cap else None
        if m is None:
            return self._foreign_item(k) if province is None else None
        end = k
        while end < len(toks) and toks[end].start < m[1] + self.sv.start:
            end += 1
        nm = self.at.get(k)
        if isinstance(nm, Name) and nm.end != end or not self._boundary(end, True):
            return None         # a person's name that begins with a place's
        prov = self.gz.province(m[0], self.vintage) or self.gz.province(m[0], "legacy")
        if province is None:
            if prov is None:
                return None
            city = prov.kind == lx.unit_of_level["city"]
            return k, end, "city" if city else "province", prov.kind, prov.name
        if prov is not None:
            return None         # "huyện Đắk Hà, Kon Tum": the province written after a district
        p = self.places.resolve("district", None, m[0])
        return (k, end, "district", p.kind, m[0]) if self._fits(p, province) else None

    def _foreign_item(self, k: int) -> Optional[tuple]:
        """A neighbour's province the article marks as foreign (kg.extract.places.foreign), in a list
        of provinces ("Hội Nông dân các tỉnh Sê Kông, Chăm Pa Xắc và A Tta Pư (Lào)")."""
        from kg.extract.places.foreign import foreign_at      # (foreign reads this module's bodies_yaml)
        for key in sorted(self.places.foreign, key=len, reverse=True):
            name = foreign_at(self.toks, k, [key])
            if name and self._boundary(k + len(key), True):
                return k, k + len(key), "province", lexicon().province_unit, name
        return None

    def items(self, j: int, province: Optional[str]) -> list[tuple]:
        """The items after token j, each after a comma or "và"."""
        out: list[tuple] = []
        toks = self.toks
        while j < len(toks) and (toks[j].text == "," or toks[j].low in self.joiners):
            k = j + 1
            if k < len(toks) and toks[k].low in self.joiners:
                k += 1          # ", và"
            it = self.item(k, province)
            if it is None:
                break
            out.append(it)
            j = it[1]
        return out


def _copy(bm: BodyMention, item: tuple, resolver) -> Optional[BodyMention]:
    """The body of the mention at the item's place; None when its kind of body does not
    exist at that place's level (a "Quận ủy" of a province)."""
    start, end, level, unit, name = item
    base = bm.base
    if base is not None and base.sort in ("committee", "packed"):
        if (level, unit) != (bm.level, bm.unit):
            own = resolver.committee_for_level(bm.level, bm.unit)
            other = resolver.committee_for_level(level, unit)
            if own != base.canonical or other is None:
                return None
            base = resolver.lx.committee_by_name[other]
    elif base is None or base.sort not in ("leveled", "department"):
        return None
    return BodyMention(start, end, "", list(bm.organs), base, level, unit, name)


def _communes_after(sv, j: int) -> list[tuple]:
    """ "UBND xã Tân Thủy và xã Tân Xuân": the communes listed right after a commune's body,
    each written with its own unit word and name (a bare name may be a hamlet's or a person's)."""
    at = {e.start: e for e in sv.elements if isinstance(e, LevelMention)}
    toks, out = sv.toks, []
    while j < len(toks) and (toks[j].text == "," or toks[j].low in _JOINERS):
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low in _JOINERS)
        lm = at.get(k)
        if lm is None or lm.level != "commune" or not lm.unit or not lm.place_name:
            break
        out.append((k, lm.end, "commune", lm.unit, lm.place_name))
        j = lm.end
    return out


def _list_province(places, level, unit, name) -> tuple[bool, Optional[str]]:
    """(whether the list's first place is known, the province when it is a district)."""
    p = places.resolve(level, unit, name) if name and level in _LISTED else None
    if p is None:
        return False, None
    return True, (p.province if p.level == "district" else None)


def _insert(els: list, made: list) -> None:
    """Put the copies in the sentence in place of the words that named their places."""
    covered = {(m.start, m.end) for m in made}
    kept = [e for e in els if not any(a <= e.start and e.end <= b for a, b in covered)]
    els[:] = sorted(kept + made, key=lambda x: x.start)


def set_body_mention(sv, bm: BodyMention, kept: list, title: Optional[Role] = None) -> None:
    """Put a body mention read over several elements into the sentence: as the body of the title
    with no body written right before it (`title`, when the caller found it otherwise: "Bí thư Chi
    bộ thôn 5", "Chủ tịch Hội đồng tỉnh X"), else in order among `kept`, the elements it does not
    cover (party cells, foreign councils)."""
    title = title or next((x for x in kept if isinstance(x, Role) and x.end == bm.start and x.body is None), None)
    if title is not None:
        title.body = bm
        sv.elements[:] = kept
        return
    at = next((n for n, x in enumerate(kept) if x.start >= bm.end), len(kept))
    sv.elements[:] = kept[:at] + [bm] + kept[at:]


def _sharing(els: list, idx: int, last: BodyMention) -> list[BodyMention]:
    """ "Thường trực Quận ủy, UBND, Ủy ban MTTQ Quận 4, 7": the bodies listed before one that
    writes its place, with no place of their own at its level, share its place and its list."""
    out = _walk_list_back(els, idx, lambda e: e.place_name in (None, last.place_name) and e.level == last.level
                          and e.base is not None and e.base.sort != "open"
                          and not (e.unit != last.unit and e.base.sort in ("committee", "packed")))
    for e in out:
        e.place_name = last.place_name
    return out


def _committee_of(bm: BodyMention, level: str) -> bool:
    """ "Ban Thường vụ Tỉnh ủy các tỉnh: A, B", "Bí thư Huyện ủy các huyện A, B": a committee written
    bare, then the plural word and the unit word of its own rank, is the committee of each place."""
    return bm.base.sort in ("committee", "packed") and not bm.place_name and bm.level == level


def _generic_list(bm: BodyMention, reader: _Reader, resolver, own: bool = True) -> list:
    """ "Ban Trị sự GHPGVN các huyện A, B và C", "Hội CCB các tỉnh: A, B", "Hội Nông dân các
    huyện, thành phố: A, B": the body of each place listed after the generic "các <level>"; at
    least two places. `own`: the mention itself becomes the first place's body; else (the body
    of a title that holds no one post in several places) every place gets a copy."""
    toks, k = reader.toks, (bm.end - 1 if bm.generic else bm.end + 1)
    lv = lexicon().levels.match(toks, k) if 0 < k < len(toks) and toks[k - 1].low == _PLURAL else None
    if lv is None or lv.size != 1 or lv.payload.level not in _LISTED or bm.base is None \
            or not bm.generic and not _committee_of(bm, lv.payload.level):
        return []
    k = _past_qualifiers(toks, _more_levels(toks, k + 1, lv.payload.level))   # ("các huyện biên giới A, B")
    province = None
    if lv.payload.level == "district":
        # a list of districts names its province nowhere: the province of its first district
        # (the map's one, or the one in the article's province), else the article's province
        ctx = reader.places._ctx
        province = _first_district_province(reader, k) or (ctx.province.name if ctx.province is not None else None)
        if province is None:
            return []
    first = reader.item(k, province)
    rest = reader.items(first[1], province) if first else []
    if not rest:
        return []
    if not own:
        return [c for c in (_copy(bm, it, resolver) for it in [first] + rest) if c is not None]
    group = _sharing_plural(reader.sv.elements, bm, first[2], first[3]) + [bm]      # "Tỉnh ủy, HĐND, UBND các tỉnh A, B"
    for e in group:
        e.generic, e.level, e.unit, e.place_name = False, first[2], first[3], first[4]
    return [c for it in rest for e in group for c in (_copy(e, it, resolver),) if c is not None]


def _sharing_plural(els: list, last: BodyMention, level: str, unit: str) -> list[BodyMention]:
    """ "Tỉnh ủy, HĐND, UBND các tỉnh A, B và C": the bodies listed right before the one the plural
    word and its places follow, by commas or fillers, with no place and no level of their own but
    the places' (`level`, `unit`: a committee of their rank, "Tỉnh ủy" before "các tỉnh"), are those
    places' too. Only a committee or a body by level; none central, open or of another rank."""
    idx = next((n for n, e in enumerate(els) if e is last), None)
    return _listed_before(els, idx or 0, lambda e: (e.level, e.unit) == (level, unit)
                          or not (e.base.sort in ("committee", "packed") or e.level is not None))


def _more_levels(toks: list, k: int, level: str) -> int:
    """After "các huyện": more unit words of a district's rank (", thành phố", ", thị xã") and
    a colon; the token where the places begin."""
    levels = lexicon().levels
    while k + 1 < len(toks) and (toks[k].text == "," or toks[k].low in _JOINERS):
        m = levels.match(toks, k + 1)
        if m is None or m.payload.level not in (level, "city") or level != "district" and m.payload.level != level:
            break
        k += 1 + m.size
    return k + (1 if k < len(toks) and toks[k].text == ":" else 0)


def _first_district_province(reader: _Reader, k: int) -> Optional[str]:
    """The province of the district named bare at token k, when the map knows one only."""
    toks = reader.toks
    if k >= len(toks) or not toks[k].is_cap or isinstance(reader.at.get(k), LevelMention):
        return None
    m = reader.gz.match_at(reader.sv.text, toks[k].start - reader.sv.start, reader.vintage)
    p = reader.places.resolve("district", None, m[0]) if m is not None else None
    return p.province if p is not None and p.level == "district" else None


def _commune_copies(sv, idx: int, e: BodyMention, resolver) -> list[BodyMention]:
    """The bodies of the communes listed after the plural word or a count ("Đảng ủy, UBND các
    xã A, B"): the mention and those listed before it take the first, copies the others."""
    items = _plural_communes(sv, e)
    group = (_sharing_communes(sv.elements, idx, e) + [e]) if items or e.place_name else []
    return [c for it in items for bm in group for c in (_copy(bm, it, resolver),) if c is not None]


def shared_places(sv, closers: dict, resolver, vintage: str) -> None:
    """Give the bodies of one list of places their copies at each further place.

    `closers`: the level words that closed a list of bodies (kg.extract.bodies.bodies._complete),
    by element index, with the bodies they completed."""
    reader, toks = None, sv.toks        # (the reader made only for a sentence that needs it)
    made: list[BodyMention] = []
    for idx, e, _ in sv.mentions():
        kind = type(e)          # (the mentions only: most elements are words, read no further)
        if kind is BodyMention and e.generic:
            reader = reader or _Reader(sv, resolver.places, vintage)
            made += _generic_list(e, reader, resolver) or _commune_copies(sv, idx, e, resolver)
            continue
        if kind is Role and isinstance(e.body, BodyMention) and e.body.end == e.end \
                and (e.body.generic or e.end < len(toks) and toks[e.end].low == _PLURAL):
            reader = reader or _Reader(sv, resolver.places, vintage)      # "Chủ tịch Hội ND các huyện A, B"
            copies = _generic_list(e.body, reader, resolver, own=False)
            e.body.generic = e.body.generic or bool(copies)     # (no one post: the title of several places)
            made += copies
            continue
        if kind is BodyMention and not e.place_name and e.end < len(toks) \
                and (toks[e.end].low == _PLURAL or counted(toks[e.end].text)):
            reader = reader or _Reader(sv, resolver.places, vintage)
            made += _generic_list(e, reader, resolver) or _commune_copies(sv, idx, e, resolver)
            continue
        if kind is BodyMention and e.place_name and e.level == "commune":
            made += [c for it in _communes_after(sv, e.end) for c in (_copy(e, it, resolver),) if c is not None]
            continue
        if kind is BodyMention and e.place_name:
            group = _sharing(sv.elements, idx, e) + [e]
        elif kind is Role and isinstance(e.body, BodyMention) and e.body.place_name and e.body.end == e.end \
                and e.body.level != "commune":
            e = e.body                  # "Chủ tịch Hội ND huyện A, B và thị xã C": each place's body
            group = [e]
        elif kind is LevelMention and idx in closers and e.place_name:
            group = closers[idx]
        else:
            continue
        if e.end >= len(toks) or not (toks[e.end].text == "," or toks[e.end].low in _JOINERS):
            continue                    # no list follows (items() would find none): no place to resolve
        known, province = _list_province(resolver.places, e.level, e.unit, e.place_name)
        if not known:
            continue
        reader = reader or _Reader(sv, resolver.places, vintage)
        for it in reader.items(e.end, province):
            made += [c for c in (_copy(bm, it, resolver) for bm in group) if c is not None]
    if made:
        _insert(sv.elements, made)
    _organ_over_plural(sv.elements)


def _organ_over_plural(els: list) -> None:
    """ "Ban Thường vụ các Tỉnh ủy A, B và C": an organ written once before the plural word and a
    list of placed committees is each committee's organ (the organ alone is no body)."""
    if BodyMention not in map(type, els):
        return          # (no body: no organ; tested in C, not at each element)
    for n, e in enumerate(els):
        if type(e) is not BodyMention or not e.organs or e.base is not None or e.place_name \
                or n + 2 >= len(els) or not isinstance(els[n + 1], Word) or els[n + 1].low != _PLURAL:
            continue
        listed, k = [], n + 2
        while k < len(els):
            f = els[k]
            if type(f) is BodyMention and not f.organs and f.place_name and f.base is not None \
                    and f.base.sort in ("committee", "packed"):
                listed.append(f)
            elif not (isinstance(f, Punct) and f.char == "," or isinstance(f, Word) and f.low in _JOINERS):
                break
            k += 1
        if len(listed) > 1:
            for f in listed:
                f.organs = list(e.organs)
            del els[n]
            return              # (one such list a sentence: the indexes moved)


@lru_cache(maxsize=1)
def bodies_yaml() -> dict:
    """bodies.yaml as read once per process, for the sections the bodies stage reads itself
    (read only; parsing it is the slow part)."""
    return _load("bodies.yaml")


@lru_cache(maxsize=1)
def by_level_names() -> dict:
    """bodies.yaml `by_level_names`: canonical -> {level: the name this body has at that level}."""
    return {canon(k): {lv: canon(c) for lv, c in v.items()}
            for k, v in (bodies_yaml().get("by_level_names") or {}).items()}


_SIBLING_LEVELS = ("district", "province")


def sibling_level(e: BodyMention, els: list, idx: int) -> bool:
    """Give the weak body e = els[idx] written bare (a district's office or centre: "Phòng Y tế",
    "Trung tâm Y tế") the level and place of a body beside it in a comma list of agencies: the nearest item after it that writes a
    district's or province's level ("Phòng Nội vụ, Trung tâm Y tế, Phòng Văn hóa huyện"), else
    the nearest before it ("Phòng Nội vụ huyện, Phòng Tư pháp"). A unit written after a comma is an
    item of its own (a commune visited: "..., xã A"), no level of the bodies; a level word written
    right after a body closes the list as the level words do (body_complete._closing_level).
    Whether that settles e's level: given one, or left bare where the list's only unit is an item."""
    if not e.weak or e.level is not None or e.place_name or e.base is None:
        return False
    item = False
    for step in (1, -1):
        k = idx + step
        while 0 <= k < len(els) and abs(k - idx) < 25:
            f = els[k]
            if isinstance(f, BodyMention) and f.level in _SIBLING_LEVELS and not f.generic:
                e.level, e.unit, e.place_name = f.level, f.unit, f.place_name
                return True
            if isinstance(f, LevelMention) and step == 1:
                if not isinstance(els[k - 1], Punct):
                    return False    # "Phòng Y tế, Trung tâm Y tế huyện": the level word's
                item = True         # "..., xã A": a unit listed as an item of its own
            if not (isinstance(f, BodyMention) and f.level is None or isinstance(f, LevelMention)
                    or _list_gap(f)):
                break
            k += step
    return item

"""Resolution of body mentions to canonical organisations (kg.facts.Body).

Canonical names follow docs/conventions.md: abbreviations expanded, the place appended with
its unit word, modern tone placement. A body whose place the article does not reveal keeps its
bare name and is scoped to the article, so two articles' "Tỉnh ủy" are never merged.
"""
from __future__ import annotations

from typing import Optional

from kg.facts import Body, Place
from kg.extract.lexicon import lexicon
from kg.extract.mentions import BodyMention
from kg.extract.places import PlaceResolver

# Province-level cities whose proper name includes the unit word.
_PROPER = {"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}


def _place_label(p: Place) -> str:
    return _PROPER.get(p.name, p.name)


def _leveled_place(p: Place, unit: Optional[str]) -> str:
    """ "tỉnh Nam Định", "huyện Giao Thủy": the unit word as the article wrote it when it names
    a district (a "huyện" since made a "thị xã" keeps the word of its time)."""
    proper = _PROPER.get(p.name)
    if proper and p.level == "province":
        return proper
    word = unit if p.level == "district" and unit in ("huyện", "quận", "thị xã", "thành phố") else p.kind
    return f"{word} {p.name}"


class BodyResolver:
    def __init__(self, places: PlaceResolver, article_id: str) -> None:
        self.lx = lexicon()
        self.places = places
        self.scope = article_id
        self._central_cache: dict[str, Body] = {}

    def central(self, name: str) -> Optional[Body]:
        if name in self._central_cache:
            return self._central_cache[name]
        e = self.lx.central_by_name.get(name)
        if e is None:
            return None
        parent = self.central(e.parent) if e.parent else None
        b = Body(e.canonical, e.kind, None, parent, e.canonical, None, True)
        self._central_cache[name] = b
        return b

    def resolve(self, bm: BodyMention) -> Optional[Body]:
        if bm.generic:
            return None
        organs = list(bm.organs)
        if bm.central and bm.base is None:
            # "Ban Dân vận Trung ương"
            if not organs:
                return None
            inner = organs.pop()
            name = self.lx.organ_central.get(inner, f"{inner} Trung ương")
            body = Body(name, self.lx.organ_kinds.get(inner, "PartyBoard"), None,
                        self.central("Ban Chấp hành Trung ương Đảng"), inner, None, True)
        else:
            body = self._base(bm)
            if body is None:
                return None
        for organ in reversed(organs):
            kind = self.lx.organ_kinds.get(organ, body.kind) if body.kind == "PartyCommittee" else body.kind
            body = Body(f"{organ} {body.name}", kind, body.place, body, organ, body.scope, body.central)
        return body

    def _base(self, bm: BodyMention) -> Optional[Body]:
        e = bm.base
        if e is None:
            return None
        if e.sort == "central":
            return self.central(e.canonical)
        if e.sort in ("committee", "packed"):
            committee = self.lx.committee_by_name[e.canonical] if e.sort == "packed" else e
            if committee.level == "commune":
                unit, commune = bm.unit, bm.place_name or self.places._ctx.communes.get(bm.unit or "")
                if unit is None and len(self.places._ctx.communes) == 1:
                    unit, commune = next(iter(self.places._ctx.communes.items()))
                if not commune or not unit:
                    return None
                name = f"{committee.canonical} {unit} {commune}"
                return Body(name, committee.kind, None, None, name, self._commune_scope(), False)
            place = self.places.resolve(committee.level, committee.unit, bm.place_name)
            if place is not None:
                return Body(f"{committee.canonical} {_place_label(place)}", committee.kind, place, None,
                            committee.canonical)
            written = bm.place_name or self.places.bare_name(committee.level, committee.unit)
            if written:
                return Body(f"{committee.canonical} {written}", committee.kind, None, None,
                            committee.canonical, self.scope)
            return Body(committee.canonical, committee.kind, None, None, committee.canonical, self.scope)
        if e.sort in ("leveled", "department"):
            if bm.level is None:
                return None
            if bm.level == "commune":
                commune = bm.place_name or self.places._ctx.communes.get(bm.unit or "")
                if not commune:
                    return None
                name = f"{e.canonical} {bm.unit} {commune}"
                return Body(name, e.kind, None, None, name, self._commune_scope())
            place = self.places.resolve(bm.level, bm.unit, bm.place_name)
            if place is not None:
                return Body(f"{e.canonical} {_leveled_place(place, bm.unit)}", e.kind, place, None, e.canonical)
            unit = bm.unit or ""
            written = bm.place_name or self.places.bare_name(bm.level, bm.unit)
            if written:
                return Body(f"{e.canonical} {unit} {written}".replace("  ", " "), e.kind, None, None,
                            e.canonical, self.scope)
            return Body(f"{e.canonical} {unit}".strip(), e.kind, None, None, e.canonical, self.scope)
        return None

    def _commune_scope(self) -> str:
        """Communes are not in the gazetteer: identity is the commune within the article's
        district (or province), else the article itself."""
        ctx = self.places._ctx
        for p in list(ctx.districts.values())[:1]:
            return f"unit-{p.code}"
        if ctx.province is not None:
            return f"unit-{ctx.province.code}-{ctx.vintage}"
        return self.scope

    def committee_for_level(self, level: Optional[str], unit: Optional[str]) -> Optional[str]:
        """The party committee of a level: "tỉnh" -> Tỉnh ủy, "huyện" -> Huyện ủy, ..."""
        if level == "province":
            return "Tỉnh ủy"
        if level == "city":
            return "Thành ủy"
        if level == "district":
            return {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}.get(unit or "")
        return None

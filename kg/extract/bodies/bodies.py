"""Resolution of body mentions to canonical organisations (kg.facts.Body).

Canonical names follow docs/conventions.md: abbreviations expanded, the place appended with
its unit word, modern tone placement. A body whose place the article does not reveal keeps its
bare name and is scoped to the article, so two articles' "Tỉnh ủy" are never merged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.facts import ArticleFacts, Body, Place
from kg.extract.sentences.elements import BodyMention
from kg.extract.lexicon import canon, grammar, lexicon
from kg.extract.bodies.bilateral import read_bilateral
from kg.extract.bodies.counted_places import count_groups, counted_places
from kg.extract.bodies.cued_names import unify_cued_names
from kg.extract.bodies.body_complete import close_commune_committees, complete as _complete, share_organ_lists
from kg.extract.bodies.plurals import drop_paired_levels, drop_plurals as _drop_plurals
from kg.extract.bodies.site_names import drop_coded, drop_sites
from kg.extract.bodies.title_lists import share_title_levels
from kg.extract.bodies.short_names import unify_short_names
from kg.extract.bodies.side_places import committee_places, nearest_province as _nearest_province, side_units
from kg.extract.bodies.title_bodies import unify_bare_missions
from kg.extract.bodies.body_lists import bodies_yaml, by_level_names as _by_level_names, shared_places
from kg.extract.bodies.head_lists import headed_lists
from kg.extract.bodies.cells import read_cells, read_office_units, unify_cells
from kg.extract.places.foreign import close_on_foreign
from kg.extract.bodies.foreign_councils import read_foreign_councils, unify_foreign_organs
from kg.extract.bodies.open_names import open_body, page_spelt_heads, read_open_names
from kg.extract.bodies.party_of import party_of_central
from kg.extract.bodies.union_names import read_fronted_central, unify_union_names, unify_union_organs
from kg.extract.bodies.named_organs import drop_named_organs, name_organs
from kg.extract.bodies.nationwide import read_nationwide
from kg.extract.bodies.proper_names import read_proper_names, unify_houses
from kg.extract.places.places import PlaceResolver
from kg.extract.state import ArticleState, Stage
from kg.extract.passes import fires

# The party's central committee: central organs ("Ban Dân vận Trung ương") hang under it.
_COMPLETION = grammar("bodies.yaml", "completion")
_PARTY_CENTRAL = _COMPLETION["party_central"]


@lru_cache(maxsize=1)
def _named_as_committee() -> dict:
    """bodies.yaml `named_as_committee`: canonical -> {level or district unit word: committee}."""
    return {canon(k): {lv: canon(c) for lv, c in v.items()}
            for k, v in (bodies_yaml().get("named_as_committee") or {}).items()}


@lru_cache(maxsize=1)
def _within() -> dict:
    """bodies.yaml `within`: a body named with another body inside its name ("Đảng ủy Ủy ban
    nhân dân tỉnh X" names "Ủy ban nhân dân tỉnh X") -> (that body, its kind)."""
    return {canon(k): (canon(v["body"]), v["kind"])
            for k, v in (bodies_yaml().get("within") or {}).items()}


def _with_inner(body: Optional[Body], canonical: str) -> Optional[Body]:
    """The body with the body written inside its name as its parent, at the same place."""
    inner = _within().get(canonical)
    if body is None or inner is None or not body.name.startswith(canonical):
        return body
    parent = Body(inner[0] + body.name[len(canonical):], inner[1], body.place, None, inner[0],
                  body.scope, False)
    return replace(body, parent=parent)


@lru_cache(maxsize=1)
def _central_words() -> re.Pattern:
    """bodies.yaml levels.central, as a pattern of the word before a central union's name."""
    words = sorted(bodies_yaml()["levels"]["central"], key=len, reverse=True)
    return re.compile(r"(?:%s)\s+(\w+)" % "|".join(re.escape(w) for w in words))


def _central_union_organ(bm: BodyMention, body: Body) -> bool:
    """An organ of a central union written with "Trung ương" before the union ("Ban Thường vụ
    Trung ương Hội Nông dân Việt Nam", "Ban Đối ngoại TW Hội CCB Việt Nam", a church's "Ban Nghi lễ
    Trung ương GHPGVN"): the organ's name keeps it, as the union's own central organs are called."""
    if not body.central or body.kind not in ("MassOrganisation", "ReligiousOrganisation") \
            or body.name.startswith(_COMPLETION["central_word"]):
        return False
    m = _central_words().search(bm.surface or "")
    # the union's name goes on after the central word, written out or abbreviated ("GHPGVN")
    return m is not None and (m.group(1) == body.name.split()[0] or len(m.group(1)) > 2 and m.group(1).isupper())


def _place_label(p: Place) -> str:
    return lexicon().proper_place_names.get(p.name, p.name)


def _leveled_place(p: Place, unit: Optional[str]) -> str:
    """ "tỉnh X", "huyện Y": the unit word as the article wrote it when it names
    a district (a "huyện" since made a "thị xã" keeps the word of its time)."""
    lx = lexicon()
    proper = lx.proper_place_names.get(p.name)
    if proper and p.level == "province":
        return proper
    word = unit if p.level == "district" and unit in lx.district_units else p.kind
    if p.name.lower().startswith(word.lower() + " "):
        return p.name       # a district named by its number: "Quận 1", not "quận Quận 1"
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
        if bm.base is not None and bm.base.sort == "open":
            return open_body(bm, self.scope)
        organs = list(bm.organs)
        if organs and bm.base is not None and bm.base.canonical == _PARTY_CENTRAL \
                and organs[-1] in self.lx.organ_central:
            # "Ban Tổ chức Trung ương Đảng", "Văn phòng Trung ương Đảng": the central organ's name
            bm = BodyMention(bm.start, bm.end, bm.surface, organs, None, central=True)
        if bm.central and bm.base is None:
            # "Ban Dân vận Trung ương"
            if not organs:
                return None
            inner = organs.pop()
            name = self.lx.organ_central.get(inner, f"{inner} {_COMPLETION['central_word']}")
            body = Body(name, self.lx.organ_kinds.get(inner, "PartyBoard"), None,
                        self.central(_PARTY_CENTRAL), inner, None, True)
        else:
            body = self._base(bm)
            if body is None:
                return None
            if organs and body.kind == "PartyCommittee" and bm.base.sort in ("committee", "packed") \
                    and self.lx.organ_kinds.get(organs[-1]) == "PartyCommittee":
                organs.pop()    # a party committee's executive committee is the committee itself
        for k, organ in enumerate(reversed(organs)):
            kind = self.lx.organ_kinds.get(organ, body.kind) if body.kind == "PartyCommittee" else body.kind
            if organ in self.lx.committee_by_name:      # "Đảng ủy Văn phòng HĐND tỉnh": the body's party committee
                kind = self.lx.committee_by_name[organ].kind
            elif organ in _COMPLETION.get("party_organisations", ()):
                kind = "PartyCommittee"                 # "Đảng bộ Sở Nội vụ": the agency's party organisation
            head = f"{organ} {_COMPLETION['central_word']}" if not k and _central_union_organ(bm, body) else organ
            parent = None if not k and not body.central and body.local_name in _no_local_parent() else body
            body = Body(f"{head} {body.name}", kind, body.place, parent, organ, body.scope, body.central)
        return body

    def _base(self, bm: BodyMention) -> Optional[Body]:
        e = bm.base
        if e is None:
            return None
        if e.sort == "central":
            return self.central(e.canonical)
        if e.sort == "party_of":
            # "Đảng ủy Quân khu 4" (kg.extract.bodies.party_of): a national body, its central body inside
            return Body(e.canonical, e.kind, None, self.central(e.central_name), e.canonical, None, True)
        if e.sort in ("committee", "packed"):
            return self._committee(self.lx.committee_by_name[e.canonical] if e.sort == "packed" else e, bm)
        if e.sort == "leveled" and bm.level not in (None, "commune"):
            # "Đoàn TNCS Hồ Chí Minh tỉnh X" is "Tỉnh đoàn X" (bodies.yaml named_as_committee)
            by_level = _named_as_committee().get(e.canonical, {})
            name = by_level.get(bm.level) or by_level.get(bm.unit or "")
            if name in self.lx.committee_by_name:
                return self._committee(self.lx.committee_by_name[name], bm)
        if e.sort == "leveled" and bm.level in _by_level_names().get(e.canonical, {}):
            # "BCH Quân sự phường X": below the province the command is a "Ban", not a "Bộ"
            e = replace(e, canonical=_by_level_names()[e.canonical][bm.level])
        if e.sort == "leveled" and e.canonical in _within():
            return _with_inner(self._leveled(bm, e), e.canonical)
        if e.sort in ("leveled", "department"):
            return self._leveled(bm, e)
        return None

    def _leveled(self, bm: BodyMention, e) -> Optional[Body]:
        """A body named at a level: "Ủy ban nhân dân tỉnh X", "Sở Nội vụ tỉnh X"."""
        if bm.level is None:
            return None
        if bm.level == "commune":
            commune = bm.place_name or self.places._ctx.communes.get(bm.unit or "")
            if not commune:
                return self._bare_commune(e.canonical, e.kind, bm.unit)
            name = f"{e.canonical} {bm.unit} {commune}"
            return Body(name, e.kind, None, None, name, self._commune_scope())
        place = self.places.resolve(bm.level, bm.unit, bm.place_name)
        if place is None and e.sort == "department" and not bm.place_name \
                and self.places.province_unit not in bm.surface.lower().split():
            # "Sở Kế hoạch và Đầu tư" in a story of a centrally-run city: the city's department
            # (not "Sở Tài chính tỉnh", "Thanh tra tỉnh": a province's, never a city's)
            city = self.places.resolve("city", None, None)
            place = city if city is not None and city.level == "province" else None
        if place is not None:
            return Body(f"{e.canonical} {_leveled_place(place, bm.unit)}", e.kind, place, None, e.canonical)
        unit = bm.unit or ""
        if e.kind == "FrontCommittee" and bm.place_name and self.places.is_foreign(bm.place_name):
            return None     # "Mặt trận tỉnh X" of a neighbour's province: its own front, not ours
        # a foreign unit keeps its name as written, with the unit it lies in (kg.extract.places.foreign)
        written = bm.place_name or self.places.bare_name(bm.level, bm.unit)
        if written:
            return Body(f"{e.canonical} {unit} {written}".replace("  ", " "), e.kind, None, None,
                        e.canonical, self.scope)
        return Body(f"{e.canonical} {unit}".strip(), e.kind, None, None, e.canonical, self.scope)

    def _committee(self, committee, bm: BodyMention) -> Optional[Body]:
        """A party (or youth-union) committee: "Tỉnh ủy An Giang", "Đảng ủy xã Mỹ Hòa"."""
        if committee.level == "commune":
            unit, commune = bm.unit, bm.place_name or self.places._ctx.communes.get(bm.unit or "")
            if unit is None and len(self.places._ctx.communes) == 1:
                unit, commune = next(iter(self.places._ctx.communes.items()))
            if not commune or not unit:
                return self._bare_commune(committee.canonical, committee.kind, unit)
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

    def _bare_commune(self, canonical: str, kind: str, unit: Optional[str]) -> Optional[Body]:
        """ "Chủ tịch UBND phường" in an article that names no commune of that unit: the bare
        name stays, scoped to the article (docs/conventions.md); "Đảng ủy" alone is no body."""
        if not unit:
            return None
        name = f"{canonical} {unit}"
        return Body(name, kind, None, None, name, self.scope)

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
        """The party committee of a level: "tỉnh" -> Tỉnh ủy, "huyện" -> Huyện ủy, ... (bodies.yaml)."""
        if level in ("province", "city"):
            return self.lx.party_committee_of_level.get(level)
        if level == "district":
            return self.lx.party_committee_of_unit.get(unit or "")
        if level == "commune":
            return next((c.canonical for c in self.lx.committee_by_name.values()
                         if c.level == "commune" and c.kind == "PartyCommittee"), None)
        return None


class ResolvedBodies:
    """Body mentions resolved once each, in the order first asked; the surface forms of every
    body are remembered on the article's facts."""

    def __init__(self, resolver: BodyResolver, facts: ArticleFacts) -> None:
        self.resolver = resolver
        self._facts = facts
        self._by_mention: dict[int, Optional[Body]] = {}
        # the mentions asked about, kept alive with the article: the cache is keyed by id(), and
        # a short-lived mention (one a title makes up) must not free its id for another to reuse
        self._asked: list[BodyMention] = []
        # the bodies of a commune the article names, each written with its unit word ("UBND
        # xã X", "HĐND, UBND phường"): placed by the commune, they are mentioned on their own;
        # a bare "Đảng ủy" read as the one commune named is not
        self.communes: set[tuple] = set()
        # the bodies of a neighbour's unit the article names ("Hội LHPN tỉnh U Đôm Xay"): placed
        # by that unit, which the gazetteer lacks, they are mentioned on their own too
        self.foreign: set[tuple] = set()

    def __call__(self, bm: BodyMention) -> Optional[Body]:
        key = id(bm)
        if key not in self._by_mention:
            self._asked.append(bm)
            body = self._by_mention[key] = _as_written(self.resolver.resolve(bm), bm)
            if body is not None and bm.surface:
                self._facts.surface_forms.setdefault(body.key, set()).add(bm.surface)
            if body is not None and bm.level == "commune" and bm.unit and body.scope \
                    and (body.scope.startswith("unit-") or not body.name.endswith(" " + bm.unit)):
                # (named, the commune places it even where its district is not written)
                self.communes.add(body.key)
            if body is not None and bm.place_name and self.resolver.places.is_foreign(bm.place_name):
                self.foreign.add(body.key)
        return self._by_mention[key]

    def resolved(self) -> list[Body]:
        return [b for b in self._by_mention.values() if b is not None]


@lru_cache(maxsize=1)
def _written_case() -> dict:
    """bodies.yaml `as_written_case`: names the genre spells in either case, kept as written ->
    the spellings their entries list (any, where an entry lists no other than its canonical)."""
    names = frozenset(bodies_yaml().get("as_written_case") or [])
    spelled: dict = {n: set() for n in names}
    for group in ("leveled", "central", "committees"):
        for e in bodies_yaml().get(group) or []:
            if isinstance(e, dict) and e.get("canonical") in names:
                spelled[e["canonical"]] |= set(e.get("forms") or [])
    return {n: frozenset(f for f in fs if f.lower() == n.lower()) for n, fs in spelled.items()}


def _as_written(body: Optional[Body], bm: BodyMention) -> Optional[Body]:
    """The body with its name in the case the mention writes it ("Ủy ban bầu cử huyện", "Kiểm
    toán nhà nước"), for the names listed in bodies.yaml as_written_case."""
    if body is None or bm.base is None or bm.base.canonical not in _written_case() or not bm.surface:
        return body
    name = bm.base.canonical
    k = bm.surface.lower().find(name.lower())
    written = name[:1] + bm.surface[k + 1:k + len(name)] if k >= 0 else name    # a name begins capitalised
    spellings = _written_case()[name]
    if written == name or not body.name.startswith(name) or len(spellings) > 1 and written not in spellings:
        return body
    return replace(body, name=written + body.name[len(name):],
                   local_name=written + body.local_name[len(name):] if body.local_name.startswith(name) else body.local_name)


@lru_cache(maxsize=1)
def _no_local_parent() -> frozenset:
    """bodies.yaml `no_local_parent`: national bodies with no body of their own at a level."""
    return frozenset(canon(w) for w in bodies_yaml().get("no_local_parent") or [])


def complete_bodies(state: ArticleState) -> None:
    """Complete the body mentions that lean on a neighbour; resolve them on demand after."""
    resolver = BodyResolver(state.places, state.facts.article_id)
    groups = count_groups(state.views, state.places, state.vintage)     # ("3 tỉnh ..., gồm: A, B, ...")
    page_spelt = page_spelt_heads(state.views)        # ("Chi khu quân sự X" as the page writes it)
    for sv in state.views:
        drop_sites(sv)
        drop_coded(sv)
        drop_paired_levels(sv)
        if fires(_drop_plurals, sv):        # (the passes that declare triggers: kg.extract.passes)
            _drop_plurals(sv)
        if fires(read_office_units, sv):
            read_office_units(sv)           # "Chi bộ Sở X", "Hội CCB cơ quan Sở Y": the office's unit
        drop_named_organs(sv)
        read_nationwide(sv)
        read_fronted_central(sv)        # "TƯ Hội CCB": the national union
        read_bilateral(sv)
        party_of_central(sv.elements, sv.mentions())
        headed_lists(sv, state.places, state.vintage)
        share_organ_lists(sv.elements, sv.mentions())
        share_title_levels(sv.elements)
        shared_places(sv, _complete(sv.elements, resolver, sv.mentions(), sv.toks), resolver, state.vintage)
        counted_places(sv, resolver, state.vintage, groups)
        read_open_names(sv, resolver.resolve, state.places, page_spelt)
        read_proper_names(sv)
        if fires(read_cells, sv):
            read_cells(sv, state.places._ctx.communes)
        close_on_foreign(sv, state.places)
        read_foreign_councils(sv, state.places.foreign)      # "Hội đồng tỉnh Takeo"
        close_commune_committees(sv.elements, sv.toks, sv.mentions(), sv.lows)
        name_organs(sv.mentions())
        committee_places(sv.elements, sv.toks)
        side_units(sv)      # (after the completions: a body they placed ends the side)
        if state.place_context.contested:
            _nearest_province(sv.elements)
    unify_cells(state.views)
    unify_houses(state.views)
    unify_short_names(state.views)
    unify_bare_missions(state.views)
    unify_cued_names(state.views)
    unify_union_names(state.views)
    unify_union_organs(state.views)
    unify_foreign_organs(state.views)
    state.bodies = ResolvedBodies(resolver, state.facts)
    for bm in state.places.byline_bodies:
        state.bodies(bm)        # the body a byline names is mentioned when placed (collect)


BODIES = Stage("bodies", reads=("views", "places", "place_context"), writes=("views", "bodies"),
               run=complete_bodies)

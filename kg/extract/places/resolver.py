"""Where an article is: the place context that bare mentions ("Tỉnh ủy", "HĐND tỉnh") resolve to,
and the unit one mention means (the resolver; the stage that feeds it is kg.extract.places.places).

Rule (contract): a bare level word means the article's own unit only when the text reveals it:
a province named anywhere, or the province of a named district or provincial city; when the text
names none, the province of the site it was published on (its URL or the tag opening its lead,
kg.read.sites). When nothing reveals it, bare mentions stay bare and article-scoped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from kg.facts import Place
from kg.extract.gazetteer import get_gazetteer, name_key, unmarked
from kg.extract.lexicon import lexicon

@dataclass
class PlaceContext:
    vintage: str
    province: Optional[Place] = None
    city: Optional[Place] = None                      # the city "thành phố" means
    districts: dict[str, Place] = field(default_factory=dict)   # unit kind -> the one named
    communes: dict[str, str] = field(default_factory=dict)      # unit word -> the one named
    district_names: dict[str, str] = field(default_factory=dict)  # unit word -> the one name written
    contested: bool = False     # two provinces named about as often: bare "tỉnh" means neither
    places: list[Place] = field(default_factory=list)           # every unit the text names
    provinces: list[Place] = field(default_factory=list)        # the provinces they lie in
    by_commune: bool = False    # its district known only as its commune's (kg.extract.places.commune_districts)


_COMMUNE_LEAD = 3      # mentions that make one of several communes named the story's own
# the ranks of the levels a unit or a body stands at: a higher one oversees the lower (read by
# kg.extract.places.foreign, and fit for the meeting stage's ranks of a visitor and the place visited)
UNIT_RANKS = {"central": 3, "province": 2, "district": 1, "commune": 0}


def _fold_capitals(names: Counter) -> Counter:
    """A commune's name read off a headline in capitals ("ĐẢNG BỘ XÃ TÂN AN THÁNG 3") is the name
    the story writes in its own case, a time word the capitals ran on to cut ("THÁNG", "NĂM"): one
    commune, not a second that would keep bare "xã" from meaning the first."""
    out: Counter = Counter()
    for name, n in names.items():
        out[written_commune(name, names) or name] += n
    return out


def _fold_accents(names: Counter) -> Counter:
    """A commune written once with a slip in its tone marks ("Linh Hãi" beside "Linh Hải", named
    again and again) is the same commune: folded into the name written most (a tie folds none); a
    name written twice or more stays its own (the South has such pairs: Thành/Thạnh, Hòa/Hóa)."""
    groups: dict[str, list] = {}
    for name, n in names.items():
        bare = unmarked(name)
        groups.setdefault(bare, []).append((n, name))
    out: Counter = Counter()
    for group in groups.values():
        group.sort(reverse=True)
        top = group[0][1] if len(group) == 1 or group[0][0] > group[1][0] else None
        for n, name in group:       # (two names each written twice or more are two communes:
            out[top if n == 1 and top else name] += n    # "Long Thành" and "Long Thạnh" both exist)
    return out


def written_commune(name: str, names) -> Optional[str]:
    """The name among `names` (the communes the story names) that `name`, read in capitals with a
    time word run on ("TÂN AN THÁNG"), is written as in the story's own case; None if none."""
    from kg.extract.sentences.body_parse import time_words     # (the sentences stage loads first)
    if not name.isupper():
        return None
    words = name.split()
    while len(words) > 1 and words[-1].lower() in time_words():
        words.pop()
    key = " ".join(words).lower()
    return next((n for n in names if not n.isupper() and n.lower() == key), None)


class PlaceResolver:
    def __init__(self, vintage: str) -> None:
        self.gz = get_gazetteer()
        self.vintage = vintage
        lx = lexicon()
        # the gazetteer's unit kinds, as the lexicon's level words write them
        self.province_unit, self.city_unit = lx.province_unit, lx.unit_of_level["city"]
        self.district_units, self.numbered_unit = lx.district_units, lx.numbered_district_unit
        self.mentions: list[tuple[str, Optional[str], str]] = []   # (level, unit, name)
        self.body_mentions: set[tuple[str, Optional[str], str]] = set()   # those a body writes
        self.communes: dict[str, Counter[str]] = {}     # unit word -> communes named, how often
        self.byline: list[tuple[str, Optional[str], str]] = []     # named in a byline line
        self.byline_communes: dict[str, set[str]] = {}             # unit word -> communes named there
        self.byline_bodies: list = []                              # bodies a byline line names
        self.quoted: set[str] = set()      # provinces named bare inside a quoted title
        self.chrome: set[str] = set()      # provinces the page's chrome lines name (kg.extract.places.places)
        self.bare: Counter[str] = Counter()     # provinces named bare as the story's subject
        # units the article marks as a foreign country's (kg.extract.places.foreign), by name key (the
        # value is None: a foreign unit's bodies take its name alone); never a Vietnamese unit
        self.foreign: dict[tuple, Optional[str]] = {}

    def add(self, level: Optional[str], unit: Optional[str], name: Optional[str]) -> None:
        if name and level in ("province", "city", "district"):
            self.mentions.append((level, unit, name))
        elif name and level == "commune" and unit:
            self.communes.setdefault(unit, Counter())[name] += 1

    def _candidates(self, level: str, unit: Optional[str], name: str) -> list[Place]:
        gz, v = self.gz, self.vintage
        if level == "province":
            p = gz.province(name, v) or (gz.province(name, "legacy") if v != "legacy" else None)
            return [p] if p else []
        if level == "city":
            p = gz.province(name, v)
            if p is not None and p.kind == self.city_unit:
                return [p]
            out = [d for d in gz.lookup(name, self.city_unit, "legacy") if d.level == "district"]
            if not out and p is not None:
                return [p]
            return out
        if level == "district":
            kind = unit if unit in self.district_units else None
            if name.isdigit():
                return [d for d in gz.lookup(name, kind or self.numbered_unit, "legacy") if d.level == "district"]
            out = [d for d in gz.lookup(name, kind, "legacy") if d.level == "district"]
            # a district since upgraded ("huyện Hoài Nhơn", now a thị xã) keeps its name
            return out or [d for d in gz.lookup(name, None, "legacy") if d.level == "district"]
        return []

    def context(self, site_province: Optional[str] = None) -> PlaceContext:
        """The place context; ``site_province`` (the province of the site the article was
        published on) is the article's when the text itself names no province; failing that,
        the one province a quoted title names bare (Ngày hội “Tuổi trẻ Phú Yên”)."""
        ctx = PlaceContext(self.vintage)
        provinces: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        prov_place: dict[str, Place] = {}
        resolved = self._resolved(provinces, first_seen, prov_place)
        resolved += self._byline_places(provinces, first_seen, prov_place)
        if not provinces and not site_province and len(self.quoted) == 1:
            site_province = next(iter(self.quoted))
        if not provinces and not site_province and len(self.bare) == 1 and sum(self.bare.values()) > 0:
            site_province = next(iter(self.bare))   # one province only, named bare as the subject
        if not provinces and not site_province and len(self.chrome) == 1:
            site_province = next(iter(self.chrome))     # the one province the site's other stories name
        if not provinces and not site_province and self.vintage != "legacy":
            site_province = self._renamed_districts()   # "phường X" (2025): X a district merged into one
        ctx.provinces = list(prov_place.values())
        if provinces:
            best = max(provinces.items(), key=lambda kv: (kv[1], -first_seen.get(kv[0], 99)))
            ctx.province = prov_place.get(best[0]) or self._province_named(best[0])
            counts = sorted(provinces.values(), reverse=True)
            # "Sóc Trăng receives a delegation from Bạc Liêu": a province named about as often
            # as the first leaves bare mentions to the sentence they stand in
            # (a rival named only as a place, "aid for the flooded people of tỉnh Y", with no
            # body of its own written, contests nothing: bare bodies stay the story's province)
            bodied = self._bodied_provinces()
            ctx.contested = any(n * 2 > counts[0] and name != best[0] and name in bodied
                                for name, n in provinces.items())
        elif site_province:
            ctx.province = self._province_named(site_province)
            # a district name several provinces share ("Châu Thành: ..."): the site's province's
            for cands in self._ambiguous if ctx.province is not None else ():
                inside = [c for c in cands if c.province == ctx.province.name]
                resolved += inside if len(inside) == 1 else []
        seen = set()
        for p in resolved:
            if (p.level, p.name, p.province) not in seen:
                seen.add((p.level, p.name, p.province))
                ctx.places.append(p)
        if ctx.province is not None:
            self._districts(ctx)
        self._written_names(ctx)
        self._ctx = ctx
        return ctx

    def _renamed_districts(self) -> Optional[str]:
        """The one province of the new map that the communes the story names (its own, when it has
        one) point to by bearing a merged district's name ("phường X", 2025); else None."""
        found: set[str] = set()
        for names in self.communes.values():
            top = _fold_accents(_fold_capitals(names)).most_common(2)
            lead = len(top) > 1 and top[0][1] >= _COMMUNE_LEAD and top[0][1] > 2 * top[1][1]
            for name in [top[0][0]] if lead else names:     # (the story's own, named again and again)
                succ = {s.name for d in self.gz.lookup(name, None, "legacy") if d.level == "district"
                        for s in (self.gz.successor(d),) if s is not None}
                if len(succ) > 1 or found and succ and succ != found:
                    return None
                found |= succ
        return next(iter(found)) if found else None

    def _bodied_provinces(self) -> set[str]:
        """The provinces some body mention is placed in ("Hội Nông dân tỉnh Y", "Huyện ủy Z")."""
        out = set()
        for mention in self.body_mentions:
            cands = [] if self.is_foreign(mention[2]) else self._candidates(*mention)
            provs = {p.name if p.level == "province" else p.province for p in cands}
            out |= provs if len(provs) == 1 else set()
        return out

    def _resolved(self, provinces: Counter, first_seen: dict, prov_place: dict) -> list[Place]:
        """The units the mentions name, counting the provinces they are in."""
        ambiguous: list[list[Place]] = []
        upgraded: list[list[Place]] = []       # the unit word's own first, then its namesakes
        resolved: list[Place] = []
        # (an article names its few units again and again: each distinct mention is looked
        # up once; the lists are only read)
        looked: dict[tuple, tuple[list[Place], list[Place]]] = {}
        for mention in self.mentions:
            if self.is_foreign(mention[2]):
                continue
            got = looked.get(mention)
            if got is None:
                cands = self._candidates(*mention)
                got = looked[mention] = (cands, self._namesakes(cands[0]) if len(cands) == 1 else [])
            cands, namesakes = got
            if len(cands) == 1 and namesakes:
                # "huyện Tân Châu": Tây Ninh's huyện, or An Giang's former huyện (a thị xã now)
                upgraded.append(cands + namesakes)
            elif len(cands) == 1:
                resolved.append(cands[0])
            elif len(cands) > 1:
                ambiguous.append(cands)
        for p in resolved:
            prov = self._province_of(p)
            if prov is not None:
                provinces[prov.name] += 1
                first_seen.setdefault(prov.name, len(first_seen))
                prov_place[prov.name] = prov
        # A district's name with namesakes of another unit word: the one in a province the text
        # names, else the one of the unit word written.
        for cands in upgraded:
            inside = [c for c in cands if c.province in provinces]
            pick = inside[0] if len(inside) == 1 else cands[0] if not inside else None
            if pick is not None:
                resolved.append(pick)
                provinces[pick.province] += 1
                first_seen.setdefault(pick.province, len(first_seen))
                prov_place.setdefault(pick.province, self._province_of(pick))
        # Ambiguous district names: keep the candidate in a province the text already names.
        self._ambiguous = ambiguous
        for cands in ambiguous:
            inside = [c for c in cands if c.province in provinces]
            if len(inside) == 1:
                resolved.append(inside[0])
                provinces[inside[0].province] += 1
        return resolved

    def _byline_places(self, provinces: Counter, first_seen: dict, prov_place: dict) -> list[Place]:
        """Units a byline line names ("BTG Huyện ủy Cam Lộ"): kept when they lie in the one
        province the text names, or when the text names none and they name one."""
        found = [c[0] for c in (self._candidates(*m) for m in self.byline if not self.is_foreign(m[2]))
                 if len(c) == 1]
        found = [(p, self._province_of(p)) for p in found]
        inside = {pr.name for _, pr in found if pr is not None}
        if len(inside) != 1 or (provinces and (len(provinces) > 1 or inside != set(provinces))):
            return []
        if not provinces:
            name = next(iter(inside))
            provinces[name] += 1
            first_seen.setdefault(name, 0)
            prov_place[name] = next(pr for _, pr in found if pr is not None)
        return [p for p, _ in found]

    def _lead_district(self, ps: set) -> Optional[Place]:
        """Of several districts of one kind, the story's own when it is named again and again
        and the others seldom ("huyện X" four times, "sáp nhập huyện Y vào huyện X" once), as
        for communes (_COMMUNE_LEAD), and named last of them: a merger story names the other
        between ("sáp nhập huyện Y vào huyện X"), a tour goes on to it; else none, bare "huyện"
        then meaning neither."""
        counts, last = Counter(), {}
        for n, (level, _, name) in enumerate(self.mentions):
            key = name_key(name)
            for p in ps:
                if level == "district" and name_key(p.name) == key:
                    counts[p], last[p] = counts[p] + 1, n
        top = counts.most_common(2)
        if top and top[0][1] >= _COMMUNE_LEAD and (len(top) == 1 or top[0][1] > 2 * top[1][1]) \
                and all(n <= last[top[0][0]] for n in last.values()):
            return top[0][0]
        return None     # (or a tour that has gone on to another district: "đoàn đến huyện Y" last)

    def _districts(self, ctx: PlaceContext) -> None:
        """The city and the one district of each kind the article names in its province."""
        if ctx.province.kind == self.city_unit:
            ctx.city = ctx.province
        by_kind: dict[str, set] = {}
        for p in ctx.places:
            if p.level == "district" and p.province == ctx.province.name:
                by_kind.setdefault(p.kind, set()).add(p)
        for kind, ps in by_kind.items():
            lead = next(iter(ps)) if len(ps) == 1 else self._lead_district(ps)
            if lead is not None:
                ctx.districts[kind] = lead
        if ctx.city is None and self.city_unit in ctx.districts:
            ctx.city = ctx.districts[self.city_unit]
        named = {p for ps in by_kind.values() for p in ps}
        # a foreign county named beside the article's one district ("huyện Lục Xuân (Trung
        # Quốc)" beside "huyện Đồng Văn"): bare "huyện" may mean either, so it means neither
        rivals = {unit for level, unit, name in self.mentions if level == "district" and self.is_foreign(name)}
        for kind in rivals & set(ctx.districts):
            del ctx.districts[kind]
        if len(named) == 1 and not rivals:
            ctx.districts.setdefault("*", next(iter(named)))

    def _written_names(self, ctx: PlaceContext) -> None:
        """The one commune, and the one district or city name, written for each unit word."""
        for unit, names in self.communes.items():
            top = _fold_accents(_fold_capitals(names)).most_common(2)
            # (or the story's own, named again and again beside a guest's: "phường X"
            # five times, "Hội CCB phường Y" once)
            if len(top) == 1 or top[0][1] >= _COMMUNE_LEAD and top[0][1] > 2 * top[1][1]:
                ctx.communes[unit] = top[0][0]
        for unit, names in self.byline_communes.items():
            if unit not in self.communes and len(names) == 1:
                ctx.communes[unit] = next(iter(names))
        written: dict[str, set[str]] = {}
        for level, unit, name in self.mentions:
            if level in ("district", "city") and unit:
                written.setdefault(unit, set()).add(name)
        for unit, names in written.items():
            if len(names) == 1:
                ctx.district_names[unit] = next(iter(names))

    def _namesakes(self, p: Place) -> list[Place]:
        """Districts of other provinces with the same name as district p (of any unit word)."""
        if p.level != "district":
            return []
        return [d for d in self.gz.lookup(p.name, None, "legacy") if d.level == "district" and d.province != p.province]

    def is_foreign(self, name: Optional[str]) -> bool:
        return bool(name) and bool(self.foreign) and name_key(name) in self.foreign

    def _province_named(self, name: str) -> Optional[Place]:
        return self.gz.province(name, self.vintage) or self.gz.province(name, "legacy")

    def _province_of(self, p: Place) -> Optional[Place]:
        if p.level == "province":
            return p
        return self._province_named(p.province) if p.province else None

    def bare_name(self, level: Optional[str], unit: Optional[str]) -> Optional[str]:
        """The one unit name the article writes for a level word it cannot place in the
        gazetteer ("huyện Chợ Mới", a name several provinces have): bare "huyện" means it."""
        if level == "district" or (level == "city" and self._ctx.province is None):
            return self._ctx.district_names.get(unit or "")
        return None

    def _only_of_kind(self, kind: str) -> Optional[Place]:
        """In an article naming several provinces, the one of them (or of the cities it names)
        that a bare level word can mean: "Tỉnh ủy" beside Hà Nội and Yên Bái is Yên Bái's."""
        ctx = self._ctx
        if len(ctx.provinces) < 2:
            return None
        units = [p for p in ctx.provinces if p.kind == kind]
        if kind == self.city_unit:
            units += [p for p in ctx.places if p.level == "district" and p.kind == kind]
        return units[0] if len(units) == 1 else None

    # -- resolution of one mention ---------------------------------------------------------
    def resolve(self, level: Optional[str], unit: Optional[str], name: Optional[str]) -> Optional[Place]:
        """The unit a (level, unit word, explicit name) mention means, or None if not revealed."""
        ctx = self._ctx
        if level is None or self.is_foreign(name):
            return None
        if name:
            cands = self._candidates(level, unit, name)
            if len(cands) == 1 and ctx.province is not None and cands[0].province not in (None, ctx.province.name):
                # the article's province has a namesake of another unit word: that one
                kin = [d for d in self._namesakes(cands[0]) if d.province == ctx.province.name]
                return kin[0] if len(kin) == 1 else cands[0]
            if len(cands) == 1:
                return cands[0]
            if ctx.province is not None:
                inside = [c for c in cands if c.level == "district" and c.province == ctx.province.name]
                if len(inside) == 1:
                    return inside[0]
                if ctx.province in cands:
                    return ctx.province
                if not cands and level == "district" and not ctx.contested:    # "huyện Xuyên Mọc"
                    return self.gz.near_miss(name, ctx.province.name)
            return None
        if level == "province":
            if ctx.province is not None and ctx.province.kind == self.province_unit and not ctx.contested:
                return ctx.province
            return self._only_of_kind(self.province_unit)
        if level == "city":
            return ctx.city if ctx.city is not None or not ctx.contested else self._only_of_kind(self.city_unit)
        if level == "district":
            if unit == self.city_unit:
                return ctx.city if ctx.city is not None and ctx.city.level == "district" else None
            if unit in ctx.districts:
                return ctx.districts[unit]
            # the one name written for the unit word, misspelt ("huyện Xuyên Mọc"): the unit it misses
            written = ctx.district_names.get(unit or "")
            return ctx.districts.get("*") or (self.resolve(level, unit, written) if written else None)
        return None

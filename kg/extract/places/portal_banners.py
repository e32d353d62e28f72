"""Where a portal's banner in the page's first lines says whose site it is: "TRANG THÔNG TIN
ĐIỆN TỬ ĐẢNG BỘ TỈNH X" (the province), "Cổng thông tin điện tử huyện Y" (the district), "Trang
thông tin điện tử xã Z" (the commune). Read by the places stage (kg.extract.places.places).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, tuple[str, ...]]:
    """bodies.yaml `levels`, the unit words written out (no abbreviation), longest first: those a
    portal's banner names its unit by ("tỉnh", "thành phố"; "huyện", ...; "xã", ...), by level;
    "province" includes the city's ("thành phố"), as does "district" (a provincial city)."""
    levels = bodies_yaml()["levels"]
    out = {lv: [w for w in levels.get(lv) or [] if w == w.lower()] for lv in ("province", "city", "district", "commune")}
    out["province"] += out["city"]
    out["district"] += out["city"]
    return {lv: tuple(sorted(ws, key=len, reverse=True)) for lv, ws in out.items()}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _portal_banner() -> re.Pattern:
    """bodies.yaml `portal_banners`, then the owner's name up to a province's or a city's unit word
    in capitals (bodies.yaml `levels`: "TỈNH", "THÀNH PHỐ", "TP.") + a name."""
    city_abbr = [w for w in bodies_yaml()["levels"].get("city") or [] if w.isupper()]
    units = _alternation([w.upper() for w in _unit_words()["province"]] + city_abbr)
    return re.compile(r"(?:%s)\b[^a-zđ\n]*?\b(?:%s)\s+([^\W\d_a-zđ][^\W\d_a-zđ ]*(?: [^\W\d_a-zđ]+){0,3})\s*$"
                      % (_alternation(bodies_yaml().get("portal_banners") or []), units))


def portal_province(gz, text: str, vintage: str) -> Optional[str]:
    """The province a portal's banner in capitals names in the page's first lines ("TRANG THÔNG
    TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH X"): the site's province, as kg.read.sites gives one from its URL."""
    for line in text.split("\n", 4)[:4]:
        m = _portal_banner().search(line.strip())
        prov = gz.province(m.group(1).title(), vintage) if m else None
        # (or written in running case: "Cổng thông tin điện tử tỉnh X")
        m = None if prov is not None else _unit_banner()(line.strip())
        if m is not None and m.group("unit").lower() in _unit_words()["province"] and not m.group("name").isupper() \
                and _proper(m.group("name")):
            prov = gz.province(m.group("name"), vintage) or gz.province(m.group("name"), "legacy")
        if prov is not None:
            return prov.name
    return None


@lru_cache(maxsize=1)
def _unit_banner():
    """bodies.yaml `portal_banners` (any case), then its owner, a unit word and its name, ending the
    line: "Cổng thông tin điện tử huyện X", "CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ Y", "... tỉnh Z", "... xã W"."""
    units = _alternation({w for ws in _unit_words().values() for w in ws})
    p = re.compile(r"(?:%s)\b(?P<owner>[^\n]*?)\b(?P<unit>%s)\s+(?P<name>[^\W\d_][^\W_]*(?: [^\W\d_][^\W_]*){0,3})\s*$"
                   % (_alternation(bodies_yaml().get("portal_banners") or []), units), re.IGNORECASE)
    return lru_cache(maxsize=64)(p.search)      # (its search by line: three portal readers ask of the same lines)


def portal_district(gz, text: str) -> Optional[tuple[str, str]]:
    """The district a district portal's banner or greeting names in the page's first lines
    ("Chào mừng bạn ghé thăm Cổng thông tin điện tử huyện X"): (unit word, name) when the
    name is one district of that unit word; the story's district, its province the article's."""
    for line in text.split("\n", 4)[:4]:
        m = _unit_banner()(line.strip())
        if m is None:
            continue
        unit, name = m.group("unit").lower(), m.group("name").title() if m.group("name").isupper() else m.group("name")
        if unit in _unit_words()["district"] \
                and len([p for p in gz.lookup(name, unit, "legacy") if p.level == "district"]) == 1:
            return unit, name
    return None


def portal_commune(text: str) -> Optional[tuple[str, str]]:
    """The commune a commune portal's banner names in the page's first lines ("Trang thông tin
    điện tử xã X", "... UBND xã X"): (unit word, name); the story's commune, which bare "xã"
    titles then carry. The gazetteer knows no communes, so the banner must read as one: the
    owner between the banner words and the unit word, if any, a name (every word capitalised:
    not "... tổng hợp về xã X"), and the unit's name a proper name that is no word "xã" begins
    (bodies.yaml not_commune: "... THƯƠNG BINH VÀ XÃ HỘI")."""
    for line in text.split("\n", 4)[:4]:
        m = _unit_banner()(line.strip())
        if m is None or m.group("unit").lower() not in _unit_words()["commune"] or not _proper(m.group("name")) \
                or not _proper(m.group("owner").replace("-", " ")) \
                or m.group("name").split()[0].lower() in _not_commune():
            continue
        return m.group("unit").lower(), m.group("name").title() if m.group("name").isupper() else m.group("name")
    return None


@lru_cache(maxsize=1)
def _not_commune() -> frozenset:
    return frozenset(w.lower() for w in bodies_yaml().get("not_commune") or [])


def _proper(name: str) -> bool:
    """Every word of `name` capitalised, as a unit's name is written ("Tân Khải", "TÂN KHẢI"; not
    "nhà" in "... của xã nhà")."""
    return all(w[0].isupper() for w in name.split())

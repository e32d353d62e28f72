"""The district of a commune the story names, when the story also writes that district's name bare
(no unit word): a commune's page headed "Xã X - Y" (X the commune, Y its district), "... Huyện
ủy ..." below it. The gazetteer's communes (kg/data/gazetteer.tsv, level "commune") say which
districts have a commune so named; the one of them whose name the text writes is revealed, and with
it its province when the text names none (docs/conventions.md: "the province of a named
district"). A commune alone reveals nothing (two districts often share a commune's name, and the
golds do not resolve a district from its commune): only the two names together. Only on the old
map (districts were abolished on 1 July 2025), and only where the story names no district of its
province already.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.facts import Place


def communes_district(gz, ctx, text: str) -> Optional[Place]:
    """The one district that has a commune ctx names and whose name the text writes, capitalised,
    as a word of its own; None when none or several, or the story names a district already."""
    if ctx.vintage != "legacy" or not ctx.communes or any(p.level == "district" for p in ctx.places):
        return None
    found = {d for name in ctx.communes.values() for d in gz.commune_districts(name, ctx.province)
             if _written(d.name, text) and d.name not in ctx.communes.values()}
    return found.pop() if len(found) == 1 else None


def _written(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(name), text) is not None


def place_communes_district(gz, ctx, text: str) -> None:
    """Add the district of the story's commune (communes_district) to its places, as the one
    district named, and its province when none is known: bare "huyện", "Huyện ủy" then mean it."""
    district = communes_district(gz, ctx, text)
    if district is None:
        return
    ctx.places.append(district)
    ctx.by_commune = True
    ctx.districts.setdefault(district.kind, district)
    ctx.districts.setdefault("*", district)
    if ctx.province is None:
        ctx.province = gz.province_of(district)
        ctx.places.append(ctx.province)
        ctx.provinces.append(ctx.province)

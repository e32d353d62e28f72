"""The council of a neighbour's or a partner's province or city, named with its unit and the unit's
name: "Chủ tịch Hội đồng tỉnh Takeo", "Nghị sĩ Hội đồng tỉnh Chiba (Nhật Bản)". Our provinces have
no "Hội đồng tỉnh" (ours is the Hội đồng nhân dân), so the words name no body of ours; the golds
name the council "Hội đồng tỉnh X", "Hội đồng thành phố Y" (the unit word written out). Only a
unit the article marks as foreign (kg.extract.places.foreign) is read; a title written right
before the council holds its post there. The heads are bodies.yaml `foreign_councils`.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml, set_body_mention
from kg.extract.lexicon import BodyEntry, lexicon, phrase_matcher
from kg.extract.places.foreign import foreign_at
from kg.extract.sentences.elements import BodyMention


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = bodies_yaml().get("foreign_councils") or {}
    return phrase_matcher(raw.get("heads") or []), raw.get("kind") or "StateBody"


def read_foreign_councils(sv, foreign: dict) -> None:
    """Replace the words a foreign unit's council covers with one BodyMention (or give it to the
    title right before it)."""
    if not foreign:
        return
    heads, kind = _spec()
    toks, levels = sv.toks, lexicon().levels
    keys = sorted(foreign, key=len, reverse=True)
    for i, e in list(heads.find(sv.toks, lows=sv.lows)):
        lv = levels.match(toks, i + e.size) if toks[i].is_cap and i + e.size < len(toks) else None
        if lv is None or lv.payload.level not in ("province", "city", "district") or not lv.payload.unit:
            continue
        k = i + e.size + lv.size
        key = next((key for key in keys if foreign_at(toks, k, [key])), None)
        if key is None:
            continue
        end, name = k + len(key), foreign_at(toks, k, [key])
        canonical = f"{' '.join(t.text for t in toks[i:i + e.size])} {lv.payload.unit} {name}"
        bm = BodyMention(i, end, sv.text[toks[i].start - sv.start:toks[end - 1].end - sv.start],
                         base=BodyEntry("open", canonical, kind))
        set_body_mention(sv, bm, [x for x in sv.elements if x.end <= i or x.start >= end])

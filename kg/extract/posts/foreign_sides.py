"""Where a neighbour's side is named by its unit in a list of sides: "Tiếp đoàn tỉnh X, tỉnh Y có
các đồng chí: A - ...", "; đoàn tỉnh Z (Lào) có ông B, Bí thư Tỉnh ủy" (read by
kg.extract.posts.foreign_titles.foreign_side, split off it by size).
"""
from __future__ import annotations

from kg.extract.bodies.side_places import person_after as _person_after
from kg.extract.gazetteer import name_key
from kg.extract.places.foreign import _countries, _known
from kg.extract.posts.foreign_heads import unit_place
from kg.extract.sentences.elements import LevelMention

_CUE_REACH = 4          # tokens before the side's cue: "Đến dự, về phía Lào có ..."
_DELEGATION = "đoàn"


def _unit_cues(sv, foreign: dict) -> list[tuple[int, int]]:
    """ "Tiếp đoàn tỉnh X, tỉnh Y có các đồng chí: A - ...": a unit opening its clause and followed by
    "có" and a person (an address or a name, maybe after "các đồng chí:") says whose side the names
    after it are on, as "phía Y có" does; (where the unit starts, where it does: the side is read
    there). Our own units are cues too: they end a neighbour's side ("...; tỉnh Z có đồng chí B").
    Not the "có" of having ("Tỉnh Y có 10 huyện")."""
    if "có" not in sv.lows or not foreign:
        return []
    toks, els, out = sv.toks, sv.elements, []
    for x, e in enumerate(els):
        if not isinstance(e, LevelMention):
            continue
        end = _past_country(toks, e.end if e.place_name else e.end + len(_foreign_unit_name(toks, e, foreign).split()))
        # (the side's delegation word may come first: "; đoàn tỉnh X (Lào) có ông A, Bí thư Tỉnh ủy")
        s = e.start - (e.start >= 1 and toks[e.start - 1].low == _DELEGATION)
        if (e.place_name or end > e.end) and end < len(toks) and toks[end].low == "có" \
                and (s <= _CUE_REACH or toks[s - 1].text in ",;:") and _person_after(els, x + 1, end + 1):
            out.append((e.start, e.start))
    return out




def _past_country(toks: list, k: int) -> int:
    """The token after the country that marks a unit at token k ("(Lào)", "nước bạn Lào"), else k."""
    if k < len(toks) and toks[k].text == "(":
        close = next((x for x in range(k + 1, min(len(toks), k + 8)) if toks[x].text == ")"), None)
        return close + 1 if close is not None and _countries().match(toks, k + 1) else k
    m = k + (k < len(toks) and toks[k].low == "nước")
    m += m > k and m < len(toks) and toks[m].low == "bạn"
    hit = _countries().match(toks, m) if m > k and m < len(toks) else None
    return m + hit.size if hit is not None else k




def _foreign_unit_name(toks: list, lv: LevelMention, foreign: dict) -> str:
    """The name of a neighbour's unit written after a bare unit word (a one-word Latin spelling
    the scan does not read: "tỉnh Savannakhet"), when the article or the lexicon marks it foreign."""
    place = unit_place(toks, lv)
    key = name_key(place) if place else None
    return place if key and (key in foreign or key in _known().get(key[0], ())) else ""

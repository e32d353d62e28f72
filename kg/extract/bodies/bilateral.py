"""A central body named for two (or more) countries at once ("Đảng, Chính phủ hai nước", "giữa Chính
phủ và nhân dân hai nước Việt Nam - Lào", "Quốc hội hai nước", "hai Chính phủ"): the governments or
parliaments of both sides, no one body of ours, so the mention names no body (it is made generic).
The words are in bodies.yaml `bilateral`.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import phrase_matcher
from kg.extract.sentences.elements import BodyMention


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = bodies_yaml()["bilateral"]
    return (phrase_matcher(raw["after"]), frozenset(raw["before"]), phrase_matcher(raw["joiners"]))


def read_bilateral(sv) -> None:
    """Make generic each central body of the sentence that a count of countries follows, across a
    list of such bodies and their joiners, or that a count stands right before."""
    after, before, joiners = _spec()
    toks = sv.toks
    centrals = [bm for _, _, bm in sv.mentions() if type(bm) is BodyMention and bm.central and not bm.organs]
    if not centrals:
        return
    starts = {bm.start: bm.end for bm in centrals}
    for bm in centrals:
        if bm.start and toks[bm.start - 1].low in before:
            bm.generic = True       # "hai Chính phủ"
            continue
        k = bm.end
        while k < len(toks) and after.match(toks, k) is None:
            if k in starts:
                k = starts[k]       # another central body of the list: "Chính phủ, Quốc hội hai nước"
                continue
            hit = joiners.match(toks, k)
            if hit is None:
                break
            k += hit.size
        if k < len(toks) and after.match(toks, k) is not None:
            bm.generic = True

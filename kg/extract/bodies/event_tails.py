"""A commune's name read up to a capitalised event word a headline runs on ("Hội Nông dân xã X Y Đại
hội ...", "UBND xã X Y Hội nghị ..."): communes are not in the gazetteer, so their names are read by
their capitals, and the first syllable of the event ("Đại", "Hội", "Tổ") joins them. The syllable
that makes an event word with the lower-case one after it (bodies.yaml event_tails) is cut off."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.lexicon import section


@lru_cache(maxsize=1)
def _tails() -> frozenset:
    return frozenset(tuple(w.lower().split()) for w in section("bodies.yaml", "event_tails", None) or [])


def cut_event_tail(toks: list, j: int, bm) -> int:
    """The end of the body at token j, the commune's name without an event's first syllable."""
    name = (bm.place_name or "").split()
    if bm.level != "commune" or len(name) < 3 or j >= len(toks) or j < 1 \
            or (toks[j - 1].low, toks[j].low) not in _tails() or toks[j - 1].text != name[-1]:
        return j
    bm.place_name = " ".join(name[:-1])
    return j - 1

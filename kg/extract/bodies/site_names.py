"""Bodies named inside a historic site's name ("Khu di tích Tỉnh ủy X"), and organs a region
qualifies ("Văn phòng phía Nam"): no body of the level. Read by the bodies stage
(kg.extract.bodies.bodies) before the bodies are completed."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import canon
from kg.extract.sentences.elements import BodyMention
from kg.extract.sentences.phrase_starts import ends_before


@lru_cache(maxsize=1)
def _site_words() -> tuple:
    return tuple(canon(w).lower() for w in bodies_yaml().get("site_words") or [])


def drop_sites(sv) -> None:
    """A body right after a site word ("Khu di tích Tỉnh ủy X") names a historic site: no body. A bare organ
    a region qualifies ("Văn phòng phía Nam", "Văn phòng khu vực") is an office of its own, not the level
    body's organ; so is an organ a body and the region follow ("cơ quan thường trực Hội X phía Nam")."""
    regional, toks = _regional_words(), sv.toks
    # (the body mentions read off sv.mentions(), in order: not a pass over every word)
    for _, e, _ in sv.mentions():
        if isinstance(e, BodyMention) and ends_before(toks, e.start, _site_words()):
            e.generic = True
        elif isinstance(e, BodyMention) and e.organs and e.end < len(toks) and toks[e.end].low in regional \
                and (e.base is None and not e.central or e.end + 1 < len(toks) and toks[e.end + 1].is_cap):
            e.generic = True


@lru_cache(maxsize=1)
def _regional_words() -> frozenset:
    return frozenset(w.lower() for w in bodies_yaml().get("regional_words") or [])

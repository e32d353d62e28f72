"""Bodies named inside a historic site's name ("Khu di tích Tỉnh ủy X") or inside a document's
number ("Thông báo số 37/TB-MTTQ-BTT"), and organs a region qualifies ("Văn phòng phía Nam"): no
body of the level. Read by the bodies stage (kg.extract.bodies.bodies) before the bodies are
completed."""
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


def drop_coded(sv) -> None:
    """A local body's initials glued into a document's number by a dash or a slash ("37/TB-MTTQ-BTT",
    "12-KH/HU"): the issuing office's code, no mention (a list of bodies after it would otherwise
    give them its level: "37/TB-MTTQ-BTT, Hội Nông dân, Hội Phụ nữ huyện"). A central body's stays (the
    genre's "62-KL/TW" is read by the open names)."""
    toks = sv.toks
    for _, e, _ in sv.mentions():
        if type(e) is not BodyMention or e.central or e.start < 2 or e.end - e.start != 1:
            continue
        k = e.start
        while k > 0 and toks[k - 1].end == toks[k].start and (toks[k - 1].text in "-/" or toks[k - 1].is_word):
            k -= 1          # back over the glued code
        if k < e.start - 1 and toks[e.start - 1].text in "-/" and any(c.isdigit() for t in toks[k:e.start] for c in t.text):
            e.generic = True

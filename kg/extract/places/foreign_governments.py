"""A central body of ours that a foreign state has too, written on its own with the country right
after it: "tác động đến Chính phủ Hàn Quốc", "viện trợ của Chính phủ Úc", "Quốc hội nước CHDCND Lào
thông qua". It is that state's organ, named as the golds name it ("Chính phủ Hàn Quốc", "Quốc hội
Lào": the organ and the country's short name), and mentioned; never ours.

A title's body ("Thủ tướng Chính phủ Lào A") is the titles' reader's (kg.extract.posts.
foreign_organs.foreign_organ), so only a body written on its own is read here, in the places stage
right after kg.extract.posts.foreign_titles.foreign_central has taken the neighbours' for none of
ours. The organs are roles.yaml foreign_organs bodies; the countries those a diplomat's mission may
be of (kg.extract.sentences.missions), our own (roles.yaml posts own_country) left out.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import get_gazetteer
from kg.extract.lexicon import BodyEntry, section
from kg.extract.posts.foreign_organs import ORGAN_BODIES, short_country
from kg.extract.sentences import missions as ms
from kg.extract.sentences.elements import BodyMention


@lru_cache(maxsize=1)
def _own_country() -> frozenset:
    return frozenset(((section("roles.yaml", "posts", None) or {}).get("own_country")) or ())


def _country(gz, sv, bm: BodyMention):
    """The country written right after the body (past "nước"), as the golds short it; None when
    none is, or the words are a Vietnamese unit's ("Lào Cai"), or a one-syllable country runs on
    into more capitalised words (a person's name: "Anh", "Mỹ" are given names too)."""
    toks = sv.toks
    k, hit = ms.country_after(toks, bm.end)
    if hit is None or k - bm.end > 1:
        return None
    end = k + hit.size
    words = " ".join(t.text for t in toks[k:end])
    m = gz.match_at(sv.text, toks[k].start - sv.start, "legacy")
    if m is not None and m[1] + sv.start > toks[end - 1].end or any(c in words for c in _own_country()):
        return None
    if hit.size == 1 and end < len(toks) and toks[end].is_word and toks[end].is_cap:
        return None
    return end, short_country(ms.mission_country(words))


def read_foreign_governments(sv) -> None:
    """Make each of our central organs written alone with a country after it that country's organ."""
    els = sv.elements
    if not any(type(e) is BodyMention and e.base is not None and e.base.canonical in ORGAN_BODIES for e in els):
        return
    gz = get_gazetteer()
    for n, e in enumerate(els):
        if type(e) is not BodyMention or e.organs or e.base is None or e.base.canonical not in ORGAN_BODIES \
                or e.place_name:
            continue
        got = _country(gz, sv, e)
        if got is not None:
            name = f"{e.base.canonical} {got[1]}"
            els[n] = BodyMention(e.start, got[0], name, base=BodyEntry("open", name, "StateBody"))

"""A leveled body written with no level and "toàn quốc" after it ("Đại hội Đoàn TNCS Hồ Chí Minh
toàn quốc lần thứ XII", "Đại hội Hội Nông dân toàn quốc") is the organisation of the whole country:
its national body (bodies.yaml `nationwide`), not the body of the story's level that a bare name
would otherwise take from context (kg.extract.bodies.body_complete).
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon, phrase_matcher
from kg.extract.sentences.elements import BodyMention


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = bodies_yaml().get("nationwide") or {}
    return phrase_matcher(raw.get("words") or []), dict(raw.get("names") or {})


def read_nationwide(sv) -> None:
    """Make each leveled body of the sentence written capitalised with no level and a nationwide
    word right after it the central body of its organisation, where the lexicon names one."""
    words, names = _spec()
    toks, central = sv.toks, lexicon().central_by_name
    for _, _, bm in sv.mentions():
        if type(bm) is not BodyMention or bm.base is None or bm.base.sort != "leveled" or bm.weak \
                or bm.level is not None or bm.organs or bm.end >= len(toks):
            continue
        hit = words.match(toks, bm.end)
        name = names.get(bm.base.canonical, bm.base.central)
        if hit is None or name not in central or not toks[bm.start].is_cap:
            continue        # "Đại hội Nông dân toàn quốc": the "hội" of "Đại hội" begins no union's name
        bm.base, bm.level, bm.central = central[name], "central", True

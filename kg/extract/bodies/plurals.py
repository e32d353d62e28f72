"""Committees written as plurals ("thường trực các huyện ủy", "các huyện, thành, thị ủy"): every
unit's, no one body; one written with its units' names ("các huyện ủy A, B") names each. So are
bodies written with two unit words of one rank ("UBND huyện, thành phố"). Read by the bodies stage
(kg.extract.bodies.bodies) before the bodies are completed."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon
from kg.extract.passes import triggers
from kg.extract.sentences.elements import BodyMention, LevelMention, Punct


@triggers(lambda: (bodies_yaml()["completion"]["plural_word"],))    # ("các", read by each test)
def drop_plurals(sv) -> None:
    """A committee written in lower case after the plural word ("thường trực các huyện ủy, thành
    ủy"), and a bare organ before it ("thường trực các ..."), name every unit's: no one body."""
    toks, plural = sv.toks, bodies_yaml()["completion"]["plural_word"]
    mentions = [e for _, e, _ in sv.mentions() if isinstance(e, BodyMention)]
    plurals = {e.start for e in mentions         # (where a committee made plural begins; one written
               if e.start > 0 and _plural_before(toks, e.start, plural) and not toks[e.start].is_cap and not e.organs
               and not e.place_name}            # with its units' names names each: "các huyện ủy A, B")
    for e in mentions:
        # (a capitalised organ too, before such a committee, "Thường trực các huyện ủy: A, B": else
        # it took the committee's level and the one district the story names)
        e.generic = bool(e.generic or e.start in plurals or e.base is None and e.organs and e.end < len(toks)
                         and toks[e.end].low == plural and (not toks[e.start].is_cap or e.end + 1 in plurals))


def _plural_before(toks: list, i: int, plural: str) -> bool:
    """The plural word right before token i, or before a run of the units' first syllables the
    committee ends ("các huyện, thành, thị ủy": every district's, city's and town's)."""
    k = i - 1
    while k > 0 and toks[k].low in _ELIDED and not toks[k].is_cap:
        k -= 1
    return toks[k].low == plural


_ELIDED = frozenset(bodies_yaml()["completion"]["plural_elided"])


@lru_cache(maxsize=1)
def _paired_ranks() -> tuple:
    """bodies.yaml completion.paired_levels: the unit words of one rank, lower case."""
    return tuple(frozenset(w.lower() for w in rank) for rank in bodies_yaml()["completion"]["paired_levels"])


def _paired_level(toks: list, k: int, unit: str) -> bool:
    """Whether a comma, a dash or "và" at token k and another bare unit word of the rank of `unit`
    follow ("huyện, thành phố", "xã - thị trấn"), no name after it."""
    if k + 1 >= len(toks) or not (toks[k].text in (",", "-", "–") or toks[k].low in ("và", "hoặc")):
        return False
    lv = lexicon().levels.match(toks, k + 1)
    if lv is None or lv.payload.unit is None or lv.payload.unit.lower() == unit.lower():
        return False
    after = k + 1 + lv.size
    if after < len(toks) and toks[after].is_word and (toks[after].is_cap or toks[after].text[:1].isdigit()):
        return False        # "UBND huyện, thành phố Hà Tĩnh": a named unit, each its own body
    return any(unit.lower() in rank and lv.payload.unit.lower() in rank for rank in _paired_ranks())


def drop_paired_levels(sv) -> None:
    """Bodies written with a bare unit word and another unit word of its rank after it ("Thường
    trực HĐND - UBND - BTT UBMTTQ huyện, thành phố", "Đảng ủy, UBND xã, thị trấn"): every district's
    and city's, every commune's and town's, no one body; so are the bodies listed before it that
    write no level of their own. The second unit word closes no list of bodies either."""
    toks, els = sv.toks, sv.elements
    if BodyMention not in map(type, els):
        return          # (no body: nothing to read; tested in C, not at each element)
    seconds = set()
    for n, e in enumerate(els):
        if type(e) is not BodyMention or e.generic or e.place_name or not e.unit or not _paired_level(toks, e.end, e.unit):
            continue
        e.generic = True
        k = n - 1
        while k >= 1 and isinstance(els[k], Punct) and els[k].char in (",", "-", "–") \
                and type(els[k - 1]) is BodyMention and not els[k - 1].place_name \
                and (els[k - 1].level is None or els[k - 1].level == e.level and not els[k - 1].unit):
            els[k - 1].generic = True
            k -= 2
        seconds.add(e.end + 1)
    if seconds:
        els[:] = [x for x in els if not (type(x) is LevelMention and x.start in seconds)]

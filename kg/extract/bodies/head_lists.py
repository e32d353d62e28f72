"""One head written once, a list of names after it (bodies.yaml list_heads: "Bộ", "Sở"):

    "đại diện các Bộ: Tài chính, Nội vụ và Y tế"         the plural word, the head, the names
    "các Sở, ngành, đơn vị: Y tế; Công Thương"                   sectors named with it, a colon
    "Sở Giao thông vận tải, Xây dựng"                            one body written whole, the next
                                                          names sharing its head

Each name listed is the body head + name when the lexicon knows that body (so "các bộ, ngành" or
"Sở Y tế, Công an tỉnh" list none: "Sở Công an" is no body, and a name a unit word follows is a
local body's, not a ministry's). Items are parted by a comma, a semicolon or "và"; a comma inside
a name ("Văn hóa, Thể thao và Du lịch") is the lexicon's, which matches the longest name first.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import _Reader, _insert, bodies_yaml
from kg.extract.lexicon import lexicon, phrase_matcher
from kg.extract.sentences.elements import BodyMention

_SEPARATORS = (",", ";")


@lru_cache(maxsize=1)
def _list_heads() -> frozenset:
    """bodies.yaml `list_heads`: "Bộ", "Sở"."""
    return frozenset(bodies_yaml().get("list_heads") or ())


@lru_cache(maxsize=1)
def _low_heads() -> frozenset:
    """The list heads in lower case, as a sentence's words are."""
    return frozenset(h.lower() for h in _list_heads())


@lru_cache(maxsize=1)
def _sectors():
    """bodies.yaml `list_head_sectors`: the words written after the plural head before a colon
    ("các Sở, ngành, đơn vị:")."""
    return phrase_matcher(bodies_yaml().get("list_head_sectors") or [])


def _head_item(toks: list, h: int, k: int):
    """The lexicon's body that the head at token h and the name at token k make, and the token
    after the name; None when the name is not one the head takes, or a unit word follows a
    ministry's name (a local body: "Bộ Y tế, Công an tỉnh X")."""
    lx = lexicon()
    if k >= len(toks) or not toks[k].is_cap:
        return None
    e = lx.bodies.match([toks[h]] + toks[k:k + 12], 0)
    if e is None or e.size < 2 or e.payload.sort not in ("central", "department") \
            or not e.payload.canonical.startswith(toks[h].text.capitalize() + " "):
        return None
    end = k + e.size - 1
    if end < len(toks) and e.payload.sort == "central" and lx.levels.match(toks, end) is not None:
        return None     # (under "Sở" the level closes the whole list: "Sở Tài chính, Nội vụ tỉnh X")
    return e.payload, end


def _after_sectors(toks: list, k: int) -> int:
    """The token after "các Sở" where the names begin: past ", ngành, đơn vị" when a colon closes
    them (without one they are the list's words, no names follow), past a colon."""
    j, sectors = k, _sectors()
    while j + 1 < len(toks) and toks[j].text == "," and (m := sectors.match(toks, j + 1)) is not None:
        j += 1 + m.size
    if j < len(toks) and toks[j].text == ":":
        return j + 1
    return k


def _headed(sv, h: int, k: int, reader: _Reader, mention: Optional[BodyMention] = None) -> list[BodyMention]:
    """The bodies of the names listed from token k under the head at token h: at least two, or
    one more after a body written whole (`mention`, whose level and place they take)."""
    toks, lx = sv.toks, lexicon()
    found = []
    while True:
        it = _head_item(toks, h, k)
        if it is None or not reader._boundary(it[1], True):
            break
        p, end = it
        if mention is not None and (p.sort, p.parent) != (mention.base.sort, mention.base.parent):
            break       # "Bộ Tư lệnh Bộ đội Biên phòng, Công an và ...": a command, no ministry's head to share
        surface = sv.text[toks[k].start - sv.start:toks[end - 1].end - sv.start]
        if p.sort == "central":
            found.append(BodyMention(k, end, surface, base=p, level="central", central=True))
        elif mention is not None:
            found.append(BodyMention(k, end, surface, base=p, level=mention.level, unit=mention.unit,
                                     place_name=mention.place_name))
        else:
            found.append(BodyMention(k, end, surface, base=p, level="province", unit=lx.province_unit))
        if end >= len(toks) or not (toks[end].text in _SEPARATORS or toks[end].low in reader.joiners):
            break
        k = end + 1 + (end + 1 < len(toks) and toks[end + 1].low in reader.joiners)
    return found if len(found) > 1 or mention is not None else []


def _whole_heads(sv, heads) -> list[tuple[int, BodyMention]]:
    """(head token, mention) of each body written whole under a list head with a separator after
    it ("Sở Lao động - Thương binh và Xã hội, ..."): the names that follow may share its head."""
    toks, out = sv.toks, []
    for _, e, _ in sv.mentions():
        if type(e) is BodyMention and e.base is not None and e.base.sort in ("department", "central") \
                and not e.organs and e.end + 1 < len(toks) and toks[e.end].text in _SEPARATORS \
                and toks[e.start].text.capitalize() in heads \
                and e.base.canonical.startswith(toks[e.start].text.capitalize() + " "):
            out.append((e.start, e))
    return out


def headed_lists(sv, places, vintage: str) -> None:
    """Each name listed after a head written once is the body head + name."""
    heads = _list_heads()
    if sv.lows.isdisjoint(_low_heads()):
        return                  # (most sentences: no need to look at every token)
    toks = sv.toks
    # the head in lower case too ("các bộ Công an, Tài chính"): only names the lexicon knows
    # under it, capitalised, follow (_head_item), so "các bộ, ngành" lists nothing
    plural = bodies_yaml()["completion"]["plural_word"]     # "các"
    # (only where the plural word stands, and only at the tokens whose word is a head's, found in C:
    # a head's word is the lower case of a token the test reads; "cán bộ" puts one in most sentences)
    starts = [h for h in sv.lows.positions(_low_heads()) if h and toks[h].text.capitalize() in heads
              and toks[h - 1].low == plural] if plural in sv.lows else []
    whole = [(h, e) for h, e in _whole_heads(sv, heads) if h not in starts]     # (those read once)
    if not starts and not whole:
        return
    reader = _Reader(sv, places, vintage)
    made = [bm for h in starts for bm in _headed(sv, h, _after_sectors(toks, h + 1), reader)]
    made += [bm for h, e in whole for bm in _headed(sv, h, e.end + 1, reader, e)]
    if made:
        _insert(sv.elements, made)

"""A commune's body written once before the plural word and the communes it is of ("Đảng ủy các xã
Tân Lợi và Phú Hòa", "UBND các phường 2, 5 và 7"): the body of each commune
(kg.extract.bodies.body_lists.shared_places). Communes are not in the gazetteer, so their names are
read by their form: capitalised words no other element claims. A time word ends the name ("Tân
Lập" + "Ngày 5/3"); an item that opens with an institution's head ("Trạm Y tế các xã", "Hợp tác xã
X", bodies.yaml not_commune_heads) is no commune and ends the list, and so does a single
capitalised syllable: a commune's name has two or more ("Bưu điện huyện", "Nhà văn hóa thôn")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import grammar, lexicon, section
from kg.extract.sentences.body_parse import time_words
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word

_COMPLETION = grammar("bodies.yaml", "completion")
JOINERS = frozenset(_COMPLETION["number_joiners"])     # (the list joiners every list reader of bodies/ shares)
FILLERS = frozenset(_COMPLETION["list_fillers"])


@lru_cache(maxsize=1)
def _stops() -> frozenset:
    return time_words() | frozenset(section("bodies.yaml", "commune_list_stops", None) or [])


@lru_cache(maxsize=1)
def _heads() -> tuple:
    return tuple(tuple(h.lower().split()) for h in section("bodies.yaml", "not_commune_heads", None) or [])


def plural_communes(sv, bm: BodyMention) -> list[tuple]:
    """The mention takes the first commune (read with the unit word, "xã Tân Lợi", or bare after
    it); the items of the others are returned (none when only one is written: the plural then
    names every commune, no one body)."""
    toks, plural = sv.toks, _COMPLETION["plural_word"]
    if bm.place_name or bm.base is None or bm.base.sort == "open" or bm.level not in (None, "commune"):
        return []
    at = {e.start: e for e in sv.elements}
    # the plural word, or a count of the communes ("UBND 3 xã A, B và C", "hai xã")
    lm = at.get(bm.end + 1) if bm.end < len(toks) and (toks[bm.end].low == plural or _count_at(toks, bm.end)) \
        else None
    if isinstance(lm, LevelMention) and lm.level == "commune" and lm.unit and lm.place_name:
        first, unit = (bm.end + 1, lm.end, "commune", lm.unit, lm.place_name), lm.unit
    else:                               # "UBND các xã" read as generic, the names bare after it
        lv = next((m for k in range(bm.start, bm.end - 1) if toks[k].low == plural
                   for m in (lexicon().levels.match(toks, k + 1),) if m is not None and k + 1 + m.size == bm.end), None)
        after = bm.end
        if lv is None and bm.end + 1 < len(toks) and _count_at(toks, bm.end):
            lv = lexicon().levels.match(toks, bm.end + 1)       # "UBND 2 xã biên giới A và B"
            after = bm.end + 1 + lv.size if lv is not None else after
        k = past_qualifiers(toks, after)
        end = _bare_commune_end(toks, at, k) if lv is not None and lv.payload.level == "commune" else None
        if end is None:
            return []
        unit = " ".join(t.text for t in toks[after - lv.size:after]).lower()
        first = (k, end, "commune", unit, " ".join(t.text for t in toks[k:end]))
    out = _more_communes(toks, at, first[1], unit)
    if out or lm is not None and first[0] == bm.end + 1 and toks[bm.end].low != plural:
        # (a count before one commune the list reader cannot go past: that commune's, at least)
        bm.generic, bm.level, bm.unit, bm.place_name = False, "commune", unit, first[4]
    return out


_ITEM_MARKS = frozenset((",", ";", "-", "–"))


def _more_communes(toks: list, at: dict, j: int, unit: str) -> list[tuple]:
    """The further communes of a list from token j: bare names joined by commas and "và", or each
    with its own unit word ("xã A, huyện X; xã B - thị trấn C, huyện Y; phường D"): the items may
    be parted by ";" and joined by dashes, and a district named after a commune with a comma is
    where it lies, no item; a bare name takes the unit word written last."""
    out = []
    while j < len(toks) and (toks[j].text in _ITEM_MARKS or toks[j].low in JOINERS):
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low in JOINERS)
        lm = at.get(k)
        if isinstance(lm, LevelMention) and lm.place_name and lm.level in ("district", "city") \
                and toks[j].text == ",":
            j = lm.end                  # (the district of the commune before)
            continue
        if isinstance(lm, LevelMention) and lm.level == "commune" and lm.unit and lm.place_name \
                and toks[j].text != ",":
            unit = lm.unit
            out.append((k, lm.end, "commune", unit, lm.place_name))
            j = lm.end
            continue
        end = _bare_commune_end(toks, at, k)
        if end is None:
            break
        out.append((k, end, "commune", unit, " ".join(t.text for t in toks[k:end])))
        j = end
    return out


@lru_cache(maxsize=1)
def _counts() -> frozenset:
    return frozenset(w.lower() for w in section("bodies.yaml", "place_counts", None) or [])


def counted(word: str) -> bool:
    """A count of two or more places ("3", "03", "hai"; bodies.yaml place_counts)."""
    return word.lower() in _counts() or word.isdigit() and 2 <= int(word) <= 9


def _count_at(toks: list, k: int) -> bool:
    return counted(toks[k].text)


def list_gap(e) -> bool:
    """A comma or a filler word between a list's items ("Đảng ủy, HĐND và UBND"): what the walks back
    over a list skip."""
    return isinstance(e, Punct) and e.char == "," or isinstance(e, Word) and e.low in FILLERS


def sharing_communes(els: list, idx: int, last: BodyMention) -> list[BodyMention]:
    """ "Đảng ủy, HĐND, UBND các xã A, B": the bodies listed right before the one the communes
    follow, with no place of their own, are the same communes' (each gets the first commune
    here; the caller copies them to the others). Only bodies of a commune's kind: a committee or a
    body by level, never an open name or a central body."""
    out = listed_before(els, idx, lambda e: e.level in (None, "commune"))
    for e in out:
        e.generic, e.level, e.unit, e.place_name = False, last.level, last.unit, last.place_name
    return out


def listed_before(els: list, idx: int, fits) -> list[BodyMention]:
    """The bodies listed right before els[idx], by commas or fillers, in their order: each a committee
    or a body by level with no place of its own and not central, and `fits` (the caller's test of its
    level); the walk stops at the first that is none, within 12 elements."""
    return walk_list_back(els, idx, lambda e: not (e.place_name or e.central or e.base is None
                                                   or e.base.sort not in ("committee", "packed", "leveled")) and fits(e))


def walk_list_back(els: list, idx: int, takes) -> list[BodyMention]:
    """The bodies listed right before els[idx], by commas or fillers, in their order, each one `takes`
    (the caller's test); the walk stops at the first element that is neither a gap nor such a body,
    within 12 elements."""
    out: list[BodyMention] = []
    for e in reversed(els[max(0, idx - 12):idx]):
        if type(e) is not BodyMention:
            if list_gap(e):
                continue
            break
        if not takes(e):
            break
        out.append(e)
    return out[::-1]


@lru_cache(maxsize=1)
def _qualifiers() -> tuple:
    """bodies.yaml commune_list_qualifiers, as lower-case token tuples, longest first."""
    raw = section("bodies.yaml", "commune_list_qualifiers", None) or {}
    words = sorted((tuple(w.lower().split()) for w in raw.get("words") or []), key=len, reverse=True)
    return tuple(words), frozenset(w.lower() for w in raw.get("openers") or [])


def list_openers() -> frozenset:
    """bodies.yaml commune_list_qualifiers openers ("gồm"), lower case: a list follows them."""
    return _qualifiers()[1]


def past_qualifiers(toks: list, k: int) -> int:
    """Past what the genre writes between a commune's level word and the names it lists: a kind of
    commune ("các xã biên giới", "2 xã vùng cao") and an opener (":", "gồm", "là")."""
    words, openers = _qualifiers()
    w = next((w for w in words if tuple(t.low for t in toks[k:k + len(w)]) == w), None)
    k += len(w) if w else 0
    return k + 1 if k < len(toks) and (toks[k].text == ":" or toks[k].low in openers) else k


def _bare_commune_end(toks: list, at: dict, k: int) -> Optional[int]:
    """The end of a commune's name written bare at token k (capitalised words that no other
    element claims, at most four, or a number), when a list's boundary follows it; else None."""
    if k < len(toks) and toks[k].text.isdigit():
        end = k + 1
    else:
        if any(tuple(t.low for t in toks[k:k + len(h)]) == h for h in _heads()):
            return None
        end = k         # (a person's or a body's name is another element: it ends the run)
        named = at.get(k)   # ... but a commune named after a person ("xã Lê Lợi", "Kim Mỹ") is read as one:
        # two syllables, no title after it (a person's full name, "Trần Văn Tám, Phó Chủ tịch", is no commune)
        after = at.get(named.end + (named.end < len(toks) and toks[named.end].text == ",")) \
            if isinstance(named, Name) else None
        if isinstance(named, Name) and not named.honorific and named.end - k == 2 \
                and all(t.is_cap for t in toks[k:named.end]) and not isinstance(after, Role):
            end = named.end
        # (a run the scanner read on as a name, "Đăk" + "Rơ Nga", is one commune's name: no honorific)
        while (isinstance(at.get(end), Word) or end > k and isinstance(at.get(end), Name) and not at[end].honorific) \
                and at[end].end - k <= 4 and all(t.is_cap and t.low not in _stops() for t in toks[end:at[end].end]):
            end = at[end].end
        e = at.get(end)     # a person's name read across the part of the day ("Quang Sáng nay")
        cut = next((j for j in range(e.start + 1, e.end) if toks[j].low in _stops()), None) \
            if isinstance(e, Name) and e.end - k <= 5 else None
        end = cut if cut is not None and all(t.is_cap for t in toks[end:cut]) else end
        if end - k < 2:
            return None     # one capitalised syllable: an institution's ("Bưu điện", "Nhà văn hóa")
    if end == k or end < len(toks) and toks[end].is_word and toks[end].is_cap and toks[end].low not in _stops():
        return None
    return end


def party_committee_list(els: list, idx: int, toks: Optional[list]) -> bool:
    """ "đồng chí Thường trực Đảng ủy, lãnh đạo HĐND, UBND, UB.MTTQ và các đoàn thể": the
    bodies listed after a commune's party committee written bare (no commune named; "Đảng ủy",
    "BCH Đảng bộ") with only punctuation, list words and level-less bodies between are of the same
    commune — the story's, not a district's named earlier in the sentence; unless the list runs
    on to every commune ("..., Ủy ban MTTQ các xã, thị trấn"): then each commune's, no one's."""
    if every_commune_after(els, idx, toks):
        return False
    for f in reversed(els[max(0, idx - 16):idx]):
        if isinstance(f, Punct) and f.char in ",-–." or isinstance(f, Word) and (
                f.low in FILLERS or toks is not None and toks[f.start].is_upper):     # ("TT.HĐND")
            continue
        if type(f) is not BodyMention or f.base is None or f.place_name or f.level not in (None, "commune"):
            return False
        if f.level == "commune" and not f.unit and f.base.sort == "committee":
            return True
    return False


@lru_cache(maxsize=1)
def _commune_first_words() -> frozenset:
    """The first words of a commune's unit words (bodies.yaml completion commune_words: "xã", "thị")."""
    return frozenset(w.split()[0].lower() for w in _COMPLETION["commune_words"])


def every_commune_after(els: list, idx: int, toks: Optional[list]) -> bool:
    """The list els[idx] stands in closes on a body or a level of every unit ("Ủy ban MTTQ các xã, thị
    trấn", "UBND cấp xã", "các xã"): the bodies before it are written once for all of them."""
    plural = _COMPLETION["plural_word"]
    for k, f in enumerate(els[idx + 1:idx + 25], idx + 1):
        if type(f) is BodyMention and f.generic or isinstance(f, LevelMention) and \
                isinstance(els[k - 1], Word) and els[k - 1].low == plural:
            return True
        if isinstance(f, Word) and f.low == plural and toks is not None and f.end < len(toks) \
                and toks[f.end].low in _commune_first_words():
            return True         # ("..., các hội các xã": the plural and a commune word, no name after it)
        if isinstance(f, Punct) and f.char in ",-–" or isinstance(f, Word) and (
                f.low in FILLERS or toks is not None and (toks[f.start].is_upper or _all_fillers(toks, f))) \
                or type(f) is BodyMention and not f.place_name and f.level in (None, "commune"):
            continue
        return False
    return False


def _all_fillers(toks: list, f: Word) -> bool:
    """A run of words the scanner kept as one gap ("đại diện"), each a list filler."""
    return not f.low and all(t.low in FILLERS for t in toks[f.start:f.end])

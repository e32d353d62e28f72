"""Whose unit the titles of a listed side are of: "Dự lễ, tỉnh Phú Yên có đồng chí A, Phó Bí thư
Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", "Về phía tỉnh X có ông B, Chủ tịch Hội Nông dân tỉnh": a
unit opening its clause before "có" names the side, and a body of that unit's level written bare
in the titles after it is that unit's, not the article's own province (a ceremony in one province
with a delegation of another; the probe's family F9). A neighbour's unit is read by
kg.extract.posts.foreign_titles.foreign_side; this pass takes the Vietnamese ones.
"""
from __future__ import annotations

from kg.extract.lexicon import grammar
from kg.extract.sentences.elements import BodyMention, Honorific, LevelMention, Name, Punct, Role, Word

_SPEC = grammar("roles.yaml", "posts")["sides"]
_REACH = 4          # tokens before the unit at the sentence's start: "Dự lễ, tỉnh X có ..."


def _cues(sv) -> list[tuple[int, LevelMention]]:
    """(index, unit) of each unit that opens its clause and is followed by "có" (or "gồm", "do") and
    a person, or, after "lãnh đạo"/"đại diện", by a comma and a person ("Lãnh đạo tỉnh X, ông A, ...")."""
    toks, out = sv.toks, []
    for i, e in enumerate(sv.elements):
        if type(e) is not LevelMention or not e.place_name or e.level not in _SPEC["levels"] or e.end >= len(toks):
            continue
        verb = toks[e.end].low in _SPEC["verbs"]
        if not verb and toks[e.end].text != ",":
            continue
        k, lead = e.start, ()
        for lead in _LEADS:     # "về phía tỉnh X", "lãnh đạo tỉnh X có ..."
            if k >= len(lead) and tuple(t.low for t in toks[k - len(lead):k]) == lead:
                k -= len(lead)
                break
        else:
            lead = ()
        if not verb and lead not in _APPOSED:
            continue
        reach = 1 if not verb or toks[e.end].low in _SPEC["led_by"] else 4     # "do ông A", "X, ông A": at once
        if (k <= _REACH or toks[k - 1].text in ",;:") and person_after(sv.elements, i + 1, e.end + 1, reach):
            out.append((i, e))      # (not the "có" of having: "Tỉnh X có 10 huyện")
    return out


def person_after(els: list, x: int, at: int, reach: int = 4) -> bool:
    """Whether a person is named right after token ``at`` (an address or a name, past "các" and a colon)."""
    while x < len(els) and els[x].end <= at:
        x += 1
    for e in els[x:x + reach]:
        if isinstance(e, (Name, Honorific)):
            return True
        if not (isinstance(e, Punct) and e.char == ":" or isinstance(e, Word)):
            return False
    return False


_APPOSED = frozenset(tuple(w.split()) for w in _SPEC["apposed"])
_LEADS = tuple(sorted((tuple(w.split()) for w in _SPEC["leads"]), key=len, reverse=True))


def side_units(sv) -> None:
    """The bare bodies of the unit's level in the titles after each side's unit (up to the next
    side's) take that unit's name."""
    cues = _cues(sv)
    els, toks = sv.elements, sv.toks
    for n, (i, unit) in enumerate(cues):
        stop = cues[n + 1][0] if n + 1 < len(cues) else len(els)
        for x, e in enumerate(els[i + 1:stop], i + 1):
            if e.start <= unit.end:
                continue        # (the cue's own "có")
            if type(e) is Punct and e.char == ";" and person_after(els, x + 1, e.end):
                continue        # "...; đồng chí B, Phó Chủ tịch UBND tỉnh": the side's next person
            if type(e) is Punct and e.char in ".;" or type(e) is not Punct and toks[e.start].low in _SPEC["verbs"]:
                break           # the side's list ends: another item, another presence ("cùng dự có")
            bm = e.body if type(e) is Role else e if type(e) is BodyMention else None
            if not isinstance(bm, BodyMention) or bm.central or bm.level != unit.level or bm.unit != unit.unit:
                continue
            if bm.place_name:
                if bm.place_name != unit.place_name:
                    break       # "..., Chủ tịch UBND tỉnh Y": another unit named, the side is over
            elif type(e) is Role:
                bm.place_name = unit.place_name

"""Bodies placed by the construction around them, before any title is bound to a name (the bodies
stage, kg.extract.pipeline): so that the posts, the meeting's sides and the article's body list all
read one finished mention (ResolvedBodies resolves each mention once).

- Whose unit the titles of a listed side are of: "Dự lễ, tỉnh Phú Yên có đồng chí A, Phó Bí thư
  Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", "Về phía tỉnh X có ông B, Chủ tịch Hội Nông dân tỉnh": a
  unit opening its clause before "có" names the side, and a body of that unit's level written bare
  in the titles after it is that unit's, not the article's own province (a ceremony in one province
  with a delegation of another). A neighbour's unit is read by
  kg.extract.posts.foreign_titles.foreign_side; this pass takes the Vietnamese ones.
- A foreign county written after a bare committee ("ông A, Bí thư Huyện ủy B, châu C"): the
  committee's place.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.lexicon import grammar
from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.spans import MIDDLE_NAMES as _MIDDLE_NAMES

_SPEC = grammar("roles.yaml", "posts")["sides"]
_REACH = 4          # tokens before the unit at the sentence's start: "Dự lễ, tỉnh X có ..."


def _cues(sv) -> list[tuple[int, LevelMention, bool]]:
    """(index, unit, lists_bodies) of each unit that opens its clause and is followed by "có" (or "gồm",
    "do") and a person, or, after "lãnh đạo"/"đại diện", by a comma and a person ("Lãnh đạo tỉnh X,
    ông A, ..."); lists_bodies: after a lead, "có" and bodies, not a person (_body_after)."""
    toks, out = sv.toks, []
    if LevelMention not in map(type, sv.elements):
        return out      # (no unit named: no cue; tested in C, where most sentences end)
    for i, e, _ in sv.mentions():       # (the few mentions, units among them, not every element)
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
        if not (k <= _REACH or toks[k - 1].text in ",;:"):
            continue
        if person_after(sv.elements, i + 1, e.end + 1, reach):
            out.append((i, e, False))      # (not the "có" of having: "Tỉnh X có 10 huyện")
        elif lead and verb and reach > 1 and _body_after(sv.elements, i + 1, e.end + 1):
            out.append((i, e, True))
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


def _body_after(els: list, x: int, at: int) -> bool:
    """ "Về phía tỉnh X có lãnh đạo UBND tỉnh, Sở Ngoại vụ ...": a side that lists bodies, not a
    person (after a lead only: "tỉnh X có 10 huyện" is no side)."""
    while x < len(els) and els[x].end <= at:
        x += 1
    for e in els[x:x + 4]:
        if type(e) is BodyMention or type(e) is Role and e.body is not None and e.start == e.body.start:
            return True
        if not (isinstance(e, Word) and _present(e)):
            return False        # ("đoàn tỉnh X có buổi làm việc với Sở A": the visited side's)
    return False


# the words that may stand between "có" and the bodies of a side that lists bodies, and inside the
# list ("có lãnh đạo UBND tỉnh, đại diện Sở A và các Sở B"); any other word ends the side's list
_PRESENCE = frozenset(("lãnh", "đạo", "đại", "diện", "các", "đồng", "chí", "và", "cùng"))


def _present(w: Word) -> bool:
    """(a word element may hold several syllables: "đại diện")"""
    return all(x in _PRESENCE for x in w.low.split())


_APPOSED = frozenset(tuple(w.split()) for w in _SPEC["apposed"])
_LEADS = tuple(sorted((tuple(w.split()) for w in _SPEC["leads"]), key=len, reverse=True))


def _topics(sv) -> list[tuple[int, LevelMention, bool]]:
    """(index, unit, True) of each unit a clause is fronted on ("Đối với tỉnh X, Thủ tướng phê chuẩn ... đối
    với ông A, Giám đốc Sở Tài chính": roles.yaml posts sides `topics`), at the sentence's start or after
    a mark, a comma right after it."""
    toks, out = sv.toks, []
    if _TOPIC_FIRSTS is not None and _TOPIC_FIRSTS.isdisjoint(sv.lows):
        return out      # (no word a fronting phrase begins with: nineteen sentences in twenty)
    for i, e in enumerate(sv.elements):
        if type(e) is not LevelMention or not e.place_name or e.level not in _SPEC["levels"] or e.end >= len(toks) \
                or toks[e.end].text != ",":
            continue
        lead = next((t for t in _TOPICS if e.start >= len(t) and tuple(x.low for x in toks[e.start - len(t):e.start]) == t), None)
        k = e.start - len(lead) if lead else -1
        if lead and (k <= _REACH or toks[k - 1].text in ",;:"):
            out.append((i, e, True))
    return out


_TOPICS = tuple(tuple(w.split()) for w in _SPEC["topics"])
_TOPIC_FIRSTS = frozenset(t[0] for t in _TOPICS) if all(_TOPICS) else None     # (None: an empty one fronts anything)


def side_units(sv) -> None:
    """The bare bodies of the unit's level in the titles after each side's unit (up to the next
    side's) take that unit's name; after a unit the clause is fronted on (_topics), every bare body of
    its level up to the sentence's end, or to another unit of that level named."""
    topics = _topics(sv)
    cues = sorted(_cues(sv) + topics, key=lambda c: c[0])
    els, toks = sv.elements, sv.toks
    for n, (i, unit, listed) in enumerate(cues):
        stop = cues[n + 1][0] if n + 1 < len(cues) else len(els)
        if (i, unit, listed) in topics:
            _topic_bodies(els[i + 1:stop], unit)
            continue
        for x, e in enumerate(els[i + 1:stop], i + 1):
            if e.start <= unit.end:
                continue        # (the cue's own "có")
            if type(e) is Punct and e.char == ";" and person_after(els, x + 1, e.end):
                continue        # "...; đồng chí B, Phó Chủ tịch UBND tỉnh": the side's next person
            if type(e) is Punct and e.char in ".;" or type(e) is not Punct and toks[e.start].low in _SPEC["verbs"]:
                break           # the side's list ends: another item, another presence ("cùng dự có")
            if listed and type(e) is Word and not _present(e):
                break           # "... Sở A và Sở B đã đến thăm ...": the bodies after are the visited side's
            bm = e.body if type(e) is Role else e if type(e) is BodyMention and listed else None
            if not isinstance(bm, BodyMention) or bm.central or bm.level != unit.level \
                    or bm.unit not in ((unit.unit, None) if listed else (unit.unit,)):
                continue        # (in a list of bodies a department's unit word is not kept: "Sở A" is the side's too)
            if bm.place_name:
                if bm.place_name != unit.place_name:
                    break       # "..., Chủ tịch UBND tỉnh Y": another unit named, the side is over
            else:
                bm.place_name = unit.place_name


def _topic_bodies(els: list, unit: LevelMention) -> None:
    """The bare bodies of the fronted unit's level after it, past any word and mark, up to the sentence's
    end or another unit of that level named."""
    for e in els:
        if type(e) is LevelMention and e.level == unit.level and e.place_name not in (None, unit.place_name):
            return
        bm = e.body if type(e) is Role else e
        if type(bm) is not BodyMention or bm.central or bm.level != unit.level or bm.unit not in (unit.unit, None):
            continue
        if bm.place_name and bm.place_name != unit.place_name:
            return      # ("..., nguyên Giám đốc Sở X tỉnh Y": another unit's body, the topic's are over)
        bm.place_name = bm.place_name or unit.place_name


def committee_places(L: list[Element], toks: list) -> None:
    """ "phía tỉnh X (Trung Quốc) có ông A, Bí thư Huyện ủy B, châu C": in a sentence that names a
    neighbour's country or unit, a name already holds the title, so the short capitalised run right
    after its bare committee ("Huyện ủy", "Tỉnh ủy") is the committee's place (a foreign county the
    gazetteer lacks), never a second holder; read into the committee's name. Only when a separator,
    a bracket or the sentence's end follows the run, and the run has no Vietnamese middle name."""
    types = list(map(type, L))
    if Role not in types or Name not in types:
        return          # (no title or no name: no committee's place to read; tested in C, not at each element)
    k = 2
    while k + 1 < len(L):
        if type(L[k]) is Role and _committee_place_at(L, k, toks):
            r, nm = L[k], L[k + 1]
            r.body.place_name, r.body.end, r.end = nm.text, nm.end, nm.end
            r.body.surface = f"{r.body.surface} {nm.text}"
            del L[k + 1]
        k += 1


def _committee_place_at(L: list[Element], k: int, toks: list) -> bool:
    r, nm = L[k], L[k + 1]
    if type(r) is not Role or type(nm) is not Name or nm.start != r.end or r.body is None \
            or r.body.place_name or r.body.base is None or r.body.base.sort != "committee" or r.body.end != r.end \
            or not 2 <= nm.end - nm.start <= 3 or any(t.low in _MIDDLE_NAMES for t in toks[nm.start:nm.end]):
        return False
    after = L[k + 2] if k + 2 < len(L) else None
    if after is not None and not (type(after) is Punct and after.char in ",;.()–-"):
        return False
    j = k - 1
    while j >= 1 and type(L[j]) is Punct and L[j].char in ",–-" and type(L[j - 1]) is Role:
        j -= 2          # (the titles listed before it: "ông A, Ủy viên ..., Bí thư Huyện ủy B")
    if not (j >= 1 and type(L[j]) is Punct and L[j].char in ",–-" and type(L[j - 1]) is Name):
        return False
    from kg.extract.sentences.names import _abroad_names        # (the names module reads this one's lexicon)
    return any(_abroad_names().match(toks, x) is not None for x in range(len(toks)) if toks[x].is_cap)


def nearest_province(els: list) -> None:
    """In an article about two provinces, a bare province-level mention ("Tỉnh ủy", "UBND
    tỉnh") means the province last named before it in the same sentence, if any. A province named
    in a bracketed aside ("Giám mục Giáo phận X (tại tỉnh Y)") places what the aside is about, not
    the sentence's bodies after it."""
    last: Optional[str] = None
    aside = 0
    for e in els:
        if isinstance(e, Punct) and e.char in "()":
            aside = max(0, aside + (1 if e.char == "(" else -1))
            continue
        for bm in ((e.body,) if isinstance(e, Role) else (e,)) if not aside else ():
            if isinstance(bm, BodyMention) and bm.level == "province":
                if bm.place_name:
                    last = bm.place_name
                elif last is not None:
                    bm.place_name = last
            elif isinstance(bm, LevelMention) and bm.level == "province" and bm.place_name:
                last = bm.place_name

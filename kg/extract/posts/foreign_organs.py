"""The central organs of a neighbouring state, written as ours with the country after them: "Phó
Chủ tịch Quốc hội nước CHDCND Lào", "Chủ tịch nước CHDCND Lào A", "Thủ tướng nước CHDCND Lào B".
The genre's golds name them "Quốc hội Lào", "Chính phủ Lào" (the country's short name) and the
state itself "Nhà nước Cộng hòa Dân chủ Nhân dân Lào" (in full). Read by the places stage through
kg.extract.posts.foreign_titles.foreign_central, where such a body of ours is no longer taken for
ours; roles.yaml foreign_organs holds the words.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import BodyEntry, section
from kg.extract.places.foreign import _countries
from kg.extract.posts.foreign_heads import _foreign_name
from kg.extract.sentences.elements import BodyMention, Name, Punct, Role

_SPEC = section("roles.yaml", "foreign_organs", None) or {}
_FILLERS = frozenset(w.lower() for w in _SPEC.get("fillers") or ())
ORGAN_BODIES = frozenset(_SPEC.get("bodies") or ())     # (read by places.foreign_governments too)
_STATE = dict(_SPEC.get("state") or {})
_PARTIES = dict(_SPEC.get("parties") or {})


def country_after(gz, sv, k: int) -> Optional[tuple[int, int]]:
    """The tokens (start, end) of a country's name written at token k, or after "nước" there
    ("Quốc hội nước CHDCND Lào"); not the first syllable of a Vietnamese unit ("Lào Cai")."""
    toks = sv.toks
    if k < len(toks) and toks[k].low in _FILLERS:
        k += 1
    e = _countries().match(toks, k) if k < len(toks) and toks[k].is_cap else None
    if e is None:
        return None
    m = gz.match_at(sv.text, toks[k].start - sv.start, "legacy")
    if m is not None and m[1] + sv.start > toks[k + e.size - 1].end:
        return None
    return k, k + e.size


def short_country(words: str) -> str:
    """The country as the golds name its organs: "Lào" for "CHDCND Lào" (roles.yaml foreign_organs short)."""
    return (_SPEC.get("short") or {}).get(words, words)


@lru_cache(maxsize=1)
def _expand() -> dict:
    return dict((bodies_yaml().get("missions") or {}).get("expand") or {})


def full_country(words: str) -> str:
    """The country's name written out ("CHDCND Lào", "Lào" -> "Cộng hòa Dân chủ Nhân dân Lào";
    roles.yaml foreign_organs full)."""
    full = (_SPEC.get("full") or {}).get(short_country(words))
    return full or " ".join(_expand().get(w, w) for w in words.split())


def _take(sv, r: Role, name: str, start: int, end: int, need_name: bool) -> bool:
    """The title r takes the body `name` (tokens start to end); the elements it covers go, and
    the capitalised syllables right after are read as a neighbour's name when the scan read none.
    With need_name, only when a name follows (no post to bind else)."""
    els = sv.elements
    x = next((i for i, e in enumerate(els) if e.start >= end), None)
    if x is not None and els[x].start == end and not isinstance(els[x], Name):
        _foreign_name(sv, x)
    if need_name and (x is None or not isinstance(els[x], Name) or els[x].start != end):
        return False
    r.body = BodyMention(start, end, name, base=BodyEntry("open", name, "StateBody"))
    r.end = end
    els[:] = [e for e in els if e is r or not (start <= e.start and e.end <= end)]
    return True


def foreign_organ(gz, sv, e, bm) -> bool:
    """ "Phó Chủ tịch Quốc hội nước CHDCND Lào": a title of one of our central bodies that a
    neighbour has too (roles.yaml foreign_organs bodies), the country written after the body,
    holds that country's body ("Quốc hội Lào"). True when the title took it."""
    if not isinstance(e, Role) or e.body is not bm or bm.base is None or bm.base.canonical not in ORGAN_BODIES \
            or bm.organs or bm.end != e.end:
        return False
    span = country_after(gz, sv, bm.end)
    if span is None:
        return False
    country = " ".join(t.text for t in sv.toks[span[0]:span[1]])
    return _take(sv, e, f"{bm.base.canonical} {short_country(country)}", bm.start, span[1], False)


def foreign_state(gz, sv, r: Role) -> bool:
    """ "Chủ tịch nước CHDCND Lào A": the head of our state's title, the country and a name after
    it: the head of that country's state, named in full ("Nhà nước Cộng hòa Dân chủ Nhân dân Lào")."""
    head = _STATE.get(r.entry.role)
    span = country_after(gz, sv, r.end) if head else None
    if span is None:
        return False
    country = " ".join(t.text for t in sv.toks[span[0]:span[1]])
    return _take(sv, r, f"{head} {full_country(country)}", r.end, span[1], True)


def earlier_titles(sv, r: Role, country: str, lx) -> None:
    """ "Tổng Bí thư, Chủ tịch nước CHDCND Lào A": the titles listed right before a title made a
    neighbour's are that neighbour's too. Our Party's central organs become the organs of that
    country's party (roles.yaml foreign_organs parties) when the lexicon knows them, else no body;
    another central body of ours is none of theirs. A title with its own body ends the list."""
    party_central = bodies_yaml()["completion"]["party_central"]
    party = _PARTIES.get(short_country(country))
    els = sv.elements
    k = next((i for i, e in enumerate(els) if e is r), 0)
    while k >= 2 and isinstance(els[k - 1], Punct) and els[k - 1].char in (",", "-", "–") \
            and isinstance(els[k - 2], Role) and els[k - 2].body is None and els[k - 2].entry.body:
        t = els[k - 2]
        body = t.entry.body
        entry = lx.central_by_name.get(body)
        if body == party_central or entry is not None and entry.parent == party_central:
            implied_organ(t, f"{body.removesuffix(' Đảng')} {party}" if party else "", lx)
        elif entry is not None:
            t.entry = replace(t.entry, body=None, standalone=False)
        else:
            break
        k -= 2


def implied_organ(r: Role, name: str, lx) -> None:
    """Our Party's central title r made the organ `name` of a neighbour's party the text does not
    write (the party only implied, as by the country of the state organ after it): the organ, named
    with the party, with no parent of its own, so that the party is not mentioned (requests11: a
    parent is listed only where the text writes it). No body when the lexicon lacks the organ."""
    entry = lx.central_by_name.get(name)
    r.entry = replace(r.entry, body=None, standalone=False)
    if entry is not None:
        r.body = BodyMention(r.start, r.end, name, base=BodyEntry("open", name, entry.kind))


def later_titles(sv, r: Role, party: str) -> None:
    """ "A, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Phó Chủ tịch Quốc hội, ...":
    a body of ours that a neighbour has too (foreign_organs bodies), written bare in the titles
    listed right after a title of that neighbour's party, is that country's ("Quốc hội Lào")."""
    country = next((c for c, p in _PARTIES.items() if p == party), None)
    els = sv.elements
    k = next((i for i, e in enumerate(els) if e is r), None)
    if country is None or k is None:
        return
    while k + 2 < len(els) and isinstance(els[k + 1], Punct) and els[k + 1].char in (",", "-", "–") \
            and isinstance(els[k + 2], Role):
        t, k = els[k + 2], k + 2
        bm = t.body
        if bm is not None and bm.base is not None and bm.base.canonical in ORGAN_BODIES and not bm.organs \
                and bm.end == t.end and not bm.place_name:
            name = f"{bm.base.canonical} {country}"
            t.body = BodyMention(bm.start, bm.end, name, base=BodyEntry("open", name, "StateBody"))

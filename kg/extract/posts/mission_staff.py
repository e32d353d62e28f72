"""A mission's staff: a diplomat's rank written with no body of its own, then a separator and the
mission it is held in ("bà A – Phó Lãnh sự, Tổng Lãnh sự quán nước X tại Y"), or the envoy's title
that names the mission ("ông B - Tham tán thương mại, Tổng lãnh sự Hàn Quốc tại Thành phố Hồ Chí
Minh": the consulate's counsellor, not its consul general). Read after the missions' titles took
their bodies (mission_titles, below).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.lexicon import BodyEntry, section
from kg.extract.sentences import missions as ms
from kg.extract.sentences.elements import BodyMention, Element, Name, Punct, Role
from kg.extract.sentences.sentences import SentenceView
from kg.read.decode import whole_syllable

_MISSION_STAFF = frozenset(section("roles.yaml", "mission_staff"))
_ENVOYS = frozenset(section("roles.yaml", "mission_envoys"))
_MISSION_HEADS = tuple(ms.mission_spec()[0].values())


def mission_staff(L: list[Element]) -> None:
    """A rank of roles.yaml mission_staff with no body, a separator, then its mission: the rank
    takes the mission, and the separator and what named the mission go."""
    k = 0
    while k + 2 < len(L):
        r, sep, nxt = L[k], L[k + 1], L[k + 2]
        if type(r) is Role and r.body is None and r.entry.role in _MISSION_STAFF and type(sep) is Punct \
                and sep.char in (",", "–", "-"):
            bm = _mission(r, nxt)
            if bm is not None:
                r.body, r.end = bm, nxt.end
                del L[k + 1:k + 3]
        k += 1


def _mission(rank: Role, e: Element) -> Optional[BodyMention]:
    """The mission element e names for the rank before it: a mission's name, or the title of its
    envoy (roles.yaml mission_envoys) with its mission, after a lower rank only."""
    if type(e) is Role and e.entry.role in _ENVOYS and rank.entry.role not in _ENVOYS:
        e = e.body
    if type(e) is BodyMention and e.base is not None and e.base.canonical.startswith(_MISSION_HEADS):
        return e
    return None


def surnamed_diplomats(L: list[Element]) -> None:
    """ "bà Cowley, Tổng Lãnh sự X tại Y": a foreigner addressed by the one word of his family name
    before his mission's title is named whole, not by a given name alone (a Vietnamese "bà Hạnh")
    — only when the word is no Vietnamese syllable and the title after the comma has its mission."""
    for k in range(len(L) - 2):
        nm, sep, r = L[k], L[k + 1], L[k + 2]
        if type(nm) is Name and nm.partial and nm.honorific and type(sep) is Punct and sep.char == "," \
                and type(r) is Role and r.entry.role in _MISSION_STAFF and _mission(r, r.body) is not None \
                and nm.text.isascii() and not whole_syllable(nm.text):
            nm.partial = False


def mission_titles(sv: SentenceView) -> None:
    """ "ông A - Tổng Lãnh sự nước X tại thành phố Y", "B, Đại sứ nước Z tại Việt Nam": a
    diplomat's title heads the mission it names (kg.extract.bodies.title_bodies, bodies.yaml missions),
    written as that stage writes it, so the post and the mission are one body."""
    titles = ms.mission_spec()[0]
    toks = sv.toks
    for e in sv.elements:
        # (a head's deputy is of the mission too: "Phó Tổng Lãnh sự nước X tại Y")
        head = e.entry.role.removeprefix(_DEPUTY) if type(e) is Role else ""
        if type(e) is not Role or e.body is not None or head not in titles:
            continue
        k, hit = ms.country_after(toks, e.end)
        if hit is None or k + hit.size + 1 >= len(toks) or toks[k + hit.size].low not in ms.seat_words():
            continue
        seat = k + hit.size
        city = ms.city(sv, seat + 1)
        if city:
            country = ms.mission_country(ms.text(sv, k, seat))
            name = f"{titles[head]} {country} {toks[seat].text} {city}"
            e.body = BodyMention(e.end, seat + 1, name, base=BodyEntry("open", name, "StateBody"))


_DEPUTY = "Phó "

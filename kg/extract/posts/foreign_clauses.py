"""The foreign side's titles that name no unit of their own, read from the units the sentence names.

A neighbour's or a partner's governor ("Tỉnh trưởng", "Phó Thống đốc": roles.yaml foreign_governors)
is no title of ours: written bare ("ông A, Phó Tỉnh trưởng và đại diện các sở của tỉnh X (Lào)",
"ngài B, Tỉnh trưởng cùng lãnh đạo tỉnh Y đón tiếp"), it heads the government of the foreign unit of
its level the sentence names — the first one after it before the next person, else the nearest one
before it — and never takes the Vietnamese host's province. A foreign official's name, which has
no family name of ours, is read where such a title follows it ("Khăm Phon Xổm - Phó Tỉnh trưởng").
Read by the places stage once the article's foreign units are known (kg.extract.places.foreign),
before the titles are bound.
"""
from __future__ import annotations

from functools import lru_cache
from dataclasses import replace
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.gazetteer import get_gazetteer, name_key
from kg.extract.lexicon import BodyEntry, phrase_matcher, section
from kg.extract.places.foreign import foreign_at
from kg.extract.posts.foreign_heads import _foreign_name, unit_place
from kg.extract.sentences.elements import BodyMention, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.spans import CAPS_STOPS
from kg.extract.posts.foreign_organs import ORGAN_BODIES, country_after
from kg.extract.posts.post_gaps import _SEPS, _W

_GOVERNORS = section("roles.yaml", "foreign_governors")


def _foreign_units(sv, foreign: dict) -> list[tuple[int, str, str]]:
    """(start, unit word, name) of each unit the sentence names that the article marks foreign."""
    return [u[:3] for u in _level_units(sv, foreign) if u[3]]


def _governed(r: Role, units: list, next_person: int) -> Optional[tuple[int, str, str]]:
    """The unit a bare governor's title r heads: the first of its unit word after it and before
    the next person, else the nearest before it; None when the sentence names none."""
    word = _GOVERNORS["roles"].get(r.entry.role)
    mine = [u for u in units if u[1] == word]
    after = [u for u in mine if r.end <= u[0] < next_person]
    if after:
        return after[0]
    before = [u for u in mine if u[0] < r.start]
    return before[-1] if before else None


def _named_after(sv, r: Role, foreign: dict) -> bool:
    """ "Phó Tỉnh trưởng X": a foreign unit's name right after a governor's rank, with no unit
    word, is the unit he heads; its words join the title (so that a name after them is his)."""
    name = foreign_at(sv.toks, r.end, sorted(foreign, key=len, reverse=True))
    if not name:
        return False
    end = r.end + len(name.split())
    word = _GOVERNORS["roles"][r.entry.role]
    body = f"{_GOVERNORS['body']} {word} {name}"
    r.body = BodyMention(r.end, end, body, base=BodyEntry("open", body, _GOVERNORS["kind"]))
    r.end = end
    sv.elements[:] = [e for e in sv.elements if e is r or not (r.body.start <= e.start and e.end <= end)]
    return True


def bare_governors(sv, foreign: dict) -> None:
    """Give each bare governor's title of the sentence the government of the foreign unit it heads."""
    els = sv.elements
    if not foreign or not any(type(e) is Role and e.body is None and e.entry.role in _GOVERNORS["roles"] for e in els):
        return
    units = _foreign_units(sv, foreign)
    for x, r in enumerate(els):
        if type(r) is not Role or r.body is not None or r.entry.role not in _GOVERNORS["roles"]:
            continue
        nxt = els[x + 1] if x + 1 < len(els) else None
        if isinstance(nxt, (LevelMention, BodyMention)) and nxt.start == r.end:
            continue            # "Tỉnh trưởng tỉnh X": the unit written with it (foreign_heads)
        if _named_after(sv, r, foreign):
            continue            # "Phó Tỉnh trưởng X": the unit's name right after the rank
        person = next((e.start for e in els[x + 1:] if type(e) is Name), len(sv.toks))
        unit = _governed(r, units, person)
        if unit is not None:
            name = f"{_GOVERNORS['body']} {unit[1]} {unit[2]}"
            r.body = BodyMention(r.start, r.end, name, base=BodyEntry("open", name, _GOVERNORS["kind"]))


_SEPARATORS = _SEPS       # (a name's titles follow a comma or a dash, as in post_gaps)
_OWN_COUNTRY = frozenset(_W["own_country"])
_ITEM_ENDS = frozenset((";", ":", "."))


def _abroad_title(r: Role, nxt, toks: list, foreign: dict) -> bool:
    """Whether the title r (with the element nxt after it) is a foreign side's: a governor's rank,
    or a body or a unit right after it that the article marks as foreign."""
    if r.entry.role in _GOVERNORS["roles"]:
        return True
    for bm in (r.body, nxt if isinstance(nxt, LevelMention) and nxt.start == r.end else None):
        place = unit_place(toks, bm) if type(bm) is LevelMention else getattr(bm, "place_name", None)
        if place and name_key(place) in foreign:
            return True
    return False


def names_before_titles(sv, foreign: dict) -> None:
    """ "...: Khăm Phon Xổm - Phó Tỉnh trưởng, ...": capitalised syllables the scan read as no name,
    opening a roll-call's item (after ":", ";", an address or the sentence's start) and followed by a
    separator and a chain of titles one of which is a foreign side's, are that official's name."""
    toks, els = sv.toks, sv.elements
    if not foreign:
        return
    for x in range(len(els) - 2, 0, -1):
        sep = els[x]
        if type(sep) is not Punct or sep.char not in _SEPARATORS or type(els[x - 1]) is not Word:
            continue
        k = x
        while k > 0 and type(els[k - 1]) is Word and els[k - 1].end - els[k - 1].start == 1 \
                and toks[els[k - 1].start].is_cap and toks[els[k - 1].start].low not in CAPS_STOPS:
            k -= 1
        opener = els[k - 1] if k else None
        if k == x or not (opener is None or type(opener) is Honorific
                          or type(opener) is Punct and opener.char in _ITEM_ENDS):
            continue
        if _chain_abroad(els, x + 1, toks, foreign):
            _foreign_name(sv, k)


def names_after_titles(sv, foreign: dict) -> None:
    """ "Tỉnh trưởng Sok Dara phát biểu chào mừng ...": capitalised syllables the scan read as no name
    (no family name of ours), right after a foreign side's title (a governor's rank, or a title of a
    body or unit the article marks as foreign), are that official's name, as after a head of
    government's country (_foreign_name: 2 to 5 syllables, no verb of a title-cased line)."""
    toks, els = sv.toks, sv.elements
    # (the titles' indexes read off sv.mentions(), from the last: an edit at a title's next element or
    # after it moves no title before it; the last element is followed by none)
    for x in [x for x, r, _ in reversed(sv.mentions()) if type(r) is Role and x + 1 < len(els)]:
        r, w = els[x], els[x + 1]
        if type(w) is Word and w.start == r.end and toks[w.start].is_cap \
                and (_abroad_title(r, None, toks, foreign) or _country_in_body(sv, r.body)):
            # (the scan may hold two syllables in one word: one word each, as _foreign_name reads them)
            els[x + 1:x + 2] = [Word(k, k + 1, toks[k].low) for k in range(w.start, w.end)]
            _foreign_name(sv, x + 1)


def _country_in_body(sv, bm) -> bool:
    """Whether the body's own words name a country not ours ("Ủy ban Trung ương Mặt trận Lào xây dựng
    đất nước", "Chính phủ Hoàng gia Campuchia"; not "Tỉnh ủy Lào Cai", not "... Việt Nam")."""
    if type(bm) is not BodyMention:
        return False
    gz = get_gazetteer()
    for k in range(bm.start, bm.end):
        span = country_after(gz, sv, k) if sv.toks[k].is_cap else None
        if span is not None and span[1] <= bm.end \
                and " ".join(t.text for t in sv.toks[span[0]:span[1]]) not in _OWN_COUNTRY:
            return True
    return False


def _chain_abroad(els: list, at: int, toks: list, foreign: dict) -> bool:
    """Whether the chain of titles from element `at` (titles, their units, separators) holds a
    foreign side's title."""
    while at < len(els) and type(els[at]) is Role:
        nxt = els[at + 1] if at + 1 < len(els) else None
        if _abroad_title(els[at], nxt, toks, foreign):
            return True
        at += 1 + (type(nxt) is LevelMention)
        if at < len(els) and type(els[at]) is Punct and els[at].char in _SEPARATORS:
            at += 1
    return False


@lru_cache(maxsize=1)
def _council_heads() -> dict:
    """bodies.yaml foreign_councils heads by their words, lower case -> (head, kind)."""
    raw = bodies_yaml().get("foreign_councils") or {}
    return {tuple(h.lower().split()): (h, raw.get("kind") or "StateBody") for h in raw.get("heads") or ()}


def council_after(els: list, k: int, r: Role) -> tuple[int, Optional[tuple]]:
    """ "..., Chủ tịch Hội đồng tỉnh, ...": a title with no body, then the words of a foreign council's
    head (bodies.yaml foreign_councils) and a bare unit word, which the lexicon reads as no body; where
    the chain goes on after them, and (the title, the words' first index, the unit word), else (k, None)."""
    if r.body is not None:
        return k, None
    for words in _council_heads():
        end = k + len(words)
        if end < len(els) and all(type(e) is Word and e.low == w for e, w in zip(els[k:end], words)) \
                and type(els[end]) is LevelMention and not els[end].place_name and els[end].start == els[end - 1].end:
            return end + 1, (r, k, els[end])
    return k, None


def seat_council(sv, council: tuple, unit) -> None:
    """The council a chain's title heads, of the foreign unit the chain names ("Hội đồng tỉnh X")."""
    r, at, lv = council
    els = sv.elements
    if lv.unit != unit.unit or lv not in els:
        return
    head, kind = _council_heads()[tuple(e.low for e in els[at:els.index(lv)])]
    name = f"{head} {lv.unit} {unit_place(sv.toks, unit)}"
    r.body = BodyMention(els[at].start, lv.end, name, base=BodyEntry("open", name, kind))
    r.end = lv.end
    del els[at:els.index(lv) + 1]


def body_unit(toks: list, bm, foreign: dict):
    """The title's body as the foreign unit it names, with the unit's name ("Đảng bộ tỉnh Kep", the
    one-syllable name the scan left a word after it), or None when it names no foreign unit."""
    if type(bm) is not BodyMention or not bm.unit:
        return None
    place = bm.place_name or unit_place(toks, LevelMention(bm.start, bm.end, bm.level, bm.unit, None))
    return replace(bm, place_name=place) if place and name_key(place) in foreign else None


@lru_cache(maxsize=1)
def _abroad_bodies() -> tuple[frozenset, frozenset]:
    """countries.yaml abroad_bodies: (names, sorts) of the bodies a neighbour's unit has too."""
    raw = section("countries.yaml", "abroad_bodies", None) or {}
    return frozenset(raw.get("names") or ()), frozenset(raw.get("sorts") or ())


def _abroad_kind(bm) -> bool:
    names, sorts = _abroad_bodies()
    return type(bm) is BodyMention and bm.base is not None and (bm.base.canonical in names or bm.base.sort in sorts)


def foreign_holders(sv, foreign: dict, surnames: frozenset) -> None:
    """ "..., tỉnh X (Lào); ...: Sổm Phết, Giám đốc Công an tỉnh; ...": a bare body of a province or
    district that a neighbour's unit has too (countries.yaml abroad_bodies), in the title written right
    after a foreign name (its first syllable no family name of ours), is the foreign unit of its level
    the sentence names — the nearest before the title, else the first after — when no unit of ours of
    that level is named between them."""
    els = sv.elements
    if not foreign:
        return
    units = None
    for x in range(2, len(els)):
        r, name = els[x], els[x - 2]
        if type(r) is not Role or not _abroad_kind(r.body) or r.body.place_name or not r.body.unit \
                or type(name) is not Name or type(els[x - 1]) is not Punct or els[x - 1].char not in _SEPARATORS \
                or sv.toks[name.start].low in surnames:
            continue
        units = units if units is not None else _level_units(sv, foreign)
        mine = [u for u in units if u[1] == r.body.unit]
        before = [u for u in mine if u[0] < r.start]
        unit = before[-1] if before else next((u for u in mine if u[0] > r.end), None)
        if unit is not None and unit[3]:
            r.body.place_name = unit[2]


def _level_units(sv, foreign: dict) -> list[tuple[int, str, str, bool]]:
    """(start, unit word, name, foreign?) of each unit the sentence names."""
    out = []
    for _, e, bm in sv.mentions():
        if isinstance(bm, (BodyMention, LevelMention)) and bm.unit:
            place = unit_place(sv.toks, bm) if type(bm) is LevelMention else bm.place_name
            if place:
                out.append((bm.start, bm.unit, place, name_key(place) in foreign))
    return out


# the heads of a foreign state's agencies the lexicon does not know ("Bộ trưởng Bộ X Campuchia"): the
# first word of the name; and the words that may join its parts ("Bộ Giáo dục, Thanh niên và Thể thao X")
_AGENCY_HEADS = frozenset(("bộ", "tổng cục"))
_NAME_JOINS = frozenset((",", "-", "–", "và"))
_AGENCY_MOST = 10       # tokens from the head to the country's end
_STYLE_MOST = 2         # words of a state's style between its organ and the country ("Hoàng gia")


@lru_cache(maxsize=1)
def _clause_words() -> frozenset:
    """roles.yaml headed_offices clause_words but the joiners: the words that end an office's name."""
    spec = section("roles.yaml", "headed_offices", None) or {}
    return frozenset(spec.get("clause_words") or ()) - _NAME_JOINS


def foreign_agencies(sv) -> None:
    """ "ông A, Bộ trưởng Bộ X và Y Campuchia", "Phó Thủ tướng Chính phủ Hoàng gia Campuchia": a title
    with no body, then capitalised words (joined by commas, dashes or "và") that a state's name ends
    — an agency's head word first, or the rest of the name of the central organ the title writes
    ("Chính phủ") — is that state's agency, named as written. Never one of ours (our country ends it)."""
    toks, els = sv.toks, sv.elements
    if not any(type(r) is Role and body is None for _, r, body in sv.mentions()):
        return      # (no title without a body, most sentences: read off the few mentions, not every element)
    for x, r in enumerate(els):
        if type(r) is not Role or r.body is not None or x + 1 >= len(els) or els[x + 1].start != r.end:
            continue
        organ = r.entry.body if r.entry.body in ORGAN_BODIES else None
        start = r.end if organ else els[x + 1].start
        if not organ and not any(" ".join(t.low for t in toks[start:start + n]) in _AGENCY_HEADS for n in (1, 2)):
            continue
        country, end = _country_end(sv, start) or (None, None)
        # (no person inside: "Chủ tịch Quốc hội A thăm Lào" is a name and a verb, no agency; the
        # rest of an organ's name is its style, two words at most: "Hoàng gia X")
        if end is None or organ and country - start > _STYLE_MOST \
                or not organ and any(type(e) is Name and start <= e.start < end for e in els):
            continue
        words = sv.text[toks[start].start - sv.start:toks[end - 1].end - sv.start]
        name = f"{organ} {words}" if organ else words
        r.entry = replace(r.entry, body=None, standalone=False)
        r.body = BodyMention(start, end, name, base=BodyEntry("open", name, "StateBody"))
        r.end = end
        els[x + 1:] = [e for e in els[x + 1:] if e.start >= end]


def _country_end(sv, start: int) -> Optional[tuple[int, int]]:
    """Where a foreign state's name starts and ends that closes the capitalised words from token start
    (within _AGENCY_MOST tokens, through joiners only), or None; never our country."""
    from kg.extract.sentences.missions import mission_spec      # (the world's states, one matcher)
    toks, countries = sv.toks, mission_spec()[2]
    for k in range(start, min(len(toks), start + _AGENCY_MOST)):
        t = toks[k]
        hit = countries.match(toks, k) if t.is_cap and k > start else None
        if hit is not None and (k + hit.size >= len(toks) or not (toks[k + hit.size].is_word and toks[k + hit.size].is_cap)):
            country = " ".join(x.text for x in toks[k:k + hit.size])
            return None if any(c in country for c in _OWN_COUNTRY) else (k, k + hit.size)
        if not (t.is_word and (t.is_cap or t.low in _NAME_JOINS
                               or k > start and toks[k - 1].is_cap and t.low not in _clause_words())) \
                and t.text not in _NAME_JOINS:
            return None         # (a clause word ends the name: "Bộ X thăm Lào" names no agency)
    return None


def foreign_ministry(gz, sv, e, bm) -> bool:
    """ "Thứ trưởng Bộ Quốc phòng Lào": a title of one of our ministries or general departments (an
    agency's head word, _AGENCY_HEADS) with a foreign country right after it holds that state's
    agency, named with the country as written. True when the title took it."""
    toks = sv.toks
    if type(e) is not Role or e.body is not bm or bm.organs or bm.end != e.end or bm.base is None \
            or not any(bm.base.canonical.lower().startswith(h + " ") for h in _AGENCY_HEADS):
        return False
    span = country_after(gz, sv, bm.end)
    if span is None or span[1] - span[0] == 1 and span[1] < len(toks) and toks[span[1]].is_word \
            and toks[span[1]].is_cap:
        return False        # (a one-syllable country run on into a name: "Anh", "Đức" are given names too)
    country = " ".join(t.text for t in toks[span[0]:span[1]])
    if any(c in country for c in _OWN_COUNTRY):
        return False
    name = f"{bm.base.canonical} {country}"
    e.body = BodyMention(bm.start, span[1], name, base=BodyEntry("open", name, "StateBody"))
    e.end = span[1]
    sv.elements[:] = [x for x in sv.elements if x is e or not (bm.end <= x.start and x.end <= span[1])]
    return True


@lru_cache(maxsize=1)
def _people_governments():
    """countries.yaml people_governments: the heads of a neighbour's people's governments."""
    return phrase_matcher(section("countries.yaml", "people_governments", None) or [])


def people_governments(sv, foreign: dict) -> None:
    """ "Phó Chủ tịch Chính phủ nhân dân tỉnh X (Trung Quốc)", "chính quyền Nhân dân huyện Y": the
    head words, then a unit the article marks as foreign, name that unit's government as written
    (its first letter capitalised); a title right before it holds its post there."""
    if not foreign:
        return
    toks, els = sv.toks, sv.elements
    for i, hit in list(_people_governments().find(toks, lows=sv.lows)):
        j = i + hit.size
        lv = next((e for e in els if type(e) is LevelMention and e.start == j), None)
        place = unit_place(toks, lv) if lv is not None else ""
        if not place or name_key(place) not in foreign:
            continue
        end = j + 1 + len(place.split()) if not lv.place_name else lv.end
        head = sv.text[toks[i].start - sv.start:toks[j - 1].end - sv.start]
        name = f"{head[:1].upper()}{head[1:]} {lv.unit} {place}"
        bm = BodyMention(i, end, name, base=BodyEntry("open", name, "StateBody"), level=lv.level, unit=lv.unit,
                         place_name=place)
        title = next((e for e in els if type(e) is Role and (e.end == i and e.body is None
                                                             or e.body is not None and e.body.start == i)), None)
        els[:] = [e for e in els if e is title or not (i <= e.start and e.end <= end)]
        if title is not None:
            title.body, title.end = bm, end
            title.entry = replace(title.entry, body=None, standalone=False)
        else:
            els.insert(next((x for x, e in enumerate(els) if e.start > i), len(els)), bm)


def committee_of_unit(r: Role, unit, lx) -> Optional[BodyMention]:
    """ "Tỉnh ủy viên, Phó Tỉnh trưởng tỉnh X": a membership title of a party committee (the title
    writes the committee, "Tỉnh ủy viên") in a foreign official's chain whose unit is of that
    committee's level is a member of that unit's committee; None when the unit is of another level."""
    entry = lx.committee_by_name.get(r.entry.body or "")
    place = getattr(unit, "place_name", None)
    if entry is None or not place or unit.level != entry.level:
        return None
    return BodyMention(r.start, r.end, f"{entry.canonical} {place}", base=entry, level=entry.level,
                       unit=entry.unit, place_name=place)

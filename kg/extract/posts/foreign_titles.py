"""Titles and bodies of a neighbour's side that our lexicon would read as ours: a title of our
Party's central organs closed by the neighbour's party ("Ủy viên Trung ương Đảng Cộng sản Trung
Quốc"), a central body closed by a country or a foreign unit ("Chính phủ Trung Quốc", "Chính phủ
nhân dân huyện Phú Ninh"), the titles of a foreign delegation's leader ("Đoàn đại biểu tỉnh Sê Kông
do đồng chí A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"). Read by the places stage, once the
article's foreign units are known (kg.extract.places.foreign); a foreign official's post is dropped
rather than made ours. (A diplomat's title and its mission are kg.extract.posts.mission_staff's.)
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word
from kg.extract.places.foreign import _OPENERS, _countries
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import Matcher, phrase_matcher, section
from kg.extract.passes import firsts, triggers
from kg.extract.posts.foreign_clauses import bare_governors, body_unit, committee_of_unit, council_after, \
    foreign_agencies, foreign_holders, foreign_ministry, names_after_titles, names_before_titles, people_governments, \
    seat_council
from kg.extract.posts.foreign_heads import _HEADS_OF_GOVERNMENT, _delegations_governor, _government_of, \
    holders_after_country, unit_place
from kg.extract.posts.foreign_sides import _CUE_REACH, _foreign_unit_name, _unit_cues
from kg.extract.posts.foreign_organs import ORGAN_BODIES, country_after, earlier_titles, foreign_organ, foreign_state, \
    implied_organ, later_titles


@lru_cache(maxsize=1)
def _parties():
    """bodies.yaml `foreign_parties`: the words after "Đảng" that name a neighbour's party."""
    m = Matcher()
    for tail, party in (bodies_yaml().get("foreign_parties") or {}).items():
        m.add(tail, party)
    return m


@lru_cache(maxsize=1)
def _party_names() -> tuple:
    """The neighbours' parties by name (bodies.yaml foreign_parties)."""
    return tuple(sorted(set((bodies_yaml().get("foreign_parties") or {}).values())))


def _ours(body: Optional[str], lx) -> bool:
    """Whether a title's own body is our Party's central committee or one of its organs."""
    party = bodies_yaml()["completion"]["party_central"]
    e = lx.central_by_name.get(body or "")
    return body == party or (e is not None and e.parent == party)


# (the neighbour's party after our titles, or "Đảng" ending the titles' body)
@triggers(lambda: firsts(_parties()) | {"đảng"})
def foreign_party_titles(sv, lx) -> None:
    """A title of our Party's central organs closed by a neighbour's party ("Ủy viên Ban Chấp
    hành Trung ương Đảng Nhân dân Cách mạng Lào", "Ủy viên Bộ Chính trị Đảng Cộng sản Trung
    Quốc") is that party's organ, never ours: the organ's name before the party's when the
    lexicon knows it, else no body (a foreign official's post is dropped rather than made ours)."""
    toks, els = sv.toks, sv.elements
    # (the titles read off sv.mentions(), the same Roles in order: not a pass over every word)
    for r in [e for _, e, _ in sv.mentions() if type(e) is Role and _ours(e.entry.body, lx)]:
        end = r.body.start if r.body is not None else r.end
        if r.body is not None and (r.body.base is None or r.body.base.canonical not in lx.central_by_name):
            continue
        if end < len(toks) and toks[end].low == "đảng" and r.body is not None:
            end += 1                        # "Ủy viên Bộ Chính trị" + the party's body
        hit = _parties().match(toks, end) if end < len(toks) else None
        if hit is None:
            continue
        name = f"{r.entry.body.removesuffix(' Đảng')} {hit.payload}"
        known = name in lx.central_by_name
        r.entry = replace(r.entry, body=name if known else None, standalone=known)
        stop = end + hit.size
        els[:] = [e for e in els if e is r or not (r.end <= e.start and e.end <= stop)]
        r.body, r.end = None, stop
        r.next_char = toks[stop].low if stop < len(toks) and (not toks[stop].is_word or toks[stop].low == "kiêm") else ""
        later_titles(sv, r, hit.payload)    # "..., Phó Chủ tịch Quốc hội": that country's assembly
    for r in [e for _, e, _ in sv.mentions() if type(e) is Role and e.body is not None] if "đảng" in sv.lows else ():
        party = next((p for p in _party_names() if r.body.surface.endswith(p)), None)
        if party:               # "Ủy viên Ban Thường vụ Đảng Nhân dân Campuchia, Phó Chủ tịch Quốc hội"
            later_titles(sv, r, party)


def _country_at(gz, sv, k: int) -> bool:
    """Whether a country's name (bodies.yaml foreign_countries) is written at token k, not as
    the start of a Vietnamese unit's ("Lào", not "Lào Cai"); a name may follow it ("Thủ tướng
    Chính phủ Lào Xỉ Phăn Đon")."""
    toks = sv.toks
    e = _countries().match(toks, k) if k < len(toks) and toks[k].is_cap else None
    if e is None:
        return False
    m = gz.match_at(sv.text, toks[k].start - sv.start, "legacy")
    return m is None or m[1] + sv.start <= toks[k + e.size - 1].end


def foreign_central(gz, sv, lx, foreign: dict) -> None:
    """A central body of ours with a country's name right after it is that country's ("Chính
    phủ Trung Quốc", "Thủ tướng Chính phủ Lào", "Bộ trưởng Bộ Ngoại giao Nga"), and so is one
    before a foreign unit ("Chính phủ nhân dân huyện Phú Ninh"): no body of ours is mentioned,
    and the title holds no post of ours (a ministry's is that state's: foreign_ministry)."""
    foreign_agencies(sv)        # "Bộ trưởng Bộ X Campuchia": an agency the lexicon lacks, named as written
    people_governments(sv, foreign)     # "Chính phủ nhân dân huyện X (Trung Quốc)": that unit's government
    # (only a title or a body mention can be either: sv.mentions() lists them, in order; its
    # third item is a title's body, as `e.body if isinstance(e, Role) else e` was)
    for _, e, bm in sv.mentions():
        if isinstance(bm, BodyMention) and (bm.central or bm.base is not None and bm.base.sort == "central") \
                and (country_after(gz, sv, bm.end) or _unit_after(sv, bm.end, foreign) or _abroad_words(sv.toks, bm.end)):
            if foreign_organ(gz, sv, e, bm):        # "Quốc hội nước CHDCND Lào": that state's organ
                earlier_titles(sv, e, e.body.surface.removeprefix(bm.base.canonical + " "), lx)
            elif not foreign_ministry(gz, sv, e, bm):     # "Thứ trưởng Bộ Quốc phòng Lào": that state's
                bm.generic = True       # (a generic mention is no body: kg.extract.bodies.bodies)
        elif isinstance(e, Role) and e.body is None and e.entry.body in lx.central_by_name \
                and (country_after(gz, sv, e.end) or _unit_after(sv, e.end, foreign)):
            central = e.entry.body
            e.entry = replace(e.entry, body=None, standalone=False)
            span = country_after(gz, sv, e.end)
            if " ".join(t.low for t in sv.toks[e.start:e.end]) in _HEADS_OF_GOVERNMENT and span:
                _government_of(sv, e, central, span)
            elif span:
                foreign_state(gz, sv, e)        # "Chủ tịch nước CHDCND Lào A": that state's head
            if span and e.body is not None:     # "Tổng Bí thư, Chủ tịch nước CHDCND Lào A": his other titles
                earlier_titles(sv, e, " ".join(t.text for t in sv.toks[span[0]:span[1]]), lx)
    if not foreign:
        # "Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước A": the name after a neighbour's
        # body's title, in a story that names no foreign unit (foreign_chains reads it where one is)
        names_after_titles(sv, foreign)


def _abroad_words(toks: list, k: int) -> bool:
    """Whether words that only a neighbour's body has follow at token k ("Chính phủ nhân dân
    Khu tự trị ...": a people's government of China or Laos; bodies.yaml foreign_central_tails)."""
    for tail in bodies_yaml().get("foreign_central_tails") or ():
        words = tail.lower().split()
        if [t.low for t in toks[k:k + len(words)]] == words:
            return True
    return False


def _unit_after(sv, k: int, foreign: dict) -> bool:
    """Whether a unit the article marks as foreign is named at token k, after at most two
    lower-case words ("nhân dân")."""
    for e in sv.elements:
        if isinstance(e, (BodyMention, LevelMention)) and k <= e.start <= k + 2 and e.place_name \
                and name_key(e.place_name) in foreign \
                and all(t.is_word and not t.is_cap for t in sv.toks[k:e.start]):
            return True
    return False


def _side(sv, d: int, lx, foreign: dict):
    """The foreign side a delegation written before token d belongs to ("Đoàn đại biểu tỉnh Sê
    Kông do ...", "Đoàn đại biểu Đảng Cộng sản Trung Quốc do ..."): (party, unit mention) of the
    first body or unit named after the delegation's head word, when it is foreign and no
    Vietnamese unit is named there; None otherwise."""
    toks = sv.toks
    head = max((k + e.size for k, e in _heads().find(toks) if k + e.size <= d), default=0)
    parties = set((bodies_yaml().get("foreign_parties") or {}).values())
    side = None
    for e in sv.elements:
        bm = e.body if isinstance(e, Role) else e
        if not head <= e.start < d or not isinstance(bm, (BodyMention, LevelMention)) or getattr(bm, "generic", False):
            continue
        party = isinstance(bm, BodyMention) and bm.base is not None and bm.base.canonical in parties
        place = unit_place(toks, bm)        # (a one-syllable neighbour's unit too: "tỉnh Takeo")
        abroad = bool(place) and name_key(place) in foreign
        if place and not abroad:
            return None                     # a Vietnamese unit in the delegation's name
        if side is None and (party or abroad):
            if abroad and not bm.place_name:
                bm = replace(bm, place_name=place)      # ("tỉnh Xamư": the one-syllable name after the unit word)
            side = (bm.base.canonical if party else None, None if party else bm)
        elif side is None and not place and (country := _organ_country(bm)):
            return _party_of(country), None     # "đoàn của Quốc hội nước X do ...": that country's organ
        elif side is None and not place:
            return None                     # a body of ours first ("Đoàn công tác Tỉnh ủy ...")
    country = next((" ".join(t.text for t in toks[k:k + e.size]) for k, e in _countries().find(toks, head)
                    if head <= k < d), None)
    if side is None and country is not None:
        return _party_of(country), None     # "Đoàn đại biểu Quốc hội Lào do ...": that country's party
    return side


def _organ_country(bm) -> Optional[str]:
    """The country of a neighbour's central organ named so ("Quốc hội Lào"; foreign_organs bodies), or None."""
    name = bm.base.canonical if isinstance(bm, BodyMention) and bm.base is not None else ""
    return next((name[len(o) + 1:] for o in sorted(ORGAN_BODIES) if name.startswith(o + " ")), None)


@lru_cache(maxsize=1)
def _heads():
    """bodies.yaml `foreign_delegation` heads: the words that open a delegation's name."""
    return phrase_matcher((bodies_yaml().get("foreign_delegation") or {}).get("heads") or [])


def foreign_delegation(sv, lx, foreign: dict) -> None:
    """The titles of the leader of a foreign delegation ("Đoàn đại biểu tỉnh Sê Kông do đồng chí
    A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm trưởng đoàn"; bodies.yaml foreign_delegation)
    are that side's: our Party's central organs become that party's when it is named, else no
    post; a central body of ours is none of theirs; a bare committee of the unit's level is the
    unit's. The titles are those right after the leader's name, up to the first other word."""
    words = bodies_yaml().get("foreign_delegation") or {}
    els, toks = sv.elements, sv.toks
    lows = sv.lows
    if lows.isdisjoint(words.get("leader", ())):
        return              # (no leader's word in the sentence: the pass below finds nothing)
    for i, e in enumerate(els):
        if not (isinstance(e, Word) and e.end - e.start == 1 and toks[e.start].low in words.get("leader", ())):
            continue
        j = i + 1 + (i + 1 < len(els) and not isinstance(els[i + 1], Name))
        if j >= len(els) or not isinstance(els[j], Name) or (side := _side(sv, e.start, lx, foreign)) is None:
            continue
        _leader_titles(els[j + 1:], toks, side, lx)


def _leader_titles(rest: list, toks: list, side: tuple, lx) -> None:
    """The titles right after a foreign name, up to the first other word, made that side's."""
    for x, r in enumerate(rest):
        if isinstance(r, Punct) and r.char in _OPENERS or isinstance(r, Word) and toks[r.start].is_cap:
            continue            # (a capitalised word: a body the lexicon lacks, "Phó Bí thư Khu ủy")
        if not isinstance(r, Role):
            break
        _foreign_title(r, side, lx)
        nxt = rest[x + 1] if x + 1 < len(rest) else None
        if not (isinstance(nxt, LevelMention) and nxt.start == r.end):
            _delegations_governor(r, side[1], toks)


@lru_cache(maxsize=1)
def _side_cues():
    """roles.yaml `foreign_side`: the words that say whose side the names after them are on."""
    return phrase_matcher(section("roles.yaml", "foreign_side", None) or [])


@triggers(lambda: firsts(_side_cues()) | {"có"})     # (a cue, or a unit and "có")
def foreign_side(gz, sv, lx, foreign: dict) -> None:
    """ "Phía Lào có ông A, Ủy viên Trung ương Đảng, ...", "Phía tỉnh Sekong có đồng
    chí B, Bí thư Tỉnh ủy": the names after a cue of a neighbour's side (a country, or a unit the
    article marks as foreign) hold that side's titles, as a foreign delegation's leader does; up
    to the next cue ("..., về phía Việt Nam có ...")."""
    toks, els = sv.toks, sv.elements
    cues = [(k, k + e.size) for k, e in _side_cues().find(toks, lows=sv.lows)
            if k <= _CUE_REACH or toks[k - 1].text in ",;"]
    cues = sorted(cues + _unit_cues(sv, foreign))
    if not cues:
        return
    for n, (k, at) in enumerate(cues):
        stop = cues[n + 1][0] if n + 1 < len(cues) else len(toks)
        side = _country_side(gz, sv, at) or _unit_side(sv, at, foreign)
        if side is None:
            continue
        for x, name in enumerate(els):
            if isinstance(name, Name) and at < name.start < stop:
                _leader_titles([r for r in els[x + 1:] if r.start < stop], toks, side, lx)


def _country_side(gz, sv, at: int) -> Optional[tuple]:
    """(the country's party, None) for a neighbour's country named at token ``at``."""
    if not _country_at(gz, sv, at):
        return None
    hit = _countries().match(sv.toks, at)
    return _party_of(" ".join(t.text for t in sv.toks[at:at + hit.size])), None


def _party_of(country: str) -> Optional[str]:
    """The ruling party of a neighbour's country as written ("Lào", "CHDCND Lào"), or None."""
    parties = set((bodies_yaml().get("foreign_parties") or {}).values())
    party = next((p for p in sorted(parties) if p.endswith(" " + country)), None)
    if party is None and len(country.split()) > 1 and not country.endswith(" Quốc"):
        party = next((p for p in sorted(parties) if p.endswith(" " + country.split()[-1])), None)
    return party


def article_party(gz, views) -> Optional[str]:
    """The party of the one neighbour's country the article names (with a party the lexicon
    knows), or None."""
    found = set()
    for sv in views:
        for k, e in _countries().find(sv.toks):
            if _country_at(gz, sv, k):
                found.add(_party_of(" ".join(t.text for t in sv.toks[k:k + e.size])))
    return next(iter(found)) if len(found) == 1 else None


def foreign_chains(sv, lx, foreign: dict, party: Optional[str]) -> None:
    """ "Tỉnh ủy viên, Phó Tỉnh trưởng tỉnh Sekong Khăm Phăn Xay": a
    chain of titles before a name, one of which is of a unit the article marks as foreign, is
    the titles of that side: our Party's central organs are the party of the country the article
    names (else no post), a bare committee is the unit's."""
    holders_after_country(sv)       # "Thống đốc tỉnh X (Nhật Bản) Sato Ken": the holder's name first
    bare_governors(sv, foreign)     # "ông A, Phó Tỉnh trưởng và lãnh đạo tỉnh X (Lào)"
    names_before_titles(sv, foreign)    # "...; Khăm Phon - Phó Tỉnh trưởng": a foreign official's name
    names_after_titles(sv, foreign)     # "Tỉnh trưởng Sok Dara phát biểu ...": the same, after the title
    foreign_holders(sv, foreign, lx.surnames)      # "Sổm Phết, Giám đốc Công an tỉnh" in a foreign clause
    els = sv.elements
    for x, name in enumerate(els):
        if not isinstance(name, Name) or not x or not isinstance(els[x - 1], (Role, LevelMention)):
            continue        # (after a comma the titles are the previous name's: "A, Tổng Lãnh sự ..., B")
        k = x - 1
        while k >= 0 and (isinstance(els[k], (Role, LevelMention)) or isinstance(els[k], Punct) and els[k].char == ","):
            k -= 1
        chain = els[k + 1:x]
        unit = next((m for e in chain for m in [e.body if isinstance(e, Role) else e]
                     if isinstance(m, (BodyMention, LevelMention)) and m.place_name
                     and name_key(m.place_name) in foreign), None)
        if unit is None:
            continue
        for r in chain:
            if isinstance(r, Role):
                _foreign_title(r, (party, unit), lx)
    _chains_after(sv, lx, foreign, party)


def _chains_after(sv, lx, foreign: dict, party: Optional[str]) -> None:
    """ "Đồng chí A - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh X tiếp đoàn": the chain of titles after a name,
    one of which is of a unit the article marks as foreign, is that side's (as before a name)."""
    els, toks = sv.elements, sv.toks
    for x, name in enumerate(els):
        if not isinstance(name, Name):
            continue
        k, chain, unit, councils = x + 1, [], None, []
        while k + 1 < len(els) and (isinstance(els[k], Punct) and els[k].char in _CHAIN_MARKS
                                    or type(els[k]) is Word and els[k].low == "kiêm") and isinstance(els[k + 1], Role):
            r = els[k + 1]
            chain.append(r)
            k, council = council_after(els, k + 2, r)     # "..., Chủ tịch Hội đồng tỉnh, ..."
            councils += [council] if council else []
            unit = unit or body_unit(toks, r.body, foreign)     # ("Phó Chủ tịch Đảng bộ tỉnh X")
            if k < len(els) and type(els[k]) is LevelMention and els[k].start == r.end:
                place = unit_place(toks, els[k])    # "Tỉnh trưởng tỉnh X": the unit right after a title
                if place and name_key(place) in foreign:
                    unit = unit or replace(els[k], place_name=place)
                k += 1
                k += type(els[k]) is Word and toks[els[k].start].is_cap if k < len(els) else 0     # its name
        for council in reversed(councils) if unit is not None else ():
            seat_council(sv, council, unit)
        for r in chain if unit is not None else ():
            _foreign_title(r, (party, unit), lx)


_CHAIN_MARKS = frozenset((",", "-", "–", "—"))


def _unit_side(sv, at: int, foreign: dict) -> Optional[tuple]:
    """(None, the unit) for a unit the article marks as foreign named at token ``at``."""
    for e in sv.elements:
        bm = e.body if isinstance(e, Role) else e
        if isinstance(bm, (BodyMention, LevelMention)) and e.start == at and bm.place_name \
                and name_key(bm.place_name) in foreign:
            return None, bm
        if type(e) is LevelMention and e.start == at and not e.place_name:
            place = _foreign_unit_name(sv.toks, e, foreign)
            if place:           # "tỉnh Savannakhet": a one-word name the scan left after the unit word
                return None, replace(e, place_name=place)
    return None


def _foreign_title(r: Role, side: tuple, lx) -> None:
    """One title of a foreign delegation's leader made that side's (foreign_delegation)."""
    party, unit = side
    if r.body is None and _ours(r.entry.body, lx):
        implied_organ(r, f"{r.entry.body.removesuffix(' Đảng')} {party}" if party else "", lx)
    elif r.body is None and (r.entry.body in lx.committee_by_name
                             or r.entry.body in lx.central_by_name and r.entry.body not in _foreign_bodies()):
        # ("Tỉnh ủy viên" names the committee of the context: ours, never the delegation's; the
        # foreign unit's own when the chain names one of its level)
        r.body = committee_of_unit(r, unit, lx)
        r.entry = replace(r.entry, body=None, standalone=False)
    elif r.body is not None and (r.body.central or r.body.base is not None and r.body.base.sort == "central") \
            and (r.body.base is None or r.body.base.canonical not in _foreign_bodies()):
        r.body.generic = True
    elif r.body is not None and unit is not None and not r.body.place_name and r.body.level == unit.level:
        r.body.place_name = unit.place_name


@lru_cache(maxsize=1)
def _foreign_bodies() -> frozenset:
    """The neighbours' central bodies the lexicon knows: a foreign party and its organs."""
    parties = set((bodies_yaml().get("foreign_parties") or {}).values())
    return frozenset(e["canonical"] for e in bodies_yaml().get("central") or []
                     if e["canonical"] in parties or e.get("parent") in parties)

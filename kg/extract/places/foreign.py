"""Units of a foreign country an article names: "huyện Tây Lạc, tỉnh Vân Nam (Trung Quốc)",
"tỉnh U Đôm Xay (Nước CHDCND Lào)", "tỉnh Sê Kông (Lào)".

Exchange visits with the neighbouring countries' provinces and counties are a staple of the
genre, and some of those units have Vietnamese namesakes (a Chinese county called like a
district of Quảng Nam). The genre marks a foreign unit by the country written after it, in
brackets or after a comma; a unit so marked once is foreign everywhere in the article: it must
never be read as the Vietnamese unit of that name nor help place the article (kg.extract.places.resolver),
and the bodies named after it keep the name as written (kg.extract.bodies.bodies).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, repeat
from operator import is_
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Role, Word
from kg.extract.gazetteer import _token_key, name_key
from kg.extract.lexicon import phrase_matcher, section
from kg.extract.places.resolver import UNIT_RANKS
# (the seat words have one loader, sentences.missions, which every mission reader shares)
from kg.extract.sentences.missions import seat_words

# what stands between a unit's name and the country that marks it: "(", "," or a dash
_OPENERS = frozenset("(,-–")


@lru_cache(maxsize=1)
def _countries():
    """bodies.yaml `foreign_countries`: the country names that mark a unit as foreign."""
    return phrase_matcher(bodies_yaml().get("foreign_countries") or [])


def _placed(els: list, toks: list) -> list:
    """(start, end, level, unit, name) of each mention in the sentence that writes a unit's name;
    a unit word right before a name read as a person's ("huyện Lục Xuân", Lục a family name) or
    before one capitalised syllable the gazetteer lacks ("tỉnh Xamư", "huyện Pạc") writes that
    name too (the caller keeps only those the country's name follows)."""
    out = []
    for e, nxt in zip(els, els[1:] + [None]):
        bm = e.body if isinstance(e, Role) else e
        if isinstance(bm, (BodyMention, LevelMention)) and bm.place_name \
                and bm.level in ("province", "city", "district"):
            out.append((bm.start, bm.end, bm.level, bm.unit, bm.place_name))
        elif isinstance(e, LevelMention) and not e.place_name and e.level in ("province", "district") \
                and (isinstance(nxt, Name) and not nxt.honorific
                     or isinstance(nxt, Word) and nxt.end - nxt.start == 1 and toks[nxt.start].is_cap) \
                and nxt.start == e.end:
            out.append((e.start, nxt.end, e.level, e.unit, " ".join(t.text for t in toks[nxt.start:nxt.end])))
    return out


def _unknown_unit(toks: list, end: int) -> Optional[int]:
    """Where a unit of a word the lexicon lacks ends before token `end` ("châu Hồng Hà", a
    Chinese prefecture between its county and its province): a lower-case word and one to four
    capitalised ones; its start, or None."""
    k = end - 1
    while k >= 0 and end - k <= 4 and toks[k].is_word and toks[k].is_cap:
        k -= 1
    if 0 <= k < end - 1 and toks[k].is_word and not toks[k].is_cap:
        return k
    # (the unit word capitalised, "..., Châu X, tỉnh Y ...", which the scan reads as a person)
    return k + 1 if k + 1 < end - 1 and toks[k + 1].low in abroad_unit_words() else None


@lru_cache(maxsize=1)
def abroad_unit_words() -> frozenset:
    """people.yaml foreign_unit_words of one word: the unit words of other countries' maps."""
    return frozenset(w.lower() for w in section("people.yaml", "foreign_unit_words", None) or () if " " not in w)


def foreign_units(sv) -> dict[tuple, Optional[str]]:
    """The units the sentence marks as foreign, by name key -> the unit they lie in as written
    ("tỉnh Vân Nam" for "huyện Tây Lạc, tỉnh Vân Nam (Trung Quốc)"), or None."""
    toks = sv.toks
    hits = _country_marks(toks, sv.lows)
    if not hits:
        return {}
    placed = _placed(sv.elements, toks)
    out: dict[tuple, Optional[str]] = {}
    for end in hits:
        # the mention right before the country, then the one before it across a comma
        # ("huyện Tây Lạc, tỉnh Vân Nam (Trung Quốc)": both units are the country's)
        # (a unit of a word the lexicon lacks passes on the chain: "huyện A, châu B, tỉnh C (Trung Quốc)")
        # (the level falls leftwards, "huyện A, tỉnh B": a unit of the same or a higher level is
        # another side of a list, "UBND tỉnh C, tỉnh B, nước Lào và ...", and ends the chain)
        outer, rank = None, _RANKS["central"]      # (above any unit placed)
        while end > 0:
            hit = next((p for p in placed if p[1] == end), None)
            if hit is None:
                start = _unknown_unit(toks, end)
                if start is None:
                    break
                if outer is None and toks[start].low in _UNIT_WORDS:
                    # (the unit the country marks, of a name the scan did not read: "tỉnh A B C nước bạn Lào")
                    out.setdefault(name_key(" ".join(t.text for t in toks[start + 1:end])), None)
                # (a unit word the scan read as a name's, "Châu X": no label for the units before it)
                outer = None if toks[start].is_cap else " ".join(t.text for t in toks[start:end])
            else:
                start, _, level, unit, name = hit
                if _RANKS.get(level, 0) >= rank:
                    break
                rank = _RANKS.get(level, 0)
                out.setdefault(name_key(name), outer)
                outer = f"{unit} {name}" if unit else name
            end = start - 1
            if end < 0 or toks[end].text != ",":
                break
    return out


# (_placed reads a province's, a city's and a district's units only; a neighbour's city at a province's rank)
_RANKS = {**UNIT_RANKS, "city": UNIT_RANKS["province"]}
_UNIT_WORDS = frozenset(("tỉnh", "huyện"))


def _country_marks(toks: list, lows) -> list[int]:
    """Where the unit a country marks ends (exclusive), for each country written after an opener
    ("tỉnh A (Lào)", "tỉnh A, Lào") or after the word "nước" ("tỉnh A, nước CHDCND Lào", "tỉnh
    A nước Cộng hòa Dân chủ Nhân dân Lào": the word may follow the unit with no opener at all)."""
    out = []
    for i, e in _countries().find(toks, lows=lows):
        at = i + (toks[i].low == "nước")            # (the lexicon's "Nước CHDCND Lào" found lower-case)
        s = i - (toks[i].low != "nước" and i > 0 and toks[i - 1].low == "nước")
        if toks[i].low != "nước" and i > 1 and toks[i - 1].low == "bạn" and toks[i - 2].low == "nước":
            s = i - 2                               # "tỉnh A nước bạn Lào": the friendly country
        # the country's name must end there: "Lào Cai", "Nga Sơn" are Vietnamese units
        if s <= 0 or at >= len(toks) or not toks[at].is_cap \
                or i + e.size < len(toks) and toks[i + e.size].is_word and toks[i + e.size].is_cap:
            continue
        if toks[s - 1].text in _OPENERS:
            out.append(s - 1)
        elif s < at or toks[s].low == "nước":
            out.append(s)                           # "tỉnh A nước Lào": the unit ends at "nước"
    return out


@lru_cache(maxsize=1)
def _unit_countries() -> dict[tuple, str]:
    """countries.yaml `units`: the neighbours' and partners' units with no Vietnamese namesake, by
    name key -> the country they are of (the article names them without the country as often as with)."""
    return {name_key(name): country for country, names in (section("countries.yaml", "units", None) or {}).items()
            for name in names}


@lru_cache(maxsize=1)
def _known() -> dict[str, list[tuple]]:
    """The known units (_unit_countries) by the key of their first syllable."""
    out: dict[str, list[tuple]] = {}
    for key in _unit_countries():
        out.setdefault(key[0], []).append(key)
    return out


def unit_country(name: str) -> Optional[str]:
    """The country a known foreign unit is of ("Sê Kông" -> "Lào"), or None."""
    return _unit_countries().get(name_key(name))


def _known_in(sv) -> set[tuple]:
    """The known foreign units the sentence names (capitalised), by name key."""
    known, toks, found = _known(), sv.toks, set()
    for i in sv.caps():         # (the capitalised tokens only, in order)
        t = toks[i]
        if not t.is_word:
            continue
        for key in known.get(_token_key(t.text), ()):
            if foreign_at(toks, i, [key]):
                found.add(key)
    return found


def mark_foreign(views) -> dict[tuple, Optional[str]]:
    """Every unit the article marks as foreign (by name key). A foreign unit's bodies are named as our
    own districts' are, by the unit's name alone ("Huyện ủy X", not "Huyện ủy X tỉnh Y": the golds'
    convention, requests11), so the unit it lies in is not kept (None)."""
    found: dict[tuple, Optional[str]] = {}
    for sv in views:
        for key in foreign_units(sv):
            found.setdefault(key, None)
        for key in _known_in(sv):
            found.setdefault(key, None)
    return found


def foreign_at(toks: list, i: int, keys: list[tuple]) -> Optional[str]:
    """The foreign unit's name written at token i, as written, or None."""
    if i < len(toks) and not toks[i].is_cap:
        return None         # (every key needs a capital at i)
    got: dict[int, tuple] = {}      # (the keys of the n tokens at i, made once for each n)
    for key in keys:
        n = len(key)
        if i + n <= len(toks) and toks[i].is_cap:
            written = got.get(n)
            if written is None:
                written = got[n] = tuple(_token_key(t.text) for t in toks[i:i + n] if t.is_word)
            if written == key:
                return " ".join(t.text for t in toks[i:i + n])
    return None


def close_on_foreign(sv, places) -> None:
    """A bare province-level body whose title the name of a foreign unit closes ("Bun Mi - Bí
    thư Tỉnh ủy, Tỉnh trưởng U Đôm Xay"): the body is that unit's, never the article's province.
    The unit may close a chain of titles after it ("Phó Bí thư Tỉnh ủy kiêm Chủ tịch Ủy ban Chính
    quyền tỉnh Xê Lạp"): the walk stops at a person's name, at a lower-case word outside a
    title or a body and not after a capital (a verb: "tiếp đoàn tỉnh X"; "Chính quyền" goes on),
    at a stop other than a comma or a dash, and at
    a Vietnamese unit's name, and goes no further than twelve tokens."""
    if not places.foreign:
        return
    keys = sorted(places.foreign, key=len, reverse=True)
    toks, els = sv.toks, sv.elements
    stops = {e.start for e in els if isinstance(e, Name)} | _ours_placed(els, places)
    covered = {k for e in els if isinstance(e, (Role, BodyMention, LevelMention)) for k in range(e.start, e.end)}
    for e in els:
        bm = e.body if isinstance(e, Role) else e
        if not isinstance(bm, BodyMention) or bm.place_name or bm.level not in ("province", "city", "district"):
            continue
        for k in range(bm.end, min(bm.end + 12, len(toks))):
            t = toks[k]
            if k in stops or (not t.is_word and t.text not in _OPENERS) \
                    or (t.is_word and not t.is_cap and k not in covered and not toks[k - 1].is_cap):
                break
            name = foreign_at(toks, k, keys)
            if name:
                bm.place_name = name
                break


def _ours_placed(els: list, places) -> set[int]:
    """Where a mention that names a Vietnamese unit starts (the start of its place name's span)."""
    out = set()
    for e in els:
        bm = e.body if isinstance(e, Role) else e
        if isinstance(bm, (BodyMention, LevelMention)) and bm.place_name and not places.is_foreign(bm.place_name):
            out.add(bm.start)
    return out


def _place_head(gz, sv, e: Name, vintage: str) -> tuple[int, bool]:
    """How many syllables of the name candidate e a place's name opens, and whether it is a
    neighbour's unit (countries.yaml units) rather than a Vietnamese province."""
    toks = sv.toks
    for key in _known().get(_token_key(toks[e.start].text), ()):
        if e.start + len(key) <= e.end and foreign_at(toks, e.start, [key]):
            return len(key), True
    pos = toks[e.start].start - sv.start
    m = gz.match_at(sv.text, pos, vintage) or gz.match_at(sv.text, pos, "legacy")
    if m is None or (gz.province(m[0], vintage) or gz.province(m[0], "legacy")) is None:
        return 0, False
    return sum(1 for t in toks[e.start:e.end] if t.end <= m[1] + sv.start), False


def cut_place_heads(gz, sv, vintage: str, surnames: frozenset) -> None:
    """A name candidate that opens with a place's name is the place, then the person: "Chủ
    tịch Quảng Tây Vi Thao", "Bí thư Hà Nội Trần Văn An" (a title, the unit it heads, the
    holder). A neighbour's unit is never part of a name: the rest is the name when it has two
    syllables or more, else there is none. A Vietnamese province opens a real name as well
    ("Hà Nam Hải"), so it is cut only before a full name of its own (a family name and two
    syllables or more)."""
    els = sv.elements
    if Name not in map(type, els):
        return              # (no name candidate: the pass below changes nothing)
    # (the names' indexes, last first, found in C: a change at one index moves only those after it)
    for idx in reversed(list(compress(count(), map(is_, map(type, els), repeat(Name))))):
        e = els[idx]
        if e.end - e.start < 3:
            continue
        n, abroad = _place_head(gz, sv, e, vintage)
        rest = e.end - e.start - n
        if n == 0 or rest <= 0 or not abroad and (rest < 2 or sv.toks[e.start + n].low not in surnames):
            continue
        head = Word(e.start, e.start + n, sv.toks[e.start].low)
        if rest < 2:
            els[idx] = Word(e.start, e.end, sv.toks[e.start].low)
            continue
        e.text = " ".join(e.text.split(" ")[n:])
        e.start += n
        els.insert(idx, head)








def cut_foreign_tails(sv, foreign: dict) -> None:
    """ "Tỉnh trưởng tỉnh Sekong Khăm Phăn Xay": a unit the article marks as foreign
    (or a neighbour's province the lexicon knows), read with the capitalised words after it as
    one unit's name, is the unit, then its holder's name written after it (two syllables or
    more), as the genre writes a title, its unit and the holder."""
    toks, els = sv.toks, sv.elements
    # (the titles and mentions read off sv.mentions(), from the last: a name inserted after one
    # moves none before it; its third item is a title's body, as `e.body if Role else e` was)
    for idx, e, bm in reversed(sv.mentions()):
        if not isinstance(bm, (BodyMention, LevelMention)) or not bm.place_name or bm.end != e.end:
            continue
        words = bm.place_name.split(" ")
        start = bm.end - len(words)
        if len(words) < 3 or start < 0 or [t.text for t in toks[start:bm.end]] != words:
            continue
        n = next((m for m in range(1, len(words) - 1) if _abroad(words[:m], foreign)), 0)
        if not n or not all(t.is_cap and not t.is_upper for t in toks[start + n:bm.end]):
            continue
        tail = " ".join(words[n:])
        bm.place_name, bm.end = " ".join(words[:n]), start + n
        if isinstance(bm, BodyMention) and bm.surface.endswith(" " + tail):
            bm.surface = bm.surface[:-len(tail) - 1]
        if isinstance(e, Role):
            e.end = bm.end
            e.next_char = ""
        end = _name_goes_on(toks, els, idx + 1, start + len(words), len(words) - n)
        if end > start + len(words):
            tail = " ".join(t.text for t in toks[start + n:end])
        els.insert(idx + 1, Name(start + n, end, tail))
        sv.has_names = True


_NAME_MOST = 6      # syllables of a neighbour's name ("Khăm Khăn Chăn Thạ Vy Sục")


def _name_goes_on(toks: list, els: list, at: int, end: int, size: int) -> int:
    """Where the holder's name cut off a unit's name ends: the capitalised one-syllable words right
    after it ("Xổm Xụ Đa Phon": the unit's name stopped before "Đa", which begins Vietnamese
    place names), no common word of a title-cased line; those words leave the elements."""
    from kg.extract.sentences.spans import CAPS_STOPS       # (the sentences stage imports this module)
    while at < len(els) and size < _NAME_MOST and type(els[at]) is Word and els[at].start == end \
            and els[at].end == end + 1 and toks[end].is_cap and not toks[end].is_upper and toks[end].is_word \
            and toks[end].low not in CAPS_STOPS and toks[end].start - toks[end - 1].end == 1:
        del els[at]
        end, size = end + 1, size + 1
    return end


def _abroad(words: list[str], foreign: dict) -> bool:
    key = name_key(" ".join(words))
    return key in foreign or key in _known().get(key[0], ())


def unname_foreign(sv, foreign: dict) -> list[tuple]:
    """A unit the article marks as foreign read as a person's name ("Bí thư Huyện ủy Lục Xuân
    làm trưởng đoàn", Lục a family name): the place, never a person (close_on_foreign then
    gives the committee before it its name). Returns (level, unit, name) of those written
    after a unit word ("huyện Lục Xuân"): units the article names."""
    els, named = sv.elements, []
    if not foreign or Name not in map(type, els):
        return named        # (nothing marked foreign, or no name: the pass below changes nothing)
    for idx, e in enumerate(els):
        if isinstance(e, Name) and not e.honorific and name_key(e.text) in foreign:
            els[idx] = Word(e.start, e.end, sv.toks[e.start].low)
            before = els[idx - 1] if idx else None
            if isinstance(before, LevelMention) and before.end == e.start and not before.place_name:
                named.append((before.level, before.unit, e.text))
    return named


def mission_seat(sv, start: int) -> bool:
    """Whether the unit named at token `start` is the seat of a country's mission, written after
    the country and a seat word ("Tổng Lãnh sự Vương quốc Campuchia tại TP.HCM", "Đại sứ quán
    Lào tại Hà Nội"; bodies.yaml foreign_seat_words): not where the story is."""
    toks, k = sv.toks, start - 1
    if k < 1 or toks[k].low not in seat_words():
        return False
    return any(i + e.size == k for i, e in _countries().find(toks, max(0, k - 8)))

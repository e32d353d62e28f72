"""A diplomat named after his title and mission with no honorific: "Đại sứ đặc mệnh toàn quyền nước X
tại Việt Nam A B", "Tổng Lãnh sự Y C", "Tổng lãnh sự D E dẫn đầu". The name reader takes a run of
capitalised syllables for a person only after an honorific or from a family name it knows; a
foreign diplomat's name has neither, and the genre writes it right after the title and its mission
(bodies.yaml missions). Read by the sentences stage right after the scan, so that the places, bodies
and posts stages all see the name and the mission, and the title binds the name as any title before
a name does (kg.extract.posts.post_grammar).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.lexicon import BodyEntry, section
# (the one gazetteer test, cached, that the officials stage refuses a place-named official by)
from kg.extract.officials import is_place
from kg.extract.passes import triggers
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Role, Word
from kg.extract.sentences.missions import city as _city, country_after, mission_country, mission_spec as _mission_spec, \
    seat_words as _seat_words, text as _text

_DEPUTY = "Phó "
_LONGEST = 4            # syllables of a diplomat's name read so
_OTHER_OFFICE = frozenset(section("bodies.yaml", "missions")["other_offices_before"])
_TITLE_ENDS = frozenset(t.split()[-1].lower() for t in _mission_spec()[0])      # "sứ", "sự"


@triggers(lambda: _TITLE_ENDS)     # (the last word of a diplomat's title)
def mission_holders(sv) -> bool:
    """The capitalised words no reader took right after a diplomat's title and its mission made the
    diplomat's name; never a country ("Đại sứ Hàn Quốc tại Việt Nam" names no one). A mission
    written whole before the name ("... nước X tại Việt Nam A") becomes the title's body, as
    foreign_titles.mission_titles names it, so that the title binds the name right after it.
    Whether a name was read."""
    titles, _, countries = _mission_spec()
    L, toks = sv.elements, sv.toks
    named = False
    for x in range(len(L) - 1, -1, -1):
        e = L[x]
        head = e.entry.role.removeprefix(_DEPUTY) if type(e) is Role else ""
        if type(e) is not Role or e.body is not None or head not in titles \
                or e.start >= 1 and toks[e.start - 1].low in _OTHER_OFFICE:
            continue            # ("Phó Đại sứ", "Tham tán Đại sứ quán": another office than the title read)
        span = _mission(sv, e.end)
        if span is None:
            continue
        k, mission = span
        if k >= len(toks) or countries.match(toks, k) is not None:
            continue
        y = next((y for y in range(x + 1, len(L)) if L[y].start == k), None)
        if y is not None and type(L[y]) is Name and not L[y].honorific:
            z = y + 1           # (a name the reader took: "... tại Lào Nguyễn Văn A")
        else:
            z = _name_end(L, toks, y) if y is not None else y
            if z is None or z - y < 2:
                continue        # (one syllable: a family name written alone, "Tổng Lãnh sự X A", merges with no one)
            end = L[z - 1].end
            L[y:z] = [Name(k, end, sv.text[toks[k].start - sv.start:toks[end - 1].end - sv.start])]
        if mission:
            name = f"{titles[head]} {mission}"
            e.body = BodyMention(e.end, k, name, base=BodyEntry("open", name, "StateBody"))
            del L[x + 1:y]          # (the mission's words: the title now touches the name)
        named = True
    if named:
        sv.has_names = True     # (the scan found no name: the posts stage reads the sentence now)
    return named


def _name_end(L: list, toks: list, y: int) -> Optional[int]:
    """The element after a run of up to four capitalised syllables no reader took, from element y;
    y for none; None for a longer capitalised run (a title or body the lexicon lacks)."""
    z = y
    while z < len(L) and z - y < _LONGEST and type(L[z]) is Word and L[z].end - L[z].start == 1 \
            and toks[L[z].start].is_cap and not toks[L[z].start].is_upper \
            and (z == y or toks[L[z].start].start - toks[L[z].start - 1].end == 1):
        z += 1
    if z < len(L) and type(L[z]) is Word and toks[L[z].start].is_cap:
        return None
    return z


def _mission(sv, k: int) -> Optional[tuple[int, str]]:
    """The token after the mission written from token k, and the mission's name after its head
    word ("Lào tại Việt Nam"; "" when no seat is written): its fillers ("đặc mệnh toàn quyền",
    "nước"), its country and its seat ("tại Việt Nam", "tại TP. Hồ Chí Minh": a country or a
    place the scanner read); k itself when none is written; None for a seat the scanner did not read."""
    _, _, countries = _mission_spec()
    toks = sv.toks
    k, hit = country_after(toks, k)
    if hit is None:
        return k, ""
    country, k = mission_country(_text(sv, k, k + hit.size)), k + hit.size
    if k + 1 >= len(toks) or toks[k].low not in _seat_words():
        return k, ""
    seat = countries.match(toks, k + 1)
    if seat is not None:
        return k + 1 + seat.size, f"{country} {toks[k].text} {_text(sv, k + 1, k + 1 + seat.size)}"
    place = next((e for e in sv.elements if e.start == k + 1 and type(e) is LevelMention and e.place_name), None)
    if place is None:       # a city written without its unit word, read as plain words ("tại Đà Nẵng")
        place = next((e for e in sv.elements if e.start == k + 1 and type(e) is Word and e.end - e.start <= 3
                      and toks[k + 1].is_cap and is_place(_text(sv, e.start, e.end))), None)
    if place is None:
        return None
    seat = _city(sv, k + 1) if type(place) is LevelMention else _text(sv, place.start, place.end)
    return place.end, f"{country} {toks[k].text} {seat}"

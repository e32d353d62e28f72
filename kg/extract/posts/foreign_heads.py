"""The heads of a neighbour's government and units, named as the genre's golds write their bodies:
a governor ("Tỉnh trưởng tỉnh Kep", or bare as a delegation's leader) heads "Chính quyền tỉnh Kep", a
head of government written with the country before his name ("Thủ tướng Campuchia A") heads
"Chính phủ Campuchia"; a neighbour's organisation with provincial chapters written before a unit is
the chapter. Split from kg.extract.posts.foreign_titles, which calls the first two while the places
stage reads the foreign side; the posts stage calls foreign_governments and foreign_chapters.
"""
from __future__ import annotations

from kg.extract.gazetteer import name_key
from kg.extract.lexicon import BodyEntry, section
from kg.extract.places.foreign import _countries
from kg.extract.sentences.elements import BodyMention, Element, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.spans import CAPS_STOPS, MIDDLE_NAMES


_GOVERNORS = section("roles.yaml", "foreign_governors")


def foreign_governments(L: list[Element], toks: list) -> None:
    """ "ngài A – Tỉnh trưởng tỉnh Kep", "ông B – Huyện trưởng huyện Svay Anto": a governor of a
    neighbour's unit heads that unit's government, named as the genre's golds write it ("Chính
    quyền tỉnh Kep"; roles.yaml foreign_governors)."""
    if Role not in map(type, L):
        return          # (no title: the pass below changes nothing)
    k = 0
    while k + 1 < len(L):
        r, lv = L[k], L[k + 1]
        if type(r) is Role and r.body is None and r.entry.role in _GOVERNORS["roles"] and lv.start == r.end:
            unit = _GOVERNORS["roles"][r.entry.role]
            if type(lv) is LevelMention and lv.unit == unit:
                _take_unit(L, k, toks, _GOVERNORS["body"], _GOVERNORS["kind"])
            elif type(lv) is Word:
                _take_written_unit(L, k, toks, unit)
        k += 1


def _take_written_unit(L: list[Element], k: int, toks: list, unit: str) -> None:
    """ "Phó Đô trưởng thủ đô X": a unit word the places stage reads as no unit (the capital a Lao
    "Đô trưởng" heads), written in plain words right after the title, then the unit's capitalised name
    (at most four syllables): the title heads that unit's government."""
    words = unit.split()
    at = L[k].end
    if tuple(t.low for t in toks[at:at + len(words)]) != tuple(words):
        return
    end = start = at + len(words)
    while end < len(toks) and toks[end].is_word and toks[end].is_cap and end - start < 4:
        end += 1
    if end == start:
        return
    name = f"{_GOVERNORS['body']} {unit} " + " ".join(t.text for t in toks[start:end])
    _head(L, k, at, end, name, _GOVERNORS["kind"])


_FOREIGN_CHAPTERS = frozenset(section("roles.yaml", "foreign_chapters"))


def foreign_chapters(L: list[Element], toks: list) -> None:
    """ "ông A - Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh X": a neighbour's organisation that
    has chapters in its provinces (roles.yaml foreign_chapters), written right before a unit of
    that neighbour, is its chapter there, not the national one."""
    if LevelMention not in map(type, L) or Role not in map(type, L):
        return          # (no title, or no unit word: the pass below changes nothing)
    k = 0
    while k + 1 < len(L):
        r, lv = L[k], L[k + 1]
        bm = r.body if type(r) is Role else None
        if bm is not None and bm.base is not None and bm.base.canonical in _FOREIGN_CHAPTERS and not bm.organs \
                and type(lv) is LevelMention and lv.start == r.end and lv.unit in ("tỉnh", "huyện"):
            _take_unit(L, k, toks, bm.base.canonical, bm.base.kind)
        k += 1


def _take_unit(L: list[Element], k: int, toks: list, head: str, kind: str) -> None:
    """The title at k takes the body `head` of the unit written right after it (L[k + 1])."""
    r, lv = L[k], L[k + 1]
    place, end = lv.place_name, lv.end
    if not place:
        # a one-syllable name the scan does not take for a unit's ("tỉnh Kep"): the
        # capitalised words right after the unit word
        while end < len(toks) and toks[end].is_word and toks[end].is_cap and end - lv.end < 4:
            end += 1
        place = " ".join(t.text for t in toks[lv.end:end])
    if place and end + 1 < len(toks) and toks[end].low == "-" \
            and toks[end + 1].low in _GOVERNORS.get("unit_suffixes", ()):
        place, end = f"{place}-{toks[end + 1].low}", end + 2     # "tỉnh Jeonnam –do"
    if place:
        _head(L, k, r.body.start if r.body is not None else lv.start, end, f"{head} {lv.unit} {place}", kind)


def _head(L: list[Element], k: int, start: int, end: int, name: str, kind: str) -> None:
    """The title at k heads the open body `name` written from token start to end, whose elements it takes."""
    r = L[k]
    r.body = BodyMention(start, end, name, base=BodyEntry("open", name, kind))
    r.end = end
    while k + 1 < len(L) and L[k + 1].start < end:
        del L[k + 1]


def unit_place(toks: list, lv) -> str:
    """The name of the unit a mention writes; for a one-syllable name the scan does not take for
    a unit's ("tỉnh Kep", "tỉnh Takeo"), the capitalised words right after the unit word."""
    if type(lv) is not LevelMention:
        return lv.place_name or ""
    if lv.place_name:
        # (a country the scan ran into, "tỉnh Kandal Campuchia": the unit's name stops before it)
        k = next((k for k in range(lv.start + 2, lv.end) if _countries().match(toks, k)), None)
        return lv.place_name if k is None else " ".join(t.text for t in toks[lv.start + 1:k])
    end = lv.end
    while end < len(toks) and toks[end].is_word and toks[end].is_cap and end - lv.end < 4 \
            and not (end > lv.end and _countries().match(toks, end)):
        end += 1        # (up to the country written right after it, "tỉnh Kandal Campuchia")
    return " ".join(t.text for t in toks[lv.end:end])


def _delegations_governor(r: Role, unit, toks: list) -> None:
    """ "Đoàn đại biểu tỉnh X do ngài A - Tỉnh trưởng làm trưởng đoàn": a governor's title written
    bare (no unit after it) is that of the delegation's unit, named as foreign_governments names it."""
    place = unit_place(toks, unit) if unit is not None else ""
    if r.body is None and place and unit.end <= r.start and _GOVERNORS["roles"].get(r.entry.role) == unit.unit:
        name = f"{_GOVERNORS['body']} {unit.unit} {place}"
        r.body = BodyMention(r.start, r.end, name, base=BodyEntry("open", name, _GOVERNORS["kind"]))


# the titles that head a country's government, written bare right before the country: "Thủ tướng
# Campuchia A", "Thủ tướng Chính phủ nước CHDCND Lào B" (roles.yaml foreign_governors; lower case).
_HEADS_OF_GOVERNMENT = frozenset(h.lower() for h in _GOVERNORS.get("heads_of_government") or ())


def _government_of(sv, r: Role, central: str, span: tuple[int, int]) -> None:
    """ "Thủ tướng Campuchia A": a head of government written with the country (tokens `span`,
    maybe after "nước") and then his name heads that country's government, named as the genre's
    golds write it, by the country's short name ("Chính phủ Campuchia", "Chính phủ Lào" for "Thủ
    tướng nước CHDCND Lào"); the country's words become part of the title, so that the name right
    after takes it."""
    from kg.extract.posts.foreign_organs import short_country     # (it reads names through this module)
    toks, els = sv.toks, sv.elements
    end = span[1]
    x = next((i for i, e in enumerate(els) if e.start >= end), None)
    if x is not None and els[x].start == end:
        _foreign_name(sv, x)         # "Hun Sen": a neighbour's name, of no family name we know
    if x is None or not isinstance(els[x], Name) or els[x].start != end:
        return          # no name right after the country: "Thủ tướng Lào cho biết" stays no post
    country = short_country(" ".join(t.text for t in toks[span[0]:end]))
    name = f"{central} {country}"
    r.body = BodyMention(r.end, end, name, base=BodyEntry("open", name, "StateBody"))
    r.end = end
    els[:] = [e for e in els if e is r or not (r.body.start <= e.start and e.end <= end)]


_NAME_STOPS = frozenset(_GOVERNORS.get("name_stops") or ())
_NAME_MAX = 5           # syllables of a neighbour's name ("Xỉ Phăn Đon", "Thoong Xỉ Xổ Lít")


def _foreign_name(sv, x: int) -> None:
    """The capitalised syllables from element x on (2 to _NAME_MAX of them, words or names the
    scan read, touching one another) made one name: the person a neighbour's head-of-government
    title introduces ("Khăm Phăn Phôm Ma Thắt", which the scan cuts at the family name "Ma"). No
    common word of a title-cased line ("Cho Biết", people.yaml caps_stops) is a syllable of it."""
    toks, els = sv.toks, sv.elements

    def part(y: int) -> bool:
        e = els[y]
        return (type(e) is Name and not e.partial or type(e) is Word and e.end - e.start == 1) \
            and (y == x or e.start == els[y - 1].end) \
            and all(t.is_cap and t.is_word and t.low not in CAPS_STOPS and t.low not in _NAME_STOPS
                    for t in toks[e.start:e.end])
    y = x
    while y < len(els) and part(y) and els[y].end - els[x].start <= _NAME_MAX:
        y += 1
    if y > x and y < len(els) and type(els[y]) is Name and els[y].start == els[y - 1].end:
        _cut_at_verb(sv, y)         # "Ma Thắt Tiếp Đoàn": the scan's name runs on into a verb
        if part(y) and els[y].end - els[x].start <= _NAME_MAX:
            y += 1
    start, end = els[x].start, els[y - 1].end if y > x else els[x].start
    if not 2 <= end - start <= _NAME_MAX or y < len(els) and part(y) or y - x == 1 and type(els[x]) is Name:
        return          # (a longer run: an honorific style and the name, "Samdech ... Hun Sen"; unread)
    els[x:y] = [Name(start, end, " ".join(t.text for t in toks[start:end]))]
    sv.has_names = True


def holders_after_country(sv) -> None:
    """ "tiếp Thống đốc tỉnh X (Nhật Bản) Sato Ken": a title and its unit, the country in brackets,
    then capitalised syllables the scan read as no name (a foreign name has no family name of ours):
    the holder's name, as after a head of government's country (_foreign_name)."""
    toks, els = sv.toks, sv.elements
    for x in range(len(els) - 3, 0, -1):
        opener, before = els[x], els[x - 1]
        if type(before) is Word and x > 1 and type(els[x - 2]) is LevelMention and els[x - 2].end == before.start:
            before = els[x - 2]         # "tỉnh Kep (Campuchia)": a one-syllable name the scan left a word
        if type(opener) is not Punct or opener.char != "(" \
                or not isinstance(before, (Role, LevelMention, BodyMention)) or els[x - 1].end != opener.start:
            continue
        hit = _countries().match(toks, opener.end)
        close = opener.end + hit.size if hit is not None else None
        if close is None or close >= len(toks) or toks[close].text != ")":
            continue
        y = next((i for i in range(x + 1, len(els)) if els[i].start > close), None)
        if y is not None and type(els[y]) is Word and els[y].start == close + 1:
            _foreign_name(sv, y)


def _cut_at_verb(sv, y: int) -> None:
    """A name the scan read on into a title-cased verb ("Ma Thắt Tiếp Đoàn") cut before the verb;
    the rest is left as words."""
    toks, e = sv.toks, sv.elements[y]
    cut = next((k for k in range(e.start + 1, e.end) if toks[k].low in CAPS_STOPS or toks[k].low in _NAME_STOPS), None)
    if cut is not None:
        rest = [Word(k, k + 1, toks[k].low) for k in range(cut, e.end)]
        sv.elements[y:y + 1] = [Name(e.start, cut, " ".join(t.text for t in toks[e.start:cut]))] + rest


def foreign_named(name: str, sv, places, lx) -> bool:
    """Whether the name is a neighbour's official's: syllables joined by hyphens, or a first syllable
    no family name of ours in a sentence that names a unit the article marks as foreign ("Đoàn tỉnh
    X do đồng chí Bun Phết Xổm - ..., Bí thư Tỉnh Đoàn"): a body of ours the titles do not write, which
    the story's place would complete, is none of his (posts._placed_by_context)."""
    if "-" in name:
        return True
    foreign = getattr(places, "foreign", None)      # (the places stage's: kg.extract.places.foreign)
    words = name.lower().split()
    if not foreign or words[0] in lx.surnames or words[1:2] and words[1] in MIDDLE_NAMES:
        return False    # ("Chúng Thị A": a middle name of ours, a family name the lexicon lacks)
    return any(type(e) in (LevelMention, BodyMention) and e.place_name and name_key(e.place_name) in foreign
               for e in sv.elements)

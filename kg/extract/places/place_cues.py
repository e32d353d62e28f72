"""Where the genre says a place without a body around it: a unit name written after its level
word in lower case ("huyện ủy Thanh chương"), a province named bare inside a quoted title
(chương trình “Tuổi trẻ Phú Yên”), after a cue ("Tại điểm cầu Thái Bình"), opening the headline
before a colon ("Hưng Yên: ..."), or a commune's district in brackets ("xã Tân Mỹ (Ba Tri)").
Read by the places stage (kg.extract.places.places); a portal's banner is read by
kg.extract.places.portal_banners.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import LevelMention, Name, Word
from kg.extract.lexicon import after_person_word, phrase_matcher, section

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _title_quotes() -> tuple[re.Pattern, tuple]:
    """bodies.yaml `title_quotes`: the marks around a quoted title (group 1: its text); the opening marks."""
    pairs = bodies_yaml().get("title_quotes") or []
    alts = (f"{re.escape(a)}([^{re.escape(a + b)}]{{3,80}}){re.escape(b)}" for a, b in pairs)
    return re.compile("|".join(alts)), tuple(a for a, _ in pairs)


def lowered_tail(gz, toks: list, j: int) -> Optional[str]:
    """A unit name written after its level word with a lower-case syllable ("huyện ủy Thanh
    chương"): a capitalised first syllable and the rest that fold to a unit's name."""
    if j >= len(toks) or not toks[j].is_word or not toks[j].is_cap or toks[j].is_upper:
        return None
    for n in (4, 3, 2):
        run = toks[j:j + n]
        if len(run) < n or not all(t.is_word and not t.is_cap for t in run[1:]):
            continue
        name = " ".join(t.text for t in run)
        hits = {p.name for p in gz.lookup(name, None, "legacy") if p.level in ("province", "district")}
        if len(hits) == 1:
            return next(iter(hits))
    return None


def quoted_provinces(gz, sv, vintage: str) -> set[str]:
    """Provinces named bare inside a quoted title (chương trình “Tuổi trẻ Phú Yên”): the
    name opens the title or follows a lower-case word (after a capitalised one it ends a
    person's name: “Phạm Thái Bình”), and no capitalised word follows it."""
    found: set[str] = set()
    # (no opening mark, as in most sentences: `in` finds one faster than the search tries each character)
    for m in (_title_quotes()[0].finditer(sv.text) if any(map(sv.text.__contains__, _title_quotes()[1])) else ()):
        span = next(g for g in m.groups() if g is not None)
        words = list(_WORD.finditer(span))
        for k, w in enumerate(words):
            if k and not words[k - 1].group()[0].islower():
                continue
            hit = gz.match_at(span, w.start(), vintage) or gz.match_at(span, w.start(), "legacy")
            if hit is None or gz.province(hit[0], "legacy") is None:
                continue
            rest = span[hit[1]:].lstrip(" -–")
            if not rest or not rest[0].isupper():
                found.add(hit[0])
    return found


@lru_cache(maxsize=1)
def _place_cues():
    """bodies.yaml `place_cues`: words after which a bare province is where the article is."""
    return phrase_matcher(bodies_yaml().get("place_cues") or [])


def _province_at(gz, sv, k: int, vintage: str) -> Optional[tuple[str, int]]:
    """The province named bare at token k (its name and the token after it), or None."""
    toks = sv.toks
    if k >= len(toks) or not toks[k].is_cap:
        return None
    m = gz.match_at(sv.text, toks[k].start - sv.start, vintage) \
        or gz.match_at(sv.text, toks[k].start - sv.start, "legacy")
    if m is None or (gz.province(m[0], vintage) or gz.province(m[0], "legacy")) is None:
        return None
    end = k
    while end < len(toks) and toks[end].start < m[1] + sv.start:
        end += 1
    return m[0], end


def cued_provinces(gz, sv, vintage: str) -> list[str]:
    """Provinces named bare where the genre says where its people are: after a cue ("Tại điểm
    cầu Thái Bình"), or opening the headline before a colon ("Hưng Yên: Tiến độ ...")."""
    found = []
    if sv.is_headline:
        hit = _province_at(gz, sv, 0, vintage)
        if hit and hit[1] < len(sv.toks) and sv.toks[hit[1]].text == ":":
            found.append(hit[0])
    for i, e in _place_cues().find(sv.toks, lows=sv.lows):
        hit = _province_at(gz, sv, i + e.size, vintage)
        if hit:
            found.append(hit[0])
    return found


def bracketed_districts(gz, sv, vintage: str) -> list[str]:
    """A district written bare in brackets right after a commune ("tại xã Phước Đại (Bác Ái)"):
    the commune's district, as the genre writes it. Only a name the gazetteer knows as a
    district (and not as a province) counts, closed by its bracket."""
    toks, found = sv.toks, []
    for _, e, _ in sv.mentions():
        if type(e) is not LevelMention or e.level != "commune" or not e.place_name:
            continue
        k = e.end
        if k + 2 >= len(toks) or toks[k].text != "(" or not toks[k + 1].is_cap:
            continue
        m = gz.match_at(sv.text, toks[k + 1].start - sv.start, "legacy")
        if m is None or gz.province(m[0], "legacy") is not None \
                or not any(p.level == "district" for p in gz.lookup(m[0], None, "legacy")):
            continue        # a province's name (its city shares it) says where from, not the district
        close = next((j for j in range(k + 1, min(k + 6, len(toks))) if toks[j].start >= m[1] + sv.start), None)
        if close is not None and toks[close].text == ")" and toks[close].start == m[1] + sv.start:
            found.append(m[0])
    return found


# what closes a place named bare at the head of a headline or a lead ("Hàm Tân: ...", "CẨM GIÀNG - ...")
_HEAD_CLOSERS = {True: frozenset(":-–—"), False: frozenset("-–—")}


def headline_districts(gz, sv, lead: bool) -> list[str]:
    """A district named bare opening the headline before a colon or a dash ("Hàm Tân: Tổ chức
    hội nghị ...", "Long Xuyên – ..."), or opening the lead before a dash ("CẨM GIÀNG - Sáng
    12/5, ..."): where the story is, as the district portals write it, though the text says
    "huyện" bare after. A province's name is read by cued_provinces; a name several
    provinces' districts share is placed only by a province the text names (kg.extract.places.resolver)."""
    toks = sv.toks
    if not (sv.is_headline or lead) or len(toks) < 3 or not toks[0].is_cap:
        return []
    m = gz.match_at(sv.text, toks[0].start - sv.start, "legacy")
    if m is None or gz.province(m[0], "legacy") is not None:
        return []
    end = next((k for k, t in enumerate(toks) if t.start >= m[1] + sv.start), len(toks))
    if end >= len(toks) or toks[end].text not in _HEAD_CLOSERS[sv.is_headline]:
        return []
    return [m[0]] if any(p.level == "district" for p in gz.lookup(m[0], None, "legacy")) else []


def headline_brackets(gz, sv, vintage: str) -> tuple[list[str], list[str]]:
    """Provinces a headline names bare in brackets about its own subject, and the district opening
    it before such a bracket ("Mỹ Tú (Sóc Trăng): ..."), when it lies in that province: where the
    story is, as the provincial pages write it. (provinces, districts) A bracket elsewhere names
    the province of the place before it, which may be one the story goes to ("... học tập kinh
    nghiệm tại X (Y)", "Đoàn công tác huyện X (Y) thăm ..."): it counts only after the unit
    opening the headline ("Xã X (Y) ra mắt ...") or closing the headline after no word of travel
    ("Tổng kết công tác Mặt trận (Sóc Trăng)")."""
    toks, provinces, districts = sv.toks, [], []
    if not sv.is_headline:
        return provinces, districts
    for k in range(len(toks) - 2):
        if toks[k].text != "(" or not toks[k + 1].is_cap:
            continue
        at = toks[k + 1].start - sv.start
        m = gz.match_at(sv.text, at, vintage) or gz.match_at(sv.text, at, "legacy")
        if m is None or m[1] >= len(sv.text) or sv.text[m[1]] != ")" \
                or (gz.province(m[0], vintage) or gz.province(m[0], "legacy")) is None:
            continue
        head = gz.match_at(sv.text, toks[0].start - sv.start, "legacy") if k and toks[0].is_cap else None
        if head is not None and sv.text[head[1]:toks[k].start - sv.start].strip() == "" \
                and any(p.level == "district" and p.province == m[0] for p in gz.lookup(head[0], None, "legacy")):
            districts.append(head[0])
            provinces.append(m[0])
        elif _closes_headline(sv.text[m[1] + 1:]) and not any(t.is_word and t.low in _travel_words() for t in toks[:k]):
            provinces.append(m[0])
        elif any(type(e) is LevelMention and e.start == 0 and e.end == k and e.place_name for _, e, _ in sv.mentions()):
            provinces.append(m[0])      # the unit opening the headline, its subject: "Xã X (Y) ra mắt ..."
    return provinces, districts


def _closes_headline(rest: str) -> bool:
    """Only punctuation after a bracket: it closes the headline."""
    return not any(c.isalnum() for c in rest)


@lru_cache(maxsize=1)
def _travel_words() -> frozenset:
    """bodies.yaml `headline_travel_words`: words of going somewhere or being there ("tại", "thăm"),
    after which a headline's bracketed province is the destination's, not the story's."""
    return frozenset(w.lower() for w in bodies_yaml().get("headline_travel_words") or [])


@lru_cache(maxsize=1)
def _headline_abbreviations() -> dict[str, str]:
    """bodies.yaml `headline_unit_abbreviations`: "H." -> "huyện", keyed by the letters before the dot."""
    return {k.rstrip("."): v for k, v in (bodies_yaml().get("headline_unit_abbreviations") or {}).items()}


def headline_units(gz, sv) -> list[tuple[str, str]]:
    """Districts a headline names after an abbreviated unit word ("H. Châu Thành, <tỉnh>: ...",
    "TP.X: ..."): (unit word, name) for each name the gazetteer knows as a district of that unit
    word, closed by a colon or followed by a province's name, and not after a word for a person
    (a letter and a dot is as often a person's initial: "Nghệ nhân H. Long Mỹ")."""
    toks, found = sv.toks, []
    if not sv.is_headline:
        return found
    abbrev = _headline_abbreviations()
    for k in range(len(toks) - 2):
        unit = abbrev.get(toks[k].text)
        if unit is None or toks[k + 1].text != "." or toks[k + 1].start != toks[k].start + len(toks[k].text) \
                or after_person_word(toks, k):
            continue
        if toks[k + 2].text.isdigit():          # "Q.1: ...", "Q. 5 ...": a numbered district
            found += [(unit, toks[k + 2].text)] if gz.lookup(toks[k + 2].text, unit, "legacy") else []
            continue
        if not toks[k + 2].is_cap:
            continue
        m = gz.match_at(sv.text, toks[k + 2].start - sv.start, "legacy")
        if m is not None and any(p.level == "district" for p in gz.lookup(m[0], unit, "legacy")) \
                and _unit_name_closed(gz, sv.text[m[1]:]):
            found.append((unit, m[0]))
    return found


def _unit_name_closed(gz, rest: str) -> bool:
    """What follows an abbreviated unit's name: a colon ("TP.X: ...") or a province's name after a
    comma or a dash ("H. X, <tỉnh>: ..."), as a headline's place opener is written."""
    rest = rest.lstrip()
    if rest.startswith(":"):
        return True
    if not rest or rest[0] not in ",-–—":
        return False
    rest = rest[1:].lstrip()
    m = gz.match_at(rest, 0, "legacy") if rest else None
    return m is not None and gz.province(m[0], "legacy") is not None


@lru_cache(maxsize=1)
def _seat_names() -> tuple[frozenset, frozenset]:
    """bodies.yaml `seat_name_heads`, lower-cased: words that make the province after them part of
    an institution's name ("Tòa thánh Tây Ninh"), which has branches and visitors everywhere; their last words."""
    heads = frozenset(w.lower() for w in bodies_yaml().get("seat_name_heads") or [])
    return heads, frozenset(h.split(" ")[-1] for h in heads)


def _after_seat_name(toks: list, k: int) -> bool:
    """Whether the one to three words before token k are a seat_name_heads entry (joined only if one ends there)."""
    heads, lasts = _seat_names()
    return k > 0 and toks[k - 1].low in lasts and any(k >= n and all(t.is_word for t in toks[k - n:k])
               and " ".join(t.low for t in toks[k - n:k]) in heads for n in (1, 2, 3))


@lru_cache(maxsize=1)
def _elsewhere():
    """bodies.yaml `bare_province_elsewhere`: words after which a province named bare is a place
    gone to or come from ("tại Hà Nội", "đến Bắc Ninh"), not the story's own."""
    return frozenset(w.lower() for w in bodies_yaml().get("bare_province_elsewhere") or [])


@lru_cache(maxsize=1)
def _historical() -> frozenset:
    return frozenset(section("people.yaml", "not_officials"))


def bare_provinces(gz, sv, vintage: str) -> list[str]:
    """Provinces named bare, with no unit word, as the story's own subject ("Đồng Nai hiện có 3
    doanh nghiệp", "quan hệ giữa Đồng Nai và ..."): not after a word of going or being
    elsewhere, not inside a title, a body or a name. kg.extract.places.resolver reads them only when
    nothing else reveals the article's province."""
    toks, found = sv.toks, []
    # (the capitalised words not after a word of elsewhere first: the set of the tokens inside
    # the elements is made only when one is left)
    elsewhere = _elsewhere()
    cands = [k for k in sv.caps() if not (k and toks[k - 1].is_word and toks[k - 1].low in elsewhere)]
    if not cands:
        return found
    inside = _covered(gz, sv, cands)
    for k in cands:
        if k in inside:
            continue
        if k and (toks[k - 1].is_word and toks[k - 1].is_cap or toks[k - 1].text == "("):
            continue    # it ends a name ("Báo Bình Định", "Chè Thái Nguyên") or says where a place is
        if _after_seat_name(toks, k):
            continue    # "Tòa thánh Tây Ninh", "Đại học Cần Thơ": an institution's seat, not the story's
        hit = _province_at(gz, sv, k, vintage)
        if hit and not (hit[1] < len(toks) and toks[hit[1]].is_word and toks[hit[1]].is_cap) \
                and not _namesake_district(gz, sv, hit[0], k, cands):
            found.append(hit[0])
    return found


def _namesake_district(gz, sv, name: str, at: int, cands: list[int]) -> bool:
    """A province's name that is also a district's, written bare beside other bare districts of
    that district's province ("Lệ Thủy: 04 điểm; Quảng Ninh: 02 điểm; Bố Trạch: ..." in Quảng
    Bình): the district, not the namesake province."""
    own = gz.province(name, "legacy")   # (a province's capital of its own name says the same province)
    homes = {d.province_code for d in gz.lookup(name, None, "legacy")
             if d.level == "district" and (own is None or d.province_code != own.code)}
    if not homes:
        return False
    for k in cands:
        m = gz.match_at(sv.text, sv.toks[k].start - sv.start, "legacy") if k != at else None
        if m is not None and m[0] != name and any(
                d.level == "district" and d.province_code in homes for d in gz.lookup(m[0], None, "legacy")):
            return True
    return False


def _covered(gz, sv, cands: list[int]) -> set[int]:
    """The candidates that lie inside a title, a body, a name or a mark (not a plain word): the
    few candidates are looked up in each element's span, not every token of every element."""
    wanted, inside = set(cands), set()
    els = sv.elements
    # (the elements that are no plain word, most are, picked in C)
    for e in compress(els, map(is_not, map(type, els), repeat(Word))):
        if wanted.isdisjoint(range(e.start, e.end)) if e.end - e.start > 1 else e.start not in wanted:
            continue
        # (a province read as a person's name, "Đồng Nai" with Đồng a family name, is still the province;
        # not a historical figure's, "tư tưởng Hồ Chí Minh", "Lăng Chủ tịch Hồ Chí Minh": people.yaml
        # not_officials, whose namesake city is written with its unit word)
        if type(e) is Name and gz.province(e.text, "legacy") and e.text not in _historical():
            continue
        inside.update(wanted.intersection(range(e.start, e.end)))
    return inside

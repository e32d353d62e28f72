"""Spans a mention may close with: an abbreviation in brackets, a term qualifier, the words
that end a name written in capitals (kg.extract.sentences.mentions reads them)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.sentences.elements import BodyMention
from kg.extract.lexicon import _load, canon, grammar, section
from kg.extract.sentences.phrase_starts import starts
from kg.extract.sentences.tokens import Token


_ROMAN = re.compile(r"^[IVXLC]+$")


def skip_paren(toks: list[Token], j: int) -> int:
    """Skip an abbreviation given in brackets after a name: "(UBKT)", "(LĐ-TB&XH)"."""
    n = len(toks)
    if j < n and toks[j].text == "(":
        k = j + 1
        while k < n and k - j <= 6 and toks[k].text != ")":
            if toks[k].is_word and not toks[k].is_upper and not toks[k].text.isupper():
                return j                # words in lower case: an explanation, not an abbreviation
            k += 1
        if k < n and toks[k].text == ")" and k > j + 1:
            return k + 1
    return j


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, tuple[str, str], tuple[tuple[str, ...], ...]]:
    """roles.yaml spans, split once (the scanner asks at every title and body): the words of a
    numbered term, the two words of a term of years, each charge's words."""
    w = grammar("roles.yaml", "spans")
    term, years = w["term_years"].split()
    return frozenset(w["term_numbered"]), (term, years), tuple(tuple(c.split()) for c in w["charges"])


def skip_term(toks: list[Token], j: int) -> int:
    """Skip a term qualifier after a title or body: "khóa XIV", "nhiệm kỳ 2020 - 2025"."""
    n = len(toks)
    numbered, (term, years), _ = _words()
    if j < n and toks[j].low in numbered and j + 1 < n and (
            _ROMAN.match(toks[j + 1].text) or toks[j + 1].text.isdigit()):
        return j + 2
    if j + 2 < n and toks[j].low == term and toks[j + 1].low == years and toks[j + 2].text.isdigit():
        k = j + 3
        if k + 1 < n and toks[k].low == "-" and toks[k + 1].text.isdigit():
            k += 2
        return k
    return j


def skip_charge(toks: list[Token], j: int) -> int:
    """Skip the words of charge between a title and its body: "Phó Trưởng ban phụ trách Ban Tổ
    chức", "Phó Trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH" (the caller keeps j when no body
    follows)."""
    n = len(toks)
    k = j
    for words in _words()[2]:
        if k + len(words) <= n and all(toks[k + i].low == x for i, x in enumerate(words)):
            k += len(words)
    return k


# In ALL CAPS captions a name stops at these words; two-syllable verbs a sentence may glue to a
# unit word ("Chủ tịch UBND phường Báo cáo kết quả"). Both are data: people.yaml.
_PEOPLE = _load("people.yaml")
CAPS_STOPS = frozenset(canon(w).lower() for w in _PEOPLE["caps_stops"])
VERB_PAIRS = frozenset(tuple(canon(p).lower().split()) for p in _PEOPLE["glued_verbs"])


def caps_given_name(toks: list[Token], k: int, syllables: int) -> bool:
    """The common word at k (CAPS_STOPS) that a name in capitals reaches is its given name when
    the capitals end there, before text in small letters ("ĐỒNG CHÍ LÊ VĂN MẠNH Chủ tịch UBND
    tỉnh", "TRẦN THỊ TRONG phát biểu"): a caption's verb would be in capitals too; or before a
    comma or dash glued to it ("Đồng chí ĐỖ MINH TRONG, Chủ tịch ..."): no preposition or verb of
    the language is followed by one."""
    if syllables < 2 or k + 1 >= len(toks):
        return False
    v = toks[k + 1]
    if v.text in _NAME_CLOSERS and v.start == toks[k].end:
        return True
    return v.is_word and v.start - toks[k].end == 1 and not v.text.isupper() and v.text[1:2].islower()


_NAME_CLOSERS = frozenset((",", "-", "–"))


def surface(sentence: str, toks: list[Token], bm: BodyMention, offset: int) -> str:
    return sentence[toks[bm.start].start - offset:toks[bm.end - 1].end - offset]


# A commune name ends where a person's full name begins: "Bí thư Đảng ủy phường Tân Định Lê Hữu
# Tài", "Chủ tịch HĐND phường Nguyễn Thị Thu Lan" (the commune the article names). Wards
# are named after people too ("phường Võ Thị Sáu", "phường Nguyễn Cư Trinh"), so a whole run is a
# name only with four syllables and a middle name (people.yaml middle_names).
MIDDLE_NAMES = frozenset(canon(w).lower() for w in _PEOPLE["middle_names"])


def commune_end(toks: list[Token], j: int, k: int, surnames: frozenset) -> int:
    """Where the commune name in toks[j:k] ends (j when the whole run is a person's name): a name
    of three syllables when its second is a middle name ("Mỹ Hòa Lê Văn An"), else of four
    ("Tân Định Phạm Lê Thu Hà"), else of three ("Tân Định Lê Hữu Tài")."""
    if k - j >= 8:
        return j + 4                    # a longer run than a name: as before

    def starts(p: int) -> bool:
        return p >= j and toks[p].low in surnames and (
            p > j or (k - p == 4 and toks[p + 1].low in MIDDLE_NAMES))
    if starts(k - 3) and toks[k - 2].low in MIDDLE_NAMES:
        return k - 3
    for p in (k - 4, k - 3):
        if starts(p):
            return p
    return min(k, j + 4)


def past_paren(matcher, toks: list[Token], i: int, j: int, p):
    """A name that goes on after an abbreviation given in its middle ("Ủy ban Trung ương Mặt
    trận Tổ quốc (MTTQ) Việt Nam", "Hội Chữ thập đỏ (CTĐ) Khối các cơ quan"): the longer name's
    entry (of `matcher`, the lexicon's bodies) and where it ends; else the entry p matched and j."""
    k = skip_paren(toks, j)
    if k == j or k >= len(toks):
        return p, j
    m = matcher.match(toks[i:j] + toks[k:k + 8], 0)
    return (m.payload, k + m.size - (j - i)) if m is not None and m.size > j - i else (p, j)


def split_by_paren(matcher, toks: list[Token], i: int):
    """A name no entry begins until an abbreviation in brackets inside it is skipped ("Ban Trị
    sự (BTS) Giáo hội Phật giáo Việt Nam tỉnh X", "Ban Trị sự (BTS) GHPGVN"): the entry and
    where the name ends, or None."""
    for b in range(i + 1, min(i + 5, len(toks))):
        if toks[b].text == "(":
            k = skip_paren(toks, b)
            m = matcher.match(toks[i:b] + toks[k:k + 8], 0) if k > b else None
            return (m.payload, k + m.size - (b - i)) if m is not None and m.size > b - i else None
        if not toks[b].is_word:
            return None
    return None


def abbreviated_unit(toks: list[Token], j: int) -> bool:
    """A unit word written as its letter and a dot glued to a capitalised name at token j ("Ban Trị
    sự Phật giáo H.Tam Nông", "Q.Ba Đình"; bodies.yaml headline_unit_abbreviations): a place the
    level reader does not read, so the body before it is not the story's own place's."""
    return j + 2 < len(toks) and toks[j].text in _letter_units() and toks[j + 1].text == "." \
        and toks[j].end == toks[j + 1].start and toks[j + 2].is_cap


@lru_cache(maxsize=1)
def _letter_units() -> frozenset:
    raw = section("bodies.yaml", "headline_unit_abbreviations", None) or {}
    return frozenset(k.rstrip(".") for k in raw if len(k.rstrip(".")) == 1)


def event_committee(toks: list[Token], j: int, organ) -> bool:
    """Whether a bare organ is an event's organising committee: its head (bodies.yaml
    event_committees heads, "Ban Tổ chức") followed at token j by an event's word ("Ban Tổ chức
    lễ hội ...", "Ban Tổ chức hỗ trợ Hội trại", "Ban Tổ chức Đại hội"), never the party's board."""
    heads, words = _event_spec()
    return organ.canonical in heads and j < len(toks) and starts(toks, j, words) is not None


@lru_cache(maxsize=1)
def _event_spec() -> tuple:
    raw = section("bodies.yaml", "event_committees", None) or {}
    return frozenset(raw.get("heads") or []), tuple(w.lower() for w in raw.get("words") or [])

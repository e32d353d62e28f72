"""The place of a visiting delegation's leader: "tiếp đoàn đại biểu tỉnh Gia Lai do ông A, Phó Bí
thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn" -> A's bare titles are of the province whose
delegation he leads, not of the host the sentence names first (review9b M5). Run before the titles
are bound (kg.extract.posts.post_context.delegation_leaders calls it).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import section

_DELEGATION = section("roles.yaml", "posts")["delegation"]
_LEADER = frozenset(_DELEGATION["leader"])
_CHAIN_SEPS = frozenset(",-–")


def delegation_place(L: list[Element], toks: list) -> None:
    """Give the titles after "đoàn ... <unit> <place> do [ông] A," the place of the delegation's unit
    where a title's body is written at that level with no place of its own."""
    if LevelMention not in map(type, L):
        return          # (no unit named: no delegation's place; tested in C, not at each element)
    for k, lm in enumerate(L):
        if type(lm) is not LevelMention or not lm.place_name or lm.level in (None, "commune") \
                or k + 2 >= len(L) or type(L[k + 1]) is not Word or L[k + 1].low not in _LEADER \
                or not after_delegation(toks, lm.start):
            continue
        x = k + 2 + (type(L[k + 2]) is Honorific)
        if not (x + 2 < len(L) and type(L[x]) is Name and type(L[x + 1]) is Punct and L[x + 1].char in _CHAIN_SEPS):
            continue
        x += 2
        while x < len(L) and type(L[x]) is Role:
            bm = L[x].body
            if type(bm) is BodyMention and bm.level == lm.level and not bm.place_name and not bm.organs:
                L[x].body = replace(bm, unit=bm.unit or lm.unit, place_name=lm.place_name)
            if not (x + 2 < len(L) and type(L[x + 1]) is Punct and L[x + 1].char in _CHAIN_SEPS):
                break
            x += 2


def after_delegation(toks: list, start: int) -> bool:
    """Whether a delegation's head words end right before token ``start``: "đoàn", then the kind of
    its work in at most two words, then maybe "của" ("đoàn đại biểu", "Đoàn cán bộ của", "Đoàn kiểm
    tra của", "đoàn giám sát liên ngành"; roles.yaml posts delegation)."""
    i = start - (start > 0 and toks[start - 1].low in _DELEGATION["of"])
    for k in range(i - 1, max(-1, i - 2 - _DELEGATION["kind_words"]), -1):
        if toks[k].low == _DELEGATION["head"]:
            return True
        if not toks[k].is_word:
            return False
    return False

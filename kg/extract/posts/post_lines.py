"""A name's chain of titles that a line break cuts (kg.extract.posts.posts): "Dự có đồng chí A - Phó Bí
thư Tỉnh ủy,⏎Chủ tịch UBND tỉnh; đồng chí B, ..." - a page broken into short lines, or a list set
one item a line. The sentence views end at the line; the titles at the head of the next line are
still the name's.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import lexicon, section
from kg.extract.posts.post_gaps import _SEPS, _is_sep

_BEFORE_STATE = section("roles.yaml", "party_before_state")
_CUT = frozenset(section("roles.yaml", "posts")["cut_committee"])

Carry = tuple[Name, Optional[Role]]


def line_carry(L: list[Element]) -> Optional[Carry]:
    """The name whose chain of titles runs to the end of the line, and the title the line cuts in
    the middle of its committee's name ("Bí thư Tỉnh⏎ủy, Chủ tịch HĐND tỉnh"; else None): the line
    ends with a separator ("," or a dash, which never end a sentence) right after the name or its
    titles, or with a party title and the unit word of its committee; else None."""
    if not L:
        return None
    cut = None
    if len(L) > 2 and type(L[-1]) is LevelMention and type(L[-2]) is Role and L[-2].body is None \
            and L[-2].entry.role in _BEFORE_STATE["roles"] and L[-1].start == L[-2].end \
            and not L[-1].place_name and L[-1].unit in _BEFORE_STATE["committee_of_unit"]:
        cut = L[-2]
    elif not (isinstance(L[-1], Punct) and L[-1].char in _SEPS):
        return None
    end = len(L) - 1        # the separator or the unit word the line ends with
    k = end - 1
    while k >= 0 and (type(L[k]) is Role or (_is_sep(L[k]) and k + 1 < end and type(L[k + 1]) is Role)):
        k -= 1
    e = L[k] if k >= 0 else None
    return (e, cut) if type(e) is Name and not e.partial else None


def _committee_end(L: list[Element], toks: list, cut: Role, level: LevelMention) -> Optional[int]:
    """ "ủy, Chủ tịch HĐND tỉnh": the last syllable of the committee's name the line before cut,
    then a separator; the cut title gets that level's committee. The index of what follows."""
    if not (len(L) > 1 and isinstance(L[0], Word) and L[0].end == L[0].start + 1 and toks[L[0].start].low in _CUT
            and isinstance(L[1], Punct) and L[1].char in _SEPS | {";", "."}):
        return None
    c = lexicon().committee_by_name[_BEFORE_STATE["committee_of_unit"][level.unit]]
    cut.body = BodyMention(level.start, level.end, "", base=c, level=level.level, unit=level.unit)
    return 2 if L[1].char in _SEPS else len(L)


def carried_titles(carry: Carry, prev: list[Element], L: list[Element], toks: list) -> list[Role]:
    """The titles of the carried name on this line: the cut title, once its committee's name is
    whole, then the chain the line opens with."""
    name, cut = carry
    if cut is None:
        return leading_titles(L)
    k = _committee_end(L, toks, cut, prev[-1])
    return [] if k is None else [cut] + leading_titles(L[k:])


def leading_titles(L: list[Element]) -> list[Role]:
    """The chain of titles the line opens with, when no name of its own follows it ("Chủ tịch UBND
    tỉnh; đồng chí B": the carried name's; "Bí thư Tỉnh ủy Lê Văn B": B's own)."""
    roles: list[Role] = []
    j = 0
    while j < len(L) and type(L[j]) is Role:
        roles.append(L[j])
        if j + 2 < len(L) and _is_sep(L[j + 1]) and type(L[j + 2]) is Role:
            j += 2
        else:
            j += 1
    if j < len(L) and isinstance(L[j], (Name, Honorific)):
        return []
    return roles

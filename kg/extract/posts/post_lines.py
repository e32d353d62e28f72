"""A name's chain of titles that a line break cuts (kg.extract.posts.posts): "Dự có đồng chí A - Phó Bí
thư Tỉnh ủy,⏎Chủ tịch UBND tỉnh; đồng chí B, ..." - a page broken into short lines, or a list set
one item a line. The sentence views end at the line; the titles at the head of the next line are
still the name's. And the reverse: a title or an organ heading a list at the end of a line, its names
one a line below (heads_lines_below, names_below).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import lexicon, section
from kg.extract.posts.post_gaps import _SEPS, _is_sep
from kg.extract.posts.post_lists import _former, list_head
from kg.extract.posts.post_bodies import role_body
from kg.extract.posts.plain_titles import acting_role
from kg.extract.officials import is_person
from kg.extract.sentences.sentences import evidence
from kg.facts import Post

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


def heads_lines_below(L: list[Element], toks: list) -> Optional[list[Role]]:
    """The titles a line ending with a list's colon gives to the names set one a line below it
    ("bầu Ban Thường vụ Tỉnh ủy gồm 9 đồng chí, gồm:⏎1. A⏎2. B", "Các Phó Chủ tịch UBND tỉnh:⏎A⏎B"):
    the head headed_list reads in one sentence, when its body is written and it is held now; else None."""
    if not (L and type(L[-1]) is Punct and L[-1].char == ":"):
        return None
    found = list_head(L, len(L) - 1, toks)
    if found is None or _former(toks, found[0][0].start) \
            or any(r.body is None and not r.entry.standalone for r in found[0]):
        return None
    return found[0]


_NUMBERING = frozenset(".):-–")


def names_below(views: list, i: int) -> list[tuple[int, Name]]:
    """(the view's index, the name) of each line below view i that is a name alone (its number,
    an address before it), past lines that are only a number ("1."), up to the first other line;
    [] when fewer than two: one name under a colon may be a speaker, not a list."""
    out = []
    for j in range(i + 1, len(views)):
        sv = views[j]
        names = [e for e in sv.elements if type(e) is Name]
        rest = [e for e in sv.elements if type(e) is not Name and not _numbering(e, sv.toks)]
        if rest or len(names) > 1:
            break
        if names:
            if names[0].partial:
                break
            out.append((j, names[0]))
    return out if len(out) > 1 else []


def _numbering(e: Element, toks: list) -> bool:
    """An item's number, its mark, or the address before its name ("1.", "2)", "đồng chí")."""
    return isinstance(e, Honorific) or (isinstance(e, Punct) and e.char in _NUMBERING) \
        or (isinstance(e, Word) and all(t.text.isdigit() for t in toks[e.start:e.end]))


def listed_below(state, i: int, lx) -> None:
    """The posts of the names set one a line below view i, which ends with the title or organ that
    heads their list ("bầu Ban Thường vụ Tỉnh ủy gồm 9 đồng chí, gồm:⏎1. A⏎2. B")."""
    sv = state.views[i]
    head = heads_lines_below(sv.elements, sv.toks)
    for j, name in names_below(state.views, i) if head else ():
        for role in head if is_person(name.text, lx) else ():
            body = role_body(role, [], state.bodies, [])
            key = (name.text, acting_role(sv.toks, role), body.key) if body is not None else None
            if key is not None and key not in state.posts:
                state.posts[key] = Post(name.text, key[1], body, evidence(state.article, state.views[j]))

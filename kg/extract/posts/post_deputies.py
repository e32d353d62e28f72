"""Deputies listed by the group they meet voters in: "Đoàn ĐBQH tỉnh X gồm các đại biểu: A, Phó Bí
thư Tỉnh ủy; B, ...", "Tổ đại biểu HĐND tỉnh gồm các đại biểu: C, ...; D, ...". The list's own word
("đại biểu") says that every name of it sits in the legislature the group is of: the National
Assembly for its provincial delegation, the council for the council's group. (A list of "các đồng
chí" says no such thing: the golds give those names only their own titles.) Read by
kg.extract.posts.posts with the other lists a title heads.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from kg.extract.lexicon import RoleEntry, grammar
from kg.extract.sentences.elements import BodyMention, Element, Honorific, Name, Punct, Role, Word

_SPEC = grammar("roles.yaml", "posts")["deputies"]
_MEMBERS = tuple(tuple(w.split()) for w in _SPEC["members"])      # "các đại biểu", "đại biểu"
_GROUP = tuple(_SPEC["group"].split())                           # "tổ đại biểu" before a council


def _legislature(L: list[Element], k: int, toks: Sequence) -> Optional[Role]:
    """The title "Đại biểu" of the legislature the group at element k is of, or None."""
    bm = L[k]
    if not isinstance(bm, BodyMention) or bm.base is None or bm.generic:
        return None
    delegations = _SPEC["delegations"]
    if bm.base.canonical in delegations and not bm.organs:
        entry = RoleEntry(_SPEC["role"], body=delegations[bm.base.canonical], standalone=True)
        return Role(bm.start, bm.end, entry, bm.surface)
    n = len(_GROUP)
    if bm.base.canonical in _SPEC["councils"] and not bm.organs and bm.start >= n \
            and tuple(t.low for t in toks[bm.start - n:bm.start]) == _GROUP:
        return Role(bm.start, bm.end, RoleEntry(_SPEC["role"]), bm.surface, body=bm)
    return None


def _opens_list(toks: Sequence, k: int) -> Optional[int]:
    """The token after "gồm (các) đại biểu:" written at token k, or None."""
    if k >= len(toks) or toks[k].low not in _SPEC["openers"]:
        return None
    for m in _MEMBERS:
        stop = k + 1 + len(m)
        if tuple(t.low for t in toks[k + 1:stop]) == m and stop < len(toks) and toks[stop].text == ":":
            return stop + 1
    return None


def deputies_listed(L: list[Element], toks: Sequence) -> Iterator[tuple[list[Name], list[Role]]]:
    """(the names of the list, [their title "Đại biểu" of the group's legislature])."""
    for k, e in enumerate(L):
        if not isinstance(e, BodyMention) or e.end >= len(toks):
            continue
        at = _opens_list(toks, e.end)
        role = _legislature(L, k, toks) if at is not None else None
        if role is None:
            continue
        names, item_start = [], True
        for x in L[k + 1:]:
            if x.start < at:
                continue
            if isinstance(x, Punct) and x.char in ".!?":
                break
            if isinstance(x, Punct) and x.char == ";":
                item_start = True
            elif item_start and isinstance(x, Name) and not x.partial:
                names.append(x)
                item_start = False
            elif item_start and not isinstance(x, Honorific) and not (isinstance(x, Word) and toks[x.start].low in
                                                                       _SPEC["item_words"]):
                item_start = False      # an item that opens with no name ("đại diện các sở")
        if names:
            yield names, [role]

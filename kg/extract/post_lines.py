"""A name's chain of titles that a line break cuts (kg.extract.posts): "Dự có đồng chí A - Phó Bí
thư Tỉnh ủy,⏎Chủ tịch UBND tỉnh; đồng chí B, ..." - a page broken into short lines, or a list set
one item a line. The sentence views end at the line; the titles at the head of the next line are
still the name's.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.elements import Element, Honorific, Name, Punct, Role
from kg.extract.post_gaps import _SEPS, _is_sep


def line_carry(L: list[Element]) -> Optional[Name]:
    """The name whose chain of titles runs to the end of the line: the line ends with a separator
    ("," or a dash, which never end a sentence) right after the name or after its titles; else
    None."""
    if not L or not (isinstance(L[-1], Punct) and L[-1].char in _SEPS):
        return None
    k = len(L) - 2
    while k >= 0 and (type(L[k]) is Role or (_is_sep(L[k]) and k + 1 < len(L) - 1 and type(L[k + 1]) is Role)):
        k -= 1
    e = L[k] if k >= 0 else None
    return e if type(e) is Name and not e.partial else None


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

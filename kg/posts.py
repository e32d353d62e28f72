"""Posts: which titles belong to which name, read off a sentence's elements.

Two constructions carry nearly every post in the genre:

    title-before-name:  Bí thư Tỉnh ủy Lê Văn A; Phó Chủ tịch UBND tỉnh, Đại tá Trần B
    name-then-titles:   đồng chí Lê Văn A, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu ...
                        Lê Văn A – Phó Bí thư Thường trực Tỉnh ủy – Chủ tịch HĐND tỉnh

A chain of titles is joined by "," "–" "-" or "kiêm". A title written right before a name
belongs to that name, so a chain after one name stops at the title that leads the next
name; ";" and any other word end a chain. That is what keeps a title from the next clause
off a name.
"""
from __future__ import annotations

from typing import Iterator

from .mentions import Element, Honorific, Name, Punct, Role, Word

_SEPS = {",", "–", "-", "—"}


def _is_sep(e: Element) -> bool:
    return (isinstance(e, Punct) and e.char in _SEPS) or (isinstance(e, Word) and e.low == "kiêm")


def bind_titles(elements: list[Element]) -> Iterator[tuple[Name, list[Role]]]:
    """For each full name in the sentence, the chain of titles that belongs to it."""
    L = elements
    n = len(L)
    for k, e in enumerate(L):
        if not isinstance(e, Name) or e.partial:
            continue
        items: list[Role] = []
        # -- titles before the name -------------------------------------------------
        j = k - 1
        if j >= 0 and isinstance(L[j], Honorific):
            j -= 1
            if j >= 1 and isinstance(L[j], Punct) and L[j].char == "," and isinstance(L[j - 1], Role):
                j -= 1
        pre: list[Role] = []
        while j >= 0 and isinstance(L[j], Role):
            pre.insert(0, L[j])
            j -= 1
            if j >= 1 and _is_sep(L[j]) and isinstance(L[j - 1], Role):
                j -= 1
                continue
            break
        # A chain that follows "Name ," is that name's: only the title touching us is ours.
        if len(pre) > 1 and j >= 1 and _is_sep(L[j]) and isinstance(L[j - 1], Name):
            pre = pre[-1:]
        items.extend(pre)
        # -- titles after the name --------------------------------------------------
        j = k + 1
        if j < n and isinstance(L[j], Punct) and L[j].char in (",", "–", "-", "—", "("):
            j += 1
        while j < n and isinstance(L[j], Role):
            nxt = L[j + 1] if j + 1 < n else None
            if isinstance(nxt, (Name, Honorific)):
                break            # this title leads the next name
            if isinstance(nxt, Punct) and nxt.char == "," and j + 2 < n and isinstance(L[j + 2], Honorific) \
                    and j + 3 < n and isinstance(L[j + 3], Name):
                break            # "..., Phó Chủ tịch UBND tỉnh, ông X": the next name's
            items.append(L[j])
            j += 1
            if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], Role):
                j += 1
                continue
            if j + 1 < n and isinstance(L[j], Word) and L[j].low == "và" and isinstance(L[j + 1], Role) \
                    and not (j + 2 < n and isinstance(L[j + 2], (Name, Honorific))):
                j += 1
                continue
            break
        yield e, items

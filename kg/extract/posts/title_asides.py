"""Asides written between a title and the name it leads.

"Bí thư Huyện ủy X (tỉnh Y) Lê Văn A": the page places the district in its province in
parentheses right after the body, then names the holder. The title still leads the name; the
aside is read over (kg.extract.posts.post_grammar.bind_titles).
"""
from __future__ import annotations

from typing import Sequence

from kg.extract.officials import is_place
from kg.extract.sentences.elements import Element, LevelMention, Punct, Role, Word

_ASIDE_MOST = 3     # elements inside the parentheses: "(tỉnh Y)", "(Y)", "(Y, Z)"


def _placed(e: Element, toks: Sequence) -> bool:
    """A unit with its name ("tỉnh Y"), or a place's name alone ("Y")."""
    if isinstance(e, LevelMention):
        return e.place_name is not None
    return isinstance(e, Word) and e.end - e.start >= 2 and toks[e.start].is_cap \
        and is_place(" ".join(t.text for t in toks[e.start:e.end]))


def place_aside_before(L: list[Element], j: int, toks: Sequence) -> int:
    """The index of the title before a place written in parentheses that ends at j ("Bí thư
    Huyện ủy X (tỉnh Y)" + name); j when there is none, or when what stands in the parentheses
    is not a place alone (a caption's "(bìa trái)", a date, a count)."""
    if not toks or not (j >= 3 and isinstance(L[j], Punct) and L[j].char == ")"):
        return j
    x = j - 1
    while x > j - 1 - _ASIDE_MOST and x >= 0 and not (isinstance(L[x], Punct) and L[x].char == "("):
        if not (_placed(L[x], toks) or isinstance(L[x], Punct) and L[x].char == ","):
            return j
        x -= 1
    if x < 1 or x == j - 1 or not (isinstance(L[x], Punct) and L[x].char == "("):
        return j
    r = L[x - 1]
    return x - 1 if isinstance(r, Role) and r.body is not None and r.end == L[x].start else j

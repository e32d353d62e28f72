"""Asides written between a title and the name it leads.

"Bí thư Huyện ủy X (tỉnh Y) Lê Văn A": the page places the district in its province in
parentheses right after the body, then names the holder. The title still leads the name; the
aside is read over (kg.extract.posts.post_grammar.bind_titles).
"""
from __future__ import annotations

from typing import Sequence

from kg.extract.lexicon import section
from kg.extract.officials import is_place
from kg.extract.places.foreign import _countries
from kg.extract.sentences.elements import BodyMention, Element, LevelMention, Name, Punct, Role, Word

_OWN_COUNTRY = frozenset(section("roles.yaml", "posts")["own_country"])
_ASIDE_MOST = 3     # elements inside the parentheses: "(tỉnh Y)", "(Y)", "(Y, Z)"
_SEPS = frozenset((",", "-", "–", "—"))


def _placed(e: Element, toks: Sequence) -> bool:
    """A unit with its name ("tỉnh Y"), a place's name alone ("Y"; read as a name when its first
    syllable is a family name, "Hà Tĩnh"), or a country ("Lào")."""
    if isinstance(e, LevelMention):
        return e.place_name is not None
    if isinstance(e, BodyMention):
        return e.central or e.base is not None and e.base.sort == "central"     # "Cục X (Bộ Y) A": its ministry
    if not isinstance(e, (Word, Name)) or not toks[e.start].is_cap:
        return False
    words = [t.text for t in toks[e.start:e.end]]
    if _countries().match(toks, e.start) is not None and _countries().match(toks, e.start).size == len(words):
        return True
    return len(words) >= 2 and is_place(" ".join(words))


def _own_country(L: list[Element], x: int, j: int, toks: Sequence) -> bool:
    """The element at x is a word of our own country's name filling the brackets that close at j
    ("Chủ tịch UBND tỉnh X (Việt Nam) A và Tỉnh trưởng tỉnh Y (Lào) B", a border story)."""
    o = next((y for y in range(x, max(-1, x - _ASIDE_MOST), -1) if isinstance(L[y], Punct) and L[y].char == "("), None)
    return o is not None and " ".join(t.text for t in toks[L[o].end:L[j].start]) in _OWN_COUNTRY


def place_aside_before(L: list[Element], j: int, toks: Sequence) -> int:
    """The index of the title before a place written in parentheses that ends at j ("Bí thư
    Huyện ủy X (tỉnh Y)" + name); j when there is none, or when what stands in the parentheses
    is not a place alone (a caption's "(bìa trái)", a date, a count)."""
    if not toks or not (j >= 3 and isinstance(L[j], Punct) and L[j].char == ")"):
        return j
    x = j - 1
    while x > j - 1 - _ASIDE_MOST and x >= 0 and not (isinstance(L[x], Punct) and L[x].char == "("):
        if not (_placed(L[x], toks) or isinstance(L[x], Punct) and L[x].char == ","
                or _own_country(L, x, j, toks)):
            return j
        x -= 1
    if x < 1 or x == j - 1 or not (isinstance(L[x], Punct) and L[x].char == "("):
        return j
    r = L[x - 1]
    if not (isinstance(r, Role) and r.body is not None and r.end == L[x].start):
        return j
    # the title may itself follow a name ("ông A, Bí thư Huyện ủy X (tỉnh Y) B": a list whose comma
    # was lost): then it is A's, and leads no name after the aside
    k = x - 1
    while k >= 2 and isinstance(L[k - 1], Punct) and L[k - 1].char in _SEPS and isinstance(L[k - 2], Role):
        k -= 2
    if k >= 2 and isinstance(L[k - 1], Punct) and L[k - 1].char in _SEPS and isinstance(L[k - 2], Name):
        return j
    return x - 1

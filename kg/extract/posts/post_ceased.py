"""Titles a cadre decision takes away: "điều động ông A, Tỉnh ủy viên, thôi giữ chức vụ Bí thư
Đảng ủy, Chủ tịch HĐND xã X" -> A held both until the decision the article reports; the golds list
such posts (a post given up in the story is still the post the story names him by, unlike a
"nguyên" title given up before it). kg.extract.posts.post_chosen reads the titles taken up.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from kg.extract.sentences.elements import Element, Name, Role
from kg.extract.posts.post_gaps import _W
from kg.extract.posts.post_grammar import _chain

# "thôi giữ chức (vụ|danh) X": the words right before the title, read backwards from it
_GIVING_UP = tuple(tuple(reversed(p.split())) for p in _W["giving_up"])
_FIRST = frozenset(p.split()[0] for p in _W["giving_up"])
_DECIDED_BY = tuple(f" {p.lower()} " for p in _W["giving_up_decided_by"])
_PLANNED = frozenset(("sẽ", "sắp"))      # "A sẽ thôi giữ chức X": a post still held, no decision told
_REACH = 40             # tokens from the name to the title: his other titles and the bodies he leaves


def ceased(elements: list[Element], toks: Sequence = (), lows: Optional[frozenset] = None) -> Iterator[tuple[list[Name], list[Role]]]:
    """(the name, the titles it gives up) for each "thôi giữ chức <titles>" of the sentence; the name
    is the nearest one before the phrase, with no other name between."""
    if not toks or (lows is not None and _FIRST.isdisjoint(lows)):
        return
    said = " " + " ".join(t.low for t in toks) + " "
    if not any(d in said for d in _DECIDED_BY):
        return          # no decision reported in the sentence: a post left, none read
    L = elements
    for r, e in enumerate(L):
        if not isinstance(e, Role) or not _given_up(toks, e.start):
            continue
        y = next((y for y in range(r - 1, -1, -1) if isinstance(L[y], Name)), None)
        if y is None or L[y].partial or e.start - L[y].end > _REACH:
            continue
        items, _ = _chain(L, r, toks)
        if items:
            yield [L[y]], items


def _given_up(toks: Sequence, start: int) -> bool:
    before = tuple(t.low for t in reversed(toks[max(0, start - 5):start]))
    return any(before[:len(p)] == p and not _PLANNED.intersection(before[len(p):len(p) + 1]) for p in _GIVING_UP)

"""Titles the role lexicon cannot hold: their first syllable begins too many plain words.

A role's first syllable is read apart from the plain words around it (kg.extract.sentences.mentions),
so "Quản nhiệm" in the lexicon would split "Hội đồng quản trị" too. The genre writes these titles
capitalised right before the body they head ("Mục sư A, Quản nhiệm Hội Thánh Tin lành X", "Linh mục
B, Quản xứ Giáo xứ Y"): read here, off the words written right before a body mention, as a title
of that body (roles.yaml plain_led_titles).
"""
from __future__ import annotations

from kg.extract.lexicon import RoleEntry, section
from kg.extract.sentences.elements import BodyMention, Element, Role, Word

_TITLES = {tuple(f.split()): role for f, role in (section("roles.yaml", "plain_led_titles") or {}).items()}
_MOST = max(map(len, _TITLES), default=0)


def plain_led_titles(L: list[Element], toks: list) -> None:
    """The titles written, exactly so cased, in the plain words right before a body mention."""
    if not _TITLES or BodyMention not in map(type, L):
        return
    x = 0
    while x < len(L):
        bm = L[x]
        if type(bm) is BodyMention:
            for size in range(_MOST, 0, -1):
                start = bm.start - size
                role = _TITLES.get(tuple(t.text for t in toks[max(0, start):bm.start])) if start >= 0 else None
                if role is None:
                    continue
                first = next((k for k in range(x) if L[k].start == start), None)
                if first is not None and all(type(e) is Word for e in L[first:x]) and L[x - 1].end == bm.start:
                    surface = " ".join(t.text for t in toks[start:bm.end])
                    L[first:x + 1] = [Role(start, bm.end, RoleEntry(role), surface, body=bm)]
                    x = first
                break
        x += 1

"""The religious dignitaries a sentence shows acting in the meeting (kg.extract.posts.posts): written
with a dignitary's address (people.yaml dignitary_honorifics), one who holds an office or speaks, thanks,
receives takes part in it, as an official does; one visited or given a gift does not.
"""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.sentences import SentenceView

_DIGNITARIES = frozenset(section("people.yaml", "dignitary_honorifics"))
_ACTS = tuple(tuple(w.split()) for w in section("people.yaml", "dignitary_acts"))
_OFFICES = frozenset(section("people.yaml", "dignitary_offices"))


def dignitaries_acting(sv: SentenceView) -> list[Name]:
    """ "Giám mục A cảm ơn lãnh đạo tỉnh", "Đại đức B, trụ trì chùa X, gửi lời cảm ơn": a religious
    dignitary who acts in the meeting (speaks, thanks, receives) takes part in it; one visited or
    given a gift does not. The act follows the name, its titles and asides."""
    L, toks = sv.elements, sv.toks
    out = []
    for k, e in enumerate(L):
        if type(e) is not Name or e.partial or (e.honorific or "").lower() not in _DIGNITARIES:
            continue
        if e.honorific.lower() in _OFFICES:
            out.append(e)
            continue
        x = k + 1
        while x < len(L) and (isinstance(L[x], (Role, BodyMention, LevelMention))
                              or (isinstance(L[x], Punct) and L[x].char in ",–-()")):
            x += 1
        if x < len(L) and isinstance(L[x], Word) and x - k <= _ACT_REACH:
            said = tuple(t.low for t in toks[L[x].start:L[x].start + 2])
            if any(said[:len(p)] == p for p in _ACTS):
                out.append(e)
    return out


_ACT_REACH = 8          # elements between a dignitary's name and the act: titles, asides

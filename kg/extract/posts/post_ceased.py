"""Titles a cadre decision takes away: "điều động ông A, Tỉnh ủy viên, thôi giữ chức vụ Bí thư
Đảng ủy, Chủ tịch HĐND xã X" -> A held both until the decision the article reports; the golds list
such posts (a post given up in the story is still the post the story names him by, unlike a
"nguyên" title given up before it). kg.extract.posts.post_chosen reads the titles taken up.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from kg.extract.sentences.elements import Element, Name, Punct, Role
from kg.extract.lexicon import section
from kg.extract.posts.post_gaps import _W
from kg.extract.posts.post_history import said
from kg.extract.posts.post_grammar import _chain
from kg.extract.posts.post_lists import titles_toward
from kg.extract.passes import fires, triggers

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


_REMOVE = tuple(tuple(w.split()) for w in _W["removing"])
_REMOVE_LAST = frozenset(p[-1] for p in _REMOVE)


@triggers(lambda: _REMOVE_LAST)
def dismissed(elements: list[Element], toks: Sequence) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "tờ trình miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với ông A (…, Chủ tịch UBND thành
    phố)": the titles a decision takes from the names after "đối với" (roles.yaml posts removing),
    which the sentence then holds for no post of theirs."""
    for _, names, chain in titles_toward(elements, toks, _REMOVE, _REMOVE_LAST):
        yield names, chain


def without_dismissed(bound: list, sv, honour) -> list:
    """The (name, titles) bound in a sentence (a SentenceView), less the titles it says are taken
    from the name (dismissed): the same role, of the same body ("UBND thành phố" written again
    after "UBND thành phố X" is that one). The name dismissed was named with a post, an official
    as the nominee is (honour(name, True))."""
    if not fires(dismissed, sv):
        return bound
    decided = list(dismissed(sv.elements, sv.toks))
    for name in dict.fromkeys(name.text for names, _ in decided for name in names):
        honour(name, True)
    gone = [(id(name), r) for names, chain in decided for name in names for r in chain]
    if not gone:
        return bound
    return [(name, [r for r in roles if not any(i == id(name) and _same_post(g, r) for i, g in gone)])
            for name, roles in bound]


def _same_post(a: Role, b: Role) -> bool:
    if a.entry.role != b.entry.role or (a.body is None) != (b.body is None):
        return False
    if a.body is None:
        return True
    x, y = a.body, b.body
    return (x.base.canonical if x.base else x.surface.lower()) == (y.base.canonical if y.base else y.surface.lower()) \
        and x.organs == y.organs and x.level == y.level \
        and (x.place_name is None or y.place_name is None or x.place_name == y.place_name)


_POSTS = _W      # (roles.yaml posts, read once by post_gaps)
_RETIRED = tuple(tuple(w.split()) for w in _POSTS["retired"])
_RETIRED_FIRST = frozenset(p[0] for p in _RETIRED)     # asked of every bound title: a quick no
_TRANSFERRED = frozenset(tuple(w.split()) for w in _POSTS["transferred"])
_ANNOUNCED = tuple(tuple(w.split()) for w in _POSTS["transfer_announced"])


def _transfer_announced(sv, role: Role) -> bool:
    """ "Hội nghị đã thông qua Quyết định ... điều động đồng chí A, Phó Chủ tịch X đến nhận công
    tác tại Y": the meeting passes the transfer, so A's title is the one he holds as it is told;
    not inside a bracket open before the title (an earlier decision recalled)."""
    before = [t.low for t in sv.toks[:role.start]]
    if before.count("(") > before.count(")"):
        return False
    return said(before, _ANNOUNCED)


def retired(sv, role: Role) -> bool:
    """ "ông A, Phó Bí thư Thường trực Tỉnh ủy đã được nghỉ hưu theo chế độ": the clause after the
    titles says they are held no more."""
    if not any(t.low in _RETIRED_FIRST for t in sv.toks[role.end:role.end + 6]):
        return False
    k = next((i for i, e in enumerate(sv.elements) if e is role), None)
    if k is None:
        return False
    stop = next((e.start for e in sv.elements[k + 1:]
                 if isinstance(e, (Name, Role)) or (isinstance(e, Punct) and e.char in ",;.")), len(sv.toks))
    said = [t.low for t in sv.toks[role.end:min(stop, role.end + 6)]]
    told = [p for p in _RETIRED for i in range(len(said)) if tuple(said[i:i + len(p)]) == p]
    return bool(told) and not (all(p in _TRANSFERRED for p in told) and _transfer_announced(sv, role))

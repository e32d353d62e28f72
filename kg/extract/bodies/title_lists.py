"""Titles listed with no holder named, the last closing the list with its level ("đồng chí Chủ tịch
Hội Cựu chiến binh, Chủ tịch LĐLĐ và Bí thư Đoàn Thanh niên Quận"): the unit word written once at
the end is every listed body's, as a level word closing a list of bodies is
(kg.extract.bodies.body_complete). A list right after a person's name is his titles, each of which
may be of another level ("A, Chủ tịch Hội Nông dân, Bí thư Huyện đoàn"): left alone. Read by the
bodies stage before the bodies are completed.
"""
from __future__ import annotations

from operator import countOf

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.bodies.commune_lists import JOINERS as _JOINERS
from kg.extract.sentences.elements import BodyMention, Name, Punct, Role, Word


def _leveled(bm) -> bool:
    return type(bm) is BodyMention and bm.base is not None and bm.base.sort == "leveled" and not bm.generic


def share_title_levels(els: list) -> None:
    """Give the level the last title's body writes to the level-less bodies of the titles before it."""
    if countOf(map(type, els), Role) < 2:
        return          # (a list of titles holds two: four sentences in five hold fewer; counted in C)
    run: list[Role] = []
    for n, e in enumerate(els + [None]):
        if isinstance(e, Role) and e.body is not None and (not run or _joined(els, n)):
            run.append(e)
            continue
        if run and _joiner(e):
            continue            # (the list may go on)
        last = run[-1].body if run else None
        if len(run) > 1 and _leveled(last) and last.level in ("province", "city", "district", "commune") \
                and last.unit and not _after_name(els, els.index(run[0])) and _one_sort(run):
            for r in run[:-1]:
                r.body.level, r.body.unit, r.body.place_name = last.level, last.unit, last.place_name
        run = [e] if isinstance(e, Role) and e.body is not None else []


# The Front and the mass organisations it federates are listed together at one level ("Chủ tịch
# Ủy ban MTTQ, Chủ tịch Hội Nông dân, Bí thư Đoàn Thanh niên huyện"); a state body closing a list
# of them is not their level's word ("Chủ tịch Hội Nông dân, Chủ tịch UBND huyện X" in a
# provincial story: the province's association and the district's chairman).
_SORT_OF_KIND = {"FrontCommittee": "front", "MassOrganisation": "front"}


def _one_sort(run: list[Role]) -> bool:
    """Whether the listed titles are of one level's sort: every body before the last is a leveled
    body with no level of its own (a Sở exists only at a province's; "Hội Nông dân tỉnh X" says
    its own, so the list mixes levels) and of the last one's family."""
    family = _SORT_OF_KIND.get(run[-1].body.base.kind, run[-1].body.base.kind)
    return all(_leveled(r.body) and r.body.level is None and not r.body.place_name
               and _SORT_OF_KIND.get(r.body.base.kind, r.body.base.kind) == family for r in run[:-1])


def _joiner(e) -> bool:
    """A comma or a word that joins the items of a list (bodies.yaml completion `number_joiners`: "và")."""
    return isinstance(e, Punct) and e.char == "," or isinstance(e, Word) and e.low in _JOINERS


def _joined(els: list, n: int) -> bool:
    """Whether only a comma or "và" stands between the title at els[n] and the one before it."""
    k = n - 1
    while k >= 0 and _joiner(els[k]):
        k -= 1
    return k >= 0 and k < n - 1 and isinstance(els[k], Role) or k == n - 1 and isinstance(els[k], Role)


def _after_name(els: list, n: int) -> bool:
    """Whether a person's name (and a comma or a dash) stands right before the element at n."""
    k = n - 1
    while k >= 0 and isinstance(els[k], Punct) and els[k].char in (",", "-", "–"):
        k -= 1
    return k >= 0 and isinstance(els[k], Name)

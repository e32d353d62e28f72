"""The people a visit is paid to, and the places of worship they keep (kg.extract.meeting.visitors
re-exports them for the host reader):

    Đoàn thăm, chúc Tết Hòa thượng A - Trụ trì chùa X        chùa X hosts
    thăm Mục sư A, Quản nhiệm Hội Thánh X; Linh mục B, ...   each one's place hosts
    đến thăm, chúc mừng các vị chức sắc ...                  people visited, no place named

The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import canon, section
from kg.extract.sentences.elements import BodyMention, Honorific, Name, Punct, Role, Word
from kg.extract.meeting.hosts import VISIT, host_words, phrase_at, verb_end, verb_index
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def worship_of_person(sv: SentenceView, v: int, resolve) -> list[Body]:
    """ "Đoàn thăm, chúc Tết Hòa thượng A - Trụ trì chùa X", "thăm Linh mục B, Chánh xứ Giáo xứ Y": the
    religious body of the first title (not a mere membership, when he holds another) of each person the
    visit at element v (and the visit verbs chained to it) takes, a list of them divided by ";" or "và"
    ("Mục sư A, Quản nhiệm Hội Thánh X; Linh mục B, ..., Chánh xứ Giáo xứ Y"); an official
    congratulated stays a person ("chúc mừng đồng chí A, Chủ tịch UBND ..." names no host)."""
    chained = {sv.elements[k].start: k for k in verb_index(sv)[VISIT] if k > v}
    end, names, person, roles, out = verb_end(sv, v, VISIT), 0, False, [], []
    for e in sv.elements[v + 1:]:
        if e.start < end:
            continue
        if not person and e.start in chained:
            end = verb_end(sv, chained[e.start], VISIT)     # ("thăm, chúc Tết ...")
            continue
        if not person and (isinstance(e, Punct) and e.char == "," or isinstance(e, Word) and e.low == "và"):
            continue
        if roles and (isinstance(e, Punct) and e.char == ";" or isinstance(e, Word) and e.low == "và"):
            b = _worship_body(roles, resolve)       # (one person's item ends; another may follow)
            if b is None:
                return out
            out.append(b)
            person, names, roles = False, 0, []
            continue
        person = person or isinstance(e, (Honorific, Name))
        names += isinstance(e, Name)
        if isinstance(e, Role) and person:
            roles.append(e)
        elif not person or names > 1 or isinstance(e, Punct) and e.char not in ",-–()" or \
                not roles and isinstance(e, (Word, BodyMention)):
            break       # (no person, several, or the clause goes on before any title)
    b = _worship_body(roles, resolve) if roles else None
    return out + [b] if b is not None and person else out


@lru_cache(maxsize=1)
def _incumbent_roles() -> frozenset:
    """roles.yaml `incumbent_roles`, as meetings.yaml's host words are read (canonical, lower-case)."""
    return frozenset(canon(w).lower() for w in section("roles.yaml", "incumbent_roles"))


def _worship_body(roles: list, resolve) -> Optional[Body]:
    """The religious body of a visited person's titles: the place of worship he keeps, else the first,
    a membership ("Ủy viên Ban Đại diện ...") only when he holds no other; None when none is religious."""
    bodies = [(r, resolve(r.body)) for r in roles if r.body is not None]
    bodies = [(r, b) for r, b in bodies if b is not None and b.kind == "ReligiousOrganisation"]
    w = host_words()
    # (who keeps a place of worship is visited there: "Linh mục B, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh,
    # Chánh xứ Giáo xứ Y" -> the parish; roles.yaml `incumbent_roles`)
    held = [b for r, b in bodies if r.entry.role.lower() in _incumbent_roles()] or \
        [b for r, b in bodies if r.entry.role.lower() not in w["membership_roles"]] or [b for _, b in bodies]
    return held[0] if held else None


def visits_people(sv: SentenceView) -> bool:
    """A visit verb of the sentence takes people ("đến thăm, chúc mừng các vị chức sắc ...", "thăm
    một số vị chức sắc, cơ sở Phật giáo": meetings.yaml hosts `dignitaries` after `people_counts`)."""
    toks, w = sv.toks, host_words()
    for v in verb_index(sv)[VISIT]:
        j = verb_end(sv, v, VISIT)
        while j < len(toks) and toks[j].low in w["people_counts"]:
            j += 1
        if phrase_at(toks, j, "dignitaries"):
            return True
    return False

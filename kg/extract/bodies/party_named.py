"""The Party named in full on its own ("kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
"Điều lệ Đảng Cộng sản Việt Nam", "người đảng viên Đảng Cộng sản Việt Nam"): a body named on its own
(docs/conventions.md). Not a lexicon entry: written right after a title or a central organ
("Tổng Bí thư Đảng Cộng sản Việt Nam A", "Bộ Chính trị Đảng Cộng sản Việt Nam") the Party's name is
that title's or organ's tail (its Central Committee's, its Politburo's), which the lexicon reads, so
the name counts only where no title, body or name element stands on it or right before it.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import BodyMention, Name, Role
from kg.facts import Body


@lru_cache(maxsize=1)
def _spec() -> tuple:
    """(the Party's name, its forms as lower-case token tuples, its kind): bodies.yaml party_named."""
    raw = bodies_yaml().get("party_named") or {}
    forms = tuple(tuple(f.lower().split()) for f in raw.get("forms") or [])
    return raw.get("name", ""), forms, raw.get("kind", "PartyCommittee")


def party_named(views) -> list[Body]:
    name, forms, kind = _spec()
    out: list[Body] = []
    for sv in views:
        if not name or "cộng" not in sv.lows and "csvn" not in sv.lows:
            continue
        toks = sv.toks
        taken = {k for e in sv.elements if isinstance(e, (Role, BodyMention, Name)) for k in range(e.start, e.end)}
        for i in range(len(toks)):
            if i in taken or i - 1 in taken:
                continue        # inside an element, or a title's or an organ's tail
            if any(tuple(t.low for t in toks[i:i + len(f)]) == f for f in forms):
                out.append(Body(name, kind, None, None, name, None, True))
                break
    return out[:1]

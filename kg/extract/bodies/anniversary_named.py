"""A whole-country organisation named by its anniversary or tradition day ("kỷ niệm 80 năm Ngày
truyền thống X", "95 năm Ngày thành lập lực lượng X", "N năm thành lập X") or by its tradition ("ôn
lại truyền thống vẻ vang của X"): a body named on its own (docs/conventions.md), under its canonical name of today (the Front's old name "Mặt trận Dân tộc
Thống nhất Việt Nam" is the Front's). Not read by the lexicon: the Front's name is a weak form there
(a system word unless a level follows), the police and the border guard have no entry of their own.

Only the name written right after the day (past a filler such as "lực lượng") counts, and only
when no level follows it: "Ngày thành lập MTTQ Việt Nam tỉnh X" names the province's committee,
which the lexicon reads. A day of a sector or of a group of people ("Ngày truyền thống công tác dân
vận", "ngày truyền thống Người cao tuổi") names no organisation of the list, so nothing is read.
Mentioned only: the day makes the body neither a host nor a guest.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.facts import Body


def _lows(words) -> tuple:
    return tuple(tuple(w.lower().split()) for w in words or [])


@lru_cache(maxsize=1)
def _spec() -> tuple:
    """bodies.yaml anniversary_named: (days, counted days, fillers, level words, [(name, kind, forms)],
    traditions)."""
    raw = bodies_yaml().get("anniversary_named") or {}
    levels = _lows(w for ws in bodies_yaml()["levels"].values() for w in ws)
    bodies = [(b["name"], b["kind"], _lows(b["forms"])) for b in raw.get("bodies") or []]
    traditions = dict(raw.get("traditions") or {})
    traditions["words"] = _lows(traditions.get("words"))
    traditions["stops"] = frozenset(traditions.get("stops") or ())
    return (_lows(raw.get("days")), _lows(raw.get("counted_days")), _lows(raw.get("fillers")), levels, bodies,
            traditions)


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    """The words a day's name or a tradition can start with: a sentence without any names no day, and
    a word that is none of them starts none (so the walk asks only there)."""
    days, counted, *_, traditions = _spec()
    return frozenset(w[0] for w in (*days, *counted, *traditions["words"]) if w)


def _at(lows: list, i: int, words: tuple) -> int:
    """The length of the longest of `words` written at i, 0 if none."""
    return max((len(w) for w in words if tuple(lows[i:i + len(w)]) == w), default=0)


def _tradition_end(lows: list, i: int, traditions: dict) -> int:
    """Where "truyền thống ... của" starting at i ends ("truyền thống vẻ vang N năm qua của X"), else 0:
    the organisation's own tradition, its link word a few words on, within the clause."""
    n = _at(lows, i, traditions["words"])
    stop = traditions["stops"]
    for k in range(i + n, min(len(lows), i + n + traditions.get("reach", 0) + 1) if n else 0):
        if lows[k] in stop:
            return 0
        if lows[k] == traditions.get("link"):
            return k + 1
    return 0


def _day_end(lows: list, i: int, spec: tuple) -> int:
    """Where a day's name starting at i ends ("ngày thành lập"; "thành lập" after "N năm"; a
    tradition's "của"), else 0."""
    days, counted, traditions = spec[0], spec[1], spec[5]
    n = _at(lows, i, days)
    if n:
        return i + n
    n = _at(lows, i, counted)
    if n and i >= 2 and lows[i - 1] == "năm" and lows[i - 2].isdigit():
        return i + n
    return _tradition_end(lows, i, traditions)


def anniversary_named(views) -> list[Body]:
    spec = _spec()
    fillers, levels, bodies = spec[2:5]
    firsts = _first_words()
    out: list[Body] = []
    for sv in views:
        if firsts.isdisjoint(sv.lows):
            continue        # (the sentence's words tested in C before its list is made)
        lows = [t.low for t in sv.toks]
        for i in range(len(lows)):
            if lows[i] not in firsts:
                continue
            k = _day_end(lows, i, spec)
            if not k:
                continue
            k += _at(lows, k, fillers)
            # the longest name written wins: the border guard's old "Công an nhân dân vũ trang"
            # is no police force
            n, name, kind = max(((_at(lows, k, forms), name, kind) for name, kind, forms in bodies),
                                default=(0, "", ""), key=lambda c: c[0])
            if n and not _at(lows, k + n, levels) and all(b.name != name for b in out):
                out.append(Body(name, kind, None, None, name, None, True))
    return out

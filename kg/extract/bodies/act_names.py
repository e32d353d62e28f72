"""A body whose name is also its act: "Thanh tra huyện X" is the district's inspectorate, and "to
inspect district X" as well. Documents and teams are written capitalised ("Kết luận Thanh tra huyện
X", "Quyết định Thanh tra", "Đoàn Thanh tra"), so the case does not tell them apart; the words
around do (bodies.yaml act_bodies): after a document or team noun or an auxiliary verb, or with the
topic of the inspection after the place ("... huyện X về công tác ..."), it is the act, the district
its object, and no body."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.lexicon import _parsed


@lru_cache(maxsize=1)
def _acts() -> tuple:
    # (the file as parsed, read only: a copy of all bodies.yaml for three word lists cost more
    # than the article that first asks)
    a = _parsed("bodies.yaml").get("act_bodies") or {}
    return (frozenset(a.get("names") or []), frozenset(w.lower() for w in a.get("before") or []),
            tuple(tuple(w.lower().split()) for w in a.get("after") or []))


def an_act(toks: list, i: int, j: int, canonical: str) -> bool:
    """Whether the body named at tokens i..j (its place read up to j) is written as the act."""
    names, before, after = _acts()
    if canonical not in names:
        return False
    if i > 0 and (toks[i - 1].low in before or i > 1 and f"{toks[i - 2].low} {toks[i - 1].low}" in before):
        return True
    return any(tuple(t.low for t in toks[j:j + len(w)]) == w for w in after)

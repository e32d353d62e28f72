"""Short names that mean one body the article names in full (bodies.yaml `short_names`): "Đảng ủy
Khối" after "Đảng ủy Khối các Cơ quan tỉnh X", "Trưởng Ban Đại diện" after "Ban Đại diện Phật giáo
Hòa Hảo tỉnh Y". Read by the bodies stage after the sentences' bodies are completed."""
from __future__ import annotations

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.sentences.elements import BodyMention


def unify_short_names(views) -> None:
    """A short name (bodies.yaml `short_names`: "Đảng ủy Khối") means the one body the article
    names in full with it ("Đảng ủy Khối các Cơ quan tỉnh"); with none or several, no body."""
    short = frozenset(bodies_yaml().get("short_names") or [])
    if not short:
        return
    every = [bm for sv in views for _, _, bm in sv.mentions() if type(bm) is BodyMention]
    mentions = [bm for bm in every if bm.base is not None]
    for name in short:
        # (or an organ of that name alone, a title's: "Mục sư A - Trưởng Ban Đại diện", when no other body
        # of that head is written)
        alone = not _other_heads(views, name)
        bare = [bm for bm in every if bm.base is not None and bm.base.canonical == name
                or alone and bm.base is None and bm.organs == [name] and bm.level is None and not bm.generic]
        if not bare:
            continue
        full = {(bm.base, bm.level, bm.unit, bm.place_name) for bm in mentions
                if bm.base.canonical.startswith(name + " ") and bm.level is not None}
        for bm in bare:
            if len(full) == 1:
                bm.base, bm.level, bm.unit, bm.place_name = next(iter(full))
                bm.organs = []
            else:
                bm.generic = bm.generic or bm.base is not None


def _other_heads(views, name: str) -> bool:
    """Whether the head `name` is written before a capitalised word but at the start of a body
    named in full with it ("Ban Đại diện Cha mẹ học sinh ..."): a bare head may be that body's."""
    words, n = tuple(name.lower().split()), len(name.split())
    for sv in views:
        if words and words[0] not in sv.lows:
            continue        # (the head's first word is not in the sentence: asked of every sentence)
        full = {bm.start for _, _, bm in sv.mentions() if type(bm) is BodyMention and bm.base is not None
                and bm.base.canonical.startswith(name + " ")}
        # (only where the first word stands, found in C: Lows.positions)
        if any(sv.toks[k + n].is_cap and tuple(t.low for t in sv.toks[k:k + n]) == words and k not in full
               for k in (sv.lows.positions(frozenset(words[:1])) if words else range(len(sv.toks) - n))
               if k < len(sv.toks) - n):
            return True
    return False

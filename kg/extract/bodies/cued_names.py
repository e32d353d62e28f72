"""A central body written by a short name its own organisation's context explains (bodies.yaml
`cued_names`: a bare "Hội đồng Trị sự" in a story of the Buddhist Sangha is the Sangha's
executive council). The short name alone names no body: another faith or a board elsewhere may
write the same words, so it is read as the full body only when the article also names one of
the cue bodies; otherwise it is generic (no body)."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.lexicon import canon, lexicon, section
from kg.extract.sentences.elements import BodyMention


@lru_cache(maxsize=1)
def _cued() -> dict:
    """short canonical -> (full canonical, the cue canonicals)."""
    raw = section("bodies.yaml", "cued_names", None) or {}
    return {canon(k): (canon(v["body"]), frozenset(canon(c) for c in v["cues"])) for k, v in raw.items()}


def unify_cued_names(views) -> None:
    """Each bare short name (with an organ before it or not: "Thường trực Hội đồng Trị sự")
    becomes its full central body when the article names a cue body."""
    cued = _cued()
    if not cued:
        return
    mentions = [(sv, bm) for sv in views for _, _, bm in sv.mentions()
                if type(bm) is BodyMention and bm.base is not None]
    named = {bm.base.canonical for _, bm in mentions}
    initials, clergy = _initials()
    for sv, bm in mentions:
        spec = cued.get(bm.base.canonical)
        if spec is None:
            continue
        full = lexicon().central_by_name.get(spec[0])
        # (its initials alone, "HĐTS", also a school's admissions council: only for a cleric,
        # addressed as one before it in the sentence, "HT. A - Ủy viên HĐTS")
        before = " %s " % " ".join(t.low for t in sv.toks[:bm.start])
        cleric = sv.toks[bm.start].text not in initials or any(f" {w} " in before for w in clergy)
        if full is not None and named & spec[1] and cleric:
            bm.base, bm.central, bm.level = full, True, "central"
        else:
            bm.generic = True


@lru_cache(maxsize=1)
def _initials() -> tuple:
    """bodies.yaml `cued_initials`: the initials of a cued name, and the words a cleric is addressed by."""
    raw = section("bodies.yaml", "cued_initials", None) or {}
    return frozenset(raw.get("initials") or []), frozenset(w.lower() for w in raw.get("clergy") or [])

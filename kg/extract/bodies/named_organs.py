"""An organ word that opens a name of its own ("Văn phòng Đăng ký đất đai tỉnh X", "Văn phòng Luật
sư Y", "Ban Tổ chức Đại hội"): written bare, the bodies stage would take it for the organ of the
level's party committee or union the sentence is about ("Văn phòng" -> "Văn phòng Huyện ủy").
A capitalised word right after it that no other element claims (no body, level, place or person)
goes on its own name, so it is no organ of a body the context gives. And an organ the owner's kind
of body names otherwise (name_organs)."""
from __future__ import annotations

from functools import lru_cache

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import grammar, section
from kg.extract.sentences.elements import BodyMention, Word


@lru_cache(maxsize=1)
def _chapter_events() -> frozenset:
    return frozenset(section("bodies.yaml", "chapter_events", None) or [])


@lru_cache(maxsize=1)
def _chapter_words() -> frozenset:
    """A union's chapter word after an organ ("Ban Thường vụ Hội") names the union, no new name."""
    return frozenset(w.lower() for w in grammar("bodies.yaml", "completion").get("chapter_words") or [])


def drop_named_organs(sv) -> None:
    toks = sv.toks
    at = None           # (built only for a sentence with a bare organ)
    for _, e, _ in sv.mentions():
        if not isinstance(e, BodyMention) or e.generic or e.base is not None or not e.organs or e.central \
                or e.end >= len(toks) or not toks[e.end].is_cap:
            continue
        at = at if at is not None else {x.start: x for x in sv.elements}
        w = at.get(e.end)
        # ("Hội" alone is the union's chapter; "Hội thi", "Hội nghị" are events, bodies.yaml chapter_events)
        chapter = isinstance(w, Word) and w.end == e.end + 1 and w.low in _chapter_words() \
            and not (w.end < len(toks) and toks[w.end].low in _chapter_events())
        if isinstance(w, Word) and not chapter:
            e.generic = True


def name_organs(mentions) -> None:
    """An organ the owner's kind of body names otherwise (bodies.yaml `organ_names`): the Front's
    standing board is its "Ban Thường trực" however written ("Thường trực Ủy ban MTTQ tỉnh X"); a
    union's and a party committee's keep "Thường trực"."""
    names = _organ_names()
    for _, _, bm in mentions:
        if type(bm) is BodyMention and bm.organs and bm.base is not None:
            bm.organs[0] = names.get(bm.base.kind, {}).get(bm.organs[0], bm.organs[0])


@lru_cache(maxsize=1)
def _organ_names() -> dict:
    return {k: dict(v) for k, v in (bodies_yaml().get("organ_names") or {}).items()}

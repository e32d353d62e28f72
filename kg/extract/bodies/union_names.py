"""A union's central body written short: "Ủy viên Ban Chấp hành Trung ương Hội" in a story about
the association of the elderly is that association's central committee, not the women's union's
(the name does not say which union; the story does). So is a union's organ written bare ("Ban Chấp
hành khóa mới", "BCH hội") in a story whose lead is about one association: that association's. bodies.yaml `union_short_names` maps the short
name to the prefix of the full one: the full name is that prefix and the national name of the one
union the sentence names, else of the one union the article names; with none or several, no body
(a wrong union is worse than none).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon
from kg.extract.sentences.elements import BodyMention, Punct, Role, Word


@lru_cache(maxsize=1)
def _short_names() -> dict:
    return dict(bodies_yaml().get("union_short_names") or {})


@lru_cache(maxsize=1)
def _words() -> tuple[str, str]:
    """bodies.yaml `union_short_words`: the word a central name opens with and the word a union's
    name opens with, each with the space after it ("Trung ương ", "Hội ")."""
    words = bodies_yaml()["union_short_words"]
    return words["central"] + " ", words["union"] + " "


def _union(bm: BodyMention) -> Optional[str]:
    """The national name of the association a mention names ("Hội Người cao tuổi tỉnh X" ->
    "Hội Người cao tuổi Việt Nam"; "Trung ương Hội LHPN Việt Nam" -> "Hội Liên hiệp Phụ nữ Việt
    Nam"), or None for any other body."""
    base = bm.base
    if base is None or base.kind != "MassOrganisation" or base.canonical in _short_names():
        return None
    name = base.central if base.sort == "leveled" else base.canonical if base.sort == "central" else None
    central, union = _words()
    if name and name.startswith(central):
        name = name[len(central):]
    return name if name and name.startswith(union) else None


def unify_union_names(views) -> None:
    """Bind each short central name of a union to the union its sentence or its article names."""
    short = _short_names()
    if not short:
        return
    sentences = [[bm for _, _, bm in sv.mentions() if type(bm) is BodyMention and bm.base is not None]
                 for sv in views]
    if not any(bm.base.canonical in short for ms in sentences for bm in ms):
        return
    in_article = {u for ms in sentences for bm in ms if (u := _union(bm))}
    central = lexicon().central_by_name
    for ms in sentences:
        in_sentence = {u for bm in ms if (u := _union(bm))}
        for bm in ms:
            prefix = short.get(bm.base.canonical)
            if prefix is None:
                continue
            unions = in_sentence if len(in_sentence) == 1 else in_article if not in_sentence else set()
            names = {f"{prefix} {u}" for u in unions} & central.keys()
            if len(unions) == 1 and len(names) == 1:
                bm.base = central[names.pop()]
            else:
                bm.generic = True


def read_fronted_central(sv) -> None:
    """A union written after a central level word and with no level of its own ("Phó Chủ tịch TƯ
    Hội CCB", "của Trung ương Hội Nông dân"): the national organisation, as "Hội X Việt Nam" or "Hội
    X Trung ương" is; its body is the union's central one ("Trung ương Hội X Việt Nam" where the
    lexicon names the centre so, else "Hội X Việt Nam"), never the story's own chapter."""
    lx, central_word = lexicon(), _words()[0]
    plain = None        # (the plain words' tokens, made at the first union that may need them: few sentences hold one)
    for idx, bm in enumerate(sv.elements):
        base = bm.base if type(bm) is BodyMention else None
        if base is None or base.sort != "leveled" or not base.central or bm.level is not None \
                or bm.place_name or bm.organs or bm.generic or base.kind != "MassOrganisation":
            continue
        if plain is None:       # (before any element is edited below, as it was made before the walk)
            plain = {k for e in sv.elements if type(e) in (Word, Punct) for k in range(e.start, e.end)}
        start = _central_before(sv.toks, bm.start, plain, lx)
        entry = lx.central_by_name.get(central_word + base.central) or lx.central_by_name.get(base.central)
        if start is None or entry is None:
            continue
        union = BodyMention(start, bm.end, bm.surface, base=entry, level="central", central=True)
        title = next((x for x in sv.elements if type(x) is Role and x.body is None and x.end == start), None)
        if title is not None:       # "Phó Chủ tịch" + "TƯ Hội CCB": the title's body, as one written right after it
            title.body, title.end = union, union.end
            sv.elements[:] = [x for x in sv.elements if x is title or x.end <= title.start or x.start >= union.end]
        else:
            sv.elements[idx] = union
            sv.elements[:] = [e for e in sv.elements if not (start <= e.start and e.end <= bm.start)]


def _central_before(toks: list, at: int, plain: set, lx) -> Optional[int]:
    """The start of a central level word that ends right before token `at` and is no part of
    another element (a title or a body that took it: "Ban Dân vận Trung ương"), else None."""
    for k in range(max(0, at - 3), at):
        lv = lx.levels.match(toks, k)
        if lv is not None and k + lv.size == at and lv.payload.level == "central" \
                and all(i in plain for i in range(k, at)):
            return k
    return None


_STORY_LEAD = 2     # the story sentences that may name the body the story is about


def _story_union(views) -> Optional[BodyMention]:
    """The association the story is about: the first body its lead names by itself, when that is a
    union at a level ("Hội Cựu chiến binh xã X tổ chức đại hội"), else None."""
    for sv in views[:_STORY_LEAD]:
        first = next((bm for _, e, bm in sv.mentions() if type(bm) is BodyMention and e is bm), None)
        if first is not None:
            base = first.base
            ok = base is not None and base.sort == "leveled" and base.kind == "MassOrganisation" \
                and first.level not in (None, "central") and not first.generic
            return first if ok else None
    return None


def unify_union_organs(views) -> None:
    """Give each elected organ of a union written bare and by itself, that no stage before placed
    ("Đại hội bầu Ban Chấp hành khóa mới", "kiện toàn BCH hội"), the association the story's lead is
    about; none where the article writes that organ of another body too ("Ban Thường vụ Huyện ủy":
    which is meant is not known)."""
    organs = frozenset(bodies_yaml().get("elected_union_organs") or ())
    mentions = [bm for sv in views for _, _, bm in sv.mentions() if type(bm) is BodyMention]
    bare = [bm for sv in views for _, e, bm in sv.mentions() if type(bm) is BodyMention and e is bm
            and bm.base is None and not bm.generic and len(bm.organs) == 1 and bm.organs[0] in organs]
    union = _story_union(views) if bare else None
    if union is None:
        return
    of_others = {o for bm in mentions if bm.base is not None and bm.base != union.base for o in bm.organs}
    for bm in bare:
        if bm.organs[0] not in of_others:
            bm.base, bm.level, bm.unit, bm.place_name = union.base, union.level, union.unit, union.place_name

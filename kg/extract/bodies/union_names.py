"""A union's central body written short: "Ủy viên Ban Chấp hành Trung ương Hội" in a story about
the association of the elderly is that association's central committee, not the women's union's
(the name does not say which union; the story does). bodies.yaml `union_short_names` maps the short
name to the prefix of the full one: the full name is that prefix and the national name of the one
union the sentence names, else of the one union the article names; with none or several, no body
(a wrong union is worse than none).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon
from kg.extract.sentences.elements import BodyMention


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

"""The officials stage: who in the article is an official, and where they belong.

A name is an official when it holds a post, or when the article calls it "đồng chí" outside an
award (kg.extract.posts.posts collects those); a byline, a place or a historical figure never is.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.gazetteer import get_gazetteer, name_key
from kg.extract.lexicon import lexicon, section
from kg.extract.sentences.elements import Role
from kg.extract.sentences.spans import MIDDLE_NAMES
from kg.extract.state import ArticleState, Stage
from kg.facts import Official, Post


@lru_cache(maxsize=65536)
def _is_place(name: str) -> bool:
    return get_gazetteer().is_place_name(name)


def is_place(name: str) -> bool:
    return _is_place(name)


_NOT_STARTS = tuple(s + " " for s in section("people.yaml", "not_person_starts"))


def is_person(name: str, lx=None) -> bool:
    """A name that can be an official: not a historical figure, not a place, not a religion's
    branch written like a name ("Cao Đài Tiên Thiên")."""
    lx = lx or lexicon()
    return name not in lx.not_officials and not _is_place(name) and not name.startswith(_NOT_STARTS)


_COMRADE = frozenset(section("people.yaml", "official_honorifics"))


def addressed_person(name, lx=None) -> bool:
    """A name the article calls "đồng chí" that is also a place's ("đồng chí Mai Sơn, Phó Chủ tịch
    ..."): no place is addressed so, the name is a person's (not a figure of history)."""
    lx = lx or lexicon()
    return (getattr(name, "honorific", None) or "").lower() in _COMRADE and name.text not in lx.not_officials \
        and not name.text.startswith(_NOT_STARTS)


def _addressed(state: ArticleState) -> set:
    """The names the article addresses as a comrade somewhere (addressed_person)."""
    return {e.text for sv in state.views for e in sv.elements
            if type(e).__name__ == "Name" and not e.partial and addressed_person(e)}


def _home(name: str, posts: list[Post]) -> tuple[Optional[str], bool]:
    """Where an official belongs, for identity across articles."""
    mine = [p for p in posts if p.official == name]
    for p in mine:
        pl = p.body.place
        if pl is not None:
            return (pl.province or pl.name), False
    if mine and all(p.body.central for p in mine):
        return None, True
    return None, False


def _unit_names(state: ArticleState) -> frozenset:
    """The folded names the article types with a lower-case first syllable right after a unit word
    ("huyện lộc X"): the words after a unit word are its name, so the same name read as a person's
    in another sentence ("Lộc X") is the place's. (Not every run after a unit word: a body parse
    may take a person's name for an unknown unit's.)"""
    from kg.extract.sentences.sentences import _get_scanner
    scanner = _get_scanner()
    keys: set = set()
    for sv in state.views:
        typo = sv.cache.get("typo_units")       # (kept by the scan: kg.extract.sentences.sentences)
        keys |= typo if typo is not None else scanner.typo_unit_keys(sv.text, sv.toks, sv.start, state.vintage)
        # and the two syllables after the unit word of a body no title holds (the Scanner reads
        # them as the unit's name there: kg.extract.sentences.mentions _place_after); the few
        # mentions read, not every element
        keys.update(name_key(e.place_name) for _, e, _ in sv.mentions()
                    if type(e) is not Role and _two_syllable_unit(e.place_name))
    return frozenset(keys)


def _two_syllable_unit(name: Optional[str]) -> bool:
    words = name.split() if name else ()
    return len(words) == 2 and words[0].lower() in lexicon().surnames and words[1].lower() not in MIDDLE_NAMES \
        and not _is_place(name)


_NAMESAKE = section("people.yaml", "namesakes")
_LATE_AFTER = tuple(tuple(w.split()) for w in _NAMESAKE["after"])
_NAMED_AFTER = tuple(tuple(w.split()) for w in _NAMESAKE["before"])


def _namesakes(state: ArticleState, names: set) -> set:
    """The names (of those given) the article writes inside a body's name ("Trường THCS A"), after
    the words that name a thing after a person ("mang tên A") or before those that speak of the dead
    ("A sinh thời đã giữ ..."; people.yaml namesakes): a figure the article remembers, no official
    (conventions: "people in the name of an organisation")."""
    out: set = set()
    if not names:
        return out          # (no name to look for: most articles honour none that holds no post)
    for sv in state.views:
        toks = sv.toks
        for _, e, bm in sv.mentions():
            if bm is not None and type(e) is not Role:
                out.update(n for n in names if n in getattr(bm, "surface", ""))
        for e in sv.elements:
            if type(e).__name__ != "Name" or e.text not in names:
                continue
            after = tuple(t.low for t in toks[e.end:e.end + 3])
            before = tuple(t.low for t in toks[max(0, e.start - 4):e.start])
            if any(after[:len(w)] == w for w in _LATE_AFTER) \
                    or any(before[-len(w) - k:len(before) - k] == w for w in _NAMED_AFTER for k in (0, 1, 2)):
                out.add(e.text)
    return out


def _the_late(state: ArticleState) -> set:
    """The names written right before the words that speak of the dead ("A sinh thời là Bí thư
    Tỉnh ủy"): the titles after them were held by the dead, no post of an official."""
    out: set = set()
    # (only a sentence that holds a first word of those: none in most; all if one were empty)
    firsts = frozenset(w[0] for w in _LATE_AFTER) if all(_LATE_AFTER) else None
    for sv in state.views:
        if firsts is not None and firsts.isdisjoint(sv.lows):
            continue
        for e in sv.elements:
            if type(e).__name__ == "Name":
                after = tuple(t.low for t in sv.toks[e.end:e.end + 3])
                if any(after[:len(w)] == w for w in _LATE_AFTER):
                    out.add(e.text)
    return out


_MODEL_CUES = tuple(tuple(w.split()) for w in section("people.yaml", "model_cues"))


def _model_members(state: ArticleState, names: set) -> set:
    """The names (of those given: "đồng chí" with no post) the article writes only in the lists
    that present models to follow ("hội nghị nghe các báo cáo điển hình: xã X và các đồng chí A,
    B"; people.yaml model_cues, then a colon before the name): members honoured for their work,
    no officials (the annotation convention keeps rank-and-file members out). An event's name
    ("hội nghị biểu dương điển hình tiên tiến, đồng chí C phát biểu") introduces no list."""
    if not names or not _MODEL_CUES:
        return set()
    firsts = frozenset(w[0] for w in _MODEL_CUES)
    cued: set = set()
    plain: set = set()
    for sv in state.views:
        here = [e for e in sv.elements if type(e).__name__ == "Name" and e.text in names]
        if not here:
            continue
        lows = [t.low for t in sv.toks]
        cues = [i + len(w) for w in _MODEL_CUES for i in range(len(lows) - len(w) + 1)
                if tuple(lows[i:i + len(w)]) == w] if not firsts.isdisjoint(sv.lows) else []
        opened = [o for o in (_cue_colon(lows, c) for c in cues) if o is not None]
        for e in here:
            listed = any(o < e.start and "." not in lows[o:e.start] for o in opened)
            (cued if listed else plain).add(e.text)
    return cued - plain


_CUE_COLON_REACH = 5     # words between a model cue and the colon that opens its list


def _cue_colon(lows: list, c: int):
    """The colon that closes a model cue's own phrase ("các báo cáo điển hình:", "30 cá nhân tiêu
    biểu của huyện:"), within a few words of it and no word of attendance between ("Dự hội nghị
    biểu dương điển hình tiên tiến có các đồng chí: A, B": the colon lists who came); else None."""
    for k in range(c, min(len(lows), c + _CUE_COLON_REACH + 1)):
        if lows[k] == ":":
            return k
        if lows[k] in _ATTENDING or lows[k] in ".;":
            return None
    return None


_ATTENDING = frozenset(section("people.yaml", "model_cue_breaks"))
_DEPUTY = frozenset(("Đại biểu",))
_DIGNITARIES = frozenset(section("people.yaml", "dignitary_honorifics"))
_VISITED = section("people.yaml", "dignitaries_visited")
_VISITS = tuple(tuple(w.split()) for w in _VISITED["visits"])
_NOT_VISITS = tuple(tuple(w.split()) for w in _VISITED["not"])
_BETWEEN = frozenset(_VISITED["between"])


def _said(lows: list, phrases: tuple) -> bool:
    return any(tuple(lows[i:i + len(w)]) == w for w in phrases for i in range(len(lows) - len(w) + 1))


def _visited_dignitaries(state: ArticleState) -> set:
    """ "Đoàn đến thăm, chúc mừng Linh mục A, Nhà thờ X", "thăm Hòa thượng B - trụ trì chùa Y": a
    religious dignitary the delegation visits and greets, named in full, is the other side of the
    meeting, an official (the annotation convention). The visit governs the name: its words right
    before the honorific, or a list the visit opens with a colon ("thăm, chúc mừng: ...; Hòa thượng
    C, chùa Z"); not "thăm mộ Hòa thượng D", nor "Nhân dịp thăm quê, Hòa thượng E ..." (the visitor).
    One given a gift in the sentence is a recipient, one mourned is of the past (people.yaml
    dignitaries_visited)."""
    out: set = set()
    for sv in state.views:
        named = [e for e in sv.elements if type(e).__name__ == "Name" and not e.partial
                 and (e.honorific or "").lower() in _DIGNITARIES]
        if not named:
            continue
        lows = [t.low for t in sv.toks]
        if _said(lows, _NOT_VISITS):
            continue
        for e in named:
            if _governed(lows, e.start - len(e.honorific.split())):
                out.add(e.text)
    return out


def _governed(lows: list, at: int) -> bool:
    """Whether a visit's words end right before token `at` (only the words of greeting, commas and
    "và" between), or open with a colon a list that runs to it."""
    k = at
    while True:
        if any(tuple(lows[k - len(w):k]) == w for w in _VISITS if k >= len(w)):
            return True
        if not (k > 0 and lows[k - 1] in _BETWEEN):
            break
        k -= 1
    colon = next((i for i in range(at - 1, -1, -1) if lows[i] == ":"), None)
    return colon is not None and any(tuple(lows[colon - len(w):colon]) == w for w in _VISITS if colon >= len(w)) \
        and "." not in lows[colon:at]


def _foreign_body(body, places) -> bool:
    """Whether the body is a neighbour's unit's ("Tỉnh ủy Sê Kông"): no place of ours, and its
    name ends with a unit the article marks as foreign."""
    if body.place is not None or places is None or not places.foreign:
        return False
    words = body.name.split()
    return any(name_key(" ".join(words[-k:])) in places.foreign for k in range(1, min(4, len(words)) + 1))


def _one_side(posts: list[Post], places) -> list[Post]:
    """A person holds a role in our unit's body or in a neighbour's, not both: where a bare
    committee took the foreign unit written in its sentence ("..., chúc tết của đoàn tỉnh Sê
    Kông, Bí thư Tỉnh ủy A đã ...") the same role of ours is A's elsewhere. The side his other
    posts are on decides which one goes; with no other post, both stay."""
    if places is None or not places.foreign:
        return posts
    drop: set = set()
    for name in {p.official for p in posts}:
        mine = [p for p in posts if p.official == name]
        abroad = [p for p in mine if _foreign_body(p.body, places)]
        ours = [p for p in mine if p.body.place is not None]
        for a in abroad:
            twins = [o for o in ours if o.role == a.role]
            if not twins:
                continue
            rest = [p for p in mine if p.role != a.role]
            here = sum(1 for p in rest if not _foreign_body(p.body, places) and (p.body.place or not p.body.scope))
            there = sum(1 for p in rest if _foreign_body(p.body, places))
            if here > there:
                drop.add(id(a))
            elif there > here:
                drop.update(id(o) for o in twins)
    return [p for p in posts if id(p) not in drop] if drop else posts


_STANDING = tuple(section("roles.yaml", "posts")["standing_words"])
_CHOSEN = tuple(section("roles.yaml", "posts")["chosen_words"])


def _standing_forms(posts: list[Post]) -> list[Post]:
    """A title written short after its full form ("Phó Thủ tướng Thường trực Chính phủ A" ...
    "Phó Thủ tướng A") is the same post once: the short one goes, unless its sentence is an
    election (a standing deputy elected a deputy of the new term holds both, as written)."""
    full = {(p.official, p.role, p.body.name) for p in posts}
    drop = {id(p) for p in posts
            if any((p.official, p.role + " " + w, p.body.name) in full for w in _STANDING)
            and not any(c in p.evidence.text.lower() for c in _CHOSEN)}
    return [p for p in posts if id(p) not in drop] if drop else posts


def _bare(name: str) -> str:
    """A name without its marks ("Phan Văn Đạt" -> "phan van dat")."""
    return "".join(c for c in unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))


def _tone_twins(posts: list[Post], text: str) -> dict:
    """ "Chủ tịch UBND tỉnh X Phan Văn Đạt" ... "Phan Văn Đat - Chủ tịch UBND tỉnh X": two spellings
    that differ only in their marks and hold one post a single person holds (no deputy, no member)
    are one person typed twice; the spelling written less often (or with fewer posts) -> the other."""
    by_bare: dict = {}
    for p in posts:
        by_bare.setdefault(_bare(p.official), {}).setdefault(p.official, []).append(p)
    twins = {}
    for names in by_bare.values():
        if len(names) != 2:
            continue
        (a, pa), (b, pb) = sorted(names.items(), key=lambda kv: (-text.count(kv[0]), -len(kv[1])))
        if {(p.role, p.body.name) for p in pa if p.role not in _SHARED and not p.role.startswith(_DEPUTY_MARK)} \
                & {(p.role, p.body.name) for p in pb}:
            twins[b] = a
    return twins


_SHARED = frozenset(section("roles.yaml", "posts")["shared_roles"])
_DEPUTY_MARK = "Phó "


def find_officials(state: ArticleState) -> None:
    facts = state.facts
    lx = lexicon()
    units = _unit_names(state)
    if units and any(name_key(p.official) in units for p in facts.posts):
        facts.posts = [p for p in facts.posts if name_key(p.official) not in units]    # a place holds none
    facts.posts = _one_side(facts.posts, state.places)
    facts.posts = _standing_forms(facts.posts)
    twins = _tone_twins(facts.posts, " ".join(sv.text for sv in state.views))
    if twins:
        facts.posts = list({(t.official, t.role, t.body.name): t for t in
                            (replace(p, official=twins.get(p.official, p.official)) for p in facts.posts)}.values())
    late = _the_late(state)
    if late:
        facts.posts = [p for p in facts.posts if p.official not in late]
    holders = {p.official for p in facts.posts}
    # a council's deputy is an official, but a council whose place the text never writes ("Đại biểu
    # HĐND tỉnh" on a district's page) is no body to hold the seat in
    facts.posts = [p for p in facts.posts if not (p.role in _DEPUTY and p.body.place is None and p.body.scope)]
    honoured = (state.honoured | _visited_dignitaries(state)) - set(twins)
    plain = honoured - holders
    names = sorted(holders | (honoured - _namesakes(state, plain) - _model_members(state, plain)))
    # a historical figure's living namesake holds a post only where kg.extract.posts.posts found one
    # that no figure of history is written with: such a holder is an official
    comrades = _addressed(state) if any(_is_place(o) for o in names) else set()
    state.officials = [o for o in names if ((is_person(o, lx) and (o in holders or o not in facts.authors))
                                            or (o in holders and (not _is_place(o) or o in comrades)))
                       and name_key(o) not in units]
    for name in state.officials:
        prov, central = _home(name, facts.posts)
        facts.officials.append(Official(name, prov, central))


OFFICIALS = Stage("officials", reads=("views", "vintage", "facts.posts", "honoured", "facts.authors", "places"),
                  writes=("officials", "facts.officials", "facts.posts"), run=find_officials)

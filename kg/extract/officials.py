"""The officials stage: who in the article is an official, and where they belong.

A name is an official when it holds a post, or when the article calls it "đồng chí" outside an
award (kg.extract.posts.posts collects those); a byline, a place or a historical figure never is.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.gazetteer import get_gazetteer, name_key, unmarked
from kg.extract.posts.post_history import LATE_AFTER as _LATE_AFTER, names_of as _names, said as _said
from kg.extract.lexicon import lexicon, section
from kg.extract.sentences.elements import Role
from kg.extract.sentences.tokens import said_before
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
    return {e.text for sv in state.views for e in _names(sv) if not e.partial and addressed_person(e)}


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


_NAMESAKE = section("people.yaml", "namesakes")
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
        for e in _names(sv):
            if e.text not in names:
                continue
            after = tuple(t.low for t in toks[e.end:e.end + 3])
            before = tuple(t.low for t in toks[max(0, e.start - 4):e.start])
            if any(after[:len(w)] == w for w in _LATE_AFTER) \
                    or any(before[-len(w) - k:len(before) - k] == w for w in _NAMED_AFTER for k in (0, 1, 2)):
                out.add(e.text)
    return out


_WORKS = tuple(tuple(w.split()) for w in section("people.yaml", "cited_works"))
_QUOTES = {"”": "“", "\"": "\"", "'": "'", "’": "‘", "»": "«"}
_TITLE_REACH = 40       # words of a quoted title between a work's noun and "của"


def _cited_authors(state: ArticleState, names: set) -> set:
    """The names (of those given: no post) the article writes only as the author of a work it cites
    ("giới thiệu cuốn sách "..." của đồng chí A"; people.yaml cited_works): not at the meeting, no official."""
    cited: set = set()
    plain: set = set()
    for sv in state.views:
        for e in _names(sv):
            if e.text in names:
                (cited if _cites(sv.toks, e.start - len((e.honorific or "").split())) else plain).add(e.text)
    return cited - plain


def _cites(toks: list, at: int) -> bool:
    """Whether "của" right before token `at` closes a work's noun, or the work's quoted title right after it."""
    j = at - 1
    if j < 1 or toks[j].low != "của":
        return False
    opening = _QUOTES.get(toks[j - 1].text)
    if opening is not None:
        j = next((k for k in range(j - 2, max(-1, j - 2 - _TITLE_REACH), -1) if toks[k].text == opening), 0)
    return said_before(toks, j, _WORKS)


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
        here = [e for e in _names(sv) if e.text in names]
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
        named = [e for e in _names(sv) if not e.partial
                 and (e.honorific or "").lower() in _DIGNITARIES]
        if not named:
            continue
        lows = [t.low for t in sv.toks]
        if _said(lows, _NOT_VISITS):
            continue
        for e in named:
            if _governed(lows, e.start - len(e.honorific.split()), sv.toks):
                out.add(e.text)
    return out


_LIST_REACH = 10        # words between a visit and the colon of the list it opens ("thăm, chúc Tết các tổ chức, cá nhân gồm:")


def _governed(lows: list, at: int, toks: list) -> bool:
    """Whether a visit's words end right before token `at` (only the words of greeting, commas and
    "và" between), or open a list with a colon, in the few words before it, that runs to it (no
    sentence's end between: a dot glued into an abbreviated unit, "TT.Nam Phước", ends none)."""
    k = at
    while True:
        if any(tuple(lows[k - len(w):k]) == w for w in _VISITS if k >= len(w)):
            return True
        if not (k > 0 and lows[k - 1] in _BETWEEN):
            break
        k -= 1
    for colon in range(at - 1, -1, -1):
        if lows[colon] == "." and not _glued(toks, colon):
            return False        # (the sentence's start: no list of a visit runs to the name)
        if lows[colon] == ":":
            before = lows[max(0, colon - _LIST_REACH):colon]
            cut = max((i + 1 for i, w in enumerate(before) if w in ".;:"), default=0)
            if _said(before[cut:], _VISITS):
                return True     # ("thăm ... gồm: Ban Trị sự các huyện: X, Y; Linh mục A": an earlier colon)
    return False


def _glued(toks: list, i: int) -> bool:
    """The dot at token i joins an abbreviation to the word after it, with no space ("TT.Nam Phước")."""
    return i + 1 < len(toks) and toks[i + 1].start == toks[i].end and toks[i + 1].is_cap


def _shortened(name: str, holders: set) -> bool:
    """ "Pablo Ruiz-Mena" (a headline) beside "Pablo Ruíz-Mena Ortega, Chủ tịch nước ...": a name
    that holds no post and whose syllables, marks aside, begin a longer holder's name is that holder
    written short, no second person."""
    if name in holders or len(name.split()) < 2:
        return False
    short = unmarked(name) + " "
    return any(unmarked(h).startswith(short) for h in holders)


def find_officials(state: ArticleState) -> None:
    # (the posts are merged at the end of the posts stage: kg.extract.posts.post_merge, which
    # imports this module, hence the late import)
    from kg.extract.posts.post_merge import unit_names
    facts = state.facts
    lx = lexicon()
    units = unit_names(state)
    past = state.past          # (their posts the posts stage dropped: kg.extract.posts.post_history)
    holders = {p.official for p in facts.posts}
    # a council's deputy is an official, but a council whose place the text never writes ("Đại biểu
    # HĐND tỉnh" on a district's page) is no body to hold the seat in; the seat goes here, after
    # the holders are counted, since its deputy stays an official though it holds no post
    facts.posts = [p for p in facts.posts if not (p.role in _DEPUTY and p.body.place is None and p.body.scope)]
    honoured = state.honoured | _visited_dignitaries(state)
    plain = honoured - holders
    names = sorted((holders | (honoured - _namesakes(state, plain) - _model_members(state, plain)
                               - _cited_authors(state, plain))) - past)
    # a historical figure's living namesake holds a post only where kg.extract.posts.posts found one
    # that no figure of history is written with: such a holder is an official
    comrades = _addressed(state) if any(_is_place(o) for o in names) else set()
    state.officials = [o for o in names if ((is_person(o, lx) and (o in holders or o not in facts.authors))
                                            or (o in holders and (not _is_place(o) or o in comrades)))
                       and name_key(o) not in units and not _shortened(o, holders)]
    for name in state.officials:
        prov, central = _home(name, facts.posts)
        facts.officials.append(Official(name, prov, central))


OFFICIALS = Stage("officials", reads=("views", "vintage", "facts.posts", "honoured", "past", "facts.authors"),
                  writes=("officials", "facts.officials", "facts.posts"), run=find_officials)

"""People of the past: the names an article writes only about the dead or about history, whose titles are no
posts (read by the posts stage when it makes them; kg.extract.officials leaves those names out of the officials).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import is_

from kg.extract.lexicon import section
from kg.extract.sentences.elements import Name
from kg.extract.state import ArticleState

# "A sinh thời là ...", "A đã hy sinh": the words after a name that speak of the dead (people.yaml namesakes)
LATE_AFTER = tuple(tuple(w.split()) for w in section("people.yaml", "namesakes")["after"])


def names_of(sv) -> list:
    """The sentence's names (its Name elements), in order: picked out in C, where the passes over the
    people of the past and the officials each walked every element of every sentence in Python to find
    them (one element in ten)."""
    els = sv.elements
    return list(compress(els, map(is_, map(type, els), repeat(Name))))


def the_late(state: ArticleState) -> set:
    """The names written right before the words that speak of the dead ("A sinh thời là Bí thư
    Tỉnh ủy") or a life's years in brackets ("A (1912 - 1947), Bí thư Tỉnh ủy đầu tiên"): the titles
    after them were held by the dead, no post of an official."""
    out: set = set()
    # (only a sentence that holds a first word of those or a bracket: none in most; all if one were empty)
    firsts = frozenset(w[0] for w in LATE_AFTER) | {"("} if all(LATE_AFTER) else None
    for sv in state.views:
        if firsts is not None and firsts.isdisjoint(sv.lows):
            continue
        for e in names_of(sv):
            after = tuple(t.low for t in sv.toks[e.end:e.end + 5])
            if any(after[:len(w)] == w for w in LATE_AFTER) or _lifespan(after):
                out.add(e.text)
    return out


def _lifespan(after: tuple) -> bool:
    """ "(1912 - 1947)": a birth and a death year in brackets, a life's length apart (not a term's,
    "(2020 - 2025)")."""
    if len(after) < 5 or after[0] != "(" or after[2] not in "-–" or after[4] != ")" \
            or not (after[1].isdigit() and after[3].isdigit() and len(after[1]) == len(after[3]) == 4):
        return False
    born, died = int(after[1]), int(after[3])
    return 1800 < born and died - born >= _LIFE_YEARS


_LIFE_YEARS = 15        # (fewer years between two in brackets after a name may be a term's or a post's)


_HISTORY = {k: tuple(tuple(w.split()) for w in v) for k, v in section("people.yaml", "history").items()}
_ANNIVERSARY = tuple(tuple(w.split()) for w in section("meetings.yaml", "dates")["anniversary_words"])
# A year alone or after a day and month: r"(?<![\d/.-])(1[89]\d{2}|20\d{2})(?!\d)|(?<!\d)\d{1,2}[/.-](1[89]\d{2}|20\d{2})(?!\d)"
# written with the look-behinds after the first digit, so that a search skips to the digits (it tried
# every character); the year is "1" + group 1, "2" + group 2 or group 3 (_year_of)
_YEAR = re.compile(r"\d(?:(?<=(?<![\d/.-])1)([89]\d{2})(?!\d)|(?<=(?<![\d/.-])2)(0\d{2})(?!\d)"
                   r"|(?<!\d\d)\d?[/.-](1[89]\d{2}|20\d{2})(?!\d))")
_TODAY = re.compile(r"(?<![\d/.-])\d{1,2}[/-]\d{1,2}(?![\d/-])")      # a day and month, no year: this year's
_LIFE = re.compile(r"\b(?:%s)\s*:?\s*$" % "|".join(re.escape(w) for w in section("people.yaml", "history")["life_years"]),
                   re.IGNORECASE)


def _told_years(text: str) -> list[int]:
    """The years a sentence tells (with a day and month or alone), not a life's ("sinh năm 1971")."""
    if "20" not in text and "19" not in text and "18" not in text:
        return []       # (every year _YEAR reads begins so: three tests in C spare its search at every character)
    return [_year_of(m) for m in _YEAR.finditer(text) if not _LIFE.search(text[max(0, m.start() - 12):m.start()])]


def _year_of(m: re.Match) -> int:
    """The year a match of _YEAR reads."""
    alone_1, alone_2, dated = m.groups()
    return 1000 + int(alone_1) if alone_1 else 2000 + int(alone_2) if alone_2 else int(dated)


def of_history(state: ArticleState) -> set:
    """The names the article writes only in sentences about the past (people.yaml `history`): people
    quoted from history, no officials."""
    earliest = _earliest_year()
    past, present = set(), set()
    old = False         # (the last year the story wrote is history: an election told after it is too)
    for sv, a, b in _clauses(state.views):
        text = sv.text[sv.toks[a].start - sv.start:sv.toks[b - 1].end - sv.start]
        years = _told_years(text)
        names = [e.text for e in names_of(sv) if a <= e.start < b]
        if names:       # (a clause that names no one only tells whether the story is in the past)
            lows = [t.low for t in sv.toks[a:b]]
            # (not an anniversary's span, "kỷ niệm 50 năm Ngày Giải phóng (30/4/1975 - 30/4/2025)": today's occasion)
            told = years and max(years) < earliest and not said(lows, _ANNIVERSARY) and not _TODAY.search(text) \
                or said(lows, _HISTORY["cues"]) \
                or (old and not years and said(lows, _HISTORY["elections"]))
            (past if told else present).update(names)
        old = years[-1] < earliest if years else old
    return past - present


def _clauses(views):
    """(sentence, first token, end token) of each clause of the sentences, cut at ";" ("Dự có A – Chủ tịch UBND
    huyện; Thủ tướng B từng đến thăm": the past is the second clause's)."""
    for sv in views:
        # (";" is a token's lower case only where it is its text: most sentences hold none, a set test)
        cuts = [i for i, t in enumerate(sv.toks) if t.text == ";"] if ";" in sv.lows else []
        for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(sv.toks)]):
            if a < b:
                yield sv, a, b


@lru_cache(maxsize=1)
def _earliest_year() -> int:
    """meetings.yaml dates `earliest_year` (read once: section() copies the whole dates section)."""
    return section("meetings.yaml", "dates")["earliest_year"]


_FIRSTS: dict = {}      # said: id of a phrase tuple -> the first words of its phrases (module constants)


def said(lows: list, phrases: tuple) -> bool:
    """One of the phrases (tuples of lower-case words) stands in the words; tried only from the
    words that begin one, which most sentences hold none of."""
    firsts = _FIRSTS.get(id(phrases))
    if firsts is None:
        firsts = _FIRSTS[id(phrases)] = (phrases, frozenset(w[0] for w in phrases if w))
    starts = [i for i, x in enumerate(lows) if x in firsts[1]]
    return any(tuple(lows[i:i + len(w)]) == w for i in starts for w in phrases if w and w[0] == lows[i])


def drop_the_past(state: ArticleState) -> None:
    """The posts of the dead and of people quoted from history are held by no official: dropped once the
    posts are made; the names of history and of the dead are kept for the officials stage (state.past)."""
    state.past = late = the_late(state) | of_history(state)
    if late:
        state.facts.posts = [p for p in state.facts.posts if p.official not in late]

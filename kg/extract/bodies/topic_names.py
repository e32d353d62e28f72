"""The long topical names of steering committees (bodies.yaml open_names heads with `topic`):
"Ban Chỉ đạo xây dựng nông thôn mới huyện X", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực
tỉnh Y". The topic runs in lower case, with commas and "và" inside it, so the open-name reader
(kg.extract.bodies.open_names), which stops at either, cannot tell where it ends; the genre closes such a
name with the level and the place whose committee it is, and only a name so closed is read.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import canon, lexicon, section
from kg.extract.sentences.spans import skip_paren


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = section("bodies.yaml", "open_names")
    heads = {" ".join(canon(h["head"]).lower().split()): canon(h["head"]) for h in raw["heads"] if h.get("topic")}
    topic = raw.get("topic") or {}
    after = tuple(tuple(canon(w).lower().split()) for w in topic.get("after_comma") or [])
    return (heads, frozenset(canon(w).lower() for w in topic.get("stops") or []), int(topic.get("max_tokens", 16)),
            after)


def _opens_list(toks: list, k: int) -> bool:
    """Whether the words after the comma at k open a list of people or bodies (topic after_comma)."""
    return any(tuple(t.low for t in toks[k + 1:k + 1 + len(p)]) == p for p in _spec()[3])


def topic_head(head: str) -> bool:
    """Whether the head (lower case, as open_names keys it) names its body by a topic."""
    return head in _spec()[0]


def task_spelled(rest: str) -> str:
    """A board's task in the spelling of the boards' official names (topic spellings)."""
    for written, official in _task_spellings():
        rest = written.sub(official, rest)
    return rest


@lru_cache(maxsize=1)
def _task_spellings() -> tuple:
    """(pattern of the written spelling as a whole word, official spelling), in the data's order:
    read once (section() copies the whole open_names section)."""
    return tuple((re.compile(r"(?<!\w)%s(?!\w)" % re.escape(written)), official)
                 for written, official in (section("bodies.yaml", "open_names").get("topic") or {}).get("spellings", {}).items())


def topic_spelling(head: str) -> Optional[str]:
    """The head as the lexicon spells it ("Ban Chỉ đạo", also after "Trưởng ban chỉ đạo"), if a topic head."""
    return _spec()[0].get(head)


def topic_end(toks: list, j: int, names: set, inner: dict) -> Optional[int]:
    """Where a topical name that goes on at token j ends: after the first level word followed by
    a place's name (capitalised words, or a number: "Quận 3"), within max_tokens words of lower
    case, commas, "và" and bracketed abbreviations; None when a stop word, a person's name or
    other punctuation comes first (j, no name, when a "và" has joined the topic), or a body of more than a word ("Ban Chỉ đạo, UBND tỉnh Y" is a
    list), or the topic's first word is not in lower case (the name's end is the open-name
    reader's then)."""
    _, stops, most, _ = _spec()
    levels, k, joined = lexicon().levels, j, False
    if j < len(toks) and _scope_at(toks, j):
        return scoped_end(toks, j, names, inner)
    if j < len(toks) and toks[j].text.isdigit():
        return _numbered_end(toks, j + 1, names, inner)
    if j >= len(toks) or not toks[j].is_word or toks[j].is_cap and not _capital_topic(toks, j):
        return None
    while k < len(toks) and k - j <= most:
        t = toks[k]
        if k in names or k in inner and inner[k].end - k > 1 \
                or t.text == "," and (k + 1 >= len(toks) or toks[k + 1].is_cap or not toks[k + 1].is_word
                                      or _opens_list(toks, k)):
            return j if joined else None
        if t.text == "(":
            if skip_paren(toks, k) == k:      # (words in lower case: an explanation, no abbreviation,
                return j if joined else None  # so the topic ends at it, as at other punctuation)
            k = skip_paren(toks, k)
            continue
        lv = levels.match(toks, k) if k > j else None
        if lv is not None and lv.payload.level == "central" and toks[j].low not in _opening_stops():
            return k + lv.size      # "Ban Chỉ đạo Đề án 27 Trung ương": the scope closes the task
        if lv is not None and lv.payload.level is not None:
            e = m = k + lv.size
            while m < len(toks) and toks[m].is_word and toks[m].is_cap and m not in names:
                m += 1
            if m == e and e < len(toks) and toks[e].text.isdigit():
                m = e + 1
            if m > e:
                return _congress_ordinal(toks, j, m)
            if lv.payload.level in ("province", "district") and e < len(toks) and lv.payload.unit == toks[k].low \
                    and (toks[e].low in stops or _phrase_at(toks, e, _scoped_spec()[2])):
                return e        # "... tập thể tỉnh" + "tổ chức hội nghị": the level word, bare, closes it
            k = e               # "xã hội", "thành phố" bare: no place, the topic goes on
            continue
        if (owned := _owned_level(toks, k)) > 0 and k > j and not any(x.low in ("và", _PLURAL) for x in toks[j:k]):
            return owned     # "... nông thôn mới của huyện": the story's district's (one task:
            # "ban chỉ đạo và đại diện các sở, ngành của tỉnh" lists people and bodies)
        if t.text != "," and not _inner_dash(toks, k) and not _glued_number(toks, k) and (not t.is_word or t.low in stops):
            return j if joined else None
        # "chăm lo đời sống và việc làm ...": a topic joined by "và" whose place is not written has
        # no end we know (j: no name), rather than the first half of it
        joined = joined or t.low == "và" and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap
        k += 1
    return j if joined else None


@lru_cache(maxsize=1)
def _scoped_spec() -> tuple:
    topic = section("bodies.yaml", "open_names").get("topic") or {}
    words = lambda key: tuple(tuple(canon(w).lower().split()) for w in topic.get(key) or [])  # noqa: E731
    return words("scopes"), frozenset(canon(w).lower() for w in topic.get("scope_joiners") or []), \
        words("stop_phrases"), int(topic.get("part_words", 5))


@lru_cache(maxsize=1)
def _opening_stops() -> frozenset:
    """The open names' stop words ("và", "của"): a task never begins with one ("Ban Chỉ đạo và Tổ X")."""
    return frozenset(canon(w).lower() for w in section("bodies.yaml", "open_names")["stops"])


def _phrase_at(toks: list, k: int, phrases: tuple) -> bool:
    return any(tuple(t.low for t in toks[k:k + len(p)]) == p for p in phrases)


def _scope_at(toks: list, j: int) -> int:
    """The length of the national scope written at token j ("Trung ương", "quốc gia"), else 0."""
    lv = lexicon().levels.match(toks, j)
    if lv is not None and lv.payload.level == "central":
        return lv.size
    return next((len(p) for p in _scoped_spec()[0] if _phrase_at(toks, j, (p,))), 0)


def scoped_end(toks: list, j: int, names: set, inner: dict) -> Optional[int]:
    """Where a national board's name that goes on at its scope (token j) ends: after its task
    ("Trung ương" + "về phòng, chống tham nhũng, tiêu cực"), a run of lower-case words with commas,
    "và" and dashes inside it, a number glued to a word ("Covid-19"); None when no task follows,
    or a part of it between commas runs longer than part_words or past max_tokens (a verb
    phrase after the name: where the task ends is not known)."""
    _, joiners, phrases, part_most = _scoped_spec()
    stops, most = _spec()[1], _spec()[2]
    k = start = j + _scope_at(toks, j)
    if k < len(toks) and toks[k].low in joiners and _small(toks, k):
        k = start = k + 1
    part = 0
    while k < len(toks) and k - start <= most:
        t = toks[k]
        if k in names or k in inner or t.low in stops or _phrase_at(toks, k, phrases) or lexicon().levels.match(toks, k):
            break
        if t.text == "," or t.low == "và":
            if not _small(toks, k + 1) or _opens_list(toks, k) or toks[k + 1].low in stops:
                break
            part, k = 0, k + 1
            continue
        if _inner_dash(toks, k) or _glued_number(toks, k):
            k += 1
            continue
        if t.is_cap and not (k == start or _glued_number(toks, k + 1)):
            return None     # "... về thực hiện Nghị quyết số 24": a document named in the task, read as open names are
        if not t.is_word:
            break
        part, k = part + 1, k + 1
        if part > part_most:
            return None
    return k if start < k and k - start <= most else None


def _glued_number(toks: list, k: int) -> bool:
    """A dash glued between a word and a number ("Covid-19"): one word of the task."""
    return 0 < k < len(toks) - 1 and toks[k].text == "-" and toks[k - 1].end == toks[k].start \
        and toks[k].end == toks[k + 1].start and toks[k + 1].text.isdigit()


def _numbered_end(toks: list, k: int, names: set, inner: dict) -> Optional[int]:
    """The end of a board named by its number ("Ban Chỉ đạo 389", "... 389 tỉnh", "... 389 tỉnh X",
    "... 35 Trung ương") at token k after the number; None when a body follows (the board of that
    body: "Ban Chỉ đạo 35 Đảng ủy Quân sự tỉnh X", read as open names are)."""
    if k in inner:
        return None
    if (owned := _owned_level(toks, k)) > 0:
        return owned     # "Ban Chỉ đạo 389 của tỉnh"
    lv = lexicon().levels.match(toks, k) if k < len(toks) else None
    if lv is None:
        return k
    k += lv.size
    while lv.payload.level != "central" and k < len(toks) and toks[k].is_word and toks[k].is_cap and k not in names:
        k += 1
    return k


def _small(toks: list, k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].is_word and not toks[k].is_cap


_OWNER_WORD = section("bodies.yaml", "completion")["owner_word"]     # "của"
_PLURAL = section("bodies.yaml", "completion")["plural_word"]     # "các"


def _owned_level(toks: list, k: int) -> int:
    """ "... của huyện", "... của tỉnh" at token k, the unit word written out and bare (no place's
    name after it): the board of the story's district or province ("Ban Chỉ đạo 160 của huyện" is
    "Ban Chỉ đạo 160 huyện X"); the end of the level word, else -1."""
    if k + 1 >= len(toks) or toks[k].low != _OWNER_WORD:
        return -1
    lv = lexicon().levels.match(toks, k + 1)
    if lv is None or lv.payload.level not in ("province", "district") or lv.payload.unit != toks[k + 1].low:
        return -1
    e = k + 1 + lv.size
    return e if e >= len(toks) or not (toks[e].is_cap or toks[e].text[:1].isdigit()) else -1


def _inner_dash(toks: list, k: int) -> bool:
    """A dash between two lower-case words of the topic ("kinh tế - xã hội", "quân - dân")."""
    return toks[k].text == "-" and _small(toks, k - 1) and _small(toks, k + 1)


def _capital_topic(toks: list, j: int) -> bool:
    """A topic whose first word alone is capitalised, a holiday or a proper noun of the task
    ("Ban Chỉ đạo Tết quân - dân tỉnh X"): a word of lower case follows it."""
    return not toks[j].is_upper and _small(toks, j + 1) and toks[j + 1].low not in _spec()[1]


def _congress_ordinal(toks: list, j: int, m: int) -> int:
    """The name's end after its place, past the ordinal of the congress its task is ("Ban Chỉ đạo
    Đại hội đại biểu các dân tộc thiểu số tỉnh X lần thứ III"): the congress is named by it."""
    if m + 2 < len(toks) and toks[m].low == "lần" and toks[m + 1].low == "thứ" and toks[m + 2].is_word \
            and (toks[m + 2].is_upper or toks[m + 2].text.isdigit()) \
            and any(toks[k].low == "đại" and toks[k + 1].low == "hội" for k in range(j, m - 1)):
        return m + 3
    return m


def bracketed_abbreviations(toks: list, a: int, b: int, inner: dict) -> list[tuple]:
    """The abbreviations in brackets after the words they stand for, between tokens a and b
    ("các dân tộc thiểu số (DTTS)"), outside the inner bodies: no part of a name, each (start,
    end, "") for kg.extract.bodies.open_names._written to drop."""
    return [(k, k + 3, "") for k in range(a, b - 2) if toks[k].text == "(" and toks[k + 2].text == ")"
            and toks[k + 1].is_upper and not any(m.start <= k < m.end for m in inner.values())]


def closing_place(toks: list, a: int, b: int, places) -> list[tuple]:
    """A name (tokens a..b) that ends on a bare level word of a province or a district ("Ban Chỉ đạo
    389 tỉnh", "Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh", "... của huyện"): that word with the
    place the story reveals for it ("tỉnh X"), as "Tỉnh ủy" takes it (docs/conventions.md), the
    possessive left out; [(start, end, words)], or [] when the name does not end so (the possessive
    alone dropped when the story reveals no place)."""
    lv = next((lexicon().levels.match(toks, k) for k in range(max(a, b - 2), b)
               if (m := lexicon().levels.match(toks, k)) is not None and k + m.size == b), None)
    if places is None or lv is None or lv.payload.level not in ("province", "district"):
        return []
    owner = 1 if b - lv.size - 1 >= a and _owned_level(toks, b - lv.size - 1) == b else 0     # ("của huyện")
    place = places.resolve(lv.payload.level, lv.payload.unit, None)
    if place is None:
        return [(b - lv.size - 1, b - lv.size, "")] if owner else []     # ("Ban Chỉ đạo 389 tỉnh", bare)
    unit = lv.payload.unit if lv.payload.level == "district" else place.kind
    words = lexicon().proper_place_names.get(place.name) if place.level == "province" else None
    return [(b - lv.size - owner, b, words or f"{unit} {place.name}")]


# a list page's excerpt breaking off: spaced dots (or the ellipsis) that end the line
_CUT = re.compile(r"\s+(?:\.\.\.|…)\s*(?:\n|$)")


def cut_off(sv, end: int) -> bool:
    """Whether the text breaks off right after token `end` - 1 ("... tại Tòa Giám mục Giáo ...", the
    last words of a list page's excerpt): a name read up to there may be cut, so it names no body."""
    toks = sv.toks
    return 0 < end <= len(toks) and _CUT.match(sv.text, toks[end - 1].end - sv.start) is not None


@lru_cache(maxsize=1)
def _sub_units() -> frozenset:
    """Heads of units numbered within their parent (bodies.yaml open_names `sub_unit`: "Tiểu đoàn", "Đại đội")."""
    return frozenset(" ".join(canon(h["head"]).lower().split()) for h in section("bodies.yaml", "open_names")["heads"]
                     if h.get("sub_unit"))


def within_parent(toks: list, head: str, end: int) -> bool:
    """ "thăm Tiểu đoàn 1 - Lữ đoàn Công binh 999": a unit numbered within its parent (head: open_names' key),
    written before a spaced dash and the capitalised name of that parent, is named by the parent; alone
    ("Tiểu đoàn 1") it names no one body (every brigade has one), so it is not read (the parent is)."""
    return head in _sub_units() and end + 1 < len(toks) and toks[end].text in ("-", "–", "—") \
        and toks[end].start > toks[end - 1].end and toks[end + 1].is_cap

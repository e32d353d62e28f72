"""Bodies whose names are open-ended: "Tiểu ban Văn kiện Đại hội lần thứ VII Đảng bộ xã X",
"Ban Chỉ đạo diễn tập Khu vực phòng thủ tỉnh X", "Ban Chỉ đạo 35 Đảng ủy Quân sự tỉnh X".

The head word (bodies.yaml `open_names`) is followed by the words of the name; where the name ends
is read from the grammar: punctuation, a coordinating word ("và"), or a run of lower-case words
that is long or that no capitalised word follows (the verb the body is the subject of: "... đã tổ
chức họp", "... chủ trì hội nghị"). A level word ("tỉnh") may end the name. A body written inside
the name with its place ("Đảng ủy Quân sự tỉnh X") is written by its canonical name, a level word
by its unit word ("TP" -> "thành phố"); the rest as written. Such a body has no place of its own: it
is scoped to the article. Heads that name one body only when capitalised (`capital_head`: clusters,
clubs, corporations, missions) are read strictly: a time ends the name, a spaced dash between
capitalised words goes on it, and a name that may go on past a lone capitalised syllable is none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from kg.extract.sentences.elements import BodyMention, Honorific, Name, Role
from kg.extract.lexicon import BodyEntry, _parsed, canon, lexicon, phrase_matcher, section
from kg.extract.bodies.topic_names import bracketed_abbreviations, closing_place, cut_off, task_spelled, topic_end, topic_head, \
    topic_spelling, within_parent
from kg.extract.bodies.open_name_ends import cut_end, glued_joiner, issuer_after, joins_names, proper_seat, seat_at, seat_end, \
    time_at, verb_at
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body

_PLURAL = section("bodies.yaml", "completion")["plural_word"]      # "các tiểu ban ...": every one, no one body


@dataclass(frozen=True)
class OpenEntry(BodyEntry):
    inner: Optional[Body] = None       # a placed body written inside the name: its parent


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = section("bodies.yaml", "open_names")
    heads = {_key(h["head"]): h["kind"] for h in raw["heads"]}
    return (phrase_matcher(h["head"] for h in raw["heads"]), heads,
            frozenset(canon(w).lower() for w in raw["stops"]), int(raw["max_lower_run"]),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("named_next")),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("ends_with_body")),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("capital_next")))


@lru_cache(maxsize=1)
def _capital_heads() -> dict:
    """Heads named only capitalised (`capital_head`: "Cụm thi đua 5 thành phố ...", not "cụm thi đua"): key -> head."""
    return {_key(h["head"]): h["head"] for h in reversed(section("bodies.yaml", "open_names")["heads"]) if h.get("capital_head")}


@lru_cache(maxsize=1)
def _private_heads() -> frozenset:     # heads of firms and clubs (`private`): their head is a private person
    return frozenset(_key(h["head"]) for h in section("bodies.yaml", "open_names")["heads"] if h.get("private"))


@lru_cache(maxsize=1)
def _seat_heads() -> frozenset:     # heads of a country's missions (`seat`): their names go on with the city
    return frozenset(_key(h["head"]) for h in section("bodies.yaml", "open_names")["heads"] if h.get("seat"))


@lru_cache(maxsize=1)
def _place_named_spellings() -> tuple:     # heads named by a place (`place_named`), as the lexicon spells them
    return tuple(h["head"] for h in section("bodies.yaml", "open_names")["heads"] if h.get("place_named"))


@lru_cache(maxsize=1)
def _place_named_heads() -> frozenset:     # ... as keys: the name is the place's capitalised syllables only
    return frozenset(map(_key, _place_named_spellings()))


def _capitals_end(toks: list, j: int) -> int:
    """The end of the run of capitalised syllables that begins at token j."""
    while j < len(toks) and toks[j].is_word and toks[j].is_cap:
        j += 1
    return j


@lru_cache(maxsize=1)
def _occasions() -> frozenset:
    """bodies.yaml open_names occasion_stops (read once: section() copies the whole open_names section)."""
    return frozenset(section("bodies.yaml", "open_names")["occasion_stops"])


def _key(head: str) -> str:
    """A head as its tokens' lower-case words joined by spaces (a comma is a token of its own:
    "Trung tâm Điều dưỡng, chăm sóc người có công")."""
    return re.sub(r"\s*,\s*", " , ", canon(head).lower())


def _name_end(sv: SentenceView, j: int, inner: dict, names: set, closed: bool = False,
              seat: bool = False, strict: bool = False) -> int:
    """The token index where an open name that goes on at token j ends (j itself: no name).
    `closed`: the name is the head and the body it is of ("Ban vận động thành lập" + "Hội X
    huyện Y"), so it ends with the first body written inside it."""
    _, _, stops, max_run, _, _, _ = _spec()
    occasions = _occasions()
    levels = lexicon().levels
    toks, start, end, run, cap_end, placed = sv.toks, j, j, 0, -1, False
    while j < len(toks):
        if j in inner:                     # a body inside the name ("Đảng bộ xã X")
            j = end = inner[j].end
            run = 0
            if closed:
                return end
            continue
        t = toks[j]
        if j in names and not (strict and j == start):
            break                          # a person's name follows the body's ("Tập đoàn Hoa Lợi" is none)
        if glued_joiner(toks, j):
            j = end = j + 2
            continue
        if t.low == "của" and issuer_after(toks, j, inner):
            j = end = inner[j + 1].end         # "... Kết luận 62-KL/TW của Bộ Chính trị"
            run = 0
            continue
        if t.low == "và" and j + 2 < len(toks) and toks[j + 1].low == _PLURAL and not toks[j + 2].is_cap:
            return start        # "Ban chỉ đạo chăm lo X và các Y ...": where it ends is not known
        if seat and seat_at(toks, j):
            end = seat_end(toks, j + 1)    # "Đại sứ quán Lào" + "tại Việt Nam": the city ends it
            # a city written only by a glued abbreviation ("tại TP.HCM") is left out, not cut
            return j if end == j + 2 and toks[j + 1].low == "tp" else end
        if strict and joins_names(sv, j, names):
            j += 1                         # "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
            continue
        if not t.is_word and not t.text[:1].isdigit() or t.low in stops \
                or t.low in occasions and j + 1 < len(toks) and toks[j + 1].is_cap:
            break
        if strict and (time_at(toks, j) or verb_at(toks, j)):
            break                          # "... 6 tháng đầu năm", "... tổng kết năm 2023": a time; "... X tặng": a verb
        lv = levels.match(toks, j)
        if lv is not None and j > 0 and toks[j - 1].low == _PLURAL and j + lv.size < len(toks) \
                and toks[j + lv.size].text == ",":
            return start                   # "Khối thi đua các huyện, thị xã, ...": a list cut by the comma
        if lv is not None:
            j, end, run, placed = j + lv.size, j + lv.size, 0, True    # "Ban Chỉ đạo diễn tập tỉnh", "... Trung ương"
        elif t.is_cap or t.text[:1].isdigit():
            placed = placed and not run     # (a capitalised word after a lower-case one: no place's)
            j, end, run, cap_end = j + 1, j + 1, 0, j + 1
        else:
            if strict and placed and not run and cap_end == end and toks[end - 1].is_cap:
                return end                  # "... tỉnh Khánh Hòa" + "tổ chức Hội nghị": the place ends it
            run += 1
            if run > max_run:
                # the lower-case run cut a capitalised word in two ("Tiểu ban Văn kiện cần ..."):
                # where the name ends is not known; a place's name after its level word is whole
                return cut_end(toks, start, end, cap_end, placed, strict, 1)
            j += 1
    # (a person's name next: its syllable may be the name's; "Tiểu ban Thông" + "tin,": a cut word)
    return cut_end(toks, start, end, cap_end, placed, strict, run + (j in names)) if run else end


def _written(sv: SentenceView, a: int, b: int, inner: dict, resolve, places=None) -> tuple[str, Optional[Body]]:
    """The name's words as written, a placed inner body by its canonical name, a closing bare level
    word with the story's place; and the last placed inner body (the parent written inside the name)."""
    toks, parent = sv.toks, None
    text = sv.text[toks[a].start - sv.start:toks[b - 1].end - sv.start]
    spans = closing_place(toks, a, b, places) or _level_words(toks, a, b, inner)
    for bm in (m for m in inner.values() if a <= m.start and m.end <= b and m.place_name):
        body = resolve(bm)
        if body is not None:
            spans.append((bm.start, bm.end, body.name))
            if parent is None and not named_as(body, _only_as_actor()):
                parent = body
    spans += bracketed_abbreviations(toks, a, b, inner)     # "các dân tộc thiểu số (DTTS)": no part of it
    for i, j, words in sorted(spans, key=lambda s: -s[0]):
        lo, hi = toks[i].start - toks[a].start, toks[j - 1].end - toks[a].start
        text = text[:lo] + words + text[hi:]
    return " ".join(text.split()), parent


def _level_words(toks: list, a: int, b: int, inner: dict) -> list[tuple]:
    """The level words of the name outside its inner bodies, each by its unit word where the text
    abbreviates it or writes it in another case ("TP Đồng Hới" is "thành phố Đồng Hới", "trực
    thuộc trung ương" "trực thuộc Trung ương"): (start, end, unit word)."""
    lx, out, k = lexicon(), [], a
    central = _parsed("bodies.yaml")["levels"]["central"][0]        # (read only: _load copied the file per name)
    while k < b:
        if k in inner:
            k = inner[k].end
            continue
        glued = k > a and toks[k - 1].end == toks[k].start      # a document's code: "24-NQ/TW"
        lv = None if glued else lx.levels.match(toks, k)
        unit = lv and (central if lv.payload.level == "central" else lv.payload.unit)
        if lv is not None and unit and k + lv.size <= b:
            if " ".join(t.text for t in toks[k:k + lv.size]) != unit:
                out.append((k, k + lv.size, unit))
            k += lv.size
            continue
        k += 1
    return out


@lru_cache(maxsize=1)
def _only_as_actor() -> tuple:
    return tuple(section("bodies.yaml", "only_as_actor", []))


def named_as(body: Body, words) -> bool:
    """Whether the body's name is one of the words, or begins with one ("Đảng bộ xã X")."""
    return body.name in words or body.name.startswith(_spaced(tuple(words)))


@lru_cache(maxsize=8)
def _spaced(words: tuple) -> tuple:
    """Each word and a space, made once per list: str.startswith tries them in C (a generator did)."""
    return tuple(w + " " for w in words)


def read_open_names(sv: SentenceView, resolve, places=None, page_spelt: frozenset = frozenset()) -> None:
    """Replace the elements an open-ended body name covers with one BodyMention."""
    matcher, heads, _, _, named_next, closed, capital = _spec()
    found = list(matcher.find(sv.toks, lows=sv.lows))
    if not found:
        return
    inner = {e.start: e for e in sv.elements if isinstance(e, BodyMention)}
    names = {e.start for e in sv.elements if isinstance(e, Name)}
    for i, e in found:
        head_end = i + e.size
        lows = " ".join(t.low for t in sv.toks[i:head_end])
        # a title takes a strictly read name, or a topical one closed by its level and place
        title = _title_into(sv, i, head_end) if lows in _capital_heads() or topic_head(lows) else None
        if title is None and any(x.start <= i < x.end and (isinstance(x, Role) and not (x.start == i and x.end < head_end)
                                                          or x.end >= head_end)
                                 for x in sv.elements if isinstance(x, (BodyMention, Role))):
            # inside a body or title the lexicon knows ("Ban Chỉ đạo Tây Nam Bộ"); a known body
            # the head goes on ("Kiểm toán Nhà nước" + "khu vực N") is the open name's, and so is a
            # title the head begins with ("Đại sứ" + "quán Lào")
            continue
        head = " ".join(t.low for t in sv.toks[i:head_end])
        if title is None and _split_head(sv, i, head_end):
            continue                        # "Mục sư Đoàn Văn X": an address word, then a name
        if head in _capital_heads() and not sv.toks[i].is_cap and title is None or i and sv.toks[i - 1].low == _PLURAL:
            continue                        # "trong cụm thi đua", "các tiểu ban ...": any, no one body
        if head in _private_heads() and any(type(x) is Role and x.end == i for x in sv.elements):
            continue                        # "ông A, Chủ tịch Tập đoàn X": a private person's title
        if head in named_next and not _named_after(sv.toks, head_end):
            continue                        # "Trung đoàn trưởng ...": the unit's name or number comes next or none
        if head in named_next and sv.toks[head_end].text.isdigit():
            end = head_end + 1              # "Sư đoàn 999" (+ "Quân khu N", the body it is of)
        elif head in _place_named_heads():
            end = _capitals_end(sv.toks, head_end)
        else:
            end = topic_end(sv.toks, head_end, names, inner) if topic_head(head) else None
            if end is None and title is not None and topic_head(head):
                continue                    # "Trưởng Ban Chỉ đạo" + a task with no place: where it ends is not known
            end = end if end is not None else _name_end(sv, head_end, inner, names, head in closed, head in _seat_heads(), head in _capital_heads())
        if end == head_end or cut_off(sv, end) or within_parent(sv.toks, head, end):
            continue                        # "Tiểu ban chủ trì": no name; "Công ty X ...": a cut name; "Tiểu đoàn 1 - Lữ đoàn X"
        rest, parent = _written(sv, head_end, end, {} if head in _capital_heads() else inner, resolve, places)
        if head in capital:
            rest = rest[:1].upper() + rest[1:]      # "Tiểu ban nhân sự" is the "Tiểu ban Nhân sự"
        if topic_head(head):
            rest = task_spelled(rest)
        written_head = sv.text[sv.toks[i].start - sv.start:sv.toks[head_end - 1].end - sv.start]
        name = (written_head if written_head in page_spelt else
                _capital_heads().get(head) or topic_spelling(head) or written_head) + " " + rest
        if head in _seat_heads():
            name = proper_seat(name)
        entry = OpenEntry("open", name[:1].upper() + name[1:], heads[head], inner=parent)
        bm = BodyMention(i, end, name, base=entry)
        if title is not None:
            # "Trưởng Ban" + "Ban Quản lý Khu kinh tế X": the title's body is the open name
            title.body, title.end = bm, end
            sv.elements[:] = [x for x in sv.elements if x is title or x.end <= title.start or x.start >= end]
        else:
            _replace(sv, bm)


def page_spelt_heads(views) -> frozenset:
    """The heads named by a place ("Chi khu Quân sự") that a page writes only in another case ("Chi khu
    quân sự X"): the name keeps the page's case, as the golds write it; a page that also writes the
    lexicon's spelling takes that one (one name for one command)."""
    text = " ".join(sv.text for sv in views)
    spelt = set()
    for head in _place_named_spellings():
        if head not in text:
            spelt |= {m.group(0) for m in re.finditer(re.escape(head), text, re.IGNORECASE)}
    return frozenset(spelt)


def _title_into(sv: SentenceView, i: int, head_end: int) -> Optional[Role]:
    """A title with no body whose last syllables begin the head at token i ("Trưởng Ban" + "Ban
    Quản lý Khu kinh tế X", roles.yaml body_head): the open name is its body (strictly read
    heads only: a loosely read name after a title is too often a sentence's words)."""
    for x in sv.elements:
        if type(x) is Role and x.body is None and x.entry.body_head and x.start < i < x.end < head_end \
                and x.end - x.entry.body_head == i:
            return x
    return None


def _named_after(toks: list, j: int) -> bool:
    """A number or a capitalised name at token j, or a level word and a capitalised name ("Trung
    tâm Điều dưỡng người có công" + "tỉnh X")."""
    lv = lexicon().levels.match(toks, j) if j < len(toks) else None
    if lv is not None and lv.payload.level != "central":
        j += lv.size
    return j < len(toks) and (toks[j].is_cap or toks[j].text[:1].isdigit())


def _split_head(sv: SentenceView, i: int, head_end: int) -> bool:
    """The head's words belong to two words: its first syllable ends a word begun before it (an
    address word or a name: "Mục sư" + "Đoàn ..."), or a later syllable alone is capitalised."""
    if any(isinstance(x, (Honorific, Name)) and x.start < i < x.end for x in sv.elements):
        return True
    toks = sv.toks[i:head_end]
    return not toks[0].is_cap and any(t.is_cap for t in toks[1:])


def _replace(sv: SentenceView, bm: BodyMention) -> None:
    kept = [e for e in sv.elements if e.end <= bm.start or e.start >= bm.end]
    at = next((k for k, e in enumerate(kept) if e.start >= bm.end), len(kept))
    sv.elements[:] = kept[:at] + [bm] + kept[at:]


def open_body(bm: BodyMention, scope: str) -> Body:
    e = bm.base
    return Body(e.canonical, e.kind, None, _scoped(getattr(e, "inner", None), scope), e.canonical, scope)


def _scoped(b: Optional[Body], scope: str) -> Optional[Body]:
    """A parent written inside the name that has no place either ("Giáo phận X" inside "Tòa
    Giám mục Giáo phận X", kg.extract.bodies.proper_names) is the article's, as the name is."""
    if b is None or b.place is not None or b.central or b.scope is not None:
        return b
    return Body(b.name, b.kind, None, _scoped(b.parent, scope), b.local_name, scope)


def open_named(views: list[SentenceView]) -> list[BodyMention]:
    """The open-ended names the sentences write: each is mentioned."""
    return [e for sv in views for _, e, _ in sv.mentions()
            if type(e) is BodyMention and e.base is not None and e.base.sort == "open"]

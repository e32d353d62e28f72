"""Bodies whose names are open-ended: "Tiểu ban Văn kiện Đại hội lần thứ VII Đảng bộ xã X",
"Ban Chỉ đạo diễn tập Khu vực phòng thủ tỉnh X", "Ban Chỉ đạo 35 Đảng ủy Quân sự TPHCM".

The head word (bodies.yaml `open_names`) is followed by the words of the name; where the name ends
is read from the grammar: punctuation, a coordinating word ("và"), or a run of lower-case words
that is long or that no capitalised word follows (the verb the body is the subject of: "... đã tổ
chức họp", "... chủ trì hội nghị"). A level word ("tỉnh") may end the name. A body written inside
the name with its place ("Đảng ủy Quân sự TPHCM") is written by its canonical name; the rest as
written. Such a body has no place of its own: it is scoped to the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from kg.extract.elements import BodyMention, Honorific, Name, Role
from kg.extract.lexicon import BodyEntry, _load, canon, lexicon, phrase_matcher
from kg.extract.sentences import SentenceView
from kg.facts import Body


_ROMAN = frozenset("IVXLC")


@dataclass(frozen=True)
class OpenEntry(BodyEntry):
    inner: Optional[Body] = None       # a placed body written inside the name: its parent


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = _load("bodies.yaml")["open_names"]
    heads = {_key(h["head"]): h["kind"] for h in raw["heads"]}
    return (phrase_matcher(h["head"] for h in raw["heads"]), heads,
            frozenset(canon(w).lower() for w in raw["stops"]), int(raw["max_lower_run"]),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("named_next")),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("ends_with_body")),
            frozenset(_key(h["head"]) for h in raw["heads"] if h.get("capital_next")))


def _key(head: str) -> str:
    """A head as its tokens' lower-case words joined by spaces (a comma is a token of its own:
    "Trung tâm Điều dưỡng, chăm sóc người có công")."""
    return re.sub(r"\s*,\s*", " , ", canon(head).lower())


def _glued_joiner(toks: list, j: int) -> bool:
    """A "-" or "/" written inside one word: "24-NQ/TW"."""
    t = toks[j]
    return t.text in ("-", "/") and j > 0 and toks[j - 1].end == t.start \
        and j + 1 < len(toks) and toks[j + 1].start == t.end


def _name_end(sv: SentenceView, j: int, inner: dict, names: set, closed: bool = False) -> int:
    """The token index where an open name that goes on at token j ends (j itself: no name).
    `closed`: the name is the head and the body it is of ("Ban vận động thành lập" + "Hội X
    huyện Y"), so it ends with the first body written inside it."""
    _, _, stops, max_run, _, _, _ = _spec()
    levels = lexicon().levels
    toks, start, end, run, cap_end = sv.toks, j, j, 0, -1
    while j < len(toks):
        if j in inner:                     # a body inside the name ("Đảng bộ xã X")
            j = end = inner[j].end
            run = 0
            if closed:
                return end
            continue
        t = toks[j]
        if j in names:
            break                          # a person's name follows the body's
        if _glued_joiner(toks, j):
            j = end = j + 2
            continue
        if t.low == "của" and _issuer_after(toks, j, inner):
            j = end = inner[j + 1].end         # "... Kết luận 62-KL/TW của Bộ Chính trị"
            run = 0
            continue
        if t.low == "và" and j + 2 < len(toks) and toks[j + 1].low == "các" and not toks[j + 2].is_cap:
            return start        # "Ban chỉ đạo xây dựng Đảng và các đoàn thể ...": where it ends is not known
        if not t.is_word and not t.text[:1].isdigit() or t.low in stops:
            break
        lv = levels.match(toks, j)
        if lv is not None:
            j = end = j + lv.size          # "Ban Chỉ đạo diễn tập tỉnh", "... Trung ương"
            run = 0
        elif t.is_cap or t.text[:1].isdigit():
            j, end, run = j + 1, j + 1, 0
            cap_end = end
        else:
            run += 1
            if run > max_run:
                # the lower-case run cut a capitalised word in two ("Tiểu ban Văn kiện cần ..."):
                # where the name ends is not known
                return start if end == cap_end and cut_word(toks, end) else end
            j += 1
    return end


def _issuer_after(toks: list, j: int, inner: dict) -> bool:
    """ "của" + a central body right after a document's number ("Kết luận 62-KL/TW của Bộ
    Chính trị"): the issuer belongs to the document's name, so to the open name."""
    bm = inner.get(j + 1)
    if bm is None or not bm.central or j == 0:
        return False
    k = j - 1
    while k > 0 and toks[k - 1].end == toks[k].start:
        k -= 1                                  # back to the start of the glued code
    return any(c.isdigit() for t in toks[k:j] for c in t.text)


def cut_word(toks: list, end: int) -> bool:
    """Whether the token at `end` goes on the capitalised word before it ("Đại" + "hội")."""
    last = toks[end - 1] if 0 < end <= len(toks) else None
    # (a number, an abbreviation or a Roman numeral is a word of its own: "khu vực XI")
    return 0 < end < len(toks) and last.is_cap and not last.text[:1].isdigit() and not last.is_upper \
        and not set(last.text) <= _ROMAN and toks[end].is_word and not toks[end].is_cap


def _written(sv: SentenceView, a: int, b: int, inner: dict, resolve) -> tuple[str, Optional[Body]]:
    """The name's words as written, a placed inner body by its canonical name; and the last
    placed inner body (the parent written inside the name)."""
    toks, parent = sv.toks, None
    text = sv.text[toks[a].start - sv.start:toks[b - 1].end - sv.start]
    for bm in sorted((m for m in inner.values() if a <= m.start and m.end <= b and m.place_name),
                     key=lambda m: -m.start):
        body = resolve(bm)
        if body is not None:
            lo, hi = toks[bm.start].start - toks[a].start, toks[bm.end - 1].end - toks[a].start
            text = text[:lo] + body.name + text[hi:]
            if parent is None and not named_as(body, _only_as_actor()):
                parent = body
    return text, parent


@lru_cache(maxsize=1)
def _only_as_actor() -> tuple:
    return tuple(_load("bodies.yaml").get("only_as_actor", []))


def named_as(body: Body, words) -> bool:
    """Whether the body's name is one of the words, or begins with one ("Đảng bộ xã X")."""
    return any(body.name == w or body.name.startswith(w + " ") for w in words)


def read_open_names(sv: SentenceView, resolve) -> None:
    """Replace the elements an open-ended body name covers with one BodyMention."""
    matcher, heads, _, _, named_next, closed, capital = _spec()
    found = list(matcher.find(sv.toks, lows=sv.lows))
    if not found:
        return
    inner = {e.start: e for e in sv.elements if isinstance(e, BodyMention)}
    names = {e.start for e in sv.elements if isinstance(e, Name)}
    for i, e in found:
        head_end = i + e.size
        if any(x.start <= i < x.end and (isinstance(x, Role) or x.end >= head_end)
               for x in sv.elements if isinstance(x, (BodyMention, Role))):
            # inside a body or title the lexicon knows ("Ban Chỉ đạo Tây Nam Bộ"); a known body
            # the head goes on ("Kiểm toán Nhà nước" + "khu vực XI") is the open name's
            continue
        head = " ".join(t.low for t in sv.toks[i:head_end])
        if _split_head(sv, i, head_end):
            continue                        # "Mục sư Đoàn Văn X": an address word, then a name
        if head in named_next and not _named_after(sv.toks, head_end):
            continue                        # "Trung đoàn trưởng ...": the unit's name or number comes next or none
        end = _name_end(sv, head_end, inner, names, head in closed)
        if end == head_end:
            continue                        # "Tiểu ban chủ trì": no name
        rest, parent = _written(sv, head_end, end, inner, resolve)
        if head in capital:
            rest = rest[:1].upper() + rest[1:]      # "Tiểu ban nhân sự" is the "Tiểu ban Nhân sự"
        name = sv.text[sv.toks[i].start - sv.start:sv.toks[head_end - 1].end - sv.start] + " " + rest
        entry = OpenEntry("open", name[:1].upper() + name[1:], heads[head], inner=parent)
        _replace(sv, BodyMention(i, end, name, base=entry))


def _named_after(toks: list, j: int) -> bool:
    """A number or a capitalised name at token j, or a level word and a capitalised name ("Trung
    tâm Điều dưỡng người có công" + "tỉnh Phú Thọ")."""
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
    Giám mục Giáo phận X", kg.extract.proper_names) is the article's, as the name is."""
    if b is None or b.place is not None or b.central or b.scope is not None:
        return b
    return Body(b.name, b.kind, None, _scoped(b.parent, scope), b.local_name, scope)


def open_named(views: list[SentenceView]) -> list[BodyMention]:
    """The open-ended names the sentences write: each is mentioned."""
    return [e for sv in views for _, e, _ in sv.mentions()
            if type(e) is BodyMention and e.base is not None and e.base.sort == "open"]

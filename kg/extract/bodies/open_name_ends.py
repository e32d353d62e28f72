"""Where an open-ended name ends, token by token (kg.extract.bodies.open_names reads the names): a
word glued inside a code ("24-NQ/TW"), a capitalised word the lower-case words after it may go on
("Tiểu ban Văn" + "kiện"), a mission's city after its seat word ("Đại sứ quán Lào tại Hà Nội"), two
names joined by a spaced dash, a time, a sum or a gift, a document's issuer, and (names read
strictly) the genre's verbs that a body's name is the subject of ("Đồn Biên phòng X tặng ...").
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.lexicon import canon, lexicon, section
from kg.extract.sentences.body_parse import time_words
from kg.extract.sentences.elements import BodyMention, Role
# bodies.yaml foreign_seat_words ("Đại sứ quán Lào" + "tại" + the city): one loader, in the stage that reads first
from kg.extract.sentences.missions import seat_words
from kg.extract.sentences.sentences import SentenceView

_ROMAN = frozenset("IVXLC")
# an amount's words after its number ("tài trợ 60 triệu"), giving verbs before a quantity ("tặng 1.200 suất")
_AMOUNTS, _GIVING = (frozenset(w.lower() for w in section("bodies.yaml", "open_names").get(k) or [])
                     for k in ("amount_words", "giving_words"))

def glued_joiner(toks: list, j: int) -> bool:
    """A "-" or "/" written inside one word: "24-NQ/TW"."""
    t = toks[j]
    return t.text in ("-", "/") and j > 0 and toks[j - 1].end == t.start \
        and j + 1 < len(toks) and toks[j + 1].start == t.end


def cut_end(toks: list, start: int, end: int, cap_end: int, placed: bool, strict: bool, run: int) -> int:
    """Where a name whose last capitalised word lower-case words follow ends: at that word, or,
    where the word may go on (_cut), nowhere for a head read loosely (start); for one read
    strictly one syllable on, when one is all there is to the name's end or the verb follows
    ("Tập đoàn Viễn thông Quân" + "đội": most words have two syllables), else nowhere ("Câu lạc
    bộ Cựu" + "giáo chức –")."""
    if not _cut(toks, end, cap_end, placed, strict):
        return end
    return end + 1 if strict and run == 1 else start


def _cut(toks: list, end: int, cap_end: int, placed: bool, strict: bool) -> bool:
    """Whether the lower-case words after the name's last capitalised word may go on that word
    (cut_word), so that where the name ends is not known. A place's name after its level word is
    whole. Strictly read heads: only one capitalised syllable is cut ("Tập đoàn Viễn thông Quân
    đội"), not two ("Tổng công ty Đường sắt Việt Nam dự lễ" ends)."""
    if end != cap_end or placed or not cut_word(toks, end):
        return False
    return not strict or end < 2 or not toks[end - 2].is_cap


def seat_end(toks: list, k: int) -> int:
    """The end of the city's name that starts at token k, after a mission's seat word (a city
    the scanner took for a person's name too: "tại Hà Nội"); a city's unit word before it is part
    of it ("tại Thành phố Y", "tại TP. Y", "tại TP.Y"), not where the name stops."""
    if k + 1 < len(toks) and toks[k].low == "thành" and toks[k + 1].low == "phố":
        k += 2
    elif k + 2 < len(toks) and toks[k].low == "tp" and toks[k + 1].text == "." and not toks[k + 2].is_upper:
        k += 2
    while k < len(toks) and toks[k].is_word and toks[k].is_cap:
        k += 1
    return k


def proper_seat(name: str) -> str:
    """A mission's city written with its unit word by the city's proper name, when the lexicon
    spells it so (bodies.yaml proper_place_names: "tại thành phố Y" -> "tại Thành phố Y")."""
    for short, proper in lexicon().proper_place_names.items():
        for unit in ("thành phố ", "Thành phố "):
            if name.endswith(" " + unit + short):
                return name[:len(name) - len(unit + short)] + proper
    return name


def seat_at(toks: list, j: int) -> bool:
    """A seat word at token j and a capitalised word after it: a mission's city ("tại Hà Nội")."""
    return toks[j].low in seat_words() and j + 1 < len(toks) \
        and (toks[j + 1].is_cap or toks[j + 1].low == "thành" and j + 3 < len(toks) and toks[j + 3].is_cap)


def joins_names(sv: SentenceView, j: int, names: set) -> bool:
    """A spaced dash at token j between two capitalised words (the first may be a word's first
    syllable: "Mặt trận – Đoàn thể"), the second opening no person's name and no title ("Than -
    Khoáng sản"; not "Việt Nam - Chủ tịch ...", nor an acronym: "... Việt Nam – VNPT"): one name goes on."""
    toks = sv.toks
    if not (1 < j < len(toks) - 1 and toks[j].text in "-–" and (toks[j - 1].is_cap or toks[j - 2].is_cap)
            and toks[j + 1].is_cap and not toks[j + 1].is_upper
            and toks[j - 1].end < toks[j].start and toks[j].end < toks[j + 1].start) or j + 1 in names:
        return False
    return not any(e.start == j + 1 for e in sv.elements if isinstance(e, (Role, BodyMention)))


def time_at(toks: list, j: int) -> bool:
    """A span, a date, a sum or a gift at token j ("6 tháng", "năm 2023", "60 triệu", "tặng 100"): no name's."""
    if j + 1 >= len(toks):
        return False
    words = time_words()       # (a number before them ends the name: "Cụm thi đua 6 tháng đầu năm")
    return toks[j].low in _GIVING and not toks[j].is_cap and any(t.text[:1].isdigit() for t in toks[j + 1:j + 5]) \
        or toks[j].text[:1].isdigit() and (toks[j + 1].low in words or toks[j + 1].low in _AMOUNTS) \
        or toks[j].low in words and not toks[j].is_cap and toks[j + 1].text[:1].isdigit()


def issuer_after(toks: list, j: int, inner: dict) -> bool:
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


@lru_cache(maxsize=1)
def _verbs() -> tuple:
    """bodies.yaml open_names strict_verbs, as lower-case token tuples, longest first."""
    words = section("bodies.yaml", "open_names").get("strict_verbs") or []
    return tuple(sorted({tuple(canon(w).lower().split()) for w in words}, key=len, reverse=True))


def verb_at(toks: list, j: int) -> bool:
    """A verb of the genre at token j, written lower case right after a capitalised word ("Đồn Biên
    phòng X" + "tặng cờ Tổ quốc", "Câu lạc bộ Y" + "phối hợp Hội Z"): the body is its subject and its
    name ended, though a capitalised word follows (the verb's object)."""
    if j == 0 or j >= len(toks) or toks[j].is_cap or not toks[j - 1].is_cap:
        return False
    return any(tuple(t.low for t in toks[j:j + len(v)]) == v for v in _verbs())

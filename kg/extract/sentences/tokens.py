"""Sentences and tokens of normalised text, with offsets.

Everything downstream works on token positions: lexicon entries are sequences of syllables,
so matching is a dict lookup on the first syllable rather than a regex over the whole text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A word is a run of letters/digits, with an inner apostrophe kept (H'Hen, Kơ'nia); a run of
# dots ("...", the genre's "etc." after a list) is one token, as "…" is, so that no later stage
# reads its dots as full stops that end the clause before the list's verb; every other
# non-space character is a token of its own.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\.{2,}|[^\w\s]|_")


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int          # offsets into the normalised article text
    end: int
    is_word: bool
    is_cap: bool        # first character upper case (Title Case or ALL CAPS)
    is_upper: bool      # every letter upper case (and at least two letters)


_DASHES = frozenset("-–—‒−‐‑")


# What a token's text says of it, computed once per distinct text: (low, is_word, is_cap,
# is_upper, length). Bounded: a text's distinct syllables are few, but a corpus streams many.
_SHAPES: dict[str, tuple[str, bool, bool, bool, int]] = {}
_SHAPES_MAX = 200_000


def _shape(t: str) -> tuple[str, bool, bool, bool, int]:
    if t[0].isalnum():
        cap = t[0].isupper()
        a = (t.lower(), True, cap, cap and len(t) > 1 and t.isupper(), len(t))
    else:
        a = ("-" if t in _DASHES else t, False, False, False, len(t))
    if len(_SHAPES) >= _SHAPES_MAX:
        _SHAPES.clear()
    _SHAPES[t] = a
    return a


_SPACE = re.compile(r"\s")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # The tokens _TOKEN.finditer gives over the whole text, found chunk by chunk between
    # spaces (no token spans a space, every other character is in one): most chunks of the
    # genre are one syllable, one token with no regex match (a chunk of letters, or of
    # digits, is one run of [^\W_]; a chunk of one character is one token); only a chunk with
    # punctuation, an apostrophe or digits and letters goes through _TOKEN (_pieces).
    if not text.isprintable():
        # every space but " " is of a category str.isprintable refuses: made " ", offsets kept
        text = _SPACE.sub(" ", text)
    out = []
    append = out.append
    shapes = _SHAPES
    new = object.__new__
    at = offset
    for chunk in text.split(" "):
        # (a chunk known as a token's whole text is that one token: every key of _SHAPES is the
        # text of a token some chunk gave, and such a text alone gives itself, glued words
        # included: a token is never a run _glued_words cuts; looked up first, it spares the
        # tests below for most syllables)
        a = shapes.get(chunk)
        if a is None and not (chunk.isalpha() and not _glued_words(chunk) or chunk.isdigit() or len(chunk) == 1):
            if chunk[:-1].isalpha() and not chunk[-1].isalnum() and not _glued_words(chunk[:-1]):
                # "tỉnh,", "X.": a word and the mark after it (nine chunks in ten of the rest)
                word = chunk[:-1]
                tok = new(Token)
                tok.text = word
                tok.low, tok.is_word, tok.is_cap, tok.is_upper, n = shapes.get(word) or _shape(word)
                tok.start = at
                tok.end = end = at + n
                append(tok)
                mark = chunk[-1]
                tok = new(Token)
                tok.text = mark
                tok.low, tok.is_word, tok.is_cap, tok.is_upper, n = shapes.get(mark) or _shape(mark)
                tok.start = end
                tok.end = end + n
                append(tok)
            elif chunk:
                _pieces(chunk, at, append)
            at += len(chunk) + 1
            continue
        if a is None:
            a = _shape(chunk)
        # (fields set one by one: the generated __init__ is a Python call per token)
        tok = new(Token)
        tok.text = chunk
        tok.low, tok.is_word, tok.is_cap, tok.is_upper, n = a
        tok.start = at
        tok.end = at = at + n
        at += 1
        append(tok)
    return out


def said_before(toks, i: int, phrases) -> bool:
    """One of the phrases (tuples of lower-case words) ends right before token i ("tại trụ sở Bộ X",
    "của đồng chí A"): the reading every stage makes of the words that lead a mention."""
    return any(i >= len(p) and tuple(t.low for t in toks[i - len(p):i]) == p for p in phrases)


SIGN_JOINS = frozenset(("/", "-"))


def document_sign_end(toks: list[Token], i: int) -> int:
    """The token after the document number and sign that token i is part of ("Nghị quyết số
    17-NQ/TW", "Quyết định 512/QĐ-TU", "Kế hoạch 08-KH/ĐU": glued tokens, a number first, a slash
    among them): its letters name the issuer's kind of paper and body, never a title or a body of
    the sentence ("CT", "TU", "ĐU"); 0 when token i is in no such sign."""
    a = i
    while a > 0 and toks[a].start == toks[a - 1].end:
        a -= 1
    b = i + 1
    while b < len(toks) and toks[b].start == toks[b - 1].end:
        b += 1
    run = toks[a:b]
    return b if run[0].text[:1].isdigit() and any(t.text == "/" for t in run) else 0


def name_initial(toks: list[Token], i: int) -> bool:
    """ "ông Lò Văn P. Chủ tịch UBND xã ...": a capital's initial and its dot right after a name's
    syllable end that name (an anonymised citizen), and the next sentence opens on a title; the
    "P." that cuts "Phó" follows a comma, a dash or a clause word ("bà A - TVHU, P. Chủ tịch")."""
    return 0 < i and i + 1 < len(toks) and len(toks[i].text) == 1 and toks[i].is_cap \
        and toks[i + 1].text == "." and toks[i - 1].is_word and toks[i - 1].is_cap


def first_tokens(text: str, n: int, reach: int = 24) -> list[Token]:
    """tokenize(text)[:n], tokenising only the text's first words (up to a space past `reach`
    characters; the whole text when they give fewer than n tokens): no token spans a space, so they
    are the text's own first tokens."""
    k = text.find(" ", reach)
    toks = tokenize(text[:k]) if k > 0 else []
    return (toks if len(toks) >= n else tokenize(text))[:n]


def _pieces(chunk: str, at: int, append) -> None:
    """The tokens of one chunk with no space in it, which starts at offset `at`: they follow
    each other with nothing between them."""
    for t in _TOKEN.findall(chunk):
        if t[0].isdigit() and not t.isdigit():
            k = _glued_at(t)
            if k:
                # "ảnh 6Chủ tịch UBND …": a page's photo number glued to the caption's first word
                append(_make(t[:k], at))
                t, at = t[k:], at + k
        while t[0].isalpha() and (k := _glued_words(t)):
            # "Nguyễn Văn AnPhó Chủ tịch": a page that dropped the space (or the line break)
            # between a name and the next title
            append(_make(t[:k], at))
            t, at = t[k:], at + k
        append(_make(t, at))
        at += len(t)


def _glued_words(t: str) -> int:
    """Where a second Vietnamese word begins inside the run of letters t ("DũngPhó", "tỉnhQuảng"),
    or 0: no syllable of the language has a capital after a small letter. Only in a run with a
    letter outside ASCII, so brand names ("VinFast", "PetroVietnam") stay one token. Nor has one
    a "đ" after its vowel ("Lâmđã": a page that dropped the space before "đã"; "Kđin", a Highland
    name's first consonants, stays whole)."""
    if len(t) < 4 or t.isascii() or t.isupper():
        return 0
    if t[1:].islower():
        k = t.find("đ", 2)
        return k if k > 0 and _has_vowel(t[:k]) and _has_vowel(t[k + 1:]) else 0
    for k in range(1, len(t) - 1):
        if t[k].isupper() and t[k - 1].islower() and t[k + 1].islower():
            return k
    return 0


_VOWELS = frozenset("aeiouy")


def _has_vowel(t: str) -> bool:
    """Whether a run of letters holds a vowel (any tone or hat: the base letter)."""
    return any(unicodedata.normalize("NFD", c)[0].lower() in _VOWELS for c in t)


def _glued_at(t: str) -> int:
    """Where a Title Case word begins right after the digits that start t ("6Chủ"), or 0; a
    number with a letter ("1A", "4G", "19h30") is one token."""
    k = 0
    while k < len(t) and t[k].isdigit():
        k += 1
    return k if k + 1 < len(t) and t[k].isupper() and t[k + 1].islower() else 0


def _make(t: str, start: int) -> Token:
    tok = object.__new__(Token)
    tok.text = t
    tok.low, tok.is_word, tok.is_cap, tok.is_upper, n = _SHAPES.get(t) or _shape(t)
    tok.start = start
    tok.end = start + n
    return tok


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    line: int           # index of the line (paragraph) it stands in


# Abbreviations that end with a dot but do not end a sentence; among them the titles cut to their
# letters and a dot before the body ("ĐUV, PCT. UBND xã", roles.yaml "CT.", "PCT.", "BT.",
# "PBT."). (Structural: the sentence splitter sits below the lexicon, which imports it; [A-ZĐ] is the
# alphabet's capitals.)
_ABBREV_DOT = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|Ths|PGS|GS|BS|KS|CN|TX|Th\.S|St|Mr|Mrs|TT|P|Q|H|X|ĐC|Đ/c|đ/c"
                         r"|P?CT|P?BT)|\b[A-ZĐ])\.$")
# The break after a sentence-final mark: the mark, closing quotes or brackets, spaces; the
# sentence ends after the mark (m.start() + 1). (Written with the mark first, not behind a
# look-behind, so that a search skips to the marks instead of trying at every character.)
_SPLIT = re.compile(r"[.!?…][\"”’)]*\s+")


# The Latin letters by case (Vietnamese letters included), for the glued-line cut below.
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]
_LOW = "".join(c for c in _LATIN if c.islower())
_UP = "".join(c for c in _LATIN if c.isupper())
# "... tỉnh Đắk LắkTại các điểm đến ...", "Tịnh xá Ngọc QuangĐại diện các cơ sở": a page that
# joined two lines (a caption, a paragraph with no full stop) with nothing between them. No
# syllable of the language has a capital after a small letter, so the capital starts a word; when
# the word before it is capitalised (a name ends there) and a small word follows the capital's
# word, a new sentence starts there, not the name's next word. A small word before the glue
# ("mùaGiáng sinh", "đại diệnTrung ương") or a capital after the glued word ("TP.ThủDầu Một")
# is a dropped space inside a sentence: _glued_words cuts that token in two, no sentence here.
# (The capital read first and the small letter looked behind, the same test: a search skips to
# the capitals instead of trying at every character; a match starts at the capital, as before.)
_GLUED_LINE = re.compile(f"[{_UP}](?<=[{_LOW}][{_UP}])(?=[{_LOW}]+ [{_LOW}])")


def _glued_lines(line: str) -> list[int]:
    """Where a line's glued next line begins (see _GLUED_LINE): only in a run of letters with
    one outside ASCII, as _glued_words."""
    out = []
    for m in _GLUED_LINE.finditer(line):
        k = m.start()
        a = k
        while a > 0 and line[a - 1].isalpha():
            a -= 1
        run = line[a:line.index(" ", k)]
        # (the glued word before the capital: a whole syllable of three letters or more, not a
        # piece of a foreign name written in syllables, "PhanXiCô")
        b = k - 1
        while b > a and not line[b].isupper():
            b -= 1
        # (and the name it ends has a capitalised word before the glued one, "Ngọc QuangĐại
        # diện", "Đắk LắkTại các": a name of one syllable glued to its second, "tỉnh ĐắkLắk có",
        # stays whole)
        before = line[:a].rstrip().rsplit(" ", 1)[-1]
        if not run.isascii() and run[:1].isupper() and k - b >= 3 and before[:1].isupper() and before.isalpha():
            out.append(k)
    return out


def split_sentences(text: str, only=None) -> list[Sentence]:
    """Split on lines, then on sentence-final punctuation followed by a capital, and where a
    line glued to the next one begins (_glued_lines). `only`: the indexes of the lines to split
    (a set), when the caller reads no other line's sentences."""
    out: list[Sentence] = []
    pos = 0
    for li, line in enumerate(text.split("\n")):
        start_line = pos
        pos += len(line) + 1
        if only is not None and li not in only or not line.strip():
            continue
        cut = 0
        glued = _glued_lines(line) if not line.isascii() else []
        for m in _SPLIT.finditer(line):
            nxt = line[m.end():m.end() + 2].lstrip("\"“(")
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            while glued and glued[0] < m.start():
                _emit(out, line, cut, glued[0], start_line, li)
                cut = glued.pop(0)
            head = line[cut:m.start() + 1].rstrip("\"”’)")
            # (an abbreviation is the head's last few characters: search only there; the
            # search still sees the character before them, for \b)
            if _ABBREV_DOT.search(head, max(0, len(head) - 8)):
                continue
            _emit(out, line, cut, m.start() + 1, start_line, li)
            cut = m.end()
        for k in glued:
            if k > cut:
                _emit(out, line, cut, k, start_line, li)
                cut = k
        _emit(out, line, cut, len(line), start_line, li)
    return out


def _emit(out, line, a, b, base, li):
    seg = line[a:b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        out.append(Sentence(seg, base + a + lead, base + a + lead + len(seg), li))

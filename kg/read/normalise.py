"""Source text to the text the extractors read, with a way back.

``normalise`` gives NFC, modern tone placement, one kind of space and the real Đ (dashes stay as
written), and keeps a compact offset map so that a span found in the normalised text can be quoted
exactly from the source text (``kg.facts.Evidence``). ``fold`` is the ASCII folding for search.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass

from kg.read.chars import MARKS_RE, STRIP_TONES, TONE_MARKS, WORD_RE
from kg.read.unwrap import unglue_title, unwrap


# One character for one: no offset changes, so no entry in the offset map.
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000"
# Zero-width characters, soft hyphen, bidi marks and embeddings, and the C0/C1 controls a
# scraper can leave behind: none of them is text.
_INVISIBLE = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
              "\u2066\u2067\u2068\u2069\u061c"
              + "".join(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c")
              + "".join(chr(c) for c in range(0x7f, 0xa0) if c != 0x85))
_ONE_FOR_ONE = {
    "\u00d0": "\u0110", "\u00f0": "\u0111",            # Ð ð (Icelandic eth) -> Đ đ
    "\u2010": "-", "\u2011": "-",                      # (non-breaking) hyphen -> hyphen-minus
    # fraction, division and full-width slashes -> the solidus ("Chiều 9\u20445" is the day 9/5)
    "\u2044": "/", "\u2215": "/", "\uff0f": "/",
    "\u2028": "\n", "\u2029": "\n", "\u000b": "\n", "\u000c": "\n", "\u0085": "\n",
}
# Every other digit (superscripts, circled, full-width, other scripts' digits: a footnote mark
# "¹" or an area "m²") -> its ASCII digit, so that a number the extractors read is 0-9 only
# (str.isdigit() is True for "¹" but int("¹") fails). Planes 0 and 1 hold all of them.
_ONE_FOR_ONE.update({c: str(unicodedata.digit(c)) for c in map(chr, range(0x80, 0x20000)) if c.isdigit()})
_INVISIBLE_SET = frozenset(_INVISIBLE)
_WS = f"[ \\t{_SPACES}{_INVISIBLE}]"


# Two quick scans with rare first characters (clean text costs little):
# 1. line breaks, unusual spaces with what follows them, look-alikes;
_EDITED = f"\\r\\t{_SPACES}{_INVISIBLE}{''.join(_ONE_FOR_ONE)}"
# (the characters above U+FFFF, the digits of plane 1, stand in the class as one range, and the
# character found is tested against the whole set after: a class holding them one by one makes the
# regex engine try each of hundreds of ranges at every character of the text, 57 times the cost of
# the whole scan; this class is its table of the BMP and one range, with which the search skips to a
# candidate in C)
_EDIT_RE = re.compile(f"[{''.join(c for c in _EDITED if c <= chr(0xFFFF))}\\U00010000-\\U0010ffff](?<![^{_EDITED}])"
                      f"(?:(?<=\\r)\\n|(?<=[\\t{_SPACES}{_INVISIBLE}]){_WS}*)?")
# 2. then runs of plain spaces.
_SPACE_RUN_RE = re.compile("  +")
# The combining-mark blocks (Vietnamese tone and vowel marks are in the first). Marks
# elsewhere are left to the exactness check in normalise().
_DECOMPOSED_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _edit(s: str) -> str:
    c = s[0]
    if c == "\r":
        return "\n"
    if c in _ONE_FOR_ONE:
        return _ONE_FOR_ONE[c]
    return "" if all(ch in _INVISIBLE_SET for ch in s) else " "


def _one_space(s: str) -> str:
    return " "


# Old-style tone placement: oa, oe, uy closing a syllable with the tone on the second vowel.
_TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
_OLD_TONE_RE = re.compile(
    "[oOuU](?:(?<=[oO])[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ])(?![^\\W\\d_])")
_ONSET_LETTERS = frozenset("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")


def _split_tone(ch: str) -> tuple[str, str]:
    d = unicodedata.normalize("NFD", ch)
    tone = next(c for c in d if c in TONE_MARKS)
    return unicodedata.normalize("NFC", d.translate(STRIP_TONES)), tone


_MOVE_TONE = {}
for _second in _TONED_SECOND:
    _bare, _tone = _split_tone(_second)
    for _first in ("o", "O") if _bare in "aeAE" else ("u", "U"):
        _MOVE_TONE[_first + _second] = unicodedata.normalize("NFC", _first + _tone) + _bare


def _modern_tone(m: re.Match) -> str:
    s, start = m.string, m.start()
    i = start
    while i > 0 and s[i - 1] in _ONSET_LETTERS:
        i -= 1
    # The vowels must open the rhyme: only consonants before them back to the word's start;
    # and after "q" the u belongs to the onset, so "quý" keeps its tone on y.
    if (i > 0 and WORD_RE.match(s, i - 1)) or (s[start - 1:start] in ("q", "Q") and s[start] in "uU"):
        return m.group()
    return _MOVE_TONE[m.group()]


def modern_tones(s: str) -> str:
    """NFC with the modern ("new") tone placement: Uỷ -> Ủy, hoà -> hòa, khoẻ -> khỏe; quý stays."""
    return _OLD_TONE_RE.sub(_modern_tone, unicodedata.normalize("NFC", s))


# An offset map layer: edits that changed length, as parallel sorted tuples. Edit k replaced
# before[src_starts[k]:src_ends[k]] by after[starts[k]:ends[k]]; text between edits is copied
# one character for one. A handful of breakpoints instead of one integer per character.
_Layer = tuple  # (starts, ends, src_starts, src_ends)


def _back(layer: _Layer, p: int, is_start: bool) -> int:
    starts, ends, src_starts, src_ends = layer
    k = (bisect.bisect_right(starts, p) if is_start else bisect.bisect_left(starts, p)) - 1
    if k < 0:
        return p
    if p < ends[k] or (not is_start and p == ends[k]):
        # inside an edit: a start goes to the edit's start, an end to its end
        return src_starts[k] if is_start else src_ends[k]
    return src_ends[k] + (p - ends[k])


def _apply(text: str, spans, replace) -> tuple[str, _Layer | None]:
    """Replace each (start, end) span of ``text`` by ``replace(text[start:end])``; map the edits."""
    starts, ends, src_starts, src_ends, pieces = [], [], [], [], []
    last = out_len = 0
    for s, e in spans:
        old = text[s:e]
        new = replace(old)
        if new == old:
            continue
        pieces.append(text[last:s])
        out_len += s - last
        if len(new) != e - s:
            starts.append(out_len)
            ends.append(out_len + len(new))
            src_starts.append(s)
            src_ends.append(e)
        pieces.append(new)
        out_len += len(new)
        last = e
    if not pieces:
        return text, None
    pieces.append(text[last:])
    layer = (tuple(starts), tuple(ends), tuple(src_starts), tuple(src_ends)) if starts else None
    return "".join(pieces), layer


def _compose(text: str) -> tuple[str, _Layer | None, bool]:
    """NFC, mapping each letter-plus-marks cluster to the one letter it composes to.

    Returns (text, layer, exact): ``exact`` is False when the text may still not be NFC.
    """
    runs = [m.span() for m in _DECOMPOSED_RE.finditer(text)]
    if runs:
        nfc = unicodedata.normalize("NFC", text)
        mark_starts, ends = zip(*runs)
        widths = list(map(operator.sub, ends, mark_starts))
        # Each run of marks shrinks by at most its length; if the total shrink is the sum of
        # the lengths, every cluster became one character and the map is plain arithmetic.
        if mark_starts[0] > 0 and len(nfc) == len(text) - sum(widths):
            src_starts = tuple(map(operator.sub, mark_starts, itertools.repeat(1)))
            starts = tuple(map(operator.sub, src_starts, itertools.accumulate(widths, initial=0)))
            return nfc, (starts, tuple(map(operator.add, starts, itertools.repeat(1))), src_starts, ends), True
    # Otherwise (marks that do not compose, marks on a space, ...): cluster by cluster.
    out, layer = _apply(text, ((max(0, s - 1), e) for s, e in runs), lambda c: unicodedata.normalize("NFC", c))
    return out, layer, False


@dataclass(frozen=True)
class Normalised:
    """Normalised text and the way back to the text it was made from (``source_span``)."""

    text: str
    _layers: tuple = ()

    @property
    def identity(self) -> bool:
        """True when every offset of ``text`` is also an offset of the source."""
        return not self._layers

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map text[start:end] to the span of the source text it was made from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside the text (length {len(self.text)})")
        for layer in reversed(self._layers):
            start, end = _back(layer, start, True), _back(layer, end, False)
        return start, end


def normalise(text: str) -> Normalised:
    """Normalise decoded source text for extraction (see the module docstring).

    NFC; Ð/ð -> Đ/đ; every digit -> its ASCII digit; CRLF/CR -> LF; no-break, thin and other
    spaces -> one space, runs of spaces and tabs collapsed; zero-width characters and soft
    hyphens removed; modern tone placement.
    Newlines, curly quotes, "…" and every dash are kept as written (kg.tokens treats dashes alike),
    but for the breaks inside a hard-wrapped paragraph, which become spaces, and a title glued to
    its lead on the first line, split again (kg.read.unwrap).
    """
    layers = []
    out = text
    # (is_normalized is slow on text full of marks: look for marks first.)
    if _DECOMPOSED_RE.search(out) or not unicodedata.is_normalized("NFC", out):
        out, layer, exact = _compose(out)
        if layer:
            layers.append(layer)
        if not exact and not unicodedata.is_normalized("NFC", out):
            # Rare: a singleton decomposition (Ohm sign, CJK compatibility ideograph), which
            # NFC changes without a combining mark; such characters map one for one.
            nfc = unicodedata.normalize("NFC", out)
            if len(nfc) != len(out):
                # Give up on fine offsets: the whole text maps to the whole source.
                layers.append(((0,), (len(nfc),), (0,), (len(out),)))
            out = nfc
    for pattern, edit in ((_EDIT_RE, _edit), (_SPACE_RUN_RE, _one_space)):
        out, layer = _apply(out, (m.span() for m in pattern.finditer(out)), edit)
        if layer:
            layers.append(layer)
    # Tone placement keeps the length (NFC letters swap marks): no map needed. Dashes are kept
    # as written, since labels and headlines quote the source.
    out = _OLD_TONE_RE.sub(_modern_tone, out)
    # A hard-wrapped paragraph's breaks become spaces again (one for one: no map needed).
    out = unglue_title(unwrap(out))
    return Normalised(out, tuple(layers))


# --------------------------------------------------------------------------- folding

_FOLD_TR = str.maketrans({"đ": "d", "Đ": "D", "\u00d0": "D", "\u00f0": "d"})


def fold(s: str) -> str:
    """ASCII-fold Vietnamese for search: "Đỗ Thị Hằng" -> "Do Thi Hang", đ -> d. Keeps case."""
    if s.isascii():
        return s
    return MARKS_RE.sub("", unicodedata.normalize("NFD", s.translate(_FOLD_TR)))

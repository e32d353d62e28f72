"""Read and normalise article text: raw bytes in, clean NFC Vietnamese out, with a way back.

The rest of the pipeline calls this module once, at the edge, and from then on sees only
clean text. Two things come out of an article file:

* ``decode`` turns bytes into the *source text* (UTF-8/16, Windows-1258, or the legacy
  font encodings TCVN3 and VNI-Windows, detected by how Vietnamese each reading looks).
* ``normalise`` turns the source text into the text the extractors read (NFC, modern tone
  placement, one kind of space, the real Đ; dashes stay as written) and keeps a compact offset map, so a span found
  in the normalised text can be quoted exactly from the source text (``kg.facts.Evidence``).

The legacy tables and what Vietnamese spelling looks like live in ``kg/data/legacy/``.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError

_DATA = Path(__file__).parent.parent / "data" / "legacy"

# --------------------------------------------------------------------------- characters

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"      # huyền, sắc, ngã, hỏi, nặng
_STRIP_TONES = {ord(c): None for c in _TONE_MARKS}

# Every combining mark of the BMP, as a regex class: decomposed text is found by looking for
# them, so NFC is applied only where it can change something.
def _combining_class() -> str:
    ranges, start, prev = [], None, None
    for cp in range(0x300, 0x10000):
        if unicodedata.combining(chr(cp)):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    ranges.append((start, prev))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_MARKS = _combining_class()
_MARKS_RE = re.compile(f"[{_MARKS}]+")

# Letters only Vietnamese uses (outside Latin-1): their presence says "this is real Unicode
# Vietnamese", their absence in a text full of Latin-1 letters hints at mojibake.
_VIET_SPECIFIC_RE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_HIGH_LATIN_RE = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")

# Characters that real text (Vietnamese or not) rarely contains but wrong decodings produce
# in numbers: controls, Latin-1 symbols used as letter glyphs by TCVN3, cp1252 oddities.
_ODD_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xa1-\xbf\xd7\xf7\ufffd"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]"
)
_WORD_RE = re.compile(r"[^\W\d_]+")


# --------------------------------------------------------------------------- data files

def _rows(name: str):
    with open(_DATA / name, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _cp1252_char(b: int) -> str:
    # Legacy fonts were Windows fonts: a byte they did not redefine shows as its cp1252
    # character (curly quotes, dashes); the five bytes cp1252 leaves undefined stay C1 controls.
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


_CP1252 = "".join(_cp1252_char(b) for b in range(256))
_TO_CP1252_BYTE = {ch: b for b, ch in enumerate(_CP1252)}
# Also accept the Latin-1 reading of 0x80-0x9F, which many tools write when they mis-decode.
for _b in range(0x80, 0xA0):
    _TO_CP1252_BYTE.setdefault(chr(_b), _b)


@dataclass(frozen=True)
class _Legacy:
    """One legacy encoding: byte sequences (as Latin-1 text) -> Unicode, longest match first."""

    name: str
    table: dict            # latin-1 string of 1..2 bytes -> Unicode letter
    canonical: dict        # Unicode letter -> bytes, for encode_legacy

    @functools.cached_property
    def _single(self) -> dict:
        tr = {b: _CP1252[b] for b in range(0x80, 0x100)}
        for seq, ch in self.table.items():
            if len(seq) == 1:
                tr[ord(seq)] = ch
        return tr

    @functools.cached_property
    def _multi_re(self):
        multi = sorted((s for s in self.table if len(s) > 1), key=len, reverse=True)
        if not multi:
            return None
        # One pass over sequences and lone high bytes alike, so a letter produced by a
        # sequence (VNI "oâ" -> ô) is never read again as a byte (0xF4 is ơ on its own).
        return re.compile("|".join(map(re.escape, multi)) + "|[\x80-\xff]")

    def decode(self, data: bytes) -> str:
        text = data.decode("latin-1")
        if self._multi_re is None:
            return text.translate(self._single)
        single = self._single
        return self._multi_re.sub(lambda m: self.table.get(m.group()) or single[ord(m.group())], text)


def _load_legacy(name: str, file: str) -> _Legacy:
    table, canonical = {}, {}
    for row in _rows(file):
        seq = bytes(int(h, 16) for h in row[0].split()).decode("latin-1")
        ch = row[2]
        alt = len(row) > 3 and row[3] == "alt"
        table[seq] = ch
        if not alt:
            canonical.setdefault(ch, seq.encode("latin-1"))
    if name == "vni":
        # The case of the base letter decides the case of the letter: "Aù" is Á, as typists
        # wrote title case with the lower-case diacritic key.
        for seq, ch in list(table.items()):
            if len(seq) == 2 and seq[0].isupper() and ch.isupper():
                table.setdefault(seq[0] + seq[1].lower(), ch)
    return _Legacy(name, table, canonical)


_LEGACY = {"tcvn3": _load_legacy("tcvn3", "tcvn3.tsv"), "vni": _load_legacy("vni", "vni.tsv")}


def _load_spelling():
    kinds: dict[str, list[str]] = {}
    for kind, value in _rows("vietnamese.tsv"):
        kinds.setdefault(kind, []).append(value)
    alt = lambda xs: "|".join(sorted(xs, key=len, reverse=True))
    syllable = re.compile(f"(?:{alt(kinds['onset'])})?(?:{alt(kinds['vowels'])})(?:{alt(kinds['coda'])})?")
    return syllable, frozenset(kinds["common"])


_SYLLABLE_RE, _COMMON = _load_spelling()
# A tone mark must sit on a vowel (possibly after its circumflex, breve or horn).
_TONE_OFF_VOWEL_RE = re.compile(f"(?:^|[^aeiouy\u0302\u0306\u031b])[{_TONE_MARKS}]")


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode NFC text in "tcvn3" or "vni" (inverse of the tables; for tests and fixtures).

    Raises ValueError for a character the encoding cannot hold (TCVN3 has no toned capitals).
    """
    legacy = _LEGACY[encoding]
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in legacy.canonical:
            out += legacy.canonical[ch]
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        elif legacy._single.get(_TO_CP1252_BYTE.get(ch)) == ch:   # a byte the font kept
            out.append(_TO_CP1252_BYTE[ch])
        else:
            raise ValueError(f"{ch!r} cannot be written in {encoding}")
    return bytes(out)


# --------------------------------------------------------------------------- decoding

@dataclass(frozen=True)
class Decoded:
    """The source text of a file and the encoding it was read in.

    ``encoding`` is one of "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le",
    "utf-32-be", "cp1258", "tcvn3", "vni", "utf-8-lossy" (UTF-8 with a few damaged bytes
    replaced by U+FFFD), or "utf-8+X" when valid UTF-8 turned out to hold text that had been
    mis-decoded once before and was repaired (X = "cp1252-mojibake", "tcvn3", "vni", "cp1258").
    """

    text: str
    encoding: str


@functools.lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    d = unicodedata.normalize("NFD", word.lower())
    bare = d.translate(_STRIP_TONES)
    if len(d) - len(bare) > 1 or _TONE_OFF_VOWEL_RE.search(d):
        return False
    return _SYLLABLE_RE.fullmatch(unicodedata.normalize("NFC", bare)) is not None


@dataclass(frozen=True)
class _Score:
    good: int       # non-ASCII words that are Vietnamese syllables
    bad: int        # non-ASCII words that are not
    odd: int        # characters a right decoding would rarely produce
    common: int     # frequent words of the genre

    @property
    def ratio(self) -> float:
        return self.good / max(1, self.good + self.bad + self.odd)

    @property
    def vietnamese(self) -> bool:
        return self.good >= 2 and self.ratio >= 0.7

    @property
    def rank(self) -> tuple:
        return (self.vietnamese, round(self.ratio, 2), self.common, self.good)


def _score(text: str) -> _Score:
    good = bad = common = 0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue        # "Nam", "UBND", "the": says nothing about the byte encoding
        if _is_syllable(word):
            good += 1
            common += word.lower() in _COMMON
        else:
            bad += 1
    return _Score(good, bad, len(_ODD_RE.findall(text)), common)


def _candidates(data: bytes):
    """Every legacy reading of ``data`` as (encoding, NFC text), skipping impossible ones."""
    try:
        # cp1258 writes most tones as combining marks: compose them.
        yield "cp1258", unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    for name, legacy in _LEGACY.items():
        yield name, legacy.decode(data)


def _best(readings) -> tuple[str, str, _Score] | None:
    scored = [(name, text, _score(text)) for name, text in readings]
    scored.sort(key=lambda r: r[2].rank, reverse=True)
    return scored[0] if scored and scored[0][2].vietnamese else None


def _as_cp1252_bytes(text: str) -> bytes | None:
    try:
        return bytes(_TO_CP1252_BYTE[ch] for ch in text)
    except KeyError:
        return None


def _repair(text: str) -> tuple[str, str] | None:
    """Undo one earlier mis-decoding of valid UTF-8 text, when that is clearly right.

    Only text with Latin-1-range letters and no letter specific to Vietnamese is suspect
    ("Tá»‰nh á»§y" is UTF-8 read as cp1252; "TØnh ñy" is TCVN3 read as cp1252): genuine
    Vietnamese almost always has ư, ơ, đ or a letter from U+1EA0-U+1EF9.
    """
    if _VIET_SPECIFIC_RE.search(text) or not _HIGH_LATIN_RE.search(text):
        return None
    raw = _as_cp1252_bytes(text)
    if raw is None:
        return None
    readings = list(_candidates(raw))
    try:
        readings.insert(0, ("cp1252-mojibake", raw.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    best = _best(readings)
    if best is None:
        return None
    name, fixed, score = best
    if score.rank <= _score(text).rank:
        return None
    return fixed, f"utf-8+{name}"


def decode(data: bytes, source: str) -> Decoded:
    """Decode an article file's bytes; raise ArticleError when they are not Vietnamese text."""
    if not data.strip():
        raise ArticleError(source, "empty file")
    text = encoding = None
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(codec), codec
            except UnicodeDecodeError:
                raise ArticleError(source, f"invalid {codec.upper()} text after its byte-order mark") from None
            break
    if text is None:
        if b"\x00" in data:
            raise ArticleError(source, "binary file, not text")
        body, encoding = (data[3:], "utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else (data, "utf-8")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            readings = list(_candidates(body))
            readings.append(("utf-8-lossy", body.decode("utf-8", errors="replace")))
            best = _best(readings)
            if best is None:
                raise ArticleError(source, "cannot decode: not UTF-8 and not a Vietnamese legacy encoding") from None
            encoding, text = best[0], best[1]
        else:
            repaired = _repair(text)
            if repaired is not None:
                text, encoding = repaired[0], repaired[1]
    if "\x00" in text:
        raise ArticleError(source, "binary file, not text")
    if not text.strip():
        raise ArticleError(source, "empty file")
    return Decoded(text, encoding)


# --------------------------------------------------------------------------- normalising

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
    "\u2028": "\n", "\u2029": "\n", "\u000b": "\n", "\u000c": "\n", "\u0085": "\n",
}
_INVISIBLE_SET = frozenset(_INVISIBLE)
_WS = f"[ \\t{_SPACES}{_INVISIBLE}]"


# Two quick scans with rare first characters (clean text costs little):
# 1. line breaks, unusual spaces with what follows them, look-alikes;
_EDIT_RE = re.compile(f"[\\r\\t{_SPACES}{_INVISIBLE}{''.join(_ONE_FOR_ONE)}]"
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
    tone = next(c for c in d if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", d.translate(_STRIP_TONES)), tone


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
    if (i > 0 and _WORD_RE.match(s, i - 1)) or (s[start - 1:start] in ("q", "Q") and s[start] in "uU"):
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

    NFC; Ð/ð -> Đ/đ; CRLF/CR -> LF; no-break, thin and other spaces -> one space, runs of spaces
    and tabs collapsed; zero-width characters and soft hyphens removed; modern tone placement.
    Newlines, curly quotes, "…" and every dash are kept as written (kg.tokens treats dashes alike).
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
    return Normalised(out, tuple(layers))


# --------------------------------------------------------------------------- folding

_FOLD_TR = str.maketrans({"đ": "d", "Đ": "D", "\u00d0": "D", "\u00f0": "d"})


def fold(s: str) -> str:
    """ASCII-fold Vietnamese for search: "Đỗ Thị Hằng" -> "Do Thi Hang", đ -> d. Keeps case."""
    if s.isascii():
        return s
    return _MARKS_RE.sub("", unicodedata.normalize("NFD", s.translate(_FOLD_TR)))


# --------------------------------------------------------------------------- files

@dataclass(frozen=True)
class Article:
    """An article file, read: its source text, normalised text and where they came from."""

    path: Path
    source: str
    source_text: str
    encoding: str
    sha256: str
    normalised: Normalised

    @property
    def text(self) -> str:
        return self.normalised.text

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.normalised.source_span(start, end)

    def source_quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The source text behind text[start:end], with its offsets (for kg.facts.Evidence)."""
        s, e = self.source_span(start, end)
        return self.source_text[s:e], s, e


def read_article(path: Path, source: str) -> Article:
    """Read, decode and normalise one article file; ArticleError says why it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(source, "file not found") from None
    except IsADirectoryError:
        raise ArticleError(source, "is a directory, not a file") from None
    except PermissionError:
        raise ArticleError(source, "permission denied") from None
    except OSError as e:
        raise ArticleError(source, f"cannot read file: {e.strerror or e}") from None
    decoded = decode(data, source)
    return Article(path, source, decoded.text, decoded.encoding,
                   hashlib.sha256(data).hexdigest(), normalise(decoded.text))

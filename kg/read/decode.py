"""Bytes to source text: UTF-8/16/32, Windows-1258 and the legacy font encodings TCVN3 and
VNI-Windows, detected by how Vietnamese each reading looks; valid UTF-8 that was mis-decoded once
before (mojibake) is repaired. The legacy tables and what Vietnamese spelling looks like live in
``kg/data/legacy/``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError
from kg.read.chars import (HIGH_LATIN_RE, ODD_RE, STRIP_TONES, TONE_MARKS, VIET_SPECIFIC_RE,
                           WORD_RE)

_DATA = Path(__file__).parent.parent / "data" / "legacy"


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
_TONE_OFF_VOWEL_RE = re.compile(f"(?:^|[^aeiouy\u0302\u0306\u031b])[{TONE_MARKS}]")


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
    bare = d.translate(STRIP_TONES)
    if len(d) - len(bare) > 1 or _TONE_OFF_VOWEL_RE.search(d):
        return False
    return _SYLLABLE_RE.fullmatch(unicodedata.normalize("NFC", bare)) is not None


# (the rhymes that take a final: a word ending on one is a syllable cut, "TRƯƠ" of "TRƯƠNG")
_OPEN_RHYME_RE = re.compile(r"(?:iê|yê|uô|ươ)$")


def whole_syllable(word: str) -> bool:
    """A Vietnamese syllable written whole: one the spelling allows, not ending on a rhyme that takes a final
    consonant or glide ("NGUYỄ", "TRƯƠ": a name a page cut)."""
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(STRIP_TONES))
    return word.isalpha() and _is_syllable(word) and not _OPEN_RHYME_RE.search(bare)


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
    for word in WORD_RE.findall(text):
        if word.isascii():
            continue        # "Nam", "UBND", "the": says nothing about the byte encoding
        if _is_syllable(word):
            good += 1
            common += word.lower() in _COMMON
        else:
            bad += 1
    return _Score(good, bad, len(ODD_RE.findall(text)), common)


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
    if VIET_SPECIFIC_RE.search(text) or not HIGH_LATIN_RE.search(text):
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

"""The characters Vietnamese text is made of, shared by decoding and normalising."""
from __future__ import annotations

import re
import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"      # huyền, sắc, ngã, hỏi, nặng
STRIP_TONES = {ord(c): None for c in TONE_MARKS}

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
MARKS_RE = re.compile(f"[{_MARKS}]+")

# Letters only Vietnamese uses (outside Latin-1): their presence says "this is real Unicode
# Vietnamese", their absence in a text full of Latin-1 letters hints at mojibake.
VIET_SPECIFIC_RE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
HIGH_LATIN_RE = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")

# Characters that real text (Vietnamese or not) rarely contains but wrong decodings produce
# in numbers: controls, Latin-1 symbols used as letter glyphs by TCVN3, cp1252 oddities.
ODD_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xa1-\xbf\xd7\xf7\ufffd"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]"
)
WORD_RE = re.compile(r"[^\W\d_]+")

"""A scraped line made plain before it is read: the list bullet or dash it opens with, a script's leftover
("null ", "undefined "), and a stored page's date glued before its first line ("date 2025-09-22 Chiều
22.9, ...", lexicon `dateline_prefix_re`). Split from kg.extract.structure.bylines by its job; every reader of a page's lines
in kg.extract.structure cleans with it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import lexicon

_BULLET = re.compile(r"^[\s•·\-–—*|>»]+")
_JS_ARTIFACT = re.compile(r"^(?:null|undefined|NaN)\s+")


@lru_cache(maxsize=4096)
def clean(line: str) -> str:
    # (cached: the passes over an article's lines clean the same line many times)
    s = _JS_ARTIFACT.sub("", _BULLET.sub("", line).strip())
    m = lexicon().dateline_prefix_re.match(s)
    return s[m.end():] if m and 1 <= int(m.group(2)) <= 12 else s

"""A photo credit a caption closes without its colon ("... tại Lễ ký kết. Ảnh Thu Hà", "... triển lãm.
Ảnh HT"): the marker (article.yaml photo_credit_markers) right after the caption's full stop, then
the photographer's name or initials alone to the line's end. The credits with a colon are read by
kg.extract.structure.bylines.photo_credit.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import section
from kg.extract.structure.bylines import _is_agency, name_line
from kg.extract.structure.line_cleaning import clean


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern:
    # (the marker as written, capitalised, after a sentence's end: not "ảnh Bác Hồ" inside a sentence)
    markers = sorted(section("article.yaml", "photo_credit_markers"), key=len, reverse=True)
    return re.compile(r"[.!?…]\s+(?:" + "|".join(re.escape(m) for m in markers) + r")\s+([^\s.:;,()|/][^.:;,()|]{0,30}?)\s*\.?\s*$")


@lru_cache(maxsize=1)
def _bracket_credit_re() -> re.Pattern:
    # ("... phát biểu khai mạc (ảnh Thu Hà)", "(ảnh T. Lan/baoyenhoa.vn)": the marker in any case, in the
    # bracket closing the caption, the outlet after a slash)
    markers = sorted(section("article.yaml", "photo_credit_markers"), key=len, reverse=True)
    return re.compile(r"\((?i:" + "|".join(re.escape(m) for m in markers) + r")\s+([^\s.:;,()|/][^:;,()|/]{0,30}?)"
                      r"\s*(?:/[^()\s]{2,40})?\s*\)\s*\.?\s*\|?\s*$")


def colonless(line: str) -> Optional[list[str]]:
    """The names of a colonless credit closing a caption line, or None."""
    m = _credit_re().search(clean(line)) or _bracket_credit_re().search(clean(line))
    if m is None:
        return None
    # ("Hải NGuyễn": a syllable's second letter typed in capitals with the first)
    value = " ".join(w.capitalize() if _TWO_CAPS.fullmatch(w) else w for w in m.group(1).split())
    if _is_agency(value):
        return None
    if value.isupper() and value.isalpha() and 2 <= len(value) <= 3:
        return [value]          # initials without dots: "HT" (not "PV", "TL": _is_agency)
    names = name_line(value)
    return names if names and len(names) <= 2 and all(len(n.split()) <= 4 for n in names) else None


def closes_caption(line: str) -> bool:
    """The line is a caption its photographer's credit closes without a colon, a person's or an
    outlet's ("... năm 2019. Ảnh Thu Hà", "... Tờ trình. Ảnh Quốc hội"): never a title."""
    m = _credit_re().search(clean(line))
    return m is not None and all(w[:1].isupper() for w in m.group(1).split())


_TWO_CAPS = re.compile(r"[A-ZĐ]{2}[a-zà-ỹđ]+")


def unplaced(names: Optional[list[str]]) -> Optional[list[str]]:
    """The names of an unmarked line outside the story's own lines (a stamp row's segment, words
    glued after its last sentence), None when one is a province's ("12/03/2024 | Hà Nội"; a
    district's name is a writer's too often: "Thanh Hà")."""
    from kg.extract.gazetteer import get_gazetteer
    gz = get_gazetteer()
    if names and any(p.level == "province" for n in names for p in gz.lookup(n)):
        return None
    return names


_DOTTED = re.compile(r"(?:[A-ZĐ]\.)+[A-ZĐ]")


def as_dotted(name: str, text: str) -> str:
    """ "Ảnh: H.X.", "T.H." closing the story: dotted initials keep the dot the page wrote after
    their last letter (it is the abbreviation's, as the others are)."""
    if _DOTTED.fullmatch(name) and re.search(r"(?<![\w.])" + re.escape(name) + r"\.(?!\w)", text):
        return name + "."
    return name

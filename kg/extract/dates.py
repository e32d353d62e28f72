"""Dates: the dateline of a page, the years a text names, and the day a meeting took place.

Day-dates are written "20/1", "20-01-2021", "ngày 20 tháng 1 năm 2021"; a year may be missing,
and is then the dateline's (a December meeting reported in January is of the year before) or
the latest the text names.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:
    from kg.extract.sentences import SentenceView

# -- datelines -------------------------------------------------------------------------------------

_DATE_NUM = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?\s*(?:AM|PM|SA|CH)?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)\b", re.I)
_DATE_WORDS = re.compile(r"\b(?:ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật|đăng\s+ngày|ngày\s+xuất\s+bản|xuất\s+bản|đăng\s+lúc|đăng|ngày|lúc|gmt\s*\+\s*7|gmt|published|updated|posted)\b", re.I)

def parse_date_line(line: str, clean: Callable[[str], str] = str.strip) -> Optional[date]:
    """The date of a dateline: a short line, or one segment of a "|" row, that is (almost)
    only a date and a time ("Cập nhật: 14/05/2019 16:20 | Lượt xem: 412")."""
    if "|" in line:
        for seg in line.split("|"):
            d = _date_only(seg, clean)
            if d:
                return d
        return None
    return _date_only(line, clean)


def _date_only(line: str, clean: Callable[[str], str]) -> Optional[date]:
    s = clean(line)
    if len(s) > 70:
        return None
    m = _DATE_NUM.search(s) or None
    d = None
    if m:
        d = _mkdate(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        rest = s[:m.start()] + " " + s[m.end():]
    else:
        m = _DATE_ISO.search(s)
        if not m:
            return None
        d = _mkdate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        rest = s[:m.start()] + " " + s[m.end():]
    if d is None:
        return None
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = re.sub(r"[\s,\-–—:|()•·+/]+", "", rest)
    return d if len(rest) <= 3 else None


def _mkdate(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None



# -- meeting dates ---------------------------------------------------------------------------------

_DAY = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*((?:19|20)\d{2}))?(?![\d/\-]|\.\d)")
_DAY_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?", re.I)
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*(?:19|20)\d{2})")
_DOC_REF = re.compile(r"(?:\bsố\b|[-/](?:CT|NQ|QĐ|KH|TB|KL|HD|QC|BC|TTr|UBND|TU|HU|BTV|TW)\b)[^.;]{0,40}$")
_NOT_EVENT_DATE = re.compile(r"(?:\bđến|\btrước|\btừ|\bhạn|\bchậm nhất|\bkể từ|\bsau|\bhoàn thành|\bban hành)\s+(?:ngày\s+)?$", re.I)


@lru_cache(maxsize=1)
def _time_lead() -> re.Pattern:
    """A time of day (meetings.yaml times_of_day) right before a date, or nothing at all."""
    from kg.extract.lexicon import lexicon
    words = sorted(lexicon().times_of_day, key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?:\b(?:" + alts + r")\s+(?:ngày\s+)?\(?\s*$|^\s*\(?$)", re.I)


_TET_YEAR = re.compile(r"\b(?:Tết|Xuân)(?:\s+Nguyên\s+đán)?\s+(?:[A-ZĐ]\w+\s+[A-ZĐ]\w+\s+)?((?:19|20)\d{2})\b")


def years_in(text: str) -> list[int]:
    """Years the text names as such: "năm 2021", "Tết Nguyên đán Giáp Thìn 2024"."""
    return [int(m.group(1)) for m in _YEAR.finditer(text)] + [int(m.group(1)) for m in _TET_YEAR.finditer(text)]


def meeting_date(sentences: list[SentenceView], published: Optional[date], text_years: list[int]) -> tuple[Optional[date], Optional[SentenceView]]:
    """The first day-date of the story that introduces the event (not a document's or a deadline's)."""
    for sv in sentences[:8]:
        if sv.is_headline:
            continue
        for m, day, month, year in _dates(sv.text):
            before = sv.text[:m.start()]
            if _DOC_REF.search(before) or _NOT_EVENT_DATE.search(before):
                continue
            if not (_time_lead().search(before) or m.start() < 25):
                continue
            y = year or _infer_year(month, day, published, text_years)
            if y is None:
                continue
            try:
                return date(y, month, day), sv
            except ValueError:
                continue
    return None, None


def _dates(text: str):
    out = []
    for m in _DAY.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append((m, d, mo, int(m.group(3)) if m.group(3) else None))
    for m in _DAY_WORDS.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append((m, d, mo, int(m.group(3)) if m.group(3) else None))
    out.sort(key=lambda x: x[0].start())
    return out


def _infer_year(month: int, day: int, published: Optional[date], text_years: list[int]) -> Optional[int]:
    if published is not None:
        y = published.year
        # a December meeting reported in January belongs to the year before
        if month > published.month + 1:
            y -= 1
        return y
    if text_years:
        # A report reviews year N-1 and plans year N. Early in the year the meeting is in N,
        # the latest year named; late in the year a review of N meets in N itself.
        latest = max(text_years)
        if month >= 10 and latest - 1 in text_years:
            return latest - 1
        return latest
    return None

"""An occasion's own date in a sentence: the day a feast, a campaign or a named day falls on, which is
not the meeting's unless the sentence opens on it with its full year and tells its event.

Read by kg.extract.meeting.event_days; the words are meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.structure.dates import _DAY, _WEEKDAY, DayDate, _alts, _words, day_dates


@lru_cache(maxsize=1)
def _occasion_re() -> tuple[re.Pattern, re.Pattern]:
    w = _words()
    last = re.compile(r".*\b(?:" + _alts(w["occasion_date_after"]) + r")\b", re.I | re.S)
    cancel = re.compile(r"\b(?:" + _alts(w["occasion_date_cancel"]) + r")\b|[,;.:()!?]", re.I)
    return last, cancel


def occasion_date(text: str, d: DayDate, page_year: Optional[int] = None) -> bool:
    """ "Trong đợt 19/5, ...", "... nhân Đại lễ X ngày 17/11": the date ends the clause of an
    occasion, a campaign or an election named before it (meetings.yaml dates `occasion_date_after`),
    with no time of day or event verb of the meeting between (`occasion_date_cancel`), and no date
    of the occasion's own before it (`after_occasion_s_date`); ``page_year``: the publication's
    year, when known (see `_dated_opener`)."""
    last, cancel = _occasion_re()
    at = d.start
    tail = text[max(0, at - _words()["occasion_date_reach"]):at]
    if after_occasion_s_date(tail):
        return False
    m = last.match(tail)
    if m is not None and not cancel.search(tail, m.end()):
        return True
    # "Ngày Quốc tế Phụ nữ 8/3 năm nay, ...", "Ngày hội Đại đoàn kết 18/11": the date of a day's name
    n = _NAMED_DAY.search(tail)
    if n is None or not n.group(1).isupper() or _WEEKDAY.match(tail, n.start(1)):
        return False
    return not _dated_opener(text, d, at - len(tail) + n.start(), page_year)


@lru_cache(maxsize=1)
def _occasion_ends_re() -> re.Pattern:
    """(made once: the words' alternation was built and looked up in re's cache at every call)"""
    return re.compile(r"\b(?:" + _alts(_words()["occasion_date_ends"]) + r")\s+$", re.I)


def after_occasion_s_date(tail: str) -> bool:
    """ "... mừng ngày Thầy thuốc 27/2 vào ngày 25/2/2025": the tail ends on a date and a word that
    introduces another date (meetings.yaml dates `occasion_date_ends`): that first date was the
    occasion's, the next is the event's."""
    m = _occasion_ends_re().search(tail)
    return m is not None and any(x.end == len(tail[:m.start()].rstrip()) for x in day_dates(tail))


def _dated_opener(text: str, d: DayDate, named: int, page_year: Optional[int]) -> bool:
    """ "Ngày Thầy thuốc Việt Nam 27/2/2025, Hội Y học huyện tổ chức ...": a day's name opening the
    sentence with its full date, set off by a comma, and no other date after it, dates the event
    held on it (the day's name without its year, "Ngày X 20/11 năm nay, ...", is only its occasion).
    The day's first date in history is not the event's: its year must be the page's (within
    `opener_year_reach` of the publication's year when known; never before `earliest_year`), and
    the clause after the comma must tell an event (a kind word or a verb of holding one), not what
    someone did on that day ("Ngày ... 2/9/1945, Chủ tịch A đọc ...")."""
    if d.year is None or text[:named].strip() or text[d.end:].lstrip()[:1] != "," or \
            any(x.start >= d.end for x in day_dates(text)):
        return False
    w = _words()
    if d.year < w["earliest_year"] or page_year is not None and abs(d.year - page_year) > w["opener_year_reach"]:
        return False
    return _event_told().search(text, d.end) is not None


@lru_cache(maxsize=1)
def _event_told() -> re.Pattern:
    """A kind word or a verb of holding an event (meetings.yaml `kinds`, `host_verbs`, dates
    `occasion_date_cancel`)."""
    from kg.extract.lexicon import section
    words = [p for ps in section("meetings.yaml", "kinds").values() for p in ps] + section("meetings.yaml", "host_verbs") \
        + _words()["occasion_date_cancel"]
    return re.compile(r"\b(?:" + _alts(words) + r")\b", re.I)


# the day word, then a capitalised name up to the date ("Ngày Nhà giáo Việt Nam 20/11")
_NAMED_DAY = re.compile(r"\b[Nn]" + _DAY[1:] + r"\s+(?:hội\s+)?(\w)[^,;.()]{0,60}$")

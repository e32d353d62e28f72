"""What leads into a day-date and marks it as the event's own: a time of day before it ("Sáng 12/3"), a day told
otherwise with the date in a bracket ("Sáng mùng 4 Tết (13/2)"), a time fronted after a comma (", chiều 18/4,") or a
day set off by commas after a document's name ("Thực hiện Kế hoạch số 12-KH/HU ..., ngày 12/5, ..."), the days an
event lasts opened by "từ" ("từ ngày 12 đến 15/4"), the days a meeting sat ("Sau 2 ngày làm việc (11 - 12/5)"), and
what marks it as another's: a noun's date ("Quyết định ... ngày 5/1/2024"), today's ("chiều nay 21/9").
Split from kg.extract.meeting.event_days by its job (it reads the words before and around a date; event_days weighs
them); the words are meetings.yaml's ``dates`` and times_of_day.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.structure.dates import _DAY, _WEEKDAY, _alts, _words

if TYPE_CHECKING:
    from kg.extract.structure.dates import DayDate


@lru_cache(maxsize=1)
def time_lead() -> re.Pattern:
    """A time of day (meetings.yaml times_of_day) right before a date, or nothing at all."""
    from kg.extract.lexicon import lexicon
    words = sorted(lexicon().times_of_day, key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?:\b(?:" + alts + r")" + _on_to_date() + r"|^\s*\(?$|" + _glossed_day() + r")", re.I)


def _on_to_date() -> str:
    """What may stand between a time of day and its date, up to the date: a relative day or a weekday ("Chiều qua
    (11/3)", "Sáng thứ Năm (ngày 5/6)", "Sáng nay, thứ Năm 5/6"), a comma, a bracket, the day word."""
    rel = r"(?:\s+(?:" + _alts(_words()["relative_days"]) + r"))?"
    weekday = r"(?:\s*,?\s*(?:" + _WEEKDAY.pattern + r"))?"
    return rel + weekday + r"\s*,?\s*\(?\s*(?:" + _DAY + r"\s+)?\(?\s*$"


def _glossed_day() -> str:
    """A day told otherwise, then its date in a bracket: a lunar day after a time of day or opening the sentence
    ("Sáng mùng 4 Tết (13/2)", "Chiều 30 Tết Giáp Thìn (ngày 9/2)", "Mồng 5 tháng Giêng (tức 14/2)"), or a weekday
    opening it ("Thứ Sáu (12/5), ...", "Vào Chủ nhật (14/5)": meetings.yaml dates `fronted_time_openers`); the
    bracket holds the date alone (meetings.yaml dates `lunar_day_words`, `lunar_months`, `gloss_words`)."""
    from kg.extract.lexicon import lexicon
    w = _words()
    lunar = (r"(?:(?:" + _alts(w["lunar_day_words"]) + r")\s+)?\d{1,2}\s+(?:" + _alts(w["lunar_months"])
             + r")(?:\s+[^\W\d_]+){0,4}?")
    # (the bare day word only opening the sentence: "Lễ giỗ ngày mùng 10 tháng Giêng (19/2)" is a noun's day)
    times = r"(?:" + _alts([t for t in lexicon().times_of_day if t != _DAY]) + r")\s+"
    opener = r"(?:(?:" + _alts(w["fronted_time_openers"]) + r")\s+)?"
    gloss = r"\s*\(\s*(?:(?:" + _alts(w["gloss_words"]) + r")\s+)?(?:" + _DAY + r"\s+)?$"
    return (r"(?:\b" + times + r"|^\W*" + opener + r")(?:" + _DAY + r"\s+)?" + lunar + gloss
            + r"|^\W*" + opener + r"(?:" + _WEEKDAY.pattern + r")" + gloss)


def sitting_days(text: str, d: DayDate) -> bool:
    """ "Sau 2 ngày làm việc khẩn trương (từ 11 - 12/5), Đại hội ... đã bế mạc": the days a meeting sat, counted
    (meetings.yaml dates `sitting_days_words`), their dates in the bracket after the count, and the sentence
    closes the meeting (`closing_words`): the meeting's own days, dated by the first. Not a period's days ("đợt
    cao điểm 10 ngày (1 - 10/5)"), nor a programme's ("Chương trình gồm 3 ngày làm việc (15 - 17/5)")."""
    return _sitting_re().search(text, 0, d.start) is not None and _closing_re().search(text, d.end) is not None


@lru_cache(maxsize=1)
def _sitting_re() -> re.Pattern:
    w = _words()
    return re.compile(r"\b(?:\d{1,2}|" + _alts(w["day_counts"]) + r")\s+(?:" + _alts(w["sitting_days_words"])
                      + r")(?:\s*,?\s*[^\W\d_]+){0,4}?\s*\(\s*(?:(?:" + _alts(w["range_openers"]) + r")\s+)?(?:"
                      + _DAY + r"\s+)?$", re.I)


@lru_cache(maxsize=1)
def _closing_re() -> re.Pattern:
    return re.compile(r"\b(?:" + _alts(_words()["closing_words"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def fronted_time() -> re.Pattern:
    """A time of day (meetings.yaml times_of_day, not the bare day word) after a comma right before
    the date: ", sáng 12/3", ", chiều thứ Ba (12/3)": the sentence's event is fronted there."""
    from kg.extract.lexicon import lexicon
    words = [w for w in lexicon().times_of_day if w.split()[0] != _DAY]
    # (after a semicolon too: "... sẽ diễn ra từ ngày 20 đến 22/4; chiều 18/4, Ban Tổ chức đã họp báo")
    return re.compile(r"[,;]\s*(?:(?:" + _alts(_words()["fronted_time_openers"]) + r")\s+)?(?:" + _alts(words) + r")"
                      + _on_to_date(), re.I)


@lru_cache(maxsize=1)
def noun_day() -> re.Pattern:
    """The bare day word right after a word of the clause ("Quyết định của Tỉnh ủy ngày 5/1/2024"):
    the date of that noun, unless the word leads into a time or is one (meetings.yaml dates
    `fronted_time_openers`, times_of_day: "vào ngày", "sáng ngày")."""
    from kg.extract.lexicon import lexicon
    not_nouns = _alts(_words()["fronted_time_openers"] + [w for w in lexicon().times_of_day if len(w.split()) == 1])
    return re.compile(r"(?<![,;:(])\s(?!(?:" + not_nouns + r")\s)[^\W\d_]+\s+" + _DAY + r"\s*\(?\s*$", re.I)


@lru_cache(maxsize=1)
def today_re() -> re.Pattern:
    """A time of day and "nay" right before the date ("từ chiều nay 21/9"): the page's own day."""
    from kg.extract.lexicon import lexicon
    times = [t for t in lexicon().times_of_day if len(t.split()) == 1]
    return re.compile(r"\b(?:" + _alts(times) + r")\s+(?:" + _alts(_words()["today_words"]) + r")\s*\(?\s*$", re.I)


# (", ngày 12/5,", ", vào ngày 12/5,": the day word, maybe after its opener, set off by a comma; meetings.yaml dates
# `fronted_time_openers`)
_SET_OFF_DAY = re.compile(r",\s*(?:(?:" + _alts(_words()["fronted_time_openers"]) + r")\s+)?" + _DAY + r"\s*$", re.I)


def set_off(text: str, d: DayDate) -> bool:
    """The day-date stands between commas after the day word ("Thực hiện Kế hoạch số 12-KH/HU của Huyện ủy, ngày 12/5,
    Ban Thường vụ ..."): the sentence's fronted time after a document's name, not the document's own date (which
    its issuer follows: "Quyết định số 5/QĐ-UBND, ngày 10/5/2031 của UBND tỉnh")."""
    return _SET_OFF_DAY.search(text, 0, d.start) is not None and text[d.end:].lstrip()[:1] == ","


def fronted(text: str, d: DayDate) -> bool:
    """The date stands as the sentence's fronted time, between commas or first ("Nhân dịp ..., từ
    ngày 12 đến 15/4, Đoàn ...", or set off after a label's colon: "Bản tin X: Từ 12 - 15/7, Hội Y ..."), not
    inside a clause ("sẽ họp từ ngày 14-16/11 ở Thủ đô"), nor a schedule a colon opens ("như sau: từ 12 - 15/7 tại ...")."""
    before, comma_after = text[:d.start].rstrip(), text[d.end:].lstrip()[:1] == ","
    return before.endswith(",") or (not before or before.endswith(":")) and comma_after


@lru_cache(maxsize=1)
def opened_days() -> re.Pattern:
    """ "Nhân dịp Tết ..., từ ngày 12 đến ngày 15/4, Đoàn ... sang thăm" ("từ ngày 12/4 đến ngày 15/4/2031": the month
    written twice, the same): the days of one month a trip or an event lasts, opened by "từ" (meetings.yaml dates
    `range_openers`, `range_joiners`), are the event's own (a period reviewed runs across months: "từ 1/1 đến 30/6")."""
    w = _words()
    return re.compile(r"(?:" + _alts(w["range_openers"]) + r")\s+(?:" + _DAY + r"\s+)?\d{1,2}(?:\s*[/.\-]\s*(\d{1,2}))?\s*(?:[" + "".join(
        re.escape(j) for j in w["range_joiners"] if not j.isalpha()) + r"]|\s(?:" + _alts(
        [j for j in w["range_joiners"] if j.isalpha()]) + r")\s)\s*(?:" + _DAY + r"\s+)?\d{1,2}\s*[/.\-]\s*(?(1)0?\1(?!\d)|\d)", re.I)

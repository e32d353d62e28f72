"""The year of a meeting's day written without one: the page's stamp, the anniversary the event
celebrates, the congress it prepares or the term it reviews or opens, a quarter, a year named for a
cue (kg.extract.meeting.year_cues), else the years the text names. Split from
kg.extract.meeting.event_days, which finds the day; the words are meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.meeting.year_cues import named_year, prepared_term, quarter_year, term_opened, term_reviewed
from kg.extract.structure.dates import DayDate, _alts, _mkdate, _patterns, _words, day_dates
from kg.extract.structure.text_years import anniversary_years, as_of_months, term_year

if TYPE_CHECKING:
    from kg.extract.sentences.sentences import SentenceView


def year_for(d: DayDate, published: Optional[date], lead: list[SentenceView], text_years: list[int],
              congress: bool) -> Optional[int]:
    """The year of a day-date written without one."""
    y = _anniversary_year(d, lead[0].text) if lead else None
    stamped = _stamp_year(d, published) if published is not None else None
    if y is not None:
        # the anniversary the date's own sentence celebrates ("Nhân kỷ niệm 92 năm ... (20/10/1930 -
        # 20/10/2022), chiều 19/10") dates it, even on a page stamped years later; but a review of it
        # ("Ngày 2/1, ... tổng kết đợt thi đua chào mừng kỷ niệm ... (30/10/1963-30/10/2023)" on a page
        # of 3/1/2024) is of the stamp's year, nearer the anniversary's day
        return stamped if stamped is not None and _nearer(d, stamped, y, lead[0].text) else y
    if published is not None:
        return stamped
    for sv in lead:                          # the anniversary the event celebrates
        y = _anniversary_year(d, sv.text)
        if y is not None:
            return y
    y = None if _midterm(lead) else _congress_ahead(d, lead)
    if y is not None:                        # the congress, a few days on, the meeting prepares
        return y
    y = term_reviewed(d, lead)
    if y is not None:                        # the term the meeting reviews as it closes
        return y
    y = quarter_year(d, lead)
    if y is not None:                        # the quarter the meeting reviews or works in
        return y
    if congress and not _midterm(lead):      # the term a congress opens
        for sv in lead:
            y = term_year(sv.text)
            if y is not None:
                return y
    y = named_year(d, lead)
    if y is not None:                        # "Tết Giáp Thìn", "tháng 2/2024", "năm học 2024-2025"
        return y
    if text_years:
        return _as_of_floor(d, _by_text_years(d, lead, text_years), lead)
    return prepared_term(d, lead) or term_opened(lead)


def _by_text_years(d: DayDate, lead: list[SentenceView], text_years: list[int]) -> Optional[int]:
    """The year of a day-date by the years the text names."""
    # A report reviews year N-1 and plans year N. Early in the year the meeting is in N,
    # the latest year named; late in the year a review of N meets in N itself.
    latest = max(text_years)
    if d.month >= 10 and latest - 1 in text_years:
        return latest - 1
    if len(set(text_years)) == 1 and d.month >= _words()["plan_from_month"] and _plans(latest, lead):
        return latest - 1       # the tasks of year N, set late in N - 1
    if len(set(text_years)) == 1 and d.month >= _words()["plan_from_month"] and _new_year(latest, lead):
        return latest - 1       # "Sáng 26/12, ... chúc Tết ... Xuân Ất Tỵ 2025": the Tết ahead
    if len(set(text_years)) == 1 and d.month <= _words()["results_until_month"] and _results(latest, lead):
        return latest + 1       # "Ngày 18-1, ... báo cáo, năm 2008 tỉnh đạt ...": the past year's results
    if len(set(text_years)) == 1 and _reviews(latest, lead):
        # the review of year N alone: early in N + 1, late in N, between no telling
        return latest + 1 if d.month <= 3 else (latest if d.month >= 10 else None)
    return latest


def _as_of_floor(d: DayDate, year: Optional[int], lead: list[SentenceView]) -> Optional[int]:
    """A figure the lead gives as of a month ("Tính đến tháng 12-2023, toàn huyện có ...") is told at or
    after it: a day before that month in the year read is a year on ("Sáng 3/2" then: 2024)."""
    floors = [(y, m) for sv in lead for m, y in as_of_months(sv.text)]
    if year is None or not floors:
        return year
    y, m = max(floors)
    least = y if d.month >= m else y + 1
    return max(year, least)


def _stamp_year(d: DayDate, published: date) -> Optional[int]:
    """The year of a day-date by its page's stamp: the stamp's, or the one before for a December
    meeting reported in January; a meeting more than a season before its page's stamp ("12/5" on a
    page of January) is an old story or a wrong stamp: no year (meetings.yaml dates `stamp_reach_months`)."""
    if d.month <= published.month + 1:
        return published.year
    return published.year - 1 if published.month + 12 - d.month <= _words()["stamp_reach_months"] else None


def _nearer(d: DayDate, year: int, other: int, text: str) -> bool:
    """The day-date in ``year`` lies nearer the day of the anniversary span the text writes than in
    ``other`` (no span with its day: no telling, False)."""
    span = next((s for s in day_dates(text) if s.span and s.year), None)
    day = _mkdate(span.year, span.month, span.day) if span else None
    a, b = _mkdate(year, d.month, d.day), _mkdate(other, d.month, d.day)
    return day is not None and a is not None and b is not None and abs((a - day).days) < abs((b - day).days)


def _midterm(lead: list[SentenceView]) -> bool:
    """The meeting reviews the term half-way ("sơ kết giữa nhiệm kỳ"; meetings.yaml dates
    `midterm_words`): the term's first year is not the meeting's."""
    words = tuple(w.casefold() for w in _words().get("midterm_words", ()))
    return any(w in sv.text.casefold() for sv in lead for w in words)


def _reviews(year: int, lead: list[SentenceView]) -> bool:
    """The lead reviews or commends that year ("tổng kết công tác năm 2023", "tuyên dương các điển
    hình ... năm 2014"; meetings.yaml dates `review_words`)."""
    return any(int(m.group(1)) == year for sv in lead for m in _patterns()["reviewed"].finditer(sv.text))


@lru_cache(maxsize=1)
def _results_re() -> re.Pattern:
    w = _words()
    return re.compile(r"(?<!trong )\b" + _alts(w["year_words"][:1]) + r"\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)([^.;]{0,60}?)\b(?:"
                      + _alts(w["results_words"]) + r")\b", re.I)


def _results(year: int, lead: list[SentenceView]) -> bool:
    """The lead reports what that year achieved ("năm 2008 tỉnh đạt mức tăng trưởng 15%"; meetings.yaml
    dates `results_words`), no target on the way ("năm 2009 phấn đấu đạt ...": `results_not_between`), no
    year's progress ("trong năm 2025 ... đạt"), and the lead sets no tasks (`results_not_with`): met early
    in a year, the year before's results."""
    stop = re.compile(r"\b(?:" + _alts(_words()["results_not_between"]) + r")\b", re.I)
    if any(w in sv.text.lower() for sv in lead for w in _words()["results_not_with"]):
        return False        # ("hội nghị triển khai nhiệm vụ năm 2025. Năm 2025, huyện có 5 xã đạt ...": review9b H4)
    return any(int(m.group(1)) == year and not stop.search(m.group(2))
               for sv in lead for m in _results_re().finditer(sv.text))


@lru_cache(maxsize=1)
def _plan_re() -> re.Pattern:
    w = _words()
    return re.compile(r"\b(?:" + "|".join(re.escape(x) for x in w["plan_words"]) + r")\b[^.;]{0,60}?"
                      + "".join(r"(?<!\b" + re.escape(x) + " )" for x in w["plan_not_before"])
                      + r"\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*(?:19|20)\d{2})", re.I)


def _plans(year: int, lead: list[SentenceView]) -> bool:
    """The lead sets the tasks or the plan of that year ("ra nghị quyết lãnh đạo nhiệm vụ
    năm 2024", "triển khai nhiệm vụ, phương hướng năm 2024"; meetings.yaml dates `plan_words`): a
    setting verb right before the plan word (`plan_set_by`), none that pushes to finish the year's
    own tasks or reports on them ("hoàn thành các chỉ tiêu, nhiệm vụ năm 2024", "thực hiện thắng
    lợi nhiệm vụ năm 2024", "đạt 105% kế hoạch năm 2024", "kết quả thực hiện nhiệm vụ năm 2021":
    `plan_finished_by`, `plan_reported_by`)."""
    return any(int(m.group(1)) == year and _set(sv.text, m.start()) and not _dated_within(sv.text, year)
               for sv in lead for m in _plan_re().finditer(sv.text))


def _dated_within(text: str, year: int) -> bool:
    """The sentence dates a step in that year ("ngày 3/6/2031, Tổ công tác đã triển khai kế hoạch giám sát năm
    2023"): the plan already runs, not one set for the year ahead."""
    return any(d.year == year and not d.span for d in day_dates(text))


def _new_year(year: int, lead: list[SentenceView]) -> bool:
    """The lead greets the lunar or calendar new year of that year ("Tết Nguyên đán 2025", "Xuân Ất
    Tỵ 2025", "Tết Dương lịch 2025"; meetings.yaml dates `new_year_feasts`, or "Tết"/"Xuân" then a
    lunar year's name): met in November or December, it is the one ahead. Not a feast reviewed
    ("tổng kết chương trình Tết Trung thu 2024", "chiến dịch Xuân tình nguyện năm 2024": review8d M3)."""
    w = _words()
    named = tuple(x.lower() for x in w["new_year_feasts"])
    stems = tuple(x.lower() for x in w["lunar_stems"])
    for sv in lead:
        low = sv.text.lower()
        if any(r.lower() in low for r in w["review_words"] + w["plan_reported_by"]):
            continue
        for m in _patterns()["feast"].finditer(sv.text):
            words = m.group(0).lower().split()
            if int(m.group(1)) == year and (m.group(0).lower().startswith(named)
                                            or words[0] in ("tết", "xuân") and len(words) > 2 and words[1] in stems):
                return True
    return False


def _set(text: str, at: int) -> bool:
    w = _words()
    before = re.split(r"[.;:]", text[max(0, at - _PLAN_VERB_CHARS):at])[-1].casefold()
    clause = re.split(r"[.;:]", text[max(0, at - 2 * _PLAN_VERB_CHARS):at])[-1].casefold()
    return any(x in before for x in w["plan_set_by"]) and \
        not any(x in before for x in w["plan_finished_by"] + w["plan_reported_by"]) and \
        not any(x in clause for x in w["plan_lessons"])


# (how far before the plan word its own verb stands: "ra nghị quyết lãnh đạo thực hiện ")
_PLAN_VERB_CHARS = 40


def _anniversary_year(d: DayDate, text: str) -> Optional[int]:
    """The year of the first anniversary a sentence names; a year less when the meeting leads up
    to it ("Hướng tới kỷ niệm 80 năm ... (19/5/1955 - 19/5/2025), sáng 2-4": before 19 May
    2025, so in 2025; meetings.yaml dates `ahead_words` before the span)."""
    spans = anniversary_years(text)
    if not spans:
        return None
    at, year = spans[0]
    span = next((s for s in day_dates(text) if s.span and s.start == at), None)
    if span is not None and (d.month, d.day) > (span.month, span.day) \
            and _patterns()["ahead"].search(text[max(0, at - 120):at]):
        return year - 1
    return year


def _congress_ahead(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 9/10, ... gặp mặt đoàn đại biểu sẽ dự Đại hội ... nhiệm kỳ 2023 – 2028 họp từ ngày
    12 đến 14/10": a congress sits in the year its term opens, and the lead gives its days, a few
    weeks after the meeting at most (meetings.yaml dates `congress_ahead_months`): the meeting is of
    that year (of the year before when the congress comes in the new one)."""
    p, w = _patterns(), _words()
    for sv in lead:
        for m in p["term"].finditer(sv.text):
            first = int(m.group(1))
            if first >= int(m.group(2)) or not p["congress_term"].search(sv.text[max(0, m.start() - 160):m.start()]):
                continue
            for c in day_dates(sv.text):
                # (the meeting's own date after the term, "... nhiệm kỳ 2018-2023, tổ chức sáng 20-7",
                # gives no congress's days)
                if c.start < m.end() or c.start > m.end() + w["congress_days_reach"] or (c.year or first) != first \
                        or (sv is lead[0] and c.start == d.start):
                    continue
                gap = (c.month - d.month) % 12
                if gap <= w["congress_ahead_months"] and (gap or c.day >= d.day):
                    return first - 1 if c.month < d.month else first
    return None

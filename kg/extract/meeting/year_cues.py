"""Years a lead names without a full date, for a meeting's day written without its year: a lunar
year by its name ("Tết Nguyên đán Giáp Thìn"), a month with its year ("tháng 12/2023") and a school
year ("năm học 2024 - 2025"); the term a meeting reviews, opens or prepares, and the quarter it
works in. Each is read against the meeting's month. The words are meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.structure.dates import _Y, DayDate, _alts, _mkdate, _patterns, _words, day_dates
from kg.extract.structure.text_years import term_year

if TYPE_CHECKING:
    from kg.extract.sentences.sentences import SentenceView


def named_year(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """The year of the first of these the lead names, or None."""
    for cue in (_lunar_named, _month_year, _school_year, _new_year_greeted, _decision_dated, _years_carried_out):
        y = cue(d, lead)
        if y is not None:
            return y
    return None


@lru_cache(maxsize=1)
def _lunar_re() -> re.Pattern:
    w = _words()
    return re.compile(r"\b(?:" + _alts(w["feasts"] + w["year_words"]) + r")\s+(?:" + _alts(w["lunar_feast_fillers"])
                      + r"\s+)?(" + _alts(w["lunar_stems"]) + r")\s+(" + _alts(w["lunar_branches"]) + r")\b(?![\s,]*\d)", re.I)


def _lunar_named(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 25/1, ... chúc Tết Nguyên đán Giáp Thìn": the common era's year the lunar year named
    (no digits) begins in, between `earliest_year` and 59 years on (its cycle's length); a December
    meeting prepares the Tết of the year after (meetings.yaml dates `lunar_stems`, `lunar_cycle`)."""
    w = _words()
    stems = [x.lower() for x in w["lunar_stems"]]
    cycle = {k.lower(): v for k, v in w["lunar_cycle"].items()}
    for sv in lead:
        m = _lunar_re().search(sv.text)
        if m is None:
            continue
        stem, branch = stems.index(m.group(1).lower()), cycle[" ".join(m.group(2).lower().split())]
        y = next(y for y in range(w["earliest_year"], w["earliest_year"] + 60)
                 if (y - 4) % 10 == stem and (y - 4) % 12 == branch)
        return y - 1 if d.month == 12 else y
    return None


def _month_year(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 11/3, ... sơ kết công tác tháng 2/2024", "Ngày 5/1, ... giao ban tháng 12/2023": a
    month the lead names with its year, reviewed or planned, lies within a season of the meeting:
    the meeting's year is the one that puts it nearest (not a target: "đến tháng 6/2025")."""
    p = _patterns()
    for sv in lead:
        for m in p["month_year"].finditer(sv.text):
            if p["target"].search(sv.text[max(0, m.start() - 12):m.start()]):
                continue
            at = int(m.group(2)) * 12 + int(m.group(1))
            gap, y = min((abs(x * 12 + d.month - at), x) for x in range(int(m.group(2)) - 1, int(m.group(2)) + 2))
            if gap <= _words()["stamp_reach_months"]:
                return y
    return None


@lru_cache(maxsize=1)
def _school_re() -> re.Pattern:
    return re.compile(r"\b(?:" + _alts(_words()["school_year_words"]) + r")\s+(?:mới\s+)?((?:19|20)\d{2})\s*[-–/]\s*"
                      r"((?:19|20)\d{2})\b", re.I)


def _school_year(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 11/9, ... triển khai nhiệm vụ năm học 2024 - 2025", "tổng kết năm học 2023 - 2024" in
    June: a school year runs from September (meetings.yaml dates `school_year_opens`) to the summer
    after; the month between, it may close one or open the next: no year."""
    opens = _words()["school_year_opens"]
    for sv in lead:
        for m in _school_re().finditer(sv.text):
            first = int(m.group(1))
            if int(m.group(2)) != first + 1:
                continue
            if d.month >= opens:
                return first
            return first + 1 if d.month < opens - 1 else None
    return None


@lru_cache(maxsize=1)
def _greeted_re() -> re.Pattern:
    return re.compile(r"\b(?:" + _alts(_words()["new_year_words"]) + r")\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.I)


def _new_year_greeted(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Hội X gặp mặt hội viên chiều 3/1 để bước vào năm mới 2031", "Chiều 29/11, ... chúc sức khỏe trước thềm năm mới
    2031": the calendar's new year the lead greets or opens is the meeting's in its first months, the one after the meeting's
    late in the year; between, no telling (meetings.yaml dates `new_year_words`, `new_year_until_month`, `plan_from_month`)."""
    w = _words()
    for sv in lead:
        m = _greeted_re().search(sv.text)
        if m is None:
            continue
        if d.month >= w["plan_from_month"]:
            return int(m.group(1)) - 1
        return int(m.group(1)) if d.month <= w["new_year_until_month"] else None
    return None


@lru_cache(maxsize=1)
def _handed_re() -> re.Pattern:
    """A verb of handing over or announcing (meetings.yaml dates `decision_handed_by`), a document's kind in one to
    three words, its number word and the rest of its reference, up to its date: "trao Quyết định số 12-QĐ/TW ngày "."""
    w = _words()
    return re.compile(r"\b(?:" + _alts(w["decision_handed_by"]) + r")\s+(?:[^\W\d_]+\s+){1,3}(?:" + _alts(w["document_words"])
                      + r")\b[^.;,]{0,40}$", re.I)


def _decision_dated(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Chiều 9/5, Sở X tổ chức lễ công bố Quyết định số 702/QĐ-UBND ngày 30/4/2031 ...", "Sáng 6/1, ... đón nhận
    giấy khen theo Quyết định số 31/QĐ-KH ngày 22/12/2030": a document the meeting hands over or announces, dated within `decision_reach_days`
    before the meeting's day: the meeting is of its year (of the year after across New Year). Not a document carried
    out ("thực hiện Nghị quyết số 7-NQ/TU ngày 2/3/2021": years old, its day near the meeting's by chance)."""
    reach = _words()["decision_reach_days"]
    for sv in lead:
        for doc in day_dates(sv.text):
            if doc.year is None or doc.span or not _handed_re().search(sv.text[max(0, doc.start - 90):doc.start]):
                continue
            issued = _mkdate(doc.year, doc.month, doc.day)
            held = _mkdate(doc.year + ((d.month, d.day) < (doc.month, doc.day)), d.month, d.day)
            if issued is not None and held is not None and (held - issued).days <= reach:
                return held.year
    return None


@lru_cache(maxsize=1)
def _carried_re() -> re.Pattern:
    w = _words()
    return re.compile(r"\b(?:" + _alts(w["carried_reviews"]) + r")\s+(\d{1,2})\s+năm\s+(?:" + _alts(w["carried_out"]) + r")\b",
                      re.I)


_PERIOD = re.compile(r"(?<!\d)" + _Y + r"\s*[-–]\s*" + _Y + r"(?!\d)")


def _years_carried_out(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Tối 2/12, Huyện đoàn X tổng kết 3 năm triển khai chương trình Y giai đoạn 2028-2031": the end of the period of
    that many years (a review from `term_review_from_month` on, as a term's); "Trưa 15/4, ... sơ kết 4 năm thi hành
    Quyết định số 90/QĐ-CA, ban hành ngày 1/3/2027 ...": the document's year and the count (meetings.yaml dates `carried_reviews`,
    `carried_out`). Only in the date's own sentence, after the count."""
    if not lead:
        return None
    text = lead[0].text
    m = _carried_re().search(text)
    if m is None:
        return None
    n = int(m.group(1))
    for p in _PERIOD.finditer(text, m.end()):
        if int(p.group(2)) - int(p.group(1)) == n:
            return int(p.group(2)) if d.month >= _words()["term_review_from_month"] else None
    start = next((x for x in day_dates(text[m.end():]) if x.year is not None and not x.span), None)
    return start.year + n if start is not None else None


def term_reviewed(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 9/12, ... tổng kết nhiệm kỳ 2019-2024": the last year of the term the date's own
    sentence reviews (meetings.yaml dates `term_review_words`, `term_review_from_month`)."""
    w = _words()
    if not lead or d.month < w["term_review_from_month"]:
        return None
    text = lead[0].text
    for m in _patterns()["term"].finditer(text):
        before = text[max(0, m.start() - 30):m.start()].casefold()
        if int(m.group(1)) < int(m.group(2)) and any(r.casefold() in before for r in w["term_review_words"]):
            return int(m.group(2))
    return None


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@lru_cache(maxsize=1)
def _quarter_re() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _words()["quarter_words"])
                      + r")\s+(IV|I{1,3}|[1-4])\s*(?:[/\-–.]\s*|\s+(?:" + "|".join(re.escape(w) for w in _words()["year_words"])
                      + r")\s+)((?:19|20)\d{2})\b", re.I)


def quarter_year(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Ngày 17/4, ... giao ban ... quý I/2031", "Chiều 27/9, ... họp giao ban, triển khai nhiệm vụ quý IV.2031":
    the year of the quarter the lead names, when the meeting falls in that quarter, the month after it (its
    review) or the month before it (its plan): in the year before for a December meeting that plans quarter I,
    the year after for a January one that reviews quarter IV (meetings.yaml dates `quarter_words`)."""
    for sv in lead:
        m = _quarter_re().search(sv.text)
        if m is None:
            continue
        q, y = _QUARTERS[m.group(1).lower()], int(m.group(2))
        if 3 * q - 3 <= d.month <= 3 * q + 1:
            return y
        return y + 1 if q == 4 and d.month == 1 else y - 1 if q == 1 and d.month == 12 else None
    return None


def prepared_term(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 6/5, ... góp ý dự thảo văn kiện Đại hội ... nhiệm kỳ 2025 – 2030": a meeting of the
    year's first half that prepares a congress or an election is in the year its term opens
    (meetings.yaml dates `term_prepared_by`, `term_prepared_until`); later in the year it may
    prepare the next year's: no year. A congress welcomed ("Chào mừng Đại hội ... nhiệm kỳ 2022-2027,
    ... tối 15/8": `term_welcomed_by`) is weeks away: so until `term_welcomed_until`."""
    w, p = _words(), _patterns()
    if d.month > max(w["term_prepared_until"], w["term_welcomed_until"], w["term_eve_until"]):
        return None
    for sv in lead:
        m = p["term"].search(sv.text)
        if not m or int(m.group(1)) >= int(m.group(2)):
            continue
        before = sv.text[max(0, m.start() - 240):m.start()]
        if d.month <= w["term_prepared_until"] and p["prepared"].search(before) \
                or d.month <= w["term_welcomed_until"] and p["welcomed"].search(before) \
                or d.month <= w["term_eve_until"] and _eve_re().search(before):
            return int(m.group(1))
    return _eve_span(d, lead) if d.month <= w["term_eve_until"] else None


def _eve_span(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 8/10, Đoàn đại biểu dự Đại hội thi đua yêu nước tỉnh X lần thứ V, giai đoạn 2030 - 2035 viếng
    nghĩa trang": the span an emulation congress names for its term (meetings.yaml dates `eve_term_words`), read only
    right after the congress on its eve (conventions: its own rites are in the term's first year)."""
    for sv in lead:
        for m in _eve_term_re().finditer(sv.text):
            if int(m.group(1)) < int(m.group(2)) and _eve_re().search(sv.text[max(0, m.start() - 240):m.start()]):
                return int(m.group(1))
    return None


@lru_cache(maxsize=1)
def _eve_term_re() -> re.Pattern:
    return re.compile(r"\b(?:" + _alts(_words()["eve_term_words"]) + r")\s*\(?\s*" + _Y + r"\s*[-–]\s*" + _Y, re.I)


@lru_cache(maxsize=1)
def _eve_re() -> re.Pattern:
    """ "trước thềm Đại hội ... nhiệm kỳ", "Đoàn đại biểu dự Đại hội ... nhiệm kỳ": the congress's eve
    (meetings.yaml dates `term_eve_by`, then the congress within a few words, then its own term: its
    name runs to the term with one comma at most, right before it; not "..., nhìn lại nhiệm kỳ 2020-2025")."""
    w = _words()
    return re.compile(r"\b(?:" + _alts(w["term_eve_by"]) + r")\s+(?:[^\W\d_]+\s+){0,3}?(?:" + _alts(w["term_congresses"])
                      + r")\b[^.;,]{0,120}(?:,\s*)?$", re.I)


def term_opened(lead: list[SentenceView]) -> Optional[int]:
    """ "Ngày 28/6, kỳ họp thứ nhất HĐND tỉnh X khóa XVI, nhiệm kỳ 2011 - 2016 đã khai mạc": the session
    that opens a term, in the date's own sentence, sits in the term's first year (meetings.yaml
    dates `term_opened_by`; only when nothing else dates the meeting: a council re-formed mid-term
    holds a first session too). A council that meets to elect its posts ("họp để bầu các chức
    danh") opens its term only when nothing marks the session as one midway through the term
    (`term_elected_by`, `term_midway`: "kỳ họp chuyên đề để miễn nhiệm và bầu các chức danh")."""
    if not lead:
        return None
    w = _words()
    low = lead[0].text.casefold()
    if not any(x.casefold() in low for x in w["term_opened_by"]):
        if not any(x.casefold() in low for x in w["term_elected_by"]) or \
                any(x.casefold() in low for x in w["term_midway"]):
            return None
    return term_year(lead[0].text)

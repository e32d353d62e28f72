"""The years a text names ("năm 2021", "Tết ... 2024", a full date's, an anniversary span's end) and
the first year of a term: read by the structure stage (the text's years) and by the meeting's day
(kg.extract.meeting.event_days). Split from kg.extract.structure.dates, which reads the day-dates.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.structure.dates import (_DAYS_FULL, _DOC_REF_FAST, _FULL_DATE, _YEAR_MONTH, _YEAR_SPAN, DayDate,
                                        _patterns, _words, day_dates)


_COUNTED = re.compile(r"(?<![\d.,])\d{1,2}\s*$")
_LISTED = re.compile(r"\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2}\b")


def years_in(text: str) -> list[int]:
    """Years the text names as such, in order: "năm 2021" (not "đến năm 2030" nor "sinh năm 2013"), "Tết Nguyên đán
    Giáp Thìn 2024", the year of a full date (not a deadline's) and of an anniversary's end."""
    p, earliest = _patterns(), _words()["earliest_year"]
    found: list[tuple[int, int]] = []
    for m in p["year"].finditer(text):
        # ("trong 2 năm 2016, 2017": a count of years, then the years of a period looked back on; not
        # "đợt 2 năm 2026", "lần thứ 2 năm 2026": a number, then one year alone)
        counted = _COUNTED.search(text[max(0, m.start() - 8):m.start()]) and _LISTED.match(text, m.end())
        if not p["target"].search(text[max(0, m.start() - 12):m.start()]) and not counted \
                and not p["life"].search(text[max(0, m.start() - 20):m.start()]) \
                and not _aimed(text[max(0, m.start() - 80):m.start()]) \
                and not p["standard"].search(text[max(0, m.start() - 72):m.start()]):
            found.append((m.start(1), int(m.group(1))))
    found += [(m.start(1), int(m.group(1))) for m in p["feast"].finditer(text)]
    found += [(m.start(1), int(m.group(1))) for m in p["lunar_year"].finditer(text)]
    found += [(m.start(1), int(m.group(1))) for m in p["named_year"].finditer(text)]
    found += [(m.start(), int(m.group(1))) for m in _YEAR_MONTH.finditer(text)]
    found += [(m.start(2), int(m.group(2))) for m in _as_of(text)]
    for m in _FULL_DATE.finditer(text):       # cheaper than day_dates over the whole text
        # (not a deadline's: "đến ngày 30/6/2023"; a span's end is its event's: "từ ngày 4 đến ngày 6/11/2023")
        # ("có hiệu lực kể từ ngày 1/7/2023": a decision announced takes effect within days of it)
        if _DOC_REF_FAST.search(text[max(0, m.start() - 60):m.start()]):
            continue                # ("Nghị quyết số 27 ngày 9/10/2016 của ...": a document's, years old)
        if not p["not_event"].search(text[max(0, m.start() - 20):m.start()]) \
                or p["span_end"].search(text[max(0, m.start() - 40):m.start()]) \
                or p["effect"].search(text[max(0, m.start() - 40):m.start()]):
            found.append((m.start(), int(m.group(1))))
    found += [(m.start(), int(m.group(2))) for m in _YEAR_SPAN.finditer(text) if _anniversary(text, m)]
    # ("kỷ niệm 15 năm kết nghĩa (năm 2016)": the year begun in brackets, the anniversary's is
    # that year and the count)
    for m in _YEAR_BEGUN.finditer(text):
        n = _count_before(text, m)
        others = [y for at, y in found if at != m.start(1)]
        # (not a bracket that writes the anniversary's own year: "kỷ niệm 50 năm ... (năm 2025)" on a page of 2025)
        if n and not (others and int(m.group(1)) + n > max(others) + 1):
            found = [(at, y) for at, y in found if at != m.start(1)] + [(m.start(1), int(m.group(1)) + n)]
    # ("diễn ra từ ngày 29-31/12/2022": days of one month, an event's, never a deadline's)
    found += [(m.start(), int(m.group(1))) for m in _DAYS_FULL.finditer(text)
              if not _DOC_REF_FAST.search(text[max(0, m.start() - 60):m.start()])]
    return [y for _, y in sorted(found) if y >= earliest]


_AIMED_AT = re.compile(r"\bvào\s*$", re.I)


def _aimed(before: str) -> bool:
    """ "... phấn đấu trở thành phường vào năm 2025": "vào" before the year in a target's clause
    (meetings.yaml dates `year_targets`)."""
    if not _AIMED_AT.search(before):
        return False
    clause = re.split(r"[.;:]", before)[-1].lower()
    return any(w in clause for w in _words()["year_targets"])


def anniversary_years(text: str, dates: Optional[list[DayDate]] = None) -> list[tuple[int, int]]:
    """(offset, end year) of each anniversary span: "(19/5/1955 – 19/5/2025)", and "(1930 - 2020)"
    after "90 năm" (the span as long as the anniversary's years)."""
    out = [(d.start, d.year) for d in (day_dates(text) if dates is None else dates) if d.span]
    out += [(m.start(), int(m.group(2))) for m in _YEAR_SPAN.finditer(text) if _anniversary(text, m)]
    if not out:
        # "kỷ niệm 114 năm Ngày Quốc tế Phụ nữ": the count of a known day's years (no span written)
        founded = _founding()
        out = [(m.start(), founded[_day_key(m.group(2))] + int(m.group(1)))
               for m in _patterns()["founding"].finditer(text)]
    # (a year before the earliest a meeting reported has is a count misread: "3 năm ngày ..." for "83")
    return [(at, y) for at, y in out if y >= _words()["earliest_year"]]


@lru_cache(maxsize=1)
def _founding() -> dict[str, int]:
    """meetings.yaml dates `founding_years`: a known day's name (lower case) and its first year."""
    return {_day_key(k): int(v) for k, v in _words()["founding_years"].items()}


def _day_key(name: str) -> str:
    from kg.extract.lexicon import canon
    return " ".join(canon(name).lower().split())


def as_of_months(text: str) -> list[tuple[int, int]]:
    """(month, year) of each figure the text gives as of a month ("Tính đến tháng 12-2023, toàn huyện có
    ..."): a report told at or after that month."""
    return [(int(m.group(1)), int(m.group(2))) for m in _as_of(text)]


def _as_of(text: str) -> list[re.Match]:
    """The month-years written right after a word of meetings.yaml dates `as_of_words` (years_in reads
    their years as the text's, as_of_months their months)."""
    return [m for m in _patterns()["month_year"].finditer(text)
            if _as_of_re().search(text, max(0, m.start() - 16), m.start())]


@lru_cache(maxsize=1)
def _as_of_re() -> re.Pattern:
    """ "Tính đến tháng 4/2031": a figure as of a month (meetings.yaml dates `as_of_words`), right before it."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _words()["as_of_words"])) + r")\s*$", re.I)


_YEAR_BEGUN = re.compile(r"\(\s*(?:năm\s+)?((?:19|20)\d{2})\s*\)", re.I)


def _count_before(text: str, m: re.Match) -> int:
    """The count of years of the anniversary the bracket closes ("kỷ niệm 10 năm ... (năm 2021)"), within
    its clause before it; 0 when none."""
    before = re.split(r"[.;]", text[max(0, m.start() - 160):m.start()])[-1]
    counts = list(_patterns()["years_of"].finditer(before))
    return int(counts[-1].group(1)) if counts else 0


def _anniversary(text: str, m: re.Match) -> bool:
    """A span of years "(1930 - 2020)" after "kỷ niệm 90 năm": as long as the anniversary."""
    y0, y1 = int(m.group(1)), int(m.group(2))
    return any(int(n.group(1)) == y1 - y0 for n in _patterns()["years_of"].finditer(text[max(0, m.start() - 160):m.start()]))


def term_year(text: str) -> Optional[int]:
    """The first year of the first term a text names ("nhiệm kỳ 2025 - 2030" -> 2025)."""
    m = _patterns()["term"].search(text)
    return int(m.group(1)) if m and int(m.group(1)) < int(m.group(2)) else None

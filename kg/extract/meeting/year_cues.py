"""Years a lead names without a full date, for a meeting's day written without its year: a lunar
year by its name ("Tết Nguyên đán Giáp Thìn"), a month with its year ("tháng 12/2023") and a school
year ("năm học 2024 - 2025"). Each is read against the meeting's month. The words are
meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.structure.dates import DayDate, _alts, _patterns, _words

if TYPE_CHECKING:
    from kg.extract.sentences.sentences import SentenceView


def named_year(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """The year of the first of these the lead names, or None."""
    for cue in (_lunar_named, _month_year, _school_year):
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

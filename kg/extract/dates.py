"""Dates: the dateline of a page, the years a text names, and the day a meeting took place.

Day-dates are written "20/1", "20-01-2021", "20.8", "ngày 20 tháng 1 năm 2021", and a meeting of
several days by its first ("Trong 2 ngày 21 và 22/7", "Ngày 25 - 26/7/2022"). A year may be
missing: it is then the dateline's (a December meeting reported in January is of the year before),
the anniversary's the event celebrates ("(26/3/1931 - 26/3/2021)"), the first of the term a
congress opens ("nhiệm kỳ 2025 - 2030"), or the latest the text names ("năm 2024", "Tết ... 2024",
a full date). When none is known the meeting keeps its day and month alone, never a guessed year.
The words are meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:
    from kg.extract.sentences import SentenceView

@lru_cache(maxsize=1)
def _words() -> dict:
    from kg.extract.lexicon import _load, canon
    raw = _load("meetings.yaml")["dates"]
    return {k: [canon(w) for w in v] if isinstance(v, list) else v for k, v in raw.items()}


def _seq(words) -> str:
    """The words as alternatives in their order; a word's syllables apart by spaces, a sign by
    optional ones ("gmt + 7" -> gmt\\s*\\+\\s*7)."""
    out = []
    for w in words:
        parts = w.split()
        pat = re.escape(parts[0])
        for a, b in zip(parts, parts[1:]):
            pat += (r"\s+" if a.isalnum() and b.isalnum() else r"\s*") + re.escape(b)
        out.append(pat)
    return "|".join(out)


def _load_times() -> list[str]:
    from kg.extract.lexicon import _load, canon
    return [canon(w) for w in _load("meetings.yaml")["times_of_day"]]


_DAY = _words()["day_word"]
_MONTH = _words()["month_word"]


# -- datelines -------------------------------------------------------------------------------------

_DATE_NUM = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?\s*(?:AM|PM|SA|CH)?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:" + _words()["weekday_word"] + r"\s+(?:" + "|".join(_words()["weekdays"]) + r")|"
                      + _seq(_words()["sundays"]) + r")\b", re.I)
_DATE_WORDS = re.compile(r"\b(?:" + _seq(_words()["stamp_words"]) + r")\b", re.I)

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


# -- day-dates -------------------------------------------------------------------------------------

_Y = r"((?:19|20)\d{2})"
# ("17 – 9": an en dash typed for the hyphen of "17-9")
_DM = r"(\d{1,2})\s*[/\-.–]\s*(\d{1,2})(?:\s*[/\-.]\s*" + _Y + r")?"
_END = r"(?![\d/\-]|\.\d)"
# ("ngày 16, 17 tháng 5", "ngày 16 và 17 tháng 5": a meeting of two days, dated by its first)
# ("Sáng 12 tháng 7 năm 2024": a time of day for the day word)
_DAY_WORDS = re.compile(r"\b(?:" + _DAY + r"|" + _seq(sorted(_load_times(), key=len, reverse=True)) + r")\s+(\d{1,2})(?:\s*(?:,|[-–]|\s(?:" + "|".join(
    j for j in _words()["range_joiners"] if j.isalpha()) + r"))\s*(?:" + _DAY + r"\s+)?\d{1,2})?\s+" + _MONTH
                        + r"\s+(\d{1,2})(?:\s+" + _words()["year_words"][0] + r"\s+" + _Y + r")?", re.I)
_DOC_REF = re.compile(r"(?:" + "|".join(r"\b" + w + r"\b" for w in _words()["document_words"]) + r"|[-/](?:" + "|".join(_words()["document_codes"]) + r")\b)[^.;]{0,40}$")
# The look-behinds of _YEAR_MONTH and _FULL_DATE stand after the first characters they guard (the
# same test) so that a search skips straight to the candidate digits.
_YEAR_MONTH = re.compile(r"((?:19|20)(?<![\d\-/.]\d\d)\d{2})-(?:0[1-9]|1[0-2])(?:-\d{2})?(?![\d\-/])")   # "2023-10"
_DIGIT = re.compile(r"\d\s*[/\-.–]\s*\d|\b" + _MONTH + r"\s+\d", re.I)   # a day-date may be here
_FULL_DATE = re.compile(r"\d(?<![\d/.\-]\d)\d?\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*" + _Y + r"(?!\d)")
_YEAR_SPAN = re.compile(r"\(\s*" + _Y + r"\s*[-–]\s*" + _Y + r"\s*\)")


@dataclass(frozen=True)
class DayDate:
    """A day-date written in a sentence: [start, end) its characters; ``span`` when it is the
    start of an anniversary's span ("26/3/1931 – 26/3/2021"), whose end year is ``year``."""

    day: int
    month: int
    year: Optional[int]
    start: int
    end: int
    span: bool = False


@dataclass(frozen=True)
class MeetingDay:
    """The day a meeting took place; ``year`` None when the text cannot tell it."""

    day: int
    month: int
    year: Optional[int]

    @property
    def date(self) -> Optional[date]:
        return None if self.year is None else _mkdate(self.year, self.month, self.day)


def _alts(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _word_alts(words, ignore_case: bool = False) -> str:
    r"""r"\b(?:" + _alts(words) + ")" with each word's boundary tested after its first letter
    ("T(?<!\wT)ết"): the same matches, and a search skips to the first letters (a pattern
    compiled without re.I; ``ignore_case`` spells the first letter's two cases and the rest in
    (?i:...), for an ASCII first letter with no other case under re.I, i.e. not i, k, s)."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        alt = r"\s+".join(map(re.escape, w.split()))
        c = w[:1]
        rest = alt[len(re.escape(c)):]
        if ignore_case and c.isascii() and c.isalpha() and c.lower() not in "iks":
            cls = "[" + c.lower() + c.upper() + "]"
            alt = cls + r"(?<!\w" + cls + ")" + ("(?i:" + rest + ")" if rest else "")
        elif ignore_case:
            alt = r"\b(?i:" + alt + ")"
        elif re.fullmatch(r"\w", c):
            alt = re.escape(c) + r"(?<!\w" + re.escape(c) + ")" + rest
        else:
            alt = r"\b" + alt
        out.append(alt)
    return "(?:" + "|".join(out) + ")"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    joiners = [j for j in w["range_joiners"] if j.isalpha()]
    dashes = "".join(re.escape(j) for j in w["range_joiners"] if not j.isalpha())
    join = r"(?:\s*[" + dashes + r"]\s*|\s+(?:" + _alts(joiners) + r")\s+)(?:" + _DAY + r"\s+)?"
    opener = r"(?:(?:" + _alts(w["range_openers"]) + r")\s+(?:" + _DAY + r"\s+)?)?"
    lead = r"(?<![\d/.\-])"
    years = _alts(w["year_words"])
    return {
        "single": re.compile(lead + _DM + _END),
        # "25 - 26/7/2022", "21 và 22/7", "từ 24 đến 26/4": the first day, the month written once
        # ("ngày 11, 12/7": two days listed, the month written once)
        "days": re.compile(lead + opener + r"(\d{1,2})(?:" + join + r"|\s*,\s*)(\d{1,2})\s*[/\-.]\s*(\d{1,2})"
                           r"(?:\s*[/\-.]\s*" + _Y + r")?" + _END, re.I),
        # "từ 30/6 đến 2/7", "(26/3/1931 – 26/3/2021)"
        "dates": re.compile(lead + opener + _DM + join + _DM + _END, re.I),
        "not_event": re.compile(r"(?:\b(?:" + _alts(w["not_event_before"]) + r"))\s+(?:" + _DAY + r"\s+)?$", re.I),
        # (re.I over the year words only: the rest names no letter)
        "year": re.compile(_word_alts(w["year_words"], ignore_case=True) + r"\s+" + _Y +
                           r"\b(?!\s*[-–]\s*(?:19|20)\d{2})"),
        "target": re.compile(r"(?<!\w)(?:" + _alts(w["year_not_after"]) + r")\s*$", re.I),
        "feast": re.compile(_word_alts(w["feasts"]) + r"(?:\s+[^\W\d_]+){0,3}\s+" + _Y + r"\b"),
        "term": re.compile(r"\b(?:" + _alts(w["term_words"]) + r")\s*\(?\s*" + _Y + r"\s*[-–]\s*" + _Y, re.I),
        "years_of": re.compile(r"\b(?:" + _alts(w["anniversary_words"]) + r")\s+(\d{1,3})\s+(?:" + years + r")\b",
                               re.I),
        # "112 năm Ngày Quốc tế Phụ nữ", "95 năm ngày thành lập Hội Nông dân Việt Nam"
        "founding": re.compile(r"(?<!\d)(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:(?:" + _alts(w["founding_qualifiers"])
                               + r")\s+)?(" + "|".join(r"\s+".join(map(re.escape, k.split()))
                                                   for k in sorted(w["founding_years"], key=len, reverse=True))
                               + r")\b", re.I),
        "closing": re.compile(r"\b(?:" + _alts(w["closing_words"]) + r")\s+sau\s+(\d|" + _alts(w["day_counts"])
                              + r")\s+" + _DAY + r"\b", re.I),
        "other_time": re.compile(r"\b(?:" + _alts(w["other_time"]) + r")\b", re.I),
        "issued_by": re.compile(r"\s*(?:" + _alts(w["issued_by"]) + r")\b", re.I),
        "span_end": re.compile(r"\b(?:" + _alts(w["range_openers"]) + r")\s+(?:" + _DAY + r"\s+)?\d{1,2}(?:\s*[/\-.]\s*\d{1,2})?"
                               + join + r"$", re.I),
        "ahead": re.compile(r"\b(?:" + _alts(w["ahead_words"]) + r")\b", re.I),
        "prepared": re.compile(r"(?:\b(?:" + _alts(w["term_prepared_by"]) + r")\b[^.;]{0,100}?\b(?:"
                               + _alts(w["term_congresses"]) + r")|\b(?:" + _alts(w["term_elections"])
                               + r"))\b[^.;]{0,120}$", re.I),
        "lunar": re.compile(r"\s*\(?\s*(?:" + _alts(w["lunar_after"]) + r")\b", re.I),
        "future": re.compile(r"\b(?:" + _alts(w["future_before"]) + r")\b[^.;:!?]{0,40}$", re.I),
    }


def _valid(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def _num(x: Optional[str]) -> Optional[int]:
    return int(x) if x else None


@lru_cache(maxsize=64)
def day_dates(text: str) -> tuple[DayDate, ...]:
    """Every day-date of a sentence in order, a span of days as its first day (cached, so a tuple:
    a meeting's day reads a lead sentence's dates again for its year and its anniversary)."""
    if not _DIGIT.search(text):
        return ()
    p = _patterns()
    found: list[DayDate] = []
    for m in p["dates"].finditer(text):
        d1, m1, y1, d2, m2, y2 = m.groups()
        if _valid(int(d1), int(m1)) and _valid(int(d2), int(m2)):
            anniversary = y1 and y2 and y1 != y2 and (d1, m1) == (d2, m2)
            found.append(DayDate(int(d1), int(m1), int(y2) if anniversary else _num(y1) or _num(y2),
                                 m.start(), m.end(), span=bool(anniversary)))
    for m in p["days"].finditer(text):
        d1, d2, mo, y = m.groups()
        if _valid(int(d1), int(mo)) and int(d1) < int(d2) <= 31:
            found.append(DayDate(int(d1), int(mo), _num(y), m.start(), m.end()))
    for m in p["single"].finditer(text):
        if _valid(int(m.group(1)), int(m.group(2))):
            found.append(DayDate(int(m.group(1)), int(m.group(2)), _num(m.group(3)), m.start(), m.end()))
    for m in _DAY_WORDS.finditer(text):
        # (from its number: the day word before it leads the date as "ngày 20/1"'s does)
        if _valid(int(m.group(1)), int(m.group(2))):
            found.append(DayDate(int(m.group(1)), int(m.group(2)), _num(m.group(3)), m.start(1), m.end()))
    found.sort(key=lambda x: (x.start, -x.end))
    out: list[DayDate] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return tuple(out)


# -- years -----------------------------------------------------------------------------------------

def years_in(text: str) -> list[int]:
    """Years the text names as such, in order: "năm 2021" (not "đến năm 2030"), "Tết Nguyên đán
    Giáp Thìn 2024", the year of a full date (not a deadline's) and of an anniversary's end."""
    p, earliest = _patterns(), _words()["earliest_year"]
    found: list[tuple[int, int]] = []
    for m in p["year"].finditer(text):
        if not p["target"].search(text[max(0, m.start() - 12):m.start()]):
            found.append((m.start(1), int(m.group(1))))
    found += [(m.start(1), int(m.group(1))) for m in p["feast"].finditer(text)]
    found += [(m.start(), int(m.group(1))) for m in _YEAR_MONTH.finditer(text)]
    for m in _FULL_DATE.finditer(text):       # cheaper than day_dates over the whole text
        # (not a deadline's: "đến ngày 30/6/2023"; a span's end is its event's: "từ ngày 16 đến ngày 18/10/2024")
        if not p["not_event"].search(text[max(0, m.start() - 20):m.start()]) \
                or p["span_end"].search(text[max(0, m.start() - 40):m.start()]):
            found.append((m.start(), int(m.group(1))))
    found += [(m.start(), int(m.group(2))) for m in _YEAR_SPAN.finditer(text) if _anniversary(text, m)]
    return [y for _, y in sorted(found) if y >= earliest]


def anniversary_years(text: str, dates: Optional[list[DayDate]] = None) -> list[tuple[int, int]]:
    """(offset, end year) of each anniversary span: "(26/3/1931 – 26/3/2021)", and "(1930 - 2020)"
    after "90 năm" (the span as long as the anniversary's years)."""
    out = [(d.start, d.year) for d in (day_dates(text) if dates is None else dates) if d.span]
    out += [(m.start(), int(m.group(2))) for m in _YEAR_SPAN.finditer(text) if _anniversary(text, m)]
    if not out:
        # "kỷ niệm 112 năm Ngày Quốc tế Phụ nữ": the count of a known day's years (no span written)
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


def _anniversary(text: str, m: re.Match) -> bool:
    """A span of years "(1930 - 2020)" after "kỷ niệm 90 năm": as long as the anniversary."""
    y0, y1 = int(m.group(1)), int(m.group(2))
    return any(int(n.group(1)) == y1 - y0 for n in _patterns()["years_of"].finditer(text[max(0, m.start() - 160):m.start()]))


def term_year(text: str) -> Optional[int]:
    """The first year of the first term a text names ("nhiệm kỳ 2025 - 2030" -> 2025)."""
    m = _patterns()["term"].search(text)
    return int(m.group(1)) if m and int(m.group(1)) < int(m.group(2)) else None


# -- the meeting's day -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _time_lead() -> re.Pattern:
    """A time of day (meetings.yaml times_of_day) right before a date, or nothing at all."""
    from kg.extract.lexicon import lexicon
    words = sorted(lexicon().times_of_day, key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # ("Chiều qua (11/3)", "Sáng thứ Năm (ngày 5/6)", "Sáng nay, thứ Năm 5/6": a relative day or a
    # weekday between the time and its date)
    rel = r"(?:\s+(?:" + _alts(_words()["relative_days"]) + r"))?"
    weekday = r"(?:\s*,?\s*(?:" + _WEEKDAY.pattern + r"))?"
    return re.compile(r"(?:\b(?:" + alts + r")" + rel + weekday + r"\s*,?\s*\(?\s*(?:" + _DAY + r"\s+)?\(?\s*$|^\s*\(?$)",
                      re.I)


def _event_date(sv: SentenceView) -> Optional[DayDate]:
    """The first day-date of a sentence that introduces its event: after a time of day ("Sáng
    12-5", "Trong 2 ngày 20.8 và 21.8") or at its start; not a document's, a deadline's or an
    anniversary's."""
    text = sv.text
    for d in day_dates(text):
        if d.span:
            continue
        before = text[max(0, d.start - 80):d.start]
        if _DOC_REF.search(before) or _patterns()["not_event"].search(before) or _patterns()["future"].search(before):
            continue
        if _patterns()["lunar"].match(text, d.end):
            continue            # "ngày 10/3 âm lịch": a lunar day, not the solar date
        if _patterns()["other_time"].search(before[-30:]) or _patterns()["issued_by"].match(text, d.end):
            # "(Trước đó, ngày 15-3, ...)": another event; "Nghị quyết ..., ngày 01/02/2016 của
            # Ủy ban ...": a document's date, its issuer after it
            continue
        if _time_lead().search(before):
            return d
        if d.start < 25 and not _bracketed(before):
            return d
    return None


def _bracketed(before: str) -> bool:
    """ "Hà Nội (TTXVN 11/3/2022) Tại hội nghị ...": a date in an open bracket, with no time of
    day before it, is an agency's dateline, not the event's."""
    return before.count("(") > before.count(")")


def meeting_day(story: list[SentenceView], headline: list[SentenceView], published: Optional[date],
                text_years: list[int], congress: bool = False) -> tuple[Optional[MeetingDay], Optional[SentenceView]]:
    """The day of the meeting: the first event date of the lead (the first eight sentences; the
    headline when they give none), its year worked out as the module says."""
    for sv in story[:8] + headline:
        d = _event_date(sv)
        if d is None:
            continue
        lead = [sv] + [v for v in headline + story[:3] if v is not sv]
        year = d.year or _weekday_year(d, _year_for(d, published, lead, text_years, congress), sv.text)
        day = MeetingDay(d.day, d.month, year)
        if year is not None and day.date is None:
            return None, None          # 30/2: not a date
        return (_first_day(day, sv.text) if congress else day), sv
    return None, None


_WEEKDAY_TO_DATE = re.compile(r"^[\s,(]*(?:" + _DAY + r"\s+)?\(?\s*$", re.I)


def _weekday_year(d: DayDate, year: Optional[int], text: str) -> Optional[int]:
    """A year worked out for a day-date written without one, checked by the weekday the lead
    states right before it ("Sáng thứ Năm (5/6)"): the year, or the one before or after, whose
    day falls on that weekday; none when no such year is near (a wrong year is worse than none)."""
    if year is None:
        return None
    stated = None
    for m in _WEEKDAY.finditer(text, max(0, d.start - 30), d.start):
        if _WEEKDAY_TO_DATE.match(text[m.end():d.start]):
            word = m.group(0).lower().split()
            days = _words()["weekdays"]
            stated = days.index(word[-1]) % 6 if word[0] == _words()["weekday_word"] and word[-1] in days else 6
    if stated is None:
        return year
    return next((y for y in (year, year - 1, year + 1)
                 if (x := _mkdate(y, d.month, d.day)) is not None and x.weekday() == stated), None)


def _year_for(d: DayDate, published: Optional[date], lead: list[SentenceView], text_years: list[int],
              congress: bool) -> Optional[int]:
    """The year of a day-date written without one."""
    y = _anniversary_year(d, lead[0].text) if lead else None
    if y is not None:
        # the anniversary the date's own sentence celebrates ("Nhân kỷ niệm 92 năm ... (20/10/1930 -
        # 20/10/2022), chiều 19/10") dates it, even on a page stamped years later
        return y
    if published is not None:
        y = published.year
        # a December meeting reported in January belongs to the year before
        return y - 1 if d.month > published.month + 1 else y
    for sv in lead:                          # the anniversary the event celebrates
        y = _anniversary_year(d, sv.text)
        if y is not None:
            return y
    if congress:                             # the term a congress opens
        for sv in lead:
            y = term_year(sv.text)
            if y is not None:
                return y
    if text_years:
        # A report reviews year N-1 and plans year N. Early in the year the meeting is in N,
        # the latest year named; late in the year a review of N meets in N itself.
        latest = max(text_years)
        if d.month >= 10 and latest - 1 in text_years:
            return latest - 1
        return latest
    return _prepared_term(d, lead)


def _anniversary_year(d: DayDate, text: str) -> Optional[int]:
    """The year of the first anniversary a sentence names; a year less when the meeting leads up
    to it ("Hướng tới kỷ niệm 80 năm ... (06/01/1946 - 06/01/2026), chiều 16-3": before 6 January
    2026, so in 2025; meetings.yaml dates `ahead_words` before the span)."""
    spans = anniversary_years(text)
    if not spans:
        return None
    at, year = spans[0]
    span = next((s for s in day_dates(text) if s.span and s.start == at), None)
    if span is not None and (d.month, d.day) > (span.month, span.day) \
            and _patterns()["ahead"].search(text[max(0, at - 120):at]):
        return year - 1
    return year


def _prepared_term(d: DayDate, lead: list[SentenceView]) -> Optional[int]:
    """ "Sáng 19/3, ... góp ý Dự thảo Văn kiện Đại hội ... nhiệm kỳ 2024 – 2029": a meeting of the
    year's first half that prepares a congress or an election is in the year its term opens
    (meetings.yaml dates `term_prepared_by`, `term_prepared_until`); later in the year it may
    prepare the next year's: no year."""
    if d.month > _words()["term_prepared_until"]:
        return None
    p = _patterns()
    for sv in lead:
        m = p["term"].search(sv.text)
        if m and int(m.group(1)) < int(m.group(2)) and p["prepared"].search(sv.text[max(0, m.start() - 240):m.start()]):
            return int(m.group(1))
    return None


def _first_day(day: MeetingDay, text: str) -> MeetingDay:
    """ "Chiều 16/10, Đại hội ... đã bế mạc sau 3 ngày làm việc": a congress is dated by its first
    day, the closing day less the days it sat (meetings.yaml dates `closing_words`)."""
    m = _patterns()["closing"].search(text)
    if m is None:
        return day
    n = int(m.group(1)) if m.group(1).isdigit() else _words()["day_counts"].get(m.group(1).lower())
    if n is None or not 1 < n < 10:
        return day
    first = date(day.year or 2000, day.month, day.day) - timedelta(days=n - 1)
    return MeetingDay(first.day, first.month, first.year if day.year else None)

"""Dates: the dateline of a page, the day-dates of a sentence and the years a text names. The day
a meeting took place, and its year when the text does not write one, are worked out from them in
kg.extract.meeting.event_days. The words are meetings.yaml's ``dates``.
"""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

@lru_cache(maxsize=1)
def _words() -> dict:
    from kg.extract.lexicon import canon, section
    raw = section("meetings.yaml", "dates")
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
    from kg.extract.lexicon import canon, section
    return [canon(w) for w in section("meetings.yaml", "times_of_day")]


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
        if d is None and int(m.group(2)) > 12:
            # ("09-13-2017": an English page's month first; no day-first reading fits)
            d = _mkdate(int(m.group(3)), int(m.group(1)), int(m.group(2)))
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
# ("ngày6 tháng 3": the space after the day word lost, the number glued to it)
# ("chiều ngày 08 và sáng ngày 09 tháng 10": each day its time, the first day the meeting's)
_TIMES = _seq(sorted(_load_times(), key=len, reverse=True))
_DAY_WORDS = re.compile(r"\b(?:" + _DAY + r"|" + _TIMES + r")\s*(\d{1,2})(?:\s*(?:,|[-–]|\s(?:" + "|".join(
    j for j in _words()["range_joiners"] if j.isalpha()) + r"))\s*(?:(?:" + _TIMES + r")\s+)?(?:" + _DAY + r"\s+)?\d{1,2})?\s+" + _MONTH
                        + r"\s+(\d{1,2})(?:\s+" + _words()["year_words"][0] + r"\s+" + _Y + r")?", re.I)
_DOC_REF = re.compile(r"(?:" + "|".join(r"\b" + w + r"\b" for w in _words()["document_words"]) + r"|[-/](?:" + "|".join(_words()["document_codes"]) + r")\b)[^.;]{0,40}$")


def _doc_ref_skipping(words, codes) -> re.Pattern:
    """_DOC_REF with its first character read by one class (the words' first letters, "-", "/"),
    each alternative's own test after it ("s(?<!\\ws)ố\\b" for "\\bsố\\b", "(?<=[-/])" for the
    codes): the same matches, and a search skips to those characters instead of trying every
    position. Only for plain words (letters and spaces) that begin with a letter; else as _DOC_REF is written."""
    if not words or any(re.escape(w) != w.replace(" ", "\\ ") or not re.fullmatch(r"[^\W\d_]", w[:1]) for w in words):
        return re.compile(r"(?:" + "|".join(r"\b" + w + r"\b" for w in words) + r"|[-/](?:" + "|".join(codes)
                          + r")\b)[^.;]{0,40}$")
    alts = [f"(?<={w[0]})(?<!\\w{w[0]}){w[1:]}\\b" for w in words]
    alts.append(r"(?<=[-/])(?:" + "|".join(codes) + r")\b")
    first = "".join(sorted({w[0] for w in words}))
    return re.compile(r"[" + first + r"\-/](?:" + "|".join(alts) + r")[^.;]{0,40}$")


# (used where only whether it is found counts, as _DOC_REF.search(...) is)
_DOC_REF_FAST = _doc_ref_skipping(_words()["document_words"], _words()["document_codes"])
# The look-behinds of _YEAR_MONTH and _FULL_DATE stand after the first characters they guard (the
# same test) so that a search skips straight to the candidate digits.
_YEAR_MONTH = re.compile(r"((?:19|20)(?<![\d\-/.]\d\d)\d{2})-(?:0[1-9]|1[0-2])(?:-\d{2})?(?![\d\-/])")   # "2023-10"
_DIGIT = re.compile(r"\d\s*[/\-.–]\s*\d|\b" + _MONTH + r"\s+\d", re.I)   # a day-date may be here
_DIGIT_SEP = re.compile(r"\d\s*[/\-.–]\s*\d", re.I)        # (_DIGIT's alternatives, apart)
_MONTH_END = re.compile(r"\b" + _MONTH + r"\s*$", re.I)
_FULL_DATE = re.compile(r"\d(?<![\d/.\-]\d)\d?\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*" + _Y + r"(?!\d)")
# "29-31/12/2022": a span of days and its month and year (the look-behind after the first digit)
_DAYS_FULL = re.compile(r"\d(?<![\d/.\-]\d)\d?\s*[-–]\s*\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*" + _Y + r"(?!\d)")
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


def _alts(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _word_alts(words, ignore_case: bool = False, not_after=(), boundary: bool = True) -> str:
    r"""r"\b(?:" + _alts(words) + ")" with each word's boundary tested after its first letter
    ("T(?<!\wT)ết"): the same matches, and a search skips to the first letters (a pattern
    compiled without re.I; ``ignore_case`` writes the word twice, with its first letter in each
    case, and the rest in (?i:...), for an ASCII first letter with no other case under re.I, i.e.
    not i, k, s: each alternative then begins with a letter, which the search can skip to; a
    class "[nN]" first made it try every position). ``not_after``: _not_after's words, tested
    after the first letter too where it has its own test there (a look-behind first would make the
    search try every position again). ``boundary=False``: no word boundary (the words as
    r"(?:" + _alts(words) + ")" under re.I reads them, for ``ignore_case``)."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        alt = r"\s+".join(map(re.escape, w.split()))
        c = w[:1]
        rest = alt[len(re.escape(c)):]
        if ignore_case and c.isascii() and c.isalpha() and c.lower() not in "iks":
            tail = "(?i:" + rest + ")" if rest else ""
            alt = "|".join(x + (r"(?<!\w" + x + ")" if boundary else "") + tail for x in (c.lower(), c.upper()))
        elif ignore_case:
            alt = (r"\b" if boundary else "") + "(?i:" + alt + ")"
        elif re.fullmatch(r"\w", c):
            alt = re.escape(c) + r"(?<!\w" + re.escape(c) + ")" + _not_after(not_after, c) + rest
            out.append(alt)
            continue
        else:
            alt = r"\b" + alt
        out.append(_not_after(not_after) + alt)
    return "(?:" + "|".join(out) + ")"


def _not_after(words, first: str = "") -> str:
    """Lookbehinds refusing a match right after one of the words and a space, the word in lower case or
    capitalised ("vỉa hè", "Vỉa hè": no summer); ``first``: the match's first letter, already read."""
    return "".join(r"(?<!" + re.escape(x) + r"\s" + re.escape(first) + ")"
                   for w in words for x in dict.fromkeys((w, w[:1].upper() + w[1:])))


_DIGIT_MONTH = re.compile(_word_alts([_MONTH], ignore_case=True) + r"\s+\d")    # (r"\b" + _MONTH + r"\s+\d" under re.I)
_MONTH_WORD = re.compile(_word_alts([_MONTH], ignore_case=True, boundary=False))     # (_MONTH under re.I)


def _range_join(w: dict) -> str:
    """What stands between the two ends of a range of days ("25 - 26/7", "21 và 22/7", "chiều ngày 11 và sáng ngày 12/6")."""
    joiners, times = [j for j in w["range_joiners"] if j.isalpha()], [t for t in _load_times() if t.isalpha() and t != _DAY]
    dashes = "".join(re.escape(j) for j in w["range_joiners"] if not j.isalpha())
    # ("từ 11 đến hết ngày 14/9": the last day's end, meetings.yaml dates `range_end_words`)
    ends = r"(?:(?:" + _alts(w["range_end_words"]) + r")\s+)?"
    return r"(?:\s*[" + dashes + r"]\s*|\s+(?:" + _alts(joiners) + r")\s+" + ends + r")(?:(?:" + _alts(times) + r")\s+)?(?:" + _DAY + r"\s+)?"


# (the days listed between a range's first and its last: "3, 4 và 5/8")
_LISTED_DAYS = r"(?:\s*,\s*\d{1,2}(?![\d/.\-])){0,3}"


def _range_patterns(w: dict) -> dict[str, re.Pattern]:
    """The ranges of days and of dates, with and without a written opener ("từ ... đến ...")."""
    join = _range_join(w)
    opener = r"(?:(?:" + _alts(w["range_openers"]) + r")\s+(?:" + _DAY + r"\s+)?)?"
    lead = r"(?<![\d/.\-])"
    return {
        # "25 - 26/7/2022", "21 và 22/7", "từ 24 đến 26/4": the first day, the month written once
        # ("ngày 11, 12/7": two days listed, the month written once; "3, 4 và 5/8/2020": three)
        "days": re.compile(lead + opener + r"(\d{1,2})" + _LISTED_DAYS + r"(?:" + join + r"|\s*,\s*)(\d{1,2})\s*[/\-.]\s*(\d{1,2})"
                           r"(?:\s*[/\-.]\s*" + _Y + r")?" + _END, re.I),
        # "từ 30/6 đến 2/7", "(19/5/1955 – 19/5/2025)"
        "dates": re.compile(lead + opener + _DM + join + _DM + _END, re.I),
        # "days" and "dates" for a text where no opener is written: the optional opener can match
        # nothing there, and the look-behind stands after the first digit, the same test (as in
        # "single"), so that a search skips to the digits; the same groups, in the same order
        "days_bare": re.compile(r"(\d(?<![\d/.\-]\d)\d?)" + _LISTED_DAYS + r"(?:" + join + r"|\s*,\s*)(\d{1,2})\s*[/\-.]\s*(\d{1,2})"
                                r"(?:\s*[/\-.]\s*" + _Y + r")?" + _END, re.I),
        "dates_bare": re.compile(r"(\d(?<![\d/.\-]\d)\d?)" + _DM[len(r"(\d{1,2})"):] + join + _DM + _END, re.I),
        # the openers alone, as the patterns above read them: where none is, the bare ones serve
        "openers": re.compile(_word_alts(w["range_openers"], ignore_case=True, boundary=False)),     # (_alts under re.I)
    }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    join = _range_join(w)
    return {
        # (lead + _DM + _END with the look-behind after the first digit, the same test: the
        # search then skips to the digits instead of trying at every character)
        "single": re.compile(r"(\d(?<![\d/.\-]\d)\d?)" + _DM[len(r"(\d{1,2})"):] + _END),
        **_range_patterns(w),
        # ("Đến nay, 9/9 Hội Nông dân cấp huyện đã tổ chức đại hội": all 9 of 9, a count, no day)
        "counted": re.compile(r"\s+(?:" + _alts(w["count_nouns"]) + r")(?!\w)", re.I),
        "count_day": re.compile(r"(?:(?<!\w)(?:" + _alts(w["count_day_words"]) + r")|\()\s*$", re.I),     # "Sáng 9/9 Hội"
        "not_event": re.compile(r"(?:\b(?:" + _alts(w["not_event_before"] + w["life_words"]) + r"))\s+(?:" + _DAY
                                + r"\s+)?$", re.I),
        **_year_patterns(w),
        # (or fronted: "Sau 3 ngày làm việc, chiều 5/10, Đại hội ... bế mạc"; with no bracket of its days, whose first
        # dates it already: "Sau 3 ngày làm việc (3 - 5/10), Đại hội ... bế mạc")
        "closing": re.compile(r"\b(?:" + _alts(w["closing_words"]) + r")\s+sau\s+(\d|" + _alts(w["day_counts"])
                              + r")\s+" + _DAY + r"\b|^\W*sau\s+(\d|" + _alts(w["day_counts"]) + r")\s+(?:"
                              + _alts(w["sitting_days_words"]) + r")\b[^.;(]*?\b(?:" + _alts(w["closing_words"]) + r")\b", re.I),
        "other_time": re.compile(r"\b(?:" + _alts(w["other_time"]) + r")\b", re.I),
        "issued_by": re.compile(r"\s*(?:" + _alts(w["issued_by"]) + r")\b", re.I),
        "span_end": re.compile(r"\b(?:" + _alts(w["range_openers"]) + r")\s+(?:" + _DAY + r"\s+)?\d{1,2}(?:\s*[/\-.]\s*\d{1,2})?"
                               + join + r"$", re.I),
        "ahead": re.compile(r"\b(?:" + _alts(w["ahead_words"]) + r")\b", re.I),
        "prepared": re.compile(r"(?:\b(?:" + _alts(w["term_prepared_by"]) + r")\b[^.;]{0,100}?\b(?:"
                               + _alts(w["term_congresses"]) + r")|" + "".join(r"(?<!" + x + " )" for x in w["election_not_after"])
                               + r"\b(?:" + _alts(w["term_elections"]) + r"))\b[^.;]{0,120}$", re.I),
        "reviewed": re.compile(r"\b(?:" + _alts(w["review_words"]) + r")\b[^.;]{0,100}?\b(?:" + _alts(w["year_words"])
                               + r")\s+" + _Y + r"\b(?!\s*[-–]\s*(?:19|20)\d{2})", re.I),
        # "Đại hội Hội X lần thứ VIII, nhiệm kỳ 2023 – 2028": the congress the term is of
        "congress_term": re.compile(r"\b(?:" + _alts(w["term_congresses"]) + r")\b[^.;]*$", re.I),
        "lunar": re.compile(r"\s*\(?\s*(?:" + _alts(w["lunar_after"]) + r")\b", re.I),
        "future": re.compile(r"\b(?:" + _alts(w["future_before"]) + r")\b[^.;:!?]{0,40}$", re.I),
        # ("Các đại biểu sẽ tiếp xúc cử tri tại xã A, huyện B vào buổi sáng ngày 28/4": a schedule,
        # the clause's verb further back; not past a fronted time, ", sáng 12/3")
        # ("Chiều ngày 9/5 Đoàn đại biểu sẽ họp ...": the clause the date opens; after a comma, event_days._planned)
        "future_after": re.compile(r"(?:(?!\b(?:" + _alts(w["future_after_not_past"]) + r")\b)[^,.;:!?]){0,60}?\b(?:"
                                   + _alts(w["future_before"]) + r")\b", re.I),
        "future_far": re.compile(r"\b(?:" + _alts(w["future_before"]) + r")\b[^.;:!?]{41,80}$", re.I),
        **_cue_patterns(w),
    }


def _year_patterns(w: dict) -> dict[str, re.Pattern]:
    """The years a text names and whose they are: a life's ("sinh năm 2031"), a year written ("năm 2024"), a target's,
    a standard's, a feast's ("Tết ... 2021"), a lunar year's, a term's ("nhiệm kỳ 2025 - 2030"), an anniversary's
    ("94 năm ngày thành lập ...")."""
    years = _alts(w["year_words"])
    return {
        # "cháu A (sinh năm 2031", "được thành lập năm 2031": a life's year, right before the year word
        "life": re.compile(r"(?<!\w)(?:" + _alts(w["life_words"]) + r")\s*$", re.I),
        # (re.I over the year words only: the rest names no letter)
        "year": re.compile(_word_alts(w["year_words"], ignore_case=True) + r"\s+" + _Y +
                           r"\b(?!\s*[-–]\s*(?:19|20)\d{2})"),
        "target": re.compile(r"(?<!\w)(?:" + _alts(w["year_not_after"]) + r")\s*$", re.I),
        "standard": re.compile(r"(?<!\w)(?:" + _alts(w["standard_words"]) + r")(?!\w)[^.;:!?]{0,60}$", re.I),
        # ("Tết cổ truyền Tân Sửu 2021": the feast, its kind and its lunar name, four words)
        "feast": re.compile(_word_alts(w["feasts"], not_after=w["feast_not_after"]) + r"(?:\s+[^\W\d_]+){0,4}\s+" + _Y
                            + r"\b"),
        # (the year word's boundary after its first letter, as in "year": a search skips to the letters)
        "lunar_year": re.compile(_word_alts(w["year_words"], ignore_case=True) + r"(?i:\s+(?:" + _alts(w["lunar_stems"])
                                 + r")\s+(?:" + _alts(w["lunar_branches"]) + r"))\s+" + _Y + r"\b"),
        # (r"\b(?:" + _alts(term_words) + ")" under re.I, as _word_alts writes it: a search skips to the first letters)
        "term": re.compile(_word_alts(w["term_words"], ignore_case=True) + r"\s*\(?\s*" + _Y + r"\s*[-–]\s*" + _Y),
        "years_of": re.compile(r"\b(?:" + _alts(w["anniversary_words"]) + r")\s+(\d{1,3})\s+(?:" + years + r")\b",
                               re.I),
        # "114 năm Ngày Quốc tế Phụ nữ", "94 năm ngày thành lập Công đoàn Việt Nam"
        # (r"(?<!\d)(\d{1,3})" with the look-behind after the first digit: a search skips to the digits)
        "founding": re.compile(r"(\d(?<!\d\d)\d{0,2})\s+năm\s+(?:ngày\s+)?(?:(?:" + _alts(w["founding_qualifiers"])
                               + r")\s+)?(" + "|".join(r"\s+".join(map(re.escape, k.split()))
                                                   for k in sorted(w["founding_years"], key=len, reverse=True))
                               + r")\b(?!\s+(?:" + _alts(w["founding_not_before"]) + r")\b)", re.I),
    }


def _cue_patterns(w: dict) -> dict[str, re.Pattern]:
    """The patterns of the cues that give a year to a day written without one (a year named for a
    cause, a month and its year, a decision's effect, a congress welcomed)."""
    return {
        # "Năm Hữu nghị Việt Nam - X 2019", "Năm Du lịch tỉnh 2021": a year named for
        # a cause, its name capitalised (a name of a few words, a dash between two countries)
        "named_year": re.compile(_word_alts(w["named_years"]) + r"\s+[A-ZĐ](?:[^\W\d_]*)(?:\s+(?:[^\W\d_]+|[-–]))"
                                 r"{0,8}?\s+" + _Y + r"\b(?!\s*[-–]\s*\d)"),
        # "Trong tháng 3/2024", "công tác tháng 2/2024": a month and its year
        "month_year": re.compile(_word_alts([_MONTH], ignore_case=True) + r"\s+(0?[1-9]|1[0-2])\s*[/\-.]\s*" + _Y
                                 + r"\b(?![/\-.]\d)"),
        "effect": re.compile(r"\b(?:" + _alts(w["effect_words"]) + r")\b[^.;\d]{0,20}$", re.I),
        "welcomed": re.compile(r"\b(?:" + _alts(w["term_welcomed_by"]) + r")\b[^.;]{0,60}?\b(?:"
                               + _alts(w["term_congresses"]) + r")\b[^.;]{0,120}$", re.I),
    }


def _valid(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def _num(x: Optional[str]) -> Optional[int]:
    return int(x) if x else None


def may_hold_day(text: str) -> bool:
    """A day-date may be written in the text: digits parted by a mark, or the month word before a number
    (_DIGIT's two alternatives searched apart: the first, a digit first, skips to the digits)."""
    return _DIGIT_SEP.search(text) is not None or _DIGIT_MONTH.search(text) is not None


@lru_cache(maxsize=64)
def day_dates(text: str) -> tuple[DayDate, ...]:
    """Every day-date of a sentence in order, a span of days as its first day (cached, so a tuple:
    a meeting's day reads a lead sentence's dates again for its year and its anniversary)."""
    if not may_hold_day(text):
        return ()
    p = _patterns()
    found: list[DayDate] = []
    opened = p["openers"].search(text) is not None
    for m in p["dates" if opened else "dates_bare"].finditer(text):
        d1, m1, y1, d2, m2, y2 = m.groups()
        if _valid(int(d1), int(m1)) and _valid(int(d2), int(m2)):
            anniversary = y1 and y2 and y1 != y2 and (d1, m1) == (d2, m2)
            found.append(DayDate(int(d1), int(m1), int(y2) if anniversary else _num(y1) or _num(y2),
                                 m.start(), m.end(), span=bool(anniversary)))
    for m in p["days" if opened else "days_bare"].finditer(text):
        d1, d2, mo, y = m.groups()
        # ("trong tháng 5 và sáng ngày 12/6": a month's number, then a day; no span of days)
        if _valid(int(d1), int(mo)) and int(d1) < int(d2) <= 31 and \
                not _MONTH_END.search(text[max(0, m.start(1) - 12):m.start(1)]):
            found.append(DayDate(int(d1), int(mo), _num(y), m.start(), m.end()))
    for m in p["single"].finditer(text):
        if m.group(3) is None and p["counted"].match(text, m.end()) and not p["count_day"].search(text, 0, m.start()):
            continue        # "9/9 Hội ...": a count of units, no day
        if _valid(int(m.group(1)), int(m.group(2))):
            found.append(DayDate(int(m.group(1)), int(m.group(2)), _num(m.group(3)), m.start(), m.end()))
    # (every match holds the month word: a text without it is not searched)
    for m in (_DAY_WORDS.finditer(text) if _MONTH_WORD.search(text) else ()):
        # (from its number: the day word before it leads the date as "ngày 20/1"'s does)
        if _valid(int(m.group(1)), int(m.group(2))):
            found.append(DayDate(int(m.group(1)), int(m.group(2)), _num(m.group(3)), m.start(1), m.end()))
    found.sort(key=lambda x: (x.start, -x.end))
    out: list[DayDate] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return tuple(out)


def __getattr__(name: str):
    """ "meeting_day", "MeetingDay": kg.extract.meeting.meetings reads them from here; kg.extract.meeting.event_days,
    which works the day out and imports this module, is loaded on first use (no import cycle)."""
    if name in ("meeting_day", "MeetingDay"):
        from kg.extract.meeting import event_days
        return getattr(event_days, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

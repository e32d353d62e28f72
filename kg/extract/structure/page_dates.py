"""The page's publication date: the stamp next to the headline, and the date a lead carries.

A page prints its date in a short stamp line by the title: a bare date line ("Cập nhật:
14/05/2019 16:20"), or a date with its time beside the authors' names or the page's buttons
("T.HẢI - L.NGỌC 06/03/2024 17:07", "14/07/2021 00:00 57 lượt xem"). A portal's calendar
at the top of every page shows today's date ("Thứ năm, 02/12/2021": a weekday and a date, no
time), not the article's: above the headline it dates nothing. When a page shows a stamp both
above and under its headline, the one under the headline is the article's (the one above is the
site's clock). A page with no stamp may carry the date glued before its lead ("28/9/2020Sáng
nay (28/9), ...") or in an agency's dateline ("Hà Nội (TTXVN 7/9/2021) Tại ...").
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple, Optional

from kg.extract.structure.line_cleaning import clean
from kg.extract.structure.dates import parse_date_line
from kg.extract.structure.text_years import years_in
from kg.extract.lexicon import grammar, lexicon
from kg.extract.structure.page_chrome import end_marker, is_chrome, is_counter, is_masthead

_DAY_MONTH_YEAR = r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)"
_DATE = re.compile(_DAY_MONTH_YEAR)
_CLOCK = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|SA|CH)\b)?"
_DATES = grammar("meetings.yaml", "dates")
_WEEKDAY = re.compile(r"\b(?:" + _DATES["weekday_word"] + r"\s+(?:" + "|".join(_DATES["weekdays"]) + r")|"
                      + "|".join(_DATES["sundays"]) + r")\b", re.I)
# a date with its time beside it, either way round, maybe its weekday between ("12:01 - Thứ Hai,
# 22/04/2024 Lượt xem: 41"): what a stamp is made of
_DMY = r"(?<!\d)\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}(?!\d)"
_TIMESTAMP = re.compile(r"(?:" + _DMY + r"[\s,\-–|]{0,4}" + _CLOCK + r"|" + _CLOCK + r"[\s,\-–|]{0,4}(?:"
                        + _WEEKDAY.pattern + r"[\s,\-–|]{0,4})?" + _DMY + r")", re.I)
_GMT = re.compile(r"[(\[]?\s*GMT\s*[+\-]?\s*\d{0,2}\s*[)\]]?", re.I)
_WORDS = re.compile(r"[^\W\d_]+")
_ANY_DIGIT = re.compile(r"\d")
# The most words a stamp line holds beside its date and time (two or three names, a view
# counter, a row of buttons): more, and the line is a sentence that names a date.
_STAMP_WORDS = 6
_SEPARATORS = re.compile(r"[\s,\-–—|]+")
# "Thứ năm, ngày 14 tháng 3 năm 2024 08:30": a stamp with the date in words
_WORD_DATE = re.compile(_DATES["day_word"] + r"\s+(\d{1,2})\s+" + _DATES["month_word"] + r"\s+(\d{1,2})\s+"
                        + _DATES["year_words"][0] + r"\s+((?:19|20)\d{2})(?!\d)", re.I)
# "Thứ Ba, 12 Tháng 3, 2024 | 08:15": the month in words, the year after a comma or a space
_MONTH_COMMA_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s+" + _DATES["month_word"] + r"\s+(\d{1,2})(?:\s*,\s*|\s+)((?:19|20)\d{2})(?!\d)", re.I)
_CLOCK_RE = re.compile(_CLOCK, re.I)
_STAMP_LABEL = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _DATES["stamp_words"]), key=len, reverse=True)) + r")\b", re.I)
_OPENINGS = "|".join(grammar("article.yaml", "structure")["lead_openings"])
_OPENING = re.compile(r"(?:" + _OPENINGS + r")\b")
# "14/7/2021Sáng nay (14/7), ...", "Cập nhật: 05/11/2022 08:30 (YHO) - Sáng 5/11, ...": a stamp
# glued to its lead, or set before the lead's outlet tag or time opening
_GLUED = re.compile(r"^\s*(?i:(?:" + "|".join(map(re.escape, _DATES["stamp_words"])) + r")\s*:?\s*)?" + _DAY_MONTH_YEAR
                    + r"(?i:[\s,\-–|]{0,4}" + _CLOCK + r")?(?i:\s*[(\[]?GMT\s*[+\-]?\s*\d{0,2}[)\]]?)?"
                    + r"(?:(?=[A-ZĐ(])|\s*[-–|]?\s*(?=\(|(?:" + _OPENINGS + r")\b))")
# "(16/07/2014)Chiều ngày 16/7, ...": the page's date in brackets glued before the lead's first word
_BRACKETED = re.compile(r"^\s*[(\[]\s*" + _DAY_MONTH_YEAR + r"\s*[)\]]\s*(?=[A-ZĐ])")
# "Hà Nội (TTXVN 7/9/2021) ...": a place, then an agency in capitals with its date in brackets
_AGENCY = re.compile(r"^\s*[^\W\d_][^()\d]{0,30}\(\s*[A-ZĐ][A-ZĐ/.\-]{1,12}\s*,?\s*" + _DAY_MONTH_YEAR + r"\s*\)")


# (the look-behind after the first space, the same test: a search skips to the spaces)
_POSTER = re.compile(r"\s(?<=\d\s)\s*(?:" + "|".join(map(re.escape, _DATES["stamp_posters"])) + r")\s+[^|\d]{1,40}$", re.I)


# "Thu Hà • 12/07/2024": a dot between a stamp row's segments, as a bar (not a bullet opening a line)
_MID_DOT = re.compile(r"(?<=\S)\s+[•·]\s+(?=\S)")


def bars(line: str) -> str:
    """A stamp row's segments parted by bars, whatever mark the page set between them."""
    return _MID_DOT.sub(" | ", line) if "•" in line or "·" in line else line


class Stamp(NamedTuple):
    line: int
    day: date
    calendar: bool              # a weekday and a date alone: a site's calendar, maybe


def _mk(d: str, m: str, y: str) -> Optional[date]:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _is_calendar(s: str) -> bool:
    """ "Thứ năm, 02/12/2021": a weekday and a date, nothing else (no time, no 'GMT')."""
    m = _DATE.search(s)
    if not m or not _WEEKDAY.search(s):
        return False
    return not _SEPARATORS.sub("", _WEEKDAY.sub("", s[:m.start()] + s[m.end():]))


# "21 Tháng Ba 2023": the month by its name (meetings.yaml dates month_names), read as "21/3/2023"
# (the name capitalised, as stamps write it: "12 tháng năm 2024" is the twelve months of a year)
# (r"(?<!\d)(\d{1,2})" with the look-behind after the first digit, the same test: a search skips
# to the digits instead of trying at every character)
_MONTH_NAMED = re.compile(r"(\d(?<!\d\d)\d?)\s+(?i:" + _DATES["month_word"] + r")\s+(" + "|".join(
    r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in n.split())
    for n in sorted(_DATES["month_names"], key=len, reverse=True)) + r")\s*,?\s+((?:19|20)\d{2})(?!\d)")


def _month_numbered(line: str) -> str:
    return _MONTH_NAMED.sub(lambda m: "%s/%d/%s" % (m.group(1), _DATES["month_names"][" ".join(m.group(2).lower().split())],
                                                    m.group(3)), line)


@lru_cache(maxsize=4096)
def stamp(line: str) -> Optional[Stamp]:
    """The date of a stamp line (line index 0; the caller sets it), or None. (Kept: the structure
    stage asks it again of the lines it read stamps from, a third of the calls on real pages; a
    Stamp is a tuple no caller can change.)"""
    if not _ANY_DIGIT.search(line):
        return None     # (every date below is read from digits, and no step here writes one)
    line = _month_numbered(line) if _MONTH_NAMED.search(line) else line
    line = _POSTER.sub("", line)        # (the account that posted it: "... 12/07/2024 bởi admin")
    line = bars(line)
    # (an ISO date at a line's start is read as a stored page's prefix by clean(): the raw line too)
    d = parse_date_line(line, clean) or parse_date_line(line)
    s = clean(line)
    if d is not None:
        return Stamp(0, d, _is_calendar(s))
    if len(s) > 90 or s.endswith("."):
        return None
    return _word_stamp(s) or (None if _OPENING.match(s) else _time_stamp(s) or _section_stamp(s))


def _section_stamp(s: str) -> Optional[Stamp]:
    """ "Chính trị 28-05-2024", "Hoạt động Đoàn ĐBQH 10/01/2026", "12/03/2024 - Lượt xem: 120": the
    date with no time, beside nothing but the section's or the site's name, a counter or a button
    (article.yaml menu_words, chrome lines): never a sentence's words ("Hà Nội 12/3/2024")."""
    m = _DATE.search(s)
    if not m:
        return None
    before, after = (" ".join(x.split()).strip(" ,|-–—") for x in (s[:m.start()], s[m.end():]))
    rest = before or after      # (on one side of the date only: "Kinh tế 12/3/2024 tăng trưởng" is none)
    d = _mk(*m.groups())
    if d is None or not rest or (before and after) or len(rest.split()) > _SECTION_WORDS:
        return None
    # ("Việt NamViệt Nam14/07/2024": the site's label glued to the date, no space between: a
    # page's stamp row run together, never a sentence's words)
    glued = bool(before) and not after and s[m.start() - 1].isalpha()
    return Stamp(0, d, False) if glued or all(map(_is_furniture, _PARTS.split(rest))) else None


# (a section's name runs to five or six words: "Hoạt động Đoàn đại biểu Quốc hội")
_SECTION_WORDS = 6
_PARTS = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _is_furniture(part: str) -> bool:
    low = part.lower()
    return low in lexicon().menu_words or is_masthead(part) or is_chrome(part) or is_counter(part)


def _word_stamp(s: str) -> Optional[Stamp]:
    """ "Thứ năm, ngày 14 tháng 3 năm 2024": the date in words, with no more than a weekday, a
    time and a stamp's label ("Cập nhật", "Đăng ngày") beside it."""
    m = _WORD_DATE.search(s) or _MONTH_COMMA_YEAR.search(s)
    if not m:
        return None
    rest = _WEEKDAY.sub(" ", _CLOCK_RE.sub(" ", _GMT.sub(" ", s[:m.start()] + " " + s[m.end():])))
    d = _mk(*m.groups())
    if d is None or _WORDS.search(_STAMP_LABEL.sub(" ", rest)):
        return None             # (a document's "Lạc Sơn, ngày 12 tháng 8 năm 2020" is no stamp)
    calendar = bool(_WEEKDAY.search(s)) and not _CLOCK_RE.search(s) and not _SEPARATORS.sub("", rest)
    return Stamp(0, d, calendar)


def _time_stamp(s: str) -> Optional[Stamp]:
    """A date with its time, beside at most a few words (names, a counter, buttons)."""
    m = _TIMESTAMP.search(s)
    if not m:
        return None
    rest = _GMT.sub(" ", s[:m.start()] + " " + s[m.end():])
    if len(_WORDS.findall(rest)) > _STAMP_WORDS:
        return None
    dm = _DATE.search(m.group(0))
    d = _mk(*dm.groups()) if dm else None
    return Stamp(0, d, False) if d else None


def choose(stamps: list[Stamp], headline: Optional[int], nonempty: list[int], lines: list[str]) -> Optional[date]:
    """The article's date among the stamps of the page's top block."""
    # (a date ending on a colon heads a list, "a) Thứ tư, ngày 26-6-2013:": a schedule's day, not
    # the page's stamp; the line stays furniture)
    stamps = [s for s in stamps if not lines[s.line].rstrip().endswith((":", "："))]
    if not stamps:
        return None
    if headline is None:
        return stamps[0].day
    under = set([i for i in nonempty if i > headline][:4])
    for s in stamps:
        if s.line in under:
            return s.day            # the stamp under the title
    # (a stamp of the article's own, "Cập nhật lúc: 29/12/2025" over the title, before a
    # calendar above it whose year the story happens to name too: the calendar shows today)
    for s in stamps:
        if not (s.calendar and s.line < headline):
            return s.day
    return next((s.day for s in stamps if _told_year(s, lines)), None)


def _told_year(s: Stamp, lines: list[str]) -> bool:
    """A calendar above the title dates the article only when the story names its year too
    ("Thứ năm, 16/01/2020" over "Ngày 15/01/2020, ..."): a site's clock shows today, years
    after a story dated otherwise ("Thứ năm, 02/12/2021" over "Sáng nay (9/4/2018), ...")."""
    return s.day.year in years_in("\n".join(lines[:s.line] + lines[s.line + 1:]))


def lead_date(line: str) -> Optional[date]:
    """The date glued before a lead or given by an agency's dateline at its start."""
    m = _glued(line) or _AGENCY.match(line) or _BRACKETED.match(line)
    return _mk(*m.groups()[-3:]) if m else None


def glued_stamp_end(line: str) -> int:
    """Where the page's stamp glued before the lead ends ("05/03/2031Để ...", "(16/07/2014)Chiều
    ngày 16/7, ..."), 0 when the line opens with none: that date is the page's, no event's."""
    m = _glued(line) or _BRACKETED.match(line)
    return m.end() if m else 0


def _glued(line: str) -> Optional[re.Match]:
    """_GLUED's stamp, unless it is the lead's own day glossed in the bracket after it ("Ngày 12/5/2031 (thứ
    Sáu), ...", "12/5/2031 (tức ngày 25/3 âm lịch) - ..."): a bare date, or one after the day word only, with no
    time, then a bracket opening on a weekday or a lower-case word; an outlet's tag opens on a capital ("(YHO)")."""
    m = _GLUED.match(line)
    if m is None or _CLOCK_RE.search(m.group(0)):
        return m
    label = _DATE.split(m.group(0))[0].strip(" :").lower()
    rest = line[m.end():].lstrip(" -–|")
    inner = rest[1:].lstrip() if rest.startswith("(") else ""
    if label in ("", _DATES["day_word"]) and inner and (inner[0].islower() or _WEEKDAY.match(inner)):
        return None
    return m


# (the page's last lines a stamp set under the story is looked for in)
_TAIL_LINES = 4


def tail_stamp(lines: list[str], story: list[int], headline: Optional[int], nonempty: list[int]) -> Optional[date]:
    """A page with no stamp above its story may print it under it ("Thu Hà" / "Ngày đăng:
    14/03/2024"): a stamp line among the last lines before any list of other articles (article.yaml
    end_markers), past the lead."""
    if not story:
        return None
    end = next((n for n, i in enumerate(nonempty) if i > story[0] and end_marker(lines[i])), len(nonempty))
    for i in reversed(nonempty[max(0, end - _TAIL_LINES):end]):
        if i > story[0] and i != headline and not lines[i].rstrip().endswith((":", "：")):
            s = stamp(lines[i])
            if s is not None:
                return s.day
    return None


def stored_month(text: str) -> Optional[date]:
    """ "date 2031-09 Chiều 14/9, ...": the month a stored page writes before its first line with no day
    (lexicon/article.yaml dateline_labels; a whole date there is the page's stamp already), as the first
    of that month: it dates a meeting's day as a stamp does, and is no publication date."""
    m = lexicon().dateline_prefix_re.match(text)
    if m is None or m.group(3) or not 1 <= int(m.group(2)) <= 12:
        return None
    return date(int(m.group(1)), int(m.group(2)), 1)

"""The day a meeting took place: the first event date of the lead, and its year when not written.

Day-dates are written "20/1", "20-01-2021", "20.8", "ngày 20 tháng 1 năm 2021", and a meeting of
several days by its first ("Trong 2 ngày 21 và 22/7", "Ngày 25 - 26/7/2022"). A year may be
missing: it is then the dateline's (a December meeting reported in January is of the year before),
the anniversary's the event celebrates ("(26/3/1931 - 26/3/2021)"), the first of the term a
congress opens ("nhiệm kỳ 2025 - 2030"), or the latest the text names ("năm 2024", "Tết ... 2024",
a full date). When none is known the meeting keeps its day and month alone, never a guessed year.
The words are meetings.yaml's ``dates``; the day-dates are read by kg.extract.structure.dates, the year
worked out by kg.extract.meeting.day_years; what leads into a date and marks it as the event's own is read by
kg.extract.meeting.day_leads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.structure.dates import (_DAY, _DOC_REF_FAST as _DOC_REF, _WEEKDAY, DayDate, _alts, _mkdate, _patterns, _words,
                              day_dates)
from kg.extract.meeting.occasion_days import after_occasion_s_date as _after_occasion_s_date, occasion_date
from kg.extract.meeting.day_years import year_for
from kg.extract.meeting.day_leads import (fronted as _fronted, fronted_time as _fronted_time, noun_day as _noun_day,
                                            opened_days as _opened_days, set_off as _set_off,
                                            sitting_days as _sitting_days, time_lead as _time_lead, today_re as _today_re)
from kg.extract.structure.page_dates import glued_stamp_end, stored_month
from kg.extract.structure.title_marks import OPENS_ON_DAY, place_date
from kg.extract.meeting.told_days import planned as _planned, stated as _stated

if TYPE_CHECKING:
    from kg.extract.sentences.sentences import SentenceView


@dataclass(frozen=True)
class MeetingDay:
    """The day a meeting took place; ``year`` None when the text cannot tell it."""

    day: int
    month: int
    year: Optional[int]

    @property
    def date(self) -> Optional[date]:
        return None if self.year is None else _mkdate(self.year, self.month, self.day)


# -- the meeting's day -----------------------------------------------------------------------------


def _event_date(sv: SentenceView, page_year: Optional[int] = None, recalled: bool = False) -> Optional[DayDate]:
    """The first day-date of a sentence that introduces its event: after a time of day ("Sáng
    12-5", "Trong 2 ngày 20.8 và 21.8") or at its start; not a document's, a deadline's, an
    anniversary's or an occasion's (``page_year``: the publication's year,
    for `occasion_date`; ``recalled``: a day told as before another's, "Trước đó, sáng 26/10", counts)."""
    text = sv.text
    if place_date(text):
        return None         # ("Hải Phòng, ngày 27 tháng 02 năm 2020": a document's place and date)
    held, ahead = None, False
    stamped = glued_stamp_end(text)
    for d in day_dates(text):
        if d.span or d.start < stamped:
            continue        # (the page's stamp glued before the lead: "05/03/2031Để ..., sáng hôm qua, ...")
        before = text[max(stamped, d.start - 80):d.start]     # (from the glued stamp's end: no word of the lead)
        # (", từ ngày 11/3 đến ngày 13/3/2031, ..." after a plan's name: the days fronted, no document's)
        fronted_time = _fronted_time().search(before) or _opened_days().match(text, d.start) and _fronted(text, d)
        if _document_s(before, fronted_time or _set_off(text, d)) or _patterns()["not_event"].search(before) and not _ADMITTED.search(before) \
                or occasion_date(text, d, page_year):
            continue
        if (_patterns()["future"].search(before) or (ahead or _patterns()["future_far"].search(before)) and not fronted_time
                or _patterns()["future_after"].match(text, d.end) or _planned(text, d)) and not _today_re().search(before):
            # (an event announced for later; for "chiều nay", today's: reported; the dates after
            # it in its sentence, "...; tại xã C vào chiều ngày 29/4", are the schedule's too)
            ahead = True
            continue
        if _patterns()["lunar"].match(text, d.end) or _aside(text[:d.start]) or _stated(text, d) or _quoted(text[:d.start]):
            # "ngày 10/3 âm lịch": a lunar day, not the solar date; "Chào mừng Đại hội ... (diễn ra vào
            # ngày 10 và 11/12), Hội X trao quà ...": the date of what the bracket's aside tells
            continue
        if not recalled and _patterns()["other_time"].search(before[-30:]) or _patterns()["issued_by"].match(text, d.end):
            # "(Trước đó, ngày 15-3, ...)": another event; "Nghị quyết ..., ngày 01/02/2016 của
            # Ủy ban ...": a document's date, its issuer after it
            continue
        if held is not None:
            # "Thực hiện Quyết định của X ngày 5/1/2024, sáng 12/3, ...": a noun's date, then the
            # event's time fronted after a comma
            return d if fronted_time else held
        if _time_lead().search(before) or _opened_days().match(text, d.start) and _fronted(text, d) or \
                _after_occasion_s_date(before) or _sitting_days(text, d):     # ("mừng Ngày X 8/3 vào 6/3/2024")
            if d.start >= 25 and _noun_day().search(before):
                held = d
                continue
            return d
        if d.start < 25 and not _bracketed(before):
            return d
    return held


def _document_s(before: str, fronted_time) -> bool:
    """The date is a document's ("Kế hoạch số 12-KH/TU ngày 5/1/2024"), not the event's after the
    document's own date and a comma ("..., sáng 12/3", "... ngày 5/1/2024 của X, ngày 12/3")."""
    tag = _OUTLET_TAG.match(before)     # ("(BL-NQ) Ngày 5/10, ...": an outlet's code, no document's)
    doc = _DOC_REF.search(before, tag.end() if tag else 0)
    if doc is None or fronted_time:
        return False
    return not (_COMMA_DAY.search(before) and day_dates(before[doc.start():]))


# ("lễ kết nạp vào Đảng ngày 15/3", "tiễn 120 thanh niên nhập ngũ ngày 14/2": the event's own day, not a
# life's date told; meetings.yaml dates `own_event_words`, review9b H3, H12)
_ADMITTED = re.compile(r"\b(?:" + _alts(_words()["own_event_words"]) + r")\b[^.;]{0,60}$", re.I)
_OUTLET_TAG = re.compile(r"^\W*\([A-ZĐ][A-ZĐ0-9.\-]{1,12}\)\s*[-–—]?\s*")
_COMMA_DAY = re.compile(r",\s*" + _DAY + r"\s*$", re.I)


def _aside(before: str) -> bool:
    """In a bracket after an occasion or an event welcomed (meetings.yaml dates `occasion_date_after`,
    `ahead_words`: "Chào mừng Đại hội ... (diễn ra vào ngày 10/12)"), past a word no time of day nor
    weekday; not a time's bracket ("Sáng nay (12/3)"), nor the meeting's own ("Hội nghị X (tổ chức ngày 5/6)")."""
    at = before.rfind("(")
    if at <= 0 or ")" in before[at:] or not _welcome_re().search(before[:at]):
        return False
    inside = _WEEKDAY.sub(" ", before[at + 1:]).lower().split()
    return any(w.isalpha() and w not in _time_words() for w in inside)


@lru_cache(maxsize=1)
def _welcome_re() -> re.Pattern:
    w = _words()
    return re.compile(r"\b(?:" + _alts(w["occasion_date_after"] + w["ahead_words"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def _time_words() -> frozenset:
    from kg.extract.lexicon import lexicon     # (the syllables of the times of day, of days told from today)
    return frozenset(x for w in list(lexicon().times_of_day) + _words()["relative_days"] for x in w.lower().split())


def _quoted(before: str) -> bool:
    """ 'hai bên rà soát Bản ghi nhớ "Đà Lạt 9-10-2030" của hai Hội ...': a date inside a quotation is
    part of a name or a title, no event's. The marks read in order: a straight one opens or closes, a curly one
    opens or closes by its shape (a page may open with one and close with the other, 'Hội thảo "Kinh tế xanh” diễn
    ra ngày 14-8'; an excerpt may start inside a quotation, '... sáng tạo” là chủ đề ...')."""
    if '"' not in before and "“" not in before:
        return False
    inside = False
    for mark in _QUOTE_MARK.findall(before):
        inside = not inside if mark == '"' else mark == "“"
    return inside


_QUOTE_MARK = re.compile(r'["“”]')


def _bracketed(before: str) -> bool:
    """ "Hà Nội (TTXVN 7/9/2021) Tại hội nghị ...": a date in an open bracket, with no time of
    day before it, is an agency's dateline, not the event's."""
    return before.count("(") > before.count(")")


def meeting_day(story: list[SentenceView], headline: list[SentenceView], published: Optional[date],
                text_years: list[int], congress: bool = False) -> tuple[Optional[MeetingDay], Optional[SentenceView]]:
    """The day of the meeting: the first event date of the lead (the first eight sentences; the
    headline when they give none), its year worked out as the module says."""
    page_year = published.year if published is not None else None
    dated = next(((d, sv) for sv in _lead_window(story) + headline for d in [_event_date(sv, page_year)] if d), None)
    if dated is None and story and not headline and _patterns()["other_time"].match(story[0].text.lstrip(" -–")):
        # "Trước đó, sáng 26/10, HĐND tỉnh họp ...": an excerpt (no title) that opens on what its page
        # told before has no other event to set it apart from: its day is the story's (not an aside in
        # brackets under a title: "(Trước đó, ngày 4-9, ...)")
        dated = next(((d, story[0]) for d in [_event_date(story[0], page_year, recalled=True)] if d), None)
    if dated is not None:
        d, sv = dated
        item = story[:_item_end(sv, story)]     # (a list page: the meeting's own item)
        lead = [sv] + [v for v in headline + _lead_window(item, 3) + _after(item, sv) if v is not sv]
        stamp = published or next((stored_month(v.text) for v in (headline + story)[:1]), None)
        year = d.year or _weekday_year(d, year_for(d, stamp, lead, _own_years(item, story, headline, text_years),
                                                   congress), sv.text, stamp is not None)
        day = MeetingDay(d.day, d.month, year)
        if year is not None and day.date is None:
            return None, None          # 30/2: not a date
        return (_first_day(_spanned(day, sv.text, story, headline), sv.text) if congress else day), sv
    if congress:
        for sv in _lead_window(story) + headline:
            span = _congress_span(sv.text)
            if span is not None:        # "Thời gian diễn ra đại hội 2 ngày, từ ngày 27 đến ngày 28/9/2017"
                first, _ = span
                year = first.year or year_for(first, published, [sv] + story[:3], text_years, congress)
                return MeetingDay(first.day, first.month, year), sv
    return _relative_day(story[:1], published)


# a sentence that opens on a day of its own, its year written or not ("Chiều ngày 23/2/2023, ...", "Sáng 30/12, ...",
# "Ngày 8/2 (tức ...), ...": the day fronted, set off by a comma or a bracket)
_ITEM_LEAD = re.compile(OPENS_ON_DAY.pattern + r"(?:\s*[/\-.]\s*(?:19|20)\d{2})?(?!\d)\s*[,(]", re.I)


def _item_end(sv: SentenceView, story: list[SentenceView]) -> int:
    """Where the meeting's item ends on a list page (a tag page, a week's activities, a digest): at the next
    sentence that opens on a day of its own and names a meeting of its own, not as a step recalled ("đã",
    "trước đó"): "Sáng 14/11, Hội Nông dân huyện X sơ kết công tác Hội ... Chiều 14/11, UBND tỉnh Y tổng kết
    công tác giảm nghèo năm 2031 ...". What that item names (its years, its anniversary) is its own, not the meeting's. Only
    where the meeting's own sentence opens so too (items are written alike; a caption "... ngày 16/12 - Ảnh: X"
    dates the lead that follows it, not another item)."""
    if not _ITEM_LEAD.match(sv.text):
        return len(story)
    at = next((i for i, v in enumerate(story) if v is sv), None)
    for k in range(len(story) if at is None else at + 1, len(story)):
        if _ITEM_LEAD.match(story[k].text) and _tells_an_event(story[k]):
            return k
    return len(story)


def _own_years(item: list[SentenceView], story: list[SentenceView], headline: list[SentenceView],
               text_years: list[int]) -> list[int]:
    """The years the headline and the meeting's item name (kg.extract.structure.text_years), when the story
    runs on past it; else the text's."""
    if len(item) == len(story):
        return text_years
    from kg.extract.structure.text_years import years_in
    return [y for v in headline + item for y in years_in(v.text)]


def _tells_an_event(sv: SentenceView) -> bool:
    """The sentence names a meeting of its own (an item's lead), not a step cited in the story ("Ngày
    10/1/2024, Ban Thường vụ ... đã ban hành kế hoạch thi đua": a document, review8b H9)."""
    from kg.extract.meeting.meeting_kinds import meeting_kind   # (meeting_kinds reads the hosts' words)
    low = sv.text.lower()
    # (not a step recalled: "Ngày 1/3/2024, huyện đã tổ chức lễ ra quân ...": review8d H3)
    return meeting_kind([sv]) is not None and not any(re.search(r"\b" + w + r"\b", low) for w in _words()["recalled_marks"])


def _spanned(day: MeetingDay, text: str, story: list[SentenceView], headline: list[SentenceView]) -> MeetingDay:
    """ "Sáng 15/10, Đại hội ... khai mạc. ... Đại hội ... diễn ra trong ba ngày (14-16/10)": a
    congress whose lead tells its opening (meetings.yaml dates `congress_opening_words`) is dated by
    the first of its days written near it (its preparatory sitting), when the lead's day is one of them;
    a lead of its closing sitting is dated by that day ("Chiều 22/9, Đại hội ... họp phiên bế mạc")."""
    if not any(w in text.casefold() for w in _words()["congress_opening_words"]):
        return day
    for sv in _lead_window(story) + headline:
        span = _congress_span(sv.text)
        if span is not None and span[0].month == day.month and span[0].day < day.day <= span[1]:
            return MeetingDay(span[0].day, day.month, day.year)
    return day


def _congress_span(text: str) -> Optional[tuple[DayDate, int]]:
    """The first day-date and the last day of the days a congress sits, in a sentence that says how
    long it lasts ("Đại hội ... diễn ra trong ba ngày (14-16/10)", "Thời gian diễn ra đại hội 2 ngày,
    từ ngày 27 đến ngày 28/9"; meetings.yaml dates `congress_span_words`), within one month."""
    low = text.casefold()
    w = _words()
    if not any(c in low for c in w["term_congresses"]) or not any(x in low for x in w["congress_span_words"]):
        return None
    m = _patterns()["days_bare" if _patterns()["openers"].search(text) is None else "days"].search(text)
    if m is None or not int(m.group(1)) < int(m.group(2)) <= 31 or not 1 <= int(m.group(3)) <= 12 \
            or _patterns()["future"].search(text[:m.start()]):
        return None     # ("Đại hội Đảng bộ tỉnh dự kiến diễn ra trong 3 ngày (14-16/10)": another, announced)
    first = DayDate(int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None, m.start(), m.end())
    return first, int(m.group(2))


def _lead_window(story: list[SentenceView], size: int = 8) -> list[SentenceView]:
    """The story's first `size` sentences, photo captions ("... . Ảnh: X", a credit without its
    colon, "Ảnh Thu Hà", split off as a sentence) not counted: a page that opens on a gallery's
    captions tells its lead after them."""
    from kg.extract.lexicon import lexicon
    from kg.extract.structure.credits import closes_caption
    markers, out, n = lexicon().caption_markers, [], 0
    for sv in story:
        if n >= size:
            break
        out.append(sv)
        # (the markers looked for by map in C, where a generator resumed a frame for each)
        n += not any(map(sv.text.__contains__, markers)) and not closes_caption(". " + sv.text)
    return out


def _after(story: list[SentenceView], sv: SentenceView, size: int = 3) -> list[SentenceView]:
    """The `size` sentences after the date's own (photo captions not counted), when lines stand
    before it: a page that opens on a byline or a caption tells the year further on ("Đỗ Bình. Ảnh
    1. Ngày 9-11, Đại hội ... khai mạc. ... được bầu làm Chủ tịch ... nhiệm kỳ 2016-2021"); a lead
    that opens the story reads its first three (a past month recalled later dates no meeting)."""
    at = next((i for i, v in enumerate(story) if v is sv), None)
    return [] if not at else _lead_window(story[at + 1:], size)


def _relative_day(lead: list[SentenceView], published: Optional[date]) -> tuple[Optional[MeetingDay], Optional[SentenceView]]:
    """ "Sáng nay, ...", "Chiều hôm qua, ...": a lead that opens on a day told from the page's own
    date, with no day-date in the story, took place that day or the day before (meetings.yaml dates
    `relative_offsets`; a bare "Qua"/"Nay" opening a sentence is a conjunction: only after a time
    of day or "hôm")."""
    if published is None or not lead:
        return None, None
    m = _relative_re().match(lead[0].text) or _told_within(lead[0].text)
    if m is None:
        return None, None
    said = m.group(1) or m.group(2)
    d = published + timedelta(days=_words()["relative_offsets"][" ".join(said.lower().split())])
    return MeetingDay(d.day, d.month, d.year), lead[0]


def _told_within(text: str) -> Optional[re.Match]:
    """ "Tỉnh ủy X sáng nay tổ chức ...", "Để ..., sáng hôm qua, ông A chủ trì ...": a part of the day
    and a day told from the page's, after the lead's subject or its fronted clause (article.yaml
    structure `glued_lead_day_parts`: not "ngày nay", nowadays), no plan before it ("sẽ ... chiều nay")."""
    m = _within_re().search(text, 0, _WITHIN_CHARS)
    return m if m is not None and not _patterns()["future"].search(text[:m.start()]) \
        and not _patterns()["future_far"].search(text[:m.start()]) else None


# (how far into the lead the day it is told on is looked for: its main clause)
_WITHIN_CHARS = 200


@lru_cache(maxsize=1)
def _within_re() -> re.Pattern:
    from kg.extract.lexicon import grammar
    parts = _alts([w.lower() for w in grammar("article.yaml", "structure")["glued_lead_day_parts"]])
    # (a bare "qua" before a determiner is "through": "Nhiều tấm gương sáng qua các phong trào ...", a bright
    # example; meetings.yaml dates `through_before`)
    through = r"(?!(?<=qua)(?<!hôm\squa)\s+(?:" + _alts(_words()["through_before"]) + r")\b)"
    return re.compile(r"(?:,\s*|\s)(?:vào\s+)?(?:" + parts + r")\s+(" + _alts(_words()["relative_offsets"]) + r")()\b"
                      r"(?!\s*\(?\s*\d)" + through, re.I)


@lru_cache(maxsize=1)
def _relative_re() -> re.Pattern:
    from kg.extract.lexicon import lexicon
    w = _words()
    times = sorted((t for t in lexicon().times_of_day if len(t.split()) == 1), key=len, reverse=True)
    rel = _alts(w["relative_offsets"])
    hom = _alts([r for r in w["relative_offsets"] if len(r.split()) > 1])
    return re.compile(r"^\W*(?:\([^()]{1,20}\)\s*[-–—]\s*)?(?:(?:" + _alts(times) + r")\s+(" + rel + r")|(" + hom
                      + r"))\b(?!\s*\(?\s*\d)", re.I)


_WEEKDAY_TO_DATE = re.compile(r"^[\s,(]*(?:" + _DAY + r"\s+)?\(?\s*$", re.I)


def _weekday_year(d: DayDate, year: Optional[int], text: str, stamped: bool = False) -> Optional[int]:
    """A year worked out for a day-date written without one, checked by the weekday the lead
    states right before it ("Sáng thứ Năm (5/6)"): the year, or the one before or after, whose
    day falls on that weekday; none when no such year is near (a wrong year is worse than none).
    A page's stamp (``stamped``) dates the story: only the year before may replace its year (a
    meeting across New Year); with neither on that weekday, the weekday is the slip."""
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
    fits = [y for y in ((year, year - 1) if stamped else (year, year - 1, year + 1))
            if (x := _mkdate(y, d.month, d.day)) is not None and x.weekday() == stated]
    return fits[0] if fits else (year if stamped else None)


def _first_day(day: MeetingDay, text: str) -> MeetingDay:
    """ "Chiều 5/10, Đại hội ... bế mạc sau ba ngày làm việc": a congress is dated by its first
    day, the closing day less the days it sat (meetings.yaml dates `closing_words`)."""
    m = _patterns()["closing"].search(text)
    if m is None:
        return day
    said = m.group(1) or m.group(2)
    n = int(said) if said.isdigit() else _words()["day_counts"].get(said.lower())
    if n is None or not 1 < n < 10:
        return day
    first = date(day.year or 2000, day.month, day.day) - timedelta(days=n - 1)
    return MeetingDay(first.day, first.month, first.year if day.year else None)

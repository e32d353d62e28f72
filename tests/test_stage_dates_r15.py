"""Meeting days of round 15, found by invented pages (kg.extract.structure.page_dates,
kg.extract.meeting.event_days). Every sentence is invented."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")

_TITLE = "Huyện ủy Đông Khê sơ kết công tác xây dựng Đảng\n\n"
_REST = (" Ban Thường vụ Huyện ủy Đông Khê tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.\n\n"
         "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến.\n")


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


# -- a lead's own full date, its weekday or lunar day glossed in a bracket after it, is no glued stamp --

def test_a_lead_s_date_with_its_weekday_in_brackets_dates_the_meeting(tmp_path):
    assert _day(tmp_path, _TITLE + "Ngày 16/5/2031 (thứ Sáu)," + _REST) == "2031-05-16"


def test_a_lead_s_date_with_its_weekday_as_a_digit(tmp_path):
    assert _day(tmp_path, _TITLE + "Ngày 16-5-2031 (Thứ 6)," + _REST) == "2031-05-16"


def test_a_lead_s_date_with_its_lunar_day_is_not_the_lunar_day(tmp_path):
    # (the lunar date inside the bracket dated the meeting before)
    assert _day(tmp_path, _TITLE + "Ngày 16/5/2031 (tức ngày 25/3 năm Tân Hợi)," + _REST) == "2031-05-16"


def test_a_bare_date_with_its_weekday_opens_the_lead(tmp_path):
    assert _day(tmp_path, _TITLE + "16/5/2031 (thứ Sáu) - Ban Thường vụ Huyện ủy Đông Khê tổ chức hội nghị sơ "
                                   "kết công tác xây dựng Đảng.\n") == "2031-05-16"


def test_a_stamp_glued_before_an_outlet_s_tag_stays_the_page_s(tmp_path):
    # the negative: "(SHĐT)" is an outlet's tag; the stamp dates the page, the lead's own day the meeting
    f = facts_of(tmp_path, _TITLE + "17/05/2019 (SHĐT) - Chiều 16/5," + _REST)
    assert (day(f.meetings[0]), f.published.isoformat()) == ("2019-05-16", "2019-05-17")


def test_a_stamp_with_its_time_before_a_weekday_stays_the_page_s(tmp_path):
    # the negative: a date with its time is a stamp, whatever bracket follows it
    # (the page's published date is refused when after today: a past year here)
    f = facts_of(tmp_path, _TITLE + "17/05/2019 08:30 (thứ Sáu) Chiều 16/5," + _REST)
    assert (day(f.meetings[0]), f.published.isoformat()) == ("2019-05-16", "2019-05-17")

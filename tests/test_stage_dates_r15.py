"""Meeting days of round 15, found by invented pages (kg.extract.structure.page_dates,
kg.extract.meeting.event_days). Every sentence is invented."""
from __future__ import annotations

import pytest
from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")
from test_stage_dates_r12 import _day  # (the day of the page's first meeting, or None)

_TITLE = "Huyện ủy Đông Khê sơ kết công tác xây dựng Đảng\n\n"
_REST = (" Ban Thường vụ Huyện ủy Đông Khê tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.\n\n"
         "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến.\n")

# -- a day told otherwise (a lunar day, a weekday) with its date in the bracket after it ---------------

_VISIT = (" đồng chí Hà Văn Tuyển, Phó Bí thư Tỉnh ủy Sơn Hà đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng "
          "Nà Khoang.\n")
_TET = "Lãnh đạo tỉnh thăm, chúc Tết\n\n"

# -- the meeting's day set off by commas after a document's name; the days a meeting sat, counted ------------

_CONF = " Ban Thường vụ Huyện ủy Đông Khê tổ chức hội nghị quán triệt.\n"
_CLOSE = "Bế mạc Đại hội Đảng bộ xã Nà Khoang\n\n"
_CONGRESS = " Đại hội đại biểu Đảng bộ xã Nà Khoang lần thứ XXVI, nhiệm kỳ 2030 - 2035 đã bế mạc.\n"


def _ceremony(lead: str) -> str:
    return "Lễ kỷ niệm\n\n" + lead + "\n\nCác đại biểu ôn lại truyền thống vẻ vang.\n"


@pytest.mark.parametrize("text, expected", [
    # -- a lead's own full date, its weekday or lunar day glossed in a bracket after it, is no glued stamp --
    pytest.param(_TITLE + "Ngày 16/5/2031 (thứ Sáu)," + _REST, "2031-05-16",
                 id="a_lead_s_date_with_its_weekday_in_brackets_dates_the_meeting"),
    pytest.param(_TITLE + "Ngày 16-5-2031 (Thứ 6)," + _REST, "2031-05-16",
                 id="a_lead_s_date_with_its_weekday_as_a_digit"),
    # (the lunar date inside the bracket dated the meeting before)
    pytest.param(_TITLE + "Ngày 16/5/2031 (tức ngày 25/3 năm Tân Hợi)," + _REST, "2031-05-16",
                 id="a_lead_s_date_with_its_lunar_day_is_not_the_lunar_day"),
    pytest.param(_TITLE + "16/5/2031 (thứ Sáu) - Ban Thường vụ Huyện ủy Đông Khê tổ chức hội nghị sơ "
                          "kết công tác xây dựng Đảng.\n", "2031-05-16",
                 id="a_bare_date_with_its_weekday_opens_the_lead"),
    # -- a day told otherwise (a lunar day, a weekday) with its date in the bracket after it --
    pytest.param(_TET + "Sáng mùng 4 Tết (15/2/2031)," + _VISIT, "2031-02-15",
                 id="a_lunar_day_after_a_time_of_day_glossed_by_its_date"),
    pytest.param(_TET + "Ngày mồng 5 tháng Giêng năm Tân Hợi (tức 16/2/2031)," + _VISIT, "2031-02-16",
                 id="a_lunar_day_opening_the_lead_with_its_month_named"),
    pytest.param(_TET + "Chiều 30 Tết Tân Hợi (11/2/2031)," + _VISIT, "2031-02-11",
                 id="the_last_day_of_the_lunar_year_glossed_by_its_date"),
    pytest.param(_TITLE + "Thứ Sáu (16/5/2031)," + _REST, "2031-05-16",
                 id="a_weekday_opening_the_lead_glossed_by_its_date"),
    # the negative: the feast's day a fronted clause names, then the meeting's own time
    pytest.param(_TET + "Hướng tới lễ hội ngày mùng 10 tháng Giêng (21/2/2031), sáng 14/2," + _VISIT, "2031-02-14",
                 id="a_lunar_feast_s_day_inside_a_clause_is_a_noun_s"),
    # the negative: a place, then an agency and its date in brackets; the meeting's day is the lead's
    pytest.param(_TITLE + "Sơn Hà (TTXVN 17/5/2031) Chiều 16/5," + _REST, "2031-05-16",
                 id="an_agency_s_dateline_stays_no_event_s"),
    # -- the meeting's day set off by commas after a document's name; the days a meeting sat, counted --
    pytest.param(_TITLE + "Thực hiện Kế hoạch số 21-KH/HU của Huyện ủy, ngày 16/5/2031," + _CONF, "2031-05-16",
                 id="a_day_set_off_after_a_document_s_name_is_the_meeting_s"),
    pytest.param(_TITLE + "Theo Kế hoạch số 21-KH/HU, vào ngày 16/5/2031," + _CONF, "2031-05-16",
                 id="a_day_set_off_after_a_document_with_an_opener"),
    # the negative: the document's date, its issuer after it; the meeting's own time later (a document's year
    # does not date the meeting: conventions)
    pytest.param(_TITLE + "Thực hiện Quyết định số 21/QĐ-UBND, ngày 10/5/2031 của UBND huyện, sáng 16/5," + _CONF,
                 "--05-16", id="a_document_s_own_date_after_a_comma_is_no_meeting_s"),
    pytest.param(_CLOSE + "Sau 2 ngày làm việc khẩn trương (từ 15 - 16/5/2031)," + _CONGRESS, "2031-05-15",
                 id="the_days_a_congress_sat_counted_in_a_bracket_date_it_by_the_first"),
    pytest.param(_CLOSE + "Sau 2 ngày làm việc, chiều 16/5/2031," + _CONGRESS, "2031-05-15",
                 id="a_closing_day_after_the_days_counted_fronted_dates_it_by_the_first"),
    # the negative: no sitting closed after the bracket; the programme's days, then the meeting's own
    pytest.param(_TITLE + "Chương trình gồm 3 ngày làm việc (20 - 22/5/2031). Sáng 16/5/2031," + _REST, "2031-05-16",
                 id="a_period_s_days_counted_in_a_bracket_date_no_meeting"),
    # -- a counted anniversary of a known founding written short or with a qualifier --
    pytest.param(_ceremony("Sáng 20/12, Huyện ủy Đông Khê tổ chức kỷ niệm 87 năm Ngày thành lập QĐND Việt Nam."),
                 "2031-12-20", id="the_army_s_anniversary_written_short_gives_the_year"),
    pytest.param(_ceremony("Sáng 18/8, Công an huyện Đông Khê tổ chức kỷ niệm 86 năm Ngày thành lập lực lượng "
                           "Công an nhân dân."), "2031-08-18", id="the_police_s_anniversary_with_its_force_named"),
    pytest.param(_ceremony("Sáng 31/1, Huyện ủy Đông Khê tổ chức kỷ niệm 101 năm Ngày thành lập Đảng."),
                 "2031-01-31", id="the_party_s_anniversary_written_bare_gives_the_year"),
    # the negative: the district's own committee, founded in a year no word tells
    pytest.param(_ceremony("Sáng 10/10, Huyện ủy Đông Khê tổ chức kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện."),
                 "--10-10", id="a_local_party_committee_s_anniversary_gives_no_year"),
    # the negative: a member's years in the Party, no anniversary of its founding
    pytest.param(_ceremony("Sáng 12/5, Huyện ủy Đông Khê trao Huy hiệu 75 năm Đảng cho đồng chí Lò Văn Mến."),
                 "--05-12", id="a_party_badge_s_years_give_no_year"),
])
def test_the_meeting_s_day(tmp_path, text, expected):
    assert _day(tmp_path, text) == expected


@pytest.mark.parametrize("glued", [
    # the negative: "(SHĐT)" is an outlet's tag; the stamp dates the page, the lead's own day the meeting
    pytest.param("17/05/2019 (SHĐT) - Chiều 16/5,", id="a_stamp_glued_before_an_outlet_s_tag_stays_the_page_s"),
    # the negative: a date with its time is a stamp, whatever bracket follows it
    # (the page's published date is refused when after today: a past year here)
    pytest.param("17/05/2019 08:30 (thứ Sáu) Chiều 16/5,",
                 id="a_stamp_with_its_time_before_a_weekday_stays_the_page_s"),
])
def test_a_stamp_before_the_lead_dates_the_page_not_the_meeting(tmp_path, glued):
    f = facts_of(tmp_path, _TITLE + glued + _REST)
    assert (day(f.meetings[0]), f.published.isoformat()) == ("2019-05-16", "2019-05-17")

"""Frame, dates and bylines of round 15 (kg.extract.structure, kg.extract.meeting's days): a life's dates
(a birth, a unit's founding) are no meeting's day nor a year of the text's. Every sentence is invented."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")

from kg.extract.structure.text_years import years_in


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


_ADOPTION = ("Sáng 17/3, Đồn Biên phòng Cửa khẩu Hà Lâm tổ chức lễ nhận đỡ đầu cháu Lò Văn Khải (sinh năm 2019, "
             "trú tại bản Pắc Mạ, xã Hà Lâm).\n")


def test_a_birth_year_is_no_year_of_the_text():
    assert years_in("cháu Lò Văn Khải (sinh năm 2019, trú tại bản Pắc Mạ)") == []


def test_a_unit_founded_in_a_year_is_no_year_of_the_text():
    assert years_in("Hội Cựu chiến binh xã Đông Mai được thành lập năm 1991, hiện có 210 hội viên.") == []


def test_a_year_of_a_review_is_still_read():
    # the negative: the year a meeting reviews is the text's
    assert years_in("Hội nghị tổng kết công tác năm 2029 của Hội Nông dân tỉnh.") == [2029]


def test_a_birth_year_does_not_date_the_meeting(tmp_path):
    assert _day(tmp_path, _ADOPTION) == "--03-17"


def test_a_year_written_beside_a_birth_year_still_dates_it(tmp_path):
    # the negative: the programme's year is the text's, the child's birth is not
    text = _ADOPTION.replace("lễ nhận đỡ đầu", "lễ nhận đỡ đầu theo chương trình năm 2030 cho")
    assert _day(tmp_path, text) == "2030-03-17"


def test_a_unit_s_founding_day_is_no_meeting_s_day(tmp_path):
    text = ("Đại hội đại biểu Đảng bộ phường Hòa Phong lần thứ I, nhiệm kỳ 2030 - 2035 khai mạc với 150 đại biểu.\n"
            "Phường Hòa Phong được thành lập ngày 1-4-2030 trên cơ sở sáp nhập 5 phường.\n")
    assert _day(tmp_path, text) is None


def test_a_founding_ceremony_s_day_is_its_meeting_s_day(tmp_path):
    # the negative: the day the lead gives the ceremony, not a unit's founding told in passing
    text = "Sáng 2/4/2030, UBND tỉnh Sơn Hà tổ chức lễ công bố quyết định thành lập phường Hòa Phong.\n"
    assert _day(tmp_path, text) == "2030-04-02"


"""Meeting kinds and days on constructions a second review found read wrongly: a historic date of a
day's name opening the lead, a feast named as its season or in a clause of goal or time, a
numbered sitting midway through a term (sentences written for these tests; names invented)."""
from __future__ import annotations

import pytest

from kg.graph import extract_text
from test_stage_dates_more import day, meeting

H = "Tin hoạt động ở Đông Khê\n\n"


def _meeting(text: str, published=None):
    ms = extract_text(text, published=published).meetings
    return ms[0] if ms else None


def _day(m) -> str | None:
    return None if m is None else day(m)


@pytest.mark.parametrize("published", ["2025-04-29", None])
def test_a_day_s_name_dated_in_history_does_not_date_the_event(published):
    # the day's first date, decades before the page: what happened then, not the event told
    m = _meeting(H + "Ngày Giải phóng 30/4/1975, đoàn quân tiến vào thị xã Đông Khê trong tiếng reo mừng. Sáng nay, "
                 "Huyện ủy Đông Khê tổ chức mít tinh kỷ niệm 50 năm ngày giải phóng quê hương.\n", published)
    assert m is not None and m.kind == "Ceremony" and not (_day(m) or "").startswith("1975")


def test_a_day_s_name_dated_years_before_the_page_does_not_date_the_event():
    m = _meeting(H + "Ngày Gia đình Việt Nam 28/6/2021, Hội LHPN xã Đông Khê tổ chức tọa đàm về nếp nhà với các "
                 "hội viên.\n", "2025-06-30")
    assert m is not None and _day(m) is None
    # ... while the page's own year does
    m = _meeting(H + "Ngày Gia đình Việt Nam 28/6/2025, Hội LHPN xã Đông Khê tổ chức tọa đàm về nếp nhà với các "
                 "hội viên.\n", "2025-06-30")
    assert m is not None and _day(m) == "2025-06-28"


def test_a_day_s_name_opening_what_someone_did_that_day_does_not_date_the_event(tmp_path):
    m = meeting(tmp_path, H + "Ngày Gia đình Việt Nam 28/6/2025, cụ bà Lò Thị Pạ, hội viên lâu năm của Hội LHPN xã "
                "Đông Khê, tròn trăm tuổi. Chiều 30/6, Hội LHPN xã Đông Khê tổ chức lễ mừng thọ cụ.\n")
    assert m is not None and day(m) == "2025-06-30"


@pytest.mark.parametrize("text, kind", [
    # a feast named for its season is the occasion of the visit told after it
    ("Lễ Ok Om Bok năm nay thu hút rất đông bà con Khmer các ấp. Sáng 4/11/2025, ông Thạch Văn Sên, Phó Chủ "
     "tịch UBND huyện Đông Khê đến thăm, chúc mừng chùa Đông Khê.\n", "Visit"),
    # a feast in a clause of goal names the aim of the meeting told
    ("Để Lễ Vu lan năm 2025 diễn ra trang nghiêm, tiết kiệm, chiều 28/7/2025, Ban Trị sự Phật giáo huyện Đông "
     "Khê họp với trụ trì các chùa trên địa bàn.\n", "Conference"),
    # ... and one in a clause of time its moment, whether held or organised there
    ("Trước khi các chùa cử hành Lễ Phật đản, sáng 8/5/2025, bà Hà Thị Mơ, Phó Chủ tịch UBND huyện Đông Khê "
     "đến thăm, tặng quà chùa Thanh Vân.\n", "Visit"),
    ("Trước khi các chùa tổ chức Lễ Phật đản, sáng 8/5/2025, bà Hà Thị Mơ, Phó Chủ tịch UBND huyện Đông Khê "
     "đến thăm, tặng quà chùa Thanh Vân.\n", "Visit"),
    # ... nor one the places visited are getting ready to hold
    ("Sáng 14/8/2025, Ban Dân vận Huyện ủy Đông Khê đến thăm, tặng quà các chùa đang chuẩn bị tổ chức Lễ Vu lan "
     "cho Phật tử.\n", "Visit"),
    # ... while the rite held at a place in its season stays the event
    ("Lễ Vu lan năm nay diễn ra tại chùa Thanh Vân, xã Đông Khê với sự tham dự của hơn 600 Phật tử.\n",
     "Ceremony"),
])
def test_a_feast_as_a_season_a_goal_or_a_moment_is_not_the_event(tmp_path, text, kind):
    m = meeting(tmp_path, H + text)
    assert m is not None and m.kind == kind


def test_a_numbered_sitting_electing_posts_is_midway_through_the_term(tmp_path):
    lead = ("Chiều 15/7, HĐND huyện Đông Khê khóa VII, nhiệm kỳ 2021-2026 họp phiên thứ ba để bầu các chức danh "
            "Ủy viên UBND huyện còn thiếu.")
    assert day(meeting(tmp_path, H + lead + "\n")) == "--07-15"
    # ... while a sitting of the term's first session is of its first year
    lead = ("Chiều 15/7, kỳ họp thứ nhất HĐND huyện Đông Khê khóa VIII, nhiệm kỳ 2026-2031 họp phiên thứ hai "
            "để bầu các chức danh lãnh đạo HĐND và UBND huyện.")
    assert day(meeting(tmp_path, H + lead + "\n")) == "2026-07-15"

"""Meeting days of round 13 (kg.extract.meeting.event_days, kg.extract.structure.page_dates): the month
a stored page writes before its first line dates the meeting's day as a stamp does. Every sentence
is invented."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")

_LEAD = "Chiều 14/9, Hội Nông dân tỉnh Sơn Hà họp bàn nội dung Chương trình phối hợp năm 2032 với ngành nông nghiệp.\n"


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


def test_a_stored_page_s_month_dates_the_meeting(tmp_path):
    # the programme's year (the next one) would date it otherwise
    assert _day(tmp_path, "date 2031-09 " + _LEAD) == "2031-09-14"


def test_a_stored_page_s_month_is_no_publication_date(tmp_path):
    assert facts_of(tmp_path, "date 2031-09 " + _LEAD).published is None


def test_the_text_s_years_date_it_with_no_stored_month(tmp_path):
    # the negative: no prefix, the years the text names (as before)
    assert _day(tmp_path, _LEAD) == "2032-09-14"


def test_a_month_written_further_down_is_no_stored_month(tmp_path):
    # the negative: only the page's first line carries its stored date
    assert _day(tmp_path, _LEAD + "date 2031-09 Các đại biểu thảo luận về kế hoạch.\n") == "2032-09-14"


def test_a_stored_month_does_not_overrule_a_written_year(tmp_path):
    assert _day(tmp_path, "date 2031-09 Chiều 14/9/2030, Hội Nông dân tỉnh Sơn Hà họp bàn kế hoạch.\n") \
        == "2030-09-14"

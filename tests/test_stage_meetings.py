"""The meeting stage: kind, date, chair, host and guest, on articles written for it."""
from __future__ import annotations

from datetime import date

from test_stage_pipeline import state_of


def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


def test_kind_from_the_headline_and_not_from_a_body_name(tmp_path):
    m = meeting(tmp_path, "Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết\n\n"
                          "Sáng 4/5/2022, Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức hội nghị.\n")
    assert m.kind == "Conference"


def test_no_kind_word_no_meeting(tmp_path):
    assert meeting(tmp_path, "Sản lượng lúa tăng\n\nNăm 2022, sản lượng lúa ở Cà Mau tăng mạnh.\n") is None


def test_date_takes_its_year_from_the_dateline_across_new_year(tmp_path):
    m = meeting(tmp_path, "Huyện ủy Hải Lăng họp tổng kết\n\n05/01/2023\n\n"
                          "Sáng 28/12, Huyện ủy Hải Lăng tổ chức hội nghị tổng kết.\n")
    assert m.date == date(2022, 12, 28)


def test_a_deadline_is_not_the_meeting_date(tmp_path):
    m = meeting(tmp_path, "Hội nghị triển khai\n\nHội nghị triển khai kế hoạch, yêu cầu hoàn thành "
                          "trước ngày 30/6/2023 ở Bến Tre.\n")
    assert m.date is None


def test_chair_and_attendees(tmp_path):
    m = meeting(tmp_path, "Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nSáng 9/3/2023, đồng chí Đinh Quốc Khải, "
                          "Bí thư Tỉnh ủy Sóc Trăng chủ trì hội nghị. Dự có đồng chí Lò Thị Mến, "
                          "Phó Bí thư Tỉnh ủy.\n")
    assert m.chairs == ["Đinh Quốc Khải"]
    assert m.attendees == ["Đinh Quốc Khải", "Lò Thị Mến"]


def test_working_with_the_subject_hosts(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 3/4/2023, Thường trực Tỉnh ủy Bến Tre làm việc với "
                          "Ban Dân vận Tỉnh ủy Bến Tre.\n")
    assert m.kind == "WorkingSession"
    assert [b.name for b in m.hosts] == ["Thường trực Tỉnh ủy Bến Tre"]
    assert [b.name for b in m.guests] == ["Ban Dân vận Tỉnh ủy Bến Tre"]


def test_a_delegation_working_with_a_body_is_its_guest(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 3/4/2023, đoàn công tác của Ban Dân vận Tỉnh ủy Bến Tre làm việc "
                          "với Huyện ủy Châu Thành.\n")
    assert [b.name for b in m.hosts] == ["Huyện ủy Châu Thành"]
    assert [b.name for b in m.guests] == ["Ban Dân vận Tỉnh ủy Bến Tre"]


def test_a_visit_makes_the_visited_the_host(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nChiều 1/2/2023, Thường trực Tỉnh ủy Cà Mau thăm Bộ Chỉ huy Quân sự "
                          "tỉnh Cà Mau.\n")
    assert m.kind == "Visit"
    assert [b.name for b in m.guests] == ["Thường trực Tỉnh ủy Cà Mau"]

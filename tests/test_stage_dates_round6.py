"""Meeting days of the sixth round (kg.extract.meeting.event_days, kg.extract.structure.dates):
the year of a standard met, a day glued to its word, a schedule announced for later."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


def test_the_year_a_standard_was_met_for_dates_no_ceremony(tmp_path):
    # (the award for a year is handed over in that year or the next: no year)
    assert _day(tmp_path, "Xã Đông Khê nhận bằng nông thôn mới kiểu mẫu\nSáng 9/5, UBND huyện Lạc Sơn tổ chức lễ "
                          "trao bằng cho Đông Khê, xã đạt chuẩn nông thôn mới kiểu mẫu năm 2023.\n") == "--05-09"
    # ... a year the lead names otherwise still dates it
    assert _day(tmp_path, "Đông Khê tổng kết công tác Hội năm 2023\nSáng 9/12, Hội Nông dân xã Đông Khê tổ chức "
                          "hội nghị tổng kết công tác Hội năm 2023.\n") == "2023-12-09"


def test_a_day_glued_to_its_word(tmp_path):
    assert _day(tmp_path, "Sáng nay vào hồi 8h ngày9 tháng 3 năm 2019 tại hội trường UBND xã Đông Khê, Hội phụ nữ "
                          "xã tổ chức Lễ kỷ niệm ngày Quốc tế Phụ nữ.\n") == "2019-03-09"


def test_a_schedule_announced_for_later_dates_no_meeting(tmp_path):
    text = ("Các đại biểu HĐND tỉnh sẽ tiếp xúc cử tri tại xã Đông Khê, huyện Lạc Sơn vào buổi sáng ngày "
            "12/4/2023; tại xã Tây Khê, huyện Lạc Sơn vào buổi chiều ngày 12/4/2023.\nBuổi chiều ngày "
            "20/4/2023 Tổ đại biểu sẽ họp tổng hợp ý kiến của cử tri.\n")
    assert _day(tmp_path, text) is None
    # ... but a day fronted after such a clause is the reported meeting's
    assert _day(tmp_path, "Theo lịch các đại biểu HĐND tỉnh sẽ tiếp xúc cử tri ở hai huyện Lạc Sơn và Yên Thủy, "
                          "sáng 12/4/2023 tổ đại biểu đã tiếp xúc cử tri xã Đông Khê.\n") == "2023-04-12"
    # ... and the reported day of a sentence with a later plan in another clause
    assert _day(tmp_path, "Sáng 12/4/2023, tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri xã Đông Khê, kiến nghị "
                          "sẽ được tổng hợp gửi kỳ họp.\n") == "2023-04-12"


def test_a_will_of_a_relative_clause_keeps_the_date(tmp_path):
    # (review D1: "sẽ" after the clause's own verb, the comma after the fronted date missing)
    assert _day(tmp_path, "Hội nghị triển khai nhiệm vụ quý II\nSáng 9/3/2024 Huyện ủy Lạc Sơn triển khai các "
                          "nhiệm vụ sẽ thực hiện trong quý II.\n") == "2024-03-09"


def test_a_schedule_ends_at_a_semicolon_and_a_fronted_time(tmp_path):
    # (review D2: the day told after the schedule's clause is the meeting's)
    assert _day(tmp_path, "Theo kế hoạch, các hoạt động của lễ hội sẽ diễn ra từ ngày 20 đến 22/4/2024; chiều "
                          "18/4/2024, Ban Tổ chức lễ hội huyện Lạc Sơn đã họp báo.\n") == "2024-04-18"


def test_a_feast_named_with_its_lunar_year_and_era_year_dates_the_visit(tmp_path):
    assert _day(tmp_path, "Chuẩn bị đón Tết cổ truyền Giáp Thìn 2024, sáng 5/2, Phó Chủ tịch UBND huyện Lạc Sơn "
                          "đã đến thăm, chúc Tết chùa Phước Lâm.\n") == "2024-02-05"
    # ... a feast's name with no era year gives none by its words alone (the lunar cycle reads it)
    assert _day(tmp_path, "Sáng 5/2, Phó Chủ tịch UBND huyện Lạc Sơn đã đến thăm, chúc Tết chùa Phước Lâm.\n") == "--02-05"


def test_a_congress_term_spelt_with_ki(tmp_path):
    assert _day(tmp_path, "Hội Nông dân xã Đông Khê đại hội nhiệm kì 2023 – 2028\nSáng 9/3, Hội Nông dân xã Đông "
                          "Khê tổ chức Đại hội đại biểu nhiệm kì 2023 – 2028.\n") == "2023-03-09"


def test_two_days_joined_by_an_ampersand_date_the_first(tmp_path):
    assert _day(tmp_path, "Trong 02 ngày 14&15/5/2024, tại hội trường Huyện ủy, Hội Nông dân huyện Lạc Sơn tổ chức "
                          "Đại hội đại biểu lần thứ X.\n") == "2024-05-14"
    # ... a single day still is that day
    assert _day(tmp_path, "Ngày 15/5/2024, tại hội trường Huyện ủy, Hội Nông dân huyện Lạc Sơn tổ chức Đại hội "
                          "đại biểu lần thứ X.\n") == "2024-05-15"


def test_a_gallery_s_captions_before_the_lead_do_not_use_up_its_window(tmp_path):
    captions = "".join(f"Đại biểu số {n} phát biểu ý kiến tại buổi làm việc. Ảnh: Minh Châu\n" for n in range(9))
    assert _day(tmp_path, "Huyện ủy Lạc Sơn làm việc với xã Đông Khê\n" + captions + "Sáng 9/10/2024, Ban "
                          "Thường vụ Huyện ủy Lạc Sơn làm việc với Đảng ủy xã Đông Khê.\n") == "2024-10-09"
    # ... nine sentences of the story itself before a date: no lead date any more
    story = "".join(f"Xã Đông Khê có {n} thôn đạt chuẩn văn hóa trong năm qua.\n" for n in range(9))
    assert _day(tmp_path, "Huyện ủy Lạc Sơn làm việc với xã Đông Khê\n" + story + "Sáng 9/10/2024, Ban "
                          "Thường vụ Huyện ủy Lạc Sơn làm việc với Đảng ủy xã Đông Khê.\n") is None


def test_review5_a_relative_will_after_other_event_verbs(tmp_path):
    # (review R6: "phát động", "tập huấn" are the clause's own verbs too)
    assert _day(tmp_path, "Hội nghị\nSáng 9/3/2024 Huyện đoàn Lạc Sơn phát động chiến dịch tình nguyện sẽ kéo dài "
                          "đến hết tháng 7.\n") == "2024-03-09"
    assert _day(tmp_path, "Hội nghị\nSáng 9/3/2024 Phòng Tư pháp huyện Lạc Sơn tập huấn các quy định sẽ có hiệu lực "
                          "từ tháng 7.\n") == "2024-03-09"


def test_review5_a_plan_said_with_co_then_will_is_announced(tmp_path):
    # (review R12: "có kế hoạch sẽ tổ chức" announces the event)
    assert _day(tmp_path, "Kỳ họp HĐND\nSáng 16/3/2024 Thường trực HĐND huyện Lạc Sơn có kế hoạch sẽ tổ chức kỳ "
                          "họp thứ 12.\n") is None


def test_a_today_widget_dates_no_meeting(tmp_path):
    # ("Hôm nay:<date>" is the day the page was shown, furniture)
    assert _day(tmp_path, "Hội Nông dân xã Đông Khê thăm hộ nghèo\nHôm nay:22/11/2024\nNhân mùa Giáng sinh, lãnh đạo "
                          "xã Đông Khê đã đến thăm và tặng quà các giáo xứ trên địa bàn.\n") is None
    # ... a lead opening on "Hôm nay" with a comma is the story's
    assert _day(tmp_path, "Hội Nông dân xã Đông Khê thăm hộ nghèo\nHôm nay (22/11/2024), lãnh đạo xã Đông Khê đã "
                          "đến thăm và tặng quà các hộ nghèo trên địa bàn.\n") == "2024-11-22"

"""Meeting days of round 12 (kg.extract.meeting.event_days, day_years, year_cues, told_days): the
meeting's own item on a list page, the event's days told by "diễn ra", a document issued, quarters.
Every sentence is invented."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


# -- the meeting's own item on a list page -------------------------------------------------------------

def test_another_item_s_year_does_not_date_the_first_item(tmp_path):
    # a digest: each line opens on its own day; the second item's year is its own
    text = ("Sáng 14/11, Hội Nông dân huyện Yên Thế tổ chức hội nghị sơ kết công tác Hội.\n"
            "Chiều 12/11, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác giảm nghèo năm 2031.\n")
    assert _day(tmp_path, text) == "--11-14"


def test_another_item_of_the_same_day_and_its_anniversary_do_not_date_the_first(tmp_path):
    text = ("Sáng 3/3, đồng chí Lò Văn Kiên, Phó Bí thư Tỉnh ủy đến thăm các gia đình chính sách xã Nà Hẩu.\n"
            "Sáng 3/3, Tỉnh đoàn tổ chức lễ ra quân nhân kỷ niệm 100 năm ngày thành lập Đoàn (26/3/1931 – 26/3/2031).\n")
    assert _day(tmp_path, text) == "--03-03"


def test_the_item_s_own_year_still_dates_it(tmp_path):
    # the negative: a year in the meeting's own item
    text = ("Sáng 14/11, Hội Nông dân huyện Yên Thế tổ chức hội nghị sơ kết công tác Hội năm 2031.\n"
            "Chiều 12/11, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác giảm nghèo năm 2029.\n")
    assert _day(tmp_path, text) == "2031-11-14"


def test_a_caption_s_day_before_the_lead_is_no_item(tmp_path):
    # the negative: the meeting's day read from a caption that does not open on it; the lead on the same
    # day is the same story's, and its year dates the meeting
    text = ("Bà Đinh Thị Hoa phát biểu tại đại hội ngày 9-10 - Ảnh: MINH AN\n"
            "Ngày 9-10, Hội Liên hiệp phụ nữ tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ XV năm 2031.\n")
    assert _day(tmp_path, text) == "2031-10-09"


# -- the event's days told in the story ------------------------------------------------------------------

def test_a_lower_case_sentence_with_the_days_is_read(tmp_path):
    # (past the lead, a sentence with no capital after its first letter was not scanned: the days were lost)
    text = ("Nông dân hai tỉnh học hỏi kinh nghiệm\n\n"
            "Hội Nông dân tỉnh Bắc Kạn vừa có chuyến công tác tại tỉnh Lâm Đồng.\n"
            "Đoàn do ông Hoàng Văn Mạ, Chủ tịch Hội Nông dân tỉnh Bắc Kạn làm trưởng đoàn.\n"
            "Hai bên trao đổi kinh nghiệm trồng rau sạch.\n"
            "Đoàn cũng thăm một số hợp tác xã của tỉnh bạn.\n"
            "Các hội viên dự một buổi tập huấn.\n"
            "đợt khảo sát diễn ra từ ngày 7 - 9/8.\n")
    assert _day(tmp_path, text) == "--08-07"


def test_a_range_to_the_end_of_its_last_day(tmp_path):
    assert _day(tmp_path, "Diễn ra từ 3 đến hết ngày 8/10, hội thi cán bộ hội giỏi do Hội Nông dân tỉnh Tuyên "
                          "Quang tổ chức tại huyện Sơn Dương có 18 đội dự thi.\n") == "--10-03"


def test_a_range_fronted_after_a_label_s_colon(tmp_path):
    assert _day(tmp_path, "Bản tin nông nghiệp tỉnh Bắc Kạn: Từ 12 - 15/7, Hội Nông dân tỉnh tổ chức lớp tập huấn "
                          "kỹ thuật trồng cây ăn quả cho 60 hội viên.\n") == "--07-12"


def test_a_schedule_after_a_colon_is_not_fronted(tmp_path):
    # the negative: the days a colon opens, not set off by a comma, are a schedule's
    text = ("Hội Nông dân tỉnh Lai Châu thông báo lịch làm việc của đoàn công tác tại các huyện: từ 12 - 15/7 "
            "tại huyện Sìn Hồ và huyện Phong Thổ.\nSáng 20/7, Hội Nông dân tỉnh Lai Châu tổ chức hội nghị sơ kết "
            "công tác 6 tháng đầu năm.\n")
    assert _day(tmp_path, text) == "--07-20"


# -- a name's date, a document's day ----------------------------------------------------------------------

def test_a_date_inside_a_quoted_name_is_no_event_s(tmp_path):
    text = ("Đoàn công tác Hội Nông dân tỉnh Sơn La đến thăm, làm việc với Hội Nông dân tỉnh Hủa Phăn. Hai bên ký biên "
            "bản tiếp tục thực hiện Thỏa thuận \"Viêng Chăn ngày 3-4-2030\" giữa hai Hội.\n")
    assert _day(tmp_path, text) is None


def test_a_date_after_a_closed_quotation_is_the_event_s(tmp_path):
    # the negatives: the quotation closed before the date, by the other mark, or an excerpt that opens inside one
    assert _day(tmp_path, "Hội thảo \"Thanh niên với kinh tế xanh” diễn ra ngày 14-8 tại Trung tâm Hội nghị "
                          "tỉnh Điện Biên.\n") == "--08-14"
    assert _day(tmp_path, "Đoàn kết, sáng tạo” là chủ đề Đại hội Hội Cựu chiến binh huyện Mường Chà tổ chức sáng "
                          "ngày 20/9.\n") == "--09-20"


def test_the_day_a_second_decision_was_issued_too_dates_no_ceremony(tmp_path):
    text = ("Công tác cán bộ\n\nUBND huyện Mường Chà đã có Quyết định số 412/QĐ-UBND, ngày 5/6/2031 về việc bổ nhiệm "
            "bà Lò Thị Pọm giữ chức Trưởng phòng Nội vụ huyện. Cùng ngày 5/6/2031, UBND huyện cũng đã ban hành Quyết "
            "định số 413/QĐ-UBND về việc điều động ông Quàng Văn Dũng. Tại buổi trao quyết định, Chủ tịch UBND huyện "
            "giao nhiệm vụ cho hai cán bộ.\n")
    assert _day(tmp_path, text) is None


def test_a_ceremony_held_the_same_day_keeps_it(tmp_path):
    # the negative: the same day's ceremony, held, not a document issued
    text = ("Công tác cán bộ\n\nCùng ngày 5/6/2031, UBND huyện Mường Chà cũng tổ chức lễ trao quyết định điều động "
            "ông Quàng Văn Dũng.\n")
    assert _day(tmp_path, text) == "2031-06-05"


# -- a year written in the lead for the meeting ----------------------------------------------------------

def test_the_new_year_the_lead_opens_or_greets(tmp_path):
    assert _day(tmp_path, "Hội Doanh nhân trẻ tỉnh Cà Mau gặp mặt hội viên vào chiều 3/1 để cùng bước vào năm mới "
                          "2031 với nhiều dự định.\n") == "2031-01-03"
    assert _day(tmp_path, "Chiều 29/11, Ban Dân vận Thị ủy Sa Pa gặp mặt già làng, trưởng bản, gửi lời chúc sức khỏe "
                          "trước thềm năm mới 2031.\n") == "2030-11-29"


def test_a_new_year_named_mid_year_dates_nothing(tmp_path):
    # the negative: no new year is near a June meeting
    assert _day(tmp_path, "Sáng 12/6, Thị ủy Sa Pa họp bàn phương án phục vụ du khách dịp năm mới 2031.\n") == "--06-12"


def test_the_quarter_planned_next_dates_its_eve(tmp_path):
    assert _day(tmp_path, "Chiều 27/9, Hội Liên hiệp Phụ nữ tỉnh Lai Châu họp giao ban, triển khai nhiệm vụ "
                          "quý IV.2031.\n") == "2031-09-27"
    assert _day(tmp_path, "Chiều 30/12, Liên đoàn Lao động tỉnh Kiên Giang giao chỉ tiêu quý I/2032 cho các công đoàn "
                          "cơ sở tại cuộc họp giao ban.\n") == "2031-12-30"


def test_a_quarter_far_from_the_meeting_dates_nothing(tmp_path):
    assert _day(tmp_path, "Trưa 12/6, Liên đoàn Lao động tỉnh Kiên Giang họp giao ban, dự kiến chỉ tiêu quý "
                          "IV.2031.\n") == "--06-12"


def test_a_decision_handed_over_dates_its_ceremony(tmp_path):
    assert _day(tmp_path, "Chiều 9/5, Sở Y tế tỉnh Cà Mau tổ chức lễ công bố Quyết định số 702/QĐ-UBND "
                          "ngày 30/4/2031 của UBND tỉnh về việc thành lập Trung tâm Kiểm nghiệm.\n") == "2031-05-09"
    # (across New Year: handed over early in January, signed late in December)
    assert _day(tmp_path, "Sáng 6/1, Hội Khuyến học tỉnh Cà Mau tổ chức lễ đón nhận giấy khen theo Quyết định số 31/QĐ-KH ngày "
                          "22/12/2030 của Trung ương Hội.\n") == "2031-01-06"


def test_a_decision_carried_out_or_long_before_dates_nothing(tmp_path):
    # the negatives: a resolution carried out (years old), a decision handed over months after it was issued
    assert _day(tmp_path, "Ngày 10/3, Đoàn giám sát thực hiện Nghị quyết số 7-NQ/TU ngày 2/3/2021 của Tỉnh ủy Lai Châu "
                          "làm việc với Huyện ủy Mường Chà.\n") == "--03-10"
    assert _day(tmp_path, "Chiều 9/5, Sở Y tế tỉnh Cà Mau tổ chức lễ công bố Quyết định số 702/QĐ-UBND "
                          "ngày 11/10/2030 của UBND tỉnh.\n") == "--05-09"


def test_a_review_of_the_years_something_was_carried_out(tmp_path):
    assert _day(tmp_path, "Tối 2/12, Huyện đoàn Đầm Dơi tổ chức tổng kết 3 năm triển khai chương trình thắp sáng "
                          "đường quê giai đoạn 2028-2031, tuyên dương 12 chi đoàn.\n") == "2031-12-02"
    assert _day(tmp_path, "Trưa 15/4, Công an tỉnh Sóc Trăng sơ kết 4 năm thi hành Quyết định số 90/QĐ-CA, ban hành "
                          "ngày 1/3/2027 về phong trào toàn dân bảo vệ an ninh.\n") == "2031-04-15"


def test_a_review_whose_count_fits_no_start_dates_nothing(tmp_path):
    # the negatives: a period of another length; a review early in the year after the period (no telling)
    assert _day(tmp_path, "Tối 2/12, Huyện đoàn Đầm Dơi tổ chức tổng kết 3 năm triển khai chương trình thắp sáng "
                          "đường quê giai đoạn 2026-2031.\n") == "--12-02"
    assert _day(tmp_path, "Tối 2/2, Huyện đoàn Đầm Dơi tổ chức tổng kết 3 năm triển khai chương trình thắp sáng "
                          "đường quê giai đoạn 2028-2031.\n") == "--02-02"


def test_a_campaign_month_named_with_its_year(tmp_path):
    assert _day(tmp_path, "Chiều 3/6, Liên đoàn Lao động huyện Krông Pa trao quà cho đoàn viên khó khăn, khép lại "
                          "Tháng Công nhân 2031.\n") == "2031-06-03"


def test_a_campaign_month_without_its_year_dates_nothing(tmp_path):
    # the negative: "năm nay" names no year
    assert _day(tmp_path, "Chiều 3/6, Liên đoàn Lao động huyện Krông Pa trao quà cho đoàn viên khó khăn, khép lại "
                          "Tháng Công nhân năm nay.\n") == "--06-03"

"""Headlines, stamps, bylines, meeting days and kinds of the tenth round (kg.extract.structure,
kg.extract.meeting): invented sentences, each with a near one the rule leaves alone."""
from __future__ import annotations

from kg.extract.structure.structure import analyse
from test_stage_structure_r9 import _day  # one reader of a meeting's day ("2023-12-09", "--05-09")

_TITLE = "Nông dân Đông Khê sơ kết phong trào sản xuất giỏi"
_LEAD = ("Sáng 9/10, Hội Nông dân xã Đông Khê tổ chức hội nghị sơ kết phong trào nông dân sản xuất giỏi "
         "với sự tham dự của 80 hội viên.\n")
_MORE = ("Hội nghị đã đánh giá kết quả phong trào trong năm qua và đề ra phương hướng cho thời gian tới.\n\n"
         "Dịp này, Hội trao giấy khen cho 12 hộ nông dân có thành tích xuất sắc trong phong trào.\n")


# -- bylines -----------------------------------------------------------------------------------------

def test_dotted_initials_with_the_bar_of_their_row_under_the_title_are_the_writer():
    st = analyse(f"{_TITLE}\n\nK.Đ |\n\n{_LEAD}\n{_MORE}")
    assert st.authors == ["K.Đ"] and st.headline_text == _TITLE
    # (a row of two undotted letters and a bar is still the page's furniture there)
    st = analyse(f"{_TITLE}\n\nkđ |\n\n{_LEAD}\n{_MORE}")
    assert st.authors == []


def test_a_bracketed_credit_without_its_colon_closes_a_caption():
    text = f"{_TITLE}\n\n{_LEAD}\nÔng Hà Văn Tư phát biểu tại hội nghị (ảnh T. Lan)\n\n{_MORE}"
    assert analyse(text).authors == ["T. Lan"]
    text = f"{_TITLE}\n\n{_LEAD}\nQuang cảnh hội nghị (ảnh Kim Thoa/dongkhe.gov.vn) |\n\n{_MORE}"
    assert analyse(text).authors == ["Kim Thoa"]


def test_a_bracket_of_a_photo_s_kind_names_no_one():
    for kind in ("ảnh tư liệu", "ảnh minh họa", "ảnh chụp màn hình", "ảnh TTXVN", "ảnh Hội Nông dân xã"):
        text = f"{_TITLE}\n\n{_LEAD}\nQuang cảnh hội nghị ({kind})\n\n{_MORE}"
        assert analyse(text).authors == [], kind


def test_a_photo_label_before_a_person_addressed_is_a_caption():
    text = f"{_TITLE}\n\n{_LEAD}\nẢnh: Ông Hà Văn Tư – Phó Chủ tịch UBND xã phát biểu\n\n{_MORE}"
    assert analyse(text).authors == []
    text = f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nẢnh: Bà Lò Thị Sen\n"
    assert analyse(text).authors == []
    # (the photographer's own name after the label stays a credit)
    text = f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nẢnh: Lò Thị Sen\n"
    assert analyse(text).authors == ["Lò Thị Sen"]


# -- headlines -------------------------------------------------------------------------------------

def test_a_views_counter_in_brackets_after_the_title_is_no_part_of_it():
    st = analyse(f"{_TITLE} (Lượt xem: 1.204)\n\n{_LEAD}")
    assert st.headline_text == _TITLE
    # (a bracket of the title's own words stays)
    st = analyse(f"{_TITLE} (đợt 2: 2025)\n\n{_LEAD}")
    assert st.headline_text == f"{_TITLE} (đợt 2: 2025)"


def test_a_notice_with_its_close_button_is_furniture():
    text = f"Trang dùng cookie để phục vụ bạn tốt hơn. Đóng\n\n{_TITLE}\n\n{_LEAD}"
    assert analyse(text).headline_text == _TITLE
    # (a title that ends on the word is no notice: no sentence's stop before it)
    assert analyse(f"Đông Khê sơ kết, hội viên chờ cửa kho đóng\n\n{_LEAD}").headline_text == \
        "Đông Khê sơ kết, hội viên chờ cửa kho đóng"


def test_a_document_s_preamble_opening_the_page_is_no_title():
    text = ("Căn cứ Kế hoạch số 7/KH-HĐND của Thường trực HĐND huyện về việc đối thoại với thanh niên năm 2031.\n"
            "Chiều ngày 4/8/2025, đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê tại hội trường xã.\n")
    assert analyse(text).headline_text is None
    # (a title over the same lead stays one)
    assert analyse("Đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê\n" + text.split("\n", 1)[1]).headline_text == \
        "Đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê"


# -- meeting days ----------------------------------------------------------------------------------

def test_a_day_told_from_the_page_s_after_the_lead_s_subject(tmp_path):
    text = (" date 2031-04-02 Huyện ủy Đông Khê sáng nay mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới "
            "của huyện.\n\nLớp học do đồng chí Hà Văn Tư, Phó Bí thư Huyện ủy chủ trì.\n")
    assert _day(tmp_path, text) == "2031-04-02"
    text = ("Đông Khê kiểm tra công tác phòng chống hạn mặn\n05/03/2031Để nắm tình hình phòng chống hạn mặn tại các xã "
            "ven biển, sáng hôm qua, ông Hà Văn Tư, Phó Chủ tịch UBND tỉnh Đông Khê "
            "đã chủ trì cuộc họp với các sở, ngành.\n")
    assert _day(tmp_path, text) == "2031-03-04"


def test_a_day_told_from_the_page_s_for_a_plan_dates_no_meeting(tmp_path):
    text = (" date 2031-04-02 Huyện ủy Đông Khê sẽ mở vào chiều nay lớp bồi dưỡng lý luận chính trị cho đảng viên mới "
            "của huyện.\n\nLớp học do đồng chí Hà Văn Tư, Phó Bí thư Huyện ủy chủ trì.\n")
    assert _day(tmp_path, text) is None
    # ("ngày nay", nowadays, tells no day)
    text = (" date 2031-04-02 Hội Nông dân xã Đông Khê ngày nay tổ chức nhiều hội nghị chuyên đề cho hội viên "
            "về sản xuất giỏi.\n\nHội nghị do đồng chí Hà Văn Tư, Chủ tịch Hội Nông dân xã chủ trì.\n")
    assert _day(tmp_path, text) is None


# -- links to other stories ------------------------------------------------------------------------

_TEASERS = ("Làng nghề ven sông Trung Hà rộn ràng vào mùa đan lát cuối năm…\n"
            "Chương trình chuyển đổi số của tỉnh Đông Khê giai đoạn 2031 - 2035,…\n"
            "Nông dân vùng bãi bồi thu hoạch lứa ngô đông sớm hơn mọi năm…\n")


def test_a_run_of_cut_links_ends_the_story_and_the_initials_over_them_sign_it():
    st = analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nKT\n{_TEASERS}")
    assert st.authors == ["KT"]
    assert not any("thành phố" in st.lines[i] for i in st.story)


def test_one_or_two_lines_cut_with_an_ellipsis_stay_the_story_s():
    text = (f"{_TITLE}\n\n{_LEAD}\nHội nghị đã thảo luận về phương hướng năm tới, các giải pháp…\n"
            "Các đại biểu thống nhất cao với báo cáo của Ban Thường vụ…\n")
    st = analyse(text)
    assert sum("…" in st.lines[i] for i in st.story) == 2


def test_titles_led_by_their_place_inside_the_story_are_links_and_date_nothing(tmp_path):
    text = ("Đông Khê: Trao nhà Đại đoàn kết cho gia đình khó khăn\n\n(Mặt trận) - Ngày 18/8, Ủy ban MTTQ Việt Nam "
            "xã Đông Khê tổ chức trao nhà Đại đoàn kết cho gia đình bà Lò Thị Hoa.\n\n"
            "Nam Định: Phó Chủ tịch UBND tỉnh dự lễ phát động Tháng hành động vì trẻ em năm 2031\n\n"
            "Cao Bằng: Hội Cựu chiến binh tỉnh sửa nhà cho ba hội viên neo đơn\n\n"
            "Ngôi nhà được dựng trong 40 ngày, kinh phí hơn 80 triệu đồng.\n")
    assert _day(tmp_path, text) == "--08-18"
    st = analyse(text)
    assert not any(st.lines[i].startswith(("Nam Định", "Cao Bằng")) for i in st.story)
    # (another province's title may open on a figure: "Nam Định: 95% thôn ...")
    st = analyse(text.replace("Phó Chủ tịch UBND tỉnh dự lễ phát động", "95% thôn, tổ dân phố hưởng ứng"))
    assert not any(st.lines[i].startswith(("Nam Định", "Cao Bằng")) for i in st.story)
    # (one such line alone is the story's: a subheading)
    one = text.replace("Cao Bằng: Hội Cựu chiến binh tỉnh sửa nhà cho ba hội viên neo đơn\n\n", "")
    assert any(analyse(one).lines[i].startswith("Nam Định") for i in analyse(one).story)


def test_a_season_s_or_a_spring_s_year_in_lower_case_dates_the_meeting(tmp_path):
    text = ("Ngày 30.1, Hội Người cao tuổi tỉnh Đông Khê gặp mặt hội viên đón xuân Canh Ngọ 2029 tại nhà văn hóa.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Chủ tịch Hội.\n")
    assert _day(tmp_path, text) == "2029-01-30"
    text = ("Ngày 14-6, Huyện đoàn Đông Khê tổ chức lễ ra quân làm sạch kênh mương mùa hè 2031 tại xã Trung Hà.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Bí thư Huyện đoàn.\n")
    assert _day(tmp_path, text) == "2031-06-14"
    # (no year named: the day alone)
    text = ("Ngày 14-6, Huyện đoàn Đông Khê tổ chức lễ ra quân làm sạch kênh mương mùa hè tại xã Trung Hà.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Bí thư Huyện đoàn.\n")
    assert _day(tmp_path, text) == "--06-14"


def test_days_listed_before_the_last_date_a_meeting_by_its_first():
    from kg.extract.structure.dates import day_dates
    assert [(d.day, d.month, d.year) for d in day_dates("Các ngày 6,7 và 8/9/2030, Hội Nông dân tỉnh")] == [(6, 9, 2030)]
    assert [(d.day, d.month) for d in day_dates("Trong 3 ngày 3, 4, 5/8, Đảng bộ huyện")] == [(3, 8)]
    # (a number with its decimal comma is no day of a list)
    assert [(d.day, d.month) for d in day_dates("Sản lượng tăng 3,4 lần; ngày 5/8, Hội nghị")] == [(5, 8)]


def test_two_clauses_a_semicolon_joins_over_the_page_s_stamp_are_the_title():
    title = ("Hoàn thành các chỉ tiêu kinh tế năm 2029; sẵn sàng cho cuộc bầu cử đại biểu HĐND các cấp, "
             "hướng tới kỷ niệm 50 năm thành lập huyện Đông Khê")
    text = f"Hoạt động Đảng\n\n{title}\nNgày đăng 17/07/2029 | 09:15 | Lượt xem: 85\n\n{_LEAD}"
    assert analyse(text).headline_text == title
    # (a list of those present over the stamp runs to more semicolons: no title)
    roll = "Ông Hà Văn Tư, Bí thư Huyện ủy; bà Lò Thị Sen, Chủ tịch UBND huyện; ông Vi Văn Ba, Phó Chủ tịch"
    assert analyse(f"{roll}\nNgày đăng 17/07/2029 | 09:15\n\n{_LEAD}").headline_text is None
    # (nor is a semicolon's line with no stamp under it)
    assert analyse(f"Hoạt động Đảng\n\n{title}\n\n{_LEAD}").headline_text is None


def test_a_section_of_one_part_after_a_stored_page_s_date_marker_is_no_part_of_the_title():
    st = analyse(" date 2029-07-08 Chính trị Xã Đông Khê: Chung sức làm đường giao thông nông thôn\n\n" + _LEAD)
    assert st.headline_text == "Xã Đông Khê: Chung sức làm đường giao thông nông thôn"
    # (without the marker, the words stay the title's)
    st = analyse("Chính trị Xã Đông Khê: Chung sức làm đường giao thông nông thôn\n\n" + _LEAD)
    assert st.headline_text == "Chính trị Xã Đông Khê: Chung sức làm đường giao thông nông thôn"


# -- meeting kinds ---------------------------------------------------------------------------------

def _kind(tmp_path, text: str):
    from test_extract import facts_of
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


def test_a_credited_caption_over_the_lead_gives_way_to_the_kind_the_lead_names(tmp_path):
    text = ("Các hội viên mới của Hội Cựu chiến binh xã Đông Khê nhận thẻ hội viên tại lễ ra mắt. Ảnh: Thu Hà\n\n"
            "Tại Đại hội, các đại biểu đã bầu 15 đồng chí vào Ban Chấp hành Hội Cựu chiến binh xã Đông Khê; "
            "ông Hà Văn Tư được bầu làm Chủ tịch Hội.\n")
    assert _kind(tmp_path, text) == "Congress"
    text = ("Ông Hà Văn Tư, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại hội nghị. (Ảnh: Thu Hà/TTXVN)\n\n"
            "Ngày 9/5, Đoàn giám sát do ông Hà Văn Tư làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy "
            "Đông Khê về công tác cán bộ.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_credited_caption_over_a_lead_that_names_no_event_keeps_its_kind(tmp_path):
    text = ("Ông Hà Văn Tư, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đông Khê tặng quà chúc mừng Lễ Giáng sinh cho "
            "Giáo xứ Trung Hà. Ảnh: Thu Hà\n\nThay mặt lãnh đạo tỉnh, ông Hà Văn Tư chúc các linh mục và bà con "
            "giáo dân đón mùa Giáng sinh an lành.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_respects_paid_on_the_trip_the_lead_opens_on_are_a_visit_s(tmp_path):
    text = ("Trong khuôn khổ chuyến thăm hữu nghị tại tỉnh Xiêng Khoảng (Lào), sáng 18/2, đoàn đại biểu "
            "tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đến dâng hương tại Đài tưởng niệm liệt sĩ.\n")
    assert _kind(tmp_path, text) == "Visit"
    # (the work the trip frames is a working session)
    text = ("Trong khuôn khổ chuyến thăm hữu nghị tại tỉnh Xiêng Khoảng (Lào), sáng 18/2, đoàn đại biểu "
            "tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đã làm việc với Tỉnh ủy Xiêng Khoảng.\n")
    assert _kind(tmp_path, text) == "WorkingSession"
    # (respects paid with no trip framing them stay a ceremony)
    text = ("Sáng 18/2, đoàn đại biểu tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đến dâng hương "
            "tại Đài tưởng niệm liệt sĩ của tỉnh.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_an_inspection_s_decision_announced_is_a_conference(tmp_path):
    text = ("(ĐK) - Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy kiểm tra việc thực hiện quy chế dân chủ tại Huyện ủy Đông Khê.\n\n"
            "Ngày 2-10, đoàn kiểm tra do ông Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn công bố quyết "
            "định kiểm tra đối với Ban Thường vụ Huyện ủy Đông Khê.\n")
    assert _kind(tmp_path, text) == "Conference"
    text = ("Thông báo kết quả giám sát đối với Ban Thường vụ Huyện ủy Đông Khê\n\nCông tác giám sát là nhiệm vụ "
            "thường xuyên của Ban Thường vụ Tỉnh ủy.\n\nChiều 19/11, ông Hà Văn Tư, Phó Bí thư Tỉnh ủy chủ trì Hội "
            "nghị thông báo kết quả giám sát đối với Ban Thường vụ Huyện ủy Đông Khê.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_an_inspection_team_working_with_the_body_stays_a_working_session(tmp_path):
    text = ("Ngày 7/6, Đoàn kiểm tra do ông Hà Văn Tư làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy "
            "Đông Khê để triển khai quyết định kiểm tra năm 2028.\n")
    assert _kind(tmp_path, text) == "WorkingSession"
    text = ("Ngày 7/6, Đoàn kiểm tra do ông Hà Văn Tư làm trưởng đoàn đã kiểm tra công tác lãnh đạo của Ban "
            "Thường vụ Tỉnh ủy Đông Khê.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_plan_of_the_year_dated_as_running_dates_a_late_meeting_in_that_year(tmp_path):
    text = ("Chiều 19/11, Hội nghị thông báo kết quả kiểm tra đối với Huyện ủy Đông Khê do Phó Bí thư Tỉnh ủy "
            "Hà Văn Tư chủ trì.\n\nÔng Hà Văn Tư cho biết ngày 3/6/2031, Tổ công tác đã triển khai "
            "kế hoạch giám sát năm 2031 tại Huyện ủy.\n")
    assert _day(tmp_path, text) == "2031-11-19"
    # (the plan of the year ahead, set late in the year before, with no date of its own)
    text = ("Chiều 19/11, Huyện ủy Đông Khê tổ chức hội nghị triển khai kế hoạch kiểm tra năm 2031, do ông Hà "
            "Văn Tư, Bí thư Huyện ủy chủ trì.\n")
    assert _day(tmp_path, text) == "2030-11-19"


def test_a_bare_date_closing_the_title_s_line_dates_the_page():
    st = analyse(f"{_TITLE} 08/10/2029\n\n{_LEAD}")
    assert st.headline_text == _TITLE and str(st.published) == "2029-10-08"
    # (the event's own day, its day word before it, is no stamp)
    st = analyse(f"{_TITLE} ngày 08/10/2029\n\n{_LEAD}")
    assert st.published is None


def test_one_word_in_capitals_longer_than_initials_credits_no_one():
    from kg.extract.structure.bylines import photo_credit
    assert photo_credit("Đại biểu trao học bổng cho học sinh. Ảnh: TXVN") == []
    assert photo_credit("Các đại biểu chụp ảnh lưu niệm; Ảnh: NGUYỄ") == []
    # (initials, and a name in capitals, stay the photographer's)
    assert photo_credit("Đại biểu trao học bổng. Ảnh: HT") == ["HT"]
    assert photo_credit("Đại biểu trao học bổng. Ảnh: LÒ THU HÀ") == ["Lò Thu Hà"]


def test_a_list_of_places_and_their_people_or_figures_stays_the_story_s():
    text = ("Đông Khê: Tổng kết công tác dân vận năm 2029\n\n" + _LEAD + "\nTham dự có:\n\n"
            "Thái Bình: Ông Hà Văn Tư, Phó Chủ tịch Hội Nông dân tỉnh, Trưởng đoàn\n\n"
            "Hà Giang: Bà Lò Thị Sen, Phó Chủ tịch Hội Nông dân tỉnh, Trưởng đoàn\n\n" + _MORE)
    st = analyse(text)
    assert sum(st.lines[i].startswith(("Thái Bình", "Hà Giang")) for i in st.story) == 2 and not st.teasers
    text = ("Đông Khê: Tổng kết công tác dân vận năm 2029\n\n" + _LEAD + "\n"
            "Huyện Trung Hà: 15/15 chi bộ hoàn thành đại hội nhiệm kỳ mới đúng kế hoạch\n\n"
            "Huyện Bình Giang: 12/12 chi bộ hoàn thành đại hội nhiệm kỳ mới đúng kế hoạch\n\n" + _MORE)
    assert not analyse(text).teasers


def test_the_lead_s_own_day_after_a_glued_stamp_dates_the_meeting(tmp_path):
    text = ("Hội Nông dân huyện Đông Khê họp mặt kỷ niệm ngày thành lập\n12/10/2030Chiều nay (12/10), Hội Nông dân "
            "huyện Đông Khê tổ chức họp mặt kỷ niệm ngày thành lập với 120 hội viên.\n")
    assert _day(tmp_path, text) == "2030-10-12"


def test_a_list_page_s_teasers_that_name_no_event_give_way_to_the_first_dated_item(tmp_path):
    text = ("Những cánh đồng lúa của Đông Khê đang vào mùa gặt với năng suất cao hơn mọi năm.\n"
            "Mỗi cán bộ trong dịp đại hội hội viên các cấp cần gần dân, sát dân hơn nữa.\n"
            "Ngày 15/9, Thường trực HĐND tỉnh Đông Khê tổ chức Hội nghị góp ý về chương trình giám sát năm tới. "
            "Đồng chí Hà Văn Tư, Phó Chủ tịch HĐND tỉnh chủ trì Hội nghị.\n")
    assert _kind(tmp_path, text) == "Conference"
    # (a first sentence that names its event keeps it)
    text = ("Huyện ủy Đông Khê trao Huy hiệu Đảng cho 20 đảng viên cao tuổi của huyện.\n"
            "Ngày 15/9, Hội nghị Ban Thường vụ Huyện ủy Đông Khê thảo luận về công tác cán bộ.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_the_closing_line_s_writer_and_the_unit_after_a_comma():
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n(Lò Văn Ba, Hội Nông dân xã Trung Hà)\n").authors == ["Lò Văn Ba"]
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n Kim Thoa, Phóng viên Đài huyện\n").authors == ["Kim Thoa"]
    # (a title held there is a person's, no writer's; a place and its date are a document's)
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Văn Ba, Chủ tịch UBND xã Trung Hà\n").authors == []
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nHà Nội, ngày 5 tháng 3 năm 2029\n").authors == []


def test_a_portal_s_tools_box_under_the_story_is_furniture():
    text = (f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nL.T.B\n\nNguồn. dongkhe.gov.vn\n\nTiện ích thông tin\nNguồn tin\nQR Code\n"
            "QR CODE: Xã Đông Khê sơ kết phong trào sản xuất gi")
    st = analyse(text)
    assert st.authors == ["L.T.B"]
    assert not any(st.lines[i].startswith(("Tiện ích", "QR")) for i in st.story)


def test_titles_in_a_run_under_the_writer_s_closing_name_are_links(tmp_path):
    links = ("Hội thi hòa giải viên giỏi tỉnh Trung Hà thu hút ba mươi đội tham gia\n"
             "Thủ tướng dự hội nghị xúc tiến đầu tư vào vùng duyên hải phía bắc\n"
             "Thẻ căn cước của học sinh được cấp xong trước ngày 1-9-2036\n")
    st = analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Thu Hà\n\n{links}")
    assert st.authors == ["Lò Thu Hà"] and st.teasers
    assert _day(tmp_path, f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Thu Hà\n\n{links}") == "--10-09"
    # (titles with no name over them stay: a gallery's captions may close a story so)
    st = analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n{links}")
    assert not st.teasers


def test_the_year_an_anniversary_counts_from_in_brackets_is_no_meeting_s(tmp_path):
    text = ("Sáng nay 14/2, Chủ tịch UBND tỉnh Đông Khê Hà Văn Tư tiếp đoàn đại biểu thành phố Trung Hà.\n\n"
            "Hai bên đang chuẩn bị kỷ niệm 10 năm thiết lập quan hệ hữu nghị (năm 2021).\n")
    assert _day(tmp_path, text) == "2031-02-14"
    from kg.extract.structure.text_years import years_in
    # (a bracket that writes the anniversary's own year, beside that year written again, stays that year)
    assert years_in("Lễ kỷ niệm 50 năm ngày giải phóng huyện (năm 2030) diễn ra trong năm 2030.") == [2030, 2030]


def test_a_figure_as_of_a_month_names_that_month_s_year(tmp_path):
    text = ("Sáng 20-6, Bí thư Tỉnh ủy Đông Khê Hà Văn Tư tiếp Đại sứ nước bạn đến thăm và làm việc tại tỉnh.\n\n"
            "Năm 2030, kim ngạch xuất khẩu của tỉnh sang nước bạn đạt 80 triệu USD. Tính đến tháng 5-2031, toàn tỉnh "
            "có 40 dự án của nước bạn.\n")
    assert _day(tmp_path, text) == "2031-06-20"
    from kg.extract.structure.text_years import years_in
    # (a month ahead, a target's, names no year of the text)
    assert years_in("Huyện phấn đấu đến tháng 6/2031 hoàn thành các tiêu chí.") == []

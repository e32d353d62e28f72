"""Headlines, stamps, bylines and meeting days of the ninth round (kg.extract.structure,
kg.extract.meeting.event_days): invented sentences, each with a near one the rule leaves alone."""
from __future__ import annotations

from kg.extract.structure.structure import analyse
from kg.extract.structure.title_marks import bracket_stamp, no_title, story_opener, without_section
from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")

_LEAD = ("Sáng 9/10, Hội Nông dân xã Đông Khê tổ chức hội nghị sơ kết phong trào nông dân sản xuất giỏi "
         "với sự tham dự của 80 hội viên.\n")


def _day(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return day(f.meetings[0]) if f.meetings else None


# -- headlines -------------------------------------------------------------------------------------

def test_a_section_label_glued_before_the_title_is_dropped():
    st = analyse(" date 2025-10 Thời sự - Chính trị Nông dân Đông Khê sơ kết phong trào sản xuất giỏi\n\n" + _LEAD)
    assert st.headline_text == "Nông dân Đông Khê sơ kết phong trào sản xuất giỏi"
    assert without_section("Tin tức - Sự kiện Hội Nông dân xã Đông Khê ra quân") == "Hội Nông dân xã Đông Khê ra quân"


def test_a_title_that_opens_on_a_section_s_words_keeps_them():
    # (a one-part section's word opens titles too; a label followed by lower case is the title's)
    assert without_section("Chính quyền xã Đông Khê đối thoại với nông dân") == "Chính quyền xã Đông Khê đối thoại với nông dân"
    assert without_section("Kiểm tra - giám sát việc thu chi quỹ Hội ở Đông Khê") == \
        "Kiểm tra - giám sát việc thu chi quỹ Hội ở Đông Khê"
    # (a topic's words in Title Case open the title too: only a site's own section labels go; review9b M2)
    assert without_section("Kiểm tra - Giám sát Chặt Chẽ Quỹ Hội Đông Khê") == "Kiểm tra - Giám sát Chặt Chẽ Quỹ Hội Đông Khê"
    # (nor is a short title emptied)
    assert without_section("Thời sự - Chính trị Đông Khê") == "Thời sự - Chính trị Đông Khê"


def test_a_stamp_in_brackets_after_the_title_dates_the_page():
    st = analyse("Đông Khê sơ kết phong trào nông dân sản xuất giỏi (12/10/2025 08:30)\n\n" + _LEAD)
    assert st.headline_text == "Đông Khê sơ kết phong trào nông dân sản xuất giỏi"
    assert str(st.published) == "2025-10-12"
    # (a bracket of other words after a title stays: no stamp)
    assert bracket_stamp("Đông Khê sơ kết phong trào (đợt 2)") == ("Đông Khê sơ kết phong trào (đợt 2)", None)
    # (a date alone there is the meeting's own day, no stamp: review9b M3)
    assert bracket_stamp("Đông Khê sơ kết phong trào quý I (12/3/2025)")[1] is None


def test_a_visitors_counter_is_no_headline():
    st = analyse("Thống kê truy cập\n\nSố lượng và lượt người truy cập\n\n  • Online 7\n\n  • Hôm nay 3120\n\n"
                 "  • Tổng 1.204.388\n\nĐông Khê sơ kết phong trào nông dân sản xuất giỏi\n\n" + _LEAD)
    assert st.headline_text == "Đông Khê sơ kết phong trào nông dân sản xuất giỏi"
    st = analyse("Truy cập hiện tại\n\nĐông Khê sơ kết phong trào nông dân sản xuất giỏi\n\n" + _LEAD)
    assert st.headline_text == "Đông Khê sơ kết phong trào nông dân sản xuất giỏi"


def test_a_number_after_a_word_that_is_no_counter_s_stays():
    # ("Phường 12": a unit's name and number, not a counter's row)
    from kg.extract.structure.page_chrome import is_chrome
    assert not is_chrome("Phường 12") and not is_chrome("Tổ dân phố 5")
    assert is_chrome("• Online 7") and is_chrome("Hôm nay 3120")


def test_a_portal_s_name_made_of_places_is_no_headline():
    st = analyse("Cổng thông tin điện tử\n\nXã Đông Khê - Huyện Lạc Sơn\n\nThống kê truy cập\n"
                 "Hội Nông dân huyện Lạc Sơn sơ kết phong trào sản xuất giỏi\nLượt xem: 120\n" + _LEAD)
    assert st.headline_text == "Hội Nông dân huyện Lạc Sơn sơ kết phong trào sản xuất giỏi"
    # ... a title that tells what a unit did, in lower-case words, is one
    assert not no_title("Huyện Lạc Sơn - Khê Bình ra quân làm giao thông nông thôn")
    # ... nor one in Title Case whose words after the dash are no place (review9b M6)
    assert not no_title("Xã Đông Khê - Điểm Sáng Dân Vận")


def test_a_document_s_place_and_date_is_no_headline_and_dates_no_meeting(tmp_path):
    text = ("Lạc Sơn, ngày 05 tháng 03 năm 2025\n\nSáng 9/10, Huyện ủy Lạc Sơn tổ chức hội nghị quán triệt "
            "nghị quyết của Tỉnh ủy cho cán bộ chủ chốt của huyện.\n")
    assert analyse(text).headline is None
    assert _day(tmp_path, text) == "--10-09"
    # ... a title that names a place and a day otherwise is a title
    assert not no_title("Lạc Sơn, ngày hội của nông dân sản xuất giỏi")


def test_a_caption_closed_by_its_credit_without_a_colon_is_no_headline():
    assert no_title("Chủ tịch Hội Nông dân xã trao giấy khen cho hội viên. Ảnh Thu Hà")
    # ... a title with "ảnh" among its words is a title
    assert not no_title("Triển lãm ảnh Đông Khê xưa và nay khai mạc")


def test_a_button_before_the_page_s_stamp_is_no_headline_and_no_writer():
    st = analyse("Print Thứ Hai, 13/10/2025 09:15\n\n" + _LEAD + "Trần Thu Hà\n")
    assert st.headline is None
    assert str(st.published) == "2025-10-13"
    assert "Print Thứ Hai" not in st.authors


def test_the_first_line_set_twice_with_its_full_stop_is_the_title():
    t = "Lãnh đạo huyện làm việc với xã Đông Khê về xây dựng nông thôn mới."
    st = analyse(t + "\n\n" + t + "\nĐồng chí Lê Văn Ba, Bí thư Huyện ủy, chủ trì buổi làm việc.\n" + _LEAD)
    assert st.headline_text == t
    # ... a lead set once with its full stop is no title
    assert analyse(t + "\nĐồng chí Lê Văn Ba, Bí thư Huyện ủy, chủ trì buổi làm việc.\n" + _LEAD).headline is None


def test_a_list_page_s_next_item_opens_as_a_lead():
    st = analyse("Thôn Khê Thượng tổ chức ngày hội đại đoàn kết năm 2025.\n\nCũng trong ngày 9/11, thôn Khê "
                 "Thượng xã Đông Khê đã long trọng tổ chức ngày hội đại đoàn kết năm 2025.\n")
    assert st.headline_text == "Thôn Khê Thượng tổ chức ngày hội đại đoàn kết năm 2025."


def test_a_month_first_stamp_is_read():
    st = analyse("Đông Khê sơ kết phong trào nông dân sản xuất giỏi\n\n10-23-2025\n\n" + _LEAD)
    assert str(st.published) == "2025-10-23"
    # (a day-first stamp stays day first)
    st = analyse("Đông Khê sơ kết phong trào nông dân sản xuất giỏi\n\n10-03-2025\n\n" + _LEAD)
    assert str(st.published) == "2025-03-10"


# -- meeting days ----------------------------------------------------------------------------------

def test_a_life_s_dates_in_a_badge_story_date_no_meeting(tmp_path):
    text = ("Trao Huy hiệu Đảng cho đảng viên xã Đông Khê\nĐồng chí Lê Văn Ba, Phó Bí thư Huyện ủy, trao Huy hiệu "
            "40 năm tuổi Đảng cho các đảng viên.\nĐảng viên Trần Văn Tư sinh năm 1950. Vào Đảng ngày 3/2/1984. "
            "Ông từ trần ngày 5/6/2024.\n")
    assert _day(tmp_path, text) is None
    # ... the ceremony's own day still dates it
    assert _day(tmp_path, "Sáng 7/11/2024, Huyện ủy Lạc Sơn tổ chức lễ trao Huy hiệu Đảng cho đảng viên. Đảng viên "
                          "Trần Văn Tư vào Đảng ngày 3/2/1984.\n") == "2024-11-07"


def test_the_day_a_document_was_issued_dates_no_meeting(tmp_path):
    text = ("Các đồng chí Lê Văn Ba, Bí thư Huyện ủy; Trần Văn Tư, Chủ tịch UBND huyện đồng chủ trì tọa đàm.\n"
            "Ngày 4/8/2015, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển nông nghiệp.\n")
    assert _day(tmp_path, "Tọa đàm về nông nghiệp ở Lạc Sơn\n" + text) is None
    # ... a meeting held on a fronted day that also issues a plan keeps its day
    assert _day(tmp_path, "Ngày 4/8/2025, Huyện ủy Lạc Sơn tổ chức hội nghị và ban hành kế hoạch phát triển "
                          "nông nghiệp.\n") == "2025-08-04"


def test_years_of_the_stories_listed_under_the_page_date_no_meeting(tmp_path):
    text = ("Hội Nông dân xã Đông Khê sơ kết phong trào sản xuất giỏi năm 2024\nSáng 9/10, Hội Nông dân xã Đông Khê "
            "tổ chức hội nghị sơ kết phong trào nông dân sản xuất giỏi.\nTrần Thu Hà\n\nTin khác\n"
            "Thẻ hội viên mới sẽ phát xong trước ngày 1-1-2027\n")
    assert _day(tmp_path, text) == "2024-10-09"


def _kind(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


def test_a_related_story_s_link_set_twice_on_one_line_is_no_story_line():
    link = "Ông Lê Văn Ba được bầu giữ chức Chủ tịch Hội Nông dân tỉnh Khê Bình"
    st = analyse("Nông dân Đông Khê sơ kết phong trào sản xuất giỏi\n" + _LEAD + link + " " + link + "\n" + _LEAD)
    assert 2 in st.chrome and 2 not in st.story
    # ... the same words once are a line of the story
    st = analyse("Nông dân Đông Khê sơ kết phong trào sản xuất giỏi\n" + _LEAD + link + ".\n" + _LEAD)
    assert 2 in st.story


# -- meeting kinds ---------------------------------------------------------------------------------

def test_a_congress_rehearsed_or_directed_is_no_congress(tmp_path):
    assert _kind(tmp_path, "Sáng 8/8, Đảng ủy xã Đông Khê tổ chức hội nghị tổng duyệt chương trình Đại hội đại biểu "
                           "Đảng bộ xã lần thứ V, nhiệm kỳ 2025 - 2030.\n") == "Conference"
    assert _kind(tmp_path, "Ngày 4/2, Huyện đoàn Lạc Sơn tổ chức trực báo tình hình cơ sở, chỉ đạo một số nội dung "
                           "cho công tác Đại hội Đoàn các xã.\n") == "Conference"
    # ... the congress itself is one
    assert _kind(tmp_path, "Sáng 8/8, Đảng bộ xã Đông Khê khai mạc Đại hội lần thứ IV với 120 đảng viên, nhiệm kỳ "
                           "2025 - 2030.\n") == "Congress"


def test_an_organising_committee_received_is_a_visit(tmp_path):
    assert _kind(tmp_path, "Lãnh đạo huyện Lạc Sơn tiếp Ban Tổ chức Lễ hội Cầu mùa xã Đông Khê\nChiều 3/3, ông Lê Văn "
                           "Ba, Chủ tịch UBND huyện Lạc Sơn, tiếp Ban Tổ chức Lễ hội Cầu mùa xã Đông Khê.\n") == "Visit"
    # ... a festival the commune organises is its ceremony
    assert _kind(tmp_path, "Sáng 3/3, UBND xã Đông Khê tổ chức Lễ hội Cầu mùa năm 2025 với sự tham gia của bà con các thôn.\n") == "Ceremony"


def test_a_meeting_named_in_the_headline_keeps_its_kind_past_an_occasion_in_its_lead(tmp_path):
    # (no get-together in the headline: the lead's later occasion makes no ceremony of it)
    assert _kind(tmp_path, "Huyện đoàn Lạc Sơn tổ chức hội nghị giao ban\nNgày 4/2, Huyện đoàn Lạc Sơn tổ chức hội nghị "
                           "giao ban, chuẩn bị hội trại nhân kỷ niệm 40 năm ngày thành lập huyện.\n") == "Conference"
    # ... a get-together the headline names, its occasion in the lead, is a ceremony
    assert _kind(tmp_path, "Huyện đoàn Lạc Sơn gặp mặt cán bộ Đoàn các thời kỳ\nNgày 4/2, Huyện đoàn Lạc Sơn tổ chức "
                           "gặp mặt cán bộ Đoàn các thời kỳ nhân kỷ niệm 40 năm ngày thành lập huyện.\n") == "Ceremony"


def test_a_get_together_for_a_feast_is_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Họp mặt chúc mừng nhân dịp lễ Vu Lan của bà con phật tử xã Đông Khê\nSáng 2/9, UBND xã "
                           "Đông Khê tổ chức họp mặt chúc mừng nhân dịp lễ Vu Lan.\n") == "Ceremony"
    # ... one for work, no feast, stays a conference
    assert _kind(tmp_path, "Họp mặt cán bộ chi hội phật tử xã Đông Khê\nSáng 2/9, UBND xã Đông Khê tổ chức họp mặt "
                           "cán bộ chi hội phật tử để bàn công tác từ thiện.\n") == "Conference"


# -- meeting days, more ----------------------------------------------------------------------------

def test_a_past_year_s_results_date_an_early_meeting_in_the_next(tmp_path):
    assert _day(tmp_path, "Ngày 18-1, Bộ trưởng Bộ Nội vụ làm việc với tỉnh Khê Bình. Lãnh đạo tỉnh báo cáo, năm 2019 "
                          "tỉnh Khê Bình đạt mức tăng trưởng 8,5%.\n") == "2020-01-18"
    # ... a target for the year is that year's
    assert _day(tmp_path, "Ngày 18-1, Bộ trưởng Bộ Nội vụ làm việc với tỉnh Khê Bình. Lãnh đạo tỉnh cho biết năm 2020 "
                          "tỉnh phấn đấu đạt mức tăng trưởng 8,5%.\n") == "2020-01-18"


def test_an_outlet_s_code_before_the_lead_is_no_document(tmp_path):
    assert _day(tmp_path, "(KB-TH) Ngày 5/10, Huyện ủy Lạc Sơn tổ chức lễ ra quân làm công tác dân vận năm 2024 "
                          "tại xã Đông Khê.\n") == "2024-10-05"
    # ... a document's code before the date is one
    assert _day(tmp_path, "Thực hiện Kế hoạch số 15-KH/HU ngày 5/10/2023 của Huyện ủy, Huyện ủy Lạc Sơn ra quân làm "
                          "công tác dân vận.\n") is None


def test_a_target_year_dates_no_meeting(tmp_path):
    assert _day(tmp_path, "Ngày 5/10, Huyện ủy Lạc Sơn tổ chức lễ ra quân tại xã Đông Khê. Xã Đông Khê phấn đấu "
                          "trở thành phường vào năm 2027.\n") == "--10-05"


def test_the_day_a_convening_is_announced_dates_no_session(tmp_path):
    assert _day(tmp_path, "HĐND tỉnh Khê Bình triệu tập kỳ họp thứ 9\nNgày 2-12, Thường trực HĐND tỉnh Khê Bình cho biết "
                          "đã quyết định triệu tập kỳ họp thứ 9, khai mạc phiên đầu vào 7 giờ 30 ngày 11-12-2024.\n") \
        == "2024-12-11"


def test_dotted_initials_keep_the_dot_written_after_them():
    st = analyse("Nông dân Đông Khê sơ kết phong trào sản xuất giỏi\n" + _LEAD
                 + "Hội viên nhận giấy khen tại hội nghị. Ảnh: T.K.\nNông dân tiếp tục thi đua sản xuất giỏi.\n")
    assert st.authors == ["T.K."]
    # ... and none when the page wrote none
    st = analyse("Nông dân Đông Khê sơ kết phong trào sản xuất giỏi\n" + _LEAD
                 + "Hội viên nhận giấy khen tại hội nghị. Ảnh: T.K\nNông dân tiếp tục thi đua sản xuất giỏi.\n")
    assert st.authors == ["T.K"]


def test_a_house_handed_over_to_the_poor_is_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Ngày 20/1, Ủy ban MTTQ Việt Nam xã Đông Khê bàn giao nhà Đại đoàn kết cho hộ bà "
                           "Trần Thị Tư ở thôn Khê Thượng.\n") == "Ceremony"
    # ... a house built, not yet handed over, is no event
    assert _kind(tmp_path, "Ủy ban MTTQ Việt Nam xã Đông Khê đang xây dựng nhà Đại đoàn kết cho gia đình bà Trần Thị Tư "
                           "ở thôn Khê Thượng.\n") is None


def test_a_late_year_lessons_meeting_is_of_its_own_year(tmp_path):
    assert _day(tmp_path, "Sáng 26/11, Hội đồng nghĩa vụ quân sự huyện Lạc Sơn tổ chức hội nghị rút kinh nghiệm công "
                          "tác tuyển chọn và gọi thanh niên nhập ngũ năm 2025 của huyện.\n") == "2025-11-26"
    # ... the call-up of next year prepared late in the year is the year before's
    assert _day(tmp_path, "Sáng 26/11, Hội đồng nghĩa vụ quân sự huyện Lạc Sơn tổ chức hội nghị triển khai công tác "
                          "tuyển chọn và gọi thanh niên nhập ngũ năm 2026 của huyện.\n") == "2025-11-26"


def test_a_ceremony_a_document_asks_for_is_no_meeting(tmp_path):
    assert _kind(tmp_path, "UBND huyện Lạc Sơn vừa ban hành Công văn số 37 yêu cầu các xã tổ chức lễ ra quân trồng "
                           "cây đầu xuân trên địa bàn huyện.\n") is None
    # ... one its issuer holds in a clause of its own is the meeting
    assert _kind(tmp_path, "UBND huyện Lạc Sơn vừa ban hành Công văn số 37 yêu cầu các xã trồng cây đầu xuân, đồng thời "
                           "tổ chức lễ ra quân tại xã Đông Khê.\n") == "Ceremony"


def test_a_title_in_capitals_over_the_page_s_stamp_is_the_headline():
    t = "CHÀO MỪNG 30 NĂM THÀNH LẬP XÃ ĐÔNG KHÊ; 20 NĂM XÂY DỰNG NÔNG THÔN MỚI và KỶ NIỆM NGÀY HỘI NÔNG DÂN"
    st = analyse(t + "\nThứ hai - 13/10/2025 08:15\n" + _LEAD)
    assert st.headline_text == t
    # ... without a stamp under it, a row with a list's semicolon is none
    assert analyse(t + "\n" + _LEAD).headline is None


def test_an_excerpt_that_opens_on_what_its_page_told_before_keeps_that_day(tmp_path):
    assert _day(tmp_path, "Trước đó, sáng 24/10, HĐND tỉnh Khê Bình đã có phiên họp riêng về nhân sự của tỉnh.\n"
                          "Ông Lê Văn Ba trúng cử chức danh Phó Chủ tịch UBND tỉnh với số phiếu cao.\n") == "--10-24"
    # ... a recalled day after the lead's own is another event's
    assert _day(tmp_path, "Sáng 28/10, HĐND tỉnh Khê Bình tổ chức kỳ họp thứ 9. Trước đó, sáng 24/10, Thường trực HĐND "
                          "tỉnh họp chuẩn bị nội dung kỳ họp.\n") == "--10-28"


def test_a_line_over_a_credit_alone_is_no_headline():
    st = analyse("Công đoàn huyện Lạc Sơn trao quà cho công nhân khó khăn.\nẢnh: Công đoàn huyện gửi\n" + _LEAD)
    assert st.headline is None
    st = analyse("Công đoàn huyện Lạc Sơn trao quà cho công nhân khó khăn\nẢnh: Công đoàn huyện gửi\n"
                 "Công đoàn huyện Lạc Sơn vừa tổ chức các đoàn đến thăm hỏi, động viên đoàn viên ốm đau ở xã Đông Khê.\n")
    assert st.headline is None
    # ... one over the lead is the title
    st = analyse("Công đoàn huyện Lạc Sơn trao quà cho công nhân khó khăn\n" + _LEAD)
    assert st.headline_text == "Công đoàn huyện Lạc Sơn trao quà cho công nhân khó khăn"


def test_a_story_s_sentence_cut_at_its_scene_is_no_headline():
    st = analyse("Tại buổi gặp mặt, đồng chí Lê Văn Ba, Phó\nBí thư Huyện ủy, báo cáo tình hình phát triển của\n"
                 "huyện trong năm qua.\n")
    assert st.headline is None and 0 in st.story
    assert story_opener("Phát biểu tại hội nghị, ông Lê Văn Ba, Chủ tịch UBND xã Đông Khê đề nghị")
    assert not story_opener("Phát biểu tại hội nghị, Bí thư Huyện ủy yêu cầu siết chặt kỷ cương")
    # ... a title that names the place it tells of is one
    assert not story_opener("Tại Đông Khê, nông dân ra quân làm đường giao thông")
    assert not story_opener("Tại buổi làm việc với xã Đông Khê về nông thôn mới")


def test_an_admission_s_or_a_send_off_s_own_day_dates_it(tmp_path):
    # (review9b H3: the life-date words date the event they name)
    assert _day(tmp_path, "Chi bộ thôn Khê Thượng tổ chức lễ kết nạp vào Đảng ngày 15/3/2025 cho hai đoàn viên ưu tú "
                          "của thôn.\n") == "2025-03-15"
    assert _day(tmp_path, "Sáng nay, huyện Lạc Sơn tổ chức lễ giao nhận quân, tiễn 120 thanh niên nhập ngũ ngày "
                          "14/2/2025.\n") == "2025-02-14"


def test_a_january_meeting_that_deploys_the_year_s_tasks_is_of_that_year(tmp_path):
    # (review9b H4)
    assert _day(tmp_path, "Huyện Lạc Sơn triển khai nhiệm vụ năm 2025\nSáng 10/1, UBND huyện Lạc Sơn tổ chức hội nghị "
                          "triển khai nhiệm vụ năm 2025. Năm 2025, huyện có thêm 4 xã đạt chuẩn nông thôn mới.\n") \
        == "2025-01-10"
    assert _day(tmp_path, "Sáng 10/1, UBND huyện Lạc Sơn tổ chức hội nghị giao ban. Trong năm 2025 toàn huyện đạt 3 tiêu "
                          "chí mới về y tế.\n") == "2025-01-10"


def test_resolutions_issued_at_a_session_date_it(tmp_path):
    # (review9b H8)
    assert _day(tmp_path, "Bế mạc kỳ họp thứ chín HĐND tỉnh Khê Bình\nNgày 4/8/2025, HĐND tỉnh Khê Bình ban hành 12 nghị "
                          "quyết tại kỳ họp thứ chín, kỳ họp chuyên đề.\n") == "2025-08-04"


def test_the_title_over_its_lead_photo_s_credit_stays_the_title():
    # (review9b H11)
    lead = "Sáng 12/3, Huyện ủy Lạc Sơn tổ chức hội nghị sơ kết công tác dân vận quý I năm 2025 với 80 đại biểu.\n"
    assert analyse("Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\nẢnh: Thu Hà\n" + lead).headline_text == \
        "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I"
    assert analyse("Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n\n(Ảnh: Thu Hà)\n\n" + lead).headline_text == \
        "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I"


def test_a_year_a_thing_was_built_in_stays_a_text_year(tmp_path):
    # (review9b M4: "vào năm N" is a target's year only in a target's clause)
    assert _day(tmp_path, "Sáng 12/3, UBND xã Đông Khê tổ chức ra mắt mô hình dân vận khéo. Mô hình được xây dựng vào "
                          "năm 2024.\n") == "2024-03-12"


def test_a_letterhead_or_a_salutation_is_no_headline():
    # (probe9 F12)
    assert no_title("TỈNH KHÊ BÌNH Độc lập - Tự do - Hạnh phúc")
    assert no_title("Kính thưa đồng chí Lê Văn Ba, Phó Chủ tịch HĐND tỉnh!")
    # ... a title on gratitude is one
    assert not no_title("Thương binh liệt sĩ được tri ân tại xã Đông Khê")


def test_a_document_s_signature_is_no_byline():
    # (probe9 F17: the title over the signer's name, or a title alone, names no writer)
    body = ("Về việc tổ chức lễ ra quân trồng cây\nUBND huyện Lạc Sơn yêu cầu các xã tổ chức trồng cây đầu xuân trên "
            "địa bàn với sự tham gia của nhân dân.\n")
    assert analyse(body + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Ba\n").authors == []
    assert analyse(body + "QUYỀN CHỦ TỊCH\n").authors == []
    # ... a writer's name closing the story is one
    assert analyse(body + "Lê Văn Ba\n").authors == ["Lê Văn Ba"]


def test_a_letter_of_congratulation_is_no_visit(tmp_path):
    # (probe9 F10)
    assert _kind(tmp_path, "Chủ tịch UBND huyện Lạc Sơn gửi thư chúc mừng Đại lễ Phật đản\nNhân dịp Đại lễ Phật đản, "
                           "Chủ tịch UBND huyện Lạc Sơn gửi thư chúc mừng tới tăng ni, phật tử trên địa bàn huyện.\n") is None
    # ... a leader who goes to congratulate visits
    assert _kind(tmp_path, "Chủ tịch UBND huyện Lạc Sơn chúc mừng Đại lễ Phật đản\nSáng 10/5, Chủ tịch UBND huyện Lạc "
                           "Sơn đến chúc mừng tăng ni, phật tử chùa Khê Thượng nhân Đại lễ Phật đản.\n") == "Visit"


def test_a_notice_s_own_date_is_no_meeting_s(tmp_path):
    # (probe9 F11)
    assert _day(tmp_path, "Theo tin từ Văn phòng Ban Trị sự đề ngày 06/10/2025, tại phiên họp sáng thứ Tư (5/10/2025), "
                          "Ban Trị sự đã bầu ban thường trực mới.\n") == "2025-10-05"


def test_a_photo_s_alt_and_caption_or_a_lead_set_twice_is_no_title():
    # (review9b M7)
    cap = "Quang cảnh hội nghị sơ kết công tác dân vận quý I."
    st = analyse(cap + "\n" + cap + "\nHuyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n" + _LEAD)
    assert st.headline_text == "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I"
    lead = "Sáng 12/3, Huyện ủy Lạc Sơn sơ kết công tác dân vận."
    assert analyse(lead + "\n" + lead + "\nĐồng chí Lê Văn Ba, Bí thư Huyện ủy, chủ trì hội nghị.\n").headline is None


def test_life_dates_after_a_person_in_a_badge_story_date_no_ceremony(tmp_path):
    # (review9b H12)
    lead = "Vừa qua, Đảng ủy xã Đông Khê tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Trần Văn Tư. "
    assert _day(tmp_path, "Trao Huy hiệu 50 năm tuổi Đảng\n" + lead + "Đồng chí Trần Văn Tư được kết nạp vào Đảng ngày "
                          "3/2/1975 tại quê nhà.\n") is None
    assert _day(tmp_path, "Trao Huy hiệu 50 năm tuổi Đảng\n" + lead + "Ông Tư nhập ngũ ngày 5/6/1969, từng tham gia "
                          "nhiều chiến dịch.\n") is None


def test_a_title_opening_on_its_scene_stays_the_title():
    # (review9b H13)
    st = analyse("Tại kỳ họp thứ 9, HĐND tỉnh Khê Bình thông qua 18 nghị quyết\nSáng 12/3, HĐND tỉnh Khê Bình khai mạc "
                 "kỳ họp thứ 9 với sự tham dự của 50 đại biểu.\n")
    assert st.headline_text == "Tại kỳ họp thứ 9, HĐND tỉnh Khê Bình thông qua 18 nghị quyết"


def test_a_scene_s_caption_over_its_credit_is_no_headline():
    # (review9b L4)
    st = analyse("Quang cảnh hội nghị sơ kết công tác dân vận quý I\nẢnh: Thu Hà\nSáng 12/3, Huyện ủy Lạc Sơn tổ chức "
                 "hội nghị sơ kết công tác dân vận quý I năm 2025 với 80 đại biểu.\n")
    assert st.headline is None


def test_a_stamp_written_year_first_after_the_title_is_dropped():
    st = analyse("Lãnh đạo huyện thăm nhà giáo ưu tú xã Đông Khê - 2025-11-20\n\n" + _LEAD)
    assert st.headline_text == "Lãnh đạo huyện thăm nhà giáo ưu tú xã Đông Khê"
    # ... a year in the title's words stays
    assert bracket_stamp("Đông Khê tổng kết phong trào năm 2025")[0] == "Đông Khê tổng kết phong trào năm 2025"


def test_a_caption_s_colonless_credit_above_the_title_is_read():
    # (review9b L5)
    st = analyse("Đồng chí Lê Văn Ba phát biểu tại hội nghị. Ảnh Thu Hà\nHuyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n"
                 + _LEAD)
    assert st.headline_text == "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I" and st.authors == ["Thu Hà"]
    # ... a menu row above the title names no one
    st = analyse("Trang chủ | Tin tức | Hoạt động\nHuyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n" + _LEAD)
    assert st.authors == []


def test_a_speaker_s_caption_set_twice_over_the_dated_lead_is_no_title():
    # (fix9, review9b M7b: the page shows no title, only the photo's alt and caption)
    cap = "Đồng chí Lê Văn Ba phát biểu tại hội nghị."
    assert analyse(cap + "\n" + cap + "\n" + _LEAD).headline is None
    # ... a title set twice over the dated lead, not ending on the event named bare, stays the title
    t = "Hội Nông dân xã Đông Khê sơ kết phong trào nông dân sản xuất giỏi."
    assert analyse(t + "\n" + t + "\n" + _LEAD).headline_text == t

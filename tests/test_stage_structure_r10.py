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
    text = f"Bạn có thể đọc bản rút gọn của trang nếu mạng chậm. Đóng\n\n{_TITLE}\n\n{_LEAD}"
    assert analyse(text).headline_text == _TITLE
    # (a title that ends on the word is no notice: no sentence's stop before it)
    assert analyse(f"Đông Khê sơ kết, hội viên chờ cửa kho đóng\n\n{_LEAD}").headline_text == \
        "Đông Khê sơ kết, hội viên chờ cửa kho đóng"


def test_a_document_s_preamble_opening_the_page_is_no_title():
    text = ("Căn cứ Thông báo số 21/TB-MTTQ của Mặt trận huyện về lịch tiếp xúc cử tri sau kỳ họp giữa năm 2025.\n"
            "Chiều ngày 4/8/2025, đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê tại hội trường xã.\n")
    assert analyse(text).headline_text is None
    # (a title over the same lead stays one)
    assert analyse("Đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê\n" + text.split("\n", 1)[1]).headline_text == \
        "Đại biểu HĐND huyện tiếp xúc cử tri xã Đông Khê"


# -- meeting days ----------------------------------------------------------------------------------

def test_a_day_told_from_the_page_s_after_the_lead_s_subject(tmp_path):
    text = (" date 2025-10-15 Tỉnh ủy Lạng Sơn sáng nay tổ chức hội nghị công bố quyết định của Ban Bí thư "
            "về công tác cán bộ.\n\nHội nghị do đồng chí Hà Văn Tư, Phó Bí thư Tỉnh ủy chủ trì.\n")
    assert _day(tmp_path, text) == "2025-10-15"
    text = ("Vĩnh Long họp rà soát các hoạt động mừng Đảng, mừng Xuân\n13/01/2027Nhằm đánh giá tiến độ chuẩn bị các "
            "hoạt động mừng Đảng, mừng Xuân, chiều hôm qua, ông Hà Văn Tư, Phó Chủ tịch UBND tỉnh Vĩnh Long "
            "đã chủ trì buổi họp với các sở, ngành.\n")
    assert _day(tmp_path, text) == "2027-01-12"


def test_a_day_told_from_the_page_s_for_a_plan_dates_no_meeting(tmp_path):
    text = (" date 2025-10-15 Tỉnh ủy Lạng Sơn sẽ tổ chức vào chiều nay hội nghị công bố quyết định của Ban Bí thư "
            "về công tác cán bộ.\n\nHội nghị do đồng chí Hà Văn Tư, Phó Bí thư Tỉnh ủy chủ trì.\n")
    assert _day(tmp_path, text) is None
    # ("ngày nay", nowadays, tells no day)
    text = (" date 2025-10-15 Hội Nông dân xã Đông Khê ngày nay tổ chức nhiều hội nghị chuyên đề cho hội viên "
            "về sản xuất giỏi.\n\nHội nghị do đồng chí Hà Văn Tư, Chủ tịch Hội Nông dân xã chủ trì.\n")
    assert _day(tmp_path, text) is None


# -- links to other stories ------------------------------------------------------------------------

_TEASERS = ("Mùa xuân là thời điểm để thành phố khẳng định vị thế trung tâm…\n"
            "Đề án tổng thể phát triển du lịch của thành phố đến năm 2030,…\n"
            "Với tinh thần chủ động, thành phố đã hoàn thành sớm nhiều công việc…\n")


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
    text = ("Đông Khê: Bàn giao nhà Đại đoàn kết cho hộ nghèo\n\n(Mặt trận) - Ngày 18/8, Ủy ban MTTQ Việt Nam "
            "xã Đông Khê tổ chức lễ bàn giao nhà Đại đoàn kết cho hộ nghèo.\n\n"
            "Hưng Yên: Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự lễ khai giảng năm học mới năm 2025\n\n"
            "Ninh Bình: Phó Bí thư Tỉnh ủy dự Lễ khai giảng tại Trường THPT Dân tộc nội trú tỉnh\n\n"
            "Ngôi nhà được xây dựng trong 22 ngày với tổng kinh phí gần 60 triệu đồng.\n")
    assert _day(tmp_path, text) == "--08-18"
    st = analyse(text)
    assert not any(st.lines[i].startswith(("Hưng Yên", "Ninh Bình")) for i in st.story)
    # (one such line alone is the story's: a subheading)
    one = text.replace("Ninh Bình: Phó Bí thư Tỉnh ủy dự Lễ khai giảng tại Trường THPT Dân tộc nội trú tỉnh\n\n", "")
    assert any(analyse(one).lines[i].startswith("Hưng Yên") for i in analyse(one).story)


def test_a_season_s_or_a_spring_s_year_in_lower_case_dates_the_meeting(tmp_path):
    text = ("Ngày 29.1, UBND tỉnh Đông Khê tổ chức buổi họp mặt mừng xuân Kỷ Hợi 2029 với các tỉnh bạn.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Chủ tịch UBND tỉnh Đông Khê.\n")
    assert _day(tmp_path, text) == "2029-01-29"
    text = ("Ngày 13-6, Huyện đoàn Đông Khê tổ chức Lễ ra quân chiến dịch tình nguyện hè 2031 tại xã Trung Hà.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Bí thư Huyện đoàn.\n")
    assert _day(tmp_path, text) == "2031-06-13"
    # (no year named: the day alone)
    text = ("Ngày 13-6, Huyện đoàn Đông Khê tổ chức Lễ ra quân chiến dịch tình nguyện hè tại xã Trung Hà.\n\n"
            "Tham dự có đồng chí Hà Văn Tư, Bí thư Huyện đoàn.\n")
    assert _day(tmp_path, text) == "--06-13"


def test_days_listed_before_the_last_date_a_meeting_by_its_first():
    from kg.extract.structure.dates import day_dates
    assert [(d.day, d.month, d.year) for d in day_dates("Trong 03 ngày, 3,4 và 5/8/2030, Đảng bộ huyện")] == [(3, 8, 2030)]
    assert [(d.day, d.month) for d in day_dates("Trong 3 ngày 3, 4, 5/8, Đảng bộ huyện")] == [(3, 8)]
    # (a number with its decimal comma is no day of a list)
    assert [(d.day, d.month) for d in day_dates("Sản lượng tăng 3,4 lần; ngày 5/8, Hội nghị")] == [(5, 8)]


def test_two_clauses_a_semicolon_joins_over_the_page_s_stamp_are_the_title():
    title = ("Tập trung thực hiện thắng lợi nhiệm vụ năm 2029; chuẩn bị tốt cho Đại hội Đảng bộ các cấp, "
             "tiến tới Đại hội Đảng bộ huyện Đông Khê lần thứ XXX")
    text = f"Hoạt động Đảng\n\n{title}\nNgày đăng 17/07/2029 | 09:15 | Lượt xem: 85\n\n{_LEAD}"
    assert analyse(text).headline_text == title
    # (a list of those present over the stamp runs to more semicolons: no title)
    roll = "Ông Hà Văn Tư, Bí thư Huyện ủy; bà Lò Thị Sen, Chủ tịch UBND huyện; ông Vi Văn Ba, Phó Chủ tịch"
    assert analyse(f"{roll}\nNgày đăng 17/07/2029 | 09:15\n\n{_LEAD}").headline_text is None
    # (nor is a semicolon's line with no stamp under it)
    assert analyse(f"Hoạt động Đảng\n\n{title}\n\n{_LEAD}").headline_text is None


def test_a_section_of_one_part_after_a_stored_page_s_date_marker_is_no_part_of_the_title():
    st = analyse(" date 2029-07-08 Chính trị Xã Đông Khê: Tập trung xây dựng địa phương vững mạnh\n\n" + _LEAD)
    assert st.headline_text == "Xã Đông Khê: Tập trung xây dựng địa phương vững mạnh"
    # (without the marker, the words stay the title's)
    st = analyse("Chính trị Xã Đông Khê: Tập trung xây dựng địa phương vững mạnh\n\n" + _LEAD)
    assert st.headline_text == "Chính trị Xã Đông Khê: Tập trung xây dựng địa phương vững mạnh"


# -- meeting kinds ---------------------------------------------------------------------------------

def _kind(tmp_path, text: str):
    from test_extract import facts_of
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


def test_a_credited_caption_over_the_lead_gives_way_to_the_kind_the_lead_names(tmp_path):
    text = ("Ban Chấp hành Hội Cựu chiến binh xã Đông Khê nhiệm kỳ 2027-2032 ra mắt. Ảnh: Thu Hà\n\n"
            "Tại Đại hội, các đại biểu đã bầu 15 đồng chí vào Ban Chấp hành Hội Cựu chiến binh xã Đông Khê; "
            "ông Hà Văn Tư được bầu làm Chủ tịch Hội.\n")
    assert _kind(tmp_path, text) == "Congress"
    text = ("Ông Hà Văn Tư, Trưởng ban Nội chính Trung ương phát biểu tại hội nghị. (Ảnh: Thu Hà/TTXVN)\n\n"
            "Ngày 7/6, Đoàn kiểm tra do ông Hà Văn Tư làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy "
            "Đông Khê.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_credited_caption_over_a_lead_that_names_no_event_keeps_its_kind(tmp_path):
    text = ("Ông Hà Văn Tư, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đông Khê tặng quà chúc mừng Lễ Giáng sinh cho "
            "Giáo xứ Trung Hà. Ảnh: Thu Hà\n\nThay mặt lãnh đạo tỉnh, ông Hà Văn Tư chúc các linh mục và bà con "
            "giáo dân đón mùa Giáng sinh an lành.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_respects_paid_on_the_trip_the_lead_opens_on_are_a_visit_s(tmp_path):
    text = ("Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Xiêng Khoảng (Lào), sáng 18/2, đoàn đại biểu "
            "tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đến dâng hương tại Đài tưởng niệm liệt sĩ.\n")
    assert _kind(tmp_path, text) == "Visit"
    # (the work the trip frames is a working session)
    text = ("Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Xiêng Khoảng (Lào), sáng 18/2, đoàn đại biểu "
            "tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đã làm việc với Tỉnh ủy Xiêng Khoảng.\n")
    assert _kind(tmp_path, text) == "WorkingSession"
    # (respects paid with no trip framing them stay a ceremony)
    text = ("Sáng 18/2, đoàn đại biểu tỉnh Đông Khê do ông Hà Văn Tư, Bí thư Tỉnh ủy dẫn đầu đến dâng hương "
            "tại Đài tưởng niệm liệt sĩ của tỉnh.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_an_inspection_s_decision_announced_is_a_conference(tmp_path):
    text = ("(ĐK) - Đoàn kiểm tra của Ban Bí thư kiểm tra công tác lãnh đạo đối với Ban Thường vụ Tỉnh ủy Đông Khê.\n\n"
            "Ngày 16-6, ông Hà Văn Tư, Bí thư Trung ương Đảng dẫn đầu đoàn kiểm tra đã công bố quyết định kiểm tra "
            "đối với Ban Thường vụ Tỉnh ủy Đông Khê.\n")
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
    text = ("Chiều 19/11, Phó Bí thư Tỉnh ủy Hà Văn Tư chủ trì Hội nghị thông báo kết quả kiểm tra đối với Ban "
            "Thường vụ Huyện ủy Đông Khê.\n\nÔng Hà Văn Tư cho biết ngày 14/7/2031, Đoàn kiểm tra đã triển khai "
            "quyết định, kế hoạch kiểm tra năm 2031 đối với Ban Thường vụ Huyện ủy.\n")
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
            "Huyện Trung Hà: Ông Hà Văn Tư, Bí thư Huyện ủy, Chủ tịch HĐND huyện\n\n"
            "Huyện Bình Giang: Bà Lò Thị Sen, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện\n\n" + _MORE)
    st = analyse(text)
    assert sum(st.lines[i].startswith("Huyện") for i in st.story) == 2 and not st.teasers
    text = ("Đông Khê: Tổng kết công tác dân vận năm 2029\n\n" + _LEAD + "\n"
            "Huyện Trung Hà: 15/15 chi bộ hoàn thành đại hội nhiệm kỳ mới đúng kế hoạch\n\n"
            "Huyện Bình Giang: 12/12 chi bộ hoàn thành đại hội nhiệm kỳ mới đúng kế hoạch\n\n" + _MORE)
    assert not analyse(text).teasers


def test_the_lead_s_own_day_after_a_glued_stamp_dates_the_meeting(tmp_path):
    text = ("Đảng bộ tỉnh Đông Khê khai mạc Đại hội đại biểu lần thứ XX\n28/9/2030Sáng nay (28/9), Đảng bộ tỉnh Đông "
            "Khê long trọng khai mạc Đại hội đại biểu lần thứ XX, nhiệm kỳ 2030 – 2035.\n")
    assert _day(tmp_path, text) == "2030-09-28"


def test_a_list_page_s_teasers_that_name_no_event_give_way_to_the_first_dated_item(tmp_path):
    text = ("Từ rất lâu rồi, tên gọi Đông Khê đã trở thành niềm tự hào của người dân vùng biên.\n"
            "Để công tác tuyên truyền đại hội Đảng các cấp hiệu quả cần có nội dung và hình thức phù hợp.\n"
            "Ngày 15/9, Thường trực HĐND tỉnh Đông Khê tổ chức Hội nghị lấy ý kiến đóng góp dự thảo luật. "
            "Đồng chí Hà Văn Tư, Phó Chủ tịch HĐND tỉnh chủ trì Hội nghị.\n")
    assert _kind(tmp_path, text) == "Conference"
    # (a first sentence that names its event keeps it)
    text = ("Huyện ủy Đông Khê trao Huy hiệu Đảng cho 20 đảng viên cao tuổi của huyện.\n"
            "Ngày 15/9, Hội nghị Ban Thường vụ Huyện ủy Đông Khê thảo luận về công tác cán bộ.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_the_closing_line_s_writer_and_the_unit_after_a_comma():
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n(Lò Văn Ba, Hội Nông dân xã Trung Hà)\n").authors == ["Lò Văn Ba"]
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n Kim Thoa, Chuyên viên Văn phòng\n").authors == ["Kim Thoa"]
    # (a title held there is a person's, no writer's; a place and its date are a document's)
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Văn Ba, Chủ tịch UBND xã Trung Hà\n").authors == []
    assert analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nHà Nội, ngày 5 tháng 3 năm 2029\n").authors == []


def test_a_portal_s_tools_box_under_the_story_is_furniture():
    text = (f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nK.T.H\n\nNguồn. dongkhe.gov.vn\n\nTiện ích thông tin\nNguồn tin\nQR Code\n"
            "QR CODE: Xã Đông Khê sơ kết phong trào sản xuất gi")
    st = analyse(text)
    assert st.authors == ["K.T.H"]
    assert not any(st.lines[i].startswith(("Tiện ích", "QR")) for i in st.story)


def test_titles_in_a_run_under_the_writer_s_closing_name_are_links(tmp_path):
    links = ("Câu lạc bộ thơ tỉnh Trung Hà phấn đấu có năm tác phẩm phổ nhạc\n"
             "Lãnh đạo tỉnh Trung Hà dự lễ công bố các nghị quyết về sáp nhập đơn vị hành chính\n"
             "Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2036\n")
    st = analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Thu Hà\n\n{links}")
    assert st.authors == ["Lò Thu Hà"] and st.teasers
    assert _day(tmp_path, f"{_TITLE}\n\n{_LEAD}\n{_MORE}\nLò Thu Hà\n\n{links}") == "--10-09"
    # (titles with no name over them stay: a gallery's captions may close a story so)
    st = analyse(f"{_TITLE}\n\n{_LEAD}\n{_MORE}\n{links}")
    assert not st.teasers

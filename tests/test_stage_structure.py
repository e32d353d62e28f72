"""The structure stage: headline, dateline, bylines and site chrome."""
from __future__ import annotations

from datetime import date

from kg.extract.structure.dates import parse_date_line
from kg.extract.structure.text_years import years_in
from kg.extract.structure.structure import analyse


PAGE = """Trang chủ > Tin tức > Hoạt động
Huyện ủy Hải Lăng tổng kết công tác dân vận năm 2022
Cập nhật: 05/01/2023 16:20 | Lượt xem: 87
Sáng 4/1, Huyện ủy Hải Lăng tổ chức hội nghị tổng kết công tác dân vận năm 2022.
Đồng chí Hà Minh Triết phát biểu.
Kiều Sỹ
Tin liên quan
Huyện khác tổ chức hội nghị
"""


def test_headline_dateline_byline_and_chrome():
    st = analyse(PAGE)
    assert st.headline_text == "Huyện ủy Hải Lăng tổng kết công tác dân vận năm 2022"
    assert st.published == date(2023, 1, 5)
    assert st.authors == ["Kiều Sỹ"]
    assert st.story == [1, 3, 4]
    assert {0, 2, 6, 7} <= st.chrome


def test_a_marked_byline_names_authors_and_a_source_names_none():
    st = analyse("Hội nghị ở Cà Mau\n\nSáng 2/3, hội nghị diễn ra ở Cà Mau với nhiều nội dung quan trọng.\n"
                 "Tin, ảnh: Lò Mến - Đinh Khải\nNguồn: Báo Cà Mau\n")
    assert st.authors == ["Lò Mến", "Đinh Khải"]


def test_date_lines_and_years():
    assert parse_date_line("Thứ hai, 05/01/2023 08:00 GMT+7") == date(2023, 1, 5)
    assert parse_date_line("Ngày 5/1/2023 huyện tổ chức hội nghị lớn") is None
    assert years_in("kết quả năm 2022, nhiệm vụ năm 2023 và Tết Nguyên đán Quý Mão 2023") == [2022, 2023, 2023]


def test_a_stamp_with_the_month_in_words_and_the_year_after_a_comma():
    from kg.extract.structure.structure import analyse
    text = ("Huyện ủy Đồng Xuân sơ kết công tác dân vận quý I\nThứ Ba, 12 Tháng 3, 2024 | 08:15\n"
            "Sáng 11/3, Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết công tác dân vận quý I với nhiều nội dung.\n")
    assert str(analyse(text).published) == "2024-03-12"
    assert str(analyse(text.replace("12 Tháng 3, 2024", "12 Tháng 3 2024")).published) == "2024-03-12"


def test_a_media_label_before_the_title_is_no_credit_line():
    from kg.extract.structure.structure import analyse
    text = ("VIDEO: Huyện ủy Đồng Xuân sơ kết công tác dân vận quý I\n"
            "Sáng 11/3, Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết công tác dân vận quý I với nhiều nội dung.\n"
            "Video: Lạc Thu Vân\n")
    st = analyse(text)
    assert st.headline_text == "VIDEO: Huyện ủy Đồng Xuân sơ kết công tác dân vận quý I"
    assert st.authors == ["Lạc Thu Vân"]


def test_a_stamp_with_the_month_by_its_name_under_a_section_s_name():
    from kg.extract.structure.structure import analyse
    text = ("Hoạt động mặt trận 21 Tháng Ba 2023 3:35:00 CH\n\nLÃNH ĐẠO HUYỆN ĐỒNG XUÂN THĂM CÁC CHỨC SẮC TÔN GIÁO\n\n"
            "Sáng ngày 21/3, đoàn lãnh đạo huyện Đồng Xuân đến thăm các chức sắc tôn giáo trên địa bàn huyện nhân dịp lễ.\n")
    st = analyse(text)
    assert str(st.published) == "2023-03-21"
    assert st.headline_text == "LÃNH ĐẠO HUYỆN ĐỒNG XUÂN THĂM CÁC CHỨC SẮC TÔN GIÁO"


def test_a_title_with_every_word_capitalised_is_the_headline_whatever_stop_ends_it():
    from kg.extract.structure.structure import analyse
    text = ("Chính Quyền Huyện Đồng Xuân Thăm Hội Thánh Phú Lạc Nhân Dịp Giáng Sinh.\n\n655\n\n"
            "Sáng ngày 21/12/2023, tại văn phòng Hội Thánh Phú Lạc, Ban Chấp sự đã tiếp đón đoàn chính quyền huyện.\n")
    assert analyse(text).headline_text == "Chính Quyền Huyện Đồng Xuân Thăm Hội Thánh Phú Lạc Nhân Dịp Giáng Sinh."


def test_a_line_wholly_in_brackets_is_a_photo_caption_not_the_headline():
    from kg.extract.structure.structure import analyse
    text = ("(Đồng chí Lò Thị Mây – Phó Chủ tịch Hội Nông dân huyện phát biểu khai mạc Hội thi)\n"
            "Hội thi có hơn 150 hội viên đến từ 12 đội của các xã trên địa bàn huyện tham gia hai phần thi.\n"
            "(Ban Tổ chức trao giải cho các đội đạt thành tích cao)\n")
    assert analyse(text).headline is None
    # (an outlet's tag in brackets before the lead closes early: the line is no caption)
    from kg.extract.structure.page_chrome import is_caption
    assert is_caption("(Quang cảnh buổi lễ)") and not is_caption("(PT) - Sáng 3/4, huyện tổ chức lễ (lần thứ hai)")


def test_a_title_set_as_a_sentence_by_the_page_s_stamp_is_the_headline():
    from kg.extract.structure.structure import analyse
    lead = ("Thực hiện kế hoạch công tác tháng 9, chiều ngày 12/9/2019 tại hội trường Ủy ban nhân dân xã, "
            "Ban Chấp hành Đảng bộ xã Phú Lạc đã họp đánh giá kết quả lãnh đạo 8 tháng đầu năm và bàn nhiệm vụ "
            "những tháng còn lại của năm 2019.\n")
    title = ("BCH Đảng bộ xã Phú Lạc họp đánh giá công tác lãnh đạo 8 tháng đầu năm và triển khai nhiệm vụ "
             "phát triển kinh tế, xã hội 4 tháng cuối năm 2019.")
    st = analyse("12-09-2019 - 16:05\n\n" + title + "\n\n" + lead)
    assert st.headline_text == title and str(st.published) == "2019-09-12"
    st = analyse("TIN HOẠT ĐỘNG HỘI NÔNG DÂN\n" + title + "\n13-9-2019\n\n" + lead)
    assert st.headline_text == title and str(st.published) == "2019-09-13"
    # a title-like line above it stays the headline: the sentence under it is the sapo
    st = analyse("Đảng bộ xã Phú Lạc họp Ban Chấp hành\n" + title + "\n13-9-2019\n\n" + lead)
    assert st.headline_text == "Đảng bộ xã Phú Lạc họp Ban Chấp hành"
    # a sapo by the stamp (what was just done; a clause opening it) is no title
    for sapo in ("Đảng bộ xã Phú Lạc vừa tổ chức hội nghị đánh giá công tác lãnh đạo 8 tháng đầu năm 2019 với nhiều kết quả.",
                 "Với nhiều kết quả nổi bật, công tác lãnh đạo 8 tháng đầu năm của Đảng bộ xã Phú Lạc được đánh giá cao."):
        assert analyse("12-09-2019 - 16:05\n\n" + sapo + "\n\n" + lead).headline is None, sapo
    # a caption by the stamp is no title
    st = analyse("12-09-2019 - 16:05\n\nĐồng chí Hà Văn Lâm, Bí thư Đảng ủy xã phát biểu tại hội nghị.\n\n" + lead)
    assert st.headline is None


def test_a_section_s_name_beside_the_date_is_the_page_s_stamp():
    from kg.extract.structure.structure import analyse
    text = ("Khai mạc kỳ họp thứ 9 HĐND huyện Đồng Xuân\n\nThời sự 14-07-2023\n\n"
            "Sáng 14.7, HĐND huyện Đồng Xuân khai mạc kỳ họp thứ 9 khóa XII, nhiệm kỳ 2021-2026 tại hội trường huyện.\n")
    st = analyse(text)
    assert str(st.published) == "2023-07-14" and st.headline_text == "Khai mạc kỳ họp thứ 9 HĐND huyện Đồng Xuân"
    from kg.extract.structure.page_dates import stamp
    assert stamp("Hà Nội 14-07-2023") is None and stamp("Kinh tế 14-07-2023 tăng trưởng") is None
    # a section of the site's own, a view counter beside the date
    assert str(stamp("Hoạt động Hội Nông dân 14/07/2023").day) == "2023-07-14"
    assert str(stamp("14/07/2023 - Lượt xem: 87").day) == "2023-07-14"
    assert stamp("Hội nghị tổng kết 14/07/2023") is None
    # the account that posted the page after its stamp
    assert str(stamp("Đăng ngày 14/07/2023 bởi Quản trị viên").day) == "2023-07-14"
    st = analyse("Khai mạc kỳ họp thứ 9 HĐND huyện Đồng Xuân\nĐăng ngày 15/07/2023 bởi admin\n"
                 "Sáng 14.7, HĐND huyện Đồng Xuân khai mạc kỳ họp thứ 9 khóa XII, nhiệm kỳ 2021-2026 tại hội trường.\n")
    assert str(st.published) == "2023-07-15" and st.authors == []


def test_a_meeting_before_a_congress_whose_days_the_lead_gives_is_of_the_term_s_first_year(tmp_path):
    from test_stage_pipeline import state_of

    def day(text):
        m = state_of(tmp_path, text).meeting
        return m.date.isoformat() if m.date else ("--%02d-%02d" % m.month_day if m.month_day else None)
    lead = ("Sáng 12/9, tại trụ sở Hội Nông dân tỉnh, đồng chí Lò Văn Mây, Chủ tịch Hội Nông dân tỉnh có buổi "
            "gặp mặt các đại biểu của tỉnh sẽ dự Đại hội Hội Nông dân Việt Nam lần thứ IX, nhiệm kỳ 2028 – 2033 "
            "diễn ra từ ngày 20 đến 22/9 tại Hà Nội.")
    assert day("Gặp mặt đoàn đại biểu\n\n" + lead + "\n") == "2028-09-12"
    # the congress in the new year, the meeting in December of the year before
    lead2 = lead.replace("Sáng 12/9", "Sáng 28/12").replace("từ ngày 20 đến 22/9", "từ ngày 6 đến 8/1")
    assert day("Gặp mặt đoàn đại biểu\n\n" + lead2 + "\n") == "2027-12-28"
    # a congress months away dates nothing: the meeting keeps no year
    lead3 = lead.replace("từ ngày 20 đến 22/9", "từ ngày 20 đến 22/12")
    assert day("Gặp mặt đoàn đại biểu\n\n" + lead3 + "\n") == "--09-12"


def test_the_review_of_a_year_alone_dates_a_meeting_early_in_the_next_late_in_that_year(tmp_path):
    from test_stage_pipeline import state_of

    def day(text):
        m = state_of(tmp_path, text).meeting
        return m.date.isoformat() if m.date else ("--%02d-%02d" % m.month_day if m.month_day else None)
    lead = ("{d}, UBND huyện Đồng Xuân tổ chức Hội nghị biểu dương tập thể, cá nhân xuất sắc trong phong trào "
            "xây dựng nông thôn mới năm 2031. Ông Lò Văn Mây, Chủ tịch UBND huyện dự.")
    assert day("Tuyên dương điển hình\n\n" + lead.format(d="Sáng 15-1") + "\n") == "2032-01-15"
    assert day("Tuyên dương điển hình\n\n" + lead.format(d="Sáng 20-12") + "\n") == "2031-12-20"
    assert day("Tuyên dương điển hình\n\n" + lead.format(d="Sáng 22-4") + "\n") == "--04-22"


def test_a_dot_between_a_stamp_row_s_segments_parts_them_as_a_bar():
    from kg.extract.structure.structure import analyse
    text = ("Khai mạc kỳ họp thứ 9 HĐND huyện Đồng Xuân\nKim Oanh • 14/07/2023\n"
            "Sáng 14.7, HĐND huyện Đồng Xuân khai mạc kỳ họp thứ 9 khóa XII, nhiệm kỳ 2021-2026 tại hội trường.\n")
    st = analyse(text)
    assert str(st.published) == "2023-07-14" and st.authors == ["Kim Oanh"]
    st = analyse(text.replace("Kim Oanh • 14/07/2023", "14/07/2023 · 15:20 · Kim Oanh"))
    assert str(st.published) == "2023-07-14" and st.authors == ["Kim Oanh"]


def test_a_mid_term_review_is_not_dated_by_the_term_s_first_year():
    import kg
    text = ("Hội nghị sơ kết giữa nhiệm kỳ ở Phú Tân\n\n"
            "Phát biểu ở Hội nghị sơ kết giữa nhiệm kỳ về Nghị quyết Đại hội Hội Cựu chiến binh huyện "
            "lần thứ V, nhiệm kỳ 2019-2024 do Hội Cựu chiến binh huyện tổ chức sáng 14-8, đồng chí Lò Văn Kiên, "
            "Phó Bí thư Huyện ủy đề nghị hội tiếp tục làm tốt công tác tập hợp hội viên.\n")
    m = kg.extract_text(text).meetings[0]
    assert m.date is None           # (the day and month alone: the year is not told)


def test_the_anniversary_of_a_body_named_by_its_abbreviation_dates_the_visit():
    import kg
    text = ("Lãnh đạo huyện chúc mừng Hội Chữ thập đỏ\n\n"
            "Sáng 21/11, đồng chí Lò Văn Kiên, Bí thư Huyện ủy Phú Tân tới tặng hoa, chúc mừng Hội Chữ thập đỏ "
            "(CTĐ) huyện nhân kỷ niệm 70 năm ngày thành lập Hội CTĐ Việt Nam.\n")
    m = kg.extract_text(text).meetings[0]
    assert m.date == date(2016, 11, 21)


def test_a_term_reviewed_late_in_the_year_dates_the_meeting_by_its_last_year():
    import kg
    text = ("Hội Khuyến học huyện tổng kết nhiệm kỳ\n\n"
            "Sáng 9/11, Hội Khuyến học huyện Phú Tân tổ chức hội nghị tổng kết nhiệm kỳ 2017-2022, triển khai "
            "phương hướng giai đoạn 2022-2027.\n")
    assert kg.extract_text(text).meetings[0].date == date(2022, 11, 9)
    # early in a year the review may close the term of the year before: no year
    text = text.replace("Sáng 9/11", "Sáng 9/2")
    assert kg.extract_text(text).meetings[0].date is None


def test_the_quarter_a_meeting_reviews_gives_its_year():
    import kg
    text = ("Giao ban công tác Mặt trận quý III\n\n"
            "Ngày 8/10, Ủy ban MTTQ huyện Phú Tân tổ chức hội nghị giao ban công tác Mặt trận quý III/2023.\n")
    assert kg.extract_text(text).meetings[0].date == date(2023, 10, 8)
    text = text.replace("quý III/2023", "quý IV năm 2023").replace("8/10", "8/1")
    assert kg.extract_text(text).meetings[0].date == date(2024, 1, 8)
    # a meeting months away from the quarter named: no year
    text = text.replace("8/1", "8/6").replace("quý IV năm 2023", "quý IV/2023")
    assert kg.extract_text(text).meetings[0].date is None


def test_a_portal_s_welcome_and_a_section_s_name_are_not_the_headline():
    st = analyse("Chào mừng quý vị đã đến với trang tin của huyện Yên Hòa\nTin tức 08:10 03/04/2019 (120)\n\n"
                 "Hội Nông dân xã Lạc Sơn họp tổng kết năm\n\nSáng 2/4, Hội Nông dân xã Lạc Sơn họp tổng kết công tác "
                 "hội năm 2018 và bàn nhiệm vụ năm 2019 với hơn 60 hội viên.\n")
    assert st.headline_text == "Hội Nông dân xã Lạc Sơn họp tổng kết năm"
    st = analyse("Chỉ đạo - Điều hành\n\nĐoàn giám sát của tỉnh làm việc ở huyện Lạc Sơn trong hai ngày\n\n"
                 "Đây là đợt giám sát quan trọng trong năm.\n\nSáng 2/4, đoàn giám sát của Ban Thường vụ Tỉnh ủy "
                 "Yên Hòa làm việc với Huyện ủy Lạc Sơn về công tác cán bộ trong năm qua.\n")
    assert st.headline_text == "Đoàn giám sát của tỉnh làm việc ở huyện Lạc Sơn trong hai ngày"


def test_a_print_button_on_the_title_s_line_and_a_cut_copy_above_it():
    st = analyse("Chi hội phụ nữ ở Đông Khê kết nạp thêm 60 hội viên In trang\n09/11/2025 08:15 SA\n\nSáng 7/11, "
                 "Hội LHPN huyện Đông Khê cho hay chín chi hội vừa kết nạp thêm hội viên mới.\n")
    assert st.headline_text == "Chi hội phụ nữ ở Đông Khê kết nạp thêm 60 hội viên"
    st = analyse("Giám đốc Công ty Minh Phát\nChủ tịch UBND tỉnh tiếp Giám đốc Công ty Minh Phát\nChiều ngày 4/6, "
                 "Chủ tịch UBND tỉnh Yên Hòa Lê Văn An đã tiếp ông Trần Văn Bình, Giám đốc Công ty Minh Phát.\n")
    assert st.headline_text == "Chủ tịch UBND tỉnh tiếp Giám đốc Công ty Minh Phát"


def test_a_stamp_glued_between_the_title_and_the_lead(tmp_path):
    from test_stage_pipeline import state_of
    state = state_of(tmp_path, "Yên Hòa: Nhìn lại 10 năm hội thi dân vận khéo ở cơ sở 10:05 21/05/2022 (Dân vận) "
                               "-Chiều 19/5, Ban Dân vận Tỉnh ủy Yên Hòa tổ chức hội nghị tổng kết 10 năm hội thi "
                               "dân vận khéo ở các xã, phường.\n")
    assert state.facts.headline == "Yên Hòa: Nhìn lại 10 năm hội thi dân vận khéo ở cơ sở"
    assert state.facts.published == date(2022, 5, 21)
    assert state.meeting.date == date(2022, 5, 19)


def test_a_sidebar_list_above_the_title_is_not_the_headline():
    st = analyse("Tin mới nhất\nXã Yên Hòa ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới\n"
                 "Hội Nông dân huyện tập huấn kỹ thuật chăn nuôi cho hội viên\n\n"
                 "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n"
                 "Sáng 12/3, Huyện ủy Lạc Sơn tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024 với nhiều "
                 "nội dung quan trọng.\n")
    assert st.headline_text == "Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I"


def test_a_stamp_printed_under_the_story_dates_the_page():
    lead = ("Sáng 12/3, Huyện ủy Lạc Sơn tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024 với nhiều nội "
            "dung quan trọng.\nHội nghị đã thảo luận các nhiệm vụ trọng tâm của quý II trong toàn huyện.\n")
    # (a page longer than its top block)
    more = "".join(f"Đoạn {n}: các chi bộ ở xóm {n} báo cáo việc vận động nhân dân làm đường.\n" for n in range(10))
    st = analyse("Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n" + lead + more + "Thu Hà\nNgày đăng: 14/03/2024\n")
    assert st.published == date(2024, 3, 14) and st.authors == ["Thu Hà"]
    # ... not the date of an article in a list of others under it
    st = analyse("Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\n" + lead + more + "Thu Hà\nTin khác\n"
                 "Xã Yên Hòa họp dân bàn làm đường\n12/02/2024\n")
    assert st.published is None


def test_a_short_page_s_list_of_other_articles_gives_no_stamp():
    st = analyse("Huyện ủy Lạc Sơn sơ kết công tác dân vận quý I\nSáng 12/3, Huyện ủy Lạc Sơn tổ chức hội nghị sơ "
                 "kết công tác dân vận quý I năm 2024 với nhiều nội dung quan trọng.\nThu Hà\nTin khác\n"
                 "Xã Yên Hòa họp dân bàn làm đường\n12/02/2024\n")
    assert st.published is None and st.authors == ["Thu Hà"]


def test_a_heading_of_older_or_newer_stories_ends_the_story():
    # (the lines under "Những tin cũ hơn" are other stories: their date is not the page's)
    for heading in ("Những tin cũ hơn", "Những tin mới hơn", "Tin cũ hơn:", "TIN MỚI HƠN"):
        st = analyse("Hội Nông dân xã Đông Khê tập huấn trồng cam\nChiều 5/9, Hội Nông dân xã Đông Khê mở lớp tập "
                     "huấn kỹ thuật trồng cam sành cho 50 hội viên.\nMinh Châu\n" + heading + "\nXã Tây Khê trao "
                     "20 con bò giống cho hộ nghèo\n03/09/2025\nPhó Chủ tịch UBND huyện thăm trường học\n")
        assert st.published is None and st.authors == ["Minh Châu"]
        assert max(st.story) < 3 and {3, 4, 5, 6} <= st.chrome

"""The shapes of real pages' tops: where the headline is, which date is the article's, where the
story begins.

Every page here is written for the test (invented people, real places); none is taken from the
real development set.
"""
from __future__ import annotations

from datetime import date

import kg
from kg.extract.structure.page_dates import lead_date, stamp
from kg.extract.structure.structure import analyse


LEAD = ("Sáng 14/3, Ban Thường vụ Huyện ủy Lấp Vò tổ chức hội nghị sơ kết công tác dân vận quý I, "
        "đồng chí Trần Minh Khoa, Bí thư Huyện ủy chủ trì hội nghị.\n")


# -- the page's date -------------------------------------------------------------------------------

def test_the_stamp_under_the_title_dates_the_article_not_the_site_clock_above_it():
    text = ("Thứ bảy, 02/08/2025, 06:10[GMT+7]\n\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n"
            "Thứ 5, 14/03/2024 | 16:05:12\n1.204 lượt xem\n" + LEAD)
    st = analyse(text)
    assert st.headline_text == "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I"
    assert st.published == date(2024, 3, 14)


def test_a_calendar_above_the_headline_is_today_on_the_site_not_the_article_date():
    text = "Chủ nhật, 05/01/2025\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n" + LEAD
    st = analyse(text)
    assert st.headline_text == "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I"
    assert st.published is None
    # a stamp with its time is the page's own, above the title too
    st = analyse("Thứ năm, 14/03/2024 16:05 (GMT+7)\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n" + LEAD)
    assert st.published == date(2024, 3, 14)


def test_a_byline_with_its_time_stamp_names_the_authors_and_dates_the_page():
    text = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\nT.LAN - K.HÒA 14/03/2024 17:07\n\n" + LEAD
    st = analyse(text)
    assert st.published == date(2024, 3, 14)
    assert st.authors == ["T.Lan", "K.Hòa"]
    text = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\nLê Thu Hà - 09:20 14/03/2024 GMT+7\n" + LEAD
    assert analyse(text).published == date(2024, 3, 14)


def test_a_stamp_with_a_view_counter_or_buttons_is_still_the_page_date():
    assert stamp("14/03/2024 00:00 87 lượt xem").day == date(2024, 3, 14)
    assert stamp("14/03/2024 21:36:50 Xem cỡ chữ In bài").day == date(2024, 3, 14)
    # a sentence that gives a date and a time is no stamp
    assert stamp("Sáng 14/3/2024 lúc 8:00, Huyện ủy họp.") is None
    assert stamp("Lúc 8:00 ngày 14/3/2024 Ban Thường vụ Huyện ủy Lấp Vò tổ chức hội nghị sơ kết") is None


def test_a_date_glued_before_the_lead_or_an_agency_dateline_dates_the_page():
    assert lead_date("14/3/2024Sáng nay (14/3), Huyện ủy Lấp Vò tổ chức hội nghị.") == date(2024, 3, 14)
    assert lead_date("Đồng Tháp (TTXVN 14/3/2024) Ban Thường vụ Huyện ủy Lấp Vò ...") == date(2024, 3, 14)
    assert lead_date("14/3/2024 là ngày Huyện ủy Lấp Vò tổ chức hội nghị.") is None
    text = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n14/3/2024" + LEAD
    facts = kg.extract_text(text)
    assert facts.published == date(2024, 3, 14)
    assert facts.meetings and facts.meetings[0].date == date(2024, 3, 14)
    assert any(p.official == "Trần Minh Khoa" for p in facts.posts)


# -- the headline ----------------------------------------------------------------------------------

def test_the_title_right_above_the_stamp_is_the_headline_not_a_banner_above_it():
    text = ("Công ty Cổ phần Phân bón Miền Tây\n\nHội Nông dân tỉnh Đồng Tháp sơ kết 6 tháng đầu năm\n\n"
            "08:15 12/07/2024 GMT+7\n" + LEAD)
    assert analyse(text).headline_text == "Hội Nông dân tỉnh Đồng Tháp sơ kết 6 tháng đầu năm"


def test_a_tag_line_and_widget_counters_are_page_furniture():
    text = ("#Đại hội Hội Nông dân tỉnh Đồng Tháp\n\nĐại hội Hội Nông dân tỉnh Đồng Tháp lần thứ X\n"
            "14:38 18/09/2023\n" + LEAD)
    assert analyse(text).headline_text == "Đại hội Hội Nông dân tỉnh Đồng Tháp lần thứ X"
    text = ("Thống kê truy cập\n  • Đang online: 3\n  • Hôm nay: 120\n  • Trong tuần: 845\n"
            "Lãnh đạo tỉnh Đồng Tháp thăm gia đình chính sách huyện Lấp Vò\n\n" + LEAD)
    assert analyse(text).headline_text == "Lãnh đạo tỉnh Đồng Tháp thăm gia đình chính sách huyện Lấp Vò"


def test_a_list_of_the_people_present_is_never_the_headline():
    text = ("Đến dự có ông Lê Văn Tâm, Bí thư Huyện ủy Lấp Vò; bà Phạm Thị Hoa, Chủ tịch Hội LHPN huyện…\n"
            "Hướng đến kỷ niệm 95 năm Ngày thành lập Hội, các cấp Hội trong huyện đã thi đua sôi nổi, "
            "đạt nhiều kết quả nổi bật trong công tác vận động hội viên và phụ nữ.\n")
    assert analyse(text).headline is None
    text = ("Tham gia đoàn có các đồng chí: Lê Văn Tâm, Phó Chủ tịch UBND xã; Phạm Thị Hoa, Chủ tịch Hội "
            "Nông dân xã\n\n" + LEAD)
    assert analyse(text).headline is None


def test_a_paragraph_the_page_broke_into_lines_gives_no_headline():
    text = ("Đến dự và\nchỉ đạo Đại hội có các đồng\nchí: Lê Văn Tâm, Bí thư Huyện ủy; Phạm Thị Hoa, "
            "Phó Bí thư Huyện ủy,\nChủ tịch UBND huyện; Trần Văn Sơn, Phó Bí thư Huyện ủy dự và chỉ\n"
            "đạo đại hội. Dự đại hội còn có đại diện lãnh đạo các ban xây dựng Đảng của Huyện ủy.\n")
    assert analyse(text).headline is None


def test_a_caption_or_sapo_sentence_at_the_top_is_not_the_headline_but_a_titled_sentence_is():
    text = "Ông Lê Văn Tâm vừa tái đắc cử Bí thư Huyện ủy Lấp Vò nhiệm kỳ 2025-2030.\n" + LEAD
    assert analyse(text).headline is None
    text = "Đại biểu dự Đại hội bầu Ban Chấp hành Đảng bộ huyện Lấp Vò.\n\n" + LEAD
    assert analyse(text).headline is None
    text = "Hội nghị sơ kết công tác dân vận quý I năm 2024.\n\n" + LEAD
    assert analyse(text).headline_text == "Hội nghị sơ kết công tác dân vận quý I năm 2024."


def test_a_caption_above_a_long_title_is_skipped():
    text = ("Đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy trao quyết định cho đồng chí Phạm Thị Hoa và chúc mừng "
            "đồng chí nhận nhiệm vụ mới.\n\nĐồng chí Phạm Thị Hoa được phân công tạm thời phụ trách công việc "
            "của Tỉnh ủy Đồng Tháp cho đến khi kiện toàn chức danh Bí thư\n\n" + LEAD)
    assert analyse(text).headline_text.startswith("Đồng chí Phạm Thị Hoa được phân công tạm thời")


def test_a_media_file_line_is_not_a_byline_and_the_story_goes_on_after_it():
    text = ("Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n" + LEAD + "\nVideo: 140324_so_ket_dan_van.mp4?_t=17\n\n"
            "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Trần Minh Khoa ghi nhận kết quả công tác dân vận.\n")
    st = analyse(text)
    assert st.authors == []
    assert any("ghi nhận kết quả" in st.lines[i] for i in st.story)


def test_a_title_written_with_its_site_name_is_the_headline_without_it():
    for sep in (" - ", " | "):
        st = analyse("Huyện ủy Lấp Vò sơ kết công tác dân vận quý I" + sep + "Báo Đồng Tháp Online\n\n" + LEAD)
        assert st.headline_text == "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I"
    # a short title is not taken for the site's name it carries
    st = analyse("Lấp Vò sơ kết dân vận - Báo Đồng Tháp Online\n\n" + LEAD)
    assert st.headline_text == "Lấp Vò sơ kết dân vận"
    # breadcrumbs and language switches stay furniture
    st = analyse("Tiếng Việt | English\nTin tức | Báo Đồng Tháp\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n" + LEAD)
    assert st.headline == 2 and {0, 1} <= st.chrome


def test_a_headline_with_a_word_that_only_begins_like_a_list_formula_stays():
    st = analyse("Xã Tân Mỹ có bàn giao nhà đại đoàn kết cho hộ nghèo\n\n" + LEAD)
    assert st.headline_text == "Xã Tân Mỹ có bàn giao nhà đại đoàn kết cho hộ nghèo"


def test_a_stamp_in_words_or_in_iso_form_under_the_title_dates_the_page():
    title = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n"
    for line in ("Ngày 14 tháng 03 năm 2024 08:30", "Cập nhật ngày 14 tháng 3 năm 2024", "2024-03-14 08:30:00"):
        st = analyse(title + line + "\n" + LEAD)
        assert st.published == date(2024, 3, 14) and st.headline == 0
    # the date in words with a weekday alone, above the title, is the site's calendar
    st = analyse("Thứ năm, ngày 14 tháng 3 năm 2024\n" + title + LEAD)
    assert st.published is None and st.headline == 1
    # a lead that opens with the date in words is no stamp
    assert stamp("Ngày 14 tháng 3 năm 2024, tại Lấp Vò") is None


def test_a_row_of_options_is_not_the_headline_but_a_title_naming_three_unions_is():
    st = analyse("Cỡ chữ Nhỏ Cỡ chữ Vừa Cỡ chữ Lớn Cỡ chữ Rất lớn\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n" + LEAD)
    assert st.headline == 1
    st = analyse("Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh huyện Lấp Vò ra quân\n\n" + LEAD)
    assert st.headline == 0


def test_a_page_cut_mid_sentence_does_not_give_its_fragment_as_headline():
    for first in ("Huyện ủy Lấp Vò; ông Lê Văn Bình, Chủ tịch UBND huyện và đại diện các ban ngành",
                  "Trần Minh Khoa, Tỉnh ủy viên, Bí thư Huyện ủy Lấp Vò,",
                  ", Phó Chủ tịch UBND huyện Lấp Vò cùng đại diện các ban ngành"):
        assert analyse(first + "\n" + LEAD).headline is None, first


def test_a_caption_naming_the_event_bare_is_not_the_headline():
    for caption in ("Đoàn Chủ tịch điều hành Đại hội", "Ban Chấp hành Hội Cựu chiến binh xã khóa mới ra mắt Đại hội",
                    "Đồng chí Lê Văn Tâm phát biểu tại hội nghị"):
        assert analyse(caption + "\n\n" + LEAD).headline is None, caption
    st = analyse("Khai mạc Đại hội đại biểu Hội Cựu chiến binh huyện Lấp Vò lần thứ IX\n\n" + LEAD)
    assert st.headline == 0


def test_a_long_title_that_the_lead_tells_again_word_for_word_is_the_headline():
    title = ("Lấp Vò tổ chức hội nghị quán triệt, triển khai Nghị quyết Hội nghị lần thứ tám Ban Chấp hành "
             "Trung ương Đảng khóa XIII.")
    text = title + "\n\nSáng 14/3, " + title[:-1] + " cho cán bộ chủ chốt của huyện.\n"
    assert analyse(text).headline == 0
    # a long sentence not told again is the lead itself
    text = title + "\n\nSáng 14/3, Huyện ủy Lấp Vò tổ chức hội nghị cho cán bộ chủ chốt của huyện.\n"
    assert analyse(text).headline is None


def test_a_calendar_above_the_title_dates_the_article_when_the_story_names_its_year():
    text = ("Trang chủ / Tin tức / Hoạt động Mặt trận\nThứ năm, 14/03/2024\n\n"
            "Lãnh đạo Mặt trận tỉnh chúc Tết cán bộ, nhân dân huyện Lấp Vò\n\n"
            "Ngày 13/03/2024, bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp dẫn đoàn công tác "
            "về thăm, chúc Tết huyện Lấp Vò.\n")
    assert analyse(text).published == date(2024, 3, 14)
    assert analyse(text.replace("13/03/2024", "13/03/2019")).published is None


def test_a_site_name_with_its_place_is_a_masthead_and_a_byline_over_the_stamp_is_no_title():
    text = ("Đồng Tháp - Cổng Thông tin điện tử tỉnh\nĐăng lúc: 14/03/2024 - 17:32  |  Bản in\n\n"
            "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n" + LEAD)
    assert analyse(text).headline_text == "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I"
    text = ("BÁO ĐỒNG THÁP\nTrang chủ > Chính trị\n\nHuyện ủy Lấp Vò sơ kết công tác dân vận quý I\n\n"
            "Lê Thu Hà - Trần Văn Bình\n14/03/2024 11:42\n\n" + LEAD)
    st = analyse(text)
    assert st.headline_text == "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I"
    assert st.authors == ["Lê Thu Hà", "Trần Văn Bình"] and st.published == date(2024, 3, 14)


def test_a_document_dateline_in_words_is_no_stamp():
    assert stamp("Đồng Tháp, ngày 25 tháng 10 năm 2021") is None


def test_a_stamp_with_its_time_glued_before_the_lead_dates_the_page_and_keeps_the_lead():
    for stamp_line in ("14/03/2024 08:30 (ĐTO) - ", "Cập nhật: 14/03/2024 08:30 ", "14/03/2024 08:30 GMT+7 "):
        text = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\n" + stamp_line + LEAD
        st = analyse(text)
        assert st.published == date(2024, 3, 14) and 1 in st.story, stamp_line
    assert lead_date("14/03/2024 08:30 sẽ diễn ra hội nghị") is None


def test_a_page_address_under_the_title_does_not_make_it_a_broken_line():
    text = "Huyện ủy Lấp Vò sơ kết công tác dân vận quý I\nhuyen-uy-lap-vo-so-ket-cong-tac-dan-van\n\n" + LEAD
    assert analyse(text).headline == 0


def test_a_sapo_sentence_at_the_top_is_not_the_headline_unless_it_opens_on_the_event():
    text = "Huyện ủy Lấp Vò vừa tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024.\n\n" + LEAD
    assert analyse(text).headline is None
    text = "Hội nghị sơ kết công tác dân vận quý I năm 2024 của Huyện ủy Lấp Vò.\n\n" + LEAD
    assert analyse(text).headline == 0

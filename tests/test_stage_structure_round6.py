"""Headlines, stamps and bylines: the page shapes of the sixth round (kg.extract.structure)."""
from __future__ import annotations

from kg.extract.structure.structure import analyse

_LEAD = ("Sáng 9/10, Hội Nông dân xã Đông Khê tổ chức hội nghị sơ kết phong trào nông dân sản xuất giỏi "
         "với sự tham dự của 80 hội viên.\n")


def test_a_reporters_dotted_letters_are_no_author():
    # "P.V" (phóng viên) alone under the story, as "PV" is: a role, not a writer's initials
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "   P.V\nCác bài đã đăng\n")
    assert st.authors == []
    # ... but a writer's dotted initials there are hers
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "   T.V\nCác bài đã đăng\n")
    assert st.authors == ["T.V"]


def test_a_contact_line_with_a_phone_number_is_no_headline():
    st = analyse("Liên hệ quảng cáo: (028)38.123.456 - 0912 345 678\n07:30:00 - Thứ ba, 14/10/2025\n\n"
                 "Đông Khê: Sơ kết phong trào nông dân sản xuất giỏi\n\n" + _LEAD)
    assert st.headline_text == "Đông Khê: Sơ kết phong trào nông dân sản xuất giỏi"
    # ... a sum or a date in a title's line is no telephone number
    st = analyse("Đông Khê trao 1.500.000 đồng cho 02 hộ nghèo vùng lũ năm 2025\n\n" + _LEAD)
    assert st.headline_text == "Đông Khê trao 1.500.000 đồng cho 02 hộ nghèo vùng lũ năm 2025"


def test_a_kicker_the_title_begins_with_is_no_headline():
    st = analyse("Công tác khuyến nông\n\nCông tác khuyến nông phải “sát ruộng, sát dân”\n\n" + _LEAD)
    assert st.headline_text == "Công tác khuyến nông phải “sát ruộng, sát dân”"
    # ... but a title over a lead of other words stays the title
    st = analyse("Công tác khuyến nông ở Đông Khê\n\nHội nông dân sơ kết sáu tháng\n\n" + _LEAD)
    assert st.headline_text == "Công tác khuyến nông ở Đông Khê"


_SIDEBAR = ("Thứ tư, ngày 15 tháng 10 năm 2025\nTra cứu văn bản mới\nBạn đánh giá thế nào về dịch vụ công ?\n"
            "THỐNG KÊ TRUY CẬP\nHôm nay:\nHôm qua:\nTất cả:\n")


def test_the_title_under_the_article_s_own_stamp_past_a_sidebar():
    st = analyse(_SIDEBAR + "Cập nhật lúc: 10/10/2025\n\nHội Nông dân xã Đông Khê sơ kết phong trào sản xuất giỏi\n\n"
                 + _LEAD + "Năm 2025 xã có 300 hộ sản xuất giỏi.\n")
    assert st.headline_text == "Hội Nông dân xã Đông Khê sơ kết phong trào sản xuất giỏi"
    # the article's stamp, not the site's calendar, even when the story names the calendar's year
    assert str(st.published) == "2025-10-10"
    # ... a subtitle under the stamp of a title does not displace it
    st = analyse("Hội Nông dân xã Đông Khê sơ kết phong trào sản xuất giỏi\n10/10/2025 08:30\n"
                 "Tôn vinh 40 hộ nông dân giỏi năm nay\n\n" + _LEAD)
    assert st.headline_text == "Hội Nông dân xã Đông Khê sơ kết phong trào sản xuất giỏi"


def test_a_first_line_set_as_a_sentence_over_a_dated_lead_is_the_title():
    st = analyse("Hội Nông dân huyện Lạc Sơn kiểm tra mô hình trồng cam ở hai xã Đông Khê và Tây Khê.\n"
                 "Sáng ngày 9/10, đoàn kiểm tra của Hội Nông dân huyện Lạc Sơn đã đến xã Đông Khê và xã Tây Khê "
                 "để xem các vườn cam của hội viên.\n")
    assert st.headline_text == "Hội Nông dân huyện Lạc Sơn kiểm tra mô hình trồng cam ở hai xã Đông Khê và Tây Khê."
    # ... not a photo's caption, those present opening it
    st = analyse("Đại biểu dự hội nghị biểu quyết thông qua chương trình công tác của Hội Nông dân huyện.\n"
                 "Sáng ngày 9/10, Hội Nông dân huyện Lạc Sơn họp phiên thường kỳ của Ban Chấp hành khóa mới với "
                 "sự tham dự của 40 ủy viên.\n")
    assert st.headline is None
    # ... nor a lead's own sentence, dated, over the next paragraph
    st = analyse("Hội Nông dân huyện Lạc Sơn kiểm tra vườn cam ngày 9/10 tại hai xã.\n"
                 "Sáng ngày 10/10, đoàn tiếp tục làm việc tại xã Yên Hòa với các hộ trồng bưởi của huyện.\n")
    assert st.headline is None


def test_a_first_line_title_may_name_its_person_with_titles_between_commas():
    st = analyse("Đồng chí Lê Văn An, Phó Chủ tịch UBND huyện Lạc Sơn làm việc với hai xã Đông Khê và Tây Khê.\n"
                 "Chiều ngày 9/10, Phó Chủ tịch UBND huyện Lạc Sơn Lê Văn An đã làm việc với lãnh đạo hai xã về "
                 "việc sáp nhập thôn.\n")
    assert st.headline == 0
    # ... but a short clause closed by a comma opens a story's sentence
    st = analyse("Với nhiều cách làm mới, hai xã Đông Khê và Tây Khê đã hoàn thành việc sáp nhập thôn.\n"
                 "Chiều ngày 9/10, Phó Chủ tịch UBND huyện Lạc Sơn Lê Văn An đã làm việc với lãnh đạo hai xã về "
                 "việc sáp nhập thôn.\n")
    assert st.headline is None


def test_page_furniture_above_the_title_is_none():
    title = "Hội Nông dân huyện Lạc Sơn sơ kết phong trào sản xuất giỏi"
    for top in ("Nhảy đến nội dung", "Chi tiết - Huyện Lạc Sơn", "Theo dõi Báo Yên Hòa trên",
                "Quyết tâm thực hiện thắng lợi kế hoạch trồng rừng của huyện Lạc Sơn năm 2025",
                "Nong dan Dong Khe san xuat gioi duoc khen thuong - Anh 1"):
        st = analyse(top + "\n\n" + title + "\n\n" + _LEAD)
        assert st.headline_text == title, top
    # ... a slogan alone on the page's top, no title under it, stays the title
    st = analyse("Quyết tâm thực hiện thắng lợi kế hoạch trồng rừng của huyện\n\n" + _LEAD)
    assert st.headline_text == "Quyết tâm thực hiện thắng lợi kế hoạch trồng rừng của huyện"


def test_a_title_opening_on_the_day_word_as_a_noun():
    st = analyse("Ngày làm việc thứ ba kỳ họp thứ 7 HĐND huyện Lạc Sơn khóa XX\n\nNgày 9-10, HĐND huyện Lạc Sơn "
                 "tiếp tục chương trình kỳ họp thứ 7 với phiên chất vấn.\n")
    assert st.headline_text == "Ngày làm việc thứ ba kỳ họp thứ 7 HĐND huyện Lạc Sơn khóa XX"
    # ... a lead's day word has its date after it
    st = analyse("Ngày 9-10, HĐND huyện Lạc Sơn tiếp tục kỳ họp thứ 7 với phiên chất vấn\n\nCác đại biểu chất "
                 "vấn Chủ tịch UBND huyện về việc làm đường.\n")
    assert st.headline is None


def test_a_title_ending_on_its_event_bare_over_the_page_s_stamp():
    st = analyse("Huyện Lạc Sơn: 20/25 chi bộ hoàn thành đại hội\n\n05/04/2020 | 09:15 GMT+7\n\n(YH) - Đến nay, "
                 "20 trong 25 chi bộ trực thuộc Huyện ủy Lạc Sơn đã tổ chức xong đại hội nhiệm kỳ mới.\n")
    assert st.headline_text == "Huyện Lạc Sơn: 20/25 chi bộ hoàn thành đại hội"
    # ... with no stamp under it, such a line is a photo's caption
    st = analyse("Bí thư Huyện ủy Lạc Sơn phát biểu tại đại hội\n\n(YH) - Đến nay, 20 trong 25 chi bộ trực "
                 "thuộc Huyện ủy Lạc Sơn đã tổ chức xong đại hội nhiệm kỳ mới.\n")
    assert st.headline is None


def test_writers_dotted_initials_that_spell_an_abbreviation_stay_authors():
    # (review S1: "T.L", "V.N", "B.T.V" are writers' initials, only a reporter's role dotted is none)
    for initials in ("T.L", "V.N", "B.T.V"):
        st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "   " + initials + "\nCác bài đã đăng\n")
        assert st.authors == [initials], initials


def test_a_row_of_share_and_contrast_buttons_is_furniture():
    title = "Hội Nông dân huyện Lạc Sơn sơ kết phong trào sản xuất giỏi"
    # (a row longer than a hundred characters)
    st = analyse("Tăng tương phản Giảm tương phản | Chia sẻ lên zalo Chia sẻ bài viết lên google+ | "
                 "Chia sẻ bài viết lên twitter A+ A-\n\n" + title + "\n\n" + _LEAD)
    assert st.headline_text == title


def test_a_list_s_heading_and_its_entries_are_no_title():
    st = analyse("Thành phần dự hội nghị Hội Nông dân huyện:\n* Về phía huyện Lạc Sơn:\nÔng Lê Văn An – Phó Chủ "
                 "tịch UBND huyện\nBà Trần Thị Bình - Chủ tịch Hội Nông dân huyện\n" + _LEAD)
    assert st.headline is None
    # ... a title naming its person by the title, or with an abbreviation after the name, is one
    st = analyse("Đồng chí Lê Văn An UVBTV – PCT UBND huyện trao quà cho hội viên nghèo\n\n" + _LEAD)
    assert st.headline_text == "Đồng chí Lê Văn An UVBTV – PCT UBND huyện trao quà cho hội viên nghèo"


def test_a_schedule_s_dated_heading_is_no_stamp():
    st = analyse("Lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện Lạc Sơn\n\na) Thứ hai, ngày 14-10-2024:\n"
                 "- Buổi sáng: tiếp xúc cử tri xã Đông Khê tại hội trường UBND xã.\n")
    assert st.headline_text == "Lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện Lạc Sơn" and st.published is None
    # ... a stamp under the title still dates the page
    st = analyse("Lịch tiếp xúc cử tri của Tổ đại biểu HĐND huyện Lạc Sơn\n\nThứ hai, 14/10/2024 08:30\n"
                 "- Buổi sáng: tiếp xúc cử tri xã Đông Khê tại hội trường UBND xã.\n")
    assert str(st.published) == "2024-10-14"


def test_pen_names_with_a_digraph_initial_and_names_joined_by_a_hyphen():
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Tin, ảnh: Ng. Bình - T. Sơn\n")
    assert st.authors == ["Ng. Bình", "T. Sơn"]
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Minh Châu-Quốc Việt\n\nChia sẻ bài viết\n")
    assert st.authors == ["Minh Châu", "Quốc Việt"]
    # ... one initial before a hyphen is part of a name, not a writer of its own
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Tin: Y-Bình Niê\n")
    assert "Y" not in st.authors


def test_a_contributor_s_credit_and_initials_closing_the_story():
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "CTV: Minh Châu – Quốc Việt (Lạc Sơn)\n")
    assert st.authors == ["Minh Châu", "Quốc Việt"]
    # (dotted initials right under the story's last sentence, the share buttons after them)
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "\nQ.B\n\nChia sẻ bài viết\n")
    assert st.authors == ["Q.B"]
    # (initials before a sidebar of links end the story)
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "\nHB\n\n\nLiên kết hữu ích\nCổng thông tin huyện\n")
    assert st.authors == ["HB"]
    # ... a role's letters there are none
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "\nP.V\n\nChia sẻ bài viết\n")
    assert st.authors == []


def test_review5_a_title_naming_its_person_first_with_a_dash_stays_the_title():
    # (review R8: alone, not among other entries, such a line is a title)
    st = analyse("Trang chủ / Tin tức\nĐồng chí Lê Văn An - Bí thư Huyện ủy Lạc Sơn thăm, chúc Tết các đơn vị\n"
                 "15/01/2026 09:12\nSáng 14/1, đồng chí Lê Văn An, Bí thư Huyện ủy Lạc Sơn đã đến thăm, chúc Tết "
                 "các đơn vị lực lượng vũ trang đóng trên địa bàn.\n")
    assert st.headline_text == "Đồng chí Lê Văn An - Bí thư Huyện ủy Lạc Sơn thăm, chúc Tết các đơn vị"


def test_review5_a_page_label_ending_on_a_colon_above_the_title():
    # (review R11: "Bạn đang xem:" and other labels over the title and its stamp head no list)
    for label in ("Bạn đang xem:", "Chuyên mục Nông thôn mới:"):
        st = analyse("Trang chủ / Tin tức\n" + label + "\nHội Nông dân huyện Lạc Sơn sơ kết sáu tháng đầu năm\n"
                     "12/07/2024 10:30\n" + _LEAD)
        assert st.headline_text == "Hội Nông dân huyện Lạc Sơn sơ kết sáu tháng đầu năm", label


def test_review5_a_body_s_abbreviation_with_a_hyphen_is_no_writer():
    # (review R13: "LĐ-TB&XH" parts no names)
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Tin: Phòng LĐ-TB&XH huyện Lạc Sơn\n")
    assert st.authors == []


def test_an_agency_glued_to_the_photographer_by_a_hyphen():
    st = analyse("Nông dân Đông Khê sản xuất giỏi\nQuang cảnh hội nghị sơ kết của hội. Ảnh: Minh Châu-TTXVN\n" + _LEAD)
    assert st.authors == ["Minh Châu"]


def test_an_office_s_acronym_before_its_place_is_no_writer():
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Minh Châu - VPHU Lạc Sơn\n")
    assert st.authors == ["Minh Châu"]
    # ... a name written in capitals whole stays a name
    st = analyse("Nông dân Đông Khê sản xuất giỏi\n" + _LEAD + "Tin, ảnh: MINH CHÂU\n")
    assert st.authors == ["Minh Châu"]

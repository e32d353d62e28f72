"""Frame, dates and bylines of round 15 (kg.extract.structure, kg.extract.meeting's days): a life's dates
(a birth, a unit's founding) are no meeting's day nor a year of the text's. Every sentence is invented."""
from __future__ import annotations

import pytest
from test_extract import officials  # (the names of a page's officials)
from test_stage_dates_r12 import _day  # (the day of the page's first meeting, or None)
from test_stage_kinds_r13 import _kind  # (a meeting's kind, or None)

import kg
from kg.extract.structure.structure import analyse
from kg.extract.structure.text_years import years_in


_ADOPTION = ("Sáng 17/3, Đồn Biên phòng Cửa khẩu Hà Lâm tổ chức lễ nhận đỡ đầu cháu Lò Văn Khải (sinh năm 2019, "
             "trú tại bản Pắc Mạ, xã Hà Lâm).\n")


def test_a_birth_year_is_no_year_of_the_text():
    assert years_in("cháu Lò Văn Khải (sinh năm 2019, trú tại bản Pắc Mạ)") == []


def test_a_unit_founded_in_a_year_is_no_year_of_the_text():
    assert years_in("Hội Cựu chiến binh xã Đông Mai được thành lập năm 1991, hiện có 210 hội viên.") == []


def test_a_year_of_a_review_is_still_read():
    # the negative: the year a meeting reviews is the text's
    assert years_in("Hội nghị tổng kết công tác năm 2029 của Hội Nông dân tỉnh.") == [2029]


def test_a_birth_year_does_not_date_the_meeting(tmp_path):
    assert _day(tmp_path, _ADOPTION) == "--03-17"


def test_a_year_written_beside_a_birth_year_still_dates_it(tmp_path):
    # the negative: the programme's year is the text's, the child's birth is not
    text = _ADOPTION.replace("lễ nhận đỡ đầu", "lễ nhận đỡ đầu theo chương trình năm 2030 cho")
    assert _day(tmp_path, text) == "2030-03-17"


def test_a_unit_s_founding_day_is_no_meeting_s_day(tmp_path):
    text = ("Đại hội đại biểu Đảng bộ phường Hòa Phong lần thứ I, nhiệm kỳ 2030 - 2035 khai mạc với 150 đại biểu.\n"
            "Phường Hòa Phong được thành lập ngày 1-4-2030 trên cơ sở sáp nhập 5 phường.\n")
    assert _day(tmp_path, text) is None


def test_a_founding_ceremony_s_day_is_its_meeting_s_day(tmp_path):
    # the negative: the day the lead gives the ceremony, not a unit's founding told in passing
    text = "Sáng 2/4/2030, UBND tỉnh Sơn Hà tổ chức lễ công bố quyết định thành lập phường Hòa Phong.\n"
    assert _day(tmp_path, text) == "2030-04-02"


# -- bylines and the page's frame ------------------------------------------------------------------

_TITLE = "Huyện ủy Phú Tân sơ kết công tác dân vận quý I\n"
_LEAD = ("Sáng 12/4, Huyện ủy Phú Tân tổ chức hội nghị sơ kết công tác dân vận quý I năm 2031 với sự tham dự "
         "của lãnh đạo các xã, thị trấn trong toàn huyện.\n")


def test_a_portal_s_skip_link_is_no_writer_nor_title():
    st = analyse("Skip Navigation Links.\n" + _TITLE + _LEAD)
    assert st.authors == [] and st.headline_text == _TITLE.strip()


def test_a_visitor_counter_s_heading_is_no_title():
    st = analyse("Thông tin truy cập\nSố lượt truy cập : 12345\n" + _TITLE + _LEAD)
    assert st.headline_text == _TITLE.strip()


def test_a_bare_name_over_the_title_is_its_writer():
    st = analyse("Lê Minh Hòa\n\n" + _TITLE + "\n" + _LEAD)
    assert st.authors == ["Lê Minh Hòa"] and st.headline_text == _TITLE.strip()


_DASH_LEAD = ("- Sáng 9/5, các đại biểu dự Đại hội Hội Nông dân tỉnh Sơn Hà đến viếng Nghĩa trang liệt sĩ tỉnh, "
              "tưởng niệm các anh hùng liệt sĩ trước giờ khai mạc.\n")


def test_a_line_over_a_dash_opened_lead_is_the_title_though_it_ends_as_a_caption():
    st = analyse("Nông dân tỉnh tri ân liệt sĩ trước thềm đại hội\n" + _DASH_LEAD)
    assert st.headline_text == "Nông dân tỉnh tri ân liệt sĩ trước thềm đại hội"


def test_a_caption_over_a_plain_lead_is_still_no_title():
    # the negative: the same line over a lead with no dash stays a caption
    st = analyse("Nông dân tỉnh tri ân liệt sĩ trước thềm đại hội\n" + _DASH_LEAD[2:])
    assert st.headline_text is None


def test_a_sentence_over_a_dash_opened_lead_is_no_title():
    st = analyse("Các đại biểu dâng hương tại khu di tích trước thềm đại hội.\n" + _DASH_LEAD)
    assert st.headline_text is None


# -- the kind of the dated event under an undated sapo ----------------------------------------------

_SESSION = ("Tại hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện Vĩnh Lạc khóa V, các ủy viên đã bầu 9 đồng chí vào "
            "Ban Thường vụ và bầu đồng chí Hà Quang Vinh làm Bí thư Huyện ủy Vĩnh Lạc.\n")
_CONGRESS_DAY = ("Sáng 12/10, Đại hội đại biểu Đảng bộ huyện Vĩnh Lạc lần thứ V, nhiệm kỳ 2030-2035 tiếp tục chương "
                 "trình làm việc với 250 đại biểu.\n")


def test_the_dated_congress_under_an_undated_sapo_is_the_kind(tmp_path):
    assert _kind(tmp_path, _SESSION + _CONGRESS_DAY) == "Congress"


def test_the_dated_congress_under_an_undated_sapo_takes_its_term_s_year(tmp_path):
    assert _day(tmp_path, _SESSION + _CONGRESS_DAY) == "2030-10-12"


def test_a_dated_lead_keeps_its_own_kind(tmp_path):
    # the negative: the lead dates its session, the congress's day after it is another item
    assert _kind(tmp_path, "Chiều 11/10, t" + _SESSION[1:] + _CONGRESS_DAY) == "Conference"


# -- a stamp the page is not dated by gives the story no year ------------------------------------------

_REPORTERS = ("Tập huấn công tác kiểm tra hội cho cán bộ cơ sở\n\n"
              "Ngày 20-6, Hội Cựu chiến binh tỉnh Sơn Hà mở lớp tập huấn công tác kiểm tra cho 80 cán bộ hội các "
              "xã, phường trong tỉnh.\n")


def test_a_site_s_clock_before_the_story_s_day_gives_no_year(tmp_path):
    assert _day(tmp_path, "Thứ hai,  03/06/2030\n\n" + _REPORTERS) == "--06-20"


def test_a_stamp_the_page_is_dated_by_gives_its_year(tmp_path):
    # the negative: a stamp with its time, after the story's day, dates the page, and the meeting by it
    assert _day(tmp_path, "24/06/2030 09:15\n\n" + _REPORTERS) == "2030-06-20"


# -- a label of the story's person over the title ----------------------------------------------------

_PERSON_LEAD = ("Chiều 14/10, tại trụ sở UBND tỉnh Sơn Hà, Phó Chủ tịch UBND tỉnh Lương Văn Bích chủ trì cuộc họp với "
                "các sở, ngành về công tác phòng chống thiên tai trên địa bàn tỉnh.\n")


def test_a_person_s_label_over_the_title_that_names_him_is_no_title():
    st = analyse("Phó Chủ tịch UBND tỉnh Lương Văn Bích\nPhó Chủ tịch Lương Văn Bích: Chủ động ứng phó với mưa lũ\n"
                 + _PERSON_LEAD)
    assert st.headline_text == "Phó Chủ tịch Lương Văn Bích: Chủ động ứng phó với mưa lũ"


def test_a_title_over_a_line_naming_another_person_stays_the_title():
    # the negative: the next line does not name the label's person
    st = analyse("Phó Chủ tịch UBND tỉnh Lương Văn Bích\nChủ tịch Trần Hữu Nam: Chủ động ứng phó với mưa lũ\n"
                 + _PERSON_LEAD)
    assert st.headline_text == "Phó Chủ tịch UBND tỉnh Lương Văn Bích"


def test_a_title_that_tells_what_the_person_does_stays_the_title():
    # the negative: a headline naming his act over a line that names him again
    st = analyse("Phó Chủ tịch UBND tỉnh Lương Văn Bích kiểm tra đê điều\nLương Văn Bích kiểm tra đê điều tại huyện Yên Lạc\n"
                 + _PERSON_LEAD)
    assert st.headline_text == "Phó Chủ tịch UBND tỉnh Lương Văn Bích kiểm tra đê điều"


# -- a comment box under the byline ------------------------------------------------------------------

_MORE = ("Các đại biểu đã thảo luận, thống nhất nhiều giải pháp cho công tác dân vận của huyện trong quý II và "
         "những tháng cuối năm.\n")
_COMMENTS = "\n {user} - {date}\n\n Trả lời\n\n{content}\n {user} - {date}\n{content}\n\n0 bình luận\n"


# the writers a page's byline names (bylines over and under the story, a section's label, a comment box)
@pytest.mark.parametrize("text, authors", [
    pytest.param(_TITLE + _LEAD + "Thực hiện: Lê Minh Hòa -Trần Thu Vân\n", ["Lê Minh Hòa", "Trần Thu Vân"],
                 id="a_dash_glued_to_the_second_writer_splits_the_byline"),
    # the negative of the shape: as before
    pytest.param(_TITLE + _LEAD + "Thực hiện: Lê Minh Hòa - Trần Thu Vân\n", ["Lê Minh Hòa", "Trần Thu Vân"],
                 id="a_dash_between_spaces_still_splits_the_byline"),
    pytest.param(_TITLE + _LEAD + "Phóng viên K\n", [],
                 id="a_job_and_one_letter_is_no_writer"),
    pytest.param(_TITLE + _LEAD + "Phóng viên Lê Minh Hòa\n", ["Lê Minh Hòa"],
                 id="a_job_and_a_name_is_a_writer"),
    pytest.param("Sơn La - Luang Prabang\n\n" + _TITLE + "\n" + _LEAD, [],
                 id="places_over_the_title_are_no_writers"),
    pytest.param("Bí thư Huyện ủy Lê Minh Hòa\n\n" + _TITLE + "\n" + _LEAD, [],
                 id="a_name_with_its_title_over_the_title_is_no_writer"),
    # the negative: a name line is the writer only as the one line over the title
    pytest.param("Chuyện làng quê\nLê Minh Hòa\n" + _TITLE + _LEAD, [],
                 id="a_name_under_a_line_over_the_title_is_no_writer"),
    pytest.param("KINH TẾ - XÃ HỘI\n\n" + _TITLE + "\n" + _LEAD, [],
                 id="a_section_s_label_over_the_title_is_no_writer-1"),
    pytest.param("Văn hóa - Thể thao\n\n" + _TITLE + "\n" + _LEAD, [],
                 id="a_section_s_label_over_the_title_is_no_writer-2"),
    pytest.param(_TITLE + _LEAD + _MORE + _MORE + "Thu Vân\n\nThu Vân\n" + _COMMENTS, ["Thu Vân"],
                 id="the_writer_over_an_unfilled_comment_box_is_read"),
])
def test_the_writers_of_a_page(text, authors):
    assert analyse(text).authors == authors


def test_a_template_s_fields_are_furniture_but_braced_words_in_a_sentence_are_not():
    from kg.extract.structure.page_chrome import is_chrome
    assert is_chrome(" {user} - {date}") and is_chrome("{content}")
    assert not is_chrome("Hội {Sơn Hà} tổ chức hội nghị")


def test_a_headline_s_kind_keeps_the_undated_sapo(tmp_path):
    # the negative: the headline names the session; the congress's dated day under it does not decide
    text = "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện Vĩnh Lạc khóa V\n" + _SESSION + _CONGRESS_DAY
    assert _kind(tmp_path, text) == "Conference"


# -- an emulation congress's span on its eve ----------------------------------------------------------

def test_the_eve_of_an_emulation_congress_is_in_its_span_s_first_year(tmp_path):
    text = ("Sáng 8/10, Đoàn đại biểu dự Đại hội thi đua yêu nước tỉnh Sơn Hà lần thứ V, giai đoạn 2030 - 2035 "
            "viếng Nghĩa trang liệt sĩ tỉnh, tưởng nhớ các anh hùng liệt sĩ.\n")
    assert _day(tmp_path, text) == "2030-10-08"


def test_a_plan_s_period_gives_no_year(tmp_path):
    # the negative: "giai đoạn" of a plan, no congress's eve
    text = ("Sáng 8/10, Hội Nông dân tỉnh Sơn Hà tổ chức hội nghị triển khai kế hoạch hỗ trợ nông dân giai đoạn "
            "2030 - 2035 với 120 đại biểu.\n")
    assert _day(tmp_path, text) == "--10-08"


# -- a thing handed over, told as the subject --------------------------------------------------------

def test_a_house_told_as_handed_over_is_a_ceremony_not_the_congress_it_greets(tmp_path):
    text = ("Căn nhà Đại đoàn kết của anh Vàng A Dình ở bản Nà Hẩu, xã Tà Lèng được bàn giao cho chủ nhà.\n"
            "Căn nhà rộng 60 mét vuông, do Ủy ban MTTQ xã vận động hội viên góp công, góp vật liệu. Công trình chào "
            "mừng Đại hội MTTQ Việt Nam huyện Tà Lèng lần thứ XV, nhiệm kỳ 2034 - 2039.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_a_meeting_named_before_what_was_handed_over_keeps_its_kind(tmp_path):
    # the negative: the lead's own event word comes first
    text = ("Sáng 6/5, Hội Nông dân huyện Tà Lèng tổ chức hội nghị sơ kết việc sử dụng các công trình được bàn "
            "giao cho hội viên trong quý I.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_awards_handed_over_with_no_ceremony_word_are_a_ceremony(tmp_path):
    text = ("Năm gia đình ở xã Pa Cò nhận huân chương\n"
            "Sáng 21/3, ông Vi Văn Khánh, Phó Chủ tịch UBND tỉnh Sơn Hà về xã Pa Cò trao các phần thưởng cao quý "
            "của Nhà nước cho 5 gia đình có công với cách mạng.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_a_reward_planned_in_a_conference_keeps_its_kind(tmp_path):
    # the negative: the conference's word comes first
    text = ("Sáng 9/11, UBND huyện Tà Lèng tổ chức hội nghị bàn kế hoạch trao phần thưởng cho học sinh giỏi năm "
            "học tới.\n")
    assert _kind(tmp_path, text) == "Conference"


# -- a site's masthead under the story (requests15, COORD) -------------------------------------------

_MASTHEAD_STORY = ("Huyện ủy Phú Tân sơ kết công tác dân vận quý I\n"
                   "Sáng 12/4, Huyện ủy Phú Tân tổ chức hội nghị sơ kết công tác dân vận quý I năm 2031. Đồng chí Lê "
                   "Văn Ba, Bí thư Huyện ủy Phú Tân chủ trì hội nghị.\n"
                   "Thu Vân\n")


def test_a_masthead_s_labelled_lines_make_no_officials():
    text = (_MASTHEAD_STORY + "BÁO SƠN HÀ ĐIỆN TỬ\nTổng biên tập: Hoàng Minh Quý\n"
            "Phó Tổng biên tập: Đinh Thị Hoa, Vương Văn Lực\nGiấy phép số 12/GP-BTTTT\n")
    assert officials(kg.extract_text(text)) == {"Lê Văn Ba"}


def test_an_editor_named_in_a_caption_stays_the_story_s():
    # the negative: no colon, a caption's sentence
    text = _MASTHEAD_STORY.replace("Thu Vân\n", "Bà Đinh Thị Hoa, Phó Tổng biên tập Báo Sơn Hà phát biểu tại hội nghị.\n"
                                   "Thu Vân\n")
    assert "Đinh Thị Hoa" in officials(kg.extract_text(text))

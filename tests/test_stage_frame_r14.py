"""The article's frame, round 14 (kg.extract.structure, kg.extract.structure.dates,
kg.extract.meeting.event_days): a contributor's "Nguồn tin:" credit, a closing line that is no writer
(a title cut by the page's end, a person the story tells), a page's card of its title and lead over the
title, a breadcrumb naming the title, a meeting of two days each with its time of day, and a range of
days of one month fronted after a plan's name. Every sentence is invented."""
from __future__ import annotations

from kg.extract.structure.dates import day_dates
from kg.extract.structure.structure import analyse
from test_stage_dates_r13 import _day       # (a meeting's day, "2031-05-04", or None)
from test_stage_kinds_r13 import _kind      # (a meeting's kind, or None)

_TITLE = "Huyện ủy Thanh Bình tổng kết công tác xây dựng Đảng năm 2031\n"
_LEAD = ("Sáng 14/1, Huyện ủy Thanh Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2031, "
         "triển khai nhiệm vụ năm 2032 với sự tham dự của nhiều đại biểu.\n")
_STORY = _TITLE + _LEAD + "Hội nghị đã thảo luận và thống nhất các chỉ tiêu chủ yếu của năm.\n"


# -- bylines ---------------------------------------------------------------------------------------

def test_a_contributor_s_source_credit_names_the_writer():
    assert analyse(_STORY + "Nguồn tin: Hoàng Mai Anh").authors == ["Hoàng Mai Anh"]


def test_a_source_credit_naming_an_outlet_names_no_writer():
    assert analyse(_STORY + "Nguồn tin: Báo Thanh Bình điện tử").authors == []


def test_a_plain_source_marker_names_no_writer():
    # the negative: "Nguồn: X" stays a source (as before)
    assert analyse(_STORY + "Nguồn: Hoàng Mai Anh").authors == []


def test_a_title_cut_by_the_page_s_end_is_no_writer():
    assert analyse(_STORY + "Phó Ch").authors == []
    assert analyse(_STORY + "Chủ tịch Hộ").authors == []


def test_a_name_that_begins_as_a_title_s_word_stays_a_writer():
    # the negative: whole syllables of a name, no title cut inside a word
    assert analyse(_STORY + "Phó Đức Lâm").authors == ["Phó Đức Lâm"]


def test_a_person_the_story_tells_closing_the_page_is_no_writer():
    text = (_TITLE + "Sáng 14/1, đồng chí Lương Văn Triều, Bí thư Huyện ủy Thanh Bình chủ trì hội nghị tổng kết "
            "công tác xây dựng Đảng năm 2031 với sự tham dự của nhiều đại biểu.\n"
            "Hội nghị đã thảo luận và thống nhất các chỉ tiêu chủ yếu của năm.\nXây dựng Đảng\nLương Văn Triều")
    assert analyse(text).authors == []


def test_a_writer_whose_name_the_story_does_not_tell_stays():
    # the negative: the same page closed by a writer's full name
    assert analyse(_STORY + "Đinh Thị Ngọc Hà").authors == ["Đinh Thị Ngọc Hà"]


def test_a_photographer_credited_in_the_story_stays_a_writer():
    # the negative: a caption's credit names the photographer, no person of the story
    text = _STORY + "Quang cảnh hội nghị. Ảnh: Đinh Thị Ngọc Hà\nĐinh Thị Ngọc Hà"
    assert "Đinh Thị Ngọc Hà" in analyse(text).authors


_OWN = ("Sáng 14/1, Huyện ủy Thanh Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2031 với sự tham dự "
        "của đồng chí Lương Văn Triều, Bí thư Huyện ủy.\n")
_TEASER = ("Chiều 9/8, Ban Thường vụ Huyện ủy Lục Yên làm việc với Đảng ủy xã Phú Xuân về công tác chuẩn bị đại hội; "
           "đồng chí Hà Thị Yến, Phó Bí thư Huyện ủy đề nghị xã rà soát kỹ nhân sự.\n")


def test_a_paragraph_closed_by_other_writers_under_the_byline_is_another_story():
    st = analyse(_OWN + "Đinh Ngọc Hà\n" + _TEASER + "Minh An - Lê Ba")
    assert st.authors == ["Đinh Ngọc Hà"]
    assert all("Hà Thị Yến" not in st.lines[i] for i in st.story)


def test_a_paragraph_closed_by_the_same_writer_stays_the_story_s():
    # the negative: one writer named twice (a header byline and the closing one)
    st = analyse(_OWN + "Đinh Ngọc Hà\n" + _TEASER + "Đinh Ngọc Hà")
    assert any("Hà Thị Yến" in st.lines[i] for i in st.story)


def test_a_short_line_between_two_names_is_no_teaser():
    # the negative: no lead's paragraph between the names (a caption under a header byline)
    st = analyse(_OWN + "Đinh Ngọc Hà\nCác đại biểu dự hội nghị.\nMinh An - Lê Ba")
    assert "Minh An" in st.authors


# -- headline --------------------------------------------------------------------------------------

def _headline(text: str):
    return analyse(text).headline_text


def test_a_card_of_title_and_lead_over_the_title_gives_the_title():
    card = _TITLE.strip() + " Sáng 14/1, Huyện ủy Thanh Bình tổ chức hội nghị tổng kết công tác xây dựng...\n"
    assert _headline(card + _STORY) == _TITLE.strip()


def test_a_longer_title_over_its_short_form_stays_the_title():
    # the negative: what follows the short form is no lead (no time, no date)
    longer = _TITLE.strip() + ": nhiều chỉ tiêu vượt kế hoạch\n"
    assert _headline(longer + _STORY) == longer.strip()


_SPEECH_TITLE = ("Phát biểu khai mạc Hội nghị lần thứ 8, Ban Chấp hành Đảng bộ huyện Thanh Bình khóa XV, "
                 "nhiệm kỳ 2030 - 2035")
_SPEECH = ("Thưa các đồng chí đại biểu,\nHôm nay, Ban Chấp hành Đảng bộ huyện Thanh Bình họp Hội nghị lần thứ 8 "
           "để xem xét, cho ý kiến vào nhiều nội dung quan trọng.\n")


def test_a_breadcrumb_naming_the_title_makes_it_the_title():
    crumb = "> Tin tức > Hoạt động Huyện ủy > " + _SPEECH_TITLE[:70] + " -\n"
    assert _headline(crumb + _SPEECH_TITLE + "\n15/07/2031\n" + _SPEECH) == _SPEECH_TITLE


def test_without_a_breadcrumb_the_opener_s_line_is_no_title():
    # the negative: as before, a line opening as a speaker's sentence does with two commas
    assert _headline(_SPEECH_TITLE + "\n15/07/2031\n" + _SPEECH) is None


def test_a_scene_s_caption_opening_the_page_is_no_title():
    st = analyse("Quang cảnh buổi lễ trao nhà tình nghĩa\n" + _LEAD + "Hội nghị đã thống nhất các chỉ tiêu.\n")
    assert st.headline_text is None


def test_a_caption_ending_on_the_fair_named_bare_is_no_title():
    st = analyse("Các đội văn nghệ biểu diễn tại ngày hội\n" + _LEAD + "Hội nghị đã thống nhất các chỉ tiêu.\n")
    assert st.headline_text is None


def test_a_title_naming_the_fair_in_full_stays_the_title():
    # the negative: the fair named with its name, and a scene's word inside a title
    title = "Thanh Bình tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"
    assert _headline(title + "\n" + _LEAD) == title
    title = "Bức tranh toàn cảnh kinh tế huyện Thanh Bình năm 2031"
    assert _headline(title + "\n" + _LEAD) == title


# -- meeting days ----------------------------------------------------------------------------------

def test_two_days_each_with_its_time_give_the_first():
    d = day_dates("Chiều ngày 08 và sáng ngày 09 tháng 10 năm 2031, Hội Cựu chiến binh tỉnh tổ chức Đại hội.")
    assert [(x.day, x.month, x.year) for x in d] == [(8, 10, 2031)]


def test_two_days_with_one_time_give_the_first_as_before():
    d = day_dates("Trong hai ngày 8 và 9 tháng 10 năm 2031, Hội Cựu chiến binh tỉnh tổ chức Đại hội.")
    assert [(x.day, x.month) for x in d] == [(8, 10)]


def test_a_range_of_one_month_after_a_plan_s_name_dates_the_meeting(tmp_path):
    text = ("Đoàn công tác của Ban Dân vận Trung ương làm việc tại ba tỉnh\n"
            "Thực hiện chương trình công tác năm 2031, từ ngày 04/05 đến ngày 06/05/2031, đoàn công tác của Ban Dân "
            "vận Trung ương đã làm việc với Ban Thường vụ Tỉnh ủy Hà Giang.\n")
    assert _day(tmp_path, text) == "2031-05-04"


def test_a_document_s_own_date_is_no_meeting_s(tmp_path):
    # the negative: the plan's number and its date, no comma, no range: a document's date (as before)
    text = ("Ban Dân vận Tỉnh ủy Hà Giang triển khai kế hoạch\n"
            "Ban Dân vận Tỉnh ủy Hà Giang triển khai Kế hoạch số 12-KH/BDV ngày 04/05/2031 về công tác dân vận "
            "trong các cơ quan nhà nước của tỉnh.\n")
    assert _day(tmp_path, text) is None


def test_a_period_across_months_after_a_plan_s_name_stays_no_meeting_s(tmp_path):
    # the negative: "từ 1/1 đến 30/6" reviews a period (months apart)
    text = ("Ban Dân vận Tỉnh ủy Hà Giang sơ kết công tác\n"
            "Theo kế hoạch công tác năm 2031, từ ngày 01/01 đến ngày 30/06/2031, Ban Dân vận Tỉnh ủy Hà Giang đã "
            "hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề.\n")
    assert _day(tmp_path, text) != "2031-01-01"


# -- "thăm và làm việc tại": a working session where the visitor oversees the place -------------------

def test_a_central_leader_s_trip_to_a_province_is_a_working_session(tmp_path):
    text = ("Phó Thủ tướng Chính phủ thăm và làm việc tại tỉnh Cao Bằng\n"
            "Chiều 3/9, Phó Thủ tướng Chính phủ Lê Văn Tâm dẫn đầu đoàn công tác đã đến thăm và làm việc tại tỉnh "
            "Cao Bằng, kiểm tra tiến độ tuyến cao tốc biên giới.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_central_union_s_trip_to_a_province_named_bare_is_a_working_session(tmp_path):
    text = ("Sáng 2/8, Đoàn công tác Trung ương Hội Nông dân Việt Nam đã đến thăm và làm việc tại Bắc Kạn. "
            "Đoàn đã thăm mô hình trồng cây ăn quả của hội viên.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_district_s_trip_to_its_commune_is_a_working_session(tmp_path):
    text = ("Sáng 8/3, Thường trực Huyện ủy Yên Sơn do đồng chí Hà Văn Toàn, Bí thư Huyện ủy làm trưởng đoàn đã "
            "đến thăm và làm việc tại xã Tân Lập về tình hình sản xuất vụ xuân.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_central_trip_told_as_the_trip_s_occasion_is_a_working_session(tmp_path):
    text = ("Tỉnh Cao Bằng cần phát huy tiềm năng để phát triển\n"
            "Phó Thủ tướng Lê Văn Tâm nêu rõ yêu cầu này trong chuyến thăm và làm việc tại Cao Bằng ngày 3/9.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_peer_district_s_trip_stays_a_visit(tmp_path):
    # the negative: a district's team at a twinned district of another province (one level)
    text = ("Sáng 12/5, đoàn công tác của Huyện ủy Kim Sơn do ông Lê Văn Tâm, Bí thư Huyện ủy làm trưởng đoàn "
            "đã đến thăm và làm việc tại huyện kết nghĩa Giao Thủy.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_a_foreign_side_s_trip_stays_a_visit(tmp_path):
    # the negative: a province of a neighbouring country, its country named
    text = ("Sáng 12/5, Đoàn đại biểu Tỉnh ủy Bò Li Khăm Xay (Lào) do ông Thong Lay làm trưởng đoàn đã đến thăm "
            "và làm việc tại huyện Kỳ Sơn.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_a_province_s_trip_abroad_stays_a_visit(tmp_path):
    text = ("Sáng 12/5, Đoàn công tác Tỉnh ủy Cao Bằng do ông Lê Văn Tâm, Bí thư Tỉnh ủy làm trưởng đoàn "
            "đã đến thăm và làm việc tại tỉnh Quảng Tây, Trung Quốc.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_a_report_s_content_opening_an_excerpt_names_no_kind(tmp_path):
    # an excerpt that starts mid-article on the report's content: the congress the caption names is the kind
    text = ("Tại báo cáo chính trị, nhiệm kỳ 2020 - 2025, Đảng ủy Quân sự tỉnh đã lãnh đạo triển khai có hiệu quả "
            "nhiệm vụ huấn luyện, sẵn sàng chiến đấu.\n"
            "Đại tá Hoàng Văn Tú, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu tại Đại hội.\n")
    assert _kind(tmp_path, text) == "Congress"


def test_a_lead_that_holds_the_meeting_names_its_kind(tmp_path):
    # the negative: a sentence opening on the report's presenter at the meeting itself is no content
    text = ("Sáng 3/4, Đảng ủy Quân sự tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2031.\n"
            "Đại tá Hoàng Văn Tú, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu tại Đại hội.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_a_consultation_is_a_conference_whatever_its_topic_names(tmp_path):
    # "lấy ý kiến" as "cho ý kiến" is: the topic's "giám sát" after it names no working session
    text = ("Lấy ý kiến về dự thảo quy chế giám sát của Mặt trận\n"
            "Sáng 5/3, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng tổ chức buổi lấy ý kiến các nhà khoa học, chức sắc "
            "tôn giáo về dự thảo quy chế giám sát của Mặt trận các cấp.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_a_working_session_that_asks_opinions_stays_a_working_session(tmp_path):
    # the negative: "làm việc với" in the headline makes the working session (as before)
    text = ("Đoàn công tác Ủy ban MTTQ tỉnh làm việc với huyện Hà Quảng\n"
            "Sáng 5/3, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Cao Bằng làm việc với Ban Thường trực Ủy ban MTTQ "
            "huyện Hà Quảng, lấy ý kiến về dự thảo quy chế giám sát.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


def test_a_date_s_fraction_slash_is_its_solidus(tmp_path):
    text = "Chiều ngày 9\u20445, Sở Nội vụ tỉnh Cao Bằng tổ chức hội nghị triển khai nhiệm vụ năm 2031.\n"
    assert _day(tmp_path, text) == "2031-05-09"


def test_a_central_trip_that_greets_stays_a_visit(tmp_path):
    # conventions (round 14): a trip whose headline or lead also greets is a visit, whoever makes it
    text = ("Phó Thủ tướng thăm và làm việc tại Cao Bằng\n"
            "Sáng 24/1, Phó Thủ tướng Lê Văn Tâm cùng đoàn công tác đã đến thăm, chúc Tết, làm việc tại huyện "
            "Bảo Lâm, tỉnh Cao Bằng.\n")
    assert _kind(tmp_path, text) == "Visit"

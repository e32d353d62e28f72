"""Meeting kinds and dates, and the page's text, on more constructions of the genre (sentences
written for these tests; names invented)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.structure.structure import analyse
from test_stage_pipeline import state_of
from test_real_meetings import day  # one reader of a meeting's day


def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


@pytest.mark.parametrize("text, kind", [
    # a get-together for Tết, said before it in its sentence, is a ceremony
    ("Gặp mặt cán bộ hưu trí\n\nNhân dịp đón Xuân Ất Tỵ, sáng 20/1, Ban Thường vụ Huyện ủy Yên Hòa tổ chức "
     "gặp mặt các đồng chí nguyên lãnh đạo huyện qua các thời kỳ.", "Ceremony"),
    # ... or far after it, past a long list of guests
    ("Tin hoạt động\n\nChiều 3-2, tại hội trường Huyện ủy, Bí thư Huyện ủy Lạc Sơn Vi Đức Thành có buổi họp mặt "
     "với cán bộ, đảng viên, người lao động các phòng, ban của Huyện ủy nhân dịp Tết cổ truyền sắp đến.",
     "Ceremony"),
    # a get-together named for its occasion
    ("Lạc Sơn: Họp mặt đầu xuân cùng cựu lãnh đạo huyện\n\nNgày 14/2, Thường trực Huyện ủy Lạc Sơn mời các "
     "cựu lãnh đạo huyện về dự buổi họp mặt đầu xuân.", "Ceremony"),
    ("Cựu thanh niên xung phong huyện Lạc Sơn gặp mặt truyền thống\n\nSáng 26-7, Ban liên lạc cựu thanh niên "
     "xung phong huyện mời các hội viên về dự buổi gặp mặt thân mật.", "Ceremony"),
    # an excerpt that starts mid-article: the guests recall the branch's tradition
    ("Tham dự có ông Vi Đức Thành, Phó Bí thư Huyện ủy. Trong không khí ấm cúng của buổi họp mặt, cán bộ ngành "
     "qua nhiều thế hệ cùng ôn lại truyền thống 55 năm của ngành Tổ chức huyện nhà.", "Ceremony"),
    # a get-together with delegates, or on a theme that names the spring, is a conference
    ("Gặp mặt đoàn đại biểu\n\nSáng 6/8, Tỉnh ủy Yên Hòa gặp mặt đoàn đại biểu dự Đại hội Công đoàn Việt Nam "
     "lần thứ XIII.", "Conference"),
    ("Kiều bào về quê đón Tết\n\nSáng 1-2, UBND tỉnh Lạc Sơn mời hơn 200 kiều bào dự buổi họp mặt mang chủ "
     "đề “Xuân đất mẹ” ở nhà khách tỉnh.", "Conference"),
    ("Gặp mặt\n\nSáng 9/4, xã Yên Hòa tổ chức gặp mặt các đồng chí Bí thư chi bộ mới; đồng chí Lê Xuân Hòa, "
     "Bí thư Đảng ủy xã chủ trì.", "Conference"),
])
def test_a_get_together_for_an_occasion_is_a_ceremony(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_story_printed_on_one_row_with_its_stamp_stays_the_story():
    lead = ("Trong 2 ngày 3 và 4-10, Phó Chủ tịch UBND tỉnh Vi Đức Thành dẫn đoàn của tỉnh đi xem tiến độ các "
            "công trình giao thông lớn ở huyện Lạc Sơn, rồi bàn với huyện cách gỡ vướng mặt bằng cho các nhà "
            "thầu trước mùa mưa năm nay...... 15:42 | 06/10/2020")
    st = analyse(lead + "\n")
    assert st.story == [0] and 0 not in st.chrome
    assert st.published == date(2020, 10, 6)
    # a row of the page's furniture stays chrome
    st = analyse("Cập nhật: 05/01/2023 16:20 | Lượt xem: 87\nSáng 4/1, Huyện ủy Yên Hòa tổ chức hội nghị.\n")
    assert 0 in st.chrome and st.published == date(2023, 1, 5)




@pytest.mark.parametrize("lead, want", [
    # the days of a trip, opened by "từ" and fronted between commas, are the event's
    ("Nhân dịp Tết cổ truyền của nước bạn, từ ngày 12 đến ngày 15/4, đoàn công tác tỉnh Lạc Sơn do Phó Bí "
     "thư Tỉnh ủy Vi Đức Thành dẫn đầu sang chúc Tết tỉnh kết nghĩa.", "--04-12"),
    # ... not the days of another event said inside a clause
    ("Đoàn đại biểu tỉnh Lạc Sơn vừa ghé thăm, tặng quà cựu chiến binh. Được biết, Đại hội Hội Cựu chiến "
     "binh toàn quốc sẽ họp từ ngày 14-16/11 ở Thủ đô.", None),
    # a year named for a cause names the year
    ("Chiều 2-7, Hội LHPN tỉnh Yên Hòa tổ chức lễ kỷ niệm Năm Hữu nghị Việt Nam - Campuchia 2017.",
     "2017-07-02"),
    # the day a decision announced takes effect names the year
    ("Chiều 27-6, Ban Thường vụ Tỉnh ủy Lạc Sơn trao quyết định điều động hai cán bộ chủ chốt. Việc điều "
     "động có hiệu lực kể từ ngày 1/7/2023.", "2023-06-27"),
    # ... a deadline does not
    ("Chiều 30-3, Ban Thường vụ Tỉnh ủy Yên Hòa tổ chức hội nghị triển khai kế hoạch, hoàn thành trước "
     "ngày 30/6/2023.", "--03-30"),
])
def test_more_forms_of_the_meeting_s_day_and_year(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Yên Hòa\n\n{lead}\n")) == want


@pytest.mark.parametrize("text, kind", [
    # a sitting of a congress is the congress
    ("Phiên trù bị\n\nChiều 8/7, Đại hội đại biểu Đảng bộ huyện Yên Hòa lần thứ XII, nhiệm kỳ 2025-2030 đã "
     "diễn ra phiên họp trù bị.", "Congress"),
    ("Tin đại hội\n\nSáng 30-11, Đại hội đại biểu Hội Nông dân tỉnh Yên Hòa lần thứ X diễn ra phiên trọng "
     "thể.", "Congress"),
    # ... not a sitting held to prepare one
    ("Họp chuẩn bị\n\nSáng 3-7, Ban Thường vụ chuẩn bị Đại hội đã diễn ra phiên họp thứ ba.", "Conference"),
    # an event planned is not the one held
    ("Triển khai kế hoạch\n\nNgày 2/11, Ủy ban MTTQ phường Lạc Sơn họp triển khai kế hoạch tổ chức Ngày hội "
     "Đại đoàn kết ở các khu dân cư.", "Conference"),
])
def test_a_congress_s_sitting_and_an_event_planned(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


@pytest.mark.parametrize("text, kind", [
    # every event the occasion's phrase lists, up to its comma, is the occasion
    ("Tin hoạt động\n\nNhân kỷ niệm 40 năm Ngày truyền thống Hội Chữ thập đỏ huyện (3/6/1984 - 3/6/2024) "
     "và 10 năm Ngày hội hiến máu của tỉnh (5/6/2014 - 5/6/2024), sáng nay (4/6), Thường trực Huyện ủy "
     "Lạc Sơn đã tới thăm Hội Chữ thập đỏ huyện.", "Visit"),
    # ... not the event after it
    ("Tin hoạt động\n\nNhân dịp Tết cổ truyền, ngày 20/1, Hội Nông dân tỉnh Yên Hòa tổ chức lễ trao quà "
     "cho hội viên.", "Ceremony"),
    # a standing committee that discusses or gives its opinion meets
    ("Tin hoạt động\n\nSáng ngày 11/9, Ban Thường vụ Huyện ủy Lạc Sơn, do Bí thư Huyện ủy Vi Đức Thành chủ "
     "trì, thảo luận và cho ý kiến vào dự thảo sách địa chí của huyện.", "Conference"),
])
def test_an_occasion_s_list_and_a_discussion(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_photo_credit_in_brackets_before_the_caption_s_full_stop():
    from kg.extract.structure.bylines import photo_credit
    assert photo_credit("Dự lễ ký kết có lãnh đạo hai tỉnh - (Ảnh: Lò Thu Hà/yenhoa.gov.vn). |") == ["Lò Thu Hà"]
    assert photo_credit("Dự lễ ký kết có lãnh đạo hai tỉnh (Ảnh: TTXVN).") == []


def test_a_photo_s_text_twice_under_the_title_is_not_the_headline():
    st = analyse("Lạc Sơn: Lãnh đạo tỉnh mừng năm mới cùng đồng bào Khmer\n\n"
                 "Phó Bí thư Tỉnh ủy Vi Đức Thành tặng quà các vị sư sãi ở chùa\n"
                 "Phó Bí thư Tỉnh ủy Vi Đức Thành tặng quà các vị sư sãi ở chùa\n"
                 "Sáng 10-4, Phó Bí thư Tỉnh ủy Vi Đức Thành cùng đoàn của tỉnh Lạc Sơn ghé các chùa Khmer để "
                 "mừng năm mới với bà con.\n")
    assert st.headline_text == "Lạc Sơn: Lãnh đạo tỉnh mừng năm mới cùng đồng bào Khmer"


def test_a_caption_its_marker_shows_above_the_title_is_no_lead():
    st = analyse("Bí thư Tỉnh ủy Vi Đức Thành tặng hoa hai cán bộ Lê Thu Hà (bên trái) và Đinh Văn Tú "
                 "(bên phải).\n\n"
                 "Luân chuyển Chủ tịch UBND huyện Lạc Sơn về làm Phó Trưởng Ban Tổ chức Tỉnh ủy\n\n"
                 "Sáng 4/8, Ban Thường vụ Tỉnh ủy Lạc Sơn trao các quyết định luân chuyển và bổ nhiệm cán bộ "
                 "chủ chốt.\n")
    assert st.headline_text == "Luân chuyển Chủ tịch UBND huyện Lạc Sơn về làm Phó Trưởng Ban Tổ chức Tỉnh ủy"


@pytest.mark.parametrize("lead, want", [
    # the lunar year named alone (no digits) gives the year its Tết falls in
    ("Sáng 25/1, Huyện ủy Yên Hòa tổ chức thăm, chúc Tết Nguyên đán Giáp Thìn các gia đình chính sách.",
     "2024-01-25"),
    ("Sáng 5/3 (tức ngày 24 tháng Giêng năm Giáp Thìn), Huyện ủy Yên Hòa tổ chức hội nghị.", "2024-03-05"),
    # ... a December meeting prepares the Tết of the year after
    ("Chiều 28/12, Huyện ủy Yên Hòa họp bàn công tác chuẩn bị đón Xuân Ất Tỵ.", "2024-12-28"),
    # a person's name is no lunar year
    ("Sáng 25/1, ông Giáp Văn Thìn, Bí thư Huyện ủy Yên Hòa chủ trì hội nghị.", "--01-25"),
])
def test_a_lunar_year_named_alone(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Yên Hòa\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, kind", [
    ("Sáng 5/3, Huyện ủy Yên Hòa khai giảng lớp trung cấp lý luận chính trị.", "Ceremony"),
    ("Sáng 5/3, Tỉnh đoàn Yên Hòa ra quân Tháng Thanh niên năm 2024.", "Ceremony"),
    ("Sáng 5/3, Huyện ủy Yên Hòa tổ chức lớp bồi dưỡng lý luận chính trị cho đảng viên mới.", "Conference"),
    ("Sáng 5/3, Chi bộ 3 tổ chức buổi sinh hoạt chuyên đề.", "Conference"),
    ("Sáng 5/3, tại Hà Nội, Chủ tịch Quốc hội hội kiến Chủ tịch Thượng viện nước bạn.", "Visit"),
    # an event asked for is not the one organised
    ("Ngày 9/5, Phó Bí thư Thành ủy Vi Đức Thành có buổi làm việc với Quận ủy Lạc Sơn và đề nghị quận cần "
     "tổ chức bồi dưỡng nghiệp vụ cho bí thư chi bộ.", "WorkingSession"),
])
def test_more_words_of_the_genre_s_events(tmp_path, lead, kind):
    assert meeting(tmp_path, f"Tin hoạt động\n\n{lead}\n").kind == kind


def test_a_hard_wrapped_paragraph_is_joined_again_offsets_kept():
    from kg.read.normalise import normalise
    src = ("Hội nghị phản biện xã hội ở xã Yên Hòa\n"
           "Theo kế hoạch công tác năm 2025 của Mặt trận, sáng ngày 8/7, Ban Thường\n"
           "trực Ủy ban MTTQ xã Yên Hòa mở hội nghị để góp ý và phản biện cho bản\n"
           "dự thảo đề án giao thông nông thôn mới. Có mặt Lò Văn Khanh, Bí thư\n"
           "Đảng ủy xã; Vi Thị Hoa, Chủ tịch Ủy ban MTTQ huyện, và một số ủy viên\n"
           "thường vụ của xã.\n"
           "Quang cảnh hội nghị\n")
    n = normalise(src)
    assert len(n.text) == len(src) and n.identity
    lines = n.text.split("\n")
    assert lines[0] == "Hội nghị phản biện xã hội ở xã Yên Hòa"       # the title stays a line
    assert "Ban Thường trực Ủy ban MTTQ xã Yên Hòa" in lines[1] and "Bí thư Đảng ủy xã" in lines[1]
    assert lines[2] == "Quang cảnh hội nghị"
    # a text with its own line breaks only is left as it is
    plain = "Tin hoạt động\nSáng 5/3, Huyện ủy Yên Hòa tổ chức hội nghị.\nQuang cảnh hội nghị\n"
    assert normalise(plain).text == plain


def test_names_with_a_glued_dash_and_initials_under_a_caption_mid_story():
    from kg.extract.structure.bylines import name_line, photo_credit
    assert name_line("Thu Hà- Văn Khanh") == ["Thu Hà", "Văn Khanh"]
    assert photo_credit("Bí thư Tỉnh ủy phát biểu tại buổi làm việc. Ảnh: Lò Văn Khanh- TTXVN") == ["Lò Văn Khanh"]
    st = analyse("Đại hội Hội Nông dân tỉnh Yên Hòa bầu 35 ủy viên khóa mới\n\nThu Hà\n\n"
                 "Chiều 5.10, sau ba ngày làm việc, Đại hội Hội Nông dân tỉnh Yên Hòa lần thứ IX bế mạc.\n\n"
                 "Các ủy viên khóa mới ra mắt Đại hội\n\nQ.H\n\n"
                 "Ngay sau đó, 35 ủy viên khóa mới họp và chọn ra 9 người vào Ban Thường vụ.\n\n"
                 "Đại hội cũng bầu 6 người đi dự đại hội cấp trên.\n")
    assert st.authors == ["Thu Hà", "Q.H"]
    assert st.lines[st.story[-1]].startswith("Đại hội cũng bầu")


@pytest.mark.parametrize("text, kind", [
    # "làm việc với" in the headline or the lead makes a working session of another event word
    ("Sở Tài chính và huyện Lạc Sơn thảo luận nguồn vốn đầu tư công\n\nSáng ngày 7/11, đoàn của Sở Tài chính "
     "tỉnh do Giám đốc Sở Vi Đức Thành dẫn đầu làm việc với lãnh đạo huyện Lạc Sơn.", "WorkingSession"),
    ("Cần sớm gỡ vướng cho tuyến kè chống sạt lở bờ sông\n\nNgày 14/8, Phó Chủ tịch UBND tỉnh Vi Đức Thành đi "
     "khảo sát tuyến kè ven sông rồi làm việc với UBND huyện Lạc Sơn.", "WorkingSession"),
    ("Tin hoạt động\n\nSáng qua 21.5, Hội CCB huyện Lạc Sơn đã sang thăm, rồi có buổi làm việc với Hội CCB "
     "huyện bạn về mô hình nuôi ong.", "WorkingSession"),
    # ... not the trip a visit is made in
    ("Về thăm khu di tích\n\nSáng 3/3, trong chuyến thăm và làm việc với Lạc Sơn, Phó Thủ tướng Vi Đức Thành "
     "đã đến thăm khu di tích lịch sử của tỉnh.", "Visit"),
])
def test_working_with_in_the_headline_or_lead(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_title_glued_to_its_lead_is_split_again():
    from kg.read.normalise import normalise
    title = "Hai huyện Yên Hòa và Lạc Sơn bàn cách chống hạn cho vụ lúa hè thu"
    for lead in ("Tối 9/6, lãnh đạo Huyện ủy hai bên ngồi lại với nhau tại trụ sở Huyện ủy Lạc Sơn để thống "
                 "nhất kế hoạch.",
                 "Trong 2 ngày 8 và 9-6, lãnh đạo Huyện ủy hai bên cùng đi xem các trạm bơm và kênh mương "
                 "dọc sông."):
        src = title + " " + lead + "\n"
        n = normalise(src)
        assert len(n.text) == len(src) and n.text.split("\n")[0] == title
        assert analyse(n.text).headline_text == title
    # a time word inside a sentence, or a day's name before its date, splits nothing
    for text in ("Sáng 5/3, Huyện ủy tổ chức hội nghị. Chiều 5/3, Huyện ủy họp tiếp và bàn nhiều nội dung khác.\n",
                 "Huyện Yên Hòa tưng bừng tổ chức Ngày hội Đại đoàn kết 18/11 ở khu dân cư số 5 với nhiều hoạt động.\n",
                 # an occasion's name with its date, the lead's own clause before it
                 "Hướng tới 65 năm Ngày truyền thống lực lượng xung kích 9/5, Ban Thường vụ Huyện đoàn Lạc Sơn ghé "
                 "thăm và tặng quà các gia đình đoàn viên khó khăn.\n",
                 "Đáp lời kêu gọi của Tỉnh hội, Hội Nông dân xã Yên Hòa mở Ngày hội nông sản sạch 20/10 với hàng "
                 "chục gian hàng của bà con.\n",
                 # a time word after the occasion's word, or after a few words only
                 "Nhân dịp chào mừng Sáng 2/9, Hội Cựu chiến binh xã Yên Hòa trao hai mươi suất quà cho hội viên "
                 "nghèo trong xã.\n",
                 "Tin vắn Yên Hòa Chiều 4/6, Huyện đoàn Lạc Sơn ra quân dọn vệ sinh đường làng cùng với nhiều "
                 "đoàn viên.\n"):
        assert normalise(text).text == text, text


@pytest.mark.parametrize("text, kind", [
    # the headline's get-together, its occasion said in the lead
    ("Lạc Sơn gặp mặt thanh niên xung phong các thời kỳ\n\nSáng 20/4, UBND tỉnh Lạc Sơn có chương trình gặp "
     "mặt đại diện các đội thanh niên xung phong từng làm nhiệm vụ ở tỉnh, nhân kỷ niệm 45 năm ngày giải "
     "phóng quê hương.", "Ceremony"),
    # an excerpt opening on an aside: the kind is the next sentence's
    ("(LS) - Cũng trong dịp này, Sở Lao động tỉnh Lạc Sơn gửi 350 suất quà tới hộ nghèo. Hôm nay (2/10), "
     "Phó Chủ tịch tỉnh Lạc Sơn đã đến thăm, chúc mừng một số chùa Khmer nhân Lễ Sen Dolta.", "Visit"),
])
def test_a_headline_s_get_together_and_an_aside_opening(tmp_path, text, kind):
    assert meeting(tmp_path, text if "\n" in text else "Tin hoạt động\n\n" + text).kind == kind


def test_page_furniture_an_image_s_markup_and_a_label_glued_to_the_stamp():
    from kg.extract.structure.page_chrome import is_chrome
    from kg.extract.structure.page_dates import stamp
    assert is_chrome('<image>data:image/svg+xml;base64,PHN2Zz4= alt="Cử tri thôn Lạc Sơn góp ý tại buổi '
                     'tiếp xúc với đại biểu HĐND huyện"</image>')
    assert stamp("Việt NamViệt Nam14/07/2024").day == date(2024, 7, 14)
    assert stamp("Hà Nội 12/3/2024") is None


def test_a_document_s_date_names_no_year_of_the_meeting():
    from kg.extract.structure.text_years import years_in
    assert years_in("quán triệt Nghị quyết số 27 ngày 9/10/2016 của Ban Chấp hành Đảng bộ huyện") == []
    assert years_in("Kế hoạch 58/KH-UBND ngày 17/8/2018 của UBND huyện") == []
    assert years_in("Sáng 5/3/2024, Huyện ủy Yên Hòa tổ chức hội nghị") == [2024]


def test_a_get_together_the_headline_names_for_its_ceremony(tmp_path):
    m = meeting(tmp_path, "Trao Kỷ niệm chương cho 120 cựu thanh niên xung phong\n\nNgày 26-3, Huyện ủy, "
                          "UBND huyện Lạc Sơn tổ chức buổi gặp mặt gần 500 cựu thanh niên xung phong hiện sống "
                          "ở huyện.")
    assert m.kind == "Ceremony"


@pytest.mark.parametrize("text, want", [
    # a lead opening on a day told from the page's date, with no day-date in the story
    ("Hội nghị ở Yên Hòa\n12/03/2024 08:15\n\nChiều hôm qua, Huyện ủy Yên Hòa tổ chức hội nghị sơ kết.",
     "2024-03-11"),
    ("Hội nghị ở Yên Hòa\n12/03/2024 08:15\n\nSáng nay, Huyện ủy Yên Hòa tổ chức hội nghị sơ kết.", "2024-03-12"),
    # ... not "Qua" opening a sentence as a conjunction, nor with no page date
    ("Hội nghị ở Yên Hòa\n12/03/2024 08:15\n\nQua hội nghị, Huyện ủy Yên Hòa đã thống nhất nhiều nội dung.", None),
    ("Hội nghị ở Yên Hòa\n\nSáng nay, Huyện ủy Yên Hòa tổ chức hội nghị sơ kết.", None),
    # a month the lead names with its year, nearest the meeting's month
    ("Hội nghị ở Yên Hòa\n\nNgày 5/1, Huyện ủy Yên Hòa tổ chức giao ban công tác tháng 12/2023.", "2024-01-05"),
    ("Hội nghị ở Yên Hòa\n\nNgày 28/3, Huyện ủy Yên Hòa triển khai nhiệm vụ tháng 4/2024.", "2024-03-28"),
    ("Hội nghị ở Yên Hòa\n\nNgày 28/3, Huyện ủy Yên Hòa đề ra mục tiêu đến tháng 6/2030.", "--03-28"),
])
def test_relative_days_and_a_month_s_year(tmp_path, text, want):
    assert day(meeting(tmp_path, text + "\n")) == want


@pytest.mark.parametrize("lead, want", [
    ("Sáng 11/9, Sở Giáo dục tỉnh Yên Hòa triển khai nhiệm vụ năm học 2024-2025.", "2024-09-11"),
    ("Sáng 11/6, Sở Giáo dục tỉnh Yên Hòa tổng kết năm học 2023 - 2024.", "2024-06-11"),
    # August may close one school year or open the next
    ("Sáng 11/8, Sở Giáo dục tỉnh Yên Hòa họp về năm học 2023 - 2024.", "--08-11"),
])
def test_a_school_year_s_year(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Yên Hòa\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, want", [
    # a congress welcomed is weeks away: in the year its term opens, until September
    ("Chào mừng Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lạc Sơn lần thứ XVIII, nhiệm kỳ 2022-2027, tối 15/8, "
     "Tỉnh đoàn Lạc Sơn tuyên dương 50 đoàn viên làm kinh tế giỏi.", "2022-08-15"),
    ("Chào mừng Đại hội Đảng bộ tỉnh Lạc Sơn lần thứ XX, nhiệm kỳ 2025-2030, tối 15/11, Tỉnh đoàn Lạc Sơn "
     "biểu dương 40 thầy thuốc trẻ.", "--11-15"),
])
def test_a_congress_welcomed(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tuyên dương ở Yên Hòa\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, kind", [
    # the kind word in a delegation's name is not its event
    ("Chiều 6/3, tại tỉnh Yên Hòa, Đoàn kiểm tra số 12 của Ban Thường vụ Tỉnh ủy đã công bố quyết định kiểm "
     "tra đối với Ban Thường vụ Huyện ủy Lạc Sơn.", "Conference"),
    # ... but names it when nothing else does
    ("Chiều 6/3, Đoàn giám sát của HĐND tỉnh Yên Hòa đến huyện Lạc Sơn.", "WorkingSession"),
])
def test_a_delegation_s_name_is_not_its_event(tmp_path, lead, kind):
    assert meeting(tmp_path, f"Tin hoạt động\n\n{lead}\n").kind == kind


def test_a_full_stop_glued_to_the_next_sentence_parts_them():
    from kg.extract.sentences.sentences import _unglued
    from kg.extract.sentences.tokens import split_sentences
    text = ("Hội đã trao 40 suất quà cho bà con trong thôn.Sau buổi lễ ở Tp.Hồ Chí Minh, T.Ư Hội ghé "
            "thăm hai gia đình.")
    parts = list(_unglued(split_sentences(text)))
    assert [p.text for p in parts] == ["Hội đã trao 40 suất quà cho bà con trong thôn.",
                                       "Sau buổi lễ ở Tp.Hồ Chí Minh, T.Ư Hội ghé thăm hai gia đình."]
    assert all(text[p.start:p.end] == p.text for p in parts)


@pytest.mark.parametrize("lead, want", [
    # a campaign's day before the event's own: the event's
    ("Trong đợt 2/9, mừng Quốc khánh, Huyện ủy Lạc Sơn trao Huy hiệu Đảng cho 40 đảng viên.\n\nSáng ngày 30/8, "
     "Thường trực Huyện ủy Lạc Sơn tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng tặng 12 đảng viên lão thành "
     "năm 2022.",
     "2022-08-30"),
    # a feast's day after "nhân" dates the feast, not the visit
    ("Vừa qua, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vi Đức Thành đã đến chúc mừng các chức sắc nhân Đại lễ "
     "thành lập hội thánh ngày 12/10/2022.", None),
    # ... nor does an election's day the lead asks people to join
    ("Vừa qua, lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Yên Hòa đến thăm các cơ sở tôn giáo. Lãnh đạo tỉnh mong "
     "bà con hưởng ứng tích cực cuộc bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 vào "
     "ngày 15.3 tới.", None),
    # ... nor a day's name opening the lead
    ("Ngày Nhà giáo Việt Nam 20/11 năm nay, Công đoàn ngành giáo dục huyện Lạc Sơn đến thăm, tặng quà nhiều "
     "thầy cô đã nghỉ hưu.", None),
    ("Ngày Chủ nhật 17/11/2024, Công đoàn ngành giáo dục huyện Lạc Sơn tổ chức gặp mặt thầy cô.", "2024-11-17"),
    # ... but the event's own time after the occasion is the event's
    ("Nhân dịp Tết cổ truyền sáng 20/1/2023 Hội Nông dân tỉnh Yên Hòa đến thăm hội viên nghèo.", "2023-01-20"),
    # an event announced for this very afternoon is reported
    ("Đại hội Hội Nông dân tỉnh Yên Hòa lần thứ IX (nhiệm kỳ 2023 – 2028) sẽ khai mạc từ chiều nay 12/10 "
     "đến 13/10, tại hội trường tỉnh.", "2023-10-12"),
    # a quarter written with a hyphen names the year
    ("Sáng 18-4, Ban Tuyên giáo Huyện ủy Lạc Sơn họp giao ban với đội ngũ tuyên truyền viên quý II-2019.", "2019-04-18"),
    # the session that opens a term sits in its first year
    ("Ngày 30/6, kỳ họp thứ nhất HĐND huyện Lạc Sơn khóa XX, nhiệm kỳ 2016-2021 đã khai mạc.", "2016-06-30"),
    ("Sáng 2/7, HĐND tỉnh Yên Hòa khóa X (nhiệm kỳ 2021 - 2026) nhóm họp phiên đầu, bầu các chức danh chủ "
     "chốt của tỉnh.", "2021-07-02"),
])
def test_the_event_s_day_over_an_occasion_s_and_more_year_cues(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tin hoạt động ở Yên Hòa\n\n{lead}\n")) == want


def test_a_review_of_an_anniversary_past_is_of_its_page_s_year(tmp_path):
    text = ("Yên Hòa khen thưởng các tập thể\n\n09:15 | 05/01/2025\n\nNgày 3/1, UBND tỉnh Yên Hòa tổ chức "
            "hội nghị tổng kết đợt thi đua chào mừng kỷ niệm 50 năm Ngày thành lập tỉnh (20/11/1974-20/11/2024) "
            "và công tác khen thưởng năm 2024.\n")
    assert day(meeting(tmp_path, text)) == "2025-01-03"
    # ... the anniversary's own celebration, on a page stamped later, stays of its year
    text = ("Yên Hòa kỷ niệm 50 năm\n\n09:15 | 05/01/2026\n\nNhân kỷ niệm 50 năm Ngày thành lập tỉnh "
            "(20/11/1974-20/11/2024), sáng 19/11, UBND tỉnh Yên Hòa tổ chức lễ mít tinh.\n")
    assert day(meeting(tmp_path, text)) == "2024-11-19"


def test_guests_congratulating_a_congress_attend_it(tmp_path):
    text = ("Phụ nữ Yên Hòa vững bước\n\nLãnh đạo tỉnh Yên Hòa chúc mừng đại hội.\n\nHai ngày 3 và 4/10 vừa qua, "
            "hội phụ nữ tỉnh Yên Hòa họp đại hội đại biểu lần thứ X, nhiệm kỳ 2021-2026.\n")
    m = meeting(tmp_path, text)
    assert m.kind == "Congress" and day(m) == "2021-10-03"


@pytest.mark.parametrize("lead, want", [
    # a document's date, then the event's time after a comma
    ("Thực hiện Kế hoạch số 07-KH/HU ngày 4/1/2023 của Huyện ủy, sáng 15/3/2023, Hội Nông dân huyện Lạc Sơn "
     "mở hội nghị chuyên đề.", "2023-03-15"),
    ("Thực hiện Quyết định của Huyện ủy ngày 4/1/2023, chiều 15/3/2023, Hội Nông dân huyện Lạc Sơn mở hội "
     "nghị chuyên đề.", "2023-03-15"),
    # ... a time said inside the clause stays the event's
    ("Hội nghị chuyên đề của nông dân Lạc Sơn diễn ra vào sáng ngày 15/3/2023, chiều 16/3 các đại biểu đi "
     "thăm mô hình.", "2023-03-15"),
    # ... and a document's date with a bare day word after a comma stays the document's
    ("Căn cứ Hướng dẫn số 03-HD/HU ngày 4/1/2023 của Huyện ủy, ngày 15/3/2023, Hội Nông dân huyện Lạc Sơn "
     "mở hội nghị chuyên đề.", "2023-03-15"),
])
def test_the_event_s_time_after_a_document_s_date(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Lạc Sơn\n\n{lead}\n")) == want


def test_a_stamp_labelled_with_its_time_of_posting():
    st = analyse("Nông dân Lạc Sơn họp chuyên đề\nThời gian đăng: 16/03/2023\n\nSáng 15/3, Hội Nông dân huyện "
                 "Lạc Sơn mở hội nghị chuyên đề về chuyển đổi số trong sản xuất.\n")
    assert st.published == date(2023, 3, 16)


def test_a_meeting_with_the_press_about_a_congress_is_a_conference(tmp_path):
    text = ("Đại hội Hội Nông dân tỉnh Yên Hòa lần thứ IX họp từ ngày 8-9/10\n\nSáng 25/9, tại thành phố Lạc Sơn, "
            "Hội Nông dân tỉnh Yên Hòa tổ chức gặp mặt báo chí về Đại hội lần thứ IX, nhiệm kỳ 2023 - 2028.\n\n"
            "Đại hội sẽ họp từ ngày 8-9/10/2023 tại hội trường tỉnh.\n")
    m = meeting(tmp_path, text)
    assert m.kind == "Conference" and day(m) == "2023-09-25"


def test_a_span_of_days_with_its_year_names_the_year():
    from kg.extract.structure.text_years import years_in
    assert years_in("Hội thi sẽ diễn ra từ ngày 8-9/10/2023 ở thị xã.") == [2023]
    assert years_in("Thực hiện Quyết định số 14 ngày 2-4/3/2019 của tỉnh.") == []


@pytest.mark.parametrize("text, kind", [
    # a feast named as the occasion of the visits told is no ceremony
    ("Yên Hòa chăm lo đồng bào Khmer\n\nLễ Ok Om Bok của đồng bào Khmer năm nay diễn ra trong hai ngày. Dịp "
     "này, lãnh đạo tỉnh Yên Hòa chia thành nhiều đoàn đến thăm, tặng quà các chùa và gia đình chính sách.",
     "Visit"),
    # ... a feast a body organises stays a ceremony
    ("Mừng Phật đản\n\nSáng 12/5, Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Lạc Sơn tổ chức Lễ Phật đản "
     "tại chùa huyện.", "Ceremony"),
])
def test_a_feast_named_is_the_occasion_not_the_event(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_campaign_launched_is_a_ceremony(tmp_path):
    text = ("Tuổi trẻ Lạc Sơn thi đua\n\nSáng 8/1, Huyện đoàn Lạc Sơn tổ chức phát động thi đua hướng tới Đại hội "
            "Đoàn các cấp, do Bí thư Huyện đoàn Vi Văn Tâm chủ trì.\n")
    assert meeting(tmp_path, text).kind == "Ceremony"


@pytest.mark.parametrize("lead, want", [
    # the count of a known day's years dates a meeting written without its year
    ("Sáng 26/8, Huyện ủy Lạc Sơn tổ chức mít tinh kỷ niệm 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
     "2023-08-26"),
    ("Chiều 25/7, Hội Cựu chiến binh huyện Lạc Sơn thăm hỏi gia đình chính sách nhân kỷ niệm 76 năm Ngày "
     "Thương binh - Liệt sĩ.", "2023-07-25"),
    ("Sáng 14/10, Ban Dân vận Huyện ủy Lạc Sơn gặp mặt kỷ niệm 93 năm Ngày truyền thống công tác Dân vận của "
     "Đảng.", "2023-10-14"),
])
def test_the_years_of_more_known_days(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tin hoạt động ở Lạc Sơn\n\n{lead}\n")) == want


def test_receiving_citizens_is_a_session_not_a_visit(tmp_path):
    text = ("Bí thư Huyện ủy tiếp công dân\n\nSáng 15/8, Bí thư Huyện ủy Lạc Sơn Vi Văn Tâm tiếp công dân định kỳ "
            "tại trụ sở tiếp công dân của huyện.\n")
    assert meeting(tmp_path, text).kind == "Conference"


def test_an_exhortation_s_verb_in_the_headline_is_its_topic_not_the_event(tmp_path):
    text = ("Lạc Sơn: Tăng cường giám sát những việc cử tri bức xúc\n\nTheo đánh giá tại hội nghị tổng kết hoạt "
            "động HĐND huyện Lạc Sơn năm 2023, công tác giám sát đã đi vào những việc cử tri quan tâm.\n")
    assert meeting(tmp_path, text).kind == "Conference"

"""Meeting kinds and dates, and the page's text, on more constructions of the genre (sentences
written for these tests; names invented)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.structure import analyse
from test_stage_pipeline import state_of


def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


@pytest.mark.parametrize("text, kind", [
    # a get-together for Tết, said before it in its sentence, is a ceremony
    ("Gặp mặt cán bộ hưu trí\n\nNhân dịp đón Xuân Ất Tỵ, sáng 20/1, Ban Thường vụ Huyện ủy Yên Hòa tổ chức "
     "gặp mặt các đồng chí nguyên lãnh đạo huyện qua các thời kỳ.", "Ceremony"),
    # ... or far after it, past a long list of guests
    ("Tin hoạt động\n\nChiều 2-2, đồng chí Lò Văn Khanh, Bí thư Huyện ủy Yên Hòa có buổi họp mặt với lãnh đạo, "
     "công chức, nhân viên các ban xây dựng Đảng của Huyện ủy nhân dịp Tết cổ truyền của dân tộc.", "Ceremony"),
    # a get-together named for its occasion
    ("Huyện ủy Yên Hòa họp mặt đầu xuân\n\nNgày 5/2, Huyện ủy Yên Hòa tổ chức họp mặt đầu xuân với các đồng "
     "chí nguyên Bí thư Huyện ủy.", "Ceremony"),
    ("Gặp mặt truyền thống hội viên Hội Cựu thanh niên xung phong\n\nSáng 12-7, Hội Cựu thanh niên xung "
     "phong huyện Yên Hòa tổ chức buổi gặp mặt thân mật.", "Ceremony"),
    # an excerpt that starts mid-article: the guests recall the branch's tradition
    ("Đến dự có đồng chí Lò Văn Khanh, Bí thư Huyện ủy. Tại buổi họp mặt, các đại biểu đã cùng nhau ôn lại "
     "truyền thống 60 năm xây dựng và trưởng thành của ngành Tổ chức xây dựng Đảng.", "Ceremony"),
    # a get-together with delegates, or on a theme that names the spring, is a conference
    ("Gặp mặt đoàn đại biểu\n\nSáng 6/8, Tỉnh ủy Yên Hòa gặp mặt đoàn đại biểu dự Đại hội Công đoàn Việt Nam "
     "lần thứ XIII.", "Conference"),
    ("Họp mặt kiều bào\n\nSáng 8-2, Tỉnh ủy Yên Hòa tổ chức buổi họp mặt kiều bào với chủ đề “Xuân quê "
     "hương” tại khách sạn của tỉnh.", "Conference"),
    ("Gặp mặt\n\nSáng 9/4, xã Yên Hòa tổ chức gặp mặt các đồng chí Bí thư chi bộ mới; đồng chí Lê Xuân Hòa, "
     "Bí thư Đảng ủy xã chủ trì.", "Conference"),
])
def test_a_get_together_for_an_occasion_is_a_ceremony(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_story_printed_on_one_row_with_its_stamp_stays_the_story():
    lead = ("Trong hai ngày 15 và 16-4, đồng chí Lò Văn Khanh, Bí thư Tỉnh ủy cùng đoàn công tác đã đến thăm, "
            "làm việc tại huyện Yên Hòa về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội của huyện "
            "trong quý I và công tác chuẩn bị cho mùa mưa bão sắp tới...... 10:08 | 17/04/2019")
    st = analyse(lead + "\n")
    assert st.story == [0] and 0 not in st.chrome
    assert st.published == date(2019, 4, 17)
    # a row of the page's furniture stays chrome
    st = analyse("Cập nhật: 05/01/2023 16:20 | Lượt xem: 87\nSáng 4/1, Huyện ủy Yên Hòa tổ chức hội nghị.\n")
    assert 0 in st.chrome and st.published == date(2023, 1, 5)


def day(m):
    return m.date.isoformat() if m.date else ("--%02d-%02d" % m.month_day if m.month_day else None)


@pytest.mark.parametrize("lead, want", [
    # the days of a trip, opened by "từ" and fronted between commas, are the event's
    ("Nhân dịp Tết cổ truyền của nước bạn, từ ngày 8 đến ngày 11/4, Đoàn đại biểu tỉnh Yên Hòa do đồng "
     "chí Lò Văn Khanh làm Trưởng đoàn sang thăm, chúc Tết tỉnh bạn.", "--04-08"),
    # ... not the days of another event said inside a clause
    ("Đoàn đại biểu tỉnh Yên Hòa vừa đến thăm, tặng quà hội viên. Được biết, Đại hội Hội Nông dân Việt Nam "
     "diễn ra từ ngày 25-27/12 tại Hà Nội.", None),
    # a year named for a cause names the year
    ("Chiều 2-7, Hội LHPN tỉnh Yên Hòa tổ chức lễ kỷ niệm Năm Hữu nghị Việt Nam - Campuchia 2017.",
     "2017-07-02"),
    # the day a decision announced takes effect names the year
    ("Chiều 30-3, Ban Thường vụ Tỉnh ủy Yên Hòa công bố quyết định về công tác cán bộ. Các quyết định có "
     "hiệu lực từ ngày 01/4/2023.", "2023-03-30"),
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
    ("Triển khai kế hoạch\n\nNgày 30/10, Ban Thường trực Ủy ban MTTQ xã Yên Hòa triển khai kế hoạch tổ chức "
     "Ngày hội Đại đoàn kết toàn dân tộc.", "Conference"),
])
def test_a_congress_s_sitting_and_an_event_planned(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


@pytest.mark.parametrize("text, kind", [
    # every event the occasion's phrase lists, up to its comma, is the occasion
    ("Tin hoạt động\n\nNhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) "
     "và 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024), chiều nay (20/12), đoàn công tác "
     "Văn phòng Tỉnh ủy Yên Hòa đã đến thăm Bộ Chỉ huy Quân sự tỉnh.", "Visit"),
    # ... not the event after it
    ("Tin hoạt động\n\nNhân dịp Tết cổ truyền, ngày 20/1, Hội Nông dân tỉnh Yên Hòa tổ chức lễ trao quà "
     "cho hội viên.", "Ceremony"),
    # a standing committee that discusses or gives its opinion meets
    ("Tin hoạt động\n\nChiều ngày 20/5, dưới sự chủ trì của đồng chí Lò Văn Khanh, Phó Bí thư Thường trực "
     "Tỉnh ủy, Ban Thường vụ Tỉnh ủy Yên Hòa thảo luận về đề cương lịch sử Đảng bộ tỉnh.", "Conference"),
])
def test_an_occasion_s_list_and_a_discussion(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_a_photo_credit_in_brackets_before_the_caption_s_full_stop():
    from kg.extract.bylines import photo_credit
    assert photo_credit("Dự lễ ký kết có lãnh đạo hai tỉnh - (Ảnh: Lò Thu Hà/yenhoa.gov.vn). |") == ["Lò Thu Hà"]
    assert photo_credit("Dự lễ ký kết có lãnh đạo hai tỉnh (Ảnh: TTXVN).") == []


def test_a_photo_s_text_twice_under_the_title_is_not_the_headline():
    st = analyse("Yên Hòa: Chủ tịch Ủy ban MTTQ tỉnh thăm, chúc Tết Chôl Chnăm Thmây\n\n"
                 "Ông Lò Văn Khanh trao quà chúc Tết đến chư vị Hòa thượng\n"
                 "Ông Lò Văn Khanh trao quà chúc Tết đến chư vị Hòa thượng\n"
                 "Ngày 4-4, đoàn công tác Ủy ban MTTQ tỉnh Yên Hòa do ông Lò Văn Khanh làm trưởng đoàn đến thăm, "
                 "chúc Tết cổ truyền đồng bào Khmer.\n")
    assert st.headline_text == "Yên Hòa: Chủ tịch Ủy ban MTTQ tỉnh thăm, chúc Tết Chôl Chnăm Thmây"


def test_a_caption_its_marker_shows_above_the_title_is_no_lead():
    st = analyse("Đồng chí Lò Văn Khanh trao quyết định cho 2 đồng chí Lê Thu Hà (bên trái) và đồng chí Vi Văn "
                 "Đức (bên phải).\n\n"
                 "Điều động Bí thư Huyện ủy Yên Hòa giữ chức Trưởng Ban Dân vận Tỉnh ủy\n\n"
                 "Chiều 17/1, tại Tỉnh ủy Yên Hòa diễn ra Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy "
                 "về công tác cán bộ.\n")
    assert st.headline_text == "Điều động Bí thư Huyện ủy Yên Hòa giữ chức Trưởng Ban Dân vận Tỉnh ủy"


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
    ("Ngày 16/4, Phó Bí thư Thành ủy Lò Văn Khanh chủ trì buổi làm việc với Quận ủy Yên Hòa, đề nghị quận "
     "cần tổ chức bồi dưỡng cho các chi bộ.", "WorkingSession"),
])
def test_more_words_of_the_genre_s_events(tmp_path, lead, kind):
    assert meeting(tmp_path, f"Tin hoạt động\n\n{lead}\n").kind == kind


def test_a_hard_wrapped_paragraph_is_joined_again_offsets_kept():
    from kg.read.normalise import normalise
    src = ("Hội nghị phản biện xã hội ở xã Yên Hòa\n"
           "Thực hiện chương trình công tác năm 2025, chiều ngày 19/6, Ban Thường\n"
           "trực Ủy ban MTTQ xã Yên Hòa đã tổ chức hội nghị phản biện xã hội đối với\n"
           "dự thảo Nghị quyết của Đảng ủy xã. Dự hội nghị có Lò Văn Khanh, Bí thư\n"
           "Đảng ủy xã; Vi Thị Hoa, Chủ tịch Ủy ban MTTQ huyện, cùng các đồng chí\n"
           "trong Ban Thường vụ Đảng ủy xã.\n"
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
    from kg.extract.bylines import name_line, photo_credit
    assert name_line("Thu Hà- Văn Khanh") == ["Thu Hà", "Văn Khanh"]
    assert photo_credit("Bí thư Tỉnh ủy phát biểu tại buổi làm việc. Ảnh: Lò Văn Khanh- TTXVN") == ["Lò Văn Khanh"]
    st = analyse("Hội Nông dân tỉnh Yên Hòa có Chủ tịch mới\n\nThu Hà\n\n"
                 "Chiều 22.9, Đại hội Hội Nông dân tỉnh Yên Hòa lần thứ XI bế mạc sau hai ngày làm việc.\n\n"
                 "Ban Chấp hành Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028\n\nQ.H\n\n"
                 "Sau phiên họp thứ nhất, các ủy viên đã bầu Ban Thường vụ gồm 7 người.\n\n"
                 "Đại hội cũng bầu đoàn đại biểu dự Đại hội Hội Nông dân Việt Nam.\n")
    assert st.authors == ["Thu Hà", "Q.H"]
    assert st.lines[st.story[-1]].startswith("Đại hội cũng bầu")


@pytest.mark.parametrize("text, kind", [
    # "làm việc với" in the headline or the lead makes a working session of another event word
    ("Bộ Nội vụ và tỉnh Yên Hòa thảo luận về sắp xếp bộ máy\n\nChiều ngày 10/9, Đoàn công tác Bộ Nội vụ do "
     "Thứ trưởng Lò Văn Khanh làm trưởng đoàn đã có buổi làm việc với lãnh đạo UBND tỉnh Yên Hòa.",
     "WorkingSession"),
    ("Triển khai đề án bảo tồn chợ nổi còn nhiều bất cập\n\nNgày 20/3, Phó Chủ tịch UBND tỉnh Lò Văn Khanh đã "
     "đi khảo sát chợ nổi và làm việc với UBND huyện Yên Hòa.", "WorkingSession"),
    ("Tin hoạt động\n\nChiều qua 16.10, Hội Cựu chiến binh tỉnh bạn đã đến thăm, có buổi làm việc với Hội "
     "Cựu chiến binh huyện Yên Hòa.", "WorkingSession"),
    # ... not the trip a visit is made in
    ("Thăm di tích\n\nChiều 29/1, trong chuyến thăm và làm việc với tỉnh Yên Hòa, đồng chí Lò Văn Khanh "
     "đã đến thăm di tích đền Trần.", "Visit"),
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
    ("Yên Hòa gặp mặt cựu chiến binh các địa phương kết nghĩa\n\nChiều 28/3, Tỉnh ủy Yên Hòa tổ chức Chương "
     "trình gặp mặt các ban liên lạc, cựu chiến binh các địa phương kết nghĩa, nhân kỷ niệm 50 năm ngày "
     "giải phóng tỉnh.", "Ceremony"),
    # an excerpt opening on an aside: the kind is the next sentence's
    ("(YH) - Dịp này, Ban Dân tộc tỉnh Yên Hòa trao tặng 800 phần quà cho đồng bào nghèo. Hôm nay (27/9), "
     "lãnh đạo tỉnh Yên Hòa đã đến thăm, chúc mừng các chùa nhân Lễ Sen Dolta.", "Visit"),
])
def test_a_headline_s_get_together_and_an_aside_opening(tmp_path, text, kind):
    assert meeting(tmp_path, text if "\n" in text else "Tin hoạt động\n\n" + text).kind == kind


def test_page_furniture_an_image_s_markup_and_a_label_glued_to_the_stamp():
    from kg.extract.page_chrome import is_chrome
    from kg.extract.page_dates import stamp
    assert is_chrome('<image>data:image/svg+xml;base64,PHN2Zz4= alt="Ngày đầu làm việc tại các cơ quan, tổ '
                     'chức sau sắp xếp bộ máy của tỉnh"</image>')
    assert stamp("Việt NamViệt Nam28/03/2025").day == date(2025, 3, 28)
    assert stamp("Hà Nội 12/3/2024") is None


def test_a_document_s_date_names_no_year_of_the_meeting():
    from kg.extract.dates import years_in
    assert years_in("triển khai thực hiện Nghị quyết số 41 ngày 22/12/2011 của Hội đồng nhân dân tỉnh") == []
    assert years_in("Kế hoạch 12/KH-UBND ngày 5/3/2019 của UBND tỉnh") == []
    assert years_in("Sáng 5/3/2024, Huyện ủy Yên Hòa tổ chức hội nghị") == [2024]


def test_a_get_together_the_headline_names_for_its_ceremony(tmp_path):
    m = meeting(tmp_path, "Trao Huân chương Bảo vệ Tổ quốc cho 36 cựu cán bộ quân đội\n\nNgày 19-12, Tỉnh ủy, "
                          "UBND tỉnh Yên Hòa tổ chức buổi gặp mặt hơn 3.000 cựu cán bộ quân đội đang sinh sống "
                          "trên địa bàn tỉnh.")
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
    ("Chào mừng Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Yên Hòa lần thứ XVIII, nhiệm kỳ 2022-2027, tối "
     "15/8, Tỉnh đoàn Yên Hòa tổ chức tuyên dương gương thanh niên tiêu biểu.", "2022-08-15"),
    ("Chào mừng Đại hội Đảng bộ tỉnh Yên Hòa lần thứ XX, nhiệm kỳ 2025-2030, tối 15/11, Tỉnh đoàn Yên Hòa "
     "tổ chức tuyên dương gương thanh niên tiêu biểu.", "--11-15"),
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
    from kg.extract.sentences import _unglued
    from kg.extract.tokens import split_sentences
    text = ("Đoàn đã làm việc trên địa bàn tỉnh.Sau khi thăm mô hình tại Tp.Hồ Chí Minh, T.Ư Đoàn "
            "làm việc với Thành đoàn.")
    parts = list(_unglued(split_sentences(text)))
    assert [p.text for p in parts] == ["Đoàn đã làm việc trên địa bàn tỉnh.",
                                       "Sau khi thăm mô hình tại Tp.Hồ Chí Minh, T.Ư Đoàn làm việc với Thành đoàn."]
    assert all(text[p.start:p.end] == p.text for p in parts)

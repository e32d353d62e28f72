"""Constructions of real published pages (issue 8, section 3): posts, officials, bodies, bylines.

Every sentence here is written for the test (invented people, real places); none is taken
from the real development set. The last test measures the real development split when its
texts are present (they are not in git) and holds floors on it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path


import kg
from kg.extract.structure.structure import analyse

ROOT = Path(__file__).resolve().parent.parent


def posts_of(text: str) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in kg.extract_text(text).posts}


# -- the text begins with the lead, not a headline -------------------------------------------------

def test_a_stored_page_date_glued_before_the_lead_keeps_the_lead_and_dates_the_page():
    text = (" date 2024-04-16 Sáng 15/4, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức hội nghị, đồng chí "
            "Lâm Quốc Trinh, Phó Bí thư Tỉnh ủy chủ trì hội nghị về công tác cán bộ của tỉnh.\n\n"
            "Dự hội nghị có đồng chí Võ Thị Hạnh Nhi, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n")
    st = analyse(text)
    assert st.headline is None
    assert st.published == date(2024, 4, 16)
    assert 0 in st.story
    assert ("Lâm Quốc Trinh", "Phó Bí thư", "Tỉnh ủy Bến Tre") in posts_of(text)


def test_a_long_first_sentence_is_the_lead_and_what_follows_is_not_taken_for_a_headline():
    text = ("Tham dự hội nghị có đồng chí Trịnh Văn Lộc, Tỉnh ủy viên, Bí thư Huyện ủy Cái Bè và nhiều "
            "đại biểu là cán bộ chủ chốt của các xã, thị trấn trong huyện.\n\n"
            "Tại hội nghị, các đại biểu đã thảo luận về kế hoạch của năm tới.\n")
    st = analyse(text)
    assert st.headline is None and st.story == [0, 2]
    assert ("Trịnh Văn Lộc", "Bí thư", "Huyện ủy Cái Bè") in posts_of(text)


def test_a_caption_with_its_photo_credit_is_not_the_headline_and_keeps_its_posts():
    text = ("Chủ tịch LĐLĐ tỉnh Sóc Trăng - ông Kha Văn Tín tại buổi làm việc. Ảnh: Hữu Lộc\n\n"
            "LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn cơ sở\n\n"
            "Chiều 3/6, LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn các doanh nghiệp trong tỉnh.\n")
    st = analyse(text)
    assert st.headline_text == "LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn cơ sở"
    assert 0 in st.story
    assert ("Kha Văn Tín", "Chủ tịch", "Liên đoàn Lao động tỉnh Sóc Trăng") in posts_of(text)


def test_a_repeated_caption_is_not_the_headline_and_a_headline_loses_its_trailing_time():
    text = ("Hội Nông dân huyện Mỏ Cày Nam tổng kết năm 2023 14/01/2024 09:15\n"
            "Sáng 12/1, Hội Nông dân huyện Mỏ Cày Nam tổ chức hội nghị tổng kết.\n"
            "Các đại biểu dự hội nghị.\nCác đại biểu dự hội nghị.\n")
    assert analyse(text).headline_text == "Hội Nông dân huyện Mỏ Cày Nam tổng kết năm 2023"


# -- central bodies that are not the Party's ------------------------------------------------------

def test_the_youth_unions_central_committee_is_not_the_partys():
    posts = posts_of("Dự đại hội có chị Lò Thị Hoa, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư "
                     "Tỉnh đoàn Sơn La và anh Lê Văn Tâm, Bí thư T.Ư Đoàn, Chủ tịch T.Ư Hội LHTN Việt Nam.")
    assert ("Lò Thị Hoa", "Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in posts
    assert ("Lò Thị Hoa", "Bí thư", "Tỉnh đoàn Sơn La") in posts
    assert ("Lê Văn Tâm", "Bí thư", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in posts
    assert ("Lê Văn Tâm", "Chủ tịch", "Trung ương Hội Liên hiệp Thanh niên Việt Nam") in posts
    assert not any(body == "Ban Chấp hành Trung ương Đảng" or body == "Ban Bí thư" for _, _, body in posts)


def test_dotted_central_abbreviations_and_the_first_secretary():
    posts = posts_of("Dự đại hội có anh Đặng Văn Bảo, Ủy viên dự khuyết T.Ư Đảng, Phó Chủ tịch Ủy ban T.Ư "
                     "MTTQ Việt Nam, Bí thư thứ nhất T.Ư Đoàn và nhiều đại biểu của tỉnh.")
    assert posts == {("Đặng Văn Bảo", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
                     ("Đặng Văn Bảo", "Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
                     ("Đặng Văn Bảo", "Bí thư thứ nhất", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}


def test_a_veterans_central_standing_committee():
    posts = posts_of("Chiều 14/7, ông Khổng Minh Đạt, Ủy viên Ban thường vụ Trung ương Hội CCBVN, Chủ tịch "
                     "Hội CCB tỉnh Hà Nam đã dự buổi gặp mặt hội viên.")
    assert posts == {("Khổng Minh Đạt", "Ủy viên", "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam"),
                     ("Khổng Minh Đạt", "Chủ tịch", "Hội Cựu chiến binh tỉnh Hà Nam")}


# -- bylines in their real forms ------------------------------------------------------------------

STORY = ("Hội nghị của Hội Nông dân huyện Châu Thành\n\n"
         "Sáng 9/5, Hội Nông dân huyện Châu Thành tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm.\n"
         "Dự hội nghị có ông Lâm Văn Tòng, Phó Chủ tịch Hội Nông dân tỉnh Trà Vinh.\n")


def test_a_photo_credit_closing_a_caption_names_its_author():
    text = STORY + ("Ông Lâm Văn Tòng phát biểu tại hội nghị. Ảnh: Thạch Phương\n"
                    "Các đại biểu dự hội nghị (Ảnh: K.L)\n"
                    "Quang cảnh hội nghị. ẢNH: DIỆP BẢO\n"
                    "Nông dân tham quan mô hình. Ảnh: TTXVN\n")
    facts = kg.extract_text(text)
    assert facts.authors == ["Thạch Phương", "K.L", "Diệp Bảo"]
    assert "Thạch Phương" not in {o.name for o in facts.officials}


def test_pen_names_in_capitals_with_a_time_or_a_dash_after_them():
    st = analyse(STORY + "Lâm Văn Tòng cảm ơn các đại biểu đã dự hội nghị.\nT.KHOA - Đ.BÌNH 10/05/2024 08:15\n")
    assert st.authors == ["T.Khoa", "Đ.Bình"]
    st = analyse(STORY + "Lâm Văn Tòng cảm ơn các đại biểu đã dự hội nghị.\nN.Hiền -\n")
    assert st.authors == ["N.Hiền"]


def test_the_last_words_of_a_sentence_are_not_a_byline_and_site_credits_are_chrome():
    st = analyse(STORY + "Hội nghị thống nhất giao chỉ tiêu cho Thạch Phương.\n"
                 "POWERED BY SOMECMS - A PRODUCT OF SOMEONE\n")
    assert st.authors == []


# -- messy abbreviations and places written without their unit word ------------------------------

def test_packed_standing_committee_member_and_short_union_names():
    posts = posts_of("Về phía tỉnh có các đồng chí: Lương Văn Sỹ, UVTVTU, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh "
                     "Đắk Nông; Trần Văn Hải – TUV, Chủ tịch HND tỉnh; Lê Văn An, Trưởng Ban Tuyên giáo - Dân "
                     "vận Tỉnh ủy.")
    assert posts == {("Lương Văn Sỹ", "Ủy viên", "Ban Thường vụ Tỉnh ủy Đắk Nông"),
                     ("Lương Văn Sỹ", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Nông"),
                     ("Trần Văn Hải", "Ủy viên", "Tỉnh ủy Đắk Nông"),
                     ("Trần Văn Hải", "Chủ tịch", "Hội Nông dân tỉnh Đắk Nông"),
                     ("Lê Văn An", "Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Nông")}


def test_a_province_named_right_after_a_body_without_its_unit_word():
    posts = posts_of("Chiều 9/4, hội nghị do ông Đàm Quang Vỹ, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội Đà "
                     "Nẵng chủ trì; cùng dự có bà Ninh Thị Hảo, Chủ tịch Ủy ban MTTQ Việt Nam TPHCM… và đại diện "
                     "các sở, ngành.")
    assert ("Đàm Quang Vỹ", "Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng") in posts
    assert ("Ninh Thị Hảo", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh") in posts


def test_a_title_then_a_dash_then_the_name_in_a_list():
    posts = posts_of("Dự đại hội có Phó Chủ tịch Hội Cựu chiến binh tỉnh Long An – Trương Văn Được; Phó Bí thư "
                     "Thường trực Huyện ủy Cần Đước – Lê Thị Hằng cùng 120 đại biểu chính thức.")
    assert posts == {("Trương Văn Được", "Phó Chủ tịch", "Hội Cựu chiến binh tỉnh Long An"),
                     ("Lê Thị Hằng", "Phó Bí thư Thường trực", "Huyện ủy Cần Đước")}


# -- round 3: membership titles, lists under an organ, military titles, repeated captions ----------

def test_a_standing_committee_member_heading_a_board_is_a_member_of_the_standing_committee():
    posts = posts_of("Dự đại hội có đồng chí Lê Văn Khải - Ủy viên Thường vụ – Trưởng Ban Dân vận Huyện ủy Thoại "
                     "Sơn; thư ký là đồng chí Trần Minh Hòa, Ủy viên Thường vụ - Trưởng ban Tổ chức Huyện ủy.")
    assert posts == {("Lê Văn Khải", "Ủy viên", "Ban Thường vụ Huyện ủy Thoại Sơn"),
                     ("Lê Văn Khải", "Trưởng ban", "Ban Dân vận Huyện ủy Thoại Sơn"),
                     ("Trần Minh Hòa", "Ủy viên", "Ban Thường vụ Huyện ủy Thoại Sơn"),
                     ("Trần Minh Hòa", "Trưởng ban", "Ban Tổ chức Huyện ủy Thoại Sơn")}


def test_a_list_of_names_under_the_standing_committee_are_its_members():
    posts = posts_of("Tới dự có các đồng chí trong Ban Thường vụ Tỉnh ủy Thái Nguyên: Hà Thị Mơ, Phó Chủ tịch "
                     "UBND tỉnh; Lò Văn Khiêm, Trưởng Ban Tổ chức Tỉnh ủy.")
    assert posts == {("Hà Thị Mơ", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Nguyên"),
                     ("Hà Thị Mơ", "Ủy viên", "Ban Thường vụ Tỉnh ủy Thái Nguyên"),
                     ("Lò Văn Khiêm", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Thái Nguyên"),
                     ("Lò Văn Khiêm", "Ủy viên", "Ban Thường vụ Tỉnh ủy Thái Nguyên")}
    # a colon after a body that only says where the meeting is opens no list of members
    assert not any(r == "Ủy viên" for _, r, _ in posts_of(
        "Hội nghị tại Ban Thường vụ Tỉnh ủy Thái Nguyên: Hà Thị Mơ, Phó Chủ tịch UBND tỉnh phát biểu."))


def test_packed_and_dotted_membership_titles_and_a_slip_in_the_central_committee():
    posts = posts_of("Dự có các đồng chí: Tống Văn Sinh, TVTU, Phó Chủ tịch UBND tỉnh Ninh Bình; Lê Văn Bảy, "
                     "UVT.Ư Đảng, Bí thư Tỉnh ủy; Đỗ Thị Lụa, UVBCH Trung ương Đảng, Trưởng Ban Dân vận Trung "
                     "ương và Mai Văn Tý, Ủy viên Ban Chấp Trung ương Đảng, Bộ trưởng Bộ Nội vụ.")
    assert ("Tống Văn Sinh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Ninh Bình") in posts
    assert ("Tống Văn Sinh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình") in posts
    for name in ("Lê Văn Bảy", "Đỗ Thị Lụa", "Mai Văn Tý"):
        assert (name, "Ủy viên", "Ban Chấp hành Trung ương Đảng") in posts
    assert ("Lê Văn Bảy", "Bí thư", "Tỉnh ủy Ninh Bình") in posts


def test_military_titles_of_the_provincial_command():
    posts = posts_of("Dự hội nghị có Đại tá Phan Văn Khởi, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Cà Mau và "
                     "Thượng tá Lê Thành Nhơn, Phó Chính ủy Bộ CHQS tỉnh; Thiếu tướng Hồ Văn Mạnh, Phó Tư lệnh "
                     "Quân khu 9 phát biểu.")
    assert ("Phan Văn Khởi", "Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Cà Mau") in posts
    assert ("Lê Thành Nhơn", "Phó Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Cà Mau") in posts
    assert ("Hồ Văn Mạnh", "Phó Tư lệnh", "Quân khu 9") in posts


def test_a_caption_repeated_below_a_repeated_lead_is_not_the_headline():
    lead = ("(BT) - Chiều 12/3, Ban Dân vận Tỉnh ủy Bến Tre tổ chức hội nghị tổng kết công tác dân vận năm "
            "2023 và đón nhận Bằng khen của Thủ tướng, với sự tham dự của đồng chí Lâm Văn Khỏe")
    text = ("Ban Dân vận Tỉnh ủy Bến Tre tổng kết công tác năm 2023\n\n08:10, 12/03/2024\n\n" + lead + "\n\n"
            + lead + ", Phó Bí thư Thường trực Tỉnh ủy; Trần Thị Ba, Phó Chủ tịch UBND tỉnh.\n\n"
            "Các đại biểu dự hội nghị tổng kết năm 2023\nCác đại biểu dự hội nghị tổng kết năm 2023\n\n"
            "Năm 2023, công tác dân vận của tỉnh có nhiều chuyển biến.\n")
    st = analyse(text)
    assert st.headline_text == "Ban Dân vận Tỉnh ủy Bến Tre tổng kết công tác năm 2023"
    assert ("Lâm Văn Khỏe", "Phó Bí thư Thường trực", "Tỉnh ủy Bến Tre") in posts_of(text)


def test_a_paper_credited_for_a_photo_and_a_comment_box_heading_are_not_authors():
    st = analyse(STORY + "Ông Lâm Văn Tòng phát biểu tại hội nghị. Ảnh: Tuổi Trẻ\n"
                 "Lâm Văn Tòng cảm ơn các đại biểu đã dự hội nghị.\nT. Khoa\n\nGÓP Ý KIẾN\n")
    assert st.authors == ["T. Khoa"]


def test_a_verb_glued_to_the_unit_word_is_not_a_wards_name():
    posts = posts_of("Mở đầu hội nghị, đồng chí Quách Thị Lụa- Phó Bí thư, Chủ tịch UBND phường Báo cáo tình hình "
                     "kinh tế; kết thúc hội nghị, đồng chí Lê Thị Cúc, Phó Bí thư Thường trực Đảng ủy phường Phát "
                     "biểu tổng kết.")
    assert not any("Báo" in body or "Phát" in body for _, _, body in posts)
    assert posts_of("Sáng 3/2, Đảng ủy xã Mỹ Hòa tổ chức họp mặt; bà Lê Thị Cúc, Bí thư Đảng ủy xã Mỹ "
                    "Hòa phát biểu.") == {("Lê Thị Cúc", "Bí thư", "Đảng ủy xã Mỹ Hòa")}


# -- the real development split (texts not in git: skipped in CI) ---------------------------------

def test_titles_of_one_command_share_the_body_written_once_but_other_titles_do_not():
    text = ("Dự buổi làm việc có đồng chí Lê Văn Khải, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS "
            "tỉnh Cà Mau và đồng chí Trần Văn Lộc, Phó Bí thư, Chủ tịch UBND xã Tân Hưng.\n")
    got = posts_of(text)
    assert ("Lê Văn Khải", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Cà Mau") in got
    assert ("Lê Văn Khải", "Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Cà Mau") in got
    assert not any(p[0] == "Trần Văn Lộc" and p[1] == "Phó Bí thư" for p in got)


def test_words_of_charge_between_a_title_and_its_body():
    text = ("Tham dự có đồng chí Phạm Thị Hồng Nhung, Phó Trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH "
            "tỉnh Quảng Bình; đồng chí Đỗ Minh Quân, Phó Trưởng ban phụ trách Ban Tuyên giáo Tỉnh ủy "
            "Quảng Bình.\n")
    got = posts_of(text)
    assert ("Phạm Thị Hồng Nhung", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Quảng Bình") in got
    assert ("Đỗ Minh Quân", "Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Bình") in got


def test_a_term_between_the_delegation_and_its_province():
    text = ("Đồng chí Vũ Thị Hạnh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XV tỉnh Hà Nam phát biểu; "
            "đồng chí Vũ Văn Tâm, Đại biểu Quốc hội khóa XV tỉnh Hà Nam cùng dự.\n")
    got = posts_of(text)
    assert ("Vũ Thị Hạnh", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Nam") in got
    assert ("Vũ Văn Tâm", "Đại biểu", "Quốc hội") in got
    assert not any("Quốc hội tỉnh" in p[2] and p[1] == "Đại biểu" for p in got)


def test_national_assembly_committees_with_a_comma_in_their_names():
    text = ("Đoàn giám sát có Chủ nhiệm Ủy ban Văn hóa, Giáo dục Ngô Thị Lan và Phó Chủ nhiệm Ủy ban "
            "Tài chính, Ngân sách Đặng Văn Hòa; bà Lưu Thị Mận, Phó Chánh Văn phòng Thường trực Văn "
            "phòng Trung ương Đảng.\n")
    got = posts_of(text)
    assert ("Ngô Thị Lan", "Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục của Quốc hội") in got
    assert ("Đặng Văn Hòa", "Phó Chủ nhiệm", "Ủy ban Tài chính, Ngân sách của Quốc hội") in got
    assert ("Lưu Thị Mận", "Phó Chánh Văn phòng Thường trực", "Văn phòng Trung ương Đảng") in got



# -- a commune's name ends where a person's name begins ------------------------------------------

def test_a_commune_title_written_right_before_the_name_keeps_the_name_out_of_the_commune():
    text = ("Ngày 12-3, Đảng ủy phường Hòa Khánh tổ chức hội nghị quán triệt nghị quyết.\n\n"
            "Bí thư Đảng ủy phường Hòa Khánh Đinh Công Lực phát biểu tại hội nghị.\n\n"
            "Bí thư Đảng ủy, Chủ tịch HĐND phường Trần Thị Kim Oanh trình bày báo cáo.\n\n"
            "Phó Bí thư Đảng ủy, Chủ tịch UBND phường Hòa Khánh Hồ Lê Minh Châu phát biểu.\n")
    got = posts_of(text)
    assert ("Đinh Công Lực", "Bí thư", "Đảng ủy phường Hòa Khánh") in got
    assert ("Trần Thị Kim Oanh", "Bí thư", "Đảng ủy phường Hòa Khánh") in got
    assert ("Trần Thị Kim Oanh", "Chủ tịch", "Hội đồng nhân dân phường Hòa Khánh") in got
    assert ("Hồ Lê Minh Châu", "Phó Bí thư", "Đảng ủy phường Hòa Khánh") in got
    assert not any(p[0] == "Lê Minh Châu" for p in got)


def test_a_ward_named_after_a_person_is_not_a_person():
    text = ("Sáng 4-5, UBND phường Võ Thị Sáu tổ chức hội nghị sơ kết công tác quý I năm 2025.\n\n"
            "Chủ tịch UBND phường Võ Thị Sáu phát biểu chỉ đạo tại hội nghị sơ kết.\n")
    facts = kg.extract_text(text)
    assert not facts.posts and not any("Võ Thị Sáu" in o.name for o in facts.officials)


# -- a bare party title before a council's or people's committee's title ----------------------

def test_a_bare_party_title_before_a_district_council_title_is_of_the_district_committee():
    text = ("Chiều 30-1, Huyện ủy Hòn Đất gặp mặt cán bộ hưu trí. Tới dự có đồng chí Lê Văn Hòa, Phó "
            "Bí thư Thường trực, Chủ tịch HĐND huyện, đồng chí Thạch Văn Khải, Ủy viên Thường vụ, Phó Chủ "
            "tịch UBND huyện.\n")
    got = posts_of(text)
    assert ("Lê Văn Hòa", "Phó Bí thư Thường trực", "Huyện ủy Hòn Đất") in got
    assert ("Thạch Văn Khải", "Ủy viên", "Ban Thường vụ Huyện ủy Hòn Đất") in got
    assert ("Thạch Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân huyện Hòn Đất") in got


def test_a_bare_party_title_before_a_commune_title_is_still_no_post():
    text = ("Sáng 5-2, Đảng bộ xã Mỹ Hòa tổ chức họp mặt đầu xuân. Đến dự có đồng chí Lê Văn Hòa, "
            "Bí thư, Chủ tịch UBND xã.\n")
    got = posts_of(text)
    assert got == {("Lê Văn Hòa", "Chủ tịch", "Ủy ban nhân dân xã Mỹ Hòa")}

# Floors just under the last measurement (posts 0.923, officials 0.957, bodies 0.788, authors
# 1.000 F1): raise them when the extractor improves, never lower them.
# Round 2 (bodies, tests/test_real_bodies.py): posts 0.930, officials 0.962, bodies 0.852.
# Round 3, re-set on the 150-article split (60 hard cases added): posts 0.901 (P 0.950), officials
# 0.951, bodies 0.851, authors 0.990; the floors sit a small margin under, and only go up from here.
# Round 4 (posts): posts 0.912 (P 0.955), officials 0.958.
# Round 6 (held-out misses): posts 0.934 (P 0.977), officials 0.961.
# Round 7 (families of posts on both tuning splits): posts 0.961 (P 0.987), officials 0.985 (P 1.000).
# Round 8 (2026-12-06 afternoon: chains, lists, foreign and religious titles, cadre decisions):
# posts 0.974 (P 0.986), officials 0.989, bodies 0.948, authors 1.000.
REAL_FLOORS = {"posts": 0.965, "officials": 0.98, "bodies": 0.94, "authors": 0.99}


def test_real_dev_split_floors(real_dev_scores):
    scores = real_dev_scores
    for fact, floor in REAL_FLOORS.items():
        assert scores[fact]["f1"] >= floor, (fact, scores[fact])
    assert scores["posts"]["precision"] >= 0.98, scores["posts"]
    assert scores["not_officials"]["count"] == 0


# -- headlines, bylines and the union's short name (invented people, real places) --------------

def test_a_portal_greeting_in_english_is_not_the_headline():
    text = ("Welcome to Ninh Binh Portal\n\nHội Nông dân tỉnh Ninh Bình tổng kết công tác năm 2023\n\n"
            "Sáng 20/12, Hội Nông dân tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác Hội năm 2023, "
            "đồng chí Phạm Văn Khải, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.\n")
    assert analyse(text).headline_text == "Hội Nông dân tỉnh Ninh Bình tổng kết công tác năm 2023"


def test_a_caption_set_above_the_title_is_not_the_headline():
    text = ("Đồng chí Lò Văn Hạnh (bên phải) trao quyết định cho đồng chí Cầm Thị Lụa.\n\n"
            "Công bố quyết định về công tác cán bộ tại huyện Mường Lát\n\n"
            "Sáng 3/4, tại huyện Mường Lát, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị công bố "
            "quyết định về công tác cán bộ.\n")
    assert analyse(text).headline_text == "Công bố quyết định về công tác cán bộ tại huyện Mường Lát"


def test_a_newspaper_closing_the_story_is_a_source_and_lone_initials_are_the_writer():
    body = ("Sáng 3/4, Thị ủy Sơn Tây tổ chức hội nghị thông tin thời sự cho cán bộ chủ chốt của thị xã.\n\n"
            "Hội nghị giúp cán bộ nắm bắt tình hình chính trị trong nước và quốc tế.\n\n")
    assert analyse(body + "Nguồn Báo Hà Nội Mới\n").authors == []
    assert analyse(body + "Báo Hà Nội Mới\n").authors == []
    assert analyse(body + "NTH\n").authors == ["NTH"]


def test_a_byline_with_a_bar_under_the_title_is_the_writer():
    text = ("Khai mạc Đại hội Công đoàn tỉnh Cao Bằng\n\nHoàng Minh Tú |\n\n"
            "Ngày 27.6, tại thành phố Cao Bằng, Công đoàn tỉnh Cao Bằng khai mạc Đại hội, nhiệm kỳ 2023 - 2028.\n")
    assert analyse(text).authors == ["Hoàng Minh Tú"]


def test_the_short_name_of_the_general_confederation_of_labour():
    text = ("Sáng 5/6, tại thành phố Cao Bằng, Công đoàn tỉnh Cao Bằng khai mạc Đại hội. "
            "Dự Đại hội có đồng chí Nông Văn Thái, Phó Chủ tịch Tổng LĐLĐVN.\n")
    assert ("Nông Văn Thái", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam") in posts_of(text)


# -- round 7: predicates after an apposition, academic titles, titles the lexicon lacks ----------

def officials_of(text: str) -> set[str]:
    return {o.name for o in kg.extract_text(text).officials}


def test_a_name_introduced_with_titles_takes_the_title_it_is_elected_to():
    text = ("Tối 12/10, Ban Chấp hành Đảng bộ tỉnh Quảng Bình khóa mới họp phiên thứ nhất. Các đồng chí: Quách "
            "Văn Lượng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Mẫn Đức Hoan, Ủy viên Ban Thường vụ, "
            "Trưởng Ban Tổ chức Tỉnh ủy cùng được bầu giữ chức Phó Bí thư Tỉnh ủy.\n")
    got = posts_of(text)
    assert ("Mẫn Đức Hoan", "Phó Bí thư", "Tỉnh ủy Quảng Bình") in got
    assert ("Mẫn Đức Hoan", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Bình") in got
    assert ("Quách Văn Lượng", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình") in got


def test_a_former_title_in_the_apposition_does_not_stop_the_new_one():
    text = ("Sáng 2/3, Hội Cựu chiến binh tỉnh Phú Thọ công bố quyết định. Đồng chí Hà Văn Lực, nguyên "
            "Chủ tịch Hội CCB huyện Thanh Sơn (cũ) được chỉ định giữ chức Chủ tịch Hội CCB tỉnh Phú Thọ.\n")
    got = posts_of(text)
    assert ("Hà Văn Lực", "Chủ tịch", "Hội Cựu chiến binh tỉnh Phú Thọ") in got
    assert not any("Thanh Sơn" in body for _, _, body in got)


def test_academic_titles_written_out_are_not_part_of_the_name():
    text = ("Sáng 11/2, Đoàn công tác do Phó Giáo sư, Tiến sĩ Lương Minh Đức, Ủy viên Bộ Chính trị làm "
            "Trưởng đoàn đến thăm tỉnh Lai Châu.\n")
    assert posts_of(text) == {("Lương Minh Đức", "Ủy viên", "Bộ Chính trị")}
    assert officials_of(text) == {"Lương Minh Đức"}


def test_a_title_the_lexicon_lacks_after_pho_is_not_a_name():
    text = ("Sáng 3/4, Đảng ủy phường Thủ Đức tổ chức hội nghị. Bà Lã Thị Mai, Phó Tổng Thanh tra Chính phủ "
            "dự hội nghị.\n")
    assert not any(o.startswith("Phó") for o in officials_of(text))
    text = ("Sáng 3/4, Đảng ủy phường Thủ Đức tổ chức hội nghị. Bà Phó Thị Hoa, Phó Chủ tịch UBND phường "
            "Thủ Đức dự.\n")
    assert ("Phó Thị Hoa", "Phó Chủ tịch", "Ủy ban nhân dân phường Thủ Đức") in posts_of(text)
    text = "Sáng 3/4, Đoàn giám sát làm việc tại tỉnh Long An. Bà Lã Thị Mai, Phó Tổng Kiểm toán Nhà nước dự.\n"
    assert ("Lã Thị Mai", "Phó Tổng Kiểm toán", "Kiểm toán Nhà nước") in posts_of(text)


def test_the_standing_secretary_written_with_the_party_and_a_stray_capital_in_a_name():
    text = ("Sáng 1/10, Đại hội Đảng bộ tỉnh Gia Lai khai mạc. Đồng chí Đàm Quốc Hưng – Ủy viên Bộ Chính trị, "
            "Thường trực Ban Bí thư Trung ương Đảng dự. Bà NGuyễn Thị Hoa, Phó Chủ tịch UBND tỉnh Gia Lai dự.\n")
    got = posts_of(text)
    assert ("Đàm Quốc Hưng", "Thường trực", "Ban Bí thư") in got
    assert ("Nguyễn Thị Hoa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai") in got


def test_a_title_then_a_dash_then_the_name_after_an_opening_clause():
    text = ("Sáng 5/3, Tỉnh đoàn Thừa Thiên Huế tổ chức lễ kỷ niệm. Phát biểu tại buổi lễ, Bí thư Tỉnh ủy - "
            "Lê Văn Lực chúc mừng các thế hệ cán bộ đoàn.\n")
    assert ("Lê Văn Lực", "Bí thư", "Tỉnh ủy Thừa Thiên Huế") in posts_of(text)


def test_an_open_ended_body_right_after_a_title_is_its_body():
    text = ("Chiều 17/8, Bộ CHQS tỉnh Hậu Giang rút kinh nghiệm công tác chuẩn bị. Đại tá Giáp Văn Dự - Chỉ huy "
            "trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo diễn tập Khu vực phòng thủ "
            "tỉnh Hậu Giang chủ trì buổi làm việc.\n")
    got = posts_of(text)
    assert ("Giáp Văn Dự", "Phó Trưởng ban Thường trực",
            "Ban Chỉ đạo diễn tập Khu vực phòng thủ tỉnh Hậu Giang") in got


def test_a_party_group_title_is_of_the_body_the_next_title_names():
    text = ("Sáng 5/3, Hội Cựu chiến binh tỉnh Gia Lai khai mạc Đại hội. Tham dự có Trung tướng Đỗ Văn Hòa-"
            "Ủy viên Đảng đoàn, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam.\n")
    got = posts_of(text)
    assert ("Đỗ Văn Hòa", "Ủy viên", "Đảng đoàn Hội Cựu chiến binh Việt Nam") in got
    assert ("Đỗ Văn Hòa", "Phó Chủ tịch", "Hội Cựu chiến binh Việt Nam") in got


def test_a_ministers_title_shares_the_central_body_and_may_drop_the_ministry_word():
    text = ("Chiều 25/10, tại Điện Biên, đồng chí Đinh Văn Thanh, Bộ trưởng Giao thông vận tải công bố quyết "
            "định. Dự có đồng chí Y Đrang, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc.\n")
    got = posts_of(text)
    assert ("Đinh Văn Thanh", "Bộ trưởng", "Bộ Giao thông vận tải") in got
    assert ("Y Đrang", "Thứ trưởng", "Ủy ban Dân tộc") in got
    assert ("Y Đrang", "Phó Chủ nhiệm", "Ủy ban Dân tộc") in got


def test_a_delegation_of_deputies_named_by_its_constituency():
    text = ("Đến dự buổi tiếp xúc chiều 6-5 có đồng chí Lạc Văn Phú, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc "
            "hội đơn vị tỉnh Bạc Liêu.\n")
    assert ("Lạc Văn Phú", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bạc Liêu") in posts_of(text)


def test_a_title_heading_a_list_opened_by_gom_and_union_titles_at_the_heads_level():
    text = ("Chiều 14/8, Ủy ban MTTQ Việt Nam thành phố Cần Thơ họp hiệp thương. Kết quả, hội nghị thống nhất cử 2 "
            "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố nhiệm kỳ 2024 – 2029, gồm: Bà Chu Thị Nguyệt, Chủ tịch "
            "Liên đoàn Lao động; ông Triệu Văn Khánh, Chủ tịch Hội Cựu chiến binh.\n")
    got = posts_of(text)
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"
    assert {("Chu Thị Nguyệt", "Phó Chủ tịch", front), ("Triệu Văn Khánh", "Phó Chủ tịch", front),
            ("Chu Thị Nguyệt", "Chủ tịch", "Liên đoàn Lao động thành phố Cần Thơ"),
            ("Triệu Văn Khánh", "Chủ tịch", "Hội Cựu chiến binh thành phố Cần Thơ")} <= got


def test_the_presidium_is_an_organ_not_a_title_of_the_name_after_it():
    text = ("Sáng 5/6, Liên đoàn Lao động tỉnh Quảng Ngãi tổ chức hội nghị. Tại hội nghị, thừa ủy quyền của "
            "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, bà Hồ Thị Hiền - Phó Chủ tịch LĐLĐ tỉnh công bố Quyết định.\n")
    got = posts_of(text)
    assert ("Hồ Thị Hiền", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Ngãi") in got
    assert not any(role == "Chủ tịch" for _, role, _ in got)


def test_a_bare_title_whose_body_the_context_gives_makes_an_official_without_a_post():
    text = ("Sáng 5/10, Huyện ủy Đô Lương tổ chức hội nghị. Tới dự có đ/c Hồ Văn Phúc - Bí thư Huyện ủy, "
            "Lê Minh Giao – Phó bí thư thường trực, Nguyễn Văn Sơn – phó bí thư - chủ tịch UBND huyện.\n")
    facts = kg.extract_text(text)
    assert {"Hồ Văn Phúc", "Lê Minh Giao", "Nguyễn Văn Sơn"} <= {o.name for o in facts.officials}
    assert not any(p.official == "Lê Minh Giao" for p in facts.posts)
    # a title with words after it may be no public office: no official
    text = ("Sáng 5/10, Hội Nông dân tỉnh Long An tổ chức hội nghị. Ông Lê Văn Tài, Giám đốc Công ty "
            "TNHH Hòa Phát, chia sẻ kinh nghiệm.\n")
    assert "Lê Văn Tài" not in officials_of(text)


def test_a_party_committee_member_of_a_commune_takes_the_commune_of_the_next_title():
    text = ("Sáng 5/3, Ủy ban MTTQ Việt Nam phường 3, quận 5 tổ chức hội nghị. Đến dự có bà Chu Thị Vân Hà, "
            "Đảng ủy viên – Chủ tịch Ủy ban MTTQ Việt Nam phường 3.\n")
    assert ("Chu Thị Vân Hà", "Ủy viên", "Đảng ủy phường 3") in posts_of(text)
    # with no commune title after it, the one commune the story names (round 10: as "Ủy viên Đảng ủy"
    # reads it; in a story of two communes none, tests/test_stage_posts_r10.py)
    text = "Sáng 5/3, Đảng ủy phường 3 tổ chức hội nghị. Đến dự có bà Chu Thị Vân Hà, Đảng ủy viên.\n"
    assert ("Chu Thị Vân Hà", "Ủy viên", "Đảng ủy phường 3") in posts_of(text)


def test_a_title_after_a_plural_address_is_held_by_every_bare_name_of_the_list():
    text = ("Sáng 15/3, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị. Dự có các đồng chí Phó Chủ tịch Ủy "
            "ban MTTQ Việt Nam tỉnh Y Lạc, Đào Thị Lành và 70 vị Ủy viên. Dự còn có các đồng chí Phó Chủ tịch "
            "UBND tỉnh Lê Văn Hải, Giám đốc Sở Nội vụ Trần Văn Bình.\n")
    got = posts_of(text)
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"
    assert {("Y Lạc", "Phó Chủ tịch", front), ("Đào Thị Lành", "Phó Chủ tịch", front)} <= got
    assert ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") not in got


def test_a_title_after_a_verb_of_appointment_is_of_the_names_after_doi_voi():
    text = ("Chiều 11/4, Tỉnh đoàn Bình Dương công bố Quyết định của Ban Bí thư Trung ương Đoàn công nhận Ủy viên "
            "Ban Chấp hành Tỉnh đoàn Bình Dương, nhiệm kỳ 2022-2027 đối với đồng chí Bế Thị Xoan và Kiều Văn "
            "Tuấn.\n")
    got = posts_of(text)
    assert {("Bế Thị Xoan", "Ủy viên", "Tỉnh đoàn Bình Dương"), ("Kiều Văn Tuấn", "Ủy viên", "Tỉnh đoàn Bình Dương")} <= got
    # a post taken away is no post held
    text = ("Sáng 20/9, Ban Thường vụ Huyện ủy Tam Nông họp. Quyết định thi hành kỷ luật cách chức Phó Chủ tịch "
            "UBND huyện Tam Nông đối với ông Lê Văn Bảy.\n")
    assert not any(name == "Lê Văn Bảy" for name, _, _ in posts_of(text))


def test_a_standing_member_of_a_committee_of_the_assembly_and_a_former_acting_title():
    text = ("Chiều 21/6, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa mở diễn đàn lấy ý kiến nhân dân. Dự diễn đàn có "
            "Thiếu tướng Đoàn Thế Khiêm, Ủy viên Thường trực Ủy ban Quốc phòng và An ninh của Quốc hội; ông Sầm "
            "Văn Luyến, nguyên Quyền Chủ tịch Hội Nông dân Việt Nam.\n")
    facts = kg.extract_text(text)
    got = {(p.official, p.role, p.body.name) for p in facts.posts}
    assert ("Đoàn Thế Khiêm", "Ủy viên Thường trực", "Ủy ban Quốc phòng và An ninh của Quốc hội") in got
    assert "Sầm Văn Luyến" in {o.name for o in facts.officials}
    assert not any(p.official == "Sầm Văn Luyến" for p in facts.posts)


def test_a_bare_dang_uy_and_a_bare_commune_title_take_the_commune_the_chain_names():
    text = ("Sáng 5/3, Hội Nông dân huyện Châu Thành tổ chức hội nghị. Dự có ông Lê Văn Hòa, Bí thư Đảng ủy, "
            "Chủ tịch HĐND xã Mỹ Hòa; bà Trần Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND phường 2; ông Lê Văn "
            "Tư, Bí thư Đảng ủy xã Tân Phú, Chủ tịch HĐND xã.\n")
    got = posts_of(text)
    assert {("Lê Văn Hòa", "Bí thư", "Đảng ủy xã Mỹ Hòa"), ("Trần Thị Mai", "Phó Bí thư", "Đảng ủy phường 2"),
            ("Lê Văn Tư", "Chủ tịch", "Hội đồng nhân dân xã Tân Phú")} <= got
    assert ("Lê Văn Hòa", "Bí thư", "Đảng ủy phường 2") not in got


def test_a_deputy_police_chief_of_a_commune():
    text = ("Sáng 12/5, Công an huyện Cần Đước tổ chức hội nghị. Đại úy Lê Văn Khải, Phó Trưởng Công an xã "
            "Long Hựu Đông báo cáo.\n")
    assert ("Lê Văn Khải", "Phó Trưởng Công an", "Công an xã Long Hựu Đông") in posts_of(text)


def test_a_captions_aside_in_parentheses_between_the_name_and_its_titles():
    text = ("Sáng 12/5, UBND tỉnh Long An trao quà Tết. Ông Trương Văn Lành (bìa trái), Phó Chủ tịch UBND tỉnh "
            "trao quà cho các hộ.\n")
    assert ("Trương Văn Lành", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Long An") in posts_of(text)


def test_a_story_line_of_a_person_and_a_title_is_no_byline_and_does_not_end_the_story():
    text = ("Huyện ủy Cần Đước tổ chức hội nghị\n\nSáng 12/5, Huyện ủy Cần Đước tổ chức hội nghị.\n\n"
            "Ông Từ Văn Ích – Chánh Văn phòng Huyện ủy đọc quyết định.\n\n"
            "Ông Bùi Văn Oanh, Phó Chủ tịch UBND huyện Cần Đước phát biểu.\n\nThu Hà\n")
    st = analyse(text)
    assert st.authors == ["Thu Hà"]
    assert ("Bùi Văn Oanh", "Phó Chủ tịch", "Ủy ban nhân dân huyện Cần Đước") in posts_of(text)


def test_the_titles_of_an_earlier_term_are_not_held_in_the_sentence_of_the_election():
    text = ("Chiều 14/10, Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi họp phiên đầu tiên. Đồng chí Vi Đức Tài, Phó Bí "
            "thư thường trực Tỉnh ủy Quảng Ngãi khóa XIX, đã trúng cử chức Bí thư Tỉnh ủy khóa XX với 100% phiếu. "
            "Đồng chí Từ Thị Hiền, Ủy viên Ban Thường vụ khóa XIX, Trưởng ban Tổ chức Tỉnh ủy được bầu giữ chức "
            "Phó Bí thư Tỉnh ủy khóa XX.\n")
    got = posts_of(text)
    assert {("Vi Đức Tài", "Bí thư", "Tỉnh ủy Quảng Ngãi"), ("Từ Thị Hiền", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi"),
            ("Từ Thị Hiền", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Ngãi")} <= got
    assert not any(role in ("Phó Bí thư Thường trực", "Ủy viên") for _, role, _ in got)


def test_titles_the_clause_after_them_says_are_retired_are_not_held():
    text = ("Chiều 9/8, Tỉnh ủy Điện Biên họp bất thường. Ông Kiều Văn Tuấn được bầu vào vị trí của ông Lò Văn "
            "Thiết, Phó Bí thư Thường trực Tỉnh ủy Điện Biên đã được nghỉ hưu theo chế độ. Ông Thái Bá Nghĩa, Bí "
            "thư Tỉnh ủy, cảm ơn những đóng góp của ông.\n")
    facts = kg.extract_text(text)
    assert {(p.official, p.role) for p in facts.posts} == {("Thái Bá Nghĩa", "Bí thư")}
    assert "Lò Văn Thiết" not in {o.name for o in facts.officials}
    text = ("Chiều 8-10, Ban Thường vụ Tỉnh ủy Gia Lai công bố quyết định điều động đồng chí Ông Văn Thơm, Bí thư "
            "Huyện ủy Kbang đến nhận công tác tại Ủy ban MTTQ Việt Nam tỉnh.\n")
    # the meeting announces the transfer: the title is the one he holds as it is told (docs/conventions.md)
    assert any(name == "Ông Văn Thơm" and role == "Bí thư" for name, role, _ in posts_of(text))


def test_a_deputys_title_before_two_bare_names_is_held_by_both_a_single_holders_is_not():
    text = ("Sáng 5/3, UBND tỉnh Bến Tre họp. Phó Chủ tịch UBND tỉnh Lê Văn Lâm và Nguyễn Văn Minh cùng dự. "
            "Bí thư Tỉnh ủy Lê Văn Hải và Trần Văn Sáu dự. Phó Chủ tịch UBND tỉnh Lê Văn Chín và ông Trần "
            "Văn Mười dự.\n")
    got = posts_of(text)
    vice = "Ủy ban nhân dân tỉnh Bến Tre"
    assert {("Lê Văn Lâm", "Phó Chủ tịch", vice), ("Nguyễn Văn Minh", "Phó Chủ tịch", vice)} <= got
    assert not any(name in ("Trần Văn Sáu", "Trần Văn Mười") for name, _, _ in got)


def test_a_title_before_the_bare_head_noun_names_the_body_last_written_with_it():
    text = ("Chiều 9-11, tỉnh Yên Bái tiếp Đoàn công tác của Hội đồng Lý luận Trung ương do Phó Giáo sư, Tiến sỹ "
            "Hà Quang Lộc, Phó Chủ tịch Hội đồng làm Trưởng đoàn. Ông Lê Văn Năm, Phó Chủ tịch Hội đồng quản trị "
            "Công ty Ngòi Thia, cùng dự.\n")
    got = posts_of(text)
    assert ("Hà Quang Lộc", "Phó Chủ tịch", "Hội đồng Lý luận Trung ương") in got
    assert not any(name == "Lê Văn Năm" for name, _, _ in got)
    text = ("Sáng 5/3, Hội Nông dân tỉnh Long An tổ chức Đại hội. Ông Lê Văn Hai, Chủ tịch Hội, phát biểu. Ông "
            "Lê Văn Bốn, Chủ tịch Hội Cựu giáo chức tỉnh dự.\n")
    got = posts_of(text)
    assert ("Lê Văn Hai", "Chủ tịch", "Hội Nông dân tỉnh Long An") in got
    assert ("Lê Văn Bốn", "Chủ tịch", "Hội Nông dân tỉnh Long An") not in got


def test_a_board_head_joined_by_kiem_to_a_title_of_a_board_shares_it():
    text = ("Chiều 28/1, Ban Trị sự GHPGVN tỉnh Quảng Ngãi đến chúc Tết Ủy ban MTTQ tỉnh. Thượng tọa Thích Tâm "
            "Vĩnh - Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự GHPGVN tỉnh gửi lời chúc năm mới. Ông Lê Văn Tư, "
            "Trưởng ban kiêm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy dự.\n")
    got = posts_of(text)
    board = "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Ngãi"
    assert {("Thích Tâm Vĩnh", "Phó Trưởng ban", board), ("Thích Tâm Vĩnh", "Chánh Thư ký", board)} <= got
    assert not any(name == "Lê Văn Tư" and role == "Trưởng ban" for name, role, _ in got)


def test_a_list_headed_by_a_title_without_its_body_takes_the_body_the_title_was_just_written_with():
    text = ("Chiều 14/8, Ủy ban MTTQ Việt Nam thành phố Cần Thơ họp hiệp thương. Hội nghị thống nhất cử 5 Phó "
            "Chủ tịch Ủy ban MTTQ Việt Nam thành phố, gồm: Bà Chu Thị Nguyệt, Chủ tịch Liên đoàn Lao động. Ba Phó "
            "Chủ tịch chuyên trách đương nhiệm: ông Đinh Quốc Vượng, bà Lã Thị Mơ và bà Khúc Thị Ngọc Trâm.\n")
    got = posts_of(text)
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"
    assert {(n, "Phó Chủ tịch", front) for n in ("Đinh Quốc Vượng", "Lã Thị Mơ", "Khúc Thị Ngọc Trâm")} <= got


def test_a_list_headed_by_a_title_without_its_body_names_officials_without_posts():
    text = ("Chiều 14/8, Ủy ban MTTQ Việt Nam thành phố Cần Thơ họp hiệp thương. Ba Phó Chủ tịch chuyên trách "
            "đương nhiệm: ông Đinh Quốc Vượng, bà Lã Thị Mơ và bà Khúc Thị Ngọc Trâm. Chủ tịch UBND thành phố "
            "nhấn mạnh: ông Lê Văn Bảy đã làm tốt công tác.\n")
    facts = kg.extract_text(text)
    assert {"Đinh Quốc Vượng", "Lã Thị Mơ", "Khúc Thị Ngọc Trâm"} <= {o.name for o in facts.officials}
    assert "Lê Văn Bảy" not in {o.name for o in facts.officials}
    assert not facts.posts


def test_a_name_in_a_members_list_with_its_own_title_of_the_same_rank_keeps_its_own():
    text = ("Chiều 9/8, Hội Nông dân tỉnh Kon Tum bế mạc Đại hội. Dự có các đồng chí trong Ban Thường vụ Tỉnh "
            "ủy: Hà Quang Lộc-Phó Chủ tịch Thường trực HĐND tỉnh; Giáp Văn Dự-Trưởng ban Dân vận Tỉnh ủy và A "
            "Blưn-Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.\n")
    got = posts_of(text)
    standing = "Ban Thường vụ Tỉnh ủy Kon Tum"
    assert {("Hà Quang Lộc", "Ủy viên", standing), ("Giáp Văn Dự", "Ủy viên", standing),
            ("A Blưn", "Ủy viên", "Tỉnh ủy Kon Tum")} <= got
    assert ("A Blưn", "Ủy viên", standing) not in got


def test_a_name_that_wins_an_election_takes_the_title_a_candidate_does_not():
    text = ("Ngày 12/5, Hội Nông dân huyện Tam Nông tổ chức Đại hội. Ông Lê Văn Tính tái đắc cử Chủ tịch Hội Nông "
            "dân huyện nhiệm kỳ 2023-2028. Ông Lê Văn Bảy ứng cử Đại biểu Quốc hội.\n")
    got = posts_of(text)
    assert ("Lê Văn Tính", "Chủ tịch", "Hội Nông dân huyện Tam Nông") in got
    assert not any(name == "Lê Văn Bảy" for name, _, _ in got)


def test_a_misspelt_district_after_its_unit_word_is_a_place_not_a_person():
    # "huyện Châu Thàn" is Châu Thành with a letter left out: it begins with a family name,
    # but a run one letter off a unit's name right after the unit word is that place.
    text = ("Sáng 5/3/2023, ông Đinh Văn Khởi, Chủ tịch UBND huyện Châu Thàn, làm việc với Đảng ủy xã "
            "Phú Hữu.\n")
    facts = kg.extract_text(text)
    assert [o.name for o in facts.officials] == ["Đinh Văn Khởi"]
    assert {(p.official, p.role) for p in facts.posts} == {("Đinh Văn Khởi", "Chủ tịch")}
    # a person's name after the unit word is still the holder of the title before it
    assert ("Lò Văn Khởi", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La") in posts_of(
        "Phó Chủ tịch UBND tỉnh Sơn La Lò Văn Khởi phát biểu.\n")
    assert {p[0] for p in posts_of("Phó Chủ tịch UBND huyện Lê Phước phát biểu tại huyện Châu Thành.\n")} \
        == {"Lê Phước"}


def test_a_delegation_named_by_its_task_is_not_a_person_called_doan():
    # "Đoàn Kiểm tra", "Đoàn Công tác": Đoàn is a family name too, but here the delegation word
    # and its task (meetings.yaml delegation), not a person named "Đoàn Kiểm".
    text = ("Ngày 12/4/2023, đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy Hà Nam làm trưởng đoàn Đoàn Kiểm tra "
            "của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Kim Bảng.\n")
    facts = kg.extract_text(text)
    assert [o.name for o in facts.officials] == ["Lê Thị Hoa"]
    assert ("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy Hà Nam") in posts_of(text)
    # a person whose family name is Đoàn is still a person
    assert ("Đoàn Văn Kiểm", "Bí thư", "Huyện ủy Kim Bảng") in posts_of(
        "Ông Đoàn Văn Kiểm, Bí thư Huyện ủy Kim Bảng phát biểu tại hội nghị.\n")


def test_a_police_director_holds_the_rulebooks_police_title():
    # "Giám đốc Công an tỉnh X" -> [Giám đốc Công an, Công an tỉnh X] (docs/conventions.md);
    # the deputy keeps the plain title.
    got = posts_of("Dự hội nghị có Thiếu tướng Lò Văn Khởi, Giám đốc Công an tỉnh Sơn La; Đại tá Cầm Văn Pọm, "
                   "Phó Giám đốc Công an tỉnh Sơn La.\n")
    assert ("Lò Văn Khởi", "Giám đốc Công an", "Công an tỉnh Sơn La") in got
    assert ("Cầm Văn Pọm", "Phó Giám đốc", "Công an tỉnh Sơn La") in got
    assert not any(role == "Giám đốc" for _, role, _ in got)


def test_elected_to_a_title_after_a_dashed_aside_by_giu_chuc_danh():
    # "bầu ông A – his titles – giữ chức danh Chủ tịch X": "chức danh" ends the predicate too,
    # so the new title is his beside the ones he is introduced with.
    got = posts_of("Với 100% phiếu tán thành, Ban Chấp hành LĐLĐ tỉnh Vĩnh Long bầu ông La Văn Yến – "
                   "Tỉnh ủy viên, Phó Chủ tịch Thường trực LĐLĐ tỉnh Vĩnh Long – giữ chức danh Chủ tịch LĐLĐ "
                   "tỉnh Vĩnh Long nhiệm kỳ 2023 – 2028.\n")
    union = "Liên đoàn Lao động tỉnh Vĩnh Long"
    assert {("La Văn Yến", "Chủ tịch", union), ("La Văn Yến", "Phó Chủ tịch Thường trực", union)} <= got


def test_a_plural_title_heads_a_list_whose_items_write_their_own_titles_first():
    # "các đồng chí Bí thư Trung ương Đảng: Chánh Văn phòng Y B; Trưởng ban X A": every item
    # holds the heading title (a standalone one, naming its own body) beside its own.
    got = posts_of("Chiều 3/2, đoàn công tác Trung ương về làm việc tại tỉnh Bắc Kạn. Tham gia đoàn có các đồng "
                   "chí Bí thư Trung ương Đảng: Chánh Văn phòng Trung ương Đảng Lò Văn Pọm; Trưởng ban Tuyên "
                   "giáo Trung ương Lê Văn Kha.\n")
    assert {("Lê Văn Kha", "Bí thư", "Ban Bí thư"), ("Lê Văn Kha", "Trưởng ban", "Ban Tuyên giáo Trung ương"),
            ("Lò Văn Pọm", "Bí thư", "Ban Bí thư"),
            ("Lò Văn Pọm", "Chánh Văn phòng", "Văn phòng Trung ương Đảng")} <= got
    # without the plural address a colon after a title opens what is said, not a list
    got = posts_of("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Bắc Kạn: Chủ tịch UBND tỉnh Lê Văn Kha cần "
                   "chỉ đạo quyết liệt hơn.\n")
    assert ("Lê Văn Kha", "Bí thư", "Tỉnh ủy Bắc Kạn") not in got


def test_a_dash_and_a_comma_typed_together_separate_a_name_from_its_title():
    text = ("Dự hội nghị có ông Lê Văn Kha – Phó Bí thư Thường trực Thị ủy Hương Trà; ông Đinh Văn Pọm –, "
            "Phó Chủ tịch UBND thị xã Hương Trà; đại diện Hội LHPN thị xã.\n")
    assert ("Đinh Văn Pọm", "Phó Chủ tịch", "Ủy ban nhân dân thị xã Hương Trà") in posts_of(text)


def test_an_election_that_names_the_title_before_doi_voi_the_person():
    text = ("Chiều 2/8, Ban Chấp hành Hội LHPN tỉnh Tây Ninh bầu bổ sung chức danh Phó Chủ tịch Hội LHPN tỉnh "
            "nhiệm kỳ 2021-2026 đối với đồng chí Bế Thị Xoan - Ủy viên Ban Thường vụ Hội LHPN tỉnh; số phiếu "
            "tán thành đạt 96%.\n")
    assert ("Bế Thị Xoan", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Tây Ninh") in posts_of(text)
    # a title taken away the same way is no post held
    assert posts_of("Hội nghị quyết định thôi giữ chức danh Phó Chủ tịch Hội LHPN tỉnh Tây Ninh đối với "
                    "đồng chí Bế Thị Xoan.\n") == set()


def test_a_photo_number_glued_to_the_captions_first_word_is_split_off():
    # "ảnh 3Chủ tịch UBND huyện …": a scraped page glues its photo number to the caption
    text = ("Phiên trù bị Đại hội Đảng bộ tỉnh Hậu Giang ảnh 3Chủ tịch UBND huyện Long Mỹ Lê Văn Kha trình bày "
            "tham luận.\n")
    assert ("Lê Văn Kha", "Chủ tịch", "Ủy ban nhân dân huyện Long Mỹ") in posts_of(text)
    from kg.extract.sentences.tokens import tokenize
    assert [t.text for t in tokenize("Quốc lộ 1A lúc 19h30, mạng 4G")] == \
        ["Quốc", "lộ", "1A", "lúc", "19h30", ",", "mạng", "4G"]


def test_a_bare_dang_uy_before_a_title_of_another_organisation_is_not_the_communes():
    # "Bí thư Đảng ủy, Tổng Biên tập Báo X" in a story of a commune: the Đảng ủy is the paper's
    text = ("Sáng 5/6, Đảng bộ xã Phú Lương tổ chức Đại hội. Dự Đại hội có đồng chí Lê Văn Kha, Bí thư Đảng ủy, "
            "Tổng Biên tập Báo Tuyên Quang; đồng chí Lò Văn Pọm, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Lương.\n")
    got = posts_of(text)
    assert not any(name == "Lê Văn Kha" and body == "Đảng ủy xã Phú Lương" for name, _, body in got)
    assert ("Lò Văn Pọm", "Bí thư", "Đảng ủy xã Phú Lương") in got


def test_a_title_followed_by_cac_names_a_group_not_the_persons_post():
    # "do đồng chí A, … làm Trưởng đoàn và đại biểu Quốc hội các khóa": the deputies of past terms
    # travel with him; "đại biểu Quốc hội các khóa" is not his title
    text = ("Sáng 27-7, đoàn đại biểu tỉnh Trà Vinh do đồng chí Thái Bá Nghĩa, Bí thư Tỉnh ủy, Trưởng đoàn "
            "đại biểu Quốc hội tỉnh làm Trưởng đoàn và đại biểu Quốc hội các khóa của tỉnh đã dâng hương tại "
            "Nghĩa trang liệt sĩ quốc gia Trường Sơn.\n")
    got = posts_of(text)
    assert ("Thái Bá Nghĩa", "Bí thư", "Tỉnh ủy Trà Vinh") in got
    assert ("Thái Bá Nghĩa", "Đại biểu", "Quốc hội") not in got


def test_who_hands_over_a_decision_does_not_take_its_title():
    got = posts_of("Thay mặt Bộ Chính trị, Phó Thủ tướng Lê Văn Kha đã trao quyết định giữ chức Phó Trưởng ban "
                   "Chỉ đạo Tây Bắc cho ông Lò Văn Pọm.\n")
    assert not any(name == "Lê Văn Kha" and role == "Phó Trưởng ban" for name, role, _ in got)
    # the one who receives it ("được trao") does
    assert ("Lò Văn Pọm", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in posts_of(
        "Ông Lò Văn Pọm được trao quyết định giữ chức Phó Chủ tịch UBND tỉnh Yên Bái.\n")


def test_the_central_committee_written_in_full_with_an_abbreviated_tu():
    got = posts_of("Về phía Trung ương Đoàn, có: anh Lê Văn Kha - Ủy viên dự khuyết Ban Chấp hành T.Ư Đảng, "
                   "Bí thư thứ nhất T.Ư Đoàn; chị Lò Thị Hoa - Bí thư T.Ư Đoàn.\n")
    assert {("Lê Văn Kha", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
            ("Lê Văn Kha", "Bí thư thứ nhất", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")} <= got


def test_a_less_common_family_name_still_opens_a_name():
    # (a sentence written for the test) Tưởng, Khâu, Uông are family names too
    assert ("Tưởng Văn Hòa", "Phó Bí thư", "Thành ủy Hà Nội") in posts_of(
        "Chiều 5/4, đồng chí Tưởng Văn Hòa, Phó Bí thư Thành ủy Hà Nội làm việc với Quận ủy Ba Đình.")

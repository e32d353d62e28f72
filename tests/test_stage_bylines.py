"""Bylines and photo credits: the families of credit lines the genre writes (invented people,
real places). Authors are the writers; an agency or outlet credited beside them is not."""
from __future__ import annotations

import kg
from kg.extract.structure.structure import analyse

LEAD = "Sáng 12/3, Huyện ủy Phú Tân tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024 với nhiều nội dung."
MORE = "Hội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm của quý II trong toàn huyện và các xã."


def _authors(text: str) -> list[str]:
    return analyse(text).authors


def _officials(text: str) -> set[str]:
    return {o.name for o in kg.extract_text(text).officials}


def test_an_agency_after_the_photographer_s_slash_is_not_an_author():
    text = ("Hội nghị ở Phú Tân\n" + LEAD + "\n"
            "Đại biểu dự hội nghị. (Ảnh: Lâm Quế Chi/TTXVN)\n" + MORE + "\n")
    assert _authors(text) == ["Lâm Quế Chi"]


def test_a_broadcaster_credited_for_a_photo_is_not_an_author():
    text = ("Hội nghị ở Phú Tân\n" + LEAD + "\n"
            "Quang cảnh hội nghị tại huyện. Ảnh: VOV |\n" + MORE + "\n")
    assert _authors(text) == []


def test_glued_credits_name_both_the_writer_and_the_photographer():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nTin: Tạ Minh KhuêẢnh Hồ Diệp Anh\n"
    assert _authors(text) == ["Tạ Minh Khuê", "Hồ Diệp Anh"]


def test_names_then_the_outlet_s_web_address_after_a_slash():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nNgọc Trâm - Quý Sơn/ANGIANGTV.VN\n"
    assert _authors(text) == ["Ngọc Trâm", "Quý Sơn"]


def test_bracketed_names_closing_the_story_then_the_station_s_capitals():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n(Ngọc Trâm – Quý Sơn)- ATV\n"
    assert _authors(text) == ["Ngọc Trâm", "Quý Sơn"]


def test_a_name_after_the_closing_mark_of_the_last_paragraph():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "./. Diệp Bảo Ngân\nSố lần đọc: 120\n"
    assert _authors(text) == ["Diệp Bảo Ngân"]


def test_no_writer_after_the_closing_mark_when_an_outlet_or_nothing_follows():
    assert _authors("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "./. Theo Báo An Giang\n") == []
    assert _authors("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "./.\n") == []


def test_a_writer_is_never_an_official():
    text = ("Hội nghị ở Phú Tân\n" + LEAD + "\n"
            "Đồng chí Kha Văn Lộc, Bí thư Huyện ủy Phú Tân phát biểu.\n" + MORE + "\n"
            "Tin: Tạ Minh KhuêẢnh Hồ Diệp Anh\n")
    assert "Kha Văn Lộc" in _officials(text)
    assert not {"Tạ Minh Khuê", "Hồ Diệp Anh"} & _officials(text)


def test_an_outlet_or_an_organisation_credited_for_a_photo_is_not_an_author():
    for credit in ("Ảnh: Báo Cà Mau", "Ảnh: Hội LHPN tỉnh", "Ảnh: Huyện Đoàn Phú Tân", "Ảnh: Chinhphu.vn"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\nQuang cảnh hội nghị. " + credit + "\n" + MORE + "\n"
        assert _authors(text) == [], credit


def test_a_word_for_the_reporter_or_the_file_is_no_name():
    for credit in ("Ảnh: PV", "Ảnh: CTV", "Ảnh: Tư liệu", "Ảnh: NVCC"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\nQuang cảnh hội nghị. " + credit + "\n" + MORE + "\n"
        assert _authors(text) == [], credit
    assert _authors("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nPV\n") == []


def test_the_writer_then_the_paper_after_a_slash():
    text = ("Hội nghị ở Phú Tân\n" + LEAD + "\nĐại biểu dự hội nghị. Ảnh: Lâm Quế Chi/Báo An Giang\n"
            + MORE + "\nDiệp Bảo Ngân/Báo An Giang\n")
    assert sorted(_authors(text)) == ["Diệp Bảo Ngân", "Lâm Quế Chi"]


def test_family_names_that_are_also_words_stay_names():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\nĐại biểu dự hội nghị. Ảnh: Đoàn Quế Chi\n" + MORE + "\n"
    assert _authors(text) == ["Đoàn Quế Chi"]


def test_the_writer_s_and_the_photographer_s_credits_on_one_line():
    for line in ("Bài: Tạ Minh Khuê - Ảnh: Hồ Diệp Anh", "Tin: Tạ Minh Khuê; ảnh: Hồ Diệp Anh",
                 "Bài: Tạ Minh Khuê Ảnh: Hồ Diệp Anh"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == ["Tạ Minh Khuê", "Hồ Diệp Anh"], line
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nTin: Tạ Minh Khuê - Nguồn: Báo An Giang\n"
    assert _authors(text) == ["Tạ Minh Khuê"]


def test_full_names_and_pen_names_with_initials_on_one_closing_line():
    assert _authors("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nDiệp Bảo Ngân - T.Khuê\n") \
        == ["Diệp Bảo Ngân", "T.Khuê"]
    assert _authors("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nDiệp Bảo Ngân ./.\n") == ["Diệp Bảo Ngân"]


def test_a_person_and_an_abbreviated_title_is_no_byline():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKha Văn Lộc - Q.Chủ tịch UBND xã\n"
    assert _authors(text) == []


def test_a_writer_s_initials_alone_close_the_story():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKV\n"
    assert _authors(text) == ["KV"]


def test_a_writer_and_a_photographer_on_one_line_split_by_a_bar():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nTin: Lạc Thu Vân | Ảnh: Kha Đình Bảo\n"
    assert _authors(text) == ["Lạc Thu Vân", "Kha Đình Bảo"]


def test_a_writer_s_name_glued_after_the_last_sentence():
    for tail, names in ((".Lạc Thu Vân", ["Lạc Thu Vân"]), (". KHA ĐÌNH BẢO", ["Kha Đình Bảo"]),
                        (". Thu Vân - Đình Bảo", ["Thu Vân", "Đình Bảo"]), (". Bài và ảnh: Lạc Thu Vân", ["Lạc Thu Vân"]),
                        (". L.T.Vân", ["L.T.Vân"])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE[:-1] + tail + "\n"
        assert _authors(text) == names, tail


def test_no_byline_from_a_sentence_s_last_words_an_outlet_or_a_stray_letter():
    for tail in (" cùng ông Lạc Thu Vân.", ". (Theo Báo Phú Tân)", ". Nhóm PV", ". R", ". UBND", ". Ông Lạc Văn Ba"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE[:-1] + tail + "\n"
        assert _authors(text) == [], tail


def test_the_writer_in_a_segment_of_the_page_s_stamp_row():
    for row in ("12/03/2024 08:15 | Lạc Thu Vân", "Thứ Ba, 12/03/2024 - 08:15 | Tác giả: Lạc Thu Vân",
                "Lạc Thu Vân | 12/03/2024"):
        text = "Huyện ủy Phú Tân sơ kết công tác dân vận quý I\n" + row + "\n" + LEAD + "\n" + MORE + "\n"
        assert _authors(text) == ["Lạc Thu Vân"], row


def test_a_place_or_a_section_in_the_stamp_row_is_no_writer():
    for row in ("Thứ Ba, 12/03/2024 08:15 | Phú Yên", "12/03/2024 | Thời Sự", "12/03/2024 08:15 | Báo Phú Tân"):
        text = "Huyện ủy Phú Tân sơ kết công tác dân vận quý I\n" + row + "\n" + LEAD + "\n" + MORE + "\n"
        assert _authors(text) == [], row


def test_the_outlet_after_the_writers_name_is_not_a_writer():
    for line, names in (("Thu Vân/VOV-Tây Bắc", ["Thu Vân"]), ("Thu Vân - TTVH", ["Thu Vân"]),
                        ("Đình Bảo - Thu Vân | Báo Phú Tân", ["Đình Bảo", "Thu Vân"]),
                        ("Thu Vân 12:05 12/03/2024", ["Thu Vân"])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == names, line


def test_a_writer_named_as_a_district_is_still_a_writer():
    text = "Huyện ủy Phú Tân sơ kết công tác dân vận quý I\n12/03/2024 08:15 | Thanh Hà\n" + LEAD + "\n" + MORE + "\n"
    assert _authors(text) == ["Thanh Hà"]


def test_more_credit_markers_a_role_or_degree_before_the_name_and_a_photographer_after_it():
    for line, names in (("Tác giả bài viết: Lạc Thu Vân", ["Lạc Thu Vân"]), ("Tin và bài: Lạc Thu Vân", ["Lạc Thu Vân"]),
                        ("Nhóm phóng viên: Thu Vân - Đình Bảo", ["Thu Vân", "Đình Bảo"]),
                        ("PV Lạc Thu Vân", ["Lạc Thu Vân"]), ("ThS. Kha Đình Bảo", ["Kha Đình Bảo"]),
                        ("Thu Vân - Ảnh: Đình Bảo", ["Thu Vân", "Đình Bảo"]), ("Thu Vân (Ảnh: Đình Bảo)", ["Thu Vân", "Đình Bảo"]),
                        ("Đình Bảo (TTXVN)/Báo Phú Tân", ["Đình Bảo"])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == names, line


def test_a_photo_credit_with_the_photographer_s_outlet_after_it():
    for credit in ("Ảnh: Kha Đình Bảo (Báo Phú Tân)", "Ảnh: Kha Đình Bảo | Báo Phú Tân"):
        text = ("Hội nghị ở Phú Tân\n" + LEAD + "\nĐại biểu dự hội nghị tại huyện. " + credit + "\n" + MORE + "\n")
        assert _authors(text) == ["Kha Đình Bảo"], credit


def test_a_language_switch_or_a_button_closing_the_page_is_no_writer():
    for line in ("EN", "TOP"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == [], line


def test_what_the_writer_did_after_the_name_and_the_editorial_board():
    for line, names in (("Thu Vân tổng hợp", ["Thu Vân"]), ("Đình Bảo ghi", ["Đình Bảo"]),
                        ("Thu Vân - Đình Bảo thực hiện", ["Thu Vân", "Đình Bảo"]), ("BBT", [])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == names, line


def test_the_last_words_of_a_sentence_the_page_broke_are_no_byline():
    for tail in ("do ông Phó Chủ tịch UBND huyện\nKha Đình Bảo.", "do Phó Chủ tịch UBND huyện,\nKha Đình Bảo"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\nHội nghị đã thảo luận các nhiệm vụ " + tail + "\n"
        assert _authors(text) == [], tail
    # a caption with no full stop above the byline leaves it one
    text = ("Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nÔng Kha Văn Ba, Phó Chủ tịch UBND huyện phát biểu\n"
            "Lạc Thu Vân\n")
    assert _authors(text) == ["Lạc Thu Vân"]


def test_a_writer_s_initials_then_the_unit_s_acronym():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKV – TTVHTT PT2\n"
    assert _authors(text) == ["KV"]
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nThu Vân - TTTT&VH\n"
    assert _authors(text) == ["Thu Vân"]
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nNGỌC ANH - MINH THU\n"
    assert _authors(text) == ["Ngọc Anh", "Minh Thu"]


def test_a_place_or_a_place_of_worship_on_the_last_line_is_no_writer_a_given_name_is():
    for line, names in (("Chùa Phú Lạc - Thôn Hòa Bình", []), ("Xã Phú Lạc", []), ("Trường Giang", ["Trường Giang"]),
                        ("Đình Bảo", ["Đình Bảo"])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == names, line


def test_a_credit_to_an_office_stays_a_credit_line_not_the_story_s():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nTin, ảnh: Ban Tuyên giáo Huyện ủy Phú Tân tổng hợp\n"
    st = analyse(text)
    assert st.authors == [] and len(st.story) == 3


def test_a_page_s_button_in_capitals_is_no_writer():
    for line in ("TRỌN BỘ", "Xem trọn bộ", "BÀI TRƯỚC", "Tin tiếp theo"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == [], line
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nTRỌNG BẢO\n"
    assert _authors(text) == ["Trọng Bảo"]


def test_a_section_s_or_a_gallery_s_name_closing_the_page_is_no_writer():
    for line in ("THỜI SỰ", "TIN VẮN", "Video liên quan", "THƯ VIỆN ẢNH", "QUAY VỀ", "Ý KIẾN"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == [], line
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKIM OANH - THANH TÂM\n"
    assert _authors(text) == ["Kim Oanh", "Thanh Tâm"]


def test_a_weekday_by_the_stamp_on_the_writer_s_line_is_no_writer():
    for row in ("Kim Oanh - Thứ Sáu, 12/07/2024 15:20", "KIM OANH - CHỦ NHẬT, 14/07/2024 15:20"):
        st = analyse("Hội nghị ở Phú Tân\n" + row + "\n" + LEAD + "\n" + MORE + "\n")
        assert st.authors == ["Kim Oanh"], row


def test_a_place_after_the_writers_slash_and_a_page_s_by_before_the_writer():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKim Oanh - Thanh Tâm/Quảng Ninh\n"
    assert _authors(text) == ["Kim Oanh", "Thanh Tâm"]
    text = "Hội nghị ở Phú Tân\nBởi Kim Oanh\n" + LEAD + "\n" + MORE + "\n"
    assert _authors(text) == ["Kim Oanh"]
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nThs. Lò Kim Oanh\n"
    assert _authors(text) == ["Lò Kim Oanh"]


def test_a_page_s_tab_in_capitals_with_words_no_name_is_made_of_is_no_writer():
    for line in ("VIDEO KHÁC", "XEM NGAY", "CÓ THỂ BẠN QUAN TÂM", "TẢI VỀ MÁY", "TRỰC TIẾP", "LIVE"):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == [], line
    # given names that are words too stay writers
    for line, names in (("HÀN ĐĂNG", ["Hàn Đăng"]), ("KIM LIÊN - VĂN LUẬN", ["Kim Liên", "Văn Luận"])):
        text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\n" + line + "\n"
        assert _authors(text) == names, line


def test_a_writer_credited_with_what_they_did_in_brackets_before_the_source_line():
    # "(ST)" = sưu tầm: what the writer did, not a part of the name; the outlet's source line
    # after it does not keep the initials from closing the story
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nKQ (ST)\nNguồn tin: Báo Phú Tân điện tử\n"
    assert _authors(text) == ["KQ"]
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nLò Kim Oanh (sưu tầm)\n"
    assert _authors(text) == ["Lò Kim Oanh"]
    # capital initials in a sentence's brackets stay no writer
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nUBND (TH)\n" + MORE + "\n"
    assert _authors(text) == []


def test_a_writer_with_the_dash_glued_before_the_unit_they_write_for():
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nLò Kim Oanh- Ban Tuyên giáo huyện Phú Tân\n"
    assert _authors(text) == ["Lò Kim Oanh"]
    # a person and their title after a glued dash is no writer
    text = "Hội nghị ở Phú Tân\n" + LEAD + "\n" + MORE + "\nLò Kim Oanh- Chủ tịch UBND huyện Phú Tân\n"
    assert _authors(text) == []


def test_a_stamp_row_with_the_writer_and_an_outlet_with_a_channel_number():
    text = "Hội nghị ở Phú Tân bầu Chủ tịch mới\n\nKim Oanh/VTP2 | 14/07/2024, 15:20\n\n" + LEAD + "\n" + MORE + "\n"
    assert _authors(text) == ["Kim Oanh"]


def test_a_closing_name_in_capitals_keeps_its_last_syllable():
    # (a toned capital before the last syllable is no lower-case letter before an outlet's acronym)
    st = analyse("Xã Lạc Sơn họp tổng kết năm\n\nSáng 3/1, Đảng ủy xã Lạc Sơn họp tổng kết công tác năm với các "
                 "chi bộ trong xã.\n\nCác chi bộ đều hoàn thành nhiệm vụ được giao trong năm qua.\n\nTRỊNH THỊ LAN\n")
    assert st.authors == ["Trịnh Thị Lan"]
    st = analyse("Xã Lạc Sơn họp tổng kết năm\n\nSáng 3/1, Đảng ủy xã Lạc Sơn họp tổng kết công tác năm với các "
                 "chi bộ trong xã.\n\nCác chi bộ đều hoàn thành nhiệm vụ được giao trong năm qua.\n\nĐức Hải LDO\n")
    assert st.authors == ["Đức Hải"]

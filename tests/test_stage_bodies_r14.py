"""Round 14 (bodies): the special zone as a level of the communes' rank, the Front's merged boards,
a union written after a central level word, the national news agency and broadcasters by name.
Sentences invented for these tests."""
from __future__ import annotations

from test_stage_pipeline import bodies_of as bodies, posts_of as posts, state_of


def _state(tmp_path, body: str):
    return state_of(tmp_path, "Tin hoạt động\n\n" + body + "\n")


def test_a_special_zones_committees_council_and_front_are_bodies_of_the_zone(tmp_path):
    st = _state(tmp_path, "Sáng 10/9/2025, Ủy ban MTTQ Việt Nam đặc khu Bạch Long Vĩ tổ chức đại hội. Dự có ông Hà Văn Lực, "
                          "Bí thư Đảng ủy đặc khu; bà Vi Thị Nga, Chủ tịch HĐND đặc khu Bạch Long Vĩ.")
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu Bạch Long Vĩ", "Đảng ủy đặc khu Bạch Long Vĩ",
            "Hội đồng nhân dân đặc khu Bạch Long Vĩ"} <= bodies(st)
    assert ("Hà Văn Lực", "Bí thư", "Đảng ủy đặc khu Bạch Long Vĩ") in posts(st)
    assert ("Vi Thị Nga", "Chủ tịch", "Hội đồng nhân dân đặc khu Bạch Long Vĩ") in posts(st)


def test_special_zones_in_general_or_every_zone_name_no_body(tmp_path):
    st = _state(tmp_path, "Sáng 10/9, hội thảo bàn về mô hình đặc khu kinh tế. UBND các xã, phường, đặc khu trong tỉnh "
                          "Phú Yên tham dự.")
    assert not any("đặc khu" in b for b in bodies(st))


def test_the_fronts_merged_boards_by_their_long_names(tmp_path):
    st = _state(tmp_path, "Chiều 18/10/2025, hội nghị có ông Đinh Văn Lục, Trưởng Ban Tổ chức kiểm tra Ủy ban MTTQ Việt "
                          "Nam tỉnh Lạng Sơn phát biểu; ông Mạc Văn Khải, Phó trưởng Ban Tuyên giáo, công tác xã hội, Dân "
                          "tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn dự.")
    board = "Ban Tuyên giáo, Công tác xã hội, Dân tộc và Tôn giáo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"
    assert ("Mạc Văn Khải", "Phó Trưởng ban", board) in posts(st)
    assert ("Đinh Văn Lục", "Trưởng ban", "Ban Tổ chức - Kiểm tra Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn") in posts(st)
    assert not any(b.startswith("Ban Tổ chức Tỉnh ủy") for b in bodies(st))     # no party board read from it


def test_a_union_after_a_central_word_is_the_national_union(tmp_path):
    st = _state(tmp_path, "Sáng 12/5, Hội CCB tỉnh Phú Yên tổ chức hội nghị. Dự có thiếu tướng Hồ Văn Khang, Phó Chủ tịch "
                          "TƯ Hội CCB. Hội nhận cờ thi đua của Trung ương Hội Nông dân.")
    assert ("Hồ Văn Khang", "Phó Chủ tịch", "Hội Cựu chiến binh Việt Nam") in posts(st)
    assert {"Hội Cựu chiến binh Việt Nam", "Hội Nông dân Việt Nam"} <= bodies(st)
    assert "Hội Nông dân tỉnh Phú Yên" not in bodies(st)


def test_the_red_cross_after_a_central_word_is_its_central_body(tmp_path):
    st = _state(tmp_path, "Sáng 8/3, dự có ông Tạ Văn Định, Phó Chủ tịch Trung ương Hội Chữ thập đỏ.")
    assert ("Tạ Văn Định", "Phó Chủ tịch", "Trung ương Hội Chữ thập đỏ Việt Nam") in posts(st)


def test_a_central_word_that_ends_another_body_or_a_clause_makes_no_union_national(tmp_path):
    st = _state(tmp_path, "Sáng 12/5, theo chỉ đạo của Trung ương, Hội Nông dân tỉnh Phú Yên triển khai nghị quyết; Ban Dân "
                          "vận Trung ương Hội CCB tỉnh Phú Yên phối hợp.")
    assert "Hội Nông dân Việt Nam" not in bodies(st)
    assert "Hội Cựu chiến binh Việt Nam" not in bodies(st)


def test_the_news_agency_and_the_national_television_by_their_full_names(tmp_path):
    st = _state(tmp_path, "Sáng 21/6, Hội Nhà báo tỉnh Phú Yên gặp mặt phóng viên Thông tấn xã Việt Nam và Đài Truyền hình "
                          "Việt Nam thường trú tại tỉnh.")
    assert {"Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam"} <= bodies(st)


def test_a_broadcasters_invitation_under_the_story_mentions_no_body(tmp_path):
    st = _state(tmp_path, "Sáng 21/6, Hội Nhà báo tỉnh Phú Yên tổ chức gặp mặt.\n\nMời quý độc giả theo dõi các chương "
                          "trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!")
    assert "Đài Truyền hình Việt Nam" not in bodies(st)


def test_several_bodies_before_a_plural_list_of_provinces_are_each_provinces(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, đoàn khảo sát của Ban Tuyên giáo và Dân vận Trung ương lần lượt làm việc với Tỉnh ủy, "
                          "UBND, Ủy ban MTTQ Việt Nam các tỉnh Hà Giang, Cao Bằng và Bắc Kạn.")
    for province in ("Hà Giang", "Cao Bằng", "Bắc Kạn"):
        assert {f"Tỉnh ủy {province}", f"Ủy ban nhân dân tỉnh {province}",
                f"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {province}"} <= bodies(st)
    assert "Tỉnh ủy" not in bodies(st)


def test_a_committee_of_another_rank_or_a_placed_body_before_the_plural_list_is_not_copied(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, đại diện Huyện ủy, UBND các tỉnh Sơn La, Lai Châu và Tỉnh ủy Yên Bái, UBND các "
                          "huyện Lục Yên, Văn Chấn dự.")
    assert not any(b.startswith("Huyện ủy") and ("Sơn La" in b or "Lai Châu" in b) for b in bodies(st))
    assert {"Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân huyện Lục Yên", "Tỉnh ủy Yên Bái"} <= bodies(st)
    assert not any(b.startswith("Tỉnh ủy Yên Bái ") or b in ("Tỉnh ủy Lục Yên", "Tỉnh ủy Văn Chấn") for b in bodies(st))


def test_recognised_religious_organisations_by_their_names_as_written(tmp_path):
    st = _state(tmp_path, "Sáng 20/1, đoàn lãnh đạo tỉnh Phú Yên thăm, chúc Tết Giáo hội Baptit Việt Nam tại xã Hòa "
                          "Thịnh và Hội thánh Cơ đốc Phục lâm Việt Nam.")
    assert {"Giáo hội Baptit Việt Nam", "Hội thánh Tin lành Cơ đốc Phục lâm Việt Nam"} <= bodies(st)


def test_a_strictly_read_name_ends_at_the_verb_its_body_is_the_subject_of(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, Đồn Biên phòng Na Mèo tặng cờ Tổ quốc cho ngư dân. Đồn Biên phòng Tam Chung tổ chức "
                          "trên 20 buổi tuyên truyền. Câu lạc bộ Hưu trí Phú Yên phối hợp Hội Nông dân tỉnh tổ chức hội thao.")
    assert {"Đồn Biên phòng Na Mèo", "Đồn Biên phòng Tam Chung", "Câu lạc bộ Hưu trí Phú Yên",
            "Hội Nông dân tỉnh Phú Yên"} <= bodies(st)
    assert not any("tặng" in b or "tổ chức" in b or "phối hợp" in b for b in bodies(st))


def test_lower_case_words_of_a_name_that_are_no_verb_stay_in_it(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, đại diện Tổng công ty Điện lực miền Trung và Đại sứ quán Lào tại Việt Nam dự lễ.")
    assert {"Tổng công ty Điện lực miền Trung", "Đại sứ quán Lào tại Việt Nam"} <= bodies(st)


def test_a_councils_economic_board_and_a_unions_are_named_by_their_owners_kind(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, bà Lò Thị Xuân, Trưởng Ban Kinh tế - xã hội HĐND huyện Tuy An; ông Đặng Văn Chín, "
                          "Trưởng Ban Kinh tế - Xã hội Hội LHPN tỉnh Phú Yên dự.")
    assert ("Lò Thị Xuân", "Trưởng ban", "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện Tuy An") in posts(st)
    assert ("Đặng Văn Chín", "Trưởng ban", "Ban Kinh tế - xã hội Hội Liên hiệp Phụ nữ tỉnh Phú Yên") in posts(st)


def test_the_standing_committees_petitions_board_and_a_national_committee(tmp_path):
    st = _state(tmp_path, "Sáng 16/6, Ban Dân nguyện phối hợp với Đoàn đại biểu Quốc hội tỉnh Lào Cai tổng hợp kiến "
                          "nghị cử tri. Bà Mai Thị Thu, Phó Chủ nhiệm Ủy ban quốc gia về Thanh niên Việt Nam dự.")
    assert {"Ban Dân nguyện", "Ủy ban Quốc gia về Thanh niên Việt Nam"} <= bodies(st)
    assert ("Mai Thị Thu", "Phó Chủ nhiệm", "Ủy ban Quốc gia về Thanh niên Việt Nam") in posts(st)


def test_a_province_in_a_bracketed_aside_does_not_place_the_sentences_bare_committee(tmp_path):
    st = _state(tmp_path, "Chiều 22/12, Linh mục Nguyễn Văn Bảy, Chánh văn phòng Tòa Giám mục Giáo phận Vinh (tại tỉnh "
                          "Nghệ An), đến thăm Thường trực Tỉnh ủy nhân dịp cuối năm. Ông Lê Văn Hai, Phó Bí thư Thường "
                          "trực Tỉnh ủy Hà Tĩnh tiếp đoàn.")
    assert "Tỉnh ủy Nghệ An" not in bodies(st)
    assert ("Lê Văn Hai", "Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh") in posts(st)


def test_a_province_named_before_a_bare_committee_outside_any_aside_still_places_it(tmp_path):
    st = _state(tmp_path, "Sáng 4/1, đoàn công tác tỉnh Nghệ An (do ông Lê Văn Ba dẫn đầu) thăm tỉnh Hà Tĩnh. Tiếp đoàn "
                          "có lãnh đạo tỉnh Hà Tĩnh và đại diện Tỉnh ủy.")
    assert "Tỉnh ủy Hà Tĩnh" in bodies(st)


def test_the_bank_for_the_poor_named_as_the_lender_is_the_national_bank(tmp_path):
    st = _state(tmp_path, "Sáng 2/3, Hội CCB tỉnh Gia Lai nhận ủy thác vốn vay của Ngân hàng Chính sách xã hội cho 500 "
                          "hội viên; dư nợ ủy thác của Ngân hàng CSXH qua Hội đạt 30 tỷ đồng.")
    assert "Ngân hàng Chính sách xã hội" in bodies(st)
    assert "Ngân hàng Chính sách xã hội tỉnh Gia Lai" not in bodies(st)      # no level from the context


def test_the_bank_for_the_poor_with_a_level_is_its_branch(tmp_path):
    st = _state(tmp_path, "Sáng 2/3, Ngân hàng Chính sách xã hội tỉnh Gia Lai và Phòng giao dịch NHCSXH huyện Chư Sê ký kết.")
    assert {"Ngân hàng Chính sách xã hội tỉnh Gia Lai", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Chư Sê"} <= bodies(st)

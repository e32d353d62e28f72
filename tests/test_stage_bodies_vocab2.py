"""The bodies stage on vocabulary the genre writes short: a commune's Youth Union written "Đoàn"
+ the commune, the Sangha's council written bare in a story of the Sangha, and central agencies
written alone by their own names (kg/data/lexicon/bodies.yaml commune_short_forms, cued_names,
central). Every sentence here is written for the test: invented people, real places."""
from __future__ import annotations

from test_stage_bodies_vocab import _facts, bodies_of, posts_of  # the same readers as the first vocabulary file


def test_a_commune_youth_union_written_short_is_the_commune_s_union():
    text = ("Sáng 14/3/2024, Đoàn xã Phú Lễ, huyện Ba Tri, tỉnh Bến Tre cùng Đoàn thị trấn Ba Tri ra quân "
            "tình nguyện dọn vệ sinh kênh rạch. Anh Đỗ Quang Vinh, Bí thư Đoàn xã Phú Lễ, cho biết có 60 đoàn viên tham gia.")
    assert {"Đoàn xã Phú Lễ",
            "Đoàn thị trấn Ba Tri"} <= bodies_of(text)
    assert ("Đỗ Quang Vinh", "Bí thư", "Đoàn xã Phú Lễ") in posts_of(text)


def test_a_ward_youth_union_written_short():
    b = bodies_of("Tối 2/9/2023, Đoàn phường 7, thành phố Bến Tre tổ chức đêm văn nghệ cho thiếu nhi.")
    assert "Đoàn phường 7" in b


def test_a_commune_s_team_at_a_games_is_no_youth_union():
    # "Đoàn xã X" is as often a commune's team or contingent: with no word of the youth union in
    # the sentence it is no body (bodies.yaml commune_short_cues)
    text = ("Tại hội thao huyện Ba Tri ngày 3/4/2024, Đoàn xã Phú Lễ giành giải nhất toàn đoàn, Đoàn xã "
            "An Đức giải nhì. Ông Tô Văn Khang, Phó Chủ tịch UBND huyện Ba Tri trao cúp.")
    b = bodies_of(text)
    assert "Ủy ban nhân dân huyện Ba Tri" in b
    assert not any(n.startswith("Đoàn Thanh niên") for n in b)


def test_a_central_board_s_short_name_with_an_owner_after_it_is_the_owner_s():
    # "Ban Công tác đại biểu của HĐND tỉnh" is the council's own board, not the Standing
    # Committee's; "Hội đồng Trị sự của Hội thánh" is a church's (bodies.yaml bare_central_owner_words)
    text = ("Sáng 4/4/2024, bà Lê Thị Hoa, Trưởng Ban Công tác đại biểu của HĐND tỉnh Yên Bái, báo cáo "
            "kết quả. Thay mặt Hội đồng Trị sự của Hội thánh, Giáo hữu Thượng Minh Thanh phát biểu.")
    assert not any(p[2] == "Ban Công tác đại biểu" for p in posts_of(text))
    b = bodies_of(text)
    assert "Ban Công tác đại biểu" not in b and "Hội đồng nhân dân tỉnh Yên Bái" in b
    assert "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam" not in b


def test_a_delegation_named_with_a_province_or_a_courtesy_call_is_no_youth_union():
    b = bodies_of("Chiều 9/5/2023, Đoàn tỉnh Bến Tre do ông Phan Hữu Lộc dẫn đầu đến chào xã giao UBND "
                  "tỉnh Trà Vinh. Đoàn xã giao với lãnh đạo tỉnh trong không khí thân mật.")
    assert "Ủy ban nhân dân tỉnh Trà Vinh" in b
    assert not any(n.startswith("Đoàn Thanh niên") for n in b)


def test_the_sangha_s_council_written_bare_in_a_story_of_the_sangha():
    text = ("Sáng 20/5/2024, Ban Trị sự GHPGVN tỉnh Bến Tre tổ chức Đại lễ Phật đản. Thượng tọa Thích Tâm "
            "Khiết, Ủy viên Thường trực Hội đồng Trị sự, Trưởng Ban Trị sự tỉnh chứng minh buổi lễ.")
    assert "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam" in bodies_of(text)


def test_a_bare_council_with_no_sangha_named_is_no_body():
    b = bodies_of("Chiều 6/7/2023, ông Trịnh Văn Lũy, Phó Chủ tịch Hội đồng Trị sự, dự lễ khánh thành nhà "
                  "văn hóa do UBND huyện Ba Tri, tỉnh Bến Tre tổ chức.")
    assert "Ủy ban nhân dân huyện Ba Tri" in b
    assert not any(n.startswith("Hội đồng Trị sự") for n in b)


def test_central_agencies_written_alone():
    b = bodies_of("Ngày 11/10/2023, Tổng cục Thống kê phối hợp Tổng cục Thuế, Tổng cục Hải quan và Bảo hiểm "
                  "xã hội Việt Nam tập huấn cho cán bộ của tỉnh Bến Tre.")
    assert {"Tổng cục Thống kê", "Tổng cục Thuế", "Tổng cục Hải quan", "Bảo hiểm xã hội Việt Nam"} <= b


def test_a_neighbour_s_customs_office_is_not_ours():
    b = bodies_of("Ngày 11/10/2023, Tổng cục Hải quan Trung Quốc làm việc với Cục Hải quan tỉnh Lạng Sơn "
                  "về thông quan hàng nông sản.")
    assert "Tổng cục Hải quan" not in b


def test_the_deputies_board_of_the_standing_committee_written_alone():
    p = posts_of("Sáng 4/4/2023, bà Lương Thị Hiền, Trưởng Ban Công tác đại biểu, làm việc với Thường trực "
                 "HĐND tỉnh Bến Tre về công tác nhân sự.")
    assert ("Lương Thị Hiền", "Trưởng ban", "Ban Công tác đại biểu") in p


def test_a_commune_s_delegation_led_by_someone_is_no_youth_union():
    b = bodies_of("Chiều 18/8/2023, Đoàn xã Phú Lễ do ông Tô Văn Khang, Chủ tịch UBND xã dẫn đầu đến học tập "
                  "kinh nghiệm tại huyện Giồng Trôm, tỉnh Bến Tre.")
    assert "Ủy ban nhân dân xã Phú Lễ" in b
    assert not any(n.startswith("Đoàn Thanh niên") for n in b)


def test_a_commune_women_s_union_written_short_is_pinned():
    # already read before this file (leveled forms "Hội Phụ nữ", and "PN" expanded): kept so
    p = posts_of("Sáng 8/3/2024, Hội PN xã Phú Lễ, huyện Ba Tri, tỉnh Bến Tre ra mắt tổ phụ nữ tiết kiệm. Bà "
                 "Cao Thị Nhàn, Chủ tịch Hội Phụ nữ xã Phú Lễ, trao sổ cho 12 hội viên.")
    assert ("Cao Thị Nhàn", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Phú Lễ") in p


def test_a_church_and_its_chapter_keep_the_case_they_are_written_in():
    # religious names stay as written: "Hội Thánh" with a capital, "Tin lành" without
    text = ("Chiều 23/12, ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Búk đã đến thăm "
            "Hội Thánh Tin lành Phước Lâm và Chi hội Tin lành Suối Đá nhân dịp lễ Giáng sinh.")
    names = bodies_of(text)
    assert {"Hội Thánh Tin lành Phước Lâm", "Chi hội Tin lành Suối Đá",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Krông Búk"} <= names
    assert "Hội thánh Tin lành Phước Lâm" not in names and "Chi hội Tin Lành Suối Đá" not in names


def test_the_protestant_board_keeps_a_listed_spelling_but_a_lower_case_slip_is_normalised():
    text = ("Sáng 21/12, ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai đến chúc mừng Ban Đại diện "
            "Hội Thánh Tin lành Việt Nam (miền Nam) tỉnh và Ban đại diện Hội Thánh Tin Lành huyện Đak Đoa.")
    names = bodies_of(text)
    assert "Ban Đại diện Hội Thánh Tin lành Việt Nam (miền Nam) tỉnh Gia Lai" in names
    assert "Ban Đại diện Hội thánh Tin Lành huyện Đak Đoa" in names


def test_the_front_s_boards_since_2025_are_read_whole():
    text = ("Sáng 12/9, bà Lò Thị Xuân, Trưởng Ban Dân chủ - Giám sát và phản biện xã hội Ủy ban MTTQ Việt Nam "
            "tỉnh Điện Biên, làm việc với UBND xã Mường Phăng; ông Cà Văn Lả, Phó Trưởng Ban Tuyên giáo – Công tác "
            "xã hội Ủy ban MTTQ Việt Nam tỉnh cùng dự.")
    posts = posts_of(text)
    assert ("Lò Thị Xuân", "Trưởng ban",
            "Ban Dân chủ - Giám sát và Phản biện xã hội Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên") in posts
    assert ("Cà Văn Lả", "Phó Trưởng ban",
            "Ban Tuyên giáo - Công tác xã hội Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên") in posts


def test_a_province_s_board_for_religion_and_ethnic_affairs_is_not_cut():
    text = ("Chiều 5/4, đại diện lãnh đạo Tỉnh ủy, UBND tỉnh Điện Biên và Ban Tôn giáo Dân tộc tỉnh do ông "
            "Lò Văn Páo, Trưởng Ban Tôn giáo Dân tộc tỉnh dẫn đầu đã đến thăm chùa.")
    names = bodies_of(text)
    assert "Ban Tôn giáo Dân tộc tỉnh Điện Biên" in names
    assert "Ban Tôn giáo tỉnh Điện Biên" not in names


def test_the_baptist_board_of_a_province_keeps_its_place():
    text = ("Chiều 22/12, ông Lê Văn Tám, Phó Chủ tịch UBND TP Cần Thơ đã đến thăm Ban Đại diện Hội thánh Báp-Tít "
            "Việt Nam TP Cần Thơ và Ban Đại diện Hội thánh Báp Tít Việt Nam tỉnh Vĩnh Long.")
    names = bodies_of(text)
    assert {"Ban Đại diện Hội thánh Báp-Tít Việt Nam thành phố Cần Thơ",
            "Ban Đại diện Hội thánh Báp Tít Việt Nam tỉnh Vĩnh Long"} <= names
    assert "Ban Đại diện Hội thánh Báp-Tít Việt Nam" not in names


def test_a_list_closed_by_of_the_commune_is_the_commune_s_not_the_district_s_before_it():
    text = ("Sáng 8/3, Hội LHPN tỉnh Lạng Sơn phối hợp tổ chức ra quân. Tham gia có lãnh đạo Hội LHPN huyện "
            "Tràng Định; đại diện Ủy ban nhân dân, Đảng ủy và các đoàn thể của xã; Ban Thường vụ "
            "Hội LHPN xã Tân Minh cùng 80 hội viên.")
    names = bodies_of(text)
    assert {"Ủy ban nhân dân xã Tân Minh", "Hội Liên hiệp Phụ nữ huyện Tràng Định"} <= names
    assert "Ủy ban nhân dân huyện Tràng Định" not in names


def test_a_cao_dai_board_in_lower_case_and_the_sangha_board_written_bts_phat_giao():
    text = ("Sáng 10/5, ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh Bến Tre đã thăm Ban đại diện Cao đài Ban chỉnh đạo "
            "tỉnh Bến Tre và BTS Phật giáo tỉnh.")
    names = bodies_of(text)
    assert {"Ban Đại diện Cao Đài Ban Chỉnh đạo tỉnh Bến Tre",
            "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bến Tre", "Ủy ban nhân dân tỉnh Bến Tre"} <= names


def test_the_culture_department_written_without_its_comma():
    names = bodies_of("Sáng 5/9/2024, ông Lê Văn Tám, Giám đốc Sở Văn hóa Thể thao và du lịch tỉnh Bến Tre "
                      "chủ trì cuộc họp chuẩn bị lễ kỷ niệm.")
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre" in names


def test_the_border_guard_command_written_short():
    names = bodies_of("Chiều 3/6/2024, Đoàn ĐBQH tỉnh Lai Châu tiếp xúc cử tri xã biên giới; dự có đại diện "
                      "Bộ Chỉ huy Biên phòng tỉnh Lai Châu.")
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu" in names


def test_a_district_s_education_union_named_without_its_sector_word():
    names = bodies_of("Sáng 7/3/2024, Hội LHPN huyện Cư Kuin phối hợp với Công đoàn Giáo dục huyện Cư Kuin tổ chức "
                      "gặp mặt nữ cán bộ; bà Lê Thị Hoa, Chủ tịch Hội LHPN huyện, chủ trì.")
    assert "Công đoàn Giáo dục huyện Cư Kuin" in names


def test_committees_after_the_plural_word_in_lower_case_are_no_one_body():
    text = ("Sáng 4/4/2018, Thường trực Tỉnh ủy Kon Tum làm việc với Huyện ủy Sa Thầy; dự có ông Lê Văn Tám, "
            "Bí thư Huyện ủy Sa Thầy và đại diện thường trực các huyện ủy trong tỉnh.")
    names = bodies_of(text)
    assert {"Huyện ủy Sa Thầy", "Thường trực Tỉnh ủy Kon Tum"} <= names
    assert "Thường trực Huyện ủy Sa Thầy" not in names


def test_a_place_of_worship_s_head_is_spelled_as_listed_while_a_church_keeps_its_capitals():
    names = bodies_of("Tối 18/8, ông Lê Văn Tám, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận đến thăm Tổ Đình "
                      "Phước Hải và Hội Thánh Tin lành Phước Sơn.")
    assert {"Tổ đình Phước Hải", "Hội Thánh Tin lành Phước Sơn"} <= names

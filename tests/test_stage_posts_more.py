"""More constructions of the posts and places stages, on sentences written for them."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_a_province_named_bare_once_as_the_subject_places_the_story(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Y Blốc, Phó Bí thư Tỉnh ủy, thăm Ban Tuyên giáo Tỉnh ủy. "
                            "Đồng chí mong cán bộ góp phần xây dựng Gia Lai ngày càng giàu đẹp.\n")
    assert ("Y Blốc", "Phó Bí thư", "Tỉnh ủy Gia Lai") in posts(st)


def test_a_province_ending_a_name_does_not_place_the_story(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Tâm, Phó Chủ tịch UBND tỉnh, dự họp. "
                            "Ảnh do phóng viên Báo Gia Lai thực hiện.\n")
    assert posts(st) == {("Lê Văn Tâm", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh")}


def test_a_party_board_with_no_committee_after_it_takes_the_one_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Lò Văn Sáng - UV.BTV Huyện ủy, Trưởng ban Dân vận, Chủ tịch "
                            "UBMTTQ Việt Nam huyện.\n")
    assert ("Lò Văn Sáng", "Trưởng ban", "Ban Dân vận Huyện ủy") in posts(st)
    assert ("Lò Văn Sáng", "Ủy viên", "Ban Thường vụ Huyện ủy") in posts(st)


def test_a_lao_name_joined_by_hyphens_after_an_honorific_and_a_degree(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Sê Kông, nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí TS. "
                            "Phăn-xay Bun-mi-ly - Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng "
                            "Lào, Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn đã thăm tỉnh Quảng Nam.\n")
    assert ("Phăn-xay Bun-mi-ly", "Tỉnh trưởng", "Chính quyền tỉnh Sê Kông") in posts(st)
    assert "Phăn-xay Bun-mi-ly" in st.officials


def test_a_long_foreign_name_ends_at_a_title_glued_by_a_hyphen(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Attapeu có đồng chí Xổm Xay Phon Na Bun Mi-Phó Bí thư Tỉnh ủy, "
                            "Chủ tịch Hội đồng nhân dân tỉnh Attapeu.\n")
    assert ("Xổm Xay Phon Na Bun Mi", "Phó Bí thư", "Tỉnh ủy Attapeu") in posts(st)


def test_a_hyphenated_lao_name_may_end_in_a_lower_case_syllable(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn Hội Cựu chiến binh tỉnh Sê Kông do đồng chí Xổm-phết Khăm-bun-đa "
                            "dẫn đầu đã thăm huyện.\n")
    assert any(e.text == "Xổm-phết Khăm-bun-đa" for sv in st.views for e in sv.elements
               if type(e).__name__ == "Name")


def test_the_titles_after_a_neighbours_side_are_that_sides(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Lê Thị Hạnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên. "
                            "Về phía Lào, có bà Bun-mi Xay-xổm, Ủy viên Trung ương Đảng, làm Trưởng đoàn.\n")
    assert ("Bun-mi Xay-xổm", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in posts(st)
    assert ("Lê Thị Hạnh", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in posts(st)
    assert ("Bun-mi Xay-xổm", "Ủy viên", "Ban Chấp hành Trung ương Đảng") not in posts(st)


def test_a_foreign_holder_named_after_the_unit_his_titles_head(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 20/1, Bí thư Tỉnh ủy Cà Mau Lê Văn Tâm đã tiếp Ủy viên Trung ương Đảng, "
                            "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu Khăm Phăn Xay, cùng Đoàn công tác tỉnh "
                            "Attapeu (Cộng hòa Dân chủ Nhân dân Lào).\n")
    got = posts(st)
    assert ("Khăm Phăn Xay", "Tỉnh trưởng", "Chính quyền tỉnh Attapeu") in got
    assert ("Khăm Phăn Xay", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in got
    assert ("Khăm Phăn Xay", "Ủy viên", "Ban Chấp hành Trung ương Đảng") not in got
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Cà Mau") in got


def test_a_hyphenated_foreign_name_after_its_titles_and_no_post_of_our_context(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Tỉnh ủy Gia Lai Hồ Văn Tâm tiếp đoàn tỉnh Xaybang. Về phía bạn có: Bí thư "
                            "Tỉnh ủy, Tỉnh trưởng tỉnh Xaybang Khăm Xay-nhạ-phon; Thường vụ Tỉnh ủy, Phó Tỉnh "
                            "trưởng Bun-mi Sệt-thi-la và lãnh đạo các sở.\n")
    got = posts(st)
    assert ("Khăm Xay-nhạ-phon", "Tỉnh trưởng", "Chính quyền tỉnh Xaybang") in got
    assert not any(n in ("Khăm Xay-nhạ-phon", "Bun-mi Sệt-thi-la") and "Gia Lai" in b for n, _, b in got)
    assert ("Hồ Văn Tâm", "Bí thư", "Tỉnh ủy Gia Lai") in got


def test_a_bare_dang_uy_before_the_peoples_committees_title_is_its_party_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐại hội Đảng bộ UBND tỉnh Hà Giang khai mạc. Dự có các đồng chí: Lò Văn Khánh, Phó "
                            "Bí thư Tỉnh ủy, Bí thư Đảng ủy, Chủ tịch UBND tỉnh; Vi Thị Lan, Ủy viên Ban Thường vụ "
                            "Đảng ủy, Phó Chủ tịch UBND tỉnh; Hà Văn Bình, Phó Bí thư Đảng ủy UBND tỉnh.\n")
    got = {(p.official, p.role, p.body.name, p.body.local_name) for p in st.facts.posts}
    assert ("Lò Văn Khánh", "Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Hà Giang", "Đảng ủy Ủy ban nhân dân") in got
    assert ("Vi Thị Lan", "Ủy viên", "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Hà Giang", "Ban Thường vụ") in got
    assert ("Hà Văn Bình", "Phó Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Hà Giang", "Đảng ủy Ủy ban nhân dân") in got


def test_titles_after_an_unknown_body_stay_off_the_next_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn có ông Lâm Văn Hòa, Phó Chủ tịch Hội đồng Quản lý dự án, Chủ tịch Hội "
                            "Nông dân tỉnh Sóc Trăng, ông Trần Văn Minh, Phó Giám đốc Sở Y tế tỉnh.\n")
    got = posts(st)
    assert ("Trần Văn Minh", "Chủ tịch", "Hội Nông dân tỉnh Sóc Trăng") not in got
    assert ("Trần Văn Minh", "Phó Giám đốc", "Sở Y tế tỉnh Sóc Trăng") in got


def test_two_monks_with_the_sanghas_boards_each_keep_their_own_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn có Hòa thượng Lâm Sa Rươn, Phó Chủ tịch Hội đồng Trị sự, Trưởng ban Trị "
                            "sự GHPGVN tỉnh Sóc Trăng, Hòa thượng Danh Văn Sơn, Chứng minh Ban Trị sự GHPGVN tỉnh, "
                            "trụ trì chùa Sà Lôn.\n")
    got = posts(st)
    assert ("Lâm Sa Rươn", "Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng") in got
    assert ("Danh Văn Sơn", "Chứng minh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng") in got
    assert not any(n == "Danh Văn Sơn" and r == "Trưởng ban" for n, r, _ in got)


def test_the_commune_named_again_and_again_is_the_one_a_bare_unit_word_means(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng bộ phường Tân Mai tổ chức đại hội. Đảng bộ phường Tân Mai có 30 chi bộ. "
                            "Nhân dân phường Tân Mai phấn khởi. Dự có đồng chí Lê Văn Hải - Phó Bí thư thường trực "
                            "Đảng ủy phường, đồng chí Trần Văn Tú - Chủ tịch Hội Cựu chiến binh phường Tương Mai.\n")
    assert ("Lê Văn Hải", "Phó Bí thư Thường trực", "Đảng ủy phường Tân Mai") in posts(st)


def test_two_communes_named_about_as_often_leave_the_bare_unit_word_bare(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng bộ phường Tân Mai và Đảng bộ phường Tương Mai giao lưu. Dự có đồng chí Lê Văn "
                            "Hải - Phó Bí thư thường trực Đảng ủy phường.\n")
    assert ("Lê Văn Hải", "Phó Bí thư Thường trực", "Đảng ủy phường Tân Mai") not in posts(st)


def test_a_womans_name_of_an_upland_clan_is_read_by_its_middle_syllable(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch UBND huyện Mèo Vạc Xồng Thị Ly dự buổi lễ. Cùng dự có các Đại biểu "
                            "Quốc hội: Lê Văn Hòa, Khang Thị Pà.\n")
    got = posts(st)
    assert ("Xồng Thị Ly", "Phó Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc") in got
    assert ("Khang Thị Pà", "Đại biểu", "Quốc hội") in got


def test_the_national_assembly_and_the_standing_board_abbreviated_after_a_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhát biểu, Chủ tịch QH Trần Văn Hải nhấn mạnh ý nghĩa phiên họp. Dự có đồng chí Lê "
                            "Văn Lâm - Ủy viên TV Huyện ủy, Chủ tịch UBMTTQVN huyện Bố Trạch.\n")
    got = posts(st)
    assert ("Trần Văn Hải", "Chủ tịch", "Quốc hội") in got
    assert ("Lê Văn Lâm", "Ủy viên", "Ban Thường vụ Huyện ủy Bố Trạch") in got


def test_a_dioceses_own_bishop_named_after_his_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nGiám mục Chính tòa Giáo phận Phú Cường Trần Văn Khang đã cảm ơn sự quan tâm. "
                            "Đoàn tặng quà nguyên Giám mục Chính tòa Giáo phận Phú Cường Lê Văn Hiệp.\n")
    assert ("Trần Văn Khang", "Giám mục Chính tòa", "Giáo phận Phú Cường") in posts(st)
    assert not any(n == "Lê Văn Hiệp" for n, _, _ in posts(st)) and "Lê Văn Hiệp" in st.officials


def test_a_middle_name_typed_in_lower_case_and_a_title_missing_its_dot(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTới dự có các đồng chí: Phạm văn Tú – HUV, Phó Chủ tịch Ủy ban MTTQ huyện Gia Lâm; "
                            "Lê thị Hoa, Chủ tich UBND xã Đa Tốn.\n")
    got = posts(st)
    assert ("Phạm Văn Tú", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Gia Lâm") in got
    assert ("Lê Thị Hoa", "Chủ tịch", "Ủy ban nhân dân xã Đa Tốn") in got


def test_a_title_before_the_head_noun_alone_and_a_verb_names_the_association_just_written(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn cán bộ Hội Chữ thập đỏ tỉnh Bình Phước do ông Lê Văn Tư-Chủ tịch Hội làm Trưởng "
                            "đoàn đã trao quà.\n")
    assert ("Lê Văn Tư", "Chủ tịch", "Hội Chữ thập đỏ tỉnh Bình Phước") in posts(st)


def test_slips_of_the_genre_and_a_long_aside_after_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lê Văn Sơn, Ủy Trung ương Đảng, Bí thư Tỉnh ủy Long An tiếp đoàn. Ông Trần "
                            "Văn Quý (52 tuổi, quê quán Bến Tre, cử nhân luật, cao cấp lý luận chính trị), Phó ban "
                            "Thường trực Ban Dân vận Tỉnh ủy Long An, được bầu giữ chức Chủ tịch LĐLĐ tỉnh. Dự có "
                            "Đại tá Võ Văn Tâm - Phó Bí thư Đảng ủy - Chính ủy Bộ CHQS tỉnh Long An.\n")
    got = posts(st)
    assert ("Lê Văn Sơn", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in got
    assert ("Trần Văn Quý", "Phó Trưởng ban Thường trực", "Ban Dân vận Tỉnh ủy Long An") in got
    assert ("Trần Văn Quý", "Chủ tịch", "Liên đoàn Lao động tỉnh Long An") in got
    assert ("Võ Văn Tâm", "Phó Bí thư", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Long An") in got


def test_a_title_of_a_unit_marked_former_is_held_no_more(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Lâm Thị Hồng, Bí thư Quận ủy quận 6 (cũ), được chỉ định giữ chức vụ Bí thư Đảng "
                            "ủy phường Bình Tây.\n")
    got = posts(st)
    assert ("Lâm Thị Hồng", "Bí thư", "Đảng ủy phường Bình Tây") in got
    assert not any(b.startswith("Quận ủy") for _, _, b in got) and "Lâm Thị Hồng" in st.officials


def test_a_department_head_of_an_office_the_lexicon_does_not_know(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng đoàn có Vụ trưởng Vụ Tin lành Trần Văn Phúc; Đại tá Lê Văn Kiên, Vụ trưởng Vụ "
                            "Kinh tế - Xã hội làm Trưởng đoàn; ông Hồ Văn Ba, Cục trưởng Cục Hải quan tỉnh Đồng Tháp.\n")
    got = posts(st)
    assert ("Trần Văn Phúc", "Vụ trưởng", "Vụ Tin lành") in got
    assert ("Lê Văn Kiên", "Vụ trưởng", "Vụ Kinh tế - Xã hội") in got
    assert ("Hồ Văn Ba", "Cục trưởng", "Cục Hải quan tỉnh Đồng Tháp") in got


def test_a_diplomat_heads_the_mission_his_title_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Tỉnh ủy Lê Văn Hòa tiếp ông Chea Sophal, Tổng lãnh sự Vương quốc Campuchia tại "
                            "TP.HCM; ông Bun Mi, Đại sứ đặc mệnh toàn quyền nước Lào tại Việt Nam.\n")
    got = posts(st)
    assert ("Chea Sophal", "Tổng Lãnh sự",
            "Tổng Lãnh sự quán Vương quốc Campuchia tại Thành phố Hồ Chí Minh") in got
    assert ("Bun Mi", "Đại sứ", "Đại sứ quán Lào tại Việt Nam") in got


def test_the_leader_of_a_bodys_delegation_holds_his_bare_title_in_that_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác Bộ Tài chính do Thứ trưởng Lê Văn Hải làm trưởng đoàn đã làm việc với "
                            "tỉnh. Đoàn cán bộ của Ban Chỉ đạo Tây Nguyên do Thiếu tướng Trần Văn Tư, Ủy viên chuyên "
                            "trách làm trưởng đoàn. Đoàn công tác Bộ Tài chính do Phó Bí thư Lê Văn Lâm dẫn đầu.\n")
    got = posts(st)
    assert ("Lê Văn Hải", "Thứ trưởng", "Bộ Tài chính") in got
    assert ("Trần Văn Tư", "Ủy viên chuyên trách", "Ban Chỉ đạo Tây Nguyên") in got
    assert not any(n == "Lê Văn Lâm" for n, _, _ in got)

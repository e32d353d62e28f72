"""Posts of the seventh round (posts7): religious offices, a council's paired officers, the asides a
chain of titles passes over, and the organs of a neighbouring state. Sentences written for the tests."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


# -- religious offices ----------------------------------------------------------------------------

def test_a_diocese_s_vicar_general_and_his_second_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn của tỉnh Khánh Hòa có Linh mục Đỗ Quang Vinh –Tổng đại diện Giáo phận "
                            "Nha Trang, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.\n")
    got = posts(st)
    assert ("Đỗ Quang Vinh", "Tổng đại diện", "Giáo phận Nha Trang") in got
    assert ("Đỗ Quang Vinh", "Chủ tịch", "Ủy ban Đoàn kết Công giáo tỉnh Khánh Hòa") in got


def test_a_count_of_representatives_is_no_vicar_general(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị có 40 người dự, tổng đại diện Giáo phận Nha Trang và các giáo xứ.\n")
    assert not any(r == "Tổng đại diện" for _, r, _ in posts(st))


def test_the_cao_dai_holy_see_s_heads_after_their_rank(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Khải tặng quà cho Đầu sư Thượng Hòa Thanh- Chưởng quản Hội thánh Cao "
                            "Đài Tây Ninh. Phối sư Ngọc Bình Thanh, Chánh Phối sư Hội thánh Cao Đài Tây Ninh, cảm ơn.\n")
    got = posts(st)
    assert ("Thượng Hòa Thanh", "Chưởng quản", "Hội thánh Cao Đài Tây Ninh") in got
    assert ("Ngọc Bình Thanh", "Chánh Phối sư", "Hội thánh Cao Đài Tây Ninh") in got
    assert "Thượng Hòa Thanh" in st.officials


def test_the_secretary_general_abbreviated(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Hòa thượng Thích Minh Khiêm – Phó TTK Hội đồng Trị sự Giáo hội Phật giáo "
                            "Việt Nam.\n")
    assert ("Thích Minh Khiêm", "Phó Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in posts(st)


# -- a council's chair and secretary-general ------------------------------------------------------

def test_a_deputy_chair_written_bare_before_the_secretary_general(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐón đoàn có Thượng tọa Thích Quảng Minh (Phó Chủ tịch, Tổng Thư ký HĐTS GHPGVN) "
                            "và chư tôn đức.\n")
    got = posts(st)
    assert ("Thích Quảng Minh", "Phó Chủ tịch", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in got
    assert ("Thích Quảng Minh", "Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in got


def test_the_pair_written_the_other_way(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThượng tọa Thích Quảng Minh, Tổng Thư ký, Phó Chủ tịch Hội đồng Trị sự Giáo hội "
                            "Phật giáo Việt Nam cho biết.\n")
    assert ("Thích Quảng Minh", "Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in posts(st)


def test_a_bare_deputy_chair_before_another_chair_shares_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Trần Văn Khuê, Phó Chủ tịch, Chủ tịch Hội Nông dân xã Tân Lộc dự.\n")
    assert posts(st) == {("Trần Văn Khuê", "Chủ tịch", "Hội Nông dân xã Tân Lộc")}


# -- what a chain of titles passes over -----------------------------------------------------------

def test_a_chain_goes_on_past_the_body_s_abbreviation_and_a_deputy_s_constituency(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự buổi gặp có bà Lò Thị Hoan – Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Yên Bái "
                            "(HLHPN), Đại biểu Quốc hội tỉnh Yên Bái khóa XIV, Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái.\n")
    got = posts(st)
    assert ("Lò Thị Hoan", "Đại biểu", "Quốc hội") in got
    assert ("Lò Thị Hoan", "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got


def test_a_bracket_that_is_no_abbreviation_ends_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Hữu Tín, Chủ tịch UBND xã Tân Lộc (nhiệm kỳ trước), Bí thư Đảng ủy xã Tân "
                            "Lộc hiện nay là ông Trần Văn Khuê.\n")
    assert ("Lê Hữu Tín", "Bí thư", "Đảng ủy xã Tân Lộc") not in posts(st)


# -- a neighbouring state's organs ----------------------------------------------------------------

def test_a_neighbour_s_assembly_written_with_the_country_after_nuoc(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 9/3, Thượng tướng Khamphet Vongsay (Phó Chủ tịch Quốc hội nước Cộng hòa "
                            "Dân chủ Nhân dân Lào) cùng đoàn đã tới thăm tỉnh Hà Giang.\n")
    assert posts(st) == {("Khamphet Vongsay", "Phó Chủ tịch", "Quốc hội Lào")}


def test_a_neighbour_s_heads_of_state_government_and_assembly_before_their_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Đặng Văn Hòa đã gặp Tổng Bí thư, Chủ tịch nước CHDCND Lào Bounthavy Sengdara; "
                            "gặp Thủ tướng nước CHDCND Lào Khamphet Vongsay và Chủ tịch Quốc hội nước CHDCND Lào "
                            "Somsanith Phonvilay.\n")
    got = posts(st)
    assert ("Bounthavy Sengdara", "Chủ tịch nước", "Nhà nước Cộng hòa Dân chủ Nhân dân Lào") in got
    assert ("Bounthavy Sengdara", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in got
    assert ("Khamphet Vongsay", "Thủ tướng", "Chính phủ Lào") in got
    assert ("Somsanith Phonvilay", "Chủ tịch", "Quốc hội Lào") in got
    assert not any(b == "Ban Chấp hành Trung ương Đảng" for _, _, b in got)


def test_a_bare_assembly_after_a_neighbour_s_party_title_is_that_country_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn do ông Bounthavy Sengdara – Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách "
                            "mạng Lào – Phó Chủ tịch Quốc hội dẫn đầu đã tới thăm tỉnh Nghệ An.\n")
    got = posts(st)
    assert ("Bounthavy Sengdara", "Phó Chủ tịch", "Quốc hội Lào") in got
    assert ("Bounthavy Sengdara", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in got


def test_our_assembly_and_party_stay_ours(tmp_path):
    st = state_of(tmp_path, "Tin\n\nUV BCT, Chủ tịch Quốc hội Trần Văn Khiêm đã đón Chủ tịch Quốc hội Lào "
                            "Somsanith Phonvilay. Ông Lê Hữu Tín – Ủy viên Trung ương Đảng – Phó Chủ tịch Quốc hội dự.\n")
    got = posts(st)
    assert ("Trần Văn Khiêm", "Chủ tịch", "Quốc hội") in got
    assert ("Trần Văn Khiêm", "Ủy viên", "Bộ Chính trị") in got
    assert ("Lê Hữu Tín", "Phó Chủ tịch", "Quốc hội") in got
    assert ("Somsanith Phonvilay", "Chủ tịch", "Quốc hội Lào") in got


def test_a_vietnamese_province_named_like_the_country_is_no_neighbour(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Hữu Tín, Phó Chủ tịch Quốc hội nước CHXHCN Việt Nam, thăm tỉnh Lào "
                            "Cai.\n")
    assert ("Lê Hữu Tín", "Phó Chủ tịch", "Quốc hội") in posts(st)


def test_a_neighbour_s_unit_before_co_says_whose_side_the_names_are_on(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn tỉnh Quảng Trị, tỉnh Sê Kông có đồng chí Khăm Sỉ Vông Xay - Bí thư Tỉnh "
                            "ủy, Tỉnh trưởng; đồng chí Bun Mi Xay Nhông - Phó Bí thư Tỉnh ủy.\n")
    got = posts(st)
    assert ("Khăm Sỉ Vông Xay", "Bí thư", "Tỉnh ủy Sê Kông") in got
    assert ("Khăm Sỉ Vông Xay", "Tỉnh trưởng", "Chính quyền tỉnh Sê Kông") in got
    assert ("Bun Mi Xay Nhông", "Phó Bí thư", "Tỉnh ủy Sê Kông") in got
    assert not any(b == "Tỉnh ủy Quảng Trị" for _, _, b in got)


def test_our_province_before_co_keeps_its_own_side(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự buổi tiếp, tỉnh Quảng Trị có đồng chí Lê Văn Khiêm - Bí thư Tỉnh ủy; đồng chí "
                            "Trần Hữu Tín - Phó Bí thư Tỉnh ủy.\n")
    assert posts(st) == {("Lê Văn Khiêm", "Bí thư", "Tỉnh ủy Quảng Trị"), ("Trần Hữu Tín", "Phó Bí thư", "Tỉnh ủy Quảng Trị")}


def test_a_chain_goes_on_past_the_task_a_delegation_is_named_by(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 4/7, bà Hà Thị Mến – Phó Trưởng đoàn giám sát – Phó Chủ tịch HĐND tỉnh Bến Tre chủ "
                            "trì cuộc họp. Ông Tạ Văn Lực, Trưởng đoàn kiểm tra, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy "
                            "Bến Tre phát biểu.\n")
    got = posts(st)
    assert ("Hà Thị Mến", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Bến Tre") in got
    assert ("Tạ Văn Lực", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Bến Tre") in got
    assert not any(r in ("Trưởng đoàn", "Phó Trưởng đoàn") for _, r, _ in got)


def test_a_delegation_s_task_followed_by_a_verb_ends_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Tạ Văn Lực, Trưởng đoàn giám sát phát biểu, Phó Chủ tịch UBND huyện Ba Tri tiếp "
                            "thu.\n")
    assert ("Tạ Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân huyện Ba Tri") not in posts(st)


# -- a board named by its head noun inside the title ----------------------------------------------

def test_a_board_s_head_written_inside_the_title_names_the_one_board(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 8/10, Ban Văn hóa - Xã hội HĐND tỉnh Vĩnh Long do bà Hồ Thị Lụa - Trưởng Ban làm "
                            "trưởng đoàn đã khảo sát tại huyện Mang Thít.\n")
    assert ("Hồ Thị Lụa", "Trưởng ban", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Vĩnh Long") in posts(st)


def test_two_boards_written_before_leave_the_head_alone(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Tuyên giáo Tỉnh ủy Vĩnh Long và Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị; bà "
                            "Hồ Thị Lụa - Trưởng Ban phát biểu.\n")
    assert not any(n == "Hồ Thị Lụa" for n, _, _ in posts(st))


# -- deputies listed by their group -------------------------------------------------------------

def test_the_deputies_a_group_lists_sit_in_its_legislature(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/12, Tổ đại biểu HĐND tỉnh Nam Định gồm các đại biểu: Vũ Văn Toàn, Bí thư Đảng "
                            "ủy phường Lộc Vượng; Thượng tọa Thích Quảng Tịnh, Trụ trì chùa Vân Khê Hạ đã tiếp xúc cử tri. Chiều "
                            "cùng ngày, Đoàn ĐBQH tỉnh Nam Định gồm các đại biểu: Đỗ Thị Lan, Trưởng đoàn ĐBQH tỉnh; và "
                            "Phạm Quang Hiển, Phó Giám đốc Sở Y tế đã tiếp xúc cử tri.\n")
    got = posts(st)
    assert ("Vũ Văn Toàn", "Đại biểu", "Hội đồng nhân dân tỉnh Nam Định") in got
    assert ("Thích Quảng Tịnh", "Đại biểu", "Hội đồng nhân dân tỉnh Nam Định") in got
    assert ("Đỗ Thị Lan", "Đại biểu", "Quốc hội") in got
    assert ("Phạm Quang Hiển", "Đại biểu", "Quốc hội") in got


def test_a_delegation_listing_comrades_gives_each_a_deputy_s_seat(tmp_path):
    # the deputies' delegation is its deputies whatever the list's address word (docs/conventions.md)
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Nam Định gồm các đồng chí: Đỗ Thị Lan, Phó Bí thư Tỉnh ủy; Phạm Quang "
                            "Hiển, Phó Giám đốc Sở Y tế đã tiếp xúc cử tri.\n")
    got = posts(st)
    assert {("Đỗ Thị Lan", "Đại biểu", "Quốc hội"), ("Phạm Quang Hiển", "Đại biểu", "Quốc hội")} <= got
    assert ("Đỗ Thị Lan", "Phó Bí thư", "Tỉnh ủy Nam Định") in got


# -- central titles written short; a central board's delegation ---------------------------------

def test_the_youth_union_s_central_committee_abbreviated_keeps_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự buổi gặp có đồng chí Lò Văn Sơn – UV BCH TW Đoàn – Tỉnh ủy viên – Bí thư Tỉnh "
                            "đoàn Sơn La; đồng chí Hà Văn Tâm – Ủy viên dự khuyết TƯ Đảng, Bí thư Tỉnh ủy Sơn La.\n")
    got = posts(st)
    assert ("Lò Văn Sơn", "Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in got
    assert ("Lò Văn Sơn", "Bí thư", "Tỉnh đoàn Sơn La") in got
    assert ("Hà Văn Tâm", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng") in got


def test_the_leader_of_a_central_board_s_delegation_holds_its_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 2/8, đoàn cán bộ của Ban Tuyên giáo Trung ương do Phó Trưởng ban Đinh Văn "
                            "Quý dẫn đầu đã làm việc tại huyện Yên Thế.\n")
    assert ("Đinh Văn Quý", "Phó Trưởng ban", "Ban Tuyên giáo Trung ương") in posts(st)


def test_a_party_title_leading_a_central_board_s_delegation_takes_no_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 2/8, đoàn cán bộ của Ban Tuyên giáo Trung ương do Bí thư Đinh Văn Quý dẫn "
                            "đầu đã làm việc tại huyện Yên Thế.\n")
    assert not any(r == "Bí thư" for _, r, _ in posts(st))


def test_the_youth_union_s_standing_secretary(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChị Đào Thị Hạnh - Bí thư thường trực T.Ư Đoàn và anh Lục Văn Khoa - Bí thư T.Ư Đoàn "
                            "đã tham dự.\n")
    got = posts(st)
    assert ("Đào Thị Hạnh", "Bí thư Thường trực", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in got
    assert ("Lục Văn Khoa", "Bí thư", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in got
    assert not any(b.startswith("Thường trực") for _, _, b in got)


# -- a baptismal name before the family name -----------------------------------------------------

def test_a_bishop_named_with_his_baptismal_name_after_his_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Khiêm gửi lời chúc mừng tới Giám mục Chính tòa Giáo phận Kontum Phêrô "
                            "Đặng Văn Cầu cùng các linh mục.\n")
    assert ("Phêrô Đặng Văn Cầu", "Giám mục Chính tòa", "Giáo phận Kontum") in posts(st)


def test_a_saint_s_name_alone_is_no_person(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thăm Giáo xứ Giuse và nhà thờ Phêrô tại xã Tân Lộc.\n")
    assert not st.officials


def test_a_neighbour_s_governor_s_name_goes_on_past_a_place_s_first_syllable(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Hồ Văn Lâm và Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Phon Xay Đa Vông chủ trì hội "
                            "nghị.\n")
    assert ("Phon Xay Đa Vông", "Tỉnh trưởng", "Chính quyền tỉnh Khăm Muộn") in posts(st)


def test_a_title_cased_line_s_verb_ends_the_neighbour_s_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTỉnh trưởng tỉnh Khăm Muộn Phon Xay Đa Vông Chủ Trì Hội Nghị Hợp Tác.\n")
    assert ("Phon Xay Đa Vông", "Tỉnh trưởng", "Chính quyền tỉnh Khăm Muộn") in posts(st)


# -- the precision probe's families (F0, F1, H1, H2) --------------------------------------------

def test_a_late_leader_s_title_is_not_the_next_living_official_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrước anh linh các cố Tổng Bí thư, Bí thư Tỉnh ủy Nghệ An Hồ Đức Kiên và đại biểu "
                            "thành kính dâng hương.\n")
    got = posts(st)
    assert ("Hồ Đức Kiên", "Bí thư", "Tỉnh ủy Nghệ An") in got
    assert not any(r == "Tổng Bí thư" for _, r, _ in got)


def test_an_adviser_is_no_late_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Hồ Đức Kiên, Bí thư Tỉnh ủy Nghệ An, cố vấn Hội Khuyến học tỉnh dự.\n")
    assert ("Hồ Đức Kiên", "Bí thư", "Tỉnh ủy Nghệ An") in posts(st)


def test_a_title_typed_right_after_a_name_is_not_the_next_name_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đ/c Lâm Út Chín Bí thư huyện ủy, ông Đoàn Văn Lực, Chủ tịch UBND huyện Cái Nước.\n")
    got = posts(st)
    assert ("Đoàn Văn Lực", "Chủ tịch", "Ủy ban nhân dân huyện Cái Nước") in got
    assert not any(n == "Đoàn Văn Lực" and r == "Bí thư" for n, r, _ in got)


def test_a_title_before_an_addressed_name_still_leads_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrả lời ý kiến cử tri, Phó Chủ tịch UBND tỉnh Cà Mau, ông Đoàn Văn Lực cho biết "
                            "tỉnh sẽ hỗ trợ.\n")
    assert ("Đoàn Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau") in posts(st)


def test_a_foreign_county_after_a_bare_committee_is_its_place_not_a_holder(tmp_path):
    st = state_of(tmp_path, "Tin\n\nVề phía tỉnh Quảng Tây (Trung Quốc) có ông Lưu Tĩnh, Bí thư Huyện ủy Mã Sơn, thành phố "
                            "Nam Ninh.\n")
    assert "Mã Sơn" not in st.officials
    assert ("Lưu Tĩnh", "Bí thư", "Huyện ủy Mã Sơn") in posts(st)


def test_in_a_vietnamese_list_the_name_after_a_bare_committee_is_a_holder(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Hà Thị Lụa, Phó Chủ tịch UBND huyện, Bí thư Huyện ủy Lê Hùng, ông Tạ Văn Lực.\n")
    assert "Lê Hùng" in st.officials


def test_a_school_s_namesake_remembered_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 5/9, Trường THCS Phan Văn Đạt tổ chức lễ khai giảng. Đồng chí Phan Văn Đạt sinh "
                            "thời từng giữ nhiều trọng trách của tỉnh. Dự lễ có đồng chí Tạ Văn Lực, Phó Chủ tịch UBND "
                            "huyện.\n")
    assert "Phan Văn Đạt" not in st.officials
    assert "Tạ Văn Lực" in st.officials


def test_a_namesake_who_holds_a_post_stays_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thăm xã Phan Văn Đạt. Dự có đồng chí Phan Văn Đạt, Chủ tịch Hội Nông dân huyện "
                            "Cái Nước.\n")
    assert "Phan Văn Đạt" in st.officials


def test_a_visiting_province_before_co_places_its_officials_bare_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLễ dâng hương diễn ra tại tỉnh Hà Tĩnh. Dự lễ, tỉnh Khánh Hòa có đồng chí Lê Thị Bình, "
                            "Phó Bí thư Thường trực Tỉnh ủy – Chủ tịch HĐND tỉnh. Về phía tỉnh Hà Nam có ông Trần Văn Tâm, "
                            "Chủ tịch Hội Nông dân tỉnh.\n")
    got = posts(st)
    assert ("Lê Thị Bình", "Phó Bí thư Thường trực", "Tỉnh ủy Khánh Hòa") in got
    assert ("Lê Thị Bình", "Chủ tịch", "Hội đồng nhân dân tỉnh Khánh Hòa") in got
    assert ("Trần Văn Tâm", "Chủ tịch", "Hội Nông dân tỉnh Hà Nam") in got


def test_without_a_side_the_bare_title_keeps_the_story_s_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐại hội Hội Nông dân tỉnh Nam Định khai mạc. Dự có ông Trần Văn Tâm, Chủ tịch Hội Nông "
                            "dân tỉnh, đại diện tỉnh Hà Nam.\n")
    assert ("Trần Văn Tâm", "Chủ tịch", "Hội Nông dân tỉnh Hà Nam") not in posts(st)


# -- review7a's findings ---------------------------------------------------------------------------

def test_review_h1_the_co_of_having_is_no_side(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Nghệ An làm việc với tỉnh Hủa Phăn. Tỉnh Hủa Phăn có 8 huyện, đồng chí Lê "
                            "Văn Khôi, Phó Bí thư Tỉnh ủy Nghệ An, cho biết; đồng chí Hà Thị Sen, Phó Chủ tịch UBND tỉnh, "
                            "phát biểu.\n")
    assert not any(b.endswith("Hủa Phăn") for _, _, b in posts(st))


def test_review_h10_our_side_after_the_neighbour_s_ends_its_range(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, tại tỉnh Nghệ An, hai tỉnh hội đàm. Dự hội đàm, tỉnh Hủa Phăn có đồng chí "
                            "Khăm Phăn Sỉ - Bí thư Tỉnh ủy, Tỉnh trưởng; tỉnh Nghệ An có đồng chí Hồ Văn Khải - Phó Bí "
                            "thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n")
    got = posts(st)
    assert ("Hồ Văn Khải", "Phó Bí thư", "Tỉnh ủy Nghệ An") in got
    assert ("Khăm Phăn Sỉ", "Tỉnh trưởng", "Chính quyền tỉnh Hủa Phăn") in got


def test_review_h4_h9_a_head_in_a_title_needs_the_one_board_of_its_sentence(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 5/4, Ban Pháp chế HĐND tỉnh Hòa Bình khảo sát tại huyện Lạc Sơn. Tham dự có đại "
                            "diện Ban Quản lý dự án huyện; ông Bùi Văn Thắng - Trưởng Ban cho biết dự án chậm. Đoàn giám "
                            "sát của HĐND huyện do ông Quách Văn Hợi - Trưởng Đoàn dẫn đầu.\n")
    assert posts(st) == set()


def test_review_h11_a_page_cut_mid_word_names_no_one(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCuối buổi, đoàn đến chúc Tết Ban Tôn giáo tỉnh Hòa Bình\nÔng Bùi Văn Thắng - Trưởng "
                            "Ban Tôn G")
    assert "Tôn G" not in st.officials


def test_review_h7_a_deputies_list_ends_at_its_predicate_and_skips_staff(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 9/7, Đoàn ĐBQH tỉnh Thái Bình gồm các đại biểu: Vũ Thị Hằng, Phó Trưởng đoàn; bà "
                            "Phạm Thị Lụa, chuyên viên Văn phòng; Trần Hữu Khải, Phó Giám đốc Sở Tư pháp tiếp xúc cử tri "
                            "xã Vũ Hội; ông Đỗ Văn Mạnh, Chủ tịch UBND xã chủ trì hội nghị.\n")
    deputies = {n for n, r, _ in posts(st) if r == "Đại biểu"}
    assert deputies == {"Vũ Thị Hằng", "Trần Hữu Khải"}


def test_review_h7b_a_team_of_the_delegation_lists_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn giám sát của Đoàn ĐBQH tỉnh Thái Bình gồm các đại biểu: Vũ Thị Hằng, Phó Trưởng "
                            "đoàn; Trần Hữu Khải, Trưởng phòng Công tác Quốc hội.\n")
    assert not any(r == "Đại biểu" for _, r, _ in posts(st))


def test_review_h3_the_longer_delegation_tasks(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Hồ Văn Khải, Trưởng đoàn kiểm tra, giám sát, Phó Bí thư Tỉnh ủy Nghệ An làm việc.\n")
    assert ("Hồ Văn Khải", "Phó Bí thư", "Tỉnh ủy Nghệ An") in posts(st)


def test_review_w1_the_dead_hold_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Trương Văn Bảy sinh thời là Bí thư Tỉnh ủy Bến Tre; hôm nay đồng chí Hồ Văn "
                            "Khải, Bí thư Tỉnh ủy Bến Tre dâng hương.\n")
    assert "Trương Văn Bảy" not in st.officials
    assert ("Hồ Văn Khải", "Bí thư", "Tỉnh ủy Bến Tre") in posts(st)


def test_review_m8_a_church_named_after_its_saint_keeps_its_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn lãnh đạo huyện Chợ Gạo đến thăm Nhà thờ Giuse Trần Hưng nhân dịp Giáng sinh.\n")
    assert "Giuse Trần Hưng" not in st.officials


def test_review_m7_a_department_head_does_not_head_the_board(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn cán bộ của Ban Dân vận Trung ương do đồng chí Hà Thị Sen, Vụ trưởng dẫn đầu "
                            "làm việc tại tỉnh Hòa Bình.\n")
    assert posts(st) == set()


def test_review_h6_a_bare_assembly_after_any_organ_of_a_neighbour_s_party(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Sophal Rith, Ủy viên Ban Thường vụ Đảng Nhân dân Campuchia, Phó Chủ tịch Quốc hội, "
                            "dẫn đầu đoàn.\n")
    got = posts(st)
    assert ("Sophal Rith", "Phó Chủ tịch", "Quốc hội Campuchia") in got
    assert ("Sophal Rith", "Phó Chủ tịch", "Quốc hội") not in got


def test_review_m3_a_neighbour_s_state_in_full(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch nước Lào Khamphet Vongsay thăm tỉnh Sơn La.\n")
    assert ("Khamphet Vongsay", "Phó Chủ tịch nước", "Nhà nước Cộng hòa Dân chủ Nhân dân Lào") in posts(st)


def test_review_h14_a_visiting_side_ends_at_its_item(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, tại tỉnh Hà Nam, Tỉnh ủy, HĐND, UBND tỉnh Hà Nam tổ chức lễ dâng hương. Dự "
                            "lễ, tỉnh Ninh Bình có đồng chí Đinh Thị Thu, Phó Bí thư Tỉnh ủy; lãnh đạo tỉnh Hà Nam có "
                            "đồng chí Trương Văn Lộc, Chủ tịch UBND tỉnh; cùng dự có đồng chí Vũ Đức Tài, Phó Chủ tịch "
                            "HĐND tỉnh.\n")
    got = posts(st)
    assert ("Đinh Thị Thu", "Phó Bí thư", "Tỉnh ủy Ninh Bình") in got
    assert ("Trương Văn Lộc", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam") in got
    assert ("Vũ Đức Tài", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hà Nam") in got


def test_review_w3_the_co_of_having_names_no_side(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, UBND tỉnh Hà Nam tổ chức hội nghị. Tỉnh Ninh Bình có 6 huyện giáp ranh; ông "
                            "Trương Văn Lộc, Chủ tịch UBND tỉnh cho biết hai tỉnh sẽ phối hợp.\n")
    assert ("Trương Văn Lộc", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam") in posts(st)


def test_review_h2_a_neighbour_s_unit_in_one_latin_word_names_its_side(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn tỉnh Quảng Trị, tỉnh Champasak có ông Somphet Vilay - Phó Bí thư Tỉnh ủy, "
                            "Phó Tỉnh trưởng.\n")
    got = posts(st)
    assert ("Somphet Vilay", "Phó Bí thư", "Tỉnh ủy Champasak") in got
    assert ("Somphet Vilay", "Phó Tỉnh trưởng", "Chính quyền tỉnh Champasak") in got
    assert not any(b == "Tỉnh ủy Quảng Trị" for _, _, b in got)


def test_review_h15_w4_a_visiting_side_goes_on_over_its_persons(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, tại tỉnh Hà Nam, UBND tỉnh Hà Nam tổ chức lễ dâng hương. Dự lễ, về phía tỉnh "
                            "Ninh Bình có các đồng chí: Đinh Thị Thu, Phó Bí thư Tỉnh ủy; Vũ Đức Tài, Phó Chủ tịch UBND "
                            "tỉnh. Đoàn đại biểu tỉnh Nam Định gồm đồng chí Trần Hữu Lộc, Phó Chủ tịch HĐND tỉnh.\n")
    got = posts(st)
    assert ("Vũ Đức Tài", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình") in got
    assert ("Trần Hữu Lộc", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định") in got


def test_review_m7_a_member_leading_a_central_board_s_delegation(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn cán bộ của Ban Kinh tế Trung ương do bà Lò Thị Phúc, Ủy viên Ban dẫn đầu "
                            "làm việc tại tỉnh Hòa Bình.\n")
    assert ("Lò Thị Phúc", "Ủy viên", "Ban Kinh tế Trung ương") in posts(st)


def test_a_title_of_a_known_body_left_unplaced_still_makes_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐại hội Hội Nông dân xã Tân Lộc lần thứ II diễn ra sáng nay. Bà Lê Thị Chanh – Chủ tịch "
                            "Hội Nông dân khóa I thông qua báo cáo.\n")
    assert "Lê Thị Chanh" in st.officials


def test_a_firm_s_chair_left_unplaced_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Chín – Chủ tịch Hội đồng quản trị Công ty Cổ phần Thủy sản Minh An phát "
                            "biểu.\n")
    assert "Lê Văn Chín" not in st.officials


def test_a_unit_s_delegation_led_by_a_person_places_his_bare_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLễ diễn ra tại huyện Lai Vung. Cùng ngày, tại chùa Phước Hậu (xã Tân Thành), đoàn lãnh "
                            "đạo huyện Lấp Vò do ông Võ Văn Sáu, Phó Chủ tịch UBND huyện, làm trưởng đoàn đến thăm.\n")
    assert ("Võ Văn Sáu", "Phó Chủ tịch", "Ủy ban nhân dân huyện Lấp Vò") in posts(st)


def test_a_causal_do_after_a_unit_names_no_side(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLễ diễn ra tại huyện Lai Vung, huyện Lấp Vò do mưa lớn nên ông Võ Văn Sáu - Phó Chủ "
                            "tịch UBND huyện hoãn chuyến thăm.\n")
    assert ("Võ Văn Sáu", "Phó Chủ tịch", "Ủy ban nhân dân huyện Lấp Vò") not in posts(st)


def test_a_visitor_named_again_with_a_bare_level_keeps_his_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn kiểm tra làm việc tại tỉnh Sóc Trăng. Dự có ông Tạ Văn Mười, Phó Chủ tịch UBMTTQ "
                            "tỉnh Hậu Giang.\nPhó Chủ tịch UBMTTQ tỉnh Tạ Văn Mười góp ý tại "
                            "buổi kiểm tra.\n")
    got = posts(st)
    assert ("Tạ Văn Mười", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang") in got
    assert ("Tạ Văn Mười", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng") not in got


def test_another_person_s_bare_title_keeps_the_story_s_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn kiểm tra làm việc tại tỉnh Sóc Trăng. Dự có ông Tạ Văn Mười, Phó Chủ tịch UBMTTQ "
                            "tỉnh Hậu Giang. Bà Lâm Thị Sa, Phó Chủ tịch UBMTTQ tỉnh phát biểu.\n")
    assert ("Lâm Thị Sa", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang") not in posts(st)


def test_taking_on_a_title_after_an_election(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Sáu gửi lời chúc mừng đến HT.Thích Quảng Minh được Đại hội vừa qua suy cử "
                            "đảm nhiệm Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam.\n")
    assert ("Thích Quảng Minh", "Phó Chủ tịch", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in posts(st)


def test_not_taking_on_a_title_gives_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Sáu không đảm nhiệm Chủ tịch Hội Nông dân xã Tân An nữa.\n")
    assert posts(st) == set()


def test_review_w4b_a_province_s_leader_in_apposition(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, tại tỉnh Hà Nam, UBND tỉnh Hà Nam tổ chức lễ dâng hương. Lãnh đạo tỉnh Ninh "
                            "Bình, ông Vũ Đức Tài, Phó Chủ tịch UBND tỉnh, cùng dự; ông Trương Văn Lộc, Chủ tịch UBND tỉnh "
                            "Hà Nam phát biểu.\n")
    got = posts(st)
    assert ("Vũ Đức Tài", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình") in got
    assert ("Trương Văn Lộc", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam") in got

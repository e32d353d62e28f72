"""The places, bodies, posts and officials stages, on sentences written for them."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_a_district_reveals_its_province(tmp_path):
    st = state_of(tmp_path, "Tin huyện\n\nHuyện ủy Hải Lăng tổ chức hội nghị.\n", upto="places")
    ctx = st.place_context
    assert ctx.province.name == "Quảng Trị" and ctx.districts["huyện"].name == "Hải Lăng"
    assert [p.name for p in st.facts.places] == ["Hải Lăng"]


def test_bare_bodies_take_the_revealed_place_and_surface_forms_are_kept(tmp_path):
    st = state_of(tmp_path, "Tin tỉnh\n\nTỉnh ủy Bến Tre và UBND tỉnh họp với MTTQ tỉnh.\n", upto="posts")
    names = {b.name for b in st.bodies.resolved()}
    assert {"Tỉnh ủy Bến Tre", "Ủy ban nhân dân tỉnh Bến Tre",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre"} <= names
    assert "UBND tỉnh" in st.facts.surface_forms[("Ủy ban nhân dân tỉnh Bến Tre", None)]


def test_a_place_never_revealed_keeps_the_body_bare_and_scoped(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Kiều Văn Sỹ, Bí thư Tỉnh ủy, phát biểu.\n")
    (post,) = st.facts.posts
    assert post.body.name == "Tỉnh ủy" and post.body.scope == st.facts.article_id


def test_title_before_name_and_a_semicolon_list(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Bí thư Tỉnh ủy Sóc Trăng Đinh Quốc Khải; Phó Chủ tịch UBND tỉnh "
                            "Sóc Trăng Lò Thị Mến.\n")
    assert posts(st) == {("Đinh Quốc Khải", "Bí thư", "Tỉnh ủy Sóc Trăng"),
                         ("Lò Thị Mến", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")}


def test_name_then_a_chain_of_titles_sharing_the_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Triết, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo "
                            "Tỉnh ủy Quảng Trị phát biểu.\n")
    assert posts(st) == {("Hà Minh Triết", "Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Trị"),
                         ("Hà Minh Triết", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Trị")}


def test_a_former_post_is_not_held_but_the_person_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Vương Đức Tài, nguyên Bí thư Tỉnh ủy Cà Mau, dự buổi gặp.\n")
    assert posts(st) == set()
    assert st.officials == ["Vương Đức Tài"]


def test_an_award_recipient_called_comrade_is_not_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrao Huy hiệu 50 năm tuổi Đảng cho đồng chí Kiều Văn Sỹ.\n")
    assert st.officials == []


def test_elected_names_share_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCác đồng chí Đinh Quốc Khải và Lò Thị Mến được bầu giữ chức Phó Bí thư "
                            "Huyện ủy Hải Lăng.\n")
    assert posts(st) == {("Đinh Quốc Khải", "Phó Bí thư", "Huyện ủy Hải Lăng"),
                         ("Lò Thị Mến", "Phó Bí thư", "Huyện ủy Hải Lăng")}


def test_officials_belong_to_the_province_of_their_posts(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Tỉnh ủy Cà Mau Vương Đức Tài dự.\n")
    (o,) = st.facts.officials
    assert (o.name, o.province, o.central) == ("Vương Đức Tài", "Cà Mau", False)


def test_a_title_of_an_unknown_body_does_not_end_the_chain(tmp_path):
    # the newspaper is no body of the lexicon: the titles after it are still the name's
    st = state_of(tmp_path, "Tin\n\nDự có ông Hà Văn Tảo, Tổng Biên tập Báo Sông Lam, Chủ tịch Hội Nhà báo "
                            "tỉnh Nghệ An.\n")
    assert posts(st) == {("Hà Văn Tảo", "Chủ tịch", "Hội Nhà báo tỉnh Nghệ An")}


def test_a_clause_after_an_unknown_body_still_ends_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Hà Văn Tảo, Tổng Biên tập Báo Sông Lam cho biết, Chủ tịch UBND "
                            "tỉnh Nghệ An đã chỉ đạo.\n")
    assert posts(st) == set()


def test_a_provincial_committee_member_of_a_centrally_run_city_is_of_its_thanh_uy(tmp_path):
    st = state_of(tmp_path, "Tin Cần Thơ\n\nDự có đồng chí Trịnh Văn Sáu - TUV, Bí thư Quận ủy Ninh Kiều, "
                            "thành phố Cần Thơ.\n")
    assert ("Trịnh Văn Sáu", "Ủy viên", "Thành ủy Cần Thơ") in posts(st)
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Trịnh Văn Sáu - TUV, Bí thư Huyện ủy Lấp Vò.\n")
    assert ("Trịnh Văn Sáu", "Ủy viên", "Tỉnh ủy Đồng Tháp") in posts(st)


def test_a_bare_party_committee_before_a_department_head_is_the_departments(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Tạ Văn Mười, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Tuyên Quang; ông "
                            "Tạ Văn Chín, Bí thư Đảng ủy, Chủ tịch Hội Nông dân tỉnh Tuyên Quang.\n")
    assert posts(st) == {("Tạ Văn Mười", "Bí thư", "Đảng ủy Sở Y tế tỉnh Tuyên Quang"),
                         ("Tạ Văn Mười", "Giám đốc", "Sở Y tế tỉnh Tuyên Quang"),
                         ("Tạ Văn Chín", "Chủ tịch", "Hội Nông dân tỉnh Tuyên Quang")}


def test_a_typed_slip_of_bi_thu_is_still_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCó đồng chí Lưu Văn Khải - Bí thu Đảng ủy xã Tân Hòa cùng dự.\n")
    assert posts(st) == {("Lưu Văn Khải", "Bí thư", "Đảng ủy xã Tân Hòa")}


def test_a_namesake_of_a_historical_figure_in_a_district_office_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Nguyễn Tất Thành – Chủ tịch UBND huyện Lấp Vò; Chủ tịch Hồ Chí Minh "
                            "đã dạy; Thủ tướng Phạm Văn Đồng từng đến thăm.\n")
    assert posts(st) == {("Nguyễn Tất Thành", "Chủ tịch", "Ủy ban nhân dân huyện Lấp Vò")}
    assert st.officials == ["Nguyễn Tất Thành"]


def test_an_acting_head_after_the_name_holds_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Đàm Văn Khuê, Phó Bí thư Huyện ủy Lấp Vò, Quyền Chủ tịch UBND huyện Lấp Vò "
                            "dự.\n")
    # (held as acting, as every gold writes it: "Quyền Chủ tịch", "Quyền Trưởng ban", "Quyền Vụ trưởng")
    assert ("Đàm Văn Khuê", "Quyền Chủ tịch", "Ủy ban nhân dân huyện Lấp Vò") in posts(st)


def test_every_name_of_a_list_addressed_as_comrades_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có các đồng chí: Đàm Văn Khuê, Phó Chủ tịch UBND huyện Lấp Vò; Tạ Thị Mơ, "
                            "Trưởng Ban Kinh tế Hội LHPN tỉnh Đồng Tháp; Lâm Văn Út, Giám đốc Trung tâm Y tế huyện "
                            "cùng đại diện các ngành và ông Hứa Văn Tám, hộ nghèo.\n")
    assert st.officials == ["Lâm Văn Út", "Tạ Thị Mơ", "Đàm Văn Khuê"]


def test_titles_of_a_first_deputy_and_a_full_time_member(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch nước, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung "
                            "ương Lã Thị Hồng dự. Ông Khổng Văn Bảy, Ủy viên chuyên trách Ban Chỉ đạo Tây Nam Bộ "
                            "dự.\n")
    assert {("Lã Thị Hồng", "Phó Chủ tịch thứ nhất", "Hội đồng Thi đua - Khen thưởng Trung ương"),
            ("Khổng Văn Bảy", "Ủy viên chuyên trách", "Ban Chỉ đạo Tây Nam Bộ")} <= posts(st)


def test_a_standing_member_before_a_communes_front_or_state_title_is_of_its_dang_uy(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Khúc Văn Lợi – UVBTV, Chủ tịch Ủy ban MTTQ xã Tân Hòa; đồng chí "
                            "Mạc Thị Na – Ủy viên Ban Thường vụ, Chủ tịch Hội Nông dân xã Tân Hòa.\n")
    assert posts(st) == {("Khúc Văn Lợi", "Ủy viên", "Ban Thường vụ Đảng ủy xã Tân Hòa"),
                         ("Khúc Văn Lợi", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hòa"),
                         ("Mạc Thị Na", "Chủ tịch", "Hội Nông dân xã Tân Hòa")}


def test_a_standing_member_written_in_full_before_a_district_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Khúc Văn Lợi – Ủy viên Ban Thường vụ, Phó Chủ tịch UBND huyện "
                            "Lấp Vò.\n")
    assert ("Khúc Văn Lợi", "Ủy viên", "Ban Thường vụ Huyện ủy Lấp Vò") in posts(st)


def test_a_party_title_with_its_committee_cut_to_the_unit_word(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Siu Hlơng, Ủy viên Trung ương Đảng, Bí thư Tỉnh, Chủ tịch HĐND tỉnh "
                            "Gia Lai dự.\n")
    assert {("Siu Hlơng", "Bí thư", "Tỉnh ủy Gia Lai"),
            ("Siu Hlơng", "Chủ tịch", "Hội đồng nhân dân tỉnh Gia Lai")} <= posts(st)
    # the unit written in full after the title, lower case: the unit's committee, no cut name
    # (plain_titles.unit_heads, as the golds read "Bí thư huyện X", "Bí thư phường Y")
    st = state_of(tmp_path, "Tin\n\nĐồng chí Siu Hlơng, Bí thư tỉnh Gia Lai dự.\n")
    assert posts(st) == {("Siu Hlơng", "Bí thư", "Tỉnh ủy Gia Lai")}


def test_a_title_of_a_body_the_lexicon_does_not_know_makes_an_official_but_not_a_firms(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐến dự có bà Lạc Thị Nga, Trưởng ban Thanh niên nông thôn Trung ương Đoàn; "
                            "Thượng tá Ông Văn Sang, Phó Tham mưu trưởng Sư đoàn 330; ông Ninh Văn Kha, Giám đốc "
                            "Công ty CP Thủy sản Bình An.\n")
    assert not any(p[0] in ("Lạc Thị Nga", "Ninh Văn Kha") for p in posts(st))
    assert st.officials == ["Lạc Thị Nga", "Ông Văn Sang"]


def test_a_title_of_an_unknown_body_before_the_name_makes_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrưởng Ban Công tác đại biểu Lạc Thị Nga làm trưởng đoàn; Giám đốc Công ty "
                            "Sao Mai Ninh Văn Kha cùng dự.\n")
    assert st.officials == ["Lạc Thị Nga"]


def test_an_aside_gives_the_title_held_now(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Đinh Văn Lực, Phó Chủ tịch UBND huyện Lấp Vò (nay là Bí thư Huyện ủy Lấp "
                            "Vò) dự; ông Tạ Văn Mười, Giám đốc Sở Y tế (do xin thôi việc).\n")
    assert ("Đinh Văn Lực", "Bí thư", "Huyện ủy Lấp Vò") in posts(st)


def test_titles_of_one_command_or_joined_by_kiem_share_the_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThiếu tướng Quách Văn Tư, Phó Tư lệnh, Tham mưu trưởng Quân khu 9 dự; ông Lý Văn "
                            "Ba, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam dự; ông Lý Văn Năm, Bí "
                            "thư kiêm Chủ tịch UBND xã Tân Hòa dự.\n")
    assert {("Quách Văn Tư", "Phó Tư lệnh", "Quân khu 9"), ("Quách Văn Tư", "Tham mưu trưởng", "Quân khu 9"),
            ("Lý Văn Ba", "Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
            ("Lý Văn Ba", "Tổng Thư ký", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")} <= posts(st)
    assert not any(p[0] == "Lý Văn Năm" and p[1] == "Bí thư" for p in posts(st))


def test_the_vice_patriarch_of_the_sangha(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHòa thượng Thích Minh Tâm, Phó Pháp chủ Hội đồng Chứng minh GHPGVN dự.\n")
    assert posts(st) == {("Thích Minh Tâm", "Phó Pháp chủ", "Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam")}


def test_a_central_party_title_closed_by_a_neighbour_s_party_is_that_party_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 12/5/2024, Tỉnh ủy Điện Biên tiếp đoàn tỉnh Phông Sa Lỳ do ông Khăm Phăn Xay "
                            "Nhạ, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy Phông "
                            "Sa Lỳ dẫn đầu. Dự có ông Lưu Gia Hòa, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, "
                            "và ông Trương Minh Đạt, Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc.\n")
    got = posts(st)
    assert ("Khăm Phăn Xay Nhạ", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in got
    assert ("Lưu Gia Hòa", "Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc") in got
    assert ("Trương Minh Đạt", "Ủy viên", "Bộ Chính trị Đảng Cộng sản Trung Quốc") in got
    assert not any(body in ("Ban Chấp hành Trung ương Đảng", "Bộ Chính trị") for _, _, body in got)
    names = {b.name for b in st.facts.bodies}
    assert {"Đảng Nhân dân Cách mạng Lào", "Đảng Cộng sản Trung Quốc"} <= names
    assert not names & {"Ban Chấp hành Trung ương Đảng", "Bộ Chính trị"}


def test_a_list_of_title_dash_name_items(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Huyện ủy Lấp Vò – Đồng Văn Tư, Chủ tịch UBND huyện – Kha Văn Bình tiếp "
                            "đoàn.\n")
    assert posts(st) == {("Đồng Văn Tư", "Bí thư", "Huyện ủy Lấp Vò"),
                         ("Kha Văn Bình", "Chủ tịch", "Ủy ban nhân dân huyện Lấp Vò")}


def test_a_place_before_a_chain_of_titles_is_no_name_that_owns_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 3/6, tại Hải Phòng, Bí thư Trung ương Đảng, Bộ trưởng Bộ Ngoại giao Đàm Văn "
                            "Lực tiếp đoàn.\n")
    assert posts(st) == {("Đàm Văn Lực", "Bí thư", "Ban Bí thư"), ("Đàm Văn Lực", "Bộ trưởng", "Bộ Ngoại giao")}


def test_a_standing_member_cut_to_thuong_vu_and_central_and_diplomatic_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn có ông Tạ Văn Lộc - Thường vụ Huyện ủy, Phó Chủ tịch HĐND huyện Lấp Vò; "
                            "ông Hứa Văn Liền – Vụ trưởng Vụ Công tác Tôn giáo; ông Sok Piseth, Tổng Lãnh sự Vương "
                            "quốc Campuchia tại Thành phố Hồ Chí Minh.\n")
    assert ("Tạ Văn Lộc", "Ủy viên", "Ban Thường vụ Huyện ủy Lấp Vò") in posts(st)
    assert {"Hứa Văn Liền", "Sok Piseth", "Tạ Văn Lộc"} <= set(st.officials)


def test_the_partys_own_name_written_out_does_not_end_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lò Văn Pao, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Bí "
                            "thư Tỉnh ủy Lai Châu dự.\n")
    assert posts(st) == {("Lò Văn Pao", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                         ("Lò Văn Pao", "Bí thư", "Tỉnh ủy Lai Châu")}


def test_a_part_time_office_and_a_dignitary_who_takes_part(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn có Linh mục Đinh Văn Hòa, Phó Chủ tịch không chuyên trách Ủy ban Trung "
                            "ương MTTQ Việt Nam. Thay mặt giáo phận, Giám mục Lạc Văn Minh cảm ơn lãnh đạo tỉnh. Đoàn "
                            "đến thăm, tặng quà Hòa thượng Thích Minh Tâm (chùa Long Sơn).\n")
    assert ("Đinh Văn Hòa", "Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in posts(st)
    assert st.officials == ["Lạc Văn Minh", "Đinh Văn Hòa"]


def test_a_neighbours_governor_heads_its_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu tỉnh Takeo (Vương quốc Campuchia) do ngài Chea Sokha – Tỉnh trưởng "
                            "tỉnh Takeo dẫn đầu; ông Keo Sam – Huyện trưởng huyện Bati tháp tùng.\n")
    assert posts(st) == {("Chea Sokha", "Tỉnh trưởng", "Chính quyền tỉnh Takeo"),
                         ("Keo Sam", "Huyện trưởng", "Chính quyền huyện Bati")}


def test_a_bishop_holds_an_office_wherever_named(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn tặng hoa chúc mừng Giáng sinh đến Giám mục Phêrô Lạc Văn Hòa cùng các linh "
                            "mục; Linh mục Giuse Đinh Văn Tư dẫn đoàn tham quan.\n")
    assert st.officials == ["Phêrô Lạc Văn Hòa"]


def test_a_bishops_title_before_his_diocese(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đến thăm Giám mục Lạc Văn Hòa - Giám mục Giáo phận Bắc Ninh nhân dịp Giáng "
                            "sinh.\n")
    assert posts(st) == {("Lạc Văn Hòa", "Giám mục", "Giáo phận Bắc Ninh")}


def test_the_abbot_of_a_pagoda(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThượng tọa Thích Minh Tâm - Trụ trì chùa Long Sơn, phường 2 nhận quà.\n")
    assert posts(st) == {("Thích Minh Tâm", "Trụ trì", "Chùa Long Sơn")}


def test_a_parish_priest_and_a_religion_that_reads_like_a_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLinh mục Phêrô Lạc Văn Hòa, Chánh xứ Giáo xứ Tân Phú cảm ơn đoàn; đồng chí Đinh "
                            "Văn Tư gặp chức sắc Cao Đài.\n")
    assert ("Phêrô Lạc Văn Hòa", "Chánh xứ", "Giáo xứ Tân Phú") in posts(st)
    assert "Cao Đài" not in st.officials


def test_a_lower_case_organisation_noun_does_not_end_the_chain_but_a_verb_does(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Keo Sam - Phó Chủ tịch đảng, Huyện trưởng huyện Bati (Campuchia) cảm ơn. Ông "
                            "Tạ Văn Mười, Chủ tịch nói thêm, Phó Chủ tịch UBND tỉnh Đồng Tháp cũng đồng ý.\n")
    assert posts(st) == {("Keo Sam", "Huyện trưởng", "Chính quyền huyện Bati")}


def test_a_rank_between_the_name_and_its_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Đàm Văn Na – Đại tá – Phó Chính ủy Bộ CHQS tỉnh Bến Tre; ông Đàm Văn Tư, "
                            "Thượng tá, Phó Chỉ huy trưởng Bộ CHQS tỉnh Bến Tre dự.\n")
    assert posts(st) == {("Đàm Văn Na", "Phó Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Bến Tre"),
                         ("Đàm Văn Tư", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Bến Tre")}


def test_more_abbreviated_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Thái Văn Hải, ĐUV, Phó CT UBND xã Tân Hòa; đồng chí Thái Văn Tư, "
                            "Phó BT Huyện ủy Lấp Vò; ông Thái Văn Ba, PGĐ Sở Nội vụ tỉnh Đồng Tháp.\n")
    assert posts(st) == {("Thái Văn Hải", "Ủy viên", "Đảng ủy xã Tân Hòa"),
                         ("Thái Văn Hải", "Phó Chủ tịch", "Ủy ban nhân dân xã Tân Hòa"),
                         ("Thái Văn Tư", "Phó Bí thư", "Huyện ủy Lấp Vò"),
                         ("Thái Văn Ba", "Phó Giám đốc", "Sở Nội vụ tỉnh Đồng Tháp")}


def test_a_chain_of_titles_takes_the_place_written_once_at_its_end(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị giữa hai tỉnh Lai Châu và Lào Cai. Đồng chí Lò Văn Tư - Tỉnh ủy viên, "
                            "Chủ tịch Hội Nông dân tỉnh Lai Châu và đồng chí Bùi Văn Ba - Phó Bí thư Tỉnh ủy, Chủ "
                            "tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Lào Cai đồng chủ trì.\n")
    assert {("Lò Văn Tư", "Ủy viên", "Tỉnh ủy Lai Châu"),
            ("Bùi Văn Ba", "Phó Bí thư", "Tỉnh ủy Lào Cai")} <= posts(st)
    assert ("Bùi Văn Ba", "Phó Bí thư", "Tỉnh ủy Lai Châu") not in posts(st)


def test_an_honorary_chair_is_a_title_of_its_own(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn có đồng chí Lê Văn Hào, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch "
                            "danh dự Hội Chữ thập đỏ tỉnh Ninh Thuận.\n")
    assert ("Lê Văn Hào", "Chủ tịch danh dự", "Hội Chữ thập đỏ tỉnh Ninh Thuận") in posts(st)
    assert ("Lê Văn Hào", "Chủ tịch", "Hội Chữ thập đỏ tỉnh Ninh Thuận") not in posts(st)


def test_a_council_with_no_level_after_the_bare_dang_uy_is_the_communes(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 2/3, Đảng ủy xã Tân Mỹ tổng kết năm. Đồng chí Võ Thị Hà - Huyện ủy viên - Bí "
                            "thư Đảng ủy - Chủ tịch HĐND; đồng chí Lê Văn Tư, Phó Bí thư Thường trực Đảng ủy, Chủ tịch "
                            "Hội đồng nhân dân chủ trì.\n")
    assert {("Võ Thị Hà", "Bí thư", "Đảng ủy xã Tân Mỹ"),
            ("Võ Thị Hà", "Chủ tịch", "Hội đồng nhân dân xã Tân Mỹ"),
            ("Lê Văn Tư", "Chủ tịch", "Hội đồng nhân dân xã Tân Mỹ")} <= posts(st)


def test_bt_abbreviates_bi_thu_after_a_glued_hyphen(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lê Văn Hào HUV- BT Đảng ủy xã Tân Hòa kết luận hội nghị.\n")
    assert posts(st) == {("Lê Văn Hào", "Ủy viên", "Huyện ủy"), ("Lê Văn Hào", "Bí thư", "Đảng ủy xã Tân Hòa")}


def test_a_recipient_named_with_a_former_post_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Thành ủy trao tặng Huy hiệu 60 năm tuổi Đảng cho Nguyên Bí thư Thành ủy Hà "
                            "Nội Lê Văn Hào. Trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Sáu.\n")
    assert posts(st) == set()
    assert st.officials == ["Lê Văn Hào"]


def test_a_member_of_a_cells_committee_holds_an_office(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChi bộ Trường Tiểu học Tân Mỹ đã bầu ra cấp ủy khóa mới gồm 02 đồng chí:\n\n1. Đồng "
                            "chí: Lê Thị Hoa - Bí thư\n\n2. Đồng chí: Lê Thị Huệ - Chi ủy viên\n")
    assert "Lê Thị Huệ" in st.officials


def test_a_cells_secretary_written_with_the_lower_case_head_noun(tmp_path):
    st = state_of(tmp_path, "Đại hội Chi bộ thôn 5 xã Tân Mỹ\n\nSáng 2/3, Chi bộ thôn 5 xã Tân Mỹ tổ chức đại hội. Đồng "
                            "chí Lê Văn Hào, bí thư chi bộ trang trọng khai mạc đại hội. Ông Lê Văn Tư, bí thư chi bộ "
                            "Trường Tiểu học Tân Mỹ dự.\n")
    # (the name after the second head is another body: the school's cell, kg.extract.bodies.cells)
    assert posts(st) == {("Lê Văn Hào", "Bí thư", "Chi bộ thôn 5 xã Tân Mỹ"),
                         ("Lê Văn Tư", "Bí thư", "Chi bộ Trường Tiểu học Tân Mỹ")}


def test_a_title_of_the_youth_federations_committee_is_the_federations(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có anh Lê Văn Hào - Phó Bí thư Huyện đoàn - Chủ tịch Ủy ban Hội LHTN Việt Nam "
                            "huyện Ba Tri.\n")
    assert ("Lê Văn Hào", "Chủ tịch", "Hội Liên hiệp Thanh niên Việt Nam huyện Ba Tri") in posts(st)


def test_the_abbreviated_head_of_a_sangha_board(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNi sư Thích Nữ Diệu Hòa, Phó Trưởng BTS GHPGVN tỉnh Lâm Đồng cảm ơn đoàn.\n")
    assert posts(st) == {("Thích Nữ Diệu Hòa", "Phó Trưởng ban",
                          "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Lâm Đồng")}


def test_a_chain_of_titles_cut_by_a_line_break_stays_the_names(tmp_path):
    st = state_of(tmp_path, "Hội nghị tỉnh Bình Định\n\nSáng 2/3, Tỉnh ủy Bình Định họp. Dự có đồng chí Lê Văn Một - "
                            "Phó Bí thư Tỉnh ủy,\nChủ tịch UBND tỉnh; đồng chí Lê Văn Hai,\nTrưởng Ban Tuyên giáo Tỉnh "
                            "ủy. Dự có Bí thư Tỉnh ủy Lê Văn Ba,\nPhó Chủ tịch UBND tỉnh Lê Văn Bốn. Dự có Lê Văn Năm, "
                            "Bí thư Tỉnh\nủy, Chủ tịch HĐND tỉnh.\n")
    assert posts(st) == {("Lê Văn Một", "Phó Bí thư", "Tỉnh ủy Bình Định"),
                         ("Lê Văn Năm", "Bí thư", "Tỉnh ủy Bình Định"),
                         ("Lê Văn Năm", "Chủ tịch", "Hội đồng nhân dân tỉnh Bình Định"),
                         ("Lê Văn Một", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định"),
                         ("Lê Văn Hai", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Bình Định"),
                         ("Lê Văn Ba", "Bí thư", "Tỉnh ủy Bình Định"),
                         ("Lê Văn Bốn", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định")}


def test_a_name_chosen_for_a_bare_title_is_an_official_but_not_a_firms_head(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Hào được chỉ định làm Chi hội trưởng và ra mắt hội viên. "
                            "Ông Lê Văn Sáu được bầu làm chủ nhiệm hợp tác xã. Đại hội HTX Tân Mỹ bầu ông Lê Văn Bảy "
                            "làm Chủ tịch.\n")
    assert st.officials == ["Lê Văn Hào"]


def test_a_title_after_chuc_vu_is_no_vu_truong(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Thường vụ Tỉnh ủy điều động đồng chí Hồ Văn Khải, Bí thư Huyện ủy "
                            "Krông Bông, giữ chức vụ Trưởng Ban Dân vận Tỉnh ủy Đắk Lắk.\n")
    ps = posts(st)
    assert ("Hồ Văn Khải", "Trưởng ban", "Ban Dân vận Tỉnh ủy Đắk Lắk") in ps
    assert not any(p[1] == "Vụ trưởng" for p in ps)


def test_a_vacant_post_named_before_a_comma_does_not_lead_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrong thời gian chờ kiện toàn chức vụ Bí thư Huyện ủy Lắk, đồng chí "
                            "Mai Thanh Tùng, Phó Bí thư Thường trực Huyện ủy được giao điều hành.\n")
    ps = posts(st)
    assert ("Mai Thanh Tùng", "Phó Bí thư Thường trực", "Huyện ủy Lắk") in ps
    assert ("Mai Thanh Tùng", "Bí thư", "Huyện ủy Lắk") not in ps


def test_a_cadre_decision_joins_the_committee_then_gives_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTỉnh ủy luân chuyển, chỉ định đồng chí Đinh Thị Hoa, Phó Trưởng Ban Dân vận "
                            "Tỉnh ủy Sơn La tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư "
                            "Huyện ủy Mộc Châu. Ông Lường Văn Kiên sẽ thôi tham gia Ban Chấp hành Đảng bộ và thôi "
                            "giữ chức Bí thư Huyện ủy Yên Châu.\n")
    ps = posts(st)
    assert ("Đinh Thị Hoa", "Phó Bí thư", "Huyện ủy Mộc Châu") in ps
    assert not any(p[0] == "Lường Văn Kiên" for p in ps)


def test_the_student_union_and_the_pioneers_council_at_a_level(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Đào Thị Lan, Phó Bí thư Tỉnh đoàn, Phó Chủ tịch Hội Sinh viên Việt Nam "
                            "tỉnh Hà Nam, Chủ tịch Hội đồng Đội tỉnh Hà Nam phát biểu.\n")
    ps = posts(st)
    assert ("Đào Thị Lan", "Phó Chủ tịch", "Hội Sinh viên Việt Nam tỉnh Hà Nam") in ps
    assert ("Đào Thị Lan", "Chủ tịch", "Hội đồng Đội tỉnh Hà Nam") in ps


def test_the_electing_body_after_the_passive_does_not_break_the_predicate(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Khổng Minh Đức, Phó Bí thư Tỉnh đoàn Hà Nam được Ban Chấp hành Tỉnh đoàn "
                            "tín nhiệm bầu giữ chức vụ Bí thư Tỉnh đoàn Hà Nam.\n")
    assert ("Khổng Minh Đức", "Bí thư", "Tỉnh đoàn Hà Nam") in posts(st)


def test_a_chain_goes_on_past_a_state_firms_council_it_does_not_know(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Tạ Quang Vinh, Ủy viên Trung ương Đảng, Chủ tịch Hội đồng Thành viên "
                            "Tập đoàn Cao su Việt Nam, Trưởng đoàn Đại biểu Quốc hội tỉnh Bình Phước.\n")
    ps = posts(st)
    assert ("Tạ Quang Vinh", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bình Phước") in ps


def test_a_comma_then_an_election_gives_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nKết quả, đồng chí Lý Văn Sáu, tái đắc cử Bí thư Huyện ủy Phước Long. Đồng chí "
                            "Đỗ Văn Bảy, phát biểu rằng đây là Bí thư Huyện ủy Bù Đăng.\n")
    ps = posts(st)
    assert ("Lý Văn Sáu", "Bí thư", "Huyện ủy Phước Long") in ps
    assert not any(p[0] == "Đỗ Văn Bảy" for p in ps)


def test_a_standing_member_before_a_fronts_title_sits_on_the_units_party_standing_board(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự hội nghị có đồng chí Hồ Văn Lâm – UVTV, Chủ tịch Ủy ban MTTQ Việt Nam huyện "
                            "Đông Anh.\n")
    ps = posts(st)
    assert ("Hồ Văn Lâm", "Ủy viên", "Ban Thường vụ Huyện ủy Đông Anh") in ps
    assert ("Hồ Văn Lâm", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đông Anh") in ps


def test_a_title_with_its_new_term_heads_a_list_after_the_plural_address(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị đã bầu 2 Phó Bí thư Tỉnh ủy Kon Tum khóa mới gồm các đồng chí: Y Lợi "
                            "(Trưởng Ban Dân vận Tỉnh ủy khóa XV) và Võ Thị Bông (Chủ tịch UBND tỉnh).\n")
    ps = posts(st)
    assert ("Y Lợi", "Phó Bí thư", "Tỉnh ủy Kon Tum") in ps
    assert ("Võ Thị Bông", "Phó Bí thư", "Tỉnh ủy Kon Tum") in ps


def test_a_secretary_of_a_places_party_organisation_is_its_committees(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐại hội bầu 13 đồng chí vào Ban Chấp hành khóa mới; đồng chí Lê Văn Chín được Đại hội "
                            "tín nhiệm tái cử chức danh Bí thư Đảng bộ xã Tân Hà nhiệm kỳ 2025-2030. Ông Lê Văn Mười, Phó "
                            "Bí thư Đảng bộ tỉnh Bình Thuận dự.\n")
    ps = posts(st)
    assert ("Lê Văn Chín", "Bí thư", "Đảng ủy xã Tân Hà") in ps
    assert ("Lê Văn Mười", "Phó Bí thư", "Tỉnh ủy Bình Thuận") in ps

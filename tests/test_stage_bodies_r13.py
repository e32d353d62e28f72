"""Bodies and places, round 13: general readings (sentences written for the tests; invented names,
places and numbers)."""
from __future__ import annotations

from test_stage_pipeline import bodies_of as bodies, state_of


# --- a district's offices written bare in a comma list beside one that writes its level

def test_bare_offices_take_the_level_of_the_next_agency_in_their_list(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 16/10, Thường trực HĐND huyện Đức Thọ giám sát việc chi trả chính sách tại "
                            "Phòng Nội vụ, Trung tâm Y tế, Phòng Tài chính - Kế hoạch huyện và Kho bạc Nhà nước.\n")
    got = bodies(st)
    assert {"Phòng Nội vụ huyện Đức Thọ", "Trung tâm Y tế huyện Đức Thọ",
            "Phòng Tài chính - Kế hoạch huyện Đức Thọ"} <= got


def test_a_commune_listed_as_an_item_of_its_own_is_no_level_of_the_offices(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 16/10, Ban Pháp chế HĐND huyện Đức Thọ khảo sát tại: Phòng Nội vụ huyện, "
                            "Phòng Văn hóa và Thông tin, Phòng Tư pháp, xã Tùng Ảnh.\n")
    got = bodies(st)
    assert {"Phòng Văn hóa và Thông tin huyện Đức Thọ", "Phòng Tư pháp huyện Đức Thọ"} <= got
    assert not any(b.endswith("xã Tùng Ảnh") for b in got)


def test_an_office_alone_or_with_a_level_word_is_read_as_before(tmp_path):
    # (negatives: no list, no level beside it -> no body; a level word right after the list closes it)
    st = state_of(tmp_path, "Tin\n\nNgày 9/4, Thường trực HĐND huyện Đức Thọ làm việc với Phòng Tư pháp.\n")
    assert not any(b.startswith("Phòng Tư pháp") for b in bodies(st))
    st = state_of(tmp_path, "Tin\n\nNgày 9/4, UBND tỉnh Hà Tĩnh kiểm tra Phòng Tư pháp, Phòng Nội vụ huyện Can Lộc.\n")
    got = bodies(st)
    assert {"Phòng Tư pháp huyện Can Lộc", "Phòng Nội vụ huyện Can Lộc"} <= got


# --- a bloc's party committee and party organisation named as the province names them

def test_a_blocs_committee_keeps_its_name_as_written(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh tổ chức "
                            "hội nghị. Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Quảng Bình cử đoàn dự.\n")
    got = bodies(st)
    assert {"Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh",
            "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Quảng Bình"} <= got
    assert "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh" not in got


def test_a_blocs_party_organisation_holds_its_congress_and_is_not_named_for_a_resolution(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh lần thứ VI "
                            "bế mạc.\n")
    assert "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh" in bodies(st)
    st = state_of(tmp_path, "Tin\n\nNghị quyết Đại hội Đảng bộ Khối các Cơ quan tỉnh Hà Tĩnh được triển khai.\n")
    assert not any(b.startswith("Đảng bộ Khối") for b in bodies(st))


# --- a group of places counted and listed once, then named by its count (counted_places.count_groups)

def test_a_board_named_with_its_groups_count_is_the_board_of_each_listed_place(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 12/6, tại tỉnh Lạng Sơn, Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn chủ trì ký kết quy "
                            "chế phối hợp 3 tỉnh biên giới, gồm: Lạng Sơn, Cao Bằng và Hà Giang.\n\n"
                            "Theo quy chế, Ủy ban Kiểm tra 3 tỉnh sẽ trao đổi thông tin định kỳ.\n")
    got = bodies(st)
    assert {"Ủy ban Kiểm tra Tỉnh ủy Cao Bằng", "Ủy ban Kiểm tra Tỉnh ủy Hà Giang"} <= got


def test_a_count_the_list_does_not_match_names_no_group(tmp_path):
    # (negative: "3 tỉnh" but two places listed -> no group, no board of them)
    st = state_of(tmp_path, "Tin\n\nNgày 12/6, tại tỉnh Lạng Sơn, Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn chủ trì ký kết quy "
                            "chế phối hợp 3 tỉnh biên giới, gồm: Cao Bằng và Hà Giang.\n\n"
                            "Theo quy chế, Ủy ban Kiểm tra 3 tỉnh sẽ trao đổi thông tin định kỳ.\n")
    got = bodies(st)
    assert not {"Ủy ban Kiểm tra Tỉnh ủy Cao Bằng", "Ủy ban Kiểm tra Tỉnh ủy Hà Giang"} & got


# --- the border guard of a province is its command (bodies.yaml: weak forms of Bộ Chỉ huy Bộ đội Biên phòng)

def test_the_border_guard_of_a_province_is_its_command(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 1/3, lãnh đạo huyện Tràng Định đến tặng quà cán bộ, chiến sĩ Bộ đội Biên "
                            "phòng tỉnh Lạng Sơn.\n")
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn" in bodies(st)
    # (a roll of provinces, each with its leaders: the command places the titles after it)
    st = state_of(tmp_path, "Tin\n\nTại BĐBP Cao Bằng, dự có đồng chí Hoàng Văn Minh, Bí thư Tỉnh ủy; tại BĐBP Lai "
                            "Châu, dự có đồng chí Lò Văn Thắng, Chủ tịch UBND tỉnh.\n")
    assert {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"} <= bodies(st)
    assert ("Hoàng Văn Minh", "Bí thư", "Tỉnh ủy Cao Bằng") in {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_the_border_guard_alone_is_the_whole_countrys_force_not_a_command(tmp_path):
    # (negatives: the force's day, its central command and party committee name no province's command)
    st = state_of(tmp_path, "Tin\n\nChào mừng 70 năm Ngày truyền thống Bộ đội Biên phòng, Bộ Tư lệnh BĐBP phát động "
                            "đợt thi đua. Cán bộ, chiến sĩ BĐBP luôn sẵn sàng.\n")
    got = bodies(st)
    assert not any(b.startswith("Bộ Chỉ huy Bộ đội Biên phòng") for b in got)
    assert "Bộ Tư lệnh Bộ đội Biên phòng" in got


# --- army units named by their number, the services and arms, the army's regional courts

def test_small_army_units_services_and_regional_courts_are_bodies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ ra quân huấn luyện có đại diện Tiểu đoàn 512; Đại đội Công binh 31; Hải đoàn "
                            "Cảnh sát biển 45; Viện Kiểm sát Quân sự khu vực 41 và Quân chủng Phòng không - Không "
                            "quân.\n")
    assert {"Tiểu đoàn 512", "Đại đội Công binh 31", "Hải đoàn Cảnh sát biển 45", "Viện Kiểm sát Quân sự khu vực 41",
            "Quân chủng Phòng không - Không quân"} <= bodies(st)


def test_a_units_commander_or_units_in_general_name_no_unit(tmp_path):
    # (negatives: "Đại đội trưởng", "Tiểu đoàn trưởng" are titles; "các đại đội" any unit)
    st = state_of(tmp_path, "Tin\n\nĐại đội trưởng Nguyễn Văn Khởi và Tiểu đoàn trưởng Lê Minh báo cáo. Các đại đội, "
                            "tiểu đoàn đã sẵn sàng.\n")
    assert not any(b.startswith(("Đại đội", "Tiểu đoàn")) for b in bodies(st))


# --- the friendship association with any country (bodies.yaml country_bodies over countries.yaml)

def test_a_friendship_association_of_any_country_and_its_chapter(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 5/7, Hội Hữu nghị Việt Nam - Mông Cổ tỉnh Hà Tĩnh tổ chức hội nghị ban chấp "
                            "hành. Ông Lê Văn Sáu, Phó Chủ tịch Hội Hữu nghị Việt Nam - Mông Cổ Trung ương, phát "
                            "biểu. Hội Hữu nghị Việt - Pháp tỉnh Quảng Bình gửi thư chúc mừng.\n")
    got = bodies(st)
    assert {"Hội Hữu nghị Việt Nam - Mông Cổ tỉnh Hà Tĩnh", "Hội Hữu nghị Việt Nam - Mông Cổ",
            "Hội Hữu nghị Việt - Pháp tỉnh Quảng Bình"} <= got


def test_friendship_in_a_sentence_names_no_association(tmp_path):
    # (negatives: friendship between two peoples, a place's name after "hữu nghị")
    st = state_of(tmp_path, "Tin\n\nTình hữu nghị Việt Nam - Mông Cổ ngày càng bền chặt. Quan hệ hữu nghị Việt - Pháp "
                            "được tỉnh Hà Tĩnh vun đắp.\n")
    assert not any("Hữu nghị" in b for b in bodies(st))


# --- the Red Cross's central body where "Trung ương" is written (docs/conventions.md, round 12 decision 3)

def test_the_red_cross_central_body_and_the_organisation_as_a_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội Chữ thập đỏ tỉnh Yên Bái phối hợp với Trung ương Hội Chữ thập đỏ Việt Nam tổ "
                            "chức đợt hiến máu. Ông Lê Văn Tâm, Phó Chủ tịch T.Ư Hội CTĐ Việt Nam, dự lễ.\n")
    got = bodies(st)
    assert "Trung ương Hội Chữ thập đỏ Việt Nam" in got and "Hội Chữ thập đỏ Việt Nam" not in got
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "Trung ương Hội Chữ thập đỏ Việt Nam") in \
        {(p.official, p.role, p.body.name) for p in st.facts.posts}
    # (negative: the organisation named as a whole stays itself)
    st = state_of(tmp_path, "Tin\n\nHội Chữ thập đỏ Việt Nam có hơn 3 triệu hội viên.\n")
    assert "Hội Chữ thập đỏ Việt Nam" in bodies(st) and "Trung ương Hội Chữ thập đỏ Việt Nam" not in bodies(st)

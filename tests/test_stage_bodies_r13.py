"""Bodies and places, round 13: general readings (sentences written for the tests; invented names,
places and numbers)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def bodies(st) -> set[str]:
    return {b.name for b in st.facts.bodies}


# --- a district's offices written bare in a comma list beside one that writes its level

def test_bare_offices_take_the_level_of_the_next_agency_in_their_list(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/4, Ban Pháp chế HĐND huyện Đức Thọ khảo sát tại Phòng Tư pháp, Trung tâm "
                            "Y tế, Bệnh viện Đa khoa huyện và Phòng Nội vụ.\n")
    got = bodies(st)
    assert {"Phòng Tư pháp huyện Đức Thọ", "Trung tâm Y tế huyện Đức Thọ", "Bệnh viện Đa khoa huyện Đức Thọ"} <= got


def test_a_commune_listed_as_an_item_of_its_own_is_no_level_of_the_offices(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/4, Ban Kinh tế - Xã hội HĐND huyện Đức Thọ giám sát tại: Phòng Giáo dục và "
                            "Đào tạo huyện, Phòng Dân tộc, Phòng Tư pháp, xã Tùng Ảnh.\n")
    got = bodies(st)
    assert {"Phòng Dân tộc huyện Đức Thọ", "Phòng Tư pháp huyện Đức Thọ"} <= got
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
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh lần thứ V "
                            "khai mạc.\n")
    assert "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh" in bodies(st)
    st = state_of(tmp_path, "Tin\n\nNghị quyết Đại hội Đảng bộ Khối các Cơ quan tỉnh Hà Tĩnh được triển khai.\n")
    assert not any(b.startswith("Đảng bộ Khối") for b in bodies(st))


# --- a group of places counted and listed once, then named by its count (counted_places.count_groups)

def test_a_board_named_with_its_groups_count_is_the_board_of_each_listed_place(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 12/6, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức Hội nghị giao ban công tác dân vận "
                            "4 tỉnh khu vực Đông Bắc, gồm: Bắc Kạn, Cao Bằng, Lạng Sơn và Thái Nguyên.\n\n"
                            "Tại hội nghị, Ban Dân vận 4 tỉnh thống nhất nội dung phối hợp.\n")
    got = bodies(st)
    assert {"Ban Dân vận Tỉnh ủy Cao Bằng", "Ban Dân vận Tỉnh ủy Lạng Sơn", "Ban Dân vận Tỉnh ủy Thái Nguyên"} <= got


def test_a_count_the_list_does_not_match_names_no_group(tmp_path):
    # (negative: "4 tỉnh" but three places listed -> no group, no board of them)
    st = state_of(tmp_path, "Tin\n\nNgày 12/6, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức Hội nghị giao ban công tác dân vận "
                            "4 tỉnh khu vực Đông Bắc, gồm: Cao Bằng, Lạng Sơn và Thái Nguyên.\n\n"
                            "Tại hội nghị, Ban Dân vận 4 tỉnh thống nhất nội dung phối hợp.\n")
    got = bodies(st)
    assert not {"Ban Dân vận Tỉnh ủy Cao Bằng", "Ban Dân vận Tỉnh ủy Lạng Sơn"} & got


# --- the border guard of a province is its command (bodies.yaml: weak forms of Bộ Chỉ huy Bộ đội Biên phòng)

def test_the_border_guard_of_a_province_is_its_command(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/3, đoàn công tác tỉnh Lạng Sơn đến thăm, chúc mừng cán bộ, chiến sĩ Bộ đội "
                            "Biên phòng tỉnh Lạng Sơn.\n")
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn" in bodies(st)
    # (a roll of provinces, each with its leaders: the command places the titles after it)
    st = state_of(tmp_path, "Tin\n\nChúc mừng BĐBP Cao Bằng có đồng chí Hoàng Văn Minh, Bí thư Tỉnh ủy; chúc mừng BĐBP "
                            "Lai Châu có đồng chí Lò Văn Thắng, Chủ tịch UBND tỉnh.\n")
    assert {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"} <= bodies(st)
    assert ("Hoàng Văn Minh", "Bí thư", "Tỉnh ủy Cao Bằng") in {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_the_border_guard_alone_is_the_whole_countrys_force_not_a_command(tmp_path):
    # (negatives: the force's day, its central command and party committee name no province's command)
    st = state_of(tmp_path, "Tin\n\nNhân kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng, Bộ Tư lệnh BĐBP tổ chức "
                            "gặp mặt. Cán bộ, chiến sĩ BĐBP luôn sẵn sàng.\n")
    got = bodies(st)
    assert not any(b.startswith("Bộ Chỉ huy Bộ đội Biên phòng") for b in got)
    assert "Bộ Tư lệnh Bộ đội Biên phòng" in got


# --- army units named by their number, the services and arms, the army's regional courts

def test_small_army_units_services_and_regional_courts_are_bodies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã đến thăm các đơn vị: Tiểu đoàn 512; Đại đội Công binh 31; Hải đoàn Cảnh sát "
                            "biển 45; Viện Kiểm sát Quân sự khu vực 41 và Quân chủng Phòng không - Không quân.\n")
    assert {"Tiểu đoàn 512", "Đại đội Công binh 31", "Hải đoàn Cảnh sát biển 45", "Viện Kiểm sát Quân sự khu vực 41",
            "Quân chủng Phòng không - Không quân"} <= bodies(st)


def test_a_units_commander_or_units_in_general_name_no_unit(tmp_path):
    # (negatives: "Đại đội trưởng", "Tiểu đoàn trưởng" are titles; "các đại đội" any unit)
    st = state_of(tmp_path, "Tin\n\nĐại đội trưởng Nguyễn Văn Hải và Tiểu đoàn trưởng Lê Minh báo cáo. Các đại đội, "
                            "tiểu đoàn đã sẵn sàng.\n")
    assert not any(b.startswith(("Đại đội", "Tiểu đoàn")) for b in bodies(st))


# --- the friendship association with any country (bodies.yaml country_bodies over countries.yaml)

def test_a_friendship_association_of_any_country_and_its_chapter(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 5/7, Hội Hữu nghị Việt Nam - Cuba tỉnh Hà Tĩnh tổ chức đại hội. Dự có ông Lê Văn "
                            "Bảy, Phó Chủ tịch Hội Hữu nghị Việt Nam - Cuba Trung ương. Hội Hữu nghị Việt - Nga tỉnh Quảng "
                            "Bình cử đại diện dự.\n")
    got = bodies(st)
    assert {"Hội Hữu nghị Việt Nam - Cuba tỉnh Hà Tĩnh", "Hội Hữu nghị Việt Nam - Cuba",
            "Hội Hữu nghị Việt - Nga tỉnh Quảng Bình"} <= got


def test_friendship_in_a_sentence_names_no_association(tmp_path):
    # (negatives: friendship between two peoples, a place's name after "hữu nghị")
    st = state_of(tmp_path, "Tin\n\nTình hữu nghị Việt Nam - Cuba ngày càng bền chặt. Quan hệ hữu nghị Việt - Nga được "
                            "tỉnh Hà Tĩnh vun đắp.\n")
    assert not any("Hữu nghị" in b for b in bodies(st))


# --- the Red Cross's central body where "Trung ương" is written (docs/conventions.md, round 12 decision 3)

def test_the_red_cross_central_body_and_the_organisation_as_a_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThực hiện chỉ đạo của Trung ương Hội Chữ thập đỏ Việt Nam, Hội Chữ thập đỏ tỉnh Yên "
                            "Bái vận động ủng hộ. Ông Lê Văn Tâm, Phó Chủ tịch T.Ư Hội CTĐ Việt Nam, dự lễ.\n")
    got = bodies(st)
    assert "Trung ương Hội Chữ thập đỏ Việt Nam" in got and "Hội Chữ thập đỏ Việt Nam" not in got
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "Trung ương Hội Chữ thập đỏ Việt Nam") in \
        {(p.official, p.role, p.body.name) for p in st.facts.posts}
    # (negative: the organisation named as a whole stays itself)
    st = state_of(tmp_path, "Tin\n\nHội Chữ thập đỏ Việt Nam có hơn 3 triệu hội viên.\n")
    assert "Hội Chữ thập đỏ Việt Nam" in bodies(st) and "Trung ương Hội Chữ thập đỏ Việt Nam" not in bodies(st)

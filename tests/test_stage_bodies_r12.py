"""Bodies and places, round 12: general readings (sentences written for the tests; invented names,
places and numbers)."""
from __future__ import annotations

from test_stage_pipeline import bodies_of as bodies, posts_of as posts, state_of


# --- the organs of a neighbour's or partner's unit (bodies.yaml foreign_unit_organs, foreign_chapters)

def test_a_chinese_peoples_congress_and_its_standing_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/10, đoàn HĐND tỉnh Thái Bình hội kiến Ủy ban Thường vụ Nhân đại thành phố "
                            "Liễu Châu, khu tự trị Quảng Tây (Trung Quốc). Tiếp đoàn có ông Hoàng Vĩ Kiệt, Chủ nhiệm "
                            "Ủy ban Thường vụ Nhân đại châu Điền Nam.\n")
    got = bodies(st)
    assert {"Ủy ban Thường vụ Nhân đại thành phố Liễu Châu", "Nhân đại thành phố Liễu Châu",
            "Ủy ban Thường vụ Nhân đại châu Điền Nam", "Nhân đại châu Điền Nam"} <= got
    assert ("Hoàng Vĩ Kiệt", "Chủ nhiệm", "Ủy ban Thường vụ Nhân đại châu Điền Nam") in posts(st)


def test_a_union_federation_named_with_and_without_its_unit_word_is_one_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 14/6, LĐLĐ tỉnh Thái Bình tiếp đoàn Tổng Công hội tỉnh Hồ Nam, Trung Quốc. "
                            "Đại diện Tổng Công hội Hồ Nam cảm ơn sự đón tiếp.\n")
    got = bodies(st)
    assert "Tổng Công hội tỉnh Hồ Nam" in got and "Tổng Công hội Hồ Nam" not in got


def test_a_cambodian_administration_holds_its_governors_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 21/9, đoàn tỉnh Bến Tre thăm và làm việc tại tỉnh Kampot (Campuchia). Tiếp "
                            "đoàn có ngài Sok Dara, Tỉnh trưởng Ban hành chính tỉnh Kampot và ngài Chea Vuthy, Chủ tịch Đảng "
                            "nhân dân Campuchia tỉnh Kampot.\n")
    got = posts(st)
    assert ("Sok Dara", "Tỉnh trưởng", "Ban hành chính tỉnh Kampot") in got
    assert ("Chea Vuthy", "Chủ tịch", "Đảng Nhân dân Campuchia tỉnh Kampot") in got
    assert "Chính quyền tỉnh Kampot" not in bodies(st)


def test_a_lao_youth_unions_provincial_chapter(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/8, Tỉnh đoàn Lai Châu làm việc với Đoàn Thanh niên Nhân dân Cách mạng Lào "
                            "tỉnh Phông Sa Lỳ (Lào).\n")
    assert "Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Phông Sa Lỳ" in bodies(st)


def test_our_own_government_words_stay_ours(tmp_path):
    # (negatives: "chính quyền" of our units, lower-case or capitalised, is no foreign organ; a chapter
    # word before one of our provinces is no chapter)
    st = state_of(tmp_path, "Tin\n\nChính quyền tỉnh Phú Thọ và Hội đồng nhân dân tỉnh Phú Thọ quan tâm. Cấp ủy, "
                            "chính quyền huyện Thanh Sơn vào cuộc.\n")
    got = bodies(st)
    assert not any(b.startswith("Chính quyền") for b in got)
    st = state_of(tmp_path, "Tin\n\nĐoàn Thanh niên Nhân dân Cách mạng Lào thăm tỉnh Điện Biên.\n")
    assert not any(b.endswith("tỉnh Điện Biên") and b.startswith("Đoàn Thanh niên") for b in bodies(st))


# --- lists of communes and the communes of every place

def test_a_body_over_communes_each_with_its_unit_and_district(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn kiểm tra cải cách hành chính làm việc với UBND các xã Ea Tiêu, huyện Cư Kuin; "
                            "xã Hòa Phú - thị trấn Buôn Trấp, huyện Krông Ana; phường Tân Lợi, thành phố Buôn Ma Thuột "
                            "trong hai ngày 9 và 10/6.\n")
    got = bodies(st)
    assert {"Ủy ban nhân dân xã Ea Tiêu", "Ủy ban nhân dân xã Hòa Phú", "Ủy ban nhân dân thị trấn Buôn Trấp",
            "Ủy ban nhân dân phường Tân Lợi"} <= got
    # (the districts and the city are where the communes lie: no body of theirs is made)
    assert not any(b.endswith(("Cư Kuin", "Krông Ana", "Buôn Ma Thuột")) for b in got)


def test_a_bare_commune_list_still_ends_at_a_lower_case_word(tmp_path):
    # (negative: a list of two bare names and its district, then other words: nothing past the list)
    st = state_of(tmp_path, "Tin\n\nUBND các xã Ea Tiêu, Dray Bhăng, huyện Cư Kuin và Sở Nội vụ tỉnh Đắk Lắk dự.\n")
    got = bodies(st)
    assert {"Ủy ban nhân dân xã Ea Tiêu", "Ủy ban nhân dân xã Dray Bhăng", "Sở Nội vụ tỉnh Đắk Lắk"} <= got


def test_bodies_listed_before_every_commune_are_no_ones(tmp_path):
    text = ("Tin\n\nHội Liên hiệp Phụ nữ huyện Quan Sơn tổ chức hội nghị mẫu tại xã Sơn Điện. Tới dự có lãnh đạo "
            "Đảng ủy - UBND - HĐND, Ủy ban MTTQ và đại diện các đoàn thể, ban ngành {} trong huyện.\n")
    got = bodies(state_of(tmp_path, text.format("các xã")))
    assert not any(b.endswith("xã Sơn Điện") for b in got)
    # (negative: closed by the bare commune word, the bodies are the story's commune's)
    got = bodies(state_of(tmp_path, text.format("xã")))
    assert "Ủy ban nhân dân xã Sơn Điện" in got


# --- names cut by a list page's excerpt

def test_a_name_cut_by_an_excerpts_dots_is_no_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 21/12, Ban Dân vận Tỉnh ủy Nam Định trao quà cho Tòa Giám mục Giáo ...\n")
    assert not any(b.startswith("Tòa Giám mục") for b in bodies(st))
    # (negative: a whole name with dots glued to it, the sentence going on, is the body)
    st = state_of(tmp_path, "Tin\n\nChiều 21/12, Ban Dân vận Tỉnh ủy Nam Định thăm Tòa Giám mục Giáo phận Bùi Chu... và tặng quà.\n")
    assert "Tòa Giám mục Giáo phận Bùi Chu" in bodies(st)


# --- the unit of an office, named by the office's body (bodies.yaml office_units)

def test_a_cell_and_a_youth_cell_named_by_their_office(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 11/9, Chi bộ Liên đoàn Lao động huyện Sơn Hòa tổ chức đại hội. Chi đoàn Sở "
                            "Tư pháp tỉnh Phú Yên dự.\n")
    got = bodies(st)
    assert {"Chi bộ Liên đoàn Lao động huyện Sơn Hòa", "Liên đoàn Lao động huyện Sơn Hòa",
            "Chi đoàn Sở Tư pháp tỉnh Phú Yên", "Sở Tư pháp tỉnh Phú Yên"} <= got


def test_an_associations_chapter_in_an_office(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 7/3, Hội Cựu chiến binh (CCB) cơ quan Sở Y tế tỉnh Ninh Thuận trao quà cho 12 "
                            "hội viên khó khăn.\n")
    got = bodies(st)
    assert "Hội Cựu chiến binh cơ quan Sở Y tế tỉnh Ninh Thuận" in got
    assert "Hội Cựu chiến binh tỉnh Ninh Thuận" not in got
    # (negative: the office word after another body, "các cơ quan", makes no chapter)
    st = state_of(tmp_path, "Tin\n\nNgày 7/3, Hội Cựu chiến binh tỉnh Ninh Thuận và các cơ quan Sở Y tế tỉnh Ninh Thuận dự.\n")
    assert "Hội Cựu chiến binh tỉnh Ninh Thuận" in bodies(st)
    assert not any("cơ quan" in b for b in bodies(st))


# --- "VN" for "Việt Nam" in a body's name

def test_the_front_written_with_vn_takes_its_place(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác của UB.MTTQ VN tỉnh Sóc Trăng làm việc với UB.MTTQ VN thành phố "
                            "Cần Thơ về công tác giám sát.\n")
    got = bodies(st)
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"} <= got


def test_a_lao_provinces_administrative_committee_is_named_whole(tmp_path):
    # (the foreign organ "Chính quyền" is not read inside the longer name)
    st = state_of(tmp_path, "Tin\n\nNgày 5/6, đoàn đại biểu tỉnh Sê Kông (Lào) do ông Bun Thong, Bí thư Tỉnh ủy, Chủ tịch "
                            "Ủy ban Chính quyền tỉnh Sê Kông dẫn đầu đến thăm tỉnh Kon Tum.\n")
    assert ("Bun Thong", "Chủ tịch", "Ủy ban Chính quyền tỉnh Sê Kông") in posts(st)
    assert "Chính quyền tỉnh Sê Kông" not in bodies(st)

"""The bodies stage, round 10: a foreign state's government written on its own, lists of
departments under one head, institutions named by their head noun. Every sentence here is written
for the test: invented people, schools and companies; real provinces and standard body names."""
from __future__ import annotations

from test_stage_bodies_vocab import _facts, bodies_of, posts_of


def test_a_foreign_government_written_on_its_own_is_mentioned():
    # our central organ with a country right after it is that country's, named with the short name
    text = ("Ông Trần Minh Khoa đề nghị bà Smith vận động Chính phủ Úc hỗ trợ tỉnh Ninh Thuận về giáo dục; "
            "tỉnh cũng nhận viện trợ của Chính phủ Hàn Quốc.")
    b = bodies_of(text)
    assert {"Chính phủ Úc", "Chính phủ Hàn Quốc"} <= b
    assert "Chính phủ" not in b


def test_a_neighbour_s_assembly_takes_the_country_s_short_name():
    text = "Quốc hội nước CHDCND Lào đã thông qua luật mới, ông Lê Văn Hòa, Chủ tịch UBND tỉnh Quảng Trị cho biết."
    b = bodies_of(text)
    assert "Quốc hội Lào" in b and "Quốc hội" not in b


def test_our_own_government_and_a_province_after_it_stay_ours():
    # "Chính phủ Việt Nam" is our Government; "Lào Cai" is a province, no country
    b = bodies_of("Chính phủ Việt Nam và Chính phủ Nhật Bản ký hiệp định viện trợ cho tỉnh Lào Cai.")
    assert {"Chính phủ", "Chính phủ Nhật Bản"} <= b
    assert "Chính phủ Việt Nam" not in b
    b = bodies_of("Thủ tướng Chính phủ giao UBND tỉnh Lào Cai; Chính phủ Lào Cai là tên sai.")
    assert not any(n.startswith("Chính phủ L") for n in b)


def test_departments_listed_after_sectors_and_a_colon_with_semicolons():
    # "các Sở, ngành, đơn vị:" then the departments' own names, one a semicolon from the next
    text = ("Hội nghị do Phó Chủ tịch UBND tỉnh Phú Yên Lê Văn Hào chủ trì; dự có đại diện các Sở, ngành, "
            "đơn vị: Tài chính; Nội vụ; Khoa học và Công nghệ; Văn hóa, Thể thao và Du lịch; Hội Nông dân tỉnh.")
    b = bodies_of(text)
    assert {"Sở Khoa học và Công nghệ tỉnh Phú Yên", "Sở Tài chính tỉnh Phú Yên", "Sở Nội vụ tỉnh Phú Yên",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên"} <= b


def test_departments_written_after_one_department_share_its_head():
    text = ("Tham dự có ông Lê Văn Hào, Phó Chủ tịch UBND tỉnh Yên Bái; đại diện các sở, ngành: Sở Giáo dục và Đào "
            "tạo, Văn hoá, Thể thao và Du lịch, Lao động - Thương binh và Xã hội; sở Nội vụ; Hội Nông dân tỉnh.")
    b = bodies_of(text)
    assert {"Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái", "Sở Giáo dục và Đào tạo tỉnh Yên Bái",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái", "Sở Nội vụ tỉnh Yên Bái"} <= b
    # abbreviated names share the head too
    b = bodies_of("Chiều 3/5/2024, UBND tỉnh Yên Bái họp với Sở GD&ĐT, KH&CN và Y tế về đề án.")
    assert {"Sở Giáo dục và Đào tạo tỉnh Yên Bái", "Sở Khoa học và Công nghệ tỉnh Yên Bái",
            "Sở Y tế tỉnh Yên Bái"} <= b


def test_a_shared_head_takes_no_name_of_a_local_body_nor_a_list_without_a_colon():
    # "Công an tỉnh" after a ministry is the provincial police, no "Bộ Công an"; "các Sở, ngành"
    # with no colon lists no department; a word after the sectors that is no department's name
    b = bodies_of("Sáng 3/5/2024, đoàn của Bộ Y tế, Công an tỉnh Hà Giang kiểm tra bệnh viện.")
    assert "Bộ Công an" not in b and "Bộ Y tế" in b
    b = bodies_of("Chiều 3/5/2024, UBND tỉnh Hà Giang giao các Sở, ngành Tài chính, Nội vụ rà soát.")
    assert not any(n.startswith("Sở ") for n in b)
    b = bodies_of("Chiều 3/5/2024, UBND tỉnh Hà Giang giao các Sở, ngành, đơn vị: Công an tỉnh, Nội vụ rà soát.")
    assert not any(n.startswith("Sở ") for n in b)


def test_bodies_of_two_unit_words_of_one_rank_are_every_unit_s():
    # "huyện, thành phố" and "xã, thị trấn" with no name: every district's and commune's, no one body,
    # nor the bodies listed before them
    text = ("Chiều 9/4/2024, Đoàn ĐBQH tỉnh Gia Lai gặp gỡ cử tri; tham dự có lãnh đạo Thường trực HĐND - UBND - "
            "BTT UBMTTQVN huyện, thành phố cùng các phòng, ban; Đảng ủy, Thường trực HĐND - UBND xã, thị trấn.")
    b = bodies_of(text)
    assert not any(n.endswith((" huyện", " thành phố", " xã")) for n in b)
    assert "Đoàn đại biểu Quốc hội tỉnh Gia Lai" in b


def test_a_named_second_unit_or_one_unit_word_stays_a_body():
    # the second unit named: a list of two units; one bare unit word: the story's own
    b = bodies_of("Sáng 3/5/2024, UBND huyện Chư Sê, tỉnh Gia Lai họp với UBND huyện, thị xã An Khê về đề án.")
    assert "Ủy ban nhân dân huyện Chư Sê" in b
    b = bodies_of("Sáng 3/5/2024, UBND huyện Chư Sê, tỉnh Gia Lai tổ chức hội nghị; dự có Thường trực HĐND huyện, "
                  "lãnh đạo các xã.")
    assert "Thường trực Hội đồng nhân dân huyện Chư Sê" in b


def test_a_party_board_listed_before_a_placed_body_is_its_level_s_committee_s():
    # "Ban Dân vận, Hội LHPN, ..., Đoàn TNCS Hồ Chí Minh huyện X": the last body writes the level
    text = ("Chiều 20/11, Ban Dân vận, Hội Nông dân, Hội LHPN, Đoàn TNCS Hồ Chí Minh huyện Hoài Ân phối hợp tổ chức "
            "Hội nghị sơ kết mô hình dân vận khéo.")
    assert {"Ban Dân vận Huyện ủy Hoài Ân", "Hội Nông dân huyện Hoài Ân"} <= bodies_of(text)
    # a board no party committee has ("Ban Thường trực") is the union's, as before
    b = bodies_of("Sáng 13/12, Ban Thường trực, Hội Nông dân xã Tân An tổ chức hội nghị.")
    assert not any("Đảng ủy" in n for n in b)


def test_the_council_of_a_foreign_province_is_a_body_and_holds_its_chairman_s_post():
    text = ("Ngày 2/2/2024, ông Sok Chan, Chủ tịch Hội đồng tỉnh Takeo (Vương quốc Campuchia) đến thăm, chúc Tết "
            "tỉnh An Giang; Phó Chủ tịch UBND tỉnh An Giang tiếp Đoàn Nghị sĩ Hội đồng tỉnh Chiba (Nhật Bản).")
    f = _facts(text)
    b = {x.name for x in f.bodies}
    assert {"Hội đồng tỉnh Takeo", "Hội đồng tỉnh Chiba"} <= b
    assert ("Sok Chan", "Chủ tịch", "Hội đồng tỉnh Takeo") in {(p.official, p.role, p.body.name)
                                                                for p in f.posts if p.body is not None}


def test_a_council_of_our_own_province_is_no_foreign_council():
    # our provinces have a People's Council: "Hội đồng tỉnh" of one of ours names no body here
    b = bodies_of("Ngày 2/2/2024, ông Lê Văn Hào, Chủ tịch Hội đồng tỉnh Long An, thăm xã Tân An.")
    assert "Hội đồng tỉnh Long An" not in b


_SIGNED = ("Đô Lương: kiểm tra khi có dấu hiệu vi phạm\n\nSáng 3/5/2024, các tổ chức đảng ở huyện Đô Lương (tỉnh Nghệ An) "
           "kiểm tra 12 đảng viên.\n\nPhần lớn đảng viên được kiểm tra đã khắc phục thiếu sót.\n\n"
           "                         Lê Văn Hào\n\n                         {}\n")


def test_the_writer_s_unit_in_brackets_under_the_byline_is_mentioned():
    import kg
    f = kg.extract_text(_SIGNED.format("(UBKT Huyện ủy Đô Lương)"), source="t.txt")
    assert {"Ủy ban Kiểm tra Huyện ủy Đô Lương", "Huyện ủy Đô Lương"} <= {b.name for b in f.bodies}
    # a bracketed photo credit there names no body
    f = kg.extract_text(_SIGNED.format("(Ảnh: Minh Tâm)"), source="t.txt")
    assert not f.bodies


def test_a_school_s_party_cell_is_named_by_the_school():
    text = ("Ngày 13/8/2024, Chi bộ trường Mầm non Họa Mi tổ chức lễ kết nạp đảng viên; bà Lê Thị Mai - Bí thư "
            "Chi bộ trường Mầm non Họa Mi đọc quyết định. Ban Thường vụ Đảng ủy phường Tân An kiểm tra chi bộ "
            "Trường THCS Sao Mai.")
    b = bodies_of(text)
    assert {"Chi bộ Trường Mầm non Họa Mi", "Chi bộ Trường Trung học cơ sở Sao Mai"} <= b
    assert ("Lê Thị Mai", "Bí thư", "Chi bộ Trường Mầm non Họa Mi") in posts_of(text)


def test_a_cell_of_a_school_with_no_kind_or_no_name_is_none():
    b = bodies_of("Ngày 13/8/2024, Chi bộ trường học xã Tân An họp; Chi bộ trường tổ chức lễ kết nạp.")
    assert not any(n.startswith("Chi bộ") for n in b)


def test_a_ward_named_after_a_former_district_places_a_2025_story():
    # after 1 July 2025 a ward bearing the name of a city merged into a new province places the story
    text = ("Kỳ họp thứ hai của HĐND phường\n\nSáng 7/8/2025, HĐND phường Bắc Giang tổ chức kỳ họp. Ông Lê Văn "
            "Hào, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường Bắc Giang chủ trì. HĐND phường Bắc Giang "
            "thông qua nghị quyết; Đảng ủy phường Bắc Giang chỉ đạo.")
    b = {x.name for x in kg_extract(text, "2025-08-07").bodies}
    assert "Ban Thường vụ Tỉnh ủy Bắc Ninh" in b


def test_wards_pointing_to_two_provinces_or_a_2024_story_place_nothing():
    text = ("Sáng 7/8/2025, Đảng ủy phường Bắc Giang và Đảng ủy phường Phan Thiết ký kết; Ủy viên Ban Thường vụ "
            "Tỉnh ủy Lê Văn Hào dự.")
    assert "Ban Thường vụ Tỉnh ủy" in {x.name for x in kg_extract(text, "2025-08-07").bodies}
    text = "Sáng 7/8/2024, Đảng ủy xã Kim Thành họp; Ủy viên Ban Thường vụ Tỉnh ủy Lê Văn Hào dự."
    assert "Ban Thường vụ Tỉnh ủy" in {x.name for x in kg_extract(text, "2024-08-07").bodies}


def kg_extract(text: str, published: str):
    import kg
    return kg.extract_text(text, source="t.txt", published=published)


def test_the_story_s_own_newspaper_named_in_its_words_places_a_bare_province():
    import kg

    def bodies(t):
        return {b.name for b in kg.extract_text("Tin\n\n" + t + "\n", source="t.txt").bodies}
    assert "Hội Liên hiệp Phụ nữ tỉnh Hà Nam" in bodies(
        "Dịp này, phóng viên Báo Hà Nam đã trò chuyện với bà Lê Thị Mai, Chủ tịch Hội LHPN tỉnh, về phong trào.")
    # two provinces' newspapers, or none named: the body stays bare
    assert "Hội Liên hiệp Phụ nữ tỉnh" in bodies(
        "Phóng viên Báo Hà Nam và Báo Nam Định trò chuyện với bà Lê Thị Mai, Chủ tịch Hội LHPN tỉnh.")
    assert "Hội Liên hiệp Phụ nữ tỉnh" in bodies("Phóng viên báo chí phỏng vấn bà Lê Thị Mai, Chủ tịch Hội LHPN tỉnh.")


def test_initials_glued_into_a_document_s_number_are_no_bodies():
    # "37/TB-MTTQ-BTT": the issuing office's code; the bodies written after it are no list with it
    b = bodies_of("Theo Thông báo số 37/TB-MTTQ-BTT, đại biểu HĐND tỉnh Bình Định gặp gỡ cử tri xã Tân An.")
    assert b == {"Hội đồng nhân dân tỉnh Bình Định"}
    # the issuer written out after the number is mentioned, as before
    b = bodies_of("Thực hiện Kế hoạch số 12-KH/HU của Huyện ủy Phú Tân, tỉnh An Giang, các xã tổ chức hội nghị.")
    assert "Huyện ủy Phú Tân" in b


def test_a_member_s_cell_after_his_name_and_a_word_of_belonging_is_not_listed():
    text = ("Đợt này Đảng bộ xã Tân Lập có 4 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, trong đó có đồng chí Lê Thị "
            "Mai (sinh năm 1941) ở Chi bộ xóm Đồng; đồng chí Lê Văn Hào ở Chi bộ xóm Chùa.")
    assert not any(n.startswith("Chi bộ") for n in bodies_of(text))
    # where a ceremony is held, or who holds it, is named so too: listed
    assert "Chi bộ xóm Đồng" in bodies_of("Ngày 3/2/2024, lễ kết nạp quần chúng Lê Văn Hào vào Đảng được tổ chức ở "
                                          "Chi bộ xóm Đồng, xã Tân Lập.")


def test_bodies_listed_after_a_bare_commune_party_committee_are_the_story_s_commune_s():
    # a district's body named earlier in the sentence does not give them its level
    text = ("Chiều 12/6/2024, xã Yên Lâm, huyện Yên Mô gặp mặt người có uy tín. Tham dự có đồng chí Lê Văn Hào - "
            "Phó Trưởng Công an huyện Yên Mô, các đồng chí Ban Thường vụ Đảng ủy, lãnh đạo UBND, thường trực HĐND, "
            "UB.MTTQ, người đứng đầu các đoàn thể xã Yên Lâm.")
    b = bodies_of(text)
    assert {"Thường trực Hội đồng nhân dân xã Yên Lâm", "Ủy ban nhân dân xã Yên Lâm",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Yên Lâm"} <= b
    assert "Ủy ban nhân dân huyện Yên Mô" not in b


def test_bodies_after_two_communes_committees_keep_the_list_s_own_level():
    # two communes named: which is the story's is not said; the list's closing level word decides
    b = bodies_of("Ngày 5/3/2024, UBND huyện Yên Mô họp; dự có Đảng ủy xã Tân An và xã Tân Bình, HĐND, UBND huyện.")
    assert "Ủy ban nhân dân huyện Yên Mô" in b


def test_titles_listed_with_no_holder_share_the_unit_word_closing_the_list():
    text = ("Sáng 3/4/2024, Quận ủy Hoàng Mai tổ chức hội nghị. Tham dự có đồng chí Bí thư Đoàn Thanh niên, "
            "Chủ tịch Hội Cựu chiến binh và Chủ tịch LĐLĐ Quận.")
    assert {"Hội Cựu chiến binh quận Hoàng Mai", "Liên đoàn Lao động quận Hoàng Mai"} <= bodies_of(text)


def test_titles_listed_after_a_person_s_name_keep_their_own_levels():
    # one man's titles may be of two levels: the unit word after the last is the last's alone
    text = ("Sáng 3/4/2024, Huyện ủy Phú Tân, tỉnh An Giang họp. Dự có ông Lê Văn Hào, Chủ tịch Hội Nông dân, "
            "Chủ tịch Hội Cựu chiến binh huyện Phú Tân.")
    assert ("Lê Văn Hào", "Chủ tịch", "Hội Nông dân huyện Phú Tân") not in posts_of(text)


def test_the_central_blocs_party_committees_with_the_central_word_abbreviated():
    text = ("Ngày 28/7/2024, dự lễ có đồng chí Lê Văn Hào, Phó Bí thư Đảng ủy Khối các Cơ quan TW và đồng chí Lê "
            "Văn Tư, Phó Bí thư Đảng ủy Khối Doanh nghiệp TƯ.")
    assert {"Đảng ủy Khối các Cơ quan Trung ương", "Đảng ủy Khối Doanh nghiệp Trung ương"} <= bodies_of(text)


def test_a_union_s_committee_packed_in_a_title_no_one_holds_is_still_written():
    # "trên 100 đ/c là UV.BCH Công đoàn X huyện": the letters of the title write the committee whole,
    # as "Ủy viên BCH Công đoàn X huyện" does (mended after b2166df's 'UV.BCH' title)
    text = ("Hội nghị của Hội Nông dân xã Tân An khai mạc ngày 15/9/2015; dự có trên 40 đồng chí là UV.BCH "
            "Hội Nông dân xã, chi hội trưởng các ấp.")
    assert "Ban Chấp hành Hội Nông dân xã Tân An" in bodies_of(text)
    written_out = text.replace("UV.BCH", "Ủy viên BCH")
    assert "Ban Chấp hành Hội Nông dân xã Tân An" in bodies_of(written_out)


def test_a_packed_committee_of_a_party_organisation_or_of_no_union_is_no_new_body():
    # (negative: a party organisation's committee is the committee itself; the letters alone name none)
    b = bodies_of("Hội nghị của Đảng ủy xã Tân An khai mạc ngày 15/9/2015; dự có các đồng chí UV.BCH Đảng bộ xã.")
    assert b == {"Đảng ủy xã Tân An"}
    b = bodies_of("Hội nghị của Hội Nông dân xã Tân An khai mạc ngày 15/9/2015; dự có các đồng chí UV.BCH và hội viên.")
    assert b == {"Hội Nông dân xã Tân An"}

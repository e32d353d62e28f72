"""The foreign side of an exchange, round 11: the neighbours' and partners' units by country, their
governors' ranks, their parties' organs (sentences written for the tests; invented names)."""
from __future__ import annotations

from kg.extract.places.foreign import unit_country
from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def bodies(st) -> set[str]:
    return {b.name for b in st.facts.bodies}


def test_the_units_of_each_country_in_the_spellings_of_the_press():
    assert unit_country("Xay-nha-bu-ly") == unit_country("Sainyabuli") == "Lào"
    assert unit_country("Mun-đun-ki-ri") == unit_country("Preah Vihear") == "Campuchia"
    assert unit_country("Tứ Xuyên") == "Trung Quốc"
    assert unit_country("Gyeongsangnam-do") == "Hàn Quốc"
    assert unit_country("Shizuoka") == "Nhật Bản"
    # (negative: a Vietnamese unit, a namesake of one of China's, a common given name)
    assert unit_country("Quảng Nam") is None and unit_country("Hà Nam") is None and unit_country("Hải Nam") is None


def test_a_partners_governor_heads_the_government_of_his_prefecture(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 6/3/2023, đoàn do Phó Thống đốc tỉnh Gifu (Nhật Bản) Tanaka Hiroshi dẫn đầu "
                            "đã đến làm việc với tỉnh Bình Định.\n")
    assert ("Tanaka Hiroshi", "Phó Thống đốc", "Chính quyền tỉnh Gifu") in posts(st)


def test_a_governor_of_a_prefecture_the_country_does_not_follow(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn do ông Sato Kenji – Thống đốc tỉnh Shizuoka làm trưởng đoàn đã thăm tỉnh Hà Nam.\n")
    assert ("Sato Kenji", "Thống đốc", "Chính quyền tỉnh Shizuoka") in posts(st)


def test_the_governor_of_our_central_bank_is_no_foreign_government(tmp_path):
    # (negative: "Thống đốc" with a body of ours written after it)
    st = state_of(tmp_path, "Tin\n\nSáng 6/3/2023, ông Lê Minh An, Thống đốc Ngân hàng Nhà nước làm việc với tỉnh Hà Nam.\n")
    assert not any(body.startswith("Chính quyền") for _, _, body in posts(st))


def test_a_bare_governor_heads_the_foreign_unit_named_after_him(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác tỉnh Hậu Giang đã đến thăm tỉnh Kampot (Campuchia). Tại buổi tiếp, "
                            "ông Sok Chenda, Tỉnh trưởng, thay mặt nhân dân tỉnh Kampot cảm ơn đoàn.\n")
    assert ("Sok Chenda", "Tỉnh trưởng", "Chính quyền tỉnh Kampot") in posts(st)
    assert not any(body.endswith("Hậu Giang") for name, _, body in posts(st) if name == "Sok Chenda")


def test_a_bare_governor_before_a_body_of_his_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng dự có ông Khăm Phon Xổm, Phó Tỉnh trưởng, và lãnh đạo Sở Ngoại vụ tỉnh "
                            "Bò Kẹo (Lào).\n")
    assert ("Khăm Phon Xổm", "Phó Tỉnh trưởng", "Chính quyền tỉnh Bò Kẹo") in posts(st)


def test_a_bare_governor_of_no_foreign_unit_holds_no_post(tmp_path):
    # (negative: the sentence names only a Vietnamese province: no government to head)
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Ba, Phó Chủ tịch UBND tỉnh Hậu Giang tiếp ngài Sok Chenda, Tỉnh trưởng.\n")
    assert not any(role == "Tỉnh trưởng" for _, role, _ in posts(st))


def test_a_high_delegation_of_a_country_holds_that_countrys_party_organs(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 4/8/2021, đoàn công tác của Quốc hội nước CHDCND Lào do bà Xổm Xay Vông, Ủy "
                            "viên Bộ Chính trị, Thường trực Ban Bí thư dẫn đầu sang làm việc tại tỉnh Kon Tum.\n")
    got = posts(st)
    assert ("Xổm Xay Vông", "Ủy viên", "Bộ Chính trị Đảng Nhân dân Cách mạng Lào") in got
    assert ("Xổm Xay Vông", "Thường trực", "Ban Bí thư Đảng Nhân dân Cách mạng Lào") in got
    assert ("Xổm Xay Vông", "Ủy viên", "Bộ Chính trị") not in got


def test_our_delegation_keeps_our_party_organs(tmp_path):
    # (negative: a delegation of ours that visits the neighbour)
    st = state_of(tmp_path, "Tin\n\nNgày 4/8/2021, Đoàn đại biểu cấp cao Việt Nam do đồng chí Đinh Khắc Toàn, Ủy viên Bộ Chính "
                            "trị, Thường trực Ban Bí thư làm Trưởng đoàn đã thăm tỉnh Xê Kông (Lào).\n")
    got = posts(st)
    assert ("Đinh Khắc Toàn", "Ủy viên", "Bộ Chính trị") in got
    assert not any("Cách mạng Lào" in body for _, _, body in got)


def test_a_member_of_the_cambodian_partys_central_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ có ngài Hem Sary, Ủy viên Trung ương Đảng Nhân dân Campuchia, Tỉnh trưởng tỉnh "
                            "Takeo.\n")
    assert ("Hem Sary", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia") in posts(st)
    assert "Đảng Nhân dân Campuchia" in bodies(st)


def test_a_foreign_name_is_read_before_a_foreign_title_only(tmp_path):
    # (positive: a governor's title after the run; negative: a title of ours after it)
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Bò Kẹo (Lào) thăm tỉnh Hà Nam. Dự tiếp: Xổm Phăn Khăm - Phó Tỉnh trưởng tỉnh "
                            "Bò Kẹo.\n")
    assert ("Xổm Phăn Khăm", "Phó Tỉnh trưởng", "Chính quyền tỉnh Bò Kẹo") in posts(st)
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Bò Kẹo (Lào) thăm tỉnh Hà Nam. Dự tiếp: Xổm Phăn Khăm - Phó Chủ tịch UBND "
                            "tỉnh Hà Nam.\n")
    assert not any(name == "Xổm Phăn Khăm" for name, _, _ in posts(st))


def test_a_foreign_officials_chain_closed_by_his_province(tmp_path):
    # every bare title of the chain is of the foreign province that closes it, the council too
    st = state_of(tmp_path, "Tin\n\nBí thư Tỉnh ủy An Giang Lê Văn Ba tiếp đoàn. Ông Chea Sophal – Phó Chủ tịch Hội đồng "
                            "tỉnh, Phó Chủ tịch Đảng bộ tỉnh Kampot cảm ơn sự đón tiếp.\n")
    got = posts(st)
    assert ("Chea Sophal", "Phó Chủ tịch", "Đảng bộ tỉnh Kampot") in got
    assert ("Chea Sophal", "Phó Chủ tịch", "Hội đồng tỉnh Kampot") in got
    assert not any(name == "Chea Sophal" and body.endswith("An Giang") for name, _, body in got)


def test_a_council_in_a_chain_of_ours_is_no_foreign_council(tmp_path):
    # (negative: no foreign unit closes the chain: no council is read)
    st = state_of(tmp_path, "Tin\n\nDự lễ có ông Lê Văn Ba, Chủ tịch Hội đồng tỉnh, Phó Chủ tịch UBND tỉnh An Giang.\n")
    assert not any(body.startswith("Hội đồng tỉnh") for _, _, body in posts(st))


def test_the_lao_veterans_association_and_its_provinces(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHiệp hội CCB tỉnh Xiêng Khoảng kỷ niệm 15 năm ngày thành lập. Dự lễ có ông Bun Mi, "
                            "Chủ tịch Hiệp hội CCB quốc gia Lào.\n")
    assert {"Hiệp hội Cựu chiến binh tỉnh Xiêng Khoảng", "Hiệp hội Cựu chiến binh Quốc gia Lào"} <= bodies(st)
    assert ("Bun Mi", "Chủ tịch", "Hiệp hội Cựu chiến binh Quốc gia Lào") in posts(st)


def test_a_county_marked_through_a_prefecture_written_like_a_name(tmp_path):
    # "Châu X" (a Chinese prefecture, read as a person) between the county and its province
    st = state_of(tmp_path, "Tin\n\nLãnh đạo huyện Tây Lâm, Châu Kim Bình, tỉnh Quý Châu (Trung Quốc) sang thăm "
                            "huyện Bát Xát.\n", upto="places")
    assert st.places.is_foreign("Tây Lâm")


def test_a_foreign_officials_bare_body_is_of_the_foreign_province_named_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn Hội Nông dân tỉnh Cà Mau thăm tỉnh Takeo (Campuchia); dự tiếp có ông Sok Vireak, "
                            "Phó Giám đốc Công an tỉnh, và ông Lê Văn Năm, Phó Chủ tịch Hội Nông dân tỉnh Cà Mau.\n")
    assert ("Sok Vireak", "Phó Giám đốc", "Công an tỉnh Takeo") in posts(st)


def test_bare_bodies_of_ours_stay_ours_beside_a_foreign_province(tmp_path):
    # (negatives: a name of ours; a body the neighbours do not have; a unit of ours named nearer)
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Takeo (Campuchia) thăm tỉnh Cà Mau; tiếp đoàn có ông Lê Văn Năm, Giám đốc "
                            "Công an tỉnh, ông Sok Vireak, Phó Chủ tịch UBND tỉnh.\n")
    got = posts(st)
    assert ("Lê Văn Năm", "Giám đốc Công an", "Công an tỉnh Cà Mau") in got
    assert not any(body.endswith("Takeo") for _, _, body in got)
    st = state_of(tmp_path, "Tin\n\nĐoàn tỉnh Takeo (Campuchia) thăm tỉnh Cà Mau; ông Chea Rith, Giám đốc Công an tỉnh "
                            "dự buổi tiếp.\n")
    assert not any(body.endswith("Takeo") for _, _, body in posts(st))


def test_a_foreign_ministry_the_lexicon_lacks_is_named_as_written(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 5/6/2022, ông Lê Văn Năm tiếp bà Chan Dara, Thứ trưởng Bộ Phát triển Nông thôn "
                            "Campuchia.\n")
    assert ("Chan Dara", "Thứ trưởng", "Bộ Phát triển Nông thôn Campuchia") in posts(st)


def test_a_neighbours_government_written_with_its_style(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Anan Chaiyo, Thủ tướng Chính phủ Hoàng gia Thái Lan, phát biểu tại lễ đón.\n")
    assert ("Anan Chaiyo", "Thủ tướng", "Chính phủ Hoàng gia Thái Lan") in posts(st)


def test_a_ministry_of_ours_is_no_foreign_agency(tmp_path):
    # (negatives: our country closes the name; no country closes it)
    st = state_of(tmp_path, "Tin\n\nDự lễ có ông Lê Văn Năm, Thứ trưởng Bộ Ngoại giao Việt Nam và ông Trần Văn Sáu, "
                            "Thứ trưởng Bộ Giáo dục và Đào tạo.\n")
    got = posts(st)
    assert not any(body.endswith("Việt Nam") and body.startswith("Bộ Ngoại giao ") for _, _, body in got)
    assert ("Trần Văn Sáu", "Thứ trưởng", "Bộ Giáo dục và Đào tạo") in got


def test_a_governor_written_with_his_provinces_name_and_no_unit_word(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/3/2023, ông Lê Văn Ba tiếp ông Vông Phết Xay, Phó Tỉnh trưởng Bò Kẹo.\n")
    assert ("Vông Phết Xay", "Phó Tỉnh trưởng", "Chính quyền tỉnh Bò Kẹo") in posts(st)


def test_a_ministry_of_ours_written_with_a_foreign_country_is_that_states(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/3/2023, ông Khăm Xay Vông, Thứ trưởng Bộ Quốc phòng Lào thăm tỉnh Nghệ An.\n")
    got = posts(st)
    assert ("Khăm Xay Vông", "Thứ trưởng", "Bộ Quốc phòng Lào") in got
    assert "Bộ Quốc phòng" not in bodies(st)


def test_a_neighbours_peoples_government_named_as_written(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/3/2023, ông Lưu Hải Đông, Phó Chủ tịch Chính phủ nhân dân huyện Kim Bình, tỉnh "
                            "Quý Châu (Trung Quốc) thăm huyện Bát Xát.\n")
    assert ("Lưu Hải Đông", "Phó Chủ tịch", "Chính phủ nhân dân huyện Kim Bình") in posts(st)


def test_a_peoples_government_of_no_foreign_unit_is_none(tmp_path):
    # (negative: the words before a unit of ours name no foreign government)
    st = state_of(tmp_path, "Tin\n\nSáng 3/3/2023, lãnh đạo chính quyền nhân dân huyện Bát Xát tiếp đoàn.\n")
    assert not any(b.startswith(("Chính quyền nhân dân", "Chính phủ nhân dân")) for b in bodies(st))


def test_a_foreign_officials_membership_of_his_provinces_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu tỉnh Bò Kẹo (Lào) do ông Vông Phết Xay, Tỉnh ủy viên, Phó Tỉnh trưởng "
                            "tỉnh Bò Kẹo dẫn đầu đã thăm tỉnh Điện Biên.\n")
    got = posts(st)
    assert ("Vông Phết Xay", "Ủy viên", "Tỉnh ủy Bò Kẹo") in got
    assert not any(body == "Tỉnh ủy Điện Biên" for _, _, body in got)


def test_a_foreign_district_officials_provincial_membership_stays_unread(tmp_path):
    # (negative: the chain's unit is a district, the committee a province's: no post, never ours)
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu huyện Mường Xay, tỉnh Bò Kẹo (Lào) do ông Vông Phết Xay, Tỉnh ủy viên, "
                            "Bí thư Huyện ủy dẫn đầu đã thăm huyện Điện Biên Đông.\n")
    assert not any(role == "Ủy viên" and body.startswith("Tỉnh ủy") for _, role, body in posts(st))


def test_a_leader_of_ours_visiting_a_neighbour_is_no_foreign_agency(tmp_path):
    # (negative: a name, a verb and the country after an organ's title: the visit, not the organ's name)
    st = state_of(tmp_path, "Tin\n\nChủ tịch Quốc hội Trần Văn Lộc thăm Lào từ ngày 3 đến 6/5/2023.\n")
    assert ("Trần Văn Lộc", "Chủ tịch", "Quốc hội") in posts(st)
    assert not any(body.endswith("Lào") for _, _, body in posts(st))


def test_an_unknown_ministry_before_a_verb_and_a_country_is_no_foreign_agency(tmp_path):
    # (negative: "thăm" ends the name; the country after it is where he goes)
    st = state_of(tmp_path, "Tin\n\nÔng Trần Văn Lộc, Bộ trưởng Bộ Hợp tác Phát triển thăm Lào từ ngày 3/5/2023.\n")
    assert not any(body.endswith("Lào") for _, _, body in posts(st))

"""Posts, round 12: general constructions of the genre — sentences written for the construction,
invented names and places, not copied from any page."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- cadre decisions told as the news (roles.yaml posts transfer_announced, joining, appointing) ---

def test_a_decision_the_standing_board_issued_keeps_the_titles_and_gives_the_new_one(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 8/11, Ban Thường vụ Tỉnh ủy Sơn La có Quyết định điều động bà Cầm Thị Lan, "
                            "Tỉnh ủy viên, Chủ tịch UBND huyện Mai Sơn đến nhận công tác tại Ban Tuyên giáo Tỉnh ủy và "
                            "giữ chức Trưởng Ban Tuyên giáo Tỉnh ủy.\n")
    got = posts(st)
    assert ("Cầm Thị Lan", "Chủ tịch", "Ủy ban nhân dân huyện Mai Sơn") in got
    assert ("Cầm Thị Lan", "Ủy viên", "Tỉnh ủy Sơn La") in got
    assert ("Cầm Thị Lan", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Sơn La") in got


def test_a_decision_recalled_in_a_bracket_still_leaves_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Vi Văn Thắm được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. (Ban Thường vụ "
                            "Tỉnh ủy đã có Quyết định điều động ông Vi Văn Thắm, Phó Chủ tịch HĐND huyện Mai Sơn đến "
                            "nhận công tác tại Hội Nông dân tỉnh).\n")
    assert not any(body.startswith("Hội đồng nhân dân") for _, _, body in posts(st))


def test_a_transfer_that_gives_no_title_after_the_new_place_gives_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Thường vụ Tỉnh ủy đã có Quyết định điều động ông Lương Văn Khởi, Bí thư Huyện "
                            "ủy Lục Yên đến nhận công tác tại Ban Dân vận Tỉnh ủy.\n")
    got = posts(st)
    assert ("Lương Văn Khởi", "Bí thư", "Huyện ủy Lục Yên") in got
    assert not any(role == "Trưởng ban" for _, role, _ in got)


def test_approving_a_title_written_as_chuc_danh_before_doi_voi(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 8/10, Ban Thường vụ Tỉnh ủy Sơn La công bố quyết định của Ban Bí thư chuẩn y "
                            "chức danh Phó Bí thư Tỉnh ủy Sơn La đối với đồng chí Cầm Thị Lan.\n")
    assert ("Cầm Thị Lan", "Phó Bí thư", "Tỉnh ủy Sơn La") in posts(st)
    # proposed only: no post
    st = state_of(tmp_path, "Tin\n\nHội nghị đề nghị bổ nhiệm chức danh Phó Giám đốc Sở Y tế tỉnh Yên Bái đối với "
                            "ông Lương Văn Khởi.\n")
    assert not any(name == "Lương Văn Khởi" for name, _, _ in posts(st))


# --- foreign officials: the name after a foreign side's title, heads of government, attachés ---

_KAMPOT = "Sáng 5/9, đoàn đại biểu tỉnh Kampot (Campuchia) thăm tỉnh Đồng Tháp. "


def test_a_name_with_no_family_name_of_ours_after_a_governor_s_rank_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\n" + _KAMPOT + "Tỉnh trưởng Sok Chenda giới thiệu tiềm năng du lịch của tỉnh.\n")
    assert "Sok Chenda" in officials(st)


def test_no_name_is_made_of_title_cased_verbs_or_after_a_title_of_ours(tmp_path):
    st = state_of(tmp_path, "Tin\n\n" + _KAMPOT + "Tỉnh trưởng Khẳng Định quyết tâm hợp tác.\n")
    assert not officials(st)
    # our own title, a capitalised run with no family name of ours after it: no name read
    st = state_of(tmp_path, "Tin\n\n" + _KAMPOT + "Chủ tịch UBND tỉnh Đồng Tháp Sok Chenda phát biểu.\n")
    assert "Sok Chenda" not in officials(st)


def test_a_head_of_government_written_with_chinh_phu_and_the_country_heads_that_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 5/9, Phó Thủ tướng Chính phủ nước CHDCND Lào Khăm Phon Xay Nha hội đàm với Phó "
                            "Thủ tướng Trịnh Văn Khải.\n")
    got = posts(st)
    assert ("Khăm Phon Xay Nha", "Phó Thủ tướng", "Chính phủ Lào") in got
    assert ("Trịnh Văn Khải", "Phó Thủ tướng", "Chính phủ") in got
    st = state_of(tmp_path, "Tin\n\nThủ tướng Chính phủ Lào cho biết hai nước sẽ tăng cường hợp tác.\n")
    assert not posts(st) and not officials(st)


def test_a_partner_s_ward_head_heads_its_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 12/9, Hội Nông dân tỉnh Bắc Ninh đón đoàn quận Haeundae (Hàn Quốc) do Quận "
                            "trưởng Choi Min Su dẫn đầu.\n")
    assert ("Choi Min Su", "Quận trưởng", "Chính quyền quận Haeundae") in posts(st)


def test_an_attache_holds_his_rank_in_the_mission(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Tỉnh đoàn tiếp ông Lee Sang Woo - Tùy viên văn hóa, Đại sứ quán Hàn Quốc "
                            "tại Hà Nội.\n")
    assert ("Lee Sang Woo", "Tùy viên văn hóa", "Đại sứ quán Hàn Quốc tại Hà Nội") in posts(st)


def test_the_name_after_a_title_of_a_body_that_names_a_neighbour_is_read(tmp_path):
    # no foreign unit in the story: the country in the body's own name says whose the title is
    st = state_of(tmp_path, "Tin\n\nChiều 2/10, Ban Thường vụ Tỉnh ủy Sơn La tiếp Chủ tịch Ủy ban Trung ương Mặt trận "
                            "Lào xây dựng đất nước Sổm Phăn Vông.\n")
    assert ("Sổm Phăn Vông", "Chủ tịch", "Ủy ban Trung ương Mặt trận Lào xây dựng đất nước") in posts(st)
    # a province of ours whose name begins with a neighbour's: no foreign title, no name read
    st = state_of(tmp_path, "Tin\n\nĐoàn đã làm việc với Thường trực Tỉnh ủy Lào Cai Sổm Phăn Vông.\n")
    assert "Sổm Phăn Vông" not in officials(st)


# --- a bare "Đảng ủy" of the body the next title heads (roles.yaml party_of_next) ---

def test_a_province_s_procuracy_and_court_have_a_party_committee_of_their_own(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế, Bí thư Đảng ủy, Phó Viện trưởng Viện kiểm sát nhân dân tỉnh "
                            "Yên Bái trao giấy khen cho các chi bộ.\n")
    assert ("Hà Minh Quế", "Bí thư", "Đảng ủy Viện Kiểm sát nhân dân tỉnh Yên Bái") in posts(st)
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế, Ủy viên Thường vụ Đảng ủy, Chánh án TAND tỉnh Yên Bái "
                            "trao giấy khen cho các chi bộ.\n")
    assert ("Hà Minh Quế", "Ủy viên", "Ban Thường vụ Đảng ủy Tòa án nhân dân tỉnh Yên Bái") in posts(st)


def test_a_district_s_procuracy_has_no_party_committee_and_a_firm_s_is_not_read(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế, Bí thư Đảng ủy, Viện trưởng VKSND huyện Lục Yên trình bày.\n")
    got = posts(st)
    assert ("Hà Minh Quế", "Viện trưởng", "Viện Kiểm sát nhân dân huyện Lục Yên") in got
    assert not any(role == "Bí thư" for _, role, _ in got)
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế, Ủy viên Thường vụ Đảng ủy, Giám đốc Công ty Hoa Sen trình bày.\n")
    assert not any(role == "Ủy viên" for _, role, _ in posts(st))


def test_the_standing_board_of_a_bare_party_committee_before_a_commune_s_title_is_the_commune_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế, Ủy viên Thường vụ Đảng ủy, Chủ tịch HĐND xã Tân Lập trình bày.\n")
    assert ("Hà Minh Quế", "Ủy viên", "Ban Thường vụ Đảng ủy xã Tân Lập") in posts(st)


# --- a person's bare post whose twin another sentence places (post_merge._placed_twins) ---

_TWO_PROVINCES = ("Chiều 16/10, đoàn tỉnh Yên Bái làm việc với tỉnh Lào Cai về du lịch. Đoàn do ông Lò Văn Ba, Bí "
                  "thư Tỉnh ủy Yên Bái dẫn đầu. Cùng đi có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Minh Quế. ")


def test_a_bare_post_placed_in_another_sentence_places_the_person_s_other_bare_posts(tmp_path):
    st = state_of(tmp_path, "Tin\n\n" + _TWO_PROVINCES + "Ông Hà Minh Quế, Chủ tịch UBND tỉnh Yên Bái, tặng hoa. Ông "
                            "Đinh Văn Tư, Bí thư Tỉnh ủy Lào Cai cảm ơn.\n")
    got = posts(st)
    assert ("Hà Minh Quế", "Phó Bí thư", "Tỉnh ủy Yên Bái") in got
    assert ("Hà Minh Quế", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in got
    assert not any(body in ("Tỉnh ủy", "Ủy ban nhân dân tỉnh") for _, _, body in got)


def test_a_placed_post_of_another_role_places_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\n" + _TWO_PROVINCES + "Ông Hà Minh Quế, Phó Chủ tịch UBND tỉnh Yên Bái, tặng hoa. Ông "
                            "Đinh Văn Tư, Bí thư Tỉnh ủy Lào Cai cảm ơn.\n")
    got = posts(st)
    assert ("Hà Minh Quế", "Phó Bí thư", "Tỉnh ủy") in got
    assert ("Hà Minh Quế", "Phó Bí thư", "Tỉnh ủy Yên Bái") not in got


# --- a unit's head written with the unit alone (roles.yaml unit_heads) ---

def test_a_secretary_or_chair_written_with_the_unit_alone_heads_its_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Lò Thị Mai, Bí thư phường Quyết Thắng, trao giấy khen cho các chi bộ.\n")
    assert ("Lò Thị Mai", "Bí thư", "Đảng ủy phường Quyết Thắng") in posts(st)
    st = state_of(tmp_path, "Tin\n\nChủ tịch huyện Mèo Vạc Lò Văn Ba đối thoại với nhân dân xã Pả Vi.\n")
    assert ("Lò Văn Ba", "Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc") in posts(st)
    st = state_of(tmp_path, "Tin\n\nTừ tháng 5, ông Lê Văn Tám được phân công nhận nhiệm vụ Bí thư huyện Mèo Vạc.\n")
    assert ("Lê Văn Tám", "Bí thư", "Huyện ủy Mèo Vạc") in posts(st)


def test_a_unit_with_no_name_or_a_union_of_the_unit_is_not_its_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Tám, Bí thư xã, phát biểu.\n")
    assert not posts(st)
    st = state_of(tmp_path, "Tin\n\nBà Lò Thị Ba, Phó Bí thư huyện Đoàn Mèo Vạc dự.\n")
    assert posts(st) == {("Lò Thị Ba", "Phó Bí thư", "Huyện đoàn Mèo Vạc")}
    # a neighbour's unit (no unit of ours so named): its head heads no people's committee
    st = state_of(tmp_path, "Tin\n\nĐoàn huyện Xay (Lào) do ông Sổm Phết, Chủ tịch huyện Xay dẫn đầu.\n")
    assert not any(body.startswith("Ủy ban nhân dân") for _, _, body in posts(st))


# --- family names (people.yaml surnames) ---

def test_minority_clans_and_unmarked_family_names_open_a_name_after_a_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch Hội Nông dân huyện Bảo Lạc Ngôn Văn Chiến và Chủ tịch UBND xã Tân Lập Lềm "
                            "Văn Phong dự. Bí thư Huyện ủy Tây Giang Briu Quân phát biểu. Phó Chủ tịch UBND tỉnh Yên "
                            "Bái Tran Minh Quế chủ trì.\n")
    got = posts(st)
    assert ("Ngôn Văn Chiến", "Chủ tịch", "Hội Nông dân huyện Bảo Lạc") in got
    assert ("Lềm Văn Phong", "Chủ tịch", "Ủy ban nhân dân xã Tân Lập") in got
    assert ("Briu Quân", "Bí thư", "Huyện ủy Tây Giang") in got
    assert ("Tran Minh Quế", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in got


# --- a party group of the organisation, not of its elected organ (roles.yaml organisation_organs) ---

def test_a_party_group_before_the_chair_of_an_organisation_s_central_committee_is_the_organisation_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Hà Minh Quế, Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội Cựu chiến "
                            "binh Việt Nam phát biểu bế mạc lớp tập huấn.\n")
    got = posts(st)
    assert ("Hà Minh Quế", "Bí thư", "Đảng đoàn Hội Cựu chiến binh Việt Nam") in got
    assert ("Hà Minh Quế", "Chủ tịch", "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam") in got
    # the organisation named itself: unchanged
    st = state_of(tmp_path, "Tin\n\nÔng Hà Minh Quế, Bí thư Đảng đoàn, Chủ tịch Hội Cựu chiến binh Việt Nam phát biểu.\n")
    assert ("Hà Minh Quế", "Bí thư", "Đảng đoàn Hội Cựu chiến binh Việt Nam") in posts(st)


# --- a document's number and sign is no title or body (sentences.tokens.document_sign_end) ---

def test_a_document_sign_lends_no_title_or_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Hà Minh Quế triển khai Chỉ thị số 12-CT/TU và Kế hoạch 07-KH/ĐU, Quyết "
                            "định số 318/QĐ-UBND của UBND tỉnh Yên Bái.\n")
    assert not posts(st)
    names = {b.name for b in st.facts.bodies}
    assert "Ủy ban nhân dân tỉnh Yên Bái" in names
    assert not names & {"Tỉnh ủy", "Đảng ủy", "Ủy ban nhân dân"}
    # a title right after a date's slash is still one ("ngày 3/5, Chủ tịch ..." is spaced)
    st = state_of(tmp_path, "Tin\n\nSáng 3/5, Chủ tịch UBND tỉnh Yên Bái Hà Minh Quế chủ trì.\n")
    assert ("Hà Minh Quế", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in posts(st)


# --- a neighbour's official takes no body of ours from the story's place (foreign_heads.foreign_named) ---

def test_a_neighbour_s_official_s_bare_union_is_not_the_host_province_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Tỉnh đoàn Điện Biên đón đoàn thanh niên tỉnh Phông Sa Lỳ, nước CHDCND Lào. "
                            "Tại buổi giao lưu với tỉnh Phông Sa Lỳ, đồng chí Khăm Xay Vông Phết, Bí thư Tỉnh Đoàn phát "
                            "biểu cảm ơn. Bà Lò Thị Mai, Bí thư Tỉnh Đoàn Điện Biên đón đoàn.\n")
    got = posts(st)
    assert not any(name == "Khăm Xay Vông Phết" for name, _, _ in got)
    assert ("Lò Thị Mai", "Bí thư", "Tỉnh đoàn Điện Biên") in got
    assert "Khăm Xay Vông Phết" in officials(st)
    # one of ours whose family name the lexicon lacks (a middle name of ours), beside the foreign unit
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Tỉnh đoàn Điện Biên tổ chức giao lưu. Tại buổi giao lưu với tỉnh Phông "
                            "Sa Lỳ (Lào), đồng chí Thổ Thị Mai, Phó Bí thư Tỉnh Đoàn phát biểu.\n")
    assert ("Thổ Thị Mai", "Phó Bí thư", "Tỉnh đoàn Điện Biên") in posts(st)
    # one of ours whose family name the lexicon lacks, in a story with no foreign unit: his post stays
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Tỉnh đoàn Điện Biên tổ chức hội nghị. Đồng chí Thổ Văn Chiến, Phó Bí "
                            "thư Tỉnh Đoàn phát biểu.\n")
    assert ("Thổ Văn Chiến", "Phó Bí thư", "Tỉnh đoàn Điện Biên") in posts(st)


def test_cambodia_s_highest_honorific_is_no_part_of_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSamdech Sok Vanna, Phó Chủ tịch Quốc hội Campuchia, cảm ơn tỉnh Kiên Giang đã đón "
                            "tiếp đoàn.\n")
    assert ("Sok Vanna", "Phó Chủ tịch", "Quốc hội Campuchia") in posts(st)


# --- a state named 'Cộng hòa X'; a name written short is its holder (officials._shortened) ---

def test_a_head_of_state_written_with_the_republic_s_name_and_a_short_headline_name(tmp_path):
    st = state_of(tmp_path, "Thủ tướng hội kiến Rafael Ortiz-Vera\n\nHai bên đã trao đổi về hợp tác kinh tế. Chủ tịch "
                            "nước Cộng hòa Cuba Rafael Ortiz-Vera Quintero cảm ơn sự đón tiếp chu đáo.\n")
    assert ("Rafael Ortiz-Vera Quintero", "Chủ tịch nước", "Nhà nước Cộng hòa Cuba") in posts(st)
    assert officials(st) == {"Rafael Ortiz-Vera Quintero"}


def test_two_holders_whose_names_share_their_first_syllables_stay_two(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Lê Minh, Phó Chủ tịch UBND huyện Lục Yên và ông Lê Minh Quế, Chủ tịch "
                            "UBND huyện Lục Yên.\n")
    assert {"Lê Minh", "Lê Minh Quế"} <= officials(st)

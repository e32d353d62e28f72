"""Posts, round 11: roll-calls and titles not read — sentences written for the construction, not copied."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- roll-calls split by ";" ---

def test_a_roll_call_item_keeps_titles_broken_by_an_unknown_body_in_lower_case(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng đi với đoàn về xã Ngọc Chúc còn Phó Chủ tịch UBND tỉnh Kiên Giang, Ủy viên "
                            "Trung ương Đảng, Phó Trưởng đoàn giám sát Lâm Văn Khải; Bí thư Huyện ủy Giồng Riềng Tô Thị "
                            "Mai; cùng lãnh đạo các sở, ngành.\n")
    got = posts(st)
    assert ("Lâm Văn Khải", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in got
    assert ("Lâm Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kiên Giang") in got
    assert ("Tô Thị Mai", "Bí thư", "Huyện ủy Giồng Riềng") in got
    assert not any(role == "Phó Trưởng đoàn" for _, role, _ in got)     # the team's body is not known


def test_a_verb_between_a_title_and_the_next_name_ends_the_item_s_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND huyện Giồng Riềng chủ trì và đồng chí Lâm Văn Khải; Bí thư Huyện ủy "
                            "Giồng Riềng Tô Thị Mai dự.\n")
    got = posts(st)
    assert not any(name == "Lâm Văn Khải" for name, _, _ in got)
    assert ("Tô Thị Mai", "Bí thư", "Huyện ủy Giồng Riềng") in got


def test_the_name_opening_an_item_is_read_by_its_place_though_its_family_name_is_rare(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrả lời các kiến nghị ở xã Bình Sơn, nhóm đại biểu HĐND huyện gồm: Chung Văn Lực, "
                            "Huyện ủy viên, Phó Chủ tịch UBND huyện Hòn Đất; Lâm Thị Diệu, Chánh Văn phòng HĐND huyện Hòn "
                            "Đất, ghi nhận ý kiến.\n")
    got = posts(st)
    assert ("Chung Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân huyện Hòn Đất") in got
    assert "Chung Văn Lực" in officials(st)


def test_a_rare_family_name_outside_a_roll_call_is_not_read_by_its_place(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Chung Văn Lực, Huyện ủy viên, Phó Chủ tịch UBND huyện Hòn Đất.\n")
    assert not any(name == "Chung Văn Lực" for name, _, _ in posts(st))


def test_an_item_of_titles_only_goes_on_the_titles_of_the_name_before_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCó mặt tại phiên chợ nông sản là đồng chí Tô Thị Mai, Ủy viên Ban Chấp hành Trung "
                            "ương Hội Nông dân Việt Nam; Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Hậu Giang; đồng chí "
                            "Lâm Văn Khải, Phó Chủ tịch UBND tỉnh Hậu Giang.\n")
    got = posts(st)
    assert ("Tô Thị Mai", "Chủ tịch", "Hội Nông dân tỉnh Hậu Giang") in got
    assert ("Tô Thị Mai", "Ủy viên", "Tỉnh ủy Hậu Giang") in got
    assert ("Lâm Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang") in got


def test_an_item_of_titles_only_in_a_list_of_titles_before_names_is_no_one_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Bí thư Tỉnh ủy Hậu Giang Lâm Văn Khải; Phó Chủ tịch UBND tỉnh; Giám đốc Sở Nội "
                            "vụ tỉnh Hậu Giang Tô Thị Mai.\n")
    got = posts(st)
    assert ("Lâm Văn Khải", "Bí thư", "Tỉnh ủy Hậu Giang") in got
    assert not any(role == "Phó Chủ tịch" for _, role, _ in got)


# --- titles packed into letters, composed from a role's, an organ's and a committee's letters ---

def test_a_secretary_s_letters_glued_to_the_committee_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng ủy xã Tân Lộc ra mắt mô hình dân vận khéo. Trao quyết định cho tổ là ông Trịnh "
                            "Văn Hòa, BTĐU và bà Lý Thị Na, PBTĐU.\n")
    got = posts(st)
    assert ("Trịnh Văn Hòa", "Bí thư", "Đảng ủy xã Tân Lộc") in got
    assert ("Lý Thị Na", "Phó Bí thư", "Đảng ủy xã Tân Lộc") in got


def test_a_member_s_letters_with_the_organ_s_and_the_committee_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ trì buổi lễ là bà Lý Thị Na (UVBTVQU, Bí thư Đảng ủy phường 4, quận Bình "
                            "Thạnh).\n")
    got = posts(st)
    assert ("Lý Thị Na", "Ủy viên", "Ban Thường vụ Quận ủy Bình Thạnh") in got
    assert ("Lý Thị Na", "Bí thư", "Đảng ủy phường 4") in got


def test_a_member_s_letters_with_the_presidium_s_before_the_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThay mặt các hội viên, ông Trịnh Văn Hòa - Chủ tịch Hội Cựu chiến binh tỉnh Tây Ninh, "
                            "UVĐCT Hội Cựu chiến binh Việt Nam cảm ơn tỉnh.\n")
    got = posts(st)
    assert ("Trịnh Văn Hòa", "Ủy viên", "Đoàn Chủ tịch Hội Cựu chiến binh Việt Nam") in got
    assert ("Trịnh Văn Hòa", "Chủ tịch", "Hội Cựu chiến binh tỉnh Tây Ninh") in got


def test_packed_letters_in_lower_case_or_the_organ_s_alone_are_no_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng ủy xã Tân Lộc họp. Ông Trịnh Văn Hòa, btđu, cho biết BTV Đảng ủy đã họp.\n")
    assert not posts(st)


def test_a_title_cut_to_letters_and_a_dot_does_not_end_the_sentence(tmp_path):
    st = state_of(tmp_path, "Tin\n\nUBND phường 9 tổ chức gặp mặt. Bà Lý Thị Tám (ĐUV, PCT. UBND phường) trình bày "
                            "báo cáo tóm tắt.\n")
    got = posts(st)
    assert ("Lý Thị Tám", "Phó Chủ tịch", "Ủy ban nhân dân phường 9") in got


def test_a_sentence_ending_in_another_capital_abbreviation_still_ends(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị do UBND tỉnh Cà Mau tổ chức tại TTHN. Ông Lý Văn Tám, Chủ tịch UBND huyện "
                            "Năm Căn phát biểu.\n")
    views = [sv.text for sv in st.views]
    assert any(v.startswith("Ông Lý Văn Tám") for v in views)


# --- a title chain interrupted by a charge; the army's deputy political officer; a leader's title dashed ---

def test_a_charge_between_two_titles_does_not_end_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCắt băng khánh thành cầu có ông Hà Minh Đức, Phó Bí thư Tỉnh ủy, phụ trách Ban "
                            "Nội chính, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Yên Bái.\n")
    got = posts(st)
    assert ("Hà Minh Đức", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái") in got
    assert ("Hà Minh Đức", "Phó Bí thư", "Tỉnh ủy Yên Bái") in got


def test_a_charge_with_no_title_after_it_gives_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lâm Thị Diệu, Phó Chủ tịch UBND tỉnh Sóc Trăng, phụ trách Ban Dân tộc tỉnh, "
                            "dự hội nghị.\n")
    got = posts(st)
    assert ("Lâm Thị Diệu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng") in got
    assert not any(body.startswith("Ban Dân tộc") for _, _, body in got)


def test_the_deputy_political_officer_as_the_army_writes_him(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThiếu tá Tô Văn Kiên - Chính trị viên phó Ban Chỉ huy Quân sự huyện Đầm Dơi trao "
                            "học bổng cho các em.\n")
    assert ("Tô Văn Kiên", "Chính trị viên phó", "Ban Chỉ huy Quân sự huyện Đầm Dơi") in posts(st)


def test_a_title_that_names_its_own_body_dashed_before_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhát biểu bế mạc, Phó Thủ tướng Chính phủ – Phạm Văn Tâm đề nghị các bộ đẩy nhanh "
                            "tiến độ.\n")
    assert ("Phạm Văn Tâm", "Phó Thủ tướng", "Chính phủ") in posts(st)


# --- a collective title distributed over a list ---

def test_a_title_counted_in_a_body_before_the_list_is_each_name_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSau kiện toàn, Tỉnh ủy Trà Vinh có ba phó bí thư: ông Lê Văn An, bà Trần Thị Bích "
                            "và ông Võ Minh Tâm.\n")
    got = posts(st)
    for name in ("Lê Văn An", "Trần Thị Bích", "Võ Minh Tâm"):
        assert (name, "Phó Bí thư", "Tỉnh ủy Trà Vinh") in got


def test_a_title_counted_by_a_meeting_not_a_body_names_no_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại Tỉnh ủy Trà Vinh, buổi lễ có ba phó bí thư: ông Lê Văn An, bà Trần Thị Bích "
                            "và ông Võ Minh Tâm.\n")
    assert not any(role == "Phó Bí thư" for _, role, _ in posts(st))


# --- a delegation of deputies lists its members ---

def test_a_delegation_written_with_its_constituency_lists_its_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLắng nghe nông dân huyện Năm Căn, Đoàn ĐBQH tỉnh Cà Mau (đơn vị số 3) gồm: Giám đốc "
                            "Sở Y tế tỉnh Cà Mau Trần Thị Bích; Phó Chủ tịch Hội Nông dân Việt Nam Lê Văn An, giải đáp "
                            "nhiều kiến nghị.\n")
    got = posts(st)
    assert ("Lê Văn An", "Đại biểu", "Quốc hội") in got
    assert ("Trần Thị Bích", "Đại biểu", "Quốc hội") in got
    assert ("Trần Thị Bích", "Giám đốc", "Sở Y tế tỉnh Cà Mau") in got


def test_the_team_of_a_delegation_lists_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn giám sát của Đoàn ĐBQH tỉnh Cà Mau (đơn vị số 3) gồm: Giám đốc Sở Y tế tỉnh Cà "
                            "Mau Trần Thị Bích; Trưởng phòng Nội vụ huyện Năm Căn Lê Văn An.\n")
    assert not any(role == "Đại biểu" for _, role, _ in posts(st))


def deputies(st) -> set[str]:
    return {name for name, role, body in posts(st) if (role, body) == ("Đại biểu", "Quốc hội")}


def test_a_delegations_comrades_after_a_comma_are_its_deputies(tmp_path):
    # the delegation is its deputies whatever the list's address word (docs/conventions.md)
    st = state_of(tmp_path, "Tin\n\nTrước kỳ họp cuối năm, Đoàn đại biểu Quốc hội tỉnh Hậu Giang, gồm các đồng chí: "
                            "Lê Văn An, Giám đốc Sở Tư pháp tỉnh; Trần Thị Bích, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, "
                            "đã lắng nghe ý kiến nông dân huyện Long Mỹ.\n")
    assert deputies(st) == {"Lê Văn An", "Trần Thị Bích"}
    assert ("Lê Văn An", "Giám đốc", "Sở Tư pháp tỉnh Hậu Giang") in posts(st)


def test_a_delegations_members_each_by_address_up_to_the_predicate(tmp_path):
    # "ông", "bà" open each item, "và" the last; the official named after the predicate is no member
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Quảng Trị gồm ông Lê Văn An – Chủ tịch Hội Cựu chiến binh tỉnh, "
                            "bà Trần Thị Bích – Phó Giám đốc Sở Nội vụ và ông Võ Minh Tâm đối thoại với thanh niên "
                            "huyện Hải Lăng cùng ông Đỗ Quang Huy, Chủ tịch UBND huyện.\n")
    assert deputies(st) == {"Lê Văn An", "Trần Thị Bích", "Võ Minh Tâm"}
    assert ("Đỗ Quang Huy", "Chủ tịch", "Ủy ban nhân dân huyện Hải Lăng") in posts(st)


def test_a_delegation_listed_as_gentlemen_and_ladies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Cà Mau gồm các ông, bà: Trần Thị Bích, Phó Trưởng đoàn chuyên trách; "
                            "Lê Văn An, Viện trưởng Viện Kiểm sát nhân dân tỉnh trả lời kiến nghị của ngư dân.\n")
    assert deputies(st) == {"Lê Văn An", "Trần Thị Bích"}


def test_a_team_the_delegation_sends_written_without_of_lists_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn khảo sát Đoàn ĐBQH tỉnh Cà Mau gồm ông Lê Văn An – Phó Giám đốc Sở Xây dựng "
                            "và bà Trần Thị Bích – Trưởng phòng Kinh tế huyện Năm Căn đã đến các công trình.\n")
    assert not deputies(st)
    assert ("Lê Văn An", "Phó Giám đốc", "Sở Xây dựng tỉnh Cà Mau") in posts(st)


def test_a_councils_group_is_no_team_of_its_council(tmp_path):
    # "Tổ" heads the council's own group of deputies, not a team the council sends
    st = state_of(tmp_path, "Tin\n\nChiều 2/12, Tổ đại biểu HĐND tỉnh Hậu Giang gồm các đại biểu: Lê Văn An, Chủ tịch UBND "
                            "thị xã Long Mỹ; Trần Thị Bích, Hiệu trưởng Trường Chính trị tỉnh, đã gặp gỡ nông dân.\n")
    got = posts(st)
    assert {("Lê Văn An", "Đại biểu", "Hội đồng nhân dân tỉnh Hậu Giang"),
            ("Trần Thị Bích", "Đại biểu", "Hội đồng nhân dân tỉnh Hậu Giang")} <= got
    assert not deputies(st)


def test_the_people_present_at_the_delegations_meeting_are_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Hậu Giang tiếp xúc cử tri phường 3. Dự buổi tiếp xúc có các đồng chí: "
                            "Lê Văn An, Phó Chủ tịch UBND thành phố Vị Thanh; Trần Thị Bích, Bí thư Đảng ủy phường 3.\n")
    assert not deputies(st)


def test_a_list_of_the_hosts_after_the_delegation_is_not_its_own(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp Đoàn ĐBQH tỉnh Quảng Trị, lãnh đạo huyện Hải Lăng gồm ông Lê Văn An, Bí thư "
                            "Huyện ủy và bà Trần Thị Bích, Chủ tịch UBND huyện đã báo cáo tình hình.\n")
    assert not deputies(st)
    assert ("Lê Văn An", "Bí thư", "Huyện ủy Hải Lăng") in posts(st)


# --- a slash between two titles ---

def test_a_slash_joins_two_titles_of_one_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBuổi lễ do ông Trần Văn Tâm, Phó Chủ tịch HĐND/Chủ tịch UBND phường 5 và bà Lê Thị "
                            "Hoa, Quận ủy viên/Bí thư Đảng ủy phường 5 cùng chủ trì.\n")
    got = posts(st)
    assert ("Lê Thị Hoa", "Bí thư", "Đảng ủy phường 5") in got
    assert ("Trần Văn Tâm", "Chủ tịch", "Ủy ban nhân dân phường 5") in got


def test_a_slash_right_after_a_name_opens_no_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Trần Văn Tâm/Chủ tịch UBND phường 5 và các hội viên.\n")
    assert not any(name == "Trần Văn Tâm" for name, _, _ in posts(st))


# --- a body named again by its head noun between a title and its holder ---

def test_the_head_noun_between_a_title_and_the_name_it_leads(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐến khảo sát tại tỉnh Cà Mau, Ủy ban Kinh tế của Quốc hội có Phó Chủ nhiệm Ủy ban "
                            "Lê Văn Tâm cùng các chuyên viên.\n")
    assert ("Lê Văn Tâm", "Phó Chủ nhiệm", "Ủy ban Kinh tế của Quốc hội") in posts(st)


def test_a_head_noun_of_no_body_written_before_names_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐến khảo sát tại tỉnh Cà Mau, đoàn công tác có Phó Chủ nhiệm Ủy ban Lê Văn Tâm cùng "
                            "các chuyên viên.\n")
    assert not any(role == "Phó Chủ nhiệm" for _, role, _ in posts(st))


# --- a name cut off in the middle of a syllable ---

def test_a_name_cut_in_a_syllable_is_the_longer_name_holding_its_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBộ trưởng Bộ Tư pháp Lâm Quang Đạt thăm tỉnh Cà Mau và trao tặng sách cho thư viện.\n"
                            "\nBộ trưởng Bộ Tư pháp Lâm Qua\n")
    got = posts(st)
    assert ("Lâm Quang Đạt", "Bộ trưởng", "Bộ Tư pháp") in got
    assert not any(name == "Lâm Qua" for name, _, _ in got)


def test_two_names_of_one_family_holding_members_posts_stay_two(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Ủy viên Ban Thường vụ Tỉnh ủy Cà Mau Lâm Quang Đạt và Ủy viên Ban Thường vụ Tỉnh "
                            "ủy Cà Mau Lâm Qua.\n")
    assert {name for name, _, _ in posts(st)} == {"Lâm Quang Đạt", "Lâm Qua"}


# --- the party committee of an office, named by the office's title after it ---

def test_a_bare_party_committee_before_an_office_s_title_is_the_office_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Đào Thị Nguyệt, Phó Bí thư Đảng ủy, Chánh Văn phòng UBND tỉnh Hà Nam khai mạc "
                            "lớp bồi dưỡng nghiệp vụ văn thư.\n")
    got = posts(st)
    assert ("Đào Thị Nguyệt", "Phó Bí thư", "Đảng ủy Văn phòng Ủy ban nhân dân tỉnh Hà Nam") in got
    assert ("Đào Thị Nguyệt", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hà Nam") in got


def test_a_bare_party_committee_before_a_board_s_title_is_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Đào Thị Nguyệt, Phó Bí thư Đảng ủy, Phó Trưởng ban Dân vận Tỉnh ủy Hà Nam khai "
                            "mạc lớp bồi dưỡng nghiệp vụ văn thư.\n")
    assert not any(role == "Phó Bí thư" for _, role, _ in posts(st))

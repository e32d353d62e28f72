"""Posts, round 13: general constructions of the genre — sentences written for the construction,
invented names and places, not copied from any page."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- the principal's title in a chain before the delegate (roles.yaml posts principal_named) ---

def test_the_principals_title_before_a_delegates_chain_is_not_his(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThừa ủy quyền Chủ tịch nước, Phó Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khiêm đã trao "
                            "Huân chương Lao động hạng Ba cho Hội Nông dân tỉnh.\n")
    got = posts(st)
    assert ("Bùi Văn Khiêm", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình") in got
    assert not any(role == "Chủ tịch nước" for _, role, _ in got)


def test_a_chain_of_two_titles_with_no_principal_before_it_stays_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nỦy viên Trung ương Đảng, Bí thư Tỉnh ủy Hòa Bình Bùi Văn Khiêm đã trao Cờ thi đua "
                            "cho Hội Nông dân tỉnh.\n")
    got = posts(st)
    assert ("Bùi Văn Khiêm", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in got
    assert ("Bùi Văn Khiêm", "Bí thư", "Tỉnh ủy Hòa Bình") in got


# --- acting heads (roles.yaml posts acting; plain_titles.acting_role) ---

def test_an_acting_head_holds_the_acting_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, ông Hà Văn Lâm, Quyền Chủ tịch UBND tỉnh Kon Tum tiếp đoàn doanh nghiệp. "
                            "Quyền Giám đốc Sở Tài chính tỉnh Kon Tum Lò Thị Mai giới thiệu các dự án.\n")
    got = posts(st)
    assert ("Hà Văn Lâm", "Quyền Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") in got
    assert ("Lò Thị Mai", "Quyền Giám đốc", "Sở Tài chính tỉnh Kon Tum") in got
    assert ("Hà Văn Lâm", "Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") not in got


def test_the_noun_quyen_in_a_clause_makes_no_acting_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội đồng giao Phó Chủ tịch UBND tỉnh Kon Tum Lò Văn Dũng thực hiện quyền Chủ tịch "
                            "UBND tỉnh. Ông Lò Văn Hạnh, nguyên Quyền Chủ tịch UBND tỉnh Kon Tum, dự lễ.\n")
    got = posts(st)
    assert ("Lò Văn Dũng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") in got
    assert not any(role.startswith("Quyền") for _, role, _ in got)
    assert not any(name == "Lò Văn Hạnh" for name, _, _ in got)


# --- a list of "titles – name" items (post_grammar._dash_listed) ---

def test_titles_before_each_name_of_a_dashed_list_lead_that_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Yên Bái – Đỗ Văn Khoa, Ủy viên "
                            "Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh - Lý Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam "
                            "tỉnh – Hà Văn Tân dự và phát biểu.\n")
    got = posts(st)
    assert ("Đỗ Văn Khoa", "Phó Bí thư Thường trực", "Tỉnh ủy Yên Bái") in got
    assert ("Đỗ Văn Khoa", "Chủ tịch", "Hội đồng nhân dân tỉnh Yên Bái") in got
    assert ("Lý Thị Hoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got
    assert ("Lý Thị Hoa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái") in got
    assert ("Hà Văn Tân", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái") in got
    assert ("Đỗ Văn Khoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") not in got
    assert ("Lý Thị Hoa", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái") not in got


def test_a_name_then_its_titles_then_a_dashed_item_keeps_its_own_titles(tmp_path):
    # the first name is not itself led by a dashed title: the titles after it are its own
    st = state_of(tmp_path, "Tin\n\nĐồng chí Đỗ Văn Khoa, Phó Bí thư Thường trực Tỉnh ủy Yên Bái, Chủ tịch HĐND tỉnh "
                            "và Chủ tịch UBND tỉnh – Hà Văn Tân dự hội nghị.\n")
    got = posts(st)
    assert ("Đỗ Văn Khoa", "Phó Bí thư Thường trực", "Tỉnh ủy Yên Bái") in got


# --- the leader of a delegation named by its work (roles.yaml posts delegation) ---

def test_the_leader_of_an_inspection_team_of_a_ministry_holds_its_bare_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 5/3, Đoàn kiểm tra của Bộ Công Thương do Thứ trưởng Phan Văn Lộc làm trưởng đoàn "
                            "đã làm việc với UBND tỉnh Bắc Kạn. Đoàn giám sát của Ban Dân vận Tỉnh ủy Bắc Kạn do Phó "
                            "Trưởng ban Hoàng Thị Lan dẫn đầu đã đến xã Nam Cường.\n")
    got = posts(st)
    assert ("Phan Văn Lộc", "Thứ trưởng", "Bộ Công Thương") in got
    assert ("Hoàng Thị Lan", "Phó Trưởng ban", "Ban Dân vận Tỉnh ủy Bắc Kạn") in got


def test_a_body_led_by_someone_that_is_no_delegation_gives_no_bare_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLãnh đạo Bộ Công Thương do Thứ trưởng Phan Văn Lộc dẫn đầu đã đến thăm tỉnh Bắc Kạn.\n")
    assert not any(name == "Phan Văn Lộc" for name, _, _ in posts(st))


def test_the_principals_title_stays_out_of_a_roll_calls_item(tmp_path):
    # a ";" makes the sentence a roll-call, whose items read titles by their bounds (post_rollcall)
    st = state_of(tmp_path, "Tin\n\nTại lễ kỷ niệm, Chủ tịch UBND tỉnh Vi Thị Hoa trao Bằng khen cho 12 tập thể; thay mặt "
                            "Chủ tịch nước, Phó Bí thư Tỉnh ủy Hòa Bình Lò Văn Nam gắn Huân chương lên lá cờ truyền thống.\n")
    got = posts(st)
    assert ("Lò Văn Nam", "Phó Bí thư", "Tỉnh ủy Hòa Bình") in got
    assert not any(role == "Chủ tịch nước" for _, role, _ in got)


def test_the_principal_named_right_after_his_title_keeps_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐược sự ủy quyền của Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khiêm, Sở Nội vụ tỉnh đã trao "
                            "Bằng khen cho các tập thể.\n")
    assert ("Bùi Văn Khiêm", "Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình") in posts(st)


# --- a baptismal name written with hyphens (people.yaml saint_names; sentences.names) ---

def test_a_baptismal_name_joined_by_hyphens_is_part_of_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đến thăm Linh mục Giu-se Trần Văn Hựu, Tổng đại diện Giáo phận Phú Lâm. Linh mục "
                            "Mi-ca-e Đỗ Văn Thành phát biểu cảm ơn.\n")
    assert ("Giu-se Trần Văn Hựu", "Tổng đại diện", "Giáo phận Phú Lâm") in posts(st)
    assert "Mi-ca-e Đỗ Văn Thành" in officials(st)
    assert "Trần Văn Hựu" not in officials(st)


def test_a_church_named_after_a_saint_and_a_foreign_hyphenated_name_are_no_baptismal_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đến thăm Nhà thờ Giu-se Lê Lợi. Ông Bun-mi Lê Văn Hòa, Phó Chủ tịch UBND tỉnh "
                            "Hà Tĩnh dự.\n")
    assert not any(n.startswith(("Giu-se", "Bun-mi")) for n in officials(st))


# --- a mission's deputy head (roles.yaml roles, mission_staff) ---

def test_a_deputy_ambassador_holds_his_rank_in_the_mission(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ khai trương có Phó Đại sứ Hungary tại Việt Nam Kovács Péter. Bà Szabó Anna, Phó Đại sứ, "
                            "Đại sứ quán Ba Lan tại Việt Nam cũng dự.\n")
    got = posts(st)
    assert ("Kovács Péter", "Phó Đại sứ", "Đại sứ quán Hungary tại Việt Nam") in got
    assert ("Szabó Anna", "Phó Đại sứ", "Đại sứ quán Ba Lan tại Việt Nam") in got


# --- a national union's name with "VN" glued to its abbreviation (kg.extract.lexicon._add_body) ---

def test_a_union_abbreviation_glued_to_vn_is_the_national_union(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐến dự có bà Lò Thị Hoa, Phó Chủ tịch Hội LHPNVN và ông Vi Văn Tám, Ủy viên Ban "
                            "Thường vụ Trung ương Hội CCBVN cùng 20 hội viên tiêu biểu.\n")
    got = posts(st)
    assert ("Lò Thị Hoa", "Phó Chủ tịch", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam") in got
    assert ("Vi Văn Tám", "Ủy viên", "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam") in got


# --- a council's deputies' group listed by address (docs/conventions.md; post_deputies) ---

def test_each_member_of_two_council_groups_is_a_deputy_of_his_own_council(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 14/11, tại xã Nậm Tăm, Tổ đại biểu HĐND huyện Sìn Hồ gồm bà Lò Thị Tâm và ông Vi "
                            "Văn Nhất, Tổ đại biểu HĐND tỉnh Lai Châu gồm ông Hà Văn Lâm cùng gặp gỡ cử tri.\n")
    got = posts(st)
    assert ("Hà Văn Lâm", "Đại biểu", "Hội đồng nhân dân tỉnh Lai Châu") in got
    assert ("Lò Thị Tâm", "Đại biểu", "Hội đồng nhân dân huyện Sìn Hồ") in got
    assert ("Vi Văn Nhất", "Đại biểu", "Hội đồng nhân dân huyện Sìn Hồ") in got
    assert ("Hà Văn Lâm", "Đại biểu", "Hội đồng nhân dân huyện Sìn Hồ") not in got


def test_a_council_group_that_has_a_meeting_lists_no_one(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 2/12, Tổ đại biểu HĐND tỉnh Lai Châu có bà Vi Thị Thu - Giám đốc Sở Tư pháp, ông "
                            "Hà Văn Lâm - Phó Trưởng Ban Dân tộc HĐND tỉnh. Tổ đại biểu HĐND huyện Sìn Hồ có buổi tiếp xúc "
                            "cử tri; ông Lò Văn Tâm, Chủ tịch UBND xã Nậm Tăm phát biểu.\n")
    got = posts(st)
    assert ("Vi Thị Thu", "Đại biểu", "Hội đồng nhân dân tỉnh Lai Châu") in got
    assert ("Hà Văn Lâm", "Đại biểu", "Hội đồng nhân dân tỉnh Lai Châu") in got
    assert not any(name == "Lò Văn Tâm" and role == "Đại biểu" for name, role, _ in got)

"""Posts and officials, round 15: general constructions of the genre — sentences written for the
construction, invented names and places, not copied from any page."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- the members a session elects to an organ, listed after it (post_lists._members_of) and one a
# line below it (post_lines.listed_below) ---

_SESSION = "Tin\n\nChiều 14/9, Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa XX họp Hội nghị lần thứ nhất. "


def test_members_elected_to_the_standing_committee_in_one_sentence(tmp_path):
    st = state_of(tmp_path, _SESSION + "Hội nghị đã bầu Ban Thường vụ Tỉnh ủy gồm 4 đồng chí: Vi Đức Toàn, Mạc "
                                       "Thị Hảo, Khổng Văn Quyết và Lục Minh Châu.\n")
    got = posts(st)
    for name in ("Vi Đức Toàn", "Mạc Thị Hảo", "Khổng Văn Quyết", "Lục Minh Châu"):
        assert (name, "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got


def test_members_elected_set_one_a_line_with_their_numbers(tmp_path):
    st = state_of(tmp_path, _SESSION + "Kết quả, Hội nghị đã bầu Ban Thường vụ Tỉnh ủy khóa XX gồm 3 đồng chí, "
                                       "gồm:\n\n   1. Vi Đức Toàn\n\n2. Mạc Thị Hảo\n\n      3. Khổng Văn Quyết\n\n"
                                       "Đồng chí Vi Đức Toàn được bầu giữ chức Bí thư Tỉnh ủy.\n")
    got = posts(st)
    for name in ("Vi Đức Toàn", "Mạc Thị Hảo", "Khổng Văn Quyết"):
        assert (name, "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got
        assert name in officials(st)
    assert ("Vi Đức Toàn", "Bí thư", "Tỉnh ủy Yên Bái") in got



def test_one_name_under_a_colon_is_no_list(tmp_path):
    # a speaker introduced on the line above, the speech below: no membership for anyone
    st = state_of(tmp_path, _SESSION + "Hội nghị đã bầu Ban Thường vụ Tỉnh ủy gồm 13 đồng chí, gồm:\n\n"
                                       "Vi Đức Toàn\n\nphát biểu nhận nhiệm vụ tại hội nghị.\n")
    assert not any(role == "Ủy viên" for _, role, _ in posts(st))


def test_lines_of_prose_after_the_colon_are_no_list(tmp_path):
    st = state_of(tmp_path, _SESSION + "Hội nghị đã bầu Ban Thường vụ Tỉnh ủy gồm 13 đồng chí, gồm:\n\n"
                                       "Vi Đức Toàn phát biểu tại hội nghị\n\nMạc Thị Hảo tặng hoa chúc mừng\n")
    assert not any(role == "Ủy viên" for _, role, _ in posts(st))


def test_a_former_title_heads_names_one_a_line_with_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 5/2, Tỉnh ủy Hòa Bình gặp mặt các đồng chí nguyên Phó Chủ tịch UBND "
                            "tỉnh:\n\nBạch Văn Lợi\n\nĐinh Thị Sen\n")
    got = posts(st)
    assert not any(n in ("Bạch Văn Lợi", "Đinh Thị Sen") and role == "Phó Chủ tịch" for n, role, _ in got)


def test_an_organ_not_elected_nor_entered_heads_no_membership(tmp_path):
    # "của Ban Thường vụ Tỉnh ủy gồm:" — the people a decision of the organ names are not its members
    st = state_of(tmp_path, "Tin\n\nNgày 9/7, Huyện ủy Văn Chấn công bố quyết định của Ban Thường vụ Tỉnh ủy Yên "
                            "Bái gồm: Vi Đức Toàn, Mạc Thị Hảo.\n")
    assert not any(role == "Ủy viên" for _, role, _ in posts(st))


# --- a vacancy filled by the session, "kiện toàn chức danh T … đối với đồng chí A" (roles.yaml appointing) ---

def test_a_post_only_proposed_to_be_filled_is_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 20/7, HĐND tỉnh Nam Định khóa XVIII khai mạc kỳ họp thứ 9. Kỳ họp sẽ xem xét "
                            "tờ trình đề nghị kiện toàn chức danh Phó Chủ tịch UBND tỉnh đối với ông Trịnh Văn Hậu.\n")
    assert not any(n == "Trịnh Văn Hậu" for n, _, _ in posts(st))


# --- the source of what is said, "Theo <title>, đồng chí A …" (roles.yaml source_named) ---

def test_a_title_after_theo_is_the_sources_not_the_next_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 6/9, HĐND tỉnh Sơn La họp phiên bất thường. Theo Chủ tịch HĐND tỉnh, đồng chí "
                            "Cầm Văn Tuấn là cán bộ được đào tạo cơ bản.\n")
    assert not any(n == "Cầm Văn Tuấn" and role == "Chủ tịch" for n, role, _ in posts(st))


# --- the Youth Union's central committee with the Union's name written out (roles.yaml titles) ---

def test_a_youth_union_central_member_with_the_unions_full_name_keeps_his_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 4/5, Tỉnh đoàn Quảng Bình tổ chức hội nghị. Dự có đồng chí Hoàng Thị Nhung, Ủy "
                            "viên Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh, Bí thư Tỉnh đoàn Quảng Bình.\n")
    got = posts(st)
    assert ("Hoàng Thị Nhung", "Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in got
    assert ("Hoàng Thị Nhung", "Bí thư", "Tỉnh đoàn Quảng Bình") in got
    assert "Hồ Chí Minh" not in officials(st)


# --- two addresses before one name: "ngài Đầu sư A", "đồng chí Đại tá B" (sentences/mentions) ---

def test_a_comrade_addressed_with_his_rank_is_an_official_and_the_rank_no_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 4/5, Huyện ủy Thanh Ba tổ chức hội nghị. Đồng chí Đại tá Lê Quang Vịnh phát "
                            "biểu tại hội nghị.\n")
    got = officials(st)
    assert "Lê Quang Vịnh" in got
    assert not any(o.startswith("Đại") for o in got)


def test_a_surname_spelt_as_the_address_stays_a_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 23/11, tỉnh Cao Bằng đón đoàn công tác khu tự trị Quảng Tây (Trung Quốc) do "
                            "đồng chí Đồng Chí Khang, Phó Chủ tịch Chính phủ nhân dân khu tự trị dẫn đầu.\n")
    assert "Đồng Chí Khang" in officials(st)


# --- the posts a page reads, those it must not ---

@pytest.mark.parametrize("text, held, not_held", [
    # a title heading the names set one a line (post_lines.listed_below)
    pytest.param("Sáng 2/3, UBND tỉnh Lào Cai họp phiên thường kỳ. Dự có các Phó Chủ tịch UBND "
                 "tỉnh:\n\nNông Văn Bình\n\nHầu Thị Dung\n\nCùng lãnh đạo các sở, ngành.\n",
                 [("Nông Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai"),
                  ("Hầu Thị Dung", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai")],
                 [],
                 id="a_title_heading_names_one_a_line"),
    # a vacancy filled toward a comrade (roles.yaml appointing)
    pytest.param("Ngày 20/7, HĐND tỉnh Nam Định khóa XVIII bế mạc kỳ họp thứ 9. Kỳ họp đã kiện toàn "
                 "chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với đồng chí Trịnh Văn Hậu.\n",
                 [("Trịnh Văn Hậu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")],
                 [],
                 id="a_post_filled_toward_a_comrade_is_his"),
    # a title after "Theo" with its name written (roles.yaml source_named)
    pytest.param("Sáng 6/9, HĐND tỉnh Sơn La họp phiên bất thường. Theo Chủ tịch HĐND tỉnh Lò Thị "
                 "Mai, kỳ họp đã hoàn thành nội dung đề ra.\n",
                 [("Lò Thị Mai", "Chủ tịch", "Hội đồng nhân dân tỉnh Sơn La")],
                 [],
                 id="a_title_after_theo_still_leads_a_name_written_with_it"),
    # "A – T1, T2 - B": the title touching B's dash is B's (post_grammar._dashed_before)
    pytest.param("Chiều 19/2, huyện Yên Lập ra quân huấn luyện. Trung tá Lê Quang Vịnh – Chính ủy "
                 "Bộ CHQS tỉnh Phú Thọ, Chủ tịch UBND huyện Yên Lập - Hà Văn Sáu cùng lãnh đạo các xã dự "
                 "buổi lễ.\n",
                 [("Hà Văn Sáu", "Chủ tịch", "Ủy ban nhân dân huyện Yên Lập"),
                  ("Lê Quang Vịnh", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Phú Thọ")],
                 [("Lê Quang Vịnh", "Chủ tịch", "Ủy ban nhân dân huyện Yên Lập")],
                 id="the_title_before_a_second_names_dash_is_that_names"),
    pytest.param("Chiều 19/2, huyện Yên Lập ra quân huấn luyện. Trung tá Lê Quang Vịnh – Chính ủy "
                 "Bộ CHQS tỉnh Phú Thọ, Chủ tịch UBND huyện Yên Lập - Hà Văn Sáu, Phó Bí thư Huyện ủy "
                 "Thanh Ba dự buổi lễ.\n",
                 [],
                 [("Hà Văn Sáu", "Chủ tịch", "Ủy ban nhân dân huyện Yên Lập")],
                 id="a_name_after_the_dash_with_its_own_title_takes_none_before_it"),
    # two addresses before one name (sentences/mentions)
    pytest.param("Chiều 2/2, Huyện ủy Gò Dầu đến chúc Tết các chức sắc. Đón đoàn về phía Hội "
                 "thánh có ngài Phối sư Thượng Lâm Khiêm - Chưởng quản Hội thánh Cao Đài Tây Ninh.\n",
                 [("Thượng Lâm Khiêm", "Chưởng quản", "Hội thánh Cao Đài Tây Ninh")],
                 [],
                 id="a_clergy_rank_after_the_address_leads_the_name"),
    # a list of "titles name" items: after "Title A ," the chain up to the next name is that name's
    # (post_gaps._led_list)
    pytest.param("Chiều 27/12, Ủy ban MTTQ tỉnh Tuyên Quang tổng kết năm. Dự có Ủy viên Trung ương Đảng, "
                 "Bí thư Tỉnh ủy Hà Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lò Văn Sinh, "
                 "Trưởng Ban Dân vận Tỉnh ủy Đỗ Minh Quý.\n",
                 [("Lò Văn Sinh", "Phó Bí thư Thường trực", "Tỉnh ủy Tuyên Quang"),
                  ("Lò Văn Sinh", "Chủ tịch", "Hội đồng nhân dân tỉnh Tuyên Quang"),
                  ("Hà Văn Lâm", "Bí thư", "Tỉnh ủy Tuyên Quang")],
                 [("Hà Văn Lâm", "Phó Bí thư Thường trực", "Tỉnh ủy Tuyên Quang")],
                 id="in_a_list_of_titled_names_the_chain_after_a_comma_leads_the_next_name"),
    pytest.param("Chiều 27/12, Ủy ban MTTQ tỉnh Tuyên Quang tổng kết năm. Dự có ông Hà Văn Lâm, Phó Bí thư "
                 "Thường trực Tỉnh ủy Tuyên Quang, Chủ tịch HĐND tỉnh Lò Văn Sinh.\n",
                 [("Hà Văn Lâm", "Phó Bí thư Thường trực", "Tỉnh ủy Tuyên Quang")],
                 [("Lò Văn Sinh", "Phó Bí thư Thường trực", "Tỉnh ủy Tuyên Quang")],
                 id="a_name_with_no_title_before_it_keeps_the_chain_after_its_comma"),
    pytest.param("Chiều 27/12, Ủy ban MTTQ tỉnh Tuyên Quang tổng kết năm. Bí thư Tỉnh ủy Tuyên Quang Hà Văn "
                 "Lâm, Chủ tịch HĐND tỉnh phát biểu khai mạc.\n",
                 [("Hà Văn Lâm", "Chủ tịch", "Hội đồng nhân dân tỉnh Tuyên Quang")],
                 [],
                 id="a_titled_name_keeps_a_chain_that_leads_no_other_name"),
])
def test_the_posts_a_page_reads(tmp_path, text, held, not_held):
    got = posts(state_of(tmp_path, "Tin\n\n" + text))
    for post in held:
        assert post in got
    for post in not_held:
        assert post not in got

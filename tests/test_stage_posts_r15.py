"""Posts and officials, round 15: general constructions of the genre — sentences written for the
construction, invented names and places, not copied from any page."""
from __future__ import annotations

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


def test_a_title_heading_names_one_a_line(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/3, UBND tỉnh Lào Cai họp phiên thường kỳ. Dự có các Phó Chủ tịch UBND "
                            "tỉnh:\n\nNông Văn Bình\n\nHầu Thị Dung\n\nCùng lãnh đạo các sở, ngành.\n")
    got = posts(st)
    assert ("Nông Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai") in got
    assert ("Hầu Thị Dung", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai") in got


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

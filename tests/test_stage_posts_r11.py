"""Posts, round 11: roll-calls and titles not read — sentences written for the construction, not copied."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- roll-calls split by ";" ---

def test_a_roll_call_item_keeps_titles_broken_by_an_unknown_body_in_lower_case(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTham gia đoàn có Ủy viên Trung ương Đảng, Phó Chủ tịch UBND tỉnh Kiên Giang, Phó "
                            "Trưởng đoàn giám sát Lâm Văn Khải; Bí thư Huyện ủy Giồng Riềng Tô Thị Mai; cùng lãnh đạo "
                            "các sở, ngành.\n")
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
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Tổ đại biểu HĐND tỉnh gồm các đại biểu: Chung Văn Lực, Huyện ủy viên, Phó "
                            "Chủ tịch UBND huyện Hòn Đất; Lâm Thị Diệu, Chánh Văn phòng HĐND huyện Hòn Đất đã tiếp xúc "
                            "cử tri xã Bình Sơn.\n")
    got = posts(st)
    assert ("Chung Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân huyện Hòn Đất") in got
    assert "Chung Văn Lực" in officials(st)


def test_a_rare_family_name_outside_a_roll_call_is_not_read_by_its_place(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Chung Văn Lực, Huyện ủy viên, Phó Chủ tịch UBND huyện Hòn Đất.\n")
    assert not any(name == "Chung Văn Lực" for name, _, _ in posts(st))


def test_an_item_of_titles_only_goes_on_the_titles_of_the_name_before_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Tô Thị Mai, Ủy viên Ban Thường vụ Trung ương Đoàn, Ủy viên Đoàn Chủ "
                            "tịch Trung ương Hội LHTN Việt Nam; Tỉnh ủy viên, Bí thư Tỉnh đoàn Hậu Giang; đồng chí Lâm Văn "
                            "Khải, Phó Chủ tịch UBND tỉnh Hậu Giang.\n")
    got = posts(st)
    assert ("Tô Thị Mai", "Bí thư", "Tỉnh đoàn Hậu Giang") in got
    assert ("Tô Thị Mai", "Ủy viên", "Tỉnh ủy Hậu Giang") in got
    assert ("Lâm Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang") in got


def test_an_item_of_titles_only_in_a_list_of_titles_before_names_is_no_one_s(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Bí thư Tỉnh ủy Hậu Giang Lâm Văn Khải; Phó Chủ tịch UBND tỉnh; Giám đốc Sở Nội "
                            "vụ tỉnh Hậu Giang Tô Thị Mai.\n")
    got = posts(st)
    assert ("Lâm Văn Khải", "Bí thư", "Tỉnh ủy Hậu Giang") in got
    assert not any(role == "Phó Chủ tịch" for _, role, _ in got)

"""Posts of the seventh round (posts7): religious offices, a council's paired officers, the asides a
chain of titles passes over, and the organs of a neighbouring state. Sentences written for the tests."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


# -- religious offices ----------------------------------------------------------------------------

def test_a_diocese_s_vicar_general_and_his_second_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn của tỉnh Khánh Hòa có Linh mục Đỗ Quang Vinh –Tổng đại diện Giáo phận "
                            "Nha Trang, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.\n")
    got = posts(st)
    assert ("Đỗ Quang Vinh", "Tổng đại diện", "Giáo phận Nha Trang") in got
    assert ("Đỗ Quang Vinh", "Chủ tịch", "Ủy ban Đoàn kết Công giáo tỉnh Khánh Hòa") in got


def test_a_count_of_representatives_is_no_vicar_general(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị có 40 người dự, tổng đại diện Giáo phận Nha Trang và các giáo xứ.\n")
    assert not any(r == "Tổng đại diện" for _, r, _ in posts(st))


def test_the_cao_dai_holy_see_s_heads_after_their_rank(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Khải tặng quà cho Đầu sư Thượng Hòa Thanh- Chưởng quản Hội thánh Cao "
                            "Đài Tây Ninh. Phối sư Ngọc Bình Thanh, Chánh Phối sư Hội thánh Cao Đài Tây Ninh, cảm ơn.\n")
    got = posts(st)
    assert ("Thượng Hòa Thanh", "Chưởng quản", "Hội thánh Cao Đài Tây Ninh") in got
    assert ("Ngọc Bình Thanh", "Chánh Phối sư", "Hội thánh Cao Đài Tây Ninh") in got
    assert "Thượng Hòa Thanh" in st.officials


def test_the_secretary_general_abbreviated(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Hòa thượng Thích Minh Khiêm – Phó TTK Hội đồng Trị sự Giáo hội Phật giáo "
                            "Việt Nam.\n")
    assert ("Thích Minh Khiêm", "Phó Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in posts(st)


# -- a council's chair and secretary-general ------------------------------------------------------

def test_a_deputy_chair_written_bare_before_the_secretary_general(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐón đoàn có Thượng tọa Thích Quảng Minh (Phó Chủ tịch, Tổng Thư ký HĐTS GHPGVN) "
                            "và chư tôn đức.\n")
    got = posts(st)
    assert ("Thích Quảng Minh", "Phó Chủ tịch", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in got
    assert ("Thích Quảng Minh", "Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in got


def test_the_pair_written_the_other_way(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThượng tọa Thích Quảng Minh, Tổng Thư ký, Phó Chủ tịch Hội đồng Trị sự Giáo hội "
                            "Phật giáo Việt Nam cho biết.\n")
    assert ("Thích Quảng Minh", "Tổng Thư ký", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam") in posts(st)


def test_a_bare_deputy_chair_before_another_chair_shares_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Trần Văn Khuê, Phó Chủ tịch, Chủ tịch Hội Nông dân xã Tân Lộc dự.\n")
    assert posts(st) == {("Trần Văn Khuê", "Chủ tịch", "Hội Nông dân xã Tân Lộc")}


# -- what a chain of titles passes over -----------------------------------------------------------

def test_a_chain_goes_on_past_the_body_s_abbreviation_and_a_deputy_s_constituency(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự buổi gặp có bà Lò Thị Hoan – Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Yên Bái "
                            "(HLHPN), Đại biểu Quốc hội tỉnh Yên Bái khóa XIV, Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái.\n")
    got = posts(st)
    assert ("Lò Thị Hoan", "Đại biểu", "Quốc hội") in got
    assert ("Lò Thị Hoan", "Ủy viên", "Ban Thường vụ Tỉnh ủy Yên Bái") in got


def test_a_bracket_that_is_no_abbreviation_ends_the_chain(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Hữu Tín, Chủ tịch UBND xã Tân Lộc (nhiệm kỳ trước), Bí thư Đảng ủy xã Tân "
                            "Lộc hiện nay là ông Trần Văn Khuê.\n")
    assert ("Lê Hữu Tín", "Bí thư", "Đảng ủy xã Tân Lộc") not in posts(st)

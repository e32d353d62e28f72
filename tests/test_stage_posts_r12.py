"""Posts, round 12: general constructions of the genre — sentences written for the construction,
invented names and places, not copied from any page."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- cadre decisions told as the news (roles.yaml posts transfer_announced, joining, appointing) ---

def test_a_decision_the_standing_board_issued_keeps_the_titles_and_gives_the_new_one(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Thường vụ Tỉnh ủy Yên Bái đã ban hành Quyết định số 415-QĐ/TU về điều động và "
                            "bổ nhiệm ông Lương Văn Khởi - Tỉnh ủy viên, Bí thư Huyện ủy Lục Yên đến nhận công tác tại "
                            "Ban Dân vận Tỉnh ủy và giữ chức Trưởng Ban Dân vận Tỉnh ủy.\n")
    got = posts(st)
    assert ("Lương Văn Khởi", "Bí thư", "Huyện ủy Lục Yên") in got
    assert ("Lương Văn Khởi", "Ủy viên", "Tỉnh ủy Yên Bái") in got
    assert ("Lương Văn Khởi", "Trưởng ban", "Ban Dân vận Tỉnh ủy Yên Bái") in got


def test_a_decision_recalled_in_a_bracket_still_leaves_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Đoàn Thị Nhạn được hiệp thương giữ chức Phó Chủ tịch. (Ban Thường vụ Tỉnh ủy "
                            "đã có Quyết định điều động bà Đoàn Thị Nhạn, Phó Chủ tịch HĐND huyện Lục Yên đến nhận "
                            "công tác tại Ủy ban MTTQ Việt Nam tỉnh).\n")
    assert not any(body.startswith("Hội đồng nhân dân") for _, _, body in posts(st))


def test_a_transfer_that_gives_no_title_after_the_new_place_gives_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Thường vụ Tỉnh ủy đã có Quyết định điều động ông Lương Văn Khởi, Bí thư Huyện "
                            "ủy Lục Yên đến nhận công tác tại Ban Dân vận Tỉnh ủy.\n")
    got = posts(st)
    assert ("Lương Văn Khởi", "Bí thư", "Huyện ủy Lục Yên") in got
    assert not any(role == "Trưởng ban" for _, role, _ in got)


def test_approving_a_title_written_as_chuc_danh_before_doi_voi(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/5, đồng chí Hà Minh Quế đã trao Quyết định của Bộ Chính trị chuẩn y chức "
                            "danh Bí thư Tỉnh ủy Yên Bái đối với đồng chí Lương Văn Khởi.\n")
    assert ("Lương Văn Khởi", "Bí thư", "Tỉnh ủy Yên Bái") in posts(st)
    # proposed only: no post
    st = state_of(tmp_path, "Tin\n\nHội nghị đề nghị bổ nhiệm chức danh Phó Giám đốc Sở Y tế tỉnh Yên Bái đối với "
                            "ông Lương Văn Khởi.\n")
    assert not any(name == "Lương Văn Khởi" for name, _, _ in posts(st))

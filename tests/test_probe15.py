"""Round 15's precision probe: people who are not officials, written beside real officials in
invented pages (names, places and sentences invented for the construction, not copied from any page)."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials


# --- a link to another story set between the story's paragraphs, led by a link's mark (article.yaml
# structure link_marks): its people are that story's ---

_VISIT = ("Báo Tin\nBan Dân vận Tỉnh ủy làm việc với Đảng ủy xã Vĩnh An\n\nChiều 16/3, đồng chí Lâm Thị Sen, Trưởng "
          "Ban Dân vận Tỉnh ủy Bạc Liêu làm việc với Đảng ủy xã Vĩnh An.\n\n{}\n\nBáo cáo tại buổi làm việc, đồng chí "
          "Trần Văn Út, Bí thư Đảng ủy xã Vĩnh An cho biết xã có 4 ấp văn hóa.\n\nHoàng Vân\n")


def test_a_link_marked_with_arrows_or_see_also_names_no_official(tmp_path):
    for link in (">> Chủ tịch UBND tỉnh Phạm Văn Thiện kiểm tra dự án điện gió",
                 "XEM THÊM: Chủ tịch UBND tỉnh Phạm Văn Thiện kiểm tra dự án điện gió",
                 "Đọc thêm: Chủ tịch UBND tỉnh Phạm Văn Thiện kiểm tra dự án điện gió"):
        got = officials(state_of(tmp_path, _VISIT.format(link)))
        assert "Phạm Văn Thiện" not in got, link
        assert {"Lâm Thị Sen", "Trần Văn Út"} <= got, link


def test_a_story_line_that_only_starts_with_see_words_stays(tmp_path):
    got = officials(state_of(tmp_path, _VISIT.format("Xem thêm về mô hình, đồng chí Phạm Văn Thiện, Chủ tịch UBND "
                                                     "xã Vĩnh An đề nghị nhân rộng.")))
    assert "Phạm Văn Thiện" in got


# --- a life's years in brackets after a name ("A (1912 - 1947)") tell one of the dead: no post, no official
# (post_history.the_late); a term's years are no life's ---

def test_a_name_with_a_life_s_years_is_of_the_past(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 10/10, Tỉnh ủy Thái Nguyên tổ chức hội thảo về đồng chí Hoàng Văn Nổ (1912 - "
                            "1947), Bí thư Tỉnh ủy đầu tiên. Đồng chí Nguyễn Thanh Hà, Bí thư Tỉnh ủy Thái Nguyên "
                            "chủ trì. Đồng chí Lý Văn Khôi (1915 – 1990), nguyên Chủ tịch tỉnh, là người cùng thời.\n")
    got = officials(st)
    assert not got & {"Hoàng Văn Nổ", "Lý Văn Khôi"}
    assert "Nguyễn Thanh Hà" in got


def test_a_term_s_years_after_a_name_keep_the_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 10/10, đồng chí Nguyễn Thanh Hà (2020 - 2025), Bí thư Tỉnh ủy Thái Nguyên "
                            "chủ trì hội nghị.\n")
    assert "Nguyễn Thanh Hà" in officials(st)

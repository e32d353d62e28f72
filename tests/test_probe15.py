"""Round 15's precision probe: people who are not officials, written beside real officials in
invented pages (names, places and sentences invented for the construction, not copied from any page)."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials


_LEAD = ("Tin\n\nSáng 5/9, đồng chí Trần Xuân Lương, Phó Chủ tịch UBND tỉnh Hà Nam dự lễ khai giảng tại "
         "Trường Tiểu học Kim Bảng. ")


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


# --- the people a page makes officials, and those it must not ---

@pytest.mark.parametrize("text, not_officials, officials_", [
    # the name after a title a person before it already holds ends the body's own name (posts._titled_before)
    pytest.param(_LEAD + "Bà Lê Thị Thoa, Trưởng đoàn Văn công Hoa Sen, dẫn chương trình. Ông Lê Văn "
                 "Thoại, Chủ nhiệm Nhóm Xòe Hoa Ban, đến dự.\n",
                 {"Hoa Sen", "Hoa Ban"}, {"Trần Xuân Lương"},
                 id="a_troupe_name_after_its_head_s_title_is_no_person"),
    # (the name after a title no one before it holds is still its holder)
    pytest.param(_LEAD + "Trưởng Ban Công tác đại biểu Lê Văn Tư làm Phó Trưởng đoàn.\n",
                 set(), {"Lê Văn Tư"},
                 id="a_name_after_an_unheld_title_of_an_unknown_body_is_still_its_holder"),
    # the heads and members of a family's, a school's parents', an amateur troupe's or a hometown group's
    # board are private people (people.yaml private_bodies)
    pytest.param(_LEAD + "Ban liên lạc họ Đỗ gồm 3 thành viên: ông Đỗ Văn Cảnh – Trưởng ban; ông Đỗ "
                 "Đình Lực – Phó Trưởng ban; bà Đỗ Thị Loan – Thư ký.\n",
                 {"Đỗ Văn Cảnh", "Đỗ Đình Lực", "Đỗ Thị Loan"}, {"Trần Xuân Lương"},
                 id="a_clan_board_s_members_with_bare_titles_are_no_officials"),
    pytest.param(_LEAD + "Ông Võ Văn Hảo, Trưởng ban Đại diện cha mẹ học sinh Kim Bảng, trao quà. Bà "
                 "Danh Thị Mơ, Chủ nhiệm Đội múa Hoa Ban, nhận giải Nhất. Ông Lý Văn Tài, Chủ "
                 "tịch Hội đồng hương Kim Bảng tại Hà Nội, gửi thư chúc mừng.\n",
                 {"Võ Văn Hảo", "Danh Thị Mơ", "Hoa Ban", "Lý Văn Tài"}, {"Trần Xuân Lương"},
                 id="the_heads_of_a_parents_board_and_a_dance_troupe_are_no_officials"),
    pytest.param(_LEAD + "Thường trực Huyện ủy Kim Bảng gồm: ông Đỗ Văn Cảnh – Phó Bí thư Thường trực; "
                 "bà Đỗ Thị Loan – Phó Bí thư.\n",
                 set(), {"Đỗ Văn Cảnh", "Đỗ Thị Loan"},
                 id="a_bare_title_in_a_public_board_s_list_still_makes_an_official"),
    # a gift's recipient addressed "đồng chí" (a war invalid, a poor member) is no official
    # (meetings.yaml recipient_cues); one named with a post he held still is
    pytest.param("Tin\n\nSáng 26/7, đồng chí Phạm Minh Hòa, Bí thư Huyện ủy Kim Bảng thăm các gia đình "
                 "chính sách. Đồng chí Phạm Minh Hòa trao quà cho đồng chí Hoàng Văn Sử, thương binh "
                 "hạng 2/4, và tặng quà cho các đồng chí: Lục Văn Thắm, Hà Văn Dinh là cựu chiến binh "
                 "có hoàn cảnh khó khăn.\n",
                 {"Hoàng Văn Sử", "Lục Văn Thắm", "Hà Văn Dinh"}, {"Phạm Minh Hòa"},
                 id="comrades_given_gifts_are_no_officials"),
    pytest.param("Tin\n\nSáng 26/1, đồng chí Phạm Minh Hòa, Bí thư Huyện ủy Kim Bảng tặng quà Tết "
                 "cho đồng chí Hoàng Văn Sử, nguyên Chủ tịch UBND huyện Kim Bảng.\n",
                 set(), {"Phạm Minh Hòa", "Hoàng Văn Sử"},
                 id="a_gift_to_a_former_leader_named_with_his_post_keeps_him_an_official"),
    # a life's years in brackets after a name ("A (1912 - 1947)") tell one of the dead: no post, no official
    # (post_history.the_late); a term's years are no life's
    pytest.param("Tin\n\nSáng 10/10, Tỉnh ủy Thái Nguyên tổ chức hội thảo về đồng chí Hoàng Văn Nổ (1912 - "
                 "1947), Bí thư Tỉnh ủy đầu tiên. Đồng chí Đào Minh Khải, Bí thư Tỉnh ủy Thái Nguyên "
                 "chủ trì. Đồng chí Lý Văn Khôi (1915 – 1990), nguyên Chủ tịch tỉnh, là người cùng thời.\n",
                 {"Hoàng Văn Nổ", "Lý Văn Khôi"}, {"Đào Minh Khải"},
                 id="a_name_with_a_life_s_years_is_of_the_past"),
    pytest.param("Tin\n\nSáng 10/10, đồng chí Đào Minh Khải (2020 - 2025), Bí thư Tỉnh ủy Thái Nguyên "
                 "chủ trì hội nghị.\n",
                 set(), {"Đào Minh Khải"},
                 id="a_term_s_years_after_a_name_keep_the_official"),
    pytest.param("Tin\n\nSáng 26/7, bà Quách Thị Mơ, Trưởng Ban Nữ công Công đoàn Trường Cao đẳng Kim Bảng, "
                 "trao quà cho đồng chí Hoàng Văn Sử, thương binh hạng 2/4.\n",
                 {"Hoàng Văn Sử"}, {"Quách Thị Mơ"},
                 id="the_giver_written_with_a_title_stays_an_official"),
])
def test_the_officials_of_a_page(tmp_path, text, not_officials, officials_):
    got = officials(state_of(tmp_path, text))
    assert not got & not_officials
    assert officials_ <= got

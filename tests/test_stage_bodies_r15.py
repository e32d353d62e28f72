"""Round 15 (bodies): a committee written once before the plural word and a list of places of its
rank; a list of bodies closed by one that writes its level; a neighbour's military commands by
their written places; a union's elected organ written bare in a story about the union; a name
kept in the case written; a board of the story's district written with the possessive ("của
huyện"). Sentences invented for these tests."""
from __future__ import annotations

import pytest
from test_stage_pipeline import bodies_of as bodies, posts_of as posts
from test_stage_bodies_r14 import _state     # (an article of one story paragraph)


def _bodies(tmp_path, text: str) -> set[str]:
    return bodies(_state(tmp_path, text))


def test_an_organ_of_a_committee_before_a_plural_list_of_provinces_is_each_provinces(tmp_path):
    got = _bodies(tmp_path, "Chiều 12/3, Đoàn công tác của Trung ương làm việc với Ban Thường vụ Tỉnh ủy các tỉnh: "
                            "Kon Tum, Gia Lai và Phú Yên.")
    assert {"Ban Thường vụ Tỉnh ủy Kon Tum", "Ban Thường vụ Tỉnh ủy Gia Lai", "Ban Thường vụ Tỉnh ủy Phú Yên",
            "Tỉnh ủy Kon Tum", "Tỉnh ủy Gia Lai", "Tỉnh ủy Phú Yên"} <= got
    assert "Ban Thường vụ Tỉnh ủy" not in got


def test_a_title_of_a_committee_before_a_plural_list_names_each_committee_and_no_post(tmp_path):
    st = _state(tmp_path, "Sáng 5/4, hội nghị có ông Trần Văn Ba, Bí thư Tỉnh ủy Hà Tĩnh và Bí thư Tỉnh ủy các tỉnh "
                          "Nghệ An, Quảng Bình.")
    assert {"Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Nghệ An", "Tỉnh ủy Quảng Bình"} <= bodies(st)
    assert posts(st) == {("Trần Văn Ba", "Bí thư", "Tỉnh ủy Hà Tĩnh")}


def test_a_district_committee_before_a_plural_list_of_districts(tmp_path):
    got = _bodies(tmp_path, "Sáng 5/4, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk giám sát Ban Thường vụ Huyện ủy các huyện "
                            "Krông Pắc, Ea Kar và Cư M'gar về công tác cán bộ.")
    assert {"Huyện ủy Krông Pắc", "Huyện ủy Ea Kar", "Huyện ủy Cư M'gar",
            "Ban Thường vụ Huyện ủy Ea Kar"} <= got


def test_a_committee_before_a_plural_word_and_no_list_or_another_rank_names_no_place(tmp_path):
    got = _bodies(tmp_path, "Sáng 5/4, Ban Thường vụ Tỉnh ủy các tỉnh, thành phố cần chủ động. Tỉnh ủy các huyện "
                            "miền núi Cao Bằng, Hà Giang có nhiều khó khăn.")
    assert not any(b.startswith("Tỉnh ủy ") and b != "Tỉnh ủy" for b in got)


def test_a_list_closed_by_a_body_that_writes_its_level_keeps_that_level_before_another_unit(tmp_path):
    got = _bodies(tmp_path, "Chiều 25/1, lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh, TX.Hoài Nhơn, Quân "
                            "khu 5 cùng thăm, chúc Tết các gia đình chính sách của tỉnh Bình Định.")
    assert {"Hội đồng nhân dân tỉnh Bình Định", "Ủy ban nhân dân tỉnh Bình Định"} <= got
    assert not any("Hoài Nhơn" in b for b in got)


def test_a_list_closed_by_a_placed_commune_or_district_body_shares_it(tmp_path):
    got = _bodies(tmp_path, "Sáng 20/12, lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Phước Sơn dự lễ. Dự có Thường "
                            "trực HĐND, UBND huyện Tuy Phước.")
    assert {"Đảng ủy xã Phước Sơn", "Ủy ban nhân dân xã Phước Sơn", "Hội đồng nhân dân huyện Tuy Phước"} <= got


def test_a_neighbours_military_commands_by_their_places(tmp_path):
    got = _bodies(tmp_path, "Sáng 4/5, Ban CHQS huyện Tân Hưng trao đổi kinh nghiệm với Chi khu Quân sự Kampong Rô – Tiểu "
                            "khu Quân sự Svay Riêng. Đoàn thăm Tiểu khu quân sự Takeo dưới cơn mưa lớn.")
    assert {"Chi khu Quân sự Kampong Rô", "Tiểu khu Quân sự Svay Riêng", "Tiểu khu Quân sự Takeo"} <= got
    assert not any("–" in b or b.endswith("dưới") for b in got)


def test_military_commands_in_general_are_no_body(tmp_path):
    got = _bodies(tmp_path, "Sáng 4/5, các chi khu quân sự và tiểu khu quân sự của bạn đã hợp tác tốt với Ban CHQS "
                            "huyện Tân Hưng.")
    assert not any("khu" in b.lower() and "Quân sự" in b for b in got if not b.startswith("Ban"))


def test_a_union_organ_written_bare_in_a_story_about_the_union_is_the_unions(tmp_path):
    got = _bodies(tmp_path, "Sáng 12/6, Hội Người cao tuổi xã Hòa Phú tổ chức đại hội. Đại hội bầu Ban Thường vụ gồm "
                            "3 đồng chí.")
    assert "Ban Thường vụ Hội Người cao tuổi xã Hòa Phú" in got


def test_a_bare_organ_in_a_story_about_another_body_is_no_unions(tmp_path):
    got = _bodies(tmp_path, "Sáng 12/6, Đảng bộ xã Hòa Phú tổ chức đại hội. Dự có Hội Người cao tuổi xã Hòa Phú. Đại "
                            "hội bầu Ban Thường vụ gồm 3 đồng chí.")
    assert not any(b.startswith("Ban Thường vụ Hội") for b in got)


def test_a_bare_organ_written_of_a_committee_too_is_no_unions(tmp_path):
    got = _bodies(tmp_path, "Sáng 12/6, Hội Nông dân huyện Tuy An tổ chức hội nghị. Ban Thường vụ Huyện ủy chỉ đạo. Ban "
                            "Thường vụ đã kiện toàn.")
    assert "Ban Thường vụ Hội Nông dân huyện Tuy An" not in got


@pytest.mark.parametrize("centre", ["Trung tâm Kiểm soát Bệnh tật tỉnh Hà Tĩnh",
                                    "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh"], ids=["capitalised", "lower_case"])
def test_the_disease_control_centre_keeps_the_case_the_page_writes(tmp_path, centre):
    got = _bodies(tmp_path, "Sáng 5/3, " + centre + " tổ chức hội nghị.")
    assert centre in got


def test_a_board_of_the_story_s_district_written_with_the_possessive_takes_its_place(tmp_path):
    got = _bodies(tmp_path, "Sáng 14/10, Hội Nông dân huyện Tuy An cùng Ban Chỉ đạo 160 của huyện mở lớp tập huấn cho "
                            "hội viên. Ban Chỉ đạo phòng, chống dịch của huyện đã họp.")
    assert {"Ban Chỉ đạo 160 huyện Tuy An", "Ban Chỉ đạo phòng, chống dịch huyện Tuy An"} <= got


def test_a_possessive_with_a_named_place_adds_none(tmp_path):
    got = _bodies(tmp_path, "Sáng 14/10, Hội Nông dân huyện Tuy An cùng Ban Chỉ đạo 160 của huyện Sơn Hòa mở lớp tập "
                            "huấn cho hội viên.")
    assert not any(b.startswith("Ban Chỉ đạo 160 ") for b in got)


def test_a_steering_board_s_head_beside_representatives_names_no_board_of_them(tmp_path):
    got = _bodies(tmp_path, "Chiều 14/10, bà Lê Thị Hai, Phó Chủ tịch UBND tỉnh Phú Yên, Trưởng ban chỉ đạo và đại diện "
                            "lãnh đạo các sở, ngành của tỉnh đi kiểm tra đê biển.")
    assert not any("đại diện" in b for b in got)


def test_a_possessive_with_no_place_the_story_reveals_adds_none(tmp_path):
    got = _bodies(tmp_path, "Sáng 5/3, Ban Chỉ đạo 160 của huyện đã họp.")
    assert not any(b.startswith("Ban Chỉ đạo 160 ") and b != "Ban Chỉ đạo 160 huyện" for b in got)


def test_a_neighbours_command_keeps_the_case_its_page_writes(tmp_path):
    # (regress15, mends 855430d: the page writes only "Chi khu quân sự X", as its gold does)
    got = _bodies(tmp_path, "Sáng 9/2, Ban CHQS huyện Đức Huệ tiếp đoàn Chi khu quân sự Romeas Hek sang chúc Tết.")
    assert "Chi khu quân sự Romeas Hek" in got and "Chi khu Quân sự Romeas Hek" not in got


def test_a_page_that_writes_both_cases_names_one_command(tmp_path):
    # (negative: "Chi khu Quân sự X" written once capitalised gives every mention that spelling)
    got = _bodies(tmp_path, "Sáng 9/2, đoàn đến Chi khu Quân sự Romeas Hek. Ban CHQS huyện Đức Huệ và Chi khu quân sự "
                            "Romeas Hek ký kết biên bản hợp tác.")
    assert "Chi khu Quân sự Romeas Hek" in got and "Chi khu quân sự Romeas Hek" not in got

"""Hosts and guests: constructions met in the u6/u7 splits, pinned with sentences written for the tests."""
from __future__ import annotations

from test_stage_pipeline import state_of


def hg(tmp_path, text) -> tuple[list[str], list[str]]:
    m = state_of(tmp_path, text).meeting
    return [b.name for b in m.hosts], [b.name for b in m.guests]


def test_the_body_an_oversight_delegation_oversees_right_after_its_verb_hosts(tmp_path):
    hosts, guests = hg(tmp_path, "Giám sát chính sách người có công\n\nSáng 9/4, Đoàn giám sát của Thường trực "
                                 "HĐND tỉnh Hậu Giang tiến hành giám sát Sở Nội vụ về việc chi trả trợ cấp cho "
                                 "thân nhân liệt sĩ trong năm qua.\n")
    assert hosts == ["Sở Nội vụ tỉnh Hậu Giang"]
    assert guests == ["Thường trực Hội đồng nhân dân tỉnh Hậu Giang"]


def test_the_body_after_tai_at_the_end_of_what_is_overseen_hosts(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra quỹ Vì người nghèo\n\nNgày 15/8, Đoàn kiểm tra của Ủy ban MTTQ Việt Nam "
                                 "tỉnh Bạc Liêu do bà Trần Thị Lan, Phó Chủ tịch, làm Trưởng đoàn đã kiểm tra việc "
                                 "thu, chi quỹ Vì người nghèo năm 2022 tại UBND xã Hưng Thành.\n")
    assert hosts == ["Ủy ban nhân dân xã Hưng Thành"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu"]


def test_a_body_after_the_oversight_clause_has_ended_is_not_overseen(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra quỹ Vì người nghèo\n\nNgày 15/8, Đoàn kiểm tra của Ủy ban MTTQ Việt Nam "
                                 "tỉnh Bạc Liêu đã kiểm tra việc thu, chi quỹ Vì người nghèo năm 2022; tại UBND "
                                 "xã Hưng Thành, đoàn ghi nhận nhiều cách làm hay.\n")
    assert "Ủy ban nhân dân xã Hưng Thành" not in hosts
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu"]


def test_who_makes_up_an_oversight_delegation_goes_with_it_as_guests(tmp_path):
    hosts, guests = hg(tmp_path, "Giám sát chính sách người có công\n\nSáng 9/4, Đoàn giám sát của Thường trực "
                                 "HĐND tỉnh Hậu Giang tiến hành giám sát Sở Nội vụ về việc chi trả trợ cấp cho "
                                 "thân nhân liệt sĩ trong năm qua. Thành phần Đoàn giám sát gồm có: Ban Văn hóa - "
                                 "Xã hội HĐND tỉnh, Ban Kinh tế - Ngân sách HĐND tỉnh.\n")
    assert hosts == ["Sở Nội vụ tỉnh Hậu Giang"]
    assert guests == ["Thường trực Hội đồng nhân dân tỉnh Hậu Giang",
                      "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hậu Giang",
                      "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Hậu Giang"]

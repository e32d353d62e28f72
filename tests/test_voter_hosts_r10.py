"""Voters' meetings, round 10: the deputies of a province who meet their voters are its delegation, the
meeting's host. Every sentence here is invented (names, places, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_the_deputies_of_a_province_meeting_voters_hold_it_as_its_delegation(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp xúc cử tri\n\nSáng 12/3/2024, ông Trần Văn Khải, Phó Thủ tướng Chính phủ cùng các "
                                 "đại biểu Quốc hội tỉnh Hà Nam đã có buổi tiếp xúc cử tri tại huyện Kim Bảng.\n")
    assert hosts == ["Đoàn đại biểu Quốc hội tỉnh Hà Nam"] and guests == []


def test_deputies_named_as_the_voters_object_hold_nothing(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp xúc cử tri\n\nSáng 12/3/2024, tại buổi tiếp xúc cử tri ở xã Lê Hồ, cử tri kiến nghị "
                            "đại biểu Quốc hội tỉnh Hà Nam quan tâm đến giá vật tư nông nghiệp.\n")
    assert "Đoàn đại biểu Quốc hội tỉnh Hà Nam" not in hosts


def test_a_voters_meeting_with_its_host_read_keeps_it(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp xúc cử tri\n\nSáng 12/3/2024, Thường trực HĐND tỉnh Hà Nam tổ chức tiếp xúc cử tri tại "
                            "huyện Kim Bảng; các đại biểu Quốc hội tỉnh Hà Nam cùng dự.\n")
    assert hosts == ["Thường trực Hội đồng nhân dân tỉnh Hà Nam"]

"""Hosts, round 5: constructions met in the u9 split (and seen on other sites of the genre),
pinned with sentences written for the tests."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests for the hosts tests


def test_stops_listed_by_semicolons_go_on_past_an_item_that_opens_before_its_body(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm chúc mừng Giáng sinh\n\n"
                            "Sáng 21/12, đoàn công tác của huyện đã đến thăm, tặng quà tại Giáo xứ Phước Lâm, xã Hòa Mỹ; "
                            "Nhà thờ họ đạo Bình Hưng, xã Tân Phú; Giáo xứ Kim Sơn, xã Long Điền.\n")
    assert "Giáo xứ Kim Sơn" in hosts and "Giáo xứ Phước Lâm" in hosts


def test_stops_listed_by_semicolons_go_on_past_a_name_the_reader_does_not_know(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm chúc Tết các tôn giáo\n\n"
                            "Sáng 20/1, đoàn của Ban Dân vận tỉnh ghé thăm, chúc Tết tại Giáo xứ Phước Lâm; "
                            "Chi hội Tin Lành; Ban Đại diện cộng đồng Hồi giáo tỉnh An Giang.\n")
    assert "Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang" in hosts


def test_a_clause_after_a_semicolon_is_no_stop(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm chúc mừng Giáng sinh\n\n"
                            "Sáng 21/12, đoàn công tác của huyện đã đến thăm, tặng quà tại Giáo xứ Phước Lâm; "
                            "Phó Chủ tịch UBND huyện Trà Ôn Lê Văn Tài gửi lời chúc mừng.\n")
    assert "Giáo xứ Phước Lâm" in hosts
    assert not any(h.startswith("Ủy ban nhân dân") for h in hosts)


def test_a_lower_case_clause_after_a_semicolon_is_no_stop(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm chúc mừng Giáng sinh\n\n"
                            "Sáng 21/12, đoàn công tác của huyện đã đến thăm, tặng quà tại Giáo xứ Phước Lâm; "
                            "biểu dương Ủy ban Đoàn kết Công giáo huyện Trà Ôn đã vận động giáo dân.\n")
    assert hosts == ["Giáo xứ Phước Lâm"]

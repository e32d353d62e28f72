"""Hosts and guests: constructions met in the u6/u7 splits, pinned with sentences written for the tests."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests for the hosts tests


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


def test_a_council_overseeing_a_matter_with_no_body_overseen_holds_it(tmp_path):
    hosts, _ = hg(tmp_path, "HĐND huyện Mỏ Cày Nam giám sát việc trả lời kiến nghị của cử tri\n\nBuổi giám sát "
                            "tập trung vào 52 kiến nghị gửi tới kỳ họp cuối năm; đến nay đã giải quyết xong 30 kiến "
                            "nghị, số còn lại đang được xem xét.\n")
    assert hosts == ["Hội đồng nhân dân huyện Mỏ Cày Nam"]


def test_a_body_that_oversees_at_a_place_it_goes_to_does_not_hold_it(tmp_path):
    hosts, _ = hg(tmp_path, "HĐND tỉnh Bến Tre giám sát việc trả lời kiến nghị của cử tri tại huyện Mỏ Cày Nam\n\n"
                            "Buổi giám sát tập trung vào 52 kiến nghị gửi tới kỳ họp cuối năm.\n")
    assert "Hội đồng nhân dân tỉnh Bến Tre" not in hosts


def test_a_body_that_forms_an_inspection_delegation_does_not_hold_it(tmp_path):
    hosts, _ = hg(tmp_path, "Lập đoàn kiểm tra an toàn thực phẩm\n\nNgày 8/6, UBND tỉnh Bến Tre ban hành quyết định "
                            "về việc lập Đoàn kiểm tra an toàn thực phẩm dịp Tết Trung thu do ông A làm trưởng đoàn.\n")
    assert "Ủy ban nhân dân tỉnh Bến Tre" not in hosts


def test_nhan_dan_after_the_visit_verb_does_not_end_its_objects(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm đơn vị trực Tết\n\nSáng 3/2, ông Lê Văn Tùng, Phó Chủ tịch UBND tỉnh Hà Giang đã "
                            "đến thăm, chúc Tết những nơi làm việc xuyên Tết, phục vụ Nhân dân vui Xuân, gồm: Bệnh "
                            "viện Đa khoa tỉnh Hà Giang, Công an tỉnh Hà Giang.\n")
    assert hosts == ["Bệnh viện Đa khoa tỉnh Hà Giang", "Công an tỉnh Hà Giang"]


def test_in_a_list_divided_by_commas_the_body_after_a_dash_is_the_item_s_owner(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm đơn vị trực Tết\n\nSáng 3/2, ông Lê Văn Tùng, Phó Chủ tịch UBND tỉnh Hà Giang đã "
                            "đến thăm, chúc Tết Sư đoàn 316 - Quân khu 2, Bệnh viện Đa khoa tỉnh Hà Giang và Công "
                            "an tỉnh Hà Giang.\n")
    assert hosts == ["Sư đoàn 316", "Bệnh viện Đa khoa tỉnh Hà Giang", "Công an tỉnh Hà Giang"]


def test_a_list_divided_by_dashes_alone_keeps_every_body(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc Tết Huyện ủy - HĐND - UBND huyện Mèo Vạc\n\nChiều 5/2, Ban Trị sự GHPGVN tỉnh Hà "
                            "Giang đến chúc Tết Huyện ủy - HĐND - UBND huyện Mèo Vạc.\n")
    assert hosts == ["Huyện ủy Mèo Vạc", "Hội đồng nhân dân huyện Mèo Vạc", "Ủy ban nhân dân huyện Mèo Vạc"]


def test_the_place_gone_to_named_again_after_a_dash_is_no_visitor(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng Phật đản\n\nSáng 10/5, đoàn lãnh đạo tỉnh Trà Vinh do ông Lê Văn Tâm, "
                                 "Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến Chùa Phước Điền - Văn phòng Ban Trị sự "
                                 "GHPGVN tỉnh Trà Vinh thăm, chúc mừng Đại lễ Phật đản.\n")
    assert hosts == ["Chùa Phước Điền"]
    assert not any(g.startswith("Văn phòng") for g in guests)

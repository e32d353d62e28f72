"""Guests, round 10: who is received as a person, inspection teams, fronted sessions. Every sentence here
is invented (names, places, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


# -- a person received comes for the body of his title (docs/conventions.md) ----------------------------

def test_a_consul_received_brings_the_consulate_his_title_names(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp khách\n\nSáng 12/5/2024, ông Lê Văn Ba, Bí thư Tỉnh ủy Hậu Giang tiếp ông Kim Min "
                                 "Su, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh đến thăm nhân dịp đầu năm mới.\n")
    assert hosts == ["Tỉnh ủy Hậu Giang"]
    assert guests == ["Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh"]


def test_an_envoy_received_by_his_title_alone_brings_his_embassy(tmp_path):
    _, guests = hg(tmp_path, "Tiếp Đại sứ\n\nChiều 3/4/2024, Chủ tịch UBND tỉnh Hậu Giang Lê Văn Ba tiếp Đại sứ Nhật Bản "
                             "tại Việt Nam đến chào xã giao.\n")
    assert guests == ["Đại sứ quán Nhật Bản tại Việt Nam"]


def test_each_of_two_persons_received_brings_his_body(tmp_path):
    _, guests = hg(tmp_path, "Tiếp\n\nChiều 3/4/2024, ông Lê Văn Ba, Chủ tịch UBND tỉnh Hậu Giang tiếp bà Trần Thị Hoa, "
                             "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam và ông Lý Văn Tư, Phó Giám đốc Sở Nội vụ tỉnh "
                             "Sóc Trăng đến thăm và làm việc.\n")
    assert guests[1:] == ["Sở Nội vụ tỉnh Sóc Trăng"] and "Hội Nông dân" in guests[0]


def test_a_foreign_government_his_title_only_implies_is_no_guest(tmp_path):
    # (negative: "Tỉnh trưởng tỉnh X" implies a government the text does not write)
    _, guests = hg(tmp_path, "Tiếp\n\nChiều 3/4/2024, ông Lê Văn Ba, Phó Chủ tịch UBND tỉnh Hậu Giang tiếp ông Khăm Phon, "
                             "Tỉnh trưởng tỉnh Attapeu (Lào) sang thăm.\n")
    assert guests == []


def test_a_person_received_whose_title_names_no_body_brings_none(tmp_path):
    # (negative: "Chủ tịch một tập đoàn": no body written)
    _, guests = hg(tmp_path, "Tiếp\n\nChiều 3/4/2024, ông Lê Văn Ba, Phó Chủ tịch UBND tỉnh Hậu Giang tiếp ông Kim Min Su, "
                             "Chủ tịch một tập đoàn Hàn Quốc đến tìm hiểu cơ hội đầu tư.\n")
    assert guests == []


def test_who_receives_beside_the_host_is_no_person_received(tmp_path):
    # (negative: "Tiếp đoàn có ông A, ...": the receivers, after the delegation word, are no guests)
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 16/1, Đoàn công tác huyện Sốp Cộp do ông Lò Văn Pha làm trưởng đoàn đã đến "
                             "chúc Tết nhân dân huyện Mường Lát. Tiếp đoàn có ông Lê Văn Ba, Phó Chủ tịch UBND huyện "
                             "Mường Lát.\n")
    assert "Ủy ban nhân dân huyện Mường Lát" not in guests

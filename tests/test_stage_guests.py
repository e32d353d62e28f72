"""Guests: the visiting side of a meeting (docs/conventions.md, "guests" and "companions").
Every sentence here is invented (names, places of worship and dates made up)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_organisers_of_a_visit_with_the_going_word_alone_are_the_visitors(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm giáo xứ\n\nNgày 20/12/2023, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang phối hợp với "
                                 "Ban Tôn giáo tỉnh Hậu Giang tổ chức đi thăm, chúc mừng Giáng sinh Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "Ban Tôn giáo tỉnh Hậu Giang"]


def test_the_convener_of_an_event_with_a_visit_after_it_still_hosts(tmp_path):
    hosts, guests = hg(tmp_path, "Biểu dương phụ nữ\n\nNgày 8/3/2024, Hội Liên hiệp Phụ nữ tỉnh Hậu Giang tổ chức Hội nghị "
                                 "biểu dương phụ nữ tiêu biểu, sau đó đi thăm Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ tỉnh Hậu Giang"]
    assert guests == []


def test_a_named_working_session_of_one_body_with_another(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nBuổi làm việc của Ban Thường vụ Tỉnh ủy Hậu Giang với Ban Thường vụ "
                                 "Huyện ủy Long Mỹ để bàn về việc làm đường giao thông nông thôn năm 2023.\n")
    assert hosts == ["Ban Thường vụ Tỉnh ủy Hậu Giang"]
    assert guests == ["Ban Thường vụ Huyện ủy Long Mỹ"]


def test_a_session_of_a_person_or_a_work_programme_names_no_sides(tmp_path):
    _, guests = hg(tmp_path, "Làm việc\n\nBuổi làm việc của đồng chí Trần Văn Khải với Ban Thường vụ Huyện ủy Long Mỹ "
                             "để bàn về việc làm đường giao thông nông thôn năm 2023.\n")
    assert guests == []
    hosts, guests = hg(tmp_path, "Chương trình\n\nNgày 5/1/2024, Ban Thường vụ Tỉnh ủy Hậu Giang thông qua chương trình "
                                 "làm việc của Tỉnh ủy Hậu Giang với các huyện trong năm 2024.\n")
    assert guests == []


def test_a_lone_official_who_comes_to_work_brings_his_body(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nSáng 9/8/2023, ông Lê Quốc Phong, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội đến "
                                 "thăm và làm việc với Ban Thường vụ Tỉnh ủy Hậu Giang.\n")
    assert hosts == ["Ban Thường vụ Tỉnh ủy Hậu Giang"]
    assert guests == ["Hội đồng Dân tộc của Quốc hội"]


def test_companions_named_between_the_leader_and_the_visit_go_with_the_delegation(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm\n\nNgày 12/4/2024, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Hậu Giang do ông Lê Văn "
                                 "Hai, Phó Chủ tịch Ủy ban làm trưởng đoàn, cùng ông Trần Văn Ba, Phó Chủ tịch UBND tỉnh Hậu "
                                 "Giang và đại diện Ban Tôn giáo tỉnh đến thăm, chúc mừng Hội Đoàn kết Sư sãi yêu nước tỉnh "
                                 "Hậu Giang.\n")
    assert hosts == ["Hội Đoàn kết Sư sãi yêu nước tỉnh Hậu Giang"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "Ủy ban nhân dân tỉnh Hậu Giang",
                      "Ban Tôn giáo tỉnh Hậu Giang"]
    _, guests = hg(tmp_path, "Chúc thọ\n\nSáng 6/1/2024, Đoàn của Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang do ông Lê Văn "
                             "Hai, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn; bà Trần Thị Ba, Bí thư Tỉnh đoàn, đại diện Ban "
                             "Dân tộc tỉnh đã đến thăm, chúc thọ các cụ tròn 100 tuổi.\n")
    assert guests == ["Tỉnh ủy Hậu Giang", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "Tỉnh đoàn Hậu Giang",
                      "Ban Dân tộc tỉnh Hậu Giang"]


def test_a_place_after_the_leader_brings_no_companion(tmp_path):
    _, guests = hg(tmp_path, "Thăm\n\nNgày 12/4/2024, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Hậu Giang do ông Lê Văn Hai, "
                             "Phó Chủ tịch Ủy ban làm trưởng đoàn, tại trụ sở Hội Đoàn kết Sư sãi yêu nước tỉnh Hậu Giang "
                             "đã thăm, chúc mừng chư tăng.\n")
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_a_named_session_of_a_delegation_is_paid_to_the_other_side(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nTại buổi làm việc của Đoàn công tác Bộ Tài chính với UBND tỉnh Hậu Giang, "
                                 "hai bên bàn việc giải ngân vốn đầu tư công.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Hậu Giang"]
    assert guests == ["Bộ Tài chính"]


def test_the_people_of_a_named_side_bring_their_bodies_to_a_visit_of_a_pagoda(tmp_path):
    text = ("Chúc mừng\n\nChiều 3/5/2024, đoàn công tác Ủy ban Dân tộc về chúc mừng Lễ Phật đản tại Ban Trị sự Giáo hội "
            "Phật giáo Việt Nam huyện Long Mỹ tại chùa Phước Thạnh.\n{}\n")
    _, guests = hg(tmp_path, text.format("Về phía huyện Long Mỹ có các đồng chí: Lê Văn Hai, Phó Chủ tịch UBND huyện Long "
                                         "Mỹ; Trần Thị Ba, Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Mỹ."))
    assert guests == ["Ủy ban Dân tộc", "Ủy ban nhân dân huyện Long Mỹ",
                      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Mỹ"]


def test_those_who_merely_attend_a_visit_of_a_pagoda_bring_no_body(tmp_path):
    text = ("Chúc mừng\n\nChiều 3/5/2024, đoàn công tác Ủy ban Dân tộc về chúc mừng Lễ Phật đản tại Ban Trị sự Giáo hội "
            "Phật giáo Việt Nam huyện Long Mỹ tại chùa Phước Thạnh.\n{}\n")
    _, guests = hg(tmp_path, text.format("Tham dự buổi chúc mừng còn có ông Lê Văn Hai, Phó Chủ tịch UBND huyện Long Mỹ."))
    assert guests == ["Ủy ban Dân tộc"]


def test_who_goes_along_written_with_chung_is_a_companion(tmp_path):
    text = ("Chúc mừng\n\nSáng 20/12/2024, đoàn công tác Huyện ủy Long Mỹ đến thăm và chúc mừng Giáo xứ Tân Lộc Đông. "
            "{} đồng chí Trần Văn Ba – Bí thư Đảng ủy xã Vĩnh Viễn.\n")
    _, guests = hg(tmp_path, text.format("Đi chung với đoàn có"))
    assert guests == ["Huyện ủy Long Mỹ", "Đảng ủy xã Vĩnh Viễn"]
    _, guests = hg(tmp_path, text.format("Tiếp đoàn, đi chung với đoàn có"))
    assert guests == ["Huyện ủy Long Mỹ"]


def test_who_receives_right_after_the_leader_is_no_companion(tmp_path):
    # (the riders' reading alone: the meeting stage reads this receiving clause by its own rules)
    from test_stage_pipeline import state_of
    from kg.extract.meeting.visits import _riders
    views = state_of(tmp_path, "Thăm\n\nNgày 12/4/2024, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Hậu Giang do ông Lê "
                               "Văn Hai, Phó Chủ tịch Ủy ban làm trưởng đoàn, UBND huyện Long Mỹ đã tiếp đoàn tại trụ sở.\n").views
    assert all(_riders(sv) == (None, None) for sv in views)

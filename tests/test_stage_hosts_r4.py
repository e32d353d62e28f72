"""Hosts: constructions met in the u6-u8 splits, pinned with sentences written for the tests."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests for the hosts tests


def test_a_body_that_meets_a_delegation_leaving_for_a_congress_hosts_it(tmp_path):
    hosts, guests = hg(tmp_path, "Thường trực Huyện ủy Mỹ Xuyên gặp mặt Đoàn đại biểu dự Đại hội Hội Nông dân tỉnh\n\n"
                                 "Chiều 3/8, Thường trực Huyện ủy Mỹ Xuyên gặp mặt Đoàn đại biểu nông dân huyện "
                                 "tham dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ X.\n")
    assert hosts == ["Thường trực Huyện ủy Mỹ Xuyên"]
    assert guests == []


def test_a_leader_with_his_company_meeting_a_delegation_to_a_congress_names_no_host(tmp_path):
    hosts, guests = hg(tmp_path, "Gặp mặt Đoàn đại biểu dự Đại hội Hội Nông dân tỉnh\n\n"
                                 "Chiều 3/8, đồng chí Lâm Văn Tỏ, Bí thư Huyện ủy Mỹ Xuyên cùng lãnh đạo Ban Dân vận "
                                 "Huyện ủy gặp mặt Đoàn đại biểu nông dân huyện tham dự Đại hội đại biểu Hội Nông dân "
                                 "tỉnh lần thứ X.\n")
    assert hosts == [] and guests == []


def test_a_body_asked_to_organise_an_event_later_is_no_host(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc Tết lãnh đạo tỉnh\n\n"
                            "Hòa thượng Thích Minh Đạo mong lãnh đạo tỉnh tiếp tục tạo điều kiện để Ban Trị sự Giáo hội "
                            "Phật giáo Việt Nam tỉnh Hậu Giang tổ chức tốt Đại lễ Phật đản năm tới.\n")
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hậu Giang" not in hosts


def test_a_body_that_organises_a_ceremony_for_a_purpose_still_hosts(tmp_path):
    hosts, _ = hg(tmp_path, "Lễ đón Tết cổ truyền\n\n"
                            "Sáng 5/4, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hậu Giang tổ chức Lễ mừng năm mới "
                            "để chư tăng và phật tử cùng đón Tết.\n")
    assert hosts == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hậu Giang"]


def test_the_head_of_an_oversight_team_brings_its_body_to_the_body_acted_on(tmp_path):
    hosts, guests = hg(tmp_path, "Công bố quyết định giám sát\n\n"
                                 "Sáng 9/5, đồng chí Hà Minh Quang, Phó Chủ tịch HĐND tỉnh Sóc Trăng, Trưởng đoàn giám sát "
                                 "của Thường trực HĐND tỉnh chủ trì hội nghị công bố quyết định giám sát năm nay đối với "
                                 "UBND huyện Mỹ Tú.\n")
    assert hosts == ["Ủy ban nhân dân huyện Mỹ Tú"]
    assert guests == ["Thường trực Hội đồng nhân dân tỉnh Sóc Trăng"]


def test_a_team_head_with_no_body_acted_on_names_no_host_by_the_team(tmp_path):
    hosts, guests = hg(tmp_path, "Công bố quyết định giám sát\n\n"
                                 "Sáng 9/5, đồng chí Hà Minh Quang, Phó Chủ tịch HĐND tỉnh Sóc Trăng, Trưởng đoàn giám sát "
                                 "của Thường trực HĐND tỉnh chủ trì hội nghị công bố quyết định giám sát năm nay tại "
                                 "trụ sở của tỉnh.\n")
    assert "Thường trực Hội đồng nhân dân tỉnh Sóc Trăng" not in guests


def test_the_bodies_a_convened_dialogue_puts_face_to_face_are_its_guests(tmp_path):
    hosts, guests = hg(tmp_path, "Đối thoại với người lao động\n\n"
                                 "Sáng 20/4, Liên đoàn Lao động tỉnh Bạc Liêu tổ chức hội nghị đối thoại giữa Thường trực "
                                 "HĐND tỉnh, Sở Nội vụ với đoàn viên công đoàn các khu công nghiệp.\n")
    assert hosts == ["Liên đoàn Lao động tỉnh Bạc Liêu"]
    assert guests == ["Thường trực Hội đồng nhân dân tỉnh Bạc Liêu", "Sở Nội vụ tỉnh Bạc Liêu"]


def test_a_convener_named_again_as_a_side_of_its_dialogue_is_no_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Đối thoại với người lao động\n\n"
                                 "Sáng 20/4, Liên đoàn Lao động tỉnh Bạc Liêu tổ chức hội nghị đối thoại giữa Liên đoàn Lao "
                                 "động tỉnh với đoàn viên công đoàn các khu công nghiệp.\n")
    assert hosts == ["Liên đoàn Lao động tỉnh Bạc Liêu"]
    assert guests == []


def test_every_place_listed_after_the_one_gone_to_is_visited(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm chùa Khmer dịp Tết\n\n"
                                 "Ngày 12/4, Ban Dân tộc tỉnh Trà Vinh đã đến chùa Sà Lôn Mới (xã Tân Hiệp, huyện Cầu Kè) "
                                 "và chùa Phước Linh Mới (thị trấn Trà Cú) để trao quà và thư chúc Tết của lãnh đạo tỉnh.\n")
    assert hosts == ["Chùa Sà Lôn Mới", "Chùa Phước Linh Mới"]
    assert guests == ["Ban Dân tộc tỉnh Trà Vinh"]


def test_a_body_listed_with_the_visitor_is_not_a_place_gone_to(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm chùa Khmer dịp Tết\n\n"
                                 "Ngày 12/4, Ban Dân tộc tỉnh Trà Vinh và Hội Chữ thập đỏ tỉnh đã đến chùa Sà Lôn Mới "
                                 "(xã Tân Hiệp, huyện Cầu Kè) để trao quà và thư chúc Tết của lãnh đạo tỉnh.\n")
    assert hosts == ["Chùa Sà Lôn Mới"]
    assert "Hội Chữ thập đỏ tỉnh Trà Vinh" not in hosts


def test_an_emulation_cluster_that_holds_a_meeting_is_no_host(tmp_path):
    hosts, _ = hg(tmp_path, "Giao ban cụm thi đua\n\n"
                            "Ngày 14/9, Cụm thi đua số 3 (gồm Huyện ủy Mỹ Tú, Huyện ủy Kế Sách) tổ chức hội nghị giao ban "
                            "công tác thi đua 9 tháng đầu năm.\n")
    assert not any(h.startswith("Cụm") for h in hosts)


def test_a_body_that_holds_a_cluster_meeting_still_hosts_it(tmp_path):
    hosts, _ = hg(tmp_path, "Giao ban cụm thi đua\n\n"
                            "Ngày 14/9, Hội Nông dân tỉnh Sóc Trăng tổ chức hội nghị giao ban cụm thi đua số 3 "
                            "9 tháng đầu năm.\n")
    assert hosts == ["Hội Nông dân tỉnh Sóc Trăng"]


# -- the review's wordings (review4 H1, H3, H6, H7), written again for the tests ---------------------

def test_a_team_head_speaking_of_a_duty_towards_a_body_names_no_host(tmp_path):
    hosts, guests = hg(tmp_path, "Phát biểu tại hội nghị\n\n"
                                 "Đồng chí Lò Văn Tám, Trưởng đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy phát biểu, nhấn mạnh "
                                 "trách nhiệm của người đứng đầu đối với Hội Cựu chiến binh tỉnh trong công tác hội viên.\n")
    assert "Hội Cựu chiến binh tỉnh" not in " ".join(hosts)
    assert guests == [] or "Ủy ban Kiểm tra Tỉnh ủy" not in " ".join(guests)


def test_a_noun_yeu_cau_before_the_organiser_does_not_make_a_purpose(tmp_path):
    hosts, _ = hg(tmp_path, "Tập huấn văn thư\n\n"
                            "Đáp ứng yêu cầu cải cách hành chính năm nay Sở Tư pháp tỉnh Hậu Giang tổ chức hội nghị tập "
                            "huấn công tác văn thư.\n")
    assert hosts == ["Sở Tư pháp tỉnh Hậu Giang"]


def test_a_fronted_purpose_with_its_comma_forgotten_keeps_the_organiser(tmp_path):
    hosts, _ = hg(tmp_path, "Hội thi cắm hoa\n\n"
                            "Nhằm chào mừng ngày Quốc tế Phụ nữ Hội Liên hiệp Phụ nữ huyện Mỹ Tú tổ chức hội thi cắm hoa "
                            "cho hội viên.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ huyện Mỹ Tú"]


def test_giua_of_a_joint_programme_is_no_dialogue(tmp_path):
    hosts, guests = hg(tmp_path, "Sơ kết chương trình phối hợp\n\n"
                                 "Sáng 5/5, Hội Nông dân tỉnh Hậu Giang tổ chức hội nghị đánh giá 5 năm thực hiện chương "
                                 "trình liên tịch giữa Hội Nông dân tỉnh và Sở Công Thương tỉnh.\n")
    assert hosts == ["Hội Nông dân tỉnh Hậu Giang"]
    assert "Sở Công Thương tỉnh Hậu Giang" not in guests


def test_the_visitor_after_a_fronted_clause_of_arrival_is_no_place_gone_to(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm cán bộ biên phòng\n\n"
                                 "Sáng 5/2, sau khi đến Đồn Biên phòng Vĩnh Hội Đông, Thường trực Huyện ủy An Phú đã thăm hỏi, "
                                 "tặng quà cán bộ, chiến sĩ.\n")
    assert "Thường trực Huyện ủy An Phú" not in hosts


def test_places_listed_with_commas_up_to_va_are_all_gone_to(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm chùa Khmer dịp Tết\n\n"
                            "Ngày 12/4, Ban Dân tộc tỉnh Trà Vinh đã đến chùa Sà Lôn Mới, chùa Phước Linh Mới và chùa "
                            "Kỳ La Cũ để trao quà và thư chúc Tết của lãnh đạo tỉnh.\n")
    assert hosts == ["Chùa Sà Lôn Mới", "Chùa Phước Linh Mới", "Chùa Kỳ La Cũ"]

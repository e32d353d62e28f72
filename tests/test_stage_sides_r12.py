"""The meeting's sides, round 12: who leads, who a former official or a candidate is, whom a visitor speaks
for, and a list of stops after an occasion phrase (sentences, names and places invented for the tests)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


def sides(tmp_path, text) -> tuple[list[str], list[str]]:
    m = meeting(tmp_path, text)
    return [b.name for b in m.hosts], [b.name for b in m.guests]


# -- the leader is named in the delegation's clause, not the host's ----------------------------------------------

def test_who_presides_over_a_welcome_does_not_lead_the_delegation_welcomed(tmp_path):
    m = meeting(tmp_path, "Lễ đón đoàn\n\nSáng 4/3, tại Hà Nội, Chủ tịch Quốc hội Lê Quang Khải đã chủ trì lễ đón Chủ "
                          "tịch Quốc hội nước Cộng hòa Bantu Ozo Mbeke dẫn đầu đoàn đại biểu cấp cao thăm chính thức "
                          "Việt Nam.\n")
    assert "Lê Quang Khải" in m.chairs
    assert m.leaders == []


def test_the_leader_named_after_the_receiving_verb_still_leads(tmp_path):
    m = meeting(tmp_path, "Tiếp đoàn công tác\n\nChiều 9/6, đồng chí Hà Minh Sơn, Bí thư Tỉnh ủy Yên Bái đã tiếp đoàn "
                          "công tác của Ban Dân vận Trung ương do đồng chí Trần Thị Lụa, Phó Trưởng Ban Dân vận Trung "
                          "ương dẫn đầu.\n")
    assert m.leaders == ["Trần Thị Lụa"]


def test_a_leader_with_no_receiving_verb_before_him(tmp_path):
    m = meeting(tmp_path, "Thăm tỉnh bạn\n\nNgày 2/5, đồng chí Vũ Đình Phong, Phó Bí thư Tỉnh ủy Hòa Bình dẫn đầu đoàn "
                          "công tác của tỉnh đến thăm và làm việc tại tỉnh Sơn La.\n")
    assert m.leaders == ["Vũ Đình Phong"]


# -- a former title brings no body ------------------------------------------------------------------------------

def test_a_former_speaker_received_brings_no_parliament(tmp_path):
    hosts, guests = sides(tmp_path, "Gặp gỡ\n\nChiều 12/8, ông Lương Văn Đức, Bí thư Tỉnh ủy Bắc Giang tiếp ông Somchai "
                                    "Wongsa, nguyên Chủ tịch Quốc hội Thái Lan, cùng một số doanh nghiệp đi theo.\n")
    assert hosts == ["Tỉnh ủy Bắc Giang"]
    assert not any("Quốc hội" in g for g in guests)


def test_a_sitting_speaker_received_brings_his_parliament(tmp_path):
    _, guests = sides(tmp_path, "Gặp gỡ\n\nChiều 12/8, ông Lương Văn Đức, Bí thư Tỉnh ủy Bắc Giang tiếp ông Somchai "
                                "Wongsa, Chủ tịch Quốc hội Thái Lan, cùng một số doanh nghiệp đi theo.\n")
    assert guests and all("Quốc hội" in g for g in guests)


# -- a candidate for a council is no council yet ----------------------------------------------------------------

def test_a_candidate_meeting_voters_makes_no_council_the_host(tmp_path):
    hosts, _ = sides(tmp_path, "Tiếp xúc cử tri\n\nSáng 14/5, Giám đốc Sở Tư pháp tỉnh Trà Vinh Thạch Văn Sơn, ứng cử "
                               "viên đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2031-2036, tiếp xúc cử tri tại thị trấn "
                               "Cầu Kè.\n")
    assert "Hội đồng nhân dân tỉnh Trà Vinh" not in hosts


def test_a_council_that_meets_its_voters_still_hosts(tmp_path):
    hosts, _ = sides(tmp_path, "Tiếp xúc cử tri\n\nNgày 3/7, Thường trực Hội đồng nhân dân tỉnh Trà Vinh tổ chức tiếp "
                               "xúc cử tri tại xã Long Hòa sau kỳ họp thứ 9.\n")
    assert hosts == ["Thường trực Hội đồng nhân dân tỉnh Trà Vinh"]


# -- the body a visitor says he speaks for ------------------------------------------------------------------------

def test_a_visitor_speaking_for_a_body_comes_for_it_not_for_the_body_before_his_name(tmp_path):
    _, guests = sides(tmp_path, "Tặng quà\n\nDịp này, nhà giáo Hội Khuyến học tỉnh Đỗ Minh Tâm thay mặt Đoàn đại biểu "
                                "Quốc hội tỉnh Quảng Trị đến thăm, tặng quà các hộ nghèo ở huyện Hải Lăng.\n")
    assert guests == ["Đoàn đại biểu Quốc hội tỉnh Quảng Trị"]


def test_a_body_and_a_person_speaking_for_another_keep_the_body(tmp_path):
    _, guests = sides(tmp_path, "Chúc Tết\n\nNgày 20/1, Hội Nông dân tỉnh Quảng Trị và ông Đỗ Minh Tâm thay mặt Hội "
                                "Cựu chiến binh tỉnh thăm, chúc Tết các gia đình chính sách ở huyện Hải Lăng.\n")
    assert "Hội Nông dân tỉnh Quảng Trị" in guests


# -- the list of stops after the occasion ---------------------------------------------------------------------------

def test_the_places_of_worship_listed_after_the_occasion_are_visited(tmp_path):
    hosts, _ = sides(tmp_path, "Chúc mừng Giáng sinh\n\nChiều 23/12, đoàn công tác của Ủy ban MTTQ tỉnh Vĩnh Long đã tới "
                               "thăm, tặng quà những cơ sở tôn giáo trong tỉnh nhân lễ Giáng sinh năm 2019, bao gồm: Tòa "
                               "Giám mục Giáo phận Vĩnh Long, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Vĩnh Long.\n")
    assert hosts == ["Tòa Giám mục Giáo phận Vĩnh Long", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Vĩnh Long"]


def test_no_list_after_the_occasion_keeps_no_later_body(tmp_path):
    hosts, _ = sides(tmp_path, "Chúc mừng Giáng sinh\n\nChiều 23/12, đoàn công tác của Ủy ban MTTQ tỉnh Vĩnh Long đã tới "
                               "thăm, tặng quà những gia đình giáo dân trong tỉnh nhân lễ Giáng sinh; Ban Trị sự Giáo hội "
                               "Phật giáo Việt Nam tỉnh Vĩnh Long cũng gửi quà.\n")
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Vĩnh Long" not in hosts


# -- two parties joined in the headline's subject are both sides of one talk ----------------------------------------

def test_a_headline_joining_a_ministry_and_a_province_does_not_swap_the_leads_sides(tmp_path):
    hosts, guests = sides(tmp_path, "Bộ Y tế và tỉnh Hà Giang thảo luận về y tế cơ sở\n\nSáng 22/11, Thứ trưởng Bộ Y tế Đỗ "
                                    "Thị Hạnh cùng đoàn công tác của Bộ đã làm việc với Ủy ban nhân dân tỉnh Hà Giang về "
                                    "mạng lưới trạm y tế xã.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Hà Giang"]
    assert guests == ["Bộ Y tế"]


def test_a_headline_joining_two_bodies_that_hold_a_conference_keeps_both_hosts(tmp_path):
    hosts, _ = sides(tmp_path, "Hội Nông dân và Hội Cựu chiến binh tỉnh Lạng Sơn ký kết phối hợp\n\nSáng 9/5, Hội Nông "
                               "dân tỉnh Lạng Sơn và Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức hội nghị ký kết chương trình "
                               "phối hợp giai đoạn 2024-2029.\n")
    assert sorted(hosts) == ["Hội Cựu chiến binh tỉnh Lạng Sơn", "Hội Nông dân tỉnh Lạng Sơn"]


# -- a reception named as an event, "tại buổi tiếp với X", says nothing of who received ----------------------------

def test_one_who_speaks_at_a_reception_with_others_does_not_receive_them(tmp_path):
    hosts, guests = sides(tmp_path, "Hợp tác đào tạo\n\nÔng Tanaka Ken, Phó Giám đốc Sở Y tế tỉnh Gifu (Nhật Bản) đề nghị "
                                    "hai bên sớm mở lớp đào tạo điều dưỡng tại buổi tiếp với lãnh đạo Ủy ban nhân dân "
                                    "tỉnh Hải Dương sáng 18/10.\n")
    assert not any("Gifu" in h for h in hosts)
    assert "Ủy ban nhân dân tỉnh Hải Dương" not in guests


def test_a_reception_held_by_an_official_still_receives(tmp_path):
    hosts, _ = sides(tmp_path, "Tiếp đoàn Nhật Bản\n\nSáng 18/10, ông Vũ Trí Hùng, Chủ tịch UBND tỉnh Hải Dương đã có "
                               "buổi tiếp với đoàn công tác tỉnh Gifu (Nhật Bản).\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Hải Dương"]


# -- the leaders named before "cùng đoàn ... của X" come for their own bodies too ---------------------------------

def test_leaders_heading_a_delegation_of_bodies_come_for_their_titles_bodies(tmp_path):
    _, guests = sides(tmp_path, "Mừng Phật đản\n\nNhân mùa Phật đản, bà Lâm Thị Hòa, Phó Chủ tịch UBND tỉnh Sóc Trăng và "
                                "ông Đặng Minh Sang, Chủ tịch Ủy ban MTTQ tỉnh cùng đoàn công tác của Sở Nội vụ tỉnh Sóc "
                                "Trăng đã tới chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng.\n")
    assert sorted(guests) == ["Sở Nội vụ tỉnh Sóc Trăng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng",
                              "Ủy ban nhân dân tỉnh Sóc Trăng"]


def test_a_leader_with_no_title_joined_by_a_delegation_adds_no_body(tmp_path):
    _, guests = sides(tmp_path, "Chúc mừng Phật đản\n\nNgày 12/5, ông Lâm Văn Hòa cùng đoàn cán bộ của UBND tỉnh Sóc Trăng "
                                "đã đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng.\n")
    assert guests == ["Ủy ban nhân dân tỉnh Sóc Trăng"]

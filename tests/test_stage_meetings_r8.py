"""Hosts and guests, round 8 (sentences written for the tests; invented names)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def hg(tmp_path, text) -> tuple[list[str], list[str]]:
    m = state_of(tmp_path, text).meeting
    return [b.name for b in m.hosts], [b.name for b in m.guests]


# -- "thay mặt": one reader (kg.extract.meeting.behalf), callers decide one body or many ----------

def test_a_visitor_speaking_for_several_bodies_brings_them_all(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nSáng 3/2, thay mặt lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh "
                                 "Quảng Trị, ông Hoàng Văn Khải đã tới thăm hỏi và tặng quà những hộ gia đình chính sách ở xã Hải Lâm.\n")
    assert hosts == []
    assert guests == ["Tỉnh ủy Quảng Trị", "Hội đồng nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"]


def test_a_visitor_speaking_for_one_organ_brings_that_organ(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng Đại lễ Phật đản\n\nSáng 3/5, ông Hoàng Văn Khải, Phó Bí thư Tỉnh ủy Quảng Trị, "
                                 "thay mặt Thường trực Tỉnh ủy Quảng Trị tới thăm và chúc mừng Ban Trị sự GHPGVN tỉnh "
                                 "Quảng Trị nhân dịp lễ.\n")
    assert hosts == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị"]
    assert guests == ["Thường trực Tỉnh ủy Quảng Trị"]


def test_a_greeting_to_the_delegation_speaks_for_the_hosts_not_the_guests(tmp_path):
    # (negative: who greets the delegation "tới đoàn" is the visited side; his bodies are no guests)
    hosts, guests = hg(tmp_path, "Làm việc tại huyện\n\nSáng 3/2, thay mặt Huyện ủy, UBND huyện Cam Lộ, ông Hoàng Văn "
                                 "Khải gửi lời chúc mừng năm mới tới đoàn công tác của tỉnh.\n")
    assert "Huyện ủy Cam Lộ" not in guests


def test_behalf_reader_gives_the_list_and_skips_fillers(tmp_path):
    from kg.extract.meeting.behalf import behalf_at, behalf_mentions
    st = state_of(tmp_path, "Thăm hỏi\n\nThay mặt lãnh đạo Tỉnh ủy - UBND tỉnh Quảng Trị, ông Hoàng Văn Khải tặng quà.\n")
    sv = next(v for v in st.views if v.text.startswith("Thay"))
    at = behalf_at(sv)
    assert at is not None
    assert len(behalf_mentions(sv, sv.elements, at)) == 2
    assert behalf_mentions(sv, sv.elements, at, fillers=False) == []     # ("lãnh đạo" stops a reader without fillers)


# -- a party organisation (Đảng bộ) that is the very subject of a convening verb hosts ------------

def test_a_party_organisation_convening_a_badge_ceremony_hosts_it(tmp_path):
    hosts, _ = hg(tmp_path, "Trao Huy hiệu Đảng\n\nSáng 5/3/2024 Đảng bộ xã Tân Hòa long trọng tổ chức Lễ trao Huy hiệu "
                            "30 năm tuổi Đảng cho bảy đảng viên của các chi bộ ấp.\n")
    assert hosts == ["Đảng bộ xã Tân Hòa"]


def test_a_party_organisation_that_places_a_cell_does_not_host(tmp_path):
    # (negative: "chi bộ N, Đảng bộ xã X" names where the cell is; the cell convenes)
    hosts, _ = hg(tmp_path, "Sinh hoạt chuyên đề\n\nTối 9/3/2024, chi bộ 3, Đảng bộ xã Tân Hòa tổ chức sinh hoạt chuyên đề "
                            "về công tác phát triển đảng viên mới trong quý II.\n")
    assert "Đảng bộ xã Tân Hòa" not in hosts


def test_a_party_organisation_owned_by_a_resolution_does_not_host(tmp_path):
    # (negative: the mention is owned by a noun before it, not the subject)
    hosts, _ = hg(tmp_path, "Hội nghị\n\nĐể thực hiện Nghị quyết Đảng bộ xã Tân Hòa, UBND xã Tân Hòa đã tổ chức hội nghị "
                            "triển khai kế hoạch năm 2024.\n")
    assert "Đảng bộ xã Tân Hòa" not in hosts


# -- a working session no body hosts: officials who travel to a place or its people are guests -----

def test_an_official_leading_a_trip_to_households_is_a_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm hỏi hộ dân bị thiệt hại\n\nChiều 6/5, Phó Chủ tịch UBND tỉnh Quảng Trị Lê Minh Tường "
                                 "cùng đoàn công tác của tỉnh về thăm hỏi các hộ dân "
                                 "bị mưa đá làm hư hại nhà ở xã Cam Hiếu; làm việc với chính quyền xã về khắc phục hậu quả.\n")
    assert hosts == []
    assert guests == ["Ủy ban nhân dân tỉnh Quảng Trị"]


def test_an_official_who_works_with_a_provinces_leaders_without_a_trip_is_no_guest(tmp_path):
    # (negative: "X làm việc với Y" with no trip word; its subject hosts, docs/conventions.md)
    _, guests = hg(tmp_path, "Làm việc với huyện\n\nSáng 6/5, Chủ tịch UBND tỉnh Quảng Trị Lê Minh Tường làm việc với lãnh "
                             "đạo chủ chốt huyện Cam Lộ về tiến độ giải ngân vốn đầu tư công.\n")
    assert "Ủy ban nhân dân tỉnh Quảng Trị" not in guests


# -- two or more officials who receive a delegation do so at home, each for his body --------------

def test_officials_named_with_titles_who_receive_host_for_their_bodies(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp đoàn tỉnh bạn\n\nChiều 8/4, đồng chí Vũ Đình Khang, Bí thư Huyện ủy Cam Lộ; đồng chí "
                            "Phan Thị Ngọc, Chủ tịch UBND huyện Cam Lộ cùng lãnh đạo một số phòng, ban đã tiếp đoàn công tác "
                            "huyện Xê Pôn sang chúc Tết.\n")
    assert hosts == ["Huyện ủy Cam Lộ", "Ủy ban nhân dân huyện Cam Lộ"]


def test_receiving_officials_listed_after_tiep_doan_co_bring_no_host(tmp_path):
    # (negative: "Tiếp đoàn có <persons>": most golds name no host for the persons' bodies)
    hosts, _ = hg(tmp_path, "Tiếp đoàn tỉnh bạn\n\nChiều 8/4, đoàn công tác huyện Xê Pôn sang chúc Tết huyện Cam Lộ. Tiếp "
                            "đoàn có đồng chí Vũ Đình Khang, Bí thư Huyện ủy Cam Lộ.\n")
    assert "Huyện ủy Cam Lộ" not in hosts


# -- a congress the elected delegates go to is not the one held (probe8 family 3) ------------------

def test_the_congress_the_delegates_go_to_does_not_host(tmp_path):
    hosts, _ = hg(tmp_path, "Nông dân huyện bước vào nhiệm kỳ mới\n\nTại phiên bế mạc, ông Lê Quang Vĩnh tiếp tục được "
                            "tín nhiệm bầu giữ chức Chủ tịch. Đại hội đã bầu 9 đại biểu đi dự Đại hội đại biểu toàn "
                            "quốc Hội Nông dân Việt Nam lần thứ IX.\n")
    assert "Hội Nông dân Việt Nam" not in hosts


def test_a_congress_attended_by_guests_is_still_the_one_held(tmp_path):
    # (negative: "Về dự Đại hội Hội X có ..." names the congress held, its owner hosts)
    hosts, _ = hg(tmp_path, "Đại hội nông dân huyện\n\nSáng 12/6, về dự Đại hội đại biểu Hội Nông dân huyện Tân Phước "
                            "lần thứ XI có ông Lê Quang Vĩnh, Chủ tịch Hội Nông dân tỉnh Tiền Giang.\n")
    assert hosts == ["Hội Nông dân huyện Tân Phước"]


# -- an official of the visited side who goes along with the delegation is no visitor (review8b H6) --

def test_a_local_official_going_along_with_the_delegation_is_no_guest(tmp_path):
    _, guests = hg(tmp_path, "Kiểm tra vùng ngập\n\nChiều 9/10/2024, đoàn công tác của Sở Nông nghiệp tỉnh Quảng Trị làm "
                             "việc tại xã Cam Thành. Ông Hồ Văn Lĩnh, Chủ tịch UBND xã Cam Thành cùng đoàn đến thăm "
                             "các hộ nuôi cá bị thiệt hại.\n")
    assert "Ủy ban nhân dân xã Cam Thành" not in guests


def test_an_official_with_his_own_delegation_is_still_a_guest(tmp_path):
    # (negative: "cùng đoàn công tác của tỉnh" is his own delegation, he visits)
    _, guests = hg(tmp_path, "Thăm hộ nghèo\n\nChiều 9/10/2024, ông Hồ Văn Lĩnh, Phó Chủ tịch UBND tỉnh Quảng Trị cùng "
                             "đoàn công tác của tỉnh đã đến thăm, tặng quà các hộ nghèo ở xã Cam Thành.\n")
    assert guests == ["Ủy ban nhân dân tỉnh Quảng Trị"]


# -- a programme held for people is convened by its organiser (review8b M2) --------------------------

def test_a_body_organising_a_programme_hosts_it(tmp_path):
    hosts, _ = hg(tmp_path, "Chăm lo Tết cho công nhân\n\nSáng 14/1/2024, Liên đoàn Lao động tỉnh Quảng Trị tổ chức chương "
                            "trình “Xuân ấm nghĩa tình” tại Khu công nghiệp Nam Đông Hà, trao 200 suất quà cho đoàn viên.\n")
    assert hosts == ["Liên đoàn Lao động tỉnh Quảng Trị"]


def test_a_plans_programme_is_not_convened(tmp_path):
    # (negative: "chương trình hành động" is a plan, meetings.yaml people program_not_events)
    from kg.extract.meeting.hosts import host_guest
    st = state_of(tmp_path, "Chuyển đổi số\n\nHội Nông dân huyện Cam Lộ tổ chức chương trình hành động về chuyển đổi số "
                            "trong nông nghiệp.\n")
    sv = next(v for v in st.views if v.text.startswith("Hội"))
    assert host_guest(sv, st.bodies)[2] is False


def test_a_programme_not_held_this_year_is_not_convened(tmp_path):
    # (negative: "không tổ chức chương trình X": the union visits instead; it hosts nothing)
    hosts, guests = hg(tmp_path, "Thăm công nhân dịp Tết\n\nSáng 18/1/2022, đoàn công tác do ông Trần Văn Hòa dẫn đầu "
                                 "đã tới thăm hỏi công nhân khó khăn ở huyện Gio Linh. Năm nay, do dịch bệnh, LĐLĐ tỉnh "
                                 "Quảng Trị không tổ chức chương trình “Xuân ấm nghĩa tình”.\n")
    assert "Liên đoàn Lao động tỉnh Quảng Trị" not in hosts


# -- a body that hands over, subject of the lead, holds the ceremony --------------------------------

def test_a_union_handing_over_a_house_hosts_the_ceremony(tmp_path):
    hosts, _ = hg(tmp_path, "Trao nhà Mái ấm cho hội viên\n\nNgày 12/3, Hội Nông dân xã Hải Lâm (huyện Hải Lăng) đã bàn giao nhà "
                            "“Mái ấm tình thương” cho gia đình hội viên Trần Thị Mơ ở thôn 4.\n")
    assert hosts == ["Hội Nông dân xã Hải Lâm"]


def test_a_union_handing_out_gifts_on_visits_does_not_host(tmp_path):
    # (negative: the lead tells visits, "tổ chức các đoàn thăm hỏi": who hands over is a visitor)
    hosts, _ = hg(tmp_path, "Liên đoàn Lao động tỉnh Quảng Trị trao quà cho công nhân.\n\nNgày 9/5, Liên đoàn Lao động "
                            "tỉnh Quảng Trị cho biết đã tổ chức các đoàn thăm hỏi, tặng quà 50 đoàn viên bị tai nạn.\n")
    assert "Liên đoàn Lao động tỉnh Quảng Trị" not in hosts


def test_delegates_attending_the_congress_held_keep_its_host(tmp_path):
    # (negative, review8b H8: "150 đại biểu dự Đại hội Hội X" attends the one held; no election of delegates)
    hosts, _ = hg(tmp_path, "Đại hội nông dân huyện\n\nSáng 5/6/2024, có 150 đại biểu về dự Đại hội Hội Nông dân huyện "
                            "Tân Phước lần thứ XI, nhiệm kỳ 2024-2029.\n")
    assert hosts == ["Hội Nông dân huyện Tân Phước"]


def test_a_programme_on_the_occasion_of_a_visit_does_not_host_it(tmp_path):
    # (negative, review8d H1: "Dịp này, X tổ chức chương trình ..." is another event; the visitor stays the guest)
    hosts, guests = hg(tmp_path, "Chúc Tết công nhân\n\nSáng 3/2/2024, bà Trương Thị Lan, Chủ tịch Liên đoàn Lao động tỉnh "
                                 "Quảng Trị tới thăm, chúc Tết công nhân khu công nghiệp Quán Ngang. Dịp này, Liên đoàn "
                                 "Lao động tỉnh tổ chức chương trình “Xuân ấm nghĩa tình” tặng 200 suất quà.\n")
    assert hosts == []
    assert guests == ["Liên đoàn Lao động tỉnh Quảng Trị"]


def test_a_donor_on_the_occasion_of_a_ceremony_does_not_host_it(tmp_path):
    # (negative, review8d H4: the lead names the ceremony; "Nhân dịp này, X trao ..." is a donor)
    hosts, _ = hg(tmp_path, "Khánh thành cầu nông thôn\n\nSáng 5/3/2024, lễ khánh thành cầu ấp Bàu Sen, xã Hải Lâm được "
                            "tổ chức trọng thể. Nhân dịp này, Ngân hàng Chính sách xã hội huyện Hải Lăng trao 20 suất "
                            "quà cho hộ nghèo.\n")
    assert hosts == []


# -- review8d H1 follow-up: a programme's organiser hosts only in the lead of a meeting that is no visit --

_VISIT_LEAD = ("Thăm công nhân đón Tết\n\nSáng 27/1/2025, ông Hồ Văn Khải, Chủ tịch Liên đoàn Lao động tỉnh Kon Tum "
               "đến thăm, động viên người lao động tại nhà máy chế biến cà phê Đắk Hring. ")


def _visit_with(second: str, tmp_path) -> tuple[list[str], list[str]]:
    return hg(tmp_path, _VISIT_LEAD + second + "\n")


def test_a_programme_on_a_festive_occasion_in_a_visit_does_not_host_it(tmp_path):
    hosts, guests = _visit_with("Nhân dịp đón Xuân, Liên đoàn Lao động tỉnh tổ chức chương trình “Mùa xuân gắn kết” "
                                "trao 150 phần quà cho đoàn viên.", tmp_path)
    assert hosts == [] and guests == ["Liên đoàn Lao động tỉnh Kon Tum"]


def test_a_programme_told_within_the_trip_does_not_host_it(tmp_path):
    for opener in ("Cũng trong chuyến đi này, ", "Tại buổi gặp gỡ, ", "Theo lịch trình, "):
        hosts, guests = _visit_with(opener + "Liên đoàn Lao động tỉnh tổ chức chương trình “Mùa xuân gắn kết” "
                                    "cho công nhân nhà máy.", tmp_path)
        assert hosts == [] and guests == ["Liên đoàn Lao động tỉnh Kon Tum"], opener


def test_a_programme_that_is_the_leads_own_event_still_hosts(tmp_path):
    # (negative: the lead itself tells the programme held; its organiser convenes it)
    hosts, _ = hg(tmp_path, "Chăm lo Tết cho người lao động\n\nChiều 20/1/2025, Liên đoàn Lao động tỉnh Kon Tum tổ chức "
                            "chương trình “Mùa xuân gắn kết” tại nhà văn hóa công nhân, trao 300 phần quà cho đoàn viên.\n")
    assert hosts == ["Liên đoàn Lao động tỉnh Kon Tum"]


def test_a_programme_to_be_co_organised_in_a_visit_does_not_host_it(tmp_path):
    hosts, guests = _visit_with("Liên đoàn Lao động tỉnh sẽ phối hợp tổ chức chương trình “Mùa xuân gắn kết” "
                                "vào cuối tháng.", tmp_path)
    assert hosts == [] and guests == ["Liên đoàn Lao động tỉnh Kon Tum"]


def test_a_programme_told_after_naming_the_visit_does_not_host_it(tmp_path):
    # ("chuyến thăm," / "buổi thăm," name the visit: the body after the comma is not the one visited)
    for opener in ("Trong chuyến thăm, ", "Tại buổi thăm, "):
        hosts, guests = _visit_with(opener + "Liên đoàn Lao động tỉnh tổ chức chương trình “Mùa xuân gắn kết” "
                                    "cho công nhân nhà máy.", tmp_path)
        assert hosts == [] and guests == ["Liên đoàn Lao động tỉnh Kon Tum"], opener

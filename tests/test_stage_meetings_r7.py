"""Hosts and guests, round 7: visits that name no host body (officials who visit people, the bodies
a visitor speaks for). Every sentence here is invented (names, villages, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_a_lone_official_visiting_families_brings_his_first_titles_body(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nSáng 9/7/2022, đồng chí Trần Văn Khải, Ủy viên Trung ương "
                                 "Đảng, Bí thư Tỉnh ủy Hậu Giang kiêm Chủ tịch HĐND tỉnh đã đến thăm, tặng quà 5 gia đình "
                                 "thương binh ở ấp Tân Phú.\n")
    assert hosts == []
    assert guests == ["Tỉnh ủy Hậu Giang"]


def test_each_of_several_visitors_brings_his_body_and_a_title_before_the_name_counts(tmp_path):
    _, guests = hg(tmp_path, "Thăm, tặng quà\n\nChiều 20/7/2021, đồng chí Lê Thị Mận, Phó Bí thư Thường trực Huyện ủy Long Mỹ và "
                             "đồng chí Đào Văn Quế, Trưởng Ban Dân vận Huyện ủy Long Mỹ đã đến tặng quà cho các Mẹ Việt Nam "
                             "anh hùng trên địa bàn.\n")
    assert guests == ["Huyện ủy Long Mỹ", "Ban Dân vận Huyện ủy Long Mỹ"]
    _, guests = hg(tmp_path, "Thăm Tết\n\nChủ tịch UBND huyện Long Mỹ Phan Văn Tiến thăm Tết gia đình người có công ở ấp "
                             "Bình Hòa.\n")
    assert guests == ["Ủy ban nhân dân huyện Long Mỹ"]


def test_a_foreign_visitor_whose_government_is_only_implied_brings_none(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc Tết\n\nChiều 2/2/2019, đoàn cán bộ tỉnh Attapeu (Lào) do ngài Khăm Phon, Tỉnh trưởng "
                                 "tỉnh Attapeu làm trưởng đoàn đã đến thăm, chúc Tết lãnh đạo tỉnh Kon Tum.\n")
    assert guests == []


def test_who_is_received_before_a_visit_verb_is_not_read_as_a_visitor(tmp_path):
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 2/2/2019, ông Đỗ Văn Hiếu, Phó Bí thư Tỉnh ủy Kon Tum đã tiếp ông Khăm "
                             "Phon, Bí thư Tỉnh ủy tỉnh Attapeu sang thăm, chúc Tết.\n")
    assert "Tỉnh ủy Kon Tum" not in guests


def test_a_citizen_visiting_families_brings_no_body(tmp_path):
    _, guests = hg(tmp_path, "Thăm hỏi\n\nSáng 9/7/2022, ông Trần Văn Khải, một cựu chiến binh ở ấp Tân Phú, đã đến thăm "
                             "các gia đình thương binh trong ấp.\n")
    assert guests == []


def test_the_bodies_a_visitor_speaks_for_are_the_guests(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng Giáng sinh\n\nChiều 22/12/2022, đoàn công tác do Trưởng Ban Dân vận Tỉnh ủy "
                                 "Hậu Giang Phạm Văn Lực làm trưởng đoàn đã đến thăm các "
                                 "gia đình giáo dân. Thay mặt lãnh đạo Tỉnh ủy - HĐND - UBND tỉnh Hậu Giang, ông Phạm Văn "
                                 "Lực gửi lời chúc mừng Giáng sinh an lành tới bà con.\n")
    assert hosts == []
    assert guests == ["Tỉnh ủy Hậu Giang", "Hội đồng nhân dân tỉnh Hậu Giang", "Ủy ban nhân dân tỉnh Hậu Giang"]


def test_one_visitor_who_speaks_for_an_organ_of_his_body_comes_for_it(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng\n\nVừa qua, ông Lý Văn Tâm, Phó Chủ tịch Ủy ban MTTQ tỉnh Hậu Giang đã đến "
                             "thăm, chúc mừng bà con theo đạo nhân dịp đại lễ. Dịp này, ông Lý Văn Tâm thay mặt Ban Thường "
                             "trực UBMTTQ tỉnh Hậu Giang gửi lời chúc mừng tới bà con.\n")
    assert guests == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_the_bodies_a_host_speaks_for_when_thanking_or_receiving_are_no_guests(tmp_path):
    _, guests = hg(tmp_path, "Chúc Tết\n\nSáng 20/1/2023, đoàn chức sắc tôn giáo đến chúc Tết lãnh đạo tỉnh Hậu Giang. Thay "
                             "mặt Tỉnh ủy, HĐND, UBND tỉnh Hậu Giang, ông Phạm Văn Lực cảm ơn và chúc mừng năm mới tới "
                             "các vị chức sắc.\n")
    assert "Tỉnh ủy Hậu Giang" not in guests
    _, guests = hg(tmp_path, "Tiếp đoàn\n\nSáng 20/1/2023, lãnh đạo tỉnh Hậu Giang tiếp đoàn chức sắc tôn giáo đến chúc Tết. "
                             "Thay mặt Tỉnh ủy, HĐND, UBND tỉnh Hậu Giang, ông Phạm Văn Lực gửi lời chúc mừng năm mới tới "
                             "các vị chức sắc.\n")
    assert "Tỉnh ủy Hậu Giang" not in guests


def test_a_lone_visitor_brings_his_body_when_the_next_sentence_names_the_places_visited(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 21/12/2022, Ủy viên Thường vụ Tỉnh ủy kiêm Chủ tịch Ủy ban "
                                 "MTTQ tỉnh Hậu Giang Trần Quốc Bảo đã đến thăm, chúc mừng một số cơ sở tôn giáo trong "
                                 "tỉnh. Theo đó, ông đã đến thăm, chúc mừng Giáo xứ Tân Lộc Đông và Giáo xứ Vị Bình.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông", "Giáo xứ Vị Bình"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_a_visitor_whose_body_hosts_is_no_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc Tết\n\nSáng 20/1/2023 Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hậu Giang đến thăm, "
                                 "chúc Tết Tỉnh ủy Hậu Giang. Ông Trần Quốc Bảo, Bí thư Tỉnh ủy Hậu Giang thăm hỏi các vị "
                                 "hòa thượng trong đoàn.\n")
    assert "Tỉnh ủy Hậu Giang" not in guests


def test_an_inspection_or_a_trip_to_present_with_no_body_visited_brings_the_visitors_bodies(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra dự án\n\nNgày 4/3/2024, đồng chí Lò Văn Pao, Bí thư Tỉnh ủy Lai Châu đã đi kiểm tra "
                                 "tiến độ hai công trình thủy lợi ở bản Nậm Ô.\n")
    assert (hosts, guests) == ([], ["Tỉnh ủy Lai Châu"])
    hosts, guests = hg(tmp_path, "Trao Huy hiệu Đảng\n\nChiều 2/9/2022, đồng chí Đinh Văn Sáu, Phó Bí thư Thường trực Huyện ủy "
                                 "Long Mỹ làm trưởng đoàn đến và trao Huy hiệu 60 năm tuổi Đảng cho hai đảng viên cao niên.\n")
    assert (hosts, guests) == ([], ["Huyện ủy Long Mỹ"])


def test_titles_written_before_the_name_count_from_the_first(tmp_path):
    _, guests = hg(tmp_path, "Khảo sát\n\nSáng 8/6/2023, đoàn khảo sát do Phó Bí thư Tỉnh ủy Hậu Giang, Chủ tịch UBND tỉnh "
                             "Lê Văn Tư làm trưởng đoàn đã khảo sát các điểm sạt lở ven kênh Xà No.\n")
    assert guests == ["Tỉnh ủy Hậu Giang"]


def test_a_first_title_whose_body_is_unread_brings_no_later_one(tmp_path):
    _, guests = hg(tmp_path, "Trao Huy hiệu Đảng\n\nChiều 2/9/2022, đồng chí Đinh Thị Mơ, Trưởng ban Tổ chức, Trưởng phòng "
                             "Nội vụ huyện Long Mỹ đã đi trao Huy hiệu 30 năm tuổi Đảng cho một đảng viên.\n")
    assert "Phòng Nội vụ huyện Long Mỹ" not in guests


def test_an_inspection_that_attends_or_a_person_met_in_talks_brings_no_guest(tmp_path):
    _, guests = hg(tmp_path, "Kiểm tra diễn tập\n\nNgày 4/3/2024, đồng chí Lò Văn Pao, Bí thư Tỉnh ủy Lai Châu dự buổi "
                             "kiểm tra văn kiện diễn tập của huyện.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Hội kiến\n\nSáng 5/7/2022, trong chuyến thăm Lào, Chủ tịch UBTƯ MTTQ Việt Nam "
                             "Trần Văn Hai đã hội kiến Tổng Bí thư Đảng Nhân dân Cách mạng Lào Khăm Phăn; chào xã giao "
                             "Thủ tướng Lào Bun Mi.\n")
    assert guests == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_a_delegation_that_holds_its_own_meeting_is_its_bodys_at_home(tmp_path):
    hosts, guests = hg(tmp_path, "Họp đoàn giám sát\n\nNgày 9/6/2021, Đoàn giám sát số 2 của HĐND tỉnh Hậu Giang tổ chức họp "
                                 "góp ý dự thảo báo cáo giám sát việc quản lý đất công đối với Sở Tài chính tỉnh Hậu Giang "
                                 "và UBND huyện Long Mỹ.\n")
    assert (hosts, guests) == (["Hội đồng nhân dân tỉnh Hậu Giang"], [])


def test_a_delegation_that_goes_to_work_with_a_body_is_still_its_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Giám sát\n\nNgày 9/6/2021, Đoàn giám sát số 2 của HĐND tỉnh Hậu Giang đã làm việc với UBND "
                                 "huyện Long Mỹ về việc quản lý đất công.\n")
    assert (hosts, guests) == (["Ủy ban nhân dân huyện Long Mỹ"], ["Hội đồng nhân dân tỉnh Hậu Giang"])


def test_the_inspectors_body_comes_before_the_bodies_of_those_who_go_with_him(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra công trình\n\nChiều 14/8/2023, đồng chí Lò Văn Pao, Bí thư Tỉnh ủy Lai Châu đã đến "
                                 "kiểm tra công trình nhà văn hóa bản Nậm Ô. Đi cùng đoàn có đồng chí Vàng Thị Mai, Phó Chủ "
                                 "tịch UBND tỉnh Lai Châu.\n")
    assert hosts == []
    assert guests == ["Tỉnh ủy Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"]


def test_the_other_sides_of_a_convened_signing_are_its_guests(tmp_path):
    hosts, guests = hg(tmp_path, "Ký kết phối hợp\n\nNgày 9/10/2021, Ban Thường trực Ủy ban MTTQ huyện Long Mỹ tổ chức Lễ ký "
                                 "kết quy chế phối hợp giữa Ủy ban MTTQ huyện với Hội Nông dân huyện Long Mỹ và Huyện đoàn "
                                 "Long Mỹ giai đoạn 2021-2026.\n")
    assert hosts == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Mỹ"]
    assert guests == ["Hội Nông dân huyện Long Mỹ", "Huyện đoàn Long Mỹ"]


def test_a_review_of_an_agreement_between_two_bodies_has_no_guests(tmp_path):
    _, guests = hg(tmp_path, "Sơ kết\n\nNgày 9/10/2021, Hội Nông dân huyện Long Mỹ tổ chức hội nghị sơ kết quy chế phối hợp "
                             "giữa Hội Nông dân huyện với Phòng Nông nghiệp huyện Long Mỹ.\n")
    assert guests == []


def test_the_places_visited_named_with_a_comma_after_are_no_visit(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc Tết\n\nTại những nơi đến thăm, thay mặt Huyện ủy Long Mỹ, ông Đinh Văn Sáu đã chúc Tết các "
                            "gia đình và trao quà.\n")
    assert "Huyện ủy Long Mỹ" not in hosts
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nTại các nơi đến thăm Giáo xứ Tân Lộc Đông, Giáo xứ Vị Bình, lãnh đạo "
                            "huyện đã chúc mừng bà con giáo dân.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông", "Giáo xứ Vị Bình"]


def test_the_body_an_election_fills_is_no_one_worked_with(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra bầu cử\n\nĐoàn kiểm tra của Ủy ban MTTQ tỉnh Hậu Giang vừa làm việc với xã Vị Bình, "
                                 "ghi nhận xã làm tốt khâu lập danh sách cử tri bầu cử Quốc hội khóa XVI.\n")
    assert "Quốc hội" not in hosts
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]
    hosts, _ = hg(tmp_path, "Làm việc\n\nĐoàn kiểm tra của Ủy ban MTTQ tỉnh Hậu Giang vừa làm việc với Ủy ban bầu cử huyện "
                            "Long Mỹ về công tác chuẩn bị.\n")
    assert hosts == ["Ủy ban bầu cử huyện Long Mỹ"]


def test_a_handing_over_right_after_to_chuc_is_an_event_the_body_holds(tmp_path):
    hosts, _ = hg(tmp_path, "Trao quà cho hội viên\n\nNgày 5/8/2023, Hội LHPN xã Vị Bình tổ chức trao bò giống cho ba hội viên có hoàn "
                            "cảnh khó khăn.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ xã Vị Bình"]


def test_the_organisations_named_as_a_noun_hold_nothing(tmp_path):
    hosts, _ = hg(tmp_path, "Trao quà cho hội viên\n\nNgày 5/8/2023, ông Trần Văn Khải trao bò giống của các tổ chức trao tặng cho ba hội "
                            "viên khó khăn ở xã Vị Bình.\n")
    assert hosts == []


def test_a_round_of_a_contest_the_body_holds(tmp_path):
    hosts, _ = hg(tmp_path, "Hội thi tuyên truyền viên\n\nSáng 12/9/2022, tại hội trường huyện, Ban Dân vận Huyện ủy Long Mỹ tổ "
                            "chức vòng sơ khảo Hội thi dân vận khéo năm 2022.\n")
    assert hosts == ["Ban Dân vận Huyện ủy Long Mỹ"]


def test_who_invites_a_delegation_receives_it(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm và làm việc\n\nNhận lời mời của UBND huyện Long Mỹ, trong hai ngày 3 và 4/5/2019, đoàn đại "
                            "biểu huyện Xay Phon (Lào) do ông Bun Khăm dẫn đầu sang thăm, làm việc cùng lãnh đạo "
                            "huyện Long Mỹ.\n")
    assert hosts == ["Ủy ban nhân dân huyện Long Mỹ"]


def test_an_invitation_of_the_leaders_names_no_host(tmp_path):
    hosts, _ = hg(tmp_path, "Thăm và làm việc\n\nTheo lời mời của lãnh đạo huyện Long Mỹ, trong hai ngày 3 và 4/5/2019, đoàn đại "
                            "biểu huyện Xay Phon (Lào) đã sang thăm và làm việc tại huyện.\n")
    assert hosts == []


def test_a_session_named_in_the_third_sentence_is_its_councils(tmp_path):
    hosts, _ = hg(tmp_path, "Kỳ họp thứ 9\n\nCác đại biểu đã biểu quyết thông qua 12 nghị quyết quan trọng vào chiều 6/7/2023.\n"
                            "Kỳ họp diễn ra trong hai ngày.\nQuang cảnh kỳ họp thứ 9, HĐND huyện Long Mỹ khóa X.\n")
    assert hosts == ["Hội đồng nhân dân huyện Long Mỹ"]


def test_sessions_counted_are_none_held(tmp_path):
    hosts, _ = hg(tmp_path, "Tổng kết hoạt động Hội đồng nhân dân\n\nCác đại biểu đánh giá kết quả hoạt động năm 2022 vào "
                            "chiều 6/1/2023.\nNhìn chung các xã đã tổ chức tốt các kỳ họp HĐND xã Vị Bình, xã Tân Phú.\n"
                            "Ảnh: Minh Tâm.\n")
    assert hosts == []


def test_a_body_that_hosts_is_no_guest_of_its_own_meeting(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp xúc cử tri\n\nNgày 3/1/2021, tại 7 đơn vị bầu cử của huyện Long Mỹ, Đoàn đại biểu HĐND "
                                 "tỉnh, huyện gặp gỡ cử tri sau kỳ họp thứ Tám.\nTại các buổi tiếp xúc, đoàn đã thông báo kết "
                                 "quả kỳ họp thứ Tám, HĐND tỉnh Hậu Giang khóa IX.\n")
    assert not set(hosts) & set(guests)


def _leaders(tmp_path, text):
    from test_stage_pipeline import state_of
    return state_of(tmp_path, text).meeting.leaders


def test_a_unit_ranked_first_is_no_delegation_led(tmp_path):
    assert _leaders(tmp_path, "Hội nghị tổng kết\n\nSáng 5/1/2023, ông Trần Văn Khải, Chủ tịch UBND tỉnh Hậu Giang cho biết "
                              "huyện Long Mỹ là đơn vị dẫn đầu toàn tỉnh về thu ngân sách năm 2022.\n") == []
    assert _leaders(tmp_path, "Hội nghị tổng kết\n\nSáng 5/1/2023, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Hậu Giang nói tỉnh "
                              "là một trong những địa phương dẫn đầu của cả nước về cải cách hành chính.\n") == []


def test_one_who_leads_a_delegation_titled_with_the_province_still_leads(tmp_path):
    assert _leaders(tmp_path, "Thăm và làm việc\n\nSáng 5/1/2023, đoàn công tác do ông Trần Văn Khải, Phó Chủ tịch UBND tỉnh "
                              "dẫn đầu đã đến thăm và làm việc với UBND huyện Long Mỹ.\n") == ["Trần Văn Khải"]


def test_a_working_session_owned_by_a_body_is_its_own(tmp_path):
    hosts, guests = hg(tmp_path, "Chuẩn bị đại hội\n\nChiều 9/11/2022, ông Trần Quốc Bảo, Bí thư Huyện ủy Long Mỹ chủ trì buổi "
                                 "làm việc của Thường trực Huyện ủy Long Mỹ về công tác chuẩn bị đại hội Hội Nông dân huyện.\n")
    assert (hosts, guests) == (["Thường trực Huyện ủy Long Mỹ"], [])


def test_a_delegations_working_session_is_not_its_own(tmp_path):
    hosts, _ = hg(tmp_path, "Làm việc\n\nChiều 9/11/2022 đã diễn ra buổi làm việc của Đoàn công tác Huyện ủy Long Mỹ tại xã "
                            "Vị Bình về công tác chuẩn bị đại hội.\n")
    assert "Huyện ủy Long Mỹ" not in hosts


def test_the_bodies_worked_with_before_a_purpose_are_not_who_checks(tmp_path):
    hosts, _ = hg(tmp_path, "Kiểm tra nông thôn mới\n\nNgày 5/6/2023, đồng chí Trần Quốc Bảo, Bí thư Huyện ủy Long Mỹ và đồng chí "
                            "Lê Văn Tư, Phó Chủ tịch UBND huyện chủ trì buổi làm việc với UBND xã Vị Bình để kiểm tra kết "
                            "quả xây dựng nông thôn mới.\n")
    assert "Ủy ban nhân dân xã Vị Bình" not in hosts


def test_a_council_that_oversees_a_matter_at_home_still_hosts(tmp_path):
    hosts, _ = hg(tmp_path, "Giám sát\n\nSáng 5/6/2023, HĐND huyện Long Mỹ giám sát kết quả trả lời ý kiến cử tri sau kỳ họp thứ 7.\n")
    assert hosts == ["Hội đồng nhân dân huyện Long Mỹ"]


def test_a_session_of_the_national_assembly_reported_on_is_no_local_councils(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp xúc cử tri\n\nSáng 5/12/2021, các đại biểu Quốc hội tỉnh Hậu Giang đã gặp cử tri huyện Long Mỹ "
                            "để thông báo kết quả kỳ họp thứ 2, Quốc hội khóa XV. Tham gia buổi gặp có ông Lê Văn Tư, Phó "
                            "Chủ tịch HĐND tỉnh Hậu Giang.\n")
    assert "Hội đồng nhân dân tỉnh Hậu Giang" not in hosts


def test_a_lone_official_working_at_a_place_brings_his_body(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nChiều 8/3/2022, Bộ trưởng Bộ Nội vụ Lê Văn Tư làm việc tại tỉnh Hậu Giang về "
                                 "công tác sắp xếp đơn vị hành chính.\n")
    assert hosts == []
    assert guests == ["Bộ Nội vụ"]


def test_who_convenes_by_another_bodys_authority_convenes_for_it(tmp_path):
    hosts, _ = hg(tmp_path, "Họp mặt đại biểu\n\nChiều 9/9/2019, bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ tỉnh Hậu Giang, thừa ủy quyền "
                            "của Thường trực Tỉnh ủy Hậu Giang tổ chức họp mặt các đại biểu đi dự đại hội.\n")
    assert hosts == ["Thường trực Tỉnh ủy Hậu Giang"]


def test_a_delegation_visiting_by_authority_names_no_host(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc Tết\n\nSáng 4/2/2024, thừa ủy quyền của Bí thư Tỉnh ủy Hậu Giang, đoàn lãnh đạo Tỉnh ủy do "
                            "ông Lê Văn Tư làm trưởng đoàn tới thăm và chúc Tết Hòa thượng Thích Minh Tâm.\n")
    assert "Tỉnh ủy Hậu Giang" not in hosts


def test_a_body_led_by_a_monk_titled_with_an_abbreviation_is_the_visitor(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023 Ban Trị sự GHPGVN tỉnh Hậu Giang do TT. Thích Minh Đạo dẫn "
                                 "đầu tới chúc mừng Sở Nội vụ tỉnh Hậu Giang.\n")
    assert hosts == ["Sở Nội vụ tỉnh Hậu Giang"]
    assert any(g.startswith("Ban Trị sự") for g in guests)


# --- review7b's findings on the lone visitors (meetfix) ---

def test_a_former_official_visiting_brings_no_body(tmp_path):
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nSáng 3/2, ông Đào Minh Quý, nguyên Bí thư Tỉnh ủy Quảng Bình "
                             "đến thăm, tặng quà các gia đình chính sách ở xã Phúc Lâm.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nSáng 3/2, ông Đào Minh Quý, Bí thư Tỉnh ủy Quảng Bình "
                             "đến thăm, tặng quà các gia đình chính sách ở xã Phúc Lâm.\n")
    assert guests == ["Tỉnh ủy Quảng Bình"]


def test_a_speaker_a_source_or_a_recipient_before_the_act_is_no_visitor(tmp_path):
    for text in [
        "Theo ông Lò Văn Khanh, Giám đốc Sở Nội vụ tỉnh Quảng Bình, dịp Tết vừa qua các đoàn công tác của "
        "tỉnh đã đến thăm, tặng quà hơn 300 hộ nghèo.",
        "Ông Lò Văn Khanh, Giám đốc Sở Nội vụ tỉnh Quảng Bình cho biết, dịp Tết các đoàn của tỉnh đã đến "
        "thăm, tặng quà 400 gia đình chính sách.",
        "Sau khi nghe ông Vi Đức Tâm, Chủ tịch UBND xã Phúc Lâm báo cáo, đoàn đã đến thăm, tặng quà các gia "
        "đình chính sách trong xã.",
        "Ông Vi Đức Tâm, Chủ tịch Hội Nông dân xã Phúc Lâm, đảng viên 50 năm tuổi Đảng, xúc động khi lãnh đạo "
        "huyện đến trao Huy hiệu Đảng tận nhà.",
    ]:
        _, guests = hg(tmp_path, "Tin địa phương\n\n" + text + "\n")
        assert guests == [], text


def test_a_speaker_a_chair_directing_or_an_employee_is_no_inspector(tmp_path):
    for text in [
        "Ông Lò Văn Khanh, Giám đốc Sở Xây dựng tỉnh Quảng Bình cho biết, qua kiểm tra, nhiều hạng mục của "
        "công trình đã chậm tiến độ.",
        "Chiều 4/4, tại buổi làm việc, ông Vi Đức Tâm, Chủ tịch UBND huyện Minh Hóa đề nghị các phòng chuyên "
        "môn tăng cường kiểm tra việc khai thác cát.",
        "Ông Lò Văn Khanh, Phó Giám đốc Sở Nội vụ tỉnh Quảng Bình cho biết, toàn tỉnh có 2.000 công chức "
        "làm việc tại cấp xã.",
    ]:
        _, guests = hg(tmp_path, "Tin địa phương\n\n" + text + "\n")
        assert guests == [], text
    _, guests = hg(tmp_path, "Kiểm tra công trình\n\nSáng 4/4, ông Vi Đức Tâm, Chủ tịch UBND huyện Minh Hóa cùng "
                             "đoàn công tác đã đi kiểm tra tiến độ các công trình trên địa bàn.\n")
    assert guests == ["Ủy ban nhân dân huyện Minh Hóa"]


def test_the_title_of_whom_a_visitor_acts_for_is_not_his(tmp_path):
    _, guests = hg(tmp_path, "Trao Huân chương\n\nThừa ủy quyền của Chủ tịch nước, ông Vi Đức Tâm, Phó Bí thư Tỉnh ủy, "
                             "Chủ tịch UBND tỉnh Quảng Bình đã đến trao Huân chương Lao động hạng Ba cho một trường "
                             "tiểu học.\n")
    assert "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam" not in guests
    assert guests == ["Tỉnh ủy Quảng Bình"]


def test_talks_with_a_foreigner_visiting_us_make_our_official_no_visitor(tmp_path):
    _, guests = hg(tmp_path, "Hội kiến\n\nChiều 5/6, Chủ tịch Quốc hội Lương Văn Định đã hội kiến ông Hiro Tanaka, "
                             "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam đang thăm và làm việc tại Việt "
                             "Nam.\n")
    assert guests == []


def test_an_exchange_of_views_is_no_presentation_trip(tmp_path):
    _, guests = hg(tmp_path, "Tin địa phương\n\nTại buổi lễ, bà Hà Thị Lụa, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh "
                             "Quảng Bình đã về trao đổi với giáo viên về chương trình mới.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Trao quà\n\nSáng 5/2, bà Hà Thị Lụa, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Bình "
                             "đã về trao quà cho học sinh nghèo ở xã Phúc Lâm.\n")
    assert guests == ["Sở Giáo dục và Đào tạo tỉnh Quảng Bình"]


def test_a_fronted_behalf_phrase_does_not_hide_the_visitor(tmp_path):
    _, guests = hg(tmp_path, "Thăm học sinh\n\nNhân dịp Tết Nguyên đán, thay mặt Ban Thường vụ Tỉnh đoàn, anh Đinh Quốc "
                             "Bảo, Bí thư Tỉnh đoàn Quảng Bình đã đến thăm, tặng quà các em học sinh khó khăn.\n")
    assert guests == ["Tỉnh đoàn Quảng Bình"]


def test_the_visited_sides_greeting_to_the_delegation_names_no_guests(tmp_path):
    _, guests = hg(tmp_path, "Chúc Tết\n\nNgày 5/2, lãnh đạo huyện Minh Hóa đến thăm, chúc Tết cán bộ và nhân dân xã "
                             "Phúc Lâm. Thay mặt Đảng ủy, HĐND, UBND xã, ông Vi Đức Tâm, Bí thư Đảng ủy xã gửi lời chúc "
                             "mừng năm mới tới đoàn công tác của huyện.\n")
    assert guests == []


def test_a_session_recalled_in_the_third_sentence_hosts_no_conference(tmp_path):
    hosts, _ = hg(tmp_path, "Triển khai chính sách\n\nSáng 5/7, hội nghị triển khai chính sách hỗ trợ nông dân được tổ "
                            "chức tại huyện Minh Hóa. Dự hội nghị có 150 đại biểu. Tại kỳ họp thứ 12, HĐND tỉnh Quảng "
                            "Bình đã thông qua nghị quyết về chính sách này.\n")
    assert hosts == []


def test_a_unit_word_ending_the_leaders_title_keeps_him_leading(tmp_path):
    import kg
    f = kg.extract_text("Thăm đồn biên phòng\n\nSáng 12/3, Đoàn công tác của Bộ Chỉ huy Quân sự tỉnh Quảng Bình do "
                        "Đại tá Hồ Văn Lộc, Chỉ huy trưởng đơn vị dẫn đầu đã đến thăm Đồn Biên phòng Cửa Dinh.\n")
    assert f.meetings[0].leaders == ["Hồ Văn Lộc"]
    f = kg.extract_text("Thăm đồn biên phòng\n\nSáng 12/3, huyện Minh Hóa là đơn vị dẫn đầu toàn tỉnh về thu ngân sách, "
                        "ông Hồ Văn Lộc, Chủ tịch UBND huyện Minh Hóa đã đến thăm Đồn Biên phòng Cửa Dinh.\n")
    assert f.meetings[0].leaders == []


def test_a_bodys_working_session_at_another_unit_is_not_its_own(tmp_path):
    for text in [
        "Sáng 12/8, ông Đinh Quốc Bảo, Phó Trưởng Ban Nội chính Trung ương chủ trì buổi làm việc của Ban Chỉ "
        "đạo Trung ương về phòng, chống tham nhũng tại tỉnh Quảng Bình.",
        "Sáng 12/8, ông Đinh Quốc Bảo, Bí thư Tỉnh ủy chủ trì buổi làm việc của Ban Thường vụ Tỉnh ủy Quảng "
        "Bình tại Huyện ủy Minh Hóa.",
    ]:
        hosts, _ = hg(tmp_path, "Làm việc\n\n" + text + "\n")
        assert hosts == [], text
    hosts, _ = hg(tmp_path, "Làm việc\n\nSáng 12/8, ông Đinh Quốc Bảo, Bí thư Tỉnh ủy chủ trì buổi làm việc của Thường "
                            "trực Tỉnh ủy Quảng Bình về công tác chuẩn bị Đại hội.\n")
    assert hosts == ["Thường trực Tỉnh ủy Quảng Bình"]


def test_who_receives_the_delegation_is_no_companion_of_it(tmp_path):
    # (review7b L-3: the negative of the companions rule: "Tiếp đoàn có B" is the visited side)
    _, guests = hg(tmp_path, "Chúc Tết\n\nSáng 5/2, đoàn công tác của tỉnh đến thăm, chúc Tết các gia đình chính sách ở "
                             "xã Phúc Lâm. Tiếp đoàn có ông Vi Đức Tâm, Chủ tịch UBND xã Phúc Lâm.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Chúc Tết\n\nSáng 5/2, đoàn công tác của tỉnh đến thăm, chúc Tết các gia đình chính sách ở "
                             "xã Phúc Lâm. Đi cùng đoàn có ông Vi Đức Tâm, Phó Chủ tịch UBND huyện Minh Hóa.\n")
    assert guests == ["Ủy ban nhân dân huyện Minh Hóa"]


def test_who_speaks_where_the_clause_opens_on_the_visit_is_the_visitor(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng lễ hội\n\nTại các nơi đến thăm, chúc mừng, ông Vi Đức Tâm, Giám đốc Sở Nội vụ tỉnh "
                             "Quảng Bình thông tin tình hình kinh tế của tỉnh và gửi lời chúc mừng tới các vị sư.\n")
    assert guests == ["Sở Nội vụ tỉnh Quảng Bình"]


def test_a_plan_opening_the_sentence_leaves_the_visitor_its_subject(tmp_path):
    # ("Theo" opens a source only with a person right after it)
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nTheo kế hoạch, sáng 5/2, ông Đinh Quốc Bảo, Phó Chủ tịch UBND "
                             "huyện Minh Hóa đã đến thăm, tặng quà các gia đình chính sách.\n")
    assert guests == ["Ủy ban nhân dân huyện Minh Hóa"]


def test_a_companion_of_a_visitor_without_a_title_brings_no_guest(tmp_path):
    # (review7b L-3: the companions rule needs a visitor named as an official)
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nSáng 5/2, ông Vi Đức Tâm, một doanh nhân ở xã Phúc Lâm, đã đến "
                             "thăm, tặng quà các gia đình chính sách trong xã. Đi cùng có ông Đinh Quốc Bảo, Phó Chủ tịch "
                             "UBND huyện Minh Hóa.\n")
    assert guests == []


def test_a_contest_round_convenes_only_right_after_its_organiser(tmp_path):
    # (review7b L-3: the negative of 'tổ chức vòng')
    hosts, _ = hg(tmp_path, "Hội thi\n\nSáng 5/2, Ban Tuyên giáo Tỉnh ủy Quảng Bình tổ chức vòng chung khảo cấp tỉnh hội thi "
                            "tuyên truyền viên giỏi.\n")
    assert hosts == ["Ban Tuyên giáo Tỉnh ủy Quảng Bình"]
    hosts, _ = hg(tmp_path, "Hội thi\n\nSáng 5/2, đội văn nghệ của xã Phúc Lâm lọt vào vòng chung kết hội diễn cấp tỉnh "
                            "năm nay.\n")
    assert hosts == []


def test_talks_held_at_home_make_no_visitor_and_talks_on_a_trip_do(tmp_path):
    _, guests = hg(tmp_path, "Hội kiến\n\nChiều 5/6, Chủ tịch nước Lương Văn Định đã hội kiến Tổng thống Cộng hòa Pháp tại "
                             "Phủ Chủ tịch.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Hội kiến\n\nChiều 9/9, trong chuyến công tác tới Campuchia, Chủ tịch Quốc hội Lương Văn "
                             "Định đã hội kiến Chủ tịch Thượng viện nước bạn.\n")
    assert guests == ["Quốc hội"]


def test_the_visited_units_bodies_spoken_for_are_no_guests(tmp_path):
    _, guests = hg(tmp_path, "Chúc Tết\n\nNgày 5/2, lãnh đạo huyện Minh Hóa đến thăm, chúc Tết cán bộ và nhân dân xã Phúc "
                             "Lâm. Thay mặt Đảng ủy, HĐND, UBND xã, ông Vi Đức Tâm, Bí thư Đảng ủy xã gửi lời chúc mừng "
                             "năm mới đến lãnh đạo huyện.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Chúc Tết\n\nNgày 5/2, lãnh đạo huyện Minh Hóa đến thăm, chúc Tết cán bộ và nhân dân xã Phúc "
                             "Lâm. Thay mặt Huyện ủy, HĐND, UBND huyện, ông Đinh Quốc Bảo, Bí thư Huyện ủy gửi lời chúc "
                             "mừng năm mới tới cán bộ và nhân dân xã.\n")
    assert guests == ["Huyện ủy Minh Hóa", "Hội đồng nhân dân huyện Minh Hóa", "Ủy ban nhân dân huyện Minh Hóa"]


def test_a_session_recalled_in_the_second_sentence_hosts_no_conference(tmp_path):
    hosts, _ = hg(tmp_path, "Triển khai chính sách\n\nSáng 5/7, hội nghị triển khai chính sách hỗ trợ nông dân được tổ "
                            "chức tại huyện Minh Hóa. Tại kỳ họp thứ 12, HĐND tỉnh Quảng Bình đã thông qua nghị quyết "
                            "về chính sách này.\n")
    assert hosts == []
    # (the lead names the session as the event: its second sentence's "đã" tells what it did)
    hosts, _ = hg(tmp_path, "Kỳ họp thứ 12\n\nSáng 10/12, kỳ họp thứ 12 khai mạc tại thành phố Đồng Hới. Kỳ họp thứ 12, "
                            "HĐND tỉnh Quảng Bình đã dành một ngày cho chất vấn.\n")
    assert hosts == ["Hội đồng nhân dân tỉnh Quảng Bình"]


def test_a_unit_ranked_first_after_a_comma_makes_the_speaker_no_leader(tmp_path):
    import kg
    f = kg.extract_text("Đại hội\n\nSáng 12/3, tại đại hội, ông Hồ Văn Lộc, Chủ tịch UBND tỉnh Quảng Bình cho biết, huyện "
                        "Minh Hóa tiếp tục là một trong những đơn vị dẫn đầu toàn tỉnh.\n")
    assert all(m.leaders == [] for m in f.meetings)

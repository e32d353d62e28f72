"""Hosts and guests of a meeting: more constructions of the genre (sentences written for the tests)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def hg(tmp_path, text) -> tuple[list[str], list[str]]:
    m = state_of(tmp_path, text).meeting
    return [b.name for b in m.hosts], [b.name for b in m.guests]


def test_the_organiser_named_after_the_event_mid_sentence(tmp_path):
    hosts, _ = hg(tmp_path, "Phát huy vai trò nông dân\n\nĐó là ý kiến của đồng chí Trần Minh Hùng tại Hội nghị sơ kết "
                            "công tác Hội năm 2023, do Hội Nông dân tỉnh Bến Tre tổ chức vào sáng 12-7.\n")
    assert hosts == ["Hội Nông dân tỉnh Bến Tre"]


def test_a_meeting_of_a_body_is_its_own(tmp_path):
    hosts, _ = hg(tmp_path, "Họp bàn mùa khô\n\nChiều 14/10/2022, ông Lâm Quốc Thịnh, Bí thư Tỉnh ủy Sóc Trăng, đã chủ "
                            "trì một cuộc họp của Thường trực Tỉnh ủy Sóc Trăng bàn việc chuẩn bị cho mùa khô sắp tới.\n")
    assert hosts == ["Thường trực Tỉnh ủy Sóc Trăng"]


def test_a_session_numbered_in_words_is_the_councils(tmp_path):
    hosts, _ = hg(tmp_path, "Bế mạc kỳ họp\n\nTrải qua ba ngày làm việc, Kỳ họp thứ Hai, Hội đồng nhân dân tỉnh Cà Mau "
                            "khóa IX đã thông qua 14 nghị quyết vào chiều 22/6/2016.\n")
    assert hosts == ["Hội đồng nhân dân tỉnh Cà Mau"]


def test_a_congress_numbered_by_a_bare_roman_numeral_and_not_the_one_it_prepares(tmp_path):
    hosts, _ = hg(tmp_path, "Khai mạc Đại hội\n\nĐại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí. Các đại biểu thảo luận "
                            "các văn kiện trình Đại hội XIV của Đảng và Đại hội XII Đảng bộ tỉnh Bến Tre.\n")
    assert hosts == ["Đảng bộ tỉnh Bến Tre"]


def test_a_headline_naming_only_the_visitors(tmp_path):
    hosts, guests = hg(tmp_path, "Thường trực Ủy ban MTTQ tỉnh Kiên Giang: Thăm, chúc mừng mùa Phật đản\n\n"
                                 "Chiều 2-6-2023, bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ tỉnh Kiên Giang đã tới thăm và chúc "
                                 "mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Kiên Giang.\n")
    assert hosts == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Kiên Giang"]
    # (the Front's standing board is named "Ban Thường trực ...", as every gold writes it)
    assert guests == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang"]


def test_a_delegation_made_of_a_bodys_people_brings_that_body(tmp_path):
    _, guests = hg(tmp_path, "Đoàn công tác thăm bà con\n\nSáng 5/7/2023, đoàn công tác gồm lãnh đạo Ủy ban MTTQ "
                             "tỉnh Bến Tre và Hội Nông dân tỉnh Bến Tre, do ông Trần Minh Hùng làm trưởng đoàn.\n")
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre", "Hội Nông dân tỉnh Bến Tre"]


def test_who_works_at_another_bodys_seat_goes_there(tmp_path):
    hosts, guests = hg(tmp_path, "Giám sát\n\nNgày 5/3/2024, Ban Pháp chế HĐND tỉnh Bến Tre giám sát tại UBND huyện "
                                 "Chợ Lách về công tác cải cách hành chính.\n")
    assert (hosts, guests) == (["Ủy ban nhân dân huyện Chợ Lách"], ["Ban Pháp chế Hội đồng nhân dân tỉnh Bến Tre"])


def test_who_comes_down_to_work_with_a_body_is_its_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nNgày 5/3/2024, Thường trực HĐND tỉnh Bến Tre về làm việc với UBND "
                                 "huyện Chợ Lách.\n")
    assert (hosts, guests) == (["Ủy ban nhân dân huyện Chợ Lách"], ["Thường trực Hội đồng nhân dân tỉnh Bến Tre"])


def test_the_body_inspected_hosts_its_inspectors(tmp_path):
    hosts, guests = hg(tmp_path, "Kiểm tra\n\nNgày 5/3/2024, Ủy ban Kiểm tra Tỉnh ủy Bến Tre tiến hành kiểm tra đối "
                                 "với Ban Thường vụ Huyện ủy Chợ Lách.\n")
    assert (hosts, guests) == (["Ban Thường vụ Huyện ủy Chợ Lách"], ["Ủy ban Kiểm tra Tỉnh ủy Bến Tre"])


def test_a_courtesy_call_is_a_visit_to_the_body_called_on(tmp_path):
    hosts, guests = hg(tmp_path, "Nông dân Ninh Thuận học tập kinh nghiệm ở Lâm Đồng\n\nSáng 3/4/2019, nhân chuyến công "
                                 "tác tại Đà Lạt, Đoàn đại biểu Hội Nông dân tỉnh Ninh Thuận chào xã giao UBND tỉnh Lâm "
                                 "Đồng.\n")
    assert (hosts, guests) == (["Ủy ban nhân dân tỉnh Lâm Đồng"], ["Hội Nông dân tỉnh Ninh Thuận"])


def test_a_national_congress_is_the_organisations(tmp_path):
    hosts, _ = hg(tmp_path, "Đại hội thành công\n\nSau ba ngày làm việc khẩn trương, Đại hội đại biểu toàn quốc Hội Cựu "
                            "chiến binh Việt Nam lần thứ VII đã thành công tốt đẹp.\n")
    assert hosts == ["Hội Cựu chiến binh Việt Nam"]


def test_the_venue_after_the_visited_and_the_body_whose_day_it_is_are_not_visited(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc mừng\n\nSáng 19/12/2023, đoàn công tác của Tỉnh ủy Bến Tre đã đến thăm, chúc mừng Bộ "
                            "Chỉ huy Quân sự tỉnh Bến Tre tại Hội trường Đảng ủy Quân sự tỉnh Bến Tre dịp kỷ niệm 76 năm "
                            "Ngày thành lập Quân đội nhân dân Việt Nam.\n")
    assert hosts == ["Bộ Chỉ huy Quân sự tỉnh Bến Tre"]


def test_one_who_receives_with_two_titles_receives_for_the_last(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp đoàn\n\nChiều 15/11/2023, Đoàn đại biểu Hội Nông dân tỉnh Trà Vinh đã đến thăm, chúc "
                            "mừng UBND tỉnh Bến Tre. Đồng chí Trần Minh Hùng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bến Tre "
                            "đã tiếp đoàn.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Bến Tre"]


def test_the_bodies_a_delegation_is_made_of_go_with_it(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng Phật đản\n\nSáng 29/5/2023, đoàn lãnh đạo Tỉnh ủy Bến Tre đã đến thăm, chúc mừng "
                             "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bến Tre. Phái đoàn đến thăm có ông Trần Minh Hùng, "
                             "Phó Bí thư Tỉnh ủy, cùng lãnh đạo Ban Dân vận Tỉnh ủy Bến Tre, Sở Nội vụ tỉnh Bến Tre.\n")
    assert guests == ["Tỉnh ủy Bến Tre", "Ban Dân vận Tỉnh ủy Bến Tre", "Sở Nội vụ tỉnh Bến Tre"]


def test_an_event_described_then_its_owner_after_cua(tmp_path):
    hosts, _ = hg(tmp_path, "Hội nghị\n\nSáng 5/3/2024, tại Hội trường UBND tỉnh Bến Tre, Hội nghị tổng kết công tác năm "
                            "2023 của Ban Tuyên giáo Tỉnh ủy Bến Tre đã diễn ra.\n")
    assert hosts == ["Ban Tuyên giáo Tỉnh ủy Bến Tre"]


def test_the_owner_of_a_document_studied_is_not_the_events(tmp_path):
    m = state_of(tmp_path, "Hội nghị\n\nSáng 5/3/2024, Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị đã "
                           "diễn ra tại Bến Tre.\n").meeting
    assert m.hosts == []


def test_deputies_meeting_voters_are_not_their_council(tmp_path):
    m = state_of(tmp_path, "Tiếp xúc cử tri\n\nSáng 5/6/2024, Tổ đại biểu số 9 HĐND tỉnh Bến Tre đã có buổi tiếp xúc cử "
                           "tri tại xã Long Thới.\n").meeting
    assert m.hosts == []


def test_talks_between_a_side_and_another_received_by_the_first(tmp_path):
    hosts, guests = hg(tmp_path, "Trao đổi kinh nghiệm\n\nCuộc hội đàm giữa Đoàn đại biểu Ủy ban MTTQ tỉnh Sơn La với "
                                 "Đoàn đại biểu Hội Nông dân tỉnh Điện Biên diễn ra chiều 9/11/2022, do bà Quàng Thị Mai "
                                 "và ông Lò Văn Pấng đồng chủ trì.\n")
    assert (hosts, guests) == (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"], ["Hội Nông dân tỉnh Điện Biên"])
    m = state_of(tmp_path, "Trao đổi kinh nghiệm\n\nCuộc hội đàm giữa Ủy ban MTTQ tỉnh Sơn La và Hội Nông dân tỉnh Điện "
                           "Biên diễn ra chiều 9/11/2022, do bà Quàng Thị Mai và ông Lò Văn Pấng đồng chủ trì.\n").meeting
    assert m.hosts == [] and m.guests == []     # ("giữa A và B" tells no side)


def test_who_receives_a_delegation_that_visits_a_province_hosts_it(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp đoàn\n\nSáng 5/3/2024, Đoàn đại biểu Hội Nông dân tỉnh Trà Vinh đến thăm và làm "
                                 "việc tại tỉnh Bến Tre. Tiếp đoàn có lãnh đạo Hội Nông dân tỉnh Bến Tre.\n")
    assert (hosts, guests) == (["Hội Nông dân tỉnh Bến Tre"], ["Hội Nông dân tỉnh Trà Vinh"])


def test_the_head_of_a_delegation_with_companions_brings_his_body(tmp_path):
    _, guests = hg(tmp_path, "Quà Tết cho chiến sĩ\n\nNgày 20/1/2025, Trung tướng Đinh Quang Vĩnh, Phó Chủ nhiệm Tổng cục "
                             "Chính trị Quân đội nhân dân Việt Nam cùng đoàn công tác đã tới thăm, chúc Tết Ban Chỉ huy "
                             "Quân sự huyện Mường Tè. Đi cùng đoàn có lãnh đạo Bộ Chỉ huy Quân sự tỉnh Lai Châu.\n")
    assert guests == ["Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Bộ Chỉ huy Quân sự tỉnh Lai Châu"]


def test_a_framing_phrase_goes_on_past_dashes_and_brackets(tmp_path):
    hosts, _ = hg(tmp_path, "Đối thoại\n\nThực hiện kế hoạch liên tịch (số 02) giữa Đảng ủy - UBND - Ủy ban MTTQ phường "
                            "Tân An, sáng ngày 11/3/2021, Ban Thường trực Ủy ban MTTQ phường Tân An tổ chức hội nghị đối "
                            "thoại với nhân dân.\n")
    assert hosts == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Tân An"]


def test_a_plural_noun_before_a_colon_heads_the_list_of_the_visited(tmp_path):
    hosts, _ = hg(tmp_path, "Tết cổ truyền\n\nNhân Tết Chôl Chnăm Thmây, ngày 10/4/2025, đoàn cán bộ Ban Dân vận Tỉnh ủy "
                            "Sóc Trăng tới thăm, tặng quà những ngôi chùa: Bửu Minh Hạ (ấp 3), Thạnh Lộc Đông (ấp 7) cùng "
                            "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng.\n")
    assert hosts == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng"]


def test_every_body_of_a_list_heard_is_no_convener(tmp_path):
    m = state_of(tmp_path, "Ngày hội ở khu dân cư\n\nỞ hội nghị này, các đại biểu đã nghe UBND – UBMTTQ Việt Nam phường Hòa "
                           "Khánh triển khai kế hoạch tổ chức ngày hội đại đoàn kết.\n").meeting
    assert m.hosts == []


def test_a_body_that_receives_in_the_passive_hosts(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp\n\nSáng 5/3/2024, Đoàn đại biểu Hội Nông dân tỉnh Trà Vinh đã được Thường trực "
                                 "Tỉnh ủy Bến Tre tiếp.\n")
    assert (hosts, guests) == (["Thường trực Tỉnh ủy Bến Tre"], ["Hội Nông dân tỉnh Trà Vinh"])


def test_the_chair_of_a_sitting_presides_for_his_body(tmp_path):
    hosts, _ = hg(tmp_path, "Phiên họp thường kỳ\n\nSáng 5/9/2024, đồng chí Trần Minh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
                            "tỉnh Bến Tre chủ trì phiên họp thường kỳ tháng 9.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Bến Tre"]


def test_a_pilot_congress_is_the_organisations(tmp_path):
    hosts, _ = hg(tmp_path, "Đại hội\n\nNgày 5/6/2023, Đại hội điểm Hội Nông dân xã Long Thới nhiệm kỳ 2023 - 2028 đã "
                            "diễn ra.\n")
    assert hosts == ["Hội Nông dân xã Long Thới"]


def test_a_body_that_works_at_its_own_seat_meets_at_home(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nSáng 5/3/2024, Ban Thường vụ Tỉnh ủy Bến Tre làm việc tại Hội trường Tỉnh "
                                 "ủy Bến Tre về công tác cán bộ.\n")
    assert (hosts, guests) == (["Ban Thường vụ Tỉnh ủy Bến Tre"], [])


def test_welcoming_a_season_receives_no_one(tmp_path):
    m = state_of(tmp_path, "Chúc mừng Giáng sinh\n\nBà Hoàng Thị Nguyệt, người đứng đầu Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn, mong bà con "
                           "giáo dân trong tỉnh đón mùa Giáng sinh ấm áp, hạnh phúc.\n").meeting
    assert m is None or m.hosts == []


def test_the_head_named_before_the_cue_brings_his_body(tmp_path):
    _, guests = hg(tmp_path, "Thăm đơn vị\n\nChiều 8/2/2025, Đại tá Khổng Văn Lực, Chính ủy Bộ Chỉ huy Quân sự tỉnh "
                             "Hà Nam cùng đoàn công tác về thăm Ban Chỉ huy Quân sự huyện Kim Bảng. Cùng đi với đoàn có "
                             "đại diện Hội Cựu chiến binh tỉnh Hà Nam.\n")
    assert guests[0] == "Bộ Chỉ huy Quân sự tỉnh Hà Nam"


def test_the_one_who_receives_the_delegation_brings_no_guest(tmp_path):
    _, guests = hg(tmp_path, "Thăm đơn vị\n\nChiều 8/2/2025, đoàn công tác của Hội Cựu chiến binh tỉnh Hà Nam về thăm "
                             "Ban Chỉ huy Quân sự huyện Kim Bảng. Ông Khổng Văn Lực, Chủ tịch UBND huyện Kim Bảng đã tiếp "
                             "và làm việc cùng đoàn công tác. Cùng đi với đoàn có đại diện Sở Nội vụ tỉnh Hà Nam.\n")
    assert "Ủy ban nhân dân huyện Kim Bảng" not in guests


def test_the_one_who_receives_is_no_head_of_the_delegation(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm đơn vị\n\nChiều 8/2/2025, đoàn công tác về thăm Ban Chỉ huy Quân sự huyện Kim Bảng. "
                                 "Ông Khổng Văn Lực, Chủ tịch UBND huyện Kim Bảng đã tiếp và làm việc cùng đoàn công tác.\n")
    assert (hosts, guests) == (["Ban Chỉ huy Quân sự huyện Kim Bảng"], [])


def test_companions_of_a_delegation_are_guests_when_no_host_is_named(tmp_path):
    # the places visited name no body; who travels with the delegation is still its guest
    hosts, guests = hg(tmp_path, "Thăm các cơ sở tu hành dịp Giáng sinh\n\n"
                                 "Đi cùng đoàn công tác có đại diện Hội Cựu chiến binh tỉnh Phú Yên và Sở Nội vụ tỉnh Phú Yên.\n"
                                 "Sáng 21/12/2023, đoàn công tác của tỉnh đến thăm và chúc mừng các nữ tu tại một mái ấm "
                                 "nuôi trẻ mồ côi ở xã Hòa Thắng.\n")
    assert hosts == [] and guests == ["Hội Cựu chiến binh tỉnh Phú Yên", "Sở Nội vụ tỉnh Phú Yên"]


def test_the_pagoda_of_a_visited_abbot_hosts(tmp_path):
    # the delegation visits a dignitary by name; the place of worship of his title receives it
    hosts, guests = hg(tmp_path, "Chúc Tết đồng bào Khmer\n\n"
                                 "Ngày 10/4/2024, đoàn công tác của Huyện đoàn Mỹ Xuyên thăm, chúc Tết Đại đức Lâm Sô Kha - "
                                 "Trụ trì chùa Bưng Tum Nup, xã Ngọc Đông.\n")
    assert hosts == ["Chùa Bưng Tum Nup"]


def test_an_official_congratulated_by_name_names_no_host(tmp_path):
    # only a dignitary's place of worship hosts: an official's body is not visited
    hosts, _ = hg(tmp_path, "Chúc mừng ngày nhậm chức\n\n"
                            "Chiều 3/5/2024, đoàn công tác của Hội Nông dân tỉnh thăm, chúc mừng ông Hà Quang Lực, "
                            "Chủ tịch UBND huyện Mỹ Tú.\n")
    assert "Ủy ban nhân dân huyện Mỹ Tú" not in hosts


def test_a_body_that_deliberates_under_a_chair_hosts(tmp_path):
    hosts, _ = hg(tmp_path, "Góp ý đề án giao thông\n\n"
                            "Sáng 8/10/2024, dưới sự chủ trì của ông Vương Đình Lạc, Bí thư Huyện ủy Tân Phước, "
                            "Ban Thường vụ Huyện ủy Tân Phước cho ý kiến vào đề án nâng cấp tuyến đường liên xã.\n")
    assert hosts == ["Ban Thường vụ Huyện ủy Tân Phước"]


def test_bodies_that_deliberate_at_a_named_event_take_part_only(tmp_path):
    hosts, _ = hg(tmp_path, "Giao ban công tác dân vận\n\n"
                            "Tại hội nghị, Ban Dân vận Huyện ủy Tân Phước và Ban Dân vận Huyện ủy Cái Bè đã thảo luận "
                            "về cách vận động người dân hiến đất làm đường.\n")
    assert "Ban Dân vận Huyện ủy Tân Phước" not in hosts


def test_a_delegation_a_decision_forms_does_not_travel(tmp_path):
    # the decision tells what the delegation will do, not this meeting's sides
    hosts, guests = hg(tmp_path, "Làm việc về công tác kiểm tra\n\n"
                                 "Theo ông Mạc Văn Tuân, tháng 3 vừa qua đã có Quyết định số 17 thành lập Đoàn kiểm tra, "
                                 "thực hiện kiểm tra tại 2 tổ chức đảng là: Ban Thường vụ Huyện ủy Hòn Đất và Ban Thường vụ "
                                 "Huyện ủy Giang Thành.\n")
    assert "Ban Thường vụ Huyện ủy Giang Thành" not in hosts


def test_who_chairs_a_working_session_with_a_body_hosts_it(tmp_path):
    hosts, guests = hg(tmp_path, "Gỡ vướng cho các dự án nhà ở\n\n"
                                 "Sáng 4/6/2024, ông Lục Văn Tường, Phó Chủ tịch UBND tỉnh Hà Giang chủ trì buổi làm việc "
                                 "với Sở Xây dựng tỉnh Hà Giang về tiến độ các khu nhà ở xã hội.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Hà Giang"] and guests == ["Sở Xây dựng tỉnh Hà Giang"]


def test_the_bodies_one_speaks_for_are_no_side(tmp_path):
    # "Thay mặt X, Y, Z, đồng chí A ...": the list after "thay mặt" runs past its commas; the person speaks
    # for them, they do not visit
    hosts, guests = hg(tmp_path, "Chúc mừng người cao tuổi\n\nThay mặt Huyện ủy, HĐND, UBND huyện Kim Bôi, đồng chí "
                                 "Lò Văn Khuyến đã ân cần thăm hỏi, chúc mừng Hội Người cao tuổi huyện Kim Bôi nhân "
                                 "dịp ngày 1/10/2023.\n")
    assert hosts == ["Hội Người cao tuổi huyện Kim Bôi"]
    assert guests == []


def test_a_lead_that_visits_people_names_no_place_of_worship(tmp_path):
    # the lead says the visit is paid to people ("các vị chức sắc"): the abbot met next is a person
    # visited, his pagoda no host
    hosts, _ = hg(tmp_path, "Thăm chức sắc dịp lễ Vu lan\n\nNgày 12/8/2022, đoàn của Ủy ban MTTQ Việt Nam tỉnh Phú Yên "
                            "đã tới thăm, chúc mừng một số vị chức sắc Phật giáo trong tỉnh.\n"
                            "Đoàn đã thăm, chúc mừng Đại đức Thích Quảng Tâm - Trụ trì chùa Hưng Phước.\n")
    assert hosts == []


def test_a_session_with_no_owner_beside_it_is_the_lowest_council_named(tmp_path):
    # the deputies of the council above, elected in the commune, attend the commune council's session
    hosts, _ = hg(tmp_path, "Bế mạc kỳ họp giữa năm\n\nDự kỳ họp có ông Hà Văn Tám, đại biểu HĐND huyện được bầu tại "
                            "địa bàn; bà Lường Thị Nga, Chủ tịch HĐND xã cùng 21 đại biểu HĐND xã.\n")
    assert hosts == ["Hội đồng nhân dân xã"]


def test_bodies_whose_people_join_a_visiting_leader_are_guests(tmp_path):
    # "A, [title] cùng đại diện Ban X ... đến thăm Y": Ban X's people come with him, and he for the body of
    # his title (docs/conventions.md, "a visitor named only as a person", settled 2026-12-06)
    _, guests = hg(tmp_path, "Chúc mừng lễ Phật đản\n\nNgày 14/5/2022, ông Lò Minh Tiến, Phó Chủ tịch UBND tỉnh Sơn "
                             "La cùng đại diện Ban Dân vận Tỉnh ủy Sơn La đã tới thăm và chúc mừng Ban Trị sự Giáo hội "
                             "Phật giáo Việt Nam tỉnh Sơn La.\n")
    assert guests == ["Ủy ban nhân dân tỉnh Sơn La", "Ban Dân vận Tỉnh ủy Sơn La"]


def test_the_owner_written_right_after_a_visited_unit_is_not_visited(tmp_path):
    # "Sư đoàn N Quân khu M": the military region owns the division, only the division is visited
    hosts, _ = hg(tmp_path, "Chúc mừng các đơn vị quân đội\n\nSáng 18/12/2022, Đoàn công tác của Tỉnh ủy Hòa Bình đã "
                            "đến thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh Hòa Bình và Sư đoàn 316 Quân khu 2 nhân dịp "
                            "ngày truyền thống.\n")
    assert "Quân khu 2" not in hosts and "Sư đoàn 316" in hosts


def test_who_congratulates_a_congress_is_no_guest(tmp_path):
    # "X tặng hoa chúc mừng Đại hội Y": the congress is Y's; X congratulates the event, visits no one
    hosts, guests = hg(tmp_path, "Đại hội cựu chiến binh huyện\n\nLãnh đạo Hội Cựu chiến binh tỉnh Thanh Hóa tặng hoa "
                                 "chúc mừng Đại hội đại biểu Hội Cựu chiến binh huyện Mường Lát lần thứ VII, nhiệm kỳ "
                                 "2022 - 2027.\n")
    assert hosts == ["Hội Cựu chiến binh huyện Mường Lát"] and guests == []


def test_a_receiver_acts_for_his_party_title_not_a_misspelt_one_or_the_deputies_delegation(tmp_path):
    # a body between his titles past an unread word ("Ủy Trung ương Đảng") is a title mis-spelt, and the
    # deputies' delegation he also heads is a title held alongside: the Tỉnh ủy receives
    hosts, _ = hg(tmp_path, "Tiếp đoàn doanh nhân\n\nChiều 6/3/2024, đồng chí Triệu Văn Lâm, Ủy Trung ương Đảng, Bí "
                            "thư Tỉnh ủy Bắc Kạn, Trưởng Đoàn ĐBQH tỉnh đã tiếp xã giao đồng chí Lò Thị Hoa.\n")
    assert hosts == ["Tỉnh ủy Bắc Kạn"]


def test_a_body_that_forms_delegations_to_visit_is_the_guest(tmp_path):
    # "X tổ chức nhiều đoàn thăm hỏi ...": X sends its delegations out, it convenes nothing
    hosts, guests = hg(tmp_path, "Chăm lo bà con dịp lễ\n\nTrong tuần qua, lãnh đạo Tỉnh ủy, UBND tỉnh Đồng Tháp đã tổ "
                                 "chức nhiều đoàn thăm hỏi và trao quà ở mấy cơ sở thờ tự vùng sâu.\n")
    assert (hosts, guests) == ([], ["Tỉnh ủy Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp"])


def test_a_body_that_forms_some_delegations_to_work_with_another_is_the_guest(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc cơ sở\n\nNgày 19/11/2023, Ban Tuyên giáo Tỉnh ủy Đồng Tháp tổ chức một số đoàn "
                                 "công tác đến làm việc với Huyện ủy Tháp Mười.\n")
    assert (hosts, guests) == (["Huyện ủy Tháp Mười"], ["Ban Tuyên giáo Tỉnh ủy Đồng Tháp"])


def test_a_place_name_opening_the_lead_is_no_visitor_the_bodies_describe(tmp_path):
    # "Tại <tỉnh>, lãnh đạo Tỉnh ủy ... tổ chức đoàn ...": the name after "tại" is a place, so the
    # bodies after it are the visitors themselves, not a person's titles
    hosts, guests = hg(tmp_path, "Chăm lo bà con\n\nTại Đồng Tháp, suốt tuần lễ hội, lãnh đạo Tỉnh ủy, UBND tỉnh Đồng "
                                 "Tháp đã tổ chức hai đoàn đi thăm hỏi các cơ sở thờ tự ở vùng sâu.\n")
    assert (hosts, guests) == ([], ["Tỉnh ủy Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp"])


def test_a_session_with_no_owner_written_is_not_a_higher_council_whose_deputy_attends():
    # the lead names a district's People's Committee: the provincial deputy is a guest, and the
    # session's owner is not written, so no host rather than the provincial council
    import kg
    def hosts(text):
        return [b.name for m in kg.extract_text(text).meetings for b in m.hosts]
    assert hosts("Sáng 9/7, kỳ họp thứ 9 khai mạc. Dự kỳ họp có bà Đinh Thị Hòa, Phó Chủ tịch HĐND tỉnh "
                 "Gia Lai; ông Lê Văn Tuấn, Chủ tịch UBND huyện Chư Prông.\n") == []
    assert hosts("Sáng 9/7, kỳ họp thứ 9 khai mạc. Dự kỳ họp có bà Đinh Thị Hòa, Phó Chủ tịch HĐND tỉnh "
                 "Gia Lai; ông Lê Văn Tuấn, Chủ tịch HĐND huyện Chư Prông.\n") == ["Hội đồng nhân dân huyện Chư Prông"]


def test_officials_receiving_a_delegation_sent_to_a_province_receive_for_their_bodies(tmp_path):
    # the trip names a province, no body visited: the official who then "tiếp đoàn" holds the
    # visit for the body of her title, the sender of the delegation is the guest
    hosts, guests = hg(tmp_path, "Trao đổi kinh nghiệm\n\nĐể học hỏi cách làm hay, từ ngày 17 đến 19/10, Hội Cựu chiến "
                                 "binh tỉnh Sóc Trăng đã cử đoàn cán bộ sang thăm, làm việc tại An Giang. Thay mặt lãnh "
                                 "đạo địa phương, ông Huỳnh Văn Mười, Chủ tịch Hội Cựu chiến binh tỉnh An Giang, đã tiếp "
                                 "đoàn.\n")
    assert (hosts, guests) == (["Hội Cựu chiến binh tỉnh An Giang"], ["Hội Cựu chiến binh tỉnh Sóc Trăng"])


def test_a_body_whose_leaders_join_a_visit_paid_at_its_own_seat_is_visited_not_visiting(tmp_path):
    # "A cùng lãnh đạo Bệnh viện X đến thăm ... tại Bệnh viện X": the hospital receives at home
    hosts, guests = hg(tmp_path, "Thăm bệnh nhân\n\nSáng 8/3, bà Lê Thị Vân, Chủ tịch Hội LHPN tỉnh Long An cùng lãnh "
                                 "đạo Bệnh viện Đa khoa tỉnh Long An đến thăm, tặng quà bệnh nhân nghèo tại Bệnh viện Đa "
                                 "khoa tỉnh Long An.\n")
    # (she visits as the union's chair: its body is a guest, docs/conventions.md "a visitor named
    # only as a person"; the hospital is not)
    assert (hosts, guests) == (["Bệnh viện Đa khoa tỉnh Long An"], ["Hội Liên hiệp Phụ nữ tỉnh Long An"])
    # (one that joins the visit to another's seat still goes with the visitor, who comes for the union)
    hosts, guests = hg(tmp_path, "Thăm bệnh nhân\n\nSáng 8/3, bà Lê Thị Vân, Chủ tịch Hội LHPN tỉnh Long An cùng lãnh "
                                 "đạo Bệnh viện Đa khoa tỉnh Long An đến thăm, tặng quà bệnh nhân nghèo tại Bệnh viện Đa "
                                 "khoa huyện Cần Giuộc.\n")
    assert guests == ["Hội Liên hiệp Phụ nữ tỉnh Long An", "Bệnh viện Đa khoa tỉnh Long An"]


def test_receiving_named_as_a_standing_duty_holds_no_reception(tmp_path):
    # "việc tiếp ...", "công tác tiếp ...": the noun before the verb makes it a task of the body,
    # told in a yearly review, not a reception it held
    for duty in ("luôn coi trọng việc", "đã quan tâm chỉ đạo công tác"):
        hosts, _ = hg(tmp_path, "Nhìn lại một năm\n\nTrong năm, Ủy ban nhân dân phường Long Phước " + duty +
                                " tiếp công dân, lắng nghe và giải quyết kịp thời kiến nghị của người dân.\n")
        assert hosts == []
    # (an official who receives the citizens himself holds it for the body of his title)
    hosts, _ = hg(tmp_path, "Lịch tiếp dân\n\nChiều 11/9, tại trụ sở, bà Hà Thị Nguyệt, Chủ tịch UBND thị xã Long "
                            "Phước tiếp 12 công dân đến kiến nghị về đền bù.\n")
    assert hosts == ["Ủy ban nhân dân thị xã Long Phước"]


def test_the_central_committee_of_a_union_convenes_for_the_union(tmp_path):
    # "Ban Chấp hành Trung ương Hội X" acting (not electing) is the union's central body, as a local
    # executive committee acts for its organisation
    hosts, _ = hg(tmp_path, "Bế mạc Đại hội\n\nSau ba ngày, Đại hội đại biểu phụ nữ toàn quốc kết thúc. BCH TW Hội LHPN "
                            "Việt Nam khóa mới gồm 150 ủy viên đã ra mắt tại Đại hội.\n")
    assert hosts == ["Trung ương Hội Liên hiệp Phụ nữ Việt Nam"]


def test_a_receiver_is_not_his_own_guest_when_the_visitors_body_shares_his_bodys_name(tmp_path):
    # a foreign parliament's group is that country's parliament (kg.extract.places.foreign_governments),
    # not the receiver's own body: ours receives, the country's is the guest, ours not listed again
    hosts, guests = hg(tmp_path, "Tiếp đoàn nghị sĩ\n\nChiều 21/3, Phó Chủ tịch Quốc hội Đinh Văn Khải đã tiếp Đoàn "
                                 "nghị sĩ hữu nghị của Quốc hội Hungary đang ở thăm và làm việc tại Hà Nội.\n")
    assert (hosts, guests) == (["Quốc hội"], ["Quốc hội Hungary"])


def test_a_partner_after_a_list_of_the_years_work_holds_nothing_on_its_own(tmp_path):
    # "...; phối hợp cùng X tổ chức ...": the actor is left unsaid, so X is only a partner
    for tail in ("phối hợp cùng Trung tâm Y tế huyện Hòa Thạnh tổ chức hội thảo chăm sóc sức khỏe người cao tuổi.",
                 "kết hợp với Bảo hiểm xã hội huyện Hòa Thạnh triển khai chính sách bảo hiểm tự nguyện đến từng hộ."):
        hosts, _ = hg(tmp_path, "Tổng kết hoạt động năm\n\nVề an sinh, hội đã vận động được 40 suất học bổng; " +
                                tail + "\n")
        assert hosts == []
    # (with its actor written before it, the partner organises beside the actor)
    hosts, _ = hg(tmp_path, "Nói chuyện chuyên đề\n\nSáng 9/4, Hội Người cao tuổi huyện Hòa Thạnh cùng với Trung tâm "
                            "Y tế huyện tổ chức hội nghị tuyên truyền về chăm sóc sức khỏe cho 300 hội viên.\n")
    assert hosts == ["Hội Người cao tuổi huyện Hòa Thạnh", "Trung tâm Y tế huyện Hòa Thạnh"]


def test_bodies_named_after_an_escort_cue_travel_as_guests(tmp_path):
    for cue in ("Tháp tùng đoàn có", "Tham gia với đoàn công tác, có"):
        hosts, guests = hg(tmp_path, "Kiểm tra cơ sở\n\nNgày 22/8, bà Lý Thị Ngọc, Phó Bí thư Thường trực Tỉnh ủy Sóc "
                                     "Trăng dẫn đầu đoàn công tác Tỉnh ủy kiểm tra, làm việc với Huyện ủy Hòa Thạnh. " +
                                     cue + " đại diện Ban Tổ chức Tỉnh ủy và Sở Tài chính tỉnh.\n")
        assert (hosts, guests) == (["Huyện ủy Hòa Thạnh"], ["Tỉnh ủy Sóc Trăng", "Ban Tổ chức Tỉnh ủy Sóc Trăng",
                                                          "Sở Tài chính tỉnh Sóc Trăng"])


def test_a_party_secretary_who_also_chairs_the_council_receives_for_the_party_committee(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp nhà đầu tư\n\nChiều 10/6, đồng chí Lê Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
                            "Chủ tịch HĐND tỉnh Bến Tre đã tiếp ông Kim Min Su, Chủ tịch một tập đoàn Hàn Quốc.\n")
    assert hosts == ["Tỉnh ủy Bến Tre"]
    # (a deputy secretary chairing the council acts for the council, his last title)
    hosts, _ = hg(tmp_path, "Tiếp nhà đầu tư\n\nChiều 10/6, đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
                            "Bến Tre đã tiếp ông Kim Min Su, Chủ tịch một tập đoàn Hàn Quốc.\n")
    assert hosts == ["Hội đồng nhân dân tỉnh Bến Tre"]


def test_the_head_who_reports_his_own_organisations_work_holds_the_event(tmp_path):
    # no convener written: the one head reporting "công tác Hội" of his own association holds it
    hosts, _ = hg(tmp_path, "Sơ kết quý I\n\nTại hội nghị, ông Trần Văn Lâm, Chủ tịch Hội Nông dân tỉnh Trà Vinh đã đánh "
                            "giá kết quả công tác Hội quý I và đề ra nhiệm vụ quý II.\n")
    assert hosts == ["Hội Nông dân tỉnh Trà Vinh"]
    # (a party leader praising the association's work holds nothing)
    hosts, _ = hg(tmp_path, "Sơ kết quý I\n\nTại hội nghị, ông Trần Văn Lâm, Phó Bí thư Tỉnh ủy Trà Vinh đã ghi nhận "
                            "kết quả công tác Hội quý I.\n")
    assert hosts == []


def test_a_name_after_the_reported_work_is_no_second_reporter(tmp_path):
    hosts, _ = hg(tmp_path, "Gặp mặt\n\nTại buổi gặp mặt, đồng chí Lê Văn Tâm, Bí thư Tỉnh đoàn Bình Định đã báo cáo thành tích "
                            "hoạt động Đoàn như hội thi tìm hiểu tư tưởng Hồ Chí Minh cấp tỉnh.\n")
    assert hosts == ["Tỉnh đoàn Bình Định"]


def test_the_front_committees_head_reporting_the_fronts_work_holds_the_event(tmp_path):
    hosts, _ = hg(tmp_path, "Sơ kết\n\nTại hội nghị, bà Trần Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam huyện Chợ Lách đã đánh "
                            "giá kết quả công tác Mặt trận sáu tháng đầu năm.\n")
    assert hosts == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chợ Lách"]
    # (the head of a labour federation reporting the youth union's work holds nothing)
    hosts, _ = hg(tmp_path, "Sơ kết\n\nTại hội nghị, bà Trần Thị Mai, Chủ tịch Liên đoàn Lao động huyện Chợ Lách đã nêu "
                            "kết quả hoạt động Đoàn sáu tháng đầu năm.\n")
    assert hosts == []


def test_where_a_sentence_stands_is_passed_to_convenes_not_left_in_its_cache(tmp_path):
    # (reread8 item 2) the same sentence and verb answer by the position given, nothing else: a plan
    # after the lead ("sẽ phối hợp") and a programme in a lead convene only there
    from kg.extract.meeting.hosts import HOST, LATER, PROGRAMME_LEAD, convenes, verb_index
    st = state_of(tmp_path, "Hội nông dân xã tập huấn cho hội viên\n\nSáng 3/5/2024, Hội Nông dân xã Vân Khê "
                            "tổ chức hội nghị tập huấn kỹ thuật cho hội viên.\n\nDịp này, Hội Nông dân xã Vân Khê "
                            "sẽ phối hợp tổ chức hội nghị sơ kết mô hình.\n\nHội Nông dân xã Vân Khê tổ chức "
                            "chương trình “Xuân yêu thương” cho hội viên nghèo.\n")
    plan, programme = (next(sv for sv in st.views if sv.text.startswith(w)) for w in ("Dịp này", "Hội Nông"))
    v = verb_index(plan)[HOST][0]
    assert convenes(plan, v) and convenes(plan, v, PROGRAMME_LEAD) and not convenes(plan, v, LATER)
    v = verb_index(programme)[HOST][0]
    assert convenes(programme, v, PROGRAMME_LEAD) and not convenes(programme, v) and not convenes(programme, v, LATER)
    # (negative: the lead's own "tổ chức hội nghị" convenes wherever it stands)
    lead = next(sv for sv in st.views if sv.text.startswith("Sáng"))
    assert all(convenes(lead, verb_index(lead)[HOST][0], p) for p in (None, LATER, PROGRAMME_LEAD))
    assert not any(k in sv.cache for sv in st.views for k in (LATER, PROGRAMME_LEAD))

"""Hosts and guests, round 9 (sentences written for the tests; invented names)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def hg(tmp_path, text) -> tuple[list[str], list[str]]:
    m = state_of(tmp_path, text).meeting
    return [b.name for b in m.hosts], [b.name for b in m.guests]


# -- companions of a delegation named with its owner: "Tham gia đoàn công tác của X còn có ..." ----

_VISIT = ("Thăm Giáo phận\n\nSáng 22/12, Đoàn công tác Trung ương do Trưởng ban Dân vận Trung ương Lê Văn Tâm "
          "dẫn đầu tới thăm Tòa Giám mục Giáo phận Hưng Hóa nhân lễ Giáng sinh. ")


def test_companions_of_a_delegation_named_with_its_owner_are_guests(tmp_path):
    hosts, guests = hg(tmp_path, _VISIT + "Tham gia đoàn công tác của Ban Dân vận lần này còn có Phó Chủ tịch Hội Nông dân "
                                          "Việt Nam Trần Văn Bảy; Thứ trưởng Bộ Tư pháp Ngô Văn Tư.\n")
    assert hosts == ["Tòa Giám mục Giáo phận Hưng Hóa"]
    assert guests == ["Ban Dân vận Trung ương", "Hội Nông dân Việt Nam", "Bộ Tư pháp"]


def test_companions_after_still_are_guests(tmp_path):
    _, guests = hg(tmp_path, _VISIT + "Tham gia đoàn công tác còn có Phó Chủ tịch Hội Nông dân Việt Nam Trần Văn Bảy.\n")
    assert "Hội Nông dân Việt Nam" in guests


def test_who_joins_a_delegation_of_the_host_is_no_companion(tmp_path):
    # (negative: "tiếp và làm việc với đoàn công tác của Trung ương có ...": who receives it)
    _, guests = hg(tmp_path, _VISIT + "Tiếp và làm việc với đoàn công tác của Trung ương có Phó Chủ tịch Ủy ban "
                                      "nhân dân tỉnh Phú Thọ Trần Văn Bảy.\n")
    assert "Ủy ban nhân dân tỉnh Phú Thọ" not in guests


# -- a delegation that names no body comes for its leader's body ----------------------------------

def test_a_received_delegation_naming_no_body_comes_for_its_leaders_first_title(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp đoàn\n\nSáng 13/1, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy Phú Thọ tiếp đoàn đại biểu "
                                 "tỉnh Tuyên Quang do đồng chí Trần Văn Bảy, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy, "
                                 "Chủ tịch UBND tỉnh Tuyên Quang làm trưởng đoàn sang thăm, chúc Tết.\n")
    assert hosts == ["Tỉnh ủy Phú Thọ"]
    assert guests == ["Tỉnh ủy Tuyên Quang"]


def test_a_team_formed_with_a_head_is_no_visiting_delegation(tmp_path):
    # (negative: "là trưởng đoàn" names who heads a team a decision forms; no trip, no guest)
    st = state_of(tmp_path, "Thành lập đoàn kiểm tra\n\nNgày 17/7, UBND tỉnh Phú Thọ có quyết định thành lập Đoàn kiểm tra "
                            "công tác phổ cập giáo dục do ông Trần Văn Bảy, Phó Giám đốc Sở Giáo dục và Đào tạo là trưởng đoàn.\n")
    m = st.meeting
    assert m is None or "Sở Giáo dục và Đào tạo tỉnh Phú Thọ" not in [b.name for b in m.guests]


def test_a_foreign_leaders_government_unwritten_is_no_guest(tmp_path):
    # (negative: "Tỉnh trưởng tỉnh X" implies a provincial government the text does not write)
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 1/2, đoàn cán bộ lãnh đạo tỉnh Kampot (Vương quốc Campuchia) do ngài "
                             "Sok Van Na, Tỉnh trưởng tỉnh Kampot làm trưởng đoàn sang chúc Tết lãnh đạo tỉnh An Giang.\n")
    assert not any("Kampot" in g for g in guests)


# -- a body written as the venue is not the delegation's own ----------------------------------------

def test_a_delegation_working_at_a_ministrys_seat_comes_for_its_leader(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc với Bộ\n\nNgày 9/6, tại trụ sở Bộ Tư pháp, Đoàn công tác tỉnh Phú Thọ do đồng chí "
                                 "Lê Văn Tâm, Ủy viên Trung ương Đảng khóa XII, Chánh Văn phòng Tỉnh ủy làm "
                                 "trưởng đoàn có cuộc làm việc với lãnh đạo Bộ Tư pháp.\n")
    assert hosts == ["Bộ Tư pháp"]
    assert guests == ["Văn phòng Tỉnh ủy Phú Thọ"]


def test_a_delegation_of_a_named_body_stays_that_bodys(tmp_path):
    # (negative: the body written before "do" is the delegation's own; its leader brings no other)
    _, guests = hg(tmp_path, "Làm việc với Bộ\n\nNgày 9/6, Đoàn công tác của Sở Nội vụ tỉnh Phú Thọ do đồng chí Lê Văn Tâm, "
                             "Tỉnh ủy viên, Giám đốc Sở làm trưởng đoàn có cuộc làm việc với lãnh đạo Bộ Tư pháp.\n")
    assert guests == ["Sở Nội vụ tỉnh Phú Thọ"]


# -- the places of worship of several clergy visited, each his own ----------------------------------

def test_each_cleric_of_a_list_visited_brings_his_place_of_worship(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 20/12, đoàn của Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi đã tới chúc "
                            "mừng Hòa thượng Thích Minh An, Trụ trì Chùa Hòa Vân; Linh mục Trần Văn Bình, Chủ tịch "
                            "Ủy ban Đoàn kết Công giáo tỉnh, Chánh xứ Giáo xứ Mộ Đức nhân dịp lễ.\n")
    assert hosts == ["Chùa Hòa Vân", "Giáo xứ Mộ Đức"]


def test_a_cleric_with_a_membership_and_a_charge_brings_his_charge(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 20/12, đoàn của Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi đã tới chúc "
                            "mừng Hòa thượng Thích Minh An, Ủy viên Ban Trị sự GHPGVN tỉnh Quảng Ngãi, Trụ trì "
                            "Chùa Hòa Vân.\n")
    assert hosts == ["Chùa Hòa Vân"]


def test_an_official_congratulated_in_a_list_is_no_host(tmp_path):
    # (negative: officials congratulated are persons; their bodies do not receive the visit)
    hosts, _ = hg(tmp_path, "Chúc mừng\n\nSáng 20/12, đoàn của Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi đã tới chúc mừng ông "
                            "Lê Văn An, Chủ tịch UBND huyện Đức Phổ và ông Trần Văn Bình, Bí thư Huyện ủy Mộ Đức.\n")
    assert hosts == []


# -- a parish visited, its place written in brackets: the list goes on ------------------------------

def test_a_bracketed_place_after_a_parish_does_not_end_the_stops(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 21/12, ông Lê Văn An, Phó Bí thư Tỉnh ủy Nam Định đến chúc mừng "
                            "lễ Giáng sinh Giáo xứ Kim Sơn (tại phường Nam Phong) và Giáo xứ Trà Lũ (tại xã Xuân Trung).\n")
    assert hosts == ["Giáo xứ Kim Sơn", "Giáo xứ Trà Lũ"]


def test_a_venue_outside_brackets_still_ends_the_stops(tmp_path):
    # (negative: "tại Nhà văn hóa ..., Giáo xứ B" — a body after the venue, no bracket, is where it is held)
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 21/12, ông Lê Văn An, Phó Bí thư Tỉnh ủy Nam Định đến chúc mừng "
                            "Giáo xứ Kim Sơn tại nhà giáo lý Giáo xứ Trà Lũ.\n")
    assert "Giáo xứ Trà Lũ" not in hosts


# -- the same visitor named again after teasers tells the stops the lead did not ---------------------

_TEASED = ("Ủy ban MTTQ tỉnh Hậu Giang: Thăm, chúc mừng Giáng sinh các cơ sở tôn giáo\n\n"
           "Nhân dịp Giáng sinh, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang lập hai đoàn đi thăm, chúc mừng 9 cơ sở tôn giáo.\n\n"
           "Tăng cường phối hợp giữ gìn an ninh nông thôn\n\n"
           "Hội Nông dân tổng kết phong trào thi đua\n\n")


def test_the_lone_visitor_named_again_tells_the_stops(tmp_path):
    hosts, guests = hg(tmp_path, _TEASED + "Ngày 22/12, bà Lê Thị An, Phó Chủ tịch UBMTTQ tỉnh Hậu Giang đến "
                                           "chúc mừng Nhà thờ Cái Tắc (xã Tân Phú) và Nhà thờ Vị Thanh (phường 5).\n")
    assert hosts == ["Nhà thờ Cái Tắc", "Nhà thờ Vị Thanh"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_another_visitor_named_later_tells_no_stop(tmp_path):
    # (negative: a visitor of another body is another visit, not this delegation's stop)
    hosts, _ = hg(tmp_path, _TEASED + "Ngày 22/12, ông Lê Văn An, Phó Chủ tịch UBND tỉnh Sóc Trăng đến chúc mừng Nhà thờ "
                                      "Cái Tắc (xã Tân Phú).\n")
    assert "Nhà thờ Cái Tắc" not in hosts


# -- a companion named before the cue that closes the sentence --------------------------------------

def test_a_companion_named_before_a_closing_cue_is_a_guest(tmp_path):
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 5/6, đoàn công tác của Ban Dân vận Huyện ủy Tân Châu do ông Lê Văn An, Trưởng "
                             "ban Dân vận Huyện ủy dẫn đầu đã tới chúc Tết Thánh đường Al-Noor (xã Phú Hiệp). Phó Chủ tịch "
                             "UBND huyện Tân Châu Trần Văn Bình tham gia cùng đoàn.\n")
    assert guests == ["Ban Dân vận Huyện ủy Tân Châu", "Ủy ban nhân dân huyện Tân Châu"]


def test_a_cue_in_the_middle_reads_those_after_it(tmp_path):
    # (negative: the cue does not close the sentence; who precedes it is not a companion)
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 5/6, đoàn công tác của Ban Dân vận Huyện ủy Tân Châu do ông Lê Văn An, Trưởng "
                             "ban Dân vận Huyện ủy dẫn đầu đã tới chúc Tết Thánh đường Al-Noor (xã Phú Hiệp). Tại đây, Hội "
                             "Nông dân huyện Tân Châu tặng quà, tham gia cùng đoàn có đại diện Sở Nội vụ tỉnh An Giang.\n")
    assert "Hội Nông dân huyện Tân Châu" not in guests


# -- "tổ chức" + a handing over or an evening's show: the body holds it ------------------------------

def test_a_body_that_holds_a_house_handover_hosts_it(tmp_path):
    hosts, _ = hg(tmp_path, "Bàn giao nhà\n\nChiều 18/5, Ủy ban MTTQ Việt Nam phường Hòa Thuận tổ chức bàn giao nhà "
                            "Đại đoàn kết cho hộ ông Lê Văn An ở tổ 3.\n")
    assert hosts == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Thuận"]


def test_a_body_that_holds_an_evening_show_hosts_it(tmp_path):
    hosts, _ = hg(tmp_path, "Văn nghệ kỷ niệm ngày giải phóng\n\nTối 20/4, UBND phường Tân An tổ chức đêm văn nghệ quần "
                            "chúng kỷ niệm 50 năm ngày giải phóng thị xã.\n")
    assert hosts == ["Ủy ban nhân dân phường Tân An"]


def test_organisations_of_an_association_named_after_the_verb_convene_nothing(tmp_path):
    # (negative: "các tổ chức Hội ..." is a noun, no event held)
    st = state_of(tmp_path, "Hội nghị\n\nSáng 3/3, Hội Nông dân tỉnh Cà Mau tổng kết công tác năm; các tổ chức Hội "
                            "cơ sở tiếp tục được củng cố.\n")
    m = st.meeting
    assert m is None or all("cơ sở" not in b.name for b in m.hosts)


# -- "tại <body> tổ chức ...": the body holds the event at its seat -------------------------------

def test_a_body_named_as_the_place_of_a_convening_verb_with_no_subject_hosts(tmp_path):
    hosts, _ = hg(tmp_path, "Kỷ niệm\n\nSáng 13/8/2019, tại UBND phường Tân An tổ chức Lễ kỷ niệm Ngày hội toàn dân "
                            "bảo vệ an ninh Tổ quốc năm nay.\n")
    assert hosts == ["Ủy ban nhân dân phường Tân An"]


def test_a_hall_of_a_body_does_not_convene(tmp_path):
    # (negative: "tại Hội trường UBND ..." names a hall; no convener is written)
    hosts, _ = hg(tmp_path, "Kỷ niệm\n\nSáng 13/8/2019, tại Hội trường UBND phường Tân An tổ chức Lễ kỷ niệm Ngày hội "
                            "toàn dân bảo vệ an ninh Tổ quốc năm nay.\n")
    assert hosts == []


# -- the stops of a visit end where a companion cue opens ------------------------------------------

def test_bodies_after_a_companion_cue_are_no_stops_of_the_visit(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng lễ Sene Đôn Ta\n\nSáng 26/10, ông Lê Văn An, Phó Bí thư Huyện ủy Hòn Đất đã đến "
                                 "thăm chùa Cà Na, chùa Tà Bết, xã Sơn Kiên, cùng đi với đoàn còn có đại diện Ủy ban MTTQ "
                                 "Việt Nam huyện Hòn Đất.\n")
    assert hosts == ["Chùa Cà Na", "Chùa Tà Bết"]
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hòn Đất" in guests


def test_a_list_of_stops_with_no_cue_goes_on(tmp_path):
    # (negative: with no cue every body of the list is a stop)
    hosts, _ = hg(tmp_path, "Chúc mừng lễ Sene Đôn Ta\n\nSáng 26/10, ông Lê Văn An, Phó Bí thư Huyện ủy Hòn Đất đã đến "
                            "thăm chùa Cà Na, chùa Tà Bết và chùa Sóc Xoài.\n")
    assert hosts == ["Chùa Cà Na", "Chùa Tà Bết", "Chùa Sóc Xoài"]


# -- representatives who receive are the subject, not a list of who attends -------------------------

def test_representatives_who_receive_the_delegations_host(tmp_path):
    hosts, _ = hg(tmp_path, "Tiếp các đoàn chúc Tết\n\nNhân dịp Tết, nhiều tỉnh của Lào cử đoàn sang chúc Tết. Đại diện "
                            "lãnh đạo UBND tỉnh An Giang cùng các sở, ngành đã tiếp đón chu đáo các đoàn.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh An Giang"]


def test_representatives_listed_as_attending_do_not_host(tmp_path):
    # (negative: "Đại diện ... có mặt", a list of who attends; the convener is named after "do")
    hosts, _ = hg(tmp_path, "Hội nghị\n\nĐại diện lãnh đạo UBND tỉnh An Giang có mặt tại Hội nghị tổng kết do Hội Nông "
                            "dân tỉnh An Giang tổ chức sáng nay.\n")
    assert "Ủy ban nhân dân tỉnh An Giang" not in hosts


# -- review9b negatives (the reviewer's entries, sentences written anew here) ------------------------

def test_a_led_delegation_that_receives_is_no_guest(tmp_path):
    # (H1: "Đoàn ... do A dẫn đầu đã tiếp ...": the led delegation receives)
    _, guests = hg(tmp_path, "Tiếp Đại sứ\n\nChiều 8/5, tại Viêng Chăn, đoàn đại biểu tỉnh Hà Tĩnh do ông Lê Văn An, Phó Bí "
                             "thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh dẫn đầu đã tiếp Đại sứ Nhật Bản tại Lào.\n")
    assert "Tỉnh ủy Hà Tĩnh" not in guests


def test_a_led_delegation_of_an_earlier_event_is_no_guest(tmp_path):
    # (H1: a sentence opening on "Trước đó" tells another event)
    _, guests = hg(tmp_path, "Tiếp khách\n\nSáng 5/3, Bệnh viện Đa khoa huyện Yên Thành tiếp đoàn chuyên gia quốc tế. "
                             "Trước đó, đoàn công tác do ông Lê Văn An, Giám đốc Sở Y tế tỉnh Hà Tĩnh làm trưởng đoàn đã "
                             "làm việc với Bệnh viện.\n")
    assert "Sở Y tế tỉnh Hà Tĩnh" not in guests


_SCHOOL = ("Thăm trường\n\nSáng 9/2, đoàn công tác của Sở Giáo dục và Đào tạo tỉnh Kon Tum do ông Lê Văn An, Giám đốc "
           "Sở dẫn đầu đã đến thăm, tặng quà Trường Tiểu học Đăk Hà. ")


def test_a_closing_cue_reads_only_its_own_item(tmp_path):
    # (H2: the bodies thanked before the ";" are no companions)
    _, guests = hg(tmp_path, _SCHOOL + "Thay mặt nhà trường, bà Trần Thị Bình cảm ơn Hội Khuyến học tỉnh Kon Tum đã hỗ "
                                       "trợ; đại diện Phòng Giáo dục và Đào tạo huyện Đăk Hà đi cùng đoàn.\n")
    assert "Hội Khuyến học tỉnh Kon Tum" not in guests


def test_who_receives_and_goes_along_is_no_companion(tmp_path):
    # (H2: a receiving verb in the span before the closing cue)
    _, guests = hg(tmp_path, _SCHOOL + "UBND huyện Đăk Hà đón tiếp và đi cùng đoàn.\n")
    assert "Ủy ban nhân dân huyện Đăk Hà" not in guests


def test_a_delegation_that_has_a_session_names_no_companion(tmp_path):
    # (H7: "Phái đoàn của X có buổi làm việc với Y": the verb "có", no cue)
    _, guests = hg(tmp_path, _SCHOOL + "Phái đoàn của Sở Giáo dục và Đào tạo có buổi làm việc với Ủy ban MTTQ Việt Nam "
                                       "huyện Đăk Hà vào buổi chiều.\n")
    assert not any(g.startswith("Ủy ban Mặt trận") for g in guests)


def test_a_night_patrol_convenes_nothing(tmp_path):
    # (H6: "tổ chức đêm tuần tra" is a night's work, no event held)
    st = state_of(tmp_path, "Ra quân giữ bình yên\n\nTối 5/3, Công an xã Tân Hòa phối hợp Đoàn xã Tân Hòa tổ chức đêm "
                            "tuần tra bảo đảm an ninh trật tự dịp lễ hội.\n")
    m = st.meeting
    assert m is None or m.hosts == []


def test_who_goes_with_the_visitor_is_no_stop(tmp_path):
    # (H9: "chúc mừng Giáo xứ X cùng Ủy ban MTTQ huyện Y": who goes along, not visited)
    hosts, _ = hg(tmp_path, "Chúc mừng Giáng sinh\n\nSáng 21/12, ông Lê Văn An, Phó Bí thư Tỉnh ủy Ninh Bình đến chúc mừng "
                            "Giáo xứ Phát Diệm (tại thị trấn Phát Diệm) cùng Ủy ban MTTQ Việt Nam huyện Kim Sơn.\n")
    assert hosts == ["Giáo xứ Phát Diệm"]


def test_a_venue_does_not_replace_the_convener_named_after_the_verb(tmp_path):
    # (H10: "tại Huyện ủy X tổ chức Đại hội Hội Nông dân huyện": the congress's own body convenes)
    hosts, _ = hg(tmp_path, "Đại hội\n\nNgày 13/8, tại Huyện ủy Yên Thành tổ chức Đại hội Hội Nông dân huyện Yên Thành lần "
                            "thứ XI, nhiệm kỳ mới.\n")
    assert "Huyện ủy Yên Thành" not in hosts


# -- readings that need the host reader (hosts.py, meetings.py; verb_clauses.py) --------------------

def test_a_fronted_working_session_brings_the_official_after_it(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc với tỉnh\n\nSáng 12/3, kết luận tại buổi làm việc với Thường trực "
                                 "Tỉnh ủy Bến Tre, Phó Thủ tướng Lê Văn An đề nghị tỉnh chú trọng phát triển hạ tầng.\n")
    assert hosts == ["Thường trực Tỉnh ủy Bến Tre"]
    assert guests == ["Chính phủ"]


def test_a_fronted_working_session_with_no_one_named_after_it_gives_no_guest(tmp_path):
    # (negative: "các đại biểu" names no official; the session's partner stays the only side read)
    st = state_of(tmp_path, "Làm việc với tỉnh\n\nSáng 12/3, góp ý tại buổi làm việc với Thường trực Tỉnh ủy Bến "
                            "Tre, các đại biểu đề nghị tỉnh chú trọng phát triển hạ tầng.\n")
    m = st.meeting
    assert m is None or m.guests == []


def test_a_visit_told_in_a_clause_of_before_is_not_the_meeting(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc tại huyện\n\nNgày 3/10, sau khi đến thăm Trường tiểu học Na Sơn, Bộ trưởng Bộ "
                                 "Tư pháp Lê Văn An đã làm việc với UBND huyện Tân Lạc.\n")
    assert hosts == ["Ủy ban nhân dân huyện Tân Lạc"]
    assert guests == ["Bộ Tư pháp"]


def test_a_visit_with_no_later_clause_is_read_as_it_is(tmp_path):
    # (negative: "sau khi" with no main clause after a comma leaves the visit the meeting)
    hosts, _ = hg(tmp_path, "Thăm trường\n\nBộ trưởng Bộ Tư pháp Lê Văn An đến thăm UBND huyện Tân Lạc sau khi nghỉ.\n")
    assert hosts == ["Ủy ban nhân dân huyện Tân Lạc"]


def test_a_body_that_greets_a_delegation_receives_it(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp đoàn\n\nChiều 29/6, UBND tỉnh Phú Yên chào xã giao, làm việc với Đoàn đại biểu "
                                 "tỉnh Attapeu (Lào) sang thăm tỉnh.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Phú Yên"]
    assert "Ủy ban nhân dân tỉnh Phú Yên" not in guests


def test_a_body_that_pays_a_call_on_a_body_is_its_guest(tmp_path):
    # (negative: the object is a body, not a delegation: the subject goes to it)
    hosts, guests = hg(tmp_path, "Chào xã giao\n\nChiều 29/6, UBND tỉnh Phú Yên chào xã giao, làm việc với Sở Nội vụ "
                                 "tỉnh Gia Lai.\n")
    assert hosts == ["Sở Nội vụ tỉnh Gia Lai"]
    assert guests == ["Ủy ban nhân dân tỉnh Phú Yên"]


def test_greetings_told_at_the_event_do_not_make_the_convener_a_visitor(tmp_path):
    hosts, guests = hg(tmp_path, "Gặp mặt người có uy tín\n\nChiều 4/2, tại xã Phước Hà, Sở Dân tộc và Tôn giáo tỉnh Khánh "
                                 "Hòa tổ chức gặp mặt, thăm, tặng quà các già làng tiêu biểu. Ông Lê Văn An tặng quà. "
                                 "Tại buổi gặp, các lãnh đạo của Sở Dân tộc và Tôn giáo tỉnh Khánh Hòa gửi lời chúc Tết tới "
                                 "các già làng và gia đình.\n")
    assert hosts == ["Sở Dân tộc và Tôn giáo tỉnh Khánh Hòa"]
    assert guests == []


def test_a_delegation_named_at_the_event_is_still_the_guest(tmp_path):
    # (negative: who is welcomed at the event, not the lead's convener, still comes)
    _, guests = hg(tmp_path, "Tiếp Đại sứ\n\nChiều 11/3, Bí thư Tỉnh ủy Phú Yên Lê Văn An đã tiếp ngài Taro Suzuki, Đại sứ "
                             "Nhật Bản tại Việt Nam. Tại buổi tiếp, ông Lê Văn An vui mừng "
                             "chào đón Đoàn công tác của Đại sứ quán Nhật Bản tại Việt Nam đến thăm và làm việc tại tỉnh.\n")
    assert any("Đại sứ quán" in g for g in guests)


def test_receivers_after_a_comma_host_the_delegation(tmp_path):
    hosts, _ = hg(tmp_path, "Chúc Tết\n\nChiều 16/1, Đoàn công tác huyện Sốp Cộp do ông Lò Văn Pha làm trưởng đoàn đã đến "
                            "chúc Tết nhân dân huyện Mường Lát. Tiếp đoàn, có lãnh đạo Ủy ban MTTQ huyện "
                            "Mường Lát.\n")
    assert hosts == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mường Lát"]


def test_who_else_receives_beside_a_named_host_is_no_host(tmp_path):
    # (negative: "Cùng tiếp đoàn, có ..." is of those beside the host already named)
    hosts, _ = hg(tmp_path, "Chúc Tết\n\nChiều 16/1, UBND huyện Mường Lát tiếp Đoàn công tác huyện Sốp Cộp sang chúc Tết. "
                            "Cùng tiếp đoàn, có đại diện lãnh đạo Hội Nông dân huyện Mường Lát.\n")
    assert hosts == ["Ủy ban nhân dân huyện Mường Lát"]


def test_a_youth_union_visiting_its_members_is_the_guest(tmp_path):
    # (review9b M10: "đoàn viên" is no delegation greeted; the union visits)
    _, guests = hg(tmp_path, "Thăm đoàn viên\n\nSáng 5/3, Ban Thường vụ Huyện đoàn Hương Khê đến thăm đoàn viên có hoàn "
                             "cảnh khó khăn tại xã Phú Gia.\n")
    assert guests == ["Ban Thường vụ Huyện đoàn Hương Khê"]


def test_companions_of_the_hosts_own_unit_are_no_guests(tmp_path):
    # (review9b M9: "đoàn công tác của tỉnh" where the province hosts names the host's side)
    _, guests = hg(tmp_path, "Làm việc\n\nSáng 5/10, đoàn công tác của Ban Nội chính Trung ương do ông Lê Văn An, Phó "
                             "Trưởng ban dẫn đầu đã làm việc với Tỉnh ủy Yên Bái. Tham gia đoàn công tác của tỉnh lần này "
                             "gồm có lãnh đạo Sở Nội vụ tỉnh Yên Bái.\n")
    assert "Sở Nội vụ tỉnh Yên Bái" not in guests


def test_a_foreign_visitors_unwritten_government_is_no_guest(tmp_path):
    # (review9b L6: "Phó Tỉnh trưởng" implies a provincial government the text does not write)
    _, guests = hg(tmp_path, "Chào xã giao\n\nSáng 5/3, đoàn công tác tỉnh Khammouane (Lào) do ông Sổm Phết, Phó Tỉnh "
                             "trưởng dẫn đầu đã đến chào xã giao Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh.\n")
    assert not any("Khammouane" in g for g in guests)


def test_a_lone_visitors_written_body_stays_the_guest(tmp_path):
    # (negative: the body his title writes is his)
    _, guests = hg(tmp_path, "Làm việc\n\nSáng 5/3, ông Lê Văn An, Bí thư Tỉnh ủy Hà Tĩnh đến thăm và làm việc với UBND "
                             "huyện Kỳ Anh.\n")
    assert guests == ["Tỉnh ủy Hà Tĩnh"]


# -- fix9 (review9b M8): a body whose founding day is kept stands inside the event's name -----------

def test_a_venue_convener_keeps_the_event_whose_name_holds_the_body_celebrated(tmp_path):
    hosts, _ = hg(tmp_path, "Kỷ niệm\n\nNgày 9/12, tại UBND xã Hòa Lạc tổ chức Lễ kỷ niệm 40 năm Ngày thành lập "
                            "Hội Liên hiệp Phụ nữ Việt Nam.\n")
    assert hosts == ["Ủy ban nhân dân xã Hòa Lạc"]


def test_a_venue_convener_yields_to_the_body_of_a_congress_after_the_verb(tmp_path):
    # (negative: the body after the verb is the congress's own, not a founding day's)
    hosts, _ = hg(tmp_path, "Đại hội\n\nNgày 9/12, tại UBND xã Hòa Lạc tổ chức Đại hội Hội Liên hiệp Phụ nữ xã Hòa Lạc "
                            "lần thứ hai.\n")
    assert "Ủy ban nhân dân xã Hòa Lạc" not in hosts


# -- fix9 (review9b, M9's side effect): a province's escort of a delegation visiting someone else ----

def test_a_province_s_escort_of_a_central_delegation_visiting_a_diocese_goes_with_it(tmp_path):
    _, guests = hg(tmp_path, "Thăm Tòa Giám mục\n\nSáng 3/12, đoàn công tác Trung ương do ông Đinh Văn Kha, Phó Trưởng "
                             "ban Dân vận Trung ương dẫn đầu đã đến thăm Tòa Giám mục Giáo phận Lạng Sơn. Tham gia đoàn "
                             "công tác của tỉnh còn có ông Hà Văn Tiến, Phó Chủ tịch UBND tỉnh Cao Bằng.\n")
    assert "Ủy ban nhân dân tỉnh Cao Bằng" in guests


def test_a_province_s_own_side_is_no_escort_when_a_body_of_the_province_hosts(tmp_path):
    # (negative: the province's party committee receives; "của tỉnh" is the host's side)
    _, guests = hg(tmp_path, "Làm việc\n\nSáng 3/12, đoàn cán bộ Ban Dân vận Trung ương do ông Đinh Văn Kha, Phó "
                             "Trưởng ban dẫn đầu đã làm việc với Tỉnh ủy Cao Bằng. Tham gia đoàn công tác của tỉnh còn có "
                             "ông Hà Văn Tiến, Phó Chủ tịch UBND tỉnh Cao Bằng.\n")
    assert "Ủy ban nhân dân tỉnh Cao Bằng" not in guests

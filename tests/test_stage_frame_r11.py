"""The meeting's frame (kg.extract.meeting.frame), round 11: one body on one side, the headline's sides hold
against a lead read by another construction. Every sentence here is invented (names, places, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


# -- one body, one side -----------------------------------------------------------------------------------

def test_a_bare_host_that_took_its_place_from_the_delegation_it_receives_is_no_host(tmp_path):
    hosts, guests = hg(tmp_path, "Văn phòng tiếp cán bộ tỉnh bạn\n\nChiều 21/10/2024, Văn phòng và Ban Nội chính Tỉnh "
                                 "ủy đã tiếp đoàn cán bộ của Văn phòng và Ban Nội chính Tỉnh ủy Tuyên Quang sang học tập mô "
                                 "hình số hóa hồ sơ.\n")
    assert hosts == []
    assert guests == ["Văn phòng Tỉnh ủy Tuyên Quang", "Ban Nội chính Tỉnh ủy Tuyên Quang"]


def test_two_boards_each_placed_keep_their_sides(tmp_path):
    # (negative: both mentions write their own province, no body stands on both sides)
    hosts, guests = hg(tmp_path, "Ban Nội chính tiếp cán bộ tỉnh bạn\n\nChiều 21/10/2024, Ban Nội chính Tỉnh ủy Phú Thọ "
                                 "tiếp đoàn cán bộ của Ban Nội chính Tỉnh ủy Tuyên Quang sang học tập mô hình số hóa hồ "
                                 "sơ.\n")
    assert hosts == ["Ban Nội chính Tỉnh ủy Phú Thọ"]
    assert guests == ["Ban Nội chính Tỉnh ủy Tuyên Quang"]


def test_a_body_visiting_its_own_former_leaders_is_no_host_of_the_visit(tmp_path):
    hosts, guests = hg(tmp_path, "Gặp mặt hội viên cao tuổi\n\nNgày 12/1/2023, Đoàn cán bộ Hội Nông dân tỉnh do bà Lê Thị "
                                 "An, Phó Chủ tịch Hội Nông dân tỉnh dẫn đầu đã đến thăm hỏi các cán bộ hưu trí của Hội Nông "
                                 "dân tỉnh nhân dịp đầu xuân.\n")
    assert hosts == []
    assert guests == ["Hội Nông dân tỉnh"]


def test_a_body_visiting_another_body_still_hosts_it(tmp_path):
    # (negative: the body after the visit verb is not the visitor's)
    hosts, guests = hg(tmp_path, "Chúc Tết Bộ Chỉ huy Quân sự tỉnh\n\nNgày 12/1/2023, Đoàn cán bộ Hội Nông dân tỉnh Yên "
                                 "Bái đến thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Yên Bái.\n")
    assert hosts == ["Bộ Chỉ huy Quân sự tỉnh Yên Bái"]
    assert guests == ["Hội Nông dân tỉnh Yên Bái"]


# -- the headline's sides hold -----------------------------------------------------------------------------

def test_the_headline_s_working_body_hosts_when_the_lead_names_only_its_deputy_secretary(tmp_path):
    hosts, guests = hg(tmp_path, "Thành ủy Hội An làm việc với Đảng ủy phường Cẩm Phô\n\nSáng 11/6/2024, đồng chí Lê "
                                 "Văn An, Phó Bí thư Thành ủy Hội An làm việc với Ban Thường vụ Đảng ủy phường Cẩm Phô về "
                                 "việc chuẩn bị đại hội các chi bộ khu phố.\n")
    assert hosts == ["Thành ủy Hội An"]
    assert guests == ["Ban Thường vụ Đảng ủy phường Cẩm Phô"]


def test_the_headline_s_convener_hosts_a_survey_its_own_departments_go_on(tmp_path):
    hosts, guests = hg(tmp_path, "UBND huyện tổ chức kiểm tra tiến độ đường liên xã\n\nNgày 3/3/2023, Chủ tịch UBND huyện "
                                 "Lê Văn An cùng đoàn công tác huyện với đại diện Phòng Tài chính - Kế hoạch huyện, UBND xã "
                                 "Tân Liễu đã về kiểm tra tiến độ đường liên xã.\n")
    assert hosts == ["Ủy ban nhân dân huyện"]
    assert guests == []


def test_a_headline_host_placed_only_by_the_story_does_not_turn_the_sides(tmp_path):
    # (negative: "Văn phòng Tỉnh ủy" of the headline takes the visitors' province from the lead: not the
    # headline's own reading)
    hosts, guests = hg(tmp_path, "Văn phòng Tỉnh ủy tiếp cán bộ tỉnh bạn\n\nChiều 21/10/2024, Văn phòng và Ban Nội chính "
                                 "Tỉnh ủy đã tiếp đoàn cán bộ của Văn phòng và Ban Nội chính Tỉnh ủy Tuyên Quang sang học "
                                 "tập mô hình số hóa hồ sơ.\n")
    assert hosts == []
    assert guests == ["Văn phòng Tỉnh ủy Tuyên Quang", "Ban Nội chính Tỉnh ủy Tuyên Quang"]


def test_a_headline_that_agrees_with_the_lead_changes_nothing(tmp_path):
    # (negative: the headline's host is the lead's host)
    hosts, guests = hg(tmp_path, "Hội Nông dân tỉnh Bắc Giang tiếp đoàn công tác Hội Nông dân tỉnh Cà Mau\n\nNgày "
                                 "6/7/2023, Hội Nông dân tỉnh Bắc Giang tiếp đoàn công tác Hội Nông dân tỉnh Cà Mau.\n")
    assert hosts == ["Hội Nông dân tỉnh Bắc Giang"]
    assert guests == ["Hội Nông dân tỉnh Cà Mau"]


def test_a_visit_told_in_the_headline_keeps_the_lead_s_sides(tmp_path):
    # (negative: the headline's visitor is the lead's guest; nothing crosses)
    hosts, guests = hg(tmp_path, "Tỉnh đoàn Lạng Sơn chúc mừng Bộ Chỉ huy Quân sự tỉnh Lạng Sơn\n\nNgày 6/7/2023, Tỉnh "
                                 "đoàn Lạng Sơn đến thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh Lạng Sơn.\n")
    assert hosts == ["Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"]
    assert guests == ["Tỉnh đoàn Lạng Sơn"]


# -- a delegation received in the passive: the agent receives ----------------------------------------------

def test_a_delegation_welcomed_in_the_passive_is_received_by_the_agent(tmp_path):
    hosts, guests = hg(tmp_path, "Đón tiếp đoàn công tác tỉnh bạn\n\nNgày 6/7/2023, đoàn công tác Hội Nông dân tỉnh Cà Mau "
                                 "được Hội Nông dân tỉnh Bắc Giang tiếp đón chu đáo tại trụ sở.\n")
    assert hosts == ["Hội Nông dân tỉnh Bắc Giang"]
    assert guests == ["Hội Nông dân tỉnh Cà Mau"]


def test_a_delegation_glad_to_be_welcomed_names_no_receiver(tmp_path):
    # (negative: no body acts between the passive word and the verb; the place is no host)
    hosts, guests = hg(tmp_path, "Hội Nông dân tỉnh tiếp đoàn công tác tỉnh bạn\n\nNgày 6/7/2023, đoàn công tác Hội Nông "
                                 "dân tỉnh Cà Mau vui mừng được đón tiếp tại tỉnh Bắc Giang.\n")
    assert hosts == []
    assert guests == ["Hội Nông dân tỉnh Cà Mau"]


# -- the visitor side holds every person introduced on it --------------------------------------------------

def test_each_titled_visitor_before_the_companions_brings_his_first_title_s_body(tmp_path):
    _, guests = hg(tmp_path, "Lãnh đạo tỉnh thăm bà con vùng sạt lở\n\nSáng 5/10/2022, ông Lê Văn An, Phó Bí thư Tỉnh ủy "
                             "Quảng Ngãi; ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Quảng Ngãi cùng lãnh đạo Sở Y tế, UBND "
                             "huyện Sơn Tịnh về xã Tịnh Hà thăm hỏi bà con vùng sạt lở.\n")
    assert guests == ["Tỉnh ủy Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi",
                      "Ủy ban nhân dân huyện Sơn Tịnh"]


def test_a_visitor_named_with_no_title_brings_no_body_beside_the_companions(tmp_path):
    # (negative: whom he acts for is unsaid)
    _, guests = hg(tmp_path, "Lãnh đạo tỉnh thăm bà con vùng sạt lở\n\nSáng 5/10/2022, ông Lê Văn An cùng lãnh đạo Sở Y "
                             "tế và UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi về xã Tịnh Hà thăm hỏi bà con vùng sạt lở.\n")
    assert guests == ["Sở Y tế tỉnh Quảng Ngãi", "Ủy ban nhân dân huyện Sơn Tịnh"]


def test_the_leader_of_a_delegation_that_names_no_body_comes_beside_his_companion(tmp_path):
    _, guests = hg(tmp_path, "Tặng quà gia đình thương binh\n\nĐoàn công tác do Phó Chủ tịch Hội Nông dân tỉnh Gia "
                             "Lai Lê Văn An dẫn đầu, cùng với Phó Giám đốc Sở Y tế tỉnh Trần Văn Bình và một số cán bộ đã "
                             "về thăm, tặng quà các gia đình thương binh ở huyện Chư Sê dịp 27/7.\n")
    assert guests == ["Hội Nông dân tỉnh Gia Lai", "Sở Y tế tỉnh Gia Lai"]


def test_the_leader_of_a_delegation_of_a_named_body_brings_no_body_of_his_own(tmp_path):
    # (negative: the delegation is the department's, docs/conventions.md; his provincial title is not its side)
    _, guests = hg(tmp_path, "Tặng quà gia đình thương binh\n\nĐoàn công tác của Sở Y tế tỉnh Gia Lai do Phó Chủ tịch "
                             "UBND tỉnh Lê Văn An dẫn đầu, cùng với Phó Chủ tịch Hội Nông dân tỉnh Trần Văn Bình đã về "
                             "thăm, tặng quà các gia đình thương binh ở huyện Chư Sê dịp 27/7.\n")
    assert "Ủy ban nhân dân tỉnh Gia Lai" not in guests


def test_a_leader_named_with_no_title_brings_no_body(tmp_path):
    # (negative)
    _, guests = hg(tmp_path, "Tặng quà gia đình thương binh\n\nĐoàn công tác do ông Lê Văn An dẫn đầu, cùng với Phó "
                             "Giám đốc Sở Y tế tỉnh Gia Lai Trần Văn Bình đã về thăm, tặng quà các gia đình thương binh ở "
                             "huyện Chư Sê dịp 27/7.\n")
    assert guests == ["Sở Y tế tỉnh Gia Lai"]


def test_local_leaders_named_beside_a_central_visitor_bring_no_body_of_their_own(tmp_path):
    # (negative: the local leaders with a central one are his escort; their side is not said)
    _, guests = hg(tmp_path, "Phó Chủ tịch Quốc hội tặng quà công nhân\n\nChiều 28/1/2024, ông Lê Văn An, Phó Chủ tịch "
                             "Quốc hội và bà Trần Thị Bình, Bí thư Tỉnh ủy Thái Bình; ông Đỗ Văn Cường, Chủ tịch UBND tỉnh "
                             "Thái Bình cùng lãnh đạo Văn phòng Quốc hội đã đến thăm, tặng quà công nhân một khu công "
                             "nghiệp ở huyện Tiền Hải.\n")
    assert "Tỉnh ủy Thái Bình" not in guests and "Ủy ban nhân dân tỉnh Thái Bình" not in guests


# -- a clause that frames the sentence names no side -------------------------------------------------------

def test_the_delegation_of_the_trip_a_visit_belongs_to_is_no_visitor(tmp_path):
    _, guests = hg(tmp_path, "Thăm trường mầm non vùng cao\n\nTrong khuôn khổ chuyến khảo sát của Đoàn công tác Sở Y tế "
                             "tỉnh Nghệ An tại huyện Quỳ Hợp, bà Trần Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nghệ "
                             "An đã đến thăm một trường mầm non vùng cao.\n")
    assert guests == ["Hội Liên hiệp Phụ nữ tỉnh Nghệ An"]


def test_a_delegation_after_the_framing_clause_still_visits(tmp_path):
    # (negative: the frame ends at its comma; the delegation that follows heads the subject)
    _, guests = hg(tmp_path, "Thăm trường mầm non vùng cao\n\nNhân chuyến về nguồn, Đoàn công tác của Sở Y tế tỉnh Nghệ "
                             "An đã đến thăm một trường mầm non vùng cao tại huyện Quỳ Hợp.\n")
    assert guests == ["Sở Y tế tỉnh Nghệ An"]


def test_a_delegation_opening_its_sentence_still_visits(tmp_path):
    # (negative: no frame)
    hosts, guests = hg(tmp_path, "Giám sát tại huyện\n\nNgày 4/8/2022, Đoàn giám sát của HĐND tỉnh Thanh Hóa đã đến làm "
                                 "việc với UBND huyện Như Xuân.\n")
    assert hosts == ["Ủy ban nhân dân huyện Như Xuân"]
    assert guests == ["Hội đồng nhân dân tỉnh Thanh Hóa"]


def test_a_headline_that_works_with_the_body_its_delegation_travels_to_keeps_the_lead_s_sides(tmp_path):
    # (negative: "X làm việc với Y" in the headline, the lead tells X's delegation going to Y: Y receives it)
    hosts, guests = hg(tmp_path, "Ủy ban Kiểm tra Tỉnh ủy làm việc với Thường trực Huyện ủy Krông Pắc\n\nSáng 19/9/2024, "
                                 "đồng chí Hồ Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk dẫn đầu đoàn công tác đã "
                                 "đến làm việc với Thường trực Huyện ủy Krông Pắc về việc giải quyết đơn thư.\n")
    assert hosts == ["Thường trực Huyện ủy Krông Pắc"]
    assert guests == ["Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk"]


def test_a_headline_host_placed_in_the_headline_turns_a_lone_official_s_sides(tmp_path):
    hosts, guests = hg(tmp_path, "Huyện ủy Yên Thành làm việc với Đảng ủy xã Công Thành\n\nĐồng chí Lê Văn An, Bí thư "
                                 "Huyện ủy Yên Thành làm việc với Ban Thường vụ Đảng ủy xã Công Thành về tiến độ làm đường "
                                 "giao thông nông thôn.\n")
    assert hosts == ["Huyện ủy Yên Thành"]


# -- an aside in brackets after a visitor does not end his subject ----------------------------------------

def test_a_photo_s_position_note_after_the_visitor_keeps_him_the_visitor(tmp_path):
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nÔng Lê Văn An, Phó Chủ tịch UBND tỉnh Bắc Kạn (thứ hai từ trái "
                             "sang) đến thăm, tặng quà gia đình chính sách ở xã Cẩm Giàng.\n")
    assert guests == ["Ủy ban nhân dân tỉnh Bắc Kạn"]


def test_a_second_visitor_with_no_title_after_an_aside_still_leaves_the_side_unsaid(tmp_path):
    # (negative: one of the two visitors acts for no body the text names)
    _, guests = hg(tmp_path, "Thăm gia đình chính sách\n\nÔng Lê Văn An, Phó Chủ tịch UBND tỉnh Bắc Kạn (trái) và ông Trần "
                             "Văn Bình (phải) đến thăm, tặng quà gia đình chính sách ở xã Cẩm Giàng.\n")
    assert guests == []


# -- the giver of a handover chained to another act ---------------------------------------------------------

def test_the_giver_is_the_subject_of_the_acts_chained_to_the_handover(tmp_path):
    hosts, _ = hg(tmp_path, "Trao quyết định điều động cán bộ\n\nSáng 2-3-2021, Tỉnh ủy Bến Tre đã công bố và trao quyết "
                            "định điều động đồng chí Lê Văn An về công tác tại Ban Dân vận Tỉnh ủy.\n")
    assert hosts == ["Tỉnh ủy Bến Tre"]


def test_the_giver_who_gathered_the_gifts_hands_them_over(tmp_path):
    hosts, _ = hg(tmp_path, "Trao học bổng cho học sinh nghèo\n\nHội Khuyến học tỉnh Long An đã quyên góp trao tặng 120 "
                            "suất học bổng cho học sinh nghèo huyện Đức Hòa.\n")
    assert hosts == ["Hội Khuyến học tỉnh Long An"]


def test_a_body_owning_a_document_is_no_giver_past_the_chain(tmp_path):
    # (negative: the body does not open its clause)
    hosts, _ = hg(tmp_path, "Trao quà cho hộ nghèo\n\nThực hiện nghị quyết của Hội Chữ thập đỏ tỉnh Long An về việc trao "
                            "quà, nhiều nhà hảo tâm đã góp sức.\n")
    assert "Hội Chữ thập đỏ tỉnh Long An" not in hosts


def test_a_long_clause_before_the_handover_is_no_chain(tmp_path):
    # (negative: more than a few words between the body and the handover)
    hosts, _ = hg(tmp_path, "Trao quà cho hộ nghèo\n\nHội Chữ thập đỏ tỉnh Long An kêu gọi các nhà hảo tâm trong và ngoài "
                            "tỉnh trao quà cho hộ nghèo huyện Cần Đước.\n")
    assert hosts == []


# -- stops to come are no host ------------------------------------------------------------------------------

def test_the_stops_a_later_sentence_plans_are_no_hosts(tmp_path):
    hosts, _ = hg(tmp_path, "Giám sát việc cấp nước sạch tại huyện\n\nThời gian qua, UBND huyện Lục Nam đã gửi báo cáo "
                            "tới đoàn giám sát. Dự kiến, sau khi làm việc với UBND huyện Lục Nam, Đoàn giám sát của HĐND "
                            "tỉnh Bắc Giang sẽ đến giám sát tại UBND xã Tam Dị và UBND xã Bảo Đài.\n")
    assert not any("xã" in h for h in hosts)


def test_the_stops_a_later_sentence_tells_as_done_are_hosts(tmp_path):
    # (negative: no marker of what is to come)
    hosts, _ = hg(tmp_path, "Giám sát việc cấp nước sạch tại huyện\n\nThời gian qua, UBND huyện Lục Nam đã gửi báo cáo "
                            "tới đoàn giám sát. Sau khi làm việc với UBND huyện Lục Nam, Đoàn giám sát của HĐND tỉnh Bắc "
                            "Giang đã đến giám sát tại UBND xã Tam Dị và UBND xã Bảo Đài.\n")
    assert any("Tam Dị" in h for h in hosts)

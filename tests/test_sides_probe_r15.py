"""Hosts and guests of frames probed on invented pages, round 15 (invented names and communes)."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of
from test_stage_sides_r12 import sides  # (the names of a page's hosts and guests)


def _page(head: str, lead: str, byline: str = "\n\nThanh Hà\n") -> str:
    return head + "\n\nCập nhật: 08:15 | 14/03/2031\n\n" + lead + byline


def test_a_persons_name_that_writes_a_kind_word_names_no_kind(tmp_path):
    # ("đồng chí Nguyễn Văn Tiếp … chủ trì hội nghị": his name's "Tiếp" receives no one; the chair's body convenes)
    m = state_of(tmp_path, _page("Tin hoạt động", "Sáng 5/3/2031, đồng chí Nguyễn Văn Tiếp, Chủ tịch UBND huyện Yên "
                                 "Sơn chủ trì hội nghị tổng kết công tác năm 2030.", "\n")).meeting
    assert (m.kind, [b.name for b in m.hosts]) == ("Conference", ["Ủy ban nhân dân huyện Yên Sơn"])


def test_a_reception_after_the_name_is_still_one(tmp_path):
    # (negative: the verb after the name receives)
    m = state_of(tmp_path, _page("Tin hoạt động", "Chiều 9/4/2031, đồng chí Lê Văn Tiếp, Bí thư Huyện ủy Yên Sơn "
                                 "tiếp đoàn công tác của Ban Dân vận Tỉnh ủy Tuyên Quang.", "\n")).meeting
    assert (m.kind, [b.name for b in m.hosts], [b.name for b in m.guests]) == (
        "Visit", ["Huyện ủy Yên Sơn"], ["Ban Dân vận Tỉnh ủy Tuyên Quang"])


@pytest.mark.parametrize("head, lead, hosts, guests", [
    # ("Đoàn công tác Tỉnh ủy" in the headline shortens the lead's "đoàn công tác của Ban Thường vụ Tỉnh ủy X")
    pytest.param("Đoàn công tác Tỉnh ủy làm việc tại huyện Thanh Sơn",
                 "Ngày 10/4/2031, đoàn công tác của Ban Thường vụ Tỉnh ủy Phú Thọ do đồng chí Bùi Văn Châu, Bí thư "
                 "Tỉnh ủy dẫn đầu đã làm việc với Ban Thường vụ Huyện ủy Thanh Sơn.",
                 ["Ban Thường vụ Huyện ủy Thanh Sơn"], ["Ban Thường vụ Tỉnh ủy Phú Thọ"],
                 id="a_delegation_of_an_organ_keeps_its_body_over_the_headlines_shorter_name-1"),
    pytest.param("Đoàn giám sát của HĐND tỉnh làm việc với UBND huyện Thanh Sơn",
                 "Sáng 9/5/2031, Đoàn giám sát của Thường trực HĐND tỉnh Phú Thọ do đồng chí Hoàng Văn Thủy, Phó Chủ "
                 "tịch HĐND tỉnh làm trưởng đoàn đã làm việc với UBND huyện Thanh Sơn.",
                 ["Ủy ban nhân dân huyện Thanh Sơn"], ["Thường trực Hội đồng nhân dân tỉnh Phú Thọ"],
                 id="a_delegation_of_an_organ_keeps_its_body_over_the_headlines_shorter_name-2"),
    # (negative: the lead names no body of the visitor, only his title; the headline's organ wins)
    pytest.param("Thường trực Ủy ban MTTQ tỉnh Hà Nam thăm, chúc mừng Giáo xứ Nham Tràng",
                 "Sáng 16/4/2031, ông Trịnh Văn Khiêm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Nam đến thăm, chúc "
                 "mừng Giáo xứ Nham Tràng nhân dịp Lễ Phục sinh.",
                 ["Giáo xứ Nham Tràng"], ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam"],
                 id="the_headline_still_names_the_visitor_a_lone_official_acts_for"),
    # ("làm việc với đoàn công tác của Y": the delegation comes to him, at home under his title's body)
    pytest.param("Kiểm tra công tác phòng, chống tham nhũng",
                 "Chiều 14/11/2031, đồng chí Hồ Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy Bình Định đã làm việc với "
                 "đoàn công tác của Ủy ban Kiểm tra Trung ương do đồng chí Phạm Quốc Hưng, Phó Chủ nhiệm Ủy ban Kiểm "
                 "tra Trung ương dẫn đầu.",
                 ["Tỉnh ủy Bình Định"], ["Ủy ban Kiểm tra Trung ương"],
                 id="a_lone_official_who_works_with_a_delegation_receives_it"),
    # (negative: no delegation word after the verb, he comes to the body he works with)
    pytest.param("Chủ tịch UBND tỉnh làm việc với Sở Y tế",
                 "Chiều 21/4/2031, đồng chí Hoàng Đình Lực, Chủ tịch UBND tỉnh Tuyên Quang có buổi làm việc với Sở "
                 "Y tế về công tác khám chữa bệnh.",
                 ["Sở Y tế tỉnh Tuyên Quang"], ["Ủy ban nhân dân tỉnh Tuyên Quang"],
                 id="a_lone_official_who_works_with_a_body_still_visits_it"),
    # ("giám sát tại huyện Y", "khảo sát tại xã Z": a trip; no body of the place named, no host)
    pytest.param("Giám sát việc thực hiện chính sách người có công",
                 "Ngày 5/6/2031, Ban Văn hóa - Xã hội HĐND tỉnh Hà Nam giám sát tại huyện Lý Nhân về việc thực hiện "
                 "chính sách đối với người có công.",
                 [], ["Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hà Nam"],
                 id="a_body_that_works_at_another_units_place_goes_there-1"),
    pytest.param("Khảo sát mô hình dân vận khéo",
                 "Chiều 19/4/2031, Ban Dân vận Huyện ủy Yên Sơn khảo sát tại xã Đông Lâm về việc xây dựng mô hình "
                 "dân vận khéo.",
                 [], ["Ban Dân vận Huyện ủy Yên Sơn"],
                 id="a_body_that_works_at_another_units_place_goes_there-2"),
    # (negative: a hall is no unit's place; its own province is no trip)
    pytest.param("Họp Ban Thường vụ Tỉnh ủy",
                 "Sáng 3/3/2031, Ban Thường vụ Tỉnh ủy Hà Nam làm việc tại Hội trường Tỉnh ủy về công tác cán bộ.",
                 ["Ban Thường vụ Tỉnh ủy Hà Nam"], [],
                 id="a_body_that_works_at_a_hall_or_its_own_place_is_at_home-1"),
    pytest.param("Kiểm tra công tác phòng chống lụt bão",
                 "Sáng 3/9/2031, Ủy ban nhân dân tỉnh Hà Nam kiểm tra tại tỉnh Hà Nam về công tác phòng chống lụt "
                 "bão.",
                 ["Ủy ban nhân dân tỉnh Hà Nam"], [],
                 id="a_body_that_works_at_a_hall_or_its_own_place_is_at_home-2"),
    # ("huyện Lý Nhân tổ chức": the capitalised last syllable of a name is not the occasion word "nhân")
    pytest.param("Tập huấn nghiệp vụ công tác Mặt trận",
                 "Sáng 5/3/2031, Ủy ban MTTQ Việt Nam huyện Lý Nhân tổ chức hội nghị tập huấn nghiệp vụ công tác "
                 "Mặt trận năm 2031.",
                 ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lý Nhân"], [],
                 id="a_place_whose_name_ends_on_nhan_is_no_occasion"),
    # (negative: "Nhân kỷ niệm …" opening the sentence names the occasion, whose body hosts nothing)
    pytest.param("Thăm, chúc mừng Hội Nông dân huyện Yên Sơn",
                 "Nhân kỷ niệm 101 năm Ngày thành lập Hội Nông dân Việt Nam, sáng 14/10/2031, Ban Thường vụ Huyện ủy Yên "
                 "Sơn đến thăm, chúc mừng Hội Nông dân huyện Yên Sơn.",
                 ["Hội Nông dân huyện Yên Sơn"], ["Ban Thường vụ Huyện ủy Yên Sơn"],
                 id="an_occasion_still_convenes_nothing"),
    # (regress15, mends 71a456e: "đã cùng các đồng chí Ban Thường trực ..." is no delegation's own body)
    pytest.param("MTTQ Việt Nam xã Hòa Lộc thăm và chúc mừng Công an xã",
                 "Ngày 27/2/2031, đồng chí Lâm Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Lộc làm trưởng đoàn đã "
                 "cùng các đồng chí Ban Thường trực Ủy ban MTTQ Việt Nam xã đã đến thăm, tặng hoa chúc mừng Công an "
                 "xã Hòa Lộc.",
                 ["Công an xã Hòa Lộc"], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lộc"],
                 id="the_organ_a_leader_goes_with_leaves_the_headlines_body_the_guest"),
])
def test_the_sides_of_a_page(tmp_path, head, lead, hosts, guests):
    assert sides(tmp_path, _page(head, lead)) == (hosts, guests)

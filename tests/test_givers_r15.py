"""Who hands over or announces, round 15 (sentences written for the tests; invented names and places)."""
from __future__ import annotations

from test_stage_hosts_r10 import hosts as hosts_of  # (the names of a page's hosts)
from test_stage_sides_r12 import sides  # (the names of a page's hosts and guests)

_HEAD = "Trao Huy hiệu Đảng cho đảng viên\n\n"


def hosts(tmp_path, text: str, head: str = _HEAD) -> list[str]:
    return hosts_of(tmp_path, head + text + "\n")


def test_the_giver_in_the_second_sentence_of_the_lead(tmp_path):
    # (the lead names the ceremony, the next sentence who hands over, past a framing clause and "tiến hành")
    assert hosts(tmp_path, "Chiều 18/5/2031, xã Yên Mỹ long trọng đón nhận Huy hiệu Đảng cho 6 đảng viên lão thành. Thực "
                           "hiện Quyết định của Huyện ủy Yên Mô, Đảng ủy xã Yên Mỹ tiến hành trao Huy hiệu 40 năm tuổi "
                           "Đảng cho các đảng viên.") == ["Đảng ủy xã Yên Mỹ"]


def test_the_cited_body_of_a_framing_clause_is_no_giver(tmp_path):
    # (near-miss: without a framing opener the two bodies joined by a comma hand over together)
    assert hosts(tmp_path, "Sáng 3/4/2031, Ban Thường vụ Tỉnh ủy Ninh Bình, Ban Thường vụ Huyện ủy Kim Sơn đã trao "
                           "Huy hiệu 50 năm tuổi Đảng cho 9 đồng chí.") == [
        "Ban Thường vụ Tỉnh ủy Ninh Bình", "Ban Thường vụ Huyện ủy Kim Sơn"]
    assert hosts(tmp_path, "Sáng 3/4/2031, theo Kế hoạch của Ban Thường vụ Tỉnh ủy Ninh Bình, Ban Thường vụ Huyện ủy "
                           "Kim Sơn đã trao Huy hiệu 50 năm tuổi Đảng cho 9 đồng chí.") == ["Ban Thường vụ Huyện ủy Kim Sơn"]


def test_no_giver_when_the_second_sentence_hands_over_for_no_body(tmp_path):
    # (negative: a person hands over in the second sentence; no body opens its clause)
    assert hosts(tmp_path, "Sáng 3/4/2031, huyện Kim Sơn tổ chức Lễ trao tặng Huy hiệu Đảng cho 9 đảng viên. Tại buổi "
                           "lễ, ông Lê Văn Thắm trao Huy hiệu 50 năm tuổi Đảng cho 9 đồng chí.") == []


def test_a_body_that_holds_the_announcement_of_a_decision_hosts_it(tmp_path):
    head = "Lễ công bố quyết định về công tác cán bộ\n\n"
    assert hosts(tmp_path, "Chiều 9/6/2031, Ban Thường vụ Tỉnh ủy Hà Nam đã tổ chức công bố Quyết định của Bộ Chính trị về "
                           "nhân sự Tỉnh ủy.", head) == ["Ban Thường vụ Tỉnh ủy Hà Nam"]
    # (near-miss: "tổ chức công tác" holds no event)
    assert hosts(tmp_path, "Chiều 9/6/2031, Ban Thường vụ Tỉnh ủy Hà Nam đã tổ chức công tác nhân sự theo Quyết định "
                           "của Bộ Chính trị.", head) == []


def _sides(tmp_path, text: str) -> tuple[list[str], list[str]]:
    return sides(tmp_path, text + "\n")


def test_a_signing_the_convener_signs_in_makes_the_other_party_its_guests(tmp_path):
    hosts_, guests = _sides(tmp_path, "Lễ ký kết quy chế phối hợp\n\nSáng 5/7/2031, Hội Nông dân huyện Thanh Liêm tổ chức "
                                      "lễ ký kết quy chế phối hợp giữa Hội Nông dân huyện Thanh Liêm, Hội Nông dân "
                                      "huyện Kim Bảng với Hội Cựu chiến binh huyện Lý Nhân, Tỉnh đoàn Nam Định.")
    assert hosts_ == ["Hội Nông dân huyện Thanh Liêm"]
    assert guests == ["Hội Cựu chiến binh huyện Lý Nhân", "Tỉnh đoàn Nam Định"]


def test_a_signing_with_no_partner_word_or_another_convener_keeps_every_side(tmp_path):
    # (near-misses: "giữa X và Y" does not part the sides; a convener in neither party leaves both as guests)
    _, guests = _sides(tmp_path, "Lễ ký kết quy chế phối hợp\n\nSáng 5/7/2031, Hội Nông dân huyện Thanh Liêm tổ chức lễ "
                                 "ký kết quy chế phối hợp giữa Hội Nông dân huyện Thanh Liêm và Hội Nông dân huyện Kim "
                                 "Bảng.")
    assert guests == ["Hội Nông dân huyện Kim Bảng"]
    _, guests = _sides(tmp_path, "Lễ ký kết quy chế phối hợp\n\nSáng 5/7/2031, Liên đoàn Lao động tỉnh Hà Nam tổ chức lễ "
                                 "ký kết quy chế phối hợp giữa Hội Nông dân huyện Thanh Liêm với Hội Cựu chiến binh "
                                 "huyện Lý Nhân.")
    assert guests == ["Hội Nông dân huyện Thanh Liêm", "Hội Cựu chiến binh huyện Lý Nhân"]

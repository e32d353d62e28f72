"""Who hands over or announces, round 15 (sentences written for the tests; invented names and places)."""
from __future__ import annotations

from test_stage_pipeline import state_of

_HEAD = "Trao Huy hiệu Đảng cho đảng viên\n\n"


def hosts(tmp_path, text: str, head: str = _HEAD) -> list[str]:
    return [b.name for b in state_of(tmp_path, head + text + "\n").meeting.hosts]


def test_the_giver_in_the_second_sentence_of_the_lead(tmp_path):
    # (the lead names the ceremony, the next sentence who hands over, past a framing clause and "tiến hành")
    assert hosts(tmp_path, "Sáng 3/4/2031, huyện Kim Sơn tổ chức Lễ trao tặng Huy hiệu Đảng cho 9 đảng viên. Thực hiện "
                           "Quyết định của Ban Thường vụ Tỉnh ủy Ninh Bình, Ban Thường vụ Huyện ủy Kim Sơn tiến hành trao "
                           "Huy hiệu 50 năm tuổi Đảng cho 9 đồng chí.") == ["Ban Thường vụ Huyện ủy Kim Sơn"]


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
                           "lễ, ông Lê Văn Thành trao Huy hiệu 50 năm tuổi Đảng cho 9 đồng chí.") == []


def test_a_body_that_holds_the_announcement_of_a_decision_hosts_it(tmp_path):
    head = "Lễ công bố quyết định về công tác cán bộ\n\n"
    assert hosts(tmp_path, "Chiều 9/6/2031, Ban Thường vụ Tỉnh ủy Hà Nam đã tổ chức công bố Quyết định của Ban Bí thư về "
                           "công tác cán bộ.", head) == ["Ban Thường vụ Tỉnh ủy Hà Nam"]
    # (near-miss: "tổ chức công tác" holds no event)
    assert hosts(tmp_path, "Chiều 9/6/2031, Ban Thường vụ Tỉnh ủy Hà Nam đã tổ chức công tác cán bộ theo Quyết định "
                           "của Ban Bí thư.", head) == []

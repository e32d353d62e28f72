"""The bodies stage, round 11: bare bodies of a place the text never reveals, long names of boards
ending at their topic, the central organs of the mass organisations. Every sentence here is written
for the test: invented people and numbers; real provinces and standard body names."""
from __future__ import annotations

from test_stage_bodies_vocab import bodies_of


def test_the_organs_of_a_bare_committee_named_alone_are_not_listed():
    # no province anywhere: "Ban Thường vụ Huyện ủy" and "Thường trực Tỉnh ủy" named by no post
    # nor the meeting stay out, and so does the bare committee inside their names
    text = ("Trong năm qua, Thường trực Tỉnh ủy đã lập 9 đoàn giám sát; Ban Thường vụ Huyện ủy đã "
            "xem xét kỷ luật 4 đảng viên vi phạm.")
    b = bodies_of(text)
    assert not b & {"Thường trực Tỉnh ủy", "Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Huyện ủy"}


def test_the_organ_of_a_bare_committee_a_post_names_is_listed():
    # the bare committee is an actor (a post's body): its organ named alone is listed beside it
    text = ("Dự hội nghị có ông Đinh Quốc Lâm, Phó Bí thư Thường trực Huyện ủy. Ông ghi nhận kết quả "
            "mà Ban Tuyên giáo Huyện ủy đạt được trong năm.")
    b = bodies_of(text)
    assert {"Huyện ủy", "Ban Tuyên giáo Huyện ủy"} <= b


def test_the_organs_of_a_placed_committee_named_alone_are_listed():
    text = ("Trong năm qua, Thường trực Tỉnh ủy Hà Tĩnh đã lập 9 đoàn giám sát; Ban Thường vụ Huyện ủy "
            "Kỳ Anh đã xem xét kỷ luật 4 đảng viên.")
    b = bodies_of(text)
    assert {"Thường trực Tỉnh ủy Hà Tĩnh", "Ban Thường vụ Huyện ủy Kỳ Anh"} <= b


"""Round 13's readings of the meeting's sides (MECH_SIDES): general constructions of the genre, each with
positive and negative near-misses (sentences, names and places invented for the tests)."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of


def _sides(st) -> tuple[set[str], set[str]]:
    m = st.meeting
    return {b.name for b in m.hosts}, {b.name for b in m.guests}


# --- a side trip to a memorial is no side of the meeting ------------------------------------------------------

@pytest.mark.parametrize("text, host, not_guest", [
    ("Giao ban công tác dân vận khu vực miền núi\n\nNgày 12/5, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức Hội nghị giao "
     "ban công tác dân vận khu vực miền núi. Đoàn công tác của Ban Dân vận Tỉnh ủy Cao Bằng đã đến dâng hương tại "
     "Khu di tích lịch sử Nà Pục.\n", "Ban Dân vận Tỉnh ủy Bắc Kạn", "Ban Dân vận Tỉnh ủy Cao Bằng"),
    ("Hội nghị giao ban Hội Nông dân\n\nNgày 3/6, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị giao ban các tỉnh "
     "miền núi phía Bắc. Đoàn đại biểu Hội Nông dân tỉnh Hà Giang đã đến thăm khu di tích Tân Lũy.\n",
     "Hội Nông dân tỉnh Tuyên Quang", "Hội Nông dân tỉnh Hà Giang"),
])
def test_respects_paid_at_a_memorial_after_a_conference_lead_name_no_guest(tmp_path, text, host, not_guest):
    hosts, guests = _sides(state_of(tmp_path, text))
    assert host in hosts
    assert not_guest not in guests


# (text, side, body): the body the text puts on that side of its meeting (0 hosts, 1 guests)
_ON_SIDE = [
    # (the visit is the meeting: the delegation that travels is its guest, memorial stop or not)
    ("Đoàn công tác huyện Yên Thế thăm huyện kết nghĩa\n\nNgày 9/4, đoàn công tác Huyện ủy Yên Thế đến thăm huyện "
     "kết nghĩa Quế Sơn. Đoàn đã đến dâng hương tại Nghĩa trang liệt sĩ huyện Quế Sơn.\n", 1, "Huyện ủy Yên Thế"),
    # (not a memorial: "đến làm việc với" tells a meeting of its own)
    ("Hội nghị giao ban Hội Nông dân\n\nNgày 3/6, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị giao ban. Đoàn công "
     "tác của Hội Nông dân tỉnh Hà Giang đã đến làm việc với Hội Nông dân huyện Sơn Dương.\n", 1,
     "Hội Nông dân tỉnh Hà Giang"),
    # who holds or hands over at a ceremony: the body that holds the acceptance, the body a representative acts for
    ("Trao nhà cho đoàn viên khó khăn\n\nNgày 5/9, Liên đoàn Lao động tỉnh Yên Bái tổ chức nghiệm thu, bàn giao nhà "
     "“Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.\n", 0, "Liên đoàn Lao động tỉnh Yên Bái"),
    ("Trao quyết định điều động cán bộ\n\nNgày 10/7, tại hội trường tỉnh Phú Yên, đại diện Ban Thường vụ Tỉnh ủy Phú "
     "Yên đã trao quyết định điều động ông Trần Văn Bình làm Bí thư Huyện ủy Đồng Xuân.\n", 0,
     "Ban Thường vụ Tỉnh ủy Phú Yên"),
]


@pytest.mark.parametrize("text, side, body", _ON_SIDE)
def test_a_body_is_read_on_its_side(tmp_path, text, side, body):
    assert body in _sides(state_of(tmp_path, text))[side]


def test_a_representative_inside_a_clause_hands_over_for_no_body(tmp_path):
    st = state_of(tmp_path, "Trao quà cho hộ nghèo\n\nNgày 10/7, ông Trần Văn Bình cùng đại diện Ban Thường vụ Tỉnh ủy "
                            "Phú Yên trao quà cho các hộ nghèo xã An Dân.\n")
    assert "Ban Thường vụ Tỉnh ủy Phú Yên" not in _sides(st)[0]


# --- the people named on the visitors' side: a lead sentence's persons who pay the same visit --------------------

_CENTRAL_VISIT = ("Thăm, chúc mừng Tòa Giám mục Giáo phận Hưng Hóa\n\nChiều 20/12, đồng chí Lê Văn Tám, Phó Chủ tịch "
                  "Ủy ban Trung ương MTTQ Việt Nam dẫn đầu đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam đến thăm, "
                  "chúc mừng Tòa Giám mục Giáo phận Hưng Hóa. {second}Đồng chí Lê Văn Tám, Phó Chủ tịch Ủy ban Trung ương "
                  "MTTQ Việt Nam và đồng chí Hoàng Minh Khuê, Bí thư Tỉnh ủy Phú Thọ đến thăm, chúc mừng Tòa Giám mục "
                  "Giáo phận Hưng Hóa.\n")


def test_the_local_leader_who_pays_the_visit_with_the_delegation_is_a_guest(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _CENTRAL_VISIT.format(second="")))
    assert hosts == {"Tòa Giám mục Giáo phận Hưng Hóa"}
    assert guests == {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tỉnh ủy Phú Thọ"}


def test_persons_who_visit_on_another_day_are_no_guests_of_this_visit(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _CENTRAL_VISIT.format(second="Trước đó, ")))
    assert guests == {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}


# --- a body that works at a place goes there; its own kind's body of that place receives it -------------------

_AT_PLACE = ("Duyệt Đại hội MTTQ huyện\n\nNgày 5/4, Ban Thường trực Ủy ban MTTQ tỉnh Hải Dương làm việc tại huyện Thanh "
             "Miện về công tác chuẩn bị {topic}.\n")


def test_a_body_working_at_a_place_is_received_by_its_counterpart_there(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _AT_PLACE.format(topic="Đại hội MTTQ huyện lần thứ XXI")))
    assert hosts == {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thanh Miện"}
    assert guests == {"Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương"}


def test_a_body_of_another_kind_at_the_place_is_no_counterpart(tmp_path):
    hosts, _ = _sides(state_of(tmp_path, _AT_PLACE.format(topic="kế hoạch của UBND huyện")))
    assert "Ủy ban nhân dân huyện Thanh Miện" not in hosts


# --- a party congress told past its headline: the one party organisation the article names holds it -----------

_PARTY_CONGRESS = ("Phát huy truyền thống, xây dựng quê hương giàu đẹp\n\nĐồng chí Lê Văn Tám, Phó Chủ tịch HĐND tỉnh "
                   "Quảng Ngãi dự và chỉ đạo Đại hội. Đảng bộ xã Tịnh Hòa được thành lập trên cơ sở hợp nhất hai đảng "
                   "bộ xã, có 35 chi bộ trực thuộc. {more}Đại hội đã bầu Ban Chấp hành khóa mới gồm 21 đồng chí.\n")


@pytest.mark.parametrize("more, host", [
    ("", "Đảng bộ xã Tịnh Hòa"),
    # (the organisation whose congress the delegation goes to is no owner of this one)
    ("Đại hội bầu đoàn đại biểu đi dự Đại hội Đảng bộ huyện Sơn Tịnh. ", "Đảng bộ xã Tịnh Hòa"),
    # (two party organisations named as actors: whose congress it is stays unsaid)
    ("Đảng bộ huyện Sơn Tịnh đã lãnh đạo hoàn thành các chỉ tiêu. ", None),
])
def test_the_one_party_organisation_named_holds_its_congress(tmp_path, more, host):
    st = state_of(tmp_path, _PARTY_CONGRESS.format(more=more))
    hosts = {b.name for b in st.meeting.hosts}
    assert st.meeting.kind == "Congress"
    assert any(h.startswith(host) for h in hosts) if host else not any(h.startswith("Đảng bộ") for h in hosts)


def test_a_party_organisation_placed_only_by_the_story_holds_no_congress(tmp_path):
    st = state_of(tmp_path, "Đại hội thành công tốt đẹp\n\nĐồng chí Lê Văn Tám, Phó Chủ tịch HĐND tỉnh Quảng Ngãi dự và "
                            "chỉ đạo Đại hội. Đồng chí ghi nhận những kết quả Đảng bộ đạt được trong nhiệm kỳ qua.\n")
    assert not any(b.name.startswith("Đảng bộ") for b in st.meeting.hosts)

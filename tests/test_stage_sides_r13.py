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
    ("Sơ kết công tác tuyên giáo sáu tháng\n\nNgày 18/7, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức Hội nghị sơ kết "
     "công tác tuyên giáo sáu tháng đầu năm. Đoàn công tác của Ban Tuyên giáo Tỉnh ủy Sơn La đã đến viếng Đài "
     "tưởng niệm liệt sĩ xã Pa Thơm.\n", "Ban Tuyên giáo Tỉnh ủy Điện Biên", "Ban Tuyên giáo Tỉnh ủy Sơn La"),
    ("Hội thảo về làm kinh tế giỏi\n\nNgày 22/9, Hội Cựu chiến binh tỉnh Thái Nguyên tổ chức hội thảo về phát triển "
     "mô hình kinh tế. Đoàn đại biểu Hội Cựu chiến binh tỉnh Bắc Giang đã đến thăm nghĩa trang liệt sĩ xã Phú Đình.\n",
     "Hội Cựu chiến binh tỉnh Thái Nguyên", "Hội Cựu chiến binh tỉnh Bắc Giang"),
])
def test_respects_paid_at_a_memorial_after_a_conference_lead_name_no_guest(tmp_path, text, host, not_guest):
    hosts, guests = _sides(state_of(tmp_path, text))
    assert host in hosts
    assert not_guest not in guests


# (text, side, body): the body the text puts on that side of its meeting (0 hosts, 1 guests)
_ON_SIDE = [
    # (the visit is the meeting: the delegation that travels is its guest, memorial stop or not)
    ("Thị ủy Sơn Tây thăm huyện Mường Lát\n\nNgày 21/10, đoàn công tác Thị ủy Sơn Tây đến thăm huyện Mường Lát. "
     "Các thành viên đoàn đã đặt vòng hoa tại Đài tưởng niệm liệt sĩ huyện Mường Lát.\n", 1, "Thị ủy Sơn Tây"),
    # (not a memorial: "đến làm việc với" tells a meeting of its own)
    ("Hội thảo về làm kinh tế giỏi\n\nNgày 22/9, Hội Cựu chiến binh tỉnh Thái Nguyên tổ chức hội thảo. Đoàn công "
     "tác của Hội Cựu chiến binh tỉnh Bắc Giang đã đến làm việc với Hội Cựu chiến binh huyện Phú Lương.\n", 1,
     "Hội Cựu chiến binh tỉnh Bắc Giang"),
    # who holds or hands over at a ceremony: the body that holds the acceptance, the body a representative acts for
    ("Bàn giao nhà nhân ái\n\nNgày 14/11, Tỉnh đoàn Lạng Sơn tổ chức nghiệm thu, bàn giao nhà nhân ái cho gia đình "
     "em Hoàng Thị Sử ở xã Tân Thành.\n", 0, "Tỉnh đoàn Lạng Sơn"),
    ("Trao quyết định về công tác cán bộ\n\nChiều 22/3, tại trụ sở Sở Y tế tỉnh Lào Cai, đại diện Ban Tổ chức Tỉnh ủy "
     "Lào Cai đã trao quyết định điều động bà Lý Thị Mây giữ chức Phó Giám đốc Sở Y tế.\n", 0,
     "Ban Tổ chức Tỉnh ủy Lào Cai"),
]


@pytest.mark.parametrize("text, side, body", _ON_SIDE)
def test_a_body_is_read_on_its_side(tmp_path, text, side, body):
    assert body in _sides(state_of(tmp_path, text))[side]


def test_a_representative_inside_a_clause_hands_over_for_no_body(tmp_path):
    st = state_of(tmp_path, "Tặng quà hộ khó khăn\n\nChiều 22/3, ông Vàng Seo Pao cùng đại diện Ban Tổ chức Tỉnh ủy "
                            "Lào Cai trao quà cho các hộ khó khăn xã Bản Lầu.\n")
    assert "Ban Tổ chức Tỉnh ủy Lào Cai" not in _sides(st)[0]


# --- the people named on the visitors' side: a lead sentence's persons who pay the same visit --------------------

_CENTRAL_VISIT = ("Chúc mừng Đại lễ Phật đản\n\nSáng 9/5, bà Lường Thị Nhung, Phó Trưởng Ban Dân vận Trung ương dẫn "
                  "đầu đoàn công tác của Ban Dân vận Trung ương đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt "
                  "Nam tỉnh Bắc Ninh. {second}Bà Lường Thị Nhung, Phó Trưởng Ban Dân vận Trung ương và ông Kiều Văn Phúc, "
                  "Phó Chủ tịch UBND tỉnh Bắc Ninh đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh "
                  "Bắc Ninh.\n")


def test_the_local_leader_who_pays_the_visit_with_the_delegation_is_a_guest(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _CENTRAL_VISIT.format(second="")))
    assert hosts == {"Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Ninh"}
    assert guests == {"Ban Dân vận Trung ương", "Ủy ban nhân dân tỉnh Bắc Ninh"}


def test_persons_who_visit_on_another_day_are_no_guests_of_this_visit(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _CENTRAL_VISIT.format(second="Trước đó, ")))
    assert guests == {"Ban Dân vận Trung ương"}


# --- a body that works at a place goes there; its own kind's body of that place receives it -------------------

_AT_PLACE = ("Góp ý văn kiện Đại hội Hội Nông dân huyện\n\nChiều 18/9, Ban Thường vụ Hội Nông dân tỉnh Nghệ An làm việc "
             "tại huyện Đô Lương về tiến độ chuẩn bị {topic}.\n")


def test_a_body_working_at_a_place_is_received_by_its_counterpart_there(tmp_path):
    hosts, guests = _sides(state_of(tmp_path, _AT_PLACE.format(topic="Đại hội đại biểu Hội Nông dân huyện khóa XII")))
    assert hosts == {"Hội Nông dân huyện Đô Lương"}
    assert guests == {"Ban Thường vụ Hội Nông dân tỉnh Nghệ An"}


def test_a_body_of_another_kind_at_the_place_is_no_counterpart(tmp_path):
    hosts, _ = _sides(state_of(tmp_path, _AT_PLACE.format(topic="đề án của UBND huyện")))
    assert "Ủy ban nhân dân huyện Đô Lương" not in hosts


# --- a party congress told past its headline: the one party organisation the article names holds it -----------

_PARTY_CONGRESS = ("Đoàn kết, đổi mới, vươn lên\n\nBà Quàng Thị Lan, Ủy viên Ban Thường vụ Huyện ủy Mường Chà về dự "
                   "Đại hội. Đảng bộ xã Sá Tổng hiện có 28 chi bộ với 640 đảng viên. {more}Đại hội đã bầu 15 đồng chí "
                   "vào Ban Chấp hành khóa mới.\n")


@pytest.mark.parametrize("more, host", [
    ("", "Đảng bộ xã Sá Tổng"),
    # (the organisation whose congress the delegation goes to is no owner of this one)
    ("Đại hội cũng bầu 9 đại biểu đi dự Đại hội Đảng bộ huyện Mường Chà. ", "Đảng bộ xã Sá Tổng"),
    # (two party organisations named as actors: whose congress it is stays unsaid)
    ("Đảng bộ huyện Mường Chà đã quan tâm chỉ đạo sát sao. ", None),
])
def test_the_one_party_organisation_named_holds_its_congress(tmp_path, more, host):
    st = state_of(tmp_path, _PARTY_CONGRESS.format(more=more))
    hosts = {b.name for b in st.meeting.hosts}
    assert st.meeting.kind == "Congress"
    assert any(h.startswith(host) for h in hosts) if host else not any(h.startswith("Đảng bộ") for h in hosts)


def test_a_party_organisation_placed_only_by_the_story_holds_no_congress(tmp_path):
    st = state_of(tmp_path, "Bế mạc Đại hội\n\nBà Quàng Thị Lan, Ủy viên Ban Thường vụ Huyện ủy Mường Chà về dự Đại hội. "
                            "Bà đánh giá cao những thành tích Đảng bộ giành được trong năm năm qua.\n")
    assert not any(b.name.startswith("Đảng bộ") for b in st.meeting.hosts)

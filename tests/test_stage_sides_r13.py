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

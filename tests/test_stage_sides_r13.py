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


@pytest.mark.parametrize("text, guest", [
    # (the visit is the meeting: the delegation that travels is its guest, memorial stop or not)
    ("Đoàn công tác huyện Yên Thế thăm huyện kết nghĩa\n\nNgày 9/4, đoàn công tác Huyện ủy Yên Thế đến thăm huyện "
     "kết nghĩa Quế Sơn. Đoàn đã đến dâng hương tại Nghĩa trang liệt sĩ huyện Quế Sơn.\n", "Huyện ủy Yên Thế"),
    # (not a memorial: "đến làm việc với" tells a meeting of its own)
    ("Hội nghị giao ban Hội Nông dân\n\nNgày 3/6, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị giao ban. Đoàn công "
     "tác của Hội Nông dân tỉnh Hà Giang đã đến làm việc với Hội Nông dân huyện Sơn Dương.\n",
     "Hội Nông dân tỉnh Hà Giang"),
])
def test_a_delegation_that_visits_or_works_keeps_its_guest_side(tmp_path, text, guest):
    assert guest in _sides(state_of(tmp_path, text))[1]


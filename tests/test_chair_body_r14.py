"""The body a chair presides for (docs/conventions.md, chairs): his last title's, unless an earlier title of his run
is of the organisation the chaired event is about (sentences, names and places invented for the tests)."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of


@pytest.mark.parametrize("text, host", [
    # (a central Youth Union secretary, also a national committee's deputy, reviews a province's Youth Union
    # congress: the Youth Union's central committee hosts, not the national committee)
    ("Chuẩn bị Đại hội Đoàn tỉnh\n\nChiều 20/4, anh Vi Văn Sơn, Bí thư Ban Chấp hành Trung ương Đoàn, Phó Chủ nhiệm "
     "Ủy ban quốc gia về Thanh niên Việt Nam chủ trì hội nghị nghe báo cáo dự thảo văn kiện Đại hội Đoàn TNCS Hồ Chí "
     "Minh tỉnh Điện Biên lần thứ XIII.\n", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    # (the event is of his last title's kind: the last title's body, as before)
    ("Tổng kết công tác năm\n\nNgày 14-3, anh Vi Văn Sơn, Bí thư Tỉnh đoàn Lai Châu, Phó Chủ tịch Ủy ban nhân dân "
     "huyện Tam Đường chủ trì hội nghị tổng kết công tác năm của Ủy ban nhân dân huyện Tam Đường.\n",
     "Ủy ban nhân dân huyện Tam Đường"),
    ("Kỳ họp thứ 5\n\nSáng 14-3, ông Vi Văn Sơn, Bí thư Huyện ủy Tam Đường, Chủ tịch HĐND huyện chủ trì kỳ họp thứ 5 "
     "của HĐND huyện Tam Đường.\n", "Hội đồng nhân dân huyện Tam Đường"),
])
def test_a_chair_presides_for_the_organisation_the_event_is_about(tmp_path, text, host):
    assert [b.name for b in state_of(tmp_path, text).meeting.hosts] == [host]


def test_a_party_organ_is_no_other_organ_of_the_party(tmp_path):
    # (a central secretary announces the Politburo's decision: the secretariat does not host for it)
    st = state_of(tmp_path, "Trao quyết định về công tác cán bộ\n\nChiều 2/7, ông Vi Văn Sơn, Bí thư Trung ương Đảng, "
                            "Trưởng Ban Dân vận Trung ương chủ trì hội nghị trao quyết định của Bộ Chính trị chỉ định "
                            "Phó Bí thư Tỉnh ủy Lai Châu.\n")
    assert "Ban Bí thư" not in {b.name for b in st.meeting.hosts}

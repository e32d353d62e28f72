"""Regressions of round 11 mended after the round's owners stopped (/work/notes/regress11.md).
Every sentence here is invented (names, places, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg, state_of  # one reader of a meeting's hosts and guests


# -- a briefing on a central plenum is convened by the committee that holds it (mends 5aa55e0) ---------------

def test_a_committee_convening_a_briefing_on_a_plenum_hosts_it_not_the_plenum_s_owner(tmp_path):
    hosts, guests = hg(tmp_path, "Huyện ủy Tam Nông thông báo nhanh kết quả Hội nghị Trung ương 6\n\nSáng 12/11, Huyện "
                                 "ủy Tam Nông tổ chức thông báo nhanh kết quả Hội nghị lần thứ 6 Ban Chấp hành Trung ương "
                                 "Đảng khóa XIII tới đảng viên các chi bộ trực thuộc.\n\nĐồng chí Lê Văn Nam, Bí thư Huyện ủy "
                                 "Tam Nông nêu những điểm mới của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng.\n")
    assert hosts == ["Huyện ủy Tam Nông"]
    assert guests == []


def test_a_briefing_told_inside_another_conference_leaves_that_conference_s_host(tmp_path):
    # (negative: the briefing is one speaker's part of a conference another body convenes)
    st = state_of(tmp_path, "Hội Nông dân huyện Cái Bè sơ kết 6 tháng\n\nSáng 2/7, Hội Nông dân huyện Cái Bè tổ chức hội "
                            "nghị sơ kết công tác Hội 6 tháng đầu năm. Tại hội nghị, đồng chí Lê Văn Nam, Phó Bí thư "
                            "Huyện ủy Cái Bè thông báo nhanh kết quả Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng "
                            "khóa XIII.\n")
    assert [b.name for b in st.meeting.hosts] == ["Hội Nông dân huyện Cái Bè"]
    assert st.meeting.kind == "Conference"


def test_a_briefing_conference_named_so_keeps_its_convener(tmp_path):
    # (negative: "tổ chức hội nghị thông báo nhanh" was read before; still the same host)
    hosts, _ = hg(tmp_path, "Thị ủy Ba Đồn thông báo nhanh kết quả Hội nghị Trung ương\n\nChiều 20/5, Thị ủy Ba Đồn tổ "
                            "chức hội nghị thông báo nhanh kết quả Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa "
                            "XIII.\n")
    assert hosts == ["Thị ủy Ba Đồn"]


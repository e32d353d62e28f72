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



# -- a bare body whose representatives attend is named by the meeting (mends 9fab8ba) -----------------------

_LEAD = "Hội nghị giao ban công tác tuyên giáo quý III\n\nChiều 14/9, Đảng ủy Trường Chính trị tổ chức hội nghị giao ban " \
        "công tác tuyên giáo quý III. "


def _bodies(tmp_path, text) -> list[str]:
    return [b.name for b in state_of(tmp_path, text).facts.bodies]


def test_a_bare_board_whose_representatives_attend_is_listed_with_its_committee(tmp_path):
    got = _bodies(tmp_path, _LEAD + "Tham dự hội nghị có đồng chí Lê Văn Hòa, Bí thư Đảng ủy Trường Chính trị; đại diện "
                                    "lãnh đạo Ban Tuyên giáo Huyện ủy; các đồng chí bí thư chi bộ.\n")
    assert "Ban Tuyên giáo Huyện ủy" in got and "Huyện ủy" in got


def test_a_bare_office_listed_after_its_category_among_the_representatives_is_listed(tmp_path):
    got = _bodies(tmp_path, "Giao ban Thường trực HĐND\n\nChiều 14/9, Hội đồng nhân dân huyện họp giao ban với Thường "
                            "trực HĐND các xã. Cùng tham dự có đại diện các cơ quan chuyên môn: Văn phòng HĐND và UBND "
                            "huyện, Phòng Nội vụ.\n")
    assert "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện" in got


def test_a_bare_board_named_alone_stays_unlisted(tmp_path):
    # (negative: B1 holds for a body named only in the story, no one attending for it)
    got = _bodies(tmp_path, _LEAD + "Ban Tuyên giáo Huyện ủy được giao chuẩn bị tài liệu cho đợt sinh hoạt tới.\n")
    assert "Ban Tuyên giáo Huyện ủy" not in got and "Huyện ủy" not in got


def test_representatives_to_be_invited_later_attend_nothing(tmp_path):
    # (negative: "dự kiến" is no attending word)
    got = _bodies(tmp_path, _LEAD + "Hội nghị dự kiến mời đại diện Ban Tuyên giáo Huyện ủy vào quý sau.\n")
    assert "Ban Tuyên giáo Huyện ủy" not in got


def test_leaders_of_bare_councils_among_the_guests_name_no_body(tmp_path):
    # (negative: "lãnh đạo X" in a list of who attends names the leaders; only representatives name the body)
    got = _bodies(tmp_path, _LEAD + "Dự hội nghị có lãnh đạo HĐND, UBND huyện.\n")
    assert "Hội đồng nhân dân huyện" not in got and "Ủy ban nhân dân huyện" not in got

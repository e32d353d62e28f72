"""Hosts and guests, round 9 (sentences written for the tests; invented names)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def hg(tmp_path, text) -> tuple[list[str], list[str]]:
    m = state_of(tmp_path, text).meeting
    return [b.name for b in m.hosts], [b.name for b in m.guests]


# -- companions of a delegation named with its owner: "Tham gia đoàn công tác của X còn có ..." ----

_VISIT = ("Thăm Giáo phận\n\nSáng 22/12, Đoàn công tác Trung ương do Trưởng ban Dân vận Trung ương Lê Văn Tâm "
          "dẫn đầu tới thăm Tòa Giám mục Giáo phận Hưng Hóa nhân lễ Giáng sinh. ")


def test_companions_of_a_delegation_named_with_its_owner_are_guests(tmp_path):
    hosts, guests = hg(tmp_path, _VISIT + "Tham gia đoàn công tác của Ban Dân vận lần này còn có Phó Chủ tịch Hội Nông dân "
                                          "Việt Nam Trần Văn Bảy; Thứ trưởng Bộ Tư pháp Ngô Văn Tư.\n")
    assert hosts == ["Tòa Giám mục Giáo phận Hưng Hóa"]
    assert guests == ["Ban Dân vận Trung ương", "Hội Nông dân Việt Nam", "Bộ Tư pháp"]


def test_companions_after_still_are_guests(tmp_path):
    _, guests = hg(tmp_path, _VISIT + "Tham gia đoàn công tác còn có Phó Chủ tịch Hội Nông dân Việt Nam Trần Văn Bảy.\n")
    assert "Hội Nông dân Việt Nam" in guests


def test_who_joins_a_delegation_of_the_host_is_no_companion(tmp_path):
    # (negative: "tiếp và làm việc với đoàn công tác của Trung ương có ...": who receives it)
    _, guests = hg(tmp_path, _VISIT + "Tiếp và làm việc với đoàn công tác của Trung ương có Phó Chủ tịch Ủy ban "
                                      "nhân dân tỉnh Phú Thọ Trần Văn Bảy.\n")
    assert "Ủy ban nhân dân tỉnh Phú Thọ" not in guests


# -- a delegation that names no body comes for its leader's body ----------------------------------

def test_a_received_delegation_naming_no_body_comes_for_its_leaders_first_title(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp đoàn\n\nSáng 13/1, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy Phú Thọ tiếp đoàn đại biểu "
                                 "tỉnh Tuyên Quang do đồng chí Trần Văn Bảy, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy, "
                                 "Chủ tịch UBND tỉnh Tuyên Quang làm trưởng đoàn sang thăm, chúc Tết.\n")
    assert hosts == ["Tỉnh ủy Phú Thọ"]
    assert guests == ["Tỉnh ủy Tuyên Quang"]


def test_a_team_formed_with_a_head_is_no_visiting_delegation(tmp_path):
    # (negative: "là trưởng đoàn" names who heads a team a decision forms; no trip, no guest)
    st = state_of(tmp_path, "Thành lập đoàn kiểm tra\n\nNgày 17/7, UBND tỉnh Phú Thọ có quyết định thành lập Đoàn kiểm tra "
                            "công tác phổ cập giáo dục do ông Trần Văn Bảy, Phó Giám đốc Sở Giáo dục và Đào tạo là trưởng đoàn.\n")
    m = st.meeting
    assert m is None or "Sở Giáo dục và Đào tạo tỉnh Phú Thọ" not in [b.name for b in m.guests]


def test_a_foreign_leaders_government_unwritten_is_no_guest(tmp_path):
    # (negative: "Tỉnh trưởng tỉnh X" implies a provincial government the text does not write)
    _, guests = hg(tmp_path, "Chúc Tết\n\nChiều 1/2, đoàn cán bộ lãnh đạo tỉnh Kampot (Vương quốc Campuchia) do ngài "
                             "Sok Van Na, Tỉnh trưởng tỉnh Kampot làm trưởng đoàn sang chúc Tết lãnh đạo tỉnh An Giang.\n")
    assert not any("Kampot" in g for g in guests)


# -- a body written as the venue is not the delegation's own ----------------------------------------

def test_a_delegation_working_at_a_ministrys_seat_comes_for_its_leader(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc với Bộ\n\nNgày 9/6, tại trụ sở Bộ Tư pháp, Đoàn công tác tỉnh Phú Thọ do đồng chí "
                                 "Lê Văn Tâm, Ủy viên Trung ương Đảng khóa XII, Chánh Văn phòng Tỉnh ủy làm "
                                 "trưởng đoàn có cuộc làm việc với lãnh đạo Bộ Tư pháp.\n")
    assert hosts == ["Bộ Tư pháp"]
    assert guests == ["Văn phòng Tỉnh ủy Phú Thọ"]


def test_a_delegation_of_a_named_body_stays_that_bodys(tmp_path):
    # (negative: the body written before "do" is the delegation's own; its leader brings no other)
    _, guests = hg(tmp_path, "Làm việc với Bộ\n\nNgày 9/6, Đoàn công tác của Sở Nội vụ tỉnh Phú Thọ do đồng chí Lê Văn Tâm, "
                             "Tỉnh ủy viên, Giám đốc Sở làm trưởng đoàn có cuộc làm việc với lãnh đạo Bộ Tư pháp.\n")
    assert guests == ["Sở Nội vụ tỉnh Phú Thọ"]

"""The bodies stage: a whole-country organisation named by its anniversary or tradition day
(kg.extract.bodies.anniversary_named, bodies.yaml anniversary_named). Every sentence here is written
for the test: invented people and hamlets, real provinces and standard body names."""
from __future__ import annotations

import kg

from test_stage_bodies_vocab import bodies_of

_FRONT = "Mặt trận Tổ quốc Việt Nam"


def _sides(text: str) -> set:
    facts = kg.extract_text("Tin địa phương\n\n" + text + "\n", source="t.txt")
    return {b.name for m in facts.meetings for b in m.hosts + m.guests}


def test_the_front_named_by_its_tradition_day_is_mentioned_not_a_side():
    text = ("Sáng 14/11/2031, Ủy ban MTTQ Việt Nam huyện Hàm Tân, tỉnh Bình Thuận tổ chức lễ kỷ niệm 101 năm "
            "Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2031) tại hội trường khu phố Bảy Gò.")
    assert _FRONT in bodies_of(text)
    assert _FRONT not in _sides(text)


def test_the_front_s_old_name_is_today_s_front():
    text = ("Chiều 16/11/2031, ông Lê Văn Trạch, Chủ tịch UBND xã Tân Hà, huyện Đức Linh, tỉnh Bình Thuận dự "
            "ngày hội kỷ niệm 101 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam ở thôn Gò Vàng.")
    b = bodies_of(text)
    assert _FRONT in b
    assert not any("Dân tộc thống nhất" in n or "Dân tộc Thống nhất" in n for n in b)


def test_the_police_counted_in_years_of_its_founding_past_a_filler():
    text = ("Sáng 15/8/2031, Công an tỉnh Gia Lai tổ chức mít tinh kỷ niệm 86 năm thành lập lực lượng "
            "Công an nhân dân, có ông Đinh Văn Hơn, Phó Chủ tịch UBND tỉnh Gia Lai dự.")
    assert "Công an nhân dân Việt Nam" in bodies_of(text)


def test_the_youth_union_and_the_border_guard_by_their_days():
    text = ("Ngày 26/3/2031, Huyện đoàn Tánh Linh, tỉnh Bình Thuận kỷ niệm 100 năm Ngày thành lập Đoàn TNCS "
            "Hồ Chí Minh; ngày 3/3/2031, đồn biên phòng Bến Lội kỷ niệm 72 năm Ngày truyền thống Bộ đội Biên phòng.")
    assert {"Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bộ đội Biên phòng"} <= bodies_of(text)


def test_a_front_committee_of_a_level_is_not_the_whole_front():
    # a level after the name: the province's committee (the lexicon's reading), not the Front as a whole
    text = ("Sáng 10/11/2031, ông Trần Hữu Dũng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Thuận dự lễ kỷ niệm "
            "45 năm Ngày thành lập MTTQ tỉnh Bình Thuận.")
    assert _FRONT not in bodies_of(text)


def test_days_of_a_sector_a_group_of_people_or_a_place_s_party_are_no_whole_country_body():
    text = ("Sáng 20/10/2031, Ban Dân vận Huyện ủy Đức Linh, tỉnh Bình Thuận kỷ niệm 101 năm Ngày truyền thống "
            "công tác dân vận của Đảng, 90 năm Ngày truyền thống Người cao tuổi Việt Nam và 80 năm Ngày thành "
            "lập Đảng bộ huyện Đức Linh.")
    b = bodies_of(text)
    assert not {_FRONT, "Công an nhân dân Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Bộ đội Biên phòng"} & b


def test_the_founding_of_the_front_s_committee_in_a_year_not_counted_reads_nothing():
    # "thành lập" alone is a day only after "N năm": founding a body now is no anniversary
    text = ("Chiều 5/5/2031, Đảng ủy xã Tân Hà, huyện Đức Linh, tỉnh Bình Thuận quyết định thành lập MTTQ "
            "ở khu dân cư mới Bàu Sen.")
    assert _FRONT not in bodies_of(text)


def test_the_border_guard_s_founding_name_is_no_police_force():
    text = ("Sáng 2/3/2031, Đồn Biên phòng Phan Rí Cửa, tỉnh Bình Thuận kỷ niệm 72 năm Ngày thành lập lực lượng "
            "Công an nhân dân vũ trang, nay là Bộ đội Biên phòng.")
    b = bodies_of(text)
    assert "Bộ đội Biên phòng" in b and "Công an nhân dân Việt Nam" not in b


def test_the_youth_union_named_by_its_tradition_is_mentioned():
    text = ("Tối 24/3/2031, Tỉnh đoàn Gia Lai gặp mặt cán bộ Đoàn các thời kỳ; các đại biểu ôn lại truyền "
            "thống 100 năm xây dựng, trưởng thành của Đoàn TNCS Hồ Chí Minh.")
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in bodies_of(text)


def test_a_tradition_of_a_level_s_union_or_beyond_the_clause_is_no_whole_country_body():
    text = ("Tối 24/3/2031, các đại biểu ôn lại truyền thống của Đoàn Thanh niên xã Tân Hà, huyện Đức Linh, tỉnh "
            "Bình Thuận; phát huy truyền thống quê hương anh hùng. Vai trò của MTTQ được nâng lên.")
    b = bodies_of(text)
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" not in b and _FRONT not in b

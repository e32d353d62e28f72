"""Hosts and guests: the review's findings on companions and reporters (sentences written for the tests)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests for the hosts tests
from test_stage_pipeline import state_of


def test_a_companion_with_a_former_title_brings_no_body(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm đơn vị bộ đội\n\nChiều 14/9/2023, đoàn công tác của Hội Cựu chiến binh tỉnh "
                                 "Hà Giang đến thăm Ban Chỉ huy Quân sự huyện Bắc Mê. Đi cùng đoàn có ông Nông Đức "
                                 "Tường, nguyên Phó Chủ tịch UBND tỉnh Hà Giang và bà Vi Thị Nhàn, Chủ tịch Hội Nông "
                                 "dân huyện Quản Bạ (cũ).\n")
    assert hosts == ["Ban Chỉ huy Quân sự huyện Bắc Mê"]
    assert guests == ["Hội Cựu chiến binh tỉnh Hà Giang"]


def test_a_semicolon_then_an_adverbial_ends_the_companions(tmp_path):
    hosts, guests = hg(tmp_path, "Về với cơ sở\n\nSáng 21/11/2023, đoàn công tác của Hội Cựu chiến binh tỉnh Hà Giang "
                                 "đến thăm và làm việc tại huyện Bắc Mê. Đi cùng đoàn có bà Vi Thị Nhàn, Phó Chủ tịch "
                                 "Hội; tại buổi làm việc, ông Hoàng Văn Sử, Chủ tịch UBND huyện Bắc Mê thông tin về "
                                 "tình hình kinh tế của huyện.\n")
    assert guests == ["Hội Cựu chiến binh tỉnh Hà Giang"]


def test_a_semicolon_then_one_more_companion_goes_on(tmp_path):
    _, guests = hg(tmp_path, "Thăm đơn vị bộ đội\n\nChiều 14/9/2023, đoàn công tác của Hội Cựu chiến binh tỉnh Hà "
                             "Giang đến thăm Ban Chỉ huy Quân sự huyện Bắc Mê. Đi cùng đoàn có bà Vi Thị Nhàn, Phó "
                             "Chủ tịch Hội; ông Nông Đức Tường, Phó Chủ tịch UBND huyện Quản Bạ.\n")
    assert guests == ["Hội Cựu chiến binh tỉnh Hà Giang", "Ủy ban nhân dân huyện Quản Bạ"]


def test_a_companion_cue_after_a_fronted_receiving_phrase_is_the_hosts_side(tmp_path):
    st = state_of(tmp_path, "Thăm huyện vùng cao\n\nSáng 21/11/2023, đoàn lãnh đạo tỉnh Hà Giang đến thăm huyện Bắc "
                            "Mê. Đón đoàn, cùng đi có ông Hoàng Văn Sử, Phó Chủ tịch UBND huyện Bắc Mê.\n")
    # (his post is read; his body is no guest)
    assert ("Hoàng Văn Sử", "Ủy ban nhân dân huyện Bắc Mê") in {(p.official, p.body.name) for p in st.posts.values()}
    assert "Ủy ban nhân dân huyện Bắc Mê" not in [b.name for b in st.meeting.guests]


def test_a_bloc_meeting_is_not_held_by_the_union_that_reports(tmp_path):
    st = state_of(tmp_path, "Giao ban quý\n\nChiều 8/4/2024, Hội nghị giao ban khối dân vận huyện Bắc Mê quý I diễn ra. "
                            "Tại hội nghị, bà Vi Thị Nhàn, Chủ tịch Hội Liên hiệp Phụ nữ huyện Bắc Mê trình bày kết "
                            "quả hoạt động Hội ba tháng đầu năm.\n")
    # (her post is read; the bloc's meeting is not her union's)
    assert ("Vi Thị Nhàn", "Hội Liên hiệp Phụ nữ huyện Bắc Mê") in {(p.official, p.body.name) for p in st.posts.values()}
    assert "Hội Liên hiệp Phụ nữ huyện Bắc Mê" not in [b.name for b in st.meeting.hosts]


def test_a_union_reporting_its_own_work_alone_still_holds_its_meeting(tmp_path):
    hosts, _ = hg(tmp_path, "Sơ kết quý\n\nChiều 8/4/2024, hội nghị sơ kết quý I diễn ra tại huyện Bắc Mê. Tại hội "
                            "nghị, bà Vi Thị Nhàn, Chủ tịch Hội Liên hiệp Phụ nữ huyện Bắc Mê trình bày kết quả "
                            "hoạt động Hội ba tháng đầu năm.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ huyện Bắc Mê"]


def test_several_unions_each_reporting_their_work_hold_nothing(tmp_path):
    hosts, _ = hg(tmp_path, "Sơ kết quý\n\nChiều 8/4/2024, hội nghị sơ kết quý I diễn ra tại huyện Bắc Mê. Tại hội "
                            "nghị, bà Vi Thị Nhàn, Chủ tịch Hội Liên hiệp Phụ nữ huyện Bắc Mê trình bày kết quả "
                            "hoạt động Hội ba tháng đầu năm. Tiếp đó, ông Hoàng Văn Sử, Chủ tịch Hội Nông dân huyện "
                            "Bắc Mê báo cáo kết quả công tác Hội.\n")
    assert hosts == []

"""Guests, round 5: a visitor named only as a person (docs/conventions.md, "a visitor named only as a
person"), and the review's negatives. Every sentence here is invented (names, parishes, dates)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_a_delegation_that_names_no_body_goes_for_its_leaders_body(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023, đoàn công tác do ông Lê Quốc Phong, Phó Chủ tịch UBND tỉnh "
                                 "Hậu Giang dẫn đầu đã đến thăm, chúc mừng Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông"]
    assert guests == ["Ủy ban nhân dân tỉnh Hậu Giang"]


def test_one_who_heads_a_delegation_that_names_no_body_brings_his_body(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nSáng 9/8/2023, ông Lê Quốc Phong, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội "
                                 "làm trưởng đoàn, sang làm việc với Huyện ủy Long Mỹ.\n")
    assert hosts == ["Huyện ủy Long Mỹ"]
    assert guests == ["Hội đồng Dân tộc của Quốc hội"]


def test_a_lone_official_on_a_courtesy_call_brings_his_body(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023, bà Lê Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hậu "
                                 "Giang đến thăm, chúc mừng Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_the_first_title_of_the_visitor_names_his_body(tmp_path):
    hosts, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023, đoàn công tác do bà Lê Thị Hoa - Phó Bí thư Tỉnh ủy, Chủ tịch "
                                 "Ủy ban MTTQ tỉnh Hậu Giang làm Trưởng đoàn đến thăm, chúc mừng Giáo xứ Tân Lộc Đông.\n")
    assert guests == ["Tỉnh ủy Hậu Giang"]


def test_a_membership_or_a_central_party_seat_written_first_is_passed_over(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023, ông Lê Quốc Phong, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung "
                             "ương MTTQ Việt Nam đến thăm, chúc mừng Giáo xứ Tân Lộc Đông.\n")
    assert guests == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    _, guests = hg(tmp_path, "Chúc mừng\n\nSáng 9/8/2023, bà Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ "
                             "tỉnh Hậu Giang đến thăm, chúc mừng Giáo xứ Tân Lộc Đông.\n")
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"]


def test_a_delegation_that_names_a_body_is_that_bodys_not_its_leaders(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nSáng 9/8/2023, Đoàn công tác của Sở Nội vụ tỉnh Hậu Giang do ông Lê Quốc "
                                 "Phong, Phó Chủ tịch UBND tỉnh Hậu Giang làm trưởng đoàn đã đến làm việc với Huyện ủy Long Mỹ.\n")
    assert hosts == ["Huyện ủy Long Mỹ"]
    assert guests == ["Sở Nội vụ tỉnh Hậu Giang"]


def test_a_receiving_officials_body_hosts_and_acts_under_his_last_title(tmp_path):
    hosts, guests = hg(tmp_path, "Tiếp đoàn\n\nSáng 9/8/2023, ông Lê Quốc Phong, Bí thư Huyện ủy, Chủ tịch HĐND huyện Long "
                                 "Mỹ đã tiếp Đoàn công tác của Sở Nội vụ tỉnh Hậu Giang.\n")
    assert hosts == ["Huyện ủy Long Mỹ"]
    assert guests == ["Sở Nội vụ tỉnh Hậu Giang"]


def test_a_citizen_or_a_foreign_visitor_with_no_written_government_brings_none(tmp_path):
    _, guests = hg(tmp_path, "Thăm\n\nSáng 9/8/2023, ông Lê Văn Tám, một giáo dân, đến thăm Giáo xứ Tân Lộc Đông.\n")
    assert guests == []
    _, guests = hg(tmp_path, "Thăm\n\nSáng 9/8/2023, Đại sứ Nhật Bản Tanaka Kenji đến thăm Ủy ban nhân dân tỉnh Hậu Giang.\n")
    assert guests == []


def test_a_youth_unions_own_session_is_no_visiting_delegation(tmp_path):
    # review 5b R4: "Đoàn Thanh niên <unit>" opens on the delegation word but is a body of its own
    _, guests = hg(tmp_path, "Làm việc\n\nChiều 8/4, tại trụ sở Tỉnh đoàn, đã diễn ra buổi làm việc của Đoàn Thanh niên "
                             "Bộ Tư pháp với Tỉnh đoàn Hậu Giang.\n")
    assert "Bộ Tư pháp" not in guests
    hosts, guests = hg(tmp_path, "Làm việc\n\nChiều 8/4, đã diễn ra buổi làm việc của Đoàn Khối các cơ quan tỉnh Hậu Giang "
                                 "với Sở Nội vụ tỉnh Hậu Giang.\n")
    assert hosts == ["Đoàn Khối các cơ quan tỉnh Hậu Giang"]


def test_a_working_delegations_session_still_brings_its_body(tmp_path):
    _, guests = hg(tmp_path, "Làm việc\n\nChiều 8/4, đã diễn ra buổi làm việc của Đoàn công tác Bộ Tư pháp với UBND tỉnh "
                             "Hậu Giang.\n")
    assert guests == ["Bộ Tư pháp"]


_PAGODA_LEAD = ("Thăm chùa dịp lễ\n\nSáng 10/5, Đoàn công tác của tỉnh Hậu Giang đã tới thăm và chúc mừng Ban Trị sự Giáo "
                "hội Phật giáo Việt Nam tỉnh Hậu Giang nhân dịp Đại lễ Phật đản.\n\n")


def test_the_hosts_side_list_brings_no_guest_by_its_dignitaries_civic_titles(tmp_path):
    # review 5b R2: "Về phía Giáo hội có ..." names the host's side
    _, guests = hg(tmp_path, _PAGODA_LEAD + "Về phía Giáo hội có Hòa thượng Thích Minh Đạo, Trưởng ban Trị sự GHPGVN "
                                            "tỉnh, Phó Chủ tịch UBMTTQ Việt Nam tỉnh Hậu Giang.\n")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang" not in guests


def test_the_visitors_side_list_still_brings_their_bodies(tmp_path):
    _, guests = hg(tmp_path, _PAGODA_LEAD + "Về phía tỉnh có các đồng chí: Trần Văn Lực, Phó Bí thư Tỉnh ủy; Nguyễn Thị "
                                            "Hoa, Phó Chủ tịch UBND tỉnh.\n")
    assert guests == ["Tỉnh ủy Hậu Giang", "Ủy ban nhân dân tỉnh Hậu Giang"]


def test_a_delegations_session_that_took_place_names_who_receives_it(tmp_path):
    # review 5b R14: "đã diễn ra buổi làm việc của Đoàn công tác Bộ X với (lãnh đạo) UBND tỉnh Y"
    hosts, guests = hg(tmp_path, "Làm việc\n\nChiều 8/4, đã diễn ra buổi làm việc của Đoàn công tác Bộ Tài chính với "
                                 "lãnh đạo UBND tỉnh Hậu Giang.\n")
    assert hosts == ["Ủy ban nhân dân tỉnh Hậu Giang"]
    assert guests == ["Bộ Tài chính"]


def test_a_delegations_session_with_people_names_no_host(tmp_path):
    hosts, guests = hg(tmp_path, "Làm việc\n\nChiều 8/4, đã diễn ra buổi làm việc của Đoàn công tác Bộ Tài chính với "
                                 "các hộ dân xã Tân Lộc.\n")
    assert hosts == []
    assert guests == ["Bộ Tài chính"]


def test_the_one_body_a_visitor_speaks_for_is_the_guest(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng\n\nChiều 13/10/2023, đồng chí Lê Quốc Phong, Phó Bí thư Thường trực Tỉnh ủy Hậu "
                             "Giang thay mặt Thường trực Tỉnh ủy đến thăm và chúc mừng Hội Nông dân tỉnh Hậu Giang.\n")
    assert guests == ["Thường trực Tỉnh ủy Hậu Giang"]


def test_a_list_a_visitor_speaks_for_names_no_one_body(tmp_path):
    _, guests = hg(tmp_path, "Chúc mừng\n\nChiều 13/10/2023, đồng chí Lê Quốc Phong, Phó Bí thư Thường trực Tỉnh ủy Hậu "
                             "Giang thay mặt Tỉnh ủy, HĐND, UBND tỉnh đã thăm, chúc mừng Hội Nông dân tỉnh Hậu Giang.\n")
    assert guests == ["Tỉnh ủy Hậu Giang"]      # (his first title's, as with no "thay mặt")


_HEAD = ("Thăm hội\n\nSáng 9/8/2023, ông Lê Quốc Phong, {titles} Hậu Giang cùng đoàn công tác đến thăm Hội Cựu chiến binh "
         "tỉnh Hậu Giang.\n\nTham gia cùng đoàn có đại diện Ban Dân vận Tỉnh ủy Hậu Giang.\n")


def test_the_head_of_a_delegation_with_companions_brings_the_body_of_his_first_title_once(tmp_path):
    _, guests = hg(tmp_path, _HEAD.format(titles="Phó Bí thư Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh"))
    assert guests == ["Tỉnh ủy Hậu Giang", "Ban Dân vận Tỉnh ủy Hậu Giang"]


def test_the_head_with_a_membership_first_brings_the_body_of_his_post(tmp_path):
    _, guests = hg(tmp_path, _HEAD.format(titles="Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh"))
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "Ban Dân vận Tỉnh ủy Hậu Giang"]

"""Round 14's readings of the meeting's people and sides (MECH_SIDES): general constructions of the genre, each
with positive and negative near-misses (sentences, names and places invented for the tests)."""
from __future__ import annotations

import pytest
from test_stage_pipeline import state_of


def _part(st, part: str) -> set[str]:
    """The names of the meeting's chairs, leaders or hosts (none when the text tells no meeting)."""
    m = st.meeting
    if m is None:
        return set()
    return {b.name for b in m.hosts} if part == "hosts" else set(getattr(m, part))


_WORKING = "Làm việc về công tác giảm nghèo\n\nSáng 12/4, Ban Thường trực Hội Nông dân tỉnh Hòa Bình làm việc với " \
           "huyện Lạc Sơn về công tác giảm nghèo. "

# (text, part, name): the text reads the name in that part of its meeting
_READ = [
    # a delegation "do A, <titles>" with no verb of leading written: A heads it
    ("Thăm trường học vùng cao\n\nNgày 2/3, Đoàn công tác của Huyện ủy Hoàng Su Phì do đồng chí Lục Văn Khoa, Bí "
     "thư Huyện ủy đã đến thăm, tặng quà Trường Tiểu học xã Nậm Dịch.\n", "leaders", "Lục Văn Khoa"),
    ("Trao quyết định về công tác cán bộ\n\nSáng 16/10, đoàn công tác của Ban Tổ chức Trung ương do ông Đinh Quang "
     "Mẫn, Phó Trưởng Ban Tổ chức Trung ương, đã về tỉnh Yên Bái trao quyết định về công tác cán bộ.\n", "leaders",
     "Đinh Quang Mẫn"),
    ("Thăm các cơ sở tôn giáo\n\nNhân dịp Đại lễ Phật đản, đoàn công tác do đồng chí Hà Thị Lan, Trưởng ban Dân vận "
     "Tỉnh ủy Phú Thọ đã đến thăm, chúc mừng chùa Hương Lâm.\n", "leaders", "Hà Thị Lan"),
    # "A chủ trì phiên họp của <body>": the body owns the meeting, its subject chairs it
    ("Họp Hội đồng Thi đua - Khen thưởng\n\nSáng 7/8, ông Lương Văn Cảnh, Phó Chủ tịch UBND tỉnh Hà Nam chủ trì "
     "phiên họp của Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam.\n", "chairs", "Lương Văn Cảnh"),
    ("Sơ kết công tác tuyển quân\n\nChiều 14/2, bà Đỗ Thị Hạnh, Phó Chủ tịch UBND huyện Lục Ngạn chủ trì hội nghị của "
     "Hội đồng nghĩa vụ quân sự huyện Lục Ngạn.\n", "chairs", "Đỗ Thị Hạnh"),
    # a collegial body that hears the reports made to it holds the session ("dưới sự chủ trì của A, <body> nghe ...")
    ("Hội nghị về công tác cán bộ\n\nSáng 12-3, dưới sự chủ trì của Bí thư Tỉnh ủy Lê Văn Toàn, Ban Thường vụ Tỉnh ủy "
     "Bắc Giang nghe Ban Tổ chức Tỉnh ủy báo cáo công tác cán bộ.\n", "hosts", "Ban Thường vụ Tỉnh ủy Bắc Giang"),
    ("Cuộc họp về dự án giao thông\n\nChiều 20/6, Thường trực Thành ủy Vĩnh Yên nghe Ban Quản lý dự án thành phố báo "
     "cáo tiến độ các công trình.\n", "hosts", "Thường trực Thành ủy Vĩnh Yên"),
    # "Dự và chủ trì ... có A": the verb opens its clause after the words of attending
    (_WORKING + "Tham dự và chủ trì buổi làm việc có bà Bùi Thị Tỉnh - Chủ tịch Hội Nông dân tỉnh; lãnh đạo UBND "
     "huyện Lạc Sơn.\n", "chairs", "Bùi Thị Tỉnh"),
]

# (text, part, name): near-misses, the text does not read the name in that part
_NOT_READ = [
    # ("do" a cause, not the delegation's: the delegation's act comes first)
    ("Thăm gia đình chính sách\n\nNgày 5/7, đoàn công tác của Huyện ủy Văn Lãng đã đến thăm gia đình ông Hoàng "
     "Văn Pả do ông Triệu Văn Mùi, Chủ tịch UBND xã giới thiệu.\n", "leaders", "Triệu Văn Mùi"),
    # (a gift "do" its giver, no delegation before it)
    ("Trao quà cho học sinh\n\nNgày 5/9, món quà do ông Nông Đức Tài, Chủ tịch UBND huyện Bảo Lạc trao tặng đã đến "
     "tay 50 học sinh.\n", "leaders", "Nông Đức Tài"),
    # (a delegation formed by a decision: named, not leading the meeting)
    ("Thành lập đoàn kiểm tra\n\nNgày 3/6, Ban Thường vụ Huyện ủy Ba Bể ban hành quyết định thành lập Đoàn kiểm "
     "tra do ông Ma Văn Lự, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, sẽ về làm việc tại xã Nam Mẫu.\n", "leaders", "Ma Văn Lự"),
    # (a chair cue with a person after it: that person chairs, the one attending does not)
    ("Họp Ban Chỉ đạo\n\nSáng 7/8, phiên họp do ông Lương Văn Cảnh, Phó Chủ tịch UBND tỉnh Hà Nam chủ trì có sự tham "
     "dự của bà Đỗ Thị Hạnh, Giám đốc Sở Y tế.\n", "chairs", "Đỗ Thị Hạnh"),
    # (a body that listens to people holds no session; the body heard speaks at the meeting, convenes none)
    ("Phiên họp thường kỳ\n\nSáng 5/4, UBND huyện Lục Yên lắng nghe ý kiến của cử tri về dự án đường.\n", "hosts",
     "Ủy ban nhân dân huyện Lục Yên"),
    ("Hội nghị sơ kết công tác Hội\n\nNgày 9/6, tại hội nghị sơ kết, các đại biểu được nghe UBND huyện Văn Chấn "
     "thông tin tình hình kinh tế.\n", "hosts", "Ủy ban nhân dân huyện Văn Chấn"),
    ("Hội nghị đối thoại với nông dân\n\nNgày 9/6, Hội Nông dân huyện Lục Yên tổ chức hội nghị đối thoại. Tại đây, UBND "
     "huyện Lục Yên lắng nghe ý kiến của hội viên.\n", "hosts", "Ủy ban nhân dân huyện Lục Yên"),
    # (the subject who attends and chairs chairs; the people after "có ... tham dự" only attend)
    (_WORKING + "Bà Bùi Thị Tỉnh, Chủ tịch Hội Nông dân tỉnh dự và chủ trì buổi làm việc có các đồng chí Quách Thị "
     "Lụa, Đinh Văn Khôi tham dự.\n", "chairs", "Quách Thị Lụa"),
]


@pytest.mark.parametrize("text, part, name", _READ)
def test_a_person_or_body_is_read_in_its_part(tmp_path, text, part, name):
    assert name in _part(state_of(tmp_path, text), part)


@pytest.mark.parametrize("text, part, name", _NOT_READ)
def test_a_near_miss_reads_no_one_in_that_part(tmp_path, text, part, name):
    assert name not in _part(state_of(tmp_path, text), part)


def test_a_body_that_chairs_names_no_chair(tmp_path):
    st = state_of(tmp_path, "Họp Hội đồng Thi đua - Khen thưởng\n\nSáng 7/8, UBND tỉnh Hà Nam chủ trì phiên họp của Hội "
                            "đồng Thi đua - Khen thưởng tỉnh.\n")
    assert _part(st, "chairs") == set()


# --- the persons a decision is about are not placed at the meeting by it -----------------------------------------

_SESSION = "Kỳ họp thứ 9 HĐND tỉnh Hưng Yên\n\nSáng 14/7, HĐND tỉnh Hưng Yên tổ chức kỳ họp thứ 9. "


@pytest.mark.parametrize("sentence, away, placed", [
    ("Kỳ họp miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2026 - 2031 đối với ông Đặng Văn Quế; ông Vũ Minh "
     "Hải, Chánh Văn phòng UBND tỉnh. Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
     {"Đặng Văn Quế", "Vũ Minh Hải"}, {"Trần Quốc Nam"}),
    ("Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh công bố quyết định chuẩn y ông Lê Đức Mạnh giữ chức Phó Bí "
     "thư Tỉnh ủy.", {"Lê Đức Mạnh"}, {"Trần Quốc Nam"}),
    ("Kỳ họp cũng nghe công bố quyết định thi hành kỷ luật ông Phí Văn Đạt, Phó Giám đốc Sở Nông nghiệp, bằng hình "
     "thức khiển trách. Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh phát biểu.", {"Phí Văn Đạt"}, {"Trần Quốc Nam"}),
    # (handed the decision in the sentence: he is there)
    ("Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh đã trao quyết định chuẩn y ông Lê Đức Mạnh giữ chức Phó Bí thư Tỉnh ủy.",
     set(), {"Trần Quốc Nam", "Lê Đức Mạnh"}),
    # (one the decision names who speaks in another sentence is placed by it)
    ("Kỳ họp miễn nhiệm ông Đặng Văn Quế, Giám đốc Sở Tài chính. Phát biểu tại kỳ họp, ông Đặng Văn Quế, Giám đốc "
     "Sở Tài chính cảm ơn các đại biểu.", set(), {"Đặng Văn Quế"}),
    # (a sentence that opens on an earlier event places no one; one it names who is placed elsewhere attends)
    ("Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Trước đó, ông Vũ Đình Thái, Phó Chủ tịch UBND tỉnh đã được "
     "Ban Thường vụ Tỉnh ủy giới thiệu.", {"Vũ Đình Thái"}, {"Trần Quốc Nam"}),
    ("Trước đó, ông Trần Quốc Nam, Chủ tịch HĐND tỉnh đã làm việc với các ban. Ông Trần Quốc Nam, Chủ tịch HĐND tỉnh "
     "chủ trì kỳ họp.", set(), {"Trần Quốc Nam"}),
])
def test_the_persons_a_decision_is_about_attend_only_if_placed_elsewhere(tmp_path, sentence, away, placed):
    attendees = set(state_of(tmp_path, _SESSION + sentence + "\n").meeting.attendees)
    assert not away & attendees
    assert placed <= attendees


# --- "tiếp" inside another word ("trực tiếp") after a passive agent receives no one -------------------------------

def test_an_agent_before_a_direct_vote_receives_no_one(tmp_path):
    st = state_of(tmp_path, "Đại hội Đảng bộ Công an tỉnh Hà Nam\n\nNgày 15/6, Đảng bộ Công an tỉnh Hà Nam tổ chức Đại "
                            "hội đại biểu lần thứ XV, nhiệm kỳ 2025-2030. Đại hội được Ban Thường vụ Tỉnh ủy Hà Nam chỉ "
                            "đạo trực tiếp trong suốt quá trình chuẩn bị.\n")
    assert _part(st, "hosts") == {"Đảng bộ Công an tỉnh Hà Nam"}


def test_a_passive_reception_keeps_its_receiving_body(tmp_path):
    st = state_of(tmp_path, "Tiếp đoàn đại biểu Hội Nông dân\n\nChiều 5/3, Đoàn đại biểu Hội Nông dân tỉnh Lạng Sơn đã được "
                            "Thường trực Tỉnh ủy Cao Bằng tiếp tại trụ sở.\n")
    assert _part(st, "hosts") == {"Thường trực Tỉnh ủy Cao Bằng"}


# --- a working session at a body's seat: that body hosts its officials' guests ----------------------------------

@pytest.mark.parametrize("text, hosts, guests", [
    # (two officials meet at the seat of one's ministry: it hosts, the other's body is the guest)
    ("Làm việc về vốn cho thủy lợi\n\nChiều 25/11, tại trụ sở Bộ Tài chính (BTC), Bộ trưởng Bộ Tài chính Hà Minh Tâm và "
     "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lương Quốc Khải đã có buổi làm việc về nguồn vốn cho các công "
     "trình thủy lợi.\n", {"Bộ Tài chính"}, {"Bộ Nông nghiệp và Phát triển nông thôn"}),
    ("Làm việc về quy hoạch đô thị\n\nChiều 3/4, tại trụ sở Bộ Xây dựng, Phó Chủ tịch UBND tỉnh Kiên Giang Đào Văn "
     "Lực và Thứ trưởng Lâm Quang Vĩnh đã có buổi làm việc về quy hoạch đô thị ven biển.\n", {"Bộ Xây dựng"},
     {"Ủy ban nhân dân tỉnh Kiên Giang"}),
    # (the government's office is its seat: the Prime Minister works there for the government)
    ("Thủ tướng làm việc về các dự án giao thông\n\nChiều 2/11, tại Văn phòng Chính phủ, Thủ tướng Lưu Đình Phong có "
     "buổi làm việc với lãnh đạo tỉnh Hậu Giang về tiến độ các dự án giao thông.\n", {"Chính phủ"}, set()),
    # (one official of another body at a provincial committee's seat: no side from the seat)
    ("Làm việc về công tác bầu cử\n\nChiều 6/8, tại trụ sở Tỉnh ủy Quảng Trị, ông Phan Đức Khoa, Phó Chủ tịch Quốc "
     "hội đã có buổi làm việc với lãnh đạo tỉnh về công tác chuẩn bị bầu cử.\n", set(), set()),
])
def test_the_body_whose_seat_the_session_is_at_hosts_its_officials(tmp_path, text, hosts, guests):
    st = state_of(tmp_path, text)
    assert _part(st, "hosts") == hosts
    assert {b.name for b in st.meeting.guests} == guests

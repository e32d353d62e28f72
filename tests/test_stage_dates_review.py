"""Meeting kinds and days on constructions a review found read wrongly: a feast's rite held as the
event, a session midway through a term, the event's own date after an occasion's, a day's name
with its full date opening the lead (sentences written for these tests; names invented)."""
from __future__ import annotations

import pytest

from test_stage_dates_more import day, meeting


@pytest.mark.parametrize("text, kind, want", [
    # the feast's rite, held solemnly and attended, is the event itself
    ("Phật tử Đông Khê báo hiếu cha mẹ\n\nTối 14/8/2025, Lễ Vu lan diễn ra trang nghiêm ở chùa Thanh Vân, xã "
     "Đông Khê, có sự tham dự của bà Hà Thị Mơ, Ủy viên Ban Thường vụ Huyện ủy.\n", "Ceremony", "2025-08-14"),
    # ... and so is one a parish organises, told in the passive
    ("Giáo dân mừng Phục sinh\n\nLễ Phục sinh được Giáo xứ Đông Khê long trọng tổ chức tối 19/4/2025 trước "
     "hàng nghìn giáo dân trong vùng.\n", "Ceremony", "2025-04-19"),
    # ... and so is one its sentence opens on the time of, or held at a place
    ("Đông Khê đón mùa báo hiếu\n\nTối 3/9/2025, Lễ Vu lan báo hiếu của Phật tử xã Đông Khê thắp sáng khuôn "
     "viên chùa Thanh Vân.\n", "Ceremony", "2025-09-03"),
    ("Giáo xứ Đông Khê đón Noel\n\nLễ Giáng sinh năm 2025 của giáo xứ diễn ra ở nhà thờ Đông Khê từ 21 giờ ngày "
     "24/12/2025.\n", "Ceremony", "2025-12-24"),
    # ... or one a verb of holding it comes before, in the headline or the lead
    ("Chùa Thanh Vân tổ chức lễ Vu lan báo hiếu\n\nTối 3/9, nhà chùa đón hơn 500 Phật tử về dự.\n", "Ceremony",
     "--09-03"),
    ("Mùa báo hiếu ở Đông Khê\n\nChiều 10/8/2025, Ban Trị sự Phật giáo huyện Đông Khê cử hành Lễ Vu lan ở chùa "
     "Thanh Vân.\n", "Ceremony", "2025-08-10"),
    # ... while a feast named as the occasion of a visit stays the occasion
    ("Thăm, chúc mừng các giáo xứ\n\nNhân dịp Lễ Giáng sinh năm 2025, chiều 22/12, Phó Chủ tịch UBND tỉnh Yên "
     "Hòa Lê Văn An đến thăm, chúc mừng Giáo xứ Đông Khê.\n", "Visit", "2025-12-22"),
    ("Đông Khê chăm lo đồng bào Khmer\n\nLễ Chôl Chnăm Thmây năm nay kéo dài ba ngày, lãnh đạo huyện Đông Khê tổ "
     "chức nhiều đoàn đến thăm, tặng quà các chùa và gia đình chính sách.\n", "Visit", None),
])
def test_a_feast_s_rite_held_is_a_ceremony_a_feast_named_is_an_occasion(tmp_path, text, kind, want):
    m = meeting(tmp_path, text)
    assert m is not None and m.kind == kind and day(m) == want


@pytest.mark.parametrize("lead, want", [
    # a session midway through the term that fills posts is not of the term's first year
    ("Sáng 9/10, HĐND thị xã Đông Khê khóa V, nhiệm kỳ 2021 - 2026 họp phiên bất thường, miễn nhiệm một Phó "
     "Chủ tịch UBND và bầu các chức danh còn trống.", "--10-09"),
    ("Chiều 21/3, HĐND xã Đông Khê nhiệm kỳ 2021-2026 mở kỳ họp thứ mười hai nhằm bầu các chức danh đang thiếu.",
     "--03-21"),
    # ... while a council electing its posts with nothing midway opens its term
    ("Sáng 4/7, HĐND thị xã Đông Khê khóa VI, nhiệm kỳ 2026 - 2031 nhóm họp để bầu các chức danh lãnh đạo HĐND "
     "và UBND thị xã.", "2026-07-04"),
])
def test_only_a_session_opening_the_term_gives_its_first_year(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tin hoạt động ở Đông Khê\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, want", [
    # the occasion's own date, then "vào ngày" / "vào" / "ngày": the event's date
    ("Đoàn Thanh niên xã Đông Khê tổ chức hội thi văn nghệ mừng Ngày thành lập Quân đội nhân dân 22/12 vào ngày "
     "20/12/2025 ở sân vận động xã.", "2025-12-20"),
    ("Hội Y học huyện Đông Khê tổ chức hội nghị tập huấn chào mừng Ngày Thầy thuốc Việt Nam 27/2 ngày 24/2/2026 "
     "cho hội viên.", "2026-02-24"),
    ("Chi đoàn trường Đông Khê tổ chức hội nghị tri ân mừng Ngày Nhà giáo Việt Nam 20/11 vào 17/11/2025 tại "
     "thư viện trường.", "2025-11-17"),
    # ... not a date the occasion's clause names once ("bầu cử ... vào ngày 15.3" stays the election's)
    ("Vừa qua, lãnh đạo xã Đông Khê thăm các thôn và mời bà con hưởng ứng cuộc bầu cử đại biểu HĐND các cấp "
     "vào ngày 15.3 tới.", None),
])
def test_the_event_s_date_after_an_occasion_s_date(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tin hoạt động ở Đông Khê\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, want", [
    # a day's name with its full date opening the lead, then a comma: the event is held that day
    ("Ngày Gia đình Việt Nam 28/6/2025, Hội LHPN xã Đông Khê tổ chức tọa đàm về nếp nhà với 80 hội viên.",
     "2025-06-28"),
    # ... not when the lead dates the event otherwise, nor when the day's name has no year
    ("Ngày Nhà giáo Việt Nam 20/11/2025, sáng 17/11, Công đoàn ngành giáo dục huyện Đông Khê gặp mặt các thầy cô.",
     "2025-11-17"),
    ("Ngày Nhà giáo Việt Nam 20/11 năm nay, Công đoàn ngành giáo dục huyện Đông Khê đến thăm các thầy cô.", None),
])
def test_a_day_s_name_with_its_year_opening_the_lead_dates_the_event(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Tin hoạt động ở Đông Khê\n\n{lead}\n")) == want


def test_a_page_of_one_line_naming_a_rite_held_reads_without_a_story(tmp_path):
    # (the line is the headline: the meeting's people are read with no lead sentence)
    m = meeting(tmp_path, "Lễ Vu lan năm nay diễn ra ở chùa Thanh Vân, xã Đông Khê\n")
    assert m is not None and m.kind == "Ceremony"

"""The meeting stage: kind, date, chair, host and guest, on articles written for it."""
from __future__ import annotations

from datetime import date

import pytest

from test_stage_pipeline import state_of
from test_real_meetings import day  # one reader of a meeting's day


def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


def test_kind_from_the_headline_and_not_from_a_body_name(tmp_path):
    m = meeting(tmp_path, "Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết\n\n"
                          "Sáng 4/5/2022, Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức hội nghị.\n")
    assert m.kind == "Conference"


def test_no_kind_word_no_meeting(tmp_path):
    assert meeting(tmp_path, "Sản lượng lúa tăng\n\nNăm 2022, sản lượng lúa ở Cà Mau tăng mạnh.\n") is None


def test_date_takes_its_year_from_the_dateline_across_new_year(tmp_path):
    m = meeting(tmp_path, "Huyện ủy Hải Lăng họp tổng kết\n\n05/01/2023\n\n"
                          "Sáng 28/12, Huyện ủy Hải Lăng tổ chức hội nghị tổng kết.\n")
    assert m.date == date(2022, 12, 28)


def test_a_deadline_is_not_the_meeting_date(tmp_path):
    m = meeting(tmp_path, "Hội nghị triển khai\n\nHội nghị triển khai kế hoạch, yêu cầu hoàn thành "
                          "trước ngày 30/6/2023 ở Bến Tre.\n")
    assert m.date is None


def test_chair_and_attendees(tmp_path):
    m = meeting(tmp_path, "Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nSáng 9/3/2023, đồng chí Đinh Quốc Khải, "
                          "Bí thư Tỉnh ủy Sóc Trăng chủ trì hội nghị. Dự có đồng chí Lò Thị Mến, "
                          "Phó Bí thư Tỉnh ủy.\n")
    assert m.chairs == ["Đinh Quốc Khải"]
    assert m.attendees == ["Đinh Quốc Khải", "Lò Thị Mến"]


def test_working_with_the_subject_hosts(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 3/4/2023, Thường trực Tỉnh ủy Bến Tre làm việc với "
                          "Ban Dân vận Tỉnh ủy Bến Tre.\n")
    assert m.kind == "WorkingSession"
    assert [b.name for b in m.hosts] == ["Thường trực Tỉnh ủy Bến Tre"]
    assert [b.name for b in m.guests] == ["Ban Dân vận Tỉnh ủy Bến Tre"]


def test_a_delegation_working_with_a_body_is_its_guest(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 3/4/2023, đoàn công tác của Ban Dân vận Tỉnh ủy Bến Tre làm việc "
                          "với Huyện ủy Châu Thành.\n")
    assert [b.name for b in m.hosts] == ["Huyện ủy Châu Thành"]
    assert [b.name for b in m.guests] == ["Ban Dân vận Tỉnh ủy Bến Tre"]


def test_a_visit_makes_the_visited_the_host(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nChiều 1/2/2023, Thường trực Tỉnh ủy Cà Mau thăm Bộ Chỉ huy Quân sự "
                          "tỉnh Cà Mau.\n")
    assert m.kind == "Visit"
    assert [b.name for b in m.guests] == ["Thường trực Tỉnh ủy Cà Mau"]


def hg(m) -> tuple[list[str], list[str]]:
    return [b.name for b in m.hosts], [b.name for b in m.guests]




# -- round 4: hosts read off the chair, a title as subject, a leader's courtesy visit ----------------

def test_the_chair_of_a_conference_with_no_convener_presides_for_his_body(tmp_path):
    m = meeting(tmp_path, "Hội nghị hiệp thương\n\nSáng 12-5, các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
                          "Nam Định: Lương Văn Hòa, Trịnh Thị Mai đồng chủ trì hội nghị.")
    assert hg(m)[0] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]


def test_the_chair_of_a_meeting_with_the_departments_names_no_convener(tmp_path):
    m = meeting(tmp_path, "Cuộc họp\n\nSáng 12-5, đồng chí Lương Văn Hòa, Phó Chủ tịch UBND tỉnh Nam Định "
                          "chủ trì cuộc họp với các sở, ngành về tiến độ dự án.")
    assert hg(m) == ([], [])


def test_co_chairs_of_different_bodies_name_no_convener(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định và đồng chí "
                          "Trịnh Thị Mai, Chủ tịch Hội Nông dân Việt Nam đồng chủ trì hội nghị.")
    assert hg(m)[0] == []


def test_a_headline_title_working_with_a_body_is_the_guest(tmp_path):
    m = meeting(tmp_path, "Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Hải Hậu\n\n"
                          "Sáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đã thăm và làm việc tại "
                          "huyện Hải Hậu.")
    assert hg(m) == (["Ban Thường vụ Huyện ủy Hải Hậu"], ["Tỉnh ủy Nam Định"])


def test_a_leaders_courtesy_visit_brings_his_body(tmp_path):
    # docs/conventions.md, "a visitor named only as a person" (settled 2026-12-06 night; a courtesy
    # call was read as the person's own before)
    m = meeting(tmp_path, "Thăm\n\nSáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đến thăm, "
                          "chúc mừng Hội Cựu chiến binh tỉnh Nam Định.")
    assert hg(m) == (["Hội Cựu chiến binh tỉnh Nam Định"], ["Tỉnh ủy Nam Định"])


def test_a_leader_visiting_to_work_comes_for_his_body(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 12-5, đồng chí Lương Văn Hòa, Chủ tịch Hội Nông dân Việt Nam thăm và "
                          "làm việc với Hội Nông dân tỉnh Nam Định.")
    assert hg(m) == (["Hội Nông dân tỉnh Nam Định"], ["Hội Nông dân Việt Nam"])


@pytest.mark.parametrize("text, kind", [
    # a get-together for an anniversary or a day is a ceremony; one with no occasion a conference
    ("Phụ nữ Hải Hậu\n\nSáng 6/3, Hội LHPN huyện Hải Hậu tổ chức gặp mặt cán bộ hội các thời kỳ nhân kỷ niệm "
     "114 năm Ngày Quốc tế phụ nữ.", "Ceremony"),
    ("Họp mặt\n\nSáng 6/3, Huyện ủy Hải Hậu tổ chức họp mặt đoàn đại biểu dự đại hội cấp trên.", "Conference"),
    # the opening ceremony of a congress is the congress
    ("Khai mạc\n\nSáng 9-12, lễ khai mạc chính thức Đại hội đại biểu Hội Nông dân tỉnh Nam Định lần thứ X "
     "được tổ chức trọng thể tại hội trường tỉnh.", "Congress"),
    # the occasion after "nhân dịp" is not the event
    ("Thăm\n\nNhân dịp Đại lễ Phật đản, ngày 3-5, đoàn lãnh đạo tỉnh Nam Định đến thăm, tặng quà các cơ sở "
     "Phật giáo.", "Visit"),
    ("Ôn lại truyền thống\n\nNhân kỷ niệm 95 năm Ngày truyền thống của Hội Nông dân, bài viết điểm lại "
     "những dấu mốc của tổ chức hội.", "Ceremony"),
    # a press conference about a congress is a conference
    ("Đại hội đại biểu Phụ nữ tỉnh Nam Định diễn ra ngày 6-7/10\n\nNgày 28/9, Hội LHPN tỉnh Nam Định tổ "
     "chức buổi họp báo thông tin về Đại hội.", "Conference"),
    # "tiếp và làm việc với" works; the trip a visit is made in is not the event
    ("Chủ tịch UBND tỉnh tiếp và làm việc với đoàn đại biểu tỉnh Gia Lai\n\nSáng 8/11, đoàn đến thăm tỉnh "
     "Nam Định.", "WorkingSession"),
    ("Thăm di tích\n\nChiều 29/1, trong chuyến thăm và làm việc với tỉnh Nam Định, đồng chí Lương Văn Hòa "
     "đã đến thăm di tích đền Trần.", "Visit"),
])
def test_kinds_of_get_togethers_openings_occasions_and_briefings(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


# -- round 4: dates -------------------------------------------------------------------------------

def test_an_agencys_bracketed_dateline_is_not_the_meeting_date(tmp_path):
    m = meeting(tmp_path, "Bầu Chủ tịch\n\nHải Phòng (TTXVN 24/8/2021) Ở phiên họp thứ nhất của Ban Chấp hành "
                          "Hội Nông dân tỉnh Nam Định sáng 23/8/2021, các ủy viên bỏ phiếu chọn Chủ tịch mới.")
    assert day(m) == "2021-08-23"


def test_the_anniversary_of_the_dates_own_sentence_beats_a_later_page_stamp(tmp_path):
    import kg
    facts = kg.extract_text("Chúc mừng\n\nNhân kỷ niệm 92 năm ngày thành lập Hội LHPN Việt Nam (20/10/1930 - "
                            "20/10/2022), chiều ngày 19/10, lãnh đạo tỉnh Nam Định đến thăm, chúc mừng Hội Liên "
                            "hiệp Phụ nữ tỉnh Nam Định.", published="2024-11-24")
    assert facts.meetings[0].date == date(2022, 10, 19)


def test_the_common_eras_year_named_beside_another_calendar(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nMừng Phật đản Phật lịch 2567 (dương lịch 2023), sáng 22-5, lãnh đạo "
                          "tỉnh Nam Định tới chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định.")
    assert day(m) == "2023-05-22"


@pytest.mark.parametrize("closing, want", [("sau 3 ngày làm việc", "2020-10-14"),
                                           ("sau hai ngày làm việc", "2020-10-15")])
def test_a_congress_closing_after_days_of_work_is_dated_by_its_first_day(tmp_path, closing, want):
    m = meeting(tmp_path, "Bế mạc Đại hội\n\nChiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX, "
                          f"nhiệm kỳ 2020-2025 đã bế mạc {closing}.")
    assert day(m) == want


@pytest.mark.parametrize("lead, want", [
    # a relative day or a weekday between the time of day and its date
    ("Chiều qua (11/3), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2023.", "2023-03-11"),
    ("Sáng thứ Hai (5/6), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2023.", "2023-06-05"),
    # two days in words, the month written once; a date in words opening a clause after its frame
    ("Ngày 16, 17 tháng 5 năm 2023, Đại hội đại biểu Hội Nông dân huyện Đồng Xuân diễn ra.", "2023-05-16"),
    ("Thực hiện kế hoạch của Tỉnh ủy, ngày 9 tháng 12 năm 2023, Huyện ủy Đồng Xuân tổ chức hội nghị.",
     "2023-12-09"),
    # a time of day for the day word of a date in words; two days listed with a comma
    ("Chiều 9 tháng 12 năm 2023, Huyện ủy Đồng Xuân tổ chức hội nghị.", "2023-12-09"),
    ("Trong 2 ngày 11, 12/7/2023, Huyện ủy Đồng Xuân tổ chức lớp bồi dưỡng.", "2023-07-11"),
    # an en dash typed for the hyphen of a day-date
    ("Ngày 17 – 9, UBND huyện Đồng Xuân họp phiên thường kỳ.", "--09-17"),
    # a lunar day is not the solar date
    ("Sáng 10/3 âm lịch, Huyện ủy Đồng Xuân tổ chức lễ dâng hương năm 2023.", None),
])
def test_forms_of_the_meeting_s_day_in_the_lead(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Đồng Xuân\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, want", [
    # a meeting leading up to an anniversary comes before its day: a later day is of the year before
    ("Hướng tới kỷ niệm 70 năm ngày thành lập Huyện ủy Đồng Xuân (05/02/1955 - 05/02/2025), sáng 20-4, "
     "Huyện ủy Đồng Xuân tổ chức hội thảo khoa học.", "2024-04-20"),
    ("Chào mừng kỷ niệm 70 năm ngày thành lập Huyện ủy Đồng Xuân (05/12/1955 - 05/12/2025), sáng 20-4, "
     "Huyện ủy Đồng Xuân tổ chức hội thảo khoa học.", "2025-04-20"),
    # a year before any meeting reported is a count misread, not the year
    ("Sáng 16-10, Hội LHPN huyện Đồng Xuân họp mặt kỷ niệm 5 năm ngày Phụ nữ Việt Nam.", "--10-16"),
    # the first half of a year prepares the congress or the election of the term it opens
    ("Sáng 19/3, Ủy ban MTTQ Việt Nam huyện Đồng Xuân tổ chức hội nghị góp ý dự thảo văn kiện Đại hội "
     "MTTQ Việt Nam huyện lần thứ XI, nhiệm kỳ 2024 - 2029.", "2024-03-19"),
    ("Ngày 13/5, đoàn giám sát làm việc với Ủy ban Bầu cử huyện Đồng Xuân về công tác bầu cử đại biểu "
     "HĐND các cấp nhiệm kỳ 2021 - 2026.", "2021-05-13"),
    # ... not in its second half (it may prepare the next year's), nor a change within the term
    ("Sáng 19/9, Ủy ban MTTQ Việt Nam huyện Đồng Xuân triển khai công tác chuẩn bị Đại hội MTTQ Việt "
     "Nam huyện lần thứ XI, nhiệm kỳ 2024 - 2029.", "--09-19"),
    ("Sáng 16/3, Ủy ban MTTQ Việt Nam huyện Đồng Xuân tổ chức hội nghị hiệp thương bổ sung Phó Chủ tịch "
     "khóa IX, nhiệm kỳ 2014 - 2019.", "--03-16"),
    # the end of a span of days dates its event, unlike a deadline's
    ("Chiều 14/10, Ủy ban MTTQ Việt Nam huyện Đồng Xuân gặp mặt đoàn đại biểu dự Đại hội. Đại hội diễn "
     "ra từ ngày 16 đến ngày 18/10/2024 tại Hà Nội.", "2024-10-14"),
])
def test_the_year_of_a_day_written_without_one(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Đồng Xuân\n\n{lead}\n")) == want


@pytest.mark.parametrize("lead, want", [
    # the weekday stated before the date checks the year the text gives: 5/6/2024 is a Wednesday
    ("Sáng thứ Năm (5/6), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2025.", "2025-06-05"),
    ("Sáng thứ Năm (5/6), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2024.", "2025-06-05"),
    ("Chiều Chủ nhật (9/3), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2025.", "2025-03-09"),
    # ... and no near year falls on it: no year rather than a wrong one
    ("Sáng thứ Ba (5/6), Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết năm 2015.", "--06-05"),
])
def test_the_weekday_a_lead_states_checks_the_year(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Hội nghị ở Đồng Xuân\n\n{lead}\n")) == want


def test_a_page_stamp_outweighs_a_weekday_slip(tmp_path):
    # 5/6/2024 is a Wednesday: the page of 6/6/2024 dates it all the same
    m = meeting(tmp_path, "Hội nghị ở Đồng Xuân\n\n06/06/2024 08:15\n\nSáng thứ Năm (5/6), Huyện ủy Đồng Xuân tổ chức "
                          "hội nghị sơ kết.\n")
    assert day(m) == "2024-06-05"


@pytest.mark.parametrize("lead, want", [
    # a feast of another faith and its year; a lunar year's name before the common era's year
    ("Sáng 18/12, Ủy ban MTTQ Việt Nam huyện Đồng Xuân đến thăm, chúc mừng Giáo xứ Phú Lạc nhân dịp lễ Giáng "
     "sinh 2023.", "2023-12-18"),
    ("Ngày 19/6, Ủy ban MTTQ Việt Nam huyện Đồng Xuân thăm, chúc mừng Ban Trị sự nhân kỷ niệm ngày khai đạo "
     "(18/5 năm Kỷ Mão 1939 - 18/5 năm Giáp Thìn 2024).", "2024-06-19"),
])
def test_the_year_a_feast_or_a_lunar_year_s_name_gives(tmp_path, lead, want):
    assert day(meeting(tmp_path, f"Chúc mừng ở Đồng Xuân\n\n{lead}\n")) == want


def test_a_signing_is_a_ceremony(tmp_path):
    m = meeting(tmp_path, "Ngày 20-12, Hội Nông dân huyện Đồng Xuân và Phòng Nông nghiệp huyện đã ký kết Chương trình "
                          "phối hợp giai đoạn 2024 - 2026.\n")
    assert m.kind == "Ceremony"


def test_a_meeting_long_before_its_page_s_stamp_keeps_no_year(tmp_path):
    m = meeting(tmp_path, "Hội nghị ở Đồng Xuân\n\n17/01/2024 08:15\n\nSáng 12/5, Huyện ủy Đồng Xuân tổ chức hội nghị "
                          "sơ kết.\n")
    assert day(m) == "--05-12"
    m = meeting(tmp_path, "Hội nghị ở Đồng Xuân\n\n17/01/2024 08:15\n\nSáng 12/10, Huyện ủy Đồng Xuân tổ chức hội nghị "
                          "sơ kết.\n")
    assert day(m) == "2023-10-12"


def test_coming_to_visit_and_work_with_a_body_is_a_working_session(tmp_path):
    m = meeting(tmp_path, "Đoàn đại biểu huyện Đồng Xuân đến thăm và làm việc với Ủy ban MTTQ Việt Nam tỉnh Phú Yên\n\n"
                          "Ngày 12/5, Đoàn đại biểu huyện Đồng Xuân đến thăm và làm việc với Ủy ban MTTQ Việt Nam tỉnh Phú Yên.\n")
    assert m.kind == "WorkingSession"


def test_announcing_an_inspection_decision_is_a_conference(tmp_path):
    m = meeting(tmp_path, "Công bố quyết định kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy tại Huyện ủy Đồng Xuân\n\n"
                          "Ngày 3-3, đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Phú Yên công bố quyết định kiểm tra, giám "
                          "sát năm 2023 đối với Ban Thường vụ Huyện ủy Đồng Xuân.\n")
    assert m.kind == "Conference"


# -- round 4: peers at a congress, framing phrases, delegations acting on a body ----------------------

def test_the_same_organisation_of_other_provinces_attending_a_congress_are_no_guests(tmp_path):
    # (round 13: golds of three splits list the peers who attend a congress as no guests)
    m = meeting(tmp_path, "Đại hội\n\nSáng 18-11-2022, Đại hội đại biểu Hội Nông dân tỉnh Nam Định lần thứ X khai "
                          "mạc.\n\nDự Đại hội có đại diện lãnh đạo các sở, ngành; Hội Nông dân các tỉnh: Thái Bình, "
                          "Ninh Bình và 300 đại biểu.")
    assert hg(m)[0] == ["Hội Nông dân tỉnh Nam Định"]
    assert hg(m)[1] == []


def test_bodies_of_a_framing_phrase_are_not_the_convener(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 6-5-2024, thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy Nam Định, "
                          "Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị kiểm điểm tập thể.")
    assert hg(m)[0] == ["Ban Thường vụ Huyện ủy Hải Hậu"]


def test_a_delegation_after_a_place_acting_on_a_body(tmp_path):
    m = meeting(tmp_path, "Giám sát\n\nSáng 7/11/2022, tại hội trường Bộ CHQS tỉnh, Đoàn Giám sát của Ủy ban Kiểm "
                          "tra Tỉnh ủy Nam Định do đồng chí Lương Văn Hòa dẫn đầu triển khai quyết định giám sát "
                          "chuyên đề đối với Ban Thường vụ Đảng ủy Quân sự tỉnh Nam Định.")
    assert hg(m) == (["Ban Thường vụ Đảng ủy Quân sự tỉnh Nam Định"], ["Ủy ban Kiểm tra Tỉnh ủy Nam Định"])


@pytest.mark.parametrize("lead", [
    "Chiều 29/1/2019, đồng chí Lương Văn Hòa, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương cùng đoàn "
    "công tác đã đến thăm di tích đền Trần.",
    "Chiều 29/1/2019, thay mặt đoàn công tác, Trưởng Ban Nội chính Trung ương Lương Văn Hòa đã thăm hỏi các gia "
    "đình chính sách ở Nam Định.",
])
def test_who_heads_or_speaks_for_a_delegation_brings_it_for_his_body(tmp_path, lead):
    assert hg(meeting(tmp_path, "Thăm\n\n" + lead))[1] == ["Ban Nội chính Trung ương"]


def test_leaders_visiting_in_person_bring_no_body_but_a_joining_one(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nChiều 18-10-2022, đồng chí Lương Văn Hòa (Phó Bí thư Thường trực Tỉnh ủy "
                          "Nam Định) và đồng chí Trịnh Thị Mai (Phó Chủ tịch UBND tỉnh) cùng các đồng chí trong Ban "
                          "Thường vụ Tỉnh ủy Nam Định tới thăm, tặng hoa Hội Liên hiệp Phụ nữ tỉnh Nam Định.")
    assert hg(m) == (["Hội Liên hiệp Phụ nữ tỉnh Nam Định"], [])
    m = meeting(tmp_path, "Thăm\n\nSáng 20-10-2023, đoàn do đồng chí Lương Văn Hòa, Chủ tịch Hội Nông dân tỉnh Nam "
                          "Định làm trưởng đoàn phối hợp với Hội Nông dân tỉnh Thái Bình đến thăm, tặng quà hội viên.")
    assert "Hội Nông dân tỉnh Thái Bình" in hg(m)[1]


@pytest.mark.parametrize("text, kind", [
    ("Đoàn đại biểu\n\nSáng 20-12-2023, đoàn đại biểu dự Đại hội Hội Nông dân Việt Nam do ông Lương Văn Hòa làm "
     "trưởng đoàn đến thăm, tặng quà hội viên.", "Visit"),
    ("Ban Chấp hành Hội Cựu chiến binh xã Hải Đông ra mắt đại hội\n\nNgày 2-3-2022, Hội Cựu chiến binh xã Hải Đông "
     "tổ chức đại hội.", "Congress"),
])
def test_a_delegation_to_a_congress_is_not_the_congress_and_presenting_to_one_is(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_another_delegation_later_in_the_article_does_not_lead_the_meeting(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNgày 20/5/2021, Đoàn do ông Lương Văn Hòa, Phó Chủ tịch UBMTTQVN tỉnh Nam Định làm "
                          "Trưởng đoàn đã thăm, tặng quà các cơ sở tôn giáo.\n\nCùng ngày, Đoàn công tác của Bộ CHQS "
                          "tỉnh do Đại tá Trịnh Văn Mạnh, Phó Chính ủy Bộ CHQS tỉnh Nam Định làm Trưởng đoàn đã đến "
                          "thăm các chùa.")
    assert m.leaders == ["Lương Văn Hòa"]


def test_a_convention_centre_is_a_place_not_a_conference(tmp_path):
    m = meeting(tmp_path, "Công tác tuyên giáo\n\nChiều 14-6-2022, tại Trung tâm Hội nghị tỉnh, Ban Thường vụ Tỉnh ủy Nam "
                          "Định làm việc với đoàn công tác Ban Tuyên giáo Trung ương.")
    assert m.kind == "WorkingSession"


def test_who_opens_a_meeting_no_body_convenes_opens_it_for_his_body(tmp_path):
    m = meeting(tmp_path, "Kỳ họp bất thường\n\nTham dự kỳ họp có 80 đại biểu.\n\nPhát biểu khai mạc, Chủ tịch HĐND "
                          "tỉnh Nam Định Lương Văn Hòa cho biết kỳ họp xem xét công tác nhân sự.")
    assert hg(m)[0] == ["Hội đồng nhân dân tỉnh Nam Định"]


def test_receiving_a_delegation_is_a_visit_hosted_by_who_receives(tmp_path):
    m = meeting(tmp_path, "Đón đoàn\n\nSáng 12-5-2024, Ban Thường vụ Tỉnh ủy Nam Định đón đoàn đại biểu cấp cao tỉnh "
                          "Thái Bình do đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Thái Bình dẫn đầu.")
    assert m.kind == "Visit" and hg(m)[0] == ["Ban Thường vụ Tỉnh ủy Nam Định"]


@pytest.mark.parametrize("text, kind", [
    ("Tôn vinh phụ nữ điển hình tiên tiến\n\nSáng ngày 5/3/2015, Hội LHPN tỉnh Nam Định tổ chức hội nghị biểu "
     "dương phụ nữ điển hình tiên tiến.", "Conference"),
    ("Bà Lương Thị Hoa chúc mừng tân Chủ tịch Hội LHPN tỉnh Nam Định\n\nSáng 14/8/2025, Hội LHPN tỉnh Nam Định "
     "tổ chức Hội nghị Ban Chấp hành để bầu Chủ tịch.", "Conference"),
])
def test_the_event_the_lead_says_was_organised_is_the_meeting(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


@pytest.mark.parametrize("text", [
    "Hiệp thương\n\nHội nghị hiệp thương diễn ra ở Nam Định.\n\n(Trước đó, ngày 4-9, Thường trực Tỉnh ủy "
    "công bố quyết định luân chuyển một số cán bộ.)",
    "Hội nghị\n\nHội nghị quán triệt Nghị quyết liên tịch số 09/2018/NQLT/HĐND-UBND-MTTQ, ngày 22/06/2018 "
    "của Hội đồng nhân dân tỉnh Nam Định.",
    "Hội nghị\n\nHội nghị bàn việc chuẩn bị bầu cử ở Nam Định; các tổ bầu cử nộp biên bản cho Ủy ban bầu cử xã "
    "chậm nhất vào ngày 21/4/2021.",
])
def test_another_events_a_documents_and_a_deadlines_dates_are_not_the_meetings(tmp_path, text):
    assert day(meeting(tmp_path, text)) is None


def test_the_lead_names_whom_a_delegation_visited_in_its_next_sentence(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 12-5-2022, đoàn lãnh đạo Tỉnh ủy, UBND tỉnh Nam Định do đồng chí Lương Văn Hòa "
                          "làm Trưởng đoàn đi thăm một số tổ chức Phật giáo trong tỉnh.\n\nỞ huyện Hải Hậu, đồng chí "
                          "Lương Văn Hòa trao lẵng hoa chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu.")
    assert hg(m) == (["Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu"],
                     ["Tỉnh ủy Nam Định", "Ủy ban nhân dân tỉnh Nam Định"])


def test_the_body_whose_congress_a_delegation_attends_is_not_in_the_subject(tmp_path):
    m = meeting(tmp_path, "Ra mắt\n\nNgày 2-3-2022, Ban Chấp hành Hội Cựu chiến binh xã Hải Đông và đoàn đại biểu dự "
                          "Đại hội Hội Cựu chiến binh huyện Hải Hậu ra mắt đại hội.")
    assert hg(m)[0] == ["Hội Cựu chiến binh xã Hải Đông"]


def test_the_visited_listed_after_gom(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNgày 20/5/2021, đoàn do ông Lương Văn Hòa làm trưởng đoàn đã thăm, chúc mừng các cơ "
                          "sở tôn giáo trên địa bàn, gồm: Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định; Hội "
                          "Cựu chiến binh tỉnh Nam Định.")
    assert hg(m)[0] == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định", "Hội Cựu chiến binh tỉnh Nam Định"]


@pytest.mark.parametrize("text", [
    "Đồng chí Chủ tịch UBND tỉnh tiếp đoàn đại biểu thành phố Gimhae\n\nChiều 21/6/2024, đoàn đại biểu thành phố "
    "Gimhae (Hàn Quốc) đã đến thăm, làm việc tại tỉnh Nam Định.",
    "Tiếp đoàn\n\nChiều 21/6/2024, đồng chí Lương Văn Hòa, Chủ tịch UBND tỉnh Nam Định tiếp đoàn đại biểu thành phố "
    "Gimhae.",
])
def test_a_lone_official_receives_for_his_body(tmp_path, text):
    assert hg(meeting(tmp_path, text))[0] == ["Ủy ban nhân dân tỉnh Nam Định"]


def test_a_body_written_before_its_numbered_congress_holds_it(tmp_path):
    m = meeting(tmp_path, "Tin Hải Hậu\n\nNgày 10 và 11-2-2020, Huyện đoàn Hải Hậu Đại hội lần thứ VIII, "
                          "nhiệm kỳ 2020-2025.")
    assert hg(m)[0] == ["Huyện đoàn Hải Hậu"]


def test_a_body_owned_by_a_noun_in_the_subject_is_no_convener(tmp_path):
    m = meeting(tmp_path, "Hiệp thương\n\nSáng 15-3-2019, sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định thông "
                          "qua các văn bản của Tỉnh ủy Nam Định về công tác cán bộ, hội nghị tiến hành hiệp thương.")
    assert "Tỉnh ủy Nam Định" not in hg(m)[0]


@pytest.mark.parametrize("text, chairs", [
    ("Hội nghị\n\nSáng 9/6/2021, Ủy ban MTTQ phường 7 họp giao ban. Dự và chủ trì hội nghị có bà Lương "
     "Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường 7; dự họp còn có đại diện các đoàn thể.", ["Lương Thị Hoa"]),
    ("Làm việc\n\nChiều 17-5-2023, dưới sự chủ trì của đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định, Ban Thường vụ "
     "Tỉnh ủy Nam Định đã làm việc với Ban Thường vụ Tỉnh ủy Thái Bình do đồng chí Trịnh Văn Mạnh, Phó Bí thư Tỉnh "
     "ủy Thái Bình dẫn đầu.", ["Lương Văn Hòa"]),
    ("Hội nghị trực tuyến\n\nSáng 19/9/2023, Ủy ban MTTQ tỉnh Nam Định tổ chức hội nghị trực tuyến.\n\nChủ trì tại "
     "điểm cầu huyện có ông Lương Văn Hòa, Chủ tịch Ủy ban MTTQ huyện Hải Hậu.", []),
    ("Hội nghị\n\nSáng 19/9/2023, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định chủ trì hội nghị có sự tham dự của "
     "đồng chí Trịnh Văn Mạnh, Phó Bí thư Tỉnh ủy.", ["Lương Văn Hòa"]),
])
def test_who_chairs(tmp_path, text, chairs):
    assert meeting(tmp_path, text).chairs == chairs


@pytest.mark.parametrize("text, leaders", [
    ("Tổng kết\n\nSáng 12/1/2020, Hội LHPN tỉnh Nam Định tổ chức hội nghị tổng kết. Bà Lương Thị Hoa, Chủ tịch Hội "
     "LHPN tỉnh Nam Định nhận Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019”.", []),
    ("Họp mặt\n\nChiều 4-1-2011, Tỉnh ủy Nam Định họp mặt đoàn đại biểu. Theo thông báo, Bí thư Tỉnh ủy Nam Định "
     "Lương Văn Hòa được chỉ định làm Trưởng đoàn.", []),
    ("Chúc mừng\n\nNhân kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh, chiều 23/3/2018, đoàn lãnh đạo Tỉnh ủy Nam Định "
     "do Bí thư Tỉnh ủy Lương Văn Hòa dẫn đầu đã đến chúc mừng Tỉnh đoàn Nam Định.", ["Lương Văn Hòa"]),
])
def test_who_leads(tmp_path, text, leaders):
    assert meeting(tmp_path, text).leaders == leaders


def test_who_organises_a_visit_are_the_visitors(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nNgày 8/4/2014, Ban Dân vận Tỉnh ủy Nam Định, Ủy ban Dân tộc phối hợp với huyện "
                          "Hải Hậu tổ chức thăm và chúc Tết các vị sư sãi.")
    assert hg(m) == ([], ["Ban Dân vận Tỉnh ủy Nam Định", "Ủy ban Dân tộc"])


def test_receiving_donations_is_a_ceremony(tmp_path):
    m = meeting(tmp_path, "Bình ô-xy\n\nSáng 9/8/2021, ông Lương Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định, "
                          "tiếp nhận 500 bình ô-xy y tế do một doanh nghiệp trao tặng.")
    assert m.kind == "Ceremony"


def test_offering_incense_is_a_ceremony(tmp_path):
    m = meeting(tmp_path, "Lãnh đạo Ban Dân vận Trung ương dâng hương tưởng niệm ở đền Trần\n\nSáng 14-8-2021, "
                          "đoàn do đồng chí Lương Văn Hòa dẫn đầu dâng hương, dâng hoa tại đền Trần, Nam Định.")
    assert m.kind == "Ceremony"


def test_a_get_together_where_a_visit_is_thanked_is_a_visit(tmp_path):
    m = meeting(tmp_path, "Gặp mặt\n\nTại buổi gặp mặt, ông Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định cám ơn Thường trực Hội "
                          "Cựu chiến binh Việt Nam đã đến thăm tỉnh.")
    assert m.kind == "Visit"


def test_a_councils_session_is_hosted_by_the_council(tmp_path):
    # "kỳ họp thứ N, HĐND tỉnh X khóa Y": the council named past the session's numbering hosts it
    m = meeting(tmp_path, "Bế mạc kỳ họp\n\nChiều 22/7/2022, kỳ họp thứ 7, Hội đồng nhân dân tỉnh Quảng Bình "
                          "khóa XVIII đã bế mạc. Dự họp có đồng chí Trần Văn Bảy, Bí thư Tỉnh ủy.\n")
    assert [b.name for b in m.hosts] == ["Hội đồng nhân dân tỉnh Quảng Bình"]
    m = meeting(tmp_path, "Bầu chức danh\n\nChiều 9/10/2024, tại kỳ họp thứ 17 (chuyên đề), HĐND tỉnh "
                          "Cao Bằng khóa XVII đã bầu đồng chí Lê Văn Tám làm Chủ tịch UBND tỉnh.\n")
    assert [b.name for b in m.hosts] == ["Hội đồng nhân dân tỉnh Cao Bằng"]


def test_a_session_named_for_no_council_has_no_session_host(tmp_path):
    # the session word then a body that is not a council: no host read from it
    m = meeting(tmp_path, "Kỳ họp\n\nSáng 14/8/2023, kỳ họp thứ 3, Ủy ban nhân dân tỉnh Quảng Trị "
                          "báo cáo tình hình kinh tế.\n")
    assert m is None or all("Hội đồng nhân dân" not in b.name for b in m.hosts)


def test_a_numbered_conference_is_hosted_by_its_committee(tmp_path):
    # "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh X": the owner follows the ordinal
    m = meeting(tmp_path, "Đánh giá 6 tháng\n\nSáng 28/6/2023, Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ "
                          "tỉnh Quảng Ngãi đánh giá tình hình 6 tháng đầu năm.\n")
    assert [b.name for b in m.hosts] == ["Tỉnh ủy Quảng Ngãi"]


def test_a_plenum_whose_resolution_is_studied_does_not_host(tmp_path):
    # "quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương": cited, not held here
    m = meeting(tmp_path, "Quán triệt nghị quyết\n\nSáng 28/6/2023, hội nghị quán triệt Nghị quyết Hội nghị "
                          "lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII được tổ chức tại huyện Đô Lương.\n")
    assert all("Trung ương" not in b.name for b in m.hosts)


def test_a_meeting_that_prepares_a_session_is_not_the_councils(tmp_path):
    # "họp chuẩn bị kỳ họp thứ 12, HĐND tỉnh X": the session is what is prepared, not held
    m = meeting(tmp_path, "Họp chuẩn bị\n\nChiều 1/11/2022, đồng chí Trần Văn Bảy chủ trì cuộc họp chuẩn bị "
                          "kỳ họp thứ 9, Hội đồng nhân dân tỉnh Quảng Bình khóa XVIII.\n")
    assert all("Hội đồng nhân dân" not in b.name for b in m.hosts)


# -- a delegation's trip over the lead: every stop, who goes with it -----------------------------------

def test_the_stops_a_delegation_lists_in_a_later_sentence_all_host(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nDịp Đại lễ Phật đản, sáng 14-5, đoàn lãnh đạo Tỉnh ủy, UBND tỉnh Nam Định đi thăm "
                          "chức sắc và tổ chức Phật giáo trong tỉnh.\n\nĐoàn lần lượt tới thăm, tặng quà Hòa thượng "
                          "Thích Minh Tâm (chùa An Lạc) cùng hai tổ chức Phật giáo: Ban Trị sự Giáo hội "
                          "Phật giáo Việt Nam huyện Hải Hậu và Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Giao "
                          "Thủy.\n")
    hosts, guests = hg(m)
    assert hosts == ["Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu",
                     "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Giao Thủy"]
    assert "Tỉnh ủy Nam Định" in guests


def test_the_visitors_greetings_passed_on_do_not_make_them_the_host(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nChiều 22/12, ông Lương Văn Hòa dẫn đoàn công tác Ủy ban Trung ương MTTQ Việt Nam "
                          "tới thăm đồng bào Công giáo tỉnh Nam Định.\n\nÔng Lương Văn Hòa chuyển tới Hội Cựu chiến "
                          "binh tỉnh Nam Định lời chúc mừng của lãnh đạo Ủy ban Trung ương MTTQ Việt Nam.\n")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" not in hg(m)[0]


@pytest.mark.parametrize("companions, want", [
    ("Cùng đi với đoàn có đại diện lãnh đạo Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy Nam Định.",
     ["Ban Dân vận Tỉnh ủy Nam Định", "Văn phòng Tỉnh ủy Nam Định"]),
    # a companion named with titles goes for the body of the title he acts under, not a membership
    ("Tham gia cùng đoàn công tác có bà Đỗ Thị Quyên, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]),
])
def test_who_goes_with_a_visiting_delegation_is_a_guest(tmp_path, companions, want):
    m = meeting(tmp_path, "Thăm\n\nChiều 4-12, Đoàn công tác của Hội Nông dân tỉnh Nam Định do đồng chí Lương Văn "
                          f"Hòa làm Trưởng đoàn đã đến thăm, chúc mừng Hội Cựu chiến binh tỉnh Nam Định.\n\n{companions}\n")
    hosts, guests = hg(m)
    assert hosts == ["Hội Cựu chiến binh tỉnh Nam Định"]
    assert guests == ["Hội Nông dân tỉnh Nam Định"] + want


@pytest.mark.parametrize("lead, want", [
    # a leader heads a delegation named for its body, with no "của"
    ("Vừa qua, ông Lương Văn Hòa, Phó Chủ tịch HĐND tỉnh Nam Định đã dẫn đầu Đoàn công tác HĐND tỉnh khảo "
     "sát về tình hình hoạt động của chính quyền cấp xã.", ([], ["Hội đồng nhân dân tỉnh Nam Định"])),
    # ... and the body it works at, right after the delegation's own, hosts
    ("Ngày 25-4, bà Trịnh Thị Mai, Trưởng ban Dân vận Trung ương làm Trưởng đoàn Đoàn Kiểm tra của Ban Dân "
     "vận Trung ương tại Đảng đoàn Hội Nông dân Việt Nam.",
     (["Đảng đoàn Hội Nông dân Việt Nam"], ["Ban Dân vận Trung ương"])),
])
def test_a_delegation_a_leader_heads_is_the_guest(tmp_path, lead, want):
    assert hg(meeting(tmp_path, f"Khảo sát\n\n{lead}\n")) == want


def test_a_meeting_named_for_its_body_is_its_own_and_a_session_named_convenes_none(tmp_path):
    m = meeting(tmp_path, "Họp\n\nCuộc họp tập thể UBND tỉnh Nam Định vừa diễn ra, dưới sự chủ trì của ông Lương Văn "
                          "Hòa, Chủ tịch UBND tỉnh, để nghe báo cáo các dự thảo Nghị quyết trình HĐND tỉnh tại kỳ họp "
                          "cuối năm, Hội đồng nhân dân tỉnh Nam Định.\n")
    assert hg(m)[0] == ["Ủy ban nhân dân tỉnh Nam Định"]


def test_the_dignitaries_of_a_body_visited_do_not_make_it_the_host(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nNhân dịp Đại lễ Phật đản, ngày 29/4, bà Trịnh Thị Mai đã đến thăm và chúc mừng "
                          "các vị chức sắc Giáo hội Phật giáo Việt Nam: Hòa thượng Thích Minh Tâm, Trụ trì chùa An "
                          "Lạc.\n")
    assert hg(m)[0] == []


@pytest.mark.parametrize("lead", [
    "Tại hội nghị, được sự thống nhất của Ban Thường vụ Tỉnh ủy Nam Định, Ban Chấp hành Hội LHPN tỉnh Nam Định "
    "đã tiến hành kiện toàn và bầu bổ sung chức danh Phó Chủ tịch Hội đối với bà Trịnh Thị Mai.",
    # the members who are convened ("được triệu tập") convene nothing; they elect
    "Tại hội nghị, 30/30 thành viên Ban Chấp hành Hội LHPN tỉnh Nam Định được triệu tập đã thống nhất bầu bà "
    "Trịnh Thị Mai giữ chức Chủ tịch.",
])
def test_an_executive_committee_that_elects_hosts_as_itself(tmp_path, lead):
    m = meeting(tmp_path, "Thường trực Hội LHPN tỉnh tặng hoa chúc mừng đồng chí Trịnh Thị Mai.\n\n"
                          f"Hội nghị\n\n{lead}\n")
    assert hg(m) == (["Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Nam Định"], [])


def test_a_congress_is_the_organisations_not_its_executive_committees(tmp_path):
    m = meeting(tmp_path, "Đại hội\n\nSáng 12-5-2022, Đại hội lần thứ X khai mạc tại tỉnh Nam Định."
                          "\n\nBan Chấp hành Hội Nông dân tỉnh Nam Định khóa X bầu đồng chí Lương Văn Hòa làm Chủ "
                          "tịch.\n")
    assert hg(m)[0] == ["Hội Nông dân tỉnh Nam Định"]


def test_talks_are_a_working_session_of_the_subject_with_its_counterparts(tmp_path):
    # (conventions, round 13: talks between two sides' delegations are a WorkingSession)
    m = meeting(tmp_path, "Hội đàm\n\nSáng 12/11, Hội Liên hiệp Phụ nữ tỉnh Nam Định đã hội đàm và ký kết biên bản ghi "
                          "nhớ với Hội Nông dân tỉnh Thái Bình.\n")
    assert m.kind == "WorkingSession"
    assert hg(m) == (["Hội Liên hiệp Phụ nữ tỉnh Nam Định"], ["Hội Nông dân tỉnh Thái Bình"])


def test_a_body_the_meeting_is_held_at_is_not_the_visitor(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 6/4, tại Hội Cựu chiến binh tỉnh Nam Định, Đoàn công tác của Hội Nông dân Việt "
                          "Nam do ông Lương Văn Hòa làm trưởng đoàn đã đến thăm, tặng quà các hội viên tiêu biểu.\n")
    assert hg(m)[1] == ["Hội Nông dân Việt Nam"]


def test_another_days_stops_are_not_the_visits_hosts(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 6/4, Đoàn công tác của Hội Nông dân Việt Nam do ông Lương Văn Hòa làm trưởng "
                          "đoàn đã đến thăm, tặng quà các hội viên tiêu biểu tỉnh Nam Định.\n\nTrước đó, ngày 5/4, đoàn "
                          "đã đến thăm Hội Cựu chiến binh tỉnh Thái Bình.\n")
    assert hg(m) == ([], ["Hội Nông dân Việt Nam"])


def test_an_official_whose_body_is_unnamed_working_with_a_body_makes_it_the_host(tmp_path):
    m = meeting(tmp_path, "Bộ trưởng Lương Văn Hòa làm việc với UBND tỉnh Nam Định\n\nSáng 20/2, Bộ trưởng Lương Văn "
                          "Hòa đề nghị tỉnh chú trọng an sinh xã hội.\n")
    assert hg(m) == (["Ủy ban nhân dân tỉnh Nam Định"], [])


def test_a_guest_received_at_a_bodys_seat_is_received_by_that_body(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 5/2, Phó Thủ tướng Chính phủ Lương Văn Hòa về thăm, chúc Tết cán bộ và nhân dân "
                          "tỉnh Nam Định.\n\nTiếp đoàn tại trụ sở Tỉnh ủy có đồng chí Trịnh Thị Mai, Bí thư Tỉnh ủy "
                          "Nam Định.\n")
    assert hg(m)[0] == ["Tỉnh ủy Nam Định"]


def test_a_body_forming_a_delegation_to_visit_is_the_visitor(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 23-1, Hội Nông dân xã Hải Đông tổ chức đoàn đến thăm, động viên các hộ nông dân "
                          "trồng hoa trên địa bàn.\n")
    assert hg(m) == ([], ["Hội Nông dân xã Hải Đông"])


@pytest.mark.parametrize("lead, want", [
    ("Chiều 19/8, tại TP Nam Định (Nam Định) đã diễn ra Lễ ký kết chương trình phối hợp giữa Hội Nông dân tỉnh Nam "
     "Định và Hội Nông dân tỉnh Thái Bình.", (["Hội Nông dân tỉnh Nam Định"], ["Hội Nông dân tỉnh Thái Bình"])),
    ("Sáng 26/11, tại hội trường UBND tỉnh Nam Định đã diễn ra lễ ký kết quy chế phối hợp giữa Kiểm toán Nhà nước "
     "với UBND tỉnh Nam Định.", (["Ủy ban nhân dân tỉnh Nam Định"], ["Kiểm toán Nhà nước"])),
    # two parties of one province, none named where it is held: no host told
    ("Sáng 26/11 đã diễn ra lễ ký kết chương trình phối hợp giữa Hội Nông dân tỉnh Nam Định và Tỉnh đoàn Nam Định.",
     ([], [])),
])
def test_the_party_at_home_hosts_a_signing(tmp_path, lead, want):
    assert hg(meeting(tmp_path, f"Ký kết\n\n{lead}\n")) == want


def test_who_attends_is_not_the_subject_of_a_later_clause(tmp_path):
    m = meeting(tmp_path, "Họp tháng 2\n\nTham dự cuộc họp có lãnh đạo UBND huyện Hải Hậu; Thường trực HĐND huyện Hải "
                          "Hậu đã tổ chức 2 cuộc giám sát.\n")
    assert "Ủy ban nhân dân huyện Hải Hậu" not in hg(m)[0]


def test_the_venue_a_visited_body_is_met_at_is_no_host(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nSáng 12/1, đoàn công tác của Tỉnh ủy Nam Định đã đến thăm, chúc Tết Ban Trị sự Giáo "
                          "hội Phật giáo Việt Nam tỉnh Nam Định tại chùa Cổ Lễ.\n")
    assert hg(m)[0] == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định"]


@pytest.mark.parametrize("lead", [
    # the body gone to, before the visit verb
    "Sáng 23-12, đoàn công tác của Hội Nông dân tỉnh Nam Định do ông Lương Văn Hòa làm trưởng đoàn đã đến Hội Cựu "
    "chiến binh tỉnh Thái Bình thăm, chúc mừng ngày thành lập.",
    # the body visited at, with no other object
    "Chiều 16/12, đoàn công tác của Hội Nông dân tỉnh Nam Định do ông Lương Văn Hòa làm trưởng đoàn đã đến thăm, "
    "chúc mừng ngày thành lập tại Hội Cựu chiến binh tỉnh Thái Bình.",
])
def test_the_body_a_delegation_goes_to_is_the_host(tmp_path, lead):
    assert hg(meeting(tmp_path, f"Chúc mừng\n\n{lead}\n")) == (["Hội Cựu chiến binh tỉnh Thái Bình"],
                                                             ["Hội Nông dân tỉnh Nam Định"])


def test_a_person_congratulated_in_a_caption_names_no_visit(tmp_path):
    m = meeting(tmp_path, "Thường trực Hội LHPN tỉnh tặng hoa chúc mừng đồng chí Trịnh Thị Mai.\n\nTại hội nghị, Ban Chấp "
                          "hành Hội LHPN tỉnh Nam Định đã bầu bổ sung đồng chí Trịnh Thị Mai giữ chức Phó Chủ tịch.\n")
    assert m.kind == "Conference"


def test_a_delegation_named_for_no_body_still_tells_the_body_it_acts_on(tmp_path):
    m = meeting(tmp_path, "Công bố quyết định kiểm tra\n\nĐoàn kiểm tra số 04 do ông Lương Văn Hòa làm Trưởng đoàn sẽ kiểm "
                          "tra, giám sát đối với Ban Thường vụ Tỉnh ủy Nam Định.\n")
    assert hg(m) == (["Ban Thường vụ Tỉnh ủy Nam Định"], [])


@pytest.mark.parametrize("lead, not_host", [
    # a body heard at the meeting convenes none
    ("Tại Hội nghị, đại biểu được nghe UBND xã Hải Đông triển khai kế hoạch bầu cử.", "Ủy ban nhân dân xã Hải Đông"),
    # nor one only owning the documents passed
    ("Sau khi nghe Ban Thường trực Ủy ban MTTQ tỉnh Nam Định thông qua các văn bản của Tỉnh ủy Nam Định, Hội nghị "
     "tiến hành hiệp thương.", "Tỉnh ủy Nam Định"),
])
def test_bodies_heard_or_owning_a_document_are_no_conveners(tmp_path, lead, not_host):
    assert not_host not in hg(meeting(tmp_path, f"Hội nghị\n\n{lead}\n"))[0]


def test_the_occasion_a_lead_opens_with_names_no_visitor(tmp_path):
    m = meeting(tmp_path, "Về nguồn\n\nChào mừng 79 năm cuộc Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam, Đoàn "
                          "đại biểu Quốc hội tỉnh Nam Định về thăm và dâng hương ở Khu di tích.\n")
    assert "Quốc hội" not in hg(m)[1]


def test_the_bodies_an_oversight_is_done_at_are_the_guests_of_its_meeting(tmp_path):
    m = meeting(tmp_path, "Họp\n\nNgày 01/7/2020, Thường trực HĐND tỉnh Nam Định tổ chức cuộc họp để thảo luận dự thảo báo "
                          "cáo giám sát kết quả xây dựng nông thôn mới tại UBND huyện Hải Hậu và UBND huyện Giao Thủy.\n")
    assert hg(m) == (["Thường trực Hội đồng nhân dân tỉnh Nam Định"],
                     ["Ủy ban nhân dân huyện Hải Hậu", "Ủy ban nhân dân huyện Giao Thủy"])


def test_a_central_delegations_local_escort_goes_as_its_guest(tmp_path):
    # (docs/conventions.md: who goes along with the visitors is on their side, local or not)
    m = meeting(tmp_path, "Chúc Tết\n\nChiều 27/1, Trưởng đoàn Lương Văn Hòa cùng đoàn công tác Ủy ban Trung ương MTTQ "
                          "Việt Nam tới chúc Tết Hội Cựu chiến binh tỉnh Nam Định.\n\nĐi cùng đoàn có "
                          "lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Nam Định.\n")
    assert hg(m)[1] == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]


@pytest.mark.parametrize("text, want", [
    ("Hội Nông dân tỉnh Nam Định ký kết chương trình phối hợp với Hội Nông dân tỉnh Thái Bình\n\nSáng 5/3, hai bên "
     "đã ký kết chương trình phối hợp.", (["Hội Nông dân tỉnh Nam Định"], ["Hội Nông dân tỉnh Thái Bình"])),
    ("Hội Nông dân tỉnh Nam Định và Hội Nông dân tỉnh Thái Bình ký kết phối hợp\n\nNgày 01/7/2023, tại trụ sở làm "
     "việc cơ quan Hội Nông dân tỉnh Thái Bình diễn ra Hội nghị ký kết chương trình phối hợp.",
     (["Hội Nông dân tỉnh Thái Bình"], ["Hội Nông dân tỉnh Nam Định"])),
    ("Ký kết\n\nNgày 20-12, Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định và Hội Nông dân tỉnh Nam Định đã "
     "ký kết chương trình phối hợp.", (["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định",
                                          "Hội Nông dân tỉnh Nam Định"], [])),
])
def test_signing_parties_as_subject_and_partner(tmp_path, text, want):
    assert hg(meeting(tmp_path, text + "\n")) == want


def test_the_bodies_that_go_with_a_leader_are_visitors_too(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nSáng 6/3/2020, Thường trực Huyện ủy Hải Hậu do ông Lương Văn Hòa, Bí thư Huyện ủy "
                          "dẫn đầu và Thường trực HĐND huyện Hải Hậu, lãnh đạo UBND huyện Hải Hậu đã đến thăm, chúc mừng "
                          "Hội Liên hiệp Phụ nữ huyện Hải Hậu.\n")
    assert hg(m) == (["Hội Liên hiệp Phụ nữ huyện Hải Hậu"],
                     ["Thường trực Huyện ủy Hải Hậu", "Thường trực Hội đồng nhân dân huyện Hải Hậu",
                      "Ủy ban nhân dân huyện Hải Hậu"])


def test_an_abbreviations_dot_does_not_end_the_visited(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nSáng 31/5/2023, lãnh đạo Huyện ủy Hải Hậu đã đến thăm chúc mừng đại lễ Phật đản "
                          "PL.2567 - DL.2023 đến chư tăng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu.\n")
    assert hg(m)[0] == ["Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu"]


def test_the_bodies_of_those_who_receive_a_delegation_host_it(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nSáng 20/1, đoàn Hội thánh đến thăm, chúc Tết huyện Hải Hậu.\n\nTiếp đoàn có đồng chí "
                          "Lương Văn Hòa, Phó Chủ tịch UBND huyện và lãnh đạo Ban Dân vận Huyện ủy Hải Hậu, Ủy ban MTTQ "
                          "Việt Nam huyện Hải Hậu.\n")
    assert hg(m)[0] == ["Ban Dân vận Huyện ủy Hải Hậu", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hậu"]


def test_a_delegation_received_by_an_official_of_no_named_body_is_still_the_guest(tmp_path):
    m = meeting(tmp_path, "Tiếp đoàn\n\nChiều 3/12, tại trụ sở Trung ương Đảng, ông Lương Văn Hòa, Thường trực Ban Bí "
                          "thư tiếp đoàn cán bộ Hội Nông dân tỉnh Thái Bình.\n")
    assert hg(m)[1] == ["Hội Nông dân tỉnh Thái Bình"]


@pytest.mark.parametrize("text, want", [
    # his title before his name, and a central title whose body it implies
    ("Tiếp đoàn\n\nSáng 4/3, Bí thư Tỉnh ủy Thái Bình Lương Văn Hòa vui mừng được tiếp đón đoàn công tác Hội Nông "
     "dân tỉnh Nam Định đến thăm.", ["Tỉnh ủy Thái Bình"]),
    ("Tiếp đoàn\n\nNgày 5/3, tại Hà Nội, ông Lương Văn Hòa, Thường trực Ban Bí thư đã tiếp Đoàn cán bộ Hội Nông dân "
     "tỉnh Nam Định.", ["Ban Bí thư"]),
    # talks with a person: the official's body hosts
    ("Hội đàm\n\nNgày 6/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Lương Văn Hòa đã hội đàm với ông Đào Duy Khánh, "
     "Chủ tịch tỉnh Sa Lạp.", ["Bộ Ngoại giao"]),
    # who is received by an agent ("được Thủ tướng B tiếp") receives nothing
    ("Tiếp\n\nNgày 7/3, ông Lương Văn Hòa, Chủ tịch Hội Nông dân tỉnh Nam Định đã được Thủ tướng Đào Duy Khánh tiếp.",
     []),
])
def test_a_lone_official_who_receives_hosts_for_the_body_of_his_title(tmp_path, text, want):
    assert hg(meeting(tmp_path, text + "\n"))[0] == want


def test_who_the_received_delegation_is_made_of_are_its_guests(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nSáng 20/12/2021, tại nhà thờ Hải Hậu, Mục sư Lương Văn Hòa, Trưởng Ban Đại diện "
                          "Tin Lành tỉnh Nam Định, đã tiếp đón đoàn chính quyền tỉnh Nam Định đến thăm.\n\nPhía chính "
                          "quyền gồm có đại diện Ban Tôn giáo tỉnh Nam Định (Sở Nội vụ), Ban Dân vận Tỉnh ủy Nam Định.\n")
    assert hg(m)[1] == ["Ban Tôn giáo tỉnh Nam Định", "Ban Dân vận Tỉnh ủy Nam Định"]


def test_who_welcome_the_delegation_host_it(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nSáng 20/1, đoàn Hội thánh đến thăm, chúc Tết huyện Hải Hậu.\n\nĐón tiếp đoàn có "
                          "đồng chí Lương Văn Hòa, Phó Chủ tịch UBND huyện và lãnh đạo Ủy ban MTTQ Việt Nam huyện Hải Hậu.\n")
    assert hg(m)[0] == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hậu"]


def test_another_stop_of_the_delegation_names_its_guests_not_this_meetings_host(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nSáng 6/4, tại chùa Hải Hậu, đoàn công tác Trung ương do ông Lương Văn Hòa làm trưởng "
                          "đoàn đã đến thăm, chúc Tết đồng bào.\n\nTrước đó, ngày 5/4, Đoàn công tác của Ủy ban Trung "
                          "ương MTTQ Việt Nam đã đến thăm Hội Nông dân tỉnh Nam Định.\n")
    assert hg(m) == ([], ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"])


def test_the_delegations_own_sentence_lists_its_stops_after_a_caption_of_one(tmp_path):
    m = meeting(tmp_path, "Chúc mừng Phật đản\n\nNgày 5/5/2022, Đoàn lãnh đạo Huyện ủy Hải Hậu do ông Lương Văn Hòa làm "
                          "Trưởng Đoàn đã đến thăm, chúc mừng các cơ sở Phật giáo trên địa bàn huyện.\n\nÔng Lương Văn "
                          "Hòa thăm, tặng quà Chùa Phúc Lâm (xã Hải Đông).\n\nĐoàn đã đến thăm, chúc mừng Chùa Phúc Lâm, "
                          "Chùa Vân Đài, xã Hải Đông; Chùa Hưng Phúc, xã Hải Tây.\n")
    assert hg(m) == (["Chùa Phúc Lâm", "Chùa Vân Đài", "Chùa Hưng Phúc"], ["Huyện ủy Hải Hậu"])


def test_the_visited_listed_after_a_colon(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nNgày 23/5/2023, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Nam Định đến thăm: Ban "
                          "Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định, Chùa Phúc Lâm.\n")
    assert hg(m)[0] == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định", "Chùa Phúc Lâm"]


def test_the_headline_names_the_guests_the_lead_leaves_out(tmp_path):
    m = meeting(tmp_path, "Lãnh đạo Trung ương Hội Nông dân Việt Nam làm việc tại Hội Nông dân tỉnh Nam Định\n\n"
                          "Sáng 8/7, đồng chí Lương Văn Hòa, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam có buổi "
                          "làm việc với Hội Nông dân tỉnh Nam Định về công tác hội.\n")
    assert hg(m) == (["Hội Nông dân tỉnh Nam Định"], ["Hội Nông dân Việt Nam"])


def test_who_closes_a_conference_by_his_title_alone_hosts_it_for_his_body(tmp_path):
    m = meeting(tmp_path, "Tổng kết công tác dân vận năm 2019\n\nPhát biểu bế mạc hội nghị, đồng chí Bí thư Tỉnh ủy Nam "
                          "Định ghi nhận tinh thần trách nhiệm của các đại biểu.\n")
    assert hg(m)[0] == ["Tỉnh ủy Nam Định"]


def test_the_officials_who_receive_a_visit_host_it_for_their_bodies(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nSáng ngày 22/1/2025, Đoàn đại biểu Hội Nông dân tỉnh Thái Bình đến thăm, chúc Tết HĐND, "
                          "UBND huyện Hải Hậu. Bí thư Huyện ủy Hải Hậu – Lương Văn Hòa, Chủ tịch UBND huyện – Đào Duy Khánh "
                          "tiếp đoàn.\n")
    assert hg(m) == (["Hội đồng nhân dân huyện Hải Hậu", "Ủy ban nhân dân huyện Hải Hậu", "Huyện ủy Hải Hậu"],
                     ["Hội Nông dân tỉnh Thái Bình"])


@pytest.mark.parametrize("text, want", [
    # a send-off: the delegation goes to attend a congress, it visits no one
    ("Gặp mặt đoàn đại biểu đi dự Đại hội Công đoàn Việt Nam\n\nĐoàn đại biểu Liên đoàn Lao động tỉnh Nam Định có 9 đại "
     "biểu, ông Lương Văn Hòa làm trưởng đoàn.", ([], [])),
    ("Gặp mặt\n\nChiều 14/10, Bí thư Tỉnh ủy Nam Định Lương Văn Hòa cùng lãnh đạo Ban Dân vận Tỉnh ủy Nam Định có buổi "
     "gặp mặt Đoàn đại biểu Ủy ban MTTQ Việt Nam tỉnh Nam Định dự Đại hội đại biểu MTTQ Việt Nam lần thứ X.", ([], [])),
    # who organises it still convenes
    ("Gặp mặt\n\nSáng 5/3/2022, Ban Thường vụ Tỉnh đoàn Nam Định tổ chức gặp mặt Đoàn đại biểu thanh niên tỉnh đi dự "
     "Đại hội Đoàn toàn quốc lần thứ XII.", (["Ban Thường vụ Tỉnh đoàn Nam Định"], [])),
])
def test_a_send_off_of_a_delegation_to_a_congress_has_no_guest(tmp_path, text, want):
    assert hg(meeting(tmp_path, text + "\n")) == want


@pytest.mark.parametrize("text, want", [
    ("Tiếp Đại sứ\n\nChiều 5/3/2023, Chủ tịch UBND tỉnh Nam Định Lương Văn Hòa đã tiếp Đại sứ Sa Lạp Đào Duy Khánh.",
     ["Ủy ban nhân dân tỉnh Nam Định"]),
    ("Hội đàm\n\nSáng 6/3/2023, Bộ trưởng Bộ Ngoại giao Lương Văn Hòa đã hội đàm với ông Đào Duy Khánh, Ngoại trưởng Sa Lạp.",
     ["Bộ Ngoại giao"]),
    # working with a minister may be paid at his ministry: no host said
    ("Làm việc\n\nSáng 7/3/2023, Bí thư Tỉnh ủy Nam Định Lương Văn Hòa làm việc với ông Đào Duy Khánh, Bộ trưởng Bộ "
     "Nội vụ.", []),
])
def test_one_official_meets_a_person_at_home_when_he_receives_or_holds_talks(tmp_path, text, want):
    assert hg(meeting(tmp_path, text + "\n"))[0] == want


def test_the_event_the_lead_says_takes_place_names_the_kind_before_the_headlines_verb(tmp_path):
    m = meeting(tmp_path, "Hội Nông dân tỉnh Nam Định và Hội Nông dân tỉnh Thái Bình ký kết Chương trình phối hợp\n\n"
                          "Ngày 01/7/2023, tại trụ sở Hội Nông dân tỉnh Nam Định diễn ra Hội nghị ký kết Chương trình "
                          "phối hợp công tác giai đoạn 2023 - 2028.\n")
    assert m.kind == "Conference"


def test_who_receives_for_the_hosts_own_committee_adds_no_host(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nChiều 30/3/2021, đoàn công tác Ban Dân vận Tỉnh ủy Nam Định đã đến làm việc với "
                          "Thường trực Huyện ủy Hải Hậu.\n\nĐồng chí Lương Văn Hòa, Phó Bí thư Thường trực Huyện ủy Hải Hậu "
                          "tiếp và làm việc với đoàn.\n")
    assert hg(m)[0] == ["Thường trực Huyện ủy Hải Hậu"]


def test_the_bodies_by_which_the_event_is_organised_convene_it(tmp_path):
    m = meeting(tmp_path, "Lãnh đạo tỉnh trao quà Trung thu cho thiếu nhi\n\nChiều 28-9-2023, tại nhà văn hóa xã Hải Đông, "
                          "đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định cùng đồng chí Đào Duy Khánh đến thăm, tặng 250 suất "
                          "quà Trung thu cho thiếu nhi trong xã.\n\nBuổi tặng quà do Sở Lao động - Thương binh và "
                          "Xã hội tỉnh Nam Định phối hợp với Tỉnh đoàn Nam Định tổ chức.\n")
    assert hg(m)[0] == ["Sở Lao động - Thương binh và Xã hội tỉnh Nam Định", "Tỉnh đoàn Nam Định"]


def test_the_delegations_stops_named_past_the_captions_of_its_lead(tmp_path):
    m = meeting(tmp_path, "Chúc mừng Phật đản\n\nSáng 19/5/2024, Đoàn đại biểu Đảng ủy xã Hải Đông do đồng chí Lương Văn Hòa "
                          "dẫn đầu đi chúc mừng các ngôi chùa trong xã.\n\n"
                          "Đồng chí Lương Văn Hòa chúc mừng tại\n\nChùa Phúc Lâm - Thôn An Lạc.\n\nĐoàn lần lượt tới thăm, "
                          "tặng hoa Chùa Phúc Lâm, thôn An Lạc; Chùa Vân Đài, thôn An Hòa.\n\n* Buổi chiều, Đoàn ghé "
                          "thăm Chùa Hưng Phúc.\n")
    assert hg(m)[0] == ["Chùa Phúc Lâm", "Chùa Vân Đài"]


def test_who_asks_a_body_to_preside_does_not_chair(tmp_path):
    m = meeting(tmp_path, "Phát động Tháng công nhân\n\nSáng 16-4-2014, Liên đoàn Lao động tỉnh Nam Định đã tổ chức lễ phát "
                          "động Tháng công nhân.\n\nPhó Chủ tịch UBND tỉnh Lương Văn Hòa đề nghị Liên đoàn Lao động tỉnh chủ "
                          "trì, cùng với các ngành chăm lo cho công nhân.\n")
    assert m.chairs == []


def test_who_takes_part_in_a_visit_to_a_place_of_worship_goes_with_the_visitors(tmp_path):
    m = meeting(tmp_path, "Thăm Thánh đường\n\nNgày 14/06/2024, Ủy ban nhân dân huyện Hải Hậu tổ chức thăm và tặng quà "
                          "Thánh đường Hồi giáo xã Hải Đông.\n\nTham dự có: ông Lương Văn Hòa - Chủ tịch Ủy ban MTTQ Việt "
                          "Nam huyện Hải Hậu; đại diện Phòng Nội vụ huyện Hải Hậu.\n")
    assert hg(m) == (["Thánh đường Hồi giáo xã Hải Đông"], ["Ủy ban nhân dân huyện Hải Hậu", "Phòng Nội vụ huyện Hải Hậu"])


def test_the_body_whose_inspection_decision_is_announced_is_the_guest(tmp_path):
    m = meeting(tmp_path, "Nam Định: công bố Quyết định kiểm tra của Bộ Chính trị\n\nĐoàn kiểm tra số 11 do ông Lương Văn Hòa "
                          "làm trưởng đoàn sẽ tiến hành kiểm tra đối với Ban Thường vụ Tỉnh ủy Nam Định trong quý "
                          "III.\n")
    assert hg(m) == (["Ban Thường vụ Tỉnh ủy Nam Định"], ["Bộ Chính trị"])


def test_the_owner_of_a_session_a_voters_meeting_prepares_is_neither_host_nor_guest(tmp_path):
    m = meeting(tmp_path, "Tiếp xúc cử tri\n\nChuẩn bị cho Kỳ họp thứ 9, Quốc hội khóa XV, chiều 18/4/2025, đồng chí "
                          "Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đã gặp gỡ, tiếp xúc cử tri xã Hải Đông.\n")
    assert "Quốc hội" not in [b.name for b in m.hosts + m.guests]


def test_the_agent_of_a_passive_is_not_the_congress_host(tmp_path):
    m = meeting(tmp_path, "Đại hội Đảng bộ huyện Hải Hậu\n\nNgày 5/7/2020, Đại hội Đảng bộ huyện Hải Hậu khai mạc.\n\n"
                          "Đảng bộ huyện Hải Hậu được Tỉnh ủy Nam Định chọn làm điểm thực hiện bầu trực tiếp bí thư.\n")
    assert "Tỉnh ủy Nam Định" not in [b.name for b in m.hosts]


def test_the_members_named_in_a_clusters_name_do_not_convene(tmp_path):
    m = meeting(tmp_path, "Hội nghị giao ban\n\nNgày 8/5/2023, Cụm Ban Dân vận các tỉnh ủy, thành ủy miền Tây tổ chức "
                          "Hội nghị giao ban công tác dân vận 6 tháng đầu năm.\n")
    assert m.hosts == []


def test_a_convening_verb_in_the_occasion_phrase_names_no_convener(tmp_path):
    m = meeting(tmp_path, "Họp mặt đầu xuân\n\nChiều 2/2/2024, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đã họp mặt "
                          "với cán bộ, nhân viên các ban Đảng Tỉnh ủy nhân dịp Tết và kỷ niệm 94 năm Ngày thành lập Đảng.\n")
    assert "Tỉnh ủy Nam Định" not in [b.name for b in m.hosts]


def test_an_official_receiving_with_people_of_another_body_receives_for_no_one_body(tmp_path):
    m = meeting(tmp_path, "Tiếp đoàn tỉnh bạn\n\nChiều 3/2/2024, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Nam Định "
                          "Lương Văn Hòa, cùng các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Nam Định đã tiếp đoàn công tác "
                          "tỉnh Bắc Ninh đến thăm, chúc Tết.\n")
    assert "Hội đồng nhân dân tỉnh Nam Định" not in [b.name for b in m.hosts]


def test_the_board_of_the_visiting_body_is_not_whom_it_visited(tmp_path):
    m = meeting(tmp_path, "Chúc mừng Phật đản\n\nDịp Phật đản năm nay, ông Lương Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam "
                          "tỉnh Nam Định, dẫn đoàn công tác của Ủy ban đi chúc mừng một số chùa trong tỉnh.\n\nThay mặt "
                          "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ông Hòa cảm ơn sự đồng hành của chức sắc, tăng ni, "
                          "phật tử.\n")
    assert all("Ban Thường trực" not in b.name for b in m.hosts)


# -- companions of a visiting delegation (docs/conventions.md): their bodies are guests ---------------

def test_a_central_delegations_local_companions_are_its_guests(tmp_path):
    m = meeting(tmp_path, "Chúc mừng lễ hội\n\nSáng 9/5/2024, đoàn công tác của Ban Dân vận Trung ương do ông Phùng Văn "
                          "Khải dẫn đầu đã đến thăm Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Yên Bái. Cùng đi với "
                          "đoàn có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Yên Bái và Sở Nội vụ tỉnh Yên Bái.\n")
    assert hg(m)[1] == ["Ban Dân vận Trung ương", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái",
                        "Sở Nội vụ tỉnh Yên Bái"]


def test_titled_companions_bring_the_bodies_they_act_for(tmp_path):
    m = meeting(tmp_path, "Thăm đơn vị\n\nChiều 14/1/2025, đoàn công tác của Hội Nông dân tỉnh Yên Bái đến thăm Bộ Chỉ "
                          "huy Quân sự tỉnh Yên Bái. Tháp tùng đoàn có bà Lục Thị Hoa, Phó Chủ tịch UBND tỉnh "
                          "và ông Vi Đức Thắng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.\n")
    # (the secretary goes for the party committee, not for the deputies' delegation he also heads)
    assert hg(m) == (["Bộ Chỉ huy Quân sự tỉnh Yên Bái"],
                     ["Hội Nông dân tỉnh Yên Bái", "Ủy ban nhân dân tỉnh Yên Bái", "Tỉnh ủy Yên Bái"])


def test_who_receives_beside_the_host_is_no_companion(tmp_path):
    for tail in ("Cùng tiếp đoàn có ông Vi Đức Thắng, Phó Chủ tịch UBND huyện Lục Yên.",
                 "Cùng đi với đoàn có đại diện Sở Nội vụ tỉnh Yên Bái; tiếp đoàn có ông Vi Đức Thắng, Phó Chủ tịch "
                 "UBND huyện Lục Yên.",
                 # (after a verb of working with the delegation, "cùng đoàn có" names who receives it)
                 "Ông Hà Văn Khuê, Chủ tịch Hội Cựu chiến binh huyện tiếp và làm việc cùng đoàn có ông Vi Đức "
                 "Thắng, Phó Chủ tịch UBND huyện Lục Yên."):
        m = meeting(tmp_path, "Thăm đơn vị\n\nChiều 14/1/2025, đoàn công tác của Hội Nông dân tỉnh Yên Bái đến thăm "
                              "Ban Chỉ huy Quân sự huyện Lục Yên. " + tail + "\n")
        hosts, guests = hg(m)
        assert hosts[0] == "Ban Chỉ huy Quân sự huyện Lục Yên" and guests[0] == "Hội Nông dân tỉnh Yên Bái"
        assert "Ủy ban nhân dân huyện Lục Yên" not in guests


def test_the_local_bodies_at_a_central_visit_to_a_place_of_worship_go_with_the_visitors(tmp_path):
    m = meeting(tmp_path, "Chúc mừng Phật đản\n\nSáng 20/5/2024, đoàn công tác của Ban Tôn giáo Chính phủ đến chúc mừng "
                          "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Yên Bái.\n\nTham dự có: đại diện Sở Nội vụ tỉnh "
                          "Yên Bái; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Yên Bái.\n")
    assert hg(m) == (["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Yên Bái"],
                     ["Ban Tôn giáo Chính phủ", "Sở Nội vụ tỉnh Yên Bái", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái"])


def test_each_companion_of_a_list_brings_the_body_of_his_own_item(tmp_path):
    # (one named with titles after him, the next with titles before him: a semicolon parts them)
    m = meeting(tmp_path, "Thăm đơn vị\n\nChiều 14/1/2025, đoàn công tác của Hội Nông dân tỉnh Yên Bái đến thăm Bộ Chỉ "
                          "huy Quân sự tỉnh Yên Bái. Cùng đi có bà Lục Thị Hoa, Phó Chủ tịch UBND tỉnh; Giám đốc Sở Nội "
                          "vụ tỉnh Hà Văn Khuê.\n")
    assert hg(m)[1] == ["Hội Nông dân tỉnh Yên Bái", "Ủy ban nhân dân tỉnh Yên Bái", "Sở Nội vụ tỉnh Yên Bái"]

"""review10b's findings, as sentences of our own (invented names, dates and events; real places): the HIGH
ones (a fronted working session, a fronted receiving verb, a headline urging oversight, a partnership to
organise) and the MEDIUM ones fixed with them, each with a negative that the rule still reads."""
from __future__ import annotations

from pathlib import Path

from kg.batch import extract_file


def _meeting(tmp_path: Path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    m = extract_file(p, "a.txt").meetings[0]
    return [b.name for b in m.hosts], [b.name for b in m.guests]


# -- H1, L3: after "Tại buổi làm việc với X, đoàn ...", only the phrase's own bodies host -------------------------

def test_a_body_the_team_will_report_to_after_a_fronted_session_is_no_host(tmp_path):
    hosts, _ = _meeting(tmp_path, "Khảo sát tại huyện Cầu Kè\n\nChiều 3/4/2024, tại buổi làm việc với UBND huyện Cầu "
                                  "Kè, đoàn khảo sát đánh giá cao kết quả và sẽ báo cáo với UBND tỉnh Trà Vinh các kiến "
                                  "nghị của huyện.\n")
    assert hosts == ["Ủy ban nhân dân huyện Cầu Kè"]


def test_a_partner_the_team_advises_after_a_fronted_session_is_no_host(tmp_path):
    hosts, _ = _meeting(tmp_path, "Khảo sát tại huyện Cầu Kè\n\nChiều 3/4/2024, tại buổi làm việc với UBND huyện Cầu "
                                  "Kè, đoàn đề nghị huyện tiếp tục phối hợp với Sở Tài nguyên và Môi trường tỉnh Trà Vinh "
                                  "rà soát đất đai.\n")
    assert "Sở Tài nguyên và Môi trường tỉnh Trà Vinh" not in hosts


def test_union_members_after_a_fronted_session_are_no_delegation(tmp_path):
    hosts, _ = _meeting(tmp_path, "Đối thoại tại huyện Cầu Kè\n\nChiều 3/4/2024, tại buổi làm việc với Ban Thường vụ "
                                  "Huyện ủy Cầu Kè, đoàn viên thanh niên nêu nhiều đề xuất với Tỉnh đoàn Trà Vinh.\n")
    assert "Tỉnh đoàn Trà Vinh" not in hosts


def test_every_body_of_the_fronted_phrase_still_hosts(tmp_path):
    # (negative: the phrase's own list of bodies is kept whole)
    hosts, _ = _meeting(tmp_path, "Khảo sát tại huyện Cầu Kè\n\nChiều 3/4/2024, tại buổi làm việc với Ban Thường vụ Huyện "
                                  "ủy Cầu Kè và UBND huyện Cầu Kè, đoàn khảo sát ghi nhận nhiều kết quả.\n")
    assert hosts == ["Ban Thường vụ Huyện ủy Cầu Kè", "Ủy ban nhân dân huyện Cầu Kè"]


# -- H2, H3: "Qua làm việc với X, <official> ..." --------------------------------------------------------------

def test_qua_working_with_a_ministry_s_delegation_does_not_reverse_the_sides(tmp_path):
    hosts, guests = _meeting(tmp_path, "Trà Vinh kiến nghị Bộ Giáo dục và Đào tạo\n\nQua làm việc với Đoàn công tác của Bộ "
                                       "Giáo dục và Đào tạo chiều 3/4/2024, ông Hồ Văn Khanh, Phó Chủ tịch UBND tỉnh Trà Vinh "
                                       "kiến nghị Bộ hỗ trợ tỉnh xây thêm trường học.\n")
    assert "Bộ Giáo dục và Đào tạo" not in hosts and "Ủy ban nhân dân tỉnh Trà Vinh" not in guests


def test_qua_working_with_a_commune_s_party_committee_its_own_chairwoman_is_no_guest(tmp_path):
    _, guests = _meeting(tmp_path, "Xây dựng nông thôn mới ở Ninh Thới\n\nQua làm việc với Đảng ủy xã Ninh Thới chiều "
                                   "3/4/2024, bà Đỗ Thị Mai, Chủ tịch UBND xã Ninh Thới cho biết xã đã hoàn thành 17 tiêu "
                                   "chí.\n")
    assert guests == []


def test_qua_working_with_a_district_a_provincial_leader_still_comes_for_his_body(tmp_path):
    # (negative: an official of another unit after the comma is the visitor)
    hosts, guests = _meeting(tmp_path, "Kiểm tra tại huyện Cầu Kè\n\nQua làm việc với Ban Thường vụ Huyện ủy Cầu Kè chiều "
                                       "3/4/2024, ông Hồ Văn Khanh, Phó Bí thư Tỉnh ủy Trà Vinh đề nghị huyện đẩy nhanh tiến "
                                       "độ các công trình.\n")
    assert hosts == ["Ban Thường vụ Huyện ủy Cầu Kè"] and guests == ["Tỉnh ủy Trà Vinh"]


# -- H4: "(khi) tiếp ông A, <title>, ông B, <title> <verb>": B receives -----------------------------------------

def test_the_official_who_speaks_after_a_fronted_tiep_is_no_guest(tmp_path):
    _, guests = _meeting(tmp_path, "Huyện Cầu Kè tiếp đoàn tỉnh Vĩnh Long\n\nChiều 3/4/2024, tiếp ông Phan Văn Lực, Phó Chủ "
                                   "tịch UBND tỉnh Vĩnh Long, bà Đỗ Thị Mai, Chủ tịch UBND huyện Cầu Kè, tỉnh Trà Vinh cảm ơn "
                                   "đoàn đã đến thăm.\n")
    assert "Ủy ban nhân dân huyện Cầu Kè" not in guests


def test_the_official_who_speaks_after_khi_tiep_is_no_guest(tmp_path):
    _, guests = _meeting(tmp_path, "Huyện Cầu Kè tiếp khách\n\nChiều 3/4/2024, khi tiếp ông Phan Văn Lực, Phó Chủ tịch "
                                   "UBND tỉnh Vĩnh Long, bà Đỗ Thị Mai, Chủ tịch UBND huyện Cầu Kè, tỉnh Trà Vinh đã thông tin "
                                   "về tình hình của huyện.\n")
    assert "Ủy ban nhân dân huyện Cầu Kè" not in guests


def test_two_officials_received_by_a_named_receiver_are_both_guests(tmp_path):
    # (negative: the receiver is named before the verb, every person after it is received)
    _, guests = _meeting(tmp_path, "Huyện Cầu Kè tiếp đoàn tỉnh Vĩnh Long\n\nChiều 3/4/2024, bà Đỗ Thị Mai, Chủ tịch UBND "
                                   "huyện Cầu Kè, tỉnh Trà Vinh tiếp ông Phan Văn Lực, Phó Chủ tịch UBND tỉnh Vĩnh Long, ông "
                                   "Lý Văn Tài, Giám đốc Sở Y tế tỉnh Vĩnh Long đến thăm và làm việc.\n")
    assert guests == ["Ủy ban nhân dân tỉnh Vĩnh Long", "Sở Y tế tỉnh Vĩnh Long"]


# -- H5: only an announced oversight names the body it is done to as the host -------------------------------

def test_a_headline_calling_for_closer_inspection_of_a_body_does_not_make_it_the_host(tmp_path):
    hosts, _ = _meeting(tmp_path, "Nâng cao chất lượng kiểm tra đối với Đảng ủy Quân sự tỉnh Trà Vinh\n\nChiều 3/4/2024, hội "
                                  "nghị tổng kết công tác kiểm tra năm 2023 đã diễn ra tại hội trường Tỉnh ủy. Hội nghị do Ủy "
                                  "ban Kiểm tra Tỉnh ủy Trà Vinh tổ chức.\n")
    assert hosts == ["Ủy ban Kiểm tra Tỉnh ủy Trà Vinh"]


def test_an_announced_inspection_still_makes_the_body_inspected_the_host(tmp_path):
    # (negative: "Công bố quyết định kiểm tra đối với X": X hosts)
    hosts, _ = _meeting(tmp_path, "Công bố quyết định kiểm tra đối với Ban Thường vụ Huyện ủy Cầu Kè\n\nChiều 3/4/2024, "
                                  "hội nghị đã diễn ra tại hội trường Huyện ủy.\n")
    assert hosts == ["Ban Thường vụ Huyện ủy Cầu Kè"]


# -- H6, M1-M3: a purpose that is the subject's own still tells the event held --------------------------------

def test_a_partnership_to_organise_keeps_its_organiser_over_a_later_speaker_s_body(tmp_path):
    hosts, _ = _meeting(tmp_path, "Hội thi cựu chiến binh\n\nSáng 3/4/2024, Hội Cựu chiến binh huyện Cầu Kè, tỉnh Trà Vinh "
                                  "phối hợp với Phòng Văn hóa huyện để tổ chức Hội thi cựu chiến binh năm 2024. Phát biểu "
                                  "khai mạc, bà Đỗ Thị Mai, Chủ tịch UBND huyện Cầu Kè biểu dương các đội.\n\nHội thi đã "
                                  "thu hút 12 đội tham gia.\n")
    assert "Hội Cựu chiến binh huyện Cầu Kè" in hosts and "Ủy ban nhân dân huyện Cầu Kè" not in hosts


def test_both_partners_named_organise_the_contest(tmp_path):
    hosts, _ = _meeting(tmp_path, "Hội thi\n\nSáng 3/4/2024, Hội Liên hiệp Phụ nữ tỉnh Trà Vinh phối hợp với Sở Y tế tỉnh "
                                  "Trà Vinh nhằm tổ chức Hội thi tìm hiểu chăm sóc sức khỏe năm 2024.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ tỉnh Trà Vinh", "Sở Y tế tỉnh Trà Vinh"]


def test_a_purpose_between_commas_leaves_the_main_clause_s_organiser(tmp_path):
    hosts, _ = _meeting(tmp_path, "Ra mắt câu lạc bộ\n\nSáng 3/4/2024, Hội Liên hiệp Phụ nữ tỉnh Trà Vinh, nhằm chào mừng "
                                  "ngày Quốc tế Phụ nữ, tổ chức ra mắt câu lạc bộ phụ nữ khởi nghiệp.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ tỉnh Trà Vinh"]


def test_a_party_cell_chosen_to_hold_a_model_congress_holds_it(tmp_path):
    hosts, _ = _meeting(tmp_path, "Đại hội điểm\n\nSáng 3/4/2025, Đảng bộ xã Ninh Thới, huyện Cầu Kè, tỉnh Trà Vinh được "
                                  "Ban Thường vụ Huyện ủy chọn để tổ chức Đại hội điểm nhiệm kỳ 2025 - 2030.\n")
    assert hosts == ["Đảng bộ xã Ninh Thới"]


def test_a_request_to_organise_still_convenes_nothing(tmp_path):
    # (negative: a purpose of someone else's, the body right before a request word, holds nothing)
    hosts, _ = _meeting(tmp_path, "Chuẩn bị hội thi\n\nSáng 3/4/2024, Thường trực Huyện ủy Cầu Kè, tỉnh Trà Vinh họp bàn "
                                  "công tác chuẩn bị. Thường trực thống nhất với đề xuất của Hội Cựu chiến binh huyện nhằm "
                                  "tổ chức hội thi vào tháng 5.\n")
    assert "Hội Cựu chiến binh huyện Cầu Kè" not in hosts


# -- M7, M8: words that look like a season or a day told from the page's ----------------------------------------

def _meeting_day(tmp_path: Path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    d = extract_file(p, "a.txt").meetings[0].date
    return None if d is None else str(d)


def test_the_pavement_s_summer_word_dates_no_meeting(tmp_path):
    day = _meeting_day(tmp_path, "Tổng kết công tác đô thị\n\nSáng 8/1, UBND thành phố Trà Vinh, tỉnh Trà Vinh tổ chức hội "
                                 "nghị tổng kết công tác chỉnh trang vỉa hè 2023.\n")
    assert day != "2023-01-08"


def test_a_summer_campaign_s_year_still_dates_its_launch(tmp_path):
    # (negative: "tình nguyện hè 2023" is that summer's)
    day = _meeting_day(tmp_path, "Ra quân tình nguyện hè\n\nSáng 8/7, Tỉnh đoàn Trà Vinh ra quân chiến dịch thanh "
                                 "niên tình nguyện hè 2023 tại xã Ninh Thới.\n")
    assert day == "2023-07-08"


def test_a_bright_example_through_the_movements_is_no_yesterday_morning(tmp_path):
    day = _meeting_day(tmp_path, "Biểu dương điển hình tiên tiến\n\n20/06/2024\n\nNhiều tấm gương sáng qua các phong trào thi "
                                 "đua được Huyện ủy Cầu Kè, tỉnh Trà Vinh biểu dương tại hội nghị tổng kết.\n")
    assert day != "2024-06-19"


def test_yesterday_morning_after_the_subject_still_dates_the_meeting(tmp_path):
    # (negative: "X sáng qua tổ chức", and "chiều hôm qua các đại biểu ...": the day before the page's)
    day = _meeting_day(tmp_path, "Biểu dương điển hình tiên tiến\n\n20/06/2024\n\nHuyện ủy Cầu Kè, tỉnh Trà Vinh sáng qua tổ "
                                 "chức hội nghị biểu dương điển hình tiên tiến.\n")
    assert day == "2024-06-19"
    day = _meeting_day(tmp_path, "Biểu dương điển hình tiên tiến\n\n20/06/2024\n\nĐể tôn vinh các điển hình, chiều hôm qua các "
                                 "đại biểu Huyện ủy Cầu Kè, tỉnh Trà Vinh đã dự hội nghị biểu dương.\n")
    assert day == "2024-06-19"


# -- M6, M9: a title's own dates and words are not the page's stamp nor its section ----------------------------

_LEAD = "Sáng 2/2, Tỉnh ủy Trà Vinh tổ chức mít tinh trọng thể tại hội trường Tỉnh ủy.\n"


def test_a_day_remembered_closing_the_title_is_no_stamp():
    from kg.extract.structure.structure import analyse
    assert analyse("Huyện Cầu Kè kỷ niệm 49 năm Ngày giải phóng miền Nam 30/4/1975\n\n" + _LEAD).published is None
    assert analyse("Mít tinh kỷ niệm 94 năm Ngày thành lập Đoàn 26/3/1931 - 26/3/2025\n\n" + _LEAD).published is None


def test_a_bare_date_closing_a_title_of_no_anniversary_still_stamps_the_page():
    # (negative: the stamp the page sets after its title)
    from kg.extract.structure.structure import analyse
    st = analyse("HUYỆN HỒNG DÂN TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2030 12/01/2031\n\n" + _LEAD)
    assert str(st.published) == "2031-01-12"


def test_a_title_s_subject_that_opens_on_a_section_s_word_keeps_it():
    from kg.extract.structure.structure import analyse
    st = analyse(" date 2031-07-10 Kinh tế Trà Vinh tăng trưởng khá trong 6 tháng đầu năm\n\n" + _LEAD)
    assert st.headline_text == "Kinh tế Trà Vinh tăng trưởng khá trong 6 tháng đầu năm"
    # (negative: the label before a title led by its place and a colon goes)
    st = analyse(" date 2031-07-10 Chính trị Xã Ninh Thới: Nâng cao chất lượng sinh hoạt chi bộ\n\n" + _LEAD)
    assert st.headline_text == "Xã Ninh Thới: Nâng cao chất lượng sinh hoạt chi bộ"


# -- M10: a pen name of one syllable in capitals after a caption ---------------------------------------------

def test_a_one_syllable_pen_name_in_capitals_after_a_caption_credits_its_photographer():
    from kg.extract.structure.bylines import photo_credit
    assert photo_credit("Các đại biểu dự lễ ra quân. Ảnh: QUỲNH") == ["Quỳnh"]
    # (negative: an acronym, a family name alone, a syllable the page cut credit no one)
    assert photo_credit("Các đại biểu dự lễ ra quân. Ảnh: KTXH") == []
    assert photo_credit("Các đại biểu dự lễ ra quân. Ảnh: PHẠM") == []
    assert photo_credit("Các đại biểu dự lễ ra quân. Ảnh: TRƯƠ") == []


# -- M4: a story's own list led by provinces, under its heading, is no run of links ---------------------------

def test_a_list_of_the_story_s_bridges_under_its_heading_stays_the_story_s(tmp_path):
    from kg.extract.structure.structure import analyse
    text = ("Hội nghị trực tuyến tổng kết công tác dân vận\n\nSáng 12/5/2031, Ban Dân vận Trung ương chủ trì hội nghị trực "
            "tuyến với 63 tỉnh, thành để tổng kết công tác dân vận năm 2030.\n\nChủ trì tại các điểm cầu gồm:\n\nTrà Vinh: Phó Bí thư "
            "Thường trực Tỉnh ủy Lê Văn Ba chủ trì tại điểm cầu tỉnh\n\nVĩnh Long: Trưởng Ban Dân vận Tỉnh ủy Trần Văn Tám "
            "chủ trì tại điểm cầu tỉnh\n\nHội nghị đã thảo luận nhiều nội dung.\n")
    st = analyse(text)
    assert any(st.lines[i].startswith("Trà Vinh:") for i in st.story)
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    assert {"Lê Văn Ba", "Trần Văn Tám"} <= {o.name for o in extract_file(p, "a.txt").officials}


def test_titles_led_by_provinces_with_no_heading_over_them_are_still_links():
    # (negative: the same shape under a paragraph of the story: other stories' titles)
    from kg.extract.structure.structure import analyse
    text = ("Trà Vinh: Trao nhà nghĩa tình cho cựu chiến binh\n\nSáng 18/8/2031, Hội Cựu chiến binh huyện Cầu Kè tổ chức "
            "lễ trao nhà nghĩa tình cho hội viên.\n\nVĩnh Long: Phó Chủ tịch UBND tỉnh dự lễ ra quân chiến dịch tình nguyện "
            "hè năm 2031\n\nKiên Giang: Hội Nông dân tỉnh trao mô hình sinh kế cho hội viên khó khăn\n\nNgôi nhà được "
            "xây dựng trong 30 ngày.\n")
    st = analyse(text)
    assert not any(st.lines[i].startswith(("Vĩnh Long:", "Kiên Giang:")) for i in st.story)


# -- M5: an announcement recalled or planned beside a team's work is no conference ----------------------------

def _kind(tmp_path: Path, text: str) -> str:
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return extract_file(p, "a.txt").meetings[0].kind


def test_a_decision_announced_before_the_team_s_session_leaves_it_a_working_session(tmp_path):
    assert _kind(tmp_path, "Đoàn kiểm tra của Tỉnh ủy Trà Vinh làm việc tại Huyện ủy Cầu Kè\n\nSáng 12/5/2031, Đoàn kiểm "
                           "tra số 3 của Ban Thường vụ Tỉnh ủy Trà Vinh do ông Lê Văn Ba làm trưởng đoàn làm việc tại "
                           "Huyện ủy Cầu Kè. Trước đó, ngày 5/3/2031, đoàn đã công bố quyết định kiểm tra đối với Ban "
                           "Thường vụ Huyện ủy Cầu Kè.\n") == "WorkingSession"


def test_findings_the_team_will_announce_leave_its_session_a_working_session(tmp_path):
    assert _kind(tmp_path, "Giám sát tại xã Ninh Thới\n\nSáng 12/5/2031, Đoàn giám sát của Ban Thường vụ Huyện ủy Cầu Kè "
                           "đã có buổi làm việc tại Đảng ủy xã Ninh Thới. Đoàn sẽ thông báo kết quả giám sát vào tháng "
                           "6/2031.\n") == "WorkingSession"


def test_a_decision_the_team_announces_on_the_day_is_still_a_conference(tmp_path):
    # (negative: the announcement itself, past tense, on the meeting's day)
    assert _kind(tmp_path, "Công bố quyết định kiểm tra\n\nNgày 16/6/2031, đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Trà Vinh "
                           "do ông Lê Văn Ba làm trưởng đoàn đã công bố quyết định kiểm tra đối với Ban Thường vụ "
                           "Huyện ủy Cầu Kè.\n") == "Conference"


# -- (pre-existing, review10b's record) a team recalled in a relative clause is no side of the meeting ------------

def test_a_team_recalled_in_a_relative_clause_neither_hosts_nor_is_a_guest(tmp_path):
    hosts, guests = _meeting(tmp_path, "Sơ kết công tác 6 tháng\n\nSáng 12/7/2031, Huyện ủy Cầu Kè tổ chức hội nghị sơ kết "
                                       "công tác 6 tháng đầu năm 2031. Hội nghị đã nghe báo cáo khắc phục các hạn chế mà "
                                       "Đoàn kiểm tra số 7 của Ban Bí thư chỉ ra năm 2030.\n")
    assert hosts == ["Huyện ủy Cầu Kè"] and guests == []


def test_a_numbered_team_that_heads_the_sentence_still_comes_for_its_body(tmp_path):
    # (negative: the team is the sentence's subject)
    hosts, guests = _meeting(tmp_path, "Kiểm tra tại Trà Vinh\n\nSáng 12/7/2031, Đoàn kiểm tra số 7 của Ban Bí thư làm việc "
                                       "với Ban Thường vụ Tỉnh ủy Trà Vinh.\n")
    assert hosts == ["Ban Thường vụ Tỉnh ủy Trà Vinh"] and guests == ["Ban Bí thư"]


# -- L4: a range of dates closing the title is the title's ----------------------------------------------------

def test_a_range_of_dates_closing_the_title_stays_whole():
    from kg.extract.structure.structure import analyse
    st = analyse("Mít tinh kỷ niệm 94 năm Ngày thành lập Đoàn 26/3/1931 - 26/3/2025\n\n" + _LEAD)
    assert st.headline_text == "Mít tinh kỷ niệm 94 năm Ngày thành lập Đoàn 26/3/1931 - 26/3/2025"
    # (negative: a stamp with its time after the title still goes)
    st = analyse("Hội nghị tổng kết công tác xây dựng Đảng năm 2030 12/01/2031 08:30\n\n" + _LEAD)
    assert st.headline_text == "Hội nghị tổng kết công tác xây dựng Đảng năm 2030"

"""probe10's families of false facts (precision probe on fresh pages): sentences written for them (invented
names), each with the near-miss that must still be read."""
from __future__ import annotations

import kg


def facts(text: str):
    return kg.extract_text(text, source="probe10.txt")


def posts(f) -> set:
    return {(p.official, p.role, p.body.name) for p in f.posts}


def hosts(f) -> set:
    return {b.name for m in f.meetings for b in m.hosts}


def guests(f) -> set:
    return {b.name for m in f.meetings for b in m.guests}


def attendees(f) -> set:
    return {a for m in f.meetings for a in m.attendees}


def officials(f) -> set:
    return {o.name for o in f.officials}


# --- H1: the principal's title, after "thừa ủy quyền của / thay mặt / thừa lệnh", is not the delegate's ---

def test_the_ministers_title_after_thua_uy_quyen_is_not_the_delegates():
    f = facts("Tin\n\nNgày 12/6, Công an tỉnh Thái Bình tổ chức lễ trao Kỷ niệm chương. Tại buổi lễ, thừa ủy quyền "
              "của Bộ trưởng Bộ Công an, Đại tá Phùng Văn Lực - Giám đốc Công an tỉnh trao Kỷ niệm chương cho 7 "
              "đồng chí.\n")
    got = posts(f)
    assert not any(role == "Bộ trưởng" for _, role, _ in got)
    assert ("Phùng Văn Lực", "Giám đốc Công an", "Công an tỉnh Thái Bình") in got


def test_handing_a_medal_by_authority_makes_the_ministry_no_host():
    # "Kỷ niệm chương" is a medal: no anniversary held, so the principal's body convenes nothing
    f = facts("Tin\n\nTại buổi lễ, thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Phùng Văn Lực, Giám đốc Công an "
              "tỉnh Thái Bình đã trao Kỷ niệm chương cho lãnh đạo các sở, ngành.\n")
    assert "Bộ Công an" not in hosts(f)
    assert not any(role == "Bộ trưởng" for _, role, _ in posts(f))


def test_thay_mat_and_thua_lenh_a_title_give_the_delegate_only_his_own():
    f = facts("Tin\n\nSáng 8/4, Tỉnh ủy Thái Bình tổ chức lễ. Thay mặt Bí thư Tỉnh ủy, ông Đỗ Minh Khuê, Phó Bí thư "
              "Thường trực Tỉnh ủy trao quyết định.\n")
    assert posts(f) == {("Đỗ Minh Khuê", "Phó Bí thư Thường trực", "Tỉnh ủy Thái Bình")}
    f = facts("Tin\n\nSáng 8/4, UBND tỉnh Thái Bình tổ chức lễ. Thừa lệnh Chủ tịch UBND tỉnh, ông Đỗ Minh Khuê, "
              "Chánh Văn phòng UBND tỉnh đọc quyết định.\n")
    assert not any(role == "Chủ tịch" for _, role, _ in posts(f))


def test_a_title_after_a_body_spoken_for_still_leads_the_name():
    # the near-misses: "thay mặt <body>," then the delegate's own title; a title opening the clause
    f = facts("Tin\n\nSáng 8/4, Tỉnh ủy Thái Bình tổ chức lễ. Thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Tỉnh ủy "
              "Đỗ Minh Khuê trao quyết định.\n")
    assert ("Đỗ Minh Khuê", "Phó Bí thư", "Tỉnh ủy Thái Bình") in posts(f)
    f = facts("Tin\n\nSáng 8/4, UBND tỉnh Thái Bình tổ chức hội nghị. Phát biểu tại hội nghị, Phó Chủ tịch UBND "
              "tỉnh, ông Đỗ Minh Khuê đánh giá cao kết quả.\n")
    assert ("Đỗ Minh Khuê", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình") in posts(f)


def test_an_anniversary_held_is_still_convened():
    f = facts("Tin\n\nSáng 5/3, Hội Cựu chiến binh tỉnh Thái Bình tổ chức lễ kỷ niệm 35 năm Ngày thành lập Hội.\n")
    assert hosts(f) == {"Hội Cựu chiến binh tỉnh Thái Bình"}


# --- H4: a lone official who works with a firm receives it (his body hosts, the firm is the guest) ---

def test_a_firm_a_lone_official_works_with_comes_to_him():
    f = facts("Chủ tịch UBND tỉnh làm việc với Tập đoàn Hồng Lam\nChiều 9/3, đồng chí Vi Văn Thuận, Phó Bí thư "
              "Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình đã có buổi làm việc với Tập đoàn Hồng Lam để nghe báo cáo "
              "tiến độ dự án.\n")
    assert hosts(f) == {"Ủy ban nhân dân tỉnh Thái Bình"}
    assert guests(f) == {"Tập đoàn Hồng Lam"}


def test_a_lone_official_still_goes_to_the_public_body_he_works_with():
    f = facts("Tin\n\nChiều 9/3, đồng chí Vi Văn Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình làm việc "
              "với Huyện ủy Vũ Thư.\n")
    assert hosts(f) == {"Huyện ủy Vũ Thư"}
    assert "Tập đoàn Hồng Lam" not in guests(f) and guests(f)


# --- H3: a bare local title in a clause fronted on a province ("Đối với tỉnh X, ...") is that province's ---

_TWO_PROVINCES = ("Tin\n\nThủ tướng Chính phủ phê chuẩn kết quả bầu Ủy viên UBND tỉnh Thái Bình và tỉnh Ninh Bình. "
                  "Cụ thể, đối với tỉnh Thái Bình, Thủ tướng phê chuẩn chức danh Ủy viên UBND tỉnh đối với ông Hà "
                  "Quang Vinh, Giám đốc Sở Xây dựng. Đối với tỉnh Ninh Bình, Thủ tướng phê chuẩn đối với ông Lục "
                  "Văn Tám, Giám đốc Sở Y tế tỉnh Ninh Bình; ông Kha Văn Sỹ, Chánh Văn phòng UBND tỉnh Ninh Bình.\n")


def test_a_bare_title_after_a_fronted_province_is_of_that_province():
    got = posts(facts(_TWO_PROVINCES))
    assert ("Hà Quang Vinh", "Giám đốc", "Sở Xây dựng tỉnh Thái Bình") in got
    assert not any(body.endswith("Ninh Bình") for name, _, body in got if name == "Hà Quang Vinh")
    assert ("Lục Văn Tám", "Giám đốc", "Sở Y tế tỉnh Ninh Bình") in got


def test_a_fronted_province_holds_its_own_sentence_only():
    # the next sentence's bare title is placed as before (the article's province), not by the fronted one;
    # and a unit not fronted ("hỗ trợ tỉnh X,") is no topic
    f = facts("Tin\n\nĐối với tỉnh Thái Bình, UBND tỉnh Ninh Bình hỗ trợ 2 tỷ đồng. Ông Lục Văn Tám, Giám đốc Sở Y tế "
              "tỉnh Ninh Bình cho biết, ông Kha Văn Sỹ, Giám đốc Sở Xây dựng đã đến làm việc tại tỉnh Ninh Bình.\n")
    got = posts(f)
    assert not any(body.endswith("Thái Bình") for _, _, body in got)


# --- H2: people quoted from history (a founders' bond, a visit long ago, an old congress) are no officials ---

def test_founders_and_a_past_visit_are_no_officials_nor_attendees():
    f = facts("Tin\n\nChiều 5/6, ông Đàm Văn Lộc, Chủ tịch UBND tỉnh Lạng Sơn tiếp ông Ri Song Chol, Đại sứ Triều "
              "Tiên. Hai bên ôn lại quan hệ do Chủ tịch Hồ Chí Minh và Chủ tịch Mạc Đăng Khoa dày công vun đắp. "
              "Tỉnh từng đón đồng chí Pak Yong Nam, Chủ tịch Đảng Lao động Triều Tiên trong chuyến thăm hồi tháng "
              "2/2019.\n")
    assert "Mạc Đăng Khoa" not in officials(f) and "Pak Yong Nam" not in officials(f)
    assert "Mạc Đăng Khoa" not in attendees(f) and "Pak Yong Nam" not in attendees(f)
    assert "Đàm Văn Lộc" in officials(f)


def test_the_people_an_old_congress_elected_hold_no_post():
    f = facts("Tin\n\nĐại hội lần thứ II khai mạc ngày 14-4-1938 tại làng Đông Trù. ĐH đã bầu BCH gồm 7 Đ/C, Đ/C "
              "Lý Văn Khang được bầu làm Bí thư. Đại hội lần thứ nhất năm 1946 đã bầu đồng chí Tạ Quang Mão làm "
              "Bí thư Tỉnh ủy Thái Bình.\n")
    assert officials(f) == set() and posts(f) == set()
    assert all(m.date is None for m in f.meetings)      # (1938: history, no meeting's day)


def test_a_living_official_beside_history_keeps_his_post():
    # a year of history in an earlier sentence: a speaker after it, and an election told with this term's
    # year, are of the story
    f = facts("Tin\n\nSáng 10/10/2025, Đảng bộ tỉnh Thái Bình khai mạc Đại hội. Năm 1946, Đại hội lần thứ nhất "
              "được tổ chức tại làng Đông Trù. Đồng chí Tạ Quang Mão, Phó Bí thư Tỉnh ủy phát biểu khai mạc. Đại "
              "hội nhiệm kỳ 2025-2030 đã bầu đồng chí Lý Văn Khang làm Bí thư Tỉnh ủy Thái Bình.\n")
    assert ("Tạ Quang Mão", "Phó Bí thư", "Tỉnh ủy Thái Bình") in posts(f)
    assert ("Lý Văn Khang", "Bí thư", "Tỉnh ủy Thái Bình") in posts(f)
    # a name also written outside the past's sentences stays
    f = facts("Tin\n\nChiều 5/6, ông Đàm Văn Lộc, Chủ tịch UBND tỉnh Lạng Sơn tiếp Đại sứ Triều Tiên. Ông Đàm Văn "
              "Lộc từng đón Đại sứ hồi tháng 2/2024.\n")
    assert "Đàm Văn Lộc" in officials(f)


# --- H1 (the page's host): the ministry whose leaders' praise is owned ("của Lãnh đạo Bộ X") convenes nothing ---

def test_a_body_whose_leaders_are_owned_is_no_convener():
    f = facts("Tin\n\nTại buổi lễ, Đại tá Phùng Văn Lực, Giám đốc Công an tỉnh Thái Bình đã trao Kỷ niệm chương cho "
              "lãnh đạo các sở, ngành.\n\nĐồng chí Giám đốc nhấn mạnh, đây là sự ghi nhận của Lãnh đạo Bộ Công an "
              "đối với đóng góp của các đồng chí trong phối hợp, tổ chức và phát động phong trào.\n")
    assert "Bộ Công an" not in hosts(f)
    # the near-miss: the ministry's leaders, not owned, convene
    f = facts("Tin\n\nSáng 12/6, Lãnh đạo Bộ Công an tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ "
              "quốc.\n")
    assert hosts(f) == {"Bộ Công an"}


def bodies(f) -> set:
    return {b.name for b in f.bodies}


# --- M4: "đoàn kết" (unite) after a unit word is no youth union's committee ---

def test_doan_ket_after_a_unit_word_is_no_youth_committee():
    f = facts("Tin\n\nNgày 2-7, Hội Nông dân huyện Vũ Thư tổ chức Đại hội lần thứ VI. Nhiệm kỳ qua, hội viên các cấp "
              "trong huyện đoàn kết, chủ động thực hiện nhiệm vụ; cán bộ toàn tỉnh đoàn kết, sáng tạo.\n")
    assert not any(b.startswith(("Huyện đoàn", "Tỉnh đoàn")) for b in bodies(f))
    # the committee itself, capitalised or not, before its name
    f = facts("Tin\n\nNgày 2-7, huyện đoàn Vũ Thư tổ chức Đại hội đại biểu lần thứ V.\n")
    assert hosts(f) == {"Huyện đoàn Vũ Thư"}


# --- M1: who sends greetings through a visitor, and who a delegate accompanies elsewhere, is no attendee ---

def test_the_sender_of_greetings_and_the_leader_accompanied_are_not_there():
    f = facts("Tin\n\nChiều 4/12, ông Vi Văn Thuận, Bí thư Tỉnh ủy Thái Bình tiếp ông Kha Văn Sỹ, Thứ trưởng Bộ Tư "
              "pháp. Ông Kha Văn Sỹ chuyển lời thăm hỏi của đồng chí Lục Văn Tám, Bộ trưởng Bộ Tư pháp tới lãnh đạo "
              "tỉnh.\n")
    assert "Lục Văn Tám" not in attendees(f)
    assert {"Vi Văn Thuận", "Kha Văn Sỹ"} <= attendees(f)       # (the messenger attends)
    f = facts("Tin\n\nNhân dịp tháp tùng Chủ tịch Quốc hội Lục Văn Tám thăm chính thức Lào, chiều 18/10, Chủ nhiệm "
              "Ủy ban Kinh tế Kha Văn Sỹ đã làm việc với Bộ Kế hoạch và Đầu tư Lào.\n")
    assert "Lục Văn Tám" not in attendees(f)


def test_a_companion_named_after_thap_tung_attends():
    f = facts("Tin\n\nChiều 4/12, Đoàn công tác của Bộ Tư pháp do ông Kha Văn Sỹ, Thứ trưởng làm trưởng đoàn đến "
              "thăm Sở Tư pháp tỉnh Thái Bình. Cùng tháp tùng đoàn có ông Lục Văn Tám, Phó Chủ tịch UBND tỉnh Thái "
              "Bình.\n")
    assert "Lục Văn Tám" in attendees(f)


# --- M8: a title cut by the excerpt's end is no writer ---

def test_a_title_cut_at_the_end_is_no_byline():
    text = ("Khai giảng năm học mới\nSáng 5/9, Trường THCS Bình Minh tổ chức lễ khai giảng. Ông Vi Văn Thuận, Chủ "
            "tịch UBND huyện dự và đánh trống khai trường.\n\n")
    assert facts(text + "Phó Chủ ").authors == []
    assert facts(text + "Phó Đức Minh").authors == ["Phó Đức Minh"]     # (a writer of the family Phó)


# --- M7: a count "N/N" of units is no day ---

def test_a_count_of_units_is_no_meeting_day():
    f = facts("Hoàn thành đại hội cấp huyện\nĐến nay, 7/7 Hội Nông dân cấp huyện trong tỉnh Thái Bình đã tổ chức thành "
              "công đại hội nhiệm kỳ 2023-2028.\n")
    assert all(m.date is None and m.month_day is None for m in f.meetings)
    # the near-misses: a day's word before the pair, or a comma after it
    for lead in ("Sáng 7/7 Hội Nông dân huyện Vũ Thư", "Ngày 7/7, Hội Nông dân huyện Vũ Thư"):
        f = facts(f"Đại hội Hội Nông dân\n{lead} tổ chức đại hội nhiệm kỳ 2023-2028.\n")
        assert any(m.date is not None and (m.date.month, m.date.day) == (7, 7) for m in f.meetings)


# --- M5 (in part): the occasion after an open name ends it ---

def test_nhan_before_a_capitalised_occasion_ends_an_open_name():
    f = facts("Tin\n\nChiều 3/3, lãnh đạo huyện Vũ Thư thăm, chúc mừng Đồn Biên phòng Ta’lu nhân Ngày truyền thống Bộ "
              "đội Biên phòng.\n")
    assert "Đồn Biên phòng Ta’lu" in bodies(f) and not any(b.endswith(" nhân") for b in bodies(f))


# --- the one a new holder replaces is named for the post he leaves, not placed at the meeting (mends b2166df,
# which made him an official: 'được Bộ Chính trị điều động, chỉ định làm X' gives him his new post) ---

def test_the_holder_replaced_is_no_attendee_unless_placed_there():
    lead = ("Tin\n\nSáng 15/10/2025, Tỉnh ủy Hậu Giang tổ chức hội nghị trao quyết định điều động ông Lê Văn Ba về giữ "
            "chức Bí thư Tỉnh ủy Hậu Giang. Ông Ba làm Bí thư Tỉnh ủy Hậu Giang thay ông Trần Văn Tư mới được Bộ "
            "Chính trị điều động, chỉ định làm Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng.\n")
    f = facts(lead)
    assert "Trần Văn Tư" not in attendees(f) and "Lê Văn Ba" in attendees(f)
    # (negative: a speech of his at the meeting places him there)
    f = facts(lead.rstrip("\n") + " Phát biểu tại hội nghị, ông Trần Văn Tư cảm ơn cán bộ, đảng viên trong tỉnh.\n")
    assert "Trần Văn Tư" in attendees(f)

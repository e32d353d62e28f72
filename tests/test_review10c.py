"""review10c's findings as tests: sentences written here (invented names, real places), positive and negative."""
from __future__ import annotations

from test_probe10 import facts, guests, hosts, officials, posts  # noqa: F401  (probe10's readers)


def bodies(f) -> set:
    return {b.name for b in f.bodies}


# --- H1: a verb glued to a comma after a name in capitals is the visitor's first act, no given name ---

def test_h1_two_acts_of_a_visit_in_a_capitals_headline():
    f = facts("BÍ THƯ HUYỆN ỦY ĐINH VĂN KHOA THĂM, TẶNG QUÀ CÁC HỘ NGHÈO\n\nSáng 4/2, ông Đinh Văn Khoa, Bí thư "
              "Huyện ủy Cái Bè đến thăm các hộ nghèo ở xã Hậu Mỹ Bắc A.\n")
    assert officials(f) == {"Đinh Văn Khoa"}


def test_h1_attend_and_direct_in_capitals():
    f = facts("Tin\n\nPHÓ BÍ THƯ TỈNH ỦY HỒ THỊ LAN DỰ, CHỈ ĐẠO HỘI NGHỊ ĐIỂM\n\nSáng 9/4, Đảng ủy xã Tân Hòa tổ "
              "chức hội nghị.\n")
    assert "Hồ Thị Lan Dự" not in officials(f)
    assert "Hồ Thị Lan" in officials(f)


def test_h1_a_caption_in_capitals_then_small_letters():
    f = facts("Tin\n\nĐồng chí ĐINH VĂN KHOA TIẾP, làm việc với đoàn công tác.\n")
    assert "Đinh Văn Khoa Tiếp" not in officials(f)


def test_h1_a_headline_verb_not_in_the_short_list_either():
    f = facts("GIÁM ĐỐC SỞ Y TẾ TẠ VĂN LỘC ĐẾN, THĂM TRẠM Y TẾ XÃ\n\nSáng 6/3, ông Tạ Văn Lộc, Giám đốc Sở Y "
              "tế tỉnh Vĩnh Long đến thăm Trạm Y tế xã Long Phước.\n")
    assert officials(f) == {"Tạ Văn Lộc"}
    f = facts("CHỦ TỊCH UBND TỈNH TẠ VĂN LỘC ĐỐI THOẠI VỚI DOANH NGHIỆP\n\nSáng 6/3, ông Tạ Văn Lộc, Chủ tịch UBND "
              "tỉnh Vĩnh Long đối thoại với doanh nghiệp.\n")
    assert officials(f) == {"Tạ Văn Lộc"}


def test_h1_a_given_name_that_is_a_common_word_stays_before_a_title_or_a_name():
    f = facts("Tin\n\nĐồng chí ĐINH VĂN TRONG, Bí thư Huyện ủy Cái Bè phát biểu.\n")
    assert "Đinh Văn Trong" in officials(f)
    f = facts("Tin\n\nDự có các đồng chí HỒ VĂN TIẾP, ĐINH THỊ LAN, Phó Chủ tịch UBND huyện Cái Bè.\n")
    assert "Hồ Văn Tiếp" in officials(f)


# --- H2: a bare "Đảng ủy viên" belongs to the one commune only in that commune's story ---

def test_h2_a_district_event_held_in_a_commune_gives_no_commune_member():
    f = facts("Tin\n\nChiều 8/6, Huyện ủy Cái Bè tổ chức hội nghị sơ kết tại nhà văn hóa xã Hậu Mỹ Bắc A. Dự có bà "
              "Hồ Thị Lan, Đảng ủy viên.\n")
    assert not any(b.startswith("Đảng ủy xã") for _, _, b in posts(f))


def test_h2_a_provincial_units_member_at_a_commune_venue_is_no_commune_member():
    f = facts("Tin\n\nChiều 8/6, Bộ Chỉ huy Quân sự tỉnh Vĩnh Long tổ chức diễn tập tại xã Long Phước, huyện Long Hồ. "
              "Dự có Đại tá Tạ Văn Lộc, Đảng ủy viên Đảng ủy Quân sự tỉnh và Trung tá Đinh Văn Khoa, Đảng ủy viên.\n")
    assert not any(b == "Đảng ủy xã Long Phước" for _, _, b in posts(f))


def test_h2_the_communes_own_story_keeps_its_member():
    f = facts("Tin\n\nChiều 8/6, Đảng ủy xã Long Phước tổ chức hội nghị tại hội trường xã. Dự có bà Hồ Thị Lan, "
              "Đảng ủy viên.\n")
    assert ("Hồ Thị Lan", "Ủy viên", "Đảng ủy xã Long Phước") in posts(f)


# --- H3: titles listed with no holder share the closing level only within one level's sort ---

def test_h3_a_list_opened_by_a_department_shares_no_district():
    f = facts("Tin\n\nSáng 12/6, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có Giám đốc Sở Y tế, Chủ tịch Hội Cựu "
              "chiến binh, Chủ tịch UBND huyện Long Hồ.\n")
    assert "Hội Cựu chiến binh huyện Long Hồ" not in bodies(f)


def test_h3_mass_organisations_closed_by_a_state_body_share_no_level():
    f = facts("Tin\n\nSáng 12/6, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có Chủ tịch Hội Nông dân, Chủ tịch Liên "
              "minh Hợp tác xã và Chủ tịch UBND huyện Long Hồ.\n")
    assert not {"Hội Nông dân huyện Long Hồ", "Liên minh Hợp tác xã huyện Long Hồ"} & bodies(f)


def test_h3_a_list_whose_first_says_its_own_level_shares_none():
    f = facts("Tin\n\nSáng 12/6, Huyện ủy Long Hồ tổ chức hội nghị. Dự có Chủ tịch Hội Nông dân tỉnh Vĩnh Long, Chủ "
              "tịch Hội Cựu chiến binh và Bí thư Đoàn Thanh niên huyện Long Hồ.\n")
    assert "Hội Cựu chiến binh huyện Long Hồ" not in bodies(f)


def test_h3_the_front_and_its_organisations_closed_by_one_level_share_it():
    f = facts("Tin\n\nSáng 12/6, Huyện ủy Long Hồ tổ chức hội nghị. Dự có Chủ tịch Ủy ban MTTQ, Chủ tịch Hội Cựu "
              "chiến binh và Bí thư Đoàn Thanh niên huyện Long Hồ.\n")
    assert "Hội Cựu chiến binh huyện Long Hồ" in bodies(f)


# --- H4: a reception told for later or another day hosts nothing of the visit told ---

_TRIP = ("Đoàn công tác Liên đoàn Lao động tỉnh Trà Vinh thăm công nhân\n\nSáng 14/6, đoàn công tác Liên đoàn Lao động "
         "tỉnh Trà Vinh đã đến thăm công nhân các khu nhà trọ ở huyện Càng Long. ")


def test_h4_a_reception_planned_for_the_next_day_is_no_host():
    f = facts(_TRIP + "Theo kế hoạch, ngày mai Liên đoàn Lao động huyện Cầu Kè sẽ tiếp đoàn.\n")
    assert "Liên đoàn Lao động huyện Cầu Kè" not in hosts(f)
    f = facts(_TRIP + "Dịp này, UBND huyện Càng Long sẽ tiếp đoàn và trao đổi kinh nghiệm.\n")
    assert "Ủy ban nhân dân huyện Càng Long" not in hosts(f)


def test_h4_who_receives_the_delegation_that_day_hosts_it():
    f = facts(_TRIP + "Ông Hồ Văn Sang, Chủ tịch Liên đoàn Lao động huyện Càng Long cùng cán bộ công đoàn huyện đã "
              "tiếp đoàn.\n")
    assert "Liên đoàn Lao động huyện Càng Long" in hosts(f)


# --- H5: bodies listed after a bare "Ban Thường vụ Đảng ủy" and closed by every commune are no one commune's ---

def test_h5_a_list_closed_by_every_commune_places_nothing_at_the_venue():
    f = facts("Tin\n\nChiều 20/6, Huyện ủy Long Hồ tổ chức hội nghị tại xã Long Phước. Dự có các đồng chí trong Ban "
              "Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ các xã, thị trấn.\n")
    assert not {"Hội đồng nhân dân xã Long Phước", "Ủy ban nhân dân xã Long Phước",
                "Thường trực Hội đồng nhân dân xã Long Phước"} & bodies(f)


def test_h5_the_communes_own_list_closed_by_its_word_keeps_the_commune():
    f = facts("Tin\n\nChiều 20/6, Đảng ủy xã Long Phước tổ chức hội nghị. Dự có các đồng chí trong Ban Thường vụ Đảng "
              "ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ xã.\n")
    assert {"Hội đồng nhân dân xã Long Phước", "Ủy ban nhân dân xã Long Phước"} <= bodies(f)


# --- M3: a figure as of a month is told at or after it: a day before that month is a year on ---

def _dates(text: str) -> list:
    return [m.date.isoformat() if m.date else None for m in facts(text).meetings]


def test_m3_a_figure_as_of_december_puts_a_february_meeting_in_the_next_year():
    assert _dates("Tin\n\nSáng 6/2, UBND huyện Long Hồ tổ chức hội nghị sơ kết. Tính đến tháng 12-2027, toàn huyện có "
                  "9 xã đạt chuẩn nông thôn mới nâng cao.\n") == ["2028-02-06"]


def test_m3_a_meeting_after_the_as_of_month_keeps_its_year():
    assert _dates("Tin\n\nSáng 18/12, UBND huyện Long Hồ tổ chức hội nghị sơ kết. Tính đến tháng 11-2027, toàn huyện có "
                  "9 xã đạt chuẩn nông thôn mới nâng cao.\n") == ["2027-12-18"]


# --- M4: the deputies' delegation is the body of a leader who holds no other title ---

def test_m4_a_leader_titled_only_by_the_delegation_brings_it():
    f = facts("Tin\n\nSáng 9/3, bà Hồ Thị Lan, Phó Trưởng Đoàn ĐBQH tỉnh Vĩnh Long cùng lãnh đạo Sở Lao động - Thương "
              "binh và Xã hội đến thăm Trung tâm Bảo trợ xã hội tỉnh.\n")
    assert "Đoàn đại biểu Quốc hội tỉnh Vĩnh Long" in guests(f)


def test_m4_the_delegation_he_also_heads_stays_out():
    f = facts("Tin\n\nSáng 9/3, bà Hồ Thị Lan, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Vĩnh Long cùng lãnh đạo Sở "
              "Lao động - Thương binh và Xã hội đến thăm Trung tâm Bảo trợ xã hội tỉnh.\n")
    assert "Đoàn đại biểu Quốc hội tỉnh Vĩnh Long" not in guests(f)
    assert "Tỉnh ủy Vĩnh Long" in guests(f)


# --- M2: a recipient who then speaks his thanks keeps his own titles ---

def test_m2_the_recipient_thanking_after_the_comma_keeps_the_chain():
    f = facts("Tin\n\nTặng hoa chúc mừng cho Phó Bí thư Tỉnh ủy Vĩnh Long, Chủ tịch UBND tỉnh Tạ Văn Lộc phát biểu cảm "
              "ơn các đại biểu.\n")
    assert ("Tạ Văn Lộc", "Phó Bí thư", "Tỉnh ủy Vĩnh Long") in posts(f)


def test_m2_the_giver_directing_after_the_comma_still_ends_the_clause():
    f = facts("Tin\n\nTrao quyết định cho tân Bí thư Tỉnh ủy Vĩnh Long, Trưởng Ban Tổ chức Trung ương Hồ Văn Sang "
              "nhấn mạnh yêu cầu đoàn kết.\n")
    assert not any(name == "Hồ Văn Sang" and role == "Bí thư" for name, role, _ in posts(f))


# --- M1: a gallery's captions under the byline are the story's, not links to other stories ---

_SIGNED = ("Tin\n\nChiều 15/1, Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác năm 2027. Hội nghị do ông Tạ Văn "
           "Lộc, Bí thư Tỉnh ủy chủ trì.\n\nThanh Vân\n\n")


def test_m1_a_gallery_under_the_byline_keeps_its_people():
    f = facts(_SIGNED + "Đồng chí Hồ Văn Sang, Phó Bí thư Tỉnh ủy phát biểu tại hội nghị\n\nĐồng chí Đinh Thị Lan, Chủ "
              "tịch UBND tỉnh Vĩnh Long báo cáo kết quả\n\nCác đại biểu dự hội nghị tổng kết công tác năm 2027 của Tỉnh "
              "ủy\n")
    assert {"Hồ Văn Sang", "Đinh Thị Lan"} <= officials(f)


def test_m1_links_to_other_stories_under_the_byline_are_still_cut():
    f = facts(_SIGNED + "Huyện Long Hồ: Ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới\n\nBộ trưởng Hồ Văn "
              "Sang làm việc với tỉnh Trà Vinh về phát triển kinh tế biển\n\nTrà Vinh tổ chức Đại hội đại biểu Hội "
              "Nông dân tỉnh lần thứ X nhiệm kỳ 2027 - 2032\n")
    assert "Hồ Văn Sang" not in officials(f)
    assert f.authors == ["Thanh Vân"]


# --- L1, L2: "UVTT" hyphened to a title is a standing member only of a body that has such members ---

def test_l1_uvtt_before_a_party_boards_head_makes_no_party_committee_post():
    f = facts("Tin\n\nSáng 9/4, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có ông Hồ Văn Sang, UVTT-Trưởng Ban Dân vận "
              "Tỉnh ủy Vĩnh Long.\n")
    assert posts(f) == {("Hồ Văn Sang", "Trưởng ban", "Ban Dân vận Tỉnh ủy Vĩnh Long")}


def test_l2_uvtt_before_the_bodys_own_head_adds_no_second_post():
    f = facts("Tin\n\nSáng 9/4, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có ông Hồ Văn Sang, UVTT-Chủ tịch Hội Cựu "
              "chiến binh tỉnh Vĩnh Long.\n")
    assert posts(f) == {("Hồ Văn Sang", "Chủ tịch", "Hội Cựu chiến binh tỉnh Vĩnh Long")}


def test_l1_uvtt_before_a_front_boards_head_stays_the_fronts_standing_member():
    f = facts("Tin\n\nSáng 9/4, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có ông Hồ Văn Sang, UVTT-Trưởng ban Phong "
              "trào Ủy ban MTTQ tỉnh Vĩnh Long.\n")
    assert ("Hồ Văn Sang", "Ủy viên Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long") in posts(f)


# --- L3: "UVTT," before a comma and a board's head is the standing member of the board's owner ---

def test_l3_uvtt_then_a_comma_before_a_front_boards_head():
    f = facts("Tin\n\nSáng 9/4, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có bà Đinh Thị Lan, UVTT, Trưởng ban Phong "
              "trào Ủy ban MTTQ tỉnh Vĩnh Long.\n")
    assert ("Đinh Thị Lan", "Ủy viên Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long") in posts(f)


def test_l3_uvtt_then_a_comma_before_a_party_boards_head_is_no_post():
    f = facts("Tin\n\nSáng 9/4, UBND tỉnh Vĩnh Long tổ chức hội nghị. Dự có bà Đinh Thị Lan, UVTT, Trưởng Ban Tuyên "
              "giáo Tỉnh ủy Vĩnh Long.\n")
    assert posts(f) == {("Đinh Thị Lan", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Vĩnh Long")}

"""Posts and officials, round 9: sentences written for the families this round reads."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def officials(st) -> set[str]:
    return {o.name for o in st.facts.officials}


# --- the parish priest as other dioceses write him ---

def test_a_parish_priest_written_chinh_xu_holds_the_parish(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thăm Linh mục Hồ Văn Ân, Tổng Đại diện Giáo phận Phú Lâm, Chính xứ Giáo xứ "
                            "Bình Hòa.\n")
    assert ("Hồ Văn Ân", "Chính xứ", "Giáo xứ Bình Hòa") in posts(st)


def test_a_board_of_directors_in_lower_case_is_read_as_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn của Hội đồng Lý luận Trung ương do ông Hà Văn Lộc, Phó Chủ tịch Hội đồng "
                            "làm Trưởng đoàn. Ông Lê Văn Năm, Phó Chủ tịch Hội đồng quản trị Công ty Suối Lam, cùng "
                            "dự.\n")
    assert not any(name == "Lê Văn Năm" and body.startswith("Hội đồng Lý luận") for name, _, body in posts(st))


# --- a deputy of a people's council written after the other titles ---

def test_a_council_deputy_title_after_a_chain_names_the_council_of_its_level(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại tổ bầu cử số 2, ông Lê Đình Tân, Chủ tịch UBND huyện Kim Thành, Phó Bí thư "
                            "Huyện ủy, Đại biểu HĐND tỉnh Hải Dương; bà Ngô Thị Lan, Đại biểu HĐND tỉnh đã tiếp xúc "
                            "cử tri.\n")
    got = posts(st)
    assert ("Lê Đình Tân", "Đại biểu", "Hội đồng nhân dân tỉnh Hải Dương") in got
    assert ("Ngô Thị Lan", "Đại biểu", "Hội đồng nhân dân tỉnh Hải Dương") in got


def test_a_council_deputy_title_before_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nVề tiếp xúc cử tri có Đại biểu Hội đồng nhân dân tỉnh Bình Thuận ông Trần Văn "
                            "Toàn.\n")
    assert posts(st) == {("Trần Văn Toàn", "Đại biểu", "Hội đồng nhân dân tỉnh Bình Thuận")}


def test_the_council_deputies_as_a_group_give_no_one_a_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCử tri đề nghị các đại biểu HĐND tỉnh Bình Thuận quan tâm hơn, ông Trần Văn "
                            "Toàn phát biểu.\n")
    assert not posts(st)


# --- the General Staff's chief and deputies ---

def test_a_deputy_chief_of_the_general_staff_holds_it_in_the_ministry(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTham gia đoàn có Trung tướng Lê Văn Thịnh - Phó tổng Tham mưu trưởng Bộ Quốc "
                            "phòng; đại diện các bộ, ngành.\n")
    assert posts(st) == {("Lê Văn Thịnh", "Phó Tổng Tham mưu trưởng", "Bộ Quốc phòng")}


def test_a_provincial_chief_of_staff_keeps_his_command(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Đại tá Lê Văn Bình - Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân "
                            "sự tỉnh Gia Lai.\n")
    assert ("Lê Văn Bình", "Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Gia Lai") in posts(st)


# --- a place in parentheses between a title and the name it leads ---

def test_a_district_placed_in_its_province_in_brackets_still_leads_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHôm qua, Bí thư Huyện ủy Tân Châu (tỉnh Tây Ninh) Lê Văn Hòa cùng đoàn công tác "
                            "ghé thăm các cơ sở tôn giáo.\n")
    assert posts(st) == {("Lê Văn Hòa", "Bí thư", "Huyện ủy Tân Châu")}


def test_a_province_alone_in_brackets_before_an_addressed_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND huyện Tân Châu (Tây Ninh) ông Lê Văn Hòa dẫn đầu đoàn.\n")
    assert posts(st) == {("Lê Văn Hòa", "Chủ tịch", "Ủy ban nhân dân huyện Tân Châu")}


def test_a_captions_place_words_in_brackets_are_no_place_aside(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Huyện ủy Tân Châu (bìa trái) Lê Văn Hòa trao quà cho các hộ nghèo.\n")
    assert ("Lê Văn Hòa", "Bí thư", "Huyện ủy Tân Châu") not in posts(st)


# --- a caption's place words in brackets between a name and the predicate that gives a post ---

def test_a_name_with_a_captions_aside_still_takes_the_post_it_is_given(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lê Văn Việt trao quyết định điều động, phân công đồng chí Võ Văn Dương "
                            "(trái) giữ chức Phó Trưởng ban Tuyên giáo Trung ương.\n")
    assert ("Võ Văn Dương", "Phó Trưởng ban", "Ban Tuyên giáo Trung ương") in posts(st)
    assert not any(name == "Lê Văn Việt" for name, _, _ in posts(st))


def test_a_captions_aside_before_a_verb_of_giving_lends_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Võ Văn Dương (phải) trao quyết định cho đồng chí Lê Văn Việt giữ chức "
                            "Phó trưởng Ban Nội chính Trung ương.\n")
    assert not any(name == "Võ Văn Dương" for name, _, _ in posts(st))


# --- members presented as models to follow are no officials ---

def test_members_giving_model_reports_are_no_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đó, sau lời khai mạc của Chủ tịch Hội Cựu chiến binh quận Hà Đông Lê Văn An, "
                            "hội nghị nghe những báo cáo điển hình: phường Tân Lập và các đồng chí Vương Văn Trúc, "
                            "Trương Văn Thành.\n")
    assert officials(st) == {"Lê Văn An"}


def test_comrades_taking_part_elsewhere_stay_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự hội nghị có đồng chí Vương Văn Trúc và đồng chí Trương Văn Thành. Hội nghị "
                            "nghe báo cáo điển hình của đồng chí Trương Văn Thành.\n")
    assert officials(st) == {"Vương Văn Trúc", "Trương Văn Thành"}


def test_a_deputy_of_a_council_whose_place_is_never_written_is_an_official_without_the_seat(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/8, ông Lê Đình Tân - Chủ tịch UBND huyện - Đại biểu HĐND tỉnh cùng bà Ngô "
                            "Thị Lan, Đại biểu HĐND tỉnh đã gặp gỡ cử tri.\n")
    assert not any(role == "Đại biểu" for _, role, _ in posts(st))
    assert officials(st) == {"Lê Đình Tân", "Ngô Thị Lan"}


# --- a religious dignitary the delegation visits and greets ---

def test_a_dignitary_visited_and_greeted_is_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Hà Thị Lụa, Phó Chủ tịch UBND tỉnh đã đến thăm và chúc mừng Mục sư Kiều Văn "
                            "Toàn, Chi hội Tin lành Phước Lộc.\n")
    assert "Kiều Văn Toàn" in officials(st)


def test_a_dignitary_given_a_gift_or_mourned_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã đến thăm, tặng quà các vị chức sắc gồm: Hòa thượng Thích Nhật Quang (chùa "
                            "Tân Lộc). Đoàn cũng đến thăm và dâng hương tưởng niệm Hòa thượng Thích Minh Lạc.\n")
    assert not officials(st) & {"Thích Nhật Quang", "Thích Minh Lạc"}


# --- a bare committee that took a neighbour's unit named in its sentence ---

def test_our_secretary_keeps_his_province_where_a_sentence_names_the_neighbours(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 5/2, đồng chí Lê Văn Hải - Chủ tịch HĐND tỉnh Quảng Nam, Bí thư Tỉnh ủy tiếp "
                            "đoàn đại biểu tỉnh Sê Kông (Lào) do đồng chí Bun-mi Xay-na-phon - Bí thư Tỉnh ủy, Tỉnh "
                            "trưởng tỉnh Sê Kông dẫn đầu.\nĐáp lời đoàn bạn từ tỉnh Sê Kông, Bí thư Tỉnh ủy Lê "
                            "Văn Hải cảm ơn tình cảm của nhân dân hai tỉnh.\n")
    got = posts(st)
    assert ("Lê Văn Hải", "Bí thư", "Tỉnh ủy Quảng Nam") in got
    assert ("Lê Văn Hải", "Bí thư", "Tỉnh ủy Sê Kông") not in got
    assert ("Bun-mi Xay-na-phon", "Bí thư", "Tỉnh ủy Sê Kông") in got


def test_a_secretary_of_the_neighbours_with_no_other_post_of_ours_keeps_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu tỉnh Sê Kông (Lào) do đồng chí Bun-mi Xay-na-phon - Bí thư Tỉnh ủy, "
                            "Tỉnh trưởng tỉnh Sê Kông dẫn đầu đã sang thăm tỉnh Quảng Nam.\n")
    got = posts(st)
    assert ("Bun-mi Xay-na-phon", "Bí thư", "Tỉnh ủy Sê Kông") in got
    assert ("Bun-mi Xay-na-phon", "Tỉnh trưởng", "Chính quyền tỉnh Sê Kông") in got


# --- review9a H1, H2, H3, M2: the asides, the visited and the models read more narrowly ---

def test_a_title_after_a_name_and_a_place_aside_leads_no_next_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng dự có ông Lưu Văn Hòa, Bí thư Huyện ủy Bảo Yên (tỉnh Lào Cai) ông Hứa Văn "
                            "Thiện, Chủ tịch UBND huyện.\n")
    got = posts(st)
    assert ("Lưu Văn Hòa", "Bí thư", "Huyện ủy Bảo Yên") in got
    assert not any(name == "Hứa Văn Thiện" and role == "Bí thư" for name, role, _ in got)


def test_a_province_whose_first_syllable_is_a_family_name_in_brackets_is_a_place_aside(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND huyện Kỳ Anh (Hà Tĩnh) Võ Văn Sáu trao quà cho các hộ nghèo.\n")
    assert ("Võ Văn Sáu", "Chủ tịch", "Ủy ban nhân dân huyện Kỳ Anh") in posts(st)


def test_a_grave_a_founder_and_a_visitor_are_no_visited_dignitaries(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã ghé thăm mộ Hòa thượng Thích Tâm Hải ở chùa Hòa Lạc. Đoàn cũng thăm chùa "
                            "Vĩnh Lạc, ngôi chùa do Hòa thượng Thích Minh Đăng dựng năm 1802. Nhân dịp thăm quê, "
                            "Linh mục Đỗ Văn Hiền ghé nhà thờ cũ.\n")
    assert not officials(st) & {"Thích Tâm Hải", "Thích Minh Đăng", "Đỗ Văn Hiền"}


def test_dignitaries_in_a_list_the_visit_opens_with_a_colon_are_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn của tỉnh đã tới thăm, chúc mừng: Ban Trị sự GHPG Việt Nam tỉnh Ninh Thuận; "
                            "Hòa thượng Thích Hạnh Tâm, chùa Linh Quang.\n")
    assert "Thích Hạnh Tâm" in officials(st)


def test_a_leader_at_a_conference_named_for_its_models_stays_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại hội nghị biểu dương điển hình tiên tiến năm nay, đồng chí Vi Thị Hạnh phát "
                            "biểu chỉ đạo.\n")
    assert officials(st) == {"Vi Thị Hạnh"}


# --- titles whose first syllable begins plain words, read before the body they head ---

def test_a_pastor_in_charge_and_a_parish_priest_and_a_dean_written_with_quan(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã ghé Mục sư Lê Văn Phúc, Quản nhiệm Hội Thánh Tin lành Phước Sơn; Linh mục "
                            "Trần Văn Lộc, Quản xứ Giáo xứ Tân Lập; Linh mục Võ Văn Bảy, Quản hạt Giáo hạt Tân Lập.\n")
    assert posts(st) == {("Lê Văn Phúc", "Quản nhiệm", "Hội Thánh Tin lành Phước Sơn"),
                         ("Trần Văn Lộc", "Quản xứ", "Giáo xứ Tân Lập"),
                         ("Võ Văn Bảy", "Quản hạt", "Giáo hạt Tân Lập")}


def test_the_lower_case_words_of_managing_make_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Phúc, người quản nhiệm Hội Thánh Tin lành Phước Sơn nhiều năm, chia "
                            "sẻ niềm vui.\n")
    assert not any(role in ("Quản nhiệm", "Quản xứ") for _, role, _ in posts(st))


# --- probe9 F0, F1: a list headed by an awarding authority's title, or by a former title ---

def test_citizens_listed_after_the_authority_that_gives_the_award_hold_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBốn vận động viên của tỉnh được nhận Bằng khen của Chủ tịch UBND tỉnh gồm: Lê Thị "
                            "Hoa (môn bơi), Trần Văn Cúc.\n")
    assert not posts(st) and not officials(st)


def test_a_former_title_heading_a_list_gives_no_post_but_its_people_are_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự buổi lễ có nguyên Chủ tịch Quốc hội: Nguyễn Văn Hải, Trần Thị Liên; nguyên Chủ "
                            "tịch nước Lê Văn Cường.\n")
    assert not posts(st)
    assert officials(st) == {"Nguyễn Văn Hải", "Trần Thị Liên", "Lê Văn Cường"}


def test_a_title_held_now_still_heads_its_list(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHai Ủy viên Ban Thường vụ Tỉnh ủy Bình Phước: Lê Văn Hải, Trưởng Ban Tổ "
                            "chức; Trần Văn Bình, Chủ tịch UBND tỉnh.\n")
    got = posts(st)
    assert ("Lê Văn Hải", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Phước") in got
    assert ("Trần Văn Bình", "Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Phước") in got


# --- probe9 F16: a post handed over, or held in a time gone ---

def test_a_post_handed_over_or_held_in_a_time_gone_is_not_held(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Phan Văn Khải, Bí thư Huyện ủy Thuận Bắc đã bàn giao nhiệm vụ Phó Chủ tịch "
                            "UBND tỉnh Ninh Thuận cho ông Lê Văn Tuấn. Ông Phan Văn Khải có nhiều đóng góp trong thời "
                            "gian còn giữ chức vụ Phó Chủ tịch UBND tỉnh Ninh Thuận.\n")
    assert posts(st) == {("Phan Văn Khải", "Bí thư", "Huyện ủy Thuận Bắc")}


def test_a_post_one_is_elected_to_is_held(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHôm qua, ông Phan Văn Khải đã được bầu làm Phó Chủ tịch UBND tỉnh Ninh Thuận.\n")
    assert posts(st) == {("Phan Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Thuận")}


# --- a name that is also a place's, addressed as a comrade ---

def test_a_comrade_whose_name_is_a_districts_is_a_person(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng dự có đồng chí Mai Sơn - Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn.\n")
    assert posts(st) == {("Mai Sơn", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Lạng Sơn")}
    assert officials(st) == {"Mai Sơn"}


def test_the_district_itself_is_no_person(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác huyện Mai Sơn, tỉnh Sơn La đến thăm. Lãnh đạo Mai Sơn, Phó Chủ tịch "
                            "UBND tỉnh cùng dự.\n")
    assert not officials(st)


# --- a former mark glued to a name by a dash is no syllable of a neighbour's name ---

def test_a_former_mark_after_a_dash_is_no_part_of_the_name_in_a_foreign_story(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Nguyễn Văn An-nguyên Phó Chủ tịch UBND tỉnh Hà Giang đã tiếp đoàn Trung Quốc.\n")
    assert officials(st) == {"Nguyễn Văn An"}
    assert not posts(st)


def test_a_neighbours_hyphenated_name_is_still_read_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Xổm-phết Khăm-bun-đa, Bí thư Tỉnh "
                            "ủy dẫn đầu đã sang thăm tỉnh Nghệ An.\n")
    assert ("Xổm-phết Khăm-bun-đa", "Bí thư", "Tỉnh ủy Xiêng Khoảng") in posts(st)


# --- review9a H8: "sự tham dự của <title>: A" names the holder; only an award's "của" gives nothing ---

def test_the_attendance_of_a_title_then_a_colon_names_its_holder(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBuổi lễ vinh dự có sự hiện diện của Phó Chủ tịch UBND tỉnh Yên Bái: ông Trần Văn "
                            "Tám.\n")
    assert posts(st) == {("Trần Văn Tám", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")}


def test_an_order_of_the_state_given_by_a_title_to_a_list_gives_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHai cá nhân được nhận Huân chương Lao động hạng Nhì của Chủ tịch nước gồm: Lê Văn "
                            "Hoa, Trần Thị Cúc.\n")
    assert not posts(st) and not officials(st)


# --- a living hero's title is no memorial ---

def test_a_hero_of_the_armed_forces_taking_part_is_no_one_remembered(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ có đồng chí Nguyễn Văn Mạnh – Anh hùng Lực lượng vũ trang nhân dân; đồng chí "
                            "Trương Văn Hảo - Phó Chủ tịch HĐND huyện Vĩnh Hưng.\n")
    assert officials(st) == {"Nguyễn Văn Mạnh", "Trương Văn Hảo"}
    assert ("Trương Văn Hảo", "Phó Chủ tịch", "Hội đồng nhân dân huyện Vĩnh Hưng") in posts(st)


def test_a_fallen_hero_remembered_is_still_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLễ kỷ niệm 90 năm ngày sinh đồng chí Lê Văn Tám, anh hùng liệt sĩ, nguyên Bí thư "
                            "Tỉnh ủy.\n")
    assert not officials(st)


# --- a neighbour's official's titles written after his name, closed by his unit ---

def test_titles_after_a_name_closed_by_a_neighbours_province_are_that_sides(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thăm tỉnh Champasak của nước bạn Lào. Đồng chí Vi-la-sắc Bun-nha-vông - Tỉnh "
                            "trưởng tỉnh Champasak kiêm Bí thư Tỉnh ủy, Ủy viên Trung ương Đảng đón đoàn.\n")
    got = posts(st)
    assert ("Vi-la-sắc Bun-nha-vông", "Tỉnh trưởng", "Chính quyền tỉnh Champasak") in got
    assert ("Vi-la-sắc Bun-nha-vông", "Ủy viên", "Ban Chấp hành Trung ương Đảng") not in got


def test_our_secretarys_titles_before_a_neighbours_delegation_stay_ours(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTiếp đoàn tỉnh Sê Kông (Lào) sáng nay có đồng chí Lê Văn Hải - Bí thư Tỉnh ủy Quảng "
                            "Nam, Ủy viên Trung ương Đảng.\n")
    assert posts(st) == {("Lê Văn Hải", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                         ("Lê Văn Hải", "Bí thư", "Tỉnh ủy Quảng Nam")}


# --- review9a H10, M6: a colon listing who came; the genre's other greetings ---

def test_comrades_listed_as_attending_a_conference_named_for_models_stay_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự Hội nghị biểu dương điển hình tiên tiến năm nay có các đồng chí: Hoàng Văn An, "
                            "Nguyễn Thị Bình.\n")
    assert officials(st) == {"Hoàng Văn An", "Nguyễn Thị Bình"}


def test_a_dignitary_greeted_for_his_health_or_his_feast_is_visited(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thăm hỏi sức khỏe Thượng tọa Thích Minh Hải. Sau đó đoàn đến thăm, chúc mừng "
                            "Lễ Phục sinh Mục sư Y Sơn Niê.\n")
    assert officials(st) == {"Thích Minh Hải", "Y Sơn Niê"}


# --- review9a L3: a consul named after his mission seated in a city written without its unit word ---

def test_a_consul_after_a_mission_seated_in_a_bare_city_holds_the_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/6, Tổng Lãnh sự Nhật Bản tại Đà Nẵng Tanaka Hiroshi đã chúc mừng tỉnh.\n")
    assert posts(st) == {("Tanaka Hiroshi", "Tổng Lãnh sự", "Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng")}


def test_a_seat_that_is_no_place_names_no_consul(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/6, Tổng Lãnh sự Nhật Bản tại Hội Nghị Xúc Tiến đã chúc mừng tỉnh.\n")
    assert not officials(st)


def test_a_hero_whose_grave_is_visited_is_mourned_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã viếng mộ Anh hùng Lực lượng vũ trang nhân dân Trần Văn Mười, nguyên Bí thư "
                            "Huyện ủy Mỏ Cày.\n")
    assert not officials(st)


# --- the ministry an office belongs to, in brackets between the title and the name ---

def test_a_department_heads_ministry_in_brackets_still_leads_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng tiếp đoàn có Cục trưởng Cục Hợp tác quốc tế (Bộ Công an) Trần Văn Lâm và đại "
                            "diện các sở.\n")
    assert any(name == "Trần Văn Lâm" and role == "Cục trưởng" for name, role, _ in posts(st))


def test_a_union_in_brackets_is_no_ministry_aside(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có Giám đốc Sở Y tế (Hội Chữ thập đỏ) Lê Văn Hùng.\n")
    assert not posts(st)


def test_a_department_whose_name_holds_a_title_word_is_read_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lê Văn Cao, Phó Cục trưởng Cục Lãnh sự, cùng dự buổi tiếp.\n")
    assert posts(st) == {("Lê Văn Cao", "Phó Cục trưởng", "Cục Lãnh sự")}


# --- a title written short after its standing form (probe9 F15) ---

def test_a_standing_title_written_short_later_is_the_same_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ có đồng chí Đinh Văn Khải, Phó Chủ tịch Thường trực UBND tỉnh Bến Tre. "
                            "Cuối buổi, Phó Chủ tịch UBND tỉnh Đinh Văn Khải trao quà cho các em học sinh.\n")
    got = posts(st)
    assert ("Đinh Văn Khải", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Bến Tre") in got
    assert ("Đinh Văn Khải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre") not in got


def test_a_standing_deputy_elected_a_deputy_keeps_both_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBan Chấp hành đã bầu 3 Phó Bí thư Tỉnh ủy Bến Tre khóa mới gồm các đồng chí: "
                            "Đinh Văn Khải (Phó Bí thư Thường trực Tỉnh ủy khóa trước), Lê Thị Hoa và Ngô Văn Tư.\n")
    got = posts(st)
    assert ("Đinh Văn Khải", "Phó Bí thư", "Tỉnh ủy Bến Tre") in got


# --- a party board written with no committee before the Front's title ---

def test_a_party_board_written_bare_before_the_fronts_title_is_of_that_units_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Hà Thị Quế - Trưởng ban Dân vận, Chủ tịch UBMTTQ huyện Phù Mỹ; "
                            "ông Lò Văn Sáu – Phó Chủ tịch UBND huyện.\n")
    assert ("Hà Thị Quế", "Trưởng ban", "Ban Dân vận Huyện ủy Phù Mỹ") in posts(st)


def test_a_councils_board_written_bare_before_the_councils_title_takes_no_party_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Hà Thị Quế – Trưởng ban Kinh tế - Xã hội, Phó Chủ tịch HĐND huyện Phù Mỹ; "
                            "bà Lò Thị Năm – Chánh Văn phòng, Phó Chủ tịch UBMTTQ VN huyện.\n")
    got = posts(st)
    assert not any(body.endswith("Huyện ủy Phù Mỹ") for _, _, body in got)


# --- the titles a decision takes away were held until it ---

def test_the_titles_a_decision_takes_away_are_posts_of_the_named_cadre(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị công bố quyết định điều động ông Kha Văn Lực, Huyện ủy viên, thôi tham "
                            "gia Ban Chấp hành và thôi giữ chức danh Chủ tịch UBND xã Yên Lạc, Phó Bí thư Đảng ủy xã để nhận "
                            "nhiệm vụ khác.\n")
    got = posts(st)
    assert ("Kha Văn Lực", "Phó Bí thư", "Đảng ủy xã Yên Lạc") in got
    assert ("Kha Văn Lực", "Chủ tịch", "Ủy ban nhân dân xã Yên Lạc") in got


def test_the_one_who_hands_the_decision_does_not_take_the_titles_given_up(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Kha Văn Lực, Bí thư Huyện ủy Yên Lạc trao quyết định cho bà Ngô Thị Sen "
                            "thôi giữ chức Phó Chủ tịch UBND huyện Yên Lạc.\n")
    got = posts(st)
    assert not any(name == "Kha Văn Lực" and role == "Phó Chủ tịch" for name, role, _ in got)
    assert ("Ngô Thị Sen", "Phó Chủ tịch", "Ủy ban nhân dân huyện Yên Lạc") in got


# --- a visiting delegation's leader holds the titles of his own unit (review9b M5) ---

def test_the_leader_of_a_visiting_delegation_holds_bare_titles_of_his_own_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 5/3, đồng chí Mạc Văn Định, Bí thư Tỉnh ủy Kon Tum đón đoàn đại biểu tỉnh "
                            "Gia Lai do ông Rơ Mah Tún, Phó Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh làm trưởng đoàn.\n")
    got = posts(st)
    assert ("Rơ Mah Tún", "Phó Bí thư", "Tỉnh ủy Gia Lai") in got
    assert ("Rơ Mah Tún", "Chủ tịch", "Hội đồng nhân dân tỉnh Gia Lai") in got
    assert not any(name == "Rơ Mah Tún" and body.endswith("Kon Tum") for name, _, body in got)


def test_a_title_after_the_delegation_clause_keeps_the_hosts_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Mạc Văn Định, Chủ tịch UBND tỉnh Kon Tum và đoàn đại biểu tỉnh Gia Lai do ông "
                            "Rơ Mah Tún dẫn đầu, cùng bà Y Hoa, Phó Chủ tịch UBND tỉnh dự lễ.\n")
    got = posts(st)
    assert ("Y Hoa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") in got


# --- one person typed twice with a tone mark changed (probe9 F19) ---

def test_two_spellings_differing_in_a_mark_with_one_single_holder_post_are_one_person(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND tỉnh Quảng Bình Đào Thiện Mỹ chủ trì buổi làm việc. Ông Đào Thiên Mỹ "
                            "- Chủ tịch UBND tỉnh Quảng Bình yêu cầu các sở khẩn trương. Ông Đào Thiên Mỹ cũng lưu ý "
                            "thêm.\n")
    assert officials(st) == {"Đào Thiên Mỹ"}
    assert posts(st) == {("Đào Thiên Mỹ", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")}


def test_two_deputies_whose_names_differ_in_a_mark_stay_two_people(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch UBND tỉnh Quảng Bình Đào Văn Hùng và Phó Chủ tịch UBND tỉnh Quảng Bình "
                            "Đào Văn Hưng cùng dự buổi làm việc.\n")
    assert officials(st) == {"Đào Văn Hùng", "Đào Văn Hưng"}


# --- our own country in brackets after a unit, as in a border story (review9a M2) ---

def test_our_country_in_brackets_between_a_title_and_its_holder_is_read_over(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND tỉnh Lai Châu (Việt Nam) Giàng Văn Pó và Tỉnh trưởng tỉnh Luang Nặm "
                            "Tha (Lào) cùng ký biên bản ghi nhớ.\n")
    assert ("Giàng Văn Pó", "Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu") in posts(st)


def test_a_remark_in_brackets_between_a_title_and_a_name_still_stops_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND tỉnh Lai Châu (đứng giữa) Giàng Văn Pó trao quà.\n")
    assert ("Giàng Văn Pó", "Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu") not in posts(st)

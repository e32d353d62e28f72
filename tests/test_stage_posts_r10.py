"""Posts and officials, round 10: sentences written for the families this round reads."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- F11: title spellings ---

def test_pho_cut_to_its_initial_before_a_title_is_the_deputy(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐến dự có đồng chí Hà Thị Mơ - TVHU, P. Chủ tịch HĐND huyện, đồng chí Lò Văn Tiến - "
                            "TVHU, Trưởng Ban Dân vận Huyện ủy Yên Lạc.\n")
    got = posts(st)
    assert ("Hà Thị Mơ", "Phó Chủ tịch", "Hội đồng nhân dân huyện Yên Lạc") in got
    # the deputy's title is hers: the next name, after it, takes no chair of the council
    assert not any(name == "Lò Văn Tiến" and body.startswith("Hội đồng nhân dân") for name, _, body in got)


def test_pho_cut_to_its_initial_with_an_abbreviated_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Tạ Văn Kha, P.CT UBND huyện Yên Lạc; bà Đinh Thị Na, P. Trưởng ban Dân "
                            "vận Huyện ủy Yên Lạc.\n")
    got = posts(st)
    assert ("Tạ Văn Kha", "Phó Chủ tịch", "Ủy ban nhân dân huyện Yên Lạc") in got
    assert ("Đinh Thị Na", "Phó Trưởng ban", "Ban Dân vận Huyện ủy Yên Lạc") in got


def test_a_lone_p_initial_is_no_title(tmp_path):
    # "P." is also a ward's abbreviation and an initial: only before a title is it "Phó"
    st = state_of(tmp_path, "Tin\n\nÔng Tạ Văn Kha, Chủ tịch UBND huyện Yên Lạc làm việc tại P.An Hòa.\n")
    assert posts(st) == {("Tạ Văn Kha", "Chủ tịch", "Ủy ban nhân dân huyện Yên Lạc")}


def test_uvbch_of_a_union_is_a_member_of_its_executive_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có đồng chí Mạc Văn Tư - UVBCH Hội Cựu chiến binh tỉnh Phú Yên, Chủ tịch Hội "
                            "Cựu chiến binh huyện Đồng Xuân.\n")
    got = posts(st)
    assert ("Mạc Văn Tư", "Ủy viên", "Ban Chấp hành Hội Cựu chiến binh tỉnh Phú Yên") in got
    assert ("Mạc Văn Tư", "Chủ tịch", "Hội Cựu chiến binh huyện Đồng Xuân") in got


def test_uvbch_of_a_party_organisation_or_a_committee_is_the_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Mạc Văn Tư, UVBCH Đảng bộ tỉnh Phú Yên, Phó Chủ tịch UBND tỉnh; anh "
                            "Lều Văn Sáu, UV BCH Tỉnh đoàn Phú Yên.\n")
    got = posts(st)
    assert ("Mạc Văn Tư", "Ủy viên", "Tỉnh ủy Phú Yên") in got
    assert ("Lều Văn Sáu", "Ủy viên", "Tỉnh đoàn Phú Yên") in got
    assert not any(body.startswith("Ban Chấp hành") for _, _, body in got)


def test_uvbch_in_lower_case_letters_is_no_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Mạc Văn Tư, uvbch, phát biểu tại Hội nghị của Hội Nông dân xã Hòa Mỹ.\n")
    assert not posts(st)


# --- a cadre's profile between the name and the titles ---

def test_birth_year_and_ethnicity_between_commas_before_the_titles(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Lù Văn Páo, sinh năm 1974, dân tộc Thái, Ủy viên dự khuyết BCH TƯ Đảng, "
                            "Phó Bí thư Tỉnh ủy Sơn La được bầu làm Bí thư Tỉnh ủy Sơn La.\n")
    got = posts(st)
    assert ("Lù Văn Páo", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng") in got
    assert ("Lù Văn Páo", "Bí thư", "Tỉnh ủy Sơn La") in got


def test_a_home_town_between_commas_then_no_title_gives_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lù Văn Páo, quê xã Mường Than, cùng gia đình đón đoàn.\n")
    assert not posts(st)


def test_profile_words_that_are_no_particulars_keep_the_name_apart(tmp_path):
    # "sinh hoạt" opens no particular: what follows is another clause, not the name's titles
    st = state_of(tmp_path, "Tin\n\nÔng Lù Văn Páo, sinh hoạt tại chi bộ bản, Phó Bí thư Tỉnh ủy Lai Châu Giàng A Lử "
                            "đến dự.\n")
    assert not any(name == "Lù Văn Páo" for name, _, _ in posts(st))


# --- an appointment with the deciding body and two verbs ---

def test_appointed_by_a_body_with_two_verbs_of_the_decision(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTháng trước, ông Ninh Văn Bảo được Bộ Chính trị điều động, chỉ định làm Bí thư Tỉnh ủy "
                            "Điện Biên.\n")
    assert ("Ninh Văn Bảo", "Bí thư", "Tỉnh ủy Điện Biên") in posts(st)


def test_after_the_deciding_body_a_comma_before_another_clause_gives_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Ninh Văn Bảo được Bộ Chính trị khen thưởng, Bí thư Tỉnh ủy Điện Biên Hà Văn "
                            "Quang trao tặng.\n")
    assert not any(name == "Ninh Văn Bảo" for name, _, _ in posts(st))


# --- the delegation of deputies with its term and constituency before the province ---

def test_a_deputies_delegation_with_term_and_constituency_names_its_province(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Giàng Thị Dua, Phó Trưởng Đoàn ĐBQH khóa XV đơn vị tỉnh Lai Châu.\n")
    assert posts(st) == {("Giàng Thị Dua", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lai Châu")}


def test_a_council_with_its_term_and_an_electoral_unit_is_no_place(tmp_path):
    # "đơn vị bầu cử số 3" after the term is no province: the council stays the context's
    st = state_of(tmp_path, "Tin\n\nÔng Lò Văn Tiến, Chủ tịch HĐND tỉnh khóa X đơn vị bầu cử số 3 tiếp xúc cử tri.\n")
    assert posts(st) == {("Lò Văn Tiến", "Chủ tịch", "Hội đồng nhân dân tỉnh")}


# --- a decision toward a name: done, planned, or taking titles away ---

def test_a_title_only_proposed_toward_a_name_is_no_post_but_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác đã rà soát hồ sơ giới thiệu nhân sự để bầu chức danh Phó Chủ "
                            "tịch UBND tỉnh Ninh Thuận đối với ông Chu Văn Lạng.\n")
    assert not posts(st)
    assert "Chu Văn Lạng" in officials(st)


def test_a_title_elected_toward_a_name_is_held_as_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị đã bầu chức danh Phó Chủ tịch Hội Nông dân tỉnh Ninh Thuận đối với ông "
                            "Chu Văn Lạng.\n")
    assert posts(st) == {("Chu Văn Lạng", "Phó Chủ tịch", "Hội Nông dân tỉnh Ninh Thuận")}


def test_a_title_dismissed_toward_a_name_is_not_his_in_that_sentence(tmp_path):
    st = state_of(tmp_path, "Tin\n\nKỳ họp miễn nhiệm chức vụ Chủ tịch UBND thành phố Tuy Hòa đối với ông Chu Văn "
                            "Lạng (Phó Bí thư Thành ủy Tuy Hòa, Chủ tịch UBND thành phố).\n")
    got = posts(st)
    assert ("Chu Văn Lạng", "Phó Bí thư", "Thành ủy Tuy Hòa") in got
    assert not any(role == "Chủ tịch" for _, role, _ in got)


def test_a_dismissal_of_one_name_leaves_another_names_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Tô Văn Hiền, Chủ tịch HĐND thành phố Tuy Hòa đọc tờ trình miễn nhiệm chức vụ "
                            "Phó Chủ tịch UBND thành phố đối với ông Chu Văn Lạng.\n")
    assert posts(st) == {("Tô Văn Hiền", "Chủ tịch", "Hội đồng nhân dân thành phố Tuy Hòa")}


# --- F8: a party organ written bare before the title of the body it is of ---

def test_a_party_executive_written_bare_is_of_the_next_titles_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Quách Văn Lự, Bí thư Ban cán sự đảng, Chánh án TAND tỉnh Hòa Bình; ông "
                            "Lò Văn Dín, Ủy viên Ban cán sự đảng, Phó Chủ tịch UBND tỉnh Hòa Bình.\n")
    got = posts(st)
    assert ("Quách Văn Lự", "Bí thư", "Ban cán sự đảng Tòa án nhân dân tỉnh Hòa Bình") in got
    assert ("Lò Văn Dín", "Ủy viên", "Ban cán sự đảng Ủy ban nhân dân tỉnh Hòa Bình") in got


def test_a_bare_party_committee_before_a_provincial_union_is_the_unions(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhát biểu có ông Quách Văn Lự, Bí thư Đảng ủy, Chủ tịch LĐLĐ tỉnh Hòa Bình.\n")
    assert ("Quách Văn Lự", "Bí thư", "Đảng ủy Liên đoàn Lao động tỉnh Hòa Bình") in posts(st)


def test_a_bare_party_committee_before_a_national_federation_is_the_federations(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTham dự còn có ông Lò Văn Dín, Tổng Thư ký LHHVN và ông Quách Văn Lự – Bí thư Đảng ủy, Phó Chủ "
                            "tịch Liên hiệp Hội Việt Nam.\n")
    got = posts(st)
    assert ("Quách Văn Lự", "Bí thư", "Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam") in got
    assert ("Lò Văn Dín", "Tổng Thư ký", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam") in got


def test_a_bare_party_committee_before_a_districts_union_gives_no_party_post(tmp_path):
    # a district's union has no party committee of its own: the secretary's body is not written
    st = state_of(tmp_path, "Tin\n\nDự có ông Quách Văn Lự, Bí thư Đảng ủy, Chủ tịch Hội Nông dân huyện Lạc Sơn.\n")
    assert posts(st) == {("Quách Văn Lự", "Chủ tịch", "Hội Nông dân huyện Lạc Sơn")}


# --- F1/F14: a foreign diplomat's name and ranks ---

def test_a_hyphened_given_name_after_a_title_in_a_story_of_that_country(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBí thư Tỉnh ủy Lò Văn Piềng cảm ơn tân Đại sứ Kim Min-jae đã dành thời gian đến tỉnh và "
                            "mong quan hệ với Hàn Quốc phát triển.\n")
    assert "Kim Min-jae" in officials(st)
    assert "Kim Min" not in officials(st)


def test_a_lower_rank_before_an_envoys_title_is_held_in_the_envoys_mission(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ tịch UBND tỉnh Lò Văn Piềng tiếp ông Kim Min-jae - Tham tán thương mại, Tổng "
                            "lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh.\n")
    got = posts(st)
    assert ("Kim Min-jae", "Tham tán thương mại", "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh") in got
    assert not any(name == "Kim Min-jae" and role == "Tổng Lãnh sự" for name, role, _ in got)


def test_a_ministers_rank_before_the_embassy_named_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐón đoàn có ông Đèo Văn Khu - Công sứ, Đại sứ quán Việt Nam tại Lào; ông Lò Văn "
                            "Piềng - Tổng lãnh sự Việt Nam tại Luông Pha Bang.\n")
    got = posts(st)
    assert ("Đèo Văn Khu", "Công sứ", "Đại sứ quán Việt Nam tại Lào") in got
    # an envoy keeps his own title: no lower rank stands before it
    assert any(name == "Lò Văn Piềng" and role == "Tổng Lãnh sự" for name, role, _ in got)


def test_an_embassy_after_a_rank_held_by_no_one_named_is_still_mentioned(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng đến chúc mừng còn có Tham tán công sứ Đại sứ quán Lào tại Việt Nam và cán bộ "
                            "sứ quán.\n")
    assert "Đại sứ quán Lào tại Việt Nam" in {b.name for b in st.facts.bodies}


# --- F14: an office's name closed by its number, and a standard one in lower case ---

def test_an_offices_number_closes_its_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Mai Văn Khải – Phó Vụ trưởng Vụ Địa phương 5; ông Hầu A Sử – Vụ trưởng vụ "
                            "địa phương 3, Văn phòng Trung ương Đảng.\n")
    got = posts(st)
    assert ("Mai Văn Khải", "Phó Vụ trưởng", "Vụ Địa phương 5") in got
    assert ("Hầu A Sử", "Vụ trưởng", "Vụ Địa phương 3") in got


def test_a_count_after_an_offices_name_is_not_its_number(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Mai Văn Khải, Vụ trưởng Vụ Tổng hợp 3 năm liền được tặng Bằng khen.\n")
    assert ("Mai Văn Khải", "Vụ trưởng", "Vụ Tổng hợp") in posts(st)


def test_an_unknown_office_in_lower_case_stays_unread(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Mai Văn Khải, Vụ trưởng vụ này, phát biểu.\n")
    assert not posts(st)


# --- F14: a name glued to the next word; a bare title whose words a firm's name shares ---

def test_a_name_glued_to_the_next_word_by_a_lost_space(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrong buổi gặp mặt, Phó Bí thư Thường trực Tỉnh ủy Lò Văn Khangđã chúc mừng đoàn.\n")
    assert officials(st) == {"Lò Văn Khang"}


def test_a_highland_names_first_consonants_are_not_cut():
    from kg.extract.sentences.tokens import tokenize
    assert [t.text for t in tokenize("bà H’Yim Kđoh và ông Y Kđăm")] == ["bà", "H’Yim", "Kđoh", "và", "ông", "Y", "Kđăm"]
    assert [t.text for t in tokenize("Khangđã chúc")] == ["Khang", "đã", "chúc"]


def test_a_commercial_counsellors_bare_title_makes_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Đèo Văn Khu - Tham tán thương mại.\n")
    assert "Đèo Văn Khu" in officials(st)


def test_a_firms_chair_with_a_bare_title_is_still_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐại hội cổ đông Công ty cổ phần Thương mại Bình Minh bầu ông Đèo Văn Khu làm Chủ "
                            "tịch.\n")
    assert "Đèo Văn Khu" not in officials(st)


# --- F11: the full-time deputy head of the deputies' delegation; a neighbour's province as a seat ---

def test_the_full_time_deputy_head_written_around_the_deputies_letters(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có bà Giàng Thị Dua, Phó Trưởng Đoàn chuyên trách ĐBQH khóa XV đơn vị tỉnh Lai "
                            "Châu; ông Lò Văn Tiến, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Lai Châu.\n")
    got = posts(st)
    assert ("Giàng Thị Dua", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lai Châu") in got
    assert ("Lò Văn Tiến", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lai Châu") in got
    assert not any(role == "Đại biểu" for _, role, _ in got)


def test_a_consulate_in_a_neighbours_province_is_named_by_the_province_alone(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Đèo Văn Khu - Tổng lãnh sự Việt Nam tại tỉnh Xiêm Riệp; bà Lò Thị Mai - "
                            "Tổng Lãnh sự Lào tại thành phố Đà Nẵng.\n")
    got = posts(st)
    assert ("Đèo Văn Khu", "Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam tại Xiêm Riệp") in got
    assert ("Lò Thị Mai", "Tổng Lãnh sự", "Tổng Lãnh sự quán Lào tại thành phố Đà Nẵng") in got


# --- F11/F13: a council's letters typed without the bar; a department's name without its "và" ---

def test_a_councils_letters_typed_without_the_bar(tmp_path):
    st = state_of(tmp_path, "Tin\n\nKỳ họp bầu ông Lò Văn Tiến - Bí thư Huyện ủy tái đắc cử Chủ tịch HDND huyện Mường "
                            "Tè khóa XI.\n")
    assert ("Lò Văn Tiến", "Chủ tịch", "Hội đồng nhân dân huyện Mường Tè") in posts(st)


def test_lower_case_hdnd_letters_are_no_council(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lò Văn Tiến, Chủ tịch hdnd xã, phát biểu.\n")
    assert not any(body.startswith("Hội đồng nhân dân") for _, _, body in posts(st))


def test_a_department_written_without_its_and(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lò Văn Tiến – Giám đốc Sở Kế hoạch Đầu tư tỉnh Lai Châu; bà Giàng Thị Dua – "
                            "Phó Giám đốc Sở Tài nguyên Môi trường tỉnh Lai Châu.\n")
    got = posts(st)
    assert ("Lò Văn Tiến", "Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Lai Châu") in got
    assert ("Giàng Thị Dua", "Phó Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Lai Châu") in got


# --- a clause fronted on its verb: the title it gives to is not the speaker's ---

def test_the_recipient_title_of_a_fronted_clause_is_not_the_speakers(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrao quyết định cho tân Chủ tịch UBND tỉnh Hà Nam, Bộ trưởng Bộ Nội vụ Trần Văn Tư "
                            "đề nghị tỉnh sớm kiện toàn bộ máy.\n")
    got = posts(st)
    assert ("Trần Văn Tư", "Bộ trưởng", "Bộ Nội vụ") in got
    assert not any(name == "Trần Văn Tư" and role == "Chủ tịch" for name, role, _ in got)


def test_a_chain_after_a_fronted_clause_with_no_recipient_title_is_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrao quà cho các hộ nghèo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Nam Trần Văn Tư "
                            "phát biểu.\n")
    got = posts(st)
    assert ("Trần Văn Tư", "Phó Bí thư", "Tỉnh ủy Hà Nam") in got
    assert ("Trần Văn Tư", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam") in got


def test_a_recipient_named_with_his_titles_keeps_them(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTrao quà cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Nam Trần Văn Tư.\n")
    assert ("Trần Văn Tư", "Phó Bí thư", "Tỉnh ủy Hà Nam") in posts(st)


# --- a commune's committee member with no title after: the one commune of the story ---

def test_a_commune_committee_member_alone_is_of_the_one_commune_named(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng bộ xã Tà Mung tổ chức lễ kết nạp đảng viên. Đến dự có đồng chí Giàng A Chu - Bí "
                            "thư Đảng ủy xã Tà Mung; đồng chí Lò Thị Phượng - Đảng ủy viên phụ trách chi bộ bản.\n")
    assert ("Lò Thị Phượng", "Ủy viên", "Đảng ủy xã Tà Mung") in posts(st)


def test_a_commune_committee_member_alone_in_a_story_of_two_communes_has_no_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐảng bộ xã Tà Mung và xã Mường Kim tổ chức hội nghị. Dự có đồng chí Lò Thị Phượng - "
                            "Đảng ủy viên phụ trách chi bộ bản.\n")
    assert not posts(st)
    assert "Lò Thị Phượng" in officials(st)


# --- F13: a name in capitals whose last syllable is a common word, closed by a comma ---

def test_a_capitals_name_ending_on_a_common_word_before_a_comma(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí LÒ VĂN TRONG, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu phát biểu.\n")
    assert posts(st) == {("Lò Văn Trong", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu")}


def test_a_capitals_caption_keeps_its_common_word_out_of_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐỒNG CHÍ LÒ VĂN TIẾN PHÁT BIỂU TRONG HỘI NGHỊ.\n")
    assert "Lò Văn Tiến Phát" not in officials(st)
    assert not any("Trong" in name for name in officials(st))


# --- F11: "UVTT", a standing member, joined by a hyphen to the title of one of the body's boards ---

def test_a_standing_member_hyphened_to_a_boards_head_is_of_the_boards_owner(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 10/5, Đ/c Giàng A Chu, UVTT-Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam "
                            "tỉnh Lai Châu đến thăm các chùa.\n")
    got = posts(st)
    assert ("Giàng A Chu", "Ủy viên Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu") in got
    assert ("Giàng A Chu", "Trưởng ban", "Ban Dân tộc và Tôn giáo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu") in got
    assert not any(role == "Ủy viên Thường trực" and body.startswith("Ban ") for _, role, body in got)


def test_uvtt_before_its_body_and_in_lower_case(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Giàng A Chu, UVTT Ủy ban MTTQ Việt Nam tỉnh Lai Châu; ông Lò Văn Tiến, uvtt "
                            "của hội.\n")
    got = posts(st)
    assert ("Giàng A Chu", "Ủy viên Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu") in got
    assert not any(name == "Lò Văn Tiến" for name, _, _ in got)


# --- transfers: a title before 'điều động … đến nhận công tác' (docs/conventions.md) ---

def test_a_transfer_the_meeting_passes_keeps_the_title_before_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị đã thông qua Quyết định của Ban Thường vụ Tỉnh ủy về việc điều động đồng "
                            "chí Hà Văn Lụa, Phó Chủ tịch UBND huyện Yên Lạc đến nhận công tác tại Hội Cựu chiến binh tỉnh.\n")
    assert ("Hà Văn Lụa", "Phó Chủ tịch", "Ủy ban nhân dân huyện Yên Lạc") in posts(st)
    st = state_of(tmp_path, "Tin\n\nSáng 3/4, Ban Thường vụ Tỉnh ủy công bố quyết định điều động ông Tạ Văn Kha, Bí "
                            "thư Huyện ủy Yên Lạc đến nhận công tác tại Ban Dân vận Tỉnh ủy.\n")
    assert ("Tạ Văn Kha", "Bí thư", "Huyện ủy Yên Lạc") in posts(st)


def test_a_transfer_recalled_in_a_bracket_or_told_with_no_announcement_leaves_no_post(tmp_path):
    # an earlier decision recalled in brackets: the title is one he no longer holds
    st = state_of(tmp_path, "Tin\n\nBà Đinh Thị Na được hiệp thương giữ chức Phó Chủ tịch. (Trước đó, ngày 17-9, Ban "
                            "Thường vụ Tỉnh ủy đã có Quyết định điều động đồng chí Đinh Thị Na, Chủ tịch HĐND huyện "
                            "Yên Lạc đến nhận công tác tại Ủy ban MTTQ Việt Nam tỉnh).\n")
    assert not any(body.startswith("Hội đồng nhân dân") for _, _, body in posts(st))
    # no meeting passes or announces it: a decision of an earlier year told
    st = state_of(tmp_path, "Tin\n\nNăm 2020, Tỉnh ủy điều động ông Tạ Văn Kha, Bí thư Huyện ủy Yên Lạc đến nhận "
                            "công tác tại Ban Dân vận Tỉnh ủy.\n")
    assert not any(name == "Tạ Văn Kha" and role == "Bí thư" for name, role, _ in posts(st))


def test_a_retirement_announced_still_ends_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị công bố quyết định cho ông Tạ Văn Kha, Phó Chủ tịch UBND huyện Yên Lạc "
                            "được nghỉ hưu theo chế độ.\n")
    assert not any(name == "Tạ Văn Kha" for name, _, _ in posts(st))


# --- F8: one title written before two bodies of one level ---

def test_a_title_before_the_council_and_the_committee_is_held_in_both(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Tạ Văn Kha, Chủ tịch HĐND và UBND tỉnh Phú Yên phát biểu. Dự có bà Đinh Thị "
                            "Na, Phó Chủ tịch HĐND, UBND huyện Đồng Xuân.\n")
    got = posts(st)
    assert {("Tạ Văn Kha", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Yên"),
            ("Tạ Văn Kha", "Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên"),
            ("Đinh Thị Na", "Phó Chủ tịch", "Hội đồng nhân dân huyện Đồng Xuân"),
            ("Đinh Thị Na", "Phó Chủ tịch", "Ủy ban nhân dân huyện Đồng Xuân")} <= got


def test_a_shared_head_after_a_party_title_of_a_commune(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Lều Văn Sáu, Bí thư Đảng ủy, Chủ tịch HĐND và UBND xã Hòa Mỹ phát biểu.\n")
    assert posts(st) == {("Lều Văn Sáu", "Bí thư", "Đảng ủy xã Hòa Mỹ"),
                         ("Lều Văn Sáu", "Chủ tịch", "Hội đồng nhân dân xã Hòa Mỹ"),
                         ("Lều Văn Sáu", "Chủ tịch", "Ủy ban nhân dân xã Hòa Mỹ")}


def test_no_shared_head_when_the_first_body_has_its_level_or_the_pair_is_not_one_title(tmp_path):
    # the first body written with its level: the second is no title of his
    st = state_of(tmp_path, "Tin\n\nDự có ông Tạ Văn Kha, Chủ tịch HĐND tỉnh Phú Yên và UBND huyện Đồng Xuân.\n")
    assert posts(st) == {("Tạ Văn Kha", "Chủ tịch", "Hội đồng nhân dân tỉnh Phú Yên")}
    # two unions: no shared head read (not a pair one title heads in the genre)
    st = state_of(tmp_path, "Tin\n\nÔng Tạ Văn Kha, Chủ tịch Hội Nông dân và Hội Phụ nữ xã Hòa Mỹ phát biểu.\n")
    assert not any(body.startswith("Hội Liên hiệp Phụ nữ") for _, _, body in posts(st))
    # leaders of both bodies, plural: no one's post
    st = state_of(tmp_path, "Tin\n\nDự có các đồng chí Phó Chủ tịch HĐND, UBND tỉnh Phú Yên.\n")
    assert not posts(st)
    # a second name between: each holds his own
    st = state_of(tmp_path, "Tin\n\nDự có ông Tạ Văn Kha, Chủ tịch HĐND và bà Đinh Thị Na, Chủ tịch UBND huyện "
                            "Đồng Xuân.\n")
    assert ("Tạ Văn Kha", "Chủ tịch", "Ủy ban nhân dân huyện Đồng Xuân") not in posts(st)


# --- F1: an envoy named with his bare title, his mission written with the title elsewhere ---

def test_a_bare_envoy_takes_the_one_mission_the_article_writes_for_his_title(tmp_path):
    st = state_of(tmp_path, "Đại sứ Kim Min-su mong tỉnh mở rộng hợp tác với các địa phương Hàn Quốc\n\nChủ tịch UBND "
                            "tỉnh Yên Lạc Lê Văn Hai thân mật tiếp ngài Đại sứ Hàn Quốc tại Việt Nam và phu "
                            "nhân.\n")
    assert ("Kim Min-su", "Đại sứ", "Đại sứ quán Hàn Quốc tại Việt Nam") in posts(st)


def test_a_bare_envoy_takes_no_mission_when_two_or_none_are_written(tmp_path):
    st = state_of(tmp_path, "Đại sứ Kim Min-su mong tỉnh mở rộng hợp tác với các địa phương Hàn Quốc\n\nĐại sứ Hàn Quốc "
                            "tại Việt Nam và Đại sứ Việt Nam tại Hàn Quốc cùng dự buổi tiếp.\n")
    assert not any(name == "Kim Min-su" for name, _, _ in posts(st))
    # the mission named only as a body, not by the envoy's title: left unread
    st = state_of(tmp_path, "Đại sứ Kim Min-su mong tỉnh mở rộng hợp tác với các địa phương Hàn Quốc\n\nChủ tịch UBND "
                            "tỉnh Yên Lạc Lê Văn Hai tiếp đoàn Đại sứ quán Hàn Quốc tại Việt Nam.\n")
    assert not any(name == "Kim Min-su" for name, _, _ in posts(st))
    # a former ambassador holds no mission
    st = state_of(tmp_path, "Tin\n\nNguyên Đại sứ Kim Min-su cùng dự. Chủ tịch UBND tỉnh Yên Lạc Lê Văn Hai tiếp ngài "
                            "Đại sứ Hàn Quốc tại Việt Nam.\n")
    assert not any(name == "Kim Min-su" for name, _, _ in posts(st))


def test_a_foreign_envoy_addressed_by_his_family_name_alone_is_named_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 5/3, đoàn công tác của bà Smith, Tổng Lãnh sự Úc tại TP. Hồ Chí Minh có buổi "
                            "chào xã giao lãnh đạo tỉnh Yên Lạc.\n")
    assert ("Smith", "Tổng Lãnh sự", "Tổng Lãnh sự quán Úc tại Thành phố Hồ Chí Minh") \
        in posts(st)
    assert "Smith" in officials(st)


def test_a_given_name_alone_or_a_title_with_no_mission_names_no_one_whole(tmp_path):
    # a Vietnamese given name alone before an envoy's title: still a given name, no post
    st = state_of(tmp_path, "Tin\n\nChiều 5/3, bà Hạnh, Tổng Lãnh sự Việt Nam tại Savannakhet dự buổi gặp.\n")
    assert not posts(st)
    # a foreign word before a title of ours or an envoy's title with no mission: left as it was
    st = state_of(tmp_path, "Tin\n\nChiều 5/3, bà Smith, Chủ tịch Hội Nông dân tỉnh Yên Lạc dự. Bà Jones, Tổng Lãnh sự "
                            "cho biết.\n")
    assert not posts(st)

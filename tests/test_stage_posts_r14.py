"""Posts and officials, round 14: general constructions of the genre — sentences written for the
construction, invented names and places, not copied from any page."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- a partner city's mayor and a neighbour capital's governor (roles.yaml foreign_governors) ---

def test_a_partner_citys_mayor_heads_that_citys_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 12/4, ông Hà Văn Lâm, Chủ tịch UBND tỉnh Thái Bình tiếp ông Park Ji Hoon, "
                            "Thị trưởng thành phố Ulsan (Hàn Quốc).\n")
    got = posts(st)
    assert ("Park Ji Hoon", "Thị trưởng", "Chính quyền thành phố Ulsan") in got
    assert "Park Ji Hoon" in officials(st)


def test_a_deputy_mayor_leading_a_delegation_heads_its_citys_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 2/3, Đoàn công tác thành phố Sapporo, Nhật Bản do ông Suzuki Kenji, "
                            "Phó Thị trưởng làm trưởng đoàn đến thăm và làm việc với tỉnh Thái Bình.\n")
    assert ("Suzuki Kenji", "Phó Thị trưởng", "Chính quyền thành phố Sapporo") in posts(st)
    assert not any(o.startswith("Phó Thị") for o in officials(st))


def test_a_capitals_deputy_governor_heads_the_capitals_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 8/6, ông Lê Văn Tùng, Phó Chủ tịch UBND tỉnh Điện Biên tiếp ông Bounmy "
                            "Sisouk, Phó Đô trưởng thủ đô Viêng Chăn (Lào).\n")
    assert ("Bounmy Sisouk", "Phó Đô trưởng", "Chính quyền thủ đô Viêng Chăn") in posts(st)


def test_a_woman_of_the_pho_family_stays_a_name_and_a_market_is_no_mayor(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/5, bà Phó Thị Liên, Chủ tịch UBND xã Đông Hòa dự hội nghị. Thị trường "
                            "nông sản tại thành phố Thái Bình ổn định.\n")
    got = posts(st)
    assert ("Phó Thị Liên", "Chủ tịch", "Ủy ban nhân dân xã Đông Hòa") in got
    assert not any(role.endswith("Thị trưởng") for _, role, _ in got)


# --- a person in a fund's name, the author of a cited work (officials._namesakes, _cited_authors) ---

def test_the_person_a_scholarship_fund_is_named_after_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 6-11, tại Phú Yên, Quỹ học bổng Đào Văn Khải phối hợp với Tỉnh đoàn Phú Yên "
                            "trao học bổng cho học sinh. Chương trình có sự tham dự của bà Ngô Thị Xuân, Chủ tịch "
                            "Quỹ học bổng Đào Văn Khải.\n")
    assert "Đào Văn Khải" not in officials(st)


def test_a_fund_named_in_the_sentence_does_not_hide_a_comrade_at_the_meeting(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 6-11, Quỹ học bổng của tỉnh Phú Yên trao 50 suất học bổng. Đồng chí Đào Văn "
                            "Khải phát biểu tại buổi lễ.\n")
    assert "Đào Văn Khải" in officials(st)


def test_the_author_of_a_cited_book_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/10, Huyện ủy Bảo Lâm tổ chức hội nghị quán triệt nghị quyết; giới thiệu "
                            "cuốn sách “Về công tác dân vận” của đồng chí Lương Đình Khoa. Đồng chí Triệu Thị Hằng, "
                            "Bí thư Huyện ủy chủ trì hội nghị.\n")
    got = officials(st)
    assert "Lương Đình Khoa" not in got
    assert "Triệu Thị Hằng" in got


def test_an_author_who_also_speaks_at_the_meeting_stays_an_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị giới thiệu cuốn sách “Về công tác dân vận” của đồng chí Lương Đình Khoa. "
                            "Đồng chí Lương Đình Khoa phát biểu tại hội nghị.\n")
    assert "Lương Đình Khoa" in officials(st)


def test_the_opinion_of_a_comrade_is_no_cited_work(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị thống nhất với ý kiến của đồng chí Lương Đình Khoa về công tác cán bộ.\n")
    assert "Lương Đình Khoa" in officials(st)


# --- a nomination's purpose: the posts "để bầu" names are still to come (roles.yaml not_elected) ---

def test_the_posts_a_nomination_is_made_for_are_not_held_yet(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị công bố ý kiến của Ban Bí thư về việc giới thiệu đồng chí Vi Văn Tám, "
                            "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Bình Gia, để bầu giữ chức Phó Bí thư "
                            "Tỉnh ủy Cao Bằng nhiệm kỳ 2020-2025 và Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.\n")
    got = posts(st)
    assert ("Vi Văn Tám", "Bí thư", "Huyện ủy Bình Gia") in got
    assert not any(role in ("Phó Bí thư", "Chủ tịch") for _, role, _ in got)


def test_an_election_held_gives_the_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị tiến hành bầu đồng chí Vi Văn Tám giữ chức Phó Bí thư Tỉnh ủy Cao Bằng "
                            "nhiệm kỳ 2020-2025.\n")
    assert ("Vi Văn Tám", "Phó Bí thư", "Tỉnh ủy Cao Bằng") in posts(st)


# --- a title after two names joined by "và"; a plural title's list past its term (post_grammar, post_lists) ---

def test_a_deputys_title_after_two_names_is_both_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChủ trì kỳ họp có bà Hoàng Thị Thu và ông Đặng Văn Quý, Phó Chủ tịch HĐND huyện "
                            "Văn Chấn, đến dự có ông Lý Văn Tài, Chủ tịch UBND huyện.\n")
    got = posts(st)
    assert ("Hoàng Thị Thu", "Phó Chủ tịch", "Hội đồng nhân dân huyện Văn Chấn") in got
    assert ("Đặng Văn Quý", "Phó Chủ tịch", "Hội đồng nhân dân huyện Văn Chấn") in got


def test_a_single_holders_title_after_two_names_is_the_last_names_only(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự hội nghị có bà Hoàng Thị Thu và ông Đặng Văn Quý, Chủ tịch HĐND huyện "
                            "Văn Chấn.\n")
    got = posts(st)
    assert ("Đặng Văn Quý", "Chủ tịch", "Hội đồng nhân dân huyện Văn Chấn") in got
    assert not any(o == "Hoàng Thị Thu" for o, _, _ in got)


def test_a_chain_of_titles_after_two_names_stays_the_last_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự hội nghị có bà Hoàng Thị Thu và ông Đặng Văn Quý, Phó Chủ tịch HĐND huyện "
                            "Văn Chấn, Bí thư Đảng ủy xã Sơn Thịnh.\n")
    got = posts(st)
    assert ("Đặng Văn Quý", "Bí thư", "Đảng ủy xã Sơn Thịnh") in got
    assert not any(o == "Hoàng Thị Thu" for o, _, _ in got)


def test_a_plural_title_with_its_term_heads_the_list_after_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBộ Chính trị chuẩn y 2 Phó Bí thư Tỉnh ủy Lai Châu khóa 15, nhiệm kỳ 2025-2030, "
                            "gồm các ông: Tẩn Văn Páo; Lò Văn Hương.\n")
    got = posts(st)
    assert ("Tẩn Văn Páo", "Phó Bí thư", "Tỉnh ủy Lai Châu") in got
    assert ("Lò Văn Hương", "Phó Bí thư", "Tỉnh ủy Lai Châu") in got


def test_a_list_after_a_term_with_no_title_before_it_takes_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa 15, nhiệm kỳ 2025-2030, gồm "
                            "các ông: Tẩn Văn Páo; Lò Văn Hương đã thảo luận.\n")
    assert not any(o in ("Tẩn Văn Páo", "Lò Văn Hương") for o, _, _ in posts(st))


# --- a group of the Assembly's deputies listed by title (post_deputies) ---

def test_the_members_of_a_numbered_group_of_the_assemblys_deputies_are_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTổ đại biểu Quốc hội số 4 có Phó Chủ tịch Quốc hội Trần Văn Lâm; nguyên Phó Bí thư "
                            "Thành ủy Nguyễn Thị Hạnh; thiếu tướng Lê Văn Tư, nguyên Chính ủy Quân khu 9.\n")
    got = posts(st)
    for name in ("Trần Văn Lâm", "Nguyễn Thị Hạnh", "Lê Văn Tư"):
        assert (name, "Đại biểu", "Quốc hội") in got


def test_a_group_that_has_a_meeting_lists_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTổ đại biểu Quốc hội số 4 có buổi tiếp xúc cử tri, Phó Chủ tịch UBND quận 8 "
                            "Trần Văn Lâm phát biểu.\n")
    assert ("Trần Văn Lâm", "Đại biểu", "Quốc hội") not in posts(st)


# --- a dignitary in the list a visit opens (officials._governed) ---

def test_clergy_in_the_list_a_visit_opens_are_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã đến thăm, chúc Tết các tổ chức, cá nhân gồm: Ban Trị sự Giáo hội Phật giáo "
                            "Việt Nam các huyện: Tân Thành, Châu Đức; Linh mục Phạm Văn Lộc, Giáo xứ Phước Tỉnh; Hòa "
                            "thượng Thích Minh Quang, chùa Phước Lâm, TT.Ngãi Giao; Ni trưởng Thích Nữ Diệu Hạnh, "
                            "Tịnh xá Ngọc Hòa.\n")
    got = officials(st)
    for name in ("Phạm Văn Lộc", "Thích Minh Quang", "Thích Nữ Diệu Hạnh"):
        assert name in got


def test_clergy_in_a_list_of_gifts_are_not_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã đến thăm và tặng quà các cá nhân gồm: Linh mục Phạm Văn Lộc, Giáo xứ "
                            "Phước Tỉnh; Hòa thượng Thích Minh Quang, chùa Phước Lâm.\n")
    got = officials(st)
    assert "Phạm Văn Lộc" not in got and "Thích Minh Quang" not in got


def test_a_list_after_a_sentence_of_a_visit_is_not_the_visits(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã đến thăm huyện Châu Đức. Các chức sắc dự lễ gồm: Linh mục Phạm Văn Lộc, "
                            "Giáo xứ Phước Tỉnh.\n")
    assert "Phạm Văn Lộc" not in officials(st)


# --- a chain with no committee of its own takes the sentence's (post_context.committee_from_sentence) ---

def test_a_bare_standing_member_and_board_head_take_the_committee_named_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn thứ hai do ông Lê Văn Hải, Phó Bí thư Huyện ủy Tân Uyên làm trưởng đoàn và "
                            "đoàn thứ ba do ông Phạm Thanh Tâm, Ủy viên Thường vụ, Trưởng Ban Dân vận làm trưởng đoàn.\n")
    got = posts(st)
    assert ("Phạm Thanh Tâm", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Uyên") in got
    assert ("Phạm Thanh Tâm", "Trưởng ban", "Ban Dân vận Huyện ủy Tân Uyên") in got


def test_a_chain_that_names_its_own_committee_keeps_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Lê Văn Hải, Phó Bí thư Tỉnh ủy Lai Châu và ông Phạm Thanh Tâm, Ủy viên "
                            "Thường vụ, Trưởng Ban Dân vận Huyện ủy Tân Uyên.\n")
    got = posts(st)
    assert ("Phạm Thanh Tâm", "Trưởng ban", "Ban Dân vận Huyện ủy Tân Uyên") in got
    assert not any(o == "Phạm Thanh Tâm" and b.endswith("Tỉnh ủy Lai Châu") for o, _, b in got)


# --- the people "đối với" names, each with his own titles, past a lead-in (post_rollcall.toward_names) ---

def test_an_election_toward_a_list_of_titled_people_gives_each_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCác đại biểu HĐND tỉnh tiến hành bầu bổ sung Ủy viên UBND tỉnh Bắc Ninh nhiệm kỳ "
                            "2021 - 2026 đối với 3 Giám đốc Sở vừa nhận nhiệm vụ là ông Trần Văn Nam, Giám đốc Sở Tài "
                            "chính; bà Lê Thị Thu, Giám đốc Sở Nội vụ và ông Phạm Văn Tú, Giám đốc Sở Y tế.\n")
    got = posts(st)
    for name in ("Trần Văn Nam", "Lê Thị Thu", "Phạm Văn Tú"):
        assert (name, "Ủy viên", "Ủy ban nhân dân tỉnh Bắc Ninh") in got
    assert ("Lê Thị Thu", "Giám đốc", "Sở Nội vụ tỉnh Bắc Ninh") in got


def test_a_person_after_the_list_in_another_clause_takes_no_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh Bắc Ninh đối với ông Trần Văn Nam, Giám đốc "
                            "Sở Tài chính. Ông Phạm Văn Tú, Giám đốc Sở Y tế phát biểu.\n")
    got = posts(st)
    assert ("Trần Văn Nam", "Ủy viên", "Ủy ban nhân dân tỉnh Bắc Ninh") in got
    assert ("Phạm Văn Tú", "Ủy viên", "Ủy ban nhân dân tỉnh Bắc Ninh") not in got


def test_a_lead_in_with_no_list_after_it_names_no_one(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh Bắc Ninh đối với các trường hợp đủ điều kiện, "
                            "ông Trần Văn Nam, Giám đốc Sở Tài chính phát biểu.\n")
    assert ("Trần Văn Nam", "Ủy viên", "Ủy ban nhân dân tỉnh Bắc Ninh") not in posts(st)


# --- a minister's bare rank takes the one ministry its sentence names as the venue (post_sentence_bodies) ---

def test_a_deputy_ministers_bare_rank_takes_the_ministry_named_as_the_venue(tmp_path):
    st = state_of(tmp_path, "Tin\n\nVừa qua, tại trụ sở Bộ Y tế, Thứ trưởng Trần Văn Khang và Chủ tịch UBND tỉnh Quảng "
                            "Trị Lê Văn Hòa cùng lãnh đạo các cơ quan liên quan đã có buổi làm việc.\n")
    assert ("Trần Văn Khang", "Thứ trưởng", "Bộ Y tế") in posts(st)


def test_a_ministry_another_title_holds_lends_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại trụ sở Bộ Y tế, Bộ trưởng Bộ Y tế Nguyễn Thị Lan và Thứ trưởng Trần Văn Khang "
                            "dự hội nghị.\n")
    got = posts(st)
    assert ("Nguyễn Thị Lan", "Bộ trưởng", "Bộ Y tế") in got
    assert not any(o == "Trần Văn Khang" for o, _, _ in got)


def test_two_ministries_or_a_ministry_not_the_venue_lend_nothing(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại trụ sở Bộ Y tế, Thứ trưởng Trần Văn Khang làm việc với đại diện Bộ Tài chính. "
                            "Thứ trưởng Lê Văn Tâm dự hội nghị do Bộ Công Thương tổ chức tại Hà Nội.\n")
    assert not any(o in ("Trần Văn Khang", "Lê Văn Tâm") for o, _, _ in posts(st))

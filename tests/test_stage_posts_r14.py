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
    st = state_of(tmp_path, "Tin\n\nNgày 21/11, đoàn đại biểu thành phố Sapporo (Nhật Bản) do ông Suzuki Kenji, "
                            "Phó Thị trưởng dẫn đầu đã chào xã giao lãnh đạo tỉnh Thái Bình.\n")
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
    st = state_of(tmp_path, "Tin\n\nNgày 14/8, Hội Khuyến học huyện Đoan Hùng nhận 40 suất của Quỹ học bổng Đào Văn "
                            "Khải dành cho sinh viên nghèo. Bà Ngô Thị Xuân, Giám đốc Quỹ học bổng Đào Văn Khải "
                            "phát biểu tại buổi trao.\n")
    assert "Đào Văn Khải" not in officials(st)


def test_a_fund_named_in_the_sentence_does_not_hide_a_comrade_at_the_meeting(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 14/8, Quỹ học bổng của huyện Đoan Hùng trao 40 suất học bổng. Đồng chí Đào Văn "
                            "Khải phát biểu tại buổi lễ.\n")
    assert "Đào Văn Khải" in officials(st)


def test_the_author_of_a_cited_book_is_no_official(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/10, Ban Tuyên giáo Huyện ủy Bảo Lâm trao tặng các chi bộ cuốn sách “Về "
                            "công tác dân vận” của đồng chí Lương Đình Khoa. Đồng chí Triệu Thị Hằng, Trưởng Ban "
                            "Tuyên giáo Huyện ủy dự buổi trao tặng.\n")
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
    st = state_of(tmp_path, "Tin\n\nHội nghị nghe thông báo kết luận của Bộ Chính trị về việc giới thiệu đồng chí Vi Văn "
                            "Tám, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Bình Gia, để bầu giữ chức Phó Bí "
                            "thư Tỉnh ủy Cao Bằng nhiệm kỳ 2025-2030 và Chủ tịch HĐND tỉnh nhiệm kỳ 2026-2031.\n")
    got = posts(st)
    assert ("Vi Văn Tám", "Bí thư", "Huyện ủy Bình Gia") in got
    assert not any(role in ("Phó Bí thư", "Chủ tịch") for _, role, _ in got)


def test_an_election_held_gives_the_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCác ủy viên đã bỏ phiếu bầu đồng chí Vi Văn Tám giữ chức Phó Bí thư Tỉnh ủy Cao Bằng "
                            "nhiệm kỳ 2025-2030.\n")
    assert ("Vi Văn Tám", "Phó Bí thư", "Tỉnh ủy Cao Bằng") in posts(st)


# --- a title after two names joined by "và"; a plural title's list past its term (post_grammar, post_lists) ---

def test_a_deputys_title_after_two_names_is_both_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐiều hành phiên thảo luận có bà Hoàng Thị Thu và ông Đặng Văn Quý, Phó Chủ tịch "
                            "HĐND huyện Văn Chấn, giải trình ý kiến cử tri có ông Lý Văn Tài, Chủ tịch UBND huyện.\n")
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
    st = state_of(tmp_path, "Tin\n\nTháng 11, Bộ Chính trị đã chuẩn y 2 Phó Bí thư Tỉnh ủy Lai Châu khóa 14, nhiệm kỳ "
                            "2020-2025, gồm các ông: Tẩn Văn Páo; Lò Văn Hương.\n")
    got = posts(st)
    assert ("Tẩn Văn Páo", "Phó Bí thư", "Tỉnh ủy Lai Châu") in got
    assert ("Lò Văn Hương", "Phó Bí thư", "Tỉnh ủy Lai Châu") in got


def test_a_list_after_a_term_with_no_title_before_it_takes_none(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa 14, nhiệm kỳ 2020-2025, gồm "
                            "các ông: Tẩn Văn Páo; Lò Văn Hương đã thảo luận.\n")
    assert not any(o in ("Tẩn Văn Páo", "Lò Văn Hương") for o, _, _ in posts(st))


# --- a group of the Assembly's deputies listed by title (post_deputies) ---

def test_the_members_of_a_numbered_group_of_the_assemblys_deputies_are_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTổ đại biểu Quốc hội số 7 có Phó Thủ tướng Chính phủ Trần Văn Lâm; nguyên Chủ tịch "
                            "UBND tỉnh Nguyễn Thị Hạnh; đại tá Lê Văn Tư, nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n")
    got = posts(st)
    for name in ("Trần Văn Lâm", "Nguyễn Thị Hạnh", "Lê Văn Tư"):
        assert (name, "Đại biểu", "Quốc hội") in got


def test_a_group_that_has_a_meeting_lists_no_deputies(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTổ đại biểu Quốc hội số 7 có buổi tiếp xúc cử tri, Phó Chủ tịch UBND huyện Lục Yên "
                            "Trần Văn Lâm phát biểu.\n")
    assert ("Trần Văn Lâm", "Đại biểu", "Quốc hội") not in posts(st)


# --- a dignitary in the list a visit opens (officials._governed) ---

def test_clergy_in_the_list_a_visit_opens_are_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDịp này, đoàn đã đến thăm, chúc Tết các chức sắc gồm: Linh mục Phạm Văn Lộc, "
                            "Giáo xứ Trà Kiệu; Ban Đại diện Phật giáo hai huyện: Duy Xuyên, Quế Sơn; Thượng tọa Thích "
                            "Minh Quang, chùa Long Thạnh, TT.Nam Phước; Ni sư Thích Nữ Diệu Hạnh, Tịnh xá Ngọc Quang.\n")
    got = officials(st)
    for name in ("Phạm Văn Lộc", "Thích Minh Quang", "Thích Nữ Diệu Hạnh"):
        assert name in got


def test_clergy_in_a_list_of_gifts_are_not_officials(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã tới thăm và tặng quà các chức sắc gồm: Linh mục Phạm Văn Lộc, Giáo xứ "
                            "Trà Kiệu; Thượng tọa Thích Minh Quang, chùa Long Thạnh.\n")
    got = officials(st)
    assert "Phạm Văn Lộc" not in got and "Thích Minh Quang" not in got


def test_a_list_after_a_sentence_of_a_visit_is_not_the_visits(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đã tới thăm huyện Duy Xuyên. Các chức sắc dự lễ gồm: Linh mục Phạm Văn Lộc, "
                            "Giáo xứ Trà Kiệu.\n")
    assert "Phạm Văn Lộc" not in officials(st)


# --- a chain with no committee of its own takes the sentence's (post_context.committee_from_sentence) ---

def test_a_bare_standing_member_and_board_head_take_the_committee_named_before(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn kiểm tra thứ nhất do ông Lê Văn Hải, Phó Bí thư Huyện ủy Tân Uyên phụ trách; "
                            "đoàn thứ hai do ông Phạm Thanh Tâm, Ủy viên Thường vụ, Trưởng Ban Tổ chức phụ trách.\n")
    got = posts(st)
    assert ("Phạm Thanh Tâm", "Ủy viên", "Ban Thường vụ Huyện ủy Tân Uyên") in got
    assert ("Phạm Thanh Tâm", "Trưởng ban", "Ban Tổ chức Huyện ủy Tân Uyên") in got


def test_a_chain_that_names_its_own_committee_keeps_it(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Lê Văn Hải, Phó Bí thư Tỉnh ủy Lai Châu và ông Phạm Thanh Tâm, Ủy viên "
                            "Thường vụ, Trưởng Ban Tổ chức Huyện ủy Tân Uyên.\n")
    got = posts(st)
    assert ("Phạm Thanh Tâm", "Trưởng ban", "Ban Tổ chức Huyện ủy Tân Uyên") in got
    assert not any(o == "Phạm Thanh Tâm" and b.endswith("Tỉnh ủy Lai Châu") for o, _, b in got)


# --- the people "đối với" names, each with his own titles, past a lead-in (post_rollcall.toward_names) ---

def test_an_election_toward_a_list_of_titled_people_gives_each_the_title(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHĐND tỉnh biểu quyết bầu bổ sung Ủy viên UBND tỉnh Bắc Ninh nhiệm kỳ 2026 - 2031 "
                            "đối với các giám đốc sở mới là ông Trần Văn Nam, Giám đốc Sở Tài chính; bà Lê Thị Thu, "
                            "Giám đốc Sở Nội vụ và ông Phạm Văn Tú, Giám đốc Sở Y tế.\n")
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
    st = state_of(tmp_path, "Tin\n\nTại trụ sở Bộ Y tế, Thứ trưởng Trần Văn Khang đã tiếp đoàn công tác của tỉnh Quảng "
                            "Trị do ông Lê Văn Hòa, Chủ tịch UBND tỉnh dẫn đầu.\n")
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

"""Posts given by election or appointment, read through the predicate (kg.extract.posts.post_grammar
elected), on sentences written for them."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_a_share_of_the_votes_inside_the_predicate(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại kỳ họp, ông Đinh Trọng Khiêm, Bí thư Huyện ủy Hải Lăng được 98% "
                            "đại biểu có mặt bầu làm Chủ tịch HĐND huyện.\n")
    assert ("Đinh Trọng Khiêm", "Chủ tịch", "Hội đồng nhân dân huyện Hải Lăng") in posts(st)


def test_a_second_verb_of_the_cadre_decision_after_a_comma(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBà Lưu Thị Ngàn, Phó Chủ tịch UBND tỉnh Kon Tum, được luân chuyển, "
                            "bổ nhiệm giữ chức vụ Thứ trưởng Bộ Tư pháp.\n")
    assert posts(st) == {("Lưu Thị Ngàn", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum"),
                         ("Lưu Thị Ngàn", "Thứ trưởng", "Bộ Tư pháp")}


def test_a_comma_before_other_words_still_ends_the_predicate(tmp_path):
    # "được khen thưởng, là ..." is no second verb of a decision: no title through the comma
    st = state_of(tmp_path, "Tin\n\nBà Lưu Thị Ngàn được khen thưởng, sau đó Chủ tịch UBND tỉnh phát biểu.\n")
    assert not any(p[0] == "Lưu Thị Ngàn" for p in posts(st))


def test_deputies_title_heads_a_list_opened_without_a_colon(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 9/3, tại xã Hòa Bình, đại biểu Quốc hội khóa XV đoàn Kon Tum gồm bà Lưu "
                            "Thị Ngàn - Chủ tịch Hội Nông dân tỉnh Kon Tum; và ông Đinh Trọng Khiêm - Phó Chủ "
                            "tịch Liên đoàn Lao động tỉnh Kon Tum gặp gỡ cử tri huyện Đăk Hà.\n")
    got = posts(st)
    assert {("Lưu Thị Ngàn", "Đại biểu", "Quốc hội"), ("Đinh Trọng Khiêm", "Đại biểu", "Quốc hội"),
            ("Lưu Thị Ngàn", "Chủ tịch", "Hội Nông dân tỉnh Kon Tum")} <= got


def test_plural_deputies_of_a_constituency_before_gom(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 4/6, các đại biểu Quốc hội đơn vị tỉnh Kon Tum gồm ông Đinh Trọng "
                            "Khiêm và bà Lưu Thị Ngàn gặp gỡ cử tri.\n")
    assert posts(st) == {("Đinh Trọng Khiêm", "Đại biểu", "Quốc hội"), ("Lưu Thị Ngàn", "Đại biểu", "Quốc hội")}


def test_a_title_after_of_does_not_head_the_delegation_list(tmp_path):
    # the delegation of a deputy chairman is made of other people, who hold no deputy's post
    st = state_of(tmp_path, "Tin\n\nĐoàn công tác của Phó Chủ tịch UBND tỉnh Kon Tum gồm ông Đinh Trọng Khiêm, "
                            "Giám đốc Sở Y tế và bà Lưu Thị Ngàn.\n")
    assert not any(p[1] == "Phó Chủ tịch" for p in posts(st))


def test_titles_right_after_the_name_before_the_election(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại đại hội, bà Lưu Thị Ngàn trưởng ban dân vận huyện ủy được tín nhiệm "
                            "chọn làm Chủ tịch Ủy ban MTTQ huyện Đăk Hà.\n")
    assert ("Lưu Thị Ngàn", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đăk Hà") in posts(st)


def test_a_title_set_off_by_commas_before_a_bare_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại buổi làm việc, Bí thư Tỉnh ủy Kon Tum, Đinh Trọng Khiêm ghi nhận "
                            "những cố gắng của huyện.\n")
    assert posts(st) == {("Đinh Trọng Khiêm", "Bí thư", "Tỉnh ủy Kon Tum")}


def test_a_title_between_two_names_stays_with_the_first(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự hội nghị có bà Lưu Thị Ngàn, Phó Chủ tịch UBND tỉnh Kon Tum, Đinh Trọng "
                            "Khiêm phát biểu.\n")
    assert posts(st) == {("Lưu Thị Ngàn", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")}


def test_deputy_political_commissioner_of_a_military_region(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCùng đi có Đại tá Đinh Trọng Khiêm - Phó Chủ nhiệm Chính trị Quân khu 5 và "
                            "Thượng tá Hồ Văn Lợi - Chính trị viên Ban Chỉ huy Quân sự huyện Đăk Hà.\n")
    got = posts(st)
    assert ("Đinh Trọng Khiêm", "Phó Chủ nhiệm Chính trị", "Quân khu 5") in got
    assert any(p[0] == "Hồ Văn Lợi" and p[1] == "Chính trị viên" for p in got)


def test_a_lower_case_title_after_a_semicolon_ending_the_sentence_is_the_same_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nỞ cơ sở có ông Hồ Văn Lợi - phó chủ tịch hội nông dân xã Đăk Mar; chủ tịch "
                            "UBND xã Đăk Mar.\n")
    assert ("Hồ Văn Lợi", "Chủ tịch", "Ủy ban nhân dân xã Đăk Mar") in posts(st)


def test_a_lower_case_title_after_a_semicolon_with_its_own_verb_is_an_unnamed_subject(tmp_path):
    # "...; phó chủ tịch UBND xã ... cũng có ý kiến": another person, left unnamed
    st = state_of(tmp_path, "Tin\n\nBuổi đối thoại có bà Mai Thị Thơm - chủ tịch hội phụ nữ xã Đăk Mar; phó chủ "
                            "tịch UBND xã Đăk Mar cũng trả lời nhiều câu hỏi.\n")
    got = posts(st)
    assert ("Mai Thị Thơm", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Đăk Mar") in got
    assert not any(n == "Mai Thị Thơm" and r == "Phó Chủ tịch" for n, r, _ in got)


def test_a_lower_case_title_after_a_semicolon_and_a_capitalised_one_is_an_item(tmp_path):
    # the list goes on ("cùng ..."), and the title before the semicolon is typed with capitals
    st = state_of(tmp_path, "Tin\n\nDự có ông Hồ Văn Lợi, Bí thư Đảng ủy xã Đăk Mar; phó chủ tịch UBND xã cùng "
                            "đại diện các ban ngành.\n")
    assert posts(st) == {("Hồ Văn Lợi", "Bí thư", "Đảng ủy xã Đăk Mar")}


def test_a_title_after_theo_is_the_source_not_the_next_names(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTheo Chủ tịch UBND xã Đăk Mar, Hồ Văn Lợi là một trong những hộ vượt khó. Ông "
                            "Lưu Văn Ngà, Chủ tịch UBND xã Đăk Mar trao quà cho gia đình.\n")
    assert posts(st) == {("Lưu Văn Ngà", "Chủ tịch", "Ủy ban nhân dân xã Đăk Mar")}
    assert {o.name for o in st.facts.officials} == {"Lưu Văn Ngà"}


def test_a_capitalised_title_after_a_semicolon_is_an_item_of_its_own(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Đinh Trọng Khiêm, Bí thư Tỉnh ủy Kon Tum; Phó Chủ tịch UBND tỉnh "
                            "cùng lãnh đạo các sở.\n")
    assert posts(st) == {("Đinh Trọng Khiêm", "Bí thư", "Tỉnh ủy Kon Tum")}


def test_the_state_presidents_title_with_the_states_name_written_out(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lưu Thị Ngàn và nguyên "
                            "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Đinh Trọng Khiêm dự lễ.\n")
    assert posts(st) == {("Lưu Thị Ngàn", "Phó Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")}
    assert {o.name for o in st.facts.officials} == {"Lưu Thị Ngàn", "Đinh Trọng Khiêm"}


def test_a_count_of_the_votes_inside_the_predicate(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại hội nghị, ông Đinh Trọng Khiêm được 31/33 đại biểu có mặt bầu giữ chức Chủ tịch "
                            "Ủy ban MTTQ Việt Nam huyện Đăk Hà.\n")
    assert ("Đinh Trọng Khiêm", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đăk Hà") in posts(st)


def test_a_title_set_off_by_commas_before_a_name_with_a_captions_aside(tmp_path):
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch UBND tỉnh Kon Tum, Đinh Trọng Khiêm (thứ hai từ trái) trao quà "
                            "cho các hộ nghèo.\n")
    assert posts(st) == {("Đinh Trọng Khiêm", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")}


def test_a_delegations_own_title_in_the_list_it_heads(tmp_path):
    # every member the deputies' delegation lists is a deputy, whatever the list's address word
    # (docs/conventions.md), besides the titles written beside him
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Kon Tum gồm: ông Đinh Trọng Khiêm - Phó Trưởng đoàn chuyên "
                            "trách; bà Lưu Thị Ngàn - Chủ tịch Hội Nông dân tỉnh đã gặp gỡ cử tri xã Đăk Mar.\n")
    assert posts(st) == {("Đinh Trọng Khiêm", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Kon Tum"),
                         ("Đinh Trọng Khiêm", "Đại biểu", "Quốc hội"),
                         ("Lưu Thị Ngàn", "Chủ tịch", "Hội Nông dân tỉnh Kon Tum"),
                         ("Lưu Thị Ngàn", "Đại biểu", "Quốc hội")}


def test_a_lone_offices_title_before_gom_heads_a_list_of_other_people(tmp_path):
    # one deputy chairman, then the people with him: no deputy's post for the head of the farm office
    st = state_of(tmp_path, "Tin\n\nThành phần tham dự có Phó Chủ tịch UBND huyện Đăk Hà gồm ông Hồ Văn Lợi, "
                            "Trưởng phòng Nông nghiệp và bà Lưu Thị Ngàn, cán bộ địa chính.\n")
    assert not any(p[1] == "Phó Chủ tịch" for p in posts(st))
    assert {o.name for o in st.facts.officials} == {"Hồ Văn Lợi"}


def test_a_title_that_goes_on_is_not_the_heading_delegations(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn ĐBQH tỉnh Kon Tum gồm ông Hồ Văn Lợi, Trưởng đoàn công tác của Sở Y tế "
                            "và bà Lưu Thị Ngàn.\n")
    assert not any(p[1] == "Trưởng đoàn" for p in posts(st))
    assert "Đoàn đại biểu Quốc hội tỉnh Kon Tum" in {b.name for b in st.bodies.resolved()}


def test_a_bare_title_before_a_semicolon_goes_on_to_the_next_titles_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nTại buổi làm việc, bà Mai Thị Thơm - phó bí thư; chủ tịch hội phụ nữ xã Đăk Mar "
                            "nêu các kiến nghị của hội viên.\n")
    assert ("Mai Thị Thơm", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Đăk Mar") in posts(st)

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

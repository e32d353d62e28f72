"""Names read from damaged or ambiguous text: a word of address typed twice, an organisation's
name that begins with a family name; on sentences written for them."""
from __future__ import annotations

from test_stage_pipeline import state_of


def names(st) -> set[str]:
    return {e.text for sv in st.views for e in sv.elements if type(e).__name__ == "Name"}


def test_a_word_of_address_typed_twice_is_no_part_of_the_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Bà Lưu Thị Hạnh – Phó Bí thư Đảng ủy xã Yên Thọ.\n"
                            "Phát biểu có ông Ông Hồ Văn Lộc, Chủ tịch UBND xã Yên Thọ.\n", upto="sentences")
    assert {"Lưu Thị Hạnh", "Hồ Văn Lộc"} <= names(st)
    assert not any(n.startswith(("Ông ", "Bà ")) for n in names(st))


def test_the_family_name_ong_after_a_rank_stays_a_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nThượng tá Ông Đình Khoa phát biểu; bà Ông Thị Mận dự.\n", upto="sentences")
    assert {"Ông Đình Khoa", "Ông Thị Mận"} <= names(st)


def test_an_organisation_that_begins_with_a_family_name_is_no_person(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có các đồng chí Tổ Đại biểu HĐND tỉnh. Hôm qua Đoàn Khối các cơ quan tỉnh "
                            "họp.\n")
    assert not st.officials and not {"Tổ Đại", "Đoàn Khối"} & names(st)


def test_a_two_syllable_name_before_a_lower_case_word_stays_a_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐồng chí Đoàn Khoa biểu dương các chi đoàn.\n", upto="sentences")
    assert "Đoàn Khoa" in names(st)


def test_review_the_family_ong_after_the_word_of_address_keeps_it(tmp_path):
    # (review5a N1: "ông Ông Văn A" is a man of the family Ông; N2: "Khối" alone is a given name)
    st = state_of(tmp_path, "Tin\n\nDự có ông Ông Văn Thịnh, Phó Chủ tịch UBND huyện Kim Bảng. Ông Lò Khối, Chủ "
                            "tịch UBND xã Tân Liễu cho biết.\n", upto="sentences")
    assert {"Ông Văn Thịnh", "Lò Khối"} <= names(st)


def test_a_place_after_a_foreign_unit_word_is_no_person(tmp_path):
    # a Chinese prefecture, a continent, a federal state: the run after the lower-case unit word is
    # its name (people.yaml foreign_unit_words)
    st = state_of(tmp_path, "Tin\n\nĐoàn hội đàm với Bí thư Châu ủy châu Văn Lâm; sau đó thăm bang Lê Sơn và các "
                            "nước châu Âu.\n", upto="sentences")
    assert not names(st) & {"Văn Lâm", "Lê Sơn"}
    # a person whose family name is Châu, and one named after the unit word's capitalised twin, stay
    st = state_of(tmp_path, "Tin\n\nDự có ông Châu Văn Liêm và bà Bang Thị Nhàn, Phó Chủ tịch UBND xã Phú Lâm.\n",
                  upto="sentences")
    assert {"Châu Văn Liêm", "Bang Thị Nhàn"} <= names(st)

"""The world's countries (kg/data/lexicon/countries.yaml): a country is never a person's name, and
a diplomat's title before any of them names the mission (sentences invented for these tests)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def _posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def test_a_country_after_ambassador_is_no_person(tmp_path):
    st = state_of(tmp_path, "Tiếp khách\n\nChiều 14/2, Chủ tịch UBND tỉnh Kon Tum Trần Văn Khởi tiếp Đại sứ "
                            "Hà Lan Pieter Vos tại trụ sở.\n")
    assert not any(o.startswith("Hà Lan") for o in st.officials)
    assert "Trần Văn Khởi" in st.officials


def test_a_named_ambassador_heads_her_countrys_embassy(tmp_path):
    st = state_of(tmp_path, "Làm việc\n\nBuổi làm việc có bà Lucia Ferrer, Đại sứ Tây Ban Nha tại Việt Nam.\n")
    assert ("Lucia Ferrer", "Đại sứ", "Đại sứ quán Tây Ban Nha tại Việt Nam") in _posts(st)


def test_a_country_is_no_official_after_a_foreign_ambassador(tmp_path):
    st = state_of(tmp_path, "Tiếp\n\nÔng Phạm Quang Lộc tiếp bà Ingrid Holm, Đại sứ Hà Lan tại Việt Nam.\n")
    assert "Hà Lan" not in st.officials
    assert ("Ingrid Holm", "Đại sứ", "Đại sứ quán Hà Lan tại Việt Nam") in _posts(st)


def test_a_country_in_any_case_names_the_embassy(tmp_path):
    st = state_of(tmp_path, "Tiếp\n\nÔng Đỗ Minh Tâm, Phó Chủ tịch UBND tỉnh Kon Tum, tiếp Đại sứ Đan mạch "
                            "tại Việt Nam.\n")
    assert "Đại sứ quán Đan Mạch tại Việt Nam" in {b.name for b in st.bodies.resolved()}   # the list's case
    assert st.officials == ["Đỗ Minh Tâm"]


def test_given_names_equal_to_a_country_word_keep_their_posts(tmp_path):
    # negative: "Lan", "Anh Đức", "Mỹ" are given names here, no country
    st = state_of(tmp_path, "Tin\n\nDự có bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh Kon Tum; ông Trần Anh Đức, "
                            "Giám đốc Sở Tài chính; ông Lê Mỹ, Bí thư Huyện ủy Đăk Hà.\n")
    assert {("Nguyễn Thị Lan", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum"),
            ("Trần Anh Đức", "Giám đốc", "Sở Tài chính tỉnh Kon Tum"),
            ("Lê Mỹ", "Bí thư", "Huyện ủy Đăk Hà")} <= _posts(st)


def test_a_name_ending_in_a_country_word_is_still_a_name(tmp_path):
    # negative: the country check is at the run's first word only ("Nguyễn Thị Hà Lan")
    st = state_of(tmp_path, "Tin\n\nBà Nguyễn Thị Hà Lan, Phó Chủ tịch UBND tỉnh Kon Tum, phát biểu.\n")
    assert ("Nguyễn Thị Hà Lan", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") in _posts(st)


def test_a_mission_without_its_seat_is_the_one_the_title_names(tmp_path):
    st = state_of(tmp_path, "Chào\n\nSáng 3/4, Đoàn công tác của Đại sứ quán Thụy Điển do bà Greta Lund, Đại sứ "
                            "Thụy Điển tại Việt Nam làm Trưởng đoàn đã đến thăm tỉnh Kon Tum.\n")
    assert {b.name for b in st.bodies.resolved()} >= {"Đại sứ quán Thụy Điển tại Việt Nam"}
    assert "Đại sứ quán Thụy Điển" not in {b.name for b in st.bodies.resolved()}


def test_a_mission_without_its_seat_stays_bare_when_two_seats_are_named(tmp_path):
    # negative: two consulates of one country, the bare name could be either
    st = state_of(tmp_path, "Tin\n\nĐại diện Tổng Lãnh sự quán Phần Lan dự lễ cùng ông Olli Saari, Tổng Lãnh sự "
                            "Phần Lan tại Đà Nẵng, và bà Aino Koski, Tổng Lãnh sự Phần Lan tại Hải Phòng.\n")
    assert "Tổng Lãnh sự quán Phần Lan" in {b.name for b in st.bodies.resolved()}


def test_a_mission_read_from_the_text_takes_the_countrys_listed_case(tmp_path):
    st = state_of(tmp_path, "Tin\n\nCán bộ Tổng Lãnh sự quán Việt nam tại Luông Pha Băng dự buổi gặp mặt kiều bào.\n")
    assert "Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng" in {b.name for b in st.bodies.resolved()}

"""Who can be an official (kg.extract.officials), on names written for it."""
from __future__ import annotations

from kg.extract.officials import is_person


def test_a_religions_branch_written_like_a_name_is_no_person():
    # "Cao" is a family name, but "Cao Đài ..." names the religion's branches
    assert not is_person("Cao Đài Tiên Thiên") and not is_person("Cao Đài Ban Chỉnh Đạo")
    assert is_person("Cao Đình Khải")


def test_family_names_of_the_highlands_and_the_coast_begin_a_name_without_an_address(tmp_path):
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nDự có Phó Chủ tịch UBND huyện Đăk Hà Pinăng Văn Khiêm; Trưởng phòng Nội vụ "
                            "huyện Alăng Thị Ngàn.\n")
    assert {(p.official, p.role) for p in st.facts.posts} == {("Pinăng Văn Khiêm", "Phó Chủ tịch"),
                                                              ("Alăng Thị Ngàn", "Trưởng phòng")}


def test_an_item_of_a_names_and_titles_list_with_an_unknown_family_name(tmp_path):
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nĐoàn gồm các ông, bà: Lưu Thị Ngàn, Chủ tịch Hội Nông dân huyện Đăk Hà và Rôn "
                            "Khiêm, Ủy viên BCH Hội Nông dân xã Đăk Mar.\n")
    assert ("Rôn Khiêm", "Ủy viên") in {(p.official, p.role) for p in st.facts.posts}


def test_places_listed_before_a_title_are_no_names(tmp_path):
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nHội nghị có đại biểu các tỉnh Kon Tum, Gia Lai và Đắk Lắk, Phó Chủ tịch UBND "
                            "tỉnh Kon Tum Đinh Trọng Khiêm chủ trì.\n")
    assert {o.name for o in st.facts.officials} == {"Đinh Trọng Khiêm"}


def test_places_listed_before_a_title_with_no_name_before_are_no_names(tmp_path):
    # a list of communes or hamlets before a title is places: no item of a list of people before it
    from test_stage_pipeline import state_of
    for text in ("Tại các xã Ia Bang, Đăk Ruồng và Ngọc Réo, Chủ tịch UBND huyện đã kiểm tra tiến độ.",
                 "Ở các thôn Kon Mơ, Đăk Tơ; Ngọc Tụ, Bí thư Đảng ủy xã trình bày tình hình.",
                 "Mô hình được nhân rộng ở Ya Tăng, Đăk Rơ và Đăk Pxi - Chủ tịch Hội Nông dân huyện cho biết."):
        st = state_of(tmp_path, "Tin\n\n" + text + " Ông Lưu Văn Ngà, Bí thư Huyện ủy Đăk Hà dự.\n")
        assert {o.name for o in st.facts.officials} == {"Lưu Văn Ngà"}, text
        assert {(p.official, p.role, p.body.name) for p in st.facts.posts} == {
            ("Lưu Văn Ngà", "Bí thư", "Huyện ủy Đăk Hà")}, text


def test_a_unit_name_typed_in_lower_case_is_the_units_not_a_persons(tmp_path):
    # "huyện lộc Xuyên": the words after a unit word are its name, whatever their case; the same
    # name capitalised later in the sentence ("huyện Lộc Xuyên") is the place, so the title before
    # it stays the monk's and he leads the delegation
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nSáng 14/2, đoàn đại biểu BTS GHPGVN huyện lộc Xuyên do Thượng tọa Thích Quảng "
                            "Tuệ - Phó Trưởng ban Trị sự GHPGVN tỉnh, Trưởng BTS GHPGVN huyện Lộc Xuyên dẫn đầu đã "
                            "tới chúc mừng chùa Phước Nguyên.\n")
    assert {o.name for o in st.facts.officials} == {"Thích Quảng Tuệ"}
    held = {(p.role, p.body.name.split(" huyện ")[-1]) for p in st.facts.posts if p.official == "Thích Quảng Tuệ"}
    assert ("Trưởng ban", "Lộc Xuyên") in held
    assert st.facts.meetings[0].leaders == ["Thích Quảng Tuệ"]


def test_a_person_whose_name_holds_a_place_word_is_still_read(tmp_path):
    # a family name that is also a unit's first syllable: the person after a title is still read,
    # beside the typed-low unit name and where no unit name is typed low at all
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nTại hội trường huyện lộc Xuyên, ông Lộc Văn Tình, Chủ tịch UBND huyện Lộc "
                            "Xuyên phát biểu.\n")
    assert {(p.official, p.role) for p in st.facts.posts} == {("Lộc Văn Tình", "Chủ tịch")}
    st = state_of(tmp_path, "Tin\n\nPhó Chủ tịch UBND huyện Lộc Xuân Trường phát biểu chỉ đạo.\n")
    assert {o.name for o in st.facts.officials} == {"Lộc Xuân Trường"}


def test_a_unit_name_typed_low_in_one_sentence_is_no_person_in_another(tmp_path):
    # the lead types the district "huyện lộc Xuyên"; a later sentence writes "huyện Lộc Xuyên"
    # after a title, where the name reader takes it for a person: it is the place, no official
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nChiều 3/9, đoàn đại biểu BTS GHPGVN huyện lộc Xuyên đã tới chúc mừng tu viện "
                            "Minh Quang. Dẫn đầu đoàn là Thượng tọa Thích Quảng Tuệ, Trưởng BTS GHPGVN huyện Lộc "
                            "Xuyên.\n")
    assert "Lộc Xuyên" not in {o.name for o in st.facts.officials}
    assert "Lộc Xuyên" not in {p.official for p in st.facts.posts}
    # a person named after a title elsewhere in that article is still read
    st = state_of(tmp_path, "Tin\n\nChiều 3/9, đoàn đại biểu BTS GHPGVN huyện lộc Xuyên đã tới chúc mừng tu viện "
                            "Minh Quang. Cùng đi có bà Lộc Thị Xuyên, Phó Chủ tịch UBND huyện.\n")
    assert ("Lộc Thị Xuyên", "Phó Chủ tịch") in {(p.official, p.role) for p in st.facts.posts}
    assert "Lộc Thị Xuyên" in {o.name for o in st.facts.officials}


def test_a_two_syllable_unit_name_after_a_body_no_title_holds_is_the_units(tmp_path):
    # "đoàn ... BTS GHPGVN huyện Lộc Xuyên do ...": no title holds that body, so the two syllables
    # after its unit word name the district (one the gazetteer lacks), and so does the same run
    # after the monk's second title: he holds it and leads
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nSáng 14/2, đoàn đại biểu BTS GHPGVN huyện Lộc Xuyên do Thượng tọa Thích Quảng "
                            "Tuệ - Phó Trưởng ban Trị sự GHPGVN tỉnh, Trưởng BTS GHPGVN huyện Lộc Xuyên dẫn đầu đã "
                            "tới chúc mừng chùa Phước Nguyên.\n")
    assert {o.name for o in st.facts.officials} == {"Thích Quảng Tuệ"}
    assert st.facts.meetings[0].leaders == ["Thích Quảng Tuệ"]
    # after a title, two syllables that start with a family name are still a person's name
    st = state_of(tmp_path, "Tin\n\nTại buổi làm việc, Phó Chủ tịch UBND huyện Lộc Tình đề nghị các xã đẩy nhanh "
                            "tiến độ giải ngân vốn đầu tư công.\n")
    assert ("Lộc Tình", "Phó Chủ tịch") in {(p.official, p.role) for p in st.facts.posts}


def test_a_two_syllable_unit_name_of_an_untitled_body_is_no_person_in_another_sentence(tmp_path):
    # the lead names the district after the unit word of a body no title holds; the next sentence
    # writes it after a title, where the name reader takes it for a person: it is the place
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nChiều 3/9, đoàn đại biểu BTS GHPGVN huyện Lộc Xuyên đã tới chúc mừng tu viện "
                            "Minh Quang. Dẫn đầu đoàn là Thượng tọa Thích Quảng Tuệ, Trưởng BTS GHPGVN huyện Lộc "
                            "Xuyên.\n")
    assert "Lộc Xuyên" not in {o.name for o in st.facts.officials}
    assert "Lộc Xuyên" not in {p.official for p in st.facts.posts}


def test_name_after_a_unit_word_after_a_place_preposition_is_the_unit():
    # hamlets are not in the gazetteer and their names may start with a family name: after
    # "tại thôn" the words are the hamlet's name, not a person placed under the dash's title
    import kg
    f = kg.extract_text("Dịp Giáng sinh, lãnh đạo huyện đến thăm, tặng quà gia đình ông Đinh Quang Toản - "
                        "Chủ tịch Hội đồng mục vụ Giáo xứ Đồng Lầy tại thôn Mai Khê, xã Tân Phúc, huyện Yên Lạc.")
    names = [o.name for o in f.officials]
    assert "Mai Khê" not in names
    assert "Đinh Quang Toản" in names


def test_person_after_tai_with_a_title_is_still_read():
    import kg
    f = kg.extract_text("Tại buổi lễ, ông Mai Văn Khởi, Chủ tịch UBND xã Tân Phúc phát biểu chào mừng các đại biểu.")
    assert [(p.official, p.role, p.body.name) for p in f.posts] == \
        [("Mai Văn Khởi", "Chủ tịch", "Ủy ban nhân dân xã Tân Phúc")]

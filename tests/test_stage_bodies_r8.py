"""Bodies and places, round 8: each construction with an invented sentence, and a near sentence
where the rule must not fire."""
from __future__ import annotations

from pathlib import Path

from kg.extract.pipeline import STAGES, run, stage_names
from kg.extract.sentences.elements import Role
from kg.read import read_path as read_article


def state_of(tmp_path: Path, text: str, upto: str = "collect"):
    """The state after the stages up to and including `upto`, for an article written here."""
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return run(read_article(p, "a.txt"), "a.txt", STAGES[:stage_names().index(upto) + 1])


def _role_places(st) -> dict:
    """surface of each title's body -> its place name, over every sentence."""
    return {e.body.surface: e.body.place_name for sv in st.views for e in sv.elements
            if isinstance(e, Role) and e.body is not None}


def test_a_sides_bare_body_is_placed_by_the_bodies_stage(tmp_path):
    # the side's unit places the bare "UBND tỉnh" before any title is bound (bodies are final
    # when the posts stage reads them)
    st = state_of(tmp_path, "Tin\n\nLễ khánh thành diễn ra tại tỉnh Hà Tĩnh. Dự lễ, tỉnh Bình Định có ông "
                            "Đặng Văn Lộc, Phó Chủ tịch UBND tỉnh.\n", upto="bodies")
    assert _role_places(st)["UBND tỉnh"] == "Bình Định"


def test_a_bare_body_outside_any_side_is_left_to_the_context(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLễ khánh thành diễn ra tại tỉnh Hà Tĩnh, ông Đặng Văn Lộc, Phó Chủ tịch "
                            "UBND tỉnh phát biểu.\n", upto="bodies")
    assert not _role_places(st)["UBND tỉnh"]


def _bodies(st) -> set:
    return {b.name for b in st.facts.bodies}


def test_a_list_of_bodies_closed_by_a_named_commune_is_that_communes(tmp_path):
    # "Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các đoàn thể xã X": the level word and the commune's
    # name at the list's end are every body's of the list
    st = state_of(tmp_path, "Tin\n\nHội Cựu chiến binh xã Phước Long Đông gặp mặt hội viên. Dự buổi gặp mặt có "
                            "lãnh đạo Đảng ủy, HĐND - UBND, Ủy ban MTTQ và các đoàn thể xã Phước Long Đông.\n")
    names = _bodies(st)
    assert {"Hội đồng nhân dân xã Phước Long Đông", "Ủy ban nhân dân xã Phước Long Đông",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Phước Long Đông"} <= names


def test_a_list_closed_by_a_commune_word_alone_names_no_commune(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội Cựu chiến binh huyện gặp mặt hội viên. Dự buổi gặp mặt có lãnh đạo "
                            "Đảng ủy, HĐND - UBND, Ủy ban MTTQ và các đoàn thể xã.\n")
    assert not any(n.endswith(" xã") or " xã " in n for n in _bodies(st) if n.startswith(("Hội đồng", "Ủy ban")))


def test_a_communes_youth_union_is_named_doan_xa(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 9/4, Đoàn TNCS Hồ Chí Minh xã Hòa Khánh Tây tổ chức ra quân hè tình nguyện, "
                            "hơn 80 đoàn viên thanh niên tham gia.\n")
    assert "Đoàn xã Hòa Khánh Tây" in _bodies(st)


def test_the_youth_union_above_the_commune_keeps_its_committee_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 9/4, Đoàn TNCS Hồ Chí Minh huyện Cần Giuộc tổ chức ra quân hè tình nguyện, "
                            "hơn 80 đoàn viên thanh niên tham gia.\n")
    names = _bodies(st)
    assert "Huyện đoàn Cần Giuộc" in names and not any(n.startswith("Đoàn huyện") for n in names)


def test_a_historical_figures_name_places_no_department_in_his_city(tmp_path):
    # "tư tưởng ... Hồ Chí Minh" names the leader, not the city
    st = state_of(tmp_path, "Tin\n\nSáng 5/6, bà Trịnh Thu Hà, Giám đốc Sở Tài chính tỉnh nói về việc noi "
                            "gương đạo đức và tư tưởng Hồ Chí Minh trong công việc.\n")
    assert not any("Hồ Chí Minh" in n for n in _bodies(st))


def test_a_department_written_with_tinh_is_no_centrally_run_citys(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 5/6, ông Lưu Văn Bảo, Chánh Thanh tra tỉnh dự hội nghị tập huấn tổ chức "
                            "tại thành phố Đà Nẵng.\n")
    assert not any("Đà Nẵng" in n for n in _bodies(st))


def test_a_bare_department_in_a_centrally_run_citys_story_is_the_citys(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 5/6, Sở Nội vụ Thành phố Hồ Chí Minh tổ chức hội nghị. Ông Lưu Văn Bảo, "
                            "Phó Giám đốc Sở Tài chính phát biểu.\n")
    assert "Sở Tài chính Thành phố Hồ Chí Minh" in _bodies(st)


def test_a_body_with_a_communes_leaders_is_not_made_the_communes(tmp_path):
    # "Hội Nông dân cùng lãnh đạo xã X": the commune's people are the union's partners, the union
    # is not the commune's (review8a M1)
    st = state_of(tmp_path, "Tin\n\nSáng 3/3, Hội Nông dân tỉnh Kon Tum tổ chức trao bò giống cho hội viên. Dịp này, "
                            "Hội Nông dân cùng lãnh đạo xã Đăk Hring đã trao 20 con bò cho các hộ.\n")
    assert "Hội Nông dân xã Đăk Hring" not in _bodies(st)


def test_a_government_of_two_countries_is_no_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nÔng Bun Mi cảm ơn Đảng, Chính phủ và nhân dân hai nước đã ủng hộ tỉnh Xê Pôn. "
                            "Quốc hội hai nước sẽ tăng cường hợp tác.\n")
    assert not {"Chính phủ", "Quốc hội"} & _bodies(st)


def test_the_government_named_alone_is_still_a_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChính phủ vừa ban hành nghị định mới về hợp tác giữa hai nước.\n")
    assert "Chính phủ" in _bodies(st)


def _title_bodies(st) -> set:
    return {e.body.base.canonical for sv in st.views for e in sv.elements
            if isinstance(e, Role) and e.body is not None and e.body.base is not None}


def test_a_consul_named_after_the_seat_is_not_in_the_missions_name(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, ông Tạ Văn Lâm tiếp Tổng lãnh sự Trung Quốc tại Đà Nẵng Lý Hồng Xương.\n")
    assert "Tổng Lãnh sự quán Trung Quốc tại Đà Nẵng" in _title_bodies(st)


def test_a_seat_of_two_capitalised_words_is_kept_whole(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 2/9, ông Tạ Văn Lâm tiếp Tổng lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh.\n")
    assert any(n.startswith("Tổng Lãnh sự quán Nhật Bản tại") and n.endswith("Hồ Chí Minh") for n in _title_bodies(st))


def test_a_communes_own_trade_union_is_named_with_its_commune(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgôi nhà được trao cho chị Lê Thị Mận, đoàn viên Công đoàn cơ sở xã Long Hựu Đông.\n")
    assert "Công đoàn cơ sở xã Long Hựu Đông" in _bodies(st)


def test_a_workplace_union_written_bare_takes_no_level_from_the_story(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLiên đoàn Lao động tỉnh Long An chỉ đạo Công đoàn cơ sở tổ chức hội nghị người lao động.\n")
    assert not any(n.startswith("Công đoàn cơ sở") for n in _bodies(st))


def test_a_side_that_lists_bodies_places_them(tmp_path):
    st = state_of(tmp_path, "Tin\n\nBuổi làm việc diễn ra tại tỉnh Gia Lai. Về phía tỉnh Bình Định có lãnh đạo UBND "
                            "tỉnh, Sở Công Thương và Sở Xây dựng; về phía tỉnh Gia Lai có ông Rơ Mah Tuấn, "
                            "Phó Chủ tịch UBND tỉnh.\n")
    names = _bodies(st)
    assert {"Sở Công Thương tỉnh Bình Định", "Sở Xây dựng tỉnh Bình Định"} <= names
    assert "Sở Xây dựng tỉnh Gia Lai" not in names


def test_a_unit_that_has_bodies_is_no_side_without_a_lead(tmp_path):
    st = state_of(tmp_path, "Tin\n\nHội nghị diễn ra tại tỉnh Gia Lai. Tỉnh Bình Định có Sở Xây dựng tham gia "
                            "thẩm định dự án.\n")
    assert "Sở Xây dựng tỉnh Bình Định" not in _bodies(st)


def test_a_body_no_commune_has_is_not_made_the_communes_by_a_list(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự lễ có đại diện Sở Y tế, Bảo hiểm xã hội, Hội Chữ thập đỏ, UBND xã Tân Phước Tây.\n")
    names = _bodies(st)
    assert "Bảo hiểm xã hội xã Tân Phước Tây" not in names
    assert "Hội Chữ thập đỏ xã Tân Phước Tây" in names       # (a union every commune has)


def test_short_forms_of_the_front_and_the_womens_union(tmp_path):
    st = state_of(tmp_path, "Tin\n\nDự có ông Lê Văn Tám, PCT UBMT huyện Châu Thành; bà Trần Thị Hoa, CT HPN xã Tân Phú.\n",
                  upto="bodies")
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ"} <= _title_bodies(st)


def test_a_lao_province_in_a_press_spelling_places_its_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn đại biểu tỉnh Attapư do ông Bun Khăm, Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng "
                            "Attapư dẫn đầu đến thăm tỉnh Quảng Nam.\n")
    names = _bodies(st)
    assert "Tỉnh ủy Quảng Nam" not in names


def test_a_neighbours_provincial_front_is_not_ours(tmp_path):
    st = state_of(tmp_path, "Tin\n\nLãnh đạo Mặt trận tỉnh Attapư tặng quà lãnh đạo tỉnh Quảng Nam.\n")
    assert not any(n.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam") for n in _bodies(st))


def test_a_centrally_run_citys_department_is_placed_in_another_provinces_story(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/4, tại tỉnh Bến Tre, Sở Y tế thành phố Cần Thơ và Sở Nội vụ Hà Nội ký "
                            "kết hợp tác với Sở Y tế tỉnh Bến Tre.\n")
    names = _bodies(st)
    assert {"Sở Y tế thành phố Cần Thơ", "Sở Nội vụ thành phố Hà Nội", "Sở Y tế tỉnh Bến Tre"} <= names
    assert "Sở Nội vụ tỉnh Bến Tre" not in names


def test_our_body_beside_two_countries_agencies_stays_a_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 5/4, Bộ Công an và các cơ quan của hai nước phối hợp tổ chức hội nghị.\n")
    assert "Bộ Công an" in _bodies(st)


def test_the_bodies_a_side_works_with_are_not_the_sides(tmp_path):
    # review8c C-H2, C-H3: the visited bodies after "có buổi làm việc với", or after the visit verb
    st = state_of(tmp_path, "Tin\n\nUBND tỉnh Phú Yên đón đoàn khách. Ngày 5/6, tại tỉnh Phú Yên, đoàn công tác "
                            "tỉnh Đắk Nông có buổi làm việc với Sở "
                            "Ngoại vụ và Sở Du lịch về hợp tác. Chiều cùng ngày, đoàn công tác tỉnh Đắk Nông do ông "
                            "Lê Văn Châu, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm Sở Công Thương.\n")
    names = _bodies(st)
    assert not {"Sở Ngoại vụ tỉnh Đắk Nông", "Sở Du lịch tỉnh Đắk Nông", "Sở Công Thương tỉnh Đắk Nông"} & names


def test_a_side_listing_bodies_after_dai_dien(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 5/6, tỉnh Phú Yên tổ chức hội nghị. Dự hội nghị, về phía tỉnh Đắk Nông có đại "
                            "diện UBND tỉnh, Sở Ngoại vụ; về phía tỉnh Phú Yên có lãnh đạo Sở Du lịch.\n")
    assert {"Ủy ban nhân dân tỉnh Đắk Nông", "Sở Ngoại vụ tỉnh Đắk Nông"} <= _bodies(st)

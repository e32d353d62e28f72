"""Bodies and places, round 12: general readings (sentences written for the tests; invented names,
places and numbers)."""
from __future__ import annotations

from test_stage_pipeline import state_of


def posts(st) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def bodies(st) -> set[str]:
    return {b.name for b in st.facts.bodies}


# --- the organs of a neighbour's or partner's unit (bodies.yaml foreign_unit_organs, foreign_chapters)

def test_a_chinese_peoples_congress_and_its_standing_committee(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 9/10, đoàn HĐND tỉnh Cao Bằng hội kiến Ủy ban Thường vụ Nhân đại thành phố "
                            "Bách Sắc, khu tự trị Quảng Tây (Trung Quốc). Tiếp đoàn có ông Hoàng Vĩ Kiệt, Chủ nhiệm "
                            "Ủy ban Thường vụ Nhân đại châu Điền Nam.\n")
    got = bodies(st)
    assert {"Ủy ban Thường vụ Nhân đại thành phố Bách Sắc", "Nhân đại thành phố Bách Sắc",
            "Ủy ban Thường vụ Nhân đại châu Điền Nam", "Nhân đại châu Điền Nam"} <= got
    assert ("Hoàng Vĩ Kiệt", "Chủ nhiệm", "Ủy ban Thường vụ Nhân đại châu Điền Nam") in posts(st)


def test_a_union_federation_named_with_and_without_its_unit_word_is_one_body(tmp_path):
    st = state_of(tmp_path, "Tin\n\nĐoàn cán bộ LĐLĐ tỉnh Hà Nam đã làm việc với Tổng Công hội tỉnh Phúc Kiến, Trung "
                            "Quốc. Lãnh đạo Tổng Công hội Phúc Kiến giới thiệu kinh nghiệm.\n")
    got = bodies(st)
    assert "Tổng Công hội tỉnh Phúc Kiến" in got and "Tổng Công hội Phúc Kiến" not in got


def test_a_cambodian_administration_holds_its_governors_post(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 12/4, đoàn tỉnh Kiên Giang chúc Tết tại tỉnh Kampot (Campuchia). Dự có ngài "
                            "Sok Dara, Tỉnh trưởng Ban hành chính tỉnh Kampot và ngài Chea Vuthy, Chủ tịch Đảng "
                            "nhân dân Campuchia tỉnh Kampot.\n")
    got = posts(st)
    assert ("Sok Dara", "Tỉnh trưởng", "Ban hành chính tỉnh Kampot") in got
    assert ("Chea Vuthy", "Chủ tịch", "Đảng Nhân dân Campuchia tỉnh Kampot") in got
    assert "Chính quyền tỉnh Kampot" not in bodies(st)


def test_a_lao_youth_unions_provincial_chapter(tmp_path):
    st = state_of(tmp_path, "Tin\n\nNgày 3/8, Tỉnh đoàn Lai Châu làm việc với Đoàn Thanh niên Nhân dân Cách mạng Lào "
                            "tỉnh Phông Sa Lỳ (Lào).\n")
    assert "Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Phông Sa Lỳ" in bodies(st)


def test_our_own_government_words_stay_ours(tmp_path):
    # (negatives: "chính quyền" of our units, lower-case or capitalised, is no foreign organ; a chapter
    # word before one of our provinces is no chapter)
    st = state_of(tmp_path, "Tin\n\nChính quyền tỉnh Phú Thọ và Hội đồng nhân dân tỉnh Phú Thọ quan tâm. Cấp ủy, "
                            "chính quyền huyện Thanh Sơn vào cuộc.\n")
    got = bodies(st)
    assert not any(b.startswith("Chính quyền") for b in got)
    st = state_of(tmp_path, "Tin\n\nĐoàn Thanh niên Nhân dân Cách mạng Lào thăm tỉnh Điện Biên.\n")
    assert not any(b.endswith("tỉnh Điện Biên") and b.startswith("Đoàn Thanh niên") for b in bodies(st))

"""The bodies stage, round 10: a foreign state's government written on its own, lists of
departments under one head, institutions named by their head noun. Every sentence here is written
for the test: invented people, schools and companies; real provinces and standard body names."""
from __future__ import annotations

from test_stage_bodies_vocab import bodies_of


def test_a_foreign_government_written_on_its_own_is_mentioned():
    # our central organ with a country right after it is that country's, named with the short name
    text = ("Ông Trần Minh Khoa mong muốn thông qua bà Smith tác động đến Chính phủ Úc hợp tác, đầu tư vào "
            "tỉnh Bạc Liêu; tỉnh cũng đón nhận các dự án ODA của Chính phủ Hàn Quốc.")
    b = bodies_of(text)
    assert {"Chính phủ Úc", "Chính phủ Hàn Quốc"} <= b
    assert "Chính phủ" not in b


def test_a_neighbour_s_assembly_takes_the_country_s_short_name():
    text = "Quốc hội nước CHDCND Lào đã thông qua luật mới, ông Lê Văn Hòa, Chủ tịch UBND tỉnh Quảng Trị cho biết."
    b = bodies_of(text)
    assert "Quốc hội Lào" in b and "Quốc hội" not in b


def test_our_own_government_and_a_province_after_it_stay_ours():
    # "Chính phủ Việt Nam" is our Government; "Lào Cai" is a province, no country
    b = bodies_of("Chính phủ Việt Nam và Chính phủ Nhật Bản ký hiệp định viện trợ cho tỉnh Lào Cai.")
    assert {"Chính phủ", "Chính phủ Nhật Bản"} <= b
    assert "Chính phủ Việt Nam" not in b
    b = bodies_of("Thủ tướng Chính phủ giao UBND tỉnh Lào Cai; Chính phủ Lào Cai là tên sai.")
    assert not any(n.startswith("Chính phủ L") for n in b)

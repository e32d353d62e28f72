"""The bodies stage on names the lexicon knows (kg/data/lexicon/bodies.yaml): spellings and
abbreviations of the genre. Every sentence here is written for the test: invented people, real places."""
from __future__ import annotations

import kg


def bodies_of(text: str) -> set:
    return {b.name for b in kg.extract_text(text, source="t.txt").bodies}


def test_the_buddhist_provincial_board_written_without_viet_nam():
    f = kg.extract_text("Chúc mừng Phật đản\n\nSáng 12/5/2024, lãnh đạo Ủy ban MTTQ tỉnh Sóc Trăng thăm và chúc mừng "
                        "Ban Trị sự Giáo hội Phật giáo tỉnh Sóc Trăng nhân Đại lễ Phật đản.\n", source="t.txt")
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng" in {b.name for b in f.bodies}


def test_a_bare_party_committee_in_a_list_closed_by_a_commune_is_that_commune_s():
    b = bodies_of("Thăm hộ nghèo\n\nSáng 12/1/2024, đoàn công tác tỉnh Quảng Ngãi thăm hộ nghèo. Đồng chí Phạm Văn "
                  "Tư ghi nhận sự quan tâm của Đảng ủy, chính quyền xã Tịnh Khê.\n")
    assert "Đảng ủy xã Tịnh Khê" in b


def test_the_sector_committee_s_short_name_is_the_one_the_article_names():
    f = kg.extract_text("Hội nghị Đảng ủy Khối\n\nSáng 12/5/2024, Đảng ủy Khối các Cơ quan tỉnh Phú Thọ tổ chức hội "
                        "nghị. Đồng chí Hà Văn Lâm, Bí thư Đảng ủy Khối chủ trì.\n", source="t.txt")
    assert ("Hà Văn Lâm", "Bí thư", "Đảng ủy Khối các Cơ quan tỉnh Phú Thọ") in \
        {(p.official, p.role, p.body.name) for p in f.posts}


def test_the_sector_committee_s_short_name_alone_is_no_body():
    f = kg.extract_text("Hội nghị\n\nSáng 12/5/2024, đồng chí Hà Văn Lâm, Bí thư Đảng ủy Khối chủ trì hội nghị.\n",
                        source="t.txt")
    assert not any(b.name.startswith("Đảng ủy Khối") for b in f.bodies)


def test_a_title_no_one_holds_that_writes_a_central_body_mentions_it():
    b = bodies_of("Đại hội Hội LHPN tỉnh\n\nSáng 12/5/2024, Hội LHPN tỉnh Khánh Hòa bế mạc đại hội. Dịp này, bà Trần "
                  "Thị Mai nhận bằng khen của Thủ tướng Chính phủ.\n")
    assert "Chính phủ" in b


def test_a_title_in_an_election_or_one_that_writes_no_body_mentions_none():
    b = bodies_of("Hội nghị\n\nSáng 12/5/2024, Huyện ủy Chợ Mới, tỉnh An Giang triển khai công tác bầu cử đại biểu "
                  "Quốc hội khóa XVI và học tập bài viết của Tổng Bí thư.\n")
    assert "Quốc hội" not in b and "Ban Chấp hành Trung ương Đảng" not in b


def test_a_packed_membership_title_no_one_holds_writes_its_organ():
    b = bodies_of("Ra mắt chi hội\n\nSáng 12/5/2024, Hội Nông dân xã Tân Thành ra mắt chi hội. Dự có ông Lâm Văn Bé, "
                  "Chủ tịch Hội Nông dân xã, các đồng chí UV.BTV Hội Nông dân xã.\n")
    assert "Ban Thường vụ Hội Nông dân xã Tân Thành" in b


def test_a_packed_membership_title_of_a_bare_commune_body_writes_no_organ():
    b = bodies_of("Hội nghị\n\nSáng 12/5/2024, các đồng chí UV.BTV Hội Nông dân xã dự hội nghị.\n")
    assert not any(n.startswith("Ban Thường vụ") for n in b)


def test_a_short_lived_mention_never_takes_the_cached_body_of_another():
    # ResolvedBodies caches by id(); a mention made up for one question (a title's organ) is
    # freed after it, and CPython hands its id to the next one made
    from kg.extract.elements import BodyMention
    from kg.extract.lexicon import lexicon
    from kg.extract.pipeline import run
    from kg.read.article import Meta, Record
    from kg.read.registry import read_record
    from pathlib import Path

    text = "Hội nghị\n\nSáng 12/5/2024, Chính phủ họp với Quốc hội về dự án luật.\n".encode()
    state = run(read_record(Record("t.txt", Path("t.txt"), "txt", data=text, meta=Meta())), "t.txt")
    central = lexicon().central_by_name
    names = []
    for name in ("Chính phủ", "Quốc hội", "Chính phủ", "Quốc hội"):
        body = state.bodies(BodyMention(0, 1, name, base=central[name], level="central", central=True))
        names.append(body.name)
    assert names == ["Chính phủ", "Quốc hội", "Chính phủ", "Quốc hội"]

"""Bodies of the long tail (kg.extract.title_bodies, open_names, proper_names, bodies.yaml):
foreign parties and governments, emulation clusters, councils, clubs, state firms and units.

Every sentence here is written for the test: invented people, real places."""
from __future__ import annotations

import kg


def bodies_of(text: str) -> set:
    return {b.name for b in kg.extract_text(text, source="t.txt").bodies}


# -- a neighbour's party, named in the title of one whose name is not read -----------------------

def test_a_foreign_party_organ_is_mentioned_though_its_member_is_not_read():
    b = bodies_of("Tiếp đoàn tỉnh Sê Kông\n\nSáng 12/3/2024, tỉnh Quảng Nam đón đoàn do đồng chí Khăm-phây "
                  "Xổm-pa-nít, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, "
                  "Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn.\n")
    assert {"Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào", "Đảng Nhân dân Cách mạng Lào"} <= b
    assert "Ban Chấp hành Trung ương Đảng" not in b


def test_a_foreign_unit_body_of_a_title_is_mentioned_though_its_holder_is_not_read():
    b = bodies_of("Chúc Tết tỉnh Attapeu\n\nSáng 12/1/2024, Tỉnh ủy Gia Lai tiếp đoàn tỉnh Attapeu (Lào) do "
                  "đồng chí Xổm-pết Khăm-ma, Chủ tịch Hội đồng nhân dân tỉnh Attapeu làm trưởng đoàn.\n")
    assert "Hội đồng nhân dân tỉnh Attapeu" in b

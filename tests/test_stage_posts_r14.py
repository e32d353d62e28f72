"""Posts and officials, round 14: general constructions of the genre — sentences written for the
construction, invented names and places, not copied from any page."""
from __future__ import annotations

from test_stage_pipeline import state_of
from test_stage_posts_r9 import officials, posts  # noqa: F401  (the readers of round 9's tests)


# --- a partner city's mayor and a neighbour capital's governor (roles.yaml foreign_governors) ---

def test_a_partner_citys_mayor_heads_that_citys_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 12/4, ông Hà Văn Lâm, Chủ tịch UBND tỉnh Thái Bình tiếp ông Park Ji Hoon, "
                            "Thị trưởng thành phố Ulsan (Hàn Quốc).\n")
    got = posts(st)
    assert ("Park Ji Hoon", "Thị trưởng", "Chính quyền thành phố Ulsan") in got
    assert "Park Ji Hoon" in officials(st)


def test_a_deputy_mayor_leading_a_delegation_heads_its_citys_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 2/3, Đoàn công tác thành phố Sapporo, Nhật Bản do ông Suzuki Kenji, "
                            "Phó Thị trưởng làm trưởng đoàn đến thăm và làm việc với tỉnh Thái Bình.\n")
    assert ("Suzuki Kenji", "Phó Thị trưởng", "Chính quyền thành phố Sapporo") in posts(st)
    assert not any(o.startswith("Phó Thị") for o in officials(st))


def test_a_capitals_deputy_governor_heads_the_capitals_government(tmp_path):
    st = state_of(tmp_path, "Tin\n\nChiều 8/6, ông Lê Văn Tùng, Phó Chủ tịch UBND tỉnh Điện Biên tiếp ông Bounmy "
                            "Sisouk, Phó Đô trưởng thủ đô Viêng Chăn (Lào).\n")
    assert ("Bounmy Sisouk", "Phó Đô trưởng", "Chính quyền thủ đô Viêng Chăn") in posts(st)


def test_a_woman_of_the_pho_family_stays_a_name_and_a_market_is_no_mayor(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 3/5, bà Phó Thị Liên, Chủ tịch UBND xã Đông Hòa dự hội nghị. Thị trường "
                            "nông sản tại thành phố Thái Bình ổn định.\n")
    got = posts(st)
    assert ("Phó Thị Liên", "Chủ tịch", "Ủy ban nhân dân xã Đông Hòa") in got
    assert not any(role.endswith("Thị trưởng") for _, role, _ in got)

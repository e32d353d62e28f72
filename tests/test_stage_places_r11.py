"""Places, round 11: the gazetteer's communes, the district a commune and its district's bare name
reveal together, and a district's own site read by its address. Every sentence and address here is
written for the test: invented people; real communes, districts and provinces of the gazetteer."""
from __future__ import annotations

import kg
from kg.extract.gazetteer import get_gazetteer
from kg.read.sites import province_for, site_for


def _bodies(text: str) -> set:
    return {b.name for b in kg.extract_text(text, source="t.txt").bodies}


def test_the_gazetteer_knows_the_districts_of_a_commune_by_its_name():
    g = get_gazetteer()
    assert [d.name for d in g.commune_districts("Cẩm Quang")] == ["Cẩm Xuyên"]
    assert [d.name for d in g.commune_districts("xã Cẩm Quang")] == ["Cẩm Xuyên"]
    # a name three districts share; inside one province, only that province's
    assert len(g.commune_districts("Cẩm Thạch")) == 3
    assert [d.name for d in g.commune_districts("Cẩm Thạch", g.province("Hà Tĩnh"))] == ["Cẩm Xuyên"]
    assert g.commune_districts("Không Có Xã Này") == []
    # communes are no places of the main index: a commune's name is not read as a district
    assert not [p for p in g.lookup("Cẩm Quang") if p.level == "commune"]


def test_a_commune_and_its_district_s_bare_name_reveal_the_district_and_its_province():
    # a story of one commune that writes its district's name bare, with no unit word
    text = ("Nông dân thu hoạch lúa hè thu\n\nNgày 2/6/2023, ông Hoàng Anh Tú, Bí thư Huyện ủy, thăm cánh đồng "
            "mẫu của Hội Nông dân xã Cẩm Quang. Đi cùng có lãnh đạo HĐND - UBND - UBMTTQ. Giống lúa mới sẽ được "
            "gieo khắp Cẩm Xuyên trong vụ tới.")
    b = _bodies(text)
    assert "Huyện ủy Cẩm Xuyên" in b and "Huyện ủy" not in b
    # the bodies of every level written bare stay the commune's: the page is still the commune's own
    assert "Ủy ban nhân dân xã Cẩm Quang" in b


def test_a_commune_alone_or_with_another_district_s_name_reveals_no_district():
    # no district's name written: the commune alone says nothing of its district
    text = ("Nông dân thu hoạch lúa hè thu\n\nNgày 2/6/2023, ông Hoàng Anh Tú, Bí thư Huyện ủy, thăm cánh đồng "
            "mẫu của Hội Nông dân xã Cẩm Quang.")
    assert "Huyện ủy Cẩm Xuyên" not in _bodies(text)
    # a name the commune's namesakes' districts do not bear: none
    text = ("Nông dân thu hoạch lúa hè thu\n\nNgày 2/6/2023, ông Hoàng Anh Tú, Bí thư Huyện ủy, thăm cánh đồng "
            "mẫu của Hội Nông dân xã Cẩm Thạch. Giống lúa mới sẽ được gieo khắp Kỳ Anh trong vụ tới.")
    assert not any(n.startswith("Huyện ủy ") for n in _bodies(text))


def test_a_district_s_own_site_gives_its_province_by_the_district_s_name():
    assert province_for(url="https://thachthanh.gov.vn/tin-tuc/1") == "Thanh Hóa"
    assert province_for(url="https://huyenuyyenthanh.vn/a") == "Nghệ An"       # a listed prefix before the name
    assert province_for(url="https://camxuyen.hatinh.gov.vn/a") == "Hà Tĩnh"
    # a district's name ten provinces share: no province; a central outlet: none
    assert province_for(url="https://chauthanh.gov.vn/a") is None
    assert province_for(url="https://nhandan.vn/a") is None
    # the province's own label is never read as a district's that shares its name
    assert site_for(url="https://quangngai.gov.vn/a").province == "Quảng Ngãi"

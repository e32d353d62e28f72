"""kg.read.sites: the province of a news site, from its URL or the source tag of its lead."""
from __future__ import annotations

from pathlib import Path

from kg.extract.gazetteer import get_gazetteer
from kg.read.sites import _table, province_for, site_for

SITES = Path(__file__).resolve().parent.parent / "kg" / "data" / "sites.tsv"


def test_every_province_in_the_site_list_is_a_province_of_the_gazetteer():
    provinces = {p.name for p in get_gazetteer().places("legacy", "province")}
    domains, tags = _table()
    used = {s.province for s in list(domains.values()) + list(tags.values()) if s.province}
    assert used <= provinces, used - provinces
    assert len(used) == 63                      # every province has at least its government portal


def test_the_file_has_four_columns_and_no_key_twice():
    keys = []
    for line in SITES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            assert len(cols) == 4 and cols[0] in ("domain", "tag", "prefix") and cols[3], line
            keys.append((cols[0], cols[1].lower()))
    assert len(keys) == len(set(keys))


def test_provincial_sites_by_domain_subdomain_and_www():
    assert province_for(url="https://angiang.dcs.vn/tin-tuc/abc-2281.html") == "An Giang"
    assert province_for(url="https://www.baonghean.vn/x.html") == "Nghệ An"
    assert province_for(url="https://dailoc.quangnam.gov.vn/Default.aspx?tabid=107") == "Quảng Nam"
    assert province_for(url="baoangiang.com.vn/abc") == "An Giang"
    assert province_for(url="https://hochiminhcity.gov.vn/") == "Hồ Chí Minh"


def test_central_outlets_and_unknown_sites_have_no_province():
    for url in ("https://nhandan.vn/a.html", "https://dangcongsan.vn/a.html", "https://tuoitre.vn/a.htm",
                "https://vnexpress.net/a.html", "http://mattran.org.vn/a.html"):
        assert site_for(url=url) is not None and province_for(url=url) is None
    assert site_for(url="https://example.org/a.html") is None
    assert province_for(url="https://dcs.vn.example.org/") is None


def test_source_tags_opening_the_lead():
    assert province_for(text="Tiêu đề bài viết\n\n(TUAG)- Chiều ngày 14/3, đoàn công tác ...") == "An Giang"
    assert province_for(text="(Baonghean.vn) - Sáng 22/8, Ban Thường vụ Tỉnh ủy ...") == "Nghệ An"
    assert province_for(text="(QNO) – Ngày 12.10, Đại hội ...") == "Quảng Nam"
    assert province_for(text="(TTXVN) - Ngày 5/5 ...") is None
    assert province_for(text="Đồng chí Nguyễn Văn A (bên phải) - Bí thư ...") is None


def test_the_url_wins_over_the_tag():
    assert province_for(url="https://baonghean.vn/a.html", text="(TUAG)- Ngày 1/1 ...") == "Nghệ An"


def test_a_tag_that_writes_a_listed_sites_address_is_that_site():
    # every domain listed is also a tag: "(Baothanhhoa.vn) -", "(www.baolaocai.vn)", with or without a dash
    assert province_for(text="(Baothanhhoa.vn) - Sáng 3/2, Ban Thường vụ Tỉnh ủy ...") == "Thanh Hóa"
    assert province_for(text="(www.BaoLaoCai.vn) Chiều 4/5, Hội Nông dân tỉnh ...") == "Lào Cai"
    assert province_for(text="(Thanhhoa.dcs.vn): Về trồng trọt, toàn tỉnh ...") == "Thanh Hóa"
    assert province_for(text="(Baochuaco.vn) Chiều 4/5, Hội Nông dân tỉnh ...") is None


def test_a_party_portals_district_subdomain_is_its_province():
    assert province_for(url="https://dalat.lamdong.dcs.vn/tin-tuc/a.html") == "Lâm Đồng"


def test_a_closing_source_credit_names_the_site_by_address_or_name():
    from kg.read.sites import credit_site
    assert credit_site("Bài viết ...\nNguồn bài: http://www.baoquangnam.vn/chinh-tri/a-1.html\n").province == "Quảng Nam"
    assert credit_site("Bài viết ...\nTheo kiengiang.gov.vn |\n").province == "Kiên Giang"
    assert credit_site("Bài viết ...\nNguồn tin: Báo Quảng Ninh điện tử\n").province == "Quảng Ninh"
    assert credit_site("Bài viết ...\n(Theo Báo Bình Phước)\n").province == "Bình Phước"
    assert credit_site("Bài viết ...\nNguồn: https://nhandan.vn/a.html\n").province is None      # a central outlet
    assert credit_site("Bài viết ...\nTheo báo cáo của Ủy ban, năm qua toàn tỉnh ...\n") is None


def test_a_tag_that_writes_a_listed_sites_name_is_that_site():
    assert province_for(text="(Báo Bình Phước) - Sáng 3/2, Hội Nông dân tỉnh ...") == "Bình Phước"
    assert province_for(text="(Báo Nhân Dân) - Sáng 3/2, ...") is None      # a central outlet


def test_a_bare_tag_the_list_knows_opens_the_lead_without_brackets():
    # invented leads: a paper's tag written without brackets, then a dash
    assert province_for(text="Tiêu đề\n\nBHG - Ngày 3/5, Ban Thường vụ Tỉnh ủy họp ...") == "Hà Giang"
    assert province_for(text="STO - Sáng 9/2, Tỉnh ủy tổ chức hội nghị ...") == "Sóc Trăng"
    # an unknown word, or a listed tag of two letters only, is no source tag
    assert province_for(text="Kontum - Sáng 9/2, Tỉnh ủy tổ chức ...") is None
    assert province_for(text="CT - Sáng 9/2, Thành ủy tổ chức ...") is None


def test_party_portals_cover_their_district_subdomains():
    assert province_for(url="https://xyz.binhthuan.dcs.vn/Trang-chu/post/1") == "Bình Thuận"
    assert province_for(url="https://abc.camau.dcs.vn/tin") == "Cà Mau"


def test_a_site_the_list_does_not_know_is_placed_by_the_province_its_address_writes():
    # a province's union, television or news site not in the list: the address writes the province
    assert province_for(url="https://congdoankhanhhoa.org.vn/tin/a-1.html") == "Khánh Hòa"
    assert province_for(url="http://binhphuoc-tv.vn/x") == "Bình Phước"
    assert province_for(url="https://hoinongdan.thanhxa.bacninh.org.vn/a") == "Bắc Ninh"
    # no province written, two written, or a person's name that central institutions carry: none
    assert province_for(url="https://nongthonmoi.example.vn/a") is None
    assert province_for(url="https://hanoihaiphong-express.vn/a") is None
    assert province_for(url="https://baotanghochiminh.vn/a") is None
    # the site's name stays its address (no name is invented), and a listed site keeps its own
    assert site_for(url="https://congdoankhanhhoa.org.vn/a").name == ""
    assert site_for(url="https://baonghean.vn/a").name == "Báo Nghệ An"


def test_every_province_bound_domain_of_the_list_writes_no_other_province():
    # the address reading agrees with every listed domain it can read, and finds none in a
    # central outlet's address
    from kg.read.sites import _province_in_host

    domains, _ = _table()
    for key, site in domains.items():
        found = _province_in_host(key)
        assert found is None or found == site.province, (key, site.province, found)


def test_a_lead_tag_after_a_stored_pages_date_names_the_site():
    # (round 12: "date 2024-05 (TAG) - ..." — a stored page's date glued before the lead's tag)
    assert site_for(text=" date 2021-06 (QNO) - Chiều 4/6, đoàn công tác ...").province == "Quảng Nam"
    assert site_for(text="date 2019-03-08 (BDO)- Sáng 8/3 ...").province == "Bình Dương"
    # (negative: a tag later in the line is no lead tag)
    assert site_for(text="date 2019-03-08 Sáng 8/3, (QNO) báo tin ...") is None

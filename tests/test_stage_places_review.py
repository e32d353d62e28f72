"""Place cues that must not place a story: a bracketed province after a place the story goes to,
another story's title in the page's related-news list, a person's initial before a district's
name, an arbitrary phrase after a portal's banner. Sentences invented for the tests (invented
people and communes, real provinces and districts)."""
from __future__ import annotations

import kg
from kg.extract.places.portal_banners import portal_commune


def _facts(text: str):
    return kg.extract_text(text, source="t.txt")


def _bodies(text: str) -> set:
    return {b.name for b in _facts(text).bodies}


def _posts(text: str) -> set:
    return {(p.official, p.role, p.body.name) for p in _facts(text).posts}


def test_a_bracketed_province_after_where_the_story_goes_is_not_the_storys():
    # the province brackets the place visited, not the union that travels there
    text = ("Hội Cựu chiến binh tỉnh đi học tập mô hình trồng chè tại Bảo Lộc (Lâm Đồng)\n"
            "Trong hai ngày 14 và 15/5, đoàn Hội Cựu chiến binh tỉnh do ông Hà Văn Lũy dẫn đầu đã "
            "đến thăm các trang trại chè của hội viên.\n")
    names = _bodies(text)
    assert "Hội Cựu chiến binh tỉnh" in names
    assert "Hội Cựu chiến binh tỉnh Lâm Đồng" not in names
    # with no travel word the trailing bracket still names the story's province
    text = ("Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua (Lâm Đồng)\n"
            "Sáng 14/5, Hội Cựu chiến binh tỉnh tổng kết phong trào; ông Hà Văn Lũy chủ trì.\n")
    assert "Hội Cựu chiến binh tỉnh Lâm Đồng" in _bodies(text)


def test_a_related_storys_title_on_the_page_does_not_place_a_story_that_names_no_province():
    # (a central site's list: the story's own bare union is not Cà Mau's)
    text = ("Phụ nữ góp sức xây dựng nông thôn mới\n"
            "Sáng 12/6, bà Đinh Thị Nhàn, Phó Chủ tịch Hội LHPN tỉnh đã dự buổi ra mắt mô hình "
            "“Con đường hoa” của chi hội phụ nữ ấp.\n"
            "Bà Nhàn đề nghị các chi hội tiếp tục nhân rộng mô hình trong năm tới.\n"
            "K.Linh\n"
            "Tin liên quan\n"
            "Hội LHPN tỉnh Cà Mau tổng kết công tác năm\n"
            "|\n")
    names = _bodies(text)
    assert "Hội Liên hiệp Phụ nữ tỉnh Cà Mau" not in names
    assert "Hội Liên hiệp Phụ nữ tỉnh" in names


def test_a_persons_initial_before_a_districts_name_in_a_headline_is_no_unit_word():
    lead = ("Sáng 3/4, ông Lý Văn Bảy, Phó Chủ tịch UBND huyện đã trao giấy khen cho bà Trần Thị Út vì "
            "những đóng góp cho nghề truyền thống.\n")
    for head in ("Nghệ nhân H. Long Mỹ truyền nghề đan lục bình cho thanh niên",
                 "Nghệ nhân H. Long Mỹ: người giữ nghề đan lục bình"):
        posts = _posts(head + "\n" + lead)
        assert ("Lý Văn Bảy", "Phó Chủ tịch", "Ủy ban nhân dân huyện Long Mỹ") not in posts, head
        assert ("Lý Văn Bảy", "Phó Chủ tịch", "Ủy ban nhân dân huyện") in posts, head
    # the abbreviated unit with the district's province, or closed by a colon, still places it
    for head in ("H. Long Mỹ, Hậu Giang: Nông dân thi đua sản xuất giỏi", "H. Long Mỹ: Nông dân thi đua sản xuất giỏi"):
        assert ("Lý Văn Bảy", "Phó Chủ tịch", "Ủy ban nhân dân huyện Long Mỹ") in _posts(head + "\n" + lead), head


def test_an_arbitrary_phrase_after_a_portals_banner_is_no_commune():
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
            "Tin tức 09:15 12/03/2019\n\n"
            "Hội nghị đối thoại với nhân dân năm 2019\n"
            "Sáng 11/3, Đảng ủy xã tổ chức hội nghị đối thoại; ông Vi Văn Tình, Bí thư Đảng ủy xã chủ trì.\n")
    posts = _posts(text)
    assert ("Vi Văn Tình", "Bí thư", "Đảng ủy xã Hội") not in posts
    assert ("Vi Văn Tình", "Bí thư", "Đảng ủy xã") in posts
    # a banner whose owner is no name but running words ("... tổng hợp về ...") names no commune
    assert portal_commune("Trang thông tin điện tử tổng hợp của Đoàn Thanh niên về Xã Mới\n") is None
    assert portal_commune("Trang thông tin điện tử UBND xã Tân Khải\n") == ("xã", "Tân Khải")


def test_a_bracketed_province_after_the_unit_opening_the_headline_is_the_storys():
    lead = "Sáng 9/4, Đảng ủy xã ra mắt mô hình; ông Hà Văn Lũy, Phó Bí thư Tỉnh ủy đến dự.\n"
    text = "Xã Tân Khải (Sóc Trăng) ra mắt mô hình dân vận khéo\n" + lead
    assert ("Hà Văn Lũy", "Phó Bí thư", "Tỉnh ủy Sóc Trăng") in _posts(text)
    # the commune a delegation visits, in mid-headline, is where it goes
    text = "Tỉnh đoàn thăm xã Tân Khải (Sóc Trăng) và trao quà\n" + lead
    assert ("Hà Văn Lũy", "Phó Bí thư", "Tỉnh ủy") in _posts(text)

"""Where the article is, read from the genre's place cues (kg.extract.places): a commune's name
carried to its bare titles, a headline's abbreviated unit word, and the places that are no
evidence of the story's province. Sentences invented for the tests (invented people and
communes, real provinces and districts)."""
from __future__ import annotations

import kg


def _facts(text: str):
    return kg.extract_text(text, source="t.txt")


def _bodies(text: str) -> set:
    return {b.name for b in _facts(text).bodies}


def _posts(text: str) -> set:
    return {(p.official, p.role, p.body.name) for p in _facts(text).posts}


def test_a_wards_number_before_a_span_of_time_does_not_rival_the_ward_the_story_names():
    # "của phường 9 tháng đầu năm" is the ward's nine months, not a ward numbered 9
    text = ("Phường Tân Khải đối thoại với nhân dân\n"
            "Sáng 14/3, Đảng ủy phường Tân Khải tổ chức hội nghị đối thoại với nhân dân khu phố 2.\n"
            "Khai mạc hội nghị là ông Đào Văn Thiện - Bí thư Đảng ủy kiêm Chủ tịch HĐND phường.\n"
            "Tiếp đó bà Kha Thị Mến, Phó Bí thư Đảng ủy kiêm Chủ tịch UBND phường, báo cáo kết quả "
            "của phường 9 tháng đầu năm.\n")
    posts = _posts(text)
    assert ("Đào Văn Thiện", "Bí thư", "Đảng ủy phường Tân Khải") in posts
    assert ("Kha Thị Mến", "Chủ tịch", "Ủy ban nhân dân phường Tân Khải") in posts
    assert not any(body.endswith("phường") or body.endswith("phường 9") for _, _, body in posts)


def test_two_wards_named_leave_the_bare_ward_bare():
    text = ("Hai phường ký kết phối hợp\n"
            "Sáng 14/3, Đảng ủy phường Tân Khải và Đảng ủy phường Mỹ Lợi ký kết chương trình phối hợp.\n"
            "Ông Đào Văn Thiện, Bí thư Đảng ủy phường phát biểu.\n")
    posts = _posts(text)
    assert ("Đào Văn Thiện", "Bí thư", "Đảng ủy phường Tân Khải") not in posts
    assert ("Đào Văn Thiện", "Bí thư", "Đảng ủy phường Mỹ Lợi") not in posts


def test_a_headline_abbreviating_huyen_names_the_district_bare_bodies_mean():
    # "Châu Thành" is a district of several provinces: the one of the province written beside it
    text = ("H. Châu Thành, Tiền Giang: Giám sát việc bồi thường đất đai\n"
            "Tại hội nghị tổng kết năm, Thường trực HĐND huyện đánh giá các cuộc giám sát đã tập "
            "trung vào những vấn đề cử tri quan tâm.\n")
    names = _bodies(text)
    assert "Thường trực Hội đồng nhân dân huyện Châu Thành" in names
    assert "Thường trực Hội đồng nhân dân huyện" not in names


def test_a_letter_and_a_dot_in_a_headline_before_no_district_is_an_initial():
    text = ("H. Thảo: Người gác đèn trên đảo\n"
            "Thường trực HĐND huyện đến thăm và tặng quà gia đình bà.\n")
    assert "Thường trực Hội đồng nhân dân huyện" in _bodies(text)


def test_a_province_inside_a_churchs_name_is_not_the_storys_province():
    # the Cao Đài holy see is called after its seat; its branches are greeted in every province
    text = ("Mặt trận chúc mừng lễ khai đạo\n"
            "Đoàn của ông Lò Văn Khẩn, Phó Chủ tịch Ủy ban MTTQ tỉnh, đã đến thăm, chúc mừng Cao Đài "
            "Tòa thánh Tây Ninh tỉnh nhân dịp đại lễ.\n")
    names = _bodies(text)
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in names
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh" not in names


def test_a_provinces_community_named_bare_still_reveals_the_province():
    text = ("Mặt trận chúc mừng lễ Phật đản\n"
            "Đoàn của ông Lò Văn Khẩn, Phó Chủ tịch Ủy ban MTTQ tỉnh, đã đến thăm, chúc mừng và ghi "
            "nhận đóng góp của Phật giáo Quảng Nam.\n")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam" in _bodies(text)


def test_a_district_merged_into_its_neighbour_in_2024_or_2025_still_names_its_province():
    # huyện Yên Dũng went into the city of Bắc Giang, huyện Đạ Tẻh into Đạ Huoai: no longer in the
    # list of districts, but articles written before keep their names
    text = ("Nông dân thi đua sản xuất giỏi\n"
            "Ngày 9/4, Hội Nông dân huyện Yên Dũng tổng kết phong trào; dự có lãnh đạo Tỉnh ủy.\n")
    assert "Tỉnh ủy Bắc Giang" in _bodies(text)
    text = ("Đại hội Hội Cựu chiến binh huyện Đạ Tẻh\n"
            "Sáng 2/6, Hội Cựu chiến binh huyện tổ chức đại hội; dự có đại diện Tỉnh ủy.\n")
    names = _bodies(text)
    assert "Tỉnh ủy Lâm Đồng" in names and "Hội Cựu chiến binh huyện Đạ Tẻh" in names


def test_a_province_in_brackets_in_the_headline_is_where_the_story_is():
    text = ("Nông dân thi đua làm giàu (Sóc Trăng)\n"
            "Sáng 9/4, Hội Nông dân tỉnh sơ kết phong trào, lãnh đạo Tỉnh ủy đến dự.\n")
    assert {"Hội Nông dân tỉnh Sóc Trăng", "Tỉnh ủy Sóc Trăng"} <= _bodies(text)


def test_a_district_before_its_province_in_brackets_opening_the_headline_is_the_storys():
    text = ("Mỹ Tú (Sóc Trăng): Nông dân thi đua làm giàu\n"
            "Sáng 9/4, Hội Nông dân huyện sơ kết phong trào, lãnh đạo Huyện ủy đến dự.\n")
    assert {"Hội Nông dân huyện Mỹ Tú", "Huyện ủy Mỹ Tú"} <= _bodies(text)
    # a district of another province before the bracket is not placed by it
    text = ("Mỹ Tú (Cà Mau): Nông dân thi đua làm giàu\n"
            "Sáng 9/4, Hội Nông dân huyện sơ kết phong trào.\n")
    assert "Hội Nông dân huyện Mỹ Tú" not in _bodies(text)


def test_a_banner_above_the_story_places_it_but_the_pages_other_stories_do_not():
    story = ("Mặt trận thăm gia đình chính sách\n"
             "Chiều 21/7, các gia đình thương binh ở hai xã vùng sâu đã đón đoàn công tác do ông "
             "Lò Văn Khẩn (Phó Chủ tịch Ủy ban MTTQVN tỉnh) dẫn đầu.\n"
             "Mỗi gia đình được tặng một phần quà và sổ tiết kiệm.\n")
    # the site's banner atop the page, the body's name alone: the site's province
    text = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG\nTrang chủ\nTin tức\n" + story
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng" in _bodies(text)
    # a related story's title below the story: another story, of any province on a central site
    text = story + "Q.Hà\nTin liên quan\nĐồng chí LÒ VĂN CHÍNH Chủ tịch Hội Nông dân tỉnh Sóc Trăng\n|\n"
    names = _bodies(text)
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in names
    assert not any(n.endswith("Sóc Trăng") for n in names)


def test_a_story_closing_with_a_provincial_papers_credit_is_of_its_province():
    text = ("Hội Nông dân tỉnh sơ kết phong trào thi đua\n"
            "Sáng 9/4, Hội Nông dân tỉnh sơ kết phong trào; lãnh đạo Tỉnh ủy đến dự.\n"
            "Theo Báo Bình Phước\n")
    assert {"Hội Nông dân tỉnh Bình Phước", "Tỉnh ủy Bình Phước"} <= _bodies(text)
    # a province the text names wins
    text = text.replace("Hội Nông dân tỉnh sơ kết phong trào;", "Hội Nông dân tỉnh Đồng Nai sơ kết phong trào;")
    assert "Tỉnh ủy Đồng Nai" in _bodies(text)


def test_a_headline_abbreviating_quan_before_a_number_names_the_numbered_district():
    text = ("Q.3: Hội Cựu chiến binh quận tổng kết năm\n"
            "Sáng 5/1, Hội Cựu chiến binh quận tổ chức hội nghị, lãnh đạo Quận ủy đến dự.\n")
    assert {"Hội Cựu chiến binh Quận 3", "Quận ủy Quận 3"} <= _bodies(text)


def test_a_district_portals_greeting_atop_the_page_names_the_storys_district():
    text = ("Cổng thông tin điện tử huyện Mỹ Tú\n"
            "Tin tức 09:15 12/03/2019\n\n"
            "Xã Long Hưng tổng kết công tác dân vận\n"
            "Sáng 11/3, Đảng ủy xã Long Hưng tổng kết công tác dân vận năm 2018; dự có đại diện "
            "Ban Dân vận Huyện ủy và đại biểu HĐND huyện ứng cử tại xã.\n")
    names = _bodies(text)
    assert "Ban Dân vận Huyện ủy Mỹ Tú" in names
    assert "Ban Dân vận Huyện ủy" not in names


def test_a_provincial_portals_greeting_in_running_case_gives_the_sites_province():
    text = ("Cổng thông tin điện tử tỉnh Sóc Trăng\n"
            "Tin tức 09:15 12/03/2019\n\n"
            "Nông dân thi đua sản xuất giỏi\n"
            "Sáng 11/3, Hội Nông dân tỉnh tổng kết phong trào thi đua; lãnh đạo Tỉnh ủy đến dự.\n")
    assert {"Hội Nông dân tỉnh Sóc Trăng", "Tỉnh ủy Sóc Trăng"} <= _bodies(text)


def test_a_commune_portals_banner_gives_bare_commune_titles_its_name():
    text = ("Trang thông tin điện tử xã Tân Khải\n"
            "Tin tức 09:15 12/03/2019\n\n"
            "Hội nghị đối thoại với nhân dân năm 2019\n"
            "Sáng 11/3, Đảng ủy xã tổ chức hội nghị đối thoại; ông Đào Văn Thiện, Bí thư Đảng ủy xã chủ trì.\n")
    assert ("Đào Văn Thiện", "Bí thư", "Đảng ủy xã Tân Khải") in _posts(text)

"""Meeting kinds of the sixth round (kg.extract.meeting.meeting_kinds): gifts on a trip, a
get-together for a named day or recalling a tradition, a trip to historic sites, a contact
session with voters."""
from __future__ import annotations

from test_extract import facts_of


def _kind(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


def test_gifts_handed_on_a_trip_to_a_place_are_a_visit(tmp_path):
    assert _kind(tmp_path, "Nhân dịp Tết cổ truyền, ngày 12.4, Ban Dân tộc tỉnh Yên Hòa đã đến chùa Phước Lâm "
                           "(xã Đông Khê, huyện Lạc Sơn) để trao quà cho đồng bào.\n") == "Visit"
    # ... not gifts a trip is made to hand out at an event of their own
    assert _kind(tmp_path, "Ngày 12.4, Ban Dân tộc tỉnh Yên Hòa đến trao quà cho 80 hộ nghèo tại hội trường "
                           "UBND xã Đông Khê.\n") == "Ceremony"


def test_a_get_together_for_a_named_day_is_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Huyện Lạc Sơn: Họp mặt Ngày Thầy thuốc Việt Nam\nTại buổi họp mặt, các đại biểu đã "
                           "cùng nhau ôn lại truyền thống của ngành y tế huyện Lạc Sơn.\n") == "Ceremony"
    # ... a meeting of the same people with no occasion is a conference
    assert _kind(tmp_path, "Huyện Lạc Sơn: Họp mặt cán bộ ngành y tế\nTại buổi họp mặt, các đại biểu đã "
                           "bàn kế hoạch tiêm chủng của huyện Lạc Sơn.\n") == "Conference"


def test_a_trip_to_historic_sites_is_a_visit(tmp_path):
    assert _kind(tmp_path, "Lạc Sơn: Nông dân về nguồn, hướng đến kỷ niệm ngày thành lập Hội\nNgày 3/10, 40 "
                           "cán bộ Hội Nông dân huyện Lạc Sơn về nguồn tại khu di tích Đông Khê.\n") == "Visit"


def test_a_contact_session_with_voters_is_a_conference(tmp_path):
    assert _kind(tmp_path, "Sáng ngày 9/3, UBMTTQ xã Đông Khê phối hợp với HĐND xã tổ chức tiếp xúc giữa cử tri "
                           "với đại biểu HĐND xã sau kỳ họp thứ năm.\n") == "Conference"
    # ... while receiving a delegation stays a visit
    assert _kind(tmp_path, "Sáng ngày 9/3, Chủ tịch UBND tỉnh Yên Hòa tiếp đoàn đại biểu tỉnh Sê Lăm của "
                           "nước bạn Lào.\n") == "Visit"


def test_a_day_of_a_sitting_is_no_working_session(tmp_path):
    assert _kind(tmp_path, "Ngày làm việc thứ ba kỳ họp thứ 7 HĐND huyện Lạc Sơn\nNgày 9-10, HĐND huyện Lạc Sơn "
                           "tiếp tục chương trình kỳ họp thứ 7.\n") == "Conference"
    # ... while a session of work stays one
    assert _kind(tmp_path, "Thường trực HĐND huyện Lạc Sơn làm việc với xã Đông Khê\nNgày 9-10, Thường trực HĐND "
                           "huyện Lạc Sơn làm việc với UBND xã Đông Khê.\n") == "WorkingSession"


def test_gifts_with_no_place_gone_to_stay_a_ceremony(tmp_path):
    # (review K2: "đến nay" is a time, "đến với" no place)
    assert _kind(tmp_path, "Từ đầu năm đến nay Hội Chữ thập đỏ huyện Lạc Sơn đã trao quà cho hơn 250 hộ nghèo "
                           "trong huyện.\n") == "Ceremony"
    assert _kind(tmp_path, "Sáng 9/1, Hội Chữ thập đỏ huyện Lạc Sơn tổ chức chương trình đến với người nghèo và "
                           "trao quà cho 150 hộ tại hội trường UBND xã Đông Khê.\n") == "Ceremony"


def test_respects_paid_at_a_cemetery_are_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Đoàn đại biểu dự Đại hội Hội Nông dân huyện Lạc Sơn viếng Nghĩa trang liệt sĩ\nChiều "
                           "8/10, đoàn đại biểu dự Đại hội đã viếng Nghĩa trang liệt sĩ huyện.\n") == "Ceremony"
    # ... a condolence visit to a family stays a visit
    assert _kind(tmp_path, "Lãnh đạo huyện Lạc Sơn viếng và chia buồn cùng gia đình ông Lê Văn An\nChiều 8/10, "
                           "lãnh đạo huyện Lạc Sơn đã đến viếng và chia buồn cùng gia đình.\n") == "Visit"


def test_a_visit_and_work_at_a_place_is_a_visit(tmp_path):
    assert _kind(tmp_path, "Đoàn đại biểu tỉnh Sê Lăm thăm và làm việc tại huyện Lạc Sơn\nNgày 8/10, đoàn đại biểu "
                           "tỉnh Sê Lăm của nước bạn Lào thăm và làm việc tại huyện Lạc Sơn.\n") == "Visit"
    # ... with a body it is a working session
    assert _kind(tmp_path, "Thường trực Huyện ủy Lạc Sơn thăm và làm việc với Đảng ủy xã Đông Khê\nNgày 8/10, "
                           "Thường trực Huyện ủy Lạc Sơn đã thăm và làm việc với Đảng ủy xã Đông Khê.\n") == "WorkingSession"


def test_a_handing_over_said_with_its_manner_is_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Đồng chí Lê Văn An, Phó Bí thư Huyện ủy Lạc Sơn làm trưởng đoàn đến và trao trực tiếp "
                           "Huy hiệu 60 năm tuổi Đảng cho hai đảng viên cao tuổi.\n") == "Ceremony"
    # ... a visit that hands gifts on the way stays a visit
    assert _kind(tmp_path, "Đồng chí Lê Văn An, Phó Bí thư Huyện ủy Lạc Sơn đến thăm và trao tận tay quà cho hai "
                           "gia đình chính sách.\n") == "Visit"


def test_review5_no_trip_in_care_a_time_span_or_a_greeting(tmp_path):
    # (review R5: "quan tâm đến các hộ", "từ ngày 1/1 đến Rằm", "gửi lời chúc đến Hội viên" name no place)
    head = "Hội Chữ thập đỏ chăm lo người nghèo\n"
    for lead in ("Sáng 9/1 tại hội trường UBND huyện, Hội Chữ thập đỏ huyện Lạc Sơn tiếp tục quan tâm đến các hộ "
                 "nghèo và trao quà cho 80 hộ.\n",
                 "Từ ngày 2/1 đến Rằm tháng Chạp Hội Chữ thập đỏ huyện Lạc Sơn đã trao quà cho 250 hộ.\n",
                 "Sáng 9/1, Hội Chữ thập đỏ huyện Lạc Sơn gửi lời chúc tốt đẹp nhất đến Hội viên và trao quà cho "
                 "80 hộ tại hội trường.\n"):
        assert _kind(tmp_path, head + lead) == "Ceremony", lead
    # ... a trip to the communes is one
    assert _kind(tmp_path, head + "Sáng 9/1, Hội Chữ thập đỏ huyện Lạc Sơn đã đến các xã vùng cao để trao quà "
                                  "cho 80 hộ.\n") == "Visit"


def test_review5_a_visit_and_work_at_a_body_s_office_is_a_working_session(tmp_path):
    # (review R7: a body after "tại" is the body worked with)
    assert _kind(tmp_path, "Sáng 5/3, đồng chí Lê Văn An, Bí thư Huyện ủy Lạc Sơn đã thăm và làm việc tại Đảng ủy xã "
                           "Đông Khê về công tác xây dựng Đảng.\n") == "WorkingSession"


def test_review5_gifts_handed_in_person_on_a_trip_stay_a_visit(tmp_path):
    # (review R16: "đến tận nhà trao tận tay quà" is a visit's)
    assert _kind(tmp_path, "Sáng 5/2, ông Lê Văn An, Chủ tịch UBND huyện Lạc Sơn đã đến tận nhà trao tận tay quà Tết "
                           "cho 20 gia đình chính sách ở xã Đông Khê.\n") == "Visit"

"""Meeting kinds of round 13 (kg.extract.meeting.meeting_kinds, kind_filters): a congress that is the
page's topic (announced with its term or theme, or the one a delegation goes to), "tiếp" inside
"trực tiếp", a counted gift handed over. Every sentence, name and number is invented."""
from __future__ import annotations

from test_extract import facts_of
from test_real_meetings import day  # one reader of a meeting's day ("2023-12-09", "--05-09")


def _kind(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


# -- a congress announced: the topic, not the event -------------------------------------------------------

def test_a_congress_announced_past_its_term_is_no_congress(tmp_path):
    # the term set off by a comma between the congress's name and the verb that announces it
    text = ("Theo kế hoạch, Đại hội Hội Nông dân huyện Yên Thế lần thứ IX, nhiệm kỳ 2031 - 2036 sẽ khai mạc "
            "sáng 14/6 tại nhà văn hóa huyện.\n"
            "Mỗi chi hội cử ba hội viên về dự Đại hội.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_a_congress_announced_with_its_quoted_motto_is_no_congress(tmp_path):
    text = ("Đại hội Hội Cựu chiến binh tỉnh Sơn Hà khóa VII với phương châm “Gương mẫu - Đoàn kết” sẽ "
            "khai mạc vào ngày 9/10.\n"
            "Tại buổi họp ngày 2/10, ông Lò Văn Pản cho biết đại hội có 280 đại biểu.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_two_congresses_announced_together_are_no_congress(tmp_path):
    # the second congress joined by "và": its words count afresh
    text = ("Trong quý II, Đại hội Hội Cựu chiến binh cấp cơ sở và Đại hội Hội Cựu chiến binh huyện Yên Thế "
            "khóa VIII sẽ diễn ra.\n"
            "Mỗi Đại hội cấp xã có khoảng 80 đại biểu chính thức.\n")
    assert _kind(tmp_path, text) == "Conference"


def test_a_congress_held_with_its_term_is_still_a_congress(tmp_path):
    # the negative: the congress told as held, its term set off by a comma, then what it did
    text = ("Sáng 14/6, Đại hội Hội Nông dân huyện Yên Thế lần thứ IX, nhiệm kỳ 2031 - 2036 đã khai mạc "
            "với sự tham dự của 200 đại biểu.\n")
    assert _kind(tmp_path, text) == "Congress"


def test_a_congress_announced_far_after_its_name_is_still_read_as_before(tmp_path):
    # the negative: the announcing verb out of the clause's reach (a long clause of what was done)
    text = ("Sáng 14/6, Đại hội Hội Nông dân huyện Yên Thế bầu Ban Chấp hành gồm 25 đồng chí, bầu "
            "Ban Thường vụ gồm 7 đồng chí và thông qua nghị quyết mà các chi hội sẽ tổ chức học tập.\n")
    assert _kind(tmp_path, text) == "Congress"


def test_a_delegation_seen_off_to_a_congress_is_no_congress(tmp_path):
    text = ("Chiều 2/10, Ban Thường vụ Huyện ủy Yên Thế tiễn đoàn đại biểu huyện đi dự Đại hội đại biểu "
            "Đảng bộ tỉnh Sơn Hà lần thứ XX.\n"
            "Đoàn có 14 đồng chí do ông Hà Văn Sinh làm trưởng đoàn.\n")
    assert _kind(tmp_path, text) != "Congress"


def test_a_union_s_own_name_before_attending_a_congress_is_no_delegation(tmp_path):
    # the negative: "Tỉnh Đoàn" names the Youth Union of the province, who attends the congress told
    assert _kind(tmp_path, "Sáng 12/9, Ban Thường vụ Tỉnh Đoàn Sơn Hà dự Đại hội Đoàn huyện Yên Thế lần "
                           "thứ IX.\n") == "Congress"


# -- "trực tiếp" receives no one -----------------------------------------------------------------------------

def test_directly_is_no_reception(tmp_path):
    text = ("Nhiều hoạt động của Hội Cựu chiến binh xã Nà Hẩu\n"
            "Những năm qua, Hội Cựu chiến binh xã Nà Hẩu vận động hội viên phát triển kinh tế.\n"
            "Cán bộ hội trực tiếp hướng dẫn các hộ nuôi bò.\n")
    assert _kind(tmp_path, text) is None


def test_a_reception_is_still_one(tmp_path):
    # the negative: "tiếp" after a subject, before its guests
    assert _kind(tmp_path, "Chiều 5/3, ông Lò Văn Pản, Chủ tịch UBND tỉnh Sơn Hà tiếp đoàn doanh nghiệp "
                           "của tỉnh Yên Hòa.\n") == "Visit"


# -- a counted gift handed over --------------------------------------------------------------------------------

def test_a_counted_gift_handed_over_is_a_ceremony_with_its_day(tmp_path):
    text = ("Ngày 12-8, ông Hà Văn Sinh, Phó Chủ tịch UBND huyện Yên Thế cùng lãnh đạo Công ty Sao Mai đã về "
            "xã Nà Hẩu trao 12 bồn chứa nước sạch cho các hộ nghèo.\n")
    f = facts_of(tmp_path, text)
    assert f.meetings and f.meetings[0].kind == "Ceremony" and day(f.meetings[0]) == "--08-12"


def test_an_organised_gift_is_a_ceremony(tmp_path):
    assert _kind(tmp_path, "Sáng 3/12, Hội Người mù tỉnh Sơn Hà tổ chức tặng 40 chiếc gậy dò đường cho hội "
                           "viên.\n") == "Ceremony"


def test_a_day_after_the_handing_verb_is_no_gift_count(tmp_path):
    # the negative: "trao 5/6" is a day, and no other event is told
    assert _kind(tmp_path, "Kết quả cuộc thi viết sẽ được công bố và trao 5/6 tại xã Nà Hẩu.\n") is None


def test_an_exchange_of_experience_is_no_handover(tmp_path):
    # the negative: "tổ chức trao đổi" (an exchange) with no count
    assert _kind(tmp_path, "Những năm qua, các chi hội thường tổ chức trao đổi kinh nghiệm nuôi cá.\n") is None


# -- a visit's trip that works -----------------------------------------------------------------------------------

def test_a_trip_to_visit_and_work_is_a_visit_when_nothing_else_is_told(tmp_path):
    text = ("Từ ngày 3 đến 5/4, Hội Nông dân tỉnh Sơn Hà có chuyến thăm và làm việc tại ba tỉnh Tây Nguyên.\n"
            "Các hội viên được giới thiệu mô hình trồng cà phê sạch trong buổi gặp mặt cuối chuyến đi.\n")
    assert _kind(tmp_path, text) == "Visit"


def test_a_working_session_told_on_the_trip_is_still_one(tmp_path):
    # the negative: the lead tells what the trip did ("làm việc với"): that event is the meeting
    text = ("Trong chuyến thăm và làm việc tại tỉnh Yên Hòa, sáng 4/5, đoàn công tác huyện Yên Thế đã làm việc "
            "với Ban Thường vụ Huyện ủy Lạc Sơn.\n")
    assert _kind(tmp_path, text) == "WorkingSession"


# -- a get-together with a visiting delegation ------------------------------------------------------------------

def test_a_get_together_with_a_visiting_delegation_is_a_visit(tmp_path):
    assert _kind(tmp_path, "Tối 2/11, Ban Thường vụ Huyện ủy Yên Thế họp mặt thân mật đoàn công tác tỉnh Lạc Sơn "
                           "sang thăm huyện.\n") == "Visit"


def test_a_get_together_with_a_delegation_led_by_someone_is_a_visit(tmp_path):
    assert _kind(tmp_path, "Sáng 3/4, tại trụ sở, lãnh đạo Hội Cựu chiến binh tỉnh Sơn Hà gặp mặt đoàn cựu chiến "
                           "binh huyện Lạc Sơn về thăm chiến trường xưa, do ông Hà Văn Sinh làm trưởng đoàn.\n") == "Visit"


def test_a_get_together_with_a_delegation_going_to_a_congress_is_no_visit(tmp_path):
    # the negative: the province's own delegation, led by someone, goes to a congress
    assert _kind(tmp_path, "Chiều 6/12, Ban Thường vụ Hội Nông dân tỉnh Sơn Hà gặp mặt đoàn 12 hội viên do ông Hà "
                           "Văn Sinh làm trưởng đoàn lên đường dự Đại hội Hội Nông dân Việt Nam.\n") == "Conference"


def test_a_get_together_with_a_presidium_is_no_visit(tmp_path):
    # the negative: "Đoàn Chủ tịch" is a body, not a delegation
    assert _kind(tmp_path, "Ban Thường vụ Huyện ủy Yên Thế họp mặt Đoàn Chủ tịch Hội Nông dân huyện vừa đến thăm "
                           "các xã vùng cao.\n") == "Conference"


# -- talks ----------------------------------------------------------------------------------------------------------

def test_talks_between_two_sides_are_a_working_session(tmp_path):
    # conventions (round 13): "hội đàm" between two sides' delegations is a WorkingSession
    assert _kind(tmp_path, "Sáng 8/3, Hội Nông dân tỉnh Sơn Hà hội đàm với Hội Nông dân tỉnh Lạc Sơn về hợp tác "
                           "giai đoạn 2031 - 2035.\n") == "WorkingSession"


def test_a_conference_is_still_one_beside_talks(tmp_path):
    # the negative: a conference named first is the meeting
    assert _kind(tmp_path, "Sáng 8/3, Hội Nông dân tỉnh Sơn Hà tổ chức hội nghị tổng kết, sau đó hội đàm với đoàn "
                           "tỉnh Lạc Sơn.\n") == "Conference"

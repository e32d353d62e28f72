"""Mends of round 13's regressions (/work/notes/regress13.md): a page's stamp with its weekday between its time
and its date, an aid fair a body organises, a battalion written before its parent after a dash. Every
sentence, name, place and number is invented."""
from __future__ import annotations

from kg.extract.structure.page_dates import stamp
from test_extract import facts_of
from test_stage_bodies_r13 import bodies as _bodies
from test_stage_pipeline import state_of


def _kind(tmp_path, text: str):
    f = facts_of(tmp_path, text)
    return f.meetings[0].kind if f.meetings else None


# -- a stamp with its weekday between the time and the date (page_dates._TIMESTAMP) -----------------------

def test_a_stamp_with_its_weekday_between_time_and_date_dates_the_page():
    assert stamp("07:45 - Thứ Tư, 12/03/2025 Lượt xem: 812 In bài viết").day.isoformat() == "2025-03-12"
    assert stamp("21:10 - Chủ Nhật, 5/1/2025 Lượt xem: 96").day.isoformat() == "2025-01-05"


def test_a_sentence_with_a_weekday_and_a_date_is_no_stamp():
    # (negative: a lead's words around the weekday and the date)
    assert stamp("Sáng thứ Tư, 12/03/2025, đoàn công tác của huyện Yên Thế đến thăm trường học xã Đồng Lạc") is None


# -- an aid fair a body organises is the page's event (meetings.yaml people organised_programs) --------------

_FAIR = ("Trao 300 suất hàng thiết yếu tại Phiên chợ 0 đồng\n\n"
         "07:45 - Thứ Tư, 12/03/2025 Lượt xem: 812 In bài viết\n\n"
         "SH - Sáng nay (12/3), tại nhà văn hóa huyện Yên Thế, Liên đoàn Lao động tỉnh Sơn Hà tổ chức Phiên chợ "
         "0 đồng dành cho 300 đoàn viên công đoàn.\n\n"
         "Bà Lò Thị Mai, Chủ tịch Liên đoàn Lao động tỉnh Sơn Hà trao quà cho các đoàn viên.\n")


def test_an_aid_fair_organised_is_a_ceremony_on_its_day(tmp_path):
    f = facts_of(tmp_path, _FAIR)
    assert f.published is not None and f.published.isoformat() == "2025-03-12"
    assert f.meetings and f.meetings[0].kind == "Ceremony" and f.meetings[0].date.isoformat() == "2025-03-12"


def test_an_aid_fair_in_the_lead_of_a_page_with_no_stamp_is_a_ceremony(tmp_path):
    text = ("Ngày 9/11, Hội Chữ thập đỏ huyện Yên Thế tổ chức Chợ nhân đạo cho 250 hộ nghèo của xã Đồng Lạc.\n\n"
            "Mỗi hộ nhận một phiếu mua hàng.\n")
    assert _kind(tmp_path, text) == "Ceremony"


def test_an_aid_fair_only_planned_or_a_market_visited_is_no_ceremony(tmp_path):
    # (negatives: a fair the body will organise; a market as a place visited)
    planned = ("Sáng 12/3, Hội Chữ thập đỏ tỉnh Sơn Hà cho biết Hội sẽ tổ chức Phiên chợ 0 đồng vào tháng Tư.\n")
    assert _kind(tmp_path, planned) != "Ceremony"
    visited = ("Sáng 12/3, ông Hà Văn Sinh, Phó Chủ tịch UBND huyện Yên Thế đến thăm tiểu thương tại chợ Đồng Lạc.\n")
    assert _kind(tmp_path, visited) == "Visit"


# -- a battalion written before its parent after a dash (topic_names.within_parent) -----------------------

def test_a_battalion_before_a_dash_and_its_brigade_is_named_by_the_brigade(tmp_path):
    st = state_of(tmp_path, "Tin\n\nSáng 20/12, đoàn đã đến thăm các đơn vị: Tiểu đoàn 3 - Lữ đoàn Pháo binh 818; "
                            "Đại đội 2 - Trung đoàn 747; Sư đoàn 393.\n")
    got = _bodies(st)
    assert {"Lữ đoàn Pháo binh 818", "Trung đoàn 747", "Sư đoàn 393"} <= got
    assert not any(b.startswith(("Tiểu đoàn", "Đại đội")) for b in got)


def test_a_battalion_alone_or_before_a_comma_is_still_a_body(tmp_path):
    # (negatives: units of their own number, each ending its item at a semicolon or before "và")
    st = state_of(tmp_path, "Tin\n\nSáng 20/12, đoàn đã đến thăm các đơn vị: Tiểu đoàn 515; Đại đội Trinh sát 62 "
                            "và Trung đoàn 747.\n")
    assert {"Tiểu đoàn 515", "Đại đội Trinh sát 62", "Trung đoàn 747"} <= _bodies(st)

"""Meetings on real text: dates (month-day when no year can be known), hosts and guests, kind,
and the site's province. Every sentence here is written for the test (invented people, real
places); the last test measures the real development set when its texts are present."""
from __future__ import annotations

from datetime import date

import pytest

from kg.ask.eval import evaluate
from kg.ask.query import run_query
from kg.ask.validate import validate
from kg.extract.dates import day_dates, years_in
from kg.facts import ArticleFacts, Meeting
from kg.rdf.io import to_graph
from kg.rdf.mapping import Mapper
from test_stage_pipeline import state_of



def meeting(tmp_path, text):
    return state_of(tmp_path, text).meeting


def day(m: Meeting):
    return m.date.isoformat() if m.date else ("--%02d-%02d" % m.month_day if m.month_day else None)


# -- dates -----------------------------------------------------------------------------------------

def test_no_year_anywhere_keeps_the_month_and_day(tmp_path):
    m = meeting(tmp_path, "Hội nghị Ban Chấp hành\n\nSáng 12-5, Ban Thường vụ Huyện ủy Cờ Đỏ tổ chức hội nghị "
                          "sơ kết công tác dân vận.\n")
    assert m.date is None and m.month_day == (5, 12)


def test_a_later_full_date_in_the_body_is_not_the_meeting_date(tmp_path):
    m = meeting(tmp_path, "Hội nghị Ban Chấp hành\n\nSáng ngày 27/4, Ban Thường vụ Huyện ủy Cờ Đỏ tổ chức "
                          "hội nghị.\n\nHội nghị nghe báo cáo kết quả đợt kiểm tra ngày 03/3/2023.\n")
    assert day(m) == "2023-04-27"      # the year of the body's date, the day of the lead's


@pytest.mark.parametrize("lead, want", [
    ("Ngày 14 - 15/9/2023, Hội Nông dân huyện Cờ Đỏ tổ chức Đại hội đại biểu.", "2023-09-14"),
    ("Trong 2 ngày 6 và 7/6/2022, Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị.", "2022-06-06"),
    ("Trong hai ngày 20.8 và 21.8.2021, Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị.", "2021-08-20"),
    ("Trong ba ngày từ 3 đến 5/10/2022, đoàn kiểm tra làm việc tại huyện Cờ Đỏ.", "2022-10-03"),
    ("Sáng 08/02/2022, Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị.", "2022-02-08"),
])
def test_the_first_day_of_a_meeting_of_several_days(tmp_path, lead, want):
    assert day(meeting(tmp_path, "Hội nghị\n\n" + lead + "\n")) == want


def test_day_dates_read_dots_ranges_and_anniversary_spans():
    got = [(d.day, d.month, d.year, d.span) for d in day_dates(
        "Nhân kỷ niệm (3/2/1930 - 3/2/2024), chiều 20.8 và từ 30/6 đến 2/7 ")]
    assert got == [(3, 2, 2024, True), (20, 8, None, False), (30, 6, None, False)]


def test_year_from_the_dateline(tmp_path):
    m = meeting(tmp_path, "Hội nghị sơ kết\n\n15/03/2024\n\nChiều ngày 6/3, Hội Liên hiệp Phụ nữ huyện Cờ Đỏ "
                          "tổ chức hội nghị.\n")
    assert day(m) == "2024-03-06"


def test_year_from_the_page_metadata(tmp_path):
    import kg
    facts = kg.extract_text("Hội nghị sơ kết\n\nSáng 6/3, Hội Liên hiệp Phụ nữ huyện Cờ Đỏ tổ chức hội nghị.\n",
                            published="2024-03-07")
    assert facts.meetings[0].date == date(2024, 3, 6)


@pytest.mark.parametrize("text, want", [
    ("Sáng 9/7, Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.", "2024-07-09"),
    ("Sáng 22/1, Hội Nông dân huyện Cờ Đỏ đến thăm, chúc Tết Nguyên đán Ất Tỵ 2025 các hộ nghèo.", "2025-01-22"),
])
def test_year_from_the_text(tmp_path, text, want):
    assert day(meeting(tmp_path, "Hội nghị\n\n" + text + "\n")) == want


def test_a_target_year_is_not_the_year_of_the_meeting():
    assert years_in("phấn đấu đến năm 2030, tầm nhìn đến năm 2045; kết quả năm 2023") == [2023]


def test_an_anniversary_span_gives_the_year_and_is_not_the_date(tmp_path):
    m = meeting(tmp_path, "Lễ kỷ niệm\n\nNhân kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - "
                          "14/10/2025), sáng 10/10, Hội Nông dân huyện Cờ Đỏ tổ chức lễ kỷ niệm. Năm 1972, "
                          "xã Thới Đông bị tàn phá.\n")
    assert day(m) == "2025-10-10"


def test_an_anniversary_span_of_years_gives_the_year(tmp_path):
    m = meeting(tmp_path, "Lễ kỷ niệm\n\nSáng 25/3, Huyện đoàn Cờ Đỏ tổ chức lễ kỷ niệm 93 năm Ngày thành lập "
                          "Đoàn (1931 - 2024).\n")
    assert day(m) == "2024-03-25"


def test_a_plan_period_is_not_an_anniversary(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 5/11, Đảng ủy xã Thới Đông họp bàn chỉ tiêu 5 năm (2025 - 2030).\n")
    assert day(m) == "--11-05"


def test_a_congress_meets_in_the_first_year_of_its_term(tmp_path):
    m = meeting(tmp_path, "Đại hội Hội Cựu chiến binh huyện Cờ Đỏ\n\nSáng 14/7, Đại hội đại biểu Hội Cựu chiến "
                          "binh huyện Cờ Đỏ lần thứ VIII, nhiệm kỳ 2022 - 2027 khai mạc.\n")
    assert m.kind == "Congress" and day(m) == "2022-07-14"


def test_a_meeting_preparing_a_congress_does_not_take_its_term(tmp_path):
    m = meeting(tmp_path, "Hội nghị triển khai\n\nSáng 19/9, Ủy ban MTTQ huyện Cờ Đỏ tổ chức hội nghị triển khai "
                          "công tác chuẩn bị Đại hội nhiệm kỳ 2024 - 2029.\n")
    assert m.kind == "Conference" and day(m) == "--09-19"


def test_an_event_announced_is_not_the_meeting(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nHội Nông dân huyện Cờ Đỏ tổ chức hội nghị chuẩn bị đại hội. Đại hội sẽ diễn "
                          "ra trong 2 ngày (12 đến 13/8/2024) tại hội trường huyện.\n")
    assert m.date is None and m.month_day is None


# -- month-day end to end ------------------------------------------------------------------------

def _facts(m: Meeting) -> ArticleFacts:
    return ArticleFacts(source_file="a.txt", sha256="0" * 64, headline="Hội nghị", meetings=[m])


def test_month_day_is_a_gmonthday_and_no_start_date():
    g = to_graph(set(Mapper().triples(_facts(Meeting("Conference", month_day=(11, 16))))))
    _, rows = run_query("SELECT ?d (DATATYPE(?d) AS ?t) ?s WHERE { ?e kg:startMonthDay ?d "
                        "OPTIONAL { ?e schema:startDate ?s } }", g)
    assert [(r[0].value, r[1].value, r[2]) for r in rows] == \
        [("--11-16", "http://www.w3.org/2001/XMLSchema#gMonthDay", None)]
    assert validate(g).conforms


def test_shapes_refuse_a_date_and_a_month_day_together():
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD
    g = to_graph(set(Mapper().triples(_facts(Meeting("Conference", date=date(2024, 11, 16))))))
    e = next(s for s, p, o in g if str(p).endswith("startDate"))
    g.add((e, URIRef("https://w3id.org/vnpolkg/ontology#startMonthDay"), Literal("--11-16", datatype=XSD.gMonthDay)))
    assert not validate(g).conforms


def test_eval_compares_a_month_day_gold_with_the_month_day(tmp_path):
    import json
    g = to_graph(set(Mapper().triples(_facts(Meeting("Conference", month_day=(11, 16))))))
    out = tmp_path / "kg.ttl"
    g.serialize(out, format="turtle")
    gold = {"format": "vnpolkg-gold/1", "articles": [{"file": "a.txt", "meeting": {"kind": "Conference",
                                                                                  "date": "--11-16"}}]}
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    assert evaluate(str(tmp_path / "g.json"), str(out)).scores["meeting_date"]["accuracy"] == 1.0
    gold["articles"][0]["meeting"]["date"] = "2024-11-16"
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    assert evaluate(str(tmp_path / "g.json"), str(out)).scores["meeting_date"]["accuracy"] == 0.0


# -- kind ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Sáng 3/11/2023, Ban Tuyên giáo Huyện ủy Cờ Đỏ tổ chức Hội thi báo cáo viên giỏi.", "Conference"),
    ("Sáng 14/11/2023, đồng chí Lâm Văn Tâm, Bí thư Huyện ủy Cờ Đỏ dự Ngày hội Đại đoàn kết toàn dân tộc "
     "tại ấp Thới Hòa.", "Ceremony"),
    ("Ngày 2/3/2020, Tiểu ban Văn kiện phục vụ Đại hội Đảng bộ huyện Cờ Đỏ triển khai nhiệm vụ.", "Conference"),
])
def test_kind_words_of_real_leads(tmp_path, text, kind):
    assert meeting(tmp_path, "Tin hoạt động\n\n" + text + "\n").kind == kind


# -- hosts and guests ------------------------------------------------------------------------------

def hg(m: Meeting) -> tuple[list[str], list[str]]:
    return [b.name for b in m.hosts], [b.name for b in m.guests]


def test_visitors_congratulate_the_visited(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nChiều 25/3/2024, Thường trực Huyện ủy Cờ Đỏ đến thăm và chúc mừng "
                          "Huyện đoàn Cờ Đỏ.\n")
    assert hg(m) == (["Huyện đoàn Cờ Đỏ"], ["Thường trực Huyện ủy Cờ Đỏ"])


def test_x_works_with_y(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 6/5/2024, Ban Thường vụ Huyện ủy Cờ Đỏ làm việc với Đảng ủy xã "
                          "Thới Đông về công tác cán bộ.\n")
    assert hg(m) == (["Ban Thường vụ Huyện ủy Cờ Đỏ"], ["Đảng ủy xã Thới Đông"])


def test_y_receives_x(tmp_path):
    m = meeting(tmp_path, "Tiếp đoàn\n\nSáng 6/5/2024, Thường trực Huyện ủy Cờ Đỏ tiếp Ban Dân vận Thành ủy "
                          "Cần Thơ.\n")
    assert hg(m) == (["Thường trực Huyện ủy Cờ Đỏ"], ["Ban Dân vận Thành ủy Cần Thơ"])


def test_a_delegation_led_by_someone_works_with_the_host(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 6/5/2024, đoàn công tác của Ban Tổ chức Thành ủy Cần Thơ do đồng chí "
                          "Lâm Văn Tâm, Trưởng ban dẫn đầu đã làm việc với Huyện ủy Cờ Đỏ.\n")
    assert hg(m) == (["Huyện ủy Cờ Đỏ"], ["Ban Tổ chức Thành ủy Cần Thơ"])


def test_a_delegation_inspecting_places_is_the_guest_with_no_host(tmp_path):
    m = meeting(tmp_path, "Kiểm tra\n\nSáng 6/5/2024, Đoàn kiểm tra của Ban Dân vận Thành ủy Cần Thơ do đồng chí "
                          "Lâm Văn Tâm làm trưởng đoàn đã kiểm tra mô hình dân vận khéo tại xã Thới Đông.\n")
    assert hg(m) == ([], ["Ban Dân vận Thành ủy Cần Thơ"])


def test_the_organiser_hosts_and_a_place_is_not_the_organiser(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 6/5/2024, tại Hội trường Huyện ủy Cờ Đỏ, Ban Dân vận Huyện ủy Cờ Đỏ "
                          "tổ chức hội nghị sơ kết.\n")
    assert hg(m)[0] == ["Ban Dân vận Huyện ủy Cờ Đỏ"]


def test_live_is_not_receive(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nTrực tiếp - Sáng 6/5/2024, Ban Thường vụ Huyện ủy Cờ Đỏ tổ chức hội nghị.\n")
    assert hg(m)[0] == ["Ban Thường vụ Huyện ủy Cờ Đỏ"]


def test_a_congress_is_hosted_by_its_own_body(tmp_path):
    m = meeting(tmp_path, "Đại hội\n\nSáng 14/7/2023, Đại hội đại biểu Hội Nông dân huyện Cờ Đỏ lần thứ X, "
                          "nhiệm kỳ 2023 - 2028 diễn ra phiên chính thức.\n")
    assert m.kind == "Congress" and hg(m) == (["Hội Nông dân huyện Cờ Đỏ"], [])


def test_an_executive_committee_convening_is_its_organisation(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nChiều 16/10/2023, Ban Chấp hành Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị "
                          "sơ kết 9 tháng.\n")
    assert hg(m)[0] == ["Hội Nông dân huyện Cờ Đỏ"]



def test_a_lone_official_working_with_a_body_is_his_bodys_visit(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 6/5/2024, tại tỉnh Sóc Trăng, ông Lâm Văn Tâm, Chủ tịch Hội Nông dân "
                          "Việt Nam đã làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng về công tác Hội.\n")
    assert hg(m) == (["Ban Thường vụ Tỉnh ủy Sóc Trăng"], ["Hội Nông dân Việt Nam"])


def test_an_official_chairing_a_meeting_with_a_group_is_no_visit(tmp_path):
    m = meeting(tmp_path, "Cuộc họp\n\nSáng 6/5/2024, ông Lâm Văn Tâm, Phó Chủ tịch UBND tỉnh Sóc Trăng chủ trì "
                          "cuộc họp với các thành viên Tổ biên tập của Tỉnh ủy Sóc Trăng.\n")
    assert hg(m)[1] == []


@pytest.mark.parametrize("lead, host", [
    ("Ngày 12/3/2024, Hội Nông dân xã Thới Đông tiến hành đại hội đại biểu lần thứ IX.", "Hội Nông dân xã Thới Đông"),
    ("Ngày 12/3/2024, Hội Cựu giáo chức tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần III.",
     "Hội Cựu giáo chức tỉnh Sóc Trăng"),
])
def test_a_mass_organisation_holding_its_congress_hosts_it(tmp_path, lead, host):
    assert hg(meeting(tmp_path, "Đại hội\n\n" + lead + "\n"))[0] == [host]


def test_carrying_out_an_inspection_convenes_nothing(tmp_path):
    m = meeting(tmp_path, "Kiểm tra\n\nSáng 6/5/2024, Ủy ban Kiểm tra Huyện ủy Cờ Đỏ tiến hành kiểm tra việc thực "
                          "hiện Chỉ thị 05 của Ủy ban nhân dân xã Thới Đông.\n")
    assert hg(m)[0] == []


def test_the_opening_ceremony_of_a_congress_is_hosted_by_its_body(tmp_path):
    m = meeting(tmp_path, "Khai mạc\n\nSáng 18/11/2022, tại Hội trường tỉnh đã long trọng diễn ra lễ khai mạc "
                          "Đại hội đại biểu Hội Cựu Chiến binh tỉnh Sóc Trăng lần thứ VII.\n")
    assert hg(m)[0] == ["Hội Cựu chiến binh tỉnh Sóc Trăng"]


# -- the site's province ---------------------------------------------------------------------------

def _jsonl_bodies(tmp_path, records) -> list[set[str]]:
    import json
    from kg.batch import build
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", html=False)
    out = []
    for n in range(1, len(records) + 1):
        _, rows = run_query(f'SELECT ?l WHERE {{ ?a kg:sourceFile "feed.jsonl#{n}" ; schema:mentions ?o . '
                            '?o a org:Organization ; skos:prefLabel ?l }', tmp_path / "out" / "kg.ttl")
        out.append({r[0].value for r in rows})
    return out


LEAD = "Sáng 6/5/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận. Đồng chí Lâm Văn Tâm, " \
       "Phó Bí thư Tỉnh ủy chủ trì."


def test_a_bare_committee_takes_the_province_of_the_site(tmp_path):
    own, other, central, tag = _jsonl_bodies(tmp_path, [
        {"text": LEAD, "url": "https://baoangiang.com.vn/tin-tuc/so-ket-dan-van-a1.html", "title": "Sơ kết dân vận"},
        {"text": LEAD + " Dự có đại diện Tỉnh ủy Kiên Giang.", "url": "https://baoangiang.com.vn/b2.html",
         "title": "Sơ kết"},
        {"text": LEAD, "url": "https://nhandan.vn/so-ket-c3.html", "title": "Sơ kết dân vận"},
        {"text": "(TUAG)- " + LEAD, "title": "Sơ kết dân vận"},
    ])
    assert "Ban Thường vụ Tỉnh ủy An Giang" in own
    assert "Ban Thường vụ Tỉnh ủy Kiên Giang" in other      # the text's own province wins
    assert "Ban Thường vụ Tỉnh ủy" in central                # a central outlet reveals nothing
    assert "Ban Thường vụ Tỉnh ủy An Giang" in tag           # the lead's source tag


# -- the real development set (texts not in git: skipped when absent) ------------------------------

# First measured after this work (before: date 0.433, kind 0.811, hosts F1 0.636, guests F1 0.424):
# date 0.956, kind 0.833, hosts F1 0.732 (P 0.852), guests F1 0.632 (P 0.923). Floors only go up.
# Round 2 (bodies and hosts, tests/test_real_bodies.py): hosts F1 0.800 (P 0.906), guests F1 0.700 (P 0.933).
# Re-set on the 150-article split (60 hard cases added): date 0.932, kind 0.871, hosts 0.722 (P 0.892),
# guests 0.761 (P 0.871); a small margin under, and only up from here.
# Round 3 final (open-ended names, sector committees, Đảng bộ congresses, brackets in the subject):
# date 0.932, kind 0.871, hosts 0.759 (P 0.926), guests 0.811 (P 0.882).
# Round 4 (chairs' and openers' bodies, peers at a congress, framing phrases, delegations acting
# on a body, kinds of get-togethers and briefings, dates of datelines and closings): date 0.966,
# kind 0.952, hosts 0.820 (P 0.935), guests 0.919 (P 1.000); floors a small margin under.
REAL_FLOORS = {"meeting_date": 0.95, "meeting_kind": 0.94, "hosts": 0.80, "guests": 0.89}


def test_real_dev_split_meeting_floors(real_dev_scores):
    s = real_dev_scores
    for fact, floor in REAL_FLOORS.items():
        got = s[fact].get("f1", s[fact].get("accuracy"))
        assert got >= floor, (fact, got, floor)
    assert s["hosts"]["precision"] >= 0.92 and s["guests"]["precision"] >= 0.95


def test_a_date_in_words(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nNgày 20 tháng 11, Hội Nông dân huyện Cờ Đỏ tổ chức hội nghị.\n")
    assert day(m) == "--11-20"


@pytest.mark.parametrize("headline, want", [
    ("Khai mạc Đại hội đại biểu Phụ nữ tỉnh Nam Định lần thứ XV", "Hội Liên hiệp Phụ nữ tỉnh Nam Định"),
    ("Khai mạc Đại hội Công đoàn tỉnh Nam Định", "Liên đoàn Lao động tỉnh Nam Định"),
])
def test_a_congress_named_for_its_members_is_the_organisations(tmp_path, headline, want):
    m = meeting(tmp_path, f"{headline}\n\nSáng 12-5, hơn 300 đại biểu về dự đại hội, "
                          "bà Lương Thị Hoa phát biểu khai mạc.")
    assert [b.name for b in m.hosts] == [want]


def test_who_thanks_a_visitor_receives_the_visit(tmp_path):
    m = meeting(tmp_path, "Hội Cựu chiến binh Việt Nam thăm lãnh đạo tỉnh Nam Định\n\n"
                          "Sáng 12-5, ông Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định cảm ơn Thường trực "
                          "Hội Cựu chiến binh Việt Nam đã đến thăm tỉnh.")
    assert [b.name for b in m.hosts] == ["Tỉnh ủy Nam Định"]
    assert "Tỉnh ủy Nam Định" not in [b.name for b in m.guests]


# -- round 4: hosts read off the chair, a title as subject, a leader's courtesy visit ----------------

def test_the_chair_of_a_conference_with_no_convener_presides_for_his_body(tmp_path):
    m = meeting(tmp_path, "Hội nghị hiệp thương\n\nSáng 12-5, các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
                          "Nam Định: Lương Văn Hòa, Trịnh Thị Mai đồng chủ trì hội nghị.")
    assert hg(m)[0] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]


def test_the_chair_of_a_meeting_with_the_departments_names_no_convener(tmp_path):
    m = meeting(tmp_path, "Cuộc họp\n\nSáng 12-5, đồng chí Lương Văn Hòa, Phó Chủ tịch UBND tỉnh Nam Định "
                          "chủ trì cuộc họp với các sở, ngành về tiến độ dự án.")
    assert hg(m) == ([], [])


def test_co_chairs_of_different_bodies_name_no_convener(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định và đồng chí "
                          "Trịnh Thị Mai, Chủ tịch Hội Nông dân Việt Nam đồng chủ trì hội nghị.")
    assert hg(m)[0] == []


def test_a_headline_title_working_with_a_body_is_the_guest(tmp_path):
    m = meeting(tmp_path, "Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Hải Hậu\n\n"
                          "Sáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đã thăm và làm việc tại "
                          "huyện Hải Hậu.")
    assert hg(m) == (["Ban Thường vụ Huyện ủy Hải Hậu"], ["Tỉnh ủy Nam Định"])


def test_a_leaders_courtesy_visit_is_his_own_not_his_bodys(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nSáng 12-5, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định đến thăm, "
                          "chúc mừng Hội Cựu chiến binh tỉnh Nam Định.")
    assert hg(m) == (["Hội Cựu chiến binh tỉnh Nam Định"], [])


def test_a_leader_visiting_to_work_comes_for_his_body(tmp_path):
    m = meeting(tmp_path, "Làm việc\n\nSáng 12-5, đồng chí Lương Văn Hòa, Chủ tịch Hội Nông dân Việt Nam thăm và "
                          "làm việc với Hội Nông dân tỉnh Nam Định.")
    assert hg(m) == (["Hội Nông dân tỉnh Nam Định"], ["Hội Nông dân Việt Nam"])


@pytest.mark.parametrize("text, kind", [
    # a get-together for an anniversary or a day is a ceremony; one with no occasion a conference
    ("Phụ nữ Hải Hậu\n\nSáng 6/3, Hội LHPN huyện Hải Hậu tổ chức gặp mặt cán bộ hội các thời kỳ nhân kỷ niệm "
     "114 năm Ngày Quốc tế phụ nữ.", "Ceremony"),
    ("Họp mặt\n\nSáng 6/3, Huyện ủy Hải Hậu tổ chức họp mặt đoàn đại biểu dự đại hội cấp trên.", "Conference"),
    # the opening ceremony of a congress is the congress
    ("Khai mạc\n\nSáng 18-11, đã long trọng diễn ra lễ khai mạc chính thức Đại hội đại biểu Hội Nông dân "
     "tỉnh Nam Định lần thứ X.", "Congress"),
    # the occasion after "nhân dịp" is not the event
    ("Thăm\n\nNhân dịp Đại lễ Phật đản, ngày 3-5, đoàn lãnh đạo tỉnh Nam Định đến thăm, tặng quà các cơ sở "
     "Phật giáo.", "Visit"),
    ("Ôn lại truyền thống\n\nNhân kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam, bài viết ôn lại "
     "chặng đường của Hội.", "Ceremony"),
    # a press conference about a congress is a conference
    ("Đại hội đại biểu Phụ nữ tỉnh Nam Định diễn ra ngày 6-7/10\n\nNgày 28/9, Hội LHPN tỉnh Nam Định tổ "
     "chức buổi họp báo thông tin về Đại hội.", "Conference"),
    # "tiếp và làm việc với" works; the trip a visit is made in is not the event
    ("Chủ tịch UBND tỉnh tiếp và làm việc với đoàn đại biểu tỉnh Gia Lai\n\nSáng 8/11, đoàn đến thăm tỉnh "
     "Nam Định.", "WorkingSession"),
    ("Thăm di tích\n\nChiều 29/1, trong chuyến thăm và làm việc với tỉnh Nam Định, đồng chí Lương Văn Hòa "
     "đã đến thăm di tích đền Trần.", "Visit"),
])
def test_kinds_of_get_togethers_openings_occasions_and_briefings(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


# -- round 4: dates -------------------------------------------------------------------------------

def test_an_agencys_bracketed_dateline_is_not_the_meeting_date(tmp_path):
    m = meeting(tmp_path, "Bầu Chủ tịch\n\nHà Nội (TTXVN 11/3/2022) Tại hội nghị lần thứ nhất Ban Chấp hành Hội "
                          "Nông dân tỉnh Nam Định chiều 10/3/2022, các ủy viên đã bầu Chủ tịch.")
    assert day(m) == "2022-03-10"


def test_the_anniversary_of_the_dates_own_sentence_beats_a_later_page_stamp(tmp_path):
    import kg
    facts = kg.extract_text("Chúc mừng\n\nNhân kỷ niệm 92 năm ngày thành lập Hội LHPN Việt Nam (20/10/1930 - "
                            "20/10/2022), chiều ngày 19/10, lãnh đạo tỉnh Nam Định đến thăm, chúc mừng Hội Liên "
                            "hiệp Phụ nữ tỉnh Nam Định.", published="2024-11-24")
    assert facts.meetings[0].date == date(2022, 10, 19)


def test_the_common_eras_year_named_beside_another_calendar(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNhân dịp Đại lễ Phật đản Phật lịch 2563 (dương lịch 2019), ngày 3-5, đoàn "
                          "lãnh đạo tỉnh Nam Định đến thăm Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định.")
    assert day(m) == "2019-05-03"


@pytest.mark.parametrize("closing, want", [("sau 3 ngày làm việc", "2020-10-14"),
                                           ("sau hai ngày làm việc", "2020-10-15")])
def test_a_congress_closing_after_days_of_work_is_dated_by_its_first_day(tmp_path, closing, want):
    m = meeting(tmp_path, "Bế mạc Đại hội\n\nChiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX, "
                          f"nhiệm kỳ 2020-2025 đã bế mạc {closing}.")
    assert day(m) == want


# -- round 4: peers at a congress, framing phrases, delegations acting on a body ----------------------

def test_the_same_organisation_of_other_provinces_attending_a_congress_are_its_guests(tmp_path):
    m = meeting(tmp_path, "Đại hội\n\nSáng 18-11-2022, Đại hội đại biểu Hội Nông dân tỉnh Nam Định lần thứ X khai "
                          "mạc.\n\nDự Đại hội có đại diện lãnh đạo các sở, ngành; Hội Nông dân các tỉnh: Thái Bình, "
                          "Ninh Bình và 300 đại biểu.")
    assert hg(m)[0] == ["Hội Nông dân tỉnh Nam Định"]
    assert sorted(hg(m)[1]) == ["Hội Nông dân tỉnh Ninh Bình", "Hội Nông dân tỉnh Thái Bình"]


def test_bodies_of_a_framing_phrase_are_not_the_convener(tmp_path):
    m = meeting(tmp_path, "Hội nghị\n\nSáng 6-5-2024, thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy Nam Định, "
                          "Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị kiểm điểm tập thể.")
    assert hg(m)[0] == ["Ban Thường vụ Huyện ủy Hải Hậu"]


def test_a_delegation_after_a_place_acting_on_a_body(tmp_path):
    m = meeting(tmp_path, "Giám sát\n\nChiều 12/9/2023, tại Bộ CHQS tỉnh, Đoàn Giám sát của Ủy ban Kiểm tra Tỉnh ủy "
                          "Nam Định do đồng chí Lương Văn Hòa làm trưởng đoàn đã công bố Quyết định giám sát "
                          "đối với Ban Thường vụ Đảng ủy Quân sự tỉnh Nam Định.")
    assert hg(m) == (["Ban Thường vụ Đảng ủy Quân sự tỉnh Nam Định"], ["Ủy ban Kiểm tra Tỉnh ủy Nam Định"])


@pytest.mark.parametrize("lead", [
    "Chiều 29/1/2019, đồng chí Lương Văn Hòa, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương cùng đoàn "
    "công tác đã đến thăm di tích đền Trần.",
    "Chiều 29/1/2019, thay mặt đoàn công tác, Trưởng Ban Nội chính Trung ương Lương Văn Hòa đã thăm hỏi các gia "
    "đình chính sách ở Nam Định.",
])
def test_who_heads_or_speaks_for_a_delegation_brings_it_for_his_body(tmp_path, lead):
    assert hg(meeting(tmp_path, "Thăm\n\n" + lead))[1] == ["Ban Nội chính Trung ương"]


def test_leaders_visiting_in_person_bring_no_body_but_a_joining_one(tmp_path):
    m = meeting(tmp_path, "Chúc mừng\n\nSáng 20-10-2023, các đồng chí: Lương Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy "
                          "Nam Định; Trịnh Thị Mai, Phó Chủ tịch UBND tỉnh, cùng các đồng chí trong Ban Thường vụ "
                          "Tỉnh ủy Nam Định đã đến thăm, chúc mừng Hội Liên hiệp Phụ nữ tỉnh Nam Định.")
    assert hg(m) == (["Hội Liên hiệp Phụ nữ tỉnh Nam Định"], [])
    m = meeting(tmp_path, "Thăm\n\nSáng 20-10-2023, đoàn do đồng chí Lương Văn Hòa, Chủ tịch Hội Nông dân tỉnh Nam "
                          "Định làm trưởng đoàn phối hợp với Hội Nông dân tỉnh Thái Bình đến thăm, tặng quà hội viên.")
    assert "Hội Nông dân tỉnh Thái Bình" in hg(m)[1]


@pytest.mark.parametrize("text, kind", [
    ("Đoàn đại biểu\n\nSáng 20-12-2023, đoàn đại biểu dự Đại hội Hội Nông dân Việt Nam do ông Lương Văn Hòa làm "
     "trưởng đoàn đến thăm, tặng quà hội viên.", "Visit"),
    ("Ban Chấp hành Hội Cựu chiến binh xã Hải Đông ra mắt đại hội\n\nNgày 2-3-2022, Hội Cựu chiến binh xã Hải Đông "
     "tổ chức đại hội.", "Congress"),
])
def test_a_delegation_to_a_congress_is_not_the_congress_and_presenting_to_one_is(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


def test_another_delegation_later_in_the_article_does_not_lead_the_meeting(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNgày 20/5/2021, Đoàn do ông Lương Văn Hòa, Phó Chủ tịch UBMTTQVN tỉnh Nam Định làm "
                          "Trưởng đoàn đã thăm, tặng quà các cơ sở tôn giáo.\n\nCùng ngày, Đoàn công tác của Bộ CHQS "
                          "tỉnh do Đại tá Trịnh Văn Mạnh, Phó Chính ủy Bộ CHQS tỉnh Nam Định làm Trưởng đoàn đã đến "
                          "thăm các chùa.")
    assert m.leaders == ["Lương Văn Hòa"]


def test_a_convention_centre_is_a_place_not_a_conference(tmp_path):
    m = meeting(tmp_path, "Công tác tuyên giáo\n\nSáng 2-12-2023, tại Trung tâm Hội nghị tỉnh, đoàn công tác của Ban Tuyên giáo "
                          "Trung ương đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nam Định.")
    assert m.kind == "WorkingSession"


def test_who_opens_a_meeting_no_body_convenes_opens_it_for_his_body(tmp_path):
    m = meeting(tmp_path, "Kỳ họp bất thường\n\nTham dự kỳ họp có 80 đại biểu.\n\nPhát biểu khai mạc, Chủ tịch HĐND "
                          "tỉnh Nam Định Lương Văn Hòa cho biết kỳ họp xem xét công tác nhân sự.")
    assert hg(m)[0] == ["Hội đồng nhân dân tỉnh Nam Định"]


def test_receiving_a_delegation_is_a_visit_hosted_by_who_receives(tmp_path):
    m = meeting(tmp_path, "Đón đoàn\n\nSáng 12-5-2024, Ban Thường vụ Tỉnh ủy Nam Định đón đoàn đại biểu cấp cao tỉnh "
                          "Thái Bình do đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Thái Bình dẫn đầu.")
    assert m.kind == "Visit" and hg(m)[0] == ["Ban Thường vụ Tỉnh ủy Nam Định"]


@pytest.mark.parametrize("text, kind", [
    ("Tôn vinh phụ nữ điển hình tiên tiến\n\nSáng ngày 5/3/2015, Hội LHPN tỉnh Nam Định tổ chức hội nghị biểu "
     "dương phụ nữ điển hình tiên tiến.", "Conference"),
    ("Bà Lương Thị Hoa chúc mừng tân Chủ tịch Hội LHPN tỉnh Nam Định\n\nSáng 14/8/2025, Hội LHPN tỉnh Nam Định "
     "tổ chức Hội nghị Ban Chấp hành để bầu Chủ tịch.", "Conference"),
])
def test_the_event_the_lead_says_was_organised_is_the_meeting(tmp_path, text, kind):
    assert meeting(tmp_path, text).kind == kind


@pytest.mark.parametrize("text", [
    "Hiệp thương\n\nHội nghị hiệp thương diễn ra ở Nam Định.\n\n(Trước đó, ngày 15-3, Ban Thường vụ Tỉnh ủy Nam Định "
    "đã trao quyết định điều động cán bộ.)",
    "Hội nghị\n\nHội nghị triển khai Nghị quyết Liên tịch số 11/2016/NQLT/UBTVQH-CP-ĐCTUBTWMTTQVN, ngày 01/02/2016 "
    "của Ủy ban Thường vụ Quốc hội ở Nam Định.",
    "Hội nghị\n\nHội nghị triển khai công tác bầu cử ở Nam Định; hồ sơ gửi về Ủy ban bầu cử huyện chậm nhất vào "
    "ngày 13/3/2016.",
])
def test_another_events_a_documents_and_a_deadlines_dates_are_not_the_meetings(tmp_path, text):
    assert day(meeting(tmp_path, text)) is None


def test_the_lead_names_whom_a_delegation_visited_in_its_next_sentence(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNgày 3-5-2019, đoàn lãnh đạo Tỉnh ủy, UBND tỉnh Nam Định do đồng chí Lương Văn Hòa "
                          "làm Trưởng đoàn đã đến thăm, tặng quà các tổ chức Phật giáo tiêu biểu.\n\nĐồng chí Lương "
                          "Văn Hòa tặng hoa chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu.")
    assert hg(m) == (["Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hậu"],
                     ["Tỉnh ủy Nam Định", "Ủy ban nhân dân tỉnh Nam Định"])


def test_the_body_whose_congress_a_delegation_attends_is_not_in_the_subject(tmp_path):
    m = meeting(tmp_path, "Ra mắt\n\nNgày 2-3-2022, Ban Chấp hành Hội Cựu chiến binh xã Hải Đông và đoàn đại biểu dự "
                          "Đại hội Hội Cựu chiến binh huyện Hải Hậu ra mắt đại hội.")
    assert hg(m)[0] == ["Hội Cựu chiến binh xã Hải Đông"]


def test_the_visited_listed_after_gom(tmp_path):
    m = meeting(tmp_path, "Thăm\n\nNgày 20/5/2021, đoàn do ông Lương Văn Hòa làm trưởng đoàn đã thăm, chúc mừng các cơ "
                          "sở tôn giáo trên địa bàn, gồm: Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định; Hội "
                          "Cựu chiến binh tỉnh Nam Định.")
    assert hg(m)[0] == ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định", "Hội Cựu chiến binh tỉnh Nam Định"]


@pytest.mark.parametrize("text", [
    "Đồng chí Chủ tịch UBND tỉnh tiếp và làm việc với đoàn đại biểu thành phố Asan\n\nSáng 8/11/2023, đoàn đại biểu "
    "thành phố Asan đã đến thăm và làm việc với tỉnh Nam Định.",
    "Tiếp đoàn\n\nSáng 8/11/2023, đồng chí Lương Văn Hòa, Chủ tịch UBND tỉnh Nam Định tiếp đoàn đại biểu thành phố "
    "Asan.",
])
def test_a_lone_official_receives_for_his_body(tmp_path, text):
    assert hg(meeting(tmp_path, text))[0] == ["Ủy ban nhân dân tỉnh Nam Định"]


def test_a_body_written_before_its_numbered_congress_holds_it(tmp_path):
    m = meeting(tmp_path, "Tin Hải Hậu\n\nNgày 10 và 11-2-2020, Huyện đoàn Hải Hậu Đại hội lần thứ VIII, "
                          "nhiệm kỳ 2020-2025.")
    assert hg(m)[0] == ["Huyện đoàn Hải Hậu"]


def test_a_body_owned_by_a_noun_in_the_subject_is_no_convener(tmp_path):
    m = meeting(tmp_path, "Hiệp thương\n\nSáng 15-3-2019, sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định thông "
                          "qua các văn bản của Tỉnh ủy Nam Định về công tác cán bộ, hội nghị tiến hành hiệp thương.")
    assert "Tỉnh ủy Nam Định" not in hg(m)[0]


@pytest.mark.parametrize("text, chairs", [
    ("Hội nghị\n\nChiều 25/2/2020, Ủy ban MTTQ phường 3 tổ chức hội nghị. Đến dự và chủ trì Hội nghị có bà Lương "
     "Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường 3; cùng tham dự có đại diện các ban, ngành.", ["Lương Thị Hoa"]),
    ("Làm việc\n\nChiều 17-5-2023, dưới sự chủ trì của đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định, Ban Thường vụ "
     "Tỉnh ủy Nam Định đã làm việc với Ban Thường vụ Tỉnh ủy Thái Bình do đồng chí Trịnh Văn Mạnh, Phó Bí thư Tỉnh "
     "ủy Thái Bình dẫn đầu.", ["Lương Văn Hòa"]),
    ("Hội nghị trực tuyến\n\nSáng 19/9/2023, Ủy ban MTTQ tỉnh Nam Định tổ chức hội nghị trực tuyến.\n\nChủ trì tại "
     "điểm cầu huyện có ông Lương Văn Hòa, Chủ tịch Ủy ban MTTQ huyện Hải Hậu.", []),
    ("Hội nghị\n\nSáng 19/9/2023, đồng chí Lương Văn Hòa, Bí thư Tỉnh ủy Nam Định chủ trì hội nghị có sự tham dự của "
     "đồng chí Trịnh Văn Mạnh, Phó Bí thư Tỉnh ủy.", ["Lương Văn Hòa"]),
])
def test_who_chairs(tmp_path, text, chairs):
    assert meeting(tmp_path, text).chairs == chairs


@pytest.mark.parametrize("text, leaders", [
    ("Tổng kết\n\nSáng 12/1/2020, Hội LHPN tỉnh Nam Định tổ chức hội nghị tổng kết. Bà Lương Thị Hoa, Chủ tịch Hội "
     "LHPN tỉnh Nam Định nhận Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019”.", []),
    ("Họp mặt\n\nChiều 4-1-2011, Tỉnh ủy Nam Định họp mặt đoàn đại biểu. Theo thông báo, Bí thư Tỉnh ủy Nam Định "
     "Lương Văn Hòa được chỉ định làm Trưởng đoàn.", []),
    ("Chúc mừng\n\nNhân kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh, chiều 23/3/2018, đoàn lãnh đạo Tỉnh ủy Nam Định "
     "do Bí thư Tỉnh ủy Lương Văn Hòa dẫn đầu đã đến chúc mừng Tỉnh đoàn Nam Định.", ["Lương Văn Hòa"]),
])
def test_who_leads(tmp_path, text, leaders):
    assert meeting(tmp_path, text).leaders == leaders


def test_who_organises_a_visit_are_the_visitors(tmp_path):
    m = meeting(tmp_path, "Chúc Tết\n\nNgày 8/4/2014, Ban Dân vận Tỉnh ủy Nam Định, Ủy ban Dân tộc phối hợp với huyện "
                          "Hải Hậu tổ chức thăm và chúc Tết các vị sư sãi.")
    assert hg(m) == ([], ["Ban Dân vận Tỉnh ủy Nam Định", "Ủy ban Dân tộc"])


def test_receiving_donations_is_a_ceremony(tmp_path):
    m = meeting(tmp_path, "Khẩu trang\n\nNgày 20/4/2020, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định Lương Văn Hòa tiếp "
                          "nhận 1.000 khẩu trang y tế do Hội đồng hương ủng hộ.")
    assert m.kind == "Ceremony"


def test_offering_incense_is_a_ceremony(tmp_path):
    m = meeting(tmp_path, "Đoàn công tác Ban Tuyên giáo Trung ương dâng hương tại di tích đền Trần\n\nSáng 25-7-2022, "
                          "đoàn công tác do đồng chí Lương Văn Hòa làm trưởng đoàn đã dâng hương tại đền Trần, Nam Định.")
    assert m.kind == "Ceremony"

"""Meetings on real text: dates (month-day when no year can be known), hosts and guests, kind,
and the site's province. Every sentence here is written for the test (invented people, real
places); the last test measures the real development set when its texts are present."""
from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.ask.eval import evaluate
from kg.ask.query import run_query
from kg.ask.validate import validate
from kg.extract.structure.dates import day_dates
from kg.extract.structure.text_years import years_in
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
    m = meeting(tmp_path, "Lễ kỷ niệm\n\nChào mừng 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - "
                          "14/10/2025), chiều 8/10, Hội Nông dân huyện Cờ Đỏ tổ chức lễ kỷ niệm. Năm 1968, "
                          "xã Thới Đông từng là căn cứ cách mạng.\n")
    assert day(m) == "2025-10-08"


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
    m = meeting(tmp_path, "Làm việc\n\nChiều 17/9/2023, tại Bến Tre, ông Lâm Văn Tâm, Chủ tịch Hội Nông dân Việt Nam "
                          "đã làm việc với Ban Thường vụ Tỉnh ủy Bến Tre về phong trào nông dân thi đua sản xuất.\n")
    assert hg(m) == (["Ban Thường vụ Tỉnh ủy Bến Tre"], ["Hội Nông dân Việt Nam"])


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
    m = meeting(tmp_path, "Khai mạc\n\nChiều 6/9/2022, lễ khai mạc Đại hội đại biểu Hội Cựu Chiến binh tỉnh Sóc "
                          "Trăng lần thứ VII được tổ chức tại Hội trường tỉnh.\n")
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
# Re-set on the 185-article split (35 hard cases d5 added: foreign delegations, religious hosts,
# one body receiving another): date 0.951, kind 0.945, hosts 0.791 (P 0.896), guests 0.833 (P 0.952).
# Round 8 (visits, receptions, delegations, signings, dates of terms and quarters): date 0.984,
# kind 0.956, hosts 0.896 (P 0.942), guests 0.941 (P 1.000).
# guests: 0.93 until 2026-12-06 night, when the convention "a visitor named only as a person"
# (docs/conventions.md) added 19 guests to dev's gold that the code reads only in part (F1 0.807)
REAL_FLOORS = {"meeting_date": 0.975, "meeting_kind": 0.95, "hosts": 0.88, "guests": 0.80}


def test_real_dev_split_meeting_floors(real_dev_scores):
    s = real_dev_scores
    for fact, floor in REAL_FLOORS.items():
        got = s[fact].get("f1", s[fact].get("accuracy"))
        assert got >= floor, (fact, got, floor)
    assert s["hosts"]["precision"] >= 0.93 and s["guests"]["precision"] >= 0.98


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


def test_a_numbered_anniversary_of_a_known_day_gives_the_year():
    # (sentences written for the test) "kỷ niệm N năm Ngày X": the day's first year + N
    def when(text):
        m = kg.extract_text(text).meetings[0]
        return m.date, m.month_day
    assert when("Chiều 6/3, Hội LHPN huyện Gò Dầu gặp mặt hội viên nhân kỷ niệm 112 năm Ngày Quốc tế "
                "Phụ nữ 8/3. Dự có bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh Tây Ninh.") == (date(2022, 3, 6), None)
    assert when("Chiều 12/10, Hội Nông dân tỉnh Bến Tre tổ chức lễ kỷ niệm 95 năm Ngày thành lập Hội "
                "Nông dân Việt Nam. Dự có ông Trần Văn An, Phó Bí thư Tỉnh ủy Bến Tre.") == (date(2025, 10, 12), None)
    # the anniversary of an event that is no known day names no year
    assert when("Sáng 5/9, Tỉnh ủy Nghệ An tổ chức kỷ niệm 50 năm Chủ tịch Hồ Chí Minh về thăm. Dự có "
                "ông Trần Văn An, Phó Bí thư Tỉnh ủy Nghệ An.") == (None, (9, 5))

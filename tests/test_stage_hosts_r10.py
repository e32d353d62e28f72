"""Hosts read from a page's late dated lead, round 10 (sentences written for the tests; invented names)."""
from __future__ import annotations

from test_stage_pipeline import state_of

_BACKGROUND = ("Kết nạp đảng viên mới\n\n"
               "Công tác phát triển đảng viên luôn được cấp ủy các cấp quan tâm chỉ đạo.\n"
               "Mỗi quần chúng được đứng vào hàng ngũ của Đảng đều trải qua thời gian rèn luyện, thử thách.\n"
               "Thực hiện Quyết định số 52-QĐ/HU ngày 20 tháng 9 năm 2031 của Ban Thường vụ Huyện ủy Tân Phú về việc "
               "kết nạp đảng viên;\n")
_EVENT = ("Chi bộ Trường Mầm non Hòa Bình tổ chức lễ kết nạp đảng viên mới cho 3 quần chúng. Dự buổi lễ có đồng "
          "chí Lê Văn An - Bí thư Đảng ủy xã Hòa Bình.\n")


def hosts(tmp_path, text: str) -> list[str]:
    return [b.name for b in state_of(tmp_path, text).meeting.hosts]


def test_a_lead_dated_in_words_after_the_background_names_the_host(tmp_path):
    assert hosts(tmp_path, _BACKGROUND + "Vào ngày 21 tháng 10 năm 2031, " + _EVENT) == ["Chi bộ Trường Mầm non Hòa Bình"]


def test_a_lead_dated_in_digits_after_the_background_names_the_host(tmp_path):
    assert hosts(tmp_path, _BACKGROUND + "Sáng 21/10/2031, " + _EVENT) == ["Chi bộ Trường Mầm non Hòa Bình"]


def test_an_undated_sentence_after_the_background_is_no_lead(tmp_path):
    # (near-miss: the same sentence with no day opening it is told of anyhow, not the page's lead)
    assert hosts(tmp_path, _BACKGROUND + "Trước đó, " + _EVENT) == []


def test_a_dated_sentence_after_a_dated_lead_is_no_lead(tmp_path):
    # (negative: the page's lead opens on its day and names no host; a later dated sentence is another act)
    text = ("Kết nạp đảng viên mới\n\n"
            "Ngày 18/10/2031, nhiều đảng viên mới được kết nạp trên địa bàn huyện Tân Phú.\n"
            "Công tác phát triển đảng viên luôn được cấp ủy các cấp quan tâm chỉ đạo.\n"
            "Mỗi quần chúng được đứng vào hàng ngũ của Đảng đều trải qua thời gian rèn luyện, thử thách.\n"
            "Ngày 21/10/2031, " + _EVENT)
    assert hosts(tmp_path, text) == []


# -- a congress named by an alias, held by the place that opens its clause ---------------------------------

def _congress(lead: str) -> str:
    return ("Đại hội\n\nSáng ngày 28/4/2031, " + lead + " Tới dự có đồng chí Lê Văn An – Phó chủ tịch UBND huyện Tân Phú "
            "và 95 đại biểu.\n")


def test_a_place_that_holds_a_womens_congress_names_its_union(tmp_path):
    assert hosts(tmp_path, _congress("xã Hòa Bình tổ chức Đại hội phụ nữ nhiệm kỳ 2031 – 2036.")) == [
        "Hội Liên hiệp Phụ nữ xã Hòa Bình"]


def test_a_place_that_holds_a_trade_union_congress_names_its_federation(tmp_path):
    assert hosts(tmp_path, _congress("huyện Tân Phú đã tổ chức Đại hội Công đoàn nhiệm kỳ 2031 – 2036.")) == [
        "Liên đoàn Lao động huyện Tân Phú"]


def test_a_place_that_does_not_open_its_clause_holds_nothing(tmp_path):
    # (near-miss: the place is where the delegates go, not the subject)
    assert hosts(tmp_path, _congress("các đại biểu về xã Hòa Bình tổ chức Đại hội phụ nữ nhiệm kỳ 2031 – 2036.")) == []

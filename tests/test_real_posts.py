"""Constructions of real published pages (issue 8, section 3): posts, officials, bodies, bylines.

Every sentence here is written for the test (invented people, real places); none is taken
from the real development set. The last test measures the real development split when its
texts are present (they are not in git) and holds floors on it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import kg
from kg.extract.structure import analyse

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"


def posts_of(text: str) -> set[tuple[str, str, str]]:
    return {(p.official, p.role, p.body.name) for p in kg.extract_text(text).posts}


# -- the text begins with the lead, not a headline -------------------------------------------------

def test_a_stored_page_date_glued_before_the_lead_keeps_the_lead_and_dates_the_page():
    text = (" date 2024-04-16 Sáng 15/4, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức hội nghị, đồng chí "
            "Lâm Quốc Trinh, Phó Bí thư Tỉnh ủy chủ trì hội nghị về công tác cán bộ của tỉnh.\n\n"
            "Dự hội nghị có đồng chí Võ Thị Hạnh Nhi, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n")
    st = analyse(text)
    assert st.headline is None
    assert st.published == date(2024, 4, 16)
    assert 0 in st.story
    assert ("Lâm Quốc Trinh", "Phó Bí thư", "Tỉnh ủy Bến Tre") in posts_of(text)


def test_a_long_first_sentence_is_the_lead_and_what_follows_is_not_taken_for_a_headline():
    text = ("Tham dự hội nghị có đồng chí Trịnh Văn Lộc, Tỉnh ủy viên, Bí thư Huyện ủy Cái Bè và nhiều "
            "đại biểu là cán bộ chủ chốt của các xã, thị trấn trong huyện.\n\n"
            "Tại hội nghị, các đại biểu đã thảo luận về kế hoạch của năm tới.\n")
    st = analyse(text)
    assert st.headline is None and st.story == [0, 2]
    assert ("Trịnh Văn Lộc", "Bí thư", "Huyện ủy Cái Bè") in posts_of(text)


def test_a_caption_with_its_photo_credit_is_not_the_headline_and_keeps_its_posts():
    text = ("Chủ tịch LĐLĐ tỉnh Sóc Trăng - ông Kha Văn Tín tại buổi làm việc. Ảnh: Hữu Lộc\n\n"
            "LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn cơ sở\n\n"
            "Chiều 3/6, LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn các doanh nghiệp trong tỉnh.\n")
    st = analyse(text)
    assert st.headline_text == "LĐLĐ tỉnh Sóc Trăng làm việc với công đoàn cơ sở"
    assert 0 in st.story
    assert ("Kha Văn Tín", "Chủ tịch", "Liên đoàn Lao động tỉnh Sóc Trăng") in posts_of(text)


def test_a_repeated_caption_is_not_the_headline_and_a_headline_loses_its_trailing_time():
    text = ("Hội Nông dân huyện Mỏ Cày Nam tổng kết năm 2023 14/01/2024 09:15\n"
            "Sáng 12/1, Hội Nông dân huyện Mỏ Cày Nam tổ chức hội nghị tổng kết.\n"
            "Các đại biểu dự hội nghị.\nCác đại biểu dự hội nghị.\n")
    assert analyse(text).headline_text == "Hội Nông dân huyện Mỏ Cày Nam tổng kết năm 2023"

"""Guests: the visiting side of a meeting (docs/conventions.md, "guests" and "companions").
Every sentence here is invented (names, places of worship and dates made up)."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_organisers_of_a_visit_with_the_going_word_alone_are_the_visitors(tmp_path):
    hosts, guests = hg(tmp_path, "Thăm giáo xứ\n\nNgày 20/12/2023, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang phối hợp với "
                                 "Ban Tôn giáo tỉnh Hậu Giang tổ chức đi thăm, chúc mừng Giáng sinh Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Giáo xứ Tân Lộc Đông"]
    assert guests == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang", "Ban Tôn giáo tỉnh Hậu Giang"]


def test_the_convener_of_an_event_with_a_visit_after_it_still_hosts(tmp_path):
    hosts, guests = hg(tmp_path, "Biểu dương phụ nữ\n\nNgày 8/3/2024, Hội Liên hiệp Phụ nữ tỉnh Hậu Giang tổ chức Hội nghị "
                                 "biểu dương phụ nữ tiêu biểu, sau đó đi thăm Giáo xứ Tân Lộc Đông.\n")
    assert hosts == ["Hội Liên hiệp Phụ nữ tỉnh Hậu Giang"]
    assert guests == []

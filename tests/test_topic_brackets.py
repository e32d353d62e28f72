"""A topical body's name with a bracket of lower-case words inside it ("Ban Chỉ đạo công tác giảm nghèo
(theo quyết định mới) huyện X") once looped for ever in bodies.topic_names.topic_end (skip_paren finds no
abbreviation there and the walk stood still). Every sentence here is invented."""
from __future__ import annotations

from test_stage_hosts_more import hg  # one reader of a meeting's hosts and guests


def test_a_bracketed_explanation_inside_a_topic_ends_the_topic(tmp_path):
    hosts, _ = hg(tmp_path, "Hội nghị\n\nSáng 5/2/2024, Ban Chỉ đạo công tác giảm nghèo (theo quyết định mới) huyện "
                            "Đắk Hà tổ chức hội nghị sơ kết.\n")
    assert all("theo quyết định" not in h for h in hosts)


def test_a_bracketed_explanation_after_a_comma_in_a_topic_ends_it_too(tmp_path):
    hosts, _ = hg(tmp_path, "Phiên họp\n\nSáng 5/2/2024, Ban Chỉ đạo phòng, chống dịch bệnh (gọi tắt là ban chỉ đạo) "
                            "tỉnh Kon Tum tổ chức phiên họp thường kỳ.\n")
    assert all("gọi tắt" not in h for h in hosts)


def test_an_abbreviation_in_brackets_is_still_skipped(tmp_path):
    hosts, _ = hg(tmp_path, "Hội nghị\n\nSáng 5/2/2024, Ban Chỉ đạo công tác giảm nghèo (BCĐ) huyện Đắk Hà tổ chức "
                            "hội nghị sơ kết.\n")
    assert hosts and all("(" not in h for h in hosts)

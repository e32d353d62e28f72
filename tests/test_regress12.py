"""Round 12's regressions mended (regress12): readings a rule of the round took too far, each with the
rule's own reading kept (sentences, names and places invented for the tests)."""
from __future__ import annotations

from test_stage_pipeline import posts_of as _posts, state_of


# --- 0b2cb6f: the one a session dismisses is named for his post, not placed at the session ------------------

def test_the_official_a_session_dismisses_does_not_attend(tmp_path):
    st = state_of(tmp_path, "Miễn nhiệm Chủ tịch tỉnh Bình Phước Hồ Văn Tùng\n\nNgày 6/9, Hội đồng nhân dân tỉnh "
                            "Bình Phước tổ chức kỳ họp chuyên đề để thực hiện thủ tục miễn nhiệm Chủ tịch Ủy ban nhân "
                            "dân tỉnh.\n")
    assert ("Hồ Văn Tùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước") in _posts(st)
    assert "Hồ Văn Tùng" not in st.meeting.attendees
    st = state_of(tmp_path, "Kỳ họp bất thường\n\nSáng 6/9, ông Đào Minh Châu, Chủ tịch HĐND huyện Lộc Ninh chủ trì "
                            "kỳ họp. Kỳ họp đã miễn nhiệm ông Kiều Văn Sang, Phó Chủ tịch UBND huyện.\n")
    assert "Kiều Văn Sang" not in st.meeting.attendees
    assert "Đào Minh Châu" in st.meeting.attendees


def test_the_one_dismissed_who_speaks_there_attends(tmp_path):
    st = state_of(tmp_path, "Kỳ họp bất thường\n\nSáng 6/9, ông Đào Minh Châu, Chủ tịch HĐND huyện Lộc Ninh chủ trì "
                            "kỳ họp. Kỳ họp đã miễn nhiệm ông Kiều Văn Sang, Phó Chủ tịch UBND huyện. Phát "
                            "biểu tại kỳ họp, ông Kiều Văn Sang cảm ơn các đại biểu.\n")
    assert {"Kiều Văn Sang", "Đào Minh Châu"} <= set(st.meeting.attendees)

"""Round 15's readings of the meeting's people (MECH_SIDES), sentences, names and places invented for the tests."""
from __future__ import annotations

import pytest
from test_stage_hosts_r10 import hosts as hosts_of  # (the names of a page's hosts)
from test_stage_pipeline import state_of

_CONGRESS = "Đại hội Đảng bộ tỉnh Hà Nam\n\nSáng 14/7/2031, Đại hội đại biểu Đảng bộ tỉnh Hà Nam khai mạc. " \
            "Ông Trần Quốc Nam, Bí thư Tỉnh ủy phát biểu khai mạc Đại hội. "


@pytest.mark.parametrize("sentence, away, placed", [
    # the subject of a decision told in the passive, his titles set off by commas
    ("Ông Lê Đức Mạnh, Giám đốc Sở Nội vụ, được chỉ định giữ chức Trưởng ban Tuyên giáo Tỉnh ủy.",
     {"Lê Đức Mạnh"}, {"Trần Quốc Nam"}),
    ("Ông Lê Đức Mạnh và ông Vũ Minh Hải được chỉ định làm Phó Bí thư Tỉnh ủy.",
     {"Lê Đức Mạnh", "Vũ Minh Hải"}, {"Trần Quốc Nam"}),
    # (near-misses: moved to a post, as a ceremony of handing the decisions tells those who receive them;
    ("Ông Lê Đức Mạnh, Giám đốc Sở Nội vụ, được điều động làm Phó Trưởng ban Tổ chức Tỉnh ủy.",
     set(), {"Lê Đức Mạnh"}),
    # elected by the meeting itself; the decision handed over to him in the sentence; one who
    # announces in another clause)
    ("Ông Lê Đức Mạnh, Giám đốc Sở Nội vụ, được bầu giữ chức Trưởng ban Tuyên giáo Tỉnh ủy.",
     set(), {"Lê Đức Mạnh"}),
    ("Ông Trần Quốc Nam trao quyết định cho ông Lê Đức Mạnh, Giám đốc Sở Nội vụ, được chỉ định giữ chức "
     "Trưởng ban Tuyên giáo Tỉnh ủy.",
     set(), {"Lê Đức Mạnh"}),
    ("Ông Vũ Minh Hải, Phó Trưởng ban Tổ chức Trung ương công bố quyết định; ông Lê Đức Mạnh được chỉ định làm Phó "
     "Bí thư Tỉnh ủy.", {"Lê Đức Mạnh"}, {"Vũ Minh Hải"}),
    # (one the decision names who speaks in another sentence is placed by it)
    ("Ông Lê Đức Mạnh được chỉ định làm Phó Bí thư Tỉnh ủy. Ông Lê Đức Mạnh, Phó Bí thư Tỉnh ủy phát biểu nhận "
     "nhiệm vụ.", set(), {"Lê Đức Mạnh"}),
])
def test_the_subject_of_a_passive_decision_attends_only_if_placed(tmp_path, sentence, away, placed):
    attendees = set(state_of(tmp_path, _CONGRESS + sentence + "\n").meeting.attendees)
    assert not away & attendees
    assert placed <= attendees


def _hosts(tmp_path, text: str) -> list[str]:
    return hosts_of(tmp_path, text + "\n")


def test_the_principal_of_a_fronted_authorisation_is_no_side(tmp_path):
    # ("thừa ủy quyền của X, Y tiếp đoàn": Y receives for X, who is no host)
    assert _hosts(tmp_path, "Tiếp đoàn đại biểu tỉnh Champasak\n\nSáng 4/9/2031, thừa ủy quyền của UBND tỉnh Hà Nam, "
                            "Sở Ngoại vụ tỉnh Hà Nam tiếp đoàn đại biểu tỉnh Champasak, Lào.") == ["Sở Ngoại vụ tỉnh Hà Nam"]
    # (near-miss: the two bodies joined as subjects both receive)
    assert _hosts(tmp_path, "Tiếp đoàn đại biểu tỉnh Champasak\n\nSáng 4/9/2031, UBND tỉnh Hà Nam, Sở Ngoại vụ tỉnh Hà "
                            "Nam tiếp đoàn đại biểu tỉnh Champasak, Lào.") == ["Ủy ban nhân dân tỉnh Hà Nam",
                                                                               "Sở Ngoại vụ tỉnh Hà Nam"]

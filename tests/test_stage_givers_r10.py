"""Hosts of a joint handover, round 10 (sentences written for the tests; invented names and places)."""
from __future__ import annotations

from test_stage_pipeline import state_of

_HEAD = "Trao quà cho công nhân\n\n"
_MORE = " Dịp này, ông Trần Văn An, Chủ tịch Liên đoàn Lao động tỉnh động viên công nhân.\n"


def hosts(tmp_path, lead: str) -> list[str]:
    return [b.name for b in state_of(tmp_path, _HEAD + lead + _MORE).meeting.hosts]


def test_a_body_that_hands_over_jointly_holds_the_ceremony(tmp_path):
    assert hosts(tmp_path, "Sáng 6/5/2031, Liên đoàn Lao động tỉnh Hà Nam phối hợp trao 30 suất quà cho công nhân "
                           "có hoàn cảnh khó khăn.") == ["Liên đoàn Lao động tỉnh Hà Nam"]


def test_its_partner_named_as_a_body_holds_it_too(tmp_path):
    assert hosts(tmp_path, "Sáng 6/5/2031, Ủy ban MTTQ Việt Nam tỉnh Hà Nam phối hợp với Hội Nông dân tỉnh Hà Nam vừa "
                           "bàn giao nhà Đại đoàn kết cho hộ nghèo.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam", "Hội Nông dân tỉnh Hà Nam"]


def test_two_bodies_before_the_joint_act_both_hold_it(tmp_path):
    assert hosts(tmp_path, "Sáng 6/5/2031, Liên đoàn Lao động tỉnh Hà Nam, Hội Nông dân tỉnh Hà Nam phối hợp trao 30 "
                           "suất quà cho công nhân có hoàn cảnh khó khăn.") == [
        "Liên đoàn Lao động tỉnh Hà Nam", "Hội Nông dân tỉnh Hà Nam"]


def test_partners_in_plain_words_and_a_trip_for_the_giving(tmp_path):
    assert hosts(tmp_path, "Sáng 6/5/2031, Tỉnh đoàn Hà Nam phối hợp các doanh nghiệp, nhà hảo tâm tới trao "
                           "học bổng cho học sinh xã Thanh Hà.") == ["Tỉnh đoàn Hà Nam"]


def test_no_body_before_the_joint_act_holds_nothing(tmp_path):
    # (negatives: a person, and bodies urged by another to act jointly)
    assert hosts(tmp_path, "Sáng 6/5/2031, tại Khu công nghiệp Đồng Văn, ông Trần Văn Bình phối hợp trao 30 suất quà "
                           "cho công nhân có hoàn cảnh khó khăn.") == []
    assert hosts(tmp_path, "Sáng 6/5/2031, Liên đoàn Lao động tỉnh Hà Nam đề nghị các doanh nghiệp phối hợp trao 30 "
                           "suất quà cho công nhân có hoàn cảnh khó khăn.") == []


def test_a_person_among_the_partners_stops_the_reading(tmp_path):
    # (near-miss: a named person is no plain partner; the subject is not read across him)
    assert hosts(tmp_path, "Sáng 6/5/2031, Liên đoàn Lao động tỉnh Hà Nam phối hợp với ông Trần Văn Bình trao 30 suất "
                           "quà cho công nhân có hoàn cảnh khó khăn.") == []

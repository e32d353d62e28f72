"""The shared machinery of the speed round 12: a sentence's reading kept per question
(sentences.kept_per_sentence) and a reading gated by its trigger words (passes.gated)."""
import pytest

from kg.extract import passes
from kg.extract.meeting.delegations import inspecting, travelling
from kg.extract.meeting.host_forms import team_head
from kg.extract.sentences.mentions import Scanner
from kg.extract.sentences.sentences import SentenceView, kept_per_sentence


def _view(text: str) -> SentenceView:
    toks, els = Scanner().scan(text, 0, "legacy")
    return SentenceView(text, 0, len(text), toks, els)


def test_a_kept_reading_runs_once_per_question_and_hands_out_fresh_lists():
    runs = []

    @kept_per_sentence(copy=lambda got: (got[0][:], got[1]))
    def read(sv, resolve, persons=False, position=None):
        runs.append((resolve, persons, position))
        return [len(sv.toks)], persons

    sv = _view("Huyện ủy Tân Phước tổ chức hội nghị sơ kết.")
    first = read(sv, "r")
    first[0].append(99)                                     # (a caller changes what it was given)
    assert read(sv, "r", False) == ([len(sv.toks)], False)  # (the defaults written out: one question)
    assert read(sv, "r", position=None) == ([len(sv.toks)], False)
    assert read(sv, "r", True) == ([len(sv.toks)], True)    # (another question: read again)
    assert runs == [("r", False, None), ("r", True, None)]


def test_a_gated_reading_answers_nothing_where_none_of_its_words_stands():
    runs = []

    @passes.gated(lambda: {"đoàn"}, nothing=lambda: ([], False))
    def read(sv, resolve):
        runs.append(sv.text)
        return ["found"], True

    assert read(_view("Đoàn công tác của tỉnh Bến Lức đến thăm xã."), None) == (["found"], True)
    if passes.CHECK:        # (KG_CHECK_TRIGGERS=1: run anyway, it is caught acting without its word)
        with pytest.raises(AssertionError, match="acted where none of its triggers stands"):
            read(_view("Hội nghị diễn ra sáng nay tại hội trường."), None)
        return
    got = read(_view("Hội nghị diễn ra sáng nay tại hội trường."), None)
    assert got == ([], False) and len(runs) == 1
    got[0].append("x")                                      # (a fresh answer each time)
    assert read(_view("Hội nghị diễn ra sáng nay."), None) == ([], False)


def test_the_meeting_readings_gated_find_nothing_without_their_words():
    # a sentence with no delegation word, no oversight word and no event noun: the three answer nothing,
    # and run anyway (as KG_CHECK_TRIGGERS=1 runs them) they answer the same
    sv = _view("Ông Lê Văn Tám, Chủ tịch UBND xã Hòa Bình, phát biểu tại hội nghị.")
    resolve = lambda bm: None       # noqa: E731
    for read in (travelling, inspecting, team_head):
        assert not passes.fires(read.__wrapped__, sv) or passes.CHECK
        assert read(sv, resolve) == ([], [], False, False)
        assert read.__wrapped__(sv, resolve) == ([], [], False, False)


def test_the_gated_readings_still_read_where_their_words_stand():
    sv = _view("Đoàn công tác của Ban Dân vận Tỉnh ủy Bến Lức do ông Lê Văn Tám dẫn đầu đã kiểm tra tại xã Hòa Bình.")
    assert passes.fires(travelling.__wrapped__, sv) and passes.fires(inspecting.__wrapped__, sv)

"""The days of what a lead tells that is not held: a plan ("Trong hai ngày 25 - 26/3, Tỉnh đoàn X sẽ
tổ chức ..."), a statement ("Ngày 25/3, ông A ... cho biết, ..."), a document issued ("Ngày 4/8/2015,
Ban Thường vụ Tỉnh ủy ban hành Nghị quyết ..."). Split from kg.extract.meeting.event_days by its job.
"""
from __future__ import annotations

import re

from kg.extract.structure.dates import DayDate, _words


# the plan words are meetings.yaml dates `future_before`, the list the dates stage reads "sẽ diễn ra" by:
# one list, so a word added there is a plan here too (each escaped as written: its spaces literal)
_PLAN_AFTER_COMMA = re.compile(r"\s*,\s*([^,.;:!?]{1,60}?)\s+(?:"
                               + "|".join(map(re.escape, _words()["future_before"])) + r")\b", re.I)


def planned(text: str, d: DayDate) -> bool:
    """ "Trong hai ngày 25 - 26/3, Tỉnh đoàn X sẽ tổ chức ...": the fronted date, its comma, then only
    the clause's subject (names in capitals, a unit's level word: meetings.yaml dates `plan_subject_words`)
    and "sẽ": a plan. A word of a verb between ("X nhấn mạnh tỉnh sẽ", "X đề xuất Bộ Y sẽ") makes the
    "sẽ" what was said: the date stays the meeting's."""
    m = _PLAN_AFTER_COMMA.match(text, d.end)
    if m is None:
        return False
    small = set(_words()["plan_subject_words"])
    return all(w[:1].isupper() or w.lower() in small for w in m.group(1).split())


# (and "Ngày 4/8/2015, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết ...": the day a document was issued)
_STATED = re.compile(r"\s*,\s*([^.;:!?]{1,140}?)\s+(?:(?:cho biết|thông tin)\s*[,:]|cho biết\s+(?=đã\s)|(?:đã\s+)?(?:ký\s+)?ban hành\s)", re.I)


# "... tại kỳ họp thứ bảy", "... tại Hội nghị": the issuing placed at a meeting
_AT_MEETING = re.compile(r"\btại\s+(?:" + "|".join(map(re.escape, _words()["issued_at_meetings"])) + r")\b", re.I)


def stated(text: str, d: DayDate) -> bool:
    """ "Ngày 25/3, ông A – Chủ tịch Ủy ban MTTQ huyện X cho biết, đến nay 9/9 xã đã tổ chức ...": the
    fronted date, then only the speaker and his titles (capitals, an address, a unit's level word:
    meetings.yaml dates `plan_subject_words`) and "cho biết," (or "cho biết đã ..."): the day of a statement,
    not of a meeting;
    or the issuer and "ban hành": the day of a document (not when issued at a meeting the sentence names)."""
    m = _STATED.match(text, d.end)
    if m is None or "ban hành" in m.group(0).lower() and _AT_MEETING.search(text, m.end()):
        return False        # ("... ban hành 15 nghị quyết tại kỳ họp thứ bảy": the session's day, review9b H8)
    from kg.extract.lexicon import lexicon
    from kg.extract.sentences.tokens import tokenize
    small = set(_words()["plan_subject_words"]) | {"ông", "bà", "đồng", "chí"}
    toks, k = tokenize(m.group(1)), 0
    while k < len(toks):
        # (a title's or a body's syllables: "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam")
        e = lexicon().roles.match(toks, k) or lexicon().bodies.match(toks, k)
        if e is None and not (toks[k].text[:1].isupper() or toks[k].low in small or not toks[k].text[:1].isalpha()):
            return False
        k += e.size if e is not None else 1
    return True

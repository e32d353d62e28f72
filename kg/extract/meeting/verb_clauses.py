"""Where an event verb stands in its sentence, for the host reader (kg.extract.meeting.hosts):

    UBND tỉnh chào xã giao và làm việc với Đoàn công tác tỉnh X     a delegation greeted: received, no trip
    Sau khi đến thăm X, A làm việc với Y                            a clause of what came before: not the meeting
    Tại buổi gặp mặt, lãnh đạo Sở X gửi lời chúc ...                 told at the event: no trip

The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from kg.extract.lexicon import lexicon
from kg.extract.meeting.hosts import VISIT, WORK_WITH, host_words, verb_end, verb_index
from kg.extract.sentences.elements import Punct, Word
from kg.extract.sentences.phrase_starts import ends_before
from kg.extract.sentences.sentences import SentenceView


def greets_delegation(sv: SentenceView, v: int) -> bool:
    """The visit verb at element v takes a delegation ("chào xã giao (và làm việc với) Đoàn công tác
    tỉnh X", "gặp mặt đoàn đại biểu ..."), past the working or visiting verbs chained to it by "và": who
    greets a delegation that comes receives it, goes nowhere."""
    toks, lx = sv.toks, lexicon()
    t, starts_at = verb_end(sv, v, VISIT), {sv.elements[k].start: (k, K) for K in (VISIT, WORK_WITH) for k in verb_index(sv)[K]}
    while t < len(toks):
        if toks[t].low == "và" or toks[t].text == ",":
            t += 1
        elif t in starts_at:
            t = verb_end(sv, *starts_at[t])
            t += t < len(toks) and toks[t].low in host_words()["partner_words"]
        else:
            break
    m = lx.delegation.match(toks, t) if t < len(toks) else None
    # (not "đoàn viên", "đoàn thể": the members of a union, its organisations, met where they are)
    return m is not None and not (t + m.size < len(toks) and toks[t + m.size].low in host_words()["not_delegation_after"])


def subordinate(sv: SentenceView, v: int, verbs: list[int]) -> bool:
    """The verb at element v stands in a clause opened by "sau khi"/"trước khi" (meetings.yaml hosts
    `prior_clause_openers`, no comma between) and another event verb follows the clause's comma."""
    els, toks = sv.elements, sv.toks
    k = v - 1
    while k >= 0 and not isinstance(els[k], Punct):
        if isinstance(els[k], Word) and ends_before(toks, els[k].end, host_words()["prior_clause_openers"], reach=2):
            comma = next((j for j in range(v + 1, len(els)) if isinstance(els[j], Punct) and els[j].char == ","), None)
            return comma is not None and any(u > comma for u in verbs)
        k -= 1
    return False


def at_the_event(sv: SentenceView) -> bool:
    """The sentence opens on the event it tells ("Tại buổi gặp mặt, ...", "Tại hội nghị, ..."; a place word
    then an event noun or a kind word): what it tells happens there, no one travels in it."""
    toks, w = sv.toks, host_words()
    i = next((k for k, t in enumerate(toks) if t.is_word), None)
    if i is None or i + 1 >= len(toks) or toks[i].low not in w["place_words"]:
        return False
    return toks[i + 1].low in w["event_nouns"] or lexicon().kind_words.match(toks, i + 1) is not None


def event_with(toks, t: int) -> bool:
    """ "A ... tại buổi tiếp với lãnh đạo UBND tỉnh X": the receiving word at token t names an event (an event
    noun before it, no "có" before that) held with someone ("với" after it); the sentence's subject takes part in
    it, and says nothing of who received whom."""
    w = host_words()
    return 0 < t < len(toks) - 1 and toks[t - 1].low in w["event_nouns"] and toks[t + 1].low == "với" and \
        not (t > 1 and toks[t - 2].low in w["holding_words"])

"""The people a sentence names as absent from the meeting though it names them with it (meetings.yaml
`absent_objects`): who sends greetings through a visitor, who a delegate accompanies on another trip, and
the persons a decision is about.

    Ông A chuyển lời thăm hỏi của đồng chí B, Bộ trưởng Bộ X tới lãnh đạo tỉnh      B is not there
    Nhân dịp tháp tùng Chủ tịch Quốc hội C thăm Y, ông D đã làm việc với ...          C is not there
    Kỳ họp miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông E, ...; ông F, ...      E, F are not placed

Only the first name within a few words after a greeting's or a trip's cue, before the one greeted ("tới",
"đến", "cho"): the messenger and the delegate themselves attend. Every name after a decision's cue (`decided`)
to the sentence's end, unless the sentence hands the decision over to them (`decided_handed` before the cue).
Every name of a sentence that opens on an earlier event (`earlier_openers`: "Trước đó, ...").
"""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.sentences.elements import Name, Punct
from kg.extract.sentences.phrase_starts import positions, starts
from kg.extract.sentences.sentences import SentenceView

_OBJECTS = section("meetings.yaml", "absent_objects")
_CUES = tuple(_OBJECTS["cues"])
_TO = frozenset(_OBJECTS["recipients"])
_DECIDED, _HANDED = tuple(_OBJECTS["decided"]), frozenset(_OBJECTS["decided_handed"])
_PASSIVE = tuple(_OBJECTS["decided_passive"])
_EARLIER = tuple(_OBJECTS["earlier_openers"])
_REACH = 8          # tokens from the cue's end to the absent person's name


def absent_names(sv: SentenceView) -> set[int]:
    """The token starts of the names the sentence makes absent."""
    first = next((e.start for e in sv.elements if not isinstance(e, Punct)), 0)
    if starts(sv.toks, first, _EARLIER):
        return {e.start for e in sv.elements if type(e) is Name}      # (an earlier event: no one of it is placed)
    lows, out = sv.lows.words, set()     # (the tokens' lower-case words, in order: read only)
    for i, n in positions(sv.toks, _CUES, sv.lows):
        end = i + n
        stop = next((k for k in range(end, min(len(lows), end + _REACH)) if lows[k] in _TO or lows[k] in ".;"),
                    min(len(lows), end + _REACH))
        name = next((e for e in sv.elements if type(e) is Name and end <= e.start < stop), None)
        if name is not None:
            out.add(name.start)
    return out | _decided_on(sv)


def _decided_on(sv: SentenceView) -> set[int]:
    """The token starts of the names after the first decision's cue the sentence does not hand over, and of
    the names in the clause before a passive decision's cue (`decided_passive`)."""
    at, out = _unhanded_cue(sv, _DECIDED), set()
    if at is not None:
        out = {e.start for e in sv.elements if type(e) is Name and e.start >= at[0] + at[1]}
    passive = _unhanded_cue(sv, _PASSIVE)
    if passive is None:
        return out
    # (its clause: back to the sentence's start or a mark that ends a clause; commas set off the titles)
    start = max((k + 1 for k in range(passive[0]) if sv.lows.words[k] in (".", ";", ":")), default=0)
    return out | {e.start for e in sv.elements if type(e) is Name and start <= e.start < passive[0]}


def _unhanded_cue(sv: SentenceView, cues: tuple):
    """The (start, length) of the first of the decision's `cues`, None when there is none or the sentence hands
    the decision over before it (`decided_handed`: "trao quyết định chuẩn y ông A")."""
    at = next(iter(positions(sv.toks, cues, sv.lows)), None)
    return None if at is None or any(w in _HANDED for w in sv.lows.words[:at[0]]) else at

"""The people a sentence names as absent from the meeting though it names them with it (meetings.yaml
`absent_objects`): who sends greetings through a visitor and who a delegate accompanies on another trip.

    Ông A chuyển lời thăm hỏi của đồng chí B, Bộ trưởng Bộ X tới lãnh đạo tỉnh      B is not there
    Nhân dịp tháp tùng Chủ tịch Quốc hội C thăm Y, ông D đã làm việc với ...          C is not there

Only the first name within a few words after the cue, before the one greeted ("tới", "đến", "cho"): the
messenger and the delegate themselves attend.
"""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.sentences.elements import Name
from kg.extract.sentences.phrase_starts import positions
from kg.extract.sentences.sentences import SentenceView

_CUES = tuple(section("meetings.yaml", "absent_objects")["cues"])
_TO = frozenset(section("meetings.yaml", "absent_objects")["recipients"])
_REACH = 8          # tokens from the cue's end to the absent person's name


def absent_names(sv: SentenceView) -> set[int]:
    """The token starts of the names the sentence makes absent."""
    lows, out = sv.lows.words, set()     # (the tokens' lower-case words, in order: read only)
    for i, n in positions(sv.toks, _CUES, sv.lows):
        end = i + n
        stop = next((k for k in range(end, min(len(lows), end + _REACH)) if lows[k] in _TO or lows[k] in ".;"),
                    min(len(lows), end + _REACH))
        name = next((e for e in sv.elements if type(e) is Name and end <= e.start < stop), None)
        if name is not None:
            out.add(name.start)
    return out

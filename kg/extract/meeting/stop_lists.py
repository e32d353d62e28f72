"""Where a list of the places a visit stops at goes on past ";" (read by hosts._objects).

    "đã đến thăm Giáo xứ A, xã X; Nhà thờ họ đạo B, xã Y; Giáo xứ C"   three stops
    "đã đến thăm Giáo xứ A; Chi hội Tin Lành; Ban Đại diện ..."          an unknown name between two
    "đã đến thăm Giáo xứ A; Phó Chủ tịch UBND huyện X gửi lời chúc"     a clause: one stop
"""
from __future__ import annotations

from kg.extract.sentences.elements import BodyMention, Punct, Word
from kg.extract.sentences.sentences import SentenceView


def _body_at(sv: SentenceView, t: int) -> bool:
    return any(isinstance(e, BodyMention) and e.start == t for e in sv.elements)


def stops_go_on(sv: SentenceView, t: int) -> bool:
    """After ";" at token t-1 a list of stops goes on: the next item opens on a body, or on a
    capitalised word with a body within three words ("; Nhà thờ họ đạo X, xã Y"), or is a short
    capitalised name the reader does not know whose next item opens on a body ("; Chi hội Tin
    Lành; Ủy ban ..."). A clause after ";" opens in lower case ("; ghi nhận ...") or on a title
    and a person ("; Phó Chủ tịch A ..."): no stop."""
    from kg.extract.meeting.hosts import host_words      # (hosts imports this module)
    toks, els = sv.toks, sv.elements
    if _body_at(sv, t):
        return True
    if t >= len(toks) or not toks[t].text[:1].isupper():
        return False
    nxt = next((e for e in els if e.start >= t and not isinstance(e, Word)), None)
    if isinstance(nxt, BodyMention) and nxt.start - t <= 3:
        return True
    end = next((k for k in range(t, min(len(toks), t + 8)) if toks[k].text in (";", ".", ",")), None)
    links = host_words()["stop_name_links"]
    return end is not None and toks[end].text == ";" and isinstance(nxt, Punct) and nxt.start == end \
        and all(toks[k].text[:1].isupper() or toks[k].low in links for k in range(t, end)) \
        and _body_at(sv, end + 1)

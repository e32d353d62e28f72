"""The kind an event's word gives, refined by what stands around it: a get-together held for an
occasion is a ceremony, a ceremony of a congress is the congress, sports games are no congress, and
an organised programme is a ceremony unless its name says another kind. Split from
kg.extract.meeting.meeting_kinds, which finds the event's word; the words are meetings.yaml people.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.lexicon import grammar, lexicon
from kg.extract.meeting.kind_filters import delegation_word
from kg.extract.places.resolver import UNIT_RANKS
from kg.extract.sentences.elements import BodyMention, LevelMention, Role
from kg.extract.sentences.phrase_starts import anywhere as _anywhere, starts as _starts

_W = grammar("meetings.yaml", "people")

# (the quote marks around a programme's name)
_QUOTES = frozenset("\"“”'‘’«»")


def announced_review(views, lead) -> bool:
    """An inspection's or a supervision's decision or findings announced to the body reviewed ("Đoàn kiểm
    tra ... đã công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy X", "Hội nghị thông báo kết quả
    kiểm tra"; meetings.yaml people `review_announcements`) in the headline or the lead's first sentences:
    the meeting is the announcement's conference, not the team's work — unless the headline or the lead
    says the team works with the body or at its seat ("làm việc với", "làm việc tại": meetings.yaml people
    `working_with`, `working_at`); nor an announcement recalled or planned ("Trước đó, ... đã công bố quyết định
    kiểm tra ...", "Đoàn sẽ thông báo kết quả giám sát ...": `announcement_not_after` before it in its sentence)."""
    from kg.extract.sentences.phrase_starts import positions
    told = any(not _recalled_or_planned(sv.toks, j) for sv in views for j, _ in positions(sv.toks, _W["review_announcements"],
                                                                                             sv.lows))
    return told and not any(_anywhere(sv.toks, _W["working_with"], sv.lows) or _anywhere(sv.toks, _W["working_at"], sv.lows)
                            for sv in lead)


def _recalled_or_planned(toks, j: int) -> bool:
    """A word of meetings.yaml people `announcement_not_after` before token j in its sentence."""
    return _anywhere(toks[:j], _W["announcement_not_after"])


def games(toks, j: int) -> bool:
    """ "Đại hội Thể dục thể thao", "Đại hội TDTT", "Hội khỏe Phù Đổng": sports games after the
    congress word (meetings.yaml people `games_words`), no organisation's congress."""
    return _starts(toks, j, _W["games_words"]) is not None


def organised_by(toks, k: int) -> bool:
    """ "... tham dự chương trình “Vui Xuân cùng X” do Liên đoàn Lao động tỉnh tổ chức": the
    programme's own clause says a body organised it ("do", then an organising word; meetings.yaml
    people `organised_by`, `organise_words`)."""
    by = None
    for i in range(k, min(len(toks), k + 30)):
        if toks[i].text in ",;:." and toks[i - 1].text not in _QUOTES:
            return False
        if by is None and toks[i].low == _W["organised_by"]:
            by = i
        elif by is not None and _starts(toks, i, _W["organise_words"]):
            return True
    return False


def program_kind(toks, k: int) -> Optional[str]:
    """ "tổ chức chương trình “Tết sum vầy” ...", "tổ chức Chương trình nghệ thuật chào mừng ...": a
    programme organised for people is a ceremony; a kind word in its name (up to `program_name_reach`
    words) names its kind ("chương trình gặp mặt ...", "chương trình gặp gỡ, đối thoại ..."); a plan's
    programme ("chương trình hành động", "chương trình phối hợp": meetings.yaml people
    `program_not_events`) or nothing after it is no event."""
    k += k < len(toks) and toks[k].text in _QUOTES
    if k >= len(toks) or toks[k].text in ",;:.)" or _starts(toks, k, _W["program_not_events"]):
        return None
    kinds = lexicon().kind_words
    for i in range(k, min(len(toks), k + _W["program_name_reach"])):
        if toks[i].text in ";:.)" or (i > k and toks[i].text in _QUOTES):
            break           # (the programme's name ends: "chương trình “X” tại ...")
        e = kinds.match(toks, i)
        if e is not None:   # ("chương trình Thủ tướng gặp gỡ, đối thoại với công nhân")
            return refined(e.payload, toks, i, e.size)
    return "Ceremony"


def refined(kind: str, toks, i: int, size: int) -> str:
    """A get-together held for an occasion is a ceremony (`_festive`); the opening or closing
    ceremony of a congress ("lễ khai mạc Đại hội"), or one held before it ("ra mắt Đại hội"), is
    the congress; one with a visiting delegation receives it (`_visiting_delegation`)."""
    if " ".join(t.low for t in toks[i:i + size]) in _W["occasion_kinds"]:
        if _visiting_delegation(toks, i + size):
            return "Visit"
        if _festive(toks, i, size) or _with_ceremony(toks, i + size):
            return "Ceremony"
    if kind == "Ceremony":
        # ("lễ khai mạc Đại hội", "ra mắt Đại hội": a ceremony of the congress, or before it)
        j = i + size
        j += _starts(toks, j, _W["opening_phrases"]) or 0
        if _starts(toks, j, _W["congress_words"]) and not games(toks, j + _starts(toks, j, _W["congress_words"])):
            return "Congress"
    return kind


def _visiting_delegation(toks, j: int) -> bool:
    """ "họp mặt thân mật đoàn công tác huyện X sang thăm tỉnh ...", "gặp mặt đoàn cựu chiến binh Y do
    ông A làm trưởng đoàn": a get-together with a delegation that visits receives it, as "tiếp
    đoàn" does (the conventions' Visit): the delegation right after the word (past `gathering_manners`;
    meetings.yaml `delegation`, not a presidium's "Đoàn Chủ tịch"), a mark of its visit after it in the
    sentence (`visiting_marks`), and no congress it goes to (`congress_words`)."""
    j += _starts(toks, j, _W["gathering_manners"]) or 0
    size = delegation_word(toks, j) if j < len(toks) else 0
    if not size:
        return False
    rest = toks[j + size:]
    return _anywhere(rest, _W["visiting_marks"]) and not _anywhere(rest, _W["congress_words"])


def _with_ceremony(toks, j: int) -> bool:
    """ "tổ chức gặp mặt, tuyên dương các bí thư chi bộ ...", "gặp mặt và trao Huy hiệu ...": a
    get-together joined to a ceremony's word is that ceremony."""
    k = j + (j < len(toks) and (toks[j].text == "," or toks[j].low == "và"))
    e = lexicon().kind_words.match(toks, k) if j < k < len(toks) else None
    return e is not None and e.payload == "Ceremony"


def _festive(toks, i: int, size: int) -> bool:
    """ "gặp mặt ... nhân kỷ niệm 50 năm", "Nhân dịp đón Xuân ..., X tổ chức gặp mặt", "họp mặt
    đầu xuân", "gặp mặt truyền thống", "... buổi họp mặt, cán bộ cùng ôn lại truyền thống ...": a
    get-together for an anniversary, a day, Tết or a tradition (meetings.yaml people: an occasion
    `occasion_before` + `occasion_marks` in its sentence, before it or within `occasion_reach`
    after it; `gathering_names` right after it; `gathering_recalls` in its sentence)."""
    j = i + size
    while _starts(toks, j, _W["gathering_fillers"]):
        j += _starts(toks, j, _W["gathering_fillers"])
    if _starts(toks, j, _W["gathering_names"]):
        return True
    for j in range(0, min(len(toks), i + size + _W["occasion_reach"])):
        n = _starts(toks, j, _W["occasion_before"])
        if n is not None and _starts(toks, j + n, _W["occasion_marks"]):
            return True
    return _anywhere(toks, _W["gathering_recalls"])


# (the ranks of the levels a visitor and the place visited stand at: a higher one oversees the lower —
# the places stage's one table)
_RANKS = UNIT_RANKS
# (the most words of a place's bare name after "tại": "Bà Rịa - Vũng Tàu")
_PLACE_WORDS = 4


def visit_kind(sv, i: int, e) -> Optional[str]:
    """The kind of "(đến) thăm và làm việc tại <place>" at i (its lexicon entry e; meetings.yaml people
    `visit_word`, `visit_place_word`): a working session when the visitor oversees the place (`oversees`), else
    a visit; None for any other entry."""
    toks, end = sv.toks, i + e.size
    if e.payload != "WorkingSession" or _W["visit_word"] not in (t.low for t in toks[i:i + 2]) or end + 1 >= len(toks) \
            or toks[end].low != _W["visit_place_word"]:
        return None
    return "WorkingSession" if oversees(sv, i, end + 1) else "Visit"


def greeted_trip(views) -> bool:
    """A greeting coordinated with the visit's word ("đã đến thăm, chúc Tết, làm việc tại tỉnh X", "thăm và chúc
    mừng ..."; meetings.yaml people `visit_word`, `trip_greetings`) in the headline or the lead: a trip that greets
    is a visit, whoever makes it — not where they say it works with a body ("làm việc với": `working_with`)."""
    if any(_anywhere(sv.toks, _W["working_with"], sv.lows) for sv in views):
        return False
    return any(_starts(sv.toks, j + 1 + (j + 1 < len(sv.toks) and sv.toks[j + 1].low in (",", "và")), _W["trip_greetings"])
               for sv in views for j, t in enumerate(sv.toks) if t.low == _W["visit_word"])


def oversees(sv, i: int, at: int) -> bool:
    """ "Đoàn công tác Trung ương Hội X thăm và làm việc tại tỉnh Y", "Thường trực Huyện ủy ... thăm và làm việc
    tại xã Z": the visitor, told before the verb at i (a body, or a title's body; a central title), stands at a
    higher level than the place visited after "tại" (token `at`): a body's working trip to a unit it oversees, a
    working session (docs/conventions.md); a peer's or a foreign side's trip (a country named in the sentence, a
    place the gazetteer does not know) stays a visit. Unsure of either side: no."""
    from kg.extract.sentences.missions import mission_spec
    toks = sv.toks
    countries = mission_spec()[2]
    if any(countries.match(toks, k) and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
           for k in range(len(toks))):
        return False        # ("Lào Cai": a country's syllable opening a province's name is none)
    place = _place_rank(sv, at)
    visitor = _visitor_rank(sv, i)
    return place is not None and visitor is not None and visitor > place


def _visitor_rank(sv, i: int) -> Optional[int]:
    """The highest level of the bodies and titles told before token i; None when one of them is of a place the
    gazetteer does not know (a foreign side)."""
    lx, best = lexicon(), None
    for _, e, m in sv.mentions():
        if e.start >= i or type(e) is LevelMention:
            continue
        body = m if m is not None and type(m) is BodyMention else None
        if body is None and type(e) is Role:
            rank = _RANKS["central"] if e.entry.body and e.entry.body in lx.central_by_name else None
        elif body is not None:
            if body.place_name and not _known(body.place_name):
                return None
            rank = _RANKS["central"] if body.central else _RANKS.get(body.level or "")
        else:
            rank = None
        best = rank if best is None or (rank is not None and rank > best) else best
    return best


def _place_rank(sv, at: int) -> Optional[int]:
    """The level of the place named at token `at`: a unit's word ("tỉnh ta", "xã Z"; "thành phố" by the
    gazetteer, a province's city or a district's), or a bare name the gazetteer knows (its highest level)."""
    from kg.extract.gazetteer import get_gazetteer
    level = next((e for _, e, _ in sv.mentions() if e.start == at and type(e) is LevelMention), None)
    if level is not None and level.level in _RANKS:
        return _RANKS[level.level]
    if level is not None:
        names = [level.place_name] if level.place_name else []
    else:
        run = []
        for t in sv.toks[at:at + _PLACE_WORDS]:
            if not t.text[:1].isupper():
                break
            run.append(t.text)
        names = [" ".join(run[:n]) for n in range(len(run), 0, -1)]
    for name in names:
        ranks = [_RANKS[p.level] for p in get_gazetteer().lookup(name) if p.level in _RANKS]
        if ranks:
            return max(ranks)
    return None


def _known(name: str) -> bool:
    from kg.extract.gazetteer import get_gazetteer
    return bool(get_gazetteer().lookup(name))

"""The kind of the meeting an article reports: the event its headline and lead name first.

Kind words are meetings.yaml `kinds`; the headline decides first, then the lead sentence. A
get-together ("gặp mặt", "họp mặt") held for an occasion (an anniversary, Tết, a tradition) is a
ceremony; a ceremony opening a congress is the congress.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.sentences.elements import LevelMention, Name, Word
from kg.extract.meeting.hosts import verb_index
from kg.extract.lexicon import grammar, lexicon
# (phrase lists indexed once by first word: these tests run at every token of a sentence)
from kg.extract.sentences.phrase_starts import anywhere as _anywhere, positions, starts as _starts
from kg.extract.sentences.sentences import SentenceView
from kg.extract.meeting.kind_filters import DATED as _DATED, announced as _announced, borrowed as _borrowed, \
    coming_congress as _coming_congress, counted_handover as _counted_handover, credited_caption as _credited_caption, \
    congratulates_event as _congratulates_event, congratulates_person as _congratulates_person, \
    delegates_to as _delegates_to, in_document as _in_document, inside_word as _inside_word, trip_frames as _trip_frames
from kg.extract.meeting.kind_refine import games as _games, organised_by as _organised_by, visit_kind as _visit_kind, \
    program_kind as _program_kind, refined as _refined, announced_review as _announced_review, greeted_trip as _greeted_trip

# The words the kinds are read by (meetings.yaml people): "tiếp", "lễ", occasions, ...
_W = grammar("meetings.yaml", "people")


def article_kind(headline: list[SentenceView], story: list[SentenceView]) -> Optional[str]:
    """The kind of the article's meeting: the event the lead says was organised, else the kind
    the headline and lead name first, else the next sentences'."""
    if story and _aside(story[0].text):
        story = story[1:]       # an excerpt opening on an aside ("Dịp này, ..."): its lead is further on
    titled = meeting_kind(headline)     # (the headline's kind, read once for the three steps below that weigh it)
    story = story[_background(story, titled is None):]
    story = story[_credited_caption(story):]
    # (a borrowed photo's caption, "Lễ hội Katê (Nguồn: Báo X)", "Ảnh minh họa": no event of the story's)
    story = [sv for sv in story if not _borrowed(sv.text)]
    # (a congress the headline or the lead announces is the topic: every later "Đại hội" is that one)
    skip = ("Congress",) if _coming_congress(headline + story[:1]) else ()
    kind = organised_kind(story[:2], titled) or meeting_kind(headline + story[:1], skip) or \
        (_programme(story[0]) if story else None) or meeting_kind(story[1:3], skip) or meeting_kind(story[3:8], skip) \
        or ("Conference" if skip else None)     # (a meeting told about it: a briefing, a review of its work)
    if kind == "Congress" and _press(headline + story[:4]):
        kind = "Conference"     # a press conference about a congress ("họp báo ... Đại hội")
    elif kind == "WorkingSession" and _announced_review(headline + story[:2], headline + story[:1]):
        kind = "Conference"     # "Đoàn kiểm tra ... công bố quyết định kiểm tra đối với X": the announcement's
    elif kind == "Conference" and any(_thanks_a_visit(sv) for sv in story[:3]):
        kind = "Visit"          # "Tại buổi gặp mặt, ... A cám ơn B đến thăm": a get-together of a visit
    elif kind in ("Conference", "Visit") and any(_works_with(sv.toks) for sv in headline + story[:1]) \
            and not any(_anywhere(sv.toks, _W["courtesy_words"], sv.lows) for sv in headline + story[:1]):
        # (not a courtesy call: "đến chào xã giao lãnh đạo tỉnh. Tiếp và làm việc với đoàn có ...")
        kind = "WorkingSession"
    elif kind == "WorkingSession" and _greeted_trip(headline + story[:1]):
        kind = "Visit"          # "đã đến thăm, chúc Tết, làm việc tại tỉnh X": a trip that greets (conventions)
    elif kind == "Conference" and story and any(any(positions(sv.toks, _W["occasion_kinds"], sv.lows)) for sv in headline) \
            and _occasion_said(story[0].toks):
        # "X gặp mặt cựu thanh niên xung phong" over "Sáng 20/4, ... có chương trình gặp mặt ...,
        # nhân kỷ niệm 45 năm ...": the headline's get-together, its occasion said in the lead
        kind = "Ceremony"
    elif kind == "Conference" and story and any(positions(story[0].toks, _W["occasion_kinds"], story[0].lows)) \
            and titled == "Ceremony":
        # "Trao Kỷ niệm chương ... cho 120 hội viên" over "Ngày 26-3, Huyện ủy tổ chức buổi gặp mặt ...":
        # a get-together the headline names for its ceremony
        kind = "Ceremony"
    return kind


# (the lead of an outlet, its tag first: "(CT) - Ngày 26-4-2012, ...")
_TAGGED_DATED = re.compile(r"^\W*\([A-ZĐ][A-ZĐ0-9.]{0,9}\)\s*[-–—]\s*(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|nay)\s+)*"
                           r"(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\b", re.I)
_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d)")
# (how far an excerpt's background may run before its dated lead)
_BACKGROUND = 3


def _background(story: list[SentenceView], untitled: bool = False) -> int:
    """ "Những năm qua, ... đổi thay rõ nét. ... Ngày 5/3, Đoàn công tác ... làm việc với ...": a page that opens on
    background (a span of years, meetings.yaml people `background_openers`, or no event: a list page's teasers), on a
    caption over the outlet's tagged lead ("(CT) - Ngày 26-4, ..."), or, `untitled`, on an undated sapo of what was done
    at an event ("Tại hội nghị ..., các ủy viên đã bầu ... . Sáng 12/10, Đại hội ... tiếp tục làm việc") tells its
    event in the first sentence that opens on its day, if it names one and nothing before it is organised or dated."""
    sapo = bool(story) and untitled and not _DAY.search(story[0].text) and _opens_on(story[0].text, "results_at_openers")
    if not story or not _opens_on(story[0].text, "background_openers") and meeting_kind(story[:1]) is not None \
            and not any((_DATED if sapo else _TAGGED_DATED).match(x.text) for x in story[1:_BACKGROUND + 1]):
        return 0
    for i, sv in enumerate(story[:_BACKGROUND + 1]):
        if _DATED.match(sv.text):
            return i if i and meeting_kind([sv]) is not None and not _organised(story[:i]) else 0
        if _DAY.search(sv.text):
            return 0            # (a day inside the sentence: it is the lead)
    return 0


def _opens_on(text: str, words: str) -> bool:
    """The sentence opens, past an outlet's tag ("(VOV5) - Dịp này, ..."), on one of meetings.yaml people `words`."""
    low = _TAG.sub("", text).lower()
    return any(low.startswith(w) for w in _W[words])


_TAG = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*[-–—]?\s*)?")


def _aside(text: str) -> bool:
    """The sentence opens on an aside to an event told before it ("Dịp này, X gửi 350 suất quà
    tới hộ nghèo"; meetings.yaml people `aside_openers`): an excerpt that starts mid-article."""
    low = _TAG.sub("", text).lower()
    return any(low.startswith(w) and low[len(w):len(w) + 1] in (",", " ") for w in _W["aside_openers"])


def _occasion_said(toks) -> bool:
    """The sentence names an occasion ("nhân (dịp) kỷ niệm ...", "nhân dịp Tết ..."), or the
    guests recall a tradition ("Tại buổi họp mặt, các đại biểu ôn lại truyền thống ...")."""
    return any(_starts(toks, j + n, _W["occasion_marks"]) for j, n in positions(toks, _W["occasion_before"])) \
        or bool(_anywhere(toks, _W["gathering_recalls"]))


def _works_with(toks) -> bool:
    """ "Sở X và huyện Y thảo luận ...", lead "Sáng 7/11, đoàn của Sở X ... làm việc với lãnh đạo huyện Y":
    "làm việc với" in the headline or the lead makes the meeting a working session whatever other
    event word comes first ("đã đến thăm, có buổi làm việc với ..." too; meetings.yaml people
    `working_with`; not one a `not_after` word names: "trong chuyến thăm và làm việc với", nor the
    occasion of a reception: "tiếp đoàn ... nhân dịp đoàn sang thăm và làm việc với Hội X")."""
    lx = lexicon()
    return any(not any(lx.not_after.match(toks, k) for k in range(max(0, j - 4), j)) and not _in_occasion(toks, j)
               for j, _ in positions(toks, _W["working_with"]))


def _in_occasion(toks, j: int) -> bool:
    """An occasion's word ("nhân dịp", "nhân"; meetings.yaml people `occasion_before`) stands before
    toks[j] in its clause (back to a comma or a semicolon)."""
    for k in range(j - 1, -1, -1):
        if toks[k].text in ",;:.":
            return False
        if _starts(toks, k, _W["occasion_before"]):
            return True
    return False


def meeting_kind(views: list[SentenceView], skip: tuple[str, ...] = ()) -> Optional[str]:
    """The kind named first in the given sentences (headline, then lead, then the next ones), none
    of the kinds to skip.

    A kind word inside a body's or a person's name ("Ủy ban Kiểm tra", "Nguyễn Văn Tiếp") is not one."""
    lx = lexicon()
    occasion, framed = None, False
    for sv in views:
        toks = sv.toks
        found = list(lx.kind_words.find(toks, lows=sv.lows))
        if not found:
            if "Ceremony" not in skip and _counted_handover(toks):
                return "Ceremony"
            continue            # (no kind word: the set below is not needed)
        inside = set()
        for e in [m for _, m, _ in sv.mentions()] + [n for n in sv.elements if type(n) is Name]:   # (titles, bodies, names)
            if type(e) is not LevelMention:
                inside.update(range(e.start, e.end))
        for i, e in found:
            if i in inside or e.payload in skip:
                continue
            if any(toks[j].low in _W["negations"] for j in range(max(0, i - 3), i)):
                continue        # "Sở sẽ không tiếp khách nhân ngày ...": an event said not to be held
            if _in_document(toks, i, sv.lows):
                continue        # "UBND tỉnh vừa ban hành Công văn ... chỉ đạo kiểm tra ...": the document's content
            if any(lx.not_after.match(toks, j) for j in range(max(0, i - 4), i)):
                if i > 0 and toks[i - 1].low in _W["trip_nouns"] and (e.payload == "Visit" or toks[i].low == _W["visit_word"]
                                                                     or _trip_frames(toks, i - 1)):
                    # "Chuyến thăm của Đoàn X đến tỉnh Y ...", "Trong khuôn khổ chuyến thăm và làm việc ...": the trip
                    occasion, framed = occasion or _visit_kind(sv, i, e) or "Visit", framed or _trip_frames(toks, i - 1)
                continue
            if _no_event_held(sv, i, e):
                continue
            if e.payload == "Ceremony" and (framed or _gifts_on_a_trip(toks, i, e.size)):
                return "Visit"          # (respects paid or gifts handed on the trip the sentence opens on: its steps)
            if (visit := _visit_kind(sv, i, e)) and _starts(toks, i + e.size + 1, _W["visit_place_bodies"]) is None:
                # "thăm và làm việc tại tỉnh X": a visit to a place ("... với X": a working session), but a
                # working session where the visitor oversees the place (a central team at a province)
                return visit
            if _occasion(toks, i) or _names_a_delegation(toks, i):
                # ("Đoàn kiểm tra số 26 ... đã công bố quyết định kiểm tra": the delegation's name)
                occasion = occasion or e.payload
                continue
            return _refined(e.payload, toks, i, e.size)
    # "Nhân kỷ niệm 93 năm ...": an occasion (or a delegation's name) that names no other event is
    # the article's event
    return occasion


def _no_event_held(sv: SentenceView, i: int, e) -> bool:
    """The kind word ``e`` at toks[i] tells no event held: part of another word, a delegation's destination, a
    feast or games named, an event announced, a person or an event congratulated, a day of a sitting."""
    toks = sv.toks
    # "lễ" must lead its phrase (not "nghi lễ", "lễ hội" handled as written)
    if e.payload == "Visit" and toks[i].low == _W["receive_word"] and _inside_word(toks, i):
        return True        # ("tiếp tục", "trực tiếp": no reception)
    if e.payload == "Congress" and _delegates_to(toks, i):
        return True        # "tiễn đoàn đại biểu huyện đi dự Đại hội X": where the delegation goes
    if e.payload == "Ceremony" and toks[i].low == _W["ceremony_word"] and i > 0 and \
            toks[i - 1].low in _W["ceremony_not_after"]:
        return True
    if e.payload == "Ceremony" and e.size == 1 and toks[i].low == _W["ceremony_word"] and \
            _starts(toks, i + 1, _W["feast_names"]) and not _feast_held(toks, i):
        return True        # "Lễ Ok Om Bok năm nay ...": a feast, the occasion of what is told
    if e.payload == "Congress" and _games(toks, i + e.size) or _announced(toks, i + e.size):
        return True        # "Đại hội TDTT huyện", "Đại hội X sẽ diễn ra vào tháng 1": no congress held
    if e.payload == "Visit" and _congratulates_person(sv, i, e.size):
        return True        # "tặng hoa chúc mừng đồng chí A": a person congratulated, no visit
    if e.payload == "Visit" and _congratulates_event(sv, i, e.size):
        return True        # "Lãnh đạo tỉnh chúc mừng đại hội": the event congratulated is the kind
    if e.payload == "WorkingSession" and i > 0 and toks[i - 1].low in _W["working_day_words"]:
        return True        # "ngày làm việc thứ hai kỳ họp": a day of a sitting, not a working session
    return False


def _gifts_on_a_trip(toks, i: int, size: int) -> bool:
    """ "Ban Dân tộc tỉnh đã đến chùa A (xã B, huyện C) để trao quà": gifts handed at the end of a
    trip to a place, said in the same clause (a bracket's commas inside it), are a visit's
    (meetings.yaml people `gift_words`, `trip_words`; the place right after the word, a name or
    `trip_places`: not "đến trao quà", "đến dự và trao quà", "từ đầu năm đến nay", "đến với")."""
    if " ".join(t.low for t in toks[i:i + size]) not in _W["gift_words"]:
        return False
    depth = 0
    for j in range(i - 1, -1, -1):
        t = toks[j].text
        depth += (t == ")") - (t == "(")
        if depth == 0 and t in ",;.:":
            return False
        if depth == 0 and toks[j].low in _W["from_words"]:
            return False        # "từ ngày 1/1 đến Rằm tháng Chạp": a span of time, no trip
        if depth == 0 and toks[j].low in _W["trip_words"] and j + 1 < i and _trip_place(toks, j):
            return True
    return False


def _trip_place(toks, j: int) -> bool:
    """A place right after toks[j] ("đến"): a name (not a time's, a feast's or people's:
    `trip_not_names`) or a place noun (`trip_places`, after "các" too); not after "quan tâm",
    "hướng", "gửi" (`trip_not_after`)."""
    if j > 0 and toks[j - 1].low in _W["trip_not_after"]:
        return False
    k = j + 1 + (toks[j + 1].low == _W["trip_plural"])
    if k < len(toks) and _starts(toks, k, _W["trip_places"]) is not None:
        return True
    return k == j + 1 and toks[k].text[:1].isupper() and _starts(toks, k, _W["trip_not_names"]) is None


def _feast_held(toks, i: int) -> bool:
    """ "Lễ Vu lan diễn ra trang nghiêm tại chùa ...", "Lễ Phật đản được Ban Trị sự ... tổ chức":
    the feast's own clause (up to its first mark; an attendance phrase right after that mark too)
    says the rite was held, a verb of holding it comes before it in its clause, or its sentence
    opens on the rite's time, so the rite is the event (meetings.yaml people `feast_held`,
    `feast_held_before`). A clause of goal or time ("Để Lễ X diễn ra trang nghiêm, ...", "Trước
    khi các chùa tổ chức Lễ X, ...": `_subordinate`) names another event's aim or moment, and
    a feast named as its season ("Lễ X năm nay thu hút ...": `feast_seasons`) is held only at a
    place or before people (`feast_season_held`)."""
    if _subordinate(toks, i):
        return False
    if 2 < i <= 8 and toks[i - 1].text == "," and toks[0].low in lexicon().times_of_day and \
            any(t.text[:1].isdigit() for t in toks[1:i - 1]):
        return True             # "Tối 18/8, Lễ Vu lan ...": the rite fronted by its own time
    for j in range(i - 1, max(-1, i - 9), -1):
        if toks[j].text in ",;:.":
            break
        if _starts(toks, j, _W["feast_held_before"]):
            return True         # "chùa X tổ chức Lễ Vu lan", "đã diễn ra trọng thể Lễ Vu lan"
    named = i + 1 + (_starts(toks, i + 1, _W["feast_names"]) or 0)
    held = _W["feast_season_held"] if _starts(toks, named, _W["feast_seasons"]) else _W["feast_held"]
    for j in range(i + 1, len(toks)):
        if toks[j].text in ",;:.":
            # ("Lễ X diễn ra tại chùa Y, với sự tham dự của ...")
            n = _starts(toks, j + 1, held)
            return toks[j].text == "," and n is not None and toks[j + 1].low in _W["feast_attended_openers"]
        if _starts(toks, j, held):
            return True
    return False


def _subordinate(toks, i: int) -> bool:
    """toks[i] is in a clause of goal or time ("Để ...", "Trước khi ...", "Chuẩn bị cho ...";
    meetings.yaml people `subordinate_openers`): it names the aim or the moment of the event told
    in the main clause, not that event."""
    start = i
    while start > 0 and toks[start - 1].text not in ",;:.":
        start -= 1
    return _starts(toks, start, _W["subordinate_openers"]) is not None


def _names_a_delegation(toks, i: int) -> bool:
    """ "Đoàn kiểm tra", "Đoàn giám sát", "Đoàn khảo sát": the kind word after "đoàn" names the
    delegation (meetings.yaml `delegation` phrases of two words or more), not its event."""
    m = lexicon().delegation.match(toks, i - 1) if i > 0 else None
    return m is not None and m.size > 1


def _occasion(toks, i: int) -> bool:
    """ "Nhân dịp Đại lễ Phật đản, ... đến thăm", "Nhân kỷ niệm 65 năm ..., dâng hương": the event after
    "nhân (dịp)" is the occasion, not the meeting, and so is every one the occasion's phrase lists up
    to its comma ("Nhân kỷ niệm 40 năm Ngày truyền thống Hội X (...) và 10 năm Ngày hội Y
    (...), sáng nay ... tới thăm"; meetings.yaml people `occasion_before`)."""
    if any(_starts(toks, j, _W["occasion_before"]) == i - j for j in (i - 1, i - 2) if j >= 0):
        return True
    depth = 0
    for j in range(i - 1, -1, -1):
        t = toks[j].text
        depth += (t == ")") - (t == "(")
        if t in ",;.:" and depth == 0:
            return False
        if depth == 0 and (j == 0 or toks[j - 1].text in ",;") and _starts(toks, j, _W["occasion_before"]):
            return True
    return False


def organised_kind(views: list[SentenceView], headline_kind: Optional[str] = None) -> Optional[str]:
    """ "Hội LHPN tỉnh X tổ chức hội nghị biểu dương ...": the event the lead says a body organised
    is the meeting, before a headline's verb or a photo caption's (meetings.yaml people
    `organise_words`, right before the event's word); of several organised, the one the headline
    names ("Gặp mặt kỷ niệm 95 năm ..." over a sapo's "... cũng tổ chức tổng kết ...")."""
    found = _organised(views)
    return headline_kind if headline_kind in found else (found[0] if found else None)


def _organised(views: list[SentenceView]) -> list[str]:
    """The kinds of the events the sentences say were organised, in order."""
    lx, out = lexicon(), []
    for sv in views:
        toks = sv.toks
        for j, n in positions(toks, _W["organise_words"], sv.lows):
            if j + n >= len(toks) or (j > 0 and toks[j - 1].low in _W["organise_not_after"]) or \
                    _subordinate(toks, j) or any(lx.not_after.match(toks, k) for k in range(max(0, j - 4), j)) \
                    or _in_document(toks, j, sv.lows):     # ("Công văn ... yêu cầu các xã tổ chức lễ ...")
                # ("Trước khi các chùa tổ chức Lễ X, ... đến thăm", "thăm các chùa đang chuẩn bị tổ
                # chức Lễ X": not the event told, as for a kind word)
                continue
            if _starts(toks, j + n, _W["session_words"]) and _congress_before(toks, j):
                out.append("Congress")  # "Đại hội ... đã diễn ra phiên họp trù bị": a sitting of the congress
                continue
            e = lx.kind_words.match(toks, j + n)
            if e is not None and not (e.payload == "Congress" and _games(toks, j + n + e.size)):
                out.append(_refined(e.payload, toks, j + n, e.size))
            elif e is None and _starts(toks, j + n, _W["organised_handovers"]) and \
                    not _starts(toks, j + n, _W["organised_not_handovers"]):
                out.append("Ceremony")  # "X tổ chức trao mô hình sinh kế cho ...": a handing over
    return out


def _programme(sv: SentenceView) -> Optional[str]:
    """ "X tổ chức chương trình “Tết sum vầy” ...", "... tham dự chương trình “Y” do X tổ chức": the
    programme the lead sentence says was organised (its kind by kind_refine.program_kind). A weak cue:
    read only when the headline and the lead name no event (article_kind); not a programme carried
    out, followed or framing another event ("thực hiện Chương trình ...", "theo chương trình", "trong
    khuôn khổ chương trình": meetings.yaml people `program_not_after`), nor after "không tổ chức"."""
    toks = sv.toks
    for j, n in positions(toks, _W["organised_programs"], sv.lows):
        if any(_starts(toks, k, _W["program_not_after"]) for k in range(max(0, j - 3), j)):
            continue
        active = next((m for m in range(max(0, j - 3), j) if _starts(toks, m, _W["organise_words"]) == j - m), None)
        if active is not None and (active == 0 or toks[active - 1].low not in _W["organise_not_after"]) \
                or active is None and _organised_by(toks, j + n):
            kind = _program_kind(toks, j + n)
            if kind:
                return kind
    return None


def _congress_before(toks, j: int) -> bool:
    """A congress is named before toks[j], not as one prepared or looked forward to (meetings.yaml
    `not_after`, as for a kind word)."""
    lx = lexicon()
    return any(_starts(toks, i, _W["congress_words"]) and
               not any(lx.not_after.match(toks, k) for k in range(max(0, i - 4), i)) for i in range(j))


def _thanks_a_visit(sv: SentenceView) -> bool:
    """ "A cám ơn Thường trực Hội X đã đến thăm": the sentence thanks someone for a visit
    (meetings.yaml hosts `thank_words` before a visit verb)."""
    from kg.extract.meeting.hosts import VISIT, host_words
    visits = verb_index(sv)[VISIT]     # (no visit verb or no thanking word, most sentences: no walk)
    thanks = [] if not visits or host_words()["thank_words"].isdisjoint(sv.lows) else \
        [k for k, e in enumerate(sv.elements) if isinstance(e, Word)
         and sv.toks[e.start].low in host_words()["thank_words"]]
    return bool(thanks and visits and thanks[0] < visits[-1])


def _press(views: list[SentenceView]) -> bool:
    """The sentences name a press conference (meetings.yaml people `press_words`)."""
    return any(_anywhere(sv.toks, _W["press_words"], sv.lows) for sv in views)

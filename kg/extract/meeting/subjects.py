"""The subject of a meeting's verb: the bodies before it that act, not those of a place, a frame,
a bracket, a list of who attends, an event attended, or a group of a body's members.

    tại Nhà văn hóa huyện, Ban Thường vụ Huyện ủy tổ chức ...     Ban Thường vụ Huyện ủy
    Thực hiện Kế hoạch của Tỉnh ủy, Ban Dân vận Huyện ủy tổ chức  Ban Dân vận Huyện ủy
    Tổ đại biểu số 9 HĐND tỉnh tiếp xúc cử tri                     (the deputies, not the council)

The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.sentences.elements import BodyMention, Name, Punct, Word
from kg.extract.meeting.behalf import is_behalf, spoken_for_instead
from kg.extract.meeting.hosts import LEADER, LIST_BREAKS, phrase_at, host_words, verb_index
from kg.extract.lexicon import lexicon
from kg.extract.sentences.phrase_starts import ends_before
from kg.extract.sentences.sentences import SentenceView


def subject_of(sv: SentenceView, v: int) -> list[BodyMention]:
    """The bodies before the verb, but not those of a place ("tại Hội trường Tỉnh ủy, ...") nor
    those in brackets, which explain the subject ("Cụm thi đua số N (gồm Huyện ủy X, Y) tổ chức")."""
    from kg.extract.meeting.conveners import cited_session_owner     # (it reads this module's word lists)
    out, at_place, place_words, depth = [], False, host_words()["place_words"], 0
    # ("người dự được nghe UBND, Ủy ban MTTQ phường X phổ biến ...": every body of the list heard)
    place_or_heard = _place_or_heard()
    clause_start, attending, toks, behalf = True, False, sv.toks, False
    # (where a list of who attends may open: _lists_attendees is asked only there)
    breaks = verb_index(sv)[LIST_BREAKS] if v > 0 else ()
    for k, e in enumerate(sv.elements[:v]):
        if isinstance(e, Punct) and e.char == "." and not _honorific_dot(sv, k):
            # "Tham dự cuộc họp có: ..., UBND huyện. Tháng 2, Thường trực HĐND huyện đã tổ chức":
            # the subject starts past a full stop the splitter kept, and past who attends
            out, attending = [], False
        # "Cụm Ban X các tỉnh ủy, ... tổ chức": the cluster's members, not the subject
        attending = attending or k in breaks and _lists_attendees(sv, k, v) or \
            clause_start and isinstance(e, Word) and e.low in host_words()["cluster_words"]
        if isinstance(e, Word) and (any(t.low in place_or_heard for t in sv.toks[e.start:e.end])
                                    or clause_start and _framing(sv.toks, e.start)):
            # "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Ban Dân vận Huyện ủy tổ chức ...":
            # the bodies of a framing phrase are not the subject either
            at_place = True
        if is_behalf(sv, e):       # (kg.extract.meeting.behalf)
            at_place = behalf = True
        clause_start = isinstance(e, Punct)
        if isinstance(e, Punct):
            # (a dash or a bracket inside the frame, "kế hoạch (liên tịch) giữa Đảng ủy - UBND - Ủy ban
            # MTTQ phường X", does not end it: a clause's mark does; "Thay mặt Tỉnh ủy, HĐND, UBND tỉnh X,
            # đồng chí A ...": the list of bodies one speaks for runs past its commas)
            behalf = behalf and (e.char not in ",;:." or e.char == "," and k + 1 < v
                                 and isinstance(sv.elements[k + 1], BodyMention))
            at_place = at_place and (e.char not in ",;:." or behalf)
            depth = max(0, depth + (e.char == "(") - (e.char == ")"))
        elif isinstance(e, BodyMention) and not at_place and not attending and depth == 0 \
                and not _attended(sv.toks, e.start) and not _members_of(toks, e.start) \
                and not (e.start > 0 and sv.toks[e.start - 1].low in place_words) \
                and not ends_before(sv.toks, e.start, host_words()["heard_words"], reach=2) \
                and not (e.start > 0 and toks[e.start - 1].low in host_words()["passive_words"]) \
                and not cited_session_owner(toks, e.start) and not _among_titles(sv.elements, k):
            # ("tại chùa X"; "người dự được nghe UBND phường X phổ biến ...": who is heard, no convener;
            # "X được Thành ủy Y chọn": the agent of a passive; "trước Kỳ họp thứ N, HĐND tỉnh")
            out.append(e)
    return out or _venue_convener(sv, v)


def _venue_convener(sv: SentenceView, v: int) -> list[BodyMention]:
    """ "Ngày 13/8, tại UBND phường X tổ chức Lễ kỷ niệm ...": a convening verb with no subject, right
    after the body its place word names (no comma between), is the body's own: it holds the event at
    its seat. Not "tại Hội trường UBND xã ..." (a hall, not the body), nor any other verb."""
    from kg.extract.meeting.hosts import HOST
    els, toks = sv.elements, sv.toks
    if v < 2 or v not in verb_index(sv)[HOST] or not isinstance(els[v - 1], BodyMention):
        return []
    e = els[v - 1]
    # (only when the sentence names no body after the verb: "tại Huyện ủy X tổ chức Đại hội Hội Nông dân
    # huyện", "... do Ban Dân vận Tỉnh ủy tổ chức" name the event's own convener; a body whose founding
    # day is kept, "Lễ kỷ niệm Ngày thành lập Hội X", is the one celebrated, not the convener)
    end = next((x.start for x in els[v:] if isinstance(x, Punct) and x.char == "."), len(toks))
    if any(isinstance(x, BodyMention) and x.start < end and
           not ends_before(toks, x.start, host_words()["founding_of"], reach=3) for x in els[v:]):
        return []
    return [e] if not e.generic and e.start > 0 and toks[e.start - 1].low in host_words()["place_words"] else []


def _honorific_dot(sv: SentenceView, k: int) -> bool:
    """The full stop at element k closes a short capitalised abbreviation right before a person's name
    ("Ban Trị sự X do TT. Thích A làm trưởng đoàn": "TT." is Thượng tọa), not a clause."""
    els, toks = sv.elements, sv.toks
    t = els[k].start
    return 0 < k < len(els) - 1 and isinstance(els[k + 1], Name) and t > 0 and \
        toks[t - 1].text.isalpha() and toks[t - 1].text[:1].isupper() and len(toks[t - 1].text) <= 4


@lru_cache(maxsize=1)
def _place_or_heard() -> frozenset:
    """hosts `place_words`, and the last words of `heard_words`: a word of either in a run of plain
    words before the verb makes the bodies after it no subject (subject_of)."""
    return host_words()["place_words"] | frozenset(w.split()[-1] for w in host_words()["heard_words"])


def _among_titles(els: list, k: int) -> bool:
    """ "đồng chí A, Ủy Trung ương Đảng, Bí thư Thành ủy X tiếp ...": a body between a person's titles,
    past a word the scanner did not read as a title, is one of his titles mis-spelt, not a subject."""
    from kg.extract.sentences.elements import Name, Role
    j = k - 1
    while j >= 0 and isinstance(els[j], Word) and k - j <= 2:
        j -= 1
    return j >= 1 and j < k - 1 and isinstance(els[j], Punct) and els[j].char == "," and \
        isinstance(els[j - 1], (Name, Role)) and k + 2 < len(els) and isinstance(els[k + 1], Punct) and \
        els[k + 1].char == "," and isinstance(els[k + 2], Role)


def _lists_attendees(sv: SentenceView, k: int, v: int = -1) -> bool:
    """Element k opens a list of who attends ("Tham dự cuộc họp có: ...") that runs to a full stop:
    the bodies in it are no subject (meetings.yaml list_breaks, at the sentence's start). Not "Đại diện
    lãnh đạo UBND tỉnh X tiếp đón các đoàn": representatives who are the subject of the verb at element
    v, with no "có" nor ":" between (meetings.yaml hosts `acting_representatives`)."""
    els = sv.elements
    if not (k in verb_index(sv)[LIST_BREAKS] and all(isinstance(e, Punct) for e in els[:k])):
        return False
    if v > k and phrase_at(sv.toks, els[k].start, "acting_representatives"):
        return any(isinstance(e, Word) and e.low == "có" or isinstance(e, Punct) and e.char == ":" for e in els[k + 1:v])
    return True


def _attended(toks, start: int) -> bool:
    """ "đoàn đại biểu dự Đại hội Hội Nông dân xã X được giới thiệu": the body whose event the subject attends
    is not in the subject (meetings.yaml hosts `attend_words` before an `own_events` word)."""
    before = " ".join(t.low for t in toks[max(0, start - 5):start])
    return before.endswith(_attended_events())


@lru_cache(maxsize=1)
def _attended_events() -> tuple:
    """Every `attend_words` word then `own_events` event, as one tuple for str.endswith (made once,
    where each call joined every pair)."""
    w = host_words()
    return tuple(a + " " + ev for a in w["attend_words"] for ev in w["own_events"])


def _framing(toks, i: int) -> bool:
    """A phrase that frames the clause opens at toks[i] (meetings.yaml hosts `framing_openers`)."""
    return phrase_at(toks, i, "framing_openers")


def _members_of(toks, start: int) -> bool:
    """ "Tổ đại biểu số 9 HĐND tỉnh tiếp xúc cử tri", "các đại biểu HĐND huyện giám sát": the body
    whose members (meetings.yaml hosts `members_of`, then a number) act is not itself the subject."""
    j = start
    while j > 0 and (toks[j - 1].text.isdigit() or toks[j - 1].low in host_words()["member_numbering"]):
        j -= 1
    if ends_before(toks, j, host_words()["members_of"], reach=5):
        return True
    # a bare "Đại biểu HĐND tỉnh ..." opening the clause (not "Đoàn đại biểu", "Đại hội đại biểu")
    return j >= 2 and " ".join(t.low for t in toks[j - 2:j]) == "đại biểu" and (j == 2 or toks[j - 3].text in ",.;:-–")


def visiting_bodies(sv: SentenceView, v: int, subject: list[BodyMention], resolve=None) -> list[BodyMention]:
    """ "Các ông A, Phó Bí thư Tỉnh ủy; B, ... và một số đồng chí thuộc Ban Thường vụ Tỉnh ủy X
    tới thăm, chúc mừng ...": leaders visiting in person come as themselves; a body written after
    a name describes the people, unless a delegation word brings it ("và đoàn công tác của X") or
    it joins them ("phối hợp với Hội Nông dân tỉnh X đến thăm"); then the one leader they join comes
    for his title's body too (_joined_leader, given `resolve`)."""
    lx, toks = lexicon(), sv.toks
    keep, anchor_is_name = [], False
    wanted, leads = {id(e) for e in subject}, set(verb_index(sv)[LEADER])
    for k, e in enumerate(sv.elements):
        if isinstance(e, Name) and not (e.start and toks[e.start - 1].low in host_words()["place_words"]):
            anchor_is_name = True       # (not a place: "Tại X, lãnh đạo Tỉnh ủy ... tổ chức đoàn ...")
        elif isinstance(e, Word) and (lx.delegation.match(toks, e.start) or phrase_at(toks, e.start, "co_actors")) \
                or k in leads:      # ("do A dẫn đầu và các Thường trực HĐND huyện, ... đã đến thăm")
            anchor_is_name = False
        elif id(e) in wanted and not anchor_is_name:
            keep.append(e)
    keep = spoken_for_instead(sv, v, keep) or keep
    return (_joined_leader(sv, v, keep, resolve) if resolve is not None else []) + keep


def _joined_leader(sv: SentenceView, v: int, keep: list[BodyMention], resolve) -> list[BodyMention]:
    """ "A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng lãnh đạo HĐND, UBND tỉnh ...
    đến thăm", "A, Bí thư Tỉnh ủy X; B, Phó Chủ tịch UBND tỉnh X cùng lãnh đạo Sở Y ... đến thăm": the
    persons named before the co-actor word (meetings.yaml hosts `co_actors`) that the bodies kept join lead
    them, each for the body written in the first title he may act under (visitors.acting_titles, strictly:
    docs/conventions.md, "a visitor named only as a person") — the visit's frame fills its guest side with
    the people introduced on it. None when one of them is named with no title (whom he acts for is unsaid)."""
    from kg.extract.meeting.lone_visitors import persons_of
    from kg.extract.meeting.visitors import acting_titles
    els = sv.elements
    co = next((k for k, e in enumerate(els[:v]) if isinstance(e, Word) and phrase_at(sv.toks, e.start, "co_actors")), None)
    if co is None or not any(resolve(e) is not None for e in keep) or any(e.start < els[co].start for e in keep):
        return []       # (only beside bodies that visit: they add to a visit already told, tell none themselves)
    persons = persons_of(els[:co], sv.toks)
    if len(persons) != sum(isinstance(e, Name) for e in els[:co]) or not persons:
        return []       # (a name persons_of does not take as a person: whom the clause introduces is unsure)
    out: list[BodyMention] = []
    for roles in persons:
        titles = acting_titles(roles, resolve, strict=True)
        own = titles[0].body if titles else None
        if own is None:
            return []
        if all(own.start != e.start for e in keep + out):
            out.append(own)
    if len(persons) > 1 and any(b is not None and b.central for b in map(resolve, keep + out)):
        return []       # (a central leader with the local ones who escort him: the escort's side is unsaid)
    return out


def own_venue(sv: SentenceView, v: int, subject: list[BodyMention]) -> list[BodyMention]:
    """ "A cùng lãnh đạo Bệnh viện X đến thăm bệnh nhân tại Bệnh viện X": a body of the subject
    that the visit at element v is paid at (after a place word, meetings.yaml hosts `place_words`,
    in the verb's clause) receives it at home: it is the visited, not a visitor."""
    toks, venues = sv.toks, []
    for e in sv.elements[v + 1:]:
        if isinstance(e, Punct) and e.char in ".;":
            break
        if isinstance(e, BodyMention) and e.start > 0 and toks[e.start - 1].low in host_words()["place_words"]:
            venues.append(e)
    return [e for e in subject if any(_same_body(e, x) for x in venues)]


def _same_body(a: BodyMention, b: BodyMention) -> bool:
    """Two mentions name one body: the same head and organs, and no two different places."""
    return a.base is not None and a.base is b.base and a.organs == b.organs and a.level == b.level \
        and (a.place_name is None or b.place_name is None or a.place_name == b.place_name)


def place_subject(sv: SentenceView, i: int):
    """ "Xã X tổ chức Đại hội phụ nữ nhiệm kỳ ...", "Sáng 28/4, xã X đã tổ chức Đại hội Công đoàn": the place
    that opens its clause as the subject of "tổ chức" (only adverbs between, meetings.yaml hosts
    `convene_adverbs`) right before the event word at token i — whose people the congress gathers. None
    when anything else stands between, or the place does not open its clause."""
    from kg.extract.sentences.elements import LevelMention
    toks, w = sv.toks, host_words()
    t = i - 2
    if t < 1 or f"{toks[t].low} {toks[t + 1].low}" != "tổ chức":
        return None
    from kg.extract.meeting.givers import adverb_words
    adverbs = adverb_words(w)
    while t > 0 and toks[t - 1].low in adverbs:
        t -= 1
    place = next((e for e in sv.elements if isinstance(e, LevelMention) and e.end == t), None)
    if place is None or not place.place_name or place.level == "central":
        return None
    opens = place.start == 0 or toks[place.start - 1].text in ",;:.-–"
    return place if opens else None

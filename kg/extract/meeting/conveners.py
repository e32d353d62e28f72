"""Conveners and guests the lead does not name by a verb: the body whose own event it is ("Đại
hội đại biểu Hội Nông dân huyện X"), the body a chair or the opening speaker presides for,
and the body of who heads a delegation (see kg.extract.meeting.hosts for the verbs).
The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention
from kg.extract.meeting.chair_body import chairs_own_event, presided_body
from kg.extract.meeting.heads import cued_body, opener_hosts  # noqa: F401  (opener_hosts: the meeting stage's)
from kg.extract.meeting.hosts import host_words, for_host, verb_index
from kg.extract.lexicon import lexicon, section
from kg.extract.sentences.phrase_starts import anywhere
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def chair_hosts(state, chairs: list[str], chaired_in: dict) -> list[Body]:
    """The bodies the chairs preside for: each chair's title in the sentence that has him chair, not a membership
    (chair_body.presided_body: his last, "A, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện chủ trì" -> the
    UBND, or an earlier one of the organisation the event is about). Co-chairs of different bodies: none."""
    from kg.extract.sentences.sentences import evidence
    out: list[Body] = []
    for name in chairs:
        sv = chaired_in.get(name)
        if sv is None or not chairs_own_event(sv):
            continue
        ev = evidence(state.article, sv)
        held = [p for p in state.posts.values() if p.official == name and p.evidence == ev
                and p.role.lower() not in host_words()["membership_roles"]]
        body = held and presided_body([p.body for p in held], sv, state.bodies)
        if body and all(b.key != body.key for b in out):
            out.append(body)
    return out[:1] if len(out) == 1 else []


@lru_cache(maxsize=1)
def congress_only() -> tuple:
    """meetings.yaml hosts `congress_only`: the bodies that take part only in their own congress (read once)."""
    return tuple(section("meetings.yaml", "hosts").get("congress_only", []))


def congress_owner(kind: str, views: list[SentenceView], resolve) -> list[Body]:
    """A congress no sentence names by its owner after the event word (an excerpt that starts past its headline:
    "Đảng bộ xã X hiện có N chi bộ ...", "thực hiện Nghị quyết Đại hội Đảng bộ huyện X lần thứ N"):
    the one party organisation the article names with its level (meetings.yaml hosts `congress_only`) holds it —
    docs/conventions.md lists such an organisation when it holds its own congress. None when the article names two
    or more, nor one written after a delegation's or an attending word ("đoàn đại biểu dự Đại hội Đảng bộ tỉnh")."""
    from kg.extract.bodies.open_names import named_as
    if kind != "Congress":
        return []
    w, found = host_words(), {}
    words, sent = congress_only(), w["attend_words"] | w["team_words"]
    for sv in views:
        for e in sv.elements:
            if isinstance(e, BodyMention) and not e.generic and \
                    not any(t.low in sent for t in sv.toks[max(0, e.start - 4):e.start]):
                b = resolve(e)
                # (the mention writes its level word itself, "Đảng bộ huyện X", "Đảng bộ Công an tỉnh", not one a
                # broken name borrowed from the words after it; and its place is known)
                if b is not None and named_as(b, words) and (b.place is not None or e.place_name) and \
                        e.unit and any(t.low == e.unit.lower() for t in sv.toks[e.start:e.end]):
                    found.setdefault(b.key, b)
    return list(found.values()) if len(found) == 1 else []


def head_guests(state, views: list[SentenceView], hosts: list[Body]) -> list[Body]:
    """ "Thay mặt đoàn công tác, Thứ trưởng Bộ X A hỏi thăm ...", "ông A, Phó Trưởng
    Ban Y cùng đoàn công tác về thăm ...": the one who heads or speaks for the
    delegation brings it for the body of his last title (meetings.yaml hosts `head_cues`). With no
    host named ("Đoàn lãnh đạo tỉnh đến thăm các vị linh mục tại nhà hưu dưỡng ..."), the bodies
    that go with a delegation on its visit are still its guests ("Tham gia đoàn có đại diện Ban
    Tôn giáo tỉnh")."""
    got = cued_body(state, views, "head_cues", hosts)
    if hosts or not any(_visiting_delegation(sv) or anywhere(sv.toks, host_words()["delegation_sides"], sv.lows)
                        for sv in views):
        return got      # (a list of the delegation's side, "Về phía đoàn công tác có ...", names its visit too)
    # ("A, Trưởng ban X cùng đoàn công tác đến thăm di tích ... Đi cùng đoàn có ông B, Bí thư Tỉnh ủy":
    # the head brings his body, and those going along theirs, docs/conventions.md; "Đoàn do A, Phó Trưởng
    # Ban X dẫn đầu, cùng với B, ... đến thăm": the leader of a delegation that names no body brings his,
    # heads.led_guests — the frame's visitor side holds every person introduced on it)
    from kg.extract.meeting.heads import led_guests
    from kg.extract.meeting.visits import companion_guests
    going = companion_guests(views, state.bodies, got)
    lead = led_guests(views, state.bodies, hosts) if going and not got else []     # (alone, lone_visitors reads him)
    return got + lead + [b for b in going if all(b.key != x.key for x in lead)]


def _visiting_delegation(sv: SentenceView) -> bool:
    """A delegation word opens the subject of a visit ("Đoàn ... đến thăm và chúc mừng ...")."""
    from kg.extract.sentences.elements import Word
    from kg.extract.meeting.hosts import VISIT
    from kg.extract.lexicon import lexicon
    dl = lexicon().delegation
    return any(any(isinstance(e, Word) and dl.match(sv.toks, e.start) for e in sv.elements[:v])
               for v in verb_index(sv)[VISIT])


def organised_by(views: list[SentenceView], resolve) -> list[Body]:
    """ "Buổi trao quà do Sở X phối hợp với Tỉnh đoàn tổ chức.": a sentence that opens on the event
    (meetings.yaml hosts `event_nouns`, or a kind word) and says by whom ("do", hosts `by_words`)
    it is organised names its conveners: the bodies between that word and the convening verb."""
    from kg.extract.sentences.elements import Punct
    lx, w = lexicon(), host_words()
    for n, sv in enumerate(views):
        toks, els = sv.toks, sv.elements
        first = next((e.start for e in els if not isinstance(e, Punct)), None)
        if first is None:
            continue
        if toks[first].low in w["event_nouns"] or lx.kind_words.match(toks, first):
            got = _by_whom(sv, resolve, first)
        elif n < 3:
            # "Đó là ý kiến của A tại Hội nghị sơ kết ..., do Hội X tổ chức chiều 3-9": the lead
            # names the event mid-sentence, then by whom it is organised
            ev = next((i for i in range(first, len(toks)) if lx.kind_words.match(toks, i)), None)
            got = _by_whom(sv, resolve, ev) if ev is not None else []
        else:
            got = []
        if got:
            return got
    return []


def _by_whom(sv: SentenceView, resolve, after: int) -> list[Body]:
    """The bodies between the first "do" past token `after` and the convening verb after it (the
    organisers of the event named before), none when a person or a clause's end is between."""
    from kg.extract.sentences.elements import Honorific, Punct, Role
    from kg.extract.meeting.hosts import HOST
    toks, els, w = sv.toks, sv.elements, host_words()
    by = next((k for k, e in enumerate(els) if e.start > after and toks[e.start].low in w["by_words"]), None)
    verb = next((v for v in verb_index(sv)[HOST] if by is not None and v > by), None)
    if verb is None or any(isinstance(e, Punct) and e.char in ".;:" or isinstance(e, (Role, Honorific))
                           for e in els[by:verb]):
        return []       # (not "do đồng chí A chủ trì, ... tổ chức": a person presides)
    return [for_host(b) for b in (resolve(e) for e in els[by + 1:verb]
                                  if isinstance(e, BodyMention) and not e.generic) if b is not None]


def self_host(views: list[SentenceView], resolve, opened: bool = False) -> list[Body]:
    """The body whose own event it is, named right after the event word: "Đại hội đại biểu Hội
    Nông dân huyện X", "Hội nghị Thành ủy X". Only the event words of meetings.yaml own_events;
    with `opened`, only an event a ceremony opens or closes ("lễ khai mạc Đại hội Hội X")."""
    lx = lexicon()
    w = host_words()
    for sv in views:
        toks = sv.toks
        starts = {e.start: e for e in sv.elements}
        for i, e in lx.kind_words.find(toks, lows=sv.lows):
            if " ".join(t.low for t in toks[i:i + e.size]) not in w["own_events"]:
                continue
            if opened and not any(t.low in w["opening_words"] for t in toks[max(0, i - 3):i]):
                continue
            if _cited(toks, i, w):
                continue
            j = i + e.size
            while j < len(toks) and toks[j].low in w["own_event_fillers"]:
                j += 1
            nxt = starts.get(j)
            if not isinstance(nxt, BodyMention):
                nxt = starts.get(_past_ordinal(toks, j))    # "Hội nghị lần thứ N Ban Chấp hành ..."
            if not isinstance(nxt, BodyMention):
                nxt = _by_membership(sv, j, starts, i)
            if not isinstance(nxt, BodyMention) and not opened:
                nxt = _holder_before(sv, i, j) or _owner_after(sv, j, starts)
            if isinstance(nxt, BodyMention) and not nxt.generic:
                b = resolve(nxt)
                if b is not None and b.name not in w["not_event_owners"]:
                    return [for_host(b)]
    return []


def _owner_after(sv: SentenceView, j: int, starts: dict) -> Optional[BodyMention]:
    """ "Hội nghị tổng kết công tác năm 2023 của Ban Tuyên giáo Tỉnh ủy X": the body after "của" that
    closes the event's description, in its clause, when nothing else is named first and no document
    of another owner is ("quán triệt Nghị quyết của Ban Chấp hành Trung ương"; meetings.yaml hosts
    `delegation_of`, `owned_through`)."""
    toks, w = sv.toks, host_words()
    for k in range(j, min(len(toks) - 1, j + 14)):
        e = starts.get(k)
        if toks[k].text in ".,;:()" or e is not None and not _plain(e) or _before(toks, k + 1, w["owned_through"]):
            return None
        if toks[k].low in w["delegation_of"]:
            nxt = starts.get(k + 1)
            return nxt if isinstance(nxt, BodyMention) else None
    return None


def _plain(e) -> bool:
    """A word, a mark, a level or a body's bare name ("công tác Mặt trận"): no one named."""
    from kg.extract.sentences.elements import LevelMention, Punct, Word
    return isinstance(e, (Word, Punct, LevelMention)) or isinstance(e, BodyMention) and e.generic


def _holder_before(sv: SentenceView, i: int, j: int) -> Optional[BodyMention]:
    """ "Đảng bộ Sở X Đại hội lần thứ V": a body right before the event word,
    which its numbering follows (meetings.yaml hosts `numbering_words`), holds it."""
    if j >= len(sv.toks) or sv.toks[j].low not in host_words()["numbering_words"]:
        return None
    k = next((k for k, e in enumerate(sv.elements) if isinstance(e, BodyMention) and e.end == i), None)
    if k is None or k > 0 and isinstance(sv.elements[k - 1], BodyMention):
        return None     # a name read as two bodies ("Đảng bộ" "Văn phòng UBND tỉnh"): not sure whose
    return sv.elements[k]


def _by_membership(sv: SentenceView, j: int, starts: dict, i: int) -> Optional[BodyMention]:
    """ "Đại hội đại biểu Phụ nữ tỉnh X", "Đại hội Công đoàn tỉnh X": a congress named for its
    members or by an alias, followed by a place — or held by the place, "xã X tổ chức Đại hội phụ nữ"
    (subjects.place_subject, i the event word) — is the organisation's (meetings.yaml hosts
    `congress_aliases`): "Hội Liên hiệp Phụ nữ tỉnh X", "Liên đoàn Lao động tỉnh X"."""
    from kg.extract.sentences.elements import LevelMention
    from kg.extract.sentences.tokens import tokenize
    from kg.extract.meeting.subjects import place_subject
    toks = sv.toks
    for alias, canonical in _aliases().items():
        n = len(alias.split())
        if " ".join(t.low for t in toks[j:j + n]) != alias:
            continue
        place = starts.get(j + n)
        if not isinstance(place, LevelMention):
            place = place_subject(sv, i)
        if not isinstance(place, LevelMention) or not place.place_name or place.level == "central":
            return None
        e = lexicon().bodies.match(tokenize(canonical), 0)
        if e is None or e.payload.sort != "leveled":
            return None
        span = (j, place.end) if place.start >= j else (place.start, j + n)
        return BodyMention(*span, " ".join(t.text for t in toks[span[0]:span[1]]), [], e.payload,
                           level=place.level, unit=place.unit, place_name=place.place_name)
    return None


@lru_cache(maxsize=1)
def _aliases() -> dict:
    from kg.extract.lexicon import canon, section
    raw = section("meetings.yaml", "hosts").get("congress_aliases", {})
    return {canon(k).lower(): canon(v) for k, v in raw.items()}


def _session_at(toks, i: int, w: dict) -> bool:
    """A council's session word at token i ("kỳ họp"), not one that follows a word that makes it
    another's or a future one (meetings.yaml hosts `sessions`, `session_not_after`)."""
    return f"{toks[i].low} {toks[i + 1].low}" in w["sessions"] and not _before(toks, i, w["session_not_after"])


def session_host(views: list[SentenceView], resolve) -> list[Body]:
    """ "Kỳ họp thứ 2, HĐND tỉnh X khóa VIII", "tại kỳ họp thứ N (bất thường), HĐND tỉnh X": a
    council's session is its own; the council named right after the session word, past its
    numbering (meetings.yaml hosts `sessions`, `session_fillers`, `session_owners`), hosts it."""
    w = host_words()
    for sv in views:
        toks = sv.toks
        starts = {e.start: e for e in sv.elements}
        for i in range(len(toks) - 1):
            if not _session_at(toks, i, w):
                continue
            j, end = i + 2, min(len(toks), i + 9)
            while j < end and not isinstance(starts.get(j), BodyMention) and _session_filler(toks[j], w):
                j += 1
            nxt = starts.get(j)
            b = resolve(nxt) if isinstance(nxt, BodyMention) and not nxt.generic else None
            if b is not None and b.parent is None and (b.local_name or b.name).lower() in w["session_owners"]:
                return [b]
            if b is not None:
                # ("báo cáo kết quả kỳ họp thứ 6, Quốc hội khóa XIV": a session whose owner is named and is
                # no local council is not one the lead's councils hold)
                return []
    return _council_of_session(views, resolve)


def session_views(headline: list[SentenceView], story: list[SentenceView]) -> list[SentenceView]:
    """The sentences a conference's session is read from: the headline and the lead's first three,
    less a later sentence that recalls an earlier session when neither the headline nor the first
    sentence names one as the event ("Sáng 5/7, hội nghị triển khai ... Tại kỳ họp thứ 18, HĐND tỉnh X
    đã thông qua nghị quyết ...")."""
    w = host_words()
    named = any(_session_at(sv.toks, i, w) for sv in headline + story[:1] for i in range(len(sv.toks) - 1))
    return headline + story[:1] + [sv for sv in story[1:3] if named or not _recalled_session(sv)]


def _recalled_session(sv: SentenceView) -> bool:
    """A session written with "đã" after it in its sentence: one held before, recalled."""
    w = host_words()
    toks = sv.toks
    return any(_session_at(toks, i, w) and any(t.low == "đã" for t in toks[i + 2:]) for i in range(len(toks) - 1))


def _council_of_session(views: list[SentenceView], resolve) -> list[Body]:
    """ "Dự kỳ họp có ... đại biểu HĐND huyện được bầu tại xã; Chủ tịch HĐND xã ...": a session whose
    owner is not written beside it (an excerpt that starts mid-article) is the council's that the
    lead names at the lowest level (the deputies of the one above, elected there, come as guests)."""
    w = host_words()
    if not any(_session_at(sv.toks, i, w) for sv in views for i in range(len(sv.toks) - 1)):
        return []
    found: list[tuple[int, Body]] = []
    lowest = len(_LEVELS)
    for sv in views:
        for _, _, e in sv.mentions():
            if not isinstance(e, BodyMention) or e.generic or e.level not in _LEVELS:
                continue
            lowest = min(lowest, _LEVELS.index(e.level))
            if e.level not in w["council_levels"]:
                continue
            b = resolve(e)
            # (a bare commune council keeps its unit: "Hội đồng nhân dân xã")
            if b is not None and b.parent is None and \
                    any((b.local_name or b.name).lower().startswith(o) for o in w["session_owners"]):
                found.append((_LEVELS.index(e.level), b))
    if not found:
        return []
    level, council = min(found, key=lambda x: x[0])
    # a body of a lower level in the lead ("... ông B, Chủ tịch UBND huyện") is where the session
    # is: the council found is a guest's, not the session's owner
    return [council] if level <= lowest else []


_LEVELS = ["commune", "district", "city", "province"]


def _session_filler(tok, w: dict) -> bool:
    """The numbering of a session: "thứ", a number in digits or Roman, "(chuyên đề)", a comma."""
    return tok.low in w["session_fillers"] or tok.text.isdigit() or \
        bool(tok.text) and all(c in "IVXLC" for c in tok.text)


def _past_ordinal(toks, j: int) -> int:
    """Past an event's ordinal written before its owner ("lần thứ 8", "lần thứ VIII", a bare "XI":
    "Đại hội XI Đảng bộ tỉnh") and a "của" after it ("cuộc họp của Thường trực Tỉnh ủy", meetings.yaml
    hosts `delegation_of`), where the owner then follows: the index after them, or j."""
    if j + 2 < len(toks) and toks[j].low == "lần" and toks[j + 1].low == "thứ" and _numeral(toks[j + 2].text):
        j += 3
    elif j < len(toks) and _roman(toks[j].text):
        j += 1
    if j < len(toks) and toks[j].low in host_words()["delegation_of"]:
        j += 1
    return j


def _numeral(text: str) -> bool:
    return text.isdigit() or _roman(text)


def _roman(text: str) -> bool:
    return bool(text) and all(c in "IVXLC" for c in text)


def _cited(toks, i: int, w: dict) -> bool:
    """ "học tập Nghị quyết Hội nghị lần thứ N Ban Chấp hành Đảng bộ tỉnh": an event whose
    resolution is studied is cited, not held here (meetings.yaml hosts `own_event_cited_by`); one
    the delegates elected go to ("12 đại biểu đi dự Đại hội toàn quốc Hội X", `attending_delegates`)."""
    return _before(toks, i, w["own_event_cited_by"]) or _delegates_go_to(toks, i, w)


def _delegates_go_to(toks, i: int, w: dict) -> bool:
    """The event at token i is attended by delegates an election names ("bầu 9 đại biểu đi dự Đại hội
    ...") or who set out for it ("có 12 đại biểu đi dự Đại hội toàn quốc ..."): an electing word (hosts
    `elect_words`) before the delegate word, or "đi dự"; "150 đại biểu dự Đại hội Hội X" attends the one held."""
    n = next((n for n in (2, 1) if " ".join(t.low for t in toks[max(0, i - n):i]) in w["attend_words"]), 0)
    if not n:
        return False
    before = [t.low for t in toks[max(0, i - n - 8):i - n]]
    at = next((k for k in range(len(before) - 1) if " ".join(before[k:k + 2]) in w["attending_delegates"]
               or before[k] in w["attending_delegates"]), None)
    # (elected, or setting out: "12 đại biểu đi dự Đại hội toàn quốc ...")
    return at is not None and (any(x in w["elect_words"] for x in before[:at]) or n == 2 and toks[i - 2].low == "đi")


def _before(toks, i: int, phrases) -> bool:
    """Whether one of the phrases (a word or two) ends right before token i."""
    return any(" ".join(t.low for t in toks[max(0, i - n):i]) in phrases for n in (1, 2))


def cited_session_owner(toks, start: int) -> bool:
    """ "gặp gỡ cử tri trước Kỳ họp thứ N, HĐND tỉnh khóa X": the owner named right after a
    session that the event prepares or reports to (meetings.yaml hosts `session_not_after`) is
    cited, neither convener nor guest here."""
    w = host_words()
    j = start
    while j > max(0, start - 6) and _session_filler(toks[j - 1], w):
        j -= 1
    if j < 2 or f"{toks[j - 2].low} {toks[j - 1].low}" not in w["sessions"]:
        return False
    return _before(toks, j - 2, w["session_not_after"])


def in_occasion(toks, t: int) -> bool:
    """Token t lies in an occasion's phrase ("nhân dịp Tết và kỷ niệm ...", "nhân kỷ niệm"), which
    runs back to the clause's punctuation (meetings.yaml hosts `occasion_openers`)."""
    for j in range(t - 1, max(-1, t - 16), -1):
        if toks[j].text in ",.;:":
            return False
        # (the word's test first: it is cheap, and the phrase's holds only there)
        if (j == t - 1 or toks[j].low == "dịp") and _before(toks, j + 1, host_words()["occasion_openers"]) and \
                not (toks[j].text[:1].isupper() and j > 0 and toks[j - 1].text[:1].isupper()):
            return True     # (not a name's last syllable: "huyện Lý Nhân tổ chức", "ông Trần Văn Nhân trao")
    return False

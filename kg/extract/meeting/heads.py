"""The body a person the lead names acts for, when no body is named to convene or visit: the one
who opens the meeting ("Phát biểu khai mạc, Chủ tịch HĐND tỉnh A ..."), heads the delegation ("Thay
mặt đoàn công tác, Thứ trưởng Bộ X A ...") or reports on his own organisation's work ("ông A, Chủ tịch
Hội X tỉnh đánh giá kết quả công tác Hội"); kg.extract.meeting.conveners calls them for the meeting stage.
The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

from kg.extract.meeting.hosts import RECEIVE, VISIT, WORK_WITH, host_words, kin, verb_end, verb_index
# (the element after a bracket that opens at k and what it holds, k when none opens there: the posts stage's reading)
from kg.extract.posts.post_chosen import _past_brackets as _past_bracket
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.phrase_starts import anywhere, positions, starts
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def opener_hosts(state, views: list[SentenceView]) -> list[Body]:
    """ "Phát biểu khai mạc, Chủ tịch HĐND Thành phố A ...": who opens a meeting no body is named to
    convene opens it for the body of his last title (meetings.yaml hosts `opening_cues`)."""
    return cued_body(state, views, "opening_cues", []) or _own_work_body(state, views[:6])


def _own_work_body(state, views: list[SentenceView]) -> list[Body]:
    """ "Tại hội nghị, ông A, Chủ tịch Hội CCB tỉnh X đánh giá kết quả công tác Hội ...": the one
    person a sentence names, reporting the work of his own organisation (meetings.yaml hosts
    `own_work`: the words of that work, and how the body's name begins or ends), holds the event
    for it; a leader who praises another's work ("Phó Bí thư Tỉnh ủy ... ghi nhận công tác Hội") does not."""
    from kg.extract.sentences.sentences import evidence
    if any(anywhere(sv.toks, host_words()["joint_events"]) for sv in views):
        return []           # (a bloc's or joint meeting: each member body reports its own work)
    got: list[Body] = []
    for sv in views:
        for j, n in positions(sv.toks, host_words()["own_work"]):
            # (who reports is named before the work: "tư tưởng Hồ Chí Minh" after it is no one present)
            names = {e.text for e in sv.elements if isinstance(e, Name) and not e.partial and e.start < j}
            if len(names) != 1:
                break
            word = " ".join(t.low for t in sv.toks[j + 2:j + n])     # (past "công tác", "hoạt động")
            name, ev = next(iter(names)), evidence(state.article, sv)
            held = [p.body for p in state.posts.values() if p.official == name and p.evidence == ev
                    and p.role.lower() not in host_words()["membership_roles"]]
            if held and _named_for(held[-1], word) and all(b.key != held[-1].key for b in got):
                got.append(held[-1])
    # (several bodies each reporting their own work: none of them holds the event)
    return got if len(got) == 1 else []


def _named_for(b: Body, word: str) -> bool:
    """The body is the organisation the word names: its name begins with it ("Hội ...", "Ủy ban Mặt
    trận ...") or a level's ("Tỉnh đoàn", "Huyện đoàn"; meetings.yaml hosts `own_work_levels`)."""
    low = b.name.lower()
    return low.startswith(word + " ") or low.startswith("ủy ban " + word + " ") or \
        any(low.startswith(f"{lv} {word}") for lv in host_words()["own_work_levels"])


def cued_body(state, views: list[SentenceView], cues_key: str, not_in: list[Body]) -> list[Body]:
    """The body of the last title (not a membership) of the one person a sentence with a cue of
    meetings.yaml hosts `cues_key` names, the first such sentence's."""
    from kg.extract.sentences.sentences import evidence
    from kg.extract.meeting.visits import head_named
    cues = host_words()[cues_key]
    for sv in views:
        toks = sv.toks
        if not anywhere(toks, cues, sv.lows):       # (the cues are phrases of a word or more)
            continue
        names = {e.text for e in sv.elements if isinstance(e, Name) and not e.partial}
        if not names and cues_key == "opening_cues":
            # "Phát biểu kết luận, đồng chí Chủ tịch UBND huyện ...": named by his title alone
            got = _titled_body(sv, state.bodies)
            if got:
                return got
        if len(names) != 1 or cues_key == "head_cues" and not head_named(sv):
            continue        # (not one who receives the delegation: "A tiếp và làm việc cùng đoàn công tác")
        name, ev = names.pop(), evidence(state.article, sv)
        held = [p.body for p in state.posts.values() if p.official == name and p.evidence == ev
                and p.role.lower() not in host_words()["membership_roles"]]
        if held and all(h.key != held[-1].key for h in not_in) and \
                not (cues_key == "head_cues" and of_visited(held[-1], views)):
            return [held[-1]]
    return []


def of_visited(b: Body, views: list[SentenceView]) -> bool:
    """The body is of the unit the delegation works at or visits ("đoàn công tác ... làm việc tại xã X.
    Ông A, Chủ tịch UBND xã X cùng đoàn đến thăm ...": he goes along with it, of the visited side): a
    unit written right after a visit or work verb and a place or trip word (meetings.yaml hosts
    `place_words`, `destination_before`), the body named for it."""
    w, low = host_words(), b.name.lower()
    for sv in views:
        at = {e.start: e for e in sv.elements}
        for k in (VISIT, WORK_WITH):
            for v in verb_index(sv)[k]:
                t = verb_end(sv, v, k)
                t += t < len(sv.toks) and sv.toks[t].low in w["place_words"] | w["destination_before"]
                e = at.get(t)
                if isinstance(e, LevelMention) and e.place_name and e.unit and \
                        low.endswith(f" {e.unit} {e.place_name}".lower()):
                    return True
    return False


def _titled_body(sv: SentenceView, resolve) -> list[Body]:
    """The body of the one title, not a membership, a sentence with no name holds."""
    roles = [e for e in sv.elements if isinstance(e, Role)]
    if len(roles) != 1 or roles[0].body is None or roles[0].entry.role.lower() in host_words()["membership_roles"]:
        return []
    b = resolve(roles[0].body)
    return [b] if b is not None else []


def led_guests(views: list[SentenceView], resolve, hosts: list[Body]) -> list[Body]:
    """ "X tiếp đoàn đại biểu cấp cao tỉnh Y do ông A, Ủy viên ..., Bí thư Tỉnh ủy tỉnh Y làm trưởng
    đoàn": a delegation that names no body, led by one official, comes for the body of the first title
    he may act under (docs/conventions.md, "a visitor named only as a person"; not a membership nor a
    central party seat: visitors.acting_titles), unless that body hosts or is kin to a host."""
    from kg.extract.meeting.visitors import acting_titles, body_of_title
    from kg.extract.meeting.visits import former_title
    from kg.extract.meeting.visits import another_event
    for sv in views:
        if another_event(sv):
            continue        # ("Trước đó, đoàn công tác do A dẫn đầu đã làm việc với ...": another event)
        for d, lead in _led_by(sv):
            roles = [e for e in sv.elements[d + 1:lead] if isinstance(e, Role) and (e.body is not None or e.entry.body)
                     and not former_title(sv.toks, sv.elements[d].end, e)]
            roles = acting_titles(roles, resolve)
            b = body_of_title(roles[0], resolve) if roles else None
            # (a body the title implies but the text does not write, "Tỉnh trưởng tỉnh X" for a foreign
            # province's government, is no guest: docs/conventions.md)
            if b is not None and not kin(b, hosts) and \
                    (roles[0].body is None or roles[0].body.surface.lower() in sv.text.lower()):
                return [b]
    return []


def _led_by(sv: SentenceView):
    """(element of "do", element where the leading words begin) for each "đoàn ... do A, <titles> làm
    trưởng đoàn / dẫn đầu" whose delegation names no body (a body written before "do" is the
    delegation's own, visitors.visitor_body reads it) and that names one person."""
    from kg.extract.lexicon import lexicon
    lx, w, els, toks, found = lexicon(), host_words(), sv.elements, sv.toks, verb_index(sv)
    by_tok = {e.start: k for k, e in enumerate(els)}
    if not any(found[k] for k in (VISIT, WORK_WITH, RECEIVE)):
        return      # ("Đoàn giám sát gồm N thành viên do A làm trưởng đoàn": who it is made of, no visit)
    for i, m in lx.meeting_roles["leader"].find(toks, lows=sv.lows):
        lead = next((k for k in range(len(els)) if els[k].end > i), None)
        if lead is None or toks[i].low not in w["leading_openers"]:
            continue        # ("do ông A, Phó Giám đốc Sở là trưởng đoàn": a team formed, not led on a trip)
        d = next((k for k in range(lead - 1, max(-1, lead - 30), -1)
                  if isinstance(els[k], Word) and els[k].low in w["by_words"]), None)
        if d is None or sum(isinstance(e, Name) for e in els[d + 1:lead]) != 1:
            continue
        # the delegation word opens the phrase right before "do", in the same clause
        k = d - 1
        # (a bracket places the delegation: "đoàn đại biểu tỉnh Y (Lào) do ...")
        while k >= 0 and not _clause_mark(els[k]) and not (isinstance(els[k], Word) and lx.delegation.match(toks, els[k].start)):
            k -= 1
        if k < 0 or _clause_mark(els[k]) or by_tok.get(els[k].start) is None:
            continue
        if any(isinstance(e, BodyMention) and not e.generic for e in els[k:d]) or _unread_name(sv, k, d):
            continue
        # the delegation is received ("tiếp đoàn ... do A dẫn đầu"), or travels: the first event verb after the
        # leading words visits or works; "Đoàn ... do A dẫn đầu đã tiếp/đón tiếp ..." receives, no guest
        received = any(v < k for v in found[RECEIVE])
        after = sorted((v, K) for K in (VISIT, WORK_WITH, RECEIVE) for v in found[K] if v > lead)
        if received or after and after[0][1] != RECEIVE:
            yield d, lead


def _clause_mark(e) -> bool:
    return isinstance(e, Punct) and e.char not in "()"


def _unread_name(sv: SentenceView, k: int, d: int) -> bool:
    """A capitalised word outside brackets between the delegation word (element k) and "do" (element d):
    a body's name the scanner did not read ("đoàn đại biểu Ủy ban Hòa bình ... do"), so the delegation
    may well name its body."""
    depth = 0
    for e in sv.elements[k + 1:d]:
        if isinstance(e, Punct):
            depth = max(0, depth + (e.char == "(") - (e.char == ")"))
        elif isinstance(e, Word) and depth == 0 and sv.toks[e.start].is_cap:
            return True
    return False


def seat_sides(lead: list[SentenceView], resolve) -> tuple[list[Body], list[Body]]:
    """ "Tại trụ sở Bộ X, Phó Chủ tịch UBND tỉnh Y B và Thứ trưởng A đã có buổi làm việc", "tại Văn phòng Chính phủ,
    Thủ tướng C đã làm việc với lãnh đạo tỉnh Z": a working session told with a fronted venue, the seat of a body
    (a place word, meetings.yaml hosts `seat_words` or none, the body), whose subject names officials and no body
    of their own. The body whose seat it is hosts when one of them acts for it at home (lone_visitors.officials_bodies;
    his body hosts when the venue is its office: the government's office is the government's seat), or when two or
    more are its subject (they meet at that body's seat); the other officials' bodies are the guests
    (docs/conventions.md: a person named only as a person comes for the body of his title). ([], []) else."""
    from kg.extract.meeting.lone_visitors import officials_bodies, persons_of
    for sv in lead:
        at = _fronted_seat(sv)
        venue = resolve(sv.elements[at]) if at is not None else None
        act = _session_at(sv, at) if venue is not None else None
        if act is None:
            continue
        subject = sv.elements[at + 1:act]
        bodies = officials_bodies(subject, sv.toks, resolve)
        own = next((b for b in bodies if b.key == venue.key or _office_of(venue, b)), None)
        host = own or (venue if len(persons_of(subject, sv.toks)) > 1 else None)
        if host is not None:
            return [host], [b for b in bodies if not kin(b, [host])]
    return [], []


def _office_of(venue: Body, b: Body) -> bool:
    """The venue is b's office (meetings.yaml hosts `office_words`: "Văn phòng Chính phủ" is the government's seat,
    where the Prime Minister works for it); a ministry of the government is not its seat."""
    return venue.parent is not None and venue.parent.key == b.key and \
        any(venue.name.lower().startswith(w + " ") for w in host_words()["office_words"])


def _fronted_seat(sv: SentenceView):
    """The element of the body a fronted "tại (trụ sở) <body>," names, before any person of the sentence."""
    els, toks, w = sv.elements, sv.toks, host_words()
    for k, e in enumerate(els[:-2]):
        if isinstance(e, Name):
            return None
        if isinstance(e, Word) and toks[e.start].low in w["place_words"]:
            j = k + 1 if isinstance(els[k + 1], BodyMention) else \
                next((j for j in range(k + 1, len(els)) if els[j].start >= e.start + 1 + (starts(
                    toks, e.start + 1, w["seat_words"]) or 0)), None)       # (past "trụ sở": "tại trụ sở Bộ X")
            if j is None or not isinstance(els[j], BodyMention) or els[j].generic:
                return None
            end = _past_bracket(els, j + 1)     # ("tại trụ sở Bộ X (Bộ XX), ...": its short name in brackets)
            return j if end < len(els) and isinstance(els[end], Punct) and els[end].char == "," else None
    return None


def _session_at(sv: SentenceView, at: int):
    """The element where a working session's words (meetings.yaml hosts `session_words`) begin after the venue at
    element `at`, persons between; None when a body other than their titles' stands between or none follows."""
    els, toks, named = sv.elements, sv.toks, False
    for k in range(_past_bracket(els, at + 1) + 1, len(els)):
        e = els[k]
        named = named or isinstance(e, Name)
        if isinstance(e, BodyMention) and not named:
            return None         # ("tại trụ sở X, UBND tỉnh Y làm việc với ...": a body is the subject)
        if isinstance(e, Word) and starts(toks, e.start, host_words()["session_words"]):
            return k if named else None
    return None


def shortened_in_headline(sv: SentenceView, guests: list[Body], named: list[Body], resolve) -> bool:
    """The lead writes its visiting body out ("đoàn công tác của Ban Thường vụ Tỉnh ủy X", "Đoàn giám sát
    của Thường trực HĐND tỉnh X") and the headline names only the committee or council it is an organ of
    ("Đoàn công tác Tỉnh ủy làm việc tại ..."): the headline shortens the name, the lead's body stays.
    Only a body written as the delegation's own ("của X", meetings.yaml hosts `delegation_of`): the organ a leader
    goes with ("A, Chủ tịch Ủy ban MTTQ phường X làm trưởng đoàn đã cùng các đồng chí Ban Thường trực ...") leaves
    his body the guest."""
    of = host_words()["delegation_of"]
    written = {b.key for b in (resolve(e) for e in sv.elements if isinstance(e, BodyMention)
                               and e.start and sv.toks[e.start - 1].low in of) if b is not None}
    return bool(guests) and all(g.key in written for g in guests) and \
        any(g.parent is not None and g.parent.key == n.key for g in guests for n in named)

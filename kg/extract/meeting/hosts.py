"""Host and guest of a meeting: who receives or convenes it, and who visits or is worked with.

    X làm việc với Y              X hosts, Y is the guest (the contract's reading)
    X tiếp Y                      X hosts (receives), Y is the guest
    X (đến) thăm và chúc mừng Y   Y hosts, X is the guest (X goes there)
    X tổ chức hội nghị, X sơ kết  X hosts
    đoàn công tác của X do A dẫn đầu ... làm việc với Y    Y hosts, X is the guest
    đoàn kiểm tra của X ... kiểm tra tại xã Z              X is the guest (no host body named)
    Đại hội Hội Nông dân huyện X, Hội nghị Thành ủy X      the body whose event it is hosts (conveners.self_host)

A host written as the executive committee acting for its organisation ("Ban Chấp hành Hội Nông dân tỉnh tổ
chức ...") is the organisation; no body on both sides (frame). The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Punct, Word
from kg.extract.lexicon import grammar, lexicon
from kg.extract.sentences.phrase_starts import ends_before, first_words, opens, starts
from kg.extract.meeting.host_forms import (body_led, dialogue_sides, further_stops, grouping, own_session, purposed,  # noqa: F401
                                            team_head, team_led, to_attend)  # (to_attend: delegations')
from kg.extract.sentences.sentences import SentenceView, kept_per_sentence
from kg.extract.meeting.frame import one_side_each
from kg.extract.meeting.kind_filters import inside_word
from kg.extract.meeting.stop_lists import verb_objects
from kg.facts import Body


@lru_cache(maxsize=1)
def host_words() -> dict:
    from kg.extract.lexicon import canon, section
    raw = section("meetings.yaml", "hosts")
    return {k: frozenset(canon(w).lower() for w in v) for k, v in raw.items()}


# The verb lists the meeting stage reads in every sentence, found in one pass over its tokens.
CHAIR, LEADER, SPEAKER, LIST_BREAKS, ABSENT, WORK_WITH, HOST, RECEIVE, VISIT = range(9)
_table: Optional[tuple] = None
_FIRSTS: dict = {}  # phrase_at: key -> phrase_starts.first_words of its phrases, which most words begin none of


def _verb_table() -> tuple:
    """(lexicon, matchers, first syllable -> indexes of the matchers it may begin)."""
    global _table
    lx = lexicon()
    if _table is None or _table[0] is not lx:
        matchers = (lx.meeting_roles["chair"], lx.meeting_roles["leader"], lx.meeting_roles["speaker"],
                    lx.list_breaks, lx.absent, lx.work_with, lx.host_verbs, lx.receive_verbs, lx.visit_verbs)
        firsts: dict[str, list[int]] = {}
        for k, m in enumerate(matchers):
            for f in m.first_index():
                firsts.setdefault(f, []).append(k)
        _table = (lx, matchers, {f: tuple(ks) for f, ks in firsts.items()})
    return _table


def verb_index(sv: SentenceView) -> list[list[int]]:
    """For each verb list above, the element indexes of the words where one of its verbs begins
    (as Matcher.find finds them, in order); for ABSENT the token indexes, words or not."""
    got = sv.cache.get("verbs")
    if got is not None:
        return got
    _, matchers, firsts = _verb_table()
    toks = sv.toks
    hits: list[list[int]] = [[] for _ in matchers]
    if firsts.keys().isdisjoint(sv.lows):
        sv.cache["verbs"] = hits        # (no word of the sentence begins a verb of any list)
        return hits
    # (only where a verb's first word stands, in order: SentenceView.lows finds them in C)
    for i in sv.lows.positions(firsts):
        for k in firsts[toks[i].low]:
            if matchers[k].match(toks, i) is not None:
                hits[k].append(i)
    els = sv.elements
    if any(hits[:ABSENT]) or any(hits[ABSENT + 1:]):
        by_tok = {e.start: idx for idx, e in enumerate(els)}
        for k, h in enumerate(hits):
            if h and k != ABSENT:
                hits[k] = [by_tok[i] for i in h if i in by_tok and isinstance(els[by_tok[i]], Word)]
    sv.cache["verbs"] = hits
    return hits


# position of the sentence whose sides are read (meetings._read_sides passes it; any other reader passes
# None): the lead of a meeting that is no Visit/WorkingSession, so a programme it tells is the meeting
# itself and its organiser convenes
PROGRAMME_LEAD = "programme_lead"
# ... or a story sentence after the lead, where "X sẽ/sắp (phối hợp) tổ chức ..." is a plan told beside
# the event, not the event (a lead's "sẽ tổ chức giám sát" is the event announced)
LATER = "later_sentence"


def convenes(sv: SentenceView, v: int, position: Optional[str] = None) -> bool:
    """ "tổ chức" convenes only when an event follows ("tổ chức hội nghị", "tổ chức Lễ ..."),
    not in "các tổ chức chính trị – xã hội" or "tổ chức thành công Đại hội". `position`: LATER,
    PROGRAMME_LEAD or None (see them)."""
    lx = lexicon()
    t = sv.elements[v].start
    toks = sv.toks
    if purposed(sv, v) or starts(toks, t, host_words()["verb_nouns"]):
        return False        # "tạo điều kiện để Ban X tổ chức tốt Đại lễ": a purpose; "trao Kỷ niệm chương": a medal
    if toks[t].low == grammar("meetings.yaml", "people")["receive_word"]:
        from kg.extract.meeting.verb_clauses import event_with     # ("tiếp tục", "trực tiếp" receive no one either)
        return not inside_word(toks, t) and \
            not ends_before(toks, t, host_words()["receive_duty_nouns"], reach=2) and not by_agent(sv, v) and \
            not event_with(toks, t)
    if position == LATER and t > 0 and toks[t - 1].low in host_words()["later_plan_before"]:
        return False        # ("Hội X sẽ phối hợp tổ chức ..." after the lead: planned, not held)
    if t + 1 < len(toks) and toks[t].low in host_words()["welcome_words"] and toks[t + 1].low in host_words()["seasons"]:
        return False        # "chúc đồng bào đón mùa Giáng sinh", "đón Tết": a season welcomed, no one received
    if t > 0 and toks[t - 1].low in host_words()["event_nouns"] | host_words()["passive_words"] | host_words()[
            "noun_makers"] and not (t > 1 and toks[t - 2].low in host_words()["holding_words"]):     # ("X có cuộc họp")
        return False        # "cuộc họp", "kỳ họp", "buổi tổng kết", "việc triển khai": the event named, not convened
    from kg.extract.meeting.conveners import in_occasion     # (it reads this module's word lists)
    if in_occasion(toks, t):
        return False        # "nhân dịp Tết và kỷ niệm N năm ...": the occasion, not convened
    if toks[t].low in host_words()["deliberate_words"]:
        # "Tại hội nghị, các Ban X tập trung thảo luận ...": who deliberates at the event takes part in it
        return not any(toks[j].low in host_words()["place_words"] and lexicon().kind_words.match(toks, j + 1)
                       for j in range(t))
    if toks[t].low in host_words()["elect_words"]:
        return not (t + 1 < len(toks) and toks[t + 1].low in host_words()["elect_not_before"])
    if toks[t].low not in host_words()["convene_if_event"]:
        return True
    if t > 0 and toks[t - 1].low in host_words()["convene_not_after"]:
        return False
    if toks[t].low in host_words()["proceed_words"]:    # "tiến hành đại hội", not "tiến hành kiểm tra"
        return any(" ".join(x.low for x in toks[j:j + 2]) in host_words()["own_events"]
                   for j in (t + 2, t + 3))
    if t + 2 < len(toks) and starts(toks, t + 2, host_words()["convened_acts"]):
        return True     # ("Hội X tổ chức trao mô hình ... cho hội viên": a handing over it holds)
    if position == PROGRAMME_LEAD and _programme(toks, t + 2) and not _other_programme(toks, t):
        # ("X tổ chức chương trình “Tết sum vầy” ...": a programme held for people). Only in the lead of a
        # meeting that is not a visit (meetings._read_sides says so): elsewhere a programme is
        # another event on the occasion, and its organiser may be the visitor (review8d H1)
        return True
    return any(lx.kind_words.match(toks, j) for j in range(t + 2, min(len(toks), t + 5)))


def _programme(toks, k: int) -> bool:
    """A programme held as an event starts at token k (meetings.yaml people `organised_programs`, read by
    kg.extract.meeting.kind_refine.program_kind: not a plan's "chương trình hành động")."""
    from kg.extract.meeting.kind_refine import program_kind
    n = starts(toks, k, grammar("meetings.yaml", "people")["organised_programs"]) if k < len(toks) else None
    return bool(n) and program_kind(toks, k + n) is not None


def _other_programme(toks, t: int) -> bool:
    """The programme organised at token t is planned ("sẽ tổ chức") or another one the sentence tells
    on the occasion or of the year ("Dịp này, X tổ chức chương trình ..."; meetings.yaml hosts
    `programme_not_before`, `programme_not_openers`)."""
    w = host_words()
    return t > 0 and toks[t - 1].low in w["programme_not_before"] or bool(starts(toks, 0, w["programme_not_openers"]))


def by_agent(sv: SentenceView, v: int) -> bool:
    """ "A đã được Thủ tướng B tiếp": a passive word, then who acts, in the verb's clause; the
    subject is received ("vui mừng được tiếp đón đoàn" names no agent: he receives)."""
    passive, agent = host_words()["passive_words"], False
    for e in reversed(sv.elements[max(0, v - 8):v]):
        if isinstance(e, Punct):
            return False
        if isinstance(e, Word) and e.low in passive:
            return agent
        agent = agent or not isinstance(e, Word)
    return False


@kept_per_sentence(copy=lambda got: (got[0][:], got[1][:], *got[2:]))
def host_guest(sv: SentenceView, resolve, persons: bool = False,
               position: Optional[str] = None) -> tuple[list, list, bool, bool]:
    """(hosts, guests, found, delegation) from the sentence's first event verb that tells them
    (see the module); a travelling delegation with no verb that takes an object is the guest.
    `persons`: the lead visits people (visitors.visits_people), none of them his place of worship.
    `position`: where the sentence stands in the story (convenes)."""
    found = verb_index(sv)
    # "X, Y phối hợp với tỉnh Z tổ chức thăm và chúc Tết ...": what is organised is a visit, its organisers the visitors
    from kg.extract.meeting.delegations import formed_to_visit, inspecting, travelling   # (they read this module's word lists)
    visits = {sv.elements[v].start for v in found[VISIT]}
    verbs = [(v, "with") for v in found[WORK_WITH]] + \
            [(v, "host") for v in found[HOST] if convenes(sv, v, position) and formed_to_visit(sv, v) not in visits] + \
            [(v, "receive") for v in found[RECEIVE] if convenes(sv, v, position) and not by_agent(sv, v)] + \
            [(v, "visit") for v in found[VISIT] if not visited_place(sv, v)]
    verbs.sort(key=lambda x: (x[0], x[1] != "with"))
    # ("Sau khi đến thăm X, A ... làm việc với Y": the main clause's verb tells the meeting, not "sau khi")
    from kg.extract.meeting.verb_clauses import subordinate
    verbs = [(v, s) for v, s in verbs if not subordinate(sv, v, [u for u, _ in verbs])]
    for v, sort in verbs:
        got = _read_verb(sv, v, sort, resolve, persons)
        if got[2]:
            return got
    from kg.extract.meeting.visitors import received_by
    for v in found[RECEIVE]:
        got = received_by(sv, v, resolve)   # "Đoàn X đã được Thường trực Tỉnh ủy Y tiếp"
        if got is not None:
            return got
    got = travelling(sv, resolve, position)
    got = got if got[2] else inspecting(sv, resolve)
    got = got if got[2] else team_head(sv, resolve)
    return got if got[2] else own_session(sv, resolve)   # ("chủ trì buổi làm việc của Thường trực Tỉnh ủy")


def visited_place(sv: SentenceView, v: int) -> bool:
    """ "Tại những nơi đến thăm, A ...": the visit verb at element v names the places visited (a place
    noun, meetings.yaml hosts `visited_places`, then "đến"/"tới" right before it, a comma right after
    it), not a visit paid; "Tại các nơi đến thăm Nhà thờ X, ..." still names where the visit went."""
    t = sv.elements[v].start
    toks = sv.toks
    end = verb_end(sv, v, VISIT)
    if end >= len(toks) or toks[end].text != ",":
        return False
    if t > 0 and toks[t - 1].low in host_words()["destination_before"]:
        t -= 1
    return t > 0 and toks[t - 1].low in host_words()["visited_places"]


def verb_end(sv: SentenceView, v: int, k: int) -> int:
    """The token after the verb of list k that begins at element v."""
    m = _verb_table()[1][k].match(sv.toks, sv.elements[v].start)
    return sv.elements[v].start + (m.size if m is not None else 1)


def _read_verb(sv: SentenceView, v: int, sort: str, resolve, persons: bool = False) -> tuple[list, list, bool, bool]:
    from kg.extract.meeting import visitors as vis     # (it reads this module's word lists)
    from kg.extract.meeting.subjects import own_venue, subject_of, visiting_bodies
    els = sv.elements
    subject = subject_of(sv, v)
    went_to = []
    from kg.extract.meeting.verb_clauses import greets_delegation
    if sort == "visit" and subject and greets_delegation(sv, v):
        return [], [], False, False     # ("UBND tỉnh chào xã giao và làm việc với Đoàn công tác tỉnh X": it receives)
    if sort == "visit":
        # "Đoàn ... đã đến Tòa Giám mục X thăm, chúc mừng": the body gone to is the one visited
        went_to = [e for e in subject if sv.toks[e.start - 1].low in host_words()["destination_before"]]
        went_to += further_stops(sv, subject, went_to)      # ("đến chùa A (xã X) và chùa B ...")
        went_to += [e for e in own_venue(sv, v, subject) if e not in went_to]   # (visited at home)
        # ("đến Thiền viện X - Văn phòng Ban Trị sự ... thăm": the place gone to named again is no visitor)
        again = [e for e in subject if sv.toks[e.start - 1].text in "-–" and
                 any(g.end == e.start - 1 for g in went_to)]
        subject = visiting_bodies(sv, v, [e for e in subject if e not in went_to and e not in again], resolve)
    elif sort == "host" and subject:
        # "Ủy ban MTTQ huyện X, thông qua các kế hoạch của Huyện ủy ..., tiến hành hiệp
        # thương": a body owned by a noun ("của") is no convener
        subject = [e for e in subject if not _owned(sv, e)]
        # "...; phối hợp với Ngân hàng X tỉnh triển khai ...": a partner alone, its actor left
        # unsaid, convenes nothing (beside a named actor it co-organises)
        if all(ends_before(sv.toks, e.start, host_words()["partner_openers"]) for e in subject):
            subject = []
    objects = went_to + verb_objects(sv, v)
    as_itself = sort == "host" and sv.toks[els[v].start].low in host_words()["elect_words"]  # ("Ban Chấp hành Hội X bầu ...")
    subj_b = [b if as_itself else for_host(b) for b in (resolve(e) for e in subject) if b is not None]
    obj_b = [b for b in (resolve(e) for e in objects) if b is not None]
    if sort == "host":
        subj_b = [b for b in subj_b if not grouping(b)]     # ("Cụm thi đua số 6 tổ chức ...": no body)
        # ("X tổ chức hội nghị đối thoại giữa Đoàn ĐBQH tỉnh với công nhân": who is met there is a guest)
        guests = (vis.overseen(sv, v, resolve) or dialogue_sides(sv, v, resolve, subj_b)) if subj_b else []
        return subj_b, guests, bool(subj_b), False
    if sort == "visit" and (vis.thanked(sv, v, resolve) or vis.congratulated(sv, v, obj_b)) is not None:
        return vis.thanked(sv, v, resolve) or vis.congratulated(sv, v, obj_b)
    if sort == "visit" and not obj_b and not persons:
        # "thăm, chúc Tết Hòa thượng A - Trụ trì chùa X": his place of worship hosts (unless the lead
        # visits people, "đến thăm, chúc mừng các vị chức sắc ...": the golds then name no host)
        obj_b = vis.worship_of_person(sv, v, resolve)
    if sort == "visit" and not obj_b and vis.person_follows(sv, v):
        return [], [], False, False     # "tặng hoa chúc mừng đồng chí A": a person congratulated
    if sort == "visit" or _delegation(sv, v):
        if not subj_b and obj_b:
            # a lone official who visits ("A, Bí thư Tỉnh ủy, thăm ...") comes for the body of his title, on a
            # courtesy call as on a working one (docs/conventions.md, "a visitor named only as a person")
            subj_b = vis.visitor_body(sv, v, resolve, obj_b)
        return (*one_side_each(obj_b, subj_b, objects, subject, resolve, visit=True), bool(subj_b or obj_b), True)
    got = _readings_of_sides(sv, v, sort, subj_b, obj_b, resolve)
    if got is not None:
        return got
    if not subj_b:
        # "Trước khi làm việc với UBND huyện, đoàn ...": with no subject the sentence does not say who received whom
        return [], [], False, False
    return (*one_side_each(subj_b, obj_b, subject, objects, resolve), True, False)


def _readings_of_sides(sv: SentenceView, v: int, sort: str, subj_b: list, obj_b: list, resolve):
    """The readings of a working or receiving verb that need more than its subject and object (meeting.visitors,
    .fronted): who goes to another's seat, talks between two sides, a send-off, a lone official working, meeting a
    person or receiving; None when none applies."""
    from kg.extract.meeting import fronted, received, visitors as vis     # (they read this module's word lists)
    from kg.extract.meeting.lone_visitors import receivers_before
    els = sv.elements
    if sort == "with" and subj_b and sv.toks[verb_end(sv, v, WORK_WITH) - 1].low in host_words()["place_words"]:
        # "X giám sát tại UBND huyện Y": X goes to Y's seat; not to its own ("Ban Thường vụ Tỉnh ủy làm
        # việc tại Hội trường Tỉnh ủy": it meets at home)
        away = [b for b in obj_b if not kin(b, subj_b)] or vis.counterpart_at(sv, v, subj_b, resolve)
        return (away, subj_b, True, True) if away or vis.goes_to_place(sv, v, subj_b) else (subj_b, [], True, False)
    if sort == "with" and not subj_b and obj_b and (front := fronted.fronted_session(sv, v, resolve, obj_b)) is not None:
        return front[0], front[1], True, True    # ("tại buổi làm việc với X, A/đoàn ...")
    if sort == "with" and not subj_b and vis.between(sv, v, resolve):
        return vis.between(sv, v, resolve)      # "Hội đàm giữa Đoàn X với Đoàn Y": X receives Y
    if sort == "with" and _object_to_attend(sv, v):
        # "gặp mặt Đoàn đại biểu tỉnh dự Đại hội ...": a send-off, the delegation no guest; a body
        # that meets it, no person before it, is at home
        return (subj_b, [], True, False) if subj_b and body_led(sv, v) else ([], [], False, False)
    if sort == "with" and not subj_b and obj_b and (home := received.delegation_met(sv, v, resolve, obj_b)):
        return home, obj_b, True, False     # ("A, Bí thư Tỉnh ủy X làm việc với đoàn công tác của Y": Y comes to him)
    if sort == "with" and not subj_b and obj_b and _object_follows(els, v) and vis.chaired_with(sv, v, resolve, obj_b):
        # "A, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở X": who presides is at home
        return vis.chaired_with(sv, v, resolve, obj_b), obj_b, True, False
    if sort == "with" and not subj_b and obj_b and _object_follows(els, v) and not verb_index(sv)[CHAIR]:
        # "Đồng chí A, Chủ tịch Ủy ban X, làm việc với Ban Thường vụ Tỉnh ủy Y": a lone official
        # comes to the body he works with, for the body of his title (one who receives, "A tiếp
        # đoàn Y", stays at home)
        visitor = vis.visitor_body(sv, v, resolve, obj_b, first=not received.firms_only(obj_b))
        if visitor:     # (a firm comes to him, received.firms_only: he hosts it, under his last title)
            return (visitor, obj_b, True, False) if received.firms_only(obj_b) else (obj_b, visitor, True, True)
        if vis.titled_visitor(sv, v):
            # "Bộ trưởng A làm việc với UBND tỉnh X": his body unnamed, the body he comes to hosts
            return obj_b, [], True, False
    if sort in ("with", "receive") and not subj_b and not obj_b and vis.meets_a_person(sv, v, sort, resolve):
        # "Bộ trưởng Bộ X A hội đàm với ông B, Chủ tịch ...": one official meets a person, at home
        return vis.meets_a_person(sv, v, sort, resolve), [], True, False
    if sort == "receive" and not subj_b and (vis.received_at(sv, v, resolve) or vis.receivers(sv, v, resolve)):
        # "Tiếp Phó Thủ tướng A tại Tỉnh ủy có các đồng chí ...": received at a body, by its people;
        # "Tiếp đoàn có ... lãnh đạo Ban Dân vận Huyện ủy": by the bodies of those who receive
        return vis.received_at(sv, v, resolve) or vis.receivers(sv, v, resolve), [], True, False
    if sort == "receive" and not subj_b:
        # "Đồng chí Phó Chủ tịch UBND huyện đã tiếp Đoàn công tác của Sở X ...": a lone official
        # receives at home, for the body of his title
        home = vis.visitor_body(sv, v, resolve, obj_b) or vis.visitor_body(sv, v, resolve, []) or receivers_before(sv, v, resolve)
        # (no body receives itself: "Chủ tịch Quốc hội A đón Chủ tịch Quốc hội B cùng đoàn Quốc hội
        # nước Z" names a namesake, read as his own body, that is no guest of his)
        obj_b = [b for b in obj_b if all(b.key != h.key for h in home)]
        if home or obj_b and vis.titled_visitor(sv, v):
            return home, obj_b, True, False     # (his body unnamed: the delegation received still)
    return None


def kin(b: Body, bodies: list[Body]) -> bool:
    """b is one of the bodies, or the parent or an organ of one."""
    return any(b.key == x.key or x.parent is not None and x.parent.key == b.key
               or b.parent is not None and b.parent.key == x.key for x in bodies)


def send_off(sv: SentenceView) -> bool:
    """The sentence tells a meeting with a delegation that goes to attend an event ("Gặp mặt đoàn
    đại biểu của tỉnh đi dự Đại hội Hội Nông dân Việt Nam lần thứ N")."""
    return any(_object_to_attend(sv, v) for v in verb_index(sv)[WORK_WITH])


def _object_to_attend(sv: SentenceView, v: int) -> bool:
    """The verb at element v takes a delegation that goes to attend an event (`to_attend`)."""
    from kg.extract.meeting.received import delegation_taken     # (received imports this module)
    return (t := delegation_taken(sv, v)) is not None and to_attend(sv, t)


def _owned(sv: SentenceView, e: BodyMention) -> bool:
    """The body is written after "của" (meetings.yaml hosts `delegation_of`), or "của Lãnh đạo" (`owners_leaders`)."""
    leaders = " ".join(t.low for t in sv.toks[max(0, e.start - 2):e.start]) in host_words()["owners_leaders"]
    k = e.start - (3 if leaders else 1)
    return k >= 0 and sv.toks[k].low in host_words()["delegation_of"]


def _object_follows(els: list, v: int) -> bool:
    """The verb's object is a body right after it ("làm việc với Ban Thường vụ ..."), not a
    group that belongs to one ("họp với các thành viên Tổ ... của Tỉnh ủy")."""
    nxt = next((e for e in els[v + 1:v + 5] if not isinstance(e, Word)), None)
    return isinstance(nxt, BodyMention) and \
        all(e.low not in host_words()["group_words"] for e in els[v + 1:els.index(nxt)])


def phrase_at(toks, i: int, key: str) -> bool:
    """One of the phrases of meetings.yaml hosts `key` opens at toks[i] (it runs at every word of a subject)."""
    firsts = _FIRSTS[key] if key in _FIRSTS else _FIRSTS.setdefault(key, first_words(host_words()[key]))
    return (firsts is None or not 0 <= i < len(toks) or toks[i].low in firsts) and opens(toks, i, host_words()[key])


def _delegation(sv: SentenceView, v: int) -> bool:
    """A travelling delegation: a delegation word in the subject, outside a body's name ("Đoàn
    đại biểu Quốc hội" is a body, "đoàn công tác" a delegation), or a travel word ("đến")
    just before the verb."""
    lx = lexicon()
    els, toks = sv.elements, sv.toks
    # (not one a decision forms: "ban hành Quyết định thành lập Đoàn kiểm tra, kiểm tra tại ...")
    return any(lx.delegation.match(toks, e.start) and not ends_before(toks, e.start, host_words()["formed_by"])
               for e in els[:v] if isinstance(e, Word)) or \
        any(e.low in lx.travel_words for e in els[max(0, v - 3):v] if isinstance(e, Word)) or \
        team_led(sv, v)


def for_host(b: Body) -> Body:
    """The organisation an executive committee acts for ("Ban Chấp hành Tỉnh đoàn X" -> "Tỉnh
    đoàn X") when the body has a parent, or a central union's whose name it writes ("Ban Chấp hành
    Trung ương Hội X" -> "Trung ương Hội X", a body of its own in bodies.yaml); any other as it is."""
    if b.parent is not None and b.local_name.lower() in host_words()["acting_committees"]:
        return b.parent
    if b.central and b.parent is None and b.kind == "MassOrganisation":
        for w in host_words()["acting_committees"]:
            e = lexicon().central_by_name.get(b.name[len(w) + 1:]) if b.name.lower().startswith(w + " ") else None
            if e is not None and e.kind == b.kind and not e.parent:
                return Body(e.canonical, e.kind, None, None, e.canonical, None, True)
    return b

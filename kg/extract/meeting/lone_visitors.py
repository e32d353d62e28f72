"""The visitors' bodies of a visit that names no host body: officials named with their titles who
go to see people, not an organisation ("A, Bí thư Huyện ủy, đến thăm, tặng quà các gia đình chính
sách", "A, Phó Bí thư Thường trực Tỉnh ủy và B, Trưởng Ban Dân vận Tỉnh ủy đã đến tặng quà Mẹ Việt
Nam anh hùng"). Each visitor acts for the body of the first title he is introduced with (not a mere
membership nor a seat in a central party body), as docs/conventions.md ("a visitor named only as
a person") says; those bodies are the guests and no one hosts.

Only the subject of a visit verb counts, and only when it names persons and no body of its own
(a body that visits is read by kg.extract.meeting.hosts); a visitor with no title brings none.
The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.meeting.heads import of_visited
from kg.extract.meeting.behalf import behalf_at, behalf_bodies, fronted, outside as behalf_outside
from kg.extract.meeting.hosts import (HOST, RECEIVE, VISIT, WORK_WITH, convenes, host_words, kin, phrase_at, verb_end,
                                      verb_index)
from kg.extract.sentences.sentences import SentenceView
from kg.extract.lexicon import section
from kg.facts import Body

# a title marked as held no more ("nguyên", "cựu": roles.yaml posts.former, as for posts): its
# holder acts for no body
_FORMER = frozenset(section("roles.yaml", "posts")["former"])


def visiting_guests(kind: str, hosts: list[Body], guests: list[Body], story: list[SentenceView],
                    headline: list[SentenceView], resolve) -> list[Body]:
    """_visitors' guests; when none is read at a visit or a working session, a delegation that names no
    body comes for the body of its leader ("tiếp đoàn đại biểu tỉnh Y do ông A, Bí thư Tỉnh ủy ... làm
    trưởng đoàn": kg.extract.meeting.heads.led_guests)."""
    got = _visitors(kind, hosts, guests, story, headline, resolve)
    if not got and kind in ("Visit", "WorkingSession"):
        from kg.extract.meeting.heads import led_guests
        got = led_guests(story[:3], resolve, hosts)
    if not got and kind in ("Visit", "WorkingSession"):
        # ("A tiếp ông B, Tổng Lãnh sự X tại Y đến thăm": the one received comes for his title's body)
        from kg.extract.meeting.received import received_guests
        got = received_guests(story[:3] + headline, resolve, hosts)
    return got


def _visitors(kind: str, hosts: list[Body], guests: list[Body], story: list[SentenceView],
              headline: list[SentenceView], resolve) -> list[Body]:
    """The meeting's guests once the visitors named only as officials are read: with no host, two or
    more bodies spoken for ("Thay mặt Huyện ủy, HĐND, UBND huyện, ông A gửi lời chúc ..."; with a host
    named, tests/test_stage_hosts_more.py still reads them as no side: left so), else the bodies of
    the visitors' titles before those already read (who go with them: "Đi cùng đoàn có B, Phó Chủ
    tịch UBND tỉnh"); with a host and no guest, the visitors' bodies that are not the host's."""
    views = story[:3] + headline
    if kind == "Visit" and not hosts and not guests:
        spoken = spoken_list(story[:4], headline + story[:2], hosts, resolve)
        if spoken:
            return spoken
    if not hosts and kind in ("Visit", "WorkingSession", "Ceremony"):
        out: list[Body] = []
        for b in lone_visitor_guests(views, resolve, kind) + guests:
            if all(b.key != x.key for x in out):
                out.append(b)
        if not out and kind in ("Visit", "Ceremony") and _trip_told(story[:3]):
            # ("Đoàn đã đến thăm, tặng quà ... Thay mặt Ủy ban MTTQ tỉnh, ông A gửi lời chúc ...": no visitor
            # named by his title for a verb, the one body spoken for at the visit)
            out = [b for b in spoken_list(story[:4], headline + story[:2], hosts, resolve, least=1)
                   if b.place is not None or b.central]      # (a body of no known place names no one)
        return out
    if not guests and kind == "Visit":
        return [g for g in lone_visitor_guests(views, resolve) if not kin(g, hosts)]
    return guests


def joint_visitors(views: list[SentenceView], told: SentenceView, hosts: list[Body], guests: list[Body],
                   resolve) -> list[Body]:
    """ "Bà A, <titles> và ông B, Phó Chủ tịch UBND tỉnh X đến thăm, chúc mừng Y": another sentence of the lead
    (a caption, the next line) whose officials, named only as persons, pay the visit to the body the delegation
    visits (`hosts`, read in `told`) are on the visitors' side, each for the body of the first title he may act
    under (docs/conventions.md: a visitor named only as a person; the local escort of a central delegation is on
    the visitors' side too). One visit verb a sentence; none of the host's bodies, nor an organ of a guest's (the
    delegation's leader named again for his board: "Trưởng ban X của Ủy ban Y ... chúc Z" speaks for Y)."""
    from kg.extract.meeting.stop_lists import verb_objects
    from kg.extract.meeting.visits import another_event
    out: list[Body] = []
    for sv in views:
        if sv is told or another_event(sv):
            continue
        for v in verb_index(sv)[VISIT]:
            if any(b is not None and kin(b, hosts) for b in map(resolve, verb_objects(sv, v))):
                out += [b for b in _visitors_at(sv, v, resolve) or [] if not kin(b, hosts + guests) and b not in out]
                break
    return out


def _trip_told(views: list[SentenceView]) -> bool:
    """A sentence tells a trip to visit: a visit verb right after a trip word ("đến thăm", "tới thăm";
    meetings.yaml hosts `destination_before`), not a greeting sent ("gửi lời chúc mừng")."""
    return any(sv.elements[v].start > 0 and sv.toks[sv.elements[v].start - 1].low in host_words()["destination_before"]
               for sv in views for v in verb_index(sv)[VISIT])


def lone_visitor_guests(views: list[SentenceView], resolve, kind: str = "Visit") -> list[Body]:
    """The bodies of the visitors of the first visit verb (in `views`, in order) whose subject is
    officials named with titles; [] when none is. One visitor who says he speaks for an organ of his
    body ("ông A thay mặt Ban Thường trực Ủy ban MTTQ huyện ...") comes for that organ. At a working
    session the verbs are those of an inspection ("A, Bí thư Tỉnh ủy, đã đi kiểm tra ...", meetings.yaml
    hosts `inspect_acts`), at a ceremony a trip to present ("đến trao Huy hiệu Đảng", `gift_visits`)."""
    for sv in views:
        acts = [k for k, e in enumerate(sv.elements) if isinstance(e, Word) and (
            phrase_at(sv.toks, e.start, "gift_visits") and not _exchange(sv.toks, e.start)
            or kind == "WorkingSession" and phrase_at(sv.toks, e.start, "inspect_acts")
            or kind == "Visit" and phrase_at(sv.toks, e.start, "talks") and not _guest_visiting(sv, e.start))
            and not (e.start > 0 and sv.toks[e.start - 1].low in host_words()["event_nouns"])]   # ("dự buổi kiểm tra")
        for v in sorted((verb_index(sv)[VISIT] if kind == "Visit" else []) + acts + _trips(sv, kind)):
            got = _visitors_at(sv, v, resolve)
            # (an official of the unit visited goes along with the delegation: "... làm việc tại xã X.
            # Ông A, Chủ tịch UBND xã X cùng đoàn đến thăm ...", heads.of_visited)
            got = [b for b in got if not of_visited(b, views)] or None if got is not None else None
            if got is not None:
                spoken = spoken_for(views, resolve)
                if len(got) == 1 and len(spoken) == 1 and kin(got[0], spoken) and not fronted(sv, v):
                    return spoken
                return got
    return []


def _trips(sv: SentenceView, kind: str) -> list[int]:
    """At a working session no body hosts, the visit verbs of officials who travel to a place or its
    people ("A, Bí thư Tỉnh ủy X, dẫn đầu đoàn công tác đến thăm hỏi các gia đình ...") and their work
    verbs after a trip word (`destination_before`: "Phó Thủ tướng A dẫn đầu đoàn công tác đến làm việc
    với tỉnh X"); not "A làm việc với lãnh đạo ..." with no trip: its subject hosts (docs/conventions.md),
    nor work with a delegation that came to him ("... đến làm việc với đoàn công tác": he receives it). At a
    ceremony, the visit verbs after a trip word ("Phó Thủ tướng A và Đoàn công tác đến dâng hoa tại Khu di tích X")."""
    found, toks = verb_index(sv), sv.toks
    if kind == "Ceremony":
        return [v for v in found[VISIT] if (t := sv.elements[v].start) > 0 and toks[t - 1].low in host_words()["destination_before"]]
    if kind != "WorkingSession":
        return []
    return found[VISIT] + [v for v in found[WORK_WITH] if (t := sv.elements[v].start) > 0 and not _to_delegation(toks, t)
                           and (toks[t - 1].low in host_words()["destination_before"] or _with_a_place(sv, v))]


def _with_a_place(sv: SentenceView, v: int) -> bool:
    """The working verb at element v takes a place, not a body nor people ("Thủ tướng A và đoàn công tác
    làm việc với tỉnh X"): who works with a province goes to it."""
    end = verb_end(sv, v, WORK_WITH)
    nxt = next((e for e in sv.elements[v + 1:] if e.start >= end), None)
    return isinstance(nxt, LevelMention) and nxt.start == end and nxt.place_name is not None


def _guest_visiting(sv: SentenceView, i: int) -> bool:
    """The talks at token i are with someone the sentence says is visiting us, or the sentence does
    not put our official on a trip ("trong khuôn khổ chuyến thăm ... Lào, A đã hội kiến ...": no
    "chuyến thăm"/"chuyến công tác" in it): talks held at home ("tại Phủ Chủ tịch") make no visitor."""
    after = " ".join(t.low for t in sv.toks[i:])
    whole = " ".join(t.low for t in sv.toks)
    return any(c in after for c in host_words()["visiting_object"]) or \
        not any(c in whole for c in host_words()["trip_words"])


def _exchange(toks, i: int) -> bool:
    """A gift-visit phrase at token i that is the start of "trao đổi" (an exchange of views, no
    presentation): "đã về trao đổi với giáo viên"."""
    return any(toks[j].low == "trao" and j + 1 < len(toks) and toks[j + 1].low == "đổi"
               for j in range(i, min(i + 3, len(toks))))


def spoken_for(views: list[SentenceView], resolve) -> list[Body]:
    """The bodies a visitor says he speaks for in the first sentence that has one greet or visit
    ("Thay mặt Tỉnh ủy, HĐND, UBND tỉnh X, đồng chí A gửi lời chúc mừng ...", "thay mặt lãnh đạo
    Tỉnh ủy - UBND tỉnh đến thăm ..."): kg.extract.meeting.behalf's list; a sentence that thanks
    (`thank_words`) is the host's."""
    w = host_words()
    for sv in views:
        at = behalf_at(sv)
        if at is None or any(t.low in w["thank_words"] for t in sv.toks) or _to_delegation(sv.toks, sv.elements[at].start):
            continue
        out = behalf_bodies(sv, sv.elements, at, resolve)
        if out and _greets_after(sv, at):
            return out
    return []


def spoken_list(views: list[SentenceView], lead: list[SentenceView], hosts: list[Body], resolve,
                least: int = 2) -> list[Body]:
    """Two (`least`) or more bodies a visitor speaks for (`spoken_for`) are the guests of a visit no one is
    received at (no receiving verb in the `lead`) and that none of them hosts."""
    if any(convenes(sv, k) for sv in lead for k in verb_index(sv)[RECEIVE]):
        return []
    spoken = spoken_for(views, resolve)
    visited = {e.place_name.lower() for sv in lead for k in verb_index(sv)[VISIT] for e in sv.elements[k + 1:]
               if isinstance(e, (LevelMention, BodyMention)) and e.place_name}
    if any(b.name.lower().endswith(" " + v) for b in spoken for v in visited):
        return []       # (the bodies of the unit the lead says is visited speak as its hosts)
    return spoken if len(spoken) >= least and not any(kin(b, hosts) for b in spoken) else []


def _to_delegation(toks, i: int) -> bool:
    """A greeting after token i addressed to the delegation ("... gửi lời chúc mừng năm mới tới đoàn
    công tác của huyện"): the speaker is the visited side, the bodies he speaks for host."""
    return any(toks[j].low in ("tới", "đến", "với", "cho") and toks[j + 1].low == "đoàn"
               and (j + 2 >= len(toks) or toks[j + 2].low not in ("viên", "thể"))
               for j in range(i, len(toks) - 1))


def _greets_after(sv: SentenceView, at: int) -> bool:
    """A visit verb or a greeting (meetings.yaml hosts `greeting_words`) after element `at`."""
    return any(k > at for k in verb_index(sv)[VISIT]) or \
        any(isinstance(e, Word) and phrase_at(sv.toks, e.start, "greeting_words") for e in sv.elements[at + 1:])


def _visitors_at(sv: SentenceView, v: int, resolve) -> Optional[list[Body]]:
    """The bodies of the persons before the visit verb at element v, or None when the subject
    names a body of its own or no titled person."""
    found = verb_index(sv)
    if any(k < v for k in found[WORK_WITH]) or any(k < v and convenes(sv, k) for k in found[RECEIVE]):
        return None     # ("A tiếp B, Tỉnh trưởng tỉnh X sang chúc Tết": who visits is in another clause)
    # ("Hướng tới kỷ niệm ..., A đến tặng quà": the visitors are named after an occasion's verb)
    # ("A hội kiến B, Tổng Bí thư ...; chào xã giao C": who an earlier verb meets is no visitor)
    since = max([k + 1 for k in found[HOST] if k < v and convenes(sv, k)] + [k + 1 for k in found[VISIT] if k < v] +
                [k + 1 for k, e in enumerate(sv.elements[:v]) if isinstance(e, Word) and phrase_at(sv.toks, e.start, "talks")],
                default=0)
    before = sv.elements[max(since, _past_source(sv, v)):v]
    outside = behalf_outside(sv, before)
    if any(isinstance(e, BodyMention) and not e.generic for e in outside):
        return None
    behalf = [e for e in before if isinstance(e, BodyMention) and not e.generic and e not in outside]
    if not _subject_of_act(sv, before) and not (since > 0 and sv.toks[0].low == "tại" and any(k < since for k in found[VISIT])):
        return None     # (unless the clause opens on the visit: "Tại các nơi đến thăm, A, Trưởng Ban X thông tin ...")
    persons = persons_of(before, sv.toks)
    if not persons or any(not roles for roles in persons):
        return None
    out: list[Body] = []
    for roles in persons:
        if roles and roles[0].start > 0 and sv.toks[roles[0].start - 1].low in _FORMER:
            continue    # ("A, nguyên Bí thư Tỉnh ủy, đến thăm": a retired official acts for no body)
        b = _first_body(roles, resolve, sv.text.lower())
        if b is not None and all(b.key != x.key for x in out):
            out.append(b)
    if behalf:
        # (a fronted "thay mặt <organ>," counts only when the organ is the visitor's own body's:
        # "thay mặt cơ quan Văn phòng UBND tỉnh, A, Phó Bí thư Đảng bộ, ..." names no party guest)
        return out if len(out) == 1 and kin(out[0], [b for b in map(resolve, behalf) if b is not None]) else None
    return out or None


def _past_source(sv: SentenceView, v: int) -> int:
    """The element after the comma that closes a source the sentence opens on ("Theo Báo X,
    ngày 9/3, Bộ trưởng A tới kiểm tra ...": meetings.yaml hosts `source_openers`) or a frame
    (`framing_openers`), before the act at v; 0 when it opens on none. Who or what is cited is not the visitor."""
    els = sv.elements
    first = next((k for k, e in enumerate(els) if not isinstance(e, Punct)), None)
    if first is None or not isinstance(els[first], Word) or els[first].low not in host_words()["source_openers"] and \
            not phrase_at(sv.toks, els[first].start, "framing_openers"):
        return 0        # (nor a clause that frames it, "Trong khuôn khổ chuyến khảo sát của Đoàn X, A ...": subjects._framing)
    return next((k + 1 for k in range(first, v) if isinstance(els[k], Punct) and els[k].char == ","), 0)


def _subject_of_act(sv: SentenceView, before: list) -> bool:
    """The persons in `before` are the act's own subject: after the last of them and his titles only
    meetings.yaml hosts `subject_links` and commas stand before the act, and no `source_openers` word
    with a person right after it opens them."""
    last = max((k for k, e in enumerate(before) if isinstance(e, (Name, Role))), default=None)
    if last is None:
        return False
    depth = 0
    for n, e in enumerate(before[last + 1:], last + 1):
        low = sv.toks[e.start].low
        depth += isinstance(e, Punct) and (e.char == "(") - (e.char == ")")
        if depth > 0 or isinstance(e, Punct) and e.char == ")":
            continue        # (an aside in brackets after him, a photo's "(bên phải)": still his act)
        if isinstance(e, Word) and (low == "cùng" or low == "và" and _delegation_next(sv.toks, e.start + 1)):
            break       # (the companions who come with them: "cùng các thành viên Đoàn công tác ...", "và Đoàn công tác")
        if not (isinstance(e, Punct) and e.char == "," or isinstance(e, LevelMention) or _of_unit(before, n, low)
                or isinstance(e, Word) and (low in host_words()["subject_links"] or sv.toks[e.start].is_cap)):
            return False        # (a capitalised word or a unit: the title goes on, "PCT UBMT huyện")
    # (the opener takes a person right after it; "Theo kế hoạch, A, Bí thư ... đã đến thăm" is a visit)
    return not any(isinstance(e, Word) and sv.toks[e.start].low in host_words()["source_openers"]
                   and isinstance(before[k + 1], (Honorific, Name, Role)) for k, e in enumerate(before[:-1]))


def _delegation_next(toks, i: int) -> bool:
    """A delegation's word opens at token i ("Thủ tướng A và Đoàn công tác đã đến ...")."""
    from kg.extract.lexicon import lexicon
    return i < len(toks) and lexicon().delegation.match(toks, i) is not None


def _of_unit(before: list, n: int, low: str) -> bool:
    """ "của" before a unit word ("dẫn đầu đoàn công tác của tỉnh"): the delegation is the unit's, no
    body's (one named after "của" is read as a body and makes the subject a body's)."""
    return low in host_words()["delegation_of"] and n + 1 < len(before) and isinstance(before[n + 1], LevelMention)


def officials_bodies(els: list, toks, resolve) -> list[Body]:
    """The bodies officials named with titles in `els` act for at home (docs/conventions.md: one who
    receives acts under his last title, visitors.acting_title): each person's, in order, once. A
    person named with no title brings none; a former official none ("nguyên Bí thư ...")."""
    from kg.extract.meeting.visitors import acting_title, acting_titles, body_of_title
    out: list[Body] = []
    for roles in persons_of(els, toks):
        if roles and roles[0].start > 0 and toks[roles[0].start - 1].low in _FORMER:
            continue
        titles = acting_titles([r for r in roles if r.body is not None or r.entry.body], resolve)
        b = body_of_title(acting_title(titles), resolve) if titles else None
        if b is not None and all(b.key != x.key for x in out):
            out.append(b)
    return out


def receivers_before(sv: SentenceView, v: int, resolve) -> list[Body]:
    """ "Đồng chí A, Bí thư Thành ủy X; đồng chí B, Chủ tịch UBND thành phố X ... đã tiếp Đoàn": two or
    more officials named with titles who receive (the verb at element v, no other verb before it) do
    so at home, each for his body (officials_bodies; one alone: visitors.visitor_body)."""
    before = sv.elements[:v]
    found = verb_index(sv)
    if any(k < v for k in found[HOST] + found[RECEIVE] + found[VISIT] + found[WORK_WITH]) or \
            sum(isinstance(e, Name) for e in before) < 2 or not _subject_of_act(sv, before):
        return []
    return officials_bodies(before, sv.toks, resolve)


def persons_of(before: list, toks) -> list[list[Role]]:
    """The titles of each person named in `before`, in order: those written after his name up to
    the next person, and a title written right before his name ("Bí thư Huyện ủy X Nguyễn Văn A"); not a
    place the scanner read as a name ("Trong chuyến công tác tại Lâm Đồng, ...": after a place word)."""
    persons: list[list[Role]] = []
    for k, e in enumerate(before):
        if isinstance(e, Name) and not (e.start > 0 and toks[e.start - 1].low in host_words()["place_words"]):
            persons.append(_titles_before(before, k, toks))
        elif isinstance(e, Role) and persons and not _opens_next(before, k):
            persons[-1].append(e)
    return persons


def _titles_before(before: list, k: int, toks) -> list[Role]:
    """The titles written before the name at k: a chain of them up to the clause's start ("Phó Bí thư
    Tỉnh ủy, Chủ tịch UBND tỉnh X Lâm Văn A"), or only those right before the name when the chain
    follows another person ("A, Bí thư Huyện ủy, Chủ tịch UBND huyện B": B's is the last)."""
    chain: list = []
    j = k - 1
    if j > 0 and isinstance(before[j], Punct) and before[j].char in "-–" and isinstance(before[j - 1], Role):
        chain, j = [before[j]], j - 1       # ("Phó Chủ tịch HĐND tỉnh X - Lê Văn A": the title, a dash, the name)
    while j >= 0 and (isinstance(before[j], (Role, Honorific)) or isinstance(before[j], Punct) and before[j].char == ","):
        chain.insert(0, before[j])
        j -= 1
    if j >= 0 and isinstance(before[j], Name):
        cut = max((n for n, x in enumerate(chain) if isinstance(x, Punct)), default=-1)
        chain = chain[cut + 1:]
    elif j >= 0 and isinstance(before[j], Word) and toks[before[j].start].low in host_words()["authority_tails"]:
        # ("Thừa ủy quyền của Chủ tịch nước, ông A, ...": the title before the comma is of whom he
        # acts for, not his own)
        cut = min((n for n, x in enumerate(chain) if isinstance(x, Punct)), default=len(chain))
        chain = chain[cut + 1:]
    return [x for x in chain if isinstance(x, Role)]


def _opens_next(before: list, k: int) -> bool:
    """The title at k is written before the next person's name (no punctuation between)."""
    for e in before[k + 1:]:
        if isinstance(e, Name):
            return True
        if not isinstance(e, (Role, Honorific)):
            return False
    return False


def _first_body(roles: list[Role], resolve, text: str) -> Optional[Body]:
    """The body of the first title he may act under (visitors.acting_titles, strictly) whose body is
    written ("Tỉnh trưởng tỉnh X": a foreign government the title implies, its name unwritten); a first
    title whose body is not read brings none: no later title stands in."""
    from kg.extract.meeting.visitors import acting_titles, body_of_title
    written = [r for r in roles if r.body is None or r.body.surface.lower() in text]
    titles = acting_titles(written, resolve, strict=True)
    return body_of_title(titles[0], resolve) if titles else None

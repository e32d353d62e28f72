"""A delegation's trip told over the lead's sentences: every body it visited, and who went with it.

    Đoàn lãnh đạo tỉnh ... đến thăm các cơ sở tôn giáo.       (the visitors; no visited body yet)
    Đoàn đã đến thăm Ban Trị sự ..., Ban Trị sự ... và ...     (the visited bodies: hosts)
    Cùng đi với đoàn có đại diện Ban Dân vận Tỉnh ủy, ...      (who travels with it: guests)

The words are meetings.yaml's (``hosts``: `companion_cues`, `other_event_openers`).
"""
from __future__ import annotations

from kg.extract.sentences.elements import BodyMention, Name, Punct, Role
from kg.extract.meeting.companion_cues import _riders, companion_start  # noqa: F401 (_riders: tests)
from kg.extract.meeting.hosts import host_guest, host_words, kin, phrase_at
from kg.extract.sentences.phrase_starts import positions, starts
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def _among(b: Body, bodies: list[Body]) -> bool:
    return any(b.key == x.key for x in bodies)


def visited_hosts(views: list[SentenceView], told: SentenceView, guests: list[Body], resolve,
                  persons: bool = False, headline: tuple = ()) -> list[Body]:
    """The bodies the other lead sentences say the delegation visited or worked with, all of them
    (a trip's stops are often listed over two sentences), never one of the visitors: "đã chuyển
    lời chúc mừng của lãnh đạo Ủy ban X tới ..." names the visitor again, not whom it visited."""
    out: list[Body] = []
    for sv in views:
        if sv is told or another_event(sv):
            continue        # "Trước đó, ngày 5/4, Đoàn ... đã đến thăm ...": another day's stops
        hosts, _, found, travelled = host_guest(sv, resolve, persons)
        if found and (travelled or _receives_it(sv)):
            # (nor a board of a visitor: "Ở mỗi nơi ghé thăm, Thường trực Ủy ban X đánh giá cao ...")
            out.extend(h for h in hosts if not _among(h, guests) and not _among(h, out)
                       and not (h.parent is not None and _among(h.parent, guests)))
    # "Đoàn X đến thăm và làm việc tại <tỉnh>. Bà A, Chủ tịch Hội Y tỉnh tiếp đoàn.": a trip to a
    # place, not to a body, is received by the officials who receive the delegation, for their bodies
    out = out or receiving_officials(views, told, [], guests, resolve)
    return _headline_receiver(headline, out, resolve) or out


def _headline_receiver(headline, hosts: list[Body], resolve) -> list[Body]:
    """A headline that receives the delegation itself ("Thường trực Tỉnh ủy tiếp Đoàn ...") over the lead's
    receiving official ("Bí thư Tỉnh ủy A đã tiếp ..."), when his title's body is that body or its kin: the
    body the visit itself names (docs/conventions.md), as headline_title does for a visitor."""
    for sv in headline:
        named, _, found, travelled = host_guest(sv, resolve)
        if hosts and named and found and not travelled and _receives_it(sv) and all(kin(h, named) for h in hosts):
            return named
    return []


def _receives_it(sv: SentenceView) -> bool:
    """The sentence receives someone, the delegation by its word alone ("Tiếp đoàn có ...", "Thượng tọa A,
    Trưởng Ban Trị sự ..., cùng các thành viên Ban Trị sự tiếp đoàn") or its people ("tại trụ sở UBND tỉnh,
    bà A, Phó Chủ tịch UBND tỉnh đã có buổi tiếp ông B, ... và đoàn cán bộ"): who receives is visited."""
    from kg.extract.meeting.hosts import RECEIVE, convenes, verb_index
    return any(convenes(sv, v) and not _received_later(sv, v) for v in verb_index(sv)[RECEIVE])


def _received_later(sv: SentenceView, v: int) -> bool:
    """A plan or another day stands before the receiving verb at element v ("Theo kế hoạch, ngày mai Hội
    X sẽ tiếp đoàn"): the reception is told for later, not the visit's own (meetings.yaml receive_planned)."""
    planned = host_words()["receive_planned"]
    return any(starts(sv.toks, j, planned) is not None for j in range(sv.elements[v].start))


def _receives_delegation(sv: SentenceView, v: int) -> bool:
    """The receiving verb at element v takes the delegation by its word alone ("tiếp đoàn")."""
    from kg.extract.meeting.hosts import RECEIVE, verb_end
    from kg.extract.lexicon import lexicon
    end = verb_end(sv, v, RECEIVE)
    return end < len(sv.toks) and lexicon().delegation.match(sv.toks, end) is not None


def delegation_stops(views: list[SentenceView], told: SentenceView, guests: list[Body], hosts: list[Body],
                     resolve, persons: bool = False) -> list[Body]:
    """ "Bà A thăm Chùa X (huyện Y)." (a caption of one stop) then "Đoàn đã đến thăm Chùa X, Chùa Z ...":
    the bodies a sentence whose subject is the delegation itself, by its word alone, says it
    visited are its stops too."""
    from kg.extract.lexicon import lexicon
    out: list[Body] = []
    for sv in views:
        if another_event(sv) or phrase_at(sv.toks, _first_word(sv) + 1, "other_event_openers"):
            break           # ("* Cùng ngày, ... tổ chức 7 đoàn ...": the stops after are another's)
        first = _first_word(sv)
        if sv is told:
            continue
        by_word = lexicon().delegation.match(sv.toks, first) and not any(isinstance(e, BodyMention) for e in sv.elements[:3])
        got, came, found, travelled = host_guest(sv, resolve, persons)
        # (not "Đoàn công tác của Tỉnh ủy X ...": another delegation may be named; but when the lead named
        # no stop, the same visitors named again, "Ngày 21/12, ông A, Phó Chủ tịch Ủy ban X đến thăm ...",
        # tell them; once it named one, such a sentence names it again, by another name, "Giáo phận X")
        again = not hosts and not out and came and guests and all(_among(g, guests) for g in came)
        if found and travelled and (by_word or again):
            out.extend(h for h in got if not _among(h, guests) and not _among(h, hosts + out))
    return out


def receiving_officials(views: list[SentenceView], told: SentenceView, hosts: list[Body], guests: list[Body],
                        resolve) -> list[Body]:
    """ "Đoàn ... đến thăm, chúc Tết HĐND, UBND huyện X. Bí thư Huyện ủy X A, Chủ tịch UBND huyện B tiếp
    đoàn.": once the visit names whom it is paid to, the officials who receive the delegation
    receive it for the bodies of their titles (not a membership). Only a sentence that names no body
    but in the titles, the delegation by its word alone right after the verb."""
    from kg.extract.sentences.elements import Name
    from kg.extract.meeting.hosts import RECEIVE, convenes, verb_index
    from kg.extract.meeting.visitors import body_of_title
    out: list[Body] = []
    for sv in views:
        if sv is told or another_event(sv):
            continue
        v = next((v for v in verb_index(sv)[RECEIVE] if convenes(sv, v)), None)
        if v is None:
            continue
        before = sv.elements[:v]
        if any(isinstance(e, BodyMention) for e in sv.elements) or not any(isinstance(e, Name) for e in before) \
                or not _receives_delegation(sv, v):
            continue        # (the delegation named again, "tiếp Đoàn đại biểu MTTQ ...", may be another)
        for r in _last_titles(before):
            b = body_of_title(r, resolve)
            if b is not None and not _among(b, guests) and not kin(b, hosts + out):
                out.append(b)       # (not "Thành ủy X" beside the host "Thường trực Thành ủy X")
    return out


def _last_titles(before: list) -> list:
    """The last title, not a membership, of each person named ("A - Phó Bí thư Tỉnh ủy, Chủ tịch UBND
    tỉnh" receives for the UBND, as a lone visitor comes for his last title's body; "Bí thư Huyện ủy
    A, Chủ tịch UBND huyện B": one title each). A name ends the titles written before or after it."""
    from kg.extract.sentences.elements import Name, Role
    out, chain, named = [], [], False
    for e in before:
        if isinstance(e, Name):
            if chain and named:         # (the titles after the previous name were his)
                out.append(chain[-1])
                chain = []
            named = True
        elif isinstance(e, Role) and e.entry.role.lower() not in host_words()["membership_roles"]:
            chain.append(e)
            if not named:               # (titles before a name: each its own, "Bí thư Huyện ủy A")
                out.append(e)
                chain = []
    if chain:
        out.append(chain[-1])
    return out


def another_event(sv: SentenceView) -> bool:
    """The sentence opens on another day's or place's event ("Trước đó, ngày 5/4, Đoàn ...";
    meetings.yaml hosts `other_event_openers`)."""
    return phrase_at(sv.toks, _first_word(sv), "other_event_openers")


def _first_word(sv: SentenceView) -> int:
    """The index of the sentence's first token that is not punctuation ("- Trước đó, ...")."""
    return next((e.start for e in sv.elements if not isinstance(e, Punct)), 0)


def companion_guests(views: list[SentenceView], resolve, not_in: list[Body], _visitors=None, hosts=()) -> list[Body]:
    """ "Cùng đi với đoàn có đại diện Ban Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy": the bodies named after
    a cue that someone travels with the delegation (meetings.yaml hosts `companion_cues`) go
    with it, as guests; so do the bodies of people named with their titles ("Cùng đi có đồng chí A,
    Chánh Văn phòng Tỉnh ủy": the body he acts for), and a central delegation's local companions
    ("Đoàn ... của Ủy ban Trung ương MTTQ ...; cùng đi với đoàn có lãnh đạo Ủy ban MTTQ tỉnh"):
    docs/conventions.md counts whoever travels with the visitors on their side. Those who receive
    with the host ("Cùng tiếp đoàn có ...") are no companions: the cues are of going along only.
    (`_visitors` is unused: the bodies to leave out are all in `not_in`; kept for an older caller.
    `hosts`: the meeting's hosts when known, which an owned cue's bare level word is read against.)"""
    for sv in views:
        at, until = companion_start(sv, hosts)
        if at is None:
            continue
        got: list[Body] = []
        for b in _companions(sv, at, resolve, until):
            if not _among(b, not_in) and not _among(b, got):
                got.append(b)
        if got:
            return [h for h in _head_body(views, resolve, not_in) if not _among(h, got + not_in)] + got
    return []


def _head_body(views: list[SentenceView], resolve, not_in: list[Body]) -> list[Body]:
    """ "Đại tá A, Phó Tư lệnh Quân khu X cùng đoàn công tác về thăm ...": the body of the last
    title of the one person a sentence with a cue of heading the delegation names (meetings.yaml hosts
    `head_cues`, as conveners.head_guests reads it), which companions do not replace."""
    from kg.extract.sentences.elements import Name
    from kg.extract.sentences.phrase_starts import anywhere
    from kg.extract.meeting.visitors import body_of_title
    for sv in views:
        if not anywhere(sv.toks, host_words()["head_cues"], sv.lows):
            continue
        if len({e.text for e in sv.elements if isinstance(e, Name) and not e.partial}) != 1 or not head_named(sv):
            continue
        # (the first title written when he is introduced, docs/conventions.md; not a membership, a
        # title held alongside nor a central party seat, as visitors.visitor_body reads a lone visitor)
        from kg.extract.sentences.elements import Role
        from kg.extract.meeting.visitors import _seat
        w = host_words()
        roles = [e for e in sv.elements if isinstance(e, Role) and e.entry.role.lower() not in w["membership_roles"]]
        roles = [r for r in roles if r.entry.role.lower() not in w["concurrent_roles"] and not _seat(r, resolve)]
        got = [b for b in (body_of_title(r, resolve) for r in roles) if b is not None]
        # (none when the head's body is read already, by another of his titles: one body a head)
        return [] if any(_among(b, not_in) for b in got) else got[:1]
    return []


def head_named(sv: SentenceView) -> bool:
    """The one name and the head cue are of one phrase, no event verb between them ("Đại tá A, Phó
    Tư lệnh ... cùng đoàn công tác về thăm ...", "Thay mặt đoàn, ông A ..."), and no receiving verb
    before the name: not one who receives the delegation ("Ông A, Chủ tịch UBND xã X đã tiếp và làm
    việc cùng đoàn công tác"), whose body is of the host's side, not a guest."""
    from kg.extract.sentences.elements import Name
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, convenes, verb_index
    els, found = sv.elements, verb_index(sv)
    receive = [v for v in found[RECEIVE] if convenes(sv, v)]
    verbs = found[WORK_WITH] + found[VISIT] + [v for v in found[HOST] if convenes(sv, v)] + receive
    cue = next((j for j, _ in positions(sv.toks, host_words()["head_cues"], sv.lows)), len(sv.toks))
    name = next(k for k, e in enumerate(els) if isinstance(e, Name) and not e.partial)
    lo, hi = sorted((els[name].start, cue))
    return not any(lo < els[v].start < hi for v in verbs) and not any(v < name for v in receive)


def _companions(sv: SentenceView, at: int, resolve, until=None) -> list[Body]:
    """The bodies a companion clause names from token `at` on, in their order: each named body, and
    for each person named with titles the body of the title he acts under (not a membership nor a
    concurrent deputies' delegation: "A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH
    tỉnh" goes for the Tỉnh ủy, as a lone visitor does). The clause ends at a receiving verb ("...;
    tiếp đoàn có ông B, Chủ tịch UBND huyện": the host's side), or at token `until`."""
    from kg.extract.sentences.elements import Name, Role
    from kg.extract.meeting.hosts import RECEIVE, verb_index
    stop = min([sv.elements[v].start for v in verb_index(sv)[RECEIVE] if sv.elements[v].start >= at]
               + ([until] if until is not None else []) or [len(sv.toks)])
    mentions = {e.start for e in _unbracketed(sv, at)}
    inside = _bracketed(sv, at)
    out: list[tuple[int, Body]] = []
    chain: list = []

    def flush():
        b = _acting_body(chain, resolve)
        if b is not None:
            out.append((chain[0].start, b))
        chain.clear()
    item = at               # (where the present item's words begin)
    for e in sv.elements:
        if e.start < at or e.start >= stop:
            continue
        if e.start in mentions:
            b = resolve(e)
            out.extend([(e.start, b)] if b is not None else [])
        elif isinstance(e, Name) or isinstance(e, Punct) and e.char == ";":
            flush()             # (the titles written since the previous name, or in his item, were his)
            item = e.end
            if isinstance(e, Punct) and not _list_goes_on(sv, e.end, stop):
                break
        elif isinstance(e, Role) and e.start not in inside and not former_title(sv.toks, item, e):
            chain.append(e)
    flush()
    return [b for _, b in sorted(out, key=lambda x: x[0])]


def _list_goes_on(sv: SentenceView, at: int, stop: int) -> bool:
    """The item after a ";" of a companion clause is one more companion when it opens on a name, a
    title, a body or an item's word (meetings.yaml hosts `companion_item_openers`) and no verb of
    its own follows (`companion_item_verbs`): "...; dịp này, ông B, Chủ tịch UBND huyện L báo cáo
    ...": an adverbial or a verb opens another clause, whose people receive the delegation."""
    w = host_words()
    end = next((k for k in range(at, stop) if sv.toks[k].low == ";"), stop)
    item = [t for t in sv.toks[at:end]]
    first = next((t for t in item if t.is_word), None)
    if first is None or not first.is_cap and first.low not in w["companion_item_openers"]:
        return first is None
    return next(positions(item, w["companion_item_verbs"]), None) is None


def former_title(toks, item: int, role) -> bool:
    """ "Cùng đi có ông A, nguyên Chủ tịch UBND tỉnh", "..., từng giữ chức ...", "Bí thư Huyện ủy X
    (cũ)": a title held no more brings no body to the delegation (meetings.yaml hosts
    `former_words` since the item's start, unless `now_words` follow them; `old_unit_words` in
    brackets right after the title)."""
    w = host_words()
    formers = [j for j, _ in positions(toks[item:role.start], w["former_words"])]
    if formers and not any(j > formers[-1] for j, _ in positions(toks[item:role.start], w["now_words"])):
        return True
    after = [t.low for t in toks[role.end:role.end + 3]]
    return len(after) > 1 and after[0] == "(" and after[1] in w["old_unit_words"]


def _acting_body(chain: list, resolve):
    """The body of the title one companion acts under (visitors' rule for a lone visitor)."""
    from kg.extract.meeting.visitors import acting_title, body_of_title
    w = host_words()
    roles = [r for r in chain if r.entry.role.lower() not in w["membership_roles"]
             and (r.body is not None or r.entry.body)]
    roles = [r for r in roles if r.entry.role.lower() not in w["concurrent_roles"]] or roles
    return body_of_title(acting_title(roles), resolve) if roles else None


def _bracketed(sv: SentenceView, at: int) -> set[int]:
    """The token starts of the elements inside brackets from token `at` on."""
    out, depth = set(), 0
    for e in sv.elements:
        if e.start < at:
            continue
        if isinstance(e, Punct):
            depth = max(0, depth + (e.char == "(") - (e.char == ")"))
        elif depth:
            out.add(e.start)
    return out


def _unbracketed(sv: SentenceView, at: int) -> list[BodyMention]:
    """The named bodies from token `at` on, not those in brackets ("Ban Tôn giáo tỉnh (Sở Nội vụ)":
    the bracket says what the body belongs to, no one of the delegation)."""
    inside = _bracketed(sv, at)
    return [e for e in sv.elements if e.start >= at and isinstance(e, BodyMention) and not e.generic
            and e.start not in inside]


def headline_guests(headline: list[SentenceView], hosts: list, resolve) -> list:
    """ "Đoàn công tác của Trung ương Hội X làm việc với Hội X tỉnh" over a lead that names the
    visitor by his membership alone: the headline's guests, when it names the same hosts."""
    keys = {h.key for h in hosts}
    for sv in headline:
        h, g, found, travelled = host_guest(sv, resolve)
        # ("Thường trực Ủy ban MTTQ tỉnh X: Chúc mừng mùa Phật đản" over a lead whose lone
        # official visits the bodies it names: the headline names only the visitors)
        # ("Ban Dân vận Tỉnh ủy làm việc với Huyện ủy X" over a lead's host "Ban Thường vụ Huyện ủy X":
        # the headline names the same host by its committee or its organ)
        if found and (h and all(kin(b, hosts) for b in h) or not h and travelled):
            return [b for b in g if b.key not in keys and not kin(b, hosts)]
    return []


def headline_title(headline: list[SentenceView], resolve) -> list[Body]:
    """ "Chủ tịch UBND tỉnh X làm việc với ...": the body of the one title, and no body nor person, a
    headline writes before its first visiting or working verb (not a receiving one: "Bí thư Tỉnh ủy tiếp
    ..." is at home); [] when it writes other."""
    from kg.extract.meeting.hosts import VISIT, WORK_WITH, verb_index
    for sv in headline:
        verbs = verb_index(sv)[VISIT] + verb_index(sv)[WORK_WITH]
        before = sv.elements[:min(verbs)] if verbs else []
        roles = [e for e in before if isinstance(e, Role)]
        if len(roles) == 1 and roles[0].body is not None and \
                not any(isinstance(e, (BodyMention, Name)) for e in before if e is not roles[0].body):
            b = resolve(roles[0].body)
            return [b] if b is not None else []
    return []


def one_persons_titles(sv: SentenceView, bodies: list[Body], resolve) -> bool:
    """The sentence names one person, and every one of the bodies is that of a title it gives him ("ông
    A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X đến làm việc với ...": Tỉnh ủy X, UBND tỉnh X)."""
    if len({e.text for e in sv.elements if isinstance(e, Name) and not e.partial}) != 1:
        return False
    keys = {b.key for b in (resolve(e.body) for e in sv.elements if isinstance(e, Role) and e.body is not None)
            if b is not None}
    return all(b.key in keys for b in bodies)


def worship_visitors(views: list[SentenceView], hosts: list[Body], guests: list[Body], resolve) -> list[Body]:
    """ "X tổ chức thăm Thánh đường Y. Tham dự có: ...; đại diện Phòng Nội vụ quận; lãnh đạo UBND
    phường Z": at a visit the authorities pay to places of worship (every host of meetings.yaml
    hosts `worship_kinds`), the bodies a list of who takes part (a sentence opening on it) names
    are of the visiting side."""
    from kg.extract.meeting.hosts import LIST_BREAKS, verb_index
    kinds = set(host_words()["worship_kinds"])
    if not hosts or any(h.kind.lower() not in kinds for h in hosts):    # (the word lists are lowered)
        return []
    out: list[Body] = []
    for sv in views:        # (a central delegation's local escort goes with it: docs/conventions.md)
        at = verb_index(sv)[LIST_BREAKS]
        if not at or any(not isinstance(e, Punct) for e in sv.elements[:at[0]]):
            continue
        # ("Về phía tỉnh X có các đồng chí: A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; B, Phó Chủ tịch HĐND
        # tỉnh": the people of a side named (meetings.yaml hosts `side_openers`) bring the bodies of their
        # titles, as companions do; those who merely attend, "Tham dự còn có ông A, Bí thư Tỉnh ủy", attend)
        start = sv.elements[at[0]].start
        side = phrase_at(sv.toks, start, "side_openers")
        if side and _host_side_named(sv, start, resolve, kinds):
            continue
        for b in _companions(sv, start, resolve) if side else (resolve(e) for e in _unbracketed(sv, start)):
            if b is not None and b.kind.lower() not in kinds and not _among(b, guests + out):
                out.append(b)
    return out


def _host_side_named(sv: SentenceView, start: int, resolve, kinds: set) -> bool:
    """The side a "Về phía ... có" at token `start` names is the host's: a word of a faith's bodies or
    people (meetings.yaml hosts `host_side_words`) or a religious body before its "có" or ":"."""
    toks, w = sv.toks, host_words()
    end = next((j for j in range(start + 2, min(start + 12, len(toks))) if toks[j].low in ("có", ":", ",")),
               min(start + 12, len(toks)))
    if any(phrase_at(toks, j, "host_side_words") for j in range(start + 2, end)):
        return True
    return any(isinstance(e, BodyMention) and start < e.start < end and (b := resolve(e)) is not None
               and b.kind.lower() in kinds for e in sv.elements)


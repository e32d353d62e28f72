"""The meeting's frame: one host side and one guest side, each body on one of them.

Every reader of the sides (hosts.host_guest and the stages meetings.read_meeting runs after it) fills the
two sides from its own sentence; the frame is what keeps them consistent with each other:

    one body, one side     a verb's subject and object that resolve to the same body name it once: the side
                           whose mention writes the body's place keeps it (the other took the place from it:
                           "Ban Tổ chức Tỉnh ủy tiếp đoàn Ban Tổ chức Tỉnh ủy X" -> X's board is the
                           guest only); a body visiting its own retired people visits no host
    the headline's sides   a headline that tells who receives whom ("Huyện ủy X làm việc với Đảng ủy xã Y",
                           "UBND huyện tổ chức kiểm tra ...") holds against a story whose lead, read by another
                           construction (a lone official, a delegation of its own departments), put the same
                           bodies on the other sides
    voters' meetings       deputies meeting their voters receive no guest (kg.extract.meeting.voters)
    planned stops          a story sentence whose every event is to come ("... đoàn sẽ đến kiểm tra tại X")
                           names no host (planned, read by meetings._read_sides)
    side trips             respects paid at a memorial after the lead of a conference or a congress ("Đoàn
                           đại biểu ... đã đến dâng hương tại Nghĩa trang liệt sĩ X") name no side (aside_trip)

A meeting with no clear frame (no headline verb that names bodies on a side) keeps what the readers found.
"""
from __future__ import annotations

from kg.extract.sentences.elements import BodyMention, LevelMention, Punct, Word
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def one_side_each(hosts: list[Body], guests: list[Body], host_mentions: list, guest_mentions: list, resolve,
                  visit: bool = False) -> tuple[list[Body], list[Body]]:
    """(hosts, guests) one verb's sides gave, with no body on both: on a visit the visitor's own body named
    again after the verb is his people, no host ("Hội X đến thăm các cán bộ hưu trí của Hội X"); else
    the side whose mention does not write the body's place drops it when the other side's writes it."""
    shared = {b.key for b in hosts} & {b.key for b in guests}
    if not shared:
        return hosts, guests
    if visit:
        return [b for b in hosts if b.key not in shared], guests
    host_placed, guest_placed = _placed_keys(host_mentions, resolve), _placed_keys(guest_mentions, resolve)
    return [b for b in hosts if not (b.key in shared and b.key in guest_placed - host_placed)], \
        [b for b in guests if not (b.key in shared and b.key in host_placed - guest_placed)]


def _placed_keys(mentions: list, resolve) -> set:
    """The keys of the bodies whose mention writes their place ("Ban Dân vận Tỉnh ủy Lâm Đồng", not the bare
    "Ban Dân vận Tỉnh ủy" the resolver placed from the sentence)."""
    out = set()
    for e in mentions:
        if isinstance(e, BodyMention) and e.place_name:
            b = resolve(e)
            if b is not None:
                out.add(b.key)
    return out


def headline_sides(headline: list[SentenceView], lead: list[SentenceView], hosts: list[Body], guests: list[Body],
                   resolve) -> tuple[list[Body], list[Body]]:
    """(hosts, guests) swapped when the headline's frame puts its own host (a body it places itself) on the guest
    side the story's readers gave and none of its bodies on the same sides (see the module) — with no guest when
    the headline names none; else as they are. A headline that only works with another ("X làm việc với Y")
    yields to a lead that tells a trip (`trip_told`): who travelled to whom is the lead's to say."""
    from kg.extract.meeting.hosts import WORK_WITH, host_guest, verb_index
    for sv in headline:
        h, g, found, _ = host_guest(sv, resolve)
        if not found or not h or joint_subject(sv):
            continue
        # (only the bodies the headline places itself: "Ban X Tỉnh ủy" placed from the story is not its own)
        hk, gk = {b.key for b in h if _placed_in(b, sv)}, {b.key for b in g if _placed_in(b, sv)}
        host_keys, guest_keys = {b.key for b in hosts}, {b.key for b in guests}
        if hk & guest_keys and not hk & host_keys and not gk & guest_keys and \
                not (verb_index(sv)[WORK_WITH] and trip_told(lead)):
            # (a headline that names no guest, "UBND huyện tổ chức kiểm tra ...": the bodies the story put
            # across from the headline's host went with it, its own departments and communes)
            return guests, hosts if g else []
        return hosts, guests
    return hosts, guests


def joint_subject(sv: SentenceView) -> bool:
    """ "Bộ X và tỉnh Y thảo luận ...", "Hội A cùng Hội B bàn ...": the sentence's first event verb has two
    parties joined as its subject — a body, then "và"/"cùng" and a body or a place — both sides of one talk, so
    it tells no host against a guest (the story's readers say who received whom)."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, verb_index
    found = verb_index(sv)
    first = min((v for k in (WORK_WITH, HOST, RECEIVE, VISIT) for v in found[k]), default=None)
    if first is None:
        return False
    els = sv.elements[:first]
    return any(isinstance(e, BodyMention) and isinstance(els[k + 1], Word) and els[k + 1].low in ("và", "cùng")
               and k + 2 < len(els) and (isinstance(els[k + 2], BodyMention) or
                                          isinstance(els[k + 2], LevelMention) and els[k + 2].place_name)
               for k, e in enumerate(els[:-1]))


def trip_told(views: list[SentenceView]) -> bool:
    """A sentence says someone travels: a delegation word (meetings.yaml `delegation`) or a travel word right
    before an event verb (meetings.yaml travel_words: "đến khảo sát và làm việc với ...")."""
    from kg.extract.lexicon import lexicon
    from kg.extract.meeting.hosts import RECEIVE, VISIT, WORK_WITH, verb_index
    lx = lexicon()
    for sv in views:
        found = verb_index(sv)
        if any(lx.delegation.match(sv.toks, i) for i in range(len(sv.toks))):
            return True
        if any(sv.elements[v].start > 0 and sv.toks[sv.elements[v].start - 1].low in lx.travel_words
               for k in (WORK_WITH, VISIT, RECEIVE) for v in found[k]):
            return True
    return False


def planned(sv: SentenceView) -> bool:
    """Every event verb of a story sentence is planned — a marker of what is to come (meetings.yaml hosts
    `planned_markers`) stands before it in its clause — or stands in a clause before another ("Dự kiến, sau khi
    làm việc với X, đoàn sẽ đến kiểm tra tại Y, Z"): the stops it tells are to come, no host of the
    meeting reported (who travels is still the visitor)."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, convenes, host_words, verb_index
    from kg.extract.meeting.verb_clauses import subordinate
    found, marks, els = verb_index(sv), host_words()["planned_markers"], sv.elements
    verbs = sorted(found[WORK_WITH] + found[VISIT] + [v for k in (HOST, RECEIVE) for v in found[k] if convenes(sv, v)])

    def ahead(v: int) -> bool:
        start = max((k for k in range(v) if isinstance(els[k], Punct) and els[k].char in ",;:"), default=-1)
        return any(isinstance(e, Word) and sv.toks[e.start].low in marks for e in els[start + 1:v])
    return any(ahead(v) for v in verbs) and all(ahead(v) or subordinate(sv, v, verbs) for v in verbs)


def aside_trip(sv: SentenceView, kind: str, story: list[SentenceView]) -> bool:
    """A story sentence after the lead of a meeting that is no visit or ceremony tells only respects paid at a
    memorial or a historic site ("Các đại biểu đã đến dâng hương tại Nghĩa trang liệt sĩ X", "đoàn đến thăm khu
    di tích Y"; meetings.yaml hosts `respects_verbs`, `memorial_sites`): a side trip of the meeting's people,
    which names no side of the meeting (the delegation that goes is no guest of it)."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, convenes, phrase_at, verb_end, verb_index
    if kind in ("Visit", "Ceremony") or sv.is_headline or not story or sv is story[0]:
        return False
    found, toks = verb_index(sv), sv.toks
    if not found[VISIT] or found[WORK_WITH] or any(convenes(sv, v) for k in (HOST, RECEIVE) for v in found[k]):
        return False

    def to_memorial(v: int) -> bool:     # (the verb pays respects, or a memorial is named right after it)
        end = verb_end(sv, v, VISIT)
        return phrase_at(toks, sv.elements[v].start, "respects_verbs") or \
            any(phrase_at(toks, j, "memorial_sites") for j in range(end, end + 4))
    return all(to_memorial(v) for v in found[VISIT])


def settle(kind: str, headline: list[SentenceView], lead: list[SentenceView], hosts: list[Body], guests: list[Body],
           resolve) -> tuple[list[Body], list[Body]]:
    """The sides once every reader has filled them: a voters' meeting's (`lead`: its first sentences); a working
    session with no host read, told at the seat of a body its officials meet at (heads.seat_sides); then the
    headline's when it crosses them (headline_sides)."""
    from kg.extract.meeting.voters import voter_meeting, voter_sides
    from kg.extract.meeting.heads import seat_sides
    if voter_meeting(kind, headline + lead):
        return voter_sides(kind, headline + lead, hosts, guests, resolve)
    if kind == "WorkingSession" and not hosts:      # ("tại trụ sở Bộ X, ... và Thứ trưởng A đã có buổi làm việc")
        seated = seat_sides(lead, resolve)
        hosts, guests = seated if seated[0] else (hosts, guests)
    return headline_sides(headline, lead, hosts, guests, resolve)


def _placed_in(b: Body, sv: SentenceView) -> bool:
    """The body has no place, or the sentence writes it (an organ's is its parent's: "Ban Dân vận Tỉnh ủy" is
    placed where its Tỉnh ủy is)."""
    while b.place is None and b.parent is not None:
        b = b.parent
    return b.place is None or b.place.name.lower() in sv.text.lower()

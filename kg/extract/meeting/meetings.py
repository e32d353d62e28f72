"""Meetings: the event an article reports, its kind, date, people and bodies.

The headline and the lead sentence name the event; the genre's verbs give each person
their part (chủ trì, dẫn đầu, phát biểu, dự); "X làm việc với Y" gives host and guest,
turned round when X is a travelling delegation ("đoàn công tác ... đến làm việc với Y").
"""
from __future__ import annotations

from typing import Optional

from kg.extract.meeting.conveners import (chair_hosts, congress_only as _congress_only, congress_owner, head_guests,
                                          opener_hosts, organised_by, self_host, session_host, session_views)
from kg.extract.structure.dates import _words as _date_words, meeting_day
from kg.extract.meeting.hosts import (ABSENT, CHAIR, HOST, LEADER, LIST_BREAKS, SPEAKER, VISIT, WORK_WITH, verb_end, for_host, host_guest,  # noqa: F401
                              convenes, host_words, kin, send_off, verb_index)  # (host_guest: the stage's API)
from kg.extract.sentences.elements import BodyMention, Element, Name, Punct, Word
from kg.extract.lexicon import grammar
from kg.extract.meeting.meeting_kinds import article_kind, meeting_kind, organised_kind  # noqa: F401 (the stage's API)
from kg.extract.bodies.open_names import named_as
# (phrase lists indexed once by first word: these tests run at every token of a sentence)
from kg.extract.sentences.phrase_starts import anywhere as _anywhere, ends_before, starts as _starts
from kg.extract.sentences.sentences import SentenceView, evidence
from kg.extract.meeting.signings import signing_parties
from kg.extract.state import ArticleState, Stage
from kg.extract.meeting.delegations import headed_by, inspectors, leader_clause, list_leaders
from kg.extract.meeting.visits import (another_event, companion_guests, delegation_stops, headline_guests, receiving_officials,
                               headline_title, one_persons_titles, visited_hosts, worship_visitors)
from kg.extract.meeting.visitors import visits_people
from kg.extract.meeting.lone_visitors import joint_visitors, visiting_guests
from kg.extract.meeting.frame import aside_trip, planned, settle
from kg.extract.meeting.host_forms import authorised_by, invited_by
from kg.extract.meeting.givers import givers
from kg.extract.meeting.heads import shortened_in_headline
from kg.extract.meeting.kind_filters import late_lead
from kg.extract.meeting.absentees import absent_names
from kg.facts import Body, Meeting

_W = grammar("meetings.yaml", "people")    # (the words the meeting's people are read by: "tiếp", "lễ", chair cues, ...)

# -- people -------------------------------------------------------------------------------

def _names(elements: list[Element], lo: int = 0, hi: Optional[int] = None) -> list[Name]:
    return [e for e in elements[lo:hi] if isinstance(e, Name)]


def people_roles(sv: SentenceView) -> dict[str, list[Name]]:
    """Chairs, leaders and speakers a sentence names."""
    els = sv.elements
    out: dict[str, list[Name]] = {"chair": [], "leader": [], "speaker": []}
    found = verb_index(sv)
    for role, k in (("chair", CHAIR), ("leader", LEADER), ("speaker", SPEAKER)):
        for v in found[k]:
            after_words = _words_after(sv, v, k)
            verb_first = v <= 1 or all(isinstance(e, Punct) or isinstance(e, Word) and e.low in _W["verb_openers"] for e in els[:v])
            if role == "chair" and _remote(sv, v, k) or role == "leader" and _not_leading(sv, v, k):
                continue
            under = v > 0 and isinstance(els[v - 1], Word) and els[v - 1].low == _W["chair_cue_before"]
            if role == "chair" and (verb_first or any(w in _W["chair_cues"] for w in after_words[:3]) or under):
                # "Chủ trì hội nghị có đồng chí A, ...; cùng dự có ...": the chairs end where the clause does; "dưới sự chủ
                # trì của A, ..., Ban Thường vụ X làm việc với ...": where the main clause's subject begins; a cue with no
                # one after it ("A chủ trì phiên họp của Hội đồng X": the meeting's owner) leaves the chair to the subject
                end = _clause_end(sv, v + 1)
                if under:
                    end = next((j for j in range(v + 1, end) if isinstance(els[j], BodyMention)), end)
                if (named := _names(els, v + 1, end)) or verb_first or under:
                    out[role].extend(named)
                    continue
            before = _names(els, 0, v) if role != "leader" else _names(els, leader_clause(found, v), v)
            if role == "chair":
                out[role].extend(_clause_names(sv, v))
            elif before:
                out[role].append(before[-1])
            elif verb_first:
                after = _names(els, v + 1)
                if after:
                    out[role].append(after[0])
    if not _appointing(sv):     # (a delegation "do A, <titles> đã đến ...": A heads it, no verb of leading written)
        out["leader"].extend(list_leaders(sv, _W["delegation_head"]) or ([] if out["leader"] else headed_by(sv)))
    return out


def _words_after(sv: SentenceView, v: int, k: int) -> list[str]:
    """The words after the verb at element v (of verb list k), its own syllables skipped
    ("chủ trì | hội nghị có ..."); "có sự tham dự của" introduces guests, not chairs."""
    els, end = sv.elements, verb_end(sv, v, k)
    out = [e.low for e in els[v + 1:v + 7] if isinstance(e, Word) and e.start >= end]
    return [w for i, w in enumerate(out) if not (w == "có" and i + 1 < len(out) and out[i + 1] == "sự")]


def _remote(sv: SentenceView, v: int, k: int) -> bool:
    """ "Chủ trì tại điểm cầu huyện X là ông A": who chairs at a remote point does not chair the
    meeting (meetings.yaml people `remote_points`)."""
    return _starts(sv.toks, verb_end(sv, v, k), _W["remote_points"]) is not None


def _not_leading(sv: SentenceView, v: int, k: int) -> bool:
    """ "Đơn vị dẫn đầu phong trào thi đua": first in a ranking; "A được chỉ định làm Trưởng đoàn",
    "quyết định thành lập Đoàn ... do B là trưởng đoàn": a delegation named, not leading the
    meeting (meetings.yaml people `ranking_words`, `ranked_units`, `appointing_words`)."""
    if _starts(sv.toks, verb_end(sv, v, k), _W["ranking_words"]) is not None:
        return True
    if v > 0 and isinstance(sv.elements[v - 1], Word) and ends_before(sv.toks, sv.elements[v].start, _W["ranked_units"], reach=2) \
            and _ranked_subject(sv.toks, sv.elements[v].start - 2):
        return True     # ("huyện Y là đơn vị dẫn đầu về thu ngân sách": a unit ranked first)
    return _appointing(sv)


def _ranked_subject(toks, i: int) -> bool:
    """The unit word ending at token i+1 is a ranked noun ("huyện Y là đơn vị dẫn đầu", "một trong những
    địa phương dẫn đầu"), unless a "do ... dẫn đầu" frame holds it ("Đoàn ... do Đại tá A, Chỉ huy trưởng
    đơn vị dẫn đầu": the unit ends the leader's title)."""
    return not any(t.low == "do" for t in toks[:i])


def _appointing(sv: SentenceView) -> bool:
    return _anywhere(sv.toks, _W["appointing_words"], sv.lows)


def _clause_end(sv: SentenceView, start: int) -> int:
    """Index of the first word that opens another list of people ("cùng dự có", "tham dự",
    "về phía") from start: the chairs are named before it."""
    breaks = set(verb_index(sv)[LIST_BREAKS])
    return next((k for k in range(start, len(sv.elements)) if k in breaks), len(sv.elements))


def _clause_names(sv: SentenceView, v: int) -> list[Name]:
    """Names of the subject of the verb at v: back to the sentence start or a clause verb; none
    when the last of them asks another to preside ("A đề nghị Hội Nông dân huyện chủ trì")."""
    out = []
    for e in reversed(sv.elements[:v]):
        if isinstance(e, Word) and not out and _starts(sv.toks, e.start, _W["request_words"]):
            return []
        if isinstance(e, Word) and e.low in _W["subject_fillers"]:
            continue
        if isinstance(e, Name):
            out.insert(0, e)
    return out


# -- the stage ------------------------------------------------------------------------------------

def _not_congress_only(bodies: list, acting: frozenset = frozenset()) -> list:
    """meetings.yaml hosts `congress_only`: bodies that take part only in their own congress
    ("Đại hội Đảng bộ tỉnh X"); elsewhere "Đảng bộ tỉnh X" names a delegation or a resolution, unless
    it is the very subject of a convening verb (`acting`, _acting_party)."""
    words = _congress_only()
    return [b for b in bodies if b.key in acting or not named_as(b, words)]


def _acting_party(views: list[SentenceView], resolve) -> frozenset:
    """The keys of the `congress_only` bodies written right before a convening verb, only meetings.yaml
    hosts `convene_adverbs` between ("Đảng bộ xã X long trọng tổ chức Lễ trao Huy hiệu Đảng"); not one
    owned by a noun before it ("Nghị quyết Đảng bộ xã X tổ chức ..." is no actor: the mention must
    open its clause)."""
    out = set()
    for sv in views:
        els = sv.elements
        for v in verb_index(sv)[HOST]:
            k = v - 1
            while k >= 0 and isinstance(els[k], Word) and els[k].start >= els[v].start - 4:
                k -= 1
            e = els[k] if k >= 0 else None
            if not isinstance(e, BodyMention) or e.generic or not _adverbs_only(sv.toks[e.end:els[v].start]) \
                    or not convenes(sv, v) or not _opens_clause(sv.toks, e.start) \
                    or _placed_by(sv, k):
                continue
            b = resolve(e)
            if b is not None and named_as(b, _congress_only()):
                out.add(b.key)
    return frozenset(out)


def _adverbs_only(toks) -> bool:
    """The tokens are a run of `convene_adverbs` phrases ("đã long trọng"), or none."""
    words, phrases = [t.low for t in toks], sorted(host_words()["convene_adverbs"], key=len, reverse=True)
    while words:
        n = next((len(p.split()) for p in phrases if words[:len(p.split())] == p.split()), 0)
        if not n:
            return False
        words = words[n:]
    return True


def _opens_clause(toks, i: int) -> bool:
    """Token i opens a clause: the sentence's start, a mark, or the event's date right before it ("ngày
    4/2 Đảng bộ xã X tổ chức"); not a noun that owns the mention ("Nghị quyết Đảng bộ xã X")."""
    return i == 0 or not toks[i - 1].text[:1].isalpha()


def _placed_by(sv: SentenceView, k: int) -> bool:
    """The mention at element k follows a body and a comma, that body not in a place phrase: "chi bộ 1,
    đảng bộ xã X tổ chức" names where the cell is ("tại Trụ sở X, Đảng bộ Y tổ chức" does not)."""
    els = sv.elements
    if k < 2 or not isinstance(els[k - 2], BodyMention):
        return False
    j = k - 2
    while j > 0 and not isinstance(els[j - 1], Punct):
        j -= 1
    return not any(t.low in host_words()["place_words"] for t in sv.toks[els[j].start:els[k - 2].start])


def _read_sides(m: Meeting, sv: SentenceView, story: list[SentenceView], resolve, persons: bool):
    """host_guest, where a programme's organiser convenes only in the lead of a meeting that is no visit:
    the programme is then the meeting itself (review8d H1: in a visit's story it is another event, and its
    organiser is often the visitor's own body)."""
    from kg.extract.meeting.hosts import LATER, PROGRAMME_LEAD
    from kg.extract.meeting.verb_clauses import at_the_event
    if not story or sv.is_headline:
        return host_guest(sv, resolve, persons)
    position = LATER if sv is not story[0] else PROGRAMME_LEAD if m.kind not in ("Visit", "WorkingSession") else None
    hosts, guests, found, travelled = host_guest(sv, resolve, persons, position=position)
    if position == LATER and found and planned(sv):
        hosts, found = [], bool(guests)     # ("... đoàn sẽ đến kiểm tra tại X": its stops are to come, no host)
    if travelled and sv is not story[0] and at_the_event(sv):
        # ("Tại buổi gặp mặt, lãnh đạo Sở X gửi lời chúc mừng đến ...": told at the event, the lead's
        # convener greets there, no trip of his that would outweigh the lead)
        first = PROGRAMME_LEAD if m.kind not in ("Visit", "WorkingSession") else None
        lead = host_guest(story[0], resolve, persons, position=first)
        travelled = not any(kin(g, lead[0]) for g in guests)
    return hosts, guests, found, travelled


def _host_and_guest(m: Meeting, story: list[SentenceView], headline: list[SentenceView], resolve,
                    evidence_svs: list[SentenceView]) -> None:
    """Host and guest: the lead first, the headline after. A sentence that tells who travelled
    where settles it; else the first that names bodies."""
    found_in = None
    # (a send-off's delegation, going to a congress, visits no one; who organises it still convenes)
    sending = any(send_off(sv) for sv in headline + story[:1])
    # ("đến thăm, chúc mừng các vị chức sắc ...": the lead visits people, not their places of worship)
    persons = any(visits_people(sv) for sv in headline + story[:1])
    for sv in story[:3] + headline + late_lead(story):     # (a page opening on background: its dated lead)
        if found_in is not None and sv not in story[:3] + headline:
            break
        hosts, guests, found, travelled = _read_sides(m, sv, story, resolve, persons)
        if travelled and (sending or aside_trip(sv, m.kind, story)):   # (or respects paid at a memorial, frame)
            continue
        if (not story or sv is not story[0]) and another_event(sv):   # (a page of one line has no story)
            # "Trước đó, ngày 5/4, Đoàn ... đã đến thăm X": the same delegation at another stop
            hosts, found = [], bool(guests)
        if found and (found_in is None or (travelled and not found_in[3])):
            found_in = (hosts, guests, sv, travelled)
            if travelled:
                break
    if found_in is not None:
        hosts, guests, sv, travelled = found_in
        if travelled and guests and not hosts:
            # "Đoàn lãnh đạo tỉnh ... đến thăm các tổ chức Phật giáo." then "Đồng chí A tặng hoa
            # chúc mừng Ban Trị sự ...": the lead's next sentences name whom the delegation visited
            hosts = visited_hosts(story[:3], sv, guests, resolve, persons, headline)
        if travelled and (hosts or guests):
            hosts = hosts + delegation_stops(story[:10], sv, guests, hosts, resolve, persons)
        if travelled and hosts:
            hosts = hosts + receiving_officials(story[:3], sv, hosts, guests, resolve)
        if hosts and sv not in headline and (not guests or len(guests) == 1):
            # the headline's visiting body, else none; it wins over the body a lone visitor's title
            # implies when it is that body or its organ ("Thường trực Ủy ban MTTQ tỉnh X: Thăm ..."
            # over "bà A, Chủ tịch Ủy ban MTTQ tỉnh X đã tới thăm ..."), or the body of another title of his
            # (docs/conventions.md: the title the visit itself names, "Chủ tịch UBND tỉnh X làm việc với ...")
            named = headline_guests(headline, hosts, resolve) or (headline_title(headline, resolve) if guests else [])
            if named and not shortened_in_headline(sv, guests, named, resolve) and \
                    (not guests or kin(guests[0], named) or one_persons_titles(sv, guests + named, resolve)):
                guests = named
        if travelled or hosts and not guests:
            # "Cùng đi với đoàn có đại diện Ban Dân vận Tỉnh ủy": who goes with the delegation; "A
            # đón đoàn của huyện. Phía huyện có ...": who the one received is
            guests = guests + companion_guests(story[:4], resolve, hosts, hosts=hosts) + \
                (joint_visitors(story[:4], sv, hosts, guests, resolve) if travelled and hosts else [])
        guests = guests + (worship_visitors(story[:3], hosts, guests, resolve) if m.kind != "Ceremony" else [])
        m.hosts, m.guests = _uniq(hosts), _uniq([g for g in guests if g not in hosts])
        evidence_svs.append(sv)
    if not m.hosts and story and any(verb_index(story[0])[k] for k in (VISIT, WORK_WITH)):
        # "Nhận lời mời của UBND huyện X, Đoàn đại biểu huyện Y đã sang thăm và làm việc":
        # who invites the delegation receives it, its own body unread or not
        m.hosts = [b for b in invited_by(story[0], resolve) if not kin(b, m.guests)]


def _people(m: Meeting, views: list[SentenceView], officials: list[str],
            evidence_svs: list[SentenceView]) -> dict[str, SentenceView]:
    """Who chairs, leads and speaks; every official the article places there attends. Returns
    the sentence each chair was read in."""
    by_last = _given_names(officials)
    chaired_in: dict[str, SentenceView] = {}
    led_in: Optional[SentenceView] = None
    known = set(officials)
    seen_in: dict[str, list[bool]] = {}
    for sv in views:
        if not sv.has_names:
            continue
        absent, away = bool(verb_index(sv)[ABSENT]), absent_names(sv)     # ("chuyển lời ... của B": B away)
        for e in sv.elements:
            if isinstance(e, Name):
                full = _full(e, by_last)
                if full in known:
                    seen_in.setdefault(full, []).append(absent or e.start in away)
        for part, names in people_roles(sv).items():
            if part == "leader" and m.leaders and sv is not led_in:
                continue        # "Cùng ngày, Đoàn ... của X do B làm trưởng đoàn": another delegation
            for n in names:
                full = _full(n, by_last)
                if full not in known:
                    continue
                if part == "leader":
                    led_in = sv
                getattr(m, {"chair": "chairs", "leader": "leaders", "speaker": "speakers"}[part]).append(full)
                if part == "chair":
                    chaired_in.setdefault(full, sv)
                if sv not in evidence_svs and part in ("chair", "leader"):
                    evidence_svs.append(sv)
    m.attendees = [o for o in officials if o in seen_in and not all(seen_in[o])]
    for attr in ("chairs", "leaders", "speakers"):
        setattr(m, attr, _uniq(getattr(m, attr)))
    m.attendees = _uniq(m.chairs + m.leaders + m.speakers + m.attendees)
    return chaired_in


def read_meeting(state: ArticleState) -> None:
    facts, views = state.facts, state.views
    story = [v for v in views if not v.is_headline]
    headline = [v for v in views if v.is_headline]
    kind = article_kind(headline, story)
    if kind is None:
        return
    m = Meeting(kind=kind, title=facts.headline or (story[0].text if story else ""))
    day, date_sv = meeting_day(story, headline, facts.published, state.text_years, congress=kind == "Congress")
    if day is not None and (day.date is None or day.date.year >= _date_words()["earliest_year"]):    # (1938: history)
        m.date = day.date
        m.month_day = None if m.date is not None else (day.month, day.day)
    evidence_svs: list[SentenceView] = []
    if date_sv is not None:
        evidence_svs.append(date_sv)
    _host_and_guest(m, story, headline, state.bodies, evidence_svs)
    if not m.hosts and kind in ("Congress", "Conference", "Ceremony") and \
            not any(send_off(sv) for sv in headline + story[:1]):     # (the congress they go to)
        # a congress is named for its owner further into an excerpt that starts mid-article
        # ("lễ khai mạc Đại hội đại biểu Hội X": the congress's owner hosts its ceremony too)
        m.hosts = self_host(headline + story[:6 if kind == "Congress" else 2], state.bodies,
                            opened=kind == "Ceremony") or congress_owner(kind, views, state.bodies)
    if not m.hosts and kind == "Conference":
        m.hosts = session_host(session_views(headline, story), state.bodies)   # "kỳ họp thứ 2, HĐND tỉnh X"
    if not m.hosts:
        m.hosts = authorised_by(story[:2], state.bodies)    # ("A thừa ủy quyền của Ban Thường vụ X tổ chức")
    if not m.hosts and not m.guests and kind in ("Ceremony", "Conference"):
        m.hosts, m.guests = signing_parties(headline + story[:3], state.bodies)
    if not m.hosts and kind == "Ceremony":
        m.hosts = givers(headline + story[:2], state.bodies, headline + story[:4])     # ("Hội X đã bàn giao nhà ...")
    if kind != "Congress":
        acting = _acting_party(headline + story[:3], state.bodies) if _not_congress_only(m.hosts) != m.hosts else frozenset()
        m.hosts, m.guests = _not_congress_only(m.hosts, acting), _not_congress_only(m.guests)
    else:
        # a congress is the organisation's, never its executive committee's (which it elects); its peers of other
        # places among those who attend ("Dự Đại hội có Hội Nông dân các tỉnh: X, Y") are no guests
        m.hosts = _uniq([for_host(h) for h in m.hosts])
    if not m.guests and kind in ("Visit", "WorkingSession"):
        m.guests = head_guests(state, story[:3], m.hosts)
    # (officials named with their titles who visit, inspect or present, and the bodies they speak for)
    guests = visiting_guests(kind, m.hosts, m.guests, story, headline, state.bodies)
    m.hosts, m.guests = settle(kind, headline, story[:2], m.hosts, guests, state.bodies)    # (the frame: voters, headline)
    if m.hosts and not m.guests and kind in ("Conference", "WorkingSession"):
        m.guests = inspectors(headline + story[:3], m.hosts, state.bodies)   # "kiểm tra của Bộ Chính trị"
    chaired_in = _people(m, views, state.officials, evidence_svs)
    if not m.hosts and kind in _W["chair_hosts_kinds"]:
        # "Ông A, Phó Chủ tịch UBND huyện chủ trì buổi họp": with no body named as the
        # convener, the chair convenes for the body of his title
        m.hosts = _not_congress_only(chair_hosts(state, m.chairs, chaired_in)) or \
            _not_congress_only(opener_hosts(state, story)) or organised_by(story[:12], state.bodies)
    # (a body that hosts is no guest of its own meeting, whichever rule named it on each side)
    m.guests = [g for g in m.guests if all(g.key != h.key for h in m.hosts)]
    m.evidence = [evidence(state.article, sv) for sv in sorted(evidence_svs, key=lambda v: v.start)] or \
        ([evidence(state.article, story[0])] if story else [])
    for attr in ("chairs", "leaders", "speakers", "attendees"):
        setattr(m, attr, [n for n in getattr(m, attr) if n in state.officials])
    state.meeting = m


MEETING = Stage("meeting", reads=("views", "bodies", "officials", "text_years", "facts.headline",
                                  "facts.published"), writes=("meeting",), run=read_meeting)


def _given_names(officials: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in officials:
        out.setdefault(o.split()[-1], []).append(o)
    return out


def _full(n: Name, by_last: dict[str, list[str]]) -> Optional[str]:
    if not n.partial:
        return n.text
    cands = by_last.get(n.text, [])
    return cands[0] if len(cands) == 1 else None


def _uniq(xs):
    seen: set = set()     # (each body or name once, the first time it comes)
    return [x for x in xs if not ((k := x.key if isinstance(x, Body) else x) in seen or seen.add(k))]

"""Who visits and who receives when the subject is one official, not a body, and the other readings
of a verb that need more than its subject and object (kg.extract.meeting.hosts reads the verbs):

    Đồng chí A, Chủ tịch Hội X, thăm và làm việc với Y      Y hosts, Hội X (his body) is the guest
    Bộ trưởng A làm việc với UBND tỉnh X                     UBND tỉnh X hosts (his body unnamed)
    Tiếp Phó Thủ tướng A tại Tỉnh ủy có ...                  Tỉnh ủy hosts (received at its seat)
    A cảm ơn Thường trực Hội X đã đến thăm                   A's body hosts, Hội X is the guest
    X tổ chức cuộc họp ... giám sát ... tại UBND huyện A, B  the bodies overseen are guests

The words are meetings.yaml's (``hosts``).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.meeting.hosts import (RECEIVE, VISIT, WORK_WITH, phrase_at, verb_end, verb_index, host_words,
                                      for_host)
from kg.extract.meeting.subjects import subject_of
from kg.extract.meeting.behalf import behalf_at, behalf_bodies
from kg.extract.meeting.received import implied_government
from kg.extract.meeting.worship import visits_people, worship_of_person  # noqa: F401 (the readers' API)
from kg.extract.lexicon import lexicon
from kg.extract.sentences.phrase_starts import starts
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def _place_gone_to(sv: SentenceView, v: int, subjects: list[Body]) -> Optional[str]:
    """The place (lower-cased) a unit of it names right after the working verb at element v that ends on a place
    word ("giám sát tại huyện X"), when it is no subject's own; None otherwise."""
    end = verb_end(sv, v, WORK_WITH)
    place = next((e for e in sv.elements[v + 1:] if e.start >= end), None)
    if not isinstance(place, LevelMention) or place.start != end or not place.place_name:
        return None
    name = place.place_name.lower()
    return None if any(s.place is None or s.place.name.lower() == name for s in subjects) else name


def goes_to_place(sv: SentenceView, v: int, subjects: list[Body]) -> bool:
    """ "Ban Văn hóa - Xã hội HĐND tỉnh X giám sát tại huyện Y về ...": a body that works at a unit's place not
    its own goes there (docs/conventions.md: the delegation's bodies are guests), whoever receives it."""
    return _place_gone_to(sv, v, subjects) is not None


def counterpart_at(sv: SentenceView, v: int, subjects: list[Body], resolve) -> list[Body]:
    """ "Ban Thường vụ Hội Nông dân tỉnh làm việc tại huyện X về chuẩn bị Đại hội Hội Nông dân huyện": a body that works
    at a place (the working verb at element v ends on a place word, a place of no subject's follows) goes there, and
    the body of its own kind at that place, named in the sentence, receives it (docs/conventions.md: a body named
    without its level takes it from context). [] when the place is a subject's own or no such body is named."""
    name = _place_gone_to(sv, v, subjects)
    if name is None:
        return []

    def kind(b: Body) -> str:      # (an organ's, "Ban Thường trực Ủy ban MTTQ tỉnh", is its parent's)
        return kind(b.parent) if b.parent is not None else b.kind
    kinds = {kind(s) for s in subjects}
    out = [b for b in (resolve(e) for e in sv.elements[v + 1:] if isinstance(e, BodyMention)) if b is not None
           and b.place is not None and b.place.name.lower() == name and kind(b) in kinds]
    return out[:1]


def overseen(sv: SentenceView, v: int, resolve) -> list[Body]:
    """ "Thường trực HĐND tỉnh tổ chức cuộc họp ... báo cáo giám sát ... tại UBND các huyện A, B": the
    bodies an oversight the convener holds is done at (meetings.yaml hosts `oversight_words`, then
    a place word right before the bodies, in the clause) are its guests."""
    toks, w, out, seen = sv.toks, host_words(), [], False
    for e in sv.elements[v + 1:]:
        if isinstance(e, Punct) and e.char in ".;:" or out and isinstance(e, Word) and e.low in lexicon().object_ends:
            break       # (the list ends with its clause, or where "về", "để" ... goes on)
        seen = seen or isinstance(e, Word) and phrase_at(toks, e.start, "oversight_words")
        if seen and isinstance(e, BodyMention) and not e.generic and (out or toks[e.start - 1].low in w["place_words"]):
            b = resolve(e)
            if b is not None:
                out.append(b)
    return out


def person_follows(sv: SentenceView, v: int, k: int = VISIT, titled: bool = False) -> bool:
    """The verb of list k at element v takes a person ("chúc mừng đồng chí A", "hội đàm với ông
    A"), right after its own words and a partner word (meetings.yaml hosts `partner_words`)."""
    end = verb_end(sv, v, k)
    end += end < len(sv.toks) and sv.toks[end].low in host_words()["partner_words"]
    nxt = next((e for e in sv.elements[v + 1:] if e.start >= end), None)
    # ("làm việc tại Thái Nguyên": a place the scanner read as a name)
    kinds = (Honorific, Name, Role) if titled else (Honorific, Name)    # ("hội đàm với Ngoại trưởng X B")
    return isinstance(nxt, kinds) and sv.toks[nxt.start - 1].low not in host_words()["place_words"]


def meets_a_person(sv: SentenceView, v: int, sort: str, resolve) -> list[Body]:
    """ "Bộ trưởng Bộ X A hội đàm với ông B": one official meets a person, for the body of his title."""
    # (a person is met at home when received or in talks, "hội đàm với (Ngoại trưởng X) B"; "làm
    # việc với (Bộ trưởng) B" may be paid at his ministry)
    if sort == "with" and not phrase_at(sv.toks, sv.elements[v].start, "talks"):
        return []
    if not person_follows(sv, v, WORK_WITH if sort == "with" else RECEIVE, titled=True):
        return []
    return visitor_body(sv, v, resolve, [], first=False)


def visitor_body(sv: SentenceView, v: int, resolve, hosts: list, first: Optional[bool] = None) -> list[Body]:
    """ "Đồng chí A, Phó Bí thư Tỉnh ủy X, đến thăm và làm việc với Y": one visitor and no body
    in the subject -> the body of the visitor's first title (not a mere membership) is the guest
    (docs/conventions.md); one who receives or presides at home acts under his last title."""
    before, lx = sv.elements[:v], lexicon()
    # "Bí thư Tỉnh ủy làm việc với ...": a headline names the visitor by his title alone, or
    # before his name ("Bí thư Tỉnh ủy X Trần Văn A tiếp ...")
    titled = next((e for e in before if not isinstance(e, Honorific)), None)
    # a delegation led by A that names a body ("Đoàn công tác của Sở X do A làm trưởng đoàn") is that
    # body's; one that names none ("Đoàn công tác do A, Phó Chủ tịch UBND tỉnh dẫn đầu", "A làm trưởng
    # đoàn") goes for the body of A's title (docs/conventions.md, "a visitor named only as a person")
    led = any(isinstance(e, Word) and lx.delegation.match(sv.toks, e.start) for e in before)
    if _people(sv, before) not in ((0, 1) if isinstance(titled, Role) else (1,)) or \
            led and any(isinstance(e, BodyMention) and not e.generic and not _venue(sv, e) for e in before):
        return []
    roles = acting_titles([e for e in before if isinstance(e, Role) and (e.body is not None or e.entry.body)], resolve)
    if not roles:
        return []
    if first is None:
        first = any(k == v for k in verb_index(sv)[VISIT] + verb_index(sv)[WORK_WITH])
    # ("A, Phó Bí thư Thường trực Tỉnh ủy thay mặt Thường trực Tỉnh ủy đã thăm ...": the one body he
    # says he speaks for, docs/conventions.md)
    title = roles[0] if first else acting_title(roles)
    b = (_on_behalf_of(sv, before, resolve) if first else None) or body_of_title(title, resolve)
    if b is None or b in hosts or any(h.key == b.key for h in hosts) or _joined_by_others(sv, before, b, resolve):
        return []
    # (a government a foreign title implies, "Phó Tỉnh trưởng" -> "Chính quyền tỉnh X", the text not writing
    # it, is no body of his: docs/conventions.md, "A foreign visitor's government is a guest only when written")
    if implied_government(b, title, sv.text.lower()):
        return []       # (a consul's consulate, which his title names, stays his body)
    return [b]


def _venue(sv: SentenceView, e: BodyMention) -> bool:
    """ "Tại trụ sở Bộ X, Đoàn công tác tỉnh Y do A làm trưởng đoàn ...": a body written as the place
    of the meeting (a place word, meetings.yaml hosts `place_words`, in the three words before it)
    is where the delegation goes, not the body it is of."""
    return any(t.low in host_words()["place_words"] for t in sv.toks[max(0, e.start - 3):e.start])


def _on_behalf_of(sv: SentenceView, before: list, resolve) -> Optional[Body]:
    """The one body named right after a `behalf_words` phrase ("thay mặt Thường trực Tỉnh ủy"), not a
    list of them ("Thay mặt Tỉnh ủy, HĐND, UBND tỉnh": for no one body; kg.extract.meeting.behalf)."""
    at = behalf_at(sv, before)
    bodies = behalf_bodies(sv, before, at, resolve) if at is not None else []
    return bodies[0] if len(bodies) == 1 else None


def acting_titles(roles: list[Role], resolve, strict: bool = False) -> list[Role]:
    """The titles an official may act under: not a mere membership (meetings.yaml hosts
    `membership_roles`), nor a seat in a central party body (`membership_bodies`), nor a title held
    alongside ("A, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh": `concurrent_roles`, the deputies'
    delegation). The last two are dropped only when another title is left, a seat even then when
    `strict`; the delegation is the body of one who holds no other title ("A, Phó Trưởng Đoàn ĐBQH
    tỉnh X cùng lãnh đạo Sở Y đến thăm": docs/conventions.md leaves out only the one he *also* heads)."""
    w = host_words()
    roles = [r for r in roles if r.entry.role.lower() not in w["membership_roles"]]
    roles = [r for r in roles if not _seat(r, resolve)] or ([] if strict else roles)
    return [r for r in roles if r.entry.role.lower() not in w["concurrent_roles"]] or roles


def _seat(r: Role, resolve) -> bool:
    """A title that is a seat in a central party body (meetings.yaml hosts `membership_bodies`)."""
    b = body_of_title(r, resolve)
    return b is not None and b.name.lower() in host_words()["membership_bodies"]


def acting_title(roles: list) -> Role:
    """The title a lone official acts under: his last, but a party committee's secretary who also
    chairs the council ("A, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh tiếp ...") acts for the committee
    (meetings.yaml hosts `party_heads`, `chaired_by_party_heads`)."""
    w = host_words()
    last = roles[-1]
    body = (last.body.base.canonical if last.body is not None and last.body.base is not None else "").lower()
    if last.entry.role.lower() == "chủ tịch" and any(body.startswith(h) for h in w["chaired_by_party_heads"]):
        head = next((r for r in roles if r.entry.role.lower() in w["party_heads"]), None)
        return head or last
    return last


def _joined_by_others(sv: SentenceView, before: list, b: Body, resolve) -> bool:
    """ "A, Chủ tịch HĐND tỉnh X, và một số Ủy viên Ban Thường vụ Tỉnh ủy X đã tiếp ...": the
    official acts with people of another body (meetings.yaml hosts `joined_by`), for no one body."""
    joined = False
    for e in before:
        if isinstance(e, Word) and phrase_at(sv.toks, e.start, "joined_by"):
            joined = True
        elif joined and isinstance(e, Role) and e.body is not None:
            other = resolve(e.body)
            if other is not None and other.key != b.key:
                return True
    return False


def _people(sv: SentenceView, before: list) -> int:
    """The persons named in `before`, not a place the scanner read as a name ("tại Hà Nội")."""
    place_words = host_words()["place_words"]
    return sum(isinstance(e, Name) and not (e.start > 0 and sv.toks[e.start - 1].low in place_words)
               for e in before)


def body_of_title(r: Role, resolve) -> Optional[Body]:
    """The body of a title: the one written in it, or the central one it implies ("Thường trực Ban
    Bí thư")."""
    if r.body is not None:
        return resolve(r.body)
    from kg.extract.posts.post_bodies import role_body
    return role_body(r, [], resolve) if hasattr(resolve, "resolver") else None


def received_at(sv: SentenceView, v: int, resolve) -> list[Body]:
    """The body after "tại (trụ sở)" in a clause the receiving verb at v opens (meetings.yaml
    hosts `place_words`, `seat_words`)."""
    els, toks, w = sv.elements, sv.toks, host_words()
    if any(not isinstance(e, Punct) for e in els[:v]):
        return []
    for k in range(v + 1, len(els)):
        e = els[k]
        if isinstance(e, Punct) and e.char in ".;:":
            return []
        if isinstance(e, Word) and toks[e.start].low in w["place_words"]:
            at = e.start + 1 + (starts(toks, e.start + 1, w["seat_words"]) or 0)      # past "trụ sở"
            nxt = next((x for x in els[k + 1:] if x.start == at), None)
            b = resolve(nxt) if isinstance(nxt, BodyMention) and not nxt.generic else None
            return [b] if b is not None else []
    return []


def receivers(sv: SentenceView, v: int, resolve) -> list[Body]:
    """ "Tiếp đoàn có đồng chí A, ...; lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện": the bodies of
    those a clause opening with the receiving verb says receive (after "có", meetings.yaml hosts
    `receivers_cue`, right after the verb and the delegation it receives)."""
    els, toks, w = sv.elements, sv.toks, host_words()
    if any(not isinstance(e, Punct) for e in els[:v]):
        return []
    t = verb_end(sv, v, RECEIVE)
    m = lexicon().delegation.match(toks, t) if t < len(toks) else None
    t += m.size if m is not None else 0
    t += t + 1 < len(toks) and toks[t].text == "," and toks[t + 1].low in w["receivers_cue"]   # ("Tiếp đoàn, có ...")
    if t >= len(toks) or toks[t].low not in w["receivers_cue"]:
        return []
    out: list[Body] = []
    for e in els:
        if e.start <= t:
            continue
        if isinstance(e, Punct) and e.char == ".":
            break
        b = resolve(e) if isinstance(e, BodyMention) and not e.generic else None
        if b is not None and all(b.key != x.key for x in out):
            out.append(b)
    return out


def titled_visitor(sv: SentenceView, v: int) -> bool:
    """The subject before element v is one person named with a title, no delegation: "Bộ trưởng
    Đào Văn A làm việc với ...", "Đồng chí A, Phó Thủ tướng, làm việc với ..."."""
    before, lx = sv.elements[:v], lexicon()
    return _people(sv, before) == 1 and any(isinstance(e, Role) for e in before) and \
        not any(isinstance(e, Word) and lx.delegation.match(sv.toks, e.start) for e in before)


def thanked(sv: SentenceView, v: int, resolve) -> Optional[tuple]:
    """ "Bí thư Thành ủy X cảm ơn Thường trực Hội Y đã đến thăm": the one who thanks receives the
    visit (host), the bodies thanked for it are the visitors (meetings.yaml hosts `thank_words`)."""
    els = sv.elements
    at = next((k for k in range(v - 1, -1, -1) if isinstance(els[k], Word)
               and sv.toks[els[k].start].low in host_words()["thank_words"]), None)
    if at is None:
        return None
    hosts = [for_host(b) for b in (resolve(e) for e in subject_of(sv, at)) if b is not None]
    guests = [b for b in (resolve(e) for e in els[at + 1:v] if isinstance(e, BodyMention)) if b is not None]
    if not hosts:
        for e in reversed(els[:at]):
            if isinstance(e, Role) and e.body is not None and resolve(e.body) is not None:
                hosts = [resolve(e.body)]
                break
    return (hosts, [g for g in guests if g not in hosts], bool(hosts), True) if hosts else None


def congratulated(sv: SentenceView, v: int, obj_b: list) -> Optional[tuple]:
    """ "Đại diện Hội X tỉnh đến chúc mừng Đại hội Hội X xã Z": who congratulates an
    event (an `own_events` word right after the visit verb) pays no visit; the event's owner holds it,
    and the congratulating body is no guest (the golds list none)."""
    end = verb_end(sv, v, VISIT)
    if not any(" ".join(t.low for t in sv.toks[end:end + n]) in host_words()["own_events"] for n in (1, 2, 3)):
        return None
    return obj_b, [], bool(obj_b), False


def between(sv: SentenceView, v: int, resolve) -> Optional[tuple]:
    """ "cuộc hội đàm giữa Đoàn đại biểu Ủy ban X với Đoàn đại biểu Ủy ban Y", "buổi làm việc giữa
    Ban Thường vụ Tỉnh ủy với Đoàn công tác của Bộ Z": the side written first, before "với", receives
    (host), the side after it comes (guest); meetings.yaml hosts `between_words`, `partner_words`
    ("giữa A và B" tells no side: none)."""
    toks, w = sv.toks, host_words()
    end = verb_end(sv, v, WORK_WITH)       # ("hội đàm | giữa", "làm việc giữa |")
    if toks[end - 1].low not in w["between_words"] and (end >= len(toks) or toks[end].low not in w["between_words"]):
        return None
    first, after, cut = [], [], False
    for e in sv.elements[v + 1:]:
        if isinstance(e, Punct) and e.char in ".;:":
            break
        if isinstance(e, Word) and toks[e.start].low in w["partner_words"] and first:
            cut = True
        elif isinstance(e, BodyMention) and not e.generic:
            (after if cut else first).append(e)
    hosts = [b for b in (resolve(e) for e in first) if b is not None]
    guests = [b for b in (resolve(e) for e in after) if b is not None and b not in hosts]
    return (hosts, guests, True, False) if hosts and guests else None


def session_of_with(sv: SentenceView, resolve) -> tuple[list, list, bool, bool]:
    """ "Buổi làm việc của Ban Thường vụ Tỉnh ủy X với Ban Thường vụ Huyện ủy Y nhằm ...": a working
    session named as an event (an `event_nouns` word, then `session_words`) and owned ("của",
    `delegation_of`) by the side written first, which receives the side after "với"
    (`partner_words`), as "làm việc với" and "giữa X với Y" tell; a delegation's session ("của Đoàn
    công tác Bộ X với Y") is the other way round. Both sides must be bodies."""
    toks, w, els = sv.toks, host_words(), sv.elements
    # (only where an event noun stands, found in C: most sentences have none)
    for i in sv.lows.positions(w["event_nouns"]):
        n = session_word(toks, i + 1, w) if i < len(toks) - 3 else 0
        if not n or toks[i + 1 + n].low not in w["delegation_of"]:
            continue
        first, after, cut = [], [], False
        for e in els:
            if e.start <= i + 1 + n:
                continue
            if isinstance(e, Punct) and e.char in ".;:,":
                break
            if isinstance(e, Word) and toks[e.start].low in w["partner_words"] and first and not cut:
                cut = True
            elif isinstance(e, BodyMention) and not e.generic:
                (after if cut else first).append(e)
            elif not cut and not isinstance(e, Word):
                break               # (a person or a place before "với": not a body's own session)
        # ("buổi làm việc của Đoàn công tác Bộ X với UBND tỉnh Y": a delegation's session is paid to Y,
        # who receives it, as "Đoàn công tác Bộ X làm việc với UBND tỉnh Y" tells)
        came = delegation_at(sv, i + 2 + n)
        first, after = (after, first) if came else (first, after)
        hosts = [for_host(b) for b in (resolve(e) for e in first) if b is not None]
        guests = [b for b in (resolve(e) for e in after) if b is not None and b not in hosts]
        return (hosts, guests, True, came) if hosts and guests else ([], [], False, False)
    return [], [], False, False


def delegation_at(sv: SentenceView, t: int) -> bool:
    """A travelling delegation's phrase opens at token t ("đoàn công tác", "Đoàn Bộ X"); not a youth
    union's body that opens on the same word ("Đoàn Thanh niên Bộ X", "Đoàn Khối các cơ quan tỉnh"):
    a body read at t, or a bare "Đoàn" before a capitalised word that opens no body; nor "đoàn viên", "đoàn thể"
    (meetings.yaml hosts `not_delegation_after`)."""
    toks = sv.toks
    m = lexicon().delegation.match(toks, t) if t < len(toks) else None
    if m is None or t + m.size < len(toks) and toks[t + m.size].low in host_words()["not_delegation_after"]:
        return False
    at = {e.start: e for e in sv.elements}
    if isinstance(at.get(t), BodyMention):
        return False
    nxt = t + m.size
    return m.size > 1 or nxt >= len(toks) or not toks[nxt].text[:1].isupper() or isinstance(at.get(nxt), BodyMention)


def session_word(toks, i: int, w: dict) -> int:
    """The length of a `session_words` phrase at toks[i] ("làm việc"), or 0."""
    for n in (2, 1):
        if " ".join(t.low for t in toks[i:i + n]) in w["session_words"]:
            return n
    return 0


def received_by(sv: SentenceView, v: int, resolve) -> Optional[tuple]:
    """ "Đoàn đại biểu Hội X đã được Thường trực Tỉnh ủy Y tiếp": the bodies between the passive word
    and the receiving verb at v receive (hosts); the subject's bodies before the passive word are
    received (guests). None when the verb is no passive with a body for agent."""
    from kg.extract.meeting.hosts import by_agent
    from kg.extract.meeting.kind_filters import inside_word
    els, toks, passive = sv.elements, sv.toks, host_words()["passive_words"]
    if not by_agent(sv, v) or inside_word(toks, els[v].start):
        return None     # ("được Ban X lựa chọn ... bầu trực tiếp": "tiếp" of another word receives no one)
    at = next((k for k in range(v - 1, -1, -1) if isinstance(els[k], Word) and toks[els[k].start].low in passive), None)
    if at is None:
        return None
    hosts = [for_host(b) for b in (resolve(e) for e in els[at + 1:v] if isinstance(e, BodyMention) and not e.generic)
             if b is not None]
    guests = [b for b in (resolve(e) for e in subject_of(sv, at)) if b is not None and b not in hosts]
    return (hosts, guests, True, True) if hosts else None


def chaired_with(sv: SentenceView, v: int, resolve, guests: list) -> list[Body]:
    """ "Ông A, Phó Chủ tịch UBND tỉnh X chủ trì buổi làm việc với Sở Y": the one official who chairs
    the event (a chairing verb, then an event noun, meetings.yaml hosts `event_nouns`, right before
    the working verb at element v) presides for the body of his last title: it hosts."""
    from kg.extract.meeting.hosts import CHAIR
    start, toks = sv.elements[v].start, sv.toks
    if not (start > 0 and toks[start - 1].low in host_words()["event_nouns"]):
        return []
    chair = next((c for c in verb_index(sv)[CHAIR] if c < v and verb_end(sv, c, CHAIR) == start - 1), None)
    return [] if chair is None else visitor_body(sv, chair, resolve, guests)

"""Forms of the genre that name a meeting's host without a plain "X làm việc với Y" or "X tổ chức
hội nghị": a body that meets a delegation leaving for a congress, a convening verb in a purpose
clause, the nominal "Buổi làm việc của X với Y" (kg.extract.meeting.hosts calls them).
The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

from typing import Optional

from kg.extract.passes import gated
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.phrase_starts import first_words, opens
from kg.extract.sentences.sentences import SentenceView


def body_led(sv: SentenceView, v: int) -> bool:
    """No person nor title is named before the verb at element v, a body is: the body acts ("Thường
    trực Thành ủy X gặp mặt ..."), not a person with his company ("Bí thư Tỉnh ủy A cùng lãnh đạo
    Ban Dân vận Tỉnh ủy gặp mặt ...": the golds name no host then)."""
    before = sv.elements[:v]
    return not any(isinstance(e, (Name, Role)) for e in before) and any(isinstance(e, BodyMention) for e in before)


def team_led(sv: SentenceView, v: int) -> bool:
    """ "Ban X HĐND tỉnh do ông A, Trưởng ban làm trưởng đoàn đã làm việc với UBND huyện Y": a body in
    the subject that a named person leads as a delegation (meetings.yaml hosts `team_led`) travels, so
    the body worked with hosts (hosts._delegation)."""
    from kg.extract.meeting.hosts import host_words
    toks, els, led = sv.toks, sv.elements, host_words()["team_led"]
    start = next((e.end for e in els[:v] if isinstance(e, BodyMention) and e.end < len(toks)
                  and toks[e.end].low == "do"), None)
    return start is not None and any(opens(toks, k, led) for k in range(start + 1, els[v].start))


def to_attend(sv: SentenceView, start: int) -> bool:
    """The delegation whose word begins at token `start` goes to attend an event ("Đoàn đại biểu
    LĐLĐ tỉnh X (đi) dự Đại hội Công đoàn Việt Nam lần thứ N"): it visits no one, a send-off has neither
    host nor guest (meetings.yaml hosts `attend_words` before an `own_events` word)."""
    from kg.extract.meeting.hosts import host_words
    w, toks = host_words(), sv.toks
    for j in range(start + 1, min(len(toks), start + 12)):
        if toks[j].text in ".;:":
            return False
        if toks[j].low in w["attend_words"] and " ".join(t.low for t in toks[j + 1:j + 3]) in w["own_events"]:
            return True
    return False


def purposed(sv: SentenceView, v: int) -> bool:
    """The verb at element v is in a clause of purpose or request ("tạo điều kiện để Ban Trị sự tổ
    chức tốt Đại lễ", "đề nghị Hội X tổ chức hội nghị"): a word of meetings.yaml hosts `purpose_words`
    right before the body that is the verb's subject (not "Nhằm chào mừng ... Hội X tổ chức" with its
    comma forgotten, which frames the reported event; nor a noun, "Đáp ứng yêu cầu nhiệm vụ ..., Sở X
    tổ chức", where no body follows the word)."""
    from kg.extract.meeting.hosts import host_words
    from kg.extract.sentences.phrase_starts import starts
    els, toks, words = sv.elements, sv.toks, host_words()["purpose_words"]
    k = v - 1
    if _after_purpose(sv, v, words):
        return True
    if k < 1 or not isinstance(els[k], BodyMention):
        return False        # (the subject body right before the verb)
    first = next((e.start for e in els if not isinstance(e, Punct)), 0)
    # (the sentence's first word too when the body follows it at once: "Để Hội X tổ chức thành công
    # Đại hội, chiều 12/3 Đảng ủy xã Y tổ chức hội nghị" is a purpose, not the reported event)
    for p in range(els[k].start - 1, first - 1, -1):  # (the word ends right before the body)
        n = starts(toks, p, words)
        if n:
            return p + n == els[k].start
        if toks[p].text in ",;.:":
            return False
    return False


def _after_purpose(sv: SentenceView, v: int, words) -> bool:
    """ "... của Ban Thường vụ Tỉnh ủy nhằm động viên, khích lệ các tập thể": a purpose word between the
    last body before the verb at element v and the verb, which no tense word (meetings.yaml hosts
    `tense_words`) opens again as the main clause ("Hội X, nhằm chào mừng Đại hội, đã tổ chức ..."), nor a
    comma that closes the purpose phrase ("Hội X, nhằm chào mừng ..., tổ chức ..."). Not a purpose of the
    verb's own subject either (_own_purpose): "X phối hợp với Y nhằm tổ chức Z" tells Z held."""
    from kg.extract.meeting.hosts import host_words
    from kg.extract.sentences.phrase_starts import starts
    els, toks = sv.elements, sv.toks
    b = next((k for k in range(v - 1, -1, -1) if isinstance(els[k], BodyMention)), None)
    t = els[v].start
    if b is None or t < 1 or toks[t - 1].low in host_words()["tense_words"] or _own_purpose(sv, b, t, words):
        return False
    at = next((p for p in range(els[b].end, t) if starts(toks, p, words)), None)
    return at is not None and not (toks[at - 1].text == "," and any(x.text == "," for x in toks[at + 1:t]))


def _own_purpose(sv: SentenceView, b: int, t: int, words) -> bool:
    """The purpose word right before the verb (token t) is the purpose of what the clause's subject does with a
    partner ("X phối hợp với Y nhằm tổ chức": a `partner_openers` phrase of meetings.yaml hosts from right before
    the last body, at element b, to the purpose word) or is chosen for ("X được Ban Thường vụ Y chọn để tổ chức":
    b the agent of a passive, `passive_words`): the subject holds the event."""
    from kg.extract.meeting.hosts import host_words
    from kg.extract.sentences.phrase_starts import ends_before, starts
    toks, w, start = sv.toks, host_words(), sv.elements[b].start
    at = next((p for p in range(max(0, t - 3), t) if (n := starts(toks, p, words)) and p + n == t), None)
    return at is not None and start > 0 and (toks[start - 1].low in w["passive_words"] or ends_before(
        toks, start, w["partner_openers"]) or any(starts(toks, p, w["partner_openers"]) for p in range(start, at)))


def no_sides() -> tuple:
    """The answer of a sides reading that finds nothing (fresh lists each time: callers extend them)."""
    return [], [], False, False


def oversight_firsts() -> frozenset:
    """The first words of meetings.yaml hosts `oversight_words`: a reading that needs one of them
    (phrase_at, positions) finds nothing in a sentence that holds none."""
    from kg.extract.meeting.hosts import host_words
    got = first_words(host_words()["oversight_words"])
    assert got is not None, "an empty oversight word would stand everywhere: no trigger"
    return got


@gated(oversight_firsts, nothing=no_sides)       # (phrase_at ... "oversight_words")
def team_head(sv: SentenceView, resolve) -> tuple[list, list, bool, bool]:
    """ "A, Chủ tịch X, Trưởng đoàn kiểm tra số N của Bộ Chính trị chủ trì Hội nghị công bố Quyết định
    kiểm tra ... đối với Ban Thường vụ Tỉnh ủy Y": the head of an oversight team (a title of meetings.yaml
    hosts `concurrent_roles`, then an `oversight_words` word) brings the team of the body after "của"
    (the guest) to the body after "đối với" (`acted_on`, the host) that closes an oversight decision or
    finding (`team_frames` then an oversight word, in the clause); his other titles say nothing of who
    hosts. Both must be written; else (hosts, guests, found, travelled) finds nothing."""
    from kg.extract.meeting.hosts import for_host, host_words, phrase_at
    from kg.extract.sentences.elements import Word
    els, toks, w = sv.elements, sv.toks, host_words()
    heads = [k for k, e in enumerate(els) if isinstance(e, Role) and e.entry.role.lower() in w["concurrent_roles"]
             and e.end < len(toks) and phrase_at(toks, e.end, "oversight_words")]
    if not heads:
        return [], [], False, False
    guests, hosts, k = [], [], heads[0] + 1
    while k < len(els) and not (isinstance(els[k], Punct) and els[k].char in ",;.:"):
        if isinstance(els[k], BodyMention) and isinstance(els[k - 1], Word) and els[k - 1].low in w["delegation_of"]:
            guests = [els[k]]       # ("đoàn kiểm tra số 11 của Bộ Chính trị")
            break
        k += 1
    for j in range(k, len(els) - 1):
        if isinstance(els[j], Punct) and els[j].char in ".;":
            break
        if isinstance(els[j], Word) and phrase_at(toks, els[j].start, "acted_on"):
            nxt = next((x for x in els[j + 1:j + 4] if not isinstance(x, Word)), None)     # (past "với")
            # ("... công bố Quyết định kiểm tra ... đối với X", not "trách nhiệm ... đối với X")
            hosts = [nxt] if isinstance(nxt, BodyMention) and _framed(toks, els[k].start, els[j].start) else []
            break
    hb = [for_host(b) for b in (resolve(e) for e in hosts) if b is not None]
    gb = [b for b in (resolve(e) for e in guests) if b is not None]
    return (hb, gb, True, False) if hb and gb else ([], [], False, False)


def _framed(toks, lo: int, hi: int) -> bool:
    """An oversight decision or finding (meetings.yaml hosts `team_frames`, then an `oversight_words` word
    within three words) is written between tokens lo and hi."""
    from kg.extract.meeting.hosts import phrase_at
    return any(phrase_at(toks, i, "team_frames") and
               any(phrase_at(toks, x, "oversight_words") for x in range(i + 1, min(hi, i + 5)))
               for i in range(lo, hi))


def dialogue_sides(sv: SentenceView, v: int, resolve, hosts: list) -> list:
    """ "LĐLĐ tỉnh X tổ chức hội nghị tiếp xúc, đối thoại giữa Đoàn ĐBQH tỉnh, HĐND tỉnh với công nhân": the
    bodies a convened dialogue puts face to face (after "giữa", meetings.yaml hosts `between_words`, right
    after a `dialogue_nouns` word, in the convening verb's clause) are its guests, but the conveners themselves
    ("Đoàn ĐBQH tỉnh phối hợp với LĐLĐ tỉnh tổ chức hội nghị tiếp xúc giữa Đoàn ĐBQH tỉnh với ...")."""
    from kg.extract.meeting.hosts import host_words, kin
    from kg.extract.sentences.elements import Word
    els, w = sv.elements, host_words()
    at = next((k for k in range(v + 1, len(els)) if isinstance(els[k], Word) and  # (a word may span tokens)
               any(t.low in w["between_words"] for t in sv.toks[els[k].start:els[k].end])
               or isinstance(els[k], Punct) and els[k].char in ".;:"), None)
    if at is None or isinstance(els[at], Punct):
        return []
    # ("đối thoại giữa", "tiếp xúc giữa": face to face; not "văn bản liên tịch giữa Hội X và Ngân hàng Y")
    g = next(i for i in range(els[at].start, els[at].end) if sv.toks[i].low in w["between_words"])
    if not (_dialogue_between(sv.toks, els[v].start, g) or _signing_between(sv.toks, els[v].start, g)):
        return []
    parties: tuple = ([], [])       # (before and after the partner word "với")
    for k in range(at + 1, len(els)):
        e, prev = els[k], els[k - 1]
        if isinstance(e, Punct) and e.char in ".;:(":
            break
        # (a side itself, right after "giữa", a comma, "và" or "với"; not a body that qualifies people,
        # "giữa cử tri với người ứng cử đại biểu HĐND xã")
        side = k == at + 1 or isinstance(prev, Punct) and prev.char == "," or \
            isinstance(prev, Word) and sv.toks[prev.start].low in w["between_joins"]   # (a Word's low may be unset)
        b = resolve(e) if isinstance(e, BodyMention) and not e.generic and side else None
        if b is not None and all(b.key != x.key for x in parties[0] + parties[1]):
            parties[_partner_before(sv, at, k)].append(b)
    # ("Ban CHQS huyện X tổ chức ký kết giữa Ban CHQS huyện X, Y – Bộ CHQS tỉnh Z với Chi khu A, B": the party the
    # convener signs in is its side, the other party, after "với", the guests; with the convener in neither, or
    # no "với" to part them ("giữa X và Y"), every side but the convener is)
    for own, other in (parties, parties[::-1]):
        if parties[1] and any(kin(b, hosts) for b in own):
            return [b for b in other if not kin(b, hosts)]
    return [b for b in parties[0] + parties[1] if not kin(b, hosts)]


def _partner_before(sv: SentenceView, at: int, k: int) -> bool:
    """A partner word ("với", meetings.yaml hosts `partner_words`) stands between elements at and k."""
    from kg.extract.meeting.hosts import host_words
    words = host_words()["partner_words"]
    return any(t.low in words for e in sv.elements[at + 1:k] for t in sv.toks[e.start:e.end])


def further_stops(sv: SentenceView, subject: list, went_to: list) -> list:
    """ "đã đến chùa A (phường X, thị xã Y) và chùa B (thị trấn Z) để trao quà": the bodies of the subject
    listed after a body gone to ("và", meetings.yaml hosts `stop_joins`, or commas in a list that ends
    with it: "chùa A, chùa B và chùa C"; past a bracket that places each) are gone to as well, not
    visitors. A comma alone closes a fronted clause ("sau khi đến Đồn X, Thường trực Huyện ủy Y đã ...")."""
    from kg.extract.meeting.hosts import host_words
    toks, joins, out = sv.toks, host_words()["stop_joins"], []
    run: list = []
    last = None
    for e in subject + [None]:
        if e is not None and any(e is g for g in went_to):
            last, run = e, []
            continue
        join = _join(toks, last, e) if last is not None and e is not None else None
        if join == ",":
            run.append(e)
            last = e
            continue
        if join in joins:
            out += run + [e]        # (the list ends with "và": every item before it is in it)
            last = e
        else:
            # "đã đến chùa A, chùa B, Tịnh xá C để trao quà": a run of commas that no subject's
            # auxiliary follows is a list of places gone to ("sau khi đến Đồn X, Thường trực
            # Huyện ủy Y đã ...": meetings.yaml hosts `subject_markers`)
            out += run if run and not _subject_follows(toks, run[-1]) else []
            last = None
        run = []
    return out


def _subject_follows(toks, e) -> bool:
    """The mention e is followed, past a bracket, by a word that follows a clause's subject."""
    from kg.extract.meeting.hosts import host_words
    depth, k = 0, e.end
    while k < len(toks) and (depth or toks[k].text == "("):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        k += 1
    return k < len(toks) and toks[k].low in host_words()["subject_markers"]


def _join(toks, a, b) -> Optional[str]:
    """The one word or mark between two mentions, past brackets ("chùa A (xã X) và chùa B"), else None."""
    depth, rest = 0, []
    for t in toks[a.end:b.start]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text not in "()":
            rest.append(t)
    return (rest[0].low if rest[0].text != "," else ",") if len(rest) == 1 else None


def _dialogue_between(toks, lo: int, g: int) -> bool:
    """A dialogue noun (meetings.yaml hosts `dialogue_nouns`) names the convened event between the verb
    at token lo and "giữa" at g, its topic may come between ("đối thoại chính sách pháp luật giữa ...",
    "gặp gỡ, trao đổi giữa ..."), and no document noun (`document_nouns`) comes after it ("văn bản liên
    tịch giữa X và Y", "quy chế phối hợp giữa ...": an agreement, not a meeting of its sides)."""
    from kg.extract.meeting.hosts import host_words
    from kg.extract.sentences.phrase_starts import starts
    w = host_words()
    last = max((k for k in range(lo, g) if starts(toks, k, w["dialogue_nouns"])), default=None)
    return last is not None and not any(starts(toks, k, w["document_nouns"]) for k in range(last, g))


def _signing_between(toks, lo: int, g: int) -> bool:
    """ "X tổ chức ký kết quy chế phối hợp giữa X với A, B": a signing word (meetings.yaml hosts
    `signing_words`) between the convening verb at token lo and "giữa" at g, within a few words of the
    verb: the convened event is the signing, its other sides are the guests (kg.extract.meeting.signings
    reads the same sides when no one convenes)."""
    from kg.extract.meeting.hosts import host_words
    from kg.extract.sentences.phrase_starts import starts
    return any(starts(toks, k, host_words()["signing_words"]) for k in range(lo, min(g, lo + 6)))


def grouping(b) -> bool:
    """An emulation cluster or bloc ("Cụm thi đua số 6", "Cụm thi đua 1 (gồm Quận ủy ...)": meetings.yaml
    hosts `grouping_words` opening the name) groups bodies for emulation; it is no body that convenes
    (docs/conventions.md lists none; its members take turns hosting)."""
    from kg.extract.meeting.hosts import host_words
    return b.name.split()[0].lower() in host_words()["grouping_words"]


def invited_by(sv: SentenceView, resolve) -> list:
    """ "Nhận lời mời của UBND huyện X, Đoàn đại biểu huyện Y ... đã sang thăm và làm việc": the bodies
    right after an invitation (meetings.yaml hosts `invitation_words`, then "của") invited the delegation:
    they host it."""
    k = _phrase_index(sv, "invitation_words")
    return bodies_after(sv, k, resolve) if k is not None else []


def _phrase_index(sv: SentenceView, key: str):
    from kg.extract.meeting.hosts import phrase_at
    return next((k for k, e in enumerate(sv.elements) if isinstance(e, Word) and phrase_at(sv.toks, e.start, key)), None)


def bodies_after(sv: SentenceView, k: int, resolve, one: bool = False) -> list:
    """The body right after the phrase at element k ("nhận lời mời của X", "thừa ủy quyền của X"):
    with `one`, the first element past its words, a body or a title's body (kg.extract.meeting.
    visitors.body_of_title); else the bodies joined to it by `between_joins`, the first within a few
    elements."""
    from kg.extract.meeting.hosts import host_words
    els = sv.elements
    if one:
        from kg.extract.meeting.visitors import body_of_title
        nxt = next((x for x in els[k + 1:k + 6] if not isinstance(x, Word)), None)
        b = resolve(nxt) if isinstance(nxt, BodyMention) and not nxt.generic else \
            body_of_title(nxt, resolve) if isinstance(nxt, Role) else None
        return [b] if b is not None else []
    out: list = []
    for n, x in enumerate(els[k + 1:]):
        if not out and n > 4:
            break       # (the body right after the phrase, not one further on)
        if isinstance(x, BodyMention) and not x.generic:
            b = resolve(x)
            if b is not None and all(b.key != o.key for o in out):
                out.append(b)
        elif isinstance(x, Punct) and x.char == "," and out or not isinstance(x, (Word, Punct)):
            break
        elif isinstance(x, Word) and out and sv.toks[x.start].low not in host_words()["between_joins"]:
            break
    return out


def own_session(sv: SentenceView, resolve) -> tuple[list, list, bool, bool]:
    """ "A chủ trì buổi làm việc của Thường trực Tỉnh ủy X về công tác chuẩn bị ...": a working session
    named as an event (meetings.yaml hosts `event_nouns`, then `session_words`) and owned ("của") by a
    body, with no other side after "với" in its clause, is the owner's own: it hosts. A delegation's
    session ("buổi làm việc của Đoàn công tác ...") tells no host (kg.extract.meeting.visitors reads
    the one with both sides)."""
    from kg.extract.meeting.hosts import for_host, host_words
    from kg.extract.meeting.visitors import delegation_at, session_word
    toks, w, els = sv.toks, host_words(), sv.elements
    if w["event_nouns"].isdisjoint(sv.lows):
        return [], [], False, False     # (no event noun: the walk below finds none, in most sentences)
    at = {e.start: e for e in els}
    for i in range(len(toks) - 3):
        n = session_word(toks, i + 1, w) if toks[i].low in w["event_nouns"] else 0
        if not n or toks[i + 1 + n].low not in w["delegation_of"]:
            continue
        owner = at.get(i + 2 + n)
        if not isinstance(owner, BodyMention) or owner.generic or delegation_at(sv, i + 2 + n):
            return [], [], False, False
        for j in range(owner.end, len(toks)):
            t = toks[j]
            if t.text in ".;:":
                break
            if t.low in w["partner_words"]:
                return [], [], False, False     # (both sides named: visitors.session_of_with)
            if t.low in w["place_words"] and isinstance(at.get(j + 1), (BodyMention, LevelMention)):
                # ("buổi làm việc của Ban Chỉ đạo Trung ương ... tại tỉnh X", "... tại Huyện ủy Y": the
                # owner works at another unit, a visit whose host is that unit)
                return [], [], False, False
        b = resolve(owner)
        return ([for_host(b)], [], True, False) if b is not None else ([], [], False, False)
    return [], [], False, False


def authorised_by(views: list[SentenceView], resolve) -> list:
    """ "A, Chủ tịch Ủy ban MTTQ huyện, thừa ủy quyền của Thường trực Huyện ủy tổ chức họp mặt ...", "A thừa ủy
    quyền của Chủ tịch Hội X đã tiếp Đoàn": one who convenes or receives by another's authority does so for
    the body that gives it (meetings.yaml hosts `authority_words`, then "của"): the body, or the body of
    the title, written right after them."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, convenes, verb_index
    for sv in views:
        k = _phrase_index(sv, "authority_words")
        if k is None:
            continue
        found = verb_index(sv)
        verbs = sorted(v for v in found[HOST] + found[RECEIVE] + found[VISIT] + found[WORK_WITH] if v > k)
        if not verbs or verbs[0] in found[VISIT] or verbs[0] in found[WORK_WITH] or not convenes(sv, verbs[0]):
            return []       # ("thừa ủy quyền của X, đoàn ... tới thăm": the visitors act for X, no host)
        return bodies_after(sv, k, resolve, one=True)
    return []

"""A travelling delegation named with no verb that takes an object: its bodies are the guests.

    Đoàn kiểm tra của Ban Dân vận Tỉnh ủy do A dẫn đầu đã kiểm tra tại xã Z    (guest; no host named)
    A dẫn đầu Đoàn giám sát HĐND huyện về làm việc tại xã Z ...              (guest: the council)
    Đoàn giám sát của X ... giám sát đối với Ban Thường vụ Huyện ủy Y          (Y hosts)
    A làm Trưởng đoàn Đoàn Kiểm tra của X tại Đảng đoàn Hội Y                   (Y hosts: where it works)

The words are meetings.yaml's (``hosts``) and the delegation words of the lexicon.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, Name, Punct, Role, Word
from kg.extract.meeting.hosts import CHAIR, HOST, LEADER, RECEIVE, VISIT, WORK_WITH, phrase_at, verb_end, host_words, for_host, to_attend, verb_index
from kg.extract.lexicon import lexicon
from kg.extract.meeting.host_forms import no_sides, oversight_firsts
from kg.extract.meeting.kind_filters import delegation_word
from kg.extract.passes import firsts, gated
from kg.extract.sentences.sentences import SentenceView


# (a delegation's word, which _heading and _led need; else nothing is found and nothing resolved)
@gated(lambda: firsts(lexicon().delegation), nothing=no_sides)
def travelling(sv: SentenceView, resolve, position: Optional[str] = None) -> tuple[list, list, bool, bool]:
    """(hosts, guests, found, travelled) of the delegation that opens the sentence (after a place:
    "tại Bộ CHQS tỉnh, Đoàn ..."), or that a leader heads ("A dẫn đầu đoàn công tác của X").
    `position`: where the sentence stands in the story (hosts.convenes)."""
    els = sv.elements
    k = _heading(sv)
    if k is None:
        k = _led(sv)
    if k is not None and to_attend(sv, els[k].start):
        return [], [], False, False
    first = _its_body(sv, k) if k is not None else None
    if first is None or resolve(els[first]) is None:
        # "Đoàn kiểm tra số 04 do A làm Trưởng đoàn sẽ kiểm tra đối với Ban Thường vụ Thành ủy X": a
        # delegation named for no body still tells the body it acts on
        hosts = _acted_on(sv, k, resolve) if k is not None else []
        return (hosts, [], True, True) if hosts else ([], [], False, False)
    if _meets_itself(sv, first, position):
        # "Đoàn giám sát của HĐND huyện họp góp ý dự thảo báo cáo ... đối với Phòng X": the
        # delegation holds its own meeting, at home; the body it is of convenes, what it oversees is no side
        return [for_host(resolve(els[first]))], [], True, False
    guests = [b for b in (resolve(x) for x in _joined(els, first)) if b is not None]
    hosts = _acted_on(sv, first, resolve) + _worked_at(sv, first, resolve) or _overseen(sv, first, resolve)
    hosts = [b for b in hosts if b not in guests]
    if not hosts:
        # ("Chiều 8/4, đã diễn ra buổi làm việc của Đoàn công tác Bộ X với UBND tỉnh Y": the delegation
        # opens no clause of its own, the session named with both sides tells who receives it)
        from kg.extract.meeting.visitors import session_of_with
        named = session_of_with(sv, resolve)
        if named[2]:
            return named
    return hosts, guests, True, True


def _meets_itself(sv: SentenceView, first: int, position: Optional[str]) -> bool:
    """The first event verb after the delegation's body at element `first` is a meeting it holds
    ("họp", "tổ chức họp", "tổ chức hội nghị"; meetings.yaml hosts `own_meeting_words` at or right
    after a convening verb), not a visit, a working session or an act on another body."""
    from kg.extract.meeting.hosts import HOST, VISIT, WORK_WITH, convenes
    found = verb_index(sv)
    verbs = sorted(k for k in found[HOST] + found[VISIT] + found[WORK_WITH] if k > first)
    if not verbs or verbs[0] not in found[HOST] or not convenes(sv, verbs[0], position):
        return False
    t = sv.elements[verbs[0]].start
    return any(phrase_at(sv.toks, j, "own_meeting_words") for j in (t, t + 2))


def _heading(sv: SentenceView) -> Optional[int]:
    """The element index of the delegation word that heads the subject, if any."""
    lx = lexicon()
    els, toks = sv.elements, sv.toks
    at_place, place_words = False, host_words()["place_words"]
    for k, e in enumerate(els[:20]):
        if isinstance(e, Punct):
            at_place = False
        elif isinstance(e, Word) and any(t.low in host_words()["relative_words"] for t in toks[e.start:e.end]):
            return None         # ("... các hạn chế mà Đoàn kiểm tra X chỉ ra": a relative clause, no subject)
        elif isinstance(e, Word) and (any(t.low in place_words for t in toks[e.start:e.end]) or (
                k == 0 or isinstance(els[k - 1], Punct)) and phrase_at(toks, e.start, "framing_openers")):
            at_place = True     # (nor a clause that frames the sentence: "Trong khuôn khổ chuyến khảo sát của Đoàn X, A ...")
        # ("Đoàn Giám sát" read as a person's name, Đoàn being a family name, is a delegation too)
        opens = isinstance(e, (Word, Name)) and not at_place and lx.delegation.match(toks, e.start)
        if opens:
            return k
        if isinstance(e, (BodyMention, Name)) and not at_place and \
                not (e.start > 0 and toks[e.start - 1].low in place_words):     # ("tại chùa X, Đoàn ...")
            return None                # the delegation must head the subject
    return None


def _led(sv: SentenceView) -> Optional[int]:
    """ "A dẫn đầu Đoàn công tác ...", "A làm Trưởng đoàn Đoàn Kiểm tra ...": the delegation word
    right after a verb of leading."""
    lx = lexicon()
    els, toks = sv.elements, sv.toks
    starts = {e.start: k for k, e in enumerate(els)}
    for v in verb_index(sv)[LEADER]:
        k = starts.get(verb_end(sv, v, LEADER))
        if k is not None and isinstance(els[k], (Word, Name)) and lx.delegation.match(toks, els[k].start):
            return k
    return None


def _its_body(sv: SentenceView, k: int) -> Optional[int]:
    """The first body of the delegation at element k: after "của" ("đoàn công tác của Tỉnh ủy"), or
    right after the delegation's words ("Đoàn công tác HĐND tỉnh")."""
    lx = lexicon()
    els, toks = sv.elements, sv.toks
    m = lx.delegation.match(toks, els[k].start)
    end = els[k].start + (m.size if m is not None else 1)
    right_after = next((j for j in range(k + 1, min(len(els), k + 5)) if els[j].start >= end), None)
    if right_after is not None and isinstance(els[right_after], BodyMention):
        return right_after
    if right_after is not None and end < len(toks) and phrase_at(toks, end, "list_openers"):
        # "Đoàn gồm cán bộ, đoàn viên Tỉnh đoàn X, do A làm Trưởng đoàn": the
        # body its members come from, before a person or the clause's end
        for j in range(right_after, min(len(els), right_after + 12)):
            e = els[j]
            if isinstance(e, BodyMention):
                return j
            if isinstance(e, (Name, Punct)) and not (isinstance(e, Punct) and e.char == ",") \
                    or isinstance(e, Word) and toks[e.start].low in host_words()["by_words"]:
                return None
        return None
    if not any(isinstance(x, Word) and x.low in host_words()["delegation_of"] for x in els[k + 1:k + 5]):
        return None
    return next((j for j in range(k + 1, min(len(els), k + 7)) if isinstance(els[j], BodyMention)), None)


def _joined(els: list, first: int) -> list[BodyMention]:
    """The bodies listed from els[first] on, joined by commas or "và" ("của Ủy ban Kiểm tra Tỉnh ủy
    và Ủy ban Kiểm tra Đảng ủy Quân khu")."""
    out, k = [els[first]], first + 1
    while k + 1 < len(els) and (isinstance(els[k], Punct) and els[k].char == "," or
                                isinstance(els[k], Word) and els[k].low == "và") \
            and isinstance(els[k + 1], BodyMention):
        out.append(els[k + 1])
        k += 2
    return out


def _acted_on(sv: SentenceView, after: int, resolve) -> list:
    """The bodies right after "đối với" (meetings.yaml hosts `acted_on`) past element `after`:
    "kiểm tra đối với Ban Thường vụ Huyện ủy Y"."""
    els, toks = sv.elements, sv.toks
    for k in range(after + 1, len(els)):
        e = els[k]
        if isinstance(e, Word) and phrase_at(toks, e.start, "acted_on"):
            nxt = next((j for j in range(k + 1, min(len(els), k + 4)) if not isinstance(els[j], Word)), None)
            if nxt is not None and isinstance(els[nxt], BodyMention):
                return [for_host(b) for b in (resolve(x) for x in _joined(els, nxt)) if b is not None]
            return []
    return []


def _worked_at(sv: SentenceView, first: int, resolve) -> list:
    """ "Đoàn Kiểm tra của X (của Y) tại Đảng đoàn Hội Z": a body right after "tại" (meetings.yaml
    hosts `delegation_at`) that ends the delegation's name is where it works: the host."""
    els = sv.elements
    k = first + 2 * len(_joined(els, first)) - 1
    while k + 1 < len(els) and isinstance(els[k], Word) and els[k].low in host_words()["delegation_of"] \
            and isinstance(els[k + 1], BodyMention):
        k += 2                          # "... của Bộ Chính trị": the owner of the delegation's body
    if k + 1 < len(els) and isinstance(els[k], Word) and phrase_at(sv.toks, els[k].start, "delegation_at") \
            and isinstance(els[k + 1], BodyMention) and not els[k + 1].generic:
        b = resolve(els[k + 1])
        return [for_host(b)] if b is not None else []
    return []


def _last_body_before(els: list, k: int) -> int:
    """The index of the last body before element k (or k - 1 when there is none)."""
    return next((j for j in range(k - 1, -1, -1) if isinstance(els[j], BodyMention)), k - 1)


def _overseen(sv: SentenceView, first: int, resolve) -> list:
    """ "Đoàn giám sát của X ... tiến hành giám sát Sở Y về ...", "... giám sát việc giải quyết kiến
    nghị của cử tri tại UBND xã Z": the body the delegation's oversight verb takes, right after it or
    after "tại" at the end of what is overseen (meetings.yaml hosts `oversight_words`,
    `delegation_at`), is the body overseen: the host. A clause that ends first (";", ":", a full
    stop) or a person named before it names none."""
    from kg.extract.sentences.phrase_starts import positions
    els, toks = sv.elements, sv.toks
    within = {t: k for k, e in enumerate(els) for t in range(e.start, e.end)}
    for i, n in positions(toks, host_words()["oversight_words"]):
        k = within.get(i)
        if i < els[first].end or k is None or not isinstance(els[k], Word):
            continue        # (the delegation's own name, "Đoàn giám sát", or inside a body's name)
        for x in els[k:]:
            if x.start < i + n:
                continue            # (the verb's other syllables)
            if isinstance(x, Punct) and x.char in ";:.!?" or isinstance(x, Name):
                return []
            if isinstance(x, BodyMention) and not x.generic and \
                    (x.start == i + n or phrase_at(toks, x.start - 1, "delegation_at")):
                return [for_host(b) for b in (resolve(y) for y in _joined(els, els.index(x))) if b is not None]
        return []
    return []


def leader_clause(found: list[list[int]], v: int) -> int:
    """Where the names that may lead at the verb v begin: after the last verb before it that presides over or
    receives ("A chủ trì lễ đón B ... dẫn đầu đoàn", "A tiếp đoàn ... do B dẫn đầu"): A is the one who receives,
    never the delegation's leader, whether B is read as a name or not."""
    return max((k + 1 for key in (CHAIR, RECEIVE) for k in found[key] if k < v), default=0)


def list_leaders(sv: SentenceView, head: str) -> list[Name]:
    """ "- Ông X, Ủy viên Ban Thường vụ Tỉnh ủy, ..., trưởng đoàn;" names the delegation's leader."""
    out = []
    if Name not in map(type, sv.elements):
        return out          # (no name: no leader; `in map(type, ...)` loops in C)
    last = None
    for e in sv.elements:
        if isinstance(e, Name):
            last = e
        elif isinstance(e, Punct) and e.char == ";":
            last = None
        elif last is not None and getattr(e, "entry", None) is not None and e.entry.role == head \
                and getattr(e, "body", None) is None:
            out.append(last)
    return out


def headed_by(sv: SentenceView) -> list[Name]:
    """ "Đoàn công tác của Huyện ủy X do đồng chí A, Bí thư Huyện ủy đã đến thăm ...": the person a delegation
    is "do" (by) heads it though no verb of leading follows his titles (the writer left out "làm trưởng
    đoàn"). Only the name right after "do" (honorifics and ranks skipped), in the clause of the delegation's
    word with no act between them, and only when the delegation's own act (a visit, a working session, a
    travel word) follows the name: "do" is then the delegation's, not a cause's nor a maker's."""
    els, toks, w = sv.elements, sv.toks, host_words()
    found = verb_index(sv)
    if found[LEADER]:
        return []           # (a verb of leading names the head: list_leaders' reading)
    acts = sorted(found[VISIT] + found[WORK_WITH])
    for k, e in enumerate(els):
        if not (isinstance(e, Word) and e.low in w["by_words"]):
            continue
        j = k + 1
        while j < len(els) and isinstance(els[j], Honorific):
            j += 1
        if j == len(els) or not isinstance(els[j], Name) or not _delegation_before(sv, k, acts):
            continue
        if any(a > j for a in acts) or any(t.low in lexicon().travel_words for t in toks[els[j].end:els[j].end + 30]):
            return [els[j]]
    return []


def _delegation_before(sv: SentenceView, k: int, acts: list[int]) -> bool:
    """A delegation's word within the 20 tokens before element k, in its clause (no "." or ";"), with no act
    and no other person between them."""
    els, toks = sv.elements, sv.toks
    for i in range(k - 1, -1, -1):
        e = els[i]
        if isinstance(e, (Name, Role)) or isinstance(e, Punct) and e.char in ".;:" or i in acts \
                or els[k].start - e.start > 20:
            return False
        if isinstance(e, (Word, Name)) and delegation_word(toks, e.start):
            return True
    return False


def inspectors(views: list[SentenceView], hosts: list, resolve) -> list:
    """ "Công bố quyết định giám sát của Ban Thường vụ Tỉnh ủy X tại Đảng ủy Y", "Đoàn Kiểm tra số 17 của
    Ban Bí thư": the bodies whose inspection decision or team it is (meetings.yaml hosts `decision_words`,
    `team_words`, `team_numbers`, `oversight_words`, "của"), the first sentence's that names them, when
    the delegation was named for none."""
    from kg.extract.sentences.phrase_starts import positions, starts
    w = host_words()
    for sv in views:
        toks, at = sv.toks, None       # (the elements by start, made at the first phrase found)
        # (positions: the i, in order, where starts(toks, i, ...) finds a phrase, trying only the
        # words that begin one)
        for i, n in positions(toks, w["oversight_words"], sv.lows):
            team = i > 0 and toks[i - 1].low in w["team_words"]
            if " ".join(t.low for t in toks[max(0, i - 2):i]) not in w["decision_words"] and not team or \
                    team and i > 1 and toks[i - 2].low in w["relative_words"]:
                continue        # (a decision announced, not "chương trình kiểm tra của X": X's own; nor "các hạn
                # chế mà Đoàn kiểm tra của X chỉ ra": a team recalled in a relative clause)
            j = i + n
            if team and j + 1 < len(toks) and toks[j].low in w["team_numbers"] and toks[j + 1].text[:1].isdigit():
                j += 2          # ("Đoàn Kiểm tra số 17 của Ban Bí thư": the team's number)
            while j < len(toks) and (toks[j].text == "," or starts(toks, j, w["oversight_words"])):
                j += starts(toks, j, w["oversight_words"]) or 1     # ("kiểm tra, giám sát của")
            if at is None:
                at = {e.start: k for k, e in enumerate(sv.elements)}
            k = at.get(j + 1) if j < len(toks) and toks[j].low in w["delegation_of"] else None
            if k is not None and isinstance(sv.elements[k], BodyMention):
                got = [b for b in (resolve(x) for x in _joined(sv.elements, k)) if b is not None]
                got = [b for b in got if all(b.key != h.key for h in hosts)]
                if got:
                    return got
    return []


# (an oversight word, or an event noun for session_of_with, the answer where there is none)
@gated(lambda: oversight_firsts() | {w for w in host_words()["event_nouns"] if " " not in w},
       nothing=no_sides)
def inspecting(sv: SentenceView, resolve) -> tuple[list, list, bool, bool]:
    """ "Ủy ban Kiểm tra Tỉnh ủy X kiểm tra Ban Thường vụ Huyện ủy Y", "Ban Thường vụ Tỉnh ủy công bố quyết
    định giám sát đối với Đảng ủy xã Z": the body an oversight verb takes, right after it or after
    "đối với" (meetings.yaml hosts `oversight_words`, `acted_on`), is where it is done: the host; the
    bodies of the subject, who come to oversee, are the guests (as an inspecting delegation's)."""
    from kg.extract.meeting.subjects import subject_of
    from kg.extract.sentences.phrase_starts import positions, starts
    toks, els = sv.toks, sv.elements
    found = list(positions(toks, host_words()["oversight_words"], sv.lows))
    if not found:
        from kg.extract.meeting.visitors import session_of_with     # ("Buổi làm việc của X với Y")
        return session_of_with(sv, resolve)     # (no oversight verb: the maps below are not needed)
    at = {e.start: k for k, e in enumerate(els)}
    within = {t: k for k, e in enumerate(els) for t in range(e.start, e.end)}
    for i, n in found:
        k = within.get(i)
        if k is None or not isinstance(els[k], Word) or i > 0 and toks[i - 1].low in host_words()["team_words"]:
            continue        # (inside a body's name, "Ủy ban Kiểm tra Tỉnh ủy", or a team's, "Đoàn giám sát Tỉnh ủy")
        j = i + n
        j += starts(toks, j, host_words()["acted_on"]) or 0
        obj = at.get(j)
        if obj is None or not isinstance(els[obj], BodyMention) or els[obj].generic:
            continue
        hosts = [for_host(b) for b in (resolve(x) for x in _joined(els, obj)) if b is not None]
        guests = [b for b in (resolve(e) for e in subject_of(sv, k)) if b is not None and b not in hosts]
        if hosts and guests:
            return hosts, guests, True, True
        if hosts and j > i + n and _announced(toks, i, n) and not any(isinstance(e, (BodyMention, Name, Role))
                                                                      for e in els[:k]):
            # ("Thông báo kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy X": the act named alone, who
            # oversees left unsaid; the body it is done to hosts; not an act urged, "Tăng cường giám sát đối với X")
            return hosts, [], True, False
    got = _oversees_at_home(sv, resolve)
    if got[2]:
        return got
    from kg.extract.meeting.visitors import session_of_with     # ("Buổi làm việc của X với Y")
    return session_of_with(sv, resolve)


def _announced(toks, i: int, n: int) -> bool:
    """The oversight word at toks[i:i + n] closes a decision or findings announced ("Thông báo kết quả kiểm
    tra", "Công bố quyết định giám sát"; meetings.yaml people `review_announcements`)."""
    from kg.extract.lexicon import grammar
    from kg.extract.sentences.phrase_starts import starts
    phrases = grammar("meetings.yaml", "people")["review_announcements"]
    return any(starts(toks, p, phrases) == i + n - p for p in range(max(0, i - 8), i))


def _oversees_at_home(sv: SentenceView, resolve) -> tuple[list, list, bool, bool]:
    """ "HĐND thành phố X giám sát kết quả giải quyết kiến nghị của cử tri": a body that oversees a
    matter, with no body overseen and no place it goes to in the clause (no body after the verb, no
    `place_words` nor `travel_words`), holds the oversight itself: it hosts."""
    from kg.extract.meeting.subjects import subject_of
    from kg.extract.sentences.phrase_starts import positions
    toks, els, w = sv.toks, sv.elements, host_words()
    within = {t: k for k, e in enumerate(els) for t in range(e.start, e.end)}
    for i, n in positions(toks, w["oversight_words"]):
        k = within.get(i)
        if k is None or not isinstance(els[k], Word) or i > 0 and lexicon().delegation.match(toks, i - 1):
            continue        # (a delegation's name, "Đoàn kiểm tra", is no verb)
        if i > 0 and toks[i - 1].low in w["purpose_words"]:
            # ("A chủ trì buổi làm việc với Ban X, UBND xã Y để kiểm tra ...": who checks is the main
            # clause's subject, not the bodies worked with before "để")
            return [], [], False, False
        subject = [b for b in (resolve(e) for e in subject_of(sv, k)) if b is not None]
        if not subject or any(isinstance(x, (Name, Punct)) for x in els[_last_body_before(els, k) + 1:k]):
            return [], [], False, False     # (a person, or another clause, between the subject and the verb)
        for x in els[k:]:
            if isinstance(x, Punct) and x.char in ";:.!?":
                break
            if isinstance(x, BodyMention) or isinstance(x, Word) and x.start >= i + n and \
                    any(t.low in w["place_words"] or t.low in lexicon().travel_words for t in toks[x.start:x.end]):
                return [], [], False, False
        return subject, [], True, False
    return [], [], False, False


def formed_to_visit(sv: SentenceView, v: int) -> int:
    """The token after the convening verb at element v, past a delegation it forms and its going
    ("tổ chức (2 | nhiều) đoàn đi | thăm ...", "tổ chức đi | thăm ...": what is organised is a visit,
    its organisers the visitors)."""
    lx, toks = lexicon(), sv.toks
    t, counts = verb_end(sv, v, HOST), host_words()["delegation_counts"]
    for _ in range(2):      # "tổ chức 2 đoàn", "tổ chức nhiều đoàn", "tổ chức một số đoàn"
        t += t < len(toks) and (toks[t].text.isdigit() or toks[t].low in counts)
    m = lx.delegation.match(toks, t) if t < len(toks) else None
    t += m.size if m is not None else 0
    # ("X phối hợp với Y tổ chức đi thăm, tặng quà ...": the going word alone, no delegation named)
    return t + (t < len(toks) and toks[t].low in host_words()["going_words"])

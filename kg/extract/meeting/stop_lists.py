"""The bodies a visiting or working verb takes (hosts._read_verb), and where a list of the places
a visit stops at goes on past ";".

    "đã đến thăm Giáo xứ A, xã X; Nhà thờ họ đạo B, xã Y; Giáo xứ C"   three stops
    "đã đến thăm Giáo xứ A; Chi hội Tin Lành; Ban Đại diện ..."          an unknown name between two
    "đã đến thăm Giáo xứ A; Phó Chủ tịch UBND huyện X gửi lời chúc"     a clause: one stop
"""
from __future__ import annotations

from kg.extract.lexicon import lexicon
from kg.extract.sentences.elements import BodyMention, Punct, Role, Word
from kg.extract.sentences.phrase_starts import ends_before, starts
from kg.extract.sentences.sentences import SentenceView


def _body_at(sv: SentenceView, t: int) -> bool:
    return any(isinstance(e, BodyMention) and e.start == t for e in sv.elements)


def stops_go_on(sv: SentenceView, t: int) -> bool:
    """After ";" at token t-1 a list of stops goes on: the next item opens on a body, or on a
    stop's head noun right before a body ("; Nhà thờ họ đạo X, xã Y": meetings.yaml hosts
    `stop_heads`), or is a short capitalised name the reader does not know whose next item opens
    on a body ("; Chi hội Tin Lành; Ủy ban ..."). A clause after ";" opens in lower case ("; ghi
    nhận ..."), on a title and a person ("; Phó Chủ tịch A ...") or on who goes along ("; Đại
    diện X cùng đi với đoàn"): no stop."""
    from kg.extract.meeting.hosts import host_words      # (hosts imports this module)
    toks, els = sv.toks, sv.elements
    if _body_at(sv, t):
        return True
    if t >= len(toks) or not toks[t].text[:1].isupper():
        return False
    nxt = next((e for e in els if e.start >= t and not isinstance(e, Word)), None)
    if isinstance(nxt, BodyMention) and starts(toks, t, host_words()["stop_heads"]) == nxt.start - t:
        return True     # (not "; Đại diện UBND huyện X cùng đi", "; Tham dự có ...": no stop's head noun)
    end = next((k for k in range(t, min(len(toks), t + 8)) if toks[k].text in (";", ".", ",")), None)
    links = host_words()["stop_name_links"]
    return end is not None and toks[end].text == ";" and isinstance(nxt, Punct) and nxt.start == end \
        and all(toks[k].text[:1].isupper() or toks[k].low in links for k in range(t, end)) \
        and _body_at(sv, end + 1)


def _visits_after_receiving(sv: SentenceView, v: int) -> set:
    """The visit verbs after the element v when it is a receiving verb: the one received visits someone, and
    who is named after that verb is visited, not received."""
    from kg.extract.meeting.hosts import RECEIVE, VISIT, verb_index
    found = verb_index(sv)
    return {k for k in found[VISIT] if k > v} if v in found[RECEIVE] else set()


def verb_objects(sv: SentenceView, v: int) -> list[BodyMention]:
    """The bodies the verb at element v takes, to the end of its clause. Not those in brackets,
    which place a person ("Hòa thượng A (chùa X)"), nor those whose people are met ("thăm các vị
    chức sắc Giáo hội X": meetings.yaml hosts `people_of`), nor the venue after an object."""
    from kg.extract.meeting.conveners import cited_session_owner     # (it reads the hosts word lists)
    from kg.extract.meeting.hosts import host_words, phrase_at
    lx, toks, w = lexicon(), sv.toks, host_words()
    objects, listing, depth, venue, seps, sep = [], False, 0, False, [], ""
    visits, resume = _visits_after_receiving(sv, v), 0
    for k, e in enumerate(sv.elements[v + 1:], v + 1):
        if k in visits:
            break       # ("tiếp ông A, Tổng Lãnh sự X đến thăm, chúc Tết Thường trực HĐND ...": whom he visits)
        if k < resume:
            continue
        if isinstance(e, Word) and e.low in lx.object_ends and \
                not (e.start > 0 and toks[e.start - 1].low in host_words()["object_ends_not_after"]) and \
                not (e.start + 1 < len(toks) and f"{e.low} {toks[e.start + 1].low}" in w["object_ends_not_words"]):
            resume = 0 if objects else _list_past_occasion(sv, v, k)
            if not resume:
                break   # ("thăm 5 cá nhân và 2 tổ chức", "phục vụ Nhân dân": "nhân" there is no "nhân dịp")
            continue
        if isinstance(e, Word) and (phrase_at(toks, e.start, "companion_cues") or objects and phrase_at(toks, e.start, "object_list_stops")):
            break       # ("thăm chùa X, chùa Y, cùng đi với đoàn còn có ...", "chúc mừng Giáo xứ X cùng Ủy ban MTTQ
            # huyện", "... và trao quà của Hội Y", "với sự tham gia của ...": who goes along or gives, no stop)
        if isinstance(e, Punct) and e.char in ",;-–" or isinstance(e, Word) and e.low == "và":
            sep = e.char if isinstance(e, Punct) else ","
        # "thăm các cơ sở tôn giáo, gồm: Ban Trị sự ...; Ban ...": the list after "gồm" goes on
        listing = listing or isinstance(e, Word) and phrase_at(toks, e.start, "list_openers") or \
            isinstance(e, Punct) and e.char == ":" and not objects and (_body_at(sv, e.end)  # "thăm: X, Y"
                                                                        or _plural_head(toks, e.start))
        if isinstance(e, Punct) and (e.char == "." and not _abbreviation_dot(toks, e.start)
                                     or e.char in (";", ":") and not listing
                                     and not (e.char == ";" and objects and stops_go_on(sv, e.end))):
            break       # ("thăm Chùa A, Chùa B; Chùa C": a list of stops goes on past ";")
        # "thăm Hội X tại trụ sở Tỉnh hội - nhà văn hóa Y": the venue after an object runs to a comma
        # (not a place in brackets: "thăm Giáo xứ A (tại phường X) và Giáo xứ B" goes on after it)
        venue = objects and depth == 0 and isinstance(e, Word) and any(t.low in w["place_words"] for t in toks[e.start:e.end]) \
            or venue and not (isinstance(e, Punct) and e.char in ",;") and not _next_stop(sv, e, objects[-1])
        if isinstance(e, Punct):
            depth = max(0, depth + (e.char == "(") - (e.char == ")"))
        elif isinstance(e, BodyMention) and depth == 0 and not venue and \
                not ends_before(toks, e.start, w["people_of"], reach=3) and \
                not ends_before(toks, e.start, w["founding_of"], reach=3) and \
                not ends_before(toks, e.start, w["elected_body_of"], reach=5) and \
                not (objects and toks[e.start - 1].low in w["place_words"]) and \
                not (objects and objects[-1].end == e.start) and not cited_session_owner(toks, e.start) and \
                not ends_before(toks, e.start, w["owner_before"]) and not _former_titles_body(sv, k):
            objects.append(e)   # (not "tại chùa Y"; "Ngày thành lập X"; a unit's owner, "Sư đoàn N Quân khu M")
            seps.append(sep)
            sep = ""
    if any(x in ",;" for x in seps[1:] if x):
        # "thăm Sư đoàn N - Quân khu M, Trung đoàn K và Nhà máy Z - Tổng cục Y": in a list that commas
        # divide, a body after a dash is the owner of the item before it (a list of dashes alone,
        # "chúc Tết Huyện ủy - HĐND - UBND huyện X", divides by them)
        objects = objects[:1] + [o for o, x in zip(objects[1:], seps[1:]) if x not in "-–" or not x]
    return objects


def _list_past_occasion(sv: SentenceView, v: int, k: int) -> int:
    """ "thăm các cơ sở tôn giáo trên địa bàn nhân dịp Tết ..., gồm: A, B": the verb at element v takes a plural
    noun (meetings.yaml hosts `plural_words`) whose list (`list_openers`) comes after the phrase the word at
    element k opens (the occasion, the purpose): the index of the list's opener, or 0 when none follows in the
    clause (a full stop, ";" or another event verb first)."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, host_words, phrase_at, verb_index
    toks, els, w = sv.toks, sv.elements, host_words()
    if not any(t.low in w["plural_words"] for t in toks[els[v].start:els[k].start]):
        return 0
    verbs = {u for key in (HOST, RECEIVE, VISIT, WORK_WITH) for u in verb_index(sv)[key]}
    for j in range(k + 1, len(els)):
        e = els[j]
        if isinstance(e, Punct) and e.char in ".;" or j in verbs:
            return 0
        if isinstance(e, Word) and any(phrase_at(toks, t, "list_openers") for t in range(e.start, e.end)):
            return j    # (a word element may run on from the one before: "2017 gồm")
    return 0


def _former_titles_body(sv: SentenceView, k: int) -> bool:
    """The body at element k ends a title held no more ("tiếp ông A, nguyên Chủ tịch Quốc hội nước X"): the
    one received or visited comes as a person, no body of his former post (visits.former_title, as for a
    companion)."""
    from kg.extract.meeting.visits import former_title      # (visits reads hosts, which imports this module)
    role = sv.elements[k - 1] if k > 0 else None
    if not isinstance(role, Role) or role.end != sv.elements[k].start:
        return False
    item = next((j.end for j in reversed(sv.elements[:k - 1]) if isinstance(j, Punct) and j.char in ",;:("), 0)
    return former_title(sv.toks, item, role)


def _next_stop(sv: SentenceView, e, last: BodyMention) -> bool:
    """ "thăm Ban A tại Kon Tum và Ban B": the "và" at element e after a place named in capitals
    (the venue of the last stop) opens the next stop when a body follows it; not a venue written
    with common nouns ("tại trụ sở Tỉnh hội và nhà văn hóa X")."""
    from kg.extract.meeting.hosts import host_words
    toks = sv.toks
    if not (isinstance(e, Word) and e.low == "và" and _body_at(sv, e.end)):
        return False
    at = next((k for k in range(e.start - 1, last.end - 1, -1) if toks[k].low in host_words()["place_words"]), None)
    return at is not None and e.start - at > 1 and all(toks[k].text[:1].isupper() for k in range(at + 1, e.start))


def _plural_head(toks, i: int) -> bool:
    """ "thăm các chùa: A, B và Hội X", "các đơn vị: ...": a plural noun (meetings.yaml hosts
    `plural_words` within three words) before the colon at i heads a list of the objects."""
    from kg.extract.meeting.hosts import host_words
    return any(t.low in host_words()["plural_words"] for t in toks[max(0, i - 3):i])


def _abbreviation_dot(toks, i: int) -> bool:
    """The full stop at token i closes an abbreviation before a number ("PL. 2567"), not a clause."""
    return i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()

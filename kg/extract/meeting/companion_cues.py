"""Where a companion clause of a delegation's trip begins (kg.extract.meeting.visits reads the companions):

    Cùng đi với đoàn có ông A, Phó Chủ tịch UBND tỉnh ...           a cue (meetings.yaml hosts `companion_cues`)
    Tham gia đoàn công tác của Bộ X còn có ...                      a cue whose delegation names its owner
    Đoàn ... do ông A làm trưởng đoàn, cùng ông B, ... đến thăm     riders between the leading verb and the visit

Those who receive the delegation ("Tiếp đoàn, cùng đi có ...") are no companions.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.meeting.hosts import host_words
from kg.extract.sentences.phrase_starts import ends_before, positions
from kg.extract.sentences.sentences import SentenceView


def companion_start(sv: SentenceView, hosts=()) -> tuple:
    """(token where the companions begin, token where they end or None), or (None, None); `hosts`:
    the meeting's hosts, when known (an owned cue's bare level word is read against them)."""
    closing = _closing_cue(sv)
    if closing is not None:
        return closing
    at = next((j + n for j, n in positions(sv.toks, host_words()["companion_cues"], sv.lows)
               if not _host_side(sv.toks, j)), None)
    at = at if at is not None else _owned_cue(sv, hosts)
    return (at, None) if at is not None else _riders(sv)


def _closing_cue(sv: SentenceView):
    """ "Phó Chủ tịch UBND huyện X A tham gia cùng đoàn.": a cue that closes the sentence names its
    companions before it, from the sentence's start or its last ";"; (start, the cue's token) or None.
    None when that span tells an event of its own (a working, visiting, receiving or convening verb:
    "UBND huyện X đón tiếp và đi cùng đoàn") or opens on another event ("Trước đó, ...")."""
    from kg.extract.meeting.hosts import HOST, RECEIVE, VISIT, WORK_WITH, phrase_at, verb_index
    toks, els = sv.toks, sv.elements
    for j, n in positions(toks, host_words()["companion_cues"], sv.lows):
        if j == 0 or any(t.is_word for t in toks[j + n:]) or _host_side(toks, j):
            continue
        start = max([i + 1 for i in range(j) if toks[i].text == ";"], default=0)
        first = next((i for i in range(start, j) if toks[i].is_word), j)
        verbs = [els[v].start for k in (HOST, RECEIVE, VISIT, WORK_WITH) for v in verb_index(sv)[k]]
        if any(start <= t < j for t in verbs) or phrase_at(toks, first, "other_event_openers"):
            return None
        return start, j
    return None


def _owned_cue(sv: SentenceView, hosts=()):
    """ "Tham gia đoàn công tác của Trung ương còn có ...", "Cùng đi với đoàn công tác của Bộ X có ...":
    a companion cue (meetings.yaml hosts `companion_cues`, one that ends on "có"/"gồm") whose delegation
    is named with its owner ("của ...", no comma) and "còn" before its last word; the token after the
    cue, or None. (The owner is the visiting side already; who follows goes with it.)"""
    w, toks = host_words(), sv.toks
    for j, n in positions(toks, _cue_heads(), sv.lows):
        k = j + n
        if k < len(toks) and toks[k].low in w["delegation_of"]:
            owner = k + 1
            k = next((i for i in range(k + 1, min(len(toks), k + 10))
                      if not toks[i].is_word or toks[i].low in w["companion_cue_ends"]), len(toks))
            if not any(t.is_cap for t in toks[owner:k]) and _unit_hosts(toks[owner].low, hosts):
                continue    # ("Cùng đoàn của tỉnh có ...": an owner by a bare level word, the host's own side)
        k += k < len(toks) and toks[k].low in w["companion_cue_still"]
        # (not "có buổi làm việc với ...": the verb "có" with an event, no companion named)
        if k < len(toks) and toks[k].low in w["companion_cue_ends"] and not _host_side(toks, j) and \
                not (k + 1 < len(toks) and toks[k + 1].low in w["event_nouns"]):
            return k + 1 + (k + 1 < len(toks) and toks[k + 1].low in w["companion_cue_ends"])   # ("gồm có")
    return None


def _unit_hosts(level: str, hosts) -> bool:
    """The bare level word after "của" ("đoàn công tác của tỉnh") may name the host's own side: so when
    no host is known, the level is not a province's or district's (meetings.yaml hosts
    `own_work_levels`; a commune's bodies carry no resolved place), or a host is a body of that level
    ("Tỉnh ủy X", "Sở Y tỉnh X"). Otherwise it is the escort of a delegation visiting someone else
    ("Đoàn công tác Trung ương ... thăm Tòa Giám mục ... Tham gia đoàn công tác của tỉnh còn có ...":
    docs/conventions.md counts the local escort on the visitors' side)."""
    if not hosts or level not in host_words()["own_work_levels"]:
        return True
    return any(level in h.name.lower().split() or h.place is not None and h.place.kind.split()[0] == level
               for h in hosts)


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset:
    """The companion cues that end on one of `companion_cue_ends`, without it ("tham gia đoàn")."""
    w = host_words()
    # (a companion phrase, "tham gia đoàn", "cùng đoàn"; not a bare delegation noun, "phái đoàn ... có buổi")
    heads = (c.rsplit(" ", 1)[0] for c in w["companion_cues"] if " " in c and c.rsplit(" ", 1)[1] in w["companion_cue_ends"])
    return frozenset(h for h in heads if h.endswith(("đoàn", "đoàn công tác")) and h.split()[0] not in ("đoàn", "phái"))


def _riders(sv: SentenceView) -> tuple:
    """ "Đoàn ... do ông A làm trưởng đoàn, cùng ông B, Phó Chủ tịch UBND tỉnh và đại diện Ban Dân tộc
    tỉnh đến thăm ...", "... làm Trưởng đoàn; bà C, Bí thư Tỉnh đoàn, đại diện Sở X đã đến thăm": those
    named between the leading verb and its comma or ";" and the visit's verb go with the delegation.
    (the token where they begin, the token of the verb), or (None, None) when the words after the
    mark open no companion (meetings.yaml hosts `companion_item_openers`: not "..., tại UBND huyện X,")."""
    from kg.extract.lexicon import lexicon
    from kg.extract.meeting.hosts import RECEIVE, VISIT, WORK_WITH, verb_index
    toks, found, w, lead = sv.toks, verb_index(sv), host_words(), lexicon().meeting_roles["leader"]
    # (the leading words by their tokens: "làm Trưởng đoàn" may be read as a title, no verb element)
    for i, e in lead.find(toks, lows=sv.lows):
        t = i + e.size
        if t + 1 >= len(toks) or toks[t].text not in ",;":
            continue
        events = [sv.elements[v].start for k in (VISIT, WORK_WITH, RECEIVE) for v in found[k] if sv.elements[v].start > t]
        if not events or min(events) in {sv.elements[v].start for v in found[RECEIVE]}:
            continue        # ("... làm trưởng đoàn, UBND huyện X đã tiếp đoàn": who receives it, no companion)
        end = min(events)
        while end > t + 1 and (toks[end - 1].low in w["rider_verb_openers"] or toks[end - 1].low in lexicon().travel_words):
            end -= 1        # ("... Ban Dân tộc tỉnh | đã đến | thăm")
        first = toks[t + 1]
        if end > t + 1 and (first.is_cap or first.low in w["companion_item_openers"]) and \
                next(positions(toks[t + 1:end], w["companion_item_verbs"]), None) is None:
            return t + 1, end
    return None, None


def _host_side(toks, j: int) -> bool:
    """The companion cue at toks[j] is said of the host's side: right after a verb of receiving or
    working with ("tiếp và làm việc cùng đoàn có ..."), or after a fronted one and its comma ("Tiếp
    đoàn, cùng đi có ông B, Chủ tịch UBND huyện": who receives, not who travels)."""
    w = host_words()
    if ends_before(toks, j, w["companion_not_after"]):
        return True
    k = j - 1 if j > 0 and toks[j - 1].low == "," else j
    return k < j and ends_before(toks, k, w["companion_host_fronted"], reach=4)


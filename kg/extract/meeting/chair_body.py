"""The body a chair presides for (docs/conventions.md, chairs): the body of his LAST title, the post the
meeting is held under — unless an earlier title of his run is of the organisation the meeting is about,
the one the chaired event names after the verb ("A, Bí thư Trung ương Hội X, Phó Chủ tịch Ủy ban quốc gia Y
chủ trì hội nghị duyệt Đại hội Hội X tỉnh Z": Hội X's central committee, not the national committee)."""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.meeting.hosts import CHAIR, host_words, verb_index
from kg.extract.sentences.elements import BodyMention
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body

_OWN_HIERARCHIES = frozenset(section("meetings.yaml", "own_hierarchy_kinds"))


def presided_body(held_bodies: list[Body], sv: SentenceView, resolve) -> Body:
    """The last title's body, or the one earlier title's body whose kind is that of every body the
    chaired event names after the chair's verb when the last title's is of another kind (an organisation's
    own hierarchy, told by its kind: a mass organisation's, the Front's)."""
    last = held_bodies[-1]
    about = _event_kinds(sv, resolve)
    # (only organisations whose kind is their own hierarchy, the unions and the Front: the party's executive
    # organs share one kind, "Bí thư Trung ương Đảng" is no title of the Politburo whose decision he announces)
    if len(about) != 1 or last.kind in about or not about <= _OWN_HIERARCHIES:
        return last
    earlier = [b for b in held_bodies[:-1] if b.kind in about]
    return earlier[0] if len({b.key for b in earlier}) == 1 else last


def _event_kinds(sv: SentenceView, resolve) -> set[str]:
    """The kinds of the bodies named after the chair's verb ("chủ trì hội nghị ... Đại hội Hội X tỉnh Z")."""
    verbs = verb_index(sv)[CHAIR]
    if not verbs:
        return set()
    after = sv.elements[verbs[0]].end
    kinds = set()
    for e in sv.elements:
        if isinstance(e, BodyMention) and not e.generic and e.start >= after:
            b = resolve(e)
            if b is not None:
                kinds.add(b.kind)
    return kinds


def chairs_own_event(sv: SentenceView) -> bool:
    """ "chủ trì hội nghị": the chair presides a body's own event (meetings.yaml hosts
    `chaired_events`), not "chủ trì cuộc họp" with the departments, which names no convener."""
    toks, els, events = sv.toks, sv.elements, host_words()["chaired_events"]
    for v in verb_index(sv)[CHAIR]:
        t = els[v].end
        if any(" ".join(x.low for x in toks[j:j + 2]) in events for j in range(t, min(len(toks), t + 3))):
            return True
    return False

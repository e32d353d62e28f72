"""Conveners and guests the lead does not name by a verb: the body a chair presides for, and the
peers of a congress's own body among those who attend it (see kg.extract.hosts for the verbs).
The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

from kg.extract.elements import BodyMention
from kg.extract.hosts import CHAIR, LIST_BREAKS, _words, verb_index
from kg.extract.sentences import SentenceView
from kg.facts import Body


def chair_hosts(state, chairs: list[str], chaired_in: dict) -> list[Body]:
    """The bodies the chairs preside for: each chair's last title in the sentence that has him
    chair ("A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì" -> the UBND), not a membership.
    Co-chairs of different bodies name no one convener: then none."""
    from kg.extract.sentences import evidence
    out: list[Body] = []
    for name in chairs:
        sv = chaired_in.get(name)
        if sv is None or not _chairs_own_event(sv):
            continue
        ev = evidence(state.article, sv)
        held = [p for p in state.posts.values() if p.official == name and p.evidence == ev
                and p.role.lower() not in _words()["membership_roles"]]
        if held and all(b.key != held[-1].body.key for b in out):
            out.append(held[-1].body)
    return out[:1] if len(out) == 1 else []


def _chairs_own_event(sv: SentenceView) -> bool:
    """ "chủ trì hội nghị": the chair presides a body's own event (meetings.yaml hosts
    `chaired_events`), not "chủ trì cuộc họp" with the departments, which names no convener."""
    toks, els, events = sv.toks, sv.elements, _words()["chaired_events"]
    for v in verb_index(sv)[CHAIR]:
        t = els[v].end
        if any(" ".join(x.low for x in toks[j:j + 2]) in events for j in range(t, min(len(toks), t + 3))):
            return True
    return False


def peer_guests(views: list[SentenceView], hosts: list[Body], resolve) -> list[Body]:
    """ "Dự Đại hội có ... Hội Cựu chiến binh các tỉnh: Kon Tum, Phú Yên": at a body's congress
    the same organisation of other places, named among those who attend, are its guests."""
    own = [h for h in hosts if h.place is not None and h.parent is None]
    if not own:
        return []
    out: list[Body] = []
    for sv in views:
        at = verb_index(sv)[LIST_BREAKS]
        if not at:
            continue
        for e in sv.elements[at[0] + 1:]:
            b = resolve(e) if isinstance(e, BodyMention) else None
            if b is not None and b.parent is None and b.place is not None and any(
                    b.local_name == h.local_name and b.kind == h.kind and b.place.level == h.place.level
                    and b.place.name != h.place.name for h in own) and b not in out:
                out.append(b)
    return out


def head_guests(state, views: list[SentenceView], hosts: list[Body]) -> list[Body]:
    """ "Thay mặt đoàn công tác, Phó Chủ nhiệm Ủy ban Dân tộc A thăm hỏi ...", "đồng chí A, Trưởng
    Ban Nội chính Trung ương cùng đoàn công tác đến thăm ...": the one who heads or speaks for the
    delegation brings it for the body of his last title (meetings.yaml hosts `head_cues`)."""
    return _cued_body(state, views, "head_cues", hosts)


def opener_hosts(state, views: list[SentenceView]) -> list[Body]:
    """ "Phát biểu khai mạc, Chủ tịch HĐND Thành phố A ...": who opens a meeting no body is named to
    convene opens it for the body of his last title (meetings.yaml hosts `opening_cues`)."""
    return _cued_body(state, views, "opening_cues", [])


def _cued_body(state, views: list[SentenceView], cues_key: str, not_in: list[Body]) -> list[Body]:
    """The body of the last title (not a membership) of the one person a sentence with a cue of
    meetings.yaml hosts `cues_key` names, the first such sentence's."""
    from kg.extract.elements import Name
    from kg.extract.sentences import evidence
    cues = _words()[cues_key]
    for sv in views:
        toks = sv.toks
        if not any(" ".join(t.low for t in toks[j:j + len(c.split())]) == c for c in cues for j in range(len(toks))):
            continue
        names = {e.text for e in sv.elements if isinstance(e, Name) and not e.partial}
        if len(names) != 1:
            continue
        name, ev = names.pop(), evidence(state.article, sv)
        held = [p.body for p in state.posts.values() if p.official == name and p.evidence == ev
                and p.role.lower() not in _words()["membership_roles"]]
        if held and all(h.key != held[-1].key for h in not_in):
            return [held[-1]]
    return []

"""The host of a ceremony told as a handing over: the body that hands over, written as the subject of
the lead's verb ("Hội Nông dân xã X đã bàn giao nhà “Mái ấm nông dân” cho gia đình bà A", "Liên đoàn
Lao động tỉnh trao hai Mái ấm Công đoàn cho các công đoàn viên"), holds it when no body is named to
convene it. Visitors who bring gifts ("Đoàn X đến thăm, trao quà ...") are guests, read elsewhere.
The words are meetings.yaml's (``hosts``: `handover_verbs`, `convene_adverbs`)."""
from __future__ import annotations

from kg.extract.sentences.elements import BodyMention
from kg.extract.meeting.hosts import VISIT, WORK_WITH, RECEIVE, for_host, host_words, phrase_at, verb_index
from kg.extract.sentences.phrase_starts import starts
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body

# partners of a joint handover read back from the verb: a long bank's name with its branch fits
_PARTNER_REACH = 16
# acts chained before the handover verb ("đã công bố và trao"): a few words, not a clause
_ACTS = 3


def givers(views: list[SentenceView], resolve, lead: list[SentenceView]) -> list[Body]:
    """The bodies that open the clause of the first handover verb in `views` (only adverbs between),
    joined by commas or "và"; none after a visit, work or receiving verb in its sentence, nor when the
    `lead` tells a visit."""
    w = host_words()
    if any(verb_index(sv)[VISIT] or any(t.low in w["visit_nouns"] for t in sv.toks) for sv in lead):
        return []       # ("X trao quà cho công nhân" over "X tổ chức các đoàn thăm hỏi, tặng quà ...": it visits)
    for sv in views:
        toks, found = sv.toks, verb_index(sv)
        if starts(toks, 0, w["programme_not_openers"]):
            continue        # ("Nhân dịp này, X trao 20 suất quà ...": a donor at another's ceremony)
        for p in range(len(toks)):
            if not starts(toks, p, w["handover_verbs"]) or p + 1 < len(toks) and toks[p + 1].low == "đổi":
                continue        # ("trao đổi": an exchange of views)
            if any(sv.elements[v].start < p for v in found[VISIT] + found[WORK_WITH] + found[RECEIVE]):
                break
            got = _subject(sv, p, resolve)
            if got:
                return got
            break
    return []


def _subject(sv: SentenceView, p: int, resolve) -> list[Body]:
    """The bodies right before token p (past `convene_adverbs` words and a bracket that places them),
    joined by commas or "và", back to the clause's start (a mark, a number or the sentence's start)."""
    toks, w = sv.toks, host_words()
    ends = {e.end: e for e in sv.elements if isinstance(e, BodyMention) and not e.generic}
    t = _past_adverbs(toks, p, w)
    t, partners = _past_partner(sv, t, ends)
    t = _past_acts(toks, t, ends, w)
    if t > 0 and toks[t - 1].text == ")":
        # ("Hội Nông dân xã X (huyện Y) đã bàn giao ...": the bracket places the body)
        t = next((n for n in range(t - 2, max(-1, t - 10), -1) if toks[n].text == "("), t)
    out: list = []
    while t in ends:
        out.insert(0, ends[t])
        t = ends[t].start
        if t > 1 and (toks[t - 1].text == "," and not _framed(toks, t - 1) or toks[t - 1].low == "và") and t - 1 in ends:
            t -= 1
    t = _past_representative(toks, t, w) if out else t
    if not out or t > 0 and toks[t - 1].text[:1].isalpha():
        return []       # (the bodies must open their clause: "Nghị quyết Hội X trao ..." is no subject)
    bodies = [for_host(b) for b in map(resolve, out + partners) if b is not None]
    return [b for n, b in enumerate(bodies) if all(b.key != x.key for x in bodies[:n])]


def _framed(toks, comma: int) -> bool:
    """The comma at token `comma` closes a framing clause ("Thực hiện Quyết định của Huyện ủy X, Đảng ủy xã
    Y tiến hành trao ...": meetings.yaml hosts `framing_openers`): the body before it is cited,
    not a giver beside the one after it."""
    start = next((n + 1 for n in range(comma - 1, -1, -1) if toks[n].text in ",;:.-–"), 0)
    return phrase_at(toks, start, "framing_openers")


def _past_representative(toks, t: int, w: dict) -> int:
    """Token t moved back over a representative's word before the giver ("Chiều 22/3, đại diện Ban Tổ chức
    Tỉnh ủy X đã trao quyết định ...", meetings.yaml hosts `acting_representatives`): who hands over in the
    body's name does it for the body, which still opens the clause."""
    rep = next((r for r in sorted(w["acting_representatives"], key=lambda r: -len(r.split())) if _ends_with(toks, t, r)), None)
    return t - len(rep.split()) if rep is not None else t


def _past_acts(toks, t: int, ends: dict, w: dict) -> int:
    """Token t moved back over the acts the handover is chained to ("X đã công bố và trao quyết định ...", "X
    đã quyên góp trao tặng ..."): up to _ACTS plain lower-case words, then adverbs, when that lands right after a
    body (or a bracket that places one); else t as it is. The giver is the subject of the whole chain."""
    if t in ends or t > 0 and toks[t - 1].text == ")":
        return t
    at = t
    while t - at < _ACTS and at > 0 and toks[at - 1].text.isalpha() and toks[at - 1].text.islower():
        at -= 1
        back = _past_adverbs(toks, at, w)
        if back in ends or back > 0 and toks[back - 1].text == ")":
            return back
    return t


def _past_adverbs(toks, t: int, w: dict) -> int:
    while t > 0 and toks[t - 1].low in adverb_words(w):
        t -= 1
    return t


def _past_partner(sv: SentenceView, t: int, ends: dict) -> tuple[int, list]:
    """Token t moved back over a joint act written before the handover verb — "X phối hợp trao ...",
    "X phối hợp với Y (vừa) bàn giao ...", "X phối hợp các doanh nghiệp, nhà hảo tâm tới trao ..."
    (meetings.yaml hosts `joint_givers`): the bodies among the partners hand over with X. The partners
    are bodies, commas and plain lower-case words, up to _PARTNER_REACH tokens; anything else (a
    name, another mark) and t stays where it was."""
    toks, w = sv.toks, host_words()
    inside = {n for e in ends.values() for n in range(e.start, e.end)}
    at = t
    while at > 0 and toks[at - 1].low in w["joint_travel"]:
        at = _past_adverbs(toks, at - 1, w)     # ("... đến trao học bổng": the trip is for the giving)
    end = at
    joints = sorted(w["joint_givers"], key=lambda j: (-len(j.split()), j))     # (the longest first)
    while end - at <= _PARTNER_REACH:
        joint = next((j for j in joints if _ends_with(toks, at, j)), None)
        if joint is not None:
            partners = [e for e in ends.values() if at <= e.start and e.end <= end]
            return _past_adverbs(toks, at - len(joint.split()), w), partners
        word = toks[at - 1] if at > 0 else None
        if word is None or not (at - 1 in inside or word.text == "," or word.text[:1].islower()):
            break
        at -= 1
    return t, []


def _ends_with(toks, at: int, phrase: str) -> bool:
    words = phrase.split()
    return at >= len(words) and [x.low for x in toks[at - len(words):at]] == words


def adverb_words(w: dict) -> frozenset:
    """The words of meetings.yaml hosts `convene_adverbs` (`w`: host_words()), one by one."""
    return frozenset(x for p in w["convene_adverbs"] for x in p.split())

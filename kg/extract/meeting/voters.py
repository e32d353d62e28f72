"""The sides of a meeting of deputies with their voters ("tiếp xúc cử tri"): the deputies meet the voters
of their own constituency, so no body comes to it as a guest; the deputies' delegation a rule read as
the visitor ("Các đại biểu Quốc hội ... Trưởng đoàn đại biểu Quốc hội ... đã đến tiếp xúc tại huyện X")
holds it (the golds list every such meeting with no guest, and the delegation, when named, as its host).
The words are meetings.yaml's (``hosts``: `voter_meetings`, `deputies_delegations`)."""
from __future__ import annotations

from kg.extract.lexicon import lexicon
from kg.extract.meeting.hosts import host_words
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Role, Word
from kg.extract.sentences.phrase_starts import anywhere
from kg.extract.sentences.sentences import SentenceView
from kg.extract.sentences.tokens import tokenize
from kg.facts import Body


def voter_sides(kind: str, views: list[SentenceView], hosts: list[Body], guests: list[Body],
                resolve=None) -> tuple[list, list]:
    """(hosts, guests): at a Conference whose headline or lead (`views`) tells a meeting with voters,
    the guests dropped and a deputies' delegation among them made a host — with no host, the delegation
    of the province whose deputies act there (deputies_host). Asked only of a voters' meeting (frame.settle
    asks voter_meeting first)."""
    w = host_words()
    if not hosts and resolve is not None:
        hosts = deputies_host(views, resolve)
    if not guests:
        return hosts, guests
    moved = [g for g in guests if any(g.name.lower().startswith(d) for d in w["deputies_delegations"])
             and all(g.key != h.key for h in hosts)]
    return hosts + moved, []


def voter_meeting(kind: str, views: list[SentenceView]) -> bool:
    """A Conference whose headline or lead (`views`) tells a meeting with voters (meetings.yaml hosts
    `voter_meetings`)."""
    return kind == "Conference" and any(anywhere(sv.toks, host_words()["voter_meetings"], sv.lows) for sv in views)


def deputies_host(views: list[SentenceView], resolve) -> list[Body]:
    """The delegation of the province whose deputies are named, as actors, with their province
    ("các đại biểu Quốc hội tỉnh X"): the title (meetings.yaml hosts `deputies_titles`) right before a
    province, with only `deputies_before` words, people and their titles between it and its clause's
    start (a mark or the sentence's start) — "cử tri kiến nghị đại biểu Quốc hội tỉnh X" names no actor."""
    w = host_words()
    for sv in views:
        toks, els = sv.toks, sv.elements
        for k, e in enumerate(els):
            if not isinstance(e, Role) or " ".join(t.low for t in toks[e.start:e.end]) not in w["deputies_titles"]:
                continue
            place = els[k + 1] if k + 1 < len(els) else None
            if not isinstance(place, LevelMention) or place.level != "province" or not place.place_name:
                continue
            before = next((n for n in range(k - 1, -1, -1) if toks[els[n].start].text in ",;:.-–"), -1)
            if not all(isinstance(x, (Name, Role)) or isinstance(x, Word) and x.end - x.start == 1
                       and toks[x.start].low in w["deputies_before"] for x in els[before + 1:k]):
                continue
            body = next(iter(sorted(w["deputies_delegations"])))
            m = lexicon().bodies.match(tokenize(body), 0)
            if m is None:
                return []
            got = resolve(BodyMention(e.start, place.end, " ".join(t.text for t in toks[e.start:place.end]), [],
                                      m.payload, level=place.level, unit=place.unit, place_name=place.place_name))
            return [got] if got is not None else []
    return []

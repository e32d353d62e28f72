"""The sides of a meeting of deputies with their voters ("tiếp xúc cử tri"): the deputies meet the voters
of their own constituency, so no body comes to it as a guest; the deputies' delegation a rule read as
the visitor ("Các đại biểu Quốc hội ... Trưởng đoàn đại biểu Quốc hội ... đã đến tiếp xúc tại huyện X")
holds it (the golds list every such meeting with no guest, and the delegation, when named, as its host).
The words are meetings.yaml's (``hosts``: `voter_meetings`, `deputies_delegations`)."""
from __future__ import annotations

from kg.extract.meeting.hosts import host_words
from kg.extract.sentences.phrase_starts import anywhere
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def voter_sides(kind: str, views: list[SentenceView], hosts: list[Body], guests: list[Body]) -> tuple[list, list]:
    """(hosts, guests): at a Conference whose headline or lead (`views`) tells a meeting with voters,
    the guests dropped and a deputies' delegation among them made a host; else as they are."""
    w = host_words()
    if kind != "Conference" or not guests or not any(anywhere(sv.toks, w["voter_meetings"], sv.lows) for sv in views):
        return hosts, guests
    moved = [g for g in guests if any(g.name.lower().startswith(d) for d in w["deputies_delegations"])
             and all(g.key != h.key for h in hosts)]
    return hosts + moved, []

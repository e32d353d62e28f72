"""A working session fronted in a phrase of its own, then the main clause's subject (split from
kg.extract.meeting.visitors, which reads the other sides of a working verb):

    Phát biểu tại buổi làm việc với X, Phó Chủ tịch nước A nhấn mạnh ... X hosts, A's body is the guest
    Qua làm việc với X, Đoàn giám sát Y đã chỉ ra ...                     X hosts, Y (the team's) is the guest
    Tại buổi làm việc với X, đoàn sẽ kiến nghị với Z ...                  X hosts (not Z: the main clause's)
    Qua làm việc với Đoàn công tác của Bộ Y, ông A, Chủ tịch UBND tỉnh X ...   no reading (Bộ Y visits)
    Qua làm việc với Đảng ủy xã X, ông A, Chủ tịch UBND xã X ...          no guest (X's own commune)

The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, Name, Punct, Role, Word
from kg.extract.meeting.hosts import WORK_WITH, host_words, verb_end
from kg.extract.meeting.visitors import acting_titles, body_of_title, delegation_at
from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def fronted_session(sv: SentenceView, v: int, resolve, objects: list) -> Optional[tuple[list, list]]:
    """(hosts, guests) of a working verb at element v fronted in a phrase of the event closed by a comma:
    the bodies it takes inside the phrase host (not those the main clause names after the comma); the
    guests are the fronted visitor's (fronted_visitor). None when the verb is not so fronted, or when it
    takes a travelling delegation ("Qua làm việc với Đoàn công tác của Bộ X, ông A, Chủ tịch UBND tỉnh Y
    ...": the delegation visits, the official after the comma receives it)."""
    close = _close(sv, v)
    if close is None or delegation_at(sv, verb_end(sv, v, WORK_WITH)):
        return None
    inside = {b.key for b in (resolve(e) for e in sv.elements[v + 1:close] if isinstance(e, BodyMention)) if b is not None}
    hosts = [b for b in objects if b.key in inside]
    guests = fronted_visitor(sv, v, close, resolve, hosts) if hosts else None
    return None if guests is None else (hosts, guests)


def _close(sv: SentenceView, v: int) -> Optional[int]:
    """The element of the comma that closes a phrase fronting the working verb at element v ("tại buổi";
    meetings.yaml hosts `place_words`, `event_nouns`; or a sentence's `fronted_openers` word, "Qua"), or
    None."""
    els, toks, w = sv.elements, sv.toks, host_words()
    t = els[v].start
    if not (t > 1 and toks[t - 1].low in w["event_nouns"] and toks[t - 2].low in w["place_words"]) and \
            not (toks[0].low in w["fronted_openers"] and not any(x.text in ",;:" for x in toks[:t])):
        return None     # (nor "Qua giám sát và làm việc với X, ...": a phrase the sentence opens on)
    comma = next((k for k in range(v + 1, len(els)) if isinstance(els[k], Punct) and els[k].char in ",;."), None)
    if toks[0].low in w["fronted_openers"]:
        # (the phrase runs on over the commas of what the session was about, to the delegation that held it)
        comma = next((k for k in range(v + 1, len(els) - 1) if isinstance(els[k], Punct) and els[k].char == "," and (
            isinstance(els[k + 1], (Honorific, Name, Role)) or isinstance(els[k + 1], Word) and delegation_at(sv, els[k + 1].start))), None)
    return comma if comma is not None and els[comma].char == "," else None


def fronted_visitor(sv: SentenceView, v: int, comma: int, resolve, hosts: list) -> Optional[list[Body]]:
    """ "Phát biểu tại buổi làm việc với Ban Thường vụ Tỉnh ủy X, Phó Chủ tịch nước A nhấn mạnh ...": the
    one official named with titles right after the fronted phrase's comma (element `comma`) is the main
    clause's subject, come for the body of his first title he may act under (as a lone visitor:
    visitors.visitor_body). [] when the delegation is the subject by its word alone ("Tại buổi làm việc với
    X, đoàn đã trao tặng ...": X receives it, its bodies read elsewhere) or the official's body is a host's
    (his body) sits in a host's own unit; None when no such subject."""
    els, toks = sv.elements, sv.toks
    if comma + 1 < len(els) and delegation_at(sv, els[comma + 1].start) and isinstance(els[comma + 1], Word):
        # ("..., Đoàn giám sát Tỉnh ủy đã chỉ ra ...": the body its name writes right after it is its own)
        end = els[comma + 1].start + lexicon().delegation.match(toks, els[comma + 1].start).size
        own = next((e for e in els[comma + 1:] if e.start >= end), None)
        b = resolve(own) if isinstance(own, BodyMention) and own.start == end and not own.generic else None
        return [b] if b is not None and all(h.key != b.key for h in hosts) else []
    person: list = []
    for e in els[comma + 1:]:
        if isinstance(e, (Role, Honorific, Name)) or isinstance(e, Punct) and e.char in ",-–":
            person.append(e)
            continue
        break
    names = [e for e in person if isinstance(e, Name)]
    roles = [e for e in person if isinstance(e, Role) and (e.body is not None or e.entry.body)]
    if len(names) != 1 or not roles:
        return None
    roles = acting_titles(roles, resolve)
    b = body_of_title(roles[0], resolve) if roles else None
    if b is not None and any(_same_unit(b, h) for h in hosts):
        return []       # ("Qua làm việc với Đảng ủy xã X, ông A, Chủ tịch UBND xã X cho biết ...": a local speaker)
    return [b] if b is not None else None


def _same_unit(b: Body, h: Body) -> bool:
    """b is h, or both are bodies of one administrative unit: the same place and the same commune
    written in their names ("Đảng ủy xã X" and "UBND xã X"; communes have no place of their own)."""
    return b.key == h.key or b.place is not None and b.place == h.place and _commune(b.name) == _commune(h.name) \
        or b.place is None and h.place is None and _commune(b.name) is not None and _commune(b.name) == _commune(h.name)


def _commune(name: str) -> Optional[str]:
    """The commune a body's name is of ("xã Tân Phú" of "Đảng ủy xã Tân Phú, huyện X"; a commune word of
    bodies.yaml `levels`, not the district's "thị xã"), or None."""
    levels = bodies_yaml()["levels"]
    units = sorted({w for lv in ("province", "city", "district", "commune") for w in levels[lv] if w == w.lower()},
                   key=len, reverse=True)
    found = [m for m in re.finditer(r"(?<!\w)(" + "|".join(map(re.escape, units)) + r") ", name.lower())
             if m.group(1) in levels["commune"]]
    return name[found[-1].start():].split(",")[0].strip() if found else None

"""Who is received when the object of a receiving verb is a person, not a body:

    Bí thư Tỉnh ủy X A tiếp ông B, Tổng Lãnh sự Y tại Z đến thăm     the consulate his title names is the guest
    Chủ tịch UBND tỉnh X tiếp Đại sứ Y tại Việt Nam                   the embassy (his title alone)
    UBND tỉnh X tiếp ông B, Chủ tịch một tập đoàn                     none: his title names no body

The one received comes for the body of the first title he may act under whose body is written
(docs/conventions.md, "a visitor named only as a person": a foreign visitor's government is a guest
only when its name is written); kg.extract.meeting.lone_visitors reads the visitors' titles the same way.
The words are meetings.yaml's (``hosts``)."""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, Name, Punct, Role, Word
from kg.extract.meeting.hosts import RECEIVE, VISIT, WORK_WITH, by_agent, convenes, host_words, kin, verb_end, verb_index
from kg.extract.sentences.sentences import SentenceView
from kg.extract.lexicon import lexicon, section
from kg.facts import Body

# the word a neighbour's implied government is named with (roles.yaml foreign_governors: "Chính quyền tỉnh X")
_GOVERNMENT = section("roles.yaml", "foreign_governors")["body"] + " "


def received_guests(views: list[SentenceView], resolve, hosts: list[Body]) -> list[Body]:
    """The bodies of the persons the first receiving verb (in `views`, in order) whose titled persons
    bring one receives, those of a host's kin left out; [] when none does."""
    for sv in views:
        for v in verb_index(sv)[RECEIVE]:
            if not convenes(sv, v) or by_agent(sv, v):
                continue
            received = _object_persons(sv, v)
            if not received:
                continue
            out: list[Body] = []
            for roles in received:
                b = _title_body(roles, resolve, sv.text.lower())
                if b is not None and not kin(b, hosts) and all(b.key != x.key for x in out):
                    out.append(b)
            if out:
                return out
    return []


def _title_body(roles: list[Role], resolve, text: str) -> Optional[Body]:
    """The body of the first title he may act under (visitors.acting_titles, strictly), unless it is
    a government his foreign title only implies (implied_government)."""
    from kg.extract.meeting.visitors import acting_titles, body_of_title
    titles = acting_titles(roles, resolve, strict=True)
    b = body_of_title(titles[0], resolve) if titles else None
    return None if b is None or implied_government(b, titles[0], text) else b


def implied_government(b: Body, title: Role, text: str) -> bool:
    """b is a government a foreign title implies ("Phó Tỉnh trưởng tỉnh X" -> "Chính quyền tỉnh X"), the
    lower-cased text writing neither it nor the title's body: no body of his (docs/conventions.md, "a
    foreign visitor's government is a guest only when its name is written"; a consul's consulate, which
    his title names, stays his)."""
    return b.name.startswith(_GOVERNMENT) and title.body is not None and \
        title.body.surface.lower() not in text and b.name.lower() not in text


def _object_persons(sv: SentenceView, v: int) -> list[list[Role]]:
    """The titles of each person named right after the receiving verb at element v (honorifics, names,
    titles and the commas, dashes and `received_links` between them), up to the first other
    word ("đến thăm", "cùng đoàn", "nhân dịp"); a title with no name counts as one person ("tiếp Đại
    sứ X tại Việt Nam"). [] when a word or a body comes first ("tiếp đoàn", "tiếp UBND huyện")."""
    from kg.extract.meeting.lone_visitors import persons_of
    els, toks = sv.elements, sv.toks
    end = verb_end(sv, v, RECEIVE)
    out: list = []
    reach, k = end, v + 1
    for k in range(v + 1, len(els)):
        e = els[k]
        if e.start < reach:
            continue        # (inside a title's body: "Tổng Lãnh sự Y tại TP. Z")
        if isinstance(e, (Honorific, Name, Role)):
            out.append(e)
            reach = max(e.end, e.body.end if isinstance(e, Role) and e.body is not None else e.end)
        elif isinstance(e, Punct) and e.char in ",-–" and out:
            out.append(e)
        elif isinstance(e, Word) and e.low in host_words()["received_links"] and out and k + 1 < len(els) \
                and isinstance(els[k + 1], (Honorific, Name, Role)):
            out.append(e)   # (kept: the title before it is not the next person's)
        else:
            break
    if not any(isinstance(e, Name) for e in out):
        # (a title alone stands for its holder: "tiếp Đại sứ X tại Việt Nam")
        roles = [e for e in out if isinstance(e, Role)]
        return [roles] if len(roles) == 1 else []
    persons = persons_of(out, toks)
    return persons[:-1] if len(persons) > 1 and _subject_last(sv, v, out, k) else persons


def _subject_last(sv: SentenceView, v: int, out: list, stop: int) -> bool:
    """The last person of those read after the receiving verb at element v (`out`, up to element `stop`) is the
    main clause's subject: the verb opens the sentence with no one before it ("Sáng 12/5, (khi) tiếp ông A,
    Phó Chủ tịch UBND tỉnh X, ông B, Bí thư Huyện ủy Y bày tỏ ..."), a comma before the last name (not "và"),
    and the clause goes on after him with another verb than a visit's ("tiếp ông A, ..., ông B, ... đến thăm":
    both received)."""
    els = sv.elements
    if any(isinstance(e, (Honorific, Name, Role, BodyMention)) for e in els[:v]):
        return False
    k = max(n for n, e in enumerate(out) if isinstance(e, Name)) - 1
    while k >= 0 and isinstance(out[k], Honorific):
        k -= 1
    if not (k >= 0 and isinstance(out[k], Punct) and out[k].char == ","):
        return False
    return stop + 1 < len(els) and not (isinstance(els[stop], Punct) and els[stop].char in ".;:!?") and \
        stop not in verb_index(sv)[VISIT]


def firms_only(bodies: list[Body]) -> bool:
    """Every body (one or more) is a firm, named by a head of meetings.yaml hosts `firm_heads` ("Tập đoàn Y",
    "Công ty Z"): a lone official who works with them receives them at home."""
    return bool(bodies) and all(any(b.name.lower().startswith(h + " ") for h in host_words()["firm_heads"])
                                for b in bodies)


def delegation_met(sv: SentenceView, v: int, resolve, delegations: list[Body]) -> list[Body]:
    """ "Đồng chí A, Phó Bí thư Thường trực Tỉnh ủy X làm việc với đoàn công tác của Y do B dẫn đầu": the
    working verb at element v takes a delegation (a delegation word right after it, not a body's name,
    "Đoàn đại biểu Quốc hội tỉnh"), which comes to the lone official; he receives it at home, for the body
    of his last title (kg.extract.meeting.visitors.visitor_body). [] when the verb takes no delegation."""
    from kg.extract.meeting.visitors import visitor_body      # (visitors imports this module)
    t = delegation_taken(sv, v)
    if t is None or any(isinstance(e, BodyMention) and e.start == t for e in sv.elements):
        return []
    return visitor_body(sv, v, resolve, delegations, first=False)


def delegation_taken(sv: SentenceView, v: int) -> Optional[int]:
    """The token where the delegation the working verb at element v takes begins, a delegation word right after
    the verb ("làm việc với đoàn công tác ...", "gặp mặt đoàn đại biểu ..."); None when it takes none."""
    t = verb_end(sv, v, WORK_WITH)
    return t if t < len(sv.toks) and lexicon().delegation.match(sv.toks, t) is not None else None

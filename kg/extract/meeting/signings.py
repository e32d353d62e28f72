"""The parties of a signing, which names no convener by a verb: who is at home hosts, who came is
the guest.

    X ký kết chương trình phối hợp với Y                 X hosts, Y is the guest (as "làm việc với")
    tại trụ sở Hội X diễn ra Lễ ký kết ... giữa X và Y    X hosts (it is held at X's), Y is the guest
    tại TP A (tỉnh B) ... ký kết ... giữa X và Y          the party of the place it is held at hosts
    lễ ký kết ... giữa Kiểm toán Nhà nước với UBND tỉnh   the local bodies host beside a central one
    Sở X và Hội Y tỉnh đã ký kết ...                      both sign as subjects, at home: both host

With parties "giữa" that cannot be told apart, the signing names no host. The words are
meetings.yaml's (``hosts``: `signing_words`, `between_words`, `place_words`, `delegation_of`).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Punct
from kg.extract.meeting.hosts import host_words
from kg.extract.meeting.subjects import subject_of
from kg.extract.sentences.phrase_starts import positions
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Body


def signing_parties(views: list[SentenceView], resolve) -> tuple[list[Body], list[Body]]:
    """(hosts, guests) of the first signing between bodies the sentences name."""
    found, held = None, ""
    for sv in views:
        signs = [j for j, _ in positions(sv.toks, host_words()["signing_words"], sv.lows)]
        if not signs:
            continue
        held += " " + _held_at(sv, signs[0])
        if found is None:
            found = _parties(sv, signs[0], resolve)
    if found is None:
        return [], []
    subjects, partners, between = found
    if subjects and partners:
        return subjects, [b for b in partners if not _among(b, subjects)]
    parties = between or subjects
    # (a local body of a place the article does not reveal, "UBND tỉnh", is scoped to it)
    local = [b for b in parties if not b.central and (b.place is not None or b.scope is not None)]
    home = [b for b in local if b.place is not None and b.place.name in held]
    if not home and any(b.central for b in parties):
        home = local            # the province's bodies sign with a central one
    away = [b for b in parties if not _among(b, home)]
    if home and away:
        return home, away
    if not between and len(local) == len(parties) > 1 and len({b.place.name for b in local if b.place}) <= 1:
        return parties, []      # "Sở X và Hội Y tỉnh đã ký kết": one place's bodies, both at home
    return [], []


def _among(b: Body, bodies: list[Body]) -> bool:
    return any(b.key == x.key for x in bodies)


def _parties(sv: SentenceView, sign: int, resolve) -> Optional[tuple[list, list, list]]:
    """(the subject's bodies before the signing word, those after "với" past it, those after "giữa"
    past it), or None when there are not two parties."""
    toks, w, els = sv.toks, host_words(), sv.elements
    at = next((k for k, e in enumerate(els) if e.start <= sign < e.end), None)
    if at is None:
        return None
    subjects = [b for b in (resolve(e) for e in subject_of(sv, at) if not e.generic) if b is not None]
    side = next(((i, k) for i in range(sign, len(toks)) for k in ("between_words", "partner_words")
                 if toks[i].low in w[k]), None)
    others: list[Body] = []
    for e in els[at + 1:] if side else []:
        if isinstance(e, Punct) and e.char in ".;:":
            break
        if isinstance(e, BodyMention) and not e.generic and e.start > side[0] and \
                toks[e.start - 1].low not in w["delegation_of"]:
            b = resolve(e)
            if b is not None:
                others.append(b)
    partners, between = (others, []) if side and side[1] == "partner_words" else ([], others)
    if len(subjects) + len(others) < 2:
        return None
    return _uniq(subjects), _uniq(partners), _uniq(between)


def _uniq(bodies: list[Body]) -> list[Body]:
    out: list[Body] = []
    for b in bodies:
        if not _among(b, out):
            out.append(b)
    return out


def _held_at(sv: SentenceView, sign: int) -> str:
    """The words after the sentence's place word ("tại ...") before the signing word, up to a comma:
    where the signing is held, as written; "" when none."""
    toks, w = sv.toks, host_words()
    for i, t in enumerate(toks[:sign]):
        if t.low in w["place_words"]:
            out = []
            for x in toks[i + 1:min(sign, i + 16)]:
                if x.text in ",;":
                    break
                out.append(x.text)
            return " ".join(out)
    return ""

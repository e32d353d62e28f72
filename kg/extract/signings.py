"""The parties of a signing: "Lễ ký kết chương trình phối hợp giữa X và Y" names no convener, but
the party at home hosts and the one that came is the guest.

    tại Tiền Giang đã diễn ra Lễ ký kết ... giữa LĐLĐ tỉnh Tiền Giang và LĐLĐ tỉnh Quảng Ngãi
        -> hosts LĐLĐ tỉnh Tiền Giang (its place is where it is held), guest LĐLĐ tỉnh Quảng Ngãi
    lễ ký kết ... giữa Kiểm toán Nhà nước với Thường trực HĐND và UBND tỉnh
        -> the province's bodies host, the central one is the guest

With no party told apart (all local, none named where it is held) the signing names no host.
The words are meetings.yaml's (``hosts``: `signing_words`, `between_words`, `place_words`).
"""
from __future__ import annotations

from kg.extract.elements import BodyMention, Punct
from kg.extract.hosts import _words
from kg.extract.phrase_starts import positions
from kg.extract.sentences import SentenceView
from kg.facts import Body


def signing_parties(views: list[SentenceView], resolve) -> tuple[list[Body], list[Body]]:
    """(hosts, guests) of the first signing between bodies the sentences name."""
    w = _words()
    for sv in views:
        signs = [j for j, _ in positions(sv.toks, w["signing_words"])]
        if not signs:
            continue
        parties = _between(sv, signs[0], resolve)
        if len(parties) < 2:
            continue
        held_at = _held_at(sv, signs[0])
        # (a local body of a place the article does not reveal, "UBND tỉnh", is scoped to it)
        local = [b for b in parties if not b.central and (b.place is not None or b.scope is not None)]
        home = [b for b in local if held_at and b.place is not None and b.place.name in held_at]
        if not home and any(b.central for b in parties):
            home = local            # the province's bodies sign with a central one
        away = [b for b in parties if all(b.key != h.key for h in home)]
        if home and away:
            return home, away
    return [], []


def _between(sv: SentenceView, sign: int, resolve) -> list[Body]:
    """The bodies after "giữa" past the signing word, to the end of the clause."""
    toks, w = sv.toks, _words()
    at = next((i for i in range(sign, len(toks)) if toks[i].low in w["between_words"]), None)
    out: list[Body] = []
    if at is None:
        return out
    for e in sv.elements:
        if e.start <= at:
            continue
        if isinstance(e, Punct) and e.char in ".;:":
            break
        if isinstance(e, BodyMention) and not e.generic:
            b = resolve(e)
            if b is not None and all(b.key != x.key for x in out):
                out.append(b)
    return out


def _held_at(sv: SentenceView, sign: int) -> str:
    """The words after the sentence's place word ("tại ...") before the signing word, up to a comma
    and a few words: where the signing is held, as written; "" when none."""
    toks, w = sv.toks, _words()
    for i, t in enumerate(toks[:sign]):
        if t.low in w["place_words"]:
            out = []
            for x in toks[i + 1:min(sign, i + 9)]:
                if x.text in ",;":
                    break
                out.append(x.text)
            return " ".join(out)
    return ""

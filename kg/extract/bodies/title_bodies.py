"""The bodies the article's titles name, held or not: "ông từng là Chủ tịch UBND tỉnh Quảng Nam"
writes the name of the Ủy ban nhân dân tỉnh Quảng Nam whether or not the post is one held now
(docs/conventions.md: every organisation whose name the article writes is mentioned). Read after
the posts stage, which completes the bodies of titles in lists; only bodies whose place is known
(or central ones) count, as for any body named on its own.

A body listed only as an actor (bodies.yaml only_as_actor: a union's executive committee) is
mentioned when written with its term ("Ban Chấp hành Hội LHPN huyện X khóa IV ra mắt", "Ủy viên
Ban Chấp hành Hội CCB tỉnh khóa VII"): the term names the committee elected, not a session of it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from kg.extract.bodies.union_committees import packed_union_organ, union_committees
from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.lexicon import lexicon

from kg.extract.sentences.elements import BodyMention, Role
from kg.extract.sentences.missions import (city as _city, country_after, mission_country, mission_spec as _mission_spec,
                                           seat_words as _seat_words, text as _text)
from kg.extract.bodies.open_names import named_as
from kg.extract.bodies.anniversary_named import anniversary_named
from kg.extract.bodies.party_named import party_named
from kg.extract.sentences.phrase_starts import ends_before, starts
from kg.extract.sentences.spans import skip_term
from kg.facts import Body


def _rooted(b: Optional[Body]) -> bool:
    """Whether a body, or a parent it is written under, is placed or central."""
    while b is not None:
        if b.place is not None or b.central:
            return True
        b = b.parent
    return False


def _is_mission(bm: BodyMention) -> bool:
    """A diplomatic mission named whole, with its country and seat ("Đại sứ quán Trung Quốc tại Việt
    Nam" after "Tham tán công sứ"): named, though no place of ours holds it."""
    return bm.base is not None and bm.base.canonical.startswith(tuple(_mission_spec()[0].values()))


def title_bodies(views, resolve, only_actor) -> list[Body]:
    """The placed bodies the titles of the sentences name; `resolve` is the article's
    kg.extract.bodies.bodies.ResolvedBodies; `only_actor` the bodies listed only as actors."""
    out = []
    for sv in views:
        for _, e, _ in sv.mentions():
            if type(e) is not Role:
                continue
            if e.body is not None:
                b = resolve(e.body)
                # a commune's body written with its commune's name is named whether or not anyone
                # holds the title ("Chủ tịch Hội LHPN phường X báo cáo"), as it is with no title
                if (_rooted(b) or b is not None and (b.key in resolve.foreign or _named_commune(e.body, b)
                                                     or _is_mission(e.body))) \
                        and not named_as(b, only_actor):
                    out.append(b)
                if e.entry.body_prefix and b is not None and (_rooted(b) or _named_commune(e.body, b)):
                    # "các đồng chí UV.BTV Hội Nông dân xã": the title writes the organ too
                    organ = resolve(replace(e.body, organs=[e.entry.body_prefix] + list(e.body.organs)))
                    if organ is not None and (not named_as(organ, only_actor) or not e.body.organs
                                              and packed_union_organ(e.entry.body_prefix, e.body)):
                        out.append(organ)
            elif (_writes_central(e) or _foreign_organ(e)) and not _in_election(sv, e.start):
                # "Thủ tướng Chính phủ tặng bằng khen": the title writes the central body's name
                b = resolve.resolver.central(e.entry.body)
                if b is not None:
                    out.append(b)
    return out + _termed(views, resolve, only_actor) + _founded(views, resolve, only_actor) \
        + _missions(views, resolve.resolver.scope) + _central_inside(views, resolve) + _acting(views, resolve, only_actor) \
        + party_named(views) + anniversary_named(views) + union_committees(views, resolve)


@lru_cache(maxsize=1)
def _acting_words() -> tuple:
    """bodies.yaml party_acts: (the fillers before the verb, the verbs), lower case."""
    raw = bodies_yaml().get("party_acts") or {}
    return tuple(w.lower() for w in raw.get("fillers") or []), tuple(w.lower() for w in raw.get("verbs") or [])


def _acting(views, resolve, only_actor) -> list[Body]:
    """The placed party organisations that act as the subject of the sentence's verb ("Đảng bộ xã X
    tổ chức lễ trao Huy hiệu Đảng", "Đảng bộ huyện Y đã tập trung lãnh đạo ..."; bodies.yaml
    party_acts): the organisation itself acts, as at its congress, so it is mentioned; named for a
    delegation, a resolution or a count ("Đảng bộ xã X có 11 đồng chí") it is not."""
    fillers, verbs = _acting_words()
    out = []
    for sv in views:
        toks = sv.toks
        ends = {m.end for _, _, m in sv.mentions() if type(m) is BodyMention}
        for _, _, bm in sv.mentions():
            if type(bm) is not BodyMention or not _opens_clause(toks, bm.start, ends):
                continue
            k = bm.end
            while k < len(toks) and (n := starts(toks, k, fillers)):
                k += n
            if k == len(toks) or not starts(toks, k, verbs):
                continue
            b = resolve(bm)
            if b is not None and (_rooted(b) or _named_commune(bm, b)) and named_as(b, only_actor) \
                    and b.name.startswith("Đảng bộ "):
                out.append(b)
    return out


def _central_inside(views, resolve) -> list[Body]:
    """The central body whose name a central agency's name ends with, when the lexicon does not
    make it the agency's parent: "Ban Tôn giáo Chính phủ" (under a ministry) writes "Chính phủ",
    which it then mentions, as "Ủy ban Thường vụ Quốc hội" mentions its parent Quốc hội
    (docs/conventions.md: a parent written inside its child's name). Not in an election's name."""
    central = lexicon().central_by_name
    out = []
    for sv in views:
        for _, e, bm in sv.mentions():
            bm = e.body if type(e) is Role else bm
            if type(bm) is not BodyMention or not bm.central or _in_election(sv, e.start):
                continue
            b = resolve(bm)
            words = b.name.split() if b is not None and b.central else []
            for k in range(1, min(len(words), 4)):
                tail = " ".join(words[-k:])
                if tail in central and tail != b.name and (b.parent is None or b.parent.name != tail):
                    found = resolve.resolver.central(tail)
                    out += [found] if found is not None else []
                    break
    return out


def _missions(views, scope: str) -> list[Body]:
    """The missions a diplomat's title names: "Đại sứ đặc mệnh toàn quyền nước Lào tại Việt Nam"
    writes the "Đại sứ quán Lào tại Việt Nam" (bodies.yaml missions), held or not; the country
    and the seat are as written, a city the lexicon spells otherwise by its name ("TP.HCM")."""
    titles = _mission_spec()[0]
    out = []
    for sv in views:
        toks = sv.toks
        for _, e, _ in sv.mentions():
            if type(e) is not Role or e.body is not None or e.entry.role not in titles:
                continue
            k, hit = country_after(toks, e.end)
            seat = k + hit.size if hit is not None else len(toks)
            city = _city(sv, seat + 1) if seat + 1 < len(toks) and toks[seat].low in _seat_words() else None
            if city:
                country = mission_country(_text(sv, k, seat))
                name = f"{titles[e.entry.role]} {country} {toks[seat].text} {city}"
                out.append(Body(name, "StateBody", None, None, name, scope))
    return out


def unify_bare_missions(views) -> None:
    """ "Đoàn công tác của Đại sứ quán X do bà A, Đại sứ X tại Việt Nam ...": a mission written
    without its seat is the one mission of that country a diplomat's title names in full in the
    article (_missions); with none or several, it stays as written."""
    heads = tuple(h + " " for h in _mission_spec()[0].values())
    fulls = [b.name for b in _missions(views, "")]
    for sv in views:
        for _, _, bm in sv.mentions():
            base = getattr(bm, "base", None)
            if type(bm) is not BodyMention or base is None or base.sort != "open" \
                    or not base.canonical.startswith(heads):
                continue
            name = _country_cased(base.canonical, heads)
            found = {f for f in fulls if f.lower().startswith(name.lower() + " ")} if " tại " not in name else ()
            if len(found) == 1 or name != base.canonical:
                bm.base = replace(base, canonical=found.pop() if len(found) == 1 else name)


def _country_cased(name: str, heads: tuple) -> str:
    """A mission's name read from the text with its listed country in the list's case ("Lãnh sự
    quán Việt nam tại X" -> "... Việt Nam tại X"); any other name as it is."""
    head = next(h for h in heads if name.startswith(h))
    country, seat, rest = name[len(head):].partition(" tại ")
    cased = mission_country(country)
    return name if cased.lower() != country.lower() else head + cased + seat + rest


def _termed(views, resolve, only_actor) -> list[Body]:
    """The placed bodies listed only as actors that are written with their term ("khóa IV")."""
    out = []
    for sv in views:
        for _, _, bm in sv.mentions():
            if type(bm) is not BodyMention or skip_term(sv.toks, bm.end) != bm.end + 2:
                continue        # "khóa IV" is two tokens; "nhiệm kỳ 2021-2026" names no committee
            b = resolve(bm)
            if b is not None and _rooted(b) and named_as(b, only_actor) and b.local_name in _termed_organs():
                out.append(b)
    return out


def _named_commune(bm, b: Body) -> bool:
    """A commune's body written with its unit word and known by its commune's name ("Hội Nông
    dân xã" in a story of xã Tân Lộc), not the bare "Hội Nông dân xã"."""
    return bm.level == "commune" and bool(bm.unit) and not b.name.endswith(" " + bm.unit)


@lru_cache(maxsize=1)
def _termed_organs() -> frozenset:
    """bodies.yaml `termed_actors`: organs among only_as_actor that a term written after names."""
    return frozenset(bodies_yaml().get("termed_actors") or [])


@lru_cache(maxsize=1)
def election_words() -> tuple:
    """bodies.yaml `not_mentioned_after`: words that make a central body's name an election's."""
    return tuple(w.lower() for w in bodies_yaml().get("not_mentioned_after") or [])


def _in_election(sv, start: int) -> bool:
    """Whether the words right before token `start` name an election ("bầu cử đại biểu Quốc hội")."""
    return ends_before(sv.toks, start, election_words())


def _foreign_organ(e: Role) -> bool:
    """A title of our Party's central organs that the neighbour's party written after it made
    that party's organ ("Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào";
    kg.extract.posts.foreign_titles): the party's name is written, so its organ is named, whether or
    not the one who holds the title is read."""
    return bool(e.entry.standalone) and e.entry.body in _foreign_organs()


@lru_cache(maxsize=1)
def _foreign_organs() -> frozenset:
    """The neighbours' parties (bodies.yaml foreign_parties) and the central organs of theirs
    the lexicon knows."""
    parties = set((bodies_yaml().get("foreign_parties") or {}).values())
    return frozenset(e["canonical"] for e in bodies_yaml().get("central") or []
                     if e["canonical"] in parties or e.get("parent") in parties)


def _writes_central(e: Role) -> bool:
    """A title that implies a central body and writes its name ("Thủ tướng Chính phủ"; not
    "Tổng Bí thư", which names none)."""
    body = e.entry.body
    return bool(body) and e.surface.lower().endswith(" " + body.lower())


def _founded(views, resolve, only_actor) -> list[Body]:
    """The placed party organisations a decision founds or merges (bodies.yaml founding_words:
    "thành lập Đảng bộ Công an tỉnh X trên cơ sở hợp nhất Đảng bộ A và Đảng bộ B"): the
    organisation is the subject of the decision, as of its congress, not a delegation's origin.
    A list goes on over "và" and commas from a body so named; an anniversary ("95 năm ngày thành
    lập Đảng bộ thành phố", bodies.yaml founding_dates) founds nothing."""
    words = tuple(w.lower() for w in bodies_yaml().get("founding_words") or [])
    dates = tuple(w.lower() for w in bodies_yaml().get("founding_dates") or [])
    out = []
    for sv in views:
        prev_end = -1
        for _, _, bm in sv.mentions():
            if type(bm) is not BodyMention:
                continue
            listed = prev_end >= 0 and bm.start == prev_end + 1 and sv.toks[prev_end].low in ("và", ",")
            if not (ends_before(sv.toks, bm.start, words) and not ends_before(sv.toks, bm.start, dates, 4)
                    or listed):
                prev_end = -1
                continue
            b = resolve(bm)
            ok = b is not None and _rooted(b) and named_as(b, only_actor) and b.name.startswith("Đảng bộ ")
            out += [b] if ok else []
            prev_end = bm.end if ok else -1
    return out


def _opens_clause(toks: list, i: int, ends: set) -> bool:
    """Whether the body at token i opens its clause, so that it is the verb's subject: at the
    sentence's start, or after a mark or a date ("Ngày 1/4/2021 Đảng bộ phường X tổ chức"); not
    after a word ("đề nghị Đảng bộ thành phố triển khai") nor as the owner of a body before it
    ("Chi bộ 17 đảng bộ xã X tổ chức", "chi bộ 1, đảng bộ xã Y")."""
    if i in ends or i >= 2 and toks[i - 1].text == "," and (i - 1 in ends or any(
            toks[k].low == "chi" and toks[k + 1].low == "bộ" for k in range(max(0, i - 5), i - 2))):
        return False            # (a cell by its number, "chi bộ 4, đảng bộ xã Y", is read as no body)
    return i == 0 or not toks[i - 1].is_word or toks[i - 1].text.isdigit()

"""Bodies named by a head word and a proper name: religious organisations and their places of
worship ("Chùa Trấn Quang", "Tòa Giám mục Giáo phận Hưng Hóa", "Nhà thờ Giáo xứ Tân Định",
"Thành hội Phật giáo X").

The head (bodies.yaml `proper_names.heads`) is followed by capitalised words only: a lower-case
word, punctuation, a level word ("Chùa Quảng Phúc huyện X": the place is not part of the name), a
title or an address word ("Nhà thờ Lê Lợi": a memorial, not a church) ends the name. A spaced dash
between two capitalised words joins a double name ("Giáo phận Bắc Sơn - Nam Sơn"). Descriptors
(`descriptors`: "Phật giáo", "Công giáo", "Khmer") may open the name but are no name alone ("chùa
Phật giáo", "các chùa Khmer"). A head written inside the name ("Tòa Giám mục Giáo phận X") names the
parent; `insert` may give a head's usual second word when the text leaves it out (none now: a
religious name is kept as written, "Tòa Giám mục X"; unify_houses gives it the long name the
article also writes). An organ written right before the name ("Ban Từ
thiện Xã hội Thành hội Phật giáo X") is that body's organ. Such bodies have no place in the
gazetteer: they are scoped to the article, as open-ended names are (kg.extract.bodies.open_names).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Honorific, Name, Role
from kg.extract.lexicon import canon, lexicon, phrase_matcher
from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.bodies.open_names import OpenEntry
from kg.extract.bodies.topic_names import cut_off
from kg.facts import Body

_DASHES = frozenset("-–—")
# a clergyman's title, written right after his house's name, that is no word of it (lower case)
_TITLES_AFTER = frozenset({("giám", "mục"), ("linh", "mục"), ("mục", "sư")})


@lru_cache(maxsize=1)
def _spec() -> tuple:
    raw = bodies_yaml().get("proper_names") or {}
    heads = [canon(h) for h in raw.get("heads") or []]
    spelled = {h.lower(): h for h in heads}
    insert = {canon(k).lower(): canon(v) for k, v in (raw.get("insert") or {}).items()}
    return (phrase_matcher(heads), spelled, phrase_matcher(raw.get("descriptors") or []), insert,
            raw.get("kind", "ReligiousOrganisation"),
            {canon(h).lower(): phrase_matcher(ws) for h, ws in (raw.get("memorial_heads") or {}).items()})


@lru_cache(maxsize=1)
def _capital_only() -> frozenset:
    """bodies.yaml proper_names `capital_only`: heads that name a body only when capitalised."""
    return frozenset(canon(h).lower() for h in (bodies_yaml().get("proper_names") or {}).get("capital_only") or [])


@lru_cache(maxsize=1)
def _located_plurals() -> frozenset:
    """bodies.yaml proper_names located_plurals: the words that make a located head several places'."""
    return frozenset((bodies_yaml().get("proper_names") or {})["located_plurals"])


@lru_cache(maxsize=1)
def _places_spec() -> tuple:
    """Heads named by where they are, the unit words that may follow, and the words that may
    stand between a religious board and its place's name."""
    raw = bodies_yaml().get("proper_names") or {}
    hamlets = (bodies_yaml().get("party_cells") or {}).get("units") or []
    return (frozenset(canon(h).lower() for h in raw.get("located_heads") or []),
            phrase_matcher(raw.get("located_units") or []),
            frozenset(w.lower() for w in raw.get("organ_links") or []),
            phrase_matcher(hamlets))


def _located_end(toks, i: int, j: int, k: int) -> int:
    """A place of worship with no name of its own named by its place ("Thánh thất Cao Đài" + "xã
    An Bình"): the end of the place's name after the unit word, or k. Only a head written with a
    capital and no plural before it ("các thánh thất xã X" are several)."""
    located, units = _places_spec()[:2]
    if " ".join(t.low for t in toks[i:j]) not in located or not toks[i].is_cap \
            or (i > 0 and toks[i - 1].low in _located_plurals()) or k >= len(toks):
            return k
    u = units.match(toks, k)
    if u is None:
        return k
    end = k + u.size
    while end < len(toks) and toks[end].is_word and (toks[end].is_cap or toks[end].text.isdigit()):
        end += 1
    return end if end > k + u.size else k


def _unit_at(toks, k: int) -> bool:
    """A unit word, of a level or a hamlet ("Chùa X - Thôn Y"): the place, not a double name."""
    return lexicon().levels.match(toks, k) is not None or _places_spec()[3].match(toks, k) is not None


def _name_end(sv, i: int, j: int, starts: dict) -> int:
    """Where the capitalised words of a proper name whose head spans tokens i..j end (j: none)."""
    toks, levels = sv.toks, lexicon().levels
    matcher, _, descriptors, _, _, memorials = _spec()
    memorial = memorials.get(" ".join(t.low for t in toks[i:j]))
    if memorial is not None and j < len(toks) \
            and (isinstance(starts.get(j), (Name, Honorific)) or memorial.match(toks, j)):
        return j                # "Nhà thờ Lê Lợi", "nhà thờ Nguyễn Du": a memorial of a person
    inner = matcher.match(toks, j) if j < len(toks) else None
    if inner is not None and " ".join(t.low for t in toks[j:j + inner.size]) == " ".join(t.low for t in toks[i:j]):
        return j                # "chùa chùa X": the head typed twice, the second one names it
    k = j + inner.size if inner is not None else j      # "Tòa Giám mục" + "Giáo phận" + the name
    d = descriptors.match(toks, k) if k < len(toks) else None
    while d is not None:                                # "Phật giáo Nam tông Khmer"
        k += d.size
        d = descriptors.match(toks, k) if k < len(toks) else None
    end = k
    while end < len(toks):
        t = toks[end]
        e = starts.get(end)
        if _ends_name(e, starts, i, j):
            break
        if t.text in _DASHES and (end > k or k > j) and end + 1 < len(toks) and toks[end + 1].is_cap \
                and toks[end + 1].is_word and not _ends_name(starts.get(end + 1), starts, i, j) \
                and not _unit_at(toks, end + 1):
            end += 1            # "Bắc Sơn - Nam Sơn"
            continue
        if not (t.is_word and t.is_cap) or levels.match(toks, end) is not None \
                or end > k and tuple(x.low for x in toks[end:end + 2]) in _TITLES_AFTER:
            break               # "Tòa Giám mục X" + "Giám mục A": the bishop's title ends the house's name
        end += 1
    if " ".join(t.low for t in toks[i:j]) in _clergy_heads():
        end = _person_cut(toks, k, end)     # "Giáo phận X Nguyễn Văn A": the bishop after his diocese
    if end > k and toks[end - 1].text in _DASHES:
        end -= 1
    if end > k and end < len(toks) and toks[end].is_word and not toks[end].is_cap and any(
            nxt.startswith(toks[end].low) and nxt != toks[end].low for nxt in _head_openers().get(toks[end - 1].low, ())):
        end -= 1                # "Tòa Giám mục Giáo" + "ph...": a head the page cut inside its second syllable
    if end == k:
        end = _located_end(toks, i, j, k)
    return end if end > k else j


def _person_cut(toks, k: int, end: int) -> int:
    """Where a person's full name at the end of the capitalised run k..end starts, or end: the
    run's last three or four words opening with a family name ("Nguyễn Văn A", "Trần Thị B C"),
    with a baptismal name (`proper_names.baptismal_names`) before it ("Giuse Trần Văn B"). At
    least one word of the place's name stays ("Giáo phận X"); shorter tails stay the name's, as
    the place's own words may be family names ("Xuân Lộc", "Phan Thiết")."""
    surnames = lexicon().surnames
    for size in (3, 4):
        p = end - size
        if p <= k or toks[p].low not in surnames \
                or any(t.is_upper or not t.is_word for t in toks[p - 1:end]):
            continue
        if p - 1 > k and toks[p - 1].low in _baptismal():
            return p - 1
        return p
    return end


@lru_cache(maxsize=1)
def _listed_heads() -> frozenset:
    raw = bodies_yaml().get("proper_names") or {}
    return frozenset(canon(h) for h in raw.get("heads") or [])


def _head_as_written(head: str, written: str) -> str:
    """Religious names keep the case written: a head the lexicon lists in that spelling ("Chi hội
    Tin lành" beside "Chi hội Tin Lành"), or one that capitalises more than the lexicon ("Hội
    Thánh"); a head written in lower case ("tòa tổng giám mục") is spelled as the lexicon does."""
    if written in _listed_heads():
        return written
    cased = (bodies_yaml().get("proper_names") or {}).get("as_written_heads") or ()
    if head not in cased or len(written) != len(head) or written.isupper() or not written[:1].isupper():
        return head
    more = all(w == h or w.isupper() and w.lower() == h for w, h in zip(written, head))
    return written if more else head


@lru_cache(maxsize=1)
def _head_openers() -> dict:
    """The first syllables of the heads of two or more, with their second ones ("giáo" -> "phận",
    "xứ", ...), lower case."""
    out: dict = {}
    for h in _listed_heads():
        w = h.lower().split()
        if len(w) > 1:
            out.setdefault(w[0], set()).add(w[1])
    return out


@lru_cache(maxsize=1)
def _clergy_heads() -> frozenset:
    raw = bodies_yaml().get("proper_names") or {}
    return frozenset(canon(w).lower() for w in raw.get("clergy_heads") or [])


@lru_cache(maxsize=1)
def _baptismal() -> frozenset:
    raw = bodies_yaml().get("proper_names") or {}
    return frozenset(canon(w).lower() for w in raw.get("baptismal_names") or [])


def _ends_name(e, starts: dict, i: int, j: int) -> bool:
    """A title, an address word, a person addressed or another body: the proper name is over.
    A name after an address word inside the head ("Tòa Giám mục" + ...) is the head's doing."""
    if isinstance(e, (Role, Honorific, BodyMention)):
        return True
    return isinstance(e, Name) and bool(e.honorific) \
        and not any(isinstance(starts.get(x), Honorific) for x in range(i, j))


def _organ_before(sv, i: int) -> Optional[BodyMention]:
    """A lone religious organ written right before the name ("Ban Từ thiện Xã hội" + the body), on
    its own or as the body of a title ("Trưởng Ban Từ thiện Xã hội"), or with a link word between
    ("Ban Giáo cả tại Thánh đường X"). Another organ names a room or a unit of the state ("tại
    văn phòng Ban Chấp sự nhà thờ X"): no organ of the name."""
    links = _places_spec()[2]
    linked = i > 0 and sv.toks[i - 1].low in links
    for e in sv.elements:
        bm = e.body if isinstance(e, Role) else e
        if not (isinstance(bm, BodyMention) and bm.organs and bm.base is None and not bm.central):
            continue
        religious = all(lexicon().organ_kinds.get(o) == "ReligiousOrganisation" for o in bm.organs)
        if religious and (bm.end == i or (linked and bm.end == i - 1)):
            return bm
    return None


def _body(text: str, kind: str, parent: Optional[Body]) -> OpenEntry:
    return OpenEntry("open", text, kind, inner=parent)


def _entry_at(sv, i: int, size: int, starts: dict) -> Optional[tuple[int, OpenEntry]]:
    """The proper name whose head is at token i: its end and entry."""
    matcher, spelled, _, insert, kind, _ = _spec()
    toks = sv.toks
    head_end = i + size
    end = _name_end(sv, i, head_end, starts)
    if end == head_end:
        return None
    head = spelled[" ".join(t.low for t in toks[i:head_end])]
    head = _head_as_written(head, sv.text[toks[i].start - sv.start:toks[head_end - 1].end - sv.start])
    rest = sv.text[toks[head_end].start - sv.start:toks[end - 1].end - sv.start]
    inner = matcher.match(toks, head_end)
    second = insert.get(head.lower())
    parent = None
    if inner is not None and inner.size < end - head_end:
        # the head written inside, spelled as the lexicon does ("giáo phận X" -> "Giáo phận X")
        words = toks[head_end + inner.size - 1].end - toks[head_end].start
        rest = spelled[" ".join(t.low for t in toks[head_end:head_end + inner.size])] + rest[words:]
        parent = Body(rest, kind, None, None, rest, None)
    elif second is not None and not rest.lower().startswith(second.lower() + " "):
        rest = f"{second} {rest}"
        parent = Body(rest, kind, None, None, rest, None)
    return end, _body(f"{head} {rest}", kind, parent)


def read_proper_names(sv) -> None:
    """Replace the elements a head-and-proper-name body covers with one BodyMention."""
    matcher = _spec()[0]
    found = list(matcher.find(sv.toks, lows=sv.lows))
    if not found or _title_cased(sv.toks):
        return
    starts = {e.start: e for e in sv.elements}
    taken = -1
    for i, m in found:
        if i < taken or any(x.start <= i < x.end for x in sv.elements if isinstance(x, (BodyMention, Role))):
            continue                        # inside a body or title the lexicon knows, or the last name
        if all(t.text.isupper() for t in sv.toks[i:i + m.size]):
            continue                        # a heading in capitals: where the name ends cannot be seen
        if not sv.toks[i].is_cap and " ".join(t.low for t in sv.toks[i:i + m.size]) in _capital_only():
            continue                        # "trọng điểm nhóm C": the head's words inside a compound
        got = _entry_at(sv, i, m.size, starts)
        if got is None:
            continue
        end, entry = got
        taken = end
        if cut_off(sv, end):
            continue                        # "tại Tòa Giám mục Giáo ...": the excerpt breaks off in the name
        if _alias_of_previous(sv, i, end):
            continue                        # "chùa X (chùa Y)": Y is X's other name, not a second body
        start, organ = i, _organ_before(sv, i)
        if organ is not None:
            parent = Body(entry.canonical, entry.kind, None, entry.inner, entry.canonical, None)
            entry = _body(" ".join(organ.organs + [entry.canonical]), entry.kind, parent)
            start = organ.start
        bm = BodyMention(start, end, sv.text[sv.toks[start].start - sv.start:sv.toks[end - 1].end - sv.start],
                         base=entry)
        title = next((x for x in sv.elements if isinstance(x, Role) and x.body is organ), None) \
            if organ is not None else None
        if title is not None:
            # "Trưởng Ban Từ thiện Xã hội Thành hội Phật giáo X": the title's body goes on
            title.body, title.end = bm, max(title.end, end)
            sv.elements[:] = [x for x in sv.elements if x is title or x.end <= title.start or x.start >= end]
            continue
        _replace(sv, bm)


def _alias_of_previous(sv, i: int, end: int) -> bool:
    """Whether the name at tokens i..end stands alone in brackets right after a religious name
    ("chùa Prek Som (chùa Bến Dừa)", a Khmer pagoda's Vietnamese name or the reverse): the same
    house named twice, which the genre writes first by the name it keeps. A bracketed house after
    a place or a person ("huyện X (chùa Y)": where a cleric serves) is a body of its own."""
    toks = sv.toks
    if i < 2 or toks[i - 1].text != "(" or end >= len(toks) or toks[end].text != ")":
        return False
    kind = _spec()[4]
    return any(type(e) is BodyMention and e.end == i - 1 and e.base is not None
               and e.base.sort == "open" and e.base.kind == kind for e in sv.elements)


def _title_cased(toks) -> bool:
    """A line in Title Case ("Lãnh Đạo Huyện Thăm Chùa X Nhân Dịp Phật Đản"): every word is
    capitalised, so where a proper name ends cannot be seen."""
    words = [t for t in toks if t.is_word and not t.text.isdigit()]
    return len(words) >= 8 and sum(t.is_cap for t in words) >= 0.9 * len(words)


def _replace(sv, bm: BodyMention) -> None:
    kept = [e for e in sv.elements if e.end <= bm.start or e.start >= bm.end]
    at = next((k for k, e in enumerate(kept) if e.start >= bm.end), len(kept))
    sv.elements[:] = kept[:at] + [bm] + kept[at:]


def unify_houses(views) -> None:
    """A house named once with its see and elsewhere without ("Tòa Giám mục Giáo phận X"
    ... "Tòa Giám mục X") is one body: the short name takes the long one, when one long
    name alone has a head of the lexicon (bodies.yaml proper_names heads) written inside it."""
    heads = _house_heads()
    kind = _spec()[4]
    found = [bm for sv in views for _, _, bm in sv.mentions()
             if type(bm) is BodyMention and bm.base is not None and bm.base.sort == "open" and bm.base.kind == kind]
    names = {bm.base.canonical: bm.base for bm in found}
    for bm in found:
        longer = {n for n in names for h in heads
                  if n != bm.base.canonical and n.replace(f" {h} ", " ", 1) == bm.base.canonical}
        if len(longer) == 1:
            bm.base = names[longer.pop()]


@lru_cache(maxsize=1)
def _house_heads() -> tuple:
    """bodies.yaml proper_names heads in the lexicon's spelling (canon), worked out once: every
    article asks for them."""
    return tuple(canon(h) for h in (bodies_yaml().get("proper_names") or {}).get("heads") or [])

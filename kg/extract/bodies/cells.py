"""Party cells of a hamlet or a commune's quarter: "Chi bộ thôn 17 xã Quảng Phú", "chi bộ ấp Mỹ
Phú", "Chi bộ 6 phường Bến Thành".

A cell is named by the head (bodies.yaml `party_cells.heads`), the hamlet's unit word and its name
or number, and the commune it is in when the text writes it next; a cell named by a number alone
counts only with its commune, written next or the one commune the article names. The name is kept as written (the unit words in lower case); a cell
has no place in the gazetteer, so it is scoped to the article, as any open-ended name is
(kg.extract.bodies.open_names).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.body_lists import bodies_yaml, set_body_mention
from kg.extract.sentences.elements import BodyMention, LevelMention, Name, Punct, Role
from kg.extract.lexicon import BodyEntry, phrase_matcher
from kg.extract.sentences.phrase_starts import ends_before
from kg.extract.passes import firsts, triggers

_KIND = "PartyCommittee"
_MAX_NAME = 4       # syllables of a hamlet's name


@lru_cache(maxsize=1)
def _spec():
    raw = bodies_yaml().get("party_cells") or {}
    boards = raw.get("boards") or {}
    return phrase_matcher(list(raw.get("heads") or []) + list(boards)), phrase_matcher(raw.get("units") or [])


@lru_cache(maxsize=1)
def _boards() -> dict:
    """bodies.yaml party_cells.boards: the other heads of a hamlet's body (the Front's "Ban Công
    tác Mặt trận"), lower-cased -> (the head as written in the name, its kind)."""
    raw = (bodies_yaml().get("party_cells") or {}).get("boards") or {}
    return {k.lower(): (k, v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def _member_spec() -> tuple:
    """bodies.yaml party_cells: the marks between a member's name and the cell, and the words
    before a cell that say a member belongs to it."""
    raw = bodies_yaml().get("party_cells") or {}
    return frozenset(raw.get("member_marks") or []), tuple(w.lower() for w in raw.get("member_words") or [])


def _members_cell(sv, before: list, i: int) -> bool:
    """Whether the cell at token i is named as a member's ("đảng viên A, Chi bộ khu phố 2", "A –
    Chi bộ ấp X", "sinh hoạt tại Chi bộ thôn Y", "đồng chí A (sinh năm 1950) ở Chi bộ xóm Z"),
    not as an actor."""
    marks, words = _member_spec()
    return len(before) == 2 and isinstance(before[0], Name) and isinstance(before[1], Punct) \
        and before[1].char in marks or ends_before(sv.toks, i, words) or _after_members_name(sv, i)


def _after_members_name(sv, i: int) -> bool:
    """ "A (sinh năm 1950) ở Chi bộ X": a word of belonging (party_cells.member_after_name) right
    before the cell, a person's name right before it or before a bracketed aside that ends there
    ("lễ kết nạp A được tổ chức ở Chi bộ X" names where, not whose)."""
    toks = sv.toks
    if i < 2 or toks[i - 1].low not in _member_after_name():
        return False
    k = i - 1
    if toks[k - 1].text == ")":
        while k > 0 and toks[k - 1].text != "(":
            k -= 1
        k -= 1
    return any(isinstance(e, Name) and e.end == k for e in sv.elements)


@lru_cache(maxsize=1)
def _member_after_name() -> frozenset:
    return frozenset(w.lower() for w in (bodies_yaml().get("party_cells") or {}).get("member_after_name") or [])


def _name_end(toks: list, k: int) -> int:
    """Where a hamlet's name or number that starts at token k ends (k: none)."""
    end = k
    while end < len(toks) and end - k < _MAX_NAME and toks[end].is_word \
            and (toks[end].is_cap or toks[end].text[:1].isdigit()):
        end += 1
        if end + 1 < len(toks) and toks[end].text in "./" and toks[end - 1].text.isdigit() \
                and toks[end - 1].end == toks[end].start == toks[end + 1].start - 1 \
                and toks[end + 1].text.isdigit():
            end += 2        # "Chi bộ 6.3", "khu phố 2/4": one number
    return end


@lru_cache(maxsize=1)
def _schools() -> tuple:
    """bodies.yaml party_cells.schools: the school's head word, its kinds' matcher, their written-out forms."""
    raw = (bodies_yaml().get("party_cells") or {}).get("schools") or {}
    return raw.get("head", "Trường"), phrase_matcher(raw.get("kinds") or []), dict(raw.get("expand") or {})


def _school(toks: list, j: int) -> Optional[tuple[int, str]]:
    """The school named at token j ("trường Mầm non Họa Mi", "Trường THCS Sao Mai"): its end and
    its name, the head capitalised and an abbreviated kind written out; None when the head, a
    kind of school and a capitalised name (or a number) do not follow each other there."""
    head, kinds, expand = _schools()
    if j + 2 >= len(toks) or toks[j].low != head.lower():
        return None
    kind = kinds.match(toks, j + 1)
    if kind is None:
        return None
    k = end = j + 1 + kind.size
    while end < len(toks) and end - k < _MAX_NAME and toks[end].is_word and (toks[end].is_cap or toks[end].text.isdigit()):
        end += 1
    if end == k:
        return None
    written = " ".join(t.text for t in toks[j + 1:k])
    return end, " ".join([head, expand.get(written, written)] + [t.text for t in toks[k:end]])


def _cell_at(sv, i: int, size: int, communes: dict, context: dict) -> Optional[BodyMention]:
    toks = sv.toks
    heads, units = _spec()
    j = i + size
    head, kind = _boards().get(" ".join(t.low for t in toks[i:j]), ("Chi bộ", _KIND))
    board = kind != _KIND
    u = units.match(toks, j) if j < len(toks) else None
    school = _school(toks, j) if u is None and not board else None
    if school is not None:      # "Chi bộ trường Mầm non X": the school's cell, named by the school
        return BodyMention(i, school[0], sv.text[toks[i].start - sv.start:toks[school[0] - 1].end - sv.start],
                           base=BodyEntry("open", f"{head} {school[1]}", kind))
    k = j + (u.size if u is not None else 0)
    end = _name_end(toks, k)
    if end == k or (u is None and (board or not toks[k].text[:1].isdigit())):
        return None             # (a board by a number alone, "Ban Công tác Mặt trận 03 khu phố", counts them)
    if u is None:
        end = k + 1 + 2 * (end > k + 2 and toks[k + 1].text in "./")  # the number alone ("CHI BỘ 9 HỌP BÀN")
    # (a board's hamlet is written with its commune after a comma: "Ban Công tác Mặt trận ấp X, xã Y")
    comma = board and end < len(toks) and toks[end].text == ","
    commune = communes.get(end + comma)
    only = next(iter(context.items())) if u is None and commune is None and len(context) == 1 else None
    if (u is None or board) and commune is None and only is None:
        return None             # "Chi bộ 6" alone: which commune's is not said
    words = [head]
    if u is not None:
        words.append(" ".join(t.low for t in toks[j:k]))
    words.append(sv.text[toks[k].start - sv.start:toks[end - 1].end - sv.start] + ("," if board else ""))
    if commune is not None:
        words += [commune.unit, commune.place_name]
        end = commune.end
    elif only is not None:
        words += list(only)     # "chi bộ 1" in a story of one commune ("đảng bộ xã X"): its cell
    name = " ".join(words)
    return BodyMention(i, end, sv.text[toks[i].start - sv.start:toks[end - 1].end - sv.start],
                       base=BodyEntry("open", name, kind))


@triggers(lambda: firsts(_spec()[0]))
def read_cells(sv, context: Optional[dict] = None) -> None:
    """Replace the elements a party cell's name covers with one BodyMention (or give it to the
    title written right before it: "Bí thư Chi bộ thôn 5"). `context`: the communes the article
    names (unit word -> name); a cell named by its number alone is of the one commune named."""
    heads, _ = _spec()
    found = list(heads.find(sv.toks, lows=sv.lows))
    if not found:
        return
    communes = {e.start: e for e in sv.elements
                if isinstance(e, LevelMention) and e.level == "commune" and e.place_name and e.unit}
    for i, e in found:
        # (a title whose last syllable begins the name, "Trưởng ban Công tác Mặt trận ...", holds it)
        head_of = next((x for x in sv.elements if isinstance(x, Role) and x.entry.body_head
                        and x.end - x.entry.body_head == i and x.end < i + e.size), None)
        if head_of is None and any(x.start <= i < x.end for x in sv.elements if isinstance(x, (BodyMention, Role))):
            continue
        bm = _cell_at(sv, i, e.size, communes, context or {})
        if bm is None:
            continue
        kept = [x for x in sv.elements if x is head_of or x.end <= bm.start or x.start >= bm.end]
        before = [x for x in kept if x.end <= bm.start][-2:]
        if head_of is None and _members_cell(sv, before, bm.start):
            continue            # "đảng viên A, Chi bộ khu phố 2, ...": a member's cell, not an actor
        set_body_mention(sv, bm, kept, head_of)


def _cells(views) -> list[BodyMention]:
    out = []
    for sv in views:
        for _, _, bm in sv.mentions():
            if type(bm) is BodyMention and bm.base is not None and bm.base.sort == "open" \
                    and bm.base.canonical.startswith("Chi bộ ") and bm.base.kind == _KIND:
                out.append(bm)
    return out


def unify_cells(views) -> None:
    """A cell named once with its commune and elsewhere without it ("Chi bộ thôn 8 xã X" ...
    "chi bộ Thôn 8") is one cell: the short name takes the long one."""
    cells = _cells(views)
    names = {bm.base.canonical for bm in cells}
    for bm in cells:
        longer = [n for n in names if n.startswith(bm.base.canonical + " ")]
        if not longer:
            # "Chi bộ 17 xã X" and "Chi bộ thôn 17 xã X": the number is the hamlet's
            longer = [n for n in names if n != bm.base.canonical and _without_unit(n) == bm.base.canonical]
        if len(longer) == 1:
            bm.base = BodyEntry("open", longer[0], _KIND)


def _without_unit(name: str) -> str:
    """A hamlet's cell's name without the hamlet's unit word ("Chi bộ thôn 17 xã X" -> "Chi bộ
    17 xã X"); the name itself when it has none."""
    units = (bodies_yaml().get("party_cells") or {}).get("units") or []
    for u in units:
        if name.startswith(f"Chi bộ {u} "):
            return "Chi bộ " + name[len(f"Chi bộ {u} "):]
    return name


@lru_cache(maxsize=1)
def _office_spec() -> tuple:
    """bodies.yaml office_units: the unit heads' matcher and their forms (lower case -> as written),
    and the office words' matcher."""
    raw = bodies_yaml().get("office_units") or {}
    heads = dict(raw.get("heads") or {})
    return phrase_matcher(heads), {h.lower(): h for h in heads}, phrase_matcher(raw.get("office_words") or [])


def _office_body(els: list, k: int) -> Optional[BodyMention]:
    """The agency's or association's body written at token k (not a committee, its organ, a
    central body or a plural)."""
    nxt = next((x for x in els if x.start >= k), None)
    if type(nxt) is not BodyMention or nxt.start != k or nxt.generic or nxt.central or nxt.base is None \
            or nxt.base.sort not in ("leveled", "department"):
        return None
    return nxt


def _union_before(sv, i: int) -> Optional[BodyMention]:
    """The association named right before token i, its abbreviation in brackets between ("Hội
    Cựu chiến binh (CCB) cơ quan ..."): no place, no organ of its own."""
    toks = sv.toks
    ends = (i, i - 3) if i >= 3 and toks[i - 1].text == ")" and toks[i - 3].text == "(" else (i,)
    u = next((x for x in sv.elements if x.end in ends), None)
    ok = type(u) is BodyMention and u.base is not None and u.base.sort == "leveled" and not u.organs \
        and not u.place_name and not u.generic
    return u if ok else None


def _take(sv, body: BodyMention, start: int, organ: str) -> None:
    """The office's body gets the unit as its outermost organ; the words before it go."""
    body.organs.insert(0, organ)
    body.start = start
    sv.elements[:] = [x for x in sv.elements if x is body or x.end <= start or x.start >= body.end]


@triggers(lambda: firsts(_office_spec()[0]) | firsts(_office_spec()[2]))
def read_office_units(sv) -> None:
    """ "Chi bộ Liên đoàn Lao động huyện X", "Hội Cựu chiến binh cơ quan Sở Y tỉnh Z": the unit of
    the office is the body's organ, named by its head (the resolver names it: the head, then the
    body's name, the body its parent)."""
    heads, spelled, offices = _office_spec()
    toks = sv.toks
    for i, e in list(heads.find(toks, lows=sv.lows)):
        body = _office_body(sv.elements, i + e.size) if toks[i].is_cap else None
        if body is not None and not any(x.start < i < x.end for x in sv.elements):
            _take(sv, body, i, spelled[" ".join(t.low for t in toks[i:i + e.size])])
    for i, e in list(offices.find(toks, lows=sv.lows)):
        union, body = _union_before(sv, i), _office_body(sv.elements, i + e.size)
        if union is not None and body is not None:
            office = " ".join(t.low for t in toks[i:i + e.size])
            _take(sv, body, union.start, f"{union.base.canonical} {office}")

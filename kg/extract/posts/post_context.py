"""What a sentence's titles lean on before they are bound to names (kg.extract.posts.posts): an
open-ended body written after a title, the level of the sentence for a union named without one,
and a body named by its head noun alone ("Chủ tịch Hội") after it was written in full
(kg.extract.posts.post_short).
"""
from __future__ import annotations

from dataclasses import replace
from itertools import compress, repeat
from operator import is_
from typing import Optional

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import BodyEntry, RoleEntry, lexicon, section
from kg.extract.posts.post_delegations import after_delegation, delegation_place
from kg.extract.posts.post_sentence_bodies import bodies_from_sentence


def attach_open_bodies(L: list[Element]) -> None:
    """ "Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh": an open-ended body name (read by
    the bodies stage, after the scan) written right after a title with no body is its body."""
    if Role not in map(type, L):
        return          # (no title: the pass below changes nothing; `in map(type, ...)` loops in C)
    k = 0
    while k + 1 < len(L):
        r, b = L[k], L[k + 1]
        if type(r) is Role and r.body is None and type(b) is BodyMention and b.start == r.end \
                and b.base is not None and b.base.sort == "open":
            r.body, r.end = b, b.end
            del L[k + 1]
        k += 1


_HEADED = section("roles.yaml", "headed_offices")
_DASHES = frozenset("-–")
# the known departments, as their words lower-cased without dashes -> the name as the lexicon writes it
_OFFICES = {tuple(w.lower() for w in n.replace(",", " , ").split() if w not in _DASHES): n for n in _HEADED["names"]}
_OFFICE_MOST = max(map(len, _OFFICES))
_CLAUSE, _JOINS = frozenset(_HEADED["clause_words"]), frozenset(_HEADED["name_joins"])


def headed_offices(L: list[Element], toks: list) -> None:
    """ "Vụ trưởng Vụ X ông A", "Cục trưởng Cục Thuế tỉnh B": a title that names its office's
    head noun (roles.yaml headed_offices), then that noun and the office's name the lexicon does
    not know, is the head of that office: a known department whole, another as written when the
    sentence plainly goes on after it (a name, a mark, a clause word), else no office at all."""
    titles = compress(L, map(is_, map(type, L), repeat(Role)))     # (picked out in C)
    if not any(r.body is None and _HEADED["roles"].get(r.entry.role) for r in titles):
        return          # (no office's head's title without its body: the pass below changes nothing)
    k = 0
    while k + 1 < len(L):
        r = L[k]
        spec = _HEADED["roles"].get(r.entry.role) if type(r) is Role and r.body is None else None
        head = spec.split() if spec else ()
        known = _known_office(toks, r.end) if head and [t.low for t in toks[r.end:r.end + len(head)]] \
            == [h.lower() for h in head] else None
        # (the office as written, or a standard one in any case: "Vụ trưởng vụ địa phương 2")
        if head and r.end + len(head) < len(toks) and (known or [t.text for t in toks[r.end:r.end + len(head)]] == head
                                                        and toks[r.end + len(head)].is_cap):
            cut = known[0] if known else r.end      # (the known name, then its place as written)
            end = _written_office(L, k + 1, toks, cut if known else cut + len(head)) \
                if not known or cut < len(toks) and (toks[cut].is_cap or toks[cut].text.isdigit()) \
                else cut        # "Chi cục Thú y Long An", "Vụ Địa phương 7"
            x = _cover(L, k + 1, end)
            if x is not None and end > cut and not _goes_on(L, x, toks, end):
                x = None        # "Vụ Tổ chức cán bộ" not listed: no office rather than "Vụ Tổ chức"
            if x is not None:
                if x < len(L) and type(L[x]) is LevelMention and L[x].start == end and L[x].place_name:
                    end, x = L[x].end, x + 1        # "Cục Hải quan tỉnh Long An"
                name = " ".join(([known[1]] if known else []) + [t.text for t in toks[cut:end]])
                r.body = BodyMention(r.end, end, name, base=BodyEntry("open", name, _HEADED["kind"]))
                r.end = end
                del L[k + 1:x]
        k += 1


def _known_office(toks: list, i: int) -> Optional[tuple[int, str]]:
    """The longest known department written from token i (any case, dashes or none): the token
    after it and its name as the lexicon writes it."""
    words, best, j = [], None, i
    while j < len(toks) and len(words) < _OFFICE_MOST:
        if toks[j].text not in _DASHES:
            words.append(toks[j].low)
            if tuple(words) in _OFFICES:
                best = (j + 1, _OFFICES[tuple(words)])
        j += 1
    return best


def _written_office(L: list[Element], x: int, toks: list, j: int) -> int:
    """The token after an office's name the lexicon does not know, from token j: its capitalised
    words, a lower-case syllable right after one ("Hải quan"; not a clause word), a dash between
    two ("Vụ Kinh tế - Xã hội"), a number closing it ("Vụ Địa phương 7"), within plain words and
    `most` tokens."""
    start, stop = j - 1, j
    while x < len(L) and L[x].end <= j:
        x += 1
    while j < len(toks) and j - start <= _HEADED["most"] and x < len(L):
        e, t = L[x], toks[j]
        if type(e) is Punct and e.char in _DASHES and x + 1 < len(L) and type(L[x + 1]) is Word \
                and toks[L[x + 1].start].is_cap:
            j, x = j + 1, x + 1
            continue
        if type(e) is Word and t.text.isdigit() and toks[j - 1].is_word and _closes(toks, j + 1):
            stop = j + 1        # "Vụ Địa phương 7": a number closes the office's name
            break
        if type(e) is not Word or not (t.is_cap or toks[j - 1].is_cap and toks[j - 1].is_word and t.low not in _CLAUSE):
            break
        j += 1
        stop = j
        if j >= e.end:
            x += 1
    return stop


def _closes(toks: list, j: int) -> bool:
    """Whether a name may end before token j: the end, a mark, a capital or a clause word (not
    "Vụ X 2 năm liền": a count, not the office's number)."""
    return j >= len(toks) or not toks[j].is_word or toks[j].is_cap or toks[j].low in _CLAUSE


def _cover(L: list[Element], x: int, end: int) -> Optional[int]:
    """The index of the first element at or after token `end`, from element x; a run of plain
    words that `end` cuts is split there. None when `end` cuts any other element."""
    while x < len(L) and L[x].end <= end:
        x += 1
    if x < len(L) and L[x].start < end:
        if type(L[x]) is not Word or L[x].low:
            return None
        L[x] = Word(end, L[x].end, "")
    return x


def _goes_on(L: list[Element], x: int, toks: list, end: int) -> bool:
    """Whether the sentence plainly goes on after an office's name ending at token `end`: at its
    end, a mark, a name, title, body or level, or a clause word (roles.yaml clause_words) but a
    join before a capitalised plain word ("Vụ Khoa học và Công nghệ" goes on with the name)."""
    if end >= len(toks) or x >= len(L) or type(L[x]) is not Word:
        return True
    if toks[end].is_cap or toks[end].low not in _CLAUSE:
        return False
    after = end + 1
    return not (toks[end].low in _JOINS and after < len(toks) and toks[after].is_cap and
                any(type(e) is Word and e.start <= after < e.end for e in L[x:x + 2]))


_CENTRAL_WORDS = frozenset(w.replace(" ", "").lower() for w in section("roles.yaml", "posts")["central_prefixes"])


def central_prefixed(L: list[Element], toks: list) -> None:
    """ "bà A, Chủ tịch T.Ư Hội CTĐ Việt Nam", "Chủ tịch Trung ương Hội NCT Việt Nam": the word
    for the centre (roles.yaml central_prefixes), written before a national body the lexicon
    reads without it, leaves that body to the title before the word."""
    types = list(map(type, L))
    if Role not in types or BodyMention not in types:
        return          # (no title or no body: nothing to leave; tested in C, not at each element)
    k = 0
    while k + 2 < len(L):
        r = L[k]
        if type(r) is Role and r.body is None:
            m = k + 1
            while m < len(L) and m - k < 5 and type(L[m]) in (Word, Punct):
                m += 1
            bm = L[m] if m < len(L) and m > k + 1 else None
            if type(bm) is BodyMention and bm.level == "central" and not bm.organs \
                    and "".join(t.text for t in toks[r.end:bm.start]).lower() in _CENTRAL_WORDS:
                r.body, r.end = bm, bm.end
                del L[k + 1:m + 1]
        k += 1


_DELEGATION = section("roles.yaml", "posts")["delegation"]
_PARTY_ROLES = frozenset(section("roles.yaml", "party_before_state")["roles"])


def delegation_leaders(L: list[Element], toks: list) -> None:
    """ "Đoàn công tác Bộ Tài chính do Thứ trưởng A dẫn đầu", "Đoàn cán bộ của
    Ban Chỉ đạo X do Đại tá B, Ủy viên chuyên trách, ...": the leader's first title
    written with no body is of the body whose delegation he leads (roles.yaml posts delegation);
    a party title only of a party body."""
    delegation_place(L, toks)       # "đoàn đại biểu tỉnh X do A, Phó Bí thư Tỉnh ủy": X's titles
    for k, e in enumerate(L) if BodyMention in map(type, L) else ():     # (no body: none led, no walk)
        if type(e) is not Word or e.low not in _DELEGATION["leader"] or k < 1 or type(L[k - 1]) is not BodyMention:
            continue
        b = L[k - 1]
        if b.base is None and not (b.central and b.organs) or b.generic or not after_delegation(toks, b.start):
            continue            # (a central organ has no base: "đoàn công tác của Ban Dân vận Trung ương")
        x = k + 1 + (k + 1 < len(L) and type(L[k + 1]) is Honorific)
        if x + 1 < len(L) and type(L[x]) is Name and type(L[x + 1]) is Punct and L[x + 1].char in ",-–":
            x += 2              # "do B, Ủy viên chuyên trách": the title after the name
        elif not (x + 1 < len(L) and type(L[x + 1]) is Name):
            continue            # "do Thứ trưởng A": the title before it
        r = L[x] if x < len(L) else None
        if type(r) is Role and r.body is None and not r.entry.body and not r.entry.standalone \
                and r.entry.role not in _DELEGATION["team_titles"] \
                and (r.entry.role not in _PARTY_ROLES or b.base is not None and b.base.kind == "PartyCommittee") \
                and (b.base is not None or _heads_organ(r, b)):
            r.body = replace(b)


_MEMBERS = frozenset((section("roles.yaml", "posts")["member_role"],))


def _heads_organ(r: Role, b: BodyMention) -> bool:
    """A central organ's own title ("Phó Trưởng ban" of "Ban Dân vận Trung ương"): its head noun is
    the organ's; a "Vụ trưởng" heads a department inside it, not the organ."""
    if r.entry.role in _MEMBERS:
        return True         # "do đồng chí A, Ủy viên Ban dẫn đầu": a member of the board
    n = r.entry.body_head
    head = [w.lower() for w in r.surface.split()[-n:]] if n else []
    return bool(head) and [w.lower() for w in b.surface.split()[:n]] == head


_OWN_TITLES = {b: frozenset(rs) for b, rs in section("roles.yaml", "listed_members")["titles"].items()}
_LIST_OPENERS = tuple(tuple(w.split()) for w in section("roles.yaml", "posts")["list_openers"])
_LIST_ITEM = (Name, Honorific, Role, Punct, Word)


def listed_members(L: list[Element], toks: list) -> None:
    """ "Đoàn ĐBQH tỉnh X gồm ông A, Phó Trưởng đoàn chuyên trách và bà B ...": a title written
    with no body in a list that a body heads ("gồm"), one of that body's own titles (roles.yaml
    listed_members: a delegation's Trưởng đoàn, Phó Trưởng đoàn), is of that body. The list runs
    over names, titles, separators and "và"; any other word ends it."""
    if BodyMention not in map(type, L):
        return          # (no body to head a list; tested in C)
    for k, b in enumerate(L):
        if type(b) is not BodyMention or b.base is None or b.base.canonical not in _OWN_TITLES \
                or k + 1 >= len(L) or type(L[k + 1]) is not Word:
            continue
        said = tuple(t.low for t in toks[L[k + 1].start:L[k + 1].end])
        if said not in _LIST_OPENERS:
            continue
        for x in range(k + 2, len(L)):
            e = L[x]
            if not isinstance(e, _LIST_ITEM) or (type(e) is Word and e.low not in _W_AND) \
                    or (type(e) is Punct and e.char not in ",;:–-"):
                break
            # (the title ends its item: "Trưởng đoàn công tác của Sở Y tế" is another delegation's)
            ends = x + 1 == len(L) or type(L[x + 1]) is Punct or (type(L[x + 1]) is Word and L[x + 1].low in _W_AND)
            if type(e) is Role and e.body is None and not e.entry.body and x >= 2 and type(L[x - 2]) is Name \
                    and e.entry.role in _OWN_TITLES[b.base.canonical] and ends:
                e.body = replace(b)


_W_AND = frozenset(section("roles.yaml", "posts")["and"])


_UNION_COMMITTEE = section("roles.yaml", "posts")["union_committee"]
_COMMITTEE_WORDS = frozenset(tuple(w.split()) for w in _UNION_COMMITTEE["words"])


def union_committees(L: list[Element], toks: list) -> None:
    """ "Chủ tịch Ủy ban Hội LHTN Việt Nam huyện": a title with no body, then "Ủy ban" and a union
    whose executive committee the genre calls so (roles.yaml posts union_committee), is a title of
    the union, as its Ban Chấp hành's would be."""
    if Role not in map(type, L):
        return          # (no title: the pass below changes nothing)
    k = 0
    while k + 3 < len(L):
        r, a, b, bm = L[k], L[k + 1], L[k + 2], L[k + 3]
        if type(r) is Role and r.body is None and isinstance(a, Word) and isinstance(b, Word) \
                and a.start == r.end and b.start == a.end and (toks[a.start].low, toks[b.start].low) in _COMMITTEE_WORDS \
                and type(bm) is BodyMention and bm.start == b.end and bm.base is not None \
                and bm.base.canonical in _UNION_COMMITTEE["bodies"] and not bm.organs:
            r.body, r.end = bm, bm.end
            del L[k + 1:k + 4]
        k += 1


_BEFORE_STATE = section("roles.yaml", "party_before_state")
_CUT = frozenset(section("roles.yaml", "posts")["cut_committee"])


def cut_committees(L: list[Element], toks: list) -> None:
    """ "Bí thư Tỉnh, Chủ tịch HĐND tỉnh", "Bí thư Tỉnh⏎ủy": a party title, then the unit word of a
    level alone (the committee's name cut short or broken by a line) before a separator, is of
    that level's party committee (roles.yaml party_before_state committee_of_unit)."""
    if LevelMention not in map(type, L) or Role not in map(type, L):
        return          # (no title, or no level word: the pass below changes nothing)
    k = 0
    while k + 2 < len(L):
        r, lv = L[k], L[k + 1]
        if type(r) is Role and r.body is None and r.entry.role in _BEFORE_STATE["roles"] and type(lv) is LevelMention \
                and lv.start == r.end and not lv.place_name and lv.unit in _BEFORE_STATE["committee_of_unit"]:
            end = k + 2
            w = L[end]
            if isinstance(w, Word) and w.end == w.start + 1 and toks[w.start].low in _CUT and end + 1 < len(L):
                end += 1
            if isinstance(L[end], Punct) and L[end].char in ",;–-.":
                c = lexicon().committee_by_name[_BEFORE_STATE["committee_of_unit"][lv.unit]]
                r.body = BodyMention(lv.start, L[end - 1].end, "", base=c, level=lv.level, unit=lv.unit)
                r.end = r.body.end
                del L[k + 1:end]
        k += 1


_ADDRESS_TITLES = section("roles.yaml", "address_titles")


def address_titles(L: list[Element], toks: list) -> None:
    """ "Giám mục A - Giám mục Giáo phận Bắc Ninh", "Giám mục Giáo phận Vinh A": an address word
    that is also an office (roles.yaml address_titles), written right before the body it heads
    and not before a name of its own, is that office's title."""
    if Honorific not in map(type, L):
        return          # (no address word: the pass below changes nothing)
    for k, h in enumerate(L):
        if type(h) is not Honorific or k + 1 >= len(L) or h.word.lower() not in _ADDRESS_TITLES:
            continue
        bm, spec = L[k + 1], _ADDRESS_TITLES[h.word.lower()]
        if type(bm) is not BodyMention or bm.start != h.end \
                or not any(bm.surface.lower().startswith(x.lower()) for x in spec["heads"]):
            continue
        role = Role(h.start, bm.end, RoleEntry(role=spec["role"]), " ".join(t.text for t in toks[h.start:h.end]),
                    body=bm)
        if bm.end < len(toks) and not toks[bm.end].is_word:
            role.next_char = toks[bm.end].low
        L[k:k + 2] = [role]


def level_from_sentence(L: list[Element], toks: list) -> None:
    """ "cử Phó Chủ tịch Ủy ban MTTQ thành phố, gồm: A, Chủ tịch Hội Nông dân; B, ...": a title's
    body named without its level (a union, the Front) is at the level of the body last written
    with one before it in the sentence, as a bare body is (kg.extract.bodies.bodies)."""
    anchor = commune = None
    for e in L:
        role = type(e) is Role          # (by exact type: most elements are words)
        bm = e.body if role else e
        if type(bm) is not BodyMention:
            continue
        if role and anchor is not None and not bm.complete and not bm.weak and not bm.generic \
                and not bm.organs and bm.base is not None and bm.base.sort == "leveled":
            bm.level, bm.unit, bm.place_name = anchor.level, anchor.unit, anchor.place_name
        elif bm.level not in (None, "central", "commune"):
            anchor = bm
        elif bm.level == "commune" and bm.place_name:
            commune = bm
        elif role and bm.level == "commune" and commune is not None and bm.unit == commune.unit:
            # "Bí thư Đảng ủy xã Tân Phú, Chủ tịch HĐND xã": the commune just named
            bm.place_name = commune.place_name
    bodies_from_sentence(L, toks)       # (the bare chains' bodies: kg.extract.posts.post_sentence_bodies)


_SHARED_HEAD_BODIES = frozenset(section("roles.yaml", "shared_head_bodies"))


def shared_heads(L: list[Element]) -> None:
    """ "A, Chủ tịch HĐND và UBND tỉnh X", "B, Phó Chủ tịch HĐND, UBND huyện Y": one title written
    before two bodies of one level (roles.yaml shared_head_bodies), the level after the last — the
    title is held in both: the first body takes the level, the second becomes a title of its own.
    Only a bare first body (no level, no organ) and a second written with its level."""
    types = set(map(type, L))
    if Role not in types or BodyMention not in types:
        return          # (no title or no body: nothing to share; tested in C)
    for i in range(len(L) - 2):
        r, join, b = L[i], L[i + 1], L[i + 2]
        if type(r) is not Role or type(b) is not BodyMention or not _joins(join):
            continue
        bm = r.body
        if bm is None or bm.base is None or b.base is None or bm.level is not None or bm.place_name \
                or bm.organs or b.organs or b.level in (None, "central") or b.weak or b.generic \
                or bm.base.canonical == b.base.canonical \
                or not {bm.base.canonical, b.base.canonical} <= _SHARED_HEAD_BODIES:
            continue
        bm.level, bm.unit, bm.place_name = b.level, b.unit, b.place_name
        L[i + 2] = Role(b.start, b.end, r.entry, r.surface, body=b)


def _joins(e: Element) -> bool:
    """ "và" or a comma between two bodies a title heads."""
    return (type(e) is Word and e.low == "và") or (type(e) is Punct and e.char == ",")

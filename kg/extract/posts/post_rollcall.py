"""Roll-calls: lists of people whose items a ";" separates, each item one name and the titles around it.

    titles before the name:  Bí thư Huyện ủy X Lê Văn A; Phó Trưởng đoàn công tác, Giám đốc Sở Y Trần B; ...
    titles after the name:   gồm các đại biểu: Lê Văn A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Trần B, ...

News agencies, inspection teams, voters' meetings and presidia write them. The item's bounds are the
separators, so what stands inside one item is its name's, even where the chain of titles is broken by
a title whose body the lexicon does not know, written in lower case ("Phó Trưởng đoàn kiểm tra"), which
kg.extract.posts.post_grammar's chains stop at. An item whose name cannot be found is skipped without
losing the others; in a list whose names come first, an item of titles only ("A, Ủy viên Bộ Chính trị;
Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; B, ...") goes on the titles of the item before it.
Where the name-first order is plain, the run of capitalised syllables that opens an item, before a comma
and a title, is the item's name even when its family name is not in the lexicon (people.yaml surnames).
A roll-call the plural address opens ("Tham dự có các đồng chí: A, ...; B, ...") makes every name of it an
official, whatever titles the lexicon knows of it (addressed_list).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from kg.extract.officials import is_place
from kg.extract.posts.post_gaps import _PRINCIPAL, _W, _clause_words, _is_sep, _post_named
from kg.extract.sentences.elements import Element, Honorific, Name, Punct, Role, Word
from kg.extract.sentences.spans import CAPS_STOPS

_UNKNOWN_MAX = 4        # lower-case words of a body the lexicon does not know ("đoàn kiểm tra liên ngành")
_NAME_MIN, _NAME_MAX = 2, 5     # syllables of a name read by its place in an item


@dataclass
class Item:
    name: Name
    roles: list[Role]
    name_first: bool


def _segments(L: list[Element]) -> list[tuple[int, int]]:
    """The element ranges a ";" separates, the first from its list's colon on, the last to the end of
    the sentence."""
    cuts = [k for k, e in enumerate(L) if type(e) is Punct and e.char == ";"]
    if not cuts:
        return []
    lo = max((k + 1 for k in range(cuts[0]) if type(L[k]) is Punct and L[k].char == ":"), default=0)
    bounds = [lo] + [k + 1 for k in cuts]
    ends = cuts + [len(L)]
    return list(zip(bounds, ends))


def _unknown_after(L: list[Element], toks: Sequence, k: int, hi: int) -> int:
    """The index after the lower-case words of an unknown body right after the body-less title at k
    ("Phó Trưởng đoàn kiểm tra"); k + 1 when there are none."""
    x = k + 1
    while x < hi and type(L[x]) is Word and not toks[L[x].start].is_cap and L[x].low not in _W["former"] \
            and L[x].end - L[k].end <= _UNKNOWN_MAX and not _is_sep(L[x]):
        x += 1
    return x


def _titles_right(L: list[Element], toks: Sequence, j: int, hi: int) -> list[Role]:
    """The titles from j on (joined by separators), up to anything else; a title with an unknown
    body written in lower case is passed over, a former mark ends them."""
    roles: list[Role] = []
    while j < hi and type(L[j]) is Role:
        r = L[j]
        if j + 1 < hi and type(L[j + 1]) in (Name, Honorific):
            break               # the title leads the next name
        x = _unknown_after(L, toks, j, hi) if r.body is None and not r.entry.body else j + 1
        if x == j + 1:
            roles.append(r)
        elif not (x == hi or _is_sep(L[x])):
            break               # the words go on into a clause: no title's body
        if x + 1 < hi and _is_sep(L[x]) and type(L[x + 1]) is Role:
            j = x + 1
            continue
        break
    return roles


def _titles_left(L: list[Element], toks: Sequence, j: int, lo: int) -> list[Role]:
    """The titles that end at j, read leftwards down to lo (as _titles_right, the other way)."""
    roles: list[Role] = []
    while j >= lo:
        e = L[j]
        if type(e) is Word and not toks[e.start].is_cap:
            k = j
            while k > lo and type(L[k]) is Word and not toks[L[k].start].is_cap:
                k -= 1
            if not (type(L[k]) is Role and L[k].body is None and not L[k].entry.body
                    and _unknown_after(L, toks, k, j + 1) == j + 1):
                break
            j = k - 1           # the body-less title and its unknown body: passed over
        elif type(e) is Role:
            if roles and _post_named(toks, e.start, _PRINCIPAL):
                break           # "thay mặt Chủ tịch nước, Giám đốc Sở X A": the principal's
            roles.insert(0, e)
            j -= 1
        else:
            break
        if j >= lo and _is_sep(L[j]):
            j -= 1
            continue
        if j >= lo and type(L[j]) is Word and L[j].low in _W["former"]:
            return []           # "nguyên ...": one former mark covers the titles after it
        break
    return roles


def _item(L: list[Element], toks: Sequence, lo: int, hi: int) -> Optional[Item]:
    """The item in L[lo:hi]: its first name and the titles around it, either order; None without a
    name or a title. (The first item may follow a clause that opens the list: "Dự có đồng chí A, ...".)"""
    for k in range(lo, hi):
        e = L[k]
        if type(e) is not Name or e.partial:
            continue
        b = k - 1 - (k - 1 >= lo and type(L[k - 1]) is Honorific)
        left = _titles_left(L, toks, b, lo) if b >= lo else []
        right = _titles_right(L, toks, k + 2, hi) if k + 2 < hi and _is_sep(L[k + 1]) else []
        return Item(e, left + right, bool(right) and not left) if left or right else None
    return None


def _titles_only(L: list[Element], toks: Sequence, lo: int, hi: int) -> list[Role]:
    """The titles of a segment that holds nothing else, or []."""
    roles = _titles_right(L, toks, lo, hi) if lo < hi else []
    end = max((k for k, e in enumerate(L[lo:hi], lo) if e is roles[-1]), default=hi) if roles else hi
    rest = L[end + 1:hi]
    return roles if roles and all(type(e) is Punct and e.char in ".)" or type(e) is Word and
                                  e.low not in _W["former"] and not toks[e.start].is_cap
                                  and _unknown_tail(L, end, e) for e in rest) else []


def _unknown_tail(L: list[Element], end: int, e: Element) -> bool:
    """Whether the word e right after the last title is the lower-case body of a body-less one."""
    r = L[end]
    return type(r) is Role and r.body is None and not r.entry.body and e.start - r.end <= _UNKNOWN_MAX


def roll_call(L: list[Element], toks: Sequence) -> list[Item]:
    """The items of the sentence's roll-call: two or more items, each with a name; [] when the
    sentence holds none."""
    items: list[Item] = []
    prev: Optional[Item] = None
    for lo, hi in _segments(L):
        it = _item(L, toks, lo, hi)
        if it is not None:
            items.append(it)
            prev = it
            continue
        more = _titles_only(L, toks, lo, hi) if prev is not None and prev.name_first else []
        if more:
            prev.roles.extend(more)     # "A, titles; titles; B, ...": more titles of A
        prev = None
    return items if len(items) >= 2 else []


def with_roll_call(bound: list, L: list[Element], toks: Sequence) -> list:
    """The (name, titles) pairs ``bound`` (kg.extract.posts.posts), with the titles a roll-call's item
    holds that no chain gave its name (a chain broken by an unknown body, an item of titles only); a
    title already bound stays its name's."""
    taken = {id(r) for _, roles in bound for r in roles}
    extra: dict = {}
    names = {}
    for it in roll_call(L, toks):
        more = [r for r in it.roles if id(r) not in taken]
        taken.update(id(r) for r in more)
        if more:
            extra.setdefault(id(it.name), []).extend(more)
            names[id(it.name)] = it.name
    if not extra:
        return bound
    out = [(name, sorted([*roles, *extra.pop(id(name), ())], key=lambda r: r.start)) for name, roles in bound]
    return out + [(names[k], roles) for k, roles in extra.items()]


def name_items(L: list[Element], toks: Sequence) -> None:
    """In a roll-call whose items open with their names ("A, Tỉnh ủy viên, ...; B, ..."), the run of
    capitalised syllables that opens an item before a separator and a title is the item's name, though
    the lexicon does not know its family name: read as a Name in place of its words. Only where another
    item of the list opens with a name already read, and never a place's name."""
    segs = _segments(L)
    if len(segs) < 2:
        return
    named = [lo for lo, hi in segs if (it := _item(L, toks, lo, hi)) is not None and it.name_first]
    if not named:
        return
    for lo, hi in reversed(segs):
        p = lo + (lo < hi and type(L[lo]) is Honorific)
        q = p
        while q < hi and type(L[q]) is Word and _name_syllable(toks[L[q].start]) and L[q].end - L[q].start == 1:
            q += 1
        if q > p and q < hi and type(L[q]) is Name and not L[q].partial and not L[q].honorific:
            q += 1              # "Chung Văn A": the rare family name before a name read from its middle
        size = L[q - 1].end - L[p].start if q > p else 0
        if not (_NAME_MIN <= size <= _NAME_MAX and q + 1 < hi and _is_sep(L[q]) and type(L[q + 1]) is Role
                and (L[q + 1].body is not None or L[q + 1].entry.body)):
            continue
        text = " ".join(t.text for t in toks[L[p].start:L[q - 1].end])
        if is_place(text) or toks[L[p].start].low in CAPS_STOPS:
            continue
        honorific = L[p - 1].word if p > lo and type(L[p - 1]) is Honorific else None
        L[p:q] = [Name(L[p].start, L[q - 1].end, text, honorific=honorific)]


def _name_syllable(t) -> bool:
    """A syllable of a person's name in Title Case: a capital, then small letters."""
    w = t.text
    return t.is_cap and w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) <= 7


_ITEM_MAX = 30          # tokens of one item of an addressed list: a name and its titles


def addressed_list(elements: list[Element], toks: Sequence, address: frozenset) -> list[Name]:
    """ "Tham dự có các đồng chí: A, Trưởng Ban Kinh tế Hội LHPN thành phố; B, ...; Thượng tá C,
    ...": every name of a list the plural address ("các đồng chí") opens is addressed so, whatever
    titles the lexicon knows of it. The list runs over items that each begin with a name after
    "," ";" or "và"; an item holding a verb or a grammar word ("cùng đại diện các sở", "phát
    biểu") is its last, and a colon ends it."""
    L = elements
    names: list[Name] = []
    for k, e in enumerate(L):
        if not (type(e) is Honorific and e.word in address and k >= 1 and isinstance(L[k - 1], Word)
                and L[k - 1].low in _W["plural"]):
            continue
        m = k + 1 + (k + 1 < len(L) and isinstance(L[k + 1], Punct) and L[k + 1].char == ":")
        while m < len(L) and isinstance(L[m], Name):
            if not L[m].partial:
                names.append(L[m])
            m = _next_item(L, toks, m)
    return names


def _next_item(L: list[Element], toks: Sequence, m: int) -> int:
    """The index of the next item's name after the item whose name is at m; len(L) when none."""
    start = L[m].start
    x = m + 1
    while x < len(L) and L[x].start - start < _ITEM_MAX:
        e = L[x]
        if isinstance(e, Punct) and e.char in ".:!?":
            break
        if isinstance(e, Word) and any(not t.is_cap and t.low in _clause_words() for t in toks[e.start:e.end]) \
                and e.low not in _W["and"]:
            break       # the clause goes on: the list ends with this item
        joint = (isinstance(e, Punct) and e.char in ",;") or (isinstance(e, Word) and e.low in _W["and"])
        if joint:
            y = x + 1 + (x + 1 < len(L) and isinstance(L[x + 1], Honorific))
            if y < len(L) and isinstance(L[y], Name):
                return y
        if isinstance(e, Name):
            break       # a name not after a separator: another construction
        x += 1
    return len(L)


_LEAD_ENDS = frozenset(_W["toward_lead_ends"])
_LEAD_MAX = 10          # elements of a lead-in before the list: "các giám đốc sở mới là"


def toward_names(L: list[Element], toks: Sequence, m: int) -> list[Name]:
    """The names a decision's "đối với" governs from element m ("đối với ông A, B và C"), each item
    with its own titles or not ("ông A, Giám đốc Sở X; bà B, Giám đốc Sở Y và ông C, ..."), past a
    lead-in that names them by their kind first ("các giám đốc sở mới là ...")."""
    n, names = len(L), []
    m = _past_lead_in(L, toks, m)
    while True:
        m += m < n and isinstance(L[m], Honorific)
        if not (m < n and isinstance(L[m], Name)):
            break
        if not L[m].partial:
            names.append(L[m])
        m += 1
        if m + 1 < n and _is_sep(L[m]) and isinstance(L[m + 1], Role):
            m += 1      # the item's own titles
            while m < n and isinstance(L[m], Role):
                m += 2 if m + 2 < n and _is_sep(L[m + 1]) and isinstance(L[m + 2], Role) else 1
        if m + 1 < n and (isinstance(L[m], Punct) and L[m].char in ",;" or isinstance(L[m], Word)
                          and L[m].low in _W["and"]) and isinstance(L[m + 1], (Honorific, Name)):
            m += 1
            continue
        break
    return names


def _past_lead_in(L: list[Element], toks: Sequence, m: int) -> int:
    """The element after a lead-in that ends in "là" or ":" right before a person (m when none)."""
    if m >= len(L) or isinstance(L[m], (Honorific, Name)):
        return m
    for x in range(m, min(len(L) - 1, m + _LEAD_MAX)):
        if isinstance(L[x], Punct) and L[x].char in ".;":
            break
        said = " ".join(t.low for t in toks[L[x].start:L[x].end])
        if said in _LEAD_ENDS and isinstance(L[x + 1], (Honorific, Name)):
            return x + 1
    return m

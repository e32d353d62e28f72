"""Deputies listed by the group they meet voters in: "Đoàn ĐBQH tỉnh X gồm các đại biểu: A, Phó Bí
thư Tỉnh ủy; B, ...", "Tổ đại biểu HĐND tỉnh gồm các đại biểu: C, ...; D, ...". The list's own word
("đại biểu") says that every name of it sits in the legislature the group is of: the National
Assembly for its provincial delegation, the council for the council's group. A group is its deputies
whatever the list's address word ("gồm các đồng chí: A, ...; B, ...", "gồm: ông A - ...; bà B - ...",
"có ông A - ... và bà B - ...", docs/conventions.md). Read by kg.extract.posts.posts with the other lists
a title heads.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from kg.extract.lexicon import RoleEntry, grammar, section
from kg.extract.posts.post_gaps import _clause_words
from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word

_SPEC = grammar("roles.yaml", "posts")["deputies"]
_MEMBERS = tuple(tuple(w.split()) for w in _SPEC["members"])      # "các đại biểu", "đại biểu"
_GROUP = tuple(_SPEC["group"].split())                           # "tổ đại biểu" before a council
_ADDRESSED = tuple(tuple(w.split()) for w in _SPEC["addressed"])  # "các đồng chí", "các ông , bà"
# the first words of a person's address ("ông", "bà", "đồng chí", "đ/c": people.yaml)
_ADDRESS_FIRSTS = frozenset(w.split()[0].split("/")[0].lower() for w in section("people.yaml", "doubled_address")
                            + section("people.yaml", "official_honorifics"))


def _legislature(L: list[Element], k: int, toks: Sequence) -> Optional[Role]:
    """The title "Đại biểu" of the legislature the group at element k is of, or None."""
    bm = L[k]
    if not isinstance(bm, BodyMention) or bm.base is None or bm.generic:
        return None
    delegations = _SPEC["delegations"]
    if bm.base.canonical in delegations and not bm.organs:
        entry = RoleEntry(_SPEC["role"], body=delegations[bm.base.canonical], standalone=True)
        return Role(bm.start, bm.end, entry, bm.surface)
    n = len(_GROUP)
    if bm.base.canonical in _SPEC["councils"] and not bm.organs and bm.start >= n \
            and tuple(t.low for t in toks[bm.start - n:bm.start]) == _GROUP:
        return Role(bm.start, bm.end, RoleEntry(_SPEC["role"]), bm.surface, body=bm)
    return None


def _opens_list(toks: Sequence, k: int, by_address: bool = False, titled: frozenset = frozenset()) -> Optional[int]:
    """The token after "gồm (các) đại biểu:" or "gồm:" written at token k, or None (the group's members
    listed straight after its opener are its deputies as well). `by_address`: a list by address opens it
    too ("gồm các đồng chí: A, ...", "gồm: ông A - ...", "gồm ông A và bà B"): a group's members are its
    deputies whatever the address. `titled`: the tokens a title or an address element begins at."""
    if k >= len(toks) or toks[k].low not in _SPEC["openers"] and not (
            by_address and toks[k].low in _SPEC["address_openers"] and k + 1 < len(toks)
            and (toks[k + 1].low in _ADDRESS_FIRSTS or k + 1 in titled)):
        return None     # ("Tổ đại biểu HĐND tỉnh có ông A - ...": "có" opens a list by address or title only)
    if by_address:
        return _past_address(toks, k + 1 + (k + 1 < len(toks) and toks[k + 1].text == ":"))
    if k + 2 < len(toks) and toks[k + 1].text == ":":
        # (a council group's list by address, "gồm: ông A - ...; bà B - ...": no deputies said)
        return None if toks[k + 2].low in _ADDRESS_FIRSTS else k + 2
    for m in _MEMBERS:
        stop = k + 1 + len(m)
        if tuple(t.low for t in toks[k + 1:stop]) == m and stop < len(toks) and toks[stop].text == ":":
            return stop + 1
    return None


def _past_address(toks: Sequence, i: int) -> int:
    """The token after the list's words at token i ("các đại biểu", "các đồng chí", "các ông, bà") and the
    colon after them; i when none stands there (each item's own "ông", "bà" stays with its name)."""
    for words in _MEMBERS + _ADDRESSED:
        stop = i + len(words)
        if tuple(t.text.lower() for t in toks[i:stop]) == words:
            return stop + (stop < len(toks) and toks[stop].text == ":")
    return i


_BRACKET_MAX = 12       # tokens of the constituency a delegation is written with: "(đơn vị số 5)"


def _past_bracket(toks: Sequence, i: int) -> int:
    """The token after a bracket at token i and the comma after it ("Đoàn ĐBQH tỉnh X (đơn vị bầu cử số
    3), gồm các đại biểu: ..."), or after a lone comma ("Đoàn ĐBQH tỉnh, gồm các đồng chí: ..."); i when
    neither stands there."""
    if i + 1 < len(toks) and toks[i].low in _SPEC["numbered"] and toks[i + 1].text.isdigit():
        i += 2          # the group's number: "Tổ đại biểu Quốc hội số 3 có ..."
    close = i - 1
    if i < len(toks) and toks[i].text == "(":
        close = next((x for x in range(i + 1, min(len(toks), i + _BRACKET_MAX)) if toks[x].text == ")"), i - 1)
    return close + 1 + (close + 1 < len(toks) and toks[close + 1].text == ",")


def _deputies_named(L: list[Element], k: int, toks: Sequence) -> Optional[int]:
    """ "các vị đại biểu Quốc hội tỉnh gồm: A - ...; B - ...": the deputies' own title, after a
    plural (or a group's head, "Tổ") and before the list (its unit word may follow), opens it as the
    delegation's name does; the token after the colon, or None."""
    e = L[k]
    if e.entry.role != _SPEC["role"] or e.entry.body not in _SPEC["delegations"].values() or e.start < 1:
        return None
    end = L[k + 1].end if k + 1 < len(L) and type(L[k + 1]) is LevelMention and L[k + 1].start == e.end else e.end
    if toks[e.start - 1].low == _GROUP[0]:
        # "Tổ đại biểu Quốc hội (TP X) số 3 có A; B": a group of the Assembly's deputies, by address or title
        return _opens_list(toks, _past_bracket(toks, end), True, _titled(L))
    if toks[e.start - 1].low not in _SPEC["plural"]:
        return None
    if end + 1 < len(toks) and toks[end].low in _SPEC["openers"] and toks[end + 1].text == ":":
        return end + 2
    return _opens_list(toks, end)


def deputies_listed(L: list[Element], toks: Sequence) -> Iterator[tuple[list[Name], list[Role]]]:
    """(the names of the list, [their title "Đại biểu" of the group's legislature])."""
    for k, e in enumerate(L):
        if type(e) is Role and e.body is None and (at := _deputies_named(L, k, toks)) is not None:
            names = _listed(L, k, at, toks)
            if names:
                yield names, [e]
            continue
        if not isinstance(e, BodyMention) or e.end >= len(toks):
            continue
        role = _legislature(L, k, toks)
        at = _opens_list(toks, _past_bracket(toks, e.end), True, _titled(L)) if role is not None else None
        if at is None:
            continue
        if _of_a_team(toks, e.start):
            continue            # "Đoàn giám sát của Đoàn ĐBQH tỉnh gồm ...": the team, not the delegation
        names = _listed(L, k, at, toks)
        if names:
            yield names, [role]


def _titled(L: list[Element]) -> frozenset:
    """The tokens a title or an address element of the sentence begins at."""
    return frozenset(x.start for x in L if type(x) in (Role, Honorific))


_TEAM_WORDS = 3         # lower-case words of a team's kind between its head and the group: "Đoàn giám sát"


def _of_a_team(toks: Sequence, start: int) -> bool:
    """The group at token `start` is the owner of another group, which the list is of: "Đoàn giám sát của
    Đoàn ĐBQH tỉnh", "Đoàn giám sát Đoàn ĐBQH tỉnh", "Tổ công tác Đoàn ĐBQH"."""
    if start >= len(_GROUP) and tuple(t.low for t in toks[start - len(_GROUP):start]) == _GROUP:
        start -= len(_GROUP)    # (a council's group, "Tổ đại biểu HĐND tỉnh", begins at its own head)
    if start >= 1 and toks[start - 1].low in _SPEC["owned_by"]:
        return True
    i = start - 1
    while i >= 0 and start - 1 - i < _TEAM_WORDS and toks[i].is_word and not toks[i].is_cap:
        i -= 1
    return i >= 0 and i < start - 1 and toks[i].low in _SPEC["team_heads"]


def _listed(L: list[Element], k: int, at: int, toks: Sequence) -> list[Name]:
    """The names opening the list's items (after the colon and each ";"), up to the first word of a
    clause (the list's predicate: "... tiếp xúc cử tri; ông B, Chủ tịch UBND xã chủ trì"); an item
    whose title is a staff grade ("chuyên viên") is no deputy."""
    names, item_start = [], True
    for y, x in enumerate(L[k + 1:], k + 1):
        if x.start < at:
            continue
        if isinstance(x, Punct) and x.char in ".!?" or isinstance(x, BodyMention) and _legislature(L, y, toks):
            break               # (or another group: "Tổ đại biểu HĐND tỉnh gồm ông A, Tổ đại biểu HĐND huyện gồm ...")
        if isinstance(x, Punct) and x.char == ";" or isinstance(x, Word) and toks[x.start].low in _SPEC["item_words"]:
            item_start = True   # ("A, Phó Bí thư Tỉnh ủy; B, ... và C, ...": "và" opens the last item)
        elif isinstance(x, Name) and not x.partial and (item_start or x.honorific):
            # (each item by address opens with its own "ông", "bà": "gồm ông A, Phó Bí thư, ông B, ...")
            if not _staff_after(L, y, toks):
                names.append(x)
            item_start = False
        elif isinstance(x, Word) and not toks[x.start].is_cap and not _title_word(toks, x) \
                and toks[x.start].low not in _SPEC["item_words"] and toks[x.start].low in _clause_words():
            break               # a word of the clause (a verb, a preposition): the list has ended
    return names


def _title_word(toks: Sequence, x: Word) -> bool:
    """A lower-case word a deputy's title carries ("chuyên trách", "khóa XV")."""
    return " ".join(t.low for t in toks[x.start:x.end]) in _SPEC["title_words"]


def _staff_after(L: list[Element], y: int, toks: Sequence) -> bool:
    """The item of the name at y goes on with a staff grade ("B, chuyên viên Văn phòng ...")."""
    z = y + 1 + (y + 1 < len(L) and isinstance(L[y + 1], Punct) and L[y + 1].char in ",-–")
    if z >= len(L) or not isinstance(L[z], Word):
        return False
    said = " ".join(t.low for t in toks[L[z].start:L[z].start + 2])
    return any(said == w or said.startswith(w + " ") for w in _SPEC["staff"])


_SESSION = tuple(_SPEC["session"].split())     # "kỳ họp"
_DEPUTY = tuple(_SPEC["speaker"].split())      # "Đại biểu", capitalised, right before the name


def council_speakers(views, person) -> set[str]:
    """ "Đại biểu Nguyễn Văn A cho rằng ...": in the report of a council's or the Assembly's session,
    a name right after the capitalised word "Đại biểu" is a deputy speaking, an official (his
    council or constituency is seldom written there: no post). `person(name)` says a name is a person's."""
    lead = views[:_LEAD]
    if not any(_SESSION[-1] in sv.lows and _said(sv.toks, _SESSION) for sv in lead) \
            or any(_said(sv.toks, tuple(w.split())) for sv in views for w in _SPEC["not_session"]
                   if w.split()[0] in sv.lows):     # (a phrase starts with one of the sentence's words)
        return set()            # (the session is the story's own: its headline or lead names it)
    out = set()
    for sv in views:
        toks, L = sv.toks, sv.elements
        for x, e in enumerate(L):
            if type(e) is Name and not e.honorific and not e.partial and e.start >= len(_DEPUTY) \
                    and tuple(t.text for t in toks[e.start - len(_DEPUTY):e.start]) == _DEPUTY \
                    and not (x + 1 < len(L) and type(L[x + 1]) is Punct) and person(e.text):
                out.add(e.text)     # (an aside after the name, "Đại biểu A, hội viên ...": who he is, said there)
    return out


_LEAD = 3       # sentences of the headline and the lead


def _said(toks: Sequence, words: tuple) -> bool:
    n = len(words)
    return any(tuple(t.low for t in toks[i:i + n]) == words for i in range(len(toks) - n + 1))

"""The grammar of posts: which titles a sentence binds to which name, read off its elements.

Two constructions carry nearly every post in the genre:

    title-before-name:  Bí thư Tỉnh ủy Lê Văn A; Phó Chủ tịch UBND tỉnh, Đại tá Trần B
    name-then-titles:   đồng chí Lê Văn A, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu ...
                        Lê Văn A – Phó Bí thư Thường trực Tỉnh ủy – Chủ tịch HĐND tỉnh

A chain of titles is joined by "," "–" "-" or "kiêm". A title written right before a name
belongs to that name, so a chain after one name stops at the title that leads the next
name; ";" and any other word end a chain. That is what keeps a title from the next clause
off a name. Names also take a title through a predicate ("được bầu giữ chức") and from a
title that heads a list of them. (kg.extract.posts binds the titles to bodies.)
"""
from __future__ import annotations

from typing import Iterator, Sequence

from kg.extract.elements import BodyMention, Element, Honorific, Name, Punct, Role, Word
from kg.extract.lexicon import RoleEntry, grammar

_SEPS = {",", "–", "-", "—"}


# The grammar words of posts (roles.yaml posts): "kiêm", "và", "nguyên", the predicates, ...
_W = grammar("roles.yaml", "posts")


def _is_sep(e: Element) -> bool:
    return (isinstance(e, Punct) and e.char in _SEPS) or (isinstance(e, Word) and e.low in _W["title_joiners"])


# "X được bầu giữ chức Y", "X và Z được bầu làm Phó Bí thư": the predicate words that may
# stand between a group of names and the title they take.
_PREDICATE_END = tuple({w} for w in _W["predicate_ends"])
_PREDICATE_MAX = 8


def _former_at(L: list[Element], j: int) -> bool:
    if not (j + 1 < len(L) and isinstance(L[j], Word) and L[j].low in _W["former"]):
        return False
    if isinstance(L[j + 1], Word) and L[j + 1].low in _W["acting"] and j + 2 < len(L):
        return isinstance(L[j + 2], Role)      # "nguyên Quyền Chủ tịch ..."
    return isinstance(L[j + 1], Role)


def _association(r: Role) -> bool:
    body = r.body
    return body is not None and body.base is not None and body.base.kind == "MassOrganisation"


def _chain(L: list[Element], j: int) -> tuple[list[Role], int]:
    """A chain of titles starting at j (joined by "," "–" "kiêm"), stopping before a title
    that leads the next name."""
    n = len(L)
    items: list[Role] = []
    former = False
    while j < n and (isinstance(L[j], Role) or _former_at(L, j)):
        if _former_at(L, j):
            # "..., nguyên Bí thư Tỉnh ủy": a former post is not held. One "nguyên" usually
            # covers the titles after it too, except a retiree's association post
            # ("nguyên Chủ tịch UBND tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh").
            former = True
            j += 3 if isinstance(L[j + 1], Word) else 2
            if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], (Role, Word)):
                j += 1
                continue
            break
        if former and not _association(L[j]):
            j += 1
            if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], Role):
                j += 1
                continue
            break
        nxt = L[j + 1] if j + 1 < n else None
        if isinstance(nxt, (Name, Honorific)):
            break            # this title leads the next name
        items.append(L[j])
        j += 1
        if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], Role):
            j += 1
            continue
        if j + 1 < n and isinstance(L[j], Word) and L[j].low in _W["and"] and isinstance(L[j + 1], Role) \
                and not (j + 2 < n and isinstance(L[j + 2], (Name, Honorific))):
            j += 1
            continue
        break
    return items, j


_ORGAN_HEADS = frozenset(_W["organ_heads"])


def _organ_title(L: list[Element], j: int) -> bool:
    """ "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam": the title word names an organ (the presidium), no
    one's title."""
    return j >= 1 and isinstance(L[j - 1], Word) and L[j - 1].low in _ORGAN_HEADS \
        and L[j - 1].end == L[j].start


def _chain_left(L: list[Element], j: int) -> tuple[list[Role], int]:
    """The chain of titles that ends at j, read leftwards; and the index just before it."""
    items: list[Role] = []
    while j >= 0 and isinstance(L[j], Role) and not _organ_title(L, j):
        items.insert(0, L[j])
        j -= 1
        if j >= 1 and _is_sep(L[j]) and isinstance(L[j - 1], Role):
            j -= 1
            continue
        break
    return items, j


def elected(elements: list[Element]) -> Iterator[tuple[list[Name], list[Role]]]:
    """Names that take a title through a predicate: "các đồng chí A và B được bầu giữ chức
    Phó Bí thư Tỉnh ủy" -> both A and B hold it."""
    L = elements
    n = len(L)
    k = 0
    while k < n:
        if not isinstance(L[k], Name) or L[k].partial:
            k += 1
            continue
        group = [L[k]]
        j = _apposition(L, k + 1)
        while j + 1 < n and ((isinstance(L[j], Punct) and L[j].char == ",") or
                             (isinstance(L[j], Word) and L[j].low in _W["and"])):
            m = j + 1
            if m < n and isinstance(L[m], Honorific):
                m += 1
            if m < n and isinstance(L[m], Name) and not L[m].partial:
                group.append(L[m])
                j = _apposition(L, m + 1)
                continue
            break
        m = j
        words = []
        while m < n and isinstance(L[m], Word) and len(words) < _PREDICATE_MAX:
            words.extend([L[m].low] * (L[m].end - L[m].start))     # a gap counts its words
            m += 1
        if words and m < n and isinstance(L[m], Role) and any(words[-1] in end for end in _PREDICATE_END) \
                and not any(w in _W["former"] for w in words):
            items, _ = _chain(L, m)
            if items:
                yield group, items
        k = j


def _apposition(L: list[Element], j: int) -> int:
    """The index after the titles a name is introduced with, when the predicate follows them:
    "A, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy được bầu giữ chức ...", "A, nguyên
    Chủ tịch Hội CCB tỉnh (cũ) được chỉ định giữ chức ..."; else j."""
    n = len(L)
    if not (j + 1 < n and isinstance(L[j], Punct) and L[j].char in _SEPS):
        return j
    m = j + 1
    if not (isinstance(L[m], Role) or _former_at(L, m)):
        return j
    while m < n and (isinstance(L[m], Role) or _former_at(L, m)
                     or (_is_sep(L[m]) and m + 1 < n and (isinstance(L[m + 1], Role) or _former_at(L, m + 1)))):
        if isinstance(L[m], Role) and m + 1 < n and isinstance(L[m + 1], (Name, Honorific)):
            return j            # the title leads the next name
        m += 2 if _former_at(L, m) and isinstance(L[m + 1], Word) else 1     # "nguyên quyền"
    if m + 2 < n and isinstance(L[m], Punct) and L[m].char == "(":
        close = next((x for x in range(m + 1, min(n, m + 5)) if isinstance(L[x], Punct) and L[x].char == ")"), None)
        if close is not None:
            m = close + 1       # "(cũ)"
    if m < n and isinstance(L[m], Punct) and L[m].char in _SEPS:
        m += 1
    return m


def bind_titles(elements: list[Element]) -> Iterator[tuple[Name, list[Role], bool]]:
    """For each full name in the sentence, the chain of titles that belongs to it, and whether
    the name is introduced with a former post ("ông X, nguyên Chủ tịch UBND tỉnh")."""
    L = elements
    n = len(L)
    for k, e in enumerate(L):
        if not isinstance(e, Name) or e.partial:
            continue
        items: list[Role] = []
        # -- titles before the name -------------------------------------------------
        j = k - 1
        if j >= 0 and isinstance(L[j], Honorific):
            j -= 1
            # "Phó Chủ tịch UBND tỉnh, ông X": a title with its body, then the name; but in
            # "bà A, Phó Chủ tịch ..., ông X" the title is A's (a list of names with titles)
            if j >= 1 and isinstance(L[j], Punct) and L[j].char in _SEPS and isinstance(L[j - 1], Role) \
                    and L[j - 1].body is not None:
                chain, before = _chain_left(L, j - 1)
                if not (before >= 1 and _is_sep(L[before]) and isinstance(L[before - 1], Name)):
                    j -= 1
        pre, j = _chain_left(L, j)
        # A chain that follows "Name ," is that name's: only the title touching us is ours.
        if len(pre) > 1 and j >= 1 and _is_sep(L[j]) and isinstance(L[j - 1], Name):
            pre = pre[-1:]
        former_before = False
        if pre and j >= 0 and isinstance(L[j], Word) and L[j].low in _W["former"]:
            pre = pre[1:]           # "nguyên Bí thư Tỉnh ủy X": X held it once
            former_before = True
        items.extend(pre)
        # -- titles after the name --------------------------------------------------
        j = k + 1
        if j < n and isinstance(L[j], Punct) and L[j].char in (",", "–", "-", "—", "("):
            j += 1
        former = former_before or _former_at(L, j)
        post, j = _chain(L, j)
        items.extend(post)
        if not items and not former:
            items = _dashed_before(L, k)
        yield e, items, former


def _dashed_before(L: list[Element], k: int) -> list[Role]:
    """ "Phó Chủ tịch Hội CCB tỉnh – Lê Văn A; ...": a title chain, then a dash, then the name,
    with nothing after the name that is a title and nothing before the chain but the start of
    a clause."""
    if k < 2 or not (isinstance(L[k - 1], Punct) and L[k - 1].char in ("-", "–", "—")):
        return []
    if not isinstance(L[k - 2], Role) or L[k - 2].body is None:
        return []
    nxt = L[k + 1] if k + 1 < len(L) else None
    if nxt is not None and not (isinstance(nxt, Punct) and nxt.char in ",;.") and not isinstance(nxt, Word):
        return []
    chain, before = _chain_left(L, k - 2)
    if before >= 0 and not (isinstance(L[before], Punct) and L[before].char in ";:.") \
            and not isinstance(L[before], Word) and not _after_clause(L, before):
        return []
    return chain


def _after_clause(L: list[Element], j: int) -> bool:
    """A comma that closes an opening clause of plain words ("Phát biểu tại buổi lễ, Bí thư
    Tỉnh ủy - A ..."), not a list of names and titles."""
    return isinstance(L[j], Punct) and L[j].char == "," and j >= 1 and isinstance(L[j - 1], Word)


def headed_list(elements: list[Element], toks: Sequence = ()) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng Ban Tổ chức; B, ...": a title
    that heads a list of names after a colon belongs to every name of the list."""
    L = elements
    for k, e in enumerate(L):
        if not (isinstance(e, Punct) and e.char == ":") or k == 0:
            continue
        h = _list_opener(L, k, toks)
        head, _ = _chain_left(L, h) if isinstance(L[h], Role) else (_members_of(L, h), 0)
        if not head or any(r.body is None and not r.entry.standalone for r in head):
            continue
        m = k + 1
        if m < len(L) and isinstance(L[m], Honorific):
            m += 1
        if not (m < len(L) and isinstance(L[m], Name)):
            continue            # the colon opens a quote or an explanation, not a list of people
        # the list runs while it is names, titles and separators; "cùng", "đại diện", another
        # colon or any other word closes it
        names = []
        for x in L[m:]:
            if isinstance(x, Name):
                if not x.partial:
                    names.append(x)
            elif isinstance(x, (Role, Honorific)) or (isinstance(x, Punct) and x.char in ",;–-()") \
                    or (isinstance(x, Word) and x.low in _W["name_list_joiners"]):
                continue
            else:
                break
        yield names, head


def plural_title(elements: list[Element]) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh A, B và C": a title after a plural address
    and before a list of bare names belongs to every name; a name with its own title ends the
    list."""
    L = elements
    n = len(L)
    for k, e in enumerate(L):
        if not (isinstance(e, Word) and e.low in _W["plural"]):
            continue
        m = k + 1
        if m < n and isinstance(L[m], Honorific):
            m += 1
        chain = []
        j = m
        while j < n and isinstance(L[j], Role):
            chain.append(L[j])
            j += 1
            if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], Role):
                j += 1
        if not chain or chain[-1].body is None or not (j < n and isinstance(L[j], Name)):
            continue
        names = [L[j]]
        j += 1
        while j + 1 < n and ((isinstance(L[j], Punct) and L[j].char == ",")
                             or (isinstance(L[j], Word) and L[j].low in _W["and"])):
            m = j + 1
            if m < n and isinstance(L[m], Honorific):
                m += 1
            if not (m < n and isinstance(L[m], Name)):
                break
            if m + 1 < n and isinstance(L[m + 1], Role) or (m + 2 < n and isinstance(L[m + 1], Punct)
                                                             and isinstance(L[m + 2], Role)):
                break           # the name has its own title
            names.append(L[m])
            j = m + 1
        if len(names) > 1:
            yield [x for x in names if not x.partial], chain


_APPOINT = tuple(tuple(w.split()) for w in _W["appointing"])
_TOWARD = tuple(_W["toward"].split())


def _said_before(toks: Sequence, i: int, phrases: tuple) -> bool:
    return any(i >= len(p) and tuple(t.low for t in toks[i - len(p):i]) == p for p in phrases)


def appointed(elements: list[Element], toks: Sequence) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Quyết định công nhận Phó Bí thư Tỉnh đoàn Đồng Nai, nhiệm kỳ 2022-2027 đối với đồng chí A":
    a title after a verb of appointment is of the names after "đối với"."""
    L = elements
    n = len(L)
    for k, e in enumerate(L):
        if not (isinstance(e, Role) and _said_before(toks, e.start, _APPOINT)) \
                or (k >= 1 and isinstance(L[k - 1], Role)):
            continue
        chain, j = [], k
        while j < n and isinstance(L[j], Role):
            chain.append(L[j])
            j += 1
            if j + 1 < n and _is_sep(L[j]) and isinstance(L[j + 1], Role):
                j += 1
        # the term and punctuation may stand before "đối với"; anything else ends the search
        end = min(n, j + 8)
        while j < end and isinstance(L[j], (Punct, Word)) and not _said_at(toks, L[j], _TOWARD):
            j += 1
        if not (j < end and isinstance(L[j], Word)):
            continue
        after = L[j].start + len(_TOWARD)
        while j < n and L[j].start < after:
            j += 1
        names = _name_list(L, j)
        if names:
            yield names, chain


def _said_at(toks: Sequence, w: Element, phrase: tuple) -> bool:
    return isinstance(w, Word) and tuple(t.low for t in toks[w.start:w.start + len(phrase)]) == phrase


def _name_list(L: list[Element], m: int) -> list[Name]:
    """The bare names from m on, joined by "," or "và" ([Honorific] Name each)."""
    n = len(L)
    names = []
    while True:
        if m < n and isinstance(L[m], Honorific):
            m += 1
        if not (m < n and isinstance(L[m], Name)):
            break
        if not L[m].partial:
            names.append(L[m])
        m += 1
        if m + 1 < n and ((isinstance(L[m], Punct) and L[m].char == ",")
                          or (isinstance(L[m], Word) and L[m].low in _W["and"])):
            m += 1
            continue
        break
    return names


_OPENERS = tuple(tuple(w.split()) for w in _W["list_openers"])


def _list_opener(L: list[Element], k: int, toks: Sequence) -> int:
    """The index of the head of a list whose colon is at k: right before it, or before the word
    that opens the list ("cử 3 Phó Chủ tịch Ủy ban MTTQ tỉnh, gồm: A, ...")."""
    w = L[k - 1]
    if k >= 2 and isinstance(w, Word) and toks:
        said = tuple(t.low for t in toks[w.start:w.end])
        if said in _OPENERS:
            h = k - 2
            if h >= 1 and isinstance(L[h], Punct) and L[h].char == ",":
                h -= 1
            return h
    return k - 1


# "các đồng chí trong Ban Thường vụ Tỉnh ủy: A, ...; B, ...": a list of the organ's members
_MEMBERS_OF = frozenset(_W["members_of"])
_MEMBER_ORGANS = frozenset(_W["member_organs"])
_MEMBER = RoleEntry(role=_W["member_role"])


def _members_of(L: list[Element], j: int) -> list[Role]:
    """The membership an organ heading a list gives ("trong Ban Thường vụ Tỉnh ủy:"), or []."""
    b = L[j]
    if not (isinstance(b, BodyMention) and b.organs and b.organs[0] in _MEMBER_ORGANS and b.base is not None):
        return []
    if not (j >= 1 and isinstance(L[j - 1], Word) and L[j - 1].low in _MEMBERS_OF):
        return []
    return [Role(b.start, b.end, _MEMBER, b.surface, body=b)]

"""The grammar of posts: which titles a sentence binds to which name, read off its elements.

Two constructions carry nearly every post in the genre:

    title-before-name:  Bí thư Tỉnh ủy Lê Văn A; Phó Chủ tịch UBND tỉnh, Đại tá Trần B
    name-then-titles:   đồng chí Lê Văn A, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu ...
                        Lê Văn A – Phó Bí thư Thường trực Tỉnh ủy – Chủ tịch HĐND tỉnh

A chain of titles is joined by "," "–" "-" or "kiêm". A title written right before a name
belongs to that name, so a chain after one name stops at the title that leads the next
name; ";" and any other word end a chain (but a body the lexicon does not know and the
Party's own name, kg.extract.posts.post_gaps). That is what keeps a title from the next clause
off a name. Names also take a title through a predicate ("được bầu giữ chức", kg.extract.posts.post_chosen) and from a
title that heads a list of them (kg.extract.posts.post_lists). kg.extract.posts.posts binds the titles to bodies.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from kg.extract.sentences.elements import Element, Honorific, Name, Punct, Role, Word
from kg.extract.posts.title_asides import place_aside_before
from kg.extract.posts.post_gaps import (_PRINCIPAL, _SEPS, _UNKNOWN_BODY_MAX, _W, _bodied, _chain_left, _is_sep,
                                  _chain_after_item, _led_list, _organ_title, _post_named, _past_aside, _past_own_party, _past_unknown_body,
                                  _bare_party_committee, complement_of_earlier)


def _former_at(L: list[Element], j: int) -> bool:
    if not (j + 1 < len(L) and isinstance(L[j], Word) and L[j].low in _W["former"]):
        return False
    if isinstance(L[j + 1], Word) and L[j + 1].low in _W["acting"] and j + 2 < len(L):
        return isinstance(L[j + 2], Role)      # "nguyên Quyền Chủ tịch ..."
    return isinstance(L[j + 1], Role)


def _acting_at(L: list[Element], j: int) -> bool:
    return isinstance(L[j], Word) and L[j].low in _W["acting"] and j + 1 < len(L) and isinstance(L[j + 1], Role) \
        and L[j].end == L[j + 1].start


def _association(r: Role) -> bool:
    """A post of an association retirees lead (roles.yaml posts retiree_associations: the veterans',
    the elderly's, the study-promotion association ...), held now after a former title ("nguyên
    Chủ tịch UBND tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh"); a farmers' or women's union is no such."""
    body = r.body
    return body is not None and body.base is not None and body.base.kind == "MassOrganisation" \
        and body.base.canonical.startswith(_RETIREES)


_RETIREES = tuple(_W["retiree_associations"])


def _chain(L: list[Element], j: int, toks: Sequence = ()) -> tuple[list[Role], int]:
    """A chain of titles starting at j (joined by "," "–" "kiêm"), stopping before a title
    that leads the next name."""
    n = len(L)
    items: list[Role] = []
    former = False
    while j < n and (isinstance(L[j], Role) or _former_at(L, j) or _acting_at(L, j)):
        if _acting_at(L, j):
            j += 1          # "A, Quyền Giám đốc Sở Tài chính": the acting head, read as the title
            continue
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
        if isinstance(nxt, (Name, Honorific)) or _dash_leads(L, j):
            break            # this title leads the next name
        if isinstance(nxt, Word) and nxt.low in _W["plural"]:
            break            # "… và đại biểu Quốc hội các khóa": a group of people, not one's post
        past = _past_unknown_body(L, j, toks)
        if past is not None:
            j = past + 1        # the title's body is not known: no post, but the chain goes on
            if _bare_party_committee(L[j]):     # "Giám đốc Công ty X, Bí thư Đảng ủy": that body's, no post
                j += 2 if j + 2 < n and _is_sep(L[j + 1]) and isinstance(L[j + 2], Role) else 1
            continue
        items.append(L[j])
        j = _past_aside(L, _past_own_party(L, j, toks), toks) + 1
        if j + 1 < n and (_is_sep(L[j]) and (isinstance(L[j + 1], Role) or _acting_at(L, j + 1))
                          or _semicolon_title(L, j, toks)):
            j += 1
            continue
        if j + 1 < n and isinstance(L[j], Word) and L[j].low in _W["and"] and isinstance(L[j + 1], Role) \
                and not (j + 2 < n and isinstance(L[j + 2], (Name, Honorific))):
            j += 1
            continue
        if j < n and isinstance(L[j], Role) and L[j].start == items[-1].end and not _organ_title(L, j):
            continue        # "A UVBTV chủ nhiệm UBKT huyện ủy", "A, Bí thư huyện ủy Chủ tịch HĐND huyện":
                            # a careless page's titles with no mark between
        break
    return items, j


def _semicolon_title(L: list[Element], j: int, toks: Sequence) -> bool:
    """A title typed in lower case after a semicolon, when the title before the semicolon is
    typed so too and the sentence ends right after it ("ông A - phó chủ tịch hội nông dân xã; trưởng
    ban công tác mặt trận ấp."): the careless page's second title of A. A capitalised title before
    it, a list that goes on after it ("..., Bí thư Đảng ủy xã; phó chủ tịch UBND xã cùng các ngành"),
    or a predicate of its own after a title with its own body ("... hội phụ nữ xã; phó chủ tịch UBND
    xã cũng có ý kiến": an unnamed subject) is no title of A's."""
    n = len(L)
    if not (toks and j + 1 < n and j >= 1 and isinstance(L[j], Punct) and L[j].char == ";"
            and isinstance(L[j + 1], Role) and not toks[L[j + 1].start].is_cap
            and isinstance(L[j - 1], Role) and not toks[L[j - 1].start].is_cap):
        return False
    x = j + 1
    while x < n and (isinstance(L[x], Role) or (_is_sep(L[x]) and x + 1 < n and isinstance(L[x + 1], Role))):
        x += 1
    if x == n or (isinstance(L[x], Punct) and L[x].char == "."):
        return True
    # a bare title before the semicolon ("A - phó bí thư; chủ tịch hội nông dân xã nêu ..."): the chain
    # goes on to the body it lacks, and the verb is A's
    return L[j - 1].body is None and isinstance(L[x], Word) and toks[L[x].start].low not in _LIST_GOES_ON


_LIST_GOES_ON = frozenset(_W["list_goes_on"])


def _apposition(L: list[Element], j: int) -> int:
    """The index after the titles a name is introduced with, when the predicate follows them:
    "A, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy được bầu giữ chức ...", "A, nguyên
    Chủ tịch Hội CCB tỉnh (cũ) được chỉ định giữ chức ..."; else j."""
    n = len(L)
    if j < n and j >= 1 and isinstance(L[j], Role) and isinstance(L[j - 1], Name):
        m = j       # a careless page's titles typed right after the name, with no mark between
    elif not (j + 1 < n and isinstance(L[j], Punct) and L[j].char in _SEPS):
        return j
    else:
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


def _former_before(L: list[Element], j: int, pre: list[Role]) -> tuple[list[Role], bool]:
    """The titles before a name that are held now, and whether a former mark stands before them.
    "nguyên Bí thư Tỉnh ủy X": X held it once; one "nguyên" covers the chain after it, as after a
    name (_chain), but a retiree's association post ("nguyên Tỉnh ủy viên, Phó Chủ tịch UBMTTQ tỉnh
    A": neither is held now); after a title held now ("Tỉnh ủy viên, nguyên Giám đốc Sở X, Trưởng
    Ban Y A": a mixed chain) only the title it stands before."""
    if not (pre and j >= 0 and isinstance(L[j], Word) and L[j].low in _W["former"]):
        return pre, False
    mixed = j >= 2 and _is_sep(L[j - 1]) and isinstance(L[j - 2], Role)
    return (pre[1:] if mixed else [r for r in pre[1:] if _association(r)]), True


def bind_titles(elements: list[Element], toks: Sequence = ()) -> Iterator[tuple[Name, list[Role], bool]]:
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
        addressed = j >= 0 and isinstance(L[j], Honorific)
        if addressed or _bare_after(L, k):
            j -= addressed
            # "Phó Chủ tịch UBND tỉnh, ông X": a title with its body, then the name; but in
            # "bà A, Phó Chủ tịch ..., ông X" the title is A's (a list of names with titles), as it is
            # when typed right after A with no mark ("đ/c A Bí thư Huyện ủy, ông X, ..."). With
            # no address ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh, A đánh giá ..."), only a
            # name that takes no title after it, and a title that opens its clause (not the source
            # after "Theo": "Theo Chủ tịch UBND xã, A là hộ ..." is no post of A's)
            if j >= 1 and isinstance(L[j], Punct) and L[j].char in _SEPS and isinstance(L[j - 1], Role) \
                    and L[j - 1].body is not None:
                chain, before = _chain_left(L, j - 1)
                if (addressed or before < 0 or isinstance(L[before], Punct)) \
                        and not (before >= 1 and _is_sep(L[before]) and isinstance(L[before - 1], Name)) \
                        and not (before >= 0 and isinstance(L[before], Name)) \
                        and not (chain and _post_named(toks, chain[0].start)) and not _goes_on(L, before) \
                        and not (chain and complement_of_earlier(L, toks, before, chain[0].start)):
                    j -= 1
        pre, j = _chain_left(L, place_aside_before(L, j, toks))     # "Bí thư Huyện ủy X (tỉnh Y) A"
        # "thay mặt Chủ tịch nước, Giám đốc Sở X A": the first title is the principal's
        # (alone before the name, it names the principal himself: "ủy quyền của Chủ tịch UBND tỉnh B")
        pre = pre[1:] if len(pre) > 1 and _post_named(toks, pre[0].start, _PRINCIPAL) else pre
        # A chain that follows "Name ," is that name's: only the title touching us is ours (a
        # place is no name: "ở Cần Thơ, Ủy viên Trung ương Đảng, Bộ trưởng Bộ X A").
        if len(pre) > 1 and _chain_after_item(L, j):
            pre = pre[-1:]
        pre, former_before = _former_before(L, j, pre)
        items.extend(pre)
        # -- titles after the name --------------------------------------------------
        j = _aside(L, k + 1)
        colon = j + 1 < n and isinstance(L[j], Punct) and L[j].char == ":" and isinstance(L[j + 1], Role)
        if j < n and isinstance(L[j], Punct) and (L[j].char in (",", "–", "-", "—", "(") or colon):
            j += 1          # (a colon only before a title: "Ông A: Chủ tịch UBMTTQ xã", a list's line)
            if L[j - 1].char in "–-—" and j < n and isinstance(L[j], Punct) and L[j].char == ",":
                j += 1      # "ông A –, Phó Chủ tịch ...": a dash and a comma typed for one separator
        if j + 2 < n and isinstance(L[j], Honorific) and _is_sep(L[j + 1]) and isinstance(L[j + 2], Role):
            j += 2          # "A – Đại tá – Phó Chính ủy …": a rank between the name and its titles
        j = _co_listed(L, k, _co_title(L, j))
        former = former_before or _former_at(L, j)
        post, j = ([], j) if _led_list(L, k, j) else _chain(L, j, toks)
        if post and _dash_listed(L, k, j):
            post = []       # "T1, T2 – A, T3, T4 – B": T3, T4 lead B as T1, T2 lead A (_dashed_before)
        if colon and not _line_ends(L, j):
            post = []       # "Ông A: Chủ tịch UBND xã phải đối thoại ...": a quotation's subject, no title
        items.extend(post)
        items.extend(_now_held(L, j, toks))
        if not items and not former:
            items = _dashed_before(L, k)
        yield e, items, former


def _line_ends(L: list[Element], j: int) -> bool:
    """Whether a list's line or item ends at element j (the end, ".", ";" or "và")."""
    return j >= len(L) or isinstance(L[j], Punct) and L[j].char in ".;" \
        or isinstance(L[j], Word) and L[j].low in _W["and"]


def _co_title(L: list[Element], j: int) -> int:
    """ "B - đồng Phó Trưởng ban X": "đồng" (co-, roles.yaml posts co_holders) right before a title;
    the title's index, j when there is none."""
    if j + 1 < len(L) and isinstance(L[j], Word) and L[j].low in _W["co_holders"] and isinstance(L[j + 1], Role):
        return j + 1
    return j


def _in_name_list(L: list[Element], m: int) -> bool:
    """The element at m is part of a list of names: a name, an address ("Hòa thượng", or one
    abbreviated with a dot: "HT.", "TT."), a comma or "và"."""
    e = L[m]
    if isinstance(e, (Name, Honorific)) or (isinstance(e, Word) and e.low in _W["and"]):
        return True
    if isinstance(e, Punct) and e.char == ".":
        return m + 1 < len(L) and isinstance(L[m + 1], Name)
    if isinstance(e, Word):
        return m + 2 < len(L) and isinstance(L[m + 1], Punct) and L[m + 1].char == "." and isinstance(L[m + 2], Name)
    return isinstance(e, Punct) and e.char == ","


def _co_listed(L: list[Element], k: int, j: int) -> int:
    """ "HT. A, HT. B, HT. C - đồng Thành viên Hội đồng X": every name of a list that ends in a
    separator, "đồng" and a title holds that title; for the name at k, the title's index (j when
    the name takes no such shared title). Without "đồng" the title is the last name's only."""
    n, m = len(L), k + 1
    while m < n and _in_name_list(L, m):
        m += 1
    if m < n and isinstance(L[m], Role) and isinstance(L[m - 1], Punct) and L[m - 1].char == ",":
        m -= 1          # (the list's comma before the title: "bà A và ông B, Phó Chủ tịch ...")
    if not any(isinstance(e, Name) for e in L[k + 1:m]) or m + 1 >= n or not _is_sep(L[m]):
        return j
    co = _co_title(L, m + 1)
    return co if co != m + 1 or _pair_shares(L, k, m) else j


_SHARED_ROLES = tuple(_W["shared_roles"])


def _pair_shares(L: list[Element], k: int, m: int) -> bool:
    """ "bà A và ông B, Phó Chủ tịch HĐND huyện, ...": two names joined by "và", then one title
    that several hold at once (a deputy's, a member's: roles.yaml posts shared_roles) and nothing
    more, is the pair's; a longer chain ("..., Phó Chủ tịch X, Bí thư Y") stays the last name's."""
    between = L[k + 1:m]
    if not (between and isinstance(between[0], Word) and between[0].low in _W["and"]
            and [type(e) for e in between[1:]] in ([Name], [Honorific, Name])):
        return False
    after = L[m + 2] if m + 2 < len(L) else None
    return isinstance(L[m + 1], Role) and L[m + 1].entry.role.startswith(_SHARED_ROLES) and (
        after is None or isinstance(after, Word)
        or isinstance(after, Punct) and after.char in ".;," and not (m + 3 < len(L) and isinstance(L[m + 3], Role)))


def _bare_after(L: list[Element], k: int) -> bool:
    """The name at k is followed by a word of the clause (a verb), not by titles of its own; past
    a caption's aside ("A (thứ hai từ trái) trao quà")."""
    j = k + 1
    if j < len(L) and isinstance(L[j], Punct) and L[j].char == "(":
        j = next((x + 1 for x in range(j + 1, min(len(L), j + _ASIDE_MAX))
                  if isinstance(L[x], Punct) and L[x].char == ")"), j)
        if any(not isinstance(e, (Word, Punct)) for e in L[k + 2:j]):
            return False
    return j < len(L) and isinstance(L[j], Word) and L[j].low not in _W["and"]


def _goes_on(L: list[Element], before: int) -> bool:
    """ "Hòa thượng A, Phó Chủ tịch Hội đồng X, Trưởng ban Y, Hòa thượng B": the chain before a
    comma and a name goes on from a title whose body the lexicon does not know (capitalised
    words after it): the chain is the earlier name's, not B's."""
    if not (before >= 2 and isinstance(L[before], Punct) and L[before].char == ","):
        return False
    k = before - 1
    while k >= 0 and isinstance(L[k], Word) and L[before].start - L[k].start <= _UNKNOWN_BODY_MAX:
        k -= 1
    return k < before - 1 and k >= 0 and isinstance(L[k], Role) and L[k].body is None


_NOW = tuple(tuple(w.split()) for w in _W["now_held"])
def _now_held(L: list[Element], j: int, toks: Sequence) -> list[Role]:
    """ "A, Phó Chủ tịch UBND tỉnh (nay là Bí thư Huyện ủy X)", "(do về làm Bí thư Quận ủy Y)": the
    titles an aside after a name's titles says the name holds now."""
    if not toks or not (j + 1 < len(L) and isinstance(L[j], Punct) and L[j].char == "("):
        return []
    i = L[j].end
    for p in _NOW:
        if tuple(t.low for t in toks[i:i + len(p)]) == p:
            m = next((x for x in range(j + 1, len(L)) if L[x].start >= i + len(p)), len(L))
            if m < len(L) and L[m].start == i + len(p) and isinstance(L[m], Role):
                chain, _ = _chain(L, m, toks)
                return chain
    return []


_ASIDE_MAX = 16         # elements of an aside: "(47 tuổi, quê tỉnh X, thạc sĩ luật, ...)"


def _aside(L: list[Element], j: int) -> int:
    """After a name, a caption's aside in parentheses before the titles: "Ông A (bìa trái), Phó
    Chủ tịch UBND tỉnh ..."; the index after it (j when there is none)."""
    if not (j < len(L) and isinstance(L[j], Punct) and L[j].char == "("):
        return j
    for x in range(j + 1, min(len(L), j + _ASIDE_MAX)):
        if isinstance(L[x], Punct) and L[x].char == ")":
            nxt = x + 1
            if nxt + 1 < len(L) and isinstance(L[nxt], Punct) and L[nxt].char in _SEPS \
                    and isinstance(L[nxt + 1], Role):
                return nxt
            return j
        if not isinstance(L[x], (Word, Punct)):
            return j
    return j


_DASHES = ("-", "–", "—")


def _dash_leads(L: list[Element], j: int) -> bool:
    """ "Bí thư Huyện ủy X – A, Chủ tịch UBND huyện – B tiếp đoàn": the title at j, a dash, then a
    name with no title of its own after it: the title leads that name (read by _dashed_before)."""
    if not (j + 2 < len(L) and isinstance(L[j + 1], Punct) and L[j + 1].char in _DASHES
            and isinstance(L[j + 2], Name) and _bodied(L[j])):
        return False
    after = L[j + 3] if j + 3 < len(L) else None
    return after is None or isinstance(after, Word) or (isinstance(after, Punct) and after.char in ",;.")


def _dash_listed(L: list[Element], k: int, j: int) -> bool:
    """The name at k ends a "titles – name" item (a title with its body, a dash before it) and the
    titles after it stop at j, a title that leads the next name through a dash: the list's next item."""
    return k >= 2 and isinstance(L[k - 1], Punct) and L[k - 1].char in _DASHES and isinstance(L[k - 2], Role) \
        and _bodied(L[k - 2]) and j < len(L) and isinstance(L[j], Role) and _dash_leads(L, j)


def _dashed_before(L: list[Element], k: int) -> list[Role]:
    """ "Phó Chủ tịch Hội CCB tỉnh – Lê Văn A; ...": a title chain, then a dash, then the name,
    with nothing after the name that is a title and nothing before the chain but the start of
    a clause; after "A – T1, T2 - B" the chain goes on A's, only the title touching B's dash is B's."""
    if k < 2 or not (isinstance(L[k - 1], Punct) and L[k - 1].char in _DASHES) \
            or not isinstance(L[k - 2], Role) or not _bodied(L[k - 2]):
        return []
    nxt = L[k + 1] if k + 1 < len(L) else None
    if nxt is not None and not (isinstance(nxt, Punct) and nxt.char in ",;.") and not isinstance(nxt, Word):
        return []
    chain, before = _chain_left(L, k - 2)
    if before >= 1 and isinstance(L[before], Punct) and L[before].char in _DASHES and isinstance(L[before - 1], Name):
        return chain[-1:]
    if before >= 0 and not (isinstance(L[before], Punct) and L[before].char in ";:.") \
            and not isinstance(L[before], Word) and not _after_clause(L, before) and not _dashed_item(L, before):
        return []
    return chain


def _dashed_item(L: list[Element], j: int) -> bool:
    """A comma that closes the item before of a list of "Title – Name" items."""
    return isinstance(L[j], Punct) and L[j].char == "," and j >= 3 and isinstance(L[j - 1], Name) \
        and _dash_leads(L, j - 3)


def _after_clause(L: list[Element], j: int) -> bool:
    """A comma that closes an opening clause of plain words ("Phát biểu tại buổi lễ, Bí thư
    Tỉnh ủy - A ..."), not a list of names and titles."""
    return isinstance(L[j], Punct) and L[j].char == "," and j >= 1 and isinstance(L[j - 1], Word)

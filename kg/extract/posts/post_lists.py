"""Titles that a list of names shares: a title heading a list after a colon, a title after a
plural address, a title after a verb of appointment (kg.extract.posts.post_grammar reads the rest).
"""
from __future__ import annotations

from typing import Iterator, Sequence

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import RoleEntry
from kg.extract.posts.post_gaps import _W, _is_sep
from kg.extract.posts.post_grammar import _SHARED_ROLES, _chain_left
from kg.extract.posts.post_rollcall import toward_names
from kg.extract.passes import triggers
from kg.extract.sentences.tokens import said_before


@triggers(lambda: {":"} | {o[0] for o in _OPENERS if o})        # (a colon, or an opener: "gồm")
def headed_list(elements: list[Element], toks: Sequence = ()) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng Ban Tổ chức; B, ...": a title
    that heads a list of names after a colon belongs to every name of the list; a title whose
    body is not written ("Ba Phó Chủ tịch chuyên trách: A, B và C") heads a list of two or more
    (kg.extract.posts.posts finds its body, or makes its people officials without posts)."""
    L = elements
    for k in range(len(L)):
        found = list_head(L, k, toks)
        if found is None:
            continue
        head, before = found
        bare = any(r.body is None and not r.entry.standalone for r in head)
        m = k + 1
        if m < len(L) and isinstance(L[m], Honorific):
            m += 1
        if _plural_before(L, before):
            m = _titles_leading(L, m)   # "các đồng chí Bí thư Trung ương Đảng: Trưởng ban X A; ..."
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
        if _former(toks, head[0].start):
            yield names, []     # "nguyên Chủ tịch Quốc hội: A, B": named with a post once, none held
        elif not bare or len(names) > 1:
            yield names, head


def list_head(L: list[Element], k: int, toks: Sequence = ()):
    """(the titles, the index before them) of a list of names opened at k (a colon, or an opener
    without one: "gồm"), when a title or a member organ heads it; else None."""
    e = L[k]
    if type(e) is Punct and e.char == ":" and k:
        h = _list_opener(L, k, toks)
        qualified = h >= 1 and isinstance(L[h], Word) and L[h].low == "" and isinstance(L[h - 1], Role)
        h -= qualified                  # "Phó Chủ tịch chuyên trách đương nhiệm:"
    elif type(e) is Word and k and toks and _opened_without_colon(L, k, toks):
        h, qualified = _before_filler(L, k - 1, toks), False
    else:
        return None
    head, before = _chain_left(L, h) if isinstance(L[h], Role) else (_members_of(L, h, toks), 0)
    if len(head) == 1 and head[0].body is None and not head[0].entry.standalone:
        head[0].body = _owner(L, before, toks)     # "Tỉnh ủy X có hai phó bí thư: A và B"
    bare = any(r.body is None and not r.entry.standalone for r in head)
    if not head or (qualified and not bare) or (type(e) is Word and not _held_by_many(L, head, before)) \
            or _given_by(toks, head[0].start):
        return None
    return head, before


_GIFTS = tuple(tuple(w.split()) for w in _W["giver_nouns"])
_GIFT_REACH = 6         # tokens between the award's noun and "của": "Bằng khen của", "Huân chương Lao động hạng Ba của"


_HAS = frozenset(_W["owner_has"])
_COUNTS = frozenset(_W["owner_counts"])


def _owner(L: list[Element], j: int, toks: Sequence):
    """The body a list's bare title is counted in, ending at j: "<body> có [N | các] <title> gồm: ..."
    ("Ban Thường vụ Tỉnh ủy có 2 phó bí thư: A và B"), the body right before "có"; else None."""
    said = toks[L[j].start] if j >= 0 and isinstance(L[j], Word) else None      # (a number's Word.low is "")
    j -= said is not None and (said.low in _COUNTS or said.text.isdigit())
    if j >= 1 and isinstance(L[j], Word) and toks[L[j].start].low in _HAS and isinstance(L[j - 1], BodyMention) \
            and L[j - 1].end == L[j].start and L[j - 1].base is not None and not L[j - 1].generic:
        return L[j - 1]
    return None


def _given_by(toks: Sequence, i: int) -> bool:
    """Whether the title that heads a list at token i names the authority that gives ("Bằng khen
    của Chủ tịch UBND tỉnh gồm: A, B"): the citizens rewarded hold nothing, are no officials. Only
    after an award's or a document's noun: "sự tham dự của Chủ tịch Quốc hội: đồng chí A" names
    the holder."""
    if not (i >= 1 and toks and toks[i - 1].low in _W["giver_marks"]):
        return False
    before = [t.low for t in toks[max(0, i - 1 - _GIFT_REACH):i - 1]]
    return any(tuple(before[k:k + len(w)]) == w for w in _GIFTS for k in range(len(before) - len(w) + 1))


def _former(toks: Sequence, i: int) -> bool:
    """Whether the title that heads a list at token i was held once ("nguyên Chủ tịch Quốc hội: A, B")."""
    return i >= 1 and bool(toks) and toks[i - 1].low in _W["former"]


def _opened_without_colon(L: list[Element], k: int, toks: Sequence) -> bool:
    """ "đại biểu Quốc hội đơn vị tỉnh X gồm bà A - ...; và ông B - ...": an opener of a list
    ("gồm") right before the names, with no colon, after a title (and the delegation's place)."""
    said = tuple(t.low for t in toks[L[k].start:L[k].end])
    if said not in _OPENERS or k + 1 >= len(L):
        return False
    m = k + 1 + isinstance(L[k + 1], Honorific)
    return m < len(L) and isinstance(L[m], Name) and isinstance(L[_before_filler(L, k - 1, toks)], Role)


_FILLERS = tuple(tuple(w.split()) for w in _W["list_head_fillers"])
_FILLER_MAX = 4         # elements of the delegation's place: "đoàn", "tỉnh", the place's words


def _before_filler(L: list[Element], j: int, toks: Sequence) -> int:
    """The index before "đoàn X" / "đơn vị tỉnh X" ending at j (the delegation or constituency a
    deputies' title is written with, before the opener of its list); j when there is none. Only
    the place's names (capitalised, or a level and its place) stand after the filler word."""
    for x in range(j, max(0, j - _FILLER_MAX), -1):
        e = L[x]
        if not isinstance(e, (Word, LevelMention)):
            break
        size = next((len(p) for p in _FILLERS if tuple(t.low for t in toks[e.start:e.start + len(p)]) == p), 0)
        if size and isinstance(e, Word) and isinstance(L[x - 1], Role) \
                and all(isinstance(r, LevelMention) or toks[r.start].is_cap
                        for r in L[x + 1:j + 1] if r.start >= e.start + size):
            return x - 1
    return j


def _held_by_many(L: list[Element], head: list[Role], before: int) -> bool:
    """Whether the title heading a list without a colon is a membership several hold (a
    delegate's, a member's: roles.yaml many_holders), or is addressed in the plural ("các Phó Chủ
    tịch ... gồm"; a lone office's title, "có Phó Chủ tịch UBND huyện gồm ông A, Trưởng phòng X",
    heads a list of others); and opens its clause (after punctuation or "có"), never the
    complement of another word ("đoàn công tác của Phó Chủ tịch UBND tỉnh gồm ông A, ...": A is the
    delegation's, no deputy)."""
    plural = before >= 0 and isinstance(L[before], Word) and L[before].low in _W["plural"]
    if not (plural or all(r.entry.role in _MANY for r in head)):
        return False
    x = before - plural
    return x < 0 or (isinstance(L[x], Punct) and L[x].char in ",;:–-") \
        or (isinstance(L[x], Word) and L[x].low in _W["list_head_after"])


def _plural_before(L: list[Element], j: int) -> bool:
    """Whether the plural address ("các đồng chí") stands at j, right before a list's head."""
    return j >= 1 and isinstance(L[j], Honorific) and isinstance(L[j - 1], Word) and L[j - 1].low in _W["plural"]


def _titles_leading(L: list[Element], m: int) -> int:
    """The index after the titles that lead the first name of a list (each item of "các đồng chí
    Bí thư Trung ương Đảng: Trưởng ban X A; Chánh Văn phòng Y B" writes its own title first)."""
    j = m
    while j < len(L) and isinstance(L[j], Role):
        j += 2 if j + 2 < len(L) and _is_sep(L[j + 1]) and isinstance(L[j + 2], Role) else 1
    return j if j < len(L) and isinstance(L[j], Name) else m


def plural_title(elements: list[Element]) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh A, B và C": a title after a plural address
    and before a list of names belongs to every name; a name with its own title ends the list.
    Without the address, a title that several hold (a deputy's, a member's: "Phó Chủ tịch UBND
    tỉnh A và B") heads a list of bare names the same way; a Bí thư or a Chủ tịch is one.
    After a former mark ("nguyên Phó Chủ tịch UBMTTQ tỉnh A, B và C") the title is held by none
    of them: the names come with no titles (named with a post once: officials all the same)."""
    L = elements
    n = len(L)
    plural = _W["plural"]
    for k, e in enumerate(L):
        kind = type(e)                  # (by exact type: asked of every element)
        addressed = kind is Word and e.low in plural
        if addressed:
            m = k + 1
            if m < n and isinstance(L[m], Honorific):
                m += 1
            if m < n and type(L[m]) is Word and L[m].low in _W["former"]:
                m += 1
        elif kind is Role and e.entry.role.startswith(_SHARED_ROLES) and not _continues(L, k):
            m = k
        else:
            continue
        chain, j = _title_chain(L, m)
        if not chain or chain[-1].body is None or not (j < n and isinstance(L[j], Name)):
            continue
        names = [L[j]] + _more_names(L, j + 1, addressed)
        if len(names) > 1:
            former = m >= 1 and type(L[m - 1]) is Word and L[m - 1].low in _W["former"]
            yield [x for x in names if not x.partial], [] if former else chain


_MANY = frozenset(_W["many_holders"])


def _continues(L: list[Element], k: int) -> bool:
    """Whether the title at k goes on something before it: a chain of titles, a name's titles,
    an honorific or a plural address (read above)."""
    if k == 0:
        return False
    b = L[k - 1]
    return isinstance(b, (Role, Honorific)) or _is_sep(b) or (isinstance(b, Word) and b.low in _W["plural"])


def _title_chain(L: list[Element], j: int) -> tuple[list[Role], int]:
    chain = []
    while j < len(L) and isinstance(L[j], Role):
        chain.append(L[j])
        j += 1
        if j + 1 < len(L) and _is_sep(L[j]) and isinstance(L[j + 1], Role):
            j += 1
    return chain, j


def _more_names(L: list[Element], j: int, honorific_ok: bool) -> list[Name]:
    """The names that go on a list after its first name (", B", "và C"), each without a title of
    its own; an honorific only where the list was addressed as one ("các đồng chí")."""
    n = len(L)
    names = []
    while j + 1 < n and ((isinstance(L[j], Punct) and L[j].char == ",")
                         or (isinstance(L[j], Word) and L[j].low in _W["and"])):
        m = j + 1
        if m < n and isinstance(L[m], Honorific):
            if not honorific_ok:
                break
            m += 1
        if not (m < n and isinstance(L[m], Name)):
            break
        if m + 1 < n and isinstance(L[m + 1], Role) or (m + 2 < n and isinstance(L[m + 1], Punct)
                                                         and isinstance(L[m + 2], Role)):
            break           # the name has its own title
        names.append(L[m])
        j = m + 1
    return names


_APPOINT = tuple(tuple(w.split()) for w in _W["appointing"])
_TOWARD = tuple(_W["toward"].split())
# The last words of the verbs of appointment: a title after none of them is read no further
# (appointed() asks before every title of every sentence).
_APPOINT_LAST = frozenset(p[-1] for p in _APPOINT)


@triggers(lambda: _APPOINT_LAST)
def appointed(elements: list[Element], toks: Sequence) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Quyết định công nhận Phó Bí thư Tỉnh đoàn Đồng Nai, nhiệm kỳ 2022-2027 đối với đồng chí A":
    a title after a verb of appointment is of the names after "đối với"; not when the appointment
    is only planned or proposed ("giới thiệu nhân sự để bầu chức danh X đối với ông A": the names,
    with no titles, named for a post)."""
    for verb_at, names, chain in titles_toward(elements, toks, _APPOINT, _APPOINT_LAST):
        yield names, [] if _said_within(toks, verb_at, _NOT_DONE) else chain


def titles_toward(L: list[Element], toks: Sequence, verbs: tuple, lasts: frozenset):
    """(where the verb starts, the names, the titles) of each "<verb> <titles> … đối với <names>"."""
    n = len(L)
    for k, e in enumerate(L):
        if not (type(e) is Role and e.start > 0 and toks[e.start - 1].low in lasts
                and said_before(toks, e.start, verbs)) \
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
        names = toward_names(L, toks, j)
        if names:
            verb_at = e.start - max(len(p) for p in verbs if said_before(toks, e.start, (p,)))
            yield verb_at, names, chain


_NOT_DONE = tuple(tuple(w.split()) for w in _W["appointing_not_done"])
_NOT_DONE_REACH = 4         # words before the verb where a purpose or a proposal is read


def _said_within(toks: Sequence, i: int, phrases: tuple) -> bool:
    """One of the phrases ends within the few words before token i, in its clause (no mark between)."""
    for x in range(i, max(0, i - _NOT_DONE_REACH) - 1, -1):
        if said_before(toks, x, phrases):
            return True
        if x > 0 and not toks[x - 1].is_word:
            return False
    return False


def _said_at(toks: Sequence, w: Element, phrase: tuple) -> bool:
    return isinstance(w, Word) and tuple(t.low for t in toks[w.start:w.start + len(phrase)]) == phrase


_OPENERS = tuple(tuple(w.split()) for w in _W["list_openers"])


def _list_opener(L: list[Element], k: int, toks: Sequence) -> int:
    """The index of the head of a list whose colon is at k: right before it, or before the word
    that opens the list ("cử 3 Phó Chủ tịch Ủy ban MTTQ tỉnh, gồm: A, ...")."""
    termed = _past_term(L, k, toks)
    if termed is not None:
        return termed
    w = L[k - 1]
    if k >= 4 and isinstance(w, Honorific) and isinstance(L[k - 2], Word) and L[k - 2].low in _W["plural"] \
            and isinstance(L[k - 3], Word) and toks:
        # "bầu ra 3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: A (…), B (…) và C": the opener,
        # after the title and its new term, then the plural address
        said = tuple(t.low for t in toks[L[k - 3].start:L[k - 3].end])
        if any(said[len(said) - len(p):] == p and _term_words(said[:len(said) - len(p)]) for p in _OPENERS):
            return k - 4
    if k >= 2 and isinstance(w, Word) and toks:
        said = tuple(t.low for t in toks[w.start:w.end])
        if said in _OPENERS:
            h = k - 2
            if h >= 1 and isinstance(L[h], Punct) and L[h].char == ",":
                h -= 1
            return h
    return k - 1


_TERM = frozenset((*_W["term_words"], *_W["new_term"], _W["new_word"]))
_ADDRESSES = frozenset(tuple(w.split()) for w in _W["list_addresses"])


def _past_term(L: list[Element], k: int, toks: Sequence):
    """ "chuẩn y 2 Phó Bí thư Tỉnh ủy X khóa K, nhiệm kỳ Y1-Y2, gồm các ông: A; B": the index of
    the title that heads the list whose colon is at k, past a plural address written as plain words
    ("các ông"), the opener and the title's term (its words, numbers, commas and dashes); None when the
    list is not so written (a term is needed: the plainer forms are read by _list_opener)."""
    if not toks or k < 3:
        return None
    h = k - 1
    if isinstance(L[h], Word) and tuple(t.low for t in toks[L[h].start:L[h].end]) in _ADDRESSES \
            and isinstance(L[h - 1], Word) and L[h - 1].low in _W["plural"]:
        h -= 2
    if not (h >= 1 and isinstance(L[h], Word) and tuple(t.low for t in toks[L[h].start:L[h].end]) in _OPENERS):
        return None
    g = h - 1
    while g >= 0 and (isinstance(L[g], Punct) and L[g].char in ",-–" or isinstance(L[g], Word)
                      and all(_term_token(t) for t in toks[L[g].start:L[g].end])):
        g -= 1
    return g if g >= 0 and g < h - 2 and isinstance(L[g], Role) else None


def _term_token(t) -> bool:
    """A word of a term ("khóa", "nhiệm kỳ"), its number or year, or a Roman numeral ("XV")."""
    return t.low in _TERM or t.text.isdigit() or (t.text.isupper() and set(t.text) <= set("IVXLC"))


def _term_words(words: tuple) -> bool:
    """Nothing, or the new term of the title ("khóa mới") between a title and a list's opener."""
    return not words or (len(words) == 2 and words[0] in _W["new_term"] and words[1] == _W["new_word"])


# "các đồng chí trong Ban Thường vụ Tỉnh ủy: A, ...; B, ...", "bầu Ban Thường vụ Tỉnh ủy gồm 13 đồng
# chí, gồm: A, ...": a list of the organ's members (those elected to it)
_MEMBERS_OF = tuple(tuple(w.split()) for w in _W["members_of"])
_MEMBER_ORGANS = frozenset(_W["member_organs"])
_MEMBER = RoleEntry(role=_W["member_role"])
_COUNT_WORDS = _TERM | _COUNTS | frozenset(w for o in _OPENERS for w in o)
_COUNT_REACH = 5        # elements of "khóa XX, gồm 13 đồng chí, gồm" between the organ and the colon


def _members_of(L: list[Element], j: int, toks: Sequence) -> list[Role]:
    """The membership an organ heading a list gives ("trong Ban Thường vụ Tỉnh ủy:", "bầu Ban Thường
    vụ Tỉnh ủy gồm 13 đồng chí, gồm:" — past its term, its count and the addresses), or []."""
    stop = max(-1, j - _COUNT_REACH)
    while j > stop and not isinstance(L[j], BodyMention) and toks and (
            isinstance(L[j], Honorific) or (isinstance(L[j], Punct) and L[j].char == ",")
            or (isinstance(L[j], Word) and all(t.low in _COUNT_WORDS or t.text.isdigit() or _term_token(t)
                                               for t in toks[L[j].start:L[j].end]))):
        j -= 1
    b = L[j] if j >= 0 else None
    if not (isinstance(b, BodyMention) and b.organs and b.organs[0] in _MEMBER_ORGANS and b.base is not None):
        return []
    if not (toks and said_before(toks, b.start, _MEMBERS_OF)):
        return []
    return [Role(b.start, b.end, _MEMBER, b.surface, body=b)]

"""What a chain of titles may pass over (kg.extract.posts.post_grammar): the separators between titles,
a body the lexicon does not know written after a title, the Party's own name written out; and the
chain read leftwards from a title (_chain_left).
"""
from __future__ import annotations

from typing import Sequence

from kg.extract.sentences.elements import BodyMention, Element, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import grammar, lexicon
from kg.extract.officials import is_place
from kg.extract.sentences.tokens import said_before

_SEPS = {",", "–", "-", "—"}


# The grammar words of posts (roles.yaml posts): "kiêm", "và", "nguyên", the predicates, ...
_W = grammar("roles.yaml", "posts")


def _bodied(r: Role) -> bool:
    """A title written with its body, or one that names its own ("Thủ tướng Chính phủ")."""
    return r.body is not None or (r.entry.standalone and r.entry.body is not None)


# ... and, between two titles only, a slash ("Phó Bí thư/Chủ tịch UBND phường": _is_sep is asked between
# titles; a name's own titles still begin after a comma or a dash, kg.extract.posts.post_grammar)
_TITLE_SEPS = frozenset(_SEPS | {"/"})


def _is_sep(e: Element) -> bool:
    return (isinstance(e, Punct) and e.char in _TITLE_SEPS) or (isinstance(e, Word) and e.low in _W["title_joiners"])


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


def _led_list(L: list[Element], k: int, j: int) -> bool:
    """ "Bí thư Tỉnh ủy A, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh B": the name at k is
    written after its own title (a list of "titles name" items), and the chain that starts at j,
    after its separator, runs title after title to the next name: the chain leads that name."""
    if not (k >= 1 and isinstance(L[k - 1], Role) and j == k + 2 and _is_sep(L[k + 1])):
        return False
    m = j
    while m < len(L) and (isinstance(L[m], Role) or (_is_sep(L[m]) and m > j)):
        m += 1
    return m > j and m < len(L) and isinstance(L[m], Name) and isinstance(L[m - 1], Role)


def _chain_after_item(L: list[Element], j: int) -> bool:
    """The chain left of a name starts right after another name and a separator: the titles there are
    that name's ("ông A, Ủy viên X, Bí thư Y B": only the title touching B is B's; a place is no name),
    unless that name is written after its own title (_led_list: then all the chain is B's)."""
    return j >= 1 and _is_sep(L[j]) and isinstance(L[j - 1], Name) and not is_place(L[j - 1].text) \
        and not _led_list(L, j - 1, j + 1)


_PRINCIPAL = tuple(tuple(w.split()) for w in _W["principal_named"])
_POST_NAMED = tuple(tuple(w.split()) for w in _W["post_named"] + _W["source_named"]) + _PRINCIPAL


def _post_named(toks: Sequence, i: int, phrases: tuple = _POST_NAMED) -> bool:
    """ "chờ kiện toàn chức vụ Bí thư Thành ủy X, đồng chí A": the title at token i is named as a
    post ("chức vụ", "cương vị") or as the principal's ("thừa ủy quyền của Bộ trưởng Bộ X, Đại tá A"),
    not as the title of the name after the comma."""
    return bool(toks) and said_before(toks, i, phrases)


_OWN_PARTY = tuple(tuple(w.lower().split()) for w in _W["own_party"])


def _past_own_party(L: list[Element], j: int, toks: Sequence) -> int:
    """ "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Bí thư Tỉnh ủy": the Party's name
    written out after a title that names its own body; the index of its last element (j when
    there is none), so that the chain goes on."""
    r = L[j]
    if not toks or not r.entry.body:
        return j
    for p in _OWN_PARTY:
        if tuple(t.low for t in toks[r.end:r.end + len(p)]) == p:
            m = j + 1
            while m < len(L) and L[m].end <= r.end + len(p):
                m += 1
            if m < len(L) and L[m].start == r.end + len(p) and L[m - 1].end == r.end + len(p):
                return m - 1
    return j


_DELEGATION_HEADS = frozenset(_W["delegation_tasks"]["heads"])
_IN_CHARGE = frozenset(tuple(w.split()) for w in _W["in_charge"])
# (longest first: "kiểm tra, giám sát" before "kiểm tra")
_DELEGATION_TASKS = tuple(sorted((tuple(w.replace(",", " ,").split()) for w in _W["delegation_tasks"]["tasks"]),
                                 key=len, reverse=True))


def _past_aside(L: list[Element], j: int, toks: Sequence) -> int:
    """What a title's chain passes over right after element j, so that it goes on to the next
    title: the body's abbreviation in brackets ("Tổng Thư ký Hội đồng Trị sự GHPGVN (GHPGVN), Đại
    biểu Quốc hội ...") and, after a title whose body is fixed, the constituency and the term it is
    held for ("Đại biểu Quốc hội tỉnh X khóa XV, Trưởng ban ..."); the task a delegation's head
    names it by ("Trưởng đoàn giám sát, ..."). The index of the last element passed (j when none)."""
    n = len(L)
    if j + 3 < n and isinstance(L[j + 1], Punct) and L[j + 1].char == "(" and L[j + 1].start == L[j].end \
            and isinstance(L[j + 2], (BodyMention, Word)) and isinstance(L[j + 3], Punct) and L[j + 3].char == ")" \
            and toks and all(t.is_upper for t in toks[L[j + 2].start:L[j + 2].end]):
        return j + 3
    r = L[j]
    if j + 3 < n and isinstance(r, Role) and _is_sep(L[j + 1]) and isinstance(L[j + 2], Word) and toks \
            and tuple(t.low for t in toks[L[j + 2].start:L[j + 2].start + 2]) in _IN_CHARGE \
            and isinstance(L[j + 3], BodyMention) and j + 5 < n and _is_sep(L[j + 4]) and isinstance(L[j + 5], Role):
        return j + 3        # "Phó Bí thư Tỉnh ủy, phụ trách Ban X, Chủ tịch Ủy ban MTTQ tỉnh": the charge beside a title
    if isinstance(r, Role) and r.body is None and r.entry.role in _DELEGATION_HEADS and toks:
        # "Phó Trưởng đoàn giám sát, Phó Chủ tịch HĐND tỉnh": the delegation named by its task
        for task in _DELEGATION_TASKS:
            stop = r.end + len(task)
            if tuple(t.low for t in toks[r.end:stop]) == task and not toks[r.end].is_cap:
                m = j
                while m + 1 < n and isinstance(L[m + 1], (Word, Punct)) and L[m + 1].end <= stop:
                    m += 1
                if L[m].end == stop:
                    return m
    if isinstance(r, Role) and r.entry.body and r.entry.standalone and r.body is None and j + 1 < n \
            and isinstance(L[j + 1], LevelMention) and L[j + 1].start == r.end and L[j + 1].place_name:
        m = j + 1
        if toks and m + 2 < n and isinstance(L[m + 1], Word) and toks[L[m + 1].start].low in _W["new_term"] \
                and isinstance(L[m + 2], Word) and L[m + 2].start == L[m + 1].end:
            m += 2      # "khóa XV"
        return m
    return j


_UNKNOWN_BODY_MAX = 12      # tokens of a body name the lexicon does not know ("Hội đồng Thành viên Tập đoàn Dầu khí Việt Nam")
_LOWER_BODIES = frozenset(tuple(w.split()) for w in _W["lower_bodies"])


def _past_unknown_body(L: list[Element], j: int, toks: Sequence):
    """ "A, Giám đốc Công ty Cổ phần X, Chủ tịch Hội Doanh nhân trẻ tỉnh": a title whose body the
    lexicon does not know, written as a capitalised name, then a separator and the next title.
    The unknown name must not lose the titles after it; the index of the separator, or None. No
    comma inside the name (a comma may as well close the clause), no person, no other title."""
    r = L[j]
    if not toks or r.body is not None or r.entry.body or j + 1 >= len(L):
        return None
    first = L[j + 1]
    if not (isinstance(first, Word) and first.start == r.end):
        return None
    # the body's name begins with a capital, right after the title; or it is a lower-case noun
    # of an organisation alone ("Phó Chủ tịch đảng, Huyện trưởng huyện X"; roles.yaml posts
    # lower_bodies), never a verb ("Chủ tịch nói thêm, ...")
    short = not toks[first.start].is_cap
    m = j + 2
    while m < len(L) and L[m].start - r.end < _UNKNOWN_BODY_MAX:
        e = L[m]
        if _is_sep(e) and not isinstance(e, Word):
            if short and tuple(t.low for t in toks[r.end:e.start]) not in _LOWER_BODIES:
                return None
            if e.char == "," and m + 1 < len(L) and isinstance(L[m + 1], Role):
                return m
            if e.char != "," and e.char not in _W["title_joiners"] and m + 1 < len(L) and isinstance(L[m + 1], Role):
                return m
            return None
        if not (isinstance(e, (Word, LevelMention)) or (isinstance(e, BodyMention) and not e.organs)):
            return None
        if isinstance(e, Word) and any(not t.is_cap and t.low in _clause_words() and not _compound(toks, x)
                                       for x, t in enumerate(toks[e.start:e.end], e.start)):
            return None     # a verb or a grammar word: the clause goes on, not the name
        m += 1
    return None


_COMPOUNDS = frozenset(tuple(w.split()) for w in _W["name_compounds"])


def _compound(toks: Sequence, x: int) -> bool:
    """ "Hội đồng", "Tập đoàn": the lower-case token x ends a capitalised organisation's head noun."""
    return x >= 1 and toks[x - 1].is_cap and (toks[x - 1].low, toks[x].low) in _COMPOUNDS


_CLAUSE_WORDS: list = []


def _clause_words() -> frozenset:
    """The lower-case words that begin a clause or an event ("phát biểu", "cho biết", "tại"), which
    a body's name does not hold."""
    if not _CLAUSE_WORDS:
        lx = lexicon()
        _CLAUSE_WORDS.append(lx.grammar_words | lx.event_firsts)
    return _CLAUSE_WORDS[0]


def complement_of_earlier(L: list[Element], toks: Sequence, before: int, start: int) -> bool:
    """ "A được bầu làm Chủ tịch HĐND xã, ông B được bầu làm Phó Chủ tịch": a title at token `start`
    right after a predicate (roles.yaml complement_ends), with a full name before it in the
    sentence (elements up to `before`), is that name's complement, not the title that
    introduces the name after the comma."""
    if not toks or start < 1 or toks[start - 1].low not in _W["complement_ends"]:
        return False
    return any(isinstance(e, Name) and not e.partial for e in L[:before + 1])


_HEAD_VERBS = tuple(tuple(v.split()) for v in _W["head_alone_verbs"])
_HEAD_TERMS = tuple(tuple(v.split()) for v in _W["head_alone_terms"])


def _said_at(toks: list, k: int, phrases: tuple) -> bool:
    """ "ông A - Chủ tịch Hội làm Trưởng đoàn", "Chủ tịch Hội phát biểu", "... Hội nhiệm kỳ 2022-2027":
    a verb of the clause (head_alone_verbs) or a term (head_alone_terms) at token k, right after a head
    noun: the head stands alone."""
    said = tuple(t.low for t in toks[k:k + 3])
    return any(said[:len(v)] == v for v in phrases)


def past_unknown_name(L: list[Element], j: int, toks: Sequence) -> int:
    """ "A, Chủ tịch Hội đồng thành viên Công ty B được bầu giữ chức X": the name of a body the
    lexicon does not know, right after a title that has none, up to the passive of the election;
    the index of that word, else j (no such name, or no passive ends it)."""
    n = len(L)
    if not toks or not 1 <= j < n or type(L[j - 1]) is not Role or L[j - 1].body is not None \
            or L[j - 1].entry.body or type(L[j]) is not Word or L[j].start != L[j - 1].end \
            or not toks[L[j].start].is_cap:
        return j
    m = j
    while m < n and type(L[m]) in (Word, LevelMention) and L[m].start - L[j - 1].end < _UNKNOWN_NAME_MAX:
        if type(L[m]) is Word and toks[L[m].start].low in _W["passive"]:
            return m if m > j else j        # ("được": the passive of the election opens the predicate)
        m += 1
    return j


_UNKNOWN_NAME_MAX = 16      # tokens of a company's name ("Hội đồng thành viên Công ty TNHH MTV X Y")


def _bare_party_committee(r: Element) -> bool:
    """ "Đảng ủy" written bare, a Role the lexicon reads as a commune's with its place left to the
    story: after a title of a body the lexicon does not know ("Giám đốc Công ty X, Bí thư Đảng ủy")
    it is that body's party committee, unnamed, never the story's commune's."""
    # (an organ of it, "Ủy viên Ban Thường vụ Đảng ủy", is not cut from the chain here; the title's
    # own body still reads whose committee it is, post_bodies._written_body)
    return isinstance(r, Role) and r.body is not None and bare_party_committee(r.body) and not r.body.organs


def bare_party_committee(b: BodyMention) -> bool:
    """ "Đảng ủy" written bare: a commune's committee with no place or unit written, its place left to
    the story (the one test for the title chain here and the title's own body, post_bodies._written_body)."""
    return b.level == "commune" and b.base is not None and b.base.sort == "committee" \
        and not b.place_name and not b.unit

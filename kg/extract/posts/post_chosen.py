"""Names that take a title through a predicate: an election, an appointment, a cadre decision
("A được bầu giữ chức X", "A được điều động, bổ nhiệm giữ chức vụ X", "điều động đồng chí A ... tham
gia Ban Chấp hành, giữ chức vụ X"). kg.extract.posts.post_grammar reads the titles written beside a
name; kg.extract.posts.posts binds both to bodies.
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from kg.extract.sentences.elements import BodyMention, Element, Honorific, Name, Punct, Role, Word
from kg.extract.lexicon import section
from kg.extract.posts.post_gaps import _W, _is_sep, past_unknown_name
from kg.extract.posts.post_grammar import _apposition, _aside, _chain, _chain_left, _former_at
from kg.extract.posts.post_asides import titles_aside

# "X được bầu giữ chức Y", "X và Z được bầu làm Phó Bí thư": the predicate words that may
# stand between a group of names and the title they take.
_PREDICATE_END = tuple({w} for w in _W["predicate_ends"])
_PREDICATE_MAX = 12     # the passive, the voters with their count, and up to two verbs before the title


def elected(elements: list[Element], toks: Sequence = (), lows: Optional[frozenset] = None) -> Iterator[tuple[list[Name], list[Role]]]:
    """Names that take a title through a predicate: "các đồng chí A và B được bầu giữ chức
    Phó Bí thư Tỉnh ủy" -> both A and B hold it; "A tái đắc cử Chủ tịch Hội" (not "ứng cử": a
    candidate holds nothing yet). `lows`: the words of the tokens (SentenceView.lows)."""
    if lows is not None and _PREDICATE_LAST is not None and _PREDICATE_LAST.isdisjoint(lows):
        return          # (no word a predicate may end with: no title taken through one)
    L = elements
    n = len(L)
    k = 0
    while k < n:
        if not isinstance(L[k], Name) or L[k].partial or _named_after(L, k, toks):
            k += 1
            continue
        group = [L[k]]
        j = past_unknown_name(L, _apposition(L, titles_aside(L, _caption_aside(L, _aside(L, k + 1)))), toks)
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
        # "A, tái đắc cử Bí thư Huyện ủy", "A, được bầu làm Chủ tịch": a comma after the name, then
        # only an election or the passive (else "A, B" and asides would lend a title)
        comma = m + 1 < n and isinstance(L[m], Punct) and L[m].char == "," and isinstance(L[m + 1], Word)
        m += comma
        words, m = _predicate(L, m, toks)
        # ("A thôi giữ chức X", "A được miễn nhiệm chức X", "A từng giữ chức X": left, or held before)
        if words and m < n and isinstance(L[m], Role) and not any(w in _W["former"] for w in words) \
                and not _not_elected([t.low for t in toks[L[j].start if j < n else 0:L[m].start]]) \
                and not any(t.low in _W["ceasing"] for t in toks[L[j].start if j < n else 0:L[m].start]) \
                and (not comma or _elected_word(toks, L[m].start) or any(w in _W["passive"] for w in words)) \
                and (any(words[-1] in end for end in _PREDICATE_END) or _elected_word(toks, L[m].start)) \
                and not _handed_over(toks, L[j].start if j < n else 0, L[m].start):
            items, _ = _chain(L, m, toks)
            if items:
                yield group, items
        k = j


_NOT_ELECTED = tuple(tuple(w.split()) for w in _W["not_elected"])


def _not_elected(words: list[str]) -> bool:
    """A candidate's or a denied election's predicate ("được giới thiệu để bầu", "không được bầu")."""
    said = f" {' '.join(words)} "
    return any(f" {' '.join(p)} " in said for p in _NOT_ELECTED)


def _named_after(L: list[Element], k: int, toks: Sequence) -> bool:
    """ "Hiệu trưởng Trường THCS Nguyễn Du được bổ nhiệm ...": a name glued to an institution's
    capitalised word before it ("Trường THCS", "Bệnh viện") is the institution's namesake, no one
    elected; the person is the name before the title."""
    return k >= 1 and type(L[k - 1]) is Word and L[k - 1].end == L[k].start and not L[k].honorific \
        and bool(toks) and toks[L[k - 1].end - 1].is_cap


_COMMA_VERBS = tuple(tuple(w.split()) for w in _W["predicate_after_comma"])


def _predicate(L: list[Element], m: int, toks: Sequence) -> tuple[list[str], int]:
    """The words of the predicate from element m (a gap counts its words), and the index after it.
    "A được Ban Chấp hành Tỉnh đoàn tín nhiệm bầu giữ chức Bí thư": the body that elects, after
    the passive, is no break; nor "100%" or "35/35" of the votes, nor a comma before a second verb of the
    cadre decision ("được điều động, bổ nhiệm giữ chức vụ X"), also after the body that decides ("được Bộ
    Chính trị điều động, chỉ định làm X": the passive's word was left behind with the agent)."""
    n = len(L)
    words: list[str] = []
    agent = False
    while m < n and len(words) < _PREDICATE_MAX:
        e = L[m]
        if isinstance(e, Word):
            words.extend([e.low] * (e.end - e.start))
        elif isinstance(e, Punct) and _in_number(toks, e):
            words.append(e.char)        # "100%", "35/35", "98,5%" of the votes
        elif isinstance(e, Punct) and e.char == "," and (agent or any(w in _W["passive"] for w in words)) \
                and m + 1 < n and isinstance(L[m + 1], Word) and toks \
                and any(tuple(t.low for t in toks[L[m + 1].start:L[m + 1].start + len(p)]) == p
                        for p in _COMMA_VERBS):
            pass
        elif isinstance(e, BodyMention) and not agent and any(w in _W["passive"] for w in words):
            agent = True
            words = [w for w in words if w in _W["former"]]
        else:
            break
        m += 1
    return words, m


def _in_number(toks: Sequence, e: Punct) -> bool:
    """The punctuation of a share of the votes: "%" after a number; "/", "," or "." between two."""
    if not (toks and e.start and toks[e.start - 1].text[:1].isdigit()):
        return False
    return e.char == "%" or (e.char in "/,." and e.end < len(toks) and toks[e.end].text[:1].isdigit())


def _handed_over(toks: Sequence, i: int, k: int) -> bool:
    """Whether the words from token i to k hand the title to someone else ("trao quyết định giữ
    chức", not "được trao quyết định giữ chức")."""
    lows = [t.low for t in toks[i:k]] if toks else []
    return any(w in _W["handing_over"] and not (x and lows[x - 1] in _W["passive"]) for x, w in enumerate(lows))


_ELECTED = tuple(tuple(w.split()) for w in _W["predicate_phrases"])
# (the last words of the predicates elected() reads; None when an empty one would match anywhere)
_PREDICATE_LAST = None if "" in _W["predicate_ends"] or not all(_ELECTED) else \
    frozenset(_W["predicate_ends"]) | {p[-1] for p in _ELECTED}


_NEGATIONS = frozenset(_W["predicate_negations"])


def _elected_word(toks: Sequence, i: int) -> bool:
    """ "trúng cử", "đắc cử", "tái cử" right before the title at token i (not "không tái cử")."""
    return any(i >= len(p) and tuple(t.low for t in toks[i - len(p):i]) == p
               and not (i > len(p) and toks[i - len(p) - 1].low in _NEGATIONS) for p in _ELECTED)


_JOINING = tuple(tuple(w.split()) for w in _W["joining"])


def _phrase_before(toks: Sequence, i: int, phrases) -> int:
    """The length of the phrase of `phrases` that ends right before token i (0 when none)."""
    return next((len(p) for p in phrases if i >= len(p) and tuple(t.low for t in toks[i - len(p):i]) == p), 0)


def joined(elements: list[Element], toks: Sequence = (), lows: Optional[frozenset] = None) -> Iterator[tuple[list[Name], list[Role]]]:
    """A cadre decision: "điều động đồng chí A, Phó Giám đốc Sở X tham gia Ban Chấp hành, Ban
    Thường vụ, giữ chức vụ Phó Bí thư Huyện ủy Y" -> A holds the title; the nearest name before
    "tham gia" is the one joined (not after "thôi": a post given up). `lows` as for elected()."""
    if lows is not None and not any(lows.issuperset(p) for p in _JOINING):
        return          # (no joining phrase has all its words in the sentence)
    L = elements
    n = len(L)
    for x, e in enumerate(L):
        size = _phrase_before(toks, e.start, _JOINING) if toks and isinstance(e, BodyMention) else 0
        if not size or e.start - size - 1 < 0 or toks[e.start - size - 1].low in _W["ceasing"]:
            continue
        m = x
        while m + 2 < n and (_is_sep(L[m + 1]) or (isinstance(L[m + 1], Word) and L[m + 1].low in _W["and"])) \
                and isinstance(L[m + 2], BodyMention):
            m += 2                  # "Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy"
        m += 1
        if m < n and (_is_sep(L[m]) or (isinstance(L[m], Word) and L[m].low in _W["and"])):
            m += 1
        if not (m + 1 < n and isinstance(L[m], Word)):
            continue
        r = next((y for y in range(m, min(n, m + 4)) if not isinstance(L[y], Word)), n)
        words = [t.low for t in toks[L[m].start:L[r].start]] if r < n else []
        if not (words and isinstance(L[r], Role) and len(words) <= 4 and words[-1] in _W["predicate_ends"]
                and not any(w in _W["ceasing"] for w in words)):
            continue
        name = next((y for y in range(x - 1, -1, -1) if isinstance(L[y], Name)), None)
        if name is None or L[name].partial or _handed_over(toks, L[name].end, e.start):
            continue
        items, _ = _chain(L, r, toks)
        if items:
            yield [L[name]], items


_COPULA_TERMS = tuple(sorted((tuple(w.split()) for w in _W["copula_terms"]), key=len, reverse=True))
_COPULA_NEW = frozenset(_W["copula_new"])
_COPULA_REFUSED = tuple(tuple(w.split()) for w in _W["copula_refused"])


def named_by_copula(elements: list[Element], toks: Sequence = ()) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Tân Chủ tịch UBND tỉnh X là ông A", "Bí thư Tỉnh đoàn nhiệm kỳ mới là anh B": a chain of
    titles, the words of its term, "là" and a name: the name holds the titles (not a former
    holder's, "nguyên Chủ tịch ... là ông C", nor a title that leads a name of its own)."""
    L = elements
    for m, name in enumerate(L):
        if type(name) is not Name or name.partial or m < 2:
            continue
        x = m - 1 - (type(L[m - 1]) is Honorific)
        if not (x >= 1 and type(L[x]) is Word and L[x].end - L[x].start == 1 and toks[L[x].start].low == _W["copula"]):
            continue
        r, term = _past_term(L, x, toks)
        if r is None:
            continue
        items, before = _chain_left(L, r)
        new = before >= 0 and type(L[before]) is Word and toks[L[before].end - 1].low in _COPULA_NEW
        if items and (term or new) and not (before >= 0 and (_former_at(L, before) or type(L[before]) is Name)) \
                and not _refused(toks, items[0].start):
            yield [name], items


def _refused(toks: Sequence, end: int) -> bool:
    """Whether a past time or a nomination is written in the clause before token `end`
    (copula_refused, after the last ";"), or a year opens the sentence (copula_fronted)."""
    lows = [t.low for t in toks[:end]]
    start = max((i + 1 for i, w in enumerate(lows) if w == ";"), default=0)
    if start == 0 and lows and lows[0] in _W["copula_fronted"]:
        return True
    return any(tuple(lows[i:i + len(p)]) == p for p in _COPULA_REFUSED for i in range(start, len(lows) - len(p) + 1))


def _past_term(L: list[Element], x: int, toks: Sequence):
    """(the index of the title right before the copula at x, past the words of its term ("nhiệm
    kỳ mới"); whether a term was written); (None, False) when something else stands there."""
    a = L[x].start
    for phrase in _COPULA_TERMS + ((),):
        b = a - len(phrase)
        if b >= 0 and tuple(t.low for t in toks[b:a]) == phrase:
            k = next((y for y in range(x - 1, -1, -1) if L[y].end <= b), None)
            if k is not None and L[k].end == b and type(L[k]) is Role:
                return k, bool(phrase)
    return None, False


_HEADED_BY = _W["headed_by"]


def headed_by(elements: list[Element], toks: Sequence = ()) -> Iterator[tuple[list[Name], list[Role]]]:
    """ "Ban Chỉ đạo X do ông A(, Phó Chủ tịch UBND tỉnh) làm Trưởng ban": the body that opens the
    sentence (after a fronted time, "Sáng 5/3, ..."; an aside in brackets may follow it), led by
    the name after "do": the name holds the head's title (written bare after "làm") in that body
    (roles.yaml posts headed_by; a standing delegation's head too, listed_members)."""
    L = elements
    n = len(L)
    b = _opening_body(L)
    if b is None or n < b + 5:
        return
    body = L[b]
    for m in range(b + 2, n):
        name = L[m]
        if type(name) is not Name:
            continue
        x = m - 1 - (type(L[m - 1]) is Honorific)
        if name.partial or x != _past_brackets(L, b + 1) or not (
                type(L[x]) is Word and L[x].end - L[x].start == 1 and toks[L[x].start].low == _HEADED_BY["by"]):
            return          # (only the first name, "do" right after the sentence's own body)
        j = m + 1
        if j + 1 < n and _is_sep(L[j]) and type(L[j + 1]) is Role:
            own, j = _chain(L, j + 1, toks)     # the leader's own titles, read by bind_titles
            for r in own[:1]:
                if r.body is None and not r.entry.body and _HEAD_TITLE(r.entry.role, (body.organs or [body.base.canonical])[-1]) \
                        and not (r.end < len(toks) and toks[r.end].low in _LEVEL_WORDS):
                    r.body = body       # "Ủy ban Kiểm tra Tỉnh ủy X do ông A, Phó Chủ nhiệm làm trưởng đoàn"
        # (a standing delegation's head only for a leader written with no title of his own: "Đoàn ĐBQH
        # tỉnh X do ông A, Phó Trưởng đoàn làm trưởng đoàn" leads one trip of it)
        titles = _HEADED_BY["titles"] + (_OWN_TITLES.get(body.base.canonical, []) if j == m + 1 else [])
        if j + 1 < n and type(L[j]) is Word and L[j].end - L[j].start == 1 \
                and toks[L[j].start].low == _HEADED_BY["as"] \
                and type(L[j + 1]) is Role and L[j + 1].body is None and not L[j + 1].entry.body \
                and L[j + 1].entry.role in titles and _title_ends(toks, L[j + 1].end):
            L[j + 1].body = body
            yield [name], [L[j + 1]]
        return


_OWN_TITLES = section("roles.yaml", "listed_members")["titles"]


def _HEAD_TITLE(role: str, canonical: str) -> bool:
    """The head's title of the body (roles.yaml posts own_heads, by the first words of its name) or
    its deputy's: the leader's bare own title of the sentence's body ("Phó Chủ tịch" of no Sở)."""
    head = next((h for first, h in _W["own_heads"] if canonical.startswith(first)), "")
    return bool(head) and role.removeprefix("Phó ") == head


_LEVEL_WORDS = frozenset(("tỉnh", "huyện", "thành", "quận", "thị", "xã", "phường"))      # "Phó Chủ tịch tỉnh"
_FRONTED = 12           # elements of a fronted time before the sentence's body ("Từ ngày 5 đến ngày 7/10, ")


def _opening_body(L: list[Element]) -> Optional[int]:
    """The index of the body that opens the sentence, alone or after a fronted time (words and
    numbers up to a comma); None when the sentence opens otherwise."""
    b = next((b for b, e in enumerate(L[:_FRONTED + 1]) if type(e) is not Word and type(e) is not Punct), None)
    if b is None or type(L[b]) is not BodyMention or b and not (type(L[b - 1]) is Punct and L[b - 1].char == ","):
        return None
    bm = L[b]
    if bm.base is None or bm.generic or not (bm.complete or bm.base.sort == "open"):
        return None
    return b


def _caption_aside(L: list[Element], j: int) -> int:
    """After a name, a caption's place words in brackets before the predicate ("đồng chí A (phải)
    giữ chức ...", "(thứ hai từ trái)"): the element after them; else j."""
    if j < len(L) and type(L[j]) is Punct and L[j].char == "(":
        close = next((k for k in range(j + 1, min(len(L), j + 5)) if type(L[k]) is not Word), None)
        if close is not None and close > j + 1 and type(L[close]) is Punct and L[close].char == ")" \
                and close + 1 < len(L) and type(L[close + 1]) is Word:
            return close + 1
    return j


def _past_brackets(L: list[Element], j: int) -> int:
    """The element after an aside in brackets that starts at j ("(đơn vị tỉnh X)"), else j."""
    if j < len(L) and type(L[j]) is Punct and L[j].char == "(":
        close = next((k for k in range(j + 1, min(len(L), j + 8)) if type(L[k]) is Punct and L[k].char == ")"), None)
        return close + 1 if close is not None else j
    return j


_AFTER_HEAD = tuple(tuple(w.split()) for w in _HEADED_BY["after"])


def _title_ends(toks: Sequence, k: int) -> bool:
    """Whether the title ends before token k: punctuation, the end, or a verb of the clause."""
    if k >= len(toks) or not toks[k].is_word:
        return True
    said = tuple(t.low for t in toks[k:k + 2])
    return any(said[:len(p)] == p for p in _AFTER_HEAD)

"""A body named by its head noun alone after it was written in full: "Hội Nông dân tỉnh tổ chức Đại
hội ... ông A, Chủ tịch Hội phát biểu", and the head written inside the title ("Ban Pháp chế HĐND
tỉnh do ông A - Trưởng Ban làm trưởng đoàn"). Split from kg.extract.posts.post_context.
"""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.sentences.elements import BodyMention, Element, Honorific, Name, Punct, Role, Word
from kg.extract.sentences.sentences import SentenceView
from kg.extract.posts.post_gaps import _HEAD_TERMS, _HEAD_VERBS, _said_at


def _head(toks: list, bm: BodyMention) -> tuple:
    """The head noun of a body's name as written: its first word and the lower-case syllables
    after it ("Hội" of "Hội Nông dân tỉnh", "Hội đồng" of "Hội đồng Lý luận Trung ương")."""
    k = bm.start + 1
    while k < bm.end and toks[k].is_word and not toks[k].is_cap:
        k += 1
    return tuple(t.low for t in toks[bm.start:k]) if k < bm.end else ()


def short_names(sv: SentenceView, recent: dict) -> None:
    """ "Hội Nông dân tỉnh tổ chức Đại hội ... ông A, Chủ tịch Hội phát biểu": a title followed by
    the capitalised head noun alone names the body last written with that head (in this sentence
    or before it)."""
    L, toks = sv.elements, sv.toks
    sentence = recent.get("sentence", 0)
    taken: list = []        # (title's index, token after its head noun): the heads to take in
    # (the titles and bodies read off sv.mentions(), with their indexes, in order: only they
    # concern this pass; a title's body is read from it, as it may change on the way)
    for k, e, _ in sv.mentions():
        kind = type(e)
        if kind is Role:
            bm = e.body
            if bm is not None:
                recent[("title", e.entry.role)] = (sentence, bm)
        elif kind is BodyMention:
            bm = e
        else:
            continue
        if isinstance(bm, BodyMention):
            if not bm.organs and bm.base is not None and toks[bm.start].is_cap:
                head = _head(toks, bm) if bm.complete or bm.central else _open_lower_head(toks, bm)
                if head:
                    recent[head] = bm
                    recent.setdefault(("all", head), set()).add(bm.base.canonical + (bm.place_name or ""))
            elif bm.organs and not bm.generic and toks[bm.start].is_cap and _head(toks, bm):
                # an organ ("Ban Pháp chế HĐND tỉnh"): named again only inside a title ("Trưởng Ban")
                head = ("organ",) + _head(toks, bm)
                recent[head] = bm
                recent.setdefault(("all", head), set()).add(" ".join(bm.organs) + (bm.base.canonical if bm.base else "")
                                                            + (bm.place_name or ""))
            continue
        if e.body is None and e.entry.body_head and all(t.is_cap for t in toks[e.end - e.entry.body_head:e.end]):
            _head_in_title(L, k, toks, recent)
            continue
        if not (k + 1 < len(L) and isinstance(L[k + 1], Word) and L[k + 1].start == e.end and e.end < len(toks)):
            continue
        for size in (2, 1):
            head = tuple(t.low for t in toks[e.end:e.end + size])
            lower = not toks[e.end].is_cap
            # (a one-word head in lower case before a term too: "bầu làm chủ tịch hội nhiệm kỳ ...")
            if lower and (head not in _LOWER_HEADS and not (size == 1 and _said_at(toks, e.end + 1, _HEAD_TERMS)
                                                            and len(recent.get(("all", head), ())) == 1)
                          or _name_goes_on(toks, e.end + size)):
                continue
            if head in recent and (_head_alone(L, k + 1, e.end + size, size > 1, lower)
                                   or not lower and _said_at(toks, e.end + size, _HEAD_VERBS)
                                   or _said_at(toks, e.end + size, _HEAD_TERMS)
                                   and len(recent.get(("all", head), ())) == 1):
                e.body = recent[head]
                taken.append((k, e.end + size))
                break
    for k, after in reversed(taken):        # (after the loop: its indexes are the elements' as they were)
        _take_head(L, k, after)


def _take_head(L: list[Element], k: int, after: int) -> None:
    """ "Ủy ban X ... có Phó Chủ nhiệm Ủy ban A cùng đi": the head noun that names the title's body
    stands between the title and the name it leads; the title takes its words in, so that the title
    stands right before the name as any title before its holder."""
    x = k + 1
    while x < len(L) and type(L[x]) is Word and L[x].end <= after:
        x += 1
    if x > k + 1 and x < len(L) and type(L[x]) in (Name, Honorific) and L[x - 1].end == after:
        L[k].end = after
        del L[k + 1:x]


_TITLE_HEADS = frozenset(tuple(h.split()) for h in section("roles.yaml", "posts")["heads_in_title"])


def _head_in_title(L: list[Element], k: int, toks: list, recent: dict) -> None:
    """ "Ban Kinh tế - Ngân sách HĐND tỉnh do ông A - Trưởng Ban làm trưởng đoàn": a title whose
    last syllable is the head noun of its body (roles.yaml body_head; the heads in posts
    heads_in_title), written capitalised and followed by punctuation or a verb of the clause, names
    the body with that head written in the same sentence when the article has written only that one
    (organs and other bodies counted together); otherwise, none."""
    e = L[k]
    head = tuple(t.low for t in toks[e.end - e.entry.body_head:e.end])
    if head not in _TITLE_HEADS:
        return
    nxt = L[k + 1] if k + 1 < len(L) else None
    if not (nxt is None or type(nxt) is Punct and nxt.char not in "(" or _said_at(toks, e.end, _HEAD_VERBS)):
        return          # (a name after it may be the body's own name cut off: "Trưởng Ban Tôn G")
    bodies = recent.get(("all", ("organ",) + head), set()) | recent.get(("all", head), set())
    if len(bodies) != 1:
        return
    bm = recent.get(("organ",) + head) if recent.get(("all", ("organ",) + head)) else recent.get(head)
    if any(x is bm or type(x) is Role and x.body is bm for x in L):
        e.body = bm


_LOWER_HEADS = frozenset(tuple(h.split()) for h in section("roles.yaml", "posts")["lower_heads"])


def _name_goes_on(toks: list, k: int) -> bool:
    """ "bí thư chi bộ Trường Tiểu học X", "chi bộ 7": a lower-case head noun followed by a name
    or a number is the start of another body's name, not the head alone."""
    return k < len(toks) and (toks[k].is_cap or toks[k].text[:1].isdigit())


def _open_lower_head(toks: list, bm: BodyMention) -> tuple:
    """The head of an open-ended body ("Chi bộ" of "Chi bộ thôn 5 xã X") that the genre writes alone
    in lower case after a title; () for other open bodies, not named again by their head."""
    if bm.base.sort != "open":
        return ()
    words = tuple(t.low for t in toks[bm.start:bm.end])
    return next((h for h in _LOWER_HEADS if words[:len(h)] == h and len(words) > len(h)), ())


def _head_alone(L: list[Element], k: int, after: int, verb_ok: bool, lower: bool = False) -> bool:
    """Whether the head noun that ends before token `after` stands alone: what follows is
    punctuation, a name or a title, or (after a head of two words) a word the grammar reads
    ("Hội đồng làm Trưởng đoàn"); not more of a name ("Hội Cựu giáo chức", "Hội đồng quản trị":
    a lower-case word after a one-word head may be the head's own second word)."""
    while k < len(L) and L[k].end <= after:
        k += 1
    if k == len(L):
        return True
    nxt = L[k]
    if nxt.start < after:
        return False            # a word runs over the head's end
    # (after a lower-case head, any lower-case word: "bí thư chi bộ trịnh trọng khai mạc"; a name
    # or a number after it was ruled out by the caller)
    return isinstance(nxt, (Punct, Name, Role, Honorific)) \
        or (verb_ok and isinstance(nxt, Word) and (nxt.low != "" or lower))

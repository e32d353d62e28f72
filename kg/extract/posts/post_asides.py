"""A person's particulars written in parentheses right after the name, left out before the titles
are bound: "ông A (52 tuổi, Bí thư Huyện ủy X) được bầu giữ chức ...", "bà B (SN 1975) được bổ
nhiệm ...". The age, birth year and home town say nothing of a post, but they stand between the
name and the titles or the predicate that give one (kg.extract.posts.post_grammar,
kg.extract.posts.post_chosen read the elements that remain). Also a late leader's title ("các cố Tổng
Bí thư, ...") read as words. (A foreign county after a bare committee, "Bí thư Huyện ủy B, châu C",
is the committee's place: read by the bodies stage, kg.extract.bodies.side_places.)
"""
from __future__ import annotations

from kg.extract.lexicon import grammar, phrase_matcher
from kg.extract.passes import triggers
from kg.extract.sentences.elements import Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.sentences.phrase_starts import starts

_PARTICULARS = tuple(tuple(w.split()) for w in grammar("roles.yaml", "posts")["particulars"])
_AGE = "tuổi"
_REACH = 30         # elements inside the parentheses that are looked at


def _particular(toks: list, a: int, b: int) -> bool:
    """Whether the tokens a..b (one item of the parentheses) are a particular: an age ("52 tuổi")
    or an item that opens with a particulars word ("SN 1975", "quê Hà Nam")."""
    words = tuple(t.low for t in toks[a:b])
    if len(words) == 2 and words[0].isdigit() and words[1] == _AGE:
        return True
    return any(words[:len(p)] == p and len(words) > len(p) for p in _PARTICULARS if p != (_AGE,))


@triggers(lambda: ("(",))       # (particulars stand inside a parenthesis)
def particulars(L: list[Element], toks: list) -> None:
    """Drop the particulars from a parenthesis right after a full name; the parenthesis goes too
    when nothing else is in it. Only items at its start: "(nguyên Bí thư ..., 60 tuổi)" stays."""
    if Name not in map(type, L):
        return
    x = 0
    while x + 2 < len(L):
        if not (type(L[x]) is Name and not L[x].partial and type(L[x + 1]) is Punct and L[x + 1].char == "("
                and L[x + 1].start == L[x].end):
            x += 1
            continue
        close = next((y for y in range(x + 2, min(len(L), x + _REACH))
                      if type(L[y]) is Punct and L[y].char == ")"), None)
        if close is None:
            x += 1
            continue
        y = x + 2               # the first element of the current item
        while y < close:
            end = next((z for z in range(y, close) if type(L[z]) is Punct and L[z].char in ",;"), close)
            # (a unit alone after a particular is the rest of the home town: "quê xã X, tỉnh Y")
            if end == y or not (_particular(toks, L[y].start, L[end - 1].end)
                                or y > x + 2 and end == y + 1 and type(L[y]) is LevelMention):
                break
            y = end + 1 if end < close else close
        if y == x + 2:
            x += 1
            continue
        # (the particulars and their commas go; ")" too, with "(", when nothing is left inside)
        if y >= close:
            del L[x + 1:close + 1]
        else:
            del L[x + 2:y]
        x += 1


def titles_aside(L: list[Element], j: int) -> int:
    """ "ông A (Bí thư Huyện ủy X, tỉnh Y) được bầu giữ chức ...": the index after a parenthesis of
    titles right after a name (read by kg.extract.posts.post_grammar as the name's), so that the
    predicate after it is the name's too; j when L[j] opens none, or it holds a name."""
    if not (j < len(L) and type(L[j]) is Punct and L[j].char == "(" and j + 1 < len(L) and type(L[j + 1]) is Role):
        return j
    for y in range(j + 1, min(len(L), j + _REACH)):
        if type(L[y]) is Punct and L[y].char == ")":
            return y + 1
        if type(L[y]) is Name:
            return j
    return j


_PARTICULAR_FIRSTS = frozenset(p[0] for p in _PARTICULARS)


@triggers(lambda: _PARTICULAR_FIRSTS)
def comma_particulars(L: list[Element], toks: list) -> None:
    """Drop the particulars written between commas right after a full name, when titles follow
    them: "Đồng chí A, sinh năm 1971, dân tộc Tày, Phó Bí thư Tỉnh ủy X, được bầu ..." (the
    profile of an elected or appointed cadre). Only when every item up to the next title is a
    particular: "ông A, quê Hà Nam, cùng dự" keeps its words (no title to reach)."""
    x = 0
    while x + 3 < len(L):
        if not (type(L[x]) is Name and not L[x].partial and type(L[x + 1]) is Punct and L[x + 1].char == ","
                and L[x + 2].start < len(toks) and toks[L[x + 2].start].low in _PARTICULAR_FIRSTS):
            x += 1
            continue
        y = x + 2               # the first element of the current item
        while y < len(L) and y < x + _REACH:
            end = next((z for z in range(y, min(len(L), x + _REACH)) if type(L[z]) is Punct and L[z].char in ",;"), None)
            if end is None or end == y or type(L[end]) is not Punct or L[end].char != "," \
                    or not (_particular(toks, L[y].start, L[end - 1].end)
                            or y > x + 2 and end == y + 1 and type(L[y]) is LevelMention):
                break
            y = end + 1
        if y > x + 2 and y < len(L) and type(L[y]) is Role and type(L[y - 1]) is Punct:
            del L[x + 2:y]      # (the name's comma stays, before the first title)
        x += 1


_HONOURS = tuple(sorted((tuple(w.split()) for w in grammar("roles.yaml", "posts")["honours"]
                         + grammar("roles.yaml", "posts")["statuses"]), key=len, reverse=True))
_HONOUR_FIRSTS = frozenset(h[0] for h in _HONOURS if h)


@triggers(lambda: _HONOUR_FIRSTS)
def honours(L: list[Element], toks: list) -> None:
    """Drop an honorary title written between commas right after a full name ("ông A, Anh hùng Lực
    lượng vũ trang nhân dân, được bầu làm Chủ tịch Hội ..."): it holds no post, and it stands between
    the name and the titles or the predicate that give one (roles.yaml posts honours)."""
    for x in range(len(L) - 3, -1, -1):
        if not (type(L[x]) is Name and not L[x].partial and type(L[x + 1]) is Punct and L[x + 1].char == ","):
            continue
        a = L[x + 1].end
        if a >= len(toks) or toks[a].low not in _HONOUR_FIRSTS:
            continue        # (no honour begins after the comma: size would be 0)
        size = next((len(h) for h in _HONOURS if tuple(t.low for t in toks[a:a + len(h)]) == h), 0)
        nxt = toks[a + size] if size and a + size < len(toks) else None
        if nxt is None or not (nxt.text == "," or nxt.is_word and not nxt.is_cap):
            continue        # (closed by a comma, or by the predicate in lower case)
        y = x + 2
        while y < len(L) and L[y].end <= a + size:
            y += 1
        if y < len(L) and type(L[y]) is Word and L[y].start < a + size < L[y].end:
            # (a word element that runs over the title's end, "động vừa": its tail stays)
            L[y] = Word(a + size, L[y].end, toks[a + size].low)
        if y < len(L) and L[y].start == a + size:
            del L[x + 1:y]          # (", Anh hùng ..." goes; a comma after it stays)


_LATE = frozenset(grammar("roles.yaml", "posts")["late"])


@triggers(lambda: _LATE)
def late_titles(L: list[Element], toks: list) -> None:
    """ "Trước anh linh các cố Tổng Bí thư, Bí thư Tỉnh ủy X A": a title right after "cố" (the late;
    roles.yaml posts late) is the dead's, held by no one named here: it is read as plain words (its
    body, if written, stays a mention), so that it neither leads the next name nor joins its chain."""
    for k in range(len(L) - 1, -1, -1):
        e = L[k]
        if type(e) is Role and e.start >= 1 and toks[e.start - 1].low in _LATE:
            L[k:k + 1] = _as_words(e)


def _as_words(e: Role) -> list[Element]:
    """A title read as plain words; the body written after it stays a mention."""
    return [Word(e.start, e.body.start if e.body is not None else e.end, "")] + ([e.body] if e.body is not None else [])


_RECIPIENT = frozenset(grammar("roles.yaml", "posts")["fronted_recipient"])
_SPEECH = grammar("meetings.yaml", "roles")["speaker"]


@triggers(lambda: _RECIPIENT)
def fronted_recipients(L: list[Element], toks: list) -> None:
    """ "Trao quyết định và giao nhiệm vụ cho tân Bí thư Tỉnh ủy X, Trưởng Ban Tổ chức Trung ương A
    nhấn mạnh": a clause fronted on its verb ends at its comma; the title it gives to (after "cho",
    roles.yaml posts fronted_recipient) is someone else's than the subject's after the comma, who
    speaks (meetings.yaml speaker verbs right after the name). Read as plain words (its body stays a
    mention), so it joins no chain of the subject's."""
    if not L or type(L[0]) is not Word:
        return
    comma = next((x for x, e in enumerate(L) if type(e) is Punct and e.char in ",;:."), None)
    if comma is None or L[comma].char != "," or any(type(e) in (Name, Honorific) for e in L[:comma]):
        return
    given = [x for x in range(1, comma) if type(L[x]) is Role and _after_recipient(toks, L[x].start)]
    if not given or not _speaking_subject(L, comma + 1, toks):
        return
    for x in reversed(range(given[0], comma)):
        e = L[x]
        if type(e) is Role:
            L[x:x + 1] = _as_words(e)


def _after_recipient(toks: list, start: int) -> bool:
    """ "cho Bí thư …", "cho tân Bí thư …": the title is the recipient's."""
    before = [t.low for t in toks[max(0, start - 2):start]]
    return bool(before) and (before[-1] in _RECIPIENT or before[-2:] and before[0] in _RECIPIENT
                             and before[-1] in _NEW)


_NEW = frozenset(grammar("roles.yaml", "posts")["new_holder"])


def _speaking_subject(L: list[Element], x: int, toks: list) -> bool:
    """From element x: titles (parted by commas), a full name, then a verb of speech."""
    if not (x < len(L) and type(L[x]) is Role):
        return False
    while x + 2 < len(L) and type(L[x + 1]) is Punct and L[x + 1].char == "," and type(L[x + 2]) is Role:
        x += 2
    if not (x + 2 < len(L) and type(L[x + 1]) is Name and not L[x + 1].partial and type(L[x + 2]) is Word):
        return False
    at = L[x + 2].start
    return starts(toks, at, _SPEECH) is not None and starts(toks, at, _THANKS) is None


# the speech of the recipient himself (roles.yaml posts recipient_speech): no one else's subject
_THANKS = grammar("roles.yaml", "posts")["recipient_speech"]


def unplaced(role: Role) -> bool:
    """ "Bà A – Chủ tịch Hội Nông dân khóa I" in a commune's story: a title of a public body the
    lexicon knows, left without the level or place the post needs: an office all the same."""
    bm = role.body
    return bm is not None and bm.base is not None and not bm.generic and bm.base.kind in _PUBLIC_KINDS


_PUBLIC_KINDS = frozenset(grammar("roles.yaml", "posts")["public_kinds"])


def held_before(role: Role, name: str, posts: dict) -> None:
    """ "ông A, Phó Chủ tịch UBMTTQ tỉnh X ... Phó Chủ tịch UBMTTQ tỉnh A tham gia ý kiến": a title whose
    body is written with its level but no place, held by a name the article gave the same title of
    the same body with its place before, is of that place, not of the story's (a visiting official
    named again in a caption)."""
    bm = role.body
    if bm is None or bm.place_name or bm.base is None or not bm.unit or bm.organs:
        return
    head = f"{bm.base.canonical} {bm.unit} "
    for p in posts.values():
        if p.official == name and p.role == role.entry.role and p.body.name.startswith(head):
            bm.place_name = p.body.name[len(head):]
            return


_MOURNING = phrase_matcher(grammar("roles.yaml", "posts")["mourning"])
_MOURNING_SKIP = phrase_matcher(grammar("roles.yaml", "posts")["mourning_skip"])
_MOURNING_JOINS = phrase_matcher(grammar("roles.yaml", "posts")["mourning_joins"])


def mourned(sv, lx):
    """Whom the sentence remembers, whom it honours as no official: True for all (a memorial
    sentence, meetings.yaml memorial_cues), else the names of the object of a verb of paying
    respects to the dead ("đoàn do đồng chí A dẫn đầu đến viếng đồng chí B, nguyên Chủ tịch ...":
    B, not A; roles.yaml posts mourning). The object opens right after the verb with an address,
    a former mark, a title or a name, and ends at a clause's word or ";" ("viếng Đền thờ ..., đồng
    chí C phát biểu": no one mourned)."""
    if lx.memorial_cues.present(sv.toks, sv.lows) and not _living_honours_only(sv, lx):
        return True
    at = next((k + e.size for k, e in _MOURNING.find(sv.toks, lows=sv.lows)), None)
    if at is None:
        return frozenset()
    while at < len(sv.toks):    # ("viếng mộ", "viếng, dâng hương" ... the dead's name comes after)
        join = _MOURNING_JOINS.match(sv.toks, at)
        skip = _MOURNING_SKIP.match(sv.toks, at + (join.size if join else 0))
        if skip is None:        # a bare "," / "và" before a name opens a new clause: the living's
            if join:
                return frozenset()
            break
        at += (join.size if join else 0) + skip.size
    L = sv.elements
    x = next((x for x, e in enumerate(L) if e.start >= at), len(L))
    if x == len(L) or L[x].start != at or not (type(L[x]) in (Honorific, Name, Role)
                                                or type(L[x]) is Word and L[x].low in _OBJECT_MARKS):
        return frozenset()
    names = []
    for e in L[x:]:
        if type(e) is Punct and e.char in ";.":
            break
        if type(e) is Word and names and e.low not in _OBJECT_MARKS:
            break
        if type(e) is Name:
            names.append(e.text)
    return frozenset(names)


_LIVING = phrase_matcher(grammar("roles.yaml", "posts")["living_honours"])


def _living_honours_only(sv, lx) -> bool:
    """Whether every memorial cue of the sentence opens a title the living hold ("đồng chí A – Anh
    hùng Lực lượng vũ trang nhân dân", "Anh hùng Lao động B": roles.yaml posts living_honours)."""
    if next(iter(_MOURNING.find(sv.toks, lows=sv.lows)), None) is not None:
        return False    # "viếng mộ Anh hùng Lực lượng vũ trang A": the hero is mourned
    living = [(k, k + e.size) for k, e in _LIVING.find(sv.toks, lows=sv.lows)]
    return bool(living) and all(any(a <= k < b for a, b in living) for k, _ in lx.memorial_cues.find(sv.toks, lows=sv.lows))


_OBJECT_MARKS = frozenset(list(grammar("roles.yaml", "posts")["former"]) + list(_LATE) + ["và"])

"""Posts: the titles bound to names (kg.extract.posts.post_grammar, kg.extract.posts.post_lists), each bound
to its body (kg.extract.posts.post_bodies); and the names the article addresses as officials.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.elements import BodyMention, Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.posts.foreign_heads import foreign_chapters, foreign_governments, foreign_named
from kg.extract.posts.bare_envoys import note_bare, note_missions, seat_bare_envoys
from kg.extract.posts.dignitaries import dignitaries_acting
from kg.extract.posts.post_asides import (comma_particulars, fronted_recipients, held_before, honours, late_titles,
                                         mourned, particulars, unplaced)
from kg.extract.posts.mission_staff import mission_staff, mission_titles, surnamed_diplomats
from kg.extract.lexicon import lexicon, section
from kg.extract.officials import addressed_person, is_person, is_place
from kg.extract.posts.post_bodies import role_body
from kg.extract.posts.post_context import (address_titles, attach_open_bodies, central_prefixed, cut_committees,
                                     delegation_leaders, headed_offices, level_from_sentence, listed_members, shared_heads,
                                     union_committees)
from kg.extract.posts.post_short import short_names
from kg.extract.posts.plain_titles import acting_role, plain_led_titles, unit_heads
from kg.extract.posts.post_deputies import council_speakers, deputies_listed
from kg.extract.posts.post_chosen import elected, headed_by, joined, named_by_copula
from kg.extract.posts.post_ceased import ceased, retired, without_dismissed
from kg.extract.posts.post_grammar import bind_titles
from kg.extract.posts.post_lines import Carry, carried_titles, line_carry, listed_below
from kg.extract.posts.post_lists import appointed, headed_list, plural_title
from kg.extract.posts.post_history import drop_the_past
from kg.extract.posts.post_merge import merge_posts
from kg.extract.posts.post_rollcall import addressed_list, name_items, with_roll_call
from kg.extract.sentences.sentences import SentenceView, evidence
from kg.extract.state import ArticleState, Stage
from kg.facts import Post
from kg.extract.passes import fires

_OFFICIAL_HONORIFICS = frozenset(section("people.yaml", "official_honorifics"))

_TERM_WORDS = frozenset(section("roles.yaml", "spans")["term_numbered"])
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _term(toks: list, role: Role) -> Optional[int]:
    """The term a title is written with ("Bí thư Tỉnh ủy khóa XIX" -> 19), or None."""
    for k in range(role.start, role.end - 1):
        if toks[k].low in _TERM_WORDS:
            t = toks[k + 1].text
            if t.isdigit():
                return int(t)
            if t and all(c in _ROMAN for c in t):
                vals = [_ROMAN[c] for c in t]
                return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    return None


def _bound(sv: SentenceView, honour, recent: dict) -> list[tuple[Name, list[Role]]]:
    """Every (name, titles) the sentence binds, by the three constructions; honour(name) is
    called for a name introduced with a former post."""
    last_elected_body = None        # "A được bầu giữ chức X; B ... Phó Chủ tịch": this sentence only
    bound = []
    for name, roles, former in bind_titles(sv.elements, sv.toks):
        bound.append((name, roles))
        if former:
            honour(name.text, True)
    if ";" in sv.lows:
        bound = with_roll_call(bound, sv.elements, sv.toks)
    chosen = [c for f in (elected, joined, ceased) for c in f(sv.elements, sv.toks, sv.lows)] \
        + list(named_by_copula(sv.elements, sv.toks)) + list(headed_by(sv.elements, sv.toks))
    for group, roles in chosen:
        bound.extend((name, roles) for name in group)
        for role in roles:
            # "A được bầu giữ chức Chủ tịch Ủy ban MTTQ huyện X; B được cử giữ chức Phó Chủ
            # tịch": the second title is of the body just named
            if role.body is not None:
                last_elected_body = role.body
            elif not role.entry.standalone and last_elected_body is not None:
                role.body = last_elected_body
        if roles and roles[-1].body is None and _bare_after(sv, roles[-1]):
            # "Ông A được chỉ định làm Chi hội trưởng thay mặt ...": chosen for a title whose body
            # the text leaves to the context, A is named with a post (not "... làm Chủ tịch Hội
            # đồng quản trị Công ty X": a name after the title may be a private body's)
            for name in group:
                honour(name.text, True)
    new_term = max((t for _, roles in chosen for r in roles for t in [_term(sv.toks, r)] if t), default=None)
    if new_term is not None:
        # "A, Phó Bí thư Tỉnh ủy khóa XVIII, được bầu giữ chức Bí thư Tỉnh ủy khóa XIX": the
        # titles of an earlier term, in the sentence of the election, are held no more
        bound = [(name, [r for r in roles if (_term(sv.toks, r) or new_term) >= new_term]) for name, roles in bound]
    bound = [(name, roles) for name, roles in without_dismissed(bound, sv, honour)
             if not (roles and retired(sv, roles[-1]))]
    named = appointed(sv.elements, sv.toks) if fires(appointed, sv) else ()
    for group, roles in [*named, *plural_title(sv.elements), *deputies_listed(sv.elements, sv.toks)]:
        bound.extend((name, roles) for name in group)
        for name in group if not roles else ():
            honour(name.text, True)     # "nguyên Phó Chủ tịch X A, B và C"; "để bầu chức danh X đối với A"
    own = {id(name): roles for name, roles in bound}
    for group, roles in headed_list(sv.elements, sv.toks) if fires(headed_list, sv) else ():
        for name in group if not roles else ():
            honour(name.text, True)     # "nguyên Chủ tịch Quốc hội: A, B": named with a post once
        bound.extend(_headed(group, roles, own, honour, recent) if roles else ())
    return bound


def _headed(group: list[Name], roles: list[Role], own: dict, honour, recent: dict):
    """The (name, titles) of a list a title heads after a colon."""
    if roles and roles[0].body is None and not roles[0].entry.standalone:
        # (a standalone title, "Bí thư Trung ương Đảng", names its own body)
        # "cử 3 Phó Chủ tịch Ủy ban MTTQ thành phố ... . Ba Phó Chủ tịch chuyên trách: A, B và
        # C": the title just written with its body, in this sentence or the one before
        i, bm = recent.get(("title", roles[0].entry.role), (-2, None))
        if len(roles) > 1 or i < recent.get("sentence", 0) - 1:
            for name in group:
                honour(name.text)
            return []
        roles[0].body = bm
    labels = {r.entry.role for r in roles}
    # "các đồng chí trong Ban Thường vụ Tỉnh ủy: A-...; B-... và C-Tỉnh ủy viên, ...": a name's
    # own title of the same rank ("Ủy viên" of the Tỉnh ủy) says which it holds; the list's does not
    return [(name, roles) for name in group
            if not any(r.entry.role in labels for r in own.get(id(name), ()))]


def _bare_title(L: list[Element], role: Role) -> bool:
    """ "Lê Văn A – Phó Bí thư Thường trực, Trần Văn B – ...": a title whose body the context
    gives, standing alone before punctuation or the next name. The name holds an office (an
    official) though the post cannot be written; a title with words after it ("Giám đốc Công ty
    ...", "Chủ tịch Hội đồng quản trị") may be no public office and does not count."""
    if role.body is not None or role.entry.body:
        return False
    k = next((i for i, e in enumerate(L) if e is role), None)
    if k is None:
        return False
    nxt = L[k + 1] if k + 1 < len(L) else None
    return nxt is None or isinstance(nxt, (Name, Honorific)) or (isinstance(nxt, Punct) and nxt.char != "(")


def _bare_after(sv: SentenceView, role: Role) -> bool:
    """Nothing of a body's name right after the title: the sentence ends, or a lower-case word or
    punctuation follows; and the sentence names no firm or cooperative whose title it may be."""
    toks = sv.toks
    return not (role.end < len(toks) and toks[role.end].is_cap) and not _names_private(sv)


def _names_private(sv: SentenceView, but: Optional[Role] = None) -> bool:
    """The sentence names a firm or a cooperative ("Đại hội HTX X bầu ông A làm Chủ tịch"; people.yaml
    private_bodies), whose title a bare one may be; not in the title `but` ("Tham tán thương mại")."""
    return _says_private([t.low for k, t in enumerate(sv.toks) if but is None or not but.start <= k < but.end])


def _says_private(said: list) -> bool:
    """One of people.yaml's private_bodies is among the words ``said``: looked for only where
    one of their first words is."""
    if _PRIVATE_FIRSTS.isdisjoint(said):
        return False
    for i, w in enumerate(said):
        for p in _PRIVATE_BY_FIRST.get(w, ()):
            if tuple(said[i:i + len(p)]) == p:
                return True
    return False


_PRIVATE = tuple(tuple(w.split()) for w in section("people.yaml", "private_bodies"))
_PRIVATE_BY_FIRST: dict = {}
for _p in _PRIVATE:
    _PRIVATE_BY_FIRST.setdefault(_p[0], []).append(_p)
_PRIVATE_FIRSTS = frozenset(_PRIVATE_BY_FIRST)
_NAME_MAX = 12          # tokens of a body's name the lexicon does not know


def _unknown_public_body(sv: SentenceView, role: Role, k: Optional[int] = None) -> Optional[int]:
    """ "bà A, Trưởng ban Thanh niên nông thôn Trung ương Đoàn", "Thượng tá B, Phó Tham mưu trưởng
    Sư đoàn 302": a title whose body the lexicon does not know, written as a name (a capital
    first), names an office though the post cannot be written; a firm's or a cooperative's head
    (people.yaml private_bodies) is a private person. The index of the element after the body's
    name, or None."""
    if role.body is not None or role.entry.body:
        return None
    L, toks = sv.elements, sv.toks
    k = next((i for i, e in enumerate(L) if e is role), None) if k is None else k
    if k is None or k + 1 >= len(L) or not (isinstance(L[k + 1], Word) and L[k + 1].start == role.end
                                            and toks[role.end].is_cap):
        return None
    end, x = role.end, k + 1
    while x < len(L) and isinstance(L[x], (Word, LevelMention, BodyMention)) and L[x].end - role.end <= _NAME_MAX:
        end, x = L[x].end, x + 1
    if _says_private([t.low for t in toks[role.end:end]]):
        return None
    return x


def _titled_before(sv: SentenceView, bound: list) -> list[Name]:
    """ "Trưởng Ban Công tác đại biểu A làm Phó Trưởng đoàn": the names right after a title of a body the lexicon does
    not know (as above), one no name before holds ("bà B, Chủ nhiệm Đội múa Hoa Sen,": the body's own name ends there)."""
    L = sv.elements
    held = {r.start for _, roles in bound for r in roles}     # (one set: a long list is not walked per title)
    out = []
    for k, e in enumerate(L):
        if type(e) is Role and e.body is None and e.start not in held:
            x = _unknown_public_body(sv, e, k)
            if x is not None and x < len(L) and isinstance(L[x], Name) and not L[x].partial:
                out.append(L[x])
    return out


_LOCAL_LEVELS = ("district", "commune")


def _namesake_in_office(name: str, roles: list[Role], lx) -> bool:
    """ "Nguyễn Tất Thành – Phó Bí thư, Chủ tịch UBND huyện": a living namesake of a historical
    figure (people.yaml not_officials) holding a district's or a commune's office, which no
    figure of history is written with; a central title ("Chủ tịch", "Tổng Bí thư") is the
    figure's own."""
    return name in lx.not_officials and not is_place(name) \
        and any(r.body is not None and r.body.level in _LOCAL_LEVELS and not r.entry.standalone for r in roles)


_OLD = frozenset(section("roles.yaml", "posts")["old_unit"])
_FORMER = frozenset(section("roles.yaml", "posts")["former"])


def _of_old_unit(toks: list, role: Role) -> bool:
    """ "bà A, Bí thư Quận ủy quận X (cũ), nay giữ chức ...": a title written with its
    unit marked as former (roles.yaml posts old_unit) is of a unit merged away, held no more."""
    k = role.end
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].low in _OLD and toks[k + 2].text == ")"


def _former_open_titles(sv: SentenceView) -> list[Name]:
    """ "nguyên Giám mục Chính tòa Giáo phận X ông A": a former title whose body is an open name
    (a diocese) is no post, but the body is named as any other (kg.extract.collect reads it
    among the sentence's elements): the title is cut before its body, which stands on its own;
    the name right after them held the title, an official. The names so written."""
    L, out = sv.elements, []
    for k in range(len(L) - 1, -1, -1):
        r = L[k]
        if type(r) is not Role or r.body is None or r.body.base is None or r.body.base.sort != "open" \
                or r.start < 1 or sv.toks[r.start - 1].low not in _FORMER or r.body.start <= r.start:
            continue
        bm = r.body
        r.body, r.end = None, bm.start
        L.insert(k + 1, bm)
        if k + 2 < len(L) and type(L[k + 2]) is Name and not L[k + 2].partial:
            out.append(L[k + 2])
    return out


def _placed_by_context(body, chain: list[Role]) -> bool:
    """ "Bun Xay-khăm-phon", "Phăn-xay Bun-mi-ly": a name written with hyphens is a neighbour's
    official; a Vietnamese unit's body that the titles do not write ("Thường vụ Tỉnh ủy, Phó Tỉnh
    trưởng B" in a story of a Vietnamese province) is the context's, never theirs: no post."""
    if body.place is None:
        return False
    return not any(r.body is not None and body.place.name in r.body.surface for r in chain)


def _lean_on_context(sv: SentenceView) -> None:
    """What the sentence's titles lean on before they are bound (kg.extract.posts.post_context; the
    foreign governments, chapters and missions in kg.extract.posts.foreign_titles)."""
    L, toks = sv.elements, sv.toks
    for gated in (late_titles, particulars, comma_particulars, honours, fronted_recipients):
        if fires(gated, sv):        # (the passes that declare triggers: kg.extract.passes)
            gated(L, toks)
    plain_led_titles(L, toks)           # "Quản nhiệm Hội Thánh X": titles the role list cannot hold
    unit_heads(L, toks)                 # "Bí thư phường X": the unit's party committee
    attach_open_bodies(L)
    shared_heads(L)
    union_committees(L, toks)
    cut_committees(L, toks)
    foreign_governments(L, toks)
    foreign_chapters(L, toks)
    address_titles(L, toks)
    headed_offices(L, toks)
    central_prefixed(L, toks)
    mission_titles(sv)
    mission_staff(L)
    surnamed_diplomats(L)
    delegation_leaders(L, toks)
    listed_members(L, toks)
    level_from_sentence(L, toks)


def _with_carried(bound: list, sv: SentenceView, carry: Optional[Carry], prev: Optional[SentenceView]) -> list:
    """The sentence's (name, titles), with first the titles its line opens with when the line before left a
    name open ("đồng chí A - Phó Bí thư Tỉnh ủy,⏎Chủ tịch UBND tỉnh; ...": kg.extract.posts.post_lines)."""
    if carry is not None:
        taken = {id(r) for _, roles in bound for r in roles}
        roles = [r for r in carried_titles(carry, prev.elements, sv.elements, sv.toks) if id(r) not in taken]
        if roles:
            bound.insert(0, (carry[0], roles))
    return bound


def _sentence_posts(state: ArticleState, sv: SentenceView, lx, recent: dict, carry: Optional[Carry] = None,
                    prev: Optional[SentenceView] = None) -> None:
    posts, bodies = state.posts, state.bodies
    if ";" in sv.lows:
        name_items(sv.elements, sv.toks)    # "A, Tỉnh ủy viên, ...; B, ...": A read by its place in the list
    _lean_on_context(sv)
    # "đồng chí X" makes X an official, unless the sentence gives X something as a member
    # rather than as an office-holder ("trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí ...").
    recipient = lx.recipient_cues.present(sv.toks, sv.lows)
    # ... and no one a sentence remembers is, titled or not ("kỷ niệm 100 năm ngày sinh đồng chí
    # A, nguyên Bí thư Tỉnh ủy")
    memorial = mourned(sv, lx)          # (True: all; or the names of the dead respects are paid to)

    def honour(name: str, titled: bool = False) -> None:
        # a name written with a post it held ("trao Huy hiệu 60 năm tuổi Đảng cho nguyên Bí thư
        # Thành ủy X A") is named with a post, an official though the gift is a member's
        if memorial is not True and name not in memorial and (titled or not recipient) and is_person(name, lx):
            state.honoured.add(name)

    for name in _former_open_titles(sv):
        honour(name.text, True)
    ev = None
    bound = _with_carried(_bound(sv, honour, recent), sv, carry, prev)
    for name, roles in bound:
        if not (is_person(name.text, lx) or _namesake_in_office(name.text, roles, lx) or addressed_person(name, lx)):
            continue    # (a place addressed "đồng chí" is a person's name: officials.addressed_person)
        made = False
        for i, role in enumerate(roles):
            if _of_old_unit(sv.toks, role):
                honour(name.text, True)     # "Bí thư Quận ủy quận X (cũ)": held in a unit now gone
                continue
            held_before(role, name.text, posts)     # the unit this title was given earlier in the article
            body = role_body(role, roles[i + 1:], bodies, roles[:i])
            if body is None:
                note_bare(name, roles, evidence(state.article, sv), recent)     # "Đại sứ A": kg.extract.posts.bare_envoys
            if body is None or foreign_named(name.text, sv, state.places, lx) and _placed_by_context(body, roles[i:]):
                continue
            made = True
            ev = ev or evidence(state.article, sv)
            key = (name.text, acting_role(sv.toks, role), body.key)     # ("Quyền Chủ tịch")
            if key not in posts:
                posts[key] = Post(name.text, key[1], body, ev)
        if not made and roles and ((_bare_title(sv.elements, roles[-1]) and not _names_private(sv, roles[-1]))
                                   or any(_unknown_public_body(sv, r) is not None or unplaced(r) for r in roles)):
            honour(name.text, True)     # (written with a title: an official though the sentence gives a gift)
    for name in addressed_list(sv.elements, sv.toks, _OFFICIAL_HONORIFICS) + _titled_before(sv, bound) + dignitaries_acting(sv):
        honour(name.text)
    note_missions(sv, bodies, recent)
    for e in sv.elements:
        kind = type(e)                  # (by exact type: most elements are words)
        if kind is Name and not e.partial:
            if e.honorific in _OFFICIAL_HONORIFICS:
                honour(e.text)
        elif kind is BodyMention:
            bodies(e)


def bind_posts(state: ArticleState) -> None:
    lx = lexicon()
    recent: dict = {}
    carry = prev = None
    state.honoured |= council_speakers(state.views, lambda name: is_person(name, lx))   # "Đại biểu A cho rằng"
    for i, sv in enumerate(state.views):
        recent["sentence"] = i
        short_names(sv, recent)
        if sv.has_names or carry is not None:
            _sentence_posts(state, sv, lx, recent, carry, prev)
        else:
            for e in sv.elements:
                if type(e) is BodyMention:
                    state.bodies(e)
        listed_below(state, i, lx)      # a list one name a line under its head
        carry, prev = (line_carry(sv.elements) if sv.has_names else None), sv
    seat_bare_envoys(state.posts, recent)
    state.facts.posts = list(state.posts.values())
    merge_posts(state)      # what only the whole article shows: twins, short forms, places' names
    drop_the_past(state)    # the titles of the dead and of history's people: no posts


POSTS = Stage("posts", reads=("views", "vintage", "bodies", "article", "places"),
              writes=("posts", "honoured", "past", "facts.posts"), run=bind_posts)

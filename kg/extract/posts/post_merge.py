"""The posts of one article merged once all are bound: the end of the posts stage.

Each sentence binds its titles alone; some of what it binds is the same post written twice, or no
post at all, which only the whole article shows: a place's name read as a person's, one side's
twin of a post across the border, a title's short form beside its standing form, a name typed
with other tone marks. They are settled here, in this order, so that every later stage reads one
set of posts (the officials stage then only decides who is an official).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from kg.extract.gazetteer import name_key, unmarked as _bare
from kg.extract.lexicon import lexicon, section
from kg.extract.officials import is_place
from kg.extract.sentences.elements import Role
from kg.extract.sentences.spans import MIDDLE_NAMES
from kg.extract.state import ArticleState
from kg.facts import Post


def merge_posts(state: ArticleState) -> None:
    """Settle state.facts.posts (state.posts, the bound posts by key, stays as bound: the meeting
    stage pairs names and titles as each sentence wrote them). The spellings merged into another
    are no longer names the article honours either."""
    facts = state.facts
    units = unit_names(state)
    if units and any(name_key(p.official) in units for p in facts.posts):
        facts.posts = [p for p in facts.posts if name_key(p.official) not in units]    # a place holds none
    facts.posts = _one_side(facts.posts, state.places)
    facts.posts = _placed_twins(facts.posts)
    facts.posts = _standing_forms(facts.posts)
    twins = _tone_twins(facts.posts, " ".join(sv.text for sv in state.views)) | _cut_names(facts.posts)
    if twins:
        facts.posts = list({(t.official, t.role, t.body.name): t for t in
                            (replace(p, official=twins.get(p.official, p.official)) for p in facts.posts)}.values())
        state.honoured -= set(twins)


def unit_names(state: ArticleState) -> frozenset:
    """The folded names the article types with a lower-case first syllable right after a unit word
    ("huyện lộc X"): the words after a unit word are its name, so the same name read as a person's
    in another sentence ("Lộc X") is the place's. (Not every run after a unit word: a body parse
    may take a person's name for an unknown unit's.)"""
    from kg.extract.sentences.sentences import _get_scanner
    scanner = _get_scanner()
    keys: set = set()
    for sv in state.views:
        typo = sv.cache.get("typo_units")       # (kept by the scan: kg.extract.sentences.sentences)
        keys |= typo if typo is not None else scanner.typo_unit_keys(sv.text, sv.toks, sv.start, state.vintage)
        # and the two syllables after the unit word of a body no title holds (the Scanner reads
        # them as the unit's name there: kg.extract.sentences.mentions _place_after); the few
        # mentions read, not every element
        keys.update(name_key(e.place_name) for _, e, _ in sv.mentions()
                    if type(e) is not Role and _two_syllable_unit(e.place_name))
    return frozenset(keys)


def _two_syllable_unit(name: Optional[str]) -> bool:
    words = name.split() if name else ()
    return len(words) == 2 and words[0].lower() in lexicon().surnames and words[1].lower() not in MIDDLE_NAMES \
        and not is_place(name)


def _foreign_body(body, places) -> bool:
    """Whether the body is a neighbour's unit's ("Tỉnh ủy Sê Kông"): no place of ours, and its
    name ends with a unit the article marks as foreign."""
    if body.place is not None or places is None or not places.foreign:
        return False
    words = body.name.split()
    return any(name_key(" ".join(words[-k:])) in places.foreign for k in range(1, min(4, len(words)) + 1))


def _one_side(posts: list[Post], places) -> list[Post]:
    """A person holds a role in our unit's body or in a neighbour's, not both: where a bare
    committee took the foreign unit written in its sentence ("..., chúc tết của đoàn tỉnh Sê
    Kông, Bí thư Tỉnh ủy A đã ...") the same role of ours is A's elsewhere. The side his other
    posts are on decides which one goes; with no other post, both stay."""
    if places is None or not places.foreign:
        return posts
    drop: set = set()
    for name in {p.official for p in posts}:
        mine = [p for p in posts if p.official == name]
        abroad = [p for p in mine if _foreign_body(p.body, places)]
        ours = [p for p in mine if p.body.place is not None]
        for a in abroad:
            twins = [o for o in ours if o.role == a.role]
            if not twins:
                continue
            rest = [p for p in mine if p.role != a.role]
            here = sum(1 for p in rest if not _foreign_body(p.body, places) and (p.body.place or not p.body.scope))
            there = sum(1 for p in rest if _foreign_body(p.body, places))
            if here > there:
                drop.add(id(a))
            elif there > here:
                drop.update(id(o) for o in twins)
    return [p for p in posts if id(p) not in drop] if drop else posts


def _placed_twins(posts: list[Post]) -> list[Post]:
    """ "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A" (no province in the sentence) ... "A, Chủ tịch UBND
    tỉnh X": a person's bare post that another sentence writes with its place is that post, and
    so his other bare posts are of that place too — where the article names the placed body
    ("Tỉnh ủy X" held by someone) and his placed twins name one place only."""
    placed = {p.body.name: p.body for p in posts if p.body.place is not None}
    out, changed = [], False
    for name in dict.fromkeys(p.official for p in posts):
        mine = [p for p in posts if p.official == name]
        bare = [p for p in mine if p.body.place is None and p.body.scope]
        twins = {q.body.place.name for q in mine for p in bare
                 if q.body.place is not None and q.role == p.role and q.body.name == f"{p.body.name} {q.body.place.name}"}
        if len(twins) != 1:
            out.extend(mine)
            continue
        where = next(iter(twins))
        for p in mine:
            body = placed.get(f"{p.body.name} {where}") if p in bare else None
            changed |= body is not None
            out.append(replace(p, body=body) if body is not None else p)
    if not changed:
        return posts
    return list({(p.official, p.role, p.body.name): p for p in out}.values())


_STANDING = tuple(section("roles.yaml", "posts")["standing_words"])
_CHOSEN = tuple(section("roles.yaml", "posts")["chosen_words"])


def _standing_forms(posts: list[Post]) -> list[Post]:
    """A title written short after its full form ("Phó Thủ tướng Thường trực Chính phủ A" ...
    "Phó Thủ tướng A") is the same post once: the short one goes, unless its sentence is an
    election (a standing deputy elected a deputy of the new term holds both, as written)."""
    full = {(p.official, p.role, p.body.name) for p in posts}
    drop = {id(p) for p in posts
            if any((p.official, p.role + " " + w, p.body.name) in full for w in _STANDING)
            and not any(c in p.evidence.text.lower() for c in _CHOSEN)}
    return [p for p in posts if id(p) not in drop] if drop else posts


_SHARED = frozenset(section("roles.yaml", "posts")["shared_roles"])
_DEPUTY_MARK = "Phó "


def _tone_twins(posts: list[Post], text: str) -> dict:
    """ "Chủ tịch UBND tỉnh X Phan Văn Đạt" ... "Phan Văn Đat - Chủ tịch UBND tỉnh X": two spellings
    that differ only in their marks and hold one post a single person holds (no deputy, no member)
    are one person typed twice; the spelling written less often (or with fewer posts) -> the other."""
    by_bare: dict = {}
    for p in posts:
        by_bare.setdefault(_bare(p.official), {}).setdefault(p.official, []).append(p)
    twins = {}
    for names in by_bare.values():
        if len(names) != 2:
            continue
        (a, pa), (b, pb) = sorted(names.items(), key=lambda kv: (-text.count(kv[0]), -len(kv[1])))
        if {(p.role, p.body.name) for p in pa if p.role not in _SHARED and not p.role.startswith(_DEPUTY_MARK)} \
                & {(p.role, p.body.name) for p in pb}:
            twins[b] = a
    return twins


def _cut_names(posts: list[Post]) -> dict:
    """ "Bộ trưởng Bộ X Lâm Qua" (a caption cut off in the middle of a syllable) beside
    "... Bộ trưởng Bộ X Lâm Quang Đạt": a name whose syllables begin another name's,
    its last one cut short, that holds a post the longer name holds is that name cut; -> the longer."""
    posts_of: dict = {}
    for p in posts:         # (the posts a single person holds: no deputy's, no member's, as _tone_twins)
        if p.role not in _SHARED and not p.role.startswith(_DEPUTY_MARK):
            posts_of.setdefault(p.official, set()).add((p.role, p.body.name))
    cut = {}
    for short, held in posts_of.items():
        s = short.split()
        for full, its in posts_of.items():
            f = full.split()
            if len(f) > len(s) >= 2 and f[:len(s) - 1] == s[:-1] and f[len(s) - 1] != s[-1] \
                    and f[len(s) - 1].startswith(s[-1]) and held & its:
                cut[short] = full
    return cut
